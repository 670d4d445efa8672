"""Probes sh and aa: two copies that differ only in spelling read the same — a
compound's hyphen lost at a PDF line end, a dash with or without spaces, two sentences
read as one (sh F1, F5) — and a recommendation an excerpt cuts off is the item that
continues it after "Continue to", not another that reads more like it (aa A5)."""

from __future__ import annotations

import tipdiff
from tipdiff.align import match_recommendations
from tipdiff.model import ChangeKind, RecommendationStatus, ReportDiff, SectionName

from .test_align import check_lossless, make

_PLAIN = (
    "BRAZIL (Tier 2)\n\nPresident Lula issued a government-wide initiative to combat sexual "
    "exploitation of minors. Low-skilled workers migrate to the cities. The government "
    "funded training for front-line officers.\n"
)
_PDF = (
    "BRAZIL (Tier 2)\n\nPresident Lula issued a governmentwide initiative to combat sexual "
    "exploitation of minors. Lowskilled workers migrate to the cities. The government "
    "funded training for frontline officers.\n"
)


def _compare(old: str, new: str) -> ReportDiff:
    return tipdiff.compare(tipdiff.load(old, year=2003), tipdiff.load(new, year=2003))


def test_a_compound_without_its_hyphen_is_no_rewording() -> None:
    """PDF text loses a compound's own hyphen at a line end ("government-" / "wide"):
    the sentences are unchanged, their ops still spelling both texts."""
    diff = _compare(_PLAIN, _PDF)
    check_lossless(diff)
    assert {c.kind for c in diff.changes} == {ChangeKind.UNCHANGED}


def test_a_dash_with_or_without_spaces_is_no_rewording() -> None:
    old = "BRAZIL (Tier 2)\n\nCourts convicted eight traffickers—seven for sex trafficking.\n"
    new = "BRAZIL (Tier 2)\n\nCourts convicted eight traffickers – seven for sex trafficking.\n"
    diff = _compare(old, new)
    check_lossless(diff)
    assert {c.kind for c in diff.changes} == {ChangeKind.UNCHANGED}


def test_a_hyphen_still_tells_words_apart() -> None:
    """Only the hyphen is left out: other words still differ."""
    old = "BRAZIL (Tier 2)\n\nThe government funded trafficking training for front-line officers.\n"
    new = "BRAZIL (Tier 2)\n\nThe government funded trafficking training for border officers.\n"
    assert ChangeKind.REWORDED in {c.kind for c in _compare(old, new).changes}


def test_two_sentences_read_as_one_are_unchanged() -> None:
    """A copy that reads two sentences as one ("… terminate the lease" / "Officials …",
    a heading lost between them) holds the same text: no entry reworded with nothing
    marked (sh F5)."""
    lease = (
        "The base is leased and only mutual agreement or abandonment of the facility can "
        "terminate the lease"
    )
    officials = "Officials did not report any investigations of trafficking crimes."
    old = make({SectionName.SUMMARY: [lease, officials]}, year=2023)
    new = make({SectionName.SUMMARY: [f"{lease} {officials}"]}, year=2023)
    diff = tipdiff.compare(old, new)
    check_lossless(diff)
    assert [(c.kind, len(c.old), len(c.new)) for c in diff.changes] == [
        (ChangeKind.UNCHANGED, 2, 1)
    ]


def test_a_recommendation_without_its_hyphen_is_carried() -> None:
    old = ["Increase training for front-line officers on inter-ministerial referral procedures."]
    new = ["Increase training for frontline officers on interministerial referral procedures."]
    assert [m.status for m in match_recommendations(old, new)] == [RecommendationStatus.CARRIED]


_CROATIA_HEAD = (
    "CROATIA (Tier 2)\n\nThe Government of Croatia does not fully meet the minimum standards "
    "for the elimination of trafficking but is making significant efforts to do so.\n\n"
    "PRIORITIZED RECOMMENDATIONS:\n\n"
)
_CROATIA_2022 = _CROATIA_HEAD + (
    "\u2022 Vigorously investigate, prosecute, and convict traffickers, and sentence convicted "
    "traffickers to significant prison terms.\n"
    "\u2022 Train judges at all levels of the judiciary to take the severity of trafficking into "
    "account when issuing sentences and sensitize judges on victim-centered approaches and "
    "restitution.\n"
    "\u2022 Train prosecutors on trafficking, victim\u2019s\n"
)
_CROATIA_2023 = _CROATIA_HEAD + (
    "\u2022 Vigorously investigate, prosecute, and convict traffickers, and seek adequate "
    "penalties for convicted traffickers which should include significant prison terms.\n"
    "\u2022 Ensure victims are not inappropriately penalized solely for unlawful acts committed "
    "as a direct result of being trafficked.\n"
    "\u2022 Continue to train prosecutors on trafficking, victim\u2019s rights, and "
    "victim-centered approaches, and refer trafficking cases to trained or experienced "
    "prosecutors.\n"
    "\u2022 Strengthen rules and regulations to\n"
)


def test_a_cut_recommendation_is_the_item_that_continues_it() -> None:
    """2022's cut "Train prosecutors on trafficking, victim's" is 2023's "Continue to
    train prosecutors on trafficking, victim's rights, …", not "Train judges …", which
    shares "victim-centered" with it (aa A5)."""
    diff = tipdiff.compare(
        tipdiff.load(_CROATIA_2022, year=2022), tipdiff.load(_CROATIA_2023, year=2023)
    )
    by_new = {m.new_rank: m for m in diff.recommendations}
    third = by_new[(3,)]
    assert third.old_rank == (3,)
    assert third.status is RecommendationStatus.REWORDED
    (judges,) = [m for m in diff.recommendations if m.old_rank == (2,)]
    assert judges.new_rank == ()


def test_spelling_marks_change_no_words() -> None:
    """The section's share of words changed says what its entries say: none."""
    diff = _compare(_PLAIN, _PDF)
    assert [s.stats.words_changed_share for s in diff.sections] == [0.0]


def test_a_numbered_list_against_the_same_list_bulleted_is_unchanged() -> None:
    # probe sh F2: a list's numbers, like its bullets, are layout, not words
    numbered = (
        "ALBANIA: Tier 2\n\nPRIORITIZED RECOMMENDATIONS:\n"
        "1. Sentence traffickers to significant prison terms.\n"
        "2. Proactively identify trafficking victims among migrants.\n"
        "3. Increase funding for NGO-run shelters.\n\n"
        "PROSECUTION\nThe government maintained law enforcement efforts. It convicted two traffickers.\n"
    )
    bulleted = numbered.replace("1. ", "• ").replace("2. ", "• ").replace("3. ", "• ")
    diff = tipdiff.compare(tipdiff.load(numbered, year=2023), tipdiff.load(bulleted, year=2024))
    recommendations = next(s for s in diff.sections if s.name is SectionName.RECOMMENDATIONS)
    assert (recommendations.stats.unchanged, recommendations.stats.reworded) == (3, 0)
    assert [str(m.status) for m in diff.recommendations] == ["carried"] * 3
