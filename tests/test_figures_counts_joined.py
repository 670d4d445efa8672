"""Counts the probes w and u misread (reworded): two parts of one count joined by "and"
read as the count they add up to, and cases finished or carried over from an earlier
period read as continued, not as the period's new cases."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION
from .section_figures import read as read_section

read = functools.partial(read_section, year=2019)


def test_two_parts_joined_by_and_add_up_to_one_count() -> None:
    figures = read(
        PROSECUTION,
        "Police reported initiating investigation of one adult sex trafficking case and one child "
        "sex trafficking case during the reporting period, compared to initiating one labor "
        "trafficking investigation the previous reporting period.",
    )
    assert figures == [
        ("investigations_sex_trafficking", 2, 2018),
        ("investigations_labor_trafficking", 1, 2017),
    ]


def test_parts_stay_apart_when_the_total_is_stated_too() -> None:
    figures = read(
        PROSECUTION,
        "Police initiated three sex trafficking investigations, one adult sex trafficking case "
        "and two child sex trafficking cases.",
    )
    assert ("investigations_sex_trafficking", 3, 2018) in figures
    assert ("investigations_sex_trafficking", 5, 2018) not in figures


def test_a_prosecution_completed_is_carried_over() -> None:
    figures = read(
        PROSECUTION,
        "The prosecutor general's office completed prosecution of two labor trafficking cases, in "
        "which judges acquitted the defendants.",
    )
    assert [metric for metric, _, _ in figures] == ["prosecutions_continued_labor_trafficking"]


def test_an_investigation_from_the_previous_period_is_carried_over() -> None:
    figures = read(
        PROSECUTION,
        "The court completed one investigation from the previous reporting period that led to the "
        "conviction of two defendants.",
    )
    assert ("investigations_continued", 1, 2018) in figures
    assert not any(metric == "investigations" for metric, _, _ in figures)
