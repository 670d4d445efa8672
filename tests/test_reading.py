"""Reading texts nobody showed us: each error class found on unseen texts, rebuilt from a
real corpus or seed text reshaped the same way."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import tipdiff
from tipdiff import countries, ingest
from tipdiff.cli import describe
from tipdiff.errors import NotANarrativeError
from tipdiff.model import ChangeKind, Confidence, SectionName
from tipdiff.sentences import split_sentences

from .conftest import CORPUS, ROOT, seed

MOLDOVA_2002 = CORPUS / "moldova-2002-refworld-webarchive.txt"


def body_of(path: Path) -> str:
    """A corpus text without its site's header (everything before its country heading)."""
    text = path.read_text(encoding="utf-8")
    heading = re.search(r"^\S.*\(Tier [^)]*\)\s*$", text, re.M)
    assert heading is not None
    return text[heading.start() :]


def test_a_title_block_with_the_release_date_gives_country_and_stated_year() -> None:
    """A page header ("Trafficking in Persons Report / Office to Monitor … / June 5, 2002 /
    Report") over "Moldova (Tier 2)": the country is not "Report Moldova", and the page's
    date is the release date."""
    header = (
        "Trafficking in Persons Report\n\nOffice to Monitor and Combat Trafficking in Persons\n\n"
        "June 5, 2002\n\nReport\n\n"
    )
    report = tipdiff.load(header + body_of(MOLDOVA_2002))
    assert (report.country, report.year) == ("Moldova", 2002)
    assert report.confidence["year"] is Confidence.STATED and report.evidence["year"] == "June 5, 2002"


def test_a_story_s_byline_date_under_its_headline_is_the_release_date() -> None:
    """A blog's story of the release, its byline dated in figures ("by Jane Roe on
    6/19/2012"), states the edition as a title block's date does."""
    story = (
        "Written Plan Saves Azerbaijan on Trafficking Report\n\nby Jane Roe on 6/19/2012\n\n"
        "The State Department's annual Trafficking in Persons report has been released and "
        "Azerbaijan stays on Tier 2 Watch List.\n\n"
    )
    report = tipdiff.load(story + body_of(MOLDOVA_2002).replace("Moldova", "Azerbaijan"))
    assert report.year == 2012 and report.evidence["year"] == "by Jane Roe on 6/19/2012"


@pytest.mark.parametrize("blank", ["", "\n"], ids=["lines", "blank-lines"])
def test_a_title_block_over_a_hard_wrapped_narrative_keeps_its_lines(blank: str) -> None:
    """The same header, one line each, over the narrative hard-wrapped: each header line
    stays a line of its own (the date is still the release date), none is joined to the
    narrative's first sentence."""
    header = blank.join(
        f"{line}\n"
        for line in (
            "Trafficking in Persons Report",
            "Office to Monitor and Combat Trafficking in Persons",
            "June 5, 2002",
            "Report",
        )
    )
    body = "\n\n".join(textwrap.fill(p, 72) for p in body_of(MOLDOVA_2002).split("\n\n"))
    report = tipdiff.load(header + "\n" + body)
    assert (report.country, report.year) == ("Moldova", 2002)
    assert report.evidence["year"] == "June 5, 2002"
    assert report.sentences[0].text.startswith("Moldova is")


def test_a_title_as_long_as_the_wrapped_lines_below_it_stays_the_title() -> None:
    """A site's title line as long as the narrative's hard-wrapped lines, a blank line,
    then the narrative: the title is not run into the first sentence, so its tier and
    the edition it names are read."""
    title = "MOLDOVA (Tier 2) - Extracted in part from the U.S. State Dept 2002 TIP Report"
    paragraphs = body_of(MOLDOVA_2002).split("\n\n")[1:]
    body = "\n\n".join(textwrap.fill(p, len(title)) for p in paragraphs)
    report = tipdiff.load(f"{title}\n\n{body}")
    assert (report.country, report.year, str(report.tier)) == ("Moldova", 2002, "Tier 2")
    assert report.sentences[0].text.startswith("Moldova is")


def test_a_report_released_on_a_date_names_its_edition() -> None:
    """News: "a U.S. State Department report released on June 8, 2008" is that year's
    edition."""
    news = (
        "Azerbaijan falls short of the minimum standards, a U.S. State Department report "
        "released on June 8, 2008, stated.\n\n"
    )
    assert tipdiff.load(news + seed(2015).read_text(encoding="utf-8")).year == 2008


def test_an_edition_named_in_prose_is_stated() -> None:
    news = (
        "Baku, June 28. The U.S. State Department published its 2015 report on human "
        "trafficking on Monday.\n\n"
    )
    text = seed(2015).read_text(encoding="utf-8")
    report = tipdiff.load(news + text)
    assert report.year == 2015 and report.confidence["year"] is Confidence.STATED
    assert report.evidence["year"] == "published its 2015 report"


@pytest.mark.parametrize("title", ["Trafficking in Azerbaijan (TIP2021)", "Azerbaijan (TIP 2021)"])
def test_an_edition_year_run_into_tip_is_stated(title: str) -> None:
    """A site's title "… (TIP2021)": the edition is stated, not inferred from the text's
    figures."""
    report = tipdiff.load(f"{title}\n\n" + seed(2021).read_text(encoding="utf-8"))
    assert report.year == 2021 and report.confidence["year"] is Confidence.STATED


@pytest.mark.parametrize(
    "title",
    ["U.S. State Dept. Trafficking Report 2010 - Ruritania", "State Department Trafficking Report, 2010"],
)
def test_a_site_s_title_naming_the_state_department_s_trafficking_report_gives_the_year(
    title: str,
) -> None:
    """A site's own name for the edition, "U.S. State Dept. Trafficking Report 2010":
    the year is stated."""
    text = (
        "Ruritania is a source country for men and women subjected to forced labor. The "
        "Government of Ruritania does not fully comply with the minimum standards for the "
        "elimination of trafficking.\n"
    )
    report = tipdiff.load(f"{title}\n\n{text}")
    assert report.year == 2010 and report.confidence["year"] is Confidence.STATED


def test_a_guess_from_event_years_is_not_made_on_a_short_excerpt() -> None:
    # An excerpt that names events of 2018 only: "2019 edition" would be a guess.
    text = (CORPUS / "moldova-2019-state.gov-prosecution.txt").read_text(encoding="utf-8")
    report = tipdiff.load(text)
    assert report.year is None and report.confidence["year"] is Confidence.UNKNOWN
    assert "does not say which edition" in " ".join(report.warnings)


def test_inferred_values_say_from_what_without_quoting() -> None:
    report = tipdiff.load(seed(2021))  # a protection fragment: country and year inferred
    assert report.confidence["country"] is Confidence.INFERRED
    assert report.confidence["year"] is Confidence.INFERRED
    assert "'" not in (report.evidence["year"] or "") and "2019" in (report.evidence["year"] or "")
    assert "edition  2021   (inferred: figures compared with 2019" in describe(report)


def test_a_territory_named_less_than_its_parent_state_is_still_the_country() -> None:
    """A fragment about a territory names the parent state as a place victims come from
    or go to more often than itself; the narrative's own country is the one it is in."""
    text = seed(2021).read_text(encoding="utf-8")  # a protection fragment, no heading
    text = text.replace("Azerbaijani", "Hong Kong").replace("Azerbaijan", "Hong Kong")
    text = text.replace("Russia", "China").replace("Uzbekistan", "China")
    text += "\n\nVictims were recruited from China, transported to China, and some returned from China."
    mentions = {name: len(re.findall(name, text)) for name in ("Hong Kong", "China")}
    assert mentions["China"] > mentions["Hong Kong"]
    report = tipdiff.load(text)
    assert report.country == "Hong Kong" and report.confidence["country"] is Confidence.INFERRED


@pytest.mark.parametrize(
    "mention",
    ["the trafficker, a Zambian man, was fined", "authorities deported 300 Burmese, some of them children"],
)
def test_a_fragment_naming_one_foreign_national_names_no_country(mention: str) -> None:
    """A protection fragment whose only country word stands for a person or people of that
    nationality (a trafficker, deportees) is not that country's narrative."""
    text = (
        "PROTECTION\n\nThe government maintained efforts to identify and protect trafficking "
        f"victims. During the year {mention}. Officials referred 12 victims to shelters.\n"
    )
    report = tipdiff.load(text)
    assert report.country is None


def test_a_foreign_power_s_war_on_the_country_is_no_mention_of_its_own() -> None:
    """A fragment that names the power at war with its country as often as its country
    ("Russia's invasion of …", "… held by Russia's forces") is still its country's."""
    text = (
        "PROSECUTION\n\nThe government decreased anti-trafficking law enforcement efforts. "
        "Courts in Moldova reported delays. Russia's full-scale invasion of its neighbour "
        "affected trials, and police did not operate in areas held by Russia's forces. "
        "Moldova's police investigated 12 cases.\n"
    )
    assert tipdiff.load(text).country == "Moldova"


def test_dominican_is_the_dominican_republic_s_word() -> None:
    """Dominica and the Dominican Republic share the adjective; the narratives that use
    it are the Dominican Republic's."""
    text = (
        "PROTECTION\n\nThe government maintained efforts to protect trafficking victims. "
        "Officials identified 20 victims, all of whom were Dominican. Dominican authorities "
        "referred them to shelters, and Dominican courts heard their testimony.\n"
    )
    assert tipdiff.load(text).country == "Dominican Republic"


def test_data_a_year_behind_the_reporting_period_give_the_edition_after_it() -> None:
    """"In 2018, the most recent year for which data was available" is the year before
    the reporting period (2019): the edition is 2020, not the 2019 its "compared with
    … in 2017" alone would suggest."""
    text = (
        "PROTECTION\n\nThe government maintained efforts to protect trafficking victims. "
        "In 2018, the most recent year for which official data was available, the center "
        "registered 668 possible trafficking victims, compared with 958 in 2017.\n"
    )
    report = tipdiff.load(text)
    assert report.year == 2020 and report.confidence["year"] is Confidence.INFERRED


def test_a_fragment_naming_its_own_currency_once_is_that_country_s() -> None:
    """One mention that is no people ("fines of 5,000 Zambian kwacha") still names the
    country of a fragment."""
    text = (
        "PROSECUTION\n\nThe government maintained law enforcement efforts against trafficking. "
        "The law prescribed prison terms and fines of 5,000 Zambian kwacha.\n"
    )
    assert tipdiff.load(text).country == "Zambia"


def test_chrome_glued_to_a_paragraph_does_not_make_a_sentence_reworded() -> None:
    text = seed(2024).read_text(encoding="utf-8")
    paragraphs = text.split("\n")
    index = next(i for i, p in enumerate(paragraphs) if len(p) > 200)
    glued = paragraphs.copy()
    glued[index] += ">>>Read the full report here>>>"
    diff = tipdiff.compare(text, "\n".join(glued))
    assert {c.kind for c in diff.changes} == {ChangeKind.UNCHANGED}


def test_a_text_cut_mid_word_warns_and_its_tail_is_no_recommendation() -> None:
    path = CORPUS / "moldova-2024-ecoi.txt"  # an excerpt that ends "Vigorously i"
    report = tipdiff.load(path)
    assert report.truncated
    assert any("ends mid-sentence ('…" in w for w in report.warnings)
    assert report.text.rstrip().endswith("Vigorously i")  # nothing lost
    assert all(not item.endswith("Vigorously i") for item in report.recommendations)
    assert report.to_dict()["truncated"] is True


@pytest.mark.parametrize(
    "path",
    [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / "tipdiff" / "cli.py", ROOT / "seeds" / "README.md"],
    ids=lambda p: p.name,
)
def test_files_that_are_not_narratives_are_refused(path: Path) -> None:
    with pytest.raises(NotANarrativeError, match="does not read like a Trafficking in Persons Report"):
        tipdiff.load(path)


@pytest.mark.parametrize(
    "opening",
    ["", "The Government of Papua New Guinea increased law enforcement efforts. "],
    ids=["starts-at-the-law", "long-subject-verdict"],
)
def test_a_prosecution_excerpt_without_the_short_verdict_is_a_narrative(opening: str) -> None:
    """An excerpt that begins at the law ("Articles 165 and 206 … criminalized …", its
    verdict sentence cut off), or whose verdict names the government in full, is read as
    a prosecution section, not refused as "not a narrative"."""
    path = CORPUS / "moldova-2023-amicidilazzaro-prosecution.txt"
    text = path.read_text(encoding="utf-8")
    verdict = "The government increased law enforcement efforts. "
    assert verdict in text
    report = tipdiff.load(text.replace(verdict, opening), country="Moldova")
    assert [str(name) for name in report.sections] == ["prosecution"]
    assert report.sentences[0].text.startswith(opening.strip() or "Articles 165 and 206")


