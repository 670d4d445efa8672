"""Redlines: whole-word runs of equal, deleted and inserted text between two sentences.

The alignment's word operations are widened to whole words (so Markdown ``~~``/``**``
marks always close); without usable operations the words are compared with difflib.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Op

__all__ = ["Run", "redline"]


@dataclass(frozen=True, slots=True)
class Run:
    """A run of whole words with one edit operation: ``equal``, ``delete`` or ``insert``."""

    op: Op
    text: str


_SHORT_ISLAND = 3  # an unchanged word this short between two changes joins them


def redline(old: str, new: str, ops: Sequence[tuple[Op, str]] = ()) -> tuple[Run, ...]:
    """Whole-word redline runs turning ``old`` into ``new``.

    The alignment's word operations are used when they spell out both sentences; the
    marks are then widened to whole words so a mark never splits a word (and Markdown
    ``~~``/``**`` always close). Without usable operations the words are compared with
    :mod:`difflib`. In each changed stretch the deletions come before the insertions; a
    lone short unchanged word between two changes joins them ("in", "the").
    """
    old_words = old.split()
    new_words = new.split()
    blocks: Sequence[tuple[int, int, int]] | None = None
    if ops:
        blocks = _blocks_from_ops(old, new, ops)
    if blocks is None:
        matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
        blocks = matcher.get_matching_blocks()[:-1]  # the last one is an empty sentinel
    runs: list[Run] = []
    deleted: list[str] = []
    inserted: list[str] = []
    equal: list[str] = []  # the stretch of unchanged words being read
    changed = False  # whether a change came before that stretch
    i = j = 0
    for a, b, size in [*blocks, (len(old_words), len(new_words), 0)]:
        if i < a or j < b:
            if len(equal) == 1 and changed and len(equal[0]) <= _SHORT_ISLAND:
                deleted.append(equal[0])
                inserted.append(equal[0])
            elif equal:
                _flush(runs, deleted, inserted)
                runs.append(Run(Op.EQUAL, " ".join(equal)))
            equal = []
            deleted += old_words[i:a]
            inserted += new_words[j:b]
            changed = True
        equal += old_words[a : a + size]
        i, j = a + size, b + size
    _flush(runs, deleted, inserted)
    if equal:
        runs.append(Run(Op.EQUAL, " ".join(equal)))
    return tuple(runs)


def _flush(runs: list[Run], deleted: list[str], inserted: list[str]) -> None:
    """Close a changed stretch: all its deletions, then all its insertions."""
    if deleted:
        runs.append(Run(Op.DELETE, " ".join(deleted)))
        deleted.clear()
    if inserted:
        runs.append(Run(Op.INSERT, " ".join(inserted)))
        inserted.clear()


def _blocks_from_ops(
    old: str, new: str, ops: Sequence[tuple[Op, str]]
) -> list[tuple[int, int, int]] | None:
    """Blocks of words ``(old index, new index, length)`` the operations keep equal, or
    None when the operations do not spell out ``old`` and ``new``.

    A word is kept when it lies inside one stretch of equal text. Inside a stretch the
    words of both sides correspond one to one; only a word at either end of the stretch
    can start or end differently on the other side, so only those two are checked.
    """
    spans: list[tuple[int, int, int]] = []  # equal text: (old start, old end, new start)
    pos_old = pos_new = 0
    for op, text in ops:
        if op == Op.EQUAL:
            if not (old.startswith(text, pos_old) and new.startswith(text, pos_new)):
                return None
            last = spans[-1] if spans else None
            if last and last[1] == pos_old and last[2] + pos_old - last[0] == pos_new:
                spans[-1] = (last[0], pos_old + len(text), last[2])
            elif text:
                spans.append((pos_old, pos_old + len(text), pos_new))
            pos_old += len(text)
            pos_new += len(text)
        elif op == Op.DELETE:
            if not old.startswith(text, pos_old):
                return None
            pos_old += len(text)
        else:
            if not new.startswith(text, pos_new):
                return None
            pos_new += len(text)
    if pos_old != len(old) or pos_new != len(new):
        return None
    old_before, new_before = _WordsBefore(old), _WordsBefore(new)
    blocks: list[tuple[int, int, int]] = []
    for start, end, new_start in spans:
        new_end = new_start + end - start
        o, n = old_before(start), new_before(new_start)
        size = old_before(end) - o
        # A word starting with the stretch on one side only is cut in two by it.
        first_old, first_new = _starts_word(old, start), _starts_word(new, new_start)
        if first_old and not first_new:
            o, size = o + 1, size - 1
        elif first_new and not first_old:
            n += 1
        # The last word may run past the stretch, or end with it on one side only.
        if not old[end - 1].isspace() and not (_ends_word(old, end) and _ends_word(new, new_end)):
            size -= 1
        if size > 0:
            blocks.append((o, n, size))
    return blocks


class _WordsBefore:
    """How many words of ``text`` start before an offset; offsets must come in
    increasing order (then all the calls together read the text once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = self.count = 0

    def __call__(self, offset: int) -> int:
        if offset > self.offset:
            text, previous = self.text, self.offset
            self.count += len(text[previous:offset].split())
            if previous and not text[previous - 1].isspace() and not text[previous].isspace():
                self.count -= 1  # a word cut at the previous offset, counted already
            self.offset = offset
        return self.count


def _starts_word(text: str, offset: int) -> bool:
    return offset < len(text) and not text[offset].isspace() and (
        offset == 0 or text[offset - 1].isspace()
    )


def _ends_word(text: str, offset: int) -> bool:
    return offset == len(text) or text[offset].isspace()
