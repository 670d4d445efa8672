"""The five seed documents load with the facts read off them by hand (seeds/README.md)."""

from __future__ import annotations

import re

import pytest

import tipdiff
from tipdiff.model import SectionName, Tier

from .conftest import SEEDS, seed, seed_manifest

SEED_ENTRIES = seed_manifest()


@pytest.mark.parametrize("entry", SEED_ENTRIES, ids=lambda e: e["file"])
def test_seed_metadata(entry: dict[str, object]) -> None:
    report = tipdiff.load(SEEDS / str(entry["file"]))
    assert report.country == entry["country"]
    assert report.year == entry["edition"]
    assert report.tier == (None if entry["tier"] is None else Tier(entry["tier"]))
    assert report.evidence["country"], "the country comes with the phrase it was read from"
    assert report.evidence["year"]


@pytest.mark.parametrize("entry", SEED_ENTRIES, ids=lambda e: e["file"])
def test_seed_sections(entry: dict[str, object]) -> None:
    report = tipdiff.load(SEEDS / str(entry["file"]))
    assert sorted(report.sections) == sorted(SectionName(s) for s in entry["sections"])  # type: ignore[attr-defined]


def test_fragment_country_comes_from_running_text() -> None:
    report = tipdiff.load(seed(2021))
    assert report.country == "Azerbaijan"
    assert "running text" in (report.evidence["country"] or "")


@pytest.mark.parametrize(("edition", "count"), [(2024, 13), (2009, 7), (2015, 10), (2023, 11)])
def test_recommendation_counts(edition: int, count: int) -> None:
    assert len(tipdiff.load(seed(edition)).recommendations) == count


def test_recommendations_read_cleanly() -> None:
    old_style = tipdiff.load(seed(2009)).recommendations
    assert old_style[0].startswith("Increase law enforcement efforts")
    assert not any(r.startswith(("and ", ";", "*")) or r.endswith(";") for r in old_style)
    assert old_style[-1].startswith("Conduct awareness")
    starred = tipdiff.load(seed(2024)).recommendations
    assert not any("*" in r for r in starred)


def test_every_paragraph_of_the_headingless_2024_text_lands_in_its_section() -> None:
    report = tipdiff.load(seed(2024))
    openings = {
        name: [p.text[:45] for p in sec.paragraphs] for name, sec in report.sections.items()
    }
    assert openings[SectionName.SUMMARY] == ["The Government of Azerbaijan does not fully m"]
    assert openings[SectionName.RECOMMENDATIONS][0].startswith("Vigorously investigate")
    assert openings[SectionName.PROSECUTION][0].startswith(
        "The government maintained prosecution eff"
    )
    assert len(openings[SectionName.PROSECUTION]) == 2
    assert openings[SectionName.PROTECTION][0].startswith(
        "The government modestly increased victim prot"
    )
    assert len(openings[SectionName.PROTECTION]) == 4
    assert openings[SectionName.PREVENTION][0].startswith(
        "The government modestly increased prevention"
    )
    assert openings[SectionName.PROFILE][0].startswith("As reported over the past five years")
    assert next(iter(report.sections)) is SectionName.SUMMARY


CHROME = (
    "Document #",
    "(Author)",
    "Leave a review",
    "Follow us on social networks",
    "News Line",
    "-02D-",
    "Country-by-Country",
    "Social",
)


@pytest.mark.parametrize("entry", SEED_ENTRIES, ids=lambda e: e["file"])
def test_no_chrome_or_broken_words_survive(entry: dict[str, object]) -> None:
    report = tipdiff.load(SEEDS / str(entry["file"]))
    text = report.text
    for chrome in CHROME:
        assert chrome not in text
    assert "|" not in text
    assert not re.search(r"\b[a-z]+- [a-z]+\b", text), "a word split across a line break survived"
    assert "  " not in text
    assert "anti- trafficking" not in text and "govern- ment" not in text


def test_pdf_hyphenation_is_decided_from_the_document() -> None:
    text = tipdiff.load(seed(2009)).text
    assert "anti-trafficking efforts; improve" in text  # "anti-" / "trafficking" keeps its hyphen
    assert "inter-agency coordination" in text


def test_text_is_rebuilt_from_sections() -> None:
    for entry in SEED_ENTRIES:
        report = tipdiff.load(SEEDS / str(entry["file"]))
        paragraphs = sorted(
            (p for s in report.sections.values() for p in s.paragraphs), key=lambda p: p.index
        )
        assert report.text == "\n\n".join(p.text for p in paragraphs)
        assert all(p.text == " ".join(s.text for s in p.sentences) for p in paragraphs)


def test_keyword_overrides_win() -> None:
    report = tipdiff.load(seed(2021), country="Atlantis", year=1999)
    assert (report.country, report.year) == ("Atlantis", 1999)
    assert report.evidence["country"] == "given by the caller"


def test_load_accepts_str_and_bytes() -> None:
    path = seed(2024)
    from_path = tipdiff.load(path)
    from_text = tipdiff.load(path.read_text(encoding="utf-8"))
    from_bytes = tipdiff.load(path.read_bytes())
    assert from_path.text == from_text.text == from_bytes.text
    assert from_text.source == "<text>"
