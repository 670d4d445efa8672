"""Two-column pages of ``pdftotext -layout`` text are read column after column, each line
still citing the line of the file it is on; text in one column is left as it is."""

from __future__ import annotations

import random
import re
import textwrap
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff
from benchmarks.editions import build_edition
from tipdiff.columns import reading_order
from tipdiff.edition import load_edition

from .conftest import CORPUS, SEEDS, seed
from .variants import without_headings

HEAD = "TRAFFICKING IN PERSONS REPORT JUNE 2024"


def side_by_side(
    left: list[str], right: list[str], gutter: int, wobble: list[int] | None = None
) -> list[str]:
    """Rows as pdftotext -layout prints two columns: the right one at ``gutter`` (give or
    take ``wobble``), the left one padded to it."""
    rows = []
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else ""
        b = right[n] if n < len(right) else ""
        shift = wobble[n % len(wobble)] if wobble else 0
        rows.append((a.ljust(gutter + shift) + b).rstrip() if b else a)
    return rows


def layout_pages(text: str, width: int = 46, rows: int = 40) -> tuple[str, str]:
    """A narrative set in two columns of ``rows`` lines per page: as pdftotext -layout
    gives it, and as pdftotext without -layout gives it (one column after the other)."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        lines += [*textwrap.wrap(paragraph, width), ""]
    laid, plain = [], []
    for start in range(0, len(lines), 2 * rows):
        left, right = lines[start : start + rows], lines[start + rows : start + 2 * rows]
        number = str(len(laid) + 1)
        laid.append(
            "\n".join(
                [" " * 20 + HEAD, *side_by_side(left, right, width + 5, [0, 1]), " " * 90 + number]
            )
        )
        plain.append("\n".join([HEAD, *left, *right, number]))
    return "\n\f".join(laid) + "\n\f", "\n\f".join(plain) + "\n\f"


def test_a_page_in_two_columns_is_read_left_column_then_right() -> None:
    left = [f"left line {n} of the first column" for n in range(1, 9)]
    right = [f"right line {n} of the second column" for n in range(1, 9)]
    page = "\n".join([" " * 30 + HEAD, *side_by_side(left, right, 44, [0, 1, -1]), " " * 80 + "95"])
    order = reading_order(page + "\n\f")
    assert order is not None
    assert order.text.split("\n") == [HEAD, *left, *right, "95", "\f"]
    # each line cites the file's own line: the head 1, row n of both columns n + 1
    assert order.source_lines == (1, *range(2, 10), *range(2, 10), 10, 11)


def test_text_in_one_column_is_left_as_it_is() -> None:
    # every real text, and without its headings: some hold a paragraph on each line
    # with two spaces after each stop, which no column has
    for path in [*SEEDS.glob("*.txt"), *CORPUS.glob("*.txt")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert reading_order(text) is None, path.name
        assert reading_order(without_headings(text)) is None, path.name
    edition = build_edition(2024, style="2024", countries=12, seed=2).text
    assert reading_order(edition) is None
    assert reading_order(edition.replace(". ", ".  ")) is None  # two spaces after a stop
    single = build_edition(2009, style="2009", countries=12, seed=2).text
    assert reading_order(single) is None
    # as pdftotext -layout prints one column: headings and page numbers set off to the
    # middle or the right, justified lines with two spaces between some words
    rng = random.Random(4)
    laid = []
    for line in single.split("\n"):
        if len(line) < 40:
            line = " " * rng.randint(0, 30) + line
        for _ in range(rng.randint(0, 3)):
            at = rng.choice([i for i, char in enumerate(line) if char == " "] or [0])
            line = line[:at] + " " + line[at:]
        laid.append(line)
    as_printed, as_laid = load_edition(single), load_edition("\n".join(laid))
    assert [[s.text for s in r.sentences] for r in as_laid] == [
        [s.text for s in r.sentences] for r in as_printed
    ]


# words that never read as a page number ("i", "c" would: see the first test)
def test_a_word_set_off_by_two_spaces_in_one_column_is_no_right_column() -> None:
    """The end of a narrative in one column, as pdftotext -layout prints it: a short page,
    and a line whose last word stands after two spaces where a gutter could be."""
    page = [
        "TRAFFICKING IN PERSONS REPORT",
        "tified at least  eight trafficking victims during the reporting period.  Although",
        "the government appointed a national anti-trafficking coordinator in",
        "2004, the individual is a known human rights violator, a problematic",
        "obstacle to it achieving a truly victim-centered approach to its",
        "anti-trafficking efforts. The government made no effort to reduce",
        "   demand.",
        " " * 21 + "46",
    ]
    assert reading_order("\n".join(page) + "\n\f") is None


words = st.text(alphabet="abcdefghij", min_size=1, max_size=9).map("w".__add__)


@settings(max_examples=60, deadline=None)
@given(
    left=st.lists(st.lists(words, min_size=2, max_size=6), min_size=6, max_size=30),
    right=st.lists(st.lists(words, min_size=1, max_size=6), min_size=1, max_size=30),
    wobble=st.lists(st.integers(0, 2), min_size=1, max_size=5),
)
def test_no_word_is_lost_and_each_line_cites_the_row_it_is_on(
    left: list[list[str]], right: list[list[str]], wobble: list[int]
) -> None:
    left_lines = [" ".join(w)[:44].rstrip() for w in left]
    # a right column as wide as a column is (a page whose right column holds a word or
    # two is read in columns when the document's other pages have their gutter there)
    right_lines = ["wwide line at the top of the right column", *(" ".join(w) for w in right)]
    rows = side_by_side(left_lines, right_lines, 50, wobble)
    order = reading_order("\n".join(rows) + "\n")
    assert order is not None
    lines = order.text.split("\n")
    assert [line for line in lines if line] == [
        *[line for line in left_lines if line.strip()],
        *[line for line in right_lines if line.strip()],
    ]
    assert Counter(order.text.split()) == Counter("\n".join(rows).split())
    for line, source in zip(lines, order.source_lines, strict=True):
        assert line in " ".join([*rows, ""][source - 1].split()), (line, source)


def test_a_narrative_printed_in_two_columns_reads_as_without_layout() -> None:
    laid, plain = layout_pages(tipdiff.load(seed(2024)).text)
    assert len(laid.split("\f")) >= 3  # pages
    from_layout, from_plain = tipdiff.load(laid), tipdiff.load(plain)
    assert [s.text for s in from_layout.sentences] == [s.text for s in from_plain.sentences]
    assert [s.at.page for s in from_layout.sentences if s.at] == [
        s.at.page for s in from_plain.sentences if s.at
    ]
    rows = laid.split("\n")
    for sentence in from_layout.sentences:  # cited on the file's line that holds its start
        assert sentence.at is not None
        first = re.findall(r"\w+", sentence.text)[0][:3]  # "Cor-" / "ruption"
        assert first in rows[sentence.at.line - 1], sentence.text
