"""The news first: a diff's "What changed" list (:func:`highlights`).

Built from the diff alone and deterministic: the tier movement, each effort verdict
that moved, the largest like-for-like figure moves (same metric, unit and currency,
single values, ranked by relative change: the headline counts first
(:data:`~tipdiff.figures.metrics.HEADLINE_METRICS`), totals before breakdowns; the new edition's
own year-on-year when the editions share no figure), the highest-ranked new and dropped
recommendations, and anything to check first (a revised figure, editions reversed,
two countries, a text cut short). Between three and seven lines: when the diff has
less news than three lines, the counts of changed sentences fill in.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from ..figures import move_between
from ..figures.display import format_figure, metric_label, percent_change
from ..figures.metrics import HEADLINE_METRICS, is_breakdown
from ..model import (
    P_SECTIONS,
    ChangeKind,
    FigureBasis,
    FigureCheck,
    FigureDelta,
    Highlight,
    HighlightKind,
    Movement,
    RecommendationMatch,
    RecommendationStatus,
    Report,
    ReportDiff,
    TierChange,
    VerdictChange,
)

MOST = 7
LEAST = 3
FIGURES = 2  # the largest figure moves shown
_QUOTED_WORDS = 12  # a recommendation is quoted up to this many words

# The order lines are kept in when there are more than MOST (the list itself is shown
# in HighlightKind order).
_PRIORITY = (
    HighlightKind.TIER,
    HighlightKind.VERDICT,
    HighlightKind.FLAG,
    HighlightKind.FIGURE,
    HighlightKind.RECOMMENDATION,
    HighlightKind.COUNT,
)
def highlights(diff: ReportDiff, doubts: Sequence[str] = ()) -> tuple[Highlight, ...]:
    """The "What changed" lines of ``diff`` (see the module docstring); ``doubts`` are
    the diff's warnings that make its news doubtful (editions reversed, two countries …),
    each flagged."""
    lines = [
        _tier(diff.tier, diff.old, diff.new),
        *_verdicts(diff),
        *_figures(diff.figures, diff.new),
        *_recommendations(diff.recommendations),
        *_flags(diff, doubts),
    ]
    if len(lines) < LEAST:
        lines.extend(_counts(diff)[: LEAST - len(lines)])
    ranked = sorted(range(len(lines)), key=lambda i: (_PRIORITY.index(lines[i].kind), i))
    kept = sorted(ranked[:MOST])
    return tuple(lines[i] for i in kept)


def _edition(report: Report, side: str) -> str:
    return f"the {report.year} text" if report.year else f"the {side} text"


def _tier(tier: TierChange, old: Report, new: Report) -> Highlight:
    if tier.movement in (Movement.UPGRADE, Movement.DOWNGRADE):
        verb = "Upgraded" if tier.movement is Movement.UPGRADE else "Downgraded"
        text = f"{verb} from {tier.old} to {tier.new}"
    elif tier.movement is Movement.UNCHANGED:
        text = f"Tier unchanged: {tier.new}"
    elif tier.old is None and tier.new is None:
        text = "Tier: neither text states one"
    elif tier.new is None:
        text = f"Tier: {tier.old} in {_edition(old, 'old')}; {_edition(new, 'new')} states none"
    elif tier.old is None:
        text = f"Tier: {tier.new} in {_edition(new, 'new')}; {_edition(old, 'old')} states none"
    else:  # a Special Case on one side: no ranking
        text = f"Tier: {tier.old} → {tier.new}"
    between = move_between(tier)
    if between is not None:  # an edition between them placed it otherwise
        text += f" ({_edition(new, 'new')} says it {between})"
    return Highlight(HighlightKind.TIER, text, tier.movement)


def _verdicts(diff: ReportDiff) -> Iterator[Highlight]:
    for section in diff.sections:
        change: VerdictChange | None = section.verdict
        if section.name not in P_SECTIONS or change is None or change.old is None or change.new is None:
            continue
        if change.movement not in (Movement.UPGRADE, Movement.DOWNGRADE):
            continue
        way = "stronger" if change.movement is Movement.UPGRADE else "weaker"
        yield Highlight(
            HighlightKind.VERDICT,
            f"{section.name.label} verdict {way}: “{change.old.phrase}” → “{change.new.phrase}”",
            change.movement,
        )


def _comparable(delta: FigureDelta, basis: FigureBasis) -> bool:
    """Like with like: both sides single values of one unit and currency, not both zero,
    the new one the edition's own (not two past years an edition restates)."""
    old, new = delta.old, delta.new
    return (
        delta.basis is basis
        and old is not None
        and new is not None
        and not new.restated
        and old.value_high is None
        and new.value_high is None
        and old.unit == new.unit
        and old.currency == new.currency
        and old.value >= 0
        and old.value != new.value
    )


def _relative_move(delta: FigureDelta) -> float:
    assert delta.old is not None and delta.new is not None
    if delta.new.value <= 0 or delta.old.value <= 0:
        # down to nothing, or up from it ("the first conviction in 12 years"): the largest move
        return math.inf
    return abs(math.log(delta.new.value / delta.old.value))


