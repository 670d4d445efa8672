"""Step 4 of reading a sentence: the year a figure refers to — the year named in its
clause ("in 2022", "In 2008, …"), else the report's reporting year (edition − 1, or
read from the text when the edition is unknown, see :func:`reporting_period`); "In
previous years", "over the last six years" and "to date" give ``None``, and the last
two a total of several years (:func:`over_several_years`), no key figure.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from collections.abc import Sequence

from ..folding import holds_any
from ..metadata import PREVIOUS_PERIOD, PREVIOUS_PERIOD_WORDS
from ..model import Report
from .clauses import CHANGED, COMPARISON, YEAR_PHRASE, Clause, find_asides, phrase_year
from .numbers import Mention

_PREVIOUS = PREVIOUS_PERIOD_WORDS
# "since 2015" gives a span, but "for the first time since 2018" tells that a count of
# the period is the first in that span: no span of its own
_SINCE_A_YEAR = r"(?<!\bfirst time )\bsince\s+(?:19|20)\d\d\b"
# a main clause about the period before: "in the previous year, it identified 264 …",
# "… identified 264 potential victims during the previous reporting period" (the words
# between: no verb, as in "traffickers in cases *initiated* in the previous period", and
# no aside, as in "100 traffickers—including some whose trials began in the previous
# reporting period—", whose period is its own)
_OPENS_ON_PREVIOUS = re.compile(
    rf"\W*(?:(?:and|but|while|whereas)\s+)?(?:(?:in|during)\s+{_PREVIOUS}|last\s+year\b)",
    re.IGNORECASE,
)
_ENDS_ON_PREVIOUS = re.compile(
    rf"(?P<gap>(?:[^,;—–()]|(?<=\S)–(?=\S)){{0,60}}?)\s(?:in|during)\s+{_PREVIOUS}",  # "12–17"
    re.IGNORECASE,
)
# "the previous year's 176 convictions"
_PREVIOUS_POSSESSIVE = re.compile(rf"(?:\b{_PREVIOUS}|\blast\s+year)['’]s\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_VERB_IN_GAP = re.compile(r"\b(?:\w+ed|began|begun|brought|held|heard|made|sent|took|taken)\b")
_UNDATED_PAST = re.compile(
    r"\b(?:in|during|from)\s+(?:previous|prior|past)\s+(?:reporting\s+)?(?:years|periods)\b|"
    # "over the last six years", "in the past two reporting periods": more than one year
    r"\b(?:in|during|over|for|from)\s+the\s+(?:last|past|previous|preceding|prior)\s+(?:[\w-]+\s+)?"
    r"(?:years|decades?|(?:reporting\s+)?periods)\b|"
    rf"\bto date\b|{_SINCE_A_YEAR}|\bbetween\s+(?:19|20)\d\d\s+and\b|\bcumulative|"
    r"\bfrom\s+(?:19|20)\d\d\s+(?:to|through|until)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: One of these is in every match of _UNDATED_PAST (in lower case).
_UNDATED_PAST_WORDS = (
    "previous", "prior", "past", "last", "preceding", "to date", "since", "between", "cumulative",
    "from",
)  # fmt: skip
# the undated phrases that give a count a span of several years, its total: "between 2005
# and 2011", "from 2005 to 2011", "since 2015", "over the last six years", "to date" (not
# "from previous years", the cases carried over into the period)
_SPAN = re.compile(
    rf"\bto date\b|{_SINCE_A_YEAR}|\bbetween\s+(?:19|20)\d\d\s+and\b|\bcumulative|"
    r"\bfrom\s+(?:19|20)\d\d\s+(?:to|through|until)\s+(?:19|20)\d\d\b|"
    r"\b(?:in|during|over|for|within)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+)?"
    r"(?:years|decades?|(?:reporting\s+)?periods)\b|"
    r"\bover\s+the\s+(?:previous|preceding|prior)\s+(?:[\w-]+\s+)?(?:years|decades?)\b",
    re.IGNORECASE,
)
#: A sentence that opens with its year: "In 2023, …", "During fiscal year 2022 …".
_YEAR_OPENER = re.compile(
    r"^(?:[A-Z]\w+,\s+)?(?:in|during)\s+(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\(([^()]*)\)")
# "in 2019 (1266) and 2018 (1189)": a list of years, each with its value in brackets
# right after it; group "year" is the year the last bracket follows
_YEAR_LIST_BRACKET = re.compile(
    r"\b(?:in|during|for)\s+(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?(?P<first>(?:19|20)\d\d)"
    r"(?:\s*\([^()]*\)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?P<later>(?:19|20)\d\d))*"
    r"\s*\(\s*$",
    re.IGNORECASE,
)
_YEAR_LIST_REACH = 160  # characters before the bracket a list of years may take
_A_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|none)\b")


class Reporting(enum.Enum):
    """A year a text gives by the report's reporting year, not by its number."""

    YEAR = 0
    YEAR_BEFORE = -1  # "the previous reporting period"


