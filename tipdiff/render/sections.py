"""The brief's section parts: for each section, its verdict, counts and notices and the
changes a reader needs to see (rewordings as redlines, runs of added or removed
sentences, moves), with unchanged sentences only as context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import (
    P_SECTIONS,
    Change,
    ChangeKind,
    Op,
    ReportDiff,
    SectionDiff,
    SectionName,
    SectionStatus,
    Sentence,
)
from .formatting import citation_note, clip, plural, sentence_case, word_count
from .headline import VerdictLine, verdict_line
from .redlines import Run, redline

__all__ = [
    "ChangeItem",
    "RedlineCache",
    "SectionPart",
    "moved_out",
    "section_part",
    "unchanged_words",
]

_CONTEXT_WORDS = 14  # words of the sentence before an added or moved one, as context
_INLINE_LIMIT = 0.5  # above this share of changed words a rewrite is shown as two lines
_REWRITTEN = 0.25  # below this share of sentences with a counterpart: "largely rewritten"
_GENERIC_REASON = re.compile(
    r"^(?:the )?(?:section )?(?:is )?(?:not|missing) (?:in|from) the \S+ (?:text|edition|report)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One change as the brief shows it: a reworded or moved sentence (``runs``, shown
    inline or as two lines), or a run of consecutive added, removed or not comparable
    sentences (``paragraphs``, split where the source text starts a new paragraph)."""

    kind: str
    label: str
    runs: tuple[Run, ...] = ()
    inline: bool = True
    text: str = ""
    context: str = ""
    paragraphs: tuple[str, ...] = ()
    cite: str = ""  # where it is in each source ("2023 l. 12 · 2024 l. 15")


@dataclass(frozen=True, slots=True)
class SectionPart:
    """One section of the brief: its verdict, counts, notice and changes."""

    name: str
    title: str
    anchor: str
    status: str
    notice: str
    opening: str
    verdict: VerdictLine | None
    counts: str
    items: tuple[ChangeItem, ...]
    moved_out: str
    unchanged: int
    overview: str = ""


class RedlineCache:
    """The redline of each Change of one diff, computed on first use: a brief needs it
    for the change items and again for the share of text unchanged.

    Keyed by ``id``: hashing a Change would hash all its sentences and operations, and
    the diff keeps every Change alive while its brief is built.
    """

    def __init__(self) -> None:
        self._runs: dict[int, tuple[Run, ...]] = {}

    def __call__(self, change: Change) -> tuple[Run, ...]:
        runs = self._runs.get(id(change))
        if runs is None:
            runs = redline(change.old_text or "", change.new_text or "", change.ops)
            self._runs[id(change)] = runs
        return runs


def changed_share(runs: Sequence[Run]) -> float:
    """The larger of the shares of old words deleted and new words inserted."""
    count = {"equal": 0, "delete": 0, "insert": 0}
    for run in runs:
        count[run.op] += _words(run)
    old = count["equal"] + count["delete"]
    new = count["equal"] + count["insert"]
    return max(count["delete"] / old if old else 1.0, count["insert"] / new if new else 1.0)


def _words(run: Run) -> int:
    """How many words a run of :func:`~.redlines.redline` has: they are joined by single
    spaces, so counting the spaces is enough (and cheaper than splitting)."""
    return run.text.count(" ") + 1


# --------------------------------------------------------------------------- a section


def section_part(
    section: SectionDiff,
    moved: Mapping[SectionName, dict[SectionName, int]],
    editions: tuple[str, str],
    redlines: RedlineCache,
) -> SectionPart:
    """The part of the brief for one section; ``moved`` is :func:`moved_out`'s count."""
    name = SectionName(section.name)
    notice = opening = overview = ""
    items: tuple[ChangeItem, ...] = ()
    if section.status in (SectionStatus.ONLY_NEW, SectionStatus.ONLY_OLD):
        notice, opening = _one_sided(section, name, editions)
    else:
        items = _change_items(section, redlines, editions)
        overview = _overview(section, editions)
    reason = (section.reason or "").strip()
    if reason and not _GENERIC_REASON.match(reason):
        notice = f"{notice} {sentence_case(reason)}" if notice else sentence_case(reason)
    moved_text = ", ".join(
        f"{plural(n, 'sentence')} to {target.label}" for target, n in moved.get(name, {}).items()
    )
    verdict = verdict_line(name, section.verdict, section, editions) if name in P_SECTIONS else None
    if verdict is not None and not (verdict.old or verdict.new):
        verdict = None
    return SectionPart(
        name=str(name),
        title=name.label,
        anchor=f"section-{name}",
        status=str(section.status),
        notice=notice,
        opening=opening,
        verdict=verdict,
        counts=_count_line(section) if section.status == SectionStatus.BOTH else "",
        items=items,
        moved_out=f"Moved out: {moved_text} (shown there)." if moved_text else "",
        unchanged=section.stats.unchanged,
        overview=overview,
    )


