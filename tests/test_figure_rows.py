"""Figures an analyst can trust: every figure kept, like with like, each edition's own
year-on-year comparison, breakdowns at the level both editions give."""

from __future__ import annotations

import itertools

import pytest

import tipdiff
from tipdiff.figures.display import format_figure
from tipdiff.model import FigureBasis, ReportDiff
from tipdiff.render import render_markdown

from .conftest import seed


def rows(diff: ReportDiff, metric: str, basis: FigureBasis) -> list[tuple[float | None, float | None]]:
    return [
        (d.old and d.old.value, d.new and d.new.value)
        for d in diff.figures
        if d.metric == metric and d.basis is basis
    ]


def test_2023_to_2024_shows_the_2024_editions_own_year_on_year() -> None:
    diff = tipdiff.compare(seed(2023), seed(2024))
    assert rows(diff, "investigations", FigureBasis.NEW_EDITION) == [(14, 9)]
    assert rows(diff, "victims_identified", FigureBasis.NEW_EDITION) == [(94, 91)]
    assert rows(diff, "funding_victim_assistance", FigureBasis.NEW_EDITION) == [(179464, 210161)]
    brief = render_markdown(diff)
    assert "Year on year, as each edition states it" in brief
    assert "| Investigations (2022 → 2023) | 2024 | 14 cases · l. 5 | 9 cases · l. 5 | ▼ −5 (−36%) |" in brief
    json_row = next(
        d.to_dict() for d in diff.figures if d.metric == "victims_identified" and d.basis is FigureBasis.NEW_EDITION
    )
    assert (json_row["basis"], json_row["old"], json_row["new"], json_row["old_period"]) == ("new_edition", 94, 91, 2022)


def test_2009_to_2024_pairs_no_two_units_and_no_two_recipients() -> None:
    diff = tipdiff.compare(seed(2009), seed(2024))
    paired = {d.metric for d in diff.figures if d.basis is FigureBasis.EDITIONS and d.old and d.new}
    assert "investigations" not in paired  # 66 investigations, 9 cases
    assert "victims_referred" not in paired  # to the government shelter, to NGO-run shelters
    assert {"convictions", "victims_identified"} <= paired


def test_2021_to_2024_compares_sex_and_labor_trafficking_totals() -> None:
    diff = tipdiff.compare(seed(2021), seed(2024))
    assert rows(diff, "victims_sex_trafficking", FigureBasis.EDITIONS) == [(85, 89)]
    assert rows(diff, "victims_labor_trafficking", FigureBasis.EDITIONS) == [(9, 2)]


@pytest.mark.parametrize(("old", "new"), list(itertools.combinations((2009, 2015, 2021, 2023, 2024), 2)))
def test_every_figure_inspect_reads_is_in_the_brief(old: int, new: int) -> None:
    diff = tipdiff.compare(seed(old), seed(new))
    shown = {id(f) for d in diff.figures for f in (d.old, d.new) if f is not None}
    for report in (diff.old, diff.new):
        missing = [f"{f.metric} {f.value:g} ({f.quote})" for f in report.figures if id(f) not in shown]
        assert not missing
    brief = render_markdown(diff).replace("\\", "")
    for report in (diff.old, diff.new):
        for figure in report.figures:
            assert format_figure(figure, dollars=False) in brief, figure.quote


def test_ranges_and_dollars_keep_both_ends_in_the_json() -> None:
    diff = tipdiff.compare(seed(2009), seed(2024))
    terms = next(d.to_dict() for d in diff.figures if d.metric == "prison_term_years" and d.old and d.new)
    assert (terms["old"], terms["old_value_high"], terms["new"], terms["new_value_high"]) == (1, 8, 8, 18)
    assert "one to eight years" in terms["old_sentence"]
    money = next(d.to_dict() for d in diff.figures if d.metric == "funding_ngo" and d.new and d.new.value == 23000)
    assert (money["new_value_usd"], money["new_at"]) == (13530, {"line": 11, "page": None})


