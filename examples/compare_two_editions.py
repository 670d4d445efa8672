"""Compare two editions of a country narrative through the Python API.

    python examples/compare_two_editions.py [OLD NEW] [OUT_DIR]

Without arguments it compares the bundled 2023 and 2024 Azerbaijan seeds. It prints
what an analyst reads first (tier, effort verdicts, key figures, recommendations) and
writes the brief as HTML and Markdown into OUT_DIR (default: the current folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

import tipdiff

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> int:
    old_path = argv[0] if len(argv) >= 2 else SEEDS / "azerbaijan-2023-web-excerpt.txt"
    new_path = argv[1] if len(argv) >= 2 else SEEDS / "azerbaijan-2024-ecoi-export.txt"
    out = Path(argv[2] if len(argv) >= 3 else argv[0] if len(argv) == 1 else ".")

    diff = tipdiff.compare(old_path, new_path)
    old, new = diff.old, diff.new
    print(f"{new.country}: {old.year} → {new.year}")
    print(f"  tier: {old.tier or 'unknown'} → {new.tier or 'unknown'} ({diff.tier.movement.value})")
    for section in diff.sections:
        if section.verdict is not None:
            v = section.verdict
            print(
                f"  {section.name.value}: {v.old.phrase if v.old else '—'} → "
                f"{v.new.phrase if v.new else '—'} ({v.movement.value})"
            )
    for delta in diff.figures:
        if delta.old is not None and delta.new is not None:
            print(f"  {delta.metric}: {delta.old.value:,g} → {delta.new.value:,g}")
    statuses = [match.status.value for match in diff.recommendations]
    print("  recommendations: " + ", ".join(f"{statuses.count(s)} {s}" for s in sorted(set(statuses))))
    for warning in diff.warnings:
        print(f"  warning: {warning}")

    out.mkdir(parents=True, exist_ok=True)
    stem = f"{(new.country or 'country').lower()}-{old.year}-{new.year}"
    (out / f"{stem}.html").write_text(tipdiff.render_html(diff), encoding="utf-8")
    (out / f"{stem}.md").write_text(tipdiff.render_markdown(diff), encoding="utf-8")
    print(f"  wrote {out / stem}.html and .md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
