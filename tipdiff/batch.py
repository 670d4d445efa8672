"""The release-day job: a folder of narratives in, a brief per country pair out.

Steps: find the narratives in a folder, read each one's country and edition (from the
text, else a manifest, else the file name), group them by country, pair editions, then
compare and render every pair in worker processes started once for the batch, and
write ``index.html`` and ``summary.json``. A file that cannot be read is listed with
its reason and never stops the batch. Every output file is written atomically.

Faults: when a worker process dies (SIGKILL, out of memory, a crash in a C library)
the pool is replaced, the jobs that were waiting run in the new one and each job that
was running is retried once alone; a job whose worker dies again is listed as failed
("its worker process died"). Ctrl-C stops handing out jobs, lets the running ones
finish their writes and leaves no temporary file.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import multiprocessing
import os
import queue
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .errors import TipdiffError, UsageError
from .files import remove_temporary_files, write_atomic
from .model import Movement, RecommendationStatus, Report, ReportDiff

log = logging.getLogger(__name__)

PAIR_MODES = ("consecutive", "latest", "all")
FORMATS = ("html", "pdf", "md", "json")
SUFFIXES = {"html": ".html", "pdf": ".pdf", "md": ".md", "json": ".json"}
NARRATIVE_SUFFIXES = (".txt", ".text", ".html", ".htm")

#: The conditions ``--fail-on`` understands, and what each looks for.
FAIL_CONDITIONS = {
    "tier-downgrade": "the tier went down",
    "verdict-decrease": "an effort verdict went down",
    "new-recommendation": "a recommendation is new",
    "figure-revision": "the new edition revises a figure the old one reported",
}

_NAME_PATTERN = re.compile(r"^(?P<country>[a-z][a-z'’ _-]*?)[-_ ](?P<year>(?:19|20)\d{2})\b", re.I)


def parse_fail_on(value: str | None) -> tuple[str, ...]:
    """Split a comma list of ``--fail-on`` conditions, refusing unknown ones."""
    if not value:
        return ()
    names = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [n for n in names if n not in FAIL_CONDITIONS]
    if unknown:
        raise UsageError(
            f"unknown --fail-on condition {', '.join(map(repr, unknown))}; "
            f"choose from: {', '.join(FAIL_CONDITIONS)}"
        )
    return names


def fail_reasons(diff: ReportDiff, conditions: Iterable[str]) -> list[str]:
    """The reasons, one per finding, that the given ``--fail-on`` conditions hold."""
    label = _pair_label(diff)
    reasons: list[str] = []
    for condition in conditions:
        if condition == "tier-downgrade" and diff.tier.movement is Movement.DOWNGRADE:
            reasons.append(f"{label}: tier-downgrade: {diff.tier.old} → {diff.tier.new}")
        elif condition == "verdict-decrease":
            for section in diff.sections:
                verdict = section.verdict
                if verdict is not None and verdict.movement is Movement.DOWNGRADE:
                    old = verdict.old.phrase if verdict.old else "?"
                    new = verdict.new.phrase if verdict.new else "?"
                    reasons.append(
                        f"{label}: verdict-decrease: {section.name.value}: {old} → {new}"
                    )
        elif condition == "new-recommendation":
            for match in diff.recommendations:
                if match.status is RecommendationStatus.NEW:
                    reasons.append(f"{label}: new-recommendation: {match.new[0]}")
        elif condition == "figure-revision":
            for delta in diff.figures:
                if delta.check == "revised":
                    old = "?" if delta.old is None else f"{delta.old.value:,g}"
                    new = "?" if delta.new is None else f"{delta.new.value:,g}"
                    reasons.append(
                        f"{label}: figure-revision: {delta.metric} ({delta.period}) {old} → {new}"
                    )
    return reasons


def _pair_label(diff: ReportDiff) -> str:
    country = diff.new.country or diff.old.country or "unknown country"
    return f"{country} {diff.old.year or '?'}→{diff.new.year or '?'}"


# --------------------------------------------------------------------- discovery


@dataclass(frozen=True, slots=True)
class Narrative:
    """One input file and the edition it holds."""

    path: Path
    country: str
    year: int
    country_from: str  # "text" | "manifest" | "file name"
    year_from: str

    def load(self) -> Report:
        """The Report, with the country and edition the batch settled on."""
        from . import load

        return load(
            self.path,
            country=None if self.country_from == "text" else self.country,
            year=None if self.year_from == "text" else self.year,
        )


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.path, "reason": self.reason}


def find_narratives(folder: Path) -> list[Path]:
    """Every narrative file under ``folder`` (recursively), in a stable order."""
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; give the folder that holds the narratives")
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in NARRATIVE_SUFFIXES
        and not p.name.startswith(".")
        and p.name.lower() not in ("readme.txt", "readme.md")
    )


def read_manifest(path: Path | None) -> dict[str, dict[str, Any]]:
    """Read a manifest: a JSON list of ``{"file", "country", "year"|"edition"}`` objects
    (or a mapping of file name to such an object). Keys are file names."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the manifest {path}: {exc}") from exc
    entries = data.items() if isinstance(data, dict) else ((e.get("file"), e) for e in data)
    manifest: dict[str, dict[str, Any]] = {}
    for name, entry in entries:
        if not name or not isinstance(entry, dict):
            continue
        year = entry.get("year", entry.get("edition", entry.get("report_year")))
        manifest[Path(str(name)).name] = {"country": entry.get("country"), "year": year}
    return manifest


