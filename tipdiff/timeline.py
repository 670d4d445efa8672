"""Timeline: one country across several editions, as a page and a PDF.

Built on the Reports of three or more editions (any number works; fewer than three
gets a warning). Steps:

1. :func:`build_timeline` sorts the editions by year and builds a :class:`Timeline`:
   the tier history (a tier is never guessed: a text that states none is "unknown";
   movements are read between consecutive *known* tiers), each key figure as a series
   over the years it refers to, recommendations clustered across editions, and the
   effort verdict of each "P" section per edition. Different countries, the same
   edition twice and undated texts are warned about (logged and kept on the result).
2. :func:`timeline_view` formats it for the template and draws each series as an inline
   SVG chart built by hand (:func:`svg_chart`), so no plotting library is needed.
3. :func:`render_timeline_html` / :func:`render_timeline_pdf` render
   ``templates/timeline.html.j2`` with the brief's template loader and print it with the
   brief's locked-down WeasyPrint setup (every URL refused).

Recommendation clustering: two recommendations from different editions are linked when
:class:`difflib.SequenceMatcher` on their lowercased word lists gives a ratio of at least
:data:`SIMILARITY_THRESHOLD`; a cluster is a connected group of links, so a
recommendation split or merged between editions stays in one cluster. Editions whose
text holds no recommendations are "not in that text" and are left out of the counts;
texts of one edition year count as one edition; undated texts are shown but never
placed in the tier path, the figure series or the counts.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import logging
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from markupsafe import Markup

from . import figures as figures_stage
from . import render
from .errors import UsageError
from .files import write_atomic
from .model import P_SECTIONS, Figure, Movement, Report, SectionName

__all__ = [
    "SIMILARITY_THRESHOLD",
    "Edition",
    "FigurePoint",
    "FigureSeries",
    "Presence",
    "RecommendationThread",
    "Restatement",
    "TierEntry",
    "Timeline",
    "VerdictCell",
    "VerdictRow",
    "Wording",
    "build_timeline",
    "is_breakdown",
    "metric_label",
    "render_timeline_html",
    "render_timeline_pdf",
    "similarity",
    "svg_chart",
    "timeline_view",
]

logger = logging.getLogger(__name__)

#: Minimum :class:`difflib.SequenceMatcher` ratio between the lowercased word lists of
#: two recommendations (from different editions) for them to count as the same one.
#: 0.5 means that, in order, at least half of the two texts' words match.
SIMILARITY_THRESHOLD = 0.5

_TEMPLATE = "timeline.html.j2"

# --------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Edition:
    """One input text: its edition year and where it came from.

    ``label`` names the edition everywhere in the timeline: the year, or the year and
    the file name when two texts claim the same year, or "undated (file)".
    """

    index: int
    year: int | None
    label: str
    source: str
    country: str | None
    sections: tuple[SectionName, ...]
    has_recommendations: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "year": self.year,
            "source": self.source,
            "country": self.country,
            "sections": [str(s) for s in self.sections],
            "has_recommendations": self.has_recommendations,
        }


@dataclass(frozen=True, slots=True)
class TierEntry:
    """The tier one edition states, and how it moved since the last edition stating one.

    ``movement`` is None for an edition that states no tier and for the first one that
    does; ``since`` is the label of the edition it is compared with.
    """

    edition: str
    year: int | None
    tier: str | None
    movement: Movement | None
    previous: str | None
    since: str | None
    evidence: str | None

    @property
    def label(self) -> str:
        return self.tier or "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "edition": self.edition,
            "year": self.year,
            "tier": self.tier,
            "movement": None if self.movement is None else str(self.movement),
            "previous": self.previous,
            "since": self.since,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Restatement:
    """Another edition's value for a period the series already has a point for."""

    edition: str
    value: float
    value_high: float | None
    display: str
    restated: bool
    agrees: bool
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "edition": self.edition,
            "value": _number(self.value),
            "value_high": None if self.value_high is None else _number(self.value_high),
            "restated": self.restated,
            "agrees": self.agrees,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One year of a series: the value shown and the edition it comes from.

    ``restated`` marks a value an edition gives for an earlier period ("compared with
    94 in 2022") that fills a year no edition reports as its own. ``others`` are the
    other editions' statements for the same year (agreeing or revising).
    """

    period: int
    value: float
    value_high: float | None
    display: str
    edition: str
    restated: bool
    quote: str
    sentence: str
    others: tuple[Restatement, ...] = ()

    @property
    def revised(self) -> bool:
        return any(not o.agrees for o in self.others)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "value": _number(self.value),
            "value_high": None if self.value_high is None else _number(self.value_high),
            "edition": self.edition,
            "restated": self.restated,
            "quote": self.quote,
            "sentence": self.sentence,
            "others": [o.to_dict() for o in self.others],
        }


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """One metric (in one currency) over the years, oldest period first.

    ``editions`` lists every edition that states the metric, whether or not its value
    is the one plotted for that year.
    """

    metric: str
    label: str
    unit: str | None
    currency: str | None
    points: tuple[FigurePoint, ...]
    editions: tuple[str, ...]

    @property
    def key(self) -> str:
        """A stable identifier (``victims_identified``, ``ngo_funding-manat``)."""
        base = self.metric if not self.currency else f"{self.metric}-{self.currency}"
        return re.sub(r"[^a-z0-9_-]+", "-", base.lower()).strip("-") or "series"

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "label": self.label,
            "unit": self.unit,
            "currency": self.currency,
            "editions": list(self.editions),
            "points": [p.to_dict() for p in self.points],
        }


@dataclass(frozen=True, slots=True)
class Wording:
    """One edition's wording of a recommendation and its 1-based place in the list."""

    edition: str
    rank: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"edition": self.edition, "rank": self.rank, "text": self.text}


