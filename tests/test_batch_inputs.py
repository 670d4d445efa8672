"""A batch run unattended: editions paired (not files), inputs checked before any work,
one clear line and exit 2 for every input a CI job could get wrong."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from tipdiff.cli import main

from .conftest import CORPUS, SEEDS, batch, seed, summary_of


def test_the_corpus_pairs_editions_and_the_index_counts_are_the_briefs_counts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(CORPUS), str(SEEDS), "-o", str(out), "--formats", "html,md") == 0
    summary = summary_of(out)
    jsonschema = pytest.importorskip("jsonschema")  # a test extra: pip install -e ".[test]"
    jsonschema.validate(summary, json.loads((files("tipdiff") / "data" / "summary.schema.json").read_text()))
    years = [(p["country"], p["old"]["year"], p["new"]["year"]) for p in summary["pairs"]]
    assert all(old < new for _, old, new in years), "no edition is compared with itself"
    assert len(set(years)) == len(years)
    assert ("Moldova", 2019, 2020) in years  # the real year-on-year pair (ecoi 2019 → ecoi 2020)
    for row in summary["pairs"]:
        markdown = (out / row["briefs"]["md"]).read_text(encoding="utf-8")
        if row["changes"]:
            assert f"{row['changes']} changed sentence" in markdown, row["briefs"]["md"]
        else:
            assert "No sentence changed" in markdown or "share no section" in markdown
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == len(summary["pairs"]) + 1
    first = summary["pairs"][0]
    assert f'data-sort="{first["changes"]}">{first["changes"]}</td>' in index
    # Totals first: the index opens with the numbers a release-day reader wants.
    assert index.index("tier downgrade") < index.index("<table")
    # Narratives of mixed years name no edition's countries: Honduras's newest text being
    # older than Moldova's is no news ("not in the latest edition"), only said.
    lone = {row["country"]: row["status"] for row in summary["lone"]}
    assert lone["Honduras"] == lone["Azerbaijan"] == "older"
    assert summary["totals"]["countries_gone"] == summary["totals"]["countries_new"] == 0
    assert "the inputs hold no later narrative of it" in index
    first = min(old for _, old, _ in years)
    last = max(new for _, _, new in years)
    assert f"what changed in the editions {first}–{last}</h1>" in index  # every pair's years
    assert ", not in the latest edition" not in index


def test_latest_pairs_the_two_newest_editions_not_two_copies_of_one(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(CORPUS), "-o", str(out), "--pairs", "latest") == 0
    pairs = {(p["country"], p["old"]["year"], p["new"]["year"]) for p in summary_of(out)["pairs"]}
    assert pairs == {("Honduras", 2022, 2023), ("Moldova", 2024, 2025)}


def test_pairs_all_writes_one_brief_per_pair(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(SEEDS), "-o", str(out), "--pairs", "all") == 0
    names = [p["briefs"]["html"] for p in summary_of(out)["pairs"]]
    assert len(names) == 10 == len(set(names)) == len(list(out.glob("azerbaijan-*.html")))


def test_copies_of_one_edition_are_one_edition_and_the_choice_is_said(
    two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(seed(2021), two_editions / "azerbaijan-2024-protection.txt")
    (two_editions / "manifest.json").write_text(
        json.dumps([{"file": "azerbaijan-2024-protection.txt", "country": "azerbaijan", "year": 2024}])
    )
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 0
    summary = summary_of(out)
    assert [(p["old"]["file"], p["new"]["file"]) for p in summary["pairs"]] == [
        ("azerbaijan-2023.txt", "azerbaijan-2024.txt")
    ]
    (aside,) = summary["set_aside"]
    assert (aside["file"], aside["chosen"]) == ("azerbaijan-2024-protection.txt", "azerbaijan-2024.txt")
    assert "set aside azerbaijan-2024-protection.txt" in capsys.readouterr().err


def test_country_names_are_one_country_however_written(two_editions: Path, tmp_path: Path) -> None:
    (two_editions / "manifest.json").write_text(
        json.dumps(
            [
                {"file": "azerbaijan-2023.txt", "country": "azerbaijan", "year": 2023},
                {"file": "azerbaijan-2024.txt", "country": "Azerbaijan ", "year": 2024},
            ]
        )
    )
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 0
    assert [p["country"] for p in summary_of(out)["pairs"]] == ["Azerbaijan"]


def test_renamed_countries_are_paired(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for year, old_name, new_name in ((2021, "Turkey", "Turkish"), (2022, "Türkiye", "Turkish")):
        text = seed(2023 if year == 2021 else 2024).read_text(encoding="utf-8")
        (folder / f"n{year}.txt").write_text(
            text.replace("Azerbaijani", new_name)
            .replace("Azerbaijan", old_name)
            .replace("AZERBAIJAN", old_name.upper()),
            encoding="utf-8",
        )
    (folder / "manifest.json").write_text(
        json.dumps([{"file": "n2021.txt", "year": 2021}, {"file": "n2022.txt", "year": 2022}])
    )
    out = tmp_path / "out"
    assert batch(str(folder), "-o", str(out)) == 0
    (row,) = summary_of(out)["pairs"]
    assert (row["country"], row["briefs"]["html"]) == ("Türkiye", "turkiye-2021-2022.html")


def test_new_recommendation_does_not_fire_when_the_old_text_lists_none(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed(2021), folder / "azerbaijan-2021.txt")  # a protection fragment: no list
    shutil.copy(seed(2024), folder / "azerbaijan-2024.txt")
    assert batch(str(folder), "-o", str(out), "--fail-on", "new-recommendation") == 0
    (row,) = summary_of(out)["pairs"]
    assert row["recommendations"]["new"] == 0 and row["recommendations"]["not_comparable"] > 0
    assert main(["compare", str(seed(2021)), str(seed(2024)), "-o", str(out / "d.json")]) == 0
    statuses = {r["status"] for r in json.loads((out / "d.json").read_text())["recommendations"]}
    assert statuses == {"not_comparable"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"file": "azerbaijan-2024.txt", "year": "2024"}, "manifest.json entry 2: year must be a number"),
        ({"file": "azerbaijan-2024.txt", "year": True}, "manifest.json entry 2: year must be a number"),
        ({"file": "azerbaijan-2024.txt", "country": ""}, "manifest.json entry 2: country must be a name"),
        ({"file": "azerbaijan-2024.txt", "tier": "Tier 9"}, "manifest.json entry 2: tier must be one such as"),
        ({"file": "azerbaijan-2024.txt", "pages": [9, 3]}, "manifest.json entry 2: pages must be [first, last]"),
        ({"country": "Azerbaijan"}, "manifest.json entry 2: 'file' must be the file's name"),
        ("azerbaijan-2024.txt", "manifest.json entry 2: each entry must be an object"),
    ],
)
def test_a_bad_manifest_value_is_one_line_and_exit_2_before_any_output(
    entry: Any, message: str, two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (two_editions / "manifest.json").write_text(json.dumps([{"file": "azerbaijan-2023.txt"}, entry]))
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tipdiff: error: {message}") and err.count("\n") == 1
    assert not out.exists()


def test_an_empty_folder_exits_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "report.pdf").write_bytes(b"%PDF-1.7")
    out = tmp_path / "out"
    assert batch(str(empty), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "no narrative files" in err and "1 other files skipped" in err and err.count("\n") == 1
    assert not out.exists()


def test_a_batch_with_one_edition_per_country_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed(2024), folder / "azerbaijan-2024.txt")
    out = tmp_path / "out"
    assert batch(str(folder), "-o", str(out)) == 2
    assert "nothing to compare: each of the 1 countries has one edition (2024)" in capsys.readouterr().err
    assert not out.exists()


def test_an_output_path_that_is_a_file_is_refused_before_any_work(
    two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.html"
    target.write_text("keep me")
    assert batch(str(two_editions), "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert "is a file" in err and err.count("\n") == 1
    assert target.read_text() == "keep me"


def test_a_file_that_cannot_be_read_is_said_to_have_failed(
    two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failure makes the exit code 2, and the line on stderr says so ("failed"), unlike
    an input passed over on purpose."""
    (two_editions / "notes.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 2
    (failure,) = summary_of(out)["failures"]
    err = capsys.readouterr().err
    assert f"tipdiff: failed {failure['file']}: {failure['reason']}" in err
    assert "passed over" not in err


def test_a_pdf_in_the_folder_is_listed_as_passed_over(
    two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (two_editions / "tip-2024.pdf").write_bytes(b"%PDF-1.7")
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 0
    (skipped,) = summary_of(out)["skipped"]
    assert skipped["file"].endswith("tip-2024.pdf") and "pdftotext" in skipped["reason"]
    assert "passed over" in capsys.readouterr().err
    assert "tip-2024.pdf" in (out / "index.html").read_text()


def test_a_second_manifest_is_listed_when_one_is_given(two_editions: Path, tmp_path: Path) -> None:
    (two_editions / "manifest.json").write_text("[]")
    given = tmp_path / "given.json"
    given.write_text(json.dumps([{"file": "azerbaijan-2023.txt", "year": 2023}]))
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out), "--manifest", str(given)) == 0
    reasons = [s["reason"] for s in summary_of(out)["skipped"]]
    assert reasons == [f"not read: --manifest {given} is used"]


