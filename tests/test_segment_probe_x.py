"""Readings found wrong by probe x (real excerpts, weighted to early editions): a
recommendations lead-in naming the country with its article, a reworded recommendation
headlined as dropped, the 2007 "X should: …" list, and a site's chrome around a page."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff.model import SectionName

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

