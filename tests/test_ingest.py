"""Ingest's whole-text shortcuts give what their per-line definitions give."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from tipdiff import ingest

_SPACES = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def test_blanks_are_the_whitespace_str_split_splits_at_besides_space_and_newline() -> None:
    assert sorted(ingest._BLANKS) == [ch for ch in _SPACES if ch not in " \n"]


@given(st.text(alphabet=st.sampled_from(["a", "b", "-", "|", *_SPACES])))
def test_collapsed_is_split_and_join_per_line(text: str) -> None:
    expected = [" ".join(line.split()) for line in text.split("\n")]
    assert ingest._collapsed(text).split("\n") == expected


@given(st.text(alphabet=st.sampled_from(["a", "B", ".", ";", ")", " ", "\n"])))
def test_glued_sentences_are_split_where_the_lookbehind_pattern_splits_them(text: str) -> None:
    by_position = re.compile(r"(?<=[a-z)]{2}[.;])(?=[A-Z][a-z])").sub(" ", text)
    assert ingest._GLUED_SENTENCE.sub(r"\g<0> ", text) == by_position


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # what a word of the vocabulary is


@given(st.text(alphabet=st.sampled_from(list("aZk- \n.'\u2019\u00e9\u0130\u212a\ud800"))))
def test_vocabulary_words_are_the_word_patterns_matches_in_lower_case(text: str) -> None:
    assert ingest._words(text) == [word.lower() for word in _WORD.findall(text)]
