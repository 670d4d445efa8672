"""The cross-edition comparison of key figures (what align calls).

Rows, each a :class:`~tipdiff.model.FigureDelta` with its :class:`FigureBasis`:

* **editions** — each edition's own reporting-period figures of one metric, paired
  only like with like: the same unit ("66 investigations" is not "9 cases"), the same
  currency, the same recipient (referrals to a government shelter are not referrals
  to NGO-run shelters). When an edition gives several values of a metric for one
  period (one police unit's 313 investigations, another's 13 cases), which value
  follows which is not known: only equal values pair, and then the largest of each
  side (the total) when like with like; the others stand on their own, with no change
  to overstate. Consecutive editions' single counts pair in other words too ("3
  prosecutions" then, "45 defendants" now): one series, reworded from year to year.
* **new_edition** / **old_edition** — an edition's own year-on-year comparison: the
  prior-period value it restates ("compared with 14 cases in 2022", "(91 in 2019)")
  against its own, shown whether or not the other edition gives that period; in a
  series of years one sentence gives ("26 in 2019, compared with 11 in 2018, 17 in
  2017"), each year against the next; a value its sentence sets against the edition's
  own in other words ("62 individuals … an increase from 44 investigations") too.
* **check** — a prior-period value the new edition restates against the old
  edition's own figure for that period: consistent or revised. Revised only where it
  is unambiguous: the old edition gave one value of that metric and period, the new
  edition restates one, and the old edition never stated that number for the period
  under another metric ("1,600 suspected victims" then, "1,600 victims" now); where
  several agencies' counts stand side by side, a restated value equal to one of them
  is consistent and any other is left unchecked, so ``--fail-on figure-revision``
  never fires on a guess. A restated value with no year ("This is compared to
  initiating 313 investigations") is checked only when it equals the old edition's
  own figure: consistent. Victims and potential victims of one period are one count
  worded two ways ("25 alleged victims" then, "20 potential victims in 2017" now: the
  reports alternate the words) when neither edition gives both for that period: then
  the restated value is checked against the other wording's, in a row of the old
  edition's metric whose figures keep their own. An equal value in another count noun
  ("62 individuals" then, "62 investigations" now) is consistent. Where an edition gives
  one year two values, one of them the other edition's for the year next to it
  (:class:`Relabelled`: the same counts under shifted year labels), nothing of that
  count is called revised: values are matched a year apart.
* A comparison two rows would repeat (the same count, years and values) is shown once.
* Breakdowns are compared at the level both editions give: when one edition splits
  identified victims by sex *and* form ("85 female sex trafficking victims, five
  female forced labor …") and the other by form only, the form totals of the split
  are added up (only when the split adds up to the edition's total). A law-enforcement
  count an edition gives of one form only ("three labor trafficking investigations"), its
  only count of that metric and period and in a sentence that names no other form
  without its count, is also that period's total: it meets the other edition's count
  without the split ("three trafficking investigations"), and stands on its own once.

Every figure an edition gives is in at least one row, or repeats one that is (the
same metric, value and period stated twice, as in "convicting eight traffickers" and
later "Although the government convicted eight traffickers"): what pairs with
nothing stands on its own (one side None).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Figure, FigureBasis, FigureCheck, FigureDelta
from .metrics import (
    LE_METRICS,
    PER_CASE_METRICS,
    TRAFFICKING_FORMS,
    home_section,
    metric_order,
    other_wording,
    victim_breakdown,
)

#: What pairs two figures besides their period: (metric, measure, recipient).
_Key = tuple[str, str, str]

_BASIS_ORDER = {
    FigureBasis.EDITIONS: 0,
    FigureBasis.NEW_EDITION: 1,
    FigureBasis.CHECK: 2,
    FigureBasis.OLD_EDITION: 3,
}

# Who received a referral, a place in a shelter or assistance: said in the figure's clause.
_RECIPIENT_METRICS = ("victims_referred", "victims_sheltered", "victims_assisted")
_NGO = re.compile(r"\bNGOs?\b|\bnon-?governmental|\bcivil society|\bprivate\b", re.IGNORECASE)
_GOVERNMENT = re.compile(
    r"\b(?:government|state|ministry|municipal)[- ](?:run|funded|operated|owned)\b"
    r"|\b[A-Z]{2,6}-(?:run|operated)\b"
)
_CLAUSE_END = re.compile(r"[;(]|\.\s")


def compare_figures(
    old: Sequence[Figure],
    new: Sequence[Figure],
    *,
    old_period: int | None = None,
    new_period: int | None = None,
) -> tuple[FigureDelta, ...]:
    """Pair the key figures of two editions (see the module docstring for the rows).

    Rows follow :data:`METRICS` order; for one metric: the editions' row, the new
    edition's own comparison, the checks from the latest period back, the old
    edition's own comparison.
    """
    old_period = old_period if old_period is not None else _own_period(old)
    new_period = new_period if new_period is not None else _own_period(new)
    old_unsplit, new_unsplit = _unsplit_totals(old), _unsplit_totals(new)
    old_all, old_repeats = _without_repeats(
        [*old, *_form_totals(old, new), *(total for total, _ in old_unsplit)]
    )
    new_all, new_repeats = _without_repeats(
        [*new, *_form_totals(new, old), *(total for total, _ in new_unsplit)]
    )
    old_clashes = _clashing_years(old_all, old_period)
    new_clashes = _clashing_years(new_all, new_period)
    relabelled = _relabelled(old_all, new_all, old_clashes, new_clashes)
    new_within = _within_rows(
        new_all,
        new_period,
        FigureBasis.NEW_EDITION,
        new_clashes,
        [r.values for r in relabelled if r.in_new],
    )
    old_within = _within_rows(
        old_all,
        old_period,
        FigureBasis.OLD_EDITION,
        old_clashes,
        [r.values for r in relabelled if not r.in_new],
    )
    # a figure of one edition only that its own comparison shows is not shown twice
    compared = {id(row.new) for row in (*new_within, *old_within)}
    editions = [
        row
        for row in _edition_rows(old_all, new_all, old_period, new_period)
        if not (row.old is None or row.new is None) or id(row.old or row.new) not in compared
    ]
    # a row that repeats another (the same count, years and values: the editions' own
    # and the new edition's year on year, or both editions' year on year) is shown once
    kept, repeated = _once([*editions, *new_within, *old_within])
    rows = [
        *kept,
        *_check_rows(old_all, new_all, old_period, new_period, {_key(r.values[0]) for r in relabelled}),
    ]
    rows, parts = _unsplit_once(rows, [*old_unsplit, *new_unsplit])
    repeats = {id(f) for f in (*old_repeats, *new_repeats, *repeated)} | parts
    rows.extend(_unpaired(old, new, rows, repeats))
    rows.sort(key=_row_order)
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class Relabelled:
    """A year an edition gives two values of one count, one of them the value the other
    edition gives for the year before or after: the same count under another year's
    label. The 2021 text "a decrease from the 1,313 victims it identified in the
    previous reporting period [2019], … compared with 780 in 2019", the 2020 text "780
    victims … in the previous reporting period [2018]"."""

    in_new: bool  # the new edition gives the year twice (else the old one)
    values: tuple[Figure, ...]  # its values of that year
    other: Figure  # the other edition's equal value, a year apart


