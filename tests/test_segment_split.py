"""Old-era paragraphs that run one section on into the next are split where the topic changes."""

from __future__ import annotations

import html
import re

import pytest

import tipdiff
from tipdiff.edition import narrative_text
from tipdiff.model import FoundBy, Report, SectionName, Tier
from tipdiff.segment import _run_on_parts
from tipdiff.sentences import split_sentences

S = SectionName

PROFILE = "Ruritania is a source country for women and children trafficked for sexual exploitation."
SUMMARY = (
    "The Government of Ruritania does not fully comply with the minimum standards for the "
    "elimination of trafficking; however, it is making significant efforts to do so."
)
LAW = [
    "Police arrested 40 suspects in 2003 and prosecutors charged 31 of them.",
    "The new criminal code sets penalties of up to 15 years.",
    "Courts convicted 12 traffickers, who received sentences of two to eight years.",
    "Judges rarely imposed the maximum penalty.",
]
CARE = [
    "The government funded two shelters for women in the capital.",
    "Police referred 60 women to the shelters, and NGOs identified 25 more.",
    "Shelter staff provided medical and psychological assistance and legal services.",
    "Women from abroad were repatriated with an allowance for travel.",
]
PROTECTION_OPENER = "The government has no resources for victim protection, but NGOs fill the gap."


def _load(*paragraphs: str) -> Report:
    return tipdiff.load("\n\n".join(paragraphs))


def _section_texts(report: Report) -> dict[SectionName, list[str]]:
    return {name: [p.text for p in s.paragraphs] for name, s in report.sections.items()}


def test_law_enforcement_running_into_protection_splits_where_protection_starts() -> None:
    opener = "The government made progress in its law enforcement efforts."
    report = _load(PROFILE, SUMMARY, " ".join([opener, *LAW, *CARE]))
    texts = _section_texts(report)
    assert texts[S.PROSECUTION] == [" ".join([opener, *LAW])]
    assert texts[S.PROTECTION] == [" ".join(CARE)]


def test_a_summary_running_into_law_enforcement_and_protection_splits_twice() -> None:
    report = _load(PROFILE, " ".join([SUMMARY, *LAW, PROTECTION_OPENER]))
    texts = _section_texts(report)
    assert texts[S.SUMMARY] == [SUMMARY]
    assert texts[S.PROSECUTION] == [" ".join(LAW)]
    assert texts[S.PROTECTION] == [PROTECTION_OPENER]
    assert list(report.sections) == [S.PROFILE, S.SUMMARY, S.PROSECUTION, S.PROTECTION]


def test_victims_mentioned_in_passing_do_not_split_a_paragraph() -> None:
    opener = "The government made progress in its law enforcement efforts."
    passing = "Some victims declined to testify against their traffickers."
    helped = "Victims who testified received assistance."
    paragraph = " ".join([opener, *LAW[:2], passing, *LAW[2:], helped])
    report = _load(PROFILE, SUMMARY, paragraph)
    assert _section_texts(report)[S.PROSECUTION] == [paragraph]
    assert S.PROTECTION not in report.sections


def test_a_summary_that_names_the_p_sections_in_passing_stays_whole() -> None:
    # Three sentences in a row about prosecution, then four that name victims: a summary.
    summary = " ".join(
        [
            SUMMARY,
            "The government increased prosecutions of traffickers.",
            "Courts convicted more traffickers than last year.",
            "Judges imposed stronger sentences.",
            "The number of trafficking victims remains very large.",
            "Many victims are children.",
            "Most victims are exploited in the capital.",
            "Victims rarely come forward.",
        ]
    )
    report = _load(PROFILE, summary)
    assert _section_texts(report)[S.SUMMARY] == [summary]


def test_a_later_section_must_not_lead_back_to_an_earlier_one() -> None:
    paragraph = " ".join([SUMMARY, *LAW, CARE[0], LAW[0]])
    assert _run_on_parts(paragraph, S.SUMMARY) == [(S.SUMMARY, paragraph)]


def test_only_old_era_texts_without_p_headings_are_split() -> None:
    run_on = " ".join([SUMMARY, *LAW, PROTECTION_OPENER])
    new_era = _load(run_on, PROFILE)  # summary first: the order of editions since 2017
    assert list(new_era.sections) == [S.SUMMARY, S.PROFILE]
    with_headings = _load(
        PROFILE, run_on, "Prevention", "The government ran an awareness campaign."
    )
    assert _section_texts(with_headings)[S.SUMMARY] == [run_on]


