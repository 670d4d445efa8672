"""The law a count is under: the sections or articles a text names as its trafficking law
("Sections 154-1 and 154-2 of Latvia's criminal code criminalized sex trafficking and
labor trafficking"), and counts the text gives under another one it sets apart ("Under
Section 165-1, authorities investigated two new cases"), which are no trafficking counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
# "under Section 165-1", "under Article 302 of the criminal code"
_UNDER_A_LAW = re.compile(
    rf"\bunder\s+(?:the\s+)?(?:sections?|articles?|arts?\.|§+)\s*(?P<number>{_LAW_NUMBER})",
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
        if "traffick" in sentence.lower() and _CRIMINALIZES_TRAFFICKING.search(sentence):
            laws |= _numbers(sentence)
    return frozenset(laws)


def under_another_law(sentence: str, start: int, clause_end: int, laws: frozenset[str]) -> bool:
    """True when the count at ``start`` is under a section or article other than the
    text's trafficking ``laws``: the one named after it in its clause, else the last one
    before it ("Under Section 165-1, authorities investigated two new cases"); not when
    the sentence calls the cases trafficking, nor when the text names no trafficking law."""
    if not laws or "under" not in sentence.lower() or "traffick" in sentence.lower():
        return False
    after = _UNDER_A_LAW.search(sentence, start, clause_end)
    if after is None:
        before = list(_UNDER_A_LAW.finditer(sentence, 0, start))
        after = before[-1] if before else None
    return after is not None and after.group("number").replace(" ", "") not in laws
