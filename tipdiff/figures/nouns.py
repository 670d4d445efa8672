"""What a number counts, read from the noun phrase after it: "nine new *defendants*",
"90 were *women*", "55 of these *victims*", "12 *Nigerian* victims", "(35 *sex
trafficking*, …)". :func:`read_noun` gives a :class:`Noun` — its head, the kind of thing
counted, and the breakdown it names (group, scope, form of trafficking).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from ..countries import own_words
from .clauses import BRACKET_COMPARISON
from .numbers import DIGITS, SMALL_NUMBERS, WORD_NUMBER, Mention

_CASE_HEADS = {
    "case": "cases", "cases": "cases", "investigation": "investigations",
    "investigations": "investigations", "prosecution": "prosecutions",
    "prosecutions": "prosecutions", "proceedings": "cases",
    "crime": "cases", "crimes": "cases",  # "investigated no trafficking crimes"
}  # fmt: skip
_PERSON_HEADS = {
    "defendant": "defendants", "defendants": "defendants", "suspect": "suspects",
    "suspects": "suspects", "trafficker": "traffickers", "traffickers": "traffickers",
    "person": "persons", "persons": "persons", "people": "persons",
    "individual": "individuals", "individuals": "individuals", "offender": "offenders",
    "offenders": "offenders", "perpetrator": "perpetrators", "perpetrators": "perpetrators",
    "conviction": "convictions", "convictions": "convictions", "accused": "defendants",
    # the traffickers of slavery cases (Mauritania's anti-slavery courts), counted as such
    "slaveholder": "traffickers", "slaveholders": "traffickers",
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
    "project": "projects", "projects": "projects",
}  # fmt: skip
_HEADS = frozenset(
    (*_CASE_HEADS, *_PERSON_HEADS, *_VICTIM_HEADS, *_OTHER_HEADS, *_OFFICIAL_HEADS)
)
#: The units a case noun or a person noun is counted in.
CASE_UNITS = frozenset(_CASE_HEADS.values())
PERSON_UNITS = frozenset(_PERSON_HEADS.values())

_GROUP_WORDS = {
    "woman": "women", "women": "women", "man": "men", "men": "men", "girl": "girls",
    "girls": "girls", "boy": "boys", "boys": "boys", "child": "children",
    "children": "children", "minor": "children", "minors": "children", "juvenile": "children",
    "adult": "adults", "adults": "adults", "female": "female", "females": "female",
    "male": "male", "males": "male",
}  # fmt: skip
# words that follow a group word when the group word is a modifier ("child victims",
# "female sex trafficking victims")
_VICTIM_MODIFIED = frozenset(
    (*_VICTIM_HEADS, "sex", "labor", "labour", "forced", "trafficking")
)
_STOP_WORDS = frozenset(
    """and or in to for with from who whom that which at on by as than compared were was
    is are including but while after before during into through under per had have has
    been be being whose whereas where when if all of the a an its their up down last""".split()
)
_COPULAS = ("were", "was", "are", "is")
_PARTITIVE_OF = ("the", "these", "those", "them", "whom", "which", "its", "their")
_POINTING_BACK = ("these", "those", "them", "whom", "which")
_ARTICLES = ("a", "an", "the")
_POTENTIAL = frozenset({"potential", "preliminary", "presumed", "possible", "probable", "suspected"})
_EXCLUDING = frozenset({"complicit", "unspecified", "other"})
_CARRIED_OVER = frozenset({"continued", "continuing", "ongoing", "pending"})
# "six investigations remained ongoing", "12 prosecutions were still pending": said of
# the cases after their noun, as "ongoing" is before it
_REMAINED = frozenset({"remained", "remain", "remains", "were", "was", "are", "is"})
_STILL_OPEN = frozenset({"ongoing", "pending"})
_EARLIER = frozenset({"prior", "previous", "earlier", "past"})
_PARTICIPLE = re.compile(r"(?!hundred$)[a-z]{2,}ed")
_DEMONYM = re.compile(r"(?:an|ese|i|ish|ic|ch|ot|ino|ina)$")
_TOKEN = re.compile(r"[A-Za-z][\w’'‐-]*|\d[\d,.]*|[^\w\s]")
#: A mark :func:`_tokens` stops at wherever it is: punctuation, but not a comma or a
#: point a number's token may hold ("1,500", "3.5"). (Written as one character class
#: first, which the regex engine skips to at C speed.)
_STOP = re.compile(r"[^\w\s\-‐’'](?<![\d,.][,.])")
_SEX_FORM = re.compile(r"\bsex(?:ual)?\b")
_LABOR_FORM = re.compile(r"\blabou?r\b|\bbegging\b")
_INTERNAL = re.compile(r"\binternal(?:ly)?\b")
_CHILD_LABOR = re.compile(r"(?:engaged )?in (?:the worst forms of )?child labou?r")
_MAX_TOKENS = 14
_AS_REACH = 4  # words after the head within which "as … victims" says what was counted
_MAX_MODIFIERS = 6

_Token = tuple[str, int, int]  # the word as written, its start and end
_Modifier = tuple[str, str]  # the word in lower case, as written


@dataclass(frozen=True, slots=True)
class Noun:
    """What a number counts, read from the words after it."""

    head: str | None = None  # normalised unit ("cases", "defendants", "victims" …)
    kind: str | None = None  # "case" | "person" | "victim" | "official" | "other" | None
    group: str | None = None
    scope: str | None = None
    form: str | None = None
    potential: bool = False
    excluded: bool = False  # "complicit", both forms …
    such: bool = False  # "eight such projects": like a figure before (a restated value only)
    # "11 continued prosecutions", "12 ongoing investigations", "six cases remained pending"
    carried_over: bool = False
    predicate: bool = False  # "90 were women"
    partitive: bool = False  # "55 of these victims"
    # "two convicted traffickers": persons convicted before, whom another verb may govern
    convicted: bool = False
    anaphoric: bool = False  # the partitive points back: "of these", "of them"
    reach: int = 0  # how far the noun phrase ends past the number's end

    @property
    def bare(self) -> bool:
        """Nothing after the number says what it counts ("… (158 in 2022)")."""
        return self.kind is None and self.head is None and not self.form

    @property
    def names_part(self) -> bool:
        """The noun names a part of a total: a group, a scope or a form of trafficking."""
        return bool(self.group or self.scope or self.form)


def read_noun(sentence: str, start: int, country: str | None) -> Noun:
    """Parse the noun phrase that follows a number ending at ``start`` (its
    :attr:`~Noun.reach` counts from there).

    Steps: a leading "were" (predicate) or "of the" (partitive); modifiers up to the
    head noun; the forms of trafficking, scope and group the words name; what kind of
    thing the head counts.
    """
    phrase, country = _phrase_at(sentence, start, country)
    noun = _read_phrase(phrase, country)
    if noun.head is None and not (noun.predicate or noun.partitive):
        shared = _head_of_the_next_count(phrase, country)
        if shared is not None:
            return shared
    end = start + noun.reach
    if noun.group and noun.kind == "victim" and not noun.predicate and not noun.partitive and _ENDS_ON_A_GROUP.search(sentence, start, end):
        # the phrase ends on its group word ("33 male"), not on a head noun
        others = _OTHER_GROUPS.match(sentence, end)
        if others is not None:
            return _of_every_group(sentence, start, others, country, noun)
    if noun.group and noun.kind == "victim" and not noun.form and not noun.predicate:
        return _exploited_as_listed(sentence, start + noun.reach, noun)
    return noun


_GROUP_WORD = (
    r"(?:male|female|child|children|adults?|minors?|juveniles?|boys?|girls?|men|women)\b"
)
_ENDS_ON_A_GROUP = re.compile(rf"\b{_GROUP_WORD}$", re.IGNORECASE)
_LIST_JOINT = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# the other groups of one count: "33 male, female, and child victims", "12 adult and
# child victims", "20 women, men, and children"
_OTHER_GROUPS = re.compile(
    rf"(?:{_LIST_JOINT}{_GROUP_WORD})+(?=\s+(?P<victims>(?:[\w-]+\s+){{0,2}}?(?:victims|survivors)\b))?",
    re.IGNORECASE,
)


def _of_every_group(
    sentence: str, start: int, others: re.Match[str], country: str | None, noun: Noun
) -> Noun:
    """A count of victims its words say are of several groups ("33 male, female, and
    child victims"): all the victims counted, no group's part; without a head noun
    after the groups ("20 women, men, and children"), no count of one group either."""
    if others.group("victims") is None:
        return dataclasses.replace(noun, excluded=True)
    victims = read_noun(sentence, others.end(), country)
    if victims.kind != "victim" or victims.group:
        return dataclasses.replace(noun, excluded=True)
    return dataclasses.replace(victims, reach=others.end() - start + victims.reach)


# the words of a count without a noun, joined by "and" to the next count, which has one:
# "122 *sex* and 168 labor trafficking cases", "one *confirmed* and 183 potential victims"
_BEFORE_THE_NEXT_COUNT = re.compile(
    rf"(?P<words>(?:\s+[A-Za-z][\w-]*){{1,3}}?)\s+and\s+(?:{DIGITS}|{WORD_NUMBER})(?=\s)",
    re.IGNORECASE,
)


def _head_of_the_next_count(phrase: str, country: str | None) -> Noun | None:
    """The noun of a count whose words name no head, when "and" joins it to the next
    count and that count's noun has one: its own words with that head ("122 sex and 168
    labor trafficking cases": 122 sex trafficking cases; "one confirmed and 183
    potential trafficking victims": one confirmed victim, not a potential one)."""
    joined = _BEFORE_THE_NEXT_COUNT.match(phrase)
    if joined is None:
        return None
    words = joined.group("words")
    if any(word.lower() in _STOP_WORDS for word in words.split()):
        return None
    after = _read_phrase(phrase[joined.end() :], country)
    if after.head is None or after.predicate or after.partitive:
        return None
    own = _read_phrase(f"{words} {after.head}", country)
    if own.head != after.head:
        return None
    return dataclasses.replace(own, reach=len(words))


# the other items of a list of groups and the form of trafficking they were exploited in:
# "239 women, one man, and seven girls were exploited in sex trafficking"
_LISTED_AS_EXPLOITED = re.compile(
    rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:{DIGITS}|{WORD_NUMBER})\s+[\w-]+(?:\s+[\w-]+)?)*"
    r"\s*,?\s+(?:were|was)\s+(?:exploited|subjected)\s+(?:in|to|for)\s+(?P<what>[^,;:.()]{1,40})",
    re.IGNORECASE,
)


