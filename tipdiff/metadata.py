"""Metadata detection for the segment stage: country, edition year and tier.

Every value comes with the phrase it was read from. Nothing is guessed: a text that
never says its tier gets ``None``, and so does a text that never names its country.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .countries import NAME_WORD, country_name, first_known, known_country, one_letter_apart
from .model import Confidence, Detected, Tier
from .sentences import split_sentences
from .tiers import NOTE_MARKS, TIER_MENTION, TIER_PLACEMENT, TIER_WORDS
from .tiers import canonical_tier as canonical_tier  # edition and batch import it from here


@dataclass(frozen=True, slots=True)
class Metadata:
    country: Detected
    year: Detected
    tier: Detected
    #: what a reader should be told about how the values were chosen (for warnings)
    notes: tuple[str, ...] = ()


#: The evidence of a value the caller gave.
GIVEN = "given by the caller"
#: The warning for a text (a narrative or an edition) that never gives its edition's year.
NO_EDITION_YEAR = "the text does not say which edition it is from; pass year= to set it"


def detect(
    title_lines: Sequence[str],
    dropped: Sequence[str],
    body: str,
    *,
    country: str | None = None,
    year: int | None = None,
    tier: Tier | None = None,
) -> Metadata:
    """Detect country, edition year and tier from a text's title lines and body. A
    country, year or tier the caller gives is taken as stated ("given by the caller")
    and not looked for."""
    title = "\n".join(title_lines)
    found = Detected(country, GIVEN) if country is not None else detect_country(title, body)
    edition = Detected(year, GIVEN) if year is not None else detect_year(title, dropped, body)
    if tier is not None:
        return Metadata(country=found, year=edition, tier=Detected(tier, GIVEN))
    placed = detect_tier(title, body, found.value, edition.value)
    titled = _title_tier(title)
    notes: tuple[str, ...] = ()
    if titled is not None and placed.value not in _agreeing(titled):
        noted = placed.evidence is not None and _EDITORS_UPDATE.fullmatch(placed.evidence)
        source = "an editor's note under it" if noted else "the narrative"
        notes = (
            f"the title says {titled.value} but {source} says {placed.evidence!r}: "
            f"read as {placed.value}",
        )
    elif titled is not None and _report_heading(title):
        concluded = _therefore_placement(body[:_OPENING])
        if concluded is not None and concluded.value not in (titled.value, _REFINES.get(titled.value)):
            notes = (
                f"the title says {titled.value} but the narrative says {concluded.evidence!r}: "
                f"read as {titled.value}, as the report's own heading says",
            )
    return Metadata(country=found, year=edition, tier=placed, notes=notes)


# -------------------------------------------------------------------- tier

_TITLE_TIER = re.compile(
    rf"\(\s*({TIER_WORDS})\s*{NOTE_MARKS}*\s*\)|(?::|\b)\s*({TIER_WORDS}){NOTE_MARKS}*\s*$"
    # the tier first: "SPECIAL CASE: YEMEN", "… Report 2008 - Special Cases - Turkmenistan"
    r"|(?:^|[-–]\s*)(Special\s*Case)(?:\s*:|s?\s+[-–])",
    re.I | re.M,
)
# A reference work's field ("tier rating: Tier 3 — …", the label on a line of its own).
_TIER_LABEL = re.compile(rf"\btier\s+rating:\s*({TIER_WORDS})", re.I)
_EVIDENCE_LEAD = re.compile(r"[\w'’ .-]{0,60}$")


def _lead(text: str, match: re.Match[str]) -> str:
    """Up to 60 characters of the match's own sentence before it, in whole words."""
    start = max(0, match.start() - 60)
    lead = _EVIDENCE_LEAD.search(text, start, match.start())
    words = lead.group(0) if lead else ""
    if lead and lead.start() == start and start and text[start - 1].isalnum():
        words = words.partition(" ")[2]  # the window began inside a word
    return split_sentences(words)[-1] if words.strip() else words


def _tier_phrase(text: str, match: re.Match[str]) -> str:
    """The tier phrase with up to 60 characters of its own clause before the verb: whole
    words of its own sentence ("This year Cambodia has been upgraded to Tier 2")."""
    return (_lead(text, match) + match.group(0)).strip()


# A placement that is not the text's: a possible one ("Jamaica may be upgraded to Tier
# 2"), one of the past ("last year was upgraded to …", "… Tier 2 Watch List from 2012 to
# 2014", "… in 2012" in the 2013 edition's news), or one whose subject is other
# countries ("the two countries remained on …", "Brazil and South Africa dropped to …"
# where the text's own country is not known or not among them).
_HYPOTHETICAL = re.compile(r"\b(?:could|may|might|would|should)\b(?:\s+[\w-]+){0,3}\s*$", re.I)
_PAST_LEAD = re.compile(r"\b(?:last|previous|prior)\s+year\b|\bpreviously\b|\bformerly\b", re.I)
_PAST_RANGE = re.compile(
    r"\s*(?:from|between)\s+(?:19|20)\d{2}\s*(?:to|and|through|until|[-–])\s*(?:19|20)\d{2}\b"
)
_DATED = re.compile(r"\s+(?:in|during)\s+((?:19|20)\d{2})\b")
# The rest of a placement's clause may date it by an edition ("was classified as a Tier
# Three country, the lowest on the scale, in the first edition of the report released in
# 2001", "was put into Tier 2 in the 2022 report"), or from an event told before it ("but
# was upgraded to Tier One the next year"): history either way.
_CONTRAST_WORDS = r"\b(?:but|while|whereas)\b"  # a clause set against the one before
_CLAUSE_END = re.compile(rf"[.;]|{_CONTRAST_WORDS}", re.I)
_CLAUSE_REACH = 160  # characters of the rest of a placement's clause that may date it
_EDITION_DATED = re.compile(
    r"\bin\s+(?:the|its)\s+(?:(?P<year>(?:19|20)\d{2})|(?P<ordinal>[a-z]+(?:-[a-z]+)?|\d{1,2}"
    r"(?:st|nd|rd|th)))\s+(?:annual\s+)?(?:edition|(?:TIP\s+|Trafficking\s+in\s+Persons\s+)?report)\b",
    re.I,
)
_RELATIVELY_DATED = re.compile(
    r"\b(?:the\s+(?:next|following)\s+year|a\s+year\s+later|the\s+year\s+after)\b", re.I
)
_CONTRAST = re.compile(rf";|{_CONTRAST_WORDS}", re.I)
_CLAUSE_BREAK = re.compile(rf"[,;:]|{_CONTRAST_WORDS}", re.I)
_LIST_JOIN = re.compile(r",\s+(?:(?:and|or)\s+)?(?:the\s+)?")  # ", Belize", ", and the Gambia"
_PLURAL_SUBJECT = re.compile(r"\bcountries\b", re.I)


