"""Step 1 of reading a sentence: every number in it that may be a figure.

Counts in digits or words and ranges ("8 to 18"), money (see :mod:`.money`), "no
convictions" as zero (law-enforcement counts, and "did not identify any victims") and
prison terms ("sentenced to five years", "a 10-year sentence", "18 months in prison";
not probation or a suspended or conditional term). Years, article and law numbers, codes ("144-1"), dates, ages, percentages and
other durations are not figures and are dropped here.
"""

from __future__ import annotations

import re

from ..folding import holds_any, lower_folded
from ..metadata import MONTH_NAMES
from .clauses import CHANGED
from .money import MONEY, may_hold_money, money_mention
from .numbers import (
    DIGITS,
    NUMBER,
    NUMBER_CORE,
    WORD_NUMBER,
    Mention,
    has_digit,
    is_year,
    may_hold_number,
    parse_number,
)

_Span = tuple[int, int]


def _inline(pattern: re.Pattern[str]) -> str:
    """``pattern`` as a group that keeps its case rule, to be joined with others."""
    assert not pattern.flags & ~(re.IGNORECASE | re.UNICODE), pattern.pattern
    return f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"


_RANGE_TAIL = re.compile(
    rf"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?P<high>{NUMBER_CORE})(?![\w/]|[-‐]\w|,\d)",
    re.IGNORECASE,
)
_CODE_TAIL = re.compile(r"[-‐]\d")  # "144-1"
_BETWEEN = re.compile(r"\bbetween(?:\s+the\s+ages\s+of)?\s+$", re.IGNORECASE)
_COUNTED_YEAR = re.compile(r"\s+(?:\w+\s+)?(?:victims|cases|people|persons)\b")  # "2019 victims"
_NO = re.compile(r"\bno\s+$", re.IGNORECASE)  # "no one"
# "increased from 12 to 20": the value before and after, not a range
_CHANGED_FROM = re.compile(rf"\b(?:{CHANGED}|(?:increase|decrease|rise|drop|decline|fall)s?)\s+from\s+$", re.I)

