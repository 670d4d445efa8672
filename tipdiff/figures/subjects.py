"""Whose count a number is: a count another country or its authorities are the subject
of ("It said that Brazil has completed no prosecutions", in a story about South Africa;
"Polish authorities identified one … victim") is that country's, never a figure of the
text's own; one agency's count ("MOL prosecuted five cases") is a part of the
government's.
"""

from __future__ import annotations

import re

from ..countries import NAME_WORD, known_country, own_words

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
    the text's ``country``, or another country's authorities ("Polish authorities
    identified one … Djiboutian trafficking victim"); any named country or nationality
    when ``country`` is None: the text's own is then not named in the sentence, see
    :func:`~.nouns.country_named`."""
    subject = subject_country(before)
    if subject is not None:
        return subject != (known_country(country) if country else None)
    body = _FOREIGN_BODY.search(before)
    if body is None or not _VERB_TO_THE_COUNT.match(before, body.end()):
        return False
    adjective = body.group("adjective").lower()
    if adjective in _NOT_NATIONALITIES:
        return False
    return country is None or (adjective[:4] != country.lower()[:4] and adjective not in own_words(country))


# a nationality's authorities opening a clause: "Polish authorities", "the Thai police"
_FOREIGN_BODY = re.compile(
    r"(?:^|[,;:(“\"—]|\b(?:that|and|but|while|whereas|although|though))\s*(?:the\s+)?"
    r"(?P<adjective>[A-Z][a-z]+(?:an|ese|i|ish|ic|ch|ot|ino|ina))\s+"
    r"(?:authorities|government|officials|police|courts|law\s+enforcement(?:\s+officials)?)(?=\s)"
)
# words with a nationality's ending that name no nation
_NOT_NATIONALITIES = frozenset({"public", "domestic", "civic"})


def by_one_agency(before: str) -> bool:
    """True when the subject of a count (``before``: the words of its clause before it)
    is one named agency of the government ("MOL prosecuted five trafficking cases", "the Ministry of Labor
    inspected …", "The Anti-Trafficking Unit (ATU) investigated …"), not the government,
    its authorities, police or courts as a whole."""
    return any(
        _VERB_TO_THE_COUNT.match(before, agency.end()) is not None for agency in _AGENCY_SUBJECT.finditer(before)
    )


# an agency at a clause's opening: "MOL", "the Ministry of Labor", "the National Authority"
_AGENCY_SUBJECT = re.compile(
    r"(?:^|[,;:(“\"—]|\b(?:that|and|but|while|whereas|although|though))\s*(?:[Tt]he\s+)?(?:"
    r"(?!GO[A-Z]\b)[A-Z]{2,6}\b|"  # "MOL", not a government "GOB"
    r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Ministry|Department|Unit|Office|Bureau|Directorate|Agency|"
    r"Authority|Inspectorate|Division|Task\s+Force|Commission|Council|Committee)\b"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?"
    r")(?:\s+\([A-Z]{2,6}\))?"
)
