"""Citations: every change, figure and recommendation says where it is in its source,
and reading that line (and page) of the file back finds the sentence's first words."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff
from benchmarks.editions import build_edition
from tipdiff import citations, ingest
from tipdiff.citations import keys
from tipdiff.model import Citation

from .conftest import seed
from .variants import hard_wrapped, html_wrapped

EDITIONS = (2009, 2015, 2021, 2023, 2024)  # the seeds
_LINE_BREAK = re.compile(r"\r\n?|\n")


class Source:
    """A source file as an analyst opens it: numbered lines, pages at form feeds."""

    def __init__(self, text: str) -> None:
        self.lines = _LINE_BREAK.split(text)
        self.first_page = list(itertools.accumulate((line.count("\f") for line in self.lines), initial=1))

    def says(self, at: dict[str, Any] | Citation | None, sentence: str) -> bool:
        """True when the cited line holds the sentence's first word (or the first part
        of it, hyphenated at the line's end) on the cited page."""
        assert at is not None, f"no citation for {sentence[:60]!r}"
        line, page = (at["line"], at["page"]) if isinstance(at, dict) else (at.line, at.page)
        text = self.lines[line - 1]
        if page is not None:
            first, last = self.first_page[line - 1], self.first_page[line - 1] + text.count("\f")
            if not first <= page <= last:
                return False
            text = text.split("\f")[page - first]
        if not keys(sentence):
            return True  # a sentence of punctuation only has no words to find
        first_word = keys(sentence)[0]
        on_line = keys(text)
        return first_word in on_line or (bool(on_line) and first_word.startswith(on_line[-1]))


