"""The batch job under faults: 200 files, some bad, and worker processes killed mid-run.

Every good brief is written, the index and summary list every failure with its reason,
and running the batch again gives the same bytes. Worker processes are forks of the
test process (fixture ``forked_workers``), so a monkeypatched function that kills its
own process with SIGKILL runs inside them; nothing in tipdiff knows about the test.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tipdiff import batch, ingest, render
from tipdiff.batch.workers import Workers, run_all
from tipdiff.cli import main

from .conftest import CORPUS, SEEDS

TEXTS = sorted([*SEEDS.glob("*.txt"), *CORPUS.glob("*.txt")])
COUNTRIES = [f"Country {chr(ord('A') + k)}" for k in range(19)] + ["Killerland"]
YEARS = range(2015, 2024)  # nine editions per country: 20 × 9 = 180 good files
BAD = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\n",
    "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300),
    "report.txt": b"%PDF-1.7\n" + bytes(300),
    "archive.txt": gzip.compress(b"trafficking" * 100),
    "recipe.txt": b"Beat two eggs with flour and sugar. Bake the cake for twenty minutes.\n",
    "contents.txt": b"Trafficking in Persons Report\n\nPROSECUTION\n\nPROTECTION\n",
    "noise.txt": bytes(range(256)) * 20,
    "nameless.txt": b"The government maintained prosecution efforts against trafficking.\n",
}
KILLED_PAIR = "killerland-2018-2019"  # its pair kills the worker that renders it
KILLED_READ = "country-c-2020.txt"  # reading it kills the worker that reads it


def make_inputs(folder: Path) -> int:
    """180 real texts under invented countries and years (from a manifest), nine bad
    files and eleven more unreadable ones: 200 files."""
    folder.mkdir()
    manifest = []
    for k, country in enumerate(COUNTRIES):
        for n, year in enumerate(YEARS):
            text = TEXTS[(k + n) % len(TEXTS)]
            name = f"{country.lower().replace(' ', '-')}-{year}.txt"
            (folder / name).write_bytes(text.read_bytes())
            manifest.append({"file": name, "country": country, "year": year})
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    for n in range(11):
        (folder / f"truncated-{n}.txt").write_bytes(b"\xff\xfe" + bytes(n) + b"\x00\xd8")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return len([p for p in folder.iterdir() if p.suffix == ".txt"])


@pytest.fixture
def killers(monkeypatch: pytest.MonkeyPatch, forked_workers: None) -> None:
    """SIGKILL the worker process that renders KILLED_PAIR or reads KILLED_READ."""
    write_brief = render.write_brief
    read = ingest.read

    def killing_write(diff: Any, path: Any, **options: Any) -> str:
        if Path(path).stem == KILLED_PAIR:
            os.kill(os.getpid(), signal.SIGKILL)
        return write_brief(diff, path, **options)

    def killing_read(source: Any) -> Any:
        if isinstance(source, Path) and source.name == KILLED_READ:
            os.kill(os.getpid(), signal.SIGKILL)
        return read(source)

    monkeypatch.setattr(render, "write_brief", killing_write)
    monkeypatch.setattr(ingest, "read", killing_read)


def run(folder: Path, out: Path) -> int:
    return main(["batch", str(folder), "-o", str(out), "--jobs", "2", "-q", "--formats", "html,md"])


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.usefixtures("killers")
def test_batch_of_200_files_with_bad_ones_and_killed_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    assert make_inputs(folder) == 200
    out = tmp_path / "out"
    assert run(folder, out) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    reasons = {f["file"]: f["reason"] for f in summary["failures"]}
    # The bad files, each with its reason.
    assert "is empty" in reasons["empty.txt"] and "is empty" in reasons["blank.txt"]
    assert "PNG image" in reasons["scan.txt"] and "PDF file" in reasons["report.txt"]
    assert "gzip" in reasons["archive.txt"] and "binary" in reasons["noise.txt"]
    assert "never names its country" in reasons["nameless.txt"]
    # A text found in the folder that reads, and is no narrative, is passed over (a
    # broken encoding read as short lines of nothing is no narrative either).
    passed_over = {Path(s["file"]).name: s["reason"] for s in summary["skipped"]}
    assert "recipe.txt" not in reasons and "does not read like" in passed_over["recipe.txt"]
    assert "contents.txt" not in reasons
    assert "no paragraphs of running text" in passed_over["contents.txt"]
    truncated = {f"truncated-{n}.txt" for n in range(11)}
    assert truncated <= {*reasons, *passed_over} and not truncated & reasons.keys() & passed_over.keys()
    # The killed workers: the file and the pair are listed, nothing else is lost.
    assert reasons[KILLED_READ] == batch.WORKER_DIED
    assert reasons["killerland-2018.txt → killerland-2019.txt"] == batch.WORKER_DIED
    assert len(reasons) + len(passed_over) == len(BAD) + 11 + 2

    good = [n for n in summary["inputs"]]
    assert len(good) == 180 - 1
    expected_pairs = sum(
        len([y for y in YEARS if f"{c.lower().replace(' ', '-')}-{y}.txt" != KILLED_READ]) - 1
        for c in COUNTRIES
    )
    assert len(summary["pairs"]) == expected_pairs - 1  # all but the killed pair
    written = snapshot(out)
    for row in summary["pairs"]:
        for name in row["briefs"].values():
            assert name in written and written[name].strip()
    assert f"{KILLED_PAIR}.html" not in written
    assert not [n for n in written if n.endswith(".tmp") or n.startswith(".")]
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in reasons:
        assert name.split(" → ")[0] in index
    assert batch.WORKER_DIED in index

    # Running it again changes nothing: same briefs, same summary, byte for byte.
    assert run(folder, out) == 2
    assert snapshot(out) == written


def moldova_folder(tmp_path: Path) -> Path:
    """Six real texts as the 2018–2023 editions of one country: five pairs."""
    folder = tmp_path / "in"
    folder.mkdir()
    for year, text in zip(range(2018, 2024), TEXTS, strict=False):
        (folder / f"moldova-{year}.txt").write_bytes(text.read_bytes())
    (folder / "manifest.json").write_text(
        json.dumps([{"file": f"moldova-{y}.txt", "country": "Moldova", "year": y} for y in range(2018, 2024)])
    )
    return folder


def test_a_job_that_kills_its_worker_once_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    """A worker that dies once (out of memory, say) costs nothing: the jobs it and its
    neighbours were running are retried, and every brief is written."""
    folder = moldova_folder(tmp_path)
    flag = tmp_path / "died-once"
    write_brief = render.write_brief

    def dies_once(diff: Any, path: Any, **options: Any) -> str:
        if Path(path).stem == "moldova-2020-2021" and not flag.exists():
            flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return write_brief(diff, path, **options)

    monkeypatch.setattr(render, "write_brief", dies_once)
    result = batch.run_batch(folder, tmp_path / "out", jobs=2)
    assert flag.exists()
    assert result.failures == []
    assert len(result.pairs) == 5
    assert (tmp_path / "out" / "moldova-2020-2021.html").is_file()


HANG_SECONDS = 60  # a hung job; the time limit must stop it long before this
# The time limit of those tests: far above what a job here takes (under 0.1 s) even on
# a busy machine, where a tighter limit would stop a job that does not hang.
JOB_LIMIT = 2.0


def test_a_pair_that_hangs_is_stopped_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    """--timeout: the hung pair is listed as failed with its reason, every other brief is
    written (jobs its stopped neighbour was running too), and no temporary file stays."""
    folder = moldova_folder(tmp_path)
    write_brief = render.write_brief

    def hangs(diff: Any, path: Any, **options: Any) -> str:
        if Path(path).stem == "moldova-2020-2021":
            time.sleep(HANG_SECONDS)
        return write_brief(diff, path, **options)

    monkeypatch.setattr(render, "write_brief", hangs)
    out = tmp_path / "out"
    result = batch.run_batch(folder, out, jobs=2, timeout=JOB_LIMIT)
    assert [(f.path, f.reason) for f in result.failures] == [
        ("moldova-2020.txt → moldova-2021.txt", f"stopped after {JOB_LIMIT:g} s (the batch's time limit per job)")
    ]
    assert len(result.pairs) == 4
    names = sorted(p.name for p in out.iterdir())
    assert "moldova-2020-2021.html" not in names
    assert len([n for n in names if n.endswith(".html") and n != "index.html"]) == 4
    assert not [n for n in names if n.endswith(".tmp") or n.startswith(".")]
    assert result.exit_code == 2


def test_a_file_that_hangs_while_read_is_stopped_even_when_retried_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    """A worker killed by something else first, then the retry of its job hangs: the retry
    (alone, in a fresh process) is held to the same limit."""
    folder = moldova_folder(tmp_path)
    flag = tmp_path / "died-once"
    read = ingest.read

    def dies_then_hangs(source: Any) -> Any:
        if isinstance(source, Path) and source.name == "moldova-2019.txt":
            if not flag.exists():
                flag.touch()
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(HANG_SECONDS)
        return read(source)

    monkeypatch.setattr(ingest, "read", dies_then_hangs)
    result = batch.run_batch(folder, tmp_path / "out", jobs=2, timeout=JOB_LIMIT)
    assert flag.exists()
    reasons = {f.path: f.reason for f in result.failures}
    assert reasons == {"moldova-2019.txt": f"stopped after {JOB_LIMIT:g} s (the batch's time limit per job)"}
    assert len(result.narratives) == 5


@pytest.mark.parametrize("value", ["0", "-3", "nan"])
def test_a_time_limit_must_be_positive(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = moldova_folder(tmp_path)
    assert main(["batch", str(folder), "-o", str(tmp_path / "out"), "--timeout", value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "timeout" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_ctrl_c_on_a_running_batch(tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT to the process group) in the middle of a batch: exit 130,
    one line on stderr, no temporary file, every brief written is whole, no index."""
    folder = tmp_path / "in"
    folder.mkdir()
    manifest = []
    # Enough pairs (540) that the batch is still busy when the signal arrives, even on
    # a loaded machine where this test may wait a while between its check and the kill.
    for k in range(60):
        for n, year in enumerate(range(2014, 2024)):
            name = f"c{k}-{year}.txt"
            (folder / name).write_bytes(TEXTS[(k + n) % len(TEXTS)].read_bytes())
            manifest.append({"file": name, "country": f"C{k}", "year": year})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "tipdiff", "batch", str(folder), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(
        [*command, "--formats", "html,md"], stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(list(out.glob("*.html"))) >= 6:
            break
        time.sleep(0.01)
    if process.poll() is not None:
        pytest.skip("the batch finished before it could be interrupted")
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
        pytest.fail(f"the batch did not stop after Ctrl-C: {err.decode()[-2000:]}")
    assert process.returncode == 130 and err.decode().startswith("tipdiff: interrupted: ")
    names = [p.name for p in out.iterdir()]
    assert not [n for n in names if n.endswith(".tmp") or n.startswith(".")]
    assert "summary.json" not in names and "index.html" not in names
    assert 6 <= len([n for n in names if n.endswith(".html")]) < 540
    for path in out.glob("*.html"):
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_briefs_written_inside_the_input_folder_are_not_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for year, text in zip((2023, 2024), (SEEDS / "azerbaijan-2023-web-excerpt.txt", SEEDS / "azerbaijan-2024-ecoi-export.txt"), strict=True):
        (folder / f"azerbaijan-{year}.txt").write_bytes(text.read_bytes())
    out = folder / "briefs"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "-q"]) == 0
    first = snapshot(out)
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "-q"]) == 0
    assert snapshot(out) == first
    assert len(json.loads(first["summary.json"])["inputs"]) == 2


