"""Figures stage: tier, effort verdicts and key figures of a Report, and their changes.

Steps of :func:`extract`, one sentence at a time:

1. **Numbers** — digits ("210,161", "1.5 million"), words ("nine", "Thirty-two"),
   ranges ("8 to 18 years") and money ("210,161 manat ($123,620)", "$5,000").
   "No convictions" / "convicted no traffickers" count as zero (law-enforcement counts
   only). Years, article and law numbers, hyphenated compounds ("COVID-19",
   "one-time"), dates, percentages, ages and durations are dropped here (a number of
   years is kept only as an imposed prison term, never a prescribed penalty).
2. **Clauses** — the sentence is cut at ";" and at comparison markers ("compared
   with", "down from", "an increase from", "than" …); a parenthesis holding a year
   ("(91 in 2019)") is a restatement, one without ("(35 sex trafficking, 30 labor
   trafficking)") breaks down the figure before it.
3. **Metric** — from what is counted (the noun after the number: "nine new
   *defendants*", "90 were *women*"), the verb before or after it ("Courts *convicted*
   10 traffickers", "34 cases *were initiated*") and, for restated values, the
   figure they are compared with. A number nothing classifies is not a figure.
   Numbers after "including" / "of which", partitives ("Of the 91 …", "all nine"),
   potential victims (other than identified), capacities, estimates and ongoing cases
   "from previous years" are left out: they restate or split a figure.
4. **Period** — the year named in the clause ("in 2022", "In 2008, …"), else the
   reporting year (edition − 1, or read from the text when the edition is unknown,
   see :func:`reporting_period`); "In previous years" and "to date" give ``None``.

Conventions (documented choices):

* **Money** is one :class:`Figure` per amount: ``value``/``currency`` as written first
  (the local currency when one is given, "manat"), and ``value_usd`` for the dollar
  conversion in brackets. Editions are compared in the local currency, which exchange
  rates do not move; amounts in another currency are not paired.
* **Verdict scale order** (for :func:`verdict_change`): ``down < mixed < flat < up``.
  "Mixed progress" means some areas fell back, so it ranks below a maintained effort
  and above an overall decrease. Adverbs of degree ("modestly", "significantly") are
  kept in the phrase but do not move the scale.
* A figure is **restated** when it is a value for an earlier period stated for
  comparison; the headline of a comparison is each edition's own reporting-period
  value, restated values are cross-checked against the older edition's own figure.
* Figures are paired by metric *and* what they count: "61 cases" and "9 defendants"
  are both ``prosecutions`` but are never subtracted; one currency is compared with
  itself only. When an edition gives a metric twice for one period (e.g. NGO grants
  in protection and in prevention), the one in the metric's home section, else the
  first, stands for it.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .model import (
    P_SECTIONS,
    Figure,
    FigureCheck,
    FigureDelta,
    Movement,
    Report,
    Section,
    SectionName,
    Sentence,
    TierChange,
    Verdict,
    VerdictChange,
    VerdictScale,
)
from .tiers import MAY_NAME_A_TIER, TIER_PLACEMENT_PHRASE, canonical_tier

log = logging.getLogger(__name__)

__all__ = [
    "METRICS",
    "SCALE_ORDER",
    "compare_figures",
    "extract",
    "find_verdict",
    "reporting_period",
    "tier_change",
    "tier_phrase",
    "verdict_change",
]

# --------------------------------------------------------------------------- vocabulary

_BASE_METRICS: tuple[tuple[str, str], ...] = (
    ("investigations", "Investigations"),
    ("suspects_investigated", "Suspects investigated"),
    ("prosecutions", "Prosecutions"),
    ("defendants_prosecuted", "Defendants prosecuted"),
    ("convictions", "Convictions"),
    ("prison_term_years", "Prison terms imposed (years)"),
    ("victims_identified", "Victims identified"),
    ("potential_victims_identified", "Potential victims identified"),
    ("victims_identified_hotline", "Victims identified through the hotline"),
    ("victims_assisted", "Victims assisted"),
    ("victims_sheltered", "Victims sheltered"),
    ("victims_referred", "Victims referred to services"),
    ("victims_repatriated", "Victims repatriated"),
    ("funding_victim_assistance", "Funding for victim assistance"),
    ("funding_shelter", "Funding for shelters"),
    ("funding_ngo", "Funding for NGOs"),
    ("funding_anti_trafficking", "Funding for anti-trafficking efforts"),
    ("hotline_calls", "Hotline calls"),
    ("labor_violations", "Labor violations"),
    ("labor_inspections", "Labor inspections"),
    ("officials_trained", "Officials trained"),
)

#: Law-enforcement counts that take a form-of-trafficking breakdown suffix.
_LE_METRICS = (
    "investigations",
    "suspects_investigated",
    "prosecutions",
    "defendants_prosecuted",
    "convictions",
)
_GROUPS = ("women", "men", "girls", "boys", "children", "adults", "female", "male")
_SCOPES = ("foreign", "domestic", "internal")
_FORMS = ("sex_trafficking", "labor_trafficking")
_FORM_LABEL = {"sex_trafficking": "sex trafficking", "labor_trafficking": "labor trafficking"}
_SCOPE_LABEL = {"foreign": "foreign", "domestic": "citizens", "internal": "internal trafficking"}


def _victim_metric(group: str | None, scope: str | None, form: str | None) -> str:
    return "_".join(["victims", *(part for part in (group, scope, form) if part)])


def _build_metrics() -> dict[str, str]:
    """Base metrics in reading order, each followed by its breakdowns."""
    groups: tuple[str | None, ...] = (None, *_GROUPS)
    scopes: tuple[str | None, ...] = (None, *_SCOPES)
    forms: tuple[str | None, ...] = (None, *_FORMS)
    combos = [
        combo
        for combo in itertools.product(groups, scopes, forms)
        if any(part is not None for part in combo)
    ]
    combos.sort(key=lambda combo: sum(part is not None for part in combo))
    metrics: dict[str, str] = {}
    for name, label in _BASE_METRICS:
        metrics[name] = label
        if name in _LE_METRICS:
            for form in _FORMS:
                metrics[f"{name}_{form}"] = f"{label}: {_FORM_LABEL[form]}"
        if name == "victims_identified":
            for group, scope, victim_form in combos:
                parts = [
                    group or "",
                    "" if scope is None else _SCOPE_LABEL[scope],
                    "" if victim_form is None else _FORM_LABEL[victim_form],
                ]
                metrics[_victim_metric(group, scope, victim_form)] = f"{label}: " + ", ".join(
                    p for p in parts if p
                )
    return metrics


#: The metric vocabulary: name → label, in the order comparisons list them.
#:
#: Core counts: ``investigations`` (cases or suspects investigated — the head count of
#: "investigated nine cases with 12 defendants"), ``suspects_investigated`` (the "with 12
#: defendants" part), ``prosecutions`` / ``defendants_prosecuted`` likewise,
#: ``convictions``, ``prison_term_years`` (imposed terms; ranges carry ``value_high``),
#: ``victims_identified``, ``potential_victims_identified``,
#: ``victims_identified_hotline``, ``victims_assisted``, ``victims_sheltered``,
#: ``victims_referred``, ``victims_repatriated``; money lines ``funding_victim_assistance``,
#: ``funding_shelter``, ``funding_ngo``, ``funding_anti_trafficking``; prevention counts
#: ``hotline_calls``, ``labor_violations``, ``labor_inspections``, ``officials_trained``.
#:
#: Breakdowns are composed names: ``<law-enforcement count>_{sex,labor}_trafficking``
#: ("65 investigations (35 sex trafficking, 30 labor trafficking)") and, for identified
#: victims, ``victims_[group]_[scope]_[form]`` with group one of women, men, girls, boys,
#: children, adults, female, male; scope one of foreign, domestic (the country's own
#: citizens), internal (internal trafficking); form sex_trafficking or labor_trafficking
#: — e.g. ``victims_women``, ``victims_foreign``, ``victims_female_sex_trafficking``.
METRICS: Mapping[str, str] = MappingProxyType(_build_metrics())
_METRIC_ORDER = {name: i for i, name in enumerate(METRICS)}

#: Effort-verdict scales from worst to best (see the module docstring).
#: Verdict scales from worst to best (``VerdictScale`` in rank order).
SCALE_ORDER: tuple[VerdictScale, ...] = tuple(VerdictScale)

#: The section each metric family normally lives in (picks the representative figure).
_HOME = {
    "investigations": SectionName.PROSECUTION,
    "suspects_investigated": SectionName.PROSECUTION,
    "prosecutions": SectionName.PROSECUTION,
    "defendants_prosecuted": SectionName.PROSECUTION,
    "convictions": SectionName.PROSECUTION,
    "prison_term_years": SectionName.PROSECUTION,
    "hotline_calls": SectionName.PREVENTION,
    "labor_violations": SectionName.PREVENTION,
    "labor_inspections": SectionName.PREVENTION,
}

# --------------------------------------------------------------------------- numbers

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}

_SMALL_RE = "|".join(sorted(_SMALL, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_WORD_NUM = (
    rf"(?:(?:{_TENS_RE})(?:[-‐](?:one|two|three|four|five|six|seven|eight|nine))?|{_SMALL_RE})"
)
_WORD_NUM_FULL = rf"{_WORD_NUM}(?:\s+hundred(?:\s+(?:and\s+)?{_WORD_NUM})?)?"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"(?:\s+(?:thousand|million|billion)\b)?"
_NUM_CORE = rf"(?:{_DIGITS}|{_WORD_NUM_FULL})"
_NUM = re.compile(
    rf"(?<![\w.,$€£/\-‐–])(?P<a>{_NUM_CORE}{_SCALE_RE})(?![\w/]|[-‐][A-Za-z]|,\d)",
    re.IGNORECASE,
)
_RANGE_TAIL = re.compile(
    rf"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?P<b>{_NUM_CORE})(?![\w/]|[-‐]\w|,\d)",
    re.IGNORECASE,
)

_CURRENCY_WORDS = {
    "manat": "manat", "lei": "lei", "leu": "lei", "lempira": "lempira",
    "lempiras": "lempira", "euro": "EUR", "euros": "EUR", "dollar": "dollars",
    "dollars": "dollars", "ruble": "ruble", "rubles": "ruble", "rouble": "ruble",
    "roubles": "ruble", "hryvnia": "hryvnia", "hryvnias": "hryvnia", "tenge": "tenge",
    "som": "som", "soms": "som", "somoni": "somoni", "lari": "lari", "dram": "dram",
    "drams": "dram", "dinar": "dinar", "dinars": "dinar", "dirham": "dirham",
    "dirhams": "dirham", "riyal": "riyal", "riyals": "riyal", "rial": "rial",
    "rials": "rial", "peso": "peso", "pesos": "peso", "rupee": "rupee", "rupees": "rupee",
    "rupiah": "rupiah", "ringgit": "ringgit", "baht": "baht", "riel": "riel",
    "riels": "riel", "dong": "dong", "kyat": "kyat", "kyats": "kyat", "taka": "taka",
    "naira": "naira", "cedi": "cedi", "cedis": "cedi", "shilling": "shilling",
    "shillings": "shilling", "rand": "rand", "kwacha": "kwacha", "franc": "franc",
    "francs": "franc", "birr": "birr", "yuan": "yuan", "renminbi": "yuan", "yen": "yen",
    "quetzal": "quetzal", "quetzales": "quetzal", "quetzals": "quetzal",
    "colon": "colon", "colones": "colon", "cordoba": "cordoba", "cordobas": "cordoba",
    "córdobas": "cordoba", "boliviano": "boliviano", "bolivianos": "boliviano",
    "guarani": "guarani", "guaranies": "guarani", "lek": "lek", "leke": "lek",
    "denar": "denar", "denars": "denar", "kuna": "kuna", "forint": "forint",
    "forints": "forint", "zloty": "zloty", "zlotys": "zloty", "lev": "lev", "leva": "lev",
    "tugrik": "tugrik", "tugriks": "tugrik", "afghani": "afghani", "afghanis": "afghani",
    "kwanza": "kwanza", "kwanzas": "kwanza", "ariary": "ariary", "gourde": "gourde",
    "gourdes": "gourde", "pula": "pula", "leone": "leone", "leones": "leone",
    "dalasi": "dalasi", "dalasis": "dalasi", "rufiyaa": "rufiyaa", "nakfa": "nakfa",
    "ouguiya": "ouguiya", "ouguiyas": "ouguiya", "pounds": "pound",
}  # fmt: skip
_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
_MONEY_NUM = r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR_WORD_RE = "|".join(sorted(map(re.escape, _CURRENCY_WORDS), key=len, reverse=True))
_SYM_RE = r"(?:US\$|USD\s?|\$|€|EUR\s?|£)"
_USD_PAREN = (
    rf"\s*\(\s*(?:approximately\s+|about\s+|roughly\s+|~\s*)?(?:US\$|\$|USD\s?)\s?"
    rf"(?P<usd>{_MONEY_NUM})(?P<usd_scale>\s+(?:thousand|million|billion))?\s*\)"
)
_MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<sym>{_SYM_RE})\s?(?P<snum>{_MONEY_NUM})(?P<sscale>\s+(?:thousand|million|billion))?"
    rf"(?:{_USD_PAREN.replace('usd', 'susd')})?"
    rf"|(?P<wnum>{_MONEY_NUM}|{_WORD_NUM})(?P<wscale>\s+(?:thousand|million|billion))?\s+"
    rf"(?:[A-Z][A-Za-z]+\s+)?(?P<cur>{_CUR_WORD_RE})\b(?:{_USD_PAREN})?)",
    re.IGNORECASE,
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_BEFORE_REFERENCE = re.compile(
    r"(?:\b(?:Articles?|Arts?\.|Sections?|Paragraphs?|Paras?\.|Chapters?|Laws?|Decrees?|"
    r"Resolutions?|Decisions?|Orders?|Conventions?|Protocols?|Codes?|Nos?\.|Numbers?|"
    r"Pages?|pp?\.|Tier|Level|Phase|Volume|Vol\.|Item|Annex|Clause)|§|\b[A-Z]{2,}\b)\s*$",
)
_ARTICLE_LIST = re.compile(
    r"\b(?:Articles?|Arts?\.|Sections?|Paragraphs?|Laws?|Decrees?|Nos?\.)\s+"
    r"(?:\d[\w./-]*(?:\s*\([^)]{0,60}\))?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*)?)+",
    re.IGNORECASE,
)
_BEFORE_DATE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$")
_AFTER_DATE = re.compile(rf"^(?:\s+(?:{_MONTHS})\b|,\s*(?:19|20)\d\d)")
_BEFORE_AGE = re.compile(
    r"\b(?:aged?|ages(?: of)?|age of|under(?: the age of)?|younger than|older than|"
    r"over the age of|above the age of|below the age of|between the ages of)\s+$",
    re.IGNORECASE,
)
_AFTER_AGE = re.compile(r"^\s*(?:-|‐)?\s*years?[-‐ ]old\b", re.IGNORECASE)
_AFTER_PERCENT = re.compile(r"^\s*(?:percent|per cent|%|percentage)", re.IGNORECASE)
_AFTER_DURATION = re.compile(
    r"^[’']?s?\s*(?:consecutive\s+|additional\s+|more\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
_PRISON = re.compile(r"sentenc|imprison|prison|jail|incarcerat", re.IGNORECASE)
_NOT_IMPOSED = re.compile(
    r"prescrib|penalt|punishab|carr(?:y|ies)\b|provides? for|\bfaces?\b|\bwould\b",
    re.IGNORECASE,
)
_NOT_IMPOSED_NEAR = re.compile(
    r"suspended|up to|maximum|minimum|\bfines?\b|probation", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")  # what _ARTICLE_LIST needs after its keyword
_YEAR_WORD_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<n>{_DIGITS}|{_WORD_NUM})[-‐]year\s+(?:prison\s+)?(?:sentence|term|prison)",
    re.IGNORECASE,
)


# zero stated in words, for law-enforcement counts only: "no convictions",
# "convicted no traffickers" ("no foreign victims" is too often a partial statement)
_ZERO = re.compile(
    r"\b(?P<no>[Nn]o|[Zz]ero)\s+(?=(?:new\s+)?(?:trafficking\s+)?"
    r"(?:investigations|prosecutions|convictions)\b)|"
    r"\b(?:convicted|prosecuted|investigated|indicted)\s+(?P<no2>no)\s+(?=(?:\w+\s+)?"
    r"(?:traffickers|defendants|suspects|cases)\b)"
)
_COMPLICITY = re.compile(r"complicit|complicity|officials?\b|employees|officers", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Num:
    """A number mention: its span, value and — for money — currency and dollar value."""

    start: int
    end: int
    value: float
    high: float | None = None
    currency: str | None = None
    usd: float | None = None
    years: bool = False  # a number of years in a sentencing clause


def _word_value(text: str) -> float | None:
    words = text.lower().replace("‐", "-").replace(" and ", " ").split()
    total = 0.0
    current = 0.0
    for word in words:
        for part in word.split("-"):
            if part in _SMALL:
                current += _SMALL[part]
            elif part in _TENS:
                current += _TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            else:
                return None
    total += current
    return total


def _parse_number(text: str) -> float | None:
    text = text.strip()
    scale = 1.0
    for word, factor in _SCALES.items():
        if text.lower().endswith(" " + word):
            text = text[: -len(word)].strip()
            scale = factor
    if text[:1].isdigit():
        try:
            return float(text.replace(",", "").replace(" ", "")) * scale
        except ValueError:
            return None
    value = _word_value(text)
    return None if value is None else value * scale


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))


def _numbers(sentence: str) -> list[_Num]:
    """Every number mention of a sentence that may be a figure (see step 1)."""
    found: list[_Num] = []
    taken: list[tuple[int, int]] = []
    # Two patterns that rarely match are tried only where their fixed part is: each
    # costs a scan of every sentence (a fifth of loading a long narrative).
    if _DIGIT.search(sentence):
        taken += [match.span() for match in _ARTICLE_LIST.finditer(sentence)]
    for match in _MONEY.finditer(sentence):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if match.group("sym"):
            value = _parse_number(match.group("snum") + (match.group("sscale") or ""))
            currency = _SYMBOLS.get(match.group("sym").strip().lower(), "USD")
            usd = value if currency == "USD" else None
            if match.group("susd"):
                usd = _parse_number(match.group("susd") + (match.group("susd_scale") or ""))
        else:
            value = _parse_number(match.group("wnum") + (match.group("wscale") or ""))
            currency = _CURRENCY_WORDS[match.group("cur").lower()]
            usd = None
            if match.group("usd"):
                usd = _parse_number(match.group("usd") + (match.group("usd_scale") or ""))
        if value is None:
            continue
        found.append(_Num(match.start(), match.end(), value, currency=currency, usd=usd))
        taken.append(match.span())
    for match in _ZERO.finditer(sentence):
        rest = sentence[match.end() : match.end() + 80].split(";")[0]
        group = "no" if match.group("no") else "no2"
        if not _COMPLICITY.search(rest):  # "no prosecutions of complicit officials"
            found.append(_Num(match.start(group), match.end(group), 0.0))
            taken.append(match.span(group))
    compounds = _YEAR_WORD_COMPOUND.finditer(sentence) if "year" in sentence.lower() else ()
    for match in compounds:
        value = _parse_number(match.group("n"))
        if value is not None and _prison_context(sentence, match.start()):
            found.append(
                _Num(match.start(), match.start() + len(match.group("n")), value, years=True)
            )
            taken.append(match.span())
    for match in _NUM.finditer(sentence):
        start, end = match.span()
        if any(a <= start < b or a < end <= b for a, b in taken):
            continue
        mention = _count_mention(sentence, match)
        if mention is not None:
            found.append(mention)
            taken.append((mention.start, mention.end))
    found.sort(key=lambda n: n.start)
    return found


def _count_mention(sentence: str, match: re.Match[str]) -> _Num | None:
    """A plain number (or range) unless it is a year, reference, date, age, share …"""
    a_text = match.group("a")
    start, end = match.span()
    before = sentence[max(0, start - 40) : start]
    if re.match(r"[-‐]\d", sentence[end : end + 2]) and not _RANGE_TAIL.match(sentence, end):
        return None  # "144-1"
    high: float | None = None
    tail = _RANGE_TAIL.match(sentence, end)
    if tail is not None:
        is_and = tail.group("sep").strip().lower() == "and"
        b_text = tail.group("b")
        if (not is_and or re.search(r"\bbetween\s+$", before, re.I)) and not _is_year(b_text):
            high = _parse_number(b_text)
            if _is_year(a_text) or high is None:
                return None
            end = tail.end()
    after = sentence[end : end + 40]
    if _is_year(a_text) and not re.match(
        r"\s+(?:\w+\s+)?(?:victims|cases|people|persons)\b", after
    ):
        return None
    if _BEFORE_REFERENCE.search(before) or _BEFORE_DATE.search(before) or _AFTER_DATE.match(after):
        return None
    if _BEFORE_AGE.search(before) or _AFTER_AGE.match(after) or _AFTER_PERCENT.match(after):
        return None
    if re.search(r"\bno\s+$", before, re.I) and a_text.lower() == "one":
        return None
    value = _parse_number(a_text)
    if value is None:
        return None
    if high is not None and high <= value:
        return None
    duration = _AFTER_DURATION.match(after)
    months_to_years = _MONTHS_TO_YEARS.match(after)
    if months_to_years and high is None and _prison_context(sentence, start):
        top = _parse_number(months_to_years.group("n"))  # "between six months and 14 years"
        if top is not None:
            return _Num(start, end + months_to_years.end(), value / 12, top, years=True)
    if duration:
        if duration.group("unit").lower().startswith("year") and _prison_context(sentence, start):
            months = _AND_MONTHS.match(sentence, end + duration.end())
            if months and high is None:
                extra = _parse_number(months.group("n"))
                if extra is not None:
                    return _Num(start, months.end(), value + extra / 12, years=True)
            return _Num(start, end, value, high, years=True)
        return None
    return _Num(start, end, value, high)


_MONTHS_TO_YEARS = re.compile(
    rf"^\s+months?\s+(?:and|to)\s+(?P<n>{_NUM_CORE})\s+years?\b", re.IGNORECASE
)
_AND_MONTHS = re.compile(rf"\s+and\s+(?P<n>{_NUM_CORE})\s+months?\b", re.IGNORECASE)


def _prison_context(sentence: str, start: int) -> bool:
    """True when a number of years at ``start`` is a prison term a court imposed."""
    near = sentence[max(0, start - 60) : start]
    return (
        bool(_PRISON.search(sentence))
        and not _NOT_IMPOSED.search(sentence)
        and not _NOT_IMPOSED_NEAR.search(near)
    )


# --------------------------------------------------------------------------- clauses

_COMPARISON = re.compile(
    r"\b(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\.|as opposed to|"
    r"(?:down|up) from|(?:an? )?(?:\w+ )?(?:increase|decrease|decline|rise|drop|reduction|"
    r"jump|fall|change)s? (?:from|over|compared)|same (?:number|amount) as)\b|"
    rf"\bthan\b(?!\s+(?:about\s+|approximately\s+)?(?:\d|(?:{_WORD_NUM})\b))",  # not "more than 50"
    re.IGNORECASE,
)
_YEAR_PHRASE = re.compile(
    r"\b(?:in|during|throughout|for)\s+(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_PREVIOUS_PERIOD = re.compile(
    r"\b(?:the|a)\s+(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:year|period)|"
    r"\blast\s+year\b",
    re.IGNORECASE,
)
_UNDATED_PAST = re.compile(
    r"\b(?:in|during|from)\s+(?:previous|prior|past)\s+(?:reporting\s+)?(?:years|periods)\b|"
    r"\bto date\b|\bsince\s+(?:19|20)\d\d\b|\bbetween\s+(?:19|20)\d\d\s+and\b|\bcumulative",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Clause:
    """A stretch of a sentence that one year phrase governs."""

    start: int
    end: int
    kind: str  # "main" | "comparison" (comparison marker or a parenthesis with a year)


@dataclass(frozen=True, slots=True)
class _Paren:
    start: int  # index of "("
    end: int  # index after ")" (or the end of the sentence when unclosed)
    restates: bool  # holds a year: "(91 in 2019)"


def _mask(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(sentence)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] in "();":
                chars[i] = "#"
    return "".join(chars)


def _parens(masked: str) -> list[_Paren]:
    parens: list[_Paren] = []
    depth, opened = 0, -1
    for i, char in enumerate(masked):
        if char == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                inside = masked[opened + 1 : i]
                parens.append(_Paren(opened, i + 1, bool(_YEAR_PHRASE.search(inside))))
    if depth and opened >= 0:
        inside = masked[opened + 1 :]
        parens.append(_Paren(opened, len(masked), bool(_YEAR_PHRASE.search(inside))))
    return parens


# a semicolon, or "and" + a new verb, starts a new main clause
_NEW_MAIN = re.compile(
    r";|,?\s\band\s+(?=(?:\w+ly\s+)?(?:investigated|prosecuted|convicted|identified|"
    r"initiated|assisted|referred|sentenced|allocated|provided|certified|trained)\b)",
    re.IGNORECASE,
)


def _clauses(masked: str, parens: Sequence[_Paren]) -> list[_Clause]:
    """Main/comparison clauses outside restating parentheses (those are clauses too)."""
    hidden = list(masked)
    for paren in parens:
        for i in range(paren.start, paren.end):
            hidden[i] = " "
    flat = "".join(hidden)
    cuts: list[tuple[int, str]] = [(0, "main")]
    for match in _NEW_MAIN.finditer(flat):
        cuts.append((match.end(), "main"))
    for match in _COMPARISON.finditer(flat):
        cuts.append((match.start(), "comparison"))
    cuts.sort()
    clauses = []
    for i, (start, kind) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(masked)
        if end > start:
            clauses.append(_Clause(start, end, kind))
    clauses.extend(_Clause(p.start, p.end, "comparison") for p in parens if p.restates)
    return clauses


# --------------------------------------------------------------------------- nouns

_CASE_HEADS = {
    "case": "cases", "cases": "cases", "investigation": "investigations",
    "investigations": "investigations", "prosecution": "prosecutions",
    "prosecutions": "prosecutions", "proceedings": "cases",
}  # fmt: skip
_PERSON_HEADS = {
    "defendant": "defendants", "defendants": "defendants", "suspect": "suspects",
    "suspects": "suspects", "trafficker": "traffickers", "traffickers": "traffickers",
    "person": "persons", "persons": "persons", "people": "persons",
    "individual": "individuals", "individuals": "individuals", "offender": "offenders",
    "offenders": "offenders", "perpetrator": "perpetrators", "perpetrators": "perpetrators",
    "conviction": "convictions", "convictions": "convictions", "accused": "defendants",
}  # fmt: skip
_VICTIM_HEADS = {
    "victim": None, "victims": None, "survivor": None, "survivors": None,
    "woman": "women", "women": "women", "man": "men", "men": "men", "girl": "girls",
    "girls": "girls", "boy": "boys", "boys": "boys", "child": "children",
    "children": "children", "minor": "children", "minors": "children", "adult": "adults",
    "adults": "adults", "female": "female", "females": "female", "male": "male",
    "males": "male", "national": None, "nationals": None, "citizen": None,
    "citizens": None, "foreigner": None, "foreigners": None,
}  # fmt: skip
_OFFICIAL_HEADS = frozenset(
    """official officials officer officers police policemen judge judges prosecutor
    prosecutors investigator investigators inspector inspectors personnel staff guards
    diplomats employees participants professionals workers teachers members""".split()
)
_OTHER_HEADS = {
    "call": "calls", "calls": "calls", "violation": "violations", "violations": "violations",
    "inspection": "inspections", "inspections": "inspections",
}  # fmt: skip
_GROUP_WORDS = {
    "woman": "women", "women": "women", "man": "men", "men": "men", "girl": "girls",
    "girls": "girls", "boy": "boys", "boys": "boys", "child": "children",
    "children": "children", "minor": "children", "minors": "children", "juvenile": "children",
    "adult": "adults", "adults": "adults", "female": "female", "females": "female",
    "male": "male", "males": "male",
}  # fmt: skip
_STOP = frozenset(
    """and or in to for with from who whom that which at on by as than compared were was
    is are including but while after before during into through under per had have has
    been be being whose whereas where when if all of the a an its their""".split()
)
_POTENTIAL = frozenset({"potential", "presumed", "possible", "probable", "suspected"})
_EXCLUDING = frozenset({"such", "complicit", "unspecified", "other"})
_DEMONYM = re.compile(r"(?:an|ese|i|ish|ic|ch|ot|ino|ina)$")
_WORD = re.compile(r"[A-Za-z][\w’'‐-]*|\d[\d,.]*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class _Noun:
    """What a number counts, read from the words after it."""

    head: str | None = None  # normalised unit ("cases", "defendants", "victims" …)
    kind: str | None = None  # "case" | "person" | "victim" | "official" | "other" | None
    group: str | None = None
    scope: str | None = None
    form: str | None = None
    potential: bool = False
    excluded: bool = False  # "such", "complicit", both forms …
    predicate: bool = False  # "90 were women"
    partitive: bool = False  # "55 of these victims"
    anaphoric: bool = False  # the partitive points back: "of these", "of them"
    end: int = 0  # where the noun phrase ends (absolute index)


def _noun(sentence: str, start: int, country: str | None) -> _Noun:
    """Parse the noun phrase that follows a number ending at ``start``."""
    tokens: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(sentence, start):
        word = match.group(0)
        if not word[0].isalnum():
            if word in "-‐’'":
                continue
            break
        tokens.append((word, match.start(), match.end()))
        if len(tokens) >= 14:
            break
    words = [t[0].lower().rstrip(".,") for t in tokens]
    i = 0
    predicate = partitive = anaphoric = False
    if words[:1] and words[0] in ("were", "was", "are", "is"):
        predicate = True
        i = 1
    elif (
        len(words) > 1
        and words[0] == "of"
        and (
            words[1] in ("the", "these", "those", "them", "whom", "which", "its", "their")
            or words[1][:1].isdigit()
            or words[1] in _SMALL
        )
    ):
        partitive = True
        anaphoric = words[1] in ("these", "those", "them", "whom", "which")
        i = 2
    while (predicate or partitive) and i < len(words) and words[i] in ("a", "an", "the"):
        i += 1
    modifiers: list[tuple[str, str]] = []  # (lower, as written)
    head_word = ""
    while i < len(words) and len(modifiers) <= 6:
        word = words[i]
        if (
            word in _CASE_HEADS
            or word in _PERSON_HEADS
            or word in _VICTIM_HEADS
            or (word in _OTHER_HEADS or word in _OFFICIAL_HEADS)
        ):
            # "child victims", "female sex trafficking victims": a group word followed by
            # a victim noun is a modifier, not the head
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if word in _GROUP_WORDS and (
                nxt in _VICTIM_HEADS or nxt in ("sex", "labor", "labour", "forced", "trafficking")
            ):
                modifiers.append((word, tokens[i][0]))
                i += 1
                continue
            if word == "national" and nxt in _VICTIM_HEADS:
                modifiers.append((word, tokens[i][0]))
                i += 1
                continue
            head_word = word
            i += 1
            break
        if word in _STOP:
            break
        modifiers.append((word, tokens[i][0]))
        i += 1
    tail = words[i : i + 4]
    end = tokens[i - 1][2] if 0 < i <= len(tokens) else start
    if partitive and predicate is False and tail[:1] and tail[0] in ("were", "was"):
        # "Thirty-two of the identified victims were children": the predicate decides
        inner = _noun(sentence, tokens[i - 1][2], country) if i else _Noun()
        return dataclasses.replace(inner, partitive=True, predicate=True, anaphoric=anaphoric)
    mods = [m for m, _ in modifiers]
    group = scope = form = None
    # "exploited 89 in sex trafficking", "(11 for sex trafficking …)"
    implicit = not head_word and not modifiers and tail[:1] in (["in"], ["for"])
    described = " ".join(mods)
    if tail[:1] == ["of"] or implicit:
        described += " " + " ".join(tail[1:4])
    forms: set[str] = set()
    if re.search(r"\bsex(?:ual)?\b", described):
        forms.add("sex_trafficking")
    if re.search(r"\blabou?r\b|\bbegging\b", described):
        forms.add("labor_trafficking")
    if len(forms) == 1:
        form = next(iter(forms))
    if implicit and form:
        end = tokens[min(i + 2, len(tokens) - 1)][2]
    excluded = (
        len(forms) > 1
        or bool(_EXCLUDING & set(mods))
        or "both" in mods
        or bool(re.match(r"(?:engaged )?in (?:the worst forms of )?child labou?r", " ".join(tail)))
    )
    if re.search(r"\binternal(?:ly)?\b", described):
        scope = "internal"
    for word, written in modifiers:
        if word in _GROUP_WORDS and group is None:
            group = _GROUP_WORDS[word]
        elif word == "foreign" and scope is None:
            scope = "foreign"
        elif word == "domestic" and scope is None:
            scope = "domestic"
        elif (
            scope is None
            and country
            and written[:1].isupper()
            and word[:4] == country.lower()[:4]
            and word != country.lower()
        ):
            scope = "domestic"  # the country's demonym: "Moldovan citizens"
        elif written[:1].isupper() and _DEMONYM.search(word) and scope is None:
            excluded = True  # another nationality: a part of the total we cannot name
    if tail[:1] == ["of"] and head_word and (form or scope == "internal") and not implicit:
        j = i + 1  # "victims of internal trafficking", "cases of forced labor"
        while j < len(words) and j <= i + 3 and words[j] not in _STOP:
            j += 1
        end = tokens[j - 1][2]
    if head_word in ("foreigner", "foreigners"):
        scope = "foreign"
    potential = bool(_POTENTIAL & set(mods))
    kind: str | None = None
    unit: str | None = None
    if head_word in _CASE_HEADS:
        kind, unit = "case", _CASE_HEADS[head_word]
    elif head_word in _PERSON_HEADS:
        kind, unit = "person", _PERSON_HEADS[head_word]
        potential = False  # "suspected traffickers"
    elif head_word in _VICTIM_HEADS:
        kind, unit = "victim", "victims"
        group = _VICTIM_HEADS[head_word] or group
    elif head_word in _OTHER_HEADS:
        kind, unit = "other", _OTHER_HEADS[head_word]
    elif head_word in _OFFICIAL_HEADS:
        kind, unit = "official", head_word
    elif implicit and form:
        kind, unit = "victim", "victims"  # "exploited 89 in sex trafficking"
    elif not head_word and form:
        kind, unit = None, None  # "(35 sex trafficking, …)": a breakdown item
    elif not head_word and mods:
        kind = "other"  # an unknown noun ("19 civil society projects")
    if "years" in mods or head_word in ("year", "years"):
        kind = "other"
    return _Noun(
        head=unit,
        kind=kind,
        group=group,
        scope=scope,
        form=form,
        potential=potential,
        excluded=excluded,
        predicate=predicate,
        partitive=partitive,
        anaphoric=anaphoric,
        end=end,
    )


# --------------------------------------------------------------------------- metrics

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("investigations", r"\binvestigat(?:ed|ing|es|e)\b|\binvestigations? (?:of|into)\b|\binitiat\w*|\bopened\b|\bregistered\b|\blaunched\b|\bconduct(?:ed|ing)\b"),
        ("prosecutions", r"\bprosecut(?:ed|ing|es|e)\b|\bprosecutions? (?:of|against)\b|\bindict\w*|\bcharged\b|\btried\b|\bbrought\b.*\b(?:court|trial)\b|\bsent\b.*\bto court\b"),
        ("convictions", r"\bconvict(?:ed|ing|s)?\b|\bconvictions? of\b|\bfound guilty\b"),
        ("victims_identified", r"\bidentif(?:ied|ying|ies|y)\b|\bcertif(?:ied|ying|ies|y)\b|\brecogni[sz](?:ed|ing|es|e)\b|\bconfirmed\b"),
        ("victims_sheltered", r"\bshelter(?:ed|ing)\b|\baccommodat(?:ed|ing)\b|\bhoused\b"),
        ("victims_assisted", r"\bassist(?:ed|ing|s)\b|\b(?:received|provided|given|offered|accessed)\s+(?:[\w-]+\s+){0,2}?(?:assistance|services|support|care)\b"),
        ("victims_referred", r"\breferr(?:ed|ing)\b"),
        ("victims_repatriated", r"\brepatriat(?:ed|ing)\b"),
        ("officials_trained", r"\btrain(?:ed|ing)\b"),
        ("exploited", r"\bexploited\b"),
    )
)  # fmt: skip
_SPECIFIC_AID = re.compile(
    r"\b(?:legal|medical|psychological|financial|employment|vocational|educational|"
    r"in-kind|material)\s+(?:assistance|services|support|care|aid)\b",
    re.IGNORECASE,
)
_BLOCK = re.compile(
    r"\bcapacity\b|\bcould\b|\bcan\b|\bable to\b|\bmaximum\b|\bestimat\w*|\bplann\w*|"
    r"\btarget\w*|\bup to\b|\bnot\b|\bfailed\b|\bcontinued to (?:investigate|prosecute|try|hear)\b",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(
    r"(?:\b(?:of|among|out of) (?:the|these|those|all|whom|which)\s+$|\b\d[\d,]*\s+of\s+$|"
    r"\b(?:each|all|both|one|none|some|most|many|any|majority|total|whom|which) of (?:the |these |those )?$|"
    r"\b(?:all|both|remaining|another|every|each)\s+$|\b(?:of|among) whom\s+$|\bbut\s+$)",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"^(?:\s+and\s+(?:[\w‐-]+\s+){1,5}?)?\s*,?\s*(?:were|was|had been|have been|has been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>identified|certified|recognized|recognised|confirmed|investigated|"
    r"initiated|opened|registered|prosecuted|indicted|charged|convicted|referred|repatriated|"
    r"assisted|sheltered|accommodated|trained)\b",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"^(?:\s+and\s+(?:[\w‐-]+\s+){1,5}?)?\s*,?\s*(?:received|accessed|benefited from|"
    r"were (?:provided|given)(?: with)?)\s+(?P<what>(?:[\w‐-]+\s+){0,3}?)"
    r"(?P<noun>assistance|services|support|care|shelter|accommodation)\b(?P<rest>[^;(]{0,40})",
    re.IGNORECASE,
)
_SUBCOUNT = re.compile(r"^\s*(?:,\s*)?(?:with|involving|against|concerning|of)\s+$", re.IGNORECASE)
_IDENTIFICATION = re.compile(r"\bidentif|\bcertif|\brecogni[sz]ed victims", re.IGNORECASE)
_VICTIM_FAMILY_EXCLUDED = frozenset(
    {
        "victims_assisted",
        "victims_sheltered",
        "victims_referred",
        "victims_repatriated",
        "victims_identified_hotline",
        "potential_victims_identified",
    }
)
_SUB_METRIC = {"investigations": "suspects_investigated", "prosecutions": "defendants_prosecuted"}


def _is_identification(metric: str | None) -> bool:
    return bool(metric) and metric.startswith("victims") and metric not in _VICTIM_FAMILY_EXCLUDED  # type: ignore[union-attr]


def _victim_dims(metric: str) -> tuple[str | None, str | None, str | None]:
    rest = metric.removeprefix("victims").strip("_")
    group = scope = form = None
    for g in _GROUPS:
        if rest == g or rest.startswith(g + "_"):
            group, rest = g, rest[len(g) :].strip("_")
            break
    for s in _SCOPES:
        if rest == s or rest.startswith(s + "_"):
            scope, rest = s, rest[len(s) :].strip("_")
            break
    if rest in _FORMS:
        form = rest
    return group, scope, form


def _with_dims(base: str, noun: _Noun, *, keep_base_dims: bool = True) -> str | None:
    """``base`` refined by the noun's breakdown (sex/labor, women/children, foreign …)."""
    if _is_identification(base):
        group, scope, form = _victim_dims(base) if keep_base_dims else (None, None, None)
        group = noun.group or group
        scope = noun.scope or scope
        form = noun.form or form
        return (
            _victim_metric(group, scope, form) if (group or scope or form) else "victims_identified"
        )
    if base.removesuffix("_sex_trafficking").removesuffix("_labor_trafficking") in _LE_METRICS:
        return _le_metric(base, noun)
    if base.startswith("victims") or base.startswith("potential"):
        return None if noun.group else base
    return base


