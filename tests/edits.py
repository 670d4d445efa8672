"""Synthetic-edit truth: real narratives edited in known ways, and how well compare finds them.

:func:`edited_pair` takes a real narrative (seeds/ and tests/corpus/), writes its
narrative sections out with plain headings (the old text), and applies seeded edits to
a copy (the new text), recording for every sentence of both texts what was done to it:

- ``unchanged``: left alone (its neighbours may change);
- ``reworded``: one to three words replaced, inserted or deleted, or a figure renumbered;
- ``moved``: taken to another paragraph or section (not next to where it was), as is;
- ``moved_edited``: moved and reworded by a word or two;
- ``split``: cut in two at a semicolon or ", and"; ``merged``: two neighbours joined;
- ``inserted``: a sentence of another country's narrative, unlike any of this one;
- ``deleted``: left out.

:func:`measure` compares each pair with :func:`tipdiff.compare` and scores the diff
against the truth (:class:`Scores`). The recommendations are left out: they are matched
as a list of their own (``test_align.py`` reads the seed ledgers). Everything is driven
by :class:`random.Random` seeded from :data:`SEED` and the file name, so the same
arguments give the same texts. ``python -m tests.edits`` prints the scores.
"""

from __future__ import annotations

import functools
import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import tipdiff
from tipdiff.align import similarity
from tipdiff.model import ChangeKind, Report, ReportDiff, SectionName

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"

#: The seed every edit derives from.
SEED = 18_2024

#: Headings the texts are written with (the summary has none).
_HEADINGS = {
    SectionName.PROSECUTION: "PROSECUTION",
    SectionName.PROTECTION: "PROTECTION",
    SectionName.PREVENTION: "PREVENTION",
    SectionName.PROFILE: "TRAFFICKING PROFILE",
}
_SECTIONS = (SectionName.SUMMARY, *_HEADINGS)

#: Words an editor puts in, or in place of another.
_EDIT_WORDS = (
    "significantly", "modestly", "reportedly", "potential", "foreign", "domestic",
    "additional", "several", "some", "official", "credible", "serious", "continued",
    "regularly", "allegedly", "newly", "overall", "limited",
)  # fmt: skip

_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})*$")
_SPLIT_AT = re.compile(r"; |, and (?=[a-z])|, but (?=[a-z])")
# Sentences that open a section (an effort verdict, the profile's lead) would move the
# section boundaries of the text they are put in: they are not inserted.
_OPENER = re.compile(r"\befforts\.$|\bexploit\b|\bsource\b.*\bcountry\b", re.I)
_LOWER_OPENERS = frozenset("The This These Those It In Its Their There".split())


@dataclass(frozen=True, slots=True)
class Planned:
    """A sentence of a text being written, and the truth entry it belongs to."""

    text: str
    truth: int  # index into EditedPair.truth


@dataclass(frozen=True, slots=True)
class Truth:
    kind: str  # unchanged, reworded, moved, moved_edited, split, merged, inserted, deleted
    old: tuple[int, ...] = ()  # sentence positions in the old text (filled when written)
    new: tuple[int, ...] = ()


@dataclass
class EditedPair:
    name: str
    old_text: str
    new_text: str
    truth: list[Truth]


# ------------------------------------------------------------------------ sources


def sources() -> list[Path]:
    """The seeds and the corpus texts, by name."""
    seeds = [SEEDS / e["file"] for e in json.loads((SEEDS / "manifest.json").read_text())]
    corpus = [CORPUS / e["file"] for e in json.loads((CORPUS / "manifest.json").read_text())]
    return sorted(seeds + corpus, key=lambda p: p.name)


def _narrative(report: Report) -> list[tuple[SectionName, list[list[str]]]]:
    """The narrative sections of ``report`` as paragraphs of sentence texts; a sentence
    cut off mid-way (an excerpt's end) is left out."""
    sections = []
    for name in _SECTIONS:
        if name in report.sections:
            paragraphs = [
                [s.text for s in p.sentences if s.text.rstrip('"”’)').endswith((".", "!", "?"))]
                for p in report.sections[name].paragraphs
            ]
            if any(paragraphs):
                sections.append((name, [p for p in paragraphs if p]))
    return sections


