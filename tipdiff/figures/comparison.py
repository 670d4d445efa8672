"""The cross-edition comparison of key figures (what align calls).

Rows, each a :class:`~tipdiff.model.FigureDelta` with its :class:`FigureBasis`:

* **editions** — each edition's own reporting-period figures of one metric, paired
  only like with like: the same unit ("66 investigations" is not "9 cases"), the same
  currency, the same recipient (referrals to a government shelter are not referrals
  to NGO-run shelters). When an edition gives a metric twice for one period, every
  figure gets a row (paired in order, the one in the metric's home section first).
* **new_edition** / **old_edition** — an edition's own year-on-year comparison: the
  prior-period value it restates ("compared with 14 cases in 2022", "(91 in 2019)")
  against its own, shown whether or not the other edition gives that period.
* **check** — a prior-period value the new edition restates against the old
  edition's own figure for that period: consistent or revised.
* Breakdowns are compared at the level both editions give: when one edition splits
  identified victims by sex *and* form ("85 female sex trafficking victims, five
  female forced labor …") and the other by form only, the form totals of the split
  are added up (only when the split adds up to the edition's total).

Every figure an edition gives is in at least one row: what pairs with nothing stands
on its own (one side None).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..model import Figure, FigureBasis, FigureCheck, FigureDelta
from .metrics import (
    PER_CASE_METRICS,
    TRAFFICKING_FORMS,
    home_section,
    metric_order,
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
    old_all = [*old, *_form_totals(old, new)]
    new_all = [*new, *_form_totals(new, old)]
    rows = [
        *_edition_rows(old_all, new_all, old_period, new_period),
        *_within_rows(new_all, new_period, FigureBasis.NEW_EDITION),
        *_check_rows(old_all, new_all, new_period),
        *_within_rows(old_all, old_period, FigureBasis.OLD_EDITION),
    ]
    rows.extend(_unpaired(old, new, rows))
    rows.sort(key=_row_order)
    return tuple(rows)


def _own_period(figures: Sequence[Figure]) -> int | None:
    """The commonest period of an edition's own (not restated) figures."""
    periods = Counter(f.period for f in figures if not f.restated and f.period is not None)
    if not periods:
        return None
    return max(periods, key=lambda p: (periods[p], p))


def _key(figure: Figure) -> _Key:
    measure = "money:" + figure.currency if figure.currency else (figure.unit or "")
    return figure.metric, measure, _recipient(figure)


def _recipient(figure: Figure) -> str:
    """"ngo" or "government" when the figure's clause says who received the victims."""
    if not figure.metric.startswith(_RECIPIENT_METRICS):
        return ""
    return _recipient_in_clause(figure.sentence, figure.quote)


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
    """An edition's figures of one key: the one in the metric's home section first."""
    return sorted(figures, key=lambda f: (f.section != home_section(f.metric), f.sentence_index))


def _grouped(figures: Iterable[Figure]) -> dict[_Key, list[Figure]]:
    groups: dict[_Key, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(_key(figure), []).append(figure)
    return {key: _in_order(group) for key, group in groups.items()}


def _edition_rows(
    old: Sequence[Figure], new: Sequence[Figure], old_period: int | None, new_period: int | None
) -> list[FigureDelta]:
    """Each edition's own reporting-period figures, paired by key and in order; where an
    edition gives several values of different cases (prison terms), only equal ones."""
    old_own = _grouped(f for f in old if not f.restated and f.period == old_period)
    new_own = _grouped(f for f in new if not f.restated and f.period == new_period)
    rows = []
    for key in {**old_own, **new_own}:
        olds, news = old_own.get(key, []), new_own.get(key, [])
        of_cases = key[0] in PER_CASE_METRICS and max(len(olds), len(news)) > 1
        paired = _equal_pairs(olds, news) if of_cases else itertools.zip_longest(olds, news)
        for old_figure, new_figure in paired:
            shown = new_figure or old_figure
            if shown is not None:  # every pair holds one at least
                rows.append(FigureDelta(key[0], shown.period, old_figure, new_figure))
    return rows


def _equal_pairs(
    olds: Sequence[Figure], news: Sequence[Figure]
) -> list[tuple[Figure | None, Figure | None]]:
    """Values of different cases: which old one a new one follows is not known, so
    only equal values are paired and the others are each edition's alone."""
    waiting = list(olds)
    pairs: list[tuple[Figure | None, Figure | None]] = []
    for new_figure in news:
        same = next((f for f in waiting if _same_value(f, new_figure)), None)
        if same is not None:
            waiting.remove(same)
        pairs.append((same, new_figure))
    pairs.extend((old_figure, None) for old_figure in waiting)
    return pairs


def _same_value(a: Figure, b: Figure) -> bool:
    return (a.value, a.value_high) == (b.value, b.value_high)


def _within_rows(
    figures: Sequence[Figure], period: int | None, basis: FigureBasis
) -> list[FigureDelta]:
    """One edition's own comparison: each restated prior value against its own figure."""
    own = _grouped(f for f in figures if not f.restated and f.period == period)
    rows = []
    for figure in figures:
        if not figure.restated or figure.period is None or figure.period == period:
            continue
        current = own.get(_key(figure))
        if current:
            rows.append(FigureDelta(figure.metric, current[0].period, figure, current[0], basis=basis))
    return rows


def _check_rows(
    old: Sequence[Figure], new: Sequence[Figure], new_period: int | None
) -> list[FigureDelta]:
    """The new edition's restated values set against the old edition's own figure."""
    old_by_period: dict[tuple[_Key, int | None], list[Figure]] = {}
    for figure in _in_order(old):
        old_by_period.setdefault((_key(figure), figure.period), []).append(figure)
    rows = []
    seen: set[tuple[_Key, int]] = set()
    for figure in new:
        if not figure.restated or figure.period is None or figure.period == new_period:
            continue
        key = _key(figure)
        candidates = old_by_period.get((key, figure.period), [])
        if not candidates or (key, figure.period) in seen:
            continue
        seen.add((key, figure.period))
        own = next((f for f in candidates if not f.restated), candidates[0])
        same = own.value == figure.value and own.value_high == figure.value_high
        check = FigureCheck.CONSISTENT if same else FigureCheck.REVISED
        rows.append(FigureDelta(figure.metric, figure.period, own, figure, check, FigureBasis.CHECK))
    return rows


def _unpaired(
    old: Sequence[Figure], new: Sequence[Figure], rows: Sequence[FigureDelta]
) -> list[FigureDelta]:
    """A row of its own for every figure no other row shows."""
    shown = {id(f) for row in rows for f in (row.old, row.new) if f is not None}
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