def _le_metric(base: str, noun: _Noun) -> str:
    """A law-enforcement count, with its form of trafficking when the noun names one."""
    root = base.removesuffix("_sex_trafficking").removesuffix("_labor_trafficking")
    return f"{root}_{noun.form}" if noun.form else base


def _unit_kind(figure_unit: str | None, currency: str | None) -> str:
    """What must match for two figures of one metric to be compared."""
    if currency:
        return "money:" + currency
    if figure_unit in _CASE_HEADS.values():
        return "case"
    if figure_unit in _PERSON_HEADS.values():
        return "person"
    return figure_unit or ""


@dataclass(frozen=True, slots=True)
class _Found:
    """A classified mention, before its Figure is built."""

    num: _Num
    noun: _Noun
    metric: str
    unit: str | None
    clause: _Clause
    parent: _Found | None = None  # the figure a "(35 sex trafficking, …)" item breaks down


@dataclass(slots=True)
class _Context:
    """What one sentence's classification needs from outside it."""

    country: str | None
    reporting: int | None
    identification_before: bool  # the paragraph already spoke of identified victims


def _classify_count(
    sentence: str,
    num: _Num,
    noun: _Noun,
    clause: _Clause,
    previous: _Found | None,
    previous_num: _Num | None,
    main_found: Sequence[_Found],
    ctx: _Context,
) -> tuple[str, str | None] | None:
    """(metric, unit) for a plain number, or None when it is not a key figure."""
    if noun.excluded:
        return None
    before = sentence[: num.start]
    after_verb = _verb_right_before(before)
    if _SKIP_BEFORE.search(before[-40:]) and not (noun.partitive and after_verb):
        return None
    if noun.partitive and not after_verb and (noun.anaphoric or not noun.predicate):
        return None  # "20 of the cases involved …", "one of these were girls"
    if num.years:
        return "prison_term_years", "years"
    if noun.kind == "other" and noun.head is None:
        return None
    if noun.potential:
        if noun.kind != "victim":
            return None
        cue = _last_cue(_window(sentence, clause, previous_num, num))
        return ("potential_victims_identified", "victims") if cue == "victims_identified" else None
    # 1. what is counted decides on its own
    if noun.head == "investigations" and noun.kind == "case":
        return _le_metric("investigations", noun), "investigations"
    if noun.head == "prosecutions" and noun.kind == "case":
        return _le_metric("prosecutions", noun), "prosecutions"
    if noun.head == "convictions":
        return _le_metric("convictions", noun), "convictions"
    if noun.head == "calls":
        return "hotline_calls", "calls"
    if noun.head == "violations":
        return ("labor_violations", "violations") if re.search(r"labou?r", sentence, re.I) else None
    if noun.head == "inspections":
        return (
            ("labor_inspections", "inspections")
            if re.search(r"labou?r|workplace", sentence, re.I)
            else None
        )
    # 2. restated values take the metric of the figure they are compared with
    if clause.kind == "comparison":
        source = _comparable(main_found, noun)
        if source is None:
            if noun.kind is None and noun.head is None:
                return _from_clause_noun(sentence, clause)
            return None
        if noun.kind is None and noun.head is None and not noun.form:
            return source.metric, source.unit
        own = bool(noun.group or noun.scope or noun.form)
        metric = _with_dims(source.metric, noun, keep_base_dims=not own)
        return (metric, noun.head or source.unit) if metric else None
    window = _window(sentence, clause, previous_num, num)
    # 3. "nine cases with 12 defendants"
    if (
        previous is not None
        and previous.num is previous_num
        and _SUBCOUNT.match(window)
        and noun.kind == "person"
        and previous.noun.kind == "case"
    ):
        root = previous.metric.removesuffix("_sex_trafficking").removesuffix("_labor_trafficking")
        if root in _SUB_METRIC:
            return _SUB_METRIC[root], noun.head
        if root == "convictions":
            return "convictions", noun.head
        return None
    # 4. the verb: before the number, else a passive or "received …" after it
    cue = None if _BLOCK.search(window) else _last_cue(window)
    after = sentence[noun.end :] if noun.end else sentence[num.end :]
    if cue is None:
        passive = _PASSIVE.match(after)
        if passive:
            cue = _last_cue(passive.group("verb"))
        else:
            received = _RECEIVED.match(after)
            if received and not _SPECIFIC_AID.search(received.group(0)):
                shelter = received.group("noun").lower() in ("shelter", "accommodation") or (
                    "shelter" in received.group("rest").lower()
                )
                cue = "victims_sheltered" if shelter else "victims_assisted"
    if cue is None and noun.predicate and noun.kind == "victim":
        cue = "exploited"  # "90 were women": a breakdown of identified victims
    coordinated = (
        len(window.split()) <= 6
        and bool(re.search(r"\band\b|^\s*,", window))
        and not re.search(r"\b\w+ed\b", window)
    )
    if cue is None and coordinated and (previous is None or previous.num is not previous_num):
        # "identified 12 Nigerian victims abroad and 30 foreign victims": the verb is shared
        whole = _window(sentence, clause, None, num)
        cue = None if _BLOCK.search(whole) else _last_cue(whole)
    if cue is None:
        if previous is not None and previous.num is previous_num and coordinated:
            metric = _with_dims(previous.metric, noun, keep_base_dims=False)
            if metric and _compatible(previous, noun):
                return metric, noun.head or previous.unit
        if noun.kind is None and noun.head is None and not noun.form:
            return _from_clause_noun(sentence, clause, window_only=window)
        return None
    subject = before.rsplit(";", 1)[-1]
    return _metric_for_cue(cue, sentence, window, subject, noun, ctx)


