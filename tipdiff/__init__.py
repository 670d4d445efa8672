"""tipdiff: what changed between two editions of a TIP Report country narrative.

Pipeline (one module or package per stage, data flowing one way)::

    ingest     ingest.py, headings.py    source → cleaned paragraphs (decoding, HTML,
                                         unwrapping, chrome removal)
    segment    segment.py, metadata.py,  paragraphs → Report (metadata with confidence,
               tiers.py, narrative.py    canonical sections, sentences, recommendations)
    cite       citations.py              Report → each sentence's line and page in the source
    figures    figures/                  Report → effort verdicts and key figures
    align      align/                    two Reports → ReportDiff (sections, sentences,
                                         words, recommendations, figures)
    render     render/, templates/       ReportDiff → HTML, PDF, Markdown, JSON
    timeline   timeline/                 several Reports of one country → a timeline

Around them: ``model/`` (the types), ``errors.py``, ``countries.py`` (one table of
country names), ``edition.py`` (a whole edition cut into one narrative per country:
:func:`load_edition`), ``batch/`` and ``failon.py`` (the release-day job), ``archive/``
(every edition as SQLite) and ``cli.py``.
"""

from __future__ import annotations

import importlib
import logging

from . import file_names, ingest
from .edition import Edition, load_edition, read_narrative
from .errors import TipdiffError
from .ingest import Source
from .model import Report, ReportDiff

__version__ = "0.1.0"

__all__ = [
    "Edition",
    "Report",
    "ReportDiff",
    "TipdiffError",
    "__version__",
    "compare",
    "load",
    "load_edition",
    "render_html",
    "render_markdown",
    "render_pdf",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def load(source: Source | Report, *, country: str | None = None, year: int | None = None) -> Report:
    """Read one country narrative into a :class:`Report`.

    ``source`` is a path, a ``str`` of text or HTML, or ``bytes``. Steps: ingest
    (decode, HTML → text, unwrap, drop chrome) → segment (sections, sentences,
    recommendations, country/year/tier with evidence) → cite (each sentence's line and
    page in the source) → figures (verdicts, key figures). ``country`` and ``year``
    override what the text says; a file whose text states no edition year is read as
    the edition its name gives ("kenya-2017.txt"), with a warning that says so. A text
    with two or more country headings (pages cut from the whole report) gives the
    narrative of ``country``, else its longest, and a warning naming the others.
    """
    if isinstance(source, Report):
        return source
    raw, label = ingest.read(source)
    report = read_narrative(raw, label, country=country, year=year)
    path = ingest.source_path(source)
    if year is not None or path is None:
        return report
    named = file_names.narrative_name_year(path)
    if named is None or report.year == named or not file_names.yields_to_a_named_year(report):
        return report
    return file_names.dated_by_name(report, path, read_narrative(raw, label, country=country, year=named))


def compare(old: Source | Report, new: Source | Report) -> ReportDiff:
    """Compare two editions: anything :func:`load` accepts, or loaded Reports.

    Sections are paired by name, sentences aligned (unchanged, reworded, moved,
    added, removed) with word-level marks, recommendations matched as a set, and the
    tier, effort verdicts and key figures compared.
    """
    from .align import compare_reports

    return compare_reports(load(old), load(new))


def _brief_fragment(diff: ReportDiff) -> str:
    """The change brief as an HTML block, so notebooks show a diff as its brief."""
    from .render.outputs import render_html  # a later stage, loaded when first shown

    return render_html(diff, fragment=True)


# The model holds types only and imports no later stage: the package wires the notebook
# display of a ReportDiff to the render stage.
ReportDiff._repr_html_ = _brief_fragment  # type: ignore[attr-defined]


#: The jobs behind the commands, loaded when first used (``tipdiff.batch.run_batch``).
_JOB_MODULES = ("archive", "batch", "timeline")


def __getattr__(name: str) -> object:
    # The renderers import Jinja2 (and WeasyPrint on use); load them only when asked for.
    if name in ("render_html", "render_markdown", "render_pdf"):
        from . import render

        return getattr(render, name)
    if name in _JOB_MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'tipdiff' has no attribute {name!r}")
