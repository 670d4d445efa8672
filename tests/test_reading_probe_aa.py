"""Reading fixes from probes aa and sh: numbered list items, a footnote mark on a heading, languages."""

from __future__ import annotations

import tipdiff
from tipdiff.sentences import split_sentences


def test_a_list_items_number_is_no_sentence_of_its_own() -> None:
    assert split_sentences("1. Sentence traffickers to prison terms. 2. Identify victims.") == [
        "1. Sentence traffickers to prison terms.",
        "2. Identify victims.",
    ]
    # a number that ends a sentence still does
    assert split_sentences("It had 12 cases in 2019. Officials said so.") == [
        "It had 12 cases in 2019.",
        "Officials said so.",
    ]


def test_a_footnote_number_against_a_heading_s_name_is_no_part_of_it() -> None:
    # probe aa A6: refworld's 2003 heading "Serbia and Montenegro1 (Tier 2)" was read as Serbia
    text = (
        "Serbia and Montenegro1 (Tier 2)\n\n"
        "Serbia and Montenegro is a transit country for women and girls trafficked for sexual "
        "exploitation.\n\nThe Government of Serbia and Montenegro does not fully comply with the "
        "minimum standards for the elimination of trafficking; however, it is making significant "
        "efforts to do so.\n"
    )
    report = tipdiff.load(text)
    assert (report.country, str(report.tier)) == ("Serbia and Montenegro", "Tier 2")


def test_a_language_is_no_country() -> None:
    # probe aa: "in English and French" made France outweigh the one "Seychelles rupees"
    text = (
        "The government allocated 1.18 million Seychelles rupees for committee operations and "
        "victim assistance. It printed awareness materials on trafficking in English and French "
        "and trained French-speaking labor inspectors to identify trafficking victims.\n"
    )
    assert tipdiff.load(text).country == "Seychelles"