def year_for(
    sentence: str, mention: Mention, clause: Clause, restating: Sequence[Clause]
) -> int | Reporting | None:
    """The year a number refers to: its clause's year phrase, else the reporting year
    (what the text says, whatever the report's year: see :func:`in_years`). The year
    phrases of ``restating`` clauses (in brackets: "(91 in 2019)", "(13 compared with 22
    in 2022)" from "compared") are theirs alone."""
    bracketed = _year_before_bracket(sentence, mention)
    if bracketed is not None:
        return bracketed
    hidden = [(c.start, c.end) for c in restating if not c.start <= mention.start < c.end]
    text = sentence[clause.start : clause.end]
    # every phrase holds its year's "19" or "20", or "FY23"'s "FY"
    may_name_a_year = "19" in text or "20" in text or "FY" in text or "fy" in text
    phrases = YEAR_PHRASE.finditer(text) if may_name_a_year else ()
    years = [
        (m.start() + clause.start, phrase_year(m))
        for m in phrases
        if not (hidden and any(a <= m.start() + clause.start < b for a, b in hidden))
    ]
    # "…, the government has not obtained a conviction since it was amended in 2013": a
    # year a "since" clause holds dates what it tells of, not the count before it
    after = [
        (position, year)
        for position, year in years
        if position >= mention.end and not _SINCE.search(sentence, mention.end, position)
    ]
    if after:
        # "Convictions – three traffickers last year – also fell from four in 2015": a
        # year past the aside a number is in is not the number's, unless it closes the
        # aside's phrase ("convicted 20 traffickers – 12 for sex trafficking … – in 2023")
        aside = next((end for start, end in find_asides(sentence) if start < mention.start < end), None)
        if aside is not None:
            after = [(at, year) for at, year in after if at < aside or not sentence[aside:at].strip()]
    if after:
        position, year = after[0]
        if _names_its_previous_period(sentence, mention.end, position):
            # "28 prosecutions initiated in the previous reporting period and 35 in 2016"
            return _year_before(sentence, clause, hidden)
        return year
    prior = [year for position, year in years if position < mention.start]
    if _old_value_of_a_change(sentence, mention):
        # "increased its anti-trafficking budget from $200,000 to $242,000": the year before
        return prior[-1] - 1 if prior else Reporting.YEAR_BEFORE
    if prior:
        return prior[-1]
    if clause.kind == "comparison":
        return _year_before(sentence, clause, hidden) if PREVIOUS_PERIOD.search(text) else None
    if _of_the_previous_period(sentence, mention, clause):
        return _year_before(sentence, clause, hidden)
    if _may_be_undated(sentence) and (
        _UNDATED_PAST.search(sentence[: mention.start]) or _undated_in_clause(sentence, mention, clause)
    ):
        return None
    opener = _YEAR_OPENER.match(sentence)
    if opener:
        return int(opener.group("year"))
    return Reporting.YEAR


