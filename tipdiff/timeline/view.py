"""The timeline page's view model: :func:`timeline_view` formats a :class:`Timeline` for
``templates/timeline.html.j2`` — tier rows and headline, verdict rows, each figure
series as a table (with a chart from :mod:`.chart` when it has two or more years), and
the recommendations part from :mod:`.recommendation_view`.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..model import P_SECTIONS, Movement, SectionName
from ..render.formatting import MOVEMENT_MARKS, SCALE_ARROWS, and_list, plural
from .chart import svg_chart
from .model import Edition, FigureSeries, Timeline, VerdictRow
from .recommendation_view import OnceGroup, ThreadView, recommendations_view
from .series import is_breakdown
from .threads import word_list

__all__ = [
    "SeriesRowView",
    "SeriesView",
    "TierRowView",
    "TimelineView",
    "VerdictCellView",
    "VerdictRowView",
    "timeline_view",
]

_NAV = (
    ("tiers", "Tier history"),
    ("verdicts", "Effort verdicts"),
    ("figures", "Key figures"),
    ("recommendations", "Recommendations"),
)


@dataclass(frozen=True, slots=True)
class SeriesRowView:
    """One year of a series table: value, the edition giving it and other editions' notes."""

    period: int
    value: str
    source: str
    note: str
    restated: bool
    revised: bool


@dataclass(frozen=True, slots=True)
class SeriesView:
    """One series as the template shows it: heading, chart (when ≥ 2 years), table."""

    label: str
    anchor: str
    chart: Markup | None
    rows: tuple[SeriesRowView, ...]
    stated_by: str


@dataclass(frozen=True, slots=True)
class TierRowView:
    """One edition's row of the tier history table."""

    edition: str
    tier: str
    known: bool
    movement: str
    direction: str  # up | down | same | unknown (not ranked) | first | none (no tier)
    evidence: str
    source: str
    sections: str


@dataclass(frozen=True, slots=True)
class VerdictCellView:
    """One section's verdict in one edition, with its scale mark."""

    phrase: str
    scale: str  # up | flat | down | mixed | none
    mark: str
    note: str


@dataclass(frozen=True, slots=True)
class VerdictRowView:
    """One edition's row of the verdicts table."""

    edition: str
    cells: tuple[VerdictCellView, ...]