def _exploited_as_listed(sentence: str, end: int, noun: Noun) -> Noun:
    """A group of victims a list says the form of (see :data:`_LISTED_AS_EXPLOITED`):
    each item counts the group's victims of that form, a predicate of identified victims."""
    match = _LISTED_AS_EXPLOITED.match(sentence, end)
    forms = _forms(match.group("what").lower()) if match else set()
    if len(forms) != 1:
        return noun
    return dataclasses.replace(noun, form=forms.pop(), predicate=True)


def country_named(text: str, country: str | None) -> str | None:
    """``country`` when ``text`` may name its people, else None: every phrase
    :func:`read_noun` reads is a part of the text, and none that cannot name them reads
    them differently without the country. A memo of whole sentences keyed by this
    shares the reading of a sentence many narratives write (boilerplate)."""
    if country and _may_name_its_people(text.lower(), country):
        return country
    return None


def _may_name_its_people(lowered: str, country: str) -> bool:
    """Whether words of the country's names or adjectives may be in ``lowered``."""
    return any(map(lowered.__contains__, _people_words(country)))


@functools.lru_cache(maxsize=256)
def _people_words(country: str) -> tuple[str, ...]:
    """The country's name cut to four letters, then its :func:`own_words`: one of them
    is in every phrase that may name its people."""
    return (country.lower()[:4], *own_words(country))


