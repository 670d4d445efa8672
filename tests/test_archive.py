"""The archive: every edition of every country in one SQLite database, built from the
seeds and the corpus, checked against what load and compare give on the same files."""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import tipdiff
from tipdiff import ingest
from tipdiff.archive import SCHEMA_VERSION, Archive, build, connect
from tipdiff.batch.discover import Narrative, choose_editions, gather, identify
from tipdiff.cli import main
from tipdiff.errors import UsageError
from tipdiff.timeline import build_timeline

from .conftest import CORPUS, SEEDS, seed


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("archive") / "tip.sqlite"
    result = build([SEEDS, CORPUS], database, jobs=2)
    assert result.failures == [] and len(result.added) == 35 and result.links > 0
    return database


def chosen() -> dict[tuple[str, int], Narrative]:
    """The narrative the archive keeps for each country and edition (as batch chooses)."""
    found = gather([SEEDS, CORPUS])
    narratives = [n for p in found.files for n in identify(p, found.manifest)]
    kept, _ = choose_editions(narratives)
    return {(n.country, n.year): n for n in kept}


def test_every_stored_report_is_the_report_load_gives(built: Path) -> None:
    with Archive(built) as archive:
        assert archive.countries() == ["Azerbaijan", "Honduras", "Moldova"]
        for (country, year), narrative in chosen().items():
            stored, loaded = archive.report(country, year), narrative.load()
            assert stored.text == loaded.text, narrative.label
            assert stored.sections == loaded.sections
            assert stored.recommendations == loaded.recommendations
            assert stored.figures == loaded.figures
            assert stored.verdicts == loaded.verdicts
            assert (stored.tier, stored.evidence, stored.confidence) == (
                loaded.tier, loaded.evidence, loaded.confidence
            )


def test_tier_history_matches_load(built: Path) -> None:
    kept = chosen()
    with Archive(built) as archive:
        rows = archive.query("SELECT country, year, tier, movement FROM tier_history")
    assert len(rows) == len(kept)
    for row in rows:
        loaded = kept[(row["country"], row["year"])].load()
        assert row["tier"] == (None if loaded.tier is None else str(loaded.tier))
    moves = {(r["country"], r["year"]): r["movement"] for r in rows}
    assert moves[("Honduras", 2007)] == "downgrade"  # Tier 2 → Tier 2 Watch List
    assert moves[("Moldova", 2008)] == "downgrade" and moves[("Moldova", 2009)] == "upgrade"


def test_figure_series_match_the_figures_load_reads(built: Path) -> None:
    report = tipdiff.load(seed(2024))
    with Archive(built) as archive:
        rows = archive.query(
            "SELECT metric, period, value, sentence FROM figure_series "
            "WHERE country = 'Azerbaijan' AND edition = 2024 ORDER BY rowid"
        )
    assert [(r["metric"], r["period"], r["value"], r["sentence"]) for r in rows] == [
        (f.metric, f.period, f.value, f.sentence) for f in report.figures
    ]


def test_recommendation_links_match_compare(built: Path) -> None:
    diff = tipdiff.compare(seed(2023), seed(2024))
    with Archive(built) as archive:
        rows = archive.query(
            """SELECT l.match, l.status, o.rank AS old_rank, n.rank AS new_rank
               FROM recommendation_links l
               JOIN narratives a ON a.id = l.old_narrative_id
               JOIN narratives b ON b.id = l.new_narrative_id
               LEFT JOIN recommendations o ON o.id = l.old_recommendation_id
               LEFT JOIN recommendations n ON n.id = l.new_recommendation_id
               WHERE a.country = 'Azerbaijan' AND a.year = 2023 AND b.year = 2024
               ORDER BY l.match"""
        )
    by_match: dict[int, dict[str, Any]] = {}
    for row in rows:
        entry = by_match.setdefault(row["match"], {"status": row["status"], "old": set(), "new": set()})
        entry["old"].discard(None)
        if row["old_rank"] is not None:
            entry["old"].add(row["old_rank"])
        if row["new_rank"] is not None:
            entry["new"].add(row["new_rank"])
    assert [(e["status"], e["old"], e["new"]) for e in by_match.values()] == [
        (str(m.status), set(m.old_rank), set(m.new_rank)) for m in diff.recommendations
    ]


def links_of(database: Path) -> list[tuple[Any, ...]]:
    """Every stored recommendation link, by country, editions and ranks."""
    with Archive(database) as archive:
        rows = archive.query(
            """SELECT a.country, a.year, b.year, l.match, l.status, o.rank, n.rank, l.similarity
               FROM recommendation_links l
               JOIN narratives a ON a.id = l.old_narrative_id
               JOIN narratives b ON b.id = l.new_narrative_id
               LEFT JOIN recommendations o ON o.id = l.old_recommendation_id
               LEFT JOIN recommendations n ON n.id = l.new_recommendation_id
               ORDER BY 1, 2, 3, 4, 6, 7"""
        )
    return [tuple(row) for row in rows]


