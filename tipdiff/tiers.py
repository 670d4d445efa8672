"""Tier vocabulary: the words of a tier placement, the :class:`Tier` they name, and the
phrases of running text that place a country on one ("Moldova remained on Tier 2").

Every stage that reads a tier goes through this module — metadata (a narrative's title
and opening), figures (the phrase that explains a tier change), editions (a country's
heading line) and the batch manifest — so "Tier Two Watch List", "Tier 2 Watchlist" and
"TIER 2 WATCH-LIST" are one tier everywhere.
"""

from __future__ import annotations

import re

from .folding import lower_folded
from .model import Movement, Tier

__all__ = [
    "NOTE_MARKS",
    "TIER_MENTION",
    "TIER_PLACEMENT",
    "TIER_PLACEMENT_PHRASE",
    "TIER_WORDS",
    "canonical_tier",
    "is_tiered_title",
    "may_name_a_tier",
    "special_case_first",
    "tiered_title_offsets",
]

#: The words of a tier as the report writes them (a regex fragment, no groups): "Tier 1",
#: "Tier Two", "Tier 2 Watch List", "Tier 2 Watchlist", "Tier Two Watch-List",
#: "Special Case", in any case; and as news may ("Tier II Watch List", "Tier III",
#: "Tier 2–Watch List" with a dash). Compile it with ``re.IGNORECASE``.
TIER_WORDS = (
    # "Tier 2 Watch" alone is the Watch List too (2008–2011 narratives write it so)
    r"(?:Tier\s*(?:(?:2|Two|II)\s*[-–—]?\s*Watch(?:\s*[-–—]?\s*List)?\b|1|2|3|One|Two|Three|(?:III|II|I)\b)"
    r"|Special\s*Case)"
)

#: :data:`TIER_WORDS` compiled: where a text names a tier.
TIER_MENTION = re.compile(TIER_WORDS, re.IGNORECASE)
# A tier by its rank, as news writes it ("placed in the second tier", "classified … as a
# second-tier country"): read only where a placement names it, since "second-tier cities"
# and "the first tier of courts" are none.
_TIER_BY_RANK = r"(?:first|second|third)(?:\s+tier\b|-tier(?=\s+(?:country|nation)\b))"

#: The marks of a footnote a title may carry after its name or tier (a regex character
#: class): "UZBEKISTAN (Tier 3*)" (2013: an automatic downgrade), "NETHERLANDS: Tier 1‡",
#: "Netherlands† (Tier 1)".
NOTE_MARKS = r"[*†‡§]"

# A country's title line: its tier at the end ("AZERBAIJAN: TIER 2", "Ghana (Tier 2 Watch
# List)", with a footnote's mark) or first, as the 2016–2021 editions set a special case
# ("SPECIAL CASE: YEMEN").
_TIERS_LAST = (
    rf"\(\s*{TIER_WORDS}\s*{NOTE_MARKS}*\s*\){NOTE_MARKS}*[ \t]*$",
    rf":\s*{TIER_WORDS}{NOTE_MARKS}*[ \t]*$",
)
_TIER_LAST = re.compile("|".join(_TIERS_LAST), re.I | re.M)
_SPECIAL_CASE_FIRST = r"[ \t]*Special[ \t]*Case[ \t]*:[ \t]*(?P<name>[^\W\d_][^():\d\n]{0,70}?)$"
_TIER_FIRST = re.compile(rf"^{_SPECIAL_CASE_FIRST}", re.I | re.M)
# For searching a whole text, each opening with one literal character (a search skips
# ahead to it; one that may open with either tries every position): each form of
# _TIER_LAST, and _TIER_FIRST after a line break.
_TIER_LAST_SEARCHES = tuple(re.compile(form, re.I | re.M) for form in _TIERS_LAST)
_TIER_FIRST_SEARCH = re.compile(rf"\n{_SPECIAL_CASE_FIRST}", re.I | re.M)


def is_tiered_title(line: str) -> bool:
    """Whether a line ends with a tier ("GHANA: Tier 2 Watch List", "Ghana (Tier 2)") or
    opens with a special case's ("SPECIAL CASE: YEMEN"), as a country's title does."""
    return _TIER_LAST.search(line) is not None or _TIER_FIRST.search(line) is not None


