"""Render stage: ReportDiff → a change brief in HTML, PDF, Markdown or JSON.

The brief reads like a note an analyst would write, in this order: title (country and
editions, with the source files), a headline box (tier movement, the effort verdict of
each "P" section, how much changed), the key figures, the recommendations, one part per
section with its changes, and a closing line (share of text unchanged, tipdiff version).

How it is built:

1. :func:`brief_context` turns the diff into plain view objects (labels, formatted
   numbers, whole-word redline runs) so the templates only lay things out;
2. the Jinja templates in ``templates/`` (shipped as ``tipdiff/templates``) render
   HTML (autoescaped) and Markdown (escaped by the ``md`` filter); a user template
   folder overrides any of them by name;
3. WeasyPrint prints the HTML to PDF with a URL fetcher that refuses every URL, so a
   brief never reaches the network or the file system.

Every renderer is deterministic: no clock, no randomness, byte-identical output for the
same diff. Files are written atomically (temporary file in the target folder, then
``os.replace``), so a failed render never leaves a half-written brief.
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jinja2

from .errors import RenderError, UsageError
from .figures import METRICS
from .files import write_atomic
from .model import (
    CANONICAL_ORDER,
    P_SECTIONS,
    Change,
    ChangeKind,
    Figure,
    FigureCheck,
    FigureDelta,
    Movement,
    Op,
    RecommendationMatch,
    RecommendationStatus,
    Report,
    ReportDiff,
    SectionDiff,
    SectionName,
    SectionStatus,
    Sentence,
    VerdictChange,
)

__all__ = [
    "PAPER_SIZES",
    "RENDERERS",
    "Brief",
    "Renderer",
    "Run",
    "brief_context",
    "format_figure",
    "format_for_path",
    "markdown_escape",
    "metric_label",
    "redline",
    "refusing_url_fetcher",
    "render_html",
    "render_index",
    "render_json",
    "render_markdown",
    "render_pdf",
    "render_pdf_bytes",
    "renderer",
    "template_dirs",
    "write_brief",
]

logger = logging.getLogger(__name__)

#: Page sizes accepted by :func:`render_pdf` (name → CSS ``size`` value).
PAPER_SIZES: Mapping[str, str] = MappingProxyType({"a4": "A4", "letter": "letter"})

_TEMPLATE_MARKER = "brief.html.j2"

# --------------------------------------------------------------------------- templates


def template_dirs() -> tuple[Traversable, ...]:
    """The packaged template folders, in lookup order.

    Installed from a wheel, the templates live in the package (``tipdiff/templates``,
    force-included by the build). In a checkout or an editable install they are the
    repository's top-level ``templates/`` folder next to the package. Both are returned
    when both exist, the packaged copy first.
    """
    found: list[Traversable] = []
    packaged = importlib.resources.files("tipdiff") / "templates"
    if packaged.is_dir() and (packaged / _TEMPLATE_MARKER).is_file():
        found.append(packaged)
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / _TEMPLATE_MARKER).is_file() and not any(
        isinstance(d, Path) and d.resolve() == checkout for d in found
    ):
        found.append(checkout)
    return tuple(found)


class _ResourceLoader(jinja2.BaseLoader):
    """Load templates from a :class:`Traversable` (a folder, or a folder in a zip)."""

    def __init__(self, root: Traversable) -> None:
        self.root = root

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        node = self.root
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise jinja2.TemplateNotFound(template)
            node = node / part
        if not node.is_file():
            raise jinja2.TemplateNotFound(template)
        source = node.read_text(encoding="utf-8")
        filename = str(node) if isinstance(node, Path) else None
        return source, filename, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_file())


def _autoescape(name: str | None) -> bool:
    """Autoescape everything but Markdown and plain-text templates."""
    return not (name or "").endswith((".md.j2", ".md", ".txt.j2", ".txt"))


@functools.lru_cache(maxsize=16)
def _environment(template_dir: str | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(template_dir, encoding="utf-8"))
    loaders.extend(_ResourceLoader(d) for d in template_dirs())
    if len(loaders) == (1 if template_dir is not None else 0):
        raise RenderError(
            "tipdiff's templates are missing from this installation (no "
            "tipdiff/templates and no templates/ folder in the checkout); "
            "reinstall tipdiff"
        )
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["md"] = markdown_escape
    env.filters["mdblock"] = markdown_escape_block
    env.filters["mdcell"] = _markdown_cell
    return env


def _template_key(template_dir: str | os.PathLike[str] | None) -> str | None:
    if template_dir is None:
        return None
    folder = Path(template_dir)
    if not folder.is_dir():
        raise RenderError(
            f"template folder {str(folder)!r} does not exist or is not a folder; "
            "pass a folder holding the templates you want to override "
            "(e.g. brief.html.j2, brief.css, brief.md.j2)"
        )
    return str(folder.resolve())


def render_template(
    name: str,
    context: Mapping[str, Any],
    *,
    template_dir: str | os.PathLike[str] | None = None,
) -> str:
    """Render one of tipdiff's templates (or its override in ``template_dir``)."""
    key = _template_key(template_dir)
    env = _environment(key)
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(
            f"template {exc.name!r} not found (looked in "
            f"{'the template folder ' + repr(key) + ' and ' if key else ''}"
            "tipdiff's own templates)"
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"template {exc.name or name!r} line {exc.lineno}: {exc.message}; "
            "fix the template or remove it from the template folder"
        ) from exc
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"template {name!r} uses a value the brief does not provide ({exc.message}); "
            "see tipdiff.render.brief_context for the names available"
        ) from exc


# --------------------------------------------------------------------------- markdown


_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#!])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_BLOCK_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def markdown_escape(text: object) -> str:
    """Escape ``text`` so GitHub-flavoured Markdown shows it literally inside a line.

    Emphasis, strike-through, code, links, images, HTML, table pipes, headings and
    entity references are all neutralised; line breaks become spaces so one value never
    breaks the layout. (Use :func:`markdown_escape_block` for a value that starts a line.)
    """
    value = " ".join(str(text).split())
    value = _MD_ENTITY.sub("&amp;", value)
    value = value.replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def markdown_escape_block(text: object) -> str:
    """Like :func:`markdown_escape`, also for a value at the start of a line (no list
    item, heading or rule can begin)."""
    value = markdown_escape(text)
    match = _MD_BLOCK_START.match(value)
    if match is None:
        return value
    if match.group(1)[0].isdigit():
        end = match.end()
        return value[:end] + "\\" + value[end:]
    return "\\" + value


