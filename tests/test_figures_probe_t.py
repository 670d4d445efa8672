"""Key figures the probes t and e4 found wrong or missed (real excerpts, reworded to
fictional places): numbers that are not the metric they were read as, and counts that
were not read at all."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section
from .section_figures import report_of as report_of_section

report_of = functools.partial(report_of_section, year=2016)
read = functools.partial(read_section, year=2016)


def test_interviews_conducted_in_cases_are_no_investigations() -> None:
    """"conducted interviews in 136 cases of labor complaints to screen for suspected
    trafficking offenses" (probe e4, Brunei 2015) gave Investigations: labor trafficking
    136: what was conducted is interviews, not investigations; "conducted investigations
    in 12 cases" still counts them."""
    text = (
        "The government conducted interviews in 136 cases of labor complaints to screen for "
        "suspected trafficking offenses. Police conducted investigations in 12 cases."
    )
    assert read(PROSECUTION, text) == [("investigations", 12, 2015)]


def test_did_not_prosecute_any_offenders_and_no_forced_labor_convictions_are_zeros() -> None:
    """"did not prosecute or convict any trafficking offenders" (probe e4) and "there were
    no forced labor convictions" (probe t, Luxembourg 2018) were missed."""
    text = (
        "The government did not prosecute or convict any trafficking offenders. "
        "There were no forced labor convictions."
    )
    assert read(PROSECUTION, text) == [
        ("prosecutions", 0, 2015),
        ("convictions", 0, 2015),
        ("convictions_labor_trafficking", 0, 2015),
    ]


def test_a_zero_of_cases_a_participle_restricts_is_not_the_year_s() -> None:
    """"did not investigate any cases of forced labor compelled through debt bondage or
    threats of deportation" (probe e4, Brunei 2016) gave labor trafficking investigations 0,
    and a false -100% headline: the zero is of one kind of case only."""
    text = (
        "The government did not investigate any cases of forced labor compelled through debt "
        "bondage or threats of deportation. It did not investigate any cases of forced labor."
    )
    assert read(PROSECUTION, text) == [("investigations_labor_trafficking", 0, 2015)]


def test_a_count_another_clause_s_own_verb_governs_is_not_the_earlier_cue_s() -> None:
    """"While the government prosecuted and convicted other trafficking offenders during the
    year, courts held only one trafficking offender accountable with actual jail time in
    2011" (probe t, Luxembourg 2012) gave convictions 1: the count is the object of 'held'
    (jail time), whose clause has a subject of its own; one whose clause's verb is a cue
    stays ("…, courts convicted three traffickers")."""
    held = (
        "While the government prosecuted and convicted other trafficking offenders during the "
        "year, courts held only one trafficking offender accountable with actual jail time in 2011."
    )
    assert read(PROSECUTION, held, year=2012) == []
    convicted = held.replace("held only one trafficking offender accountable with actual jail time", "convicted three traffickers")
    assert read(PROSECUTION, convicted, year=2012) == [("convictions", 3, 2011)]


def test_persons_charged_in_a_case_not_yet_prosecuted_are_no_prosecutions() -> None:
    """"Although the government charged five suspects in 2004 for trafficking women using
    'artiste' visas, the case has yet to be prosecuted" (probe t, Luxembourg 2006) gave
    prosecutions 5: the text says the case was not prosecuted."""
    text = (
        "The government launched two new trafficking investigations in 2005. Although the "
        "government charged five suspects in 2004 for trafficking women using 'artiste' visas, "
        "the case has yet to be prosecuted."
    )
    assert read(PROSECUTION, text, year=2006) == [("investigations", 2, 2005)]
    charged = "The government charged five suspects in 2005."
    assert read(PROSECUTION, charged, year=2006) == [("prosecutions", 5, 2005)]


def test_an_estimated_count_is_no_figure_whatever_verb_follows() -> None:
    """"Only 46,570 out of an estimated 27 million victims of human trafficking were
    identified in 2012" (probe t, a news story on Morocco 2013) gave victims identified
    27,000,000: an estimate (and the world's) is no count."""
    text = 'The report concludes that "Only 46,570 out of an estimated 27 million victims of human trafficking were identified in 2012."'
    assert read(PROTECTION, text, year=2013) == []


def test_victims_one_investigation_identified_are_a_part_of_the_year_s() -> None:
    """"A joint investigation in September and October 2020 led to the identification of
    four labor trafficking victims" (probe t, Luxembourg 2021) gave a second labor
    trafficking victims count 4 beside the year's 6: one investigation's yield."""
    text = (
        "Authorities identified seven trafficking victims (six forced labor victims and one sex "
        "trafficking victim) in 2020. A joint investigation in September and October 2020 led to "
        "the identification of four labor trafficking victims."
    )
    assert read(PROTECTION, text, year=2021) == [
        ("victims_identified", 7, 2020),
        ("victims_labor_trafficking", 6, 2020),
        ("victims_sex_trafficking", 1, 2020),
    ]


def test_a_breakdown_gives_one_value_a_metric() -> None:
    """"10 investigations (four of forced labor, five of sex trafficking, and one of forced
    begging of a minor)" (probe t, Luxembourg 2019) gave labor trafficking investigations 4
    and 1 for one year: the part that names the form itself stands for it; when none or
    several do, no part of that metric is read."""
    text = (
        "In 2018, the government initiated 10 investigations (four of forced labor, five of sex "
        "trafficking, and one of forced begging of a minor)."
    )
    assert read(PROSECUTION, text, year=2019) == [
        ("investigations", 10, 2018),
        ("investigations_labor_trafficking", 4, 2018),
        ("investigations_sex_trafficking", 5, 2018),
    ]
    twice = "The government initiated 10 investigations (four of forced labor and six of labor exploitation)."
    assert read(PROSECUTION, twice, year=2019) == [("investigations", 10, 2018)]


def test_persons_convicted_for_a_form_with_no_noun_are_convictions() -> None:
    """"convicted seven for sex trafficking in 2018 (eight in 2017), and one for forced
    labor (zero in 2017)" (probe t, Luxembourg 2019) gave no convictions at all: a count a
    law-enforcement verb governs whose only words name a form counts persons."""
    text = (
        "The government initiated six new prosecutions (one in 2017) and convicted seven for sex "
        "trafficking in 2018 (eight in 2017), and one for forced labor (zero in 2017)."
    )
    assert read(PROSECUTION, text, year=2019) == [
        ("prosecutions", 6, 2018),
        ("prosecutions", 1, 2017),
        ("convictions_sex_trafficking", 7, 2018),
        ("convictions_sex_trafficking", 8, 2017),
        ("convictions_labor_trafficking", 1, 2018),
        ("convictions_labor_trafficking", 0, 2017),
    ]
