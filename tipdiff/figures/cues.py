"""Verb cues: the verb before a number ("Courts *convicted* 10 traffickers") or after it
("34 cases *were initiated*", "71 victims *received* assistance") that says which count
the number is. A cue is named after the metric it gives ("convictions",
"victims_sheltered"), "exploited" for a breakdown of identified victims,
:data:`SENTENCED` for persons a court sentenced, or :data:`ARRESTED` for a verb that
gives its count no metric.
"""

from __future__ import annotations

import functools
import re

from ..folding import holds_any
from .clauses import YEAR_PHRASE, Clause
from .mentions import DENIED_AID, OBTAIN_CONVICTIONS, OPEN_CASES, REFER, TO_COURT, ZERO_VERBS
from .numbers import WORD_NUMBER, Mention

#: The cue of arrests and detentions: the verb before a count, it gives it no metric.
ARRESTED = "arrested"
#: The cue of sentencing: the persons a court sentenced were convicted (see
#: :func:`~.classify.classify_count` for when that counts convictions).
SENTENCED = "sentenced"

_VERB_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        # "conducted 12", "conducted investigations in 12 cases", but not what it conducted
        # in them ("conducted interviews in 136 cases of labor complaints to screen …")
        ("investigations", r"\binvestigat(?:ed|ing|es|e)\b|\binvestigations? (?:of|into)\b|\binitiat\w*|\bopened\b|\bregistered\b|\blaunched\b|\bconduct(?:ed|ing)\b(?!(?:\s+(?!investigat)[a-z-]+){1,3}\s+(?:in|on|of|for|with|at|among|across)\s)"),
        # "prosecutions were initiated in 16 cases": the verb is prosecutions', ending where
        # the investigations' "initiated" does (the later cue in this table wins a tie);
        # "initiated prosecution in 407 cases" starts prosecutions, later than "initiated"
        ("prosecutions", r"\bprosecut(?:ed|ing|es|e)\b|\bprosecutions? (?:of|against|in)\b|\bindict\w*|\bcharged\b|\btried\b|\bbrought\b.*\b(?:court|trial)\b|\bsent\b.*\bto court\b|(?:(?<=prosecutions were )|(?<=prosecution was )|(?<=prosecutions have been )|(?<=prosecutions had been ))(?:initiated|opened|launched|begun|started)\b"),
        ("convictions", rf"\bconvict(?:ed|ing|s)?\b|\bconvictions? of\b|\bfound guilty\b|\b{OBTAIN_CONVICTIONS}\b"),
        (SENTENCED, r"\bsentenc(?:ed|ing)\b"),
        ("victims_identified", r"\bidentif(?:ied|ying|ies|y)\b|\bidentification of\b|\bcertif(?:ied|ying|ies|y)\b|\brecogni[sz](?:ed|ing|es|e)\b|\bconfirmed\b"),
        ("victims_sheltered", r"\bshelter(?:ed|ing)\b|\baccommodat(?:ed|ing)\b|\bhoused\b"),
        # admission to a victim assistance system ("the assistance system admitted 229
        # potential victims") is assistance
        ("victims_assisted", rf"\bassist(?:ed|ing|s)\b|(?<=not ){DENIED_AID}|\badmit(?:ted|ting|s)\b|\b(?:received|provided|given|offered|accessed)\s+(?:[\w-]+\s+){{0,2}}?(?:(?:forms?|types?|kinds?|range|package) of\s+)?(?:assistance|services|support|care)\b"),
        ("victims_referred", r"\breferr(?:ed|ing)\b|\breferrals? of\b|(?<=not )refer\b"),
        ("victims_repatriated", r"\brepatriat(?:ed|ing|e)\b|\brepatriations? of\b"),
        ("officials_trained", r"\btrain(?:ed|ing)\b"),
        ("exploited", r"\bexploited\b"),
        # arrests are no count of investigations: "investigated … and arrested 12 people"
        (ARRESTED, r"\barrest(?:ed|ing)\b|\bdetain(?:ed|ing)\b"),
    )
)  # fmt: skip
# one kind of aid is not "assisted" victims as a whole
_SPECIFIC_AID = re.compile(
    r"\b(?:legal|medical|psychological|financial|employment|vocational|educational|"
    r"in-kind|material)\s+(?:assistance|services|support|care|aid)\b",
    re.IGNORECASE,
)
# cases carried over: "continued to investigate 3 cases", "continued the investigation of 112",
# "continued prosecuting 35 suspects", "continuing prosecution in three cases"; and cases
# finished, begun before they end: "completed prosecution of two labor trafficking cases"
_CONTINUED = re.compile(
    r"\b(?:continu(?:ed|es|ing) (?:to (?:(?P<investigate>investigate)|prosecute|try|hear)|"
    r"(?P<investigating>investigating)|prosecuting|trying|hearing)|"
    r"(?:continu|complet|conclud|finaliz|finalis)(?:ed|es|ing) "
    r"(?:the |its )?(?:(?P<investigation>investigations?)|prosecutions?|trials?) "
    r"(?:of|into|against|involving|in))\b",
    re.IGNORECASE,
)
# … or the verb right before the cases it continued: "continued 10 investigations",
# "continuing the same 11 prosecutions"
_CONTINUED_RIGHT_BEFORE = re.compile(
    r"\bcontinu(?:ed|ing)(?:\s+(?:the|its)(?:\s+same)?)?\s+$", re.IGNORECASE
)
# what could, will or did not happen: capacities, plans, estimates, cases carried over
# (but "did not prosecute *any* traffickers", "did not initiate any new cases" and "did
# not refer any victims" state the zero that follows them, whatever an earlier "not" of
# the clause denied: "did not report initiating any new prosecutions and did not convict
# any traffickers"; and a "not" before ", but" denies another clause: "did not report
# statistics, but prosecuted 12 traffickers")
_NOT_DONE = re.compile(
    r"\bcapacity\b|\bcould\b|\bcan\b|\bable to\b|\bmaximum\b|\bestimat\w*|\bplann\w*|"
    r"\btarget\w*|\bup to\b|"
    rf"\bnot\b(?!.*\bnot\b)(?!.*,\s+but\s)(?!\s+(?:\w+ly\s+)?(?:{ZERO_VERBS}|{OPEN_CASES}|{REFER})\s+$)|"
    rf"\bfailed\b|{_CONTINUED.pattern}",
    re.IGNORECASE,
)
_PARTICIPLES = (
    r"identified|certified|recognized|recognised|confirmed|investigated|initiated|opened|"
    r"registered|prosecuted|indicted|charged|convicted|referred|repatriated|assisted|sheltered|"
    r"accommodated|trained|arrested|detained"
)
# "34 cases were initiated", "12 cases of trafficking involving 25 victims were
# investigated", and without "were", right after the noun and ending its phrase, "203
# victims identified in 2024", "five cases prosecuted and one …" (not a verb of its own:
# "12 NGOs assisted 30 victims", "35 women investigated and men were …")
_BARE_PARTICIPLE = re.compile(
    rf"^\s+(?P<participle>{_PARTICIPLES})(?=\s*(?:[,;.()]|$)|\s+(?:in|during|by|to|at|for|from|"
    rf"since|over|under|through|throughout|with|and\s+(?:\d|(?:{WORD_NUMBER})\b))\b)",
    re.IGNORECASE,
)
# the verb of which a noun phrase with a bare participle is the subject: "one person
# convicted for procurement *served* prison time" counts those who served time, not those
# convicted; "203 victims identified in 2024 *were referred*" counts referrals
_VERB_OF_THE_SUBJECT = re.compile(
    r"(?:\s+(?!(?:and|or|but|that|who|whom|which|while|as)\b)[\w‐'’-]+){0,8}?"
    r"(?=\s+(?:\w+ly\s+)?(?:were|was|had|has|have|is|are|remained|served|received|faced|spent|"
    r"got|did|benefited|accessed)\b)",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"^(?:\s+of(?:\s+[\w‐-]+){1,3}?)?(?:\s+(?:and|involving|with|against)\s+(?:[\w,‐-]+\s+){1,5}?)?"
    r"\s*,?\s*(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_PARTICIPLES})\b",
    re.IGNORECASE,
)
# cases whose outcome was a conviction: "18 cases led to convictions", "three of which
# resulted in convictions"
_ENDED_IN_CONVICTIONS = re.compile(
    r"^\s*,?\s*(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:led|leading)\s+to|(?:resulted|resulting|ended|ending)\s+in)\s+(?:a\s+)?convictions?\b",
    re.IGNORECASE,
)
# a part of the cases before that a conviction ended: "23 … cases, *three of which*
# resulted in convictions"
_OF_THOSE_BEFORE = re.compile(r"\s+of\s+(?:which|these|those|them)\b", re.IGNORECASE)
_RECEIVED = re.compile(
    r"^(?:\s+and\s+(?:[\w‐-]+\s+){1,5}?)?\s*,?\s*(?:received|accessed|benefited from|"
    r"were (?:provided|given)(?: with)?)\s+(?P<what>(?:[\w‐-]+\s+){0,3}?)"
    r"(?P<noun>assistance|services|support|care|shelter|accommodation)\b(?P<rest>[^;(]{0,40})",
    re.IGNORECASE,
)


