"""Whole editions: the report as published (pdftotext text, multi-country web pages) cut
into one narrative per country, checked against generated editions with known truth."""

from __future__ import annotations

import dataclasses
import difflib
import html
import itertools
import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tipdiff
from benchmarks.editions import GeneratedEdition, build_edition, build_html_page
from tipdiff import edition
from tipdiff.cli import main
from tipdiff.countries import country_name, country_slug, fold
from tipdiff.edition import country_heading, cut_edition, load_edition, read_cut
from tipdiff.errors import NotANarrativeError
from tipdiff.headings import is_heading_line
from tipdiff.ingest import normalise, read
from tipdiff.model import P_SECTIONS, FoundBy, Report, Tier

from .conftest import seed

_LEAD = re.compile(r"^(?:PRIORITIZED )?RECOMMENDATIONS(?: FOR [^:]+)?:|^Recommendations for [^:]+:")


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['-]\w+)*", normalise(text))


def truth_words(paragraphs: tuple[str, ...]) -> list[str]:
    """The narrative's words as published, without its section headings (structure)."""
    return [w for p in paragraphs if not is_heading_line(p) for w in words(_LEAD.sub("", p))]


def read_words(report: Report) -> list[str]:
    """The words tipdiff read, in the order they stand in the source."""
    paragraphs = sorted(
        (p for section in report.sections.values() for p in section.paragraphs),
        key=lambda p: (p.source_line or 0, p.index),
    )
    return words(" ".join(p.text for p in paragraphs))


def as_text(page: GeneratedEdition) -> GeneratedEdition:
    """A web page saved as text (what a browser's "save as text" or a scraper gives)."""
    text = re.sub(r"<(script|style)\b.*?</\1>", "", page.text, flags=re.S)
    text = re.sub(r"</?(?:p|h\d|li|div|nav|header|footer|main|ul|br)\b[^>]*>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return dataclasses.replace(page, text=re.sub(r"\n\s*\n+", "\n\n", text))


EDITIONS = {
    "2024-style": lambda: build_edition(2024, style="2024", countries=32, seed=3),
    # running heads and page numbers set off by bars and dashes ("— 97 —", "Page 97")
    "2009-style-decorated-pages": lambda: build_edition(
        2009, style="2009", countries=32, seed=4, decorated=True
    ),
    # footnotes at the foot of pages, their markers glued to a sentence's stop ("victims.3")
    "2019-style-footnotes": lambda: build_edition(
        2019, style="2024", countries=30, seed=11, footnotes=0.6
    ),
    # headings set in large type, broken over lines ("SAINT VINCENT AND THE" / "GRENADINES: TIER 2")
    "2021-style-wrapped-headings-decorated-pages": lambda: build_edition(
        2021, style="2024", countries=34, seed=13, heading_width=24, decorated=True
    ),
    "2005-style-wrapped-headings-footnotes": lambda: build_edition(
        2005, style="2009", countries=34, seed=14, heading_width=22, footnotes=0.6
    ),
    "2007-web-page": lambda: build_html_page(2007, countries=14, seed=2),
    "2007-web-page-as-text": lambda: as_text(build_html_page(2007, countries=14, seed=9)),
}


@pytest.fixture(scope="module", params=sorted(EDITIONS))
def case(request: pytest.FixtureRequest) -> tuple[GeneratedEdition, tipdiff.Edition]:
    generated = EDITIONS[request.param]()
    return generated, load_edition(generated.text)


def test_every_narrative_is_found_and_nothing_else(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    generated, edition = case
    expected = [fold(country_name(n.country)) for n in generated.narratives]
    assert [fold(r.country or "") for r in edition.reports] == expected  # recall and precision 100 %
    assert len(expected) >= (14 if generated.style == "html" else 30)
    assert edition.warnings == ()


def test_year_and_tiers_are_right(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    generated, edition = case
    assert edition.year == generated.year and edition.evidence
    assert all(r.year == generated.year for r in edition.reports)
    assert [str(r.tier) for r in edition.reports] == [n.tier for n in generated.narratives]
    for report, truth in zip(edition.reports, generated.narratives, strict=True):
        assert report.evidence["tier"] == " ".join(truth.printed.split())


#: A page number alone on a line, as the generated editions print them.
_PAGE_NUMBER_LINE = r"(?:^|\n)(?:Page )?[-—]? ?\d{1,4}(?: of \d+)? ?[-—]?(?:\n|$)"


def test_each_narrative_keeps_its_words_and_no_page_furniture(
    case: tuple[GeneratedEdition, tipdiff.Edition],
) -> None:
    generated, edition = case
    for report, truth in zip(edition.reports, generated.narratives, strict=True):
        expected, read = truth_words(truth.paragraphs), read_words(report)
        similarity = difflib.SequenceMatcher(None, expected, read, autojunk=False).ratio()
        assert similarity >= 0.995, (truth.country, similarity)
        assert "TRAFFICKING IN PERSONS REPORT" not in report.text, "a running head"
        assert not re.search(_PAGE_NUMBER_LINE, report.text), "a page number line"


def test_a_special_case_s_government_efforts_are_its_p_sections(
    case: tuple[GeneratedEdition, tipdiff.Edition],
) -> None:
    """A 2016–2021 special case's P sections stand under "GOVERNMENT EFFORTS", with no
    headings of their own: what is under it is read as the three P sections, all of it."""
    generated, edition = case
    specials = [
        (report, truth)
        for report, truth in zip(edition.reports, generated.narratives, strict=True)
        if "GOVERNMENT EFFORTS" in truth.paragraphs
    ]
    assert bool(specials) == (generated.style == "2024" and 2016 <= generated.year <= 2021)
    for report, truth in specials:
        start = truth.paragraphs.index("GOVERNMENT EFFORTS") + 1
        end = next(i for i, p in enumerate(truth.paragraphs) if is_heading_line(p) and i >= start)
        p_sections = [report.sections[name] for name in P_SECTIONS]
        assert [s.found_by for s in p_sections] == [FoundBy.CONTENT] * 3, truth.country
        assert words(" ".join(s.text for s in p_sections)) == truth_words(truth.paragraphs[start:end])


def test_no_sentence_is_cut_where_a_page_breaks(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    """A sentence that runs on over a page break ("… the Interagency Commission" / page
    furniture / "(IC) composed of …") is one sentence: a cut there would show as a
    change in every brief whose other edition breaks its pages elsewhere."""
    _, edition = case
    for report in edition.reports:
        for this, following in itertools.pairwise(report.sentences):
            if this.section == following.section and this.at and following.at:
                cut = this.at.page != following.at.page and not re.search(r"[.!?:;\"”’)\]]$", this.text)
                assert not cut, (report.country, this.text[-40:], following.text[:40])


def test_a_blank_line_where_a_column_breaks_a_sentence_does_not_cut_it() -> None:
    """pdftotext may end a text block where a column or page ends, mid-sentence, with a
    blank line; the sentence goes on after it even at a capital ("… the Interagency" /
    "" / "Commission …"), as it does after a line that ends lower case."""
    generated = build_edition(2024, style="2024", countries=20, seed=1)
    rows = generated.text.split("\n")
    broken: list[str] = []
    for row, following in itertools.pairwise([*rows, ""]):
        broken.append(row)
        if len(row) > 50 and row[-1:].isalpha() and following[:1].isupper() and not following.isupper():
            broken.append("")  # a column ends mid-sentence
    assert len(broken) - len(rows) >= 50
    for a, b in zip(load_edition(generated.text), load_edition("\n".join(broken)), strict=True):
        assert [s.text for s in b.sentences] == [s.text for s in a.sentences], a.country


@pytest.mark.parametrize(
    ("style", "head"),
    [("2024", "U.S. DEPARTMENT OF STATE | TIP REPORT {page}"), ("2009", "COUNTRY NARRATIVES")],
)
def test_running_heads_that_say_anything_are_found_by_repeating(style: str, head: str) -> None:
    """A running head tipdiff has no pattern for is still one: a line at the edge of a
    fifth of the pages or more. "COUNTRY NARRATIVES" at a page's top ends no narrative."""
    generated = build_edition(2018 if style == "2024" else 2012, style=style, countries=30, seed=6)
    pages = generated.text.split("\f")
    text = "\f".join(
        [
            *pages[:3],  # the cover and letter keep the report's title and date
            *(
                re.sub(r"(?m)^.*TRAFFICKING IN PERSONS REPORT.*$", head.format(page=number), page)
                for number, page in enumerate(pages[3:], start=4)
            ),
        ]
    )
    assert text.count(head.format(page="")[:20]) >= 30
    edition = load_edition(text)
    assert [r.country for r in edition] == [country_name(n.country) for n in generated.narratives]
    for report, truth in zip(edition, generated.narratives, strict=True):
        assert report.pages == (truth.first_page, truth.last_page), truth.country
        expected, read = truth_words(truth.paragraphs), read_words(report)
        assert difflib.SequenceMatcher(None, expected, read, autojunk=False).ratio() >= 0.995
        assert head[:12] not in report.text, truth.country


def test_a_running_head_naming_a_country_in_mixed_case_is_furniture() -> None:
    """"Belgium 13" at the top of a page, as "BELGIUM 13" is: not the narrative's words,
    and not the last page of the narrative before it."""
    generated = build_edition(2012, style="2009", countries=30, seed=6)

    def mixed_case(match: re.Match[str]) -> str:
        return match.group(1) + country_name(match.group(2)) + match.group(3)

    text = re.sub(r"(?m)^(\f)([A-Z][A-Z ,.'’-]+?)( \d{1,3})$", mixed_case, generated.text)
    assert len(re.findall(r"(?m)^\f[A-Z][a-z]+.* \d{1,3}$", text)) >= 10
    edition = load_edition(text)
    for report, truth in zip(edition, generated.narratives, strict=True):
        assert report.pages == (truth.first_page, truth.last_page), truth.country
        assert read_words(report)[-3:] == truth_words(truth.paragraphs)[-3:], truth.country


def test_no_footnote_or_its_marker_is_read_into_a_narrative(
    case: tuple[GeneratedEdition, tipdiff.Edition],
) -> None:
    generated, edition = case
    for report in edition.reports:
        assert not any(" ".join(note.split()[:8]) in report.text for note in generated.notes)
        assert not re.search(r"[a-z][.,;:]\d{1,3}\b", report.text), "a footnote marker"
        assert all(s.at is not None for s in report.sentences), "a sentence read across a note"


def test_first_and_last_pages_are_right(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    generated, edition = case
    for report, truth in zip(edition.reports, generated.narratives, strict=True):
        if truth.first_page is None:
            assert report.pages is None
        else:
            assert report.pages == (truth.first_page, truth.last_page), truth.country
        assert report.lines is not None and report.lines[0] < report.lines[1]


def test_the_heading_line_is_where_the_report_says(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    generated, edition = case
    lines = generated.text.split("\n")
    for report in edition.reports:
        assert report.lines is not None
        line = re.sub(r"<[^>]+>", "", lines[report.lines[0] - 1]).replace("\f", "").strip()
        heading = report.evidence["country"]  # the whole heading, on one line
        columns = re.split(r" {2,}", line)  # pdftotext -layout: the line of either column
        assert any(c and heading.startswith(" ".join(c.split())) for c in columns), (line, heading)
        assert country_heading(heading) is not None, heading


def test_a_heading_with_a_footnote_mark_starts_its_narrative() -> None:
    """A mark after a heading ("NETHERLANDS: Tier 1‡") must not glue the narrative onto
    the one before it, silently."""
    generated = build_edition(2022, style="2024", countries=8, seed=5)
    marked = generated.narratives[3].printed
    assert generated.text.count(f"\n{marked}\n") == 1
    text = generated.text.replace(f"\n{marked}\n", f"\n{marked}‡\n")
    edition = load_edition(text)
    assert [r.country for r in edition.reports] == [n.country for n in generated.narratives]
    assert str(edition.reports[3].tier) == generated.narratives[3].tier


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("AZERBAIJAN: TIER 2", ("AZERBAIJAN", Tier.TIER_2)),
        ("AZERBAIJAN: Tier 2 Watch List", ("AZERBAIJAN", Tier.TIER_2_WATCH_LIST)),
        ("Azerbaijan (Tier 2 Watch List)", ("Azerbaijan", Tier.TIER_2_WATCH_LIST)),
        ("KOREA, NORTH: TIER 3", ("KOREA, NORTH", Tier.TIER_3)),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2", ("CONGO, DEMOCRATIC REPUBLIC OF THE", Tier.TIER_2)),
        ("GAMBIA, THE: TIER 2 WATCH LIST", ("GAMBIA, THE", Tier.TIER_2_WATCH_LIST)),
        ("CÔTE D'IVOIRE: TIER 2", ("CÔTE D'IVOIRE", Tier.TIER_2)),
        ("GUINEA-BISSAU: TIER 3", ("GUINEA-BISSAU", Tier.TIER_3)),
        ("SAINT VINCENT AND THE GRENADINES: TIER 1", ("SAINT VINCENT AND THE GRENADINES", Tier.TIER_1)),
        ("TÜRKIYE: TIER 2", ("TÜRKIYE", Tier.TIER_2)),
        ("LIBYA: SPECIAL CASE", ("LIBYA", Tier.SPECIAL_CASE)),
        ("Somalia (Special Case)", ("Somalia", Tier.SPECIAL_CASE)),
        ("SPECIAL CASE: YEMEN", ("YEMEN", Tier.SPECIAL_CASE)),  # 2016–2021: the tier first
        ("Serbia and Montenegro (Tier 2)", ("Serbia and Montenegro", Tier.TIER_2)),  # 2003–2006
        ("Serbia-Montenegro (Tier 2)", ("Serbia-Montenegro", Tier.TIER_2)),
        ("Bosnia-Herzegovina (Tier 2)", ("Bosnia-Herzegovina", Tier.TIER_2)),  # early editions
        ("CONGO (KINSHASA) (Tier 2)", ("CONGO (KINSHASA)", Tier.TIER_2)),
        ("Moldova (Republic of) (Tier 2)", ("Moldova (Republic of)", Tier.TIER_2)),
        ("CHINA (HONG KONG): Tier 2", ("CHINA (HONG KONG)", Tier.TIER_2)),
        ("## AZERBAIJAN: TIER 2", ("AZERBAIJAN", Tier.TIER_2)),  # converted to Markdown
        ("**Azerbaijan (Tier 2 Watch List)**", ("Azerbaijan", Tier.TIER_2_WATCH_LIST)),
        # a footnote's mark after the tier or the name (the 2021 and 2022 reports)
        ("NETHERLANDS: Tier 1‡", ("NETHERLANDS", Tier.TIER_1)),
        ("Netherlands† (Tier 1)", ("Netherlands", Tier.TIER_1)),
        ("CURAÇAO: TIER 2*", ("CURAÇAO", Tier.TIER_2)),
        ("UZBEKISTAN (Tier 3*)", ("UZBEKISTAN", Tier.TIER_3)),  # 2013: an automatic downgrade
        # not headings: prose, lists, legends, a sentence's end that names a tier
        ("Moldova and Honduras were placed on Tier 2", None),
        ("In Azerbaijan (Tier 2)", None),
        ("TIER PLACEMENTS: TIER 1", None),
        ("TIER 1 TIER 2 TIER 2 WATCH LIST TIER 3", None),
        ("SPECIAL CASE: LIBYA, SOMALIA, YEMEN", None),  # a list, not one known name
        ("COUNTRY NARRATIVES", None),
        ("ANGOLA 2WL", None),
        ("the government of Azerbaijan (Tier 2)", None),
        ("Azerbaijan (Tier 2) (Tier 3)", None),
        ("Azerbaijan (see Tier 2) (Tier 3)", None),
        ("Narnia (North) (Tier 2)", None),  # mixed case: must be a known name
    ],
)
def test_country_headings_in_every_era(line: str, expected: tuple[str, Tier] | None) -> None:
    assert country_heading(line) == expected


_CLOSING_LINES = (
    "RELEVANT INTERNATIONAL CONVENTIONS",
    "Glossary of Terms",
    "STOPPING HUMAN TRAFFICKING AND SEXUAL EXPLOITATION",
    "International, Regional, and Sub- Regional Organizations",
    "TIP REPORT HEROES",
    "SPECIAL CASES",
    "COUNTRY NARRATIVES",
    "METHODOLOGY",
    "TIER PLACEMENTS",
    "GLOBAL LAW ENFORCEMENT DATA",
    "ENDNOTES",
    "PHOTO CREDITS",
    "ACKNOWLEDGMENTS",
    "Acknowledgements",
    "CONTENTS",
    "INDEX",
)


def test_the_scan_for_closing_matter_finds_every_closing_title() -> None:
    # Cutting only tests the lines the hint finds against _CLOSING: each title (each
    # has an example here) must be found by it, whatever the spaces around its words.
    titles = edition._CLOSING_TITLES
    assert all(any(re.fullmatch(t, line, re.I | re.X) for line in _CLOSING_LINES) for t in titles)
    for line in _CLOSING_LINES:
        spaced = " \t" + line.replace(" ", "  ") + " "
        assert edition._CLOSING.match(" ".join(spaced.split()))
        assert edition._CLOSING_HINT.match("\n" + spaced)


@pytest.mark.parametrize(
    ("printed", "name", "slug"),
    [
        ("KOREA, NORTH", "North Korea", "north-korea"),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE", "Democratic Republic of the Congo", "democratic-republic-of-the-congo"),
        ("GAMBIA, THE", "The Gambia", "gambia"),
        ("CÔTE D'IVOIRE", "Côte d'Ivoire", "cote-d-ivoire"),
        ("Turkey", "Türkiye", "turkiye"),
        ("Swaziland", "Eswatini", "eswatini"),
        ("Macedonia", "North Macedonia", "north-macedonia"),
        ("MACEDONIA, THE FORMER YUGOSLAV REPUBLIC OF", "North Macedonia", "north-macedonia"),
        ("Macao", "Macau", "macau"),
        ("Czech Republic", "Czechia", "czechia"),
        ("Cape Verde", "Cabo Verde", "cabo-verde"),
        ("UNITED STATES OF AMERICA", "United States", "united-states"),
        ("Slovak Republic", "Slovakia", "slovakia"),
        ("RUSSIAN FEDERATION", "Russia", "russia"),
        ("CONGO (KINSHASA)", "Democratic Republic of the Congo", "democratic-republic-of-the-congo"),
        ("Moldova (Republic of)", "Moldova", "moldova"),
        ("CHINA (HONG KONG)", "Hong Kong", "hong-kong"),
        ("  azerbaijan ", "Azerbaijan", "azerbaijan"),
        ("SÃO TOMÉ AND PRÍNCIPE", "São Tomé and Príncipe", "sao-tome-and-principe"),
        ("SAO TOME AND PRINCIPE", "São Tomé and Príncipe", "sao-tome-and-principe"),
        ("PEOPLE'S REPUBLIC OF CHINA", "China", "china"),
        ("CHINA, PEOPLE'S REPUBLIC OF", "China", "china"),
        ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "North Korea", "north-korea"),
        ("UAE", "United Arab Emirates", "united-arab-emirates"),
        # former countries the report covered, named as their headings print them
        ("SERBIA AND MONTENEGRO", "Serbia and Montenegro", "serbia-and-montenegro"),
        ("Serbia-Montenegro", "Serbia and Montenegro", "serbia-and-montenegro"),
        ("Bosnia-Herzegovina", "Bosnia and Herzegovina", "bosnia-and-herzegovina"),
        ("Federal Republic of Yugoslavia", "Yugoslavia", "yugoslavia"),
        ("NARNIA", "Narnia", "narnia"),
        ("PEOPLE'S REPUBLIC OF NARNIA", "People's Republic of Narnia", "people-s-republic-of-narnia"),
    ],
)
def test_one_alias_table_names_a_country_one_way(printed: str, name: str, slug: str) -> None:
    assert (country_name(printed), country_slug(printed)) == (name, slug)


def test_a_single_narrative_is_an_edition_of_one() -> None:
    edition = load_edition(seed(2024))
    assert edition.year == 2024 and edition.countries == ("Azerbaijan",)
    assert edition.reports[0].text == tipdiff.load(seed(2024)).text


def test_a_text_with_no_heading_that_is_no_narrative_is_refused() -> None:
    with pytest.raises(NotANarrativeError, match="no country heading"):
        load_edition("Minutes of the meeting.\n\nWe discussed the budget and the picnic.")


def test_the_report_s_own_pages_without_a_narrative_are_refused_not_read_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The front matter alone (a download cut short, the wrong pages) names countries,
    tiers and a sample "COUNTRY X: TIER 2": no narrative may be made of it."""
    generated = build_edition(2024, style="2024", countries=5, seed=1)
    text = generated.text
    front = text[: text.rindex("\f", 0, text.index(generated.narratives[0].printed))]
    with pytest.raises(NotANarrativeError, match=r"report's own matter \('METHODOLOGY' on page \d+\)"):
        load_edition(front)
    with pytest.raises(NotANarrativeError, match="no narrative to read"):
        tipdiff.load(front)
    (tmp_path / "front.txt").write_text(front)
    assert main(["split", str(tmp_path / "front.txt"), "-o", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
    assert capsys.readouterr().err.count("\n") == 1
    # the same pages before the narratives are the whole edition's, and left out
    assert [fold(r.country or "") for r in load_edition(text).reports] == [
        fold(country_name(n.country)) for n in generated.narratives
    ]


def troubled_edition() -> tuple[GeneratedEdition, str]:
    """An edition with a heading and no body before its second narrative, and its first
    narrative twice more at the end (the last copy cut off mid-word)."""
    generated = build_edition(2024, style="2024", countries=30, seed=5)
    text = generated.text
    first, second = generated.narratives[0], generated.narratives[1]
    # a heading with no body right before the second narrative
    text = text.replace(second.printed, f"NAURU: TIER 1\n\n{second.printed}", 1)
    # the first narrative a second time, at the end, cut mid-word
    copy = text[text.index(first.printed) : text.index(second.printed)]
    cut = text.index("RELEVANT INTERNATIONAL CONVENTIONS")
    return generated, text[:cut] + "\f" + copy + "\f" + copy[: len(copy) // 2].rstrip(" .\n") + "x"


def unreadable_edition(generated: GeneratedEdition) -> str:
    """``generated`` with its third narrative's body replaced by prose that is no
    narrative (it never mentions trafficking)."""
    text = generated.text
    third, fourth = generated.narratives[2], generated.narratives[3]
    prose = "The committee met in the spring to discuss the budget for the library and the roads. " * 4
    start, end = text.index(third.printed), text.index(fourth.printed)
    return f"{text[:start]}{third.printed}\n\n{prose}\n\n{text[end:]}"


def test_a_heading_with_no_body_two_narratives_of_one_country_and_a_cut_text_warn() -> None:
    generated, text = troubled_edition()
    first = generated.narratives[0]
    edition = load_edition(text)
    warnings = " | ".join(edition.warnings)
    assert "NAURU: TIER 1" in warnings and "no narrative after it" in warnings
    assert f"a second narrative for {country_name(first.country)}" in warnings
    assert "ends mid-sentence" in warnings
    assert len(edition.reports) == len(generated.narratives)  # the rest is all there


def test_reading_each_cut_is_reading_the_edition(case: tuple[GeneratedEdition, tipdiff.Edition]) -> None:
    generated, edition = case
    cuts = cut_edition(*read(generated.text))
    assert cuts is not None and (cuts.year, cuts.evidence) == (edition.year, edition.evidence)
    assert [read_cut(cut) for cut in cuts.narratives] == list(edition.reports)


def test_cutting_an_edition_warns_as_reading_it_does() -> None:
    _, text = troubled_edition()
    edition, cuts = load_edition(text), cut_edition(*read(text))
    assert cuts is not None and cuts.warnings == edition.warnings
    assert [read_cut(cut) for cut in cuts.narratives] == list(edition.reports)


def test_a_narrative_no_check_reads_is_left_out_when_its_cut_is_read() -> None:
    generated = build_edition(2024, style="2024", countries=12, seed=5)
    text = unreadable_edition(generated)
    edition, cuts = load_edition(text), cut_edition(*read(text))
    heading = generated.narratives[2].printed
    assert len(edition.warnings) == 1 and edition.warnings[0].startswith(f"{heading} (page ")
    assert "left out" in edition.warnings[0] and "never mentions trafficking" in edition.warnings[0]
    assert cuts is not None and cuts.warnings == () and len(cuts.narratives) == len(edition) + 1
    with pytest.raises(NotANarrativeError, match="never mentions trafficking"):
        read_cut(cuts.narratives[2])


def test_split_writes_a_narrative_per_country_and_a_manifest(tmp_path: Path) -> None:
    generated = build_edition(2024, style="2024", countries=30, seed=6)
    report_file = tmp_path / "tip-2024.txt"
    report_file.write_text(generated.text, encoding="utf-8")
    out = tmp_path / "narratives"
    assert main(["split", str(report_file), "-o", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [fold(e["country"]) for e in manifest] == [fold(country_name(n.country)) for n in generated.narratives]
    edition = load_edition(report_file)
    for entry, report in zip(manifest, edition.reports, strict=True):
        assert set(entry) == {"file", "country", "year", "tier", "pages"}
        assert entry["file"] == f"{country_slug(entry['country'])}-2024.txt"
        assert (entry["year"], entry["tier"], entry["pages"]) == (2024, str(report.tier), list(report.pages or ()))
        again = tipdiff.load(out / entry["file"])
        assert (again.tier, again.text) == (report.tier, report.text)
        assert country_name(again.country or "") == report.country


def test_split_of_a_document_with_no_narrative_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "minutes.txt"
    source.write_text("Minutes of the meeting.\n\nWe discussed the budget and the picnic.\n")
    assert main(["split", str(source), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tipdiff: error:") and "no country heading" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_split_refuses_a_file_as_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out"
    target.write_text("x")
    assert main(["split", str(seed(2024)), "-o", str(target)]) == 2
    assert "is a file" in capsys.readouterr().err


def test_batch_over_two_whole_editions(tmp_path: Path) -> None:
    old = build_edition(2023, style="2024", countries=30, seed=7)
    new = build_edition(2024, style="2024", countries=30, seed=8)
    (tmp_path / "2023.txt").write_text(old.text, encoding="utf-8")
    (tmp_path / "2024.txt").write_text(new.text, encoding="utf-8")
    out = tmp_path / "briefs"
    code = main(["batch", str(tmp_path / "2023.txt"), str(tmp_path / "2024.txt"), "-o", str(out), "-q", "--jobs", "2"])
    assert code == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    olds = {fold(country_name(n.country)) for n in old.narratives}
    news = {fold(country_name(n.country)) for n in new.narratives}
    assert {fold(p["country"]) for p in summary["pairs"]} == olds & news
    assert {fold(r["country"]): r["status"] for r in summary["lone"]} == {
        **{c: "new" for c in news - olds},
        **{c: "gone" for c in olds - news},
    }
    for row in summary["pairs"]:
        assert (out / row["briefs"]["html"]).is_file()
        assert row["new"]["pages"] is not None and row["new"]["file"] == "2024.txt"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == len(summary["pairs"]) + 1
    assert "what changed in 2024</h1>" in index  # release day: the new edition


def test_an_edition_s_warnings_reach_the_batch_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = build_edition(2023, style="2024", countries=30, seed=9, revise=0.03)
    new = build_edition(2024, style="2024", countries=30, seed=9, revise=0.03)
    second = new.narratives[1].printed
    (tmp_path / "2023.txt").write_text(old.text, encoding="utf-8")
    (tmp_path / "2024.txt").write_text(new.text.replace(second, f"NAURU: TIER 1\n\n{second}", 1), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "2023.txt"), str(tmp_path / "2024.txt"), "-o", str(out), "-q"]) == 0
    warnings = [w for i in json.loads((out / "summary.json").read_text())["inputs"] for w in i["warnings"]]
    assert len(warnings) == 1 and "NAURU: TIER 1" in warnings[0]
    assert "NAURU: TIER 1" in capsys.readouterr().err
    pairs = json.loads((out / "summary.json").read_text())["pairs"]
    assert len(pairs) >= 25  # a revised edition keeps (nearly) every country


def test_a_narrative_that_cannot_be_read_fails_its_pair_only(tmp_path: Path) -> None:
    old = build_edition(2023, style="2024", countries=12, seed=5, revise=0.03)
    new = build_edition(2024, style="2024", countries=12, seed=5, revise=0.03)
    (tmp_path / "2023.txt").write_text(old.text, encoding="utf-8")
    (tmp_path / "2024.txt").write_text(unreadable_edition(new), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "2023.txt"), str(tmp_path / "2024.txt"), "-o", str(out), "-q"]) == 2
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    [failure] = summary["failures"]
    heading = new.narratives[2].printed
    assert failure["file"].startswith("2023.txt pp. ") and " → 2024.txt pp. " in failure["file"]
    assert failure["reason"].startswith(f"{heading} (page ") and "left out" in failure["reason"]
    assert "never mentions trafficking" in failure["reason"]
    assert fold(country_name(new.narratives[2].country)) not in {fold(p["country"]) for p in summary["pairs"]}
    assert len(summary["pairs"]) >= 10 and all((out / p["briefs"]["html"]).is_file() for p in summary["pairs"])


def test_a_copy_of_an_edition_s_narrative_is_weighed_against_the_edition_s(tmp_path: Path) -> None:
    old = build_edition(2023, style="2024", countries=12, seed=5, revise=0.03)
    new = build_edition(2024, style="2024", countries=12, seed=5, revise=0.03)
    (tmp_path / "2023.txt").write_text(old.text, encoding="utf-8")
    (tmp_path / "2024.txt").write_text(new.text, encoding="utf-8")
    full = load_edition(tmp_path / "2024.txt").reports[1]
    opening = next(iter(full.sections.values()))
    shorter = "\n\n".join([full.title or "", *(p.text for p in opening.paragraphs)]) + "\n"
    (tmp_path / f"{country_slug(full.country or '')}-2024-excerpt.txt").write_text(shorter, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path), "-o", str(out), "-q"]) == 0
    [aside] = json.loads((out / "summary.json").read_text(encoding="utf-8"))["set_aside"]
    assert aside["file"].endswith("-2024-excerpt.txt") and aside["chosen"].startswith("2024.txt pp. ")


def test_an_edition_given_twice_is_one_edition_and_its_copies_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipdiff.batch import discover

    text = build_edition(2024, style="2024", countries=12, seed=5).text
    (tmp_path / "a-2024.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b-2024.txt").write_text(text, encoding="utf-8")
    narratives = [n for name in ("a-2024.txt", "b-2024.txt") for n in discover.identify(tmp_path / name, {})]

    def unread(_: object) -> None:
        raise AssertionError("a copy was read to weigh it")

    monkeypatch.setattr(discover, "segmented", unread)
    chosen, set_aside = discover.choose_editions(narratives)
    assert [n.path.name for n in chosen] == ["a-2024.txt"] * (len(narratives) // 2)
    assert all(copy.path.name == "b-2024.txt" and best.country == copy.country for copy, best in set_aside)


def test_a_heading_broken_over_lines_is_read_whole_and_is_not_body_text() -> None:
    generated = EDITIONS["2021-style-wrapped-headings-decorated-pages"]()
    lines = generated.text.split("\n")
    broken = [n for n in generated.narratives if n.printed not in lines]
    assert len(broken) >= 5
    reports = {r.country: r for r in load_edition(generated.text).reports}
    for truth in broken:
        report = reports[country_name(truth.country)]
        assert report.evidence["country"] == truth.printed
        assert str(report.tier) == truth.tier
        last_line = textwrap.wrap(truth.printed, 24)[-1]
        paragraphs = [p.text for s in report.sections.values() for p in s.paragraphs]
        assert not any(p.startswith(last_line) for p in paragraphs), truth.printed


def test_a_web_page_heading_is_a_narrative_even_for_a_name_the_table_does_not_know() -> None:
    page = build_html_page(2017, countries=14, seed=2)
    renamed = page.narratives[3]
    heading = f"<h3>{renamed.printed}</h3>"
    assert page.text.count(heading) == 1
    text = page.text.replace(heading, "<h3>Ruritania (Tier 2 Watch List)</h3>")
    edition = load_edition(text)
    expected = [country_name(n.country) for n in page.narratives]
    expected[3] = "Ruritania"
    assert list(edition.countries) == expected
    assert str(edition.reports[3].tier) == "Tier 2 Watch List"
    # in running text the same words are no heading: only the markup makes them one
    assert country_heading("Ruritania (Tier 2 Watch List)") is None


#: A generated web page's heading in a paragraph of its own, and the paragraph after it.
_STRONG_HEADING = re.compile(r"<p><strong>([^<]*\((?:Tier[^)]*|Special Case)\))</strong></p>\s*<p>")


@pytest.mark.parametrize("saved_as_text", [False, True], ids=["html", "saved-as-text"])
def test_a_web_page_heading_run_into_its_first_paragraph_is_a_heading(saved_as_text: bool) -> None:
    """"<p><b>BRAZIL (Tier 3)</b> Brazil is …</p>", or that page saved as text ("BRAZIL
    (Tier 3) Brazil is …" on one line): every narrative is found with its words."""
    page = build_html_page(2006, countries=14, seed=2)
    text, count = _STRONG_HEADING.subn(r"<p><b>\1</b> ", page.text)
    assert count >= 3  # the page sets its other headings otherwise
    if saved_as_text:
        text = as_text(dataclasses.replace(page, text=text)).text
    edition = load_edition(text)
    assert list(edition.countries) == [country_name(n.country) for n in page.narratives]
    for report, truth in zip(edition, page.narratives, strict=True):
        assert str(report.tier) == truth.tier
        assert read_words(report) == truth_words(truth.paragraphs), truth.country


@pytest.mark.parametrize("style", ["2009", "2024"])
def test_a_heading_set_as_the_name_over_its_tier_is_one_heading(style: str) -> None:
    """"AZERBAIJAN" / "TIER 2" (the name set large, the tier under it): the same
    narratives and tiers as "AZERBAIJAN: TIER 2"; the tier-placement lists of the front
    matter ("ZAMBIA" / "TIER 2 WATCH LIST" / "ALBANIA") still make none."""
    generated = build_edition(2024 if style == "2024" else 2012, style=style, countries=30, seed=4)
    stacked, count = re.subn(
        r"(?m)^([A-Z][A-Z ,.'’-]+?)(?:: | \()((?:TIER|Tier)[^)\n]*)\)?$", r"\1\n\2", generated.text
    )
    assert count >= 25
    plain, read = load_edition(generated.text), load_edition(stacked)
    assert list(read.countries) == list(plain.countries) and read.warnings == ()
    for a, b in zip(plain, read, strict=True):
        assert b.tier == a.tier and [s.text for s in b.sentences] == [s.text for s in a.sentences]


def test_a_web_page_heading_with_its_tier_in_the_next_block_is_one_heading() -> None:
    """"<h3>BRAZIL</h3><p>Tier 3</p>": the country and its tier are one heading."""
    page = build_html_page(2006, countries=14, seed=2)

    def apart(match: re.Match[str]) -> str:
        name, tier = match.group(1).split(" (", 1)
        return f"<h3>{name}</h3>\n<p>{tier.rstrip(')')}</p>\n<p>"

    text, count = _STRONG_HEADING.subn(apart, page.text)
    assert count >= 3
    edition = load_edition(text)
    assert list(edition.countries) == [country_name(n.country) for n in page.narratives]
    assert [str(r.tier) for r in edition] == [n.tier for n in page.narratives]


def test_a_narrative_s_first_sentence_may_name_its_country_with_an_acronym() -> None:
    """A heading run into "The Democratic Republic of the Congo (DRC) is a source …" is
    split off as for any other first sentence."""
    body = "The Democratic Republic of the Congo (DRC) is a source country for trafficked men. " * 3
    at = edition._run_in_heading_end(f"CONGO, DEMOCRATIC REPUBLIC OF THE (Tier 2) {body}")
    assert at == len("CONGO, DEMOCRATIC REPUBLIC OF THE (Tier 2)")
    assert edition._run_in_heading_end(f"Moldova (Tier 2) improved its efforts. {body}") is None


def test_a_heading_in_the_long_form_of_a_name_is_the_country_of_the_short_one() -> None:
    name, tier = country_heading("UNITED STATES OF AMERICA: TIER 1") or ("", None)
    assert (country_name(name), tier) == ("United States", Tier.TIER_1)
    assert country_name("Slovak Republic") == country_name("SLOVAKIA") == "Slovakia"


def test_a_heading_for_a_name_the_table_does_not_know_is_said_in_a_page_saved_as_text() -> None:
    page = as_text(build_html_page(2017, countries=14, seed=2))
    renamed = page.narratives[3]
    assert page.text.count(f"\n{renamed.printed}\n") == 1
    text = page.text.replace(f"\n{renamed.printed}\n", "\nRuritania (Tier 2 Watch List)\n")
    edition = load_edition(text)
    before = country_name(page.narratives[2].country)
    assert len(edition.reports) == len(page.narratives) - 1
    assert [w for w in edition.warnings if "Ruritania" in w] == [
        f"Ruritania (Tier 2 Watch List) (line {text[: text.index('Ruritania')].count(chr(10)) + 1}): "
        "reads like a country heading, but names no country tipdiff knows; read as part of "
        f"the narrative of {before}"
    ]


def test_a_heading_whose_name_has_a_qualifier_in_brackets_starts_a_narrative() -> None:
    generated = EDITIONS["2009-style-decorated-pages"]()
    truth = generated.narratives[4]
    assert generated.text.count(f"\n{truth.printed}\n") == 1
    name, tier = truth.printed.split(" (", 1)
    text = generated.text.replace(f"\n{truth.printed}\n", f"\n{name} (FORMERLY ELSEWHERE) ({tier}\n")
    edition = load_edition(text)
    assert len(edition.reports) == len(generated.narratives)
    assert edition.reports[4].country == f"{country_name(name)} (Formerly Elsewhere)"
    assert str(edition.reports[4].tier) == truth.tier


def test_an_edition_from_pdftotext_layout_reads_as_without_layout() -> None:
    """``pdftotext -layout`` prints each page's two columns side by side; read column
    after column, the edition is the one pdftotext without -layout gives."""
    laid, plain = (
        build_edition(2024, style="2024", countries=30, seed=15, side_by_side=layout, footnotes=0.5, decorated=True)
        for layout in (True, False)
    )
    assert laid.narratives == plain.narratives  # the same report, set two ways
    assert laid.notes  # set across the page, under both columns
    a, b = load_edition(laid.text), load_edition(plain.text)
    assert a.year == b.year == 2024 and a.warnings == b.warnings == ()
    assert [r.country for r in a] == [r.country for r in b]
    assert len(a) == len(laid.narratives)
    laid_rows, plain_rows = (
        [" ".join(row.split()) for row in e.text.split("\n")] for e in (laid, plain)
    )
    for x, y, truth in zip(a, b, laid.narratives, strict=True):
        assert (str(x.tier), x.pages) == (truth.tier, (truth.first_page, truth.last_page))
        assert [s.text for s in x.sentences] == [s.text for s in y.sentences], x.country
        for s, t in zip(x.sentences, y.sentences, strict=True):
            # cited on the page, and on the file's line that holds the line cited without -layout
            assert s.at is not None and t.at is not None and s.at.page == t.at.page
            assert plain_rows[t.at.line - 1] in laid_rows[s.at.line - 1], (x.country, s.text)


@pytest.mark.parametrize("side_by_side", [False, True], ids=["pdftotext", "pdftotext-layout"])
def test_pages_cut_from_the_report_load_as_the_narrative_they_hold(side_by_side: bool) -> None:
    """`pdftotext -f 19 -l 21`: the pages of one country's narrative, with the end of the
    one before it and the start of the next: `load` reads that country, as the whole
    edition does, and says which others the pages hold."""
    generated = build_edition(2024, style="2024", countries=30, seed=15, side_by_side=side_by_side)
    whole = {r.country: r for r in load_edition(generated.text)}
    truth = generated.narratives[3]
    assert truth.first_page is not None and truth.last_page is not None
    pages = generated.text.split("\f")[truth.first_page - 2 : truth.last_page + 1]
    excerpt = "\f".join(pages) + "\f"
    country = country_name(truth.country)
    report = tipdiff.load(excerpt)
    assert report.country == country
    assert [s.text for s in report.sentences] == [s.text for s in whole[country].sentences]
    nexts = country_name(generated.narratives[4].country)
    assert any(country in w and nexts in w for w in report.warnings), report.warnings
    assert tipdiff.load(excerpt, country=nexts).country == nexts
    with pytest.raises(NotANarrativeError, match="none of Narnia"):
        tipdiff.load(excerpt, country="Narnia")


def test_pages_with_one_heading_leave_out_the_narrative_before_it() -> None:
    """Two pages: the end of one narrative, then the heading of the next and its start.
    `load` reads the one whose heading the pages hold, without the other's end or the
    running heads, as the whole edition reads it."""
    generated = build_edition(2024, style="2024", countries=30, seed=15)
    truth = generated.narratives[3]
    assert truth.first_page is not None
    pages = generated.text.split("\f")[truth.first_page - 2 : truth.first_page]
    report = tipdiff.load("\f".join(pages) + "\f")
    whole = {r.country: r for r in load_edition(generated.text)}[country_name(truth.country)]
    read = [s.text for s in report.sentences]
    assert report.country == whole.country and report.tier == whole.tier
    assert len(read) >= 10 and read[:-1] == [s.text for s in whole.sentences][: len(read) - 1]
    assert "TRAFFICKING IN PERSONS REPORT" not in report.text


@pytest.mark.parametrize("style", ["2009", "2024"])
def test_a_page_s_text_copied_from_a_web_page_is_the_narrative_whose_heading_it_holds(
    style: str,
) -> None:
    """A site showing a PDF's page as text (hard-wrapped, no page breaks): the end of one
    narrative, then the heading of the next and its start. It reads as the narrative whose
    heading it holds — its tier the whole heading's ("… Tier 2 Watch List"), not glued to
    the lines around it — and the other's end is left out."""
    generated = build_edition(2024, style=style, countries=12, seed=21)
    before, truth = generated.narratives[4], generated.narratives[5]
    end = textwrap.fill(before.paragraphs[-1], 110)
    assert "traffick" in end and end.endswith(".")
    start = "\n".join(textwrap.fill(p, 110) for p in truth.paragraphs[:3])
    heading = truth.printed.replace("TIER", "Tier").replace("WATCH LIST", "Watch List")
    report = tipdiff.load(f"{end}\n{heading}\n{start}\n")
    assert report.country == country_name(truth.country) and str(report.tier) == truth.tier
    assert report.title == heading
    assert read_words(report) == truth_words(truth.paragraphs[:3])


def test_a_site_s_header_before_the_one_heading_stays_a_title_block() -> None:
    """A page's header with the report's title and a disclaimer before the country's
    heading is no narrative's end: the text is read as one narrative, its year from the
    header."""
    header = (
        "U.S. Department of State 2006 Trafficking in Persons Report - Honduras\n\n"
        "Publisher United States Department of State\n"
        "Author Office to Monitor and Combat Trafficking in Persons\n"
        "Disclaimer This is not a UNHCR publication. UNHCR is not responsible for, nor does "
        "it necessarily endorse, its content. Any views expressed are solely those of the author.\n\n"
    )
    body = (
        "Honduras is a source and transit country for women and children trafficked for "
        "the purpose of sexual exploitation.\n"
    )
    assert edition.read_edition(header + "Honduras (Tier 2)\n\n" + body, "page") is None
    report = tipdiff.load(header + "Honduras (Tier 2)\n\n" + body)
    assert (report.country, report.year, str(report.tier)) == ("Honduras", 2006, "Tier 2")


@pytest.mark.parametrize("breaks", [True, False], ids=["page-breaks", "no-page-breaks"])
@pytest.mark.parametrize("style", ["2009", "2024"])
def test_a_narrative_s_own_lines_of_pages_load_without_running_heads(style: str, breaks: bool) -> None:
    """The lines of one narrative copied from the report's text (its heading to its last
    line, nothing before the heading; with its page breaks, or without them as
    `pdftotext -nopgbrk` or a PDF viewer's copy gives it): `load` drops the running
    heads and page numbers of its pages as the whole edition does, and re-joins a word
    hyphenated across a page ("traf-" / running head / "ficking")."""
    generated = build_edition(2013 if style == "2009" else 2024, style=style, countries=30, seed=5)
    whole = load_edition(generated.text)
    rows = generated.text.split("\n")
    crossing = 0
    for report, truth in zip(whole, generated.narratives, strict=True):
        first, last = report.lines
        text = "\n".join(rows[first - 1 : last])
        if "\f" not in text:
            continue
        crossing += 1
        read = tipdiff.load(text if breaks else text.replace("\f", ""))
        assert (read.country, read.tier) == (report.country, report.tier)
        got, expected = read_words(read), truth_words(truth.paragraphs)
        # furniture leaves capitals and numbers the narrative does not have ("BELGIUM 13")
        assert {w for w in got if w.isupper() or w.isdigit()} <= set(expected), truth.country
        similar = difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio()
        assert similar >= 0.995, truth.country  # a few hyphens read against fewer words
        # and no sentence cut where a page broke or a running head was
        assert len(read.sentences) == len(report.sentences), truth.country
    assert crossing >= 10


@pytest.mark.parametrize("style", ["2009", "2024"])
def test_an_edition_without_page_breaks_loses_its_running_heads(style: str) -> None:
    """`pdftotext -nopgbrk`: no form feed between pages, the running heads and page
    numbers still there. Every narrative is found with its words, and no furniture."""
    generated = build_edition(2013 if style == "2009" else 2024, style=style, countries=30, seed=7)
    read = load_edition(generated.text.replace("\f", ""))
    assert [r.country for r in read] == [country_name(n.country) for n in generated.narratives]
    assert read.year == generated.year and read.warnings == ()
    for report, truth in zip(read, generated.narratives, strict=True):
        expected, got = truth_words(truth.paragraphs), read_words(report)
        assert {w for w in got if w.isupper() or w.isdigit()} <= set(expected), truth.country
        assert difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio() >= 0.995


_CHART = ["TIER RANKING BY YEAR", "1", "2", "2WL", "3", "2011 2012 2013 2014 2015 2016 2017 2018"]


@pytest.mark.parametrize("style", ["2009", "2024"])
@pytest.mark.parametrize("where", ["under-heading", "page-top"])
def test_a_tier_ranking_chart_is_no_part_of_a_narrative(style: str, where: str) -> None:
    """The 2017–2020 reports print a "TIER RANKING BY YEAR" chart in each narrative;
    pdftotext gives its title and axes as lines, under the heading or at the top of a
    page. They are no words of the narrative, and a chart at a page's top ends nothing."""
    generated = build_edition(2018 if style == "2024" else 2012, style=style, countries=12, seed=3)
    plain = load_edition(generated.text)
    titles = {r.title for r in plain}
    rows: list[str] = []
    after_heading = False
    for row in generated.text.split("\n"):
        rows.append(row)
        if row in titles:
            after_heading = True
            if where == "under-heading":
                rows += _CHART
        elif where == "page-top" and after_heading and row.startswith("\f"):
            rows += _CHART  # under the page's running head
            after_heading = False
    charted = load_edition("\n".join(rows))
    assert sum(row == _CHART[0] for row in rows) >= 10
    for a, b in zip(plain, charted, strict=True):
        assert (b.country, b.tier, b.title) == (a.country, a.tier, a.title)
        assert [s.text for s in b.sentences] == [s.text for s in a.sentences], b.country


def test_a_title_block_that_opens_with_the_report_s_title_keeps_the_country_s_name() -> None:
    """A copied narrative whose title block names the report, then the country alone in
    capitals: no page furniture is read into that (there are no pages)."""
    text = "TRAFFICKING IN PERSONS REPORT\nJUNE 2024\nAZERBAIJAN\nTier 2\n\n" + textwrap.fill(
        "Azerbaijan is a source country for men subjected to forced labor. " * 10, 78
    )
    report = tipdiff.load(text)
    assert (report.country, report.year, str(report.tier)) == ("Azerbaijan", 2024, "Tier 2")
    assert "AZERBAIJAN" in (report.title or "")


def test_a_running_head_above_the_heading_is_no_part_of_the_country_s_name() -> None:
    """Whole pages that open with the country's name as running head, then its heading
    ("COMOROS" / "COMOROS (Tier 2)"): the country is read once, and the heading is the title."""
    pages = "COMOROS\nCOMOROS (Tier 2)\n" + textwrap.fill(
        "Comoros is a source country for children subjected to forced labor. " * 12, 78
    ) + "\n15\n\fTRAFFICKING IN PERSONS REPORT\n" + textwrap.fill(
        "The government made modest efforts to protect victims last year. " * 12, 78
    ) + "\n16\n\f"
    report = tipdiff.load(pages)
    assert (report.country, report.title, str(report.tier)) == ("Comoros", "COMOROS (Tier 2)", "Tier 2")
    assert "TRAFFICKING IN PERSONS REPORT" not in report.text


def test_a_sentence_hyphenated_over_a_page_s_footnotes_is_cited_where_it_starts() -> None:
    """"Accor-" ends a page's text, its footnotes follow, then "ding to prosecutors"
    on the next page: the sentence is cited where it starts."""
    generated = build_edition(2024, style="2024", countries=30, seed=24, footnotes=0.8)
    assert re.search(r"[a-z]-\n\d{1,2} [A-Z]", generated.text), "no word hyphenated over a note"
    for report in load_edition(generated.text):
        assert all(s.at is not None for s in report.sentences), report.country


def test_a_page_s_footnotes_numbered_past_99_are_found_with_their_markers() -> None:
    """An edition numbers its notes through; "victims.102" and "102 See …" at the foot of
    a page are a marker and its note, and a number in the text is neither."""
    page = (
        "The government identified 102 victims, compared with 98 in 2022, and referred\n"
        "all of them to shelters for trafficking victims.102 Police reported diffi-\n"
        "culties in encouraging victims to cooperate.103\n"
        "102 See the Methodology section of this report for an explanation of the Tier\n"
        "2 Watch List and the minimum standards.\n"
        "103 Figures in this section include cases initiated in previous periods.\n"
        "470 | TRAFFICKING IN PERSONS REPORT | JUNE 2024\n\f"
    )
    lines, paged = edition._text_lines(page + page)
    running_heads = {i for i, text in enumerate(lines.texts) if text.startswith("470 |")}
    notes, unmarked = edition._footnotes(lines, furniture=running_heads)
    assert paged and [lines.texts[i][:4] for i in notes] == ["102 ", "2 Wa", "103 ", "102 ", "2 Wa", "103 "]
    assert unmarked[1].startswith("all of them to shelters for trafficking victims. Police")
    assert unmarked[2] == "culties in encouraging victims to cooperate."
    assert 0 not in unmarked  # "102 victims" is a count, not a marker


def test_a_note_marked_after_a_number_s_full_stop_is_no_part_of_the_narrative() -> None:
    """"… remained on Tier 2.2 These efforts" with note 2 at the foot of the page where
    the narrative ends: the marker and the note go, "2.2 million" stays."""
    first = (
        "MICRONESIA, FEDERATED STATES OF: TIER 2\n\n"
        "The Government of the Federated States of Micronesia does not fully meet the\n"
        "minimum standards for the elimination of trafficking but is making significant\n"
        "efforts to do so; therefore Micronesia remained on Tier 2.2 These efforts included\n"
        "providing 2.2 million dollars for trafficking victim services and shelters.\n\n"
        "2 The law took effect after the end of the reporting period.\n\f"
    )
    second = (
        "SAINT LUCIA: TIER 2\n\n"
        "The Government of Saint Lucia does not fully meet the minimum standards for the\n"
        "elimination of trafficking but is making significant efforts to do so; therefore\n"
        "Saint Lucia remained on Tier 2.\n"
    )
    micronesia = load_edition(first + second, year=2021).reports[0]
    assert "remained on Tier 2. These efforts" in micronesia.text
    assert "2.2 million dollars" in micronesia.text
    assert "took effect" not in micronesia.text


#: The first page of a one-column edition (2001–2016) with two narratives, the second
#: going on (or not) on the page after.
_TWO_NARRATIVES = (
    "TRAFFICKING IN PERSONS REPORT 2010\n\nIRELAND (Tier 1)\n\n"
    "Ireland is a destination country for women and children subjected to forced\n"
    "labor and sex trafficking. The Government of Ireland fully meets the minimum\n"
    "standards for the elimination of trafficking.\n\n"
    "UNITED KINGDOM (Tier 1)\n\n"
    "The United Kingdom is a destination country for men, women, and children\n"
    "subjected to sex trafficking and forced labor, including forced domestic\n"
)


def test_a_running_head_over_a_sentence_the_page_before_broke_off_is_furniture() -> None:
    """A page that opens with a section's title in capitals ("COUNTRY NARRATIVES") over
    the end of a word the page before hyphenated: a running head, even on too few pages
    to be found by repeating; the last narrative keeps its last page."""
    text = (
        _TWO_NARRATIVES + "servitude. Afghan minors may be trafficked for forced man-\n\n"
        "63\fCOUNTRY NARRATIVES\n\n"
        "ual labor. Main sources of foreign trafficking victims are Lithuania and Ghana.\n\n"
        "64\f\nRELEVANT INTERNATIONAL CONVENTIONS\n\nIreland  X  X\n"
    )
    uk = load_edition(text, year=2010).reports[-1]
    assert uk.pages == (1, 2)
    assert uk.text.rstrip().endswith("forced manual labor. Main sources of foreign trafficking victims are Lithuania and Ghana.")
    assert "NARRATIVES" not in uk.text and "CONVENTIONS" not in uk.text


@pytest.mark.parametrize("title", ["STAKEHOLDERS", "EUROPE"])
def test_a_one_word_title_opening_a_page_ends_the_narrative_before_it(title: str) -> None:
    """A page that opens with a title in capitals of one word, closing matter
    ("STAKEHOLDERS") or the next region's ("EUROPE"), is no page of the narrative before
    it: its words and its page stay out."""
    text = (
        _TWO_NARRATIVES
        + "servitude. The Government of the United Kingdom fully meets the minimum standards.\n\n"
        + f"63\f{title}\n\nThe Department of State thanks the following stakeholders:\n\n64\f"
    )
    uk = load_edition(text, year=2010).reports[-1]
    assert uk.pages == (1, 1)
    assert uk.text.rstrip().endswith("fully meets the minimum standards.")


def test_a_note_whose_second_line_starts_with_its_own_number_is_one_note() -> None:
    """"2 See … of the Tier" / "2 Watch List and …": the note is the first of the two
    lines that start with 2, and neither stays in the narrative."""
    page = (
        "The government appointed a national anti-trafficking coordinator.2 He is a\n"
        "known human rights violator, a\n"
        "2 See the Methodology section of this report for an explanation of the Tier\n"
        "2 Watch List and the minimum standards.\n\f"
    )
    lines, _ = edition._text_lines(page)
    notes, unmarked = edition._footnotes(lines, furniture=set())
    assert [lines.texts[i][:6] for i in notes] == ["2 See ", "2 Watc"]
    assert unmarked[0].startswith("The government appointed a national anti-trafficking coordinator. He")


def test_a_line_of_text_that_starts_with_a_note_s_number_stays_in_the_narrative() -> None:
    """"24 victims with jobs …" ends the page's text and note 24 (its marker higher up)
    follows it: the line is the narrative's, the note is not."""
    page = (
        "The government certified 54 victims.24 It provided 53 victims with an allowance,\n"
        "24 victims with jobs, and 35 victims with vocational training.\n"
        "24 See the Methodology section of this report for an explanation of the\n"
        "Tier 2 Watch List and the minimum standards.\n"
        "KAZAKHSTAN 253\n\f"
    )
    lines, _ = edition._text_lines(page)
    notes, unmarked = edition._footnotes(lines, furniture={4})
    assert [lines.texts[i][:6] for i in notes] == ["24 See", "Tier 2"]
    assert unmarked[0].startswith("The government certified 54 victims. It provided")


def test_footnotes_in_superscript_digits_read_as_in_plain_digits() -> None:
    """A PDF's text layer may give a note's marker and number as superscript digits
    ("victims.¹⁷", "¹⁷ The government …"): the edition reads as with plain digits."""
    generated = build_edition(2019, style="2024", countries=12, seed=11, footnotes=0.8)
    superscript = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    text = re.sub(
        r"(?<=[a-z][.,;])\d{1,3}(?=\s)|^\d{1,3}(?= [A-Z])",
        lambda m: m.group().translate(superscript),
        generated.text,
        flags=re.M,
    )
    assert "¹" in text
    plain, read = load_edition(generated.text), load_edition(text)
    for a, b in zip(plain, read, strict=True):
        assert [s.text for s in b.sentences] == [s.text for s in a.sentences], b.country
        assert [s.at for s in b.sentences] == [s.at for s in a.sentences], b.country
    assert not any(" ".join(note.split()[:8]) in r.text for note in generated.notes for r in read)


@pytest.mark.parametrize("side_by_side", [False, True], ids=["pdftotext", "pdftotext-layout"])
def test_pages_from_inside_a_narrative_load_without_their_footnotes(side_by_side: bool) -> None:
    """`pdftotext -f 24 -l 25` of pages inside one narrative (no country heading on them):
    `load` reads them without the notes at their feet or the markers, every sentence cited."""
    generated = build_edition(
        2024, style="2024", countries=30, seed=24, footnotes=0.9, side_by_side=side_by_side
    )
    pages = generated.text.split("\f")
    tried = 0
    for truth in generated.narratives:
        assert truth.first_page is not None and truth.last_page is not None
        inside = "\f".join(pages[truth.first_page : truth.last_page - 1]) + "\f"
        if truth.last_page - truth.first_page < 2 or not re.search(r"(?m)^\d{1,3} [A-Z]", inside):
            continue  # no whole page inside it, or no note on those pages
        tried += 1
        report = tipdiff.load(inside)
        assert not any(" ".join(note.split()[:6]) in report.text for note in generated.notes)
        assert not re.search(r"[a-z][.,;:]\d{1,3}\b", report.text), truth.country
        assert all(s.at is not None for s in report.sentences), truth.country
    assert tried >= 5


def test_a_date_in_the_prose_before_the_one_heading_is_no_edition_date() -> None:
    """The end of a narrative copied before the next one's heading may date its events
    ("from June to December 1999"): that is no cover's release date, and not the year of
    the narrative read."""
    generated = build_edition(2024, style="2024", countries=12, seed=21)
    before, truth = generated.narratives[4], generated.narratives[5]
    end = textwrap.fill(
        before.paragraphs[-1] + " The ministry ran labor inspections from June to December 1999.", 110
    )
    start = "\n".join(textwrap.fill(p, 110) for p in truth.paragraphs[:3])
    report = tipdiff.load(f"{end}\n{truth.printed}\n{start}\n")
    assert report.country == country_name(truth.country)
    assert report.year != 1999 and "1999" not in (report.evidence.get("year") or "")


@pytest.mark.parametrize("date", ["J UNE 2009", "J U N E 2009"])
def test_a_cover_date_in_letter_spaced_capitals_gives_the_year(date: str) -> None:
    """An early edition's cover sets its date in spaced capitals, which pdftotext reads
    back as "J UNE 2002": with no other date before the narratives, that is the year."""
    generated = build_edition(2009, style="2009", countries=12, seed=21)
    pages = generated.text.split("\f")
    narratives = "\f".join(pages[generated.narratives[0].first_page - 1 :])
    read = load_edition(f"TRAFFICKING IN PERSONS REPORT\n\n{date}\n\f{narratives}")
    assert (read.year, read.evidence) == (2009, date)
    assert len(read.reports) == len(generated.narratives)


# ----------------------------------------------------------- editions of unseen shapes

_SAID = (
    "The government of {c} reported identifying many trafficking victims during the year, "
    "and it referred all of them to care."
)


def _narrative(country: str, sentences: int = 6) -> list[str]:
    """A heading and a paragraph wrapped as a PDF's text is."""
    paragraph = " ".join([_SAID.format(c=country)] * sentences)
    return [f"{country.upper()}: TIER 2", "", *textwrap.wrap(paragraph, 80), ""]


def test_a_country_s_name_in_a_sentence_at_a_page_s_edge_is_no_running_head() -> None:
    """A wrapped line that is a country's name ("Papua New Guinea") at the foot of a page,
    run on from the line above, and a paragraph's last line "Mauritania." are the
    narrative's words; the running head "KENYA" above a word's end is still furniture."""
    first = [
        "TRAFFICKING IN PERSONS REPORT JUNE 2024", "", *_narrative("Kenya"),
        "Officials said recruiters brought women to Kenya from", "Papua New Guinea", "", "10",
    ]  # fmt: skip
    second = [
        "KENYA", "and from Uganda for work in bars; some were sent on to", "Mauritania.",
        "", *_narrative("Uganda"), "", "11",
    ]  # fmt: skip
    text = "TRAFFICKING IN PERSONS REPORT\n\nJUNE 2024\n\f" + "\n".join(first) + "\f" + "\n".join(second)
    kenya = load_edition(text).report("Kenya")
    assert kenya is not None
    assert kenya.text.endswith(
        "brought women to Kenya from Papua New Guinea and from Uganda for work in bars; some "
        "were sent on to Mauritania."
    )
    assert "KENYA" not in kenya.text


def test_a_narrow_column_s_last_sentence_in_quotes_is_kept() -> None:
    """Lines of a narrow column end no sentence until the last one, "… ‘modern slavery.’":
    they are a paragraph, not a web page's footer after the narrative."""
    last = (
        "Traffickers recruited young women from rural areas with promises of work in hotels, "
        "and a local NGO called the practice ‘modern slavery.’"
    )
    lines = ["GHANA: TIER 2", "", _SAID.format(c="Ghana"), "", *textwrap.wrap(last, 40), ""]
    text = "JUNE 2024\n\f" + "\n".join([*lines, *_narrative("Kenya"), "97"])
    ghana = load_edition(text).report("Ghana")
    assert ghana is not None and ghana.text.endswith("called the practice 'modern slavery.'")


def test_the_cover_s_date_outweighs_an_edition_the_introduction_cites() -> None:
    """Running heads without a date, a cover's "JUNE 2013", an introduction that speaks of
    "the 2012 Trafficking in Persons Report" twice: the edition is the cover's."""
    pages = [
        "TRAFFICKING IN PERSONS REPORT\n\nJUNE 2013\n",
        "INTRODUCTION\n\nSince the 2012 Trafficking in Persons Report was released, governments "
        "have made progress.\nThe 2012 Trafficking in Persons Report found few victims.\n\niii\n",
        "TRAFFICKING IN PERSONS REPORT\n\n" + "\n".join(_narrative("Kenya") + _narrative("Uganda")),
    ]
    found = load_edition("\f".join(pages))
    assert found.year == 2013
    assert [r.year for r in found.reports] == [2013, 2013]


@pytest.mark.parametrize(
    "opening",
    [
        "Bosnia and Herzegovina (BiH) is a destination country for women subjected to sex "
        "trafficking.",
        "Bosnia and Herzegovina remains a Special Case for the second consecutive year.",
        "Bosnia and Herzegovina is classified as a Special Case this year.",
    ],
)
def test_a_heading_stacked_over_its_tier_opens_a_narrative_however_it_begins(opening: str) -> None:
    """The name in capitals over its tier ("BOSNIA AND HERZEGOVINA" / "TIER 2"), before
    a first sentence with the country's abbreviation or a special case's wording."""
    said = _SAID.format(c="Kenya")
    text = (
        "TRAFFICKING IN PERSONS REPORT\n\nJUNE 2003\n\f"
        f"ALBANIA\nTIER 2\n\nAlbania is a source country for trafficked women. {said}\n\n"
        f"BOSNIA AND HERZEGOVINA\nTIER 2\n\n{opening} {said}\n\n"
        f"KENYA\nTIER 2\n\nKenya is a source country for trafficked women. {said}\n\n12\n\f"
    )
    found = load_edition(text)
    assert [r.country for r in found.reports] == ["Albania", "Bosnia and Herzegovina", "Kenya"]
    assert opening not in (found.report("Albania") or found.reports[0]).text


def test_a_page_s_title_over_two_copies_of_a_narrative_gives_their_year() -> None:
    """A page that copies one narrative twice under its own title ("U.S. State Dept.
    Trafficking Report 2009 …") states the edition as that title would for one copy."""
    narrative = (
        "AZERBAIJAN (Tier 2 Watch List)\n\nAzerbaijan is a source, transit, and destination "
        "country for men, women, and children subjected to sex trafficking and forced labor. "
        "The government does not fully comply with the minimum standards for the elimination "
        "of trafficking; however, it is making significant efforts to do so.\n"
    )
    page = f"U.S. State Dept. Trafficking Report 2009 AZERBAIJAN\n\n\n{narrative}\n\n\n{narrative}"
    report = tipdiff.load(page)
    assert (report.country, report.year) == ("Azerbaijan", 2009)
    assert report.evidence["year"] == "State Dept. Trafficking Report 2009"


@given(st.text(alphabet=st.sampled_from(list("pagePAGEoOfF 12|•·–—-x\t\u0130\u017f\u0663\u00b2"))))
def test_decoration_is_taken_out_as_the_pattern_takes_it_out(text: str) -> None:
    expected = " ".join(edition._DECORATION.sub(" ", text).split())
    assert edition._without_decoration(text) == expected


@given(st.text(alphabet=st.sampled_from(list("tierTIERspcalSPCAL \n\t\u0130\u0131\u017f\u212a"))))
def test_a_tier_hint_is_what_the_hint_pattern_finds(text: str) -> None:
    assert edition._names_tier(text) == (edition._HEADING_HINT.search(text) is not None)


def test_a_recommendations_heading_opening_a_page_over_a_lower_case_list_is_kept() -> None:
    """A page that opens with the running head (the country's name), then "PRIORITIZED
    RECOMMENDATIONS:" over a semicolon list whose first item opens in lower case ("commit
    efforts to …"): the heading is no running head over a broken sentence, and the list
    stays the narrative's recommendations (a release-day probe's Marshall Islands)."""
    generated = build_edition(2024, countries=30, seed=6)
    truth = next(n for n in generated.narratives[3:] if "PRIORITIZED RECOMMENDATIONS:" in n.paragraphs)
    body = generated.text
    at = body.index("\nPRIORITIZED RECOMMENDATIONS:\n", body.index(f"\n{truth.printed}\n"))
    end = body.index("\nPROSECUTION\n", at)
    listed = (
        "commit efforts to investigate and prosecute traffickers; increase\n"
        "the identification of adult victims; and fund shelters for victims.\n"
    )
    text = f"{body[:at]}\n\f{truth.country.upper()}\nPRIORITIZED RECOMMENDATIONS:\n{listed}{body[end:]}"
    report = load_edition(text).report(country_name(truth.country))
    assert len(report.recommendations) == 3, report.recommendations
