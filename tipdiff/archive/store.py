"""Opening the archive: the schema check, and the read side that gives back the model's
own objects (a :class:`~tipdiff.model.Report` for a country and year)."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..countries import country_name, fold
from ..errors import InputError, UsageError
from ..model import (
    Citation,
    Confidence,
    Figure,
    FoundBy,
    Paragraph,
    RecommendationMatch,
    RecommendationStatus,
    Report,
    Section,
    SectionName,
    Sentence,
    Tier,
    Verdict,
    VerdictScale,
)
from .schema import SCHEMA_VERSION, TABLES, VIEWS, create


@contextlib.contextmanager
def connect(path: str | os.PathLike[str], *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the archive (created with its schema when missing and ``write``);
    a database of a newer schema, or a file that is no archive, is refused."""
    target = Path(path)
    if not write and not target.is_file():
        raise InputError(f"{target} does not exist; build it with 'tipdiff archive … -o {target}'")
    if target.exists() and target.is_dir():
        raise UsageError(f"{target} is a folder; -o takes the database file to write")
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        version = _schema_version(connection, target)
        if version is None:
            if not write:
                raise InputError(f"{target} holds no tipdiff archive")
            create(connection)
        elif version < SCHEMA_VERSION:
            raise UsageError(
                f"{target} was written by an older tipdiff (archive schema {version}; this "
                f"version writes schema {SCHEMA_VERSION}): delete it and run tipdiff archive "
                "again to rebuild it"
            )
        elif version > SCHEMA_VERSION:
            raise UsageError(
                f"{target} was written by a newer tipdiff (archive schema {version}; this "
                f"version reads schema {SCHEMA_VERSION}): upgrade tipdiff to use it"
            )
        yield connection
    finally:
        connection.close()


def _schema_version(connection: sqlite3.Connection, path: Path) -> int | None:
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path} is not an SQLite database: {exc}") from exc
    if "schema_version" not in tables:
        if tables:
            raise InputError(f"{path} is an SQLite database but no tipdiff archive")
        return None
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else None