def _metric_for_cue(
    cue: str, sentence: str, window: str, subject: str, noun: _Noun, ctx: _Context
) -> tuple[str, str | None] | None:
    """The metric a verb cue gives a counted noun; ``subject`` is the clause so far."""
    kind = noun.kind
    if cue in ("investigations", "prosecutions", "convictions"):
        if kind not in ("case", "person"):
            return None
        return _le_metric(cue, noun), noun.head
    if cue == "officials_trained":
        return ("officials_trained", noun.head) if kind == "official" else None
    if kind is None and noun.head is None and not noun.form:
        # a bare number after its clause's noun: "victims received assistance— 71"
        if cue != "exploited" and re.search(r"\bvictims?\b", window, re.I):
            return cue, "victims"
        return None
    if kind != "victim":
        return None
    if cue == "exploited":
        if not (ctx.identification_before or _IDENTIFICATION.search(sentence)):
            return None
        if not (noun.group or noun.scope or noun.form):
            return None
        return _victim_metric(noun.group, noun.scope, noun.form), "victims"
    if cue == "victims_identified":
        if re.search(r"\bhotline\b", subject, re.I) and not (noun.group or noun.scope or noun.form):
            return "victims_identified_hotline", "victims"
        if noun.group or noun.scope or noun.form:
            return _victim_metric(noun.group, noun.scope, noun.form), "victims"
        return "victims_identified", "victims"
    if noun.group:
        return None  # "35 women and three men were referred": parts of an unstated total
    if cue == "victims_assisted" and re.search(r"\bshelter", window, re.I):
        cue = "victims_sheltered"
    if cue == "victims_assisted" and re.search(
        r"^\s*(?:to|in|with)\b", _after_noun(sentence, noun)
    ):
        return None  # "assisted two victims to obtain a permit"
    return cue, "victims"


