"""A photo's caption and a pull-quote box among a narrative's paragraphs in the report's
pdftotext (probes e4 and e6): no caption words in the narrative, and none of its own
paragraphs lost."""

from __future__ import annotations

import textwrap

import tipdiff

_BODY = 60  # the body's measure, in characters
_INSET = 46  # a caption's or a pull-quote's, set in from it

_SUMMARY = (
    "The Government of Tonga does not fully meet the minimum standards for the elimination "
    "of trafficking but is making significant efforts to do so. The government demonstrated "
    "overall increasing efforts compared with the previous reporting period; therefore Tonga "
    "remained on Tier 2 Watch List. These efforts included adopting a national action plan "
    "and training immigration officers on victim identification."
)
_PROSECUTION = (
    "The government maintained minimal law enforcement efforts. The law criminalized sex "
    "trafficking and labor trafficking and prescribed penalties of up to 20 years of "
    "imprisonment. The government did not report any investigations, prosecutions, or "
    "convictions of traffickers during the reporting period, compared with one investigation "
    "the year before."
)
_PROFILE = (
    "As reported over the past five years, human traffickers exploit domestic and foreign "
    "victims in Tonga. Traffickers exploit victims who fear that contacting authorities will "
    "lead to their deportation. Crew on foreign fishing vessels in Tongan waters may be "
    "subjected to forced labor."
)
_CAPTION = (
    "Fishermen mend nets on a beach at dawn. Crew recruited with false promises may be held "
    "at sea for months without pay."
)
_QUOTED = "“Traffickers exploit victims who fear that contacting authorities will lead to their deportation.”"
_REPEATED = "Traffickers exploit victims who fear that contacting authorities will lead to their deportation."


def _wrapped(text: str, width: int = _BODY) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


def _page(*blocks: list[str]) -> str:
    """A narrative as pdftotext gives a page of it: its heading, then blocks of lines
    with a blank line between."""
    return "TONGA: TIER 2 WATCH LIST\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "\n"


def _text(raw: str) -> str:
    return " ".join(tipdiff.load(raw).text.split())


def _whole(*paragraphs: str) -> list[str]:
    return [" ".join(paragraph.split()) for paragraph in paragraphs]


def test_a_caption_between_paragraphs_is_no_part_of_the_narrative() -> None:
    raw = _page(
        _wrapped(_SUMMARY), _wrapped(_CAPTION, _INSET), ["PROSECUTION"], _wrapped(_PROSECUTION)
    )
    text = _text(raw)
    assert "Fishermen mend nets" not in text
    assert "Crew recruited" not in text
    for paragraph in _whole(_SUMMARY, _PROSECUTION):
        assert paragraph in text


def test_a_caption_inside_a_sentence_is_dropped_and_the_sentence_rejoined() -> None:
    """A caption set where a column breaks a paragraph: the line before it ends with no
    stop, the line after it opens in lower case. It need not be set narrower."""
    lines = _wrapped(_PROSECUTION)
    raw = _page(_wrapped(_SUMMARY), lines[:2], _wrapped(_CAPTION), lines[2:])
    text = _text(raw)
    assert "Fishermen mend nets" not in text
    for paragraph in _whole(_SUMMARY, _PROSECUTION):
        assert paragraph in text


def test_a_pull_quote_repeating_the_narratives_words_is_dropped_once() -> None:
    raw = _page(_wrapped(_SUMMARY), _wrapped(_REPEATED, 34), _wrapped(_PROSECUTION), _wrapped(_PROFILE))
    text = _text(raw)
    assert text.count("Traffickers exploit victims who fear") == 1
    for paragraph in _whole(_SUMMARY, _PROSECUTION, _PROFILE):
        assert paragraph in text


def test_a_quotation_set_in_as_a_box_is_a_pull_quote() -> None:
    raw = _page(_wrapped(_SUMMARY), _wrapped(_QUOTED, 34), _wrapped(_PROSECUTION))
    text = _text(raw)
    assert "Traffickers exploit" not in text
    for paragraph in _whole(_SUMMARY, _PROSECUTION):
        assert paragraph in text


def test_short_paragraphs_of_the_narrative_are_kept() -> None:
    """A narrative's own short blocks, even set short: a sentence of its account, an item
    under its recommendations, a one-line scene, a paragraph at the body's measure."""
    account = "The government improved anti-trafficking law enforcement efforts."
    item = "Provide adequate resources and train staff to meet the needs of child workers."
    scene = "Children beg on the streets of the capital."
    full = (
        "Children from rural areas are sent to relatives in the city, where some are made to "
        "work instead of attending school, and others beg on the streets for adults."
    )
    raw = _page(
        _wrapped(_SUMMARY),
        _wrapped(account, _INSET),
        [scene],
        _wrapped(full),
        ["PRIORITIZED RECOMMENDATIONS:"],
        _wrapped("Increase efforts to investigate and prosecute traffickers and convict them."),
        _wrapped(item, _INSET),
        ["PROSECUTION"],
        _wrapped(_PROSECUTION),
    )
    text = _text(raw)
    for paragraph in _whole(_SUMMARY, account, scene, full, item, _PROSECUTION):
        assert paragraph in text


def test_a_caption_is_kept_where_blank_lines_part_no_blocks() -> None:
    """A text with a blank line after every line shows no blocks: nothing is dropped."""
    blocks = [_wrapped(_SUMMARY), _wrapped(_CAPTION, _INSET), _wrapped(_PROSECUTION)]
    raw = "TONGA: TIER 2 WATCH LIST\n\n" + "\n\n".join(line for b in blocks for line in b) + "\n"
    assert "Fishermen mend nets" in _text(raw)
