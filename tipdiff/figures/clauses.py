"""Step 2 of reading a sentence: its clauses, the stretches one year phrase governs.

A sentence is cut at ";", at "and" + a new verb, at a contrast with another year
(", whereas in 2018 …"), and at comparison markers ("compared
with", "down from", "an increase from", "than" …); a comparison in an aside between
dashes ends with the aside. A parenthesis holding a year ("(91
in 2019)") restates an earlier period's value and is a comparison clause of its own;
one without ("(35 sex trafficking, 30 labor trafficking)") breaks down the figure
before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..folding import holds_any, lower_folded
from .money import CURRENCY_SYMBOL
from .numbers import WORD_NUMBER

#: A comparison marker: what follows it is a value for another period ("a decrease (more
#: than 50 percent) from 48 in 2020").
COMPARISON = re.compile(
    # every marker opens on a word character: the end of a word is passed over at once
    r"\b(?=\w)(?:"
    r"(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\.|as opposed to|"
    r"(?:down|up) from|(?:an? )?(?:\w+ )?(?:increase|decrease|decline|rise|drop|reduction|"
    r"jump|fall|change)s?\s+(?:\([^()]{0,60}\)\s+)?(?:from|over|compared)|same (?:number |amount )?as|"
    # after a comma: "42 new cases, nearly double the 22 reported in 2023"
    r"(?<=[,—–(]\s)(?:(?:nearly|almost|about|roughly|over|more than|less than)\s+)?"
    r"(?:double|triple|twice|half|(?:two|three|four|five) times)\s+(?:the|that of|as many as|what))\b|"
    # not "more than 50", "more than $1 million"
    rf"than\b(?!\s+(?:about\s+|approximately\s+)?(?:{CURRENCY_SYMBOL}\s?)?(?:\d|(?:{WORD_NUMBER})\b)))",
    re.IGNORECASE,
)
#: A dash that opens or closes an aside: an em dash, or an en dash or hyphen with a space
#: before it (not "12–17", "COVID-19"); a regex fragment, no groups.
DASH = r"(?:—|(?<=\s)[–-](?=\s))"
_DASH = re.compile(DASH)
#: The verbs that say a count changed from one value to another ("convictions dropped
#: from 289 in FY23 to 210 in FY24", "Prosecutions increased to 44 cases"); a regex
#: fragment, no groups.
CHANGED = r"rose|risen|increased|decreased|fell|fallen|dropped|declined|grew|grown|jumped|climbed"
#: One of these is in every match of COMPARISON (in lower case).
_COMPARISON_WORDS = (
    "compar", "versus", "vs.", "opposed", "down from", "up from", "increase", "decrease",
    "decline", "rise", "drop", "reduction", "jump", "fall", "change", "same", "than", "double",
    "triple", "twice", "half", "times",
)  # fmt: skip
#: "in 2022", "during fiscal year 2021", "for FY 2020", "in Fiscal Year (FY) 2007", "in
#: FY23" (group "year": read it with :func:`phrase_year`); not "2019-2020".
YEAR_PHRASE = re.compile(
    r"\b(?:in|during|throughout|for)\s+(?:(?:calendar|fiscal)\s+year\s+(?:\(FY\)\s*)?|FY\s*)?"
    r"(?P<year>(?:19|20)\d\d|(?<=FY)\d\d|(?<=FY\s)\d\d)\b(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)


def phrase_year(match: re.Match[str]) -> int:
    """The year of a :data:`YEAR_PHRASE` match ("FY23" is 2023)."""
    year = int(match.group("year"))
    return year if year >= 100 else 2000 + year


_NEW_VERBS = (
    "investigated", "prosecuted", "convicted", "identified", "initiated", "assisted",
    "referred", "sentenced", "allocated", "provided", "certified", "trained",
)  # fmt: skip
# … and the same verbs denied: "and did not convict any traffickers"
_DENIED_VERBS = (
    "investigate", "prosecute", "convict", "identify", "initiate", "assist", "refer",
    "sentence", "allocate", "provide", "certify", "train",
)  # fmt: skip
_DENIAL = r"(?:did\s+not|didn['’]t|failed\s+to)\s+"
# … or in the perfect: "and has not convicted any traffickers since 2011"
_PERFECT = r"(?:has|have|had)\s+(?:not\s+|never\s+)?(?:yet\s+)?"
# a semicolon, "and" + a new verb (or a perfect of one), or a contrast with another year ("…, whereas in 2018
# the convicted trafficker received a conditional sentence", "…, while in 2018 …") starts
# a new main clause: that year is not the first clause's
_NEW_MAIN = re.compile(
    rf";|(?=[,\s]),?\s\band\s+(?=(?:{_PERFECT})?(?:\w+ly\s+)?(?:{'|'.join(_NEW_VERBS)})\b"
    rf"|{_DENIAL}(?:\w+ly\s+)?(?:{'|'.join(_DENIED_VERBS)})\b)|"
    r"(?=[,\s]),?\s\bwhereas\b|,\s(?:while|but)\s+(?=(?:in|during)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)  # (the lookahead passes over most characters before the "and" branch is tried)
# … but not one that joins two verbs sharing what follows: "identified and referred 121"
_VERB_BEFORE = re.compile(rf"\b(?:{'|'.join(_NEW_VERBS)})$", re.IGNORECASE)

_BRACKET = re.compile(r"[()]")
_INERT = str.maketrans("();", "###")

ClauseKind = Literal["main", "comparison"]


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence that one year phrase governs."""

    start: int
    end: int
    kind: ClauseKind  # "comparison": after a comparison marker, or a parenthesis with a year


