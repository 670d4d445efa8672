"""The report's own paraphrases: what a recommendation asks, in words that survive rewording.

Recommendations several editions apart ask for the same thing in other words: "Conduct
awareness and victim treatment training for law enforcement and judges" becomes "Train
investigators, prosecutors, and judges on victim-centered approaches". Word for word
they share little; concept for concept (train, police, judge, victim) they share most.
:func:`concept_words` maps a recommendation's comparison words to such concepts: function
words dropped, hyphenated words split, a few derivational endings folded ("training" →
"train", "identification" → "identify") and the words of :data:`CONCEPTS` — a small
table of the report's own paraphrases, not of any country's sentences — to their concept.

:func:`asks` is the part of that which says what is asked (prosecute, identify, fund,
train, adopt procedures, assist without conditions, …): a paraphrase pairing needs the
two sides to ask something in common. Two recommendations are compared on the bags of
their concept words.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

__all__ = ["ACTIONS", "CONCEPTS", "asks", "concept_words", "states_a_request"]

#: Concept → the words the report uses for it. Actions (:data:`ACTIONS`) are what a
#: recommendation asks for; the rest are who or what it is about.
CONCEPTS: dict[str, tuple[str, ...]] = {
    # actions
    "prosecute": (
        "investigate", "prosecute", "convict", "conviction", "try", "trial", "punish",
        "hold", "accountable", "criminally",
    ),
    "penalty": ("sentence", "penalty", "prison", "imprisonment", "dissuasive", "jail", "term"),
    "identify": ("identify", "identification", "screen", "proactive", "proactively", "indicator"),
    "refer": ("refer", "referral", "mechanism", "nrm"),
    "protect": ("protect", "protection", "protective", "assist", "assistance"),
    "shelter": ("shelter", "accommodation", "housing"),
    "fund": ("fund", "funding", "resource", "budget", "allocate", "financial"),
    "train": ("train", "training", "sensitivity", "sensitize", "sensitization"),
    "aware": ("awareness", "campaign"),
    "coordinate": ("coordinate", "coordination", "communication", "cooperation", "inter-agency"),
    "recruit": ("recruitment", "recruit", "recruiter", "fee"),
    "compensate": ("restitution", "compensation", "compensate"),
    "inspect": ("inspection", "inspect", "inspector", "inspectorate"),
    "legislate": ("law", "legislation", "amend", "amendment", "criminalize", "draft"),
    # records asked for: "develop a data system", "track and report on investigations"
    "data": ("data", "database", "statistic", "statistics", "track"),
    # "without requiring a complaint / cooperation", "regardless of whether …": a service
    # asked for without conditions on the victim (see _joined)
    "unconditional": ("unconditional", "unconditionally", "regardless"),
    # procedures asked for: "by creating standard operating procedures", "implement SOPs"
    "procedure": ("procedure", "sop", "guideline", "protocol"),
    # who and what
    "police": ("police", "law-enforcement", "investigator", "prosecutor", "officer"),
    "judge": ("judge", "judiciary", "judicial", "court"),
    "official": ("official", "complicit", "complicity", "corruption"),
    "trafficker": ("trafficker", "offender", "perpetrator"),
    "child": ("child", "children", "minor"),
}

#: The concepts that say what a recommendation asks for (the table's first part).
ACTIONS: frozenset[str] = frozenset(list(CONCEPTS)[: list(CONCEPTS).index("police")])

_CONCEPT_OF = {word: concept for concept, words in CONCEPTS.items() for word in words}

#: Words that say nothing about what is asked, or of whom.
_FUNCTION_WORDS = frozenset(
    "a an and the of to for in on with by at as from or its their including include such "
    "which that who whom be is are should all other any into among within about through "
    "upon while so not also both more this these those them they it efforts effort "
    "government continue increase improve strengthen ensure provide conduct implement "
    "take adopt enhance expand develop establish adequate adequately significant involve "
    "particularly specific consistently strong only".split()
)

#: Derivational endings folded to the stem the table knows ("training" → "train").
_ENDINGS = (
    ("ications", "y"), ("ication", "y"), ("izations", "ize"), ("ization", "ize"),
    ("ations", "ate"), ("ation", "ate"), ("ions", "e"), ("ion", "e"), ("ing", ""),
    ("ors", ""), ("or", ""), ("ers", ""), ("er", ""), ("ed", ""), ("ie", "y"),
)  # fmt: skip


def concept_words(words: Iterable[str]) -> list[str]:
    """The concepts of comparison ``words`` (lower case, plural folded), in order."""
    found: list[str] = []
    for word in _joined(list(words)):
        parts = [word] if word in _CONCEPT_OF else word.split("-")
        for part in parts:
            if not part or part == "#" or part in _FUNCTION_WORDS:
                continue
            found.append(_concept(part))
    return found


@functools.lru_cache(maxsize=8192)
def _concept(word: str) -> str:
    """The concept of one word: the table's, else its stem's, else the stem (kept per
    word: recommendations repeat a small vocabulary, and a long list is compared many
    times over)."""
    stem = _stem(word)
    return _CONCEPT_OF.get(word) or _CONCEPT_OF.get(stem) or stem


def asks(concepts: Iterable[str]) -> frozenset[str]:
    """What the recommendation asks for: the action concepts among ``concepts``."""
    return ACTIONS.intersection(concepts)


def states_a_request(words: Iterable[str]) -> bool:
    """Whether comparison ``words`` (a recommendation's opening) say both what is asked
    and of whom or what: "… to train law enforcement" does, "Increase efforts to
    investigate and prosecute" (the action alone, which many items open with) does not."""
    concepts = set(concept_words(words))
    return bool(concepts & ACTIONS) and bool(concepts - ACTIONS)


def _joined(words: Sequence[str]) -> list[str]:
    """``law enforcement`` as the one word ``law-enforcement`` (an actor, not a law),
    ``standard operating procedures`` as ``sop`` (the report's own abbreviation),
    ``without requiring`` as ``unconditional``."""
    out: list[str] = []
    for word in words:
        if word == "enforcement" and out and out[-1] == "law":
            out[-1] = "law-enforcement"
        elif word == "procedure" and out[-2:] == ["standard", "operating"]:
            out[-2:] = ["sop"]
        elif word.startswith("requir") and out and out[-1] == "without":
            out[-1] = "unconditional"
        else:
            out.append(word)
    return out


def _stem(word: str) -> str:
    """``word`` with one derivational ending folded, when a stem of 4+ letters remains."""
    if word in _CONCEPT_OF:
        return word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)] + replacement
            return stem if stem in _CONCEPT_OF else word[: -len(ending)]
    return word