def _one_sided(
    section: SectionDiff, name: SectionName, editions: tuple[str, str]
) -> tuple[str, str]:
    """``(notice, opening sentence)`` of a section only one text has."""
    old_edition, new_edition = editions
    sentences = [c.new_text or c.old_text or "" for c in section.changes]
    has, lacks = (
        (new_edition, old_edition) if section.status == SectionStatus.ONLY_NEW else editions
    )
    past_the_cut = all(c.kind is ChangeKind.NOT_COMPARABLE for c in section.changes)
    lacking = "is cut short before any" if past_the_cut else "has no"
    notice = (
        f"The {lacks} text {lacking} {name.label.lower()} section, so the "
        f"{plural(len(sentences), 'sentence')} of the {has} text cannot be compared."
    )
    return notice, sentences[0] if sentences else ""


def _count_line(section: SectionDiff) -> str:
    stats = section.stats
    parts = [
        (stats.reworded, "reworded"),
        (stats.added, "added"),
        (stats.removed, "removed"),
        (stats.moved, "moved in"),
        (stats.unchanged, "unchanged"),
        (stats.not_comparable, "not compared (past a cut)"),
    ]
    return " · ".join(f"{n} {label}" for n, label in parts if n)


def _overview(section: SectionDiff, editions: tuple[str, str]) -> str:
    """ "Largely rewritten …" for a section where few sentences have a counterpart."""
    stats = section.stats
    paired = stats.unchanged + stats.reworded + stats.moved
    total = paired + max(stats.added, stats.removed)
    if total < 8 or paired >= _REWRITTEN * total:
        return ""
    if paired == 0:
        counterparts = f"none of its {total} sentences has"
    else:
        counterparts = f"only {paired} of {total} sentences {'has' if paired == 1 else 'have'}"
    return (
        f"Largely rewritten between {editions[0]} and {editions[1]}: {counterparts} a counterpart in "
        "the other edition."
    )


# --------------------------------------------------------------------------- its changes


class _SentenceRun:
    """Consecutive added (or removed, or not comparable) sentences of one side, gathered
    into one item."""

    def __init__(self) -> None:
        self.kind = ChangeKind.ADDED
        self.new_side = True
        self.context = ""
        self.sentences: list[Sentence] = []

    def takes(self, change: Change) -> bool:
        """Whether ``change`` goes on this run (its kind and side), or the run is empty."""
        return not self.sentences or (self.kind, self.new_side) == (change.kind, not change.old)

    def add(self, change: Change, unchanged_before: str) -> None:
        """Add the sentences of a one-sided change (of the run's kind and side)."""
        if not self.sentences:
            self.kind, self.new_side = change.kind, not change.old
            self.context = unchanged_before if self.new_side else ""
        self.sentences.extend(change.new if self.new_side else change.old)

    def close(self, editions: tuple[str, str]) -> Iterable[ChangeItem]:
        """The run as one item (none when empty); the run starts again empty."""
        if self.sentences:
            edition, other = editions[::-1] if self.new_side else editions
            cite = citation_note((edition, self.sentences[0].at))
            if self.kind is ChangeKind.NOT_COMPARABLE:
                label = f"Past the end of the cut-short {other} text"
            else:
                label = "Added" if self.kind is ChangeKind.ADDED else "Removed"
            yield _sentence_block(str(self.kind), label, self.sentences, self.context, cite)
            self.sentences = []


_ONE_SIDED = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.NOT_COMPARABLE)


