"""Numbers as the report writes them — digits ("210,161", "1.5"), words ("nine",
"Thirty-two", "two hundred"), with a scale ("1.5 million") — as regex fragments the other
steps build on, :func:`parse_number` for their value, and :class:`Mention`, one number
found in a sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..folding import ascii_words, lower_folded

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}

_SMALL_ALTERNATION = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS_ALTERNATION = "|".join(_TENS)
#: A number in words up to 99 ("nine", "Thirty-two", "twenty seven").
WORD_NUMBER = (
    rf"(?:(?:{_TENS_ALTERNATION})(?:(?:[-‐]|\s+)(?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|{_SMALL_ALTERNATION})"
)
# "two hundred and five", "Two-hundred and twenty seven"
_WORD_NUMBER_HUNDREDS = rf"{WORD_NUMBER}(?:(?:\s+|[-‐])hundred(?:\s+(?:and\s+)?{WORD_NUMBER})?)?"
#: Digits with thousands separators and decimals ("210,161", "1.5").
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_OPTIONAL_SCALE = r"(?:\s+(?:thousand|million|billion)\b)?"
#: A number in digits or words, without its scale.
NUMBER_CORE = rf"(?:{DIGITS}|{_WORD_NUMBER_HUNDREDS})"
#: A stand-alone number with its scale (group "number"), not part of a word, a code
#: ("144-1", "COVID-19"), an amount of money or a longer number.
#: (The lookahead names the letters a number can start with: most words fail there at
#: once, before the alternation of number words is tried.)
NUMBER = re.compile(
    rf"(?<![\w.,$€£/\-‐–])(?=[\dzotfsen])(?P<number>{NUMBER_CORE}{_OPTIONAL_SCALE})"
    r"(?![\w/]|[-‐][A-Za-z]|,\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(_TENS)
_DIGIT = re.compile(r"\d")


def may_hold_number(text: str) -> bool:
    """False only when no pattern built on :data:`DIGITS` or :data:`WORD_NUMBER` can
    match in ``text``: it has no digit and no number word. A cheap test that spares
    most sentences the scans of those patterns (three in five sentences hold no number).

    Every such pattern starts a number word after a character that is no word
    character and ends it before one, so the number word is one of the text's words
    (as ``re.IGNORECASE`` reads them: see :func:`tipdiff.folding.lower_folded`).
    """
    if has_digit(text):
        return True
    return not _NUMBER_WORDS.isdisjoint(ascii_words(lower_folded(text)))


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit as ``\\d`` reads one; ASCII text is searched for
    each of the ten, at C speed, rather than by the pattern."""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    return _DIGIT.search(text) is not None


@dataclass(frozen=True, slots=True)
class Mention:
    """A number mention: its span, value and — for money — currency and dollar value."""

    start: int
    end: int
    value: float
    high: float | None = None
    currency: str | None = None
    usd: float | None = None
    years: bool = False  # a number of years in a sentencing clause
    #: a zero stated for one law only: "did not prosecute any cases under the trafficking statute"
    under_one_law: bool = False


def _word_value(text: str) -> float | None:
    words = text.lower().replace("‐", "-").replace(" and ", " ").split()
    current = 0.0
    for word in words:
        for part in word.split("-"):
            if part in SMALL_NUMBERS:
                current += SMALL_NUMBERS[part]
            elif part in _TENS:
                current += _TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            else:
                return None
    return current


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a number in digits or words, with its scale ("1.5 million")."""
    # remembered: a release writes a few thousand distinct numbers, most of them often
    text = text.strip()
    scale = 1.0
    for word, factor in _SCALES.items():
        if text.lower().endswith(" " + word):
            text = text[: -len(word)].strip()
            scale = factor
    if text[:1].isdigit():
        try:
            return float(text.replace(",", "").replace(" ", "")) * scale
        except ValueError:
            return None
    value = _word_value(text)
    return None if value is None else value * scale


@functools.lru_cache(maxsize=4096)
def is_year(text: str) -> bool:
    """True for a four-digit year of the 20th or 21st century ("2023")."""
    return bool(_YEAR.fullmatch(text.strip()))
