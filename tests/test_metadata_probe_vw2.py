"""Readings found wrong by probes v, w and e5 (real excerpts and saved pages): an edition
year news states by citing the report, or a page's title run into its site's chrome; a
country named by a page's title with the report's name; a site heading's tier the
narrative contradicts; a page on the report as a whole read as a country's narrative."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff import metadata
from tipdiff.errors import NotANarrativeError
from tipdiff.model import Tier

_FINDING = (
    "does not fully meet the minimum standards for the elimination of trafficking but is "
    "making significant efforts to do so."
)
_NEWS = (
    "Guyana has maintained its Tier 1 ranking in the latest US State Department report, and "
    "the government is lauded for identifying 216 trafficking victims. {cited} although the "
    "government met the minimum standards, it did not convict any traffickers. Guyana "
    "did not identify any victims among the vulnerable Haitian population.\n"
)


@pytest.mark.parametrize(
    ("cited", "year"),
    [
        ("However, the 2022 report pointed out that", 2022),
        ("“Guyana is a source country,” said the 2016 report, adding that", 2016),
        ("According to the 2019 TIP report,", 2019),
        # a story on the newest edition that cites an older one too: the newest
        ("The 2021 report noted that, and the 2022 Trafficking in Persons report says that", 2022),
    ],
)
def test_news_citing_the_report_with_a_verb_of_saying_states_its_edition(cited: str, year: int) -> None:
    narrative = tipdiff.load(_NEWS.format(cited=cited))
    assert narrative.year == year
    assert metadata.NO_EDITION_YEAR not in narrative.warnings


def test_an_edition_a_narrative_cites_for_its_history_is_not_its_own() -> None:
    """"the 2015 report" with no verb of saying is a narrative's history, no edition."""
    text = _NEWS.format(cited="As in the 2015 report, officials noted that")
    assert tipdiff.load(text).year is None


_CHROME = (
    "HomeReportsOffice to Monitor and Combat Trafficking in Persons2019 Trafficking in Persons "
    "Report...Belize hide 2019 Trafficking in Persons Report: {name} In this section / BELIZE: "
    "Tier 2 Watch List BELIZE: Tier 2 Watch List PRIORITIZED RECOMMENDATIONS PROSECUTION "
    "PROTECTION PREVENTION TRAFFICKING PROFILE BELIZE: Tier 2 Watch List The Government of "
    "Belize {finding} The government made key achievements during the reporting period; "
    "therefore Belize was upgraded to Tier 2 Watch List.\n"
)


def test_a_page_title_run_into_the_site_chrome_states_the_edition() -> None:
    """state.gov's navigation on one line with the page's title: 2019, as the same title on
    a line of its own gives."""
    narrative = tipdiff.load(_CHROME.format(name="Belize", finding=_FINDING))
    assert (narrative.year, narrative.evidence["year"]) == (2019, "2019 Trafficking in Persons Report: Belize")
    assert metadata.NO_EDITION_YEAR not in narrative.warnings


def test_the_report_s_name_run_in_before_no_country_is_no_title() -> None:
    narrative = tipdiff.load(_CHROME.format(name="the government", finding=_FINDING))
    assert narrative.year is None


_PROTECTION = (
    "The government made uneven protection efforts as it identified fewer victims. In 2022, "
    "the National Authority identified 560 victims, compared with 718 in 2021; 410 were "
    "foreign nationals from Algeria, Burkina Faso, Cameroon, Cote d’Ivoire, Guinea, Liberia "
    "and Niger.\n"
)


def test_a_page_title_naming_one_country_and_the_report_gives_its_country() -> None:
    text = f"Protection against human trafficking in Tunisia (TIP 2023)\n\n{_PROTECTION}"
    narrative = tipdiff.load(text)
    assert (narrative.country, narrative.evidence["country"]) == (
        "Tunisia",
        "Protection against human trafficking in Tunisia (TIP 2023)",
    )


def test_a_page_title_naming_two_countries_gives_neither() -> None:
    text = f"Trafficking from Tunisia to Italy (TIP 2023)\n\n{_PROTECTION}"
    assert tipdiff.load(text).country is None


_WATCH_LIST_BODY = (
    f"The Government of Equatorial Guinea {_FINDING} The government did not demonstrate overall "
    "increasing efforts; therefore Equatorial Guinea remained on Tier 2 Watch List for the "
    "third consecutive year.\n"
)


def test_a_site_heading_s_tier_the_narrative_contradicts_is_warned_of() -> None:
    """An ecoi heading "Equatorial Guinea (Tier 2)" over "remained on Tier 2 Watch List":
    the narrative's tier, and a warning that the heading says otherwise."""
    narrative = tipdiff.load(f"Equatorial Guinea (Tier 2)\n\n{_WATCH_LIST_BODY}")
    assert narrative.tier is Tier.TIER_2_WATCH_LIST
    assert any("the title says Tier 2 but the narrative says" in w for w in narrative.warnings)


def test_a_title_s_tier_cut_short_is_made_exact_without_a_warning() -> None:
    """"2017 TIP Report for Equatorial Guinea – Tier 2": a title cut short of its Watch
    List, not at odds with the narrative."""
    narrative = tipdiff.load(f"2017 TIP Report for Equatorial Guinea – Tier 2\n\n{_WATCH_LIST_BODY}")
    assert narrative.tier is Tier.TIER_2_WATCH_LIST
    assert not any("the title says" in w for w in narrative.warnings)


_RELEASE = (
    "Release of the 2024 Trafficking in Persons Report\n\nPress Statement\n\nJune 24, 2024\n\n"
    "The United States today released the 2024 Trafficking in Persons Report. Secretary "
    "Blinken said: “Traffickers exploit people in every country, including our own.” The "
    "report upgrades Montenegro to Tier 2 and places Mozambique on the Tier 2 Watch List. The "
    "Government of Bulgaria does not fully meet the minimum standards for the elimination of "
    "trafficking; therefore Bulgaria was downgraded to Tier 2 Watch List. {figures}\n"
)


@pytest.mark.parametrize(
    "figures",
    [
        "In 2023, governments reported 7,115 convictions and identified 133,943 victims.",
        "The report assesses 188 governments.",
    ],
)
def test_a_press_statement_on_the_report_is_no_country_s_narrative(figures: str) -> None:
    """A release quoting one country's finding among the report's global figures: no
    Bulgaria narrative."""
    with pytest.raises(NotANarrativeError, match="about the report as a whole"):
        tipdiff.load(_RELEASE.format(figures=figures))


def test_news_on_one_country_citing_the_report_s_reach_is_read() -> None:
    """News on one country that also says how many countries the report covers names that
    country again and again: a fragment of its narrative."""
    text = (
        "The State Department released the 2024 Trafficking in Persons Report, rating 188 "
        "countries and territories. South Korea was listed in the Tier 1 group. The Government "
        "of South Korea fully meets the minimum standards for the elimination of trafficking.\n"
    )
    narrative = tipdiff.load(text)
    assert (narrative.country, narrative.tier) == ("South Korea", Tier.TIER_1)


def test_a_section_counting_its_victims_countries_of_origin_is_read() -> None:
    """A Protection section that never names its country and counts where its victims come
    from ("from 14 countries") is a narrative's part, not a page on the whole report."""
    text = (
        "PROTECTION\n\nThe government maintained efforts to identify and protect victims. "
        "Authorities identified 120 trafficking victims from 14 countries, compared with 98 "
        "victims the previous year, and referred all of them to shelters run by NGOs.\n"
    )
    assert tipdiff.load(text, country="Malta").sections
