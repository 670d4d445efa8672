"""The tier vocabulary (tipdiff/tiers.py): one mapping of tier words for every stage."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff
from tipdiff import figures, metadata, tiers
from tipdiff.model import Tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Tier 1", Tier.TIER_1),
        ("TIER 1", Tier.TIER_1),
        ("Tier One", Tier.TIER_1),
        ("Tier 2", Tier.TIER_2),
        ("tier two", Tier.TIER_2),
        ("Tier  2", Tier.TIER_2),
        ("Tier 3", Tier.TIER_3),
        ("Tier Three", Tier.TIER_3),
        ("Tier 2 Watch List", Tier.TIER_2_WATCH_LIST),
        ("TIER 2 WATCH LIST", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 Watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2 Watch-List", Tier.TIER_2_WATCH_LIST),
        ("Tier Two Watch List", Tier.TIER_2_WATCH_LIST),
        ("Tier Two Watchlist", Tier.TIER_2_WATCH_LIST),
        ("Tier 2\nWatch List", Tier.TIER_2_WATCH_LIST),
        ("Tier I", Tier.TIER_1),
        ("Tier II", Tier.TIER_2),
        ("Tier III", Tier.TIER_3),
        ("Tier II Watch List", Tier.TIER_2_WATCH_LIST),
        ("Special Case", Tier.SPECIAL_CASE),
        ("SPECIAL CASE", Tier.SPECIAL_CASE),
        ("Tier 9", None),
        ("Tier", None),
        ("Watch List", None),
        ("", None),
        ("Tier 2 Watch List countries", None),
    ],
)
def test_canonical_tier(text: str, tier: Tier | None) -> None:
    assert tiers.canonical_tier(text) is tier
    assert metadata.canonical_tier(text) is tier  # still importable where callers found it


@pytest.mark.parametrize("text", ["Tier in", "Tier Ireland", "tier iv"])
def test_tier_words_take_no_word_that_only_opens_with_a_numeral(text: str) -> None:
    """"Tier I" is a tier; "Tier in" (a tier in …) and "Tier Ireland" are not."""
    assert re.fullmatch(tiers.TIER_WORDS, text, re.I) is None
    assert re.match(tiers.TIER_WORDS + r"\b", text, re.I) is None


@pytest.mark.parametrize(
    "words",
    [
        "Tier 2 Watch List",
        "Tier 2 Watchlist",
        "Tier Two Watch List",
        "Tier 2 Watch-List",
        "Tier 2\u2013Watch List",
        "Tier 2 \u2014 Watch List",
    ],
)
def test_every_stage_reads_a_watch_list_placement_alike(words: str) -> None:
    sentence = f"Therefore, Testland remained on {words}."
    report = tipdiff.load("Testland is a source country for human trafficking victims. " + sentence)
    assert report.tier is Tier.TIER_2_WATCH_LIST  # metadata
    assert figures.tier_phrase(report) == f"Therefore, Testland remained on {words}"


@pytest.mark.parametrize(
    ("title", "tier"),
    [
        ("TESTLAND (Tier Two Watch List)", Tier.TIER_2_WATCH_LIST),
        ("TESTLAND: TIER 2 WATCHLIST", Tier.TIER_2_WATCH_LIST),
        ("Testland (Tier 2 Watch-List)", Tier.TIER_2_WATCH_LIST),
        ("TESTLAND: SPECIAL CASE", Tier.SPECIAL_CASE),
        ("Testland (Tier 1)", Tier.TIER_1),
    ],
)
def test_title_tier(title: str, tier: Tier) -> None:
    assert metadata.detect_tier(title, "").value is tier


_PLACEMENTS = st.sampled_from(
    [
        "therefore Moldova remained on Tier 2",
        "was downgraded to Tier 2 Watch List",
        "is placed on Special Case",
        "was moved to tier three",
        "upgraded to TIER ONE",
        "has been placed on Special  Case",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(max_size=40),
    placement=_PLACEMENTS,
    flips=st.lists(st.booleans(), min_size=40, max_size=40),
    twins=st.booleans(),
    after=st.text(max_size=40),
)
def test_the_cheap_tier_test_passes_every_placement_phrase(
    before: str, placement: str, flips: list[bool], twins: bool, after: str
) -> None:
    """may_name_a_tier spares a sentence the placement pattern only when the pattern
    cannot match: in any case, with the letters IGNORECASE takes for ASCII ones ("ſ")."""
    cased = "".join(c.upper() if flip else c for c, flip in zip(placement, flips, strict=False))
    cased += placement[len(flips) :]
    if twins:
        cased = cased.replace("s", "ſ").replace("k", "K")
    text = before + " " + cased + " " + after
    assert tiers.TIER_PLACEMENT_PHRASE.search(text)
    assert tiers.may_name_a_tier(text)
    assert not tiers.may_name_a_tier("The government remained at its level of efforts.")


@pytest.mark.parametrize(
    ("sentence", "tier"),
    [
        ("Nepal is graded as a Tier 2 country, meaning it has not fully complied.", Tier.TIER_2),
        (
            "Nepal has been retained on the Tier 2 Watch List for the second consecutive year.",
            Tier.TIER_2_WATCH_LIST,
        ),
        ("The 2008 report designates Saudi Arabia as a Tier 3 country.", Tier.TIER_3),
        ("Ghana was designated a Tier 2 country.", Tier.TIER_2),
        ("The office designated Tier 2 countries as partners.", None),
        ("Libya is a Special Case for the third consecutive year.", Tier.SPECIAL_CASE),
        ("Bahrain is on Tier 1.", Tier.TIER_1),
        (
            "The United States said Lebanon could do more, placing it on the \u201cTier 2 Watch List.\u201d",
            Tier.TIER_2_WATCH_LIST,
        ),
        ("Japan clamped down on visas; its efforts led to a downgrade to Tier 2.", Tier.TIER_2),
    ],
)
def test_news_placements_read_as_the_tier(sentence: str, tier: Tier | None) -> None:
    """How news and retellings place a country ("graded as", "retained on", "designates …
    as"): the tier they name is the text's tier."""
    assert metadata.detect([], [], sentence).tier.value == tier


def test_a_round_up_s_placement_of_a_country_named_is_not_the_text_s_tier() -> None:
    """A news round-up whose own country is not known (it names several): the tier it
    gives another country ("Bangladesh stayed at the second tier") is not the text's,
    which a brief would otherwise compare as "remained on Tier 2"."""
    story = (
        "The U.S. State Department on Tuesday demoted Indonesia in its latest annual report "
        "on nations' efforts to combat human trafficking, but promoted Thailand, basing the "
        "rankings on the number of trafficking investigations conducted in those countries. "
        "In South Asia, Bangladesh stayed at the second tier, with the State Department "
        "saying that while Dhaka didn't fully meet the minimum standards, it was making "
        "significant efforts to do so."
    )
    found = metadata.detect([], [], story)
    assert found.country.value is None and found.tier.value is None
    assert metadata.detect([], [], story, country="Bangladesh").tier.value is Tier.TIER_2


_FINDING = "The Government of Chad {} the minimum standards for the elimination of trafficking{}."


@pytest.mark.parametrize(
    ("finding", "tier"),
    [
        (_FINDING.format("does not fully meet", " and is not making significant efforts to do so"), Tier.TIER_3),
        (_FINDING.format("does not fully comply with", " and is not making significant efforts to do so"), Tier.TIER_3),
        (_FINDING.format("fully meets", ""), Tier.TIER_1),
        (_FINDING.format("fully complies with", ""), Tier.TIER_1),
        # Tier 2 and the Watch List share their wording: no tier
        (_FINDING.format("does not fully meet", " but is making significant efforts to do so"), None),
        (_FINDING.format("no longer fully meets", ""), None),
    ],
)
def test_the_finding_on_the_minimum_standards_implies_only_tier_1_or_3(
    finding: str, tier: Tier | None
) -> None:
    """A text with no placement: the finding's wording is Tier 1's or Tier 3's alone, and
    the tier read from it says it was inferred, quoting the finding."""
    detected = tipdiff.load(finding + " The government made some efforts in 2024.").tier
    assert detected == tier
    report = tipdiff.load(finding)
    if tier is not None:
        assert report.confidence["tier"] == "inferred"
        assert "minimum standards" in (report.evidence["tier"] or "")


def test_a_placement_outranks_the_finding() -> None:
    """The finding is only a fallback: a stated placement wins."""
    text = _FINDING.format("fully meets", "") + " Therefore Chad was downgraded to Tier 2."
    assert tipdiff.load(text).tier == Tier.TIER_2


def test_a_site_s_heading_at_odds_with_the_narrative_gives_way_with_a_warning() -> None:
    """"Cyprus (Tier 2)" over "… therefore Cyprus was upgraded to Tier 1": the narrative's
    own conclusion is the tier, and the warning says the title disagreed; a title the
    narrative agrees with (or makes more exact: a title cut short of its Watch List) warns
    nothing."""
    body = (
        "The Government of Cyprus fully meets the minimum standards for the elimination of "
        "trafficking. The government made key achievements; therefore Cyprus was upgraded to "
        "{}. These achievements included convicting traffickers.\n"
    )
    report = tipdiff.load("Cyprus (Tier 2)\n\n" + body.format("Tier 1"))
    assert report.tier == Tier.TIER_1
    capital = body.replace("; therefore", ". Therefore").format("Tier 1")
    assert tipdiff.load("Cyprus (Tier 2)\n\n" + capital).tier == Tier.TIER_1
    assert report.evidence["tier"] == "therefore Cyprus was upgraded to Tier 1"
    assert any("the title says Tier 2" in warning for warning in report.warnings)
    for title, placed, tier in [
        ("Cyprus (Tier 1)", "Tier 1", Tier.TIER_1),
        ("2017 TIP Report for Cyprus – Tier 2", "Tier 2 Watch List", Tier.TIER_2_WATCH_LIST),
    ]:
        agreed = tipdiff.load(f"{title}\n\n" + body.format(placed))
        assert agreed.tier == tier
        assert not [w for w in agreed.warnings if "title says" in w]


_RANKINGS = (
    "Country rankings were broadly in line with previous years. The United States and most "
    "OECD countries remained Tier 1. Brazil and South Africa dropped to the Tier 2 Watch "
    "List, while Cambodia, China, Cuba, and Russia stayed in Tier 3."
)


def test_other_countries_placements_are_not_the_text_s_tier() -> None:
    """A news round-up of the rankings: a text whose own country is not known takes no
    tier from other countries' placements (Brazil's Watch List was read as a downgrade of
    the United States); the country given, its own placement among others is its tier."""
    assert metadata.detect_tier("", _RANKINGS).value is None
    assert metadata.detect_tier("", _RANKINGS, "United States").value is Tier.TIER_1
    assert metadata.detect_tier("", _RANKINGS, "Brazil").value is Tier.TIER_2_WATCH_LIST
    assert metadata.detect_tier("", _RANKINGS, "Cuba").value is Tier.TIER_3
    assert tipdiff.load("On trafficking, Kenya remained Tier 2 this year.").tier is Tier.TIER_2


def test_a_news_round_up_s_own_country_is_the_one_its_heading_names() -> None:
    """A story on the whole report, then a part headed by its own country: the heading
    counts, and the first of a list ("while Cambodia, China, …") is named in passing, as
    the rest are; so the story's country is known, and its placement with it."""
    text = (
        f"Global Tier Rankings\n\n{_RANKINGS} Cambodia was newly named a state sponsor of "
        "trafficking.\n\nFindings on the United States\n\nThe narrative noted that trafficking "
        "convictions fell."
    )
    report = tipdiff.load(text)
    assert report.country == "United States"
    assert "once as a heading" in (report.evidence["country"] or "")
    assert report.tier is Tier.TIER_1


_KOREA_NEWS = (
    "The United States has classified South Korea as a second-tier country in its annual "
    "report on human trafficking for the second straight year.\n"
    "In the \u201c2023 Trafficking in Persons Report\u201d released on Thursday, the State "
    "Department put South Korea among Tier Two countries along with Japan.\n"
    "South Korea was classified as a Tier Three country, the lowest on the scale, in the "
    "first edition of the report released in 2001 but was upgraded to Tier One the next year."
)


def test_a_placement_of_an_earlier_edition_is_history() -> None:
    """News tells a country's history of placements: one dated by an earlier edition
    ("in the first edition", "in the 2022 report") or by an event told before it ("the
    next year") is not the tier of the edition the story is about."""
    report = tipdiff.load(_KOREA_NEWS)
    assert report.year == 2023  # the title in quotes
    assert report.tier is Tier.TIER_2
    history = _KOREA_NEWS.split("\n")[2]
    assert metadata.detect_tier("", history, "South Korea", 2023).value is None
    put = "South Korea was put into Tier 2 in the 2022 report for the first time in 20 years."
    assert metadata.detect_tier("", put, "South Korea", 2024).value is None
    assert metadata.detect_tier("", put, "South Korea", 2022).value is Tier.TIER_2


@pytest.mark.parametrize(
    ("sentence", "tier"),
    [
        ("The report classified Nepal as a second-tier country.", Tier.TIER_2),
        ("The report put Nepal among Tier 2 Watch List countries.", Tier.TIER_2_WATCH_LIST),
        ("Victims were placed in second-tier cities.", None),
    ],
)
def test_news_placements_by_rank_and_among(sentence: str, tier: Tier | None) -> None:
    assert metadata.detect_tier("", sentence, "Nepal").value == tier


def test_an_abbreviation_in_brackets_is_no_country_name() -> None:
    """"The Government of the Republic of Korea (ROK)" names South Korea (an alias in the
    country table), and "therefore the ROK was upgraded" stands for it; the country is no
    longer "Rok", and an abbreviation never spelled out names no country."""
    quote = (
        "The Government of the Republic of Korea (ROK) fully meets the minimum standards for "
        "the elimination of trafficking. The government made key achievements during the "
        "reporting period; therefore the ROK was upgraded to Tier 1."
    )
    report = tipdiff.load(quote)
    assert report.country == "South Korea"
    assert report.tier is Tier.TIER_1
    therefore = quote.split(". ", 1)[1]
    assert metadata.detect_country("", therefore).value is None
    spelled = therefore + " The Republic of Korea (ROK) is a destination country for trafficking."
    assert metadata.detect_country("", spelled).value == "South Korea"


def test_news_categorizes_a_country() -> None:
    """"The report categorized Kenya as Tier 2" is a placement, as "classified" is."""
    news = (
        "According to the 2025 TIP Report released this week, Kenya continues to be a source "
        "country for human trafficking. The report categorized Kenya as Tier 2, highlighting "
        "substantial efforts."
    )
    assert tipdiff.load(news).tier is Tier.TIER_2


def test_a_narrative_names_its_edition_where_it_classifies_its_country() -> None:
    """"is classified as a Special Case for the first time in the 2016 Report" names the
    edition, as news's "has been ranked … in the 2010 TIP Report" does."""
    narrative = (
        "Yemen is classified as a Special Case for the first time in the 2016 Report. "
        "Information on human trafficking in Yemen has become increasingly difficult to obtain."
    )
    report = tipdiff.load(narrative)
    assert (report.year, report.tier) == (2016, Tier.SPECIAL_CASE)


_HAITI_2003 = (
    "[*Please note: Haiti was updated to Tier 2 per President George W. Bush, Presidential "
    "Determination No. 2003-35, September 9, 2003.]\n\n"
    "Haiti is mainly a source country for trafficking of children for forced labor.\n\n"
    "The Government of Haiti does not fully comply with the minimum standards for the "
    "elimination of trafficking and is not making significant efforts to do so.\n"
)


def test_an_editor_s_note_gives_the_updated_placement() -> None:
    """A 2003 narrative written for Tier 3, with the editor's note that a Presidential
    Determination moved it to Tier 2: the note is the tier and its evidence (the finding
    gave Tier 3), over a title's tier too, with a warning that says where it came from."""
    report = tipdiff.load(_HAITI_2003)
    assert report.tier is Tier.TIER_2
    assert (report.evidence["tier"] or "").startswith("[*Please note: Haiti was updated")
    titled = tipdiff.load("HAITI (Tier 3)\n\n" + _HAITI_2003)
    assert titled.tier is Tier.TIER_2
    assert any("title says Tier 3 but an editor's note" in w for w in titled.warnings)
    other = _HAITI_2003.replace("Haiti was updated", "Belize was updated", 1)
    assert tipdiff.load(other).tier is Tier.TIER_3


@pytest.mark.parametrize(
    "title", ["UZBEKISTAN (Tier 2 Watch List*)", "UZBEKISTAN: Tier 2 Watch List*", "UZBEKISTAN (Tier 2 Watch List)†"]
)
def test_a_title_s_tier_with_a_footnote_mark_is_read(title: str) -> None:
    """"UZBEKISTAN (Tier 3*)": the 2013 report marked automatic downgrades with an
    asterisk; a tier with a mark is still the title's, or a downgrade goes unseen."""
    narrative = (
        "Uzbekistan is a source country for men, women, and children subjected to forced labor "
        "and sex trafficking.\n\nThe Government of Uzbekistan does not fully comply with the "
        "minimum standards for the elimination of trafficking; however, it is making significant "
        "efforts to do so.\n"
    )
    report = tipdiff.load(f"{title}\n\n{narrative}")
    assert (report.country, report.tier) == ("Uzbekistan", Tier.TIER_2_WATCH_LIST)
    assert report.evidence["tier"] is not None and "Tier 2 Watch List" in report.evidence["tier"]


VENEZUELA_2011 = (
    "The Government of Venezuela does not fully comply with the minimum standards for the "
    "elimination of trafficking and has been placed on Tier 2 Watch for the last four "
    "consecutive years. Therefore, pursuant to Section 107 of the 2008 Trafficking Victims "
    "Protection Reauthorization Act, Venezuela is deemed not to be making significant efforts "
    "to comply with the minimum standards and is placed on Tier 3."
)


@pytest.mark.parametrize("watch", ["Tier 2 Watch", "Tier 2 Watch List"])
def test_the_finding_s_therefore_outranks_the_years_on_the_watch_list(watch: str) -> None:
    """Venezuela 2011: its "Therefore, pursuant to Section 107 …, Venezuela … is placed on
    Tier 3", far from its "therefore", is the placement, not the Watch List of the
    years before (read as Tier 2 when written "Tier 2 Watch": a false downgrade)."""
    report = tipdiff.load(VENEZUELA_2011.replace("Tier 2 Watch", watch), year=2011)
    assert report.tier is Tier.TIER_3
    history = VENEZUELA_2011.split(" Therefore")[0]
    assert tipdiff.load(history, year=2011).tier is Tier.TIER_2_WATCH_LIST
    assert tiers.canonical_tier("Tier 2 Watch") is Tier.TIER_2_WATCH_LIST


def test_a_tier_phrase_starts_at_a_word() -> None:
    """The phrase that explains a tier quotes whole words, however far its subject runs."""
    text = (
        "The government demonstrated increasing efforts; the Democratic Republic of the "
        "Congo government remained on Tier 2 Watch List for a second year."
    )
    match = tiers.TIER_PLACEMENT_PHRASE.search(text)
    assert match is not None
    start = match.start()
    assert start == 0 or not text[start - 1].isalnum()


def test_a_tier_kept_that_the_new_text_says_it_moved_to_is_not_said_to_have_remained() -> None:
    """Tier 2 Watch List in 2021 and in 2023, where the 2023 text says "therefore Vietnam
    was upgraded to Tier 2 Watch List": an edition between them differed, so the brief
    does not say the tier remained; a tier the text says it kept still "remained"."""
    finding = (
        "VIETNAM: Tier 2 Watch List\n\nThe Government of Vietnam does not fully meet the "
        "minimum standards for the elimination of trafficking but is making significant "
        "efforts to do so. The government demonstrated significant efforts; therefore "
        "Vietnam was {} Tier 2 Watch List.\n"
    )
    old = tipdiff.load(finding.format("placed on"), year=2021)
    new = tipdiff.load(finding.format("upgraded to"), year=2023)
    assert old.tier is new.tier is Tier.TIER_2_WATCH_LIST
    diff = tipdiff.compare(old, new)
    brief = tipdiff.render_markdown(diff)
    assert "Remained on" not in brief
    assert "the 2023 text says it was upgraded to it" in brief
    assert "Tier unchanged: Tier 2 Watch List (the 2023 text says it was upgraded to it)" in brief
    assert "An edition between them placed it otherwise" in tipdiff.render_html(diff)
    kept = tipdiff.render_markdown(tipdiff.compare(old, tipdiff.load(finding.format("placed on"), year=2023)))
    assert "Remained on Tier 2 Watch List" in kept and "says it was" not in kept
    # and a move between two texts the new one says its tier stayed on: it came between them
    tier_1 = tipdiff.load(finding.format("placed on").replace("Tier 2 Watch List", "Tier 1"), year=2018)
    kept_on = tipdiff.load(finding.format("remained on"), year=2021)
    downgrade = tipdiff.render_markdown(tipdiff.compare(tier_1, kept_on))
    assert "Downgraded from Tier 1 to Tier 2 Watch List (the 2021 text says it remained on it)" in downgrade
