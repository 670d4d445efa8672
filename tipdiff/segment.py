"""Segment stage: cleaned paragraphs → Report with canonical sections and metadata.

Sections are found from headings in every form they take ("PROSECUTION",
"Recommendations for X:", "Prioritized Recommendations" run into the text …) and,
where a text has none, from content: the sentences that open each section in both
eras ("The government maintained prosecution efforts.", "As reported over the past
five years, human traffickers exploit …"), with the sections' order as the tie-breaker.
An old edition's paragraph that runs one section on into the next is split at the
sentence where its topic changes.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from . import metadata
from .countries import NAME_WORD
from .errors import NotANarrativeError
from .headings import (
    SHOULD_LEAD_IN,
    heading_section,
    is_cut_heading,
    is_efforts_heading,
    is_heading_line,
    run_in_heading,
    undecorated,
)
from .ingest import Block, CleanText
from .model import (
    P_SECTIONS,
    FoundBy,
    Paragraph,
    Report,
    Section,
    SectionName,
    Sentence,
    Tier,
)
from .narrative import check_narrative
from .sentences import first_sentence, split_sentences
from .tiers import TIER_MENTION, TIER_PLACEMENT, is_tiered_title

log = logging.getLogger(__name__)

S = SectionName


@dataclass(frozen=True, slots=True)
class SectionBlock:
    """A section as segment found it: name, heading and its paragraph texts."""

    name: SectionName
    paragraphs: tuple[str, ...]
    heading: str | None = None
    found_by: FoundBy = FoundBy.HEADING
    source_lines: tuple[int | None, ...] = ()


def build_report(blocks: Sequence[SectionBlock], **metadata: object) -> Report:
    """Number paragraphs and sentences in document order and assemble a Report.

    ``metadata`` are the remaining :class:`Report` fields (country, year, tier …).
    Blocks with the same name are merged into one section (first position wins).
    """
    merged: dict[SectionName, list[SectionBlock]] = {}
    for block in blocks:
        merged.setdefault(block.name, []).append(block)
    sections: dict[SectionName, Section] = {}
    paragraph_index = 0
    sentence_index = 0
    texts: list[str] = []
    for name, parts in merged.items():
        paragraphs: list[Paragraph] = []
        for block in parts:
            lines = block.source_lines or (None,) * len(block.paragraphs)
            for text, line in zip(block.paragraphs, lines, strict=True):
                sentences = []
                for sentence_text in split_sentences(text):
                    sentences.append(Sentence(sentence_text, sentence_index, paragraph_index, name))
                    sentence_index += 1
                if not sentences:
                    continue
                paragraphs.append(Paragraph(paragraph_index, tuple(sentences), line))
                texts.append(text)
                paragraph_index += 1
        if paragraphs:
            first = parts[0]
            sections[name] = Section(name, tuple(paragraphs), first.heading, first.found_by)
    return Report(
        text="\n\n".join(texts),
        sections=MappingProxyType(sections),
        **metadata,  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------ headings

# A recommendations lead-in run into the text of its paragraph.
# The 2009 layout names it in the singular: "Recommendation for Georgia: Sustain …". A name
# may open with its article: "Recommendations for the Slovak Republic:", "… for the Kyrgyz
# Republic:".
_LIST_FOR = r" (?:for|FOR) (?:the |THE )?[A-Z][\w'’.,() -]{1,60}?"
_INLINE_RECOMMENDATIONS = re.compile(
    r"(?:^|(?<=[.!?] ))((?:PRIORITIZED |Prioritized )?(?:RECOMMENDATIONS|Recommendations)"
    rf"(?:(?:{_LIST_FOR})?:|(?= [A-Z]))"
    rf"|(?:RECOMMENDATION|Recommendation){_LIST_FOR}:"
    rf"|(?i:{SHOULD_LEAD_IN}):)\s*"
)
# What follows such a lead-in when it states rather than asks: a recommendation opens
# with its verb (or a phrase before it), never with an article or a pronoun.
_STATEMENT_OPENING = re.compile(r"(?:The|This|These|Its|It|A|An)\s")


# ------------------------------------------------------------ content cues

_EFFORT = r"(?:\w+[- ]){0,6}?"
# The minimum-standards finding that opens a summary ("The Government of Albania does not
# meet the minimum standards …").
_FINDING_OPENING = r"^The Government of .{2,80}? (?:does not|fully (?:meets|complies)|meets|is making)"
_SUMMARY_CUE = re.compile(
    rf"{_FINDING_OPENING}|minimum standards for the elimination of trafficking"
    # the 2001–2002 wording: "The government meets the minimum standards to combat …"
    r"|^The government (?:does not )?(?:fully )?(?:meets?|compl(?:y|ies) with) the minimum standards",
    re.I,
)
_CUES: tuple[tuple[SectionName, re.Pattern[str]], ...] = (
    (S.SUMMARY, _SUMMARY_CUE),
    (
        S.PROFILE,
        re.compile(
            r"^(?:As reported over the past \w+ years|As reported over the past year"
            r"|[A-Z][\w'’ .()-]{1,60}? is (?:\w+ ){0,3}?(?:a|an) (?:\w+, )*(?:\w+ )?(?:of )?(?:source|transit|destination|origin)\b"
            r"|(?:Human )?traffickers exploit)",
        ),
    ),
)
# The finding on the minimum standards, as narratives and the news that quote them state
# it ("… for the elimination of trafficking", "fully meets the minimum standards in …").
_STANDARDS = re.compile(
    r"minimum standards\W+(?:\w+\W+){0,2}?elimination"
    r"|\b(?:meets?|compl(?:y|ies) with)\s+(?:the\s+)?minimum\s+standards\b",
    re.I,
)
# The report as a news story speaks of it, from outside ("In its latest report … by the
# US State Department", "the 2022 Trafficking in Persons (TIP) Report launch"): a story
# that opens so sums the report up; no section of a narrative opens so.
_NEWS_OF_THE_REPORT = re.compile(
    r"State Department|Department of State|(?:TIP|Trafficking in Persons)(?: \(TIP\))? [Rr]eport\b"
)
_P_KEYWORDS: dict[SectionName, tuple[str, ...]] = {
    S.PROSECUTION: ("law enforcement", "prosecut", "investigat", "punish", "convict"),
    S.PROTECTION: (
        "protection",
        "protect",
        "assist",
        "identifying victims",
        "victim identification",
        "care for victims",
    ),
    S.PREVENTION: ("prevent", "awareness"),
}
# The subject that opens a P section: "The government", "The Honduran government",
# "The Government of X", or (older editions) the country itself, "While X made …".
_P_SUBJECT = re.compile(
    r"^(?:(?:While|Although|During [\w ]{1,40},) )?(?:The (?:[A-Z][\w'’-]+ )?[Gg]overnment\b"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:continued|made|demonstrated|increased|improved"
    r"|sustained|maintained|decreased|did|has|had|was|showed|undertook|took)\b)"
)


def _p_cue(first_sentence: str) -> SectionName | None:
    """Which P section a sentence opens, from its first words ("… prevention efforts")."""
    if not _P_SUBJECT.match(first_sentence):
        return None
    head = " ".join(first_sentence.split()[:14]).lower()
    positions = {
        name: min((i for i in (head.find(k) for k in keys) if i >= 0), default=-1)
        for name, keys in _P_KEYWORDS.items()
    }
    found = {name: pos for name, pos in positions.items() if pos >= 0}
    return min(found, key=lambda name: found[name]) if found else None


_IMPERATIVES = frozenset(
    """
    vigorously increase strengthen implement train allocate continue develop ensure adopt
    improve provide establish allow amend enforce expand investigate prosecute take lift
    screen conduct finalize institutionalize issue fund create designate pass enact approve
    proactively systematically consistently fully significantly dedicate reduce make cease
    end eliminate hold seek encourage formally draft update respect raise protect promote
    monitor support inform regulate hire sustain revise disburse harmonize criminalize
    collect prohibit complete apply offer extend publish coordinate share establish address
    vet convict sentence identify refer grant strictly effectively routinely adequately
    exempt empower resume repeal remove require institute launch maintain partner prevent
    prioritize recognize undertake assign build disseminate educate engage facilitate
    formalize ratify accede consider enhance modify negotiate reform reinstate clarify
    systematize authorize expedite introduce urgently cooperate collaborate distribute
    equip operationalize incorporate integrate standardize streamline utilize convene
    """.split()
)
_BULLET = re.compile(r"^(?:[-*•·▪◦‣]|\d{1,2}[.)])\s+")
_TOPIC_WORDS: dict[SectionName, tuple[str, ...]] = {
    S.PROSECUTION: (
        "investigat",
        "prosecut",
        "convict",
        "sentenc",
        "court",
        "judge",
        "criminal code",
        "defendant",
        "penalt",
    ),
    S.PROTECTION: (
        "victim",
        "shelter",
        "identif",
        "assistance",
        "referr",
        "services",
        "repatriat",
        "allowance",
    ),
    S.PREVENTION: (
        "awareness",
        "campaign",
        "action plan",
        "hotline",
        "prevent",
        "inspect",
        "coordinat",
        "demand",
    ),
    S.PROFILE: (
        "exploit",
        "source",
        "destination",
        "vulnerable",
        "traffickers",
        "subjected to",
        "migrants",
    ),
    S.SUMMARY: (
        "minimum standards",
        "tier",
        "significant efforts",
        "key areas",
        "however, the government",
    ),
}
# Sections in the order each era prints them; used to resolve ambiguous paragraphs.
_NEW_ERA = (S.SUMMARY, S.RECOMMENDATIONS, S.PROSECUTION, S.PROTECTION, S.PREVENTION, S.PROFILE)
_OLD_ERA = (S.PROFILE, S.SUMMARY, S.RECOMMENDATIONS, S.PROSECUTION, S.PROTECTION, S.PREVENTION)
# What follows the summary under headings of its own, in the report's order in every era
# that has them: the recommendations, then the P sections.
_AFTER_SUMMARY = (S.RECOMMENDATIONS, *P_SECTIONS)


def content_cue(paragraph: str) -> SectionName | None:
    """The section a paragraph's opening announces, or None when it announces none."""
    if _is_recommendation_item(paragraph) or _looks_like_recommendations(paragraph):
        return S.RECOMMENDATIONS
    first = first_sentence(paragraph)
    for name, pattern in _CUES:
        if pattern.search(first):
            return name
    if _starts_imperative(paragraph):
        return S.RECOMMENDATIONS
    return _p_cue(first)


