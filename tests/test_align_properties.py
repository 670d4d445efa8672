"""Property tests of the align stage on real paragraphs with random edits: nothing lost."""

from __future__ import annotations

import difflib
import itertools
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tipdiff.align import _token_opcodes, compare_reports, match_recommendations, word_ops
from tipdiff.model import CANONICAL_ORDER, ChangeKind, Op, RecommendationStatus, SectionName
from tipdiff.segment import SectionBlock, build_report
from tipdiff.sentences import split_sentences

from .conftest import CORPUS, SEEDS
from .test_align import check_lossless, side_text


def _paragraphs() -> list[str]:
    """Real paragraphs: every blank-line block and every line of the seeds and corpus."""
    found: dict[str, None] = {}
    for path in sorted([*Path(SEEDS).glob("*.txt"), *Path(CORPUS).glob("*.txt")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        for chunk in [*re.split(r"\n\s*\n", text), *text.splitlines()]:
            paragraph = " ".join(chunk.split())
            if len(paragraph) >= 40:
                found[paragraph] = None
    return list(found)


PARAGRAPHS = _paragraphs()
SENTENCES = sorted({s for p in PARAGRAPHS for s in split_sentences(p)})
WORDS = ["$410", "recognized", "Türkiye", "“alleged”", "(90", "2024).", "the", "NGO-run", "-", "*"]
SECTIONS = list(CANONICAL_ORDER)

Structure = dict[SectionName, list[list[str]]]  # section → paragraphs → sentences


@st.composite
def narratives(draw: st.DrawFn) -> Structure:
    names = draw(st.lists(st.sampled_from(SECTIONS), min_size=1, max_size=4, unique=True))
    return {
        name: [
            split_sentences(p)
            for p in draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3))
        ]
        for name in names
    }


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["substitute", "delete", "insert", "swap", "move"]),
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.integers(0, 10**6),
    ),
    max_size=8,
)


def apply(structure: Structure, edits: list[tuple[str, int, int, int]]) -> Structure:
    out = {name: [list(p) for p in paragraphs] for name, paragraphs in structure.items()}
    for kind, a, b, c in edits:
        slots = [(n, i) for n, ps in out.items() for i in range(len(ps))]
        name, i = slots[a % len(slots)]
        sentences = out[name][i]
        if kind == "insert":
            sentences.insert(b % (len(sentences) + 1), SENTENCES[c % len(SENTENCES)])
            continue
        if not sentences:
            continue
        k = b % len(sentences)
        if kind == "substitute":
            words = sentences[k].split(" ")
            words[c % len(words)] = WORDS[c % len(WORDS)]
            sentences[k] = " ".join(words)
        elif kind == "delete":
            del sentences[k]
        elif kind == "swap" and len(sentences) > 1:
            j = (k + 1) % len(sentences)
            sentences[k], sentences[j] = sentences[j], sentences[k]
        elif kind == "move":
            target_name, target = slots[c % len(slots)]
            moving = sentences.pop(k)
            out[target_name][target].insert(c % (len(out[target_name][target]) + 1), moving)
    return out


def build(structure: Structure, year: int) -> object:
    blocks = [
        SectionBlock(name, tuple(" ".join(p) for p in paragraphs if p))
        for name, paragraphs in structure.items()
    ]
    recommendations = tuple(s for p in structure.get(SectionName.RECOMMENDATIONS, []) for s in p)
    return build_report(blocks, recommendations=recommendations, year=year)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(narratives(), EDITS)
def test_edited_pair_rebuilds_both_sides(
    structure: Structure, edits: list[tuple[str, int, int, int]]
) -> None:
    old = build(structure, 2023)
    new = build(apply(structure, edits), 2024)
    diff = compare_reports(old, new)  # type: ignore[arg-type]
    check_lossless(diff)
    for section in diff.sections:
        stats = section.stats
        counts = (stats.unchanged, stats.reworded, stats.added, stats.removed, stats.moved)
        assert sum(counts) == len(section.changes)
        for change in section.changes:
            assert (change.kind is ChangeKind.MOVED) == (change.moved_from is not None)
    ranks_old = sorted(r for m in diff.recommendations for r in m.old_rank)
    ranks_new = sorted(r for m in diff.recommendations for r in m.new_rank)
    assert ranks_old == list(range(1, len(diff.old.recommendations) + 1))
    assert ranks_new == list(range(1, len(diff.new.recommendations) + 1))