def _relabelled(
    old: Sequence[Figure],
    new: Sequence[Figure],
    old_clashes: Sequence[tuple[Figure, ...]],
    new_clashes: Sequence[tuple[Figure, ...]],
) -> list[Relabelled]:
    """The :class:`Relabelled` years of both editions, from the values of each year it
    gives twice (:func:`_clashing_years`: ``old_clashes`` and ``new_clashes``)."""
    found = []
    for in_new, clashes, other in ((True, new_clashes, old), (False, old_clashes, new)):
        for values in clashes:
            year = values[0].period
            assert year is not None
            elsewhere = next(
                (
                    o
                    for f in values
                    for o in other
                    if o.period in (year - 1, year + 1)
                    and _count_key(o) == _count_key(f)
                    and _same_value(o, f)
                    and not any(g.period == year and _same(g, o) for g in other)
                ),
                None,
            )
            if elsewhere is not None:
                found.append(Relabelled(in_new, values, elsewhere))
    return found


def _clashing_years(figures: Sequence[Figure], period: int | None) -> list[tuple[Figure, ...]]:
    """The values of each year an edition gives two values of one count in one
    sentence, more than it gives of its own period. Parallel series ("43 … and four …
    in 2014, compared with 114 and five, respectively, in 2013") are no clash: the
    edition gives as many values of its own period; nor are prison terms, one a case."""
    own: dict[_Key, set[tuple[float, float | None]]] = {}
    restated: dict[tuple[_Key, int, int], list[Figure]] = {}
    for figure in figures:
        if figure.metric in PER_CASE_METRICS:
            continue
        if not figure.restated and figure.period == period:
            own.setdefault(_key(figure), set()).add((figure.value, figure.value_high))
        elif figure.restated and figure.period is not None and figure.period != period:
            restated.setdefault((_key(figure), figure.period, figure.sentence_index), []).append(figure)
    return [
        tuple(given)
        for (key, _, _), given in restated.items()
        if len({(f.value, f.value_high) for f in given}) > max(1, len(own.get(key, ())))
    ]