def _phrase_at(sentence: str, start: int, country: str | None) -> tuple[str, str | None]:
    """The words of ``sentence`` from ``start`` up to the next stop, and ``country`` if
    they may name its people (else None): all that a noun read there depends on
    (``_read_phrase(*_phrase_at(…))`` is ``_read_noun(sentence, start, country)``).
    Such phrases recur ("cases", "victims of forced labor"): each is read once,
    wherever it is written."""
    stop = _STOP.search(sentence, start)
    phrase = sentence[start : stop.start() if stop else len(sentence)]
    if country and not _may_name_its_people(phrase.lower(), country):
        country = None
    return phrase, country


@functools.lru_cache(maxsize=4096)
def _read_phrase(phrase: str, country: str | None) -> Noun:
    return _read_noun(phrase, 0, country)


#: "fewer defendants (", "more potential child victims of trafficking (": the words a
#: number opening the brackets counts, when it compares this period with another.
_COMPARED_BEFORE = re.compile(r"\b(?:fewer|more)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*\(\s*$", re.I)
_COMPARISON_AFTER = re.compile(rf"\s*,?\s*(?:{BRACKET_COMPARISON})\s", re.I)


def noun_before_brackets(sentence: str, mention: Mention, country: str | None) -> Noun | None:
    """What a number that opens brackets and is compared in them counts, when the words
    before the brackets say it ("prosecuted fewer defendants (13 compared with 22 in
    2022)"); None otherwise."""
    if not _COMPARISON_AFTER.match(sentence, mention.end):
        return None
    words = _COMPARED_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
    if words is None:
        return None
    return dataclasses.replace(read_noun(" " + words.group(1), 0, country), reach=0)


