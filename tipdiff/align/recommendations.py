"""Recommendations matched as two lists (:func:`match_recommendations`).

Recommendations are imperatives compared as a set, not read in order: equal keys are
carried, then best-first over all one-to-one, two-to-one (merged) and one-to-two (split)
pairings at or above :data:`RECOMMENDATION_THRESHOLD` (through the candidate index when
the lists are long) whose two sides name compatible bodies, agencies or laws
(:mod:`.names`: a request to another body is another request), a merge or split only
where no other item matches one of its parts better on its own; then two that open
with the same request (a run of :data:`OPENING_RUN` words naming the action and whom it
is about, :mod:`.openings`), each the other's only such item: an item kept and extended
with a second request is that item, whatever a looser paraphrase says; then the same
as the first pass over what is left in the report's own paraphrases
(:mod:`.paraphrases`: concept words at :data:`PARAPHRASE_THRESHOLD`, the two sides
asking something in common, an action named only as what another word covers, "the
prosecution and protection provisions", being no request: :func:`_asked`), and below it at :data:`PARAPHRASE_MUTUAL_THRESHOLD` where
two are each other's closest and the only two left asking for something; the rest are
new or dropped.

A list an excerpt cuts short ends in an item broken off mid-word, which is no
recommendation of its list; before the paraphrases, it is matched to the item of the
other list it opens (:mod:`.cut_items`), carried over or reworded, ranked one past its
list's last item (its place in the text). An item the other list, cut short, does
not hold is neither new nor dropped but not comparable (:mod:`.diff` decides it): the
report reorders its items.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import Counter
from collections.abc import Sequence

from ..model import Op, RecommendationMatch, RecommendationStatus
from .candidates import _Candidate, _candidates, _greedy
from .comparison_words import _ComparisonWords, item_key
from .cut_items import Opening, continues, opening_match
from .names import compatible_texts
from .openings import opening
from .paraphrases import asks, concept_words, states_a_request
from .scoring import _Score, _score_group, _score_pair
from .thresholds import (
    OPENING_RUN,
    PARAPHRASE_MUTUAL_THRESHOLD,
    PARAPHRASE_THRESHOLD,
    PART_THRESHOLD,
    RECOMMENDATION_THRESHOLD,
)
from .weights import _Bag, _Bags, _shared, _Weights
from .words import _WordOps

_ALL_PAIRS_LIMIT = 10_000  # recommendation lists up to this product are compared in full
_MERGE_PARTS = 24  # items tried as halves of a merge (or split) with one recommendation


def match_recommendations(
    old: Sequence[str], new: Sequence[str], *, threshold: float = RECOMMENDATION_THRESHOLD
) -> tuple[RecommendationMatch, ...]:
    """Match two recommendation lists as sets: carried, reworded, merged, split, new, dropped.

    Equal keys are carried; then best-first over all one-to-one, two-to-one and
    one-to-two pairings at or above ``threshold`` (:data:`RECOMMENDATION_THRESHOLD`) whose two
    sides name compatible bodies (:mod:`.names`). Entries come in
    the new list's order, dropped ones last in the old order; ranks are 1-based.
    """
    return _match(old, new, threshold, _ComparisonWords(), _WordOps())


def _match(
    old: Sequence[str],
    new: Sequence[str],
    threshold: float,
    comparison_words: _ComparisonWords,
    word_ops: _WordOps,
    cut: tuple[str | None, str | None] = (None, None),
) -> tuple[RecommendationMatch, ...]:
    """:func:`match_recommendations`, reading words through ``comparison_words`` and
    marking them through ``word_ops``, both shared with the comparison's sentence
    alignment (recommendations are often sentences of their section, already read
    and marked). ``cut``: the item each list's text breaks off in, if it ends inside
    its list (:func:`~.cut_items.cut_item`)."""
    old_bags, new_bags, weights = _bags(old, new, comparison_words)
    matched = _carried(old, new, old_bags)
    carried_old = {i for c in matched for i in c.old}
    carried_new = {j for c in matched for j in c.new}
    continued = _continued(old, new, cut, carried_old, carried_new)
    matched += list(continued)
    carried_old |= {i for c in continued for i in c.old}
    carried_new |= {j for c in continued for j in c.new}
    free_old = [i for i in range(len(old)) if i not in carried_old]
    free_new = [j for j in range(len(new)) if j not in carried_new]
    found = _reworded(old_bags, new_bags, free_old, free_new, weights, threshold)
    matched += _greedy(_named_alike(found, old, new))
    opened = _opened(old, new, cut, matched, comparison_words, weights, threshold)
    matched += list(opened)
    word_for_word = {c for c, whole in (*opened.items(), *continued.items()) if whole}
    if threshold <= RECOMMENDATION_THRESHOLD:  # stricter matches asked for: none of these
        matched += _same_request(old, new, old_bags, new_bags, matched)
    matched += _paraphrased(old, new, old_bags, new_bags, matched, threshold)
    old_items = [*old, cut[0] or ""]  # a cut item is one past its list's last
    new_items = [*new, cut[1] or ""]
    results = [
        _matched_entry(c, old_items, new_items, word_ops, opening=c in word_for_word) for c in matched
    ]
    results += _unmatched_entries(old, new, matched)
    if not (old and new):  # one text lists none: nothing was added or dropped
        results = [
            dataclasses.replace(r, status=RecommendationStatus.NOT_COMPARABLE) for r in results
        ]
    results.sort(key=lambda r: (r.new_rank[0] if r.new_rank else len(new) + 1, r.old_rank))
    return tuple(results)


def _bags(
    old: Sequence[str], new: Sequence[str], comparison_words: _ComparisonWords
) -> tuple[list[_Bag], list[_Bag], _Weights]:
    """The word bags of both lists, weighed over the two lists' items."""
    old_read = [comparison_words.sentence(t) for t in old]
    new_read = [comparison_words.sentence(t) for t in new]
    weights = _Weights([r.distinct for r in (*old_read, *new_read)])
    return (
        [weights.bag(r.words, r.distinct) for r in old_read],
        [weights.bag(r.words, r.distinct) for r in new_read],
        weights,
    )


