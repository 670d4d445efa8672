"""Probe e5 (release day from saved web pages): page shapes that put a narrative into the
wrong sections — an in-page table of contents, a hidden dialog, a list cut in two by a
content cue, a text save's tail of links taken for recommendations."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff.model import SectionName

S = SectionName

_SUMMARY = (
    "The Government of Kosovo does not fully meet the minimum standards for the elimination "
    "of trafficking but is making significant efforts to do so. The government demonstrated "
    "overall increasing efforts compared with the previous reporting period; therefore Kosovo "
    "remained on Tier 2. The government investigated and prosecuted fewer suspects and "
    "identified fewer victims."
)
_ITEMS = (
    "Increase victim identification and referral, particularly among vulnerable groups.",
    "Increase funding for victim services and provide specialized shelter for victims.",
    "Intensify efforts to investigate and prosecute trafficking offenses and convict and "
    "punish traffickers with significant prison terms.",
    "Reduce bureaucratic obstacles to the disbursement of funds allocated to anti-trafficking efforts.",
    "Restructure the witness protection program to address trafficking victims' needs and "
    "prevent re-victimization during prosecution.",
    "Further reduce the backlog of trafficking cases in the judicial system.",
)
_PLAIN_ITEMS = _ITEMS[:2]  # items whose verb opens every list (the other rules' tests)


def _page(
    before: str = "",
    after: str = "",
    heading: str = "<h2>Kosovo (Tier 2)</h2>",
    items: tuple[str, ...] = _PLAIN_ITEMS,
) -> str:
    listed = "".join(f"<li>{item}</li>" for item in items)
    return (
        f"<html><body>{before}{heading}<p>{_SUMMARY}</p>"
        f"<h3>PRIORITIZED RECOMMENDATIONS:</h3><ul>{listed}</ul>{after}</body></html>"
    )


# ------------------------------------------------------------ A: table of contents

_TOC_ENTRIES = (
    '<li><a href="#recs">PRIORITIZED RECOMMENDATIONS:</a></li>'
    '<li><a href="#prosecution">Prosecution</a></li>'
)


@pytest.mark.parametrize(
    "toc",
    [
        f'<div class="report__toc"><ol>{_TOC_ENTRIES}</ol></div>',
        f'<div class="toc"><p>Table of Contents</p><ul>{_TOC_ENTRIES}</ul></div>',
        '<div><ol><li> <a href="#s2">Prioritized Recommendations</a> </li></ol></div>',
        f'<div class="box"><ol><li><a href="#a">Summary</a><ol>{_TOC_ENTRIES}</ol></li></ol></div>',
    ],
)
@pytest.mark.parametrize(
    "heading", ["<h2>Kosovo (Tier 2)</h2>", "<p><strong>KOSOVO (Tier 2)</strong></p>"]
)
def test_an_in_page_table_of_contents_is_navigation(toc: str, heading: str) -> None:
    """A list whose items are each nothing but a link to an anchor on the page is the
    page's table of contents, whatever its class: its entries are no headings (the
    summary stays the summary) and no text (the title line is no recommendation)."""
    report = tipdiff.load(_page(before=toc, heading=heading))
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.recommendations == _PLAIN_ITEMS
    assert "Prosecution" not in report.text


def test_footnote_links_and_mixed_lists_keep_their_text() -> None:
    """A paragraph's footnote link, and a list with one item that is more than a link,
    are text as before."""
    note = '<p>The government identified 12 victims, <a href="#fn1">see note 1</a> for the count.</p>'
    mixed = (
        '<ul><li><a href="#a">Shelters</a></li>'
        "<li>Victims could apply for residence permits.</li></ul>"
    )
    report = tipdiff.load(_page(after=f"<h3>PROTECTION</h3>{note}{mixed}"))
    protection = report.sections[S.PROTECTION].text
    assert "see note 1 for the count" in protection
    assert "Shelters" in protection and "Victims could apply for residence permits." in protection


# ------------------------------------------------------------------ F: hidden parts


@pytest.mark.parametrize(
    "mark", ["hidden", 'aria-hidden="true"', 'style="display:none"', 'style="color: red; display: none;"']
)
def test_a_hidden_element_contributes_no_text(mark: str) -> None:
    """A dialog the page does not show ("You are about to leave state.gov …") is none of
    the narrative: no sentence of it, and no warning that the text ends mid-sentence."""
    dialog = (
        f'<div class="exit-notification" {mark}><h2>You are about to leave state.gov</h2>'
        "<p>External links to other Internet sites should not be construed as an endorsement.</p>"
        "<div><p>Continue</p></div><p>Cancel</p></div>"
    )
    report = tipdiff.load(_page(after=dialog))
    assert "External links" not in report.text
    assert not report.truncated
    assert report.recommendations == _PLAIN_ITEMS


def test_text_after_a_hidden_element_is_kept() -> None:
    """Only the hidden element goes: what follows it is read as before."""
    after = (
        '<p hidden>Cancel</p><img hidden src="x.png"><h3>PROSECUTION</h3>'
        "<p>The government maintained law enforcement efforts.</p>"
    )
    report = tipdiff.load(_page(after=after))
    assert report.sections[S.PROSECUTION].text == "The government maintained law enforcement efforts."


# ------------------------------------------------- G: a list cut by a content cue


@pytest.mark.parametrize("count", [3, 6])
def test_an_html_list_s_items_stay_in_one_section(count: int) -> None:
    """The items of one <ul> are one list, when it ends the page too: an item that speaks
    of prosecution ("Intensify efforts to investigate and prosecute …") opens no section."""
    report = tipdiff.load(_page(items=_ITEMS[:count]))
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.recommendations == _ITEMS[:count]


def test_an_html_list_s_item_that_opens_like_a_statement_stays_in_it() -> None:
    """The list's markup decides, not the item's opening: "In cooperation with NGOs,
    intensify efforts to … prosecute …" (a phrase before its verb, a verb the
    recommendations' vocabulary lacks) is one more item of the list it is in."""
    item = (
        "In cooperation with NGOs, intensify efforts to investigate and prosecute trafficking "
        "offenses, including those involving officials."
    )
    report = tipdiff.load(_page(items=(_ITEMS[0], item)))
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.recommendations == (_ITEMS[0], item)


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_text_list_of_recommendations_ending_the_text_is_not_split(bullet: str) -> None:
    """The same list as text, with or without bullets: each item reads as a
    recommendation (no statement's opening), so none starts a section found from content."""
    items = "\n\n".join(bullet + item for item in _ITEMS)
    text = f"KOSOVO: TIER 2\n\n{_SUMMARY}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{items}\n"
    report = tipdiff.load(text)
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.recommendations == _ITEMS


