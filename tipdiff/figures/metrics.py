"""The metric vocabulary: what a key figure can count (:data:`METRICS`, name → label, in
the order comparisons list them), how breakdown names are composed ("victims_women",
"convictions_labor_trafficking") and taken apart, and the section each metric family
normally lives in.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from types import MappingProxyType

from ..model import SectionName

_BASE_METRICS: tuple[tuple[str, str], ...] = (
    ("investigations", "Investigations"),
    ("suspects_investigated", "Suspects investigated"),
    ("investigations_continued", "Investigations continued from earlier periods"),
    ("prosecutions", "Prosecutions"),
    ("defendants_prosecuted", "Defendants prosecuted"),
    ("prosecutions_continued", "Prosecutions continued from earlier periods"),
    ("convictions", "Convictions"),
    ("prison_term_years", "Prison terms imposed (years)"),
    ("victims_identified", "Victims identified"),
    ("potential_victims_identified", "Potential victims identified"),
    ("victims_identified_hotline", "Victims identified through the hotline"),
    ("victims_assisted", "Victims assisted"),
    ("potential_victims_assisted", "Potential victims assisted"),
    ("victims_sheltered", "Victims sheltered"),
    ("potential_victims_sheltered", "Potential victims sheltered"),
    ("victims_referred", "Victims referred to services"),
    ("potential_victims_referred", "Potential victims referred to services"),
    ("victims_repatriated", "Victims repatriated"),
    ("victims_allowance", "Victims paid the state allowance"),
    ("victims_legal_assistance", "Victims given legal assistance"),
    ("victims_vocational_training", "Victims in vocational training"),
    ("victims_employment", "Victims helped into employment"),
    ("funding_victim_assistance", "Funding for victim assistance"),
    ("funding_shelter", "Funding for shelters"),
    ("funding_ngo_shelter", "Funding for NGO-run shelters"),
    ("funding_ngo", "Funding for NGOs"),
    ("funding_anti_trafficking", "Funding for anti-trafficking efforts"),
    ("ngo_projects", "NGO projects funded"),
    ("hotline_calls", "Hotline calls"),
    ("labor_violations", "Labor violations"),
    ("labor_inspections", "Labor inspections"),
    ("officials_trained", "Officials trained"),
)

#: Law-enforcement counts that take a form-of-trafficking breakdown suffix.
LE_METRICS = (
    "investigations",
    "suspects_investigated",
    "investigations_continued",
    "prosecutions",
    "defendants_prosecuted",
    "prosecutions_continued",
    "convictions",
)
#: A value per case (each conviction's prison term): several in one edition are of
#: different cases, so two editions' values are then set side by side only where equal
#: (one a side, a range "from one to eight years" say, is each edition's summary).
PER_CASE_METRICS = frozenset({"prison_term_years"})
#: Law-enforcement counts of cases carried over from earlier periods ("continued to
#: investigate three cases … from previous reporting periods"): never new cases.
CONTINUED_METRICS = ("investigations_continued", "prosecutions_continued")
#: Counts a text may give under one article or section of the law, each apart from the
#: all-article total (see :func:`one_article`).
ARTICLE_METRICS = (*LE_METRICS, "victims_identified", "potential_victims_identified")
_ONE_ARTICLE = "_one_article"
#: Victims given one kind of help, by the words that name it.
SERVICE_METRICS = (
    "victims_allowance",
    "victims_legal_assistance",
    "victims_vocational_training",
    "victims_employment",
)
#: The parts of an identified-victims breakdown: who, from where, which form.
VICTIM_GROUPS = ("women", "men", "girls", "boys", "children", "adults", "female", "male")
VICTIM_SCOPES = ("foreign", "domestic", "internal")
TRAFFICKING_FORMS = ("sex_trafficking", "labor_trafficking")
_FORM_LABEL = {"sex_trafficking": "sex trafficking", "labor_trafficking": "labor trafficking"}
_SCOPE_LABEL = {"foreign": "foreign", "domestic": "citizens", "internal": "internal trafficking"}

#: Victim counts that are not identifications and take no breakdown.
_NOT_IDENTIFICATIONS = frozenset(
    {
        "victims_assisted",
        "victims_sheltered",
        "victims_referred",
        "victims_repatriated",
        "victims_identified_hotline",
        "potential_victims_identified",
        *SERVICE_METRICS,
    }
)


def victim_metric(group: str | None, scope: str | None, form: str | None) -> str:
    """The identified-victims breakdown name: ``victims_[group]_[scope]_[form]``."""
    return "_".join(["victims", *(part for part in (group, scope, form) if part)])


def _build_metrics() -> dict[str, str]:
    """Base metrics in reading order, each followed by its breakdowns."""
    groups: tuple[str | None, ...] = (None, *VICTIM_GROUPS)
    scopes: tuple[str | None, ...] = (None, *VICTIM_SCOPES)
    forms: tuple[str | None, ...] = (None, *TRAFFICKING_FORMS)
    combos = [
        combo
        for combo in itertools.product(groups, scopes, forms)
        if any(part is not None for part in combo)
    ]
    combos.sort(key=lambda combo: sum(part is not None for part in combo))
    metrics: dict[str, str] = {}
    for name, label in _BASE_METRICS:
        metrics[name] = label
        if name in LE_METRICS:
            for form in TRAFFICKING_FORMS:
                metrics[f"{name}_{form}"] = f"{label}: {_FORM_LABEL[form]}"
        if name in ARTICLE_METRICS:
            metrics[name + _ONE_ARTICLE] = f"{label} under one article of the law"
        if name == "victims_identified":
            for group, scope, victim_form in combos:
                parts = [
                    group or "",
                    "" if scope is None else _SCOPE_LABEL[scope],
                    "" if victim_form is None else _FORM_LABEL[victim_form],
                ]
                metrics[victim_metric(group, scope, victim_form)] = f"{label}: " + ", ".join(
                    p for p in parts if p
                )
    return metrics


#: The metric vocabulary: name → label, in the order comparisons list them.
#:
#: Core counts: ``investigations`` (cases or suspects investigated — the head count of
#: "investigated nine cases with 12 defendants"), ``suspects_investigated`` (the "with 12
#: defendants" part), ``prosecutions`` / ``defendants_prosecuted`` likewise,
#: ``convictions``, ``prison_term_years`` (imposed terms; ranges carry ``value_high``),
#: ``victims_identified``, ``potential_victims_identified``,
#: ``victims_identified_hotline``, ``victims_assisted``, ``victims_sheltered``,
#: ``victims_referred``, ``victims_repatriated``; ``potential_victims_assisted`` /
#: ``_sheltered`` / ``_referred`` (potential victims, never added to the recognised ones);
#: victims given one kind of help (:data:`SERVICE_METRICS`): ``victims_allowance`` (the
#: state's one-time allowance), ``victims_legal_assistance``,
#: ``victims_vocational_training``, ``victims_employment``; money lines
#: ``funding_victim_assistance``, ``funding_shelter``, ``funding_ngo_shelter``
#: (NGO-run shelters, often a part of an NGO grant), ``funding_ngo``, ``funding_anti_trafficking``, and ``ngo_projects`` (the NGO projects
#: a grant funds); prevention counts ``hotline_calls``, ``labor_violations``,
#: ``labor_inspections``, ``officials_trained``.
#:
#: ``investigations_continued`` / ``prosecutions_continued`` count cases or defendants
#: carried over from earlier periods ("continued to prosecute three defendants … from
#: previous years"), in the reporting period; they take the form breakdown too.
#:
#: ``<count>_one_article`` (:data:`ARTICLE_METRICS`): the count under one article or
#: section of the law ("Under article 195, authorities reported identifying 64 victims"),
#: a part of the all-article total, never set against it; its unit names the article
#: ("victims under article 195").
#:
#: Breakdowns are composed names: ``<law-enforcement count>_{sex,labor}_trafficking``
#: ("65 investigations (35 sex trafficking, 30 labor trafficking)") and, for identified
#: victims, ``victims_[group]_[scope]_[form]`` with group one of women, men, girls, boys,
#: children, adults, female, male; scope one of foreign, domestic (the country's own
#: citizens), internal (internal trafficking); form sex_trafficking or labor_trafficking
#: — e.g. ``victims_women``, ``victims_foreign``, ``victims_female_sex_trafficking``.
METRICS: Mapping[str, str] = MappingProxyType(_build_metrics())
_METRIC_ORDER = {name: i for i, name in enumerate(METRICS)}


def metric_order(metric: str) -> int:
    """Where ``metric`` stands in :data:`METRICS` (unknown names last)."""
    return _METRIC_ORDER.get(metric, len(_METRIC_ORDER))


#: The counts the report's own summaries lead with: law enforcement, identified victims
#: and the money for victims (what a "What changed" line prefers to name).
HEADLINE_METRICS = frozenset(
    {
        "investigations",
        "prosecutions",
        "convictions",
        "victims_identified",
        "victims_assisted",
        "funding_victim_assistance",
        "funding_anti_trafficking",
    }
)


def is_breakdown(metric: str) -> bool:
    """True for a breakdown of a count (``victims_women``, ``convictions_labor_trafficking``),
    False for the counts, money lines and terms themselves."""
    return metric in METRICS and metric not in _BASE_NAMES


_BASE_NAMES = frozenset(name for name, _ in _BASE_METRICS)


def other_wording(metric: str) -> str | None:
    """``potential_victims_identified`` ↔ ``victims_identified``: the metric the same
    count takes when an edition words its victims the other way. The reports call one
    year's count "alleged", "potential" or "suspected" victims and the next year's plain
    "victims", so the two may be one count (see :func:`~tipdiff.figures.compare_figures`)."""
    twin = metric.removeprefix(_POTENTIAL) if metric.startswith(_POTENTIAL) else _POTENTIAL + metric
    return twin if twin in _BASE_NAMES else None


_POTENTIAL = "potential_"


def without_form(metric: str) -> str:
    """``convictions_sex_trafficking`` → ``convictions``: the count a form breaks down."""
    return metric.removesuffix("_sex_trafficking").removesuffix("_labor_trafficking")


def one_article(metric: str) -> str | None:
    """``victims_identified`` → ``victims_identified_one_article``: the metric of the
    count under one article of the law (None for a metric that has none)."""
    return metric + _ONE_ARTICLE if metric in ARTICLE_METRICS else None


def is_identification(metric: str) -> bool:
    """True for identified victims and their breakdowns (``victims_women`` …)."""
    return metric.startswith("victims") and metric not in _NOT_IDENTIFICATIONS


def victim_breakdown(metric: str) -> tuple[str | None, str | None, str | None]:
    """``victims_women_foreign`` → ``("women", "foreign", None)``: group, scope, form."""
    rest = metric.removeprefix("victims").strip("_")
    group = scope = form = None
    for name in VICTIM_GROUPS:
        if rest == name or rest.startswith(name + "_"):
            group, rest = name, rest[len(name) :].strip("_")
            break
    for name in VICTIM_SCOPES:
        if rest == name or rest.startswith(name + "_"):
            scope, rest = name, rest[len(name) :].strip("_")
            break
    if rest in TRAFFICKING_FORMS:
        form = rest
    return group, scope, form


_FAMILIES = (*LE_METRICS, "prison_term_years", "hotline_calls", "labor_violations", "labor_inspections")

#: The section each metric family normally lives in; the rest live in protection.
_HOME_SECTION = {
    "investigations": SectionName.PROSECUTION,
    "suspects_investigated": SectionName.PROSECUTION,
    "investigations_continued": SectionName.PROSECUTION,
    "prosecutions_continued": SectionName.PROSECUTION,
    "prosecutions": SectionName.PROSECUTION,
    "defendants_prosecuted": SectionName.PROSECUTION,
    "convictions": SectionName.PROSECUTION,
    "prison_term_years": SectionName.PROSECUTION,
    "hotline_calls": SectionName.PREVENTION,
    "labor_violations": SectionName.PREVENTION,
    "labor_inspections": SectionName.PREVENTION,
}


@functools.lru_cache(maxsize=256)  # a few dozen metrics, asked for every figure compared
def home_section(metric: str) -> SectionName:
    """The section a metric's figure normally lives in (it stands for the metric when an
    edition gives the metric twice for one period)."""
    family = next((base for base in _FAMILIES if metric.startswith(base)), metric)
    return _HOME_SECTION.get(family, SectionName.PROTECTION)
