"""Smoke tests for ``benchmarks/``: the builders are deterministic and a tiny run fills
every row of the table and writes parseable JSON. Timings are never asserted."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from benchmarks import run as bench
from benchmarks import synth


def test_swap_country_handles_names_adjectives_plurals_and_capitals() -> None:
    chad = synth.Country("Chad", ("Chadian",))
    text = "AZERBAIJAN (Tier 2). Azerbaijani victims; Azerbaijanis abroad; Azeri men in Baku."
    swapped = synth.swap_country(text, "Azerbaijan", chad)
    assert swapped == "CHAD (Tier 2). Chadian victims; Chadians abroad; Chadian men in Chad City."
    moldova = "The Government of the Republic of Moldova; Moldovan and Moldovans"
    assert synth.swap_country(moldova, "Moldova", chad) == (
        "The Government of the Chad; Chadian and Chadians"
    )
    assert synth.swap_country("Honduran children", "Honduras", chad) == "Chadian children"
    assert synth.swap_country(text, "Azerbaijan", synth.Country("Azerbaijan")) == text


def test_perturb_is_seeded_and_changes_the_text() -> None:
    text = synth.seed_path(2024).read_text(encoding="utf-8")
    first = synth.perturb(text, synth.random.Random(1))
    assert first == synth.perturb(text, synth.random.Random(1))
    assert first != text
    assert first != synth.perturb(text, synth.random.Random(2))
    assert first.count("\n") == text.count("\n")  # the line shape is kept


def test_release_is_deterministic_and_named_by_country_and_year(tmp_path: Path) -> None:
    entries = synth.build_release(tmp_path / "a", 5)
    synth.build_release(tmp_path / "b", 5)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert len(entries) == 5
    assert len([f for f in files if f.endswith(".txt")]) == 10
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest) == 10
    countries = synth.load_countries()[:5]
    for entry, country in zip(entries, countries, strict=True):
        assert entry.country == country.name
        assert re.fullmatch(r"[a-z0-9-]+-(19|20)\d\d\.txt", entry.new_file)
        assert entry.old_year < entry.new_year
        new_text = (tmp_path / "a" / entry.new_file).read_text(encoding="utf-8")
        if country.name not in synth.SOURCE_COUNTRIES:
            assert country.name in new_text
            assert not re.search(r"Azerbaijan|Azeri|Moldova|Hondura", new_text)


def test_release_of_190_pairs_uses_190_countries(tmp_path: Path) -> None:
    entries = synth.build_release(tmp_path, 190)
    assert len({e.country for e in entries}) == 190
    assert len(list(tmp_path.glob("*.txt"))) == 380


def test_growth_and_adversarial_pairs_scale_and_repeat() -> None:
    one = synth.growth_pair(1)
    two = synth.growth_pair(2)
    assert one == synth.growth_pair(1)
    assert one[0] != one[1]
    assert 1.8 < len(two[1]) / len(one[1]) < 2.2
    size = len(one[0])
    for kind in synth.ADVERSARIAL_KINDS:
        old, new = synth.adversarial_pair(kind, size)
        assert (old, new) == synth.adversarial_pair(kind, size)
        assert old != new
        assert 0.8 < len(old) / size < 1.2, kind
    with pytest.raises(ValueError):
        synth.adversarial_pair("nonsense", size)


def test_markdown_shows_timeouts_and_errors() -> None:
    timeout_row = {
        "input": "×190",
        "scale": 190,
        "old_bytes": 3_300_000,
        "new_bytes": 3_300_000,
        "seconds": {"load_x2": 9.0, "compare": "timeout", "render_html": "skipped"},
        "total": None,
        "git_word_diff": 0.1,
        "compare_vs_x1": None,
        "total_vs_x1": None,
        "compare_vs_git": None,
        "tracemalloc_peak_mb": None,
        "maxrss_mb": 500.0,
    }
    results = {
        "config": dataclasses.asdict(bench.QUICK),
        "machine": {
            "cpu": "cpu",
            "cpus": 2,
            "memory_gb": 1,
            "system": "Linux",
            "python": "3.11",
            "tipdiff": "0",
            "weasyprint": "0",
            "font_subsetting": "fonttools",
            "git": "git",
        },
        "growth": [timeout_row],
    }
    results["targets"] = [t.__dict__ | {"verdict": t.verdict} for t in bench.evaluate(results)]
    text = bench.markdown(results)
    assert "| ×190 | 3.30 MB | 9.000 s | timeout | skipped |" in text
    assert "WeasyPrint 0 (fonts subset with fonttools)" in text  # PDF times depend on it
    growth_target = next(t for t in results["targets"] if "×190 / compare ×1" in t["name"])
    assert growth_target["measured"] == "timeout"
    assert growth_target["met"] is False


def test_a_fast_batch_that_failed_pairs_misses_its_target() -> None:
    """A release or edition batch that exits non-zero (pairs it could not read) is no
    evidence of speed: its target is missed, and the table says why."""
    run = {"format": "html", "jobs": 2, "wall": 2.0, "exit_code": 2, "failures": 4, "maxrss_mb": 30}
    results = {
        "release": {"pairs": 190, "runs": [run]},
        "edition": {"countries": 190, "batch_vs_htmldiff": 0.1, "batch_exit_code": 2},
    }
    targets = bench.evaluate(results)
    release = next(t for t in targets if t.name.startswith("release: 190 pairs"))
    edition = next(t for t in targets if t.name.startswith("edition: batch"))
    assert (release.met, release.measured) == (False, "2.000 s (exit 2, 4 failed)")
    assert (edition.met, edition.measured) == (False, "0.10 (exit 2)")
    run["exit_code"], results["edition"]["batch_exit_code"] = 0, 0
    assert all(t.met for t in bench.evaluate(results) if t.name.startswith(("release: 190", "edition: b")))


#: The parts of the whole-edition and archive targets, which a tiny run measures in two
#: seconds; the seed pairs, the release (batch commands run as subprocesses, PDFs
#: printed), growth and adversarial inputs take the rest (run with --run-slow).
QUICK_PARTS = ("edition", "archive")


def test_tiny_run_of_the_quick_parts_fills_their_rows_and_writes_json(tmp_path: Path) -> None:
    results = bench.run(dataclasses.replace(bench.tiny(), parts=QUICK_PARTS), tmp_path)
    text = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert text == results["markdown"]
    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == bench.SCHEMA_VERSION and data["config"]["mode"] == "tiny"
    assert not {"seeds", "release", "growth", "adversarial"} & data.keys()
    edition = data["edition"]
    assert (edition["countries"], edition["briefs"], edition["batch_exit_code"]) == (3, edition["pairs"], 0)
    assert edition["split_vs_separate"] > 0 and edition["batch_vs_htmldiff"] > 0
    archive = data["archive"]
    assert archive["narratives"] >= 9 and archive["size_ratio"] > 0 and archive["timeline_speedup"] > 0
    assert len(data["targets"]) == 12
    for target in data["targets"]:
        assert re.search(rf"^\| {re.escape(target['name'])} \|", text, re.M)


@pytest.mark.slow
@pytest.mark.pdf
def test_tiny_run_fills_every_row_and_writes_json(tmp_path: Path) -> None:
    results = bench.run(bench.tiny(), tmp_path)
    text = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert text == results["markdown"]
    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == bench.SCHEMA_VERSION
    assert data["config"]["mode"] == "tiny"
    measured = synth.SEED_PAIRS[: bench.tiny().seed_pairs]
    for old, new in measured:
        assert re.search(rf"^\| {old}→{new} \|", text, re.M), (old, new)
    assert [r["pair"] for r in data["seeds"]] == [f"{a}→{b}" for a, b in measured]
    for row in data["seeds"]:
        assert set(row["seconds"]) == {
            "load_x2", "compare", "render_html", "render_pdf", "htmldiff"
        }  # fmt: skip
    runs = [(r["format"], r["jobs"]) for r in data["release"]["runs"]]
    assert runs == [("html", 1), ("html", 2), ("pdf", 1), ("pdf", 2)]
    for fmt in ("HTML", "PDF"):
        for jobs in (1, 2):
            assert re.search(rf"^\| {fmt} \| {jobs} \|", text, re.M), (fmt, jobs)
    assert all(r["briefs"] == 2 for r in data["release"]["runs"]), data["release"]["runs"]
    assert [r["input"] for r in data["growth"]] == ["×1", "×2"]
    assert [r["input"] for r in data["adversarial"]] == list(synth.ADVERSARIAL_KINDS)
    for kind in synth.ADVERSARIAL_KINDS:
        assert re.search(rf"^\| {kind} \|", text, re.M), kind
    edition = data["edition"]
    assert (edition["countries"], edition["briefs"], edition["batch_exit_code"]) == (3, edition["pairs"], 0)
    assert edition["split_vs_separate"] > 0 and edition["batch_vs_htmldiff"] > 0
    assert re.search(r"^### Whole editions \(3 countries a side", text, re.M)
    archive = data["archive"]
    assert archive["narratives"] >= 9 and archive["size_ratio"] > 0 and archive["timeline_speedup"] > 0
    assert re.search(r"^### Archive \(3 countries × 3 editions", text, re.M)
    assert len(data["targets"]) == 12
    for target in data["targets"]:
        assert re.search(rf"^\| {re.escape(target['name'])} \|", text, re.M)


@pytest.mark.pdf
def test_machine_info_records_the_font_subsetting_path() -> None:
    from weasyprint.text import ffi

    expected = "fonttools" if ffi.harfbuzz_subset is None else "harfbuzz"
    assert bench.machine_info()["font_subsetting"] == expected