def _placement_rank(
    text: str, match: re.Match[str], phrase: str, country: str | None, year: int | None
) -> int | None:
    """How surely a placement is the text's own: 0 for the report's "therefore …", 1 for
    one whose subject is the country or names none, 2 for the country among others; None
    for one that is not the text's, or names a country when the text's own is not known
    (see above; ``year``: the text's edition)."""
    if "therefore" in phrase.lower():
        return 0
    before = text[max(0, match.start() - 120) : match.start()].rpartition("\n\n")[2]
    sentence = split_sentences(before)[-1] if before.strip() else before
    if (
        _HYPOTHETICAL.search(sentence)
        or _PAST_LEAD.search(_CONTRAST.split(sentence)[-1])  # "Last year, X was …"
        or _PAST_RANGE.match(text, match.end())
        or (year is not None and (dated := _DATED.match(text, match.end())) and int(dated[1]) < year)
        or _dated_earlier(text[match.end() : match.end() + _CLAUSE_REACH], year)
    ):
        return None
    if _concludes(text, match.start()):
        return 0
    clause = sentence[_clause_start(sentence) :]
    subject = clause + text[match.start() : match.start("tier")]  # "placed Egypt in its …"
    named = {country_name(name) for _, name in _named_countries(subject)}
    own = country_name(country) if country is not None else None
    if _PLURAL_SUBJECT.search(clause):  # "The United States and most OECD countries …"
        return 2 if own in named else None
    if not named:
        return 1
    if own is None:  # the placement of a country named, when the text's own is not known:
        return None  # a round-up's ("Bangladesh stayed at the second tier"), a guess
    if named == {own}:
        return 1
    return 2 if own in named else None


_CONCLUSION_OPENING = 400  # characters of a placement's sentence searched for "therefore"


def _concludes(text: str, start: int) -> bool:
    """Whether the sentence of a placement starting at ``start`` is the finding's
    conclusion ("Therefore, pursuant to Section 107 of the 2008 Trafficking Victims
    Protection Reauthorization Act, Venezuela is deemed … and is placed on Tier 3"),
    its "therefore" too far before the placement for :func:`_tier_phrase`."""
    before = text[max(0, start - _CONCLUSION_OPENING) : start]
    return _THEREFORE.search(split_sentences(before)[-1] if before.strip() else "") is not None


def _dated_earlier(after: str, year: int | None) -> bool:
    """Whether the rest of a placement's clause, in the text ``after`` it, dates it
    before the text's edition (``year``) or by an event told before it (see above)."""
    rest = _CLAUSE_END.split(after, maxsplit=1)[0]
    if _RELATIVELY_DATED.search(rest):
        return True
    if year is None:
        return False
    for dated in _EDITION_DATED.finditer(rest):
        if dated["year"]:
            edition = int(dated["year"])
        else:
            ordinal = dated["ordinal"].lower()
            number = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINAL_NUMBERS.get(ordinal, 0)
            edition = _FIRST_EDITION + number - 1 if number else year
        if edition < year:
            return True
    return False


def _clause_start(sentence: str) -> int:
    """Where the last clause of ``sentence`` starts: after its last comma, semicolon,
    colon or "while"/"but", save the commas of a list of countries ("Belize, Jamaica,
    Haiti, and Suriname had been placed on …" is one subject)."""
    listed = {match.start() for match, _ in _named_countries(sentence)}
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        joined = _LIST_JOIN.match(sentence, match.start())
        if joined is None or joined.end() not in listed:
            start = match.end()
    return start


def _placement(text: str, country: str | None, year: int | None) -> Detected | None:
    """The text's own tier placement in ``text``, the surest first, else the first."""
    ranked = []
    for match in TIER_PLACEMENT.finditer(text):
        phrase = _tier_phrase(text, match)
        rank = _placement_rank(text, match, phrase, country, year)
        if rank is not None:
            ranked.append((rank, match, phrase))
    if not ranked:
        return None
    _, match, phrase = min(ranked, key=lambda item: item[0])
    return Detected(canonical_tier(match.group("tier")), phrase)


def _therefore_placement(text: str) -> Detected | None:
    """The placement a narrative concludes its finding with ("…; therefore Cyprus was
    upgraded to Tier 1"), read right after its "therefore" (a scan of the whole opening
    for placements is too slow to ask of every narrative)."""
    therefore = _THEREFORE.search(text)
    if therefore is None:
        return None
    at = therefore.start()
    match = TIER_PLACEMENT.search(text, at, at + _CONCLUSION_REACH)
    if match is None:
        return None
    phrase = text[at : match.end()]
    return Detected(canonical_tier(match.group("tier")), " ".join(phrase.split()))


_THEREFORE = re.compile(r"\btherefore\b", re.I)
_CONCLUSION_REACH = 120  # characters from "therefore" to the end of its placement
# A title's tier a narrative's own placement may make more exact: the Watch List of a
# title cut short ("2017 TIP Report for Kuwait – Tier 2").
_REFINES = {Tier.TIER_2: Tier.TIER_2_WATCH_LIST}


def _agreeing(titled: Detected) -> tuple[object, ...]:
    """The tiers a narrative may place its country on without contradicting a title's:
    the title's, and the one it may be cut short of unless its tier is closed in brackets
    ("Equatorial Guinea (Tier 2)" over "remained on Tier 2 Watch List" is a site's heading
    at odds with the narrative, which the reader is told of)."""
    closed = str(titled.evidence).startswith("(")
    return (titled.value,) if closed else (titled.value, _REFINES.get(titled.value))
# The report's own heading, as it prints it and `tipdiff split` writes it: the country in
# capitals on a line of its own, a colon, the tier ("LITHUANIA: Tier 2"). It is the
# placement the edition gives, as a whole edition's heading is; a site's title
# ("Cyprus (Tier 2)", "2017 TIP Report for Kuwait – Tier 2") may carry last year's.
_REPORT_HEADING = re.compile(
    rf"^[ \t]*(?P<name>[^\W\d][^:\n]{{0,70}}?){NOTE_MARKS}*[ \t]*:[ \t]*{TIER_WORDS}{NOTE_MARKS}*[ \t]*$",
    re.I | re.M,
)


def _report_heading(title: str) -> bool:
    """Whether ``title`` holds the report's own heading (see _REPORT_HEADING)."""
    return any(match["name"].isupper() for match in _REPORT_HEADING.finditer(title))


_OPENING = 6000  # characters of the body where a narrative's own placement is read


def _title_tier(text: str, reach: int | None = None) -> Detected | None:
    """The tier a title states ("GHANA (Tier 2)", "Ghana: Tier 2"), where it starts before
    ``reach``; a headline's "… may be upgraded to Tier 2" states none."""
    for match in _TITLE_TIER.finditer(text):
        if reach is not None and match.start() >= reach:
            break
        if not _HYPOTHETICAL.search(text, max(0, match.start() - 40), match.start()):
            found = next(g for g in match.groups() if g)
            return Detected(canonical_tier(found), match.group(0).strip(" :-–"))
    return None


def _country_title(body: str, country: str) -> Detected | None:
    """The tier of the country's own title where it stands in the body: below a page's
    lead-in ("IRAN: Tier 3" on a line of its own), or run into a line of columns read
    across ("… police establish NAMIBIA (Tier 2) the first-ever …")."""
    match = re.search(
        rf"(?<![\w-]){re.escape(country)}\s*(?:\(\s*({TIER_WORDS})\s*\)|:\s*({TIER_WORDS})[ \t]*$)",
        body,
        re.I | re.M,
    )
    if match is None:
        return None
    return Detected(canonical_tier(match.group(1) or match.group(2)), match.group(0))


