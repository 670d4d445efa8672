"""One section's text read up to its figures: what the probes' figure tests read."""

from __future__ import annotations

from tipdiff.figures import extract
from tipdiff.model import Report, SectionName, Tier
from tipdiff.segment import SectionBlock, build_report

PROSECUTION = SectionName.PROSECUTION
PROTECTION = SectionName.PROTECTION

#: A figure as the tests compare it: (metric, value, period).
Read = tuple[str, float, int | None]


def report_of(section: SectionName, text: str, *, year: int | None) -> Report:
    """``text`` as the one section of a Testland report of edition ``year``, its figures read."""
    block = SectionBlock(section, (text,))
    report = build_report([block], recommendations=(), year=year, country="Testland", tier=Tier.TIER_2)
    return extract(report)


def read(section: SectionName, text: str, *, year: int | None) -> list[Read]:
    """The figures of ``text`` read as a section of edition ``year``."""
    return [(f.metric, f.value, f.period) for f in report_of(section, text, year=year).figures]