@pytest.mark.parametrize(
    ("old", "new", "old_start", "new_start"),
    [
        (2009, 2024, "In 2008, NGOs and law enforcement identified 121 victims", "The government officially identified 91 victims"),
        (2009, 2024, "Law enforcement referred 52 victims", "The government also referred 61 officially recognized victims"),
        (2021, 2024, "The State NGO Council provided 172,000 manat", "The State Support Agency to NGOs allocated 94,000 manat"),
    ],
)
def test_sentences_stating_the_same_figures_pair_as_reworded_with_the_numbers_marked(
    old: int, new: int, old_start: str, new_start: str
) -> None:
    diff = tipdiff.compare(seed(old), seed(new))
    (change,) = [c for c in diff.changes if (c.old_text or "").startswith(old_start)]
    assert change.kind == "reworded" and (change.new_text or "").startswith(new_start)
    deleted = " ".join(text for op, text in change.ops if op == "delete")
    inserted = " ".join(text for op, text in change.ops if op == "insert")
    old_number = next(w for w in old_start.split() if w[0].isdigit())
    new_number = next(w for w in new_start.split() if w[0].isdigit())
    assert old_number in deleted and new_number in inserted


NEPAL_2019 = (
    "The government maintained mixed anti-trafficking law enforcement efforts. The NPWC "
    "conducted 313 investigations under the HTTCA during the Nepali fiscal year, compared with "
    "227 cases in the previous fiscal year. The CIB investigated 13 transnational trafficking "
    "cases and arrested 14 suspects between April and December 2018, compared with eight "
    "transnational cases in 2017.\n"
)


def nepal(text: str, year: int) -> tipdiff.Report:
    return tipdiff.load(text, country="Nepal", year=year)


def test_one_units_count_beside_anothers_pairs_only_the_totals() -> None:
    """An edition that gives two investigation counts (one police unit's 313, another's
    13 transnational cases) against one that gives 258 investigations and 7 cases: which
    count follows which is not known, so only the totals pair and lead the headline; the
    CIB's 7 after the police's 258 is one unit's part of them, no figure of its own, and 13
    is shown in its own edition's comparison with 8 only (not a second time as a figure of
    one edition)."""
    new = (
        "The government modestly increased anti-trafficking law enforcement efforts. During the "
        "Nepali fiscal year, police conducted 258 investigations involving 524 suspects. The CIB "
        "investigated seven transnational trafficking cases.\n"
    )
    diff = tipdiff.compare(nepal(NEPAL_2019, 2019), nepal(new, 2020))
    own = [
        (d.old and d.old.value, d.new and d.new.value)
        for d in diff.figures
        if d.metric == "investigations" and not any(f and f.restated for f in (d.old, d.new))
    ]
    assert own == [(313, 258)]
    assert rows(diff, "investigations", FigureBasis.OLD_EDITION) == [(8, 13), (227, 313)]
    figure_lines = [h.text for h in diff.highlights if h.kind == "figure"]
    assert figure_lines[0] == "Investigations (2018 → 2019): 313 investigations → 258 investigations (−18%)"
    assert not any("13 cases →" in line for line in figure_lines)


def test_an_earlier_value_is_set_only_against_its_own_units_count() -> None:
    """"313 investigations …, compared with 227 cases in the previous fiscal year" is no
    year-on-year row against the other unit's 13 cases, but against the 313 its sentence
    compares it with; "13 … cases …, compared with eight … cases in 2017" is."""
    diff = tipdiff.compare(nepal(NEPAL_2019, 2019), nepal(NEPAL_2019, 2020))
    assert rows(diff, "investigations", FigureBasis.OLD_EDITION) == [(8, 13), (227, 313)]
    assert rows(diff, "investigations", FigureBasis.NEW_EDITION) == [(8, 13), (227, 313)]


