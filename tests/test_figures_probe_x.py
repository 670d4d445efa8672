"""Key figures the probe x found read wrong from real excerpts (reworded to fictional
places): a later clause's year taken for a prison term, parts taken for totals of the
previous period, counts under another law, wrong periods and another government's
count."""

from __future__ import annotations

import functools

from .section_figures import PROSECUTION, PROTECTION
from .section_figures import read as read_section
from .section_figures import report_of as report_of_section

report_of = functools.partial(report_of_section, year=2020)
read = functools.partial(read_section, year=2020)


# ------------------------------------------------------------------------ prison terms


def test_a_prison_term_is_dated_by_its_own_clause_not_by_a_contrasted_year() -> None:
    """"… prison sentences of five years and two months each, whereas in 2018 the
    convicted trafficker received a conditional sentence" (probe x, Latvia) dated the
    2019 term 2018 and headlined a false revision of 2018's five years."""
    text = (
        "The convicted traffickers received prison sentences of five years and two months each, "
        "whereas in 2018 the convicted trafficker received a conditional sentence, resulting in no prison time."
    )
    assert read(PROSECUTION, text) == [("prison_term_years", 5 + 2 / 12, 2019)]


def test_a_contrast_with_another_year_after_while_or_but_ends_the_clause() -> None:
    text = "Courts convicted four traffickers, while in 2018 courts convicted two."
    assert ("convictions", 4, 2019) in read(PROSECUTION, text)


def test_a_conditional_sentence_is_no_prison_term() -> None:
    """"a conditional sentence of five years, resulting in no prison time" was shown as
    "Prison terms imposed 5 years"."""
    text = "The convicted trafficker received a conditional sentence of five years, resulting in no prison time."
    assert read(PROSECUTION, text) == []


# ------------------------------------------------------------ parts are not totals


def test_what_with_adds_after_a_comparison_is_of_the_main_count() -> None:
    """"convicted eight traffickers, compared to zero convictions during the previous
    reporting period, with one trafficker sentenced to six years' imprisonment and seven
    traffickers whose sentences were pending" (probe x, Liberia) gave convictions 7 and 1
    of the previous period beside its 0, and the 2021 term as 2020's."""
    text = (
        "The courts convicted eight traffickers, compared to zero convictions during the previous "
        "reporting period, with one trafficker sentenced to six years' imprisonment and seven "
        "traffickers whose sentences were pending."
    )
    assert read(PROSECUTION, text, year=2022) == [
        ("convictions", 8, 2021),
        ("convictions", 0, 2020),
        ("prison_term_years", 6, 2021),
    ]


def test_one_agencys_count_after_the_governments_is_a_part() -> None:
    """"MOL prosecuted five trafficking cases, compared to one case during the previous
    reporting period" after the national count gave a second prosecutions row, 1 → 5."""
    text = (
        "The government initiated prosecution of 12 defendants. "
        "MOL hired eight lawyers to prosecute trafficking cases; MOL prosecuted five trafficking cases, "
        "compared to one case during the previous reporting period."
    )
    assert read(PROSECUTION, text, year=2022) == [("prosecutions", 12, 2021)]


def test_one_agencys_count_after_another_agencys_is_its_own() -> None:
    """Two agencies' counts (probe w, Tunisia): neither is the government's total."""
    text = (
        "The government reported that the National Authority identified 780 trafficking victims. "
        "The MOI identified 383 trafficking victims."
    )
    assert read(PROTECTION, text) == [("victims_identified", 780, 2019), ("victims_identified", 383, 2019)]


def test_money_for_an_awareness_campaign_is_anti_trafficking_work() -> None:
    text = (
        "The government allocated 100,000 euros ($114,000) for an awareness campaign, and continued to "
        "provide strong protections to identified trafficking victims."
    )
    assert read(PROTECTION, text) == [("funding_anti_trafficking", 100_000, 2019)]


def test_one_agencys_count_alone_is_the_count() -> None:
    text = "The Anti-Trafficking Unit (ATU) investigated 13 cases, compared with seven in 2020."
    assert read(PROSECUTION, text, year=2022) == [("investigations", 13, 2021), ("investigations", 7, 2020)]


# -------------------------------------------------------------- another government


def test_another_nationalitys_authorities_count_is_not_the_countrys() -> None:
    """"Polish authorities identified one female Testlandian trafficking victim in 2008"
    (probe x, Djibouti) was shown as the country's victims identified."""
    text = (
        "Polish authorities identified one female Testlandian trafficking victim in 2008. "
        "Testlandian authorities identified three victims in 2008."
    )
    assert read(PROTECTION, text, year=2009) == [("victims_identified", 3, 2008)]


