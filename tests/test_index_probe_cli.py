"""Release-day messages and the index's front page (probe cli, section C: 4, 5, 6, 10, 11)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import batch, summary_of
from tipdiff import cli, render
from tipdiff.batch import BatchResult
from tipdiff.errors import UsageError


def _row(country: str, movement: str, *, verdict: str = "unchanged", flags: int = 0) -> dict[str, Any]:
    side = {"year": 2024, "file": "x.txt", "tier": "Tier 2", "pages": None}
    return {
        "country": country,
        "old": {**side, "year": 2023},
        "new": side,
        "tier_movement": movement,
        "verdicts": {"prosecution": {"old": "a", "new": "b", "movement": verdict}},
        "highlights": [],
        "changes": 0,
        "sentences": {},
        "recommendations": {"new": 0, "dropped": 0, "reworded": 0, "not_comparable": 0},
        "briefs": {"html": f"{country}.html"},
        "flags": [f"flag {i}" for i in range(flags)],
        "warnings": [],
    }


def _summary() -> dict[str, Any]:
    summary = BatchResult().to_dict()
    downs = ["Algeria", "Chad", "Fiji", "Iran", "Laos", "Mali", "Peru", "Togo", "Yemen"]
    summary["pairs"] = [_row(c, "downgrade") for c in downs] + [
        _row("Brazil", "upgrade", verdict="downgrade", flags=2),
        _row("Chile", "unchanged"),
    ]
    summary["lone"] = [{"country": "Kosovo", "status": "new", "year": 2024, "file": "k.txt"}]
    summary["failures"] = [{"file": "bad.txt", "country": "Oman", "reason": "stopped"}]
    summary["totals"] = {
        **summary["totals"], "pairs": 11, "downgrades": 9, "upgrades": 1,
        "verdict_decreases": 1, "flags": 2, "failures": 1, "countries_new": 1,
    }
    return summary


def _totals(html: str) -> dict[str, str]:
    """Each totals item's text (tags dropped), keyed by its label's first word."""
    block = html.split('<ul class="totals"', 1)[1].split("</ul>", 1)[0]
    items = [re.sub(r"<[^>]+>", " ", li) for li in block.split("<li")[1:]]
    return {" ".join(t.split()[1:3]): " ".join(t.split()).replace(" ,", ",") for t in items}


def test_the_index_totals_name_the_countries_they_count() -> None:
    html = render.render_index(_summary())
    totals = _totals(html)
    assert "9 tier downgrades Algeria, Chad, Fiji, Iran, Laos … and 4 more" in totals["9 tier"]
    assert totals["1 tier"].endswith("Brazil")
    assert "Brazil" in totals["1 effort"] and "Brazil" in totals["2 flags"]
    assert "Oman" in totals["1 failure"] and "Kosovo" in totals["1 country"]
    assert "Chile" not in html.split("</ul>", 1)[0]
    # every name links to an entry of the page
    targets = set(re.findall(r'id="([^"]+)"', html))
    links = re.findall(r'href="#([^"]+)"', html)
    assert len(links) == 9 + 1 + 1 + 1 + 1 + 1 and set(links) <= targets


def test_a_country_in_several_pairs_is_named_with_the_years() -> None:
    summary = _summary()
    summary["pairs"].append({**_row("Chad", "downgrade"), "old": {**_row("Chad", "x")["old"], "year": 2020}})
    assert "Chad (2020→2024)" in render.render_index(summary)


def test_batch_and_compare_take_the_same_format_names(two_editions: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(two_editions), "-o", str(out), "--formats", "markdown,htm,md") == 0
    (row,) = summary_of(out)["pairs"]
    assert sorted(row["briefs"]) == ["html", "md"]
    with pytest.raises(UsageError, match=r"markdown, json \(or md, htm\)"):
        from tipdiff.batch import run_batch

        run_batch(two_editions, tmp_path / "o2", formats=["text"])


def test_many_copies_set_aside_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    def copy(i: int) -> Any:
        return SimpleNamespace(label=f"b.txt pp. {i}", path=Path("b.txt"), country=f"C{i}", year=2024)

    chosen = SimpleNamespace(label="a.txt", path=Path("a.txt"))
    cli._print_set_aside([(copy(i), chosen) for i in range(190)])
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "set aside 190 narratives (from b.txt)" in lines[0]
    assert "summary.json" in lines[0] and "index.html" in lines[0]


def test_timeline_of_two_says_what_to_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["timeline", "a.txt", "b.txt", "-o", str(tmp_path / "t.html")]) == 2
    err = capsys.readouterr().err
    assert "--country NAME" in err and "tipdiff batch OLD NEW" in err


def test_an_interrupted_batch_says_what_it_left(
    two_editions: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"

    def interrupted(inputs: Any, output: Any, **options: Any) -> Any:
        Path(output).mkdir()
        (Path(output) / "chad.html").write_text("brief")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_batch", interrupted)
    assert cli.main(["batch", str(two_editions), "-o", str(out)]) == 130
    err = capsys.readouterr().err
    assert "1 brief file written" in err and "summary.json and index.html not written" in err