def _read_noun(sentence: str, start: int, country: str | None) -> Noun:
    tokens = _tokens(sentence, start)
    words = [token[0].lower().rstrip(".,") for token in tokens]
    i, predicate, partitive, anaphoric = _lead(words)
    modifiers, head_word, i = _modifiers_and_head(words, tokens, i)
    if head_word in _PERSON_HEADS or head_word in _VICTIM_HEADS:
        # "164 individuals as potential trafficking victims", "eight men from Nepal as
        # potential forced labor victims": counted as what they were identified as
        at = next((j for j in range(i, min(i + _AS_REACH, len(words))) if words[j] == "as"), None)
        more, victim, after = _modifiers_and_head(words, tokens, at + 1) if at is not None else ([], "", i)
        if victim in _VICTIM_HEADS and head_word in _PERSON_HEADS:
            modifiers, head_word, i = modifiers + more, victim, after
        elif victim in _VICTIM_HEADS:
            modifiers = modifiers + [m for m in more if m[0] in _POTENTIAL]
    tail = words[i : i + 4]
    if partitive and not predicate and tail[:1] and tail[0] in ("were", "was"):
        # "Thirty-two of the identified victims were children": the predicate decides
        after_of = tokens[i - 1][2]
        inner = read_noun(sentence, after_of, country)
        return dataclasses.replace(
            inner,
            partitive=True,
            predicate=True,
            anaphoric=anaphoric,
            reach=after_of + inner.reach - start,
        )
    end = tokens[i - 1][2] if 0 < i <= len(tokens) else start
    mods = [word for word, _ in modifiers]
    # "exploited 89 in sex trafficking", "(11 for sex trafficking …)", "charged 43
    # defendants with sex trafficking and four with labor trafficking"
    implicit = not head_word and not modifiers and tail[:1] in (["in"], ["for"], ["with"])
    described = " ".join(mods)
    # "cases of forced labor", "three defendants for sex trafficking", "charged 43
    # defendants with sex trafficking"
    of_phrase = tail[:1] == ["of"] or (
        tail[:1] == ["for"] and (head_word in _CASE_HEADS or head_word in _PERSON_HEADS)
    ) or (tail[:1] == ["with"] and head_word in _PERSON_HEADS)
    if of_phrase or implicit:
        # "prosecutions of forced labor or sex trafficking crimes": both forms, the total
        reach = 5 if len(tail) == 4 and _joins_forms(words, i + 3) else 4
        described += " " + " ".join(words[i + 1 : i + reach])
    forms = _forms(described)
    form = next(iter(forms)) if len(forms) == 1 else None
    if not (head_word or forms or predicate or partitive) and _verb_alone(mods):
        # "compared with the 22 reported in 2023": a verb follows, no noun says what is counted
        return Noun()
    if implicit and form:
        end = tokens[min(i + 2, len(tokens) - 1)][2]
    # "11 labor and sex trafficking investigations" counts every case, as "traffickers for
    # sex or labor trafficking" counts every trafficker; "12 victims of sex and labor
    # trafficking" may be those exploited in both, a part
    excluded = (
        (len(forms) > 1 and head_word not in _CASE_HEADS and "or" not in described.split())
        or bool(_EXCLUDING & set(mods))
        or "both" in described.split()  # "both sex and labor", "of both forms"
        or _of_both_forms(words[i:])
        or bool(_CHILD_LABOR.match(" ".join(tail)))
    )
    scope = "internal" if _INTERNAL.search(described) else None
    group, scope, foreign_nationality = _group_and_scope(modifiers, scope, country)
    if of_phrase and head_word and (form or scope == "internal") and not implicit:
        end = _end_of_of_phrase(words, tokens, i)  # "victims of internal trafficking"
    if head_word in ("foreigner", "foreigners"):
        scope = "foreign"
    # "300 Brazilian sex trafficking victims abroad": the citizens found in other
    # countries, a part of the citizen victims no breakdown names
    abroad = scope == "domestic" and tail[:1] in (["abroad"], ["overseas"])
    # "exploited 89 in sex trafficking" counts victims; "convicted four traffickers, two
    # for sex trafficking" counts what the figure before it counts
    kind, unit = _what_is_counted(head_word, implicit and tail[0] == "in", form, mods)
    if head_word in _VICTIM_HEADS:
        group = _VICTIM_HEADS[head_word] or group
    return Noun(
        head=unit,
        kind=kind,
        group=group,
        scope=scope,
        form=form,
        # only victims are potential: "suspected traffickers", "possible cases" are counted
        potential=bool(_POTENTIAL & set(mods)) and (head_word in _VICTIM_HEADS or not head_word),
        excluded=excluded or foreign_nationality or abroad,
        such="such" in mods,
        carried_over=bool(_CARRIED_OVER & set(mods))
        or _said_to_remain_open(tail)
        or _from_earlier_periods(tail),
        predicate=predicate,
        partitive=partitive,
        convicted=kind == "person" and "convicted" in mods,
        anaphoric=anaphoric,
        reach=end - start,
    )