def _once(rows: Sequence[FigureDelta]) -> tuple[list[FigureDelta], list[Figure]]:
    """``rows`` with each comparison shown once, and the figures of the rows left out.
    Of rows that compare the same count, years and values, the first in like words
    ("62 investigations → 3 investigations" rather than "62 individuals → 3
    investigations") is kept, else the first."""
    groups: dict[tuple[object, ...], list[FigureDelta]] = {}
    for row in rows:
        if row.old is None or row.new is None:
            groups[("alone", id(row))] = [row]
        else:
            groups.setdefault(_row_values(row), []).append(row)
    kept_ids = {
        id(next((r for r in same if _in_like_words(r)), same[0])) for same in groups.values()
    }
    kept = [row for row in rows if id(row) in kept_ids]
    left = [f for row in rows if id(row) not in kept_ids for f in (row.old, row.new) if f is not None]
    return kept, left


def _in_like_words(row: FigureDelta) -> bool:
    return row.old is not None and row.new is not None and _key(row.old) == _key(row.new)


def _row_values(row: FigureDelta) -> tuple[object, ...]:
    return tuple(
        None if f is None else (_count_key(f), f.period, f.value, f.value_high) for f in (row.old, row.new)
    )


def _own_period(figures: Sequence[Figure]) -> int | None:
    """The commonest period of an edition's own (not restated) figures."""
    periods = Counter(f.period for f in figures if not f.restated and f.period is not None)
    if not periods:
        return None
    return max(periods, key=lambda p: (periods[p], p))


def _without_repeats(figures: Sequence[Figure]) -> tuple[list[Figure], list[Figure]]:
    """An edition's figures with each repeated one kept once (the one in the metric's
    home section, else the first), and the repeats."""
    kept: dict[tuple[_Key, float, float | None, int | None, bool], Figure] = {}
    for figure in _in_order(figures):
        kept.setdefault(_repeat_key(figure), figure)
    first = {id(f) for f in kept.values()}
    return [f for f in figures if id(f) in first], [f for f in figures if id(f) not in first]


def _repeat_key(figure: Figure) -> tuple[_Key, float, float | None, int | None, bool]:
    return _key(figure), figure.value, figure.value_high, figure.period, figure.restated


def _key(figure: Figure) -> _Key:
    """(metric, measure, recipient): the recipient "ngo" or "government" when the
    figure's clause says who received the victims (of a referral, a shelter, help)."""
    metric = figure.metric
    measure = "money:" + figure.currency if figure.currency else (figure.unit or "")
    if metric.startswith(_RECIPIENT_METRICS):
        return metric, measure, _recipient_in_clause(figure.sentence, figure.quote)
    return metric, measure, ""


def _count_key(figure: Figure) -> _Key:
    """What pairs one count worded two ways ("62 individuals" then, "62 investigations"
    now): the key without the count noun; money keeps its currency, a prison term its
    unit."""
    metric, measure, recipient = _key(figure)
    if figure.currency or metric in PER_CASE_METRICS:
        return metric, measure, recipient
    return metric, "", recipient


@functools.lru_cache(maxsize=1024)  # a figure's key is asked for by every kind of row
def _recipient_in_clause(sentence: str, quote: str) -> str:
    at = max(sentence.find(quote), 0)
    start = max(sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at)) + 1
    end = _CLAUSE_END.search(sentence, at + len(quote))
    clause = sentence[start : end.start() if end else len(sentence)]
    if _NGO.search(clause):
        return "ngo"
    if _GOVERNMENT.search(clause):
        return "government"
    return ""


