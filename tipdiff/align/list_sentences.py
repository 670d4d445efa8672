"""The recommendations section's sentences paired as their items are
(:func:`paired_as_items`).

A list one edition writes as one sentence ("Recommendations for X: a; b; and c.") and
the other as one bullet per item has no sentence-for-sentence counterpart: read as
sentences, the whole list is removed and every bullet added, while the recommendation
matching finds most items carried or reworded. The brief says one thing: the section's
entries follow the items. Sentences whose items the matching pairs form one entry
(carried or reworded; several sentences on a side where a sentence holds several items
or an item runs over several sentences); a sentence whose items are all new or dropped
is added or removed, one whose items are neither (the other list, cut short, may hold
them past its cut) not comparable. Sentences holding no item keep the aligner's
pairings among themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import ChangeKind, RecommendationMatch, RecommendationStatus, SectionName
from .sides import _Pairing, _Side

_PAIRED = frozenset(
    {
        RecommendationStatus.CARRIED,
        RecommendationStatus.REWORDED,
        RecommendationStatus.MERGED,
        RecommendationStatus.SPLIT,
    }
)
_SECTION = SectionName.RECOMMENDATIONS

_Node = tuple[str, int]  # ("old" or "new", a sentence position)


def paired_as_items(
    pairings: Sequence[_Pairing],
    old: _Side,
    new: _Side,
    items: tuple[Sequence[str], Sequence[str]],
    matches: Sequence[RecommendationMatch],
) -> list[_Pairing]:
    """``pairings`` with those of the recommendations section made again from the item
    ``matches`` (ranks 1-based into ``items``, each list's items in order, a list's
    broken-off cut item last). Unchanged where neither side's section holds an item found
    in its sentences, or a pairing of the section reaches outside it."""
    old_items = _located(items[0], old)
    new_items = _located(items[1], new)
    if not (old_items or new_items):
        return list(pairings)
    in_section = {("old", p) for p in old.positions[_SECTION]}
    in_section |= {("new", q) for q in new.positions[_SECTION]}
    kept: list[_Pairing] = []
    section: list[_Pairing] = []
    for pr in pairings:
        nodes = _nodes(pr)
        if not nodes & in_section:
            kept.append(pr)
        elif nodes <= in_section:
            section.append(pr)
        else:
            return list(pairings)  # the aligner keeps the list's sentences apart: never so
    holding = {("old", p) for ps in old_items.values() for p in ps}
    holding |= {("new", q) for qs in new_items.values() for q in qs}
    parent: dict[_Node, _Node] = {node: node for node in holding}

    def root(node: _Node) -> _Node:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(nodes: Iterable[_Node]) -> None:
        roots = [root(n) for n in nodes]
        for r in roots[1:]:
            parent[r] = roots[0]

    statuses: dict[_Node, set[RecommendationStatus]] = {node: set() for node in holding}
    for m in matches:
        olds = [("old", p) for rank in m.old_rank for p in old_items.get(rank, ())]
        news = [("new", q) for rank in m.new_rank for q in new_items.get(rank, ())]
        for node in (*olds, *news):
            statuses[node].add(m.status)
        if m.status in _PAIRED and olds and news:
            join((*olds, *news))
    for side, located in (("old", old_items), ("new", new_items)):
        for positions in located.values():
            join((side, p) for p in positions)  # an item over several sentences

    components: dict[_Node, list[_Node]] = {}
    for node in sorted(holding):
        components.setdefault(root(node), []).append(node)
    similarities: dict[_Node, list[float]] = {}  # of the item pairs of each group
    for m in matches:
        first = next((("old", p) for rank in m.old_rank for p in old_items.get(rank, ())), None)
        if m.status in _PAIRED and first is not None and any(r in new_items for r in m.new_rank):
            similarities.setdefault(root(first), []).append(m.similarity)
    by_sides = {_sides(nodes): pr for pr in section if (nodes := _nodes(pr)) <= holding}
    remade: list[_Pairing] = []
    for group, members in components.items():
        sides = _sides(set(members))
        if all(sides) and sides in by_sides:
            remade.append(by_sides[sides])  # the aligner paired them so itself
        else:
            found = set().union(*(statuses[n] for n in members))
            remade.extend(_entries(sides, found, similarities.get(group, []), old, new))
    for pr in section:  # the sentences holding no item, as the aligner paired them
        nodes = _nodes(pr)
        if not nodes & holding:
            remade.append(pr)
        elif nodes - holding:  # paired with an item's sentence: on its own now
            remade.extend(_alone(pr, nodes - holding))
    return kept + remade


def _entries(
    sides: tuple[tuple[int, ...], tuple[int, ...]],
    statuses: set[RecommendationStatus],
    similarities: Sequence[float],
    old: _Side,
    new: _Side,
) -> list[_Pairing]:
    """The entries of one group of sentences joined through their items (``statuses``,
    the ``similarities`` of its item pairs): one pairing when both sides have some, else
    one added, removed or not comparable entry each."""
    olds, news = sides
    if olds and news:
        old_text = " ".join(old.sentences[p].text for p in olds)
        new_text = " ".join(new.sentences[q].text for q in news)
        if old_text == new_text:
            return [_Pairing(ChangeKind.UNCHANGED, olds, news, 1.0)]
        similarity = sum(similarities) / len(similarities) if similarities else 0.0
        return [_Pairing(ChangeKind.REWORDED, olds, news, similarity)]
    listed = statuses & {RecommendationStatus.NEW, RecommendationStatus.DROPPED}
    if olds:
        kind = ChangeKind.REMOVED if listed else ChangeKind.NOT_COMPARABLE
        return [_Pairing(kind, (p,), (), 0.0) for p in olds]
    kind = ChangeKind.ADDED if listed else ChangeKind.NOT_COMPARABLE
    return [_Pairing(kind, (), (q,), 0.0) for q in news]


def _alone(pairing: _Pairing, nodes: set[_Node]) -> list[_Pairing]:
    """Each of ``nodes`` (sentences of ``pairing`` holding no item) as an entry of its
    own: removed or added, or not comparable where the pairing was."""
    past = pairing.kind is ChangeKind.NOT_COMPARABLE
    entries = []
    for side, position in sorted(nodes):
        if side == "old":
            kind = ChangeKind.NOT_COMPARABLE if past else ChangeKind.REMOVED
            entries.append(_Pairing(kind, (position,), (), 0.0))
        else:
            kind = ChangeKind.NOT_COMPARABLE if past else ChangeKind.ADDED
            entries.append(_Pairing(kind, (), (position,), 0.0))
    return entries


def _nodes(pairing: _Pairing) -> set[_Node]:
    return {("old", p) for p in pairing.old} | {("new", q) for q in pairing.new}


def _sides(nodes: set[_Node]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The old and the new positions of ``nodes``, each in reading order."""
    return (
        tuple(sorted(p for side, p in nodes if side == "old")),
        tuple(sorted(q for side, q in nodes if side == "new")),
    )


def _located(items: Sequence[str], side: _Side) -> dict[int, tuple[int, ...]]:
    """The positions of the sentences each item (by 1-based rank) is found in, items
    looked for in order through the section's text (case and spacing aside: an item is
    read with its bullet, a joining "and" and its separator left out and its first
    letter capitalised). An item not found there is left out."""
    positions = side.positions.get(_SECTION, [])
    spans: list[tuple[int, int, int]] = []  # (start, end, position) in the joined text
    parts: list[str] = []
    at = 0
    for p in positions:
        text = _folded(side.sentences[p].text)
        spans.append((at, at + len(text), p))
        parts.append(text)
        at += len(text) + 1
    joined = " ".join(parts)
    located: dict[int, tuple[int, ...]] = {}
    cursor = 0
    for rank, item in enumerate(items, 1):
        needle = _folded(item).rstrip(" .;")
        if not needle:
            continue
        start = joined.find(needle, cursor)
        if start < 0:
            start = joined.find(needle)
        if start < 0:
            continue
        end = start + len(needle)
        located[rank] = tuple(p for a, b, p in spans if a < end and start < b)
        cursor = end
    return located


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
