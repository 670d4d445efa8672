"""Tier movement between two editions, with the phrase of each edition that explains
its tier ("therefore Azerbaijan remained on Tier 2"); the tier words themselves are
:mod:`tipdiff.tiers`.
"""

from __future__ import annotations

from ..model import Movement, Report, TierChange
from ..tiers import MAY_NAME_A_TIER, TIER_PLACEMENT_PHRASE, canonical_tier


def tier_phrase(report: Report) -> str | None:
    """The words that explain a report's tier ("Azerbaijan remained on Tier 2")."""
    for sentence in report.sentences:
        if not MAY_NAME_A_TIER.search(sentence.text):
            continue
        for match in TIER_PLACEMENT_PHRASE.finditer(sentence.text):
            if report.tier is None or canonical_tier(match.group("tier")) == report.tier:
                return match.group(0).strip()
    return None


def tier_change(old: Report, new: Report) -> TierChange:
    """Tier movement between two editions (Special Case is outside the order)."""
    movement = Movement.UNKNOWN
    if old.tier is not None and new.tier is not None:
        if old.tier == new.tier:
            movement = Movement.UNCHANGED
        elif old.tier.rank is not None and new.tier.rank is not None:
            movement = Movement.UPGRADE if new.tier.rank > old.tier.rank else Movement.DOWNGRADE
    return TierChange(
        old.tier,
        new.tier,
        movement,
        tier_phrase(old) or old.evidence.get("tier"),
        tier_phrase(new) or new.evidence.get("tier"),
    )
