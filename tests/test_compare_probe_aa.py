"""Probe aa: sentences paired by what they are, not only by their words — an effort
verdict or tier placement with the other edition's (B4), sentences about different
sections of a law kept apart (A4), a cut recommendation continued by the new item (A5)."""

from __future__ import annotations

import tipdiff
from tipdiff.model import ChangeKind, ReportDiff


def _compare(old: str, new: str, *, years: tuple[int, int] = (2021, 2023)) -> ReportDiff:
    return tipdiff.compare(tipdiff.load(old, year=years[0]), tipdiff.load(new, year=years[1]))


def _changes(diff: ReportDiff, section: str) -> list[tuple[str, str | None, str | None]]:
    """The changes of one section as (kind, old text, new text)."""
    (found,) = [s for s in diff.sections if s.name == section]
    return [(c.kind.value, c.old_text, c.new_text) for c in found.changes]


# Seychelles prevention 2021 → 2023 (probe aa B4): the verdicts share little but their role.
_PREVENTION_OLD = (
    "PREVENTION\n\nThe government maintained overall efforts to prevent trafficking, while "
    "increasing targeted efforts to prevent child sex trafficking. The national committee met "
    "quarterly and drafted a national action plan. The government funded awareness campaigns "
    "on radio and television.\n"
)
_PREVENTION_NEW = (
    "PREVENTION\n\nThe government increased efforts to prevent trafficking. The secretariat "
    "consulted with trafficking survivors and incorporated their input into the draft plan. The "
    "hotline was available 24 hours a day to provide referrals for services.\n"
)


def test_the_effort_verdicts_of_a_section_are_one_sentence_reworded() -> None:
    """"The government maintained overall efforts to prevent trafficking, while …" →
    "The government increased efforts to prevent trafficking." is the verdict reworded,
    not one removed and another added."""
    changes = _changes(_compare(_PREVENTION_OLD, _PREVENTION_NEW), "prevention")
    assert (
        "reworded",
        "The government maintained overall efforts to prevent trafficking, while increasing "
        "targeted efforts to prevent child sex trafficking.",
        "The government increased efforts to prevent trafficking.",
    ) in changes


# Bhutan 2019 → 2021 (probe aa B4): the tier placements, amid a rewritten summary.
_SUMMARY_OLD = (
    "BHUTAN: Tier 3\n\nThe Government of Bhutan does not fully meet the minimum standards for "
    "the elimination of trafficking and is not making significant efforts to do so. Therefore "
    "Bhutan was downgraded to Tier 3. Despite the lack of significant efforts, the government "
    "continued to fund an NGO that could provide shelter to women and children. The "
    "government's laws did not criminalize all forms of trafficking.\n"
)
_SUMMARY_NEW = (
    "BHUTAN: Tier 2 Watch List\n\nThe Government of Bhutan does not fully meet the minimum "
    "standards for the elimination of trafficking but is making significant efforts to do so. "
    "These efforts included amending Section 154 of the penal code. Officials did not initiate "
    "any new cases during the reporting period. Therefore Bhutan remained on Tier 2 Watch List "
    "for the second consecutive year.\n"
)


def test_the_tier_placements_of_the_summaries_are_one_sentence_reworded() -> None:
    """"Therefore Bhutan was downgraded to Tier 3." → "Therefore Bhutan remained on Tier 2
    Watch List for the second consecutive year." is the placement reworded."""
    changes = _changes(_compare(_SUMMARY_OLD, _SUMMARY_NEW, years=(2019, 2021)), "summary")
    assert (
        "reworded",
        "Therefore Bhutan was downgraded to Tier 3.",
        "Therefore Bhutan remained on Tier 2 Watch List for the second consecutive year.",
    ) in changes


def test_a_verdict_with_no_partner_in_the_other_section_stays_removed() -> None:
    """The rule pairs only a role both editions fill: a new section without a verdict
    leaves the old verdict removed."""
    new = _PREVENTION_NEW.replace("The government increased efforts to prevent trafficking. ", "")
    kinds = {old: kind for kind, old, _ in _changes(_compare(_PREVENTION_OLD, new), "prevention")}
    assert kinds[
        "The government maintained overall efforts to prevent trafficking, while increasing "
        "targeted efforts to prevent child sex trafficking."
    ] == ChangeKind.REMOVED.value
