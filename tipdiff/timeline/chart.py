"""The SVG line chart of one figure series, drawn by ``templates/_chart.svg.j2``.

This module works out the geometry — the value axis and its round grid step, the year
axis, the line, the markers and where each value label goes so that labels neither
overlap nor cover a marker — and hands the template every coordinate formatted; the
template draws it, autoescaped. No plotting library is needed.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..render.formatting import format_number
from ..render.loader import render_template
from .model import FigurePoint, FigureSeries

__all__ = ["svg_chart"]

_TEMPLATE = "_chart.svg.j2"
_WIDTH, _HEIGHT = 360, 216
_LEFT, _RIGHT, _TOP, _BOTTOM = 46, 16, 24, 46  # margins around the plot
_CHAR = 6.3  # average glyph width at font-size 11, to keep labels apart


@dataclass(frozen=True, slots=True)
class ValueTick:
    """A grid line of the value axis and its label."""

    y: str
    label_y: str
    label: str
    zero: bool


@dataclass(frozen=True, slots=True)
class YearLabel:
    """A year under the axis, on one of two rows so neighbours do not overlap."""

    x: str
    y: int
    year: int


@dataclass(frozen=True, slots=True)
class Segment:
    """The line between two consecutive points (dashed across years with no figure)."""

    x1: str
    y1: str
    x2: str
    y2: str
    dashed: bool


@dataclass(frozen=True, slots=True)
class PointMark:
    """A point's marker (circle, or square when restated), its range bar and label."""

    x: str
    y: str
    range_top: str  # "" without a range
    restated: bool
    square_x: str
    square_y: str
    label: str
    label_x: str
    label_y: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything the chart template draws."""

    ident: str
    title: str
    description: str
    width: int
    height: int
    left: int
    right: int
    axis_y: int
    value_ticks: tuple[ValueTick, ...]
    year_ticks: tuple[str, ...]
    year_labels: tuple[YearLabel, ...]
    segments: tuple[Segment, ...]
    points: tuple[PointMark, ...]


def svg_chart(series: FigureSeries, *, ident: str | None = None) -> str:
    """The series as an accessible inline SVG line chart (years across, values up).

    Values an edition gives for its own reporting year are filled circles; values a
    later edition restates for an earlier year are hollow squares; a range is a bar from
    its low to its high value; a dashed line crosses years with no figure. Every point
    is labelled with its value, every year with a point on the axis; ``<title>`` and
    ``<desc>`` read the whole series out. Needs at least one point.
    """
    if not series.points:
        raise ValueError("a chart needs at least one point")
    chart = _layout(series, re.sub(r"[^A-Za-z0-9_-]+", "-", ident or f"chart-{series.key}"))
    return render_template(_TEMPLATE, {"chart": chart}).removesuffix("\n")


class _Plot:
    """The plot area: where a year and a value are drawn."""

    def __init__(self, points: Sequence[FigurePoint]) -> None:
        lows = [p.value for p in points]
        highs = [p.value if p.value_high is None else p.value_high for p in points]
        integer = all(float(v).is_integer() for v in (*lows, *highs))
        top_value, bottom_value = max(*highs, 0.0), min(*lows, 0.0)
        self.step = _nice_step((top_value - bottom_value) / 4 or 1.0, integer)
        self.top = self.step * math.ceil(top_value / self.step) if top_value > 0 else self.step
        self.bottom = self.step * math.floor(bottom_value / self.step)
        if top_value > 0 and self.top - top_value < self.step * 0.15:
            self.top += self.step  # room for the value label above the highest point
        self.first, self.last = points[0].period, points[-1].period
        pad = max(0.5, (self.last - self.first) * 0.05)
        self.x_lo, self.x_hi = self.first - pad, self.last + pad
        self.width = _WIDTH - _LEFT - _RIGHT
        self.height = _HEIGHT - _TOP - _BOTTOM
        self.axis_y = _HEIGHT - _BOTTOM

    def x(self, year: float) -> float:
        """Where ``year`` is across."""
        return _LEFT + (year - self.x_lo) / (self.x_hi - self.x_lo) * self.width

    def y(self, value: float) -> float:
        """Where ``value`` is down."""
        return _TOP + (self.top - value) / (self.top - self.bottom) * self.height


def _layout(series: FigureSeries, ident: str) -> Chart:
    points = series.points
    plot = _Plot(points)
    span = str(plot.first) if plot.first == plot.last else f"{plot.first}–{plot.last}"
    return Chart(
        ident=ident,
        title=f"{series.label}, {span}",
        description=_description(series),
        width=_WIDTH,
        height=_HEIGHT,
        left=_LEFT,
        right=_WIDTH - _RIGHT,
        axis_y=plot.axis_y,
        value_ticks=_value_ticks(plot),
        year_ticks=tuple(_coordinate(plot.x(y)) for y in range(plot.first, plot.last + 1)),
        year_labels=tuple(
            YearLabel(_coordinate(plot.x(year)), plot.axis_y + 16 + 13 * row, year)
            for year, row in _year_rows([p.period for p in points], plot)
        ),
        segments=tuple(
            Segment(
                _coordinate(plot.x(left.period)),
                _coordinate(plot.y(left.value)),
                _coordinate(plot.x(right.period)),
                _coordinate(plot.y(right.value)),
                right.period - left.period > 1,
            )
            for left, right in itertools.pairwise(points)
        ),
        points=_point_marks(points, plot),
    )


def _value_ticks(plot: _Plot) -> tuple[ValueTick, ...]:
    ticks = []
    for k in range(round((plot.top - plot.bottom) / plot.step) + 1):
        tick = plot.bottom + k * plot.step
        ticks.append(
            ValueTick(
                _coordinate(plot.y(tick)), _coordinate(plot.y(tick) + 4), _short(tick), tick == 0
            )
        )
    return tuple(ticks)


def _point_marks(points: Sequence[FigurePoint], plot: _Plot) -> tuple[PointMark, ...]:
    """Each point's marker and value label, placed above it or below it, whichever is
    clear of the labels placed before and of every marker."""
    markers = [(plot.x(p.period), plot.y(p.value)) for p in points]
    placed: list[tuple[float, float, float]] = []  # label centre x, baseline y, half width
    marks = []
    for point in points:
        px, py = plot.x(point.period), plot.y(point.value)
        top_y = py if point.value_high is None else plot.y(point.value_high)
        label = _value_label(point)
        half = len(label) * _CHAR / 2
        lx = min(max(px, _LEFT + half), _WIDTH - 1 - half)
        above, below = top_y - 9, py + 18
        options = [above, below] if above >= 11 else [below, above]
        ly = next(
            (
                option
                for option in options
                if option <= plot.axis_y - 3 and not _collides(lx, option, half, placed, markers)
            ),
            options[0],
        )
        placed.append((lx, ly, half))
        marks.append(
            PointMark(
                x=_coordinate(px),
                y=_coordinate(py),
                range_top="" if point.value_high is None else _coordinate(top_y),
                restated=point.restated,
                square_x=_coordinate(px - 4),
                square_y=_coordinate(py - 4),
                label=label,
                label_x=_coordinate(lx),
                label_y=_coordinate(ly),
            )
        )
    return tuple(marks)


def _nice_step(raw: float, integer: bool) -> float:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) of at least ``raw``."""
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and (not integer or float(step).is_integer()):
            return float(step)
    return float(10 * magnitude)  # pragma: no cover - the loop ends at 10 × magnitude


