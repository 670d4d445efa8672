"""Probe y: recommendations of a reordered list paired by what they ask, and figures of
both editions compared where the texts state them in other shapes (probe y A4, A5, C)."""

from __future__ import annotations

import tipdiff
from tipdiff.align import match_recommendations
from tipdiff.model import FigureBasis, FigureCheck, RecommendationStatus, ReportDiff

from .section_figures import PROSECUTION, PROTECTION, report_of


def _pairs(old: list[str], new: list[str]) -> dict[tuple[tuple[int, ...], tuple[int, ...]], str]:
    """The ranks each entry of matching ``old`` with ``new`` pairs, with its status."""
    return {(m.old_rank, m.new_rank): m.status.value for m in match_recommendations(old, new)}


_ICELAND_2018 = [
    "Significantly increase and report efforts to identify trafficking victims and refer "
    "victims to care facilities for assistance",
    "Intensify efforts to investigate, prosecute, and convict suspected traffickers",
    "Provide specialized services, including for male and child trafficking victims",
]
_ICELAND_2019 = [
    "Significantly increase efforts to prosecute and convict suspected traffickers.",
    "Enhance training for investigating cases and collecting evidence against suspected "
    "traffickers.",
    "Proactively identify trafficking victims and refer them to care facilities for assistance.",
]


def test_a_split_part_another_item_matches_better_is_that_items() -> None:
    """Iceland 2018 → 2019 (probe y A5): new #1 shares only its opening with old #1 and is
    old #2 reworded; old #1 is not split into new #1 and #3 but is new #3 reworded."""
    pairs = _pairs(_ICELAND_2018, _ICELAND_2019)
    assert pairs[(2,), (1,)] == "reworded"
    assert pairs[(1,), (3,)] == "reworded"
    assert not any(len(new) == 2 for _, new in pairs)


def test_a_merge_part_another_item_matches_better_is_that_items() -> None:
    """The same reading the other way round: no merge of new #1 and #3 into old #1."""
    pairs = _pairs(_ICELAND_2019, _ICELAND_2018)
    assert pairs[(1,), (2,)] == "reworded"
    assert pairs[(3,), (1,)] == "reworded"
    assert not any(len(old) == 2 for old, _ in pairs)


def test_a_real_split_is_kept() -> None:
    """A split whose parts no other item matches better stays a split."""
    old = [
        "Increase investigations and prosecutions of trafficking offenses, and provide "
        "specialized shelter and care to all identified victims.",
        "Train labor inspectors on victim identification.",
    ]
    new = [
        "Increase investigations and prosecutions of trafficking offenses.",
        "Provide specialized shelter and care to all identified victims.",
        "Train labor inspectors on victim identification.",
    ]
    statuses = {m.new_rank: m.status for m in match_recommendations(old, new)}
    assert statuses[1, 2] is RecommendationStatus.SPLIT


_TOGO_2018 = [
    "Develop a system among law enforcement and judicial officials to track and report on "
    "human trafficking investigations and prosecutions, as well as victim assistance",
    "Enact anti-trafficking legislation that includes provisions for victim protection",
    "Develop and implement a national action plan that incorporates adult victims, and "
    "increases coordination with NGOs and regional organizations",
]
_TOGO_2019 = [
    "Enact anti-trafficking legislation that includes provisions for victim protection, and "
    "implement measures that incentivize victims to participate in the law enforcement and "
    "judicial process, including witness protection as well as the provision of shelter, "
    "medical care, and psycho-social services.",
    "Work with NGOs and international organizations to increase the provision of protective "
    "services to all trafficking victims.",
    "Draft and implement an updated national action plan that incorporates adult victims and "
    "increases coordination with NGOs, neighboring countries, and regional organizations.",
]


def test_an_item_extended_with_a_second_request_is_paired_before_paraphrases() -> None:
    """Togo 2018 → 2019 (probe y A5): "Enact anti-trafficking legislation that includes
    provisions for victim protection" is extended as the new #1, which opens with it; it
    is not the new #2 ("… the provision of protective services"), which is new, and the
    old #1 is not paired with what is left by rank."""
    pairs = _pairs(_TOGO_2018, _TOGO_2019)
    assert pairs[(2,), (1,)] == "reworded"
    assert pairs[(), (2,)] == "new"
    assert pairs[(1,), ()] == "dropped"