def _change_items(
    section: SectionDiff, redlines: RedlineCache, editions: tuple[str, str]
) -> tuple[ChangeItem, ...]:
    """The changes of a section shown in the brief (unchanged sentences only give context)."""
    items: list[ChangeItem] = []
    run = _SentenceRun()
    unchanged_before = ""  # the unchanged sentence just before, as context
    for change in section.changes:
        kind = change.kind
        if kind in _ONE_SIDED:
            if not run.takes(change):
                items.extend(run.close(editions))
            run.add(change, unchanged_before)
            unchanged_before = ""
            continue
        items.extend(run.close(editions))
        if kind == ChangeKind.UNCHANGED:
            unchanged_before = change.new_text or change.old_text or ""
            continue
        context = unchanged_before if kind == ChangeKind.MOVED else ""
        unchanged_before = ""
        cite = citation_note((editions[0], change.old_at), (editions[1], change.new_at))
        items.append(_paired_item(change, section, context, cite, redlines))
    items.extend(run.close(editions))
    return tuple(items)


def _paired_item(
    change: Change, section: SectionDiff, context: str, cite: str, redlines: RedlineCache
) -> ChangeItem:
    """A reworded, merged, split or moved sentence: its redline (or its text, when a
    sentence moved unchanged)."""
    old_text, new_text = change.old_text or "", change.new_text or ""
    if change.kind == ChangeKind.MOVED:
        source = change.moved_from
        if source is None or source == section.name:
            label = f"Moved within {section.name.label}"
        else:
            label = f"Moved from {SectionName(source).label}"
        if old_text == new_text:
            return ChangeItem(
                "moved", label, text=new_text, context=_clip_context(context), cite=cite
            )
        label += " and reworded"
    else:
        label = "Reworded"
        if len(change.old) > 1:
            label = f"Merged ({len(change.old)} sentences into one)"
        elif len(change.new) > 1:
            label = f"Split (one sentence into {len(change.new)})"
    runs = redlines(change)
    inline = changed_share(runs) <= _INLINE_LIMIT
    return ChangeItem(
        str(change.kind), label, runs, inline, context=_clip_context(context), cite=cite
    )


def _sentence_block(
    kind: str, label: str, sentences: Sequence[Sentence], context: str, cite: str
) -> ChangeItem:
    """Consecutive sentences of one side as one item, paragraph breaks kept."""
    paragraphs: list[list[str]] = []
    previous: int | None = None
    for sentence in sentences:
        if previous is None or sentence.paragraph != previous:
            paragraphs.append([])
        paragraphs[-1].append(sentence.text)
        previous = sentence.paragraph
    texts = tuple(" ".join(p) for p in paragraphs)
    if len(sentences) > 1:
        label = f"{label} · {len(sentences)} sentences"
    return ChangeItem(
        kind,
        label,
        text=" ".join(texts),
        context=_clip_context(context),
        paragraphs=texts,
        cite=cite,
    )


def _clip_context(text: str) -> str:
    """The unchanged sentence before a change, cut short to give context."""
    return clip(text, _CONTEXT_WORDS)


# --------------------------------------------------------------------------- across sections


def moved_out(sections: Iterable[SectionDiff]) -> dict[SectionName, dict[SectionName, int]]:
    """How many sentences moved out of each section, by the section they moved to."""
    counts: dict[SectionName, dict[SectionName, int]] = {}
    for section in sections:
        for change in section.changes:
            if (
                change.kind == ChangeKind.MOVED
                and change.moved_from is not None
                and change.moved_from != section.name
            ):
                source = counts.setdefault(SectionName(change.moved_from), {})
                source[SectionName(section.name)] = source.get(SectionName(section.name), 0) + 1
    return counts


def unchanged_words(diff: ReportDiff, redlines: RedlineCache) -> tuple[int, int, int, int]:
    """Words of the new text unchanged and in all, over every section and over the
    sections both texts contain: ``(kept, total, kept_both, total_both)`` (one pass)."""
    kept = total = kept_both = total_both = 0
    for section in diff.sections:
        both = section.status == SectionStatus.BOTH
        for change in section.changes:
            kind = change.kind
            if kind is ChangeKind.NOT_COMPARABLE:
                continue  # past the other text's cut: not compared
            # The words of each sentence, summed: what splitting the joined text counts.
            words = sum([word_count(s.text) for s in change.new])
            same = 0
            if kind == ChangeKind.UNCHANGED or (
                kind == ChangeKind.MOVED and change.old_text == change.new_text
            ):
                same = words
            elif kind in (ChangeKind.REWORDED, ChangeKind.MOVED):
                same = sum([_words(r) for r in redlines(change) if r.op is Op.EQUAL])
            kept, total = kept + same, total + words
            if both:
                kept_both, total_both = kept_both + same, total_both + words
    return kept, total, kept_both, total_both