def special_case_first(line: str) -> str | None:
    """The name a special case's heading with the tier first gives ("SPECIAL CASE:
    YEMEN" → "YEMEN"), or None."""
    match = _TIER_FIRST.match(line)
    return match.group("name") if match else None


def tiered_title_offsets(text: str) -> list[int]:
    """Where in ``text`` the lines that :func:`is_tiered_title` would accept hold their
    tier, in order (the tier-first form only in a text that says "special")."""
    offsets = [match.start() for search in _TIER_LAST_SEARCHES for match in search.finditer(text)]
    if "pecial" in text or "PECIAL" in text:
        offsets += [0] if _TIER_FIRST.match(text) else []
        offsets += [match.start() + 1 for match in _TIER_FIRST_SEARCH.finditer(text)]
    return sorted(set(offsets))


# Running text places a country on a tier in two ways that are read for two purposes:
#
# * TIER_PLACEMENT finds the tier in a narrative's opening (metadata). Its verb comes
#   first in the pattern — a leading lazy subject made the search crawl — and the
#   words before it are read back afterwards as evidence.
# * TIER_PLACEMENT_PHRASE is the phrase that explains a tier change (figures): it takes
#   the subject and a leading "therefore" with it ("therefore Moldova was downgraded
#   to Tier 3"); it is only tried on sentences that may_name_a_tier.
#
# Both name the tier in the group "tier".

#: "remained on Tier 2", "was upgraded to the Tier 2 Watch List" (group "tier").
TIER_PLACEMENT = re.compile(
    r"\b(?:"
    # "is ranked Tier 2", "has been ranked as a “Tier II Watch List” country"
    r"(?:is|was|has been) (?:ranked|rated|listed|classified|categori[sz]ed)\s+(?:as\s+)?(?:a\s+)?"
    # news: "has retained its Tier 1 ranking", "maintains Tier 2 status", "received the
    # highest “Tier 1” rating", "was determined to have “Tier II” status", "has Tier 2 status"
    r"|(?:retained|retains|maintained|maintains|kept|keeps|received|receives|earned|earns"
    r"|has|holds|given|assigned|awarded|granted"
    r"|(?:determined|found|deemed|judged|considered)\s+to\s+have)\s+"
    r"(?:(?:its|their|the|a)\s+)?(?:(?:highest|lowest|top)\s+)?"
    rf"(?=[\"“‘']?{TIER_WORDS}[\"”’']?\s+(?:ranking|rating|status|placement)\b)"
    r"|(?:remained|remains|stayed|stays)\s+(?=[\"“‘']?Tier\b)"  # news: "remained Tier 1"
    r"|(?:remained|remains|remain|stays|stayed|sits|sit|sat|is"
    r"|(?:is|was|has been|have been|had been) (?:placed|upgraded|downgraded|ranked|rated|kept"
    r"|moved|listed|put|returned|elevated|lowered|graded|designated|retained|maintained)"
    # news: "moved up to Tier 2", "dropped to Tier 3", "Vietnam upgraded to Tier 2"
    r"|(?:moved|moves|rose|climbed|dropped|fell|slipped|upgraded|downgraded|elevated)"
    r"(?:\s+(?:up|down|back))?"
    r"|is being placed|was reassessed|(?:coming|came|comes)\s+in"  # news: "coming in at tier two"
    # news: "placing it on the “Tier 2 Watch List”", "led to a downgrade to Tier 2"
    r"|(?:placing|putting|keeping|moving|ranking|upgrading|downgrading)\s+it"
    r"|an?\s+(?:up|down)grade"
    # news with the country as object: "ranks Cambodia on the Tier 2 Watch List" (the
    # country's words capitalised whatever the pattern's case: "placed a cut above it in
    # Tier two" places no country)
    # ("lists Kuwait in Tier 2", "will downgrade Burma to Tier 3", "classify the country as",
    # "designate Saudi Arabia as a Tier 3 country", "categorized Kenya as Tier 2", "…
    # report released on Tuesday, maintaining Cyprus on Tier 1")
    r"|(?:ranks|ranked|rates|rated|place|places|placed|keeps|kept|upgrade|upgraded|downgrade"
    r"|downgraded|move|moved|elevated|lists|listed|classify|classifies|classified"
    r"|maintains|maintaining|keeping|placing|ranking|retains|retaining|upgrading|downgrading"
    r"|categori[sz]e[sd]?|designate|designates|designated|puts?)"
    r"(?:(?:\s+(?-i:[A-Z])[\w'’.-]*){1,4}|\s+the\s+country))"
    # "… from Tier 2 Watch List last year to Tier 2": the tier it is placed on now
    rf"(?:\s+from\s+(?:(?:a|the)\s+)?{TIER_WORDS}[^.;]{{0,30}}?(?=\s+to\b))?"
    r"(?:\s+among\b[^.;]{0,60}?(?=\s+(?:on|in)\b))?"  # "places India among the 51 … in"
    # "remains a Special Case", "Libya is a Special Case", "sits in the regular “Tier 2” list",
    # news: "places Morocco onto tier 2 Watch List"
    r"\s+(?:(?:on|onto|to|at|in|into|as|among)\s+(?:(?:a|the|its)\s+(?:(?-i:[a-z]+)\s+)?)?|a\s+)"
    rf")[\"“‘']?(?P<tier>{TIER_WORDS}|{_TIER_BY_RANK})",
    re.IGNORECASE,
)

