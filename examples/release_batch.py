"""The release-day job through the Python API: every country's editions in a folder.

    python examples/release_batch.py [INPUT_DIR] [OUT_DIR]

Defaults: the bundled seeds into ./briefs. Writes a brief per pair (HTML and Markdown),
index.html and summary.json, prints one line per comparison and exits like
``tipdiff batch --fail-on tier-downgrade`` (0 clean, 1 a tier went down, 2 a file failed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tipdiff.batch import run_batch

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SEEDS
    out = Path(argv[1]) if len(argv) > 1 else Path("briefs")
    result = run_batch(source, out, formats=("html", "md"), jobs=2, fail_on=("tier-downgrade",))
    for row in result.pairs:
        print(
            f"{row['country']:<14} {row['old']['year']} → {row['new']['year']}  "
            f"tier {row['tier_movement']:<9} {row['changes']:>3} changed sentences  "
            f"{row['briefs']['html']}"
        )
    for failure in result.failures:
        print(f"failed {failure.path}: {failure.reason}")
    for flag in result.flags:
        print(flag)
    return result.exit_code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
