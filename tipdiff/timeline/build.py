"""Building a timeline: the editions sorted and labelled, what is wrong with the inputs,
the tier history and path, and the verdict rows; the figure series and the
recommendation threads come from :mod:`.series` and :mod:`.threads`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence

from ..errors import UsageError
from ..figures.tier import tier_movement
from ..model import P_SECTIONS, Movement, Report
from ..render.formatting import source_name
from .model import SIMILARITY_THRESHOLD, Edition, TierEntry, Timeline, VerdictCell, VerdictRow
from .series import figure_series
from .threads import Links, recommendation_threads

__all__ = ["build_timeline"]

logger = logging.getLogger(__name__)


def build_timeline(
    reports: Sequence[Report],
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    links: Links | None = None,
) -> Timeline:
    """Follow one country across ``reports`` (in any order; sorted by edition year).

    ``links`` are recommendation matches already made between two of the editions, keyed
    by their (old, new) edition years (the archive's stored links,
    :meth:`tipdiff.archive.Archive.links`); the pairs they do not cover are matched here.
    """
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
        series=figure_series(ordered, editions),
        recommendations=recommendation_threads(ordered, editions, threshold, links),
        verdicts=_verdict_rows(ordered, editions),
        warnings=warnings,
        notes=_notes(ordered, editions),
        similarity_threshold=threshold,
    )


def _editions(reports: Sequence[Report]) -> tuple[Edition, ...]:
    """An Edition per report, labelled so that no two share a label."""
    years = Counter(r.year for r in reports)
    result = []
    for k, report in enumerate(reports):
        name = source_name(report.source)
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
    """The country the reports name most often first (all names, when they differ)."""
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
    """What is wrong with the inputs: too few, different countries, one edition year
    twice, undated texts."""
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
    """Each report's own warnings, once, under its edition's label."""
    notes: list[str] = []
    for report, edition in zip(reports, editions, strict=True):
        notes.extend(f"{edition.label}: {w}" for w in report.warnings)
    return tuple(dict.fromkeys(notes))


# ---- tiers


def _tier_history(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[TierEntry, ...]:
    """Each edition's tier, and how it moved since the last dated edition stating one."""
    entries: list[TierEntry] = []
    last: tuple[Report, Edition] | None = None
    for report, edition in zip(reports, editions, strict=True):
        movement: Movement | None = None
        previous = since = None
        if report.tier is not None and report.year is not None:
            if last is not None:
                movement = tier_movement(last[0].tier, report.tier)  # no phrases needed
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


def _verdict_rows(reports: Sequence[Report], editions: Sequence[Edition]) -> tuple[VerdictRow, ...]:
    """The effort verdict of each "P" section, edition by edition."""
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