def _in_order(figures: Iterable[Figure]) -> list[Figure]:
    """An edition's figures: the one in the metric's home section first, then in text order."""
    return sorted(figures, key=lambda f: (f.section != home_section(f.metric), f.sentence_index))


def _edition_rows(
    old: Sequence[Figure], new: Sequence[Figure], old_period: int | None, new_period: int | None
) -> list[FigureDelta]:
    """Each edition's own reporting-period figures, paired by key; where an edition
    gives several values of one metric, only equal ones and the largest (see the module
    docstring), and for values of different cases (prison terms) only equal ones. One
    value a side in consecutive years pairs even in other words ("3 prosecutions",
    "45 defendants"): consecutive editions carry one series, reworded from year to year
    (the next edition restates "62 individuals" as "62 investigations")."""
    old_own = _by_metric(f for f in old if not f.restated and f.period == old_period)
    new_own = _by_metric(f for f in new if not f.restated and f.period == new_period)
    consecutive = old_period is not None and new_period is not None and new_period - old_period == 1
    rows = []
    for metric in dict.fromkeys((*old_own, *new_own)):
        olds = _in_order(old_own.get(metric, ()))
        news = _in_order(new_own.get(metric, ()))
        if max(len(olds), len(news)) > 1:
            paired = _equal_pairs(olds, news, largest=metric not in PER_CASE_METRICS)
        else:
            paired = _like_pairs(olds, news, other_words=consecutive)
        if len(paired) == 1 and _renamed_by(paired[0][0], old, new, new_period):
            paired = [(paired[0][0], None), (None, paired[0][1])]
        for old_figure, new_figure in paired:
            shown = new_figure or old_figure
            if shown is not None:  # every pair holds one at least
                rows.append(FigureDelta(metric, shown.period, old_figure, new_figure))
    return rows


def _renamed_by(
    old_figure: Figure | None, old: Sequence[Figure], new: Sequence[Figure], new_period: int | None
) -> bool:
    """True when the new edition restates the old edition's figure in the metric's other
    wording (:func:`other_wording`) and gives its own value under that wording:
    "identified 199 potential victims" then, "identified 42 trafficking victims in 2021,
    compared with 199 victims identified in 2020" now. The new edition carries that
    count on under the other name, so its own figure of the first name ("an additional
    174 potential trafficking victims") is another count, not the next value. Not when
    either edition counts both wordings for that year: two counts, equal by chance."""
    if old_figure is None:
        return False
    twin = other_wording(old_figure.metric)
    if twin is None:
        return False
    period = old_figure.period
    if any(f.metric == twin and f.period == period for f in old) or any(
        f.metric == old_figure.metric and f.period == period for f in new
    ):
        return False
    restated = any(
        f.restated and f.metric == twin and f.period == old_figure.period and _same_value(f, old_figure)
        for f in new
    )
    return restated and any(f.metric == twin and not f.restated and f.period == new_period for f in new)


def _by_metric(figures: Iterable[Figure]) -> dict[str, list[Figure]]:
    """Figures by metric, each list and the metrics in the order given."""
    grouped: dict[str, list[Figure]] = {}
    for figure in figures:
        grouped.setdefault(figure.metric, []).append(figure)
    return grouped


def _like_pairs(
    olds: Sequence[Figure], news: Sequence[Figure], *, other_words: bool = False
) -> list[tuple[Figure | None, Figure | None]]:
    """One value a side at most: a pair when like with like (or, if ``other_words``,
    one count in other words), else each on its own."""
    pair = _key if not other_words else _count_key
    if olds and news and pair(olds[0]) == pair(news[0]):
        return [(olds[0], news[0])]
    return [*((f, None) for f in olds), *((None, f) for f in news)]


