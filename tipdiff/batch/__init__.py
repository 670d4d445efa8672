"""The release-day job: editions in, a brief per country pair, an index and a summary out.

Steps (see :mod:`.discover` and :mod:`.workers`): gather the inputs — folders of
narratives, single narratives, whole editions (the report as published, turned into
text by ``pdftotext``, or multi-country web pages) — and read each one's country and
edition in worker processes; keep one narrative per country and edition; pair the
editions of each country; compare and render every pair in the workers; write
``index.html`` and ``summary.json``. An input that cannot be read is listed with its
reason and never stops the batch. Every output file is written atomically, and a batch
that has nothing to compare writes nothing.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..countries import country_slug
from ..errors import UsageError
from ..failon import fail_reasons
from ..files import check_folder, remove_temporary_files, write_atomic
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
)
from .workers import WORKER_DIED, Failure, Workers, progress_stream, run_all

__all__ = [
    "FORMATS",
    "MANIFEST_KEYS",
    "PAIR_MODES",
    "WORKER_DIED",
    "BatchResult",
    "Failure",
    "Narrative",
    "PairJob",
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
    """The pair's row in ``summary.json`` and the index: the brief's own counts."""
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
        "warnings": list(diff.warnings),
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
    failure. Raises :class:`UsageError` before writing anything when the output path is
    a file or when there is nothing to compare.
    """
    out = Path(output_dir)
    _check_options(out, formats, pairs, timeout)
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
        narratives, failures = read_narratives(workers, found, progress)
        result.narratives.extend(narratives)
        result.failures.extend(failures)
        chosen, result.set_aside = choose_editions(result.narratives)
        result.lone = lone_editions(chosen)
        pair_list = pair_editions(chosen, pairs)
        if not pair_list:
            raise UsageError(_nothing_to_compare(found.files, result))
        out.mkdir(parents=True, exist_ok=True)
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
    for label, outcome in zip(labels, outcomes, strict=True):
        if isinstance(outcome, Failure):
            result.failures.append(Failure(label, outcome.reason))
        else:
            result.pairs.append(outcome)
    _write_index(result, out, template_dir)
    write_atomic(
        out / "summary.json",
        (json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n").encode(),
    )
    return result


def _check_options(
    out: Path, formats: Sequence[str], pairs: str, timeout: float | None
) -> None:
    """Refuse a batch's options before any work: a UsageError saying what is wrong."""
    if timeout is not None and not timeout > 0:
        raise UsageError("the timeout must be a number of seconds above 0")
    if pairs not in PAIR_MODES:
        raise UsageError(f"unknown --pairs {pairs!r}; choose from: {', '.join(PAIR_MODES)}")
    bad_formats = [f for f in formats if f not in FORMATS]
    if bad_formats:
        raise UsageError(f"unknown format {bad_formats[0]!r}; choose from: {', '.join(FORMATS)}")
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
) -> tuple[list[Narrative], list[Failure]]:
    """Identify every input file in the workers: the narratives found, and the files
    that could not be read."""
    narratives: list[Narrative] = []
    failures: list[Failure] = []
    for path, outcome in read_inputs(workers, found, progress, identify):
        if isinstance(outcome, Failure):
            failures.append(Failure(found.name(path), outcome.reason))
        else:
            narratives.extend(outcome)
    return narratives, failures


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


def _nothing_to_compare(files: Sequence[Path], result: BatchResult) -> str:
    """Why a batch has no pair to compare, in one line."""
    if not files:
        passed = f" ({len(result.skipped)} other files skipped)" if result.skipped else ""
        return f"no narrative files (.txt, .html) among the inputs{passed}; nothing to compare"
    if not result.narratives:
        first = result.failures[0] if result.failures else None
        why = f"; {first.path}: {first.reason}" if first else ""
        return f"none of the {len(files)} input files could be read{why}"
    countries = len({n.key for n in result.narratives})
    years = sorted({n.year for n in result.narratives})
    return (
        f"nothing to compare: each of the {countries} countries has one edition "
        f"({', '.join(map(str, years))}); give two editions"
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
