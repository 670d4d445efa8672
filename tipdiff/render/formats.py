"""The output vocabulary: brief formats (names, aliases, file suffixes) and paper sizes.

One home for what the command line, the batch job and the renderers call a format, so a
format or a paper size is added in one place. Plain data: importing this module loads
neither Jinja2 nor WeasyPrint, so the command line can build its options from it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..errors import UsageError

__all__ = [
    "FORMAT_ALIASES",
    "FORMAT_NAMES",
    "OUTPUT_FORMATS",
    "PAPER_SIZES",
    "OutputFormat",
    "check_paper",
    "format_for_path",
    "output_format",
]

#: Page sizes a PDF can be printed on (name → CSS ``size`` value).
PAPER_SIZES: Mapping[str, str] = MappingProxyType({"a4": "A4", "letter": "letter"})


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One brief format: its name, the file suffixes that ask for it (the first is the
    one a written brief gets), its media type and a line describing it."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    description: str

    @property
    def suffix(self) -> str:
        """The suffix of a brief written in this format (``.md`` for Markdown)."""
        return self.suffixes[0]


#: The brief formats by name (``tipdiff compare --format NAME``), in the order
#: messages list them.
OUTPUT_FORMATS: Mapping[str, OutputFormat] = MappingProxyType(
    {
        "pdf": OutputFormat("pdf", (".pdf",), "application/pdf", "printable brief (WeasyPrint)"),
        "html": OutputFormat("html", (".html", ".htm"), "text/html", "self-contained web page"),
        "markdown": OutputFormat(
            "markdown", (".md", ".markdown"), "text/markdown", "GitHub-flavoured Markdown"
        ),
        "json": OutputFormat(
            "json", (".json",), "application/json", "the diff as JSON (ReportDiff.to_dict())"
        ),
    }
)

#: Other names a format answers to.
FORMAT_ALIASES: Mapping[str, str] = MappingProxyType({"md": "markdown", "htm": "html"})

#: Every name a format can be asked for by.
FORMAT_NAMES: tuple[str, ...] = (*OUTPUT_FORMATS, *FORMAT_ALIASES)


def output_format(name: str) -> OutputFormat:
    """The format called ``name`` (``pdf``, ``html``/``htm``, ``markdown``/``md``, ``json``)."""
    key = FORMAT_ALIASES.get(name.lower(), name.lower())
    if key not in OUTPUT_FORMATS:
        raise UsageError(f"unknown format {name!r}; use one of: {_format_choices()}")
    return OUTPUT_FORMATS[key]


def _format_choices() -> str:
    """``pdf, html, markdown, json (or htm, md)``: every name a message may offer."""
    return f"{', '.join(OUTPUT_FORMATS)} (or {', '.join(FORMAT_ALIASES)})"


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format name that a file name's suffix asks for (``brief.pdf`` → ``pdf``)."""
    suffix = Path(path).suffix.lower()
    for item in OUTPUT_FORMATS.values():
        if suffix in item.suffixes:
            return item.name
    known = ", ".join(s for f in OUTPUT_FORMATS.values() for s in f.suffixes)
    raise UsageError(
        f"cannot tell the output format from {str(path)!r}; name the file with one of "
        f"{known} or pass --format ({', '.join(OUTPUT_FORMATS)})"
    )


def check_paper(paper: str) -> str:
    """``paper`` as a key of :data:`PAPER_SIZES` (any case); a UsageError otherwise."""
    key = str(paper).lower()
    if key not in PAPER_SIZES:
        raise UsageError(f"unknown paper size {paper!r}; use one of: {', '.join(PAPER_SIZES)}")
    return key
