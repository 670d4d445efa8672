"""Profile tipdiff's stages with cProfile and write the hot spots as Markdown.

    python benchmarks/hotspots.py                       # seeds, batch, growth ×190
    python benchmarks/hotspots.py --only growth --scale 50 --top 25

Targets:

- ``seeds``: ``load``, ``compare``, ``render_html`` and ``render_pdf`` on the four seed
  pairs (each stage profiled on its own, summed over the pairs, after a warm-up);
- ``batch``: what a batch worker does for a synthetic release (``identify`` every file,
  then ``run_pair`` per pair writing HTML, and PDF for the first ``--pdf-pairs``), run
  in this process so the profiler sees it; the batch's own process overhead is the
  difference between the benchmark's wall time and this;
- ``growth``: ``load`` and ``compare`` of the growth pair at ``--scale`` (×190 ≈ 3.3 MB
  a side), under a time limit (``--timeout``).

Writes ``benchmarks/results/profile.md`` (``--out``): per target, the total and the top
functions by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synth
from benchmarks.cases import StageTimeout, time_limit

TARGETS = ("seeds", "batch", "growth")


def _where(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if filename == "~":
        return name  # a builtin
    path = Path(filename)
    parts = path.parts
    for anchor in ("tipdiff", "site-packages", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            short = "/".join(parts[index + (anchor != "tipdiff") :])
            break
    else:
        short = path.name
    return f"{short}:{line}({name})"


def hot_spots(profile: cProfile.Profile, top: int) -> dict[str, Any]:
    stats = pstats.Stats(profile)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = max((ct for (_cc, _nc, _tt, ct, _callers) in raw.values()), default=0.0)
    rows = [
        {"function": _where(key), "calls": nc, "tottime": tt, "cumtime": ct}
        for key, (_cc, nc, tt, ct, _callers) in raw.items()
    ]
    by_own = sorted(rows, key=lambda r: -r["tottime"])[:top]
    by_cum = sorted(
        (r for r in rows if not r["function"].startswith(("<", "{"))),
        key=lambda r: -r["cumtime"],
    )[:top]
    return {"total": total, "by_tottime": by_own, "by_cumtime": by_cum}


def profiled(
    target: str,
    note: str,
    function: Callable[[], Any],
    top: int,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Run ``function`` once under cProfile: one section of the report."""
    print(f"profile: {target} …", file=sys.stderr, flush=True)
    profile = cProfile.Profile()
    start = time.perf_counter()
    status = "done"
    try:
        with time_limit(timeout):
            profile.enable()
            try:
                function()
            finally:
                profile.disable()
    except StageTimeout:
        status = f"timeout after {timeout:.0f} s (partial profile)"
    wall = time.perf_counter() - start
    return {"target": target, "note": note, "wall": wall, "status": status, **hot_spots(profile, top)}


# ------------------------------------------------------------------------ targets


def profile_seeds(top: int, tmp: Path) -> list[dict[str, Any]]:
    import tipdiff

    pairs = [(synth.seed_path(a), synth.seed_path(b)) for a, b in synth.SEED_PAIRS]
    loaded = [(tipdiff.load(a), tipdiff.load(b)) for a, b in pairs]
    diffs = [tipdiff.compare(a, b) for a, b in loaded]
    for diff in diffs:  # warm-up: templates compiled, WeasyPrint fonts set up
        tipdiff.render_html(diff)
    tipdiff.render_pdf(diffs[0], tmp / "warm.pdf")
    repeats = 5

    def load() -> None:
        for _ in range(repeats):
            for a, b in pairs:
                tipdiff.load(a)
                tipdiff.load(b)

    def compare() -> None:
        for _ in range(repeats):
            for a, b in loaded:
                tipdiff.compare(a, b)

    def render_html() -> None:
        for _ in range(repeats):
            for diff in diffs:
                tipdiff.render_html(diff)

    def render_pdf() -> None:
        for diff in diffs:
            tipdiff.render_pdf(diff, tmp / "brief.pdf")

    out = []
    for name, function, runs in (
        ("load ×2", load, repeats),
        ("compare", compare, repeats),
        ("render_html", render_html, repeats),
        ("render_pdf", render_pdf, 1),
    ):
        note = f"4 seed pairs × {runs} run(s), after a warm-up"
        out.append(profiled(f"seed pairs: {name}", note, function, top))
    return out