def _is_recommendation_item(paragraph: str) -> bool:
    """A bulleted or numbered item that reads as a recommendation: it opens with its verb
    or says enough to be one (a site's "• Category" link is neither)."""
    bullet = _BULLET.match(paragraph)
    if bullet is None:
        return False
    item = paragraph[bullet.end() :]
    if _opens_imperative(item):
        return True
    label = _LABEL.match(item)
    if label is not None and not _opens_imperative(item[label.end() :]):
        return False  # "• Convictions fell: Total trafficking convictions dropped …"
    return len(item.split()) >= _ITEM_WORDS


_ITEM_WORDS = 4  # words of the shortest recommendation that does not open with its verb
# A label before an item's text ("Convictions fell: …", "Prosecution: Increase …"): a
# news story's bulleted finding has one; a recommendation, if any, before its verb.
_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: ")


def _looks_like_recommendations(paragraph: str) -> bool:
    if _first_word(paragraph) not in _IMPERATIVES:
        # "Respecting due process, vigorously investigate … • Authorize … • Strengthen …":
        # a list run into one paragraph, its items opening with their verb, most of them:
        # a list copied whole may have one that does not, first too ("Work with armed
        # groups … * Vigorously investigate … * Expand …") if it is one sentence, not the
        # prose a list follows. Items split at semicolons ("In partnership with civil
        # society, increase …; improve …; and vigorously prosecute …"), a sentence's
        # clauses as often, need the first to open with its verb.
        if any(bullet in paragraph for bullet in _INLINE_BULLET_CHARS):
            items = [item for item in _INLINE_BULLETS.split(paragraph) if item.strip()]
            first_ok = len(items) > 1 and len(split_sentences(items[0])) == 1
        elif paragraph.count(";") >= 2:
            items = [item.strip().removeprefix("and ") for item in paragraph.split(";")]
            first_ok = False
        else:
            return False  # nothing to split at: one item (most paragraphs)
        if len(items) < 2 or not (first_ok or _opens_imperative(items[0])):
            return False
        return 3 * sum(map(_opens_imperative, items)) >= 2 * len(items)
    return (
        bool(_INLINE_BULLETS.search(paragraph))
        or paragraph.count(";") >= 2
        or _imperative_sentences(paragraph) >= 2
    )


