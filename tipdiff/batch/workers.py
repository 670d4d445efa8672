"""The batch's worker processes: jobs run in a pool started once, survive dying workers.

Faults: when a worker process dies (SIGKILL, out of memory, a crash in a C library)
the pool is replaced, the jobs that were waiting run in the new one and each job that
was running is retried once alone; a job whose worker dies again is listed as failed
("its worker process died"). A job running longer than the batch's time limit has its
process stopped and is listed as failed. Ctrl-C reaches only the batch, which stops
handing out jobs and lets the running ones finish their (atomic) writes.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import queue
import signal
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..errors import NotANarrativeError, TipdiffError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input or a job that could not be used, and why; a pair's names its country."""

    path: str
    reason: str
    country: str | None = None
    not_a_narrative: bool = False  # the input was read and is no country narrative

    @property
    def line(self) -> str:
        """What failed and why, as one stderr line says it."""
        what = self.path if self.country is None else f"{self.country} ({self.path})"
        return f"{what}: {self.reason}"

    def to_dict(self) -> dict[str, str | None]:
        return {"file": self.path, "country": self.country, "reason": self.reason}


#: Why a job failed when its worker process died both times it was run.
WORKER_DIED = "its worker process died"

_STARTED: Any = None  # in a worker process: the queue that hears which job starts
#: The cyclic collector's thresholds in a worker (Python's defaults: 700, 10, 10).
_COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def _start_worker(started: Any) -> None:
    """Pool initializer: remember where to announce the jobs this worker starts, and
    leave Ctrl-C to the batch, which stops handing out jobs and lets the running ones
    finish their (atomic) writes; a worker never prints a KeyboardInterrupt traceback."""
    global _STARTED
    _STARTED = started
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A job allocates hundreds of thousands of small objects that reference counting
    # frees; the collector's passes over them (and over the modules this process
    # inherited) find next to nothing. Fewer, later passes: ~7 % of a job's time.
    gc.freeze()
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)


def _tracked(index: int, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """Run one job in a worker, first telling the batch which job this process runs."""
    if _STARTED is not None:
        _STARTED.put((index, os.getpid()))
    return function(*args)


class Workers:
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
        return Failure(label, str(exc), not_a_narrative=isinstance(exc, NotANarrativeError))
    except BrokenProcessPool:
        return _BROKEN


def run_all(
    workers: Workers,
    calls: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]],
    labels: Sequence[str],
    progress: TextIO | None,
    verb: str,
    weights: Sequence[float] | None = None,
) -> list[Any]:
    """Run calls in the worker processes; results keep their order.

    ``weights`` (one per call, e.g. the size of its input) hand the calls out heaviest
    first, so that the last to finish are small ones and no worker waits long at the
    end for another's big job; without them, calls are handed out in order.

    A TipdiffError becomes a Failure. When a worker process dies (killed, out of
    memory, a crash in a C library), the pool is replaced: the jobs that were only
    waiting run again in the new pool, and each job that was running at that moment
    is retried once on its own, in a fresh process; a job whose worker dies again is
    a Failure ("its worker process died") and the batch goes on.
    """
    results: list[Any] = [None] * len(calls)
    waiting = list(range(len(calls)))
    if weights is not None:
        waiting.sort(key=weights.__getitem__, reverse=True)
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
    pool, started = Workers.fresh(1)
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

