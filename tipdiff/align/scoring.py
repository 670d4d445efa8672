"""Similarity scores of sentences, and of groups of them (merges and splits).

The similarity of two bags is a weighted Dice coefficient, ``2·shared / (weight(a) +
weight(b))``, reported only at or above a threshold (:class:`_Score`, else None); a cheap
bound on the totals rejects most pairs before any word is counted. A merge or split also
needs each part to bring at least :data:`PART_THRESHOLD` of its own weight into what the
two sides share. :func:`similarity` is the same measure on two texts, unweighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .comparison_words import _ComparisonWords
from .thresholds import OPENING_CONTAINMENT, OPENING_RUN, PART_THRESHOLD
from .weights import _Bag, _shared, _Weights


class _Score(NamedTuple):  # a tuple: created for every pair scored
    similarity: float
    shared: int  # in weight units


def _score_group(olds: Sequence[_Bag], news: Sequence[_Bag], threshold: float) -> _Score | None:
    """Score old sentences against new ones as one pairing, or None below ``threshold``.

    With several sentences on one side (merge / split) each of them must add at least
    :data:`PART_THRESHOLD` of its own weight to what the pairing shares.
    """
    if len(olds) == len(news) == 1:
        return _score_pair(olds[0], news[0], threshold)
    a_total = sum(b.total for b in olds)
    b_total = sum(b.total for b in news)
    total = a_total + b_total
    # shared ≤ min(a, b), so this bound rejects most pairs before counting words.
    if total == 0 or 2 * min(a_total, b_total) < threshold * total:
        return None
    weights = olds[0].weights
    a = weights.union(olds)
    b = weights.union(news)
    score = _scored(_shared(a, b), total, threshold)
    if score is None:
        return None
    shared = score.shared
    for parts, other in ((olds, b), (news, a)):
        if len(parts) < 2:
            continue
        for k, part in enumerate(parts):
            rest = weights.union([p for i, p in enumerate(parts) if i != k])
            if shared - _shared(rest, other) < PART_THRESHOLD * part.total:
                return None
    return score


def _score_pair(a: _Bag, b: _Bag, threshold: float) -> _Score | None:
    """:func:`_score_group` of one sentence against one."""
    total = a.total + b.total
    if total == 0 or 2 * min(a.total, b.total) < threshold * total:
        return None
    # Pairs scored one by one are mostly look-alikes: what ``a`` does not share is the
    # shorter sum (weights are whole numbers, so it is exactly :func:`_shared`).
    return _scored(a.total - sum(map(a.weights.__getitem__, a.tokens - b.tokens)), total, threshold)


def _scored(shared: int, total: int, threshold: float) -> _Score | None:
    """The score of ``shared`` weight out of ``total`` (both sides'), None below ``threshold``."""
    similarity = 2 * shared / total if total else 0.0
    return _Score(similarity, shared) if similarity >= threshold else None


def _opening_score(shared: int, a_total: int, b_total: int, run: int) -> _Score | None:
    """The score of two sentences that open alike for ``run`` words outside a name
    (:func:`~.openings.shared_opening`) and share ``shared`` weight: a rewording of the
    second half when the run is :data:`OPENING_RUN` words long and the shorter has
    :data:`OPENING_CONTAINMENT` of its weight in common, else None."""
    if run < OPENING_RUN or shared < OPENING_CONTAINMENT * min(a_total, b_total):
        return None
    return _Score(2 * shared / (a_total + b_total), shared)


def similarity(old: str, new: str) -> float:
    """Word similarity of two texts in [0, 1] (unweighted form of the align measure)."""
    weights = _Weights(())
    comparison_words = _ComparisonWords()
    a = weights.bag(comparison_words.words(old))
    b = weights.bag(comparison_words.words(new))
    total = a.total + b.total
    return 1.0 if total == 0 else 2 * _shared(a, b) / total