def _carried(old: Sequence[str], new: Sequence[str], old_bags: Sequence[_Bag]) -> list[_Candidate]:
    """Items with equal keys (bullets and a final stop aside), the k-th old one with the
    k-th new one."""
    carried: list[_Candidate] = []
    waiting: dict[str, list[int]] = {}
    for j, text in enumerate(new):
        waiting.setdefault(item_key(text), []).append(j)
    for i, text in enumerate(old):
        found = waiting.get(item_key(text))
        if found:
            carried.append(_Candidate(1.0, old_bags[i].total, (i,), (found.pop(0),)))
    return carried


def _reworded(
    old_bags: Sequence[_Bag],
    new_bags: Sequence[_Bag],
    free_old: Sequence[int],
    free_new: Sequence[int],
    weights: _Weights,
    threshold: float,
) -> list[_Candidate]:
    """Pairings of the free items at or above ``threshold``: every one-to-one pair,
    merge and split (:func:`_unclaimed`) of short lists; one-to-one candidates from the rare-word index
    (:func:`~.candidates._candidates`) of long ones."""
    if len(free_old) * len(free_new) > _ALL_PAIRS_LIMIT:
        return _candidates(old_bags, new_bags, free_old, free_new, weights, threshold)
    found: list[_Candidate] = []
    for i in free_old:
        for j in free_new:
            s = _score_group([old_bags[i]], [new_bags[j]], threshold)
            if s is not None:
                found.append(_Candidate(s.similarity, s.shared, (i,), (j,)))
    groups = _two_to_one(old_bags, new_bags, free_old, free_new, threshold, split=False)
    groups += _two_to_one(new_bags, old_bags, free_new, free_old, threshold, split=True)
    return found + _unclaimed(groups, found, old_bags, new_bags)


