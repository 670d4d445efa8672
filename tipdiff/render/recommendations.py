"""The brief's recommendations part: what is new, dropped, reworded, merged or split, and
what was carried over, with each recommendation's place in each list.

When one text lists no recommendations there is nothing to compare with: the other
text's list is given as it is, under a notice, instead of as "new" or "dropped" marks;
so are the items the other list, cut short, may have held after its cut.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..align.cut_items import before_the_cut
from ..align.diff import cut_item_rank, list_cut_short
from ..model import Op, RecommendationMatch, RecommendationStatus, ReportDiff
from .formatting import citation_note, ordinal, plural
from .redlines import Run, redline

__all__ = ["RecGroup", "RecItem", "Recommendations", "count_line", "recommendation_list"]

#: The statuses a count line lists, in its order (carried ones are counted apart).
CHANGE_STATUSES = (
    RecommendationStatus.NEW,
    RecommendationStatus.DROPPED,
    RecommendationStatus.REWORDED,
    RecommendationStatus.MERGED,
    RecommendationStatus.SPLIT,
)

_NO_RANK = 10**6  # sorts a recommendation missing from one list after the others


@dataclass(frozen=True, slots=True)
class RecItem:
    """A recommendation entry: its 1-based places in each list and its text or redline."""

    old_ranks: tuple[int, ...]
    new_ranks: tuple[int, ...]
    text: str = ""
    runs: tuple[Run, ...] = ()
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    rank_note: str = ""
    cite: str = ""  # where it is in each source ("2023 l. 12 · 2024 l. 15")


@dataclass(frozen=True, slots=True)
class RecGroup:
    """The recommendations of one status ("new", "dropped" …) under their heading."""

    status: str
    title: str
    items: tuple[RecItem, ...]


@dataclass(frozen=True, slots=True)
class Recommendations:
    """The recommendations part: a summary line, a notice, the groups and those carried
    over unchanged."""

    summary: str
    notice: str
    groups: tuple[RecGroup, ...]
    carried: tuple[RecItem, ...]


def count_line(counts: Mapping[RecommendationStatus, int], *, carried: bool = False) -> str:
    """``2 new, 1 dropped, 3 reworded`` (statuses with none are left out); ``carried``
    adds those carried over unchanged."""
    labelled = [(counts[status], str(status)) for status in CHANGE_STATUSES]
    if carried:
        labelled.append((counts[RecommendationStatus.CARRIED], "carried over unchanged"))
    return ", ".join(f"{n} {label}" for n, label in labelled if n)


def recommendation_list(diff: ReportDiff, old_edition: str, new_edition: str) -> Recommendations:
    """The recommendations part of the brief for ``diff``."""
    by_status: dict[RecommendationStatus, list[RecommendationMatch]] = {}
    for match in diff.recommendations:
        by_status.setdefault(match.status, []).append(match)
    cuts = _CutItems(cut_item_rank(diff.old), cut_item_rank(diff.new))
    carried = tuple(
        RecItem(match.old_rank, match.new_rank, text=cuts.text(match), rank_note=_rank_note(match))
        for match in _in_new_order(by_status.get(RecommendationStatus.CARRIED, []))
    )
    n_old, n_new = len(diff.old.recommendations), len(diff.new.recommendations)
    cut = _cut_lists(diff, old_edition, new_edition)
    summary, notice = _summary(n_old, n_new, diff, old_edition, new_edition, cut)
    cites = {
        (m.old_rank, m.new_rank): citation_note(
            (old_edition, m.old_at[0] if m.old_at else None),
            (new_edition, m.new_at[0] if m.new_at else None),
        )
        for m in diff.recommendations
    }

    def cited(items: tuple[RecItem, ...]) -> tuple[RecItem, ...]:
        return tuple(
            dataclasses.replace(item, cite=cites.get((item.old_ranks, item.new_ranks), ""))
            for item in items
        )

    groups = tuple(
        dataclasses.replace(group, items=cited(group.items))
        for group in _groups(by_status, old_edition, new_edition, cuts, partial=bool(cut))
    )
    return Recommendations(summary, notice, groups, cited(carried))


def _groups(
    by_status: Mapping[RecommendationStatus, Sequence[RecommendationMatch]],
    old_edition: str,
    new_edition: str,
    cuts: _CutItems,
    *,
    partial: bool = False,
) -> tuple[RecGroup, ...]:
    """The groups in the brief's order; groups with nothing in them are left out.
    ``partial``: a list is cut short, and the items not comparable are those past its cut."""
    unmatched = by_status.get(RecommendationStatus.NOT_COMPARABLE, [])
    listed_new, listed_old = (
        (f"Not in the cut-short {old_edition} list", f"Not in the cut-short {new_edition} list")
        if partial
        else (f"The {new_edition} list", f"The {old_edition} list")
    )

    def matches(status: RecommendationStatus) -> Sequence[RecommendationMatch]:
        return by_status.get(status, [])

    candidates: list[tuple[str, str, tuple[RecItem, ...]]] = [
        # nothing to compare with: the list, not "new" marks
        (
            "listed",
            listed_new,
            _new_texts(match for match in unmatched if match.new),
        ),
        ("new", f"New in {new_edition}", _new_texts(matches(RecommendationStatus.NEW))),
        (
            "listed-old",
            listed_old,
            _old_texts(match for match in unmatched if match.old),
        ),
        (
            "dropped",
            f"Dropped since {old_edition}",
            _old_texts(matches(RecommendationStatus.DROPPED)),
        ),
        ("reworded", "Reworded", _items(matches(RecommendationStatus.REWORDED), cuts.reworded)),
        ("merged", "Merged", _items(matches(RecommendationStatus.MERGED), _both_sides)),
        ("split", "Split", _items(matches(RecommendationStatus.SPLIT), _both_sides)),
    ]
    return tuple(RecGroup(status, title, items) for status, title, items in candidates if items)


def _summary(
    n_old: int,
    n_new: int,
    diff: ReportDiff,
    old_edition: str,
    new_edition: str,
    cut: Sequence[str],
) -> tuple[str, str]:
    """The summary line and the notice of the recommendations part (``cut``: the
    editions whose list is cut short, see :func:`_cut_lists`)."""
    if n_old == 0 and n_new == 0:
        return "", "Neither text lists recommendations."
    if n_old == 0 or n_new == 0:
        summary = f"{plural(n_new, 'recommendation')} in {new_edition}, {n_old or 'none'} in {old_edition}."
        has, lacks = (new_edition, old_edition) if n_old == 0 else (old_edition, new_edition)
        lacking = diff.old if n_old == 0 else diff.new
        why = (
            "ends inside the first item of its list"  # an excerpt cut off there
            if list_cut_short(lacking)
            else "lists no recommendations"
        )
        notice = f"The {lacks} text {why}, so the {has} list cannot be compared; it is given below."
        return summary, notice
    listed = count_line(diff.counts().recommendations, carried=True)
    # a list's broken-off last item, matched to an item of the other, is one of its items
    new_cut, old_cut = cut_item_rank(diff.new), cut_item_rank(diff.old)
    broken_new = any(new_cut in m.new_rank for m in diff.recommendations)
    broken_old = any(old_cut in m.old_rank for m in diff.recommendations)
    summary = (
        f"{plural(n_new + broken_new, 'recommendation')}{_BROKEN_OFF * broken_new} in {new_edition}, "
        f"{n_old + broken_old}{_BROKEN_OFF * broken_old} in {old_edition}"
    ) + (f": {listed}." if listed else ".")
    if cut:
        other = old_edition if cut[0] == new_edition else new_edition
        notice = (
            f"The {cut[0]} text ends inside its list, so what the list held after "
            f"the cut is not known: the {other} recommendations it does not hold are given "
            "below, neither new nor dropped."
            if len(cut) == 1
            else "Both texts end inside their lists: recommendations past either cut are "
            "given below, neither new nor dropped."
        )
        return summary, notice
    return summary, ""


_BROKEN_OFF = " (the last cut off)"


def _cut_lists(diff: ReportDiff, old_edition: str, new_edition: str) -> list[str]:
    """The editions whose list is cut short (the text ends inside it), when both texts
    list recommendations: their items past the cut are not comparable."""
    if not (diff.old.recommendations and diff.new.recommendations):
        return []
    sides = ((old_edition, diff.old), (new_edition, diff.new))
    return [edition for edition, report in sides if list_cut_short(report)]


def _first(ranks: Sequence[int]) -> int:
    return ranks[0] if ranks else _NO_RANK


def _in_new_order(matches: Iterable[RecommendationMatch]) -> list[RecommendationMatch]:
    return sorted(matches, key=lambda match: (_first(match.new_rank), _first(match.old_rank)))


def _in_old_order(matches: Iterable[RecommendationMatch]) -> list[RecommendationMatch]:
    return sorted(matches, key=lambda match: (_first(match.old_rank), _first(match.new_rank)))


def _new_texts(matches: Iterable[RecommendationMatch]) -> tuple[RecItem, ...]:
    """Recommendations shown by their new wording, in the new list's order."""
    return tuple(
        RecItem(match.old_rank, match.new_rank, text=" ".join(match.new))
        for match in _in_new_order(matches)
    )


