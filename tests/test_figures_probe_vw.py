"""Key figures the probes v, w and e5 found read wrong from real excerpts (reworded to
fictional places): zeros of a place or a subset read as the period's, and counts that
are not the period's trafficking counts (other crimes, a subset, cases carried over,
defendants acquitted, cases under another law)."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section
from .section_figures import report_of as report_of_section

report_of = functools.partial(report_of_section, year=2021)
read = functools.partial(read_section, year=2021)


# --------------------------------------------------------------------- zeros of a part


def test_a_zero_of_some_regions_is_not_the_periods() -> None:
    """"did not identify any victims in the autonomous regions" (probe v, Nicaragua) gave
    Victims identified 0 beside the real count, and a false fall in the headline."""
    text = (
        "The government identified eight trafficking victims. Officials did not identify any "
        "victims in the autonomous regions where identification and referral mechanisms were lacking."
    )
    assert read(PROTECTION, text) == [("victims_identified", 8, 2020)]


def test_a_zero_in_a_named_place_or_of_some_cases_is_not_the_periods() -> None:
    """"did not identify any trafficking victims in Burundi" (the text counts victims
    identified abroad) and "did not investigate any traffickers in connection with these
    cases" (probe v) are zeros of a part; "in 2020" or "in the country" are not."""
    place = "The government did not identify any trafficking victims in Testland and relied on NGOs."
    assert read(PROTECTION, place) == []
    cases = (
        "Although authorities intercepted 74 potential trafficking victims, it did not "
        "investigate any traffickers in connection with these cases."
    )
    assert [r for r in read(PROSECUTION, cases) if r[0] == "investigations"] == []
    dated = "The government did not convict any traffickers in 2020."
    assert read(PROSECUTION, dated) == [("convictions", 0, 2020)]
    whole = "The government did not identify any victims in the country."
    assert read(PROTECTION, whole) == [("victims_identified", 0, 2020)]


# ------------------------------------------------- counts that are not the period's own


def test_cases_of_other_crimes_are_no_trafficking_investigations() -> None:
    """"seven pimping cases and 22 cases of soliciting a minor", "29 cases of child
    labor" (probe v, Guinea) were read as investigations; forced child labor still counts."""
    text = (
        "The government reported one investigation. Authorities also investigated seven "
        "pimping cases and 22 cases of soliciting a minor. Police investigated 29 cases of "
        "child labor, 14 of which were referred for prosecution."
    )
    assert read(PROSECUTION, text) == [("investigations", 1, 2020)]
    forced = "Police investigated 12 cases of forced child labor."
    assert read(PROSECUTION, forced) == [("investigations_labor_trafficking", 12, 2020)]


def test_cases_under_another_law_are_no_trafficking_prosecutions() -> None:
    """"did not report any trafficking prosecutions …; however, it prosecuted two cases
    with trafficking indicators under migrant exploitation laws" (probe e5, New Zealand)
    gave Prosecutions 2."""
    text = (
        "The government did not report any trafficking prosecutions or convictions for the "
        "second consecutive year; however, it prosecuted two cases with trafficking indicators "
        "under migrant exploitation laws, pending further investigations."
    )
    assert [r for r in read(PROSECUTION, text) if r[1]] == []


def test_cases_involving_one_group_after_the_total_are_a_part() -> None:
    """"66 trafficking investigations involving child victims" after "141 trafficking
    investigations" (probe v, Paraguay) was a second total for the year."""
    text = (
        "The unit reported 141 trafficking investigations in 2019. "
        "The unit reported 66 trafficking investigations involving child victims."
    )
    assert read(PROSECUTION, text, year=2020) == [("investigations", 141, 2019)]
    persons = "Police initiated 12 investigations involving 35 suspects."
    assert ("investigations", 12, 2020) in read(PROSECUTION, persons)


def test_continued_cases_are_counted_apart() -> None:
    """"continued investigations of 11 trafficking cases initiated in the previous
    reporting period" (probe v, Guinea), "continuing prosecution in three cases" (probe w,
    Maldives) and "continuing to prosecute fifty defendants from prior cases" (probe w,
    Cyprus) are cases carried over, not new ones."""
    guinea = (
        "In 2021, the government reported initiating investigations into 46 trafficking cases, "
        "compared with one investigation in 2020, and continued investigations of 11 trafficking "
        "cases initiated in the previous reporting period."
    )
    metrics = [metric for metric, value, _ in read(PROSECUTION, guinea, year=2022) if value == 11]
    assert metrics == ["investigations_continued"]
    maldives = (
        "This was compared with investigating two sex trafficking cases, continuing prosecution "
        "in three cases, and convicting no traffickers the previous reporting period."
    )
    assert [m for m, v, _ in read(PROSECUTION, maldives) if v == 3] == ["prosecutions_continued"]
    cyprus = (
        "In 2023, the government initiated prosecutions against seven individuals, down from "
        "twelve in 2022, while continuing to prosecute fifty defendants from prior cases."
    )
    assert [m for m, v, _ in read(PROSECUTION, cyprus, year=2024) if v == 50] == ["prosecutions_continued"]


def test_defendants_judges_acquitted_are_no_prosecutions() -> None:
    """"…, in which judges acquitted the five Bangladeshi and two Maldivian defendants"
    (probe w, Maldives) gave Prosecutions 2."""
    text = (
        "Prosecutors completed prosecution of two labor trafficking cases, in which judges "
        "acquitted the five Bangladeshi and two Testlandic defendants."
    )
    assert [r for r in read(PROSECUTION, text) if r[0] == "prosecutions"] == []


def test_the_size_of_a_budget_cut_is_no_budget() -> None:
    """"reduced the budget … for trafficking victims by over €100,000 in 2023, down to
    €171,454" (probe w, Cyprus) gave a third victim-assistance budget of 100,000."""
    text = (
        "The government reduced the budget for financial assistance for trafficking victims by "
        "over €100,000 in 2023, down to €171,454 from €297,645 the previous year."
    )
    values = [v for m, v, _ in read(PROTECTION, text, year=2024) if m.startswith("funding")]
    assert 100_000 not in values and 171_454 in values