def test_splitting_loses_and_duplicates_no_words() -> None:
    paragraph = " ".join([SUMMARY, *LAW, PROTECTION_OPENER, *CARE])
    parts = _run_on_parts(paragraph, S.SUMMARY)
    assert [name for name, _ in parts] == [S.SUMMARY, S.PROSECUTION, S.PROTECTION]
    assert " ".join(text for _, text in parts) == paragraph
    report = _load(PROFILE, paragraph)
    assert report.text.split() == f"{PROFILE} {paragraph}".split()
    sentences = [s.text for s in report.sentences]
    assert sentences == split_sentences(PROFILE) + split_sentences(paragraph)
    paragraphs = [p for section in report.sections.values() for p in section.paragraphs]
    assert [p.text for p in paragraphs] == [PROFILE, *(text for _, text in parts)]
    assert all(p.text == " ".join(s.text for s in p.sentences) for p in paragraphs)


def test_weak_prevention_words_after_an_old_summary_start_prevention() -> None:
    prevention = (
        "The government acknowledges that trafficking is a problem. The State Migration "
        "Service keeps a register of licensed recruitment firms for people seeking jobs."
    )
    report = _load(PROFILE, SUMMARY, prevention)
    assert _section_texts(report)[S.PREVENTION] == [prevention]
    unrelated = (
        "The government acknowledges that trafficking is a problem. Most work is done by NGOs."
    )
    assert _section_texts(_load(PROFILE, SUMMARY, unrelated))[S.SUMMARY] == [SUMMARY, unrelated]


def test_law_enforcement_and_victim_protection_headings_open_their_sections() -> None:
    """Some eras head the P sections "Law Enforcement" and "Victim Protection": in a
    hard-wrapped text those lines must break the paragraph and open the section (one
    heading vocabulary for ingest and segment)."""
    from tipdiff.headings import heading_section, is_heading_line

    from .conftest import seed
    from .variants import hard_wrapped

    text = seed(2009).read_text(encoding="utf-8")
    renamed = re.sub(r"(?m)^Prosecution\s*$", "Law Enforcement", text)
    renamed = re.sub(r"(?m)^Protection\s*$", "Victim Protection", renamed)
    assert renamed.count("Law Enforcement") == 1 and renamed.count("Victim Protection") == 1
    report = tipdiff.load(hard_wrapped(renamed))
    original = tipdiff.load(hard_wrapped(text))
    assert report.sections[SectionName.PROSECUTION].heading == "Law Enforcement"
    for name in (SectionName.PROSECUTION, SectionName.PROTECTION):
        assert report.sections[name].text == original.sections[name].text
    assert "Victim Protection" not in report.text and "Law Enforcement" not in report.text
    assert is_heading_line("Law Enforcement") and heading_section("Victim Protection") is SectionName.PROTECTION


def test_a_recommendation_with_semicolons_is_one_item_in_a_list_of_one_per_line() -> None:
    """Since 2017 a list has one recommendation per line or bullet: an item's own
    semicolons do not split it. The old one-sentence list is split at them."""
    from .conftest import seed

    report = tipdiff.load(seed(2024))
    items = list(report.recommendations)
    merged = f"{items[0].rstrip('.')}; {items[1][0].lower()}{items[1][1:].rstrip('.')}; and {items[2][0].lower()}{items[2][1:]}"
    summary = report.sections[SectionName.SUMMARY].text
    lines = "\n".join([merged, *items[3:]])
    one_per_line = tipdiff.load(f"{summary}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{lines}\n")
    assert len(one_per_line.recommendations) == len(items) - 2
    assert one_per_line.recommendations[0] == merged
    old_form = tipdiff.load(f"{summary}\n\nRecommendations for Azerbaijan: {merged}\n")
    assert len(old_form.recommendations) == 3


def test_the_first_edition_s_country_of_origin_opens_the_profile() -> None:
    """The 2001 edition opens a narrative "X is a country of origin for trafficked
    persons": that is the profile, before the summary, as "a source country" is."""
    profile = "Ruritania is a country of origin for trafficked persons, mostly women and children."
    report = _load("Ruritania (Tier 2)", profile, SUMMARY)
    assert list(report.sections) == [S.PROFILE, S.SUMMARY]
    assert _section_texts(report)[S.PROFILE] == [profile]


