"""The archive's tables and views, each with the descriptions Datasette shows.

One definition serves three readers: the ``CREATE`` statements, the ``metadata.json``
written beside the database (table and column descriptions for Datasette) and the
README's schema section. Bump :data:`SCHEMA_VERSION` with any change a reader would
notice; a database from a newer schema is refused.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 3


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql: str  # type and constraints
    description: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    constraints: tuple[str, ...] = ()

    @property
    def create(self) -> str:
        body = [f"{c.name} {c.sql}" for c in self.columns] + list(self.constraints)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n  " + ",\n  ".join(body) + "\n)"


@dataclass(frozen=True, slots=True)
class View:
    name: str
    description: str
    select: str

    @property
    def create(self) -> str:
        return f"CREATE VIEW IF NOT EXISTS {self.name} AS\n{self.select}"


def _narrative(on_delete: str = "CASCADE") -> Column:
    return Column(
        "narrative_id",
        f"INTEGER NOT NULL REFERENCES narratives(id) ON DELETE {on_delete}",
        "the narrative it belongs to",
    )


TABLES: tuple[Table, ...] = (
    Table(
        "schema_version",
        "The version of this schema (a newer tipdiff may add to it; an older one refuses it).",
        (Column("version", "INTEGER NOT NULL", "schema version"),),
    ),
    Table(
        "editions",
        "One row per edition of the report (the year it was published).",
        (
            Column("year", "INTEGER PRIMARY KEY", "the edition year"),
            Column("sources", "TEXT NOT NULL", "the input files its narratives came from (JSON list)"),
        ),
    ),
    Table(
        "narratives",
        "One country's narrative in one edition: the most complete text the inputs held "
        "(its text is its sentences, paragraph by paragraph).",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            Column("country", "TEXT NOT NULL", "the country, as the alias table names it today"),
            Column("country_key", "TEXT NOT NULL", "the country folded for matching (case, accents, aliases)"),
            Column("year", "INTEGER NOT NULL REFERENCES editions(year)", "the edition year"),
            Column("tier", "TEXT", "tier placement (Tier 1, Tier 2, Tier 2 Watch List, Tier 3, Special Case) or null"),
            Column("tier_evidence", "TEXT", "the phrase the tier was read from"),
            Column("tier_confidence", "TEXT NOT NULL", "stated, inferred or unknown"),
            Column("country_evidence", "TEXT", "the phrase the country was read from"),
            Column("country_confidence", "TEXT NOT NULL", "stated, inferred or unknown"),
            Column("year_evidence", "TEXT", "the phrase (or inference) the year came from"),
            Column("year_confidence", "TEXT NOT NULL", "stated, inferred or unknown"),
            Column("title", "TEXT", "the narrative's title line (its heading)"),
            Column("source_file", "TEXT NOT NULL", "the input file"),
            Column("first_page", "INTEGER", "first page in the published report (whole editions)"),
            Column("last_page", "INTEGER", "last page in the published report (whole editions)"),
            Column("first_line", "INTEGER", "first line in the source file"),
            Column("last_line", "INTEGER", "last line in the source file"),
            Column("truncated", "INTEGER NOT NULL", "1 when the text ends mid-sentence (an excerpt)"),
            Column("warnings", "TEXT NOT NULL", "what reading it found (JSON list)"),
            Column("content_hash", "TEXT NOT NULL", "SHA-256 of what was read: a re-run with the same text changes nothing"),
        ),
        ("UNIQUE (country_key, year)",),
    ),
    Table(
        "sections",
        "The canonical sections of each narrative, in the order they stand.",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            _narrative(),
            Column("name", "TEXT NOT NULL", "summary, recommendations, prosecution, protection, prevention or profile"),
            Column("position", "INTEGER NOT NULL", "order in the narrative"),
            Column("heading", "TEXT", "the heading written over it, or null when none is (a special case's first P section: 'GOVERNMENT EFFORTS')"),
            Column("found_by", "TEXT NOT NULL", "heading or content"),
        ),
        ("UNIQUE (narrative_id, name)",),
    ),
    Table(
        "sentences",
        "Every sentence of every narrative (full-text index: sentences_fts).",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            _narrative(),
            Column("section_id", "INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE", "its section"),
            Column("paragraph", "INTEGER NOT NULL", "its paragraph's index in the narrative"),
            Column("position", "INTEGER NOT NULL", "its index in the narrative"),
            Column("line", "INTEGER", "the line of the source file it starts on (1-based)"),
            Column("page", "INTEGER", "the page of the source it starts on (form feeds counted), null without pages"),
            Column("paragraph_line", "INTEGER", "the source line its paragraph starts on (given on the paragraph's first sentence, null on the others)"),
            Column("text", "TEXT NOT NULL", "the sentence"),
        ),
    ),
    Table(
        "verdicts",
        "The effort verdict opening each P section ('The government maintained …').",
        (
            _narrative(),
            Column("section", "TEXT NOT NULL", "prosecution, protection or prevention"),
            Column("phrase", "TEXT NOT NULL", "the verdict ('modestly increased')"),
            Column("scale", "TEXT NOT NULL", "down, mixed, flat or up"),
            Column("sentence", "TEXT NOT NULL", "the sentence it opens with"),
        ),
        ("PRIMARY KEY (narrative_id, section)",),
    ),
    Table(
        "figures",
        "Key figures: every value of a metric a narrative states, with its sentence.",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            _narrative(),
            Column("metric", "TEXT NOT NULL", "from tipdiff.figures.METRICS (investigations, convictions, victims_identified …)"),
            Column("period", "INTEGER", "the year the value refers to"),
            Column("value", "REAL NOT NULL", "the value (the low end of a range)"),
            Column("value_high", "REAL", "the high end of a range, else null"),
            Column("unit", "TEXT", "what is counted (cases, victims, years …); null for money"),
            Column("currency", "TEXT", "money: the currency (USD, manat …)"),
            Column("value_usd", "REAL", "money: the dollar amount given with it"),
            Column("restated", "INTEGER NOT NULL", "1 for a value of an earlier period the edition restates"),
            Column("section", "TEXT", "the section of its sentence"),
            Column("sentence_index", "INTEGER NOT NULL", "the index of the sentence it was read from (sentences.position)"),
            Column("quote", "TEXT NOT NULL", "the words it was read from"),
            Column("line", "INTEGER", "the line of the source file its sentence starts on"),
            Column("page", "INTEGER", "the page of the source its sentence starts on, null without pages"),
        ),
    ),
    Table(
        "recommendations",
        "Each narrative's recommendations, in the order of its list (the priority).",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            _narrative(),
            Column("rank", "INTEGER NOT NULL", "place in the list (1 = first)"),
            Column("text", "TEXT NOT NULL", "the recommendation"),
            Column("line", "INTEGER", "the line of the source file it starts on"),
            Column("page", "INTEGER", "the page of the source it starts on, null without pages"),
        ),
        ("UNIQUE (narrative_id, rank)",),
    ),
    Table(
        "recommendation_links",
        "How each recommendation fared from one edition of a country to the next that "
        "lists recommendations (as tipdiff compare matches them; the links the timeline "
        "follows).",
        (
            Column("id", "INTEGER PRIMARY KEY", "row id"),
            Column("old_narrative_id", "INTEGER NOT NULL REFERENCES narratives(id) ON DELETE CASCADE", "the earlier edition's narrative"),
            Column("new_narrative_id", "INTEGER NOT NULL REFERENCES narratives(id) ON DELETE CASCADE", "the next edition's narrative"),
            Column("match", "INTEGER NOT NULL", "rows with one match number are one pairing (a merge or a split has several)"),
            Column("status", "TEXT NOT NULL", "carried, reworded, new, dropped, merged, split or not_comparable"),
            Column("old_recommendation_id", "INTEGER REFERENCES recommendations(id) ON DELETE CASCADE", "the earlier recommendation (null for new)"),
            Column("new_recommendation_id", "INTEGER REFERENCES recommendations(id) ON DELETE CASCADE", "the later recommendation (null for dropped)"),
            Column("similarity", "REAL NOT NULL", "word similarity of the pairing (1 carried, 0 new or dropped)"),
        ),
    ),
)

_TIER_RANK = (
    "CASE {0} WHEN 'Tier 1' THEN 4 WHEN 'Tier 2' THEN 3 WHEN 'Tier 2 Watch List' THEN 2 "
    "WHEN 'Tier 3' THEN 1 END"
)

VIEWS: tuple[View, ...] = (
    View(
        "tier_history",
        "Each country's tier edition by edition, with the movement from its previous edition.",
        f"""SELECT country, year, tier, previous_year, previous_tier,
  CASE
    WHEN previous_rank IS NULL OR rank IS NULL THEN 'unknown'
    WHEN rank > previous_rank THEN 'upgrade'
    WHEN rank < previous_rank THEN 'downgrade'
    ELSE 'unchanged'
  END AS movement
