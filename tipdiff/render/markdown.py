"""Markdown escaping: the ``md``, ``mdblock`` and ``mdcell`` filters of the Markdown brief.

Every value taken from a report is escaped before it reaches the Markdown template, so a
sentence can form no link, image, HTML, emphasis, heading, list item or table cell break.
"""

from __future__ import annotations

import re

__all__ = ["markdown_cell", "markdown_escape", "markdown_escape_block"]

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#!])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_BLOCK_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def markdown_escape(text: object) -> str:
    """Escape ``text`` so GitHub-flavoured Markdown shows it literally inside a line.

    Emphasis, strike-through, code, links, images, HTML, table pipes, headings and
    entity references are all neutralised; line breaks become spaces so one value never
    breaks the layout. (Use :func:`markdown_escape_block` for a value that starts a line.)
    """
    value = " ".join(str(text).split())
    value = _MD_ENTITY.sub("&amp;", value)
    value = value.replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def markdown_escape_block(text: object) -> str:
    """Like :func:`markdown_escape`, also for a value at the start of a line (no list
    item, heading or rule can begin)."""
    value = markdown_escape(text)
    match = _MD_BLOCK_START.match(value)
    if match is None:
        return value
    if match.group(1)[0].isdigit():
        end = match.end()
        return value[:end] + "\\" + value[end:]
    return "\\" + value


def markdown_cell(text: object) -> str:
    """Like :func:`markdown_escape`; an empty value becomes a dash."""
    value = markdown_escape(text)
    return value if value else "—"