_MONTHS_IN_FULL = "|".join(MONTH_NAMES)
_MONTHS = "|".join((*MONTH_NAMES, *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()))
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
#: One of these is in every match of _ARTICLE_LIST (in lower case).
_ARTICLE_WORDS = ("art", "section", "paragraph", "law", "decree", "no.", "nos.")
_BEFORE_DATE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$")
_AFTER_DATE = re.compile(rf"^(?:\s+(?:{_MONTHS})\b|,\s*(?:19|20)\d\d)")
_BEFORE_AGE = re.compile(
    r"\b(?:aged?|ages(?: of)?|age of|under(?: the age of)?|younger than|older than|"
    r"over the age of|above the age of|below the age of|between the ages of)\s+$",
    re.IGNORECASE,
)
_AFTER_AGE = re.compile(r"^\s*(?:-|‐)?\s*years?[-‐ ]old\b", re.IGNORECASE)
_AFTER_PERCENT = re.compile(r"^\s*(?:percent|per cent|%|percentage)", re.IGNORECASE)
#: What comes before (a reference, a date, an age) or after (a date, an age, a share)
#: a number that is not a count: each set of patterns as one, one scan for all.
_NOT_A_COUNT_BEFORE = re.compile(
    "|".join(_inline(p) for p in (_BEFORE_REFERENCE, _BEFORE_DATE, _BEFORE_AGE))
)
_NOT_A_COUNT_AFTER = re.compile(
    "|".join(_inline(p) for p in (_AFTER_DATE, _AFTER_AGE, _AFTER_PERCENT))
)
#: How every match of _NOT_A_COUNT_BEFORE ends, in lower case, but for the spaces after
#: it (or it ends in two capitals: "MOU").
_NOT_A_COUNT_ENDINGS = (
    *(
        word + plural
        for word in "article section paragraph chapter law decree resolution decision order "
        "convention protocol code number page".split()
        for plural in ("", "s")
    ),
    *("art.", "arts.", "para.", "paras.", "no.", "nos.", "p.", "pp.", "vol.", "§"),
    *("tier", "level", "phase", "volume", "item", "annex", "clause"),
    *(month + dot for month in _MONTHS.lower().split("|") for dot in ("", ".")),
    *("age", "aged", "ages", "of", "under", "than"),
)
_AFTER_DURATION = re.compile(
    r"^[’']?s?\s*(?:consecutive\s+|additional\s+|more\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
_MONTHS_TO_YEARS = re.compile(
    rf"^\s+months?[’']?\s+(?:and|to)\s+(?P<n>{NUMBER_CORE})\s+years?\b", re.IGNORECASE
)
# a number of years a span of time takes, never a term a court imposed: "the first
# increase in six years", "for the first time in six years", "over the past five years",
# "for six consecutive years" (but "resulted in six years in prison" is a term)
_SPAN_BEFORE = re.compile(
    r"\b(?:in|over|within|past|last|previous|next|recent)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?$",
    re.IGNORECASE,
)
_AND_MONTHS = re.compile(rf"\s+and\s+(?P<n>{NUMBER_CORE})\s+months?\b", re.IGNORECASE)
_PRISON_WORDS = ("sentenc", "prison", "jail", "incarcerat")  # in lower case
_NOT_IMPOSED = re.compile(
    r"prescrib|penalt|punishab|carr(?:y|ies)\b|provides? for|\bfaces?\b|\bwould\b|\bsubject to\b",
    re.IGNORECASE,
)
#: One of these is in every match of _NOT_IMPOSED (in lower case).
_NOT_IMPOSED_WORDS = ("prescrib", "penalt", "punishab", "carr", "provide", "face", "would", "subject")
# … or a term not served ("a conditional sentence of five years, resulting in no prison time")
_NOT_IMPOSED_NEAR = re.compile(
    r"suspended|conditional|up to|maximum|minimum|\bfines?\b|probation", re.IGNORECASE
)
# a term not served, said after it is stated: "two years' imprisonment, which it
# suspended", "six months' imprisonment, suspended", "two years' probation"
_NOT_SERVED_AFTER = re.compile(
    r"\w+[\s‐-]+(?:years?|months?)[’']?(?:(?:\s+(?:of\s+|in\s+)?(?:imprisonment|prison|jail))?"
    r"(?:\s+(?:sentences?|terms?))?(?:,?\s+(?:which|that)\s+(?:\w+\s+){0,3}?|,?\s+)suspended|"
    r"\s+(?:of\s+|on\s+)?probation)\b",
    re.IGNORECASE,
)
_NOT_SERVED_WORDS = ("suspended", "probation")  # one is in every match (in lower case)
# months a court imposed: "twelve months' imprisonment", "18 months in prison"
_MONTHS_IN_PRISON = re.compile(
    r"[’']?\s*(?:of\s+|in\s+)?(?:imprisonment|prison|jail|incarceration)\b", re.IGNORECASE
)
_TERM_IN_YEARS = re.compile(  # "a 10-year prison sentence"
    rf"(?<![\w-])(?P<n>{DIGITS}|{WORD_NUMBER})[-‐]year\s+(?:prison\s+)?(?:sentence|term|prison)",
    re.IGNORECASE,
)
# zero stated in words, for law-enforcement counts only: "no convictions",
# "convicted no traffickers", "did not initiate any new prosecutions", "did not
# prosecute any traffickers" ("no foreign victims" is too often a partial statement;
# "did not report any prosecutions" says nothing of their number)
_TRAFFICKING = r"trafficking(?:[\s-]related)?\s+"  # "trafficking-related convictions"
# "no forced labor convictions", "no sex trafficking prosecutions": the zero of one form
_FORM = r"(?:(?:sex|forced\s+labou?r|labou?r)\s+)"
_ZERO_CASES = rf"(?:(?:new|additional)\s+)?{_FORM}?(?:{_TRAFFICKING})?(?:investigations|prosecutions|convictions)\b"
_ZERO_CASE = rf"(?:new\s+)?{_FORM}?(?:{_TRAFFICKING})?(?:investigation|prosecution|conviction)\b"  # "a single …"
# "any sex trafficking or forced labor crimes": both forms, all the cases
_FORMS = rf"(?:{_FORM}(?:{_TRAFFICKING})?(?:or|and)\s+{_FORM}(?:{_TRAFFICKING})?)?"
_ZERO_PERSONS = (
    rf"(?:(?:new|additional)\s+)?(?:potential\s+)?{_FORMS}(?:{_TRAFFICKING}|\w+\s+)?(?:traffickers|defendants|suspects|cases|persons?|individuals"
    r"|offenders|crimes)\b"
)
# "did not identify any trafficking victims": all of them (not "any foreign victims"); "new",
# "certified" and "confirmed" victims are the victims a text counts as identified
_ZERO_VICTIMS = r"(?:(?:new|certified|confirmed)\s+)?(?:(?:trafficking|potential)\s+)?victims\b"
# "did not convict a trafficking offender": one person, said to be none
_ZERO_PERSON = rf"(?:{_TRAFFICKING}|suspected\s+)?(?:trafficker|defendant|suspect|offender)\b"
# a comparison right after a zero's noun: "any convictions, compared with three …"
_SET_AGAINST = r"\s*,?\s*(?:compared|a\s+decrease|down)\s+(?:with|to|from)\b"
# the cases a government opens: "did not initiate any new trafficking cases"
_OPENED_CASES = rf"(?:{_ZERO_CASES}|(?:(?:new|additional)\s+)?(?:{_TRAFFICKING})?cases\b)"
#: The verbs that open cases ("did not initiate any new cases"); a regex fragment, no groups.
OPEN_CASES = r"(?:initiate|open|begin|start)"
#: The verb of a zero of referrals ("did not refer any victims to services"; but "did not
#: report referring any victims" says nothing of their number).
REFER = r"refer"
# a zero's next verb and its own object in a list of what was not done: "did not
# identify any victims, convict any traffickers, or initiate any cases"
_NEXT_DENIED = r"(?:,\s*(?:or\s+|nor\s+)?|\s+(?:or|nor)\s+)"
#: The verbs whose "did not … any" states a zero, alone or in a list ("did not prosecute
#: or convict any", "did not investigate, prosecute, or convict any")
#: Where cases go to be prosecuted: "(referred 12 cases) to prosecution", "to trial"; a
#: regex fragment, no groups.
TO_COURT = r"to\s+(?:prosecution|trial|court|the\s+courts?)\b"
# "obtain convictions for": the verb "convict" in other words
OBTAIN_CONVICTIONS = r"(?:obtain|secure|achieve)\s+convictions\s+(?:for|in|against)"
_LISTED = rf"(?:(?:,\s+|,?\s+or\s+)(?:{OBTAIN_CONVICTIONS}|[a-z]+))*"
_DENIED_VERBS = rf"(?:prosecute|convict|investigate|indict|identify){_LISTED}"
# help given to victims as a whole: "assistance", "protective services" (not one kind of
# it, nor help of some quality: "legal assistance", "adequate assistance")
_AID = r"(?:protective\s+)?(?:assistance|services|care|support)"
#: The verbs of help whose "did not … any victims" states a zero of victims assisted:
#: "did not provide assistance to any victims", "did not report providing any services
#: to victims", "did not assist any victims"; a regex fragment, no groups.
DENIED_AID = rf"(?:report\s+)?(?:assist(?:ing)?|provid(?:e|ing)\s+(?:any\s+)?{_AID}\s+to)"
#: … and "did not report convicting any traffickers", "has never convicted a trafficker"
ZERO_VERBS = (
    rf"(?:prosecute|convict|investigate|indict|identify|{DENIED_AID}|report\s+(?:prosecut|convict|investigat|indict|identify)ing"
    rf"|(?<=not )(?:yet\s+)?(?:prosecut|convict|investigat|indict)ed|(?<=never )(?:prosecut|convict|investigat|indict)ed){_LISTED}"
)
_ZERO = re.compile(
    rf"\b(?P<no>[Nn]o|[Zz]ero)\s+(?={_ZERO_CASES})|"
    rf"\b(?:convict|prosecut|investigat|indict)(?:ed|ing)\s+(?P<no2>no)\s+(?={_ZERO_PERSONS})|"
    rf"\bidentif(?:ied|ying)\s+(?P<no_victims>no)\s+(?={_ZERO_VICTIMS})|"
    # "has not obtained a trafficking conviction since 2014": none in the period either
    rf"\b(?:has|have|had)\s+(?:not|never)\s+(?:obtained|secured|achieved)\s+(?P<since>a)\s+(?={_ZERO_CASE})|"
    # "has never convicted a trafficker", "have not prosecuted any traffickers": none in
    # the period either
    rf"\b(?:has|have|had)\s+(?:not|never)\s+{ZERO_VERBS}\s+(?:(?P<ever_any>any)\s+(?={_ZERO_PERSONS})|"
    rf"(?P<ever_one>a)\s+(?={_ZERO_PERSON}))|"
    # "did not prosecute cases against potential traffickers": none, "any" left out (not
    # "did not prosecute cases proactively", a manner)
    rf"\bdid\s+not\s+{_DENIED_VERBS}\s+(?P<bare>)(?=cases\s+against\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:traffickers|suspects|offenders|perpetrators)\b(?!\s+(?!or\b|and\b)[a-z]+ly\b))|"
    # "did not initiate new prosecutions against traffickers": none, "any" left out (but
    # not "did not initiate prosecutions promptly", a manner)
    rf"\bdid\s+not\s+{OPEN_CASES}\s+(?P<new>)(?=(?:new|additional)\s+{_FORM}?(?:{_TRAFFICKING})?"
    r"(?:investigations|prosecutions|cases)\b(?!\s+(?!or\b|and\b)[a-z]+ly\b))|"
    # "did not refer any victims to services": none referred
    rf"\bdid\s+not\s+{REFER}\s+(?P<referred>any)\s+(?={_ZERO_VICTIMS}\s+(?:to|for)\b)|"
    # "did not advance any cases to prosecution", "did not bring any cases to trial"
    rf"\bdid\s+not\s+(?:advance|bring|refer|send|forward|take)\s+(?P<to_court>any)\s+"
    rf"(?=(?:new\s+)?(?:{_TRAFFICKING})?cases\s+{TO_COURT})|"
    # "did not identify or assist trafficking victims": none of them (but "did not report
    # identifying victims" may say no more than that nothing was reported)
    rf"\bdid\s+not\s+{_DENIED_VERBS}\s+(?P<victims>)(?={_ZERO_VICTIMS})|"
    # "did not provide any assistance to victims": none assisted
    rf"\bdid\s+not\s+(?:report\s+)?provid(?:e|ing)\s+any\s+{_AID}\s+to\s+(?P<aid>)(?={_ZERO_VICTIMS})|"
    # "did not report any convictions, compared with three …": a zero set against a count
    rf"\bdid\s+not\s+report\s+(?P<reported>any)\s+(?={_ZERO_CASES}{_SET_AGAINST})|"
    # "did not report any investigations …" says nothing of their number, unless the
    # zero is restated from year to year ("… for the seventh consecutive year")
    rf"\bdid\s+not\s+report\s+(?P<reported_again>any)\s+(?={_ZERO_CASES})|"
    rf"\bfailed\s+to\s+{ZERO_VERBS}\s+(?P<failed>any)\s+(?={_ZERO_PERSONS}|{_ZERO_VICTIMS})|"
    r"\bdid\s+not\s+(?:\w+ly\s+)?(?:(?:initiate|open|begin|start|conduct|obtain|secure|achieve)\s+"
    rf"(?:(?P<any>any)\s+(?={_OPENED_CASES})|a\s+(?P<single>single)\s+(?={_ZERO_CASE}))|"
    rf"{ZERO_VERBS}\s+(?:(?P<any2>any)\s+(?={_ZERO_PERSONS}|{_ZERO_VICTIMS})|"
    rf"(?P<one>a)\s+(?={_ZERO_PERSON})))|"
    # the second verb of a zero: "did not identify any victims *or convict any* traffickers"
    rf"{_NEXT_DENIED}{ZERO_VERBS}\s+(?P<or_any>any)\s+(?={_ZERO_PERSONS}|{_ZERO_VICTIMS})|"
    # … "nor initiate any investigations", "or achieve convictions of traffickers"
    rf"{_NEXT_DENIED}{OPEN_CASES}\s+(?P<or_any_cases>any)\s+(?={_OPENED_CASES})|"
    rf"{_NEXT_DENIED}(?:obtain|secure|achieve)\s+(?P<or_convictions>(?:any\s+)?)"
    rf"(?=(?:{_TRAFFICKING})?convictions\b)"
)
# one conviction named as the period's result: a gerund of the list of the period's
# efforts ("These efforts included … convicting a labor trafficker, …") or a first
# ("convicting the first trafficker in four years", "obtaining its first trafficking
# conviction", "convicted a trafficker for the first time since 2018"); not "a
# trafficker" of generic prose ("convicting a trafficker requires the victim's testimony")
_ONE_PERSON = rf"{_FORM}?(?:{_TRAFFICKING})?(?:trafficker|offender|perpetrator)(?![\w’'‐-])"
_ONE = re.compile(
    rf"\b(?P<verb>(?:convict|prosecut|indict)(?:ing|ed))\s+(?P<one>an?|the\s+first|its\s+first)\s+(?={_ONE_PERSON})|"
    rf"\b(?P<verb2>(?:obtain|secur|achiev)(?:ing|ed))\s+(?P<one_conviction>an?|the\s+first|its\s+first)\s+"
    rf"(?={_FORM}?(?:{_TRAFFICKING})?conviction\b)",
    re.IGNORECASE,
)
_FIRST_TIME = re.compile(r"[^,;.]{0,40}?\bfor\s+the\s+first\s+time\b", re.IGNORECASE)
#: Every match of _ONE holds one of these; a sentence where it counts, one of _ONE_CONTEXT.
_ONE_STEMS = ("onvict", "rosecut", "ndict")
_ONE_CONTEXT = ("first", "includ", "Includ", " by ")
_LIST_OPENER = re.compile(r"\b(?:includ(?:ed|es|e|ing)|efforts\s+by|achievements\s+by)\b", re.IGNORECASE)
_LIST_OPENER_RIGHT_BEFORE = re.compile(rf"{_LIST_OPENER.pattern}(?:\s+by)?\s+$", re.IGNORECASE)
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)$")
#: Every match of _ZERO (it is case-sensitive) holds one of these, and one of its
#: "no" words: no scan without both.
_ZERO_STEMS = (
    *("nvestigat", "rosecut", "onvict", "ndict", "dentif", "trial", "court", "ssist", "rovid"),
    *("nitiate", "efer"),
)
# the other members of a zero's list of cases: "no investigations, prosecutions, or convictions"
_MORE_ZERO_CASES = re.compile(r"\s*,\s*(?:or\s+|nor\s+|and\s+)?|\s+(?:or|nor|and)\s+")
_ZERO_CASES_NOUN = re.compile(_ZERO_CASES)
_ZERO_NO = ("no", "No", "zero", "Zero", "failed", "never")
# a clause that says what was not done, up to the verb a zero's "or" joins to it: "did
# not identify any trafficking victims"
_DENIED_BEFORE = re.compile(r"\bnot\b[^;:]*$", re.IGNORECASE)
# a zero of victims said of the persons a raid, an inspection or a screening found: not
# the period's ("raided 27 karaoke bars …; … screening the women for trafficking
# indicators but did not identify any victims")
_VICTIMS_AFTER = re.compile(rf"\s*{_ZERO_VICTIMS}", re.IGNORECASE)
# a zero restated from year to year: "… for the seventh consecutive year", "… in a row"
_RESTATED = re.compile(r"[^;]*?\b(?:consecutive\s+(?:year|reporting\s+period)|years?\s+in\s+a\s+row)", re.I)
_SCREENED = re.compile(r"\b(?:raid|inspect|screen|operation)", re.IGNORECASE)
_COMPLICITY = re.compile(r"complicit|complicity|officials?\b|employees|officers", re.IGNORECASE)
#: Named before a zero in its sentence, complicit officials are what the zero counts
#: ("complicit" is in "complicity" too).
_COMPLICITY_WORDS = ("complicit",)
# what a zero counts, limited to some of them: "any suspected traffickers arrested during
# operations on illegal mining camps", "any traffickers who …", "any cases of forced labor
# compelled through debt bondage" (a participle and its means or agent: no count of the
# year's)
_SCOPED_ZERO = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:traffickers?|suspects?|cases?|persons|people|individuals|offenders"
    r"|defendants|victims)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:who|whom|that|arrested|detained|"
    r"apprehended|caught|held|(?!(?:compared|related)\b)[a-z]+ed\s+(?:through|by|via|under|with))\b",
    re.IGNORECASE,
)
# what a zero counts, limited to a place or to some cases: "any victims in the autonomous
# regions", "any victims among the Haitian population", "any trafficking victims in
# Burundi" (the text may count victims identified
# abroad), "any traffickers in connection with these cases" (not "in 2019", "in the
# country", "in the reporting period": the period's zero)
_ZERO_OF_A_PART = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:traffickers?|suspects?|cases?|persons|people|individuals|offenders"
    r"|defendants|victims|investigations|prosecutions|convictions)\s+(?:in\s+connection\s+with|connected\s+to|in\s+(?:these|those)\s+cases|among\s+|"
    r"in\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:regions?|provinces?|districts?|areas?|states?|"
    r"territor(?:y|ies)|zones?|camps?|islands?|municipalit(?:y|ies)|cit(?:y|ies)|departments?|"
    rf"prefectures?|counties|county)\b|in\s+(?!FY|{_MONTHS_IN_FULL}\b)[A-Z][a-z])"
)
# what a zero counts, limited to one law: "any cases under the trafficking statute"
_UNDER_ONE_LAW = re.compile(
    r"(?:[\w-]+\s+){1,3}?under\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:statute|law|act|article|code|provisions?)\b",
    re.IGNORECASE,
)


