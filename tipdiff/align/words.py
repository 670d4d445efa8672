"""Word-level operations of one pairing, marked as the brief shows them (:func:`word_ops`).

The one redline policy. Text is cut into tokens (opening punctuation, word, closing
punctuation, each with the whitespace after it); the tokens are diffed without
whitespace — by hand when the two sides differ in one place (most rewordings), with
difflib when small, by patience diff (:func:`~.order._anchor_pairs`) when large. In the
same pass the result is widened to whole words, short unchanged islands are absorbed
into the changes around them, and each changed stretch is written as its deletion, then
its insertion.
"""

from __future__ import annotations

import difflib
import itertools
import operator
import re
from collections.abc import Iterable, Sequence

from ..model import Op
from .order import _anchor_pairs

_WORD_MATCHER_CELLS = 250_000  # largest sentence pair (old × new tokens) word_ops gives difflib
_ISLAND_WORDS = 2  # equal runs of at most this many short words between changes
_ISLAND_WORD_LENGTH = 3  # ("of the", "and", "a") are absorbed into the changes around them
_SHORT_WORD = 3  # and a lone unchanged word this short (in characters: "of", "(a)") too


_OPENERS = "([{\"'“‘"
_CLOSERS = ".,;:!?)]}\"'”’"
_OPENER_CLASS = "".join(map(re.escape, _OPENERS))
_CLOSER_CLASS = "".join(map(re.escape, _CLOSERS))
# Within a chunk (a run of non-space): its closing run, its opening run, the word up to
# its last non-closing character, a chunk of closers only; each takes the whitespace
# after it when it ends the chunk. Leading whitespace of the text is a token of its own.
# A word without punctuation up to the chunk's end (most words) is matched first, in one
# forward scan: there the closing and opening runs cannot match and the general word
# pattern, which backtracks, would match the same.
_TOKEN = re.compile(
    rf"[^\s{_OPENER_CLASS}{_CLOSER_CLASS}]++(?=\s|\Z)\s*"
    rf"|(?<=\S)[{_CLOSER_CLASS}]+(?=\s|\Z)\s*"
    rf"|[{_OPENER_CLASS}]+\s*"
    rf"|\S*[^\s{_CLOSER_CLASS}]\s*"
    rf"|[{_CLOSER_CLASS}]+\s*"
    r"|\s+"
)


def _tokens(text: str) -> list[str]:
    """Opening punctuation, word, closing punctuation: each chunk of ``text`` in up to
    three tokens, the last carrying the whitespace that follows it."""
    return _TOKEN.findall(text)


def word_ops(old: str, new: str) -> tuple[tuple[Op, str], ...]:
    """Word-level operations turning ``old`` into ``new``, marked as the brief shows them.

    This is the one redline policy (:func:`tipdiff.render.redline` only displays it):

    * Joining the EQUAL and DELETE texts gives ``old`` exactly, EQUAL and INSERT texts
      give ``new``: each word carries the whitespace after it.
    * Marks cover whole words (a word is what lies between spaces: ``($412)``), so a
      mark never splits a word and Markdown ``~~``/``**`` always close.
    * In each changed stretch the DELETE comes before the INSERT.
    * Short unchanged islands join the changes around them: punctuation or at most two
      words of up to three letters, no longer than the changes on either side ("and" in
      "police and prosecutors" → "judges and lawyers"), and a lone word of up to three
      characters between two changes ("of" in "12 of 17" → "10 of 13").
    * Where the sides differ only in the whitespace after a word (an insertion at the
      end), the EQUAL text is what both share and the extra whitespace travels with the
      next change, or is a whitespace-only DELETE / INSERT of its own (no brief shows
      one).

    The words are compared as tokens (opening punctuation, word, closing punctuation;
    numbers and money whole: ``$412``) without their whitespace; a word is unchanged
    when all its tokens are and they make one word on the other side too.
    """
    if old == new:
        return ((Op.EQUAL, old),) if old else ()
    marks = _Marks()
    if old[:1].isspace() or new[:1].isspace():  # whitespace before the first word
        lead_old, lead_new = len(old) - len(old.lstrip()), len(new) - len(new.lstrip())
        space = _common_prefix(old[:lead_old], new[:lead_new])
        marks.equal(space)
        marks.change(old[len(space) : lead_old], new[len(space) : lead_new])
        old, new = old[lead_old:], new[lead_new:]
    if not old or not new:
        marks.change(old, new)
        return marks.result()
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    old_keys = list(map(str.strip, old_tokens))
    new_keys = list(map(str.strip, new_tokens))
    old_starts, new_starts = _offsets(old_tokens), _offsets(new_tokens)
    opcodes = _token_opcodes(old_keys, new_keys)
    equal = _equal_runs(opcodes, old, new, old_starts, new_starts, old_keys)
    kept = _kept_words(equal, old, new, old_starts, new_starts)
    _mark(marks, kept, old, new, old_starts, new_starts)
    return marks.result()


