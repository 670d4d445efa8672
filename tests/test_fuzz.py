"""Fuzzing: load, compare and every renderer on random and mutated real text.

Whatever the input, tipdiff raises nothing but a ``TipdiffError``, and every diff it
returns rebuilds both cleaned texts exactly (the nothing-lost invariant). The number of
examples follows the hypothesis profile: modest in the normal run, a long campaign
with ``python -m pytest --run-slow tests/test_fuzz.py`` (see conftest.py).
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import tipdiff
from tipdiff import render
from tipdiff.errors import TipdiffError
from tipdiff.model import Report, ReportDiff, Sentence

from .conftest import CORPUS, ROOT, SEEDS

#: Examples per test are these numbers times the profile's scale (1 normally).
SCALE = settings().max_examples / 100


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


TEXTS = [p.read_text(encoding="utf-8") for p in sorted([*SEEDS.glob("*.txt"), *CORPUS.glob("*.txt")])]

#: Pieces a mutation inserts: markup, template syntax, control and invisible
#: characters, line breaks, headings, tier and figure phrases, list markers.
SNIPPETS = [
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% include 'x' %}", "</html>", "<p>",
    "<h2>PROSECUTION</h2>", '<img src="file:///etc/passwd">', '<a href="javascript:x()">',
    "<iframe src=//evil>", "onload=alert(1)", "<!--", "]]>", "&amp;", "&#0;", "&lt;b&gt;",
    "\r", "\r\n", "\x00", "\x0b", "\x1b[31m", "\u200b", "\u202e", "\ufeff", "\ud800", "\udc80",
    "\u2028", "\x85", "\u00ad", "🙂", "مرحبا", "\u05e9\u05dc\u05d5\u05dd", "é", "ﬁ",
    "PROSECUTION\n", "\nPROTECTION\n", "\nPREVENTION\n", "\nTRAFFICKING PROFILE\n",
    "Recommendations for Azerbaijan:", "PRIORITIZED RECOMMENDATIONS:\n", "(Tier 3)",
    "remained on Tier 2 Watch List", "was downgraded to Tier 3", "Special Case",
    "$1,000", "(91 in 2019)", "compared with 14 cases in 2022", "nine cases with 12 defendants",
    "210,161 manat ($123,620)", "five to 10 years", "* ", "• ", "; ", ". ", "- ", "1. ",
    "\n\n", "\n", "  ", "U.S.", "e.g.", "No.", "govern-\nment", "Page 3 of 9", "\f", "|",
    "The government maintained prosecution efforts.", "The Government of Moldova does not",
    "As reported over the past five years, human traffickers exploit", "`", "**", "#", "~~",
    "[x](javascript:alert(1))", "@import url(http://evil/x.css);",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, base: str | None = None) -> str:
    """A real text with up to eight random edits."""
    text = base if base is not None else draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["insert", "snippet", "delete", "dup", "swap", "case", "cut"]))
        if not text:
            text = draw(st.sampled_from(SNIPPETS))
            continue
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 3000)))
        if kind == "insert":
            text = text[:i] + draw(st.text(max_size=30)) + text[i:]
        elif kind == "snippet":
            text = text[:i] + draw(st.sampled_from(SNIPPETS)) + text[i:]
        elif kind == "delete":
            text = text[:i] + text[j:]
        elif kind == "dup":
            text = text[:j] + text[i:j] + text[j:]
        elif kind == "swap":
            lines = text.split("\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        elif kind == "case":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i]
    return text


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><title>TIP Report</title><script>x()</script></head><body>{paragraphs}</body></html>"


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"]

texts = st.one_of(
    mutated(),
    mutated().map(as_html),
    st.text(),
    st.lists(st.sampled_from([*SNIPPETS, "trafficking", " the government ", "victims", "2023"]), max_size=80).map("".join),
)
sources = st.one_of(
    texts,
    st.tuples(mutated(), st.sampled_from(ENCODINGS)).map(
        lambda t: t[0].encode(t[1], errors="surrogatepass" if t[1].startswith("utf-8") else "replace")
    ),
    st.binary(max_size=2000),
    st.binary(max_size=200).map(lambda b: b"%PDF-" + b if b[:1] == b"x" else b),
)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two editions: mostly two mutations of one real text, sometimes two unrelated texts."""
    if draw(st.integers(0, 3)) == 0:
        return draw(texts), draw(texts)
    base = draw(st.sampled_from(TEXTS))
    return draw(mutated(base)), draw(mutated(base))


