"""Render stage: ReportDiff → a change brief in HTML, PDF, Markdown or JSON.

How a brief is made, one module per step:

1. :mod:`.brief` turns the diff into a :class:`Brief` of plain view objects (labels,
   formatted numbers, whole-word redline runs) so the templates only lay things out;
   its parts are built by :mod:`.headline`, :mod:`.figure_rows`,
   :mod:`.recommendations` and :mod:`.sections`, with :mod:`.formatting` (numbers,
   figures, labels, movement marks; shared with the timeline) and :mod:`.redlines`;
2. :mod:`.loader` renders the Jinja templates in ``templates/`` (shipped as
   ``tipdiff/templates``): HTML autoescaped, Markdown escaped by the filters of
   :mod:`.markdown`; a user template folder overrides any of them by name;
3. :mod:`.pdf` prints the HTML to PDF with WeasyPrint and a URL fetcher that refuses
   every URL, so a brief never reaches the network or the file system;
4. :mod:`.outputs` holds the renderers and the registry that writes a brief in each
   format of :mod:`.formats` (the format and paper-size vocabulary).

The names below are loaded on first use: Jinja2 is imported only when something is
rendered (and WeasyPrint only when a PDF is printed), so ``tipdiff.render.formats`` is
cheap to import for the command line.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .brief import Brief, brief_context, brief_notes
    from .figure_rows import FigureRow, SingleFigure
    from .formats import PAPER_SIZES, check_paper, format_for_path
    from .formatting import format_figure, format_number, metric_label, ordinal
    from .headline import VerdictLine
    from .loader import render_template, template_dirs
    from .markdown import markdown_escape, markdown_escape_block
    from .outputs import (
        RENDERERS,
        Renderer,
        render_html,
        render_index,
        render_json,
        render_markdown,
        render_pdf,
        render_pdf_bytes,
        renderer,
        write_brief,
    )
    from .pdf import font_subsetting, font_subsetting_hint, html_to_pdf, refusing_url_fetcher
    from .recommendations import RecGroup, RecItem, Recommendations
    from .redlines import Run, redline
    from .sections import ChangeItem, SectionPart

__all__ = [
    "PAPER_SIZES",
    "RENDERERS",
    "Brief",
    "ChangeItem",
    "FigureRow",
    "RecGroup",
    "RecItem",
    "Recommendations",
    "Renderer",
    "Run",
    "SectionPart",
    "SingleFigure",
    "VerdictLine",
    "brief_context",
    "brief_notes",
    "check_paper",
    "font_subsetting",
    "font_subsetting_hint",
    "format_figure",
    "format_for_path",
    "format_number",
    "html_to_pdf",
    "markdown_escape",
    "markdown_escape_block",
    "metric_label",
    "ordinal",
    "redline",
    "refusing_url_fetcher",
    "render_html",
    "render_index",
    "render_json",
    "render_markdown",
    "render_pdf",
    "render_pdf_bytes",
    "render_template",
    "renderer",
    "template_dirs",
    "write_brief",
]

#: The module each public name is defined in.
_HOMES = {
    "Brief": "brief",
    "brief_context": "brief",
    "brief_notes": "brief",
    "FigureRow": "figure_rows",
    "SingleFigure": "figure_rows",
    "PAPER_SIZES": "formats",
    "check_paper": "formats",
    "format_for_path": "formats",
    "format_figure": "formatting",
    "format_number": "formatting",
    "metric_label": "formatting",
    "ordinal": "formatting",
    "VerdictLine": "headline",
    "render_template": "loader",
    "template_dirs": "loader",
    "markdown_escape": "markdown",
    "markdown_escape_block": "markdown",
    "RENDERERS": "outputs",
    "Renderer": "outputs",
    "render_html": "outputs",
    "render_index": "outputs",
    "render_json": "outputs",
    "render_markdown": "outputs",
    "render_pdf": "outputs",
    "render_pdf_bytes": "outputs",
    "renderer": "outputs",
    "write_brief": "outputs",
    "font_subsetting": "pdf",
    "font_subsetting_hint": "pdf",
    "html_to_pdf": "pdf",
    "refusing_url_fetcher": "pdf",
    "RecGroup": "recommendations",
    "RecItem": "recommendations",
    "Recommendations": "recommendations",
    "Run": "redlines",
    "redline": "redlines",
    "ChangeItem": "sections",
    "SectionPart": "sections",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