def identify(path: Path, manifest: dict[str, dict[str, Any]]) -> Narrative:
    """Country and edition of one file: a manifest entry wins, then the text, then the
    file name ("moldova-2024.txt")."""
    from . import ingest, segment

    given = manifest.get(path.name, {})
    # Only the metadata is needed here: the figures stage runs when the pair is compared.
    report = segment.segment(
        ingest.clean(path), country=given.get("country") or None, year=given.get("year") or None
    )
    named = _NAME_PATTERN.match(path.stem)
    country_from = "manifest" if given.get("country") else "text"
    year_from = "manifest" if given.get("year") else "text"
    country, year = report.country, report.year
    if not country and named:
        country, country_from = (
            named.group("country").replace("_", " ").replace("-", " ").title(),
            "file name",
        )
    if not year and named:
        year, year_from = int(named.group("year")), "file name"
    if not country:
        raise TipdiffError(
            "the text never names its country; add it to a manifest or name the file "
            "like 'country-2024.txt'"
        )
    if not year:
        raise TipdiffError(
            "the text does not say its edition; add it to a manifest or name the file "
            "like 'country-2024.txt'"
        )
    return Narrative(path, country, year, country_from, year_from)


def pair_editions(narratives: Sequence[Narrative], mode: str) -> list[tuple[Narrative, Narrative]]:
    """Pair the editions of each country: consecutive, latest two, or all pairs."""
    if mode not in PAIR_MODES:
        raise UsageError(f"unknown --pairs {mode!r}; choose from: {', '.join(PAIR_MODES)}")
    by_country: dict[str, list[Narrative]] = {}
    for narrative in narratives:
        by_country.setdefault(narrative.country.casefold(), []).append(narrative)
    pairs: list[tuple[Narrative, Narrative]] = []
    for key in sorted(by_country):
        editions = sorted(by_country[key], key=lambda n: (n.year, n.path.name))
        if mode == "consecutive":
            pairs.extend(itertools.pairwise(editions))
        elif mode == "latest" and len(editions) >= 2:
            pairs.append((editions[-2], editions[-1]))
        elif mode == "all":
            pairs.extend(
                (editions[i], editions[j])
                for i in range(len(editions))
                for j in range(i + 1, len(editions))
            )
    return pairs


# ------------------------------------------------------------------------ work


@dataclass(frozen=True, slots=True)
class PairJob:
    old: Narrative
    new: Narrative
    out_dir: Path
    formats: tuple[str, ...]
    paper: str
    template_dir: str | None
    fail_on: tuple[str, ...]

    @property
    def stem(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.new.country.casefold()).strip("-") or "country"
        name = f"{slug}-{self.old.year}-{self.new.year}"
        if self.old.year == self.new.year:  # two copies of one edition
            name += f"-{self.old.path.stem}-{self.new.path.stem}"
        return name


def run_pair(job: PairJob) -> dict[str, Any]:
    """Compare one pair and write its briefs; returns its row for the index."""
    from . import compare, render

    diff = compare(job.old.load(), job.new.load())
    outputs: dict[str, str] = {}
    for fmt in job.formats:
        target = job.out_dir / f"{job.stem}{SUFFIXES[fmt]}"
        render.write_brief(diff, target, format=fmt, paper=job.paper, template_dir=job.template_dir)
        outputs[fmt] = target.name
    return summarise(diff, job, outputs)