# A phrase set off by a comma before an item's verb ("Respecting due process, ").
_LEAD_IN = re.compile(r"[A-Z][^,.;:]{0,120},\s+")


def _opens_imperative(item: str) -> bool:
    """Whether a recommendation opens with its verb, maybe after a phrase set off by a
    comma ("Respecting due process, vigorously investigate …")."""
    text = item.strip()
    first, _, rest = text.partition(" ")
    if _first_word(first) in _IMPERATIVES:
        return True
    if first.endswith("ly") and _first_word(rest) in _IMPERATIVES:
        return True  # "Regularly convene …"
    lead = _LEAD_IN.match(text)
    return lead is not None and _first_word(text[lead.end() :]) in _IMPERATIVES


def _p_topic(paragraph: str) -> SectionName | None:
    """The P section a cue-less paragraph is about, when its vocabulary says so clearly."""
    lower = paragraph.lower()
    scores = {name: sum(lower.count(w) for w in _TOPIC_WORDS[name]) for name in P_SECTIONS}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= 2 else None


# Words of old editions' prevention parts that never say "prevent" or "awareness":
# regulating recruitment and migration, informing people who seek work abroad.
_PREVENTION_HINTS = (
    "educat",
    "licens",
    "recruitment agenc",
    "employment agenc",
    "migration",
    "work abroad",
    "working abroad",
    "jobs abroad",
)


def _prevention_hint(paragraph: str) -> bool:
    """Whether a cue-less paragraph that opens with the government (or the country) as
    subject is about prevention, by the weaker vocabulary of old editions."""
    if not _P_SUBJECT.match(paragraph):
        return False
    lower = paragraph.lower()
    hints = sum(lower.count(w) for w in (*_TOPIC_WORDS[S.PREVENTION], *_PREVENTION_HINTS))
    others = (
        sum(lower.count(w) for w in _TOPIC_WORDS[name]) for name in (S.PROSECUTION, S.PROTECTION)
    )
    return hints >= 2 and hints > max(others)


def _starts_imperative(text: str) -> bool:
    return _is_recommendation_item(text) or _first_word(text) in _IMPERATIVES


def _continues_list(text: str) -> bool:
    """Whether a paragraph read inside a recommendations list is one more of its items:
    it opens as :func:`_starts_imperative` asks, or with its verb after a phrase set off
    by a comma ("In coordination with civil society, update …", "With support from
    donors, expand …"), a form outside a list too rare to count on."""
    return _starts_imperative(text) or _opens_imperative(text)


# How a statement opens, as a list's item never does: an article or a pronoun, a
# preposition or a number ("In 2023, …", "During the reporting period, …"), or a subject
# before its finite verb ("Authorities investigated …", "Officials are …").
_STATEMENT_START = re.compile(
    r"(?:The|This|These|Those|That|Its|It|They|There|A|An|In|During|Since|Under|According"
    r"|As|While|Although|However|Despite|From|On|At|By|For|Of|With|\d)\b"
    r"|[\w'’-]+ (?:\w+ly )?(?:\w+ed|is|was|were|are|has|had|have|did|does|remains|continues)\b"
)
_ITEM_SENTENCES = 2  # sentences of a list's item, at most; a section's paragraph holds more


def _reads_as_item(text: str) -> bool:
    """Whether a paragraph under a recommendations heading reads as one more of its items
    though its verb is none :data:`_IMPERATIVES` knows ("Intensify efforts to
    investigate …", "Restructure the witness protection program …"): a sentence or two
    that open as no statement does, not a section's prose run on after the list."""
    return (
        _STATEMENT_START.match(text) is None
        and len(split_sentences(text)) <= _ITEM_SENTENCES
    )


def _cut_item(text: str) -> bool:
    """Whether the paragraph a text is cut off in, read inside a recommendations list,
    is its last item broken off ("Further decouple the provision of services … in the
    crimi"): it stops mid-sentence and opens as no statement does. Its verb may be one
    :data:`_IMPERATIVES` lacks; it stays in the list, as its cut-off last sentence."""
    return _cut_short(text) and not _STATEMENT_OPENING.match(text)


def _imperative_sentences(paragraph: str) -> int:
    return sum(1 for s in split_sentences(paragraph) if _first_word(s) in _IMPERATIVES)


def _first_word(text: str) -> str:
    """A text's first word in lower case, without a bullet before it or the comma after
    it ("Develop, implement, and fund …" opens with "develop")."""
    return text.split(" ", 1)[0].lower().strip("*-•,;:.")


def topic_guess(paragraph: str) -> SectionName | None:
    """The section whose vocabulary a paragraph uses most (for fragments without cues)."""
    lower = paragraph.lower()
    scores = {name: sum(lower.count(w) for w in words) for name, words in _TOPIC_WORDS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] > 0 else None


# ------------------------------------------------------------- segmentation

_PROSE_END = re.compile(r"""[.!?;:]["')\]]*$""")
# A country's name as running text writes it ("Cote d'Ivoire", "Bosnia and Herzegovina",
# "Guinea-Bissau", "St. Kitts and Nevis", "the Democratic Republic of the Congo (DRC)").
_NAME_IN_TEXT = (
    rf"{NAME_WORD}(?: (?:and|the|of|da|de|du|del|la|et|[a-z]['’][A-Z][\w-]*|{NAME_WORD})){{0,6}}"
    r"(?: \([A-Z][\w.]{1,8}\))?"  # "(DRC)", "(BiH)", "(U.A.E.)"
)
# How a narrative's first sentence opens ("Azerbaijan is a source …", "The Government of
# Azerbaijan …", "As reported over the past five years, …").
_OPENING = (
    rf"The Government of |The government |As reported over "
    rf"|{_NAME_IN_TEXT} (?:is|remains) (?:\w+ ){{0,2}}?(?:a|an) "  # "is classified as a Special Case"
)
_NARRATIVE_START = re.compile(rf"(?<=\s)(?={_OPENING})")
_OPENS = re.compile(_OPENING)


