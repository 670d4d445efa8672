"""The timeline as a page and a PDF: ``templates/timeline.html.j2`` rendered with the
brief's template loader, printed with the brief's locked-down WeasyPrint setup (every
URL refused), written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..files import write_atomic
from ..render.formats import PAPER_SIZES, check_paper
from ..render.loader import TemplateDir, render_template
from ..render.pdf import html_to_pdf
from .model import Timeline
from .view import timeline_view

__all__ = ["render_timeline_html", "render_timeline_pdf"]

_TEMPLATE = "timeline.html.j2"


def _context(timeline: Timeline, target: str, paper: str) -> Mapping[str, Any]:
    """What the timeline template receives: the timeline, its view and the page size."""
    return {
        "timeline": timeline,
        "view": timeline_view(timeline),
        "target": target,
        "paper": paper,
        "page_size": PAPER_SIZES[paper],
    }


def render_timeline_html(timeline: Timeline, *, template_dir: TemplateDir = None) -> str:
    """The timeline as one self-contained HTML page (inline CSS and SVG, no requests).

    ``template_dir`` is a folder whose ``timeline.html.j2`` replaces tipdiff's own.
    """
    return render_template(_TEMPLATE, _context(timeline, "html", "a4"), template_dir=template_dir)


def render_timeline_pdf(
    timeline: Timeline,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    template_dir: TemplateDir = None,
) -> None:
    """Print the timeline to a PDF at ``path`` (written atomically; nothing fetched).

    ``paper`` is ``"a4"`` or ``"letter"``; pages carry a running header and numbers.
    """
    key = check_paper(paper)
    html = render_template(_TEMPLATE, _context(timeline, "pdf", key), template_dir=template_dir)
    write_atomic(Path(path), html_to_pdf(html))
