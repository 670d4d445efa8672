"""Run the tipdiff benchmarks and write the results table.

    python benchmarks/run.py                # full run (≈10 minutes on 2 cores)
    python benchmarks/run.py --quick        # smoke run, under a minute
    python benchmarks/run.py --only seeds,growth --out /tmp/bench

Prints a Markdown table and writes it to ``OUT/latest.md`` and ``OUT/latest.json``
(default OUT: ``benchmarks/results``, or ``benchmarks/results/quick`` with ``--quick``).
Apart from the timings and memory figures, both files are the same from run to run.

Parts (see ``benchmarks/README.md`` for what each measures and how):

- ``seeds``: the four seed pairs, tipdiff's stages against ``difflib.HtmlDiff``;
- ``release``: a synthetic release of 190 country pairs through ``tipdiff batch``;
- ``growth``: one pair scaled ×1 … ×190, against ``git diff --word-diff=porcelain``;
- ``adversarial``: pathological inputs against a normal narrative of the same size;
- ``edition``: two generated whole editions (the report as ``pdftotext`` gives it): splitting
  one against loading its narratives from separate files, and the release-day batch
  over both against ``difflib.HtmlDiff`` over the same sentence lists;
- ``archive``: 25 generated editions of 190 countries into ``tipdiff archive`` against
  ``batch``'s reading of the same files; the database's size against the texts'; one
  country's timeline from the database against one from its text files.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synth
from benchmarks.cases import forget_text_memos

ROOT = synth.ROOT
PARTS = ("seeds", "release", "growth", "adversarial", "edition", "archive")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Config:
    """How much to measure. ``FULL`` is the committed run, ``QUICK`` the smoke run."""

    mode: str = "full"
    seed_repeats: int = 7
    seed_pairs: int = len(synth.SEED_PAIRS)  # the first N seed pairs are measured
    warmup: int = 1
    release_pairs: int = 190
    jobs: tuple[int, ...] = (1, 2)
    batch_formats: tuple[str, ...] = ("html", "pdf")
    growth_scales: tuple[int, ...] = synth.GROWTH_SCALES
    adversarial_scales: tuple[int, ...] = (1, 10)
    git_repeats: int = 5
    tracemalloc: bool = True
    stage_timeout: float = 300.0  # per stage of one case (issue 8: cap at 5 minutes)
    batch_timeout: float = 1800.0
    seed: int = synth.DEFAULT_SEED
    parts: tuple[str, ...] = PARTS
    edition_countries: int = 190  # countries of each generated whole edition
    #: sources each P section of a generated narrative is drawn from: 2 gives narratives
    #: of about 18 KB (Azerbaijan's in 2024: 17 KB) and, with 190 countries, a 3.5 MB
    #: edition, about the size of a real one's pdftotext text
    edition_section_sources: int = 2
    edition_repeats: int = 3
    edition_rounds: int = 2  # (HtmlDiff, batch) rounds; the ratio is best over best
    archive_countries: int = 190
    archive_editions: int = 25

    def growth_repeats(self, scale: int) -> int:
        """Timed runs per growth scale: fewer for the big ones, but three (a median that
        one descheduled run cannot move) wherever the seed pairs get as many."""
        if scale <= 1:
            return max(1, self.seed_repeats)
        return max(1, min(self.seed_repeats, 3))

    def growth_warmup(self, scale: int) -> int:
        return self.warmup if scale <= 10 else 0


FULL = Config()
QUICK = Config(
    mode="quick",
    seed_repeats=1,
    release_pairs=6,
    growth_scales=synth.QUICK_GROWTH_SCALES,
    adversarial_scales=(1,),
    git_repeats=3,
    tracemalloc=False,
    stage_timeout=60.0,
    batch_timeout=120.0,
    edition_countries=12,
    edition_repeats=1,
    edition_rounds=1,
    archive_countries=12,
    archive_editions=5,
)


def tiny(config: Config = QUICK) -> Config:
    """The smallest configuration that still fills every row (for the tests)."""
    return replace(
        config,
        mode="tiny",
        seed_repeats=1,
        seed_pairs=1,
        warmup=0,
        release_pairs=2,
        growth_scales=(1, 2),
        adversarial_scales=(1,),
        git_repeats=1,
        edition_countries=3,
        edition_repeats=1,
        edition_rounds=1,
        archive_countries=3,
        archive_editions=3,
    )


# ---------------------------------------------------------------------- helpers


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def tipdiff_command() -> list[str]:
    """The installed ``tipdiff`` console script next to this Python, else ``-m tipdiff``."""
    script = Path(sys.executable).parent / "tipdiff"
    return [str(script)] if script.exists() else [sys.executable, "-m", "tipdiff"]


@dataclass
class ProcessResult:
    wall: float
    exit_code: int | None  # None: killed at the timeout
    maxrss_mb: float | None  # the largest single process of the tree (command or worker)
    cpu: float | None  # user + system seconds of the whole tree (command and workers)
    stderr: str = ""

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None


LAUNCHER = Path(__file__).resolve().with_name("launch.py")


def run_process(
    args: Sequence[str], *, timeout: float, stdout: Any = subprocess.DEVNULL, cwd: Path = ROOT
) -> ProcessResult:
    """Run a command through ``launch.py``: its wall time and its tree's rusage.

    The launcher (a small ``python -I -S`` process) starts the command, reads its
    rusage with ``os.wait4`` and times it. ``ru_maxrss`` is then the peak RSS of the
    largest process of the command's tree (the command or any descendant it waited for,
    e.g. a batch worker) and not, as it would be when started from this big process,
    at least this process's own size. A command still running after ``timeout``
    seconds is killed with its whole process group."""
    with tempfile.TemporaryDirectory(prefix="tipdiff-bench-") as tmp:
        report = Path(tmp) / "rusage.json"
        err_path = Path(tmp) / "stderr"
        killed = False
        with err_path.open("wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-I", "-S", str(LAUNCHER), str(report), *args],
                stdout=stdout,
                stderr=err,
                cwd=cwd,
                start_new_session=True,
            )
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                killed = True
            outer_wall = time.perf_counter() - start
        text = err_path.read_text(encoding="utf-8", errors="replace")
        usage = _read_json(report) or {}
    return ProcessResult(
        float(usage.get("wall", outer_wall)),
        None if killed else int(usage.get("exit_code", proc.returncode)),
        round(usage["maxrss_kb"] / 1024, 1) if "maxrss_kb" in usage else None,
        float(usage["cpu"]) if "cpu" in usage else None,
        text[-2000:],
    )


def run_case(spec: dict[str, Any], *, timeout: float) -> dict[str, Any]:
    """Run one measurement in a fresh ``benchmarks.cases`` worker process."""
    with tempfile.TemporaryDirectory(prefix="tipdiff-bench-") as tmp:
        result_path = Path(tmp) / "result.json"
        process = run_process(
            [sys.executable, "-m", "benchmarks.cases", json.dumps(spec), str(result_path), tmp],
            timeout=timeout,
        )
        try:
            result = json.loads(result_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            result = {"spec": spec, "stages": {}, "status": "no result"}
    if process.timed_out:
        result["status"] = "timeout"
        for name in expected_stages(spec):
            result["stages"].setdefault(name, "timeout")
    elif process.exit_code:
        result["status"] = f"worker exit {process.exit_code}: {process.stderr[-400:]}"
    result["process_maxrss_mb"] = process.maxrss_mb
    result["process_wall"] = process.wall
    return result


def expected_stages(spec: dict[str, Any]) -> list[str]:
    names = ["load_x2", "compare", "render_html"]
    if spec.get("pdf"):
        names.append("render_pdf")
    if spec.get("htmldiff"):
        names.append("htmldiff")
    return names


def stage_time(result: dict[str, Any], name: str) -> float | str | None:
    """A stage's median seconds, or its status ("timeout", "error: …", "skipped")."""
    value = result.get("stages", {}).get(name)
    if isinstance(value, dict):
        return float(value["median"])
    return value


