"""Building the archive: inputs in, one transaction per edition, links to the previous one.

Steps: gather the inputs and settle each narrative's country and edition (as ``batch``
does, in worker processes, which also turn each narrative into the rows it is stored as
— :mod:`.rows`); keep one narrative per country and edition; match the recommendations
of the consecutive editions that will be linked, in the workers too, while this process
writes: edition by edition in year order and in one transaction each, it inserts what
is new or changed (a narrative whose content hash is already stored is left alone) and
links each changed narrative's recommendations with the previous and next edition of
its country that lists recommendations. A build that is killed leaves the database as
it was after the last edition it committed; a re-run on the same inputs writes nothing
at all.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..batch import read_inputs
from ..batch.discover import Inputs, Narrative, Skipped, choose_editions, gather
from ..batch.workers import Failure, Workers, run_all
from ..files import check_target
from .rows import Link, Rows, identify_rows, link_pairs, load_rows, orphan_guard
from .schema import datasette_metadata
from .store import connect


@dataclass
class BuildResult:
    """What a build read, wrote and could not use."""

    added: list[str] = field(default_factory=list)  # "Moldova 2024"
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    links: int = 0  # recommendation links written

    @property
    def exit_code(self) -> int:
        return 2 if self.failures else 0


#: One narrative to write: what it is, its rows, and whether it replaces a stored one.
Change = tuple[Narrative, Rows, bool]


def build(
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    database: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    manifest: str | os.PathLike[str] | None = None,
    progress: TextIO | None = None,
    timeout: float | None = None,
) -> BuildResult:
    """Build or update the archive at ``database`` from ``inputs`` (folders, whole
    editions, single narratives, as ``tipdiff batch`` takes them). Writes Datasette's
    ``metadata.json`` beside a new database."""
    path = check_target(database)  # before reading anything: its folder exists, it is a file
    paths = [Path(inputs)] if isinstance(inputs, str | os.PathLike) else [Path(p) for p in inputs]
    found = gather(paths, Path(manifest) if manifest else None)
    result = BuildResult(skipped=list(found.skipped))
    new_database = not path.exists()
    count = max(1, jobs or os.cpu_count() or 1)
    workers = Workers(count, timeout)
    try:
        made = _read(workers, found, progress, result)
    finally:
        workers.close()
    with connect(path) as connection:
        connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        editions = _plan(connection, made, result)
        changed = {(n.key, n.year) for _, changes in editions.values() for n, _, _ in changes}
        matches = _Matches(count, connection, made, changed)
        try:
            for year, (sources, changes) in sorted(editions.items()):
                _write_edition(connection, year, sources, changes, matches, result)
        finally:
            matches.close()
        if result.added or result.replaced:
            # Merge the full-text index's segments and drop the pages freed on the way.
            connection.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize')")
            connection.execute("VACUUM")
    if new_database or not path.with_name("metadata.json").exists():
        metadata = json.dumps(datasette_metadata(path.stem), indent=2, ensure_ascii=False)
        path.with_name("metadata.json").write_text(metadata + "\n", encoding="utf-8")
    return result


_CACHE_KIB = 65536  # the build's page cache (SQLite's default is 2 MB)


def _read(
    workers: Workers, found: Inputs, progress: TextIO | None, result: BuildResult
) -> list[tuple[Narrative, Rows]]:
    """Every narrative to store, one per country and edition, with its rows, in year
    order; the files that could not be read go to ``result.failures``."""
    narratives: list[Narrative] = []
    made: dict[int, Rows | Failure] = {}
    for path, outcome in read_inputs(workers, found, progress, identify_rows):
        if isinstance(outcome, Failure):
            result.failures.append(Failure(found.name(path), outcome.reason))
            continue
        for narrative, rows in outcome:
            narratives.append(narrative)
            if rows is not None:
                made[id(narrative)] = rows
    chosen, _ = choose_editions(narratives)
    chosen.sort(key=lambda n: (n.year, n.key))
    # A whole edition's narratives were read in full already; single files were only
    # identified, and are read now.
    unread = [n for n in chosen if id(n) not in made]
    loaded = run_all(
        workers,
        [(load_rows, (n,)) for n in unread],
        [n.label for n in unread],
        progress,
        "loaded",
        weights=[n.size for n in unread],
    )
    made.update(zip(map(id, unread), loaded, strict=True))
    kept = []
    for narrative in chosen:
        outcome = made[id(narrative)]
        if isinstance(outcome, Failure):
            result.failures.append(Failure(narrative.label, outcome.reason))
        else:
            kept.append((narrative, outcome))
    return kept


def _plan(
    connection: sqlite3.Connection, made: Sequence[tuple[Narrative, Rows]], result: BuildResult
) -> dict[int, tuple[list[str], list[Change]]]:
    """Per edition year: its input files, and the narratives that are new or changed
    (the unchanged ones go to ``result.unchanged``)."""
    stored = {
        (key, year): digest
        for key, year, digest in connection.execute(
            "SELECT country_key, year, content_hash FROM narratives"
        )
    }
    editions: dict[int, tuple[list[str], list[Change]]] = {}
    for narrative, rows in made:
        sources, changes = editions.setdefault(narrative.year, ([], []))
        sources.append(narrative.path.name)
        known = stored.get((narrative.key, narrative.year))
        if known == rows.digest:
            result.unchanged.append(f"{narrative.country} {narrative.year}")
        else:
            changes.append((narrative, rows, known is not None))
    return {year: (sorted(set(s)), c) for year, (s, c) in editions.items() if c}


class _Matches:
    """The recommendation matches of the pairs of editions the build will link, made in
    worker processes of their own while this one writes (one job per edition, in year
    order); a pair not foreseen, or whose worker died, is matched here."""

    def __init__(
        self,
        count: int,
        connection: sqlite3.Connection,
        made: Sequence[tuple[Narrative, Rows]],
        changed: set[tuple[str, int]],
    ) -> None:
        self._pending: dict[Pair, tuple[Future[list[list[Link]]], int]] = {}
        self._pool: ProcessPoolExecutor | None = None
        jobs = _pairs(connection, made, changed)
        if not jobs:
            return
        self._pool = ProcessPoolExecutor(max_workers=count, initializer=orphan_guard)
        for year in sorted(jobs):
            pairs = list(jobs[year])
            try:
                future = self._pool.submit(link_pairs, pairs)
            except BrokenProcessPool:  # a worker died while jobs were handed out
                break  # the pairs not handed out are matched here
            for number, pair in enumerate(pairs):
                self._pending[pair] = (future, number)

    def get(self, old: Sequence[str], new: Sequence[str]) -> list[Link]:
        pending = self._pending.get((tuple(old), tuple(new)))
        if pending is not None:
            future, number = pending
            try:
                return future.result()[number]
            except (BrokenProcessPool, CancelledError):
                pass  # its worker died: match it here
        return link_pairs([(old, new)])[0]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


#: Two recommendation lists to match: the earlier edition's and the later one's.
Pair = tuple[tuple[str, ...], tuple[str, ...]]


def _pairs(
    connection: sqlite3.Connection,
    made: Sequence[tuple[Narrative, Rows]],
    changed: set[tuple[str, int]],
) -> dict[int, dict[Pair, None]]:
    """The recommendation lists the build will match, by the later edition's year: each
    country's consecutive editions that list recommendations (the stored ones and this
    build's) where either of the two is new or changed."""
    if not changed:
        return {}
    lists: dict[str, dict[int, tuple[str, ...]]] = {}
    stored: dict[tuple[str, int], list[str]] = {}
    for key, year, text in connection.execute(
        "SELECT n.country_key, n.year, r.text FROM recommendations r "
        "JOIN narratives n ON n.id = r.narrative_id ORDER BY n.id, r.rank"
    ):
        stored.setdefault((key, year), []).append(text)
    for (key, year), texts in stored.items():
        lists.setdefault(key, {})[year] = tuple(texts)
    for narrative, rows in made:
        lists.setdefault(narrative.key, {})[narrative.year] = rows.recommendation_texts
    jobs: dict[int, dict[Pair, None]] = {}
    for key, years in lists.items():
        listing = sorted(year for year, texts in years.items() if texts)
        for old, new in itertools.pairwise(listing):
            if (key, old) in changed or (key, new) in changed:
                jobs.setdefault(new, {})[(years[old], years[new])] = None
    return jobs


