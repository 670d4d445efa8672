"""What probe e4 found: a multi-country web page printed from a browser (its header and
footer on every page), one wording for a missing edition year, and an unknown country
name from a heading glued to its text."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable

import pytest

import tipdiff
from benchmarks.editions import GeneratedEdition, build_html_page
from tipdiff.countries import country_name, fold
from tipdiff.edition import load_edition
from tipdiff.ingest import is_browser_margin, is_chrome

from .conftest import seed

TITLE = "Country Narratives -- Countries H through P"
ADDRESS = "http://www.state.gov/g/tip/rls/tiprpt/2007/82806.htm"

#: A browser's header and footer for page ``n`` of ``count``, as pdftotext reads them
#: (fields far apart on one line, or on lines of their own).
Margins = Callable[[str, int, int], tuple[list[str], list[str]]]
BROWSERS: dict[str, Margins] = {
    # Internet Explorer: title and "Page x of n" over the page, address and date under it
    "title-page-count/address-date": lambda title, n, count: (
        [f"{title}{' ' * 40}Page {n} of {count}"],
        [f"{ADDRESS}{' ' * 30}6/14/2007"],
    ),
    # Chrome and Edge: date, time and title over the page, address and "x/n" under it
    "date-title/address-count": lambda title, n, count: (
        [f"6/14/07, 10:15 AM{' ' * 30}{title}"],
        [f"{ADDRESS}{' ' * 30}{n}/{count}"],
    ),
    "each-field-on-its-own-line": lambda title, n, count: (
        ["6/14/07, 10:15 AM", title],
        [ADDRESS, f"{n}/{count}"],
    ),
    # Firefox: title and address over the page, "Page x of n" and the date under it
    "title-address/page-count-date": lambda title, n, count: (
        [f"{title}{' ' * 30}{ADDRESS}"],
        [f"Page {n} of {count}{' ' * 30}6/14/2007 10:15 AM"],
    ),
}


def as_text(page: GeneratedEdition) -> str:
    """A web page's text as a browser shows it, hard-wrapped as a printed page is."""
    text = re.sub(r"<(script|style|title)\b.*?</\1>", "", page.text, flags=re.S)
    text = re.sub(r"</?(?:p|h\d|li|div|nav|header|footer|main|ul|br)\b[^>]*>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n+", text):
        lines += [*textwrap.wrap(" ".join(paragraph.split()), 95, break_on_hyphens=False), ""]
    return "\n".join(lines)


