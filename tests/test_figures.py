"""Figures stage (issue 4): tier movement, effort verdicts, key figures, comparisons.

Unit tests build Reports straight from paragraphs (``segment.build_report``) so they do
not depend on how well a text is segmented; the seed and corpus tests go through
``tipdiff.load`` and compare every figure found with reviewed golden lists in
``tests/golden/figures/`` (rewrite them with ``--update-golden``, then read the diff).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff
from tipdiff import figures
from tipdiff.figures import METRICS, SCALE_ORDER, compare_figures, extract, verdict_change
from tipdiff.model import (
    Figure,
    FigureBasis,
    Movement,
    Report,
    SectionName,
    Tier,
    Verdict,
    VerdictScale,
)
from tipdiff.segment import SectionBlock, build_report

from .conftest import CORPUS, SEEDS, corpus_manifest, seed, seed_manifest

GOLDEN = Path(__file__).resolve().parent / "golden" / "figures"

PROSECUTION = SectionName.PROSECUTION
PROTECTION = SectionName.PROTECTION
PREVENTION = SectionName.PREVENTION

Fact = tuple[str, float, float | None, str | None, int | None]


def report_of(
    *blocks: tuple[SectionName, str],
    year: int | None = 2024,
    country: str | None = "Testland",
    tier: Tier | None = None,
) -> Report:
    """A Report of one paragraph per block, with figures and verdicts extracted."""
    sections = [SectionBlock(name, tuple(p for p in text.split("\n") if p)) for name, text in blocks]
    report = build_report(sections, recommendations=(), year=year, country=country, tier=tier)
    return extract(report)


def fact(f: Figure) -> Fact:
    """What a figure says, in one comparable tuple: metric, value, high, unit, period."""
    return (f.metric, f.value, f.value_high, f.currency or f.unit, f.period)


def facts(report: Report) -> list[Fact]:
    return [fact(f) for f in report.figures]


def find(report: Report, metric: str, period: int | None) -> Figure:
    (found,) = [f for f in report.figures if f.metric == metric and f.period == period][:1]
    return found


def loaded(path: Path) -> Report:
    # load() runs the figures stage; running it again must change nothing
    return extract(tipdiff.load(path))


# --------------------------------------------------------------------------- must show: seeds


def test_2024_seed_key_figures() -> None:
    found = set(facts(loaded(seed(2024))))
    expected: set[Fact] = {
        ("investigations", 9, None, "cases", 2023),
        ("suspects_investigated", 12, None, "defendants", 2023),
        ("investigations", 14, None, "cases", 2022),
        ("suspects_investigated", 16, None, "suspects", 2022),
        ("prosecutions", 9, None, "defendants", 2023),
        ("prosecutions", 10, None, "defendants", 2022),
        ("convictions", 10, None, "traffickers", 2023),
        ("convictions", 12, None, "traffickers", 2022),
        ("victims_identified", 91, None, "victims", 2023),
        ("victims_identified", 94, None, "victims", 2022),
        ("funding_victim_assistance", 210161, None, "manat", 2023),
        ("funding_victim_assistance", 179464, None, "manat", 2022),
        ("funding_shelter", 116161, None, "manat", 2023),
        ("funding_shelter", 106964, None, "manat", 2022),
        ("prison_term_years", 8, 18, "years", 2023),
    }
    assert expected <= found, sorted(expected - found)


def test_2024_seed_money_keeps_the_dollar_conversion() -> None:
    report = loaded(seed(2024))
    assistance = find(report, "funding_victim_assistance", 2023)
    assert (assistance.value, assistance.currency, assistance.value_usd) == (210161, "manat", 123620)
    assert assistance.quote == "210,161 manat ($123,620)"
    before = find(report, "funding_victim_assistance", 2022)
    assert (before.value, before.value_usd, before.restated) == (179464, 105570, True)


def test_2024_seed_verdicts() -> None:
    verdicts = loaded(seed(2024)).verdicts
    assert {name: (v.phrase, v.scale) for name, v in verdicts.items()} == {
        PROSECUTION: ("maintained", "flat"),
        PROTECTION: ("modestly increased", "up"),
        PREVENTION: ("modestly increased", "up"),
    }


def test_2009_seed_key_figures_and_tier() -> None:
    report = loaded(seed(2009))
    found = set(facts(report))
    expected: set[Fact] = {
        ("investigations", 66, None, "investigations", 2008),
        ("prosecutions", 61, None, "cases", 2008),
        ("prosecutions", 75, None, "cases", 2007),
        ("convictions", 61, None, "traffickers", 2008),
        ("convictions", 85, None, "convictions", 2007),
        ("victims_identified", 121, None, "victims", 2008),
    }
    assert expected <= found, sorted(expected - found)
    assert report.tier is Tier.TIER_2_WATCH_LIST
    assert {name: v.scale for name, v in report.verdicts.items()} == {
        PROSECUTION: "down",  # "conducted fewer trafficking investigations … than in 2007"
        PROTECTION: "mixed",  # "demonstrated mixed progress in assisting victims"
        PREVENTION: "up",  # "improved its prevention efforts"
    }


def test_2009_to_2024_is_a_tier_upgrade_with_its_reasons() -> None:
    change = figures.tier_change(loaded(seed(2009)), loaded(seed(2024)))
    assert (change.old, change.new, change.movement) == (
        Tier.TIER_2_WATCH_LIST,
        Tier.TIER_2,
        Movement.UPGRADE,
    )
    assert change.old_evidence is not None and "placed on Tier 2 Watch List" in change.old_evidence
    assert change.new_evidence is not None and "remained on Tier 2" in change.new_evidence


def test_2021_fragment_protection_figures() -> None:
    report = loaded(seed(2021))
    found = set(facts(report))
    expected: set[Fact] = {
        ("victims_identified", 94, None, "victims", 2020),
        ("victims_identified", 91, None, "victims", 2019),
        ("funding_victim_assistance", 119000, None, "manat", 2020),
        ("funding_victim_assistance", 110000, None, "manat", 2019),
        ("funding_shelter", 113350, None, "manat", 2020),
        ("funding_shelter", 84700, None, "manat", 2019),
    }
    assert expected <= found, sorted(expected - found)
    assert find(report, "funding_victim_assistance", 2020).value_usd == 70000
    assert report.verdicts[PROTECTION].phrase == "maintained"
    assert report.verdicts[PROTECTION].scale == "flat"
    assert set(report.verdicts) == {PROTECTION}


def test_2021_to_2024_headline_and_no_false_cross_check() -> None:
    # the 2021 edition covers 2020: nothing it reports overlaps with what 2024 restates
    deltas = compare_figures(loaded(seed(2021)).figures, loaded(seed(2024)).figures)
    by_metric = {d.metric: d for d in deltas if d.basis is FigureBasis.EDITIONS and d.old and d.new}
    identified = by_metric["victims_identified"]
    assert (identified.old and identified.old.value, identified.new and identified.new.value) == (
        94,
        91,
    )
    assert (identified.old and identified.old.period, identified.new and identified.new.period) == (
        2020,
        2023,
    )
    assert identified.delta == -3
    assert not [d for d in deltas if d.check is not None]


# --------------------------------------------------------------------------- golden lists


def golden_rows(report: Report) -> list[dict[str, Any]]:
    """Every figure as it is reviewed (segmentation details like indices and citations
    left out)."""
    rows = []
    for f in report.figures:
        row = f.to_dict()
        for key in ("sentence", "sentence_index", "section", "at"):
            row.pop(key)
        rows.append(row)
    return rows


def check_golden(name: str, report: Report, update: bool) -> None:
    path = GOLDEN / f"{name}.json"
    rows = golden_rows(report)
    text = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n"
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text if rows else "[]\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert rows == expected, f"figures of {name} differ from the reviewed list {path}"


@pytest.mark.parametrize("entry", seed_manifest(), ids=lambda e: e["file"])
def test_seed_figures_match_reviewed_list(entry: dict[str, Any], update_golden: bool) -> None:
    """Every figure found in each seed, and nothing else (no years, articles, durations)."""
    report = loaded(SEEDS / entry["file"])
    check_golden(Path(entry["file"]).stem, report, update_golden)


REVIEWED_CORPUS = (
    "moldova-2002-refworld-webarchive.txt",
    "moldova-2017-state.gov-prosecution.txt",
    "moldova-2019-state.gov-prosecution.txt",
    "moldova-2020-state.gov-protection.txt",
    "moldova-2021-state.gov-prosecution.txt",
    "moldova-2022-state.gov-protection.txt",
    "moldova-2023-amicidilazzaro-prosecution.txt",
    "moldova-2023-amicidilazzaro-protection.txt",
    "honduras-2005-refworld.txt",
    "honduras-2007-refworld.txt",
    "honduras-2013-state.gov.txt",
    "moldova-2008-refworld-webarchive.txt",
)


@pytest.mark.parametrize("name", REVIEWED_CORPUS)
def test_corpus_figures_match_reviewed_list(name: str, update_golden: bool) -> None:
    check_golden(Path(name).stem, loaded(CORPUS / name), update_golden)


# the manifest's own metric names → ours; a period like "to date" is no year (None)
_MANIFEST_METRICS = {
    "cases_initiated": "investigations",
    "child_victims_identified": "victims_children",
    "victim_services_funding": "funding_victim_assistance",
}


@pytest.mark.parametrize(
    "entry", [e for e in corpus_manifest() if e["key_figures"]], ids=lambda e: e["file"]
)
def test_corpus_manifest_key_figures_are_found(entry: dict[str, Any]) -> None:
    """Recall on the figures the corpus manifest lists with a verbatim quote."""
    report = loaded(CORPUS / entry["file"])
    missing = []
    for key in entry["key_figures"]:
        metric = _MANIFEST_METRICS.get(key["metric"], key["metric"])
        period = int(key["period"]) if str(key["period"]).isdigit() else None
        candidates = [f for f in report.figures if f.metric == metric and f.period == period]
        if isinstance(key["value"], str):
            ok = any(f.quote and f.quote in key["value"] for f in candidates)
        else:
            ok = any(f.value == key["value"] for f in candidates)
        if not ok:
            missing.append(key)
    assert not missing


def test_figures_on_every_seed_and_corpus_text_use_the_vocabulary() -> None:
    for path in [*sorted(SEEDS.glob("*.txt")), *sorted(CORPUS.glob("*.txt"))]:
        for f in loaded(path).figures:
            assert f.metric in METRICS, (path.name, f.metric)
            assert f.unit is None if f.currency else f.unit, (path.name, f)


# --------------------------------------------------------------------------- extraction units


PROSECUTION_2024 = (
    "The government maintained prosecution efforts. The 2005 Law on Combating Trafficking in "
    "Persons and Article 144-1 of the criminal code criminalized sex trafficking and labor "
    "trafficking and prescribed penalties of five to 10 years’ imprisonment for offenses "
    "involving adult victims and eight to 12 years’ imprisonment for offenses involving child "
    "victims. Law enforcement investigated nine cases with 12 defendants, compared with 14 "
    "cases with 16 suspects in 2022; all nine were sex trafficking cases. The government "
    "continued to investigate three cases of sex trafficking and one case of labor trafficking "
    "from previous reporting periods. The government prosecuted nine new defendants, compared "
    "with 10 new defendants in 2022; all nine were prosecuted for alleged sex trafficking. "
    "Courts convicted 10 traffickers, compared with 12 traffickers in 2022; all 10 were "
    "convicted for sex trafficking. Unlike previous years, judges did not issue any suspended "
    "sentences and continued to issue stronger sentences with all convicted traffickers "
    "receiving imprisonment between eight to 18 years."
)


def test_prosecution_paragraph_without_segmentation() -> None:
    report = report_of((PROSECUTION, PROSECUTION_2024))
    assert facts(report) == [
        ("investigations", 9, None, "cases", 2023),
        ("suspects_investigated", 12, None, "defendants", 2023),
        ("investigations", 14, None, "cases", 2022),
        ("suspects_investigated", 16, None, "suspects", 2022),
        # carried over "from previous reporting periods": still counted in this one
        ("investigations_continued_sex_trafficking", 3, None, "cases", 2023),
        ("investigations_continued_labor_trafficking", 1, None, "cases", 2023),
        ("prosecutions", 9, None, "defendants", 2023),
        ("prosecutions", 10, None, "defendants", 2022),
        ("convictions", 10, None, "traffickers", 2023),
        ("convictions", 12, None, "traffickers", 2022),
        ("prison_term_years", 8, 18, "years", 2023),
    ]
    assert [f.restated for f in report.figures] == [False, False, True, True] + [False] * 2 + [
        False,
        True,
    ] * 2 + [False]
    assert report.verdicts[PROSECUTION].phrase == "maintained"


def test_victim_breakdowns() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government officially identified 91 victims, compared with 94 victims in 2022. "
            "Of the 91 officially identified victims, traffickers exploited 89 in sex "
            "trafficking and two in labor trafficking; 90 were women, and one was a man; and "
            "two were foreign nationals. Authorities only identified two Testlandish internal "
            "trafficking victims, compared with 10 Testlandish internal trafficking victims in "
            "2022.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 91, None, "victims", 2023),
        ("victims_identified", 94, None, "victims", 2022),
        ("victims_sex_trafficking", 89, None, "victims", 2023),
        ("victims_labor_trafficking", 2, None, "victims", 2023),
        ("victims_women", 90, None, "victims", 2023),
        ("victims_men", 1, None, "victims", 2023),
        ("victims_foreign", 2, None, "victims", 2023),
        ("victims_internal", 2, None, "victims", 2023),
        ("victims_internal", 10, None, "victims", 2022),
    ]


@pytest.mark.parametrize("year", ["in 2023", "during fiscal year 2023", "in FY 2023"])
def test_a_breakdown_after_the_figure_s_year_breaks_that_figure_down(year: str) -> None:
    """"convicted 29 traffickers in 2023 (24 for sex trafficking and five for labor
    trafficking)": the year between the figure and its parenthesis does not cut them
    apart, in any of the ways a year is named."""
    report = report_of(
        (
            PROSECUTION,
            f"Courts convicted 29 traffickers {year} (24 for sex trafficking and five for "
            "labor trafficking), compared with 40 traffickers convicted in 2022.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("convictions", 29, 2023),
        ("convictions_sex_trafficking", 24, 2023),
        ("convictions_labor_trafficking", 5, 2023),
        ("convictions", 40, 2022),
    ]


def test_parenthesised_restatements_and_breakdowns() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government officially identified 94 victims (91 in 2019); 85 were female sex "
            "trafficking victims and four were male forced labor victims (85 female sex "
            "trafficking victims and six male forced labor victims in 2019); and two were child "
            "victims (one in 2019).\n"
            "Consequently, in 2020, authorities conducted 65 investigations (35 sex trafficking, "
            "30 labor trafficking), compared with 153 in 2019 and 223 in 2018.",
        ),
        year=2021,
    )
    assert facts(report) == [
        ("victims_identified", 94, None, "victims", 2020),
        ("victims_identified", 91, None, "victims", 2019),
        ("victims_female_sex_trafficking", 85, None, "victims", 2020),
        ("victims_male_labor_trafficking", 4, None, "victims", 2020),
        ("victims_female_sex_trafficking", 85, None, "victims", 2019),
        ("victims_male_labor_trafficking", 6, None, "victims", 2019),
        ("victims_children", 2, None, "victims", 2020),
        ("victims_children", 1, None, "victims", 2019),
        ("investigations", 65, None, "investigations", 2020),
        ("investigations_sex_trafficking", 35, None, "investigations", 2020),
        ("investigations_labor_trafficking", 30, None, "investigations", 2020),
        ("investigations", 153, None, "investigations", 2019),
        ("investigations", 223, None, "investigations", 2018),
    ]


def test_funding_lines_and_currency() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government allocated 210,161 manat ($123,620) for victim assistance, compared "
            "with 179,464 manat ($105,570) in 2022. The government also allocated 116,161 "
            "manat ($68,330) to the MIA-run shelter. The State Support Agency to NGOs "
            "allocated 94,000 manat ($55,290) to fund 11 NGO anti-trafficking projects. The "
            "government provided a resettlement allowance of 700 manat ($410) for victims. "
            "In 2019, the government allocated approximately 11 million lei ($643,270) for "
            "victim services, an increase compared with nine million lei ($526,320) in 2018. "
            "The government spent $1.5 million on its national action plan.",
        )
    )
    rows = [(f.metric, f.value, f.currency, f.value_usd, f.period) for f in report.figures]
    assert rows == [
        ("funding_victim_assistance", 210161, "manat", 123620, 2023),
        ("funding_victim_assistance", 179464, "manat", 105570, 2022),
        ("funding_shelter", 116161, "manat", 68330, 2023),
        ("funding_ngo", 94000, "manat", 55290, 2023),
        ("ngo_projects", 11, None, None, 2023),
        ("funding_victim_assistance", 11_000_000, "lei", 643270, 2019),
        ("funding_victim_assistance", 9_000_000, "lei", 526320, 2018),
        ("funding_anti_trafficking", 1_500_000, "USD", 1_500_000, 2023),
    ]
    assert all(f.unit is None for f in report.figures if f.currency)


def test_number_words_separators_and_prevention_counts() -> None:
    report = report_of(
        (
            PREVENTION,
            "Thirty-one traffickers were convicted, up from twenty-two the previous year. "
            "The hotline received 1,432 calls (1,210 in 2022). Authorities conducted 4,500 "
            "labor inspections and identified 220 labor violations. The government trained "
            "500 police officers on victim identification. ATD operated a hotline, but did "
            "not report the number of calls it received (158 in 2022).",
        )
    )
    assert facts(report) == [
        ("convictions", 31, None, "traffickers", 2023),
        ("convictions", 22, None, "traffickers", 2022),
        ("hotline_calls", 1432, None, "calls", 2023),
        ("hotline_calls", 1210, None, "calls", 2022),
        ("labor_inspections", 4500, None, "inspections", 2023),
        ("labor_violations", 220, None, "violations", 2023),
        ("officials_trained", 500, None, "police", 2023),
        ("hotline_calls", 158, None, "calls", 2022),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 144-1 of the criminal code prescribed penalties of five to 10 years’ imprisonment.",
        "Articles 165 (trafficking in persons) and 206 (trafficking of children) prohibit trafficking.",
        "The 2005 Law on Combating Trafficking in Persons was amended in 2019.",
        "The government reported prosecutions under Law No. 241-XVI of 2005.",
        "SOPs required first responders to refer potential victims within 24 hours to ATD.",
        "The MIA-run shelter accommodated potential victims for up to one month.",
        "Girls aged 13 to 15 and children under 18 are most vulnerable.",
        "Some 15-year-old victims testified without a psychologist.",
        "See page 12 of the report for the 45 percent of victims who were women.",
        "On April 18, 2002, a new Criminal Code was passed; the decree of 5 June 2018 followed.",
        "COVID-19 restrictions lasted 18 months.",
        "The NC managed a working group that monitored the 2020-2024 NAP.",
        "The MIA-run shelter had capacity to accommodate 50 victims.",
        "Judges issued suspended sentences of two years to three traffickers.",
        "The court fined the trafficker 5,000 lei ($280) for organizing illegal migration.",
        "The court ordered the government to pay €5,000 ($4,530) to each of the 33 victims.",
        "There were an estimated 10,000 victims and more than 1,000 minors were exploited.",
        "Of the 91 officially identified persons, all nine were exploited in Testland.",
        "The government continued to prosecute three such defendants from previous years.",
        "Notably, 20 of the cases involved 33 potential child sex trafficking victims.",
        "The Interagency Commission met once (none in 2022) and signed an MOU with 18 NGOs.",
        "Civil society and officials reported no forced labor in the 2023, 2022, and 2021 cotton harvest.",
        "The law imposed penalties of up to three years’ imprisonment for forced labor.",
        "In previous years, the government awarded contracts to organizations with no experience.",
        "The trafficking-specialized judges' mandates were extended from one year to five years.",
        "Tier 2 Watch List countries have 12 months to improve, the G-7 said in 2023.",
        # a group of potential victims, its number bare in brackets: a part, no figure
        "The government identified fewer potential child victims of trafficking (200 compared "
        "to 252), and the vast majority of the children identified in 2023 were foreign.",
    ],
)
def test_no_false_figures(sentence: str) -> None:
    for section in (PROSECUTION, PROTECTION, PREVENTION):
        assert facts(report_of((section, sentence))) == []


def test_a_bare_count_of_potential_victims_in_brackets_is_of_potential_victims() -> None:
    """"identified potential victims of trafficking (45), compared with 30 in 2022": the
    number counts the potential victims its clause names, not recognised ones."""
    report = report_of(
        (PROTECTION, "The government identified potential victims of trafficking (45), compared with 30 in 2022.")
    )
    assert facts(report) == [
        ("potential_victims_identified", 45, None, "victims", 2023),
        ("potential_victims_identified", 30, None, "victims", 2022),
    ]


def test_potential_and_recognised_victims_each_keep_their_kind() -> None:
    """A bare value compared with a count of potential victims ("(compared to 252 in
    2019)") is of potential victims too; a count of victims coordinated with one of
    potential victims ("200 potential victims and 91 victims") is of recognised ones."""
    report = report_of(
        (PROTECTION, "The government identified 200 potential trafficking victims (compared to 252 in 2022)."),
        (PROTECTION, "Officials assisted 30 potential victims and 12 victims (compared with nine in 2022)."),
    )
    assert facts(report) == [
        ("potential_victims_identified", 200, None, "victims", 2023),
        ("potential_victims_identified", 252, None, "victims", 2022),
        ("potential_victims_assisted", 30, None, "victims", 2023),
        ("victims_assisted", 12, None, "victims", 2023),
        ("victims_assisted", 9, None, "victims", 2022),
    ]


def test_a_comparison_that_repeats_each_verb_keeps_each_count_s_kind() -> None:
    """"… compared with investigating 38 cases, prosecuting 25 alleged traffickers, and
    convicting 10 traffickers in 2022": each earlier count is what its own verb counts,
    not the kind of the last figure before the comparison."""
    report = report_of(
        (
            PROSECUTION,
            "The government reported investigating 45 cases, prosecuting 30 alleged "
            "traffickers, and convicting 12 traffickers, compared with investigating 38 "
            "cases, prosecuting 25 alleged traffickers, and convicting 10 traffickers in 2022.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("investigations", 45, 2023),
        ("prosecutions", 30, 2023),
        ("convictions", 12, 2023),
        ("investigations", 38, 2022),
        ("prosecutions", 25, 2022),
        ("convictions", 10, 2022),
    ]


def test_a_count_whose_noun_is_left_out_after_its_verb_counts_the_noun_before() -> None:
    """"investigated 45 cases, prosecuted 30 suspects, and convicted 12": the 12 are
    convicted suspects; a bare number after another verb ("acquitted three") is none."""
    report = report_of(
        (
            PROSECUTION,
            "The government investigated 45 cases, prosecuted 30 suspects, and convicted 12. "
            "Courts convicted nine traffickers and acquitted three.",
        )
    )
    assert [(metric, value, unit) for metric, value, _, unit, _ in facts(report)] == [
        ("investigations", 45, "cases"),
        ("prosecutions", 30, "suspects"),
        ("convictions", 12, "suspects"),
        ("convictions", 9, "traffickers"),
    ]


def test_the_identification_of_victims_as_a_noun_counts_identified_victims() -> None:
    """"led to the identification of 40 potential victims": identified, as the verb
    "identified" would say; cases so identified are no victims."""
    report = report_of(
        (
            PROTECTION,
            "Screening at the border led to the identification of 40 potential victims. "
            "Joint inspections resulted in the identification of 12 cases of forced labor.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("potential_victims_identified", 40)
    ]


def test_prosecutions_initiated_in_cases_are_prosecutions() -> None:
    """"Of those 91 investigations, prosecutions were initiated in 16 cases": the 16 are
    prosecutions, though "initiated" alone opens investigations."""
    report = report_of(
        (
            PROSECUTION,
            "Police initiated 91 investigations. Of those 91 investigations, prosecutions "
            "were initiated in 16 cases.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("investigations", 91),
        ("prosecutions", 16),
    ]


def test_a_comparison_in_brackets_counts_what_the_words_before_them_name() -> None:
    """"prosecuted fewer defendants (13 compared with 22 in 2022)": the first number is
    this period's count of the defendants named before the brackets, the second the
    year it is compared with; a group of victims is that group's count."""
    report = report_of(
        (
            PROSECUTION,
            "The government prosecuted fewer defendants (13 compared with 22 in 2022), and "
            "courts convicted more traffickers (12 compared with five in 2022).",
        ),
        (PROTECTION, "The government identified fewer foreign victims (20 compared to 30)."),
    )
    assert facts(report) == [
        ("prosecutions", 13, None, "defendants", 2023),
        ("prosecutions", 22, None, "defendants", 2022),
        ("convictions", 12, None, "traffickers", 2023),
        ("convictions", 5, None, "traffickers", 2022),
        ("victims_foreign", 20, None, "victims", 2023),
    ]


