from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tipdiff.sentences import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The U.S. Embassy met officials. They agreed.",
            ["The U.S. Embassy met officials.", "They agreed."],
        ),
        (
            "It allocated 119,000 manat ($70,000). It also paid.",
            ["It allocated 119,000 manat ($70,000).", "It also paid."],
        ),
        (
            "Under Art. 5 of Law No. 12 judges ruled. Next.",
            ["Under Art. 5 of Law No. 12 judges ruled.", "Next."],
        ),
        (
            "Officials, e.g. police, were trained. Then.",
            ["Officials, e.g. police, were trained.", "Then."],
        ),
        (
            "J. Smith testified. A. B. Jones did not.",
            ["J. Smith testified.", "A. B. Jones did not."],
        ),
        ("Funding rose 3.5 percent. It fell.", ["Funding rose 3.5 percent.", "It fell."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        (
            "Terms. * Increase funding. * Train judges",
            ["Terms.", "* Increase funding.", "* Train judges"],
        ),
        ("no terminal punctuation at the end", ["no terminal punctuation at the end"]),
        (
            "Workers are sent to Qatar and the U.A.E. Some are then held in debt.",
            ["Workers are sent to Qatar and the U.A.E.", "Some are then held in debt."],
        ),
        (
            "Labor migrants reach the U.K. In 2019 police found 40.",
            ["Labor migrants reach the U.K.", "In 2019 police found 40."],
        ),
        (
            "The U.K. Home Office and U.S. Department of Labor met U.A.E. Government staff.",
            ["The U.K. Home Office and U.S. Department of Labor met U.A.E. Government staff."],
        ),
        (
            "It meets the U.S. Victims of Trafficking Protection Act. The U.S. TIP Report says so.",
            [
                "It meets the U.S. Victims of Trafficking Protection Act.",
                "The U.S. TIP Report says so.",
            ],
        ),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


@given(st.lists(st.text(alphabet="abcXYZ.$ ()12", min_size=1, max_size=12), max_size=12))
def test_sentences_rejoin_to_the_paragraph(parts: list[str]) -> None:
    paragraph = " ".join(" ".join(parts).split())
    assert " ".join(split_sentences(paragraph)) == paragraph
