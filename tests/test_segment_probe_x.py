"""Readings found wrong by probe x (real excerpts, weighted to early editions): a
recommendations lead-in naming the country with its article, a reworded recommendation
headlined as dropped, the 2007 "X should: …" list, and a site's chrome around a page."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff import metadata
from tipdiff.align import match_recommendations
from tipdiff.model import RecommendationStatus, SectionName, Tier

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


_LIBERIA_NEWS = (
    "date 2021-07-05 Monrovia — The United States State Department 2021 Trafficking in Persons "
    "Report reveals that the Government of Liberia does not fully meet the minimum standards for "
    "the elimination of trafficking but is making significant efforts to do so. Therefore, "
    "Liberia was downgraded to Tier 2 Watch List.\n"
)


def test_the_edition_with_its_publisher_as_the_subject_states_its_year() -> None:
    """"The United States State Department 2021 Trafficking in Persons Report reveals …"
    (allafrica, probe x B1): 2021, with no "does not state its year" warning."""
    narrative = tipdiff.load(_LIBERIA_NEWS)
    assert narrative.year == 2021
    assert metadata.NO_EDITION_YEAR not in narrative.warnings


_YUMPU = (
    "15.01.2014 Views\n\n"
    "2007 Trafficking in Persons Report - Center for Women Policy Studies\n\n"
    "SHOW MORE\nSHOW LESS\n\n"
    "Turn your PDF publications into a flip-book with our e-Paper software.\n\n"
    "servitude and sexual exploitation. Boys are trafficked<br />\n\n"
    "primarily for forced labor in agriculture and gold<br />\n\n"
    "mines and for forced begging.<br />\n\n"
    "The Government of Mali does not fully comply with<br />\n\n"
    "the minimum standards for the elimination of trafficking;<br />\n\n"
    "however, it is making significant efforts to do<br />\n\n"
    "so, despite limited resources.<br />\n"
)


def test_a_page_title_with_its_site_s_name_run_into_the_text_is_chrome_and_states_the_year() -> None:
    """A PDF's page copied as HTML runs the site's header into the narrative's first
    paragraph (yumpu, probe x B1): the page's title gives the edition, and the header is
    no sentence of the narrative, which resumes after its last full stop."""
    narrative = tipdiff.load(_YUMPU)
    assert narrative.year == 2007
    assert "Views" not in narrative.text and "Policy Studies" not in narrative.text
    assert narrative.text.startswith("servitude and sexual exploitation. Boys are trafficked")


def test_a_page_s_pointer_to_the_report_below_ends_its_introduction() -> None:
    """An NGO's page: its own lead, then "Read the report in full below:", then the
    narrative (probe x B1): neither of the first two is the narrative's summary."""
    text = (
        "The US Department of State issued their annual trafficking in persons report "
        "yesterday and determined that Ireland would remain on the tier two watchlist.\n"
        "Read the report in full below:\n"
        "The Government of Ireland does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so. Therefore "
        "Ireland remained on Tier 2 Watch List for the second consecutive year.\n"
    )
    narrative = tipdiff.load(text)
    summary = narrative.sections[SectionName.SUMMARY]
    assert summary.sentences[0].text.startswith("The Government of Ireland")
    assert "below" not in narrative.text
    assert narrative.tier is Tier.TIER_2_WATCH_LIST