def _markdown_cell(text: object) -> str:
    """Like :func:`markdown_escape`; an empty value becomes a dash."""
    value = markdown_escape(text)
    return value if value else "—"


# --------------------------------------------------------------------------- redlines


@dataclass(frozen=True, slots=True)
class Run:
    """A run of whole words with one edit operation: ``equal``, ``delete`` or ``insert``."""

    op: Op
    text: str


_SHORT_ISLAND = 3  # an unchanged word this short between two changes joins them


def redline(old: str, new: str, ops: Sequence[tuple[Op, str]] = ()) -> tuple[Run, ...]:
    """Whole-word redline runs turning ``old`` into ``new``.

    The alignment's word operations are used when they spell out both sentences; the
    marks are then widened to whole words so a mark never splits a word (and Markdown
    ``~~``/``**`` always close). Without usable operations the words are compared with
    :mod:`difflib`. In each changed stretch the deletions come before the insertions; a
    lone short unchanged word between two changes joins them ("in", "the").
    """
    old_words = old.split()
    new_words = new.split()
    blocks: Sequence[tuple[int, int, int]] | None = None
    if ops:
        blocks = _blocks_from_ops(old, new, ops)
    if blocks is None:
        matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
        blocks = matcher.get_matching_blocks()[:-1]  # the last one is an empty sentinel
    runs: list[Run] = []
    deleted: list[str] = []
    inserted: list[str] = []
    equal: list[str] = []  # the stretch of unchanged words being read
    changed = False  # whether a change came before that stretch
    i = j = 0
    for a, b, size in [*blocks, (len(old_words), len(new_words), 0)]:
        if i < a or j < b:
            if len(equal) == 1 and changed and len(equal[0]) <= _SHORT_ISLAND:
                deleted.append(equal[0])
                inserted.append(equal[0])
            elif equal:
                _flush(runs, deleted, inserted)
                runs.append(Run(Op.EQUAL, " ".join(equal)))
            equal = []
            deleted += old_words[i:a]
            inserted += new_words[j:b]
            changed = True
        equal += old_words[a : a + size]
        i, j = a + size, b + size
    _flush(runs, deleted, inserted)
    if equal:
        runs.append(Run(Op.EQUAL, " ".join(equal)))
    return tuple(runs)


def _flush(runs: list[Run], deleted: list[str], inserted: list[str]) -> None:
    """Close a changed stretch: all its deletions, then all its insertions."""
    if deleted:
        runs.append(Run(Op.DELETE, " ".join(deleted)))
        deleted.clear()
    if inserted:
        runs.append(Run(Op.INSERT, " ".join(inserted)))
        inserted.clear()


def _blocks_from_ops(
    old: str, new: str, ops: Sequence[tuple[Op, str]]
) -> list[tuple[int, int, int]] | None:
    """Blocks of words ``(old index, new index, length)`` the operations keep equal, or
    None when the operations do not spell out ``old`` and ``new``.

    A word is kept when it lies inside one stretch of equal text. Inside a stretch the
    words of both sides correspond one to one; only a word at either end of the stretch
    can start or end differently on the other side, so only those two are checked.
    """
    spans: list[tuple[int, int, int]] = []  # equal text: (old start, old end, new start)
    pos_old = pos_new = 0
    for op, text in ops:
        if op == Op.EQUAL:
            if not (old.startswith(text, pos_old) and new.startswith(text, pos_new)):
                return None
            last = spans[-1] if spans else None
            if last and last[1] == pos_old and last[2] + pos_old - last[0] == pos_new:
                spans[-1] = (last[0], pos_old + len(text), last[2])
            elif text:
                spans.append((pos_old, pos_old + len(text), pos_new))
            pos_old += len(text)
            pos_new += len(text)
        elif op == Op.DELETE:
            if not old.startswith(text, pos_old):
                return None
            pos_old += len(text)
        else:
            if not new.startswith(text, pos_new):
                return None
            pos_new += len(text)
    if pos_old != len(old) or pos_new != len(new):
        return None
    old_before, new_before = _WordsBefore(old), _WordsBefore(new)
    blocks: list[tuple[int, int, int]] = []
    for start, end, new_start in spans:
        new_end = new_start + end - start
        o, n = old_before(start), new_before(new_start)
        size = old_before(end) - o
        # A word starting with the stretch on one side only is cut in two by it.
        first_old, first_new = _starts_word(old, start), _starts_word(new, new_start)
        if first_old and not first_new:
            o, size = o + 1, size - 1
        elif first_new and not first_old:
            n += 1
        # The last word may run past the stretch, or end with it on one side only.
        if not old[end - 1].isspace() and not (_ends_word(old, end) and _ends_word(new, new_end)):
            size -= 1
        if size > 0:
            blocks.append((o, n, size))
    return blocks


class _WordsBefore:
    """How many words of ``text`` start before an offset; offsets must come in
    increasing order (then all the calls together read the text once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = self.count = 0

    def __call__(self, offset: int) -> int:
        if offset > self.offset:
            text, previous = self.text, self.offset
            self.count += len(text[previous:offset].split())
            if previous and not text[previous - 1].isspace() and not text[previous].isspace():
                self.count -= 1  # a word cut at the previous offset, counted already
            self.offset = offset
        return self.count


def _starts_word(text: str, offset: int) -> bool:
    return offset < len(text) and not text[offset].isspace() and (
        offset == 0 or text[offset - 1].isspace()
    )


def _ends_word(text: str, offset: int) -> bool:
    return offset == len(text) or text[offset].isspace()


class _Redlines:
    """The redline of each Change of one diff, computed on first use: a brief needs it
    for the change items and again for the share of text unchanged.

    Keyed by ``id``: hashing a Change would hash all its sentences and operations, and
    the diff keeps every Change alive while its brief is built.
    """

    def __init__(self) -> None:
        self._runs: dict[int, tuple[Run, ...]] = {}

    def __call__(self, change: Change) -> tuple[Run, ...]:
        runs = self._runs.get(id(change))
        if runs is None:
            runs = redline(change.old_text or "", change.new_text or "", change.ops)
            self._runs[id(change)] = runs
        return runs


def _changed_share(runs: Sequence[Run]) -> float:
    """The larger of the shares of old words deleted and new words inserted."""
    count = {"equal": 0, "delete": 0, "insert": 0}
    for run in runs:
        count[run.op] += len(run.text.split())
    old = count["equal"] + count["delete"]
    new = count["equal"] + count["insert"]
    return max(count["delete"] / old if old else 1.0, count["insert"] / new if new else 1.0)


# --------------------------------------------------------------------------- view model


_VERDICT_MOVES = {
    Movement.UPGRADE: ("up", "▲", "stronger"),
    Movement.DOWNGRADE: ("down", "▼", "weaker"),
    Movement.UNCHANGED: ("same", "=", "same verdict"),
    Movement.UNKNOWN: ("unknown", "?", "not comparable"),
}

_CONTEXT_WORDS = 14
_INLINE_LIMIT = 0.5  # above this share of changed words a rewrite is shown as two lines


def metric_label(metric: str) -> str:
    """A reader's label for a metric name from the figures vocabulary."""
    return METRICS.get(metric) or metric.replace("_", " ").strip().capitalize()


