"""Step 3 for amounts of money: which funding line an amount is. A funding verb
("allocated", "provided", "budgeted" …) must come before it and a purpose after it
(shelters, NGOs, victims, anti-trafficking efforts); allowances, fines, compensation
and other sums per person are no funding line.
"""

from __future__ import annotations

import re

from .clauses import Clause
from .numbers import Mention

_FUNDING_VERB = re.compile(
    r"\b(?:allocat\w*|provid\w*|budget\w*|spen[dt]\w*|disburs\w*|grant\w*|fund(?:s|ed|ing)?|"
    r"contribut\w*|earmark\w*|dedicat\w*|devot\w*|transferr\w*|gave|invest(?:ed|ing|ment)s?|appropriat\w*|"
    r"financ\w*|donat\w*)\b",
    re.IGNORECASE,
)
_PER_PERSON = re.compile(
    r"\b(?:allowance|payment|sum|fine|fines|compensation|salary|salaries|stipend|bribe|bail|"
    r"restitution|damages|fee|fees|loan|award|benefit)s?\s+of\s+(?:approximately\s+|about\s+)?$|"
    r"\b(?:each|per)\s+$|\bequivalent (?:of|to)\s+$|\bor\s+$",
    re.IGNORECASE,
)
_PER_PERSON_AFTER = re.compile(
    r"^\s*(?:fine|penalty|bribe|in (?:compensation|restitution|damages)|per\b|each\b|a month|"
    r"monthly|to each|for each|allowance)",
    re.IGNORECASE,
)
#: Money proposed, planned or promised before it is given ("proposed to allocate",
#: "will fund"): no funding line of the period.
_NOT_YET = re.compile(
    r"\b(?:propos(?:ed|es|ing)|plann(?:ed|ing)|plans to|intend(?:ed|s)?|will|would|aim(?:ed|s)? to)\b",
    re.IGNORECASE,
)
#: The size of a change, not an amount given: "reduced the budget … by over €100,000",
#: "allocating 100,000 new kwacha ($10,086), an increase of $5,000".
_BY_HOW_MUCH = re.compile(
    r"(?:\bby|\b(?:increase|decrease|rise|reduction|cut|drop|decline)\s+of)\s+"
    r"(?:(?:over|more\s+than|about|nearly|almost|approximately|some|roughly|around|"
    r"at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# a budget whose purpose its own words name, right before the amount: "increased its
# anti-trafficking budget from $200,000 to " (what follows the amount is then a detail)
_BUDGET_NAMED_BEFORE = re.compile(
    r"(?P<purpose>(?:[\w-]+\s+){1,3})(?:budget|funding|allocation)s?\s+(?:(?:was|of|from|to|at|"
    r"totaling|totalling|increased|decreased|rose|fell)\s+)*(?:[^\s;]+(?:\s+\([^)]*\))?\s+to\s+)?$",
    re.IGNORECASE,
)
_LEADING_BRACKETS = re.compile(r"^\s*\([^)]*\)")  # the dollar conversion after an amount
_INCLUDING = re.compile(r"\bincluding\b|\bof which\b")
_PURPOSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        # named first, so "NGO-run shelters" is not read as NGOs in general
        ("funding_ngo_shelter", r"\b(?:NGO|civil society)(?:[- ](?:run|operated))?\s+shelters?\b"),
        ("funding_shelter", r"\bshelters?\b"),
        ("funding_ngo", r"\bNGOs?\b|\bcivil society\b|\bnon-governmental\b"),
        ("funding_victim_assistance", r"\bvictims?\b|\bsurvivors?\b"),
        (
            "funding_anti_trafficking",
            # awareness campaigns are anti-trafficking work; "trafficking victims’ support" names
            # the victims
            r"\banti-trafficking\b|\bnational action plan\b|\bNAP\b|\bawareness\b|"
            r"\btrafficking\b(?!\s+(?:victims?|survivors?|shelters?)\b)",
        ),
    )
)


def funding_metric(
    sentence: str, mention: Mention, clause: Clause, compared_with: str | None
) -> str | None:
    """The funding metric of an amount, or None when it is not one; a restated amount
    takes ``compared_with``, the metric of the main clause's last amount."""
    before = sentence[clause.start : mention.start]
    if _BY_HOW_MUCH.search(before[-40:]):
        return None
    if _PER_PERSON.search(before[-40:]) or _PER_PERSON_AFTER.match(
        _LEADING_BRACKETS.sub("", sentence[mention.end :])
    ):
        return None
    if clause.kind == "comparison":
        return compared_with
    if not _FUNDING_VERB.search(before) or _NOT_YET.search(before):
        return None
    budget = _BUDGET_NAMED_BEFORE.search(before)
    if budget is not None:
        own = _first_purpose(budget.group("purpose"))
        if own is not None:
            return own  # "its anti-trafficking budget from $200,000 to $242,000 – … victim assistance"
    after = _INCLUDING.split(sentence[mention.end : clause.end])[0]
    return _first_purpose(after) or _any_purpose(before)


def detail_funding_metric(sentence: str, mention: Mention) -> str | None:
    """The funding line of an amount listed after "including": its own purpose, named
    before the next comma ("including 30,000 manat ($17,650) for two NGO-run shelters"),
    in a sentence that funds something; None when it names none or is paid per person."""
    before = sentence[: mention.start]
    if not _FUNDING_VERB.search(before) or _PER_PERSON.search(before[-40:]):
        return None
    if _BY_HOW_MUCH.search(before[-40:]):
        return None
    if _NOT_YET.search(before):
        return None
    after = _LEADING_BRACKETS.sub("", sentence[mention.end :])
    if _PER_PERSON_AFTER.match(after):
        return None
    return _first_purpose(re.split(r"[,;(]", after, maxsplit=1)[0])


def _first_purpose(text: str) -> str | None:
    """The purpose named first in ``text``."""
    best: tuple[int, str] | None = None
    for name, pattern in _PURPOSES:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return None if best is None else best[1]


def _any_purpose(text: str) -> str | None:
    """The first purpose of :data:`_PURPOSES` that ``text`` names."""
    return next((name for name, pattern in _PURPOSES if pattern.search(text)), None)
