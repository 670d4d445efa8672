"""Changes: the pairings turned into each section's entries, in reading order.

Each pairing becomes a :class:`~tipdiff.model.Change` with its word-level ops; entries are
shown under the section of their first new sentence, removed ones after the nearest
preceding old sentence shown there; each section gets its counts and the share of words
changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import CANONICAL_ORDER, Change, ChangeKind, Op, SectionName, SectionStats, Sentence
from .comparison_words import spelled_alike
from .sides import _Pairing, _Side
from .words import _WordOps


def _change(pairing: _Pairing, old: _Side, new: _Side, word_ops: _WordOps) -> Change:
    """The :class:`~tipdiff.model.Change` of one pairing, with its word-level ops."""
    olds = tuple(map(old.sentences.__getitem__, pairing.old))
    news = tuple(map(new.sentences.__getitem__, pairing.new))
    old_text = olds[0].text if len(olds) == 1 else " ".join(s.text for s in olds)
    new_text = news[0].text if len(news) == 1 else " ".join(s.text for s in news)
    if not news:
        ops: tuple[tuple[Op, str], ...] = ((Op.DELETE, old_text),)
    elif not olds:
        ops = ((Op.INSERT, new_text),)
    else:
        ops = word_ops[old_text, new_text]
    kind = pairing.kind
    if kind is ChangeKind.REWORDED and (
        spelled_alike(old_text, new_text)  # a merge or split of one text, a hyphen lost
        or (len(olds) == len(news) == 1 and _cut_alike(olds[0], news[0], old, new))
    ):
        kind = ChangeKind.UNCHANGED
    return Change(kind, olds, news, ops, pairing.moved_from, pairing.similarity)


def _cut_alike(old_sentence: Sentence, new_sentence: Sentence, old: _Side, new: _Side) -> bool:
    """Whether one of two paired sentences is its excerpt's cut-off last one and, as far
    as it goes, the other's words ("… child sex t" against "… child sex trafficking,
    despite the scale of the problem."): the tail it lacks is the cut, not a change."""
    for cut, whole in ((old_sentence, new_sentence), (new_sentence, old_sentence)):
        if cut is (old.cut_off if cut is old_sentence else new.cut_off):
            words = cut.text.split()
            if len(words) >= 2:
                kept, partial = words[:-1], words[-1]
                others = whole.text.split()
                return (
                    others[: len(kept)] == kept
                    and len(others) > len(kept)
                    and others[len(kept)].startswith(partial)
                )
    return False


def _sentences_past_the_cut(
    pairings: Sequence[_Pairing], old: _Side, new: _Side
) -> list[_Pairing]:
    """The pairings, those of a sentence one text holds past where the other, an excerpt
    cut short, ends (:func:`_positions_past_the_cut`) marked not comparable: it is not known to be
    removed (or added), for the cut may have taken its counterpart."""
    past_old = _positions_past_the_cut(pairings, cut=new, whole=old, cut_side="new")
    past_new = _positions_past_the_cut(pairings, cut=old, whole=new, cut_side="old")
    if not (past_old or past_new):
        return list(pairings)

    def past(pr: _Pairing) -> bool:
        if pr.kind is ChangeKind.REMOVED:
            return pr.old[0] in past_old
        return pr.kind is ChangeKind.ADDED and pr.new[0] in past_new

    return [pr._replace(kind=ChangeKind.NOT_COMPARABLE) if past(pr) else pr for pr in pairings]


_IN_ORDER = (ChangeKind.UNCHANGED, ChangeKind.REWORDED)  # a moved pairing may come from anywhere


