"""Synthetic variants of real narratives: the shapes texts arrive in on release day."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from tipdiff.headings import is_heading_line
from tipdiff.model import Report

_INLINE_LEAD = re.compile(
    r"^(?:PRIORITIZED |Prioritized )?(?:RECOMMENDATIONS|Recommendations)(?: (?:for|FOR) [^:]{2,60})?: ?"
)


def without_headings(text: str) -> str:
    """Delete every section heading line and inline "Recommendations for X:" lead-in."""
    lines = []
    for line in text.splitlines():
        if is_heading_line(line):
            continue
        lines.append(_INLINE_LEAD.sub("", line.strip()) if line.strip() else line)
    return "\n".join(lines)


def hard_wrapped(text: str, width: int = 78, page_every: int = 40) -> str:
    """Wrap every paragraph at ``width`` columns, hyphenating long words at line ends, and
    put a page-number line every ``page_every`` lines (a PDF extraction)."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        words = paragraph.split()
        line = ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                room = width - len(line) - 2
                if len(word) >= 8 and room >= 4 and word.isalpha():
                    cut = min(room, len(word) - 3)
                    out.append(f"{line} {word[:cut]}-")
                    line = word[cut:]
                    continue
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            out.append(line)
        out.append("")
    paged: list[str] = []
    for number, line in enumerate(out, start=1):
        paged.append(line)
        if number % page_every == 0:
            paged.extend(["", str(number // page_every), ""])
    return "\n".join(paged)


def html_wrapped(report: Report, chrome: Sequence[str] = ()) -> str:
    """A loaded narrative as a web page: the site's own lines (``chrome``: "Last
    updated …"), title, headings as <h2>, paragraphs as <p>, plus navigation, script,
    style and footer."""
    body = [f"<p>{html.escape(line)}</p>" for line in chrome]
    if report.title:
        body.append(f"<h1>{html.escape(report.title)}</h1>")
    for section in report.sections.values():
        if section.heading:
            body.append(f"<h2>{html.escape(section.heading)}</h2>")
        body.extend(f"<p>{html.escape(p.text)}</p>" for p in section.paragraphs)
    return (
        "<!doctype html><html><head><title>Country narrative</title>"
        "<style>p { color: red }</style><script>var tracking = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/reports'>Reports</a></nav>"
        "<header>U.S. Department of State</header><main>"
        + "\n".join(body)
        + "</main><footer>Share this page</footer></body></html>"
    )