def number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def ratio(a: Any, b: Any) -> float | None:
    a, b = number(a), number(b)
    return a / b if a is not None and b else None


def add(*values: Any) -> float | None:
    numbers = [number(v) for v in values]
    return None if any(n is None for n in numbers) else sum(n for n in numbers if n is not None)


def median_time(args: Sequence[str], repeats: int, timeout: float) -> float | str:
    """Median wall time of an external command (stdout to a temp file, as a user would)."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryFile() as out:
            result = run_process(args, timeout=timeout, stdout=out)
        if result.timed_out:
            return "timeout"
        times.append(result.wall)
    return statistics.median(times)


@contextlib.contextmanager
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tipdiff-bench-") as tmp:
        yield Path(tmp)


# -------------------------------------------------------------------- the parts


def bench_seeds(config: Config) -> list[dict[str, Any]]:
    """Each seed pair in its own process: tipdiff's stages and HtmlDiff, same run."""
    rows = []
    for old, new in synth.SEED_PAIRS[: config.seed_pairs]:
        spec = {
            "case": "pipeline",
            "old": str(synth.seed_path(old)),
            "new": str(synth.seed_path(new)),
            "repeats": config.seed_repeats,
            "warmup": config.warmup,
            "pdf": True,
            "htmldiff": True,
            "tracemalloc": config.tracemalloc,
            "stage_timeout": config.stage_timeout,
        }
        log(f"seeds: {old}→{new} …")
        result = run_case(spec, timeout=config.stage_timeout * 6)
        tipdiff_time = add(stage_time(result, "compare"), stage_time(result, "render_html"))
        rows.append(
            {
                "pair": f"{old}→{new}",
                "old_file": Path(spec["old"]).name,
                "new_file": Path(spec["new"]).name,
                "sizes": result.get("sizes", {}),
                "seconds": {n: stage_time(result, n) for n in expected_stages(spec)},
                "cold_seconds": result.get("cold", {}),
                "ratio_compare_html_to_htmldiff": ratio(
                    tipdiff_time, stage_time(result, "htmldiff")
                ),
                "tracemalloc_peak_mb": result.get("tracemalloc"),
                "maxrss_mb": result.get("process_maxrss_mb"),
                "status": result.get("status"),
                "repeats": config.seed_repeats,
            }
        )
    return rows


def bench_release(config: Config, work: Path) -> dict[str, Any]:
    """A synthetic release through the real ``tipdiff batch`` command."""
    folder = work / "release"
    entries = synth.build_release(folder, config.release_pairs, seed=config.seed)
    files = [p for p in folder.iterdir() if p.suffix == ".txt"]
    info: dict[str, Any] = {
        "pairs": len(entries),
        "narratives": len(files),
        "input_bytes": sum(p.stat().st_size for p in files),
        "base_pairs": len(synth.base_pairs()),
        "runs": [],
    }
    for fmt in config.batch_formats:
        for jobs in config.jobs:
            out = work / f"out-{fmt}-j{jobs}"
            args = [
                *tipdiff_command(), "batch", str(folder), "-o", str(out),
                "--formats", fmt, "--jobs", str(jobs), "--quiet",
            ]  # fmt: skip
            log(f"release: {len(entries)} pairs → {fmt}, --jobs {jobs} …")
            result = run_process(args, timeout=config.batch_timeout)
            briefs = sorted(
                (p for p in out.glob(f"*.{fmt}") if p.name != "index.html"),
                key=lambda p: p.stat().st_mtime_ns,
            )
            per_brief = None
            if jobs == 1 and len(briefs) > 2:  # one worker: briefs finish one after another
                stamps = [p.stat().st_mtime_ns for p in briefs]
                per_brief = statistics.median((b - a) / 1e9 for a, b in itertools.pairwise(stamps))
            summary = _read_json(out / "summary.json")
            info["runs"].append(
                {
                    "format": fmt,
                    "jobs": jobs,
                    "wall": "timeout" if result.timed_out else result.wall,
                    "cpu": result.cpu,
                    "exit_code": result.exit_code,
                    "briefs": len(briefs),
                    "failures": len(summary.get("failures", [])) if summary else None,
                    "wall_per_brief": result.wall / len(briefs) if briefs else None,
                    "median_per_brief": per_brief,
                    "maxrss_mb": result.maxrss_mb,
                    "stderr": result.stderr.replace(str(work), "$WORK").strip()[-300:] or None,
                }
            )
            shutil.rmtree(out, ignore_errors=True)
    return info


