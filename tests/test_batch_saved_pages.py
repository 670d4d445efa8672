"""Release day from saved web pages: a folder per edition of country pages, as a browser
or curl saves them, with what else lands in such a folder (probe e5)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tipdiff.cli import main

from .conftest import batch, seed, summary_of

NOT_FOUND_PAGE = (
    "<html><head><title>Page Not Found - United States Department of State</title></head>"
    "<body><h1>Page Not Found</h1><p>We are sorry, the page you requested cannot be found.</p>"
    "<p>Return to the home page or use the search box above.</p></body></html>"
)


def _page(text: str, country: str) -> str:
    """A narrative as a saved country page: a title, then one <p> per paragraph."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f"<html><head><title>{country} - United States Department of State</title></head>"
        f"<body>{paragraphs}</body></html>"
    )


def _renamed(text: str, country: str) -> str:
    return text.replace("Azerbaijani", "local").replace("Azerbaijan", country).replace(
        "AZERBAIJAN", country.upper()
    )


def _save(folder: Path, country: str, edition: int, *, complete: bool = True) -> None:
    """Save ``country``'s page as Chrome's "Webpage, Complete" does: the page, and its
    own files in a folder named after it (a frame's page among them)."""
    name = f"{country} - United States Department of State"
    text = _renamed(seed(edition).read_text(encoding="utf-8"), country)
    (folder / f"{name}.html").write_text(_page(text, country), encoding="utf-8")
    if complete:
        assets = folder / f"{name}_files"
        assets.mkdir()
        (assets / "saved_resource.html").write_text("<html><body><p>Share</p></body></html>")
        (assets / "site.css").write_text("body { margin: 0 }")


@pytest.fixture
def release(tmp_path: Path) -> tuple[Path, Path]:
    """Two editions as folders of saved pages: Lesotho in both, Malawi only in the
    old one, Namibia only in the new one; a 404 page saved with the new ones."""
    old, new = tmp_path / "pages-2023", tmp_path / "pages-2024"
    old.mkdir()
    new.mkdir()
    for country in ("Lesotho", "Malawi"):
        _save(old, country, 2023)
    for country in ("Lesotho", "Namibia"):
        _save(new, country, 2024, complete=country == "Lesotho")
    (new / "Page Not Found - United States Department of State.html").write_text(NOT_FOUND_PAGE)
    return old, new


def test_a_release_saved_as_web_pages_exits_0_and_passes_over_what_is_no_narrative(
    release: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = release
    out = tmp_path / "out"
    assert batch(str(old), str(new), "-o", str(out), "--formats", "md") == 0
    summary = summary_of(out)
    assert [p["country"] for p in summary["pairs"]] == ["Lesotho"]
    assert summary["failures"] == []
    reasons = {Path(s["file"]).name: s["reason"] for s in summary["skipped"]}
    assert reasons["Lesotho - United States Department of State_files"].startswith("a saved web page's own files")
    assert "does not read like a Trafficking in Persons Report narrative" in reasons[
        "Page Not Found - United States Department of State.html"
    ]
    # one stderr line for the three folders of page files, however many there are
    err = capsys.readouterr().err
    assert err.count("a saved web page's own files") == 1 and "and 0 more" not in err


def test_countries_new_and_gone_are_news_when_each_folder_is_one_edition(
    release: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = release
    out = tmp_path / "out"
    assert batch(str(old), str(new), "-o", str(out), "--formats", "md") == 0
    summary = summary_of(out)
    assert {(r["country"], r["status"]) for r in summary["lone"]} == {
        ("Malawi", "gone"),
        ("Namibia", "new"),
    }
    assert (summary["totals"]["countries_new"], summary["totals"]["countries_gone"]) == (1, 1)


def test_a_page_that_is_no_narrative_fails_when_it_is_named(
    release: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = release
    page = new / "Page Not Found - United States Department of State.html"
    args = ["batch", str(old), str(new / "Lesotho - United States Department of State.html")]
    assert main([*args, str(page), "-o", str(tmp_path / "out"), "-q", "--formats", "md"]) == 2
    (failed,) = [line for line in capsys.readouterr().err.splitlines() if "failed" in line]
    assert "Page Not Found" in failed and "does not read like" in failed


def test_of_a_page_saved_twice_the_copy_is_set_aside_not_the_original(
    release: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = release
    page = new / "Lesotho - United States Department of State.html"
    (new / "Lesotho - United States Department of State (1).html").write_bytes(page.read_bytes())
    out = tmp_path / "out"
    assert batch(str(old), str(new), "-o", str(out), "--formats", "md") == 0
    (copy,) = summary_of(out)["set_aside"]
    assert copy["file"].endswith("State (1).html") and copy["chosen"] == page.name