@pytest.mark.parametrize(
    ("path", "section"),
    [
        (CORPUS / "moldova-2020-state.gov-protection.txt", "protection"),  # identified 341 victims
        (CORPUS / "honduras-2007-refworld.txt", "profile"),  # children trafficked from …
        (CORPUS / "moldova-2005-refworld.txt", "profile"),  # a transit country
        (CORPUS / "honduras-2009-gvnet.txt", "summary"),  # increased law enforcement actions
        (CORPUS / "moldova-2005-refworld.txt", "summary"),  # trafficking convictions
        (CORPUS / "moldova-2016-refworld.txt", "summary"),  # complicit officials
        (CORPUS / "honduras-2023-gvnet.txt", "recommendations"),  # Vigorously investigate …
        (ROOT / "seeds" / "azerbaijan-2009-pdf-extract.txt", "prosecution"),  # prohibits trafficking
        (ROOT / "seeds" / "azerbaijan-2009-pdf-extract.txt", "protection"),  # victims of trafficking
        (ROOT / "seeds" / "azerbaijan-2024-ecoi-export.txt", "prevention"),  # anti-trafficking efforts
    ],
    ids=lambda value: value if isinstance(value, str) else value.stem,
)
def test_one_section_without_its_heading_or_first_sentence_is_a_narrative(
    path: Path, section: str
) -> None:
    """A fragment as a database export or a quote gives it: one section's paragraphs, no
    heading, its opening (verdict) sentence cut off. It is read, not refused as "not a
    narrative", while the project's own READMEs, code and settings still are."""
    whole = tipdiff.load(path).sections[SectionName(section)]
    text = "\n\n".join(paragraph.text for paragraph in whole.paragraphs)
    fragment = text.replace(whole.sentences[0].text, "", 1).strip()
    report = tipdiff.load(fragment)
    assert report.sentences[0].text == whole.sentences[1].text


def test_every_corpus_and_seed_text_is_still_a_narrative() -> None:
    for path in [*sorted(CORPUS.glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt"))]:
        tipdiff.load(path)  # raises if refused


def test_a_tier_in_words_in_news_prose_is_read() -> None:
    """News text: "coming in at tier two" over a real excerpt that states no tier."""
    text = seed(2015).read_text(encoding="utf-8")
    assert tipdiff.load(text).tier is None
    news = "Azerbaijan is coming in at tier two in the State Department's ranking this year.\n\n"
    report = tipdiff.load(news + text)
    assert str(report.tier) == "Tier 2" and report.confidence["tier"] is Confidence.STATED
    assert "coming in at tier two" in (report.evidence["tier"] or "")


@pytest.mark.parametrize(
    ("news", "tier"),
    [
        ("The global report again ranks Azerbaijan on the Tier 2 Watch List, one tier away from "
         "the lowest position, Tier 3.", "Tier 2 Watch List"),
        ("The State Department moved Azerbaijan from Tier 2 Watch List last year to Tier 2.", "Tier 2"),
        ("The department downgraded Azerbaijan to Tier 3 this year.", "Tier 3"),
        ("Azerbaijan was upgraded from Tier 3 to the Tier 2 Watch List.", "Tier 2 Watch List"),
        ("The report saw Azerbaijan elevated from a Tier 2 Watch List country to a Tier 2 "
         "country.", "Tier 2"),
        ("Azerbaijan moved up to Tier 2 this year.", "Tier 2"),
        ("Azerbaijan dropped to Tier 3.", "Tier 3"),
    ],
)  # fmt: skip
def test_a_tier_placement_with_the_country_as_object_is_read(news: str, tier: str) -> None:
    """News prose places the country actively ("ranks Azerbaijan on …", "moved Azerbaijan
    from … to Tier 2"): the tier is the one it is placed on now."""
    report = tipdiff.load(f"{news}\n\n" + seed(2015).read_text(encoding="utf-8"))
    assert str(report.tier) == tier


@pytest.mark.parametrize(
    ("news", "tier"),
    [
        ("Azerbaijan has been ranked as a \u201cTier II Watch List\u201d country, one level above "
         "worst-performing Tier III countries.", "Tier 2 Watch List"),
        ("Azerbaijan is ranked Tier II in this year's report.", "Tier 2"),
        ("Azerbaijan was placed in Tier I.", "Tier 1"),
        ("Azerbaijan has retained its Tier II ranking for a third year.", "Tier 2"),
        ("The 2009 Report places Azerbaijan among the 51 other countries in the \u201cTier II "
         "Watch List\u201d.", "Tier 2 Watch List"),
        # its neighbours' tier, not its own
        ("Its neighbours have been placed a cut above it in Tier two.", None),
    ],
)  # fmt: skip
def test_a_tier_in_roman_numerals_is_read(news: str, tier: str | None) -> None:
    """News writes tiers in Roman numerals ("Tier II Watch List", "Tier III") and ranks a
    country "as a \u201cTier II Watch List\u201d country" or says it "retained its Tier II
    ranking"."""
    report = tipdiff.load(f"{news}\n\n" + seed(2015).read_text(encoding="utf-8"))
    assert (None if report.tier is None else str(report.tier)) == tier


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("the sixth annual Department of State Trafficking in Persons Report", 2006),
        ("the eighth annual TIP Report", 2008),
        ("the twenty-third annual Trafficking in Persons Report", 2023),
        ("the 23rd annual Trafficking in Persons (TIP) Report", 2023),
        ("the 20th edition of the annual report", 2020),
    ],
)
def test_an_edition_named_by_its_number_gives_its_year(phrase: str, year: int) -> None:
    """News names the edition by its number, counted from the first, of 2001; a
    government's own "fifth annual report" names none."""
    news = f"The government does not fully comply with the minimum standards, noted {phrase}."
    text = seed(2015).read_text(encoding="utf-8")
    assert tipdiff.load(f"{news}\n\n{text}").year == year
    own = "The commission published its fifth annual report on trafficking.\n\n"
    assert tipdiff.load(own + text).year == tipdiff.load(text).year


@pytest.mark.parametrize(
    "link",
    [
        "https://www.state.gov/reports/2024-trafficking-in-persons-report/azerbaijan/",
        "http://www.state.gov/j/tip/rls/tiprpt/2024/index.htm",
    ],
)
def test_a_link_to_the_edition_s_page_gives_its_year(link: str) -> None:
    """A reference work's entry (the World Factbook's "tier rating: …; for more details,
    go to: <link>") names its edition only by the link to the report's page."""
    entry = (
        "Trafficking in persons:\n\n"
        "current situation: human traffickers exploit domestic and foreign victims in "
        "Azerbaijan; migrant workers are vulnerable to forced labor\n\n"
        "tier rating: Tier 2 \u2014 Azerbaijan does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so, therefore "
        f"Azerbaijan remained on Tier 2; for more details, go to: {link}\n"
    )
    report = tipdiff.load(entry)
    assert (report.country, report.year, str(report.tier)) == ("Azerbaijan", 2024, "Tier 2")


def test_the_report_s_author_is_not_the_country_a_story_is_about() -> None:
    """A story explains the report: "the Department of State of the United States",
    "the United States' Trafficking Victims Protection Act". Those name the author; the
    country the story is about is the one it places on a tier."""
    story = (
        "The annual report is brought out by the Department of State of the United States, "
        "as the United States' Trafficking Victims Protection Act requires. It sets minimum "
        "standards under the United States' Trafficking Victims Protection Act of 2000.\n\n"
        "The 2009 Report places Azerbaijan among the countries on the Tier 2 Watch List for "
        "its failure to show increasing efforts against human trafficking.\n"
    )
    assert tipdiff.load(story).country == "Azerbaijan"


@pytest.mark.parametrize(
    ("heading", "country"),
    [
        ("KOREA, NORTH: TIER 3", "North Korea"),
        ("Korea, North (Tier 3)", "North Korea"),
        ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3", "North Korea"),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2", "Democratic Republic of the Congo"),
        ("Congo, Republic of the (Tier 2 Watch List)", "Republic of the Congo"),
        ("GAMBIA, THE: TIER 2", "The Gambia"),
        ("MICRONESIA, FEDERATED STATES OF: TIER 2", "Micronesia"),
        ("CONGO (KINSHASA): TIER 2", "Democratic Republic of the Congo"),
        ("China (Hong Kong) (Tier 2)", "Hong Kong"),
        ("CHINA (PRC): TIER 2", "China"),
    ],
)
def test_a_narrative_under_a_name_printed_inverted_is_that_country_s(
    heading: str, country: str
) -> None:
    """One narrative under a heading the report prints inverted ("KOREA, NORTH") or with
    a part in brackets ("CONGO (KINSHASA)") is that country's, named as a whole edition
    names it — not unknown, not "South Korea" from a mention in its text."""
    body = (
        "The Government of the country does not fully meet the minimum standards for the "
        "elimination of trafficking. Victims from South Korea were identified.\n\n"
        "PROSECUTION\n\nThe government maintained law enforcement efforts.\n"
    )
    assert tipdiff.load(f"{heading}\n\n{body}").country == country
    assert [r.country for r in tipdiff.load_edition(f"{heading}\n\n{body}")] == [country]


def table_names() -> list[str]:
    """Every country's name as the country table writes it."""
    table = (ROOT / "tipdiff" / "data" / "countries.tsv").read_text(encoding="utf-8")
    return [row.split("\t")[0] for row in table.splitlines() if row and not row.startswith("#")]


def test_every_known_name_in_every_heading_form_names_its_country() -> None:
    """Each name and alias the country table knows, as a heading in each era's form
    ("X: TIER 2", "X (Tier 2)", "X (Tier 2 Watch List)", "X: Tier 2 Watch List"), over a
    text that names another country: that country, alike for one narrative and for an
    edition."""
    names = table_names()
    names += [*countries.ALIASES, *countries.FORMER_COUNTRIES]
    body = (
        "The Government of the country does not fully meet the minimum standards for the "
        "elimination of trafficking. Victims from Ghana were identified.\n\n"
        "PROSECUTION\n\nThe government maintained law enforcement efforts.\n"
    )
    wrong = []
    for name in names:
        for heading in (
            f"{name.upper()}: TIER 2",
            f"{name} (Tier 2)",
            f"{name.upper()} (Tier 2 Watch List)",
            f"{name.upper()}: Tier 2 Watch List",
        ):
            text = f"{heading}\n\n{body}"
            read = (tipdiff.load(text).country, [r.country for r in tipdiff.load_edition(text)])
            if read != (countries.country_name(name), [countries.country_name(name)]):
                wrong.append((heading, read))
    assert wrong == []


def test_every_known_country_named_only_in_running_text_is_found() -> None:
    """A text without a heading (a database export, an excerpt) names its country in its
    finding or its profile: each country the table knows is found under the name a
    heading gives it ("Côte d'Ivoire", "Türkiye", "The Bahamas"), and never lost to a
    shorter name inside its own ("Sudan" in "South Sudan", "Guinea" in "Papua New
    Guinea")."""
    names = table_names()
    wrong = []
    for name in (n.removeprefix("The ") for n in names):
        for text in (
            f"The Government of {name} does not fully meet the minimum standards for the "
            f"elimination of trafficking; therefore {name} remained on Tier 2. Victims from "
            "Ghana were identified.",
            f"As reported over the past five years, human traffickers exploit domestic and "
            f"foreign victims in {name}, and traffickers exploit victims from {name} abroad.",
        ):
            if tipdiff.load(text).country != countries.country_name(name):
                wrong.append((name, text[:40], tipdiff.load(text).country))
    assert wrong == []


def test_news_of_this_year_s_placement_in_a_named_edition_gives_its_year() -> None:
    """"has been ranked … in the 2010 Trafficking in Persons Report" and "the countries
    listed in the “2010 Trafficking in Persons Report”" are news of that edition; a narrative's "was downgraded to Tier 3 in the 2016 TIP Report" cites an
    earlier one and names no edition."""
    text = seed(2015).read_text(encoding="utf-8")
    news = (
        "Azerbaijan has been ranked as a Tier 2 country, one level above the worst "
        "performers, in the 2010 Trafficking in Persons Report.\n\n"
    )
    assert tipdiff.load(news + text).year == 2010
    listed = "Of the countries listed in the \u201c2010 Trafficking in Persons Report,\u201d few improved.\n\n"
    assert tipdiff.load(listed + text).year == 2010
    cited = "Azerbaijan was downgraded to Tier 3 in the 2016 TIP Report.\n\n"
    assert tipdiff.load(cited + text).year == tipdiff.load(text).year


def test_a_short_news_item_on_a_tier_placement_is_read() -> None:
    """Three sentences of news on the report: not refused; country, tier and the edition
    named in "its 2022 Trafficking in Persons (TIP) Report"."""
    news = (
        "US Moves Thailand up to Tier 2 in Its Human Trafficking Report\n"
        "BANGKOK, July 20 - The United States moved Thailand from Tier 2 Watch List last year to "
        "Tier 2 in its 2022 Trafficking in Persons (TIP) Report, reflecting efforts to tackle "
        "human trafficking over the past year.\n"
        "A government spokesman said the report was released on July 19.\n"
    )
    report = tipdiff.load(news)
    assert (report.country, report.year, str(report.tier)) == ("Thailand", 2022, "Tier 2")


