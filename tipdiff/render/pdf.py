"""PDF printing with WeasyPrint, locked down: every URL is refused while printing.

WeasyPrint is imported on first use, with a RenderError that says what to install when
it (or its system libraries) is missing. Font configurations are reused per process and
thread so each later PDF is faster; how fonts are subset (HarfBuzz or fontTools) is
reported once per process.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import threading
from typing import Any

from ..errors import RenderError

__all__ = [
    "font_subsetting",
    "font_subsetting_hint",
    "html_to_pdf",
    "refusing_url_fetcher",
]

logger = logging.getLogger(__name__)


def _weasyprint() -> Any:
    """The weasyprint module, or a RenderError saying what to install."""
    try:
        # Missing a system library, WeasyPrint prints a banner on stdout before it
        # raises: the RenderError below says it in one line, on stderr.
        with contextlib.redirect_stdout(io.StringIO()):
            import weasyprint
    except ImportError as exc:
        raise RenderError(
            "PDF output needs WeasyPrint, which is not installed: run "
            "'pip install weasyprint' (or write HTML or Markdown instead)"
        ) from exc
    except OSError as exc:  # WeasyPrint is there but its system libraries are not
        raise RenderError(
            f"WeasyPrint could not load its system libraries (Pango): {exc}; see "
            "https://doc.courtbouillon.org/weasyprint/stable/first_steps.html "
            "(or write HTML or Markdown instead)"
        ) from exc
    try:
        from weasyprint.urls import URLFetcher  # noqa: F401  (the API the fetcher uses)
    except ImportError as exc:
        raise RenderError(
            "PDF output needs WeasyPrint 68 or newer (its URLFetcher class): run "
            "'pip install -U weasyprint'"
        ) from exc
    _hint_font_subsetting()
    return weasyprint


def font_subsetting() -> str:
    """How WeasyPrint subsets the fonts it embeds on this machine: ``"harfbuzz"``
    (the system library ``libharfbuzz-subset``, fast) or ``"fonttools"`` (its pure
    Python fallback: the same PDF text, about 1.5x slower per brief). Needs WeasyPrint."""
    _weasyprint()
    return _subsetter()


def font_subsetting_hint() -> str | None:
    """What to install for faster PDFs, or None when nothing is missing (needs WeasyPrint)."""
    return None if font_subsetting() == "harfbuzz" else _SUBSET_HINT


_SUBSET_HINT = (
    "PDF fonts are subset with fontTools because libharfbuzz-subset is missing; "
    "PDFs are the same but slower to make: install it for speed "
    "(Debian/Ubuntu: apt-get install libharfbuzz-subset0)"
)


def _subsetter() -> str:
    from weasyprint.text import ffi

    return "fonttools" if getattr(ffi, "harfbuzz_subset", None) is None else "harfbuzz"


@functools.cache
def _hint_font_subsetting() -> None:
    # Once per process (batch workers are forks of a process that has said it already).
    if _subsetter() == "fonttools":
        logger.info("%s", _SUBSET_HINT)


@functools.lru_cache(maxsize=1)
def _fetcher_class() -> type[Any]:
    """A WeasyPrint URL fetcher that refuses every URL (built on first use)."""
    from weasyprint.urls import URLFetcher

    class RefusingURLFetcher(URLFetcher):  # type: ignore[misc]
        """Refuses every URL: a brief is one self-contained document."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            logger.warning("refused to fetch %r while printing a brief", url[:200])
            raise ValueError(f"tipdiff briefs fetch nothing; refused {url[:200]!r}")

    return RefusingURLFetcher


def refusing_url_fetcher() -> Any:
    """The URL fetcher used for every PDF: it refuses all URLs (needs WeasyPrint)."""
    _weasyprint()
    return _fetcher_class()()


@functools.lru_cache(maxsize=8)
def _font_config(process: int, thread: int) -> Any:
    """A WeasyPrint font configuration reused from brief to brief (its warm Pango font
    caches make each later PDF faster). One per process and thread: Pango's font maps
    are safe neither across a fork nor between threads."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def html_to_pdf(html: str) -> bytes:
    """Print an HTML document to PDF bytes (tagged, fonts embedded, nothing fetched)."""
    weasyprint = _weasyprint()
    fetcher = refusing_url_fetcher()
    # @font-face rules add fonts to the configuration: such a brief gets a fresh one
    fonts = None if "@font-face" in html else _font_config(os.getpid(), threading.get_ident())
    try:
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher)
        data = document.write_pdf(pdf_tags=True, font_config=fonts)  # tagged: for screen readers
    except Exception as exc:
        raise RenderError(f"WeasyPrint could not print the brief: {exc}") from exc
    if not isinstance(data, bytes):
        raise RenderError("WeasyPrint returned no PDF data")
    return data