@dataclass(frozen=True, slots=True)
class TimelineView:
    """Everything ``timeline.html.j2`` needs, formatted (see :func:`timeline_view`)."""

    title: str
    country: str
    span: str
    description: str
    keywords: str
    generator: str
    editions_line: str
    tier_path: str
    tier_headline: str
    tier_rows: tuple[TierRowView, ...]
    charts: tuple[SeriesView, ...]
    others: tuple[SeriesView, ...]
    figures_line: str
    edition_labels: tuple[str, ...]
    persistent: tuple[ThreadView, ...]
    once: tuple[OnceGroup, ...]
    recommendations_line: str
    recommendations_note: str
    recommendations_legend: str
    threshold: str
    verdict_rows: tuple[VerdictRowView, ...]
    verdict_sections: tuple[str, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    nav: tuple[tuple[str, str], ...]


_TIER_WORDS = {
    Movement.UPGRADE: "upgrade",
    Movement.DOWNGRADE: "downgrade",
    Movement.UNCHANGED: "unchanged",
    Movement.UNKNOWN: "not ranked against",
}


def _sections_text(edition: Edition) -> str:
    names = [str(s) for s in SectionName if s in edition.sections]
    if len(names) == len(SectionName):
        return "complete narrative"
    if not names:
        return "no section recognised"
    return ("only " if len(names) == 1 else "") + ", ".join(names)


def _tier_rows(timeline: Timeline) -> tuple[TierRowView, ...]:
    rows = []
    for entry, edition in zip(timeline.tiers, timeline.editions, strict=True):
        if entry.tier is None:
            direction, movement = "none", "no tier stated in this text"
        elif entry.movement is None:
            direction, movement = "first", "first stated tier"
        else:
            mark = MOVEMENT_MARKS[entry.movement]
            direction, word = mark.direction, f"{mark.arrow} {_TIER_WORDS[entry.movement]}"
            if entry.movement == Movement.UNCHANGED:
                movement = f"{word} since {entry.since}"
            else:
                movement = f"{word} from {entry.previous} ({entry.since})"
        evidence = entry.evidence or ""
        if word_list(evidence) == word_list(entry.tier or ""):
            evidence = ""  # "(Tier 2)" says nothing the tier column does not
        rows.append(
            TierRowView(
                edition=entry.edition,
                tier=entry.label,
                known=entry.tier is not None,
                movement=movement,
                direction=direction,
                evidence=f"“{evidence}”" if evidence else "",
                source=edition.source,
                sections=_sections_text(edition),
            )
        )
    return tuple(rows)


def _tier_headline(timeline: Timeline) -> str:
    known = [t for t in timeline.tiers if t.tier is not None]
    unknown = [t.edition for t in timeline.tiers if t.tier is None]
    silent = ""
    if unknown:
        which = and_list(unknown)
        silent = f" The {which} text{'s state' if len(unknown) > 1 else ' states'} no tier."
    if not known:
        return "No edition states a tier."
    if len(known) == 1:
        return f"{known[0].tier} in {known[0].edition}.{silent}"
    first, last = known[0], known[-1]
    moves = [t.movement for t in known[1:]]
    ups, downs = moves.count(Movement.UPGRADE), moves.count(Movement.DOWNGRADE)
    if not ups and not downs and first.tier == last.tier:
        return f"{last.tier} in every edition that states a tier.{silent}"
    counts = []
    if ups:
        counts.append(plural(ups, "upgrade"))
    if downs:
        counts.append(plural(downs, "downgrade"))
    detail = f" ({', '.join(counts)})" if counts else ""
    return f"From {first.tier} in {first.edition} to {last.tier} in {last.edition}{detail}.{silent}"


def _series_view(series: FigureSeries, number: int, chart: bool) -> SeriesView:
    rows = []
    for point in series.points:
        source = f"{point.edition}, restated" if point.restated else point.edition
        notes = []
        for other in point.others:
            if other.agrees:
                notes.append(f"same in {other.edition}")
            else:
                notes.append(f"⚠ {other.edition} says {other.display}")
        rows.append(
            SeriesRowView(
                period=point.period,
                value=point.display,
                source=source,
                note="; ".join(notes),
                restated=point.restated,
                revised=point.revised,
            )
        )
    drawn = None
    if chart and len(series.points) >= 2:
        drawn = Markup(svg_chart(series, ident=f"c{number}-{series.key}"))
    return SeriesView(
        label=series.label,
        anchor=f"figure-{series.key}",
        chart=drawn,
        rows=tuple(rows),
        stated_by=", ".join(series.editions),
    )


def _verdict_view(row: VerdictRow) -> VerdictRowView:
    cells = []
    for cell in row.cells:
        if cell.phrase:
            scale = cell.scale or "none"
            cells.append(VerdictCellView(cell.phrase, scale, SCALE_ARROWS.get(scale, ""), ""))
        elif cell.section_in_text:
            cells.append(VerdictCellView("—", "none", "", "no verdict stated"))
        else:
            cells.append(VerdictCellView("—", "none", "", "section not in this text"))
    return VerdictRowView(row.edition, tuple(cells))


def timeline_view(timeline: Timeline) -> TimelineView:
    """Format ``timeline`` for the template: labels, tables and SVG charts.

    Main metrics with two or more years get a chart and a table; breakdowns
    ("Victims identified: women") and single-year figures are listed in one table.
    """
    from .. import __version__

    charts, others = _series_views(timeline)
    recommendations = recommendations_view(timeline)
    return TimelineView(
        title=f"{timeline.country} · {timeline.span}",
        country=timeline.country,
        span=timeline.span,
        description=(
            f"The U.S. Trafficking in Persons Report narrative for {timeline.country} "
            f"across {len(timeline.editions)} editions ({timeline.span}): tier history, key "
            "figures, recommendations that persist and effort verdicts."
        ),
        keywords=", ".join(
            [
                "Trafficking in Persons Report",
                "TIP Report",
                timeline.country,
                "timeline",
                *(e.label for e in timeline.editions),
            ]
        ),
        generator=f"tipdiff {__version__}",
        editions_line=_editions_line(timeline),
        tier_path=timeline.tier_path,
        tier_headline=_tier_headline(timeline),
        tier_rows=_tier_rows(timeline),
        charts=charts,
        others=others,
        figures_line=_figures_line(timeline, len(charts)),
        edition_labels=recommendations.edition_labels,
        persistent=recommendations.persistent,
        once=recommendations.once,
        recommendations_line=recommendations.line,
        recommendations_note=recommendations.note,
        recommendations_legend=recommendations.legend,
        threshold=f"{timeline.similarity_threshold:g}",
        verdict_rows=tuple(_verdict_view(r) for r in timeline.verdicts),
        verdict_sections=tuple(name.label for name in P_SECTIONS),
        warnings=timeline.warnings,
        notes=timeline.notes,
        nav=_NAV,
    )


def _editions_line(timeline: Timeline) -> str:
    """ "5 editions: 2009, 2015, …" (with the file name where the label lacks it)."""
    names = ", ".join(
        e.label if e.source in e.label else f"{e.label} ({e.source})" for e in timeline.editions
    )
    return f"{len(timeline.editions)} editions: {names}."


def _series_views(timeline: Timeline) -> tuple[tuple[SeriesView, ...], tuple[SeriesView, ...]]:
    """The charted series (main metrics with two or more years) and the others."""
    charts: list[SeriesView] = []
    others: list[SeriesView] = []
    for number, series in enumerate(timeline.series, start=1):
        chart = not is_breakdown(series.metric) and len(series.points) >= 2
        (charts if chart else others).append(_series_view(series, number, chart))
    return tuple(charts), tuple(others)


def _figures_line(timeline: Timeline, charted: int) -> str:
    if not timeline.series:
        return ""
    main = [s for s in timeline.series if not is_breakdown(s.metric)]
    return (
        f"{len(timeline.series)} figures are given with the year they refer to "
        f"({len(main)} main, {len(timeline.series) - len(main)} breakdowns); "
        f"{charted} are given for two or more years and charted."
    )