@dataclass(frozen=True, slots=True)
class Paren:
    """A top-level parenthesis of a sentence."""

    start: int  # index of "("
    end: int  # index after ")" (or the end of the sentence when unclosed)
    restates: bool  # holds a year: "(91 in 2019)"


def mask_spans(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """``sentence`` with the brackets and semicolons inside ``spans`` (amounts of money,
    "210,161 manat ($123,620)") made inert, so they cut nothing."""
    for start, end in spans:
        span = sentence[start:end]
        inert = span.translate(_INERT)
        if inert != span:
            sentence = sentence[:start] + inert + sentence[end:]
    return sentence


def find_parens(masked: str) -> list[Paren]:
    """The top-level parentheses of a (masked) sentence, an unclosed one included."""
    parens: list[Paren] = []
    if "(" not in masked:
        return parens
    depth, opened = 0, -1
    for bracket in _BRACKET.finditer(masked):  # only the brackets, not every character
        i, char = bracket.start(), bracket.group()
        if char == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                inside = masked[opened + 1 : i]
                parens.append(Paren(opened, i + 1, bool(YEAR_PHRASE.search(inside))))
    if depth and opened >= 0:
        inside = masked[opened + 1 :]
        parens.append(Paren(opened, len(masked), bool(YEAR_PHRASE.search(inside))))
    return parens


def find_clauses(masked: str, parens: Sequence[Paren]) -> list[Clause]:
    """Main/comparison clauses outside restating parentheses (those are clauses too)."""
    flat = masked
    for paren in parens:  # blanked out, every one in place
        flat = flat[: paren.start] + " " * (paren.end - paren.start) + flat[paren.end :]
    cuts: list[tuple[int, ClauseKind]] = [(0, "main")]
    if _may_start_a_main_clause(flat):
        for match in _NEW_MAIN.finditer(flat):
            if not _VERB_BEFORE.search(flat, max(0, match.start() - 20), match.start()):
                cuts.append((match.end(), "main"))
    if _may_compare(flat):
        asides = find_asides(flat)
        for match in COMPARISON.finditer(flat):
            cuts.append((match.start(), "comparison"))
            # "convictions - 25 up from eight last year - and identifying 585 …": a
            # comparison in an aside ends with it
            closing = next((end for start, end in asides if start < match.start() < end), None)
            if closing is not None:
                cuts.append((closing, "main"))
            # "convicted eight traffickers, compared to zero …, with one trafficker
            # sentenced to six years": what ", with" adds is of the main count again, and
            # what ", while" adds of the main period ("down from twelve in 2022, while
            # continuing to prosecute fifty defendants")
            back = _BACK_TO_THE_MAIN.search(flat, match.end())
            if back is not None and ";" not in flat[match.end() : back.start()]:
                cuts.append((back.end(), "main"))
            # "by prosecuting more cases than in the previous reporting period and
            # obtaining its first conviction": the next item of a list of efforts is of
            # the period again (not in a comparison of such items: "compared with
            # investigating two cases and convicting no traffickers")
            item = None
            if "ing" in flat and not _GERUND.match(flat, match.end()):
                item = _NEXT_ITEM.search(flat, match.end())
            if item is not None and ";" not in flat[match.end() : item.start()]:
                cuts.append((item.end(), "main"))
    cuts.sort()
    clauses = []
    for i, (start, kind) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(masked)
        if end > start:
            clauses.append(Clause(start, end, kind))
    for paren in parens:
        if paren.restates:
            # "(13 compared with 22 in 2022)": the number before the marker is this
            # period's, what follows it another's
            marker = _OPENING_COMPARISON.match(masked, paren.start + 1, paren.end)
            clauses.append(Clause(marker.start(1) if marker else paren.start, paren.end, "comparison"))
    return clauses


# an absolute phrase after a comparison, ", with one trafficker sentenced …", or a
# clause of the main period, ", while continuing to prosecute …"
_BACK_TO_THE_MAIN = re.compile(r",\s+(?:with|while)\s+")
_GERUND = re.compile(r"\s+[a-z]{2,}ing\b")
# "and" + a gerund: the next item of a list of what was done ("… and obtaining"; not
# "and during 2019", "and nothing", "and including")
_NEXT_ITEM = re.compile(
    r",?\s+and\s+(?=(?!(?:during|including|according|regarding|concerning|following|pending|"
    r"remaining|involving|excluding|nothing|something|anything|everything)\b)[a-z]{2,}ing\b)"
)

#: The markers that compare a number in brackets with another period's ("(13 compared with
#: 22 in 2022)"); a regex fragment, no groups.
BRACKET_COMPARISON = r"compared (?:with|to)|versus|vs\."
# A parenthesis that opens with this period's number and compares it with another's.
_OPENING_COMPARISON = re.compile(rf"\s*\d[\d,]*\s*,?\s*({BRACKET_COMPARISON})", re.IGNORECASE)


def find_asides(text: str) -> list[tuple[int, int]]:
    """The asides between two dashes of ``text``: where each opening dash is and where
    its closing dash ends, the dashes paired in the order written."""
    if "—" not in text and "–" not in text and " - " not in text:
        return []
    dashes = [match for match in _DASH.finditer(text)]
    return [(opening.start(), closing.end()) for opening, closing in zip(dashes[::2], dashes[1::2], strict=False)]


def _may_start_a_main_clause(text: str) -> bool:
    """False only when :data:`_NEW_MAIN` cannot match: no ";", no contrast word, and no
    "and" or none of the verbs it needs after one (half the sentences with a number)."""
    if ";" in text:
        return True
    low = lower_folded(text)
    if "whereas" in low or (("while" in low or "but" in low) and "in " in low):
        return True
    return "and" in low and any(verb in low for verb in (*_NEW_VERBS, *_DENIED_VERBS))


def _may_compare(text: str) -> bool:
    """False only when :data:`COMPARISON` cannot match: none of the words one of its
    matches holds is in ``text`` (three in five sentences)."""
    return holds_any(text, _COMPARISON_WORDS)