class Archive:
    """The read side of an archive: countries, editions and the model's own Reports.

    Use as ``with Archive("tip.sqlite") as archive: archive.report("Moldova", 2024)``.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._context = connect(self.path, write=False)
        self.connection = self._context.__enter__()
        self.connection.row_factory = sqlite3.Row

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._context.__exit__(None, None, None)

    def countries(self) -> list[str]:
        """Every country in the archive, by name."""
        rows = self.connection.execute("SELECT DISTINCT country FROM narratives ORDER BY country")
        return [row[0] for row in rows]

    def years(self, country: str) -> list[int]:
        """The editions that hold a narrative of ``country`` (any spelling), oldest first."""
        rows = self.connection.execute(
            "SELECT year FROM narratives WHERE country_key = ? ORDER BY year", (_key(country),)
        )
        return [row[0] for row in rows]

    def reports(self, country: str) -> list[Report]:
        """Every edition's Report of one country, oldest first (each table read once for
        all of them)."""
        rows = self.connection.execute(
            "SELECT * FROM narratives WHERE country_key = ? ORDER BY year", (_key(country),)
        ).fetchall()
        fetched = self._fetch([row["id"] for row in rows])
        return [self._report(row, fetched) for row in rows]

    def _fetch(self, ids: list[int]) -> dict[str, dict[int, list[tuple[Any, ...]]]]:
        """The rows of every table a Report is built from, per table and narrative id
        (plain tuples, their columns as :data:`_READS` names them)."""
        fetched: dict[str, dict[int, list[tuple[Any, ...]]]] = {}
        marks = ", ".join("?" * len(ids))
        cursor = self.connection.cursor()
        cursor.row_factory = None
        for name, sql in _READS.items():
            by_narrative: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
            for row in cursor.execute(sql.format(marks), ids):
                by_narrative[row[0]].append(row)
            fetched[name] = by_narrative
        return fetched

    def report(self, country: str, year: int) -> Report:
        """The Report of one country and edition, as ``tipdiff.load`` read it."""
        row = self.connection.execute(
            "SELECT * FROM narratives WHERE country_key = ? AND year = ?", (_key(country), year)
        ).fetchone()
        if row is None:
            known = ", ".join(map(str, self.years(country))) or "none"
            raise UsageError(f"the archive has no {country} {year} narrative (editions: {known})")
        return self._report(row, self._fetch([row["id"]]))

    def _report(self, row: sqlite3.Row, fetched: dict[str, dict[int, list[tuple[Any, ...]]]]) -> Report:
        narrative_id = row["id"]
        paragraphs: dict[int, dict[int, list[tuple[Any, ...]]]] = {}
        texts: dict[int, str] = {}
        for sentence in fetched["sentences"][narrative_id]:
            # narrative_id, section_id, paragraph, position, line, page, paragraph_line, text
            paragraphs.setdefault(sentence[1], {}).setdefault(sentence[2], []).append(sentence)
            texts[sentence[3]] = sentence[7]
        sections: dict[SectionName, Section] = {}
        for _, section_id, section_name, heading, found_by in fetched["sections"][narrative_id]:
            name = SectionName(section_name)
            built = []
            for index, rows in paragraphs.get(section_id, {}).items():
                sentences = tuple(
                    Sentence(text, position, paragraph, name, None if line is None else Citation(line, page))
                    for _, _, paragraph, position, line, page, _, text in rows
                )
                built.append(Paragraph(index, sentences, rows[0][6]))
            sections[name] = Section(name, tuple(built), heading, FoundBy(found_by))
        figures = tuple(
            _figure(f, texts[f[7]]) for f in fetched["figures"][narrative_id] if f[7] in texts
        )
        # The cleaned text is its paragraphs in document order, a blank line between.
        ordered = sorted(
            (p for section in sections.values() for p in section.paragraphs), key=lambda p: p.index
        )
        verdicts = {
            SectionName(section): Verdict(SectionName(section), phrase, VerdictScale(scale), sentence)
            for _, section, phrase, scale, sentence in fetched["verdicts"][narrative_id]
        }
        listed = fetched["recommendations"][narrative_id]
        return Report(
            text="\n\n".join(p.text for p in ordered),
            sections=MappingProxyType(sections),
            recommendations=tuple(text for _, text, _, _ in listed),
            recommendations_at=tuple(
                None if line is None else Citation(line, page) for _, _, line, page in listed
            ),
            country=row["country"],
            year=row["year"],
            tier=None if row["tier"] is None else Tier(row["tier"]),
            evidence=MappingProxyType(
                {"country": row["country_evidence"], "year": row["year_evidence"], "tier": row["tier_evidence"]}
            ),
            confidence=MappingProxyType(
                {
                    "country": Confidence(row["country_confidence"]),
                    "year": Confidence(row["year_confidence"]),
                    "tier": Confidence(row["tier_confidence"]),
                }
            ),
            figures=figures,
            verdicts=MappingProxyType(verdicts),
            title=row["title"],
            source=row["source_file"],
            warnings=tuple(json.loads(row["warnings"])),
            pages=None if row["first_page"] is None else (row["first_page"], row["last_page"]),
            lines=None if row["first_line"] is None else (row["first_line"], row["last_line"]),
            truncated=bool(row["truncated"]),
        )

    def links(self, country: str) -> dict[tuple[int, int], tuple[RecommendationMatch, ...]]:
        """The stored recommendation matches of one country, keyed by the (old, new) edition
        years they join, as ``match_recommendations`` made them (without word ops); what
        ``build_timeline(..., links=...)`` takes, so a timeline from the archive matches
        nothing itself."""
        rows = self.connection.execute(
            """SELECT o.year AS old_year, n.year AS new_year, l.match, l.status, l.similarity,
                 ro.rank AS old_rank, ro.text AS old_text, rn.rank AS new_rank,
                 rn.text AS new_text
               FROM recommendation_links l
               JOIN narratives o ON o.id = l.old_narrative_id
               JOIN narratives n ON n.id = l.new_narrative_id
               LEFT JOIN recommendations ro ON ro.id = l.old_recommendation_id
               LEFT JOIN recommendations rn ON rn.id = l.new_recommendation_id
               WHERE o.country_key = ? AND n.country_key = ?
               ORDER BY o.year, n.year, l.match, l.id""",
            (_key(country), _key(country)),
        )
        grouped: dict[tuple[int, int], dict[int, list[sqlite3.Row]]] = {}
        for row in rows:
            pair = (row["old_year"], row["new_year"])
            grouped.setdefault(pair, {}).setdefault(row["match"], []).append(row)
        return {
            pair: tuple(_match(parts) for parts in matches.values())
            for pair, matches in grouped.items()
        }

    def export_csv(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Every table and view as ``FOLDER/<name>.csv`` (for spreadsheets)."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in [t.name for t in TABLES] + [v.name for v in VIEWS]:
            cursor = self.connection.execute(f"SELECT * FROM {name}")  # names from the schema
            target = out / f"{name}.csv"
            with target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow([d[0] for d in cursor.description])
                writer.writerows(tuple(row) for row in cursor)
            written.append(target)
        return written

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Rows of any read-only SQL query over the archive."""
        return list(self.connection.execute(sql, parameters))


