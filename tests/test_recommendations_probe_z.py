"""Recommendations as probe z read them (/tmp/s23/probe-z, A4 and B2): two items that
share only what their actions cover are no rewording; an item a text breaks off in is
shown as far as its cut reaches, never as the other edition's whole item."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff.align.recommendations import match_recommendations
from tipdiff.model import RecommendationStatus

_HEAD = (
    "TESTLAND: Tier 2\n\nThe Government of Testland does not fully meet the minimum "
    "standards for the elimination of trafficking but is making significant efforts to do "
    "so.\n\n"
)
#: a semicolon list whose text breaks off after "…; vigorously prosecute "
_CUT_LIST = (
    _HEAD + "RECOMMENDATIONS FOR TESTLAND\n\nPublish the list of shelters for trafficking "
    "victims in the official gazette; train labor inspectors to identify forced labor; "
    "vigorously prosecute \n"
)
_WHOLE_LIST = (
    _HEAD + "PRIORITIZED RECOMMENDATIONS\n\nVigorously prosecute sex and labor traffickers "
    "and appropriately sentence convicted traffickers, including complicit officials. "
    "\u2022 Publish the list of shelters for trafficking victims in the official gazette. "
    "\u2022 Train labor inspectors to identify forced labor.\n"
)
_WHOLE_ITEM = "Vigorously prosecute sex and labor traffickers"


@pytest.mark.parametrize("cut_side", ["old", "new"])
def test_a_cut_stub_carried_over_shows_only_what_both_lists_hold(cut_side: str) -> None:
    """"…; vigorously prosecute" (the text ends there) opens the other edition's
    "Vigorously prosecute sex and labor traffickers …": carried over as far as the cut
    reaches, "Vigorously prosecute …", whichever edition is cut; the whole item would
    say both editions hold it."""
    cut = tipdiff.load(_CUT_LIST, year=2018 if cut_side == "old" else 2019)
    whole = tipdiff.load(_WHOLE_LIST, year=2019 if cut_side == "old" else 2018)
    diff = tipdiff.compare(cut, whole) if cut_side == "old" else tipdiff.compare(whole, cut)
    statuses = [m.status for m in diff.recommendations]
    assert statuses.count(RecommendationStatus.CARRIED) == 3  # the stub among them
    brief = tipdiff.render_markdown(diff)
    carried = brief.split("Carried over unchanged")[1].split("<details>")[0]
    assert "Vigorously prosecute …" in carried and "Publish the list" in carried
    assert _WHOLE_ITEM not in carried
    html = tipdiff.render_html(diff)
    assert _WHOLE_ITEM not in html.split('class="carried-list"')[1].split("</ol>")[0]


def test_actions_named_only_as_what_another_word_covers_pair_no_requests() -> None:
    """"Fully implement the prosecution and protection provisions in the 2015 law" and
    "Improve and expand the collection of prosecution and victim protection data" ask
    for a law carried out and for data: "prosecution and protection" names what the
    provisions and the data cover, no request the two share, so they are not one
    recommendation reworded."""
    old = [
        "Enter lists of enforcement and protection officers and shelters for trafficking "
        "victims in the official gazette in order for the law to be fully operational",
        "Fully implement the prosecution and protection provisions in the 2015 "
        "anti-trafficking law",
    ]
    new = [
        "Vigorously prosecute sex and labor traffickers and appropriately sentence convicted "
        "traffickers under the 2015 law, including government officials complicit in such "
        "crimes.",
        "Improve and expand the collection of prosecution and victim protection data for "
        "trafficking cases.",
        "Develop formal guidelines to identify trafficking victims, especially among "
        "vulnerable populations, ensure victims are protected from further exploitation, "
        "and refer them to available services.",
    ]
    matches = match_recommendations(old, new)
    assert not [m for m in matches if m.old_rank == (2,) and m.new_rank == (2,)]
    assert [m.status for m in matches if m.old_rank == (2,)] == [RecommendationStatus.DROPPED]
