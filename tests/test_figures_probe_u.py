"""Key figures the probe u found wrong or missed (real excerpts, reworded to fictional
places): counts read as another metric, counts an organization or another noun is said
of, and zeros and totals that were not read at all."""

from __future__ import annotations

import functools

from tipdiff.model import SectionName

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section

read = functools.partial(read_section, year=2017)


def test_victims_a_second_verb_counts_without_a_noun_are_that_verb_s() -> None:
    """"referring 14 to social services in 2015" gave children identified 14 in 2015 and a
    false 14 -> 15 rise (probe u A1, Gabon 2017): a second verb that leaves out the noun of
    the victims right before it counts its own metric."""
    text = (
        "Officials identified at least 15 child labor trafficking victims and referred all 15 "
        "to social services, compared with identifying 20 victims and referring 14 to social "
        "services in 2015."
    )
    assert read(PROTECTION, text) == [
        ("victims_children_labor_trafficking", 15, 2016),
        ("victims_referred", 15, 2016),
        ("victims_identified", 20, 2015),
        ("victims_referred", 14, 2015),
    ]


def test_a_participle_describing_a_noun_is_not_the_verb_of_the_count_after() -> None:
    """"the traffickers convicted in absentia and extradition requests for two defendants
    charged with …" gave convictions 2 (probe u A2, Mauritania 2023): "convicted" describes
    the traffickers, and the two are the object of the requests, not persons charged."""
    text = (
        "Authorities issued arrest warrants for the traffickers convicted in absentia and "
        "extradition requests for two defendants charged with slavery crimes who fled the country."
    )
    assert read(PROSECUTION, text) == []


def test_persons_in_cases_are_the_cases_suspects_and_slaveholders_are_traffickers() -> None:
    """"investigated 19 suspects in three cases and prosecuted and convicted three
    slaveholders" gave investigations 19 only (probe u A4, Mauritania 2018)."""
    text = (
        "The government investigated 19 suspects in three cases and prosecuted and convicted "
        "three slaveholders."
    )
    assert read(PROSECUTION, text) == [
        ("suspects_investigated", 19, 2016),
        ("investigations", 3, 2016),
        ("prosecutions", 3, 2016),
        ("convictions", 3, 2016),
    ]


def test_what_an_international_organization_confirmed_is_no_identification() -> None:
    """"IOM confirmed that 2,000 men were trafficked to …" gave victims identified: men
    2,000 (probe u A7, Tajikistan 2006); "NGOs reported that police identified 30
    victims" stays the government's."""
    text = (
        "IOM confirmed that 2,000 men were trafficked to Farland to labor in construction. "
        "NGOs reported that police identified 30 victims."
    )
    assert read(PROTECTION, text) == [("victims_identified", 30, 2016)]


def test_zeros_of_victims_identified_crimes_investigated_and_one_offender_convicted() -> None:
    """Zeros a Tier 3 summary states (probe u B6, Chad, Gabon, Mauritania) were missed."""
    text = (
        "Officials investigated no trafficking crimes; did not identify any trafficking victims; "
        "and did not carry out any awareness activities. The government did not identify any "
        "trafficking victims or convict any traffickers for the second consecutive year. "
        "The government did not convict a trafficking offender or enact a proposed amendment."
    )
    assert read(SectionName.SUMMARY, text) == [
        ("investigations", 0, 2016),
        ("victims_identified", 0, 2016),
        ("victims_identified", 0, 2016),
        ("convictions", 0, 2016),
        ("convictions", 0, 2016),
    ]


def test_no_potential_victims_is_no_victims_and_a_screened_group_s_zero_is_not_the_year_s() -> None:
    """"did not identify any potential victims" (probe u, Mauritania 2021) is none of
    either; "screening the women … but did not identify any victims" after a raid (probe t,
    Singapore 2022) is a zero of those women only."""
    text = (
        "The government did not identify any potential victims of trafficking. Authorities "
        "raided 27 bars; the government reported screening the women for trafficking "
        "indicators but did not identify any victims."
    )
    assert read(PROTECTION, text) == [
        ("potential_victims_identified", 0, 2016),
        ("victims_identified", 0, 2016),
    ]


def test_a_total_of_persons_convicted_and_a_restated_count_with_its_own_verb() -> None:
    """"convicted a total of 10 traffickers in seven cases … an increase from nine
    traffickers convicted in 2013" gave no convictions (probe u B3, Dominican Republic
    2015): "a total of" is the count, not a part of one, and a restated count with a verb
    of its own after it is that verb's."""
    text = (
        "The government convicted a total of 10 traffickers in seven cases. This is an increase "
        "from nine traffickers convicted in 2013."
    )
    assert read(PROSECUTION, text, year=2015) == [("convictions", 10, 2014), ("convictions", 9, 2013)]
