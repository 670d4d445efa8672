"""The vocabulary (str enums whose values are the contract strings) and what reading
one narrative gives: :class:`Report`, its sections, sentences, figures and verdicts,
and the :class:`Citation` of each sentence in its source.
"""

from __future__ import annotations

import copyreg
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

SCHEMA_VERSION = 1

# Reports travel between processes (a batch's workers): their read-only mappings are
# pickled as the dicts they wrap.
def _read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


copyreg.pickle(MappingProxyType, lambda proxy: (_read_only, (dict(proxy),)))


class SectionName(StrEnum):
    """The canonical sections of a country narrative (contract values)."""

    SUMMARY = "summary"
    RECOMMENDATIONS = "recommendations"
    PROSECUTION = "prosecution"
    PROTECTION = "protection"
    PREVENTION = "prevention"
    PROFILE = "profile"

    @property
    def label(self) -> str:
        """The section's name as a heading ("Trafficking profile")."""
        return _SECTION_TITLES[self]


_SECTION_TITLES = {
    SectionName.SUMMARY: "Summary",
    SectionName.RECOMMENDATIONS: "Recommendations",
    SectionName.PROSECUTION: "Prosecution",
    SectionName.PROTECTION: "Protection",
    SectionName.PREVENTION: "Prevention",
    SectionName.PROFILE: "Trafficking profile",
}

#: The order sections are shown in a brief (new-era order).
CANONICAL_ORDER: tuple[SectionName, ...] = tuple(SectionName)

#: The three "P" sections that open with an effort verdict.
P_SECTIONS: tuple[SectionName, ...] = (
    SectionName.PROSECUTION,
    SectionName.PROTECTION,
    SectionName.PREVENTION,
)


class Tier(StrEnum):
    """Tier placements; values are the canonical strings used in JSON."""

    TIER_1 = "Tier 1"
    TIER_2 = "Tier 2"
    TIER_2_WATCH_LIST = "Tier 2 Watch List"
    TIER_3 = "Tier 3"
    SPECIAL_CASE = "Special Case"

    @property
    def rank(self) -> int | None:
        """Higher is better; ``None`` for Special Case, which is outside the order."""
        return _TIER_RANK.get(self)


_TIER_RANK = {Tier.TIER_1: 4, Tier.TIER_2: 3, Tier.TIER_2_WATCH_LIST: 2, Tier.TIER_3: 1}


class Movement(StrEnum):
    """Direction of a tier or verdict change between two editions."""

    UPGRADE = "upgrade"
    DOWNGRADE = "downgrade"
    UNCHANGED = "unchanged"
    UNKNOWN = "unknown"


class ChangeKind(StrEnum):
    """What happened to one sentence between the editions."""

    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    #: one text holds it past the point where the other, an excerpt cut short, ends: it
    #: may be further on in the other edition, so it is neither added nor removed
    NOT_COMPARABLE = "not_comparable"


class SectionStatus(StrEnum):
    BOTH = "both"
    ONLY_OLD = "only_old"
    ONLY_NEW = "only_new"


class RecommendationStatus(StrEnum):
    CARRIED = "carried"
    REWORDED = "reworded"
    NEW = "new"
    DROPPED = "dropped"
    MERGED = "merged"
    SPLIT = "split"
    #: listed in one text while the other lists no recommendations at all: neither new
    #: nor dropped, since there is nothing to compare with
    NOT_COMPARABLE = "not_comparable"


class VerdictScale(StrEnum):
    """Which way an effort verdict points, in rank order (down < mixed < flat < up)."""

    DOWN = "down"
    MIXED = "mixed"
    FLAT = "flat"
    UP = "up"

    @property
    def rank(self) -> int:
        return _SCALE_RANK[self]


_SCALE_RANK = {scale: rank for rank, scale in enumerate(VerdictScale)}


class FoundBy(StrEnum):
    """How a section was recognised: by its heading or from its content."""

    HEADING = "heading"
    CONTENT = "content"


class FigureCheck(StrEnum):
    """A restated figure against the old edition's own value for that period."""

    CONSISTENT = "consistent"
    REVISED = "revised"


