"""A batch's inputs: which files, which editions they hold, and which pairs to compare.

Inputs are folders (searched recursively), single narratives and whole editions, in
any mix. Steps: list the files (and those skipped, with why) → read the manifest →
identify each file's country and edition (a whole edition gives one narrative per
country, cut out of it and read only when its pair is compared) → keep one narrative
per country and edition (the most complete copy) → pair the editions of each country.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..countries import country_name, fold
from ..edition import Cut, Cuts, cut_edition, read_cut, segmented
from ..errors import NotANarrativeError, TipdiffError, UsageError
from ..file_names import NAME_PATTERN, edition_name_year, yields_to_a_named_year
from ..ingest import PDF_ADVICE
from ..metadata import NO_EDITION_YEAR, canonical_tier, unnamed_country
from ..model import Confidence, Report, Tier

NARRATIVE_SUFFIXES = (".txt", ".text", ".html", ".htm")
PAIR_MODES = ("consecutive", "latest", "all")

#: The keys a manifest entry may have; any other key is kept for people, not read.
MANIFEST_KEYS = {
    "file": "the file's name (or its path below the input folder); required",
    "country": "the country, any spelling the alias table knows ('Turkey', 'KOREA, NORTH')",
    "year": "the edition year, a number (also accepted as 'edition' or 'report_year')",
    "tier": "the tier placement ('Tier 2 Watch List'), for a text that does not say it",
    "pages": "[first, last] page of the narrative in the published report, or null",
}

_OTHER_DOCUMENTS = {
    ".pdf": f"a PDF: {PDF_ADVICE}",
    ".doc": "a Word document: save it as text or HTML first",
    ".docx": "a Word document: save it as text or HTML first",
}


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was passed over on purpose (not a failure), and why."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What a manifest says about one file (None where it says nothing)."""

    country: str | None = None
    year: int | None = None
    tier: str | None = None
    pages: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Narrative:
    """One country's narrative of one edition, and the file it came from.

    ``cut`` is set for a narrative cut from a whole edition, read when its pair is
    compared (its ``words`` and ``sections`` are then 0: :func:`choose_editions` reads
    it when it has to weigh it against another copy); a single-narrative file is read
    again when its pair is compared.
    """

    path: Path
    country: str
    year: int
    country_from: str  # "text" | "manifest" | "file name" | "heading"
    year_from: str  # "text" | "manifest" | "file name" | "edition"
    tier: str | None = None
    pages: tuple[int, int] | None = None
    words: int = 0
    sections: int = 0
    cut: Cut | None = None
    warnings: tuple[str, ...] = ()  # what reading its file found (a whole edition's warnings)
    tier_from: str = "text"  # "text" | "manifest" | "heading"

    @property
    def key(self) -> str:
        """The country as compared: every spelling of one country is one key."""
        return fold(self.country)

    @property
    def label(self) -> str:
        """The file, and for a narrative cut from an edition, its pages or lines."""
        if self.cut is None:
            return self.path.name
        if self.pages is not None:
            return f"{self.path.name} pp. {self.pages[0]}–{self.pages[1]}"
        lines = self.cut.lines
        return f"{self.path.name} ll. {lines[0]}–{lines[1]}"

    @property
    def size(self) -> int:
        """How much there is to read: the characters of its cut, else its file's bytes
        (0 when the file is gone; reading it will say so)."""
        if self.cut is not None:
            return len(self.cut.text)
        return file_size(self.path)

    def load(self) -> Report:
        """The Report, with the country and edition the batch settled on."""
        if self.cut is not None:
            try:
                return read_cut(self.cut)
            except TipdiffError as exc:  # what the edition would have left out, had it read it
                raise NotANarrativeError(self.cut.left_out(exc)) from exc
        from .. import load

        report = load(
            self.path,
            country=None if self.country_from == "text" else self.country,
            year=None if self.year_from == "text" else self.year,
        )
        return self._with_manifest_tier(report)

    def _with_manifest_tier(self, report: Report) -> Report:
        """The Report with the tier its manifest entry gives (as a whole edition's
        heading gives one), and a warning when its text reads another."""
        tier = canonical_tier(self.tier) if self.tier_from == "manifest" and self.tier else None
        if tier is None or tier is report.tier:
            return report
        return dataclasses.replace(
            report,
            tier=tier,
            evidence={**report.evidence, "tier": "the manifest"},
            confidence={**report.confidence, "tier": Confidence.STATED},
            warnings=(*report.warnings, _manifest_tier_note(tier, report)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.path.name,
            "country": self.country,
            "year": self.year,
            "tier": self.tier,
            "pages": None if self.pages is None else list(self.pages),
            "country_from": self.country_from,
            "year_from": self.year_from,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files a batch reads, those it passed over, and the manifest entries."""

    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]
    manifest: Mapping[str, ManifestEntry]
    names: Mapping[Path, str]  # each file as shown: its path below its input folder
    empty: tuple[Path, ...] = ()  # input folders that hold no narrative file
    folders: tuple[tuple[Path, ...], ...] = ()  # the files of each input folder

    def name(self, path: Path) -> str:
        return self.names.get(path, str(path))


# ------------------------------------------------------------------------- files


def file_size(path: Path) -> int:
    """A file's size in bytes; 0 when it cannot be seen (reading it will say why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def find_narratives(folder: Path) -> list[Path]:
    """Every narrative file under ``folder`` (recursively), in a stable order."""
    files, _ = _folder_files(folder)
    return files


def _folder_files(folder: Path) -> tuple[list[Path], list[Skipped]]:
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; give the folder that holds the narratives")
    files: list[Path] = []
    skipped: list[Skipped] = []
    entries = sorted(folder.rglob("*"))  # one walk of the folder, for its folders and files
    assets = _saved_page_assets([p for p in entries if p.is_dir()])
    skipped += [Skipped(str(directory), SAVED_PAGE_FILES) for directory in assets]
    inside_assets = set(assets)
    for path in (p for p in entries if p.is_file()):
        if any(parent in inside_assets for parent in path.parents):
            continue
        name = path.name.lower()
        if name.startswith(".") or name in ("readme.txt", "readme.md", "manifest.json"):
            continue
        suffix = path.suffix.lower()
        if suffix in NARRATIVE_SUFFIXES:
            files.append(path)
        elif suffix in _OTHER_DOCUMENTS:
            skipped.append(Skipped(str(path), _OTHER_DOCUMENTS[suffix]))
    return files, skipped


# A browser's "Save page, complete" puts the page's images, scripts and frames in a
# folder beside it, named after the page: "Kosovo.html" and "Kosovo_files" (Chrome,
# Firefox), "Kosovo-Dateien", "Kosovo_fichiers", "Kosovo_archivos" (localised).
_ASSET_FOLDER = re.compile(r"(?P<stem>.+)[_-][^\W\d_]+")


SAVED_PAGE_FILES = "a saved web page's own files (images, scripts, frames)"


def _saved_page_assets(directories: Sequence[Path]) -> list[Path]:
    """Those of ``directories`` (in order, parents first) that hold a saved web page's
    own files: named after a page beside them."""
    assets: dict[Path, None] = {}  # (a dict: ordered, and a quick test of a parent)
    for directory in directories:
        match = _ASSET_FOLDER.fullmatch(directory.name)
        if match is None or any(parent in assets for parent in directory.parents):
            continue
        if any(directory.with_name(match["stem"] + suffix).is_file() for suffix in (".html", ".htm")):
            assets[directory] = None
    return list(assets)


def gather(
    inputs: Sequence[Path], manifest: Path | None = None, *, exclude: Path | None = None
) -> Inputs:
    """The files named or found in ``inputs`` (folders, narratives, whole editions).

    The manifest is ``manifest`` when given, else the ``manifest.json`` of each input
    folder; a folder's manifest that another one overrides is listed as skipped, and
    so are files inside ``exclude`` (the output folder: earlier briefs are no input).
    """
    if not inputs:
        raise UsageError("give at least one input: a folder of narratives or a report file")
    files: list[Path] = []
    skipped: list[Skipped] = []
    manifests: list[Path] = []
    names: dict[Path, str] = {}
    empty: list[Path] = []
    folders: list[tuple[Path, ...]] = []
    for path in inputs:
        if path.is_dir():
            found, passed = _folder_files(path)
            if not found:
                empty.append(path)
            folders.append(tuple(found))
            files += found
            names.update((p, str(p.relative_to(path))) for p in found)
            skipped += passed
            if (path / "manifest.json").is_file():
                manifests.append(path / "manifest.json")
        elif path.is_file():
            if path.suffix.lower() in _OTHER_DOCUMENTS:
                raise UsageError(f"{path} is {_OTHER_DOCUMENTS[path.suffix.lower()]}")
            files.append(path)
        else:
            raise UsageError(f"{path} does not exist; give a folder of narratives or a report file")
    if exclude is not None:  # a second run reads the same inputs as the first
        files = [p for p in files if not p.resolve().is_relative_to(exclude.resolve())]
        skipped = [s for s in skipped if not Path(s.path).resolve().is_relative_to(exclude.resolve())]
    files = list(dict.fromkeys(files))
    entries: dict[str, ManifestEntry] = {}
    if manifest is not None:
        entries = read_manifest(manifest)
        skipped += [Skipped(str(m), f"not read: --manifest {manifest} is used") for m in manifests]
    else:
        for folder_manifest in manifests:
            entries.update(read_manifest(folder_manifest))
    named = {p.name for p in files}
    skipped += [
        Skipped(name, "named in the manifest but not among the inputs")
        for name in entries
        if Path(name).name not in named
    ]
    return Inputs(tuple(files), tuple(skipped), entries, names, tuple(empty), tuple(folders))


# ---------------------------------------------------------------------- manifest


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Read a manifest: a JSON list of objects with the keys of :data:`MANIFEST_KEYS`
    (or a mapping of file name to such an object), keyed by file name. A value of the
    wrong kind is a :class:`UsageError` naming the entry ("manifest.json entry 3: year
    must be a number")."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the manifest {path}: {exc}") from exc
    if isinstance(data, dict):
        rows: Iterable[tuple[int, Any, Any]] = (
            (n, name, entry) for n, (name, entry) in enumerate(data.items(), start=1)
        )
    elif isinstance(data, list):
        rows = (
            (n, entry.get("file") if isinstance(entry, dict) else None, entry)
            for n, entry in enumerate(data, start=1)
        )
    else:
        raise UsageError(f"{path.name}: a manifest is a JSON list of objects with a 'file' key")
    manifest: dict[str, ManifestEntry] = {}
    for number, name, entry in rows:
        where = f"{path.name} entry {number}"
        if not isinstance(entry, dict):
            raise UsageError(f"{where}: each entry must be an object with a 'file' key")
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"{where}: 'file' must be the file's name")
        manifest[Path(name).name] = _entry(entry, where)
    return manifest


def _entry(entry: Mapping[str, Any], where: str) -> ManifestEntry:
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not country.strip()):
        raise UsageError(f"{where}: country must be a name (got {country!r})")
    year = next((entry[k] for k in ("year", "edition", "report_year") if k in entry), None)
    if year is not None and (
        isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= 2100
    ):
        raise UsageError(f"{where}: year must be a number such as 2024 (got {year!r})")
    tier = entry.get("tier")
    if tier is not None and (not isinstance(tier, str) or canonical_tier(tier) is None):
        raise UsageError(f"{where}: tier must be one such as 'Tier 2 Watch List' (got {tier!r})")
    pages = entry.get("pages")
    if pages is not None and not (
        isinstance(pages, list)
        and len(pages) == 2
        and all(isinstance(p, int) and not isinstance(p, bool) and p > 0 for p in pages)
        and pages[0] <= pages[1]
    ):
        raise UsageError(f"{where}: pages must be [first, last] or null (got {pages!r})")
    return ManifestEntry(
        country_name(country) if country else None,
        year,
        str(canonical_tier(tier)) if tier else None,
        (pages[0], pages[1]) if pages else None,
    )


# ---------------------------------------------------------------------- identify


def identify(path: Path, manifest: Mapping[str, ManifestEntry]) -> list[Narrative]:
    """The narratives in one file, with their country and edition: a whole edition
    gives one per country (its headings name them); a single narrative gives one (a
    manifest entry wins, then the text, then a file name like "moldova-2024.txt")."""
    from .. import ingest, segment

    given = manifest.get(path.name, ManifestEntry())
    raw, label = ingest.read(path)
    edition = cut_edition(raw, label, year=given.year)
    if edition is not None:
        year, year_from = edition.year, "manifest" if given.year else "edition"
        if year is None:
            edition, year = _dated_by_name(edition, path)
            year_from = "file name"
        return [
            Narrative(
                path,
                country_name(cut.country),
                year,
                "heading",
                year_from,
                _tier(cut),
                cut.pages,
                cut=cut,
                warnings=edition.warnings if number == 0 else (),
            )
            for number, cut in enumerate(edition.narratives)
        ]
    # Only the metadata is needed here: the figures stage runs when the pair is compared.
    report = segment.segment(
        ingest.clean_text(ingest.normalise(raw), label), country=given.country, year=given.year
    )
    named = NAME_PATTERN.match(path.stem)
    country_from = "manifest" if given.country else "text"
    year_from = "manifest" if given.year else "text"
    country, year = report.country, report.year
    if not country and named:
        country, country_from = named.group("country").replace("_", " ").replace("-", " "), "file name"
    if named and not given.year and yields_to_a_named_year(report):
        year, year_from = int(named.group("year")), "file name"
    if not country:
        raise TipdiffError(
            f"{unnamed_country(report.text)}; add it to a manifest or name the file "
            "like 'country-2024.txt'"
        )
    if not year:
        raise TipdiffError(
            "the text does not say its edition; add it to a manifest or name the file "
            "like 'country-2024.txt'"
        )
    tier = given.tier or (None if report.tier is None else str(report.tier))
    read_tier = canonical_tier(given.tier) if given.tier else None
    differs = read_tier is not None and read_tier is not report.tier
    return [
        Narrative(
            path,
            country_name(country),
            year,
            country_from,
            year_from,
            tier,
            given.pages,
            len(report.text.split()),
            len(report.sections),
            warnings=(_manifest_tier_note(read_tier, report),) if differs and read_tier else (),
            tier_from="manifest" if given.tier else "text",
        )
    ]


def _manifest_tier_note(tier: Tier, report: Report) -> str:
    """The warning for a manifest's tier the text reads otherwise."""
    read = "no tier" if report.tier is None else f"{report.tier} ({report.evidence.get('tier')!r})"
    return f"{report.source}: the manifest says {tier} but the text reads {read}: read as {tier}"


def _dated_by_name(edition: Cuts, path: Path) -> tuple[Cuts, int]:
    """An edition whose text states no year, dated by its file name's year (as a single
    narrative's file name dates it); a :class:`TipdiffError` when the name gives none."""
    year = edition_name_year(path.name)
    if year is None:
        raise TipdiffError(
            "the report does not say its edition year; name the file like 'tip-2024.txt' "
            "or give the year in a manifest entry for it ('year')"
        )
    evidence = f"the file name {path.name!r}"
    note = (
        f"{edition.source}: the text does not say which edition it is from; read as the "
        f"{year} edition, as its file name says"
    )
    said = tuple(w for w in edition.warnings if not w.endswith(NO_EDITION_YEAR))
    dated = dataclasses.replace(
        edition,
        year=year,
        evidence=evidence,
        narratives=tuple(
            dataclasses.replace(cut, year=year, evidence=evidence) for cut in edition.narratives
        ),
        warnings=(note, *said),
    )
    return dated, year


def _tier(cut: Cut) -> str | None:
    """The tier of a cut narrative: its heading's, else (a heading that spells it in a
    way not read as one) what its text says."""
    if cut.tier is not None:
        return str(cut.tier)
    try:
        tier = segmented(cut).tier
    except TipdiffError:  # its pair's job says why it cannot be read
        return None
    return None if tier is None else str(tier)


# ------------------------------------------------------------------------ pairing


def choose_editions(
    narratives: Sequence[Narrative],
) -> tuple[list[Narrative], list[tuple[Narrative, Narrative]]]:
    """One narrative per country and edition: the most complete copy (one that gives
    the tier, then the most sections, then the most words). Returns the chosen ones and
    each copy set aside with the one chosen over it."""
    groups: dict[tuple[str, int], list[Narrative]] = {}
    for narrative in narratives:
        groups.setdefault((narrative.key, narrative.year), []).append(narrative)
    chosen: list[Narrative] = []
    set_aside: list[tuple[Narrative, Narrative]] = []
    for copies in groups.values():
        best = copies[0] if _alike(copies) else max(copies, key=_completeness)
        chosen.append(best)
        set_aside += [(copy, best) for copy in copies if copy is not best]
    return chosen, set_aside


def _alike(copies: Sequence[Narrative]) -> bool:
    """One copy, or copies cut from the same text (one edition given twice): no copy is
    more complete than the first, and none needs reading to know it."""
    cuts = {None if n.cut is None else (n.cut.text, n.cut.numbers, n.cut.name, n.cut.tier) for n in copies}
    return len(copies) == 1 or (len(cuts) == 1 and None not in cuts)


def _completeness(narrative: Narrative) -> tuple[bool, int, int, int]:
    """How complete a copy is: whether it gives the tier, its sections, its words; of
    copies as complete, the one under the shortest file name is the original ("X.html",
    not "X (1).html" or "X copy.html")."""
    shorter = -len(narrative.path.name)
    if narrative.cut is None:
        return narrative.tier is not None, narrative.sections, narrative.words, shorter
    try:
        report = segmented(narrative.cut)
    except TipdiffError:  # it cannot be read: any other copy is more complete
        return False, -1, -1, shorter
    return narrative.tier is not None, len(report.sections), len(report.text.split()), shorter


def pair_editions(narratives: Sequence[Narrative], mode: str) -> list[tuple[Narrative, Narrative]]:
    """Pair the editions of each country: each with the next, the latest two, or all
    pairs. Give one narrative per country and edition (:func:`choose_editions`)."""
    if mode not in PAIR_MODES:
        raise UsageError(f"unknown --pairs {mode!r}; choose from: {', '.join(PAIR_MODES)}")
    pairs: list[tuple[Narrative, Narrative]] = []
    for editions in _by_country(narratives).values():
        if mode == "consecutive":
            pairs.extend(itertools.pairwise(editions))
        elif mode == "latest" and len(editions) >= 2:
            pairs.append((editions[-2], editions[-1]))
        elif mode == "all":
            pairs.extend(itertools.combinations(editions, 2))
    return pairs


def whole_editions(narratives: Sequence[Narrative], folders: Sequence[Sequence[Path]]) -> set[int]:
    """The editions the inputs hold whole: those read from the report as published, and
    each input folder's one edition when all its narratives are of one year (the country
    pages of a release, saved from the web)."""
    whole = {n.year for n in narratives if n.cut is not None}
    for files in folders:
        inside = set(files)
        years = {n.year for n in narratives if n.path in inside}
        if len(years) == 1:
            whole |= years
    return whole


def lone_editions(narratives: Sequence[Narrative], whole: set[int]) -> list[dict[str, Any]]:
    """Countries the batch's latest edition cannot be compared for.

    What is news only where the inputs hold ``whole`` editions (see
    :func:`whole_editions`), which name every country they cover: ``new``, only in the
    latest edition, an earlier one held whole; ``gone``, not in the latest edition, held
    whole. Among narratives of mixed years the same countries are ``only`` (one edition
    among the inputs) or ``older`` (no narrative of the latest year among them)."""
    if not narratives:
        return []
    latest = max(n.year for n in narratives)
    rows = []
    for editions in _by_country(narratives).values():
        last = editions[-1]
        if last.year != latest:
            status = "gone" if latest in whole else "older"
        elif len(editions) == 1:
            status = "new" if any(year < latest for year in whole) else "only"
        else:
            continue
        rows.append({"country": last.country, "year": last.year, "status": status, "file": last.label})
    return rows


def _by_country(narratives: Sequence[Narrative]) -> dict[str, list[Narrative]]:
    by_country: dict[str, list[Narrative]] = {}
    for narrative in narratives:
        by_country.setdefault(narrative.key, []).append(narrative)
    return {
        key: sorted(by_country[key], key=lambda n: (n.year, n.path.name))
        for key in sorted(by_country)
    }