def _old_texts(matches: Iterable[RecommendationMatch]) -> tuple[RecItem, ...]:
    """Recommendations shown by their old wording, in the old list's order."""
    return tuple(
        RecItem(match.old_rank, match.new_rank, text=" ".join(match.old))
        for match in _in_old_order(matches)
    )


def _items(
    matches: Iterable[RecommendationMatch], item: Callable[[RecommendationMatch], RecItem]
) -> tuple[RecItem, ...]:
    return tuple(item(match) for match in _in_new_order(matches))


@dataclass(frozen=True, slots=True)
class _CutItems:
    """The ranks each list's broken-off last item is matched under (None: not cut), and
    how a pairing with one is shown: as far as the cut reaches, then "…"."""

    old: int | None
    new: int | None

    def sides(self, match: RecommendationMatch) -> tuple[bool, bool]:
        """Whether the old and the new side of ``match`` is a cut item."""
        return self.old in match.old_rank, self.new in match.new_rank

    def text(self, match: RecommendationMatch) -> str:
        """A carried recommendation's wording: the new one; of a pairing with a cut item
        (in either list), only as far as the cut reaches, which both lists hold."""
        old_cut, new_cut = self.sides(match)
        new = " ".join(match.new)
        if not (old_cut or new_cut):
            return new
        return before_the_cut(" ".join(match.old), new, old_cut=old_cut, new_cut=new_cut)[1] + _CUT_MARK

    def reworded(self, match: RecommendationMatch) -> RecItem:
        """A reworded recommendation as a redline of its two wordings; of a pairing with
        a cut item, of the openings both hold (the words past a cut are not known to
        differ)."""
        old_cut, new_cut = self.sides(match)
        if old_cut or new_cut:
            old, new = before_the_cut(
                " ".join(match.old), " ".join(match.new), old_cut=old_cut, new_cut=new_cut
            )
            runs = (*redline(old, new), Run(Op.EQUAL, _CUT_MARK.strip()))
        else:
            runs = redline(" ".join(match.old), " ".join(match.new), match.ops)
        return RecItem(match.old_rank, match.new_rank, runs=runs, rank_note=_rank_note(match))


_CUT_MARK = " …"  # where a cut item's text breaks off


def _both_sides(match: RecommendationMatch) -> RecItem:
    """A merged or split recommendation: the old and the new wordings."""
    return RecItem(match.old_rank, match.new_rank, old=match.old, new=match.new)


def _rank_note(match: RecommendationMatch) -> str:
    """ "now 2nd, was 5th" when a single recommendation changed place in the list."""
    if len(match.old_rank) == 1 and len(match.new_rank) == 1:
        was, now = match.old_rank[0], match.new_rank[0]
        if was != now:
            return f"now {ordinal(now)}, was {ordinal(was)}"
    return ""