# --------------------------------------------------------------------------- checks


def check_report(report: Report) -> None:
    assert report.text == "\n\n".join(p.text for s in report.sections.values() for p in s.paragraphs)
    assert report.text.encode("utf-8")  # no lone surrogate survives ingest
    assert "\r" not in report.text
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in report.text if ch != "\n")
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")


def check_lossless(diff: ReportDiff) -> None:
    assert diff.reconstruct("old") == diff.old.text
    assert diff.reconstruct("new") == diff.new.text


def _template_markup() -> tuple[set[str], set[str]]:
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "templates").glob("*.j2"))
    return set(re.findall(r"<([a-z][a-z0-9]*)", text)), set(re.findall(r" ([a-z-]+)=\"", text))


TEMPLATE_TAGS, TEMPLATE_ATTRIBUTES = _template_markup()


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name in ("href", "src"):
                self.urls.append(value or "")


def check_html(html: str) -> None:
    """Only the templates' own tags and attributes; links only to the brief itself."""
    parser = _Markup()
    parser.feed(html)
    parser.close()
    assert parser.tags <= TEMPLATE_TAGS, parser.tags - TEMPLATE_TAGS
    assert parser.attributes <= TEMPLATE_ATTRIBUTES, parser.attributes - TEMPLATE_ATTRIBUTES
    assert all(url.startswith("#") for url in parser.urls), parser.urls
    assert html.count("</html>") == 1


def check_markdown(markdown: str) -> None:
    """Input text cannot open a tag, a link or an image in the Markdown brief."""
    tags = set(re.findall(r"<(/?[A-Za-z][A-Za-z0-9]*)", markdown))
    assert tags <= {"details", "/details", "summary", "/summary", "sub", "/sub"}, tags
    assert not re.search(r"(?<!\\)\]\((?!#)", markdown)  # no link target outside the brief


# --------------------------------------------------------------------------- the fuzz tests


@fuzz(80)
@given(sources)
def test_load_raises_nothing_but_tipdiff_errors(source: str | bytes) -> None:
    try:
        report = tipdiff.load(source)
    except TipdiffError as exc:
        event(f"refused: {type(exc).__name__}")
        return
    event("loaded")
    check_report(report)


@fuzz(40)
@given(pairs())
def test_compare_and_render_raise_nothing_and_lose_nothing(texts: tuple[str, str]) -> None:
    try:
        old, new = tipdiff.load(texts[0]), tipdiff.load(texts[1])
    except TipdiffError as exc:
        event(f"refused: {type(exc).__name__}")
        return
    event("compared")
    diff = tipdiff.compare(old, new)
    check_lossless(diff)
    html = render.render_html(diff)
    check_html(html)
    html.encode("utf-8")
    check_html(render.render_html(diff, fragment=True) + "</html>")
    check_markdown(render.render_markdown(diff))
    data = json.loads(render.render_json(diff).encode("utf-8"))
    assert data == json.loads(json.dumps(diff.to_dict()))


@pytest.mark.pdf
@fuzz(3)
@given(pairs())
def test_pdf_of_fuzzed_text_prints_and_keeps_the_words(texts: tuple[str, str]) -> None:
    try:
        diff = tipdiff.compare(*texts)
    except TipdiffError:
        return
    check_lossless(diff)
    pdf = render.render_pdf_bytes(diff)
    assert pdf.startswith(b"%PDF")
    pypdf = pytest.importorskip("pypdf")  # the PDF is read back: a test extra
    first = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    country = render.brief_context(diff).country
    assert "CHANGE BRIEF" in first
    assert country in first or not country.replace(" ", "").isalpha()


def test_every_snippet_in_a_real_text() -> None:
    """Each snippet put into the middle of a real text (round robin): a TipdiffError or
    a report that keeps the invariants, and most of them still read as narratives."""
    loaded = 0
    for number, snippet in enumerate(SNIPPETS):
        text = TEXTS[number % len(TEXTS)]
        middle = len(text) // 2
        try:
            report = tipdiff.load(text[:middle] + snippet + text[middle:])
        except TipdiffError:
            continue
        check_report(report)
        loaded += 1
    assert loaded >= 0.9 * len(SNIPPETS)