def test_zero_counts_in_words() -> None:
    report = report_of(
        (
            PROSECUTION,
            "Courts convicted no traffickers, compared with four in 2022. There have been no "
            "convictions to date. The government reported no prosecutions of complicit "
            "officials. Authorities identified two internal trafficking victims and no foreign "
            "victims.",
        )
    )
    assert facts(report) == [
        ("convictions", 0, None, "traffickers", 2023),
        ("convictions", 4, None, "traffickers", 2022),
        ("convictions", 0, None, "convictions", None),
        ("victims_internal", 2, None, "victims", 2023),
    ]


def test_zero_counts_stated_with_did_not_any() -> None:
    report = report_of(
        (
            PROSECUTION,
            "Officials opened three investigations, did not initiate any new prosecutions, and "
            "convicted one trafficker. The courts did not convict any traffickers in 2022. The "
            "government did not report any investigations of complicit officials, and it did "
            "not report any prosecutions. Officials did not newly prosecute any suspected "
            "traffickers for sex or labor trafficking in 2021. In 2020, the courts did not "
            "convict or sentence any traffickers.",
        )
    )
    assert facts(report) == [
        ("investigations", 3, None, "investigations", 2023),
        ("prosecutions", 0, None, "prosecutions", 2023),
        ("convictions", 1, None, "traffickers", 2023),
        ("convictions", 0, None, "traffickers", 2022),
        ("prosecutions", 0, None, "traffickers", 2021),
        ("convictions", 0, None, "traffickers", 2020),
    ]


def test_a_zero_stated_as_not_a_single_case_is_a_zero() -> None:
    """News and narratives: "did not achieve a single trafficking conviction for the fifth
    consecutive year" is the year's zero; one of complicit officials is not."""
    report = report_of(
        (
            PROSECUTION,
            "The government did not achieve a single trafficking conviction for the fifth "
            "consecutive year. It did not secure a single conviction of complicit officials.",
        )
    )
    assert facts(report) == [("convictions", 0, None, "convictions", 2023)]