def printed(text: str, margins: Margins | None, *, title: str = TITLE, count: int = 4) -> str:
    """``text`` printed on ``count`` pages (too few for a running head to repeat on
    enough of them to be known by that alone), each with the ``margins``."""
    lines = text.split("\n")
    per_page = -(-len(lines) // count)
    pages = [lines[at : at + per_page] for at in range(0, len(lines), per_page)]
    out = []
    for n, page in enumerate(pages, start=1):
        head, foot = margins(title, n, len(pages)) if margins else ([], [])
        out.append("\n".join([*head, "", *page, "", *foot]) + "\n")
    return "\f".join(out) + "\f"


@pytest.fixture(scope="module")
def page() -> GeneratedEdition:
    return build_html_page(2007, countries=7, seed=4, letters="H through P")


@pytest.mark.parametrize("browser", sorted(BROWSERS))
def test_a_printed_multi_country_page_loses_no_narrative_and_keeps_no_margin(
    page: GeneratedEdition, browser: str
) -> None:
    """Probe e4 A: the page's title over each printed page ("Country Narratives --
    Countries H through P  Page 2 of 4") ended the narrative it broke (its words on the
    next pages lost, a country whose heading ended a page dropped), and the address and
    date under each page stayed in the text."""
    text = as_text(page)
    plain = load_edition(printed(text, None))
    edition = load_edition(printed(text, BROWSERS[browser]))
    expected = [fold(country_name(n.country)) for n in page.narratives]
    assert [fold(r.country or "") for r in plain.reports] == expected
    assert [fold(r.country or "") for r in edition.reports] == expected
    assert len(plain.reports[0].text) > 1000 and edition.warnings == plain.warnings
    for report, truth in zip(edition.reports, plain.reports, strict=True):
        assert [s.text for s in report.sentences] == [s.text for s in truth.sentences]
        assert "state.gov" not in report.text and "Countries H through P" not in report.text


@pytest.mark.parametrize("browser", sorted(BROWSERS))
def test_a_printed_narrative_page_reads_as_the_page_does(browser: str) -> None:
    """A single narrative's page printed with each browser's margins reads as the same
    pages without them."""
    report = tipdiff.load(seed(2024))
    text = "\n\n".join(
        "\n".join(textwrap.wrap(p, 95, break_on_hyphens=False)) for p in report.text.split("\n\n")
    )
    title = "Azerbaijan - 2024 Trafficking in Persons Report"
    plain = tipdiff.load(printed(text, None, title=title))
    as_printed = tipdiff.load(printed(text, BROWSERS[browser], title=title))
    assert text.count("\n") > 100
    assert [s.text for s in as_printed.sentences] == [s.text for s in plain.sentences]
    assert (as_printed.country, as_printed.year) == ("Azerbaijan", 2024)


@pytest.mark.parametrize(
    "line",
    [
        "Country Narratives -- Countries H through P Page 2 of 4",
        "http://www.state.gov/g/tip/rls/tiprpt/2007/82806.htm 6/14/2007",
        "https://www.state.gov/reports/x/ 2/14",
        "6/24/24, 10:15 AM Azerbaijan - United States Department of State",
        "6/14/2007 Country Narratives -- Countries H through P",
        "Page 1 of 4 6/14/2007 10:15 AM",
    ],
)
def test_a_browser_s_header_or_footer_line_is_chrome(line: str) -> None:
    assert is_browser_margin(line) and is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "The government identified 24 victims in 2007 and referred them to shelters, page",
        "victims of trafficking; the law (No. 12/2007) prescribes penalties of up to",
        "Country Narratives -- Countries H through P",
        "operates a hotline 24/7 for victims of trafficking and their families in",
    ],
)
def test_text_is_no_browser_margin(line: str) -> None:
    assert not is_browser_margin(line)



BODY = (
    "{name} is a source and destination country for men, women, and children subjected to "
    "forced labor and sex trafficking. The government increased its efforts to identify "
    "victims and prosecuted several traffickers, but shelters remained underfunded and "
    "officials rarely screened migrant workers for indicators of trafficking."
)


def test_a_text_without_its_year_gets_one_warning_for_it_however_it_is_read() -> None:
    """Probe e4 H: an edition's pages said "the edition year is not stated", a single
    narrative "the text does not say which edition it is from": one message now."""
    one = tipdiff.load("OMAN: Tier 2\n\n" + BODY.format(name="Oman") + "\n")
    pages = load_edition(
        "\n\n".join(f"{n.upper()}: Tier 2\n\n" + BODY.format(name=n) for n in ("Oman", "Peru")) + "\n"
    )
    assert (one.year, pages.year) == (None, None)
    said = [w for w in (*one.warnings, *pages.warnings) if "year=" in w]
    assert len(said) == 2
    assert said[0] in said[1]


def test_a_country_name_tipdiff_does_not_know_is_warned_of() -> None:
    """Probe e4 G: a forum copy that lost its line breaks glues the heading's tier to
    the text ("… Tier 2 Watch ListOman is a source …"); the country read, 'ListOman',
    is in no table of countries: never read without a word said (reading 'Oman' would do)."""
    glued = "http://example.org/tip-2015.pdfOMAN: Tier 2 Watch List" + BODY.format(name="Oman")
    report = tipdiff.load(glued + "\n")
    assert report.country == "Oman" or any(
        f"'{report.country}', is none tipdiff knows" in w for w in report.warnings
    )
    assert not any("knows" in w for w in tipdiff.load(BODY.format(name="Oman")).warnings)