def find_mentions(sentence: str) -> list[Mention]:
    """Every number mention of a sentence that may be a figure, in the order written.

    Each kind is looked for in turn; a span one kind took (an article list, an amount)
    is not read again as a count.
    """
    found: list[Mention] = []
    taken: list[_Span] = []
    # Each pattern is tried only where its fixed part is: each costs a scan of the
    # sentence, and most sentences hold no number (a third of loading a narrative).
    numbers = may_hold_number(sentence)
    if numbers and has_digit(sentence) and _may_list_articles(sentence):  # articles need a digit
        taken += [match.span() for match in _ARTICLE_LIST.finditer(sentence)]
    if numbers and may_hold_money(sentence):
        _add_money(sentence, found, taken)
    if any(map(sentence.__contains__, _ZERO_STEMS)) and any(map(sentence.__contains__, _ZERO_NO)):
        _add_zeros(sentence, found, taken)
    if any(map(sentence.__contains__, _ONE_STEMS)) and any(map(sentence.__contains__, _ONE_CONTEXT)):
        _add_ones(sentence, found, taken)
    if not numbers:
        return sorted(found, key=lambda mention: mention.start) if len(found) > 1 else found
    if _may_give_a_term(sentence):
        _add_terms_in_years(sentence, found, taken)
    others = len(found)
    _add_counts(sentence, found, taken)
    if others:  # the counts come in the order written, the other kinds before them
        found.sort(key=lambda mention: mention.start)
    return found