def test_a_zero_for_one_law_does_not_stand_beside_the_period_s_count() -> None:
    """"did not prosecute any cases under the trafficking statute" after "initiated two
    prosecutions": a zero for one law is no second count of the period's prosecutions;
    with no other count read, it is the period's zero."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated two prosecutions (one in 2017) and convicted two sex "
            "traffickers in 2018. However, authorities did not prosecute any cases under the "
            "trafficking statute, which carried higher penalties. Courts did not convict any "
            "traffickers under the anti-trafficking law in 2017.",
        ),
        year=2019,
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("prosecutions", 2, 2018, False),
        ("prosecutions", 1, 2017, True),
        ("convictions_sex_trafficking", 2, 2018, False),
        ("convictions", 0, 2017, True),
    ]


def test_a_zero_stated_for_a_list_of_verbs_is_each_verbs_zero() -> None:
    # "did not investigate or prosecute any" is none of either; a count "prosecuted or
    # convicted 12" is not each verb's, and "sentence" gives no figure of its own
    report = report_of(
        (
            PROSECUTION,
            "The government did not investigate, prosecute, or convict any traffickers. In "
            "2022, officials did not investigate or prosecute any suspects. Courts prosecuted "
            "or convicted 12 defendants in 2021. In 2020, the courts did not convict or "
            "sentence any traffickers.",
        )
    )
    assert facts(report) == [
        ("investigations", 0, None, "traffickers", 2023),
        ("prosecutions", 0, None, "traffickers", 2023),
        ("convictions", 0, None, "traffickers", 2023),
        ("investigations", 0, None, "suspects", 2022),
        ("prosecutions", 0, None, "suspects", 2022),
        ("convictions", 12, None, "defendants", 2021),
        ("convictions", 0, None, "traffickers", 2020),
    ]


def test_a_list_of_groups_takes_the_form_it_was_exploited_in() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government identified 95 victims. Of the identified victims, 40 women, two "
            "men, and nine girls were exploited in sex trafficking; 30 women and 14 boys were "
            "exploited in labor trafficking.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 95, None, "victims", 2023),
        ("victims_women_sex_trafficking", 40, None, "victims", 2023),
        ("victims_men_sex_trafficking", 2, None, "victims", 2023),
        ("victims_girls_sex_trafficking", 9, None, "victims", 2023),
        ("victims_women_labor_trafficking", 30, None, "victims", 2023),
        ("victims_boys_labor_trafficking", 14, None, "victims", 2023),
    ]


def test_a_list_of_forms_that_leaves_out_its_noun() -> None:
    report = report_of(
        (
            PROTECTION,
            "Authorities identified 610 victims. Of these, 320 were victims of sex trafficking, "
            "150 of labor trafficking, 20 of both labor and sex trafficking, and 120 of "
            "uncategorized trafficking.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 610, None, "victims", 2023),
        ("victims_sex_trafficking", 320, None, "victims", 2023),
        ("victims_labor_trafficking", 150, None, "victims", 2023),
    ]


def test_a_count_with_its_own_predicate_after_an_including_list() -> None:
    report = report_of(
        (
            PROTECTION,
            "Officials identified 31 victims. Of these, 25 were sex trafficking victims, "
            "including two victims exploited abroad, and six were forced labor victims.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 31, None, "victims", 2023),
        ("victims_sex_trafficking", 25, None, "victims", 2023),
        ("victims_labor_trafficking", 6, None, "victims", 2023),
    ]


def test_a_count_of_cases_coordinated_with_continued_ones_is_continued_too() -> None:
    report = report_of(
        (
            PROSECUTION,
            "The government continued seven investigations and 14 prosecutions from previous "
            "years. Police continued three investigations, and nine prosecutions were "
            "initiated.",
        )
    )
    assert facts(report) == [
        ("investigations_continued", 7, None, "investigations", 2023),
        ("prosecutions_continued", 14, None, "prosecutions", 2023),
        ("investigations_continued", 3, None, "investigations", 2023),
        ("prosecutions", 9, None, "prosecutions", 2023),
    ]


def test_one_of_a_pair_named_in_apposition_is_no_count() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government identified two victims of sex trafficking. The identified victims "
            "were adult women, one from Ruritania and the other from Freedonia.",
        )
    )
    assert facts(report) == [("victims_sex_trafficking", 2, None, "victims", 2023)]


def test_two_verbs_share_a_count_across_the_place_the_second_names() -> None:
    report = report_of(
        (
            PROTECTION,
            "Officials identified and referred to state-run shelters 64 trafficking victims.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 64, None, "victims", 2023),
        ("victims_referred", 64, None, "victims", 2023),
    ]


def test_items_for_a_form_break_down_the_count_of_persons_before_them() -> None:
    report = report_of(
        (
            PROSECUTION,
            "Courts convicted five traffickers under the penal code, three for sex trafficking, "
            "one for labor trafficking, and one unspecified.",
        )
    )
    assert facts(report) == [
        ("convictions", 5, None, "traffickers", 2023),
        ("convictions_sex_trafficking", 3, None, "traffickers", 2023),
        ("convictions_labor_trafficking", 1, None, "traffickers", 2023),
    ]


def test_approximations_ranges_and_parts_of_totals() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government identified more than 100 victims, compared with 80 in 2022. "
            "Authorities identified 12 Ruritanian victims and 30 foreign victims. The Ministry "
            "of Labor identified 310 children in child labor during 1,200 labor inspections. "
            "Of the 54 victims certified, 35 women and three men were referred to the shelter.",
        ),
        (
            PROSECUTION,
            "Courts sentenced traffickers to between six months and 14 years’ imprisonment and "
            "one trafficker to 17 years and six months in prison.",
        ),
    )
    assert facts(report) == [
        ("victims_identified", 100, None, "victims", 2023),
        ("victims_identified", 80, None, "victims", 2022),
        ("victims_foreign", 30, None, "victims", 2023),
        ("labor_inspections", 1200, None, "inspections", 2023),
        ("victims_identified", 54, None, "victims", 2023),  # the total the sentence opens on
        ("prison_term_years", 0.5, 14, "years", 2023),
        ("prison_term_years", 17.5, None, "years", 2023),
    ]


def test_a_count_of_the_previous_period_beside_an_older_year_keeps_its_own_period() -> None:
    """"a decrease from 28 prosecutions initiated in the previous reporting period and 35
    initiated in 2016": 28 is the previous period's, 35 (its noun left out) 2016's."""
    text = (
        "The government initiated 10 prosecutions. This is a decrease from 28 prosecutions "
        "initiated in the previous reporting period and 35 initiated in 2016."
    )
    expected = [
        ("prosecutions", 10, None, "prosecutions", 2018),
        ("prosecutions", 28, None, "prosecutions", 2017),
        ("prosecutions", 35, None, "prosecutions", 2016),
    ]
    assert facts(report_of((PROSECUTION, text), year=2019)) == expected
    bracketed = "Officials identified 30 victims (compared with 20 in the previous year) in 2018."
    assert facts(report_of((PROTECTION, bracketed), year=2019))[0][4] == 2018


def test_period_without_edition_year_is_read_from_the_text() -> None:
    text = "Courts convicted 10 traffickers, compared with 12 traffickers in 2022."
    report = report_of((PROSECUTION, text), year=None)
    assert figures.reporting_period(report) == 2023
    assert facts(report) == [
        ("convictions", 10, None, "traffickers", 2023),
        ("convictions", 12, None, "traffickers", 2022),
    ]
    opener = report_of((PROSECUTION, "In 2008, the government prosecuted 61 cases."), year=None)
    assert facts(opener) == [("prosecutions", 61, None, "cases", 2008)]
    nothing = report_of((PROSECUTION, "Courts convicted 10 traffickers."), year=None)
    assert facts(nothing) == [("convictions", 10, None, "traffickers", None)]


def test_a_named_year_beats_the_reporting_year() -> None:
    report = report_of(
        (PROTECTION, "In 2021, the government identified 312 trafficking victims."), year=2024
    )
    (only,) = report.figures
    assert (only.period, only.restated) == (2021, True)


def test_extract_is_idempotent_and_deterministic() -> None:
    report = report_of((PROSECUTION, PROSECUTION_2024))
    assert extract(report) == report
    assert extract(extract(report)).figures == report.figures
    once = tipdiff.load(seed(2024))
    assert extract(once) == once == tipdiff.load(seed(2024))


_SOUP = (
    "The government identified investigated prosecuted convicted allocated assisted 94 nine "
    "1,664 2022 2023 in compared with ( ) ; victims cases traffickers defendants manat "
    "($123,620) $5,000 Article 144-1 years months between to and of the were women sex "
    "trafficking labor including shelter NGOs hotline calls no convictions 24 hours aged 15"
).split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), min_size=1, max_size=60), st.sampled_from([None, 2021]))
def test_any_text_gives_well_formed_figures(words: list[str], year: int | None) -> None:
    report = report_of((PROTECTION, " ".join(words)), year=year)
    for f in report.figures:
        assert f.metric in METRICS
        assert f.quote and f.quote in f.sentence
        assert f.period is None or 1900 < f.period < 2100
        assert (f.currency is None) != (f.unit is None)
        assert f.value_high is None or f.value_high > f.value


def test_metrics_vocabulary() -> None:
    for name in ("investigations", "prosecutions", "convictions", "victims_identified"):
        assert name in METRICS
    for name in (
        "suspects_investigated",
        "defendants_prosecuted",
        "prison_term_years",
        "victims_assisted",
        "victims_sheltered",
        "funding_victim_assistance",
        "funding_shelter",
        "funding_ngo",
        "hotline_calls",
        "labor_violations",
        "victims_sex_trafficking",
        "victims_labor_trafficking",
        "victims_women",
        "victims_men",
        "victims_children",
        "victims_foreign",
        "victims_domestic",
    ):
        assert name in METRICS
    assert all(isinstance(label, str) and label for label in METRICS.values())


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    ("sentence", "phrase", "scale"),
    [
        ("The government maintained prosecution efforts.", "maintained", "flat"),
        ("The government modestly increased victim protection efforts.", "modestly increased", "up"),
        ("The government increased law enforcement efforts.", "increased", "up"),
        ("The government decreased law enforcement efforts.", "decreased", "down"),
        ("The government of Moldova marginally increased prevention efforts.", "marginally increased", "up"),
        ("The government improved its prevention efforts during the reporting period.", "improved", "up"),
        ("The government sustained its prevention efforts.", "sustained", "flat"),
        (
            "The Government of Azerbaijan demonstrated mixed progress in assisting victims.",
            "demonstrated mixed progress",
            "mixed",
        ),
        ("The government made minimal efforts to protect victims.", "made minimal efforts", "down"),
        (
            "The government did not make anti-trafficking law enforcement efforts during the "
            "reporting period.",
            "did not make efforts",
            "down",
        ),
        ("The government failed to demonstrate any efforts to protect victims.", "failed to demonstrate efforts", "down"),
        ("The government made no discernible efforts to prevent trafficking.", "made no discernible efforts", "down"),
        (
            "The Government of Azerbaijan conducted fewer trafficking investigations and "
            "prosecutions and convicted fewer traffickers than in 2007.",
            "conducted fewer investigations",
            "down",
        ),
        (
            "While Moldova made progress in its law enforcement efforts, convictions fell.",
            "made progress",
            "up",
        ),
        (
            "The Government of X demonstrated increased efforts to protect victims.",
            "demonstrated increased efforts",
            "up",
        ),
    ],
)
def test_verdicts(sentence: str, phrase: str, scale: str) -> None:
    for section in (PROSECUTION, PROTECTION, PREVENTION):
        verdict = report_of((section, sentence + " Courts met.")).verdicts[section]
        assert (verdict.phrase, verdict.scale, verdict.section) == (phrase, scale, section)
        assert verdict.sentence == sentence


def test_no_verdict_outside_the_opening_or_outside_p_sections() -> None:
    text = "Police met twice. Courts sat. The government maintained prosecution efforts."
    assert report_of((PROSECUTION, text)).verdicts == {}
    summary = report_of((SectionName.SUMMARY, "The government maintained efforts."))
    assert summary.verdicts == {}


def verdict(scale: str, phrase: str = "x") -> Verdict:
    return Verdict(PROTECTION, phrase, VerdictScale(scale), "…")


def test_verdict_change_follows_the_scale_order() -> None:
    assert SCALE_ORDER == ("down", "mixed", "flat", "up")
    assert verdict_change(verdict("flat"), verdict("up")).movement is Movement.UPGRADE
    assert verdict_change(verdict("up"), verdict("flat")).movement is Movement.DOWNGRADE
    assert verdict_change(verdict("mixed"), verdict("flat")).movement is Movement.UPGRADE
    assert verdict_change(verdict("down"), verdict("mixed")).movement is Movement.UPGRADE
    same = verdict_change(verdict("up", "modestly increased"), verdict("up", "increased"))
    assert same.movement is Movement.UNCHANGED
    assert verdict_change(None, verdict("up")).movement is Movement.UNKNOWN
    assert verdict_change(verdict("up"), None).movement is Movement.UNKNOWN


def test_verdict_change_between_the_2009_and_2024_seeds() -> None:
    old, new = loaded(seed(2009)).verdicts, loaded(seed(2024)).verdicts
    moves = {name: verdict_change(old.get(name), new.get(name)).movement for name in old}
    assert moves == {
        PROSECUTION: Movement.UPGRADE,  # fewer (down) → maintained (flat)
        PROTECTION: Movement.UPGRADE,  # mixed → modestly increased
        PREVENTION: Movement.UNCHANGED,  # improved → modestly increased
    }


# --------------------------------------------------------------------------- tier


