"""Formatting shared by the brief and the timeline: numbers, figures, labels and marks.

Everything here turns data into the words and signs a reader sees: ``210,161 manat
($123,620)``, ``+12``, ``−8.5%``, ``2nd``, ``a, b and c``, the label of a metric, the
file name of a source and the arrow of a movement (``▲`` up, ``▼`` down). How a figure
itself is written lives with the figures (:mod:`tipdiff.figures.display`) and is
re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..figures.display import (
    dollar_conversion,
    format_figure,
    format_number,
    is_dollars,
    metric_label,
    percent_change,
    sign,
)
from ..model import Citation, Figure, Movement, Report, VerdictScale

__all__ = [
    "MOVEMENT_MARKS",
    "SCALE_ARROWS",
    "Mark",
    "and_list",
    "clip",
    "dollar_conversion",
    "edition_label",
    "format_figure",
    "format_number",
    "metric_label",
    "movement_of",
    "ordinal",
    "percent_change",
    "plural",
    "sentence_case",
    "share",
    "signed_change",
    "source_name",
    "word_count",
]

# --------------------------------------------------------------------------- marks


@dataclass(frozen=True, slots=True)
class Mark:
    """How a movement is shown: its direction (a CSS class) and its arrow."""

    direction: str  # up | down | same | unknown
    arrow: str


#: The mark of each movement of a tier, a verdict or a figure.
MOVEMENT_MARKS: Mapping[Movement, Mark] = MappingProxyType(
    {
        Movement.UPGRADE: Mark("up", "▲"),
        Movement.DOWNGRADE: Mark("down", "▼"),
        Movement.UNCHANGED: Mark("same", "="),
        Movement.UNKNOWN: Mark("unknown", "?"),
    }
)

#: The sign of each effort-verdict scale (a mixed verdict has its own).
SCALE_ARROWS: Mapping[str, str] = MappingProxyType(
    {
        VerdictScale.UP: MOVEMENT_MARKS[Movement.UPGRADE].arrow,
        VerdictScale.DOWN: MOVEMENT_MARKS[Movement.DOWNGRADE].arrow,
        VerdictScale.FLAT: MOVEMENT_MARKS[Movement.UNCHANGED].arrow,
        VerdictScale.MIXED: "±",
    }
)


def movement_of(change: float) -> Movement:
    """Which way a figure moved: up for a rise, down for a fall, unchanged for zero."""
    if change > 0:
        return Movement.UPGRADE
    if change < 0:
        return Movement.DOWNGRADE
    return Movement.UNCHANGED


# --------------------------------------------------------------------------- numbers


def signed_change(value: float, fig: Figure) -> str:
    """A change in the figure's own money or count: ``+$5,000``, ``−12 manat``, ``±0``."""
    amount = format_number(abs(value))
    if is_dollars(fig):
        return f"{sign(value)}${amount}"
    if fig.currency:
        return f"{sign(value)}{amount} {fig.currency}"
    return f"{sign(value)}{amount}"


def share(kept: int, total: int) -> str:
    """``kept`` as a whole percentage of ``total`` ("under 1%", "over 99%" at the ends)."""
    if not total:
        return "0%"
    value = 100.0 * kept / total
    if 0 < value < 1:
        return "under 1%"
    if 99 < value < 100:
        return "over 99%"
    return f"{value:.0f}%"


def ordinal(n: int) -> str:
    """``1`` → ``1st``, ``2`` → ``2nd``, ``11`` → ``11th`` …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --------------------------------------------------------------------------- words


def plural(n: int, word: str) -> str:
    """``1 sentence``, ``2 sentences``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def sentence_case(text: str) -> str:
    """``text`` stripped, with a capital first letter and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "”", ")")) else text + "."


def word_count(text: str | None) -> int:
    """How many words ``text`` has (none for None)."""
    return len(text.split()) if text else 0


def clip(text: str, words: int) -> str:
    """The first ``words`` words of ``text``, with `` …`` when some were left off."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def edition_label(report: Report, fallback: str) -> str:
    """The report's edition year as text, or ``fallback`` when it states none."""
    return str(report.year) if report.year is not None else fallback


def edition_name(label: str) -> str:
    """An edition label as a noun: "2023 edition"; a fallback label that already says
    so ("old edition") is kept as it is."""
    return label if label.endswith("edition") else f"{label} edition"


def source_name(source: str) -> str:
    """The file name of a report's source path; ``<text>``-style names are kept whole."""
    if source.startswith("<") and source.endswith(">"):
        return source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def citation_note(*sides: tuple[str, Citation | None]) -> str:
    """Where something is in each source, compactly: "2023 l. 12 · 2024 p. 87"
    (``sides`` are (edition label, citation) pairs; a side without one is left out)."""
    return " · ".join(f"{edition} {at}" for edition, at in sides if at is not None)