FROM (
  SELECT country, year, tier, {_TIER_RANK.format("tier")} AS rank,
    LAG(year) OVER w AS previous_year, LAG(tier) OVER w AS previous_tier,
    LAG({_TIER_RANK.format("tier")}) OVER w AS previous_rank
  FROM narratives WINDOW w AS (PARTITION BY country_key ORDER BY year)
)""",
    ),
    View(
        "figure_series",
        "Every figure of every edition, with its country and edition: one metric over the years.",
        """SELECT n.country, n.year AS edition, f.metric, f.period, f.value, f.value_high,
  f.unit, f.currency, f.value_usd, f.restated, s.text AS sentence, n.source_file, f.line
FROM figures f JOIN narratives n ON n.id = f.narrative_id
  JOIN sentences s ON s.narrative_id = f.narrative_id AND s.position = f.sentence_index""",
    ),
    View(
        "verdict_history",
        "Each P section's effort verdict edition by edition, with the previous one and the move.",
        """SELECT country, year, section, phrase, scale, previous_phrase, previous_scale,
  CASE
    WHEN previous_scale IS NULL THEN 'unknown'
    WHEN rank > previous_rank THEN 'upgrade'
    WHEN rank < previous_rank THEN 'downgrade'
    ELSE 'unchanged'
  END AS movement
