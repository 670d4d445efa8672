"""The gap programme: the best in-order pairing of the few sentences between two pairs.

Between two consecutive pairs of the chain, a small dynamic programme (at most
``_DP_CELLS`` of :mod:`.aligner` old × new sentences) pairs what is left in order, one to
one, two to one (a merge) or one to two (a split), each pairing at
:data:`REWORD_THRESHOLD`, so that the weight the pairings share is the largest; a merge
or split also needs each part to share :data:`PART_THRESHOLD` of itself, or to be on its
own as like the other side as :data:`SLOT_THRESHOLD` asks and make the pairing more alike
(:func:`~.scoring._parts_count`; narrative sentences only, a list's items resemble each
other by form).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .candidates import _Candidate
from .scoring import _opening_score, _Score, _score_group, _scored
from .thresholds import OPENING_CONTAINMENT, PART_THRESHOLD, REWORD_THRESHOLD, SLOT_THRESHOLD
from .weights import _Bag, _Bags

#: The last step of the best pairing of a gap's first i old and j new sentences: di old
#: and dj new sentences, paired (with their score) or, with one of them 0, left alone.
_Step = tuple[int, int, _Score | None]


def _gap_programme(
    old_bags: _Bags,
    new_bags: _Bags,
    olds: Sequence[int],
    news: Sequence[int],
    shared_opening: Callable[[int, int], int] | None = None,
) -> list[_Candidate]:
    """Best in-order pairing of a gap: 1→1, 2→1 and 1→2, maximising shared weight.
    ``shared_opening`` (given for narrative sentences) of the i-th old and j-th new
    sentence of the gap (:func:`~.openings.shared_opening`) lets two that open or close
    alike pair below the threshold, and one part of a merge or split be a sentence
    reworded (:func:`~.scoring._parts_count`); a list's items resemble each other by
    form, so recommendations get neither."""
    steps = _best_steps([old_bags[p] for p in olds], [new_bags[q] for q in news], shared_opening)
    chosen: list[_Candidate] = []
    i, j = len(olds), len(news)
    while i or j:
        di, dj, s = steps[i][j]
        if s is not None:
            old, new = tuple(olds[i - di : i]), tuple(news[j - dj : j])
            chosen.append(_Candidate(s.similarity, s.shared, old, new))
        i, j = i - di, j - dj
    chosen.reverse()
    return chosen


def _best_steps(
    old_bags: Sequence[_Bag],
    new_bags: Sequence[_Bag],
    shared_opening: Callable[[int, int], int] | None = None,
) -> list[list[_Step]]:
    """The programme's table: for each i, j the last :data:`_Step` of the heaviest
    in-order pairing of ``old_bags[:i]`` with ``new_bags[:j]``."""
    n, m = len(old_bags), len(new_bags)
    prose = shared_opening is not None
    old_totals = [b.total for b in old_bags]
    new_totals = [b.total for b in new_bags]
    weight = old_bags[0].weights.__getitem__  # _shared of each pair, its look-ups hoisted
    shared = [[sum(map(weight, a.tokens & b.tokens)) for b in new_bags] for a in old_bags]
    # Each part of a merge or split must share PART_THRESHOLD of itself with the other
    # side on its own, or be SLOT_THRESHOLD like it, and add its share to what the other
    # part shares, which is at most what that part leaves of the other side: cheap
    # necessary tests before the full score.
    old_part = [
        [_may_be_part(x, t, u, prose) for x, u in zip(row, new_totals, strict=True)]
        for row, t in zip(shared, old_totals, strict=True)
    ]
    new_part = [
        [_may_be_part(x, u, t, prose) for x, u in zip(row, new_totals, strict=True)]
        for row, t in zip(shared, old_totals, strict=True)
    ]
    least = _LEAST_ADDED if prose else PART_THRESHOLD
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    step: list[list[_Step]] = [[(0, 0, None)] * (m + 1) for _ in range(n + 1)]
    for j in range(1, m + 1):
        score[0][j], step[0][j] = score[0][j - 1], (0, 1, None)
    for i in range(1, n + 1):
        above, here = score[i - 1], score[i]
        row, total_old = shared[i - 1], old_totals[i - 1]
        here[0], step[i][0] = above[0], (1, 0, None)
        for j in range(1, m + 1):
            best: float = above[j]
            choice: _Step = (1, 0, None)
            if here[j - 1] > best:
                best, choice = here[j - 1], (0, 1, None)
            total_new = new_totals[j - 1]
            s = _scored(row[j - 1], total_old + total_new, REWORD_THRESHOLD)
            # _opening_score's weight test first, here: the openings are read only for the
            # few cells it admits (a call per cell costs the programme 5%)
            if (
                s is None
                and shared_opening is not None
                and row[j - 1] >= OPENING_CONTAINMENT * min(total_old, total_new)
            ):
                run = shared_opening(i - 1, j - 1)
                s = _opening_score(row[j - 1], total_old, total_new, run)
            if s is not None and above[j - 1] + s.shared > best:
                best, choice = above[j - 1] + s.shared, (1, 1, s)
            if (
                i > 1
                and old_part[i - 2][j - 1]
                and old_part[i - 1][j - 1]
                and _adds(shared[i - 2][j - 1], row[j - 1], old_totals[i - 2 : i], total_new, least)
            ):
                s = _score_group(
                    old_bags[i - 2 : i], new_bags[j - 1 : j], REWORD_THRESHOLD, in_place=prose
                )
                if s is not None and score[i - 2][j - 1] + s.shared > best:
                    best, choice = score[i - 2][j - 1] + s.shared, (2, 1, s)
            if (
                j > 1
                and new_part[i - 1][j - 2]
                and new_part[i - 1][j - 1]
                and _adds(row[j - 2], row[j - 1], new_totals[j - 2 : j], total_old, least)
            ):
                s = _score_group(
                    old_bags[i - 1 : i], new_bags[j - 2 : j], REWORD_THRESHOLD, in_place=prose
                )
                if s is not None and above[j - 2] + s.shared > best:
                    best, choice = above[j - 2] + s.shared, (1, 2, s)
            here[j] = best
            step[i][j] = choice
    return step


def _may_be_part(shared: int, total: int, other: int, in_place: bool) -> bool:
    """Whether a sentence (its weight ``total``, sharing ``shared`` with the ``other``
    side's total) may be a part of a merge or split: it shares :data:`PART_THRESHOLD` of
    itself or, ``in_place``, is :data:`SLOT_THRESHOLD` like the other side."""
    return shared >= PART_THRESHOLD * total or (
        in_place and 2 * shared >= SLOT_THRESHOLD * (total + other)
    )


#: The least share of itself a part in place adds to what the pairing shares: it must
#: make the pairing (at least REWORD_THRESHOLD alike) more alike than it is without it.
_LEAST_ADDED = min(PART_THRESHOLD, REWORD_THRESHOLD / 2)


def _adds(
    first: int, second: int, parts: Sequence[int], other: int, least: float = PART_THRESHOLD
) -> bool:
    """Whether each of two parts (their totals ``parts``, sharing ``first`` and ``second``
    with the ``other`` side's total) can add ``least`` of itself to what the other part
    shares: the pair shares at most ``other``, so a part adds at most what the other
    part leaves of it (:func:`~.scoring._score_group` decides)."""
    return other - second >= least * parts[0] and other - first >= least * parts[1]
