"""Metadata read from news and excerpts as probe t found them: an edition named as the
subject of a news sentence, "places X onto tier 2 Watch List", and a country's nationals
weighed against the country named as the place."""

from __future__ import annotations

import pytest

from tipdiff import metadata
from tipdiff.model import Confidence, Tier

_MOROCCO_2014 = (
    "Rabat- The US State Department in a report released June 20, 2014, cited Morocco as a "
    "source, transit, and destination country. The 2014 Trafficking in Persons Report "
    "prepared by the State Department’s Office To Monitor And Combat Trafficking In Persons "
    "has placed Morocco on the Tier 2 Watch List."
)
_MOROCCO_2013 = (
    "The U.S. State Department has recently released its annual report on human trafficking.\n\n"
    "The 2013 Trafficking in Persons Report which is based on global data tries to give a "
    "comprehensive picture of human trafficking around the world. The recent report places "
    "each country onto one of three tiers (tier 1, tier 2 and tier 3).\n\n"
    "The report places Morocco onto tier 2 Watch List."
)


@pytest.mark.parametrize(("news", "year"), [(_MOROCCO_2014, 2014), (_MOROCCO_2013, 2013)])
def test_news_whose_sentence_has_the_edition_as_its_subject_states_the_year(
    news: str, year: int
) -> None:
    """"The 2014 Trafficking in Persons Report … has placed Morocco on …": the story
    reports on that edition."""
    found = metadata.detect_year("", (), news)
    assert found.value == year and found.confidence is Confidence.STATED
    assert found.evidence is not None and found.evidence.startswith(f"The {year} Trafficking")


@pytest.mark.parametrize(
    "prose",
    [
        # an earlier edition cited inside a sentence, as narratives do
        "The government has not implemented this recommendation since the 2005 Trafficking "
        "in Persons Report.",
        # the edition's history in a clause set off by a comma
        "The 2013 Trafficking in Persons Report, which placed Morocco on Tier 3, is cited.",
    ],
)
def test_an_edition_cited_in_passing_states_no_year(prose: str) -> None:
    assert metadata.detect_year("", (), prose).value is None


def test_a_placement_onto_a_tier_in_lower_case_is_read() -> None:
    """"The report places Morocco onto tier 2 Watch List": "onto" places, and the tier's
    word may be lower case; "places each country onto one of three tiers" names none."""
    found = metadata.detect_tier("", _MOROCCO_2013, "Morocco", 2013)
    assert found.value is Tier.TIER_2_WATCH_LIST
    assert found.evidence == "The report places Morocco onto tier 2 Watch List"


def test_a_country_s_nationals_weigh_less_than_the_country_named_as_the_place() -> None:
    """A protection excerpt that screens "PRC nationals … upon arrival in Singapore" and
    refers victims to "the Singapore Police Force" is Singapore's."""
    text = (
        "Officials could refer potential victims to MOM and the Singapore Police Force. The "
        "government reported screening PRC nationals for trafficking indicators in the "
        "onboarding centers upon arrival in Singapore."
    )
    found = metadata.detect_country("", text)
    assert found.value == "Singapore" and found.confidence is Confidence.INFERRED


def test_a_country_named_only_for_its_nationals_is_still_read() -> None:
    text = "The government repatriated 27 Honduran nationals through its diplomatic missions."
    assert metadata.detect_country("", text).value == "Honduras"