def test_a_verdict_run_into_a_paragraph_opens_its_section_but_a_mention_of_efforts_does_not() -> None:
    """A PDF text that lost its paragraph breaks: "The government maintained law
    enforcement efforts" inside a paragraph opens prosecution; "The government lacked
    sustained law enforcement efforts", a summary's reproach, rates nothing and stays."""
    summary = (
        f"{SUMMARY} The government identified 11 victims. The government lacked sustained law "
        "enforcement efforts and did not follow up on investigations."
    )
    report = _load(PROFILE, summary)
    assert _section_texts(report)[S.SUMMARY] == [summary]
    verdict = "The government maintained law enforcement efforts."
    run_on = _load(PROFILE, " ".join([SUMMARY, verdict, *LAW]))
    assert _section_texts(run_on)[S.PROSECUTION] == [" ".join([verdict, *LAW])]


def _special_case_parts(report: Report) -> dict[SectionName, list[str]]:
    """A narrative's sections as a special case's (2016–2021) would read: the summary
    with no tier, the P sections with no verdict (the first sentence of each)."""
    texts = _section_texts(report)
    parts = {S.SUMMARY: [], S.PROFILE: texts[S.PROFILE]}
    for paragraph in texts[S.SUMMARY]:
        parts[S.SUMMARY].append(" ".join(s for s in split_sentences(paragraph) if "Tier" not in s))
    for name in (S.PROSECUTION, S.PROTECTION, S.PREVENTION):
        first, *rest = texts[name]
        parts[name] = [" ".join(split_sentences(first)[1:]), *rest]
    return parts


def _as_special_case(parts: dict[SectionName, list[str]], efforts: str) -> str:
    """The title, the summary, one heading over the P sections (none of their own), then
    the profile's heading and the profile."""
    return "\n\n".join(
        [
            "SPECIAL CASE: RURITANIA",
            *parts[S.SUMMARY],
            efforts,
            *(p for name in (S.PROSECUTION, S.PROTECTION, S.PREVENTION) for p in parts[name]),
            "TRAFFICKING PROFILE",
            *parts[S.PROFILE],
        ]
    )


@pytest.mark.parametrize(
    "shape",
    ["plain", "hard-wrapped", "web page", "mixed case", "continued"],
)
def test_a_special_case_s_government_efforts_hold_its_p_sections_found_from_content(
    shape: str,
) -> None:
    """Under a special case's "GOVERNMENT EFFORTS" the P sections follow without headings
    or verdicts of their own ("The government appointed an anti-trafficking focal point
    …"): each is found from its paragraphs, none left in the summary."""
    from .conftest import seed
    from .variants import hard_wrapped

    parts = _special_case_parts(tipdiff.load(seed(2024)))
    efforts = {"mixed case": "Government Efforts", "continued": "GOVERNMENT EFFORTS … continues"}
    text = _as_special_case(parts, efforts.get(shape, "GOVERNMENT EFFORTS"))
    if shape == "hard-wrapped":
        text = hard_wrapped(text)
    elif shape == "web page":
        text = "<html><body>" + "".join(
            f"<h3>{html.escape(p)}</h3>" if p.isupper() else f"<p>{html.escape(p)}</p>"
            for p in text.split("\n\n")
        ) + "</body></html>"
    report = tipdiff.load(text)
    assert report.tier is Tier.SPECIAL_CASE
    assert _section_texts(report) == parts
    assert list(report.sections) == [S.SUMMARY, S.PROSECUTION, S.PROTECTION, S.PREVENTION, S.PROFILE]
    for name in (S.PROSECUTION, S.PROTECTION, S.PREVENTION):
        assert report.sections[name].found_by is FoundBy.CONTENT
    assert "GOVERNMENT EFFORTS" not in report.text.upper()
    # the heading stays with the first P section, so the narrative as `split` writes it
    # reads back the same
    assert report.sections[S.PROSECUTION].heading == efforts.get(shape, "GOVERNMENT EFFORTS")
    written = narrative_text(report)
    assert written.count(efforts.get(shape, "GOVERNMENT EFFORTS")) == 1
    assert _section_texts(tipdiff.load(written)) == parts


