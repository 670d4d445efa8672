"""The timeline's result types: one country across several editions (editions, tier
history, figure series, recommendation threads, verdict rows), each with ``to_dict()``
for JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..align.thresholds import RECOMMENDATION_THRESHOLD
from ..model import Movement, SectionName, json_number

__all__ = [
    "SIMILARITY_THRESHOLD",
    "Edition",
    "FigurePoint",
    "FigureSeries",
    "Presence",
    "RecommendationThread",
    "Restatement",
    "TierEntry",
    "Timeline",
    "VerdictCell",
    "VerdictRow",
    "Wording",
]

#: Minimum similarity for two recommendations of consecutive editions to count as one:
#: the brief's own :data:`~tipdiff.align.RECOMMENDATION_THRESHOLD` (weighted word
#: similarity, named bodies compatible), so that a timeline and a brief agree.
SIMILARITY_THRESHOLD = RECOMMENDATION_THRESHOLD


@dataclass(frozen=True, slots=True)
class Edition:
    """One input text: its edition year and where it came from.

    ``label`` names the edition everywhere in the timeline: the year, or the year and
    the file name when two texts claim the same year, or "undated (file)".
    """

    index: int
    year: int | None
    label: str
    source: str
    country: str | None
    sections: tuple[SectionName, ...]
    has_recommendations: bool

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "label": self.label,
            "year": self.year,
            "source": self.source,
            "country": self.country,
            "sections": [str(s) for s in self.sections],
            "has_recommendations": self.has_recommendations,
        }


@dataclass(frozen=True, slots=True)
class TierEntry:
    """The tier one edition states, and how it moved since the last edition stating one.

    ``movement`` is None for an edition that states no tier and for the first one that
    does; ``since`` is the label of the edition it is compared with.
    """

    edition: str
    year: int | None
    tier: str | None
    movement: Movement | None
    previous: str | None
    since: str | None
    evidence: str | None

    @property
    def label(self) -> str:
        """The tier, or "unknown" when the text states none."""
        return self.tier or "unknown"

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "edition": self.edition,
            "year": self.year,
            "tier": self.tier,
            "movement": None if self.movement is None else str(self.movement),
            "previous": self.previous,
            "since": self.since,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Restatement:
    """Another edition's value for a period the series already has a point for."""

    edition: str
    value: float
    value_high: float | None
    display: str
    restated: bool
    agrees: bool
    quote: str

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "edition": self.edition,
            "value": json_number(self.value),
            "value_high": None if self.value_high is None else json_number(self.value_high),
            "restated": self.restated,
            "agrees": self.agrees,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One year of a series: the value shown and the edition it comes from.

    ``restated`` marks a value an edition gives for an earlier period ("compared with
    94 in 2022") that fills a year no edition reports as its own. ``others`` are the
    other editions' statements for the same year (agreeing or revising).
    """

    period: int
    value: float
    value_high: float | None
    display: str
    edition: str
    restated: bool
    quote: str
    sentence: str
    others: tuple[Restatement, ...] = ()

    @property
    def revised(self) -> bool:
        """Whether another edition gives a different value for this period."""
        return any(not o.agrees for o in self.others)

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "period": self.period,
            "value": json_number(self.value),
            "value_high": None if self.value_high is None else json_number(self.value_high),
            "edition": self.edition,
            "restated": self.restated,
            "quote": self.quote,
            "sentence": self.sentence,
            "others": [o.to_dict() for o in self.others],
        }


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """One metric (in one currency) over the years, oldest period first.

    ``editions`` lists every edition that states the metric, whether or not its value
    is the one plotted for that year.
    """

    metric: str
    label: str
    unit: str | None
    currency: str | None
    points: tuple[FigurePoint, ...]
    editions: tuple[str, ...]

    @property
    def key(self) -> str:
        """A stable identifier (``victims_identified``, ``ngo_funding-manat``)."""
        base = self.metric if not self.currency else f"{self.metric}-{self.currency}"
        return re.sub(r"[^a-z0-9_-]+", "-", base.lower()).strip("-") or "series"

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "metric": self.metric,
            "label": self.label,
            "unit": self.unit,
            "currency": self.currency,
            "editions": list(self.editions),
            "points": [p.to_dict() for p in self.points],
        }


@dataclass(frozen=True, slots=True)
class Wording:
    """One edition's wording of a recommendation and its 1-based place in the list."""

    edition: str
    rank: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {"edition": self.edition, "rank": self.rank, "text": self.text}


@dataclass(frozen=True, slots=True)
class Presence:
    """A recommendation in one edition: ``present``, ``absent`` or ``not_in_text``."""

    edition: str
    state: str
    ranks: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RecommendationThread:
    """A recommendation followed across editions (wordings the brief's matcher links
    from one edition to the next).

    ``text`` is the newest wording; ``summary`` says where it appears ("recommended in
    every edition since 2009", "in 3 of 5 editions (2015, 2023, 2024)").
    ``count``/``of`` count editions with recommendations only.
    """

    text: str
    summary: str
    editions: tuple[str, ...]
    count: int
    of: int
    presence: tuple[Presence, ...]
    wordings: tuple[Wording, ...]

    @property
    def persistent(self) -> bool:
        """Whether the recommendation appears in two or more editions."""
        return self.count >= 2

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "text": self.text,
            "summary": self.summary,
            "editions": list(self.editions),
            "count": self.count,
            "of": self.of,
            "not_in_text": [p.edition for p in self.presence if p.state == "not_in_text"],
            "wordings": [w.to_dict() for w in self.wordings],
        }


