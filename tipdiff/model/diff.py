"""What comparing two Reports gives: :class:`ReportDiff` and its parts (changes,
section statistics, verdict and tier changes, recommendation matches, figure deltas,
highlights and the counts a brief shows)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .report import (
    SCHEMA_VERSION,
    ChangeKind,
    Citation,
    Figure,
    FigureBasis,
    FigureCheck,
    HighlightKind,
    Movement,
    Op,
    RecommendationStatus,
    Report,
    SectionName,
    SectionStatus,
    Sentence,
    Tier,
    Verdict,
    citation_dict,
    json_number,
)


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
            "old_at": citation_dict(self.old_at),
            "new_at": citation_dict(self.new_at),
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
    """How many sentences of a section are unchanged, reworded, added, removed, moved
    or not comparable (past the other text's cut), and ``words_changed_share``, the
    share of its compared words inserted or deleted."""

    unchanged: int = 0
    reworded: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0
    words_changed_share: float = 0.0
    not_comparable: int = 0

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
            "not_comparable": self.not_comparable,
            "words_changed_share": round(self.words_changed_share, 4),
        }


@dataclass(frozen=True, slots=True)
class VerdictChange:
    """A P section's effort verdict in each edition (None where it states none) and
    which way it moved on the verdict scale."""

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
    """One section compared: ``status`` (in both texts or one), its ``changes`` in
    document order, their ``stats``, the ``verdict`` change (P sections only) and the
    ``reason`` a section is on one side only."""

    name: SectionName
    status: SectionStatus
    changes: tuple[Change, ...]
    stats: SectionStats
    verdict: VerdictChange | None = None
    reason: str | None = None

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
    """One pairing of the recommendation lists: its ``status``, the ``old`` and ``new``
    texts (several for a merge or a split) with their 1-based places in each list
    (``old_rank``, ``new_rank``), the word ``ops`` of a rewording, the ``similarity``
    of the pairing and where each text is in its source (``old_at``, ``new_at``)."""

    status: RecommendationStatus
    old: tuple[str, ...]
    new: tuple[str, ...]
    old_rank: tuple[int, ...]
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
            "old_at": [citation_dict(at) for at in self.old_at],
            "new_at": [citation_dict(at) for at in self.new_at],
        }


@dataclass(frozen=True, slots=True)
class TierChange:
    """The tier of each edition (None where the text states none), which way it moved,
    and the phrase each tier was read from (``old_evidence``, ``new_evidence``)."""

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
    def worded_differently(self) -> bool:
        """True when the two sides name their count differently (victims in one edition,
        potential victims in the other): checked as one count, they may be two."""
        return self.old is not None and self.new is not None and self.old.metric != self.new.metric

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
        f"{side}_at": None if figure is None else citation_dict(figure.at),
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
            "at": citation_dict(self.at),
        }


#: The sentence kinds a count of changes leaves out.
_NOT_CHANGES = frozenset({ChangeKind.UNCHANGED, ChangeKind.NOT_COMPARABLE})


@dataclass(frozen=True, slots=True)
class DiffCounts:
    """What a brief counts, computed once so the brief, the index and ``summary.json``
    agree: changed sentences by kind in the sections both texts contain (the
    recommendations section is left to the recommendation matching when there is one),
    and recommendations by status."""

    sentences: Mapping[ChangeKind, int]
    recommendations: Mapping[RecommendationStatus, int]
    shared_sections: int

    @property
    def changed_sentences(self) -> int:
        return sum(n for kind, n in self.sentences.items() if kind not in _NOT_CHANGES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed_sentences": self.changed_sentences,
            "sentences": {str(k): n for k, n in self.sentences.items()},
            "recommendations": {str(k): n for k, n in self.recommendations.items()},
        }


@dataclass(frozen=True, slots=True)
class ReportDiff:
    """Everything that changed between two editions, and everything that did not: the
    two Reports, the ``tier`` change, each section's diff, the recommendation matches,
    the figure rows, the ``warnings`` a reader should know first and the
    ``highlights`` ("What changed")."""

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
            ChangeKind.NOT_COMPARABLE: sum(s.stats.not_comparable for s in shared),
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