def _may_give_a_term(sentence: str) -> bool:
    """False only when :data:`_TERM_IN_YEARS` cannot match: no "-year" in the sentence
    (nineteen in twenty sentences with a number)."""
    low = sentence.lower()
    return "-year" in low or "‐year" in low


def _may_list_articles(sentence: str) -> bool:
    """False only when :data:`_ARTICLE_LIST` cannot match: none of its keywords is in
    the sentence (four in five sentences with a digit)."""
    return holds_any(sentence, _ARTICLE_WORDS)


def _add_money(sentence: str, found: list[Mention], taken: list[_Span]) -> None:
    for match in MONEY.finditer(sentence):
        if taken and any(a <= match.start() < b for a, b in taken):
            continue
        mention = money_mention(match)
        if mention is not None:
            found.append(mention)
            taken.append(match.span())


def _add_zeros(sentence: str, found: list[Mention], taken: list[_Span]) -> None:
    for match in _ZERO.finditer(sentence):
        rest = sentence[match.end() : match.end() + 80].split(";")[0]
        # not "no prosecutions of complicit officials", "any traffickers arrested in …"
        # (officials a zero says it includes are in it: "any crimes, including of
        # complicit officials")
        narrowed = rest.split(", including", 1)[0]
        if _COMPLICITY.search(narrowed) or _SCOPED_ZERO.match(rest) or _ZERO_OF_A_PART.match(rest):
            continue
        # nor, once its sentence has named complicit officials, "… it did not secure any
        # convictions": the zero is of those officials, not the period's
        if holds_any(sentence[: match.start()], _COMPLICITY_WORDS):
            continue
        group = next(name for name, value in match.groupdict().items() if value is not None)
        if group.startswith("or_") and not _DENIED_BEFORE.search(sentence, 0, match.start()):
            continue  # "prosecuted 12 or convict any": no zero unless the clause denies
        if _VICTIMS_AFTER.match(rest) and _SCREENED.search(sentence, 0, match.start()):
            continue  # "raided 27 bars …, screened the women … but did not identify any victims"
        if group == "reported_again" and not _RESTATED.match(sentence, match.end(), match.end() + 160):
            continue

        under_one_law = "under" in rest and _UNDER_ONE_LAW.match(rest) is not None
        found.append(Mention(match.start(group), match.end(group), 0.0, under_one_law=under_one_law))
        taken.append(match.span(group))
        if group in ("no", "any", "new", "or_any_cases", "reported", "reported_again"):
            _add_listed_zeros(sentence, match.end(), found, taken)


