"""Order: in-order pairs of equal keys (patience diff) and the heaviest in-order chain.

:func:`_anchor_pairs` pairs equal items of two sequences in order without ever being
quadratic in their length (common ends, then unique keys and their longest increasing
run, recursing into the gaps; difflib only for small gaps). :func:`_heaviest_chain` picks
among weighted pairs the heaviest run that keeps the order of both sides.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from collections.abc import Sequence

_MATCHER_CELLS = 40_000  # largest gap without unique keys handed to difflib


def _anchor_pairs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """In-order pairs of equal keys of ``a`` and ``b`` (patience diff).

    Common prefix and suffix first; then the keys unique on both sides of the gap give
    the longest increasing run, and the gaps between its pairs are searched the same
    way. A gap with no key on both sides has no pair; one without unique keys goes to
    difflib when small; when large (repeated text), each occurrence of a key pairs with
    the one at the nearest relative position.
    """
    pairs: list[tuple[int, int]] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            pairs.append((alo, blo))
            alo, blo = alo + 1, blo + 1
        while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
            ahi, bhi = ahi - 1, bhi - 1
            pairs.append((ahi, bhi))
        if alo == ahi or blo == bhi or set(a[alo:ahi]).isdisjoint(b[blo:bhi]):
            continue  # nothing (more) equal in the gap: most gaps between reworded runs
        count_a = Counter(a[alo:ahi])
        count_b = Counter(b[blo:bhi])
        where_b = {b[j]: j for j in range(blo, bhi) if count_b[b[j]] == 1}
        unique = [
            (i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and a[i] in where_b
        ]
        if unique:
            chain = _longest_increasing(unique)
        elif (ahi - alo) * (bhi - blo) <= _MATCHER_CELLS:
            matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
            for block in matcher.get_matching_blocks():
                pairs.extend((alo + block.a + k, blo + block.b + k) for k in range(block.size))
            continue
        else:
            chain = _longest_increasing(_nearest_pairs(a, alo, ahi, b, blo, bhi))
            if not chain:
                continue
        i0, j0 = alo, blo
        for i, j in chain:
            pairs.append((i, j))
            stack.append((i0, i, j0, j))
            i0, j0 = i + 1, j + 1
        stack.append((i0, ahi, j0, bhi))
    pairs.sort()
    return pairs


def _nearest_pairs(
    a: Sequence[str], alo: int, ahi: int, b: Sequence[str], blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Occurrences of each common key paired in order by nearest relative position."""
    at_b: dict[str, list[int]] = {}
    for j in range(blo, bhi):
        at_b.setdefault(b[j], []).append(j)
    at_a: dict[str, list[int]] = {}
    for i in range(alo, ahi):
        if a[i] in at_b:
            at_a.setdefault(a[i], []).append(i)
    pairs: list[tuple[int, int]] = []
    for key, xs in at_a.items():
        ys = at_b[key]
        spread = [(j - blo) / (bhi - blo) for j in ys]
        spacing = 1.0 / max(len(xs), len(ys))
        k = 0
        for i in xs:
            x = (i - alo) / (ahi - alo)
            while k + 1 < len(ys) and abs(spread[k + 1] - x) <= abs(spread[k] - x):
                k += 1
            if k < len(ys) and abs(spread[k] - x) <= spacing:
                pairs.append((i, ys[k]))
                k += 1
    pairs.sort()
    return pairs


def _longest_increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of ``pairs`` (sorted by first item) with second items increasing."""
    tails: list[int] = []  # second item ending the best chain of each length
    tail_at: list[int] = []  # index into pairs of that chain's end
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        n = bisect.bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[n] = j
            tail_at[n] = k
        previous[k] = tail_at[n - 1] if n else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    chain.reverse()
    return chain


def _heaviest_chain(items: Sequence[tuple[int, int, float]]) -> list[int]:
    """Indices of the heaviest run of ``items`` keeping both positions increasing.

    ``items`` are ``(old, new, weight)`` with distinct ``old`` in increasing order and
    distinct ``new``; a Fenwick tree over ``new`` keeps this O(k log k).
    """
    ranks = {q: r + 1 for r, q in enumerate(sorted(q for _, q, _ in items))}
    size = len(ranks)
    tree_weight = [0.0] * (size + 1)
    tree_item = [-1] * (size + 1)
    total = [0.0] * len(items)
    previous = [-1] * len(items)
    for k, (_, q, weight) in enumerate(items):
        r, best, best_item = ranks[q] - 1, 0.0, -1
        while r > 0:
            if tree_weight[r] > best:
                best, best_item = tree_weight[r], tree_item[r]
            r -= r & -r
        total[k], previous[k] = best + weight, best_item
        r = ranks[q]
        while r <= size:
            if total[k] > tree_weight[r]:
                tree_weight[r], tree_item[r] = total[k], k
            r += r & -r
    chain: list[int] = []
    k = max(range(len(items)), key=lambda i: (total[i], -i), default=-1)
    while k >= 0:
        chain.append(k)
        k = previous[k]
    chain.reverse()
    return chain
