"""Two-column pages of ``pdftotext -layout`` text put back into reading order.

``pdftotext -layout`` keeps a page's columns side by side: each line holds a line of
the left column, a run of spaces (the gutter) and a line of the right column. Read as
they stand, the two columns' sentences are woven together. A page whose lines share a
gutter is rewritten as its left column, then its right one; a line at the top or
bottom of the page that does not sit in the columns (a running head, a page number)
stays at its edge. Pages without a gutter (front matter, the text of ``pdftotext``
without ``-layout``) are left as they are. Each line of the result knows the source
line it came from, so citations still name the file's own lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .ingest import ends_with_stop, one_break_per_line

__all__ = ["PAGE_NUMBER", "ReadingOrder", "reading_order"]


@dataclass(frozen=True, slots=True)
class ReadingOrder:
    """A text with its two-column pages rewritten column after column."""

    text: str
    source_lines: tuple[int, ...]  # the 1-based source line of each line of ``text``


#: Where a run of two or more spaces ends before text: a column may start there.
_GAP = re.compile(r" {2,}(?=\S)")
#: A page number as printed, alone (fullmatch): digits, or a roman numeral up to 399,
#: maybe set off by dashes or a bar, after "Page" or before the page count ("— 97 —",
#: "Page 97 of 612").
PAGE_NUMBER = re.compile(
    r"(?:page\s+)?(?:[-–—|•·]\s?)?"
    r"(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s?[-–—|•·])?(?:\s+of\s+\d{1,4})?",
    re.I,
)

_SLACK = 3  # characters the right column's start may wander from line to line
_MIN_LEFT = 20  # characters the left column holds at least
_MAX_LEFT = 100  # and at most (a page is rarely more than 130 characters wide)
_MIN_ROWS = 6  # lines of the left column, for a page to have two columns
_RIGHT_TOP = 3  # the right column's first line is among the page's first lines with text
_MAX_CROSSING = 20  # one line in this many may run across the gutter inside the page
_TRIED = 8  # gutter places tried, those most lines share first
_NARROW = 0.6  # a right column's widest line, of the left column's width, at least


def reading_order(raw: str) -> ReadingOrder | None:
    """``raw`` with every two-column page (see the module) put into reading order, or
    None when no page has two columns (most texts: only pages with a run of spaces
    are looked at)."""
    if "  " not in raw:
        return None
    raw = one_break_per_line(raw)  # line numbers as citations count them
    pages = raw.split("\f")
    found = [_columns(page.split("\n")) if "  " in page else None for page in pages]
    gutters = [f[0] for f in found if f is not None]
    if not gutters:
        return None
    # A page whose right column holds a line or two (a narrative ending high on it) is
    # read in columns when its gutter is where the other pages have theirs.
    usual = statistics.median_low(gutters)
    for number, page in enumerate(pages):
        if found[number] is None and "  " in page:
            found[number] = _columns(page.split("\n"), usual)
    orders = [f[1] if f is not None else None for f in found]
    texts: list[str] = []
    numbers: list[int] = []
    line = 1  # the source line each page starts on (a form feed starts no line)
    for page, order in zip(pages, orders, strict=True):
        rows = page.count("\n") + 1
        lines: Sequence[int]
        if order is None:
            texts.append(page)
            lines = range(line, line + rows)
        else:
            texts.append("\n".join(text for _, text in order))
            lines = [line + row for row, _ in order]
        # A page's first line is the line the form feed before it is on.
        numbers += lines[1:] if numbers else lines
        line += rows - 1
    return ReadingOrder("\f".join(texts), tuple(numbers))


def _columns(
    rows: Sequence[str], usual: int | None = None
) -> tuple[int, list[tuple[int, str]]] | None:
    """A page's gutter and its lines in reading order, each as (the row it is from, its
    text), or None when the page has no gutter (``usual``: see :func:`_gutter`)."""
    filled = [i for i, row in enumerate(rows) if row.strip()]
    if len(filled) < _MIN_ROWS:
        return None
    found = _gutter([rows[i] for i in filled], usual)
    if found is None:
        return None
    gutter, parts = found
    split: dict[int, tuple[str, str] | None] = dict(zip(filled, parts, strict=True))
    top, bottom = _edges(rows, filled, split)
    foot = _foot(rows, split)
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    width = statistics.median(len(part[0]) for part in split.values() if part and part[0])
    for i in range(filled[0], filled[-1] + 1):
        if i not in split and rows[i].strip():  # the page's head or number
            continue
        part = split.get(i, ("", ""))  # an empty row: in neither column
        if part is None:  # a line across the gutter inside the page: the left column's
            left.append((i, rows[i].strip()))
            continue
        for column, text in zip((left, right), part, strict=True):
            if text:
                column.append((i, text))
            elif column and column[-1][1] and _may_end_paragraph(column[-1][1], width):
                column.append((i, ""))  # a paragraph break in this column
    # The page's last row (empty after its last line break) stays last: the form feed
    # that ends the page follows it.
    last = [(len(rows) - 1, "")] if not rows[-1].strip() else []
    return gutter, [*top, *left, *right, *foot, *bottom, *last]


def _gutter(
    rows: Sequence[str], usual: int | None = None
) -> tuple[int, list[tuple[str, str] | None]] | None:
    """Where the right column starts, and each row split there (None for a row whose
    text runs across it), when the rows have two columns.

    The places where rows' text starts after a run of spaces are tried, those with the
    most spaces before them first (a gutter is wider than the spaces of justified
    text). The gutter is one that almost no row's text runs across, with a left column
    and a right one about as wide that starts at the top of the page. With ``usual``
    (the gutter of the document's other two-column pages) only places near it are
    tried, and the right column may be narrow: a narrative may end high in it, with a
    line or two. A text with a paragraph on each line and two spaces after a stop, or
    a single column with a word set off by two spaces, has no gutter."""
    spaces: Counter[int] = Counter()  # where runs of spaces end: how many spaces in all
    for row in rows:
        for m in _GAP.finditer(row):
            if _MIN_LEFT <= m.end() <= _MAX_LEFT:
                spaces[m.end()] += m.end() - m.start()
    shared = Counter({c: sum(spaces[c + d] for d in range(-_SLACK, _SLACK + 1)) for c in spaces})
    places = [c for c, _ in shared.most_common() if usual is None or abs(c - usual) <= _SLACK]
    # Across the gutter: the first and last lines (a running head, a page number) and
    # hardly any line between them.
    limit = 2 + len(rows) // _MAX_CROSSING
    for gutter in places[:_TRIED]:
        if _crossing(rows, gutter) > limit:  # a cheap count first: most places fail it
            continue
        parts = [_split(row, gutter) for row in rows]
        lefts = sum(1 for part in parts if part and part[0])
        first_right = next((n for n, part in enumerate(parts) if part and part[1]), len(parts))
        widest = max((len(part[1]) for part in parts if part), default=0)
        narrowest = _NARROW * gutter if usual is None else 0
        if (
            parts.count(None) <= limit
            and parts[1:-1].count(None) <= len(rows) // _MAX_CROSSING
            and lefts >= _MIN_ROWS
            and first_right <= _RIGHT_TOP
            and narrowest <= widest <= 1.5 * gutter  # about as wide as the left column
        ):
            return gutter, parts
    return None


def _crossing(rows: Sequence[str], gutter: int) -> int:
    """How many rows have text running past ``gutter`` with no run of spaces near it
    (at least those :func:`_split` finds across it)."""
    near = slice(gutter - _SLACK - 2, gutter + _SLACK)
    return sum(1 for row in rows if len(row) > gutter + _SLACK and "  " not in row[near])


def _split(row: str, gutter: int) -> tuple[str, str] | None:
    """A row as (left column text, right column text), either may be empty; None when
    the row's text runs across the gutter."""
    stripped = row.rstrip()
    gaps = [m for m in _GAP.finditer(stripped) if abs(m.end() - gutter) <= _SLACK]
    if gaps:  # the widest gap there (justified text has narrow ones), the nearest of those
        at = max(gaps, key=lambda m: (len(m.group()), -abs(m.end() - gutter))).end()
        return _words(stripped[:at]), _words(stripped[at:])
    if len(stripped) <= gutter + _SLACK - 2:  # ends before the right column starts
        return _words(stripped), ""
    if len(stripped) - len(stripped.lstrip()) >= gutter - _SLACK:
        return "", _words(stripped)
    return None


def _words(text: str) -> str:
    """A column's line with one space between words (justified lines get more)."""
    return " ".join(text.split())


def _edges(
    rows: Sequence[str], filled: Sequence[int], split: dict[int, tuple[str, str] | None]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """What stays at the page's top and bottom, taken out of ``split`` (the rows with
    text, split at the gutter): a page number in the first or last row (the rest of the
    row stays in its column), and the whole first or last row when it runs across the
    gutter, or the first when it is in the right column only (a running head set to
    the right)."""
    edges: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
    for edge, row in zip(edges, dict.fromkeys((filled[0], filled[-1])), strict=False):
        part = split[row]
        if part is None or (edge is edges[0] and not part[0]):
            edge.append((row, " ".join(rows[row].split())))
            del split[row]
        elif any(map(PAGE_NUMBER.fullmatch, part)):
            number = 0 if PAGE_NUMBER.fullmatch(part[0]) else 1
            edge.append((row, part[number]))
            rest = ("", part[1]) if number == 0 else (part[0], "")
            if any(rest):
                split[row] = rest
            else:
                del split[row]
    return edges


def _foot(rows: Sequence[str], split: dict[int, tuple[str, str] | None]) -> list[tuple[int, str]]:
    """What is set across the page under both columns (footnotes, a caption), taken out
    of ``split``: the rows from the first one across the gutter below the right
    column's last line to the page's bottom edge; read after the right column."""
    last_right = max((i for i, part in split.items() if part and part[1]), default=-1)
    below = [i for i in sorted(split) if i > last_right]
    start = next((i for i in below if split[i] is None), None)
    if start is None:
        return []
    rows_below = [i for i in below if i >= start]
    for i in rows_below:
        del split[i]
    return [(i, " ".join(rows[i].split())) for i in rows_below]


def _may_end_paragraph(text: str, width: float) -> bool:
    """True for a column's line after which an empty row may be a paragraph break: one
    that ends a sentence, or a short one (a heading, a paragraph's last line). An empty
    row after any other line is the other column's rows not lining up with this one's."""
    return ends_with_stop(text) or len(text) < 0.6 * width
