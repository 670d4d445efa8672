"""Recommendation threads: the recommendations of every edition clustered into threads
(one recommendation followed across editions), each with where it appears in words.

Two recommendations from different editions are linked when
:class:`difflib.SequenceMatcher` on their lowercased word lists gives a ratio of at least
the threshold; a thread is a connected group of links, so a recommendation split or
merged between editions stays in one thread. Editions whose text holds no
recommendations are left out of the counts; texts of one edition year count as one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Report
from .model import Edition, Presence, RecommendationThread, Wording

__all__ = ["edition_key", "recommendation_threads", "similarity", "word_list"]


def word_list(text: str) -> list[str]:
    """The lowercased words of ``text`` (hyphenated words and contractions kept whole)."""
    return re.findall(r"\w+(?:[-']\w+)*", text.lower())


def similarity(a: str, b: str) -> float:
    """How alike two recommendations are (older wording first): the SequenceMatcher
    ratio of their lowercased word lists, 1.0 identical, 0.0 nothing in common."""
    matcher = difflib.SequenceMatcher(None, word_list(a), word_list(b), autojunk=False)
    return matcher.ratio()


def edition_key(edition: Edition) -> tuple[bool, int]:
    """What counts as one edition: its year (texts of one year count once); an undated
    text counts on its own and sorts last."""
    if edition.year is None:
        return True, edition.index
    return False, edition.year


class _Listed(NamedTuple):
    """One recommendation as one edition lists it."""

    edition: Edition
    rank: int
    text: str


class _Clusters:
    """Disjoint sets of item numbers (union–find with path halving)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        """The representative of the cluster ``item`` is in."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        """Put ``b``'s cluster into ``a``'s."""
        self.parent[self.find(b)] = self.find(a)

    def groups(self) -> list[list[int]]:
        """The clusters, each in item order, ordered by their first item."""
        found: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())


def recommendation_threads(
    reports: Sequence[Report], editions: Sequence[Edition], threshold: float
) -> tuple[RecommendationThread, ...]:
    """Cluster every edition's recommendations into threads, most persistent first."""
    items = [
        _Listed(edition, rank, text)
        for report, edition in zip(reports, editions, strict=True)
        for rank, text in enumerate(report.recommendations, start=1)
    ]
    eligible = sorted({edition_key(e) for e in editions if e.has_recommendations})
    threads = [
        _thread([items[k] for k in members], editions, eligible)
        for members in _cluster(items, threshold)
    ]
    return tuple(sorted(threads, key=_thread_order))


def _cluster(items: Sequence[_Listed], threshold: float) -> list[list[int]]:
    """Link every two items of different editions that are alike enough; the groups."""
    words = [word_list(item.text) for item in items]
    clusters = _Clusters(len(items))
    for b in range(len(items)):  # items are in edition order: a is the older wording
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words[b])
        for a in range(b):
            if items[a].edition.index == items[b].edition.index:
                continue
            matcher.set_seq1(words[a])
            if (
                matcher.real_quick_ratio() >= threshold
                and matcher.quick_ratio() >= threshold
                and matcher.ratio() >= threshold
            ):
                clusters.join(a, b)
    return clusters.groups()


def _thread(
    members: Sequence[_Listed], editions: Sequence[Edition], eligible: Sequence[tuple[bool, int]]
) -> RecommendationThread:
    """One cluster as a thread: its newest wording and where it appears."""
    wordings = tuple(Wording(m.edition.label, m.rank, m.text) for m in members)
    present = sorted({m.edition.index for m in members})
    newest = max(present, key=lambda k: (editions[k].year is not None, k))
    text = next(m.text for m in members if m.edition.index == newest)
    presence = tuple(_presence(edition, members, present) for edition in editions)
    keys = sorted({edition_key(editions[k]) for k in present})
    return RecommendationThread(
        text=text,
        summary=_persistence(keys, eligible),
        editions=tuple(editions[k].label for k in present),
        count=len(keys),
        of=len(eligible),
        presence=presence,
        wordings=wordings,
    )


def _presence(edition: Edition, members: Sequence[_Listed], present: Sequence[int]) -> Presence:
    """Whether the thread is in ``edition`` (and at which places in its list)."""
    if edition.index in present:
        state = "present"
    elif edition.has_recommendations:
        state = "absent"
    else:
        state = "not_in_text"
    ranks = tuple(m.rank for m in members if m.edition.index == edition.index)
    return Presence(edition.label, state, ranks)


def _thread_order(thread: RecommendationThread) -> tuple[int, int, int, int]:
    """Most editions first; then the most recent; then the earliest to appear; then the
    place in the newest list."""
    first = next(k for k, p in enumerate(thread.presence) if p.state == "present")
    newest = max(k for k, p in enumerate(thread.presence) if p.state == "present")
    return -thread.count, -newest, first, min(thread.presence[newest].ranks)


def _persistence(present: Sequence[tuple[bool, int]], eligible: Sequence[tuple[bool, int]]) -> str:
    """Where a recommendation appears, in words ("recommended in every edition since
    2009", "in 2 of 4 editions (2009, 2023); not since 2023", "new in 2024")."""
    years = [year for undated, year in present if not undated]
    dated = [year for undated, year in eligible if not undated]
    undated = len(present) - len(years)
    if not years:
        return "only in an undated text" if undated == 1 else f"only in {undated} undated texts"
    labels = [str(year) for year in years]
    if len(dated) == 1:
        text = f"only in {labels[0]}"
    elif len(years) == 1:
        text = f"new in {labels[0]}" if years[0] == dated[-1] else f"only in {labels[0]}"
    elif years == [year for year in dated if year >= years[0]]:
        text = f"recommended in every edition since {labels[0]}"
        if years[0] != dated[0]:
            text += f" ({len(years)} of {len(dated)})"
    else:
        text = f"in {len(years)} of {len(dated)} editions ({', '.join(labels)})"
        if years[-1] != dated[-1]:
            text += f"; not since {labels[-1]}"
    if undated:
        text += f" (and in {undated} undated text{'s' if undated > 1 else ''})"
    return text