def test_the_workers_match_recommendations_and_a_dead_one_is_made_up_for(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    """The build's own process matches no recommendations (its workers do, while it
    writes); when a matching worker dies, the build matches those pairs itself."""
    from tipdiff import align
    from tipdiff.archive import write

    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(write, "ProcessPoolExecutor", functools.partial(ProcessPoolExecutor, mp_context=fork))
    real = align.match_recommendations
    build_process = os.getpid()
    matched_here = []

    def matching(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() == build_process:
            matched_here.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(align, "match_recommendations", matching)
    quiet = tmp_path / "quiet.sqlite"
    build([SEEDS, CORPUS], quiet, jobs=2)
    assert matched_here == [], f"{len(matched_here)} pairs matched in the build's process"
    assert links_of(quiet) == links_of(built), _links_differ(links_of(quiet), links_of(built))

    def dying(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != build_process:
            os.kill(os.getpid(), signal.SIGKILL)
        return matching(*args, **kwargs)

    monkeypatch.setattr(align, "match_recommendations", dying)
    killed = tmp_path / "killed.sqlite"
    result = build([SEEDS, CORPUS], killed, jobs=2)
    assert result.failures == [], result.failures
    assert matched_here
    assert links_of(killed) == links_of(built), _links_differ(links_of(killed), links_of(built))


def test_a_worker_that_dies_while_jobs_are_handed_out_stops_no_build(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A matching worker may die before the build has handed out every edition's job
    (the pool is broken at the next submit): the build matches the rest itself."""
    from concurrent.futures.process import BrokenProcessPool

    from tipdiff.archive import write

    handed_out: list[int] = []

    class DyingPool(ProcessPoolExecutor):
        def submit(self, *args: Any, **kwargs: Any) -> Any:
            handed_out.append(len(handed_out))
            if len(handed_out) > 1:  # a worker died after the first job was handed out
                raise BrokenProcessPool("A child process terminated abruptly")
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(write, "ProcessPoolExecutor", DyingPool)
    database = tmp_path / "broken.sqlite"
    result = build([SEEDS, CORPUS], database, jobs=2)
    assert len(handed_out) == 2  # the pool broke at the second job
    assert result.failures == [], result.failures
    assert links_of(database) == links_of(built), _links_differ(links_of(database), links_of(built))


def _links_differ(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> str:
    """The links one archive has and the other has not (a failure's message)."""
    return f"only here: {sorted(set(got) - set(want))[:5]}; only there: {sorted(set(want) - set(got))[:5]}"


def test_the_archive_links_every_step_the_timeline_follows(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Editions listing no recommendations (the 2021 fragment) are stepped over, so a
    timeline from the archive matches nothing itself (issue 20)."""
    from tipdiff.timeline import threads

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the timeline matched recommendations itself")

    with Archive(built) as archive:
        links = archive.links("Azerbaijan")
        reports = archive.reports("Azerbaijan")
    assert sorted(links) == [(2009, 2015), (2015, 2023), (2023, 2024)]
    for (old_year, new_year), matches in links.items():
        diff = tipdiff.compare(seed(old_year), seed(new_year))
        assert [(m.status, m.old, m.new, m.old_rank, m.new_rank) for m in matches] == [
            (m.status, m.old, m.new, m.old_rank, m.new_rank) for m in diff.recommendations
        ]
    monkeypatch.setattr(threads, "match_recommendations", refuse)
    assert build_timeline(reports, links=links).recommendations


def test_a_full_text_search_finds_sentences(built: Path) -> None:
    with Archive(built) as archive:
        rows = archive.query(
            "SELECT n.country, n.year FROM sentences_fts f JOIN sentences s ON s.id = f.rowid "
            "JOIN narratives n ON n.id = s.narrative_id WHERE sentences_fts MATCH ? ",
            ('"forced begging"',),
        )
    assert rows and {r["country"] for r in rows} <= {"Azerbaijan", "Honduras", "Moldova"}


def test_re_running_on_the_same_inputs_changes_nothing(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tip.sqlite"
    shutil.copy(built, copy)
    before = digest(copy)
    result = build([SEEDS, CORPUS], copy, jobs=2)
    assert (result.added, result.replaced, len(result.unchanged)) == ([], [], 35)
    assert digest(copy) == before


def test_adding_an_edition_adds_its_rows_and_links_to_the_previous(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for year in (2009, 2015, 2023):
        shutil.copy(seed(year), folder)
    database = tmp_path / "tip.sqlite"
    build([folder], database, jobs=1)
    shutil.copy(seed(2024), folder)
    result = build([folder], database, jobs=1)
    assert result.added == ["Azerbaijan 2024"] and len(result.unchanged) == 3
    with Archive(database) as archive:
        assert archive.years("Azerbaijan") == [2009, 2015, 2023, 2024]
        pairs = archive.query(
            "SELECT DISTINCT a.year, b.year FROM recommendation_links l JOIN narratives a "
            "ON a.id = l.old_narrative_id JOIN narratives b ON b.id = l.new_narrative_id ORDER BY 1"
        )
    assert [tuple(p) for p in pairs] == [(2009, 2015), (2015, 2023), (2023, 2024)]


def test_a_bad_input_file_is_listed_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    database = tmp_path / "tip.sqlite"
    assert main(["archive", str(folder), "-o", str(database), "-q", "--jobs", "1"]) == 2
    with Archive(database) as archive:
        assert archive.years("Azerbaijan") == [2009, 2015, 2021, 2023, 2024]


def test_a_build_killed_mid_edition_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    """The build's process dies while writing its third edition: the two editions it
    committed are there, the third is not, and the database is sound; a re-run finishes."""
    database = tmp_path / "tip.sqlite"
    script = f"""
import os
from tipdiff.archive import write as writer
real = writer._insert_narrative
calls = []
def dying(*args):
    calls.append(1)
    real(*args)
    if len(calls) == 3:
        os._exit(9)
writer._insert_narrative = dying
writer.build({str(SEEDS)!r}, {str(database)!r}, jobs=1)
"""
    process = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert process.returncode == 9, process.stderr  # the patch was reached and it died there
    with connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        years = [r[0] for r in connection.execute("SELECT year FROM narratives ORDER BY year")]
    assert years == [2009, 2015]
    result = build(SEEDS, database, jobs=1)
    assert len(result.added) == 3 and len(result.unchanged) == 2


def test_a_worker_killed_while_reading_fails_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_workers: None
) -> None:
    read = ingest.read
    killed = []

    def killing(source: Any) -> Any:
        if isinstance(source, Path) and source.name == "azerbaijan-2015-news-excerpt.txt":
            killed.append(source.name)
            os.kill(os.getpid(), signal.SIGKILL)
        return read(source)

    monkeypatch.setattr(ingest, "read", killing)
    database = tmp_path / "tip.sqlite"
    result = build(SEEDS, database, jobs=2)
    assert [f.path for f in result.failures] == ["azerbaijan-2015-news-excerpt.txt"]
    with connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM narratives").fetchone()[0] == 4


def test_a_database_of_a_newer_schema_is_refused(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = tmp_path / "newer.sqlite"
    shutil.copy(built, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(UsageError, match="newer tipdiff"):
        Archive(newer)
    assert main(["archive", str(SEEDS), "-o", str(newer), "-q"]) == 2
    assert "upgrade tipdiff" in capsys.readouterr().err


def test_csv_export_writes_every_table(built: Path, tmp_path: Path) -> None:
    with Archive(built) as archive:
        written = archive.export_csv(tmp_path / "csv")
        count = archive.query("SELECT count(*) FROM narratives")[0][0]
    names = {p.stem for p in written}
    assert {"narratives", "figures", "recommendations", "tier_history", "figure_series"} <= names
    lines = (tmp_path / "csv" / "narratives.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,country,country_key,year,tier") and len(lines) >= count + 1


def test_timeline_from_the_archive_is_the_timeline_from_the_files(built: Path, tmp_path: Path) -> None:
    from_files = build_timeline([tipdiff.load(p) for p in sorted(SEEDS.glob("*.txt"))])
    with Archive(built) as archive:
        from_db = build_timeline(archive.reports("azerbaijan"), links=archive.links("azerbaijan"))
    assert [t.to_dict() for t in from_db.tiers] == [t.to_dict() for t in from_files.tiers]
    assert [s.metric for s in from_db.series] == [s.metric for s in from_files.series]
    assert [r.to_dict() for r in from_db.recommendations] == [
        r.to_dict() for r in from_files.recommendations
    ]
    out = tmp_path / "timeline.html"
    assert main(["timeline", "--db", str(built), "Azerbaijan", "-o", str(out)]) == 0
    assert "Azerbaijan" in out.read_text(encoding="utf-8")


def test_datasette_serves_the_archive_with_its_descriptions(built: Path) -> None:
    """A real client: Datasette serves the database on 127.0.0.1 and a table is fetched
    as JSON, with the descriptions of metadata.json."""
    pytest.importorskip("datasette")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable, "-m", "datasette", "serve", str(built), "--host", "127.0.0.1",
        "--port", str(port), "--metadata", str(built.with_name("metadata.json")),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/tip/narratives.json?_shape=objects&country=Moldova"
        data = None
        for _ in range(300):  # up to 30 s for the server to start; it usually takes one
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    data = json.load(response)
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.1)
        assert data is not None, server.stderr.read().decode() if server.stderr else ""
        assert {row["year"] for row in data["rows"]} >= {2002, 2024, 2025}
        meta_url = f"http://127.0.0.1:{port}/-/metadata.json"
        with urllib.request.urlopen(meta_url, timeout=5) as response:
            metadata = json.load(response)
        tables = metadata["databases"]["tip"]["tables"]
        assert tables["narratives"]["columns"]["content_hash"].startswith("SHA-256")
        assert "tier history" in tables["tier_history"]["description"].lower() or tables["tier_history"]["description"]
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr is not None:
            server.stderr.close()
