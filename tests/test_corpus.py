"""The development corpus: real excerpts from other countries, eras and sites."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import tipdiff
from tipdiff.ingest import clean
from tipdiff.model import Confidence, Report, SectionName

from .conftest import CORPUS, SEEDS, corpus_manifest, seed_manifest
from .variants import hard_wrapped, html_wrapped, without_headings

ENTRIES = corpus_manifest()
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def expected(entry: dict[str, Any], text: str) -> tuple[str | None, int | None]:
    """What the text itself says: the manifest's values, or None where the text is silent.

    The manifest's country is always the true one and its year sometimes comes from a
    URL or a site's document number; tipdiff must say None when the text never names
    them (corpus README).
    """
    country = entry["country"] if re.search(entry["country"][:6], text) else None
    # not in the text, or only implied by the year of its events
    outside = re.match(r"(?:URL|refworld docid|no title)|.*reporting period", entry["year_evidence"])
    year = entry["report_year"] if YEAR.search(text) and not outside else None
    return country, year


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["file"])
def test_corpus_metadata_and_sections(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    report = tipdiff.load(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    country, year = expected(entry, text)
    assert report.country == country
    # Never a wrong year: the one the text states, one inferred from its figures'
    # comparison year, or unknown where it only hints at it (a short excerpt).
    assert report.year in (entry["report_year"], None)
    if year is not None and report.confidence["year"] is not Confidence.INFERRED:
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
    original = tipdiff.load(path.read_text(encoding="utf-8"))  # no file name: read as the copy is
    from_html = tipdiff.load(html_wrapped(original, chrome=clean(path).dropped))
    assert from_html.text.split() == original.text.split()
    assert list(from_html.sections) == list(original.sections)
    assert (from_html.country, from_html.year, from_html.tier) == (
        original.country,
        original.year,
        original.tier,
    )


def _quoted_evidence() -> list[tuple[str, Path]]:
    paths = [SEEDS / e["file"] for e in seed_manifest()] + [CORPUS / e["file"] for e in ENTRIES]
    return [(key, path) for path in paths for key in ("country", "year", "tier")]


@pytest.mark.parametrize(("key", "path"), _quoted_evidence(), ids=lambda v: getattr(v, "name", v))
def test_every_value_is_stated_inferred_or_unknown_and_a_quote_is_in_the_text(
    key: str, path: Path
) -> None:
    report = tipdiff.load(path)
    value, evidence, sure = getattr(report, key), report.evidence[key], report.confidence[key]
    assert (value is None) == (sure is Confidence.UNKNOWN)
    if sure is Confidence.STATED and evidence == f"the file name {path.name!r}":
        assert key == "year" and str(value) in path.name  # a year the text does not state
    elif sure is Confidence.STATED:
        whole = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        assert evidence and " ".join(evidence.split()) in whole, (evidence, path.name)
    elif sure is Confidence.INFERRED:
        assert evidence and "'" not in evidence and '"' not in evidence, evidence
    data = report.to_dict()
    assert data["confidence"][key] == str(sure)


_LISTED = [p for p in ALL_TEXTS if len(tipdiff.load(p).recommendations) >= 2]


@pytest.mark.parametrize("path", _LISTED, ids=lambda p: p.name)
def test_recommendations_do_not_depend_on_where_lines_wrap(path: Path) -> None:
    """Two editions' PDF texts never wrap alike: a line that happens to end at an item's
    semicolon ("… such as ISIS;" / "proactively identify …") must not cut the list, or an
    unchanged list shows items split, merged, new and dropped."""
    text = path.read_text(encoding="utf-8")
    original = tipdiff.load(text)
    for width in (47, 53, 61, 67, 79, 97):
        wrapped = tipdiff.load(hard_wrapped(text, width=width))
        assert wrapped.recommendations == original.recommendations, width