def test_prose_after_a_text_list_still_opens_its_section() -> None:
    """A section's prose after the list, without its heading, is still found from content."""
    prosecution = (
        "Authorities investigated 25 cases and prosecuted 12 suspects, compared with 20 "
        "investigations in the previous year. Courts convicted six traffickers. Judges "
        "issued sentences ranging from two to eight years' imprisonment."
    )
    items = "\n\n".join(_ITEMS[:2])
    text = (
        f"KOSOVO: TIER 2\n\n{_SUMMARY}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{items}\n\n{prosecution}\n"
    )
    report = tipdiff.load(text)
    assert report.recommendations == _ITEMS[:2]
    assert report.sections[S.PROSECUTION].text == prosecution


# ------------------------------------------------ E: a text save's tail of links

_FIREFOX_TAIL = """
Related Files

  * 2024 Trafficking in Persons Report [PDF, 21 MB]

Related Articles

June 24, 2024

Secretary Blinken's Remarks at the 2024 Trafficking in Persons Report Launch Ceremony

Read More

June 24, 2024

2024 Trafficking in Persons Report: Albania

Read More

Tags

Bureau of European and Eurasian Affairs Kosovo Office to Monitor and Combat Trafficking in Persons

Share

  * Facebook
  * LinkedIn

U.S. Department of State

  * White House
  * USA.gov
  * Office of the Inspector General
  * Contact Us
  * No FEAR Act
"""


def test_a_text_save_s_tail_of_links_is_no_recommendations_list() -> None:
    """Firefox's "Save as Text": after the narrative, bulleted links, dates and menu
    items are the page's chrome, not a list, and the text does not end mid-sentence."""
    items = "\n".join(f"  * {item}" for item in _ITEMS)
    text = (
        f"KOSOVO (Tier 2)\n\n{_SUMMARY}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{items}\n{_FIREFOX_TAIL}"
    )
    report = tipdiff.load(text)
    assert report.recommendations == _ITEMS
    assert not report.truncated
    assert "White House" not in report.text and "June 24" not in report.text


def test_a_text_save_of_a_narrative_without_a_list_drops_the_tail() -> None:
    """With no list before it, the tail is not read as one either."""
    report = tipdiff.load(f"KOSOVO (Tier 2)\n\n{_SUMMARY}\n{_FIREFOX_TAIL}")
    assert list(report.sections) == [S.SUMMARY]
    assert report.recommendations == ()
    assert not report.truncated