def cited(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
    """(source, sentence, citation) for every change, figure and recommendation of a
    diff's JSON; source is "old" or "new", the file the citation is in."""
    for section in data["sections"]:
        for change in section["changes"]:
            for side in ("old", "new"):
                if change[side] is not None:
                    yield side, change[side], change[f"{side}_at"]
    for figure in data["figures"]:
        # A row within one edition holds two figures of that edition's source.
        source = {"new_edition": "new", "old_edition": "old"}.get(figure["basis"])
        for side in ("old", "new"):
            if figure[side] is not None:
                yield source or side, figure[f"{side}_sentence"], figure[f"{side}_at"]
    for match in data["recommendations"]:
        for side in ("old", "new"):
            yield from ((side, text, at) for text, at in zip(match[side], match[f"{side}_at"], strict=True))


def check_pair(old: Path, new: Path) -> int:
    data = tipdiff.compare(old, new).to_dict()
    sources = {side: Source(path.read_text(encoding="utf-8")) for side, path in (("old", old), ("new", new))}
    count = 0
    for side, sentence, at in cited(data):
        assert sources[side].says(at, sentence), f"{side} {at}: {sentence[:80]!r}"
        count += 1
    return count


@pytest.mark.parametrize(("old", "new"), list(itertools.combinations(EDITIONS, 2)))
def test_every_citation_of_a_seed_pair_reads_back(old: int, new: int) -> None:
    assert check_pair(seed(old), seed(new)) > 0


def test_every_citation_of_a_whole_edition_pair_reads_back(tmp_path: Path) -> None:
    old_file, new_file = tmp_path / "2023.txt", tmp_path / "2024.txt"
    old_file.write_text(build_edition(2023, countries=12, seed=1, revise=0.03).text, encoding="utf-8")
    new_file.write_text(build_edition(2024, countries=12, seed=1, revise=0.03).text, encoding="utf-8")
    old, new = tipdiff.load_edition(old_file), tipdiff.load_edition(new_file)
    sources = {"old": Source(old_file.read_text(encoding="utf-8")), "new": Source(new_file.read_text(encoding="utf-8"))}
    pages = 0
    for country in old.countries:
        if country not in new.countries:
            continue
        data = tipdiff.compare(old.report(country), new.report(country)).to_dict()
        for side, sentence, at in cited(data):
            assert sources[side].says(at, sentence), f"{country} {side} {at}: {sentence[:80]!r}"
            pages += at is not None and at["page"] is not None
    assert pages > 100  # whole editions cite pages, not only lines


def test_citations_survive_html_and_hard_wrapping(tmp_path: Path) -> None:
    report = tipdiff.load(seed(2024))
    for name, text in (
        ("page.html", html_wrapped(report, ["Last updated June 2024"])),
        ("wrapped.txt", hard_wrapped(seed(2024).read_text(encoding="utf-8"))),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        loaded, source = tipdiff.load(path), Source(text)
        items = [(s.text, s.at) for s in loaded.sentences]
        items += list(zip(loaded.recommendations, loaded.recommendations_at, strict=True))
        items += [(f.sentence, f.at) for f in loaded.figures]
        assert len(items) > 100
        for sentence, at in items:
            assert source.says(at, sentence), f"{name} {at}: {sentence[:80]!r}"


@settings(max_examples=15, deadline=None)
@given(width=st.integers(min_value=30, max_value=120), page_every=st.integers(min_value=5, max_value=60))
def test_any_wrapping_keeps_every_sentence_cited(width: int, page_every: int) -> None:
    text = hard_wrapped(seed(2009).read_text(encoding="utf-8"), width, page_every)
    source = Source(text)
    report = tipdiff.load(text)
    for sentence in report.sentences:
        assert source.says(sentence.at, sentence.text), f"{sentence.at}: {sentence.text[:80]!r}"


def test_a_citation_is_where_the_sentence_starts_not_where_its_words_recur() -> None:
    said = "The government maintained anti-trafficking efforts."
    text = f"Azerbaijan (Tier 2)\n\n{said} {said}\n\nPROSECUTION\n\n{said} Traffickers were convicted.\n"
    report = tipdiff.load(text)
    assert [s.at.line for s in report.sentences if s.at] == [3, 3, 7, 7]
    assert [s.text for s in report.sentences][2:] == [said, "Traffickers were convicted."]
    assert str(Citation(7)) == "l. 7" and str(Citation(7, 87)) == "p. 87"


def test_a_page_number_set_off_by_dashes_is_no_half_of_a_hyphenated_word() -> None:
    """"Thirty-two" ends a page whose number is printed "- 73 -": the next page's "of the
    identified victims" is not glued to the number as the rest of a word cut at a hyphen."""
    text = (
        "identified victims were citizens. Thirty-two\n- 73 -\n\f74 | TRAFFICKING IN PERSONS REPORT\n"
        "of the identified victims were children.\n"
    )
    words = citations.source_words(text).searched()
    keys = words.keys.split()
    assert keys[4:7] == ["thirtytwo", "73", "74"]
    assert "of" in keys and words.citation(keys.index("of")) == Citation(4, 2)


def _keys_by_pattern(text: str) -> list[str]:
    """:func:`keys` as first written: the separator pattern, then joiners dropped per word."""
    separated = citations._SEPARATORS.sub(" ", text.casefold())
    return [w for w in (citations._INNER.sub("", w) for w in separated.split()) if w]


@given(st.text(alphabet=st.sampled_from(list("aZ9_-' .,;\x1c\t\u2019\u00ad\u2010\u00dfK(\u00e9"))))
def test_keys_of_ascii_and_other_text_are_the_patterns_words(text: str) -> None:
    ascii_only = text.encode("ascii", "ignore").decode()
    assert keys(text) == _keys_by_pattern(text)
    assert keys(ascii_only) == _keys_by_pattern(ascii_only)


@given(st.text(alphabet=st.sampled_from(list("aZ9_-' .,\n\f\u2019\u201c\u00ad\u2011\u00dfK\u0130\u017f\u03a3\ufb01\u212b\u00c9\u0307\ud800"))))
def test_a_source_is_folded_and_separated_as_casefold_and_the_pattern_do(text: str) -> None:
    # Folding each kind of character on its own must fold it as casefold() folds the text.
    assert citations._separated(text) == citations._SEPARATORS.sub(" ", text.casefold())


def _words_one_by_one(raw: str) -> list[tuple[str, Citation]]:
    """:func:`citations.source_words` as first written (plain text): each word split out
    of its unit with its line and page; the rest of a word hyphenated at a unit's end
    (the next unit with words, when it opens in lower case, past at most three short
    ones) appended to the last word before the hyphen that no earlier one completed."""
    raw = ingest.one_break_per_line(unicodedata.normalize("NFC", raw))
    separated = citations._separated(raw).replace("\f", "\n").split("\n")
    given_units = raw.replace("\f", "\n").split("\n")
    words: list[list[Any]] = []  # [word, line, page, unit]
    line = page = 1
    breaks = [*re.findall("[\n\f]", raw), ""]
    for number, (unit, end) in enumerate(zip(separated, breaks, strict=True)):
        words += [[w, line, page, number] for w in citations._unjoined(unit).split()]
        line, page = line + (end == "\n"), page + (end == "\f")
    units_of = [[i for i, w in enumerate(words) if w[3] == n] for n in range(len(separated))]
    merged: dict[int, int] = {}
    passed_over: set[int] = set()
    for hyphen, unit in enumerate(separated):
        end = unit.rstrip()
        if not units_of[hyphen] or not end.endswith(citations._HYPHENS) or end[-2:-1].isspace():
            continue
        if hyphen in passed_over:
            continue
        target = units_of[hyphen][-1]
        while target in merged:
            target -= 1
        furniture = 0
        for later in range(hyphen + 1, len(separated)):
            if not units_of[later]:
                continue
            if given_units[later].lstrip()[:1].islower():
                merged[units_of[later][0]] = target
            elif furniture < 3 and len(units_of[later]) <= 8:
                furniture += 1
                passed_over.add(later)
                continue
            break
    for position, target in merged.items():
        words[target][0] += words[position][0]
    paged = "\f" in raw
    return [
        (w[0], Citation(w[1], w[2] if paged else None))
        for i, w in enumerate(words)
        if i not in merged
    ]


@given(st.text(alphabet=st.sampled_from(list("aB- 7'\n\n\f\u00ad\u2014\u00e9")), max_size=60))
def test_source_words_by_unit_are_the_words_split_one_by_one(text: str) -> None:
    words = citations.source_words(text).searched()
    found = [(key, words.citation(n)) for n, key in enumerate(words.keys.split())]
    assert found == _words_one_by_one(text)