def _unclaimed(
    groups: Sequence[_Candidate],
    pairs: Sequence[_Candidate],
    old_bags: Sequence[_Bag],
    new_bags: Sequence[_Bag],
) -> list[_Candidate]:
    """The merges and splits none of whose parts another item claims: a one-to-one pair
    of ``pairs`` with that part, closer than the part is to the group's single item.
    "Significantly increase and report efforts to identify victims …" is not split into
    "Significantly increase efforts to prosecute …" and "Proactively identify victims …"
    when "Intensify efforts to investigate, prosecute, and convict …" is the first one
    reworded."""
    # for each item, its one-to-one partners on the other side and how close they are
    partners: dict[tuple[str, int], list[tuple[int, float]]] = {}
    for c in pairs:
        partners.setdefault(("new", c.new[0]), []).append((c.old[0], c.similarity))
        partners.setdefault(("old", c.old[0]), []).append((c.new[0], c.similarity))

    def claimed(side: str, part: int, single: int, own: _Score | None) -> bool:
        closeness = own.similarity if own else 0.0
        return any(k != single and s > closeness for k, s in partners.get((side, part), []))

    kept = []
    for g in groups:
        if len(g.old) == 2:  # a merge: two old items, one new
            j = g.new[0]
            parts = [("old", i, j, _score_pair(old_bags[i], new_bags[j], 0.0)) for i in g.old]
        else:  # a split: one old item, two new
            i = g.old[0]
            parts = [("new", j, i, _score_pair(old_bags[i], new_bags[j], 0.0)) for j in g.new]
        if not any(claimed(*part) for part in parts):
            kept.append(g)
    return kept


def _paraphrased(
    old: Sequence[str],
    new: Sequence[str],
    old_bags: Sequence[_Bag],
    new_bags: Sequence[_Bag],
    matched: Sequence[_Candidate],
    threshold: float,
) -> list[_Candidate]:
    """Pairings of what is still free, in the report's own paraphrases
    (:mod:`.paraphrases`): concept words at or above :data:`PARAPHRASE_THRESHOLD` (raised
    as much as ``threshold`` is), the two sides asking something in common and naming
    compatible bodies; then, at :data:`PARAPHRASE_MUTUAL_THRESHOLD` (only at the brief's
    own ``threshold`` or below), pairs each of which is the other's closest and the
    only two left asking for something. Editions years apart reword more than
    consecutive ones do."""
    paired_old = {i for c in matched for i in c.old}
    paired_new = {j for c in matched for j in c.new}
    free_old = [i for i in range(len(old)) if i not in paired_old]
    free_new = [j for j in range(len(new)) if j not in paired_new]
    if not (free_old and free_new):
        return []
    old_concepts = [concept_words(b.words) for b in old_bags]
    new_concepts = [concept_words(b.words) for b in new_bags]
    weights = _Weights([*old_concepts, *new_concepts])
    old_concept_bags = [weights.bag(c) for c in old_concepts]
    new_concept_bags = [weights.bag(c) for c in new_concepts]
    raised = threshold - RECOMMENDATION_THRESHOLD
    found = _reworded(
        old_concept_bags,
        new_concept_bags,
        free_old,
        free_new,
        weights,
        PARAPHRASE_THRESHOLD + raised,
    )
    old_asks = [_asked(b.words) for b in old_bags]
    new_asks = [_asked(b.words) for b in new_bags]

    def asking_alike(found: Sequence[_Candidate]) -> list[_Candidate]:
        return [
            c
            for c in found
            if frozenset().union(*(old_asks[i] for i in c.old))
            & frozenset().union(*(new_asks[j] for j in c.new))
        ]

    chosen = _greedy(_named_alike(asking_alike(found), old, new))
    taken_old = {i for c in chosen for i in c.old}
    taken_new = {j for c in chosen for j in c.new}
    free_old = [i for i in free_old if i not in taken_old]
    free_new = [j for j in free_new if j not in taken_new]
    if (
        raised > 0
        or not (free_old and free_new)
        or len(free_old) * len(free_new) > _ALL_PAIRS_LIMIT
    ):
        return chosen  # stricter matches asked for, nothing left on one side, or too many
    # Below that, the two must be each other's closest and the only ones left to ask
    # for something: "without requiring a complaint" ~ "without requiring cooperation".
    asked_old = Counter(a for i in free_old for a in old_asks[i])
    asked_new = Counter(a for j in free_new for a in new_asks[j])
    weaker = [
        c
        for c in _mutual_best(old_concept_bags, new_concept_bags, free_old, free_new)
        if c.similarity >= PARAPHRASE_MUTUAL_THRESHOLD
        and any(
            asked_old[a] == asked_new[a] == 1 for a in old_asks[c.old[0]] & new_asks[c.new[0]]
        )
    ]
    return chosen + _greedy(_named_alike(weaker, old, new))


