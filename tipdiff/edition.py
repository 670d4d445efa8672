"""Whole editions: one document holding every country's narrative, read into Reports.

A new edition arrives as one ~600-page PDF, turned into text by ``pdftotext`` (pages
separated by form feeds, running heads, page numbers, words hyphenated across lines
and pages), or, for older editions, as multi-country web pages ("Country Narratives --
Countries A through G"). Steps:

1. lines, each with its source line number and page;
2. page furniture dropped at the edges of each page (running heads such as
   "TRAFFICKING IN PERSONS REPORT JUNE 2024" or the country's name, page numbers);
3. country headings found in every era's form ("AZERBAIJAN: TIER 2",
   "Azerbaijan (Tier 2 Watch List)", "LIBYA: SPECIAL CASE");
4. each narrative cut from its heading to the next one, or to the closing matter
   ("RELEVANT INTERNATIONAL CONVENTIONS", a glossary);
5. each narrative read by the usual stages (ingest, segment, cite, figures), keeping
   the source lines and pages it came from — at once (:func:`read_edition`), or later
   and elsewhere from its :class:`Cut` (:func:`cut_edition`, then :func:`read_cut`).

The front matter (introduction, tier-placement lists, regional maps, the global law
enforcement table) names every country but has no country heading, so it never
becomes a narrative.
"""

from __future__ import annotations

import array
import bisect
import dataclasses
import difflib
import heapq
import itertools
import logging
import re
import string
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from . import citations, columns, figures, ingest, segment
from .countries import country_name, fold, known_country
from .errors import NotANarrativeError, TipdiffError, UnknownCountryError
from .headings import heading_section, is_heading_line, undecorated
from .ingest import Source
from .metadata import GIVEN, MONTH_NAMES, NO_EDITION_YEAR, title_year
from .model import Report, Tier
from .tiers import NOTE_MARKS, TIER_WORDS, canonical_tier, special_case_first

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Edition:
    """One edition of the report: its year and one :class:`Report` per country, in
    report order. Each report knows the ``pages`` and ``lines`` of the source it was
    read from."""

    year: int | None
    reports: tuple[Report, ...]
    source: str
    evidence: str | None = None  # the phrase the year was read from
    warnings: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)

    def __repr__(self) -> str:
        return f"Edition({self.year or 'year unknown'}: {len(self.reports)} narratives from {self.source})"

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries in report order."""
        return tuple(r.country or "?" for r in self.reports)

    def report(self, country: str) -> Report:
        """The narrative of one country, however its name is written ("Korea, North").
        Raises :class:`UnknownCountryError` (a ``KeyError``) naming the closest ones."""
        wanted = fold(country_name(country))
        for report in self.reports:
            if report.country and fold(country_name(report.country)) == wanted:
                return report
        close = difflib.get_close_matches(country, self.countries, n=3, cutoff=0.8)
        hint = f"did you mean {' or '.join(close)}?" if close else "see Edition.countries"
        raise UnknownCountryError(
            f"{country!r} has no narrative in this edition ({len(self.reports)} countries; {hint})"
        )


@dataclass(frozen=True, slots=True)
class Cut:
    """One narrative cut from a whole edition, not read yet (see :func:`read_cut`): its
    text with the source line of each of its lines, and the edition's words on those
    lines (all that citing its sentences searches)."""

    # The words are kept flat (one string, three arrays of numbers as bytes): a cut goes
    # between processes twice in a batch, and tuples of words pickle ~20× slower.

    heading: str  # the heading line ("AZERBAIJAN: TIER 2")
    name: str  # the country as the heading prints it
    tier: Tier | None  # as the heading gives it
    text: str  # the heading, a blank line, the body
    numbers: tuple[int, ...]  # the source line of each line of ``text``
    pages: tuple[int, int] | None
    lines: tuple[int, int]
    source: str  # the edition's label
    year: int | None
    evidence: str | None  # the phrase the edition's year was read from
    keys: str  # the words (see citations.SearchedWords), one space between each two
    # the units of the words (see citations.SearchedWords), as array("i") bytes: the
    # position of each one's first word (then the number of words), its line and page
    unit_starts: bytes
    unit_lines: bytes
    unit_pages: bytes

    @property
    def country(self) -> str:
        return country_name(self.name)

    @property
    def words(self) -> citations.SearchedWords:
        """The edition's words on the narrative's lines, as :func:`citations.cite` takes them."""
        starts, lines, pages = array.array("i"), array.array("i"), array.array("i")
        starts.frombytes(self.unit_starts)
        lines.frombytes(self.unit_lines)
        pages.frombytes(self.unit_pages)
        return citations.SearchedWords(self.keys, starts, lines, pages)

    @property
    def where(self) -> str:
        """Where the narrative starts: its page, or its line in a source without pages."""
        return f"page {self.pages[0]}" if self.pages else f"line {self.lines[0]}"

    @property
    def place(self) -> str:
        """The pages (or lines) the narrative spans."""
        if self.pages:
            return f"pages {self.pages[0]}–{self.pages[1]}"
        return f"lines {self.lines[0]}–{self.lines[1]}"

    def left_out(self, why: object) -> str:
        """The warning for a narrative that cannot be read, and why."""
        return f"{self.heading} ({self.where}): left out: {why}"


@dataclass(frozen=True, slots=True)
class Cuts:
    """A whole edition cut into one :class:`Cut` per country, in report order, with the
    edition's warnings (as :class:`Edition` has them)."""

    year: int | None
    narratives: tuple[Cut, ...]
    source: str
    evidence: str | None = None
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------- source lines


@dataclass(frozen=True, slots=True)
class _Lines:
    """A source's lines as columns (a whole edition has ~50,000 lines, and most steps
    look at a few of them): each line's text, its 1-based line in the source, and its
    1-based page (form feeds counted; None for sources without pages)."""

    texts: tuple[str, ...]
    numbers: tuple[int, ...]
    pages: tuple[int | None, ...]
    marked: frozenset[int] = frozenset()  # the lines the markup makes headings (HTML h1–h6)

    def __len__(self) -> int:
        return len(self.texts)

    def without(self, drop: Sequence[int]) -> _Lines:
        """These lines without those at the (increasing) indices ``drop``."""
        ranges = [*zip([-1, *drop], [*drop, len(self.texts)], strict=True)]
        gone = set(drop)
        return _Lines(
            _kept(self.texts, ranges), _kept(self.numbers, ranges), _kept(self.pages, ranges),
            frozenset(i - bisect.bisect_left(drop, i) for i in self.marked if i not in gone),
        )  # fmt: skip

    def page_starts(self) -> Iterator[tuple[int, int]]:
        """The start and end of each page's lines (for a source with pages)."""
        start = 0
        while start < len(self.pages):
            end = bisect.bisect_right(self.pages, self.pages[start], start)  # type: ignore[type-var]
            yield start, end
            start = end


_T = TypeVar("_T")


def _kept(column: tuple[_T, ...], ranges: Sequence[tuple[int, int]]) -> tuple[_T, ...]:
    """The items of ``column`` between each two of the (exclusive) ``ranges``."""
    return tuple(itertools.chain.from_iterable(column[a + 1 : b] for a, b in ranges))


_PAGE_BREAK = "\ue000"  # stands for a form feed while the text is normalised


