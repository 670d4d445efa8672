"""The development corpus: real excerpts from other countries, eras and sites."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import tipdiff
from tipdiff.ingest import clean
from tipdiff.model import Report, SectionName

from .conftest import CORPUS, SEEDS, corpus_manifest, seed_manifest
from .variants import hard_wrapped, html_wrapped, without_headings

ENTRIES = corpus_manifest()
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def expected(entry: dict[str, Any], text: str) -> tuple[str | None, int | None]:
    """What the text itself says: the manifest's values, or None where the text is silent.

    The manifest's country is always the true one and its year sometimes comes from a
    URL; tipdiff must say None when the text never names them (corpus README).
    """
    country = entry["country"] if re.search(entry["country"][:6], text) else None
    year = entry["report_year"] if YEAR.search(text) else None
    return country, year


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["file"])
def test_corpus_metadata_and_sections(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    report = tipdiff.load(path)
    country, year = expected(entry, path.read_text(encoding="utf-8", errors="replace"))
    assert report.country == country
    assert report.year == year
    assert (None if report.tier is None else str(report.tier)) == entry["tier_canonical"]
    for name in entry["sections_present"]:
        assert SectionName(name) in report.sections, f"{name} not found"


def _sentence_sections(report: Report) -> dict[str, SectionName]:
    # A word or two cut off at the end of an excerpt ("Con") says nothing about its section.
    return {s.text: s.section for s in report.sentences if len(s.text.split()) >= 3}


def _texts_with_headings() -> list[Path]:
    seeds = [SEEDS / e["file"] for e in seed_manifest()]
    corpus = [CORPUS / e["file"] for e in ENTRIES if e["headings_verbatim"]]
    with_headings = []
    for path in seeds + corpus:
        text = path.read_text(encoding="utf-8", errors="replace")
        if without_headings(text) != text:
            with_headings.append(path)
    return with_headings


@pytest.mark.parametrize("path", _texts_with_headings(), ids=lambda p: p.name)
def test_deleting_headings_keeps_paragraphs_in_their_sections(path: Path) -> None:
    original = tipdiff.load(path)
    stripped = tipdiff.load(without_headings(path.read_text(encoding="utf-8", errors="replace")))
    before = _sentence_sections(original)
    after = _sentence_sections(stripped)
    shared = [s for s in before if s in after]
    assert len(shared) >= 0.9 * len(before)
    same = sum(1 for s in shared if before[s] == after[s])
    assert same >= 0.95 * len(shared), {
        s[:40]: (before[s], after[s]) for s in shared if before[s] != after[s]
    }
    # A paragraph is kept when the section holding most of its sentences is still its own.
    kept = 0
    moved: dict[str, tuple[SectionName, dict[SectionName, int]]] = {}
    for name, section in original.sections.items():
        for paragraph in section.paragraphs:
            landed = Counter(after[s.text] for s in paragraph.sentences if s.text in after)
            if not landed:
                continue
            if landed.most_common(1)[0][0] is name:
                kept += 1
            else:
                moved[paragraph.text[:40]] = (name, dict(landed))
    assert kept >= 0.95 * (kept + len(moved)), moved


ALL_TEXTS = [SEEDS / e["file"] for e in seed_manifest()] + [CORPUS / e["file"] for e in ENTRIES]


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: p.name)
def test_hard_wrapped_copy_loads_to_the_same_words(path: Path) -> None:
    original = tipdiff.load(path)
    wrapped = tipdiff.load(hard_wrapped(original.text))
    assert wrapped.text.split() == original.text.split()


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: p.name)
def test_html_copy_loads_to_the_same_sections_and_words(path: Path) -> None:
    original = tipdiff.load(path)
    from_html = tipdiff.load(html_wrapped(original, chrome=clean(path).dropped))
    assert from_html.text.split() == original.text.split()
    assert list(from_html.sections) == list(original.sections)
    assert (from_html.country, from_html.year, from_html.tier) == (
        original.country,
        original.year,
        original.tier,
    )
