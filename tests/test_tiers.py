"""The tier vocabulary (tipdiff/tiers.py): one mapping of tier words for every stage."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff
from tipdiff import figures, metadata, tiers
from tipdiff.model import Tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Tier 1", Tier.TIER_1),
        ("TIER 1", Tier.TIER_1),
        ("Tier One", Tier.TIER_1),
        ("Tier 2", Tier.TIER_2),
        ("tier two", Tier.TIER_2),
        ("Tier  2", Tier.TIER_2),
        ("Tier 3", Tier.TIER_3),
        ("Tier Three", Tier.TIER_3),
        ("Tier 2 Watch List", Tier.TIER_2_WATCH_LIST),
        ("TIER 2 WATCH LIST", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 Watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 Watch-List", Tier.TIER_2_WATCH_LIST),
        ("Tier Two Watch List", Tier.TIER_2_WATCH_LIST),
        ("Tier Two Watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2\nWatch List", Tier.TIER_2_WATCH_LIST),
        ("Tier I", Tier.TIER_1),
        ("Tier II", Tier.TIER_2),
        ("Tier III", Tier.TIER_3),
        ("Tier II Watch List", Tier.TIER_2_WATCH_LIST),
        ("Special Case", Tier.SPECIAL_CASE),
        ("SPECIAL CASE", Tier.SPECIAL_CASE),
        ("Tier 9", None),
        ("Tier", None),
        ("Watch List", None),
        ("", None),
        ("Tier 2 Watch List countries", None),
    ],
)
def test_canonical_tier(text: str, tier: Tier | None) -> None:
    assert tiers.canonical_tier(text) is tier
    assert metadata.canonical_tier(text) is tier  # still importable where callers found it


@pytest.mark.parametrize("text", ["Tier in", "Tier Ireland", "tier iv"])
def test_tier_words_take_no_word_that_only_opens_with_a_numeral(text: str) -> None:
    """"Tier I" is a tier; "Tier in" (a tier in …) and "Tier Ireland" are not."""
    assert re.fullmatch(tiers.TIER_WORDS, text, re.I) is None
    assert re.match(tiers.TIER_WORDS + r"\b", text, re.I) is None


@pytest.mark.parametrize(
    "words",
    [
        "Tier 2 Watch List",
        "Tier 2 Watchlist",
        "Tier Two Watch List",
        "Tier 2 Watch-List",
        "Tier 2\u2013Watch List",
        "Tier 2 \u2014 Watch List",
    ],
)
def test_every_stage_reads_a_watch_list_placement_alike(words: str) -> None:
    sentence = f"Therefore, Testland remained on {words}."
    report = tipdiff.load("Testland is a source country for human trafficking victims. " + sentence)
    assert report.tier is Tier.TIER_2_WATCH_LIST  # metadata
    assert figures.tier_phrase(report) == f"Therefore, Testland remained on {words}"


@pytest.mark.parametrize(
    ("title", "tier"),
    [
        ("TESTLAND (Tier Two Watch List)", Tier.TIER_2_WATCH_LIST),
        ("TESTLAND: TIER 2 WATCHLIST", Tier.TIER_2_WATCH_LIST),
        ("Testland (Tier 2 Watch-List)", Tier.TIER_2_WATCH_LIST),
        ("TESTLAND: SPECIAL CASE", Tier.SPECIAL_CASE),
        ("Testland (Tier 1)", Tier.TIER_1),
    ],
)
def test_title_tier(title: str, tier: Tier) -> None:
    assert metadata.detect_tier(title, "").value is tier


_PLACEMENTS = st.sampled_from(
    [
        "therefore Moldova remained on Tier 2",
        "was downgraded to Tier 2 Watch List",
        "is placed on Special Case",
        "was moved to tier three",
        "upgraded to TIER ONE",
        "has been placed on Special  Case",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(max_size=40),
    placement=_PLACEMENTS,
    flips=st.lists(st.booleans(), min_size=40, max_size=40),
    twins=st.booleans(),
    after=st.text(max_size=40),
)
def test_the_cheap_tier_test_passes_every_placement_phrase(
    before: str, placement: str, flips: list[bool], twins: bool, after: str
) -> None:
    """may_name_a_tier spares a sentence the placement pattern only when the pattern
    cannot match: in any case, with the letters IGNORECASE takes for ASCII ones ("ſ")."""
    cased = "".join(c.upper() if flip else c for c, flip in zip(placement, flips, strict=False))
    cased += placement[len(flips) :]
    if twins:
        cased = cased.replace("s", "ſ").replace("k", "K")
    text = before + " " + cased + " " + after
    assert tiers.TIER_PLACEMENT_PHRASE.search(text)
    assert tiers.may_name_a_tier(text)
    assert not tiers.may_name_a_tier("The government remained at its level of efforts.")