# An editor's note under the title that gives the final placement, made after the
# report went out ("[*Please note: Haiti was updated to Tier 2 per President George W.
# Bush, Presidential Determination No. 2003-35, September 9, 2003.]", on ten 2003
# narratives): it outranks the title and the narrative, both written for the first one.
# Only the notes' own word, "updated", is read.
_EDITORS_UPDATE = re.compile(
    r"^\[(?P<lead>[^\]\n]*?)\bupdated\s+to\s+"
    rf"(?:the\s+)?(?P<tier>{TIER_WORDS})[^\]\n]*\]",
    re.I | re.M,
)


def _editors_update(title: str, country: str | None) -> Detected | None:
    """The tier an editor's note among the title lines updates the country to, or None
    (a note on another country is none)."""
    for match in _EDITORS_UPDATE.finditer(title):
        named = {country_name(name) for _, name in _named_countries(match["lead"])}
        if not named or (country is not None and country_name(country) in named):
            return Detected(canonical_tier(match["tier"]), " ".join(match.group(0).split()))
    return None


def detect_tier(
    title: str, body: str, country: str | None = None, year: int | None = None
) -> Detected:
    """The tier an editor's note under the title updates the country to, else the one a
    title states (its "Tier 2" the "Tier 2 Watch List" the narrative places the country
    on), else a reference entry's label, else the placement of the text's opening (of
    ``country`` and in ``year``'s edition when they are known), else the country's title
    in the body, else a headline's."""
    updated = _editors_update(title, country)
    if updated is not None:
        return updated
    titled = _title_tier(title)
    opening = body[:_OPENING]  # where the placement is read: the first sentences
    if titled is not None:
        # a site's heading at odds with the narrative ("Cyprus (Tier 2)" over "…
        # therefore Cyprus was upgraded to Tier 1"): the narrative's own word wins; the
        # report's own heading does not give way (detect_metadata notes the conflict)
        concluded = None if _report_heading(title) else _therefore_placement(opening)
        if concluded is not None and concluded.value not in (titled.value, _REFINES.get(titled.value)):
            return concluded
        if titled.value is Tier.TIER_2:
            # a page's title cut short ("2017 TIP Report for Kuwait – Tier 2"): the
            # narrative's own placement says "Kuwait remained on Tier 2 Watch List" (asked
            # only of a text that says "watch": the placements' scan is slow)
            placed = _placement(opening, country, year) if "watch" in opening.lower() else None
            if placed is not None and placed.value is Tier.TIER_2_WATCH_LIST:
                return placed
        return titled
    match = _TIER_LABEL.search(f"{title}\n{opening}")
    if match:
        return Detected(canonical_tier(match.group(1)), " ".join(match.group(0).split()))
    placed = _placement(opening, country, year)
    if placed is not None:
        return placed
    titled = _title_tier(body[:300], reach=200)  # "COUNTRY (Tier 2)" run into the first line
    if titled is not None:
        return titled
    if country is not None and (titled := _country_title(body, country)) is not None:
        return titled
    # a headline that places the country ("Azerbaijan dropped to Tier 3")
    return _placement(title, country, year) or _finding_tier(opening) or Detected(None, None)


# The finding on the minimum standards names a tier when no placement does: in every
# edition only Tier 1's government "fully meets (complies with)" them and only Tier 3's
# "is not making significant efforts"; Tier 2's and the Watch List's wording is the same.
_TIER_3_FINDING = re.compile(
    r"\b(?:does not|doesn['’]t|did not) fully (?:meet|comply with) the minimum standards"
    r"[^.;]{0,80}?\band (?:is|was) not making (?:any )?significant efforts\b",
    re.I,
)
_TIER_1_FINDING = re.compile(
    r"(?<!\bnot )(?<!\blonger )\bfully (?:meets|complies with) the minimum standards\b", re.I
)

_FINDINGS = (
    (Tier.TIER_3, _TIER_3_FINDING, "the government is not making significant efforts"),
    (Tier.TIER_1, _TIER_1_FINDING, "the government fully meets them"),
)


def _finding_tier(text: str) -> Detected | None:
    """The tier the text's finding on the minimum standards implies, if only one can."""
    if "minimum standards" not in text:
        return None
    for tier, finding, says in _FINDINGS:
        if finding.search(text):
            evidence = f"the finding on the minimum standards says {says}, as only {tier}'s does"
            return Detected(tier, evidence, Confidence.INFERRED)
    return None


# -------------------------------------------------------------------- year

# A link to the edition's own page: "state.gov/reports/2024-trafficking-in-persons-report/
# algeria/" (as the World Factbook gives it), ".../tip/rls/tiprpt/2008/105374.htm".
_REPORT_URL = re.compile(
    r"(?:/reports/|/tiprpt/)((?:19|20)\d{2})(?:-trafficking-in-persons-report\b|/)", re.I
)
_TITLE_YEAR = (
    # "2019 Trafficking in Persons Report", "2019 Comoros Trafficking in Persons Report"
    re.compile(
        r"\b((?:19|20)\d{2})\s+(?-i:[A-Z][\w'’.-]*\s+){0,3}?"
        r"(?:TIP|Trafficking in Persons(?:\s+\(TIP\))?)\s+Report",
        re.I,
    ),
    re.compile(  # "… TIP Report 2009", "U.S. State Dept. Trafficking Report 2009 - Bahrain"
        r"(?:TIP|Trafficking in Persons|(?:State\s+Dept\.?|State\s+Department|Department\s+of\s+State)"
        r"\s*Trafficking)\s+Report,?\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(r"\bTIP\s*((?:19|20)\d{2})\b"),  # "(TIP 2023)", "(TIP2018)"
    re.compile(r"Publication Date\s*\|?\s*:?\s*\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d{2})", re.I),
    _REPORT_URL,
)
_PRIOR_PERIOD = re.compile(
    # a bracket may come between: an amount's conversion, a breakdown ("from one million
    # TTD ($149,477) in 2015", "compared to 33 victims (20 sex trafficking and 13 …) in 2016")
    r"(?:compared (?:with|to)|than in|from|down from|up from|versus|vs\.)\b"
    r"(?:[^.;()]|\([^()]{0,80}\)){0,80}?\bin ((?:19|20)\d{2})\b"
    r"|\(\s*[^()]{0,60}?\bin ((?:19|20)\d{2})\s*\)"
    r"|(?:compared (?:with|to)|than in|versus) ((?:19|20)\d{2})\b",
)
# What the report's compared figures count, one of which the sentence of a comparison
# names ("identified 20 victims, compared with 88 in 2020"): "contract laborers … a
# decrease from 250 in 2010" compares no figure of the report's.
_COUNTED = re.compile(
    r"victim|investigat|prosecut|convict|trafficker|defendant|suspect|cases\b|arrest"
    r"|fund|budget|allocat|spent|shelter|hotline|identif|train|inspect|[$€£]",
    re.I,
)
# Data that lag a year behind the reporting period: "In 2018, the most recent year (for
# which) official data was available, …", "338 investigations in 2017, the most recent
# year for which the government had comprehensive statistics"; its figures'
# comparisons are a year earlier too.
_LAGGED_DATA = re.compile(
    r"\b[Ii]n ((?:19|20)\d{2}), the (?:most recent|latest) year (?:for which )?"
    r"(?:[\w-]+ ){0,4}?(?:data|statistics)\b"
)
# A lag said some other way ("the latest available statistics, from 2017"): its
# comparisons do not date the reporting period.
_LAG_CUE = re.compile(
    r"\b(?:most recent|latest)(?: available)? (?:year|data|statistics|figures)\b", re.I
)
_REPORTING_YEAR = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince|[Bb]etween|and) (?:(?:early |late |mid-)?[A-Z][a-z]+ )?((?:19|20)\d{2})\b"
)