@dataclass(frozen=True, slots=True)
class VerdictCell:
    """The effort verdict of one P section in one edition (``phrase`` None if missing)."""

    section: SectionName
    phrase: str | None
    scale: str | None
    section_in_text: bool

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "phrase": self.phrase,
            "scale": self.scale,
            "section_in_text": self.section_in_text,
        }


@dataclass(frozen=True, slots=True)
class VerdictRow:
    """The effort verdicts of one edition, one cell per "P" section."""

    edition: str
    cells: tuple[VerdictCell, ...]

    def to_dict(self) -> dict[str, Any]:
        """As JSON-serialisable data."""
        return {
            "edition": self.edition,
            **{str(c.section): c.to_dict() for c in self.cells},
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """One country across several editions; see :func:`build_timeline`."""

    country: str
    editions: tuple[Edition, ...]
    tiers: tuple[TierEntry, ...]
    tier_path: str
    series: tuple[FigureSeries, ...]
    recommendations: tuple[RecommendationThread, ...]
    verdicts: tuple[VerdictRow, ...]
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    similarity_threshold: float = SIMILARITY_THRESHOLD

    @property
    def span(self) -> str:
        """``2009–2024`` (the dated editions), or ``undated``."""
        years = [e.year for e in self.editions if e.year is not None]
        if not years:
            return "undated"
        first, last = min(years), max(years)
        return str(first) if first == last else f"{first}–{last}"

    def series_for(self, metric: str) -> tuple[FigureSeries, ...]:
        """The series of one metric (one per currency for money)."""
        return tuple(s for s in self.series if s.metric == metric)

    def to_dict(self) -> dict[str, Any]:
        """The timeline as JSON-serialisable data."""
        return {
            "schema_version": 1,
            "country": self.country,
            "span": self.span,
            "editions": [e.to_dict() for e in self.editions],
            "tier_history": [t.to_dict() for t in self.tiers],
            "tier_path": self.tier_path,
            "figures": [s.to_dict() for s in self.series],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "recommendation_similarity": {
                "method": "tipdiff.align.match_recommendations between consecutive editions "
                "(carried, reworded, merged and split entries chained)",
                "threshold": self.similarity_threshold,
            },
            "verdicts": [v.to_dict() for v in self.verdicts],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }
