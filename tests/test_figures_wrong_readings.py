"""Wrong readings the probes showed (w Cyprus 2024 and Marshall Islands 2023, u
Mauritania 2017): a year or a metric that would make a false change in a brief
(reworded from real excerpts)."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section

prosecution = functools.partial(read_section, PROSECUTION, year=2024)
protection = functools.partial(read_section, PROTECTION, year=2024)


def test_a_while_clause_after_a_comparison_is_of_the_main_period_again() -> None:
    text = (
        "In 2023, the government initiated prosecutions against seven individuals, down from "
        "twelve in 2022, while continuing to prosecute fifty defendants from prior cases."
    )
    assert prosecution(text) == [
        ("prosecutions", 7, 2023),
        ("prosecutions", 12, 2022),
        ("prosecutions_continued", 50, 2023),
    ]


def test_the_old_value_after_the_new_one_of_a_change_is_the_year_before() -> None:
    text = (
        "The government reduced the budget for financial assistance for trafficking victims by "
        "over €100,000 in 2023, down to €171,454 from €297,645 the previous year."
    )
    assert protection(text) == [
        ("funding_victim_assistance", 171454, 2023),
        ("funding_victim_assistance", 297645, 2022),
    ]
    # "up to" is a ceiling, no change of a value
    ceiling = "In 2023, the government allocated up to €5,000 from €20,000 reserved for victims."
    assert all(period == 2023 for _, _, period in protection(ceiling))


def test_and_a_perfect_of_a_new_verb_starts_a_clause_its_since_does_not_reach_back() -> None:
    text = (
        "For the third consecutive year, the government did not prosecute any traffickers and "
        "has not convicted any traffickers since 2011."
    )
    assert prosecution(text) == [("prosecutions", 0, 2023), ("convictions", 0, None)]


def test_persons_of_a_noun_in_a_relative_clause_are_not_the_persons_of_the_cases() -> None:
    text = (
        "The court completed one investigation from the previous reporting period that led to "
        "the conviction of two defendants for slaveholding."
    )
    assert ("convictions", 2, 2023) in prosecution(text)
    assert all(metric != "suspects_investigated" for metric, _, _ in prosecution(text))
    # persons "of" the cases themselves stay theirs
    assert prosecution("Police investigated five cases of 12 suspects.") == [
        ("investigations", 5, 2023),
        ("suspects_investigated", 12, 2023),
    ]
