"""The ``--fail-on`` policy: the conditions a CI job can make tipdiff exit 1 on."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import UsageError
from .model import FigureCheck, Movement, RecommendationStatus, ReportDiff

#: The conditions ``--fail-on`` understands, and what each looks for.
FAIL_CONDITIONS = {
    "tier-downgrade": "the tier went down",
    "verdict-decrease": "an effort verdict went down",
    "new-recommendation": "a recommendation is new",
    "figure-revision": "the new edition revises a figure the old one reported",
}


def parse_fail_on(value: str | None) -> tuple[str, ...]:
    """Split a comma list of ``--fail-on`` conditions, refusing unknown ones."""
    if not value:
        return ()
    names = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [n for n in names if n not in FAIL_CONDITIONS]
    if unknown:
        raise UsageError(
            f"unknown --fail-on condition {', '.join(map(repr, unknown))}; "
            f"choose from: {', '.join(FAIL_CONDITIONS)}"
        )
    return names


def fail_reasons(diff: ReportDiff, conditions: Iterable[str]) -> list[str]:
    """The reasons, one per finding, that the given ``--fail-on`` conditions hold."""
    label = _pair_label(diff)
    reasons: list[str] = []
    for condition in conditions:
        if condition == "tier-downgrade" and diff.tier.movement is Movement.DOWNGRADE:
            reasons.append(f"{label}: tier-downgrade: {diff.tier.old} → {diff.tier.new}")
        elif condition == "verdict-decrease":
            for section in diff.sections:
                verdict = section.verdict
                if verdict is not None and verdict.movement is Movement.DOWNGRADE:
                    old = verdict.old.phrase if verdict.old else "?"
                    new = verdict.new.phrase if verdict.new else "?"
                    reasons.append(
                        f"{label}: verdict-decrease: {section.name.value}: {old} → {new}"
                    )
        elif condition == "new-recommendation":
            for match in diff.recommendations:
                if match.status is RecommendationStatus.NEW:
                    reasons.append(f"{label}: new-recommendation: {match.new[0]}")
        elif condition == "figure-revision":
            for delta in diff.figures:
                # a count the editions word differently may be two counts: shown, not failed on
                if delta.check is FigureCheck.REVISED and not delta.worded_differently:
                    old = "?" if delta.old is None else f"{delta.old.value:,g}"
                    new = "?" if delta.new is None else f"{delta.new.value:,g}"
                    reasons.append(
                        f"{label}: figure-revision: {delta.metric} ({delta.period}) {old} → {new}"
                    )
    return reasons


def _pair_label(diff: ReportDiff) -> str:
    country = diff.new.country or diff.old.country or "unknown country"
    return f"{country} {diff.old.year or '?'}→{diff.new.year or '?'}"