def test_government_efforts_over_an_old_edition_s_p_sections_keep_its_summary_whole() -> None:
    """An old edition's summary runs on about victims; with its P sections under one
    heading it is not split by topic: each P section starts under that heading."""
    from .conftest import seed
    from .variants import hard_wrapped

    text = seed(2009).read_text(encoding="utf-8")
    special = re.sub(r"(?m)^Prosecution\s*$", "GOVERNMENT EFFORTS", text)
    special = re.sub(r"(?m)^(?:Protection|Prevention)\s*\n", "", special)
    assert special.count("GOVERNMENT EFFORTS") == 1 and "\nProtection" not in special
    for shape in (lambda t: t, hard_wrapped):
        original, report = tipdiff.load(shape(text)), tipdiff.load(shape(special))
        assert _section_texts(report) == _section_texts(original)


def test_a_summary_that_speaks_of_victims_stays_before_the_prosecution_heading() -> None:
    """An old edition's second summary paragraph sums up every P section; in an excerpt
    cut before the "Protection" heading, its talk of victims must not open protection
    ahead of the "Prosecution" heading (the report's order)."""
    overview = (
        "Although the government began drafting a new law, Ruritania punished no "
        "trafficking offenses this year. It did not offer "
        "protection services to victims and may have deported some victims; Ruritania "
        "should improve protection for victims by providing shelter and assistance."
    )
    report = _load(PROFILE, SUMMARY, overview, "Prosecution", LAW[0])
    assert _section_texts(report)[S.SUMMARY] == [SUMMARY, overview]
    assert list(report.sections) == [S.PROFILE, S.SUMMARY, S.PROSECUTION]
    # with no heading ahead, the same paragraph is protection by its words
    assert S.PROTECTION in _load(PROFILE, SUMMARY, overview).sections


_TITLED_SUMMARY = (
    "RURITANIA (Tier 2 Watch List)\nThe Government of Ruritania does not fully meet the minimum "
    "standards for the elimination of trafficking but is making significant efforts to do so.\n"
    "Prioritized Recommendations\nCollaborate with NGOs to revise anti-trafficking laws.\n"
    "Investigate and prosecute traffickers.\n"
)


@pytest.mark.parametrize(
    "lead_in",
    ["In coordination with civil society, ", "In partnership with NGOs, ", "With support from donors, "],
)
def test_an_item_with_a_phrase_before_its_verb_stays_in_the_list(lead_in: str) -> None:
    """The 2022–2024 lists open some items with a phrase before the verb ("In
    coordination with civil society, update …"): the item is the list's, not a
    protection section found from its words."""
    item = f"{lead_in}update and train officials on victim identification guidelines."
    report = tipdiff.load(_TITLED_SUMMARY + item + "\n")
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.recommendations[-1] == item
    assert len(report.recommendations) == 3


_ONE_ITEM = (
    "Adopt a national action plan that clarifies the roles of entities across ministries; "
    "stipulates law enforcement, protection, and prevention actions; and is informed by "
    "disaggregated trafficking data."
)




def test_a_clause_after_a_semicolon_goes_on_with_the_item_before_it() -> None:
    """In a one-sentence list split at semicolons, a part that opens with a verb's -s
    form ("stipulates …", "is informed …") continues the relative clause of the item
    before it ("a plan that clarifies …"); a verb's bare form opens the next item. An
    excerpt cut inside such an item holds no whole recommendation."""
    head = _TITLED_SUMMARY.split("Prioritized")[0] + "RECOMMENDATIONS FOR RURITANIA:\n\n"
    assert tipdiff.load(head + _ONE_ITEM + "\n").recommendations == (_ONE_ITEM,)
    two = tipdiff.load(f"{head}Fund shelters; {_ONE_ITEM[0].lower()}{_ONE_ITEM[1:]}\n")
    assert two.recommendations == ("Fund shelters", _ONE_ITEM)
    cut = tipdiff.load(head + _ONE_ITEM[:-12] + "\n")
    assert cut.truncated and cut.recommendations == ()


def test_a_blurb_about_the_report_over_a_country_s_title_is_no_part_of_the_narrative() -> None:
    """An embassy page opens with what the report is ("The Trafficking in Persons (TIP)
    Report is the U.S. Government's principal diplomatic tool …"), then the edition's and
    the country's titles: the blurb is page chrome, the edition's year the title's."""
    blurb = (
        "The Trafficking in Persons (TIP) Report is the U.S. Government’s principal diplomatic "
        "tool to engage foreign governments on human trafficking. It is also the world’s most "
        "comprehensive resource of governmental anti-trafficking efforts.\n"
    )
    narrative = "2023 Trafficking in Persons Report: Ruritania\n" + _TITLED_SUMMARY
    report = tipdiff.load(blurb + narrative)
    assert (report.country, report.year) == ("Ruritania", 2023)
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert "diplomatic tool" not in report.text


