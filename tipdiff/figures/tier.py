"""Tier movement between two editions, with the phrase of each edition that explains
its tier ("therefore Azerbaijan remained on Tier 2"); the tier words themselves are
:mod:`tipdiff.tiers`.
"""

from __future__ import annotations

import re

from ..model import Movement, Report, Tier, TierChange
from ..tiers import TIER_PLACEMENT_PHRASE, TIER_WORDS, canonical_tier, may_name_a_tier, stated_move

# Every verb of TIER_PLACEMENT_PHRASE ends on "on", "to" or "in" before its tier: a
# sentence without one is skipped before the phrase's slow search (its lazy subject is
# tried at every capital letter).
_ON_A_TIER = re.compile(rf"\b(?:on|to|in)\s+{TIER_WORDS}", re.IGNORECASE)


def tier_phrase(report: Report) -> str | None:
    """The words that explain a report's tier ("Azerbaijan remained on Tier 2")."""
    for sentence in report.sentences:
        if not may_name_a_tier(sentence.text) or not _ON_A_TIER.search(sentence.text):
            continue
        for match in TIER_PLACEMENT_PHRASE.finditer(sentence.text):
            if report.tier is None or canonical_tier(match.group("tier")) == report.tier:
                return match.group(0).strip()
    return None


def tier_movement(old: Tier | None, new: Tier | None) -> Movement:
    """How the tier moved (Special Case is outside the order: unknown)."""
    if old is None or new is None:
        return Movement.UNKNOWN
    if old == new:
        return Movement.UNCHANGED
    if old.rank is None or new.rank is None:
        return Movement.UNKNOWN
    return Movement.UPGRADE if new.rank > old.rank else Movement.DOWNGRADE


def tier_change(old: Report, new: Report) -> TierChange:
    """Tier movement between two editions, with the phrases that explain each tier."""
    return TierChange(
        old.tier,
        new.tier,
        tier_movement(old.tier, new.tier),
        tier_phrase(old) or old.evidence.get("tier"),
        tier_phrase(new) or new.evidence.get("tier"),
    )


_SAYS = {
    Movement.UPGRADE: "was upgraded to it",
    Movement.DOWNGRADE: "was downgraded to it",
    Movement.UNCHANGED: "remained on it",
}


def move_between(tier: TierChange) -> str | None:
    """What the new text says of its tier when that is not the move between the two
    texts, so an edition between them placed it otherwise: "was upgraded to it" (Tier 2
    Watch List in both), "remained on it" (Tier 1 → Tier 2); None when it agrees or
    says nothing."""
    said = stated_move(tier.new_evidence)
    if said is None or tier.movement not in _SAYS or said is tier.movement:
        return None
    return _SAYS[said]