def test_a_news_story_whose_lead_states_the_finding_is_the_summary() -> None:
    """A news story's lead quotes the finding in its own words ("fully meets the minimum
    standards in ending …") and goes on about prosecutions: the story is the summary, not
    a prosecution section; "the State Department's 2018 Trafficking in Persons or TIP
    report" names the edition."""
    news = (
        "BAKU, Azerbaijan - The Azerbaijani government fully meets the minimum standards in "
        "ending human trafficking, although it did not vigorously investigate and prosecute "
        "officials, the State Department's 2018 Trafficking in Persons or TIP report says.\n\n"
        "\"The government continued to demonstrate serious and sustained efforts during the "
        "reporting period; therefore Azerbaijan remained on Tier 1,\" the report said.\n\n"
        "The report urged the government to prosecute more labor traffickers.\n"
    )
    report = tipdiff.load(news)
    assert (report.country, report.year, str(report.tier)) == ("Azerbaijan", 2018, "Tier 1")
    assert list(report.sections) == [SectionName.SUMMARY]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\u25cf", "\u27a2", "\u25a0", "•"])
@pytest.mark.parametrize("headed", [True, False], ids=["under-its-heading", "no-heading"])
def test_a_list_s_bullets_as_a_pdf_or_word_processor_gives_them_are_bullets(
    bullet: str, headed: bool
) -> None:
    """A symbol font's private-use bullet (U+F0B7), "●", "➢", "■": the list is the list,
    with or without its heading, and no recommendation starts with the glyph. (An en dash
    is no bullet: a site's header sets one alone on a line before the narrative.)"""
    plain = tipdiff.load(seed(2024))
    summary = plain.sections[SectionName.SUMMARY].text
    prosecution = plain.sections[SectionName.PROSECUTION].paragraphs[0].text
    listed = "\n".join(f"{bullet} {item}" for item in plain.recommendations)
    heading = "PRIORITIZED RECOMMENDATIONS:\n\n" if headed else ""
    text = f"AZERBAIJAN: TIER 2\n\n{summary}\n\n{heading}{listed}\n\nPROSECUTION\n\n{prosecution}\n"
    assert tipdiff.load(text).recommendations == plain.recommendations


@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_bulleted_list_run_into_one_line_is_still_its_items(join: str) -> None:
    """A copy that lost the list's line breaks ("• Vigorously … penalties.• Increase …"):
    one recommendation and one sentence per bullet, each cited to that line."""
    plain = tipdiff.load(seed(2024))
    summary = plain.sections[SectionName.SUMMARY].text
    prosecution = plain.sections[SectionName.PROSECUTION].paragraphs[0].text
    run_on = join.join(f"• {item}" for item in plain.recommendations)
    text = f"AZERBAIJAN: TIER 2\n\n{summary}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{run_on}\n\nPROSECUTION\n\n{prosecution}\n"
    report = tipdiff.load(text)
    assert report.recommendations == plain.recommendations
    sentences = report.sections[SectionName.RECOMMENDATIONS].sentences
    assert [s.text.removeprefix("• ") for s in sentences] == list(plain.recommendations)
    list_line = text.splitlines().index(run_on) + 1
    assert {s.at.line for s in sentences if s.at} == {list_line}


def test_a_tier_placement_in_news_prose_is_quoted_from_its_own_sentence() -> None:
    """News text: "has been upgraded to Tier 2" is read, and the evidence is the words of
    that sentence, not the end of the one before it."""
    text = seed(2015).read_text(encoding="utf-8")
    news = (
        "The State Department released its 2015 Trafficking in Persons Report on Monday. This "
        "year Azerbaijan has been upgraded to Tier 2, after two years on the Watch List.\n\n"
    )
    report = tipdiff.load(news + text)
    assert str(report.tier) == "Tier 2"
    assert report.evidence["tier"] == "This year Azerbaijan has been upgraded to Tier 2"


def test_a_list_without_its_heading_whose_first_item_opens_with_a_phrase_is_the_list() -> None:
    """"Respecting due process, vigorously investigate … • Implement …" after the summary,
    its heading lost in a copy: the paragraph is the recommendations list."""
    path = CORPUS / "moldova-2019-ecoi.txt"
    original = tipdiff.load(path)
    text = path.read_text(encoding="utf-8").replace(
        "PRIORITIZED RECOMMENDATIONS\n\nVigorously", "Respecting due process, vigorously", 1
    )
    report = tipdiff.load(text)
    assert SectionName.RECOMMENDATIONS in report.sections
    assert len(report.recommendations) == len(original.recommendations) >= 5
    assert report.recommendations[0].startswith("Respecting due process, vigorously investigate")


def test_an_early_edition_s_profile_and_finding_in_one_paragraph_are_two_sections() -> None:
    """"Moldova is a source … The Government of Moldova does not fully comply with the
    minimum standards …" in one paragraph (as early editions and copies of them set it):
    the profile and the summary, as when they stand apart."""
    path = CORPUS / "moldova-2003-refworld.txt"
    apart = tipdiff.load(path)
    text = path.read_text(encoding="utf-8")
    finding = text.index("The Government of Moldova does not")
    joined = text[:finding].rstrip() + " " + text[finding:]
    assert joined.count("\n\n") < text.count("\n\n")
    together = tipdiff.load(joined)
    assert {name: section.text for name, section in together.sections.items()} == {
        name: section.text for name, section in apart.sections.items()
    }


def test_a_recommendations_heading_keeps_a_list_that_opens_with_a_statement() -> None:
    """The paragraph right after "PRIORITIZED RECOMMENDATIONS:" is the list's, even when it
    opens with a statement rather than an imperative ("Authorities identified …")."""
    path = CORPUS / "moldova-2025-ecoi.txt"
    original = tipdiff.load(path)
    text = path.read_text(encoding="utf-8").replace(
        "PRIORITIZED RECOMMENDATIONS:\n",
        "PRIORITIZED RECOMMENDATIONS:\nAuthorities reported identifying 27 potential trafficking "
        "victims, compared with 19 in the previous reporting period.\n",
        1,
    )
    report = tipdiff.load(text)
    listed = report.sections[SectionName.RECOMMENDATIONS]
    assert listed.heading == "PRIORITIZED RECOMMENDATIONS:"
    assert listed.sentences[0].text.startswith("Authorities reported identifying 27")
    assert set(original.recommendations) <= set(report.recommendations)
    assert list(report.sections) == list(original.sections)


@pytest.mark.parametrize(
    ("heading", "written", "country"),
    [
        ("KOREA, NORTH: TIER 3", "North Korea", "North Korea"),
        ("SAINT VINCENT AND THE GRENADINES: TIER 2", "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"),
        ("TURKEY: TIER 2", "Turkey", "Türkiye"),
        ("NARNIA: TIER 2", "Narnia", "Narnia"),
    ],
)
def test_one_narrative_names_its_country_as_a_whole_edition_does(heading: str, written: str, country: str) -> None:
    """A narrative read on its own is named through the one alias table, as the same
    narrative cut from a whole edition is (a name the table does not know is tidied)."""
    text = seed(2024).read_text(encoding="utf-8").replace("Azerbaijan", written)
    assert tipdiff.load(f"{heading}\n\n{text}").country == country


def test_a_hard_wrapped_excerpt_of_three_lines_is_one_paragraph_under_its_title() -> None:
    """A page showing a few lines of a PDF's text: the lines that go on mid-sentence are
    one paragraph, not title lines."""
    text = seed(2009).read_text(encoding="utf-8")
    body = " ".join(text.split("(Tier 2 Watch List)", 1)[1].split())
    first = split_sentences(body)[0]
    lines = textwrap.wrap(first, 70)
    assert len(lines) == 3
    report = tipdiff.load("AZERBAIJAN: Tier 2\n" + "\n".join(lines) + "\n")
    assert report.title == "AZERBAIJAN: Tier 2"
    assert [s.text for s in report.sentences] == split_sentences(first)


def test_a_title_with_words_after_the_country_names_the_country() -> None:
    """A site's headline "Azerbaijan Tier ranking: TIER 2 (TIP 2024)": the country is the
    known name the title opens with, not "Azerbaijan Tier ranking"."""
    text = seed(2024).read_text(encoding="utf-8")
    report = tipdiff.load(f"Azerbaijan Tier ranking: TIER 2 (TIP 2024)\n\n{text}")
    assert (report.country, report.year, str(report.tier)) == ("Azerbaijan", 2024, "Tier 2")


@pytest.mark.parametrize(
    "title", ["AZERBAIJAN: Tier 2 Watch List", "AZERBAIJAN: TIER TWO WATCH LIST", "Azerbaijan (Tier 2 Watch List)"]
)
@pytest.mark.parametrize("layout", ["glued", "hard-wrapped"])
def test_a_title_keeps_its_whole_tier_however_the_first_sentence_follows(title: str, layout: str) -> None:
    """The title run into the first sentence on one line ("AZERBAIJAN: Tier 2 Watch List
    Azerbaijan is …"), or on its own line of a hard-wrapped text whose next line starts
    the first sentence: the title is all of it, and the first sentence none of it."""
    text = seed(2009).read_text(encoding="utf-8")
    body = re.sub(r"\n\s*\n", "\n", text.split("(Tier 2 Watch List)", 1)[1]).strip()
    separator = " " if layout == "glued" else "\n"
    report = tipdiff.load(f"{title}{separator}{body}\n")
    assert report.title == title and str(report.tier) == "Tier 2 Watch List"
    assert report.sentences[0].text.startswith("Azerbaijan is a source")


#: A special case's narrative, in the report's manner (no tier, no P sections).
SPECIAL_CASE = (
    "Yemen remains a Special Case for the fifth consecutive year. The conflict continued "
    "during the reporting period, and the Government of Yemen did not control large parts of "
    "the country. The government made minimal efforts to investigate trafficking crimes or to "
    "identify and protect victims, and it conflated human trafficking with migrant smuggling.\n\n"
    "GOVERNMENT EFFORTS\n\nThe government made few discernible anti-trafficking law "
    "enforcement efforts during the reporting period.\n\nSCOPE AND MAGNITUDE\n\nYemen is a "
    "country of origin and, to a lesser extent, transit and destination for men, women, and "
    "children subjected to forced labor and sex trafficking.\n"
)


@pytest.mark.parametrize(
    "title",
    ["SPECIAL CASE: YEMEN", "Trafficking in Persons Report 2019 - Special Case: YEMEN", "YEMEN (special case)", ""],
)
def test_a_special_case_is_read_however_it_is_titled(title: str) -> None:
    """"SPECIAL CASE: YEMEN" (the 2016–2021 editions put the tier first), a site's
    "… - Special Case: YEMEN", "YEMEN (special case)", or no title: "Yemen remains a
    Special Case" places it too. Its "GOVERNMENT EFFORTS" heading is no sentence."""
    report = tipdiff.load(f"{title}\n\n{SPECIAL_CASE}" if title else SPECIAL_CASE)
    assert (report.country, str(report.tier)) == ("Yemen", "Special Case")
    # its "GOVERNMENT EFFORTS" heading is structure, not a sentence of the summary
    assert "GOVERNMENT EFFORTS" not in [s.text for s in report.sentences]


@pytest.mark.parametrize("part_heading", ["SPECIAL CASES\n\n", "S P E C I A L  C A S E S\n\n", ""])
def test_a_special_case_titled_by_its_name_in_capitals_is_that_country_s(part_heading: str) -> None:
    """The 2007 edition heads a special case with its name alone ("SPECIAL CASES" /
    "THE GAMBIA"): that line names the country, though the narrative names a neighbour
    about as often as itself."""
    text = (
        f"{part_heading}THE GAMBIA\n\nThe Gambia remains a special case for a second year. "
        "The Gambia may be a destination for Senegalese children trafficked for begging. Senegalese "
        "religious teachers bring them across the border.\n"
    )
    report = tipdiff.load(text)
    assert (report.country, report.evidence["country"]) == ("The Gambia", "THE GAMBIA")


@pytest.mark.parametrize("run_in", [False, True], ids=["heading", "run-in"])
def test_a_special_case_s_scope_and_magnitude_is_its_profile(run_in: bool) -> None:
    """A special case's "SCOPE AND MAGNITUDE" (or "Scope and Magnitude: Yemen is …") is
    the trafficking profile, as later editions title it."""
    text = SPECIAL_CASE.replace(
        "SCOPE AND MAGNITUDE\n\n", "Scope and Magnitude: " if run_in else "SCOPE AND MAGNITUDE\n\n"
    )
    profile = tipdiff.load(text).sections[SectionName.PROFILE]
    assert profile.sentences[0].text.startswith("Yemen is a country of origin")


