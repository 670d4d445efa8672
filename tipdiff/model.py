"""The data model: frozen value objects passed from one pipeline stage to the next.

Only types live here. Every stage (ingest → segment → figures → align → render) reads
and returns these objects; none of them mutates one after it is built.
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
    """A detected metadata value, the phrase it was read from (a quote from the text
    when ``stated``; what it was worked out from when ``inferred``) and how sure it is.
    A value of None is always ``unknown``."""

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
    index: int
    sentences: tuple[Sentence, ...]
    source_line: int | None = None  # 1-based line of the original input it starts on

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Section:
    name: SectionName
    paragraphs: tuple[Paragraph, ...]
    heading: str | None = None  # the heading as written, or None when found from content
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
            "at": _citation_dict(self.at),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The effort verdict that opens a P section ("The government maintained …")."""

    section: SectionName
    phrase: str  # normalised verb phrase, e.g. "modestly increased"
    scale: VerdictScale
    sentence: str


def _citation_dict(at: Citation | None) -> dict[str, Any] | None:
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
    #: text and the diff, but read as no recommendation or figure.
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
            "recommendations_at": [_citation_dict(at) for at in self.recommendations_at],
            "verdicts": {str(name): v.phrase for name, v in self.verdicts.items()},
            "figures": [f.to_dict() for f in self.figures],
            "warnings": list(self.warnings),
            "pages": None if self.pages is None else list(self.pages),
            "lines": None if self.lines is None else list(self.lines),
            "truncated": self.truncated,
        }


# --------------------------------------------------------------------------- diff


@dataclass(frozen=True, slots=True)
class Change:
    """One sentence-level entry of a section diff.

    ``old``/``new`` are the sentences on each side (``None`` where absent). A merge or
    split pairs several sentences on one side: they are joined by a space in ``old_text``
    / ``new_text`` and listed in ``old``/``new``. ``ops`` are the word-level operations
    that turn the old text into the new one, marked exactly as the brief shows them
    (whole words, each deletion before its insertion, short unchanged islands joined):
    the EQUAL and DELETE texts joined give ``old_text`` exactly, EQUAL and INSERT give
    ``new_text`` (each word carries the whitespace after it; see
    :func:`tipdiff.align.word_ops`). ``similarity`` is the word
    similarity the pairing was made on (1 for unchanged, 0 for added / removed).
    """

    kind: ChangeKind
    old: tuple[Sentence, ...]
    new: tuple[Sentence, ...]
    ops: tuple[tuple[Op, str], ...]
    moved_from: SectionName | None = None
    similarity: float = 1.0

    @property
    def old_text(self) -> str | None:
        return " ".join(s.text for s in self.old) if self.old else None

    @property
    def new_text(self) -> str | None:
        return " ".join(s.text for s in self.new) if self.new else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "old": self.old_text,
            "new": self.new_text,
            "ops": [[str(op), text] for op, text in self.ops],
            "moved_from": None if self.moved_from is None else str(self.moved_from),
            "similarity": round(self.similarity, 3),
            "old_index": [s.index for s in self.old],
            "new_index": [s.index for s in self.new],
            "old_at": _citation_dict(self.old_at),
            "new_at": _citation_dict(self.new_at),
        }

    @property
    def old_at(self) -> Citation | None:
        """Where the change starts in the old source (None for an added sentence)."""
        return self.old[0].at if self.old else None

    @property
    def new_at(self) -> Citation | None:
        """Where the change starts in the new source (None for a removed sentence)."""
        return self.new[0].at if self.new else None


@dataclass(frozen=True, slots=True)
class SectionStats:
    unchanged: int = 0
    reworded: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0
    words_changed_share: float = 0.0  # share of the section's words inserted or deleted

    @property
    def total_changes(self) -> int:
        return self.reworded + self.added + self.removed + self.moved

    def to_dict(self) -> dict[str, Any]:
        return {
            "unchanged": self.unchanged,
            "reworded": self.reworded,
            "added": self.added,
            "removed": self.removed,
            "moved": self.moved,
            "words_changed_share": round(self.words_changed_share, 4),
        }


@dataclass(frozen=True, slots=True)
class VerdictChange:
    old: Verdict | None
    new: Verdict | None
    movement: Movement

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": None if self.old is None else self.old.phrase,
            "new": None if self.new is None else self.new.phrase,
            "old_scale": None if self.old is None else str(self.old.scale),
            "new_scale": None if self.new is None else str(self.new.scale),
            "movement": str(self.movement),
        }