def _positions_past_the_cut(pairings: Sequence[_Pairing], cut: _Side, whole: _Side, cut_side: str) -> set[int]:
    """The positions of ``whole`` past where ``cut`` ends, when ``cut`` is cut short (its
    ``cut_side`` of the pairings): those of the sections after the one ``cut`` ends in
    that ``cut`` does not have, and, where ``cut`` breaks off close after the last
    sentence it shares in reading order with ``whole`` in that section (at most
    :data:`_NEAR_THE_CUT` sentences after it), those of that section after the shared
    one. Where ``cut`` goes on further, or shares none there, the two texts part before
    the cut: what follows is rewritten, not past the cut."""
    if cut.cut_off is None or not cut.section:
        return set()
    ends_in = cut.section[-1]
    section = whole.positions.get(ends_in)
    if not section:
        return set()
    whole_side = "new" if cut_side == "old" else "old"
    shared = [
        (max(getattr(pr, cut_side)), max(getattr(pr, whole_side)))
        for pr in pairings
        if pr.kind in _IN_ORDER and any(cut.section[c] is ends_in for c in getattr(pr, cut_side))
    ]
    reach = section[-1]  # nothing of the section past the cut, unless it breaks off close
    if shared:
        last_cut, last_whole = max(shared)
        if len(cut.section) - 1 - last_cut <= _NEAR_THE_CUT:
            reach = last_whole
    return {
        position
        for position in range(reach + 1, len(whole.section))
        if (whole.section[position] is ends_in and position <= section[-1])
        or (position > section[-1] and whole.section[position] not in cut.positions)
    }


#: Sentences a cut text may hold past the last one it shares with the other in the
#: section it ends in, for the other's sentences after that one to be past the cut: the
#: broken-off sentence and one more.
_NEAR_THE_CUT = 2


def _section_changes(
    pairings: Sequence[_Pairing], old: _Side, new: _Side
) -> dict[SectionName, list[_Pairing]]:
    """The pairings shown under each section, in reading order.

    A pairing with new sentences belongs to the section of its first new sentence and
    is placed by its new position; a removed sentence (or one past the new text's cut)
    follows the nearest preceding old sentence of its section whose entry is shown there
    (or opens the section).
    """
    shown: dict[SectionName, list[int]] = {}
    for k, pr in enumerate(pairings):
        if pr.new:
            shown.setdefault(new.section[pr.new[0]], []).append(k)
    of_old = {p: k for k, pr in enumerate(pairings) for p in pr.old}
    by_section: dict[SectionName, list[_Pairing]] = {}
    for name in CANONICAL_ORDER:
        entries = sorted(shown.get(name, []), key=lambda k: pairings[k].new[0])
        shown_here = set(entries)
        followers: dict[int, list[int]] = {}  # shown entry (-1: section start) → removed
        root = -1
        for p in old.positions.get(name, []):
            k = of_old[p]
            if not pairings[k].new:  # removed, or past the new text's cut
                followers.setdefault(root, []).append(k)
            elif k in shown_here:
                root = k
        ordered = [pairings[k] for k in followers.get(-1, [])]
        for k in entries:
            ordered.append(pairings[k])
            ordered.extend(pairings[f] for f in followers.get(k, []))
        by_section[name] = ordered
    return by_section


def _stats(changes: Sequence[Change]) -> SectionStats:
    """A section's counts by kind and the share of its compared words (both sides)
    changed: none of an unchanged entry's, whose marks (spelling, a cut's missing tail)
    are no words compared."""
    counts = Counter(c.kind for c in changes)
    changed = 0
    total = 0
    # Marks cover whole words, so the words of the operations are the words of both
    # texts: an unchanged word counts on each side, a deleted or inserted one on one.
    for c in changes:
        if c.kind is ChangeKind.NOT_COMPARABLE:
            continue
        for op, text in c.ops:
            if op is not Op.EQUAL and c.kind is ChangeKind.UNCHANGED:
                continue  # spelling (a hyphen, a bullet), or what a cut left out: no change
            words = len(text.split())
            total += words
            if op is Op.EQUAL:
                total += words
            else:
                changed += words
    return SectionStats(
        unchanged=counts[ChangeKind.UNCHANGED],
        reworded=counts[ChangeKind.REWORDED],
        added=counts[ChangeKind.ADDED],
        removed=counts[ChangeKind.REMOVED],
        moved=counts[ChangeKind.MOVED],
        words_changed_share=changed / total if total else 0.0,
        not_comparable=counts[ChangeKind.NOT_COMPARABLE],
    )