_TITLE_REACH = 300  # characters: a title glued before a narrative's first words ends within
# Words a title never ends with: a name after one of them runs on from the words before
# it ("The Hong Kong Special Administrative Region (HKSAR) of the People's Republic of
# China is …" is one sentence, not a title glued before "People's Republic …").
_RUNS_ON = re.compile(r"\b(?:a|an|the|of|and|or|in|on|to|for|from|by|with|at)\s+$")


def _narrative_start(text: str) -> re.Match[str] | None:
    """Where a narrative's first sentence opens in a paragraph that may have its title
    glued before it: never inside the title's tier ("GHANA: Tier 2 Watch List Ghana is
    …" opens at "Ghana", not at "Watch List Ghana"), nor after an article or a
    preposition: the words before such a name are the first sentence's own ("… (HKSAR) of
    the People's Republic of China is …"), and no title is glued before it."""
    tiers: list[tuple[int, int]] | None = None
    for start in _NARRATIVE_START.finditer(text):
        at = start.start()
        if _RUNS_ON.search(text, max(0, at - 8), at):
            return None
        if tiers is None:  # a title is short: its tier is in the text's first words
            tiers = [tier.span() for tier in TIER_MENTION.finditer(text, 0, _TITLE_REACH)]
        if not any(first <= at < end for first, end in tiers):
            return start
    return None


def opens_narrative(text: str) -> bool:
    """Whether ``text`` opens as a narrative's first sentence does."""
    return _OPENS.match(text) is not None


_TITLE_SIGNS = re.compile(r"\bTier\b|\bTIER\b|Report\b|\bTIP\b|Special Case|\(|\[", re.I)


def _is_sentence(text: str) -> bool:
    """A full sentence of running text (a dozen words or more, ending in a full stop),
    which a title glued before a narrative's first words never is."""
    return text.rstrip().endswith(".") and len(text.split()) >= 12


def _is_prose(text: str) -> bool:
    words = len(text.split())
    return (
        content_cue(text) is not None
        or words >= 20
        or (words >= 6 and bool(_PROSE_END.search(text)))
    )


def _may_hold_recommendations(text: str) -> bool:
    """False when :data:`_INLINE_RECOMMENDATIONS` cannot match (its fixed word is missing):
    a pattern that may start at any position is then not tried at every one."""
    return "Recommendation" in text or "RECOMMENDATION" in text or "should:" in text


def _split_inline_headings(blocks: Sequence[Block]) -> list[Block]:
    """Cut "Recommendations for X:" / "Prioritized Recommendations" out of running text,
    and a section's heading run into its paragraph ("Prosecution: The government …")."""
    result: list[Block] = []
    for block in blocks:
        run_in = None if block.heading else run_in_heading(block.text)
        if run_in is not None:
            result.append(Block(run_in[0], block.line, heading=True))
            block = Block(run_in[1], block.line)
        match = (
            _INLINE_RECOMMENDATIONS.search(block.text)
            if not block.heading and _may_hold_recommendations(block.text)
            else None
        )
        if match is None or is_heading_line(block.text):
            result.append(block)
            continue
        before, lead, after = (
            block.text[: match.start()].strip(),
            match.group(1),
            block.text[match.end() :].strip(),
        )
        if _STATEMENT_OPENING.match(after) or heading_section(lead) is None:
            # "Recommendations: The USG annually assesses …", "Governments should: …": prose
            result.append(block)
            continue
        if before:
            result.append(Block(before, block.line))
        result.append(Block(lead.strip(), block.line, heading=True))
        if after:
            result.append(Block(after, block.line))
    return result


# A sentence that can only open a P section: "The government maintained prosecution efforts",
# its verb one that rates the effort ("lacked sustained law enforcement efforts" rates none).
_VERDICT_SENTENCE = re.compile(
    r"^The (?:Government of [\w'’ .-]{2,60}?|government) (?:\w+ly )*(?:did not |has |had )?"
    r"(?:maintained|sustained|continued|increased|improved|decreased|reduced|weakened|"
    r"strengthened|made|make|demonstrated|demonstrate|showed|show|undertook|took) "
    r"(?:\w+ ){0,3}?(?:its )?"
    r"(?:anti-trafficking )?(?:law enforcement|prosecution|victim protection|protection|prevention)"
    r" efforts\b"
)


def _may_hold_verdict(text: str) -> bool:
    """False when no sentence of ``text`` can match :data:`_VERDICT_SENTENCE` (its fixed
    words are missing): such a paragraph need not be split into sentences here."""
    return "efforts" in text and ("The government " in text or "The Government of " in text)


def _split_at_verdicts(blocks: Sequence[Block]) -> list[Block]:
    """Start a new paragraph at a P section's verdict sentence run into the one before
    (a PDF extraction that lost its headings and paragraph breaks). A summary states
    the verdicts too, right after its finding ("… significant efforts to do so. The
    government maintained law enforcement efforts …"): a verdict sentence there is the
    summary's, up to the first recommendation run in after it."""
    return _split_before(blocks, _may_hold_verdict, _VERDICT_SENTENCE.match, _summarys_own)


def _summarys_own(sentences: Sequence[str]) -> list[bool]:
    """For each sentence of a paragraph, whether it follows the minimum-standards finding
    with no recommendation (an imperative sentence, "Recommendations for …") in between."""
    own, in_summary = [], False
    for sentence in sentences:
        if _SUMMARY_CUE.search(sentence):
            in_summary = True
        elif _starts_imperative(sentence) or sentence.startswith("Recommendation"):
            in_summary = False
        own.append(in_summary)
    return own


# The finding, as the summary's cue reads it but in its own case; a profile's opening
# ("Albania is a source …").
_FINDING = re.compile(_FINDING_OPENING)
_PROFILE_OPENING = dict(_CUES)[S.PROFILE]


def _split_at_finding(blocks: Sequence[Block]) -> list[Block]:
    """Start a new paragraph at the minimum-standards finding run into the profile before
    it (early editions: "Albania is a source … The Government of Albania does not meet
    the minimum standards …" in one paragraph), so the summary is read as the summary."""
    return _split_before(
        blocks,
        lambda text: "The Government of " in text and _PROFILE_OPENING.match(text) is not None,
        _FINDING.match,
    )


