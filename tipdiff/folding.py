"""Lower case as ``re.IGNORECASE`` sees it, for the cheap word and substring tests that
spare a sentence the scans of patterns that cannot match in it."""

from __future__ import annotations

import re

#: The letters other than A–Z that ``re.IGNORECASE`` matches with an ASCII letter.
_ASCII_TWINS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))


def lower_folded(text: str) -> str:
    """``text`` in lower case, each letter that ``re.IGNORECASE`` matches with an ASCII
    letter written as that letter, and no other character made one: a case-insensitive
    pattern's ASCII words are in it wherever the pattern matches in ``text``."""
    if not text.isascii():
        for letter, ascii_letter in _ASCII_TWINS:
            if letter in text:
                text = text.replace(letter, ascii_letter)
    return text.lower()


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (in lower case) is in ``text`` as :func:`lower_folded`
    has it: the cheap test before a case-insensitive pattern every match of which holds
    one of them."""
    low = lower_folded(text)
    return any(map(low.__contains__, words))  # no generator: these are many short tests


_ASCII_WORD = re.compile(r"[a-z]+")


def ascii_words(folded: str) -> list[str]:
    """The runs of ASCII letters of a :func:`lower_folded` text: the words a
    case-insensitive pattern's ASCII words can match."""
    return _ASCII_WORD.findall(folded)