def test_a_news_page_s_header_before_the_country_s_title_is_no_part_of_the_narrative() -> None:
    """A news site's header (its section, links, a note on where the text comes from)
    before "YEMEN (Special Case)": the country is the title's and the narrative starts
    after it."""
    header = (
        "2021 Trafficking in Persons Report:\n\nRegional Affairs\n\nSHARE THIS STORY\n\n"
        "Have a question about this story? Write to our newsroom and tell us what you think.\n\n"
        "The following report was published by the U.S. Department of State on June 30. It is "
        "reproduced in full below.\n\nYEMEN (Special Case)\n\n"
    )
    report = tipdiff.load(header + SPECIAL_CASE)
    assert (report.country, report.year, str(report.tier)) == ("Yemen", 2021, "Special Case")
    assert report.sentences[0].text.startswith("Yemen remains a Special Case")
    assert "newsroom" not in report.text


def test_a_country_s_name_broken_over_two_title_lines_is_the_whole_name() -> None:
    """A copied page's title "[ Human Trafficking, Country-by-Country ] COTE" /
    "D'IVOIRE (Tier 2)" / "–" / "Extracted in part from … 2024 TIP Report" run into the
    first sentence: the country is Côte d'Ivoire, not "D'Ivoire", the edition the title's,
    and the narrative opens with its summary (the dash is no list's bullet)."""
    text = seed(2024).read_text(encoding="utf-8").replace("Azerbaijan", "Cote d'Ivoire")
    paragraphs = text[text.index("The Government of") :].split("\n")
    body = "\n".join(textwrap.fill(p, 80) for p in paragraphs)  # as the site wraps it
    title = (
        "[ Human Trafficking, Country-by-Country ] COTE\nD'IVOIRE (Tier 2)\n–\nExtracted\n"
        "in part from the U.S. State Dept\n2024 TIP Report "
    )
    report = tipdiff.load(title + body)
    assert (report.country, report.year) == ("Côte d'Ivoire", 2024)
    assert next(iter(report.sections)) is SectionName.SUMMARY


@pytest.mark.parametrize("split", [False, True], ids=["one-line-header", "header-over-two-lines"])
def test_a_web_page_printed_to_pdf_reads_without_the_browser_s_header_and_footer(split: bool) -> None:
    """Saved from a browser as PDF, then pdftotext: each page opens with the date, time and
    page title and ends with the address and "2/5"; none of it is narrative text."""
    report = tipdiff.load(seed(2024))
    lines: list[str] = []
    for paragraph in report.text.split("\n\n"):
        lines += [*textwrap.wrap(paragraph, 95, break_on_hyphens=False), ""]
    pages = [lines[at : at + 50] for at in range(0, len(lines), 50)]
    address = "https://www.state.gov/reports/2024-trafficking-in-persons-report/azerbaijan/"
    title = "Azerbaijan - United States Department of State"
    plain, printed = [], []
    for number, page in enumerate(pages, start=1):
        head = ["6/24/24, 10:15 AM", title] if split else [f"6/24/24, 10:15 AM {title}"]
        foot = [address, f"{number}/{len(pages)}"] if split else [f"{address} {number}/{len(pages)}"]
        plain.append("\n".join(page) + "\n")
        printed.append("\n".join([*head, *page, *foot]) + "\n")
    as_printed = tipdiff.load("\f".join(printed) + "\f")
    assert len(pages) >= 3
    assert [s.text for s in as_printed.sentences] == [
        s.text for s in tipdiff.load("\f".join(plain) + "\f").sentences
    ]
    assert (as_printed.country, as_printed.year) == ("Azerbaijan", 2024)


SITE_TAIL = """
Related Articles
June 24, 2024
2024 Trafficking in Persons Report: Armenia
Read More
TAGS
Azerbaijan
Bureau of European and Eurasian Affairs
White House
USA.gov
Contact Us
Privacy Policy
FOIA
"""


def test_a_copied_web_page_loses_the_links_and_menus_after_the_narrative() -> None:
    """Copied from the site, a page brings other reports' titles and dates, its tags and
    the footer's menu after the narrative: they are no sentences of its last section."""
    text = seed(2024).read_text(encoding="utf-8")
    copied = tipdiff.load(text + SITE_TAIL)
    assert [s.text for s in copied.sentences] == [s.text for s in tipdiff.load(text).sentences]


@pytest.mark.parametrize("width", [40, 50, 78])
def test_a_narrow_text_cut_short_keeps_its_last_lines(width: int) -> None:
    """A hard-wrapped excerpt that stops mid-paragraph ends in short lines with no stop,
    as a site's menu does; a few of them are the narrative's, with long lines before."""
    text = tipdiff.load(seed(2024)).text
    cut = text[: text.index("NGOs report increasing online") + len("NGOs report increasing online")]
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in cut.split("\n\n"))
    assert tipdiff.load(wrapped).sentences[-1].text.endswith("NGOs report increasing online")


def state_gov_page(narrative: str, article_class: str = "entry-content") -> str:
    """A country's page as the State Department's site serves it: banner, menus,
    breadcrumbs and sharing links before the narrative, related reports, tags and the
    footer after it."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in narrative.split("\n\n"))
    return f"""<!DOCTYPE html><html lang="en-US"><head><title>Azerbaijan - United States
Department of State</title><script>var a = "<p>no text</p>";</script></head><body>
<div class="usa-banner"><p>An official website of the United States Government</p></div>
<header><nav><ul><li>Home</li><li>Reports</li></ul></nav></header>
<main><div class="breadcrumbs">Home &gt; Reports &gt; 2024 Trafficking in Persons Report</div>
<h1>2024 Trafficking in Persons Report: Azerbaijan</h1>
<div class="share"><ul><li>Facebook</li><li>Twitter</li><li>Email</li></ul></div>
<div class="{article_class}"><h2>AZERBAIJAN: Tier 2</h2>
{paragraphs}</div>
<section class="related-content"><h2>Related Articles</h2>
<div><p>June 24, 2024</p><h3>2024 Trafficking in Persons Report: Armenia</h3><p>Read More</p></div>
</section>
<div class="tags"><h3>Tags</h3><a>Azerbaijan</a> <a>Bureau of European and Eurasian Affairs</a></div>
<aside><p>Report a concern about trafficking in persons to the hotline.</p></aside>
</main><footer><ul><li>White House</li><li>USA.gov</li><li>Privacy Policy</li></ul></footer>
</body></html>"""


@pytest.mark.parametrize("article_class", ["entry-content", "related-post-content"])
def test_a_saved_state_department_page_reads_as_its_narrative(article_class: str) -> None:
    """The page's related reports, tags, sharing links and sidebar are no sentences of the
    narrative; an article whose own class names a chrome part ("related-…") is kept,
    being most of the page."""
    text = tipdiff.load(seed(2024)).text
    page = tipdiff.load(state_gov_page(text, article_class))
    assert [s.text for s in page.sentences] == [s.text for s in tipdiff.load(text).sentences]
    assert (page.country, page.year, str(page.tier), page.warnings) == ("Azerbaijan", 2024, "Tier 2", ())


def test_a_summary_that_opens_with_another_sentence_is_still_the_summary() -> None:
    """A narrative's first paragraph that states the finding on the minimum standards is
    its summary, even when another sentence stands first (an editor's aside, a moved
    sentence), though its words are about law enforcement."""
    text = seed(2024).read_text(encoding="utf-8")
    opening = "The Government of Azerbaijan does not fully meet the minimum standards"
    moved = text.replace(opening, "NGOs reported that shelters lacked funding for reintegration. " + opening, 1)
    original, report = tipdiff.load(text), tipdiff.load(moved)
    assert list(report.sections) == list(original.sections)
    summary = report.sections[SectionName.SUMMARY]
    assert summary.sentences[0].text.startswith("NGOs reported")
    assert summary.sentences[1].text.startswith(opening)


def test_a_summary_without_its_opening_is_the_summary_by_its_tier_placement() -> None:
    """An excerpt whose first paragraph lost the standards sentence still places the
    country on its tier ("therefore Azerbaijan remained on Tier 2"): that is the summary."""
    text = seed(2024).read_text(encoding="utf-8")
    first = text.index("The Government of Azerbaijan does not fully meet")
    cut = text[:first] + "Courts convicted more traffickers. " + text[text.index("The government demonstrated", first) :]
    report = tipdiff.load(cut)
    assert next(iter(report.sections)) is SectionName.SUMMARY
    assert report.sections[SectionName.SUMMARY].sentences[0].text == "Courts convicted more traffickers."


def test_an_old_summary_s_second_paragraph_stays_in_the_summary_when_protection_has_a_heading() -> None:
    """2009: the summary's second paragraph speaks of victims and plans ("Although …
    victim identification … remained limited"); with "Protection" and "Prevention" headed
    further on, it is not those sections."""
    from tipdiff.edition import narrative_text

    original = tipdiff.load(seed(2009))
    text = narrative_text(original).replace(" Although the government made modest", "\n\nAlthough the government made modest", 1)
    assert "\n\nAlthough the government made modest" in text
    report = tipdiff.load(text)
    assert list(report.sections) == list(original.sections)
    summary = [s.text for s in report.sections[SectionName.SUMMARY].sentences]
    assert any(s.startswith("Although the government made modest") for s in summary)


def test_a_recommendations_list_holds_until_the_prosecution_heading() -> None:
    """Under "PRIORITIZED RECOMMENDATIONS:" every paragraph up to "PROSECUTION" is the
    list's, though one of them opens with a statement rather than an imperative."""
    whole = (CORPUS / "moldova-2025-ecoi.txt").read_text(encoding="utf-8") + (
        "\nPROSECUTION\nThe government increased law enforcement efforts. Courts convicted "
        "12 traffickers, compared with eight in 2023.\n"
    )
    first = whole.index("\n- ", whole.index("PRIORITIZED RECOMMENDATIONS:"))
    second = whole.index("\n- ", first + 1)
    statement = "\n\nObservers noted that labor inspectors lacked the authority to inspect.\n"
    original, report = tipdiff.load(whole), tipdiff.load(whole[:second] + statement + whole[second:])
    assert list(report.sections) == list(original.sections)
    assert report.sections[SectionName.PROSECUTION].heading == original.sections[SectionName.PROSECUTION].heading
    assert set(original.recommendations) <= set(report.recommendations)


@pytest.mark.parametrize(
    "spelled",
    [
        lambda text: text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02"),
        lambda text: text.replace("-", "\u2010"),  # the hyphen a PDF's text layer may give
        lambda text: text.replace("-", "\u2011"),  # a non-breaking hyphen
    ],
    ids=["ligatures", "unicode-hyphens", "non-breaking-hyphens"],
)
def test_a_pdf_extract_with_typographic_characters_reads_as_without_them(
    spelled: Callable[[str], str],
) -> None:
    """A PDF's text layer may spell "identified" with the "ﬁ" ligature and
    "anti-trafficking" with U+2010: the words, the figures and every comparison are those
    of the plain text, each sentence cited at the same line."""
    plain = seed(2009).read_text(encoding="utf-8")
    typeset = spelled(plain)
    assert typeset != plain
    original, report = tipdiff.load(plain), tipdiff.load(typeset)
    assert [s.text for s in report.sentences] == [s.text for s in original.sentences]
    assert report.figures == original.figures
    assert [s.at for s in report.sentences] == [s.at for s in original.sentences]
    diff = tipdiff.compare(original, report)
    assert {c.kind for c in diff.changes} == {ChangeKind.UNCHANGED}


def test_a_pdf_extract_whose_line_end_hyphens_are_soft_hyphens_keeps_its_words_whole() -> None:
    """A PDF may give the hyphen that cuts a word at a line's end as a soft hyphen
    (U+00AD): "anti\\u00ad" / "trafficking" reads as "anti-" / "trafficking" does."""
    plain = seed(2009).read_text(encoding="utf-8")
    soft = plain.replace("-\n", "\u00ad\n")
    assert soft != plain
    original, report = tipdiff.load(plain), tipdiff.load(soft)
    assert [s.text for s in report.sentences] == [s.text for s in original.sentences]
    assert any("anti-trafficking efforts" in s.text for s in report.sentences)


@pytest.mark.parametrize(
    ("marker", "notes"),
    [
        ("<sup>{n}</sup>", '<ol class="footnotes">{items}</ol>'),
        ('<sup><a href="#fn{n}">[{n}]</a></sup>', '<section role="doc-endnotes"><ol>{items}</ol></section>'),
    ],
    ids=["sup-and-footnotes-list", "bracketed-sup-and-endnotes"],
)
def test_a_web_page_s_footnote_markers_and_notes_are_no_words_of_the_narrative(
    marker: str, notes: str
) -> None:
    """A page that marks notes with superscript numbers ("victims.<sup>1</sup>") and
    lists them after the narrative reads as the narrative without them."""
    text = tipdiff.load(seed(2024)).text
    page = state_gov_page(text)
    stops = [m.end() for m in re.finditer(r"(?<=[a-z])\.(?= [A-Z])", page)][5:8]
    for n, at in reversed(list(enumerate(stops, start=1))):
        page = page[:at] + marker.format(n=n) + page[at:]
    items = "".join(
        f'<li id="fn{n}">The government reported data for the calendar year {n}.</li>' for n in (1, 2, 3)
    )
    related = '<section class="related-content">'
    page = page.replace(related, notes.format(items=items) + related)
    assert page.count("calendar year") == 3 and page.count("<sup>") == 3
    report = tipdiff.load(page)
    assert [s.text for s in report.sentences] == [s.text for s in tipdiff.load(text).sentences]