def format_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _is_dollars(fig: Figure) -> bool:
    return (fig.currency or "").upper() in ("USD", "$", "US$", "DOLLARS")


def format_figure(fig: Figure, *, dollars: bool = True) -> str:
    """A figure as a reader writes it: ``$123,620``, ``210,161 manat ($123,620)``,
    ``8–18 years``, ``9 cases``."""
    value = format_number(fig.value)
    if fig.value_high is not None:
        value = f"{value}–{format_number(fig.value_high)}"
    if _is_dollars(fig):
        return f"${value}"
    if fig.currency:
        usd = _dollars(fig)
        if dollars and usd:
            return f"{value} {fig.currency} ({usd})"
        return f"{value} {fig.currency}"
    if fig.unit:
        return f"{value} {_unit(fig.unit, fig.value, fig.value_high)}"
    return value


def _unit(unit: str, value: float, high: float | None) -> str:
    """ "1 victim", "2 victims": the unit in the singular for exactly one."""
    if value == 1 and high is None and unit.endswith("s") and not unit.endswith("ss"):
        return unit[:-1]
    return unit


def _dollars(fig: Figure | None) -> str:
    """The dollar conversion given with a local-currency amount ("$123,620"), or ""."""
    if fig is None or not fig.currency or _is_dollars(fig):
        return ""
    return "" if fig.value_usd is None else f"${format_number(fig.value_usd)}"


def _signed(value: float, fig: Figure) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    amount = format_number(abs(value))
    if _is_dollars(fig):
        return f"{sign}${amount}"
    if fig.currency:
        return f"{sign}{amount} {fig.currency}"
    return f"{sign}{amount}"


