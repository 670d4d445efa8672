"""The figures stage's shortcuts agree with the long way: a cheap test run before a
costly pattern may say "maybe" where the pattern then finds nothing, never "no" where it
would find something; a noun read from its phrase is the noun read from the sentence."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tipdiff.figures import (
    classify,
    clauses,
    cues,
    mentions,
    money,
    nouns,
    numbers,
    periods,
    sentence,
    subjects,
)
from tipdiff.folding import lower_folded

_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_lower_folded_makes_ascii_letters_of_what_ignorecase_matches_with_one() -> None:
    twins = set()
    for letter in string.ascii_lowercase:
        for char in re.findall(letter, _EVERY_CHARACTER, re.IGNORECASE):
            assert lower_folded(char) == letter, (char, letter)
            twins.add(char)
    others = "".join(char for char in _EVERY_CHARACTER if char not in twins)
    assert not re.search("[a-z]", lower_folded(others))


_WORDS = st.sampled_from(
    """seven Seven ſeven SEVEN ſix SİX sıx Thirty-two twenty‐one hundred 12 2023 1,500 3.5
    million manat córdobas CÓRDOBAS euros $ € £ USD eur Article Articles arts. Section Law
    No. nos. compared than versus down from increase identified certifıed İdentified
    recognised Türkiye government’s victims cases ( ) ; , . - ‐ and in of Arts. Tier
    TIER MOU Paras. § pp. Vol. October Oct. Sept aged ages under than age AGE ſection""".split()
)


def _texts(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    gaps = st.sampled_from(["", " ", "  ", "-", "ü"])
    return st.lists(st.tuples(words, gaps), max_size=14).map(
        lambda parts: "".join(word + gap for word, gap in parts)
    )


_TEXTS = _texts(_WORDS)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_gate_says_no_only_where_its_pattern_finds_nothing(text: str) -> None:
    if not numbers.may_hold_number(text):
        assert not numbers.NUMBER.search(text)
        assert not money.MONEY.search(text)
    if not money.may_hold_money(text):
        assert not money.MONEY.search(text)
    if not mentions._may_list_articles(text):
        assert not mentions._ARTICLE_LIST.search(text)
    if not mentions._may_precede_no_count(text):
        assert not mentions._NOT_A_COUNT_BEFORE.search(text)
    if not clauses._may_compare(text):
        assert not clauses.COMPARISON.search(text)
    assert cues.speaks_of_identification(text) == bool(cues.IDENTIFICATION.search(text))


#: Gates that a pattern's own words test best: (the gate, its pattern, those words).
_WORD_GATES = {
    "zero": (
        lambda text: any(no in text for no in mentions._ZERO_NO),
        mentions._ZERO,
        "no No nO zero Zero ZERO new trafficking convictions prosecutions investigations "
        "convicted prosecuted investigated indicted traffickers defendants cases officials "
        "did not newly any initiate obtain prosecute convict indict person persons",
    ),
    "term in years": (
        mentions._may_give_a_term,
        mentions._TERM_IN_YEARS,
        "10 ten Ten 1,500 - ‐ year YEAR Year prison sentence term a",
    ),
    "part of a figure": (
        classify._may_be_part_of,
        classify._PART_OF_BEFORE,
        "of Of OF among out the these those all whom which each both one none some most "
        "many any majority total remaining another every but 12 1,500 victims",
    ),
    "undated past": (
        periods._may_be_undated,
        periods._UNDATED_PAST,
        "in during from previous prior past PAST reporting years periods to date since "
        "between 2019 and cumulative Cumulative",
    ),
    "new main clause": (
        clauses._may_start_a_main_clause,
        clauses._NEW_MAIN,
        "; , and AND And ſo then investigated Convicted identıfied trained formally victims",
    ),
    "details": (
        lambda text: any(word in lower_folded(text) for word in classify._DETAIL_WORDS),
        classify._DETAILS,
        "including INCLUDING of which whom among them wh 12 victims , ;",
    ),
    "not imposed": (
        lambda text: any(word in lower_folded(text) for word in mentions._NOT_IMPOSED_WORDS),
        mentions._NOT_IMPOSED,
        "prescribed PENALTIES punishable carry carries carried provides provide for faces face "
        "would ſhould surface the law",
    ),
    "region": (
        lambda text: subjects.may_name_a_region(text, frozenset()),
        subjects._region_subject(frozenset()),
        "the The KRG Kurdistan Regional Government Region Edo State ſtate Zanzibar police "
        "authorities in In , and did not prosecuted Federation Srpska provincial governments",
    ),
    "year phrase": (
        lambda text: "19" in text or "20" in text,
        clauses.YEAR_PHRASE,
        "in during throughout for calendar fiscal year FY 2022 1999 2019 – - 1 9 2 0",
    ),
}


@pytest.mark.parametrize("name", sorted(_WORD_GATES))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_word_gate_says_no_only_where_its_pattern_finds_nothing(
    name: str, data: st.DataObject
) -> None:
    gate, pattern, words = _WORD_GATES[name]
    text = data.draw(_texts(st.sampled_from(words.split())))
    if not gate(text):
        assert not pattern.search(text)


_PHRASE_WORDS = st.sampled_from(
    """victims cases Moldovan Moldova moldovan Nigerian of the these were was women child
    sex labor forced trafficking in for and 1,500 3.5 12 2023 , . ; ( ) - ‐ ’ ' — ü _""".split()
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_PHRASE_WORDS, st.sampled_from(["", " ", "  "])), max_size=24),
    st.integers(min_value=0, max_value=40),
    st.sampled_from([None, "", "Moldova", "Nigeria"]),
)
# the rules read_noun adds after the phrase ("20 women, men, and children": no count of
# one group) are not the phrase's reading
@example([("women", ""), (",", ""), ("women", "")], 0, None)
def test_a_noun_read_from_its_phrase_is_the_noun_read_from_the_sentence(
    parts: list[tuple[str, str]], start: int, country: str | None
) -> None:
    sentence = "".join(word + gap for word, gap in parts)
    start = min(start, len(sentence))
    read = nouns._read_phrase(*nouns._phrase_at(sentence, start, country))
    assert read == nouns._read_noun(sentence, start, country)


