"""Probe e4 (whole editions from real narratives nobody had seen): a first sentence's
opening words taken for a title, and a word's own hyphen at a line's end."""

from __future__ import annotations

import pytest

import tipdiff

_REST = (
    "People's Republic of China is a source, destination, and transit territory for men, "
    "women, and teenage girls subjected to sex trafficking and forced labor. Some migrants "
    "are lured to the territory by criminal syndicates."
)


@pytest.mark.parametrize(
    "opening",
    [
        "The Hong Kong Special Administrative Region (HKSAR) of the",
        "The Macau Special Administrative Region (MSAR) of the",
        "The Government of the Macau Special Administrative Region (MSAR) of the",
    ],
)
@pytest.mark.parametrize("title", ["HONG KONG: Tier 2", "HONG KONG (Tier 2)"])
def test_a_first_sentence_naming_its_territory_with_an_abbreviation_keeps_its_opening(
    opening: str, title: str
) -> None:
    """"The Hong Kong Special Administrative Region (HKSAR) of the People's Republic of
    China is a source …": the words before "People's Republic of China is" run on into it
    ("of the"), so they are the sentence's own, not a title glued before it."""
    text = f"TRAFFICKING IN PERSONS REPORT 2012\n\n{title}\n\n{opening} {_REST}\n"
    assert tipdiff.load(text).text.startswith(f"{opening} People's Republic")


def test_an_edition_s_territory_keeps_its_first_sentence_whole() -> None:
    """The same opening in a whole edition, under the territory's heading."""
    said = "The government reported identifying many trafficking victims during the year."
    opening = "The Hong Kong Special Administrative Region (HKSAR) of the"
    text = (
        "TRAFFICKING IN PERSONS REPORT\n\nJUNE 2012\n\f"
        f"GHANA (Tier 2)\n\nGhana is a source country for trafficked women. {said}\n\n"
        f"HONG KONG (Tier 2)\n\n{opening} {_REST} {said}\n\n"
        f"KENYA (Tier 2)\n\nKenya is a source country for trafficked women. {said}\n\f"
    )
    found = tipdiff.load_edition(text)
    report = found.report("Hong Kong")
    assert report is not None
    assert report.text.startswith(f"{opening} People's Republic")


def test_a_title_glued_before_the_first_sentence_is_still_taken_off() -> None:
    """The rule above leaves a real title run into the text alone."""
    text = "GHANA: Tier 2 Watch List Ghana is a source country for men, women, and children subjected to forced labor.\n"
    report = tipdiff.load(text)
    assert report.text.startswith("Ghana is a source")


@pytest.mark.parametrize(
    ("end", "start", "word"),
    [
        ("2022-", "2025", "2022-2025"),  # a range of numbers: its hyphen, no space
        ("a 17-", "year-old", "17-year-old"),  # no number is cut at a line's end
        ("re-", "abducted", "re-abducted"),  # harm done again: the report hyphenates it
        ("re-", "trafficked", "re-trafficked"),
        ("re-", "victimization", "re-victimization"),
        ("re-", "integration", "reintegration"),  # the report closes other re- words up
        ("re-", "ported", "reported"),
        ("re-", "sources", "resources"),
    ],
)
def test_a_word_s_own_hyphen_at_a_line_s_end_is_kept_and_a_break_s_is_not(
    end: str, start: str, word: str
) -> None:
    """A PDF's line that ends at a hyphen: a number's range and the report's "re-" before
    the harm done again keep theirs; words the report writes closed up lose the break's."""
    text = (
        "KYRGYZ REPUBLIC: Tier 2\n\n"
        "The Government of the Kyrgyz Republic does not fully meet the minimum standards for\n"
        "the elimination of trafficking but is making significant efforts to do so. Victims\n"
        f"were sometimes named in {end}\n"
        f"{start} plans and reports that officials gave to donors and to the public.\n"
    )
    assert word in tipdiff.load(text).text.split()