def test_a_news_story_about_the_report_is_read_as_a_summary_not_a_p_section() -> None:
    """A news story opens by speaking of the report from outside ("In its latest report
    … by the US State Department"); its words on preventing trafficking make it no
    prevention section. The same paragraph without the report is one."""
    story = (
        "WASHINGTON, July 1: In its latest report on worldwide human trafficking by the US "
        "State Department, Ruritania has been praised for its campaigns to prevent "
        "trafficking and raise awareness of the menace.\n\n"
        "Ruritania remained on Tier 2, and a spokesman of the embassy said officials made "
        "concerted efforts to highlight the government's awareness campaigns.\n"
    )
    assert list(tipdiff.load(story).sections) == [S.SUMMARY]
    body = story.replace("In its latest report on worldwide human trafficking by the US State Department, ", "")
    assert list(tipdiff.load(body).sections) == [S.PREVENTION]


def test_a_list_item_the_text_is_cut_off_in_stays_in_the_list() -> None:
    """An excerpt that ends inside its one-item-per-paragraph list's last item ("Further
    decouple … in the crimi"), whose verb opens no item tipdiff knows, keeps it in the
    list as its cut-off last sentence: no PROTECTION section made from its words."""
    cut = (
        "Further decouple the provision of services to victims from participation in the "
        "criminal justice process and increase services available to victims unable or "
        "unwilling to participate in the crimi\n"
    )
    report = tipdiff.load(_TITLED_SUMMARY + cut)
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS]
    assert report.truncated and len(report.recommendations) == 2
    assert report.last_sentence is not None and report.last_sentence.text.endswith("crimi")
    assert report.last_sentence.section is S.RECOMMENDATIONS


_PARTICULARS_ITEM = (
    "Ensure government-sponsored labor export programs comply with international labor "
    "standards or end them—specifically ensure participants receive fair wages that are "
    "fully paid into bank accounts the workers can control; retain passports, contracts, and "
    "academic credentials in their possession; ensure a work environment safe from violence, "
    "harassment, and intrusive surveillance; and have freedom of movement."
)


def test_the_particulars_a_dash_opens_are_one_item_with_it() -> None:
    """One recommendation whose dash opens its particulars ("—specifically ensure …;
    retain …; ensure …; and have …") is one item, whole or cut inside them; "—including"
    names a few things and a semicolon after them still starts the next item."""
    head = _TITLED_SUMMARY.split("Prioritized")[0] + "Prioritized Recommendations\n\n"
    assert tipdiff.load(head + _PARTICULARS_ITEM + "\n").recommendations == (_PARTICULARS_ITEM,)
    cut = tipdiff.load(head + _PARTICULARS_ITEM[: _PARTICULARS_ITEM.index(" freedom")] + "\n")
    assert cut.truncated and cut.recommendations == ()
    listed = tipdiff.load(
        head + "Prosecute traffickers—including complicit officials; fund shelters; and train judges.\n"
    )
    assert listed.recommendations == (
        "Prosecute traffickers—including complicit officials",
        "Fund shelters",
        "Train judges.",
    )


def test_the_2009_layout_s_recommendation_for_a_country_opens_its_list() -> None:
    """The 2009 layout runs its list into a paragraph under the singular "Recommendation
    for X:"; the paragraph after it, with no heading, opens the prosecution section."""
    report = tipdiff.load(
        "RURITANIA (TIER 1)\n\nThe Government of Ruritania fully complies with the minimum "
        "standards for the elimination of trafficking.\n\nRecommendation for Ruritania: Sustain "
        "funding for victim assistance programs; increase the number of victims identified; "
        "and continue strong efforts to convict trafficking offenders.\n\nThe Government of "
        "Ruritania demonstrated adequate law enforcement efforts during the reporting period. "
        "In 2008, the government investigated 14 trafficking cases.\n",
        year=2009,
    )
    assert list(report.sections) == [S.SUMMARY, S.RECOMMENDATIONS, S.PROSECUTION]
    assert report.sections[S.RECOMMENDATIONS].heading == "Recommendation for Ruritania:"
    assert len(report.recommendations) == 3


