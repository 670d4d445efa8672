"""Probe y: recommendations of a reordered list paired by what they ask, and figures of
both editions compared where the texts state them in other shapes (probe y A4, A5, C)."""

from __future__ import annotations

from tipdiff.align import match_recommendations
from tipdiff.model import RecommendationStatus


def _pairs(old: list[str], new: list[str]) -> dict[tuple[tuple[int, ...], tuple[int, ...]], str]:
    """The ranks each entry of matching ``old`` with ``new`` pairs, with its status."""
    return {(m.old_rank, m.new_rank): m.status.value for m in match_recommendations(old, new)}


_ICELAND_2018 = [
    "Significantly increase and report efforts to identify trafficking victims and refer "
    "victims to care facilities for assistance",
    "Intensify efforts to investigate, prosecute, and convict suspected traffickers",
    "Provide specialized services, including for male and child trafficking victims",
]
_ICELAND_2019 = [
    "Significantly increase efforts to prosecute and convict suspected traffickers.",
    "Enhance training for investigating cases and collecting evidence against suspected "
    "traffickers.",
    "Proactively identify trafficking victims and refer them to care facilities for assistance.",
]


def test_a_split_part_another_item_matches_better_is_that_items() -> None:
    """Iceland 2018 → 2019 (probe y A5): new #1 shares only its opening with old #1 and is
    old #2 reworded; old #1 is not split into new #1 and #3 but is new #3 reworded."""
    pairs = _pairs(_ICELAND_2018, _ICELAND_2019)
    assert pairs[(2,), (1,)] == "reworded"
    assert pairs[(1,), (3,)] == "reworded"
    assert not any(len(new) == 2 for _, new in pairs)


def test_a_merge_part_another_item_matches_better_is_that_items() -> None:
    """The same reading the other way round: no merge of new #1 and #3 into old #1."""
    pairs = _pairs(_ICELAND_2019, _ICELAND_2018)
    assert pairs[(1,), (2,)] == "reworded"
    assert pairs[(3,), (1,)] == "reworded"
    assert not any(len(old) == 2 for old, _ in pairs)


def test_a_real_split_is_kept() -> None:
    """A split whose parts no other item matches better stays a split."""
    old = [
        "Increase investigations and prosecutions of trafficking offenses, and provide "
        "specialized shelter and care to all identified victims.",
        "Train labor inspectors on victim identification.",
    ]
    new = [
        "Increase investigations and prosecutions of trafficking offenses.",
        "Provide specialized shelter and care to all identified victims.",
        "Train labor inspectors on victim identification.",
    ]
    statuses = {m.new_rank: m.status for m in match_recommendations(old, new)}
    assert statuses[1, 2] is RecommendationStatus.SPLIT


_TOGO_2018 = [
    "Develop a system among law enforcement and judicial officials to track and report on "
    "human trafficking investigations and prosecutions, as well as victim assistance",
    "Enact anti-trafficking legislation that includes provisions for victim protection",
    "Develop and implement a national action plan that incorporates adult victims, and "
    "increases coordination with NGOs and regional organizations",
]
_TOGO_2019 = [
    "Enact anti-trafficking legislation that includes provisions for victim protection, and "
    "implement measures that incentivize victims to participate in the law enforcement and "
    "judicial process, including witness protection as well as the provision of shelter, "
    "medical care, and psycho-social services.",
    "Work with NGOs and international organizations to increase the provision of protective "
    "services to all trafficking victims.",
    "Draft and implement an updated national action plan that incorporates adult victims and "
    "increases coordination with NGOs, neighboring countries, and regional organizations.",
]


def test_an_item_extended_with_a_second_request_is_paired_before_paraphrases() -> None:
    """Togo 2018 → 2019 (probe y A5): "Enact anti-trafficking legislation that includes
    provisions for victim protection" is extended as the new #1, which opens with it; it
    is not the new #2 ("… the provision of protective services"), which is new, and the
    old #1 is not paired with what is left by rank."""
    pairs = _pairs(_TOGO_2018, _TOGO_2019)
    assert pairs[(2,), (1,)] == "reworded"
    assert pairs[(), (2,)] == "new"
    assert pairs[(1,), ()] == "dropped"