def summarise(diff: ReportDiff, job: PairJob, outputs: dict[str, str]) -> dict[str, Any]:
    """The pair's row in ``summary.json`` and the index."""
    changes = sum(s.stats.total_changes for s in diff.sections)
    return {
        "country": job.new.country,
        "old": {"year": job.old.year, "file": job.old.path.name, "tier": _str(diff.old.tier)},
        "new": {"year": job.new.year, "file": job.new.path.name, "tier": _str(diff.new.tier)},
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
        "changes": changes,
        "recommendations": {
            status.value: sum(1 for r in diff.recommendations if r.status is status)
            for status in RecommendationStatus
        },
        "briefs": outputs,
        "flags": fail_reasons(diff, job.fail_on),
        "warnings": list(diff.warnings),
    }


def _str(value: object) -> str | None:
    return None if value is None else str(value)


# ------------------------------------------------------------------- the batch


@dataclass
class BatchResult:
    pairs: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [flag for row in self.pairs for flag in row["flags"]]

    @property
    def exit_code(self) -> int:
        """2 when any input or pair failed, else 1 when a ``--fail-on`` flag was raised."""
        if self.failures:
            return 2
        return 1 if self.flags else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": 1,
            "pairs": self.pairs,
            "failures": [f.to_dict() for f in self.failures],
            "inputs": [
                {
                    "file": n.path.name,
                    "country": n.country,
                    "year": n.year,
                    "country_from": n.country_from,
                    "year_from": n.year_from,
                }
                for n in self.narratives
            ],
            "exit_code": self.exit_code,
        }


