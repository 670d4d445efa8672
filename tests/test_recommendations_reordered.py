"""Recommendations of a reordered list paired by what each asks, never by rank (probe y,
/tmp/s22/probe-y, A5): a request for records ("develop a system … to track and report on
investigations and prosecutions") is a request for data, and the actions it is to cover
are no request of their own."""

from __future__ import annotations

from tipdiff.align.recommendations import match_recommendations
from tipdiff.model import RecommendationStatus

_TOGO_OLD = [
    "Increase efforts to prosecute, convict, and punish traffickers, especially those "
    "involved in the trafficking of adults and forced labor of children using the amended "
    "penal code",
    "Develop and implement standard operating procedures (SOPs) for law enforcement "
    "officers, immigration officials, social welfare personnel, as well as labor inspectors "
    "to identify and refer trafficking victims, including both adults and children and "
    "those victimized within Togo",
    "Develop a system among law enforcement and judicial officials to track and report on "
    "human trafficking investigations and prosecutions, as well as victim assistance",
    "Enact anti-trafficking legislation that includes provisions for victim protection",
    "Develop and implement a national action plan that incorporates adult victims, and "
    "increases coordination with NGOs and regional organizations",
    "Increase efforts to raise public awareness about the dangers of human trafficking, "
    "including the trafficking of adults.",
]
_TOGO_NEW = [
    "Update existing victim referral manuals to include victim identification SOPs, and "
    "train law enforcement and justice sector personnel on those procedures to increase the "
    "number of victims identified and referred to protective services.",
    "Provide anti-trafficking training to regional criminal courts to increase their "
    "ability to effectively prosecute trafficking cases.",
    "Enact anti-trafficking legislation that includes provisions for victim protection, and "
    "implement measures that incentivize victims to participate in the law enforcement and "
    "judicial process, including witness protection as well as the provision of shelter, "
    "medical care, and psycho-social services.",
    "Work with NGOs and international organizations to increase the provision of protective "
    "services to all trafficking victims.",
    "Draft and implement an updated national action plan that incorporates adult victims and "
    "increases coordination with NGOs, neighboring countries, and regional organizations.",
    "Develop a data collection and information management system to more effectively track "
    "trafficking cases.",
]

_ICELAND_OLD = [
    "Significantly increase and report efforts to identify trafficking victims and refer "
    "victims to care facilities for assistance",
    "Intensify efforts to investigate, prosecute, and convict suspected traffickers",
    "Prioritize building trust between law enforcement and victims and provide protection "
    "and work permits to encourage victims to participate in the investigation and "
    "prosecution of traffickers",
    "Provide specialized services, including for male and child trafficking victims.",
]
_ICELAND_NEW = [
    "Significantly increase efforts to prosecute and convict suspected traffickers.",
    "Proactively identify trafficking victims and refer them to care facilities for "
    "assistance.",
    "Develop a comprehensive data system collecting statistics on victim identification and "
    "assistance and investigations, prosecutions, and convictions.",
]


def _pairs(old: list[str], new: list[str]) -> dict[tuple[int, ...], tuple[int, ...]]:
    return {
        m.old_rank: m.new_rank
        for m in match_recommendations(old, new)
        if m.old_rank and m.new_rank
    }


def test_a_tracking_system_is_the_data_system_it_became() -> None:
    pairs = _pairs(_TOGO_OLD, _TOGO_NEW)
    assert pairs[(3,)] == (6,)
    assert pairs[(4,)] == (3,)


def test_what_a_data_system_covers_is_no_request_to_pair_on() -> None:
    matches = match_recommendations(_ICELAND_OLD, _ICELAND_NEW)
    data_system = next(m for m in matches if m.new_rank == (3,))
    assert data_system.status is RecommendationStatus.NEW
    pairs = _pairs(_ICELAND_OLD, _ICELAND_NEW)
    assert pairs[(1,)] == (2,)
    assert pairs[(2,)] == (1,)
