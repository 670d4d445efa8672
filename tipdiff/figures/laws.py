"""The law a count is under: the sections or articles a text names as its trafficking law
("Sections 154-1 and 154-2 of Latvia's criminal code criminalized sex trafficking and
labor trafficking"), counts the text gives under another one it sets apart ("Under
Section 165-1, authorities investigated two new cases"), which are no trafficking counts,
and the article a count is said to be under ("identified 62 victims under article 182"),
which makes it that article's count, not the all-article total, unless the text counts
under its trafficking law alone (see :func:`set_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..folding import holds_any

# "Sections 154-1 and 154-2", "Article 301", "Articles 127(1), 127(2), and 127(3)", "§ 232"
_LAW_NUMBER = r"\d{1,4}(?:[-.–]\d{1,3})*(?:\s?\(\d{1,3}\))?[a-z]?\b"
_LAWS = re.compile(
    rf"\b(?:sections?|articles?|arts?\.|§+)\s*(?P<numbers>{_LAW_NUMBER}"
    rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:{_LAW_NUMBER}))*)",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(_LAW_NUMBER)
# a law that makes trafficking a crime: "… criminalized sex trafficking and labor
# trafficking", "prohibit all forms of trafficking", "trafficking is criminalized under …"
# (not "prohibited the transfer of individuals for … exploitation, to prevent … trafficking")
_CRIMINALIZES_TRAFFICKING = re.compile(
    r"\b(?:criminali[sz]|prohibit|outlaw|penali[sz])\w*\s+(?:[\w’'-]+\s+){0,5}?traffick|"
    r"\btraffick\w*(?:\s+in\s+persons)?\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:criminali[sz]|prohibit|outlaw|penali[sz])",
    re.IGNORECASE,
)
#: One is in every match of :data:`_CRIMINALIZES_TRAFFICKING` (in lower case): a sentence
#: with none is never searched.
_CRIMINALIZING_WORDS = ("criminali", "prohibit", "outlaw", "penali")
# "under Section 165-1", "under Article 302 of the criminal code"
_UNDER_A_LAW = re.compile(
    rf"\bunder\s+(?:the\s+)?(?P<kind>sections?|articles?|arts?\.|§+)\s*(?P<number>{_LAW_NUMBER})",
    re.IGNORECASE,
)


def _numbers(text: str) -> set[str]:
    """The section and article numbers ``text`` names, without spaces."""
    found: set[str] = set()
    for laws in _LAWS.finditer(text):
        found.update(n.replace(" ", "") for n in _ONE_NUMBER.findall(laws.group("numbers")))
    return found


def trafficking_laws(sentences: Iterable[str]) -> frozenset[str]:
    """The section and article numbers the sentences that make trafficking a crime name
    (empty when the text has no such sentence with a number)."""
    laws: set[str] = set()
    for sentence in sentences:
        if (
            holds_any(sentence, _CRIMINALIZING_WORDS)
            and "traffick" in sentence.lower()
            and _CRIMINALIZES_TRAFFICKING.search(sentence)
        ):
            laws |= _numbers(sentence)
    return frozenset(laws)


def under_another_law(sentence: str, start: int, clause_end: int, laws: frozenset[str]) -> bool:
    """True when the count at ``start`` is under a section or article other than the
    text's trafficking ``laws`` (see :func:`law_of_count`); not when the sentence calls
    the cases trafficking, nor when the text names no trafficking law."""
    if not laws or "traffick" in sentence.lower():
        return False
    law = law_of_count(sentence, start, clause_end)
    return law is not None and not is_trafficking_law(law.number, laws)


@dataclass(frozen=True, slots=True)
class Law:
    """The section or article a count is said to be under: ``kind`` as written in the
    singular ("article", "section"), and its ``number`` without spaces ("154-1")."""

    kind: str
    number: str

    def __str__(self) -> str:
        return f"{self.kind} {self.number}"


def law_of_count(sentence: str, start: int, clause_end: int) -> Law | None:
    """The section or article the count at ``start`` is under: the one named after it in
    its clause ("identified 62 victims under article 182"), else the last one before it
    ("Under article 195, authorities reported identifying 64 victims; … this compared
    with 67 victims in 2019": both 64 and 67), else None."""
    if "under" not in sentence.lower():
        return None
    found = _UNDER_A_LAW.search(sentence, start, clause_end)
    if found is None:
        before = list(_UNDER_A_LAW.finditer(sentence, 0, start))
        found = before[-1] if before else None
    if found is None:
        return None
    kind = "section" if found.group("kind").lower().startswith(("sect", "§")) else "article"
    return Law(kind, found.group("number").replace(" ", ""))


def is_trafficking_law(number: str, laws: frozenset[str]) -> bool:
    """True when ``number`` is one of ``laws``, or a part of one or the whole it is part
    of ("182(1)" of "182", "154" written for "154-1")."""
    return any(number == law or _part_of(number, law) or _part_of(law, number) for law in laws)


def _part_of(part: str, whole: str) -> bool:
    return part.startswith(whole) and not part[len(whole)].isdigit()


def set_apart(counted_under: Iterable[Law], laws: frozenset[str]) -> bool:
    """True when counts the text gives under a section or article are each that law's
    count, not the all-article total: unless every one is under the text's trafficking
    ``laws`` ("investigated seven new cases under Section 154-1", in a text whose
    Section 154-1 criminalizes trafficking), they are one article's count among others
    ("Under article 182, authorities identified 53 …; Under article 195, … 64 victims")."""
    return not all(is_trafficking_law(law.number, laws) for law in counted_under)