#: What a Report is built from, per table (the narrative id first): ``{}`` takes the
#: narrative ids' placeholders.
_READS = {
    "sentences": "SELECT narrative_id, section_id, paragraph, position, line, page, paragraph_line, "
    "text FROM sentences WHERE narrative_id IN ({}) ORDER BY narrative_id, position",
    "sections": "SELECT narrative_id, id, name, heading, found_by FROM sections "
    "WHERE narrative_id IN ({}) ORDER BY narrative_id, position",
    "figures": "SELECT narrative_id, metric, value, unit, currency, period, section, sentence_index, "
    "value_high, quote, value_usd, restated, line, page FROM figures "
    "WHERE narrative_id IN ({}) ORDER BY id",
    "verdicts": "SELECT narrative_id, section, phrase, scale, sentence FROM verdicts "
    "WHERE narrative_id IN ({}) ORDER BY narrative_id, section",
    "recommendations": "SELECT narrative_id, text, line, page FROM recommendations "
    "WHERE narrative_id IN ({}) ORDER BY narrative_id, rank",
}


def _key(country: str) -> str:
    return fold(country_name(country))


def _match(rows: list[sqlite3.Row]) -> RecommendationMatch:
    """One stored pairing (its rows: every old × new recommendation of it)."""
    old = dict.fromkeys((r["old_rank"], r["old_text"]) for r in rows if r["old_rank"] is not None)
    new = dict.fromkeys((r["new_rank"], r["new_text"]) for r in rows if r["new_rank"] is not None)
    return RecommendationMatch(
        RecommendationStatus(rows[0]["status"]),
        tuple(text for _, text in old),
        tuple(text for _, text in new),
        tuple(rank for rank, _ in old),
        tuple(rank for rank, _ in new),
        (),
        rows[0]["similarity"],
    )


def _figure(row: tuple[Any, ...], sentence: str) -> Figure:
    """A figure from its row (as :data:`_READS` selects it) and its sentence's text."""
    (_, metric, value, unit, currency, period, section, sentence_index, value_high, quote,
     value_usd, restated, line, page) = row  # fmt: skip
    return Figure(
        metric=metric,
        value=value,
        unit=unit,
        currency=currency,
        period=period,
        section=None if section is None else SectionName(section),
        sentence=sentence,
        sentence_index=sentence_index,
        value_high=value_high,
        quote=quote,
        value_usd=value_usd,
        restated=bool(restated),
        at=None if line is None else Citation(line, page),
    )