class _WordOps(dict[tuple[str, str], tuple[tuple[Op, str], ...]]):
    """:func:`word_ops` of the text pairs of one comparison, keyed by (old, new) text,
    each worked out once."""

    def __missing__(self, texts: tuple[str, str]) -> tuple[tuple[Op, str], ...]:
        ops = self[texts] = word_ops(*texts)
        return ops


def _token_opcodes(a: Sequence[str], b: Sequence[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """difflib-style opcodes for two token sequences (patience diff when they are so
    long that difflib would be quadratic)."""
    one_change = _one_change(a, b)
    if one_change is not None:
        return one_change
    if len(a) * len(b) <= _WORD_MATCHER_CELLS:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return _opcodes(_anchor_pairs(a, b), len(a), len(b))


def _one_change(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]] | None:
    """difflib's opcodes, found without it, when ``a`` and ``b`` differ in one place by
    tokens the other side does not hold at all (most rewordings); else None.

    With ``a = P X S`` and ``b = P Y S`` (P and S as long as they go), no token of X in
    ``b`` and none of Y in ``a``, every equal block lies within P or S: difflib's
    longest block is P, or S when longer, and it answers P, X → Y, S. The one exception,
    an insertion or deletion with S longer than P, is an earlier copy of S for difflib
    to prefer: S's first token missing from P rules it out.
    """
    n, m = len(a), len(b)
    head = _shared_start(a, b, min(n, m))
    tail = _shared_start(reversed(a), reversed(b), min(n, m) - head)
    a_end, b_end = n - tail, m - tail
    if not set(a[head:a_end]).isdisjoint(b) or not set(b[head:b_end]).isdisjoint(a):
        return None
    pure = a_end == head or b_end == head
    if pure and tail > head and a[a_end] in a[:head]:
        return None
    opcodes = [("equal", 0, head, 0, head)] if head else []
    if a_end > head or b_end > head:
        tag = "insert" if a_end == head else "delete" if b_end == head else "replace"
        opcodes.append((tag, head, a_end, head, b_end))
    if tail:
        opcodes.append(("equal", a_end, n, b_end, m))
    return opcodes


def _shared_start(a: Iterable[str], b: Iterable[str], limit: int) -> int:
    """How many items ``a`` and ``b`` share at their start, at most ``limit``: the
    index of their first difference, found by iterators that run in C."""
    differ = map(operator.ne, a, b)
    return min(next(itertools.compress(itertools.count(), differ), limit), limit)


def _opcodes(
    pairs: Sequence[tuple[int, int]], n: int, m: int
) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes from in-order pairs of equal items of two sequences."""
    opcodes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    k = 0
    while k <= len(pairs):
        a, b = pairs[k] if k < len(pairs) else (n, m)
        if i < a or j < b:
            opcodes.append(("replace", i, a, j, b))
        if k == len(pairs):
            break
        run = 1
        while k + run < len(pairs) and pairs[k + run] == (a + run, b + run):
            run += 1
        opcodes.append(("equal", a, a + run, b, b + run))
        i, j, k = a + run, b + run, k + run
    return opcodes


def _offsets(tokens: Sequence[str]) -> list[int]:
    return list(itertools.accumulate(map(len, tokens), initial=0))


def _common_prefix(a: str, b: str) -> str:
    if a == b:
        return a
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


class _Marks:
    """The operations being written: unchanged text is added as it comes, a change is
    held open (deleted and inserted text apart) until the next unchanged text closes it,
    so that its deletion comes before its insertion."""

    __slots__ = ("deleted", "inserted", "ops")

    def __init__(self) -> None:
        self.ops: list[tuple[Op, str]] = []
        self.deleted = self.inserted = ""

    def equal(self, text: str) -> None:
        if text:
            self._close()
            if self.ops and self.ops[-1][0] is Op.EQUAL:
                self.ops[-1] = (Op.EQUAL, self.ops[-1][1] + text)
            else:
                self.ops.append((Op.EQUAL, text))

    def change(self, deleted: str, inserted: str) -> None:
        self.deleted += deleted
        self.inserted += inserted

    def _close(self) -> None:
        if self.deleted:
            self.ops.append((Op.DELETE, self.deleted))
        if self.inserted:
            self.ops.append((Op.INSERT, self.inserted))
        self.deleted = self.inserted = ""

    def result(self) -> tuple[tuple[Op, str], ...]:
        self._close()
        return tuple(self.ops)


_Span = tuple[int, int, int, int]  # tokens [i1, i2) of old and [j1, j2) of new


def _equal_runs(
    opcodes: Sequence[tuple[str, int, int, int, int]],
    old: str,
    new: str,
    old_starts: Sequence[int],
    new_starts: Sequence[int],
    old_keys: Sequence[str],
) -> list[_Span]:
    """The equal token runs of ``opcodes`` once the short islands between two changes
    (punctuation, or at most two words of up to three letters, no longer than the
    changes on either side) are absorbed into the changes around them."""
    equal = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes if tag == "equal"]
    if len(opcodes) - len(equal) < 2:  # no island between two changes
        return equal
    runs: list[list[int]] = []  # [equal?, i1, i2, j1, j2]; neighbouring changes merged
    for tag, i1, i2, j1, j2 in opcodes:
        if i1 == i2 and j1 == j2:
            continue
        if tag != "equal" and runs and not runs[-1][0]:
            runs[-1][2], runs[-1][4] = i2, j2
        else:
            runs.append([tag == "equal", i1, i2, j1, j2])

    def size(text: str, starts: Sequence[int], start: int, end: int) -> int:
        return len(text[starts[start] : starts[end]].strip())

    def changed(run: Sequence[int]) -> int:
        return max(size(old, old_starts, run[1], run[2]), size(new, new_starts, run[3], run[4]))

    merged: list[list[int]] = []
    for run in runs:
        merged.append(run)
        if len(merged) >= 3 and not merged[-1][0] and not merged[-3][0]:
            before, island, after = merged[-3:]
            length = size(old, old_starts, island[1], island[2])
            if (
                length <= changed(before)
                and length <= changed(after)
                and _short_words(old_keys[island[1] : island[2]])
            ):
                before[2], before[4] = after[2], after[4]
                del merged[-2:]
    return [(i1, i2, j1, j2) for equal, i1, i2, j1, j2 in merged if equal]


def _short_words(keys: Iterable[str]) -> bool:
    """Whether the tokens hold at most two words, each of at most three letters."""
    words = 0
    for key in keys:
        if any(c.isalnum() for c in key):
            words += 1
            if words > _ISLAND_WORDS or len(key) > _ISLAND_WORD_LENGTH:
                return False
    return True


def _kept_words(
    equal: Iterable[_Span], old: str, new: str, old_starts: Sequence[int], new_starts: Sequence[int]
) -> list[_Span]:
    """The stretches of whole words left unchanged: words whose tokens all lie in one
    equal run and make one whole word on the other side too (neighbours joined)."""
    kept: list[_Span] = []
    old_length, new_length = len(old), len(new)
    for i1, i2, j1, j2 in equal:
        p1, p2, q1, q2 = old_starts[i1], old_starts[i2], new_starts[j1], new_starts[j2]
        old_text, new_text = old[p1:p2], new[q1:q2]
        if old_text != new_text and old_text.rstrip() != new_text.rstrip():
            # words that end in different places ("x ." and "x.")
            _kept_token_by_token(kept, (i1, i2, j1, j2), old, new, old_starts, new_starts)
            continue
        start, end = i1, i2  # the same words; only the ends of the run can cut one
        if (p1 and not old[p1 - 1].isspace()) or (q1 and not new[q1 - 1].isspace()):
            while start < i2 and not _ends_word(old, old_starts, start):
                start += 1
            start += 1
        if not (
            (p2 == old_length or old[p2 - 1].isspace())
            and (q2 == new_length or new[q2 - 1].isspace())
        ):
            end -= 1
            while end > start and not _ends_word(old, old_starts, end - 1):
                end -= 1
        if start < end:
            kept.append((start, end, start - i1 + j1, end - i1 + j1))
    return kept


def _kept_token_by_token(
    kept: list[_Span],
    run: _Span,
    old: str,
    new: str,
    old_starts: Sequence[int],
    new_starts: Sequence[int],
) -> None:
    """Add the whole words of an equal run whose words end in different places."""
    i1, i2, j1, _ = run
    p1, q1 = old_starts[i1], new_starts[j1]
    aligned = (p1 == 0 or old[p1 - 1].isspace()) and (q1 == 0 or new[q1 - 1].isspace())
    start = i1
    for i in range(i1, i2):
        end_old = _ends_word(old, old_starts, i)
        end_new = _ends_word(new, new_starts, i - i1 + j1)
        if end_old or end_new:
            if end_old and end_new and aligned:
                j = start - i1 + j1
                if kept and kept[-1][1] == start and kept[-1][3] == j:  # one stretch
                    kept[-1] = (kept[-1][0], i + 1, kept[-1][2], i + 1 - i1 + j1)
                else:
                    kept.append((start, i + 1, j, i + 1 - i1 + j1))
            aligned = end_old and end_new
            start = i + 1


def _ends_word(text: str, starts: Sequence[int], token: int) -> bool:
    """Whether a word of ``text`` ends with the token: whitespace follows, or the text ends."""
    end = starts[token + 1]
    return end == len(text) or text[end - 1].isspace()


def _mark(
    marks: _Marks,
    kept: Sequence[_Span],
    old: str,
    new: str,
    old_starts: Sequence[int],
    new_starts: Sequence[int],
) -> None:
    """Write the operations: each stretch of kept words unchanged (unless it is one
    short word between two changes), everything between them a change."""
    i = j = 0  # the first token not written yet, on each side
    held: tuple[str, str] | None = None  # the stretch of kept words read last
    changed = False  # whether a change came before it
    old_end, new_end = len(old_starts) - 1, len(new_starts) - 1
    for i1, i2, j1, j2 in [*kept, (old_end, old_end, new_end, new_end)]:
        gap = i < i1 or j < j1
        if held is not None:
            word = held[0].strip()
            if gap and changed and len(word) <= _SHORT_WORD and len(word.split()) == 1:
                marks.change(*held)
            else:
                _equal_words(marks, *held)
        if gap:
            marks.change(old[old_starts[i] : old_starts[i1]], new[new_starts[j] : new_starts[j1]])
            changed = True
        held = None
        if i1 < i2:
            held = (old[old_starts[i1] : old_starts[i2]], new[new_starts[j1] : new_starts[j2]])
        i, j = i2, j2


_WORD = re.compile(r"\S+\s*")


def _equal_words(marks: _Marks, old: str, new: str) -> None:
    """Write a stretch of the same words, which may differ in the whitespace after
    them: what both share is unchanged, the rest a whitespace-only change."""
    if old == new:
        marks.equal(old)
        return
    pairs: Iterable[tuple[str, str]] = ((old, new),)  # the last word's whitespace only
    if old.rstrip() != new.rstrip():
        pairs = zip(_WORD.findall(old), _WORD.findall(new), strict=True)
    for word_old, word_new in pairs:
        words = word_old.rstrip()
        space_old, space_new = word_old[len(words) :], word_new[len(words) :]
        space = _common_prefix(space_old, space_new)
        marks.equal(words + space)
        marks.change(space_old[len(space) :], space_new[len(space) :])
