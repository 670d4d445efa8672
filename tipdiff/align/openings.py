"""Shared openings and closings: two sentences that say the same first (or last) words.

An editor often keeps a sentence's first half and rewrites the rest ("Honduras is
principally a source and transit country for women and children trafficked for …" →
"… for men, women, and children subjected to sex trafficking and forced labor; to a much
lesser extent …"): the overall similarity falls below :data:`~.thresholds.REWORD_THRESHOLD`,
yet the sentence is the same one reworded. :func:`shared_opening` measures the run of
words the two open with, counting only the words outside a name: two sentences that
share no more than their subject ("The Ministry of Labor and Social Protection (MoLSP)
hired …" / "… (MoLSP), in partnership with …, developed …") say two things of one body.
Boilerplate openings ("The government reported …", "These efforts included …") are
shorter than :data:`~.thresholds.OPENING_RUN`, and their common words weigh little in
the containment the rule also asks for (:func:`~.scoring._opening_score`).

The editor as often keeps the second half and rewrites the first ("Women and children in
Slovakia are subjected to forced prostitution within the country and throughout Europe."
→ "Victims are reportedly transported through … and forced into prostitution within the
country and throughout Europe."): :func:`closing` reads a sentence's last words the same
way, last first, and :func:`shared_opening` of two closings is the run they end with.
"""

from __future__ import annotations

from ..sentences import key_words
from .comparison_words import _FORMS

#: Words of a sentence's opening kept for comparison: a run longer than the rule asks
#: for says no more.
_OPENING_WORDS = 16

#: A sentence's opening: its first words as (comparison form, outside a name).
Opening = tuple[tuple[str, bool], ...]


def opening(text: str) -> Opening:
    """The first words of ``text`` as their comparison forms, each with whether it counts
    in a shared run: not capitalised (a name's word is), and not the first word, whose
    capital says nothing ("The …", "Honduras …")."""
    words: list[tuple[str, bool]] = []
    for k, raw in enumerate(key_words(text)[:_OPENING_WORDS]):
        form = _FORMS[raw]
        if form:
            words.append((form, k > 0 and not raw[:1].isupper()))
    return tuple(words)


def closing(text: str) -> Opening:
    """The last words of ``text``, last first, as :func:`opening` reads them (every word
    counts in a run unless capitalised: a sentence's last word opens nothing)."""
    words: list[tuple[str, bool]] = []
    for raw in reversed(key_words(text)[-_OPENING_WORDS:]):
        form = _FORMS[raw]
        if form:
            words.append((form, not raw[:1].isupper()))
    return tuple(words)


def shared_opening(a: Opening, b: Opening) -> int:
    """How many words outside a name open both sentences alike, in the run they share
    from their first word (of two :func:`closing` tuples: the run they end with)."""
    run = 0
    for (word_a, plain), (word_b, _) in zip(a, b, strict=False):
        if word_a != word_b:
            break
        run += plain
    return run
