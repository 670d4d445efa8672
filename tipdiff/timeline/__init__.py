"""Timeline: one country across several editions, as a page and a PDF.

Built on the Reports of three or more editions (any number works; fewer than three
gets a warning). Steps, one module each:

1. :mod:`.build` — :func:`build_timeline` sorts the editions by year and builds a
   :class:`Timeline` (:mod:`.model`): the tier history (a tier is never guessed: a text
   that states none is "unknown"; movements are read between consecutive *known*
   tiers), each key figure as a series over the years it refers to (:mod:`.series`),
   recommendations followed across editions (:mod:`.threads`), and the effort verdict
   of each "P" section per edition. Different countries, the same edition twice and
   undated texts are warned about (logged and kept on the result).
2. :mod:`.view` — :func:`timeline_view` formats it for the template, with each series
   drawn as an inline SVG chart (:mod:`.chart`, from ``templates/_chart.svg.j2``), so no
   plotting library is needed, and the recommendations matrix
   (:mod:`.recommendation_view`).
3. :mod:`.output` — :func:`render_timeline_html` / :func:`render_timeline_pdf` render
   ``templates/timeline.html.j2`` with the brief's template loader and print it with the
   brief's locked-down WeasyPrint setup (every URL refused).

Recommendation threads: the brief's own matcher (:func:`tipdiff.align.match_recommendations`,
at :data:`SIMILARITY_THRESHOLD`) runs between consecutive editions that list
recommendations, and its carried, reworded, merged and split entries are chained; a
thread is a connected group of links, so a recommendation split or merged between
editions stays in one thread, and "recommended in every edition since YEAR" is never
claimed on a link ``compare`` would not make. A timeline drawn from an archive is given
the matches the archive stored (``links``) and matches nothing itself. Editions whose
text holds no recommendations are "not in that text" and are left out of the counts;
texts of one edition year count as one edition; undated texts are shown but never
placed in the tier path, the figure series or the counts.
"""

from __future__ import annotations

from ..render.formatting import metric_label
from .build import build_timeline
from .chart import svg_chart
from .model import (
    SIMILARITY_THRESHOLD,
    Edition,
    FigurePoint,
    FigureSeries,
    Presence,
    RecommendationThread,
    Restatement,
    TierEntry,
    Timeline,
    VerdictCell,
    VerdictRow,
    Wording,
)
from .output import render_timeline_html, render_timeline_pdf
from .series import is_breakdown
from .threads import Links
from .view import TimelineView, timeline_view

__all__ = [
    "SIMILARITY_THRESHOLD",
    "Edition",
    "FigurePoint",
    "FigureSeries",
    "Links",
    "Presence",
    "RecommendationThread",
    "Restatement",
    "TierEntry",
    "Timeline",
    "TimelineView",
    "VerdictCell",
    "VerdictRow",
    "Wording",
    "build_timeline",
    "is_breakdown",
    "metric_label",
    "render_timeline_html",
    "render_timeline_pdf",
    "svg_chart",
    "timeline_view",
]
