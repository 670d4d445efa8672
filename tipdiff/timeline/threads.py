"""Recommendation threads: the recommendations of every edition joined into threads
(one recommendation followed across editions), each with where it appears in words.

Threads are built from the brief's own matcher (:func:`tipdiff.align.match_recommendations`),
run between *consecutive* editions that list recommendations: a carried, reworded, merged
or split entry links its old and new recommendations. A recommendation dropped and later
restated word for word (equal keys, which ``compare`` of those two editions would call
carried) is linked across the gap. A thread is a connected group of links, so a
recommendation split or merged between editions stays in one thread. The timeline thus
never claims "recommended in every edition since YEAR" on a link ``compare`` would not
make: that claim needs a link between every two consecutive editions of its span.
Editions whose text holds no recommendations are left out of the counts; texts of one
edition year count as one.

The matches of each consecutive pair may be passed in (``links``, keyed by the two
edition years): the archive stores them, so a timeline drawn from it matches nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..align import match_recommendations
from ..model import RecommendationMatch, RecommendationStatus, Report
from ..sentences import sentence_key
from .model import Edition, Presence, RecommendationThread, Wording

__all__ = ["Links", "edition_key", "recommendation_threads", "word_list"]

#: Recommendation matches between two editions, keyed by their (old, new) edition years.
Links = Mapping[tuple[int, int], Sequence[RecommendationMatch]]

#: The statuses that say an old and a new recommendation are one request.
_LINKING = frozenset(
    {
        RecommendationStatus.CARRIED,
        RecommendationStatus.REWORDED,
        RecommendationStatus.MERGED,
        RecommendationStatus.SPLIT,
    }
)


def word_list(text: str) -> list[str]:
    """The lowercased words of ``text`` (hyphenated words and contractions kept whole)."""
    return re.findall(r"\w+(?:[-']\w+)*", text.lower())


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
    reports: Sequence[Report],
    editions: Sequence[Edition],
    threshold: float,
    links: Links | None = None,
) -> tuple[RecommendationThread, ...]:
    """Join every edition's recommendations into threads, most persistent first."""
    items = [
        _Listed(edition, rank, text)
        for report, edition in zip(reports, editions, strict=True)
        for rank, text in enumerate(report.recommendations, start=1)
    ]
    eligible = sorted({edition_key(e) for e in editions if e.has_recommendations})
    joins = _joins(reports, editions, items, threshold, links or {})
    threads = [
        _thread([items[k] for k in members], editions, eligible, linked)
        for members, linked in _groups(len(items), joins, items)
    ]
    return tuple(sorted(threads, key=_thread_order))


def _joins(
    reports: Sequence[Report],
    editions: Sequence[Edition],
    items: Sequence[_Listed],
    threshold: float,
    links: Links,
) -> list[tuple[int, int]]:
    """The item pairs joined: the linking matches of each two consecutive editions that
    list recommendations, then word-for-word restatements across a gap."""
    first: dict[int, int] = {}  # edition index → item number of its first recommendation
    for k, item in enumerate(items):
        first.setdefault(item.edition.index, k - item.rank + 1)
    listing = [e.index for e in editions if e.has_recommendations]
    years = [e.year for e in editions]
    joins: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(listing):
        old, new = reports[a].recommendations, reports[b].recommendations
        matches = _stored(links, years, a, b, old, new)
        if matches is None:
            matches = match_recommendations(old, new, threshold=threshold)
        for match in matches:
            if match.status in _LINKING:
                joins += [
                    (first[a] + i - 1, first[b] + j - 1)
                    for i in match.old_rank
                    for j in match.new_rank
                ]
    return joins + _restated(items, listing, joins)


def _stored(
    links: Links,
    years: Sequence[int | None],
    a: int,
    b: int,
    old: Sequence[str],
    new: Sequence[str],
) -> Sequence[RecommendationMatch] | None:
    """The given matches of editions ``a`` → ``b``, when there are some for their two
    years (each year once among the editions) and they are of these very lists."""
    old_year, new_year = years[a], years[b]
    if old_year is None or new_year is None or years.count(old_year) + years.count(new_year) != 2:
        return None
    matches = links.get((old_year, new_year))
    if matches is None:
        return None
    fits = all(_fits(m.old_rank, m.old, old) and _fits(m.new_rank, m.new, new) for m in matches)
    return matches if fits else None


def _fits(ranks: Sequence[int], texts: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether ``texts`` are the items of ``listed`` at the 1-based ``ranks``."""
    return len(ranks) == len(texts) and all(
        0 < r <= len(listed) and listed[r - 1] == t for r, t in zip(ranks, texts, strict=True)
    )


def _restated(
    items: Sequence[_Listed], listing: Sequence[int], joins: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A recommendation the next edition does not carry on, joined to the nearest later
    one worded the same (equal keys) that continues nothing."""
    ends = {a for a, _ in joins}
    starts = {b for _, b in joins}
    step = {edition: k for k, edition in enumerate(listing)}
    waiting: dict[str, list[int]] = {}
    joined: list[tuple[int, int]] = []
    for k, item in enumerate(items):  # items are in edition order
        key = sentence_key(item.text).lstrip("*•·▪‣◦–- ").casefold()
        if k not in starts:
            for old in reversed(waiting.get(key, [])):
                if step[items[old].edition.index] + 1 < step[item.edition.index]:
                    joined.append((old, k))
                    waiting[key].remove(old)
                    break
        if k not in ends:
            waiting.setdefault(key, []).append(k)
    return joined


def _groups(
    size: int, joins: Sequence[tuple[int, int]], items: Sequence[_Listed]
) -> list[tuple[list[int], set[tuple[tuple[bool, int], tuple[bool, int]]]]]:
    """The connected groups of items, each with the edition pairs its joins link."""
    clusters = _Clusters(size)
    for a, b in joins:
        clusters.join(a, b)
    linked: dict[int, set[tuple[tuple[bool, int], tuple[bool, int]]]] = {}
    for a, b in joins:
        pair = (edition_key(items[a].edition), edition_key(items[b].edition))
        linked.setdefault(clusters.find(a), set()).add(pair)
    return [
        (members, linked.get(clusters.find(members[0]), set())) for members in clusters.groups()
    ]


def _thread(
    members: Sequence[_Listed],
    editions: Sequence[Edition],
    eligible: Sequence[tuple[bool, int]],
    linked: set[tuple[tuple[bool, int], tuple[bool, int]]],
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
        summary=_persistence(keys, eligible, linked),
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


def _persistence(
    present: Sequence[tuple[bool, int]],
    eligible: Sequence[tuple[bool, int]],
    linked: set[tuple[tuple[bool, int], tuple[bool, int]]],
) -> str:
    """Where a recommendation appears, in words ("recommended in every edition since
    2009", "in 2 of 4 editions (2009, 2023); not since 2023", "new in 2024"). "Every
    edition since" needs a link between each two consecutive editions of the span."""
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
    elif years == [year for year in dated if year >= years[0]] and all(
        ((False, a), (False, b)) in linked for a, b in itertools.pairwise(years)
    ):
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
