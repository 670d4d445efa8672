"""Readings the probes z and w missed: "did not provide assistance to any victims"
states that no victim was assisted (Kiribati 2016), the way "did not identify any victims"
states that none was identified, while help of some quality or kind denied is no zero;
and a group word before a person noun ("12 *adult* defendants") modifies it, so the
persons are counted (and two groups joined by "and" add up)."""

from __future__ import annotations

import functools

import pytest

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section

read = functools.partial(read_section, PROTECTION, year=2016)


@pytest.mark.parametrize(
    "sentence",
    [
        "It did not provide assistance to any victims or refer them to or support organizations "
        "that did so.",
        "The government did not provide protective services to any trafficking victims.",
        "The government did not report providing any services to victims.",
        "The government did not provide any assistance to trafficking victims.",
        "The government did not assist any victims during the reporting period.",
    ],
)
def test_help_denied_to_any_victim_is_a_zero_of_victims_assisted(sentence: str) -> None:
    assert read(sentence) == [("victims_assisted", 0, 2015)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government did not provide adequate assistance to victims.",
        "The government did not provide legal assistance to any victims.",
        "The government did not provide assistance to victims in a timely manner.",
    ],
)
def test_help_of_some_quality_or_kind_denied_is_no_zero(sentence: str) -> None:
    assert read(sentence) == []


def test_a_group_word_before_a_person_noun_modifies_it() -> None:
    # "adult" is a head of its own ("12 adults") only when no person noun follows it
    figures = read_section(
        PROSECUTION,
        "The government prosecuted 12 adult defendants and three juvenile defendants.",
        year=2019,
    )
    assert figures == [("prosecutions", 15, 2018)]


def test_a_group_word_alone_is_still_the_head() -> None:
    figures = read_section(
        PROTECTION, "The government identified 12 adults and three children.", year=2019
    )
    assert figures == [("victims_adults", 12, 2018), ("victims_children", 3, 2018)]


def test_one_part_of_persons_of_a_group_is_a_count() -> None:
    figures = read_section(PROSECUTION, "The government prosecuted 12 adult defendants.", year=2019)
    assert figures == [("prosecutions", 12, 2018)]
