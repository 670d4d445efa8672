"""Measure tipdiff's time and memory on growing inputs: ``python tests/scale.py``.

Each measurement runs in a fresh process (so its peak resident memory is its own):
load both editions, compare them, render HTML, Markdown and JSON. The shapes are the
2024 seed repeated (a realistic text, ``seed``) and pathological ones: one sentence
repeated, one word repeated, one enormous paragraph (no sentence breaks), a hard-
wrapped paragraph, a long recommendation list, runs of whitespace and of
abbreviations. The new edition is the old one with every seventh word changed.

    python tests/scale.py                      # the default table (about a minute)
    python tests/scale.py --shape seed --mb 1 2 5 10
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "azerbaijan-2024-ecoi-export.txt").read_text(encoding="utf-8")


def _word(i: int) -> str:
    """A made-up word, different for every ``i`` (letters only)."""
    return "".join(chr(97 + int(c, 16)) for c in f"{i * 2654435761 % 2**32:08x}")


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit) + 1)


def _section(body: str) -> str:
    """A pathological body under a section heading, so it still reads as a narrative
    (a text with no heading, tier or verdict is refused as not a narrative)."""
    return "PROSECUTION\n\n" + body


SHAPES: dict[str, Callable[[int], str]] = {
    "seed": lambda n: "\n\n".join([SEED] * (n // len(SEED) + 1)),
    "same sentence": lambda n: _section(
        _repeat("The government identified trafficking victims and referred them. ", n)
    ),
    "same word": lambda n: _section("Trafficking. " + _repeat("victims ", n)),
    "one paragraph": lambda n: _section(
        "Trafficking efforts. "
        + _repeat("the government investigated cases and victims were identified by police and ", n)
    ),
    "wrapped paragraph": lambda n: _section(
        _repeat(
            "the government of the country investigated many trafficking\ncases and identi-\n"
            "fied victims of ",
            n,
        )
    ),
    "recommendations": lambda n: "PRIORITIZED RECOMMENDATIONS:\n"
    + "".join(
        f"* Increase efforts to protect trafficking victims in region {i} and train officials.\n"
        for i in range(n // 80 + 1)
    ),
    "hyphenated lines": lambda n: _section(
        "\n".join(
            f"the government found {_word(i)} and {_word(i + 1)} victims of traffick {_word(i + 2)}-"
            for i in range(n // 70 + 1)
        )
    ),
    "whitespace": lambda n: _section(
        "The government maintained efforts against human trafficking. " + " " * n
    ),
    "abbreviations": lambda n: _section("Trafficking efforts. " + _repeat("U.S. ", n)),
}


def _mutate(text: str) -> str:
    words = text.split(" ")
    return " ".join(w + "x" if i % 7 == 3 else w for i, w in enumerate(words))


def measure(shape: str, size: int, trace: bool = False) -> dict[str, float]:
    """Run the pipeline once in this process; seconds per stage and peak memory."""
    import tipdiff
    from tipdiff import render

    old = SHAPES[shape](size).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    new = _mutate(old)  # (a few bytes longer: the limit needs room for it)
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    a, b = tipdiff.load(old), tipdiff.load(new)
    loaded = time.perf_counter()
    diff = tipdiff.compare(a, b)
    compared = time.perf_counter()
    for name in ("html", "markdown", "json"):
        render.RENDERERS[name].render(diff)
    rendered = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    assert diff.reconstruct("old") == a.text and diff.reconstruct("new") == b.text
    return {
        "bytes": len(old.encode("utf-8")),
        "load": loaded - started,
        "compare": compared - loaded,
        "render": rendered - compared,
        "total": rendered - started,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "traced_mb": peak / 1e6,
    }


def run(shape: str, size: int, trace: bool = False) -> dict[str, float]:
    """:func:`measure` in a fresh Python process."""
    command = [sys.executable, __file__, "--one", shape, str(size)] + (["--trace"] if trace else [])
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--mb", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    parser.add_argument("--trace", action="store_true", help="also measure with tracemalloc")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.trace)))
        return 0
    print(f"{'shape':18} {'MB':>6} {'load s':>7} {'compare':>7} {'render':>7} {'total':>7} {'RSS MB':>7}"
          + (f" {'traced':>7}" if args.trace else ""))
    for shape in args.shape or list(SHAPES):
        for mb in args.mb:
            r = run(shape, int(mb * 1_000_000), args.trace)
            print(
                f"{shape:18} {r['bytes'] / 1e6:6.2f} {r['load']:7.2f} {r['compare']:7.2f} "
                f"{r['render']:7.2f} {r['total']:7.2f} {r['rss_mb']:7.0f}"
                + (f" {r['traced_mb']:7.0f}" if args.trace else ""),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
