"""The HTML brief's small, often repeated marks as Jinja filters: a redline, a
citation, a list of ranks.

A brief of a long narrative shows a few hundred of them; as filters written in Python
they cost a fraction of the same markup as Jinja macros (a macro call builds a frame,
a context and an escaped result each time). Every value is escaped here; the result is
:class:`markupsafe.Markup`, so autoescaping leaves it alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from .redlines import Run

__all__ = ["HTML_FILTERS", "cite_html", "ranks_html", "redline_html"]

_TAGS = {"delete": ("<del>", "</del>"), "insert": ("<ins>", "</ins>")}  # else plain words
_PLAIN = ("", "")
_NO_MARK = Markup("")
#: The runs a side leaves out: the old text shows no insertion, the new no deletion.
_HIDDEN = {"old": "insert", "new": "delete", "both": ""}


def redline_html(runs: Iterable[Run], side: str = "both") -> Markup:
    """Whole-word redline runs, one space between runs: deleted words in ``<del>``,
    inserted in ``<ins>``; ``side="old"`` drops insertions, ``side="new"`` deletions."""
    hidden = _HIDDEN[side]
    shown = [run for run in runs if run.op != hidden]
    texts = _escaped_texts(shown)
    parts: list[str] = []  # opening tag, words, closing tag, space; for each run shown
    for run, text in zip(shown, texts, strict=True):
        opening, closing = _TAGS.get(run.op, _PLAIN)
        parts += (opening, text, closing, " ")
    return Markup("".join(parts[:-1]))


def _escaped_texts(runs: list[Run]) -> list[str]:
    """The runs' texts, escaped with one call for all of them (an ``escape`` call costs
    more than the escaping): joined by line breaks, which runs of :func:`~.redlines.redline`
    never hold (their words are joined by single spaces), then split again."""
    texts = str(escape("\n".join([run.text for run in runs]))).split("\n")
    if len(texts) != len(runs):  # a run built elsewhere, with a line break of its own
        texts = [escape(run.text) for run in runs]
    return texts


def cite_html(text: str) -> Markup:
    """Where something is in its source ("2023 l. 12 · 2024 p. 87"), quoted, not
    linked; nothing when there is no citation."""
    return Markup(f' <span class="cite">{escape(text)}</span>') if text else _NO_MARK


def ranks_html(numbers: Iterable[int]) -> Markup:
    """Recommendation ranks: "#2 + #5"."""
    return Markup(" + ".join(f"#{escape(n)}" for n in numbers))


#: The filters the HTML templates use, by name.
HTML_FILTERS = {"redline": redline_html, "cite": cite_html, "ranks": ranks_html}
