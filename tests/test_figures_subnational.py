"""Counts a region's or territory's government is the subject of (probe t, Iraq 2021: "the
KRG did not report prosecuting or convicting any traffickers" read as Iraq's zero
prosecutions and convictions): a part of the country's count, never the count; one
national agency's count stays the government's; and a conviction that one of the cases
counted before resulted in, and a zero of "any new trafficking cases" (reworded from real
excerpts)."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section

read = functools.partial(read_section, year=2021)


def test_a_zero_of_a_regional_government_its_abbreviation_defined_is_not_the_countrys() -> None:
    text = (
        "The Kurdistan Regional Government (KRG) established specialized police units. In "
        "addition, the KRG did not report prosecuting or convicting any traffickers during "
        "the reporting period."
    )
    assert read(PROSECUTION, text) == []
    defined = (
        "The Northern Autonomous Region (NAR) opened a shelter. The government convicted 12 "
        "traffickers. NAR courts did not convict any traffickers."
    )
    assert read(PROSECUTION, defined) == [("convictions", 12, 2020)]


def test_a_zero_of_one_national_agency_stays_the_countrys() -> None:
    """The Maldives fix that dropped every zero of one agency lost this one: the agency is
    the whole prosecution."""
    text = "The Prosecutor General's Office did not initiate any new prosecutions."
    assert read(PROSECUTION, text) == [("prosecutions", 0, 2020)]
    both = "However, the federal government and the KRG did not report prosecuting any traffickers."
    assert read(PROSECUTION, both) == [("prosecutions", 0, 2020)]


def test_a_count_of_a_region_its_breakdown_and_comparison_are_its_part() -> None:
    text = (
        "Zanzibar courts convicted five traffickers (three for sex trafficking and two for "
        "labor trafficking), compared with two in 2019; the government convicted 30 traffickers."
    )
    assert read(PROSECUTION, text) == [("convictions", 30, 2020)]
    partitive = (
        "Authorities in Puntland prosecuted 23 cases, three of which resulted in convictions. "
        "Police investigated 40 cases."
    )
    assert read(PROSECUTION, partitive) == [("investigations", 40, 2020)]
    after = "The government identified 100 victims and the Somaliland authorities identified 12."
    assert read(PROTECTION, after) == [("victims_identified", 100, 2020)]


def test_a_region_fronted_or_named_by_its_kind_is_its_part() -> None:
    fronted = "In Republika Srpska, authorities investigated five cases. The government investigated 20 cases."
    assert read(PROSECUTION, fronted) == [("investigations", 20, 2020)]
    kinds = (
        "Provincial governments identified 40 victims. Authorities in the area administered by "
        "Turkish Cypriots did not identify any victims. Sindh Province police identified 30 "
        "victims. The government identified 100 victims."
    )
    assert read(PROTECTION, kinds) == [("victims_identified", 100, 2020)]


def test_a_national_body_named_like_a_region_is_not_one() -> None:
    text = (
        "The Federal State Statistics Service reported 25 convictions. The Ministry of Social "
        "Affairs identified 30 victims. Police identified 12 victims in Sindh Province."
    )
    assert read(PROSECUTION, text) == [
        ("convictions", 25, 2020),
        ("victims_identified", 30, 2020),
        ("victims_identified", 12, 2020),
    ]


# ------------------------------------------------------- convictions of earlier cases


def test_one_of_the_cases_before_resulting_in_a_conviction_is_a_conviction() -> None:
    """"advancing its first two trafficking prosecutions initiated in the previous
    reporting period with one resulting in a conviction" (probe y B3, Solomon Islands
    2020): two continued prosecutions and one conviction of the period, which was not
    read."""
    text = (
        "These efforts included advancing its first two trafficking prosecutions initiated in "
        "the previous reporting period with one resulting in a conviction."
    )
    assert read(PROSECUTION, text) == [("prosecutions_continued", 2, 2020), ("convictions", 1, 2020)]
    comma = "The government prosecuted two cases, one resulting in a conviction."
    assert read(PROSECUTION, comma) == [("prosecutions", 2, 2020), ("convictions", 1, 2020)]


def test_a_zero_of_new_cases_is_the_periods() -> None:
    """"It did not prosecute any new trafficking cases" (probe y C, Botswana 2020 news):
    two words before the cases ("new trafficking") read no zero."""
    text = "It did not prosecute any new trafficking cases."
    assert read(PROSECUTION, text) == [("prosecutions", 0, 2020)]