def bench_edition(config: Config, work: Path) -> dict[str, Any]:
    """Whole editions: split one against loading its narratives from separate files
    (same process, medians), and ``tipdiff batch OLD NEW --jobs 2`` against
    ``difflib.HtmlDiff`` over the same countries' sentence lists."""
    import difflib

    from benchmarks.editions import build_edition
    from tipdiff import load, load_edition
    from tipdiff.edition import narrative_text

    count = config.edition_countries
    paths = []
    for year in (2023, 2024):
        generated = build_edition(
            year,
            countries=count,
            seed=config.seed % 1000,
            revise=0.03,
            section_sources=config.edition_section_sources,
        )
        path = work / f"tip-{year}.txt"
        path.write_text(generated.text, encoding="utf-8")
        paths.append(path)
    old_path, new_path = paths
    log(f"edition: splitting a {count}-country edition …")

    def median_seconds(function: Any) -> float:
        times = []
        for _ in range(config.edition_repeats):
            forget_text_memos()
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    split = median_seconds(lambda: load_edition(new_path))
    new = load_edition(new_path)
    folder = work / "narratives"
    folder.mkdir()
    files = []
    for number, report in enumerate(new.reports):
        files.append(folder / f"n{number:03}.txt")
        files[-1].write_text(narrative_text(report), encoding="utf-8")
    separate = median_seconds(lambda: [load(p) for p in files])
    old = {r.country: r for r in load_edition(old_path).reports}
    pairs = [(old[r.country], r) for r in new.reports if r.country in old]
    sentence_lists = [
        ([s.text for s in a.sentences], [s.text for s in b.sentences]) for a, b in pairs
    ]
    out = work / "out-edition"
    args = [
        *tipdiff_command(), "batch", str(old_path), str(new_path), "-o", str(out),
        "--formats", "html", "--jobs", "2", "--quiet",
    ]  # fmt: skip
    # Rounds of (HtmlDiff, batch) in turn: on a shared machine a burst of load spoils
    # one round rather than the ratio, which is the best batch over the best HtmlDiff.
    rounds: list[dict[str, Any]] = []
    for number in range(1, config.edition_rounds + 1):
        log(f"edition: round {number}: HtmlDiff over {len(pairs)} pairs …")
        started = time.perf_counter()
        for old_lines, new_lines in sentence_lists:
            difflib.HtmlDiff().make_file(old_lines, new_lines)
        htmldiff_round = time.perf_counter() - started
        shutil.rmtree(out, ignore_errors=True)
        log(f"edition: round {number}: tipdiff batch over two {count}-country editions, --jobs 2 …")
        result = run_process(args, timeout=config.batch_timeout)
        rounds.append(
            {
                "htmldiff": htmldiff_round,
                "batch_wall": "timeout" if result.timed_out else result.wall,
                "batch_cpu": result.cpu,
            }
        )
        if result.timed_out or result.exit_code != 0:
            break
    htmldiff = min(r["htmldiff"] for r in rounds)
    walls = [r["batch_wall"] for r in rounds if r["batch_wall"] != "timeout"]
    wall: float | str = min(walls) if walls else "timeout"
    summary = _read_json(out / "summary.json") or {}
    return {
        "countries": count,
        "bytes": new_path.stat().st_size,
        "pages": new.reports[-1].pages[1] if new.reports and new.reports[-1].pages else None,
        "narratives": len(new.reports),
        "split": split,
        "separate": separate,
        "split_vs_separate": ratio(split, separate),
        "pairs": len(pairs),
        "htmldiff": htmldiff,
        "batch_wall": wall,
        "batch_cpu": min(
            (r["batch_cpu"] for r in rounds if r["batch_cpu"] is not None), default=None
        ),
        "batch_exit_code": result.exit_code,
        "rounds": rounds,
        "briefs": len(summary.get("pairs", [])),
        "batch_vs_htmldiff": ratio(wall, htmldiff),
        "maxrss_mb": result.maxrss_mb,
    }


def _read_every_narrative(path: Path, manifest: Any) -> int:
    """What a batch reads of one input: ``identify`` cuts an edition into narratives and
    each pair's job reads its two (``Narrative.load``); here every narrative is read."""
    from tipdiff.batch import identify

    return len([narrative.load() for narrative in identify(path, manifest)])


