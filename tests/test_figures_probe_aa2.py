"""Zeros stated outright and a verdict of parts the probe aa found unread in real
excerpts (reworded to a fictional country): "did not initiate new prosecutions" without
"any", a zero's second verb after a list or a comma, cases opened, certified victims,
referrals; and "increased investigations and maintained prosecutions" as a mixed verdict."""

from __future__ import annotations

import pytest

from tipdiff.model import VerdictScale

from .section_figures import PROSECUTION, PROTECTION, read, report_of

# ------------------------------------------------------------ zeros stated outright


def test_did_not_initiate_new_prosecutions_is_a_zero() -> None:
    """"did not initiate new prosecutions against traffickers" ("any" left out)."""
    text = (
        "The government maintained law enforcement efforts. The government reported "
        "investigating one potential trafficking case and did not initiate new prosecutions "
        "against traffickers."
    )
    assert ("prosecutions", 0, 2021) in read(PROSECUTION, text, year=2022)


def test_new_investigations_prosecutions_or_convictions_are_each_a_zero() -> None:
    text = "The government did not initiate new investigations, prosecutions, or convictions."
    figures = read(PROSECUTION, text, year=2022)
    for metric in ("investigations", "prosecutions", "convictions"):
        assert (metric, 0, 2021) in figures


def test_a_zero_after_a_list_of_its_victims_and_achieving_convictions() -> None:
    """"…, including …, nor initiate any investigations or achieve convictions of
    traffickers": the clause goes on past the list, and each count is a zero."""
    text = (
        "The government did not identify any trafficking victims, including Testlanders "
        "exploited abroad, nor initiate any trafficking investigations or achieve convictions "
        "of traffickers."
    )
    figures = read(PROSECUTION, text, year=2023)
    assert ("victims_identified", 0, 2022) in figures
    assert ("investigations", 0, 2022) in figures
    assert ("convictions", 0, 2022) in figures


def test_each_verb_of_a_list_with_its_own_any_states_a_zero() -> None:
    text = (
        "The government did not initiate any new trafficking cases, convict any traffickers, "
        "or identify any new trafficking victims."
    )
    figures = read(PROSECUTION, text, year=2021)
    assert ("investigations", 0, 2020) in figures
    assert ("convictions", 0, 2020) in figures
    assert ("victims_identified", 0, 2020) in figures


@pytest.mark.parametrize("kind", ["certified", "confirmed", "new"])
def test_no_certified_victims_is_a_zero_of_victims(kind: str) -> None:
    text = f"The government did not identify any {kind} trafficking victims for the third consecutive year."
    assert ("victims_identified", 0, 2022) in read(PROTECTION, text, year=2023)


def test_did_not_refer_any_victims_to_services_is_a_zero_of_referrals() -> None:
    text = "Officials did not have written procedures, and the government did not refer any victims to services."
    assert ("victims_referred", 0, 2022) in read(PROTECTION, text, year=2023)


def test_did_not_report_any_investigations_is_still_no_zero() -> None:
    text = "The government did not report any investigations of trafficking crimes."
    assert read(PROSECUTION, text, year=2023) == []


# ----------------------------------------------------------- a verdict of parts


@pytest.mark.parametrize(
    ("sentence", "phrase", "scale"),
    [
        (
            "The government increased investigations and maintained prosecutions and convictions.",
            "increased investigations and maintained prosecutions and convictions",
            VerdictScale.MIXED,
        ),
        (
            "The government increased investigations but decreased prosecutions and convictions.",
            "increased investigations but decreased prosecutions and convictions",
            VerdictScale.MIXED,
        ),
        (
            "The government increased investigations and increased prosecutions.",
            "increased investigations and increased prosecutions",
            VerdictScale.UP,
        ),
    ],
)
def test_a_verdict_of_parts(sentence: str, phrase: str, scale: VerdictScale) -> None:
    """Parts that point different ways make a mixed verdict, ranked as "mixed progress"."""
    verdict = report_of(PROSECUTION, sentence, year=2019).verdicts[PROSECUTION]
    assert (verdict.phrase, verdict.scale) == (phrase, scale)


def test_efforts_to_identify_and_protect_are_no_verdict_of_parts() -> None:
    text = "The government increased efforts to identify and protect victims."
    verdict = report_of(PROTECTION, text, year=2019).verdicts[PROTECTION]
    assert (verdict.phrase, verdict.scale) == ("increased", VerdictScale.UP)


def test_no_zero_of_a_part_or_of_what_was_not_reported() -> None:
    """"any victims among the migrant population" is a part; "did not report referring
    any victims" says nothing of their number."""
    text = (
        "The government did not approve procedures, identify any victims among the vulnerable "
        "migrant population, or oversee recruitment agencies. The government did not report "
        "referring any trafficking victims to services."
    )
    assert read(PROTECTION, text, year=2023) == []