@pytest.mark.parametrize(
    ("old", "new", "movement"),
    [
        (Tier.TIER_2_WATCH_LIST, Tier.TIER_2, Movement.UPGRADE),
        (Tier.TIER_2, Tier.TIER_3, Movement.DOWNGRADE),
        (Tier.TIER_1, Tier.TIER_2, Movement.DOWNGRADE),
        (Tier.TIER_3, Tier.TIER_2_WATCH_LIST, Movement.UPGRADE),
        (Tier.TIER_2, Tier.TIER_2, Movement.UNCHANGED),
        (Tier.SPECIAL_CASE, Tier.TIER_2, Movement.UNKNOWN),
        (None, Tier.TIER_2, Movement.UNKNOWN),
        (Tier.TIER_1, None, Movement.UNKNOWN),
    ],
)
def test_tier_movement(old: Tier | None, new: Tier | None, movement: Movement) -> None:
    change = figures.tier_change(
        report_of((SectionName.SUMMARY, "Nothing."), tier=old),
        report_of((SectionName.SUMMARY, "Nothing."), tier=new),
    )
    assert (change.old, change.new, change.movement) == (old, new, movement)


def test_tier_evidence_is_the_explaining_phrase() -> None:
    text = "The government made efforts; therefore Testland was downgraded to Tier 3."
    report = report_of((SectionName.SUMMARY, text), tier=Tier.TIER_3)
    assert figures.tier_phrase(report) == "therefore Testland was downgraded to Tier 3"
    other = report_of((SectionName.SUMMARY, text), tier=Tier.TIER_2)
    assert figures.tier_phrase(other) is None  # a phrase naming another tier is not evidence


# --------------------------------------------------------------------------- comparison


OLD_2023 = (
    "Law enforcement investigated 14 cases with 16 suspects, compared with 11 cases in 2021. "
    "Courts convicted 12 traffickers (15 in 2021). The government officially identified 94 "
    "victims. The government allocated 179,464 manat ($105,570) for victim assistance. Judges "
    "sentenced traffickers to between five and 10 years in prison."
)
NEW_2024 = (
    "Law enforcement investigated nine cases with 12 defendants, compared with 14 cases with 16 "
    "suspects in 2022. Courts convicted 10 traffickers, compared with 13 traffickers in 2022. "
    "The government officially identified 91 victims, compared with 94 victims in 2022. The "
    "government allocated 210,161 manat ($123,620) for victim assistance, compared with "
    "179,464 manat ($105,570) in 2022. Judges sentenced traffickers to between eight and 18 "
    "years in prison."
)


def compared() -> tuple[Any, ...]:
    old = report_of((PROSECUTION, OLD_2023), year=2023)
    new = report_of((PROSECUTION, NEW_2024), year=2024)
    return compare_figures(old.figures, new.figures)


def row(deltas: tuple[Any, ...], metric: str, check: bool) -> Any:
    """The editions' row of a metric that both give (or its check row)."""
    basis = FigureBasis.CHECK if check else FigureBasis.EDITIONS
    (found,) = [d for d in deltas if d.metric == metric and d.basis is basis and d.old and d.new]
    return found


def test_headline_is_reporting_period_against_reporting_period() -> None:
    deltas = compared()
    convictions = row(deltas, "convictions", check=False)
    assert (convictions.old.value, convictions.old.period) == (12, 2022)
    assert (convictions.new.value, convictions.new.period) == (10, 2023)
    assert (convictions.period, convictions.delta, round(convictions.percent, 1)) == (
        2023,
        -2,
        -16.7,
    )
    funding = row(deltas, "funding_victim_assistance", check=False)
    assert (funding.old.value, funding.new.value, funding.new.currency) == (179464, 210161, "manat")
    assert funding.to_dict()["delta"] == 30697


def test_cross_check_consistent_and_revised() -> None:
    deltas = compared()
    checks = {(d.metric, d.period): d.check for d in deltas if d.check is not None}
    assert checks == {
        ("investigations", 2022): "consistent",  # 14 cases then and now
        ("suspects_investigated", 2022): "consistent",
        ("convictions", 2022): "revised",  # 2023 said 12, 2024 says 13
        ("victims_identified", 2022): "consistent",
        ("funding_victim_assistance", 2022): "consistent",
    }
    revised = row(deltas, "convictions", check=True)
    assert (revised.old.value, revised.new.value, revised.old.restated, revised.new.restated) == (
        12,
        13,
        False,
        True,
    )
    as_json = revised.to_dict()
    assert (as_json["old"], as_json["new"], as_json["check"], as_json["period"]) == (
        12,
        13,
        "revised",
        2022,
    )


@pytest.mark.parametrize(("said", "check"), [(94, "consistent"), (95, "revised")])
def test_cross_check_against_the_2024_seed(said: int, check: str) -> None:
    """2024 says "compared with 94 victims in 2022"; a 2023 edition gave 2022's own figure."""
    old = report_of(
        (PROTECTION, f"The government officially identified {said} victims (91 in 2021)."),
        year=2023,
    )
    deltas = compare_figures(old.figures, loaded(seed(2024)).figures)
    (checked,) = [d for d in deltas if d.check is not None]
    assert (checked.metric, checked.period, checked.check) == ("victims_identified", 2022, check)
    assert (checked.old and checked.old.value, checked.new and checked.new.value) == (said, 94)
    headline = row(deltas, "victims_identified", check=False)
    assert (headline.old.value, headline.new.value, headline.delta) == (said, 91, 91 - said)


def test_ranges_have_no_arithmetic_delta() -> None:
    terms = row(compared(), "prison_term_years", check=False)
    assert (terms.old.value, terms.old.value_high, terms.new.value, terms.new.value_high) == (
        5,
        10,
        8,
        18,
    )
    assert terms.delta is None and terms.percent is None


def test_comparison_order_is_deterministic_and_follows_the_vocabulary() -> None:
    deltas = compared()
    assert deltas == compared()
    order = list(METRICS)
    keys = [order.index(d.metric) for d in deltas]
    assert keys == sorted(keys)
    bases = [d.basis for d in deltas if d.metric == "convictions"]
    assert bases == [FigureBasis.EDITIONS, FigureBasis.NEW_EDITION, FigureBasis.CHECK, FigureBasis.OLD_EDITION]


def test_counts_of_different_things_are_not_paired() -> None:
    old = report_of((PROSECUTION, "The government prosecuted 61 trafficking cases."), year=2009)
    new = report_of((PROSECUTION, "The government prosecuted nine defendants."), year=2024)
    deltas = compare_figures(old.figures, new.figures)
    assert [(d.metric, d.old is not None, d.new is not None) for d in deltas] == [
        ("prosecutions", True, False),
        ("prosecutions", False, True),
    ]
    assert all(d.delta is None for d in deltas)


def test_a_figure_of_one_edition_its_own_comparison_shows_is_shown_once() -> None:
    """The old edition's "168 cases in 2016, down from 265 in 2015" and a new edition
    with no investigations: 168 is in the old edition's own row only, not again as a
    figure of one edition alone."""
    old = report_of(
        (PROSECUTION, "Police investigated 168 cases in 2016, down from 265 cases in 2015."), year=2017
    )
    new = report_of((PROSECUTION, "Courts convicted one trafficker in 2017."), year=2018)
    rows = [
        (r.metric, r.old and r.old.value, r.new and r.new.value, r.basis)
        for r in compare_figures(old.figures, new.figures)
    ]
    assert rows == [
        ("investigations", 265, 168, FigureBasis.OLD_EDITION),
        ("convictions", None, 1, FigureBasis.EDITIONS),
    ]


def test_compare_figures_of_nothing() -> None:
    assert compare_figures((), ()) == ()


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Courts convicted three traffickers and sentenced one to a five-year prison sentence.", 5),
        ("Courts convicted three traffickers; one received a 10-YEAR PRISON TERM.", 10),
    ],
)
def test_prison_terms_written_as_a_compound(sentence: str, years: float) -> None:
    assert facts(report_of((PROSECUTION, sentence))) == [
        ("convictions", 3.0, None, "traffickers", 2023),
        ("prison_term_years", years, None, "years", 2023),
    ]


# --------------------------------------------------------------------------- analyst's lists

EXPECTED = GOLDEN / "expected"
#: Each seed read line by line: every figure an analyst would tabulate ("core": true)
#: and the numbers seen and left out, each with why ("core": false, a "note"; a "metric"
#: when tipdiff may read it and be right). tests/golden/figures/expected/<seed>.json.
MIN_RECALL = 0.90


def _analyst_list(stem: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((EXPECTED / f"{stem}.json").read_text("utf-8"))
    return rows


def _key(metric: str | None, value: float, period: int | None) -> tuple[str | None, float, int | None]:
    return metric, float(value), period


def _recall_and_wrong(stem: str) -> tuple[int, int, list[dict[str, Any]], list[Figure]]:
    """(core figures found, core figures listed, the core rows missed, figures read that
    no row of the list has)."""
    rows = _analyst_list(stem)
    report = loaded(SEEDS / f"{stem}.txt")
    pool: dict[tuple[str | None, float, int | None], list[dict[str, Any]]] = {}
    for r in rows:
        if r["metric"] is not None:
            pool.setdefault(_key(r["metric"], r["value"], r["period"]), []).append(r)
    wrong = []
    for f in report.figures:
        matches = pool.get(_key(f.metric, f.value, f.period))
        if matches:
            matches.pop(0)["_found"] = True
        else:
            wrong.append(f)
    core = [r for r in rows if r["core"]]
    missed = [r for r in core if not r.get("_found")]
    return len(core) - len(missed), len(core), missed, wrong


@pytest.mark.parametrize("entry", seed_manifest(), ids=lambda e: e["file"])
def test_seed_analyst_list_is_well_formed(entry: dict[str, Any]) -> None:
    """Every core row names a metric of the vocabulary and quotes the seed's own words."""
    text = " ".join(tipdiff.load(SEEDS / entry["file"]).text.split())
    for r in _analyst_list(Path(entry["file"]).stem):
        assert r["metric"] is None or r["metric"] in METRICS, r
        assert r["core"] or r.get("note"), r
        assert r["core"] is False or r["metric"] is not None, r
        assert " ".join(r["quote"].split()) in text, r


def test_seed_figures_recall_and_no_wrong_figure() -> None:
    """Core-figure recall >= 90 % over the five seeds; every figure read is on the list."""
    found = listed = 0
    report_lines = []
    wrong_all = []
    for entry in seed_manifest():
        stem = Path(entry["file"]).stem
        hit, total, missed, wrong = _recall_and_wrong(stem)
        found, listed = found + hit, listed + total
        report_lines.append(f"{stem}: {hit}/{total} missed {[(m['metric'], m['value'], m['period']) for m in missed]}")
        wrong_all += [(stem, f.metric, f.value, f.period, f.quote) for f in wrong]
    assert not wrong_all, wrong_all
    assert found / listed >= MIN_RECALL, "\n".join(report_lines)


def test_counts_of_one_kind_of_help_potential_victims_and_carried_over_cases() -> None:
    report = report_of(
        (
            PROTECTION,
            "The government aided 12 officially identified victims to find employment (14 in "
            "2019) and 25 with vocational training (45 in 2019). The lawyer provided legal "
            "assistance to 105 officially recognized victims (99 in 2022). The government "
            "provided 53 victims with a one-time allowance of 400 manat ($380), 24 victims "
            "with jobs, and 35 victims with vocational training. VACs assisted 67 officially "
            "recognized victims and 25 potential victims (81 officially recognized victims and "
            "32 potential victims in 2022).",
        ),
        (
            PROSECUTION,
            "The government continued to prosecute three defendants for sex trafficking and two "
            "defendants for labor trafficking from previous years.",
        ),
    )
    assert facts(report) == [
        ("victims_employment", 12, None, "victims", 2023),
        ("victims_employment", 14, None, "victims", 2019),
        ("victims_vocational_training", 25, None, "victims", 2023),
        ("victims_vocational_training", 45, None, "victims", 2019),
        ("victims_legal_assistance", 105, None, "victims", 2023),
        ("victims_legal_assistance", 99, None, "victims", 2022),
        ("victims_allowance", 53, None, "victims", 2023),
        ("victims_employment", 24, None, "victims", 2023),
        ("victims_vocational_training", 35, None, "victims", 2023),
        ("victims_assisted", 67, None, "victims", 2023),
        ("potential_victims_assisted", 25, None, "victims", 2023),
        ("victims_assisted", 81, None, "victims", 2022),
        ("potential_victims_assisted", 32, None, "victims", 2022),
        ("prosecutions_continued_sex_trafficking", 3, None, "defendants", 2023),
        ("prosecutions_continued_labor_trafficking", 2, None, "defendants", 2023),
    ]


def test_a_total_a_sentence_opens_on_counts_once() -> None:
    stated = report_of(
        (
            PROTECTION,
            "The government identified 91 victims. Of the 91 officially identified victims, "
            "traffickers exploited 89 in sex trafficking.",
        )
    )
    assert [f.value for f in stated.figures if f.metric == "victims_identified"] == [91]
    alone = report_of((PROTECTION, "Of the 54 victims certified, 35 were women."))
    assert facts(alone) == [
        ("victims_identified", 54, None, "victims", 2023),
        ("victims_women", 35, None, "victims", 2023),
    ]


def test_a_detail_of_a_grant_is_a_figure_when_it_is_another_funding_line() -> None:
    report = report_of(
        (
            PROTECTION,
            "The State NGO Council provided 172,000 manat ($101,180) for 19 civil society "
            "projects, including 30,000 manat ($17,650) for two NGO-run shelters, compared with "
            "209,000 manat ($122,940) for 20 projects, including 57,000 manat ($33,530) for two "
            "NGO-run shelters in 2019. The State Support Agency to NGOs allocated 94,000 manat "
            "($55,290) to fund 11 NGO projects, including 5,000 manat for NGO projects on "
            "prevention, compared with 73,500 manat ($43,240) to fund eight such projects in "
            "2022.",
        ),
        year=2021,
    )
    assert facts(report) == [
        ("funding_ngo", 172000, None, "manat", 2020),
        ("ngo_projects", 19, None, "projects", 2020),
        ("funding_ngo_shelter", 30000, None, "manat", 2020),
        ("funding_ngo", 209000, None, "manat", 2019),
        ("ngo_projects", 20, None, "projects", 2019),
        ("funding_ngo_shelter", 57000, None, "manat", 2019),
        ("funding_ngo", 94000, None, "manat", 2020),
        ("ngo_projects", 11, None, "projects", 2020),
        ("funding_ngo", 73500, None, "manat", 2022),
        ("ngo_projects", 8, None, "projects", 2022),
    ]


def test_a_truncated_texts_broken_last_sentence_is_never_a_figure() -> None:
    """Issue 18 item 4: a real seed cut mid-word keeps its last sentence, reads no figure."""
    text = seed(2024).read_text("utf-8")
    cut = text[: text.index("Courts convicted 10 traffickers") + len("Courts convicted 10 traff")]
    report = extract(tipdiff.load(cut))
    last = report.sentences[-1]
    assert last.text.endswith("Courts convicted 10 traff")
    assert not [f for f in report.figures if f.sentence_index == last.index]
    assert report.figures  # the sentences before it still give theirs


def test_a_truncated_texts_last_sentence_gives_no_figure_the_cut_may_have_broken() -> None:
    """A text cut off after "… 139 victims in 2002 and 2": the number the cut runs into
    (it may have been 20 or 2,000) gives no figure; the complete ones before it do."""
    report = tipdiff.load(
        "The Government of Testland fully meets the minimum standards for the elimination "
        "of trafficking. The government assisted 40 victims. Officials identified 139 "
        "victims in 2002 and 2"
    )
    assert report.truncated
    assert [(f.metric, f.value) for f in report.figures] == [
        ("victims_assisted", 40),
        ("victims_identified", 139),
    ]
    cut_after_the_noun = tipdiff.load(
        "The Government of Testland fully meets the minimum standards for the elimination "
        "of trafficking. The government assisted 40 victims. Officials identified 139 victims"
    )
    assert cut_after_the_noun.truncated
    assert [f.value for f in cut_after_the_noun.figures] == [40, 139]


def test_a_count_its_participle_follows_without_were_is_counted_by_it() -> None:
    """"with only 203 trafficking victims identified in 2024 compared to 7": the
    participle after the noun counts it as "were identified" would (the text, cut off
    after the 7, loses only the 7)."""
    report = tipdiff.load(
        "The Government of Testland fully meets the minimum standards for the elimination "
        "of trafficking. Police secured 406 convictions in 2024. Victim protection saw a "
        "decline, with only 203 trafficking victims identified in 2024 compared to 7",
        year=2025,
    )
    assert report.truncated
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 406, 2024, False),
        ("victims_identified", 203, 2024, False),
    ]