def _percent(value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    magnitude = abs(value)
    text = (
        f"{magnitude:.1f}" if magnitude < 10 and not magnitude.is_integer() else f"{magnitude:.0f}"
    )
    return f"{sign}{text}%"


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _clip(text: str, words: int = _CONTEXT_WORDS) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _edition(report: Report, fallback: str) -> str:
    return str(report.year) if report.year is not None else fallback


def _source_name(source: str) -> str:
    if source.startswith("<") and source.endswith(">"):
        return source
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or source


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One row of the key-figures table, every cell already formatted."""

    label: str
    periods: str
    old: str
    new: str
    old_quote: str
    new_quote: str
    direction: str  # up | down | same | new | gone | changed
    arrow: str
    change: str
    percent: str
    check: str  # consistent | revised | ""
    check_label: str
    check_note: str
    old_usd: str = ""  # the dollar conversion of a local-currency amount ("$70,000")
    new_usd: str = ""


@dataclass(frozen=True, slots=True)
class SingleFigure:
    """A key figure only one edition gives (nothing to compare it with)."""

    label: str
    edition: str
    value: str
    period: str
    quote: str


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One change as the brief shows it: a reworded or moved sentence (``runs``, shown
    inline or as two lines), or a run of consecutive added or removed sentences
    (``paragraphs``, split where the source text starts a new paragraph)."""

    kind: str
    label: str
    runs: tuple[Run, ...] = ()
    inline: bool = True
    text: str = ""
    context: str = ""
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerdictLine:
    section: str
    old: str
    new: str
    direction: str
    arrow: str
    label: str


@dataclass(frozen=True, slots=True)
class SectionPart:
    """One section of the brief: its verdict, counts, notice and changes."""

    name: str
    title: str
    anchor: str
    status: str
    notice: str
    opening: str
    verdict: VerdictLine | None
    counts: str
    items: tuple[ChangeItem, ...]
    moved_out: str
    unchanged: int
    overview: str = ""


@dataclass(frozen=True, slots=True)
class RecItem:
    """A recommendation entry: its 1-based places in each list and its text or redline."""

    old_ranks: tuple[int, ...]
    new_ranks: tuple[int, ...]
    text: str = ""
    runs: tuple[Run, ...] = ()
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    rank_note: str = ""


@dataclass(frozen=True, slots=True)
class RecGroup:
    status: str
    title: str
    items: tuple[RecItem, ...]


@dataclass(frozen=True, slots=True)
class Recommendations:
    summary: str
    notice: str
    groups: tuple[RecGroup, ...]
    carried: tuple[RecItem, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything a template needs, formatted; see :func:`brief_context`."""

    country: str
    old_edition: str
    new_edition: str
    old_source: str
    new_source: str
    title: str
    running_title: str
    description: str
    keywords: str
    tier_direction: str
    tier_headline: str
    tier_detail: str
    verdicts: tuple[VerdictLine, ...]
    changes_line: str
    one_sided_line: str
    notes: tuple[str, ...]
    figures: tuple[FigureRow, ...]
    figures_note: str
    figures_checked: bool
    single_figures: tuple[SingleFigure, ...]
    recommendations: Recommendations
    sections: tuple[SectionPart, ...]
    unchanged_line: str
    version: str
    generator: str
    nav: tuple[tuple[str, str], ...] = field(default=())


def _tier_lines(diff: ReportDiff, old_ed: str, new_ed: str) -> tuple[str, str, str]:
    tier = diff.tier
    old = None if tier.old is None else str(tier.old)
    new = None if tier.new is None else str(tier.new)
    if tier.movement == Movement.UPGRADE:
        head, direction = f"Upgraded from {old} to {new}", "up"
    elif tier.movement == Movement.DOWNGRADE:
        head, direction = f"Downgraded from {old} to {new}", "down"
    elif tier.movement == Movement.UNCHANGED:
        head, direction = f"Remained on {new}", "same"
    elif old and new:
        head, direction = f"{old} → {new} (not ranked against each other)", "unknown"
    elif new:
        head, direction = f"{new} in {new_ed}; the {old_ed} text states no tier", "unknown"
    elif old:
        head, direction = f"{old} in {old_ed}; the {new_ed} text states no tier", "unknown"
    else:
        head, direction = "Tier not stated in either text", "unknown"
    evidence = []
    if tier.old_evidence:
        evidence.append(f"{old_ed}: “{tier.old_evidence}”")
    if tier.new_evidence:
        evidence.append(f"{new_ed}: “{tier.new_evidence}”")
    return head, direction, " · ".join(evidence)


def _verdict_line(
    name: SectionName, verdict: VerdictChange | None, sec: SectionDiff | None, eds: tuple[str, str]
) -> VerdictLine:
    old_ed, new_ed = eds
    title = name.label
    if sec is None:
        return VerdictLine(title, "", "", "unknown", "–", "section in neither text")
    old = verdict.old.phrase if verdict and verdict.old else ""
    new = verdict.new.phrase if verdict and verdict.new else ""
    movement = verdict.movement if verdict else Movement.UNKNOWN
    direction, arrow, label = _VERDICT_MOVES[movement]
    if movement == Movement.UNCHANGED and old != new:
        label = "same direction"
    if sec.status == SectionStatus.ONLY_NEW:
        label = f"section not in the {old_ed} text"
    elif sec.status == SectionStatus.ONLY_OLD:
        label = f"section not in the {new_ed} text"
    elif not old and not new:
        label = "no verdict stated"
    elif not old:
        label = f"no verdict stated in {old_ed}"
    elif not new:
        label = f"no verdict stated in {new_ed}"
    return VerdictLine(title, old, new, direction, arrow, label)


def _figure_row(delta: FigureDelta, old_ed: str, new_ed: str) -> FigureRow:
    old, new = delta.old, delta.new
    some = new or old
    periods = ""
    if old is not None and new is not None and old.period != new.period:
        periods = f"{old.period or '?'} → {new.period or '?'}"
    elif delta.period is not None:
        periods = str(delta.period)
    if delta.check:
        periods = f"{periods}, restated in {new_ed}" if periods else f"restated in {new_ed}"
    arrow, change, percent, direction = "", "", "", "same"
    if old is None:
        direction, arrow, change = "new", "+", f"new in {new_ed}"
    elif new is None:
        direction, arrow, change = "gone", "–", f"not given in {new_ed}"
    elif old.value_high is not None or new.value_high is not None:
        same = (old.value, old.value_high) == (new.value, new.value_high)
        direction = "same" if same else "changed"
        arrow, change = ("=", "no change") if same else ("≠", "changed")
    else:
        value = new.value - old.value
        if value > 0:
            direction, arrow = "up", "▲"
        elif value < 0:
            direction, arrow = "down", "▼"
        else:
            direction, arrow = "same", "="
        change = "no change" if value == 0 else _signed(value, some or new)
        pct = delta.percent
        percent = "" if pct is None or value == 0 else _percent(pct)
    check_label, check_note = "", ""
    if delta.check is FigureCheck.CONSISTENT:
        check_label = "✓ consistent"
        check_note = f"matches the {old_ed} edition"
    elif delta.check is FigureCheck.REVISED:
        check_label = "⚠ revised"
        if old is not None:
            check_note = f"the {old_ed} edition said {format_figure(old)}"
    elif delta.check:
        check_label = delta.check
    return FigureRow(
        label=metric_label(delta.metric),
        periods=periods,
        old="—" if old is None else format_figure(old, dollars=False),
        new="—" if new is None else format_figure(new, dollars=False),
        old_quote="" if old is None else (old.quote or ""),
        new_quote="" if new is None else (new.quote or ""),
        direction=direction,
        arrow=arrow,
        change=change,
        percent=percent,
        check=delta.check or "",
        check_label=check_label,
        check_note=check_note,
        old_usd=_dollars(old),
        new_usd=_dollars(new),
    )


def ordinal(n: int) -> str:
    """``1`` → ``1st``, ``2`` → ``2nd``, ``11`` → ``11th`` …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _rank_note(match: RecommendationMatch) -> str:
    """ "now 2nd, was 5th" when a single recommendation changed place in the list."""
    if len(match.old_rank) == 1 and len(match.new_rank) == 1:
        was, now = match.old_rank[0], match.new_rank[0]
        if was != now:
            return f"now {ordinal(now)}, was {ordinal(was)}"
    return ""


def _recommendations(diff: ReportDiff, old_ed: str, new_ed: str) -> Recommendations:
    by_status: dict[RecommendationStatus, list[RecommendationMatch]] = {}
    for match in diff.recommendations:
        by_status.setdefault(match.status, []).append(match)

    def first(ranks: Sequence[int]) -> int:
        return ranks[0] if ranks else 10**6

    def new_order(m: RecommendationMatch) -> tuple[int, int]:
        return first(m.new_rank), first(m.old_rank)

    def old_order(m: RecommendationMatch) -> tuple[int, int]:
        return first(m.old_rank), first(m.new_rank)

    groups: list[RecGroup] = []
    unmatched = by_status.get(RecommendationStatus.NOT_COMPARABLE, [])
    new_items = [
        RecItem(m.old_rank, m.new_rank, text=" ".join(m.new))
        for m in sorted(by_status.get(RecommendationStatus.NEW, []), key=new_order)
    ]
    listed_new = [
        RecItem(m.old_rank, m.new_rank, text=" ".join(m.new))
        for m in sorted((m for m in unmatched if m.new), key=new_order)
    ]
    dropped_items = [
        RecItem(m.old_rank, m.new_rank, text=" ".join(m.old))
        for m in sorted(by_status.get(RecommendationStatus.DROPPED, []), key=old_order)
    ]
    listed_old = [
        RecItem(m.old_rank, m.new_rank, text=" ".join(m.old))
        for m in sorted((m for m in unmatched if m.old), key=old_order)
    ]
    reworded_items = [
        RecItem(
            m.old_rank,
            m.new_rank,
            runs=redline(" ".join(m.old), " ".join(m.new), m.ops),
            rank_note=_rank_note(m),
        )
        for m in sorted(by_status.get(RecommendationStatus.REWORDED, []), key=new_order)
    ]
    merged_items = [
        RecItem(m.old_rank, m.new_rank, old=m.old, new=m.new)
        for m in sorted(by_status.get(RecommendationStatus.MERGED, []), key=new_order)
    ]
    split_items = [
        RecItem(m.old_rank, m.new_rank, old=m.old, new=m.new)
        for m in sorted(by_status.get(RecommendationStatus.SPLIT, []), key=new_order)
    ]
    carried = tuple(
        RecItem(m.old_rank, m.new_rank, text=" ".join(m.new), rank_note=_rank_note(m))
        for m in sorted(by_status.get(RecommendationStatus.CARRIED, []), key=new_order)
    )
    n_old, n_new = len(diff.old.recommendations), len(diff.new.recommendations)
    if listed_new:  # nothing to compare with: the list, not "new" marks
        groups.append(RecGroup("listed", f"The {new_ed} list", tuple(listed_new)))
    if new_items:
        groups.append(RecGroup("new", f"New in {new_ed}", tuple(new_items)))
    if listed_old:
        groups.append(RecGroup("listed-old", f"The {old_ed} list", tuple(listed_old)))
    if dropped_items:
        groups.append(RecGroup("dropped", f"Dropped since {old_ed}", tuple(dropped_items)))
    if reworded_items:
        groups.append(RecGroup("reworded", "Reworded", tuple(reworded_items)))
    if merged_items:
        groups.append(RecGroup("merged", "Merged", tuple(merged_items)))
    if split_items:
        groups.append(RecGroup("split", "Split", tuple(split_items)))

    counts = [
        (len(new_items), "new"),
        (len(dropped_items), "dropped"),
        (len(reworded_items), "reworded"),
        (len(merged_items), "merged"),
        (len(split_items), "split"),
        (len(carried), "carried over unchanged"),
    ]
    listed = ", ".join(f"{n} {label}" for n, label in counts if n)
    summary = f"{n_new} recommendations in {new_ed}, {n_old} in {old_ed}" + (
        f": {listed}." if listed else "."
    )
    if not (n_old and n_new):
        summary = f"{_plural(n_new, 'recommendation')} in {new_ed}, {n_old or 'none'} in {old_ed}."
    notice = ""
    if n_old == 0 and n_new == 0:
        summary, notice = "", "Neither text lists recommendations."
    elif n_old == 0:
        notice = (
            f"The {old_ed} text lists no recommendations, so the {new_ed} list cannot be "
            "compared; it is given below."
        )
    elif n_new == 0:
        notice = (
            f"The {new_ed} text lists no recommendations, so the {old_ed} list cannot be "
            "compared; it is given below."
        )
    return Recommendations(summary, notice, tuple(groups), carried)


def _sentence_block(kind: str, sentences: Sequence[Sentence], context: str) -> ChangeItem:
    """Consecutive added (or removed) sentences as one item, paragraph breaks kept."""
    paragraphs: list[list[str]] = []
    previous: int | None = None
    for sentence in sentences:
        if previous is None or sentence.paragraph != previous:
            paragraphs.append([])
        paragraphs[-1].append(sentence.text)
        previous = sentence.paragraph
    texts = tuple(" ".join(p) for p in paragraphs)
    label = "Added" if kind == "added" else "Removed"
    if len(sentences) > 1:
        label = f"{label} · {len(sentences)} sentences"
    return ChangeItem(kind, label, text=" ".join(texts), context=_clip(context), paragraphs=texts)


def _change_items(sec: SectionDiff, redlines: _Redlines) -> tuple[ChangeItem, ...]:
    """The changes of a section shown in the brief (unchanged sentences only give context)."""
    items: list[ChangeItem] = []
    previous_unchanged = ""
    block: list[Sentence] = []
    block_kind = ""
    block_context = ""

    def flush() -> None:
        if block:
            items.append(_sentence_block(block_kind, block, block_context))
            block.clear()

    for change in sec.changes:
        kind = change.kind
        if kind in (ChangeKind.ADDED, ChangeKind.REMOVED):
            if block and block_kind != str(kind):
                flush()
            if not block:
                block_kind = str(kind)
                block_context = previous_unchanged if kind == ChangeKind.ADDED else ""
            block.extend(change.new if kind == ChangeKind.ADDED else change.old)
            previous_unchanged = ""
            continue
        flush()
        if kind == ChangeKind.UNCHANGED:
            previous_unchanged = change.new_text or change.old_text or ""
            continue
        context = previous_unchanged if kind == ChangeKind.MOVED else ""
        previous_unchanged = ""
        old_text, new_text = change.old_text or "", change.new_text or ""
        if kind == ChangeKind.MOVED:
            source = change.moved_from
            if source is None or source == sec.name:
                label = f"Moved within {sec.name.label}"
            else:
                label = f"Moved from {SectionName(source).label}"
            if old_text == new_text:
                items.append(ChangeItem("moved", label, text=new_text, context=_clip(context)))
                continue
            label += " and reworded"
        else:
            label = "Reworded"
            if len(change.old) > 1:
                label = f"Merged ({len(change.old)} sentences into one)"
            elif len(change.new) > 1:
                label = f"Split (one sentence into {len(change.new)})"
        runs = redlines(change)
        inline = _changed_share(runs) <= _INLINE_LIMIT
        items.append(ChangeItem(str(kind), label, runs, inline, context=_clip(context)))
    flush()
    return tuple(items)


def _count_line(sec: SectionDiff) -> str:
    s = sec.stats
    parts = [
        (s.reworded, "reworded"),
        (s.added, "added"),
        (s.removed, "removed"),
        (s.moved, "moved in"),
        (s.unchanged, "unchanged"),
    ]
    return " · ".join(f"{n} {label}" for n, label in parts if n)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


_GENERIC_REASON = re.compile(
    r"^(?:the )?(?:section )?(?:is )?(?:not|missing) (?:in|from) the \S+ (?:text|edition|report)\.?$",
    re.IGNORECASE,
)
_REWRITTEN = 0.25  # below this share of sentences with a counterpart: "largely rewritten"


def _sentence_case(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "”", ")")) else text + "."


def _overview(sec: SectionDiff, eds: tuple[str, str]) -> str:
    """ "Largely rewritten …" for a section where few sentences have a counterpart."""
    s = sec.stats
    paired = s.unchanged + s.reworded + s.moved
    total = paired + max(s.added, s.removed)
    if total < 8 or paired >= _REWRITTEN * total:
        return ""
    if paired == 0:
        share = f"none of its {total} sentences has"
    else:
        share = f"only {paired} of {total} sentences {'has' if paired == 1 else 'have'}"
    return (
        f"Largely rewritten between {eds[0]} and {eds[1]}: {share} a counterpart in the "
        "other edition."
    )


def _section_part(
    sec: SectionDiff,
    moved_out: Mapping[SectionName, dict[SectionName, int]],
    eds: tuple[str, str],
    redlines: _Redlines,
) -> SectionPart:
    old_ed, new_ed = eds
    name = SectionName(sec.name)
    notice = opening = overview = ""
    items: tuple[ChangeItem, ...] = ()
    if sec.status in (SectionStatus.ONLY_NEW, SectionStatus.ONLY_OLD):
        sentences = [c.new_text or c.old_text or "" for c in sec.changes]
        has, lacks = (new_ed, old_ed) if sec.status == SectionStatus.ONLY_NEW else eds
        notice = (
            f"The {lacks} text has no {name.label.lower()} section, so the "
            f"{_plural(len(sentences), 'sentence')} of the {has} text cannot be compared."
        )
        opening = sentences[0] if sentences else ""
    else:
        items = _change_items(sec, redlines)
        overview = _overview(sec, eds)
    reason = (sec.reason or "").strip()
    if reason and not _GENERIC_REASON.match(reason):
        notice = f"{notice} {_sentence_case(reason)}" if notice else _sentence_case(reason)
    out = moved_out.get(name, {})
    moved_text = ", ".join(
        f"{_plural(n, 'sentence')} to {target.label}" for target, n in out.items()
    )
    verdict = _verdict_line(name, sec.verdict, sec, eds) if name in P_SECTIONS else None
    if verdict is not None and not (verdict.old or verdict.new):
        verdict = None
    return SectionPart(
        name=str(name),
        title=name.label,
        anchor=f"section-{name}",
        status=str(sec.status),
        notice=notice,
        opening=opening,
        verdict=verdict,
        counts=_count_line(sec) if sec.status == SectionStatus.BOTH else "",
        items=items,
        moved_out=f"Moved out: {moved_text} (shown there)." if moved_text else "",
        unchanged=sec.stats.unchanged,
        overview=overview,
    )


def _unchanged_words(diff: ReportDiff, redlines: _Redlines) -> tuple[int, int, int, int]:
    """Words of the new text unchanged and in all, over every section and over the
    sections both texts contain: ``(kept, total, kept_both, total_both)`` (one pass)."""
    kept = total = kept_both = total_both = 0
    for sec in diff.sections:
        both = sec.status == SectionStatus.BOTH
        for change in sec.changes:
            words = _words(change.new_text)
            same = 0
            if change.kind == ChangeKind.UNCHANGED or (
                change.kind == ChangeKind.MOVED and change.old_text == change.new_text
            ):
                same = words
            elif change.kind in (ChangeKind.REWORDED, ChangeKind.MOVED):
                same = sum(_words(r.text) for r in redlines(change) if r.op is Op.EQUAL)
            kept, total = kept + same, total + words
            if both:
                kept_both, total_both = kept_both + same, total_both + words
    return kept, total, kept_both, total_both


def _share(kept: int, total: int) -> str:
    if not total:
        return "0%"
    value = 100.0 * kept / total
    if 0 < value < 1:
        return "under 1%"
    if 99 < value < 100:
        return "over 99%"
    return f"{value:.0f}%"


def brief_context(diff: ReportDiff) -> Brief:
    """The view of ``diff`` the templates render: labels, numbers and redlines, formatted.

    Templates receive it as ``brief`` (plus ``target``, ``paper`` and ``page_size``).
    Sections are shown in canonical order; the recommendations section's sentences are
    covered by the recommendation list, so it gets no part of its own when the
    recommendations were matched.
    """
    old_ed = _edition(diff.old, "old edition")
    new_ed = _edition(diff.new, "new edition")
    if diff.old.year is not None and diff.old.year == diff.new.year:
        old_ed, new_ed = f"{old_ed} (old)", f"{new_ed} (new)"
    eds = (old_ed, new_ed)
    names = [c for c in (diff.old.country, diff.new.country) if c]
    country = " / ".join(dict.fromkeys(names)) or "Unknown country"
    tier_head, tier_dir, tier_detail = _tier_lines(diff, old_ed, new_ed)

    order = {name: k for k, name in enumerate(CANONICAL_ORDER)}
    sections = sorted(diff.sections, key=lambda s: order.get(SectionName(s.name), 99))
    by_name = {SectionName(s.name): s for s in sections}
    verdicts = tuple(
        _verdict_line(
            name, by_name[name].verdict if name in by_name else None, by_name.get(name), eds
        )
        for name in P_SECTIONS
    )

    skip_recs = bool(diff.recommendations)
    shown = [s for s in sections if not (skip_recs and s.name == SectionName.RECOMMENDATIONS)]
    moved_out: dict[SectionName, dict[SectionName, int]] = {}
    for sec in shown:
        for change in sec.changes:
            if (
                change.kind == ChangeKind.MOVED
                and change.moved_from is not None
                and change.moved_from != sec.name
            ):
                source = moved_out.setdefault(SectionName(change.moved_from), {})
                source[SectionName(sec.name)] = source.get(SectionName(sec.name), 0) + 1
    redlines = _Redlines()
    parts = tuple(_section_part(s, moved_out, eds, redlines) for s in shown)

    counts = diff.counts()
    totals = {
        str(kind): n for kind, n in counts.sentences.items() if kind is not ChangeKind.UNCHANGED
    }
    n_changes = counts.changed_sentences
    if not counts.shared_sections:
        changes_line = "The two texts share no section, so no sentence could be compared."
    elif n_changes == 0:
        changes_line = "No sentence changed in the sections both texts contain."
    else:
        detail = ", ".join(f"{n} {k}" for k, n in totals.items() if n)
        changes_line = (
            f"{_plural(n_changes, 'changed sentence')} in the sections both texts "
            f"contain ({detail})."
        )
    rec_counts = [
        (counts.recommendations[status], str(status))
        for status in (
            RecommendationStatus.NEW,
            RecommendationStatus.DROPPED,
            RecommendationStatus.REWORDED,
            RecommendationStatus.MERGED,
            RecommendationStatus.SPLIT,
        )
    ]
    rec_text = ", ".join(f"{n} {label}" for n, label in rec_counts if n)
    if rec_text and diff.old.recommendations and diff.new.recommendations:
        changes_line += f" Recommendations: {rec_text}."

    only_new = [SectionName(s.name).label for s in sections if s.status == SectionStatus.ONLY_NEW]
    only_old = [SectionName(s.name).label for s in sections if s.status == SectionStatus.ONLY_OLD]
    one_sided = []
    if only_new:
        one_sided.append(f"{_join(only_new)} only in the {new_ed} text")
    if only_old:
        one_sided.append(f"{_join(only_old)} only in the {old_ed} text")
    one_sided_line = "; ".join(one_sided) + "." if one_sided else ""

    notes = tuple(
        dict.fromkeys(
            _sentence_case(w)
            for w in (*diff.warnings, *diff.old.warnings, *diff.new.warnings)
            if w.strip()
        )
    )

    rows = tuple(
        _figure_row(d, old_ed, new_ed)
        for d in diff.figures
        if d.old is not None and d.new is not None
    )
    singles = tuple(
        SingleFigure(
            label=metric_label(d.metric),
            edition=old_ed if d.new is None else new_ed,
            value=format_figure(fig),
            period="" if fig.period is None else str(fig.period),
            quote=fig.quote or "",
        )
        for d in diff.figures
        for fig in (d.old or d.new,)
        if fig is not None and (d.old is None or d.new is None)
    )
    figures_note = ""
    if any(r.check for r in rows):
        figures_note = (
            f"Check: where the {new_ed} edition restates a figure for a period the {old_ed} "
            f"edition already reported, the two are compared — “consistent” when they "
            f"agree, “revised” when the {new_ed} edition gives another value."
        )

    kept_all, total_all, kept_both, total_both = _unchanged_words(diff, redlines)
    unchanged_line = (
        f"{_share(kept_all, total_all)} of the {new_ed} text is unchanged from {old_ed}, "
        f"word for word"
    )
    if total_both != total_all and total_both:
        unchanged_line += (
            f" ({_share(kept_both, total_both)} within the sections both texts contain)"
        )
    unchanged_line += "."

    from . import __version__

    title = f"{country} · {old_ed} → {new_ed}"
    nav = [("figures", "Key figures"), ("recommendations", "Recommendations")]
    nav.extend((p.anchor, p.title) for p in parts)
    return Brief(
        country=country,
        old_edition=old_ed,
        new_edition=new_ed,
        old_source=_source_name(diff.old.source),
        new_source=_source_name(diff.new.source),
        title=title,
        running_title=f"{country} · TIP Report {old_ed} → {new_ed}",
        description=(
            f"What changed in the U.S. Trafficking in Persons Report narrative for "
            f"{country} between the {old_ed} and {new_ed} editions: "
            f"{tier_head[:1].lower()}{tier_head[1:]}."
        ),
        keywords=", ".join(
            ["Trafficking in Persons Report", "TIP Report", country, old_ed, new_ed, "change brief"]
        ),
        tier_direction=tier_dir,
        tier_headline=tier_head,
        tier_detail=tier_detail,
        verdicts=verdicts,
        changes_line=changes_line,
        one_sided_line=one_sided_line,
        notes=notes,
        figures=rows,
        figures_note=figures_note,
        figures_checked=any(r.check for r in rows),
        single_figures=singles,
        recommendations=_recommendations(diff, old_ed, new_ed),
        sections=parts,
        unchanged_line=unchanged_line,
        version=__version__,
        generator=f"tipdiff {__version__}",
        nav=tuple(nav),
    )


# --------------------------------------------------------------------------- renderers


def _context(diff: ReportDiff, target: str, paper: str) -> dict[str, Any]:
    return {
        "brief": brief_context(diff),
        "target": target,
        "paper": paper,
        "page_size": PAPER_SIZES[paper],
    }


def render_html(
    diff: ReportDiff,
    *,
    template_dir: str | os.PathLike[str] | None = None,
    fragment: bool = False,
) -> str:
    """The brief as one self-contained HTML page (inline CSS, no external requests).

    ``template_dir`` is a folder whose templates (``brief.html.j2``, ``brief.css`` …)
    replace tipdiff's own by name; the rest still come from tipdiff. ``fragment=True``
    returns a ``<div>`` with scoped styles, for embedding (notebooks use it).
    """
    name = "fragment.html.j2" if fragment else "brief.html.j2"
    return render_template(name, _context(diff, "html", "a4"), template_dir=template_dir)


def render_markdown(diff: ReportDiff, *, template_dir: str | os.PathLike[str] | None = None) -> str:
    """The brief in GitHub-flavoured Markdown, for an issue or pull-request comment.

    Removed words are ``~~struck~~``, added ones ``**bold**``; figures are a table; all
    text from the reports is escaped so it cannot form links, HTML or mentions of markup.
    """
    return render_template(
        "brief.md.j2", _context(diff, "markdown", "a4"), template_dir=template_dir
    )


def render_index(
    summary: Mapping[str, Any], *, template_dir: str | os.PathLike[str] | None = None
) -> str:
    """The batch job's index page (``index.html.j2``) for a summary mapping.

    Templates receive ``summary`` (the batch result's ``to_dict()``) and ``version``.
    """
    from . import __version__

    context = {"summary": summary, "version": __version__}
    return render_template("index.html.j2", context, template_dir=template_dir)


def render_json(diff: ReportDiff) -> str:
    """``diff.to_dict()`` as indented JSON text, ending with a newline."""
    return json.dumps(diff.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def check_paper(paper: str) -> str:
    key = str(paper).lower()
    if key not in PAPER_SIZES:
        raise UsageError(f"unknown paper size {paper!r}; use one of: {', '.join(PAPER_SIZES)}")
    return key


def render_pdf_bytes(
    diff: ReportDiff,
    *,
    paper: str = "a4",
    template_dir: str | os.PathLike[str] | None = None,
) -> bytes:
    """The brief as PDF bytes (see :func:`render_pdf`)."""
    paper = check_paper(paper)
    html = render_template("brief.html.j2", _context(diff, "pdf", paper), template_dir=template_dir)
    return html_to_pdf(html)


def render_pdf(
    diff: ReportDiff,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    template_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Print the brief to a PDF file at ``path`` (``paper``: ``"a4"`` or ``"letter"``).

    Page numbers ("page X of Y"), a running header with country and editions, bookmarks
    from the headings and document metadata are included; fonts are embedded. The file
    is written atomically. Needs WeasyPrint; nothing is ever fetched while printing.
    """
    data = render_pdf_bytes(diff, paper=paper, template_dir=template_dir)
    write_atomic(Path(path), data)


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError as exc:
        raise RenderError(
            "PDF output needs WeasyPrint, which is not installed: run "
            "'pip install weasyprint' (or write HTML or Markdown instead)"
        ) from exc
    except OSError as exc:  # WeasyPrint is there but its system libraries are not
        raise RenderError(
            f"WeasyPrint could not load its system libraries (Pango) : {exc}; see "
            "https://doc.courtbouillon.org/weasyprint/stable/first_steps.html "
            "(or write HTML or Markdown instead)"
        ) from exc
    try:
        from weasyprint.urls import URLFetcher  # noqa: F401  (the API the fetcher uses)
    except ImportError as exc:
        raise RenderError(
            "PDF output needs WeasyPrint 68 or newer (its URLFetcher class): run "
            "'pip install -U weasyprint'"
        ) from exc
    _hint_font_subsetting()
    return weasyprint


def font_subsetting() -> str:
    """How WeasyPrint subsets the fonts it embeds on this machine: ``"harfbuzz"``
    (the system library ``libharfbuzz-subset``, fast) or ``"fonttools"`` (its pure
    Python fallback: the same PDF text, about 1.5x slower per brief). Needs WeasyPrint."""
    _weasyprint()
    return _subsetter()


def font_subsetting_hint() -> str | None:
    """What to install for faster PDFs, or None when nothing is missing (needs WeasyPrint)."""
    return None if font_subsetting() == "harfbuzz" else _SUBSET_HINT


_SUBSET_HINT = (
    "PDF fonts are subset with fontTools because libharfbuzz-subset is missing; "
    "PDFs are the same but slower to make: install it for speed "
    "(Debian/Ubuntu: apt-get install libharfbuzz-subset0)"
)


def _subsetter() -> str:
    from weasyprint.text import ffi

    return "fonttools" if getattr(ffi, "harfbuzz_subset", None) is None else "harfbuzz"


@functools.cache
def _hint_font_subsetting() -> None:
    # Once per process (batch workers are forks of a process that has said it already).
    if _subsetter() == "fonttools":
        logger.info("%s", _SUBSET_HINT)


@functools.lru_cache(maxsize=1)
def _fetcher_class() -> type[Any]:
    """A WeasyPrint URL fetcher that refuses every URL (built on first use)."""
    from weasyprint.urls import URLFetcher

    class RefusingURLFetcher(URLFetcher):  # type: ignore[misc]
        """Refuses every URL: a brief is one self-contained document."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            logger.warning("refused to fetch %r while printing a brief", url[:200])
            raise ValueError(f"tipdiff briefs fetch nothing; refused {url[:200]!r}")

    return RefusingURLFetcher


def refusing_url_fetcher() -> Any:
    """The URL fetcher used for every PDF: it refuses all URLs (needs WeasyPrint)."""
    _weasyprint()
    return _fetcher_class()()


@functools.lru_cache(maxsize=8)
def _font_config(process: int, thread: int) -> Any:
    """A WeasyPrint font configuration reused from brief to brief (its warm Pango font
    caches make each later PDF faster). One per process and thread: Pango's font maps
    are safe neither across a fork nor between threads."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def html_to_pdf(html: str) -> bytes:
    weasyprint = _weasyprint()
    fetcher = refusing_url_fetcher()
    # @font-face rules add fonts to the configuration: such a brief gets a fresh one
    fonts = None if "@font-face" in html else _font_config(os.getpid(), threading.get_ident())
    try:
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher)
        data = document.write_pdf(pdf_tags=True, font_config=fonts)  # tagged: for screen readers
    except Exception as exc:
        raise RenderError(f"WeasyPrint could not print the brief: {exc}") from exc
    if not isinstance(data, bytes):
        raise RenderError("WeasyPrint returned no PDF data")
    return data


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class Renderer:
    """One output format: its name, file suffixes and how to produce its bytes."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    render: Callable[..., bytes]
    description: str

    def write(self, diff: ReportDiff, path: str | os.PathLike[str], **options: Any) -> None:
        """Render ``diff`` and write it atomically to ``path``."""
        write_atomic(Path(path), self.render(diff, **options))


def _html_bytes(
    diff: ReportDiff, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None
) -> bytes:
    check_paper(paper)
    return render_html(diff, template_dir=template_dir).encode("utf-8")


def _markdown_bytes(
    diff: ReportDiff, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None
) -> bytes:
    check_paper(paper)
    return render_markdown(diff, template_dir=template_dir).encode("utf-8")


def _json_bytes(
    diff: ReportDiff, *, paper: str = "a4", template_dir: str | os.PathLike[str] | None = None
) -> bytes:
    check_paper(paper)
    return render_json(diff).encode("utf-8")


#: The output formats by name (``tipdiff compare --format NAME``).
RENDERERS: Mapping[str, Renderer] = MappingProxyType(
    {
        "pdf": Renderer(
            "pdf", (".pdf",), "application/pdf", render_pdf_bytes, "printable brief (WeasyPrint)"
        ),
        "html": Renderer(
            "html", (".html", ".htm"), "text/html", _html_bytes, "self-contained web page"
        ),
        "markdown": Renderer(
            "markdown",
            (".md", ".markdown"),
            "text/markdown",
            _markdown_bytes,
            "GitHub-flavoured Markdown",
        ),
        "json": Renderer(
            "json",
            (".json",),
            "application/json",
            _json_bytes,
            "the diff as JSON (ReportDiff.to_dict())",
        ),
    }
)

_ALIASES = {"md": "markdown", "htm": "html"}


def renderer(name: str) -> Renderer:
    """The renderer called ``name`` (``pdf``, ``html``, ``markdown``/``md``, ``json``)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in RENDERERS:
        raise UsageError(f"unknown format {name!r}; use one of: {', '.join(RENDERERS)}")
    return RENDERERS[key]


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format name that a file name's suffix asks for (``brief.pdf`` → ``pdf``)."""
    suffix = Path(path).suffix.lower()
    for item in RENDERERS.values():
        if suffix in item.suffixes:
            return item.name
    known = ", ".join(s for r in RENDERERS.values() for s in r.suffixes)
    raise UsageError(
        f"cannot tell the output format from {str(path)!r}; name the file with one of "
        f"{known} or pass --format ({', '.join(RENDERERS)})"
    )


def write_brief(
    diff: ReportDiff,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    paper: str = "a4",
    template_dir: str | os.PathLike[str] | None = None,
) -> str:
    """Write the brief to ``path`` atomically; the format comes from ``format`` or the
    suffix. Returns the format name used."""
    chosen = renderer(format) if format else RENDERERS[format_for_path(path)]
    chosen.write(diff, path, paper=paper, template_dir=template_dir)
    return chosen.name
