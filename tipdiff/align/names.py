"""Named bodies in a recommendation, and when two recommendations name compatible ones.

A recommendation asks someone to do something, often a body it names ("Strengthen the
capacity of the State Migration Service to …", "… of the Labor Inspectorate to …"), a law
or a place. Two recommendations that name different bodies are different requests however
many other words they share, so the recommendation matcher pairs them only when their
names are compatible (:func:`compatible`).

A *name* is a run of two or more capitalised words that does not open a sentence (joined
by "of", "for", "on", "and", "the", "de" between capitalised words: "Ministry of Internal
Affairs"), or an acronym (two or more capitals, a plural ``s`` allowed: "MIA", "NGOs",
"SOPs"), also the capitalised part of a hyphenated word ("MIA-run"). A single
capitalised word is most often a place or a nationality ("outside Baku", "Honduran"),
where the request is made rather than of whom, and is left out; so is the capitalised
part of a reference number ("Law 006/PR/18"). The rule is
general: no list of bodies, only the report's own way of writing them.

Two names are compatible when they are equal (case, plural and "the" aside), when one is
the acronym of the other (the initials of its capitalised words), or when one is a run of
the other's words ("Labor Inspectorate" in "State Labor Inspectorate"). Two sets of names
are compatible when either is empty (a recommendation that names nobody may be reworded
into one that does) or when every name on one of the two sides has a compatible partner
on the other. Besides its names, a recommendation may write a body in lower case ("the
National Commission … and inter-ministerial committee"): a name whose first two words
(connectors aside) the other recommendation writes so has a partner there too
(:func:`compatible_texts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

__all__ = ["Name", "compatible", "compatible_texts", "names"]

#: A name as its folded words ("state", "migration", "service").
Name = tuple[str, ...]

_WORD = re.compile(r"[^\W\d_][\w'’.]*(?:-[\w'’.]+)*|[.;:!?(]")
_CONNECTORS = frozenset({"of", "for", "on", "and", "the", "de"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]+s?")
_SENTENCE_END = frozenset(".;:!?")


@lru_cache(maxsize=4096)
def names(text: str) -> frozenset[Name]:
    """The names ``text`` mentions (see the module's description), folded."""
    found: list[Name] = []
    run: list[str] = []
    pending: list[str] = []  # connectors after a capitalised word, kept if one follows
    opening = True
    for match in _WORD.finditer(text):
        token = match.group()
        if token in _SENTENCE_END or token == "(":
            _close(run, found)
            run, pending = [], []
            opening = token in _SENTENCE_END
            continue
        head = token.split("-")[0].strip(".'’")
        if not head or _in_reference_number(text, match):
            _close(run, found)
            run, pending = [], []
            opening = False
            continue
        if _ACRONYM.fullmatch(head):
            _close(run, found)
            run, pending = [], []
            found.append((head.rstrip("s").lower(),))
            opening = False
            continue
        if head[0].isupper() and not opening:
            run += [*pending, token.strip(".'’")]
            pending = []
        elif run and head.lower() in _CONNECTORS:
            pending.append(head.lower())
        else:
            _close(run, found)
            run, pending = [], []
        opening = False
    _close(run, found)
    return frozenset(found)


def _in_reference_number(text: str, match: re.Match[str]) -> bool:
    """True for a word a slash joins to a number, part of a reference number: the "PR"
    of "006/PR/18" (not the "NGO" of "NGO/IOM")."""
    before = text[max(0, match.start() - 2) : match.start()]
    after = text[match.end() : match.end() + 2]
    return bool(_SLASH_NUMBER_BEFORE.fullmatch(before) or _SLASH_NUMBER_AFTER.fullmatch(after))


_SLASH_NUMBER_BEFORE = re.compile(r"\d/")
_SLASH_NUMBER_AFTER = re.compile(r"/\d")


def _close(run: list[str], found: list[Name]) -> None:
    """Add the run of capitalised words as one name (leading "the" and plural aside)."""
    words = [w.lower() for w in run if w.lower() != "the"]
    if len(words) > 1:
        words[-1] = _singular(words[-1])
        found.append(tuple(words))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _initials(name: Name) -> str:
    return "".join(w[0] for w in name if w not in _CONNECTORS)


def _same(a: Name, b: Name) -> bool:
    """Whether two names may denote one body."""
    if a == b:
        return True
    if len(a) == 1 and len(b) > 1 and a[0] == _initials(b):
        return True
    if len(b) == 1 and len(a) > 1 and b[0] == _initials(a):
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[k : k + len(short)] == short for k in range(len(long) - len(short) + 1))


def compatible(
    a: Iterable[Name], b: Iterable[Name], *, a_texts: Sequence[str] = (), b_texts: Sequence[str] = ()
) -> bool:
    """Whether two recommendations (or groups) name compatible bodies (see the module);
    ``a_texts`` / ``b_texts``, the texts of each side, where a name of the other side
    may also be written in lower case."""
    left, right = frozenset(a), frozenset(b)
    if not left or not right:
        return True
    return all(_partnered(x, right, b_texts) for x in left) or all(
        _partnered(y, left, a_texts) for y in right
    )


def _partnered(name: Name, others: frozenset[Name], texts: Sequence[str]) -> bool:
    """Whether ``name`` has a partner among ``others``, or is written in one of ``texts``."""
    return any(_same(name, other) for other in others) or any(_written_in(name, t) for t in texts)


def compatible_texts(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two recommendations (or groups of them) name compatible bodies:
    :func:`compatible` of their names, a name also partnered where the other side's text
    writes its first two words in lower case (see the module)."""
    return compatible(
        frozenset().union(*map(names, a)), frozenset().union(*map(names, b)), a_texts=a, b_texts=b
    )


@lru_cache(maxsize=4096)
def _written_in(name: Name, text: str) -> bool:
    """True when ``text`` writes the first two words of ``name`` (connectors aside) as
    one run of its words, in whatever case: "inter-ministerial committee" for the
    "Inter-Ministerial Committee Against Trafficking"."""
    words = [w for w in name if w not in _CONNECTORS]
    if len(words) < 2:
        return False
    run = name[: name.index(words[1]) + 1]
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, run)) + r"(?![\w-])"
    return re.search(pattern, text, re.IGNORECASE) is not None