def _add_ones(sentence: str, found: list[Mention], taken: list[_Span]) -> None:
    for match in _ONE.finditer(sentence):
        group = "one" if match.group("one") is not None else "one_conviction"
        first = "first" in match.group(group).lower() or _FIRST_TIME.match(sentence, match.end())
        gerund = match.group("verb" if group == "one" else "verb2").lower().endswith("ing")
        if first or (gerund and _in_a_list_of_efforts(sentence, match.start())):
            found.append(Mention(match.start(group), match.end(group), 1.0))
            taken.append(match.span(group))


def _in_a_list_of_efforts(sentence: str, at: int) -> bool:
    """True when the gerund at ``at`` is an item of a list of what the government did
    ("These efforts included investigating more crimes, convicting a labor trafficker,
    …"): right after "included" or "by", or after a list separator that one comes before."""
    before = sentence[max(0, at - 300) : at]
    if _LIST_OPENER_RIGHT_BEFORE.search(before):
        return True
    return bool(_LIST_SEPARATOR_BEFORE.search(before)) and bool(_LIST_OPENER.search(before))


def _add_listed_zeros(sentence: str, at: int, found: list[Mention], taken: list[_Span]) -> None:
    """A zero for each further count of cases a zero's list names ("reported no
    investigations, prosecutions, or convictions"): each stands at the joint before its
    noun, which the noun is read after."""
    noun = _ZERO_CASES_NOUN.match(sentence, at)
    while noun is not None:
        joint = _MORE_ZERO_CASES.match(sentence, noun.end())
        if joint is None:
            return
        noun = _ZERO_CASES_NOUN.match(sentence, joint.end())
        if noun is None:
            return
        found.append(Mention(joint.start(), joint.end(), 0.0))
        taken.append(joint.span())


