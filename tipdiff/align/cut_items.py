"""A list cut short: the item an excerpt's cut-off last sentence begins, and the item of
the other list it opens.

An excerpt that ends inside its recommendations list breaks its last item off mid-word
("…; implement measures to address corruption in the judic"); the segment stage reads
it as no recommendation. It is still the start of an item, most often of one the other
edition lists whole: it is that item carried over when its words open the other's (the
last, broken word a prefix of the other's word there), and reworded when the part
present differs but reads alike (:func:`opening_match`). A cut item the other holds
whole after a lead of a few words ("Train prosecutors on trafficking, victim's" in
"Continue to train prosecutors on trafficking, victim's rights, …") is that item
(:func:`continues`), whatever other item reads more like it.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .comparison_words import _ComparisonWords
from .scoring import _score_pair
from .weights import _Weights

#: Words a cut item must hold to open another item word for word, its broken last one
#: counted when it keeps :data:`BROKEN_LETTERS`: "Implement measures t" and "Improve
#: protectio" open "Implement measures to address …" and "Improve protection of …",
#: "Vigorously i" opens nothing.
OPENING_WORDS = 2
BROKEN_LETTERS = 3
#: Whole words a cut item must keep to be a rewording of another item's opening: a
#: shorter fragment resembles many items by chance.
REWORDED_OPENING_WORDS = 5
#: Words a cut item must hold to be found inside another after a lead
#: (:func:`continues`), and the most words that lead may have ("Continue to", "Continue
#: efforts to", "Further").
CONTINUED_WORDS = 4
LEAD_WORDS = 3
#: How many words an opening may be longer or shorter than the cut item's part present
#: (a rewording adds or drops a few words before the cut).
_SLACK = 2


class Opening(NamedTuple):
    """The item a cut item opens: its key, the similarity, and whether word for word."""

    key: int
    similarity: float
    word_for_word: bool


_LEAD = re.compile(r"^[\s;,.:•·▪‣◦*–-]+")
_FOLD_PUNCTUATION = string.punctuation + "“”‘’–—…•·▪"


def cut_item(last_sentence: str, listed: Sequence[str]) -> str:
    """The item a list's cut-off last sentence begins: the words after the list's last
    complete item when the sentence holds it (a one-sentence list, "… cases; improve
    protectio"), else the whole sentence; a bullet or semicolon before it, a joining
    "and" and a lower-case first letter aside, as the list's items are read."""
    tail = last_sentence
    if listed and len(listed[-1]) > 1:
        # items are read with their first letter capitalised: find the rest of it
        at = last_sentence.rfind(listed[-1][1:])
        if at > 0:
            tail = last_sentence[at + len(listed[-1]) - 1 :]
    tail = _LEAD.sub("", tail.strip())
    if tail.startswith("and "):
        tail = tail[4:]
    return tail[:1].upper() + tail[1:]


def opens(cut: str, other: str) -> bool:
    """Whether ``cut``, broken off at its last word, is word for word the opening of
    ``other`` (case and punctuation aside; the broken word a prefix of the other's)."""
    cut_words = _folded(cut)
    kept, broken = cut_words[:-1], cut_words[-1:]
    words = _folded(other)
    return (
        bool(broken)
        and len(words) > len(kept)
        and words[: len(kept)] == kept
        and words[len(kept)].startswith(broken[0])
    )


def continues(cut: str, other: str) -> int | None:
    """Where in ``other`` the words of ``cut``, broken off at its last word, stand word
    for word after a lead of at most :data:`LEAD_WORDS` words (0: ``cut`` opens it,
    :func:`opens`), for a cut item holding :data:`CONTINUED_WORDS`; None if nowhere."""
    if _present(cut) < CONTINUED_WORDS:
        return None
    words = _folded(other)
    for lead in range(min(LEAD_WORDS, len(words)) + 1):
        if opens(cut, " ".join(words[lead:])):
            return lead
    return None


def opening_match(
    cut: str,
    others: Mapping[int, tuple[str, bool]],
    comparison_words: _ComparisonWords,
    weights: _Weights,
    threshold: float,
) -> Opening | None:
    """The one item of ``others`` (key → text, and whether that text is itself cut off)
    that ``cut`` is the opening of (:class:`Opening`): word for word (:func:`opens`,
    holding :data:`OPENING_WORDS`; similarity 1.0); else the best weighted
    similarity at or above ``threshold`` of the words present (the broken one aside) to
    an opening of about as many words, for a cut item of at least
    :data:`REWORDED_OPENING_WORDS`. None when no item fits, or two fit equally well (a
    fragment that opens two items says which of them it is no better than chance)."""
    scored: list[Opening] = []
    for key, (other, other_cut) in others.items():
        # of two cut items, either may open the other
        readings = [(cut, other), (other, cut)] if other_cut else [(cut, other)]
        if any(_present(a) >= OPENING_WORDS and opens(a, b) for a, b in readings):
            scored.append(Opening(key, 1.0, word_for_word=True))
            continue
        shorter, longer = min(readings, key=lambda reading: _length(reading[0]))
        similarity = _similarity(shorter.split()[:-1], longer, comparison_words, weights, threshold)
        if similarity is not None:
            scored.append(Opening(key, similarity, word_for_word=False))
    scored.sort(key=lambda found: (-found.similarity, -found.word_for_word))
    if not scored or (
        len(scored) > 1
        and (scored[1].similarity, scored[1].word_for_word)
        == (scored[0].similarity, scored[0].word_for_word)
    ):
        return None
    return scored[0]


def _similarity(
    kept: list[str],
    other: str,
    comparison_words: _ComparisonWords,
    weights: _Weights,
    threshold: float,
) -> float | None:
    """How far the words ``kept`` of a cut item (its broken last word aside) read as
    the opening of ``other``: the best weighted similarity at or above ``threshold`` to
    its first words, about as many."""
    if len(kept) < REWORDED_OPENING_WORDS:
        return None
    words = comparison_words.words(" ".join(kept))
    bag = weights.bag(words)
    opening = comparison_words.words(other)
    best: float | None = None
    for n in range(max(1, len(words) - _SLACK), len(words) + _SLACK + 1):
        score = _score_pair(bag, weights.bag(opening[:n]), threshold)
        if score is not None and (best is None or score.similarity > best):
            best = score.similarity
    return best


def before_the_cut(old: str, new: str, *, old_cut: bool, new_cut: bool) -> tuple[str, str]:
    """The openings of a pairing's two texts that both hold, when one or both is a cut
    item: each cut text without its broken last word (kept where the other text has
    that word there), and the other text as far as the cut reaches (the words of both
    aligned, those past the last shared one taken in step). What a cut leaves out is
    not known to differ: a redline of the two openings marks only what does."""
    old_words, new_words = _words(old), _words(new)
    old_kept = [w.rstrip() for w in (old_words[:-1] if old_cut else old_words)]
    new_kept = [w.rstrip() for w in (new_words[:-1] if new_cut else new_words)]
    matcher = difflib.SequenceMatcher(None, old_kept, new_kept, autojunk=False)
    *_, last, _ = [(0, 0, 0), *matcher.get_matching_blocks()]
    old_end, new_end = last[0] + last[2], last[1] + last[2]
    tails = [len(old_kept) - old_end, len(new_kept) - new_end]
    reach = min(tail for tail, cut in zip(tails, (old_cut, new_cut), strict=True) if cut)
    old_reach = old_end + min(tails[0], reach)
    new_reach = new_end + min(tails[1], reach)
    # the last word a cut kept whole ("… measures to address")
    after = old_words[old_reach : old_reach + 1], new_words[new_reach : new_reach + 1]
    if all(after) and _folded(after[0][0]) == _folded(after[1][0]):
        old_reach, new_reach = old_reach + 1, new_reach + 1
    return "".join(old_words[:old_reach]).rstrip(), "".join(new_words[:new_reach]).rstrip()


_WORD = re.compile(r"\S+\s*")


def _words(text: str) -> list[str]:
    """The words of ``text``, each with the whitespace after it."""
    return _WORD.findall(text.lstrip())


def _folded(text: str) -> list[str]:
    """The words of ``text`` in lower case, outer punctuation off (a bullet is none)."""
    return [w for w in (raw.lower().strip(_FOLD_PUNCTUATION) for raw in text.split()) if w]


def _length(text: str) -> int:
    return len(text.split())


def _present(cut: str) -> int:
    """The words a cut item holds: its whole ones, and its broken last one if it keeps
    :data:`BROKEN_LETTERS`."""
    words = _folded(cut)
    return len(words) - 1 + (bool(words) and len(words[-1]) >= BROKEN_LETTERS)
