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

import array
import bisect
import dataclasses
import html
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from . import ingest
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
#: A sentence's first words are looked for in its first this many characters (all of it
#: when they hold too few words).
_OPENING = 80

# The source's units are its lines, cut at form feeds (pdftotext's page breaks).
_HYPHENS = ("-", "\u00ad", "\u2010", "\u2011")
# Words are letters and digits, with hyphens and apostrophes inside them
# ("anti-trafficking", "government's"); every other character separates words, so
# text run together at a sentence's end ("workers.Increase") still gives its words.
# (One character at a time: faster than runs, and the same words.)
_JOINER_CHARACTERS = "'’-\u00ad\u2010\u2011"  # apostrophes and hyphens
_JOINING = re.escape(_JOINER_CHARACTERS)  # as a pattern's class
_SEPARATORS = re.compile(rf"[^\w\s{_JOINING}]|_")
_JOINERS = re.compile(rf"[{_JOINING}]")
_INNER = re.compile(r"[^\w]+|_+")
_MARKUP = re.compile(
    r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL
)
# For :func:`_separated`: the ASCII bytes, and a table making the separators among them
# spaces (the bytes of other characters in UTF-8 are all above 127, left as they are).
_ASCII = bytes(range(128))
_ASCII_SEPARATORS = bytes(
    ord(" ") if byte < 128 and _SEPARATORS.fullmatch(chr(byte)) else byte for byte in range(256)
)


def keys(text: str) -> list[str]:
    """The words of a text as compared: case and inner punctuation folded
    ("Anti-Trafficking," → "antitrafficking")."""
    folded = text.casefold()
    if folded.isascii():  # nearly every sentence: separators and joiners in one table
        return folded.encode().translate(_ASCII_SEPARATORS, b"'-").decode().split()
    return _words(_SEPARATORS.sub(" ", folded))


def _words(separated: str) -> list[str]:
    if not _JOINERS.search(separated):
        return separated.split()
    found = [w if w.isalnum() else _INNER.sub("", w) for w in separated.split()]
    return [w for w in found if w] if "" in found else found


@dataclass(frozen=True, slots=True)
class SourceWords:
    """The words of a source (see :func:`keys`) by unit (a line, or its part on one
    page): each unit's words one space apart ("" for none), with the line and page the
    unit is on (a page of 0: the source has no pages). A word hyphenated across units is
    whole in the unit it starts in. Kept by unit, not by word: a whole edition has half a
    million words, and each narrative cut from it searches only those on its lines."""

    units: Sequence[str]
    lines: Sequence[int]  # in order
    pages: Sequence[int]

    def span(self, first_line: int, last_line: int) -> SourceWords:
        """The words on lines ``first_line`` … ``last_line``."""
        start = bisect.bisect_left(self.lines, first_line)
        end = bisect.bisect_right(self.lines, last_line)
        return SourceWords(self.units[start:end], self.lines[start:end], self.pages[start:end])

    def searched(self) -> SearchedWords:
        """These words as :func:`cite` searches them."""
        units = list(filter(None, self.units))
        counts = [unit.count(" ") + 1 for unit in units]
        return SearchedWords(
            " ".join(units),
            array.array("i", itertools.accumulate(counts, initial=0)),
            array.array("i", itertools.compress(self.lines, self.units)),
            array.array("i", itertools.compress(self.pages, self.units)),
        )


@dataclass(frozen=True, slots=True)
class SearchedWords:
    """Words as :func:`cite` looks sentences up in them: their keys in one string, one
    space between each two, and the units (see :class:`SourceWords`) that hold them: the
    position of each one's first word (then the number of words), and its line and page
    (a page of 0: the source has no pages). A narrative cut from an edition keeps its
    words so, and is searched without making an object per word."""

    keys: str
    starts: Sequence[int]
    lines: Sequence[int]
    pages: Sequence[int]

    def __len__(self) -> int:
        return self.starts[-1]

    def citation(self, position: int) -> Citation:
        unit = bisect.bisect_right(self.starts, position) - 1
        return Citation(self.lines[unit], self.pages[unit] or None)

    def first_on(self, line: int) -> int | None:
        """The position of the first word on ``line`` (None when no word is on it); the
        units' lines need not increase (the columns of a page put in reading order, see
        tipdiff.columns)."""
        try:
            return self.starts[self.lines.index(line)]
        except ValueError:
            return None


