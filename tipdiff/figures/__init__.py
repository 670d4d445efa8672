"""Figures stage: tier, effort verdicts and key figures of a Report, and their changes.

Modules, in pipeline order:

* :mod:`.metrics` — the metric vocabulary (:data:`METRICS`) and breakdown names;
* :mod:`.numbers`, :mod:`.money` — numbers in digits or words, amounts of money;
* :mod:`.mentions` — step 1: the numbers of a sentence that may be figures;
* :mod:`.clauses` — step 2: clauses, comparison markers, parentheses;
* :mod:`.nouns` — what a number counts, from the noun phrase after it;
* :mod:`.cues` — the verbs that say which count a number is;
* :mod:`.subjects` — the country a count is said of, when another than the text's,
  one agency's count, a part of the government's, and a region's government's count
  ("the KRG", "Zanzibar", "provincial governments"), a part of the country's;
* :mod:`.laws` — the text's trafficking law, and counts under another law it names;
* :mod:`.classify`, :mod:`.funding` — step 3: the metric of a count, of an amount;
* :mod:`.periods` — step 4: the year a figure refers to, a report's reporting period;
* :mod:`.sentence` — steps 1–4 for one sentence;
* :mod:`.verdicts` — effort verdicts and their movement;
* :mod:`.extraction` — :func:`extract`: the figures and verdicts of one Report;
* :mod:`.comparison` — :func:`compare_figures`: figures across two editions;
* :mod:`.tier` — tier movement and the phrase that explains it (tier words:
  :mod:`tipdiff.tiers`).

Steps of :func:`extract`, one sentence at a time:

1. **Numbers** — digits ("210,161", "1.5 million"), words ("nine", "Thirty-two"),
   ranges ("8 to 18 years") and money ("210,161 manat ($123,620)", "$5,000").
   "No convictions" / "convicted no traffickers" count as zero (law-enforcement counts,
   and victims only as a whole: "did not identify any trafficking victims"). Years,
   article and law numbers, hyphenated compounds ("COVID-19", "one-time"), dates,
   percentages, ages and durations are dropped here (a number of years, or of months in
   prison, is kept only as an imposed prison term, never a prescribed penalty, probation
   or a suspended term).
2. **Clauses** — the sentence is cut at ";" and at comparison markers ("compared
   with", "down from", "an increase from", "than", ", nearly double the" …); a
   parenthesis holding a year ("(91 in 2019)") is a restatement, one without ("(35 sex
   trafficking, 30 labor trafficking)") breaks down the figure before it; a comparison
   in an aside between dashes ("convictions - 25 up from eight last year - and …")
   ends with the aside.
3. **Metric** — from what is counted (the noun after the number: "nine new
   *defendants*", "90 were *women*"), the verb before or after it ("Courts *convicted*
   10 traffickers", "34 cases *were initiated*") and, for restated values, the
   figure they are compared with. A number nothing classifies is not a figure.
   Numbers after "including" / "of which", partitives ("Of the 91 …", "all nine"),
   potential victims (other than identified), capacities and estimates are left out:
   they restate or split a figure (but for the forms of trafficking an "including" list
   names, "1,242 cases, including 511 sex trafficking cases, 282 labor …": the figure's
   breakdown, as in brackets or after a comma or dash); so are counts their clause ties to another offence
   ("cases filed under the Aliens Act", a prison term for "plotting a coup"), counts
   another named country is the subject of ("Brazil has completed no prosecutions" in
   another country's text, :mod:`.subjects`), counts of a region's or territory's
   government ("the KRG did not report prosecuting any traffickers", "Authorities in
   Puntland prosecuted 23 cases": its part, not the country's; a national agency's zero
   stays the country's) and persons called convicted whom another
   verb governs ("ordering two convicted traffickers to pay restitution"). Cases carried over from earlier periods
   ("11 continued prosecutions", "six investigations remained ongoing", "two
   prosecutions initiated in the previous reporting period") are counted apart, as
   ``*_continued``; counts said to be under one article or section of the law ("62
   victims under article 182") are that article's, as ``*_one_article``, unless the text
   counts under its trafficking law alone (:mod:`.laws`).
4. **Period** — the year named in the clause ("in 2022", "In 2008, …", "in FY23"), else the
   reporting year (edition − 1, or read from the text when the edition is unknown,
   see :func:`reporting_period`; a number in an aside between dashes takes no year
   from past the aside); "In previous years" gives ``None``; a total over a span of
   years ("between 2005 and 2011", "over the last six years", "to date") is no key
   figure, but for a zero (``None``) and cases carried over.

Conventions (documented choices):

* **Money** is one :class:`Figure` per amount: ``value``/``currency`` as written first
  (the local currency when one is given, "manat"), and ``value_usd`` for the dollar
  conversion in brackets. Editions are compared in the local currency, which exchange
  rates do not move; amounts in another currency are not paired.
* **Verdict scale order** (for :func:`verdict_change`): ``down < mixed < flat < up``.
  "Mixed progress" means some areas fell back, so it ranks below a maintained effort
  and above an overall decrease. Adverbs of degree ("modestly", "significantly") are
  kept in the phrase but do not move the scale.
* A figure is **restated** when it is a value for an earlier period stated for
  comparison; the headline of a comparison is each edition's own reporting-period
  value, restated values are cross-checked against the older edition's own figure.
* Figures are paired by metric *and* what they count: "61 cases" and "9 defendants"
  are both ``prosecutions`` but are never subtracted; one currency is compared with
  itself only. When an edition gives a metric twice for one period (e.g. NGO grants
  in protection and in prevention), the one in the metric's home section, else the
  first, stands for it.
"""

from __future__ import annotations

from .comparison import compare_figures
from .extraction import MAX_FIGURE_NUMBERS, MAX_FIGURE_SENTENCE, extract
from .metrics import METRICS
from .periods import reporting_period
from .tier import move_between, tier_change, tier_phrase
from .verdicts import SCALE_ORDER, find_verdict, verdict_change

__all__ = [
    "MAX_FIGURE_NUMBERS",
    "MAX_FIGURE_SENTENCE",
    "METRICS",
    "SCALE_ORDER",
    "compare_figures",
    "extract",
    "find_verdict",
    "move_between",
    "reporting_period",
    "tier_change",
    "tier_phrase",
    "verdict_change",
]
