"""The brief's headline: the tier line, the effort verdict of each "P" section, how many
sentences and recommendations changed, what could not be compared, the notes, and the
closing line on how much of the text is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..figures import move_between
from ..model import (
    ChangeKind,
    DiffCounts,
    Movement,
    ReportDiff,
    SectionDiff,
    SectionName,
    SectionStatus,
    VerdictChange,
)
from .formatting import MOVEMENT_MARKS, and_list, citation_note, plural, sentence_case, share
from .recommendations import count_line

__all__ = ["HighlightLine", "VerdictLine", "highlight_lines", "verdict_line"]

_VERDICT_WORDS = {
    Movement.UPGRADE: "stronger",
    Movement.DOWNGRADE: "weaker",
    Movement.UNCHANGED: "same verdict",
    Movement.UNKNOWN: "not comparable",
}


@dataclass(frozen=True, slots=True)
class VerdictLine:
    """The effort verdict of one "P" section in each edition, and which way it moved."""

    section: str
    old: str
    new: str
    direction: str
    arrow: str
    label: str


@dataclass(frozen=True, slots=True)
class TierLine:
    """The tier headline ("Downgraded from Tier 2 to Tier 3"), its direction and arrow,
    and the phrases the tiers were read from."""

    headline: str
    direction: str
    arrow: str
    detail: str


@dataclass(frozen=True, slots=True)
class HighlightLine:
    """One line of "What changed" (:attr:`ReportDiff.highlights`), with its mark."""

    kind: str
    text: str
    direction: str  # up | down | "" (no movement)
    arrow: str
    cite: str


def highlight_lines(diff: ReportDiff, new_edition: str) -> tuple[HighlightLine, ...]:
    """The diff's highlights as the brief shows them: each text as the JSON gives it,
    the arrow of its movement and where it is in the new edition."""
    lines = []
    for highlight in diff.highlights:
        # Only a rise or a fall gets a mark: "unchanged" and "unknown" lines say it in words.
        movement = highlight.movement
        mark = None
        if movement is Movement.UPGRADE or movement is Movement.DOWNGRADE:
            mark = MOVEMENT_MARKS[movement]
        lines.append(
            HighlightLine(
                str(highlight.kind),
                highlight.text,
                mark.direction if mark else "",
                mark.arrow if mark else "",
                citation_note((new_edition, highlight.at)),
            )
        )
    return tuple(lines)


def tier_line(diff: ReportDiff, old_edition: str, new_edition: str) -> TierLine:
    """How the tier moved, in words."""
    tier = diff.tier
    old = None if tier.old is None else str(tier.old)
    new = None if tier.new is None else str(tier.new)
    movement = tier.movement
    between = move_between(tier)  # "… was upgraded to Tier 2" where both give Tier 2
    if movement == Movement.UPGRADE:
        head = f"Upgraded from {old} to {new}"
    elif movement == Movement.DOWNGRADE:
        head = f"Downgraded from {old} to {new}"
    elif movement == Movement.UNCHANGED:
        head = f"On {new} in both" if between else f"Remained on {new}"
    else:
        movement = Movement.UNKNOWN
        if old and new:
            head = f"{old} → {new} (not ranked against each other)"
        elif new:
            head = f"{new} in {new_edition}; the {old_edition} text states no tier"
        elif old:
            head = f"{old} in {old_edition}; the {new_edition} text states no tier"
        else:
            head = "Tier not stated in either text"
    evidence = []
    if between:  # None where the move is unknown
        head += f" (the {new_edition} text says it {between})"
        evidence.append("An edition between them placed it otherwise")
    if tier.old_evidence:
        evidence.append(f"{old_edition}: “{tier.old_evidence}”")
    if tier.new_evidence:
        evidence.append(f"{new_edition}: “{tier.new_evidence}”")
    mark = MOVEMENT_MARKS[movement]
    return TierLine(head, mark.direction, mark.arrow, " · ".join(evidence))


def verdict_line(
    name: SectionName,
    verdict: VerdictChange | None,
    section: SectionDiff | None,
    editions: tuple[str, str],
) -> VerdictLine:
    """The verdict line of one "P" section (``section`` None: in neither text)."""
    old_edition, new_edition = editions
    title = name.label
    if section is None:
        return VerdictLine(title, "", "", "unknown", "–", "section in neither text")
    old = verdict.old.phrase if verdict and verdict.old else ""
    new = verdict.new.phrase if verdict and verdict.new else ""
    movement = verdict.movement if verdict else Movement.UNKNOWN
    mark = MOVEMENT_MARKS[movement]
    label = _VERDICT_WORDS[movement]
    if movement == Movement.UNCHANGED and old != new:
        label = "same direction"
    if section.status == SectionStatus.ONLY_NEW:
        label = f"section not in the {old_edition} text"
    elif section.status == SectionStatus.ONLY_OLD:
        label = f"section not in the {new_edition} text"
    elif not old and not new:
        label = "no verdict stated"
    elif not old:
        label = f"no verdict stated in {old_edition}"
    elif not new:
        label = f"no verdict stated in {new_edition}"
    return VerdictLine(title, old, new, mark.direction, mark.arrow, label)


def changes_line(diff: ReportDiff, counts: DiffCounts) -> str:
    """How many sentences (and recommendations) changed, by kind."""
    if not counts.shared_sections:
        line = "The two texts share no section, so no sentence could be compared."
    elif counts.changed_sentences == 0:
        line = "No sentence changed in the sections both texts contain."
    else:
        detail = ", ".join(
            f"{n} {kind}"
            for kind, n in counts.sentences.items()
            if kind not in (ChangeKind.UNCHANGED, ChangeKind.NOT_COMPARABLE) and n
        )
        line = (
            f"{plural(counts.changed_sentences, 'changed sentence')} in the sections both "
            f"texts contain ({detail})."
        )
    past = counts.sentences.get(ChangeKind.NOT_COMPARABLE, 0)
    if counts.shared_sections and past:
        line += (
            f" {plural(past, 'sentence')} past the end of a cut-short text "
            f"{'is' if past == 1 else 'are'} not compared."
        )
    recommendations = count_line(counts.recommendations)
    if recommendations and diff.old.recommendations and diff.new.recommendations:
        line += f" Recommendations: {recommendations}."
    return line


def one_sided_line(sections: Sequence[SectionDiff], old_edition: str, new_edition: str) -> str:
    """The sections only one text has ("Prevention only in the 2024 text.")."""
    only_new = [SectionName(s.name).label for s in sections if s.status == SectionStatus.ONLY_NEW]
    only_old = [SectionName(s.name).label for s in sections if s.status == SectionStatus.ONLY_OLD]
    parts = []
    if only_new:
        parts.append(f"{and_list(only_new)} only in the {new_edition} text")
    if only_old:
        parts.append(f"{and_list(only_old)} only in the {old_edition} text")
    return "; ".join(parts) + "." if parts else ""


def notes(diff: ReportDiff, old_edition: str, new_edition: str) -> tuple[str, ...]:
    """The warnings of the diff and of both reports, each once, as sentences; a report's
    own say which text they are about ("The 2023 text ends mid-sentence …")."""
    warnings = [
        *diff.warnings,
        *(_of_text(w, old_edition) for w in diff.old.warnings),
        *(_of_text(w, new_edition) for w in diff.new.warnings),
    ]
    return tuple(dict.fromkeys(sentence_case(w) for w in warnings if w.strip()))


def _of_text(warning: str, edition: str) -> str:
    """A report's warning naming its text by edition: "the text ends …" → "the 2023 text
    ends …"."""
    text = f"the {edition.removesuffix(' edition')} text"
    if warning.startswith("the text "):
        return text + warning.removeprefix("the text")
    return f"{text}: {warning}"


def unchanged_line(words: tuple[int, int, int, int], old_edition: str, new_edition: str) -> str:
    """The closing line: the share of the new text unchanged, word for word.

    ``words`` is ``(kept, total, kept in shared sections, total in shared sections)``.
    """
    kept_all, total_all, kept_both, total_both = words
    line = (
        f"{share(kept_all, total_all)} of the {new_edition} text is unchanged from {old_edition}, "
        f"word for word"
    )
    if total_both != total_all and total_both:
        line += f" ({share(kept_both, total_both)} within the sections both texts contain)"
    return line + "."
