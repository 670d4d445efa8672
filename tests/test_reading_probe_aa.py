"""Reading fixes from probes aa and sh: numbered list items."""

from __future__ import annotations

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
