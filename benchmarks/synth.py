"""Deterministic inputs for the benchmarks, built from the seeds and the test corpus.

Everything here is pure text manipulation driven by a seeded :class:`random.Random`:
the same arguments always give byte-identical texts. Nothing imports tipdiff.

- :func:`swap_country` renames a narrative's country (name, adjectives, plurals,
  capitals) to another one from ``tipdiff/data/countries.tsv``;
- :func:`perturb` applies seeded word edits (replace, delete, insert, renumber) and
  sentence moves, drops and additions, keeping the text's line shape;
- :func:`build_release` writes a synthetic release: N country pairs as
  ``<country>-<year>.txt`` files plus a ``manifest.json``;
- :func:`growth_pair` concatenates perturbed narratives (×1, ×10, ×50, ×190);
- :func:`adversarial_pair` builds the pathological inputs of the same size.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"
COUNTRIES_TSV = ROOT / "tipdiff" / "data" / "countries.tsv"

#: The seed the whole benchmark derives its randomness from.
DEFAULT_SEED = 20240624

#: The four seed pairs of issue 8, old edition → new edition.
SEED_PAIRS: tuple[tuple[int, int], ...] = ((2023, 2024), (2021, 2024), (2009, 2024), (2015, 2024))

#: The narrative the growth pair is made of (≈17 KB; ×190 ≈ 3.3 MB a side).
GROWTH_BASE_EDITION = 2024

GROWTH_SCALES = (1, 10, 50, 190)
QUICK_GROWTH_SCALES = (1, 10)

ADVERSARIAL_KINDS = ("identical-sentences", "one-paragraph", "repeated-word")

# Sentences a new edition might add (generic TIP wording, no country named).
_NEW_SENTENCES = (
    "The government did not report any investigations of officials complicit in trafficking crimes.",
    "Authorities reported identifying 27 potential trafficking victims, compared with 19 in the previous reporting period.",
    "NGOs reported that shelters lacked funding for long-term reintegration services.",
    "The government continued to implement its 2022-2025 national action plan.",
    "Observers noted that labor inspectors lacked the authority to conduct unannounced inspections.",
    "The government trained 310 police officers, prosecutors, and judges on victim-centered approaches.",
)

# Words an editor might put in (or in place of) another.
_EDIT_WORDS = (
    "significantly",
    "modestly",
    "increased",
    "decreased",
    "maintained",
    "continued",
    "victims",
    "traffickers",
    "officials",
    "NGOs",
    "shelters",
    "labor",
    "sex",
    "forced",
    "reportedly",
    "potential",
    "identified",
    "convicted",
    "prosecuted",
    "investigated",
)

_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})*$")


# ----------------------------------------------------------------------- countries


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjectives: tuple[str, ...] = ()

    @property
    def adjective(self) -> str:
        """The first adjective, else the name (used for "Azerbaijani" → "Chadian")."""
        return self.adjectives[0] if self.adjectives else self.name

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.casefold()).strip("-")


def load_countries(path: Path = COUNTRIES_TSV) -> list[Country]:
    """The countries of ``tipdiff/data/countries.tsv``, in file order."""
    countries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, rest = line.partition("\t")
        adjectives = tuple(a.strip() for a in rest.split(",") if a.strip())
        countries.append(Country(name.strip(), adjectives))
    return countries


#: The source countries of the texts, with every form they are written in.
SOURCE_COUNTRIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # country: (names, adjectives, capitals)
    "Azerbaijan": (("Azerbaijan",), ("Azerbaijani", "Azeri"), ("Baku",)),
    "Moldova": (("Republic of Moldova", "Moldova"), ("Moldovan",), ("Chisinau", "Chișinău")),
    "Honduras": (("Honduras",), ("Honduran",), ("Tegucigalpa",)),
}


def swap_country(text: str, source: str, target: Country) -> str:
    """``text`` about ``source`` rewritten to be about ``target``: names, adjectives
    (with plurals: "Hondurans" → "Chadians") and capitals, keeping upper case."""
    names, adjectives, capitals = SOURCE_COUNTRIES[source]
    replacements: dict[str, str] = {}
    for name in names:
        replacements[name] = target.name
    for adjective in adjectives:
        replacements[adjective] = target.adjective
        replacements[adjective + "s"] = target.adjective + "s"
    for capital in capitals:
        replacements[capital] = f"{target.name} City" if target.name != source else capital
    if target.name == source:
        return text
    words = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    lookup = {w.casefold(): r for w, r in replacements.items()}

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        new = lookup[found.casefold()]
        return new.upper() if found.isupper() and len(found) > 1 else new

    return pattern.sub(replace, text)


# ------------------------------------------------------------------- perturbation


def _split_sentences(line: str) -> list[str]:
    return [s for s in _SENTENCE_BOUNDARY.split(line) if s]


def _edit_words(line: str, rng: random.Random, rate: float, vocabulary: Sequence[str]) -> str:
    if rate <= 0:
        return line
    out: list[str] = []
    for word in line.split(" "):
        if not word or rng.random() >= rate:
            out.append(word)
            continue
        action = rng.randrange(4)
        if action == 0:  # replace, keeping trailing punctuation
            stripped = word.rstrip(".,;:)")
            out.append(rng.choice(vocabulary) + word[len(stripped) :])
        elif action == 1 and not word.endswith((".", "!", "?")):  # delete
            continue
        elif action == 2:  # insert before
            out.extend((rng.choice(vocabulary), word))
        elif _NUMBER.match(word.rstrip(".,;:)")):  # renumber a figure
            stripped = word.rstrip(".,;:)")
            value = int(stripped.replace(",", "")) + rng.randint(1, 40)
            out.append(f"{value:,}" + word[len(stripped) :])
        else:
            out.append(word)
    return " ".join(out)


def perturb(
    text: str,
    rng: random.Random,
    *,
    word_rate: float = 0.03,
    moves: int = 2,
    drops: int = 1,
    additions: int = 1,
) -> str:
    """A seeded edit of ``text`` that keeps its line shape: ``word_rate`` of the words
    replaced, deleted, preceded by another word or renumbered; ``moves`` sentences
    moved to another paragraph; ``drops`` sentences removed and ``additions`` added.

    Paragraph lines (≥ 200 characters) get the sentence operations; every line gets
    the word edits except the first two (title, tier line, document header)."""
    lines = text.split("\n")
    vocabulary = [w for w in re.findall(r"[A-Za-z]{4,}", text)[:400]] + list(_EDIT_WORDS)
    paragraphs = [i for i, line in enumerate(lines) if len(line) >= 200]
    split = {i: _split_sentences(lines[i]) for i in paragraphs}
    for _ in range(moves if len(paragraphs) >= 2 else 0):
        source, target = rng.sample(paragraphs, 2)
        if len(split[source]) < 2:
            continue
        sentence = split[source].pop(rng.randrange(len(split[source])))
        split[target].insert(rng.randrange(len(split[target]) + 1), sentence)
    for _ in range(drops if paragraphs else 0):
        index = rng.choice(paragraphs)
        if len(split[index]) >= 2:
            split[index].pop(rng.randrange(len(split[index])))
    for _ in range(additions if paragraphs else 0):
        index = rng.choice(paragraphs)
        split[index].insert(rng.randrange(len(split[index]) + 1), rng.choice(_NEW_SENTENCES))
    for index in paragraphs:
        lines[index] = " ".join(split[index])
    for index in range(2, len(lines)):
        lines[index] = _edit_words(lines[index], rng, word_rate, vocabulary)
    return "\n".join(lines)


# ---------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class SourceText:
    path: Path
    country: str
    year: int

    def read(self) -> str:
        return self.path.read_text(encoding="utf-8")


def seed_texts() -> list[SourceText]:
    entries = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return sorted(
        (SourceText(SEEDS / e["file"], e["country"], int(e["edition"])) for e in entries),
        key=lambda s: s.year,
    )


def seed_path(edition: int) -> Path:
    """The seed file of one edition."""
    (match,) = [s.path for s in seed_texts() if s.year == edition]
    return match


def corpus_texts() -> list[SourceText]:
    entries = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return sorted(
        (SourceText(CORPUS / e["file"], e["country"], int(e["report_year"])) for e in entries),
        key=lambda s: (s.country, s.year, s.path.name),
    )


def base_pairs() -> list[tuple[SourceText, SourceText]]:
    """Real (old, new) edition pairs of one country each: the four seed pairs, then for
    each source country its editions (one file per year, first by name) paired
    consecutively."""
    seeds = {s.year: s for s in seed_texts()}
    pairs = [(seeds[old], seeds[new]) for old, new in SEED_PAIRS]
    texts = seed_texts() + corpus_texts()
    for country in sorted({t.country for t in texts}):
        by_year: dict[int, SourceText] = {}
        for text in sorted(texts, key=lambda t: (t.year, t.path.name)):
            if text.country == country:
                by_year.setdefault(text.year, text)
        years = sorted(by_year)
        for old, new in itertools.pairwise(years):
            pair = (by_year[old], by_year[new])
            if pair not in pairs:
                pairs.append(pair)
    return pairs


# ---------------------------------------------------------------------- release


@dataclass(frozen=True, slots=True)
class ReleaseEntry:
    country: str
    old_file: str
    new_file: str
    old_year: int
    new_year: int
    old_source: str
    new_source: str


def build_release(
    folder: Path, pairs: int = 190, *, seed: int = DEFAULT_SEED, manifest: bool = True
) -> list[ReleaseEntry]:
    """Write a synthetic release of ``pairs`` countries into ``folder``.

    Country ``i`` (the first ``pairs`` of countries.tsv) takes base pair ``i mod n``;
    both texts are renamed to the country, and each side gets its own seeded word edits
    and sentence moves (the new side more of them), so no two pairs are alike. Files
    are ``<country>-<year>.txt``; ``manifest.json`` names country and year of each so
    the batch pairs exactly these editions."""
    countries = load_countries()
    if pairs > len(countries):
        raise ValueError(f"at most {len(countries)} countries")
    bases = base_pairs()
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[ReleaseEntry] = []
    for index, country in enumerate(countries[:pairs]):
        old, new = bases[index % len(bases)]
        rng = random.Random(f"{seed}:release:{index}")
        old_text = perturb(
            swap_country(old.read(), old.country, country),
            rng,
            word_rate=0.005,
            moves=1,
            drops=0,
            additions=0,
        )
        new_text = perturb(swap_country(new.read(), new.country, country), rng)
        entry = ReleaseEntry(
            country.name,
            f"{country.slug}-{old.year}.txt",
            f"{country.slug}-{new.year}.txt",
            old.year,
            new.year,
            old.path.name,
            new.path.name,
        )
        (folder / entry.old_file).write_text(old_text, encoding="utf-8")
        (folder / entry.new_file).write_text(new_text, encoding="utf-8")
        entries.append(entry)
    if manifest:
        listing = [
            {"file": name, "country": e.country, "year": year}
            for e in entries
            for name, year in ((e.old_file, e.old_year), (e.new_file, e.new_year))
        ]
        (folder / "manifest.json").write_text(json.dumps(listing, indent=1) + "\n", "utf-8")
    return entries


# ----------------------------------------------------------------------- growth


def growth_pair(scale: int, *, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """(old, new) made of ``scale`` narratives each: copy ``i`` is the 2024 seed renamed
    to country ``i`` (copy 0 stays Azerbaijan), lightly edited for the new side and
    edited again (word edits, moves, a drop and an addition) for the old side. Copies
    are joined by a blank line, like a multi-country page."""
    base = seed_path(GROWTH_BASE_EDITION).read_text(encoding="utf-8").strip("\n")
    countries = [c for c in load_countries() if c.name != "Azerbaijan"]
    olds: list[str] = []
    news: list[str] = []
    for index in range(scale):
        rng = random.Random(f"{seed}:growth:{index}")
        text = base
        if index:
            text = swap_country(base, "Azerbaijan", countries[(index - 1) % len(countries)])
        new = perturb(text, rng, word_rate=0.01, moves=1, drops=0, additions=0)
        old = perturb(new, rng, word_rate=0.03, moves=2, drops=1, additions=1)
        olds.append(old)
        news.append(new)
    return "\n\n".join(olds) + "\n", "\n\n".join(news) + "\n"


# ------------------------------------------------------------------ adversarial


def _fill(unit: Sequence[str], size: int, joiner: str) -> list[str]:
    out: list[str] = []
    total = 0
    index = 0
    while total < size:
        piece = unit[index % len(unit)]
        out.append(piece)
        total += len(piece) + len(joiner)
        index += 1
    return out


def adversarial_pair(kind: str, size: int, *, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """A pathological (old, new) pair of about ``size`` characters a side.

    - ``identical-sentences``: paragraphs of one sentence repeated (hundreds of copies at
      17 KB); the new side rewords every 37th copy and drops every 53rd;
    - ``one-paragraph``: the growth pair of that size with every line break removed;
    - ``repeated-word``: the normal narrative with every other paragraph replaced by a
      run of one word ("trafficking trafficking …") of the same length; the new side
      changes one word in the middle of some runs and the length of others.
    """
    rng = random.Random(f"{seed}:adversarial:{kind}:{size}")
    if kind == "identical-sentences":
        sentence = "The government maintained efforts to prosecute trafficking crimes."
        variant = "The government decreased efforts to prosecute trafficking crimes."
        copies = _fill([sentence], size, " ")
        news = [variant if i % 37 == 36 else s for i, s in enumerate(copies) if i % 53 != 52]
        return _paragraphs(copies, 10), _paragraphs(news, 10)
    old, new = _growth_of_size(size, seed)
    if kind == "one-paragraph":
        return _one_paragraph(old), _one_paragraph(new)
    if kind == "repeated-word":
        return _word_runs(old, rng, edit=False), _word_runs(new, rng, edit=True)
    raise ValueError(f"unknown adversarial kind {kind!r}; choose from {ADVERSARIAL_KINDS}")


def _paragraphs(sentences: Sequence[str], per: int) -> str:
    lines = [" ".join(sentences[i : i + per]) for i in range(0, len(sentences), per)]
    return "\n".join(lines) + "\n"


def _growth_of_size(size: int, seed: int) -> tuple[str, str]:
    base = len(seed_path(GROWTH_BASE_EDITION).read_text(encoding="utf-8"))
    old, new = growth_pair(max(1, round(size / base)), seed=seed)
    return old, new


def _one_paragraph(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def _word_runs(text: str, rng: random.Random, *, edit: bool) -> str:
    lines = text.split("\n")
    out = []
    paragraph = 0
    for line in lines:
        if len(line) < 200:
            out.append(line)
            continue
        paragraph += 1
        if paragraph % 2:
            out.append(line)
            continue
        count = len(line) // len("trafficking ")
        words = ["trafficking"] * count
        if edit and paragraph % 4 == 0:
            words[count // 2] = "exploitation"
        elif edit:
            words = words[: count - rng.randint(1, 5)]
        out.append("Trafficking " + " ".join(words) + ".")
    return "\n".join(out)


def sizes(old: str, new: str) -> dict[str, int]:
    return {"old_bytes": len(old.encode()), "new_bytes": len(new.encode())}
