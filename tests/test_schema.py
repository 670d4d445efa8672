"""The JSON the tool prints matches the schemas it ships (tipdiff/data/*.schema.json)."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import pytest

import tipdiff

from .conftest import CORPUS, SEEDS, seed, seed_manifest

jsonschema = pytest.importorskip("jsonschema")  # a test extra: pip install -e ".[test]"


def schema(name: str) -> dict[str, Any]:
    return json.loads((files("tipdiff") / "data" / f"{name}.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", seed_manifest(), ids=lambda e: e["file"])
def test_report_json_matches_its_schema(entry: dict[str, Any]) -> None:
    data = tipdiff.load(SEEDS / entry["file"]).to_dict()
    jsonschema.validate(json.loads(json.dumps(data)), schema("report"))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (seed(2023), seed(2024)),
        (seed(2021), seed(2024)),
        (seed(2009), seed(2024)),
        (CORPUS / "honduras-2006-refworld.txt", CORPUS / "honduras-2007-refworld.txt"),
    ],
    ids=["2023-2024", "2021-2024", "2009-2024", "honduras-2006-2007"],
)
def test_diff_json_matches_its_schema(old: Any, new: Any) -> None:
    data = tipdiff.compare(old, new).to_dict()
    jsonschema.validate(json.loads(json.dumps(data)), schema("diff"))


def test_schema_rejects_a_broken_diff() -> None:
    data = tipdiff.compare(seed(2023), seed(2024)).to_dict()
    data["tier"]["movement"] = "sideways"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema("diff"))
