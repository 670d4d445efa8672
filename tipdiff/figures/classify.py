"""Step 3 of reading a sentence: which metric a count is, if any.

What is counted decides first ("nine new *defendants*", "90 were *women*"), then the
figure a restated value is compared with, a sub-count ("nine cases *with 12
defendants*"), and the verb before or after the number ("Courts *convicted* 10
traffickers", "34 cases *were initiated*"). A number nothing classifies is not a
figure. Numbers after "including" / "of which" (but for a list of the forms of
trafficking, :func:`listed_form`), partitives ("Of the 91 …", "all nine"), potential
victims (other than identified), capacities and estimates are left out: they restate or
split a figure; so are counts their clause ties to another offence ("cases
filed under the Aliens Act"). Cases carried over are counted apart (``*_continued``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..folding import holds_any, lower_folded
from .clauses import CHANGED, DASH, YEAR_PHRASE, Clause
from .cues import (
    ARRESTED,
    IDENTIFICATION,
    SENTENCED,
    continued_cue,
    continues,
    cue_after,
    cue_before,
    ended_in_convictions,
    last_cue,
    not_done,
    past_a_described_noun,
    past_another_verb,
    sent_to_court,
    service_cue,
    shared_verb_windows,
    speaks_of_identification,
    verb_right_before,
    victims_cue,
    words_before,
)
from .metrics import (
    CONTINUED_METRICS,
    LE_METRICS,
    SERVICE_METRICS,
    is_identification,
    other_wording,
    victim_breakdown,
    victim_metric,
    without_form,
)
from .money import may_hold_money
from .nouns import Noun, names_its_form, read_noun
from .numbers import NUMBER, Mention
from .subjects import of_another_country

#: A classified count: (metric, unit).
Classified = tuple[str, str | None]

# an estimate, whatever verb comes after it: "Only 46,570 out of an estimated 27 million
# victims of human trafficking were identified"
_ESTIMATED = re.compile(r"\bestimated\s+(?:total\s+of\s+)?$", re.IGNORECASE)
# "Of the 91 …", "all nine", "each of these": a part of a figure stated before
_PART_OF_BEFORE = re.compile(
    r"(?:\b(?:of|among|out of) (?:the|these|those|all|whom|which)\s+$|\b\d[\d,]*\s+of\s+$|"
    r"\b(?:each|all|both|one|none|some|most|many|any|majority|whom|which) of (?:the |these |those )?$|"
    r"\btotal of (?:the|these|those) $|"  # not "convicted a total of 10 traffickers"
    r"\b(?:all|both|remaining|another|every|each)\s+$|\b(?:of|among) whom\s+$|\bbut\s+$)",
    re.IGNORECASE,
)
#: How every match of _PART_OF_BEFORE ends, in lower case, but for the spaces after it.
_PART_OF_ENDINGS = (
    *("the", "these", "those", "all", "whom", "which", "of", "but"),
    *("both", "remaining", "another", "every", "each"),
)
# "identified the other two individuals as victims of …": the rest of a count given
_THE_OTHER = re.compile(r"\bthe other\s+$", re.IGNORECASE)
_ALL = re.compile(r"\ball\s+$", re.IGNORECASE)
_FAILED_TO = re.compile(r"\bfailed\s+to\s+(?=[a-z]+\s*$)", re.IGNORECASE)
_ACQUITTED = re.compile(r"\bacquit(?:ted|ting|s)?\b", re.IGNORECASE)
_NEW = re.compile(r"\s+new\b", re.IGNORECASE)  # "12 new prosecutions": never carried over
# a share of a figure, its number in brackets: "The majority of identified victims (488)",
# "most victims (400)" (a part, whatever the sentence says it was)
_SHARE_IN_BRACKETS = re.compile(
    r"\b(?:(?:majority|minority|bulk|rest|remainder|half)\s+of|most)\s+(?:the\s+|these\s+|those\s+)?"
    r"(?:(?!number\b)[\w-]+\s+){0,4}?(?!number\b)[\w-]+\s*\(\s*$",
    re.IGNORECASE,
)
# the persons of the cases right before, past their breakdown in brackets: "nine cases
# with 12 defendants", "eight investigations (six for sex trafficking …) of 19 individuals"
_SUBCOUNT = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:with|involving|against|concerning|of)\s+$", re.IGNORECASE
)
_SUB_METRIC = {"investigations": "suspects_investigated", "prosecutions": "defendants_prosecuted"}
_DETAIL_WORDS = ("including", "of which", "of whom", "among them", "among which")
_DETAILS = re.compile(rf"\b(?:{'|'.join(_DETAIL_WORDS)})\b", re.IGNORECASE)
_AFTER_A_LIST = re.compile(r",\s+and\s+$")
# "one" of a pair it names the other of: a pronoun, not a count
_ONE_AND_THE_OTHER = re.compile(r"one\b[^,;()]{0,40}?\band the other\b", re.IGNORECASE)
# "In one case prosecuted for sex trafficking, a judge …": a clause that opens on the one
# case it tells of names that case, it counts nothing
_IN_ONE_CASE = re.compile(r"(?:^|[,;:(—–]|\b(?:and|but|while))\s*[Ii]n\s+$")
_COPULA = re.compile(r"\b(?:were|was)\b", re.IGNORECASE)
_LABOR = re.compile(r"labou?r", re.IGNORECASE)
_LABOR_OR_WORKPLACE = re.compile(r"labou?r|workplace", re.IGNORECASE)
# a comma or a dash opens the parts of the count before it: "convicted 97 individuals, 50
# for sex trafficking …", "14 investigations—three for sex trafficking and 11 …"
_AND_OR_COMMA = re.compile(r"\band\b|^\s*(?:,|—|[–-]\s)")
_COMMA_ONLY = re.compile(r"\s*(?:,|—|[–-])\s*$")
_OWN_OBJECT = re.compile(r"\b(?:and|or)\s+(?:[\w-]+\s+){1,3}(?:to|for)\s+$")
_PAST_TENSE = re.compile(r"\b\w+ed\b")
_VICTIM_WORD = re.compile(r"\bvictims?\b", re.IGNORECASE)
_HOTLINE = re.compile(r"\bhotline\b", re.IGNORECASE)
_SHELTER = re.compile(r"\bshelter", re.IGNORECASE)
# victims found in inspections, raids or one operation or investigation: its yield, a
# part of the period's total ("inspected thousands of establishments but only identified
# two victims", "identified 12 victims during raids on karaoke bars", "In one operation,
# police identified 30 victims", "A joint investigation … led to the identification of
# four labor trafficking victims")
_OPERATION_BEFORE = re.compile(
    r"\binspect(?:ed|ing|ions?)\b|\braid(?:s|ed|ing)?\b|\b(?:police|joint|(?:law )?enforcement|"
    r"rescue|sting|special|an?|one|this|that|the|its|their)\s+operations?\b|"
    r"\b(?:a|an|one|this|that|the|joint)\s+(?:joint\s+|single\s+|police\s+)?investigation\b",
    re.IGNORECASE,
)
# one is in every match (in lower case)
_OPERATION_WORDS = ("inspect", "raid", "operation", "investigation")
_OPERATION_AFTER = re.compile(
    r"\s*,?\s*(?:during|in|through|from|at|after|following)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:inspections?|raids?|operations?|sweeps?)\b",
    re.IGNORECASE,
)
_PURPOSE_AFTER = re.compile(r"^\s*(?:to|in|with)\b")  # "assisted two victims to obtain …"
_NGO = re.compile(r"\bNGOs?\b|\bcivil society\b|\bnon-?governmental\b", re.IGNORECASE)
# a count an NGO or an international organization, not the government, is the subject
# of: "NGOs identified 300 victims", "An NGO identified at least three", "compared with
# identifying 216 victims and NGOs identifying an additional 15", "NGOs identified 52
# victims and identified 383 potential victims", "IOM confirmed that 2,000 men were
# trafficked", an estimate of theirs (not their plain
# referrals: "Civil society referred two potential victims to ATD" feeds the
# government's own referral mechanism); a count the government shares, or a clause
# about the government, is its own
_OTHER_ACTOR = re.compile(
    r"(?:^(?:[^,;]{0,40},\s*)?|[;:]\s*|,\s*(?:and|while|but|whereas)\s+|"
    r"\bcompared (?:with|to)\s+(?:[^;]*?\band\s+)?)"
    r"(?:(?:an?|the|one|two|several|some|many|other|local|international|foreign|private|"
    r"partner)\s+){0,3}(?:NGOs?|non-?governmental organi[sz]ations?|international "
    r"organi[sz]ations?|civil society(?: organi[sz]ations?)?|IOM|UNICEF|UNHCR|UNODC|ILO|OSCE)"
    r"\s+(?:also\s+|\w+ly\s+)?"
    r"(?!referr)\w+(?:ed|ing)\s+"  # their verb, right after them: not "NGOs and police"
    r"(?:(?!(?:that|government|authorities|police|officials)\b)[\w,.-]+\s+){0,13}"
    r"(?:that\s+)?$",  # "IOM confirmed that 2,000 men …", not "… that police identified"
    re.IGNORECASE,
)
_OTHER_ACTOR_WORDS = (
    *("ngo", "organi", "civil society", "iom", "unicef", "unhcr", "unodc", "ilo", "osce"),
)  # one is in every match
# "Of the 54 victims certified, …": a sentence that opens on the total it splits
_OPENS_ON_A_TOTAL = re.compile(r"^\W*(?:Of|Among|Out of) (?:the|all)\s+$", re.IGNORECASE)
_TO_THE_COMMA = re.compile(r"[^,;:()]*")
# the sentence says the case it told of was not prosecuted: persons charged in it are no
# prosecutions ("the government charged five suspects in 2004 …, the case has yet to be
# prosecuted")
_NOT_PROSECUTED = re.compile(
    r"\b(?:the|this|that|these|those)\s+cases?\s+(?:has|have|had)\s+(?:yet\s+to\s+be|"
    r"not\s+(?:yet\s+)?been|never\s+been)\s+(?:prosecuted|tried)\b",
    re.IGNORECASE,
)
#: Words between two counts when the second leaves out the first's noun: ", and convicted".
_ELIDED_NOUN_WORDS = 4
#: The verb cues that count cases or persons in law enforcement, whatever else is near.
_LAW_ENFORCEMENT_CUES = frozenset(
    {"investigations", "prosecutions", "convictions", *CONTINUED_METRICS}
)
#: The verb cues that count victims in a comparison clause as they do in a main one.
_VICTIM_CUES = frozenset({"victims_identified", "victims_referred", "victims_assisted"})
# a potential victim's count by the cue for a recognised one
_POTENTIAL_METRIC = {
    "victims_identified": "potential_victims_identified",
    "victims_assisted": "potential_victims_assisted",
    "victims_sheltered": "potential_victims_sheltered",
    "victims_referred": "potential_victims_referred",
}
#: Counts of victims taken into care, whose breakdown by group brackets give.
_ADMITTED = frozenset({"victims_assisted", "potential_victims_assisted"})
#: Counts a named kind of help refines ("assisted 14 victims *in vocational courses*").
_SERVICE_REFINES = frozenset(
    {"victims_assisted", "victims_sheltered", "victims_referred", *SERVICE_METRICS}
)
# a law or offence other than trafficking: "cases filed under the Aliens Act", "convicted
# 12 persons for smuggling", "sentenced to 27 years in prison on a conviction of plotting
# a coup", "seven pimping cases and 22 cases of soliciting a minor", "29 cases of child
# labor" (not forced child labor) (not rape or kidnapping, laws traffickers are often
# convicted under, nor corruption or bribery, which the report tells of officials
# complicit in trafficking)
_OTHER_OFFENCE = re.compile(
    r"\bsmuggl|\baliens?['’]?\s+(?:act|law)\b|\bcoups?\b|\bfraud|\bmurder|\bhomicide|"
    r"\bmanslaughter|\bdrugs?\b|\bnarcotic|\bterroris|\btreason|\bsedition|\bembezzl|"
    r"\bmoney[- ]laundering|\brobbery|\btheft|\bpimping\b|\bsoliciting\b|"
    r"(?<!forced )\bchild labou?r\b",
    re.IGNORECASE,
)
# one is in every match (in lower case)
_OTHER_OFFENCE_WORDS = (
    *("smuggl", "alien", "coup", "fraud", "murder", "homicide", "manslaughter", "drug"),
    *("narcotic", "terroris", "treason", "sedition", "embezzl", "laundering", "robbery"),
    *("theft", "pimping", "soliciting", "child labo"),
)
# a count said to fall under another law than trafficking's, whatever it suspects: "two
# cases with trafficking indicators under migrant exploitation laws", "under the labor code"
_UNDER_ANOTHER_LAW = re.compile(
    r"\bunder\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:migrants?|migration|immigration|"
    r"labou?r|employment)\s+(?:[\w-]+\s+)?(?:laws?|acts?|codes?|statutes?|provisions?)\b",
    re.IGNORECASE,
)
_OTHER_LAW_WORDS = ("migra", "labo", "employment")  # one is in every match (in lower case)
_TO_THE_NEXT_COUNT = re.compile(r"[^,;:()\d]{0,60}")
_NUMBER_OF = re.compile(
    r"\bnumber of (?P<pre>(?:[\w-]+ ){0,3}?)(?P<noun>calls|labou?r violations|inspections|"
    r"victims|investigations|prosecutions|convictions)\b(?P<rest>[^,;(]{0,40})",
    re.IGNORECASE,
)

# the count an aside between dashes right after its noun gives: "Convictions – three
# traffickers last year – also fell …", "tripling convictions - 25 up from eight …"
_COUNT_BEFORE_AN_ASIDE = re.compile(
    rf"\b(?P<noun>investigations|prosecutions|convictions)\s*{DASH}\s*$", re.IGNORECASE
)

# the count a change names as its subject, before the value it changed from or to:
# "Total trafficking convictions dropped from 289 in FY23 to 210 …", "Prosecutions
# increased to 44 cases", "the number of convictions rose from 12 to 20"
_CHANGED_COUNT = re.compile(
    r"(?P<named>(?:\b[\w-]+\s+){0,3})\b(?P<noun>investigations|prosecutions|convictions)\s+"
    rf"(?:(?:has|have|had)\s+)?(?:{CHANGED})\s+(?:\w+ly\s+)?"
    r"(?:(?P<from>from)\s+|from\s+[^,;()]{1,40}?\s+to\s+|to\s+)$",
    re.IGNORECASE,
)
_CHANGED_WORDS = tuple(CHANGED.split("|"))  # one is in every match


@dataclass(frozen=True, slots=True)
class Found:
    """A classified mention, before its Figure is built."""

    mention: Mention
    noun: Noun
    metric: str
    unit: str | None
    clause: Clause
    parent: Found | None = None  # the figure a "(35 sex trafficking, …)" item breaks down


@dataclass(slots=True)
class Preceding:
    """What the classification of a number leans on from earlier in its sentence."""

    figure: Found | None = None  # the last count classified (None after a main-clause non-figure)
    mention: Mention | None = None  # the last number outside brackets
    main_counts: list[Found] = field(default_factory=list)  # what restated values compare with

    def adjacent_figure(self) -> Found | None:
        """The last figure when it is also the last number ("9 cases with 12 defendants")."""
        figure = self.figure
        return figure if figure is not None and figure.mention is self.mention else None


def total_opening_a_sentence(sentence: str, mention: Mention, noun: Noun) -> Classified | None:
    """The identified-victims total a sentence opens on ("Of the 54 victims certified,
    35 women …"): a figure in its own right, although worded as a partitive; the reader
    drops it when the text stated the same figure before."""
    if not _OPENS_ON_A_TOTAL.match(sentence[: mention.start]):
        return None
    if noun.kind != "victim" or noun.potential or noun.excluded or noun.partitive:
        return None
    words = _TO_THE_COMMA.match(sentence, mention.end)
    if words is None or not IDENTIFICATION.search(words.group(0)):
        return None
    parts = (noun.group, noun.scope, noun.form)
    return (victim_metric(*parts) if any(parts) else "victims_identified"), "victims"


def details_a_figure(
    sentence: str, clause: Clause, mention: Mention, noun: Noun | None = None
) -> bool:
    """Numbers listed after "including" / "of which" detail a figure; they are skipped,
    but for a count with a predicate of its own after the list ("…, including one victim
    exploited abroad, and four were forced labor victims")."""
    before = sentence[clause.start : mention.start]
    # a cheap test first: most clauses list nothing
    if not (holds_any(before, _DETAIL_WORDS) and _DETAILS.search(before)):
        return False
    *_, detail = _DETAILS.finditer(before)
    if _list_ended(before, detail.end()):
        return False
    if noun is None or not noun.predicate or not _AFTER_A_LIST.search(before):
        return True
    return bool(_COPULA.search(before, detail.end()))  # "including 85 were …, and four were"


# ", and" (", nor") + a verb: the clause goes on past the list ("…, including 67 suspects
# for sex trafficking and 11 …, and continued prosecuting 35 suspects"; "did not identify
# any victims, including …, nor initiate any investigations")
_AND_A_VERB = re.compile(
    r",\s+(?:and|nor)\s+(?:also\s+|\w+ly\s+)?(?:continu(?:ed|ing)\s+(?:to\s+)?)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _list_ended(before: str, start: int) -> bool:
    """True when a verb the list's clause goes on with comes after ``start`` in ``before``."""
    return any(last_cue(match.group("verb")) for match in _AND_A_VERB.finditer(before, start))


# what is between a figure's noun and the "including" that lists its parts: a comma, the
# figure's year ("investigated 1,242 cases in 2022, including …")
_LISTS_THE_FIGURE = re.compile(r"\s*(?:(?:in|during)\s+(?:19|20)\d\d\s*)?,?\s*", re.IGNORECASE)
# between one listed item and the next: "511 sex trafficking cases, 282 …", "… and 11 …"
_NEXT_ITEM = re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE)
# what ends an item that names nothing but its form: the next item or the list's end (not
# "10 sex trafficking cases *involving children*", "… *from previous years*")
_ITEM_ENDS = re.compile(r"\s*(?:[,;:.)—–]|and\b|$)", re.IGNORECASE)


def listed_form(
    sentence: str, clause: Clause, mention: Mention, noun: Noun, figure: Found, since: int | None
) -> str | None:
    """The metric of a count listed after "including" that splits ``figure``, the
    figure right before the list, by form of trafficking ("investigations into 1,242
    cases, including 511 sex trafficking cases, 282 labor trafficking cases, and 449
    cases of unspecified forms": 511 and 282 are its sex and labor trafficking parts);
    None for any other detail: a group, a place or a qualifier after the noun ("10 sex
    trafficking cases involving children") names a part the breakdown has no name for.
    ``since``: where the item listed before this one ends (None for the first)."""
    if figure.parent is not None or without_form(figure.metric) not in LE_METRICS:
        return None
    if not noun.form or noun.group or noun.scope:
        return None
    if noun.potential or noun.excluded or noun.partitive or noun.predicate or noun.carried_over:
        return None
    if noun.kind is not None and noun.kind != figure.noun.kind:
        return None
    if not _ITEM_ENDS.match(sentence, mention.end + noun.reach):
        return None
    if since is not None:
        if not _NEXT_ITEM.fullmatch(sentence, since, mention.start):
            return None
    else:
        *_, detail = _DETAILS.finditer(sentence, clause.start, mention.start)
        if detail.group(0).lower() != "including" or sentence[detail.end() : mention.start].strip():
            return None
        if not _LISTS_THE_FIGURE.fullmatch(sentence, figure.mention.end + figure.noun.reach, detail.start()):
            return None
    return breakdown_metric(figure.metric, noun)


def classify_count(
    sentence: str,
    mention: Mention,
    noun: Noun,
    clause: Clause,
    preceding: Preceding,
    identification_before: bool,
    country: str | None = None,
) -> tuple[Classified, ...]:
    """(metric, unit) for a plain number: none when it is not a key figure, one for each
    verb when verbs share it ("identified and referred 121 victims"), in the order written.

    ``identification_before``: the paragraph already spoke of identified victims;
    ``country``: the text's, when the sentence may name it (see :func:`.of_another_country`).
    """
    if (noun.partitive and noun.anaphoric) or noun.head is None:  # "…, one resulting in a conviction"
        convicted = _cases_that_ended_in_convictions(sentence, mention, preceding.adjacent_figure())
        if convicted is not None:
            return (convicted,)
    if _part_of_a_figure(sentence, mention, noun) or _counted_by_others(sentence[: mention.start]):
        return ()
    if noun.bare and _SHARE_IN_BRACKETS.search(sentence, max(0, mention.start - 90), mention.start):
        return ()  # "The majority of identified victims (488) were women and children"
    if _may_name_another_offence(sentence) and _of_another_offence(sentence, mention, noun, clause):
        return ()
    if of_another_country(sentence[: mention.start].rsplit(";", 1)[-1], country):
        return ()  # "It said that Brazil has completed no prosecutions", of South Africa
    if _ESTIMATED.search(sentence, max(0, mention.start - 30), mention.start):
        return ()  # "out of an estimated 27 million victims … were identified": no count
    if noun.such and clause.kind != "comparison":
        return ()  # "three such cases": a part of a figure; restated, the same kind
    if noun.bare and _ONE_AND_THE_OTHER.match(sentence, mention.start):
        return ()  # "adult women, one from Norway and the other from Brazil": no count
    if mention.value == 1 and noun.kind == "case" and _IN_ONE_CASE.search(sentence, 0, mention.start):
        return ()
    if mention.years:
        return (("prison_term_years", "years"),)
    if noun.kind == "other" and noun.head is None:
        return ()
    window = past_another_verb(words_before(sentence, clause, preceding.mention, mention))
    window = past_a_described_noun(window)
    if mention.value == 0 and "failed" in window:
        window = _FAILED_TO.sub("", window)  # "failed to convict any persons": convicted none
    if noun.kind in ("person", "case") and _ACQUITTED.search(window):
        return ()  # "…, and acquitted one defendant": persons no count of ours is of
    if noun.convicted and not _convicted_by_the_verb(window):
        return ()  # "ordering two convicted traffickers to pay restitution": some of them
    found: list[Classified] = []
    for verb_window in (*shared_verb_windows(window, zero=mention.value == 0), window):
        classified = _by_window(
            sentence, mention, noun, clause, preceding, verb_window, identification_before
        )
        if classified is not None and classified[0] not in (metric for metric, _ in found):
            found.append(classified)
    if found and _one_of_two_places(sentence, mention, noun, preceding.mention):
        return ()
    if found and _none_of_the_rest(sentence, mention, noun, found[0][0]):
        found.append(("victims_identified", "victims"))
    if mention.value == 0 and found == [("potential_victims_identified", "victims")]:
        found.append(("victims_identified", "victims"))  # no potential victims: no victims
    return tuple(found)


# what may stand between a verb and the count it governs: "convicted *more than* 10"
_QUANTIFIER_WORDS = frozenset(
    "the a an all total of additional another more than at least over nearly almost "
    "approximately about some".split()
)


def _convicted_by_the_verb(window: str) -> bool:
    """True when the verb right before a count of persons the noun calls convicted ("two
    convicted traffickers") is a cue that counts them; any other verb ("ordering",
    "transferred", "pardoned", "released", "deported") governs some of those convicted,
    not the period's convictions."""
    words = window.split()
    while words and words[-1].lower() in _QUANTIFIER_WORDS:
        words.pop()
    return bool(words) and verb_right_before(words[-1])


def _cases_that_ended_in_convictions(
    sentence: str, mention: Mention, cases: Found | None
) -> Classified | None:
    """Convictions, for the part of the cases counted right before that ended in them
    ("prosecuted 23 child sex trafficking cases, three of which resulted in
    convictions": 3, of the cases' form of trafficking); None for any other part."""
    if cases is None or cases.noun.kind != "case" or without_form(cases.metric) not in LE_METRICS:
        return None
    if not ended_in_convictions(sentence[mention.end :]):
        return None
    return _with_form("convictions", cases.noun), cases.unit


# what tells two counts joined by "and" apart, after the first: a place or a recipient
# ("two victims *in the UAE and* one victim in Kuwait"), no year, no verb of its own
_TOLD_APART = re.compile(
    r"\s+(?:in|to|from|at|by|under|through)\s+(?:(?!(?:and|were|was|had|have)\b)[^,;:()\d\s]+\s+)*?"
    r"(?:(?!(?:and|were|was|had|have)\b)[^,;:()\d\s]+)\s*,?\s+and\s+",
    re.IGNORECASE,
)
# … and after the second: its own place or recipient ("… one victim *in Kuwait*")
_ITS_OWN_PLACE = re.compile(r"\s+(?:in|to|from|at|by|under|through)\s+(?!(?:19|20)\d\d\b|FY)", re.I)
_SPLIT_KINDS = ("victim", "case", "person")


def _one_of_two_places(
    sentence: str, mention: Mention, noun: Noun, previous: Mention | None
) -> bool:
    """True for either of two counts of one kind joined by "and", each with its own place
    or recipient and no year ("referred two victims in the UAE and one victim in Kuwait",
    "referred 10 victims to shelters and five to NGOs"): parts of a total the text does
    not state, neither a figure of its own."""
    if noun.potential or noun.predicate or noun.partitive or not (noun.kind in _SPLIT_KINDS or noun.bare):
        return False
    end = mention.end + noun.reach
    if previous is not None and previous.end <= mention.start:  # this is the second
        first = read_noun(sentence, previous.end, None)
        if _TOLD_APART.fullmatch(sentence, previous.end + first.reach, mention.start) and (
            _ITS_OWN_PLACE.match(sentence, end) and _joinable(first, noun)
        ):
            return True
    joined = _TOLD_APART.match(sentence, end)  # … or the first
    second = NUMBER.match(sentence, joined.end()) if joined and not noun.bare else None
    if second is None:
        return False
    other = read_noun(sentence, second.end(), None)
    return bool(_ITS_OWN_PLACE.match(sentence, second.end() + other.reach)) and _joinable(noun, other)


def _joinable(first: Noun, second: Noun) -> bool:
    """True when two joined counts count one kind of thing, the second as a plain count."""
    return (
        first.kind in _SPLIT_KINDS
        and not (first.potential or first.predicate or first.partitive)
        and not (second.potential or second.predicate or second.partitive or second.names_part)
        and (second.kind == first.kind or second.bare)
    )


# the other part of a whole, said to be none: "28 female victims *and no male victims*"
_NONE_OF_THE_REST = re.compile(r"\s*,?\s*and\s+no\s+(?:other\s+)?(?P<other>[a-z]+)\b", re.IGNORECASE)
# the two parts every victim is in one of, by sex and by age (not foreign and domestic:
# "two Paraguayan victims and no foreign national victims" may leave out those abroad)
_OTHER_PART = {
    "female": ("male", "males"), "male": ("female", "females"),
    "adults": ("child", "children", "minor", "minors"), "children": ("adult", "adults"),
}  # fmt: skip


def _none_of_the_rest(sentence: str, mention: Mention, noun: Noun, metric: str) -> bool:
    """True for the identified victims of one part ("28 female victims") when the words
    after them say the other part had none ("and no male victims"): the count is also
    all the victims identified."""
    if not is_identification(metric) or noun.form or noun.scope or noun.predicate or noun.partitive:
        return False
    if noun.group not in _OTHER_PART:
        return False
    match = _NONE_OF_THE_REST.match(sentence, mention.end + noun.reach)
    return match is not None and match.group("other").lower() in _OTHER_PART[noun.group]


def _by_window(
    sentence: str,
    mention: Mention,
    noun: Noun,
    clause: Clause,
    preceding: Preceding,
    window: str,
    identification_before: bool,
) -> Classified | None:
    """(metric, unit) for a plain number with ``window`` the words before it."""
    if noun.potential:
        return _potential_victims(sentence, clause, preceding, mention, noun, window)
    if _counted_noun_decides(noun):  # 1. what is counted decides on its own
        if _NEW.match(sentence, mention.end):
            # "continued one prosecution …, but did not begin any new prosecutions"
            return _by_counted_noun(sentence, noun)
        shared = _continues_with(preceding, sentence, mention, noun, window)
        shared = shared or _initiated_before_the_period(sentence, mention, noun, clause)
        return _carried_over(_by_counted_noun(sentence, noun), noun, window, shared)
    classified = _by_context(
        sentence, mention, noun, clause, preceding, window, identification_before
    )
    # "six cases remained pending", "prosecuted six ongoing cases"; restated too: "compared
    # with one investigation in 2020, and continued investigations of 11 cases"
    if noun.carried_over or continues(window):
        return _carried_over(classified, noun, window, shared=False)
    if _initiated_before_the_period(sentence, mention, noun, clause):
        return _carried_over(classified, noun, window, shared=True)
    # 5. a kind of help named right after or before the count refines it
    if (noun.kind == "victim" or noun.bare) and (
        classified is None or classified[0] in _SERVICE_REFINES
    ):
        after = sentence[mention.end + noun.reach :]
        service = service_cue(window, after)
        if service is not None:
            return service, "victims"
    return classified


def _by_context(
    sentence: str,
    mention: Mention,
    noun: Noun,
    clause: Clause,
    preceding: Preceding,
    window: str,
    identification_before: bool,
) -> Classified | None:
    adjacent = preceding.adjacent_figure()
    if adjacent is not None and _is_sub_count(window, noun, adjacent):
        # 2. "nine cases with 12 defendants", restated too: "compared to initiating 313
        # investigations involving 546 suspects"
        return _sub_count(adjacent, noun)
    if clause.kind == "comparison":  # 3. restated values: the figure compared with
        # … unless a verb restates each count ("compared with investigating 38 cases,
        # prosecuting 25 alleged traffickers, and …", "compared with identifying 83
        # victims and referring 74 victims")
        cue = cue_before(window) or continued_cue(window)  # "…, continuing prosecution in three cases"
        if cue in _LAW_ENFORCEMENT_CUES and noun.kind in ("case", "person"):
            return _with_form(cue, noun), noun.head
        elided = _victims_of_a_second_verb(cue, noun, adjacent, window)
        if elided is not None:  # "compared with identifying 20 victims and referring 14"
            return elided
        if cue in _VICTIM_CUES and noun.kind == "victim":
            after = sentence[mention.end + noun.reach :]
            subject = sentence[clause.start : mention.start]
            return _victim_count(cue, sentence, window, subject, after, noun, identification_before)
        elided_person = noun.bare and adjacent is not None and adjacent.noun.kind in ("case", "person")
        if elided_person or noun.kind in ("case", "person"):
            # its own verb after it: "compared with 42 suspects *arrested*, 26 traffickers
            # prosecuted, and 26 *convicted*" (arrests are no count of ours); a number
            # without a noun only after a count of cases or persons, whose noun it leaves out
            after = sentence[mention.end + noun.reach :]
            own = cue_after(after, bare_participle=not (noun.predicate or noun.names_part))
            if own == ARRESTED:
                return None
            if own in _LAW_ENFORCEMENT_CUES and not (noun.bare and _same_verb_as(sentence, adjacent, own)):
                return _with_form(own, noun), noun.head or (adjacent.unit if adjacent else own)
        second_of_two = adjacent is not None and adjacent.clause == clause and _coordinated(window)
        if noun.bare and second_of_two and adjacent is not None:
            # "compared with one victim in 2020 and eight in 2019": the noun left out is
            # the one named last, not the main clause's ("two sex trafficking victims")
            return adjacent.metric, adjacent.unit
        return _restated(sentence, mention, clause, noun, preceding.main_counts)
    # 4. the verb: before the number, else a passive or "received …" after it
    return _by_verb(sentence, mention, noun, clause, window, adjacent, identification_before)


def _same_verb_as(sentence: str, adjacent: Found | None, cue: str) -> bool:
    """True when the count right before has a participle of the same cue after it: "28
    prosecutions initiated …, and 35 initiated in 2016" repeats the verb of the count
    whose noun it leaves out (it counts what that count does)."""
    if adjacent is None:
        return False
    after = sentence[adjacent.mention.end + adjacent.noun.reach :]
    return cue_after(after, bare_participle=True) == cue


def _counted_by_others(before: str) -> bool:
    """True when an NGO, an international organization or civil society is the subject
    of the count after ``before`` (see :data:`_OTHER_ACTOR`)."""
    return holds_any(before, _OTHER_ACTOR_WORDS) and _OTHER_ACTOR.search(before) is not None


@functools.lru_cache(maxsize=64)  # asked for each number of a sentence in turn
def _may_name_another_offence(sentence: str) -> bool:
    """False only when neither :data:`_OTHER_OFFENCE` nor :data:`_UNDER_ANOTHER_LAW` can
    match in any part of ``sentence``."""
    return holds_any(sentence, _OTHER_OFFENCE_WORDS) or (
        "under" in sentence and holds_any(sentence, _OTHER_LAW_WORDS)
    )


def _of_another_offence(sentence: str, mention: Mention, noun: Noun, clause: Clause) -> bool:
    """True for a count of cases or persons, or a prison term, its clause ties to another
    offence than trafficking ("In 1999 there were 2,949 cases filed under the Aliens Act
    and 374 convictions", "convicted 12 persons for smuggling", "sentenced to 27 years in
    prison on a conviction of plotting a coup"): the clause, up to the words after the
    count, names that offence and never trafficking; for a prison term, the sentence up
    to it ("a police officer charged with facilitating pimping and taking bribes; he was
    sentenced to four years in prison")."""
    if noun.kind not in ("case", "person") and not mention.years:
        return False
    after = _TO_THE_NEXT_COUNT.match(sentence, mention.end + noun.reach)
    end = after.end() if after else mention.end
    tied = sentence[0 if mention.years else clause.start : end]
    if "under" in tied and _UNDER_ANOTHER_LAW.search(sentence, mention.end, end):
        return True  # "two cases with trafficking indicators under migrant exploitation laws"
    return _OTHER_OFFENCE.search(tied) is not None and "traffick" not in lower_folded(tied)


def _part_of_a_figure(sentence: str, mention: Mention, noun: Noun) -> bool:
    """True for a number that splits or restates another: "such", both forms, "Of the
    91 …", "20 of the cases involved …", "the other two individuals" — unless a verb
    counts it ("assisted 55 of these", "referred all 65 victims"), but for identifying
    some of victims already counted ("identifying 10 of these preliminary victims")."""
    if noun.excluded:
        return True
    before = sentence[: mention.start]
    after_verb = verb_right_before(before)
    if after_verb and noun.partitive and noun.anaphoric and noun.kind == "victim" and _identifies(before):
        return True  # "identifying 10 of these preliminary victims": already counted as victims
    if not noun.names_part and _THE_OTHER.search(before[-16:]):
        return True  # not "the other 177 were foreign nationals": a breakdown's part
    near = before[-40:]
    if _may_be_part_of(near) and _PART_OF_BEFORE.search(near):
        every = _ALL.search(near)
        every_counted = every is not None and verb_right_before(near[: every.start()])
        if not (noun.partitive and after_verb) and not every_counted:
            return True
    # "20 of the cases involved …", "one of these were girls"
    return noun.partitive and not after_verb and (noun.anaphoric or not noun.predicate)


def _identifies(before: str) -> bool:
    """True when the verb that ends ``before`` identifies victims: "N of these victims"
    after it are victims of a count already given, never newly identified ones."""
    words = before.rsplit(maxsplit=1)
    return bool(words) and last_cue(words[-1]) == "victims_identified"


def _may_be_part_of(before: str) -> bool:
    """False only when :data:`_PART_OF_BEFORE` cannot match in ``before``: it does not end
    in one of the words the pattern ends in (four in five numbers)."""
    return lower_folded(before.rstrip()).endswith(_PART_OF_ENDINGS)


def _potential_victims(
    sentence: str, clause: Clause, preceding: Preceding, mention: Mention, noun: Noun, window: str
) -> Classified | None:
    """Potential victims identified, assisted, sheltered or referred: the verb before the
    number, a passive or "received support at the shelter" after it, or the verb a
    coordinated count shares ("assisted 67 victims and 25 potential victims"); restated,
    the potential-victims figure it is compared with."""
    if noun.kind != "victim":
        return None
    if clause.kind == "comparison":
        source = _compared_with(preceding.main_counts, noun)
        if source is not None:
            return source.metric, "victims"
        # "identified 110 victims, compared with 95 potential victims in 2020": potential
        # victims the same verb counted then
        counted = (f.metric for f in reversed(preceding.main_counts) if f.metric in _POTENTIAL_METRIC)
        metric = next(counted, None)
        return (_POTENTIAL_METRIC[metric], "victims") if metric else None
    cue = last_cue(window)
    if cue is None:
        cue = cue_after(sentence[mention.end + noun.reach :])
    else:
        cue = victims_cue(cue, window)
    shared = preceding.mention
    if cue is None and _coordinated(window) and shared is not None and shared.start >= clause.start:
        # the verb before the first of two coordinated counts
        cue = cue_before(words_before(sentence, clause, None, shared))
    if cue == "victims_assisted" and _SHELTER.search(window):
        cue = "victims_sheltered"
    metric = _POTENTIAL_METRIC.get(cue or "")
    return (metric, "victims") if metric else None


def _counted_noun_decides(noun: Noun) -> bool:
    if noun.head in ("investigations", "prosecutions"):
        return noun.kind == "case"
    return noun.head in ("convictions", "calls", "violations", "inspections", "projects")


def _by_counted_noun(sentence: str, noun: Noun) -> Classified | None:
    head = noun.head
    if head in ("investigations", "prosecutions", "convictions"):
        return _with_form(head, noun), head
    if head == "calls":
        return "hotline_calls", "calls"
    if head == "violations":
        return ("labor_violations", "violations") if _LABOR.search(sentence) else None
    if head == "inspections" and _LABOR_OR_WORKPLACE.search(sentence):
        return "labor_inspections", "inspections"
    if head == "projects" and _NGO.search(sentence) and may_hold_money(sentence):
        return "ngo_projects", "projects"  # "172,000 manat for 19 civil society projects"
    return None


def _carried_over(
    classified: Classified | None, noun: Noun, window: str, shared: bool
) -> Classified | None:
    """Investigations or prosecutions carried over from earlier periods when the noun or
    the verb before it says so ("11 continued prosecutions", "continued 10
    investigations"), or when the verb is ``shared`` with such a count: their
    *_continued metric."""
    if classified is None or not (noun.carried_over or shared or continues(window)):
        return classified
    metric, unit = classified
    root = without_form(metric)
    if root not in ("investigations", "prosecutions"):
        return classified
    return _with_form(f"{root}_continued", noun), unit


# cases opened before the period: "two trafficking prosecutions *initiated in the previous
# reporting period*", "cases filed in prior years", "completed one investigation *from the
# previous reporting period*"
_INITIATED_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:initiated|opened|begun|started|"
    r"filed|launched|brought)\s+(?:in|during)|(?:carried\s+over\s+)?from)\s+(?:the\s+|a\s+)?(?:previous|prior|earlier|past)\s+"
    r"(?:reporting\s+)?(?:periods?|years?)\b",
    re.IGNORECASE,
)


def _initiated_before_the_period(sentence: str, mention: Mention, noun: Noun, clause: Clause) -> bool:
    """True for cases a main clause says were opened in an earlier period ("advancing its
    first two trafficking prosecutions initiated in the previous reporting period"):
    carried over, not new; in a comparison the words date a restated count ("a decrease
    from 28 prosecutions initiated in the previous reporting period")."""
    if clause.kind != "main" or noun.kind != "case":
        return False
    return _INITIATED_BEFORE.match(sentence, mention.end + noun.reach) is not None


def _continues_with(
    preceding: Preceding, sentence: str, mention: Mention, noun: Noun, window: str
) -> bool:
    """True for the second of two coordinated counts of cases the verb before the first
    carries over ("continued five investigations and 12 prosecutions"), unless a verb
    after it says what became of them ("…, and 12 prosecutions were initiated")."""
    adjacent = preceding.adjacent_figure()
    return (
        adjacent is not None
        and without_form(adjacent.metric) in CONTINUED_METRICS
        and _coordinated(window)
        and cue_after(sentence[mention.end + noun.reach :]) is None
    )


def _restated(
    sentence: str, mention: Mention, clause: Clause, noun: Noun, main_counts: Sequence[Found]
) -> Classified | None:
    """A value for another period takes the metric of the figure it is compared with,
    unless an "of" phrase after it names a kind of exploitation with no metric of ours
    ("(60 of forced criminality, 10 of sex trafficking …)")."""
    if noun.bare and _of_another_kind(sentence, mention):
        return None
    source = _compared_with(main_counts, noun)
    if source is None:
        worded_plainly = _potential_worded_plainly(sentence, clause, main_counts, noun)
        if worded_plainly is not None:
            return worded_plainly
        if noun.kind is None and noun.head is None:
            return _named_by_clause(sentence[: clause.start])
        return None
    if noun.bare:
        return source.metric, source.unit
    # "28 female victims …, compared with 20 victims": plain victims are all of them
    plain = noun.kind == "victim" and not noun.names_part
    metric = refine_metric(source.metric, noun, keep_base_dims=not (noun.names_part or plain))
    return (metric, noun.head or source.unit) if metric else None


# "60 of forced criminality": what a number without a noun is of (not "of these …")
_OF_A_KIND = re.compile(
    r"\s+of\s+(?!(?:the|these|those|them|which|whom|its|their|all|both)\b)(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)


def _of_another_kind(sentence: str, mention: Mention) -> bool:
    """True when an "of" phrase right after the number names a kind of exploitation
    other than sex or labor trafficking ("60 of forced criminality"): a part no metric
    names, never the form of the figure it is compared with."""
    of = _OF_A_KIND.match(sentence, mention.end)
    return of is not None and not names_its_form(of.group(0))


def _is_sub_count(window: str, noun: Noun, adjacent: Found) -> bool:
    return bool(_SUBCOUNT.match(window)) and noun.kind == "person" and adjacent.noun.kind == "case"


def _sub_count(cases: Found, noun: Noun) -> Classified | None:
    """The persons of a count of cases: "investigated nine cases with 12 suspects"."""
    root = without_form(cases.metric)
    if root in _SUB_METRIC:
        return _SUB_METRIC[root], noun.head
    if root == "convictions":
        return "convictions", noun.head
    return None


# "investigated 19 suspects *in* three cases": the persons, then the cases they are in
_PERSONS_IN = re.compile(r"\s+in\s+")


def persons_in_cases(sentence: str, mention: Mention, noun: Noun, persons: Found | None) -> Classified | None:
    """The metric of a count of cases that the count of persons right before it were in
    ("investigated 19 suspects in three cases": investigations 3), for investigations and
    prosecutions, whose persons then are their suspects or defendants (see
    :func:`persons_metric`); None for any other count."""
    if persons is None or persons.parent is not None or persons.noun.kind != "person":
        return None
    if noun.kind != "case" or noun.partitive or noun.potential or noun.excluded or noun.carried_over:
        return None
    if persons_metric(persons.metric) is None:
        return None
    if not _PERSONS_IN.fullmatch(sentence, persons.mention.end + persons.noun.reach, mention.start):
        return None
    return _with_form(persons.metric, noun), noun.head


# "The 313 cases involved 546 alleged traffickers": the cases named again, then their persons
_CASES_NAMED_AGAIN = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_INVOLVED = re.compile(r"^\s*(?:involved|involving|concerned|with|against)\s+$", re.IGNORECASE)


def persons_of_cases_named_again(
    sentence: str, cases: Mention, cases_noun: Noun, mention: Mention, noun: Noun
) -> bool:
    """True for a count of persons that the cases right before it involved, when those
    cases are named again ("The 313 cases involved 546 alleged traffickers"): the
    persons of a count of cases stated before (see :func:`persons_metric`)."""
    return (
        noun.kind == "person"
        and not (noun.partitive or noun.potential or noun.excluded or noun.names_part)
        and cases_noun.kind == "case"
        and not cases_noun.names_part
        and _CASES_NAMED_AGAIN.search(sentence, max(0, cases.start - 8), cases.start) is not None
        and _INVOLVED.match(sentence[cases.end + cases_noun.reach : mention.start]) is not None
    )


def persons_metric(cases_metric: str) -> str | None:
    """The metric of the persons of a count of cases: "suspects_investigated" for
    investigations, "defendants_prosecuted" for prosecutions."""
    return _SUB_METRIC.get(without_form(cases_metric))


def _by_verb(
    sentence: str,
    mention: Mention,
    noun: Noun,
    clause: Clause,
    window: str,
    adjacent: Found | None,
    identification_before: bool,
) -> Classified | None:
    """The metric a verb before or after the number gives it, or — for the second of
    two coordinated counts — the metric of the first."""
    after = sentence[mention.end + noun.reach :]  # the words after the noun phrase
    cue = continued_cue(window) or cue_before(window)
    if cue is None:
        whole = not (noun.predicate or noun.names_part or _OBJECT_OF_A_NOUN.search(window))
        cue = cue_after(after, bare_participle=whole and not not_done(window))
    if cue is None and noun.kind == "case" and sent_to_court(after) and (mention.value == 0 or not not_done(window)):
        cue = "prosecutions"  # "advanced 12 cases to prosecution", "did not bring any … to trial"
    if cue is None and noun.predicate and noun.kind == "victim":
        cue = "exploited"  # "90 were women": a breakdown of identified victims
    coordinated = _coordinated(window)
    if cue is None and coordinated and adjacent is None:
        # "identified 12 Nigerian victims abroad and 30 foreign victims": the verb is shared
        # (not past a clause with a verb of its own: "…, in which judges acquitted the five
        # Bangladeshi and two Maldivian defendants")
        cue = cue_before(past_another_verb(words_before(sentence, clause, None, mention)))
    if cue is not None:
        if (
            noun.bare
            and cue in _LAW_ENFORCEMENT_CUES
            and adjacent is not None
            and adjacent.noun.kind in ("case", "person")
            and len(window.split()) <= _ELIDED_NOUN_WORDS
        ):
            # the noun left out after a second verb: "investigated 15 suspects and
            # prosecuted eight", "… prosecuted 30 suspects, and convicted 12"
            return _with_form(cue, adjacent.noun), adjacent.noun.head
        elided = _victims_of_a_second_verb(cue, noun, adjacent, window)
        if elided is not None:
            return elided
        subject = sentence[: mention.start].rsplit(";", 1)[-1]
        persons = _persons_for_a_form(sentence, mention, noun)
        return _metric_for_cue(
            cue, sentence, window, subject, after, noun, identification_before, persons=persons
        )
    if noun.bare or noun.kind in ("case", "person"):
        aside = _COUNT_BEFORE_AN_ASIDE.search(window)
        if aside is not None:
            count = aside.group("noun").lower()
            return _with_form(count, noun), noun.head or count
    change = _change_of(sentence, clause, mention) if cue is None else None
    if change is not None and (noun.bare or noun.kind in ("case", "person")):
        return _changed_count(change, sentence, mention, noun)
    if adjacent is not None and coordinated:
        if adjacent.noun.names_part and not noun.names_part:
            return None  # "13 in labor trafficking, and one for unspecified exploitation"
        if noun.bare and _COMMA_ONLY.match(window) and not YEAR_PHRASE.match(after.lstrip()):
            return None  # "convicted eight traffickers, two under the …": a part of them
        shared = adjacent.metric
        if adjacent.noun.potential and not noun.potential and not noun.bare:
            # "identified 200 potential victims and 91 victims": the verb's own count
            shared = shared.removeprefix("potential_")
        metric = refine_metric(shared, noun, keep_base_dims=False)
        if metric and _compatible(adjacent, noun):
            return metric, noun.head or adjacent.unit
    if noun.bare:
        return _named_by_clause(window)
    return None


#: The verb cues that count victims of any kind, one metric for all their parts.
_WHOLE_VICTIM_CUES = frozenset(
    {"victims_referred", "victims_assisted", "victims_sheltered", "victims_repatriated"}
)


def _victims_of_a_second_verb(
    cue: str | None, noun: Noun, adjacent: Found | None, window: str
) -> Classified | None:
    """The victims a second verb counts when it leaves out the noun of the count of
    victims right before it ("identified 15 child victims and referred all 15 to social
    services", "compared with identifying 20 victims and referring 14"): that verb's
    count, not the first's."""
    if cue is None or not noun.bare or adjacent is None or adjacent.noun.kind != "victim":
        return None
    if adjacent.noun.potential or len(window.split()) > _ELIDED_NOUN_WORDS:
        return None
    if cue in _WHOLE_VICTIM_CUES:
        return cue, "victims"
    if cue == "victims_identified" and not is_identification(adjacent.metric):
        return "victims_identified", "victims"
    return None


# a count a noun before it governs: "extradition requests *for* two defendants charged
# with …" are requests, not persons charged in the period
_OBJECT_OF_A_NOUN = re.compile(
    r"\b(?!(?:total|numbers?|was|has|is|as|this|its|his|us)\b)[a-z]+s\s+(?:for|against|to|from)\s+$",
    re.IGNORECASE,
)


def _change_of(sentence: str, clause: Clause, mention: Mention) -> re.Match[str] | None:
    """The change whose value a number is, with the count it names as its subject (see
    :data:`_CHANGED_COUNT`), or None."""
    before = sentence[max(clause.start, mention.start - 120) : mention.start]
    if not holds_any(before, _CHANGED_WORDS):
        return None
    return _CHANGED_COUNT.search(before)


def _changed_count(
    change: re.Match[str], sentence: str, mention: Mention, noun: Noun
) -> Classified | None:
    """The count a change names, for a value it changed to, or from when a year follows
    that value ("from 289 in FY23 to …"; a bare "from 12 to 20" does not say which
    period 12 is)."""
    if change.group("from") and not YEAR_PHRASE.match(sentence[mention.end + noun.reach :].lstrip()):
        return None
    subject = read_noun(" " + change.group("named") + change.group("noun"), 0, None)
    if subject.excluded or subject.potential or subject.group:
        return None
    count = change.group("noun").lower()
    return _with_form(count, subject), noun.head or count


def _coordinated(window: str) -> bool:
    """True when the words since the last number join two counts ("… and 30 …"), not
    the object of a noun of their own ("… and medical care to 46 …")."""
    return (
        len(window.split()) <= 6
        and bool(_AND_OR_COMMA.search(window))
        and not _PAST_TENSE.search(window)
        and not _OWN_OBJECT.search(window)
    )


def _metric_for_cue(
    cue: str,
    sentence: str,
    window: str,
    subject: str,
    after: str,
    noun: Noun,
    identification_before: bool,
    *,
    persons: bool = False,
) -> Classified | None:
    """The metric a verb cue gives a counted noun; ``subject`` is the clause so far,
    ``after`` the words after the noun phrase; ``persons``: the count, without a noun,
    is of persons (see :func:`_persons_for_a_form`)."""
    if cue == ARRESTED:
        return None
    if cue == SENTENCED:
        return _sentenced(sentence, noun)
    kind = noun.kind
    if kind == "victim":
        cue = victims_cue(cue, window)
    if cue in _LAW_ENFORCEMENT_CUES:
        if kind not in ("case", "person") and not persons:
            return None
        if cue == "prosecutions" and _NOT_PROSECUTED.search(sentence):
            return None  # "charged five suspects …, the case has yet to be prosecuted"
        return _with_form(cue, noun), noun.head
    if cue == "officials_trained":
        return ("officials_trained", noun.head) if kind == "official" else None
    if noun.bare:
        # a bare number after its clause's noun: "victims received assistance— 71"
        if cue != "exploited" and _VICTIM_WORD.search(window):
            return _bare_victims(cue, window)
        return None
    if kind != "victim":
        return None
    return _victim_count(cue, sentence, window, subject, after, noun, identification_before)


# "convicted eight *for sex trafficking*", "one *for forced labor*"
_FOR_A_FORM = re.compile(r"\s+for\s+(?:sex|forced|labou?r)\b", re.IGNORECASE)


def _persons_for_a_form(sentence: str, mention: Mention, noun: Noun) -> bool:
    """True for a count without a noun, not in brackets, whose words say only the form of
    trafficking it was "for" ("convicted eight for sex trafficking"): the persons a
    law-enforcement verb before it counts (an item in brackets is a part of a figure)."""
    if noun.kind is not None or noun.head is not None or noun.form is None:
        return False
    if noun.potential or noun.excluded or noun.predicate or noun.partitive:
        return False
    if sentence[: mention.start].rstrip().endswith("("):
        return False
    return _FOR_A_FORM.match(sentence, mention.end) is not None


def _sentenced(sentence: str, noun: Noun) -> Classified | None:
    """Persons a court sentenced were convicted: "the government sentenced six defendants
    for trafficking" counts convictions, when the sentence gives no count of convictions
    of its own ("convicted 12 traffickers and sentenced 10 to prison": 10 of them)."""
    if noun.kind != "person" or "convict" in lower_folded(sentence):
        return None
    return _with_form("convictions", noun), noun.head


def counted_by_sentencing(sentence: str, item: Found) -> bool:
    """True for convictions read from the persons a court sentenced (see
    :func:`_sentenced`): no new count when the text stated the period's convictions
    before ("Courts convicted three individuals … Courts sentenced three traffickers …")."""
    if without_form(item.metric) != "convictions":
        return False
    return last_cue(sentence[item.clause.start : item.mention.start]) == SENTENCED


# the cases of one group of victims: "66 trafficking investigations *involving child
# victims*" (not "involving 35 victims": the persons of the cases, a count of its own)
_INVOLVING_A_GROUP = re.compile(
    r"\s*,?\s*involving\s+(?:[a-z-]+\s+){0,2}?(?:child(?:ren)?|minors?|women|girls|boys|men|"
    r"adults?|foreigners?|foreign|nationals|citizens)\b",
    re.IGNORECASE,
)


def _counts_a_group_of_cases(sentence: str, item: Found) -> bool:
    """True for law-enforcement cases said to involve one group of victims ("66
    trafficking investigations involving child victims"): no new count when the text
    stated the period's total before ("141 trafficking investigations")."""
    if item.noun.kind != "case" or without_form(item.metric) not in LE_METRICS:
        return False
    return _INVOLVING_A_GROUP.match(sentence, item.mention.end + item.noun.reach) is not None


# the victims found in one setting: "four trafficking victims *within the asylum system*",
# "*among asylum-seekers*", "*in immigration detention*", "*at the border*"
_IN_ONE_SETTING = re.compile(
    r"\s*,?\s*(?:within|among|in|at|through)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:asylum|detention|borders?|refugees?|reception|deportation|immigration)\b",
    re.IGNORECASE,
)


def _counts_victims_of_one_setting(sentence: str, item: Found) -> bool:
    """True for identified victims said to be found in one setting ("identifying four
    trafficking victims within the asylum system"): no new count when the text stated
    the period's total before ("identified 38 victims")."""
    if not is_identification(item.metric) or item.noun.kind not in ("victim", "person"):
        return False
    return _IN_ONE_SETTING.match(sentence, item.mention.end + item.noun.reach) is not None


def counts_a_part(sentence: str, item: Found) -> bool:
    """True for a count its words say is of one part of the period's total: cases of one
    group of victims ("66 trafficking investigations involving child victims") or victims
    of one setting ("four trafficking victims within the asylum system"); no new count
    when the text stated the total before."""
    return _counts_a_group_of_cases(sentence, item) or _counts_victims_of_one_setting(sentence, item)


def _bare_victims(cue: str, window: str) -> Classified | None:
    """A bare number counting the victims its clause names before it: potential victims
    are counted as such, and a part of them ("fewer potential child victims (200 …)",
    "foreign victims") is a part of a figure, not the figure."""
    at = window.lower().rfind("victim")
    words = window[:at].split() if at >= 0 else []
    # the words right before "victims", one to three of them: what they make of it
    named = [read_noun(" ".join(["", *words[-count:], "victims"]), 0, None) for count in (1, 2, 3)]
    if any(noun.names_part or noun.excluded for noun in named):
        return None
    if any(noun.potential for noun in named):
        metric = _POTENTIAL_METRIC.get(cue)
        return (metric, "victims") if metric else None
    return cue, "victims"


def _victim_count(
    cue: str,
    sentence: str,
    window: str,
    subject: str,
    after: str,
    noun: Noun,
    identification_before: bool,
) -> Classified | None:
    """The victims metric a verb cue gives a victim noun."""
    if cue == "exploited":
        if not (identification_before or speaks_of_identification(sentence)):
            return None
        if not noun.names_part:
            return None
        return victim_metric(noun.group, noun.scope, noun.form), "victims"
    if cue == "victims_identified":
        if _found_in_an_operation(subject, after):
            return None
        if _HOTLINE.search(subject) and not noun.names_part:
            return "victims_identified_hotline", "victims"
        if noun.names_part:
            return victim_metric(noun.group, noun.scope, noun.form), "victims"
        return "victims_identified", "victims"
    if noun.group:
        return None  # "35 women and three men were referred": parts of an unstated total
    if cue == "victims_assisted" and _SHELTER.search(window):
        cue = "victims_sheltered"
    if cue == "victims_assisted" and _PURPOSE_AFTER.search(after):
        return None  # "assisted two victims to obtain a permit"
    return cue, "victims"


def _found_in_an_operation(subject: str, after: str) -> bool:
    """True for victims identified in inspections, raids, or one operation or
    investigation, which the clause before the count (``subject``) or the words after its
    noun (``after``) name: that operation's yield, not the period's total."""
    if _OPERATION_AFTER.match(after):
        return True
    return holds_any(subject, _OPERATION_WORDS) and _OPERATION_BEFORE.search(subject) is not None


def _compatible(found: Found, noun: Noun) -> bool:
    if noun.kind is None:
        return True
    if found.noun.kind is None:
        return noun.kind == "victim" or found.unit is None
    return found.noun.kind == noun.kind


def _compared_with(main_counts: Sequence[Found], noun: Noun) -> Found | None:
    """The latest main-clause figure a restated value is compared with; for a count that
    names no part (form, group, scope), the latest that names none either, when there is
    one ("convicted eight traffickers—seven sex traffickers and one labor trafficker—
    compared with seven traffickers in 2017": the total, not its last part)."""
    matching = []
    for found in reversed(main_counts):
        # potential victims are compared with potential victims only; a bare number
        # ("(compared with 252 in 2019)") is of the kind of the figure it follows
        if found.noun.potential != noun.potential and not noun.bare:
            continue
        if noun.kind is None or _compatible(found, noun):
            matching.append(found)
    if not matching:
        return None
    if noun.bare or noun.names_part:
        return matching[0]
    return next((found for found in matching if not found.noun.names_part), matching[0])


def _potential_worded_plainly(
    sentence: str, clause: Clause, main_counts: Sequence[Found], noun: Noun
) -> Classified | None:
    """Plain victims compared with potential ones ("admitted 229 potential trafficking
    victims in 2019 compared with 163 victims in 2018"): the same count, which the
    reports word either way (:func:`~.metrics.other_wording`), unless the comparison
    names potential victims of its own ("(81 recognized victims and 32 potential victims
    in 2022)": two counts)."""
    if noun.kind != "victim" or noun.potential or noun.names_part or noun.excluded:
        return None
    if "potential" in lower_folded(sentence[clause.start : clause.end]):
        return None
    for found in reversed(main_counts):
        if found.noun.potential and found.noun.kind == "victim":
            plain = other_wording(found.metric)
            return (plain, "victims") if plain else None
    return None


def _named_by_clause(text: str) -> Classified | None:
    """A bare number named by the words before it: "the number of calls it received
    (158 in 2022)"."""
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
    cue = last_cue(match.group("pre") + " " + match.group("rest"))
    if cue in (None, "exploited", "officials_trained", ARRESTED, SENTENCED) or cue in LE_METRICS:
        return None
    return cue, "victims"


def _with_form(base: str, noun: Noun) -> str:
    """A law-enforcement count, with its form of trafficking when the noun names one."""
    return f"{without_form(base)}_{noun.form}" if noun.form else base


def refine_metric(base: str, noun: Noun, *, keep_base_dims: bool = True) -> str | None:
    """``base`` refined by the noun's breakdown (sex/labor, women/children, foreign …);
    None when the noun names a part the metric has no breakdown for."""
    if is_identification(base):
        group, scope, form = victim_breakdown(base) if keep_base_dims else (None, None, None)
        group = noun.group or group
        scope = noun.scope or scope
        form = noun.form or form
        return (
            victim_metric(group, scope, form) if (group or scope or form) else "victims_identified"
        )
    if without_form(base) in LE_METRICS:
        return _with_form(base, noun)
    if base.startswith("victims") or base.startswith("potential"):
        return None if noun.group else base
    return base


def breakdown_metric(parent: str, noun: Noun) -> str | None:
    """The metric of an item in brackets that breaks down ``parent``: "65 investigations
    (35 sex trafficking, 30 labor trafficking)"."""
    if noun.excluded or noun.potential or not noun.names_part:
        return None
    if is_identification(parent):
        return refine_metric(parent, noun)
    if parent in _ADMITTED and noun.group and not (noun.scope or noun.form or noun.partitive):
        # "admitted 229 potential trafficking victims (14 were children)": the children
        # among the victims the assistance system took in, the victims a report's
        # breakdowns are of when it gives no other count
        return victim_metric(noun.group, None, None)
    root = without_form(parent)
    if root in LE_METRICS and noun.form and not noun.group:
        return f"{root}_{noun.form}"
    return None


# "(22 confirmed trafficking victims)": the words right after the number of an item
_CONFIRMED = re.compile(r"\s+(?:confirmed|certified|officially\s+identified)\b", re.IGNORECASE)


def confirmed_among_potential(sentence: str, mention: Mention, parent: str, noun: Noun) -> str | None:
    """The metric of an item in brackets that gives how many of the potential victims
    identified were confirmed: "61 potential trafficking victims (22 confirmed trafficking
    victims) in 2019" — the victims identified in that period."""
    if parent != "potential_victims_identified" or noun.kind != "victim" or noun.potential or noun.names_part:
        return None
    return "victims_identified" if _CONFIRMED.match(sentence, mention.end) else None
