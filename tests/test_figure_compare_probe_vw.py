"""The brief's figure comparison, as probes v and w found it on real excerpts: the same
counts under shifted year labels are no revision, one count restated in other words is
checked, year-on-year rows in other count nouns are kept, and no row is shown twice."""

from __future__ import annotations

import warnings

import tipdiff
from tipdiff.model import FigureBasis, FigureCheck, HighlightKind, Report, ReportDiff
from tipdiff.render import render_markdown

_OPENER = "The government maintained efforts to combat trafficking. "

Row = tuple[str, int | None, float | None, int | None, float | None]


def _read(text: str, year: int) -> Report:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return tipdiff.read_narrative(_OPENER + text, f"body-{year}.txt", year=year)


def _diff(old: str, new: str, old_year: int, new_year: int) -> ReportDiff:
    return tipdiff.compare(_read(old, old_year), _read(new, new_year))


def _rows(diff: ReportDiff, basis: FigureBasis) -> list[Row]:
    return [
        (
            d.metric,
            d.old and d.old.period,
            d.old and d.old.value,
            d.new and d.new.period,
            d.new and d.new.value,
        )
        for d in diff.figures
        if d.basis is basis and d.old is not None and d.new is not None
    ]


def _checks(diff: ReportDiff) -> list[tuple[str, int | None, float, float, FigureCheck | None]]:
    return [
        (d.metric, d.period, d.old.value, d.new.value, d.check)
        for d in diff.figures
        if d.basis is FigureBasis.CHECK and d.old is not None and d.new is not None
    ]


# Tunisia, Protection (probe w A1): the 2021 edition labels two counts a year later.
_TUNISIA_2020 = (
    "Between April 2019 and February 2020, the National Authority identified 1,313 trafficking "
    "victims; this represented a substantial increase from the 780 victims it identified in the "
    "previous reporting period."
)
_TUNISIA_2021 = (
    "Between April 2020 and March 2021, the National Authority identified 907 trafficking victims; "
    "while this represented a decrease from the 1,313 victims it identified in the previous "
    "reporting period, it was an increase compared with 780 in 2019 and 285 in 2018."
)
_TUNISIA_2022 = (
    "In 2021, the National Authority identified 718 trafficking victims; while this represented a "
    "decrease from the 907 victims it identified in 2020 and 1,313 identified victims in 2019, it "
    "was an increase compared with 780 in 2018 and 285 in 2017."
)


def test_counts_under_shifted_year_labels_are_no_revision() -> None:
    """Probe w A1: 780 is in every edition, the 2021 one gives it for 2019, the others
    for 2018; nothing was revised, and "What changed" says no revision. (The clash is
    not headlined either: a year read wrong would raise it as the report's error.)"""
    for old, new, old_year in ((_TUNISIA_2020, _TUNISIA_2021, 2020), (_TUNISIA_2021, _TUNISIA_2022, 2021)):
        diff = _diff(old, new, old_year, old_year + 1)
        assert all(d.check is not FigureCheck.REVISED for d in diff.figures)
        assert [h.text for h in diff.highlights if h.kind is HighlightKind.FLAG] == []
    later = _diff(_TUNISIA_2021, _TUNISIA_2022, 2021, 2022)
    assert (780, 2018) in {(d.new.value, d.period) for d in later.figures if d.check and d.new}
    assert "matches the 2021 edition, which gives it for 2019" in render_markdown(later)


def test_a_year_given_two_values_is_in_no_year_on_year_row() -> None:
    """Probe w A1: no "285 → 1,313 (2018 → 2019)" and no two "2019 → 2020" rows from the
    2021 text; the other editions' own rows stay."""
    diff = _diff(_TUNISIA_2020, _TUNISIA_2021, 2020, 2021)
    assert _rows(diff, FigureBasis.NEW_EDITION) == []
    assert _rows(diff, FigureBasis.EDITIONS) == [("victims_identified", 2019, 1313, 2020, 907)]
    assert _rows(diff, FigureBasis.OLD_EDITION) == [("victims_identified", 2018, 780, 2019, 1313)]
    later = _diff(_TUNISIA_2021, _TUNISIA_2022, 2021, 2022)
    assert _rows(later, FigureBasis.OLD_EDITION) == []
    assert ("victims_identified", 2017, 285, 2018, 780) in _rows(later, FigureBasis.NEW_EDITION)


def test_a_year_given_two_values_is_no_year_to_compare_with() -> None:
    """Probe w A1, the 2020 text giving no years: the 2021 text's own comparisons with
    its figure stay (1,313 → 907), but nothing is set against 2019, whose value is not
    known (no "285 → 1,313")."""
    old = "The government reported no data on victims."
    diff = _diff(old, _TUNISIA_2021, 2020, 2021)
    assert _rows(diff, FigureBasis.NEW_EDITION) == [
        ("victims_identified", 2019, 1313, 2020, 907),
        ("victims_identified", 2019, 780, 2020, 907),
    ]


def test_two_values_of_a_year_no_other_edition_gives_a_year_apart_are_not_flagged() -> None:
    """Two values for one year with no sign of a shifted label in the other edition
    (neither value is its count of a year next to it): no flag."""
    old = "In 2019, the government identified 40 victims, compared with 25 in 2018."
    new = (
        "In 2020, the government identified 50 victims, compared with 45 victims in the previous "
        "reporting period and 30 in 2019."
    )
    diff = _diff(old, new, 2020, 2021)
    assert {f.value for f in diff.new.figures if f.period == 2019} == {45, 30}
    assert not [h for h in diff.highlights if h.kind is HighlightKind.FLAG]


