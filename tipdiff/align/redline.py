"""The one redline policy: what a mark covers when one sentence is turned into another.

Marks cover whole words (so a mark never splits a word and Markdown ``~~``/``**`` always
close); in each changed stretch the deletions come before the insertions; a lone short
unchanged word between two changes joins them ("in", "the"). :func:`edit_ops` applies it
to the raw word operations of :func:`~.words.word_ops`, and its result is
``Change.ops``: the brief shows exactly those marks (render applies the same
:func:`redline_runs`, which leaves such operations as they are).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ..model import Op
from .words import word_ops

__all__ = ["edit_ops", "redline_runs"]


def edit_ops(old: str, new: str) -> tuple[tuple[Op, str], ...]:
    """Word operations turning ``old`` into ``new``, marked as the brief shows them.

    The EQUAL and DELETE texts joined give ``old`` exactly, EQUAL and INSERT ``new``
    (whitespace between words is carried by the operations; a difference in it alone is
    a whitespace-only operation, which no brief shows).
    """
    raw = word_ops(old, new)
    ops = _exact(old, new, redline_runs(old, new, raw))
    return ops if ops is not None else raw


_WORD = re.compile(r"\S+\s*")


def _exact(
    old: str, new: str, runs: Sequence[tuple[Op, str]]
) -> tuple[tuple[Op, str], ...] | None:
    """The runs as operations over the exact texts (their own spacing), or None when the
    runs do not spell the two texts word for word."""
    if old[:1].isspace() or new[:1].isspace():
        return None
    old_words, new_words = _WORD.findall(old), _WORD.findall(new)
    i = j = 0
    ops: list[tuple[Op, str]] = []

    def add(op: Op, text: str) -> None:
        if ops and ops[-1][0] is op:
            ops[-1] = (op, ops[-1][1] + text)
        elif text:
            ops.append((op, text))

    for op, text in runs:
        count = len(text.split())
        if op is Op.EQUAL:
            olds, news = old_words[i : i + count], new_words[j : j + count]
            if [w.rstrip() for w in olds] != [w.rstrip() for w in news]:
                return None
            tail_old, tail_new = olds[-1], news[-1]
            word = tail_old.rstrip()
            space_old, space_new = tail_old[len(word) :], tail_new[len(word) :]
            if space_old == space_new:
                add(Op.EQUAL, "".join(olds))
            else:  # the stretch ends one text and not the other: the space is a change
                add(Op.EQUAL, "".join(olds[:-1]) + word)
                add(Op.DELETE, space_old)
                add(Op.INSERT, space_new)
            i, j = i + count, j + count
        elif op is Op.DELETE:
            add(Op.DELETE, "".join(old_words[i : i + count]))
            i += count
        else:
            add(Op.INSERT, "".join(new_words[j : j + count]))
            j += count
    if i != len(old_words) or j != len(new_words):
        return None
    spelled_old = "".join(t for o, t in ops if o is not Op.INSERT)
    spelled_new = "".join(t for o, t in ops if o is not Op.DELETE)
    return tuple(ops) if (spelled_old, spelled_new) == (old, new) else None


_SHORT_ISLAND = 3  # an unchanged word this short between two changes joins them


def redline_runs(
    old: str, new: str, ops: Sequence[tuple[Op, str]] = ()
) -> list[tuple[Op, str]]:
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
    runs: list[tuple[Op, str]] = []
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
                runs.append((Op.EQUAL, " ".join(equal)))
            equal = []
            deleted += old_words[i:a]
            inserted += new_words[j:b]
            changed = True
        equal += old_words[a : a + size]
        i, j = a + size, b + size
    _flush(runs, deleted, inserted)
    if equal:
        runs.append((Op.EQUAL, " ".join(equal)))
    return runs


def _flush(runs: list[tuple[Op, str]], deleted: list[str], inserted: list[str]) -> None:
    """Close a changed stretch: all its deletions, then all its insertions."""
    if deleted:
        runs.append((Op.DELETE, " ".join(deleted)))
        deleted.clear()
    if inserted:
        runs.append((Op.INSERT, " ".join(inserted)))
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
