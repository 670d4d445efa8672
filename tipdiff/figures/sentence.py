"""Reading one sentence: its number mentions, its clauses, the metric of each number in
turn (a number may lean on the figure before it) and the year each refers to, as
:class:`~tipdiff.model.Figure` values in the order they are written.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..metadata import PREVIOUS_PERIOD
from ..model import Figure, Sentence
from .classify import (
    Classified,
    Found,
    Preceding,
    breakdown_metric,
    classify_count,
    confirmed_among_potential,
    counted_by_sentencing,
    counts_a_part,
    details_a_figure,
    listed_form,
    persons_in_cases,
    persons_metric,
    persons_of_cases_named_again,
    total_opening_a_sentence,
)
from .clauses import YEAR_PHRASE, Clause, Paren, find_clauses, find_parens, mask_spans
from .funding import detail_funding_metric, funding_metric
from .laws import Law, law_of_count, under_another_law
from .mentions import find_mentions
from .metrics import CONTINUED_METRICS, TRAFFICKING_FORMS, is_identification, without_form
from .nouns import Noun, country_named, names_its_form, noun_before_brackets, read_noun
from .numbers import Mention
from .periods import Reporting, in_years, over_several_years, year_for
from .subjects import by_a_region, by_one_agency, may_name_a_region


@dataclass(slots=True)
class SentenceContext:
    """What one sentence's reading needs from outside it."""

    country: str | None
    reporting: int | None  # the reporting year
    identification_before: bool  # the paragraph already spoke of identified victims
    #: the sentence is the last of a text cut off mid-sentence (see Report.truncated)
    cut_short: bool = False
    #: the section and article numbers the text names as its trafficking law
    trafficking_laws: frozenset[str] = frozenset()
    #: (metric, value, period) of every figure read so far in the report
    seen: set[tuple[str, float, int | None]] = field(default_factory=set)
    #: (metric, period) of every count other than zero read so far, and the same with
    #: the metric without its form of trafficking: a set look-up for each figure read,
    #: not a scan of ``seen``
    counted: set[tuple[str, int | None]] = field(default_factory=set)
    counted_any_form: set[tuple[str, int | None]] = field(default_factory=set)
    #: (metric, period) of every count other than zero not said of one agency alone
    counted_by_all: set[tuple[str, int | None]] = field(default_factory=set)
    #: the abbreviations the text defines for a region's government ("KRG")
    region_abbreviations: frozenset[str] = frozenset()
    #: the section or article each figure read so far is said to be under, by its id
    #: ("identified 62 victims under article 182"), for the report to set apart
    under_a_law: dict[int, Law] = field(default_factory=dict)

    def remember(self, figures: Sequence[Figure]) -> None:
        """Note ``figures`` as read, for the sentences after them."""
        for figure in figures:
            self.seen.add((figure.metric, figure.value, figure.period))
            if figure.value:
                self.counted.add((figure.metric, figure.period))
                self.counted_any_form.add((without_form(figure.metric), figure.period))

    def counted_before(self, figure: Figure, *, any_form: bool = False) -> bool:
        """True when a count other than zero was read before for ``figure``'s metric and
        period (``any_form``: for that metric of any form of trafficking)."""
        if any_form:
            return (without_form(figure.metric), figure.period) in self.counted_any_form
        return (figure.metric, figure.period) in self.counted


