"""The command line, run in-process through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tipdiff
from tipdiff.cli import main
from tipdiff.countries import country_name
from tipdiff.errors import InputError, NotANarrativeError, TipdiffError

from .conftest import seed


def test_inspect_prints_metadata_with_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(seed(2009))]) == 0
    out = capsys.readouterr().out
    assert "Azerbaijan" in out and "2009" in out and "Tier 2 Watch List" in out
    assert "(Tier 2 Watch List)" in out  # the evidence
    for name in (
        "profile",
        "summary",
        "recommendations",
        "prosecution",
        "protection",
        "prevention",
    ):
        assert name in out
    assert "Recommendations (7)" in out
    assert "Increase law enforcement efforts" in out


def test_inspect_json_has_the_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", "--json", str(seed(2024))]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("country", "year", "tier", "sections", "recommendations", "verdicts", "figures"):
        assert key in data
    assert (data["country"], data["year"], data["tier"]) == ("Azerbaijan", 2024, "Tier 2")
    assert [s["name"] for s in data["sections"]][:2] == ["summary", "recommendations"]
    assert all(isinstance(p, str) for s in data["sections"] for p in s["paragraphs"])
    assert len(data["recommendations"]) == 13


def test_inspect_says_unknown_for_what_the_text_does_not_say(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["inspect", str(seed(2015))]) == 0
    out = capsys.readouterr().out
    assert "tier     unknown" in out
    assert "not in this text: prosecution, prevention" in out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "empty.txt", "is empty"),
        (lambda d: d / "blank.txt", "is empty"),
        (lambda d: d / "image.png.txt", "PNG image"),
        (lambda d: d / "doc.pdf", "PDF file"),
        (lambda d: d / "recipe.txt", "does not read like a Trafficking in Persons Report"),
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
    ],
    ids=["empty", "whitespace", "png", "pdf", "recipe", "missing", "directory"],
)
def test_bad_input_gets_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n  \n")
    (tmp_path / "image.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "recipe.txt").write_text(
        "Beat two eggs with flour. Bake for 20 minutes at 180 degrees.\n"
    )
    assert main(["inspect", str(make(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_library_raises_tipdiff_errors(tmp_path: Path) -> None:
    (tmp_path / "recipe.txt").write_text("Beat two eggs with flour. Bake for 20 minutes.\n")
    with pytest.raises(NotANarrativeError):
        tipdiff.load(tmp_path / "recipe.txt")
    with pytest.raises(InputError):
        tipdiff.load(b"")
    with pytest.raises(TipdiffError):
        tipdiff.load(tmp_path / "nope.txt")


def test_help_explains_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "inspect" in out and "compare" in out and "Exit codes" in out


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tipdiff", "inspect", str(seed(2023))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "Tier 2" in result.stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "{old}", "{new}", "--format", "pdf"], "a PDF brief needs a file"),
        (["compare", "{old}", "{new}", "-o", "{tmp}/brief.docx"], "cannot tell the output format"),
        (["compare", "{old}", "{new}", "-o", "{tmp}/missing/brief.html"], "does not exist"),
        (["compare", "{old}", "{new}", "--fail-on", "tier-drop"], "unknown --fail-on condition"),
        (["compare", "{old}", "{tmp}/nope.txt"], "no such file"),
        (["batch", "{tmp}/no-such-folder", "-o", "{tmp}/out"], "does not exist"),
        (["batch", "{seeds}", "-o", "{tmp}/out", "--formats", "html,docx"], "unknown format"),
        (["batch", "{seeds}", "-o", "{tmp}/out", "--jobs", "0"], "--jobs must be 1 or more"),
        (["timeline", "{old}", "{new}", "-o", "{tmp}/t.html"], "needs three or more editions"),
        (["timeline", "{old}", "{new}", "{old}", "-o", "{tmp}/t.txt"], "use .html or .pdf"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v[:1] + v[3:4]),
)
def test_every_cli_error_path_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    values = {"old": str(seed(2023)), "new": str(seed(2024)), "tmp": str(tmp_path), "seeds": str(seed(2024).parent)}
    assert main([a.format(**values) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err, err
    assert err.strip().count("\n") <= 1 and "Traceback" not in err
    assert not (tmp_path / "out" / "index.html").exists()


@pytest.mark.pdf
@pytest.mark.parametrize("subset_library", [True, False], ids=["harfbuzz", "fonttools"])
def test_pdf_speed_note_once_only_without_harfbuzz_subset(
    subset_library: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from weasyprint.text import ffi

    if not subset_library:
        monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    elif ffi.harfbuzz_subset is None:
        monkeypatch.setattr(ffi, "harfbuzz_subset", object())  # pretend only for the note
        monkeypatch.setattr("tipdiff.render.outputs.html_to_pdf", lambda html: b"%PDF-1.7 stub")
    out = tmp_path / "brief.pdf"
    assert main(["compare", str(seed(2023)), str(seed(2024)), "-o", str(out)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "libharfbuzz-subset" in line]
    assert len(notes) == (0 if subset_library else 1)
    assert out.read_bytes().startswith(b"%PDF")  # the real PDF, or the stub was reached
    assert main(["compare", str(seed(2023)), str(seed(2024)), "-o", str(tmp_path / "b.md")]) == 0
    assert "libharfbuzz-subset" not in capsys.readouterr().err  # only where PDFs are made


def test_every_command_and_manifest_key_is_documented_in_the_readme() -> None:
    import argparse

    from tipdiff.batch import MANIFEST_KEYS
    from tipdiff.cli import build_parser

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    subparsers = next(
        a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for name in subparsers.choices:
        assert f"### `tipdiff {name}" in readme, name
    for key in MANIFEST_KEYS:
        assert f"| `{key}` |" in readme, key


def test_compare_says_which_narrative_it_read_from_pages_holding_several(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.editions import build_edition

    generated = build_edition(2024, style="2024", countries=30, seed=15)
    truth, following = generated.narratives[3], generated.narratives[4]
    assert truth.first_page is not None and truth.last_page is not None
    pages = tmp_path / "pages.txt"
    pages.write_text("\f".join(generated.text.split("\f")[truth.first_page - 2 : truth.last_page + 1]) + "\f")
    out = tmp_path / "brief.json"
    assert main(["compare", str(pages), str(seed(2024)), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "holds 2 narratives" in err and country_name(truth.country) in err
    assert json.loads(out.read_text())["old"]["country"] == country_name(truth.country)
    assert main(["compare", str(pages), str(seed(2024)), "-o", str(out), "--country", following.country]) == 0
    assert json.loads(out.read_text())["old"]["country"] == country_name(following.country)


def test_compare_refuses_two_whole_editions_unless_a_country_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`compare` given the whole report twice would compare each one's longest narrative,
    two different countries: it says what to do instead (exit 2, no brief); with
    --country it compares that country's narratives."""
    from benchmarks.editions import build_edition

    old, new = tmp_path / "tip-2023.txt", tmp_path / "tip-2024.txt"
    old.write_text(build_edition(2023, style="2024", countries=12, seed=3).text, encoding="utf-8")
    generated = build_edition(2024, style="2024", countries=12, seed=3)
    new.write_text(generated.text, encoding="utf-8")
    out = tmp_path / "brief.json"
    assert main(["compare", str(old), str(new), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is a whole edition" in err and "--country" in err and "tipdiff batch" in err
    assert not out.exists()
    country = country_name(generated.narratives[2].country)
    assert main(["compare", str(old), str(new), "-o", str(out), "--country", country]) == 0
    brief = json.loads(out.read_text())
    assert brief["old"]["country"] == brief["new"]["country"] == country


def test_an_output_that_is_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """"-o /dev/stdout" or a named pipe: the brief goes into it. Replacing it as a file
    would leave a file where the device was (run as root, "-o /dev/null" took /dev/null
    away from every process after)."""
    import os
    import stat
    import threading

    pipe = tmp_path / "brief.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code = main(["compare", str(seed(2023)), str(seed(2024)), "--format", "md", "-o", str(pipe)])
    reader.join(timeout=10)
    assert code == 0
    assert stat.S_ISFIFO(pipe.stat().st_mode), "the pipe was replaced by a file"
    assert received and received[0].decode("utf-8").startswith("## Azerbaijan")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pipe"]  # no temporary file left
