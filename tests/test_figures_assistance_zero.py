"""Readings the probe z missed: "did not provide assistance to any victims" states that
no victim was assisted (Kiribati 2016), the way "did not identify any victims" states
that none was identified, while help of some quality or kind denied is no zero."""

from __future__ import annotations

import functools

import pytest

from .section_figures import PROTECTION
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

