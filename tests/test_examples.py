"""Every example runs on the seeds and produces what its docstring promises."""

from __future__ import annotations

import runpy
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tipdiff.cli import build_parser, main

from .conftest import ROOT, pdf_as_read, seed

EXAMPLES = ROOT / "examples"


def test_every_example_script_is_tested() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py")}
    assert scripts == {"compare_two_editions.py", "release_batch.py", "make_briefs.py"}


def test_compare_two_editions(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "compare_two_editions.py"), str(seed(2009)), str(seed(2024)), str(tmp_path)],
        capture_output=True, text=True, check=True,
    )
    assert "Azerbaijan: 2009 → 2024" in result.stdout
    assert "tier: Tier 2 Watch List → Tier 2 (upgrade)" in result.stdout
    assert "Increase law enforcement" not in result.stdout  # a summary, not a dump
    assert (tmp_path / "azerbaijan-2009-2024.html").read_text().count("<del") > 0


def test_release_batch(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "release_batch.py"), str(ROOT / "seeds"), str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Azerbaijan") == 4
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "azerbaijan-2023-2024.md").is_file()


@pytest.mark.pdf
@pytest.mark.parametrize(
    ("pdfs", "files"),
    [
        (1, 7),  # every HTML and Markdown brief, one PDF
        pytest.param(None, 9, marks=pytest.mark.slow),  # every PDF too
    ],
)
def test_make_briefs_regenerates_the_committed_examples(tmp_path: Path, pdfs: int | None, files: int) -> None:
    module = runpy.run_path(str(EXAMPLES / "make_briefs.py"))
    written = module["main"](tmp_path, pdfs=pdfs)
    assert len(written) == files
    for path in written:
        committed = EXAMPLES / "briefs" / path.name
        stale = f"examples/briefs/{path.name} is stale: run examples/make_briefs.py"
        if path.suffix in (".html", ".md"):
            assert path.read_bytes() == committed.read_bytes(), stale
        else:  # a PDF's font subsets differ by machine (libharfbuzz-subset or fontTools)
            assert pdf_as_read(path.read_bytes()) == pdf_as_read(committed.read_bytes()), stale


def test_workflow_runs_the_batch_command() -> None:
    workflow = (EXAMPLES / "github-actions" / "tip-report-release.yml").read_text()
    assert "tipdiff batch" in workflow and "--fail-on" in workflow and "upload-artifact" in workflow
    # The command (continued over lines with "\\") is one the command line accepts.
    start = workflow.index("tipdiff batch")
    line = workflow[start : workflow.index("\n", workflow.index("--fail-on", start))]
    args = build_parser().parse_args(shlex.split(line.replace("\\\n", " "))[1:])
    assert (args.command, args.pairs, args.jobs, args.timeout) == ("batch", "latest", 2, 600.0)
    assert args.inputs == ["old.txt", "new.txt"]  # two whole editions, split in memory
    assert "pdftotext new.pdf new.txt" in workflow and "pip install ." in workflow
    assert "cat briefs/" not in workflow  # every brief would pass GitHub's 1 MiB summary limit


def test_workflow_summary_step_prints_the_index_table(tmp_path: Path) -> None:
    workflow = (EXAMPLES / "github-actions" / "tip-report-release.yml").read_text()
    script = workflow.split("python - <<'EOF'", 1)[1].split("\n", 1)[1].split("EOF", 1)[0]
    script = "\n".join(line.removeprefix("          ") for line in script.splitlines())
    assert main(["batch", str(ROOT / "seeds"), "-o", str(tmp_path / "briefs"), "-q"]) == 0
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "## TIP Report: 4 countries compared"
    assert "| Azerbaijan | 2023 → 2024 | Tier 2 → Tier 2 (unchanged) | 9 |  |" in lines
    assert len(result.stdout) < 10_000


@pytest.mark.parametrize("script", ["compare_two_editions.py", "release_batch.py", "make_briefs.py"])
def test_examples_have_a_usage_docstring(script: str) -> None:
    text = (EXAMPLES / script).read_text()
    assert text.startswith('"""')
