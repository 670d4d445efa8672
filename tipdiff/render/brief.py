"""The brief's view model: :func:`brief_context` turns a diff into a :class:`Brief`, plain
values (labels, formatted numbers, whole-word redline runs) that the templates only lay
out.

The brief reads like a note an analyst would write, in this order: title (country and
editions, with the source files), a headline ("What changed": the news in a few lines;
then tier movement, the effort verdict of each "P" section, how much changed), the key figures, the recommendations, one part per
section with its changes, and a closing line (share of text unchanged, tipdiff version).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import CANONICAL_ORDER, P_SECTIONS, ReportDiff, SectionDiff, SectionName
from . import headline
from .figure_rows import (
    FigureRow,
    SingleFigure,
    figure_rows,
    figures_note,
    single_figures,
    year_on_year_rows,
)
from .formatting import edition_label, edition_name, source_name
from .headline import HighlightLine, VerdictLine, verdict_line
from .recommendations import Recommendations, recommendation_list
from .sections import RedlineCache, SectionPart, moved_out, section_part, unchanged_words

__all__ = ["Brief", "brief_context"]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything a template needs, formatted; see :func:`brief_context`."""

    country: str
    old_edition: str
    new_edition: str
    old_source: str
    new_source: str
    title: str
    running_title: str
    description: str
    keywords: str
    tier_direction: str
    tier_headline: str
    tier_detail: str
    verdicts: tuple[VerdictLine, ...]
    changes_line: str
    one_sided_line: str
    notes: tuple[str, ...]
    figures: tuple[FigureRow, ...]
    figures_note: str
    figures_checked: bool
    single_figures: tuple[SingleFigure, ...]
    year_on_year: tuple[FigureRow, ...]
    recommendations: Recommendations
    sections: tuple[SectionPart, ...]
    unchanged_line: str
    version: str
    generator: str
    nav: tuple[tuple[str, str], ...] = field(default=())
    tier_arrow: str = ""  # ▲ up, ▼ down, = same (see tier_direction)
    highlights: tuple[HighlightLine, ...] = ()  # "What changed", the news first


def brief_context(diff: ReportDiff) -> Brief:
    """The view of ``diff`` the templates render: labels, numbers and redlines, formatted.

    Templates receive it as ``brief`` (plus ``target``, ``paper`` and ``page_size``).
    Sections are shown in canonical order; the recommendations section's sentences are
    covered by the recommendation list, so it gets no part of its own when the
    recommendations were matched.
    """
    from .. import __version__

    old_edition, new_edition = editions = _edition_names(diff)
    country = _country(diff)
    tier = headline.tier_line(diff, old_edition, new_edition)
    sections = _in_canonical_order(diff.sections)
    shown = _shown_sections(diff, sections)
    redlines = RedlineCache()
    moved = moved_out(shown)
    parts = tuple(section_part(s, moved, editions, redlines) for s in shown)
    rows = figure_rows(diff.figures, old_edition, new_edition)
    return Brief(
        country=country,
        old_edition=old_edition,
        new_edition=new_edition,
        old_source=source_name(diff.old.source),
        new_source=source_name(diff.new.source),
        title=f"{country} · {old_edition} → {new_edition}",
        running_title=f"{country} · TIP Report {old_edition} → {new_edition}",
        description=(
            f"What changed in the U.S. Trafficking in Persons Report narrative for "
            f"{country} between the {_editions(old_edition, new_edition)}: "
            f"{tier.headline[:1].lower()}{tier.headline[1:]}."
        ),
        keywords=", ".join(
            [
                "Trafficking in Persons Report",
                "TIP Report",
                country,
                old_edition,
                new_edition,
                "change brief",
            ]
        ),
        tier_direction=tier.direction,
        tier_headline=tier.headline,
        tier_detail=tier.detail,
        verdicts=_verdicts(sections, editions),
        changes_line=headline.changes_line(diff, diff.counts()),
        one_sided_line=headline.one_sided_line(sections, old_edition, new_edition),
        notes=brief_notes(diff),
        figures=rows,
        figures_note=figures_note(rows, old_edition, new_edition),
        figures_checked=any(r.check for r in rows),
        single_figures=single_figures(diff.figures, old_edition, new_edition),
        year_on_year=year_on_year_rows(diff.figures, old_edition, new_edition),
        recommendations=recommendation_list(diff, old_edition, new_edition),
        sections=parts,
        unchanged_line=headline.unchanged_line(
            unchanged_words(diff, redlines), old_edition, new_edition
        ),
        version=__version__,
        generator=f"tipdiff {__version__}",
        nav=(
            ("figures", "Key figures"),
            ("recommendations", "Recommendations"),
            *((p.anchor, p.title) for p in parts),
        ),
        tier_arrow=tier.arrow,
        highlights=headline.highlight_lines(diff, new_edition),
    )


def brief_notes(diff: ReportDiff) -> tuple[str, ...]:
    """The warnings a brief of ``diff`` shows: the comparison's and each text's own, as
    sentences ("The 2023 text ends mid-sentence …")."""
    return headline.notes(diff, *_edition_names(diff))


def _edition_names(diff: ReportDiff) -> tuple[str, str]:
    """The editions' names: their years ("2023 (old)" and "2023 (new)" when the same)."""
    old_edition = edition_label(diff.old, "old edition")
    new_edition = edition_label(diff.new, "new edition")
    if diff.old.year is not None and diff.old.year == diff.new.year:
        return f"{old_edition} (old)", f"{new_edition} (new)"
    return old_edition, new_edition


def _editions(old_edition: str, new_edition: str) -> str:
    """Both editions as a noun: "2023 and 2024 editions", "old edition and 2024 edition"."""
    if old_edition.endswith("edition") or new_edition.endswith("edition"):
        return f"{edition_name(old_edition)} and {edition_name(new_edition)}"
    return f"{old_edition} and {new_edition} editions"


def _country(diff: ReportDiff) -> str:
    """The country (both names when the texts differ)."""
    names = [c for c in (diff.old.country, diff.new.country) if c]
    return " / ".join(dict.fromkeys(names)) or "Unknown country"


def _in_canonical_order(sections: tuple[SectionDiff, ...]) -> list[SectionDiff]:
    order = {name: k for k, name in enumerate(CANONICAL_ORDER)}
    return sorted(sections, key=lambda s: order.get(SectionName(s.name), 99))


def _shown_sections(diff: ReportDiff, sections: list[SectionDiff]) -> list[SectionDiff]:
    """The sections that get a part: all but recommendations when they were matched."""
    if not diff.recommendations:
        return sections
    return [s for s in sections if s.name != SectionName.RECOMMENDATIONS]


def _verdicts(sections: list[SectionDiff], editions: tuple[str, str]) -> tuple[VerdictLine, ...]:
    """The verdict line of every "P" section, in or missing from the texts."""
    by_name = {SectionName(s.name): s for s in sections}
    return tuple(
        verdict_line(
            name, by_name[name].verdict if name in by_name else None, by_name.get(name), editions
        )
        for name in P_SECTIONS
    )
