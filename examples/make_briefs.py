"""Regenerate the example change briefs in examples/briefs/ from the seed texts.

Run from anywhere: ``python examples/make_briefs.py``. For each seed pair it writes the
brief as HTML, PDF (A4) and Markdown, named ``azerbaijan-<old>-<new>.<ext>``. The HTML
and Markdown are deterministic, so a re-run leaves them byte-identical.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tipdiff
from tipdiff import render

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
OUT = HERE / "briefs"

PAIRS = [
    ("azerbaijan-2023-web-excerpt.txt", "azerbaijan-2024-ecoi-export.txt"),
    ("azerbaijan-2021-protection-fragment.txt", "azerbaijan-2024-ecoi-export.txt"),
    ("azerbaijan-2009-pdf-extract.txt", "azerbaijan-2024-ecoi-export.txt"),
]


def main(out: Path = OUT, *, pdfs: int | None = None) -> list[Path]:
    """Write every brief into ``out`` and return the paths written; ``pdfs``: print the
    PDFs of only that many pairs, the first (a check that the HTML and Markdown are not
    stale need not wait for every PDF)."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for number, (old_name, new_name) in enumerate(PAIRS):
        old = tipdiff.load(SEEDS / old_name)
        new = tipdiff.load(SEEDS / new_name)
        diff = tipdiff.compare(old, new)
        stem = f"azerbaijan-{old.year}-{new.year}"
        printed = pdfs is None or number < pdfs
        for suffix in (".html", ".md", ".pdf") if printed else (".html", ".md"):
            path = out / f"{stem}{suffix}"
            render.write_brief(diff, path)
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for path in main(target):
        print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
