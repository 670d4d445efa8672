"""Similarity scores of sentences, and of groups of them (merges and splits).

The similarity of two bags is a weighted Dice coefficient, ``2·shared / (weight(a) +
weight(b))``, reported only at or above a threshold (:class:`_Score`, else None); a cheap
bound on the totals rejects most pairs before any word is counted. A merge or split also
needs each part to bring at least :data:`PART_THRESHOLD` of its own weight into what the
two sides share; in place (the gap programme), a part that is on its own as like the other
side as :data:`SLOT_THRESHOLD` asks of a sentence in its slot need only make the pairing
more alike (:func:`_parts_count`). :func:`similarity` is the same measure on two texts,
unweighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .comparison_words import _ComparisonWords
from .thresholds import OPENING_CONTAINMENT, OPENING_RUN, PART_THRESHOLD, SLOT_THRESHOLD
from .weights import _Bag, _shared, _Weights


class _Score(NamedTuple):  # a tuple: created for every pair scored
    similarity: float
    shared: int  # in weight units


def _score_group(
    olds: Sequence[_Bag], news: Sequence[_Bag], threshold: float, *, in_place: bool = False
) -> _Score | None:
    """Score old sentences against new ones as one pairing, or None below ``threshold``.

    With several sentences on one side (merge / split) each of them must add at least
    :data:`PART_THRESHOLD` of its own weight to what the pairing shares, or, ``in_place``,
    let one part be like the other side on its own instead (:func:`_parts_count`).
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
    for parts, other in ((olds, b), (news, a)):
        if len(parts) > 1 and not _parts_count(parts, other, score, in_place):
            return None
    return score


def _parts_count(parts: Sequence[_Bag], other: _Bag, score: _Score, in_place: bool) -> bool:
    """Whether each of the ``parts`` of a merge or split (against the ``other`` side, the
    whole scoring ``score``) belongs to it: it adds :data:`PART_THRESHOLD` of its own
    weight to what the pairing shares. ``in_place``, one part may instead be on its own
    as like ``other`` as :data:`SLOT_THRESHOLD` asks of a sentence in its slot and make
    the pairing more alike than it is without it. An editor who splits a sentence
    rewrites one half as often as not ("… prohibit all forms of trafficking and
    prescribe penalties …, which are sufficiently stringent …" → "… criminalized sex
    trafficking and labor trafficking and prescribed penalties … . These penalties were
    sufficiently stringent …"): that half brings new words of its own, yet it is still
    recognisably the old sentence, and the other half alone would leave it out. Two
    such halves would be two sentences that merely resemble the other side."""
    weights = other.weights
    loose = 0
    for k, part in enumerate(parts):
        rest = weights.union([p for i, p in enumerate(parts) if i != k])
        adds = score.shared - _shared(rest, other)
        if adds >= PART_THRESHOLD * part.total:
            continue
        loose += 1
        without = 2 * (score.shared - adds) / (rest.total + other.total)
        if (
            not in_place
            or loose > 1
            or score.similarity <= without
            or _score_pair(part, other, SLOT_THRESHOLD) is None
        ):
            return False
    return True


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
