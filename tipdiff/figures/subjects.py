"""Whose count a number is: a count another country is the subject of ("It said that
Brazil has completed no prosecutions", in a story about South Africa) is that country's,
never a figure of the text's own.
"""

from __future__ import annotations

import re

from ..countries import NAME_WORD, known_country

# a name of capitalized words, as a country's is written ("Brazil", "Bosnia and
# Herzegovina", "the Government of the Republic of the Congo")
_NAME = re.compile(rf"{NAME_WORD}(?:\s+(?:(?:and|of|the)\s+)*{NAME_WORD})*")
# what opens a clause the name is the subject of: its start, a mark, a conjunction
_OPENS_A_SUBJECT = re.compile(
    r"(?:^|[,;:(“\"—]|\b(?:that|and|but|while|whereas|although|though))\s*$", re.IGNORECASE
)
# the subject's verb and what follows it up to the count, in one stretch: "has completed
# no", "convicted 10 traffickers and identified" (no comma, no other subject)
_VERB_TO_THE_COUNT = re.compile(
    r"\s+(?:(?:has|have|had|also|not|\w+ly)\s+)*"
    r"(?!(?:and|or|nor|but|of|in|to|for|with|from|at|by|on|as|than|the|a|an)\b)[a-z]+\b"
    r"(?:\s+[^\s,;:()—]+){0,8}\s*$"
)
_SMALL_WORDS = frozenset({"and", "of", "the"})
#: The marks no stretch :data:`_VERB_TO_THE_COUNT` matches holds, and no name either.
_MARKS = ",;:()—"


def subject_country(before: str) -> str | None:
    """The country named as the subject of the count right after ``before`` (the words of
    its clause before the number), or None: a name, at a clause's opening, followed by
    its verb and the words up to the count ("It said that *Brazil* has completed no
    prosecutions", "*The Government of Brazil* convicted 10 traffickers and identified
    …"); not a country a preposition ties to another word ("officials in Thailand
    identified 30 victims")."""
    # Only a name after the last mark may reach the count, and a name holds no mark: the
    # names after it are those a scan of the whole text finds there.
    after_the_last_mark = 1 + max(map(before.rfind, _MARKS))
    for name in reversed(list(_NAME.finditer(before, after_the_last_mark))):
        if not _VERB_TO_THE_COUNT.match(before, name.end()):
            continue
        if not _OPENS_A_SUBJECT.search(before, 0, name.start()):
            return None
        return _country_ending(name.group(0))
    return None


def _country_ending(name: str) -> str | None:
    """The known country the words of ``name`` end in, the longest first ("Government of
    Brazil" → Brazil, "South Sudan" → South Sudan), or None."""
    words = name.split()
    for start in range(len(words)):
        if words[start].lower() in _SMALL_WORDS:
            continue
        country = known_country(" ".join(words[start:]))
        if country is not None:
            return country
    return None


def of_another_country(before: str, country: str | None) -> bool:
    """True when the subject of the count after ``before`` is a named country other than
    the text's ``country`` (any named country when ``country`` is None: the text's own is
    then not named in the sentence, see :func:`~.nouns.country_named`)."""
    subject = subject_country(before)
    return subject is not None and subject != (known_country(country) if country else None)