#: The months, as the dates of titles, covers and prose name them (the one list: the
#: edition's covers and the figures' dates build on it).
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTH = rf"(?:{'|'.join(MONTH_NAMES)})"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A release date alone on a title-block line ("June 5, 2002", "5 June 2002", "June 2024",
# "Friday, 25th June 2021"), or a story's byline ("by Nathan Hamm on 6/19/2012").
_DATE_LINE = re.compile(
    r"^(?:released:?\s+|by\s+(?:[A-Z][\w.'’-]*\s+){1,4}on\s+)?(?:"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+(?:{_DAY},?\s+)?|{_DAY}\s+{_MONTH},?\s+)"
    r"|\d{1,2}/\d{1,2}/)((?:19|20)\d{2})$",
    re.I,
)
# The report's name as prose writes it: "TIP Report", "Trafficking in Persons (TIP) Report",
# and news's slip "Trafficking Persons Report".
_REPORT_NAME = r"(?:TIP|Trafficking\s+(?:in\s+)?Persons(?:\s+\(TIP\))?)\s+Report"
# Prose that names the edition it is about ("published its 2015 report on human
# trafficking", "the 2023 TIP Report, released in June"). A bare "the 2005 Trafficking
# in Persons Report" is not one: narratives cite earlier editions that way.
_PROSE_EDITION = (
    _REPORT_URL,
    re.compile(
        r"\b(?:published|released|issued|unveiled|launched)\s+(?:its|their|the|this\s+year's)\s+"
        r"(?:annual\s+)?((?:19|20)\d{2})\b[^.;]{0,40}?\breport\b",
        re.I,
    ),
    re.compile(  # "in its 2022 Trafficking in Persons (TIP) Report", "in its latest 2023 report",
        # "in its 2017 human trafficking report"
        rf"\bin\s+its\s+(?:(?:latest|newest|new|most\s+recent)\s+)?((?:19|20)\d{{2}})\s+"
        rf"(?:annual\s+)?(?:{_REPORT_NAME}|(?:human\s+trafficking\s+)?report)\b",
        re.I,
    ),
    re.compile(  # news: "the Trafficking in Persons (TIP) report for 2018", "… report for June
        # 2023", "… report for the year 2020"
        rf"\b{_REPORT_NAME}\s+for\s+(?:the\s+year\s+)?(?:{_MONTH}\s+)?((?:19|20)\d{{2}})\b", re.I
    ),
    re.compile(  # "the State Department's 2018 Trafficking in Persons or TIP report", "The
        # US government's 2003 report on Trafficking in Persons"
        r"\b(?:State\s+Department|Department\s+of\s+State|government)['’]s\s+((?:19|20)\d{2})\s+"
        r"(?:(?:TIP|Trafficking\s+in\s+Persons)\b[^.;]{0,30}?\breport\b"
        r"|report\s+on\s+(?:human\s+)?trafficking\b)",
        re.I,
    ),
    # A line that opens with the edition's name, a copy's title ("2024 Trafficking in
    # Persons Report: “…Cuba does not fully meet …”"); prose cites earlier editions inside
    # its sentences.
    re.compile(rf"^[ \t]*((?:19|20)\d{{2}})\s+{_REPORT_NAME}\s*:", re.I | re.M),
    re.compile(  # "a U.S. State Department report released on June 8, 2008"
        rf"\b(?:State\s+Department|Department\s+of\s+State|TIP|Trafficking\s+in\s+Persons)\s+"
        rf"report,?\s+(?:was\s+)?released\s+(?:on\s+|in\s+)?(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
        r"((?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(  # news of this year's placement: "has been ranked … in the 2010 TIP Report",
        # "… in the 2025 U.S. Department of State's Trafficking in Persons Report",
        # "the countries listed in the “2019 Trafficking in Persons Report”", and a
        # narrative's own: "is classified as a Special Case for the first time in the 2016
        # Report", "has retained its Tier 2 status in the 2022 US State Department …"
        r"\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:ranked|placed|rated|listed|classified"
        r"|categori[sz]ed|upgraded|downgraded|moved)\b[^.;]{0,200}?|countries\s+listed\s+"
        r"|(?:has|have)\s+(?:retained|maintained|kept|received|earned)\s+(?:its|their|a|the)\s+"
        r"[\"“‘']?Tier\b[^.;,]{0,40}?"
        # "Palau slid down on the US 2021 Trafficking in Persons Report from Tier 1 …"
        r"|(?:slid|slipped|fell|dropped|rose|climbed)\b[^.;]{0,60}?)"
        r"\b(?:in|on)\s+the\s+[\"“‘']?(?:(?:U\.?S\.?|United\s+States)\s+)?((?:19|20)\d{2})\s+"
        # its publisher
        r"(?:U\.?S\.?\s+)?(?:(?:State\s+Department|Department\s+of\s+State)(?:['’]s)?\s+)?"
        r"(?:(?:TIP|Trafficking\s+in\s+Persons)\s+)?Report\b",
        re.I,
    ),
    re.compile(  # "the 2023 TIP Report was released", "In the 2006 report, released this week",
        # "In the “2023 Trafficking in Persons Report” released on Thursday", "The 2024
        # report was launched by …", "during the 2022 … (TIP) Report launch ceremony"
        rf"\b((?:19|20)\d{{2}})\s+(?:{_REPORT_NAME}|report)[\"”’']?,?\s+(?:was\s+)?"
        r"(?:published|released|issued|launched|unveiled|(?:launch|release)\s+(?:ceremony|event)"
        # the edition's own findings, in the present: "The 2025 report reviews global efforts"
        r"|reviews|ranks|rates|finds|assesses|covers)\b",
        re.I,
    ),
    # A sentence whose subject is the edition, going on in the present: news reporting on
    # it ("The 2014 Trafficking in Persons Report prepared by the State Department's Office
    # … has placed Morocco on the Tier 2 Watch List", "The 2013 Trafficking in Persons
    # Report which is based on global data tries to …"). A clause cut off by a comma may
    # tell its history ("The 2013 TIP Report, which placed …, is …"); narratives cite
    # earlier editions inside their sentences, not as their subject.
    # (The sentence's start is asked after the literal "The", which keeps the search fast:
    # not after a word, a comma or a colon.)
    # Its publisher may stand before the year ("The United States State Department 2021
    # Trafficking in Persons Report reveals that …").
    re.compile(
        r"The(?<!\wThe)(?<![\w,;:] The)\s+(?:(?:U\.?S\.?|United\s+States)\s+)?"
        r"(?:(?:State\s+Department|Department\s+of\s+State)(?:['’]s)?\s+)?"
        rf"[\"“‘']?((?:19|20)\d{{2}})\s+{_REPORT_NAME}\b"
        r"[\"”’']?[^.;,:]{0,160}?\b(?:is|are|has|have|does|says|states|notes|finds|tries|places"
        r"|ranks|rates|lists|reviews|covers|assesses|shows|highlights|urges|recommends|concludes"
        r"|reveals|indicates)\b"
    ),
    # The year after the name, as news and captions write it ("the Trafficking in Persons
    # Report 2009", "… Report (TIP) 2009", "released its TIP Report (June 2018)").
    re.compile(
        rf"\b{_REPORT_NAME}(?:\s+\(TIP\))?,?\s+(?:\((?:{_MONTH}\s+(?:{_DAY},?\s+)?)?((?:19|20)\d{{2}})\)"
        r"|((?:19|20)\d{2})\b)",
        re.I,
    ),
    # A copy of the narrative introduced: "Kuwait's section in the 2017 TIP Report:".
    re.compile(rf"\bsection\s+(?:in|of|from)\s+the\s+((?:19|20)\d{{2}})\s+{_REPORT_NAME}\b", re.I),
)
# The edition counted from the first, of 2001 ("the sixth annual Department of State
# Trafficking in Persons Report" is the 2006 edition).
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_NUMBERS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    f"twenty{dash}{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1) for dash in ("-", "")
}
# A number in digits names the edition without "annual" ("the 20th Trafficking in Persons
# Report", "the 20th edition of the annual report"); a word needs it: "the first TIP
# Report" tells the report's history.
_ANNUAL_EDITION = re.compile(
    r"\b(?:(?P<word>[a-z]+(?:-[a-z]+)?)\s+annual\s+|(?P<digits>\d{1,2})(?:st|nd|rd|th)\s+"
    r"(?:annual\s+)?)(?:[A-Z][\w.]*\s+){0,4}?(?:TIP|Trafficking\s+in\s+Persons)\s+(?:\(TIP\)\s+)?Report\b"
    r"|\b(?P<edition>\d{1,2})(?:st|nd|rd|th)\s+edition\s+of\s+the\s+(?:annual\s+)?"
    r"(?:(?:TIP|Trafficking\s+in\s+Persons)\s+(?:\(TIP\)\s+)?)?report\b",
    re.I,
)
_FIRST_EDITION = 2001


