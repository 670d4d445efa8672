""""What changed": the news first, built from the diff, the same in every format."""

from __future__ import annotations

import html
import itertools
import json
import re

import pytest

import tipdiff
from tipdiff.align.highlights import LEAST, MOST
from tipdiff.model import HighlightKind, Movement
from tipdiff.render import render_html, render_markdown

from .conftest import CORPUS, ROOT, corpus_manifest, pdf_as_read, seed


def test_2009_to_2024_leads_with_the_upgrade_the_verdicts_and_the_largest_figure_moves() -> None:
    diff = tipdiff.compare(seed(2009), seed(2024))
    lines = [(h.kind, h.text, h.movement) for h in diff.highlights]
    # the 2024 text says Azerbaijan "remained on Tier 2": the upgrade came in between
    upgrade = "Upgraded from Tier 2 Watch List to Tier 2 (the 2024 text says it remained on it)"
    assert lines[0] == (HighlightKind.TIER, upgrade, Movement.UPGRADE)
    verdicts = [text for kind, text, _ in lines if kind is HighlightKind.VERDICT]
    assert verdicts == [
        "Prosecution verdict stronger: “conducted fewer investigations” → “maintained”",
        "Protection verdict stronger: “demonstrated mixed progress” → “modestly increased”",
    ]
    figures = [text for kind, text, _ in lines if kind is HighlightKind.FIGURE]
    # The largest relative moves of totals in one unit: not 66 investigations → 9 cases.
    assert figures == [
        "Convictions (2008 → 2023): 61 traffickers → 10 traffickers (−84%)",
        "Victims identified (2008 → 2023): 121 victims → 91 victims (−25%)",
    ]
    assert LEAST <= len(lines) <= MOST


def test_the_highlights_read_the_same_in_html_pdf_markdown_and_json() -> None:
    diff = tipdiff.compare(seed(2009), seed(2024))
    texts = [h.text for h in diff.highlights]
    as_json = json.loads(json.dumps(diff.to_dict()))
    assert [h["text"] for h in as_json["highlights"]] == texts
    page = html.unescape(re.sub(r"<[^>]+>", "", render_html(diff)))
    markdown = render_markdown(diff).replace("\\", "")
    # The committed example is this very brief (test_examples renders it again and
    # compares what a reader sees): read it rather than render a 13-page PDF twice.
    committed = ROOT / "examples" / "briefs" / "azerbaijan-2009-2024.pdf"
    pdf = " ".join(" ".join(pdf_as_read(committed.read_bytes())["text"]).split())
    for text in texts:
        assert text in page
        assert text in markdown
        # PDF text extraction may break a line anywhere: compare with spaces folded.
        assert " ".join(text.split()).replace(" ", "") in pdf.replace(" ", "")
    news = page.index("What changed")
    assert news < page.index(texts[0]) < page.index("Key figures", news)  # above the figures


PAIRS = [
    (a["file"], b["file"])
    for a, b in itertools.pairwise(sorted(corpus_manifest(), key=lambda e: (e["country"], e["report_year"])))
    if a["country"] == b["country"]
]


@pytest.mark.parametrize(("old", "new"), PAIRS[::3])
def test_every_diff_has_three_to_seven_lines_of_news(old: str, new: str) -> None:
    diff = tipdiff.compare(CORPUS / old, CORPUS / new)
    assert LEAST <= len(diff.highlights) <= MOST
    assert diff.highlights[0].kind is HighlightKind.TIER
    assert tipdiff.compare(CORPUS / old, CORPUS / new).highlights == diff.highlights  # deterministic


def test_a_flag_says_what_to_check_first() -> None:
    diff = tipdiff.compare(seed(2024), seed(2009))  # reversed on purpose
    flags = [h.text for h in diff.highlights if h.kind is HighlightKind.FLAG]
    assert flags and flags[0].startswith("Editions reversed")


def test_the_figure_lines_name_headline_counts_before_side_counts() -> None:
    # 2023 gives no figures: the 2024 edition's own year-on-year stands in, and its
    # headline counts (cases investigated) come before small side counts (1 → 6
    # potential victims sheltered, +500%).
    diff = tipdiff.compare(seed(2023), seed(2024))
    figures = [h.text for h in diff.highlights if h.kind is HighlightKind.FIGURE]
    assert figures[0] == "Investigations (2022 → 2023, as the 2024 edition states): 14 cases → 9 cases (−36%)"
    assert not any("Potential victims" in text for text in figures)


def test_the_figure_count_line_counts_what_the_brief_lists_as_one_edition_only() -> None:
    # 2021 and 2023 share no section: the counts fill in, and the figures line must
    # count the brief's "given in one edition only" rows, not the year-on-year ones.
    from tipdiff.render.brief import brief_context

    diff = tipdiff.compare(seed(2021), seed(2023))
    brief = brief_context(diff)
    (line,) = [h.text for h in diff.highlights if h.text.startswith("Key figures:")]
    assert brief.year_on_year  # rows within the 2021 edition exist, and are not counted
    assert line == f"Key figures: {len(brief.figures)} given in both editions, {len(brief.single_figures)} in one only"


_REFERRED_2021 = (
    "The government maintained protection efforts. The government referred trafficking "
    "victims to shelters.\n"
)
_IDENTIFIED_2022 = (
    "The government made mixed protection efforts. The government identified 20 trafficking "
    "victims, compared with 88 in 2020 and 40 in 2019.\n"
)


def test_a_metric_has_one_headline_line_its_closest_comparison() -> None:
    """"20 victims, compared with 88 in 2020 and 40 in 2019": the headline gives the
    victims once, against the year before, not a second line two years back."""
    old, new = tipdiff.load(_REFERRED_2021, year=2021), tipdiff.load(_IDENTIFIED_2022, year=2022)
    lines = [h.text for h in tipdiff.compare(old, new).highlights if h.text.startswith("Victims identified")]
    assert lines == ["Victims identified (2020 → 2021, as the 2022 edition states): 88 victims → 20 victims (−77%)"]


def test_a_text_s_own_notes_say_which_text_they_are_about() -> None:
    """"The 2022 text ends mid-sentence", not "The text …": a brief compares two."""
    cut_short = _IDENTIFIED_2022.removesuffix(" 40 in 2019.\n")  # "… 88 in 2020 and"
    old, new = tipdiff.load(_REFERRED_2021, year=2021), tipdiff.load(cut_short, year=2022)
    brief = render_markdown(tipdiff.compare(old, new))
    assert "**Note:** The 2022 text ends mid-sentence" in brief
    assert "**Note:** The text " not in brief


def test_a_rise_from_zero_is_news_as_a_fall_to_zero_is() -> None:
    """"the government's first prosecution and conviction in 12 years" (probe y, Iceland):
    convictions 0 → 1 was only in the table; a fall to zero was headlined."""
    head = "ICELAND: Tier 2\n\nPROSECUTION\n\n"
    old = head + "In 2020, the government investigated four cases and did not convict any traffickers.\n"
    new = head + (
        "In 2021, the government investigated five cases and convicted one trafficker, marking "
        "its first conviction in 12 years.\n"
    )
    diff = tipdiff.compare(tipdiff.load(old, year=2021), tipdiff.load(new, year=2022))
    lines = [h for h in diff.highlights if h.kind is HighlightKind.FIGURE]
    assert [(h.text, h.movement) for h in lines if h.text.startswith("Convictions")] == [
        ("Convictions (2020 → 2021): 0 traffickers → 1 trafficker", Movement.UPGRADE)
    ]