def sentence_figures(sentence: Sentence, context: SentenceContext) -> list[Figure]:
    """The key figures of one sentence, in the order they are written; a total a
    sentence opens on ("Of the 91 identified victims, …") only when not read before; a
    zero for one law, or convictions read from sentencing, only when no other count of
    its metric and period was read before; in a sentence cut short, none whose number
    or noun the cut may have broken ("… in 2002 and 2", "convicted 10 traff")."""
    text = sentence.text
    if not _mentions(text):  # most sentences: no number, so nothing the context could change
        return []
    read = _read(text, country_named(text, context.country), context.identification_before)
    if not read.found and not read.persons_of_cases:
        return []
    placed: list[tuple[int, Figure]] = []  # each figure with where its number is
    parts: set[str] = set()  # metrics of the sentence one agency's part counts
    regions: list[Found] = []  # the counts a region's government is the subject of
    regional = may_name_a_region(text, context.region_abbreviations)
    counted_here: set[tuple[str, int | None]] = set()  # (metric, period) of its counts other than zero
    for index, (item, year) in enumerate(zip(read.found, read.years, strict=True)):
        if context.cut_short and _runs_to_the_end(sentence.text, item):
            continue
        figure = _figure(sentence, item, in_years(year, context.reporting), context)
        if under_another_law(text, item.mention.start, item.clause.end, context.trafficking_laws):
            continue  # "Under Section 165-1, authorities investigated two new cases"
        previous = read.found[index - 1] if index else None
        if regional and _of_a_region(text, item, previous, regions, context.region_abbreviations):
            continue  # "the KRG did not report prosecuting any traffickers": not Iraq's zero
        by_agency = (  # (money an agency gives is the government's: no part of it)
            item.clause.kind == "main"
            and item.parent is None
            and not item.mention.currency
            and by_one_agency(text[item.clause.start : item.mention.start])
        )
        if by_agency and (figure.metric, figure.period) in context.counted_by_all:
            parts.add(item.metric)  # "MOL prosecuted five cases" after the government's count
        if item.metric in parts or (item.parent is not None and item.parent.metric in parts):
            continue  # one agency's part, its breakdown and the values compared with it
        key = (figure.metric, figure.value, figure.period)
        if item is read.opening_total and key in context.seen:
            continue
        if item.mention.under_one_law and (
            context.counted_before(figure) or (figure.metric, figure.period) in counted_here
        ):
            # "did not prosecute any cases under the statute" after "two prosecutions", or
            # "While courts convicted one trafficker under false imprisonment charges, the
            # government has not obtained a conviction under the anti-trafficking law"
            continue
        if context.counted_before(figure, any_form=True) and counted_by_sentencing(text, item):
            continue  # "Courts sentenced three traffickers" after "convicted three individuals"
        if context.counted_before(figure) and counts_a_part(text, item):
            # "66 investigations involving child victims" after "141 investigations", "four
            # trafficking victims within the asylum system" after "38 victims"
            continue
        placed.append((item.mention.start, figure))
        if figure.value:
            counted_here.add((figure.metric, figure.period))
        law = law_of_count(text, (item.parent or item).mention.start, item.clause.end)
        if law is not None:
            context.under_a_law[id(figure)] = law
        if figure.value and item.clause.kind == "main" and not by_agency:
            context.counted_by_all.add((figure.metric, figure.period))
    for persons in read.persons_of_cases:
        cases = _cases_read_before(context.seen, persons.cases)
        if cases is not None:
            metric, period = cases
            item = Found(persons.mention, persons.noun, metric, persons.noun.head, persons.clause)
            placed.append((persons.mention.start, _figure(sentence, item, period, context)))
    figures = [figure for _, figure in sorted(placed, key=lambda pair: pair[0])]
    context.remember(figures)
    return figures


def _of_a_region(
    text: str, item: Found, previous: Found | None, regions: list[Found], abbreviations: frozenset[str]
) -> bool:
    """True for a count a region's or territory's government is the subject of (see
    :func:`.by_a_region`), for its breakdown, the part of it a partitive counts and the
    values compared with it, which are then added to ``regions``: a part of the
    country's count, never the count. ``previous``: the number read before ``item``."""
    if item.parent is not None and any(item.parent is region for region in regions):
        return True
    if item.noun.partitive and item.noun.anaphoric and regions and regions[-1] is previous:
        regions.append(item)  # "…, three of which resulted in convictions"
        return True
    if item.clause.kind != "main":
        return any(region.metric == item.metric for region in regions)
    if item.mention.currency or not by_a_region(text[item.clause.start : item.mention.start], abbreviations):
        return False
    regions.append(item)
    return True


def _cases_read_before(
    seen: set[tuple[str, float, int | None]], cases: float
) -> tuple[str, int | None] | None:
    """The metric of the persons of ``cases`` cases, and their period, from the one count
    of investigations or prosecutions of that value read before; None when there is no
    such count, or more than one."""
    read = {(persons_metric(m), p) for m, v, p in seen if v == cases and persons_metric(m)}
    if len(read) != 1:
        return None
    ((metric, period),) = read
    return (metric, period) if metric else None


@dataclass(frozen=True, slots=True)
class _Read:
    """A sentence's classified numbers, the years they refer to and the total the
    sentence opens on: all that its text and the reading's arguments decide."""

    found: tuple[Found, ...] = ()
    years: tuple[int | Reporting | None, ...] = ()  # of each found number
    opening_total: Found | None = None
    persons_of_cases: tuple[_PersonsOfCases, ...] = ()


