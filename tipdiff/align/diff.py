"""The report diff: two Reports → :class:`~tipdiff.model.ReportDiff` (:func:`compare_reports`).

Matches the recommendations, runs the aligner, builds each section's changes and
statistics (the recommendations section's sentences paired as the matching pairs their
items, :mod:`.list_sentences`), compares tier, effort verdicts and key figures (:mod:`tipdiff.figures`)
and warns about comparisons that do not read forward in time or are not of one country,
all with the cyclic garbage collector paused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
from collections.abc import Iterator, Sequence

from .. import figures
from ..model import (
    CANONICAL_ORDER,
    P_SECTIONS,
    Change,
    ChangeKind,
    Citation,
    RecommendationMatch,
    RecommendationStatus,
    Report,
    ReportDiff,
    SectionDiff,
    SectionName,
    SectionStatus,
)
from .aligner import _Aligner
from .changes import _change, _section_changes, _sentences_past_the_cut, _stats
from .cut_items import cut_item, opens
from .highlights import highlights
from .list_sentences import paired_as_items
from .recommendations import _match as _match_recommendations
from .thresholds import RECOMMENDATION_THRESHOLD
from .words import _WordOps

logger = logging.getLogger(__name__)


def _label(report: Report, other: Report, side: str) -> str:
    """How the reasons name a text: by its edition year when the two years differ."""
    if report.year is not None and report.year != other.year:
        return f"the {report.year} text"
    return f"the {side} text"


def _doubts(old: Report, new: Report, sections: Sequence[SectionDiff]) -> list[str]:
    """What makes the diff itself doubtful: editions reversed or equal, the same text
    twice (or one narrative under two edition years), two countries (also flagged among
    the diff's highlights)."""
    doubts: list[str] = []
    if old.year is not None and new.year is not None:
        if old.year > new.year:
            doubts.append(
                f"editions reversed: the old text is the {old.year} edition and the new one "
                f"the {new.year} edition; swap them to read the changes forward in time"
            )
        elif old.year == new.year:
            doubts.append(
                f"both texts are the {old.year} edition: the diff shows how two copies "
                "differ, not what changed between editions"
            )
    if old.text == new.text:
        doubts.append("the two texts are the same: there is nothing to compare")
    if old.year is not None and new.year is not None and old.year != new.year and _word_for_word(sections):
        # Editions a year or more apart always reword something: one label is wrong.
        doubts.append(
            f"the {old.year} and {new.year} texts are word for word the same narrative: "
            "one of them is probably labelled with the wrong edition year"
        )
    if old.country and new.country and old.country.casefold() != new.country.casefold():
        doubts.append(
            f"different countries: the old text is about {old.country}, "
            f"the new one about {new.country}"
        )
    return doubts


#: Sentences two texts must share, none changed, to be called one narrative: fewer
#: (a heading and a tier line) are shared by any two editions' openings.
_WORD_FOR_WORD = 5


def _word_for_word(sections: Sequence[SectionDiff]) -> bool:
    """True when every sentence the two texts both reach reads the same (one text's cut
    last sentence may stop short of the other's), and at least ``_WORD_FOR_WORD`` do."""
    same = 0
    for change in (c for s in sections for c in s.changes):
        if change.kind is ChangeKind.UNCHANGED:
            same += 1
        elif change.kind is not ChangeKind.NOT_COMPARABLE and not _cut_short_of(change):
            return False
    return same >= _WORD_FOR_WORD


def _cut_short_of(change: Change) -> bool:
    """True for a pair whose one side is the other's opening, its last word perhaps cut
    too: a text cut mid-sentence (case, punctuation and a list's bullet aside)."""
    old, new = change.old_text, change.new_text
    if not (old and new):
        return False
    return opens(old, new) or opens(new, old)


def _missing_sections(old: Report, new: Report) -> list[str]:
    """The sections one text has and the other lacks, one warning per text."""
    warnings: list[str] = []
    for report, other, side in ((old, new, "old"), (new, old, "new")):
        missing = [
            str(n) for n in CANONICAL_ORDER if n in other.sections and n not in report.sections
        ]
        if missing:
            plural = "s" if len(missing) > 1 else ""
            warnings.append(
                f"{_label(report, other, side)} has no {', '.join(missing)} section{plural}"
            )
    return warnings


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, restoring its previous state after.

    A comparison allocates hundreds of thousands of small, acyclic objects; the
    collector's full passes over them (and over both Reports) cost a fifth of the time
    and free nothing that reference counting does not.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cited(
    matches: Sequence[RecommendationMatch], old: Report, new: Report
) -> tuple[RecommendationMatch, ...]:
    """The matches with where each recommendation is in its source (a list's cut item,
    one past its last, where the text's cut-off last sentence is)."""

    def at(report: Report, ranks: tuple[int, ...]) -> tuple[Citation | None, ...]:
        known = report.recommendations_at
        last = report.last_sentence
        cut = cut_item_rank(report)
        return tuple(
            (last.at if last is not None else None) if rank == cut
            else known[rank - 1] if rank <= len(known) else None
            for rank in ranks
        )  # fmt: skip

    return tuple(
        dataclasses.replace(m, old_at=at(old, m.old_rank), new_at=at(new, m.new_rank))
        for m in matches
    )


def list_cut_short(report: Report) -> bool:
    """True when the text ends mid-sentence inside its recommendations list (an excerpt
    cut off there): what the list held after the cut is not known."""
    last = report.last_sentence
    return report.truncated and last is not None and last.section is SectionName.RECOMMENDATIONS


def cut_item_rank(report: Report) -> int | None:
    """The rank a list's broken-off last item is matched under, one past its list's last
    item (its place in the text), when the text ends inside its list; else None."""
    return len(report.recommendations) + 1 if list_cut_short(report) else None


def _cut_item(report: Report) -> str | None:
    """The item a list cut short breaks off in (:func:`~.cut_items.cut_item`), when the
    list holds whole items before it (else there is no list to compare it in)."""
    last = report.last_sentence
    if last is None or not report.recommendations or not list_cut_short(report):
        return None
    return cut_item(last.text, report.recommendations)


def _past_the_cut(
    matches: Sequence[RecommendationMatch], old: Report, new: Report
) -> tuple[RecommendationMatch, ...]:
    """The matches with an item the other list, cut short, may have held after its cut
    marked not comparable: an old item missing from a new list cut short is not known to
    be dropped, nor a new one missing from an old list cut short to be new, wherever the
    items both lists hold place it (the report reorders its items)."""

    def past(m: RecommendationMatch) -> bool:
        if m.status is RecommendationStatus.DROPPED:
            return list_cut_short(new)
        if m.status is RecommendationStatus.NEW:
            return list_cut_short(old)
        return False

    return tuple(
        dataclasses.replace(m, status=RecommendationStatus.NOT_COMPARABLE) if past(m) else m
        for m in matches
    )


def _lists_compared(old: Report, new: Report) -> bool:
    """Whether the recommendation matching reads the lists of a section both texts have:
    its sentences are then paired as their items are (:mod:`.list_sentences`), so that
    the section and the recommendation table say one thing."""
    name = SectionName.RECOMMENDATIONS
    listed = bool(old.recommendations or new.recommendations)
    return listed and name in old.sections and name in new.sections


def _items(report: Report, cut: str | None) -> tuple[str, ...]:
    """A list's items by rank, the item its text breaks off in one past its last."""
    return (*report.recommendations, cut) if cut else report.recommendations


def compare_reports(old: Report, new: Report) -> ReportDiff:
    """Compare two editions: sections, sentences, words, recommendations and figures."""
    with _collector_paused():
        return _compare(old, new)


def _compare(old: Report, new: Report) -> ReportDiff:
    aligner = _Aligner(old, new)
    word_ops = _WordOps()
    cut = (_cut_item(old), _cut_item(new))
    recommendations = _cited(
        _past_the_cut(
            _match_recommendations(
                old.recommendations,
                new.recommendations,
                RECOMMENDATION_THRESHOLD,
                aligner.comparison_words,
                word_ops,
                cut,
            ),
            old,
            new,
        ),
        old,
        new,
    )
    pairings = _sentences_past_the_cut(aligner.run(), aligner.old, aligner.new)
    if _lists_compared(old, new):
        items = (_items(old, cut[0]), _items(new, cut[1]))
        pairings = paired_as_items(pairings, aligner.old, aligner.new, items, recommendations)
    old_label = _label(old, new, "old")
    new_label = _label(new, old, "new")
    sections: list[SectionDiff] = []
    shown = _section_changes(pairings, aligner.old, aligner.new)
    for name in CANONICAL_ORDER:
        in_old, in_new = name in old.sections, name in new.sections
        if not in_old and not in_new:
            continue
        changes = tuple(_change(p, aligner.old, aligner.new, word_ops) for p in shown[name])
        status, reason = SectionStatus.BOTH, None
        if not in_new:
            status, reason = SectionStatus.ONLY_OLD, f"not in {new_label}"
        elif not in_old:
            status, reason = SectionStatus.ONLY_NEW, f"not in {old_label}"
        verdict = None
        if name in P_SECTIONS:
            verdict = figures.verdict_change(old.verdicts.get(name), new.verdicts.get(name))
        sections.append(SectionDiff(name, status, changes, _stats(changes), verdict, reason))
    doubts = _doubts(old, new, sections)
    warnings = doubts + _missing_sections(old, new)
    for warning in warnings:
        logger.info("compare: %s", warning)
    diff = ReportDiff(
        old=old,
        new=new,
        tier=figures.tier_change(old, new),
        sections=tuple(sections),
        recommendations=recommendations,
        figures=figures.compare_figures(old.figures, new.figures),
        warnings=tuple(warnings),
    )
    return dataclasses.replace(diff, highlights=highlights(diff, doubts))
