"""The brief's key figures: one table row per figure both editions give (old, new, the
change and its percentage, and the check of a restated figure), each edition's own
year-on-year rows, and a list of the figures only one edition gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Figure, FigureBasis, FigureCheck, FigureDelta
from .formatting import (
    MOVEMENT_MARKS,
    dollar_conversion,
    edition_name,
    format_figure,
    metric_label,
    movement_of,
    percent_change,
    signed_change,
)

__all__ = [
    "FigureRow",
    "SingleFigure",
    "figure_rows",
    "figures_note",
    "single_figures",
    "year_on_year_rows",
]


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One row of the key-figures table, every cell already formatted."""

    label: str
    periods: str
    old: str
    new: str
    old_quote: str
    new_quote: str
    direction: str  # up | down | same | new | gone | changed
    arrow: str
    change: str
    percent: str
    check: str  # consistent | revised | ""
    check_label: str
    check_note: str
    old_usd: str = ""  # the dollar conversion of a local-currency amount ("$70,000")
    new_usd: str = ""
    old_at: str = ""  # where the value is in the old source ("l. 112", "p. 87")
    new_at: str = ""
    edition: str = ""  # for a row within one edition: which ("2024")


@dataclass(frozen=True, slots=True)
class SingleFigure:
    """A key figure only one edition gives (nothing to compare it with)."""

    label: str
    edition: str
    value: str
    period: str
    quote: str
    at: str = ""  # where the value is in its source ("l. 112", "p. 87")


def figure_rows(
    deltas: Sequence[FigureDelta], old_edition: str, new_edition: str
) -> tuple[FigureRow, ...]:
    """The table rows of the figures both editions give (and the checks of restated
    values against the old edition)."""
    return tuple(
        _figure_row(delta, old_edition, new_edition)
        for delta in deltas
        if delta.old is not None
        and delta.new is not None
        and delta.basis in (FigureBasis.EDITIONS, FigureBasis.CHECK)
    )


def year_on_year_rows(
    deltas: Sequence[FigureDelta], old_edition: str, new_edition: str
) -> tuple[FigureRow, ...]:
    """Each edition's own comparison: a prior-period value it restates against its own
    (the new edition's first)."""
    editions = {FigureBasis.NEW_EDITION: new_edition, FigureBasis.OLD_EDITION: old_edition}
    return tuple(
        _figure_row(delta, old_edition, new_edition, edition=editions[delta.basis])
        for basis in editions
        for delta in deltas
        if delta.basis is basis
    )


def single_figures(
    deltas: Sequence[FigureDelta], old_edition: str, new_edition: str
) -> tuple[SingleFigure, ...]:
    """The figures only one edition gives."""
    return tuple(
        SingleFigure(
            label=metric_label(delta.metric),
            edition=old_edition if delta.new is None else new_edition,
            value=format_figure(fig),
            period=_single_period(fig),
            quote=fig.quote or "",
            at="" if fig.at is None else str(fig.at),
        )
        for delta in deltas
        for fig in (delta.old or delta.new,)
        if fig is not None and (delta.old is None or delta.new is None)
    )


def _single_period(figure: Figure) -> str:
    """The period of a figure one edition gives: its year, else, for a value of a period
    before the edition's own that names no year ("303 in the previous fiscal year",
    "This is compared to initiating 313 investigations"), that it is an earlier period's."""
    if figure.period is not None:
        return str(figure.period)
    return "an earlier period" if figure.restated else ""


def figures_note(rows: Sequence[FigureRow], old_edition: str, new_edition: str) -> str:
    """How restated figures are checked, when a row has a check."""
    if not any(r.check for r in rows):
        return ""
    return (
        f"Check: where the {edition_name(new_edition)} restates a figure for a period the "
        f"{edition_name(old_edition)} already reported, the two are compared — “consistent” "
        f"when they agree, “revised” when the {edition_name(new_edition)} gives another value."
    )