@dataclass(frozen=True, slots=True)
class _PersonsOfCases:
    """A count of the persons cases named again involved ("The 313 cases involved 546
    alleged traffickers"): a figure once a count of ``cases`` cases was read before."""

    mention: Mention
    noun: Noun
    clause: Clause
    cases: float


#: Sentences whose reading is remembered: a pair job reads an old and a new narrative
#: of one country, and about two in five of the new one's sentences are the old one's;
#: the boilerplate many countries' narratives share is read once for all of them (the
#: key holds the country only where the sentence may name its people: country_named).
_MEMO = 16_384


@functools.lru_cache(maxsize=_MEMO)
def _mentions(text: str) -> tuple[Mention, ...]:
    """The sentence's number mentions (:func:`find_mentions`), remembered by its text
    alone: whether there are any decides, before the country and the paragraph are
    looked at, that most sentences hold no figure."""
    return tuple(find_mentions(text))


@functools.lru_cache(maxsize=_MEMO)
def _read(text: str, country: str | None, identification_before: bool) -> _Read:
    mentions = _mentions(text)
    if not mentions:
        return _Read()
    layout = _Layout.of(text, mentions)
    reader = _Reader(text, mentions, layout, country, identification_before)
    for mention in mentions:
        reader.read(mention)
    reader.drop_lists_beyond_their_figure()
    reader.drop_parts_read_twice()
    reader.restate_the_same()
    reader.join_parts()
    found: list[Found] = []
    years: list[int | Reporting | None] = []
    for item in reader.found:
        anchor = item.parent or item  # a breakdown item shares its figure's period
        year = year_for(text, anchor.mention, anchor.clause, layout.restating)
        if year is None and _total_of_several_years(text, item, anchor):
            continue
        found.append(item)
        years.append(year)
        other = _other_year_of_a_zero(text, item)
        if other is not None:
            found.append(item)
            years.append(other)
    return _Read(tuple(found), tuple(years), reader.opening_total, tuple(reader.persons_of_cases))


def _total_of_several_years(text: str, item: Found, anchor: Found) -> bool:
    """True for an undated count over a span of years ("between 2005 and 2011", "over the
    last six years"): no key figure; cases carried over into the period stay its own, and
    a zero ("no convictions to date") is none in any year of the span."""
    if item.mention.value == 0 or without_form(item.metric) in CONTINUED_METRICS:
        return False
    return over_several_years(text, anchor.mention, anchor.clause)


# "no convictions in 2021 or 2020": a zero said of two years
_TWO_YEARS = re.compile(
    r"\s*(?:in|during)\s+(?:19|20)\d\d\s*,?\s+(?:or|and|nor)\s+(?:in\s+)?(?P<other>(?:19|20)\d\d)\b"
)


def _other_year_of_a_zero(text: str, item: Found) -> int | None:
    """The second year a zero is said of ("compared with no convictions in 2021 or
    2020": none in 2020 either), or None; a count other than zero for two years is
    their sum, no year's figure."""
    if item.mention.value != 0 or item.parent is not None:
        return None
    match = _TWO_YEARS.match(text, item.mention.end + item.noun.reach)
    return int(match.group("other")) if match else None


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where a sentence's clauses and parentheses are."""

    clauses: Sequence[Clause]
    parens: Sequence[Paren]
    restating: Sequence[Clause]  # the clauses of parentheses that hold a year
    whole: Clause  # the whole sentence, for a number no clause holds

    @classmethod
    def of(cls, text: str, mentions: Sequence[Mention]) -> _Layout:
        # brackets inside amounts ("210,161 manat ($123,620)") cut nothing
        masked = mask_spans(text, [(m.start, m.end) for m in mentions if m.currency])
        parens = find_parens(masked)
        clauses = find_clauses(masked, parens)
        restating = [
            c for c in clauses if c.kind == "comparison" and any(p.start <= c.start < p.end for p in parens)
        ]
        return cls(clauses, parens, restating, Clause(0, len(text), "main"))

    def clause_of(self, mention: Mention) -> Clause:
        """The clause a number is in; a restating parenthesis before the clause around it."""
        for clause in self.restating:
            if clause.start <= mention.start < clause.end:
                return clause
        for clause in self.clauses:
            if clause.start <= mention.start < clause.end and clause not in self.restating:
                return clause
        return self.whole

    def breakdown_paren(self, mention: Mention) -> Paren | None:
        """The parenthesis without a year a number is in ("(35 sex trafficking, …)")."""
        return self._paren_of(mention, restates=False)

    def restating_paren(self, mention: Mention) -> Paren | None:
        """The parenthesis with a year a number is in ("(432 in 2017)")."""
        return self._paren_of(mention, restates=True)

    def _paren_of(self, mention: Mention, *, restates: bool) -> Paren | None:
        for paren in self.parens:
            if paren.restates == restates and paren.start < mention.start < paren.end:
                return paren
        return None


