"""Key figures a narrative's summary states in words (probes x, y and z, section C): a
Tier 3 country's zeros ("did not investigate, prosecute, or obtain convictions for any …
crimes", "has never convicted a trafficker") and a single conviction named in the list of
the period's efforts ("convicting a labor trafficker for the first time since 2019"),
which are often the story of a narrative; not "a trafficker" in generic prose (reworded
from real excerpts)."""

from __future__ import annotations

import functools

from tipdiff.model import SectionName

from .section_figures import read as read_section

SUMMARY = SectionName.SUMMARY
read = functools.partial(read_section, SUMMARY, year=2021)

ALL_ZERO = [("investigations", 0, 2020), ("prosecutions", 0, 2020), ("convictions", 0, 2020)]


def test_a_tier_3_list_of_denied_verbs_with_obtain_convictions_is_three_zeros() -> None:
    text = (
        "However, the government did not investigate, prosecute, or obtain convictions for any "
        "sex trafficking or forced labor crimes, including of complicit officials."
    )
    assert read(text) == ALL_ZERO
    those = (
        "However, the government did not investigate, prosecute, or obtain convictions for any "
        "sex trafficking or forced labor crimes, including those committed by complicit officials."
    )
    assert read(those) == ALL_ZERO
    plain = "The government did not investigate, prosecute, or obtain convictions for any trafficking crimes."
    assert read(plain) == ALL_ZERO


def test_officials_a_zero_names_as_included_do_not_narrow_it_but_officials_alone_do() -> None:
    assert read("The government did not convict any traffickers, including complicit officials.") == [
        ("convictions", 0, 2020)
    ]
    assert read("The government did not prosecute any complicit officials.") == []
    assert read("The government did not convict any officials complicit in trafficking.") == []


def test_never_convicted_a_trafficker_is_none_this_period_either() -> None:
    text = "The government did not initiate any new trafficking prosecutions and has never convicted a trafficker."
    assert read(text) == [("prosecutions", 0, 2020), ("convictions", 0, 2020)]
    assert read("The government has never convicted a trafficker.") == [("convictions", 0, 2020)]
    assert read("Authorities have not prosecuted any traffickers.") == [("prosecutions", 0, 2020)]


def test_a_zero_of_cases_advanced_to_prosecution_and_the_verb_or_joins_after_it() -> None:
    text = "The government did not advance any cases to prosecution or convict any traffickers."
    assert read(text) == [("prosecutions", 0, 2020), ("convictions", 0, 2020)]
    assert read("The government did not bring any cases to trial.") == [("prosecutions", 0, 2020)]


def test_cases_prosecuted_against_traffickers_without_any_are_a_zero() -> None:
    text = (
        "The government did not prosecute cases against potential traffickers or punish those who "
        "exploited or facilitated the commercial sexual exploitation of children."
    )
    assert read(text) == [("prosecutions", 0, 2020)]
    # … but not how it prosecuted them
    assert read("The government did not prosecute cases against traffickers proactively.") == []


def test_a_trafficker_convicted_in_the_list_of_the_periods_efforts_is_one_conviction() -> None:
    palau = (
        "These efforts included convicting a trafficker for the first time since 2018, convicting a "
        "government official for corruption in trafficking-related crimes, initiating two labor "
        "trafficking prosecutions, establishing an interagency working group, and conducting public "
        "awareness campaigns."
    )
    assert read(palau) == [("convictions", 1, 2020), ("prosecutions_labor_trafficking", 2, 2020)]
    costa_rica = (
        "These efforts included convicting a labor trafficker for the first time since 2019; "
        "identifying more victims, including six male victims."
    )
    assert ("convictions_labor_trafficking", 1, 2020) in read(costa_rica)
    listed = (
        "These efforts included investigating more trafficking crimes, convicting a labor "
        "trafficker, starting construction of a national shelter, and conducting public awareness campaigns."
    )
    assert read(listed) == [("convictions_labor_trafficking", 1, 2020)]


def test_the_first_conviction_of_the_period_is_one() -> None:
    lesotho = (
        "These achievements included convicting the first trafficker in four years and sentencing "
        "him to imprisonment; enacting a new anti-trafficking law."
    )
    assert read(lesotho) == [("convictions", 1, 2020)]
    botswana = (
        "The government demonstrated increasing efforts by investigating and prosecuting more "
        "trafficking cases than in the previous reporting period and obtaining its first "
        "trafficking conviction under the 2014 Anti-Human Trafficking Act."
    )
    assert read(botswana) == [("convictions", 1, 2020)]
    assert read("In 2020, the government convicted a trafficker for the first time.") == [
        ("convictions", 1, 2020)
    ]


def test_a_trafficker_in_generic_prose_is_no_count() -> None:
    assert read("The law provides that a trafficker may be sentenced to up to 12 years.") == []
    assert read("Convicting a trafficker requires the testimony of the victim.") == []
    assert read("Officials said that prosecuting a trafficker takes several years.") == []
    assert read("Courts convicted a trafficker's accomplice and acquitted the others.") == []
    assert read("These efforts included training judges on convicting a trafficker without the victim's testimony.") == []


def test_first_time_since_a_year_dates_no_span_for_the_counts_after_it() -> None:
    text = (
        "These efforts included prosecuting traffickers for the first time since 2018, initiating "
        "two labor trafficking prosecutions, and identifying 12 victims."
    )
    assert read(text) == [("prosecutions_labor_trafficking", 2, 2020), ("victims_identified", 12, 2020)]
    # a span is still a span
    assert read("Since 2015, the government has convicted 40 traffickers.") == []
