"""Sentences that hold a role in a narrative: a P section's effort verdict and the tier
placement.

An edition opens its prosecution, protection and prevention sections with an effort
verdict and says where the country is placed ("Therefore Bhutan was downgraded to Tier
3."). The other edition's sentence in the same role, in the same section, is that
sentence rewritten however few words the two share ("The government maintained overall
efforts to prevent trafficking, …" → "The government increased efforts to prevent
trafficking."; "… was downgraded to Tier 3." → "… remained on Tier 2 Watch List for the
second consecutive year."). The figures stage has read both sentences
(:attr:`~tipdiff.model.Report.verdicts`, :func:`~tipdiff.figures.tier_phrase`); this
module finds where they stand among a side's sentences.
"""

from __future__ import annotations

from enum import StrEnum

from ..figures import tier_phrase
from ..model import Report, SectionName
from .sides import _Side


class Role(StrEnum):
    """What a sentence says for its edition."""

    VERDICT = "verdict"  # the effort verdict of a P section
    TIER = "tier"  # the tier placement


#: A role in one section: the other edition's sentence with the same key is its partner.
RoleKey = tuple[Role, SectionName]


def role_positions(side: _Side, report: Report) -> dict[RoleKey, int]:
    """The positions of ``side`` (``report``'s sentences) that hold a role, by role and
    section: the first sentence of each verdict's section with the verdict's words, and
    the first sentence holding the tier placement phrase."""
    found: dict[RoleKey, int] = {}
    for name, verdict in report.verdicts.items():
        for p in side.positions.get(name, ()):
            if side.sentences[p].text == verdict.sentence:
                found[(Role.VERDICT, name)] = p
                break
    phrase = tier_phrase(report)
    if phrase is not None:
        for p, sentence in enumerate(side.sentences):
            if phrase in sentence.text:
                found[(Role.TIER, side.section[p])] = p
                break
    return found