def _asked(words: Sequence[str]) -> frozenset[str]:
    """What a recommendation asks for (:func:`~.paraphrases.asks`) in its comparison
    ``words``, the actions it names only as what another word is about aside: two action
    nouns joined ("the prosecution and protection provisions", "prosecution and victim
    protection data") before a word that is neither an action nor a function word name
    the areas that word covers, not a request to prosecute or protect; so do action
    nouns after a request for records ("a data system collecting statistics on victim
    identification and assistance and investigations, prosecutions, and convictions")."""
    qualifying = _recorded(words)
    for k, word in enumerate(words):
        if not _action_noun(word):
            continue
        # "X and Y", "X and victim Y", "X, Y, and Z": the last action noun of the run
        run, at = [k], k + 1
        while at + 1 < len(words) and words[at] in _JOINING:
            step = at + 1 if _action_noun(words[at + 1]) else at + 2
            if step >= len(words) or not _action_noun(words[step]):
                break
            run.append(step)
            at = step + 1
        if len(run) > 1 and at < len(words) and _names_a_thing(words[at]):
            qualifying.update(run)
    return asks(concept_words(w for k, w in enumerate(words) if k not in qualifying))


_JOINING = frozenset({"and", "or"})
_DATA = "data"


def _recorded(words: Sequence[str]) -> set[int]:
    """The positions of the action nouns after a word asking for records (the
    :mod:`.paraphrases` concept "data"): what the records are to cover, not a request."""
    asked_for_data = [k for k, word in enumerate(words) if _DATA in asks(concept_words([word]))]
    if not asked_for_data:
        return set()
    return {
        k for k in range(asked_for_data[0] + 1, len(words)) if _action_noun(words[k])
    }


def _action_noun(word: str) -> bool:
    """An action named as a noun ("prosecution", "protection", "identification",
    "assistance")."""
    return word.endswith(("ion", "ance")) and bool(asks(concept_words([word])))


def _names_a_thing(word: str) -> bool:
    """A word that says what is asked for other than an action ("provision", "data"):
    not an action, not a function word ("efforts")."""
    concepts = concept_words([word])
    return bool(concepts) and not asks(concepts)


def _same_request(
    old: Sequence[str],
    new: Sequence[str],
    old_bags: Sequence[_Bag],
    new_bags: Sequence[_Bag],
    matched: Sequence[_Candidate],
) -> list[_Candidate]:
    """Pairings of what the word pass left free that open with the same request: a run of
    :data:`OPENING_RUN` words or more outside a name that says what is asked and of whom
    (:func:`~.paraphrases.states_a_request`), the rest rewritten ("Expand efforts to train
    law enforcement, particularly on investigative tactics …" → "…, prosecutors, judges,
    and front-line personnel to understand …"). Each must be the other's only such item,
    and the two must name compatible bodies."""
    paired_old = {i for c in matched for i in c.old}
    paired_new = {j for c in matched for j in c.new}
    old_openings = {i: opening(old[i]) for i in range(len(old)) if i not in paired_old}
    new_openings = {j: opening(new[j]) for j in range(len(new)) if j not in paired_new}
    if len(old_openings) * len(new_openings) > _ALL_PAIRS_LIMIT:
        return []
    pairs = [
        (i, j)
        for i, old_opening in old_openings.items()
        for j, new_opening in new_openings.items()
        if _opens_with_same_request(old_opening, new_opening)
    ]
    old_partners = Counter(i for i, _ in pairs)
    new_partners = Counter(j for _, j in pairs)
    found = []
    for i, j in pairs:
        if old_partners[i] == new_partners[j] == 1:
            a, b = old_bags[i], new_bags[j]
            shared = _shared(a, b)
            similarity = 2 * shared / (a.total + b.total) if a.total + b.total else 0.0
            found.append(_Candidate(similarity, shared, (i,), (j,)))
    return _named_alike(found, old, new)


