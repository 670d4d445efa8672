"""Section headings: the one vocabulary ingest (paragraph breaks) and segment (sections)
read headings with, in every form the report has used ("PROSECUTION", "Law Enforcement",
"Victim Protection", "PRIORITIZED RECOMMENDATIONS:", "Recommendations for Azerbaijan:"),
on a line of its own (maybe with Markdown's marks: "## Prosecution", "**Prosecution:**") or
run into its paragraph ("Prosecution: The government …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .countries import known_country
from .model import SectionName

#: The words of each section's heading (in any case).
_SECTION_WORDS: tuple[tuple[SectionName, str], ...] = (
    (SectionName.PROSECUTION, r"prosecution|law enforcement"),
    (SectionName.PROTECTION, r"(?:victim )?protection"),
    (SectionName.PREVENTION, r"prevention"),
    # a special case's profile (2014–2021): "SCOPE AND MAGNITUDE"
    (SectionName.PROFILE, r"trafficking profile|profile|scope and magnitude"),
)

#: Markdown's marks around a heading line, as a page converted to Markdown sets them.
_MARKED_BEFORE = r"(?:#{1,6}[ \t]+)?(?:\*\*)?[ \t]*"
_MARKED_AFTER = r"[ \t]*(?:\*\*)?[ \t]*:?"
_MARKS = re.compile(r"^[ \t]*#{1,6}[ \t]+|\*\*")


def _heading_line(words: str) -> re.Pattern[str]:
    """A line holding nothing but a heading of ``words`` (and a colon, and marks)."""
    return re.compile(rf"^{_MARKED_BEFORE}(?:{words})\s*:?{_MARKED_AFTER}$", re.I)


_RECOMMENDATIONS_WORDS = r"(?:prioritized |key )?recommendations"
#: A country's name as a lead-in's subject writes it, in its own case ("Mali", "Bosnia and
#: Herzegovina", "the Kyrgyz Republic").
_SUBJECT_NAME = r"(?-i:(?:the )?[A-Z][\w'’.-]*(?: (?:and|of|the|[A-Z][\w'’.-]*)){0,5})"
#: The 2007–2008 lead-in of a list run into the summary: "The government should: improve
#: …; increase …; and provide …", "The Government of Tajikistan should: …", "To improve
#: its response to trafficking, Mali should: …".
_PURPOSE = r"(?:to [\w'’ -]{3,60}, )?"  # "To improve its response to trafficking, "
SHOULD_LEAD_IN = rf"{_PURPOSE}(?:the government(?: of {_SUBJECT_NAME})?|{_SUBJECT_NAME}) should"
#: Such a lead-in whose subject is a name: only a country's leads in its list
#: ("Governments should:" opens the minimum standards on a page about the report).
_NAMED_SUBJECT = re.compile(rf"^{_MARKED_BEFORE}{_PURPOSE}(?P<subject>{_SUBJECT_NAME}) should\b", re.I)
_TITLE_WORDS = r"country narratives?"

HEADINGS: tuple[tuple[SectionName, re.Pattern[str]], ...] = (
    *((name, _heading_line(words)) for name, words in _SECTION_WORDS),
    (
        SectionName.RECOMMENDATIONS,
        _heading_line(
            rf"{_RECOMMENDATIONS_WORDS}(?: for [^:*]{{2,60}})?|recommendation for [^:*]{{2,60}}"
            rf"|{SHOULD_LEAD_IN}(?=\s*:)"
        ),
    ),
)

#: Lines that are structure but open no section: a page's title over the narrative, and
#: a special case's heading over its prosecution, protection and prevention paragraphs
#: (2016–2021: "GOVERNMENT EFFORTS", "GOVERNMENT EFFORTS … continues" on a page's second part).
_TITLE_LINE = _heading_line(_TITLE_WORDS)
_EFFORTS_WORDS = r"government efforts(?:\s*(?:…|\.\.\.)\s*continues)?"
_EFFORTS_LINE = _heading_line(_EFFORTS_WORDS)


#: All of the above in one pattern: almost every line is no heading, and one scan
#: tells so (every line of a narrative is asked).
_ANY_HEADING = re.compile(
    "|".join(
        pattern.pattern for pattern in (*(p for _, p in HEADINGS), _TITLE_LINE, _EFFORTS_LINE)
    ),
    re.I,
)


#: A section's heading run into its paragraph ("Prosecution: The government …",
#: "PREVENTION — The government …"), as some copies set it.
_SECTION = "|".join(words for _, words in _SECTION_WORDS)
_RUN_IN = re.compile(
    rf"^(?:\*\*(?i:({_SECTION}))\s*[:.–—]?\s*\*\*\s*[:.–—]?|(?i:({_SECTION}))\s*[:.–—])"
    r"\s+(?=[A-Z\"“(])"
)


def run_in_heading(paragraph: str) -> tuple[str, str] | None:
    """A paragraph that opens with a section's heading run into its text ("Prosecution:
    The government …", "**Prosecution.** The government …"): the heading and the text
    after it, or None."""
    match = _RUN_IN.match(paragraph)
    if match is None:
        return None
    return match.group(1) or match.group(2), paragraph[match.end() :]


def undecorated(line: str) -> str:
    """A heading line without Markdown's marks ("## Prosecution" → "Prosecution")."""
    return _MARKS.sub("", line).strip() if "#" in line or "**" in line else line