def _equal_pairs(
    olds: Sequence[Figure], news: Sequence[Figure], *, largest: bool
) -> list[tuple[Figure | None, Figure | None]]:
    """Several values of one metric: which old one a new one follows is not known, so
    only equal values are paired (like with like), then, if ``largest``, the largest
    left of each side when like with like; where one side gives one count, that is its
    total, and it pairs with the other side's largest in its words ("one investigation"
    beside "seven pimping cases" and "22 cases" follows "three investigations"). The
    others are each edition's alone."""
    waiting = list(olds)
    pairs: list[tuple[Figure | None, Figure | None]] = []
    for new_figure in news:
        same = next((f for f in waiting if _same(f, new_figure)), None)
        if same is not None:
            waiting.remove(same)
        pairs.append((same, new_figure))
    lone_news = [n for o, n in pairs if o is None and n is not None]
    if largest and waiting and lone_news:
        old_top, new_top = max(waiting, key=_size), max(lone_news, key=_size)
        if len(olds) == 1 and not old_top.currency:
            new_top = _largest_like(lone_news, old_top, new_top)
        elif len(news) == 1 and not new_top.currency:
            old_top = _largest_like(waiting, new_top, old_top)
        if _key(old_top) == _key(new_top):
            waiting.remove(old_top)
            pairs = [(old_top, n) if n is new_top else (o, n) for o, n in pairs]
    pairs.extend((old_figure, None) for old_figure in waiting)
    return pairs


def _largest_like(figures: Sequence[Figure], like: Figure, otherwise: Figure) -> Figure:
    """The largest of ``figures`` in the words of ``like`` (else ``otherwise``)."""
    return max((f for f in figures if _key(f) == _key(like)), key=_size, default=otherwise)


def _size(figure: Figure) -> float:
    return figure.value_high if figure.value_high is not None else figure.value


def _same(a: Figure, b: Figure) -> bool:
    return _key(a) == _key(b) and _same_value(a, b)


def _same_value(a: Figure, b: Figure) -> bool:
    return (a.value, a.value_high) == (b.value, b.value_high)


def _within_rows(
    figures: Sequence[Figure],
    period: int | None,
    basis: FigureBasis,
    clashes: Iterable[Sequence[Figure]],
    relabelled: Iterable[Sequence[Figure]] = (),
) -> list[FigureDelta]:
    """One edition's own comparison, year on year: each restated prior value against
    the next year its sentence gives ("26 investigations in 2019, compared with 11 in
    2018, 17 in 2017" is 17 → 11 → 26, not 17 → 26), else against its own figure. A
    year the edition gives two values of in one sentence (``clashes``, see
    :func:`_clashing_years`) is no year to compare with: which of its values is that
    year's is not known; and when one of them is another year's (``relabelled``: the
    values of such years, see :class:`Relabelled`), the year is in no row."""
    own = _by_metric(f for f in figures if not f.restated and f.period == period)
    unsure = {(_key(values[0]), values[0].period) for values in clashes}
    mislabelled = {(_key(values[0]), values[0].period) for values in relabelled}
    rows = []
    for figure in figures:
        if not figure.restated or figure.period is None or figure.period == period:
            continue
        if (_key(figure), figure.period) in mislabelled:
            continue
        later = _next_in_series(figure, figures, period)
        current = _compared_with(figure, later or own.get(figure.metric, []))
        if current is None or (_key(current), current.period) in unsure:
            continue
        rows.append(FigureDelta(figure.metric, current.period, figure, current, basis=basis))
    return rows


def _next_in_series(earlier: Figure, figures: Sequence[Figure], period: int | None) -> list[Figure]:
    """The values of ``earlier``'s metric its sentence restates for the next year after
    its own, before the edition's ``period``: [] when the next is the edition's own.
    Only its sentence: another sentence's value of a year may be another agency's."""
    series = [
        f
        for f in figures
        if f.restated
        and f.metric == earlier.metric
        and f.sentence_index == earlier.sentence_index
        and f.period is not None
        and (earlier.period or 0) < f.period
        and (period is None or f.period < period)
    ]
    nearest = min((f.period for f in series if f.period is not None), default=None)
    return [f for f in series if f.period == nearest]


def _compared_with(earlier: Figure, own: Sequence[Figure]) -> Figure | None:
    """The own figure an earlier value is compared with: like with like, and when the
    edition gives several values of the metric, the one in the same sentence ("313
    investigations, compared with 227 cases in the previous fiscal year" is not set
    against another unit's 13 cases). A value its sentence sets against the edition's
    own in other words ("investigated 62 individuals … an increase from 44
    investigations in 2017") is compared with it: the edition compares them itself."""
    ordered = _in_order(own)
    key = _key(earlier)
    like = [f for f in ordered if _key(f) == key]
    if len(own) > 1:
        like = [f for f in like if f.sentence_index == earlier.sentence_index]
    if not like:
        count_key = _count_key(earlier)
        like = [
            f
            for f in ordered
            if f.sentence_index == earlier.sentence_index and _count_key(f) == count_key
        ]
    return like[0] if like else None