def _short(value: float, digits: str = "") -> str:
    """``value`` shortened past 10,000 (``210k``, ``1.5M``), to ``digits`` significant
    digits (``".3"``; all by default); smaller values in full (``9,999``)."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:{digits}g}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:{digits}g}k"
    return format_number(value)


def _coordinate(value: float) -> str:
    """A coordinate with one decimal, without a trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _collides(
    x: float,
    y: float,
    half: float,
    placed: Sequence[tuple[float, float, float]],
    marks: Sequence[tuple[float, float]],
) -> bool:
    """Whether a label centred at ``x`` with baseline ``y`` would touch another label or
    cover a point marker."""
    if any(abs(x - cx) < half + h + 6 and abs(y - cy) < 12 for cx, cy, h in placed):
        return True
    return any(abs(x - mx) < half + 4 and y - 12 < my + 5 and y + 3 > my - 5 for mx, my in marks)


def _value_label(point: FigurePoint) -> str:
    """The point's value, shortened past 10,000 ("210k"); the table has it in full."""
    text = _short(point.value, ".3")
    if point.value_high is not None:
        text += f"–{_short(point.value_high, '.3')}"
    return text


def _year_rows(years: Sequence[int], plot: _Plot) -> list[tuple[int, int]]:
    """Each point year with the label row (0 or 1) that keeps it clear of its neighbour."""
    width = 4 * _CHAR + 4
    rows: list[tuple[int, int]] = []
    last_x = [-1e9, -1e9]
    for year in years:
        row = 0 if plot.x(year) - last_x[0] >= width else 1
        if row == 1 and plot.x(year) - last_x[1] < width:
            row = 0  # both rows are taken: overlap on the first rather than drop a year
        last_x[row] = plot.x(year)
        rows.append((year, row))
    return rows


def _description(series: FigureSeries) -> str:
    """The whole series read out, for ``<desc>``."""
    parts = []
    for point in series.points:
        if point.restated:
            parts.append(
                f"{point.period}: {point.display} (restated in the {point.edition} edition)"
            )
        else:
            parts.append(f"{point.period}: {point.display} ({point.edition} edition)")
    return f"{series.label} by the year the figure refers to. " + "; ".join(parts) + "."