def profile_batch(top: int, pairs: int, pdf_pairs: int) -> list[dict[str, Any]]:
    from tipdiff import batch

    out = []
    with tempfile.TemporaryDirectory(prefix="tipdiff-profile-") as tmp:
        folder = Path(tmp) / "release"
        synth.build_release(folder, pairs)
        manifest = batch.read_manifest(folder / "manifest.json")
        paths = batch.find_narratives(folder)
        narratives: list[Any] = []

        def identify() -> None:
            narratives.extend(n for p in paths for n in batch.identify(p, manifest))

        note = f"{len(paths)} narratives, in one process"
        out.append(profiled("batch: identify (read every narrative)", note, identify, top))
        jobs = batch.pair_editions(narratives, "consecutive")
        for formats, count in ((("html",), len(jobs)), (("pdf",), pdf_pairs)):
            target = Path(tmp) / f"out-{formats[0]}"
            target.mkdir()
            work = [
                batch.PairJob(old, new, target, formats, "a4", None, ())
                for old, new in jobs[:count]
            ]

            def run_pairs(work: Sequence[Any] = work) -> None:
                for job in work:
                    batch.run_pair(job)

            out.append(
                profiled(
                    f"batch: run_pair → {formats[0].upper()}",
                    f"{len(work)} pairs in one process (what a worker does)",
                    run_pairs,
                    top,
                )
            )
    return out


def profile_growth(top: int, scale: int, timeout: float, folder: Path) -> list[dict[str, Any]]:
    import tipdiff

    old, new = synth.growth_pair(scale)
    old_path, new_path = folder / "old.txt", folder / "new.txt"
    old_path.write_text(old, encoding="utf-8")
    new_path.write_text(new, encoding="utf-8")
    state: dict[str, Any] = {}
    out = []

    def load() -> None:
        state["old"], state["new"] = tipdiff.load(old_path), tipdiff.load(new_path)

    def compare() -> None:
        state["diff"] = tipdiff.compare(state["old"], state["new"])

    def render_html() -> None:
        tipdiff.render_html(state["diff"])

    for name, function in (("load ×2", load), ("compare", compare), ("render_html", render_html)):
        note = f"{len(new.encode()) / 1e6:.2f} MB a side"
        out.append(profiled(f"growth ×{scale}: {name}", note, function, top, timeout))
        if out[-1]["status"] != "done":
            break
    return out


# ------------------------------------------------------------------------- output


def markdown(sections: list[dict[str, Any]], top: int) -> str:
    lines = [
        "## tipdiff profile (cProfile)",
        "",
        "Produced by `python benchmarks/hotspots.py`. Times are under the profiler (slower "
        "than the benchmark's); own = time in the function itself, cumulative = with "
        "everything it calls.",
        "",
    ]
    for section in sections:
        lines += [
            f"### {section['target']}",
            "",
            f"{section['note']}; {section['wall']:.2f} s under the profiler; {section['status']}.",
            "",
            f"Top {top} by own time:",
            "",
            "| own s | % | cumulative s | calls | function |",
            "|---|---|---|---|---|",
        ]
        total = section["total"] or 1.0
        for row in section["by_tottime"]:
            lines.append(
                f"| {row['tottime']:.3f} | {100 * row['tottime'] / total:.0f} | "
                f"{row['cumtime']:.3f} | {row['calls']} | `{row['function']}` |"
            )
        lines += [
            "",
            f"Top {top} by cumulative time:",
            "",
            "| cumulative s | own s | calls | function |",
            "|---|---|---|---|",
        ]
        for row in section["by_cumtime"]:
            lines.append(
                f"| {row['cumtime']:.3f} | {row['tottime']:.3f} | {row['calls']} | "
                f"`{row['function']}` |"
            )
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help=f"comma list of targets: {', '.join(TARGETS)}")
    parser.add_argument("--top", type=int, default=15, help="functions per table")
    parser.add_argument("--scale", type=int, default=190, help="growth scale to profile")
    parser.add_argument("--pairs", type=int, default=190, help="release pairs for 'batch'")
    parser.add_argument("--pdf-pairs", type=int, default=20, help="pairs rendered to PDF")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per growth stage")
    parser.add_argument(
        "--out", type=Path, default=synth.ROOT / "benchmarks" / "results" / "profile.md"
    )
    args = parser.parse_args(argv)
    targets = tuple(t.strip() for t in (args.only or ",".join(TARGETS)).split(",") if t.strip())
    sections: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="tipdiff-profile-") as tmp:
        if "seeds" in targets:
            sections += profile_seeds(args.top, Path(tmp))
        if "batch" in targets:
            sections += profile_batch(args.top, args.pairs, args.pdf_pairs)
        if "growth" in targets:
            sections += profile_growth(args.top, args.scale, args.timeout, Path(tmp))
    text = markdown(sections, args.top)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