_P_HEADING_LINE = r"(?m)^(Prosecution|Protection|Prevention) ?\n\n?"


@pytest.mark.parametrize(
    "marked",
    [
        r"## \1\n\n",  # a page converted to Markdown
        r"**\1**\n\n",
        r"**\1:** ",  # a heading run into its paragraph
        r"\1: ",
        r"\1 — ",
    ],
    ids=["markdown-heading", "bold-line", "bold-run-in", "run-in-colon", "run-in-dash"],
)
def test_section_headings_marked_up_or_run_in_read_as_headings(marked: str) -> None:
    """"## Prosecution", "**Prosecution**", "**Prosecution:** The government …",
    "Prosecution: The government …": the sections, their headings and the sentences are
    those of the text with the heading on a line of its own, each sentence cited."""
    plain = seed(2009).read_text(encoding="utf-8")
    text = re.sub(_P_HEADING_LINE, marked, plain)
    if marked.startswith("## "):  # the title too: "# AZERBAIJAN (Tier 2 Watch List)"
        text = re.sub(r"^(AZERBAIJAN \(Tier [^)]*\))", r"# \1", text, flags=re.M)
    assert text != plain
    original, report = tipdiff.load(plain), tipdiff.load(text)
    assert (report.title, report.country, report.tier) == (original.title, original.country, original.tier)
    assert [s.text for s in report.sentences] == [s.text for s in original.sentences]
    assert [s.section for s in report.sentences] == [s.section for s in original.sentences]
    headings = {name: section.heading for name, section in report.sections.items()}
    assert headings == {name: section.heading for name, section in original.sections.items()}
    assert headings[SectionName.PREVENTION] == "Prevention"
    assert all(s.at is not None for s in report.sentences)


def test_a_whole_edition_converted_to_markdown_reads_as_the_edition() -> None:
    """Country headings as "## AZERBAIJAN (Tier 2)" and section headings as "### Prosecution"
    (a multi-country page converted to Markdown): the same narratives, sentence by sentence."""
    from benchmarks.editions import build_edition

    plain = build_edition(2009, style="2009", countries=12, seed=4).text
    markdown = re.sub(r"(?m)^([A-Z][^a-z\n]*\((?:Tier|Special)[^)\n]*\))$", r"## \1", plain)
    markdown = re.sub(r"(?m)^(Prosecution|Protection|Prevention)$", r"### \1", markdown)
    assert markdown.count("\n## ") >= 12 and markdown.count("\n### ") >= 12
    original, edition = tipdiff.load_edition(plain), tipdiff.load_edition(markdown)
    assert edition.countries == original.countries and edition.warnings == ()
    for a, b in zip(original.reports, edition.reports, strict=True):
        assert [s.text for s in b.sentences] == [s.text for s in a.sentences], b.country
        assert b.tier == a.tier and b.pages == a.pages


@pytest.mark.parametrize("name", ["azerbaijan-2024-ecoi-export.txt", "azerbaijan-2009-pdf-extract.txt"])
def test_the_ff_a_converter_cut_to_f_is_restored(name: str) -> None:
    """A PDF-to-web converter that keeps one letter of the "ff" ligature ("traficking",
    "eforts", "oficials", "TRAFICKING"): the narrative reads as the original does —
    every sentence, verdict and figure; a text without the loss is left as it is."""
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    cut = text.replace("ffi", "fi").replace("ff", "f").replace("FF", "F")
    assert "traficking" in cut and "eforts" in cut
    original, read = tipdiff.load(text), tipdiff.load(cut)
    assert [s.text for s in read.sentences] == [s.text for s in original.sentences]
    assert read.verdicts == original.verdicts and read.figures == original.figures
    spelled = "The staf of the office met traficking victims; the oficial proficiency test."
    assert ingest.normalise(spelled) == spelled.replace("staf ", "staff ").replace(
        "traficking", "trafficking"
    ).replace("oficial", "official")
    kept = "A proficient, deficient, defective effort to counter trafficking."
    assert ingest.normalise(kept) == kept


@pytest.mark.parametrize("name", ["azerbaijan-2024-ecoi-export.txt", "azerbaijan-2009-pdf-extract.txt"])
def test_the_i_a_pdf_lost_from_the_fi_ligature_is_restored(name: str) -> None:
    """A PDF's text layer that drops the "i" of every "fi" ligature ("traffcking",
    "offcials", "identifed", "frst"): the narrative is read as the original is — every
    sentence, verdict and figure; a text without the loss is left as it is."""
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    lost = text.replace("fi", "f")
    assert "traffcking" in lost and "identifed" in lost
    original, read = tipdiff.load(text), tipdiff.load(lost)
    words = [s.text.replace("filed", "fled").split() for s in original.sentences]
    assert [s.text.split() for s in read.sentences] == words  # "fled" is a word of its own
    assert read.verdicts == original.verdicts
    assert [(f.metric, f.value, f.period) for f in read.figures] == [
        (f.metric, f.value, f.period) for f in original.figures
    ]
    assert (read.country, read.year, read.tier) == (original.country, original.year, original.tier)
    kept = "Afghan officials briefed staff on the conference; chiefs left for the airlift."
    assert ingest.normalise(kept) == kept


def test_a_list_s_items_glued_to_the_full_stop_before_them_are_items() -> None:
    """"… abroad.• Forge …": a bullet with no space before it still starts an item."""
    plain = tipdiff.load(seed(2024))
    summary = plain.sections[SectionName.SUMMARY].text
    glued = ".• ".join(item.rstrip(".") for item in plain.recommendations) + "."
    text = f"AZERBAIJAN: TIER 2\n\n{summary}\n\nPRIORITIZED RECOMMENDATIONS:\n\n{glued}\n"
    assert tipdiff.load(text).recommendations == plain.recommendations


def test_a_site_s_bulleted_links_are_no_recommendations() -> None:
    """"• Category", "• Content Type" before a news story: a bullet alone does not make a
    recommendation (an item opens with its verb or says more)."""
    story = (
        "• Category\n\n• Content Type\n\nRuritania Upgraded\n\nRuritania has been upgraded "
        "from the Tier 2 Watch List to Tier 2 in the State Department's 2013 Trafficking in "
        "Persons report, the minister said.\n"
    )
    report = tipdiff.load(story)
    assert (report.year, str(report.tier)) == (2013, "Tier 2")
    assert report.recommendations == ()
    assert "Category" not in report.text


@pytest.mark.parametrize(
    "first",
    [
        "Ruritania is a country of transit and destination for women trafficked for sexual "
        "exploitation. Victims come mainly from the east. Victims also pass through.",
        "Ruritania (RU) is a country of origin, transit and destination for women trafficked "
        "for sexual exploitation. Victims come mainly from the east.",
        "Women from the east are brought to Ruritania, and victims are also passed on west.",
    ],
    ids=["of-transit", "abbreviation", "no-cue"],
)
def test_the_finding_after_an_opening_paragraph_opens_the_summary(first: str) -> None:
    """An early edition opens with its profile ("a country of transit and destination",
    "Ruritania (RU) is …"); the finding after it opens the summary even when the first
    paragraph was read as something else."""
    finding = (
        "The Government of Ruritania does not fully comply with the minimum standards for the "
        "elimination of trafficking; however, it is making significant efforts to do so."
    )
    report = tipdiff.load(f"RURITANIA (Tier 2)\n\n{first}\n\n{finding}\n")
    assert report.sections[SectionName.SUMMARY].text == finding
    if "country of" in first:
        assert report.sections[SectionName.PROFILE].text == first


@pytest.mark.parametrize("name", ["Ruritania", "St. Ruritania", "the U.R.R."])
def test_a_sentence_s_last_word_is_no_part_of_the_next_sentence_s_subject(name: str) -> None:
    """"… of the Department of State. Kenya is a source …": the full stop ends the
    sentence, so "State. Kenya" is no name and the first sentence no title (an
    abbreviation's full stop, "St.", "U.A.E.", does not end a name)."""
    text = (
        f"{name} remained on Tier 2 in the annual report of the Department of State. "
        f"{name[0].upper()}{name[1:]} is a source country for men subjected to forced labor."
    )
    report = tipdiff.load(text)
    assert report.title is None
    assert str(report.tier) == "Tier 2"


@pytest.mark.parametrize("link", ["Top of page", "Back to top", "Return to the top of the page"])
def test_a_page_s_link_back_to_its_top_is_no_sentence(link: str) -> None:
    """A page's "Top of page" link after the last paragraph is chrome: the text does not
    end with it (or warn that it ends mid-sentence)."""
    text = seed(2015).read_text(encoding="utf-8")
    report = tipdiff.load(f"{text.rstrip()}\n\n{link}\n")
    assert link not in report.text
    assert not any("mid-sentence" in warning for warning in report.warnings)


def test_a_recommendations_heading_may_name_the_country() -> None:
    """A fragment whose country is named only in its list's heading ("RECOMMENDATIONS FOR
    RURITANIA:") is that country's."""
    fragment = (
        "RECOMMENDATIONS FOR RURITANIA:\nInvestigate and prosecute trafficking offenses.\n\n"
        "PROSECUTION\nThe government demonstrated significant progress in anti-trafficking "
        "law enforcement efforts.\n"
    )
    report = tipdiff.load(fragment)
    assert report.country == "Ruritania"
    assert report.evidence["country"] == "RECOMMENDATIONS FOR RURITANIA:"


def test_a_list_of_semicolon_items_without_its_heading_whose_first_opens_with_a_phrase() -> None:
    """"In partnership with civil society and through dedicated funding from national and
    local governments, increase …; improve …; and vigorously prosecute …", as the 2018–2019
    editions set the list, its heading lost: the paragraph is the recommendations."""
    plain = tipdiff.load(seed(2024))
    summary = plain.sections[SectionName.SUMMARY].text
    prosecution = plain.sections[SectionName.PROSECUTION].paragraphs[0].text
    items = [item[0].lower() + item[1:].rstrip(".") for item in plain.recommendations]
    lead = (
        "In partnership with civil society and through dedicated funding from national and "
        "local governments, "
    )
    listed = "; ".join([lead + items[0], *items[1:-1], "and " + items[-1]]) + "."
    report = tipdiff.load(f"AZERBAIJAN: TIER 2\n\n{summary}\n\n{listed}\n\n{prosecution}\n")
    assert len(report.recommendations) == len(plain.recommendations) >= 5
    assert report.sections[SectionName.SUMMARY].text == summary


@pytest.mark.parametrize(
    "story",
    [
        "Ruritania stayed on Tier 2 in the yearly review by the U.S. Department of State. "
        "Ruritania is a source country for men subjected to forced labor.",
        "Ruritania stayed on Tier 2 in the yearly review of the Department of State. Ruritania "
        "is a source country for women subjected to sex trafficking.",
    ],
)
def test_a_country_s_name_never_runs_on_past_the_end_of_a_sentence(story: str) -> None:
    """"… Department of State. Ruritania is a source country": a full stop ends a name's
    word only in an abbreviation ("St.", "U.S."), so the name is the next sentence's."""
    text = story.replace("Ruritania", "Kenya")
    assert tipdiff.load(text).country == "Kenya"
    assert tipdiff.load("St. Lucia is a destination country for forced labor.").country == "St. Lucia"


def test_a_name_with_its_abbreviation_in_brackets_opens_the_profile() -> None:
    """"The United Arab Emirates (U.A.E.) is a destination …": the name before the bracket,
    and "U.A.E." is one of the country's names."""
    text = (
        "The United Arab Emirates (U.A.E.) is a destination country for workers subjected to "
        "forced labor. The U.A.E. Government kept no count of the victims it found."
    )
    report = tipdiff.load(text)
    assert report.country == "United Arab Emirates"
    assert report.evidence["country"] == "The United Arab Emirates (U.A.E.) is a destination"
    assert countries.country_name("U.A.E.") == "United Arab Emirates"