@dataclass(frozen=True, slots=True)
class SectionDiff:
    name: SectionName
    status: SectionStatus
    changes: tuple[Change, ...]
    stats: SectionStats
    verdict: VerdictChange | None = None  # only for the P sections
    reason: str | None = None  # why a section is on one side only

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": str(self.name),
            "status": str(self.status),
            "reason": self.reason,
            "verdict": None if self.verdict is None else self.verdict.to_dict(),
            "stats": self.stats.to_dict(),
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(frozen=True, slots=True)
class RecommendationMatch:
    status: RecommendationStatus
    old: tuple[str, ...]
    new: tuple[str, ...]
    old_rank: tuple[int, ...]  # 1-based positions in the old list
    new_rank: tuple[int, ...]
    ops: tuple[tuple[Op, str], ...] = ()
    similarity: float = 1.0
    #: Where each of ``old`` and ``new`` starts in its source (None where not found).
    old_at: tuple[Citation | None, ...] = ()
    new_at: tuple[Citation | None, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": str(self.status),
            "old": list(self.old),
            "new": list(self.new),
            "old_rank": self.old_rank[0] if len(self.old_rank) == 1 else list(self.old_rank) or None,
            "new_rank": self.new_rank[0] if len(self.new_rank) == 1 else list(self.new_rank) or None,
            "ops": [[str(op), text] for op, text in self.ops],
            "similarity": round(self.similarity, 3),
            "old_at": [_citation_dict(at) for at in self.old_at],
            "new_at": [_citation_dict(at) for at in self.new_at],
        }


@dataclass(frozen=True, slots=True)
class TierChange:
    old: Tier | None
    new: Tier | None
    movement: Movement
    old_evidence: str | None = None
    new_evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": None if self.old is None else str(self.old),
            "new": None if self.new is None else str(self.new),
            "movement": str(self.movement),
            "old_evidence": self.old_evidence,
            "new_evidence": self.new_evidence,
        }


@dataclass(frozen=True, slots=True)
class FigureDelta:
    """One metric for one period, old edition against new.

    ``basis`` says which two figures ``old`` and ``new`` are (:class:`FigureBasis`): by
    default the old edition's own figure and the new edition's; within one edition, a
    prior-period value it restates and its own. ``check`` is the cross-check of a
    prior-period value the new edition restates: ``"consistent"``, ``"revised"`` (the
    new edition states another value for a period the old edition reported) or
    ``None`` when there is nothing to check.
    """

    metric: str
    period: int | None
    old: Figure | None
    new: Figure | None
    check: FigureCheck | None = None
    basis: FigureBasis = FigureBasis.EDITIONS

    @property
    def delta(self) -> float | None:
        """New minus old; None when a side is missing or either is a range."""
        if self.old is None or self.new is None:
            return None
        if self.old.value_high is not None or self.new.value_high is not None:
            return None
        return self.new.value - self.old.value

    @property
    def percent(self) -> float | None:
        delta = self.delta
        if delta is None or self.old is None or self.old.value == 0:
            return None
        return 100.0 * delta / self.old.value

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta
        percent = self.percent
        reference = self.new or self.old
        return {
            "metric": self.metric,
            "period": self.period,
            "old": None if self.old is None else json_number(self.old.value),
            "new": None if self.new is None else json_number(self.new.value),
            "old_period": None if self.old is None else self.old.period,
            "new_period": None if self.new is None else self.new.period,
            "unit": None if reference is None else reference.unit,
            "currency": None if reference is None else reference.currency,
            "delta": None if delta is None else json_number(delta),
            "percent": None if percent is None else round(percent, 1),
            "check": None if self.check is None else str(self.check),
            "basis": str(self.basis),
            **_side_dict("old", self.old),
            **_side_dict("new", self.new),
        }


def _side_dict(side: str, figure: Figure | None) -> dict[str, Any]:
    """What a figure row says of one side beyond its value: range end, dollars, and
    the sentence it was read from and where that is."""

    def number(value: float | None) -> int | float | None:
        return None if value is None else json_number(value)

    return {
        f"{side}_value_high": None if figure is None else number(figure.value_high),
        f"{side}_value_usd": None if figure is None else number(figure.value_usd),
        f"{side}_sentence": None if figure is None else figure.sentence,
        f"{side}_at": None if figure is None else _citation_dict(figure.at),
    }