_SENTENCE_WORDS = st.sampled_from(
    """identified referred convicted victims cases Moldovan Moldova moldovan MOLDOVAN Nigerian
    of the were women child sex labor forced trafficking in and 12 2023 nine , ; ( ) ü""".split()
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_SENTENCE_WORDS, st.sampled_from([" ", ""])), max_size=20),
    st.sampled_from(["Moldova", "Nigeria"]),
)
def test_a_sentence_that_cannot_name_the_country_s_people_reads_the_same_without_it(
    parts: list[tuple[str, str]], country: str
) -> None:
    text = "".join(word + gap for word, gap in parts)
    read = sentence._read.__wrapped__
    assert read(text, nouns.country_named(text, country), False) == read(text, country, False)


@given(st.text(alphabet="a1 ,.;-‐’'(_ü\t", max_size=12), st.integers(min_value=0, max_value=12))
def test_the_stop_of_a_noun_phrase_is_a_mark_but_a_number_s_comma_or_point(
    text: str, start: int
) -> None:
    written_first = re.compile(r"[^\w\s\-‐’',.]|(?<![\d,.])[,.]")  # its definition
    new, old = nouns._STOP.search(text, start), written_first.search(text, start)
    assert (new.start() if new else None) == (old.start() if old else None)


@given(
    st.text(alphabet="ab ();$1", max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=4),
)
def test_mask_spans_makes_inert_exactly_the_brackets_and_semicolons_in_its_spans(
    sentence: str, spans: list[tuple[int, int]]
) -> None:
    spans = [(min(a, len(sentence)), min(b, len(sentence))) for a, b in spans]
    inside = {i for a, b in spans for i in range(a, b)}
    expected = "".join("#" if i in inside and c in "();" else c for i, c in enumerate(sentence))
    assert clauses.mask_spans(sentence, spans) == expected
