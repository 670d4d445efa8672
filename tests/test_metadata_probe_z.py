"""Readings found wrong by probe z (real excerpts): an edition year in a page title that
names the country between the year and the report's name, or in news of a country's
slide in the ranking; a country whose abbreviation another country's mention defines."""

from __future__ import annotations

import tipdiff
from tipdiff import metadata

_FINDING = (
    "The Government of Comoros does not fully meet the minimum standards for the "
    "elimination of trafficking and is not making significant efforts to do so; therefore "
    "Comoros remained on Tier 3. The government did not investigate any cases.\n"
)


def test_a_title_naming_the_country_before_the_report_states_its_edition() -> None:
    narrative = tipdiff.load(f"2019 Comoros Trafficking in Persons Report\n\n\n{_FINDING}")
    assert (narrative.country, narrative.year) == ("Comoros", 2019)


def test_running_text_with_the_edition_year_and_another_word_is_no_title() -> None:
    # the words between the year and the report's name must be a title's capitals
    narrative = tipdiff.load(
        "Palau news\n\nIn 2019 the Trafficking in Persons Report office met the minister. "
        "The government identified two victims in Palau and prosecuted one case in Palau.\n"
    )
    assert narrative.year != 2019


def test_news_of_a_slide_in_the_ranking_states_the_edition() -> None:
    narrative = tipdiff.load(
        "Palau slid down on the US 2021 Trafficking in Persons Report from Tier 1 to Tier 2 "
        "Watch List status. The annual report placed Palau on Tier 2 Watch List as opposed "
        "to previous reports of just Tier 2 ranking. Palau did not convict any traffickers.\n"
    )
    assert narrative.year == 2021
    assert metadata.NO_EDITION_YEAR not in narrative.warnings


def test_an_abbreviation_in_brackets_is_no_second_mention_of_a_foreign_country() -> None:
    text = (
        "The government identified 199 potential trafficking victims; 22 victims were Zambian "
        "nationals, while the other 177 were foreign nationals from Ethiopia, the "
        "Democratic Republic of the Congo (DRC), Burundi, and Malawi. The government "
        "repatriated three Zambian victims identified in Algeria, Belgium, and South "
        "Africa. Observers reported the Zambia Police Service conducted raids.\n"
    )
    assert tipdiff.load(text).country == "Zambia"
