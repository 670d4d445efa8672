"""Word weights and bags: how much each shared word says about two sentences.

A word weighs ``1 + ln((1 + N) / (1 + df))``, ``df`` the number of sentences of both
editions holding it and ``N`` their count, so "the government … victims" counts little and
names count much. A sentence's words become a :class:`_Bag`, a multiset spelt as a set
(the k-th repeat of a word is a token of its own) with its total weight, so that the
weight two bags share is a set intersection and a sum (:func:`_shared`).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple


class _Weights(dict[str, int]):
    """Word weights, ``1 + ln((1 + N) / (1 + df))`` over a set of sentences.

    Keyed by bag token (:meth:`bag`): a word, or a word's k-th repeat in one sentence,
    which weighs what the word weighs. Unknown words weigh as if seen nowhere. Weights
    are whole multiples of :data:`_WEIGHT_UNIT`, so sums over a set are exact whatever
    order the set yields its words in (and results the same in every run).
    """

    def __init__(self, documents: Collection[Collection[str]]) -> None:
        super().__init__()
        self._n = len(documents)
        self._df = Counter(itertools.chain.from_iterable(map(frozenset, documents)))
        # A weight depends on the word's df alone: each df is weighed once, and every
        # word seen is entered in one pass rather than on its first look-up.
        self._by_df = {df: self._weight(df) for df in set(self._df.values())}
        self.update(zip(self._df, map(self._by_df.__getitem__, self._df.values()), strict=True))

    def _weight(self, df: int) -> int:
        return round((1.0 + math.log((1 + self._n) / (1 + df))) / _WEIGHT_UNIT)

    def __missing__(self, token: str) -> int:  # a repeat token, or a word seen nowhere
        df = self._df.get(token.partition(_REPEAT)[0], 0)
        weight = self._by_df.get(df)
        if weight is None:
            weight = self._by_df[df] = self._weight(df)
        self[token] = weight
        return weight

    def bag(self, words: Sequence[str], distinct: frozenset[str] | None = None) -> _Bag:
        """The bag of ``words``, a multiset spelt as a set: the k-th repeat of a word
        (k ≥ 2) is the token ``word + _REPEAT + k``, so set intersection is multiset
        intersection. ``distinct`` is the set of ``words`` when it is made already."""
        if distinct is None:
            distinct = frozenset(words)
        tokens = distinct
        if len(distinct) < len(words):
            seen: dict[str, int] = {}  # a plain count: cheaper than a Counter for a sentence
            repeats = []
            for w in words:
                k = seen[w] = seen.get(w, 0) + 1
                if k > 1:
                    repeats.append(f"{w}{_REPEAT}{k}")
            tokens = distinct.union(repeats)
        # A repeat weighs what its word weighs: the total needs no repeat token's weight.
        return _Bag(tuple(words), distinct, tokens, sum(map(self.__getitem__, words)), self)

    def union(self, bags: Sequence[_Bag]) -> _Bag:
        """The multiset sum of ``bags`` (the words of a merge or split)."""
        if len(bags) == 1:
            return bags[0]
        return self.bag([w for b in bags for w in b.words])


_REPEAT = "\x00"
_WEIGHT_UNIT = 2.0**-20


class _Bag(NamedTuple):  # a tuple: created for every sentence that may be scored
    """The comparison words of a sentence (or group) as weighted multiset tokens."""

    words: tuple[str, ...]
    distinct: frozenset[str]
    tokens: frozenset[str]
    total: int
    weights: _Weights


_Bags = Mapping[int, _Bag] | Sequence[_Bag]  # by sentence position


def _shared(a: _Bag, b: _Bag) -> int:
    """Weight of the words the two bags have in common (multiset intersection)."""
    return sum(map(a.weights.__getitem__, a.tokens & b.tokens))