def test_a_count_whose_participle_phrase_is_the_subject_of_a_verb_is_that_verbs() -> None:
    """"Only one person convicted for procurement served prison time": the one counts
    those who served time, no convictions; a verb with a cue of its own counts the
    phrase ("203 victims identified in 2024 were referred": referrals)."""
    report = report_of(
        (
            PROSECUTION,
            "The courts did not convict any traffickers under the trafficking statute. Only "
            "one person convicted for procurement served prison time; two other convictions "
            "were suspended.",
        ),
        (PROTECTION, "Officials said 203 victims identified in 2023 were referred to shelters."),
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("convictions", 0, 2023),
        ("victims_referred", 203, 2023),
    ]


def test_two_counts_joined_by_and_each_with_its_own_place_are_parts_of_an_unstated_total() -> None:
    """"referred two victims in the UAE and one victim in Kuwait": neither is the victims
    referred, nor is "10 victims to shelters and five to NGOs"; a year of its own keeps
    each ("20 victims in 2023 and five in 2022"), as does a part named ("… and 30
    foreign victims in …")."""
    report = report_of(
        (
            PROTECTION,
            "The government referred 27 trafficking victims to agencies. The SLBFE referred "
            "two trafficking victims in the United Arab Emirates and one victim in Kuwait to "
            "the CID. Officials referred 10 victims to shelters and five to NGOs. Police "
            "identified 20 victims in 2023 and five in 2022. Police identified 20 victims in "
            "Dushanbe and 30 foreign victims in Khujand.",
        ),
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("victims_referred", 27, 2023),
        ("victims_identified", 20, 2023),
        ("victims_identified", 5, 2022),
        ("victims_identified", 20, 2023),
        ("victims_foreign", 30, 2023),
    ]


def test_arrests_are_no_count_of_investigations() -> None:
    """"investigated potential cases … and arrested at least 12 people": the verb right
    before the 12 is the arrest, which counts no investigations; "arrested and charged 12
    people" are prosecuted."""
    report = report_of(
        (
            PROSECUTION,
            "The government investigated potential cases of suspected human trafficking and "
            "arrested at least 12 people for trafficking crimes during the reporting period. "
            "Police arrested and charged 14 people with trafficking.",
        ),
    )
    assert [(f.metric, f.value) for f in report.figures] == [("prosecutions", 14)]


def test_verbs_that_share_a_count_each_count_it() -> None:
    """"identified and referred 121 victims": the 121 are identified and referred; two
    joined verbs are one clause, so a year after them is the count's own."""
    report = report_of(
        (PROTECTION, "Officials identified and referred 121 trafficking victims to shelters."),
        (PROSECUTION, "In 2021, courts convicted and sentenced nine traffickers to prison."),
    )
    assert facts(report) == [
        ("victims_identified", 121, None, "victims", 2023),
        ("victims_referred", 121, None, "victims", 2023),
        ("convictions", 9, None, "traffickers", 2021),
    ]


def test_a_main_clause_about_the_previous_period_restates_that_period() -> None:
    """"in the previous year, it identified 264 potential victims": the previous
    period's count, restated, as after "compared with"; a period named after a verb of
    its own ("in cases initiated during the previous period") is not the count's."""
    report = report_of(
        (
            PROTECTION,
            "Officials identified 121 trafficking victims; in the previous year, it identified "
            "264 potential victims. Officials assisted 40 victims during the previous reporting "
            "period.",
        ),
        (
            PROSECUTION,
            "Courts convicted 12 traffickers in cases initiated during the previous reporting period.",
        ),
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("victims_identified", 121, 2023, False),
        ("potential_victims_identified", 264, 2022, True),
        ("victims_assisted", 40, 2022, True),
        ("convictions", 12, 2023, False),
    ]


def test_an_aside_about_the_previous_period_leaves_the_figure_outside_it_in_its_own() -> None:
    """"100 traffickers—including some whose trials began in the previous reporting
    period—": the aside's period is its own (set off by dashes or brackets, with an
    irregular verb), the 100 are this period's convictions."""
    aside = "including some whose trials began in the previous reporting period"
    report = report_of(
        (
            PROSECUTION,
            f"The NCCT reported courts convicted at least 100 traffickers—{aside}—up from 43 "
            f"in 2015 and 29 in 2014. Courts convicted 12 traffickers ({aside}). Officials "
            f"prosecuted 30 traffickers – {aside} – in 2016.",
        ),
        year=2017,
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 100, 2016, False),
        ("convictions", 43, 2015, True),
        ("convictions", 29, 2014, True),
        ("convictions", 12, 2016, False),
        ("prosecutions", 30, 2016, False),
    ]


def test_a_total_over_several_years_is_no_year_s_count() -> None:
    """"over the last six years, the government has only convicted five traffickers":
    a total of six years has no one year, and is no key figure (nor are the
    investigations and prosecutions of those years); "over the last year" is the
    year's."""
    report = report_of(
        (
            PROSECUTION,
            "The government convicted two traffickers, compared to zero in 2017; over the last "
            "six years, the government has only convicted five traffickers, out of 43 "
            "investigations and 52 prosecutions. Over the last year, officials identified 14 "
            "victims.",
        ),
        year=2019,
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 2, 2018, False),
        ("convictions", 0, 2017, True),
        ("victims_identified", 14, 2018, False),
    ]


def test_the_previous_year_s_count_is_the_previous_year_s() -> None:
    """"a marked improvement from the previous year's 176 convictions": the 176 are
    the year before's, restated."""
    report = report_of(
        (
            PROSECUTION,
            "The government secured 406 convictions in the fiscal year ending July 2024—a "
            "marked improvement from the previous year's 176 convictions.",
        ),
        year=2025,
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 406, 2024, False),
        ("convictions", 176, 2023, True),
    ]