def _after_noun(sentence: str, noun: _Noun) -> str:
    return sentence[noun.end :] if noun.end else ""


def _verb_right_before(before: str) -> bool:
    """True when "N of these victims" directly follows its verb ("assisted 55 of these")."""
    words = before.split()
    return bool(words) and _last_cue(words[-1]) is not None


def _compatible(found: _Found, noun: _Noun) -> bool:
    if noun.kind is None:
        return True
    if found.noun.kind is None:
        return noun.kind == "victim" or found.unit is None
    return found.noun.kind == noun.kind


def _comparable(main_found: Sequence[_Found], noun: _Noun) -> _Found | None:
    """The latest main-clause figure a restated value is compared with."""
    for found in reversed(main_found):
        if found.num.currency is not None:
            continue
        if noun.kind is None or _compatible(found, noun):
            return found
    return None


_NUMBER_OF = re.compile(
    r"\bnumber of (?P<pre>(?:[\w-]+ ){0,3}?)(?P<noun>calls|labou?r violations|inspections|"
    r"victims|investigations|prosecutions|convictions)\b(?P<rest>[^,;(]{0,40})",
    re.IGNORECASE,
)


def _from_clause_noun(
    sentence: str, clause: _Clause, window_only: str | None = None
) -> tuple[str, str | None] | None:
    """A bare number named by its clause: "the number of calls it received (158 in 2022)"."""
    text = window_only if window_only is not None else sentence[: clause.start]
    matches = list(_NUMBER_OF.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    noun = match.group("noun").lower()
    if noun == "calls":
        return "hotline_calls", "calls"
    if noun.endswith("violations"):
        return "labor_violations", "violations"
    if noun == "inspections":
        return "labor_inspections", "inspections"
    if noun in ("investigations", "prosecutions", "convictions"):
        return noun, noun
    cue = _last_cue(match.group("pre") + " " + match.group("rest"))
    if cue in (None, "exploited", "officials_trained") or cue in _LE_METRICS:
        return None
    return cue, "victims"


def _last_cue(window: str) -> str | None:
    best: tuple[int, str] | None = None
    for name, pattern in _CUES:
        for match in pattern.finditer(window):
            if name == "victims_assisted" and _SPECIFIC_AID.search(window[match.start() :]):
                continue
            if best is None or match.start() >= best[0]:
                best = (match.start(), name)
    return None if best is None else best[1]


def _window(sentence: str, clause: _Clause, previous_num: _Num | None, num: _Num) -> str:
    """The words between the previous number (or the clause start) and this one."""
    start = clause.start
    if previous_num is not None and previous_num.end > start:
        start = previous_num.end
        noun_end = re.match(
            r"[^,;()]*?(?=\s+(?:and|or|with|involving|against|as|of)\b|[,;()]|$)",
            sentence[start : num.start],
        )
        if noun_end:
            start += noun_end.end()
    text = sentence[start : num.start]
    words = text.split()
    return " ".join(words[-15:]) + (" " if text.endswith(" ") else "")


# --------------------------------------------------------------------------- money

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
_PURPOSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("funding_shelter", r"\bshelters?\b"),
        ("funding_ngo", r"\bNGOs?\b|\bcivil society\b|\bnon-governmental\b"),
        ("funding_victim_assistance", r"\bvictims?\b|\bsurvivors?\b"),
        (
            "funding_anti_trafficking",
            r"\banti-trafficking\b|\bnational action plan\b|\bNAP\b|\btrafficking\b",
        ),
    )
)


