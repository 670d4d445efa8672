"""Key figures the probe z found read wrong from real excerpts (reworded to a fictional
country): admissions to a victim assistance system never read and their restated value
set against another count, arrests and trailing convictions read as prosecutions, a
total set against an added group, and the size of a change read as a budget."""

from __future__ import annotations

from tipdiff.figures import compare_figures
from tipdiff.model import FigureBasis, FigureCheck

from .section_figures import PROSECUTION, PROTECTION, read, report_of

# ------------------------------------------------- admissions to the assistance system

_ADMITTED_2019 = (
    "The government increased protection efforts. The assistance system admitted 163 potential "
    "trafficking victims in 2018, of which 10 were children. Comparably, the assistance system "
    "admitted 127 victims in 2017."
)
_ADMITTED_2020 = (
    "The government maintained protection efforts. The government identified 99 victims. The "
    "government received 303 potential trafficking victim referrals and the assistance system "
    "admitted 229 potential trafficking victims in 2019 (14 were children) compared with 163 "
    "victims in 2018 (10 were children)."
)


def test_admissions_to_the_assistance_system_are_victims_assisted() -> None:
    """"the assistance system admitted 229 potential trafficking victims" was never read,
    and "compared with 163 victims in 2018" was read as victims identified."""
    figures = read(PROTECTION, _ADMITTED_2020, year=2020)
    assert ("potential_victims_assisted", 229, 2019) in figures
    assert ("victims_assisted", 163, 2018) in figures
    assert ("victims_children", 14, 2019) in figures
    assert ("victims_identified", 99, 2019) in figures
    assert not [f for f in figures if f[0] == "victims_identified" and f[1] != 99]


def test_a_restated_admission_is_never_set_against_identified_victims() -> None:
    """The brief headlined "Victims identified 163 → 99 (−39%)" where the report says the
    admissions rose 163 → 229."""
    old = report_of(PROTECTION, _ADMITTED_2019, year=2019).figures
    new = report_of(PROTECTION, _ADMITTED_2020, year=2020).figures
    rows = compare_figures(old, new, old_period=2018, new_period=2019)
    for row in rows:
        values = {row.old.value if row.old else None, row.new.value if row.new else None}
        assert values != {163, 99}
    assert any(
        r.metric == "potential_victims_assisted" and r.old and r.new and (r.old.value, r.new.value) == (163, 229)
        for r in rows
    )


def test_the_second_of_two_respective_values_pairs_with_its_own_count() -> None:
    """"received 394 … referrals, and the assistance system admitted 247 …, an increase
    from 303 and 229, respectively": 303 restates the referrals, not the admissions."""
    text = (
        "The government maintained protection efforts. The government received 394 potential "
        "trafficking victim referrals, and the assistance system admitted 247 potential trafficking "
        "victims (10 children), a notable increase from 303 and 229 (14 children), respectively, in 2019."
    )
    figures = read(PROTECTION, text, year=2021)
    assert [f for f in figures if f[0] == "potential_victims_assisted"] == [
        ("potential_victims_assisted", 247, 2020),
        ("potential_victims_assisted", 229, 2019),
    ]


def test_plain_victims_compared_with_potential_ones_are_the_same_count() -> None:
    """"identified 199 potential victims …, compared with 17 victims identified in 2019":
    17 was not read."""
    text = (
        "The government maintained protection efforts. The government identified 199 potential victims "
        "during the reporting period, compared with 17 victims identified in 2019."
    )
    assert ("victims_identified", 17, 2019) in read(PROTECTION, text, year=2021)


# ---------------------------------------------------- arrests and trailing convictions


def test_arrests_and_the_convictions_ending_a_list_are_not_prosecutions() -> None:
    """"… compared with 42 suspects arrested, 26 traffickers prosecuted, and 26 convicted":
    42 and the second 26 were read as prosecutions."""
    text = (
        "The government decreased law enforcement efforts. In 2018, police reported it arrested 32 "
        "suspects, prosecuted at least 16 alleged traffickers, and convicted 16; this is compared with "
        "42 suspects arrested, 26 traffickers prosecuted, and 26 convicted during the previous reporting period."
    )
    assert read(PROSECUTION, text, year=2019) == [
        ("prosecutions", 16, 2018),
        ("convictions", 16, 2018),
        ("prosecutions", 26, 2017),
        ("convictions", 26, 2017),
    ]


def test_a_repeated_participle_keeps_the_count_it_repeats() -> None:
    """"28 prosecutions initiated …, and 35 initiated in 2016": 35 is prosecutions, though
    "initiated" alone would start investigations."""
    text = (
        "The government decreased law enforcement efforts. It initiated 20 prosecutions in 2018. This is "
        "a decrease from 28 prosecutions initiated in the previous reporting period and 35 initiated in 2016."
    )
    assert ("prosecutions", 35, 2016) in read(PROSECUTION, text, year=2019)


# ------------------------------------------------------ a total and an added group


def test_a_total_restated_under_the_other_wording_is_not_set_against_an_added_group() -> None:
    """The old edition's 199 potential victims, restated as "199 victims identified in
    2020", were set against "an additional 174 potential trafficking victims" (−13 %);
    and the 85 child victims of one set of brothel operations were called a revision of
    the 126 children among all 199."""
    old_text = (
        "The government maintained protection efforts. The government identified 199 potential victims "
        "during the reporting period. Of the 199 potential victims identified, 73 were adults and 126 were children."
    )
    new_text = (
        "The government increased protection efforts. The government identified 42 trafficking victims in "
        "2021, compared with 199 victims identified in 2020. The government also identified an additional "
        "174 potential trafficking victims. Police and social welfare officers jointly conducted enforcement "
        "operations in brothels, resulting in the identification of 85 child victims in the previous reporting period."
    )
    old = report_of(PROTECTION, old_text, year=2021).figures
    new = report_of(PROTECTION, new_text, year=2022).figures
    rows = compare_figures(old, new, old_period=2020, new_period=2021)
    assert not [r for r in rows if r.check is FigureCheck.REVISED]
    assert not [
        r for r in rows if r.basis is FigureBasis.EDITIONS and r.old and r.new and (r.old.value, r.new.value) == (199, 174)
    ]


# ------------------------------------------------------------------- small misreads


def test_the_size_of_a_change_is_no_budget() -> None:
    """"allocating 100,000 new kwacha ($10,086), an increase of $5,000" gave a second
    anti-trafficking budget of $5,000."""
    text = (
        "The government made decreased efforts to assist victims. The government also increased its "
        "anti-trafficking budget by 50,000 new kwacha ($5,043) from the previous reporting period, "
        "allocating 100,000 new kwacha ($10,086), an increase of $5,000."
    )
    assert [f for f in read(PROTECTION, text, year=2017) if f[0].startswith("funding")] == [
        ("funding_anti_trafficking", 100000, 2016)
    ]


def test_victims_sent_home_are_repatriated() -> None:
    """"coordinated with … to repatriate six trafficking victims and ensured victims
    received protective services" was read as six victims assisted."""
    text = (
        "The government demonstrated increased victim protection efforts. Social welfare officers "
        "coordinated with Ruritania and Freedonia to repatriate six trafficking victims and ensured "
        "victims received protective services upon arrival in their home countries."
    )
    assert read(PROTECTION, text, year=2019) == [("victims_repatriated", 6, 2018)]