def test_a_2002_narrative_s_finding_opens_its_summary_and_a_disclaimer_is_no_text() -> None:
    """A 2002 narrative states its finding as "The government meets the minimum standards
    to combat trafficking …" after the profile: that paragraph opens the summary. A
    page's "Disclaimer:" label on a line of its own takes its text on the next line with
    it out of the narrative."""
    report = tipdiff.load(
        "Ruritania (Tier 1)\n\nRuritania is a destination and a transit point for women and "
        "children trafficked for purposes of sexual exploitation.\n\nThe government meets the "
        "minimum standards to combat trafficking of persons in terms of law enforcement, "
        "protection of victims and prevention. Ruritania passed a new immigration law in 2001, "
        "which outlaws trafficking in persons.\n\nDisclaimer:\n\nThis is not a UNHCR publication. "
        "UNHCR is not responsible for, nor does it necessarily endorse, its content.\n",
        year=2002,
    )
    assert list(report.sections) == [S.PROFILE, S.SUMMARY]
    assert "UNHCR" not in report.text and "Disclaimer" not in report.text


def test_page_chrome_is_no_report_text() -> None:
    """A reference work's note on its field ("Definition: Trafficking in persons is …"),
    a news site's footer of counts and links ("0", "0", "10", "News", "All") and the
    heading a text is cut off in ("Prioritized Recomm") are no sentences of the report."""
    factbook = tipdiff.load(
        "Trafficking in persons: current situation: traffickers exploit domestic and foreign "
        "victims in Ruritania and Ruritanians abroad\ntier rating:\nTier 3 — Ruritania does not "
        "fully meet the minimum standards for the elimination of trafficking (2020)\nDefinition: "
        "Trafficking in persons is modern-day slavery, involving victims who are forced, "
        "defrauded, or coerced into labor or sexual exploitation, and victims of forced labor "
        "are assisted and protected by shelters.\n"
    )
    assert S.PROTECTION not in factbook.sections and "Definition" not in factbook.text
    story = (
        "Ruritania Retains Tier 1 Status\n\nThe U.S. Department of State's 2025 Trafficking in "
        "Persons Report confirms that Ruritania has maintained its Tier 1 ranking.\nThe report "
        "praised Ruritania's increased convictions and funding for shelters.\n"
    )
    news = tipdiff.load(story + "0\n0\n10\nNews\nAll\n")
    assert news.text == tipdiff.load(story).text and not news.truncated
    cut = tipdiff.load(_TITLED_SUMMARY.split("Prioritized")[0] + "Prioritized Recomm\n")
    assert "Recomm" not in cut.text and list(cut.sections) == [S.SUMMARY]


def test_a_reference_work_s_menu_is_not_glued_into_its_first_sentence() -> None:
    """A Factbook mirror's page: menu lines, then fields whose values are long lines
    without a full stop, each before a label in lower case ("… (2023)" / "trafficking
    profile:"). A line that long is a paragraph, not a wrapped line going on in the next,
    so the menu is not read as one paragraph with the fields and never as report text."""
    value = (
        "Tier 3 — Ruritania does not fully meet the minimum standards for the elimination of "
        "trafficking and is not making significant efforts to do so, therefore, Ruritania "
        "remained on Tier 3; the government took some steps to address trafficking, such as "
        "amending the penal code; however, the government continued a policy or pattern to "
        "profit from labor export programs with strong indications of forced labor (2023)"
    )
    page = (
        "Open translate\n\nRuritania Issues - 2024\n\nGEOGRAPHICAL NAMES  Spanish Simplified "
        "Chinese French German Russian Hindi Arabic Portuguese\n\nDisputes - international\n\n"
        "Ruritania and Borduria dispute the islands of the northern lake, where a commission "
        "has met since 2001 without an agreement\n\nTrafficking in persons\n\n"
        f"tier rating:\n\n{value}\n\ntrafficking profile:\n\nhuman traffickers exploit domestic "
        "and foreign victims in Ruritania and Ruritanians abroad; individuals are forced or "
        "coerced into participating in labor export programs; sex trafficking and sex tourism "
        "occur within Ruritania; foreigners are subject to sex trafficking and forced labor in "
        "Ruritania to pay off travel debts\n"
    )
    report = tipdiff.load(page)
    assert "Open translate" not in report.text and "GEOGRAPHICAL" not in report.text
    assert report.tier is Tier.TIER_3 and report.year is None