def _shared_verbs(joined_by: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<verbs>[a-z]+(?:,\s+[a-z]+)*),?\s+{joined_by}\s+(?:[a-z]+ly\s+)?(?P<last>{OBTAIN_CONVICTIONS}|[a-z]+)"
        r"(?:\s+to\s+[\w-]+(?:\s+[\w-]+){0,2})?\s+$",
        re.IGNORECASE,
    )


# verbs sharing the count after them: "identified and referred 121 victims", "identified
# and referred to government-run shelters 121 victims"
_SHARED_VERBS = _shared_verbs("and")
# … and, for a zero, verbs joined by "or": "did not investigate or prosecute any
# traffickers" is none of either (a count "prosecuted or convicted 12" is not each's)
_SHARED_VERBS_OF_ZERO = _shared_verbs("(?:and|or)")
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
# (with an "of" naming the form that ends the item: "458 were victims *of sex trafficking*,
# 142 of labor …"); a relative clause is past it: "one investigation *that led to the
# conviction of* two defendants"
_NOUN_END = re.compile(
    r"[^,;()—]*?(?:\s+of\s+(?:sex|labou?r|forced)\s+(?:trafficking|labou?r))?"
    r"(?=\s+(?:and|or|but|with|involving|against|as|of|that|which)\b|[,;()—]|\s[–-]\s|$)"
)
# the breakdown in brackets of the count before, when "and" joins the next count to it:
# "740 sex trafficking victims *(490 women, …)* and 537 labor trafficking victims" (one
# with a year restates the count)
_BREAKDOWN = re.compile(r"\s*\([^()]*\)(?=\s*,?\s+and\s)")
# "the rapporteur registered 668 victims": registering victims identifies them (a
# registered case is an investigation)
_REGISTERED = re.compile(r"\bregistered\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: The text speaks of identified victims (a later "90 were women" breaks them down).
IDENTIFICATION = re.compile(r"\bidentif|\bcertif|\brecogni[sz]ed victims", re.IGNORECASE)
_IDENTIFICATION_WORDS = ("identif", "certif", "recogni")  # one begins every match


# one kind of help, named right after the victims counted ("12 victims *to find
# employment*", "14 victims *in vocational courses*", "90 victims *received the
# resettlement allowance*") or right before them ("provided *legal assistance to* 105")
_SERVICE = (
    r"(?P<allowance>allowances?)|(?P<legal>legal\s+(?:assistance|aid|counsel\w*|representation))|"
    r"(?P<vocational>vocational)|(?P<employment>employment|jobs?)"
)
_SERVICE_AFTER = re.compile(
    r"^\s*(?:(?:were|was)\s+)?(?:(?:received|enrolled|supported|placed|given|provided|aided|"
    r"helped|assisted)\s+)?(?:(?:with|to|in|into)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    rf"(?:{_SERVICE})\b",
    re.IGNORECASE,
)
_SERVICE_BEFORE = re.compile(rf"(?:{_SERVICE})(?:\s+[\w-]+){{0,2}}?\s+(?:to|for)\s+$", re.IGNORECASE)
#: One of these is in every match of _SERVICE_BEFORE (in lower case).
_SERVICE_BEFORE_WORDS = ("allowance", "legal", "vocational", "employment", "job")
_SERVICE_METRIC = {
    "allowance": "victims_allowance",
    "legal": "victims_legal_assistance",
    "vocational": "victims_vocational_training",
    "employment": "victims_employment",
}


@functools.lru_cache(maxsize=4096)
def continued_cue(window: str) -> str | None:
    """"investigations_continued" / "prosecutions_continued" for the cases a government
    "continued to investigate / prosecute" or "continued the investigation of" (carried
    over, never new ones)."""
    matches = list(_CONTINUED.finditer(window))
    if not matches:
        return None
    last = matches[-1]
    investigated = last.group("investigate") or last.group("investigation") or last.group("investigating")
    return "investigations_continued" if investigated else "prosecutions_continued"


def victims_cue(cue: str, window: str) -> str:
    """The cue ``window``'s verb gives a count of victims: ``cue``, but "registered"
    identifies victims."""
    if cue == "investigations" and _REGISTERED.search(window):
        return "victims_identified"
    return cue


def continues(window: str) -> bool:
    """True when ``window`` ends on the verb that carries the cases after it over from
    earlier periods ("continued 10 investigations") or on a :func:`continued_cue`."""
    return bool(_CONTINUED_RIGHT_BEFORE.search(window)) or continued_cue(window) is not None


def service_cue(before: str, after: str) -> str | None:
    """The one kind of help (:data:`~.metrics.SERVICE_METRICS`) the words right after a
    count of victims, or right before it, name; None when they name none."""
    match = _SERVICE_AFTER.match(after)
    if match is None and holds_any(before, _SERVICE_BEFORE_WORDS):
        match = _SERVICE_BEFORE.search(before)
    if match is None:
        return None
    kind = next(name for name, value in match.groupdict().items() if value)
    return _SERVICE_METRIC[kind]


# "two trained focal points", "the trained officers": "trained" describing what follows
_DESCRIBED = re.compile(rf"(?:\d|\b(?:{WORD_NUMBER}|the|a|an|its|their|several|many))\s+$", re.I)


def last_cue(window: str) -> str | None:
    """The cue of the last verb in ``window``, or None."""
    best: tuple[int, str] | None = None
    for name, pattern in _VERB_CUES:
        for match in pattern.finditer(window):
            if name == "victims_assisted" and _SPECIFIC_AID.search(window[match.start() :]):
                continue
            if (
                name == "officials_trained"
                and window[match.end() :].strip()  # the count is not its object
                and _DESCRIBED.search(window, 0, match.start())
            ):
                continue
            if best is None or match.start() >= best[0]:
                best = (match.start(), name)
    return None if best is None else best[1]


# Remembered, like continued_cue: the same few words ("and", "convicted") come before
# many numbers.
@functools.lru_cache(maxsize=4096)
def cue_before(window: str) -> str | None:
    """The cue of the words before a number, unless they speak of what could, will or
    did not happen ("a capacity of 40", "planned to train 300")."""
    return None if not_done(window) else last_cue(window)


def not_done(window: str) -> bool:
    """True when the words before a number speak of what could, will or did not happen."""
    return _NOT_DONE.search(window) is not None


def cue_after(after: str, *, bare_participle: bool = False) -> str | None:
    """The cue of the words right after a counted noun: a passive ("… were
    identified") or "received assistance / shelter" (but not one specific kind of aid);
    with ``bare_participle``, a participle without "were" too ("203 victims identified
    in 2024"), for a count of the whole that nothing before it holds back (not "35
    women and three men referred to …", "a capacity for 50 victims referred by …"),
    unless a verb after it makes the phrase its subject ("one person convicted for
    procurement served prison time": that verb's cue, if any, counts it)."""
    bare = _BARE_PARTICIPLE.match(after) if bare_participle else None
    if bare:
        subject = _VERB_OF_THE_SUBJECT.match(after, bare.end())
        if subject is not None:
            return cue_after(after[subject.end() :])
        return last_cue(bare.group("participle"))
    passive = _PASSIVE.match(after)
    if passive:
        return last_cue(passive.group("verb"))
    if _ENDED_IN_CONVICTIONS.match(after):
        return "convictions"
    received = _RECEIVED.match(after)
    if received is None or _SPECIFIC_AID.search(received.group(0)):
        return None
    shelter = received.group("noun").lower() in ("shelter", "accommodation") or (
        "shelter" in received.group("rest").lower()
    )
    return "victims_sheltered" if shelter else "victims_assisted"


_SENT_TO_COURT = re.compile(rf"\s*{TO_COURT}", re.IGNORECASE)


def sent_to_court(after: str) -> bool:
    """True when the words after a count of cases say where they went to be prosecuted
    ("advanced 12 cases *to prosecution*", "brought 12 cases to trial"): prosecutions."""
    return _SENT_TO_COURT.match(after) is not None


def ended_in_convictions(after: str) -> bool:
    """True when the words after a number say its part of the cases before ended in
    convictions: "three of which resulted in convictions", "two of these led to a
    conviction", "with one resulting in a conviction"."""
    part = _OF_THOSE_BEFORE.match(after)
    return _ENDED_IN_CONVICTIONS.match(after[part.end() :] if part else after) is not None


def shared_verb_windows(window: str, *, zero: bool = False) -> list[str]:
    """``window`` cut after each verb that shares the count with the verb right before it
    ("Officials identified and referred " → "Officials identified "), in the order
    written; empty when the count has one verb. ``zero``: the count is a stated zero,
    which verbs joined by "or" share too ("did not investigate or prosecute any")."""
    low = window.lower()
    if zero and " or " in low:
        match = _SHARED_VERBS_OF_ZERO.search(window)
    else:
        match = _SHARED_VERBS.search(window) if "and" in low else None  # in every match
    if match is None or not _is_cue(match.group("last")):
        return []
    words = list(_WORD.finditer(match.group("verbs")))
    if not all(_is_cue(word.group(0)) for word in words):
        return []
    return [window[: match.start("verbs") + word.end()] + " " for word in words]


# a comma, then a subject and its own verb: "While the government prosecuted and
# convicted other trafficking offenders during the year, *courts held* only one …"
_ANOTHER_SUBJECT = re.compile(
    r",\s+(?:(?:but|and|while|yet|in\s+which|where)\s+)?(?:the\s+)?(?:courts?|judges?|authorities|police|"
    r"officials|government|prosecutors|it|they)\s+(?:(?:\w+ly|also|only)\s+)*(?P<verb>[a-z]+)\b"
    r"[^,]*$",
    re.IGNORECASE,
)


def past_another_verb(window: str) -> str:
    """``window`` from the clause right before the count when that clause has a subject
    and a verb of its own that is no cue ("…, courts held only one trafficking offender
    accountable with actual jail time", "…, in which judges acquitted the five …
    defendants"): a cue before it governs another object."""
    match = _ANOTHER_SUBJECT.search(window) if "," in window else None
    if match is None or _is_cue(match.group("verb")):
        return window
    return window[match.start() + 1 :]


# a participle that describes the noun named right before it: "issued arrest warrants for
# *the traffickers convicted* in absentia and extradition requests for two defendants"
_DESCRIBED_BY_A_PARTICIPLE = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:traffickers|offenders|defendants|suspects|"
    r"perpetrators|individuals|persons|people|victims|cases|slaveholders)\s+"
    rf"(?:{_PARTICIPLES})\b",
    re.IGNORECASE,
)


