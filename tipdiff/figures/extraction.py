"""The figures stage for one Report: every sentence's key figures (see
:mod:`.sentence`) and each P section's effort verdict, filled into the Report.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from types import MappingProxyType

from ..model import P_SECTIONS, Figure, Report, SectionName, Verdict
from .cues import speaks_of_identification
from .laws import set_apart, trafficking_laws
from .metrics import is_breakdown, is_identification, one_article
from .numbers import NUMBER
from .periods import reporting_period
from .sentence import SentenceContext, sentence_figures
from .subjects import region_abbreviations
from .verdicts import find_verdict

log = logging.getLogger("tipdiff.figures")

#: Figures are read only from sentences within these bounds. Real sentences stay far
#: below them (the longest in the corpus: 1,329 characters, 15 numbers); the reading
#: of one sentence is not linear in its size, so a pasted table or junk run together
#: into one "sentence" would otherwise cost minutes.
MAX_FIGURE_SENTENCE = 3_000
MAX_FIGURE_NUMBERS = 60

_DIGIT_RUN = re.compile(r"\d+")


def extract(report: Report) -> Report:
    """Return ``report`` with ``figures`` and ``verdicts`` filled in (idempotent)."""
    laws = trafficking_laws(s.text for s in report.sentences)
    context = SentenceContext(
        report.country,
        reporting_period(report),
        False,
        trafficking_laws=laws,
        region_abbreviations=region_abbreviations(s.text for s in report.sentences),
    )
    figures: list[Figure] = []
    last_paragraph = -1
    sentences = report.sentences
    cut_short = sentences[-1] if report.truncated and sentences else None
    for sentence in sentences:
        if sentence.paragraph != last_paragraph:
            context.identification_before = False
            last_paragraph = sentence.paragraph
        context.cut_short = sentence is cut_short
        found = sentence_figures(sentence, context) if _readable(sentence.text) else []
        figures.extend(found)
        if not context.identification_before and (
            (found and any(is_identification(f.metric) for f in found))
            or speaks_of_identification(sentence.text)
        ):
            context.identification_before = True
    figures = _one_article_apart(figures, context)
    verdicts = _verdicts(report)
    log.debug(
        "figures: %d key figures, verdicts %s, reporting period %s",
        len(figures),
        {str(n): v.phrase for n, v in verdicts.items()},
        context.reporting,
    )
    return dataclasses.replace(report, figures=tuple(figures), verdicts=MappingProxyType(verdicts))


def _one_article_apart(figures: list[Figure], context: SentenceContext) -> list[Figure]:
    """The figures with each count said to be under one article or section of the law
    made that article's count (``*_one_article``, its unit naming the article: "62
    victims under article 182"), never the all-article total, unless the text counts
    under its trafficking law alone (:func:`~.laws.set_apart`); a breakdown of such a
    count, a part of a part, is dropped, and other figures (money) stay as read."""
    laws = context.under_a_law
    if not laws or not set_apart(laws.values(), context.trafficking_laws):
        return figures
    kept = []
    for figure in figures:
        law = laws.get(id(figure))
        if law is None:
            kept.append(figure)
            continue
        metric = one_article(figure.metric)
        if metric is not None:
            unit = f"{figure.unit} under {law}"
            kept.append(dataclasses.replace(figure, metric=metric, unit=unit))
        elif not is_breakdown(figure.metric):
            kept.append(figure)
    return kept


def _readable(text: str) -> bool:
    """True for a sentence within the bounds figures are read from."""
    if len(text) <= 500:  # too short to be costly, whatever it holds
        return True
    if len(text) > MAX_FIGURE_SENTENCE:
        return False
    for pattern in (_DIGIT_RUN, NUMBER):  # digits (money too) and numbers in words
        found = itertools.islice(pattern.finditer(text), MAX_FIGURE_NUMBERS + 1)
        if sum(1 for _ in found) > MAX_FIGURE_NUMBERS:
            return False
    return True


def _verdicts(report: Report) -> dict[SectionName, Verdict]:
    verdicts: dict[SectionName, Verdict] = {}
    for name in P_SECTIONS:
        section = report.sections.get(name)
        if section is not None:
            verdict = find_verdict(section)
            if verdict is not None:
                verdicts[name] = verdict
    return verdicts