class HighlightKind(StrEnum):
    """What a line of a diff's "What changed" list is about."""

    TIER = "tier"
    VERDICT = "verdict"
    FIGURE = "figure"
    RECOMMENDATION = "recommendation"
    FLAG = "flag"  # something to check before trusting the rest
    COUNT = "count"


class FigureBasis(StrEnum):
    """What a :class:`FigureDelta` sets side by side."""

    EDITIONS = "editions"  # each edition's own figure (one side may be missing)
    NEW_EDITION = "new_edition"  # the new edition's own year-on-year: a prior value it restates → its own
    OLD_EDITION = "old_edition"  # the same within the old edition
    CHECK = "check"  # a prior value the new edition restates → the old edition's own (``check``)


class Op(StrEnum):
    """A word-level edit operation."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


# --------------------------------------------------------------------------- report


class Confidence(StrEnum):
    """How a metadata value was come by."""

    STATED = "stated"  # the text says it: the evidence is a quote from the text
    INFERRED = "inferred"  # worked out from the text: the evidence says from what
    UNKNOWN = "unknown"  # the text does not say it: the value is None


@dataclass(frozen=True, slots=True)
class Detected:
    """A detected metadata ``value``, the ``evidence`` it was read from (a quote from
    the text when ``stated``; what it was worked out from when ``inferred``) and its
    ``confidence``. A value of None is always ``unknown``."""

    value: Any
    evidence: str | None = None
    confidence: Confidence = Confidence.STATED

    def __post_init__(self) -> None:
        if self.value is None:
            object.__setattr__(self, "confidence", Confidence.UNKNOWN)
            object.__setattr__(self, "evidence", None)


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a sentence starts in its source file, for quoting the report.

    ``line`` is 1-based, counted in the file as given (before any unwrapping);
    ``page`` counts form feeds (``pdftotext`` pages), None when the source has none.
    """

    line: int
    page: int | None = None

    def __str__(self) -> str:
        return f"p. {self.page}" if self.page is not None else f"l. {self.line}"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "page": self.page}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the cleaned text.

    ``index`` is the sentence's position in the whole document, ``paragraph`` the
    document-wide index of its paragraph; both are what rebuild the text exactly.
    ``at`` is where it starts in the source (None when it could not be found there).
    """

    text: str
    index: int
    paragraph: int
    section: SectionName
    at: Citation | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the cleaned text: its document-wide ``index``, its ``sentences``
    and ``source_line``, the 1-based line of the input it starts on (as ingest numbered
    it; each sentence's own :class:`Citation` is the place to quote)."""

    index: int
    sentences: tuple[Sentence, ...]
    source_line: int | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Section:
    """One canonical section: its ``name``, its ``paragraphs``, the ``heading`` as
    written over it (None when none is) and how it was found (``found_by``). A special
    case's P sections stand under one heading that names none ("GOVERNMENT EFFORTS"): each
    is found from its content, the first with that heading."""

    name: SectionName
    paragraphs: tuple[Paragraph, ...]
    heading: str | None = None
    found_by: FoundBy = FoundBy.HEADING

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure read from one sentence.

    ``metric`` comes from :data:`tipdiff.figures.METRICS`; ``period`` is the year the
    value refers to (the reporting year unless the text names another);
    ``unit`` is what is counted (``cases``, ``victims``, ``years`` …) or None for money,
    which carries ``currency`` instead (``USD``, ``manat`` …).
    """

    metric: str
    value: float
    unit: str | None
    currency: str | None
    period: int | None
    section: SectionName | None
    sentence: str
    sentence_index: int
    value_high: float | None = None  # upper bound of a range ("8 to 18 years")
    quote: str = ""  # the words the value was read from
    value_usd: float | None = None  # money: the dollar amount given with it ("($123,620)")
    restated: bool = False  # a value for an earlier period ("compared with 94 in 2022")
    at: Citation | None = None  # where its sentence starts in the source

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "value": json_number(self.value),
            "value_high": None if self.value_high is None else json_number(self.value_high),
            "unit": self.unit,
            "currency": self.currency,
            "value_usd": None if self.value_usd is None else json_number(self.value_usd),
            "period": self.period,
            "restated": self.restated,
            "section": None if self.section is None else str(self.section),
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "quote": self.quote,
            "at": citation_dict(self.at),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The effort verdict that opens a P section ("The government maintained …"): the
    ``section``, its normalised verb ``phrase`` ("modestly increased"), where that
    stands on the ``scale`` and the ``sentence`` it was read from."""

    section: SectionName
    phrase: str
    scale: VerdictScale
    sentence: str


