"""Is this text a narrative? The check that refuses what is not one (a README, a program,
a recipe) with a message that says why, before the segment stage reads it as one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import metadata
from .errors import NotANarrativeError
from .headings import is_heading_line
from .sentences import split_sentences
from .tiers import TIER_PLACEMENT, TIER_WORDS

_TRAFFICKING = re.compile(r"traffick|forced labou?r|sex trafficking|exploitation", re.I)


# What only a narrative has, whole or in part (an excerpt of one section, its first
# sentence cut off, no heading): an effort verdict ("The Government of Papua New Guinea
# increased law enforcement efforts"), the minimum-standards finding, a tier placement,
# a trafficking profile ("a source, transit, and destination country", "women are
# trafficked to Turkey"), a recommendations lead-in or list ("Vigorously investigate
# …"), the law ("criminalized all forms of trafficking", "prescribed penalties of"),
# victims identified, assisted or given protection services ("identified nine
# trafficking victims"), anti-trafficking campaigns, plans and hotlines, trafficking
# convictions, complicit officials.
_NARRATIVE_SIGNS = re.compile(
    r"\bThe government (?:\S+ ){0,8}?(?:maintained|increased|decreased|made|demonstrated|"
    r"improved|sustained|continued|reduced|showed)\b[^.]{0,80}?"
    r"\b(?:efforts|law enforcement|investigations|prosecutions|convictions)\b"
    r"|\bminimum standards for the elimination of trafficking"
    r"|\bfully (?:meets?|compl(?:y|ies) with) the minimum standards"
    r"|\b(?:remained|remains|placed|upgraded|downgraded) (?:on|to) Tier\b"
    r"|\b(?:remains|remained|is) a Special Case\b"
    r"|\bis (?:\w+ )?(?:a|an) (?:\w+,? ){0,3}?(?:source|transit|destination)\b[^.]{0,80}?\bcountry"
    r"|\b(?:source|transit|destination) country\b"
    r"|\bsubjected to (?:sex trafficking|forced labou?r)"
    r"|\btraffickers exploit\b"
    r"|\btrafficked (?:to|from|within|into|internally|abroad)\b"
    r"|\bRecommendations for [A-Z]"
    r"|^(?:[-•*–]\s*)?(?:Vigorously|Increase|Continue|Implement|Eliminate|Strengthen|Ensure|"
    r"Allow|Train|Provide|Establish|Develop|Amend|Adopt|Expand|Improve|Investigate|"
    r"Prosecute|Finalize|Institutionalize|Screen|Fund|Sentence|Hold)\b[^\n]{0,200}?"
    r"\b(?:traffick|victims?\b|prosecut|convict)"
    r"|\b(?:criminali[sz]e[sd]?|prohibit(?:s|ed)?) (?:\w+ ){0,4}?trafficking\b"
    r"|\bprescrib(?:e|es|ed|ing) (?:\w+ ){0,3}?penalties (?:of|ranging)\b"
    r"|\b(?:identified|certified|referred|assisted|sheltered|repatriated) (?:\w+ ){0,3}?"
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty(?:-\w+)?)) (?:\w+ ){0,3}?victims\b"
    r"|\b(?:identify|identified|protect|protecting|assist|shelter|screen|refer) (?:\w+ ){0,3}?"
    r"(?:victims of trafficking|trafficking victims)\b"
    r"|\bprotection services to (?:\w+ ){0,3}?(?:trafficking )?victims\b"
    r"|\banti-trafficking (?:efforts|law|campaigns?|hotline|committee|council|commission|"
    r"action plan|unit|police|training)\b"
    r"|\b(?:anti-)?trafficking (?:convictions|prosecutions|investigations|offenders|crimes)\b"
    r"|\bvictims (?:were )?(?:identified|certified|referred|sheltered)\b"
    r"|\bcomplicit officials\b"
    r"|\bnational (?:anti-trafficking )?action plan\b",
    re.I | re.M,
)
# Lines of code or markup ("## Title", "```", "$ command", "key = value", "def f():").
_MARKUP_LINE = re.compile(
    r"^\s*(?:#{1,6}\s|```|\$\s|>>>\s|def\s|class\s|import\s|from\s+\S+\s+import\s|"
    r"\[[\w.-]+\]\s*$|[\w.\-\"]+\s*=\s*\S|[{}\[\]()]\s*$|\|.*\|\s*$|@\w)"
)
_MARKUP_SHARE = 0.2
_TITLE_TIER = re.compile(rf"\(\s*{TIER_WORDS}\s*\)|:\s*{TIER_WORDS}\s*$", re.I)


# What only a text about the report as a whole says: the world's law-enforcement figures
# ("In 2023, governments reported 7,115 convictions") or the number of governments it
# assesses ("the report assesses 188 governments", "rating 188 countries and territories").
# News on one country's placement says it too, and names that country again and again; a
# statement on the report's release (a press statement) quotes a country's finding once.
# (Both are asked of every text read: each is looked for from the finds of a word it
# holds, so that a text without them costs a fast scan.)
_GLOBAL_FIGURES = re.compile(
    r"[Gg]overnments\s+(?:(?:worldwide|globally|around\s+the\s+world)\s+)?"
    r"(?:reported|identified|investigated|prosecuted|convicted)\b[^.;]{0,60}?\d(?:[\d,]*\d)?"
)
_COUNT_BEFORE = re.compile(r"(?<![\d,.])(\d{2,3})\s+$")
_WORLD_COUNT_CHARS = 6  # "188 " before "countries", with room for more spaces


def _report_wide(body: str) -> str | None:
    """The words that show ``body`` is about the report as a whole: its global figures,
    or a count of the governments it assesses ("188 countries", "188 governments", "58
    countries and territories"; a narrative counts the countries its victims come from
    in fewer: "from 25 countries"); else None."""
    # matched only at the letter before each "overnments": a search of a pattern that
    # opens with no literal would try every character
    at = body.find("overnments", 1)
    while at != -1:
        figures = _GLOBAL_FIGURES.match(body, at - 1)
        if figures is not None:
            return figures.group(0)
        at = body.find("overnments", at + 1)
    lower = body.lower()
    for word in ("countries", "governments"):
        at = lower.find(word)
        while at != -1:
            number = _COUNT_BEFORE.search(lower, max(0, at - _WORLD_COUNT_CHARS), at)
            if number is not None and (
                word == "governments"
                or len(number.group(1)) == 3
                or lower.startswith("countries and territories", at)
            ):
                return body[number.start() : at + len(word)]
            at = lower.find(word, at + 1)
    return None


def _about_the_whole_report(title_lines: Sequence[str], body: str) -> str | None:
    """The words that show a text is about the report as a whole (see :func:`_report_wide`),
    when it names no country in more than one of its sentences and title lines: a
    statement on the report's release, no country's narrative; else None."""
    wide = _report_wide(body)
    if wide is None:
        return None
    named: dict[str, int] = {}
    for sentence in [*title_lines, *split_sentences(body)]:
        for country in metadata.countries_named(sentence):
            named[country] = named.get(country, 0) + 1
    return wide if max(named.values(), default=0) <= 1 else None


def check_narrative(
    source: str, lines: Sequence[str], title_lines: Sequence[str], body: str, *, headed: bool
) -> None:
    """Refuse a text that is not a narrative: one without a narrative's structure (an
    effort verdict, a tier, a trafficking profile, section headings), or one that is
    mostly code or markup (a README, a program)."""
    what = f"{source} does not read like a Trafficking in Persons Report narrative"
    fix = "check that the right file was given"
    # A narrative's own headings in Markdown ("## PROSECUTION", "# AZERBAIJAN (Tier 2)")
    # are its structure, not markup.
    markup = sum(
        1
        for line in lines
        if _MARKUP_LINE.match(line) and not is_heading_line(line) and not _TITLE_TIER.search(line)
    )
    if lines and markup >= _MARKUP_SHARE * len(lines) and markup >= 3:
        raise NotANarrativeError(
            f"{what} (it looks like code or markup: {markup} of its {len(lines)} lines); {fix}"
        )
    if not _TRAFFICKING.search(body) and not any(map(_TRAFFICKING.search, title_lines)):
        raise NotANarrativeError(f"{what} (it never mentions trafficking or exploitation); {fix}")
    wide = _about_the_whole_report(title_lines, body)
    if wide is not None:
        raise NotANarrativeError(
            f"{what} (it is about the report as a whole ({wide!r}) and names no country in "
            f"more than one sentence: a page on the report, not a country's narrative); {fix}"
        )
    titled = any(_TITLE_TIER.search(title) for title in title_lines)
    if not (headed or titled or _NARRATIVE_SIGNS.search(body) or TIER_PLACEMENT.search(body)):
        raise NotANarrativeError(
            f"{what} (it has no effort verdict, tier, trafficking profile or section "
            f"heading); {fix}"
        )