def test_an_undated_earlier_value_is_marked_and_checked() -> None:
    """"This is compared to initiating 313 investigations …, initiating 303 prosecutions"
    gives the previous period's values with no year: 303 is listed as an earlier period's,
    not as the edition's own prosecutions, and 313, the old edition's own figure, is a
    consistent restatement."""
    new = (
        "The government modestly increased anti-trafficking law enforcement efforts. During the "
        "Nepali fiscal year, police conducted 258 investigations. This is compared to initiating "
        "313 investigations involving 546 suspects and initiating 303 prosecutions.\n"
    )
    diff = tipdiff.compare(nepal(NEPAL_2019, 2019), nepal(new, 2020))
    checks = [
        (d.old and d.old.value, d.new and d.new.value, d.period, d.check)
        for d in diff.figures
        if d.basis is FigureBasis.CHECK
    ]
    assert checks == [(313, 313, 2018, "consistent")]
    brief = render_markdown(diff)
    assert "| Investigations (2018, restated in 2020) | 313 investigations · l. 1 |" in brief
    assert "| Prosecutions (an earlier period) | 2020 only | 303 prosecutions · l. 1 |" in brief


def test_a_count_stated_twice_is_one_figure() -> None:
    """"convicting eight traffickers" and later "Although the government convicted eight
    traffickers, four received suspended sentences" are one count: compared once, never
    listed again as the new edition's alone."""
    old = (
        "The government maintained law enforcement efforts. The government investigated 47 cases "
        "and convicted 11 traffickers.\n"
    )
    new = (
        "The government maintained law enforcement efforts. The government demonstrated efforts by "
        "investigating 82 potential trafficking cases, prosecuting 23 potential traffickers, and "
        "convicting eight traffickers, two under PACOTIP. Although the government convicted eight "
        "traffickers, four received suspended sentences.\n"
    )
    diff = tipdiff.compare(
        tipdiff.load(old, country="South Africa", year=2017),
        tipdiff.load(new, country="South Africa", year=2018),
    )
    assert [(d.old and d.old.value, d.new and d.new.value) for d in diff.figures if d.metric == "convictions"] == [
        (11, 8)
    ]
    assert "| Convictions (2017) | 2018 only |" not in render_markdown(diff)


_AGENCIES_2020 = (
    "The government maintained efforts to identify and protect trafficking victims. The "
    "national police database recorded identifying 765 victims in 2019, compared with 1,600 "
    "suspected victims identified in 2018. Additionally, the police unit, which maintained its "
    "own database, reported identifying 1,054 victims in 2019. The specialized prosecution unit "
    "reported identifying 476 victims in 2019, compared to 882 victims identified in 2018.\n"
)
_AGENCIES_2021 = (
    "The government maintained efforts to identify and protect trafficking victims. "
    "Specialized police units identified 640 suspected victims in 2020, compared with 1,054 in "
    "2019 and 1,600 in 2018. Specialized prosecutors reported identifying 470 victims in 2020, "
    "compared with 476 in 2019.\n"
)


def _peru(old: str, new: str) -> ReportDiff:
    return tipdiff.compare(
        tipdiff.load(old, country="Peru", year=2020), tipdiff.load(new, country="Peru", year=2021)
    )


@pytest.mark.parametrize(
    "new",
    [
        _AGENCIES_2021,  # one agency's count restated as it was, another's as it was
        # the police's 1,600 "suspected victims" of 2018 now called "victims"
        _AGENCIES_2021.replace("640 suspected victims", "640 victims"),
    ],
)
def test_counts_of_several_agencies_restated_unchanged_raise_no_revision(new: str) -> None:
    """The police's 765, a police unit's 1,054 and the prosecutors' 476 victims of one
    year: a new edition that restates two of them as they were revised nothing. Pairing
    one agency's count with another's ("765 → 476") made --fail-on figure-revision fire
    on data nobody revised."""
    from tipdiff.failon import fail_reasons

    diff = _peru(_AGENCIES_2020, new)
    assert not [d for d in diff.figures if d.check == "revised"]
    assert fail_reasons(diff, ["figure-revision"]) == []


def test_a_count_alone_of_its_year_restated_otherwise_is_revised() -> None:
    """The prosecutors' 476 the only count of its year: restated as 1,266, it is revised."""
    from tipdiff.failon import fail_reasons

    lone = _AGENCIES_2020.replace("765 victims in 2019", "765 victims in 2017").replace(
        "identifying 1,054 victims in 2019", "identifying 1,054 victims in 2017"
    )
    diff = _peru(lone, _AGENCIES_2021.replace("compared with 476 in 2019", "compared with 1,266 in 2019"))
    assert any("476 → 1,266" in reason for reason in fail_reasons(diff, ["figure-revision"]))
