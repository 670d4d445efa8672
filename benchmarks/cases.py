"""Measurements that run inside a fresh worker process (one per case).

A fresh process per case gives each case its own peak RSS (``ru_maxrss`` only ever
grows) and lets the parent kill a case that runs too long. The worker is started as
``python -m benchmarks.cases SPEC_JSON RESULT_PATH SCRATCH_DIR``; it writes its result as JSON to
RESULT_PATH after every stage, so a case killed by the parent still reports what it
finished. Each stage also has its own timeout (``signal.alarm``): a stage that takes
longer is recorded as ``"timeout"`` and the stages after it as ``"skipped"``.

Timings are ``time.perf_counter`` medians over ``repeats`` runs after one warm-up run
(the warm-up's times are kept as ``cold``: the first brief in a fresh process pays for
compiling the templates and WeasyPrint's font setup). Python allocation peaks come from
a separate ``tracemalloc`` pass (tracing slows the code down, so it is never timed).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import resource
import signal
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TIMEOUT = "timeout"
SKIPPED = "skipped"


class StageTimeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise StageTimeout


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    if not seconds:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def maxrss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timed_both(function: Callable[[], Any]) -> tuple[float, float]:
    """Wall (perf_counter) and CPU (process_time) seconds of one call."""
    cpu = time.process_time()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start, time.process_time() - cpu


def forget_text_memos() -> None:
    """Empty tipdiff's memos keyed by a paragraph's, sentence's or phrase's text, so that
    a timed run of an input read before reads it from scratch. (They pay off when one process
    reads two editions that share sentences; a benchmark that repeats one input would
    otherwise time the look-ups. Caches keyed by a word stay: every text shares them.)"""
    from tipdiff import sentences
    from tipdiff.figures import cues, nouns, sentence

    sentences._split.cache_clear()
    sentence._read.cache_clear()
    sentence._mentions.cache_clear()
    cues.speaks_of_identification.cache_clear()
    nouns._read_phrase.cache_clear()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def sentence_lines(report: Any) -> list[str]:
    """One line per sentence, from the loaded Report (every section, in order)."""
    return [sentence.text for sentence in report.sentences]


def pdf_pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:  # a test-only tool; the page count is informative only
        return None
    return len(PdfReader(str(path)).pages)


class Recorder:
    """Collects stage results and writes them to the result file after each change."""

    def __init__(self, path: Path, spec: dict[str, Any]) -> None:
        self.path = path
        self.data: dict[str, Any] = {"spec": spec, "stages": {}, "status": "running"}
        self.failed: str | None = None

    def save(self) -> None:
        self.data["maxrss_mb"] = maxrss_mb()
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data), encoding="utf-8")
        tmp.replace(self.path)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.save()

    def stage(self, name: str, function: Callable[[], Any], timeout: float | None) -> Any:
        """Run one stage under its timeout; returns its value, or None after a failure."""
        if self.failed:
            self.data["stages"][name] = SKIPPED
            self.save()
            return None
        try:
            with time_limit(timeout):
                value = function()
        except StageTimeout:
            self.failed = name
            self.data["stages"][name] = TIMEOUT
            self.save()
            return None
        except Exception as exc:  # record any failure of the code under test
            self.failed = name
            self.data["stages"][name] = f"error: {type(exc).__name__}: {exc}"[:500]
            self.save()
            return None
        self.save()
        return value


# --------------------------------------------------------------------- cases


def run_pipeline(spec: dict[str, Any], rec: Recorder, scratch: Path) -> None:
    """load ×2, compare, render_html, optionally render_pdf and HtmlDiff, on two files.

    spec: old, new (paths), repeats, warmup (runs before the timed ones), pdf (bool),
    htmldiff (bool), tracemalloc (bool), stage_timeout (seconds, per stage)."""
    import tipdiff

    old_path, new_path = Path(spec["old"]), Path(spec["new"])
    repeats = max(1, int(spec.get("repeats", 3)))
    warmup = int(spec.get("warmup", 1))
    timeout = spec.get("stage_timeout")
    pdf_path = scratch / "brief.pdf"
    state: dict[str, Any] = {}

    def do_load() -> None:
        state["old"], state["new"] = tipdiff.load(old_path), tipdiff.load(new_path)

    def do_compare() -> None:
        state["diff"] = tipdiff.compare(state["old"], state["new"])

    def do_html() -> None:
        state["html"] = tipdiff.render_html(state["diff"])

    def do_pdf() -> None:
        tipdiff.render_pdf(state["diff"], pdf_path)

    def do_htmldiff() -> None:
        difflib.HtmlDiff().make_file(state["old_lines"], state["new_lines"])

    # Each stage with the state it replaces: the previous run's result is dropped before
    # the clock starts, so freeing it is not timed.
    stages: list[tuple[str, Callable[[], None], tuple[str, ...]]] = [
        ("load_x2", do_load, ("old", "new")),
        ("compare", do_compare, ("diff",)),
        ("render_html", do_html, ("html",)),
    ]
    if spec.get("pdf"):
        stages.append(("render_pdf", do_pdf, ()))
    if spec.get("htmldiff"):
        stages.append(("htmldiff", do_htmldiff, ()))
    timings: dict[str, Any] = rec.data["stages"]
    cold: dict[str, float] = {}
    rec.data["cold"] = cold
    for name, function, replaces in stages:

        def measure(
            function: Callable[[], None] = function, replaces: tuple[str, ...] = replaces
        ) -> list[tuple[float, float]]:
            times = []
            for _ in range(warmup + repeats):
                for key in replaces:
                    state.pop(key, None)
                forget_text_memos()
                times.append(timed_both(function))
            return times

        times = rec.stage(name, measure, timeout)
        if times is None:
            continue
        if warmup:
            cold[name] = times[0][0]
        runs = [wall for wall, _cpu in times[warmup:]]
        cpu = [cpu for _wall, cpu in times[warmup:]]
        timings[name] = {"median": median(runs), "runs": runs, "cpu_median": median(cpu)}
        if name == "load_x2":  # HtmlDiff gets the loaded Reports' sentences, one a line
            state["old_lines"] = sentence_lines(state["old"])
            state["new_lines"] = sentence_lines(state["new"])
        rec.save()
    if rec.failed is None:
        sizes: dict[str, Any] = {
            "old_bytes": old_path.stat().st_size,
            "new_bytes": new_path.stat().st_size,
            "old_sentences": len(state["old_lines"]),
            "new_sentences": len(state["new_lines"]),
            "html_bytes": len(state["html"].encode()),
            "changes": sum(s.stats.total_changes for s in state["diff"].sections),
        }
        if spec.get("pdf"):
            sizes["pdf_bytes"] = pdf_path.stat().st_size
            sizes["pdf_pages"] = pdf_pages(pdf_path)
        rec.set("sizes", sizes)
    rec.set("maxrss_timed_mb", maxrss_mb())
    if spec.get("tracemalloc") and rec.failed is None:
        rec.set("tracemalloc", _allocations(spec, state, pdf_path, timeout))
    rec.set("status", "done" if rec.failed is None else f"stopped at {rec.failed}")


def _allocations(
    spec: dict[str, Any], state: dict[str, Any], pdf_path: Path, timeout: float | None
) -> dict[str, float | str]:
    """Peak Python allocations (MB) of the tipdiff pipeline, the PDF and HtmlDiff."""
    import tipdiff

    peaks: dict[str, float | str] = {}

    def peak(name: str, function: Callable[[], Any]) -> None:
        tracemalloc.start()
        try:
            with time_limit(timeout):
                function()
            peaks[name] = round(tracemalloc.get_traced_memory()[1] / 2**20, 2)
        except StageTimeout:
            peaks[name] = TIMEOUT
        finally:
            tracemalloc.stop()

    def pipeline() -> None:
        old = tipdiff.load(Path(spec["old"]))
        new = tipdiff.load(Path(spec["new"]))
        tipdiff.render_html(tipdiff.compare(old, new))

    peak("load_compare_html", pipeline)
    if spec.get("pdf"):
        peak("render_pdf", lambda: tipdiff.render_pdf(state["diff"], pdf_path))
    if spec.get("htmldiff"):
        peak(
            "htmldiff",
            lambda: difflib.HtmlDiff().make_file(state["old_lines"], state["new_lines"]),
        )
    return peaks


CASES: dict[str, Callable[[dict[str, Any], Recorder, Path], None]] = {"pipeline": run_pipeline}


def main(argv: list[str]) -> int:
    """``SPEC_JSON RESULT_PATH [SCRATCH_DIR]``: run one case, results to RESULT_PATH."""
    spec = json.loads(argv[0])
    rec = Recorder(Path(argv[1]), spec)
    rec.save()
    if len(argv) > 2:
        CASES[spec["case"]](spec, rec, Path(argv[2]))
    else:
        with tempfile.TemporaryDirectory(prefix="tipdiff-bench-") as scratch:
            CASES[spec["case"]](spec, rec, Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
