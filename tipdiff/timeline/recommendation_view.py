"""The timeline's recommendations table: the threads found in more than one edition as
rows of a matrix (one column per edition year), earlier wordings where they differ, and
the recommendations of one edition only listed under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..render.formatting import and_list
from .model import RecommendationThread, Timeline, Wording
from .threads import edition_key, word_list

__all__ = ["OnceGroup", "RecommendationsView", "ThreadView", "recommendations_view"]


@dataclass(frozen=True, slots=True)
class ThreadView:
    """A row of the recommendations matrix."""

    text: str
    summary: str
    cells: tuple[tuple[str, str], ...]  # (state, mark) per edition year
    earlier: tuple[tuple[str, str], ...]  # (where: "2018 #1, 2019 #2", wording)


@dataclass(frozen=True, slots=True)
class OnceGroup:
    """Recommendations found in one edition only, listed under that edition."""

    edition: str
    title: str
    items: tuple[Wording, ...]


_WIDE_MATRIX = 8  # more edition columns than this: compact marks, no n/a-only columns


def _matrix_columns(timeline: Timeline) -> tuple[tuple[int, ...], bool]:
    """The edition years shown as columns of the recommendations table, and whether the
    table is compact. Texts of one year share a column; undated texts have none (their
    share is in each summary). Years whose texts hold no recommendations keep their "n/a"
    column unless the table would be too wide."""
    years = sorted({e.year for e in timeline.editions if e.year is not None})
    with_recs = [
        y for y in years if any(e.year == y and e.has_recommendations for e in timeline.editions)
    ]
    if len(years) <= _WIDE_MATRIX:
        return tuple(years), False
    return tuple(with_recs), len(with_recs) > _WIDE_MATRIX


def _thread_view(
    thread: RecommendationThread, timeline: Timeline, columns: Sequence[int], compact: bool
) -> ThreadView:
    """One matrix row: the thread's mark in each column."""
    cells = []
    for year in columns:
        ranks: list[int] = []
        states = set()
        for edition, presence in zip(timeline.editions, thread.presence, strict=True):
            if edition.year == year:
                states.add(presence.state)
                ranks.extend(presence.ranks)
        if "present" in states:
            mark = "●" if compact else "● " + "+".join(f"#{r}" for r in ranks)
            cells.append(("present", mark))
        elif "absent" in states:
            cells.append(("absent", "○"))
        else:
            cells.append(("not_in_text", "n/a"))
    return ThreadView(thread.text, thread.summary, tuple(cells), _earlier(thread))


def _earlier(thread: RecommendationThread) -> tuple[tuple[str, str], ...]:
    """Each distinct earlier wording once, with where it appears ("2018 #1, 2019 #2")."""
    newest = word_list(thread.text)
    found: dict[tuple[str, ...], tuple[list[str], str]] = {}
    for wording in thread.wordings:
        words = tuple(word_list(wording.text))
        if list(words) == newest:
            continue
        places, _ = found.setdefault(words, ([], wording.text))
        places.append(f"{wording.edition} #{wording.rank}")
    return tuple((", ".join(places), text) for places, text in found.values())


def _once_groups(timeline: Timeline) -> tuple[OnceGroup, ...]:
    """Recommendations found in one edition only, grouped under it, in list order."""
    groups: dict[str, list[Wording]] = {}
    for thread in timeline.recommendations:
        if not thread.persistent:
            groups.setdefault(thread.summary, []).extend(thread.wordings)
    result = []
    for summary, items in groups.items():
        unique = {(w.edition, w.rank): w for w in items}
        ordered = sorted(unique.values(), key=lambda w: (w.edition, w.rank))
        title = f"{summary[0].upper()}{summary[1:]} ({len(ordered)})"
        result.append(OnceGroup(ordered[0].edition, title, tuple(ordered)))
    position = {e.label: e.index for e in timeline.editions}
    return tuple(sorted(result, key=lambda g: position.get(g.edition, 0)))


@dataclass(frozen=True, slots=True)
class RecommendationsView:
    """The recommendations part of the timeline page."""

    edition_labels: tuple[str, ...]  # the matrix's column headings
    persistent: tuple[ThreadView, ...]
    once: tuple[OnceGroup, ...]
    line: str
    note: str
    legend: str


def recommendations_view(timeline: Timeline) -> RecommendationsView:
    """The recommendations matrix, the single-edition lists and the lines around them."""
    columns, compact = _matrix_columns(timeline)
    persistent = tuple(
        _thread_view(t, timeline, columns, compact)
        for t in timeline.recommendations
        if t.persistent
    )
    return RecommendationsView(
        edition_labels=tuple(f"’{y % 100:02d}" if compact else str(y) for y in columns),
        persistent=persistent,
        once=_once_groups(timeline),
        line=_summary_line(timeline, len(persistent)),
        note=_left_out_note(timeline),
        legend=_legend(timeline, compact),
    )


def _summary_line(timeline: Timeline, persistent: int) -> str:
    if not timeline.recommendations:
        return "No edition lists recommendations."
    with_recommendations = len({edition_key(e) for e in timeline.editions if e.has_recommendations})
    return (
        f"{persistent} of {len(timeline.recommendations)} distinct recommendations appear "
        f"in more than one of the {with_recommendations} editions that list recommendations."
    )


def _left_out_note(timeline: Timeline) -> str:
    """Which editions list no recommendations (and so are left out of the counts)."""
    keys_with = {edition_key(e) for e in timeline.editions if e.has_recommendations}
    without = list(
        dict.fromkeys(
            str(e.year) if e.year is not None else e.label
            for e in timeline.editions
            if edition_key(e) not in keys_with
        )
    )
    if not (without and timeline.recommendations):
        return ""
    several = len(without) > 1
    return (
        f"Not in that text: the {and_list(without)} text{'s hold' if several else ' holds'} "
        f"no recommendations, so {'they are' if several else 'it is'} left out of the counts "
        "(marked n/a, never as a recommendation dropped)."
    )


def _legend(timeline: Timeline, compact: bool) -> str:
    return (
        ("● recommended" if compact else "● recommended, with its place in that edition’s list")
        + " · ○ not recommended in that edition"
        + ("" if compact else " · n/a the text holds no recommendations")
        + ". Wordings count as the same recommendation when the brief’s matcher links "
        "them from one edition to the next (carried, reworded, merged or split: weighted "
        f"word similarity at least {timeline.similarity_threshold:g}, the bodies they "
        "name compatible); earlier wordings are listed where they differ from the newest."
    )
