"""What a file's name says of its text: a narrative's country and edition year
("moldova-2024.txt"), a whole edition's year ("tip-2025.txt"). A year a text does not
state yields to its file name's; the text's own always wins.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from .model import Confidence, Report

#: A narrative's file name: the country and the year ("moldova-2024", "south_africa 2018",
#: "cote_d_ivoire_2019-refworld"), numbered or not ("01-ghana-2017", "16. South Africa 2018")
NAME_PATTERN = re.compile(
    r"^(?:\d+[-_. ]+)?(?P<country>[a-z][a-z'’ _-]*?)[-_ ](?P<year>(?:19|20)\d{2})\b", re.I
)
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")  # a year anywhere in a file name


def narrative_name_year(path: Path) -> int | None:
    """The year a single narrative's file name states ("moldova-2024.txt"), or None."""
    named = NAME_PATTERN.match(path.stem)
    return int(named.group("year")) if named else None


def edition_name_year(name: str) -> int | None:
    """The one year a whole edition's file name gives ("tip-2025.txt",
    "2025-TIP-Report.txt"), or None when it gives none or several."""
    years = set(_NAME_YEAR.findall(Path(name).stem))
    return int(years.pop()) if len(years) == 1 else None


def yields_to_a_named_year(report: Report) -> bool:
    """Whether a narrative's year yields to one its file name states: the text gives
    none, or only works one out (from its figures' years)."""
    return report.year is None or report.confidence.get("year") is Confidence.INFERRED


def dated_by_name(report: Report, path: Path, reread: Report) -> Report:
    """``reread`` (the text read again as the edition ``path``'s name states) with the
    evidence and the warning that say so; ``report`` is the first reading."""
    suggested = "" if report.year is None else f"; it suggests {report.year}"
    return dataclasses.replace(
        reread,
        evidence={**reread.evidence, "year": f"the file name {path.name!r}"},
        warnings=(
            *reread.warnings,
            f"{path.name}: read as the {reread.year} edition, as its file name says "
            f"(the text does not state its year{suggested})",
        ),
    )
