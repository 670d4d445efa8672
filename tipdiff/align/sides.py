"""The aligner's record: each edition's sentences in document order, and the pairings.

A :class:`_Side` holds one edition's sentences with their section, exact key, comparison
words, word bag (once weighed) and whether each is paired yet; a :class:`_Pairing` is one
decision — which old and new positions form an unchanged, reworded, moved, added or
removed entry — from which :mod:`.changes` builds the diff.
"""

from __future__ import annotations

from typing import NamedTuple

from ..model import ChangeKind, Report, SectionName, Sentence
from .comparison_words import _ComparisonWords
from .openings import Opening, closing, opening
from .weights import _Bag, _Weights


class _Side:
    """One edition's sentences in document order, with their keys and word bags."""

    def __init__(self, report: Report, comparison_words: _ComparisonWords) -> None:
        self.sentences: tuple[Sentence, ...] = tuple(
            s for name in report.sections for s in report.sections[name].sentences
        )
        self.section: list[SectionName] = [
            name for name in report.sections for _ in report.sections[name].sentences
        ]
        self.keys: list[str] = []
        self.words: list[tuple[str, ...]] = []
        self.distinct: list[frozenset[str]] = []
        for sentence in self.sentences:
            key, words, distinct = comparison_words.sentence(sentence.text)
            self.keys.append(key)
            self.words.append(words)
            self.distinct.append(distinct)
        # the text's last sentence when an excerpt cuts it off mid-way ("… child sex t")
        last = report.last_sentence if report.truncated else None
        self.cut_off: Sentence | None = last
        self.bags: dict[int, _Bag] = {}  # filled by weigh() once both sides are read
        self._openings: dict[int, Opening] = {}
        self._closings: dict[int, Opening] = {}
        self.paired = [False] * len(self.sentences)
        self.gap = [-1] * len(self.sentences)  # which anchor gap of its section it is in
        self.positions: dict[SectionName, list[int]] = {name: [] for name in report.sections}
        for position, name in enumerate(self.section):
            self.positions[name].append(position)

    def opening(self, position: int) -> Opening:
        """The opening words of the sentence at ``position`` (:mod:`.openings`), read
        the first time they are asked for."""
        found = self._openings.get(position)
        if found is None:
            found = self._openings[position] = opening(self.sentences[position].text)
        return found

    def closing(self, position: int) -> Opening:
        """The closing words of the sentence at ``position`` (:func:`~.openings.closing`),
        read the first time they are asked for."""
        found = self._closings.get(position)
        if found is None:
            found = self._closings[position] = closing(self.sentences[position].text)
        return found

    def weigh(self, weights: _Weights, exact: set[int]) -> None:
        """Build the word bags of the sentences that may be scored: all but those
        already paired or with an ``exact`` partner (a fuzzy score never looks at them)."""
        made: dict[int, _Bag] = {}  # by word list: a repeated sentence shares one
        self.bags = {}
        for p, words in enumerate(self.words):
            if not self.paired[p] and p not in exact:
                bag = made.get(id(words))
                if bag is None:
                    bag = made[id(words)] = weights.bag(words, self.distinct[p])
                self.bags[p] = bag


class _Pairing(NamedTuple):  # a tuple: created for every sentence
    """One decision of the aligner: these old and new sentences form one entry."""

    kind: ChangeKind
    old: tuple[int, ...]  # positions on the old side
    new: tuple[int, ...]
    similarity: float
    moved_from: SectionName | None = None
