"""Fuzzy candidates: likely partners found through an index of rare words.

Scoring every old sentence against every new one would be quadratic, so the new ones are
indexed by word and each old one looks up only its rarest words, near its expected
position, and scores the few sentences that share most of them (:func:`_candidates`).
:func:`_greedy` then keeps the best candidates that share no sentence.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .scoring import _Score, _score_pair
from .weights import _Bags, _Weights

_PROBE_WORDS = 6  # rarest words of a sentence looked up in the index
_POSTING_WINDOW = 64  # index entries read per word, nearest the expected position
_CANDIDATES = 12  # candidates scored per sentence


class _Candidate(NamedTuple):  # a tuple: created for every pair found
    similarity: float
    shared: int  # in weight units
    old: tuple[int, ...]
    new: tuple[int, ...]
    offset: int = 0  # distance from where the old item would sit on the new side

    @property
    def order(self) -> tuple[float, float, int, tuple[int, ...], tuple[int, ...]]:
        # Among equally good partners (repeated sentences) the nearest one wins.
        return (-self.similarity, -self.shared, self.offset, self.old, self.new)


def _candidates(
    old_bags: _Bags,
    new_bags: _Bags,
    olds: Sequence[int],
    news: Sequence[int],
    weights: _Weights,
    threshold: float,
) -> list[_Candidate]:
    """One-to-one pairs at or above ``threshold`` from a bounded candidate set.

    ``news`` are indexed by word; each old item looks up its rarest words, reading at
    most :data:`_POSTING_WINDOW` entries per word around its expected position, and
    scores the :data:`_CANDIDATES` items that share the most of them.
    """
    index: dict[str, list[int]] = {}
    for k, position in enumerate(news):
        for word in new_bags[position].distinct:
            index.setdefault(word, []).append(k)
    scale = len(news) / max(len(olds), 1)
    weight = weights.__getitem__
    found: list[_Candidate] = []
    for rank, position in enumerate(olds):
        bag = old_bags[position]
        # The rarest words, the first seen among equals (sorted() is stable).
        probes = sorted(dict.fromkeys(bag.words), key=weight, reverse=True)[:_PROBE_WORDS]
        centre = int(rank * scale)
        window: list[int] = []
        for word in probes:
            posting = index.get(word, [])
            if len(posting) > _POSTING_WINDOW:
                lo = bisect.bisect_left(posting, centre - _POSTING_WINDOW // 2)
                lo = max(0, min(lo, len(posting) - _POSTING_WINDOW))
                posting = posting[lo : lo + _POSTING_WINDOW]
            window += posting
        # Look-alikes often share one text, hence one bag: each bag is scored once.
        scored: dict[int, _Score | None] = {}
        for k in _most_hits(Counter(window), centre):
            other = new_bags[news[k]]
            if id(other) in scored:
                score = scored[id(other)]
            else:
                score = scored[id(other)] = _score_pair(bag, other, threshold)
            if score is not None:
                found.append(_Candidate(*score, (position,), (news[k],), abs(k - centre)))
    return found


def _most_hits(hits: Counter[int], centre: int) -> list[int]:
    """The :data:`_CANDIDATES` items with the most hits, the nearest ``centre`` among equals."""
    if len(hits) <= _CANDIDATES:
        return list(hits)
    ranked = hits.most_common()
    floor = ranked[_CANDIDATES - 1][1]
    above = _CANDIDATES - 1
    while above and ranked[above - 1][1] == floor:
        above -= 1
    end = _CANDIDATES
    while end < len(ranked) and ranked[end][1] == floor:
        end += 1
    best = [k for k, _ in ranked[:above]]
    ties = sorted(k for k, _ in ranked[above:end])
    # Nearest to centre first: walk outwards from where centre would sit.
    right = bisect.bisect_left(ties, centre)
    left = right - 1
    while len(best) < _CANDIDATES:
        if right < len(ties) and (left < 0 or ties[right] - centre < centre - ties[left]):
            best.append(ties[right])
            right += 1
        else:
            best.append(ties[left])
            left -= 1
    return best


def _greedy(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Best-first choice of candidates that share no item."""
    used_old: set[int] = set()
    used_new: set[int] = set()
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.order):
        if not used_old.isdisjoint(candidate.old) or not used_new.isdisjoint(candidate.new):
            continue
        used_old.update(candidate.old)
        used_new.update(candidate.new)
        chosen.append(candidate)
    return chosen