def _prosecution(convicted: int, before: str) -> str:
    return (
        "The government maintained law enforcement efforts. The Ghana Police Service "
        f"investigated trafficking cases, and courts convicted {convicted} traffickers, "
        f"compared with {before}.\n"
    )


def _the_one_pair(tmp_path: Path, files: dict[str, str]) -> dict[str, Any]:
    """Batch ``files`` (name → text) in a folder of their own: the one pair it compares."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert batch(str(folder), "-o", str(out), "--formats", "md") == 0
    (pair,) = summary_of(out)["pairs"]
    return pair


def test_numbered_file_names_give_country_and_edition(tmp_path: Path) -> None:
    """"01-ghana-2017.txt", "16. ghana 2018.txt": a leading number before the country is
    no obstacle; the texts, which state no year, are paired 2017 → 2018."""
    pair = _the_one_pair(
        tmp_path,
        {
            "01-ghana-2017.txt": _prosecution(12, "eight the year before"),
            "16. ghana 2018.txt": _prosecution(7, "12 the year before"),
        },
    )
    assert (pair["country"], pair["old"]["year"], pair["new"]["year"]) == ("Ghana", 2017, 2018)


def test_a_file_name_s_year_wins_over_a_year_the_text_only_works_out(tmp_path: Path) -> None:
    """A text whose figures are compared with 2016 is taken as the 2018 edition when
    nothing else dates it; a file named "ghana-2019.txt" says it is the 2019 edition."""
    pair = _the_one_pair(
        tmp_path,
        {
            "ghana-2017.txt": _prosecution(12, "eight the year before"),
            "ghana-2019.txt": _prosecution(7, "12 in 2016"),
        },
    )
    assert (pair["old"]["year"], pair["new"]["year"]) == (2017, 2019)


def test_a_text_naming_countries_unclearly_fails_saying_so(two_editions: Path, tmp_path: Path) -> None:
    """A text whose only countries are its suspects' nationalities fails for naming none
    clearly enough, not for "never naming its country"."""
    (two_editions / "prosecution.txt").write_text(
        "The government maintained law enforcement efforts. State governments completed 313 "
        "pre-trial trafficking investigations. Suspects were primarily Romanian or Bulgarian.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 2
    (failure,) = summary_of(out)["failures"]
    assert failure["reason"].startswith(
        "the text names no country clearly enough to be its own (it names Romania, Bulgaria)"
    )