def _add_terms_in_years(sentence: str, found: list[Mention], taken: list[_Span]) -> None:
    for match in _TERM_IN_YEARS.finditer(sentence):
        value = parse_number(match.group("n"))
        if value is not None and _prison_context(sentence, match.start()):
            end = match.start() + len(match.group("n"))
            found.append(Mention(match.start(), end, value, years=True))
            taken.append(match.span())


def _add_counts(sentence: str, found: list[Mention], taken: list[_Span]) -> None:
    # The numbers come in order, and what a count reads starts at its number: a later
    # number is inside one only when it starts before the furthest end read so far.
    read = 0
    for match in NUMBER.finditer(sentence):
        start, end = match.span()
        if start < read or (taken and any(a <= start < b or a < end <= b for a, b in taken)):
            continue
        mention, read_to = _count_mention(sentence, match)
        if mention is not None:
            found.append(mention)
            read = max(read, mention.end)
        elif read_to > end:  # a range that is no count: its second number neither
            read = max(read, read_to)


def _count_mention(sentence: str, match: re.Match[str]) -> tuple[Mention | None, int]:
    """A plain number (or range) unless it is a year, reference, date, age, share …; and
    where what it read ends (past a range of ages: "between the ages of 17 and 25")."""
    low_text = match.group("number")
    start, end = match.span()
    if is_year(low_text) and not _COUNTED_YEAR.match(sentence[end : end + 40]):
        return None, end  # what the steps below decide for a year (two in five numbers), sooner
    before = sentence[max(0, start - 40) : start]
    tail = _RANGE_TAIL.match(sentence, end)
    if tail is None and _CODE_TAIL.match(sentence, end):
        return None, end
    high: float | None = None
    if tail is not None and _is_range(tail, before):
        high = parse_number(tail.group("high"))
        if is_year(low_text) or high is None:
            return None, end
        end = tail.end()
    after = sentence[end : end + 40]
    if _not_a_count(low_text, before, after):
        return None, end
    value = parse_number(low_text)
    if value is None or (high is not None and high <= value):
        return None, end
    return _count_or_term(sentence, start, end, value, high), end


