"""Word-level operations of one pairing, cleaned up like a redline (:func:`word_ops`).

Text is cut into tokens (opening punctuation, word, closing punctuation, each with the
whitespace after it); the tokens are diffed without whitespace — by hand when the two
sides differ in one place (most rewordings), with difflib when small, by patience diff
(:func:`~.order._anchor_pairs`) when large — and the result is merged into runs with
short equal islands absorbed into the changes around them.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..model import Op
from .order import _anchor_pairs

_WORD_MATCHER_CELLS = 250_000  # largest sentence pair (old × new tokens) word_ops gives difflib
_ISLAND_WORDS = 2  # equal runs of at most this many short words between changes
_ISLAND_WORD_LENGTH = 3  # ("of the", "and", "a") are absorbed into the changes around them


_OPENERS = "([{\"'“‘"
_CLOSERS = ".,;:!?)]}\"'”’"
_OPENER_CLASS = "".join(map(re.escape, _OPENERS))
_CLOSER_CLASS = "".join(map(re.escape, _CLOSERS))
# Within a chunk (a run of non-space): its closing run, its opening run, the word up to
# its last non-closing character, a chunk of closers only; each takes the whitespace
# after it when it ends the chunk. Leading whitespace of the text is a token of its own.
_TOKEN = re.compile(
    rf"(?<=\S)[{_CLOSER_CLASS}]+(?=\s|\Z)\s*"
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
    """Word-level operations turning ``old`` into ``new``, cleaned up like a redline.

    Tokens are words (numbers and money whole: ``$412``) and runs of punctuation, each
    with the whitespace that follows it. Joining the EQUAL and DELETE texts gives
    ``old`` exactly, EQUAL and INSERT texts give ``new``. Where the sides differ only
    in the whitespace after a run (an insertion at the end), the EQUAL text is what
    both share and the extra whitespace travels with the INSERT / DELETE. Short equal
    islands between two changes (punctuation or at most two words of up to three
    letters, no longer than the changes around them) are absorbed into the surrounding
    delete and insert.
    """
    if old == new:
        return ((Op.EQUAL, old),) if old else ()
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    old_starts = _offsets(old_tokens)
    new_starts = _offsets(new_tokens)
    old_keys = list(map(str.strip, old_tokens))
    new_keys = list(map(str.strip, new_tokens))
    opcodes = _token_opcodes(old_keys, new_keys)
    raw: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        old_part = old[old_starts[i1] : old_starts[i2]]
        new_part = new[new_starts[j1] : new_starts[j2]]
        if tag == "equal":
            common = _common_prefix(old_part, new_part)
            raw += [(Op.EQUAL, common), (Op.DELETE, old_part[len(common) :])]
            raw.append((Op.INSERT, new_part[len(common) :]))
        else:
            raw += [(Op.DELETE, old_part), (Op.INSERT, new_part)]
    return tuple(_absorb_islands(_runs(raw)))


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
    head = _shared_start(a, b)
    tail = _shared_start(a[head:][::-1], b[head:][::-1])
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


def _shared_start(a: Sequence[str], b: Sequence[str]) -> int:
    """How many items ``a`` and ``b`` share at their start (slices compare in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


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


@dataclass(slots=True)
class _Run:
    """Consecutive ops: an equal text, or a change (deleted text, inserted text)."""

    equal: str | None
    deleted: str = ""
    inserted: str = ""


def _runs(raw: Iterable[tuple[Op, str]]) -> list[_Run]:
    runs: list[_Run] = []
    for op, text in raw:
        if not text:
            continue
        if op is Op.EQUAL:
            if runs and runs[-1].equal is not None:
                runs[-1].equal += text
            else:
                runs.append(_Run(text))
        else:
            if not runs or runs[-1].equal is not None:
                runs.append(_Run(None))
            if op is Op.DELETE:
                runs[-1].deleted += text
            else:
                runs[-1].inserted += text
    return runs


def _absorb_islands(runs: list[_Run]) -> Iterator[tuple[Op, str]]:
    merged: list[_Run] = []
    for run in runs:
        merged.append(run)
        # pattern change, equal, change → one change
        if len(merged) >= 3 and merged[-1].equal is None and merged[-3].equal is None:
            before, island, after = merged[-3], merged[-2], merged[-1]
            assert island.equal is not None
            words = [t.strip() for t in _tokens(island.equal) if any(c.isalnum() for c in t)]
            size = len(island.equal.strip())
            if (
                len(words) <= _ISLAND_WORDS
                and all(len(w) <= _ISLAND_WORD_LENGTH for w in words)
                and size <= max(len(before.deleted.strip()), len(before.inserted.strip()))
                and size <= max(len(after.deleted.strip()), len(after.inserted.strip()))
            ):
                del merged[-2:]
                before.deleted += island.equal + after.deleted
                before.inserted += island.equal + after.inserted
    for run in merged:
        if run.equal is not None:
            yield (Op.EQUAL, run.equal)
        else:
            if run.deleted:
                yield (Op.DELETE, run.deleted)
            if run.inserted:
                yield (Op.INSERT, run.inserted)