@pytest.mark.parametrize(
    ("news", "tier"),
    [
        ("This year's survey lists Azerbaijan in Tier 2 once more.", "Tier 2"),
        ("Washington placed Azerbaijan in its Tier 2 category again.", "Tier 2"),
        ("The department went on to classify the country as Tier 2.", "Tier 2"),
        ("Azerbaijan maintains Tier 2 status for another year.", "Tier 2"),
        ("Azerbaijan has again received the top Tier 1 rating.", "Tier 1"),
        ("Azerbaijan has again received the highest \u201cTier 1\u201d rating.", "Tier 1"),
        ("Officials say Washington will downgrade Azerbaijan to Tier 3 next month.", "Tier 3"),
        ("Officials chose to move Azerbaijan to the \u201cTier 3\u201d category.", "Tier 3"),
        ("The report will place Azerbaijan on Tier 2 again.", "Tier 2"),
        ("Azerbaijan now sits on the Tier 2 list of the report.", "Tier 2"),
        ("Azerbaijan has been put in the second tier of the yearly ranking.", "Tier 2"),
        ("Azerbaijan stayed in the third tier.", "Tier 3"),
        ("Its second-tier cities were placed under review.", None),
    ],
)  # fmt: skip
def test_news_placing_a_country_in_its_own_words_is_read(news: str, tier: str | None) -> None:
    """News places a country with verbs the report does not use ("lists X in", "sits on",
    "classify the country as", "will downgrade X to", "received the top Tier 1 rating", the
    tier in quotes or not) and names a tier by its rank ("the second tier"), only where a
    placement does."""
    report = tipdiff.load(f"{news}\n\n" + seed(2015).read_text(encoding="utf-8"))
    assert (None if report.tier is None else str(report.tier)) == tier


@pytest.mark.parametrize(
    "text",
    [
        "The annual report on human trafficking judged the efforts of Azerbaijan again this "
        "year. Other Tier 2 countries include Albania and Armenia.\n\n"
        "Following is part of the report about Azerbaijan:\n\nAZERBAIJAN: Tier 2\n\n"
        "Azerbaijan is a source, transit, and destination country for trafficking victims.\n",
        "PROTECTION\n\nThe government maintained efforts to protect trafficking victims. "
        "Officials in Azerbaijan identified 40 victims and referred all of them to shelters, "
        "where they received medical care, legal aid, and psychological support; the shelters "
        "also offered vocational training to adults and schooling to children, and officials "
        "in Azerbaijan opened AZERBAIJAN (Tier 2) a new shelter for victims in the capital.\n",
    ],
)
def test_the_country_s_title_within_the_body_gives_its_tier(text: str) -> None:
    """The country's title, below a page's lead-in or run into a line of columns read
    across, states its tier where no placement does."""
    report = tipdiff.load(text)
    assert (report.country, str(report.tier)) == ("Azerbaijan", "Tier 2")


def test_a_title_s_tier_2_cut_short_of_the_watch_list_gives_way_to_the_narrative() -> None:
    """A page titles a Watch List narrative "… – Tier 2"; the narrative's own placement
    ("remained on Tier 2 Watch List") is the tier."""
    text = (
        "2017 TIP Report for Azerbaijan – Tier 2\n\nThe Government of Azerbaijan does not "
        "fully meet the minimum standards for the elimination of trafficking; however, it is "
        "making significant efforts to do so. The government did not demonstrate increasing "
        "efforts compared to the previous reporting period. Therefore, Azerbaijan remained on "
        "Tier 2 Watch List for the second consecutive year.\n"
    )
    assert str(tipdiff.load(text).tier) == "Tier 2 Watch List"
    assert str(tipdiff.load(text.replace(" Watch List", "")).tier) == "Tier 2"


def test_a_list_of_countries_placed_together_places_each_of_them() -> None:
    """News places a list of countries at once ("Belize, Azerbaijan, Haiti, St Lucia,
    Suriname and Trinidad and Tobago had been placed on Tier 2"): the list's commas do
    not cut the text's country out of the subject."""
    text = (
        "Azerbaijan kept its place in the annual US report on human trafficking, and "
        "officials in Azerbaijan welcomed it.\n\nBut the report noted that Armenia, Belize, "
        "Azerbaijan, Haiti, St Lucia, Suriname and Trinidad and Tobago had been placed on "
        "Tier 2.\n"
    )
    report = tipdiff.load(text)
    assert (report.country, str(report.tier)) == ("Azerbaijan", "Tier 2")


def test_an_editor_s_note_in_brackets_under_the_title_is_no_sentence_of_the_narrative() -> None:
    text = (
        "AZERBAIJAN (Tier 3)\n\n[*Please note: Azerbaijan was moved to Tier 2 by a later "
        "determination, September 9, 2003.]\n\nThe Government of Azerbaijan does not fully "
        "comply with the minimum standards for the elimination of trafficking and is not "
        "making significant efforts to do so. Azerbaijan is a source country for trafficking "
        "victims.\n"
    )
    report = tipdiff.load(text)
    assert str(report.tier) == "Tier 3"
    assert [s.text[:1] for s in report.sentences] == ["T", "A"]


def test_placed_in_the_second_tier_is_a_narrative_s_tier_placement() -> None:
    """One sentence of news that places a country by the tier's rank is not refused."""
    news = "Azerbaijan has been placed in the second tier of the yearly report on trafficking."
    assert str(tipdiff.load(news).tier) == "Tier 2"


@pytest.mark.parametrize("layout", ["tier rating: Tier 3 - ", "tier rating:\nTier 3 \u2014 "])
def test_a_reference_entry_s_tier_rating_label_gives_the_tier(layout: str) -> None:
    """A reference work's entry gives the tier after a "tier rating:" label, on its line or
    the next, with no placement sentence."""
    entry = (
        "Trafficking in persons:\n\n"
        "current situation: traffickers exploit men and women from Azerbaijan in forced "
        "labor abroad\n\n"
        f"{layout}Azerbaijan does not fully comply with the minimum standards for the "
        "elimination of trafficking and is not making significant efforts to do so\n"
    )
    report = tipdiff.load(entry)
    assert (report.country, str(report.tier)) == ("Azerbaijan", "Tier 3")
    assert report.evidence["tier"] == "tier rating: Tier 3"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Azerbaijan is a source country for forced labor. Nearby Georgia is on Tier 1 and Iran "
         "was downgraded to Tier 3, while Azerbaijan kept its Tier 2 ranking.", "Tier 2"),
        ("Azerbaijan is a source country for forced labor. Just Georgia and Armenia met the "
         "standards, and both countries remained on Tier 1. The report said Azerbaijan and "
         "Kazakhstan had been placed on Tier 2.", "Tier 2"),
        ("Azerbaijan is a source country for forced labor. Iran and Azerbaijan both dropped to "
         "Tier 3 two years ago. Azerbaijan now sits on the Tier 2 Watch List.",
         "Tier 2 Watch List"),
        ("Azerbaijan is a source country for forced labor. Iran was downgraded to Tier 3.", None),
    ],
)  # fmt: skip
def test_a_placement_of_other_countries_is_not_the_text_s(text: str, tier: str | None) -> None:
    """A story places neighbours too: the tier is the placement whose subject is the
    text's country, or names no country; one of other countries ("both countries",
    "Iran") is passed over, and one of the country with others yields to its own."""
    report = tipdiff.load(text)
    assert report.country == "Azerbaijan"
    assert (None if report.tier is None else str(report.tier)) == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Azerbaijan may be upgraded to Tier 2\n\nAzerbaijan has stayed on the Tier 2 Watch "
         "List. Azerbaijan is a source country for forced labor.", "Tier 2 Watch List"),
        ("Azerbaijan is a source country for forced labor. It could be upgraded to Tier 2 soon, "
         "officials said. Azerbaijan remained on the Tier 2 Watch List.", "Tier 2 Watch List"),
        ("The Government of Azerbaijan does not fully meet the minimum standards for the "
         "elimination of trafficking and was placed on Tier 2 Watch List from 2015 to 2017.",
         None),
        ("Azerbaijan last year was upgraded to Tier 2 Watch List. This year Azerbaijan was "
         "upgraded again and now sits on the Tier 2 list. Azerbaijan is a source country for "
         "forced labor.", "Tier 2"),
        ("Azerbaijan is a source country for forced labor. Last year, Azerbaijan was moved down "
         "to Tier 3. This year it was upgraded to the Tier 2 Watch List.", "Tier 2 Watch List"),
    ],
)  # fmt: skip
def test_a_possible_or_past_placement_is_not_the_text_s_tier(text: str, tier: str | None) -> None:
    """"may be upgraded to Tier 2" (a headline's too), "last year was upgraded to …" and
    "was placed on … from 2015 to 2017" place the country on no tier now."""
    report = tipdiff.load(text)
    assert (None if report.tier is None else str(report.tier)) == tier


def test_a_possessive_name_after_an_opening_phrase_is_no_list_item() -> None:
    """"For the third year in a row, Vietnam’s ranking …": a name after a comma is
    counted lightly as one of a list, but a possessive one is the sentence's subject."""
    text = (
        "For the third year in a row, Vietnam\u2019s trafficking ranking improved. Vietnam "
        "now sits on Tier 2, above Cambodia."
    )
    assert tipdiff.load(text).country == "Vietnam"


@pytest.mark.parametrize(
    "news",
    [
        "In the 2013 report, released on Monday, Azerbaijan stayed on Tier 2.",
        "The department published its Trafficking in Persons Report (June 2013) on Monday.",
        "The department said in its 2013 Trafficking Persons Report that arrests fell.",
        "Arrests fell, according to the 13th Trafficking in Persons Report (TIP) 2013.",
        "Arrests fell, according to the 13th Trafficking in Persons Report out on Monday.",
        "Arrests fell, says the department's Trafficking in Persons Report 2013.",
        "What follows is Azerbaijan's section in the 2013 Trafficking in Persons Report:",
        "Azerbaijan stayed on Tier 2 in the Trafficking in Persons (TIP) report for 2013.",
        "Azerbaijan remained in Tier 2 of the Trafficking in Persons report for June 2013.",
        "In its latest 2013 report, the department kept Azerbaijan on Tier 2.",
        "The 2013 report was launched by the secretary of state in Washington.",
        "The secretary released the Trafficking in Persons (TIP) report for the year 2013.",
        "The secretary spoke during the 2013 Trafficking in Persons (TIP) Report launch ceremony.",
        "The 2013 report reviews the efforts of 188 governments.",
        "The department said in its 2013 human trafficking report that arrests fell.",
        "The US government\u2019s 2013 report on Trafficking in Persons kept Azerbaijan on Tier 2.",
        "The US State Department released their 2013 Trafficking in Persons Report.",
        "2013 Trafficking in Persons Report: \u201cAzerbaijan is a source country …\u201d",
    ],
)
def test_an_edition_news_names_in_its_own_way_gives_its_year(news: str) -> None:
    """News names the edition with the year after the report's name ("… Report 2013",
    "… Report (June 2013)", a caption), by its number without "annual", as "the 2013
    report, released …", or introduces a copy of "the section in the 2013 … Report"."""
    text = seed(2015).read_text(encoding="utf-8")
    assert tipdiff.load(f"{news}\n\n{text}").year == 2013
    paragraphs = text.split("\n\n")
    captioned = [*paragraphs[:2], "(Trafficking in Persons Report 2013)", *paragraphs[2:]]
    assert tipdiff.load("\n\n".join(captioned)).year == 2013  # a caption in the body
    history = "The first TIP Report came out in 2001.\n\n"
    assert tipdiff.load(history + text).year == tipdiff.load(text).year


@pytest.mark.parametrize("date", ["Friday, 14th June 2013", "Friday, June 14, 2013", "14th June 2013"])
def test_a_title_block_s_date_with_its_weekday_or_an_ordinal_day_gives_the_year(date: str) -> None:
    text = f"Azerbaijan and the trafficking report\n{date}\n\n" + seed(2015).read_text(encoding="utf-8")
    report = tipdiff.load(text)
    assert (report.year, report.evidence["year"]) == (2013, date)


def test_a_tier_s_history_is_no_comparison_of_figures() -> None:
    """"fell from Tier 2 in 2020 and to Tier 3 in 2022" dates tiers, not figures compared
    with an earlier reporting period: no edition is inferred from it."""
    text = (
        "Vietnam was upgraded to Tier 2 Watch List, after it fell from Tier 2 in 2020 and to "
        "Tier 3 in 2022. Vietnam is a source country for forced labor."
    )
    assert tipdiff.load(text).year is None


def test_a_special_case_among_a_reference_site_s_title_words_is_the_tier() -> None:
    """A reference site's title "… Report 2008 - Special Cases - Testland" names the
    tier and the country."""
    text = (
        "Trafficking in Persons Report 2008 - Special Cases - Azerbaijan\n\n"
        "Azerbaijan is a source country for men subjected to forced labor.\n"
    )
    report = tipdiff.load(text)
    assert (report.country, report.year, str(report.tier)) == ("Azerbaijan", 2008, "Special Case")
    assert report.evidence["country"] == "Report 2008 - Special Cases - Azerbaijan"