@dataclass(frozen=True, slots=True)
class Highlight:
    """One line of the news a diff tells, in words every output shows alike.

    ``movement`` is the direction of a tier, verdict or figure line (None otherwise);
    ``at`` cites the new edition's sentence behind it, where there is one.
    """

    kind: HighlightKind
    text: str
    movement: Movement | None = None
    at: Citation | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "text": self.text,
            "movement": None if self.movement is None else str(self.movement),
            "at": _citation_dict(self.at),
        }


@dataclass(frozen=True, slots=True)
class DiffCounts:
    """What a brief counts, computed once so the brief, the index and ``summary.json``
    agree: changed sentences by kind in the sections both texts contain (the
    recommendations section is left to the recommendation matching when there is one),
    and recommendations by status."""

    sentences: Mapping[ChangeKind, int]
    recommendations: Mapping[RecommendationStatus, int]
    shared_sections: int  # sections both texts contain

    @property
    def changed_sentences(self) -> int:
        return sum(n for kind, n in self.sentences.items() if kind is not ChangeKind.UNCHANGED)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed_sentences": self.changed_sentences,
            "sentences": {str(k): n for k, n in self.sentences.items()},
            "recommendations": {str(k): n for k, n in self.recommendations.items()},
        }


@dataclass(frozen=True, slots=True)
class ReportDiff:
    """Everything that changed between two editions, and everything that did not."""

    old: Report
    new: Report
    tier: TierChange
    sections: tuple[SectionDiff, ...]
    recommendations: tuple[RecommendationMatch, ...]
    figures: tuple[FigureDelta, ...]
    warnings: tuple[str, ...] = ()
    #: "What changed": 3–7 lines of news built from the diff itself (tier, verdicts,
    #: the largest like-for-like figure moves, new and dropped recommendations, flags).
    highlights: tuple[Highlight, ...] = ()

    def __repr__(self) -> str:
        country = self.new.country or self.old.country or "country unknown"
        tiers = f"{self.tier.old or 'unknown'} → {self.tier.new or 'unknown'}"
        changes = self.counts().changed_sentences
        return (
            f"ReportDiff({country} {self.old.year or '?'}→{self.new.year or '?'}: {tiers}, "
            f"{changes} change{'' if changes == 1 else 's'})"
        )

    def section(self, name: str) -> SectionDiff | None:
        """The diff of one canonical section, or None when neither side has it."""
        for sec in self.sections:
            if sec.name == name:
                return sec
        return None

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for sec in self.sections for c in sec.changes)

    def counts(self) -> DiffCounts:
        """The counts the brief shows (see :class:`DiffCounts`)."""
        shared = [
            sec
            for sec in self.sections
            if sec.status is SectionStatus.BOTH
            and not (self.recommendations and sec.name is SectionName.RECOMMENDATIONS)
        ]
        sentences = {
            ChangeKind.UNCHANGED: sum(s.stats.unchanged for s in shared),
            ChangeKind.REWORDED: sum(s.stats.reworded for s in shared),
            ChangeKind.ADDED: sum(s.stats.added for s in shared),
            ChangeKind.REMOVED: sum(s.stats.removed for s in shared),
            ChangeKind.MOVED: sum(s.stats.moved for s in shared),
        }
        statuses = {status: 0 for status in RecommendationStatus}
        for match in self.recommendations:
            statuses[match.status] += 1
        return DiffCounts(
            MappingProxyType(sentences), MappingProxyType(statuses), len(shared)
        )

    def reconstruct(self, side: str) -> str:
        """Rebuild the old or the new cleaned text exactly from the sentence entries."""
        if side not in ("old", "new"):
            raise ValueError(f"side must be 'old' or 'new', not {side!r}")
        sentences = sorted(
            {s.index: s for c in self.changes for s in getattr(c, side)}.values(),
            key=lambda s: s.index,
        )
        parts: list[str] = []
        previous: Sentence | None = None
        for sentence in sentences:
            if previous is not None:
                parts.append(" " if sentence.paragraph == previous.paragraph else "\n\n")
            parts.append(sentence.text)
            previous = sentence
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``tipdiff compare --format json`` (see the README)."""

        def side(report: Report) -> dict[str, Any]:
            return {
                "country": report.country,
                "year": report.year,
                "tier": None if report.tier is None else str(report.tier),
                "source": report.source,
            }

        return {
            "schema_version": SCHEMA_VERSION,
            "old": side(self.old),
            "new": side(self.new),
            "tier": self.tier.to_dict(),
            "highlights": [h.to_dict() for h in self.highlights],
            "sections": [s.to_dict() for s in self.sections],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "figures": [f.to_dict() for f in self.figures],
            "warnings": list(self.warnings),
        }
