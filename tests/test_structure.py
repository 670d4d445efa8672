"""How the package hangs together: stages import only earlier stages, the command line
starts without the renderers' libraries, and each vocabulary has one home."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import tipdiff
from tipdiff import render
from tipdiff.render import formats

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``statement``."""
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_the_command_line_and_the_model_load_no_renderer() -> None:
    for statement in ("import tipdiff.cli", "import tipdiff.model", "import tipdiff"):
        modules = loaded_after(statement)
        assert "jinja2" not in modules and "weasyprint" not in modules, statement
        assert not {m for m in modules if m.startswith("tipdiff.render.")} - {
            "tipdiff.render.formats"
        }, statement
    assert "weasyprint" not in loaded_after("import tipdiff.render.outputs")


def test_the_model_imports_no_later_stage() -> None:
    """The model's modules import the standard library and each other, nothing else."""
    files = sorted((ROOT / "tipdiff" / "model").glob("*.py"))
    assert len(files) >= 3
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level in (0, 1), f"{path.name}: from {'.' * node.level}{node.module}"
                assert node.level == 1 or not (node.module or "").startswith("tipdiff"), path.name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("tipdiff") for a in node.names), path.name


def test_every_public_render_name_resolves() -> None:
    assert sorted(render.__all__) == sorted(render._HOMES)
    for name in render.__all__:
        assert getattr(render, name) is not None, name
        assert name in dir(render)
    with pytest.raises(AttributeError):
        _ = render.no_such_name  # type: ignore[attr-defined]
    for name in ("render_html", "render_markdown", "render_pdf"):
        assert getattr(tipdiff, name) is getattr(render, name)


def test_formats_have_one_home() -> None:
    from tipdiff import batch, cli

    assert set(render.RENDERERS) == set(formats.OUTPUT_FORMATS)
    assert batch.FORMATS == ("pdf", "html", "md", "json")
    for name in batch.FORMATS:
        assert formats.output_format(name).suffix == f".{name}"
    parser = cli.build_parser()
    compare = parser.parse_args(["compare", "a", "b", "--format", "md", "--paper", "letter"])
    assert (compare.format, compare.paper) == ("md", "letter")
    with pytest.raises(SystemExit):
        parser.parse_args(["timeline", "a", "b", "c", "-o", "t.html", "--paper", "a3"])