def source_words(raw: str) -> SourceWords:
    """Split a source as read (text or HTML, before any cleaning) into its words.

    The source is cut into units, its lines cut at form feeds, each unit's words made
    one space apart in a few passes over the whole text; then a word hyphenated at the
    end of a unit is re-joined with the rest of it (see :func:`_rejoined`).
    """
    if ingest.is_html(raw):  # what ingest reads as a web page, cite reads as one too
        # Markup becomes spaces, keeping its line breaks, so lines stay where they are.
        raw = _MARKUP.sub(lambda m: "\n" * m.group().count("\n") or " ", raw)
        raw = html.unescape(raw)
    if not raw.isascii():
        raw = unicodedata.normalize("NFC", raw)
    raw = ingest.one_break_per_line(raw)
    separated = _separated(raw).replace("\f", "\n")
    # (A split and a join per unit: collapsing the whole text's runs of blanks instead
    # takes a pass per halving, each over the tens of thousands the separators leave.)
    units = [" ".join(unit.split()) for unit in _unjoined(separated).split("\n")]
    lines, pages = _places(raw)
    # The units with words that end with a word's hyphen (a hyphen set off by a space,
    # as in "- 73 -", cuts no word).
    ends = [at for at in _hyphen_ends(separated) if not separated[at - 1 : at].isspace()]
    hyphenated = [number for number in ingest.lines_at(separated, ends) if units[number]]
    if hyphenated:
        for later, target in _rejoined(raw.replace("\f", "\n").split("\n"), units, hyphenated):
            first, _, units[later] = units[later].partition(" ")
            units[target] += first
    return SourceWords(units, lines, pages)


def _places(raw: str) -> tuple[list[int], list[int]]:
    """The line and page of each unit of ``raw`` (one break a line): a page's units are
    on its lines from the one its form feed stands on (page 0: no form feeds)."""
    if "\f" not in raw:
        units = raw.count("\n") + 1
        return list(range(1, units + 1)), [0] * units
    lines: list[int] = []
    pages: list[int] = []
    line = 1
    for page, text in enumerate(raw.split("\f"), start=1):
        breaks = text.count("\n")
        lines += range(line, line + breaks + 1)
        pages += itertools.repeat(page, breaks + 1)
        line += breaks
    return lines, pages


def _hyphen_ends(separated: str) -> Iterator[int]:
    """The offsets of the hyphens that end a unit of ``separated`` (units one a line):
    the last one on its line, only blanks after it. The pattern holds only the kinds of
    hyphen the text holds: one kind is searched for as fast as a find, four kinds are
    looked for one character at a time."""
    hyphens = "".join(hyphen for hyphen in _HYPHENS if hyphen in separated)
    if not hyphens:
        return iter(())
    at_end = re.compile(rf"[{re.escape(hyphens)}](?=[^\S\n]*$)", re.MULTILINE)
    return (match.start() for match in at_end.finditer(separated))


def _unjoined(separated: str) -> str:
    """``separated`` without apostrophes and hyphens (the joiners): a replace of each
    one there is, many times faster than the pattern over megabytes."""
    for joiner in _JOINER_CHARACTERS:
        if joiner in separated:
            separated = separated.replace(joiner, "")
    return separated


def _separated(text: str) -> str:
    """``text`` casefolded, with every separator (see ``_SEPARATORS``) a space: the ASCII
    characters through bytes.lower() and a byte table, then each other character there
    is (a few kinds in a whole edition) by a replace — many times faster than casefold()
    and the pattern over megabytes. (Case folding maps each character on its own, and
    what it gives folds to itself, so the order of the replaces does not matter.)"""
    encoded = text.encode("utf-8", "surrogatepass")
    separated = encoded.lower().translate(_ASCII_SEPARATORS).decode("utf-8", "surrogatepass")
    others = encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    for char in sorted(set(others)):
        folded = _SEPARATORS.sub(" ", char.casefold())
        if folded != char:
            separated = separated.replace(char, folded)
    return separated


def _rejoined(
    units: Sequence[str], words: Sequence[str], hyphenated: Sequence[int]
) -> list[tuple[int, int]]:
    """Where words hyphenated at a unit's end go on: for each unit whose first word
    completes one, in order, that unit and the unit of the word it completes.

    ``units`` are the source's units as given, ``words`` their words one space apart
    and ``hyphenated`` the units (with words) whose text ends with a hyphen. Read in
    order, the next unit with words completes the word when it starts with a lower-case
    letter ("traffick-" / "ing"); up to ``_FURNITURE`` short units may stand between
    ("Coordin-" / "42" / "ation"), and a hyphen ending one of those is not a hyphenated
    word. The word completed is the last one before the hyphen that is still a word.
    """
    counts = _WordCounts(words)
    left = _WordCounts(words)  # the words of each unit that no earlier one completes
    merged: list[tuple[int, int]] = []
    passed_over: set[int] = set()
    for hyphen in hyphenated:
        if hyphen in passed_over:
            continue
        target = hyphen
        while not left[target]:
            target -= 1
        furniture = 0
        for later in range(hyphen + 1, len(units)):
            if not counts[later]:
                continue
            if units[later].lstrip()[:1].islower():
                merged.append((later, target))  # "traffick-" / "ing" is one word
                left[later] -= 1
            elif furniture < _FURNITURE and counts[later] <= _FURNITURE_WORDS:
                furniture += 1
                passed_over.add(later)
                continue
            break
    return merged