def _text_lines(raw: str) -> tuple[_Lines, bool]:
    """Plain text as lines with their page; True when the text has pages."""
    text = ingest.normalise(raw.replace("\f", _PAGE_BREAK))
    chunks = text.split(_PAGE_BREAK)
    if len(chunks) == 1:
        texts = tuple(text.split("\n"))
        return _Lines(texts, tuple(range(1, len(texts) + 1)), (None,) * len(texts)), False
    all_texts: list[str] = []
    numbers: list[int] = []
    pages: list[int | None] = []
    number = 1  # the source line each chunk starts on
    for page, chunk in enumerate(chunks, start=1):
        parts = chunk.split("\n")
        # A page break within a line starts a line on the new page, unless nothing follows
        # it; what stands before it on that line ends the page, unless that is nothing
        # (pdftotext ends each page's last line before the break: no blank line there).
        first = 1 if page > 1 and not parts[0].strip() else 0
        stop = len(parts) - 1 if page < len(chunks) and not parts[-1].strip() else len(parts)
        all_texts += parts[first:stop]
        numbers += range(number + first, number + stop)
        pages += itertools.repeat(page, stop - first)
        number += len(parts) - 1
    return _Lines(tuple(all_texts), tuple(numbers), tuple(pages)), True


def _html_lines(raw: str) -> _Lines:
    """A web page's blocks as lines, a blank line after each (they are paragraphs)."""
    blocks, title = ingest.html_blocks(ingest.normalise(raw))
    texts, numbers = ([title, ""], [1, 1]) if title else ([], [])
    marked = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        text = " ".join(block.text.split())
        index += 1
        tier = _tier_alone(blocks[index].text) if block.heading and index < len(blocks) else None
        if tier is not None and known_country(text) is not None:
            text = f"{text} ({tier})"  # "<h3>BRAZIL</h3>" over "<p>Tier 3</p>": one heading
            index += 1
        if (end := _run_in_heading_end(text)) is not None:  # its own line, as if set alone
            texts += (text[:end].rstrip(), "")
            numbers += (block.line, block.line)
            text = text[end:].lstrip()
        if block.heading:
            marked.append(len(texts))
        texts += (text, "")
        numbers += (block.line, block.line)
    return _Lines(tuple(texts), tuple(numbers), (None,) * len(texts), frozenset(marked))


_TIER_ALONE = re.compile(rf"^\(?\s*({TIER_WORDS})\s*\)?$", re.I)


def _tier_alone(text: str) -> str | None:
    """The tier a line or block gives and nothing else ("Tier 2 Watch List", "(Tier 3)"),
    as under a country's name set over it."""
    match = _TIER_ALONE.match(" ".join(text.split()))
    return match.group(1) if match else None


# ------------------------------------------------------------------- page furniture

# Each month name, its letters maybe spaced as an early edition's cover sets them in
# large type and pdftotext reads them back ("J UNE 2002", "J U N E 2003").
_MONTHS = "|".join(" ?".join(month.lower()) for month in MONTH_NAMES)
_REPORT_TITLE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s+)?trafficking\s+in\s+persons\s+report"
    rf"(?:\s*[:,]?\s*\d{{1,2}}(?:st|nd|rd|th)\s+edition)?"  # "… REPORT: 23RD EDITION"
    rf"(?:\s*[:,]?\s*(?:(?:{_MONTHS})\s+)?(?:19|20)\d{{2}})?$",
    re.I,
)
#: What sets off the parts of a running head or a page number ("TRAFFICKING IN PERSONS
#: REPORT | JUNE 2024", "— 97 —", "Page 97 of 612"): separators standing alone, the
#: word "page" before the number and the page count after it.
_SEPARATOR_CHARACTERS = "|•·–—-"  # set off by spaces, they set off a line's parts
_DECORATION = re.compile(
    rf"(?:^|(?<=\s))[{re.escape(_SEPARATOR_CHARACTERS)}]+(?=\s|$)"
    r"|^page\s+(?=\d)|(?<=\d)\s+of\s+\d{1,4}$",
    re.I,
)
_LEADING_NUMBER = re.compile(r"^\d{1,4}\s+")
_NUMBERED = re.compile(r"^(?:\d{1,4}\s+)?(?P<core>.*?)(?:\s+\d{1,4})?$")
_EDGE = 3  # lines looked at from each edge of a page


def _without_decoration(text: str) -> str:
    """A line without the bars and dashes that set off its parts, spaces collapsed."""
    if (
        any(map(text.__contains__, _SEPARATOR_CHARACTERS))
        or text[:4].lower() == "page"
        or (text[-1:].isdigit() and "of" in text.lower())
    ):
        text = _DECORATION.sub(" ", text)  # (only then can the pattern find anything)
    return " ".join(text.split())


