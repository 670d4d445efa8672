"""The release-day job: tipdiff batch over a folder, and --fail-on for CI."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import markupsafe
import pytest

import tipdiff
from tipdiff.cli import main

from .conftest import CORPUS, SEEDS, seed


def test_batch_on_the_seeds_pairs_consecutive_editions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["batch", str(SEEDS), "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    pairs = [(p["old"]["year"], p["new"]["year"]) for p in summary["pairs"]]
    assert pairs == [(2009, 2015), (2015, 2021), (2021, 2023), (2023, 2024)]
    assert {p["country"] for p in summary["pairs"]} == {"Azerbaijan"}
    assert summary["failures"] == []
    index = (out / "index.html").read_text()
    for old, new in pairs:
        brief = out / f"azerbaijan-{old}-{new}.html"
        assert brief.is_file() and f"{old}" in brief.read_text()
        assert brief.name in index
    assert "Tier 2 Watch List" in index
    assert not list(out.glob(".*.tmp")), "no temporary files are left behind"
    # The index tells the news: each pair's figure lines of "What changed", as the diff has them.
    last = summary["pairs"][-1]
    expected = [h.to_dict() for h in tipdiff.compare(seed(2023), seed(2024)).highlights]
    assert last["highlights"] == expected
    figure_lines = [h["text"] for h in expected if h["kind"] == "figure"]
    assert figure_lines and all(html.escape(text, quote=False) in index for text in figure_lines)
    # messages go to stderr, as --help says; stdout stays empty for a CI job's own use
    streams = capsys.readouterr()
    assert streams.out == "" and "4 briefs" in streams.err


def test_batch_fills_a_missing_country_from_a_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed(2021), folder / "fragment.txt")
    shutil.copy(seed(2024), folder / "full.txt")
    (folder / "fragment.txt").write_text(
        (folder / "fragment.txt").read_text().replace("Azerbaijani", "local").replace("Azerbaijan", "the country")
    )
    (folder / "manifest.json").write_text(json.dumps([{"file": "fragment.txt", "country": "Azerbaijan"}]))
    assert main(["batch", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "-q"]) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    inputs = {i["file"]: i for i in summary["inputs"]}
    assert inputs["fragment.txt"]["country_from"] == "manifest"
    assert [(p["old"]["year"], p["new"]["year"]) for p in summary["pairs"]] == [(2021, 2024)]


def test_batch_on_the_corpus_lists_bad_files_and_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "2", "-q", "--manifest", str(folder / "manifest.json")]) == 2
    summary = json.loads((out / "summary.json").read_text())
    reasons = {f["file"]: f["reason"] for f in summary["failures"]}
    assert "PNG image" in reasons["broken.txt"]
    assert "empty" in reasons["empty.txt"]
    # Editions are paired, not files: one pair per step between a country's editions,
    # never an edition with itself, and every copy of an edition but one set aside.
    editions = {(e["country"], e["report_year"]) for e in json.loads((CORPUS / "manifest.json").read_text())}
    countries = {country for country, _ in editions}
    assert len(summary["pairs"]) == len(editions) - len(countries) == 28
    assert all(p["old"]["year"] < p["new"]["year"] for p in summary["pairs"])
    assert len(summary["set_aside"]) == 40 - len(editions)
    index = (out / "index.html").read_text()
    assert "broken.txt" in index and "empty.txt" in index
    names = [row["briefs"]["html"] for row in summary["pairs"]]
    assert len(set(names)) == len(names), "no brief overwrites another"
    for row in summary["pairs"]:
        assert (out / row["briefs"]["html"]).is_file()


def test_fail_on_tier_downgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    upgrade = [str(seed(2009)), str(seed(2024))]  # Tier 2 Watch List → Tier 2
    assert main(["compare", *upgrade, "-o", str(tmp_path / "a.json"), "--fail-on", "tier-downgrade"]) == 0
    downgrade = list(reversed(upgrade))
    assert main(["compare", *downgrade, "-o", str(tmp_path / "b.json"), "--fail-on", "tier-downgrade"]) == 1
    err = capsys.readouterr().err
    assert "tier-downgrade: Tier 2 → Tier 2 Watch List" in err


def test_fail_on_real_corpus_downgrade(tmp_path: Path) -> None:
    old, new = CORPUS / "honduras-2006-refworld.txt", CORPUS / "honduras-2007-refworld.txt"
    assert main(["compare", str(old), str(new), "-o", str(tmp_path / "x.md"), "--fail-on", "tier-downgrade"]) == 1


def test_unknown_fail_on_condition_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", str(seed(2023)), str(seed(2024)), "--fail-on", "tier-drop"])
    assert code == 2
    err = capsys.readouterr().err
    assert "tier-drop" in err and "tier-downgrade" in err and err.count("\n") == 1


def test_what_a_killed_writer_leaves_is_removed_and_nothing_else(tmp_path: Path) -> None:
    from tipdiff.files import remove_temporary_files

    names = [
        ".a.html.k3j_x9q2.tmp",  # left by the writer of a.html
        ".a.html.notrandomnamehere.tmp",  # not what tempfile names
        ".b.html.k3j_x9q2.tmp",  # another file's writer
        "a.html",
        ".a.md.k3j_x9q2.tmp",  # left by the writer of a.md
    ]
    for name in names:
        (tmp_path / name).write_text("x")
    removed = remove_temporary_files([tmp_path / "a.html", tmp_path / "a.md", tmp_path / "gone" / "c.html"])
    assert sorted(p.name for p in removed) == [".a.html.k3j_x9q2.tmp", ".a.md.k3j_x9q2.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".a.html.notrandomnamehere.tmp", ".b.html.k3j_x9q2.tmp", "a.html"]
    )


def test_a_text_s_own_warning_reaches_its_index_row_as_the_brief_says_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed(2023), folder / "azerbaijan-2023.txt")
    cut = seed(2024).read_text().rstrip()
    (folder / "azerbaijan-2024.txt").write_text(cut[: cut.rindex(".", 0, len(cut) - 200) - 40])
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "-q", "--formats", "md"]) == 0
    row = json.loads((out / "summary.json").read_text())["pairs"][0]
    cut_short = [w for w in row["warnings"] if w.startswith("The 2024 text ends mid-sentence")]
    assert len(cut_short) == 1
    assert cut_short[0] in (out / row["briefs"]["md"]).read_text()
    assert str(markupsafe.escape(cut_short[0])) in (out / "index.html").read_text()
