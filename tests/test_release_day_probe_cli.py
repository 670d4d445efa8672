"""Release day as a new user lives it (probe cli): exit codes as a CI contract, an output
folder checked before the work, no stale brief left by a re-run, an edition dated by its
file name, and messages that name the input, the country and the count rightly."""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import tipdiff
import tipdiff.batch
from benchmarks.editions import build_edition
from tipdiff.batch import PairJob
from tipdiff.cli import main
from tipdiff.errors import RenderError, TipdiffError

from .conftest import batch, seed, summary_of


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two small whole editions of the same five countries, 2023 and 2024, as pdftotext
    gives them."""
    folder = tmp_path_factory.mktemp("editions")
    old, new = folder / "tip-2023.txt", folder / "tip-2024.txt"
    text = build_edition(2024, countries=3, seed=3).text
    old.write_text(text.replace("2024", "2023"), encoding="utf-8")
    new.write_text(text, encoding="utf-8")
    return old, new


def undated(edition: Path, to: Path) -> Path:
    """``edition`` as a text that states no edition year, written to ``to``."""
    to.write_text(edition.read_text(encoding="utf-8").replace("2024", ""), encoding="utf-8")
    return to


def pair_disk_full(job: PairJob) -> dict[str, Any]:
    """A pair job on a full disk (module level: the workers run it by name)."""
    disk_full(job.out_dir / f"{job.stem}.html", b"")
    return {}


def disk_full(path: object, data: bytes) -> None:
    raise RenderError(f"cannot write {str(path)!r}: No space left on device")


def pair_fails(job: PairJob) -> dict[str, Any]:
    raise TipdiffError("stopped on purpose")


# ----------------------------------------------------------- B1, B2: the output folder


def writing_into(command: str, two_editions: Path, out: Path) -> list[str]:
    """The arguments of ``command`` (batch of both editions, or split of one) into ``out``."""
    if command == "batch":
        return ["batch", str(two_editions), "-o", str(out), "-q"]
    return ["split", str(two_editions / "azerbaijan-2024.txt"), "-o", str(out)]


@pytest.mark.parametrize("command", ["batch", "split"])
def test_an_output_folder_that_cannot_be_created_is_one_line_and_exit_2(
    command: str, two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 1 means "a --fail-on condition held" to CI: a folder that cannot be made
    (here under a file) is an error, exit 2, one line, no traceback."""
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "briefs"
    assert main(writing_into(command, two_editions, out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tipdiff: error: cannot create")
    assert "afile" in err


@pytest.mark.parametrize("command", ["batch", "split"])
def test_a_folder_that_cannot_be_written_is_found_before_any_reading(
    command: str,
    two_editions: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A read-only disk (root ignores file modes, so the disk's refusal is played here)
    is found by writing a test file before the inputs are read, not after the work."""
    from tipdiff import edition
    from tipdiff import files as output_files

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the inputs were read before the output folder was checked")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(output_files, "tempfile", type("T", (), {"mkstemp": staticmethod(read_only)}))
    monkeypatch.setattr(tipdiff.batch, "gather", no_work)
    monkeypatch.setattr(edition, "load_edition", no_work)
    assert main(writing_into(command, two_editions, out)) == 2
    err = capsys.readouterr().err
    assert err == f"tipdiff: error: cannot write into {str(out)!r}: Read-only file system\n"


def test_the_output_check_leaves_nothing_behind(two_editions: Path, tmp_path: Path) -> None:
    """The test file is removed, and a missing folder is not made by the check alone:
    a batch with nothing to compare still writes nothing."""
    before = sorted(p.name for p in tmp_path.iterdir())
    assert batch(str(two_editions / "azerbaijan-2024.txt"), "-o", str(tmp_path / "new" / "out")) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not list(two_editions.glob(".tipdiff-check*"))


@pytest.mark.usefixtures("forked_workers")  # the workers inherit the full disk
def test_a_full_disk_names_how_many_pairs_failed_and_why_the_first_did(
    two_editions: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tipdiff.batch, "run_pair", pair_disk_full)
    monkeypatch.setattr(tipdiff.batch, "write_atomic", disk_full)
    assert batch(str(two_editions), "-o", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "summary.json': No space left on device; pairs that failed before it: 1 of 1, the first Azerbaijan (" in err
    assert "azerbaijan-2023-2024.html': No space left on device" in err


# ------------------------------------------------------------------ A3: a re-run


def test_a_rerun_removes_the_earlier_batchs_briefs_it_did_not_write_again(
    two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out), "--formats", "html,md") == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")  # not tipdiff's: kept
    (out / "other-2001-2002.html").write_text("mine", encoding="utf-8")  # unlisted: kept
    capsys.readouterr()
    assert batch(str(two_editions), "-o", str(out), "--formats", "html") == 0
    err = capsys.readouterr().err
    assert "removed 1 brief an earlier batch wrote in" in err and "(first: azerbaijan-2023-2024.md)" in err
    assert sorted(p.name for p in out.iterdir()) == [
        "azerbaijan-2023-2024.html",
        "index.html",
        "notes.md",
        "other-2001-2002.html",
        "summary.json",
    ]
    # Other inputs: the earlier pair's brief goes too; the written ones are all listed.
    third = tmp_path / "third"
    third.mkdir()
    shutil.copy(seed(2021), third / "azerbaijan-2021.txt")
    shutil.copy(seed(2023), third / "azerbaijan-2023.txt")
    assert batch(str(third), "-o", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert "azerbaijan-2023-2024.html" not in names and "azerbaijan-2021-2023.html" in names
    assert "notes.md" in names and "other-2001-2002.html" in names


def test_a_summary_naming_files_outside_the_folder_removes_nothing(
    two_editions: Path, tmp_path: Path
) -> None:
    """Only plain brief names in the folder are ever removed, whatever a (hand-edited)
    summary.json lists."""
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "precious.html"
    victim.write_text("keep", encoding="utf-8")
    (out / "data.txt").write_text("keep", encoding="utf-8")
    listed = {"html": "../precious.html", "md": str(victim), "json": "data.txt"}
    (out / "summary.json").write_text(
        json.dumps({"schema_version": 1, "pairs": [{"briefs": listed}]}), encoding="utf-8"
    )
    assert batch(str(two_editions), "-o", str(out)) == 0
    assert victim.exists() and (out / "data.txt").exists()


# ----------------------------------------------------- A2: an edition without its year


def test_an_edition_that_states_no_year_takes_its_file_names(
    editions: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = editions
    text = undated(new, tmp_path / "tip-2024.txt")
    assert tipdiff.load_edition(text).year is None
    out = tmp_path / "out"
    assert batch(str(old), str(text), "-o", str(out)) == 0
    err = capsys.readouterr().err
    assert "does not say which edition it is from; read as the 2024 edition, as its file name says" in err
    summary = summary_of(out)
    assert summary["totals"]["pairs"] == 5
    newer = [entry for entry in summary["inputs"] if entry["year"] == 2024]
    assert len(newer) == 5 and {entry["year_from"] for entry in newer} == {"file name"}


def test_an_edition_that_states_no_year_and_whose_name_gives_none_says_what_to_do(
    editions: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = editions
    text = undated(new, tmp_path / "latest.txt")
    assert batch(str(old), str(text), "-o", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert "latest.txt" in err and "name the file like 'tip-2024.txt'" in err


def test_the_edition_year_warning_is_on_the_edition(editions: tuple[Path, Path], tmp_path: Path) -> None:
    edition = tipdiff.load_edition(undated(editions[1], tmp_path / "x.txt"))
    assert edition.year is None
    assert any("does not say which edition it is from; pass year=" in w for w in edition.warnings)


# ---------------------------------------------------------------- C1, C2, C3: messages


def test_nothing_to_compare_names_the_input_that_gave_nothing(
    editions: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = editions
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "emptydir"
    folder.mkdir()
    copy = tmp_path / "t23-copy.txt"
    shutil.copy(old, copy)
    expected = {
        (str(old), str(empty)): f"because {empty} is empty",
        (str(old), str(folder)): f"because {folder} holds no narrative file (.txt, .html)",
        (str(old), str(copy)): f"because {copy} is the same 2023 edition as {old}",
        (str(old), str(old)): f"because {old} was given twice",
    }
    for inputs, because in expected.items():
        assert batch(*inputs, "-o", str(tmp_path / "out")) == 2
        err = capsys.readouterr().err
        assert err.startswith("tipdiff: error: nothing to compare: each of the 5 countries has one edition (2023)")
        assert because in err and err.count("\n") == 1, err
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("forked_workers")  # the workers inherit the failing pair
def test_a_failed_pair_names_its_country_on_stderr_and_in_the_summary(
    two_editions: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tipdiff.batch, "run_pair", pair_fails)
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert (
        "tipdiff: failed Azerbaijan (azerbaijan-2023.txt → azerbaijan-2024.txt): stopped on purpose\n"
        in err
    )
    summary = summary_of(out)
    assert summary["failures"] == [
        {
            "file": "azerbaijan-2023.txt → azerbaijan-2024.txt",
            "country": "Azerbaijan",
            "reason": "stopped on purpose",
        }
    ]
    schema = json.loads(files("tipdiff").joinpath("data/summary.schema.json").read_text(encoding="utf-8"))
    assert "country" in schema["properties"]["failures"]["items"]["required"]
    jsonschema = pytest.importorskip("jsonschema")  # a test extra: pip install -e ".[test]"
    jsonschema.validate(summary, schema)


def test_counts_of_one_are_singular(two_editions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert batch(str(two_editions), "-o", str(tmp_path / "out")) == 0
    assert "tipdiff: 1 brief from 2 narratives in" in capsys.readouterr().err
    assert main(["split", str(two_editions / "azerbaijan-2024.txt"), "-o", str(tmp_path / "split")]) == 0
    assert "tipdiff: 1 narrative of the 2024 edition in" in capsys.readouterr().err


# --------------------------------------------------------------------- C7: the library


def test_an_unknown_country_of_an_edition_is_a_tipdiff_error_and_a_key_error(
    editions: tuple[Path, Path],
) -> None:
    edition = tipdiff.load_edition(editions[0])
    for caught in (TipdiffError, KeyError):
        with pytest.raises(caught) as raised:
            edition.report("Narnia")
        assert str(raised.value) == "'Narnia' has no narrative in this edition (5 countries; see Edition.countries)"
    with pytest.raises(KeyError, match="did you mean Yemen"):
        edition.report("Yemn")
    assert edition.report("libya").country == "Libya"


def test_the_jobs_the_readme_names_need_no_import_of_their_own() -> None:
    code = "import tipdiff; print(tipdiff.batch.run_batch.__name__, tipdiff.timeline.build_timeline.__name__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["run_batch", "build_timeline"]
