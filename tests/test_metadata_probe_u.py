"""Readings found wrong by probe u (real excerpts, 2005–2024): a summary's verdict
sentence read as a section of its own, verdicts worded "uneven" and "mixed", tiers in
Roman numerals, a news story's edition, and a currency read as a country."""

from __future__ import annotations

import pytest

import tipdiff
from tipdiff import metadata
from tipdiff.model import Confidence, SectionName, Tier, VerdictScale

_PROFILE = (
    "Suria is principally a source country for men, women, and children who are subjected "
    "to conditions of sex trafficking and forced labor within the country or abroad."
)
_FINDING = (
    "The Government of Suria does not fully comply with the minimum standards for the "
    "elimination of trafficking; however, it is making significant efforts to do so."
)
_VERDICT = (
    "The government maintained law enforcement efforts against sex trafficking crimes "
    "involving children and opened four trafficking investigative units during the year."
)


def test_a_summary_s_verdict_sentence_after_its_finding_is_the_summary_s() -> None:
    """An old-era summary (2011) states the verdicts right after its finding: no
    prosecution section starts there."""
    report = tipdiff.load(f"Suria (Tier 2)\n\n{_PROFILE}\n\n{_FINDING} {_VERDICT}\n")
    assert list(report.sections) == [SectionName.PROFILE, SectionName.SUMMARY]
    assert _VERDICT in report.sections[SectionName.SUMMARY].text


def test_a_verdict_sentence_after_a_run_in_recommendation_still_opens_its_section() -> None:
    """A PDF extraction that lost its paragraph breaks: the verdict after the list is
    the prosecution section's opening."""
    run_on = (
        f"{_FINDING} Recommendations for Suria: Vigorously investigate and prosecute "
        f"trafficking offenses. {_VERDICT}"
    )
    report = tipdiff.load(f"Suria (Tier 2)\n\n{_PROFILE}\n\n{run_on}\n")
    assert SectionName.PROSECUTION in report.sections
    assert report.sections[SectionName.PROSECUTION].text.startswith("The government maintained")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The government made uneven anti-trafficking law enforcement efforts.",
            "made uneven anti-trafficking law enforcement efforts",
        ),
        (
            "Suria demonstrated mixed law enforcement efforts during the reporting period.",
            "demonstrated mixed law enforcement efforts",
        ),
    ],
)
def test_uneven_or_mixed_efforts_of_the_section_s_own_kind_are_a_mixed_verdict(
    sentence: str, phrase: str
) -> None:
    """"Uneven" and "mixed" efforts mean better in some areas and worse in others: the
    scale's "mixed", whether or not the section's effort ("law enforcement") is named."""
    report = tipdiff.load(
        f"Suria (Tier 2)\n\n{_FINDING}\n\nProsecution\n\n{sentence} Police arrested "
        "two suspects in March.\n"
    )
    verdict = report.verdicts[SectionName.PROSECUTION]
    assert (verdict.phrase, verdict.scale) == (phrase, VerdictScale.MIXED)


def test_efforts_named_by_their_kind_alone_are_no_verdict() -> None:
    """"demonstrated law enforcement efforts" says what was done, not how much."""
    report = tipdiff.load(
        f"Suria (Tier 2)\n\n{_FINDING}\n\nProsecution\n\nThe government of Suria "
        "demonstrated law enforcement efforts. Police arrested two suspects in March.\n"
    )
    assert SectionName.PROSECUTION not in report.verdicts


@pytest.mark.parametrize(
    ("sentence", "tier"),
    [
        ('Suria was determined to have "Tier II" status, which means …', Tier.TIER_2),
        ("Suria has Tier I status in this year's report.", Tier.TIER_1),
        ("Suria was given a “Tier II Watch List” ranking.", Tier.TIER_2_WATCH_LIST),
        ("Suria holds Tier III status.", Tier.TIER_3),
    ],
)
def test_a_tier_a_country_is_said_to_have_is_its_placement(sentence: str, tier: Tier) -> None:
    """News words a placement as a status the country has, in Roman numerals too."""
    found = metadata.detect_tier("", sentence, "Suria", 2006)
    assert found.value is tier


@pytest.mark.parametrize(
    ("news", "year"),
    [
        (
            "Suria has retained its Tier 2 status in the 2022 US State Department "
            "Trafficking in Persons Report.",
            2022,
        ),
        ("Suria has kept its Tier 2 Watch List ranking in the 2019 TIP Report.", 2019),
        # the placement the story reports is not one of the edition it names in passing
        ("Suria has retained its Tier 2 status, which it held in the 2021 TIP Report.", None),
    ],
)
def test_a_placement_kept_in_an_edition_dates_the_story(news: str, year: int | None) -> None:
    """News that a country kept its tier "in the 2022 … Report" reports on that edition."""
    assert metadata.detect_year("", (), news).value == year


def test_a_regional_currency_names_no_country() -> None:
    """"Central African CFA francs" is the money of six countries: the text's own is the
    one it names plainly ("Chad's northern gold mines"), and no second country is named."""
    body = (
        "The law prescribed a fine of 250,000 to 5 million Central African CFA francs (CFA) "
        "($470 to $9,450). Courts convicted one trafficker for forcing multiple victims to "
        "work in Chad's northern gold mines."
    )
    assert metadata.detect_country("", body).value == "Chad"
    assert "Central African" not in metadata.unnamed_country(body)


@pytest.mark.parametrize("currency", ["Ouguiya", "ouguiya"])
def test_a_national_currency_is_weak_evidence_of_its_country(currency: str) -> None:
    """The amounts a text reports are its country's: "Mauritanian Ouguiya" after a count
    is money, not a person met ("800 Basotho"), whatever its case."""
    body = (
        "The law prescribed penalties of 10 to 20 years' imprisonment and a fine of 250,000 "
        f"to 500,000 Mauritanian {currency} (MRU) ($6,760 to $13,510). The anti-slavery "
        "courts convicted six traffickers in absentia."
    )
    found = metadata.detect_country("", body)
    assert (found.value, found.confidence) == ("Mauritania", Confidence.INFERRED)


def test_a_currency_weighs_less_than_the_country_named_as_the_place() -> None:
    """A fine "in Jordanian dinars" is weaker than victims "in Egypt"."""
    body = (
        "The court imposed a fine of 5,000 Jordanian dinars. Officials identified 12 victims "
        "in Egypt during the year."
    )
    assert metadata.detect_country("", body).value == "Egypt"