def _annual_edition(body: str) -> Detected | None:
    """The edition a text names by its number ("the sixth annual … Trafficking in
    Persons Report"), or None."""
    for match in _ANNUAL_EDITION.finditer(body):
        word, digits = match.group("word"), match.group("digits") or match.group("edition")
        number = int(digits) if digits else _ORDINAL_NUMBERS.get(word.lower(), 0)
        if number:
            return Detected(_FIRST_EDITION + number - 1, " ".join(match.group(0).split()))
    return None


# A page's title run into its site's chrome on one line ("…Belize hide 2019 Trafficking in
# Persons Report: Belize In this section / BELIZE: Tier 2 Watch List"): the edition's name,
# a colon and a country, as the title on a line of its own reads.
_RUN_IN_TITLE = re.compile(rf"\b((?:19|20)\d{{2}})\s+{_REPORT_NAME}\s*:[ \t]*(?:the[ \t]+)?", re.I)
_RUN_IN_REACH = 1000  # characters of the body a page's chrome runs over


# A page's title with its site's name, run into the text as a copy of a PDF's page sets it
# ("15.01.2014 Views 2007 Trafficking in Persons Report - Center for Women Policy Studies
# …"): the edition's name, a title's dash or bar, a capital.
_SITE_TITLE = re.compile(rf"\b((?:19|20)\d{{2}})\s+{_REPORT_NAME}\s+[-–—|]\s+(?=[A-Z])", re.I)


def names_site_title(text: str) -> bool:
    """Whether ``text`` holds a page's title with its site's name (see _SITE_TITLE)."""
    return _SITE_TITLE.search(text) is not None


def _run_in_title(text: str) -> Detected | None:
    """The edition year of a page's title run into ``text`` (see _RUN_IN_TITLE and
    _SITE_TITLE), or None."""
    site_title = _SITE_TITLE.search(text)
    if site_title is not None:
        title = " ".join(site_title.group(0).split()).rstrip(" -–—|")
        return Detected(int(site_title.group(1)), title)
    for match in _RUN_IN_TITLE.finditer(text):
        named = _named_countries(text[match.end() : match.end() + 60])
        if named and named[0][0].start() == 0:
            title = f"{match.group(0)}{named[0][0].group(0)}"
            return Detected(int(match.group(1)), " ".join(title.split()))
    return None


# News citing the edition it reports on, with a verb of saying ("said the 2016 report",
# "the 2022 report pointed out", "according to the 2019 TIP report"): the edition when the
# text states it no other way (a story may cite an older edition too: the latest is the
# one reported on). Narratives cite earlier editions for their history, never so.
_CITED_REPORT = r"(?:(?:TIP|Trafficking\s+in\s+Persons)\s+(?:\(TIP\)\s+)?)?report\b"
_CITED_EDITION = re.compile(
    rf"\b(?:said|says|according\s+to)\s+the\s+((?:19|20)\d{{2}})\s+{_CITED_REPORT}"
    rf"|\bthe\s+((?:19|20)\d{{2}})\s+{_CITED_REPORT}\s+(?:also\s+)?(?:said|says|stated|states"
    r"|noted|notes|pointed\s+out|points\s+out|observed|observes|highlighted|highlights|added"
    r"|acknowledged|acknowledges|warned|warns|urged|urges|cited|cites|mentioned|mentions)\b",
    re.I,
)


def _cited_edition(text: str) -> Detected | None:
    """The latest edition news cites with a verb of saying (see _CITED_EDITION), or None."""
    cited = [(int(m.group(1) or m.group(2)), m) for m in _CITED_EDITION.finditer(text)]
    if not cited:
        return None
    year, match = max(cited, key=lambda item: item[0])
    return Detected(year, " ".join(match.group(0).split()))


#: Words a text must have before the latest year its events mention is taken as its
#: reporting period: on short excerpts that guess is wrong more often than right.
_EVENTS_MIN_WORDS = 600


def title_year(lines: Iterable[str]) -> Detected | None:
    """The edition year the first of ``lines`` to state one states ("2017 TIP Report for
    Kuwait", "U.S. State Dept. Trafficking Report 2009 - Bahrain", "(TIP 2023)"), or None."""
    for text in lines:
        for pattern in _TITLE_YEAR:
            match = pattern.search(text)
            if match:
                return Detected(int(match.group(1)), match.group(0).strip())
    return None


def detect_year(title: str, dropped: Sequence[str], body: str) -> Detected:
    """The edition year: stated by a title, a release date or the prose; else inferred
    from the year its data lag behind to, the figures' comparison year or (on a long
    text) its latest events; else unknown."""
    titled = title_year((title, *dropped)) or _run_in_title(body[:_RUN_IN_REACH])
    if titled is not None:
        return titled
    for line in title.splitlines():
        dated = _DATE_LINE.match(line.strip())
        if dated:  # the title block's date is the release date
            return Detected(int(dated.group(1)), line.strip())
    prose = f"{title}\n\n{body}"  # a headline, or a first sentence cut as the title
    for pattern in _PROSE_EDITION:
        match = pattern.search(prose)
        if match:
            year = next(group for group in match.groups() if group)
            return Detected(int(year), " ".join(match.group(0).split()))
    annual = _annual_edition(prose) or _cited_edition(prose)
    if annual is not None:
        return annual
    lagged = _LAGGED_DATA.search(body)
    if lagged:
        latest = int(lagged.group(1))
        return Detected(
            latest + 2,
            f"its latest data are of {latest}, so the reporting period is {latest + 1}",
            Confidence.INFERRED,
        )
    priors = Counter(
        _prior_period(m)
        for m in _PRIOR_PERIOD.finditer(body)
        if not TIER_MENTION.search(m.group(0))  # a tier's history: "fell from Tier 2 in 2020"
        and _COUNTED.search(body, body.rfind(". ", 0, m.start()) + 1, m.end())
        and not _LAG_CUE.search(_sentence_of(body, m))
    )
    if priors:
        prior = max(priors)
        return Detected(
            prior + 2,
            f"figures compared with {prior}, so the reporting period is {prior + 1}",
            Confidence.INFERRED,
        )
    reported = Counter(int(m.group(1)) for m in _REPORTING_YEAR.finditer(body))
    if reported:
        year = max(reported)
        published = _page_dated(dropped)
        if published is not None and published[0] == year:
            # A page dated in the year its latest events happened holds that year's
            # edition: the report comes out in June and covers events up to its spring.
            return Detected(
                year, f"events dated {year} on a page last updated in {year}", Confidence.INFERRED
            )
        if len(body.split()) >= _EVENTS_MIN_WORDS:
            return Detected(
                year + 1,
                f"its latest events are dated {year}, taken as the reporting period",
                Confidence.INFERRED,
            )
    return Detected(None)


