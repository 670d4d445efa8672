"""Align readings found wrong by probe t (real excerpts, 2001–2025): what a list cut
short may still hold, and which sentences a section's change list pairs."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff.model import RecommendationStatus

_HEAD = (
    "SURIA: Tier 2\n\nThe Government of Suria does not fully meet the minimum standards for "
    "the elimination of trafficking but is making significant efforts to do so.\n\n"
    "RECOMMENDATIONS FOR SURIA\n\n"
)
_ITEMS = [
    "Increase investigations and prosecutions of sex and labor trafficking offenses",
    "strengthen efforts to identify trafficking victims among migrant workers",
    "strengthen the legal framework to protect victims from punishment",
    "develop formal policies to provide all victims robust protective services",
    "conduct law enforcement operations using victim-centric methods",
    "increase resources for investigative training for labor inspectors",
]


@pytest.mark.parametrize("cut_side", ["old", "new"])
def test_an_item_moved_up_does_not_stretch_a_cut_list_s_reach(cut_side: str) -> None:
    """The whole list's 6th item moved up to the cut list's 2nd; its 5th would stand
    after its 4th, where the cut list breaks off: not comparable, not dropped (or new);
    so is one inserted between two items both lists keep in order (probes w B1, v B5:
    the report reorders its items)."""
    first, second, third, fourth, fifth, sixth = _ITEMS
    inserted = "ratify the protocol on forced labor and amend the labor code accordingly"
    whole = _HEAD + "; ".join([first, second, inserted, third, fourth, fifth, sixth]) + ".\n"
    short = _HEAD + "; ".join([first, sixth, second, third, "develop formal policies to "])
    old, new = (short, whole) if cut_side == "old" else (whole, short)
    diff = tipdiff.compare(tipdiff.load(old), tipdiff.load(new))
    status = {(" ".join(m.old) or " ".join(m.new)).lower()[:20]: m.status for m in diff.recommendations}
    assert status[fifth[:20]] is RecommendationStatus.NOT_COMPARABLE
    assert status[inserted[:20]] is RecommendationStatus.NOT_COMPARABLE
    assert status[sixth[:20]] is RecommendationStatus.CARRIED