def bench_archive(config: Config, work: Path) -> dict[str, Any]:
    """``tipdiff archive`` over generated editions, against batch's reading of the same
    files (both with 2 worker processes, in this process); the database's size; one
    country's timeline from the database against one from its own text files."""
    from benchmarks.editions import build_edition
    from tipdiff import load
    from tipdiff.archive import Archive, build
    from tipdiff.batch.discover import gather
    from tipdiff.batch.workers import Workers, run_all
    from tipdiff.edition import load_edition, narrative_text
    from tipdiff.timeline import build_timeline

    folder = work / "archive-in"
    folder.mkdir()
    last = 2025
    years = range(last - config.archive_editions + 1, last + 1)
    log(f"archive: {config.archive_editions} editions of {config.archive_countries} countries …")
    for year in years:
        edition = build_edition(
            year, countries=config.archive_countries, seed=config.seed % 1000, revise=0.03
        )
        (folder / f"tip-{year}.txt").write_text(edition.text, encoding="utf-8")
    texts = sum(p.stat().st_size for p in folder.iterdir())
    found = gather([folder])

    def batch_read() -> float:
        workers = Workers(2)
        started = time.perf_counter()
        try:
            calls = [(_read_every_narrative, (p, found.manifest)) for p in found.files]
            run_all(workers, calls, [p.name for p in found.files], None, "read")
        finally:
            workers.close()
        return time.perf_counter() - started

    database = work / "tip.sqlite"

    def archive_build() -> tuple[float, Any]:
        database.unlink(missing_ok=True)
        started = time.perf_counter()
        result = build([folder], database, jobs=2)
        return time.perf_counter() - started, result

    # The machine may be shared: each measure is taken twice, read and build in turn, so
    # that a burst of load elsewhere spoils one round, not the ratio (taken from the best
    # of each).
    rounds = []
    for _ in range(ARCHIVE_ROUNDS):
        read = batch_read()
        built, result = archive_build()
        rounds.append({"batch_read": read, "build": built, "build_vs_read": ratio(built, read)})
        log(f"archive: read {read:.1f} s, build {built:.1f} s")
    read, built = min(r["batch_read"] for r in rounds), min(r["build"] for r in rounds)
    # one country's editions as separate narrative files (what 'tipdiff split' writes)
    own = work / "one-country"
    own.mkdir()
    country = None
    for path in sorted(folder.iterdir()):
        edition = load_edition(path)
        country = country or edition.reports[len(edition.reports) // 2].country or "?"
        (own / f"{path.stem}.txt").write_text(narrative_text(edition.report(country)), encoding="utf-8")
    assert country is not None
    files = sorted(own.iterdir())

    def timeline_from_files() -> None:
        build_timeline([load(p) for p in files])

    def timeline_from_database() -> None:
        with Archive(database) as archive:
            build_timeline(archive.reports(country), links=archive.links(country))

    from_files = _median_time(timeline_from_files, TIMELINE_REPEATS)
    from_database = _median_time(timeline_from_database, TIMELINE_REPEATS)
    return {
        "countries": config.archive_countries,
        "editions": config.archive_editions,
        "narratives": len(result.added),
        "text_bytes": texts,
        "database_bytes": database.stat().st_size,
        "size_ratio": database.stat().st_size / texts,
        "batch_read": read,
        "build": built,
        "build_vs_read": ratio(built, read),
        "timeline_country": country,
        "timeline_from_files": from_files,
        "timeline_from_database": from_database,
        "timeline_speedup": ratio(from_files, from_database),
        "rounds": rounds,
    }


ARCHIVE_ROUNDS = 2  # read and build measured in turn this many times
TIMELINE_REPEATS = 5  # timelines timed (the median)


def _median_time(call: Any, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        forget_text_memos()
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def git_word_diff(old: Path, new: Path, repeats: int, timeout: float) -> float | str:
    args = [
        "git", "--no-pager", "diff", "--no-index", "--no-ext-diff", "--no-color",
        "--word-diff=porcelain", str(old), str(new),
    ]  # fmt: skip
    return median_time(args, repeats, timeout)


def _pipeline_spec(config: Config, old: Path, new: Path, scale: int) -> dict[str, Any]:
    return {
        "case": "pipeline",
        "old": str(old),
        "new": str(new),
        "repeats": config.growth_repeats(scale),
        "warmup": config.growth_warmup(scale),
        "pdf": False,
        "htmldiff": False,
        "tracemalloc": config.tracemalloc and scale <= 50,
        "stage_timeout": config.stage_timeout,
    }


def _write_pair(folder: Path, old: str, new: str) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    old_path, new_path = folder / "old.txt", folder / "new.txt"
    old_path.write_text(old, encoding="utf-8")
    new_path.write_text(new, encoding="utf-8")
    return old_path, new_path


def bench_growth(config: Config, work: Path) -> list[dict[str, Any]]:
    """One pair scaled up; compare's growth and its ratio to git's word diff."""
    rows: list[dict[str, Any]] = []
    for scale in config.growth_scales:
        old, new = synth.growth_pair(scale, seed=config.seed)
        old_path, new_path = _write_pair(work / f"growth-x{scale}", old, new)
        log(f"growth: ×{scale} ({len(new.encode()) / 1e6:.2f} MB a side) …")
        spec = _pipeline_spec(config, old_path, new_path, scale)
        result = run_case(spec, timeout=config.stage_timeout * 4)
        git = git_word_diff(old_path, new_path, config.git_repeats, config.stage_timeout)
        rows.append(_pipeline_row(f"×{scale}", scale, result, old, new, git=git))
    base = rows[0]["seconds"] if rows else {}
    for row in rows:
        row["compare_vs_x1"] = ratio(row["seconds"]["compare"], base.get("compare"))
        row["total_vs_x1"] = ratio(row["total"], add(*base.values()))
        row["compare_vs_git"] = ratio(row["seconds"]["compare"], row["git_word_diff"])
    return rows


def _pipeline_row(
    label: str, scale: int, result: dict[str, Any], old: str, new: str, *, git: Any = None
) -> dict[str, Any]:
    seconds = {n: stage_time(result, n) for n in ("load_x2", "compare", "render_html")}
    return {
        "input": label,
        "scale": scale,
        "old_bytes": len(old.encode()),
        "new_bytes": len(new.encode()),
        "sentences": [result.get("sizes", {}).get(k) for k in ("old_sentences", "new_sentences")],
        "seconds": seconds,
        "total": add(*seconds.values()),
        "git_word_diff": git,
        "tracemalloc_peak_mb": (result.get("tracemalloc") or {}).get("load_compare_html"),
        "maxrss_mb": result.get("process_maxrss_mb"),
        "status": result.get("status"),
        "repeats": result.get("spec", {}).get("repeats"),
    }


def bench_adversarial(
    config: Config, work: Path, growth: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Pathological inputs, each against the normal narrative of the same size."""
    normal = {row["scale"]: row for row in growth}
    rows = []
    for scale in config.adversarial_scales:
        base_old, _ = synth.growth_pair(scale, seed=config.seed)
        size = len(base_old)
        reference = normal.get(scale)
        if reference is None:  # growth not measured at this scale (e.g. --only)
            old_path, new_path = _write_pair(work / f"normal-x{scale}", *synth.growth_pair(scale))
            result = run_case(
                _pipeline_spec(config, old_path, new_path, scale),
                timeout=config.stage_timeout * 4,
            )
            reference = _pipeline_row(f"×{scale}", scale, result, base_old, base_old)
        for kind in synth.ADVERSARIAL_KINDS:
            old, new = synth.adversarial_pair(kind, size, seed=config.seed)
            old_path, new_path = _write_pair(work / f"adv-{kind}-x{scale}", old, new)
            log(f"adversarial: {kind} ({len(new.encode()) / 1e3:.0f} KB a side) …")
            result = run_case(
                _pipeline_spec(config, old_path, new_path, scale),
                timeout=config.stage_timeout * 4,
            )
            row = _pipeline_row(kind, scale, result, old, new)
            row["normal_seconds"] = reference["seconds"]
            row["normal_total"] = reference["total"]
            row["compare_vs_normal"] = ratio(
                row["seconds"]["compare"], reference["seconds"]["compare"]
            )
            row["total_vs_normal"] = ratio(row["total"], reference["total"])
            rows.append(row)
    return rows


# ---------------------------------------------------------------------- targets


@dataclass
class Target:
    name: str
    limit: str
    measured: str
    met: bool | None  # None: not measured in this run

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: "not measured"}[self.met]


def _ratio_target(
    name: str, value: float | None, bound: float, *, applies: bool, at_least: bool = False
) -> Target:
    """A ratio's target: its limit, what was measured, and whether it was met (judged
    only on the full-size run the target names)."""
    limit = f"{'≥' if at_least else '≤'} {bound:g}"
    measured = _fmt_ratio(value) if value is not None else "n/a"
    if not applies or value is None:
        return Target(name, limit, measured, None)
    return Target(name, limit, measured, value >= bound if at_least else value <= bound)


def _failed_run(target: Target, exit_code: int | None, failures: int | None) -> None:
    """A timed batch that did not finish its work cleanly misses its target, whatever
    its time: a fast run that dropped pairs proves nothing."""
    failed = f", {failures} failed" if failures else ""
    target.measured += f" (exit {'timeout' if exit_code is None else exit_code}{failed})"
    target.met = False


def _check(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def evaluate(results: dict[str, Any]) -> list[Target]:
    targets: list[Target] = []
    seeds = results.get("seeds") or []
    ratios = [r["ratio_compare_html_to_htmldiff"] for r in seeds]
    good = [r for r in ratios if r is not None]
    med = statistics.median(good) if good and len(good) == len(ratios) else None
    targets.append(
        Target(
            "seed pairs: (compare + render_html) / HtmlDiff.make_file, median over the pairs",
            "≤ 0.5 (aim 0.25)",
            _fmt_ratio(med) if med is not None else "n/a",
            _check(med, 0.5),
        )
    )
    release = results.get("release") or {}
    runs = release.get("runs", [])
    full = release.get("pairs") == 190
    html2 = next((r for r in runs if r["format"] == "html" and r["jobs"] == 2), None)
    wall = number(html2["wall"]) if html2 else None
    targets.append(
        Target(
            "release: 190 pairs → HTML briefs, wall time with --jobs 2",
            "≤ 10 s",
            _fmt_s(html2["wall"]) if html2 else "n/a",
            _check(wall, 10.0) if full else None,
        )
    )
    if html2 and html2["exit_code"] != 0:
        _failed_run(targets[-1], html2["exit_code"], html2["failures"])
    pdf1 = next((r for r in runs if r["format"] == "pdf" and r["jobs"] == 1), None)
    per_brief = number(pdf1["median_per_brief"]) if pdf1 else None
    pdf_seed = [number(r["seconds"].get("render_pdf")) for r in seeds]
    pdf_seed_med = (
        statistics.median(p for p in pdf_seed if p is not None)
        if any(p is not None for p in pdf_seed)
        else None
    )
    targets.append(
        Target(
            "release: PDF median per brief (batch --jobs 1; render_pdf alone on the seed pairs)",
            "≤ 0.5 s",
            f"{_fmt_s(per_brief)} (render_pdf {_fmt_s(pdf_seed_med)})",
            _check(per_brief, 0.5) if per_brief is not None else _check(pdf_seed_med, 0.5),
        )
    )
    growth = {r["scale"]: r for r in results.get("growth") or []}
    top = growth.get(190)
    targets.append(
        Target(
            "growth: compare ×190 / compare ×1",
            "≤ 250",
            _fmt_ratio(top["compare_vs_x1"]) if top else "n/a",
            _check(top["compare_vs_x1"], 250) if top else None,
        )
    )
    if top and top["compare_vs_x1"] is None and top["seconds"]["compare"] == "timeout":
        targets[-1].measured, targets[-1].met = "timeout", False
    targets.append(
        Target(
            "growth: compare ×190 / git diff --word-diff=porcelain ×190",
            "≤ 10",
            _fmt_ratio(top["compare_vs_git"]) if top else "n/a",
            _check(top["compare_vs_git"], 10) if top else None,
        )
    )
    if top and top["compare_vs_git"] is None and top["seconds"]["compare"] == "timeout":
        targets[-1].measured, targets[-1].met = "timeout", False
    adversarial = results.get("adversarial") or []
    if adversarial:
        worst = None
        for row in adversarial:
            value = row["total_vs_normal"]
            if value is None:
                worst = ("timeout or error", row["input"], float("inf"))
                break
            if worst is None or value > worst[2]:
                worst = (_fmt_ratio(value), row["input"], value)
        assert worst is not None
        targets.append(
            Target(
                "adversarial: slowest (load ×2 + compare + render_html) / normal of that size",
                "≤ 3",
                f"{worst[0]} ({worst[1]})",
                worst[2] <= 3,
            )
        )
    else:
        targets.append(Target("adversarial vs normal", "≤ 3", "n/a", None))
    edition = results.get("edition") or {}
    whole = edition.get("countries") == 190
    archive = results.get("archive") or {}
    whole_archive = archive.get("countries") == 190 and archive.get("editions") == 25
    targets += [
        _ratio_target(
            "edition: split a 190-country edition / load its narratives from separate files",
            edition.get("split_vs_separate"), 1.5, applies=whole,
        ),
        _ratio_target(
            "edition: batch of two whole editions → 190 HTML briefs (--jobs 2) / HtmlDiff "
            "over the same sentence lists",
            number(edition.get("batch_vs_htmldiff")), 0.25, applies=whole,
        ),
    ]
    if edition and edition.get("batch_exit_code") != 0:
        _failed_run(targets[-1], edition.get("batch_exit_code"), None)
    targets += [
        _ratio_target(
            "archive: build of 190 countries × 25 editions (--jobs 2) / batch reading the same files",
            archive.get("build_vs_read"), 1.2, applies=whole_archive,
        ),
        _ratio_target(
            "archive: database size / text size", archive.get("size_ratio"), 2.0, applies=whole_archive
        ),
        _ratio_target(
            "archive: a country's timeline from its text files / from the database",
            archive.get("timeline_speedup"), 10.0, applies=whole_archive, at_least=True,
        ),
    ]  # fmt: skip
    peaks = [number(r["maxrss_mb"]) for r in runs]
    peak = max((p for p in peaks if p is not None), default=None)
    targets.append(
        Target(
            "release: peak RSS of the largest process (main or worker), all batch runs",
            "≤ 300 MB",
            f"{peak:.0f} MB" if peak is not None else "n/a",
            _check(peak, 300) if full else None,
        )
    )
    return targets


# ----------------------------------------------------------------------- output


def _fmt_ms(value: Any) -> str:
    if isinstance(value, int | float):
        return f"{value * 1000:.1f}"
    return str(value) if value is not None else "—"


def _fmt_s(value: Any) -> str:
    if isinstance(value, int | float):
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return str(value) if value is not None else "—"


def _fmt_ratio(value: Any) -> str:
    if isinstance(value, int | float):
        return f"{value:.2f}" if value < 10 else f"{value:.0f}"
    return "—"


def _fmt_mb(value: Any) -> str:
    return f"{value:.0f}" if isinstance(value, int | float) else "—"


def _code(code: dict[str, Any]) -> str:
    commit = code.get("commit") or "unknown commit"
    changed = code.get("uncommitted") or []
    return f"{commit}" + (f" + uncommitted changes to {len(changed)} files" if changed else "")


def _loads(values: Any) -> str:
    return " / ".join(f"{v:.2f}" for v in values) if values else "?"


def _kb(n: Any) -> str:
    return f"{n / 1000:.1f} KB" if isinstance(n, int) else "?"


def _size(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def markdown(results: dict[str, Any]) -> str:
    config = results["config"]
    machine = results["machine"]
    out = [
        f"## tipdiff benchmarks ({config['mode']} run)",
        "",
        f"Machine: {machine['cpu']} × {machine['cpus']}, {machine['memory_gb']} GB, "
        f"{machine['system']}; Python {machine['python']}, tipdiff {machine['tipdiff']}, "
        f"WeasyPrint {machine['weasyprint']} (fonts subset with "
        f"{machine.get('font_subsetting', 'unrecorded')}), {machine['git']}. "
        f"Code: {_code(results.get('code', {}))}. Load average (1/5/15 min) before the run: "
        f"{_loads(results.get('load_average_before'))}, after: "
        f"{_loads(results.get('load_average_after'))}.",
        "",
    ]
    seeds = results.get("seeds")
    if seeds:
        out += [
            f"### Seed pairs (median of {config['seed_repeats']} runs after "
            f"{config['warmup']} warm-up, ms)",
            "",
        ]
        rows = []
        for r in seeds:
            s = r["seconds"]
            sizes = r["sizes"]
            mem = r["tracemalloc_peak_mb"] or {}
            rows.append(
                [
                    r["pair"],
                    f"{_kb(sizes.get('old_bytes'))} → {_kb(sizes.get('new_bytes'))}",
                    f"{sizes.get('old_sentences', '?')} → {sizes.get('new_sentences', '?')}",
                    _fmt_ms(s.get("load_x2")),
                    _fmt_ms(s.get("compare")),
                    _fmt_ms(s.get("render_html")),
                    _fmt_ms(s.get("render_pdf")),
                    _fmt_ms(s.get("htmldiff")),
                    f"**{_fmt_ratio(r['ratio_compare_html_to_htmldiff'])}**",
                    " / ".join(
                        _fmt_ratio(mem.get(k))
                        for k in ("load_compare_html", "render_pdf", "htmldiff")
                    )
                    if mem
                    else "—",
                    _fmt_mb(r["maxrss_mb"]),
                ]
            )
        out += _table(
            [
                "pair", "size", "sentences", "load ×2", "compare", "render_html",
                "render_pdf", "HtmlDiff", "ratio", "tracemalloc MB", "maxrss MB",
            ],
            rows,
        )  # fmt: skip
        out += [
            "",
            "ratio = (compare + render_html) / `difflib.HtmlDiff().make_file` on the loaded "
            "Reports' sentences, one per line. tracemalloc MB = peak Python allocations of "
            "load ×2 + compare + render_html / render_pdf / HtmlDiff; maxrss = the whole "
            "worker process.",
            "",
        ]
    release = results.get("release")
    if release:
        out += [
            f"### Synthetic release ({release['pairs']} country pairs, "
            f"{release['narratives']} narratives, {_size(release['input_bytes'])}) "
            "through `tipdiff batch`",
            "",
        ]
        rows = [
            [
                r["format"].upper(),
                str(r["jobs"]),
                _fmt_s(r["wall"]),
                _fmt_s(r["cpu"]),
                f"{r['briefs']}" + (f" ({r['failures']} failed)" if r["failures"] else ""),
                _fmt_s(r["wall_per_brief"]),
                _fmt_s(r["median_per_brief"]),
                _fmt_mb(r["maxrss_mb"]),
                str(r["exit_code"]),
            ]
            for r in release["runs"]
        ]
        out += _table(
            [
                "format", "--jobs", "wall", "CPU", "briefs", "wall / brief",
                "median per brief", "peak RSS MB", "exit",
            ],
            rows,
        )  # fmt: skip
        out += [
            "",
            "CPU: user + system time of the command and its workers. median per brief: time "
            "between consecutive finished briefs with one worker (load ×2 + compare + render "
            "+ write). peak RSS: the largest single process (the command or one of its "
            "workers), from `wait4`.",
            "",
        ]
    growth = results.get("growth")
    if growth:
        out += ["### Growth (one pair scaled; seconds)", ""]
        rows = [
            [
                *_pipeline_cells(r),
                _fmt_ratio(r["compare_vs_x1"]),
                _fmt_ratio(r["total_vs_x1"]),
                _fmt_s(r["git_word_diff"]),
                f"**{_fmt_ratio(r['compare_vs_git'])}**",
                _fmt_mb(r["tracemalloc_peak_mb"]),
                _fmt_mb(r["maxrss_mb"]),
            ]
            for r in growth
        ]
        out += _table(
            [
                "scale", *_PIPELINE_COLUMNS,
                "compare / ×1", "total / ×1", "git word diff", "compare / git",
                "tracemalloc MB", "maxrss MB",
            ],
            rows,
        )  # fmt: skip
        out += [
            "",
            "git word diff = `git diff --no-index --word-diff=porcelain OLD NEW` on the same "
            "two files, in the same run. total = load ×2 + compare + render_html.",
            "",
        ]
    adversarial = results.get("adversarial")
    if adversarial:
        out += ["### Adversarial inputs (seconds; normal = the growth pair of that size)", ""]
        rows = [
            [
                *_pipeline_cells(r),
                _fmt_s(r["normal_total"]),
                _fmt_ratio(r["compare_vs_normal"]),
                f"**{_fmt_ratio(r['total_vs_normal'])}**",
            ]
            for r in adversarial
        ]
        out += _table(
            [
                "input", *_PIPELINE_COLUMNS,
                "normal total", "compare / normal", "total / normal",
            ],
            rows,
        )  # fmt: skip
        out.append("")
    edition = results.get("edition")
    if edition:
        out += [
            f"### Whole editions ({edition['countries']} countries a side, "
            f"{_size(edition['bytes'])}, {edition['pages'] or '?'} pages; seconds)",
            "",
        ]
        out += _table(
            [
                "split one edition", "load the narratives from files", "split / files",
                "batch of both, --jobs 2", "briefs", "HtmlDiff, same pairs", "batch / HtmlDiff",
            ],
            [
                [
                    _fmt_s(edition["split"]),
                    _fmt_s(edition["separate"]),
                    f"**{_fmt_ratio(edition['split_vs_separate'])}**",
                    _fmt_s(edition["batch_wall"]),
                    str(edition["briefs"]),
                    _fmt_s(edition["htmldiff"]),
                    f"**{_fmt_ratio(edition['batch_vs_htmldiff'])}**",
                ]
            ],
        )  # fmt: skip
        out += [
            "",
            "Editions from `benchmarks/editions.py` (2023 and 2024 of one seed, every paragraph "
            "re-worded at a 3% word rate). split = `load_edition` (median, in this process); "
            "files = `load` of each narrative `tipdiff split` would write; batch = the real "
            "command in a subprocess (splitting both editions, comparing and writing every "
            "brief); HtmlDiff = `difflib.HtmlDiff().make_file` over each pair's sentences. "
            f"HtmlDiff and the batch are timed in turn ({len(edition.get('rounds') or []) or 1} "
            "round(s)); the table gives the best of each. Batch CPU: user + system seconds of "
            "the command and its workers.",
            "",
        ]
        edition_rounds = edition.get("rounds") or []
        out += _table(
            ["round", "HtmlDiff", "batch, --jobs 2", "batch CPU", "batch / HtmlDiff"],
            [
                [
                    str(number), _fmt_s(r["htmldiff"]), _fmt_s(r["batch_wall"]),
                    _fmt_s(r["batch_cpu"]), _fmt_ratio(ratio(r["batch_wall"], r["htmldiff"])),
                ]
                for number, r in enumerate(edition_rounds, start=1)
            ],
        )  # fmt: skip
        out.append("")
    archive = results.get("archive")
    if archive:
        out += [
            f"### Archive ({archive['countries']} countries × {archive['editions']} editions, "
            f"{archive['narratives']} narratives, {_size(archive['text_bytes'])} of text)",
            "",
        ]
        out += _table(
            [
                "batch reads the files", "archive build", "build / read", "database",
                "size / texts", "timeline from files", "from the database", "speed-up",
            ],
            [
                [
                    _fmt_s(archive["batch_read"]),
                    _fmt_s(archive["build"]),
                    f"**{_fmt_ratio(archive['build_vs_read'])}**",
                    _size(archive["database_bytes"]),
                    f"**{_fmt_ratio(archive['size_ratio'])}**",
                    _fmt_s(archive["timeline_from_files"]),
                    _fmt_s(archive["timeline_from_database"]),
                    f"**{_fmt_ratio(archive['timeline_speedup'])}**",
                ]
            ],
        )  # fmt: skip
        rounds = archive.get("rounds") or []
        if len(rounds) > 1:
            out += ["", "Each round, in turn:", ""]
            out += _table(
                ["round", "batch reads the files", "archive build", "build / read"],
                [
                    [str(number), _fmt_s(r["batch_read"]), _fmt_s(r["build"]), _fmt_ratio(r["build_vs_read"])]
                    for number, r in enumerate(rounds, start=1)
                ],
            )
        out += [
            "",
            "Both reads use two worker processes in this process; the build reads (the workers "
            "also make each narrative's rows and match consecutive editions' recommendations), "
            "then writes one transaction per edition. Read and build are timed in turn "
            f"{len(rounds) or 1} times; the table gives the best of each. The timeline is "
            f"`build_timeline` of one country's editions ({archive['timeline_country']}; the "
            f"median of {TIMELINE_REPEATS}): from `load` of its narrative files, or from "
            "`Archive.reports` and `Archive.links`.",
            "",
        ]
    out += ["### Targets", ""]
    out += _table(
        ["target", "limit", "measured", "verdict"],
        [[t["name"], t["limit"], t["measured"], t["verdict"]] for t in results["targets"]],
    )
    out.append("")
    return "\n".join(out)


_PIPELINE_COLUMNS = ["size a side", "load ×2", "compare", "render_html"]


def _pipeline_cells(row: dict[str, Any]) -> list[str]:
    """A pipeline row's input, then its :data:`_PIPELINE_COLUMNS`."""
    seconds = row["seconds"]
    return [
        row["input"],
        _size(row["new_bytes"]),
        _fmt_s(seconds["load_x2"]),
        _fmt_s(seconds["compare"]),
        _fmt_s(seconds["render_html"]),
    ]


def machine_info() -> dict[str, Any]:
    import tipdiff
    from tipdiff.render import font_subsetting

    try:
        import weasyprint

        weasy = weasyprint.__version__
        subsetting = font_subsetting()
    except Exception:  # WeasyPrint missing or its system libraries missing
        weasy = subsetting = "unavailable"
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 2**20)
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False)
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": memory,
        "system": f"{platform.system()} {platform.release().split('-')[0]}",
        "python": platform.python_version(),
        "tipdiff": tipdiff.__version__,
        "weasyprint": weasy,
        # PDF speed depends on it: "harfbuzz" (libharfbuzz-subset) or "fonttools" (slower)
        "font_subsetting": subsetting,
        "git": git.stdout.strip() or "git unavailable",
    }


