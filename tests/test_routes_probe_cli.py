"""One release read two ways gives one answer (probe cli A1, A4)."""

from __future__ import annotations

from pathlib import Path

import tipdiff
from tipdiff.batch.discover import ManifestEntry, identify
from tipdiff.model import Tier

_BODY = (
    "The Government of Examplia does not fully meet the minimum standards for the "
    "elimination of trafficking but is making significant efforts to do so. The government "
    "demonstrated overall increasing efforts compared with the previous reporting period; "
    "therefore Examplia remained on Tier 1. The government identified 27 trafficking "
    "victims, compared with 19 in the previous reporting period.\n"
)


def test_report_heading_outranks_a_body_sentence_with_a_warning() -> None:
    report = tipdiff.load("LITHUANIA: Tier 2\n\n" + _BODY.replace("Examplia", "Lithuania"))
    assert report.tier == Tier.TIER_2
    assert any("the report's own heading" in w for w in report.warnings)


def test_site_title_still_gives_way() -> None:
    report = tipdiff.load("Lithuania (Tier 2)\n\n" + _BODY.replace("Examplia", "Lithuania"))
    assert report.tier == Tier.TIER_1


def test_manifest_tier_is_the_batch_tier(tmp_path: Path) -> None:
    path = tmp_path / "lithuania-2025.txt"
    path.write_text("Lithuania (Tier 2)\n\n" + _BODY.replace("Examplia", "Lithuania"))
    (narrative,) = identify(path, {path.name: ManifestEntry(tier="Tier 2")})
    report = narrative.load()
    assert narrative.tier == "Tier 2" and report.tier == Tier.TIER_2
    assert any("the manifest says Tier 2" in w for w in report.warnings)
    assert narrative.warnings


def test_file_name_year_wins_over_an_inferred_one(tmp_path: Path) -> None:
    text = "GABON: Tier 2\n\n" + _BODY.replace("Examplia", "Gabon")
    path = tmp_path / "gabon-2031.txt"
    path.write_text(text)
    inferred = tipdiff.load(text).year
    assert inferred != 2031
    report = tipdiff.load(path)
    assert report.year == 2031
    assert "file name" in (report.evidence["year"] or "")
    assert tipdiff.load(text).year == inferred  # a str is read as before
