"""Timeline: one country across several editions (tiers, figures, recommendations, verdicts).

The seed tests run on the five Azerbaijan editions; the series, chart and clustering
code is also tested on hand-built Figures and synthetic Reports so those tests do not
depend on how well extraction works.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

import tipdiff
from tipdiff.align import RECOMMENDATION_THRESHOLD, match_recommendations
from tipdiff.errors import UsageError
from tipdiff.model import (
    Figure,
    Movement,
    RecommendationStatus,
    Report,
    SectionName,
    Tier,
    Verdict,
)
from tipdiff.segment import SectionBlock, build_report
from tipdiff.timeline import (
    SIMILARITY_THRESHOLD,
    FigureSeries,
    Timeline,
    build_timeline,
    render_timeline_html,
    render_timeline_pdf,
    svg_chart,
    timeline_view,
)

from .conftest import SEEDS

SVG = "{http://www.w3.org/2000/svg}"

# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def seed_reports() -> tuple[Report, ...]:
    return tuple(tipdiff.load(path) for path in sorted(SEEDS.glob("*.txt")))


@pytest.fixture(scope="module")
def seed_timeline(seed_reports: tuple[Report, ...]) -> Timeline:
    return build_timeline(seed_reports)


def fig(
    metric: str,
    value: float,
    period: int | None,
    *,
    restated: bool = False,
    index: int = 0,
    currency: str | None = None,
    unit: str | None = "victims",
    high: float | None = None,
) -> Figure:
    return Figure(
        metric=metric,
        value=value,
        unit=None if currency else unit,
        currency=currency,
        period=period,
        section=SectionName.PROTECTION,
        sentence=f"The government identified {value:g} victims.",
        sentence_index=index,
        value_high=high,
        quote=f"{value:g} victims",
        restated=restated,
    )


def report(
    year: int | None,
    *,
    recommendations: Sequence[str] = (),
    figures: Sequence[Figure] = (),
    country: str | None = "Ruritania",
    tier: Tier | None = None,
    source: str | None = None,
    verdicts: dict[SectionName, Verdict] | None = None,
) -> Report:
    """A synthetic Report: a recommendations section when there are any, else protection."""
    if recommendations:
        blocks = [SectionBlock(SectionName.RECOMMENDATIONS, (" ".join(recommendations),))]
    else:
        blocks = [SectionBlock(SectionName.PROTECTION, ("The government maintained efforts.",))]
    built = build_report(
        blocks, recommendations=tuple(recommendations), year=year, country=country, tier=tier
    )
    return dataclasses.replace(
        built,
        figures=tuple(figures),
        source=source or f"ruritania-{year}.txt",
        verdicts=verdicts or {},
    )


# --------------------------------------------------------------------------- seeds


def test_seed_tier_history_shows_unknowns_as_unknown(seed_timeline: Timeline) -> None:
    rows = [(t.edition, t.label) for t in seed_timeline.tiers]
    assert rows == [
        ("2009", "Tier 2 Watch List"),
        ("2015", "unknown"),
        ("2021", "unknown"),
        ("2023", "Tier 2"),
        ("2024", "Tier 2"),
    ]
    assert seed_timeline.tier_path == (
        "Tier 2 Watch List (2009) → unknown (2015, 2021) → Tier 2 (2023, 2024)"
    )
    by_edition = {t.edition: t for t in seed_timeline.tiers}
    assert by_edition["2009"].movement is None
    assert by_edition["2015"].movement is None and by_edition["2015"].tier is None
    assert by_edition["2023"].movement == Movement.UPGRADE
    assert (by_edition["2023"].since, by_edition["2023"].previous) == ("2009", "Tier 2 Watch List")
    assert by_edition["2024"].movement == Movement.UNCHANGED
    assert seed_timeline.country == "Azerbaijan"
    assert seed_timeline.warnings == ()


def test_seed_victims_identified_series_has_every_edition_that_states_it(
    seed_reports: tuple[Report, ...], seed_timeline: Timeline
) -> None:
    stating = [
        str(r.year)
        for r in seed_reports
        if any(f.metric == "victims_identified" for f in r.figures)
    ]
    # The 2009 ("identified 121 victims"), 2021 ("identified 94 victims (91 in 2019)")
    # and 2024 ("identified 91 victims, compared with 94 victims in 2022") texts say it.
    assert {"2009", "2021", "2024"} <= set(stating)
    (series,) = seed_timeline.series_for("victims_identified")
    assert list(series.editions) == stating
    sources = {p.edition for p in series.points} | {
        o.edition for p in series.points for o in p.others
    }
    assert sources == set(stating)
    values = {p.period: (p.value, p.restated, p.edition) for p in series.points}
    assert values[2008] == (121, False, "2009")
    assert values[2020] == (94, False, "2021")
    assert values[2023] == (91, False, "2024")
    assert values[2019] == (91, True, "2021")
    assert values[2022] == (94, True, "2024")
    assert [p.period for p in series.points] == sorted(values)


def test_seed_verdicts_per_section(
    seed_reports: tuple[Report, ...], seed_timeline: Timeline
) -> None:
    assert [row.edition for row in seed_timeline.verdicts] == [
        "2009",
        "2015",
        "2021",
        "2023",
        "2024",
    ]
    for rep, row in zip(seed_reports_sorted(seed_reports), seed_timeline.verdicts, strict=True):
        for cell in row.cells:
            expected = rep.verdicts.get(cell.section)
            assert cell.phrase == (None if expected is None else expected.phrase)
            assert cell.section_in_text == (cell.section in rep.sections)
    html = render_timeline_html(seed_timeline)
    verdicts_part = html[html.index('id="verdicts"') :]
    assert "section not in this text" in verdicts_part  # the 2023 excerpt has no P sections
    assert "—" in verdicts_part


def seed_reports_sorted(reports: Sequence[Report]) -> list[Report]:
    return sorted(reports, key=lambda r: r.year or 0)


def test_seed_recommendations_persist_from_2023_to_2024(seed_timeline: Timeline) -> None:
    threads = seed_timeline.recommendations
    restitution = [t for t in threads if "restitution" in t.text]
    assert len(restitution) == 1
    assert restitution[0].editions == ("2023", "2024")
    assert restitution[0].summary == "recommended in every edition since 2023 (2 of 4)"
    states = {p.edition: p.state for p in restitution[0].presence}
    assert states == {
        "2009": "absent",
        "2015": "absent",
        "2021": "not_in_text",
        "2023": "present",
        "2024": "present",
    }
    assert all(t.of == 4 for t in threads)  # the 2021 fragment lists none: not counted


_LINKING = {
    RecommendationStatus.CARRIED,
    RecommendationStatus.REWORDED,
    RecommendationStatus.MERGED,
    RecommendationStatus.SPLIT,
}


def test_seed_timeline_claims_nothing_the_briefs_matcher_would_not(
    seed_reports: tuple[Report, ...], seed_timeline: Timeline
) -> None:
    """Issue 17: every "recommended in every edition since YEAR" (and every thread joining
    two consecutive editions) rests on a carried / reworded / merged / split entry of
    the brief of those two editions."""
    by_year = {r.year: r for r in seed_reports}
    listing = [y for y in sorted(by_year) if by_year[y].recommendations]
    briefs = {
        (a, b): tipdiff.compare(by_year[a], by_year[b]).recommendations
        for a, b in itertools.pairwise(listing)
    }
    claims = 0
    for thread in seed_timeline.recommendations:
        ranks: dict[int, set[int]] = {}
        for wording in thread.wordings:
            ranks.setdefault(int(wording.edition), set()).add(wording.rank)
        years = sorted(ranks)
        if "every edition since" in thread.summary:
            claims += 1
            since = int(thread.summary.split("since ")[1][:4])
            assert years == [y for y in listing if y >= since]
        for a, b in itertools.pairwise(years):
            if listing.index(b) != listing.index(a) + 1:
                continue  # across a gap: only word-for-word restatements join
            assert any(
                m.status in _LINKING and ranks[a] & set(m.old_rank) and ranks[b] & set(m.new_rank)
                for m in briefs[(a, b)]
            ), (thread.summary, thread.wordings)
    assert claims == 9  # prosecution and training since 2009, funding since 2015, six since 2023
    # The 2015 State Migration Service recommendation is not the 2023 Labor Inspectorate one.
    (labor,) = [t for t in seed_timeline.recommendations if "Labor Inspectorate" in t.text]
    assert labor.summary == "recommended in every edition since 2023 (2 of 4)"
    assert not any("State Migration Service" in w.text for w in labor.wordings)


def test_a_recommendation_to_another_named_body_is_another_thread() -> None:
    migration = (
        "Strengthen the capacity of the State Migration Service to identify and refer victims."
    )
    labor = "Strengthen the capacity of the Labor Inspectorate to identify and refer victims."
    timeline = build_timeline(
        [
            report(2015, recommendations=[migration]),
            report(2023, recommendations=[labor]),
            report(2024, recommendations=[labor]),
        ]
    )
    assert [(t.editions, t.summary) for t in timeline.recommendations] == [
        (("2023", "2024"), "recommended in every edition since 2023 (2 of 3)"),
        (("2015",), "only in 2015"),
    ]


def test_given_links_are_used_and_nothing_is_matched(
    seed_reports: tuple[Report, ...], seed_timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_year = {r.year: r for r in seed_reports}
    links = {
        (a, b): match_recommendations(by_year[a].recommendations, by_year[b].recommendations)
        for a, b in ((2009, 2015), (2015, 2023), (2023, 2024))
    }
    from tipdiff.timeline import threads

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("matched although the links were given")

    monkeypatch.setattr(threads, "match_recommendations", refuse)
    given = build_timeline(seed_reports, links=links)
    assert given.to_dict() == seed_timeline.to_dict()
    # Links of other lists (a stale archive) are not trusted: those pairs are matched.
    monkeypatch.undo()
    stale = {(2023, 2024): links[(2009, 2015)]}
    assert build_timeline(seed_reports, links=stale).to_dict() == seed_timeline.to_dict()


def test_seed_html_page(seed_timeline: Timeline) -> None:
    html = render_timeline_html(seed_timeline)
    assert html.startswith("<!DOCTYPE html>")
    assert "Tier 2 Watch List (2009) → unknown (2015, 2021) → Tier 2 (2023, 2024)" in html
    assert (
        "<link" not in html
        and "<script" not in html
        and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    for svg in re.findall(r"<svg\b.*?</svg>", html, flags=re.S):
        ET.fromstring(svg)
    assert html.count("<svg") == len(timeline_view(seed_timeline).charts) >= 2
    assert render_timeline_html(seed_timeline) == html  # deterministic
    json.dumps(seed_timeline.to_dict())


@pytest.mark.pdf
def test_seed_pdf_shows_the_tier_history(seed_timeline: Timeline, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    out = tmp_path / "timeline.pdf"
    render_timeline_pdf(seed_timeline, out, paper="letter")
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Tier history" in text
    assert "Tier 2 Watch List (2009) → unknown (2015, 2021) → Tier 2 (2023, 2024)" in text
    for year in ("2009", "2015", "2021", "2023", "2024"):
        assert year in text
    assert "upgrade from Tier 2 Watch List (2009)" in text
    assert "page 1 of" in text
    assert reader.metadata is not None and "Azerbaijan" in str(reader.metadata.title)
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.pdf"]  # no temp file left


def test_pdf_paper_is_checked(seed_timeline: Timeline, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="paper"):
        render_timeline_pdf(seed_timeline, tmp_path / "t.pdf", paper="a3")
    assert not (tmp_path / "t.pdf").exists()


# --------------------------------------------------------------------------- figures


def test_series_prefers_own_figures_and_fills_earlier_years_with_restated_ones() -> None:
    reports = [
        report(
            2021,
            figures=[
                fig("victims_identified", 94, 2020),
                fig("victims_identified", 91, 2019, restated=True, index=1),
            ],
        ),
        report(2020, figures=[fig("victims_identified", 90, 2019)]),  # the 2019 own figure
        report(
            2024,
            figures=[
                fig("victims_identified", 91, 2023),
                fig("victims_identified", 94, 2022, restated=True, index=1),
                fig("victims_identified", 7, 2023, index=5),
            ],
        ),  # later mention
        report(2023, figures=[]),
    ]
    timeline = build_timeline(reports)
    (series,) = timeline.series_for("victims_identified")
    assert series.editions == ("2020", "2021", "2024")
    points = {p.period: p for p in series.points}
    assert [p.period for p in series.points] == [2019, 2020, 2022, 2023]
    assert (points[2019].value, points[2019].edition, points[2019].restated) == (90, "2020", False)
    assert points[2019].revised  # the 2021 edition restates 91 for 2019
    (other,) = points[2019].others
    assert (other.edition, other.value, other.agrees, other.restated) == ("2021", 91, False, True)
    assert (points[2022].value, points[2022].restated, points[2022].edition) == (94, True, "2024")
    assert points[2023].value == 91  # the first mention, not the later breakdown
    view = timeline_view(timeline)
    (chart,) = view.charts
    assert any("⚠ 2021 says 91 victims" in row.note for row in chart.rows)


def test_series_split_by_currency_and_undated_figures_skipped() -> None:
    reports = [
        report(
            2022,
            figures=[
                fig("funding_ngo", 100_000, 2021, currency="manat"),
                fig("funding_ngo", 50_000, 2021, currency="USD", index=1),
                fig("victims_identified", 5, None, index=2),
            ],
        ),
        report(2023, figures=[fig("funding_ngo", 120_000, 2022, currency="manat")]),
        report(None, figures=[fig("victims_identified", 8, 2020)], source="undated.txt"),
    ]
    timeline = build_timeline(reports)
    keys = [s.key for s in timeline.series]
    assert keys == ["funding_ngo-manat", "funding_ngo-usd"]
    assert timeline.series_for("victims_identified") == ()
    assert any("undated.txt states no edition year" in w for w in timeline.warnings)
    assert timeline.editions[-1].label == "undated (undated.txt)"


def _series(points: Sequence[Figure]) -> FigureSeries:
    reports = [report(f.period + 1 if f.period else None, figures=[f]) for f in points]
    (series,) = build_timeline(reports).series
    return series


def test_svg_chart_is_well_formed_and_accessible() -> None:
    series = _series(
        [
            fig("victims_identified", 121, 2008),
            fig("victims_identified", 91, 2019, restated=True),
            fig("victims_identified", 94, 2020),
            fig("victims_identified", 1_234_567, 2023),
        ]
    )
    svg = svg_chart(series, ident="t1")
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t1-t t1-d"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.text == "Victims identified, 2008–2023"
    assert desc is not None and desc.text is not None
    assert "2019: 91 victims (restated in the 2020 edition)" in desc.text
    assert "2023: 1,234,567 victims (2024 edition)" in desc.text
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for label in ("2008", "2019", "2020", "2023", "121", "91", "94", "1.23M"):
        assert label in texts
    assert len(list(root.iter(f"{SVG}circle"))) == 3  # own figures
    assert len(list(root.iter(f"{SVG}rect"))) == 1  # the restated one
    dashed = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(dashed) == 2  # 2008 → 2019 and 2020 → 2023 cross years with no figure
    assert svg_chart(series, ident="t1") == svg  # deterministic


def test_svg_chart_escapes_labels_and_draws_ranges() -> None:
    series = _series(
        [
            fig('a<b>&"c', 1, 2010, high=8, unit="years"),
            fig('a<b>&"c', 8, 2011, high=18, unit="years"),
        ]
    )
    svg = svg_chart(series)
    root = ET.fromstring(svg)
    title = root.find(f"{SVG}title")
    assert title is not None and title.text is not None and "<b>" in title.text
    assert "<b>" not in svg
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "1–8" in texts and "8–18" in texts
    with pytest.raises(ValueError):
        svg_chart(dataclasses.replace(series, points=()))


# --------------------------------------------------------------------------- recommendations

PROSECUTE = "Vigorously investigate and prosecute trafficking crimes and convict traffickers."
PROSECUTE_2 = (
    "Vigorously investigate and prosecute trafficking crimes, including complicit officials, "
    "and convict traffickers."
)
SHELTER = "Increase funding to NGO-run shelters providing victim support services."
SHELTER_2 = "Increase and allocate adequate funding to NGO-run shelters providing victim services."
TRAIN = "Train judges on restitution in criminal cases."
LABOR = "Lift the moratorium on scheduled and unannounced labor inspections."
NEW = "Adopt procedures to protect potential child victims, including referral procedures."


@pytest.fixture(scope="module")
def synthetic() -> Timeline:
    return build_timeline(
        [
            report(2023, recommendations=[PROSECUTE_2, SHELTER_2, TRAIN]),
            report(2009, recommendations=[PROSECUTE, TRAIN, LABOR]),
            report(2021),  # a fragment with no recommendations
            report(2015, recommendations=[PROSECUTE, SHELTER]),
            report(2024, recommendations=[NEW, SHELTER_2, PROSECUTE_2]),
        ]
    )


def _thread(timeline: Timeline, words: str) -> tuple[str, tuple[str, ...], str]:
    (thread,) = [t for t in timeline.recommendations if words in t.text]
    return thread.summary, thread.editions, thread.text


def test_persistent_recommendations(synthetic: Timeline) -> None:
    assert [e.label for e in synthetic.editions] == ["2009", "2015", "2021", "2023", "2024"]
    assert _thread(synthetic, "Vigorously") == (
        "recommended in every edition since 2009",
        ("2009", "2015", "2023", "2024"),
        PROSECUTE_2,  # the newest wording
    )
    assert _thread(synthetic, "NGO-run") == (
        "recommended in every edition since 2015 (3 of 4)",
        ("2015", "2023", "2024"),
        SHELTER_2,
    )
    assert _thread(synthetic, "restitution")[:2] == (
        "in 2 of 4 editions (2009, 2023); not since 2023",
        ("2009", "2023"),
    )
    assert _thread(synthetic, "moratorium")[:2] == ("only in 2009", ("2009",))
    assert _thread(synthetic, "child victims")[:2] == ("new in 2024", ("2024",))
    first = synthetic.recommendations[0]
    assert first.text == PROSECUTE_2 and first.count == 4 and first.of == 4
    assert [p.state for p in first.presence] == [
        "present",
        "present",
        "not_in_text",
        "present",
        "present",
    ]
    assert [p.ranks for p in first.presence] == [(1,), (1,), (), (1,), (3,)]


def _linked(old: str, new: str) -> bool:
    (match, *_) = match_recommendations([old], [new])
    return match.status in (RecommendationStatus.CARRIED, RecommendationStatus.REWORDED)


def test_recommendation_threshold_is_the_briefs_and_applied() -> None:
    assert SIMILARITY_THRESHOLD == RECOMMENDATION_THRESHOLD  # one matcher, one threshold
    assert _linked(PROSECUTE, PROSECUTE_2) and _linked(SHELTER, SHELTER_2)
    assert not _linked(PROSECUTE, TRAIN)
    assert _linked("Train JUDGES.", "train judges")
    strict = build_timeline(
        [
            report(2015, recommendations=[PROSECUTE]),
            report(2023, recommendations=[PROSECUTE_2]),
            report(2024, recommendations=[PROSECUTE_2]),
        ],
        threshold=0.99,
    )
    assert [t.editions for t in strict.recommendations] == [("2023", "2024"), ("2015",)]


def test_merged_recommendation_stays_one_thread() -> None:
    merged = f"{LABOR[:-1]} and train judges on restitution in criminal cases."
    timeline = build_timeline(
        [
            report(2022, recommendations=[LABOR, TRAIN]),
            report(2023, recommendations=[LABOR, TRAIN]),
            report(2024, recommendations=[merged]),
        ]
    )
    (thread,) = timeline.recommendations
    assert thread.editions == ("2022", "2023", "2024")
    assert thread.presence[0].ranks == (1, 2)
    assert thread.text == merged


def test_recommendations_html(synthetic: Timeline) -> None:
    html = render_timeline_html(synthetic)
    assert "recommended in every edition since 2009" in html
    assert "Not in that text: the 2021 text holds no recommendations" in html
    assert "n/a" in html
    assert "New in 2024 (1)" in html and "Only in 2009 (1)" in html


# --------------------------------------------------------------------------- warnings, safety


def test_warns_about_countries_and_duplicate_editions(caplog: pytest.LogCaptureFixture) -> None:
    reports = [
        report(2022, country="Ruritania", source="a/ruritania-2022.txt"),
        report(2023, country="Ruritania", source="ruritania-2023.txt"),
        report(2023, country="Freedonia", source="freedonia-2023.txt"),
    ]
    with caplog.at_level(logging.WARNING, logger="tipdiff.timeline"):
        timeline = build_timeline(reports)
    assert len(timeline.warnings) == 2
    countries, duplicate = timeline.warnings
    assert "different countries" in countries and "Freedonia (freedonia-2023.txt)" in countries
    assert "2 files are the 2023 edition" in duplicate
    assert [r.getMessage() for r in caplog.records] == list(timeline.warnings)
    assert timeline.country == "Ruritania / Freedonia"
    assert [e.label for e in timeline.editions] == [
        "2022",
        "2023 (freedonia-2023.txt)",
        "2023 (ruritania-2023.txt)",
    ]
    html = render_timeline_html(timeline)
    assert "Warning:</strong> the files are from different countries" in html


def test_fewer_than_three_editions(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(UsageError):
        build_timeline([])
    with caplog.at_level(logging.WARNING, logger="tipdiff.timeline"):
        timeline = build_timeline([report(2022), report(2023)])
    assert "three or more" in timeline.warnings[0]


HOSTILE = '<script>alert("x")</script> & {{ 7*7 }} <img src="file:///etc/passwd">'


def test_html_escapes_input_text() -> None:
    timeline = build_timeline(
        [
            report(2022, recommendations=[f"Stop {HOSTILE} now."], country="Ruri<b>tania"),
            report(
                2023,
                recommendations=[f"Stop {HOSTILE} now."],
                country="Ruri<b>tania",
                source='x"<i>.txt',
                figures=[fig(f"m{HOSTILE}", 1, 2022)],
            ),
            report(
                2024,
                figures=[fig(f"m{HOSTILE}", 2, 2023)],
                country="Ruri<b>tania",
                verdicts={
                    SectionName.PROTECTION: Verdict(
                        SectionName.PROTECTION, f"kept {HOSTILE}", "flat", "s"
                    )
                },
            ),
        ]
    )
    html = render_timeline_html(timeline)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "<i>" not in html
    assert "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html  # not evaluated as a template
    for svg in re.findall(r"<svg\b.*?</svg>", html, flags=re.S):
        ET.fromstring(svg)


def test_template_dir_overrides_the_timeline_template(tmp_path: Path, synthetic: Timeline) -> None:
    (tmp_path / "timeline.html.j2").write_text(
        "custom {{ view.country }} {{ view.tier_path }}\n", encoding="utf-8"
    )
    assert render_timeline_html(synthetic, template_dir=tmp_path).startswith("custom Ruritania")


def test_texts_of_one_year_count_as_one_edition_and_undated_ones_apart() -> None:
    timeline = build_timeline(
        [
            report(2022, recommendations=[TRAIN], tier=Tier.TIER_2),
            report(2023, source="fragment-2023.txt"),  # no tier, no recommendations
            report(2023, recommendations=[TRAIN], tier=Tier.TIER_3, source="full-2023.txt"),
            report(2024, recommendations=[TRAIN, LABOR]),
            report(None, recommendations=[TRAIN, NEW], source="undated.txt", tier=Tier.TIER_1),
        ]
    )
    # One step per year: the 2023 fragment states no tier, the full 2023 text does.
    assert timeline.tier_path == "Tier 2 (2022) → Tier 3 (2023) → unknown (2024)"
    assert [t.label for t in timeline.tiers] == ["Tier 2", "unknown", "Tier 3", "unknown", "Tier 1"]
    assert timeline.tiers[2].movement == Movement.DOWNGRADE
    assert timeline.tiers[4].movement is None  # an undated text is never compared
    train = timeline.recommendations[0]
    assert train.text == TRAIN and (train.count, train.of) == (4, 4)
    assert train.summary == "recommended in every edition since 2022 (and in 1 undated text)"
    assert [p.state for p in train.presence] == [
        "present",
        "not_in_text",
        "present",
        "present",
        "present",
    ]
    view = timeline_view(timeline)
    titles = [g.title for g in view.once]
    assert titles == ["New in 2024 (1)", "Only in an undated text (1)"]