def test_a_count_after_a_figure_that_names_no_part_of_its_own_is_a_part_of_it() -> None:
    """The last of a breakdown's items that names no part ("and one for unspecified
    exploitation") and a bare count after a comma ("eight traffickers, two under the
    act") are parts of the figure before, not totals; a bare count coordinated with
    potential victims counts potential victims."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 28 victims. Of the 28 victims, traffickers exploited 14 "
            "in sex trafficking, 13 in labor trafficking, and one for unspecified exploitation. "
            "Officials identified 27 potential victims, with 19 in the previous reporting period.",
        ),
        (
            PROSECUTION,
            "The government convicted eight traffickers, two under the anti-trafficking act. "
            "Courts convicted 10 traffickers in 2023, eight in 2022, and five in 2021.",
        ),
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("victims_identified", 28, 2023),
        ("victims_sex_trafficking", 14, 2023),
        ("victims_labor_trafficking", 13, 2023),
        ("potential_victims_identified", 27, 2023),
        ("potential_victims_identified", 19, 2022),
        ("convictions", 8, 2023),
        ("convictions", 10, 2023),
        ("convictions", 8, 2022),
        ("convictions", 5, 2021),
    ]


def test_a_count_after_a_noun_of_its_own_takes_no_kind_from_the_count_before() -> None:
    """"vocational training to 35 children and medical care to 46 victims": the 46 get
    medical care (one specific kind of aid), not vocational training."""
    report = report_of(
        (
            PROTECTION,
            "The ministry provided vocational training to 35 children and medical care to 46 "
            "repatriated victims.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("victims_vocational_training", 35)]


def test_suspected_or_possible_cases_are_cases() -> None:
    """Only victims are potential ones: "82 suspected trafficking cases" are cases the
    verb counts, as "suspected traffickers" are persons."""
    report = report_of(
        (
            PROSECUTION,
            "The government investigated 82 suspected trafficking cases. Police investigated 12 "
            "possible trafficking cases and prosecuted seven potential cases.",
        )
    )
    assert [(f.metric, f.value, f.unit) for f in report.figures] == [
        ("investigations", 82, "cases"),
        ("investigations", 12, "cases"),
        ("prosecutions", 7, "cases"),
    ]


def test_a_passive_after_what_a_count_involves_is_the_count_s_verb() -> None:
    """"Twelve cases of trafficking involving 25 victims were investigated": the verb
    after "involving 25 victims" counts the cases (and the persons of a case count)."""
    report = report_of(
        (
            PROSECUTION,
            "Twelve cases of trafficking involving 25 victims were investigated by police during "
            "the year. Nine cases with 14 defendants were prosecuted.",
        )
    )
    assert [(f.metric, f.value, f.unit) for f in report.figures] == [
        ("investigations", 12, "cases"),
        ("prosecutions", 9, "cases"),
        ("defendants_prosecuted", 14, "defendants"),
    ]


def test_the_repatriation_or_referral_of_victims_as_a_noun_counts_them() -> None:
    """"facilitated the repatriation of 177 victims", "the referral of 40 victims": the
    nouns count as their verbs do, as "the identification of" does."""
    report = report_of(
        (
            PROTECTION,
            "The government facilitated the repatriation of 177 trafficking victims. Officials "
            "completed the referral of 40 victims to NGO shelters.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [
        ("victims_repatriated", 177),
        ("victims_referred", 40),
    ]


def test_forms_of_assistance_given_to_victims_count_assisted_victims() -> None:
    """"provided various forms of assistance to 221 victims" assists them; forms of one
    specific kind of aid ("various forms of medical assistance") do not."""
    report = report_of(
        (
            PROTECTION,
            "The government provided various forms of assistance to 221 trafficking victims. "
            "Hospitals provided various forms of medical assistance to 22 victims.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("victims_assisted", 221)]


def test_all_of_a_count_right_after_its_verb_is_counted() -> None:
    """"referred all 65 victims": the verb counts every one of them; "all nine were
    exploited" after a total is still a part of it."""
    report = report_of(
        (
            PROTECTION,
            "The government reported it referred all 65 victims to government or NGO services. "
            "Of the 91 identified victims, all nine children were exploited in Ruritania.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [
        ("victims_referred", 65),
        ("victims_identified", 91),
    ]


def test_the_continued_investigation_of_cases_is_of_cases_carried_over() -> None:
    """"continued the investigation of 112 cases" counts cases carried over, as
    "continued to investigate" does, never new investigations."""
    report = report_of(
        (
            PROSECUTION,
            "In addition, the government continued the investigation of 112 cases. Courts "
            "continued the prosecution of nine defendants from previous years.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [
        ("investigations_continued", 112),
        ("prosecutions_continued", 9),
    ]


def test_plain_victims_compared_with_a_group_of_them_are_all_victims() -> None:
    """"28 female victims and no male victims, compared with 20 victims identified
    during the previous reporting period": the 20 are all victims, not female ones (as
    the 28 are too, with no male ones); a bare number compared keeps the group."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 28 female victims and no male victims, compared with 20 "
            "victims identified during the previous reporting period. Officials identified 15 "
            "child victims, compared with 12 in 2022.",
        )
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("victims_female", 28, 2023),
        ("victims_identified", 28, 2023),
        ("victims_identified", 20, 2022),
        ("victims_children", 15, 2023),
        ("victims_children", 12, 2022),
    ]


def test_counts_an_ngo_or_an_international_organization_made_are_not_the_government_s() -> None:
    """"NGOs identified 300 victims": not the government's count of the period; one the
    government made with NGOs is, and so are NGOs' referrals (to the authorities)."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 85 victims. NGOs identified 300 victims, while an "
            "international organization assisted 40 victims. The government and NGOs assisted "
            "30 victims. Civil society referred two potential victims to the police.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [
        ("victims_identified", 85),
        ("victims_assisted", 30),
        ("potential_victims_referred", 2),
    ]


@pytest.mark.parametrize(
    ("country", "people"),
    [("Sri Lanka", "Sri Lankan"), ("Netherlands", "Dutch"), ("Côte d'Ivoire", "Ivoirian")],
)
def test_the_country_s_own_people_by_any_of_its_adjectives_are_domestic_victims(
    country: str, people: str
) -> None:
    """"12 Dutch victims" in the Netherlands' narrative, "two Sri Lankan victims" in Sri
    Lanka's: the country's own people (its adjectives in the country table, a name of two
    words), not another country's nationals, whose count is a part the total cannot name."""
    report = report_of(
        (PROTECTION, f"The government identified 12 {people} victims and 30 foreign victims."),
        country=country,
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("victims_domestic", 12),
        ("victims_foreign", 30),
    ]


def test_persons_identified_as_victims_are_victims() -> None:
    """"identified 164 individuals as potential trafficking victims", "64 persons as
    trafficking victims": what the persons were identified as is what is counted."""
    report = report_of(
        (
            PROTECTION,
            "Officials proactively identified 164 individuals as potential trafficking victims, "
            "compared with 120 in 2022. Separately, authorities identified 64 persons as "
            "trafficking victims.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("potential_victims_identified", 164, 2023),
        ("potential_victims_identified", 120, 2022),
        ("victims_identified", 64, 2023),
    ]


def test_potential_victims_compared_with_victims_are_potential_victims_of_that_period() -> None:
    """"identified 110 victims (…), compared with 95 potential victims (82 of sex
    trafficking and 13 of labor trafficking) in 2020": the 95 are potential victims of
    2020, and their breakdown is no breakdown of recognised victims."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 110 victims (90 of sex trafficking and 20 of labor "
            "trafficking), compared with 95 potential victims (82 of sex trafficking and 13 of "
            "labor trafficking) in 2020.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("victims_identified", 110, 2023),
        ("victims_sex_trafficking", 90, 2023),
        ("victims_labor_trafficking", 20, 2023),
        ("potential_victims_identified", 95, 2020),
    ]


def test_victims_registered_are_victims_identified() -> None:
    """"the rapporteur registered 400 possible victims": registering victims identifies
    them (a registered case stays an investigation)."""
    report = report_of(
        (
            PROTECTION,
            "The national rapporteur registered 400 possible trafficking victims, compared "
            "with 350 in 2022. The office registered 90 victims of labor trafficking. Police "
            "registered 12 cases.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("potential_victims_identified", 400, 2023),
        ("potential_victims_identified", 350, 2022),
        ("victims_labor_trafficking", 90, 2023),
        ("investigations", 12, 2023),
    ]


def test_a_restating_bracket_after_a_number_that_is_no_figure_is_no_figure() -> None:
    """"… 530 victims (432 in 2022); labor inspectors 75 (38 in 2022)": the 38 restates
    the 75, which is no figure, not the victims; after a figure, or a number inside its
    phrase ("to three shelters"), the bracket restates the figure."""
    report = report_of(
        (
            PROTECTION,
            "In 2023, the police identified 530 victims (432 in 2022); labor inspectors 75 "
            "(38 in 2022). Officials assisted 200 victims, including 20 children (12 in 2022). "
            "They referred 40 victims to three shelters (55 in 2022).",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("victims_identified", 530, 2023),
        ("victims_identified", 432, 2022),
        ("victims_assisted", 200, 2023),
        ("victims_referred", 40, 2023),
        ("victims_referred", 55, 2022),
    ]


def test_a_comparison_that_repeats_each_victim_verb_keeps_each_count_s_kind() -> None:
    """"compared with identifying 70 victims and referring 60 victims to care": each verb
    in the comparison gives its own count, as law-enforcement verbs do."""
    report = report_of(
        (
            PROTECTION,
            "In 2023, the government identified and referred 50 victims to care, compared "
            "with identifying 70 victims and referring 60 victims to care in 2022.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("victims_identified", 50, 2023),
        ("victims_referred", 50, 2023),
        ("victims_identified", 70, 2022),
        ("victims_referred", 60, 2022),
    ]


def test_counts_ngos_made_with_hedges_several_verbs_or_in_a_comparison_are_not_the_government_s() -> None:
    """"NGOs identified an additional 40 victims", "An NGO identified at least three",
    "NGOs identified and referred to care 25 victims", "compared with … and NGOs
    identifying a further 15": NGOs' counts, whatever words come between; a clause about
    the government stays the government's."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 85 victims. NGOs identified an additional 40 victims. "
            "An NGO identified at least three child victims. NGOs identified and referred to "
            "care 25 victims and assisted 60 potential victims. NGOs reported that the "
            "government assisted 30 victims. Officials identified 90 victims, compared with "
            "identifying 70 victims in 2022 and NGOs identifying a further 15 victims in 2022.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("victims_identified", 85, 2023),
        ("victims_assisted", 30, 2023),
        ("victims_identified", 90, 2023),
        ("victims_identified", 70, 2022),
    ]


def test_cases_continued_or_ongoing_are_carried_over_whatever_the_wording() -> None:
    """"continued 10 investigations begun in earlier years", "11 continued prosecutions",
    "continuing prosecutions involving 25 defendants", "12 ongoing prosecutions": cases
    carried over, not new ones."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated three investigations and continued 10 investigations "
            "begun in earlier years. This compared with two new prosecutions and 11 continued "
            "prosecutions in 2022. Officials reported continuing prosecutions involving 25 "
            "defendants from previous years. Courts also had 12 ongoing prosecutions. Police "
            "reported continuing four case investigations.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("investigations", 3, 2023),
        ("investigations_continued", 10, 2023),
        ("prosecutions", 2, 2022),
        ("prosecutions_continued", 11, 2022),
        ("prosecutions_continued", 25, 2023),
        ("prosecutions_continued", 12, 2023),
        ("investigations_continued", 4, 2023),
    ]


def test_a_bracket_between_a_change_and_from_keeps_the_comparison() -> None:
    """"a decrease (more than half) from 40 in 2022": the bracket does not hide the
    comparison, so the count before it stays in its own year."""
    report = report_of(
        (
            PROTECTION,
            "In 2023, officials identified 250 victims. Of these, 18 were children, a decrease "
            "(more than 50 percent) from 40 in 2022.",
        )
    )
    assert [(metric, value, period) for metric, value, _, _, period in facts(report)] == [
        ("victims_identified", 250, 2023),
        ("victims_children", 18, 2023),
        ("victims_children", 40, 2022),
    ]


def test_number_words_joined_by_spaces_or_a_hyphen_before_hundred() -> None:
    """"Twenty seven" is 27, not 20 and 7; "Three-hundred and forty one" is 341."""
    report = report_of(
        (
            PROTECTION,
            "Twenty seven victims were identified in 2023. Officials identified 900 victims. "
            "Three-hundred and forty one of the victims were children.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("victims_identified", 27),
        ("victims_identified", 900),
        ("victims_children", 341),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023, traffickers were subject to three to eight years of imprisonment.",
        "In 2023, a court sentenced two traffickers to three years' imprisonment, which it "
        "suspended in full.",
        "In 2023, a court sentenced one trafficker to a 4-year prison sentence, which was "
        "suspended.",
    ],
)
def test_a_prescribed_or_suspended_term_is_no_prison_term_imposed(sentence: str) -> None:
    """"subject to three to eight years" prescribes a penalty; a term the court then
    suspended ("…, which it suspended") was not served: neither is a term imposed."""
    report = report_of((PROSECUTION, sentence))
    assert not [f for f in report.figures if f.metric == "prison_term_years"]


def test_the_ages_a_count_is_between_are_no_count() -> None:
    """"women between the ages of 18 and 24": an age range, not 24 victims."""
    report = report_of(
        (
            PROTECTION,
            "Officials identified nine victims. Most identified victims were women between the "
            "ages of 18 and 24, although some were younger.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [("victims_identified", 9)]


def test_victims_identified_as_potential_victims_a_few_words_on_are_potential() -> None:
    """"identified eight men from Nepal as potential forced labor victims": potential
    victims, not eight recognised men; "164 individuals from Nepal as potential victims"
    likewise."""
    report = report_of(
        (
            PROTECTION,
            "Authorities identified eight men from Nepal as potential forced labor victims. "
            "Officials identified 164 individuals from Nepal as potential trafficking victims.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("potential_victims_identified", 8),
        ("potential_victims_identified", 164),
    ]


def test_trained_describing_what_follows_is_no_training() -> None:
    """"appointed two trained focal points, one law enforcement officer, and one
    prosecutor": "trained" describes the focal points; nobody was trained here. "The
    government trained 300 officials" still counts them."""
    report = report_of(
        (
            PREVENTION,
            "The government appointed two trained focal points, one law enforcement officer, "
            "and one prosecutor. The government trained 300 officials on victim identification.",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [("officials_trained", 300)]


def test_cases_of_both_forms_written_together_are_all_the_cases() -> None:
    """"11 new labor and sex trafficking investigations" counts every investigation; a
    breakdown's "three sex and labor trafficking cases" is a part (neither form alone)
    and a case count "including" them is no second total."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated 11 new labor and sex trafficking investigations. "
            "Authorities prosecuted 45 cases (30 sex trafficking cases, 12 labor trafficking "
            "cases, and three sex and labor trafficking cases).",
        )
    )
    assert [(metric, value) for metric, value, *_ in facts(report)] == [
        ("investigations", 11),
        ("prosecutions", 45),
        ("prosecutions_sex_trafficking", 30),
        ("prosecutions_labor_trafficking", 12),
    ]


def test_money_proposed_or_planned_is_no_funding_line() -> None:
    """"proposed to allocate 800,000 euros … each year" from 2022 to 2025 is money not
    yet given: no funding row (it was read as 2021's shelter funding); money allocated
    "which will fund" shelters is still a funding line."""
    report = report_of(
        (
            PROTECTION,
            "From 2022 to 2025, the government proposed to allocate 800,000 euros ($960,380) "
            "to the shelters each year. The government plans to allocate 20,000 euros to NGOs. "
            "The government allocated 50,000 euros ($60,000) to shelters, which will fund two "
            "new shelters.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("funding_shelter", 50_000)]


def test_more_than_an_amount_is_this_period_s_amount() -> None:
    """"allocated more than $1 million": "than" before an amount with its currency sign
    compares nothing, as "more than 100 victims" does not."""
    report = report_of(
        (
            PREVENTION,
            "In 2023, the government allocated more than $1 million for victim assistance "
            "programs. The government spent more than US$ 50,000 on shelters.",
        ),
    )
    values = [(f.metric, f.value, f.period, f.restated) for f in report.figures]
    assert ("funding_victim_assistance", 1_000_000, 2023, False) in values
    assert [v for v in values if v[1] == 50_000 and v[2] == 2023 and not v[3]]


def test_cases_said_to_remain_ongoing_or_pending_are_carried_over() -> None:
    """"six investigations remained ongoing from the previous reporting period", "12
    prosecutions were still pending", "six cases remained pending", "nine pending
    prosecutions": cases carried over, as "six ongoing investigations" are, not the year's
    new ones."""
    report = report_of(
        (
            PROSECUTION,
            "The government reported 23 trafficking investigations, compared with 30 "
            "trafficking investigations in 2021. The government reported six investigations "
            "remained ongoing from the previous reporting period. Courts convicted 10 "
            "traffickers; 12 prosecutions were still pending. Prosecutors indicted four cases, "
            "and seven cases remained pending. Courts heard nine pending prosecutions.",
        )
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("investigations", 23, 2023, False),
        ("investigations", 30, 2021, True),
        ("investigations_continued", 6, 2023, False),
        ("convictions", 10, 2023, False),
        ("prosecutions_continued", 12, 2023, False),
        ("prosecutions", 4, 2023, False),
        ("prosecutions_continued", 7, 2023, False),
        ("prosecutions_continued", 9, 2023, False),
    ]


def test_a_zero_stated_after_a_clause_that_reports_nothing_stands() -> None:
    """"did not report initiating any new prosecutions and did not convict any
    traffickers": the first "not" says nothing of the number, the second states the
    year's zero convictions (the first "not" hid it)."""
    report = report_of(
        (
            PROSECUTION,
            "The government did not report initiating any new prosecutions and did not convict "
            "any traffickers.",
        )
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 0, 2023, False)
    ]


def test_no_trafficking_related_cases_is_a_zero() -> None:
    """"no trafficking-related convictions", "any trafficking related cases": a stated zero,
    as "no trafficking convictions" is."""
    report = report_of(
        (
            PROSECUTION,
            "There were no trafficking-related convictions reported. The government did not "
            "prosecute any trafficking related cases.",
        )
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 0, 2023, False),
        ("prosecutions", 0, 2023, False),
    ]


def test_a_count_its_clause_ties_to_another_offence_is_no_trafficking_count() -> None:
    """"2,949 cases filed under the Aliens Act and 374 convictions", "convicted 12 persons
    for smuggling": counts of another offence, not trafficking convictions; a clause that
    names trafficking too keeps its count."""
    report = report_of(
        (
            PROSECUTION,
            "In 1999 there were 2,949 cases filed under the Aliens Act and 374 convictions. "
            "Courts convicted 12 persons for smuggling, and 10 traffickers. The government "
            "prosecuted eight suspects for trafficking and smuggling.",
        )
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("convictions", 10, 2023, False),
        ("prosecutions", 8, 2023, False),
    ]


def test_several_values_of_one_metric_are_paired_only_where_equal() -> None:
    """Prison terms of different cases: which old term a new one follows is not known,
    so only equal terms are paired ("4 years → 4 years"); the others are each edition's
    alone, never a "3 years → 17.5 years (+483%)" change."""
    old = tipdiff.load(
        "The government increased anti-trafficking law enforcement efforts. A court sentenced a "
        "sports official to three years in prison for child trafficking. A former police "
        "official was sentenced to four years in prison for trafficking.\n",
        year=2018,
    )
    new = tipdiff.load(
        "The government maintained anti-trafficking law enforcement efforts. A court sentenced "
        "the former police official to four years in prison for trafficking. A court sentenced "
        "two traffickers to 17 years and 16 years in prison, respectively.\n",
        year=2019,
    )
    rows = [
        (d.old.value if d.old else None, d.new.value if d.new else None)
        for d in tipdiff.compare(old, new).figures
        if d.metric == "prison_term_years" and d.basis is FigureBasis.EDITIONS
    ]
    assert (4, 4) in rows
    assert all(a is None or b is None or a == b for a, b in rows), rows


def test_a_not_before_but_denies_another_clause() -> None:
    """"did not report statistics, but prosecuted 12 traffickers": the count after ", but"
    was done."""
    report = report_of(
        (PROSECUTION, "The government did not report statistics, but prosecuted 12 traffickers."),
    )
    assert [(f.metric, f.value) for f in report.figures] == [("prosecutions", 12)]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        (
            "The two police officers each received sentences of twelve months’ imprisonment and "
            "two years’ probation.",
            [1.0],
        ),
        ("A court sentenced the trafficker to 18 months in prison.", [1.5]),
        ("A court sentenced two traffickers to three years’ imprisonment, suspended.", []),
        ("A court sentenced the trafficker to two years of probation.", []),
    ],
)
def test_probation_is_no_prison_term_and_months_in_prison_are(
    sentence: str, terms: list[float]
) -> None:
    """"two years' probation" and a term "…, suspended" were not served in prison; "twelve
    months' imprisonment" is the term imposed, one year."""
    report = report_of((PROSECUTION, sentence))
    assert [f.value for f in report.figures if f.metric == "prison_term_years"] == terms