class _WordCounts(dict[int, int]):
    """The number of words of each unit of ``words`` (units' words one space apart),
    counted when first asked for: :func:`_rejoined` looks at a few units about each
    hyphen, not at every unit of an edition."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__()
        self.words = words

    def __missing__(self, unit: int) -> int:
        words = self.words[unit]
        self[unit] = count = words.count(" ") + 1 if words else 0
        return count


def cite(report: Report, words: SearchedWords) -> Report:
    """Return ``report`` with each sentence's ``at`` and ``recommendations_at`` set.

    ``words`` are the source's (or, for one narrative of a whole edition, the words on
    its lines).
    """
    finder = _Finder(words)
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
    """Looks sentences up in reading order in ``words``: the next occurrence after the
    last one found wins, an earlier one is taken only when there is none after it.

    The words are searched as one string in C, " w1 w2 … wn ", and never split: a word's
    position is the number of spaces before its leading space, counted from the last
    position found (searches go forward, so counting stays linear in the text)."""

    def __init__(self, words: SearchedWords) -> None:
        self.words = words
        self.count = len(words)
        self.text = f" {words.keys} "
        self.cursor = 0  # a character offset in ``text``
        # A word's position and an offset in ``text`` with as many spaces before it: the
        # last one asked for, and each word found.
        self.known = (0, 0)
        self.found: list[tuple[int, int]] = []

    def rewind(self, citation: Citation | None) -> None:
        """Search on from the first word on the cited line (from the start if None)."""
        if citation is None:
            self.cursor = 0
            return
        position = self.words.first_on(citation.line)
        self.cursor = 0 if position is None else self._offset(position)

    def find(self, text: str) -> Citation | None:
        words = _first_keys(text)
        if not words:  # punctuation only ("*"): it stands where the next words do
            position = self._word_at(self.cursor)
            return self.words.citation(position) if position < self.count else None
        count = len(words)
        runs = _RUNS if count >= max(_RUNS) else dict.fromkeys(min(n, count) for n in _RUNS)
        for run in runs:
            at = self._exact(words[:run])
            if at is None:
                at = self._gapped(words[:run])
            if at is not None:
                self.cursor = at + 1
                position = self._word_at(at)
                self.found.append((position, at))
                return self.words.citation(position)
        return None

    def _exact(self, run: Sequence[str]) -> int | None:
        needle = " " + " ".join(run) + " "
        at = self.text.find(needle, self.cursor)
        if at < 0:
            at = self.text.find(needle, 0, self.cursor + len(needle))
        return None if at < 0 else at

    def _gapped(self, run: Sequence[str]) -> int | None:
        """The first word of ``run`` followed by the others in order, each within a few
        words of the last (a running head or page number may stand between)."""
        needle = " " + run[0] + " "
        starts = itertools.chain(self._occurrences(needle, self.cursor, len(self.text)),
                                 self._occurrences(needle, 0, self.cursor))
        return next((at for at in starts if self._follows(run, at)), None)

    def _occurrences(self, needle: str, begin: int, end: int) -> Iterator[int]:
        at = self.text.find(needle, begin, end + len(needle))
        while 0 <= at < end:
            yield at
            at = self.text.find(needle, at + 1, end + len(needle))

    def _follows(self, run: Sequence[str], at: int) -> bool:
        """Whether the words of ``run`` after its first follow the word at ``at``."""
        for word in run[1:]:
            found = self.text.find(f" {word} ", at + 1)
            # words between the two: at most _GAP - 1
            if found < 0 or self.text.count(" ", at + 1, found) >= _GAP:
                return False
            at = found
        return True

    def _word_at(self, offset: int) -> int:
        """The position of the first word whose leading space is at ``offset`` of
        ``text`` or after it: the spaces before ``offset``."""
        position, known = self.known
        if offset >= known:
            position += self.text.count(" ", known, offset)
        else:
            position -= self.text.count(" ", offset, known)
        self.known = (position, offset)
        return position

    def _offset(self, position: int) -> int:
        """The offset in ``text`` of the leading space of the word at ``position``."""
        known, at = min((self.known, *self.found), key=lambda near: abs(near[0] - position))
        at = self.text.index(" ", at)  # the leading space of the word at ``known``
        while known < position:
            at = self.text.index(" ", at + 1)
            known += 1
        while known > position:
            at = self.text.rindex(" ", 0, at)
            known -= 1
        self.known = (position, at)
        return at


def _first_keys(text: str) -> list[str]:
    """The keys of a sentence's opening: at least one more than the longest run, so the
    last word a cut opening may have split is never used (all keys of a short one)."""
    if len(text) > _OPENING:
        words = keys(text[:_OPENING])
        if len(words) > max(_RUNS):
            return words
    return keys(text)


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
