"""The cross-edition comparison of key figures (what align calls): figures are paired
by metric *and* what they count, each edition's own reporting-period value makes the
headline row, and values the new edition restates for an earlier period are checked
against the old edition's own figure.

"61 cases" and "9 defendants" are both ``prosecutions`` but are never subtracted; one
currency is compared with itself only (editions are compared in the local currency,
which exchange rates do not move). When an edition gives a metric twice for one period
(e.g. NGO grants in protection and in prevention), the one in the metric's home
section, else the first, stands for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Figure, FigureCheck, FigureDelta
from .metrics import home_section, metric_order
from .nouns import CASE_UNITS, PERSON_UNITS

#: What pairs two figures: (metric, measure, period); the measure is what they count.
_Key = tuple[str, str, int | None]
_RowOrder = tuple[int, str, str, int, int]


def compare_figures(
    old: Sequence[Figure],
    new: Sequence[Figure],
    *,
    old_period: int | None = None,
    new_period: int | None = None,
) -> tuple[FigureDelta, ...]:
    """Pair the key figures of two editions by metric, with cross-checks.

    For each metric (and measure: cases vs persons, one currency) the headline row sets
    the old edition's own reporting-period value against the new edition's. Then, for
    every value the new edition restates for an earlier period that the old edition
    also gives, a row with ``check`` = ``"consistent"`` or ``"revised"``. Rows follow
    :data:`METRICS` order; headline first, then checks from the latest period back.
    """
    old_period = old_period if old_period is not None else _own_period(old)
    new_period = new_period if new_period is not None else _own_period(new)
    old_own = _representatives([f for f in old if not f.restated])
    old_restated = _representatives([f for f in old if f.restated])
    new_own = _representatives([f for f in new if not f.restated])
    new_restated = _representatives([f for f in new if f.restated])
    rows = [
        *_headline_rows(old_own, new_own, old_period, new_period),
        *_check_rows(old_own, old_restated, new_restated, new_period),
    ]
    rows.sort(key=lambda row: row[0])
    return tuple(delta for _, delta in rows)


def _own_period(figures: Sequence[Figure]) -> int | None:
    """The commonest period of an edition's own (not restated) figures."""
    periods = Counter(f.period for f in figures if not f.restated and f.period is not None)
    if not periods:
        return None
    return max(periods, key=lambda p: (periods[p], p))


def _measure(figure: Figure) -> str:
    """What must match for two figures of one metric to be compared."""
    if figure.currency:
        return "money:" + figure.currency
    if figure.unit in CASE_UNITS:
        return "case"
    if figure.unit in PERSON_UNITS:
        return "person"
    return figure.unit or ""


def _representatives(figures: Sequence[Figure]) -> dict[_Key, Figure]:
    """One figure per (metric, measure, period): the first in its home section, else the first."""
    chosen: dict[_Key, Figure] = {}
    for figure in figures:
        key = (figure.metric, _measure(figure), figure.period)
        current = chosen.get(key)
        home = home_section(figure.metric)
        if current is None or (current.section != home and figure.section == home):
            chosen[key] = figure
    return chosen


def _headline_rows(
    old_own: dict[_Key, Figure],
    new_own: dict[_Key, Figure],
    old_period: int | None,
    new_period: int | None,
) -> list[tuple[_RowOrder, FigureDelta]]:
    """Each edition's own reporting-period value of each metric and measure."""
    headline: dict[tuple[str, str], list[Figure | None]] = {}
    for (metric, measure, period), figure in old_own.items():
        if period == old_period:
            headline.setdefault((metric, measure), [None, None])[0] = figure
    for (metric, measure, period), figure in new_own.items():
        if period == new_period:
            headline.setdefault((metric, measure), [None, None])[1] = figure
    rows: list[tuple[_RowOrder, FigureDelta]] = []
    for (metric, measure), (old_figure, new_figure) in headline.items():
        shown = new_figure or old_figure
        period = None if shown is None else shown.period
        order = (metric_order(metric), metric, measure, 0, 0)
        rows.append((order, FigureDelta(metric, period, old_figure, new_figure)))
    return rows


def _check_rows(
    old_own: dict[_Key, Figure],
    old_restated: dict[_Key, Figure],
    new_restated: dict[_Key, Figure],
    new_period: int | None,
) -> list[tuple[_RowOrder, FigureDelta]]:
    """The new edition's restated values set against the old edition's own figure."""
    rows: list[tuple[_RowOrder, FigureDelta]] = []
    for (metric, measure, period), figure in new_restated.items():
        if period is None or period == new_period:
            continue
        own = old_own.get((metric, measure, period)) or old_restated.get((metric, measure, period))
        if own is None:
            continue
        same = own.value == figure.value and own.value_high == figure.value_high
        check = FigureCheck.CONSISTENT if same else FigureCheck.REVISED
        order = (metric_order(metric), metric, measure, 1, -period)
        rows.append((order, FigureDelta(metric, period, own, figure, check)))
    return rows
