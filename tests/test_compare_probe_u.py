"""Comparisons found by probe u (real excerpts): an edition's year-on-year rows over a
series of years, the data year of "for the second consecutive year", and reworded
recommendations."""

from __future__ import annotations

import tipdiff
from tipdiff.model import FigureBasis, HighlightKind, ReportDiff

# Dominican Republic 2020 (probe u A6): one edition lists five years of counts.
_SERIES = (
    "PROSECUTION\n\nThe government decreased anti-trafficking law enforcement efforts. The Attorney General's "
    "Office reported initiating 26 investigations in 2019, compared with 11 in 2018, 17 in "
    "2017, 25 in 2016, and 15 in 2015.\n"
)
_OLD = "PROSECUTION\n\nThe government sustained anti-trafficking law enforcement efforts. It reported no data.\n"


def _series_diff(new: str = _SERIES) -> ReportDiff:
    return tipdiff.compare(tipdiff.load(_OLD, year=2015), tipdiff.load(new, year=2020))


def _year_on_year(diff: ReportDiff, metric: str) -> list[tuple[int | None, int | None, float, float]]:
    return [
        (d.old.period, d.new.period, d.old.value, d.new.value)
        for d in diff.figures
        if d.metric == metric and d.basis is FigureBasis.NEW_EDITION and d.old and d.new
    ]


def test_year_on_year_rows_compare_each_year_with_the_next_given() -> None:
    """Probe u A6: "26 investigations in 2019, compared with 11 in 2018, 17 in 2017 …" is
    year on year 15 → 25 → 17 → 11 → 26, not every past year against 2019."""
    assert _year_on_year(_series_diff(), "investigations") == [
        (2018, 2019, 11, 26),
        (2017, 2018, 17, 11),
        (2016, 2017, 25, 17),
        (2015, 2016, 15, 25),
    ]


def test_a_gap_in_the_series_compares_with_the_next_year_given() -> None:
    """A year left out is skipped: 2015 is compared with 2017, the next year given."""
    diff = _series_diff(_SERIES.replace(", 25 in 2016", ""))
    assert _year_on_year(diff, "investigations") == [(2018, 2019, 11, 26), (2017, 2018, 17, 11), (2015, 2017, 15, 17)]


def test_the_headline_of_an_edition_s_own_series_ends_at_its_own_year() -> None:
    """With years left out (2015, 2016, then 2019), the headline is the change to the
    edition's own figure (2016 → 2019), not one between two past years."""
    diff = _series_diff(_SERIES.replace("11 in 2018, 17 in 2017, ", ""))
    (line,) = [h.text for h in diff.highlights if h.kind is HighlightKind.FIGURE]
    assert line.startswith("Investigations (2016 → 2019, as the 2020 edition states): 25 investigations → 26")


def test_a_zero_after_a_comparison_with_the_previous_year_is_this_year_s() -> None:
    """Probe u A7 (Chad 2018): "reported a decrease in the number of prosecutions
    compared to the previous year and did not convict any traffickers for the second
    consecutive year": the zero is the reporting year's (2017), not the year before."""
    text = (
        "The Government of Chad does not fully meet the minimum standards for the elimination "
        "of trafficking. The government reported a decrease in the number of prosecutions "
        "compared to the previous year and did not convict any traffickers for the second "
        "consecutive year.\n"
    )
    (zero,) = [f for f in tipdiff.load(text, year=2018).figures if f.metric == "convictions"]
    assert (zero.value, zero.period, zero.restated) == (0, 2017, False)


def _statuses(old: list[str], new: list[str]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    from tipdiff.align.recommendations import match_recommendations

    return [(str(m.status), m.old_rank, m.new_rank) for m in match_recommendations(old, new)]


def test_a_law_renamed_with_its_reference_number_is_one_recommendation_reworded() -> None:
    """Probe u A5 (Chad 2018 → 2019): "according to Presidential Ordinance 006/18" →
    "… according to Chad's anti-trafficking Law 006/PR/18": the "PR" of a reference
    number names no body, so the two are one recommendation reworded."""
    old = ["Vigorously investigate and prosecute suspected trafficking offenders according to Presidential Ordinance 006/18"]
    new = [
        "While respecting due process, vigorously investigate and prosecute suspected trafficking "
        "offenders according to Chad's anti-trafficking Law 006/PR/18."
    ]
    assert _statuses(old, new) == [("reworded", (1,), (1,))]


def test_a_body_written_in_lower_case_partners_its_name() -> None:
    """Probe u A5: "convene the National Commission … and inter-ministerial committee" →
    "convene the Inter-Ministerial Committee Against Trafficking in Persons": the old
    recommendation names the committee too, in lower case; a body it does not write
    ("the Labor Inspectorate") is still another request."""
    old = [
        "regularly convene the National Commission against Trafficking in Persons and "
        "inter-ministerial committee, and include civil society, international organizations, "
        "and NGOs in the meetings"
    ]
    new = [
        "Regularly convene the Inter-Ministerial Committee Against Trafficking in Persons and "
        "include civil society and NGOs in the meetings."
    ]
    assert _statuses(old, new) == [("reworded", (1,), (1,))]
    other = [new[0].replace("Inter-Ministerial Committee Against", "Labor Inspectorate Against")]
    assert [s for s, _, _ in _statuses(old, other)] == ["new", "dropped"]
