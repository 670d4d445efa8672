"""Building the archive: inputs in, one transaction per edition, links to the previous one.

Steps: gather the inputs and settle each narrative's country and edition (as ``batch``
does, in worker processes); keep one narrative per country and edition; read each one
(ingest, segment, figures) in the workers; then, edition by edition in year order and in
one transaction each, insert what is new or changed (a narrative whose content hash is
already stored is left alone) and link each changed narrative's recommendations with
the previous and next edition of its country that lists recommendations. A build that
is killed leaves the database as it was after the last edition it committed; a re-run
on the same inputs writes nothing at all.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..batch import read_narratives
from ..batch.discover import Narrative, Skipped, choose_editions, gather
from ..batch.workers import Failure, Workers, run_all
from ..files import check_target
from ..model import Citation, Report
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


def _read(narrative: Narrative) -> Report:
    """The full Report of one narrative (run in a worker process)."""
    return narrative.load()


def content_hash(report: Report) -> str:
    """A fingerprint of everything the archive stores of a report (its text, metadata,
    sections, figures, verdicts and recommendations)."""
    stored = (
        report.text, report.country, report.year, report.tier, report.title, report.source,
        report.pages, report.lines, report.truncated, report.warnings, report.recommendations,
        sorted(report.evidence.items()), sorted(report.confidence.items()),
        [(s.name, s.heading, s.found_by, [p.source_line for p in s.paragraphs])
         for s in report.sections.values()],
        [s.at for s in report.sentences], report.recommendations_at,
        report.figures, sorted(report.verdicts.items()),
    )  # fmt: skip
    return hashlib.sha256(repr(stored).encode("utf-8")).hexdigest()


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
    workers = Workers(max(1, jobs or os.cpu_count() or 1), timeout)
    try:
        narratives, result.failures = read_narratives(workers, found, progress)
        chosen, _ = choose_editions(narratives)
        chosen.sort(key=lambda n: (n.year, n.key))
        # A whole edition's narratives were read in full already; single files were only
        # identified, and are read now.
        unread = [n for n in chosen if n.report is None]
        loaded = run_all(
            workers, [(_read, (n,)) for n in unread], [n.label for n in unread], progress, "loaded"
        )
    finally:
        workers.close()
    read = dict(zip(map(id, unread), loaded, strict=True))
    reports: list[tuple[Narrative, Report]] = []
    for narrative in chosen:
        outcome = narrative.report if narrative.report is not None else read[id(narrative)]
        if isinstance(outcome, Failure):
            result.failures.append(Failure(narrative.label, outcome.reason))
        else:
            reports.append((narrative, outcome))
    new_database = not path.exists()
    with connect(path) as connection:
        for year in sorted({n.year for n, _ in reports}):
            _write_edition(connection, year, [(n, r) for n, r in reports if n.year == year], result)
        if result.added or result.replaced:
            # Merge the full-text index's segments and drop the pages freed on the way.
            connection.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize')")
            connection.execute("VACUUM")
    if new_database or not path.with_name("metadata.json").exists():
        metadata = json.dumps(datasette_metadata(path.stem), indent=2, ensure_ascii=False)
        path.with_name("metadata.json").write_text(metadata + "\n", encoding="utf-8")
    return result


def _write_edition(
    connection: sqlite3.Connection,
    year: int,
    narratives: Sequence[tuple[Narrative, Report]],
    result: BuildResult,
) -> None:
    """One edition in one transaction; nothing at all when nothing changed."""
    stored = dict(
        connection.execute(
            "SELECT country_key, content_hash FROM narratives WHERE year = ?", (year,)
        ).fetchall()
    )
    changes = []
    for narrative, report in narratives:
        digest = content_hash(report)
        label = f"{narrative.country} {year}"
        if stored.get(narrative.key) == digest:
            result.unchanged.append(label)
        else:
            changes.append((narrative, report, digest, narrative.key in stored))
    if not changes:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        (last_sentence,) = connection.execute("SELECT coalesce(max(id), 0) FROM sentences").fetchone()
        sources = sorted({n.path.name for n, _ in narratives})
        connection.execute(
            "INSERT INTO editions (year, sources) VALUES (?, ?) "
            "ON CONFLICT(year) DO UPDATE SET sources = excluded.sources",
            (year, json.dumps(sources)),
        )
        for narrative, report, digest, replacing in changes:
            if replacing:
                connection.execute(
                    "DELETE FROM narratives WHERE country_key = ? AND year = ?",
                    (narrative.key, year),
                )
            _insert_narrative(connection, narrative, report, digest)
            (result.replaced if replacing else result.added).append(f"{narrative.country} {year}")
        # The edition's new sentences join the full-text index in one statement.
        connection.execute(
            "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?",
            (last_sentence,),
        )
        for narrative, _, _, _ in changes:
            result.links += _relink(connection, narrative.key, year)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _insert_narrative(
    connection: sqlite3.Connection, narrative: Narrative, report: Report, digest: str
) -> None:
    evidence, confidence = report.evidence, report.confidence
    cursor = connection.execute(
        """INSERT INTO narratives (country, country_key, year, tier, tier_evidence,
             tier_confidence, country_evidence, country_confidence, year_evidence,
             year_confidence, title, source_file, first_page, last_page, first_line,
             last_line, truncated, warnings, content_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            narrative.country,
            narrative.key,
            narrative.year,
            None if report.tier is None else str(report.tier),
            evidence.get("tier"),
            str(confidence.get("tier", "unknown" if report.tier is None else "stated")),
            evidence.get("country"),
            str(confidence.get("country", "unknown" if report.country is None else "stated")),
            evidence.get("year"),
            str(confidence.get("year", "unknown" if report.year is None else "stated")),
            report.title,
            narrative.path.name,
            report.pages[0] if report.pages else (narrative.pages[0] if narrative.pages else None),
            report.pages[1] if report.pages else (narrative.pages[1] if narrative.pages else None),
            report.lines[0] if report.lines else None,
            report.lines[1] if report.lines else None,
            int(report.truncated),
            json.dumps(list(report.warnings), ensure_ascii=False),
            digest,
        ),
    )
    narrative_id = cursor.lastrowid
    sentences = []
    for position, section in enumerate(report.sections.values()):
        section_id = connection.execute(
            "INSERT INTO sections (narrative_id, name, position, heading, found_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (narrative_id, str(section.name), position, section.heading, str(section.found_by)),
        ).lastrowid
        for paragraph in section.paragraphs:
            for s in paragraph.sentences:
                line, page = _where(s.at)
                sentences.append(
                    (narrative_id, section_id, s.paragraph, s.index, line, page,
                     paragraph.source_line, s.text)
                )  # fmt: skip
    connection.executemany(
        "INSERT INTO sentences (narrative_id, section_id, paragraph, position, line, page, "
        "paragraph_line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        sentences,
    )
    connection.executemany(
        "INSERT INTO verdicts (narrative_id, section, phrase, scale, sentence) VALUES (?, ?, ?, ?, ?)",
        [(narrative_id, str(n), v.phrase, str(v.scale), v.sentence) for n, v in report.verdicts.items()],
    )
    connection.executemany(
        """INSERT INTO figures (narrative_id, metric, period, value, value_high, unit, currency,
             value_usd, restated, section, sentence_index, quote, line, page)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                narrative_id,
                f.metric,
                f.period,
                f.value,
                f.value_high,
                f.unit,
                f.currency,
                f.value_usd,
                int(f.restated),
                None if f.section is None else str(f.section),
                f.sentence_index,
                f.quote,
                *_where(f.at),
            )
            for f in report.figures
        ],
    )
    connection.executemany(
        "INSERT INTO recommendations (narrative_id, rank, text, line, page) VALUES (?, ?, ?, ?, ?)",
        [
            (narrative_id, rank, text, *_where(at))
            for rank, (text, at) in enumerate(
                itertools.zip_longest(report.recommendations, report.recommendations_at), start=1
            )
        ],
    )


def _where(at: Citation | None) -> tuple[int | None, int | None]:
    return (None, None) if at is None else (at.line, at.page)


def _relink(connection: sqlite3.Connection, key: str, year: int) -> int:
    """Link a country's recommendations between this edition and its neighbours: the
    nearest earlier and later editions whose narratives list recommendations (an edition
    listing none has nothing to link and is stepped over, as the timeline steps over it).
    Links that stepped over this edition before it was written are dropped."""
    from ..align import match_recommendations

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
        matches = match_recommendations([t for _, t in old], [t for _, t in new])
        for number, match in enumerate(matches, start=1):
            olds: list[int | None] = [old[r - 1][0] for r in match.old_rank] or [None]
            news: list[int | None] = [new[r - 1][0] for r in match.new_rank] or [None]
            rows += [
                (old_id, new_id, number, str(match.status), o, n, round(match.similarity, 3))
                for o in olds
                for n in news
            ]
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