def _write(sections: Sequence[tuple[SectionName, Sequence[Sequence[str]]]]) -> str:
    parts: list[str] = []
    for name, paragraphs in sections:
        if name in _HEADINGS:
            parts.append(_HEADINGS[name])
        parts.extend(" ".join(p) for p in paragraphs if p)
    return "\n\n".join(parts) + "\n"


def _sentences(report: Report) -> list[tuple[SectionName, str]]:
    """The narrative sentences of ``report`` with their sections, in order."""
    return [
        (name, s.text)
        for name in _SECTIONS
        if name in report.sections
        for s in report.sections[name].sentences
    ]


# ------------------------------------------------------------------------- edits


def _words(text: str) -> int:
    return len(text.split())


def reword(text: str, rng: random.Random, edits: int) -> str:
    """``text`` with ``edits`` words replaced, inserted or deleted (a figure renumbered
    where one is hit); the first and last words stay, so the sentence keeps its shape."""
    words = text.split(" ")
    for _ in range(edits):
        if len(words) < 4:
            break
        k = rng.randrange(1, len(words) - 1)
        action = rng.randrange(3)
        bare = words[k].rstrip(".,;:)")
        if _NUMBER.match(bare):
            value = int(bare.replace(",", "")) + rng.randint(1, 40)
            words[k] = f"{value:,}" + words[k][len(bare) :]
        elif action == 0:
            words[k] = rng.choice(_EDIT_WORDS) + words[k][len(bare) :]
        elif action == 1:
            words.insert(k, rng.choice(_EDIT_WORDS))
        elif not words[k].endswith((".", ",", ";", ":", ")")):
            del words[k]
        else:
            words.insert(k, rng.choice(_EDIT_WORDS))
    return " ".join(words)


def split_sentence(text: str) -> tuple[str, str] | None:
    """``text`` cut in two at a semicolon or ", and" near its middle, or None."""
    cuts = [m for m in _SPLIT_AT.finditer(text) if _words(text[: m.start()]) >= 6]
    cuts = [m for m in cuts if _words(text[m.end() :]) >= 6]
    if not cuts or not text.endswith("."):
        return None
    middle = len(text) / 2
    m = min(cuts, key=lambda m: abs(m.start() - middle))
    second = text[m.end() :]
    return text[: m.start()] + ".", second[0].upper() + second[1:]


def merge_sentences(first: str, second: str) -> str | None:
    """Two sentences joined by a semicolon, or None when they do not end plainly."""
    if not first.endswith(".") or first.endswith(("..", "e.g.", "i.e.")) or "(" in first[-4:]:
        return None
    opener = second.split(" ", 1)[0]
    if opener in _LOWER_OPENERS:
        second = second[0].lower() + second[1:]
    return first[:-1] + "; " + second


# ------------------------------------------------------------------------- plan