def run_batch(
    input_dir: str | os.PathLike[str],
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
    """Compare every pair of editions in ``input_dir``; write briefs, an index and a summary.

    ``timeout``: seconds one job (reading a file, or comparing a pair and writing its
    briefs) may take; a job that runs longer is stopped and listed as a failure.
    """
    if timeout is not None and not timeout > 0:
        raise UsageError("the timeout must be a number of seconds above 0")
    source = Path(input_dir)
    out = Path(output_dir)
    bad_formats = [f for f in formats if f not in FORMATS]
    if bad_formats:
        raise UsageError(f"unknown format {bad_formats[0]!r}; choose from: {', '.join(FORMATS)}")
    # Briefs written into a folder inside the input folder are not narratives: a second
    # run must read the same inputs as the first.
    paths = [p for p in find_narratives(source) if not p.resolve().is_relative_to(out.resolve())]
    manifest_path = Path(manifest) if manifest else _default_manifest(source)
    known = read_manifest(manifest_path)
    out.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    workers = _Workers(max(1, jobs or os.cpu_count() or 1), timeout)
    job_list: list[PairJob] = []
    try:
        identified = _run_all(
            workers,
            [(identify, (p, known)) for p in paths],
            [str(p) for p in paths],
            progress,
            "read",
        )
        for path, outcome in zip(paths, identified, strict=True):
            if isinstance(outcome, Failure):
                result.failures.append(Failure(_relative(path, source), outcome.reason))
            else:
                result.narratives.append(outcome)
        job_list = [
            PairJob(old, new, out, tuple(formats), paper, template_dir, tuple(fail_on))
            for old, new in pair_editions(result.narratives, pairs)
        ]
        labels = [f"{j.old.path.name} → {j.new.path.name}" for j in job_list]
        outcomes = _run_all(
            workers, [(run_pair, (j,)) for j in job_list], labels, progress, "compared"
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


def _remove_temporary_files(jobs: Sequence[PairJob]) -> None:
    for job in jobs:
        for fmt in job.formats:
            for path in remove_temporary_files(job.out_dir / f"{job.stem}{SUFFIXES[fmt]}"):
                log.info("removed %s, left by a worker process that died writing it", path)


def _default_manifest(folder: Path) -> Path | None:
    candidate = folder / "manifest.json"
    return candidate if candidate.is_file() else None


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


# ------------------------------------------------------------------ worker processes

#: Why a job failed when its worker process died both times it was run.
WORKER_DIED = "its worker process died"

_STARTED: Any = None  # in a worker process: the queue that hears which job starts


def _start_worker(started: Any) -> None:
    """Pool initializer: remember where to announce the jobs this worker starts, and
    leave Ctrl-C to the batch, which stops handing out jobs and lets the running ones
    finish their (atomic) writes; a worker never prints a KeyboardInterrupt traceback."""
    global _STARTED
    _STARTED = started
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _tracked(index: int, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """Run one job in a worker, first telling the batch which job this process runs."""
    if _STARTED is not None:
        _STARTED.put((index, os.getpid()))
    return function(*args)


class _Workers:
    """The batch's worker processes: one shared pool, replaced when a worker dies.

    Every pool announces the jobs its workers start on a queue of its own, so after a
    worker died the batch knows which jobs were running then (one of them killed it)
    and which were only waiting (they are simply run again).
    """

    def __init__(self, count: int, timeout: float | None = None) -> None:
        self.count = count
        self.timeout = timeout  # seconds a job may run before its process is stopped
        self._pool: ProcessPoolExecutor | None = None
        self._started: Any = None

    @staticmethod
    def fresh(count: int) -> tuple[ProcessPoolExecutor, Any]:
        started: Any = multiprocessing.SimpleQueue()
        pool = ProcessPoolExecutor(
            max_workers=count, initializer=_start_worker, initargs=(started,)
        )
        return pool, started

    def shared(self) -> tuple[ProcessPoolExecutor, Any]:
        if self._pool is None:
            self._pool, self._started = self.fresh(self.count)
        return self._pool, self._started

    def discard(self) -> None:
        """Forget a broken pool (its processes are gone or being stopped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._started = None

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
        self._pool = self._started = None


@dataclass(slots=True)
class _Running:
    """The jobs a pool's workers said they started: job → (process id, when heard)."""

    started: Any  # the pool's announcement queue
    jobs: dict[int, tuple[int, float]] = field(default_factory=dict)

    def hear(self) -> None:
        """Read the announcements made since last time.

        Read often: a worker waits when the queue's pipe is full."""
        with contextlib.suppress(OSError, EOFError, ValueError):
            while not self.started.empty():
                index, pid = self.started.get()
                self.jobs[index] = (pid, time.monotonic())

    def forget_earlier(self) -> None:
        """Drop what the jobs of an earlier call announced on this pool's queue (they
        have all finished, so every announcement of theirs is there): the same job
        numbers are used again."""
        self.hear()
        self.jobs.clear()

    def __contains__(self, index: object) -> bool:
        return index in self.jobs

    def stop_overdue(self, timeout: float, finished: set[int], stopped: set[int]) -> float:
        """Kill the process of every job running longer than ``timeout`` (adding it to
        ``stopped``); return the seconds until the next job would be overdue."""
        now = time.monotonic()
        wait = _POLL_SECONDS
        for index, (pid, since) in self.jobs.items():
            if index in finished or index in stopped:
                continue
            left = since + timeout - now
            if left <= 0:
                log.warning("stopping a job that ran for more than %g s (process %d)", timeout, pid)
                with contextlib.suppress(OSError):
                    os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
                stopped.add(index)
            else:
                wait = min(wait, left)
        return wait


_POLL_SECONDS = 0.5  # how often a batch with a timeout looks at its running jobs


def _next_finished(
    finished: queue.SimpleQueue[Future[Any]],
    running: _Running,
    timeout: float | None,
    done: set[int],
    stopped: set[int],
) -> Future[Any]:
    """The next completed future; with a ``timeout``, stopping overdue jobs meanwhile."""
    while True:
        running.hear()
        if timeout is None:
            return finished.get()
        with contextlib.suppress(queue.Empty):
            return finished.get_nowait()  # a job that has just finished is not overdue
        wait = running.stop_overdue(timeout, done, stopped)
        try:
            return finished.get(timeout=wait)
        except queue.Empty:
            continue


def _timed_out(label: str, timeout: float | None) -> Failure:
    """A job stopped at the batch's time limit."""
    return Failure(label, f"stopped after {timeout:g} s (the batch's time limit per job)")


_BROKEN = object()  # a job whose worker process died


def _outcome(future: Future[Any], label: str) -> Any:
    """A job's result, a Failure for a TipdiffError, or _BROKEN when its worker died."""
    try:
        return future.result()
    except TipdiffError as exc:
        return Failure(label, str(exc))
    except BrokenProcessPool:
        return _BROKEN


def _run_all(
    workers: _Workers,
    calls: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]],
    labels: Sequence[str],
    progress: TextIO | None,
    verb: str,
) -> list[Any]:
    """Run calls in the worker processes; results keep their order.

    A TipdiffError becomes a Failure. When a worker process dies (killed, out of
    memory, a crash in a C library), the pool is replaced: the jobs that were only
    waiting run again in the new pool, and each job that was running at that moment
    is retried once on its own, in a fresh process; a job whose worker dies again is
    a Failure ("its worker process died") and the batch goes on.
    """
    results: list[Any] = [None] * len(calls)
    waiting = list(range(len(calls)))
    started_at = time.monotonic()
    done_count = 0
    while waiting:
        pool, started = workers.shared()
        running = _Running(started)
        running.forget_earlier()
        futures: dict[Future[Any], int] = {}
        unfinished: list[int] = []
        for position, index in enumerate(waiting):
            try:
                futures[pool.submit(_tracked, index, *calls[index])] = index
            except BrokenProcessPool:  # a worker died while jobs were being handed out
                unfinished.extend(waiting[position:])
                break
        # Completed futures arrive on a C-level queue: waiting on it holds no lock, so a
        # Ctrl-C there cannot leave one held for the pool's own thread (bpo-29988).
        finished: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
        for future in futures:
            future.add_done_callback(finished.put)
        done: set[int] = set()
        stopped: set[int] = set()
        for _ in range(len(futures)):
            future = _next_finished(finished, running, workers.timeout, done, stopped)
            index = futures[future]
            done.add(index)
            outcome = _outcome(future, labels[index])
            if outcome is _BROKEN:
                unfinished.append(index)
                continue
            results[index] = outcome
            done_count += 1
            _progress(progress, verb, done_count, len(calls), started_at)
        if not unfinished:
            break
        running.hear()
        workers.discard()
        for index in sorted(i for i in unfinished if i in stopped):
            results[index] = _timed_out(labels[index], workers.timeout)
            done_count += 1
        unfinished = [i for i in unfinished if i not in stopped]
        if stopped:
            # The batch stopped the pool itself: the other jobs are innocent, run them again.
            waiting = sorted(unfinished)
            continue
        suspects = sorted(i for i in unfinished if i in running) or sorted(unfinished)
        waiting = sorted(i for i in unfinished if i not in suspects)
        log.warning(
            "a worker process died while running %s; retrying %d job(s) on their own",
            ", ".join(labels[i] for i in suspects),
            len(suspects),
        )
        for index in suspects:
            results[index] = _run_alone(calls[index], index, labels[index], workers.timeout)
            done_count += 1
            _progress(progress, verb, done_count, len(calls), started_at)
    if progress is not None and calls:
        progress.write("\n")
    return results


def _run_alone(
    call: tuple[Callable[..., Any], tuple[Any, ...]],
    index: int,
    label: str,
    timeout: float | None,
) -> Any:
    """Retry one job whose worker died, alone in a fresh process."""
    pool, started = _Workers.fresh(1)
    future = pool.submit(_tracked, index, *call)
    finished: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
    future.add_done_callback(finished.put)
    stopped: set[int] = set()
    try:
        _next_finished(finished, _Running(started), timeout, set(), stopped)
        outcome = _outcome(future, label)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if stopped:
        return _timed_out(label, timeout)
    if outcome is _BROKEN:
        log.warning("the worker process running %s died again; giving up on it", label)
        return Failure(label, WORKER_DIED)
    return outcome


def _progress(stream: TextIO | None, verb: str, done: int, total: int, started: float) -> None:
    if stream is None:
        return
    elapsed = max(time.monotonic() - started, 1e-6)
    rate = done / elapsed
    eta = (total - done) / rate if rate else 0.0
    stream.write(f"\r{verb} {done}/{total}  {rate:.1f}/s  ETA {eta:.0f}s ")
    stream.flush()


def progress_stream(quiet: bool) -> TextIO | None:
    """stderr when it is a terminal and the user did not ask for quiet, else None."""
    return None if quiet or not sys.stderr.isatty() else sys.stderr


def _write_index(result: BatchResult, out: Path, template_dir: str | None) -> None:
    from .render import render_index

    html = render_index(result.to_dict(), template_dir=template_dir)
    write_atomic(out / "index.html", html.encode("utf-8"))