def _check_rows(
    old: Sequence[Figure],
    new: Sequence[Figure],
    old_period: int | None,
    new_period: int | None,
    relabelled: Iterable[_Key] = (),
) -> list[FigureDelta]:
    """The new edition's restated values set against the old edition's own figure (an
    undated one only against an equal own figure of the old edition's period). The
    same value in other words ("62 individuals" then, "62 investigations" now) is
    consistent. Of a count an edition gives under another year's label (``relabelled``,
    see :class:`Relabelled`) nothing is called revised: a value is matched with the
    other edition's equal one a year apart ("780 in 2019" now, "780 … in the previous
    reporting period", 2018, then): the same count under another year."""
    shifted = set(relabelled)
    old_ordered = _in_order(old)
    old_by_period: dict[tuple[_Key, int | None], list[Figure]] = {}
    for figure in old_ordered:
        old_by_period.setdefault((_key(figure), figure.period), []).append(figure)
    restated: Counter[tuple[_Key, int | None]] = Counter(
        (_key(f), f.period) for f in new if f.restated and f.period is not None
    )
    # every number the old edition gave for a period, under whatever metric: the same
    # number restated ("1,600 suspected victims" then, "1,600 victims" now) is no revision
    stated = {(f.period, f.value, f.value_high) for f in old}
    rows = []
    checked: set[int] = set()  # old figures a restated value was found equal to
    seen: set[tuple[_Key, int]] = set()
    for figure in new:
        if not figure.restated:
            continue
        if figure.period is None:
            rows.extend(_undated_check(figure, _of_period(old_ordered, figure, old_period)))
            continue
        if figure.period == new_period:
            continue
        key = _key(figure)
        equal = _equal_in_old(figure, old_ordered, checked, new, shifted=key in shifted)
        if equal is not None:
            checked.add(id(equal))
            seen.add((key, figure.period))
            rows.append(
                FigureDelta(equal.metric, figure.period, equal, figure, FigureCheck.CONSISTENT, FigureBasis.CHECK)
            )
            continue
        if key in shifted:
            continue
        candidates = old_by_period.get((key, figure.period), []) or _reworded(
            figure, old_by_period, new
        )
        if not candidates or (key, figure.period) in seen:
            continue
        owns = [f for f in candidates if not f.restated] or candidates[:1]
        same = next((f for f in owns if _same_value(f, figure)), None)
        if same is not None:
            check, own = FigureCheck.CONSISTENT, same
        elif (
            len({(f.value, f.value_high) for f in owns}) == 1
            and restated[key, figure.period] == 1
            and (figure.period, figure.value, figure.value_high) not in stated
        ):
            check, own = FigureCheck.REVISED, owns[0]
        else:
            # Several counts of one period on a side (one agency's, another's): which
            # the new edition restates is not known, so none is called revised.
            continue
        seen.add((key, figure.period))
        # a count the editions word differently is shown under the old edition's name
        rows.append(FigureDelta(own.metric, figure.period, own, figure, check, FigureBasis.CHECK))
    return rows


def _equal_in_old(
    figure: Figure,
    old_ordered: Sequence[Figure],
    checked: set[int],
    new: Sequence[Figure],
    *,
    shifted: bool,
) -> Figure | None:
    """The old edition's figure (``old_ordered``: its figures :func:`_in_order`) a
    restated value equals: of its year (its own before one it restates, the same words
    before others), else, if ``shifted``, of a year next to it that the new edition gives
    no equal value of."""
    years: list[int | None] = [figure.period]
    if shifted and figure.period is not None:
        given = {f.period for f in new if _count_key(f) == _count_key(figure) and _same_value(f, figure)}
        years += [y for y in (figure.period - 1, figure.period + 1) if y not in given]
    for year in years:
        equal = [
            f
            for f in old_ordered
            if f.period == year
            and _same_value(f, figure)
            and id(f) not in checked
            and _one_count(f, figure)
        ]
        equal.sort(key=lambda f: (f.restated, _key(f) != _key(figure)))
        if equal:
            return equal[0]
    return None