def _is_range(tail: re.Match[str], before: str) -> bool:
    """True when the number after ``tail``'s separator closes a range ("8 to 18",
    "between 8 and 18"), not a second count ("increased from 12 to 20") or a year."""
    sep = tail.group("sep").strip().lower()
    if sep == "to" and before.endswith("from ") and _CHANGED_FROM.search(before):
        return False
    return (sep != "and" or bool(_BETWEEN.search(before))) and not is_year(tail.group("high"))


def _not_a_count(text: str, before: str, after: str) -> bool:
    """True for a year, a reference ("Article 144"), a date, an age or a percentage."""
    if is_year(text) and not _COUNTED_YEAR.match(after):
        return True
    if _may_precede_no_count(before) and _NOT_A_COUNT_BEFORE.search(before):
        return True
    if _NOT_A_COUNT_AFTER.match(after):
        return True
    return text.lower() == "one" and bool(_NO.search(before))


def _may_precede_no_count(before: str) -> bool:
    """False only when :data:`_NOT_A_COUNT_BEFORE` cannot match in ``before``: it does
    not end in one of the words the pattern ends in (nine in ten numbers)."""
    core = before.rstrip()
    last_two = core[-2:]
    if len(last_two) == 2 and last_two.isascii() and last_two.isalpha() and last_two.isupper():
        return True
    return lower_folded(core).endswith(_NOT_A_COUNT_ENDINGS)


