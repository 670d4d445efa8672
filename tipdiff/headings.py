"""Section headings: the one vocabulary ingest (paragraph breaks) and segment (sections)
read headings with, in every form the report has used ("PROSECUTION", "Law Enforcement",
"Victim Protection", "PRIORITIZED RECOMMENDATIONS:", "Recommendations for Azerbaijan:")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import SectionName

HEADINGS: tuple[tuple[SectionName, re.Pattern[str]], ...] = (
    (SectionName.PROSECUTION, re.compile(r"^(?:prosecution|law enforcement)\s*:?$", re.I)),
    (SectionName.PROTECTION, re.compile(r"^(?:victim )?protection\s*:?$", re.I)),
    (SectionName.PREVENTION, re.compile(r"^prevention\s*:?$", re.I)),
    (SectionName.PROFILE, re.compile(r"^(?:trafficking profile|profile)\s*:?$", re.I)),
    (
        SectionName.RECOMMENDATIONS,
        re.compile(r"^(?:prioritized |key )?recommendations(?: for [^:]{2,60})?\s*:?$", re.I),
    ),
)

#: Lines that are structure but open no section (a page's title over the narrative).
_TITLE_LINE = re.compile(r"^country narratives?$", re.I)


#: All of the above in one pattern: almost every line is no heading, and one scan
#: tells so (every line of a narrative is asked).
_ANY_HEADING = re.compile(
    "|".join(pattern.pattern for pattern in (*(p for _, p in HEADINGS), _TITLE_LINE)), re.I
)


def heading_section(text: str) -> SectionName | None:
    """The canonical section a heading line names, or None when it is not a heading."""
    line = text.strip()
    if not _ANY_HEADING.match(line):
        return None
    for name, pattern in HEADINGS:
        if pattern.match(line):
            return name
    return None


def is_heading_line(line: str) -> bool:
    """A line that is a heading of the narrative's structure, not text."""
    return _ANY_HEADING.match(line.strip()) is not None


def heading_indices(lines: Sequence[str]) -> list[int]:
    """The indices of the ``lines`` that are headings (:func:`is_heading_line`), for
    lines already stripped: one comprehension instead of a call per line."""
    match = _ANY_HEADING.match
    return [index for index, line in enumerate(lines) if match(line)]