def _one_count(a: Figure, b: Figure) -> bool:
    """Whether two figures count alike (:func:`_count_key`), one of them perhaps without
    saying who received the victims: "referred 30 victims … to shelters" then, "compared
    to 30" beside "37 victims to government and NGO shelters" now."""
    (metric_a, measure_a, recipient_a), (metric_b, measure_b, recipient_b) = _count_key(a), _count_key(b)
    return (metric_a, measure_a) == (metric_b, measure_b) and (
        recipient_a == recipient_b or not (recipient_a and recipient_b)
    )


def _of_period(old_ordered: Sequence[Figure], figure: Figure, period: int | None) -> list[Figure]:
    """The old edition's figures (:func:`_in_order`) of one count and period, in whatever
    words."""
    return [f for f in old_ordered if f.period == period and _count_key(f) == _count_key(figure)]


def _reworded(
    figure: Figure,
    old_by_period: dict[tuple[_Key, int | None], list[Figure]],
    new: Sequence[Figure],
) -> list[Figure]:
    """The old edition's figures of a restated value's period under the metric's other
    wording ("25 alleged victims" then, "20 potential victims in 2017" now: victims and
    potential victims, see :func:`other_wording`), when neither edition gives both
    metrics for that period: then they are one count, named two ways."""
    twin = other_wording(figure.metric)
    if twin is None:
        return []
    period = figure.period
    if any(f.metric == twin and f.period == period for f in new) or any(
        key[0] == figure.metric and of == period for key, of in old_by_period
    ):
        return []  # an edition counts both: two counts, not one reworded
    _, measure, recipient = _key(figure)
    return old_by_period.get(((twin, measure, recipient), period), [])


def _undated_check(figure: Figure, candidates: Sequence[Figure]) -> list[FigureDelta]:
    """A restated value with no year, when it equals the old edition's own figure of
    its period: the same count, consistent (another value may be of another period)."""
    own = next((f for f in candidates if not f.restated and _same_value(f, figure)), None)
    if own is None:
        return []
    return [FigureDelta(figure.metric, own.period, own, figure, FigureCheck.CONSISTENT, FigureBasis.CHECK)]


def _unpaired(
    old: Sequence[Figure],
    new: Sequence[Figure],
    rows: Sequence[FigureDelta],
    repeats: set[int],
) -> list[FigureDelta]:
    """A row of its own for every figure no other row shows and that repeats none."""
    shown = repeats | {id(f) for row in rows for f in (row.old, row.new) if f is not None}
    return [
        *(FigureDelta(f.metric, f.period, f, None) for f in old if id(f) not in shown),
        *(FigureDelta(f.metric, f.period, None, f) for f in new if id(f) not in shown),
    ]


def _row_order(row: FigureDelta) -> tuple[int, str, str, str, int, int, int]:
    figure = row.new or row.old
    assert figure is not None
    _, measure, recipient = _key(figure)
    return (
        metric_order(row.metric),
        row.metric,
        measure,
        recipient,
        _BASIS_ORDER[row.basis],
        -(row.period or 0),
        figure.sentence_index,
    )