def _count_or_term(
    sentence: str, start: int, end: int, value: float, high: float | None
) -> Mention | None:
    """The count, or — followed by a duration — the prison term a court imposed ("six
    months to 14 years", "five years and six months"); other durations are no figure."""
    after = sentence[end : end + 40]
    duration = _AFTER_DURATION.match(after)
    if duration is None:
        return Mention(start, end, value, high)
    months_to_years = _MONTHS_TO_YEARS.match(after)  # its months are a duration too
    if months_to_years and high is None and _prison_context(sentence, start):
        top = parse_number(months_to_years.group("n"))  # "from three months' to 30 years'"
        if top is not None:
            return Mention(start, end + months_to_years.end(), value / 12, top, years=True)
    unit = duration.group("unit").lower()
    if unit.startswith("month") and _MONTHS_IN_PRISON.match(after, duration.end()):
        if not _prison_context(sentence, start):
            return None
        return Mention(start, end, value / 12, None if high is None else high / 12, years=True)
    if not unit.startswith("year"):
        return None
    if not _prison_context(sentence, start) or _span_of_time(sentence, start, end, duration):
        return None
    months = _AND_MONTHS.match(sentence, end + duration.end())
    if months and high is None:
        extra = parse_number(months.group("n"))
        if extra is not None:
            return Mention(start, months.end(), value + extra / 12, years=True)
    return Mention(start, end, value, high, years=True)


def _span_of_time(sentence: str, start: int, end: int, duration: re.Match[str]) -> bool:
    """True when the number of years at ``start`` is a span of time ("the first increase
    in six years", "for six consecutive years"), not a prison term: no prison word
    follows it."""
    if _MONTHS_IN_PRISON.match(sentence, end + duration.end()):
        return False  # "resulted in six years in prison", "within … five years' imprisonment"
    consecutive = "consecutive" in duration.group(0).lower()
    return consecutive or _SPAN_BEFORE.search(sentence, max(0, start - 30), start) is not None


def _prison_context(sentence: str, start: int) -> bool:
    """True when a number of years at ``start`` is a prison term a court imposed."""
    near = sentence[max(0, start - 60) : start]
    low = lower_folded(sentence)
    if not any(map(low.__contains__, _PRISON_WORDS)):
        return False
    if any(map(low.__contains__, _NOT_IMPOSED_WORDS)) and _NOT_IMPOSED.search(sentence):
        return False
    if any(map(low.__contains__, _NOT_SERVED_WORDS)) and _NOT_SERVED_AFTER.match(sentence, start):
        return False
    return not _NOT_IMPOSED_NEAR.search(near)
