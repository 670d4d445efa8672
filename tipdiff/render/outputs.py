"""The renderers: a diff's brief as HTML, Markdown, JSON or PDF, the batch index, and the
format registry that writes a brief to a file.

Every renderer is deterministic (no clock, no randomness: the same diff gives the same
bytes). Files are written atomically (a temporary file in the target folder, then
``os.replace``), so a failed render never leaves a half-written brief.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..files import write_atomic
from ..model import ReportDiff
from .brief import brief_context
from .formats import (
    OUTPUT_FORMATS,
    PAPER_SIZES,
    OutputFormat,
    check_paper,
    format_for_path,
    output_format,
)
from .loader import TemplateDir, render_template
from .pdf import html_to_pdf

__all__ = [
    "RENDERERS",
    "Renderer",
    "render_html",
    "render_index",
    "render_json",
    "render_markdown",
    "render_pdf",
    "render_pdf_bytes",
    "renderer",
    "write_brief",
]

# --------------------------------------------------------------------------- renderers


def _context(diff: ReportDiff, target: str, paper: str, *, id_prefix: str = "") -> dict[str, Any]:
    """What the brief templates receive: the brief, the target, the page size and the
    prefix of every element id (so that briefs shown on one page keep their own)."""
    return {
        "brief": brief_context(diff),
        "target": target,
        "paper": paper,
        "page_size": PAPER_SIZES[paper],
        "idp": id_prefix,
    }


def element_id_prefix(diff: ReportDiff) -> str:
    """A prefix for a brief's element ids, the same for the same diff (output stays
    deterministic) and different for another one."""
    key = "\x00".join(
        str(part)
        for part in (diff.old.source, diff.new.source, diff.old.year, diff.new.year,
                     diff.old.text, diff.new.text)
    )  # fmt: skip
    return f"tipdiff-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}-"


def render_html(
    diff: ReportDiff, *, template_dir: TemplateDir = None, fragment: bool = False
) -> str:
    """The brief as one self-contained HTML page (inline CSS, no external requests).

    ``template_dir`` is a folder whose templates (``brief.html.j2``, ``brief.css`` …)
    replace tipdiff's own by name; the rest still come from tipdiff. ``fragment=True``
    returns a ``<div>`` with scoped styles, for embedding (notebooks use it).
    """
    if fragment:  # one of several on a page (a notebook): ids of its own
        context = _context(diff, "html", "a4", id_prefix=element_id_prefix(diff))
        return render_template("fragment.html.j2", context, template_dir=template_dir)
    return render_template("brief.html.j2", _context(diff, "html", "a4"), template_dir=template_dir)


def render_markdown(diff: ReportDiff, *, template_dir: TemplateDir = None) -> str:
    """The brief in GitHub-flavoured Markdown, for an issue or pull-request comment.

    Removed words are ``~~struck~~``, added ones ``**bold**``; figures are a table; all
    text from the reports is escaped so it cannot form links, HTML or mentions of markup.
    """
    return render_template(
        "brief.md.j2", _context(diff, "markdown", "a4"), template_dir=template_dir
    )


def render_index(summary: Mapping[str, Any], *, template_dir: TemplateDir = None) -> str:
    """The batch job's index page (``index.html.j2``) for a summary mapping.

    Templates receive ``summary`` (the batch result's ``to_dict()``), ``news`` (which
    entries each total counts: :func:`~tipdiff.render.index_news.index_news`) and
    ``version``.
    """
    from .. import __version__
    from .index_news import index_news

    context = {"summary": summary, "news": index_news(summary), "version": __version__}
    return render_template("index.html.j2", context, template_dir=template_dir)


def render_json(diff: ReportDiff) -> str:
    """``diff.to_dict()`` as indented JSON text, ending with a newline."""
    return json.dumps(diff.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_pdf_bytes(
    diff: ReportDiff, *, paper: str = "a4", template_dir: TemplateDir = None
) -> bytes:
    """The brief as PDF bytes (see :func:`render_pdf`)."""
    paper = check_paper(paper)
    html = render_template("brief.html.j2", _context(diff, "pdf", paper), template_dir=template_dir)
    return html_to_pdf(html)


def render_pdf(
    diff: ReportDiff,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    template_dir: TemplateDir = None,
) -> None:
    """Print the brief to a PDF file at ``path`` (``paper``: ``"a4"`` or ``"letter"``).

    Page numbers ("page X of Y"), a running header with country and editions, bookmarks
    from the headings and document metadata are included; fonts are embedded. The file
    is written atomically. Needs WeasyPrint; nothing is ever fetched while printing.
    """
    data = render_pdf_bytes(diff, paper=paper, template_dir=template_dir)
    write_atomic(Path(path), data)


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True, slots=True)
class Renderer:
    """One output format and how to produce a brief's bytes in it."""

    format: OutputFormat
    render: Callable[..., bytes]

    @property
    def name(self) -> str:
        """The format's name (``markdown``)."""
        return self.format.name

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The file suffixes that ask for the format."""
        return self.format.suffixes

    @property
    def media_type(self) -> str:
        """The format's media type (``text/markdown``)."""
        return self.format.media_type

    @property
    def description(self) -> str:
        """A line describing the format."""
        return self.format.description

    def write(self, diff: ReportDiff, path: str | os.PathLike[str], **options: Any) -> None:
        """Render ``diff`` and write it atomically to ``path``."""
        write_atomic(Path(path), self.render(diff, **options))


def _html_bytes(diff: ReportDiff, *, paper: str = "a4", template_dir: TemplateDir = None) -> bytes:
    check_paper(paper)
    return render_html(diff, template_dir=template_dir).encode("utf-8")


def _markdown_bytes(
    diff: ReportDiff, *, paper: str = "a4", template_dir: TemplateDir = None
) -> bytes:
    check_paper(paper)
    return render_markdown(diff, template_dir=template_dir).encode("utf-8")


def _json_bytes(diff: ReportDiff, *, paper: str = "a4", template_dir: TemplateDir = None) -> bytes:
    check_paper(paper)
    return render_json(diff).encode("utf-8")


_BYTES: Mapping[str, Callable[..., bytes]] = {
    "pdf": render_pdf_bytes,
    "html": _html_bytes,
    "markdown": _markdown_bytes,
    "json": _json_bytes,
}

#: The renderer of each output format, by format name.
RENDERERS: Mapping[str, Renderer] = MappingProxyType(
    {name: Renderer(fmt, _BYTES[name]) for name, fmt in OUTPUT_FORMATS.items()}
)


def renderer(name: str) -> Renderer:
    """The renderer called ``name`` (``pdf``, ``html``, ``markdown``/``md``, ``json``)."""
    return RENDERERS[output_format(name).name]


def write_brief(
    diff: ReportDiff,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    paper: str = "a4",
    template_dir: TemplateDir = None,
) -> str:
    """Write the brief to ``path`` atomically; the format comes from ``format`` or the
    suffix. Returns the format name used."""
    chosen = renderer(format) if format else RENDERERS[format_for_path(path)]
    chosen.write(diff, path, paper=paper, template_dir=template_dir)
    return chosen.name
