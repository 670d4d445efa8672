"""The whole-edition generator (tests/editions.py) itself: deterministic, and its truth
agrees with the text it wrote (headings, pages, paragraphs, furniture, traps)."""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser

import pytest

from benchmarks.editions import (
    SPECIAL_CASE,
    TIERS,
    TRICKY_COUNTRIES,
    GeneratedEdition,
    build_edition,
    build_html_page,
    words,
)

PDF_STYLES = ("2024", "2009")
_HYPHEN_END = re.compile(r"[A-Za-z]-$")


@cache
def edition(
    style: str, seed: int = 0, countries: int = 30, year: int | None = None
) -> GeneratedEdition:
    if style == "html":
        return build_html_page(year or 2007, countries=12, seed=seed)
    return build_edition(
        year or (2024 if style == "2024" else 2009), style=style, countries=countries, seed=seed
    )


def _pages(text: str) -> list[list[str]]:
    assert text.endswith("\f"), "pdftotext ends every page with a form feed"
    return [page.removesuffix("\n").split("\n") for page in text.split("\f")[:-1]]


def _body_lines(ed: GeneratedEdition) -> list[tuple[int, str]]:
    """(physical page, line) of every narrative page from the first heading on, without
    the running head (first line) and a page number alone on the last line."""
    start = ed.narratives[0].first_page
    assert start is not None
    out: list[tuple[int, str]] = []
    for number, lines in enumerate(_pages(ed.text), start=1):
        if number < start:
            continue
        body = lines[1:]
        while body and not body[-1]:
            body.pop()
        if body and body[-1].isdigit():
            body.pop()
        out.extend((number, line) for line in body)
    return out


def _dehyphenate(lines: list[str]) -> str:
    joined = ""
    for line in (line for line in lines if line.strip()):
        if _HYPHEN_END.search(joined):
            joined = joined[:-1] + line
        else:
            joined = f"{joined}\n{line}" if joined else line
    return joined


def _segments(ed: GeneratedEdition) -> list[list[tuple[int, str]]]:
    """Each narrative's body lines as the text has them: after its heading, before the
    next heading, not after its last page."""
    body = _body_lines(ed)
    starts = []
    for truth in ed.narratives:
        index = next(
            i for i, (p, line) in enumerate(body) if line == truth.printed and p == truth.first_page
        )
        starts.append(index)
    segments = []
    for n, truth in enumerate(ed.narratives):
        end = starts[n + 1] if n + 1 < len(starts) else len(body)
        assert truth.last_page is not None
        segments.append(
            [(p, line) for p, line in body[starts[n] + 1 : end] if p <= truth.last_page]
        )
    return segments


# ------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("style", (*PDF_STYLES, "html"))
def test_same_arguments_give_the_same_edition(style: str) -> None:
    if style == "html":
        again = build_html_page(2007, countries=12, seed=0)
    else:
        again = build_edition(2024 if style == "2024" else 2009, style=style, countries=30, seed=0)
    assert again == edition(style)


@pytest.mark.parametrize("style", (*PDF_STYLES, "html"))
def test_another_seed_gives_another_edition(style: str) -> None:
    assert edition(style, seed=1).text != edition(style, seed=0).text


# ------------------------------------------------------------------------- truth


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("style", PDF_STYLES)
def test_one_narrative_per_country_plus_special_cases(style: str, seed: int) -> None:
    ed = edition(style, seed)
    regular = [n for n in ed.narratives if n.tier != SPECIAL_CASE]
    special = [n for n in ed.narratives if n.tier == SPECIAL_CASE]
    assert len(regular) == 30
    assert 1 <= len(special) <= 2
    assert ed.narratives[-len(special) :] == tuple(special)  # special cases come last
    assert len({n.country for n in ed.narratives}) == len(ed.narratives)
    assert all(n.tier in TIERS for n in regular)


@pytest.mark.parametrize("seed", range(5))
def test_every_edition_of_30_has_five_tricky_names(seed: int) -> None:
    for style in PDF_STYLES:
        countries = {n.country for n in edition(style, seed).narratives}
        assert len(countries & set(TRICKY_COUNTRIES)) >= 5


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("style", PDF_STYLES)
def test_headings_are_lines_on_their_first_page(style: str, seed: int) -> None:
    ed = edition(style, seed)
    lines = ed.text.split("\n")
    for truth in ed.narratives:
        assert lines.count(truth.printed) == 1, truth.printed
        position = ed.text.index(f"\n{truth.printed}\n") + 1
        assert truth.first_page == 1 + ed.text[:position].count("\f")
        assert truth.last_page is not None and truth.last_page >= truth.first_page
        tier_words = truth.tier.upper() if truth.printed.isupper() else truth.tier
        if style == "2024":
            assert truth.printed.endswith(f": {tier_words}")
        else:
            assert truth.printed.endswith(f" ({truth.tier})")


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("style", PDF_STYLES)
def test_paragraphs_are_the_text_between_headings(style: str, seed: int) -> None:
    """Without running heads and page numbers, and with line-end hyphens joined, each
    narrative's text is exactly its truth paragraphs, ending on its last page."""
    ed = edition(style, seed)
    for truth, segment in zip(ed.narratives, _segments(ed), strict=True):
        text = _dehyphenate([line for _, line in segment])
        assert words(text) == words(" ".join(truth.paragraphs)), truth.printed
        assert max(p for p, line in segment if line.strip()) == truth.last_page