FROM (
  SELECT n.country, n.year, v.section, v.phrase, v.scale,
    CASE v.scale WHEN 'down' THEN 0 WHEN 'mixed' THEN 1 WHEN 'flat' THEN 2 WHEN 'up' THEN 3 END AS rank,
    LAG(v.phrase) OVER w AS previous_phrase, LAG(v.scale) OVER w AS previous_scale,
    LAG(CASE v.scale WHEN 'down' THEN 0 WHEN 'mixed' THEN 1 WHEN 'flat' THEN 2 WHEN 'up' THEN 3 END)
      OVER w AS previous_rank
  FROM verdicts v JOIN narratives n ON n.id = v.narrative_id
  WINDOW w AS (PARTITION BY n.country_key, v.section ORDER BY n.year)
)""",
    ),
)

# Sections, verdicts and recommendations are found by narrative through their UNIQUE
# (narrative_id, …) constraints' own indexes.
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS sentences_narrative ON sentences(narrative_id, position)",
    "CREATE INDEX IF NOT EXISTS figures_narrative ON figures(narrative_id)",
    "CREATE INDEX IF NOT EXISTS links_old ON recommendation_links(old_narrative_id)",
    "CREATE INDEX IF NOT EXISTS links_new ON recommendation_links(new_narrative_id)",
    "CREATE INDEX IF NOT EXISTS narratives_year ON narratives(year)",
)

# The full-text index over the sentences table (external content). New sentences are
# indexed a narrative at a time by the build (a row trigger costs eight times as much);
# deleted ones leave the index through a trigger.
_FULL_TEXT = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
    "text, content='sentences', content_rowid='id', columnsize=0)",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_delete AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
)


PAGE_SIZE = 8192  # fewer page headers than SQLite's default 4096; sentences pack better


def create(connection: sqlite3.Connection) -> None:
    """Create every table, index, view and the full-text index (in one transaction), in
    pages of :data:`PAGE_SIZE` bytes."""
    connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    connection.execute("BEGIN")
    for table in TABLES:
        connection.execute(table.create)
    for statement in (*_INDEXES, *_FULL_TEXT):
        connection.execute(statement)
    for view in VIEWS:
        connection.execute(view.create)
    connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    connection.execute("COMMIT")


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's ``metadata.json``: the title and every table's and column's description."""
    tables: dict[str, Any] = {
        table.name: {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
        }
        for table in TABLES
    }
    for view in VIEWS:
        tables[view.name] = {"description": view.description}
    tables["sentences_fts"] = {"hidden": True}
    return {
        "title": "Trafficking in Persons Report archive (tipdiff)",
        "description": "Every edition of every country: narratives, sections, sentences, "
        "tiers, effort verdicts, key figures and recommendations, read by tipdiff.",
        "databases": {database: {"tables": tables}},
    }
