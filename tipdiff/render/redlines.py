"""Redlines for display: whole-word runs of equal, deleted and inserted text.

What a mark covers is decided once, in :mod:`tipdiff.align.redline`: ``Change.ops`` are
already marked that way, and :func:`redline` applies the same policy (which leaves them
as they are) to get the runs a template shows; without operations it compares words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align.redline import redline_runs
from ..model import Op

__all__ = ["Run", "redline"]


@dataclass(frozen=True, slots=True)
class Run:
    """A run of whole words with one edit operation: ``equal``, ``delete`` or ``insert``."""

    op: Op
    text: str


def redline(old: str, new: str, ops: Sequence[tuple[Op, str]] = ()) -> tuple[Run, ...]:
    """Whole-word redline runs turning ``old`` into ``new`` (see :mod:`tipdiff.align.redline`)."""
    return tuple(Run(op, text) for op, text in redline_runs(old, new, ops))