# what may stand between a verb and its count: "convicted *at least* 10"
_QUANTIFIERS_ONLY = re.compile(
    r"(?:\s+|\b(?:the|a|an|all|total|of|additional|another|more|than|at|least|over|nearly|"
    r"almost|approximately|about|some)\b)*",
    re.IGNORECASE,
)


def past_a_described_noun(window: str) -> str:
    """``window`` past the last participle that describes the noun named right before it
    ("… for the traffickers convicted in absentia and extradition requests for"): no verb
    of the count after it."""
    if not holds_any(window, ("the",)):  # in "these" and "those" too
        return window
    *_, last = (None, *_DESCRIBED_BY_A_PARTICIPLE.finditer(window))
    if last is None or _QUANTIFIERS_ONLY.fullmatch(window, last.end()):
        return window  # "the government victims identified 94 victims": the count's verb
    return window[last.end() :]


def verb_right_before(before: str) -> bool:
    """True when "N of these victims" directly follows its verb ("assisted 55 of these")."""
    words = before.rsplit(maxsplit=1)
    return bool(words) and _is_cue(words[-1])


@functools.lru_cache(maxsize=1024)
def _is_cue(word: str) -> bool:
    # remembered: a few hundred words come before the numbers of a whole edition
    return last_cue(word) is not None


def words_before(sentence: str, clause: Clause, previous: Mention | None, mention: Mention) -> str:
    """The words between the previous number (or the clause start) and this one, past
    the previous number's own noun; at most 15 words."""
    start = clause.start
    if previous is not None and previous.end > start:
        start = previous.end
        noun_end = _NOUN_END.match(sentence[start : mention.start])
        if noun_end:
            start += noun_end.end()
            breakdown = _BREAKDOWN.match(sentence, start, mention.start)
            if breakdown is not None and not YEAR_PHRASE.search(breakdown.group(0)):
                start = breakdown.end()
    text = sentence[start : mention.start]
    words = text.split()
    return " ".join(words[-15:]) + (" " if text.endswith(" ") else "")


@functools.lru_cache(maxsize=4096)  # asked for every sentence: two editions share many
def speaks_of_identification(text: str) -> bool:
    """``IDENTIFICATION.search(text)``, skipped when none of the words it needs is in
    ``text`` (most sentences: a scan of the whole sentence saved)."""
    return holds_any(text, _IDENTIFICATION_WORDS) and bool(IDENTIFICATION.search(text))