def _edges(lines: _Lines) -> Iterator[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Each page's edges: the indices of its first lines with text, from its top down,
    and of its last ones, from its bottom up (at most :data:`_EDGE` each)."""
    texts = lines.texts

    def edge(indices: range) -> tuple[int, ...]:
        return tuple(itertools.islice((i for i in indices if texts[i].strip()), _EDGE))

    for start, end in lines.page_starts():
        yield edge(range(start, end)), edge(range(end - 1, start - 1, -1))


def _is_furniture(text: str, names: frozenset[str], *, at_edge: bool = False) -> bool:
    """A running head or page number: the report's title (with a date), a page number,
    or a country's name in capitals, alone or with the page number beside it; at a
    page's edge, a country's name as written in text too ("Belgium 13")."""
    line = _without_decoration(text)
    if columns.PAGE_NUMBER.fullmatch(line):
        return True
    match = _NUMBERED.match(line)
    core = match.group("core") if match else line
    if _REPORT_TITLE.match(core) or _REPORT_TITLE.match(_LEADING_NUMBER.sub("", line)):
        return True
    if ":" in core or "(" in core or core[-1:] in _CLAUSE_ENDS:
        return False  # "Mauritania." ends a sentence: a paragraph's short last line
    if core.isupper():
        return fold(core) in names or known_country(core) is not None
    return at_edge and core[:1].isupper() and known_country(core) is not None


_CLAUSE_ENDS = ".,;!?"


def _continues_sentence(texts: Sequence[str], index: int, *, top: bool) -> bool:
    """Whether the line at a page's edge is part of a paragraph: nothing sets it off from
    the line inside the page, which runs on into it ("… brought women to Kenya from" /
    "Papua New Guinea") or from it ("Papua New Guinea" / "and from Uganda …"). (Asked
    of a name in running text's case only: a running head in capitals may stand right
    above the end of a word hyphenated across the page break.)"""
    inner = index + 1 if top else index - 1
    if not 0 <= inner < len(texts) or not texts[inner].strip():
        return False
    if top:
        return texts[inner].lstrip()[:1].islower()
    return not ingest.ends_with_stop(texts[inner])


def _furniture(lines: _Lines, names: frozenset[str], paged: bool = True) -> list[int]:
    """The running heads, page numbers and a browser's header and footer among the
    first and last lines of each page, in order. Text whose page breaks are gone
    (``pdftotext -nopgbrk``, a copy from a PDF viewer): every line that reads as
    furniture, wherever it is, once a line past the text's first lines reads as a running
    head (the report's title, a country's name in capitals)."""
    texts = lines.texts
    if not paged:
        return _furniture_anywhere(texts, names)
    edges = list(_edges(lines))
    repeated = _repeated_at_edges(texts, edges)
    drop: set[int] = set()
    for page_edges in edges:
        for edge, top in zip(page_edges, (True, False), strict=True):
            for place, index in enumerate(edge):
                if ingest.is_browser_margin(texts[index]):  # never a sentence's part
                    drop.add(index)
                    continue
                if not (
                    _is_furniture(texts[index], names, at_edge=True)
                    or (repeated and _edge_key(texts[index]) in repeated)
                    or (top and _above_a_sentence_going_on(texts, edge[place:]))
                ) or (not texts[index].isupper() and _continues_sentence(texts, index, top=top)):
                    break
                drop.add(index)
    return sorted(drop)


def _above_a_sentence_going_on(texts: Sequence[str], lines: Sequence[int]) -> bool:
    """Whether the first of ``lines`` (a page's first lines with text) is a line in
    capitals over the rest of a sentence the page before broke off ("COUNTRY NARRATIVES"
    / "ual labor. Main sources …"): a running head, whatever else it says, however few
    pages carry it; never a section's heading over a list that opens in lower case
    ("PRIORITIZED RECOMMENDATIONS:" / "commit efforts to …")."""
    return (
        len(lines) > 1
        and texts[lines[0]].isupper()
        and texts[lines[1]].lstrip()[:1].islower()
        and heading_section(texts[lines[0]]) is None
    )


#: A line at the edge of this share of pages, or more, is a running head, whatever it
#: says ("U.S. DEPARTMENT OF STATE | TIP REPORT 97", "COUNTRY NARRATIVES"); counted
#: over an edition's pages, not a page range's few.
_REPEATED_SHARE = 0.2
_REPEATED_PAGES = 5
#: A browser prints its header and footer on every page of a web page: on pages with
#: them at their edges, a line at the edges of half the pages or more is one of them
#: too, however few the pages (the page's title on a line of its own).
_PRINTED_SHARE = 0.5
_PRINTED_PAGES = 2


_DIGITS = re.compile(r"\d+")


def _edge_key(text: str) -> str:
    """A line as running heads repeat it: decoration and page numbers left out."""
    return _DIGITS.sub("", _without_decoration(text)).strip().casefold()


def _repeated_at_edges(
    texts: Sequence[str], edges: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]
) -> frozenset[str]:
    """The lines (as :func:`_edge_key` gives them) at the ``edges`` of enough pages
    (see :func:`_edges`) to be running heads; never a section's heading or a sentence's end."""
    pages = len(edges)
    printed = sum(
        any(ingest.is_browser_margin(texts[index]) for index in (*top, *bottom))
        for top, bottom in edges
    )
    if printed >= _PRINTED_PAGES:
        need = max(_PRINTED_PAGES, _PRINTED_SHARE * pages)
    elif pages >= _REPEATED_PAGES:
        need = max(_REPEATED_PAGES, _REPEATED_SHARE * pages)
    else:
        return frozenset()
    counts: Counter[str] = Counter()
    for top, bottom in edges:
        counts.update(
            {
                _edge_key(texts[index])
                for index in (*top, *bottom)
                if not ingest.ends_with_stop(texts[index]) and heading_section(texts[index]) is None
            }
        )
    return frozenset(key for key, count in counts.items() if key and count >= need)


# Lines that may be a running head (_is_furniture decides): the report's title, or a
# name in capitals, perhaps with a page number ("BELGIUM 13"; not "AZERBAIJAN 2024").
# A page number alone is no sign of pages: a line of a table may be one.
_HEAD_LINE = re.compile(
    r"^(?:(?i:.{0,16}trafficking\s+in\s+persons\s+report.{0,40})"
    r"|(?:\d{1,3} +)?[A-Z][^a-z\d\n]*(?: +\d{1,3})?)$",
    re.M,
)


def _furniture_anywhere(texts: Sequence[str], names: frozenset[str]) -> list[int]:
    """:func:`_furniture` of text whose page breaks are gone."""
    joined = "\n".join(texts)
    heads = [m.start() for m in _HEAD_LINE.finditer(joined)]
    # A title block may open with the report's title; a running head stands further in.
    opening = next(itertools.islice((i for i, t in enumerate(texts) if t.strip()), _EDGE - 1, None), 0)
    if not any(
        _is_furniture(texts[i], names) for i in ingest.lines_at(joined, heads) if i > opening
    ):
        return []
    return [index for index, text in enumerate(texts) if text.strip() and _is_furniture(text, names)]


# ------------------------------------------------------------------------ footnotes

#: A footnote's first line at a page's foot: its number, then its text, which opens as a
#: sentence does ("3 The government reported …"; not "24 victims with jobs").
_NOTE_START = re.compile(r"^\s*(\d{1,3})\s+[A-Z\"“(]")
#: A footnote marker as pdftotext prints a superscript: a number glued to a word or to
#: the stop after it ("victims.3 The", "victims3,"); only the numbers of notes found on
#: the page are taken out.
_MARKER = re.compile(r"(?<=[a-z])([.,;:!?\"')\]]?)(\d{1,3})(?=[\s.,;:)]|$)")
#: A marker after a number's full stop, where a sentence follows ("on Tier 2.2 These",
#: "in 2019.3 The"): no decimal ("2.2 million").
_MARKER_AFTER_A_NUMBER = re.compile(r"(?<=\d)(\.)(\d{1,3})(?=\s+[A-Z\"“])")
_MARKERS = (_MARKER, _MARKER_AFTER_A_NUMBER)  # each: (the stop before it, its number)
_NOTE_LINES = 4  # lines a footnote takes at most


def _footnotes(lines: _Lines, furniture: set[int]) -> tuple[list[int], dict[int, str]]:
    """The footnotes at the foot of each page: their lines, and the page's lines with
    their markers taken out (index → text)."""
    texts = lines.texts
    notes: list[int] = []
    unmarked: dict[int, str] = {}
    for start, end in lines.page_starts():
        foot = (i for i in range(end - 1, start - 1, -1) if i not in furniture and texts[i].strip())
        if not any(_NOTE_START.match(texts[i]) for i in itertools.islice(foot, _NOTE_LINES)):
            continue  # the last note starts on one of the page's last lines: no notes
        page = [i for i in range(start, end) if i not in furniture and texts[i].strip()]
        found = _page_notes(texts, page)
        if found is None:
            continue
        first, numbers = found
        notes += (i for i in page if i >= first)
        for index in page:
            if index < first and any(marker.search(texts[index]) for marker in _MARKERS):
                unmarked[index] = _without_markers(texts[index], numbers)
    return notes, unmarked


def _rewritten(raw: str, texts: Mapping[int, str]) -> str:
    """``raw`` with each line numbered in ``texts`` (1-based) holding that text instead,
    its page breaks kept."""
    rows = ingest.one_break_per_line(raw).split("\n")
    for number, text in texts.items():
        rows[number - 1] = "\f" * rows[number - 1].count("\f") + text
    return "\n".join(rows)


@dataclass(frozen=True, slots=True)
class _Unmarked:
    """A PDF's text without its page marks (see :func:`_without_page_marks`)."""

    text: str  # the lines read, page breaks gone
    numbers: tuple[int, ...]  # the line of the source each of them is on
    cited: str  # the source with those marks emptied, every line where it was
    marks: tuple[str, ...]  # the running heads and page numbers (one may date the edition)


def _page_marks(
    lines: _Lines, headings: Sequence[_Heading], paged: bool
) -> tuple[list[int], list[int], dict[int, str]]:
    """What a PDF's pages add to its lines: the running heads and page numbers (see
    :func:`_furniture`), the footnotes at their feet, and the lines with the notes'
    markers taken out (index → text). A heading is no furniture, though the first line
    of one broken over lines may look like a running head ("SOLOMON ISLANDS" / "(Tier
    2)" at the top of a page)."""
    names = frozenset(fold(h.name) for h in headings)
    in_headings = {i for h in headings for i in range(h.index, h.index + h.span)}
    furniture = [i for i in _furniture(lines, names, paged) if i not in in_headings]
    notes, unmarked = _footnotes(lines, {*furniture, *in_headings}) if paged else ([], {})
    return furniture, notes, unmarked


def _without_page_marks(raw: str) -> _Unmarked:
    """A PDF's text without its running heads and page numbers (see :func:`_furniture`)
    or the footnotes at its pages' feet, the notes' markers taken out. The lines on
    either side of what is gone meet, as those on either side of a page break do: no
    blank line between them breaks a paragraph (or a sentence) there."""
    lines, paged = _text_lines(raw)
    furniture, notes, unmarked = _page_marks(lines, _headings(lines), paged)
    gone = {*furniture, *notes}
    kept = [index for index in range(len(lines.texts)) if index not in gone]
    texts = {lines.numbers[index]: text for index, text in unmarked.items()}
    texts.update((lines.numbers[index], "") for index in gone)
    return _Unmarked(
        "\n".join(unmarked.get(index, lines.texts[index]) for index in kept),
        tuple(lines.numbers[index] for index in kept),
        _rewritten(raw, texts) if texts else raw,
        tuple(lines.texts[index] for index in furniture),
    )


def _without_markers(text: str, numbers: set[str]) -> str:
    """``text`` without the markers of the notes numbered ``numbers`` ("victims.3" →
    "victims.")."""
    for marker in _MARKERS:
        text = marker.sub(lambda m: m.group(1) if m.group(2) in numbers else m.group(0), text)
    return text


def _page_notes(texts: Sequence[str], page: Sequence[int]) -> tuple[int, set[str]] | None:
    """A page's notes (the indices ``page`` of its lines with text): the first note's
    line and the notes' numbers, or None.

    The notes run from a numbered line whose number is glued as a marker to a word
    higher on the page to the page's end; each next note's number is one more, and a
    note takes at most :data:`_NOTE_LINES` lines (one of them may start with a number:
    "… the Tier" / "2 Watch List …").
    """
    numbered = [(place, m.group(1)) for place, i in enumerate(page) if (m := _NOTE_START.match(texts[i]))]
    markers: set[str] | None = None  # looked for only when the foot may hold notes
    for rank, (place, number) in enumerate(numbered):
        if len(page) - place > _NOTE_LINES * (len(numbered) - rank):
            continue  # too many lines after it for the numbered lines there to be notes
        again = [at for at, later in numbered[rank + 1 :] if later == number]
        if again and not (again == [place + 1] and not ingest.ends_with_stop(texts[page[place]])):
            # The note is the last line with its number, or the line before its own
            # next line that starts with it ("2 See … of the Tier" / "2 Watch List …").
            continue
        numbers = [number]
        for _, later in numbered[rank + 1 :]:
            if int(later) == int(numbers[-1]) + 1:
                numbers.append(later)
        if len(page) - place > _NOTE_LINES * len(numbers):
            continue
        if markers is None:
            markers = {
                m.group(2) for i in page for marker in _MARKERS for m in marker.finditer(texts[i])
            }
        if number in markers:
            return page[place], set(numbers)
    return None


# ------------------------------------------------------------------ country headings

_HEADING_WORDS = (
    rf"^(?P<name>[^\W\d_][^():\d]{{0,70}}?)\s*"
    rf"(?:\((?P<qualifier>[^():\d]{{1,40}})\)\s*)?"  # "CONGO (KINSHASA) (Tier 2)"
    rf"(?:\(\s*(?P<paren>{TIER_WORDS})\s*\)|:\s*(?P<colon>{TIER_WORDS}))"
)
_HEADING = re.compile(rf"{_HEADING_WORDS}\s*$", re.I)
#: A footnote's mark after a heading's name or tier, as some reports set it
#: ("NETHERLANDS: Tier 1‡", "Netherlands† (Tier 1)", "UZBEKISTAN (Tier 3*)"): no part of either.
_NOTE_MARK = re.compile(rf"(?<=[\w)]){NOTE_MARKS}+(?=[\s:()]|$)")
_HEADING_HINT = re.compile(r"tier|special\s+case", re.I)


def _names_tier(text: str) -> bool:
    """Whether :data:`_HEADING_HINT` finds a tier in ``text``: for ASCII text, a test of
    ``in`` first (a pattern that ignores case cannot skip ahead to its first letter)."""
    if text.isascii():
        lower = text.lower()
        if "tier" not in lower and "special" not in lower:
            return False
    return _HEADING_HINT.search(text) is not None
#: A heading run into its narrative's first words, as a web page may set it in one
#: paragraph ("<p><b>BRAZIL (Tier 3)</b> Brazil is …").
_RUN_IN_HEADING = re.compile(rf"{_HEADING_WORDS}(?=\s+(?-i:[A-Z\"“]))", re.I)


def _run_in_heading_end(text: str) -> int | None:
    """Where a country heading run into its narrative's first sentence ends, if one does."""
    if not _HEADING_HINT.search(text, 0, 140):
        return None
    match = _RUN_IN_HEADING.match(text)
    if match is None or not segment.opens_narrative(text[match.end() :].lstrip()):
        return None
    return match.end() if country_heading(match.group()) is not None else None


def _run_ins_apart(lines: _Lines) -> tuple[_Lines, list[int]]:
    """The lines with each country heading run into its narrative's first sentence
    ("BRAZIL (Tier 3) Brazil is …", a web page saved as text) on a line of its own, and
    the lines of those that may name a tier (see :func:`_tier_lines`)."""
    tiers = _tier_lines(lines.texts)
    split = {
        index: end
        for index in tiers
        if (end := _run_in_heading_end(lines.texts[index])) is not None
    }
    if not split:
        return lines, tiers
    texts: list[str] = []
    numbers: list[int] = []
    pages: list[int | None] = []
    for index, text in enumerate(lines.texts):
        end = split.get(index)
        parts = (text,) if end is None else (text[:end].rstrip(), text[end:].lstrip())
        texts += parts
        numbers += [lines.numbers[index]] * len(parts)
        pages += [lines.pages[index]] * len(parts)
    return _Lines(tuple(texts), tuple(numbers), tuple(pages)), _tier_lines(texts)


_NOT_A_NAME = frozenset(
    "tier tiers report reports placement placements list country countries narratives "
    "narrative watch region regional map table total totals".split()
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_SMALL = frozenset({"and", "of", "the", "da", "de", "du", "del", "la", "et"})


@dataclass(frozen=True, slots=True)
class _Heading:
    index: int  # into the line list
    name: str  # as printed
    tier: Tier | None
    text: str  # the whole heading, on one line
    span: int = 1  # the lines it is printed on


def country_heading(line: str, *, marked: bool = False) -> tuple[str, Tier | None] | None:
    """The country and tier of a narrative's heading line ("KOREA, NORTH: TIER 3",
    "Azerbaijan (Tier 2 Watch List)"), or None when the line is not one. ``marked``: the
    source's markup makes the line a heading (HTML h1–h6), so a name in mixed case
    counts even when it is not one the country table knows."""
    if ("(" not in line and ":" not in line) or not _names_tier(line):
        return None  # the tier follows a colon or stands in brackets
    text = _NOTE_MARK.sub("", " ".join(undecorated(line).split()))
    special = special_case_first(text)
    if special is not None:  # the tier first (2016–2021): only for a name the table knows
        name = special.strip(" ,.-")
        return (name, Tier.SPECIAL_CASE) if known_country(name) is not None else None
    match = _HEADING.match(text)
    if not match:
        return None
    name = match.group("name").strip(" ,.-")
    qualifier = match.group("qualifier") or ""
    words = _name_words(name)
    if not words or len(words) > 7:
        return None
    if qualifier:  # a name's qualifier in brackets ("Moldova (Republic of)"), not a tier
        qualifier_words = _name_words(qualifier)
        if qualifier_words is None or _HEADING_HINT.search(qualifier):
            return None
        name = f"{name} ({' '.join(qualifier.split())})"
        words += qualifier_words
    if any(w.lower() in _NOT_A_NAME for w in words):
        return None
    # A mixed-case name is a heading only when it is a country's name written as one
    # ("Afghanistan (Tier 3)"), or the markup says so, not words that end a sentence's line.
    if not name.isupper() and (
        (known_country(name) is None and not marked)
        or any(not w[0].isupper() and w.lower() not in _SMALL and w[1:2] not in "'’" for w in words)
    ):
        return None
    tier = canonical_tier(match.group("paren") or match.group("colon") or "")
    return name, tier


def _name_words(text: str) -> list[str] | None:
    """The words of ``text`` when it is made of nothing but name words (and commas)."""
    words = _NAME_WORD.findall(text)
    return words if " ".join(words) == " ".join(text.split()).replace(",", "") else None


_CLOSING_TITLES = (
    r"relevant\ international\ conventions.*",
    r"glossary\b.*",
    r"stopping\ human\ trafficking.*",
    r"international,?\ regional,?\ and\ sub-?\ ?regional\ organizations.*",
    r"tip\ report\ heroes.*",
    r"special\ cases",
    r"country\ narratives.*",
    r"methodology",
    r"tier\ placements.*",
    r"global\ law\ enforcement\ data.*",
    r"endnotes",
    r"photo\ credits",
    r"acknowledge?ments",
    r"contents",
    r"index",
)
_CLOSING = re.compile(rf"^(?:{'|'.join(_CLOSING_TITLES)})$", re.I | re.X)


def _first_letters(title: str) -> str:
    """The letters every line a title of :data:`_CLOSING_TITLES` matches starts with
    ("acknowledg" of "acknowledge?ments")."""
    letters = title[: len(title) - len(title.lstrip(string.ascii_lowercase))]
    return letters[:-1] if title[len(letters) : len(letters) + 1] in ("?", "*", "{") else letters


# A closing title's first letters at a line's start: the lines _CLOSING may match.
_CLOSING_HINT = re.compile(
    r"\n[^\S\n]*(?:{})".format("|".join(map(_first_letters, _CLOSING_TITLES))), re.I
)


_PAGE_TOP = 3  # lines of text a page opens with: a running head, then its title


def _report_matter(lines: _Lines) -> tuple[str, int] | None:
    """The first of the report's own titles ("TIER PLACEMENTS", "METHODOLOGY") that
    opens a page, and its page: a text of pages so titled is the report's front or
    closing matter."""
    texts = lines.texts
    for start, end in lines.page_starts():
        top = itertools.islice((t.strip() for t in texts[start:end] if t.strip()), _PAGE_TOP)
        title = next((t for t in top if _CLOSING.fullmatch(t)), None)
        if title is not None:
            return title, lines.pages[start] or 1
    return None


def _narrative_ends(lines: _Lines, paged: bool) -> list[int]:
    """The lines that may end the narrative they stand in (see :func:`_ends_narratives`),
    in order: those :data:`_CLOSING` may match, and the first line of text on each page
    (a title in capitals must open one)."""
    text = "\n" + "\n".join(lines.texts)
    closing = ingest.lines_at(text, (match.start() for match in _CLOSING_HINT.finditer(text)))
    if not paged:
        return closing
    texts = lines.texts
    openers = (
        next((i for i in range(start, end) if texts[i].strip()), None)
        for start, end in lines.page_starts()
    )
    return sorted({*closing, *(i for i in openers if i is not None)})


_TITLE_LETTERS = 6  # a title in capitals opening a page: "STAKEHOLDERS", "EUROPE"


def _ends_narratives(lines: _Lines, index: int) -> bool:
    """The title of matter that is not a narrative: the closing tables, or a title in
    capitals opening a new page."""
    text = " ".join(lines.texts[index].split())
    # Chrome never ends one: a chart's title ("TIER RANKING BY YEAR"), a browser's header
    # on a printed page ("Country Narratives -- Countries H through P Page 2 of 4").
    if ingest.is_chrome(text):
        return False
    if _CLOSING.match(text):
        return True
    if not text.isupper() or is_heading_line(text) or known_country(text) is not None:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= _TITLE_LETTERS and _opens_page(lines, index)


def _headings(lines: _Lines, tiers: Sequence[int] | None = None) -> list[_Heading]:
    """The country headings among the lines, in order; ``tiers``: the lines that may
    name a tier, when they are known (see :func:`_tier_lines`)."""
    texts = lines.texts
    found: list[_Heading] = []
    for index in _colon_or_bracket_lines(texts):
        if found and index < found[-1].index + found[-1].span:
            continue  # a line of the heading just found
        at = _heading_at(texts, index, lines.marked)
        if at:
            start, end, (name, tier) = at
            joined = " ".join(undecorated(" ".join(texts[start:end])).split())
            found.append(_Heading(start, name, tier, joined, end - start))
    stacked = _stacked_headings(texts, _tier_lines(texts) if tiers is None else tiers)
    if not stacked:
        return found
    taken = {i for h in found for i in range(h.index, h.index + h.span)}
    found += (h for h in stacked if h.index not in taken and h.index + 1 not in taken)
    return sorted(found, key=lambda h: h.index)


_TIER_HINTS = ("Tier", "TIER", "tier", "Special", "SPECIAL", "special")


def _tier_lines(texts: Sequence[str]) -> list[int]:
    """The lines that may name a tier (or a special case), the only ones a heading ends
    on: found with str.find, many times faster over an edition than a pattern."""
    joined = "\n".join(texts)
    return ingest.lines_at(joined, heapq.merge(*(_offsets(joined, hint) for hint in _TIER_HINTS)))


def _stacked_headings(texts: Sequence[str], tiers: Sequence[int]) -> list[_Heading]:
    """Headings set as a country's name in capitals over its tier on the next line, with
    the narrative's first sentence after them ("AZERBAIJAN" / "TIER 2" / "Azerbaijan is
    a source …"); a tier-placement list ("ZAMBIA" / "TIER 2 WATCH LIST" / "ALBANIA")
    has another name after them."""
    found = []
    for index in tiers:
        tier = _tier_alone(texts[index])
        name = " ".join(texts[index - 1].split()) if index else ""
        if tier is None or not name.isupper() or known_country(name) is None:
            continue
        after = next((t for t in texts[index + 1 : index + 4] if t.strip()), "")
        if segment.opens_narrative(after.strip()):
            heading = f"{name} {texts[index].strip()}"
            found.append(_Heading(index - 1, name, canonical_tier(tier), heading, 2))
    return found


def _colon_or_bracket_lines(texts: Sequence[str]) -> list[int]:
    """The lines that hold a colon or a bracket: only they can be (or end) a country
    heading (see :func:`country_heading`)."""
    return [index for index, text in enumerate(texts) if ":" in text or "(" in text]


def _unknown_headings(texts: Sequence[str]) -> list[int]:
    """The lines that stand alone between blank lines and read as a country heading, but
    for a name the country table does not know ("Ruritania (Tier 2)"): they are not cut
    at, since running text can end that way, but they are said."""
    return [
        index
        for index in _colon_or_bracket_lines(texts)
        if 0 < index < len(texts) - 1
        and not texts[index - 1].strip()
        and not texts[index + 1].strip()
        and country_heading(texts[index]) is None
        and country_heading(texts[index], marked=True) is not None
    ]


_HEADING_LINES = 4  # a heading set in large type breaks over at most this many lines


def _heading_at(
    texts: Sequence[str], index: int, marked: frozenset[int] = frozenset()
) -> tuple[int, int, tuple[str, Tier | None]] | None:
    """The heading that line ``index`` is part of: its first line, the line after its
    last, and its country and tier. A heading set in large type may break over up to
    four lines ("SAINT VINCENT AND THE" / "GRENADINES: TIER 2 WATCH" / "LIST"): the
    fewest lines around ``index`` that read as one heading; then the next line as well
    when it completes the tier ("KOREA, NORTH: TIER 2" / "WATCH LIST"), and the lines
    before when they complete a name the country table knows ("CONGO, DEMOCRATIC" /
    "REPUBLIC OF THE: TIER 2")."""
    if not _names_tier(" ".join(texts[index : index + _HEADING_LINES])):
        return None  # no tier on this line or the next: the colon or bracket is prose
    for size in range(1, _HEADING_LINES + 1):
        for start in range(max(0, index - size + 1), min(index, len(texts) - size) + 1):
            end = start + size
            parsed = _joined_heading(texts, start, end, marked)
            if not parsed:
                continue
            if end - start < _HEADING_LINES and (longer := _joined_heading(texts, start, end + 1)):
                end, parsed = end + 1, longer
            if known_country(parsed[0]) is None:
                for earlier in range(start - 1, max(-1, end - _HEADING_LINES - 1), -1):
                    named = _joined_heading(texts, earlier, end)
                    if named and known_country(named[0]) is not None:
                        return earlier, end, named
            return start, end, parsed
    return None


def _joined_heading(
    texts: Sequence[str], start: int, end: int, marked: frozenset[int] = frozenset()
) -> tuple[str, Tier | None] | None:
    """The heading the lines ``start`` … ``end`` read as together, if any: every line
    holds text (a heading does not break over a blank line); ``marked`` lines are
    headings in the markup."""
    if end - start == 1:
        return country_heading(texts[start], marked=start in marked)
    if end > len(texts) or not all(texts[i].strip() for i in range(start, end)):
        return None
    return country_heading(" ".join(texts[start:end]))


def _offsets(text: str, part: str) -> Iterator[int]:
    """Where ``part`` (a character or a word) stands in ``text``, in order."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


# ------------------------------------------------------------------------- the year

_TITLE_YEAR = re.compile(
    rf"trafficking\s+in\s+persons\s+report\W{{0,3}}(?:(?:{_MONTHS})\s+(?:\d{{1,2}},\s*)?)?"
    rf"((?:19|20)\d{{2}})\b|\b((?:19|20)\d{{2}})\s+trafficking\s+in\s+persons\s+report",
    re.I,
)
_DATE = re.compile(rf"\b(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d{{2}})\b", re.I)
_COVER_LINES = 80  # non-blank lines of the front matter where a release date is looked for
_COVER_DATE_WORDS = 6  # a cover's date stands on a short line ("Released June 12, 2007")
_TITLE_WORDS = 12  # words of a title or running head, at most; a longer line is prose


def _edition_year(front: Sequence[str], furniture: Sequence[str]) -> tuple[int, str] | None:
    """The edition's year: the year its title or running heads carry, else the first
    date on its cover ("June 2024", "June 12, 2007"): a short line, not a date in the
    prose of a narrative's end before the first heading; else the edition the front
    matter's prose names most (its introduction may name the last one more)."""
    titled: Counter[int] = Counter()
    named: Counter[int] = Counter()
    quotes: dict[int, str] = {}
    for text in [*furniture, *front]:
        prose = len(text.split()) > _TITLE_WORDS or ingest.ends_with_stop(text)
        for match in _TITLE_YEAR.finditer(text):
            year = int(match.group(1) or match.group(2))
            # prose names an edition as "the 2012 Trafficking in Persons Report"
            cited = prose or text[: match.start()].lower().endswith("the ")
            (named if cited else titled)[year] += 1
            quotes.setdefault(year, " ".join(match.group(0).split()))
    if titled:
        year, _ = titled.most_common(1)[0]
        return year, quotes[year]
    cover = [text for text in front if text.strip()][:_COVER_LINES]
    for text in cover:
        dated = _DATE.search(text) if len(text.split()) <= _COVER_DATE_WORDS else None
        if dated:
            return int(dated.group(1)), " ".join(dated.group(0).split())
    if named:
        year, _ = named.most_common(1)[0]
        return year, quotes[year]
    # a page's own title over the narratives it copies ("U.S. State Dept. Trafficking
    # Report 2009 BAHRAIN: …"), as one narrative's title would state it
    short = (text for text in [*furniture, *front] if len(text.split()) <= _TITLE_WORDS)
    stated = title_year(short)
    return None if stated is None else (stated.value, stated.evidence or "")


# -------------------------------------------------------------------------- reading

_MIN_BODY_WORDS = 20


def load_edition(source: Source, *, year: int | None = None) -> Edition:
    """Read a whole edition into one :class:`Report` per country, in report order.

    ``source`` (a path, a ``str`` or ``bytes``) is the ``pdftotext`` text of the full
    report, a multi-country web page (HTML or its text), or a single narrative (then
    the edition holds that one report). ``year`` overrides the edition year read from
    the report's title, running heads or cover date. Narratives that cannot be read
    (a heading with no text after it, a second narrative for one country) are left out
    with a warning in ``Edition.warnings``; a document with no country heading that
    does not read as one narrative either raises :class:`NotANarrativeError`.
    """
    raw, label = ingest.read(source)
    edition = read_edition(raw, label, year=year)
    return edition if edition is not None else _single(raw, label, year)


def read_edition(raw: str, label: str, *, year: int | None = None) -> Edition | None:
    """Split text already read (``label`` names its source) into its narratives, or
    return None when it has fewer than two country headings (one narrative at most)."""
    split = _split(raw, label, year, every=True)
    if split is None:
        return None
    cuts, reports = split
    read = tuple(report for report in reports if report is not None)
    return Edition(cuts.year, read, label, cuts.evidence, cuts.warnings)


def cut_edition(raw: str, label: str, *, year: int | None = None) -> Cuts | None:
    """:func:`read_edition` without the reading: each narrative cut out of the edition,
    to be read by :func:`read_cut` (only those the edition's checks need are read here).

    A narrative that cannot be read and that no check needed to read is not left out
    here: reading its cut raises the error instead.
    """
    split = _split(raw, label, year, every=False)
    return None if split is None else split[0]


def _split(
    raw: str, label: str, year: int | None, *, every: bool
) -> tuple[Cuts, tuple[Report | None, ...]] | None:
    """Cut an edition into its narratives and make the edition's decisions: a heading
    with no narrative after it, a second narrative for one country (the longer one is
    kept), a text that ends mid-sentence. With ``every``, each cut is read in full (as
    :func:`read_edition` keeps them), else only those a decision needs, up to the
    segment stage. Returns the cuts and, for each, its report when it was read."""
    order = None
    tiers = None
    if ingest.is_html(raw):
        lines, paged = _html_lines(raw), False
    else:
        order = columns.reading_order(raw)  # pdftotext -layout: columns side by side
        raw = order.text if order else raw
        lines, paged = _text_lines(raw)
        lines, tiers = _run_ins_apart(lines)
    headings = _headings(lines, tiers)
    if not headings and paged and (matter := _report_matter(lines)) is not None:
        title, page = matter
        raise NotANarrativeError(
            f"{label} holds pages of the report's own matter ('{title}' on page {page}) and "
            "no country heading (such as 'AZERBAIJAN: TIER 2'): there is no narrative to read; "
            "give the whole report or one country's narrative"
        )
    if len(headings) < 2 and not (headings and _text_before(lines, headings[0].index, paged)):
        return None
    drop, notes, unmarked = _page_marks(lines, headings, paged)
    dropped = [lines.texts[index] for index in drop]
    note_lines: frozenset[int] = frozenset()
    if notes:
        note_lines = frozenset(lines.numbers[index] for index in notes)
        texts = [unmarked.get(index, text) for index, text in enumerate(lines.texts)]
        lines = dataclasses.replace(lines, texts=tuple(texts))
        drop = sorted({*drop, *notes})
    kept = lines.without(drop)
    headings = [
        dataclasses.replace(h, index=h.index - bisect.bisect_left(drop, h.index)) for h in headings
    ]
    found = _edition_year(kept.texts[: headings[0].index] if headings else kept.texts, dropped)
    # Footnotes are no narrative's words: no sentence is looked for across them, and a
    # word hyphenated over a page's notes is re-joined.
    words = citations.source_words(
        _rewritten(raw, dict.fromkeys(note_lines, "")) if note_lines else raw
    )
    edition_year = year if year is not None else (found[0] if found else None)
    evidence = "given by the caller" if year is not None else (found[1] if found else None)
    # What was found about each heading, in report order (a narrative left out when
    # reading it fails is said where its heading stands, whenever it was read).
    said: list[list[str]] = [[] for _ in headings]
    cuts: dict[int, Cut] = {}
    reports: dict[int, Report | None] = {}
    read = read_cut if every else segmented

    def read_once(number: int) -> Report | None:
        if number not in reports:
            try:
                reports[number] = read(cuts[number])
            except TipdiffError as exc:
                reports[number] = None
                said[number].append(cuts[number].left_out(exc))
        return reports[number]

    chosen: dict[str, int] = {}
    last: int | None = None  # the last narrative, when it runs to the document's end
    ends = _narrative_ends(kept, paged)
    unknown = _unknown_headings(kept.texts)
    for number, heading in enumerate(headings):
        end = headings[number + 1].index if number + 1 < len(headings) else len(kept)
        stop = _narrative_end(kept, heading.index, end, ends)
        body = "\n".join(kept.texts[heading.index + heading.span : stop])
        if len(body.split(None, _MIN_BODY_WORDS - 1)) < _MIN_BODY_WORDS:  # too few words
            said[number].append(
                f"{heading.text} ({_where(kept, heading.index, paged, order)}): left out: "
                "the heading has no narrative after it"
            )
            continue
        cuts[number] = cut = _cut(
            kept, heading.index, stop, body, heading, label, edition_year, evidence, words, order
        )
        inside = unknown[bisect.bisect_right(unknown, heading.index) : bisect.bisect_left(unknown, stop)]
        said[number] += [
            f"{kept.texts[index]} ({_where(kept, index, paged, order)}): reads like a country heading, "
            f"but names no country tipdiff knows; read as part of the narrative of {cut.country}"
            for index in inside
        ]
        if every and read_once(number) is None:
            continue
        if end == len(kept) and _last_text(kept, heading.index, stop) == _last_text(
            kept, 0, len(kept)
        ):
            last = number
        key = fold(cut.country)
        if key in chosen:
            earlier = chosen[key]
            previous, report = read_once(earlier), read_once(number)
            if report is None:
                continue
            if previous is not None:
                keep = max(((previous, earlier), (report, number)), key=lambda r: len(r[0].text))[1]
                said[number].append(
                    f"{heading.text} ({cut.where}): a second narrative for {report.country}; "
                    f"kept the longer one ({cuts[keep].place})"
                )
                chosen[key] = keep
                continue
        chosen[key] = number
    warnings: list[str] = []
    if edition_year is None:
        warnings.append(f"{label}: {NO_EDITION_YEAR}")
    final = None if last is None else read_once(last)
    if last is not None and final is None and chosen.get(fold(cuts[last].country)) == last:
        del chosen[fold(cuts[last].country)]
    warnings += [warning for found_here in said for warning in found_here]
    if final is not None and final.truncated:  # segment read it as cut off mid-sentence
        tail = " ".join(final.sentences[-1].text.split()[-4:])
        warnings.append(
            f"{label}: the text ends mid-sentence ('…{tail}'): the last narrative may be cut short"
        )
    if not chosen:
        raise NotANarrativeError(
            f"{label} has country headings but no narrative could be read from them"
        )
    for warning in warnings:
        log.warning("%s", warning)
    ordered = sorted(chosen.values())  # the headings' order is the report's
    edition = Cuts(edition_year, tuple(cuts[n] for n in ordered), label, evidence, tuple(warnings))
    return edition, tuple(reports.get(n) for n in ordered)


def read_one(
    raw: str, label: str, *, country: str | None = None, year: int | None = None
) -> Report:
    """One narrative from text already read (``label`` names its source): ingest →
    segment → cite → figures, what :func:`tipdiff.load` does after reading."""
    html = ingest.is_html(raw)
    order = None if html else columns.reading_order(raw)
    text = order.text if order else raw
    if html:
        clean, cited = ingest.clean_text(ingest.normalise(text), label), text
    else:  # a PDF's text ("pdftotext -f 95 -l 96"): running heads, footnotes
        unmarked = _without_page_marks(text)
        clean = ingest.clean_text(
            unmarked.text, label, line_numbers=_in_source(order, unmarked.numbers)
        )
        if unmarked.marks:
            clean = dataclasses.replace(clean, dropped=(*unmarked.marks, *clean.dropped))
        cited = unmarked.cited
    report = _unknown_country_said(segment.segment(clean, country=country, year=year))
    words = citations.source_words(cited)
    if order is not None:
        words = dataclasses.replace(words, lines=_in_source(order, words.lines))
    return figures.extract(citations.cite(report, words.searched()))


def _unknown_country_said(report: Report) -> Report:
    """``report`` with a warning when the country read from its text is none tipdiff
    knows (a heading glued to the text: "Tier 2 Watch ListTrinidad and Tobago is …"
    reads 'ListTrinidad and Tobago'): in a batch it would pair with nothing."""
    name = report.country
    if name is None or known_country(name) is not None or report.evidence.get("country") == GIVEN:
        return report
    note = (
        f"the country read, '{name}', is none tipdiff knows (from "
        f"'{report.evidence.get('country')}'); pass country= to set it"
    )
    return dataclasses.replace(report, warnings=(*report.warnings, note))


#: Pages cut from the report ("pdftotext -f 95 -l 97") hold a few narratives; a text
#: holding more is a whole edition or a multi-country page, read one by one only when
#: the caller names the country.
_PAGES_NARRATIVES = 5
_NAMES_SHOWN = 8  # of the narratives a message lists


def _named(names: Sequence[str]) -> str:
    """The first names of a list, and how many more there are."""
    shown = ", ".join(names[:_NAMES_SHOWN])
    more = len(names) - _NAMES_SHOWN
    return f"{shown} and {more} more" if more > 0 else shown


def read_narrative(
    raw: str, label: str, *, country: str | None = None, year: int | None = None
) -> Report:
    """One narrative from text already read, as :func:`tipdiff.load` gives it. Pages cut
    from the report with two or more country headings ("pdftotext -f 95 -l 97") give
    the narrative of ``country``, else their longest, with a warning naming the others;
    the end of the narrative before the first heading is left out. A whole edition (more
    than a few narratives) is refused unless ``country`` names the one to read."""
    edition = read_edition(raw, label, year=year)
    if edition is None:
        return read_one(raw, label, country=country, year=year)
    names = [report.country or "?" for report in edition.reports]
    if country is None:
        if len(names) > _PAGES_NARRATIVES:
            raise NotANarrativeError(
                f"{label} is a whole edition or a multi-country page: it holds {len(names)} "
                f"narratives ({_named(names)}); pass country= (--country) to read one, or "
                "compare two editions with `tipdiff batch OLD NEW -o DIR`"
            )
        report = max(edition.reports, key=lambda r: len(r.text))
        how = "the longest; pass country= (--country) to read another"
    else:
        wanted = fold(country_name(country))
        found = [r for r in edition.reports if fold(r.country or "") == wanted]
        if not found:
            raise NotANarrativeError(
                f"{label} holds the narratives of {_named(names)}, none of {country}"
            )
        report, how = found[0], "as asked"
    if len(names) > 1:
        note = f"{label} holds {len(names)} narratives ({_named(names)}): read {report.country}, {how}"
        report = dataclasses.replace(report, warnings=(*report.warnings, note))
    return report


_CLOSING_QUOTES = "\"'”’)"  # what may follow a paragraph's last full stop


def _text_before(lines: _Lines, index: int, paged: bool) -> bool:
    """Whether a text holds the end of the narrative before its one country heading, as
    pages cut from the report do: a narrative's worth of words before it. A text without
    pages (a page's text copied from a web page) must end there with a paragraph of a
    narrative's prose, which a site's header or a news story's lead-in is not."""
    texts = lines.texts[:index]
    if paged:
        return sum(len(text.split()) for text in texts) >= _MIN_BODY_WORDS
    end = len(texts)
    while end and not texts[end - 1].strip():
        end -= 1
    start = end
    while start and texts[start - 1].strip():
        start -= 1
    paragraph = " ".join(texts[start:end])
    return (
        len(paragraph.split()) >= _MIN_BODY_WORDS
        and paragraph.rstrip(_CLOSING_QUOTES).endswith(".")
        and "traffick" in paragraph  # in running text; a header's titles capitalise it
    )


def _single(raw: str, label: str, year: int | None) -> Edition:
    """A document with at most one country heading: one narrative."""
    try:
        report = read_one(raw, label, year=year)
    except NotANarrativeError as exc:
        raise NotANarrativeError(
            f"{label} has no country heading (such as 'AZERBAIJAN: TIER 2' or "
            f"'Azerbaijan (Tier 2)') and does not read as one narrative either: {exc}"
        ) from exc
    return Edition(report.year, (report,), label, report.evidence.get("year"), report.warnings)


def _narrative_end(lines: _Lines, start: int, end: int, ends: Sequence[int]) -> int:
    """Where one narrative's lines stop: from its heading at ``start`` to the next
    heading at ``end``, cut short at closing matter (``ends`` are the lines that may be
    some, see :func:`_narrative_ends`), without trailing blank lines."""
    texts = lines.texts
    stop = next(
        (
            index
            for index in ends[bisect.bisect_right(ends, start) : bisect.bisect_left(ends, end)]
            if texts[index].strip() and _ends_narratives(lines, index)
        ),
        end,
    )
    while stop - start > 1 and not texts[stop - 1].strip():
        stop -= 1
    return _without_trailing_chrome(texts, start, stop)


_TAIL_LINE = 50  # characters: a site's footer links are short lines, not prose


def _without_trailing_chrome(texts: Sequence[str], start: int, stop: int) -> int:
    """Where the lines ``start`` … ``stop`` stop without a run of two or more short lines
    that end no sentence after the narrative's last sentence (a web page's footer saved
    as text: "USA.gov", "Contact Us" …)."""
    end = stop
    while end - start > 1 and (
        not texts[end - 1].strip()
        or (len(texts[end - 1].strip()) < _TAIL_LINE and not ingest.ends_with_stop(texts[end - 1]))
    ):
        end -= 1
    dropped = [text.strip() for text in texts[end:stop] if text.strip()]
    if len(dropped) < 2 or not ingest.ends_with_stop(texts[end - 1]) or dropped[0][:1].islower():
        return stop  # no footer, or a paragraph's lines in a narrow column ("… and a" / "local …")
    return end


def _opens_page(lines: _Lines, index: int) -> bool:
    """True when only blank lines stand between this line and the start of its page."""
    pages, texts = lines.pages, lines.texts
    page = pages[index]
    if page is None:
        return False
    back = index - 1
    while back >= 0 and pages[back] == page and not texts[back].strip():
        back -= 1
    return back < 0 or pages[back] != page


def _cut(
    lines: _Lines,
    first: int,
    stop: int,
    body: str,
    heading: _Heading,
    label: str,
    year: int | None,
    evidence: str | None,
    source: citations.SourceWords,
    order: columns.ReadingOrder | None,
) -> Cut:
    """The narrative on ``lines`` ``first`` (its heading) … ``stop``, whose ``body`` is
    the text of the lines after the heading (which is on one line here). ``order``: how
    the text read was made from the source file, when it was (see :mod:`.columns`)."""
    # A blank line after the heading: a hard-wrapped body must not run into it.
    text = "\n\n".join((lines.texts[first] if heading.span == 1 else heading.text, body))
    after = first + heading.span
    numbers = (lines.numbers[first], lines.numbers[after - 1], *lines.numbers[after:stop])
    first_page = _paged_text(lines, range(first, stop))
    last_page = _paged_text(lines, range(stop - 1, first - 1, -1))
    words = source.span(lines.numbers[first], lines.numbers[stop - 1])  # all cite searches
    searched = dataclasses.replace(words, lines=_in_source(order, words.lines)).searched()
    span = _in_source(order, (lines.numbers[first], lines.numbers[stop - 1]))
    return Cut(
        heading.text, heading.name, heading.tier, text, tuple(_in_source(order, numbers)),
        None if first_page is None or last_page is None else (first_page, last_page),
        (span[0], span[1]), label, year, evidence,
        searched.keys, array.array("i", searched.starts).tobytes(),
        array.array("i", searched.lines).tobytes(), array.array("i", searched.pages).tobytes(),
    )  # fmt: skip


def _paged_text(lines: _Lines, indices: Iterable[int]) -> int | None:
    """The page of the first of the lines at ``indices`` with text and a page."""
    texts, pages = lines.texts, lines.pages
    return next((pages[i] for i in indices if pages[i] is not None and texts[i].strip()), None)


def segmented(cut: Cut) -> Report:
    """A cut read up to the segment stage: its text, sections and metadata (no
    citations or figures yet)."""
    clean = ingest.clean_text(cut.text, cut.source, line_numbers=cut.numbers)
    report = segment.segment(clean, country=cut.country, year=cut.year, tier=cut.tier)
    found = dict(report.evidence)
    found["country"] = cut.heading
    found["year"] = cut.evidence
    if cut.tier is not None:
        found["tier"] = cut.heading
    return dataclasses.replace(
        report,
        evidence=MappingProxyType(found),
        pages=cut.pages,
        lines=cut.lines,
    )


def read_cut(cut: Cut) -> Report:
    """Read one narrative cut from an edition, as :func:`read_edition` reads it."""
    return figures.extract(citations.cite(segmented(cut), cut.words))


def _last_text(lines: _Lines, start: int, stop: int) -> int | None:
    """The last of the lines ``start`` … ``stop`` with text that is not site chrome
    ("Back to Top")."""
    texts = lines.texts
    return next(
        (
            index
            for index in range(stop - 1, start - 1, -1)
            if texts[index].strip() and not ingest.is_chrome(texts[index])
        ),
        None,
    )


def _where(lines: _Lines, index: int, paged: bool, order: columns.ReadingOrder | None) -> str:
    page = lines.pages[index]
    if paged and page is not None:
        return f"page {page}"
    return f"line {_in_source(order, (lines.numbers[index],))[0]}"


def _in_source(order: columns.ReadingOrder | None, lines: Sequence[int]) -> Sequence[int]:
    """The source file's lines of lines of the text read (the same unless the source's
    columns were put in reading order)."""
    if order is None:
        return lines
    source = order.source_lines
    return [source[line - 1] for line in lines]


def narrative_text(report: Report) -> str:
    """A narrative as a plain text file: its heading, then each section's heading (as
    written) and paragraphs, blank lines between. Reading it back gives the same
    country, tier, sections and text."""
    parts = [report.title] if report.title else []
    for section in report.sections.values():
        if section.heading:
            parts.append(section.heading)
        parts.extend(paragraph.text for paragraph in section.paragraphs)
    return "\n\n".join(parts) + "\n"