@dataclass(frozen=True, slots=True)
class Presence:
    """A recommendation in one edition: ``present``, ``absent`` or ``not_in_text``."""

    edition: str
    state: str
    ranks: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RecommendationThread:
    """A recommendation followed across editions (a cluster of similar wordings).

    ``text`` is the newest wording; ``summary`` says where it appears ("recommended in
    every edition since 2009", "in 3 of 5 editions (2015, 2023, 2024)").
    ``count``/``of`` count editions with recommendations only.
    """

    text: str
    summary: str
    editions: tuple[str, ...]
    count: int
    of: int
    presence: tuple[Presence, ...]
    wordings: tuple[Wording, ...]

    @property
    def persistent(self) -> bool:
        return self.count >= 2

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "summary": self.summary,
            "editions": list(self.editions),
            "count": self.count,
            "of": self.of,
            "not_in_text": [p.edition for p in self.presence if p.state == "not_in_text"],
            "wordings": [w.to_dict() for w in self.wordings],
        }


@dataclass(frozen=True, slots=True)
class VerdictCell:
    """The effort verdict of one P section in one edition (``phrase`` None if missing)."""

    section: SectionName
    phrase: str | None
    scale: str | None
    section_in_text: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "phrase": self.phrase,
            "scale": self.scale,
            "section_in_text": self.section_in_text,
        }