def edited_pair(
    path: Path, others: Sequence[str], seed: int = SEED, density: float = 1.0
) -> EditedPair | None:
    """One real narrative and a seeded edit of it, with the truth of every sentence.

    ``others`` are sentences of other narratives to insert (those like any sentence of
    this one are not used); ``density`` scales how many edits are made (1: about 28 %
    of the sentences, at least one edit of each kind). None when the narrative has too few sentences or does not
    read back as written.
    """
    report = tipdiff.load(path)
    sections = _narrative(report)
    if sum(len(p) for _, ps in sections for p in ps) < 8:
        return None
    old_text = _write(sections)
    old_report = tipdiff.load(old_text, country=report.country, year=report.year)
    if _sentences(old_report) != [(n, s) for n, ps in sections for p in ps for s in p]:
        return None
    rng = random.Random(seed ^ zlib.crc32(path.name.encode()))
    truth: list[Truth] = []
    olds: list[list[list[Planned]]] = []  # what the old text holds, by section, paragraph
    for _, paragraphs in sections:
        olds.append([])
        for paragraph in paragraphs:
            olds[-1].append([])
            for text in paragraph:
                truth.append(Truth("unchanged"))
                olds[-1][-1].append(Planned(text, len(truth) - 1))
    news = [[list(p) for p in ps] for ps in olds]
    aliases: dict[int, int] = {}
    own = [s for _, ps in sections for p in ps for s in p]
    _apply_edits(news, truth, rng, own, others, aliases, density)
    new_text = _write(
        [
            (name, [[x.text for x in p] for p in ps])
            for (name, _), ps in zip(sections, news, strict=True)
        ]
    )
    new_report = tipdiff.load(new_text, country=report.country, year=report.year)
    planned_new = [x for ps in news for p in ps for x in p]
    planned_sections = [n for (n, _), ps in zip(sections, news, strict=True) for p in ps for _ in p]
    if _sentences(new_report) != list(
        zip(planned_sections, (x.text for x in planned_new), strict=True)
    ):
        return None
    old_positions: dict[int, list[int]] = {}
    new_positions: dict[int, list[int]] = {}
    for k, x in enumerate(x for ps in olds for p in ps for x in p):
        old_positions.setdefault(aliases.get(x.truth, x.truth), []).append(k)
    for k, x in enumerate(planned_new):
        new_positions.setdefault(x.truth, []).append(k)
    truth = [
        Truth(t.kind, tuple(old_positions.get(i, ())), tuple(new_positions.get(i, ())))
        for i, t in enumerate(truth)
        if i not in aliases
    ]
    return EditedPair(path.name, old_text, new_text, truth)


def _apply_edits(
    news: list[list[list[Planned]]],
    truth: list[Truth],
    rng: random.Random,
    own: Sequence[str],
    others: Sequence[str],
    aliases: dict[int, int],
    density: float,
) -> None:
    """Edit the planned new text in place, recording each edit in ``truth``.

    Sentences once edited are not edited again, and a section's opening sentence (which
    carries its verdict) stays where it is.
    """
    slots = [
        (s, p, k)
        for s, ps in enumerate(news)
        for p, para in enumerate(ps)
        for k in range(len(para))
    ]
    count = len(slots)
    touched: set[int] = set()

    def pick(min_words: int) -> tuple[int, int, int] | None:
        for _ in range(40):
            s, p, k = rng.choice(slots)
            if k >= len(news[s][p]) or (p == 0 and k == 0):
                continue
            x = news[s][p][k]
            if (
                x.truth in touched
                or _words(x.text) < min_words
                or truth[x.truth].kind != "unchanged"
            ):
                continue
            return s, p, k
        return None

    def set_kind(x: Planned, kind: str) -> None:
        touched.add(x.truth)
        truth[x.truth] = Truth(kind)

    plan = (
        ["reworded"] * max(1, round(count * 8 * density / 100))
        + ["moved"] * max(1, round(count * 3 * density / 100))
        + ["moved_edited"] * max(1, round(count * 5 * density / 100))
        + ["split"] * max(1, round(count * 2 * density / 100))
        + ["merged"] * max(1, round(count * 2 * density / 100))
        + ["deleted"] * max(1, round(count * 4 * density / 100))
        + ["inserted"] * max(1, round(count * 4 * density / 100))
    )
    rng.shuffle(plan)
    drawn = rng.sample(list(others), min(len(others), 4 * plan.count("inserted")))
    fresh = [
        t
        for t in drawn
        if _words(t) >= 6 and not _OPENER.search(t) and all(similarity(t, o) < 0.3 for o in own)
    ]
    for kind in plan:
        if kind == "inserted":
            if not fresh:
                continue
            text = fresh.pop(rng.randrange(len(fresh)))
            truth.append(Truth("inserted"))
            touched.add(len(truth) - 1)
            s = rng.randrange(len(news))
            p = rng.randrange(len(news[s]))
            k = rng.randrange(1 if p == 0 else 0, len(news[s][p]) + 1)
            news[s][p].insert(k, Planned(text, len(truth) - 1))
            continue
        spot = pick(10 if kind in ("reworded", "moved_edited") else 8)
        if spot is None:
            continue
        s, p, k = spot
        x = news[s][p][k]
        if kind == "reworded":
            new = reword(x.text, rng, rng.randint(1, 3))
            if new != x.text:
                set_kind(x, kind)
                news[s][p][k] = Planned(new, x.truth)
        elif kind == "deleted":
            set_kind(x, kind)
            del news[s][p][k]
        elif kind == "split":
            halves = split_sentence(x.text)
            if halves:
                set_kind(x, kind)
                news[s][p][k : k + 1] = [Planned(h, x.truth) for h in halves]
        elif kind == "merged":
            if k + 1 < len(news[s][p]):
                y = news[s][p][k + 1]
                joined = merge_sentences(x.text, y.text)
                if joined and y.truth not in touched and truth[y.truth].kind == "unchanged":
                    set_kind(x, kind)
                    set_kind(y, "merged_into")
                    aliases[y.truth] = x.truth  # y's old position belongs to x's entry
                    news[s][p][k : k + 2] = [Planned(joined, x.truth)]
        else:  # a move, with or without edits
            targets = [
                (s2, p2)
                for s2, ps in enumerate(news)
                for p2 in range(len(ps))
                if (s2 != s or abs(p2 - p) >= 2) and news[s2][p2]
            ]
            if not targets:
                continue
            s2, p2 = rng.choice(targets)
            text = x.text if kind == "moved" else reword(x.text, rng, rng.randint(1, 3))
            if text == x.text and kind == "moved_edited":
                continue
            set_kind(x, kind)
            del news[s][p][k]
            k2 = rng.randrange(1 if p2 == 0 else 0, len(news[s2][p2]) + 1)
            news[s2][p2].insert(k2, Planned(text, x.truth))


