"""Key figures the probe aa found read wrong from real excerpts (reworded to a fictional
country): a part of preliminary victims read as the period's victims identified, the
confirmed victims in brackets after a potential count never read, a form with no metric
filed under another, and a total compared with the last part of its breakdown."""

from __future__ import annotations

from tipdiff.figures import compare_figures
from tipdiff.model import FigureCheck

from .section_figures import PROSECUTION, PROTECTION, read, report_of

# ---------------------------------------------------- a part of preliminary victims

_PRELIMINARY = (
    "The government maintained protection efforts. Authorities confirmed the identification of "
    "eight victims in 2022, compared with 16 confirmed victims in 2021. In addition, there were 11 "
    "preliminary victims awaiting a ruling on their status at the end of 2022; officials reported "
    "identifying 10 of these preliminary victims during an investigation into forced begging."
)


def test_identifying_some_of_these_victims_is_no_count_of_its_own() -> None:
    """"identifying 10 of these preliminary victims" headlined "Victims identified 16 → 10"
    where the report says 16 → 8."""
    figures = read(PROTECTION, _PRELIMINARY, year=2023)
    assert ("victims_identified", 8, 2022) in figures
    assert not [f for f in figures if f[1] == 10]


# ------------------------------------------- confirmed victims among potential ones

_CONFIRMED_2021 = (
    "The government decreased protection efforts. The government identified six trafficking "
    "victims in 2020, after screening 11 potential victims for trafficking indicators; this "
    "compared with 61 potential trafficking victims (22 confirmed trafficking victims) in 2019. Of "
    "the six identified victims in 2020, three were sex trafficking victims and one was a labor "
    "trafficking victim; authorities identified the other two individuals as victims of "
    "\u201cslavery.\u201d"
)
_CONFIRMED_2022 = (
    "The government increased protection efforts. There were 16 confirmed trafficking victims "
    "identified in 2021, compared with six victims in 2020 and 34 in 2019."
)


def test_confirmed_victims_in_brackets_after_potential_ones_are_victims_identified() -> None:
    figures = read(PROTECTION, _CONFIRMED_2021, year=2021)
    assert ("victims_identified", 22, 2019) in figures
    assert ("potential_victims_identified", 61, 2019) in figures


def test_the_other_two_are_a_part_of_the_victims_counted() -> None:
    """"identified the other two individuals as victims of 'slavery'" is a part of the six."""
    figures = read(PROTECTION, _CONFIRMED_2021, year=2021)
    assert [f for f in figures if f[0] == "victims_identified" and f[2] == 2020] == [
        ("victims_identified", 6, 2020)
    ]


def test_a_restated_confirmed_count_is_checked_against_the_confirmed_one() -> None:
    """The brief flagged 61 potential → 34 as "revised" and missed the real revision 22 → 34."""
    old = report_of(PROTECTION, _CONFIRMED_2021, year=2021).figures
    new = report_of(PROTECTION, _CONFIRMED_2022, year=2022).figures
    rows = compare_figures(old, new, old_period=2020, new_period=2021)
    revised = [r for r in rows if r.check is FigureCheck.REVISED]
    assert [(r.metric, r.old.value if r.old else None, r.new.value if r.new else None) for r in revised] == [
        ("victims_identified", 22, 34)
    ]


# ------------------------------------------------------ a form with no metric of ours

_FORCED_CRIMINALITY = (
    "The government maintained victim protection efforts. The government identified 25 victims "
    "(73 victims in 2018). Of these, 13 were victims of sex trafficking, three of labor "
    "trafficking, seven of forced criminality, and one of \u201cimposing slavery\u201d (60 of "
    "forced criminality, 10 of sex trafficking, three of labor trafficking, and one unknown in "
    "2018)."
)


def test_a_form_with_no_metric_is_never_filed_under_another() -> None:
    """"60 of forced criminality" was read as 60 labor trafficking victims (2018)."""
    figures = read(PROTECTION, _FORCED_CRIMINALITY, year=2020)
    assert not [f for f in figures if f[1] == 60]
    assert ("victims_sex_trafficking", 10, 2018) in figures
    assert ("victims_labor_trafficking", 3, 2018) in figures


# ------------------------------------------- a total compared after its breakdown

def test_a_total_compared_after_its_breakdown_keeps_no_form() -> None:
    """"convicted eight traffickers—seven sex traffickers and one labor trafficker—compared
    with seven traffickers in 2017 and two in 2016": 7 and 2 are total convictions."""
    text = (
        "The government increased law enforcement efforts. Authorities convicted eight "
        "traffickers\u2014seven sex traffickers and one labor trafficker\u2014compared with seven "
        "traffickers in 2017 and two in 2016."
    )
    figures = read(PROSECUTION, text, year=2019)
    assert ("convictions", 7, 2017) in figures
    assert ("convictions", 2, 2016) in figures
    assert not [f for f in figures if f[0] == "convictions_labor_trafficking" and f[2] != 2018]
