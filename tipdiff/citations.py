"""Where each sentence and recommendation is in its source: line and page (the cite step).

Ingest unwraps hard-wrapped lines, re-joins words hyphenated across lines and drops
page furniture; segment moves headings and splits paragraphs. Rather than thread
positions through all of that, the cite step looks each sentence's first words up in
the words of the source as given, in reading order — so a citation holds whatever
the earlier stages did to the text.

Lines are counted in the file as given: 1-based, a line ends at ``\\n``, ``\\r\\n`` or
``\\r``; a form feed (``pdftotext``'s page break) starts a new page, not a new line.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .model import Citation, Paragraph, Report, Section, SectionName, Sentence

#: How many of a sentence's first words must follow each other in the source; shorter
#: runs are tried when page furniture or a re-joined word breaks the longer one.
_RUNS = (6, 3, 2)
#: At most this many words of page furniture may stand between two words of a run.
_GAP = 12
#: A word hyphenated at a line's end is re-joined across at most this many short lines
#: (of at most this many words: page numbers, running heads).
_FURNITURE = 3
_FURNITURE_WORDS = 8

_LINE_BREAK = re.compile(r"\r\n?|[\n\v\u2028\u2029\u0085]")
# Words are letters and digits, with hyphens and apostrophes inside them
# ("anti-trafficking", "government's"); every other character separates words, so
# text run together at a sentence's end ("workers.Increase") still gives its words.
_SEPARATORS = re.compile(r"[^\w\s'’\-\u00ad]+|_+")
_JOINERS = re.compile(r"['’\-\u00ad]")
_INNER = re.compile(r"[^\w]+|_+")
_MARKUP = re.compile(
    r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL
)
_HTML_SIGNS = re.compile(r"<(?:html|body|p|div|h[1-6]|br|li|table)\b", re.IGNORECASE)


def keys(text: str) -> list[str]:
    """The words of a text as compared: case and inner punctuation folded
    ("Anti-Trafficking," → "antitrafficking")."""
    return _words(_SEPARATORS.sub(" ", text.casefold()))


def _words(separated: str) -> list[str]:
    if not _JOINERS.search(separated):
        return separated.split()
    found = [w if w.isalnum() else _INNER.sub("", w) for w in separated.split()]
    return [w for w in found if w] if "" in found else found


@dataclass(frozen=True, slots=True)
class SourceWords:
    """The words of a source (see :func:`keys`) with the line and page each starts on."""

    keys: tuple[str, ...]
    lines: tuple[int, ...]
    pages: tuple[int | None, ...]

    def span(self, first_line: int, last_line: int) -> tuple[int, int]:
        """The positions of the words on lines ``first_line`` … ``last_line``."""
        return (
            bisect.bisect_left(self.lines, first_line),
            bisect.bisect_right(self.lines, last_line),
        )

    def citation(self, position: int) -> Citation:
        return Citation(self.lines[position], self.pages[position])


def source_words(raw: str) -> SourceWords:
    """Split a source as read (text or HTML, before any cleaning) into its words."""
    if len(_HTML_SIGNS.findall(raw[:200_000])) >= 2:
        # Markup becomes spaces, keeping its line breaks, so lines stay where they are.
        raw = _MARKUP.sub(lambda m: "\n" * m.group().count("\n") or " ", raw)
        raw = html.unescape(raw)
    if not raw.isascii():
        raw = unicodedata.normalize("NFC", raw)
    paged = "\f" in raw
    lines = _LINE_BREAK.split(raw)
    separated = _LINE_BREAK.split(_SEPARATORS.sub(" ", raw.casefold()))
    words: list[str] = []
    numbers: list[int] = []
    pages: list[int | None] = []
    page = 1
    hyphenated: int | None = None  # where the word that ended a line with a hyphen is
    furniture = 0  # lines passed over since (a page number or running head between)
    for number, (line, folded) in enumerate(zip(lines, separated, strict=True), start=1):
        parts = folded.split("\f") if paged else (folded,)
        for part_number, part in enumerate(parts):
            if part_number:
                page += 1
            found = _words(part)
            if not found:
                continue
            if hyphenated is not None and _starts_lower(line, part_number):
                words[hyphenated] += found.pop(0)  # "traffick-" / "ing" is one word
            elif hyphenated is not None and furniture < _FURNITURE and len(found) <= _FURNITURE_WORDS:
                furniture += 1  # "Coordin-" / "42" / "ation": the page number stands between
                words.extend(found)
                numbers.extend([number] * len(found))
                pages.extend([page if paged else None] * len(found))
                continue
            words.extend(found)
            numbers.extend([number] * len(found))
            pages.extend([page if paged else None] * len(found))
            hyphenated = len(words) - 1 if part.rstrip().endswith(("-", "\u00ad")) else None
            furniture = 0
    return SourceWords(tuple(words), tuple(numbers), tuple(pages))


def _starts_lower(line: str, part_number: int) -> bool:
    """True when a line (after its ``part_number``-th form feed) starts with a
    lower-case letter: the rest of a word hyphenated before it."""
    return line.split("\f")[part_number].lstrip()[:1].islower()


def cite(report: Report, words: SourceWords) -> Report:
    """Return ``report`` with each sentence's ``at`` and ``recommendations_at`` set.

    Only the words on ``report.lines`` are searched when the report knows them (one
    narrative of a whole edition).
    """
    start, stop = words.span(*report.lines) if report.lines else (0, len(words.keys))
    finder = _Finder(words, start, stop)
    sections = {
        name: _cited_section(section, finder) for name, section in report.sections.items()
    }
    # Recommendations are searched from where their section starts.
    listed = sections.get(SectionName.RECOMMENDATIONS)
    opening = listed.paragraphs[0].sentences[0].at if listed and listed.paragraphs else None
    finder.rewind(opening)
    return dataclasses.replace(
        report,
        sections=MappingProxyType(sections),
        recommendations_at=tuple(finder.find(text) for text in report.recommendations),
    )


class _Finder:
    """Looks sentences up in reading order in the words ``start`` … ``stop``: the
    next occurrence after the last one found wins, an earlier one is taken only when
    there is none after it."""

    def __init__(self, words: SourceWords, start: int, stop: int) -> None:
        self.words = words
        self.keys = words.keys[start:stop]
        self.start = start
        # One string to search in C: " w1 w2 … wn ", and where each word starts in it.
        self.text = " " + " ".join(self.keys) + " "
        self.offsets = list(itertools.accumulate((len(k) + 1 for k in self.keys), initial=0))
        self.cursor = 0  # a character offset in ``text``

    def rewind(self, citation: Citation | None) -> None:
        """Search on from the first word on the cited line (from the start if None)."""
        if citation is None:
            self.cursor = 0
            return
        lines = self.words.lines[self.start : self.start + len(self.keys)]
        self.cursor = self.offsets[bisect.bisect_left(lines, citation.line)]

    def find(self, text: str) -> Citation | None:
        words = keys(text)
        if not words:  # punctuation only ("*"): it stands where the next words do
            position = bisect.bisect_left(self.offsets, self.cursor)
            return self.words.citation(self.start + position) if position < len(self.keys) else None
        for run in dict.fromkeys(min(n, len(words)) for n in _RUNS):
            found = self._exact(words[:run])
            if found is None:
                found = self._gapped(words[:run])
            if found is not None:
                self.cursor = self.offsets[found] + 1
                return self.words.citation(self.start + found)
        return None

    def _exact(self, run: Sequence[str]) -> int | None:
        needle = " " + " ".join(run) + " "
        at = self.text.find(needle, self.cursor)
        if at < 0:
            at = self.text.find(needle, 0, self.cursor + len(needle))
        return None if at < 0 else self._word_at(at)

    def _gapped(self, run: Sequence[str]) -> int | None:
        """The first word of ``run`` followed by the others in order, each within a few
        words of the last (a running head or page number may stand between)."""
        needle = " " + run[0] + " "
        starts = itertools.chain(self._occurrences(needle, self.cursor, len(self.text)),
                                 self._occurrences(needle, 0, self.cursor))
        for at in starts:
            position = self._word_at(at)
            if self._follows(run, position):
                return position
        return None

    def _occurrences(self, needle: str, begin: int, end: int) -> Iterator[int]:
        at = self.text.find(needle, begin, end + len(needle))
        while 0 <= at < end:
            yield at
            at = self.text.find(needle, at + 1, end + len(needle))

    def _follows(self, run: Sequence[str], position: int) -> bool:
        at = position
        for word in run[1:]:
            window = range(at + 1, min(at + 1 + _GAP, len(self.keys)))
            at = next((i for i in window if self.keys[i] == word), -1)
            if at < 0:
                return False
        return True

    def _word_at(self, offset: int) -> int:
        """The word whose leading space is at ``offset`` of ``text``."""
        return bisect.bisect_left(self.offsets, offset)


def _cited_section(section: Section, finder: _Finder) -> Section:
    paragraphs = tuple(
        Paragraph(
            paragraph.index,
            tuple(_cited(sentence, finder) for sentence in paragraph.sentences),
            paragraph.source_line,
        )
        for paragraph in section.paragraphs
    )
    return dataclasses.replace(section, paragraphs=paragraphs)


def _cited(sentence: Sentence, finder: _Finder) -> Sentence:
    at = finder.find(sentence.text)
    return Sentence(sentence.text, sentence.index, sentence.paragraph, sentence.section, at)