def _figures(deltas: Sequence[FigureDelta], new: Report) -> Iterator[Highlight]:
    """The largest moves between the editions' own figures; when the editions share
    none, the largest the new edition states itself ("compared with 14 in 2022"). One
    line a metric: its comparison over the fewest years, the first given of those."""
    basis = FigureBasis.EDITIONS
    if not any(_comparable(d, basis) for d in deltas):
        basis = FigureBasis.NEW_EDITION
    closest: dict[str, FigureDelta] = {}
    for delta in deltas:
        if _comparable(delta, basis):
            kept = closest.get(delta.metric)
            if kept is None or _years_apart(delta) < _years_apart(kept):
                closest[delta.metric] = delta
    moves = sorted(
        closest.values(),
        key=lambda d: (
            d.metric not in HEADLINE_METRICS,
            is_breakdown(d.metric),
            -_relative_move(d),
            d.metric,
            d.period or 0,
        ),
    )
    stated = f", as the {new.year} edition states" if new.year else ", as the new edition states"
    for delta in moves[:FIGURES]:
        assert delta.old is not None and delta.new is not None
        percent = delta.percent
        periods = ""
        if delta.old.period and delta.new.period and delta.old.period != delta.new.period:
            periods = f" ({delta.old.period} → {delta.new.period}"
            periods += f"{stated})" if basis is FigureBasis.NEW_EDITION else ")"
        text = (
            f"{metric_label(delta.metric)}{periods}: {format_figure(delta.old)} → "
            f"{format_figure(delta.new)}"
        )
        if percent is not None:
            text += f" ({percent_change(percent)})"
        movement = Movement.UPGRADE if delta.new.value > delta.old.value else Movement.DOWNGRADE
        yield Highlight(HighlightKind.FIGURE, text, movement, delta.new.at)


def _years_apart(delta: FigureDelta) -> int:
    """How many years a comparison spans (0 when a side has no year)."""
    assert delta.old is not None and delta.new is not None
    if delta.old.period is None or delta.new.period is None:
        return 0
    return abs(delta.new.period - delta.old.period)


def _quoted(texts: Sequence[str]) -> str:
    words = " ".join(texts).split()
    clipped = " ".join(words[:_QUOTED_WORDS]).rstrip(".,;:")
    return f"“{clipped}{'…' if len(words) > _QUOTED_WORDS else ''}”"


def _recommendations(matches: Sequence[RecommendationMatch]) -> Iterator[Highlight]:
    """The highest-ranked new recommendation, then the highest-ranked dropped one."""
    for status, label in (
        (RecommendationStatus.NEW, "New recommendation, ranked"),
        (RecommendationStatus.DROPPED, "Dropped recommendation, was"),
    ):
        new = status is RecommendationStatus.NEW
        found = sorted(
            (m for m in matches if m.status is status),
            key=lambda m: m.new_rank if new else m.old_rank,
        )
        if not found:
            continue
        first = found[0]
        rank, texts = (first.new_rank, first.new) if new else (first.old_rank, first.old)
        more = f" (and {len(found) - 1} more {status})" if len(found) > 1 else ""
        yield Highlight(
            HighlightKind.RECOMMENDATION,
            f"{label} #{rank[0]}: {_quoted(texts)}{more}",
            at=(first.new_at or (None,))[0] if new else None,
        )


def _flags(diff: ReportDiff, doubts: Sequence[str]) -> Iterator[Highlight]:
    for delta in diff.figures:
        if delta.check is FigureCheck.REVISED and delta.old is not None and delta.new is not None:
            yield Highlight(
                HighlightKind.FLAG,
                f"Revised: {metric_label(delta.metric)} for {delta.period} was "
                f"{format_figure(delta.old)} in {_edition(diff.old, 'old')}, "
                f"{format_figure(delta.new)} in {_edition(diff.new, 'new')}"
                + (" (worded differently: it may be another count)" if delta.worded_differently else ""),
                at=delta.new.at,
            )
            break  # one such line; the figures table lists every check
    for doubt in doubts:
        yield Highlight(HighlightKind.FLAG, doubt[0].upper() + doubt[1:])
    for report, side in ((diff.old, "old"), (diff.new, "new")):
        if report.truncated:
            yield Highlight(
                HighlightKind.FLAG,
                f"{_edition(report, side).capitalize()} ends mid-sentence: it may be cut short",
            )


def _counts(diff: ReportDiff) -> list[Highlight]:
    counts = diff.counts()
    changed = counts.changed_sentences
    if not counts.shared_sections:
        text = "No section is in both texts: there are no sentences to compare"
    elif not changed:
        text = "Every sentence of the sections both texts contain reads the same"
    else:
        parts = [
            f"{n} {kind}"
            for kind in (ChangeKind.REWORDED, ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MOVED)
            if (n := counts.sentences[kind])
        ]
        text = f"{changed} changed sentence{'s' if changed != 1 else ''}: {', '.join(parts)}"
    lines = [Highlight(HighlightKind.COUNT, text)]
    listed = sum(
        n for status, n in counts.recommendations.items()
        if status is not RecommendationStatus.NOT_COMPARABLE
    )
    if listed:
        carried = counts.recommendations[RecommendationStatus.CARRIED]
        lines.append(
            Highlight(
                HighlightKind.COUNT,
                f"Recommendations: {carried} of {listed} carried over unchanged",
            )
        )
    unchanged = [
        s.name.label
        for s in diff.sections
        if s.verdict is not None and s.verdict.movement is Movement.UNCHANGED
    ]
    if unchanged:
        lines.append(Highlight(HighlightKind.COUNT, f"Effort verdicts unchanged: {', '.join(unchanged)}"))
    # The editions' own rows only: a row within one edition has two sides of that edition.
    rows = [d for d in diff.figures if d.basis is FigureBasis.EDITIONS]
    both = sum(1 for d in rows if d.old is not None and d.new is not None)
    lines.append(
        Highlight(
            HighlightKind.COUNT,
            f"Key figures: {both} given in both editions, {len(rows) - both} in one only",
        )
    )
    return lines