def _figure_row(
    delta: FigureDelta, old_edition: str, new_edition: str, edition: str = ""
) -> FigureRow:
    """A row of a figures table; ``edition`` names the edition that states both values
    (a year-on-year row)."""
    old, new = delta.old, delta.new
    direction, arrow, change, percent = _change_cells(delta, new_edition)
    check_label, check_note = _check_cells(delta, old_edition)
    return FigureRow(
        label=metric_label(delta.metric),
        periods=_periods(delta, new_edition),
        old="—" if old is None else format_figure(old, dollars=False),
        new="—" if new is None else format_figure(new, dollars=False),
        old_quote="" if old is None else (old.quote or ""),
        new_quote="" if new is None else (new.quote or ""),
        direction=direction,
        arrow=arrow,
        change=change,
        percent=percent,
        check=delta.check or "",
        check_label=check_label,
        check_note=check_note,
        old_usd=dollar_conversion(old),
        new_usd=dollar_conversion(new),
        old_at="" if old is None or old.at is None else str(old.at),
        new_at="" if new is None or new.at is None else str(new.at),
        edition=edition,
    )


def _periods(delta: FigureDelta, new_edition: str) -> str:
    """The period(s) the figures refer to ("2022", "2021 → 2022, restated in 2024")."""
    old, new = delta.old, delta.new
    periods = ""
    if delta.basis is FigureBasis.CHECK:
        periods = "" if delta.period is None else str(delta.period)
    elif old is not None and new is not None and old.period != new.period:
        periods = f"{old.period or '?'} → {new.period or '?'}"
    elif delta.period is not None:
        periods = str(delta.period)
    if delta.check and delta.basis is FigureBasis.CHECK:
        periods = (
            f"{periods}, restated in {new_edition}" if periods else f"restated in {new_edition}"
        )
    return periods


def _change_cells(delta: FigureDelta, new_edition: str) -> tuple[str, str, str, str]:
    """``(direction, arrow, change, percent)``: which way the figure moved and by how much."""
    old, new = delta.old, delta.new
    if old is None:
        return "new", "+", f"new in {new_edition}", ""
    if new is None:
        return "gone", "–", f"not given in {new_edition}", ""
    if old.value_high is not None or new.value_high is not None:
        if (old.value, old.value_high) == (new.value, new.value_high):
            return "same", "=", "no change", ""
        return "changed", "≠", "changed", ""
    value = new.value - old.value
    mark = MOVEMENT_MARKS[movement_of(value)]
    if value == 0:
        return mark.direction, mark.arrow, "no change", ""
    percent = "" if delta.percent is None else percent_change(delta.percent)
    return mark.direction, mark.arrow, signed_change(value, new), percent


def _check_cells(delta: FigureDelta, old_edition: str) -> tuple[str, str]:
    """``(label, note)`` of a restated figure's check against the old edition."""
    reworded = _wording_change(delta)
    if delta.check is FigureCheck.CONSISTENT:
        year = _other_year(delta)
        return "✓ consistent", f"matches the {edition_name(old_edition)}{year}{reworded}"
    if delta.check is FigureCheck.REVISED:
        note = (
            ""
            if delta.old is None
            else f"the {edition_name(old_edition)} said {format_figure(delta.old)}{reworded}"
        )
        return "⚠ revised", note
    return (delta.check or "", "")


def _other_year(delta: FigureDelta) -> str:
    """", which gives it for 2018" when the old edition gives the checked value under
    another year than the new edition (an edition that mislabels a year); else ""."""
    old, new = delta.old, delta.new
    if old is None or new is None or old.period == new.period or old.period is None:
        return ""
    return f", which gives it for {old.period}"


def _wording_change(delta: FigureDelta) -> str:
    """" (wording changed: “25 alleged victims” → “20 potential victims”)" when the two
    editions name the checked count differently (victims, potential victims; 62
    individuals, 62 investigations), so the reader can judge whether it is one count;
    else ""."""
    old, new = delta.old, delta.new
    if old is None or new is None:
        return ""
    if old.metric == new.metric and (old.unit == new.unit or None in (old.unit, new.unit)):
        return ""
    if old.quote and new.quote:
        return f" (wording changed: “{old.quote}” → “{new.quote}”)"
    return f" (wording changed: {metric_label(old.metric)} → {metric_label(new.metric).lower()})"