def _classify_money(
    sentence: str, num: _Num, clause: _Clause, main_money: Sequence[_Found]
) -> str | None:
    before = sentence[clause.start : num.start]
    if _PER_PERSON.search(before[-40:]) or _PER_PERSON_AFTER.match(
        re.sub(r"^\s*\([^)]*\)", "", sentence[num.end :])
    ):
        return None
    if clause.kind == "comparison":
        return main_money[-1].metric if main_money else None
    if not _FUNDING_VERB.search(before):
        return None
    after = re.split(r"\bincluding\b|\bof which\b", sentence[num.end : clause.end])[0]
    best: tuple[int, str] | None = None
    for name, pattern in _PURPOSES:
        match = pattern.search(after)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    if best is not None:
        return best[1]
    for name, pattern in _PURPOSES:
        if pattern.search(before):
            return name
    return None


# --------------------------------------------------------------------------- sentence


def _year_for(
    sentence: str,
    num: _Num,
    clause: _Clause,
    parens: Sequence[_Paren],
    ctx: _Context,
) -> int | None:
    """The year a number refers to: its clause's year phrase, else the reporting year."""
    hidden = [(p.start, p.end) for p in parens if p.restates and not p.start <= num.start < p.end]
    text = sentence[clause.start : clause.end]
    years = [
        (m.start() + clause.start, int(m.group("year")))
        for m in _YEAR_PHRASE.finditer(text)
        if not any(a <= m.start() + clause.start < b for a, b in hidden)
    ]
    after = [year for pos, year in years if pos >= num.end]
    if after:
        return after[0]
    prior = [year for pos, year in years if pos < num.start]
    if prior:
        return prior[-1]
    if clause.kind == "comparison":
        if _PREVIOUS_PERIOD.search(text) and ctx.reporting is not None:
            return ctx.reporting - 1
        return None
    if _UNDATED_PAST.search(sentence[: num.start]) or _UNDATED_PAST.search(text):
        return None
    opener = _OPENER.match(sentence)
    if opener:
        return int(opener.group("year"))
    return ctx.reporting


