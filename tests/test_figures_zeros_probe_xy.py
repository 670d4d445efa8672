"""Zeros the probes x and y found missed in real sentences (reworded): the zero of the
period said by a list of verbs, a gerund after "did not report", "identified no" and
"has not obtained a … conviction"."""

from __future__ import annotations

import functools

import pytest

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section

read = functools.partial(read_section, year=2022)

_ZEROS = [
    (
        PROSECUTION,
        "The government did not investigate or prosecute any potential trafficking cases and did "
        "not convict any traffickers for the third consecutive year.",
        {"investigations", "prosecutions", "convictions"},
    ),
    (PROTECTION, "Authorities did not identify or assist trafficking victims.", {"victims_identified"}),
    (PROTECTION, "The government identified no victims during the reporting period.", {"victims_identified"}),
    (
        PROSECUTION,
        "For the second consecutive year, the government did not report convicting any traffickers.",
        {"convictions"},
    ),
    (
        PROSECUTION,
        "The government did not initiate any additional trafficking investigations during the reporting period.",
        {"investigations"},
    ),
    (
        PROSECUTION,
        "Authorities did not report any investigations or prosecutions of trafficking crimes for the "
        "seventh consecutive year.",
        {"investigations", "prosecutions"},
    ),
    (
        PROSECUTION,
        "The government has not obtained a trafficking conviction since the law was amended in 2013.",
        {"convictions"},
    ),
]


@pytest.mark.parametrize(("section", "text", "metrics"), _ZEROS)
def test_a_stated_zero_of_the_period_is_read(section: object, text: str, metrics: set[str]) -> None:
    """Each sentence (probes x and y) states the period's zero of each metric named."""
    found = read(section, text)  # type: ignore[arg-type]
    assert {metric for metric, value, period in found if value == 0 and period == 2021} == metrics


def test_not_reported_once_is_still_no_zero() -> None:
    """"did not report any prosecutions" alone says nothing of their number."""
    assert read(PROSECUTION, "The government did not report any prosecutions.") == []


def test_cases_of_both_forms_named_are_the_total() -> None:
    """"prosecutions of forced labor or sex trafficking crimes" (South Sudan, probe x)
    names both forms: the prosecutions total, not labor trafficking alone."""
    found = read(
        PROSECUTION,
        "Authorities did not report any investigations or prosecutions of forced labor or sex "
        "trafficking crimes for the seventh consecutive year.",
    )
    assert {(metric, value, period) for metric, value, period in found} == {
        ("investigations", 0, 2021),
        ("prosecutions", 0, 2021),
    }


def test_a_zero_of_the_previous_period_is_that_periods() -> None:
    """"During the previous year, … did not report investigating or prosecuting any
    trafficking cases" (Chad, probe u): the zeros of the year before."""
    found = read(
        PROSECUTION,
        "During the previous year, the government did not report investigating or prosecuting "
        "any trafficking cases; courts reported convicting one trafficker.",
    )
    assert ("investigations", 0, 2020) in found and ("prosecutions", 0, 2020) in found


def test_a_zero_under_one_law_after_a_count_in_its_sentence_is_a_part() -> None:
    """"While courts convicted one trafficker under false imprisonment charges, the
    government has not obtained a trafficking conviction under the anti-trafficking law
    since …" (Ireland, probe x): the period's convictions are one; the zero is one law's."""
    found = read(
        PROSECUTION,
        "While courts convicted one trafficker under false imprisonment charges, the government has "
        "not obtained a trafficking conviction under the anti-trafficking law since it was amended in 2013.",
    )
    assert [(metric, value) for metric, value, period in found if metric == "convictions"] == [("convictions", 1)]
