"""Readings found wrong by probes v and w (real excerpts, 2005–2024): a country under its
formal name or misprinted in a site's heading, a section's country taken from a place
named in passing, recommendations called new or dropped across a list cut short, and a
verdict misquoted."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff import metadata
from tipdiff.countries import known_country, one_letter_apart
from tipdiff.model import RecommendationStatus, SectionName, Tier, VerdictScale

_FINDING = (
    "does not fully meet the minimum standards for the elimination of trafficking but is "
    "making significant efforts to do so."
)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("the Republic of the Marshall Islands", "Marshall Islands"),
        ("Kingdom of Cambodia", "Cambodia"),
        ("Federal Democratic Republic of Ethiopia", "Ethiopia"),
        ("Sultanate of Oman", "Oman"),
        ("Republic of the Congo", "Republic of the Congo"),  # a name of its own
        ("Republic of China", "Taiwan"),
        ("Turkish Republic of Northern Cyprus", None),
    ],
)
def test_a_country_under_its_formal_name_is_that_country(name: str, country: str | None) -> None:
    assert known_country(name) == country


def test_a_narrative_naming_its_government_formally_is_about_the_known_country() -> None:
    """"The Government of the Republic of the Marshall Islands (RMI)" (2018): Marshall
    Islands, so the pair with the 2019 edition is no pair of two countries."""
    old = (
        f"The Government of the Republic of the Marshall Islands (RMI) {_FINDING} Therefore "
        "RMI was upgraded to Tier 2.\n"
    )
    new = f"MARSHALL ISLANDS: Tier 2 Watch List\n\nThe Government of the RMI {_FINDING}\n"
    diff = tipdiff.compare(tipdiff.load(old, year=2018), tipdiff.load(new, year=2019))
    assert diff.old.country == diff.new.country == "Marshall Islands"
    assert not any("different countries" in w for w in diff.warnings)


def test_a_heading_one_letter_off_the_country_its_body_names_is_a_misprint() -> None:
    """A gvnet heading "MOTENEGRO (Tier 2 Watch List)" over "The Government of
    Montenegro": Montenegro."""
    text = (
        "MOTENEGRO (Tier 2 Watch List) – Extracted in\npart from the U.S. State Dept\n"
        f"2023 TIP Report\nThe Government of Montenegro\n{_FINDING}\n"
    )
    assert tipdiff.load(text).country == "Montenegro"


@pytest.mark.parametrize(
    ("name", "other", "apart"),
    [
        ("MOTENEGRO", "Montenegro", True),  # a letter dropped
        ("Montenergo", "Montenegro", True),  # two swapped
        ("Bulgarija", "Bulgaria", True),  # one added
        ("Mauritius", "Mauritania", False),
        ("Niger", "Nigeria", False),
        ("Iran", "Iraq", False),  # too short to tell a misprint
    ],
)
def test_one_letter_apart(name: str, other: str, apart: bool) -> None:
    assert one_letter_apart(name, other) is apart


def test_a_heading_naming_an_unknown_place_far_from_the_body_s_country_is_kept() -> None:
    """Only a misprint gives way: a heading's territory the table does not list stays."""
    text = f"ATLANTIS (Tier 2)\n\nThe Government of Montenegro {_FINDING}\n"
    assert tipdiff.load(text).country == "Atlantis"


def test_a_destination_named_once_is_not_the_section_s_country() -> None:
    """A Prosecution body that never names its country (Guinea 2019) names Egypt once,
    as where a recruiter sent women: no country, and the usual warning."""
    body = (
        "In 2018, the government investigated 62 individuals, prosecuted 54 suspects, and "
        "convicted 55 traffickers. In addition, the government sentenced a recruiter who sent "
        "women to Egypt for domestic servitude to two years in prison."
    )
    assert metadata.detect_country("", body).value is None
    assert "names no country clearly enough" in metadata.unnamed_country(body)


# ---------------------------------------------------------------- recommendations

_HEAD = (
    "SURIA: Tier 2\n\nThe Government of Suria does not fully meet the minimum standards for "
    "the elimination of trafficking but is making significant efforts to do so.\n\n"
    "PRIORITIZED RECOMMENDATIONS:\n\n"
)
_SHARED = [
    "Vigorously investigate, prosecute, and convict traffickers and impose strong sentences.",
    "Proactively identify victims among migrants, asylum-seekers and agricultural workers.",
    "Reduce delays in court proceedings for trafficking cases.",
    "Strengthen the capacity of the labor inspectorate to refer victims of forced labor.",
]
_BETWEEN = "Improve cooperation of all relevant actors, including NGOs, in the coordination group."


@pytest.mark.parametrize("cut_side", ["old", "new"])
@pytest.mark.parametrize("form", ["bullets", "semicolons"])
def test_an_item_a_cut_list_lacks_is_neither_new_nor_dropped(cut_side: str, form: str) -> None:
    """Cyprus 2018 → 2019 ("• Improve") and 2017 → 2018 ("; and ensure cooperatio"):
    the whole list's item between two both hold, in order, may stand past the other's
    cut, the report reordering its items; nor does the headline call it new or dropped."""
    whole_items = [*_SHARED[:2], _BETWEEN, *_SHARED[2:]]
    if form == "bullets":
        whole = _HEAD + " • ".join(whole_items) + "\n"
        short = _HEAD + " • ".join([_SHARED[1], _SHARED[0], *_SHARED[2:]]) + " • Improve\n"
    else:
        whole = _HEAD + "; ".join(i.rstrip(".") for i in whole_items) + ".\n"
        shared = [i.rstrip(".") for i in (_SHARED[1], _SHARED[0], *_SHARED[2:])]
        short = _HEAD + "; ".join(shared) + "; and ensure cooperatio\n"
    old, new = (short, whole) if cut_side == "old" else (whole, short)
    diff = tipdiff.compare(tipdiff.load(old, year=2017), tipdiff.load(new, year=2018))
    (between,) = [m for m in diff.recommendations if _BETWEEN[:30] in " ".join(m.old + m.new)]
    assert between.status is RecommendationStatus.NOT_COMPARABLE
    assert not any(
        "New recommendation" in h.text or "Dropped recommendation" in h.text
        for h in diff.highlights
    )


# ---------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The government did not make progress in law enforcement efforts.", "did not make progress"),
        ("The government did not make sufficient progress in protecting victims.", "did not make sufficient progress"),
        ("The government did not make any anti-trafficking law enforcement efforts.", "did not make efforts"),
    ],
)
def test_a_verdict_that_no_progress_was_made_is_quoted_as_written(sentence: str, phrase: str) -> None:
    """Bulgaria 2015: "did not make progress" is no "did not make efforts"."""
    text = f"SURIA: Tier 2\n\nPROSECUTION\n\n{sentence} Courts convicted two traffickers.\n"
    report = tipdiff.load(text)
    verdict = report.verdicts[SectionName.PROSECUTION]
    assert (verdict.phrase, verdict.scale) == (phrase, VerdictScale.DOWN)


# ---------------------------------------------------------------- tier


def test_news_maintaining_the_country_on_a_tier_places_it() -> None:
    """greekcitytimes 2024: "… report released on Tuesday, maintaining Cyprus on Tier 1"."""
    news = (
        "Cyprus has demonstrated serious and sustained efforts in combating human trafficking, "
        "according to the US State Department's 2024 Trafficking in Persons report released on "
        "Tuesday, maintaining Cyprus on Tier 1."
    )
    found = metadata.detect_tier("", news, "Cyprus", 2024)
    assert found.value is Tier.TIER_1