# a change of a value: "increased its … budget from " before the number, " to $242,000" after
_CHANGED_FROM = re.compile(
    r"\b(?:increased|decreased|raised|reduced|cut|rose|fell|grew|dropped|declined)\b[^,;()]{0,60}\bfrom\s+$",
    re.IGNORECASE,
)
_TO_THE_NEW_VALUE = re.compile(r"\s*(?:\([^()]*\)\s*)?to\s+(?:\D{1,4}\s?)?\d")
# … or the new value first: "reduced the budget … down to €171,454 from " (not "up to",
# a ceiling)
_CHANGED_TO_FROM = re.compile(
    rf"\b(?:{CHANGED}|raised|reduced|cut|down)\s+to\s+[^,;()\d]{{0,6}}\d[\d,.]*(?:\s+[a-z-]+){{0,3}}\s+from\s+$",
    re.IGNORECASE,
)


def _old_value_of_a_change(sentence: str, mention: Mention) -> bool:
    """True for the old value of a change from one value to another ("increased its
    anti-trafficking budget from $200,000 to $242,000": $200,000; "down to €171,454 from
    €297,645": €297,645)."""
    if not sentence[: mention.start].endswith("from "):
        return False
    before = sentence[max(0, mention.start - 90) : mention.start]
    if _CHANGED_TO_FROM.search(before):
        return True
    return bool(_CHANGED_FROM.search(before)) and bool(_TO_THE_NEW_VALUE.match(sentence, mention.end))


def _year_before_bracket(sentence: str, mention: Mention) -> int | None:
    """The year a number opening brackets right after it is the value of, in a year
    phrase or a list of them ("in 2019 (1266) and 2018 (1189)": 2018 for 1189); not one
    the brackets give a year of its own ("in 2020 (12 in 2019)")."""
    before = sentence[max(0, mention.start - _YEAR_LIST_REACH) : mention.start]
    if not before.rstrip().endswith("("):
        return None
    closing = sentence.find(")", mention.end)
    if YEAR_PHRASE.search(sentence, mention.end, closing if closing >= 0 else len(sentence)):
        return None
    match = _YEAR_LIST_BRACKET.search(before)
    if match is None:
        return None
    return int(match.group("later") or match.group("first"))


def _year_before(
    sentence: str, clause: Clause, hidden: Sequence[tuple[int, int]]
) -> int | Reporting:
    """The year before the one the sentence's own count names before this clause ("530
    victims in 2016 …; during the previous year, it identified 153": 2015; not a
    compared year, "compared with 94 in 2022"), else the year before the reporting year."""
    if "19" not in sentence[: clause.start] and "20" not in sentence[: clause.start]:
        return Reporting.YEAR_BEFORE
    named = [
        phrase_year(m)
        for m in YEAR_PHRASE.finditer(sentence, 0, clause.start)
        if not any(a <= m.start() < b for a, b in hidden)
        and not COMPARISON.search(sentence, max(0, m.start() - 60), m.start())
    ]
    return named[-1] - 1 if named else Reporting.YEAR_BEFORE


def _of_the_previous_period(sentence: str, mention: Mention, clause: Clause) -> bool:
    """True when a main clause says its count is the previous period's."""
    if _OPENS_ON_PREVIOUS.match(sentence, clause.start, mention.start):
        return True
    before = sentence[max(clause.start, mention.start - 50) : mention.start]
    if ("'s" in before or "’s" in before) and _PREVIOUS_POSSESSIVE.search(before):
        return True
    after = _ENDS_ON_PREVIOUS.match(sentence, mention.end, clause.end)
    return after is not None and not _VERB_IN_GAP.search(after.group("gap"))


# a word that ties what follows it to another noun than the count: "traffickers *in*
# cases initiated in the previous period"
_ATTACHED = re.compile(r"\b(?:in|of|for|with|against|from|by|whose|who|which|that)\b", re.IGNORECASE)


def _names_its_previous_period(sentence: str, start: int, end: int) -> bool:
    """True when the words after a number, before ``end``, give its count the previous
    period: "28 prosecutions initiated in the previous reporting period" (a participle of
    the count's own), not an aside ("— … whose trials began in the previous period —"),
    brackets or another noun's verb ("traffickers in cases initiated in …")."""
    match = _ENDS_ON_PREVIOUS.match(sentence, start, end)
    if match is None:
        return False
    gap = match.group("gap")
    attached = _ATTACHED.search(gap)
    return attached is None or not _VERB_IN_GAP.search(gap, attached.end())