def code_state() -> dict[str, Any]:
    """The commit measured and the files of the package that differ from it."""

    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return result.stdout.strip() if result.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "tipdiff", "templates")
    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "uncommitted": sorted(
            line.split(maxsplit=1)[1] for line in changed.splitlines() if line.strip()
        ),
    }


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def compile_bytecode() -> bool:
    """Compile tipdiff's modules to bytecode files, as ``pip install`` does; True when all
    compiled. Without them (an editable install run with PYTHONDONTWRITEBYTECODE=1)
    every timed ``tipdiff`` process would first compile its source (~0.1 s)."""
    import compileall

    import tipdiff

    return bool(compileall.compile_dir(Path(tipdiff.__file__).parent, quiet=1))


def run(config: Config, out_dir: Path | None) -> dict[str, Any]:
    """Run the configured parts; write ``latest.md``/``latest.json`` to ``out_dir``."""
    started = time.perf_counter()
    results: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "config": asdict(config),
        "machine": machine_info(),
        "code": code_state(),
        "bytecode_compiled": compile_bytecode(),
        "load_average_before": load_average(),
    }
    with workdir() as work:
        if "seeds" in config.parts:
            results["seeds"] = bench_seeds(config)
        if "release" in config.parts:
            results["release"] = bench_release(config, work)
        if "growth" in config.parts:
            results["growth"] = bench_growth(config, work)
        if "adversarial" in config.parts:
            results["adversarial"] = bench_adversarial(config, work, results.get("growth", []))
        if "edition" in config.parts:
            results["edition"] = bench_edition(config, work)
        if "archive" in config.parts:
            results["archive"] = bench_archive(config, work)
    results["targets"] = [asdict(t) | {"verdict": t.verdict} for t in evaluate(results)]
    results["load_average_after"] = load_average()
    results["elapsed"] = time.perf_counter() - started
    text = markdown(results)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "latest.md").write_text(text, encoding="utf-8")
        (out_dir / "latest.json").write_text(
            json.dumps(_rounded(results), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    results["markdown"] = text
    return results


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run, under a minute")
    parser.add_argument(
        "--out",
        type=Path,
        help="output folder (default benchmarks/results, benchmarks/results/quick with --quick)",
    )
    parser.add_argument("--only", help=f"comma list of parts to run: {', '.join(PARTS)}")
    parser.add_argument("--repeats", type=int, help="timed runs per seed pair")
    parser.add_argument("--pairs", type=int, help="country pairs in the synthetic release")
    parser.add_argument("--timeout", type=float, help="seconds per stage before 'timeout'")
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    changes: dict[str, Any] = {}
    if args.only:
        parts = tuple(p.strip() for p in args.only.split(",") if p.strip())
        unknown = [p for p in parts if p not in PARTS]
        if unknown:
            parser.error(f"unknown part {unknown[0]!r}; choose from {', '.join(PARTS)}")
        changes["parts"] = parts
    if args.repeats:
        changes["seed_repeats"] = args.repeats
    if args.pairs:
        changes["release_pairs"] = args.pairs
    if args.timeout:
        changes["stage_timeout"] = args.timeout
    config = replace(config, **changes)
    default = ROOT / "benchmarks" / "results"
    out_dir = args.out or (default / "quick" if args.quick else default)
    results = run(config, out_dir)
    print(results["markdown"])
    log(f"wrote {out_dir / 'latest.md'} and {out_dir / 'latest.json'} "
        f"in {results['elapsed']:.0f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
