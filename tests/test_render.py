"""Render stage: the change brief in HTML, PDF, Markdown and JSON.

The renderer is tested on a hand-built ReportDiff (realistic TIP text with every kind
of change), so these tests do not depend on how well the alignment works; one test at
the end renders a real seed pair when ``tipdiff.compare`` is available.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

import tipdiff
from tipdiff import render
from tipdiff.errors import RenderError, TipdiffError, UsageError
from tipdiff.model import (
    Change,
    ChangeKind,
    Figure,
    FigureCheck,
    FigureDelta,
    Movement,
    Op,
    Paragraph,
    RecommendationMatch,
    RecommendationStatus,
    Report,
    ReportDiff,
    Section,
    SectionDiff,
    SectionName,
    SectionStats,
    SectionStatus,
    Sentence,
    Tier,
    TierChange,
    Verdict,
    VerdictChange,
    VerdictScale,
)
from tipdiff.render import loader, outputs, pdf

from .conftest import pdf_as_read

pypdf = pytest.importorskip("pypdf")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HOSTILE = (
    'Officials said <script>alert("pwned")</script> and {{ 7*7 }} then </html> '
    '<img src="file:///etc/passwd"> appeared [a link](http://evil.example) *bold* | pipe.'
)

# --------------------------------------------------------------------------- fixture


def word_ops(old: str, new: str) -> tuple[tuple[Op, str], ...]:
    """Word operations in the alignment's style: tokens keep their spaces."""
    a = re.findall(r"\S+|\s+", old)
    b = re.findall(r"\S+|\s+", new)
    ops: list[tuple[Op, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append((Op.EQUAL, "".join(a[i1:i2])))
        else:
            if i2 > i1:
                ops.append((Op.DELETE, "".join(a[i1:i2])))
            if j2 > j1:
                ops.append((Op.INSERT, "".join(b[j1:j2])))
    return tuple(ops)


# A section script: ("equal", text) | ("reworded", old, new) | ("added", new) |
# ("removed", old) | ("moved", old, new, from_section) | ("merged", [old, old], new)
Script = list[tuple[Any, ...]]


def build(
    scripts: dict[SectionName, tuple[SectionStatus, Script]],
    *,
    recommendations: Sequence[RecommendationMatch],
    figures: Sequence[FigureDelta],
    verdicts: Mapping[SectionName, tuple[str | None, str | None, Movement]],
    tier: TierChange,
    reasons: dict[SectionName, str] | None = None,
    old_source: str = "seeds/azerbaijan-2023-web-excerpt.txt",
    new_source: str = "seeds/azerbaijan-2024-ecoi-export.txt",
    warnings: tuple[str, ...] = (),
) -> ReportDiff:
    """A consistent ReportDiff from per-section scripts (sentence indices, texts, stats)."""
    old_texts: dict[SectionName, list[str]] = {}
    new_texts: dict[SectionName, list[str]] = {}
    for name, (_, script) in scripts.items():
        old_texts.setdefault(name, [])
        new_texts.setdefault(name, [])
        for entry in script:
            kind = entry[0]
            if kind == "equal":
                old_texts[name].append(entry[1])
                new_texts[name].append(entry[1])
            elif kind == "reworded":
                old_texts[name].append(entry[1])
                new_texts[name].append(entry[2])
            elif kind == "merged":
                old_texts[name].extend(entry[1])
                new_texts[name].append(entry[2])
            elif kind == "added":
                new_texts[name].append(entry[1])
            elif kind == "removed":
                old_texts[name].append(entry[1])
            elif kind == "moved":
                old_texts.setdefault(entry[3], []).append(entry[1])
                new_texts[name].append(entry[2])

    def number(texts: dict[SectionName, list[str]]) -> dict[str, list[Sentence]]:
        """Sentences of one side, one paragraph per section, in canonical order."""
        out: dict[str, list[Sentence]] = {}
        index = paragraph = 0
        for name in SectionName:
            items = texts.get(name, [])
            if not items:
                continue
            out[name] = []
            for text in items:
                out[name].append(Sentence(text, index, paragraph, name))
                index += 1
            paragraph += 1
        return out

    old_sent = number(old_texts)
    new_sent = number(new_texts)

    def find(side: dict[str, list[Sentence]], text: str) -> Sentence:
        for sentences in side.values():
            for s in sentences:
                if s.text == text:
                    return s
        raise KeyError(text)

    def report(side: dict[str, list[Sentence]], **meta: Any) -> Report:
        sections = {
            SectionName(name): Section(
                SectionName(name), (Paragraph(ss[0].paragraph, tuple(ss)),), None, "content"
            )
            for name, ss in side.items()
        }
        text = "\n\n".join(" ".join(s.text for s in ss) for ss in side.values())
        return Report(text=text, sections=MappingProxyType(sections), **meta)

    section_diffs = []
    for name, (status, script) in scripts.items():
        changes: list[Change] = []
        counts = dict.fromkeys(("unchanged", "reworded", "added", "removed", "moved"), 0)
        for entry in script:
            kind = entry[0]
            if kind == "equal":
                o, n = find(old_sent, entry[1]), find(new_sent, entry[1])
                changes.append(Change(ChangeKind.UNCHANGED, (o,), (n,), ((Op.EQUAL, o.text),)))
                counts["unchanged"] += 1
            elif kind == "reworded":
                o, n = find(old_sent, entry[1]), find(new_sent, entry[2])
                changes.append(
                    Change(ChangeKind.REWORDED, (o,), (n,), word_ops(o.text, n.text), None, 0.7)
                )
                counts["reworded"] += 1
            elif kind == "merged":
                olds = tuple(find(old_sent, t) for t in entry[1])
                n = find(new_sent, entry[2])
                old_text = " ".join(s.text for s in olds)
                changes.append(
                    Change(ChangeKind.REWORDED, olds, (n,), word_ops(old_text, n.text), None, 0.6)
                )
                counts["reworded"] += 1
            elif kind == "added":
                n = find(new_sent, entry[1])
                changes.append(Change(ChangeKind.ADDED, (), (n,), ((Op.INSERT, n.text),), None, 0))
                counts["added"] += 1
            elif kind == "removed":
                o = find(old_sent, entry[1])
                changes.append(
                    Change(ChangeKind.REMOVED, (o,), (), ((Op.DELETE, o.text),), None, 0)
                )
                counts["removed"] += 1
            elif kind == "moved":
                o, n = find(old_sent, entry[1]), find(new_sent, entry[2])
                changes.append(
                    Change(ChangeKind.MOVED, (o,), (n,), word_ops(o.text, n.text), entry[3], 0.9)
                )
                counts["moved"] += 1
        verdict = None
        if name in verdicts:
            old_v, new_v, move = verdicts[name]
            verdict = VerdictChange(
                None if old_v is None else Verdict(name, old_v, VerdictScale.FLAT, f"The government {old_v}."),
                None if new_v is None else Verdict(name, new_v, VerdictScale.DOWN, f"The government {new_v}."),
                move,
            )
        section_diffs.append(
            SectionDiff(
                name,
                status,
                tuple(changes),
                SectionStats(**counts),
                verdict,
                (reasons or {}).get(name),
            )
        )

    old_recs = tuple(
        text for m in sorted(recommendations, key=lambda m: m.old_rank or (99,)) for text in m.old
    )
    new_recs = tuple(
        text for m in sorted(recommendations, key=lambda m: m.new_rank or (99,)) for text in m.new
    )
    old = report(
        old_sent,
        recommendations=old_recs,
        country="Azerbaijan",
        year=2023,
        tier=tier.old,
        source=old_source,
    )
    new = report(
        new_sent,
        recommendations=new_recs,
        country="Azerbaijan",
        year=2024,
        tier=tier.new,
        source=new_source,
    )
    return ReportDiff(
        old, new, tier, tuple(section_diffs), tuple(recommendations), tuple(figures), warnings
    )


def fig(
    metric: str,
    value: float,
    period: int,
    *,
    unit: str | None = None,
    currency: str | None = None,
    high: float | None = None,
    quote: str = "",
    usd: float | None = None,
) -> Figure:
    return Figure(
        metric,
        value,
        unit,
        currency,
        period,
        SectionName.PROSECUTION,
        quote,
        0,
        high,
        quote,
        value_usd=usd,
    )


def rec(
    status: RecommendationStatus,
    old: Sequence[str],
    new: Sequence[str],
    old_rank: Sequence[int],
    new_rank: Sequence[int],
) -> RecommendationMatch:
    ops = word_ops(" ".join(old), " ".join(new)) if old and new else ()
    return RecommendationMatch(
        status, tuple(old), tuple(new), tuple(old_rank), tuple(new_rank), ops
    )


REWORDED_OLD = (
    "Law enforcement investigated 14 cases with 16 suspects, compared with 11 cases with "
    "19 suspects in 2021."
)
REWORDED_NEW = (
    "Law enforcement investigated nine cases with 12 defendants, compared with 14 cases "
    "with 16 suspects in 2022; all nine were sex trafficking cases."
)


def sample_diff(hostile: bool = False) -> ReportDiff:
    """A 2023 → 2024 Azerbaijan diff with every kind of change the brief shows."""
    R = RecommendationStatus
    extra = HOSTILE if hostile else ""
    summary: Script = [
        (
            "reworded",
            "The government demonstrated overall increasing efforts compared with the "
            "previous reporting period, considering the impact of the COVID-19 pandemic, if "
            "any, on its anti-trafficking capacity; therefore Azerbaijan remained on Tier 2 "
            "Watch List.",
            "The government demonstrated overall increasing efforts compared with the "
            "previous reporting period; therefore Azerbaijan was upgraded to Tier 2.",
        ),
        (
            "equal",
            "However, the government did not meet the minimum standards in several key areas.",
        ),
        ("removed", "The government prosecuted fewer defendants and convicted fewer traffickers."),
        (
            "added",
            "The government signed an MOU with several NGOs that may provide services to "
            "trafficking victims and allocated funds to the NGOs for various "
            "anti-trafficking efforts.",
        ),
    ]
    prosecution: Script = [
        (
            "reworded",
            "The government maintained law enforcement efforts.",
            "The government decreased law enforcement efforts.",
        ),
        (
            "equal",
            "These penalties were sufficiently stringent and, with respect to sex "
            "trafficking, commensurate with those prescribed for other grave crimes, "
            "such as rape.",
        ),
        ("reworded", REWORDED_OLD, REWORDED_NEW),
        (
            "reworded",
            "The government prosecuted 10 new defendants, compared with 17 new defendants in 2021.",
            "The government prosecuted nine new defendants, compared with 10 new defendants "
            "in 2022.",
        ),
        (
            "reworded",
            "Courts convicted 12 traffickers, compared with 17 traffickers in 2021.",
            "Courts convicted 10 traffickers, compared with 13 traffickers in 2022.",
        ),
        (
            "equal",
            "The government did not report any investigations, prosecutions, or "
            "convictions of government employees complicit in human trafficking crimes.",
        ),
        (
            "added",
            "The government cooperated with authorities from Pakistan, Russia, Thailand, "
            "Türkiye, and the United Arab Emirates (UAE) on international cases.",
        ),
        (
            "removed",
            "The government did not report any cases of forced labor involving "
            "Azerbaijani nationals abroad.",
        ),
    ]
    if hostile:
        prosecution.append(("added", extra))
        prosecution.append(
            (
                "reworded",
                "Courts heard 3 cases under {{ config }}.",
                "Courts heard 4 cases under {% raw %} <b>bold</b> & co.",
            )
        )
    protection: Script = [
        (
            "reworded",
            "The government maintained victim protection efforts.",
            "The government modestly increased victim protection efforts.",
        ),
        (
            "reworded",
            "The government officially identified 94 victims, compared with 91 victims in 2021.",
            "The government officially identified 91 victims, compared with 94 victims in 2022.",
        ),
        ("equal", "The MIA-run shelter provided the only accommodation for male victims."),
        (
            "reworded",
            "The government provided a resettlement allowance of 700 manat ($412) for officially "
            "identified victims; 91 officially identified victims received the resettlement "
            "allowance.",
            "The government provided a resettlement allowance of 700 manat ($410) for officially "
            "recognized victims; 90 officially identified victims received the resettlement "
            "allowance.",
        ),
        (
            "moved",
            "Police reported difficulties in encouraging victims to cooperate with "
            "investigations and prosecutions due to a fear of authorities or retaliation "
            "from traffickers.",
            "Police reported difficulties in encouraging victims to cooperate with "
            "investigations and prosecutions due to a fear of authorities or retaliation from "
            "traffickers.",
            SectionName.PROSECUTION,
        ),
        (
            "reworded",
            "The government allocated 179,464 manat ($105,570) for victim assistance.",
            "Overall government funding for protection efforts increased compared with 2022, "
            "when the government allocated 179,464 manat ($105,570); it allocated 210,161 manat "
            "($123,620) for victim assistance in 2023.",
        ),
        (
            "merged",
            [
                "The MIA-run shelter had capacity to accommodate 50 victims.",
                "It had separate areas for women, men, and children.",
            ],
            "The MIA-run shelter had capacity to accommodate 50 victims and had separate areas "
            "for women, men, and children but limited freedom of movement.",
        ),
    ]
    prevention: Script = [
        ("added", "The government modestly increased prevention efforts."),
        (
            "added",
            "The government maintained the Interagency Commission (IC) composed of "
            "representatives from various ministries and local NGOs; the IC met once "
            "(none in 2022).",
        ),
        (
            "added",
            "ATD operated a trafficking hotline, but did not report the number of calls "
            "it received (158 in 2022).",
        ),
    ]
    profile: Script = [
        (
            "removed",
            "As reported over the past five years, human traffickers exploit domestic "
            "and foreign victims in Azerbaijan, and traffickers exploit victims from "
            "Azerbaijan abroad.",
        ),
        (
            "removed",
            "Traffickers exploit Azerbaijani men and boys in forced labor within the "
            "country and in Russia, Turkey, and the UAE.",
        ),
    ]
    recommendations: Script = [
        (
            "equal",
            "Increase proactive identification efforts, particularly for internal "
            "trafficking, forced labor, and child trafficking.",
        ),
    ]
    scripts = {
        SectionName.SUMMARY: (SectionStatus.BOTH, summary),
        SectionName.RECOMMENDATIONS: (SectionStatus.BOTH, recommendations),
        SectionName.PROSECUTION: (SectionStatus.BOTH, prosecution),
        SectionName.PROTECTION: (SectionStatus.BOTH, protection),
        SectionName.PREVENTION: (SectionStatus.ONLY_NEW, prevention),
        SectionName.PROFILE: (SectionStatus.ONLY_OLD, profile),
    }
    recs = [
        rec(
            R.REWORDED,
            ["Vigorously investigate and prosecute trafficking crimes and convict traffickers."],
            [
                "Vigorously investigate and prosecute trafficking crimes and seek adequate "
                "penalties for convicted traffickers, including complicit officials."
            ],
            [1],
            [1],
        ),
        rec(
            R.CARRIED,
            [
                "Increase proactive identification efforts, particularly for internal "
                "trafficking, forced labor, and child trafficking."
            ],
            [
                "Increase proactive identification efforts, particularly for internal "
                "trafficking, forced labor, and child trafficking."
            ],
            [3],
            [2],
        ),
        rec(
            R.MERGED,
            [
                "Implement SOPs and indicators for screening trafficking victims.",
                "Train officials on screening for trafficking among individuals in commercial "
                "sex, migrants, children begging, and other at-risk populations.",
            ],
            [
                "Implement SOPs and indicators to screen for trafficking victims among "
                "vulnerable populations, including individuals in commercial sex, migrants, "
                "children begging, and train officials on their use."
            ],
            [4, 5],
            [3],
        ),
        rec(
            R.NEW,
            [],
            [
                "Allow formal victim identification without requiring cooperation "
                "with law enforcement." + (" " + extra if extra else "")
            ],
            [],
            [4],
        ),
        rec(
            R.REWORDED,
            [
                "Increase and allocate adequate funding to NGO-run shelters providing victim "
                "support services."
            ],
            [
                "Allocate increased funding to NGO-run shelters providing services to "
                "trafficking victims."
            ],
            [6],
            [5],
        ),
        rec(
            R.SPLIT,
            [
                "Train investigators, prosecutors, and judges on victim-centered approaches and "
                "train judges on restitution in criminal cases."
            ],
            [
                "Train investigators, prosecutors, and judges on victim-centered approaches, "
                "including on re-traumatization, confidentiality, and specific policies on "
                "children.",
                "Train judges on restitution in criminal cases.",
            ],
            [8],
            [6, 10],
        ),
        rec(
            R.NEW,
            [],
            [
                "Implement a systemic victim-witness assistance program to increase "
                "protective services for victims participating in criminal justice "
                "proceedings."
            ],
            [],
            [7],
        ),
        rec(
            R.NEW,
            [],
            [
                "Ensure victims are not inappropriately penalized solely for unlawful "
                "acts committed as a direct result of being trafficked."
            ],
            [],
            [8],
        ),
        rec(
            R.CARRIED,
            ["Lift the moratorium on scheduled and unannounced labor inspections."],
            ["Lift the moratorium on scheduled and unannounced labor inspections."],
            [7],
            [9],
        ),
        rec(
            R.DROPPED,
            [
                "Adopt and implement specific procedures to protect potential child victims, "
                "including identification and referral procedures, indicators, and interview "
                "questions."
            ],
            [],
            [9],
            [],
        ),
        rec(
            R.CARRIED,
            [
                "Allow victims to enter MIA-run shelters and receive services while they are "
                "seeking all required documents."
            ],
            [
                "Allow victims to enter MIA-run shelters and receive services while they are "
                "seeking all required documents."
            ],
            [10],
            [11],
        ),
    ]
    figures = [
        FigureDelta(
            "investigations",
            2023,
            fig("investigations", 14, 2022, unit="cases", quote="14 cases"),
            fig("investigations", 9, 2023, unit="cases", quote="nine cases"),
        ),
        FigureDelta(
            "prosecutions",
            2023,
            fig(
                "prosecutions",
                10,
                2022,
                unit="defendants",
                quote="prosecuted 10 new defendants" + extra,
            ),
            fig("prosecutions", 9, 2023, unit="defendants", quote="prosecuted nine new defendants"),
        ),
        FigureDelta(
            "convictions",
            2023,
            fig("convictions", 12, 2022, unit="traffickers"),
            fig("convictions", 10, 2023, unit="traffickers"),
        ),
        FigureDelta(
            "victims_identified",
            2023,
            fig("victims_identified", 94, 2022, unit="victims"),
            fig("victims_identified", 91, 2023, unit="victims"),
        ),
        FigureDelta(
            "funding_victim_assistance",
            2023,
            fig("funding_victim_assistance", 179464, 2022, currency="manat", usd=105570),
            fig("funding_victim_assistance", 210161, 2023, currency="manat", usd=123620),
        ),
        FigureDelta(
            "victims_sheltered",
            2023,
            fig("victims_sheltered", 1, 2022, unit="victims"),
            fig("victims_sheltered", 4, 2023, unit="victims"),
        ),
        FigureDelta(
            "prison_term_years",
            2023,
            fig("prison_term_years", 5, 2022, unit="years", high=15),
            fig("prison_term_years", 8, 2023, unit="years", high=18),
        ),
        FigureDelta(
            "funding_ngo", 2023, None, fig("funding_ngo", 94000, 2023, currency="manat", usd=55290)
        ),
        FigureDelta("hotline_calls", 2022, fig("hotline_calls", 158, 2022, unit="calls"), None),
        FigureDelta(
            "victims_identified",
            2022,
            fig("victims_identified", 94, 2022, unit="victims"),
            fig("victims_identified", 94, 2022, unit="victims"),
            FigureCheck.CONSISTENT,
        ),
        FigureDelta(
            "convictions",
            2022,
            fig("convictions", 12, 2022, unit="traffickers"),
            fig("convictions", 13, 2022, unit="traffickers"),
            FigureCheck.REVISED,
        ),
    ]
    verdicts = {
        SectionName.PROSECUTION: ("maintained", "decreased", Movement.DOWNGRADE),
        SectionName.PROTECTION: ("maintained", "modestly increased", Movement.UPGRADE),
        SectionName.PREVENTION: (None, "modestly increased", Movement.UNKNOWN),
    }
    tier = TierChange(
        Tier.TIER_2_WATCH_LIST,
        Tier.TIER_2,
        Movement.UPGRADE,
        "therefore Azerbaijan remained on Tier 2 Watch List",
        "therefore Azerbaijan was upgraded to Tier 2",
    )
    reasons = {
        SectionName.PREVENTION: "The 2023 source is a web excerpt that stops after the "
        "recommendations" + (" " + extra if extra else ""),
    }
    warnings = ("The 2023 text is an excerpt: some sections are missing.",)
    return build(
        scripts,
        recommendations=recs,
        figures=figures,
        verdicts=verdicts,
        tier=tier,
        reasons=reasons,
        warnings=warnings + ((extra,) if extra else ()),
        old_source="seeds/azerbaijan-2023-web-excerpt.txt" + ("<b>x</b>" if hostile else ""),
    )


@pytest.fixture(scope="module")
def diff() -> ReportDiff:
    return sample_diff()


@pytest.fixture(scope="module")
def hostile() -> ReportDiff:
    return sample_diff(hostile=True)


def squash(text: str) -> str:
    """Whitespace-normalised text (PDF extraction breaks lines anywhere)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf_a4(diff: ReportDiff, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    render.render_pdf(diff, path)
    return path


@pytest.fixture(scope="module")
def pdf_text(pdf_a4: Path) -> list[str]:
    reader = pypdf.PdfReader(str(pdf_a4))
    return [squash(page.extract_text()) for page in reader.pages]


# --------------------------------------------------------------------------- the fixture


def test_fixture_is_a_consistent_diff(diff: ReportDiff) -> None:
    assert diff.reconstruct("old") == diff.old.text
    assert diff.reconstruct("new") == diff.new.text
    json.dumps(diff.to_dict())


# --------------------------------------------------------------------------- PDF


@pytest.mark.pdf
def test_pdf_has_tier_figures_and_reworded_numbers(pdf_text: list[str]) -> None:
    text = " ".join(pdf_text)
    assert "Upgraded from Tier 2 Watch List to Tier 2" in text
    for value in (
        "14 cases",
        "9 cases",
        "179,464 manat",
        "210,161 manat",
        "$105,570",
        "$123,620",
        "94 victims",
        "91 victims",
        "12 traffickers",
        "10 traffickers",
    ):
        assert value in text, value
    # the reworded sentence, with the old and the new numbers
    for words in (
        "Law enforcement investigated",
        "14 cases with 16 suspects",
        "11 cases with 19 suspects",
        "nine cases with 12 defendants",
    ):
        assert words in text, words
    assert "“maintained” → “decreased”" in text or "maintained → decreased" in text


@pytest.mark.pdf
def test_pdf_page_numbers_running_header_bookmarks_metadata(
    pdf_a4: Path, pdf_text: list[str]
) -> None:
    reader = pypdf.PdfReader(str(pdf_a4))
    pages = len(reader.pages)
    assert pages >= 2
    assert f"page 1 of {pages}" in pdf_text[0]
    assert f"page {pages} of {pages}" in pdf_text[-1]
    # the running header (not on the title page)
    assert "Azerbaijan · 2023 → 2024" in pdf_text[1]
    assert "TIP Report change brief" in pdf_text[1]
    outline = reader.outline
    assert outline, "no PDF bookmarks"
    titles = []

    def walk(items: Any) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(outline)
    for title in (
        "Key figures",
        "Recommendations",
        "Section by section",
        "Prosecution",
        "Protection",
    ):
        assert any(title in t for t in titles), (title, titles)
    meta = reader.metadata
    assert meta is not None
    assert "Azerbaijan" in (meta.title or "")
    assert f"tipdiff {tipdiff.__version__}" in (meta.creator or "")
    assert "Azerbaijan" in (meta.subject or "")
    assert "TIP Report" in str(meta.get("/Keywords", ""))


@pytest.mark.pdf
def test_pdf_embeds_fonts(pdf_a4: Path) -> None:
    reader = pypdf.PdfReader(str(pdf_a4))
    embedded = False
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if desc is not None:
                desc = desc.get_object()
                embedded = embedded or any(
                    k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
    assert embedded


@pytest.mark.pdf
def test_letter_and_a4_differ(diff: ReportDiff, pdf_a4: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.pdf"
    render.render_pdf(diff, letter, paper="letter")
    a4_box = pypdf.PdfReader(str(pdf_a4)).pages[0].mediabox
    letter_box = pypdf.PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(a4_box.width)), round(float(a4_box.height))) == (595, 842)
    assert (round(float(letter_box.width)), round(float(letter_box.height))) == (612, 792)


@pytest.mark.pdf
def test_pdf_is_the_same_after_other_briefs_were_printed(
    diff: ReportDiff, hostile: ReportDiff, pdf_a4: Path
) -> None:
    """Printing reuses fonts from brief to brief; no brief changes what the next one shows
    (the embedded font subsets may differ byte for byte with fontTools subsetting)."""
    render.render_pdf_bytes(hostile, paper="letter")
    again = pdf_as_read(render.render_pdf_bytes(diff))
    assert again == pdf_as_read(pdf_a4.read_bytes())
    assert again["pages"] >= 2 and "Azerbaijan" in again["text"][0] and again["bookmarks"]


def test_unknown_paper_is_a_usage_error(diff: ReportDiff, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="a4, letter"):
        render.render_pdf(diff, tmp_path / "x.pdf", paper="legal")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.pdf
def test_pdf_of_hostile_text_fetches_nothing(
    hostile: ReportDiff, fetched: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "hostile.pdf"
    render.render_pdf(hostile, path)
    assert fetched == []  # the input is text: nothing in it can make the printer fetch
    text = squash(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages))
    assert '<img src="file:///etc/passwd">' in text
    assert "<script>" in text and "{{ 7*7 }}" in text and "</html>" in text


@pytest.mark.pdf
@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/x.css",
        "https://example.com/f.woff",
        "data:text/css,body{}",
        "ftp://example.com/x",
    ],
)
def test_url_fetcher_refuses_every_url(url: str) -> None:
    fetcher = render.refusing_url_fetcher()
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)


@pytest.mark.pdf
def test_user_template_cannot_make_the_printer_fetch(diff: ReportDiff, tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "brief.css").write_text(
        '.tipdiff h1 { background: url("file:///etc/passwd"); }\n'
        '@import url("http://example.com/x.css");\n',
        encoding="utf-8",
    )
    out = tmp_path / "b.pdf"
    render.render_pdf(diff, out, template_dir=folder)
    assert out.read_bytes().startswith(b"%PDF")


def test_missing_weasyprint_is_a_render_error(
    diff: ReportDiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(RenderError, match="pip install weasyprint"):
        render.render_pdf(diff, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_missing_system_libraries_are_one_render_error_and_no_banner(
    diff: ReportDiff,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """WeasyPrint without Pango prints a banner on stdout and raises OSError on import:
    tipdiff gives one RenderError naming Pango, and stdout stays clean."""
    import importlib.abc
    import importlib.machinery

    reached: list[str] = []

    class NoPango(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, name: str, path: object, target: object = None) -> object:
            return importlib.machinery.ModuleSpec(name, self) if name == "weasyprint" else None

        def create_module(self, spec: object) -> None:
            return None

        def exec_module(self, module: object) -> None:
            reached.append("weasyprint")
            print("\n-----\n\nWeasyPrint could not import some external libraries.\n\n-----\n")
            raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPango(), *sys.meta_path])
    with pytest.raises(RenderError, match=r"could not load its system libraries \(Pango\)"):
        render.render_pdf(diff, tmp_path / "b.pdf")
    assert reached == ["weasyprint"]
    assert capsys.readouterr().out == ""
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.pdf
def test_too_old_weasyprint_is_a_render_error(
    diff: ReportDiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint

    monkeypatch.setitem(sys.modules, "weasyprint.urls", None)  # before 68: no URLFetcher
    assert "weasyprint" in sys.modules and weasyprint
    with pytest.raises(RenderError, match="WeasyPrint 68 or newer"):
        render.render_pdf(diff, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.pdf
def test_font_subsetting_path_is_named_and_hinted_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.text import ffi

    path = render.font_subsetting()
    assert path == ("fonttools" if ffi.harfbuzz_subset is None else "harfbuzz")
    hint = render.font_subsetting_hint()
    assert (hint is None) == (path == "harfbuzz")
    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    assert "apt-get install libharfbuzz-subset0" in (render.font_subsetting_hint() or "")
    pdf._hint_font_subsetting.cache_clear()
    with caplog.at_level("INFO", logger="tipdiff"):
        for _ in range(3):
            render.font_subsetting()
    assert [r.getMessage() for r in caplog.records].count(pdf._SUBSET_HINT) == 1
    pdf._hint_font_subsetting.cache_clear()


def test_failed_render_keeps_the_old_file(
    diff: ReportDiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"previous brief")

    def boom(html: str) -> bytes:
        raise RenderError("printer on fire")

    monkeypatch.setattr(outputs, "html_to_pdf", boom)
    with pytest.raises(RenderError, match="printer on fire"):
        render.render_pdf(diff, target)
    assert target.read_bytes() == b"previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_interrupted_write_leaves_no_temp_file(
    diff: ReportDiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.html"
    target.write_text("previous", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render.write_brief(diff, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.html"]


def test_missing_output_folder_is_a_clear_error(diff: ReportDiff, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="does not exist"):
        render.write_brief(diff, tmp_path / "nowhere" / "brief.md")


# --------------------------------------------------------------------------- HTML


def test_html_is_self_contained_and_in_order(diff: ReportDiff) -> None:
    html = render.render_html(diff)
    assert html.startswith("<!DOCTYPE html>")
    assert "<link" not in html and "<script" not in html and "src=" not in html
    assert "url(" not in html and "@import" not in html
    order = [
        "<h1",
        'id="at-a-glance"',
        'id="figures-h"',
        'id="recommendations-h"',
        'id="sections-h"',
        'id="section-summary"',
        'id="section-prosecution"',
        'id="section-protection"',
        'id="section-prevention"',
        'id="section-profile"',
        "unchanged from 2023",
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert 'id="section-recommendations"' not in html  # covered by the list above
    assert '<meta name="viewport"' in html


def test_html_shows_every_kind_of_change(diff: ReportDiff) -> None:
    html = render.render_html(diff)
    assert "<del>($412)</del> <ins>($410)</ins>" in html
    assert "<del>identified;</del> <ins>recognized;</ins>" in html or (
        "<del>identified</del>" in html and "<ins>recognized</ins>" in html
    )
    assert "Moved from Prosecution" in html
    assert "Merged (2 sentences into one)" in html
    assert "Only in 2024" in html and "Only in 2023" in html
    assert "stops after the recommendations" in html  # the section's reason
    assert "⚠ revised" in html and "✓ consistent" in html
    assert "▼" in html and "▲" in html and "(−36%)" in html and "(+17%)" in html
    assert '<details class="carried">' in html and "Carried over unchanged (3)" in html
    assert "now 2nd, was 3rd" in html
    assert "New in 2024" in html and "Dropped since 2023" in html
    assert "Split" in html and "Merged" in html
    assert "after <q>" in html  # a sentence of context before an added sentence
    assert "Moved out: 1 sentence to Protection" in html
    assert f"tipdiff {tipdiff.__version__}" in html
    # unchanged sentences are not listed as changes
    assert "such as rape" not in html


def test_html_escapes_hostile_text(hostile: ReportDiff) -> None:
    html = render.render_html(hostile)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert html.count("</html>") == 1 and html.rstrip().endswith("</html>")
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert "{% raw %} &lt;b&gt;bold&lt;/b&gt; &amp; co." in html
    assert "<b>" not in html


def test_html_fragment_for_notebooks(diff: ReportDiff) -> None:
    fragment = diff._repr_html_()
    assert fragment.startswith('<div class="tipdiff-embed">')
    assert "<html" not in fragment and "@page" not in fragment and "body {" not in fragment
    assert 'class="tipdiff"' in fragment


def test_figures_in_one_edition_only_are_listed_apart(diff: ReportDiff) -> None:
    html = render.render_html(diff)
    table, singles = html.split('<details class="singles">')
    assert "Hotline calls" not in table and "Funding for NGOs" not in table
    assert "Given in one edition only (2)" in singles
    assert "2023 only" in singles and "158 calls" in singles
    assert '179,464 manat<span class="usd">$105,570</span>' in table
    pdf_html = render.render_template("brief.html.j2", outputs._context(diff, "pdf", "a4"))
    assert '<details class="singles">' not in pdf_html  # printed in full


def test_runs_of_added_sentences_form_one_item_and_rewrites_are_named() -> None:
    added = [f"The government added measure number {n} in 2023." for n in range(1, 4)]
    removed = [f"The government removed provision number {n} in 2022." for n in range(1, 9)]
    script: Script = [
        ("equal", "The government maintained prevention efforts."),
        *[("added", t) for t in added],
        *[("removed", t) for t in removed],
    ]
    rewritten = build(
        {SectionName.PREVENTION: (SectionStatus.BOTH, script)},
        recommendations=[],
        figures=[],
        verdicts={},
        tier=TierChange(None, Tier.TIER_2, Movement.UNKNOWN),
    )
    part = render.brief_context(rewritten).sections[0]
    assert [item.label for item in part.items] == ["Added · 3 sentences", "Removed · 8 sentences"]
    assert part.items[0].paragraphs == (" ".join(added),)
    assert part.items[0].context == "The government maintained prevention efforts."
    assert part.overview == (
        "Largely rewritten between 2023 and 2024: only 1 of 9 sentences "
        "has a counterpart in the other edition."
    )
    brief = render.brief_context(rewritten)
    assert brief.tier_headline == "Tier 2 in 2024; the 2023 text states no tier"
    assert brief.recommendations.notice == "Neither text lists recommendations."
    html = render.render_html(rewritten)
    assert "Added · 3 sentences" in html and "No key figures" not in html
    assert "Neither text gives key figures tipdiff recognises." in html


def test_recommendations_on_one_side_only_are_listed_not_marked(diff: ReportDiff) -> None:
    R = RecommendationStatus
    only_new = build(
        {SectionName.SUMMARY: (SectionStatus.BOTH, [("equal", "One sentence.")])},
        recommendations=[
            rec(R.NOT_COMPARABLE, [], ["Train judges."], [], [1]),
            rec(R.NOT_COMPARABLE, [], ["Fund shelters."], [], [2]),
        ],
        figures=[],
        verdicts={},
        tier=TierChange(None, None, Movement.UNKNOWN),
    )
    recs = render.brief_context(only_new).recommendations
    assert recs.summary == "2 recommendations in 2024, none in 2023."
    assert [g.title for g in recs.groups] == ["The 2024 list"]
    html = render.render_html(only_new)
    recs_html = html[html.index('id="recommendations-h"') : html.index('id="sections-h"')]
    assert "<ins>" not in recs_html.split('class="legend"')[0]
    assert "Recommendations:" not in render.brief_context(only_new).changes_line


def test_an_edition_without_a_year_is_named_once(diff: ReportDiff) -> None:
    """An old text that states no year is "the old edition" — never "old edition
    edition" — in the sources line, the figures' columns and the page's description."""
    undated = dataclasses.replace(diff, old=dataclasses.replace(diff.old, year=None))
    html, md = render.render_html(undated), render.render_markdown(undated)
    assert "edition edition" not in html and "edition edition" not in md
    assert "between the old edition and 2024 edition" in render.brief_context(undated).description
    assert "(old edition)" in md and "(2024 edition)" in md
    assert '<th scope="col" class="num">old edition</th>' in html



GOLDEN = Path(__file__).resolve().parent / "golden" / "render"


@pytest.mark.parametrize("name", ["sample.html", "sample.md", "sample.json"])
def test_golden_outputs(diff: ReportDiff, name: str, update_golden: bool) -> None:
    """The hand-built diff renders exactly as reviewed (``--update-golden`` rewrites)."""
    produce = {
        "sample.html": render.render_html,
        "sample.md": render.render_markdown,
        "sample.json": render.render_json,
    }[name]
    text = produce(diff)
    path = GOLDEN / name
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert path.read_text(encoding="utf-8") == text, f"run pytest --update-golden to refresh {path}"


# --------------------------------------------------------------------------- Markdown


def test_markdown_brief(diff: ReportDiff) -> None:
    md = render.render_markdown(diff)
    assert md.startswith("## Azerbaijan · 2023 → 2024\n")
    assert "~~($412)~~ **($410)**" in md
    assert "| Metric | 2023 | 2024 | Change | Check |" in md
    assert "| Investigations (2022 → 2023) | 14 cases | 9 cases | ▼ −5 (−36%) |  |" in md
    assert "<details><summary>Carried over unchanged (3)</summary>" in md
    assert "*Moved from Prosecution*" in md
    assert "Only in 2024" in md
    assert md.endswith("</sub>\n")
    assert "\n\n\n" not in md
    # in every table, each row has as many cells as the header
    tables = re.findall(r"(?:^\|.*\n)+", md, flags=re.MULTILINE)
    assert len(tables) == 2
    for table in tables:
        assert len({line.replace("\\|", "").count("|") for line in table.splitlines()}) == 1
    assert "| Funding for NGOs (2023) | 2024 only | 94,000 manat ($55,290) |" in md
    assert (
        "| Funding for victim assistance (2022 → 2023) | 179,464 manat ($105,570) | "
        "210,161 manat ($123,620) | ▲ +30,697 manat (+17%) |  |"
    ) in md
    assert "| 1 victim | 4 victims |" in md
    assert "| Hotline calls (2022) | 2023 only | 158 calls |" in md


def test_markdown_escapes_hostile_text(hostile: ReportDiff) -> None:
    md = render.render_markdown(hostile)
    assert "<" not in md.replace("<details>", "").replace("<summary>", "").replace(
        "</summary>", ""
    ).replace("</details>", "").replace("<sub>", "").replace("</sub>", "")
    assert "&lt;script&gt;" in md and "&lt;img src=" in md
    assert "\\[a link\\](http://evil.example)" in md
    assert "\\*bold\\*" in md and "\\| pipe" in md
    assert "{{ 7\\*7 }}" in md


def test_markdown_escape_unit() -> None:
    assert render.markdown_escape("a *b* _c_ `d` [e](f) <g> | h ~~i~~ #1 !") == (
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) &lt;g&gt; \\| h \\~\\~i\\~\\~ \\#1 \\!"
    )
    assert render.markdown_escape("two\nlines") == "two lines"
    assert render.markdown_escape("&amp; & co &lt;") == "&amp;amp; & co &amp;lt;"
    assert render.markdown_escape_block("- not a list") == "\\- not a list"
    assert render.markdown_escape_block("1. nor this") == "1\\. nor this"
    assert render.markdown_escape_block("12 cases. Fine") == "12 cases. Fine"


# --------------------------------------------------------------------------- JSON


def test_json_is_to_dict(diff: ReportDiff) -> None:
    text = render.render_json(diff)
    assert text.endswith("}\n")
    assert json.loads(text) == json.loads(json.dumps(diff.to_dict()))
    assert "Türkiye" in text  # ensure_ascii=False


# --------------------------------------------------------------------------- determinism


def test_outputs_are_byte_identical_across_runs(diff: ReportDiff) -> None:
    first = (render.render_html(diff), render.render_markdown(diff), render.render_json(diff))
    loader._environment.cache_clear()
    second = (
        render.render_html(sample_diff()),
        render.render_markdown(sample_diff()),
        render.render_json(sample_diff()),
    )
    assert first == second


def test_a_brief_does_not_depend_on_briefs_rendered_before(
    diff: ReportDiff, hostile: ReportDiff
) -> None:
    first = render.render_html(diff)
    assert render.render_html(diff) == first
    render.render_html(hostile)
    render.render_markdown(hostile)
    assert render.render_html(diff) == first
    assert render.render_markdown(diff) == render.render_markdown(sample_diff())


# --------------------------------------------------------------------------- templates


def test_packaged_templates_are_found() -> None:
    dirs = render.template_dirs()
    assert dirs
    assert all((d / "brief.html.j2").is_file() for d in dirs)


def test_user_template_overrides_one_template(diff: ReportDiff, tmp_path: Path) -> None:
    (tmp_path / "brief.css").write_text(
        ".tipdiff h1 { color: #c0ffee; } /* branded */\n", encoding="utf-8"
    )
    html = render.render_html(diff, template_dir=tmp_path)
    assert "#c0ffee" in html and "/* branded */" in html
    assert "At a glance" in html and "string-set: running" in html  # the rest: packaged
    assert "--del-ink" not in html  # the packaged brief.css was replaced
    assert "--del-ink" in render.render_html(diff)  # and the cached default is untouched
    (tmp_path / "brief.md.j2").write_text(
        "# {{ brief.country }} ({{ brief.title }})\n", encoding="utf-8"
    )
    assert render.render_markdown(diff, template_dir=tmp_path) == (
        "# Azerbaijan (Azerbaijan · 2023 → 2024)\n"
    )


def test_template_problems_are_render_errors(diff: ReportDiff, tmp_path: Path) -> None:
    (tmp_path / "brief.html.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(RenderError, match=r"brief.html.j2.* line 1"):
        render.render_html(diff, template_dir=tmp_path)
    (tmp_path / "brief.html.j2").write_text("{{ brief.no_such_field }}", encoding="utf-8")
    with pytest.raises(RenderError, match="no_such_field"):
        render.render_html(diff, template_dir=tmp_path)
    with pytest.raises(RenderError, match="does not exist"):
        render.render_html(diff, template_dir=tmp_path / "missing")
    with pytest.raises(TipdiffError):
        render.render_html(diff, template_dir=tmp_path)


def test_user_templates_are_autoescaped(hostile: ReportDiff, tmp_path: Path) -> None:
    (tmp_path / "brief.html.j2").write_text(
        "{% for w in brief.notes %}<p>{{ w }}</p>{% endfor %}", encoding="utf-8"
    )
    html = render.render_html(hostile, template_dir=tmp_path)
    assert "<script" not in html and "&lt;script&gt;" in html


# --------------------------------------------------------------------------- registry


def test_renderers_by_name_and_suffix(diff: ReportDiff, tmp_path: Path) -> None:
    assert set(render.RENDERERS) == {"pdf", "html", "markdown", "json"}
    assert render.format_for_path("x/brief.PDF") == "pdf"
    assert render.format_for_path("brief.md") == "markdown"
    assert render.format_for_path("brief.htm") == "html"
    with pytest.raises(UsageError, match="--format"):
        render.format_for_path("brief.docx")
    with pytest.raises(UsageError, match="pdf, html, markdown, json"):
        render.renderer("docx")
    for name, suffix in (("html", ".html"), ("markdown", ".md"), ("json", ".json")):
        out = tmp_path / f"brief{suffix}"
        assert render.write_brief(diff, out) == name
        assert out.read_bytes() == render.RENDERERS[name].render(diff)
    out = tmp_path / "brief.txt"
    assert render.write_brief(diff, out, format="md") == "markdown"
    assert out.read_text(encoding="utf-8") == render.render_markdown(diff)


# --------------------------------------------------------------------------- redlines


def ops_text(runs: Sequence[render.Run]) -> list[tuple[str, str]]:
    return [(r.op, r.text) for r in runs]


def test_redline_marks_whole_words() -> None:
    old = "allowance of 700 manat ($412) for officially identified victims; 91 received it."
    new = "allowance of 700 manat ($410) for officially recognized victims; 90 received it."
    runs = render.redline(old, new, word_ops(old, new))
    assert ops_text(runs) == [
        ("equal", "allowance of 700 manat"),
        ("delete", "($412)"),
        ("insert", "($410)"),
        ("equal", "for officially"),
        ("delete", "identified"),
        ("insert", "recognized"),
        ("equal", "victims;"),
        ("delete", "91"),
        ("insert", "90"),
        ("equal", "received it."),
    ]
    # operations that cut a word are not shown as they are: word_ops marks the words
    char_ops = (
        (Op.EQUAL, "allowance of 700 manat ($41"),
        (Op.DELETE, "2"),
        (Op.INSERT, "0"),
        (Op.EQUAL, ") for"),
    )
    assert ops_text(
        render.redline(
            "allowance of 700 manat ($412) for", "allowance of 700 manat ($410) for", char_ops
        )
    ) == [
        ("equal", "allowance of 700 manat"),
        ("delete", "($412)"),
        ("insert", "($410)"),
        ("equal", "for"),
    ]
    # operations that do not spell out the sentences: word_ops marks the words
    assert ops_text(render.redline("a b c", "a x c", ((Op.EQUAL, "nonsense"),))) == [
        ("equal", "a"),
        ("delete", "b"),
        ("insert", "x"),
        ("equal", "c"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "ops", "expected"),
    [
        ("a  b", "a b", ((Op.EQUAL, "a "), (Op.DELETE, " "), (Op.EQUAL, "b")), [("equal", "a b")]),
        (
            "cases were",
            "casework were",
            ((Op.EQUAL, "case"), (Op.DELETE, "s"), (Op.INSERT, "work"), (Op.EQUAL, " were")),
            [("delete", "cases"), ("insert", "casework"), ("equal", "were")],
        ),
        (
            "the case",
            "the cases",
            ((Op.EQUAL, "the case"), (Op.INSERT, "s")),
            [("equal", "the"), ("delete", "case"), ("insert", "cases")],
        ),
        (
            "in x ray units",
            "in xray units",
            ((Op.EQUAL, "in x"), (Op.DELETE, " "), (Op.EQUAL, "ray units")),
            [("equal", "in"), ("delete", "x ray"), ("insert", "xray"), ("equal", "units")],
        ),
    ],
)
def test_redline_marks_a_word_cut_at_either_end_of_equal_text(
    old: str, new: str, ops: tuple[tuple[Op, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert ops_text(render.redline(old, new, ops)) == expected


def test_redline_joins_changes_around_a_short_word() -> None:
    runs = render.redline("convicted 12 of 17 traffickers", "convicted 10 of 13 traffickers")
    assert ops_text(runs) == [
        ("equal", "convicted"),
        ("delete", "12 of 17"),
        ("insert", "10 of 13"),
        ("equal", "traffickers"),
    ]


def test_render_index_uses_the_packaged_template() -> None:
    from tipdiff.batch import BatchResult

    html = render.render_index(BatchResult().to_dict())
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert f"tipdiff {tipdiff.__version__}" in html


# --------------------------------------------------------------------------- real seeds


def seed_diff(old: str, new: str) -> ReportDiff:
    compare = getattr(tipdiff, "compare", None)
    if compare is None:
        pytest.skip("tipdiff.compare is not available yet")
    try:
        result: ReportDiff = compare(str(SEEDS / old), str(SEEDS / new))
    except NotImplementedError:
        pytest.skip("tipdiff.compare is not implemented yet")
    return result


@pytest.mark.pdf
def test_seed_pair_renders_in_every_format(tmp_path: Path) -> None:
    seeds = seed_diff("azerbaijan-2021-protection-fragment.txt", "azerbaijan-2024-ecoi-export.txt")
    html = render.render_html(seeds)
    md = render.render_markdown(seeds)
    assert "Azerbaijan" in html and "Azerbaijan" in md
    out = tmp_path / "seed.pdf"
    render.render_pdf(seeds, out)
    text = squash(" ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages))
    assert "Protection" in text and "2021 → 2024" in text


def test_two_briefs_on_one_page_share_no_element_id() -> None:
    """A notebook shows briefs as fragments on one page: each keeps its own ids, so its
    section links jump within itself; a full page keeps its plain ids."""
    first = tipdiff.compare(SEEDS / "azerbaijan-2023-web-excerpt.txt", SEEDS / "azerbaijan-2024-ecoi-export.txt")
    second = tipdiff.compare(SEEDS / "azerbaijan-2009-pdf-extract.txt", SEEDS / "azerbaijan-2024-ecoi-export.txt")
    ids = [set(re.findall(r' id="([^"]+)"', d._repr_html_())) for d in (first, second)]
    assert ids[0] and ids[1] and not ids[0] & ids[1]
    page = first._repr_html_()
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in ids[0]
    assert first._repr_html_() == page  # deterministic
    assert ' id="figures"' in render.render_html(first)


def test_reprs_are_short_and_say_what_the_object_is() -> None:
    diff = tipdiff.compare(SEEDS / "azerbaijan-2023-web-excerpt.txt", SEEDS / "azerbaijan-2024-ecoi-export.txt")
    assert repr(diff) == "ReportDiff(Azerbaijan 2023→2024: Tier 2 → Tier 2, 9 changes)"
    assert len(repr(diff)) < 300 and len(repr(diff.new)) < 300
    assert repr(diff.new).startswith("Report(Azerbaijan 2024, Tier 2, 6 sections, 13 recommendations")


def test_a_list_cut_inside_its_first_item_is_said_to_be_cut_not_missing() -> None:
    """An excerpt that ends inside the first item of its list holds a list, cut: the
    brief says so, not that the text "lists no recommendations"."""
    from .conftest import seed

    text = seed(2024).read_text(encoding="utf-8")
    whole = tipdiff.load(text, year=2024)
    first = whole.recommendations[0]
    start = text.index(first[:40])
    cut = tipdiff.load(text[: start + len(first) // 2].rstrip() + "\n", year=2025)
    assert cut.recommendations == () and cut.truncated
    brief = render.render_markdown(tipdiff.compare(whole, cut))
    assert "The 2025 text ends inside the first item of its list, so the 2024 list cannot be compared" in brief
    assert "lists no recommendations" not in brief