@pytest.mark.parametrize("style", PDF_STYLES)
def test_no_furniture_inside_paragraphs(style: str) -> None:
    ed = edition(style)
    names = {n.printed.rsplit(":", 1)[0].rsplit(" (", 1)[0] for n in ed.narratives}
    for truth in ed.narratives:
        assert truth.paragraphs
        for paragraph in truth.paragraphs:
            assert paragraph == " ".join(paragraph.split())
            assert not paragraph.isdigit()
            assert "TRAFFICKING IN PERSONS REPORT" not in paragraph
            assert paragraph not in names
            assert not re.match(r"\d+ TRAFFICKING|[A-Z ,']+ \d+$", paragraph)


@pytest.mark.parametrize("style", PDF_STYLES)
def test_summary_states_the_narrative_tier(style: str) -> None:
    for seed in range(3):
        for truth in edition(style, seed).narratives:
            summary = next(p for p in truth.paragraphs if "minimum standards" in p)
            mentioned = set(re.findall(r"\bTier (?:2 Watch List|1|2|3)\b", summary))
            if truth.tier == SPECIAL_CASE:
                assert not mentioned
            else:
                assert mentioned <= {truth.tier}, (truth.printed, mentioned)


# ------------------------------------------------------------------------- page furniture and traps


def test_2024_pages_have_running_heads_numbers_and_hyphens() -> None:
    ed = edition("2024")
    pages = _pages(ed.text)
    first = ed.narratives[0].first_page
    assert first is not None and 6 <= first - 1 <= 14  # front matter pages
    narrative_pages = pages[first - 1 :]
    heads = [lines[0] for lines in narrative_pages]
    report_head = "TRAFFICKING IN PERSONS REPORT JUNE 2024"
    assert report_head in heads
    assert any(re.fullmatch(rf"\d+ {report_head}", h) for h in heads)
    assert any(re.fullmatch(r"[A-ZÔÜ ,'-]+ \d+", h) for h in heads)
    assert any(lines[-1].isdigit() for lines in narrative_pages)
    printed = {n.printed.split(":")[0] for n in ed.narratives}
    for head in heads:
        bare = re.sub(r"^\d+ | \d+$", "", head)
        assert bare == report_head or bare in printed or bare.isupper(), head
    # a narrative ending on the page where the next one starts
    pairs = zip(ed.narratives, ed.narratives[1:], strict=False)
    assert any(a.last_page == b.first_page for a, b in pairs)
    # hyphenated words across lines, and a few across page breaks
    body = [line for _, line in _body_lines(ed)]
    assert sum(1 for line in body if _HYPHEN_END.search(line)) >= 30
    across = 0
    for lines in narrative_pages[:-1]:
        content = [line for line in lines if line.strip()]
        if content and content[-1].isdigit():
            content.pop()
        across += bool(content and _HYPHEN_END.search(content[-1]))
    assert across >= 3
    # body lines of two columns
    lengths = [len(line) for line in body if len(line) > 20]
    assert 40 <= sum(lengths) / len(lengths) <= 60


def test_2024_front_and_closing_matter_traps() -> None:
    ed = edition("2024")
    first = ed.narratives[0].first_page
    assert first is not None
    front_lines = [line for page in _pages(ed.text)[: first - 1] for line in page]
    front = "\n".join(front_lines)
    for line in (
        "TRAFFICKING IN PERSONS REPORT",
        "JUNE 2024",
        "Dear Reader:",
        "June 24, 2024",
        "TIER PLACEMENTS",
        "TIER 2 WATCH LIST",
        "SPECIAL CASES",
        "TIER 1 TIER 2 TIER 2 WATCH LIST TIER 3",
        "GLOBAL LAW ENFORCEMENT DATA",
        "COUNTRY NARRATIVES",
    ):
        assert line in front_lines, line
    assert any(
        re.fullmatch(r"20\d\d [\d,]+ \([\d,]+\) [\d,]+ \([\d,]+\) [\d,]+ \([\d,]+\) \d+", x)
        for x in front_lines
    )
    assert any(re.fullmatch(r"[A-Z][A-Z ,'-]+ (?:1|2|2WL|3)", x) for x in front_lines)  # map labels
    names = {n.country for n in ed.narratives}
    assert any(x.split(" and ")[0] in names and " were placed on Tier" in x for x in front_lines)
    caps = {n.country.upper() for n in ed.narratives}
    assert any(x in caps for x in front_lines)  # a case-study box: a country's name alone
    assert 2_000 <= len(words(front)) <= 8_000
    for printed in (n.printed.split(":")[0] for n in ed.narratives):
        assert printed in front  # every country named in the tier placement lists
    last = ed.narratives[-1].last_page
    assert last is not None
    closing = "\n".join(line for page in _pages(ed.text)[last:] for line in page)
    assert "\nRELEVANT INTERNATIONAL CONVENTIONS\n" in closing
    assert "\nGLOSSARY OF ACRONYMS\n" in closing
    assert "\nILO International Labor Organization\n" in closing