@SETTINGS
@given(narratives())
def test_unedited_pair_has_no_changes(structure: Structure) -> None:
    diff = compare_reports(build(structure, 2023), build(structure, 2024))  # type: ignore[arg-type]
    check_lossless(diff)
    assert all(c.kind is ChangeKind.UNCHANGED for c in diff.changes)
    assert all(m.status is RecommendationStatus.CARRIED for m in diff.recommendations)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_word_ops_spell_both_texts(old: str, new: str) -> None:
    ops = word_ops(old, new)
    assert side_text(ops, "old") == old
    assert side_text(ops, "new") == new
    assert all(text for _, text in ops)
    # Runs are maximal: no two neighbours with the same op.
    assert all(a[0] is not b[0] for a, b in itertools.pairwise(ops))
    assert all(op in Op for op, _ in ops)
    # Marks cover whole words: the operations hold each text's words (section stats count them so).
    assert sum(len(t.split()) for op, t in ops if op is not Op.INSERT) == len(old.split())
    assert sum(len(t.split()) for op, t in ops if op is not Op.DELETE) == len(new.split())


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), max_size=12),
    st.lists(st.sampled_from(SENTENCES), max_size=12),
)
def test_every_recommendation_is_matched_once(old: list[str], new: list[str]) -> None:
    matches = match_recommendations(old, new)
    assert sorted(r for m in matches for r in m.old_rank) == list(range(1, len(old) + 1))
    assert sorted(r for m in matches for r in m.new_rank) == list(range(1, len(new) + 1))
    for m in matches:
        assert side_text(m.ops, "old") == " ".join(m.old)
        assert side_text(m.ops, "new") == " ".join(m.new)


# Few distinct tokens, so that repeats (the hard case for a shortcut) are common.
TOKENS = st.lists(st.sampled_from(["the", "victims", ",", "2024", "shelter"]), max_size=12)
PLACES = st.tuples(st.integers(0, 12), st.integers(0, 12))


@settings(max_examples=800, deadline=None)
@given(a=TOKENS, b=TOKENS, edit=st.none() | PLACES)
# An insertion (a deletion) before a longer run that also comes earlier: difflib then
# matches the earlier copy of that run.
@example(a=["the", "the", "the"], b=["the", "2024", "the", "the"], edit=None)
@example(a=["the", "2024", "the", "the"], b=["the", "the", "the"], edit=None)
def test_token_opcodes_are_difflibs(
    a: list[str], b: list[str], edit: tuple[int, int] | None
) -> None:
    """Word operations skip difflib for a pair edited in one place (most rewordings):
    the opcodes must be exactly difflib's, for such pairs and for unrelated ones."""
    if edit is not None:  # a with a[start:end] replaced by b's first tokens
        start, end = sorted(min(place, len(a)) for place in edit)
        b = a[:start] + b[:3] + a[end:]
    expected = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    assert list(_token_opcodes(a, b)) == expected


WORD_LISTS = st.lists(st.sampled_from(["the", "victims", "shelter", "court", "labor"]), max_size=8)


@settings(max_examples=800, deadline=None)
@given(parts=st.tuples(WORD_LISTS, WORD_LISTS), other=WORD_LISTS, split=st.booleans())
def test_gap_programme_tries_every_merge_that_scores(
    parts: tuple[list[str], list[str]], other: list[str], split: bool
) -> None:
    """The gap programme skips a merge (or split) whose parts cannot each add their
    share (:func:`~tipdiff.align.gaps._adds`): it must never skip one that scores."""
    from tipdiff.align.gaps import _adds
    from tipdiff.align.scoring import _score_group
    from tipdiff.align.thresholds import REWORD_THRESHOLD
    from tipdiff.align.weights import _shared, _Weights

    weights = _Weights([*parts, other, ["the"]])
    two = [weights.bag(p) for p in parts]
    one = [weights.bag(other)]
    found = _score_group(one, two, REWORD_THRESHOLD) if split else _score_group(two, one, REWORD_THRESHOLD)
    first, second = (_shared(part, one[0]) for part in two)
    if found is not None:
        assert _adds(first, second, [b.total for b in two], one[0].total)