def citation_dict(at: Citation | None) -> dict[str, Any] | None:
    """A citation as JSON (null when there is none)."""
    return None if at is None else at.to_dict()


def json_number(value: float) -> int | float:
    """A number for JSON: an int when it is whole (``12.0`` → ``12``)."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Report:
    """One edition's narrative of one country, split into canonical sections.

    ``text`` is the cleaned narrative: paragraphs joined by a blank line, sentences of
    a paragraph by one space. Headings and the title line are structure, kept on
    :class:`Section` and in ``title``, not in ``text``.
    """

    text: str
    sections: Mapping[SectionName, Section]
    recommendations: tuple[str, ...]
    country: str | None = None
    year: int | None = None
    tier: Tier | None = None
    evidence: Mapping[str, str | None] = field(default_factory=lambda: MappingProxyType({}))
    #: How each of ``country``, ``year`` and ``tier`` was come by (stated, inferred, unknown).
    confidence: Mapping[str, Confidence] = field(default_factory=lambda: MappingProxyType({}))
    figures: tuple[Figure, ...] = ()
    verdicts: Mapping[SectionName, Verdict] = field(
        default_factory=lambda: MappingProxyType({})
    )
    title: str | None = None
    source: str = "<text>"
    warnings: tuple[str, ...] = ()
    #: First and last page of the source the narrative stands on (whole editions read
    #: by :func:`tipdiff.load_edition` from text with form feeds), else None.
    pages: tuple[int, int] | None = None
    #: First and last line (1-based) of the source the narrative was read from.
    lines: tuple[int, int] | None = None
    #: The text ends mid-sentence (an excerpt cut off): its last sentence is kept in the
    #: text and the diff, but is no whole recommendation (the diff matches it only as the
    #: opening of the other edition's item), and a figure the cut may have broken ("… in
    #: 2002 and 2") is none.
    truncated: bool = False
    #: Where each recommendation starts in the source, in the order of ``recommendations``
    #: (empty when the citations were not looked up, None where one was not found).
    recommendations_at: tuple[Citation | None, ...] = ()

    def __repr__(self) -> str:
        tier = "tier unknown" if self.tier is None else str(self.tier)
        return (
            f"Report({self.country or 'country unknown'} {self.year or 'year unknown'}, {tier}, "
            f"{len(self.sections)} sections, {len(self.recommendations)} recommendations, "
            f"{len(self.figures)} figures)"
        )

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences in document order."""
        return tuple(
            sorted(
                (s for sec in self.sections.values() for s in sec.sentences),
                key=lambda s: s.index,
            )
        )

    @property
    def last_sentence(self) -> Sentence | None:
        """The text's last sentence: it ends the last paragraph of one section, so only
        those are looked at, not every sentence in order."""
        return max(
            (section.paragraphs[-1].sentences[-1] for section in self.sections.values()),
            key=lambda sentence: sentence.index,
            default=None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``tipdiff inspect --json`` (see the README)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "country": self.country,
            "year": self.year,
            "tier": None if self.tier is None else str(self.tier),
            "title": self.title,
            "evidence": dict(self.evidence),
            "confidence": {
                key: str(self.confidence.get(key, Confidence.UNKNOWN if value is None else Confidence.STATED))
                for key, value in (("country", self.country), ("year", self.year), ("tier", self.tier))
            },
            "sections": [
                {
                    "name": str(sec.name),
                    "heading": sec.heading,
                    "found_by": str(sec.found_by),
                    "paragraphs": [p.text for p in sec.paragraphs],
                }
                for sec in self.sections.values()
            ],
            "recommendations": list(self.recommendations),
            "recommendations_at": [citation_dict(at) for at in self.recommendations_at],
            "verdicts": {str(name): v.phrase for name, v in self.verdicts.items()},
            "figures": [f.to_dict() for f in self.figures],
            "warnings": list(self.warnings),
            "pages": None if self.pages is None else list(self.pages),
            "lines": None if self.lines is None else list(self.lines),
            "truncated": self.truncated,
        }
