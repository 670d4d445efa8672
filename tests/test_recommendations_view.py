"""The recommendations section's sentences read as the recommendation matching reads
their items (probe x B2, probe y B2): a list one edition writes as one semicolon
sentence and the other as bullets is not "the whole list removed, every bullet added"
while the recommendation table finds its items carried or reworded."""

from __future__ import annotations

import json

import tipdiff
from tipdiff.model import ChangeKind, RecommendationStatus, ReportDiff

_OPENING = (
    "TESTLAND: TIER 2\n\n"
    "The Government of Testland does not fully meet the minimum standards for the "
    "elimination of trafficking but is making significant efforts to do so. {summary}\n\n"
    "PRIORITIZED RECOMMENDATIONS:\n\n"
)
_CLOSING = (
    "\n\nPROSECUTION\n\n"
    "The government maintained law enforcement efforts. The criminal code criminalized "
    "sex trafficking and labor trafficking.\n"
)

_ONE_SENTENCE = (
    "Increase efforts to investigate, prosecute, and convict traffickers, including "
    "officials complicit in trafficking; develop and implement standard operating "
    "procedures for the identification of victims among vulnerable groups; train labor "
    "inspectors to identify forced labor and refer victims to care; increase funding for "
    "shelters run by non-governmental organizations; and raise public awareness of the "
    "risks of labor trafficking abroad."
)
_BULLETS = "\n\n".join(
    f"• {item}"
    for item in (
        "Increase efforts to investigate, prosecute, and convict traffickers, including "
        "officials complicit in trafficking.",
        "Develop and implement standard operating procedures for the identification of "
        "victims among vulnerable groups, including migrant workers.",
        "Train labor inspectors to identify forced labor and refer victims to care.",
        "Adopt a new national action plan to combat trafficking.",
        "Increase funding for shelters run by non-governmental organizations.",
    )
)


def _narrative(summary: str, recommendations: str) -> str:
    return _OPENING.format(summary=summary) + recommendations + _CLOSING


_OLD = _narrative("The government identified more victims.", _ONE_SENTENCE)
_NEW = _narrative("The government identified fewer victims.", _BULLETS)


def _list_view(diff: ReportDiff) -> dict[ChangeKind, list[tuple[int, int]]]:
    """The recommendations section's entries by kind, as (old, new) sentence counts."""
    section = diff.section("recommendations")
    assert section is not None
    view: dict[ChangeKind, list[tuple[int, int]]] = {}
    for change in section.changes:
        view.setdefault(change.kind, []).append((len(change.old), len(change.new)))
    return view


def test_a_one_sentence_list_read_as_bullets_is_one_entry_with_the_bullets_its_items_became() -> None:
    """Four of five items carried or reworded from the one-sentence list into bullets:
    the list's sentence pairs with those four bullets, and only the new item's bullet
    is added (the table: 3 carried, 1 reworded, 1 new, 1 dropped)."""
    diff = tipdiff.compare(_OLD, _NEW)
    statuses = [m.status for m in diff.recommendations]
    assert statuses.count(RecommendationStatus.NEW) == 1
    assert statuses.count(RecommendationStatus.DROPPED) == 1
    view = _list_view(diff)
    assert view.get(ChangeKind.REWORDED) == [(1, 4)]
    assert view.get(ChangeKind.ADDED) == [(0, 1)]
    assert ChangeKind.REMOVED not in view
    added = diff.section("recommendations").changes[-1]  # type: ignore[union-attr]
    assert added.new_text == "• Adopt a new national action plan to combat trafficking."


def test_bullets_read_as_a_one_sentence_list_are_the_same_entry_the_other_way() -> None:
    """The other way round, the bullets whose items the sentence lists pair with it;
    the bullet of the item it lacks is removed, and no bullet is removed whose item
    the table carries."""
    diff = tipdiff.compare(_NEW, _OLD)
    view = _list_view(diff)
    assert view.get(ChangeKind.REWORDED) == [(4, 1)]
    assert view.get(ChangeKind.REMOVED) == [(1, 0)]
    assert ChangeKind.ADDED not in view


def test_the_json_brief_says_one_thing_about_the_list() -> None:
    """In the JSON brief, the section's added sentences are the table's new items and
    no removed sentence holds an item the table carries; every sentence is still in
    exactly one entry (the texts rebuild exactly)."""
    diff = tipdiff.compare(_OLD, _NEW)
    data = json.loads(json.dumps(diff.to_dict()))
    section = next(s for s in data["sections"] if s["name"] == "recommendations")
    new_items = [r["new"][0] for r in data["recommendations"] if r["status"] == "new"]
    assert section["stats"]["added"] == len(new_items) == 1
    assert section["stats"]["removed"] == 0
    assert diff.reconstruct("old") == diff.old.text
    assert diff.reconstruct("new") == diff.new.text


def test_a_bullet_list_against_a_bullet_list_keeps_the_aligners_pairings() -> None:
    """Where each sentence is one item on both sides the entries are the aligner's: a
    bullet carried word for word is unchanged, the new one added."""
    fewer = _BULLETS.replace("\n\n• Adopt a new national action plan to combat trafficking.", "")
    diff = tipdiff.compare(_narrative("The government identified more victims.", fewer), _NEW)
    view = _list_view(diff)
    assert view.get(ChangeKind.UNCHANGED) == [(1, 1)] * 4
    assert view.get(ChangeKind.ADDED) == [(0, 1)]


def test_a_list_against_a_section_that_lists_none_is_not_comparable_sentence_by_sentence() -> None:
    """The new text breaks off before its list's first item is whole: the table calls
    every old item not comparable, and so does the section, whose bullets are not
    "removed"."""
    cut_short = _OPENING.format(summary="The government identified fewer victims.") + "Increase eff"
    diff = tipdiff.compare(_NEW, cut_short)
    assert {m.status for m in diff.recommendations} == {RecommendationStatus.NOT_COMPARABLE}
    view = _list_view(diff)
    assert ChangeKind.REMOVED not in view
    assert view.get(ChangeKind.NOT_COMPARABLE, []).count((1, 0)) == 5
