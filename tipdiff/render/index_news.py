"""The index's front page: which countries each of the batch's totals counts.

The totals say "7 tier downgrades"; a reader wants to know which seven without sorting
the table. :func:`index_news` names them, each with the anchor of the row (or list item)
that holds its briefs. Plain data from the summary mapping: the counts stay the
summary's own (``summary.json``), the names are only who they count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Mention", "failure_anchor", "index_news", "lone_anchor", "pair_anchor"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One country a total counts, and the in-page anchor (``#pair-3``) of its entry."""

    name: str
    anchor: str


def pair_anchor(index: int) -> str:
    """The id of the ``index``-th (from 1) row of the pairs table."""
    return f"pair-{index}"


def lone_anchor(index: int) -> str:
    """The id of the ``index``-th (from 1) item of "In one edition only"."""
    return f"lone-{index}"


def failure_anchor(index: int) -> str:
    """The id of the ``index``-th (from 1) item of "Not used"."""
    return f"failure-{index}"


def index_news(summary: Mapping[str, Any]) -> dict[str, list[Mention]]:
    """For each total of ``summary["totals"]`` that counts news, the entries it counts.

    Keys: ``upgrades``, ``downgrades``, ``verdict_decreases`` (a country once, however
    many of its verdicts fell), ``flags`` (a country once, however many flags),
    ``failures``, ``countries_new``, ``countries_gone``. A country compared in more
    than one pair is named with the pair's years.
    """
    pairs: Sequence[Mapping[str, Any]] = summary.get("pairs", ())
    repeated = Counter(row["country"] for row in pairs)

    def pair_mention(index: int, row: Mapping[str, Any]) -> Mention:
        name = row["country"]
        if repeated[name] > 1:
            name = f"{name} ({row['old']['year']}→{row['new']['year']})"
        return Mention(name, pair_anchor(index))

    def pairs_where(test: Any) -> list[Mention]:
        return [pair_mention(i, row) for i, row in enumerate(pairs, 1) if test(row)]

    def lone_where(status: str) -> list[Mention]:
        return [
            Mention(row["country"], lone_anchor(i))
            for i, row in enumerate(summary.get("lone", ()), 1)
            if row["status"] == status
        ]

    return {
        "upgrades": pairs_where(lambda r: r["tier_movement"] == "upgrade"),
        "downgrades": pairs_where(lambda r: r["tier_movement"] == "downgrade"),
        "verdict_decreases": pairs_where(
            lambda r: any(v["movement"] == "downgrade" for v in r["verdicts"].values())
        ),
        "flags": pairs_where(lambda r: bool(r["flags"])),
        "failures": [
            Mention(failure.get("country") or failure["file"], failure_anchor(i))
            for i, failure in enumerate(summary.get("failures", ()), 1)
        ],
        "countries_new": lone_where("new"),
        "countries_gone": lone_where("gone"),
    }
