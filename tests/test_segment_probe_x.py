"""Readings found wrong by probe x (real excerpts, weighted to early editions): a
recommendations lead-in naming the country with its article, a reworded recommendation
headlined as dropped, the 2007 "X should: …" list, and a site's chrome around a page."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff.align import match_recommendations
from tipdiff.model import RecommendationStatus, SectionName

_FINDING = (
    "The Government of {name} does not fully comply with the minimum standards for the "
    "elimination of trafficking. However, it is making significant efforts to do so.\n\n"
)
_ITEMS = (
    "Increase training and capacity building for investigators, prosecutors and judges; "
    "continue to foster partnerships with NGOs to improve the identification of victims; "
    "conduct a demand-reduction awareness campaign.\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "the Slovak Republic",
        "the Kyrgyz Republic",
        "the Democratic Republic of the Congo",
        "the Republic of Korea",
        "Slovakia",
    ],
)
def test_recommendations_for_a_country_named_with_its_article_open_the_list(name: str) -> None:
    """"Recommendations for the Slovak Republic:" run into its list is the recommendations
    section, as "Recommendations for Slovakia:" is (the 2008–2011 Slovakia narratives
    were read as having a prosecution section and no recommendation)."""
    text = f"{name.upper()} (Tier 2)\n\n" + _FINDING.format(name=name)
    text += f"Recommendations for {name}: " + _ITEMS
    narrative = tipdiff.load(text)
    assert list(narrative.sections) == [SectionName.SUMMARY, SectionName.RECOMMENDATIONS]
    assert len(narrative.recommendations) == 3


_TRAIN_OLD = (
    "Expand efforts to train law enforcement, particularly on investigative tactics, victim "
    "psychology, and applying Section 133."
)
_TRAIN_NEW = (
    "Expand efforts to train law enforcement, prosecutors, judges, and front-line personnel "
    "to understand different forms of trafficking."
)
_CARRIED = (
    "Encourage police and the labor inspectorate to investigate labor trafficking cases.",
    "Provide adequate availability of interpreters for victims.",
    "Increase efforts to proactively identify victims among migrant workers.",
)


def _statuses(old: list[str], new: list[str]) -> dict[tuple[str, str], RecommendationStatus]:
    """The status of each entry of matching ``old`` with ``new``, by its two sides' openings."""
    return {
        (" ".join(m.old)[:30], " ".join(m.new)[:30]): m.status
        for m in match_recommendations(old, new)
    }


def test_an_item_that_keeps_its_request_and_rewrites_the_rest_is_reworded() -> None:
    """Estonia 2019 #4 → 2020 #5 (probe x A3): the request ("Expand efforts to train law
    enforcement") kept, what follows rewritten: reworded, not one dropped and one new."""
    statuses = _statuses([*_CARRIED, _TRAIN_OLD], [_TRAIN_NEW, *_CARRIED])
    assert statuses[_TRAIN_OLD[:30], _TRAIN_NEW[:30]] is RecommendationStatus.REWORDED


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the action alone, which many items open with, is no request of its own
        (
            "Increase efforts to investigate and prosecute officials complicit in sex trafficking, "
            "including police officers.",
            "Increase efforts to investigate and prosecute forced labor cases in the agricultural "
            "and fishing sectors.",
        ),
        # two items of one list open with the request: which was rewritten is unknown
        (
            _TRAIN_OLD,
            _TRAIN_NEW,
        ),
    ],
)
def test_items_opening_alike_pair_only_on_one_request_both_lists_hold_once(
    old: str, new: str
) -> None:
    olds = [*_CARRIED, old]
    news = [*_CARRIED, new]
    if old == _TRAIN_OLD:
        news.append("Expand efforts to train law enforcement to screen migrants for indicators.")
    statuses = _statuses(olds, news)
    assert statuses[old[:30], ""] is RecommendationStatus.DROPPED
    assert statuses["", new[:30]] is RecommendationStatus.NEW


_MALI_2007 = (
    "MALI (Tier 2)\n\n"
    "Mali is a source, transit, and destination country for men, women, and children "
    "trafficked for the purposes of forced labor and commercial sexual exploitation.\n\n"
    "The Government of Mali does not fully comply with the minimum standards for the "
    "elimination of trafficking; however, it is making significant efforts to do so, despite "
    "limited resources. {lead} draft and pass a law prohibiting the trafficking of adults; "
    "increase efforts to investigate, arrest, prosecute, and convict traffickers; strengthen "
    "its crime data collection system; establish a national committee against trafficking as "
    "called for in its national action plan; and increase efforts to raise public awareness "
    "about trafficking.\n\n"
    "Prosecution\n\nThe Government of Mali demonstrated minimal anti-trafficking law "
    "enforcement efforts last year.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "To improve its response to trafficking, Mali should:",
        "Mali should:",
        "The Government of Mali should:",
        "The government should:",
    ],
)
def test_a_2007_list_after_the_country_should_is_its_recommendations(lead: str) -> None:
    """The 2007 summary ends on its list of recommendations, led in by the government or
    the country "should:" (probe x C: "Mali should: draft …; and increase …")."""
    narrative = tipdiff.load(_MALI_2007.format(lead=lead))
    assert len(narrative.recommendations) == 5
    assert narrative.recommendations[0] == "Draft and pass a law prohibiting the trafficking of adults"
    assert narrative.sections[SectionName.SUMMARY].text.endswith("despite limited resources.")


def test_a_should_in_running_prose_leads_in_no_list() -> None:
    """"… should" with no colon, or inside a sentence, is prose."""
    for lead in ("Mali should", "Officials agreed that Mali should:"):
        assert tipdiff.load(_MALI_2007.format(lead=lead)).recommendations == ()


def test_what_governments_should_do_is_no_country_s_list() -> None:
    """A page on the report introduces the minimum standards with "Governments should:"
    on a line of its own; no country is its subject, and no list of a country's
    recommendations follows (probe s: an NGO's page on Canada's 2003 placement)."""
    text = (
        "The minimum standards for the elimination of trafficking are summarised as follows:\n"
        "Governments should:\n"
        "The US government's 2003 report on Trafficking in Persons placed Canada in Tier 2. "
        "The Government of Canada does not fully comply with the minimum standards for the "
        "elimination of trafficking; however, it is making significant efforts to do so.\n"
    )
    narrative = tipdiff.load(text)
    assert narrative.recommendations == ()
    assert list(narrative.sections) == [SectionName.SUMMARY]