def _of_both_forms(rest: list[str]) -> bool:
    """True when a relative clause after the head says the persons counted were victims
    of both forms ("four adults *who were victims of both sex trafficking and forced
    labor*"): those exploited in both, a part of the group, not its count."""
    if len(rest) < 3 or rest[0] not in ("who", "that") or rest[1] not in _COPULAS:
        return False
    for word in rest[2:]:
        if word[:1].isdigit() or word in SMALL_NUMBERS:
            return False  # the next item of a list: "… and 16 children who were …"
        if word == "both":
            return True
    return False


def _verb_alone(mods: list[str]) -> bool:
    """True when the one word after a number is a verb's participle ("22 *reported* in
    2023"), not a word that says what is counted ("unspecified", "suspected")."""
    return (
        len(mods) == 1
        and _PARTICIPLE.fullmatch(mods[0]) is not None
        and mods[0] not in _EXCLUDING
        and mods[0] not in _POTENTIAL
    )


def _said_to_remain_open(tail: list[str]) -> bool:
    """True when the words after the head say the cases are still open: "remained
    ongoing", "were still pending"."""
    words = [word for word in tail[:3] if word != "still"]
    return len(words) > 1 and words[0] in _REMAINED and words[1] in _STILL_OPEN


def _from_earlier_periods(rest: list[str]) -> bool:
    """True when the words after the head say the cases are carried over from before the
    period: "from prior cases", "from previous years" (not "initiated in the previous
    reporting period": a restated count of that period's own)."""
    return len(rest) > 1 and rest[0] == "from" and rest[1] in _EARLIER