# Botswana, Prosecution (probe y A4): the 2022 edition restates 2020 as "three labor
# trafficking investigations", the 2021 edition's "three trafficking investigations".
_BOTSWANA_2021 = (
    "The government initiated three trafficking investigations in Botswana and continued 10 "
    "investigations initiated in prior years, compared to initiating one potential labor "
    "trafficking investigation in the previous reporting period. Officials prosecuted all three "
    "individuals for forced labor and continued prosecutions against 11 alleged traffickers from "
    "previous reporting periods."
)
_BOTSWANA_2022 = (
    "The government reported investigating one sex trafficking case in Botswana and continuing "
    "five case investigations from previous reporting periods, compared with initiating three "
    "labor trafficking investigations in the previous reporting period."
)

Row = tuple[str, FigureBasis, int | None, float | None, int | None, float | None, FigureCheck | None]


def _figure_rows(old: str, new: str, old_year: int, new_year: int) -> list[Row]:
    diff: ReportDiff = tipdiff.compare(
        report_of(PROSECUTION, old, year=old_year), report_of(PROSECUTION, new, year=new_year)
    )
    return [
        (
            d.metric,
            d.basis,
            d.old and d.old.period,
            d.old and d.old.value,
            d.new and d.new.period,
            d.new and d.new.value,
            d.check,
        )
        for d in diff.figures
    ]


def test_a_count_of_one_form_only_meets_the_count_without_the_split() -> None:
    """The only investigations of 2020 in the 2022 edition are "three labor trafficking
    investigations": checked against the 2021 edition's three (consistent), and the
    2021 edition's 3 meets the 2022 edition's one sex trafficking case (3 → 1)."""
    rows = _figure_rows(_BOTSWANA_2021, _BOTSWANA_2022, 2021, 2022)
    investigations = [r for r in rows if r[0].startswith("investigations") and "continued" not in r[0]]
    assert ("investigations", FigureBasis.CHECK, 2020, 3, 2020, 3, FigureCheck.CONSISTENT) in rows
    assert ("investigations", FigureBasis.EDITIONS, 2020, 3, 2021, 1, None) in rows
    # the form's counts are not shown again on their own
    assert not [r for r in investigations if r[2] is None or r[4] is None]


def test_a_form_count_beside_another_form_named_without_its_count_is_no_total() -> None:
    """"continued to prosecute defendants for sex trafficking and two defendants for labor
    trafficking": two is the labor trafficking part, not the continued prosecutions."""
    old = "The government continued prosecutions against three alleged traffickers from previous reporting periods."
    new = (
        "The government continued to prosecute defendants for sex trafficking and two defendants "
        "for labor trafficking from previous years."
    )
    rows = _figure_rows(old, new, 2021, 2022)
    assert not [r for r in rows if r[0] == "prosecutions_continued" and r[5] is not None]


def test_two_counts_of_one_form_in_one_sentence_are_no_total() -> None:
    """"one adult sex trafficking case and one child sex trafficking case": two cases, so
    neither is the period's investigations."""
    old = "The government investigated three trafficking cases."
    new = (
        "The government investigated one adult sex trafficking case and one child sex "
        "trafficking case, compared with three trafficking cases the previous year."
    )
    rows = _figure_rows(old, new, 2021, 2022)
    assert not [r for r in rows if r[0] == "investigations" and r[5] == 1]


def test_a_restated_value_without_its_recipient_is_checked_against_the_same_count() -> None:
    """Rwanda (probe y C): the 2020 edition's "referred 30 victims for assistance to
    shelters" is the 2021 edition's "compared to 30" beside its 37 referred "to government
    and NGO shelters": one count, consistent, as well as in the year-on-year rows."""
    old = (
        "Officials referred 30 victims for assistance to shelters, compared to 33 during the "
        "previous reporting period."
    )
    new = (
        "Officials referred 37 victims to government and NGO shelters for assistance, compared "
        "to 30 during the previous reporting period."
    )
    diff = tipdiff.compare(
        report_of(PROTECTION, old, year=2020), report_of(PROTECTION, new, year=2021)
    )
    checks = [
        (d.metric, d.period, d.old.value, d.new.value, d.check)
        for d in diff.figures
        if d.basis is FigureBasis.CHECK and d.old is not None and d.new is not None
    ]
    assert checks == [("victims_referred", 2019, 30, 30, FigureCheck.CONSISTENT)]