def test_many_small_jobs_do_not_stall_the_pool() -> None:
    """Each job announces its start on a pipe the batch reads as it goes: five thousand
    jobs (more than the pipe holds) all finish."""
    workers = Workers(2)
    try:
        calls = [(abs, (-n,)) for n in range(5_000)]
        results = run_all(workers, calls, [str(n) for n in range(5_000)], None, "ran")
    finally:
        workers.close()
    assert results == list(range(5_000))


def test_the_heaviest_jobs_are_handed_out_first_and_results_keep_their_order() -> None:
    """With weights, one worker runs the calls heaviest first (equal weights in order),
    so a big job never starts last; the results still come back in the calls' order."""
    workers = Workers(1)
    try:
        weights = [1, 5, 3, 5, 0]
        calls = [(time.monotonic_ns, ())] * len(weights)
        started = run_all(workers, calls, [str(w) for w in weights], None, "ran", weights=weights)
    finally:
        workers.close()
    assert sorted(range(len(weights)), key=started.__getitem__) == [1, 3, 2, 0, 4]


def test_a_time_limit_counts_only_this_call_s_jobs() -> None:
    """Job numbers start again at 0 for each call on one pool (reading the files, then
    comparing the pairs): an announcement the first call left unread must not make a
    job of the second call look overdue and get its worker stopped."""
    workers = Workers(2, timeout=3.0)
    try:
        pids = run_all(workers, [(os.getpid, ())] * 4, ["pid"] * 4, None, "ran")
        _, started = workers.shared()
        started.put((15, pids[-1]))  # job 15 of the first call, heard too late
        slow = [(time.sleep, (0.5,))] * 16  # 4 s in all on two workers, 0.5 s each
        results = run_all(workers, slow, [str(n) for n in range(16)], None, "ran")
    finally:
        workers.close()
    assert results == [None] * 16
