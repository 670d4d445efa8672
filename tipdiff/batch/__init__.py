"""The release-day job: editions in, a brief per country pair, an index and a summary out.

Steps (see :mod:`.discover` and :mod:`.workers`): gather the inputs — folders of
narratives, single narratives, whole editions (the report as published, turned into
text by ``pdftotext``, or multi-country web pages) — and read each one's country and
edition in worker processes; keep one narrative per country and edition; pair the
editions of each country; compare and render every pair in the workers; write
``index.html`` and ``summary.json``. An input that cannot be read is listed with its
reason and never stops the batch. Every output file is written atomically, a batch
that has nothing to compare writes nothing, and an earlier batch's briefs that this one
does not write again are removed.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..countries import country_slug
from ..errors import RenderError, UsageError
from ..failon import fail_reasons
from ..files import check_folder, make_folder, remove_temporary_files, write_atomic
from ..model import Movement, ReportDiff
from ..render.formats import OUTPUT_FORMATS, output_format
from .discover import (
    MANIFEST_KEYS,
    PAIR_MODES,
    Inputs,
    ManifestEntry,
    Narrative,
    Skipped,
    choose_editions,
    file_size,
    find_narratives,
    gather,
    identify,
    lone_editions,
    pair_editions,
    read_manifest,
    whole_editions,
)
from .workers import WORKER_DIED, Failure, Workers, progress_stream, run_all

__all__ = [
    "BATCH_PAGES",
    "BRIEF_SUFFIXES",
    "FORMATS",
    "MANIFEST_KEYS",
    "PAIR_MODES",
    "WORKER_DIED",
    "BatchResult",
    "Failure",
    "Narrative",
    "PairJob",
    "batch_format",
    "find_narratives",
    "identify",
    "pair_editions",
    "progress_stream",
    "read_manifest",
    "read_narratives",
    "run_batch",
    "run_pair",
]

log = logging.getLogger(__name__)

#: The brief formats a batch writes, each named as its files' suffix (``md``).
FORMATS = tuple(f.suffix.removeprefix(".") for f in OUTPUT_FORMATS.values())
#: The suffixes of the brief files a batch writes, and its two pages beside them.
BRIEF_SUFFIXES = frozenset(f.suffix for f in OUTPUT_FORMATS.values())
BATCH_PAGES = ("summary.json", "index.html")


def batch_format(name: str) -> str:
    """A format by any of its names (``markdown``, ``md``, ``htm``…) as a batch names
    it: its files' suffix (``md``), the key of a row's ``briefs``."""
    return output_format(name).suffix.removeprefix(".")


# ------------------------------------------------------------------------- work


@dataclass(frozen=True, slots=True)
class PairJob:
    """One pair to compare, and where and how to write its briefs."""

    old: Narrative
    new: Narrative
    out_dir: Path
    formats: tuple[str, ...]
    paper: str
    template_dir: str | None
    fail_on: tuple[str, ...]
    stem: str = ""

    @property
    def label(self) -> str:
        return f"{self.old.label} → {self.new.label}"


def brief_stem(old: Narrative, new: Narrative) -> str:
    """The file name of a pair's briefs, without suffix ("azerbaijan-2023-2024")."""
    return f"{country_slug(new.country)}-{old.year}-{new.year}"


def run_pair(job: PairJob) -> dict[str, Any]:
    """Compare one pair and write its briefs; returns its row for the index."""
    from .. import compare, render

    diff = compare(job.old.load(), job.new.load())
    stem = job.stem or brief_stem(job.old, job.new)
    outputs: dict[str, str] = {}
    for fmt in job.formats:
        target = job.out_dir / f"{stem}{output_format(fmt).suffix}"
        render.write_brief(diff, target, format=fmt, paper=job.paper, template_dir=job.template_dir)
        outputs[fmt] = target.name
    return summarise(diff, job, outputs)


def summarise(diff: ReportDiff, job: PairJob, outputs: dict[str, str]) -> dict[str, Any]:
    """The pair's row in ``summary.json`` and the index: the brief's own counts and
    warnings."""
    from .. import render

    counts = diff.counts()

    def side(narrative: Narrative, tier: object) -> dict[str, Any]:
        return {
            "year": narrative.year,
            "file": narrative.path.name,
            "tier": None if tier is None else str(tier),
            "pages": None if narrative.pages is None else list(narrative.pages),
        }

    return {
        "country": job.new.country,
        "old": side(job.old, diff.old.tier),
        "new": side(job.new, diff.new.tier),
        "tier_movement": diff.tier.movement.value,
        "verdicts": {
            s.name.value: {
                "old": s.verdict.old.phrase if s.verdict.old else None,
                "new": s.verdict.new.phrase if s.verdict.new else None,
                "movement": s.verdict.movement.value,
            }
            for s in diff.sections
            if s.verdict is not None
        },
        "highlights": [h.to_dict() for h in diff.highlights],
        "changes": counts.changed_sentences,
        "sentences": {str(kind): n for kind, n in counts.sentences.items()},
        "recommendations": {str(status): n for status, n in counts.recommendations.items()},
        "briefs": outputs,
        "flags": fail_reasons(diff, job.fail_on),
        "warnings": list(render.brief_notes(diff)),
    }