def test_in_one_case_names_a_case_and_counts_nothing() -> None:
    """"In one case prosecuted for sex trafficking, a judge …" tells of one case; it is
    no count of prosecutions beside the year's 16."""
    report = report_of(
        (
            PROSECUTION,
            "The government prosecuted 16 suspected traffickers. In one case prosecuted for sex "
            "trafficking, a judge found the defendant guilty; in one case, the court acquitted "
            "the defendant.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("prosecutions", 16)]


def test_news_comparisons_give_each_value_its_own_year() -> None:
    """News phrasing: "42 new cases, nearly double the 22 reported in 2023" (42 is the
    year's own, 22 the year before's); "dropped from 289 in FY23 to 210 in FY24" (fiscal
    years are years); "Prosecutions increased to 44 cases"; and "increased from 12 to 20"
    is no range, 12 no figure of a year the text names."""
    report = report_of(
        (
            PROSECUTION,
            "In the past year, authorities investigated forty-two new cases, nearly double the "
            "twenty-two reported in 2023. Prosecutions increased to forty-four cases, with "
            "twenty-one convictions. Total trafficking convictions dropped from 289 in FY23 to "
            "210 in FY24. The number of labor trafficking prosecutions increased from 12 to 20.",
        ),
        year=2025,
    )
    assert [(f.metric, f.value, f.period, f.restated) for f in report.figures] == [
        ("investigations", 42, 2024, False),
        ("investigations", 22, 2023, True),
        ("prosecutions", 44, 2024, False),
        ("convictions", 21, 2024, False),
        ("convictions", 289, 2023, True),
        ("convictions", 210, 2024, False),
        ("prosecutions_labor_trafficking", 20, 2024, False),
    ]


def test_initiating_prosecution_in_cases_counts_prosecutions() -> None:
    """"the Office of the Attorney General initiated prosecution in 407 cases" starts
    prosecutions: it is no count of investigations beside the police's 258."""
    report = report_of(
        (
            PROSECUTION,
            "During the Nepali fiscal year, police conducted 258 investigations involving 524 "
            "suspects, the Office of the Attorney General initiated prosecution in 407 cases, and "
            "district courts convicted 231 traffickers in 110 cases, all under the HTTCA.",
        ),
        year=2020,
    )
    assert [(f.metric, f.value) for f in report.figures] == [
        ("investigations", 258),
        ("suspects_investigated", 524),
        ("prosecutions", 407),
        ("convictions", 231),
    ]


def test_the_previous_fiscal_year_is_the_year_before() -> None:
    report = report_of(
        (
            PROSECUTION,
            "The NPWC conducted 313 investigations under the HTTCA during the Nepali fiscal year, "
            "compared with 227 cases in the previous fiscal year.",
        ),
        year=2019,
    )
    assert [(f.value, f.period, f.restated) for f in report.figures] == [
        (313, 2018, False),
        (227, 2017, True),
    ]


def test_a_range_from_months_to_years_keeps_both_ends() -> None:
    """"ranged from three months' to 30 years' imprisonment" is 0.25–30 years, not 30."""
    report = report_of(
        (
            PROSECUTION,
            "Prison sentences upon conviction ranged from three months' to 30 years' imprisonment.",
        ),
        year=2015,
    )
    assert facts(report) == [("prison_term_years", 0.25, 30, "years", 2014)]


def test_an_undated_past_phrase_of_a_later_count_leaves_the_first_its_year() -> None:
    """"from previous reporting periods" is said of the 35 prosecutions continued, not of
    the 78 the government initiated: 78 is the reporting year's."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated prosecutions of 78 suspects, and continued prosecuting 35 "
            "suspects for unspecified forms of trafficking from previous reporting periods.",
        ),
        year=2023,
    )
    assert (find(report, "prosecutions", 2022).value, find(report, "prosecutions", 2022).restated) == (78, False)


def test_the_previous_year_of_a_named_year_is_the_year_before_it() -> None:
    """"530 victims in 2016 …; during the previous year, it reported identifying 153":
    the previous year is 2015, not the year before the edition's reporting year; a
    compared year ("compared with 94 in 2022") is not the year the sentence's count names."""
    report = report_of(
        (
            PROTECTION,
            "Authorities reported identifying and referring to care 530 trafficking victims in "
            "2016; during the previous year, it reported identifying 153 victims. The government "
            "identified 91 victims, compared with 94 in 2022; during the previous reporting "
            "period, it identified 80 potential victims.",
        ),
        year=2024,
    )
    periods = {(f.metric, f.value): f.period for f in report.figures}
    assert periods[("victims_identified", 153)] == 2015
    assert periods[("victims_identified", 530)] == 2016
    assert periods[("potential_victims_identified", 80)] == 2022


def test_a_zero_said_of_some_suspects_only_is_no_count_of_the_year() -> None:
    """"did not prosecute or convict any suspected traffickers arrested during operations
    on illegal mining camps in previous years": a zero of those suspects, not of the
    year's prosecutions and convictions; "did not convict any traffickers" still is one."""
    scoped = report_of(
        (
            PROSECUTION,
            "The government did not prosecute or convict any suspected traffickers arrested "
            "during operations on illegal mining camps in previous years.",
        )
    )
    assert [f for f in scoped.figures if f.value == 0] == []
    plain = report_of((PROSECUTION, "The government did not prosecute or convict any traffickers."))
    assert {f.metric for f in plain.figures if f.value == 0} == {"prosecutions", "convictions"}


def test_a_number_in_brackets_right_after_a_year_is_that_year_s_value() -> None:
    """"in 2019 (1266) and 2018 (1189)": each bracket holds the value of the year right
    before it, not a breakdown of the number before; a bracket with a year of its own
    ("in 2020 (12 in 2019)") keeps that year."""
    report = report_of(
        (
            PROTECTION,
            "Specialized prosecutors reported identifying 470 victims in 2020; the government "
            "provided updated data for victims identified by prosecutors in 2019 (1266) and "
            "2018 (1189).",
        ),
        (PROSECUTION, "Courts convicted 15 traffickers in 2020 (12 in 2019)."),
        year=2021,
    )
    assert facts(report) == [
        ("victims_identified", 470, None, "victims", 2020),
        ("victims_identified", 1266, None, "victims", 2019),
        ("victims_identified", 1189, None, "victims", 2018),
        ("convictions", 15, None, "traffickers", 2020),
        ("convictions", 12, None, "traffickers", 2019),
    ]


def test_the_persons_of_cases_are_counted_restated_past_a_breakdown_or_named_again() -> None:
    """The suspects of investigations are counted in a comparison ("compared to initiating
    313 investigations involving 546 suspects"), past the cases' breakdown in brackets
    ("eight investigations (six …) of 19 individuals in 2021") and where the cases are
    named again ("The 313 cases involved 546 alleged traffickers")."""
    restated = report_of(
        (
            PROSECUTION,
            "Police conducted 258 investigations, compared with initiating 313 investigations "
            "involving 546 suspects in 2022.",
        )
    )
    assert ("suspects_investigated", 546, None, "suspects", 2022) in facts(restated)
    bracketed = report_of(
        (
            PROSECUTION,
            "Police initiated 15 investigations, compared with eight investigations (six for "
            "sex trafficking and two for labor trafficking) of 19 individuals in 2021.",
        ),
        year=2023,
    )
    assert ("suspects_investigated", 19, None, "individuals", 2021) in facts(bracketed)
    named_again = report_of(
        (
            PROSECUTION,
            "The police conducted 313 investigations during the fiscal year. The 313 cases "
            "involved 546 alleged traffickers, of whom 447 had been arrested.",
        )
    )
    assert facts(named_again) == [
        ("investigations", 313, None, "investigations", 2023),
        ("suspects_investigated", 546, None, "traffickers", 2023),
    ]
    # cases counted before as both investigations and prosecutions: whose persons is unsaid
    unsaid = report_of(
        (
            PROSECUTION,
            "Police investigated 12 cases and prosecuted 12 cases. The 12 cases involved 20 "
            "suspects.",
        )
    )
    assert [f.value for f in unsaid.figures] == [12, 12]


def test_a_group_who_were_victims_of_both_forms_is_a_part_of_the_group() -> None:
    """"four adults who were victims of both sex trafficking and forced labor" counts
    those exploited in both forms, not the adults identified; a group whose relative
    clause names one form still counts, and the next item's "both" is its own."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 276 victims. The government also identified four "
            "adults who were victims of both sex trafficking and forced labor. It identified 12 "
            "women who were victims of sex trafficking and four men who were victims of both.",
        )
    )
    assert facts(report) == [
        ("victims_identified", 276, None, "victims", 2023),
        ("victims_women", 12, None, "victims", 2023),
    ]


def test_a_part_of_the_victims_with_none_of_the_other_part_is_all_of_them() -> None:
    """"identified 28 female victims and no male victims": 28 is also all the victims
    identified, the figure a later edition's total is compared with; "30 women and no
    men" leaves girls and boys unsaid, "two Paraguayan victims and no foreign national
    victims" those identified abroad."""
    report = report_of(
        (
            PROTECTION,
            "The government identified 28 female victims and no male victims, compared with 20 "
            "victims identified during the previous reporting period. In another region, "
            "officials identified 30 women and no men. Authorities only identified two "
            "Testlandish victims and no foreign national victims.",
        )
    )
    assert facts(report) == [
        ("victims_female", 28, None, "victims", 2023),
        ("victims_identified", 28, None, "victims", 2023),
        ("victims_identified", 20, None, "victims", 2022),
        ("victims_women", 30, None, "victims", 2023),
        ("victims_domestic", 2, None, "victims", 2023),
    ]


def test_a_zero_said_of_two_years_is_each_year_s() -> None:
    """"compared with no convictions in 2021 or 2020": none in either year."""
    report = report_of(
        (
            PROSECUTION,
            "Courts convicted three traffickers, compared with no convictions in 2021 or 2020, "
            "and 18 in 2019.",
        ),
        year=2023,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("convictions", 3, 2022),
        ("convictions", 0, 2021),
        ("convictions", 0, 2020),
        ("convictions", 18, 2019),
    ]


def test_a_dash_opens_the_parts_of_the_count_before_it() -> None:
    """"initiated 14 trafficking investigations—three for sex trafficking and 11 for
    forced labor—" breaks the 14 down, as a comma does ("convicted 97 individuals, 50
    for sex trafficking …"); so does a spaced dash in news wording."""
    report = report_of(
        (
            PROSECUTION,
            "Police initiated 14 trafficking investigations—three for sex trafficking and 11 for "
            "forced labor—similar to 15 investigations in the previous reporting period. Courts "
            "convicted 20 traffickers – 12 for sex trafficking and eight for labor trafficking – "
            "in 2023.",
        ),
        year=2019,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("investigations", 14, 2018),
        ("investigations_sex_trafficking", 3, 2018),
        ("investigations_labor_trafficking", 11, 2018),
        ("investigations", 15, 2017),
        ("convictions", 20, 2023),
        ("convictions_sex_trafficking", 12, 2023),
        ("convictions_labor_trafficking", 8, 2023),
    ]


def test_a_count_joined_by_and_after_the_breakdown_of_the_one_before() -> None:
    """"740 sex trafficking victims (490 women, …) and 537 labor trafficking victims":
    the brackets between the two counts leave the "and" joining them."""
    report = report_of(
        (
            PROTECTION,
            "The government reported identifying 1,277 victims – 740 sex trafficking victims (490 "
            "women, 37 men, 148 girls and 65 boys) and 537 labor trafficking victims (119 men and "
            "418 women) – lower than the 1,802 victims identified the previous year.",
        ),
        year=2023,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("victims_identified", 1277, 2022),
        ("victims_sex_trafficking", 740, 2022),
        ("victims_women_sex_trafficking", 490, 2022),
        ("victims_men_sex_trafficking", 37, 2022),
        ("victims_girls_sex_trafficking", 148, 2022),
        ("victims_boys_sex_trafficking", 65, 2022),
        ("victims_labor_trafficking", 537, 2022),
        ("victims_men_labor_trafficking", 119, 2022),
        ("victims_women_labor_trafficking", 418, 2022),
        ("victims_identified", 1802, 2021),
    ]


def test_forms_listed_after_including_break_down_the_figure_before_the_list() -> None:
    """"investigations into 1,242 cases, including 511 sex trafficking cases, 282 labor
    trafficking cases, and 449 cases of unspecified forms": 511 and 282 are the sex and
    labor trafficking parts of 1,242; an item with a qualifier of its own ("involving
    children"), an item after it, and parts adding up to more than the figure are not."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated investigations into 1,242 cases, including 511 sex "
            "trafficking cases, 282 labor trafficking cases, and 449 cases of unspecified forms of "
            "trafficking. It prosecuted 78 suspects, including 67 suspects for sex trafficking and "
            "11 suspects for labor trafficking. Courts convicted 20 traffickers, including four sex "
            "trafficking cases involving children and three for labor trafficking. Police "
            "investigated 12 cases in 2023, including 10 for sex trafficking and five for labor "
            "trafficking.",
        ),
        year=2024,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("investigations", 1242, 2023),
        ("investigations_sex_trafficking", 511, 2023),
        ("investigations_labor_trafficking", 282, 2023),
        ("prosecutions", 78, 2023),
        ("prosecutions_sex_trafficking", 67, 2023),
        ("prosecutions_labor_trafficking", 11, 2023),
        ("convictions", 20, 2023),
        ("investigations", 12, 2023),
    ]


def test_a_list_after_including_ends_where_its_clause_goes_on_with_a_verb() -> None:
    """"…, including 67 suspects for sex trafficking …, and continued prosecuting 35
    suspects … from previous reporting periods": 35 is no listed detail but the cases
    carried over, as "continued to prosecute" carries them."""
    report = report_of(
        (
            PROSECUTION,
            "The government initiated prosecutions of 78 suspects, including 67 suspects for sex "
            "trafficking and 11 suspects for labor trafficking, and continued prosecuting 35 "
            "suspects for unspecified forms of trafficking from previous reporting periods. "
            "Police also continued investigating six cases.",
        ),
        year=2024,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("prosecutions", 78, 2023),
        ("prosecutions_sex_trafficking", 67, 2023),
        ("prosecutions_labor_trafficking", 11, 2023),
        ("prosecutions_continued", 35, 2023),
        ("investigations_continued", 6, 2023),
    ]


def test_cases_that_led_to_convictions_count_convictions() -> None:
    """"18 cases led to convictions, 10 for sex trafficking and eight for labor
    trafficking": the cases whose outcome was a conviction count convictions."""
    report = report_of(
        (
            PROSECUTION,
            "The government investigated 35 cases of suspected trafficking in 2013. Of these, just "
            "18 cases led to convictions, 10 for sex trafficking and eight for labor trafficking, "
            "a decline from 44 convictions in 2012. Nine cases resulted in convictions in 2012.",
        ),
        year=2014,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("investigations", 35, 2013),
        ("convictions", 18, 2013),
        ("convictions_sex_trafficking", 10, 2013),
        ("convictions_labor_trafficking", 8, 2013),
        ("convictions", 44, 2012),
        ("convictions", 9, 2012),
    ]


def test_a_count_in_an_aside_after_its_noun_is_that_count_of_the_aside_s_year() -> None:
    """News wording: "Convictions – three traffickers last year – also fell from four in
    2015 and 15 in 2014": the aside after "Convictions" gives their count, in the
    reporting year (2015 is past the aside); the change goes on past the aside."""
    report = report_of(
        (
            PROSECUTION,
            "Convictions – three traffickers last year – also fell from four in 2015 and 15 in "
            "2014, the report said.",
        ),
        year=2017,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("convictions", 3, 2016),
        ("convictions", 4, 2015),
        ("convictions", 15, 2014),
    ]


def test_a_comparison_in_an_aside_ends_with_the_aside() -> None:
    """"tripling convictions - 25 up from eight last year - and identifying 585
    potential victims": 25 is this period's convictions, eight the previous period's,
    and 585 is no restated value but this period's potential victims."""
    report = report_of(
        (
            PROTECTION,
            "The report credited the government with tripling convictions - 25 up from eight last "
            "year - and identifying 585 potential victims, which represented a 40% rise on the "
            "previous reporting period.",
        ),
        year=2020,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("convictions", 25, 2019),
        ("convictions", 8, 2018),
        ("potential_victims_identified", 585, 2019),
    ]


def test_a_zero_after_complicit_officials_are_named_is_theirs() -> None:
    """"While the government initiated an investigation into two allegedly complicit
    officials …, for the fifth consecutive year it did not secure any convictions": once
    the sentence names complicit officials, a zero in it counts theirs, not the period's
    total; "did not report any investigations, prosecutions, or convictions of government
    employees complicit in trafficking" says nothing of the period's either."""
    report = report_of(
        (
            PROSECUTION,
            "Authorities convicted fewer traffickers. Reports of officials complicit in human "
            "trafficking persisted. While the government initiated an investigation into two "
            "allegedly complicit officials during the reporting period, for the fifth "
            "consecutive year it did not secure any convictions. The government did not report "
            "any investigations, prosecutions, or convictions of government employees complicit "
            "in trafficking. Despite official complicity, courts convicted 12 traffickers.",
        ),
        year=2022,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [("convictions", 12, 2021)]


def test_a_number_of_years_a_span_of_time_takes_is_no_prison_term() -> None:
    """"…, convicting, and sentencing more traffickers …, constituting the first
    quantitative enforcement increase in six years": "in six years" (as "over the past
    five years", "for six consecutive years") is a span of time, never a sentence; a
    prison word right after the years makes them a term again."""
    report = report_of(
        (
            PROSECUTION,
            "These efforts included investigating, prosecuting, convicting, and sentencing "
            "significantly more traffickers than the previous reporting period, constituting the "
            "first quantitative enforcement increase in six years. Courts sentenced traffickers "
            "to prison for six consecutive years. Over the past five years, courts sentenced "
            "traffickers to prison. One case resulted in seven years in prison.",
        ),
        year=2021,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("prison_term_years", 7, 2020)
    ]


def test_victims_found_in_one_operation_are_no_total() -> None:
    """"Authorities inspected thousands of … establishments … but only identified two
    victims": victims found in inspections, raids or one operation are that operation's
    yield, a part of the period's total, not the total identified."""
    report = report_of(
        (
            PROTECTION,
            "The government also identified and assisted more victims. Authorities inspected "
            "thousands of the most at-risk establishments for sex trafficking but only identified "
            "two victims, despite widespread prevalence at such sites. Police identified 12 "
            "victims during raids on karaoke bars. In one operation, police identified 30 victims "
            "and referred them to shelters. Overall, the government identified 310 victims.",
        ),
        year=2023,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("victims_identified", 310, 2022)
    ]


def test_persons_a_court_sentenced_count_convictions() -> None:
    """2004 wording: "the government sentenced six defendants for trafficking": the
    persons sentenced were convicted; not when the sentence, or the text before it,
    states the period's convictions ("convicted 10 traffickers and sentenced eight to
    prison", "Courts sentenced three traffickers" after "convicted three individuals")."""
    old_style = report_of(
        (
            PROSECUTION,
            "During the reporting period, the government sentenced six defendants for "
            "trafficking, including two police officers, up to four years and two months in "
            "prison. The government also initiated eight prosecutorial investigations.",
        ),
        year=2004,
    )
    assert [(f.metric, f.value, f.period) for f in old_style.figures] == [
        ("convictions", 6, 2003),
        ("investigations", 8, 2003),
    ]
    stated = report_of(
        (
            PROSECUTION,
            "Courts convicted 10 traffickers and sentenced eight to prison. In 2022, courts "
            "convicted three individuals. In 2022, courts sentenced three traffickers to prison.",
        ),
        year=2024,
    )
    assert [(f.metric, f.value, f.period) for f in stated.figures] == [
        ("convictions", 10, 2023),
        ("convictions", 3, 2022),
    ]


def test_a_count_without_a_noun_takes_the_noun_of_the_next_count() -> None:
    """"investigated 122 sex and 168 labor trafficking cases": a count whose words name
    no noun, joined by "and" to a count that has one, counts that noun with its own words
    (122 sex trafficking cases; "one confirmed and 183 potential trafficking victims":
    one confirmed victim, not a potential one)."""
    report = report_of(
        (
            PROSECUTION,
            "The government investigated 122 sex and 168 labor trafficking cases last year, a "
            "decrease from 181 sex and 265 labor cases in 2015. The government identified one "
            "confirmed and 183 potential trafficking victims during law enforcement "
            "investigations.",
        ),
        year=2017,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("investigations_sex_trafficking", 122, 2016),
        ("investigations_labor_trafficking", 168, 2016),
        ("investigations_sex_trafficking", 181, 2015),
        ("investigations_labor_trafficking", 265, 2015),
        ("victims_identified", 1, 2016),
        ("potential_victims_identified", 183, 2016),
    ]


def test_the_part_of_the_cases_that_ended_in_convictions_counts_convictions() -> None:
    """"prosecuted 23 child sex trafficking cases, three of which resulted in
    convictions": the part of the cases counted right before that ended in convictions
    is the convictions (of those cases' form); another part ("two of which involved
    children") is no figure."""
    report = report_of(
        (
            PROSECUTION,
            "Authorities prosecuted 23 child sex trafficking cases, three of which "
            "resulted in convictions; these cases involved seven traffickers and 61 victims. "
            "Police investigated 40 cases, two of which involved children.",
        ),
        year=2017,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("prosecutions_sex_trafficking", 23, 2016),
        ("convictions_sex_trafficking", 3, 2016),
        ("investigations", 40, 2016),
    ]


def test_convicted_persons_another_verb_governs_are_no_convictions() -> None:
    """"convicting more traffickers, ordering two convicted traffickers to pay
    restitution": persons the noun calls convicted, governed by another verb than a
    conviction's, are some of those convicted, not the period's convictions (probe s
    Australia 2022)."""
    report = report_of(
        (
            PROSECUTION,
            "These efforts included convicting more traffickers, ordering two convicted "
            "traffickers to pay restitution to a victim, and increasing funding to NGOs. Courts "
            "convicted 12 traffickers.",
        ),
        year=2022,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [("convictions", 12, 2021)]


def test_a_count_another_country_is_the_subject_of_is_not_the_text_s() -> None:
    """"It said that Brazil has completed no prosecutions" in a story about another
    country: a count whose subject is a named country other than the text's is that
    country's; one the text's own country is the subject of, or a country a preposition
    ties to another word ("officials in Thailand identified"), stays."""
    sentences = (
        "It said that Brazil has completed no prosecutions under a 2016 anti-trafficking "
        "statute. Brazil convicted 10 traffickers and identified 40 victims. Officials in "
        "Thailand identified 30 victims. The Government of Brazil convicted 12 traffickers."
    )
    for country in ("Testland", None):
        report = report_of((PROSECUTION, sentences), year=2024, country=country)
        assert [(f.metric, f.value) for f in report.figures] == [("victims_identified", 30)]
    own = report_of((PROSECUTION, sentences), year=2024, country="Brazil")
    assert [(f.metric, f.value) for f in own.figures] == [
        ("prosecutions", 0),
        ("convictions", 10),
        ("victims_identified", 40),
        ("victims_identified", 30),
        ("convictions", 12),
    ]


def test_a_prison_term_for_another_offence_is_no_trafficking_sentence() -> None:
    """"sentenced to 27 years in prison on a conviction of plotting a coup": a term the
    sentence gives for another offence (coup, fraud, murder, drugs …) is not a
    trafficking sentence; a term for trafficking stays."""
    report = report_of(
        (
            PROSECUTION,
            "The former president has been sentenced to 27 years in prison on a conviction of "
            "plotting a coup. A court sentenced one official to 12 years in prison for fraud. A "
            "court sentenced a trafficker to 14 years in prison.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("prison_term_years", 14)]


def test_a_count_over_a_span_of_years_is_no_key_figure() -> None:
    """"between 2005 and 2011 the foreign ministry identified more than 300 … victims":
    a total of several years is no year's count, and no key figure (probe s Brazil
    2013); a zero over them ("no convictions to date") is none in any year, and cases
    carried over into the period are its own."""
    report = report_of(
        (
            PROSECUTION,
            "Authorities reported that between 2005 and 2011 the foreign ministry identified "
            "more than 300 victims. From 2015 to 2020, courts convicted 45 traffickers. There "
            "have been no convictions to date. Since 2019, the government has continued to "
            "prosecute 11 defendants.",
        ),
        year=2022,
    )
    assert [(f.metric, f.value, f.period) for f in report.figures] == [
        ("convictions", 0, None),
        ("prosecutions_continued", 11, 2021),
    ]


def test_citizen_victims_found_abroad_are_no_citizens_breakdown() -> None:
    """"300 Brazilian sex trafficking victims abroad": the country's citizens found in
    other countries are a part of its citizen victims no breakdown names, not its
    domestic victims; those identified at home are."""
    report = report_of(
        (
            PROTECTION,
            "The foreign ministry identified 30 Testlandish sex trafficking victims abroad. "
            "Police identified 25 Testlandish victims.",
        )
    )
    assert [(f.metric, f.value) for f in report.figures] == [("victims_domestic", 25)]