#: The period before the reporting period as the report names it ("the previous
#: reporting period", "the prior year", "last year"; the one vocabulary: the edition's
#: year and the figures' periods build on it). PREVIOUS_PERIOD_WORDS: without "last year",
#: as a regex fragment.
PREVIOUS_PERIOD_WORDS = (
    r"(?:the|a)\s+(?:previous|prior|preceding)\s+(?:reporting\s+|fiscal\s+)?(?:year|period)\b"
)
PREVIOUS_PERIOD = re.compile(rf"\b{PREVIOUS_PERIOD_WORDS}|\blast\s+year\b", re.IGNORECASE)


def _prior_period(match: re.Match[str]) -> int:
    """The previous reporting period a comparison of :data:`_PRIOR_PERIOD` dates: its
    year, or the year after it when the comparison names the previous period first ("a
    decrease from 28 prosecutions initiated in the previous reporting period and 35
    initiated in 2016": 2016 is the year before it)."""
    group = next(g for g in range(1, (match.re.groups or 0) + 1) if match.group(g))
    year = int(match.group(group))
    named_first = PREVIOUS_PERIOD.search(match.string, match.start(), match.start(group))
    return year + 1 if named_first else year


def _sentence_of(body: str, match: re.Match[str]) -> str:
    """The sentence (roughly: from ". " to ". ") a match of ``body`` falls in."""
    end = body.find(". ", match.end())
    return body[body.rfind(". ", 0, match.start()) + 1 : len(body) if end < 0 else end]


_PAGE_DATE = re.compile(r"^last updated?:?\s.*?\b((?:19|20)\d{2})\b", re.I)


def _page_dated(dropped: Sequence[str]) -> tuple[int, str] | None:
    """The year a web page says it was last updated, from the chrome lines dropped."""
    for line in dropped:
        match = _PAGE_DATE.match(line)
        if match:
            return int(match.group(1)), line.strip()
    return None


# ----------------------------------------------------------------- country

# Words of a name on one line (a title block's lines must not run together).
_NAME = rf"{NAME_WORD}(?:[ \t]+(?:and[ \t]+|of[ \t]+|the[ \t]+)*{NAME_WORD}){{0,4}}"
_COUNTRY_PATTERNS = (
    (
        "title",
        re.compile(
            # a name the report prints inverted ("KOREA, NORTH", "CONGO, REPUBLIC OF THE")
            # or with a part in brackets ("CONGO (KINSHASA)", "CHINA (HONG KONG)")
            rf"^(?:\[[^\]]*\]\s*)?(?P<c>(?:{_NAME}(?:,[ \t]*[\w'’. -]+?)?|[A-Z][A-Z' .-]+?)"
            rf"(?:[ \t]*\((?!\s*(?:{TIER_WORDS}|Republic of\b))[\w'’. ]{{2,30}}\))?)"
            rf"\s*(?:\(Republic of\)\s*)?(?:\(\s*{TIER_WORDS}\s*\)?|:\s*{TIER_WORDS})",
            re.I | re.M,
        ),
    ),
    (
        "title",
        re.compile(
            rf"(?:^|[-–]\s*)Special\s*Case\s*:\s*(?P<c>{_NAME}|[A-Z][A-Z' .-]+?)\s*$", re.I | re.M
        ),
    ),
    (
        "title",
        re.compile(
            rf"(?:Report|Narratives)(?:\s+(?:19|20)\d{{2}})?[ \t]*(?:[-–:]|-\s*(?:Country Narratives|Special Cases)\s*-)[ \t]*(?P<c>{_NAME})[ \t]*$",
            re.M,
        ),
    ),
    (
        "body",
        re.compile(
            # "The Government of the Republic of Korea (ROK) fully meets …"
            rf"\bThe Government of (?:the )?(?P<c>{_NAME}?)(?:\s+\([A-Z][A-Z.]{{1,8}}\))?\s+(?:does|did|fully|is|has|made|demonstrated|conducted|increased|decreased|maintained|improved|sustained)\b"
        ),
    ),
    (
        "body",
        re.compile(
            # "The United Arab Emirates (U.A.E.) is a destination …"
            rf"^(?P<c>{_NAME}?)(?: \([A-Z][A-Z.]{{1,8}}\))? is (?:\w+ ){{0,2}}?(?:a|an) (?:[\w-]+,? ){{0,4}}?(?:source|transit|destination)\b",
            re.M,
        ),
    ),
    ("body", re.compile(rf"\bRecommendations for (?:the )?(?P<c>{_NAME}):", re.I)),
    (
        "body",
        re.compile(
            rf"\btherefore,?\s+(?:the\s+)?(?P<c>{_NAME}?)\s+(?:remained|remains|is|was|has been)\s+(?:placed\s+|upgraded\s+|downgraded\s+)?(?:on|to)\s+Tier"
        ),
    ),
)


def _tidy_country(name: str, body: str) -> str:
    """The name as the alias table shows it ("SAINT VINCENT …" → "St. Vincent …",
    "KOREA, NORTH" → "North Korea"), else tidied, and "Republic of X" as "X" when the
    narrative calls it so."""
    name = country_name(name)
    match = re.match(r"(?:the )?Republic of (\w+)$", name, re.I)
    if match and re.search(rf"\b{match.group(1)}\b", body.replace(match.group(0), "")):
        name = match.group(1)
    return name[:1].upper() + name[1:]


def _title_name(text: str, start: int, name: str) -> str:
    """A title's name that is no known country as the known country it names: that of
    its first words ("Nigeria Tier ranking" → "Nigeria"), else the one it ends when broken
    over two title lines ("COTE" / "D'IVOIRE (Tier 2)"); else the name."""
    words = name.split()
    before = text[: start - 1].rsplit("\n", 1)[-1].split() if start and text[start - 1] == "\n" else []
    candidates = itertools.chain(
        (" ".join(words[:count]) for count in range(len(words), 0, -1)),
        (" ".join([*before[-count:], name]) for count in range(1, min(3, len(before)) + 1)),
    )
    return first_known(candidates) or name