@dataclass(frozen=True, slots=True)
class VerdictRow:
    edition: str
    cells: tuple[VerdictCell, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "edition": self.edition,
            **{str(c.section): c.to_dict() for c in self.cells},
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """One country across several editions; see :func:`build_timeline`."""

    country: str
    editions: tuple[Edition, ...]
    tiers: tuple[TierEntry, ...]
    tier_path: str
    series: tuple[FigureSeries, ...]
    recommendations: tuple[RecommendationThread, ...]
    verdicts: tuple[VerdictRow, ...]
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    similarity_threshold: float = SIMILARITY_THRESHOLD

    @property
    def span(self) -> str:
        """``2009–2024`` (the dated editions), or ``undated``."""
        years = [e.year for e in self.editions if e.year is not None]
        if not years:
            return "undated"
        first, last = min(years), max(years)
        return str(first) if first == last else f"{first}–{last}"

    def series_for(self, metric: str) -> tuple[FigureSeries, ...]:
        """The series of one metric (one per currency for money)."""
        return tuple(s for s in self.series if s.metric == metric)

    def to_dict(self) -> dict[str, Any]:
        """The timeline as JSON-serialisable data."""
        return {
            "schema_version": 1,
            "country": self.country,
            "span": self.span,
            "editions": [e.to_dict() for e in self.editions],
            "tier_history": [t.to_dict() for t in self.tiers],
            "tier_path": self.tier_path,
            "figures": [s.to_dict() for s in self.series],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "recommendation_similarity": {
                "method": "difflib.SequenceMatcher ratio on lowercased word lists",
                "threshold": self.similarity_threshold,
            },
            "verdicts": [v.to_dict() for v in self.verdicts],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# --------------------------------------------------------------------------- building


def build_timeline(
    reports: Sequence[Report], *, threshold: float = SIMILARITY_THRESHOLD
) -> Timeline:
    """Follow one country across ``reports`` (in any order; sorted by edition year)."""
    if not reports:
        raise UsageError("a timeline needs editions to show; give three or more files")
    order = sorted(
        range(len(reports)),
        key=lambda k: (reports[k].year is None, reports[k].year or 0, reports[k].source, k),
    )
    ordered = [reports[k] for k in order]
    editions = _editions(ordered)
    warnings = _warnings(ordered, editions)
    for warning in warnings:
        logger.warning("%s", warning)
    tiers = _tier_history(ordered, editions)
    return Timeline(
        country=_country(ordered),
        editions=editions,
        tiers=tiers,
        tier_path=_tier_path(tiers),
        series=_series(ordered, editions),
        recommendations=_threads(ordered, editions, threshold),
        verdicts=_verdict_rows(ordered, editions),
        warnings=warnings,
        notes=_notes(ordered, editions),
        similarity_threshold=threshold,
    )


def _source_name(source: str) -> str:
    if source.startswith("<") and source.endswith(">"):
        return source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def _editions(reports: Sequence[Report]) -> tuple[Edition, ...]:
    years = Counter(r.year for r in reports)
    result = []
    for k, report in enumerate(reports):
        name = _source_name(report.source)
        if report.year is None:
            label = f"undated ({name})"
        elif years[report.year] > 1:
            label = f"{report.year} ({name})"
        else:
            label = str(report.year)
        result.append(
            Edition(
                index=k,
                year=report.year,
                label=label,
                source=name,
                country=report.country,
                sections=tuple(report.sections),
                has_recommendations=bool(report.recommendations),
            )
        )
    # Two texts of one year from files with the same name: number them instead.
    labels = Counter(e.label for e in result)
    seen: Counter[str] = Counter()
    numbered = []
    for edition in result:
        if labels[edition.label] > 1:
            seen[edition.label] += 1
            base = "undated" if edition.year is None else str(edition.year)
            label = f"{base} #{seen[edition.label]}"
            edition = dataclasses.replace(edition, label=label)
        numbered.append(edition)
    return tuple(numbered)


def _country(reports: Sequence[Report]) -> str:
    names = [r.country for r in reports if r.country]
    if not names:
        return "Unknown country"
    counts = Counter(_fold(n) for n in names)
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(_fold(name), name)
    ranked = sorted(first, key=lambda key: (-counts[key], names.index(first[key])))
    return " / ".join(first[key] for key in ranked)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _warnings(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[str, ...]:
    warnings: list[str] = []
    if len(reports) < 3:
        warnings.append(
            f"only {len(reports)} edition{'s' if len(reports) != 1 else ''} given; a "
            "timeline is meant for three or more (use 'tipdiff compare' for two)"
        )
    countries: dict[str, tuple[str, list[str]]] = {}
    for report, edition in zip(reports, editions, strict=True):
        if report.country:
            _, files = countries.setdefault(_fold(report.country), (report.country, []))
            files.append(edition.source)
    if len(countries) > 1:
        listed = "; ".join(f"{name} ({', '.join(files)})" for name, files in countries.values())
        warnings.append(
            f"the files are from different countries: {listed}; a timeline follows one "
            "country, so check the inputs"
        )
    by_year: dict[int, list[int]] = {}
    for edition in editions:
        if edition.year is not None:
            by_year.setdefault(edition.year, []).append(edition.index)
    for year, indices in by_year.items():
        if len(indices) > 1:
            sources = ", ".join(editions[k].source for k in indices)
            same = len({reports[k].text for k in indices}) < len(indices)
            warnings.append(
                f"{len(indices)} files are the {year} edition ({sources})"
                + ("; some of them hold the same text" if same else "")
                + "; each is shown as its own row, but one may be a duplicate or mislabelled"
            )
    for edition in editions:
        if edition.year is None:
            warnings.append(
                f"{edition.source} states no edition year; it is listed last and left out "
                "of the tier path and movements, the figure series and the recommendation "
                "counts (pass the year to load() to fix this)"
            )
    return tuple(warnings)


def _notes(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[str, ...]:
    notes: list[str] = []
    for report, edition in zip(reports, editions, strict=True):
        notes.extend(f"{edition.label}: {w}" for w in report.warnings)
    return tuple(dict.fromkeys(notes))


# ---- tiers


def _tier_history(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[TierEntry, ...]:
    entries: list[TierEntry] = []
    last: tuple[Report, Edition] | None = None
    for report, edition in zip(reports, editions, strict=True):
        movement: Movement | None = None
        previous = since = None
        if report.tier is not None and report.year is not None:
            if last is not None:
                movement = figures_stage.tier_change(last[0], report).movement
                previous = None if last[0].tier is None else str(last[0].tier)
                since = last[1].label
            last = (report, edition)
        entries.append(
            TierEntry(
                edition=edition.label,
                year=edition.year,
                tier=None if report.tier is None else str(report.tier),
                movement=movement,
                previous=previous,
                since=since,
                evidence=report.evidence.get("tier") if report.tier is not None else None,
            )
        )
    return tuple(entries)


def _tier_path(entries: Sequence[TierEntry]) -> str:
    """``Tier 2 Watch List (2009) → unknown (2015, 2021) → Tier 2 (2023, 2024)``.

    One step per edition year (texts of one year share it: a year is "unknown" only
    when none of its texts states a tier); undated texts cannot be placed and are left out.
    """
    by_year: dict[int, list[str]] = {}
    for entry in entries:
        if entry.year is not None:
            tiers = by_year.setdefault(entry.year, [])
            if entry.tier is not None and entry.tier not in tiers:
                tiers.append(entry.tier)
    runs: list[tuple[str, list[str]]] = []
    for year, tiers in by_year.items():
        label = " / ".join(tiers) if tiers else "unknown"
        if runs and runs[-1][0] == label:
            runs[-1][1].append(str(year))
        else:
            runs.append((label, [str(year)]))
    return " → ".join(f"{label} ({', '.join(years)})" for label, years in runs)


# ---- figures


def _series(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[FigureSeries, ...]:
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

    known = {name: k for k, name in enumerate(figures_stage.METRICS)}

    def order(series: FigureSeries) -> tuple[bool, int, str, str]:
        rank = known.get(series.metric, len(known))
        return is_breakdown(series.metric), rank, series.metric, (series.currency or "").casefold()

    return tuple(sorted(result, key=order))


def is_breakdown(metric: str) -> bool:
    """Whether ``metric`` is a breakdown of another ("victims_women",
    "investigations_sex_trafficking"): its vocabulary label reads "Base: part"."""
    return ":" in figures_stage.METRICS.get(metric, "")


def metric_label(metric: str) -> str:
    """The vocabulary's label for ``metric`` (a readable fallback for other names)."""
    return figures_stage.METRICS.get(metric) or render.metric_label(metric)


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
                display=render.format_figure(fig),
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
        display=render.format_figure(chosen),
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


# ---- recommendations


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[-']\w+)*", text.lower())


def similarity(a: str, b: str) -> float:
    """How alike two recommendations are (older wording first): the SequenceMatcher
    ratio of their lowercased word lists, 1.0 identical, 0.0 nothing in common."""
    matcher = difflib.SequenceMatcher(None, _words(a), _words(b), autojunk=False)
    return matcher.ratio()


def _threads(
    reports: Sequence[Report], editions: Sequence[Edition], threshold: float
) -> tuple[RecommendationThread, ...]:
    items = [
        (edition, rank, text)
        for report, edition in zip(reports, editions, strict=True)
        for rank, text in enumerate(report.recommendations, start=1)
    ]
    words = [_words(text) for _, _, text in items]
    parent = list(range(len(items)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for b in range(len(items)):  # items are in edition order: a is the older wording
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words[b])
        for a in range(b):
            if items[a][0].index == items[b][0].index:
                continue
            matcher.set_seq1(words[a])
            if (
                matcher.real_quick_ratio() >= threshold
                and matcher.quick_ratio() >= threshold
                and matcher.ratio() >= threshold
            ):
                parent[find(b)] = find(a)

    groups: dict[int, list[int]] = {}
    for k in range(len(items)):
        groups.setdefault(find(k), []).append(k)

    eligible = sorted({_key(e) for e in editions if e.has_recommendations})
    threads = []
    for members in groups.values():
        wordings = tuple(Wording(items[k][0].label, items[k][1], items[k][2]) for k in members)
        present = sorted({items[k][0].index for k in members})
        newest = max(present, key=lambda k: (editions[k].year is not None, k))
        text = next(
            w.text for w, k in zip(wordings, members, strict=True) if items[k][0].index == newest
        )
        presence = tuple(
            Presence(
                e.label,
                "present"
                if e.index in present
                else "absent"
                if e.has_recommendations
                else "not_in_text",
                tuple(items[k][1] for k in members if items[k][0].index == e.index),
            )
            for e in editions
        )
        keys = sorted({_key(editions[k]) for k in present})
        threads.append(
            RecommendationThread(
                text=text,
                summary=_persistence(keys, eligible),
                editions=tuple(editions[k].label for k in present),
                count=len(keys),
                of=len(eligible),
                presence=presence,
                wordings=wordings,
            )
        )

    def order(thread: RecommendationThread) -> tuple[int, int, int, int]:
        first = next(k for k, p in enumerate(thread.presence) if p.state == "present")
        newest = max(k for k, p in enumerate(thread.presence) if p.state == "present")
        return -thread.count, -newest, first, min(thread.presence[newest].ranks)

    return tuple(sorted(threads, key=order))


def _key(edition: Edition) -> tuple[bool, int]:
    """What counts as one edition: its year (texts of one year count once); an undated
    text counts on its own and sorts last."""
    if edition.year is None:
        return True, edition.index
    return False, edition.year


def _persistence(present: Sequence[tuple[bool, int]], eligible: Sequence[tuple[bool, int]]) -> str:
    """Where a recommendation appears, in words ("recommended in every edition since
    2009", "in 2 of 4 editions (2009, 2023); not since 2023", "new in 2024")."""
    years = [year for undated, year in present if not undated]
    dated = [year for undated, year in eligible if not undated]
    undated = len(present) - len(years)
    if not years:
        return "only in an undated text" if undated == 1 else f"only in {undated} undated texts"
    labels = [str(year) for year in years]
    if len(dated) == 1:
        text = f"only in {labels[0]}"
    elif len(years) == 1:
        text = f"new in {labels[0]}" if years[0] == dated[-1] else f"only in {labels[0]}"
    elif years == [year for year in dated if year >= years[0]]:
        text = f"recommended in every edition since {labels[0]}"
        if years[0] != dated[0]:
            text += f" ({len(years)} of {len(dated)})"
    else:
        text = f"in {len(years)} of {len(dated)} editions ({', '.join(labels)})"
        if years[-1] != dated[-1]:
            text += f"; not since {labels[-1]}"
    if undated:
        text += f" (and in {undated} undated text{'s' if undated > 1 else ''})"
    return text


# ---- verdicts


def _verdict_rows(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[VerdictRow, ...]:
    rows = []
    for report, edition in zip(reports, editions, strict=True):
        cells = []
        for name in P_SECTIONS:
            verdict = report.verdicts.get(name)
            cells.append(
                VerdictCell(
                    section=name,
                    phrase=None if verdict is None else verdict.phrase,
                    scale=None if verdict is None else verdict.scale,
                    section_in_text=name in report.sections,
                )
            )
        rows.append(VerdictRow(edition.label, tuple(cells)))
    return tuple(rows)


# --------------------------------------------------------------------------- SVG chart

_W, _H = 360, 216
_LEFT, _RIGHT, _TOP, _BOTTOM = 46, 16, 24, 46
_FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
_CHAR = 6.3  # average glyph width at font-size 11, to keep labels apart
_INK, _GRID, _AXIS, _LINE = "#1b1f24", "#d5dae1", "#6b737d", "#1f3a5f"


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


def _tick_text(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:g}k"
    return render.format_number(value)


def _f(value: float) -> str:
    """A coordinate with one decimal, without a trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


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
    ident = re.sub(r"[^A-Za-z0-9_-]+", "-", ident or f"chart-{series.key}")
    points = series.points
    lows = [p.value for p in points]
    highs = [p.value if p.value_high is None else p.value_high for p in points]
    integer = all(float(v).is_integer() for v in (*lows, *highs))
    top_value, bottom_value = max(*highs, 0.0), min(*lows, 0.0)
    step = _nice_step((top_value - bottom_value) / 4 or 1.0, integer)
    y_top = step * math.ceil(top_value / step) if top_value > 0 else step
    y_bottom = step * math.floor(bottom_value / step)
    if top_value > 0 and y_top - top_value < step * 0.15:
        y_top += step  # room for the value label above the highest point

    first, last = points[0].period, points[-1].period
    pad = max(0.5, (last - first) * 0.05)
    x_lo, x_hi = first - pad, last + pad
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM
    axis_y = _H - _BOTTOM

    def x(year: float) -> float:
        return _LEFT + (year - x_lo) / (x_hi - x_lo) * plot_w

    def y(value: float) -> float:
        return _TOP + (y_top - value) / (y_top - y_bottom) * plot_h

    span = str(first) if first == last else f"{first}–{last}"
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {_W} {_H}" '
        f'width="{_W}" height="{_H}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="{_FONT}" font-size="11">',
        f'<title id="{ident}-t">{escape(f"{series.label}, {span}")}</title>',
        f'<desc id="{ident}-d">{escape(_chart_description(series))}</desc>',
        f'<g class="y-axis" fill="{_AXIS}" text-anchor="end">',
    ]
    ticks = round((y_top - y_bottom) / step)
    for k in range(ticks + 1):
        tick = y_bottom + k * step
        ty = _f(y(tick))
        colour = _AXIS if tick == 0 else _GRID
        out.append(f'<line x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{ty}" y2="{ty}" stroke="{colour}"/>')
        out.append(f'<text x="{_LEFT - 6}" y="{_f(y(tick) + 4)}">{escape(_tick_text(tick))}</text>')
    out.append("</g>")

    out.append(f'<g class="x-axis" fill="{_AXIS}" text-anchor="middle">')
    for year in range(first, last + 1):
        tx = _f(x(year))
        out.append(f'<line x1="{tx}" x2="{tx}" y1="{axis_y}" y2="{axis_y + 4}" stroke="{_AXIS}"/>')
    for year, row in _year_rows([p.period for p in points], x):
        out.append(f'<text x="{_f(x(year))}" y="{axis_y + 16 + 13 * row}">{year}</text>')
    out.append("</g>")

    out.append(f'<g class="line" fill="none" stroke="{_LINE}" stroke-width="2">')
    for left, right in itertools.pairwise(points):
        dash = ' stroke-dasharray="4 4"' if right.period - left.period > 1 else ""
        out.append(
            f'<line x1="{_f(x(left.period))}" y1="{_f(y(left.value))}" '
            f'x2="{_f(x(right.period))}" y2="{_f(y(right.value))}"{dash}/>'
        )
    out.append("</g>")

    out.append(f'<g class="points" stroke="{_LINE}" stroke-width="2">')
    marks = [(x(p.period), y(p.value)) for p in points]
    placed: list[tuple[float, float, float]] = []  # label centre x, baseline y, half width
    for point in points:
        px, py = x(point.period), y(point.value)
        top_y = py
        if point.value_high is not None:
            top_y = y(point.value_high)
            out.append(
                f'<line x1="{_f(px)}" x2="{_f(px)}" y1="{_f(py)}" y2="{_f(top_y)}" '
                'stroke-width="5" stroke-opacity="0.45"/>'
            )
        if point.restated:
            out.append(
                f'<rect x="{_f(px - 4)}" y="{_f(py - 4)}" width="8" height="8" fill="#ffffff"/>'
            )
        else:
            out.append(f'<circle cx="{_f(px)}" cy="{_f(py)}" r="4.2" fill="{_LINE}"/>')
        label = _value_label(point)
        half = len(label) * _CHAR / 2
        lx = min(max(px, _LEFT + half), _W - 1 - half)
        above, below = top_y - 9, py + 18
        options = [above, below] if above >= 11 else [below, above]
        ly = next(
            (
                option
                for option in options
                if option <= axis_y - 3 and not _collides(lx, option, half, placed, marks)
            ),
            options[0],
        )
        placed.append((lx, ly, half))
        out.append(
            f'<text x="{_f(lx)}" y="{_f(ly)}" text-anchor="middle" stroke="none" '
            f'fill="{_INK}" font-weight="bold">{escape(label)}</text>'
        )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


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
    text = _short(point.value)
    if point.value_high is not None:
        text += f"–{_short(point.value_high)}"
    return text


def _short(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.3g}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:.3g}k"
    return render.format_number(value)


def _year_rows(years: Sequence[int], x: Callable[[float], float]) -> list[tuple[int, int]]:
    """Each point year with the label row (0 or 1) that keeps it clear of its neighbour."""
    width = 4 * _CHAR + 4
    rows: list[tuple[int, int]] = []
    last_x = [-1e9, -1e9]
    for year in years:
        row = 0 if x(year) - last_x[0] >= width else 1
        if row == 1 and x(year) - last_x[1] < width:
            row = 0  # both rows are taken: overlap on the first rather than drop a year
        last_x[row] = x(year)
        rows.append((year, row))
    return rows


def _chart_description(series: FigureSeries) -> str:
    parts = []
    for point in series.points:
        if point.restated:
            parts.append(
                f"{point.period}: {point.display} (restated in the {point.edition} edition)"
            )
        else:
            parts.append(f"{point.period}: {point.display} ({point.edition} edition)")
    return f"{series.label} by the year the figure refers to. " + "; ".join(parts) + "."


# --------------------------------------------------------------------------- view


@dataclass(frozen=True, slots=True)
class SeriesRowView:
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
    edition: str
    tier: str
    known: bool
    movement: str
    direction: str  # up | down | same | unknown (not ranked) | first | none (no tier)
    evidence: str
    source: str
    sections: str


@dataclass(frozen=True, slots=True)
class ThreadView:
    text: str
    summary: str
    cells: tuple[tuple[str, str], ...]  # (state, mark) per edition year
    earlier: tuple[tuple[str, str], ...]  # (where: "2018 #1, 2019 #2", wording)


@dataclass(frozen=True, slots=True)
class OnceGroup:
    """Recommendations found in one edition only, listed under that edition."""

    edition: str
    title: str
    items: tuple[Wording, ...]


@dataclass(frozen=True, slots=True)
class VerdictCellView:
    phrase: str
    scale: str  # up | flat | down | mixed | none
    mark: str
    note: str


@dataclass(frozen=True, slots=True)
class VerdictRowView:
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


_MOVES = {
    Movement.UPGRADE: ("up", "▲ upgrade"),
    Movement.DOWNGRADE: ("down", "▼ downgrade"),
    Movement.UNCHANGED: ("same", "= unchanged"),
    Movement.UNKNOWN: ("unknown", "? not ranked against"),
}

_SCALES = {"up": "▲", "down": "▼", "flat": "=", "mixed": "±"}


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
            direction, word = _MOVES[entry.movement]
            if entry.movement == Movement.UNCHANGED:
                movement = f"{word} since {entry.since}"
            else:
                movement = f"{word} from {entry.previous} ({entry.since})"
        evidence = entry.evidence or ""
        if _words(evidence) == _words(entry.tier or ""):
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


def _and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _tier_headline(timeline: Timeline) -> str:
    known = [t for t in timeline.tiers if t.tier is not None]
    unknown = [t.edition for t in timeline.tiers if t.tier is None]
    silent = ""
    if unknown:
        which = _and_list(unknown)
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
        counts.append(f"{ups} upgrade{'s' if ups > 1 else ''}")
    if downs:
        counts.append(f"{downs} downgrade{'s' if downs > 1 else ''}")
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


_WIDE_MATRIX = 8  # more edition columns than this: compact marks, no n/a-only columns


def _matrix_columns(timeline: Timeline) -> tuple[tuple[int, ...], bool]:
    """The edition years shown as columns of the recommendations table, and whether the
    table is compact. Texts of one year share a column; undated texts have none (their
    share is in each summary). Years whose texts hold no recommendations keep their "n/a"
    column unless the table would be too wide."""
    years = sorted({e.year for e in timeline.editions if e.year is not None})
    with_recs = [
        y for y in years if any(e.year == y and e.has_recommendations for e in timeline.editions)
    ]
    if len(years) <= _WIDE_MATRIX:
        return tuple(years), False
    return tuple(with_recs), len(with_recs) > _WIDE_MATRIX


def _thread_view(
    thread: RecommendationThread, timeline: Timeline, columns: Sequence[int], compact: bool
) -> ThreadView:
    cells = []
    for year in columns:
        ranks: list[int] = []
        states = set()
        for edition, presence in zip(timeline.editions, thread.presence, strict=True):
            if edition.year == year:
                states.add(presence.state)
                ranks.extend(presence.ranks)
        if "present" in states:
            mark = "●" if compact else "● " + "+".join(f"#{r}" for r in ranks)
            cells.append(("present", mark))
        elif "absent" in states:
            cells.append(("absent", "○"))
        else:
            cells.append(("not_in_text", "n/a"))
    return ThreadView(thread.text, thread.summary, tuple(cells), _earlier(thread))


def _earlier(thread: RecommendationThread) -> tuple[tuple[str, str], ...]:
    """Each distinct earlier wording once, with where it appears ("2018 #1, 2019 #2")."""
    newest = _words(thread.text)
    found: dict[tuple[str, ...], tuple[list[str], str]] = {}
    for wording in thread.wordings:
        words = tuple(_words(wording.text))
        if list(words) == newest:
            continue
        places, _ = found.setdefault(words, ([], wording.text))
        places.append(f"{wording.edition} #{wording.rank}")
    return tuple((", ".join(places), text) for places, text in found.values())


def _once_groups(timeline: Timeline) -> tuple[OnceGroup, ...]:
    """Recommendations found in one edition only, grouped under it, in list order."""
    groups: dict[str, list[Wording]] = {}
    for thread in timeline.recommendations:
        if not thread.persistent:
            groups.setdefault(thread.summary, []).extend(thread.wordings)
    result = []
    for summary, items in groups.items():
        unique = {(w.edition, w.rank): w for w in items}
        ordered = sorted(unique.values(), key=lambda w: (w.edition, w.rank))
        title = f"{summary[0].upper()}{summary[1:]} ({len(ordered)})"
        result.append(OnceGroup(ordered[0].edition, title, tuple(ordered)))
    position = {e.label: e.index for e in timeline.editions}
    return tuple(sorted(result, key=lambda g: position.get(g.edition, 0)))


def _verdict_view(row: VerdictRow) -> VerdictRowView:
    cells = []
    for cell in row.cells:
        if cell.phrase:
            scale = cell.scale or "none"
            cells.append(VerdictCellView(cell.phrase, scale, _SCALES.get(scale, ""), ""))
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
    from . import __version__

    charts: list[SeriesView] = []
    others: list[SeriesView] = []
    for number, series in enumerate(timeline.series, start=1):
        chart = not is_breakdown(series.metric) and len(series.points) >= 2
        (charts if chart else others).append(_series_view(series, number, chart))
    n = len(timeline.editions)
    names = ", ".join(
        e.label if e.source in e.label else f"{e.label} ({e.source})" for e in timeline.editions
    )
    keys_with = {_key(e) for e in timeline.editions if e.has_recommendations}
    without = list(
        dict.fromkeys(
            str(e.year) if e.year is not None else e.label
            for e in timeline.editions
            if _key(e) not in keys_with
        )
    )
    with_recs = len(keys_with)
    columns, compact = _matrix_columns(timeline)
    persistent = tuple(
        _thread_view(t, timeline, columns, compact)
        for t in timeline.recommendations
        if t.persistent
    )
    if not timeline.recommendations:
        recommendations_line = "No edition lists recommendations."
    else:
        recommendations_line = (
            f"{len(persistent)} of {len(timeline.recommendations)} distinct recommendations "
            f"appear in more than one of the {with_recs} editions that list recommendations."
        )
    recommendations_note = ""
    if without and timeline.recommendations:
        plural = len(without) > 1
        recommendations_note = (
            f"Not in that text: the {_and_list(without)} text{'s hold' if plural else ' holds'} "
            f"no recommendations, so {'they are' if plural else 'it is'} left out of the counts "
            "(marked n/a, never as a recommendation dropped)."
        )
    figures_line = ""
    if timeline.series:
        stated = [s for s in timeline.series if not is_breakdown(s.metric)]
        figures_line = (
            f"{len(timeline.series)} figures are given with the year they refer to "
            f"({len(stated)} main, {len(timeline.series) - len(stated)} breakdowns); "
            f"{len(charts)} are given for two or more years and charted."
        )
    nav = (
        ("tiers", "Tier history"),
        ("verdicts", "Effort verdicts"),
        ("figures", "Key figures"),
        ("recommendations", "Recommendations"),
    )
    return TimelineView(
        title=f"{timeline.country} · {timeline.span}",
        country=timeline.country,
        span=timeline.span,
        description=(
            f"The U.S. Trafficking in Persons Report narrative for {timeline.country} "
            f"across {n} editions ({timeline.span}): tier history, key figures, "
            "recommendations that persist and effort verdicts."
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
        editions_line=f"{n} editions: {names}.",
        tier_path=timeline.tier_path,
        tier_headline=_tier_headline(timeline),
        tier_rows=_tier_rows(timeline),
        charts=tuple(charts),
        others=tuple(others),
        figures_line=figures_line,
        edition_labels=tuple(f"’{y % 100:02d}" if compact else str(y) for y in columns),
        persistent=persistent,
        once=_once_groups(timeline),
        recommendations_line=recommendations_line,
        recommendations_note=recommendations_note,
        recommendations_legend=(
            ("● recommended" if compact else "● recommended, with its place in that edition’s list")
            + " · ○ not recommended in that edition"
            + ("" if compact else " · n/a the text holds no recommendations")
            + ". Wordings from different editions count as the same recommendation when "
            "difflib’s similarity ratio of their lowercased word lists is at least "
            f"{timeline.similarity_threshold:g}; earlier wordings are listed where they "
            "differ from the newest."
        ),
        threshold=f"{timeline.similarity_threshold:g}",
        verdict_rows=tuple(_verdict_view(r) for r in timeline.verdicts),
        verdict_sections=tuple(name.label for name in P_SECTIONS),
        warnings=timeline.warnings,
        notes=timeline.notes,
        nav=nav,
    )


# --------------------------------------------------------------------------- rendering


def _context(timeline: Timeline, target: str, paper: str) -> Mapping[str, Any]:
    return {
        "timeline": timeline,
        "view": timeline_view(timeline),
        "target": target,
        "paper": paper,
        "page_size": render.PAPER_SIZES[paper],
    }


def render_timeline_html(
    timeline: Timeline, *, template_dir: str | os.PathLike[str] | None = None
) -> str:
    """The timeline as one self-contained HTML page (inline CSS and SVG, no requests).

    ``template_dir`` is a folder whose ``timeline.html.j2`` replaces tipdiff's own.
    """
    return render.render_template(
        _TEMPLATE, _context(timeline, "html", "a4"), template_dir=template_dir
    )


def render_timeline_pdf(
    timeline: Timeline,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    template_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Print the timeline to a PDF at ``path`` (written atomically; nothing fetched).

    ``paper`` is ``"a4"`` or ``"letter"``; pages carry a running header and numbers.
    """
    key = render.check_paper(paper)
    html = render.render_template(
        _TEMPLATE, _context(timeline, "pdf", key), template_dir=template_dir
    )
    write_atomic(Path(path), render.html_to_pdf(html))
