"""Effort verdicts: the phrase that opens a prosecution, protection or prevention
section ("The government maintained prosecution efforts", "decreased protection
efforts", "made mixed progress"), its place on the verdict scale, and how it moved
between editions.

Scale order, worst to best (:data:`SCALE_ORDER`): ``down < mixed < flat < up``. "Mixed
progress" (or "uneven efforts": better in some areas, worse in others) means some areas
fell back, so it ranks below a maintained effort and above an overall decrease. So does a
verdict whose parts point different ways ("increased investigations and maintained
prosecutions and convictions": not all areas moved up). Adverbs
of degree ("modestly", "significantly") are kept in the phrase but do not move the scale.
"""

from __future__ import annotations

import re

from ..model import (
    P_SECTIONS,
    Movement,
    Section,
    SectionName,
    Verdict,
    VerdictChange,
    VerdictScale,
)

#: Verdict scales from worst to best (``VerdictScale`` in rank order).
SCALE_ORDER: tuple[VerdictScale, ...] = tuple(VerdictScale)

_ADVERBS = (
    "modestly|slightly|marginally|significantly|substantially|greatly|considerably|overall|"
    "minimally|moderately|notably|generally|further|dramatically|sharply|somewhat|only|"
    "meaningfully|appreciably|partially|largely|seriously|steadily"
)
_VERDICT = re.compile(
    rf"^(?P<subject>(?:[\w’'.,-]+\s+){{0,8}}?)"
    rf"(?P<adv>(?:(?:{_ADVERBS})\s+)*)"
    r"(?P<verb>did not (?:make|demonstrate|show)|failed to (?:make|demonstrate|show)|"
    r"maintained|sustained|continued|increased|decreased|improved|reduced|weakened|"
    r"strengthened|enhanced|expanded|stepped up|declined|demonstrated|made|showed|undertook|"
    r"took|conducted|convicted|identified|prosecuted|investigated)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
_THE_GOVERNMENT = re.compile(r"government|authorities|\b[a-z]+'s\b|^[a-z ]*$")  # lower case
_NAMED_SUBJECT = re.compile(r"^(?:while|although|though)?\s*[A-Z]")
_EFFORT_WORDS = re.compile(r"effort|progress|fewer|more\b|less\b|number of", re.IGNORECASE)
_UP = frozenset({"increased", "improved", "strengthened", "enhanced", "expanded", "stepped up"})
_DOWN = frozenset({"decreased", "reduced", "weakened", "declined"})
_FLAT = frozenset({"maintained", "sustained", "continued"})
_SHOWED = frozenset({"demonstrated", "made", "showed", "undertook", "took"})
# "fewer victims", or after a second verb: "(identified) and provided protection
# services to fewer trafficking victims".
_COMPARATIVE = re.compile(
    r"^\s+(?:(?P<also>and\s+[a-z]+ed(?:\s+[\w-]+){0,3}?)\s+)?(?:the\s+number\s+of\s+)?"
    r"(?P<word>fewer|more|less)\b\s*(?P<what>[\w\s-]*)",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"investigations|prosecutions|convictions|traffickers|victims|cases")
_THE_NUMBER_OF = re.compile(
    r"^\s+the number of (?:[\w-]+ ){0,2}?"
    r"(?P<what>investigations|prosecutions|convictions|victims|cases)\b",
    re.IGNORECASE,
)
_ITS_EFFORTS = re.compile(r"effort|progress|\bits\b", re.IGNORECASE)
_QUALITY = re.compile(
    r"^\s+(?P<qualities>(?:(?:some|modest|limited|minimal|mixed|uneven|inadequate|insufficient|little|no|any|"
    r"discernible|meaningful|concrete|anti-trafficking|"
    r"weak|negligible|significant|appreciable|strong|serious|notable|considerable|increased|"
    r"improved|increasing|decreased|decreasing|greater|sufficient|adequate|clear|tangible|"
    r"overall)\s+)*)"
    # the section's own effort named: "made uneven anti-trafficking law enforcement efforts"
    r"(?P<own>(?:law enforcement|prosecution|prosecutorial|victim protection|protection|"
    r"prevention)\s+)?"
    r"(?:efforts?|progress|improvements?)\b",
    re.IGNORECASE,
)
# What a government "did not make", as written ("efforts", "progress", "sufficient
# progress"), "any" and the section's own kind of effort aside ("did not make any
# anti-trafficking law enforcement efforts": "did not make efforts").
_NONE_MADE = re.compile(
    r"^\s*(?:any\s+)?(?P<qualities>(?:[\w-]+\s+){0,4}?)(?:anti-trafficking\s+)?"
    r"(?:(?:law enforcement|prosecution|prosecutorial|victim protection|protection|prevention)\s+)?"
    r"(?P<noun>efforts?|progress)\b",
    re.IGNORECASE,
)
# the areas a verdict of parts names: "investigations", "victim identification efforts"
_AREA = r"(?:[\w-]+\s+){0,3}?(?:investigations|prosecutions|convictions|efforts|funding|identification)"
_AREAS = rf"{_AREA}(?:\s*,\s*(?:and\s+)?{_AREA}|\s+and\s+{_AREA})*"
# a verdict of parts, each with its own verb of movement: "increased investigations and
# maintained prosecutions and convictions", "increased investigations but decreased
# prosecutions" (the words after the first verb)
_DIRECTIONS = "|".join(sorted((*_UP, *_DOWN, *_FLAT), key=len, reverse=True))
_PARTS = re.compile(
    rf"^\s+{_AREAS}(?P<more>(?:\s*,?\s+(?:and|but|while|yet)\s+(?:(?:{_ADVERBS})\s+)*"
    rf"(?:{_DIRECTIONS})\s+{_AREAS})+)\s*$",
    re.IGNORECASE,
)
_NEXT_PART_VERB = re.compile(rf"\b(?:and|but|while|yet)\s+(?:(?:{_ADVERBS})\s+)*(?P<verb>{_DIRECTIONS})\b", re.I)
_MIXED = re.compile(r"\b(?:mixed|uneven)\b")
_WEAK = re.compile(
    r"\b(?:limited|minimal|inadequate|insufficient|little|no|weak|negligible|decreased|"
    r"decreasing)\b"
)
_PROGRESS = re.compile(r"\bprogress|\bimprovement")
_SOME = re.compile(r"\b(?:some|modest|adequate|sufficient)\b")

#: The words of a verdict after its verb, and its scale.
_Reading = tuple[tuple[str, ...], VerdictScale]


def find_verdict(section: Section) -> Verdict | None:
    """The effort verdict of a P section, read from its first two sentences."""
    if section.name not in P_SECTIONS:
        return None
    for sentence in section.sentences[:2]:
        verdict = _verdict_of(section.name, sentence.text)
        if verdict is not None:
            return verdict
    return None


def verdict_change(old: Verdict | None, new: Verdict | None) -> VerdictChange:
    """How one P section's effort verdict moved between editions (``SCALE_ORDER``)."""
    if old is None or new is None:
        return VerdictChange(old, new, Movement.UNKNOWN)
    delta = new.scale.rank - old.scale.rank
    movement = (
        Movement.UPGRADE if delta > 0 else Movement.DOWNGRADE if delta < 0 else Movement.UNCHANGED
    )
    return VerdictChange(old, new, movement)


def _verdict_of(name: SectionName, text: str) -> Verdict | None:
    match = _VERDICT.match(text)
    if match is None:
        return None
    subject = match.group("subject")
    if not _THE_GOVERNMENT.search(subject.lower()) and not _NAMED_SUBJECT.search(subject):
        return None
    verb = match.group("verb").lower()
    parts = _read_in_parts(verb, match.group("rest"))
    if parts is None and not _EFFORT_WORDS.search(text):
        return None
    reading = parts or _read_after_verb(verb, match.group("rest"))
    if reading is None:
        return None
    words, scale = reading
    adverbs = " ".join(match.group("adv").lower().split())
    phrase = " ".join(p for p in (adverbs, verb, *words) if p)
    return Verdict(section=name, phrase=phrase, scale=scale, sentence=text)


def _read_in_parts(verb: str, rest: str) -> _Reading | None:
    """A verdict of parts ("increased investigations and maintained prosecutions"): the
    scale they share, or mixed when they point different ways."""
    if verb not in _UP and verb not in _DOWN and verb not in _FLAT:
        return None
    parts = _PARTS.match(rest)
    if parts is None:
        return None
    verbs = {verb, *(m["verb"].lower() for m in _NEXT_PART_VERB.finditer(parts["more"]))}
    scales = {_movement_scale(v) for v in verbs}
    scale = scales.pop() if len(scales) == 1 else VerdictScale.MIXED
    return (" ".join(rest.lower().split()),), scale


def _read_after_verb(verb: str, rest: str) -> _Reading | None:
    """What the words after the verb make of it: "more prosecutions", "the number of
    victims", "its efforts", "mixed progress"."""
    if verb.startswith(("did not", "failed to")):  # "did not make (any) efforts": none made
        made = _NONE_MADE.match(rest)
        if made is None:
            return None
        return (" ".join(f"{made['qualities']}{made['noun']}".lower().split()),), VerdictScale.DOWN
    comparative = _COMPARATIVE.match(rest)
    if comparative:
        word = comparative.group("word").lower()
        heads = _COUNTED.findall(comparative.group("what"))
        scale = VerdictScale.UP if word == "more" else VerdictScale.DOWN
        also = " ".join((comparative.group("also") or "").lower().split())
        return tuple(w for w in (also, word, heads[0] if heads else "") if w), scale
    if verb in _UP or verb in _DOWN:
        number = _THE_NUMBER_OF.match(rest)
        if number:
            scale = VerdictScale.UP if verb in _UP else VerdictScale.DOWN
            return ("the number of", number.group("what").lower()), scale
    if verb in _UP or verb in _DOWN or verb in _FLAT:
        if not _ITS_EFFORTS.search(rest):
            return None
        return (), _movement_scale(verb)
    quality = _QUALITY.match(rest)
    if quality and verb in _SHOWED and not _unweighed(quality):
        words = " ".join(quality.group(0).lower().split())
        return (words,), _quality_scale(words)
    return None


def _unweighed(quality: re.Match[str]) -> bool:
    """Whether the efforts are named by their kind alone ("demonstrated (anti-trafficking)
    law enforcement efforts"): that says what was done, not how much, and is no verdict."""
    qualities = quality["qualities"].lower().replace("anti-trafficking", "")
    return quality["own"] is not None and not qualities.strip()


def _movement_scale(verb: str) -> VerdictScale:
    if verb in _UP:
        return VerdictScale.UP
    return VerdictScale.DOWN if verb in _DOWN else VerdictScale.FLAT


def _quality_scale(words: str) -> VerdictScale:
    if _MIXED.search(words):
        return VerdictScale.MIXED
    if _WEAK.search(words):
        return VerdictScale.DOWN
    if _PROGRESS.search(words):
        return VerdictScale.UP  # "made (modest) progress"
    if _SOME.search(words):
        return VerdictScale.FLAT  # "made some efforts"
    return VerdictScale.UP  # "demonstrated significant/increased efforts"
