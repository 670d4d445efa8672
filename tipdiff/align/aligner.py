"""Sentence alignment: which old sentences became which new ones (:class:`_Aligner`).

Per section: exact pairs (anchors in order, then the k-th occurrence of a key with the
k-th); exact moves between sections; fuzzy candidates within large gaps between anchors;
the heaviest in-order chain of exact and fuzzy pairs; the gap programme and the slot rule
between chain pairs; then fuzzy moves across the document; leftovers joined to a pairing
next to them (a merge or split over a sentence between); what is left is added or
removed. Every decision is a :class:`~.sides._Pairing`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..model import CANONICAL_ORDER, ChangeKind, Report, SectionName
from .candidates import _Candidate, _candidates, _greedy
from .comparison_words import _ComparisonWords
from .gaps import _gap_programme
from .openings import shared_opening
from .order import _anchor_pairs, _heaviest_chain
from .roles import role_positions
from .scoring import _opening_score, _Score, _score_group
from .sides import _Pairing, _Side
from .thresholds import (
    FIGURE_THRESHOLD,
    MOVE_THRESHOLD,
    PART_THRESHOLD,
    REWORD_THRESHOLD,
    SLOT_THRESHOLD,
)
from .weights import _shared, _Weights

_DP_CELLS = 2_500  # largest gap (old × new sentences) the dynamic programme takes
_MOVE_ROUNDS = 3  # candidate searches for moves, each over what the last one left


def _between(
    anchors: Sequence[tuple[int, int]], olds: Sequence[int], news: Sequence[int]
) -> Iterator[tuple[list[int], list[int]]]:
    """``olds`` and ``news`` (positions, increasing) grouped by the gap between two
    consecutive in-order ``anchors`` they fall in; gaps empty on either side left out."""
    gaps_old: dict[int, list[int]] = {}
    gaps_new: dict[int, list[int]] = {}
    for positions, at, gaps in ((olds, 0, gaps_old), (news, 1, gaps_new)):
        bounds = [pair[at] for pair in anchors]
        for position in positions:
            gaps.setdefault(bisect.bisect(bounds, position), []).append(position)
    for gap, gap_old in gaps_old.items():
        if gap in gaps_new:
            yield gap_old, gaps_new[gap]


def _in_order_chain(
    exact: Iterable[tuple[int, int]], fuzzy: Mapping[tuple[int, int], _Candidate]
) -> list[tuple[int, int]]:
    """The heaviest chain of (old, new) pairs keeping the order of both texts, an exact
    pair weighing 2 and a fuzzy one its similarity."""
    items = sorted(
        [(p, q, 2.0) for p, q in exact] + [(p, q, c.similarity) for (p, q), c in fuzzy.items()]
    )
    return [items[k][:2] for k in _heaviest_chain(items)]


def _own_metrics(side: _Side, report: Report) -> dict[int, frozenset[str]]:
    """The metrics of the edition's own (not restated) figures each position states."""
    position_of = {sentence.index: p for p, sentence in enumerate(side.sentences)}
    found: dict[int, set[str]] = {}
    for figure in report.figures:
        p = position_of.get(figure.sentence_index)
        if p is not None and not figure.restated:
            found.setdefault(p, set()).add(figure.metric)
    return {p: frozenset(metrics) for p, metrics in found.items()}