#: Headings a text cut off may break off mid-word ("Prioritized Recomm"), in lower case.
_HEADING_PHRASES = (
    "prioritized recommendations",
    "key recommendations",
    "recommendations for",
    "law enforcement",
    "victim protection",
    "prosecution",
    "prevention",
    "trafficking profile",
    "scope and magnitude",
    "government efforts",
)
_CUT_LETTERS = 5  # characters a cut heading keeps at least: "Pro" may open anything


def is_cut_heading(line: str) -> bool:
    """A line that is the opening of a heading and no whole one ("Prioritized Recomm",
    "PROSEC"): the heading a text is cut off in, not a sentence."""
    text = " ".join(undecorated(line).split()).lower()
    return len(text) >= _CUT_LETTERS and any(
        phrase.startswith(text) and phrase != text for phrase in _HEADING_PHRASES
    )


def _is_heading(line: str) -> bool:
    """:func:`is_heading_line` of a line already stripped."""
    return _ANY_HEADING.match(line) is not None and not _names_no_country(line)


def _names_no_country(line: str) -> bool:
    """A "… should:" lead-in whose subject is neither the government nor a country."""
    named = _NAMED_SUBJECT.match(line) if "should" in line else None
    return (
        named is not None
        and not named["subject"].lower().startswith("the government")
        and known_country(named["subject"]) is None
    )


def heading_section(text: str) -> SectionName | None:
    """The canonical section a heading line names, or None when it is not a heading."""
    line = text.strip()
    if not _is_heading(line):
        return None
    for name, pattern in HEADINGS:
        if pattern.match(line):
            return name
    return None


def is_efforts_heading(line: str) -> bool:
    """A special case's "GOVERNMENT EFFORTS" heading: the P sections follow under it,
    each without a heading of its own."""
    return _EFFORTS_LINE.match(line.strip()) is not None


def is_heading_line(line: str) -> bool:
    """A line that is a heading of the narrative's structure, not text."""
    return _is_heading(line.strip())


# How every heading line opens: Markdown's marks, then a heading's words. Searched for
# after each line break, it finds the few lines that may be headings, not asking each.
_HEADING_OPENING = re.compile(
    r"\n[#* \t]*(?:"
    + "|".join(
        (
            *(words for _, words in _SECTION_WORDS),
            _RECOMMENDATIONS_WORDS,
            SHOULD_LEAD_IN,
            _TITLE_WORDS,
            _EFFORTS_WORDS,
        )
    )
    + ")",
    re.I,
)


def heading_indices(lines: Sequence[str], text: str) -> list[int]:
    """The indices of the ``lines`` that are headings (:func:`is_heading_line`), for
    lines already stripped; ``text`` is the lines joined by line breaks."""
    match = _is_heading
    found = [0] if lines and match(lines[0]) else []
    line = at = 0
    for opening in _HEADING_OPENING.finditer(text):
        line += text.count("\n", at, opening.start() + 1)
        at = opening.start() + 1
        if match(lines[line]):
            found.append(line)
    return found