_OPENER = re.compile(
    r"^(?:[A-Z]\w+,\s+)?(?:in|during)\s+(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _sentence_figures(sentence: Sentence, ctx: _Context) -> list[Figure]:
    """The key figures of one sentence, in the order they are written."""
    text = sentence.text
    nums = _numbers(text)
    if not nums:
        return []
    masked = _mask(text, [(n.start, n.end) for n in nums if n.currency])
    parens = _parens(masked)
    clauses = _clauses(masked, parens)
    restating = [
        c for c in clauses if c.kind == "comparison" and any(p.start == c.start for p in parens)
    ]

    def clause_of(num: _Num) -> _Clause:
        for clause in restating:
            if clause.start <= num.start < clause.end:
                return clause
        for clause in clauses:
            if clause.start <= num.start < clause.end and clause not in restating:
                return clause
        return _Clause(0, len(text), "main")

    def breakdown_paren(num: _Num) -> _Paren | None:
        for paren in parens:
            if not paren.restates and paren.start < num.start < paren.end:
                return paren
        return None

    found: list[_Found] = []
    main_found: list[_Found] = []
    main_money: list[_Found] = []
    previous: _Found | None = None
    previous_num: _Num | None = None
    for num in nums:
        clause = clause_of(num)
        if num.currency is not None:
            if _in_including(text, clause, num):
                continue
            metric = _classify_money(text, num, clause, main_money)
            if metric:
                item = _Found(num, _Noun(end=num.end), metric, None, clause)
                found.append(item)
                if clause.kind == "main":
                    main_money.append(item)
            continue
        noun = _noun(text, num.end, ctx.country)
        paren = breakdown_paren(num)
        if paren is not None and previous is not None and _parent_of(text, paren, previous):
            metric = _breakdown_metric(previous.metric, noun)
            if metric:
                found.append(_Found(num, noun, metric, previous.unit, previous.clause, previous))
            continue
        if _in_including(text, clause, num):
            previous_num = num
            continue
        result = _classify_count(text, num, noun, clause, previous, previous_num, main_found, ctx)
        if result is not None and result[0] is not None:
            item = _Found(num, noun, result[0], result[1], clause)
            found.append(item)
            if clause.kind == "main":
                main_found.append(item)
            previous = item
        elif clause.kind == "main" and paren is None:
            previous = None
        if paren is None:
            previous_num = num

    figures: list[Figure] = []
    for item in found:
        anchor = item.parent or item  # a breakdown item shares its figure's period
        year = _year_for(text, anchor.num, anchor.clause, parens, ctx)
        restated = anchor.clause.kind == "comparison" or (
            year is not None and ctx.reporting is not None and year < ctx.reporting
        )
        unit = item.unit
        if unit is None and item.metric.startswith("victims"):
            unit = "victims"
        figures.append(
            Figure(
                metric=item.metric,
                value=item.num.value,
                unit=None if item.num.currency else unit,
                currency=item.num.currency,
                period=year,
                section=sentence.section,
                sentence=text,
                sentence_index=sentence.index,
                value_high=item.num.high,
                quote=_quote(text, item),
                value_usd=item.num.usd,
                restated=restated,
            )
        )
    return figures


def _parent_of(text: str, paren: _Paren, previous: _Found) -> bool:
    """True when a parenthesis directly follows the figure it breaks down."""
    gap = text[previous.noun.end if previous.noun.end else previous.num.end : paren.start]
    return len(gap.strip()) <= 2


def _breakdown_metric(parent: str, noun: _Noun) -> str | None:
    if noun.excluded or noun.potential or not (noun.form or noun.group or noun.scope):
        return None
    if _is_identification(parent):
        return _with_dims(parent, noun)
    root = parent.removesuffix("_sex_trafficking").removesuffix("_labor_trafficking")
    if root in _LE_METRICS and noun.form and not noun.group:
        return f"{root}_{noun.form}"
    return None


def _in_including(text: str, clause: _Clause, num: _Num) -> bool:
    """Numbers listed after "including" / "of which" detail a figure; they are skipped."""
    before = text[clause.start : num.start]
    return bool(
        re.search(r"\b(?:including|of which|of whom|among them|among which)\b", before, re.I)
    )


def _quote(text: str, item: _Found) -> str:
    end = max(item.num.end, item.noun.end)
    quote = text[item.num.start : end].strip(" ,;")
    return quote


# --------------------------------------------------------------------------- periods


def reporting_period(report: Report) -> int | None:
    """The year a report's own figures describe: the edition year − 1, or read from the text.

    Without an edition year the text decides: one past the latest year a comparison
    names ("compared with 94 in 2022" → 2023), else the commonest "In 2023, …" opener.
    """
    if report.year is not None:
        return report.year - 1
    compared: list[int] = []
    openers: list[int] = []
    for sentence in report.sentences:
        for match in _COMPARISON.finditer(sentence.text):
            tail = sentence.text[match.end() : match.end() + 80]
            year = _YEAR_PHRASE.search(tail)
            if year:
                compared.append(int(year.group("year")))
        for match in re.finditer(r"\(([^()]*)\)", sentence.text):
            year = _YEAR_PHRASE.search(match.group(1))
            if year and re.search(
                r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|none)\b",
                match.group(1)[: year.start()],
            ):
                compared.append(int(year.group("year")))
        opener = _OPENER.match(sentence.text)
        if opener:
            openers.append(int(opener.group("year")))
    if compared:
        return max(compared) + 1
    if openers:
        counts = Counter(openers)
        return max(counts, key=lambda y: (counts[y], y))
    return None


