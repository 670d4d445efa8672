"""Ingest's whole-text shortcuts give what their per-line definitions give."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tipdiff import headings, ingest, sentences

_SPACES = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def test_blanks_are_the_whitespace_str_split_splits_at_besides_space_and_newline() -> None:
    assert sorted(ingest._BLANKS) == [ch for ch in _SPACES if ch not in " \n"]


@given(st.text(alphabet=st.sampled_from(["a", "b", "-", "|", *_SPACES])))
def test_collapsed_is_split_and_join_per_line(text: str) -> None:
    expected = [" ".join(line.split()) for line in text.split("\n")]
    assert ingest.collapsed(text).split("\n") == expected


_CHROME_PIECES = [
    *("(Author)", "(Autor)", " - U.S. Department of State", " | the United States ", "Department of State"),
    *("(continued)", "Kenya ", "(Continued)"),
    *("a", "ſ", "1", " "),
]


@given(st.lists(st.sampled_from(_CHROME_PIECES) | st.text(max_size=2), max_size=6))
def test_a_chrome_line_is_what_the_whole_chrome_pattern_matches(pieces: list[str]) -> None:
    line = "".join(pieces)
    whole = ingest._CHROME_LINE.match(line) is not None or not line.strip(ingest._RULE_CHARACTERS)
    assert ingest.is_chrome(line) == whole


@given(st.text(alphabet=st.sampled_from(["a", "B", "1", "-", ".", ";", ")", " ", "\n", "•"])))
def test_glued_sentences_are_split_where_the_lookbehind_pattern_splits_them(text: str) -> None:
    by_position = re.compile(r"(?<=[\w)-][A-Za-z0-9)][.;])(?=[A-Z][a-z]|•)").sub(" ", text)
    assert ingest._GLUED_SENTENCE.sub(r"\g<0> ", text) == by_position



@given(st.text(alphabet=st.sampled_from(["a", "B", "Z", ".", ";", ")", " ", "\u00c9", "\ud800", "•"])))
def test_glued_sentences_are_split_only_in_texts_the_byte_test_lets_through(text: str) -> None:
    assert ingest._unglued(text) == ingest._GLUED_SENTENCE.sub(r"\g<0> ", text)


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # what a word of the vocabulary is


@given(st.text(alphabet=st.sampled_from(list("aZk- \n.'\u2019\u00e9\u0130\u212a\ud800"))))
def test_vocabulary_words_are_the_word_patterns_matches_in_lower_case(text: str) -> None:
    assert ingest._words(text) == [word.lower() for word in _WORD.findall(text)]


def _normalised_by_pattern(text: str) -> str:
    """:func:`ingest.normalise` as first written: one pattern for the characters to map,
    one for those outside printable ASCII, looked at one by one."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub("\u00ad(?=[ \t]*[\n\f\v\u2028\u2029\u0085])", "-", text)
    to_map = re.compile("[" + "".join(map(re.escape, ingest._CHAR_MAP)) + "]")
    text = to_map.sub(lambda match: ingest._CHAR_MAP[match.group()], text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cs":
            kept.append("\ufffd")
        elif ch == "\n" or " " <= ch <= "~" or category not in ("Cc", "Cf"):
            kept.append(ch)
    return "".join(kept)


@given(
    st.text(
        alphabet=st.sampled_from(
            [
                *"a \n\r\t\f\v\x00\x1b\x7f\x85\xa0\u00ad\u200b\u2019\u201c\u2028\ufeff",
                *("\ud800", "\udc00", "\U0001f600", "e", "\u0301", "\u202e", "\u2033", "\ufb01"),
            ]
        )
    )
)
def test_normalise_is_the_pattern_definition(text: str) -> None:
    assert ingest.normalise(text) == _normalised_by_pattern(text)


_LINK_PROMPT_HINT = re.compile("|".join(ingest._LINK_PROMPT_WORDS), re.I)


@given(st.text(alphabet=st.sampled_from(list("readclikownvs RCK\u017f\u212a\u0130\u0131"))))
def test_a_link_prompt_hint_is_what_the_hint_pattern_finds(tail: str) -> None:
    assert ingest._may_end_in_link_prompt(tail) == bool(_LINK_PROMPT_HINT.search(tail))


def _unwrapped_line_by_line(lines: ingest._Lines) -> list[tuple[str, int, bool]]:
    """:func:`ingest._unwrap` as first written: every line asked whether it ends the
    paragraph, then appended to its pieces."""
    texts = lines.texts
    gaps = sum(1 for blank in lines.blanks[1:] if blank)
    blanks_mean_breaks = gaps < 0.5 * max(1, len(texts) - 1)
    lengths = sorted(len(text) for text in texts if len(text) > 25) or [80]
    width = lengths[int(0.8 * (len(lengths) - 1))]
    vocabulary = ingest._vocabulary("\n".join(texts))
    paragraphs: list[tuple[str, int, bool]] = []
    pieces: list[str] = []
    start, prev_heading, prev_ends = lines.numbers[0], False, False

    def is_title(index: int) -> bool:  # "GHANA: Tier 2 Watch List", a paragraph of its own
        text = texts[index]
        return (
            len(text) < 0.85 * width
            and text[:1].isupper()
            and re.search(r"(?:\(\s*(?:tier \d|special case)\s*\)|:\s*(?:tier \d|special case))$", text, re.I)
            is not None
        )

    # the title block that opens the text ("The 2009 Trafficking in Persons Report"):
    # short lines that end no sentence, in a name, a number or a bracket, each before a
    # capital
    title_block = set()
    for index, text in enumerate(texts[: min(8, len(texts) - 1)]):
        end = text.rstrip()
        if (
            len(text) >= 0.85 * width
            or ingest.ends_with_stop(text)
            or not (end.split()[-1][:1].isupper() or end[-1:].isdigit() or end.endswith(")"))
            or not texts[index + 1][:1].isupper()
        ):
            break
        title_block.add(index)

    for index, text in enumerate(texts):
        heading = lines.headings[index] or headings.is_heading_line(text)
        if pieces:
            # a line goes on after a blank one when the line before stops mid-sentence
            # and is a full line of text (no title): a PDF's block ended there
            full_line = len(texts[index - 1]) >= 0.85 * width and not re.search(
                r"(?:\(|:)\s*(?:tier \d|special case)\)?$", texts[index - 1], re.I
            )
            # ... and after a list's item ended by a semicolon, in a line in lower case
            item_runs_on = texts[index - 1].rstrip("\"')]”’").endswith(";") and text[:1].islower()
            continues = index > 1 and (
                (not prev_ends and (text[:1].islower() or full_line)) or item_runs_on
            )
            if (
                heading
                or prev_heading
                or is_title(index)
                or is_title(index - 1)
                or index in title_block
                or index - 1 in title_block
                or (not continues and blanks_mean_breaks and lines.blanks[index] > 0)
                or (
                    prev_ends
                    and len(texts[index - 1]) < 0.85 * width
                    # a list's item ended by a semicolon runs on in a line in lower case
                    and not item_runs_on
                )
                or (prev_ends and headings.run_in_heading(text) is not None)
            ):
                paragraphs.append(("".join(pieces), start, prev_heading))
                pieces, start = [], lines.numbers[index]
        if not pieces:
            pieces.append(text)
        elif pieces[-1].endswith("-"):
            pieces.append(ingest._hyphen_join(pieces, text, vocabulary) + text)
        else:
            pieces.append(" " + text)
        prev_heading = heading
        prev_ends = ingest.ends_with_stop(text) and not sentences.is_abbreviation(text)
    paragraphs.append(("".join(pieces), start, prev_heading))
    return paragraphs


_LINE_WORDS = ["gov-", "ern-", "ment", "anti-", "traf-", "ficking.", "U.S.", "The", "it", "a.", "ISIS;",
               "PROSECUTION", "Protection:", "officials.\"", "no", "-", "x" * 30, "Prevention:",
               "(Tier 2)", "TIER 3", "MALI: Tier 2"]  # fmt: skip


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=4),
            st.integers(0, 2),
            st.booleans(),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_unwrap_breaks_where_the_line_by_line_reading_breaks(
    rows: list[tuple[list[str], int, bool]],
) -> None:
    texts = tuple(" ".join(words) for words, _, _ in rows)
    lines = ingest._Lines(
        texts,
        tuple(range(1, len(rows) + 1)),
        tuple(blank for _, blank, _ in rows),
        tuple(marked for _, _, marked in rows),
    )
    assert ingest._unwrap(lines) == _unwrapped_line_by_line(lines)
