"""Figures stage: tier, effort verdicts and key figures of a Report, and their changes.

(Interface in place; the extraction is being written — see issue 4.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .model import Figure, FigureDelta, Movement, Report, TierChange, Verdict, VerdictChange


def extract(report: Report) -> Report:
    """Return ``report`` with ``figures`` and ``verdicts`` filled in."""
    return dataclasses.replace(report)


def tier_change(old: Report, new: Report) -> TierChange:
    """Tier movement between two editions (Special Case is outside the order)."""
    movement = Movement.UNKNOWN
    if old.tier is not None and new.tier is not None:
        if old.tier == new.tier:
            movement = Movement.UNCHANGED
        elif old.tier.rank is not None and new.tier.rank is not None:
            movement = Movement.UPGRADE if new.tier.rank > old.tier.rank else Movement.DOWNGRADE
    return TierChange(old.tier, new.tier, movement, old.evidence.get("tier"), new.evidence.get("tier"))


def verdict_change(old: Verdict | None, new: Verdict | None) -> VerdictChange:
    """How one P section's effort verdict moved between editions."""
    return VerdictChange(old, new, Movement.UNKNOWN)


def compare_figures(old: Sequence[Figure], new: Sequence[Figure]) -> tuple[FigureDelta, ...]:
    """Pair the key figures of two editions by metric and period, with cross-checks."""
    return ()
