"""Redlines for display: the runs of equal, deleted and inserted words a brief shows.

What a mark covers is decided once, by :func:`tipdiff.align.word_ops`: ``Change.ops``
and a recommendation's ops are already whole-word marks (deletions before insertions,
short unchanged islands joined). :func:`redline` only turns them into runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..align import word_ops
from ..model import Op

__all__ = ["Run", "redline"]


@dataclass(frozen=True, slots=True)
class Run:
    """A run of whole words with one edit operation: ``equal``, ``delete`` or ``insert``."""

    op: Op
    text: str


def redline(old: str, new: str, ops: Sequence[tuple[Op, str]] = ()) -> tuple[Run, ...]:
    """The redline runs turning ``old`` into ``new``: the operations ``ops`` as shown.

    A whitespace-only operation is not shown, and each run's words are joined by single
    spaces. Operations that are not marks of :func:`~tipdiff.align.word_ops`' kind
    (missing, not spelling out ``old`` and ``new``, cutting a word, or an insertion
    before a deletion) are replaced by ``word_ops(old, new)``, so a mark never splits a
    word and Markdown ``~~``/``**`` always close.
    """
    if not _whole_word_marks(old, new, ops):
        ops = word_ops(old, new)
    runs: list[Run] = []
    for op, text in ops:
        words = " ".join(text.split())
        if not words:
            continue  # spacing only
        if runs and runs[-1].op is op:
            runs[-1] = Run(op, f"{runs[-1].text} {words}")
        else:
            runs.append(Run(op, words))
    return tuple(runs)


def _whole_word_marks(old: str, new: str, ops: Sequence[tuple[Op, str]]) -> bool:
    """Whether ``ops`` spell out ``old`` and ``new``, every operation begins and ends
    between words on the sides it covers, and no deletion follows an insertion (with
    only whitespace between them)."""
    if not ops:
        return not old and not new
    at_old = at_new = 0
    previous: Op | None = None  # the last operation shown (not whitespace only)
    for op, text in ops:
        if not text.isspace():
            if op == Op.DELETE and previous == Op.INSERT:
                return False
            previous = op
        if op != Op.INSERT:
            if not old.startswith(text, at_old) or not _between_words(old, at_old):
                return False
            at_old += len(text)
        if op != Op.DELETE:
            if not new.startswith(text, at_new) or not _between_words(new, at_new):
                return False
            at_new += len(text)
    # Every operation ends where the next begins: only the texts' ends are left to check.
    return at_old == len(old) and at_new == len(new)


def _between_words(side: str, at: int) -> bool:
    """Whether position ``at`` of ``side`` cuts no word: an end of the text, or
    whitespace on either side of it."""
    return at == 0 or at == len(side) or side[at - 1].isspace() or side[at].isspace()
