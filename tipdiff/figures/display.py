"""Figures as a reader writes them: ``210,161 manat ($123,620)``, ``8–18 years``,
``+8.5%``, and each metric's label. Shared by the diff's highlights, the brief and the
timeline.
"""

from __future__ import annotations

from ..model import Figure
from .metrics import METRICS

__all__ = [
    "dollar_conversion",
    "format_figure",
    "format_number",
    "is_dollars",
    "metric_label",
    "percent_change",
    "sign",
]


def format_number(value: float) -> str:
    """``1234`` → ``1,234``; ``2.50`` → ``2.5`` (at most two decimals)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def is_dollars(fig: Figure) -> bool:
    """Whether the figure is an amount in U.S. dollars."""
    return (fig.currency or "").upper() in ("USD", "$", "US$", "DOLLARS")


def format_figure(fig: Figure, *, dollars: bool = True) -> str:
    """A figure as a reader writes it: ``$123,620``, ``210,161 manat ($123,620)``,
    ``8–18 years``, ``9 cases``."""
    value = format_number(fig.value)
    if fig.value_high is not None:
        value = f"{value}–{format_number(fig.value_high)}"
    if is_dollars(fig):
        return f"${value}"
    if fig.currency:
        usd = dollar_conversion(fig)
        if dollars and usd:
            return f"{value} {fig.currency} ({usd})"
        return f"{value} {fig.currency}"
    if fig.unit:
        return f"{value} {_unit(fig.unit, fig.value, fig.value_high)}"
    return value


def _unit(unit: str, value: float, high: float | None) -> str:
    """ "1 victim", "2 victims": the unit in the singular for exactly one ("1 victim
    under article 182")."""
    if " under " in unit:
        counted, law = unit.split(" under ", 1)
        return f"{_unit(counted, value, high)} under {law}"
    if value == 1 and high is None and unit.endswith("s") and not unit.endswith("ss"):
        return unit[:-1]
    return unit


def dollar_conversion(fig: Figure | None) -> str:
    """The dollar conversion given with a local-currency amount ("$123,620"), or ""."""
    if fig is None or not fig.currency or is_dollars(fig):
        return ""
    return "" if fig.value_usd is None else f"${format_number(fig.value_usd)}"


def percent_change(value: float) -> str:
    """A percentage change: ``+8.5%`` under ten, ``−40%`` from ten up."""
    magnitude = abs(value)
    text = (
        f"{magnitude:.1f}" if magnitude < 10 and not magnitude.is_integer() else f"{magnitude:.0f}"
    )
    return f"{sign(value)}{text}%"


def metric_label(metric: str) -> str:
    """A reader's label for a metric name from the figures vocabulary."""
    return METRICS.get(metric) or metric.replace("_", " ").strip().capitalize()


def sign(value: float) -> str:
    """The sign a change is written with: ``+``, ``−`` (a minus) or ``±`` for zero."""
    return "+" if value > 0 else "−" if value < 0 else "±"