@pytest.mark.slow
def test_long_campaign_covers_every_seed_and_corpus_text() -> None:
    """Under --run-slow: each real text, mutated many times, compared with itself."""

    @fuzz(20)
    @given(st.data())
    def one(data: st.DataObject) -> None:
        base = data.draw(st.sampled_from(TEXTS))
        old, new = data.draw(mutated(base)), data.draw(mutated(base))
        try:
            diff = tipdiff.compare(old, new)
        except TipdiffError:
            return
        check_lossless(diff)
        check_html(render.render_html(diff))

    one()



# --------------------------------------------------------------------------- bounded cost
#
# Structural guards for the normal run (no clock): the work each fixed hot spot does
# is counted on a pathological input. Timing lives in tests/scale.py and in the slow
# test below.


def test_sentence_splitting_looks_at_each_abbreviation_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from tipdiff import sentences

    seen: list[int] = []
    real = sentences.is_abbreviation

    def counting(text: str) -> bool:
        seen.append(len(text))
        return real(text)

    # The splitter asks through its cache of words: count what it asks, not the misses.
    monkeypatch.setattr(sentences, "_is_abbreviated_word", counting)
    paragraph = "The U.S. Embassy reported. " + "U.S. " * 20_000 + "Done."
    assert sentences.split_sentences(paragraph)[0] == "The U.S. Embassy reported."
    assert len(seen) >= 20_000 and sum(seen) <= 10 * len(paragraph)  # not 20,000 × 100 kB


def test_word_operations_never_hand_difflib_an_enormous_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    import difflib

    from tipdiff import align

    sizes: list[int] = []
    real = difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, isjunk: object, a: list[str], b: list[str], **kw: object) -> None:
            sizes.append(len(a) * len(b))
            super().__init__(isjunk, a, b, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(difflib, "SequenceMatcher", Counting)  # wherever align calls it from
    words = ("the government investigated cases and victims were identified " * 3_000).split()
    old = " ".join(words)
    new = " ".join(w + "s" if i % 97 == 0 else w for i, w in enumerate(words))
    ops = align.word_ops(old, new)
    assert "".join(t for op, t in ops if op != "insert") == old
    assert "".join(t for op, t in ops if op != "delete") == new
    assert all(size <= align._MATCHER_CELLS for size in sizes)  # only small gaps reach difflib
    # (Its gaps hold nothing equal, which needs no difflib: a small pair shows the patch works.)
    align.word_ops("a b a c", "c a b a")
    assert sizes, "the patch was not reached: word_ops no longer calls difflib.SequenceMatcher"


def test_merges_are_tried_with_a_bounded_number_of_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    from tipdiff import align
    from tipdiff.align import recommendations

    calls = 0
    real = recommendations._score_group  # what match_recommendations calls, where it looks it up

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recommendations, "_score_group", counting)
    old = [f"Increase efforts to protect victims in region {i} and train officials" for i in range(90)]
    new = [" ".join(old[:45]), " ".join(old[45:])]  # two huge items holding all the old ones
    matches = align.match_recommendations(old, new)
    assert sorted(r for m in matches for r in m.old_rank) == list(range(1, 91))
    assert calls > 0, "the patch was not reached: groups are scored elsewhere now"
    assert calls <= 4 * 90 * 2 + 2 * align._MERGE_PARTS**2  # not 2 × 90² / 2 pairs


def test_figures_skip_a_sentence_too_big_to_be_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from tipdiff.figures import extraction

    read: list[str] = []
    real = extraction.sentence_figures

    def reading(sentence: Sentence, ctx: object) -> object:
        read.append(sentence.text)
        return real(sentence, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "sentence_figures", reading)
    table = "The government reported " + ", ".join(f"{n} victims" for n in range(2_000)) + "."
    report = tipdiff.load("The government maintained anti-trafficking efforts. " + table)
    assert report.figures == () and len(read) == 1  # only the first sentence was read
    assert table in report.text  # kept and compared all the same


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["seed", "same sentence", "same word", "one paragraph",
                                   "wrapped paragraph", "hyphenated lines", "recommendations", "whitespace",
                                   "abbreviations"])  # fmt: skip
def test_time_and_memory_grow_linearly(shape: str) -> None:
    """Four times the input costs about four times the time (quadratic would be 16×)."""
    from . import scale

    small = scale.run(shape, 250_000)
    large = scale.run(shape, 1_000_000)
    assert large["total"] < 8 * max(small["total"], 0.2), (small, large)
    assert large["rss_mb"] < 8 * small["rss_mb"], (small, large)