def detect_country(title: str, body: str) -> Detected:
    titled = _stated_country("title", title, body) or _name_in_capitals(title)
    if titled is not None:
        return _misprint_corrected(titled, body)
    return (
        _stated_country("body", body, body)
        or _report_titled_country(title)
        or _country_from_running_text(title + "\n" + body)
    )


# The report's name on a page's title ("Protection against human trafficking in Tunisia
# (TIP 2023)", "Kuwait's section in the 2017 TIP Report"): with it, the title is the page's
# heading over the report's words on one country.
_TITLED_REPORT = re.compile(rf"{_REPORT_NAME}|\bTIP\s*(?:19|20)\d{{2}}\b", re.I)


def _report_titled_country(title: str) -> Detected | None:
    """The one country a title line naming the report names (see _TITLED_REPORT), or
    None: a title naming two ("US report ranks Pakistan above India") names no one's."""
    for line in title.splitlines():
        if not _TITLED_REPORT.search(line):
            continue
        named = countries_named(line)
        if len(named) == 1:
            return Detected(named.pop(), line.strip())
    return None


def _misprint_corrected(titled: Detected, body: str) -> Detected:
    """A title's name that is no known country but one letter off the known country the
    body names ("MOTENEGRO (Tier 2 Watch List)" over "The Government of Montenegro …") as
    that country: a misprint in a site's heading; else the title's."""
    if known_country(str(titled.value)) is not None:
        return titled
    named = _stated_country("body", body, body) or _country_from_running_text(body)
    if (
        named.value is not None
        and known_country(str(named.value)) is not None
        and one_letter_apart(str(titled.value), str(named.value))
    ):
        return Detected(named.value, f"{named.evidence} (the title misprints it {titled.evidence!r})")
    return titled


# An abbreviation a text defines in brackets ("the Republic of Korea (ROK)") and then
# writes for the name ("therefore the ROK was upgraded"): the name it stands for is meant.
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


#: A footnote's number printed against a name's last letter ("Serbia and Montenegro1
#: (Tier 2)"): no part of the name.
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\d{1,2}$")


def _stated_country(where: str, text: str, body: str) -> Detected | None:
    """The country the first of the ``where`` patterns finds in ``text``, or None."""
    for pattern in (pattern for kind, pattern in _COUNTRY_PATTERNS if kind == where):
        match = pattern.search(text)
        if match and match.group("c").lower() not in ("the", "tier"):
            name = _FOOTNOTE_MARK.sub("", match.group("c"))
            if _ACRONYM.fullmatch(name) and known_country(name) is None:
                defined = re.search(rf"(?:the )?({_NAME}) \({re.escape(name)}\)", body)
                if defined is None:
                    continue  # "the ROK" of a text that never spells it out: no name
                name = defined.group(1)
            # a title's words after the name ("Nigeria Tier ranking: TIER 2")
            if where == "title" and known_country(name) is None:
                name = _title_name(text, match.start("c"), name)
            return Detected(_tidy_country(name, body), match.group(0).strip())
    return None


_SPECIAL_CASES = "SPECIALCASES"  # the 2007 edition's part heading, its letters spaced or not


