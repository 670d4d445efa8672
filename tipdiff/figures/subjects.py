"""Whose count a number is: a count another country or its authorities are the subject
of ("It said that Brazil has completed no prosecutions", in a story about South Africa;
"Polish authorities identified one … victim") is that country's, never a figure of the
text's own; one agency's count ("MOL prosecuted five cases") is a part of the
government's; a region's or territory's government's count ("the KRG did not report
prosecuting any traffickers", "Zanzibar police identified 12 victims") is a part of the
country's, never its count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

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


# A region's or territory's government, a part of a country's that the Report counts
# apart: a region, province or state named with its government ("the Kurdistan Regional
# Government", "Sindh Province", "Edo State"), the kinds of them ("provincial
# governments", "the autonomous regions"), and the entities the Report names in its
# narratives beside the country's government ("Zanzibar", "Republika Srpska", "the
# Federation", "Brcko District", "Puntland", "Somaliland", "the area administered by
# Turkish Cypriots").
_REGION_NAME = (
    r"(?:(?:[A-Z][\w’'-]*\s+){1,3}(?:Regional\s+Government|Region|Province|Governorate)\b|"
    r"(?:(?!(?:Islamic|Member|Nation|The|Federal|Independent|Sovereign)\b)[A-Z][\w’'-]*\s+)State\b(?!\s+of\b)|"
    r"(?:[A-Z][\w’'-]*\s+){0,2}Autonomous\s+(?:Region|Community|Republic|Province|Territory)"
    r"(?:\s+(?:of|in)(?:\s+[A-Z][\w’'-]*)+)?|"
    r"(?:[Pp]rovincial|[Rr]egional|[Ss]tate|[Mm]unicipal|[Ll]ocal|[Dd]istrict)\s+governments?\b|"
    r"(?:[Pp]rovincial|[Rr]egional)\s+authorities\b|[Aa]utonomous\s+regions?\b|"
    r"(?:Iraqi\s+)?Kurdistan(?:\s+Region(?:al\s+Government)?)?\b|KRG\b|IKR\b|Zanzibar(?:i)?\b|"
    r"Republika\s+Srpska\b|Federation(?:\s+of\s+Bosnia\s+and\s+Herzegovina)?\b|"
    r"Br[cč]ko(?:\s+District)?\b|Puntland\b|Somaliland\b|Jubaland\b|Bougainville\b|"
    r"Transnistria(?:n)?\b|Gagauzia\b|Abkhazia\b|South\s+Ossetia\b|Turkish\s+Cypriots?\b|"
    r"(?:the\s+)?area\s+administered\s+by\s+Turkish\s+Cypriots)"
)
# where a region's name may be defined its abbreviation: "the Kurdistan Regional
# Government (KRG)", "Republika Srpska (RS)"
_REGION_DEFINED = re.compile(rf"{_REGION_NAME}\s*\((?P<abbreviation>[A-Z][A-Za-z]{{1,5}})\)")
# a word every name of _REGION_NAME holds, in lower case: a sentence without one, or
# without an abbreviation the text defines for a region, names none
_REGIONS_WORDS = tuple(
    """region province provincial governorate state autonomous municipal local district
    kurdistan krg ikr zanzibar srpska federation brcko brčko puntland somaliland jubaland
    bougainville transnistria gagauzia abkhazia ossetia cypriot""".split()
)


def may_name_a_region(text: str, abbreviations: frozenset[str]) -> bool:
    """False when ``text`` names no region's government (:func:`by_a_region` finds none
    in any part of it): a cheap test asked once a sentence (substring tests in C; a
    case-blind pattern of these words costs more than the search it spares)."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _REGIONS_WORDS)) or any(a in text for a in abbreviations)


# what opens a clause a region is the subject of: as _OPENS_A_SUBJECT, but for an "and"
# that joins the region to the government or another name ("the federal government and
# the KRG did not report …": the country's)
_OPENS_A_REGIONS_CLAUSE = r"(?:^|[,;:(“\"—]|\b(?:that|but|while|whereas|although|though|(?P<joins>and)))\s*"
_JOINED_TO_A_NAME = re.compile(r"(?:government|authorities|officials|[A-Z][\w’'-]*)\s+$")
# the region's body named before it: "authorities in Zanzibar", "police of the KRG"
_BODY_IN = r"(?:[Aa]uthorities|[Oo]fficials|[Pp]olice|[Cc]ourts|[Gg]overnment|[Pp]rosecutors)"
# the region's own words, between its name and its verb: "’s Ministry of Interior (MOI)",
# "authorities", "police"
_REGIONS_BODY = r"(?:’s|'s)?(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*)*(?:\s*\([A-Z][A-Za-z]{1,5}\))?"


def region_abbreviations(sentences: Iterable[str]) -> frozenset[str]:
    """The abbreviations a text defines for a region's or territory's government ("the
    Kurdistan Regional Government (KRG)" → KRG), which its later sentences name it by."""
    found: set[str] = set()
    for text in sentences:
        if "(" in text and may_name_a_region(text, frozenset()):
            found.update(match.group("abbreviation") for match in _REGION_DEFINED.finditer(text))
    return frozenset(found)


@functools.lru_cache(maxsize=16)
def _region_subject(abbreviations: frozenset[str]) -> re.Pattern[str]:
    names = "|".join([_REGION_NAME, *(re.escape(a) + r"\b" for a in sorted(abbreviations))])
    return re.compile(
        rf"{_OPENS_A_REGIONS_CLAUSE}(?:[Tt]he\s+)?(?:{_BODY_IN}\s+(?:in|of)\s+(?:the\s+)?)?(?:{names}){_REGIONS_BODY}|"
        rf"^\s*(?:[Ii]n|[Ww]ithin)\s+(?:the\s+)?(?:{names})(?:(?!\band\b)[^,;:])*,"
    )


def by_a_region(before: str, abbreviations: frozenset[str] = frozenset()) -> bool:
    """True when the subject of a count (``before``: the words of its clause before it)
    is a region's or territory's government, not the country's ("the KRG did not report
    prosecuting any traffickers", "Zanzibar police identified 12 victims", "In Republika
    Srpska, courts convicted …"): a part of the country's count, not the count. A
    national agency ("The Prosecutor General's Office did not initiate any new
    prosecutions") is no region. ``abbreviations``: those the text defines for a region
    (:func:`region_abbreviations`)."""
    for subject in _region_subject(abbreviations).finditer(before):
        if subject.group("joins") and _JOINED_TO_A_NAME.search(before, 0, subject.start()):
            continue
        if subject.group(0).endswith(","):  # "In Zanzibar, …": all the clause says
            return True
        if _VERB_TO_THE_COUNT.match(before, subject.end()):
            return True
    return False
