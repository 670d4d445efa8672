"""Key figures the probes v and w found read wrong from real excerpts (reworded to
fictional places), second round: a breakdown's label carried to the bare numbers of a
"compared with" list, "respectively" lists, parts of a total read as the total, and
zeros and single counts missed."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section
from .section_figures import report_of as report_of_section

report_of = functools.partial(report_of_section, year=2022)
read = functools.partial(read_section, year=2022)


# ------------------------------------------------------- compared-with lists and totals


def test_a_bare_number_takes_the_noun_named_last_not_the_main_clauses_breakdown() -> None:
    """"two sex trafficking victims …, compared with one victim in 2020 and eight in 2019"
    (probe v, Nicaragua) gave sex trafficking 8 (2019), a false "8 → 2 (−75%)" headline:
    eight is victims, as "one victim" before it; and two, set against a plain count, is
    the period's total too."""
    text = (
        "The government reported identifying two sex trafficking victims, both girls, in 2021, "
        "compared with one victim in 2020 and eight in 2019."
    )
    assert read(PROTECTION, text) == [
        ("victims_sex_trafficking", 2, 2021),
        ("victims_identified", 2, 2021),
        ("victims_identified", 1, 2020),
        ("victims_identified", 8, 2019),
    ]


def test_counts_of_two_forms_are_not_made_a_total() -> None:
    """Only a main clause's one count of one form is the total a plain count is set against."""
    text = (
        "The government identified 43 sex trafficking victims and 20 labor trafficking victims, "
        "compared with 50 victims in 2020."
    )
    assert ("victims_identified", 43, 2021) not in read(PROTECTION, text)
    assert ("victims_identified", 20, 2021) not in read(PROTECTION, text)


def test_respectively_pairs_the_numbers_with_the_counts_in_order() -> None:
    """"charged 43 defendants with sex trafficking and four with labor trafficking in
    2014, compared with 114 and five, respectively, in 2013" (probe w, Bulgaria) gave
    prosecutions 43, 4, 114, 5 and a row "5 → 43"."""
    text = (
        "Authorities charged 43 defendants with sex trafficking and four with labor trafficking "
        "in 2014, compared with 114 and five, respectively, in 2013."
    )
    assert read(PROSECUTION, text, year=2015) == [
        ("prosecutions_sex_trafficking", 43, 2014),
        ("prosecutions_labor_trafficking", 4, 2014),
        ("prosecutions_sex_trafficking", 114, 2013),
        ("prosecutions_labor_trafficking", 5, 2013),
    ]
    other = (
        "Authorities investigated 12 cases and prosecuted 20 defendants in 2014, compared with "
        "nine and 15, respectively, in 2013."
    )
    assert read(PROSECUTION, other, year=2015)[2:] == [
        ("investigations", 9, 2013),
        ("prosecutions", 15, 2013),
    ]


# ----------------------------------------------------------- parts read as the total


def test_a_share_in_brackets_is_no_total() -> None:
    """"The majority of identified victims (488) were women and children" (probe w,
    Tunisia) gave a second victims-identified total for the year."""
    text = (
        "In 2021, the authority identified 560 victims. The majority of identified victims (488) "
        "were women and children, and 410 were foreign nationals."
    )
    assert read(PROTECTION, text) == [
        ("victims_identified", 560, 2021),
        ("victims_foreign", 410, 2021),
    ]
    # not "less than half the number of identified victims (312) in 2020": a restatement
    half = "The government identified 150 victims, less than half the number of identified victims (312) in 2020."
    assert ("victims_identified", 312, 2020) in read(PROTECTION, half)


def test_a_kind_of_the_form_its_figure_names_is_no_second_value() -> None:
    """"503 were labor trafficking victims (including 349 for forced labor, …)" (probe
    w, Tunisia) gave a second labor trafficking value, 349."""
    text = (
        "Of the 560 identified victims, 503 were labor trafficking victims (including 349 for "
        "forced labor, three for forced criminality, five for debt bondage)."
    )
    assert [r for r in read(PROTECTION, text) if r[0] == "victims_labor_trafficking"] == [
        ("victims_labor_trafficking", 503, 2021)
    ]


def test_victims_of_several_groups_are_all_the_victims() -> None:
    """"this compared to 33 male, female, and child victims identified in the prior
    reporting period" (probe w, Algeria) gave males 33."""
    text = (
        "The government identified 34 trafficking victims during the reporting period; this "
        "compared to 33 male, female, and child victims identified in the prior reporting period."
    )
    assert ("victims_identified", 33, 2020) in read(PROTECTION, text)
    assert not [r for r in read(PROTECTION, text) if r[0] == "victims_male"]
    # a list of groups with no head noun is no group's count
    assert read(PROTECTION, "The government identified 12 women, men, and children.") == []


# ------------------------------------------------------------- new and continued cases


def test_no_new_prosecutions_after_a_continued_one_is_the_periods_zero() -> None:
    """"continued one prosecution …, but did not begin any new prosecutions" (probe v,
    Belize) gave two continued-prosecution rows, 1 and 0; new prosecutions 0 was lost."""
    text = (
        "Authorities initiated investigations into seven cases involving six suspects and continued "
        "one prosecution initiated in a previous year, but did not begin any new prosecutions."
    )
    assert read(PROSECUTION, text, year=2016) == [
        ("investigations", 7, 2015),
        ("suspects_investigated", 6, 2015),
        ("prosecutions_continued", 1, 2015),
        ("prosecutions", 0, 2015),
    ]


# ------------------------------------------------------------------------------ zeros


def test_every_member_of_a_zeros_list_is_zero() -> None:
    """"reported no investigations, prosecutions, or convictions" (probe v, Togo) read
    only the first member."""
    text = "The government reported no investigations, prosecutions, or convictions of trafficking-related crimes."
    assert read(PROSECUTION, text, year=2005) == [
        ("investigations", 0, 2004),
        ("prosecutions", 0, 2004),
        ("convictions", 0, 2004),
    ]


def test_no_convictions_reported_against_a_count_is_zero() -> None:
    """"did not report any convictions, compared with three convictions …" (probe v,
    Sierra Leone) missed convictions 1 → 0; the acquittal is no conviction either. Not
    reported with nothing to set it against stays no figure."""
    text = (
        "The government did not report any convictions, compared with three convictions in the "
        "previous reporting period, and acquitted one defendant."
    )
    assert read(PROSECUTION, text, year=2023) == [("convictions", 0, 2022), ("convictions", 3, 2021)]
    assert read(PROSECUTION, "The government did not report any prosecutions.") == []


def test_zeros_of_failed_to_and_of_a_gerund() -> None:
    """"failed to convict any persons" (probe v, Togo) and "convicting no traffickers the
    previous reporting period" (probe w, Maldives) were missed; "failed to convict 12
    suspects" counts no convictions."""
    assert read(PROSECUTION, "Police failed to convict any persons for trafficking.") == [
        ("convictions", 0, 2021)
    ]
    assert read(PROSECUTION, "Police failed to convict 12 suspects.") == []
    text = (
        "The government convicted two traffickers, compared with investigating two cases and "
        "convicting no traffickers the previous reporting period."
    )
    assert ("convictions", 0, 2020) in read(PROSECUTION, text)
