"""Sentence and word tokenisation shared by the segment and align stages."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Words that end with a period without ending the sentence.
_ABBREVIATIONS = frozenset(
    """
    no nos art arts para paras e.g i.e etc vs mr mrs ms dr st jan feb mar apr jun jul aug
    sep sept oct nov dec inc ltd co corp gov govt dept approx est fig vol pp p ch sec
    u.s u.k u.n u.a.e e.u d.c jr sr
    """.split()
)

# A boundary candidate: terminal punctuation, optional closing quotes/brackets, one
# space, then something that can open a sentence (capital, digit, opening quote,
# bracket or a list bullet).
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]* (?=[\"“‘(\[]?[A-Z0-9*•·▪\-–])")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (single-spaced) into sentences.

    Joining the result with single spaces gives the paragraph back exactly. Periods of
    abbreviations ("U.S.", "No.", "e.g."), initials ("J. Smith") and decimals never end
    a sentence.
    """
    return list(_split(paragraph))


# Segment splits many paragraphs twice (looking for a verdict sentence, then numbering
# the sentences): the second time is a look-up.
@functools.lru_cache(maxsize=256)
def _split(paragraph: str) -> tuple[str, ...]:
    return tuple(_sentences(paragraph))


def first_sentence(paragraph: str) -> str:
    """The first sentence of :func:`split_sentences` ("" for an empty paragraph), without
    splitting the rest."""
    return next(_sentences(paragraph), "")


def _sentences(paragraph: str) -> Iterator[str]:
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end() - 1  # index of the separating space
        # Only the word before the period decides; slicing just that word keeps the
        # split linear however many abbreviations a paragraph holds.
        word_start = paragraph.rfind(" ", start, match.start()) + 1
        if _is_abbreviated_word(paragraph[max(word_start, start) : match.start() + 1]):
            continue
        sentence = paragraph[start:end]
        if sentence:
            yield sentence
        start = end + 1
    rest = paragraph[start:]
    if rest:
        yield rest


def is_abbreviation(text_to_period: str) -> bool:
    """True when the period that ends ``text_to_period`` belongs to an abbreviation."""
    if not text_to_period.endswith("."):
        return False
    last = text_to_period.rsplit(None, 1)  # scans back from the end only
    if not last:
        return False
    word = last[-1].lstrip("(\"'“‘[").rstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial
    return word.lower() in _ABBREVIATIONS


# The words before a boundary repeat ("efforts.", "victims."): each is decided once.
_is_abbreviated_word = functools.lru_cache(maxsize=4096)(is_abbreviation)

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def key_words(text: str) -> list[str]:
    """The words of :func:`sentence_key`: ``text`` split at whitespace, quotes made plain."""
    # translate() looks up every character: skip it for plain ASCII, which has none to map
    return (text if text.isascii() else text.translate(_QUOTES)).split()


def sentence_key(text: str) -> str:
    """A comparison key: equal keys mean the same sentence (quote style and spacing aside)."""
    return " ".join(key_words(text))