def test_a_placement_dated_before_the_edition_is_the_country_s_history() -> None:
    """News of the 2013 report: "was downgraded … to the Tier 2 Watch List in 2012" is the
    tier the country had; the headline's placement is the edition's."""
    story = (
        "Ruritania Upgraded to Tier 2 of US Trafficking In Persons Report\n\n"
        "The upgrade is contained in the State Department's 2013 Trafficking in Persons "
        "report.\n\nThe minister said Ruritania was downgraded from Tier 2 to the Tier 2 "
        "Watch List in 2012, and would have gone to Tier 3 after two years there.\n"
    )
    report = tipdiff.load(story)
    assert (report.year, str(report.tier)) == (2013, "Tier 2")
    assert report.evidence["tier"] == "Ruritania Upgraded to Tier 2"


def test_a_pdf_page_turned_into_html_with_a_br_after_each_printed_line_is_unwrapped() -> None:
    """A flip-book site's copy of a printed page ends every printed line with ``<br />``:
    the lines of a paragraph make its sentences, not one sentence each."""
    printed = [
        "RURITANIA (Tier 2)",
        "Ruritania is a source country for men and",
        "women subjected to forced labor in farming. Some",
        "children from rural areas are exploited in",
        "domestic work in the capital.",
        "The Government of Ruritania does not fully comply",
        "with the minimum standards for the elimination",
        "of trafficking; however, it is making significant efforts.",
    ]
    page = "<html><body>" + "".join(f"{line}<br />\n\n" for line in printed) + "</body></html>"
    report = tipdiff.load(page)
    assert report.tier is not None and str(report.tier) == "Tier 2"
    texts = [s.text for section in report.sections.values() for s in section.sentences]
    assert texts == [
        "Ruritania is a source country for men and women subjected to forced labor in farming.",
        "Some children from rural areas are exploited in domestic work in the capital.",
        "The Government of Ruritania does not fully comply with the minimum standards for the "
        "elimination of trafficking; however, it is making significant efforts.",
    ]


def test_an_unheaded_list_whose_first_item_opens_with_a_series_of_verbs_is_the_list() -> None:
    """"Develop, implement, and fund …": the first item's verb carries a comma, and the
    list under no heading is still found as the recommendations."""
    text = (
        "The Government of Chile does not fully meet the minimum standards for the elimination "
        "of trafficking but is making significant efforts to do so.\n\n"
        "Develop, implement, and fund a national action plan on victim services. • Increase "
        "efforts to investigate and prosecute traffickers. • Train officials to identify "
        "trafficking victims.\n"
    )
    report = tipdiff.load(text, year=2024)
    assert report.recommendations == (
        "Develop, implement, and fund a national action plan on victim services.",
        "Increase efforts to investigate and prosecute traffickers.",
        "Train officials to identify trafficking victims.",
    )
    assert SectionName.RECOMMENDATIONS in report.sections


def test_a_copy_s_credit_line_names_the_edition_and_is_no_paragraph() -> None:
    """A site's "Adapted from TIP 2019 by the U.S. Department of State" under the text:
    the edition it names is read, and the line is neither a summary paragraph nor the
    narrative's cut-off last sentence."""
    body = (
        "The Government of Nigeria does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so; therefore "
        "Nigeria was upgraded to Tier 2.\n"
    )
    report = tipdiff.load(body + "Adapted from TIP 2019 by the U.S. Department of State\n")
    assert (report.year, report.evidence["year"]) == (2019, "TIP 2019")
    assert report.text == body.strip()
    assert not report.truncated


def test_a_news_page_s_advertisement_line_is_chrome() -> None:
    text = (
        "The Government of Malaysia does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so.\n\n"
        "Advertisement\n\nMalaysia was upgraded to Tier 2 in the 2017 TIP Report, released on June 27.\n"
    )
    assert "Advertisement" not in tipdiff.load(text).text


def test_an_amount_s_conversion_does_not_hide_the_year_it_is_compared_with() -> None:
    """"a decrease from one million TTD ($149,477) in 2015 and 2014": the figures are
    compared with 2015, so the edition is 2017, not the 2016 a breakdown "(five in 2015
    and eight in 2014)" alone would give."""
    text = (
        "The government increased protection efforts. The government identified and referred "
        "13 trafficking victims to care (five in 2015 and eight in 2014). The CTU spent "
        "approximately 700,000 TTD ($104,634) on victim care and protection, a decrease from "
        "one million TTD ($149,477) in 2015 and 2014.\n"
    )
    report = tipdiff.load(text)
    assert report.year == 2017
    assert report.evidence["year"] == "figures compared with 2015, so the reporting period is 2016"


def test_a_breakdown_in_brackets_does_not_hide_the_year_it_is_compared_with() -> None:
    text = (
        "The government maintained protection efforts. The government reported identifying 25 "
        "alleged victims (eight sex trafficking victims and 17 labor trafficking victims), "
        "compared to 33 alleged victims (20 sex trafficking and 13 labor trafficking victims) "
        "in 2016.\n"
    )
    assert tipdiff.load(text).year == 2018


def test_a_year_named_after_the_previous_period_is_the_one_before_it() -> None:
    """Sri Lanka 2019: "a decrease from 28 prosecutions initiated in the previous
    reporting period and 35 initiated in 2016": 2016 is the year before the previous
    period (2017), so the edition is 2019, not 2018."""
    text = (
        "The government decreased law enforcement efforts. The government initiated "
        "prosecutions against 10 alleged traffickers. This is a decrease from 28 prosecutions "
        "initiated in the previous reporting period and 35 initiated in 2016.\n"
    )
    assert tipdiff.load(text).year == 2019
    plain = text.replace("in the previous reporting period and 35 initiated ", "")
    assert tipdiff.load(plain).year == 2018


def test_an_unheaded_list_after_a_lead_in_is_the_list_though_not_every_item_opens_with_a_known_verb() -> None:
    """A "•" list under no heading whose first item opens with a phrase ("While respecting
    due process, vigorously investigate …"), one with an adverb ("Regularly convene …")
    and one with a verb tipdiff does not list ("Work with …"): most items open with their
    verb, so it is the list."""
    items = (
        "While respecting due process, vigorously investigate and prosecute suspected "
        "trafficking offenders.",
        "Regularly convene the inter-ministerial committee and include civil society.",
        "Coordinate with international organizations to train law enforcement officials.",
        "Work with NGOs to increase the provision of protective services to victims.",
    )
    text = (
        "The Government of Chad does not fully meet the minimum standards for the elimination "
        "of trafficking but is making significant efforts to do so.\n\n" + " • ".join(items) + "\n"
    )
    report = tipdiff.load(text, year=2019)
    assert report.recommendations == items


@pytest.mark.parametrize(
    "header",
    [
        "Dokument #2111712\nUSDOS – US Department of State (Autor)",
        "Document #2111712\nUSDOS – US Department of State (Author)",
        "In this section /\nExecutive Summary Title",
    ],
)
def test_a_site_s_header_lines_are_no_title(header: str) -> None:
    """ecoi.net's document number and byline (its German page too), a breadcrumb and a
    page template's placeholder are site chrome, not the narrative's title."""
    body = (
        "The Government of Maldives does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so. Therefore "
        "Maldives was downgraded to Tier 2 Watch List.\n"
    )
    report = tipdiff.load(f"{header}\n\n{body}")
    assert report.title is None
    assert report.text == body.strip()


def test_a_comparison_of_what_the_report_does_not_count_dates_no_edition() -> None:
    """"Around 200 North Koreans are employed … as contract laborers - a decrease from 250
    in 2010": no figure of the report's is compared, so the edition stays unknown rather
    than 2012; "identified 20 victims, compared with 88 in 2020" dates it 2022."""
    laborers = (
        "Mongolia is a source and destination country for men and women subjected to forced "
        "labor and trafficking. Around 200 North Koreans are employed in Mongolia as contract "
        "laborers - a decrease from 250 in 2010.\n"
    )
    assert tipdiff.load(laborers).year is None
    victims = laborers + "\nThe government identified 20 trafficking victims, compared with 88 in 2020.\n"
    assert tipdiff.load(victims).year == 2022


def test_news_names_the_edition_with_its_publisher_between() -> None:
    """"has been placed on Tier 2 in the 2025 U.S. Department of State's Trafficking in
    Persons Report": the publisher between the year and the report's name."""
    text = (
        "Mongolia has been placed on Tier 2 in the 2025 U.S. Department of State's Trafficking "
        "in Persons Report. The Government of Mongolia does not fully meet the minimum standards "
        "for the elimination of trafficking but is making significant efforts to do so.\n"
    )
    assert tipdiff.load(text).year == 2025


@pytest.mark.parametrize(
    ("end", "start", "word"),
    [
        ("self-", "declared", "self-declared"),  # a compound's own hyphen
        ("child-", "specific", "child-specific"),
        ("power-", "sharing", "power-sharing"),
        ("al-", "Shabaab,", "al-Shabaab,"),  # a capital after it: never a word's break
        ("Anti-", "Trafficking", "Anti-Trafficking"),
        ("pro-", "vided", "provided"),  # "pro-government" elsewhere, but "vided" is no word
        ("psycho-", "logist", "psychologist"),
        ("enrol-", "led", "enrolled"),
        ("govern-", "ment", "government"),
        ("COVID-", "19", "COVID-19"),  # a word's hyphen before a number: no space, no break
        ("asylum-", "seekers", "asylum-seekers"),
    ],
)
def test_a_word_hyphenated_at_a_line_s_end_keeps_its_own_hyphen_only(
    end: str, start: str, word: str
) -> None:
    """A PDF's line may end at a compound's own hyphen ("self-" / "declared") or at one the
    typesetter put in a word ("pro-" / "vided"): the text's other words decide where they
    can, else what the word looks like."""
    text = (
        "SOMALIA: Special Case\n\n"
        "Somalia remains a Special Case. The Federal Government of Somalia and pro-government\n"
        "militias relied on psycho-social support from NGOs for trafficking victims. Officials\n"
        f"in the region cited the {end}\n"
        f"{start} forces in their reports to the government and to donors.\n"
    )
    assert word in tipdiff.load(text).text.split()


def test_a_web_archive_s_header_naming_the_report_before_the_title_is_no_narrative() -> None:
    """An archived state.gov page (2008) puts a dozen lines before the country's title:
    menus, a trail of links and lines that name the report ("You are in: … > Trafficking
    in Persons Report 2008", "Released by the Office to Monitor and Combat Trafficking in
    Persons"). None is the narrative's: they read as a section of their own before."""
    text = (CORPUS / "honduras-2007-refworld.txt").read_text(encoding="utf-8")
    narrative = text[text.index("Honduras (Tier") :]
    header = "\n".join(
        [
            "Skip Links",
            "U.S. Department of State",
            "Progress in the Middle East | Daily Press Briefing | What's New",
            "SEARCH",
            "Subject Index Bookmark and Share",
            "Home Hot Topics, press releases, publications, info for journalists, and more "
            "passports, visas, hotline, business support, trade, and more country names, "
            "regions, embassies, and more",
            "Video",
            "You are in: Under Secretary for Democracy and Global Affairs > Office to Monitor "
            "and Combat Trafficking in Persons > Releases and Remarks > Trafficking in Persons "
            "Report > Trafficking in Persons Report 2007",
            "Trafficking in Persons Report -Report Home Page",
            "Released by the Office to Monitor and Combat Trafficking in Persons",
            "June 12, 2007",
            "Country Narratives -- Countries H through R",
        ]
    )
    original = tipdiff.load(narrative)
    report = tipdiff.load(f"{header}\n\n{narrative}")
    assert [(n, s.text) for n, s in report.sections.items()] == [
        (n, s.text) for n, s in original.sections.items()
    ]
    assert (report.country, report.tier) == (original.country, original.tier)


def test_under_a_title_a_narrative_opens_on_its_profile_when_not_on_its_finding() -> None:
    """Old editions open on the profile; one that opens on the situation ("Since March
    2011, the government has deployed its security forces …") rather than "X is a source
    country" is still the profile, not a protection section because it names victims.
    A paragraph in lower case before the title is the end of the narrative before it."""
    text = (CORPUS / "honduras-2007-refworld.txt").read_text(encoding="utf-8")
    narrative = text[text.index("Honduras (Tier") :]
    title, profile, rest = narrative.split("\n\n", 2) if "\n\n" in narrative else ("", "", "")
    original = tipdiff.load(narrative)
    assert title.startswith("Honduras (Tier") and profile.startswith("Honduras is a source")
    situation = (
        "Since 2006, gang violence has displaced thousands of families, and victims of "
        "trafficking have fled to neighboring countries in search of protection."
    )
    tail = "women act as recruiters for traffickers who exploit victims in neighboring countries,"
    for before in ("", f"{tail}\n\n"):
        report = tipdiff.load(f"{before}{title}\n\n{situation} {profile}\n\n{rest}")
        assert list(report.sections) == list(original.sections) == [SectionName.PROFILE, SectionName.SUMMARY]
        assert report.sections[SectionName.PROFILE].text == (
            f"{situation} {original.sections[SectionName.PROFILE].text}"
        )
        assert tail not in report.text