def _split_before(
    blocks: Sequence[Block],
    may_split: Callable[[str], bool],
    opens: Callable[[str], object],
    kept: Callable[[Sequence[str]], Sequence[bool]] | None = None,
) -> list[Block]:
    """Each paragraph that ``may_split`` (a cheap test of its text) cut before every
    sentence but its first that ``opens`` a paragraph of its own, unless ``kept`` (given
    the paragraph's sentences) keeps that sentence with the one before."""
    result: list[Block] = []
    for block in blocks:
        if block.heading or not may_split(block.text):
            result.append(block)
            continue
        sentences = split_sentences(block.text)
        cuts = [i for i, sentence in enumerate(sentences) if i > 0 and opens(sentence)]
        if cuts and kept is not None:  # asked only of a paragraph that may be cut
            held = kept(sentences)
            cuts = [i for i in cuts if not held[i]]
        if not cuts:
            result.append(block)
            continue
        for first, stop in zip([0, *cuts], [*cuts, len(sentences)], strict=True):
            result.append(Block(" ".join(sentences[first:stop]), block.line))
    return result


def _take_title(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """Separate leading title lines ("AZERBAIJAN (Tier 2)", a headline) from the narrative."""
    taken = _header_end(blocks) or _pointer_end(blocks)
    title = [undecorated(block.text) for block in blocks[:taken]]
    while taken < len(blocks):
        block = blocks[taken]
        if heading_section(block.text) is not None:
            break
        if (
            not _is_prose(block.text)
            or (block.heading and len(block.text) < 150)
            or _is_editors_note(block.text)
        ):
            title.append(undecorated(block.text))
            taken += 1
            continue
        start = _narrative_start(block.text)
        prefix = block.text[: start.start()] if start else ""
        if (
            start
            and start.start() < _TITLE_REACH
            and _TITLE_SIGNS.search(prefix)
            and not _is_sentence(prefix)
            and len(split_sentences(prefix.strip())) == 1
            and content_cue(prefix) is None
        ):
            title.append(undecorated(block.text[: start.start()].strip()))
            return title, [Block(block.text[start.start() :], block.line), *blocks[taken + 1 :]]
        chrome = _site_chrome(block.text)
        if chrome:
            title.append(chrome)
            rest = block.text[len(chrome) :].strip()
            return title, [*([Block(rest, block.line)] if rest else []), *blocks[taken + 1 :]]
        break
    return title, list(blocks[taken:])


def _site_chrome(text: str) -> str:
    """The page's chrome a paragraph opens with when its first sentence holds the page's
    title with its site's name ("15.01.2014 Views 2007 Trafficking in Persons Report -
    Center for Women Policy Studies … e-Paper software. servitude and …"): up to the
    sentence's last full stop before its end, where the narrative's text resumes (cut
    off at the page's start, in lower case); else ""."""
    first = split_sentences(text)[0] if text else ""
    if not metadata.names_site_title(first):
        return ""
    stop = first.rfind(". ", 0, len(first) - 1)
    return first[: stop + 1] if stop > 0 else first


def _is_editors_note(text: str) -> bool:
    """A paragraph wholly in square brackets under the title, as an editor adds one
    ("[*Please note: Kazakhstan was updated to Tier 2 per …]"): no words of the narrative."""
    return text.startswith("[") and text.endswith("]") and "]" not in text[:-1]


_HEADER_BLOCKS = 20  # a page's header before a country's title holds at most these
_TITLE_LENGTH = 80  # characters of a country's title line, at most


def _header_end(blocks: Sequence[Block]) -> int:
    """The blocks up to and with a country's title ("SOMALIA (Special Case)") that a
    page's header stands before — a news site's links and notes, "It is reproduced in
    full below." — when none of them is a narrative's prose; else 0."""
    for index, block in enumerate(blocks[:_HEADER_BLOCKS]):
        text = block.text
        if len(text) <= _TITLE_LENGTH and text[:1].isupper() and is_tiered_title(text):
            return index + 1
        # The narrative (or a section of it) comes first; a paragraph in lower case
        # before a title is the end of the narrative before it on the page.
        if heading_section(text) is not None or (
            "traffick" in text
            and _is_running_text(text)
            and not text[:1].islower()
            and not _ABOUT_THE_REPORT.match(text)
        ):
            return 0
    return 0


#: A page's line pointing to the report's text after it ("Read the report in full below:",
#: "See the full narrative here:").
_POINTER = re.compile(
    r"(?:Read|See|View|Find)\b[^.:]{0,40}?\b(?:report|narrative|text|section)\b"
    r"[^.:]{0,20}?(?:\b(?:below|here)\s*[:.]?|:)",
)
_POINTER_WORDS = 10  # words of such a line, at most


def _pointer_end(blocks: Sequence[Block]) -> int:
    """The blocks up to and with a line pointing to the report's text below it, when
    no block before it is the narrative's (a heading, the minimum-standards finding):
    the page's own introduction, not the narrative; else 0."""
    for index, block in enumerate(blocks[:_HEADER_BLOCKS]):
        text = block.text
        if heading_section(text) is not None or _SUMMARY_CUE.search(text):
            return 0
        if len(text.split()) <= _POINTER_WORDS and _POINTER.fullmatch(text):
            return index + 1 if index + 1 < len(blocks) else 0
    return 0


#: A paragraph whose subject is the report itself ("The Trafficking in Persons (TIP)
#: Report is the U.S. Government's principal diplomatic tool …", an embassy page's blurb
#: over the narrative): it says what the report is, as no narrative's paragraph does.
_ABOUT_THE_REPORT = re.compile(
    r"(?:The|This) (?:annual )?(?:(?:19|20)\d\d )?(?:Trafficking in Persons|TIP)(?: \(TIP\))? Report\b"
)


def _is_running_text(text: str) -> bool:
    """A narrative's paragraph, not a page's header line that names the report ("You are
    in: … > Trafficking in Persons Report 2008", "Released by the Office to Monitor and
    Combat Trafficking in Persons"): a full sentence, or many words that are no trail
    of links."""
    return _is_sentence(text) or (len(text.split()) >= 20 and " > " not in text)


def _is_caps_heading(text: str) -> bool:
    """A short line in capitals that ends no sentence ("GOVERNMENT EFFORTS"): a heading
    of the text's structure, though none of the sections tipdiff knows."""
    return text.isupper() and len(text.split()) <= 4 and not _PROSE_END.search(text)


def _assign_sections(blocks: Sequence[Block], *, titled: bool = False) -> list[SectionBlock]:
    """Give every paragraph a canonical section: headings first, content cues otherwise.
    ``titled``: the blocks follow a country's title ("SYRIA (Tier 3)"), so they open
    where a narrative opens."""
    sections: list[SectionBlock] = []
    current: SectionName | None = None
    by_heading = False
    heading_text: str | None = None
    order = _NEW_ERA
    efforts = False  # under a special case's "GOVERNMENT EFFORTS" heading
    efforts_heading: str | None = None  # that heading, until the first P section takes it
    seen: set[SectionName] = set()  # a set: looked up for every section switch
    paragraphs: list[tuple[str, int]] = []
    named_by_heading = [
        heading_section(b.text) if (b.heading or is_heading_line(b.text)) else None for b in blocks
    ]
    headed = {name for name in named_by_heading if name is not None}
    has_p_headings = not headed.isdisjoint(P_SECTIONS)
    # A special case's P sections stand under one heading, "GOVERNMENT EFFORTS".
    efforts_headed = not has_p_headings and any(is_efforts_heading(b.text) for b in blocks)
    if efforts_headed:
        headed.update(P_SECTIONS)  # each starts under that heading, not before it
    # The heading after each block: a recommendations list whose next heading is
    # PROSECUTION holds until that heading, whatever its items open with.
    next_heading: list[SectionName | None] = []
    following: SectionName | None = None
    for named in reversed(named_by_heading):
        next_heading.append(following)
        following = named if named is not None else following
    next_heading.reverse()

    def flush() -> None:
        nonlocal paragraphs
        if current is not None and paragraphs:
            sections.append(
                SectionBlock(
                    current,
                    tuple(p for p, _ in paragraphs),
                    heading_text,
                    FoundBy.HEADING if by_heading else FoundBy.CONTENT,
                    tuple(line for _, line in paragraphs),
                )
            )
        paragraphs = []

    def open_section(name: SectionName, heading: str | None = None) -> None:
        """Close the section being read and start one found from content (under
        ``heading``, a heading that names no section)."""
        nonlocal current, by_heading, heading_text
        flush()
        current, by_heading, heading_text = name, False, heading
        seen.add(name)

    last = len(blocks) - 1
    for index, (block, named, ahead) in enumerate(
        zip(blocks, named_by_heading, next_heading, strict=True)
    ):
        if named is not None:
            flush()
            current, by_heading, heading_text = named, True, undecorated(block.text)
            seen.add(named)
            efforts = False
            continue
        if efforts_headed and is_efforts_heading(block.text):
            efforts, efforts_heading = True, undecorated(block.text)
            continue
        if (block.heading and len(block.text.split()) <= 8) or _is_caps_heading(block.text):
            continue  # an unknown heading (a country name, a site's section title)
        if index == last and is_cut_heading(block.text):
            continue  # the heading the text is cut off in ("Prioritized Recomm")
        cue = content_cue(block.text)
        if efforts and cue is not S.PROFILE:
            section = _efforts_section(block.text, cue, current)
            if section is not current:
                open_section(section, efforts_heading)
                efforts_heading = None
            paragraphs.append((block.text, block.line))
            continue
        efforts = False
        if current is None and cue is None:
            # The narrative's first paragraph: the summary when it states the finding on
            # the minimum standards or the tier anywhere (a sentence may stand first).
            summary = (
                _STANDARDS.search(block.text)
                or TIER_PLACEMENT.search(block.text)
                or _NEWS_OF_THE_REPORT.search(block.text)
            )
            if summary:
                cue = S.SUMMARY
            elif titled:  # a narrative opens on the finding, or (old editions) the profile
                cue = S.PROFILE
            else:
                cue = topic_guess(block.text) or S.SUMMARY
        elif cue is None and current is S.SUMMARY and order is _OLD_ERA:
            # Old editions run the sections on after a one-paragraph summary; a section
            # with a heading of its own further on starts there.
            cue = _p_topic(block.text)
            if cue in headed or _heading_comes_first(cue, ahead):
                cue = None
            if (
                cue is None
                and S.PREVENTION not in headed
                and not _heading_comes_first(S.PREVENTION, ahead)
                and _prevention_hint(block.text)
            ):
                # The hint asks for a paragraph that opens like a P section, which is all
                # the opening test of _may_switch would check.
                open_section(S.PREVENTION)
        elif (
            cue is None
            and current is S.RECOMMENDATIONS
            and not _continues_list(block.text)
            and not (index == last and _cut_item(block.text))
            and not (by_heading and _reads_as_item(block.text))
            and len(block.text.split()) >= 4
        ):
            cue = topic_guess(block.text)
        # The paragraph right after a recommendations heading is the list's, however it
        # opens, and so is all of it up to a PROSECUTION heading.
        listed = current is S.RECOMMENDATIONS and by_heading
        if (
            cue is not None
            and cue is not current
            and not (listed and (not paragraphs or ahead is S.PROSECUTION))
            and not _same_list(block, blocks[index - 1] if index else None, paragraphs)
            and _may_switch(current, cue, by_heading, order, block.text, S.SUMMARY in seen)
        ):
            if (not seen and cue is S.PROFILE) or (S.PROFILE in seen and S.SUMMARY not in seen):
                order = _OLD_ERA
            open_section(cue)
        assert current is not None  # the first paragraph always opens a section
        if order is _OLD_ERA and not by_heading and not has_p_headings and not efforts_headed:
            parts = _run_on_parts(block.text, current)
        else:
            parts = [(current, block.text)]
        for name, text in parts:
            if name is not current:
                open_section(name)
            paragraphs.append((text, block.line))
    flush()
    return sections


def _same_list(block: Block, before: Block | None, paragraphs: Sequence[object]) -> bool:
    """Whether a paragraph is one more item of the markup's list (HTML ``<ul>``, ``<ol>``)
    the paragraph read just before it is an item of: a list's items stay in one section,
    whatever a later one speaks of ("Intensify efforts to investigate …" in a list of
    recommendations)."""
    return (
        bool(paragraphs)
        and before is not None
        and block.item_of is not None
        and block.item_of == before.item_of
    )


def _heading_comes_first(cue: SectionName | None, ahead: SectionName | None) -> bool:
    """Whether the P section a paragraph's vocabulary suggests comes, in the report's
    order, no earlier than the heading still ahead (the recommendations' or a P
    section's): then the paragraph belongs where it stands (a summary that speaks of
    victims before the "Prosecution" heading of a text cut before its "Protection"
    heading, or before the recommendations' heading of a text cut after the list)."""
    return (
        cue in P_SECTIONS
        and ahead in _AFTER_SUMMARY
        and _AFTER_SUMMARY.index(cue) >= _AFTER_SUMMARY.index(ahead)
    )


def _efforts_section(
    text: str, cue: SectionName | None, current: SectionName | None
) -> SectionName:
    """The P section of a paragraph under a special case's "GOVERNMENT EFFORTS": the
    sections follow in the report's order (the law, then prosecution), each paragraph in
    the one it opens or speaks of most, never going back to an earlier one."""
    topic = cue if cue in P_SECTIONS else _p_topic(text)
    if current not in P_SECTIONS:
        return topic or S.PROSECUTION
    if topic is not None and P_SECTIONS.index(topic) > P_SECTIONS.index(current):
        return topic
    return current


def _may_switch(
    current: SectionName | None,
    cue: SectionName,
    by_heading: bool,
    order: tuple[SectionName, ...],
    text: str,
    summary_seen: bool,
) -> bool:
    """Whether a content cue starts a new section here rather than continuing this one."""
    if current is None:
        return True
    if current is S.RECOMMENDATIONS:
        return not _continues_list(text)  # a list may end with no heading after it
    if by_heading:
        return False  # a heading holds until the next heading
    if cue is S.RECOMMENDATIONS:
        return current in (S.SUMMARY, S.PROFILE)
    if cue in P_SECTIONS and not _opens_p_section(text):
        return False
    if cue is S.SUMMARY and (current is S.PROFILE or (not summary_seen and _FINDING.match(text))):
        return True  # the finding opens the summary after whatever was read from content
    return order.index(cue) > order.index(current)


def _opens_p_section(text: str) -> bool:
    first = split_sentences(text)[0]
    return (
        "efforts" in first
        or "progress" in first
        or first.startswith("The Government of")
        or not first.startswith("The ")  # older editions open with the country as subject
        or len(first.split()) <= 12
    )


# ------------------------------------------------- run-on paragraphs (old era)

# The sections an old edition may run together in one paragraph, in its order.
_RUN_ON_ORDER = (S.SUMMARY, S.PROSECUTION, S.PROTECTION, S.PREVENTION)
_RUN_ON_RANK = {name: rank for rank, name in enumerate(_RUN_ON_ORDER)}
# Summaries name the P sections in passing, up to three sentences in a row about one;
# leaving a summary mid-paragraph takes one more.
_RUN = 4
# Every section speaks of victims: the word alone does not make a sentence about protection.
_SENTENCE_WORDS = {
    name: tuple(w for w in _TOPIC_WORDS[name] if w != "victim") for name in _RUN_ON_ORDER
}


def _sentence_topic(sentence: str, opened: SectionName | None) -> SectionName | None:
    """The section one sentence is about: ``opened``, the P section it opens (from
    :func:`_p_cue`), else the one whose vocabulary it uses most; None for a tie or none."""
    if opened is not None:
        return opened
    lower = sentence.lower()
    scores = {name: sum(lower.count(w) for w in words) for name, words in _SENTENCE_WORDS.items()}
    first, second = sorted(scores.values(), reverse=True)[:2]
    return max(scores, key=lambda name: scores[name]) if first > second else None


def _run_on_parts(paragraph: str, section: SectionName) -> list[tuple[SectionName, str]]:
    """Split an old-era paragraph that runs on from ``section`` into later sections.

    A new part starts at a sentence about a section later in :data:`_RUN_ON_ORDER` and
    ends before the next sentence about another section, which must start the next part
    (so no sentence of a new part is about another section, and none goes back to an
    earlier one). The first new part needs :data:`_RUN` sentences about its section; a
    part after it needs them too, or a first sentence that opens its section the way P
    sections open ("The government has no resources for victim protection …").
    Returns (section, text) parts in order; their texts joined by single spaces give
    the paragraph back.
    """
    if section not in _RUN_ON_RANK:
        return [(section, paragraph)]
    sentences = split_sentences(paragraph)
    count = len(sentences)
    opened = [_p_cue(s) for s in sentences]
    topics = [_sentence_topic(s, o) for s, o in zip(sentences, opened, strict=True)]
    ranks = [-1 if t is None else _RUN_ON_RANK[t] for t in topics]
    # For a part starting at sentence i: ends[i], where it ends; own[i], its sentences
    # about topics[i]; holds[i], whether it and the parts after it hold up when it is
    # not the paragraph's first change.
    ends, own, holds = [count] * count, [0] * count, [False] * count

    def next_part_holds(i: int) -> bool:
        end = ends[i]
        return end == count or (ranks[end] > ranks[i] and holds[end])

    following: int | None = None
    for i in reversed(range(count)):
        if topics[i] is None:
            continue
        if following is not None and topics[following] is topics[i]:
            ends[i], own[i] = ends[following], own[following] + 1
        else:
            ends[i], own[i] = count if following is None else following, 1
        following = i
        holds[i] = (own[i] >= _RUN or opened[i] is not None) and next_part_holds(i)
    start = next(
        (
            i
            for i in range(1, count)
            if ranks[i] > _RUN_ON_RANK[section] and own[i] >= _RUN and next_part_holds(i)
        ),
        count,
    )
    parts = [(section, " ".join(sentences[:start]))]
    while start < count and (topic := topics[start]) is not None:
        parts.append((topic, " ".join(sentences[start : ends[start]])))
        start = ends[start]
    return parts


_INLINE_BULLET_CHARS = "*•·▪"  # one of them is in every match of _INLINE_BULLETS
# a bullet after white space, or glued to the item before ("… abroad.• Forge …")
_INLINE_BULLETS = re.compile(rf"(?:^|\s|(?<=[.;])(?=[•▪]))[{re.escape(_INLINE_BULLET_CHARS)}]\s+")


def _recommendation_items(section: Section) -> tuple[str, ...]:
    """Split the recommendations section into items, whatever the separator.

    The list's own form decides: one item per line or bullet (every edition since 2017)
    keeps an item's semicolons ("identify victims …; provide protection …; and cease
    deportations" is one recommendation), while the old one-sentence list
    ("Recommendations for X: a; b; and c.") is split at them, where a part opens with a
    verb, not a clause of the item before ("…; is informed by …")."""
    paragraphs = [p.text for p in section.paragraphs]
    one_per_line = len(paragraphs) > 1
    items: list[str] = []
    for text in paragraphs:
        bullet = _BULLET.match(text)
        # a bulleted line may run on into the next items ("• Increase ….• Forge …")
        runs_on = bool(bullet) and text[0] in _INLINE_BULLET_CHARS and text[0] in text[1:]
        if bullet and not runs_on:
            items.append(text[bullet.end() :])
        elif _INLINE_BULLETS.search(text):
            items.extend(part for part in _INLINE_BULLETS.split(text) if part.strip())
        elif not one_per_line and text.count(";") >= 1 and _imperative_sentences(text) <= 1:
            items.extend(_semicolon_items(text))
        else:
            items.extend(split_sentences(text))
    return tuple(_tidy_item(item) for item in items if item.strip(" .;*"))


# A part after a semicolon that opens with a verb's "-s" form, "is" or "are" goes on
# with an item whose relative clause it continues ("a plan that clarifies …; stipulates
# …; is informed by …"): a recommendation opens with its verb's bare form.
_FINITE_VERB = r"(?:are|[a-z]*[^\Wsu]s)\b"  # "address", "focus" end in -ss, -us
_CLAUSE_OPENING = re.compile(rf"(?:and )?{_FINITE_VERB}")
_RELATIVE_CLAUSE = re.compile(rf"\b(?:that|which|who) (?:\w+ly )?{_FINITE_VERB}")


# A dash that opens the particulars of an item ("… comply with international labor
# standards or end them—specifically ensure participants receive fair wages …; retain
# passports …; and have freedom of movement"): the parts after it, up to a dash that
# closes them, are that item's, whatever their semicolons. ("—including …" or "—such as
# …" name a few things and end at the semicolon.)
_PARTICULARS = re.compile(
    r"(?:[—–]| - ) ?(?:specifically|namely|in particular|that is|i\.e\.)\W"
)
_DASH = re.compile(r"[—–]| - ")


def _opens_particulars(part: str) -> bool:
    """Whether ``part`` opens the particulars of its item and does not close them."""
    ends = [opened.end() for opened in _PARTICULARS.finditer(part)]
    return bool(ends) and _DASH.search(part, ends[-1]) is None


def _semicolon_items(text: str) -> list[str]:
    """The items of a one-sentence list ("Recommendations for X: a; b; and c.")."""
    items: list[str] = []
    particulars = False  # the item before a part opened particulars not yet closed
    for part in (p.strip() for p in text.split(";")):
        if items and (
            particulars
            or (_CLAUSE_OPENING.match(part) and _RELATIVE_CLAUSE.search(items[-1]))
        ):
            items[-1] = f"{items[-1]}; {part}"
            particulars = particulars and _DASH.search(part) is None
        elif part:
            items.append(part)
            particulars = _opens_particulars(part)
    return items  # a last part's "and " goes with _tidy_item, as every item's does


def _tidy_item(item: str) -> str:
    item = item.strip().rstrip(";").strip()
    if item.startswith("and "):
        item = item[4:]
    return item[:1].upper() + item[1:]


# ------------------------------------------------------------------ the stage

def segment(
    clean: CleanText, *, country: str | None = None, year: int | None = None, tier: Tier | None = None
) -> Report:
    """Split cleaned text into a :class:`Report` (the segment stage).

    Keyword overrides win over detection; their evidence says "given by the caller".
    """
    blocks = _split_at_finding(_split_at_verdicts(_split_inline_headings(clean.blocks)))
    title_lines, body_blocks = _take_title(blocks)
    sections = _assign_sections(body_blocks, titled=any(map(is_tiered_title, title_lines)))
    body = "\n\n".join(p for block in sections for p in block.paragraphs)
    if not body:
        raise NotANarrativeError(
            f"{clean.source} holds no paragraphs of running text, only short lines (a title, "
            "headings or list items); check that the right file was given"
        )
    headed = any(block.found_by is FoundBy.HEADING for block in sections)
    check_narrative(clean.source, [b.text for b in clean.blocks], title_lines, body, headed=headed)
    # A list's heading may be the one place a fragment names its country
    # ("RECOMMENDATIONS FOR KENYA:"); after the body, it moves no evidence's place.
    listed = [b.heading for b in sections if b.name is S.RECOMMENDATIONS and b.heading]
    found = metadata.detect(
        title_lines,
        clean.dropped,
        "\n\n".join([body, *listed]),
        country=country,
        year=year,
        tier=tier,
    )
    evidence: dict[str, str | None] = {
        "country": found.country.evidence,
        "year": found.year.evidence,
        "tier": found.tier.evidence,
    }
    confidence = {
        "country": found.country.confidence,
        "year": found.year.confidence,
        "tier": found.tier.confidence,
    }
    warnings = list(found.notes)
    report = build_report(
        sections,
        recommendations=(),
        country=found.country.value,
        year=found.year.value,
        tier=found.tier.value,
        evidence=MappingProxyType(evidence),
        confidence=MappingProxyType(confidence),
        title=" ".join(title_lines) or None,
        source=clean.source,
    )
    recommendations = report.sections.get(S.RECOMMENDATIONS)
    items = _recommendation_items(recommendations) if recommendations else ()
    last = report.last_sentence
    truncated = last is not None and _cut_short(last.text)
    if truncated and last is not None:
        warnings.append(
            f"the text ends mid-sentence ('…{' '.join(last.text.split()[-4:])}'): it may be cut "
            "short; its last sentence is kept but is no whole recommendation, its last words no figure"
        )
        if recommendations is not None and last in recommendations.sentences and items:
            items = items[:-1]  # the broken tail of the list, not a recommendation
    for name in S:
        if name not in report.sections:
            log.debug("%s: no %s section", clean.source, name)
    if report.country is None:
        named = metadata.unnamed_country("\n".join([*title_lines, body]))
        warnings.append(f"{named}; pass country= to set it")
    if report.year is None:
        warnings.append(metadata.NO_EDITION_YEAR)
    return dataclasses.replace(
        report, recommendations=items, warnings=tuple(warnings), truncated=truncated
    )


def _cut_short(sentence: str) -> bool:
    """A last sentence that stops mid-word or mid-sentence (an excerpt cut off)."""
    text = sentence.rstrip()
    return bool(text) and not _PROSE_END.search(text) and not is_heading_line(text)