def _unsplit_totals(figures: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Law-enforcement counts an edition gives of one form of trafficking only, read as
    their metric's total, each with the form's figure it is read from: "compared with
    initiating three labor trafficking investigations in the previous reporting period"
    is that period's investigations when the edition gives no other count of
    investigations for it (the other edition may say "three trafficking
    investigations")."""
    # one count stated twice is one; two in one sentence ("one adult sex trafficking case
    # and one child sex trafficking case") are two
    in_sentence = Counter(
        (_FORM_OF.get(f.metric, f.metric), *_period_of(f), f.metric, f.value, f.value_high, f.sentence_index)
        for f in figures
    )
    times: dict[tuple[object, ...], int] = {}
    for key, n in in_sentence.items():
        times[key[:-1]] = max(times.get(key[:-1], 0), n)
    counts: Counter[tuple[object, ...]] = Counter()
    for value, n in times.items():
        counts[value[:3]] += n
    counted_forms = {(f.sentence_index, form) for f in figures for form in _forms(f.metric)}
    totals: list[tuple[Figure, Figure]] = []
    for figure in figures:
        of = _FORM_OF.get(figure.metric)
        if of is None or counts[of, *_period_of(figure)] != 1:
            continue
        # "… defendants for sex trafficking and two defendants for labor trafficking":
        # a form the sentence names without its count is a part the total leaves out
        if any(
            words.search(figure.sentence) and (figure.sentence_index, form) not in counted_forms
            for form, words in _FORM_WORDS.items()
        ):
            continue
        totals.append((dataclasses.replace(figure, metric=of), figure))
    return totals


def _unsplit_once(
    rows: Sequence[FigureDelta], unsplit: Sequence[tuple[Figure, Figure]]
) -> tuple[list[FigureDelta], set[int]]:
    """``rows`` without what the totals of :func:`_unsplit_totals` repeat: a total
    standing alone (its form's count stands for it), a row of two such totals read from
    counts of one form (those counts compare like with like), and a form's count standing
    alone once a row compares its total; and the ids of those counts."""
    part_of = {id(total): part for total, part in unsplit}
    compared = {id(f) for row in rows if row.old and row.new for f in (row.old, row.new)}
    parts = {id(part) for total, part in unsplit if id(total) in compared}
    kept = []
    for row in rows:
        if (row.old is None or row.new is None) and {id(row.old), id(row.new)} & (
            parts | part_of.keys()
        ):
            continue
        old_part, new_part = part_of.get(id(row.old)), part_of.get(id(row.new))
        if old_part is not None and new_part is not None and old_part.metric == new_part.metric:
            continue
        kept.append(row)
    return kept, parts


def _period_of(figure: Figure) -> tuple[int | None, bool]:
    """A figure's period, for a text that states no years whether it is an earlier one."""
    return figure.period, figure.period is None and figure.restated


def _forms(metric: str) -> list[str]:
    """The forms of trafficking a metric counts ("convictions_labor_trafficking")."""
    return [form for form in TRAFFICKING_FORMS if metric.endswith(form)]


#: A law-enforcement count of one form of trafficking → the count it is a part of.
_FORM_OF = {f"{metric}_{form}": metric for metric in LE_METRICS for form in TRAFFICKING_FORMS}
#: The words that name each form of trafficking in a sentence.
_FORM_WORDS = {
    "sex_trafficking": re.compile(
        r"\bsex(?:ual)?\s+(?:trafficking|exploitation)|\bforced\s+prostitution", re.IGNORECASE
    ),
    "labor_trafficking": re.compile(r"\blabou?r\s+trafficking|\bforced\s+labou?r", re.IGNORECASE),
}


def _form_totals(figures: Sequence[Figure], other: Sequence[Figure]) -> list[Figure]:
    """Identified victims by form of trafficking, added up from a split by sex (or
    age) and form, for the forms the other edition gives as totals and this one does
    not — only where the split adds up to the edition's total for that period."""
    wanted = {f.metric for f in other if f.metric in _FORM_TOTALS}
    if not wanted:
        return []
    totals: list[Figure] = []
    for period in {f.period for f in figures}:
        here = [f for f in figures if f.period == period]
        total = next((f for f in here if f.metric == "victims_identified"), None)
        parts = [f for f in here if _is_group_and_form(f.metric)]
        if total is None or not parts or sum(p.value for p in parts) != total.value:
            continue
        given = {f.metric for f in here}
        for form in TRAFFICKING_FORMS:
            metric = f"victims_{form}"
            of_form = [p for p in parts if p.metric.endswith(form)]
            if metric in wanted and metric not in given and of_form:
                first = of_form[0]
                totals.append(
                    Figure(
                        metric=metric,
                        value=sum(p.value for p in of_form),
                        unit=first.unit,
                        currency=None,
                        period=period,
                        section=first.section,
                        sentence=first.sentence,
                        sentence_index=first.sentence_index,
                        quote=" + ".join(p.quote for p in of_form),
                        restated=first.restated,
                        at=first.at,
                    )
                )
    return totals


_FORM_TOTALS = frozenset(f"victims_{form}" for form in TRAFFICKING_FORMS)


@functools.lru_cache(maxsize=256)
def _is_group_and_form(metric: str) -> bool:
    group, scope, form = victim_breakdown(metric) if metric.startswith("victims_") else (None, None, None)
    return group is not None and scope is None and form is not None
