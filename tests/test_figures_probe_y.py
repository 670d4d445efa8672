"""Key figures the probe y found read wrong from real excerpts (reworded to fictional
places): counts under one article of the law taken for the all-article total, parts of a
total taken for totals, and cases carried over taken for new ones."""

from __future__ import annotations

import functools

from tipdiff.figures import compare_figures
from tipdiff.figures.display import format_figure
from tipdiff.model import FigureCheck

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section
from .section_figures import report_of as report_of_section

read = functools.partial(read_section, year=2022)

# ------------------------------------------------------------- one article of the law

_ALL_ARTICLES = (
    "In 2020, cantonal authorities reported identifying 117 victims (150 in 2019 and 170 in 2018). "
    "Under article 182, authorities identified 53 human trafficking victims; a decrease compared with 83 "
    "human trafficking victims identified in 2019. Under article 195, authorities reported identifying "
    "64 victims; this was a broader statistic that included victims of sex trafficking; this compared "
    "with 67 victims in 2019 and 106 in 2018."
)
_ONE_ARTICLE = (
    "In 2021, cantonal authorities identified 62 victims under article 182, an increase compared with "
    "53 in 2020 but still less than 83 in 2019 and 64 in 2018."
)


def test_counts_under_one_article_are_kept_apart_from_the_total() -> None:
    """"Under article 195, authorities reported identifying 64 victims; … this compared
    with 67 victims in 2019 and 106 in 2018" (probe y, Switzerland 2021) gave three more
    values of victims identified beside the total 117 (150, 170)."""
    read_2021 = read_section(PROTECTION, _ALL_ARTICLES, year=2021)
    assert [f for f in read_2021 if f[0] == "victims_identified"] == [
        ("victims_identified", 117, 2020),
        ("victims_identified", 150, 2019),
        ("victims_identified", 170, 2018),
    ]
    assert [f for f in read_2021 if f[0] == "victims_identified_one_article"] == [
        ("victims_identified_one_article", 53, 2020),
        ("victims_identified_one_article", 83, 2019),
        ("victims_identified_one_article", 64, 2020),
        ("victims_identified_one_article", 67, 2019),
        ("victims_identified_one_article", 106, 2018),
    ]


def test_a_count_under_one_article_never_meets_the_total_of_another_edition() -> None:
    """The 2022 edition gives article 182's count alone: "Victims identified 117 → 62
    (−47%)" and "Revised 2018: 170 → 64" were false; the report says "an increase
    compared with 53 in 2020"."""
    old = report_of_section(PROTECTION, _ALL_ARTICLES, year=2021).figures
    new = report_of_section(PROTECTION, _ONE_ARTICLE, year=2022).figures
    rows = compare_figures(old, new, old_period=2020, new_period=2021)
    assert not [d for d in rows if d.check is FigureCheck.REVISED]
    met = [
        (d.metric, d.old.value, d.new.value)
        for d in rows
        if d.old is not None and d.new is not None and d.old.period != d.new.period
    ]
    assert ("victims_identified_one_article", 53, 62) in met
    assert not [m for m in met if m[2] == 62 and m[1] != 53]
    units = {f.unit for f in new}
    assert units == {"victims under article 182"}


def test_a_text_counting_under_its_trafficking_article_alone_keeps_the_total() -> None:
    text = (
        "Article 182 of the penal code criminalized sex trafficking and labor trafficking. " + _ONE_ARTICLE
    )
    assert read(PROTECTION, text)[0] == ("victims_identified", 62, 2021)


def test_one_victim_under_an_article_is_written_in_the_singular() -> None:
    (figure,) = report_of_section(
        PROTECTION, "Under article 195, authorities identified one victim.", year=2022
    ).figures
    assert format_figure(figure) == "1 victim under article 195"


# ------------------------------------------------------------------ parts of a total


def test_a_restated_part_in_brackets_is_no_total() -> None:
    """"identified 228 victims (197 in 2016), 120 of whom were victims of forced
    prostitution (107 in 2016)" gave victims identified 107 for 2016, set against 228."""
    text = (
        "In 2017, cantonal authorities identified 228 victims (197 in 2016), 120 of whom were "
        "victims of forced prostitution (107 in 2016)."
    )
    assert read_section(PROTECTION, text, year=2018) == [
        ("victims_identified", 228, 2017),
        ("victims_identified", 197, 2016),
    ]


def test_victims_found_in_one_setting_after_the_total_are_a_part() -> None:
    """"The government reported identifying four trafficking victims within the asylum
    system" after the period's 38 gave a second total for 2022."""
    text = (
        "In 2022, cantonal authorities identified 38 victims, a decrease compared with 62 in 2021. "
        "The government reported identifying four trafficking victims within the asylum system."
    )
    assert read_section(PROTECTION, text, year=2023) == [
        ("victims_identified", 38, 2022),
        ("victims_identified", 62, 2021),
    ]


# ------------------------------------------------------------------- carried over


def test_the_same_prosecutions_continued_after_no_new_ones_are_carried_over() -> None:
    """"This was compared to no new prosecutions but continuing the same 11 prosecutions
    in the previous reporting period" gave 11 new prosecutions of 2019 (a false
    "consistent" with the old edition's 11 of 2018)."""
    text = (
        "This was compared to no new prosecutions but continuing the same 11 prosecutions in the "
        "previous reporting period."
    )
    assert read_section(PROSECUTION, text, year=2021) == [
        ("prosecutions", 0, 2019),
        ("prosecutions_continued", 11, 2019),
    ]


def test_prosecutions_initiated_in_the_previous_period_are_carried_over() -> None:
    """"advancing its first two trafficking prosecutions initiated in the previous
    reporting period" gave two new prosecutions."""
    text = (
        "These efforts included advancing its first two trafficking prosecutions initiated in the "
        "previous reporting period."
    )
    assert read_section(PROSECUTION, text, year=2020) == [("prosecutions_continued", 2, 2019)]