# -------------------------------------------------------------------- the batch


@dataclass
class BatchResult:
    """What a batch read, compared, set aside and could not use."""

    pairs: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    set_aside: list[tuple[Narrative, Narrative]] = field(default_factory=list)
    lone: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # an earlier batch's briefs, not written again

    @property
    def flags(self) -> list[str]:
        return [flag for row in self.pairs for flag in row["flags"]]

    @property
    def exit_code(self) -> int:
        """2 when any input or pair failed, else 1 when a ``--fail-on`` flag was raised."""
        if self.failures:
            return 2
        return 1 if self.flags else 0

    def totals(self) -> dict[str, int]:
        """The numbers the index opens with."""

        def moved(row: dict[str, Any], way: Movement) -> bool:
            return bool(row["tier_movement"] == way.value)

        return {
            "pairs": len(self.pairs),
            "upgrades": sum(moved(r, Movement.UPGRADE) for r in self.pairs),
            "downgrades": sum(moved(r, Movement.DOWNGRADE) for r in self.pairs),
            "verdict_decreases": sum(
                v["movement"] == Movement.DOWNGRADE.value
                for r in self.pairs
                for v in r["verdicts"].values()
            ),
            "flags": len(self.flags),
            "failures": len(self.failures),
            "countries_new": sum(r["status"] == "new" for r in self.lone),
            "countries_gone": sum(r["status"] == "gone" for r in self.lone),
            "narratives": len(self.narratives),
            "skipped": len(self.skipped),
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``summary.json`` (schema: ``tipdiff/data/summary.schema.json``)."""
        return {
            "schema_version": 1,
            "totals": self.totals(),
            "pairs": self.pairs,
            "lone": self.lone,
            "failures": [f.to_dict() for f in self.failures],
            "skipped": [s.to_dict() for s in self.skipped],
            "set_aside": [
                {
                    "country": copy.country,
                    "year": copy.year,
                    "file": copy.label,
                    "chosen": chosen.label,
                    "reason": "another copy of this edition is more complete",
                }
                for copy, chosen in self.set_aside
            ],
            "inputs": [n.to_dict() for n in self.narratives],
            "exit_code": self.exit_code,
        }


def run_batch(
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    output_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = ("html",),
    pairs: str = "consecutive",
    jobs: int | None = None,
    manifest: str | os.PathLike[str] | None = None,
    paper: str = "a4",
    template_dir: str | None = None,
    fail_on: Sequence[str] = (),
    progress: TextIO | None = None,
    timeout: float | None = None,
) -> BatchResult:
    """Compare every country's editions in ``inputs``; write briefs, an index and a summary.

    ``inputs`` is one or more folders (searched recursively), single narratives or whole
    editions. ``timeout``: seconds one job (reading a file, or comparing a pair and
    writing its briefs) may take; a job that runs longer is stopped and listed as a
    failure. Raises a :class:`TipdiffError` before writing anything when the output
    path is a file or a folder that cannot be written, or when there is nothing to
    compare. The briefs an earlier batch wrote into ``output_dir`` (as its
    ``summary.json`` lists them) that this one does not write again are removed
    (``BatchResult.removed``); no other file there is touched.
    """
    out = Path(output_dir)
    _check_options(out, formats, pairs, timeout)
    formats = tuple(dict.fromkeys(batch_format(f) for f in formats))
    paths = [Path(inputs)] if isinstance(inputs, str | os.PathLike) else [Path(p) for p in inputs]
    found = gather(paths, Path(manifest) if manifest else None, exclude=out)
    result = BatchResult(skipped=list(found.skipped))
    # What every pair job runs (and the index needs), imported once here: the worker
    # processes, forked from this one, inherit it instead of each importing it again.
    from .. import align  # noqa: F401
    from ..render import outputs  # noqa: F401

    workers = Workers(max(1, jobs or os.cpu_count() or 1), timeout)
    job_list: list[PairJob] = []
    labels: list[str] = []
    try:
        narratives, failures, passed_over = read_narratives(workers, found, progress)
        result.narratives.extend(narratives)
        result.failures.extend(failures)
        result.skipped.extend(passed_over)
        chosen, result.set_aside = choose_editions(result.narratives)
        result.lone = lone_editions(chosen, whole_editions(result.narratives, found.folders))
        pair_list = pair_editions(chosen, pairs)
        if not pair_list:
            raise UsageError(_nothing_to_compare(paths, found, result))
        make_folder(out)
        job_list = _jobs(pair_list, out, tuple(formats), paper, template_dir, tuple(fail_on))
        labels = [job.label for job in job_list]
        outcomes = run_all(
            workers,
            [(run_pair, (j,)) for j in job_list],
            labels,
            progress,
            "compared",
            weights=[j.old.size + j.new.size for j in job_list],
        )
    except BaseException:
        # Ctrl-C or a bug: drop the jobs not started; the running ones finish their
        # (atomic) writes before this returns, so no worker writes after the batch ends.
        workers.close(cancel=True)
        _remove_temporary_files(job_list)
        raise
    workers.close()
    # A worker killed while writing (SIGKILL, or stopped with the pool another worker
    # broke) leaves its temporary file: no process writes any more, so remove them.
    _remove_temporary_files(job_list)
    for job, outcome in zip(job_list, outcomes, strict=True):
        if isinstance(outcome, Failure):
            result.failures.append(Failure(job.label, outcome.reason, job.new.country))
        else:
            result.pairs.append(outcome)
    earlier = earlier_briefs(out)  # read before this run's summary replaces it
    try:
        # summary.json first: it is what a CI job reads, index.html what a person opens
        write_atomic(
            out / "summary.json",
            (json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n").encode(),
        )
        _write_index(result, out, template_dir)
    except RenderError as exc:  # a full disk: say what else failed, not only the last write
        raise RenderError(f"{exc}{_failed_before(result)}") from exc
    written = {name for row in result.pairs for name in row["briefs"].values()}
    result.removed = _remove_briefs(out, [name for name in earlier if name not in written])
    return result


def _check_options(
    out: Path, formats: Sequence[str], pairs: str, timeout: float | None
) -> None:
    """Refuse a batch's options before any work: a UsageError saying what is wrong."""
    if timeout is not None and not timeout > 0:
        raise UsageError("the timeout must be a number of seconds above 0")
    if pairs not in PAIR_MODES:
        raise UsageError(f"unknown --pairs {pairs!r}; choose from: {', '.join(PAIR_MODES)}")
    for name in formats:
        output_format(name)  # a UsageError naming the formats, as compare --format's
    check_folder(out, "the briefs")


def read_inputs(
    workers: Workers,
    found: Inputs,
    progress: TextIO | None,
    job: Callable[[Path, Mapping[str, ManifestEntry]], Any],
) -> list[tuple[Path, Any]]:
    """Run ``job(path, manifest)`` on every input file in the workers: each file with
    what its job returned (or its :class:`Failure`)."""
    outcomes = run_all(
        workers,
        [(job, (p, found.manifest)) for p in found.files],
        [found.name(p) for p in found.files],
        progress,
        "read",
        weights=[file_size(p) for p in found.files],
    )
    return list(zip(found.files, outcomes, strict=True))


def read_narratives(
    workers: Workers, found: Inputs, progress: TextIO | None = None
) -> tuple[list[Narrative], list[Failure], list[Skipped]]:
    """Identify every input file in the workers: the narratives found, the files that
    could not be read, and the files found in a folder that are no narrative (a site's
    other pages saved with the country pages), which are passed over."""
    narratives: list[Narrative] = []
    failures: list[Failure] = []
    passed_over: list[Skipped] = []
    for path, outcome in read_inputs(workers, found, progress, identify):
        if isinstance(outcome, Failure) and outcome.not_a_narrative and path in found.names:
            passed_over.append(Skipped(str(path), outcome.reason.replace(str(path), "it", 1)))
        elif isinstance(outcome, Failure):
            failures.append(Failure(found.name(path), outcome.reason))
        else:
            narratives.extend(outcome)
    return narratives, failures, passed_over


def _jobs(
    pair_list: Sequence[tuple[Narrative, Narrative]],
    out: Path,
    formats: tuple[str, ...],
    paper: str,
    template_dir: str | None,
    fail_on: tuple[str, ...],
) -> list[PairJob]:
    """One job per pair, each with a file name no other pair uses."""
    jobs: list[PairJob] = []
    used: set[str] = set()
    for old, new in pair_list:
        stem = base = brief_stem(old, new)
        number = 2
        while stem in used:
            stem, number = f"{base}-{number}", number + 1
        used.add(stem)
        jobs.append(PairJob(old, new, out, formats, paper, template_dir, fail_on, stem))
    return jobs


def _nothing_to_compare(paths: Sequence[Path], found: Inputs, result: BatchResult) -> str:
    """Why a batch has no pair to compare, in one line that names the input to blame."""
    files = found.files
    if not files:
        passed = f" ({len(result.skipped)} other files skipped)" if result.skipped else ""
        return f"no narrative files (.txt, .html) among the inputs{passed}; nothing to compare"
    if not result.narratives:
        first = result.failures[0] if result.failures else None
        why = f"; {first.path}: {first.reason}" if first else ""
        return f"none of the {len(files)} input files could be read{why}"
    countries = len({n.key for n in result.narratives})
    years = sorted({n.year for n in result.narratives})
    found_here = (
        f"nothing to compare: each of the {countries} countries has one edition "
        f"({', '.join(map(str, years))})"
    )
    causes = _one_edition_causes(paths, found, result)
    if not causes:
        return f"{found_here}; give two editions"
    return f"{found_here}, because {' and '.join(causes)}"


def _one_edition_causes(paths: Sequence[Path], found: Inputs, result: BatchResult) -> list[str]:
    """The inputs that gave no second edition: one given twice, a copy of another, an
    empty folder, a file that could not be read."""
    causes = []
    seen: set[Path] = set()
    for path in paths:
        if path.resolve() in seen:
            causes.append(f"{path} was given twice")
        seen.add(path.resolve())
    read_from = Counter(narrative.path for narrative in result.narratives)
    copies: dict[Path, list[tuple[Narrative, Narrative]]] = {}
    for copy, chosen in result.set_aside:
        copies.setdefault(copy.path, []).append((copy, chosen))
    for path, pairs in copies.items():
        originals = {chosen.path for _, chosen in pairs}
        years = {copy.year for copy, _ in pairs}
        if len(pairs) == read_from[path] and len(originals) == 1 and len(years) == 1:
            causes.append(
                f"{found.name(path)} is the same {years.pop()} edition as "
                f"{found.name(originals.pop())}"
            )
    causes += [f"{folder} holds no narrative file (.txt, .html)" for folder in found.empty]
    if result.failures:
        first = result.failures[0]
        said = first.reason if first.reason.startswith(first.path) else (
            f"{first.path} could not be read ({first.reason})"
        )
        causes.append(
            said
            if len(result.failures) == 1
            else f"{len(result.failures)} input files could not be read "
            f"(first: {first.path}: {first.reason})"
        )
    return causes


def earlier_briefs(out: Path) -> list[str]:
    """The briefs an earlier batch wrote into ``out``, as its ``summary.json`` lists them:
    file names in ``out`` with a brief format's suffix (nothing else is ever removed)."""
    try:
        data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        rows = data["pairs"] if "schema_version" in data else []
        names = [name for row in rows for name in row["briefs"].values()]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return []  # none, or no summary of a batch: nothing is known to be tipdiff's
    return [
        name
        for name in dict.fromkeys(names)
        if isinstance(name, str)
        and Path(name).name == name
        and not name.startswith(".")
        and Path(name).suffix in BRIEF_SUFFIXES
        and name not in BATCH_PAGES
    ]


def _remove_briefs(out: Path, names: Sequence[str]) -> list[str]:
    """Remove the briefs ``names`` from ``out`` (an earlier run's, not written again):
    the index would not list them, yet they would be uploaded or opened with the rest."""
    removed = []
    for name in names:
        path = out / name
        if not path.is_file() or path.is_symlink():
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove %s, a brief of an earlier batch: %s", path, exc)
            continue
        removed.append(name)
    return removed


def _failed_before(result: BatchResult) -> str:
    """What a batch that stops at its last writes adds to the error: the pairs that
    failed before (their lines would have followed the closing line)."""
    pair_failures = [f for f in result.failures if f.country is not None]
    if not pair_failures:
        return ""
    total = len(pair_failures) + len(result.pairs)
    return (
        f"; pairs that failed before it: {len(pair_failures)} of {total}, "
        f"the first {pair_failures[0].line}"
    )


def _remove_temporary_files(jobs: Sequence[PairJob]) -> None:
    targets = (
        job.out_dir / f"{job.stem}{output_format(fmt).suffix}"
        for job in jobs
        for fmt in job.formats
    )
    for path in remove_temporary_files(targets):
        log.info("removed %s, left by a worker process that died writing it", path)


def _write_index(result: BatchResult, out: Path, template_dir: str | None) -> None:
    from ..render.outputs import render_index

    html = render_index(result.to_dict(), template_dir=template_dir)
    write_atomic(out / "index.html", html.encode("utf-8"))
