"""Probe e4 (whole editions from real narratives nobody had seen): a first sentence's
opening words taken for a title."""

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