#: "therefore Azerbaijan remained on Tier 2", with its subject (group "tier").
TIER_PLACEMENT_PHRASE = re.compile(
    r"(?:(?:therefore|thus|consequently),?\s+)?(?:\b[A-Z][\w'’ -]{0,40}?\s+)?"
    r"(?:remain(?:ed|s) on|(?:is|was|has been) (?:placed|ranked|upgraded|downgraded|moved|"
    r"reassessed) (?:on|to|in)|(?:upgraded|downgraded|moved) to|placed on)\s+"
    rf"(?P<tier>{TIER_WORDS})",
    re.IGNORECASE,
)


def may_name_a_tier(text: str) -> bool:
    """A cheap test before :data:`TIER_PLACEMENT_PHRASE`, which is slow on long text:
    False only when ``text`` holds no "tier" and no "special" … "case", in any case."""
    low = lower_folded(text)
    return "tier" in low or ("special" in low and "case" in low)


_NUMERALS = {"one": "1", "two": "2", "three": "3", "i": "1", "ii": "2", "iii": "3"}
_TIER_BY_WORDS = {
    "tier 1": Tier.TIER_1,
    "tier 2": Tier.TIER_2,
    "tier 2 watch list": Tier.TIER_2_WATCH_LIST,
    "tier 2 watch": Tier.TIER_2_WATCH_LIST,
    "tier 3": Tier.TIER_3,
    "special case": Tier.SPECIAL_CASE,
    "first tier": Tier.TIER_1,
    "second tier": Tier.TIER_2,
    "third tier": Tier.TIER_3,
}
_WORD_OR_NUMBER = re.compile(r"[a-z]+|\d+")


def canonical_tier(text: str) -> Tier | None:
    """The :class:`Tier` that ``text`` names ("TIER 2", "Tier Two Watch List",
    "Tier 2 Watchlist", "Special Case" …), or ``None`` when it names none.

    Case, spacing, hyphens and punctuation do not matter; numbers may be words.
    """
    words = (_NUMERALS.get(word, word) for word in _WORD_OR_NUMBER.findall(text.lower()))
    return _TIER_BY_WORDS.get(" ".join(words).replace("watchlist", "watch list"))


_STATED_MOVE = re.compile(
    r"\b(?:(?P<up>upgraded)|(?P<down>downgraded))(?=\s+(?:to|from)\b)|\b(?:remain(?:ed|s)|stay(?:ed|s))\b",
    re.IGNORECASE,
)


def stated_move(phrase: str | None) -> Movement | None:
    """The movement a placement phrase says the text's edition made ("therefore Vietnam
    was upgraded to Tier 2 Watch List": an upgrade; "remained on": unchanged), or None."""
    found = _STATED_MOVE.search(phrase or "")
    if found is None:
        return None
    if found["up"]:
        return Movement.UPGRADE
    return Movement.DOWNGRADE if found["down"] else Movement.UNCHANGED