# --------------------------------------------------------------------------- verdicts

_ADVERBS = (
    "modestly|slightly|marginally|significantly|substantially|greatly|considerably|overall|"
    "minimally|moderately|notably|generally|further|dramatically|sharply|somewhat|only|"
    "meaningfully|appreciably|partially|largely|seriously|steadily"
)
_VERDICT = re.compile(
    rf"^(?P<subject>(?:[\w’'.,-]+\s+){{0,8}}?)"
    rf"(?P<adv>(?:(?:{_ADVERBS})\s+)*)"
    r"(?P<verb>maintained|sustained|continued|increased|decreased|improved|reduced|weakened|"
    r"strengthened|enhanced|expanded|stepped up|declined|demonstrated|made|showed|undertook|"
    r"took|conducted|convicted|identified|prosecuted|investigated)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
_UP = {"increased", "improved", "strengthened", "enhanced", "expanded", "stepped up"}
_DOWN = {"decreased", "reduced", "weakened", "declined"}
_FLAT = {"maintained", "sustained", "continued"}
_QUALITY = re.compile(
    r"^\s+(?:(?:some|modest|limited|minimal|mixed|uneven|inadequate|insufficient|little|no|"
    r"weak|negligible|significant|appreciable|strong|serious|notable|considerable|increased|"
    r"improved|increasing|decreased|decreasing|greater|sufficient|adequate|clear|tangible|"
    r"overall)\s+)*(?:efforts?|progress|improvements?)\b",
    re.IGNORECASE,
)


def find_verdict(section: Section) -> Verdict | None:
    """The effort verdict of a P section, read from its first two sentences."""
    if section.name not in P_SECTIONS:
        return None
    for sentence in section.sentences[:2]:
        verdict = _verdict_of(section.name, sentence.text)
        if verdict is not None:
            return verdict
    return None


def _verdict_of(name: SectionName, text: str) -> Verdict | None:
    match = _VERDICT.match(text)
    if match is None:
        return None
    subject = match.group("subject").lower()
    if not re.search(r"government|authorities|\b[a-z]+'s\b|^[a-z ]*$", subject) and not re.search(
        r"^(?:while|although|though)?\s*[A-Z]", match.group("subject")
    ):
        return None
    if not re.search(r"effort|progress|fewer|more\b|less\b|number of", text, re.I):
        return None
    adverbs = " ".join(match.group("adv").lower().split())
    verb = match.group("verb").lower()
    rest = match.group("rest")
    phrase: str
    scale: str
    comparative = re.match(
        r"^\s+(?:the\s+number\s+of\s+)?(fewer|more|less)\b\s*(?P<what>[\w\s-]*)", rest, re.I
    )
    quality = _QUALITY.match(rest)
    if comparative:
        word = comparative.group(1).lower()
        heads = re.findall(
            r"investigations|prosecutions|convictions|traffickers|victims|cases",
            comparative.group("what"),
        )
        phrase = " ".join(p for p in (adverbs, verb, word, heads[0] if heads else "") if p)
        scale = VerdictScale.UP if word == "more" else VerdictScale.DOWN
    elif verb in _UP | _DOWN and (
        number := re.match(
            r"^\s+the number of (?:[\w-]+ ){0,2}?(investigations|prosecutions|convictions|victims|cases)\b",
            rest,
            re.I,
        )
    ):
        phrase = " ".join(p for p in (adverbs, verb, "the number of", number.group(1).lower()) if p)
        scale = VerdictScale.UP if verb in _UP else VerdictScale.DOWN
    elif verb in _UP | _DOWN | _FLAT:
        if not re.search(r"effort|progress|\bits\b", rest, re.I):
            return None
        phrase = " ".join(p for p in (adverbs, verb) if p)
        scale = (
            VerdictScale.UP if verb in _UP else VerdictScale.DOWN if verb in _DOWN else VerdictScale.FLAT
        )
    elif quality and verb in ("demonstrated", "made", "showed", "undertook", "took"):
        words = " ".join(quality.group(0).lower().split())
        phrase = " ".join(p for p in (adverbs, verb, words) if p)
        scale = _quality_scale(words)
    else:
        return None
    return Verdict(section=name, phrase=phrase, scale=scale, sentence=text)


def _quality_scale(words: str) -> VerdictScale:
    if re.search(r"\b(?:mixed|uneven)\b", words):
        return VerdictScale.MIXED
    if _WEAK.search(words):
        return VerdictScale.DOWN
    if re.search(r"\bprogress|\bimprovement", words):
        return VerdictScale.UP  # "made (modest) progress"
    if re.search(r"\b(?:some|modest|adequate|sufficient)\b", words):
        return VerdictScale.FLAT  # "made some efforts"
    return VerdictScale.UP  # "demonstrated significant/increased efforts"


_WEAK = re.compile(
    r"\b(?:limited|minimal|inadequate|insufficient|little|no|weak|negligible|decreased|"
    r"decreasing)\b"
)


def verdict_change(old: Verdict | None, new: Verdict | None) -> VerdictChange:
    """How one P section's effort verdict moved between editions (``SCALE_ORDER``)."""
    if old is None or new is None:
        return VerdictChange(old, new, Movement.UNKNOWN)
    delta = new.scale.rank - old.scale.rank
    movement = (
        Movement.UPGRADE if delta > 0 else Movement.DOWNGRADE if delta < 0 else Movement.UNCHANGED
    )
    return VerdictChange(old, new, movement)


# --------------------------------------------------------------------------- tier

def tier_phrase(report: Report) -> str | None:
    """The words that explain a report's tier ("Azerbaijan remained on Tier 2")."""
    for sentence in report.sentences:
        if not MAY_NAME_A_TIER.search(sentence.text):
            continue
        for match in TIER_PLACEMENT_PHRASE.finditer(sentence.text):
            if report.tier is None or canonical_tier(match.group("tier")) == report.tier:
                return match.group(0).strip()
    return None


def tier_change(old: Report, new: Report) -> TierChange:
    """Tier movement between two editions (Special Case is outside the order)."""
    movement = Movement.UNKNOWN
    if old.tier is not None and new.tier is not None:
        if old.tier == new.tier:
            movement = Movement.UNCHANGED
        elif old.tier.rank is not None and new.tier.rank is not None:
            movement = Movement.UPGRADE if new.tier.rank > old.tier.rank else Movement.DOWNGRADE
    return TierChange(
        old.tier,
        new.tier,
        movement,
        tier_phrase(old) or old.evidence.get("tier"),
        tier_phrase(new) or new.evidence.get("tier"),
    )


# --------------------------------------------------------------------------- extract


#: Figures are read only from sentences within these bounds. Real sentences stay far
#: below them (the longest in the corpus: 1,329 characters, 15 numbers); the reading
#: of one sentence is not linear in its size, so a pasted table or junk run together
#: into one "sentence" would otherwise cost minutes.
MAX_FIGURE_SENTENCE = 3_000
MAX_FIGURE_NUMBERS = 60


def _readable(text: str) -> bool:
    if len(text) <= 500:  # too short to be costly, whatever it holds
        return True
    if len(text) > MAX_FIGURE_SENTENCE:
        return False
    for pattern in (_DIGIT_RUN, _NUM):  # digits (money too) and numbers in words
        found = itertools.islice(pattern.finditer(text), MAX_FIGURE_NUMBERS + 1)
        if sum(1 for _ in found) > MAX_FIGURE_NUMBERS:
            return False
    return True


_DIGIT_RUN = re.compile(r"\d+")


def extract(report: Report) -> Report:
    """Return ``report`` with ``figures`` and ``verdicts`` filled in (idempotent)."""
    ctx = _Context(report.country, reporting_period(report), False)
    figures: list[Figure] = []
    last_paragraph = -1
    for sentence in report.sentences:
        if sentence.paragraph != last_paragraph:
            ctx.identification_before = False
            last_paragraph = sentence.paragraph
        found = _sentence_figures(sentence, ctx) if _readable(sentence.text) else []
        figures.extend(found)
        if any(_is_identification(f.metric) for f in found) or _IDENTIFICATION.search(
            sentence.text
        ):
            ctx.identification_before = True
    verdicts: dict[SectionName, Verdict] = {}
    for name in P_SECTIONS:
        section = report.sections.get(name)
        if section is not None:
            verdict = find_verdict(section)
            if verdict is not None:
                verdicts[name] = verdict
    log.debug(
        "figures: %d key figures, verdicts %s, reporting period %s",
        len(figures),
        {str(n): v.phrase for n, v in verdicts.items()},
        ctx.reporting,
    )
    return dataclasses.replace(report, figures=tuple(figures), verdicts=MappingProxyType(verdicts))


# --------------------------------------------------------------------------- compare


def _own_period(figures: Sequence[Figure]) -> int | None:
    periods = Counter(f.period for f in figures if not f.restated and f.period is not None)
    if not periods:
        return None
    return max(periods, key=lambda p: (periods[p], p))


def _family(metric: str) -> str:
    for base in (
        *_LE_METRICS,
        "prison_term_years",
        "hotline_calls",
        "labor_violations",
        "labor_inspections",
    ):
        if metric.startswith(base):
            return base
    return metric


def _representatives(figures: Sequence[Figure]) -> dict[tuple[str, str, int | None], Figure]:
    """One figure per (metric, measure, period): the first in its home section, else the first."""
    chosen: dict[tuple[str, str, int | None], Figure] = {}
    for figure in figures:
        key = (figure.metric, _unit_kind(figure.unit, figure.currency), figure.period)
        current = chosen.get(key)
        home = _HOME.get(_family(figure.metric), SectionName.PROTECTION)
        if current is None or (current.section != home and figure.section == home):
            chosen[key] = figure
    return chosen


def _same_value(a: Figure, b: Figure) -> bool:
    return a.value == b.value and a.value_high == b.value_high


def compare_figures(
    old: Sequence[Figure],
    new: Sequence[Figure],
    *,
    old_period: int | None = None,
    new_period: int | None = None,
) -> tuple[FigureDelta, ...]:
    """Pair the key figures of two editions by metric, with cross-checks.

    For each metric (and measure: cases vs persons, one currency) the headline row sets
    the old edition's own reporting-period value against the new edition's. Then, for
    every value the new edition restates for an earlier period that the old edition
    also gives, a row with ``check`` = ``"consistent"`` or ``"revised"``. Rows follow
    :data:`METRICS` order; headline first, then checks from the latest period back.
    """
    old_period = old_period if old_period is not None else _own_period(old)
    new_period = new_period if new_period is not None else _own_period(new)
    old_all = _representatives([f for f in old if not f.restated])
    old_restated = _representatives([f for f in old if f.restated])
    new_all = _representatives([f for f in new if not f.restated])
    new_restated = _representatives([f for f in new if f.restated])

    headline: dict[tuple[str, str], list[Figure | None]] = {}
    for (metric, measure, period), figure in old_all.items():
        if period == old_period:
            headline.setdefault((metric, measure), [None, None])[0] = figure
    for (metric, measure, period), figure in new_all.items():
        if period == new_period:
            headline.setdefault((metric, measure), [None, None])[1] = figure
    rows: list[tuple[tuple[int, str, str, int, int], FigureDelta]] = []
    for (metric, measure), (old_fig, new_fig) in headline.items():
        shown = new_fig or old_fig
        period = None if shown is None else shown.period
        rows.append(
            (
                (_order(metric), metric, measure, 0, 0),
                FigureDelta(metric, period, old_fig, new_fig),
            )
        )
    for (metric, measure, period), figure in new_restated.items():
        if period is None or period == new_period:
            continue
        own = old_all.get((metric, measure, period)) or old_restated.get((metric, measure, period))
        if own is None:
            continue
        check = FigureCheck.CONSISTENT if _same_value(own, figure) else FigureCheck.REVISED
        rows.append(
            (
                (_order(metric), metric, measure, 1, -period),
                FigureDelta(metric, period, own, figure, check),
            )
        )
    rows.sort(key=lambda row: row[0])
    return tuple(delta for _, delta in rows)


def _order(metric: str) -> int:
    return _METRIC_ORDER.get(metric, len(_METRIC_ORDER))