def _tokens(sentence: str, start: int) -> list[_Token]:
    """The words from ``start`` up to the first punctuation mark (at most 14)."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(sentence, start):
        word = match.group(0)
        if not word[0].isalnum():
            if word in "-‐’'":
                continue
            break
        tokens.append((word, match.start(), match.end()))
        if len(tokens) >= _MAX_TOKENS:
            break
    return tokens


def _lead(words: list[str]) -> tuple[int, bool, bool, bool]:
    """Where the noun phrase starts after a predicate ("were women") or a partitive ("of
    these victims"), and which of the two it is: (index, predicate, partitive, anaphoric).
    """
    i = 0
    predicate = partitive = anaphoric = False
    if words[:1] and words[0] in _COPULAS:
        predicate = True
        i = 1
    elif (
        len(words) > 1
        and words[0] == "of"
        and (
            words[1] in _PARTITIVE_OF or words[1][:1].isdigit() or words[1] in SMALL_NUMBERS
        )
    ):
        partitive = True
        anaphoric = words[1] in _POINTING_BACK
        i = 2
    while (predicate or partitive) and i < len(words) and words[i] in _ARTICLES:
        i += 1
    return i, predicate, partitive, anaphoric


def _modifiers_and_head(
    words: list[str], tokens: list[_Token], i: int
) -> tuple[list[_Modifier], str, int]:
    """The modifiers before the head noun, the head ("" when none) and the index after
    the phrase; a stop word ("and", "in", "who" …) ends the phrase."""
    modifiers: list[_Modifier] = []
    while i < len(words) and len(modifiers) <= _MAX_MODIFIERS:
        word = words[i]
        if word in _HEADS:
            following = words[i + 1] if i + 1 < len(words) else ""
            if not _modifies_a_victim_noun(word, following):
                return modifiers, word, i + 1
        elif word in _STOP_WORDS and not _joins_forms(words, i):
            break
        modifiers.append((word, tokens[i][0]))
        i += 1
    return modifiers, "", i


_FORM_WORDS = frozenset({"sex", "sexual", "labor", "labour"})


def _joins_forms(words: list[str], i: int) -> bool:
    """True for the "and" or "or" of "labor and sex trafficking", "sex or labor
    trafficking", "sex trafficking or forced labor crimes": the phrase goes on to its head."""
    if words[i] not in ("and", "or") or not 0 < i < len(words) - 1:
        return False
    before, after = words[i - 1], words[i + 1]
    if before == "trafficking" and i > 1:  # "sex trafficking or …"
        before = words[i - 2]
    if after == "forced" and i < len(words) - 2:  # "… or forced labor"
        after = words[i + 2]
    return before in _FORM_WORDS and after in _FORM_WORDS


def _modifies_a_victim_noun(word: str, following: str) -> bool:
    """True for a head-like word that modifies the noun after it: "*child* victims",
    "*female* sex trafficking victims", "*adult* defendants", "*national* victims",
    "*crime* victims"."""
    if word in _GROUP_WORDS:
        return following in _VICTIM_MODIFIED or following in _PERSON_HEADS
    if word == "case":  # "five case investigations"
        return following in _CASE_HEADS
    if word in ("crime", "crimes"):  # "crime victims", "crimes suspects": what they name
        return following in _HEADS
    return word == "national" and following in _VICTIM_HEADS


_FORM_NAMED = re.compile(r"\bsex(?:ual)?\b|\blabou?r\b", re.IGNORECASE)


def names_its_form(phrase: str) -> bool:
    """True when ``phrase`` names its form of trafficking by the form's own words ("of
    forced labor", "sex trafficking"), not by one kind of it ("of forced begging")."""
    return _FORM_NAMED.search(phrase) is not None


def _forms(described: str) -> set[str]:
    """The forms of trafficking the words name (both: a total we cannot split)."""
    forms: set[str] = set()
    if _SEX_FORM.search(described):
        forms.add("sex_trafficking")
    if _LABOR_FORM.search(described):
        forms.add("labor_trafficking")
    return forms


def _group_and_scope(
    modifiers: list[_Modifier], scope: str | None, country: str | None
) -> tuple[str | None, str | None, bool]:
    """The group ("women") and scope ("foreign", "domestic") the modifiers name, and
    whether they name another country's nationals — a part of the total we cannot name."""
    group = None
    other_nationality = False
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
            and (word[:4] == country.lower()[:4] or word in own_words(country))
            and word != country.lower()
        ):
            scope = "domestic"  # the country's demonym: "Moldovan citizens", "Sri Lankan"
        elif written[:1].isupper() and _DEMONYM.search(word) and scope is None:
            other_nationality = True
    return group, scope, other_nationality


def _end_of_of_phrase(words: list[str], tokens: list[_Token], i: int) -> int:
    """The end of an "of" phrase after the head: "cases *of forced labor*"."""
    j = i + 1
    while j < len(words) and j <= i + 3 and words[j] not in _STOP_WORDS:
        j += 1
    return tokens[j - 1][2]


def _what_is_counted(
    head_word: str, implicit: bool, form: str | None, mods: list[str]
) -> tuple[str | None, str | None]:
    """The kind of thing counted and its unit, from the head noun."""
    kind: str | None = None
    unit: str | None = None
    if head_word in _CASE_HEADS:
        kind, unit = "case", _CASE_HEADS[head_word]
    elif head_word in _PERSON_HEADS:
        kind, unit = "person", _PERSON_HEADS[head_word]
    elif head_word in _VICTIM_HEADS:
        kind, unit = "victim", "victims"
    elif head_word in _OTHER_HEADS:
        kind, unit = "other", _OTHER_HEADS[head_word]
    elif head_word in _OFFICIAL_HEADS:
        kind, unit = "official", head_word
    elif implicit and form:
        kind, unit = "victim", "victims"  # "exploited 89 in sex trafficking"
    elif not head_word and not form and mods:
        kind = "other"  # an unknown noun ("19 civil society projects")
    # else "(35 sex trafficking, …)": a breakdown item, or nothing at all
    if "years" in mods or head_word in ("year", "years"):
        kind = "other"
    return kind, unit
