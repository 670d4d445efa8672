"""Figure series: every dated figure of the editions grouped by metric and currency, one
value per period (an edition's own figure before a later edition's restatement), with
the other editions' statements for the same period kept beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..figures.metrics import METRICS
from ..model import Figure, Report
from ..render.formatting import format_figure, metric_label
from .model import Edition, FigurePoint, FigureSeries, Restatement

__all__ = ["figure_series", "is_breakdown"]


def figure_series(
    reports: Sequence[Report], editions: Sequence[Edition]
) -> tuple[FigureSeries, ...]:
    """Group every dated figure by (metric, currency) and pick one value per period."""
    found: dict[tuple[str, str | None], list[tuple[Edition, Figure]]] = {}
    for report, edition in zip(reports, editions, strict=True):
        for fig in report.figures:
            if fig.period is None or edition.year is None:
                continue
            found.setdefault((fig.metric, fig.currency), []).append((edition, fig))
    result = []
    for (metric, currency), items in found.items():
        by_period: dict[int, list[tuple[Edition, Figure]]] = {}
        for edition, fig in items:
            assert fig.period is not None
            by_period.setdefault(fig.period, []).append((edition, fig))
        points = tuple(_point(period, by_period[period]) for period in sorted(by_period))
        stating = {edition.index: edition.label for edition, _ in items}
        units = Counter(fig.unit for _, fig in items if fig.unit)
        result.append(
            FigureSeries(
                metric=metric,
                label=_series_label(metric, currency),
                unit=units.most_common(1)[0][0] if units else None,
                currency=currency,
                points=points,
                editions=tuple(stating[k] for k in sorted(stating)),
            )
        )

    known = {name: k for k, name in enumerate(METRICS)}

    def order(series: FigureSeries) -> tuple[bool, int, str, str]:
        rank = known.get(series.metric, len(known))
        return is_breakdown(series.metric), rank, series.metric, (series.currency or "").casefold()

    return tuple(sorted(result, key=order))


def is_breakdown(metric: str) -> bool:
    """Whether ``metric`` is a breakdown of another ("victims_women",
    "investigations_sex_trafficking"): its vocabulary label reads "Base: part"."""
    return ":" in METRICS.get(metric, "")


def _series_label(metric: str, currency: str | None) -> str:
    label = metric_label(metric)
    return f"{label} ({currency})" if currency else label


def _point(period: int, candidates: Sequence[tuple[Edition, Figure]]) -> FigurePoint:
    """The value for one period: an edition's own figure first, then the restatement by
    the edition nearest to the period; within one edition its first mention."""

    def preference(item: tuple[Edition, Figure]) -> tuple[bool, int, int, int]:
        edition, fig = item
        distance = abs((edition.year or 0) - period)
        return fig.restated, distance, edition.index, fig.sentence_index

    ranked = sorted(candidates, key=preference)
    edition, chosen = ranked[0]
    others: list[Restatement] = []
    seen = {edition.index}
    for other_edition, fig in ranked[1:]:
        if other_edition.index in seen:
            continue
        seen.add(other_edition.index)
        others.append(
            Restatement(
                edition=other_edition.label,
                value=fig.value,
                value_high=fig.value_high,
                display=format_figure(fig),
                restated=fig.restated,
                agrees=(fig.value, fig.value_high) == (chosen.value, chosen.value_high),
                quote=fig.quote or fig.sentence,
            )
        )
    others.sort(key=lambda o: _edition_position(o.edition, candidates))
    return FigurePoint(
        period=period,
        value=chosen.value,
        value_high=chosen.value_high,
        display=format_figure(chosen),
        edition=edition.label,
        restated=chosen.restated,
        quote=chosen.quote or chosen.sentence,
        sentence=chosen.sentence,
        others=tuple(others),
    )


def _edition_position(label: str, candidates: Sequence[tuple[Edition, Figure]]) -> int:
    for edition, _ in candidates:
        if edition.label == label:
            return edition.index
    return 0  # pragma: no cover - every label comes from the candidates
