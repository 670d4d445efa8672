"""Shared fixtures: the seeds and the development corpus live inside the repository."""

from __future__ import annotations

import functools
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run long fuzz and scale checks")
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


#: Hypothesis profiles: "tipdiff-ci" is the normal run; "tipdiff-long" (``--run-slow``)
#: multiplies the examples of every property test that does not fix its own count,
#: and tests/test_fuzz.py scales its counts by it (20 times the normal run).
settings.register_profile("tipdiff-ci", max_examples=100, deadline=None)
settings.register_profile(
    "tipdiff-long",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


#: Worker processes at most: what the suite gains from more is lost to starting them.
MAX_WORKERS = 4
#: Workers beyond the cores: some tests wait rather than compute (a batch's time limit,
#: a command run as a subprocess), and a spare worker computes meanwhile (on 2 cores, 3
#: workers finish the suite about 8% sooner than 2).
SPARE_WORKERS = 1


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Run the tests in parallel (a process per core and SPARE_WORKERS more, up to
    MAX_WORKERS) when pytest-xdist is installed and the command line did not choose
    (``-n 0``: this process); without xdist the suite runs in this process instead of
    refusing the ``-n`` option."""
    if hasattr(config, "workerinput"):  # an xdist worker: it runs its share here
        return
    if config.pluginmanager.hasplugin("xdist") and config.option.numprocesses is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        config.option.numprocesses = min(cores + SPARE_WORKERS, MAX_WORKERS)


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("tipdiff-long" if config.getoption("--run-slow") else "tipdiff-ci")
    # The commands and examples the tests run as subprocesses import this checkout's
    # tipdiff, as the tests do, installed or not.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))
    )
    # Hypothesis imports libcst/mypy_extensions to print a failing example as a patch;
    # their DeprecationWarning must not hide the failure (warnings are errors here).
    config.addinivalue_line(
        "filterwarnings", "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
    )


@functools.cache
def _pdf_unavailable() -> str | None:
    """Why WeasyPrint cannot print a PDF here, or None: it loads Pango, HarfBuzz and
    Fontconfig from the system, which pip does not install (see the README)."""
    try:
        import weasyprint  # noqa: F401
    except ImportError as exc:  # tipdiff installed without its dependencies
        return f"WeasyPrint is not installed ({exc}); pip install -e '.[test]' installs it"
    except OSError as exc:
        return (
            f"WeasyPrint cannot load its system libraries ({exc}); on Debian/Ubuntu: apt-get "
            "install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 fonts-dejavu-core"
        )
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a test marked ``pdf`` where no PDF can be printed, saying why."""
    if "pdf" in item.keywords and (reason := _pdf_unavailable()) is not None:
        pytest.skip(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def seed_manifest() -> list[dict[str, Any]]:
    return json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))


def corpus_manifest() -> list[dict[str, Any]]:
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))


def seed(edition: int) -> Path:
    """The seed file of one edition."""
    (entry,) = [e for e in seed_manifest() if e["edition"] == edition]
    return SEEDS / entry["file"]


def batch(*args: str) -> int:
    """``tipdiff batch ARGS --jobs 2 -q``: its exit code."""
    from tipdiff.cli import main

    return main(["batch", *args, "--jobs", "2", "-q"])


def summary_of(out: Path) -> dict[str, Any]:
    """A batch's summary.json."""
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def two_editions(tmp_path: Path) -> Path:
    """A folder holding the 2023 and 2024 Azerbaijan seeds as two editions."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed(2023), folder / "azerbaijan-2023.txt")
    shutil.copy(seed(2024), folder / "azerbaijan-2024.txt")
    return folder


def pdf_as_read(data: bytes) -> dict[str, Any]:
    """What a reader of a PDF sees: page count and size, each page's text, the bookmarks
    and the metadata. Unlike the bytes, it does not depend on how WeasyPrint subset the
    embedded fonts (libharfbuzz-subset or fontTools)."""
    import io

    pypdf = pytest.importorskip("pypdf")  # a test extra: pip install -e ".[test]"
    reader = pypdf.PdfReader(io.BytesIO(data))

    def titles(outline: list[Any]) -> list[Any]:
        return [titles(item) if isinstance(item, list) else item.title for item in outline]

    box = reader.pages[0].mediabox
    return {
        "pages": len(reader.pages),
        "size": (round(float(box.width)), round(float(box.height))),
        "text": [page.extract_text() for page in reader.pages],
        "bookmarks": titles(reader.outline),
        "metadata": {k: str(v) for k, v in (reader.metadata or {}).items() if "Date" not in k},
    }


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the batch's worker processes forks of the test process, whatever the
    platform's default start method, so they run the test's monkeypatches."""
    import functools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tipdiff.batch import workers

    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(
        workers, "ProcessPoolExecutor", functools.partial(ProcessPoolExecutor, mp_context=fork)
    )


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL a PDF rendered during the test asks WeasyPrint's fetcher for (which
    still refuses each one)."""
    from tipdiff.render import pdf

    asked: list[str] = []
    refusing = pdf._fetcher_class()

    class Spy(refusing):  # type: ignore[misc, valid-type]
        def fetch(self, url: str, headers: Any = None) -> Any:
            asked.append(url)
            return super().fetch(url, headers)

    monkeypatch.setattr(pdf, "_fetcher_class", lambda: Spy)
    return asked