def test_2009_style_shape() -> None:
    ed = edition("2009")
    assert ed.text.startswith("Trafficking in Persons Report\n\nJune 2009\n")
    assert any(n.printed.endswith("(Special Case)") for n in ed.narratives)
    body = [line for _, line in _body_lines(ed)]
    lengths = [len(line) for line in body if len(line) > 30]
    assert 65 <= sum(lengths) / len(lengths) <= 90
    paragraphs = [p for n in ed.narratives for p in n.paragraphs]
    assert "Prosecution" in paragraphs and "PROSECUTION" not in paragraphs
    assert any(p.startswith("Recommendations for ") for p in paragraphs)


def test_printed_names_use_the_report_forms() -> None:
    modern = {n.country: n.printed for n in edition("2024", countries=190).narratives}
    assert modern["North Korea"].startswith("KOREA, NORTH: ")
    assert modern["Democratic Republic of the Congo"].startswith(
        "CONGO, DEMOCRATIC REPUBLIC OF THE: "
    )
    assert modern["The Gambia"].startswith("GAMBIA, THE: ")
    assert modern["Cote d'Ivoire"].startswith("CÔTE D'IVOIRE: ")
    assert modern["Turkey"].startswith("TÜRKIYE: ")
    old = {n.country: n.printed for n in edition("2009", countries=190).narratives}
    assert old["Turkey"].startswith("TURKEY (")
    assert old["St. Vincent and the Grenadines"].startswith("SAINT VINCENT AND THE GRENADINES (")


def test_sizes() -> None:
    assert len(edition("2024").text.encode()) < 550_000
    big = edition("2024", countries=190)
    assert 2_000_000 <= len(big.text.encode()) <= 6_000_000
    assert len(big.narratives) == 190 + sum(n.tier == SPECIAL_CASE for n in big.narratives)


def test_more_sources_per_section_make_longer_narratives_of_the_same_countries() -> None:
    """Real narratives run to 20 KB and more; ``section_sources=2`` draws each section from
    two sources: the same countries, tiers and section headings, each narrative longer."""
    short, long = (build_edition(2024, countries=30, seed=5, section_sources=k) for k in (1, 2))
    assert [(n.country, n.tier) for n in long.narratives] == [(n.country, n.tier) for n in short.narratives]
    for a, b in zip(short.narratives, long.narratives, strict=True):
        assert [p for p in a.paragraphs if p.isupper()] == [p for p in b.paragraphs if p.isupper()]
        assert sum(map(len, b.paragraphs)) > 1.2 * sum(map(len, a.paragraphs)), b.country
    assert len(long.text) > 1.35 * len(short.text)


# ------------------------------------------------------------------------- web page


class _Blocks(HTMLParser):
    """The text of every block element (p, h1, h3, li), in order."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._open: str | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "h1", "h3", "li"):
            self._open = tag
            self.blocks.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open and not self._skip:
            tag, text = self.blocks[-1]
            self.blocks[-1] = (tag, text + data)


def test_html_page_truth() -> None:
    ed = edition("html")
    assert ed.style == "html" and len(ed.narratives) == 12
    parser = _Blocks()
    parser.feed(ed.text)
    blocks = [(tag, " ".join(text.split())) for tag, text in parser.blocks]
    assert (
        "h1",
        "2007 Trafficking in Persons Report: Country Narratives -- Countries A through G",
    ) in blocks
    for needle in (
        "Skip to main content",
        "An official website of the United States Government",
        "Share this page",
    ):
        assert needle in ed.text
    texts = [text for _, text in blocks]
    assert "June 12, 2007" in texts
    for truth in ed.narratives:
        assert truth.first_page is None and truth.last_page is None
        assert truth.printed[0].upper() <= "G"
        start = texts.index(truth.printed)
        end = texts.index("Back to Top", start)
        assert words(" ".join(texts[start + 1 : end])) == words(" ".join(truth.paragraphs))
        name = truth.printed.rsplit(" (", 1)[0]
        assert any(
            tag == "li" and text.casefold() == name.casefold() for tag, text in blocks
        )  # table of contents
    names = [n.printed.rsplit(" (", 1)[0] for n in ed.narratives]
    assert any(name.isupper() for name in names) and not all(name.isupper() for name in names)
    assert f"<p><strong>{ed.narratives[0].printed}</strong></p>" in ed.text or (
        f"<h3>{ed.narratives[0].printed}</h3>" in ed.text
    )


def test_words() -> None:
    assert words("“Hello,” she said — (twice); U.S. $70,000") == [
        "Hello",
        "she",
        "said",
        "twice",
        "U.S",
        "70,000",
    ]
