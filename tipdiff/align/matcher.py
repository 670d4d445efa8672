"""difflib's matching blocks and opcodes, without the matcher object around them.

:func:`_matching_blocks` and :func:`_matcher_opcodes` answer exactly what
``difflib.SequenceMatcher(None, a, b, autojunk=False)`` answers: the longest matching
block (the earliest in ``a``, then in ``b``) first, then the same on either side of it.
With no junk that is all the matcher does; :func:`~.words.word_ops` and
:func:`~.order._anchor_pairs` ask it about thousands of short sequences, where setting
up the matcher (junk sets, named tuples, method calls) costs as much as the matching.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

_Opcode = tuple[str, int, int, int, int]


def _matching_blocks(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int]]:
    """``(i, j, size)`` triples of the equal blocks, in order, adjacent ones joined and
    ending with ``(len(a), len(b), 0)``: difflib's ``get_matching_blocks()``."""
    b2j: dict[Hashable, list[int]] = {}
    for j, item in enumerate(b):
        b2j.setdefault(item, []).append(j)
    blocks: list[tuple[int, int, int]] = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        # The longest block within a[alo:ahi] and b[blo:bhi]: j2len[j] is the length
        # of the equal run ending at a[i - 1] and b[j] (difflib's find_longest_match).
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        for i in range(alo, ahi):
            j2lenget = j2len.get
            newj2len: dict[int, int] = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2lenget(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        if bestsize:
            blocks.append((besti, bestj, bestsize))
            if alo < besti and blo < bestj:
                queue.append((alo, besti, blo, bestj))
            if besti + bestsize < ahi and bestj + bestsize < bhi:
                queue.append((besti + bestsize, ahi, bestj + bestsize, bhi))
    blocks.sort()
    joined: list[tuple[int, int, int]] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                joined.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        joined.append((i1, j1, k1))
    joined.append((len(a), len(b), 0))
    return joined


def _matcher_opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[_Opcode]:
    """difflib's ``get_opcodes()`` for ``a`` and ``b`` (no junk)."""
    opcodes: list[_Opcode] = []
    i = j = 0
    for ai, bj, size in _matching_blocks(a, b):
        if i < ai and j < bj:
            opcodes.append(("replace", i, ai, j, bj))
        elif i < ai:
            opcodes.append(("delete", i, ai, j, bj))
        elif j < bj:
            opcodes.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            opcodes.append(("equal", ai, i, bj, j))
    return opcodes