def _write_edition(
    connection: sqlite3.Connection,
    year: int,
    sources: list[str],
    changes: Sequence[Change],
    matches: _Matches,
    result: BuildResult,
) -> None:
    """One edition's new and changed narratives, in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        (first_sentence,) = connection.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM sentences"
        ).fetchone()
        (first_section,) = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM sections").fetchone()
        ids = _Ids(first_section)
        connection.execute(
            "INSERT INTO editions (year, sources) VALUES (?, ?) "
            "ON CONFLICT(year) DO UPDATE SET sources = excluded.sources",
            (year, json.dumps(sources)),
        )
        for narrative, rows, replacing in changes:
            if replacing:
                connection.execute(
                    "DELETE FROM narratives WHERE country_key = ? AND year = ?",
                    (narrative.key, year),
                )
            _insert_narrative(connection, ids, rows)
            (result.replaced if replacing else result.added).append(f"{narrative.country} {year}")
        # The edition's new sentences join the full-text index in one statement.
        connection.execute(
            "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ?",
            (first_sentence,),
        )
        for narrative, _, _ in changes:
            result.links += _relink(connection, narrative.key, year, matches)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


@dataclass(slots=True)
class _Ids:
    """The next section id of a transaction (sections get theirs here, so that their
    sentences can name them in one statement)."""

    section: int


def _insert_narrative(connection: sqlite3.Connection, ids: _Ids, rows: Rows) -> None:
    narrative_id = connection.execute(
        """INSERT INTO narratives (country, country_key, year, tier, tier_evidence,
             tier_confidence, country_evidence, country_confidence, year_evidence,
             year_confidence, title, source_file, first_page, last_page, first_line,
             last_line, truncated, warnings, content_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows.narrative,
    ).lastrowid
    base = ids.section
    ids.section += len(rows.sections)
    connection.executemany(
        "INSERT INTO sections (id, narrative_id, position, name, heading, found_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(base + s[0], narrative_id, *s) for s in rows.sections],
    )
    connection.executemany(
        "INSERT INTO sentences (narrative_id, section_id, paragraph, position, line, page, "
        "paragraph_line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(narrative_id, base + s[0], *s[1:]) for s in rows.sentences],
    )
    connection.executemany(
        "INSERT INTO verdicts (narrative_id, section, phrase, scale, sentence) VALUES (?, ?, ?, ?, ?)",
        [(narrative_id, *v) for v in rows.verdicts],
    )
    connection.executemany(
        """INSERT INTO figures (narrative_id, metric, period, value, value_high, unit, currency,
             value_usd, restated, section, sentence_index, quote, line, page)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(narrative_id, *f) for f in rows.figures],
    )
    connection.executemany(
        "INSERT INTO recommendations (narrative_id, rank, text, line, page) VALUES (?, ?, ?, ?, ?)",
        [(narrative_id, *r) for r in rows.recommendations],
    )


def _relink(connection: sqlite3.Connection, key: str, year: int, matches: _Matches) -> int:
    """Link a country's recommendations between this edition and its neighbours: the
    nearest earlier and later editions whose narratives list recommendations (an edition
    listing none has nothing to link and is stepped over, as the timeline steps over it).
    Links that stepped over this edition before it was written are dropped."""
    years = [
        row[0]
        for row in connection.execute(
            "SELECT n.year FROM narratives n WHERE n.country_key = ? AND EXISTS "
            "(SELECT 1 FROM recommendations r WHERE r.narrative_id = n.id) ORDER BY n.year",
            (key,),
        )
    ]
    before = [y for y in years if y < year]
    after = [y for y in years if y > year]
    if year in years:
        pairs = [(before[-1], year)] if before else []
        pairs += [(year, after[0])] if after else []
    else:
        pairs = [(before[-1], after[0])] if before and after else []
    connection.execute(
        """DELETE FROM recommendation_links WHERE id IN (
             SELECT l.id FROM recommendation_links l
             JOIN narratives o ON o.id = l.old_narrative_id
             JOIN narratives n ON n.id = l.new_narrative_id
             WHERE o.country_key = ? AND o.year < ? AND n.year > ?)""",
        (key, year, year),
    )
    written = 0
    for old_year, new_year in pairs:
        old_id, old = _recommendations(connection, key, old_year)
        new_id, new = _recommendations(connection, key, new_year)
        connection.execute(
            "DELETE FROM recommendation_links WHERE old_narrative_id = ? AND new_narrative_id = ?",
            (old_id, new_id),
        )
        rows = []
        links = matches.get([t for _, t in old], [t for _, t in new])
        for number, (status, old_ranks, new_ranks, similarity) in enumerate(links, start=1):
            olds: list[int | None] = [old[r - 1][0] for r in old_ranks] or [None]
            news: list[int | None] = [new[r - 1][0] for r in new_ranks] or [None]
            rows += [(old_id, new_id, number, status, o, n, similarity) for o in olds for n in news]
        connection.executemany(
            """INSERT INTO recommendation_links (old_narrative_id, new_narrative_id, match,
                 status, old_recommendation_id, new_recommendation_id, similarity)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        written += len(rows)
    return written


def _recommendations(
    connection: sqlite3.Connection, key: str, year: int
) -> tuple[int, list[tuple[int, str]]]:
    (narrative_id,) = connection.execute(
        "SELECT id FROM narratives WHERE country_key = ? AND year = ?", (key, year)
    ).fetchone()
    rows = connection.execute(
        "SELECT id, text FROM recommendations WHERE narrative_id = ? ORDER BY rank",
        (narrative_id,),
    ).fetchall()
    return narrative_id, [(row[0], row[1]) for row in rows]
