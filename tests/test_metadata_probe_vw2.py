"""Readings found wrong by probes v, w and e5 (real excerpts and saved pages): an edition
year news states by citing the report, or a page's title run into its site's chrome."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff import metadata

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
