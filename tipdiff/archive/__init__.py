"""The archive: every edition of every country as one SQLite database.

``tipdiff archive INPUT… -o tip.sqlite`` (or :func:`build`) reads folders, whole editions
and single narratives as ``tipdiff batch`` does and keeps what it reads — narratives,
sections, sentences (with an FTS5 full-text index), tiers, effort verdicts, key figures,
recommendations and how each recommendation fared from one edition to the next — with
views for tier history, verdict history and figure series. :class:`Archive` reads it
back as the model's own objects. Modules: ``schema`` (tables, views, descriptions),
``write`` (the write side: :func:`build`), ``store`` (opening and the read side).
"""

from __future__ import annotations

from .rows import content_hash
from .schema import SCHEMA_VERSION, datasette_metadata
from .store import Archive, connect
from .write import BuildResult, build

__all__ = [
    "SCHEMA_VERSION",
    "Archive",
    "BuildResult",
    "build",
    "connect",
    "content_hash",
    "datasette_metadata",
]
