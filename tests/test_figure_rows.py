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