def _opens_with_same_request(a: Sequence[tuple[str, bool]], b: Sequence[tuple[str, bool]]) -> bool:
    """Whether two openings (:func:`~.openings.opening`) share a run of
    :data:`OPENING_RUN` words outside a name that states a request."""
    run: list[str] = []
    plain = 0
    for (word_a, outside), (word_b, _) in zip(a, b, strict=False):
        if word_a != word_b:
            break
        run.append(word_a)
        plain += outside
    return plain >= OPENING_RUN and states_a_request(run)


def _opened(
    old: Sequence[str],
    new: Sequence[str],
    cut: tuple[str | None, str | None],
    matched: Sequence[_Candidate],
    comparison_words: _ComparisonWords,
    weights: _Weights,
    threshold: float,
) -> dict[_Candidate, bool]:
    """The pairings of each list's cut item (``cut``, old and new) with the item of the
    other list it opens (:func:`~.cut_items.opening_match`) among the free ones naming
    compatible bodies, the other list's cut item one of them. A cut item is indexed one
    past its list's last item. Each pairing says whether the cut item opens the other
    word for word (:func:`~.cut_items.opens`)."""
    old_cut, new_cut = cut
    paired_old = {i for c in matched for i in c.old}
    paired_new = {j for c in matched for j in c.new}

    def opened(
        item: str, other: Sequence[str], paired: set[int], other_cut: str | None
    ) -> Opening | None:
        others = {
            k: (text, False)
            for k, text in enumerate(other)
            if k not in paired and compatible_texts((item,), (text,))
        }
        if other_cut is not None and compatible_texts((item,), (other_cut,)):
            others[len(other)] = (other_cut, True)
        return opening_match(item, others, comparison_words, weights, threshold)

    found: dict[_Candidate, bool] = {}
    if old_cut is not None and (best := opened(old_cut, new, paired_new, new_cut)):
        found[_Candidate(best.similarity, 0, (len(old),), (best.key,))] = best.word_for_word
    # the two cut items were tried together above
    if (
        new_cut is not None
        and not any(c.new == (len(new),) for c in found)
        and (best := opened(new_cut, old, paired_old, None))
    ):
        found[_Candidate(best.similarity, 0, (best.key,), (len(new),))] = best.word_for_word
    return found


def _continued(
    old: Sequence[str],
    new: Sequence[str],
    cut: tuple[str | None, str | None],
    paired_old: set[int],
    paired_new: set[int],
) -> dict[_Candidate, bool]:
    """The pairings of each list's cut item with the one free item of the other list that
    holds it word for word, after a lead of a few words or none (:func:`~.cut_items.continues`),
    naming compatible bodies: that item goes on where the cut broke it off, whatever
    whole item reads more like it ("Train judges …" shares "victim-centered" with
    "Continue to train prosecutors on trafficking, victim's rights, and victim-centered
    …", which the cut "Train prosecutors on trafficking, victim's" begins). Each says
    whether the cut item opens the other (no lead)."""
    found: dict[_Candidate, bool] = {}
    for item, other, paired, at_old in (
        (cut[0], new, paired_new, True),
        (cut[1], old, paired_old, False),
    ):
        if item is None:
            continue
        leads = {
            k: lead
            for k, text in enumerate(other)
            if k not in paired
            and (lead := continues(item, text)) is not None
            and compatible_texts((item,), (text,))
        }
        if len(leads) != 1:
            continue  # none, or a fragment two items hold: no better than chance
        ((k, lead),) = leads.items()
        if at_old:
            candidate = _Candidate(1.0, 0, (len(old),), (k,))
        else:
            candidate = _Candidate(1.0, 0, (k,), (len(new),))
        found[candidate] = lead == 0
    return found


def _mutual_best(
    old_bags: Sequence[_Bag], new_bags: Sequence[_Bag], olds: Sequence[int], news: Sequence[int]
) -> list[_Candidate]:
    """One-to-one pairs of ``olds`` and ``news`` each of which is the other's closest
    (highest similarity, the first among equals; none where nothing is shared)."""
    scores = {
        (i, j): 2 * shared / (old_bags[i].total + new_bags[j].total)
        for i in olds
        for j in news
        if old_bags[i].total + new_bags[j].total
        and (shared := _shared(old_bags[i], new_bags[j]))
    }
    best_old = {i: max(news, key=lambda j: scores.get((i, j), 0.0)) for i in olds}
    best_new = {j: max(olds, key=lambda i: scores.get((i, j), 0.0)) for j in news}
    return [
        _Candidate(scores[i, j], _shared(old_bags[i], new_bags[j]), (i,), (j,))
        for i, j in best_old.items()
        if (i, j) in scores and best_new[j] == i
    ]