def test_a_real_revision_is_still_flagged() -> None:
    """Sierra Leone 2020 → 2021 (probe v): convictions of 2019 were 2, restated as 3."""
    old = "In 2019, the government investigated 30 cases and convicted two traffickers."
    new = "In 2020, the government convicted one trafficker, compared with three traffickers in 2019."
    diff = _diff(old, new, 2020, 2021)
    assert ("convictions", 2019, 2, 3, FigureCheck.REVISED) in _checks(diff)


# Guinea, Prosecution (probe v B1, B3): one count in other words.
_GUINEA_2019 = (
    "In 2018, the government investigated 62 individuals, prosecuted 54 suspects, and convicted 55 "
    "traffickers; this was a significant increase from 44 investigations, 18 prosecutions, and 18 "
    "convictions in 2017."
)
_GUINEA_2020 = (
    "In 2019, the government reported three investigations, three prosecutions, and zero convictions, "
    "a significant decrease from 62 investigations, 54 prosecutions, and 55 convictions it reported in 2018."
)


def test_a_count_restated_in_other_words_is_checked() -> None:
    """Probe v B1: "investigated 62 individuals" then, "62 investigations" now: consistent."""
    diff = _diff(_GUINEA_2019, _GUINEA_2020, 2019, 2020)
    assert _checks(diff) == [
        ("investigations", 2018, 62, 62, FigureCheck.CONSISTENT),
        ("prosecutions", 2018, 54, 54, FigureCheck.CONSISTENT),
        ("convictions", 2018, 55, 55, FigureCheck.CONSISTENT),
    ]
    brief = render_markdown(diff)
    assert "No figure appears in both texts" not in brief
    assert "wording changed: “62 individuals” → “62 investigations”" in brief


def test_an_undated_count_restated_in_other_words_is_checked() -> None:
    """Probe v B1 (Guinea 2021 → 2022): "20 defendants" then, "20 convictions during the
    previous reporting period" now."""
    old = "In 2020, the government convicted 20 defendants."
    new = "Courts convicted 24 traffickers, compared with 20 convictions during the previous reporting period."
    diff = _diff(old, new, 2021, 2022)
    assert ("convictions", 2020, 20, 20, FigureCheck.CONSISTENT) in _checks(diff)


def test_an_editions_own_comparison_in_other_count_nouns_is_kept() -> None:
    """Probe v B3: "investigated 62 individuals … an increase from 44 investigations in 2017"."""
    diff = _diff(_GUINEA_2019, _GUINEA_2020, 2019, 2020)
    assert _rows(diff, FigureBasis.OLD_EDITION) == [
        ("investigations", 2017, 44, 2018, 62),
        ("prosecutions", 2017, 18, 2018, 54),
        ("convictions", 2017, 18, 2018, 55),
    ]


def test_consecutive_editions_current_counts_pair_in_other_count_nouns() -> None:
    """Probe v B2 (Guinea 2020 → 2021): 3 prosecutions then, 45 defendants now; and
    three investigations → one investigation beside other crimes' cases."""
    new = (
        "In 2020, the government reported one investigation, prosecuted 45 defendants, and convicted "
        "20 defendants. Authorities also investigated seven pimping cases and 22 cases of soliciting a minor."
    )
    diff = _diff(_GUINEA_2020, new, 2020, 2021)
    editions = _rows(diff, FigureBasis.EDITIONS)
    assert ("investigations", 2019, 3, 2020, 1) in editions
    assert ("prosecutions", 2019, 3, 2020, 45) in editions
    assert ("convictions", 2019, 0, 2020, 20) in editions
    assert any(h.text.startswith("Investigations (2019 → 2020): 3 investigations → 1") for h in diff.highlights)


def test_editions_years_apart_pair_only_like_count_nouns() -> None:
    """Across years, "66 investigations" then is not "9 cases" now (counting may change)."""
    old = "In 2008, the government conducted 66 trafficking investigations."
    new = "In 2023, the government investigated nine cases."
    diff = _diff(old, new, 2009, 2024)
    assert _rows(diff, FigureBasis.EDITIONS) == []


# Nicaragua, Protection (probe v B6): one series in two editions.
_NICARAGUA_2020 = (
    "The government identified eight trafficking victims, including four women and four girls, "
    "compared with six victims in 2018, 12 in 2017, 13 in 2016, and 30 in 2015."
)
_NICARAGUA_2021 = (
    "The government identified one trafficking victim in 2020, compared with eight trafficking "
    "victims in 2019, six in 2018, 12 in 2017, 13 in 2016, and 30 in 2015."
)


def test_no_comparison_is_shown_twice() -> None:
    """Probe v B6: 8 → 1 once (not in Key figures and again in Year on year), and the
    editions' shared 30 → 13 → 12 → 6 → 8 once (the new edition's)."""
    diff = _diff(_NICARAGUA_2020, _NICARAGUA_2021, 2020, 2021)
    shown = [
        (row[1], row[2], row[3], row[4])
        for basis in FigureBasis
        for row in _rows(diff, basis)
        if basis is not FigureBasis.CHECK
    ]
    assert len(shown) == len(set(shown))
    assert (2019, 8, 2020, 1) in shown
    assert _rows(diff, FigureBasis.OLD_EDITION) == []
    assert not [d for d in diff.figures if d.old is None or d.new is None]  # no value left alone