def _name_in_capitals(title: str) -> Detected | None:
    """A country's name in capitals alone on the first title line, or under the special
    cases' heading: the title of a narrative that states no tier there ("SPECIAL CASES"
    / "THE BAHAMAS", as the 2007 edition heads its special cases)."""
    lines = [line.strip() for line in title.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if index and "".join(lines[index - 1].split()) != _SPECIAL_CASES:
            continue
        if line.isupper() and (name := known_country(line)) is not None:
            return Detected(name, line)
    return None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = (files("tipdiff") / "data" / "countries.tsv").read_text(encoding="utf-8")
    entries = []
    for row in table.splitlines():
        if not row or row.startswith("#"):
            continue
        name, _, aliases = row.partition("\t")
        names = [name.removeprefix("The "), *filter(None, aliases.split(","))]
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # No look-behind in the pattern: it would cost the regex engine its fast scan
        # for the names' first characters; _mentions checks the character before.
        entries.append((name, re.compile(rf"(?:{alternation})(?![\w-])")))
    return tuple(entries)


def _mentions(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` not preceded by a word character or a hyphen."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        before = text[match.start() - 1] if match.start() else " "
        if before == "-" or before.isalnum() or before == "_":
            position = match.start() + 1
            continue
        found.append(match)
        position = match.end()
    return found


#: A name right after these words is a place people are taken to or come from, or one
#: of a list ("to Russia", "from Uzbekistan", "Iran, Pakistan, and the UAE"): the
#: narrative's own country is the one it calls "in X", "X's", "Xi victims".
_PASSING_ROLE = re.compile(
    r"(?:\b(?:to|from|into|via|through|across|towards?|including|such\s+as|or|and|"
    r"neighbou?ring|bordering|with|between)|,)\s+(?:the\s+)?$",
    re.I,
)
_PASSING_WEIGHT = 0.25
#: A place people are taken to or come from ("sent women to Egypt for domestic
#: servitude"), unless the name goes on ("to the Maldives Police Service"): named once
#: so, in a section that never names its own country, it is no evidence of it.
_GONE_TO = re.compile(r"\b(?:to|from|into|via|through|across|towards?)\s+(?:the\s+)?$", re.I)
_PART_OF_A_NAME = re.compile(r"\s+[A-Z]")
#: A name a list goes on from ("Cambodia, China, Cuba, and Russia", "Brazil and South
#: Africa"): the list's first, as passing as the rest.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?")
#: A line of its own that names a country ("Findings on the United States", "KENYA"): a
#: heading over the part of a page about that country, which counts twice.
_HEADING_LINE = re.compile(r"[^\n.!?:;]{0,60}")
_HEADING_WEIGHT = 2.0
#: A country's forces or war on another ("Russia's full-scale invasion of Ukraine",
#: "territories occupied by Russia's forces"): a foreign power's, in passing, though
#: written as a possessive.
_FOREIGN_FORCE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:invasion|war|aggression|occupation|forces|troops)\b", re.I
)
#: A mention that stands for foreigners the narrative met ("the trafficker, a South
#: African woman", "deported 800 Basotho"): a country a text names only once, so, is no
#: evidence of the text's own ("the majority were Moldovan citizens" may be).
_ONE_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.I)
_PERSON_AFTER = re.compile(
    r"\s+(?:wom[ae]n|m[ae]n|girl|boy|child|minor|national|citizen|victim|worker|migrant|"
    r"trafficker|person|individual)\b",
    re.I,
)
_COUNT_BEFORE = re.compile(r"\b\d[\d,]*\s+$")  # "800 Basotho", unless a noun follows:
_NOUN_AFTER = re.compile(r"\s+[a-z]")  # "7,200 New Zealand dollars"
_POSSESSIVE = re.compile(r"['’]s\b")
#: A name for people of that nationality ("screening PRC nationals … upon arrival in
#: Singapore"): the report's word for foreigners, so a country in passing, like the
#: places people come from; the narrative's own is the place it names.
_NATIONALS_AFTER = re.compile(r"\s+nationals\b", re.I)
#: A name in these phrases is the report's author, not its subject ("the United States'
#: Trafficking Victims Protection Act", "the Department of State of the United States"):
#: such mentions count for nothing.
_AUTHOR_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:of\s+America\s+)?(?:Trafficking\s+Victims\s+Protection|TVPA|"
    r"Department\s+of\s+State|State\s+Department|Secretary\s+of\s+State|Congress)\b",
    re.I,
)
_AUTHOR_BEFORE = re.compile(r"\b(?:Department|Secretary)\s+of\s+State\s+of\s+the\s+$", re.I)
#: A currency named after a region, not a country ("250,000 Central African CFA francs"):
#: no mention of the country whose adjective it shares.
_SHARED_CURRENCY_AFTER = re.compile(r"\s+CFA\b")
#: A national currency ("500,000 Mauritanian ouguiya (MRU)", "New Zealand dollars"): the
#: money of the country whose amounts the text reports, so weak evidence of it, as a
#: place named in passing is; never a person met ("800 Basotho").
_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|francs?|pesos?|pounds?|rupees?|dinars?|dirhams?|riyals?|rials?|"
    r"shillings?|ouguiyas?|lira|liras|reais|real|rand|naira|cedis?|kwacha|birr|leones?|"
    r"dalasis?|lari|manats?|somoni|som|tenge|roubles?|rubles?|hryvnias?|lei|leu|leva|lev|"
    r"denars?|drams?|kunas?|forints?|zloty|korun[ay]|euros?|kron[eo]r|krone|yuan|renminbi|"
    r"yen|won|baht|kyats?|riels?|kips?|dong|ringgits?|rupiahs?|takas?|afghanis?|quetzal(?:es)?|"
    r"lempiras?|col[oó]n(?:es)?|c[oó]rdobas?|bolivianos?|soles|sol|guaran[ií]es|gourdes?|"
    r"balboas?|pula|maloti|loti|emalangeni|lilangeni|meticais|metical|kwanzas?|ariary|nakfa|"
    r"ngultrum|rufiyaa|t[oö]gr[oö]gs?|tugriks?|vatu|kina|escudos?|dobras?|lek|convertible\s+marks?)\b",
    re.I,
)


#: A country's adjective that names a language ("materials in English and French",
#: "French-speaking", "the Arabic language"): no mention of the country.
_LANGUAGE_BEFORE = re.compile(r"\bEnglish\s*(?:,|,?\s+(?:and|or))\s+$")
_LANGUAGE_AFTER = re.compile(r"(?:,?\s+(?:and|or)\s+English\b|[\s-]+(?:speaking|speakers?|languages?)\b)")


def _named_countries(text: str) -> list[tuple[re.Match[str], str]]:
    """The countries ``text`` names, each mention with its country, in order; the report's
    author left out."""
    found = [(match, name) for name, pattern in _gazetteer() for match in _mentions(pattern, text)]
    # A name within a longer one is no mention of its own ("Sudan" in "South Sudan",
    # "Guinea" in "Papua New Guinea"): the longest name at a place is the one meant.
    found.sort(key=lambda item: (item[0].start(), -item[0].end()))
    named: list[tuple[re.Match[str], str]] = []
    reach = 0
    for match, name in found:
        if match.end() <= reach:
            continue
        if named and named[-1][1] == name and text[reach : match.start()].strip() == "(":
            continue  # the abbreviation a name defines ("the Congo (DRC)"): one mention
        reach = match.end()
        before = text[max(0, match.start() - 30) : match.start()]
        if not (
            _AUTHOR_BEFORE.search(before)
            or _AUTHOR_AFTER.match(text, match.end())
            or _SHARED_CURRENCY_AFTER.match(text, match.end())
            or _LANGUAGE_BEFORE.search(before)
            or _LANGUAGE_AFTER.match(text, match.end())
        ):
            named.append((match, name))
    return named


def countries_named(text: str) -> set[str]:
    """The countries ``text`` names, the report's author left out."""
    return {country_name(name) for _, name in _named_countries(text)}


def unnamed_country(text: str) -> str:
    """Why no country was read from ``text``: it names none, or none clearly enough to be
    its own ("Germany" once among "German, Romanian, and Bulgarian" suspects)."""
    named = list(dict.fromkeys(country_name(name) for _, name in _named_countries(text)))
    if not named:
        return "the text never names its country"
    more = ", …" if len(named) > 4 else ""
    return (
        "the text names no country clearly enough to be its own "
        f"(it names {', '.join(named[:4])}{more})"
    )


def _is_heading_mention(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` stands on a short line of its own that ends no sentence."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line.split()) <= 6 and _HEADING_LINE.fullmatch(line) is not None


def _country_from_running_text(text: str) -> Detected:
    """The country a text is about when it only names it in running text: each
    mention weighed by its role (destinations, origins, lists, nationals and currencies
    count a quarter, a heading twice), the best kept only when it clearly outweighs every
    other country (named plainly twice, or once against others named only in passing) and
    is not named just once, for foreigners (see :data:`_ONE_BEFORE`) or as a place people
    are taken to or come from (see :data:`_GONE_TO`)."""
    scores: dict[str, float] = {}
    mentions: Counter[str] = Counter()
    foreigners: set[str] = set()  # the countries named for people the text met
    headed: set[str] = set()  # the countries a heading names
    plainly: set[str] = set()  # the countries named once or more not in passing
    elsewhere: set[str] = set()  # the countries named as a place gone to or come from
    named = _named_countries(text)
    starts = {match.start() for match, _ in named}
    for match, name in named:
        before = text[max(0, match.start() - 30) : match.start()]
        currency = _CURRENCY_AFTER.match(text, match.end()) is not None
        if (_ONE_BEFORE.search(before) and _PERSON_AFTER.match(text, match.end())) or (
            _COUNT_BEFORE.search(before) and not _NOUN_AFTER.match(text, match.end()) and not currency
        ):
            foreigners.add(name)
        passing = _PASSING_ROLE.search(before)
        if passing and passing.group(0).startswith(",") and _POSSESSIVE.match(text, match.end()):
            passing = None  # "For the second year in a row, Vietnam’s ranking …": no list
        listed = (goes_on := _LIST_GOES_ON.match(text, match.end())) and goes_on.end() in starts
        if _GONE_TO.search(before) and not _PART_OF_A_NAME.match(text, match.end()):
            elsewhere.add(name)
        if (
            passing
            or listed
            or currency
            or _FOREIGN_FORCE.match(text, match.end())
            or _NATIONALS_AFTER.match(text, match.end())
        ):
            weight = _PASSING_WEIGHT
        elif _is_heading_mention(text, match):
            weight = _HEADING_WEIGHT
            headed.add(name)
        else:
            weight = 1.0
        if weight >= 1.0:
            plainly.add(name)
        scores[name] = scores.get(name, 0.0) + weight
        mentions[name] += 1
    if not scores:
        return Detected(None)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    # One plain mention ("in Germany") outweighs others named only in passing ("suspects
    # were primarily German, Romanian, and Bulgarian"), not another plain one.
    contested = best not in plainly or any(name in plainly for name, _ in ranked[1:])
    if (
        best_score < 2 * runner_up
        or (runner_up and contested and best_score < 2)
        or (mentions[best] == 1 and (best in foreigners or best in elsewhere))
    ):
        return Detected(None)
    others = ", ".join(f"{n} {mentions[n]}" for n, _ in ranked[1:4])
    times = "once" if mentions[best] == 1 else f"{mentions[best]} times"
    heading = " once as a heading," if best in headed else ""
    evidence = f"named {times} in running text,{heading} more than any other country"
    if others:
        evidence += f" (also named: {others})"
    return Detected(country_name(best), evidence, Confidence.INFERRED)