# ------------------------------------------------------------------ another law


LAWS = (
    "Sections 154-1 and 154-2 of Testland’s criminal code criminalized sex trafficking and labor "
    "trafficking. Authorities used Section 165-1, which prohibited the transfer of individuals for the "
    "purpose of sexual exploitation, to prevent potential cases of trafficking. "
)


def test_counts_under_another_section_than_the_trafficking_law_are_no_figures() -> None:
    """"Under Section 165-1, authorities investigated two new cases, indicted three
    people, and courts convicted two" (probe x, Latvia; Section 165-1 is transfer for
    sexual exploitation) gave investigations 2, prosecutions 3 and convictions 2."""
    text = LAWS + (
        "Police investigated four new cases under Section 154-1, compared with seven cases in 2018. "
        "Under Section 165-1, authorities investigated two new cases, indicted three people, and courts convicted two."
    )
    assert read(PROSECUTION, text) == [("investigations", 4, 2019), ("investigations", 7, 2018)]


def test_counts_under_a_section_stand_when_the_text_names_no_trafficking_law() -> None:
    """They stand as that section's count, apart from the total (probe y, A1)."""
    text = "Under Section 165-1, authorities investigated two new cases."
    assert read(PROSECUTION, text) == [("investigations_one_article", 2, 2019)]


def test_a_prison_term_of_a_case_of_another_offence_is_no_trafficking_term() -> None:
    """"a police officer charged with facilitating pimping and taking bribes; he was
    sentenced to four years in prison" gave a trafficking prison term of 4 years."""
    text = (
        "Courts concluded a 2011 case involving a police officer charged with facilitating pimping "
        "and taking bribes; he was sentenced to four years in prison."
    )
    assert read(PROSECUTION, text) == []


# ------------------------------------------------------------------ wrong periods


def test_the_same_as_in_a_year_restates_the_count_for_that_year() -> None:
    """"In 2018, authorities identified 14 victims (12 in 2017), and 14 … victims received
    … assistance, the same as in 2017" (probe x, Estonia) read all three as 2017's."""
    text = (
        "In 2018, authorities identified 14 victims (12 in 2017), and 14 sex trafficking victims "
        "received government-sponsored assistance, the same as in 2017."
    )
    assert read(PROTECTION, text) == [
        ("victims_identified", 14, 2018),
        ("victims_identified", 12, 2017),
        ("victims_assisted", 14, 2018),
        ("victims_assisted", 14, 2017),
    ]


def test_the_same_number_as_in_a_year_restates_the_count_not_its_breakdown() -> None:
    text = (
        "The unit investigated three new cases (one sex trafficking and two labor trafficking) in 2019, "
        "the same number as in 2018."
    )
    assert read(PROSECUTION, text) == [
        ("investigations", 3, 2019),
        ("investigations", 3, 2018),
        ("investigations_sex_trafficking", 1, 2019),
        ("investigations_labor_trafficking", 2, 2019),
    ]


def test_a_year_in_a_since_clause_is_not_the_counts() -> None:
    """"courts convicted one trafficker …, the government has not obtained a trafficking
    conviction … since it was amended in 2013" (probe x, Ireland) dated the conviction 2013."""
    text = (
        "While courts convicted one trafficker under false imprisonment charges, the government has not "
        "obtained a trafficking conviction under the anti-trafficking law since it was amended in 2013."
    )
    assert ("convictions", 1, 2019) in read(PROSECUTION, text)
    assert all(period != 2013 for _, _, period in read(PROSECUTION, text))


def test_a_budget_named_before_its_amounts_is_their_line_and_from_gives_the_old_value() -> None:
    """"increased its anti-trafficking budget from $200,000 to $242,000 – a significant
    amount of which was devoted to victim assistance" (probe x, Estonia) gave two
    victim-assistance amounts for one year."""
    text = (
        "The government increased its anti-trafficking budget from $200,000 to $242,000 – a significant "
        "amount of which was devoted to victim assistance."
    )
    assert read(PROTECTION, text, year=2010) == [
        ("funding_anti_trafficking", 200_000, 2008),
        ("funding_anti_trafficking", 242_000, 2009),
    ]


def test_money_for_trafficking_victims_is_victim_assistance() -> None:
    """"allocated €25,000 ($28,670) for trafficking victims’ support, such as shelters"
    was read as the anti-trafficking budget."""
    text = (
        "The social board allocated €25,000 ($28,670) for trafficking victims’ support, such as shelters, "
        "compared with €33,960 ($38,940) in 2017."
    )
    assert read(PROTECTION, text, year=2019) == [
        ("funding_victim_assistance", 25_000, 2018),
        ("funding_victim_assistance", 33_960, 2017),
    ]