def _named_alike(
    found: Sequence[_Candidate], old: Sequence[str], new: Sequence[str]
) -> list[_Candidate]:
    """The pairings whose two sides name compatible bodies (:func:`~.names.compatible_texts`):
    "… the State Migration Service to …" is not "… the Labor Inspectorate to …"."""
    return [
        c
        for c in found
        if compatible_texts([old[i] for i in c.old], [new[j] for j in c.new])
    ]


def _matched_entry(
    match: _Candidate,
    old: Sequence[str],
    new: Sequence[str],
    word_ops: _WordOps,
    *,
    opening: bool = False,
) -> RecommendationMatch:
    """The entry of a pairing: merged, split, carried (equal keys, or a cut item that
    opens the other word for word: ``opening``) or reworded."""
    old_text = " ".join(old[i] for i in match.old)
    new_text = " ".join(new[j] for j in match.new)
    if len(match.old) == 2:
        status = RecommendationStatus.MERGED
    elif len(match.new) == 2:
        status = RecommendationStatus.SPLIT
    elif opening or item_key(old_text) == item_key(new_text):
        status = RecommendationStatus.CARRIED
    else:
        status = RecommendationStatus.REWORDED
    return RecommendationMatch(
        status,
        tuple(old[i] for i in match.old),
        tuple(new[j] for j in match.new),
        tuple(i + 1 for i in match.old),
        tuple(j + 1 for j in match.new),
        word_ops[old_text, new_text],
        match.similarity,
    )


def _unmatched_entries(
    old: Sequence[str], new: Sequence[str], matched: Sequence[_Candidate]
) -> list[RecommendationMatch]:
    """The new items no pairing holds, then the dropped old ones."""
    paired_old = {i for c in matched for i in c.old}
    paired_new = {j for c in matched for j in c.new}
    entries = [
        RecommendationMatch(
            RecommendationStatus.NEW, (), (text,), (), (j + 1,), ((Op.INSERT, text),), 0.0
        )
        for j, text in enumerate(new)
        if j not in paired_new
    ]
    entries += [
        RecommendationMatch(
            RecommendationStatus.DROPPED, (text,), (), (i + 1,), (), ((Op.DELETE, text),), 0.0
        )
        for i, text in enumerate(old)
        if i not in paired_old
    ]
    return entries


def _two_to_one(
    many_bags: _Bags,
    one_bags: _Bags,
    many: Sequence[int],
    ones: Sequence[int],
    threshold: float,
    *,
    split: bool,
) -> list[_Candidate]:
    """Merges (two items of ``many`` → one of ``ones``), or splits when ``split``."""
    found: list[_Candidate] = []
    for j in ones:
        target = one_bags[j]
        # Only items that mostly sit inside the target can be half of a merge.
        inside = {i: _shared(many_bags[i], target) for i in many if many_bags[i].total}
        parts = [
            i for i in many if i in inside and inside[i] >= PART_THRESHOLD * many_bags[i].total
        ]
        if len(parts) > _MERGE_PARTS:  # keep the pairs tried per target bounded
            best = set(
                heapq.nlargest(
                    _MERGE_PARTS, parts, key=lambda i: (inside[i] / many_bags[i].total, -i)
                )
            )
            parts = [i for i in parts if i in best]
        for k, i1 in enumerate(parts):
            for i2 in parts[k + 1 :]:
                pair = [many_bags[i1], many_bags[i2]]
                if split:
                    s = _score_group([target], pair, threshold)
                else:
                    s = _score_group(pair, [target], threshold)
                if s is None:
                    continue
                if split:
                    found.append(_Candidate(s.similarity, s.shared, (j,), (i1, i2)))
                else:
                    found.append(_Candidate(s.similarity, s.shared, (i1, i2), (j,)))
    return found