def test_a_news_story_s_labelled_findings_are_no_recommendations() -> None:
    """"• Convictions fell: Total trafficking convictions dropped …": a news story's
    bulleted findings under a label are no list of recommendations; items whose text
    after a label opens with its verb still are."""
    findings = (
        "Findings on the United States\n\n"
        "The U.S. narrative revealed several key developments:\n\n"
        "  • Convictions fell: Total trafficking convictions dropped from 289 in FY23 to 210 "
        "in FY24, almost entirely due to fewer sex trafficking convictions.\n\n"
        "  • Investigations rose: The Department of Homeland Security and the Department of "
        "Justice increased investigations into human trafficking.\n\n"
        "  • Victim relief expanded: T Visa approvals for victims significantly increased.\n"
    )
    report = tipdiff.load(findings)
    assert report.recommendations == ()
    assert SectionName.RECOMMENDATIONS not in report.sections
    labelled = (
        "The Government of Ruritania does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so.\n\n"
        "• Prosecution: Increase efforts to investigate and prosecute trafficking crimes.\n\n"
        "• Protection: Fund NGO-run shelters for trafficking victims.\n"
    )
    assert len(tipdiff.load(labelled).recommendations) == 2


def test_a_protection_section_whose_verdict_counts_fewer_victims_is_read() -> None:
    """A protection section that opens "The government identified and provided protection
    services to fewer trafficking victims" (the 2020 wording of its verdict, no heading)
    is a narrative with a weaker protection verdict, not refused as "not a narrative"."""
    section = (
        "The government identified and provided protection services to fewer trafficking "
        "victims, and authorities continued to punish victims for unlawful acts traffickers "
        "compelled them to commit. In 2019, the government identified nine trafficking "
        "victims, which represented a significant decrease from the 40 identified victims "
        "in 2018. MOSD continued to operate and fund a shelter dedicated to protecting "
        "trafficking victims.\n"
    )
    report = tipdiff.load(section, country="Jordan", year=2020)
    assert list(report.sections) == [SectionName.PROTECTION]
    verdict = report.verdicts[SectionName.PROTECTION]
    assert verdict.phrase == "identified and provided protection services to fewer victims"
    assert verdict.scale.value == "down"
    old = tipdiff.load(
        "The government maintained protection efforts. In 2018, the government identified 40 "
        "trafficking victims.\n",
        country="Jordan",
        year=2019,
    )
    brief = tipdiff.render_markdown(tipdiff.compare(old, report))
    assert "Protection verdict weaker" in brief


@pytest.mark.parametrize(
    ("lag", "edition"),
    [
        ("investigations in 2017, the most recent year for which the government had "
         "comprehensive statistics (compared to 375 in 2016)", 2019),
        ("investigations in 2017 according to the latest available statistics (compared to "
         "375 in 2016)", None),
    ],
    ids=["most-recent-year-with-statistics", "latest-statistics"],
)
def test_statistics_said_to_lag_do_not_date_the_edition_a_year_early(
    lag: str, edition: int | None
) -> None:
    """"338 investigations in 2017, the most recent year for which the government had
    comprehensive statistics (compared to 375 in 2016)" is the 2019 edition, whose
    reporting period is 2018; a lag said without its year leaves the edition unknown,
    never the 2018 that "compared to … in 2016" alone suggests."""
    text = (
        "The government decreased law enforcement efforts. State governments conducted 338 "
        f"pre-trial trafficking {lag}. As a federal system, jurisdiction for criminal "
        "prosecutions in Germany rested with state courts.\n"
    )
    assert tipdiff.load(text).year == edition


def test_a_country_named_once_beside_a_list_of_nationalities_is_the_text_s() -> None:
    """"jurisdiction … in Germany rested with state courts" and "suspects were primarily
    German, Romanian, and Bulgarian": the one plain mention outweighs a list of
    nationalities; a text that names countries but none clearly enough says so, not
    that it "never names its country"."""
    text = (
        "The government maintained mixed law enforcement efforts. As a federal system, "
        "jurisdiction for criminal prosecutions in Germany rested with state courts. State "
        "governments completed 313 pre-trial trafficking investigations of 472 suspects. "
        "Sex trafficking suspects were primarily German, Romanian, and Bulgarian.\n"
    )
    assert tipdiff.load(text).country == "Germany"
    unclear = text.replace("in Germany", "in the country").replace(
        "primarily German, Romanian, and Bulgarian", "Romanian or Bulgarian"
    )
    warnings = tipdiff.load(unclear).warnings
    assert not any("never names its country" in w for w in warnings)
    assert "the text names no country clearly enough to be its own (it names Romania, Bulgaria)" in " ".join(warnings)


def test_a_list_run_into_one_paragraph_is_found_whatever_its_first_verb() -> None:
    """"Work with armed groups … * Vigorously investigate … * Expand …", no heading: most
    items open with their verb, so it is a list of three recommendations even though
    "Work" is no verb a recommendation is known to open with."""
    summary = (
        "The Government of Türkiye does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so.\n\n"
    )
    items = (
        "Work with armed groups to prevent the unlawful recruitment or use of child soldiers, "
        "including in support roles. * Vigorously investigate and prosecute trafficking crimes "
        "and seek adequate penalties for convicted traffickers. * Expand and institutionalize "
        "training for officials on victim identification.\n"
    )
    report = tipdiff.load(summary + items, country="Türkiye", year=2024)
    assert [item.split()[0] for item in report.recommendations] == ["Work", "Vigorously", "Expand"]
    assert "*" not in report.sections[SectionName.SUMMARY].text


def test_a_recommendations_lead_in_before_a_statement_opens_no_list() -> None:
    """The United States' own narrative (2008): "Recommendations: The USG annually
    assesses its efforts in a separate report …" states, it asks nothing: no list."""
    text = (
        "UNITED STATES OF AMERICA (Not Ranked)\n\n"
        "The United States is a destination country for thousands of men, women, and children "
        "trafficked for the purposes of sexual and labor exploitation.\n\n"
        "Recommendations: The USG annually assesses its efforts in a separate report compiled by "
        "the Department of Justice. Among recommendations from the September 2007 assessment, the "
        "USG is working to increase cooperation among U.S. agencies.\n"
    )
    report = tipdiff.load(text)
    assert report.recommendations == ()
    assert "The USG annually assesses its efforts" in report.text
    listed = text.replace("The USG annually assesses", "Increase efforts to assess")
    assert len(tipdiff.load(listed).recommendations) >= 1


@pytest.mark.parametrize("name", [("Czech", "Republic"), ("Sierra", "Leone"), ("Saudi", "Arabia")])
def test_a_finding_whose_first_line_ends_inside_the_country_s_name_keeps_it(
    name: tuple[str, str],
) -> None:
    """A column that breaks the finding after part of a name ("The Government of the
    Czech" / "Republic fully meets …") below the heading and its tier-ranking chart: the
    line is the narrative's first, not part of a page's title block."""
    first, second = name
    country = f"{first} {second}"
    rest = (
        f"{second} fully meets the minimum standards for the elimination of trafficking. The "
        "government continued to demonstrate serious and sustained efforts during the reporting "
        f"period; therefore {country} remained on Tier 1. These efforts included convicting more "
        "traffickers and identifying more victims. Although the government meets the minimum "
        "standards, it did not consistently provide specialized services to victims."
    )
    chart = f"{country.upper()}: TIER RANKING BY YEAR\n1\n2\n2WL\n3\n2011 2012 2013 2014 2015 2016"
    wrapped = textwrap.fill(rest, 50)
    report = tipdiff.load(
        f"{country.upper()}: Tier 1\n{chart}\nThe Government of {first}\n{wrapped}\n"
    )
    assert report.text.startswith(f"The Government of {country} fully meets")
    special = tipdiff.load(
        f"LIBYA: Special Case\n{chart}\nLibya is a Special\n"
        + textwrap.fill("Case for the fourth consecutive year. " + rest, 50)
        + "\n"
    )
    assert special.text.startswith("Libya is a Special Case for the fourth consecutive year.")


@pytest.mark.parametrize("note", ["KENYA (continued)", "(continued)", "continued", "Continued on next page"])
def test_a_page_s_continued_note_is_furniture(note: str) -> None:
    """Old reports mark a narrative that goes on over a page ("KENYA (continued)"): the
    note is no word of the narrative, not even inside a word broken there ("anti-" /
    note / "trafficking")."""
    from .conftest import seed
    from .variants import hard_wrapped

    wrapped = hard_wrapped(seed(2009).read_text(encoding="utf-8"), width=60, page_every=25)
    noted = re.sub(r"(?m)^(\d+)$", lambda m: f"{m.group(1)}\n\n{note}", wrapped)
    assert noted.count(note) >= 3
    original, report = tipdiff.load(wrapped), tipdiff.load(noted)
    assert report.text == original.text


def test_state_gov_s_old_footer_is_no_narrative_text() -> None:
    """A 2001–2008 state.gov page saved as text ends with its footer: "Published by the
    U.S. Department of State Website …" and its links. Read as text, it made the last
    narrative end mid-sentence."""
    text = (CORPUS / "honduras-2007-refworld.txt").read_text(encoding="utf-8")
    narrative = text[text.index("Honduras (Tier") :]
    footer = (
        "\n\nBack to Top\n\nPublished by the U.S. Department of State Website. Disclaimers\n\n"
        "   * Privacy Notice\n   * FOIA\n"
    )
    original, report = tipdiff.load(narrative), tipdiff.load(narrative + footer)
    assert report.text == original.text
    assert report.truncated == original.truncated


_SHOULD_2007 = (
    "KAZAKHSTAN (Tier 2 Watch List)\n\n"
    "Kazakhstan is a source, transit, and destination country for men, women, and children "
    "trafficked for the purposes of commercial sexual exploitation and forced labor.\n\n"
    "The Government of Kazakhstan does not fully comply with the minimum standards for the "
    "elimination of trafficking; however, it is making significant efforts to do so. Government "
    "resources devoted to victim protection remain insufficient. The government should: improve "
    "efforts to investigate, prosecute, convict, and sentence government officials complicit in "
    "trafficking; increase the number of trafficking convictions; ensure trafficking victims are "
    "not punished; and provide some financial assistance for trafficking shelters.\n"
)


def test_the_government_should_opens_a_2007_list_of_recommendations() -> None:
    """2007–2008 narratives run their list into the summary after "The government
    should:"; the items are recommendations, as after "Recommendations for X:"."""
    from .variants import hard_wrapped

    for text in (_SHOULD_2007, hard_wrapped(_SHOULD_2007, width=70)):
        report = tipdiff.load(text)
        assert report.recommendations == (
            "Improve efforts to investigate, prosecute, convict, and sentence government officials "
            "complicit in trafficking",
            "Increase the number of trafficking convictions",
            "Ensure trafficking victims are not punished",
            "Provide some financial assistance for trafficking shelters.",
        )
        assert report.sections[SectionName.SUMMARY].text.endswith("remain insufficient.")
    prose = _SHOULD_2007.replace("The government should: improve", "The government should improve")
    assert tipdiff.load(prose).recommendations == ()


@pytest.mark.parametrize("before", ["services.", "NGOs.", "Articles 181-1.", "section 369(2)."])
def test_list_items_glued_after_an_acronym_a_number_or_a_bracket_are_apart(before: str) -> None:
    """A page that runs a list's items together ("… NGOs.Increase resources …", ecoi.net
    2020–2021) gives each item, whatever the last one ends with; an initial or an
    abbreviation's inner stop ("J.Smith", "U.S.The") is no end of an item."""
    text = (
        "BELARUS: Tier 3\n\nPRIORITIZED RECOMMENDATIONS:\n\nReform policies to end all forms "
        f"of state-sponsored forced labor.Amend the penal provisions in {before}Increase "
        "resources devoted to victim assistance.Continue to expand trainings for officials."
    )
    assert len(tipdiff.load(text, year=2020).recommendations) == 4
    assert ingest._unglued("Ask J.Smith and the U.S.The end") == "Ask J.Smith and the U.S.The end"


def test_lines_of_links_before_paragraphs_make_no_hard_wrapped_text() -> None:
    """A copy whose lines are whole paragraphs, under a few lines of links that open in
    lower case ("http://…", "actual report", a link glued to the profile), is no
    hard-wrapped text: its paragraphs
    stay apart, the profile before the finding."""
    profile = (
        "Ruritania is a source, transit, and destination country for men, women, and children "
        "subjected to sex trafficking and forced labor. " * 4
    ).strip()
    finding = (
        "The Government of Ruritania does not fully comply with the minimum standards for the "
        "elimination of trafficking and is not making significant efforts to do so. " * 3
    ).strip()
    text = (
        "http://www.example.com/interactive/2011/trafficking/see map\nactual report\n"
        f"http://www.example.gov/tip/2011/164233.htm{profile}\n{finding}\n"
    )
    report = tipdiff.load(text, year=2011)
    assert list(report.sections) == [SectionName.PROFILE, SectionName.SUMMARY]
    assert report.sections[SectionName.SUMMARY].text == finding