class _Reader:
    """Classifies a sentence's numbers in the order written, each leaning on those
    before it: a bracketed item breaks down the figure right before the bracket, a
    restated value takes the metric of a main clause's figure."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        layout: _Layout,
        country: str | None,
        identification_before: bool,
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.layout = layout
        self.country = country
        self.identification_before = identification_before
        self.found: list[Found] = []
        self.preceding = Preceding()
        self.main_money_metric: str | None = None  # of the last amount in a main clause
        self.opening_total: Found | None = None  # "Of the 54 victims certified, …"
        # the last number outside brackets when it gave no figure, with its noun's reach
        self.unread: tuple[Mention, int] | None = None
        self.persons_of_cases: list[_PersonsOfCases] = []
        #: the parts listed after "including" of a figure (by its id), in the order read
        self.listed: dict[int, list[Found]] = {}

    def read(self, mention: Mention) -> None:
        clause = self.layout.clause_of(mention)
        if mention.currency is not None:
            self._read_money(mention, clause)
        else:
            self._read_count(mention, clause)

    def _read_money(self, mention: Mention, clause: Clause) -> None:
        if details_a_figure(self.text, clause, mention):
            # "172,000 manat for 19 projects, including 30,000 manat for two NGO-run
            # shelters": a detail is a figure when it is another funding line
            metric = detail_funding_metric(self.text, mention)
            if metric and metric != self.main_money_metric:
                self.found.append(Found(mention, Noun(), metric, None, clause))
            return
        metric = funding_metric(self.text, mention, clause, self.main_money_metric)
        if metric:
            self.found.append(Found(mention, Noun(), metric, None, clause))
            if clause.kind == "main":
                self.main_money_metric = metric

    def _read_count(self, mention: Mention, clause: Clause) -> None:
        text = self.text
        preceding = self.preceding
        noun = read_noun(text, mention.end, self.country)
        if noun.bare:  # "prosecuted fewer defendants (13 compared with 22 in 2022)"
            before = noun_before_brackets(text, mention, self.country)
            if before is not None:
                if before.potential and before.names_part:
                    return  # a part of the potential victims: no figure of its own
                noun = before
            elif self._restates_no_figure(mention):
                return  # "labor inspectors 75 (38 in 2017)": restates what is no figure
        paren = self.layout.breakdown_paren(mention)
        parent = preceding.figure
        if paren is not None and parent is not None and _right_after(text, paren, parent):
            metric = breakdown_metric(parent.metric, noun) or confirmed_among_potential(
                text, mention, parent.metric, noun
            )
            if metric and metric != parent.metric:  # not "labor trafficking victims (349 for forced labor)"
                self.found.append(Found(mention, noun, metric, parent.unit, parent.clause, parent))
            return
        if details_a_figure(text, clause, mention, noun):
            self._read_listed(mention, noun, clause)
            preceding.mention = mention
            self.unread = (mention, noun.reach)
            return
        opening = total_opening_a_sentence(text, mention, noun)
        if opening is not None and not self.found:
            item = Found(mention, noun, opening[0], opening[1], clause)
            self.found.append(item)
            self.opening_total = item
            preceding.mention = mention
            self.unread = None
            return
        persons = preceding.adjacent_figure()
        cases = persons_in_cases(text, mention, noun, persons)
        respective = self._respective_count(mention, noun, clause)
        if respective is not None:
            classified: tuple[Classified, ...] = respective
        elif cases is not None and persons is not None:
            self._count_the_persons_of(persons)
            classified = (cases,)
        else:
            classified = classify_count(
                text, mention, noun, clause, preceding, self.identification_before, self.country
            )
        for metric, unit in classified:
            item = Found(mention, noun, metric, unit, clause)
            self.found.append(item)
            if clause.kind == "main":
                preceding.main_counts.append(item)
            preceding.figure = item
            self._count_one_form_as_the_total(item)
        if not classified and clause.kind == "main" and paren is None:
            preceding.figure = None
            self._note_persons_of_cases(mention, noun, clause)
        if paren is None:
            preceding.mention = mention
            self.unread = None if classified else (mention, noun.reach)

    def _respective_count(
        self, mention: Mention, noun: Noun, clause: Clause
    ) -> tuple[Classified, ...] | None:
        """The metric of the main count a bare number of a "respectively" comparison
        stands against: "charged 43 defendants with sex trafficking and four with labor
        trafficking in 2014, compared with 114 and five, respectively, in 2013" pairs 114
        with 43 and five with four, in the order written; none when the number it pairs
        with is no figure ("received 394 … referrals, and … admitted 247 …, an increase
        from 303 and 229, respectively": 303 restates the referrals). None when the
        counts do not match up."""
        if clause.kind != "comparison" or not noun.bare:
            return None
        marker = _RESPECTIVELY.search(self.text, mention.end, clause.end)
        if marker is None or ";" in self.text[mention.end : marker.start()]:
            return None
        listed = [
            m for m in self.mentions if clause.start <= m.start and m.end <= marker.start() and not m.currency
        ]
        before = {f.mention.start: f for f in reversed(self.preceding.main_counts) if f.mention.start < clause.start}
        counts = sorted(before.values(), key=lambda f: f.mention.start)[-len(listed) :]
        if mention not in listed or len(listed) < 2:
            return None
        if len(counts) == len(listed):
            count = counts[listed.index(mention)]
            return ((count.metric, count.unit),)
        # the main clause's numbers outside brackets, read as figures or not
        outside = [
            m for m in self.mentions if m.end <= clause.start and not m.currency and not self._bracketed(m)
        ]
        listed = [m for m in listed if not self._bracketed(m)]
        if mention not in listed or len(outside) < len(listed):
            return None
        paired = outside[len(outside) - len(listed) + listed.index(mention)]
        figure = before.get(paired.start)
        return () if figure is None else ((figure.metric, figure.unit),)

    def _bracketed(self, mention: Mention) -> bool:
        return any(paren.start < mention.start < paren.end for paren in self.layout.parens)

    def _count_one_form_as_the_total(self, restated: Found) -> None:
        """Read the main clause's one count of victims of one form as the period's
        identified victims too when a plain count of victims is compared with it ("two
        sex trafficking victims …, compared with one victim in 2020"): the text sets like
        against like, so all of them were of that form."""
        if restated.clause.kind != "comparison" or restated.metric != "victims_identified":
            return
        if restated.noun.kind != "victim" or restated.noun.names_part:
            return
        victims = [f for f in self.preceding.main_counts if is_identification(f.metric)]
        if len(victims) != 1 or victims[0].metric not in _ONE_FORM_OF_VICTIMS:
            return
        total = dataclasses.replace(victims[0], metric="victims_identified", unit="victims")
        self.found.append(total)
        self.preceding.main_counts.append(total)

    def _count_the_persons_of(self, persons: Found) -> None:
        """Make a count of persons read as investigations or prosecutions the suspects or
        defendants of the cases counted right after it ("19 suspects in three cases")."""
        metric = persons_metric(persons.metric)
        assert metric is not None
        counted = dataclasses.replace(persons, metric=metric)
        self.found = [counted if item is persons else item for item in self.found]
        main = self.preceding.main_counts
        self.preceding.main_counts = [counted if item is persons else item for item in main]

    def _read_listed(self, mention: Mention, noun: Noun, clause: Clause) -> None:
        """Keep a count listed after "including" when it is a form of trafficking's part
        of the figure right before the list (see :func:`listed_form`)."""
        figure = self.preceding.figure
        if figure is None or figure.mention.start < clause.start:
            return
        listed = self.listed.get(id(figure), [])
        since = listed[-1].mention.end + listed[-1].noun.reach if listed else None
        metric = listed_form(self.text, clause, mention, noun, figure, since)
        if metric is None or metric == figure.metric:
            return  # "503 were labor trafficking victims (including 349 for forced labor, …)"
        item = Found(mention, noun, metric, figure.unit, figure.clause, figure)
        self.found.append(item)
        self.listed[id(figure)] = [*listed, item]

    def drop_lists_beyond_their_figure(self) -> None:
        """Forget the parts listed after "including" of a figure they add up to more
        than: no breakdown of it."""
        for listed in self.listed.values():
            figure = listed[0].parent
            if figure is not None and sum(item.mention.value for item in listed) > figure.mention.value:
                dropped = {id(item) for item in listed}
                self.found = [item for item in self.found if id(item) not in dropped]

    def drop_parts_read_twice(self) -> None:
        """Keep one value for each metric of a figure's breakdown: when two of its parts
        read as one metric ("(four of forced labor, five of sex trafficking, and one of
        forced begging of a minor)"), the breakdown tells apart what the metric merges;
        the part that names the form itself stands for it, else none does."""
        parts: dict[tuple[int, str], list[Found]] = {}
        for item in self.found:
            if item.parent is not None:
                parts.setdefault((id(item.parent), item.metric), []).append(item)
        dropped: set[int] = set()
        for same in parts.values():
            if len(same) < 2:
                continue
            plain = [item for item in same if names_its_form(self._phrase(item))]
            dropped.update(id(item) for item in same if len(plain) != 1 or item is not plain[0])
        if dropped:
            self.found = [item for item in self.found if id(item) not in dropped]

    def restate_the_same(self) -> None:
        """Read "…, the same as in 2017" / "the same number as in 2018" after a count as
        that count restated for the year it names (or the previous period)."""
        for clause in self.layout.clauses:
            if clause.kind != "comparison" or not _THE_SAME.match(self.text, clause.start):
                continue
            stretch = self.text[clause.start : clause.end]
            if not (YEAR_PHRASE.search(stretch) or PREVIOUS_PERIOD.search(stretch)):
                continue
            if any(clause.start <= m.start < clause.end for m in self.mentions):
                continue  # "the same number as the 12 in 2018" is read as written
            before = [
                item
                for item in self.found
                if item.parent is None and item.clause.kind == "main" and item.mention.start < clause.start
            ]
            if before and not before[-1].mention.currency:
                self.found.append(dataclasses.replace(before[-1], clause=clause))

    def join_parts(self) -> None:
        """Read two counts of one metric joined by "and", each of its own group or scope,
        as the one count they add up to ("initiating investigation of one adult sex
        trafficking case and one child sex trafficking case": two investigations), unless
        the clause states that count too."""
        found = self.found
        index = 0
        while index + 1 < len(found):
            first, second = found[index], found[index + 1]
            if self._parts_of_one_count(first, second):
                end = second.mention.end + second.noun.reach
                noun = dataclasses.replace(
                    first.noun, group=None, scope=None, reach=end - first.mention.end
                )
                mention = dataclasses.replace(
                    first.mention, value=first.mention.value + second.mention.value, high=None
                )
                found[index : index + 2] = [dataclasses.replace(first, mention=mention, noun=noun)]
            index += 1

    def _parts_of_one_count(self, first: Found, second: Found) -> bool:
        if first.metric != second.metric or first.clause != second.clause:
            return False
        if first.parent is not None or second.parent is not None or first.mention.currency:
            return False
        if not (first.mention.value and second.mention.value):
            return False
        one, other = first.noun, second.noun
        if one.kind not in _PART_KINDS or other.kind != one.kind or one.head != other.head:
            return False
        if any(n.potential or n.predicate or n.partitive or n.carried_over for n in (one, other)):
            return False
        parts = (one.group and other.group and one.group != other.group) or (
            one.scope and other.scope and one.scope != other.scope
        )
        if not parts or not _JOINED.fullmatch(self.text, first.mention.end + one.reach, second.mention.start):
            return False
        total = without_form(first.metric)
        return not any(  # "initiated three investigations, one adult case and two child cases"
            item is not first and item is not second and item.clause == first.clause
            and without_form(item.metric) == total
            for item in self.found
        )

    def _phrase(self, item: Found) -> str:
        """The words of a part, up to the next mark ("one *of forced begging of a minor*")."""
        words = _TO_A_MARK.match(self.text, item.mention.end)
        return words.group(0) if words else ""

    def _note_persons_of_cases(self, mention: Mention, noun: Noun, clause: Clause) -> None:
        """Keep a count of the persons that cases named again involved, for
        :func:`sentence_figures` to read once it knows which count those cases were."""
        if self.unread is None:
            return
        cases = self.unread[0]
        cases_noun = read_noun(self.text, cases.end, self.country)
        if persons_of_cases_named_again(self.text, cases, cases_noun, mention, noun):
            self.persons_of_cases.append(_PersonsOfCases(mention, noun, clause, cases.value))

    def _restates_no_figure(self, mention: Mention) -> bool:
        """True for a number in brackets with a year right after a number that gave no
        figure and is an item of its own ("; labor inspectors 75 (38 in 2017)", ", and 25
        vocational training (45 in 2019)"): it restates that number, not the figure
        before; one inside the figure's phrase ("referred 61 victims to nine shelters
        (81 in 2022)") leaves the bracket to the figure."""
        paren = self.layout.restating_paren(mention)
        if paren is None or self.unread is None:
            return False
        unread, reach = self.unread
        gap = self.text[unread.end + reach : paren.start]
        if self._part_named_up_to(unread, gap):
            return True  # "120 of whom were victims of forced prostitution (107 in 2016)"
        if not _closes_up(gap):
            return False
        if not self.found:
            return True
        last = self.found[-1]
        return bool(_NEW_ITEM.search(self.text[last.mention.end + last.noun.reach : unread.start]))


    def _part_named_up_to(self, unread: Mention, gap: str) -> bool:
        """True when the number that gave no figure is a part of the figure before it
        ("120 of whom were …", "90 of them …") whose own words run up to the parenthesis
        with no mark between: the parenthesis restates that part."""
        noun = read_noun(self.text, unread.end, self.country)
        return noun.partitive and noun.anaphoric and not _NEW_ITEM_MARK.search(gap)


# two counts joined as the parts of one: "one adult … case and one child … case"
_JOINED = re.compile(r"\s*,?\s+and\s+", re.IGNORECASE)
_PART_KINDS = frozenset({"case", "person", "victim"})
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_NEW_ITEM_MARK = re.compile(r"[;,:—–]")
_THE_SAME = re.compile(r"same\s+(?:number\s+|amount\s+)?as\b", re.IGNORECASE)
_ONE_FORM_OF_VICTIMS = frozenset(f"victims_{form}" for form in TRAFFICKING_FORMS)
_TO_A_MARK = re.compile(r"[^,;:()—–]*?(?=\s+and\s|[,;:()—–]|$)")
# what starts another item of a list or another clause: ";", ",", "and"
_NEW_ITEM = re.compile(r"[;,]|\band\b")


def _runs_to_the_end(text: str, item: Found) -> bool:
    """True when a figure's number, or its noun phrase without a head noun, ends the
    text: the cut may have broken either ("and 2", "10 traff"); "139 trafficking
    victims" stands."""
    rest = text[item.mention.end + item.noun.reach :]
    return item.noun.head is None and not rest.strip(" ,;:()")


def _right_after(text: str, paren: Paren, figure: Found) -> bool:
    """True when a parenthesis directly follows the figure, or its year does (it breaks
    that figure down): "convicted 29 traffickers in 2023 (24 for sex trafficking …)"."""
    return _closes_up(text[figure.mention.end + figure.noun.reach : paren.start])


def _closes_up(gap: str) -> bool:
    """True when what is between a number's noun and a parenthesis leaves the parenthesis
    about that number: nothing, a comma, or the number's year ("in 2023")."""
    return len(gap.strip()) <= 2 or YEAR_PHRASE.fullmatch(gap.strip()) is not None


def _figure(
    sentence: Sentence, item: Found, year: int | None, context: SentenceContext
) -> Figure:
    text = sentence.text
    anchor = item.parent or item  # a breakdown item is in its figure's clause
    if year is None and anchor.clause.kind == "main" and without_form(item.metric) in CONTINUED_METRICS:
        year = context.reporting  # carried over "from previous years" into this period
    restated = anchor.clause.kind == "comparison" or (
        year is not None and context.reporting is not None and year < context.reporting
    )
    unit = item.unit
    if unit is None and item.metric.startswith("victims"):
        unit = "victims"
    mention = item.mention
    return Figure(
        metric=item.metric,
        value=mention.value,
        unit=None if mention.currency else unit,
        currency=mention.currency,
        period=year,
        section=sentence.section,
        sentence=text,
        sentence_index=sentence.index,
        value_high=mention.high,
        quote=text[mention.start : mention.end + item.noun.reach].strip(" ,;"),
        value_usd=mention.usd,
        restated=restated,
        at=sentence.at,
    )
