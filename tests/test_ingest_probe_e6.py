"""Hard-wrapped narratives of the earliest editions (probe e6): a first line broken
inside a country's name, and a compound broken at its own hyphen."""

from __future__ import annotations

import textwrap

import tipdiff

_PARAGRAPH = (
    "Most of the trafficking problems of Burkina Faso result from a traditional regional "
    "pattern of poverty-driven mass migration of very young children in search of subsistence "
    "labor in mining, crafts, agriculture, and as domestics. These children are frequently "
    "subject to threats of violence and sexual abuse. The Government of Burkina Faso does not "
    "yet fully meet the minimum standards for the elimination of trafficking."
)


def _wrapped(lines: list[str]) -> str:
    return "BURKINA FASO (Tier 2)\n\n" + "\n".join(lines) + "\n"


def test_a_first_line_of_running_text_is_no_title_line() -> None:
    """Its last word a capital ("… problems of Burkina" / "Faso result …"), the next line
    opening with one: the line's words in lower case say it is running text."""
    lines = textwrap.wrap(_PARAGRAPH, 60, break_on_hyphens=False)
    lines[:2] = ["Most of the trafficking problems of Burkina", lines[0].split("Burkina ", 1)[1] + " " + lines[1]]
    report = tipdiff.load(_wrapped(lines))
    assert report.text.startswith("Most of the trafficking problems of Burkina Faso result from")
    assert report.title == "BURKINA FASO (Tier 2)"


def test_a_title_block_in_capitals_is_still_its_own_paragraph() -> None:
    title = ["The 2002 Trafficking in Persons Report", "Office to Monitor and Combat Trafficking in Persons"]
    lines = textwrap.wrap(_PARAGRAPH, 70, break_on_hyphens=False)
    report = tipdiff.load("\n".join([*title, "BURKINA FASO (Tier 2)", "", *lines]) + "\n")
    assert report.text.startswith("Most of the trafficking problems")
    assert "Office to Monitor" not in report.text


def test_a_compound_broken_at_its_own_hyphen_keeps_it() -> None:
    """"poverty-" / "driven": neither form elsewhere in the text, "driven" ends compounds."""
    text = _PARAGRAPH.replace("poverty-driven mass", "poverty-\ndriven mass")
    lines = [line for chunk in text.split("\n") for line in textwrap.wrap(chunk, 70, break_on_hyphens=False)]
    report = tipdiff.load(_wrapped(lines))
    assert "pattern of poverty-driven mass migration" in report.text
