"""Key figures the probes t and e4 found wrong or missed (real excerpts, reworded to
fictional places): numbers that are not the metric they were read as, and counts that
were not read at all."""

from __future__ import annotations

from tipdiff.figures import extract
from tipdiff.model import Report, SectionName, Tier
from tipdiff.segment import SectionBlock, build_report

PROSECUTION = SectionName.PROSECUTION
PROTECTION = SectionName.PROTECTION

Read = tuple[str, float, int | None]


def report_of(section: SectionName, text: str, *, year: int | None = 2016) -> Report:
    block = SectionBlock(section, (text,))
    report = build_report([block], recommendations=(), year=year, country="Testland", tier=Tier.TIER_2)
    return extract(report)


def read(section: SectionName, text: str, *, year: int | None = 2016) -> list[Read]:
    return [(f.metric, f.value, f.period) for f in report_of(section, text, year=year).figures]


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