class _Aligner:
    """Pairs the sentences of two Reports (:meth:`run`): every sentence of both ends up
    in exactly one :class:`~.sides._Pairing`."""

    def __init__(self, old: Report, new: Report) -> None:
        self.comparison_words = _ComparisonWords()  # the recommendations read through it too
        self.old = _Side(old, self.comparison_words)
        self.new = _Side(new, self.comparison_words)
        self.weights = _Weights([*self.old.distinct, *self.new.distinct])
        self.shared_sections = [
            n for n in CANONICAL_ORDER if self.old.positions.get(n) and self.new.positions.get(n)
        ]
        self.pairings: list[_Pairing] = []
        self.old_metrics = _own_metrics(self.old, old)
        self.new_metrics = _own_metrics(self.new, new)
        self.old_roles = role_positions(self.old, old)
        self.new_roles = role_positions(self.new, new)

    # -- bookkeeping

    def _pair(
        self,
        kind: ChangeKind,
        old: tuple[int, ...],
        new: tuple[int, ...],
        similarity: float,
        moved_from: SectionName | None = None,
    ) -> None:
        """Record one decision and mark its sentences paired."""
        for p in old:
            self.old.paired[p] = True
        for q in new:
            self.new.paired[q] = True
        self.pairings.append(_Pairing(kind, old, new, similarity, moved_from))

    def _score(self, old: Sequence[int], new: Sequence[int], threshold: float) -> _Score | None:
        """:func:`~.scoring._score_group` of old positions against new ones."""
        old_bags = [self.old.bags[p] for p in old]
        new_bags = [self.new.bags[q] for q in new]
        return _score_group(old_bags, new_bags, threshold)

    def _shared_opening(self, p: int, q: int) -> int:
        """The longer of the runs old position ``p`` and new ``q`` open and close with
        alike (:func:`~.openings.shared_opening`)."""
        return max(
            shared_opening(self.old.opening(p), self.new.opening(q)),
            shared_opening(self.old.closing(p), self.new.closing(q)),
        )

    def _opening_score(self, p: int, q: int) -> _Score | None:
        """:func:`~.scoring._opening_score` of old position ``p`` and new ``q``."""
        a, b = self.old.bags[p], self.new.bags[q]
        return _opening_score(_shared(a, b), a.total, b.total, self._shared_opening(p, q))

    def _free(self, side: _Side, names: Iterable[SectionName]) -> list[int]:
        """The positions of ``side`` in sections ``names`` not paired yet."""
        return [p for name in names for p in side.positions.get(name, ()) if not side.paired[p]]

    # -- stages

    def run(self) -> list[_Pairing]:
        """Every sentence paired: exact pairs per section and exact moves between
        sections; then each section's in-order chain and its gaps (:meth:`_section`);
        then fuzzy moves; what is left is removed or added."""
        anchors = {name: self._anchors(name) for name in self.shared_sections}
        exact = {name: self._exact_pairs(name, anchors[name]) for name in self.shared_sections}
        # Recommendations are imperatives matched as a list of their own: a narrative
        # sentence never moves into them or out of them.
        pools: list[list[SectionName]] = [
            [n for n in self.shared_sections if n is not SectionName.RECOMMENDATIONS],
            [n for n in self.shared_sections if n is SectionName.RECOMMENDATIONS],
        ]
        # A sentence found word for word in another section moved there, also from or
        # to a section the other text lacks (one text's section boundaries misread).
        for pool in self._exact_pools():
            self._exact_moves(pool, exact)
        self.old.weigh(self.weights, {p for pairs in exact.values() for p, _ in pairs})
        self.new.weigh(self.weights, {q for pairs in exact.values() for _, q in pairs})
        for name in self.shared_sections:
            self._section(name, exact[name], anchors[name])
        for pool in pools:
            self._fuzzy_moves(pool)
        self._figure_pairs()
        self._role_pairs()
        self._join_leftovers()
        for position, paired in enumerate(self.old.paired):
            if not paired:
                self._pair(ChangeKind.REMOVED, (position,), (), 0.0)
        for position, paired in enumerate(self.new.paired):
            if not paired:
                self._pair(ChangeKind.ADDED, (), (position,), 0.0)
        return self.pairings

    def _exact_pools(self) -> list[list[SectionName]]:
        """The sections between which equal sentences move: the narrative sections of
        either text, and the recommendations apart."""
        present = [n for n in CANONICAL_ORDER if n in self.old.positions or n in self.new.positions]
        return [
            [n for n in present if n is not SectionName.RECOMMENDATIONS],
            [n for n in present if n is SectionName.RECOMMENDATIONS],
        ]

    def _anchors(self, name: SectionName) -> list[tuple[int, int]]:
        """Sentences of one section with equal keys paired in order (:func:`_anchor_pairs`)."""
        olds, news = self.old.positions[name], self.new.positions[name]
        local = _anchor_pairs([self.old.keys[p] for p in olds], [self.new.keys[q] for q in news])
        return [(olds[i], news[j]) for i, j in local]

    def _exact_pairs(
        self, name: SectionName, anchors: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Sentences of one section with equal keys: the ``anchors`` (in order), then the
        rest, the k-th occurrence of a key with the k-th."""
        olds, news = self.old.positions[name], self.new.positions[name]
        pairs = list(anchors)
        in_order_old = {p for p, _ in pairs}
        in_order_new = {q for _, q in pairs}
        waiting: dict[str, list[int]] = {}
        for q in reversed(news):
            if q not in in_order_new:
                waiting.setdefault(self.new.keys[q], []).append(q)
        for p in olds:
            found = waiting.get(self.old.keys[p])
            if found and p not in in_order_old:
                pairs.append((p, found.pop()))
        return sorted(pairs)

    def _exact_moves(
        self, pool: Sequence[SectionName], exact: Mapping[SectionName, Sequence[tuple[int, int]]]
    ) -> None:
        """Pair equal sentences left over in one section with those of another."""
        in_section_old = {p for pairs in exact.values() for p, _ in pairs}
        in_section_new = {q for pairs in exact.values() for _, q in pairs}
        waiting: dict[str, list[int]] = {}
        for q in reversed(self._free(self.new, pool)):
            if q not in in_section_new:
                waiting.setdefault(self.new.keys[q], []).append(q)
        for p in self._free(self.old, pool):
            found = waiting.get(self.old.keys[p])
            if found and p not in in_section_old:
                self._pair(ChangeKind.MOVED, (p,), (found.pop(),), 1.0, self.old.section[p])

    def _section(
        self,
        name: SectionName,
        exact: Sequence[tuple[int, int]],
        anchors: Sequence[tuple[int, int]],
    ) -> None:
        """Pair one section's sentences in order; what crosses the order is a move.

        Exact pairs and the best fuzzy one-to-one pairs compete for the heaviest
        in-order chain (an exact pair weighs 2, a fuzzy one its similarity). Fuzzy
        pairs are searched only within a gap between two consecutive ``anchors`` too
        large for the gap programme: a pair across an anchor would have to outweigh it
        to join the chain, and a small gap gets the programme's exact answer anyway.
        Exact pairs off the chain moved within the section; fuzzy ones off it are set
        free for the gaps and for :meth:`_fuzzy_moves`.
        """
        olds, news = self.old.positions[name], self.new.positions[name]
        fuzzy = self._fuzzy_in_large_gaps(olds, news, exact, anchors)
        chain = _in_order_chain(exact, fuzzy)
        self._pair_chain(name, exact, fuzzy, chain)
        in_order = self._fill_gaps(olds, news, chain)
        self._mark_gaps(olds, news, in_order)

    def _fuzzy_in_large_gaps(
        self,
        olds: Sequence[int],
        news: Sequence[int],
        exact: Sequence[tuple[int, int]],
        anchors: Sequence[tuple[int, int]],
    ) -> dict[tuple[int, int], _Candidate]:
        """The best one-to-one fuzzy pairs of the free sentences within each gap between
        ``anchors`` too large for the gap programme, by their (old, new) positions."""
        in_exact_old = {p for p, _ in exact}
        in_exact_new = {q for _, q in exact}
        free_old = [p for p in olds if not self.old.paired[p] and p not in in_exact_old]
        free_new = [q for q in news if not self.new.paired[q] and q not in in_exact_new]
        found: list[_Candidate] = []
        for gap_old, gap_new in _between(anchors, free_old, free_new):
            if len(gap_old) * len(gap_new) > _DP_CELLS:
                found += _candidates(
                    self.old.bags, self.new.bags, gap_old, gap_new, self.weights, REWORD_THRESHOLD
                )
        return {(c.old[0], c.new[0]): c for c in _greedy(found)}

    def _pair_chain(
        self,
        name: SectionName,
        exact: Sequence[tuple[int, int]],
        fuzzy: Mapping[tuple[int, int], _Candidate],
        chain: Sequence[tuple[int, int]],
    ) -> None:
        """Exact pairs on the chain are unchanged, those off it moved within section
        ``name``; fuzzy pairs on it are reworded, grown into a merge or split where a
        free neighbour fits (:meth:`_extend`)."""
        on_chain = set(chain)
        for p, q in exact:
            if (p, q) in on_chain:
                self._pair(ChangeKind.UNCHANGED, (p,), (q,), 1.0)
            else:
                self._pair(ChangeKind.MOVED, (p,), (q,), 1.0, name)
        reserved_old = {p for p, q in chain if (p, q) in fuzzy}
        reserved_new = {q for p, q in chain if (p, q) in fuzzy}
        for p, q in chain:
            if (p, q) in fuzzy:
                old, new, score = self._extend(
                    fuzzy[(p, q)], reserved_old, reserved_new, REWORD_THRESHOLD
                )
                self._pair(ChangeKind.REWORDED, old, new, score.similarity)

    def _fill_gaps(
        self, olds: Sequence[int], news: Sequence[int], chain: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Pair what is left between consecutive chain pairs (and before the first and
        after the last) wherever the gap programme can take it (:meth:`_fill`). Returns
        the chain with the first (old, new) positions of each pairing made, sorted."""
        in_order = list(chain)
        bounds = [(olds[0] - 1, news[0] - 1), *chain, (olds[-1] + 1, news[-1] + 1)]
        for (p0, q0), (p1, q1) in itertools.pairwise(bounds):
            gap_old = [p for p in range(p0 + 1, p1) if not self.old.paired[p]]
            gap_new = [q for q in range(q0 + 1, q1) if not self.new.paired[q]]
            if gap_old and gap_new and len(gap_old) * len(gap_new) <= _DP_CELLS:
                in_order += self._fill(gap_old, gap_new)
        in_order.sort()
        return in_order

    def _mark_gaps(
        self, olds: Sequence[int], news: Sequence[int], in_order: Sequence[tuple[int, int]]
    ) -> None:
        """Which gap between the sorted ``in_order`` pairs each sentence is in: a later
        pairing within one gap keeps the order (reworded), one across gaps does not
        (moved; :meth:`_in_place`)."""
        for side, positions, at in ((self.old, olds, 0), (self.new, news, 1)):
            k = 0
            for position in positions:
                while k < len(in_order) and in_order[k][at] < position:
                    k += 1
                side.gap[position] = k

    def _fill(self, olds: Sequence[int], news: Sequence[int]) -> list[tuple[int, int]]:
        """Pair a gap in order: the gap programme, then the slot rule wherever one old
        and one new sentence are left alone between the same two pairs. Returns the
        first (old, new) positions of each pairing made.

        In narrative sections two sentences that open alike pair below the thresholds
        (:mod:`.openings`); a list's items open alike by form ("Vigorously investigate,
        prosecute, and convict traffickers …"), so recommendations do not."""
        prose = self.old.section[olds[0]] is not SectionName.RECOMMENDATIONS
        chosen: list[_Candidate] = []
        if len(olds) * len(news) > 1:
            chosen = _gap_programme(
                self.old.bags,
                self.new.bags,
                olds,
                news,
                (lambda i, j: self._shared_opening(olds[i], news[j])) if prose else None,
            )
        made: list[tuple[int, int]] = []
        for c in chosen:
            self._pair(ChangeKind.REWORDED, c.old, c.new, c.similarity)
            made.append((c.old[0], c.new[0]))
        # Between consecutive pairings, as ((old, new) of the last one, (old, new) of the next).
        starts = [(c.old[0], c.new[0]) for c in chosen] + [(olds[-1] + 1, news[-1] + 1)]
        ends = [(olds[0] - 1, news[0] - 1)] + [(c.old[-1], c.new[-1]) for c in chosen]
        for (p0, q0), (p1, q1) in zip(ends, starts, strict=True):
            lone_old = olds[bisect.bisect(olds, p0) : bisect.bisect_left(olds, p1)]
            lone_new = news[bisect.bisect(news, q0) : bisect.bisect_left(news, q1)]
            if len(lone_old) == len(lone_new) == 1:
                slot = self._score(lone_old, lone_new, SLOT_THRESHOLD)
                if slot is None and prose:
                    slot = self._opening_score(lone_old[0], lone_new[0])
                if slot is not None:
                    self._pair(ChangeKind.REWORDED, (lone_old[0],), (lone_new[0],), slot.similarity)
                    made.append((lone_old[0], lone_new[0]))
        return made

    def _in_place(self, old: Sequence[int], new: Sequence[int]) -> bool:
        """True when a pairing keeps its section and the chain's order (not a move)."""
        p, q = old[0], new[0]
        return self.old.section[p] == self.new.section[q] and self.old.gap[p] == self.new.gap[q]

    def _fuzzy_moves(self, pool: Sequence[SectionName]) -> None:
        # Each sentence scores only a few candidates, so among many look-alikes all of
        # its candidates may go to others: a further round searches what is left.
        for _ in range(_MOVE_ROUNDS):
            olds = self._free(self.old, pool)
            news = self._free(self.new, pool)
            if not olds or not news:
                return
            found = _candidates(
                self.old.bags, self.new.bags, olds, news, self.weights, MOVE_THRESHOLD
            )
            chosen = _greedy(found)
            if not chosen:
                return
            taken_old = {p for c in chosen for p in c.old}
            taken_new = {q for c in chosen for q in c.new}
            for c in chosen:
                old, new, score = self._extend(c, taken_old, taken_new, MOVE_THRESHOLD)
                if self._in_place(old, new):
                    self._pair(ChangeKind.REWORDED, old, new, score.similarity)
                else:
                    moved_from = self.old.section[old[0]]
                    self._pair(ChangeKind.MOVED, old, new, score.similarity, moved_from)

    def _figure_pairs(self) -> None:
        """Two sentences still unpaired in one section that state their edition's own
        figure of the same metric are one sentence reworded (or moved within the
        section) at :data:`FIGURE_THRESHOLD`: the sentence that carries an edition's
        numbers is the one rewritten most, around the same metric ("identified 94
        victims (91 in 2019)" → "identified 91 victims, compared with 94 in 2022")."""
        for name in self.shared_sections:
            if name is not SectionName.RECOMMENDATIONS:
                for p, q, score in self._figure_candidates(name):
                    if self.old.paired[p] or self.new.paired[q]:
                        continue
                    if self._in_place((p,), (q,)):
                        self._pair(ChangeKind.REWORDED, (p,), (q,), score.similarity)
                    else:
                        self._pair(ChangeKind.MOVED, (p,), (q,), score.similarity, name)

    def _figure_candidates(self, name: SectionName) -> list[tuple[int, int, _Score]]:
        """The unpaired figure sentences of one section that share a metric, best
        first; in sections with many, only those of one gap meet (bounded work)."""
        olds = [p for p in self._free(self.old, (name,)) if p in self.old_metrics]
        news = [q for q in self._free(self.new, (name,)) if q in self.new_metrics]
        if len(olds) * len(news) <= _DP_CELLS:
            pairs = [(p, q) for p in olds for q in news]
        else:
            by_gap: dict[int, list[int]] = {}
            for q in news:
                by_gap.setdefault(self.new.gap[q], []).append(q)
            if sum(len(by_gap.get(self.old.gap[p], ())) for p in olds) > _DP_CELLS:
                return []
            pairs = [(p, q) for p in olds for q in by_gap.get(self.old.gap[p], ())]
        scored = []
        for p, q in pairs:
            if self.old_metrics[p] & self.new_metrics[q]:
                score = self._score((p,), (q,), FIGURE_THRESHOLD)
                if score is not None:
                    scored.append((p, q, score))
        scored.sort(key=lambda found: (-found[2].similarity, found[0], found[1]))
        return scored

    def _role_pairs(self) -> None:
        """The old and the new sentence of one role in one section (:mod:`.roles`: the
        effort verdict, the tier placement), both still unpaired and in the same place,
        are one sentence reworded whatever their similarity: the role says what the
        words need not."""
        for key, p in self.old_roles.items():
            q = self.new_roles.get(key)
            if q is None or self.old.paired[p] or self.new.paired[q]:
                continue
            if self._in_place((p,), (q,)):
                score = self._score((p,), (q,), 0.0)
                self._pair(ChangeKind.REWORDED, (p,), (q,), 0.0 if score is None else score.similarity)

    def _join_leftovers(self) -> None:
        """A sentence left over next to a reworded or moved one-to-one pairing joins it
        (a merge or split) when it brings its own weight into what the two sides share.

        The gap programme and :meth:`_extend` merge neighbours only; an editor also
        deletes a sentence and joins the two around it, or puts a new sentence between
        the halves of a split one. So the pairing may be one sentence away, over a
        sentence paired elsewhere or left over itself.
        """
        holding: tuple[dict[int, int], dict[int, int]] = ({}, {})  # position → pairing
        for k, pr in enumerate(self.pairings):
            if (
                len(pr.old) == len(pr.new) == 1
                and pr.similarity < 1.0
                and pr.kind in (ChangeKind.REWORDED, ChangeKind.MOVED)
            ):
                holding[0][pr.old[0]] = k
                holding[1][pr.new[0]] = k
        for side, at_old, held in ((self.old, True, holding[0]), (self.new, False, holding[1])):
            if held:
                for position, paired in enumerate(side.paired):
                    if not paired:
                        self._join(side, at_old, position, held)

    def _join(self, side: _Side, at_old: bool, position: int, holding: dict[int, int]) -> None:
        """Join the leftover ``position`` of ``side`` to the best pairing of ``holding``
        within two sentences of it in its own section (:meth:`_join_leftovers`)."""
        best: tuple[int, _Pairing, _Score] | None = None
        bag = side.bags[position]
        for neighbour in (position - 1, position + 1, position - 2, position + 2):
            k = holding.get(neighbour)
            if k is None or side.section[neighbour] != side.section[position]:
                continue
            pr = self.pairings[k]
            if len(pr.old) + len(pr.new) > 2:  # grown on the other side already
                continue
            other = self.new.bags[pr.new[0]] if at_old else self.old.bags[pr.old[0]]
            # What the leftover would add is at most what it shares with the other side.
            if _shared(bag, other) < PART_THRESHOLD * bag.total:
                continue
            group = tuple(sorted((neighbour, position)))
            old, new = (group, pr.new) if at_old else (pr.old, group)
            threshold = REWORD_THRESHOLD if pr.kind is ChangeKind.REWORDED else MOVE_THRESHOLD
            score = self._score(old, new, threshold)
            if score is not None and (best is None or score.shared > best[2].shared):
                best = (k, pr._replace(old=old, new=new, similarity=score.similarity), score)
        if best is not None:
            k, pairing, _ = best
            self.pairings[k] = pairing
            side.paired[position] = True
            for held in list(holding):
                if holding[held] == k:
                    del holding[held]  # grown: a pairing takes one leftover at most

    def _extend(
        self, pair: _Candidate, taken_old: set[int], taken_new: set[int], threshold: float
    ) -> tuple[tuple[int, ...], tuple[int, ...], _Score]:
        """Grow a one-to-one pair into a split or merge with a free neighbour that fits.

        The neighbour joins ``taken_old`` / ``taken_new``.
        """
        (p,), (q,) = pair.old, pair.new
        best = (pair.old, pair.new, _Score(pair.similarity, pair.shared))
        for side, position, taken, at_old in (
            (self.new, q, taken_new, False),
            (self.old, p, taken_old, True),
        ):
            for neighbour in (position + 1, position - 1):
                if (
                    not 0 <= neighbour < len(side.sentences)
                    or side.paired[neighbour]
                    or neighbour in taken
                    or side.section[neighbour] != side.section[position]
                ):
                    continue
                group = tuple(sorted((position, neighbour)))
                old, new = (group, pair.new) if at_old else (pair.old, group)
                score = self._score(old, new, threshold)
                if score is not None and score.shared > best[2].shared:
                    best = (old, new, score)
        old, new, _ = best
        taken_old.update(old)
        taken_new.update(new)
        return best
