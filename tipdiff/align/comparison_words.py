"""Comparison words: what the align stage compares of a sentence, and its exact key.

A raw word becomes its comparison word by lower case, outer punctuation stripped, a
plural ``s`` folded and every figure (``2019``, ``$412``, ``12%``) counted as the one word
``#``, because figures change every edition and the words around them carry the match.
Each raw word's form is worked out once per process (:data:`_FORMS`) and
:class:`_ComparisonWords` reads each distinct sentence once per comparison;
:func:`_unbulleted_key` is :func:`~tipdiff.sentences.sentence_key` without a leading
list bullet (layout, not wording), the key of exact pairs; :func:`item_key` the key of a
list's items, without the stop that ends one. Both keys leave out hyphens and dashes
(:func:`_unhyphenated`): a compound with or without its hyphen is one spelling.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import NamedTuple

from ..sentences import key_words, sentence_key

_OUTER_PUNCTUATION = string.punctuation + "“”‘’–—…•·▪"
_NUMBER = re.compile(r"[$€£]?\d[\d,.]*%?")


class _WordForms(dict[str, str]):
    """Raw word → comparison word, worked out once per process: a word's form does not
    depend on the texts compared, and most of a release's vocabulary recurs in every
    country. Emptied when it reaches :data:`_FORMS_LIMIT` words (bounded memory)."""

    def __missing__(self, raw: str) -> str:
        word = raw.lower().strip(_OUTER_PUNCTUATION)
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if _NUMBER.fullmatch(word):
            word = "#"  # figures change every edition; the words around them carry the match
        if len(self) >= _FORMS_LIMIT:
            self.clear()
        self[raw] = word
        return word


_FORMS_LIMIT = 200_000
_FORMS = _WordForms()


class _Read(NamedTuple):
    """What the align stage compares of one sentence."""

    key: str  # the exact key, bullet aside
    words: tuple[str, ...]  # the comparison words, in order
    distinct: frozenset[str]  # the set of them (what word weights count)


class _ComparisonWords:
    """Comparison words: lower case, outer punctuation off, plural ``s`` folded.

    Reads each distinct sentence once per comparison (:meth:`sentence`); each raw word's
    form comes from the process-wide :data:`_FORMS`.
    """

    def __init__(self) -> None:
        self._sentences: dict[str, _Read] = {}

    def words(self, text: str) -> tuple[str, ...]:
        """The comparison words of ``text``, in order."""
        return self.sentence(text).words

    def of(self, raw: Iterable[str]) -> tuple[str, ...]:
        """The comparison words of raw words (as split by :func:`key_words`)."""
        return tuple(filter(None, map(_FORMS.__getitem__, raw)))

    def sentence(self, text: str) -> _Read:
        """The key (bullet aside), comparison words and their set of a sentence. A
        sentence repeated (in both editions, or boilerplate on a page of many countries)
        gets the very same record, so what is built from it can be built once."""
        known = self._sentences.get(text)
        if known is None:
            raw = key_words(text)
            words = self.of(raw)
            known = self._sentences[text] = _Read(_exact_key(raw), words, frozenset(words))
        return known


_BULLET_CHARS = "*•·▪‣◦–-"
# a bullet, or a numbered list's marker ("1. Sentence traffickers …", "2) …")
_LEADING_BULLET = re.compile(rf"^(?:[{re.escape(_BULLET_CHARS)}]+|\d{{1,2}}[.)](?= ))\s*")


def _exact_key(raw: list[str]) -> str:
    """The key of exact pairs from a sentence's raw words: bullet, commas and hyphens
    aside (a comma dropped or added, "therefore," → "therefore", is an editor's, not a
    change; a hyphen, :func:`_unhyphenated`)."""
    return _unhyphenated(_unbulleted(" ".join(raw)).replace(",", ""))


def spelled_alike(a: str, b: str) -> bool:
    """Whether two texts differ only in spelling, not words: spacing, quote and dash
    styles, a leading list bullet, commas, a compound's hyphen (their exact keys agree)."""
    return a == b or _exact_key(key_words(a)) == _exact_key(key_words(b))


_HYPHENS = re.compile(r"\s*-+\s*")  # dashes are hyphens in a key (key_words)


def _unhyphenated(key: str) -> str:
    """``key`` without its hyphens and dashes, and the spaces around them: a compound is
    written with or without its hyphen ("government-wide", "governmentwide": PDF text
    loses it at a line end), a dash with or without spaces ("2019—two", "2019 – two")."""
    return _HYPHENS.sub("", key) if "-" in key else key


def _unbulleted_key(text: str) -> str:
    """:func:`sentence_key` without a leading list bullet (layout, not wording)."""
    return _unbulleted(sentence_key(text))


def item_key(text: str) -> str:
    """The key of a list's item: :func:`_unbulleted_key` without the stop after its last
    word, which is layout too (a semicolon list's items end in none, a bulleted list's in
    a period)."""
    return _unhyphenated(_unbulleted_key(text).rstrip(".;,"))


def _unbulleted(key: str) -> str:
    """``key`` without a leading list bullet or item number."""
    return _LEADING_BULLET.sub("", key) if key[:1] in _BULLET_CHARS or key[:1].isdigit() else key
