"""Sentence and word tokenisation shared by the segment and align stages."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Countries written as acronyms: the period ends a sentence too when a capitalised
# word that cannot continue a name follows ("trafficked to the U.A.E. Victims are ...").
_COUNTRY_ACRONYMS = frozenset({"u.s", "u.k", "u.a.e"})

# Words that end with a period without ending the sentence.
_ABBREVIATIONS = _COUNTRY_ACRONYMS | frozenset(
    """
    no nos art arts para paras e.g i.e etc vs mr mrs ms dr st jan feb mar apr jun jul aug
    sep sept oct nov dec inc ltd co corp gov govt dept approx est fig vol pp p ch sec
    u.n e.u d.c jr sr
    """.split()
)

# Words that follow a country acronym inside a name ("U.S. Government", "U.K. Home
# Office", "U.A.E. Labor Law", "U.S. Trafficking in Persons Report").
_NAME_WORDS = frozenset(
    """
    act acts administration agency agencies air ambassador ambassadors armed army
    attorney attorneys border bureau census central chamber citizenship coast code
    commission committee congress congressional constitution consul consulate consulates
    council court courts customs defense department departments dollar dollars drug
    embassies embassy federal force forces foreign fund government governments health
    home homeland house human immigration institute interior justice labor law laws
    marine marines marshals military minister ministry mission missions national navy
    office parliament peace penal police postal president presidential program
    programme red report representative secretary senate senator service services special
    state supreme task trafficking treasury virgin
    """.split()
)

# The capitalised word after a country acronym, and whether a name runs on after it
# ("U.S. Victims of Trafficking and Violence Protection Act").
_NEXT_WORD = re.compile(r"([A-Z][a-z]+)(?![A-Za-z])( (?:of|and|for|on) [A-Z])?")

# A boundary candidate: terminal punctuation, optional closing quotes/brackets, one
# space, then something that can open a sentence (capital, digit, opening quote,
# bracket or a list bullet).
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]* (?=[\"“‘(\[]?[A-Z0-9*•·▪\-–])")

# A list item's number that opens a sentence ("1.", "12.").
_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (single-spaced) into sentences.

    Joining the result with single spaces gives the paragraph back exactly. Periods of
    abbreviations ("No.", "e.g."), initials ("J. Smith") and decimals never end a
    sentence; a country acronym ("U.S.") ends one only before a capitalised word that
    does not continue a name.
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
        word = paragraph[max(word_start, start) : match.start() + 1]
        if _is_abbreviated_word(word) and not _acronym_ends_sentence(word, paragraph, end + 1):
            continue
        if word_start <= start and _LIST_NUMBER.fullmatch(word):
            continue  # "1. Sentence traffickers …": a list's marker, as "•" is
        sentence = paragraph[start:end]
        if sentence:
            yield sentence
        start = end + 1
    rest = paragraph[start:]
    if rest:
        yield rest


def _acronym_ends_sentence(word: str, paragraph: str, next_start: int) -> bool:
    if word.lstrip("(\"'“‘[").rstrip(".").lower() not in _COUNTRY_ACRONYMS:
        return False
    following = _NEXT_WORD.match(paragraph, next_start)
    return bool(following and not following[2] and following[1].lower() not in _NAME_WORDS)


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