# ----------------------------------------------------------------------- scoring


@dataclass
class Scores:
    """How a diff's entries agree with the truth, summed over pairs.

    Each count is of sentences (old side for unchanged, removed and moves; new side for
    added): ``unchanged_wrong`` of ``unchanged`` truly unchanged sentences were not
    reported unchanged; ``added_right`` of ``added`` reported additions were inserted
    (likewise removed / deleted); ``moved_edited_right`` of ``moved_edited`` sentences
    moved and edited were reported moved, with their own new sentence alone.
    """

    pairs: int = 0
    skipped: list[str] = field(default_factory=list)
    unchanged: int = 0
    unchanged_wrong: int = 0
    added: int = 0
    added_right: int = 0
    removed: int = 0
    removed_right: int = 0
    found: Counter[str] = field(default_factory=Counter)  # truth kind → found as made
    made: Counter[str] = field(default_factory=Counter)  # truth kind → how many made
    misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        """Add ``other``'s counts to these."""
        self.pairs += other.pairs
        self.skipped += other.skipped
        self.found += other.found
        self.made += other.made
        self.misses += other.misses
        for name in (
            "unchanged",
            "unchanged_wrong",
            "added",
            "added_right",
            "removed",
            "removed_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def false_change_rate(self) -> float:
        return self.unchanged_wrong / self.unchanged if self.unchanged else 0.0

    @property
    def added_removed_precision(self) -> float:
        reported = self.added + self.removed
        return (self.added_right + self.removed_right) / reported if reported else 1.0

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.made[kind] if self.made[kind] else 1.0

    def summary(self) -> str:
        kinds = ", ".join(
            f"{k} {self.found[k]}/{self.made[k]}" for k in sorted(self.made) if k != "unchanged"
        )
        return (
            f"{self.pairs} pairs: false changes {self.unchanged_wrong}/{self.unchanged} "
            f"({100 * self.false_change_rate:.2f} %), added/removed precision "
            f"{self.added_right + self.removed_right}/{self.added + self.removed} "
            f"({self.added_removed_precision:.3f}), moved-and-edited recall "
            f"{self.recall('moved_edited'):.3f}; found as made: {kinds}"
        )


#: The change kind each truth kind should be reported as.
_EXPECTED = {
    "unchanged": {ChangeKind.UNCHANGED},
    "reworded": {ChangeKind.REWORDED},
    "moved": {ChangeKind.MOVED},
    "moved_edited": {ChangeKind.MOVED},
    "split": {ChangeKind.REWORDED},
    "merged": {ChangeKind.REWORDED},
    "inserted": {ChangeKind.ADDED},
    "deleted": {ChangeKind.REMOVED},
}


def score(pair: EditedPair, diff: ReportDiff, scores: Scores) -> None:
    """Add one diff's agreement with its pair's truth to ``scores``."""
    old_truth = {p: t for t in pair.truth for p in t.old}
    new_truth = {q: t for t in pair.truth for q in t.new}
    entry: dict[tuple[str, int], tuple[ChangeKind, tuple[int, ...], tuple[int, ...]]] = {}
    for change in diff.changes:
        olds = tuple(s.index for s in change.old)
        news = tuple(s.index for s in change.new)
        for p in olds:
            entry["old", p] = (change.kind, olds, news)
        for q in news:
            entry["new", q] = (change.kind, olds, news)
        if change.kind is ChangeKind.ADDED:
            scores.added += 1
            scores.added_right += new_truth[news[0]].kind == "inserted"
        elif change.kind is ChangeKind.REMOVED:
            scores.removed += 1
            scores.removed_right += old_truth[olds[0]].kind == "deleted"
    for t in pair.truth:
        scores.made[t.kind] += 1
        side, at = ("new", t.new[0]) if t.kind == "inserted" else ("old", t.old[0])
        kind, olds, news = entry[side, at]
        right = kind in _EXPECTED[t.kind] and (olds, news) == (t.old, t.new)
        scores.found[t.kind] += right
        if t.kind == "unchanged":
            scores.unchanged += 1
            scores.unchanged_wrong += not right
        if not right:
            scores.misses.append(
                f"{pair.name}: {t.kind} {t.old}->{t.new} found {kind} {olds}->{news}"
            )


def pairs(
    seed: int = SEED, density: float = 1.0, paths: Iterable[Path] | None = None
) -> tuple[list[EditedPair], list[str]]:
    """The edited pairs of every source (or of ``paths``), and the names of those skipped."""
    every = sources()
    texts = _source_sentences()
    made: list[EditedPair] = []
    skipped: list[str] = []
    for path in paths if paths is not None else every:
        country = path.name.split("-")[0]
        others = sorted(
            {t for o, ts in texts.items() if not o.name.startswith(country) for t in ts}
        )
        pair = edited_pair(path, others, seed, density)
        if pair is None:
            skipped.append(path.name)
        else:
            made.append(pair)
    return made, skipped


@functools.cache
def _source_sentences() -> dict[Path, list[str]]:
    return {p: [t for _, t in _sentences(tipdiff.load(p))] for p in sources()}


def measure_all(settings: Iterable[tuple[int, float]] = ()) -> Scores:
    """:func:`measure` summed over ``settings`` (default :data:`SETTINGS`)."""
    total = Scores()
    for seed, density in settings or SETTINGS:
        total.add(measure(seed, density))
    return total


def measure(seed: int = SEED, density: float = 1.0) -> Scores:
    """Compare every edited pair and score it against its truth."""
    made, skipped = pairs(seed, density)
    scores = Scores(skipped=skipped)
    for pair in made:
        diff = tipdiff.compare(pair.old_text, pair.new_text)
        score(pair, diff, scores)
        scores.pairs += 1
    return scores


#: The (seed, density) settings the test measures: light and heavy editing.
SETTINGS = ((SEED, 1.0), (SEED + 1, 1.0), (SEED + 2, 2.0), (SEED + 3, 2.0))


if __name__ == "__main__":  # python -m tests.edits [seed:density …]
    import sys

    settings = [(int(a.split(":")[0]), float(a.split(":")[1])) for a in sys.argv[1:]]
    total = Scores()
    for seed, density in settings or SETTINGS:
        result = measure(seed, density)
        total.add(result)
        print(f"seed {seed} density {density}: {result.summary()}")
        print(f"  skipped {len(result.skipped)}: {', '.join(result.skipped)}")
        for miss in result.misses:
            print("  miss", miss)
    print(f"all: {total.summary()}")