def over_several_years(sentence: str, mention: Mention, clause: Clause) -> bool:
    """True when an undated number (see :func:`year_for`) is a total of several years:
    the sentence before it, or its clause with no other count between, gives it a span
    (see :data:`_SPAN`): "between 2005 and 2011 the foreign ministry identified more than
    300 … victims", "over the last six years, the government has only convicted five
    traffickers". No year's count, it is no key figure."""
    if not _may_be_undated(sentence):
        return False
    return bool(_SPAN.search(sentence[: mention.start])) or _undated_in_clause(
        sentence, mention, clause, _SPAN
    )


def _undated_in_clause(
    sentence: str, mention: Mention, clause: Clause, phrase: re.Pattern[str] = _UNDATED_PAST
) -> bool:
    """True when the clause has an undated past phrase of the number: before it, or
    after it with no other count between ("initiated prosecutions of 78 suspects, …, and
    continued prosecuting 35 suspects … from previous reporting periods": the 35's)."""
    for match in phrase.finditer(sentence, clause.start, clause.end):
        if match.start() < mention.start or not _A_COUNT.search(sentence, mention.end, match.start()):
            return True
    return False


@functools.lru_cache(maxsize=64)  # asked for each number of a sentence in turn
def _may_be_undated(sentence: str) -> bool:
    """False only when :data:`_UNDATED_PAST` cannot match in any part of ``sentence``."""
    return holds_any(sentence, _UNDATED_PAST_WORDS)


def in_years(year: int | Reporting | None, reporting: int | None) -> int | None:
    """A :func:`year_for` as a year, given the reporting year (None if unknown)."""
    if isinstance(year, Reporting):
        return None if reporting is None else reporting + year.value
    return year


def reporting_period(report: Report) -> int | None:
    """The year a report's own figures describe: the edition year − 1, or read from the text.

    Without an edition year the text decides: one past the latest year a comparison
    names ("compared with 94 in 2022" → 2023), else the commonest "In 2023, …" opener
    of a sentence that reports a count. An opener of background ("In 2020, an
    international organization coordinated with …") or of a span ("In 2020 and 2021,
    …") says nothing of the reporting year.
    """
    if report.year is not None:
        return report.year - 1
    compared: list[int] = []
    openers: list[int] = []
    for sentence in report.sentences:
        compared += _compared_years(sentence.text)
        opener = _YEAR_OPENER.match(sentence.text)
        if opener and _dates_a_count(sentence.text, opener):
            openers.append(int(opener.group("year")))
    if compared:
        return max(compared) + 1
    if openers:
        counts = Counter(openers)
        return max(counts, key=lambda y: (counts[y], y))
    return None


def _dates_a_count(text: str, opener: re.Match[str]) -> bool:
    """True when a sentence opening with a year ("In 2023, …") names that one year and
    reports a count: a number that is no year."""
    if _SPAN_AFTER_YEAR.match(text, opener.end()):
        return False
    return _A_COUNT.search(_A_YEAR.sub(" ", text[opener.end() :])) is not None


# "In 2020 and 2021", "In 2020-2021", "In 2020 through 2022": a span, not one year
_SPAN_AFTER_YEAR = re.compile(r"\s*(?:(?:and|or|to|through|until)\s+|[-–—/]\s*)(?:19|20)?\d\d\b")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _compared_years(text: str) -> list[int]:
    """Years of values given for comparison: "compared with 94 in 2022", "(91 in 2019)"."""
    years: list[int] = []
    for match in COMPARISON.finditer(text):
        tail = text[match.end() : match.end() + 80]
        year = YEAR_PHRASE.search(tail)
        if year:
            years.append(phrase_year(year))
    for match in _PARENTHESIS.finditer(text):
        year = YEAR_PHRASE.search(match.group(1))
        if year and _A_COUNT.search(match.group(1)[: year.start()]):
            years.append(phrase_year(year))
    return years
