"""The worker side of a build: what the archive stores of a narrative, as rows.

The worker processes read each input (as ``batch`` does), turn every narrative into the
rows its tables hold — with the content hash of those rows — and match the
recommendations of consecutive editions, so that the build's own process only inserts.
Rows are tuples of plain values: they cross between processes far more cheaply than the
Reports they are made from.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..batch.discover import ManifestEntry, Narrative, identify
from ..edition import read_cut
from ..errors import TipdiffError
from ..model import Citation, Report

log = logging.getLogger(__name__)

Row = tuple[Any, ...]

#: One stored pairing of two recommendation lists: status, old ranks, new ranks, similarity.
Link = tuple[str, tuple[int, ...], tuple[int, ...], float]


@dataclass(frozen=True, slots=True)
class Rows:
    """Everything the archive stores of one narrative, ready to insert.

    ``narrative`` holds the narratives table's columns after ``id``; ``sections`` start
    with their position, which ``sentences`` name their section by; the other tables'
    rows lack only their narrative's id."""

    narrative: Row
    sections: tuple[Row, ...]  # position, name, heading, found_by
    sentences: tuple[Row, ...]  # section position, paragraph, position, line, page, paragraph line, text
    verdicts: tuple[Row, ...]  # section, phrase, scale, sentence
    figures: tuple[Row, ...]  # metric … page, as the figures table orders them
    recommendations: tuple[Row, ...]  # rank, text, line, page
    digest: str  # the content hash (the narrative row's last column)

    @property
    def recommendation_texts(self) -> tuple[str, ...]:
        return tuple(r[1] for r in self.recommendations)


def _where(at: Citation | None) -> tuple[int | None, int | None]:
    return (None, None) if at is None else (at.line, at.page)


def _report_rows(
    report: Report,
) -> tuple[Row, tuple[Row, ...], tuple[Row, ...], tuple[Row, ...], tuple[Row, ...], tuple[Row, ...]]:
    """The rows of what ``report`` says (its metadata first), independent of the file
    name or country spelling the build settled on."""
    evidence, confidence = report.evidence, report.confidence
    metadata = (
        None if report.tier is None else str(report.tier),
        evidence.get("tier"),
        str(confidence.get("tier", "unknown" if report.tier is None else "stated")),
        evidence.get("country"),
        str(confidence.get("country", "unknown" if report.country is None else "stated")),
        evidence.get("year"),
        str(confidence.get("year", "unknown" if report.year is None else "stated")),
        report.title,
        report.lines[0] if report.lines else None,
        report.lines[1] if report.lines else None,
        int(report.truncated),
        json.dumps(list(report.warnings), ensure_ascii=False),
        report.pages,
        report.source,
        report.country,
        report.year,
    )
    sections: list[Row] = []
    sentences: list[Row] = []
    for position, section in enumerate(report.sections.values()):
        sections.append((position, str(section.name), section.heading, str(section.found_by)))
        for paragraph in section.paragraphs:
            # The paragraph's line is stored once, with its first sentence.
            line = paragraph.source_line
            for s in paragraph.sentences:
                sentences.append((position, s.paragraph, s.index, *_where(s.at), line, s.text))
                line = None
    verdicts = tuple(
        (str(n), v.phrase, str(v.scale), v.sentence) for n, v in report.verdicts.items()
    )
    figures = tuple(
        (
            f.metric, f.period, f.value, f.value_high, f.unit, f.currency, f.value_usd,
            int(f.restated), None if f.section is None else str(f.section), f.sentence_index,
            f.quote, *_where(f.at),
        )
        for f in report.figures
    )  # fmt: skip
    recommendations = tuple(
        (rank, text, *_where(at))
        for rank, (text, at) in enumerate(
            itertools.zip_longest(report.recommendations, report.recommendations_at), start=1
        )
    )
    return metadata, tuple(sections), tuple(sentences), verdicts, figures, recommendations


def content_hash(report: Report) -> str:
    """A fingerprint of everything the archive stores of a report (its metadata,
    sections, sentences, figures, verdicts and recommendations, as rows)."""
    return _digest(_report_rows(report))


def _digest(parts: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def rows(narrative: Narrative, report: Report) -> Rows:
    """The rows of one narrative: ``report`` as read, under the country, edition and
    file the build settled on."""
    parts = _report_rows(report)
    metadata, sections, sentences, verdicts, figures, recommendations = parts
    digest = _digest(parts)
    pages = report.pages or narrative.pages
    (tier, tier_evidence, tier_confidence, country_evidence, country_confidence,
     year_evidence, year_confidence, title, first_line, last_line, truncated, warnings) = metadata[:12]  # fmt: skip
    row = (
        narrative.country, narrative.key, narrative.year, tier, tier_evidence, tier_confidence,
        country_evidence, country_confidence, year_evidence, year_confidence, title,
        narrative.path.name, pages[0] if pages else None, pages[1] if pages else None,
        first_line, last_line, truncated, warnings, digest,
    )  # fmt: skip
    return Rows(row, sections, sentences, verdicts, figures, recommendations, digest)


# ---------------------------------------------------------------------- worker jobs


def identify_rows(
    path: Path, manifest: Mapping[str, ManifestEntry]
) -> list[tuple[Narrative, Rows | None]]:
    """The narratives in one input file (as ``batch`` identifies them), each cut from a
    whole edition read here, with its rows (and without its cut, which is not sent
    back); a single narrative's file is read in full later, when it is chosen. A cut
    that cannot be read is left out with a warning, as :func:`~tipdiff.load_edition`
    leaves it out."""
    found: list[tuple[Narrative, Rows | None]] = []
    for narrative in identify(path, manifest):
        if narrative.cut is None:
            found.append((narrative, None))
            continue
        try:
            report = read_cut(narrative.cut)
        except TipdiffError as exc:
            log.warning("%s", narrative.cut.left_out(exc))
            continue
        measured = dataclasses.replace(
            narrative, cut=None, words=len(report.text.split()), sections=len(report.sections)
        )
        found.append((measured, rows(narrative, report)))
    return found


def load_rows(narrative: Narrative) -> Rows:
    """The rows of a single narrative's file, read in full."""
    return rows(narrative, narrative.load())


def link_pairs(pairs: Sequence[tuple[Sequence[str], Sequence[str]]]) -> list[list[Link]]:
    """Match the recommendations of each (old, new) pair of lists, as the archive stores
    the matches."""
    from ..align import match_recommendations

    return [
        [
            (str(m.status), m.old_rank, m.new_rank, round(m.similarity, 3))
            for m in match_recommendations(old, new)
        ]
        for old, new in pairs
    ]


def orphan_guard() -> None:
    """Pool initializer: end this worker process when the build's process is gone (a
    killed build would otherwise leave its idle workers waiting for jobs forever)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="tipdiff-orphan-guard", daemon=True).start()


_WATCH_SECONDS = 0.2
