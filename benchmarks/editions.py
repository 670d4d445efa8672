"""Deterministic, realistic *whole editions* of the Trafficking in Persons Report, for tests.

A whole edition is what a splitter has to cut into country narratives:

- :func:`build_edition` with ``style="2024"``: the text ``pdftotext report.pdf`` gives for
  a 2017+ edition (two-column pages separated by form feeds, running heads, page numbers,
  words hyphenated across lines and pages, a front matter full of country names and tier
  words, closing tables);
- :func:`build_edition` with ``style="2009"``: the same for a 2001–2016 edition
  ("AZERBAIJAN (Tier 2 Watch List)" headings, one wide column, old-era bodies);
- :func:`build_html_page`: an older edition's multi-country web page
  ("Country Narratives -- Countries A through G").

Every narrative body is made of real text: the seeds (Azerbaijan) and the development
corpus (Moldova, Honduras), each source's body cleaned of its own title and site chrome,
unwrapped, and renamed to the target country with :func:`benchmarks.synth.swap_country`.
The corpus texts are 2,000-byte excerpts, so one narrative is assembled from several
sources of its era: an opening (summary and recommendations, or profile, summary and
recommendations) and the prosecution, protection, prevention (and, new era, trafficking
profile) sections, each from a source that has it.

The generator returns the document and its truth (:class:`TruthNarrative`: country,
printed heading, canonical tier, physical pages, body paragraphs). Pure text
manipulation driven by :class:`random.Random`: the same arguments always give
byte-identical output. Nothing here imports tipdiff.
"""

from __future__ import annotations

import html
import itertools
import json
import random
import re
import string
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from benchmarks.synth import Country, load_countries, perturb, swap_country

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"

TIERS = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3")
SPECIAL_CASE = "Special Case"
STYLES = ("2024", "2009", "html")

#: Countries whose printed name in the report differs from countries.tsv (caps form).
PRINTED_NAMES: dict[str, str] = {
    "North Korea": "KOREA, NORTH",
    "South Korea": "KOREA, SOUTH",
    "Democratic Republic of the Congo": "CONGO, DEMOCRATIC REPUBLIC OF THE",
    "Republic of the Congo": "CONGO, REPUBLIC OF THE",
    "The Gambia": "GAMBIA, THE",
    "The Bahamas": "BAHAMAS, THE",
    "Cote d'Ivoire": "CÔTE D'IVOIRE",
    "St. Vincent and the Grenadines": "SAINT VINCENT AND THE GRENADINES",
    "St. Kitts and Nevis": "SAINT KITTS AND NEVIS",
    "St. Lucia": "SAINT LUCIA",
    "Micronesia": "MICRONESIA, FEDERATED STATES OF",
    "Curacao": "CURAÇAO",
    "United States": "UNITED STATES OF AMERICA",
}

#: The names a splitter gets wrong most easily; every edition of ≥ 30 countries has ≥ 5.
TRICKY_COUNTRIES = (
    "North Korea",
    "South Korea",
    "Democratic Republic of the Congo",
    "Republic of the Congo",
    "The Gambia",
    "The Bahamas",
    "Cote d'Ivoire",
    "Guinea-Bissau",
    "St. Vincent and the Grenadines",
    "Turkey",
    "Bosnia and Herzegovina",
)

#: The countries printed as "SPECIAL CASES" (never among the tiered countries).
SPECIAL_CASE_COUNTRIES = ("Libya", "Somalia", "Yemen")

_RELEASE_DATES = {
    2001: "July 12", 2002: "June 5", 2003: "June 11", 2004: "June 14", 2005: "June 3",
    2006: "June 5", 2007: "June 12", 2008: "June 4", 2009: "June 16", 2010: "June 14",
    2011: "June 27", 2012: "June 19", 2013: "June 19", 2014: "June 20", 2015: "July 27",
    2016: "June 30", 2017: "June 27", 2018: "June 28", 2019: "June 20", 2020: "June 25",
    2021: "July 1", 2022: "July 19", 2023: "June 15", 2024: "June 24", 2025: "September 29",
}  # fmt: skip

_SECRETARIES = (
    (2004, "Colin L. Powell"),
    (2008, "Condoleezza Rice"),
    (2012, "Hillary Rodham Clinton"),
    (2016, "John F. Kerry"),
    (2017, "Rex W. Tillerson"),
    (2020, "Michael R. Pompeo"),
    (2024, "Antony J. Blinken"),
    (9999, "Marco Rubio"),
)

_REGIONS: dict[str, tuple[str, ...]] = {
    "AFRICA": (
        "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
        "Central African Republic", "Chad", "Comoros", "Cote d'Ivoire",
        "Democratic Republic of the Congo", "Djibouti", "Equatorial Guinea", "Eritrea",
        "Eswatini", "Ethiopia", "Gabon", "The Gambia", "Ghana", "Guinea", "Guinea-Bissau",
        "Kenya", "Lesotho", "Liberia", "Madagascar", "Malawi", "Mali", "Mauritania",
        "Mauritius", "Mozambique", "Namibia", "Niger", "Nigeria", "Republic of the Congo",
        "Rwanda", "Senegal", "Seychelles", "Sierra Leone", "Somalia", "South Africa",
        "South Sudan", "Sudan", "Tanzania", "Togo", "Uganda", "Zambia", "Zimbabwe",
    ),
    "EAST ASIA & PACIFIC": (
        "Australia", "Brunei", "Burma", "Cambodia", "China", "Fiji", "Hong Kong", "Indonesia",
        "Japan", "Kiribati", "Laos", "Macau", "Malaysia", "Marshall Islands", "Micronesia",
        "Mongolia", "New Zealand", "North Korea", "Palau", "Papua New Guinea", "Philippines",
        "Samoa", "Singapore", "Solomon Islands", "South Korea", "Taiwan", "Thailand",
        "Timor-Leste", "Tonga", "Tuvalu", "Vanuatu", "Vietnam",
    ),
    "EUROPE": (
        "Albania", "Armenia", "Austria", "Azerbaijan", "Belarus", "Belgium",
        "Bosnia and Herzegovina", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark",
        "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "Iceland",
        "Ireland", "Italy", "Kosovo", "Latvia", "Lithuania", "Luxembourg", "Malta", "Moldova",
        "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal",
        "Romania", "Russia", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden",
        "Switzerland", "Turkey", "Ukraine", "United Kingdom",
    ),
    "NEAR EAST": (
        "Algeria", "Bahrain", "Egypt", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon",
        "Libya", "Morocco", "Oman", "Qatar", "Saudi Arabia", "Syria", "Tunisia",
        "United Arab Emirates", "Yemen",
    ),
    "SOUTH & CENTRAL ASIA": (
        "Afghanistan", "Bangladesh", "Bhutan", "India", "Kazakhstan", "Kyrgyz Republic",
        "Maldives", "Nepal", "Pakistan", "Sri Lanka", "Tajikistan", "Turkmenistan",
        "Uzbekistan",
    ),
    "WESTERN HEMISPHERE": (
        "Antigua and Barbuda", "Argentina", "Aruba", "The Bahamas", "Barbados", "Belize",
        "Bolivia", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Cuba", "Curacao",
        "Dominica", "Dominican Republic", "Ecuador", "El Salvador", "Grenada", "Guatemala",
        "Guyana", "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama", "Paraguay",
        "Peru", "St. Kitts and Nevis", "St. Lucia", "St. Vincent and the Grenadines",
        "Sint Maarten", "Suriname", "Trinidad and Tobago", "United States", "Uruguay",
        "Venezuela",
    ),
}  # fmt: skip


# ------------------------------------------------------------------------ public types


@dataclass(frozen=True)
class TruthNarrative:
    """What a correct splitter finds for one narrative of a generated edition."""

    country: str  # the country's name exactly as in countries.tsv
    printed: str  # the heading line as printed, e.g. "KOREA, NORTH: TIER 3"
    tier: str  # "Tier 1" | "Tier 2" | "Tier 2 Watch List" | "Tier 3" | "Special Case"
    first_page: int | None  # physical page of the heading line (1 + form feeds before it)
    last_page: int | None  # physical page of the narrative's last body line
    paragraphs: tuple[str, ...]  # body paragraphs, unwrapped; section headings included


@dataclass(frozen=True)
class GeneratedEdition:
    text: str  # the whole document
    year: int
    style: str  # "2024" | "2009" | "html"
    narratives: tuple[TruthNarrative, ...]  # in report order
    notes: tuple[str, ...] = ()  # the footnotes at the foot of pages, without their numbers


_PUNCT = string.punctuation + "“”‘’–—•…«»·"


def words(text: str) -> list[str]:
    """The word tokens used for comparisons: split on whitespace, surrounding
    punctuation stripped, case kept; tokens of punctuation only are dropped."""
    return [w for w in (t.strip(_PUNCT) for t in text.split()) if w]


# ------------------------------------------------------------------------ source bodies

_SENT_END = re.compile(r"[.!?:][”\"’)]*$")
_CUT_POINT = re.compile(r"[.!?;][”\"’)]*(?=\s|$|[A-Z])")
_SECTION_HEADING = re.compile(
    r"^(?:PROSECUTION|PROTECTION|PREVENTION|Prosecution|Protection|Prevention"
    r"|TRAFFICKING PROFILE|Trafficking Profile|GOVERNMENT EFFORTS"
    r"|PRIORITIZED RECOMMENDATIONS:?|Prioritized Recommendations:?"
    r"|RECOMMENDATIONS FOR [A-Z][A-Za-z ,'.-]+:?)$"
)
_CHROME = re.compile(
    r"^(?:Last Updated|Last update|Publisher\b|Author\b|Publication Date|Cite as|Disclaimer"
    r"|Printer Friendly|Foto di|An official website|Official websites use|A \.gov website"
    r"|Secure \.gov|A lock \(|Document #|USDOS|Office To Monitor|Leave a review|Social$"
    r"|Follow us|News Line|\[ .* \]$)",
    re.IGNORECASE,
)
_SOURCE_NAMES = "MOLDOVA|Moldova|HONDURAS|Honduras|AZERBAIJAN|Azerbaijan"
_SOURCE_HEADING = re.compile(
    rf"^(?:REPUBLIC OF )?(?:{_SOURCE_NAMES})\b[^.]{{0,30}}?"
    r"(?:\((?:Tier|TIER) [^)]*\)|: ?(?:Tier|TIER) )"
    r"|^(?:Tier|TIER) [123](?: Watch List)?$"
)
_EXTRACTED = re.compile(
    r"\A.*?Extracted\s+in\s+part\s+from\s+the\s+U\.S\.\s+State\s+Dept\s+\d{4}\s+TIP\s+Report"
    r"(?:\s+-\s+\w+)?\s*",
    re.DOTALL,
)
_BULLET = re.compile(r"^(?:[•*»-])\s+")
_INLINE_BULLET = re.compile(r"(?<=[.;])\s+[•*]\s+")
_EFFORTS = re.compile(
    r"^The [Gg]overnment(?: of [A-Z][\w ]+?)? (?:\w+ ){0,2}?"
    r"(?:increased|decreased|maintained|improved|demonstrated|made)\b[^.]{0,30}?"
    r"\b(law enforcement|prosecution|protection|prevention) efforts"
)
_IMPERATIVES = frozenset(
    "Vigorously Increase Strengthen Amend Continue Proactively Develop Implement Ensure Train "
    "Adopt Establish Provide Improve Eliminate Allow Lift Exempt Enact Conduct Fund Expand "
    "Investigate Prosecute Seek Sentence Take Screen Formally Institute Finalize Allocate "
    "Consistently Dedicate Enforce Criminalize Issue Protect Coordinate Encourage Draft Pass "
    "Approve Raise Undertake Monitor Standardize Regulate Revise Hold Prohibit Educate Reduce "
    "Identify Refer Cease End Support Extend Partner Offer Create Designate Apply Make Grant "
    "Facilitate Promote Publish Respect Use Collect Bolster Sign Ratify Accede Include".split()
)
_SECTIONS = ("prosecution", "protection", "prevention", "profile")


def _is_heading(text: str) -> bool:
    return bool(_SECTION_HEADING.match(text))


def _is_recommendations_heading(text: str) -> bool:
    return _is_heading(text) and "recommendations" in text.casefold()


def _is_imperative(text: str) -> bool:
    return text.split(" ", 1)[0] in _IMPERATIVES


def _clean_lines(text: str) -> list[str]:
    """The source's body lines: its own title, country heading and chrome removed."""
    text = text.replace("\r", "").replace("\u00a0", " ")
    text = re.sub(r"\s*\|\s*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"(?<=[.!?])\s+(Prioritized Recommendations)\s+", r"\n\1\n", text)
    found = False
    if "Extracted" in text[:400]:
        stripped = _EXTRACTED.sub("", text, count=1)
        found = stripped != text
        text = stripped
    lines = [line.strip() for line in text.split("\n")]
    if not found:
        for index, line in enumerate(lines[:20]):
            if _SOURCE_HEADING.match(line):
                lines = lines[index + 1 :]
                found = True
                break
    lines = [line for line in lines if not _CHROME.match(line)]
    if not found:  # drop a leading title ("Prosecution of human trafficking in …")
        while lines and (
            not lines[0]
            or (
                len(lines[0]) < 100 and not _SENT_END.search(lines[0]) and not _is_heading(lines[0])
            )
        ):
            lines.pop(0)
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    """Unwrap hard-wrapped texts (join lines that don't end a sentence; blank lines are
    then not paragraph breaks), else one paragraph per line."""
    nonempty = [line for line in lines if line]
    short = [
        line
        for line in nonempty
        if len(line) < 130 and not _SENT_END.search(line) and not _is_heading(line)
    ]
    if len(nonempty) < 5 or len(short) < 0.3 * len(nonempty):
        return nonempty
    paragraphs: list[str] = []
    buffer = ""
    for line in nonempty:
        if _is_heading(line):
            if buffer:
                paragraphs.append(buffer)
                buffer = ""
            paragraphs.append(line)
            continue
        if not buffer:
            buffer = line
        elif re.search(r"[A-Za-z]-$", buffer):  # "anti-" / "trafficking": a real hyphen
            buffer += line
        else:
            buffer += " " + line
        if _SENT_END.search(line):
            paragraphs.append(buffer)
            buffer = ""
    if buffer:
        paragraphs.append(buffer)
    return paragraphs


def _trim(paragraph: str) -> str:
    """A paragraph cut at 2,000 bytes mid-sentence, cut back to its last sentence end."""
    if re.search(r"[.!?][”\"’)]*$", paragraph):
        return paragraph
    ends = list(_CUT_POINT.finditer(paragraph))
    if not ends:
        return ""
    cut = paragraph[: ends[-1].end()]
    return cut[:-1] + "." if cut.endswith(";") else cut


def _normalise(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for raw in paragraphs:
        if "the report said" in raw:  # a news outlet's commentary, not report text
            continue
        for piece in _INLINE_BULLET.split(raw):
            text = " ".join(_BULLET.sub("", piece).split())
            if not _is_heading(text):
                text = _trim(text)
            if text:
                out.append(text)
    while out and _is_heading(out[-1]):
        out.pop()
    return out


@dataclass(frozen=True)
class _Source:
    file: str
    country: str
    year: int
    paragraphs: tuple[tuple[str, str], ...]  # (section, text); section "opening" or _SECTIONS

    @property
    def era(self) -> str:
        return "new" if self.year >= 2017 else "old"

    def part(self, section: str) -> list[str]:
        return [t for s, t in self.paragraphs if s == section and not _is_heading(t)]

    @property
    def has_summary(self) -> bool:
        return any("minimum standards" in t for t in self.part("opening"))

    @property
    def recommendations(self) -> list[str]:
        opening = [t for s, t in self.paragraphs if s == "opening"]
        out: list[str] = []
        after_heading = False
        for text in opening:
            if _is_recommendations_heading(text):
                after_heading = True
            elif after_heading or _is_imperative(text) or text.startswith("Recommendations for"):
                out.append(text)
        return out


def _classify(
    paragraphs: list[str], sections_present: Sequence[str], kind: str
) -> list[tuple[str, str]]:
    first = sections_present[0] if sections_present else "opening"
    section = first if kind == "section-excerpt" and first in _SECTIONS else "opening"
    has_recs = "recommendations" in sections_present
    anchor = "recommendations" if has_recs else "summary"
    following = (
        list(sections_present[sections_present.index(anchor) + 1 :])
        if anchor in sections_present
        else []
    )
    seen_anchor = False
    out: list[tuple[str, str]] = []
    for text in paragraphs:
        lowered = text.casefold()
        if _is_heading(text):
            section = (
                "opening" if "recommendations" in lowered else lowered.replace("trafficking ", "")
            )
            out.append((section, text))
            continue
        match = _EFFORTS.match(text)
        if match:
            effort = match.group(1)
            section = "prosecution" if effort in ("law enforcement", "prosecution") else effort
        elif text.startswith("As reported over the past"):
            section = "profile"
        elif (
            section == "opening"
            and seen_anchor
            and not _is_imperative(text)
            and not text.startswith("Recommendations for")
            and following
            and following[0] in _SECTIONS
        ):
            section = following[0]
        if section == "opening":
            if has_recs:
                recommendation = _is_imperative(text) or text.startswith("Recommendations for")
            else:
                recommendation = "minimum standards" in text  # the summary is the anchor
            seen_anchor = seen_anchor or recommendation
        out.append((section, text))
    return out


@cache
def _sources() -> tuple[_Source, ...]:
    entries: list[tuple[Path, str, int, str, list[str]]] = []
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        sections = list(entry["sections"])
        single = len(sections) == 1 and sections[0] in _SECTIONS
        kind = "section-excerpt" if single else "opening-excerpt"
        entries.append(
            (SEEDS / entry["file"], entry["country"], int(entry["edition"]), kind, sections)
        )
    for entry in json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8")):
        entries.append(
            (
                CORPUS / entry["file"],
                entry["country"],
                int(entry["report_year"]),
                entry["kind"],
                list(entry["sections_present"]),
            )
        )
    sources = []
    for path, country, year, kind, sections in sorted(entries, key=lambda e: e[0].name):
        paragraphs = _normalise(_paragraphs(_clean_lines(path.read_text(encoding="utf-8"))))
        classified = _classify(paragraphs, sections, kind)
        sources.append(_Source(path.name, country, year, tuple(classified)))
    return tuple(sources)


@dataclass(frozen=True)
class _Pools:
    openings: tuple[_Source, ...]
    recommendations: tuple[_Source, ...]
    sections: dict[str, tuple[_Source, ...]] = field(default_factory=dict)


@cache
def _pools(era: str) -> _Pools:
    sources = [s for s in _sources() if s.era == era]
    openings = tuple(s for s in sources if s.has_summary)
    recommendations = tuple(s for s in openings if s.recommendations)
    sections = {name: tuple(s for s in sources if s.part(name)) for name in _SECTIONS}
    return _Pools(openings, recommendations, sections)


# ------------------------------------------------------------------------ narratives


def _display(country: Country, year: int) -> Country:
    """The country as the body names it (Türkiye from 2022)."""
    if country.name == "Turkey" and year >= 2022:
        return Country("Türkiye", country.adjectives)
    return country


def _swap(paragraphs: Sequence[str], source: _Source, target: Country) -> list[str]:
    text = "\n".join(paragraphs)
    if target.name != source.country:
        text = text.replace("the Republic of Moldova", "Moldova")
        text = text.replace("Republic of Moldova", "Moldova")
    text = swap_country(text, source.country, target)
    text = re.sub(r"\b([Tt]he) The ", r"\1 ", text)  # "the The Gambia"
    return text.split("\n")


_TIER_MENTION = re.compile(r"\bTier (?:2 Watch List|1|2|3)\b")
_STANDARD = re.compile(
    r"does not (?:yet )?fully (?:meet|comply with) (?:the )?minimum standards for the "
    r"elimination of trafficking(?:(?:[;,]? (?:however, it|but it|but|and it|and)|\. It) is "
    r"(?:not )?making significant efforts to do so)?"
)
_STANDARD_FOR = {
    "Tier 1": "fully meets the minimum standards for the elimination of trafficking",
    "Tier 3": "does not fully meet the minimum standards for the elimination of trafficking "
    "and is not making significant efforts to do so",
    "Tier 2": "does not fully meet the minimum standards for the elimination of trafficking "
    "but is making significant efforts to do so",
}
_STANDARD_FOR["Tier 2 Watch List"] = _STANDARD_FOR["Tier 2"]


def _retier(paragraphs: list[str], tier: str) -> list[str]:
    """Make the summary paragraph(s) say ``tier``."""
    out = []
    for text in paragraphs:
        if "minimum standards" in text and not _is_heading(text):
            if tier == SPECIAL_CASE:
                sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
                kept = [s for s in sentences if "Tier" not in s]
                text = " ".join(kept) if kept else text
            else:
                text = _STANDARD.sub(_STANDARD_FOR[tier], text, count=1)
                text = _TIER_MENTION.sub(tier, text)
        out.append(text)
    return out


_HEADINGS = {
    "new": {
        "recommendations": "PRIORITIZED RECOMMENDATIONS:",
        "prosecution": "PROSECUTION",
        "protection": "PROTECTION",
        "prevention": "PREVENTION",
        "profile": "TRAFFICKING PROFILE",
    },
    "old": {
        "prosecution": "Prosecution",
        "protection": "Protection",
        "prevention": "Prevention",
    },
}


_MIN_SECTION = 400
_P_PARTS = ("prosecution", "protection", "prevention")
_EFFORTS_HEADING = "GOVERNMENT EFFORTS"


def _pick(pool: Sequence[_Source], index: int, offset: int, avoid: str = "") -> _Source:
    choice = pool[(index + offset) % len(pool)]
    if choice.file == avoid and len(pool) > 1:
        choice = pool[(index + offset + 1) % len(pool)]
    return choice


def _body(
    era: str,
    target: Country,
    tier: str,
    index: int,
    offsets: Sequence[int],
    section_sources: int = 1,
    efforts_heading: bool = False,
) -> list[str]:
    """The body paragraphs of narrative ``index``: one opening and ``section_sources``
    sources per section (the first the opening source's own section where it has one),
    renamed to ``target``. ``efforts_heading``: the P sections stand under one heading,
    "GOVERNMENT EFFORTS", as a special case's did in 2016–2021, not under their own."""
    pools = _pools(era)
    headings = _HEADINGS[era]
    opening_source = _pick(pools.openings, index, offsets[0])
    opening_raw = [t for s, t in opening_source.paragraphs if s == "opening"]
    opening = _swap(opening_raw, opening_source, target)
    body: list[str] = []
    if era == "new":
        has_heading = any(_is_recommendations_heading(t) for t in opening)
        recs_start = None
        for i, text in enumerate(opening):
            if _is_recommendations_heading(text):
                body.append(headings["recommendations"])
            else:
                if not has_heading and recs_start is None and i and _is_imperative(text):
                    recs_start = i
                    body.append(headings["recommendations"])
                body.append(text)
        if not has_heading and recs_start is None:
            source = _pick(pools.recommendations, index, offsets[1], avoid=opening_source.file)
            body.append(headings["recommendations"])
            body.extend(_swap(source.recommendations, source, target))
    else:
        pending_lead = ""
        for text in opening:
            if _is_recommendations_heading(text):
                pending_lead = f"Recommendations for {target.name}: "
                continue
            if pending_lead or (_is_imperative(text) and body):
                text = (pending_lead or f"Recommendations for {target.name}: ") + text
                pending_lead = ""
            body.append(text)
    body = _retier(body, tier)
    efforts_pending = efforts_heading
    for number, section in enumerate(_SECTIONS, start=2):
        if section not in headings:
            continue
        source = opening_source
        part = source.part(section)
        if sum(map(len, part)) < _MIN_SECTION:  # none, or a one-sentence fragment
            pool = [
                s for s in pools.sections[section] if sum(map(len, s.part(section))) >= _MIN_SECTION
            ]
            pool = pool or list(pools.sections[section])
            if not pool:
                continue
            source = _pick(pool, index, offsets[number % len(offsets)])
            part = source.part(section)
        if not efforts_heading or section not in _P_PARTS:
            body.append(headings[section])
        elif efforts_pending:
            body.append(_EFFORTS_HEADING)
            efforts_pending = False
        body.extend(_swap(part, source, target))
        used = {source.file}
        for extra in range(1, section_sources):  # a longer section: another source's paragraphs
            more = [s for s in pools.sections[section] if s.file not in used and s.part(section)]
            if not more:
                break
            source = _pick(more, index, offsets[number % len(offsets)] + 7 * extra)
            used.add(source.file)
            body.extend(_swap(source.part(section), source, target))
    return [" ".join(text.split()) for text in body]


# ------------------------------------------------------------------------ countries


def _printed_name(country: Country, year: int, *, upper: bool = True) -> str:
    if country.name == "Turkey":
        name = "TÜRKIYE" if year >= 2022 else "TURKEY"
    else:
        name = PRINTED_NAMES.get(country.name, country.name.upper())
    if upper:
        return name
    return _mixed_case(name)


def _mixed_case(name: str) -> str:
    if re.fullmatch(r"[A-Z]+, THE", name):  # "GAMBIA, THE" → "Gambia, The"
        return name.split(",")[0].capitalize() + ", The"
    small = {"AND", "THE", "OF"}
    out = []
    for i, word in enumerate(name.split(" ")):
        if i and word.rstrip(",") in small:
            out.append(word.lower())
        elif word == "D'IVOIRE":
            out.append("d'Ivoire")
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def _sort_key(printed: str) -> str:
    folded = unicodedata.normalize("NFKD", printed)
    return "".join(c for c in folded if not unicodedata.combining(c)).upper()


def _tier_for(rng: random.Random, year: int) -> str:
    weights = (15, 50, 22 if year >= 2004 else 0, 13)
    return rng.choices(TIERS, weights=weights)[0]


def _choose(
    rng: random.Random, count: int, year: int, specials: int
) -> tuple[list[tuple[Country, str]], list[tuple[Country, str]]]:
    everyone = load_countries()
    by_name = {c.name: c for c in everyone}
    special_pool = [by_name[n] for n in SPECIAL_CASE_COUNTRIES]
    regular = [c for c in everyone if c.name not in SPECIAL_CASE_COUNTRIES]
    if not 1 <= count <= len(regular):
        raise ValueError(f"countries must be between 1 and {len(regular)}, not {count}")
    tricky = [by_name[n] for n in TRICKY_COUNTRIES]
    n_tricky = min(len(tricky), max(min(count, 5), count // 5))
    chosen = rng.sample(tricky, n_tricky)
    others = [c for c in regular if c.name not in TRICKY_COUNTRIES]
    chosen += rng.sample(others, count - n_tricky)
    tiered = [(c, _tier_for(rng, year)) for c in chosen]
    special = [(c, SPECIAL_CASE) for c in rng.sample(special_pool, specials)]
    return tiered, special


# ------------------------------------------------------------------------ page layout

_VOWELS = frozenset("aeiouyAEIOUY")
_DIGRAPHS = frozenset(("ch", "ck", "gh", "ph", "sh", "th", "wh", "qu", "ng", "ly", "ry"))
_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ance",
    "ence",
    "ity",
    "ities",
    "ally",
    "ative",
    "able",
)
#: Page numbers set off as some editions and reprints print them.
_DECORATED_NUMBERS = ("- {} -", "— {} —", "Page {}", "Page {} of 612")
#: Stands before a footnote's number in a paragraph until its line is laid on a page.
_NOTE_MARK = "\u2063"
_NOTE_NUMBER = re.compile(_NOTE_MARK + r"(\d+)")
#: What a narrative's footnotes say (the report's own notes are of these kinds).
_NOTES = (
    "The government reported data for the calendar year, which differs from the "
    "reporting period of this report.",
    "Figures in this section include cases initiated in previous reporting periods.",
    "See the Methodology section of this report for an explanation of the Tier 2 "
    "Watch List and the minimum standards.",
    "The exchange rate used is that of the date on which the government reported the "
    "funds.",
    "Statistics provided by the government could not be independently verified.",
)
_HYPHENABLE = re.compile(r"^([A-Za-z][a-z]{7,})([.,;:)]?)$")


@dataclass
class _Page:
    lines: list[str] = field(default_factory=list)
    section: str | None = None  # the odd-page running head outside the narratives
    start: str | None = None  # the first narrative starting on the page
    top: str | None = None  # the narrative the page's first line belongs to
    furniture: bool = True
    notes: list[str] = field(default_factory=list)  # footnotes, numbered, as printed


class _Layout:
    """Lines flowed into pages of ``rows`` body lines; running heads and page numbers
    are added by :meth:`render`, once every page knows its narratives."""

    def __init__(
        self,
        rng: random.Random,
        *,
        width: int,
        jitter: int,
        rows: int,
        hyphen_rate: float,
        blank_rate: float,
    ) -> None:
        self.rng = rng
        self.width = width
        self.jitter = jitter
        self.rows = rows
        self.hyphen_rate = hyphen_rate
        self.blank_rate = blank_rate
        self.pages: list[_Page] = [_Page(furniture=False)]
        self.owner_last_page: dict[int, int] = {}
        self.page_hyphens = 0  # hyphenations across a page break
        self.notes: list[str] = []  # every footnote's text, in order (number = place + 1)

    # -- pages
    @property
    def page(self) -> _Page:
        return self.pages[-1]

    @property
    def page_number(self) -> int:
        return len(self.pages)

    def room(self) -> int:
        return self.rows - len(self.page.lines)

    def new_page(self, section: str | None = None, *, furniture: bool = True) -> None:
        if not self.page.lines and self.page.start is None:
            self.page.section = section if section is not None else self.page.section
            self.page.furniture = furniture
            return
        carry = section if section is not None else self.page.section
        self.pages.append(_Page(section=carry, furniture=furniture))

    # -- lines
    def emit(self, line: str, owner: tuple[int, str] | None = None) -> None:
        if self.room() <= 0:
            self.new_page()
        if owner is not None:
            if not self.page.lines:
                self.page.top = owner[1]
            self.owner_last_page[owner[0]] = self.page_number
        if _NOTE_MARK in line:  # a footnote's marker: its note goes to this page's foot
            for number in _NOTE_NUMBER.findall(line):
                self.page.notes.append(f"{number} {self.notes[int(number) - 1]}")
            line = line.replace(_NOTE_MARK, "")
        self.page.lines.append(line)

    def footnote(self, paragraph: str, note: str) -> str | None:
        """``paragraph`` with a footnote marker glued to one of its sentences' stops
        ("victims.3", as pdftotext prints a superscript), the note kept for the foot of
        the page the marker falls on; None when no sentence ends inside the paragraph."""
        stops = [m.end() for m in re.finditer(r"(?<=[a-z])\.(?= [A-Z])", paragraph)]
        if not stops:
            return None
        self.notes.append(note)
        at = self.rng.choice(stops)
        return f"{paragraph[:at]}{_NOTE_MARK}{len(self.notes)}{paragraph[at:]}"

    def blank(self) -> None:
        if self.page.lines and self.page.lines[-1] and self.room() > 1:
            self.page.lines.append("")

    def maybe_blank(self) -> None:
        if self.rng.random() < self.blank_rate:
            self.blank()

    def heading(self, line: str, owner: tuple[int, str], *, need: int = 4) -> int:
        if self.room() < need:
            self.new_page()
        if self.page.start is None:
            self.page.start = owner[1]
        self.emit(line, owner)
        return self.page_number

    def _line_width(self) -> int:
        return self.width + self.rng.randint(-self.jitter, self.jitter)

    def _split(self, word: str, room: int) -> tuple[str, str] | None:
        if "-" in word:
            return None
        match = _HYPHENABLE.match(word)
        if not match:
            return None
        core, tail = match.groups()
        most = min(room - 1, len(core) - 3)
        lowered = core.lower()
        for k in range(most, 2, -1):  # "preven-tion", "traf-ficking", "govern-ment"
            before, after = lowered[k - 1], lowered[k]
            if lowered.startswith(_SUFFIXES, k) or (
                before not in _VOWELS and after not in _VOWELS and before + after not in _DIGRAPHS
            ):
                return core[:k], core[k:] + tail
        for k in range(most, 2, -1):  # "popu-lation"
            vowel_consonant_vowel = (
                lowered[k - 1] in _VOWELS
                and lowered[k] not in _VOWELS
                and lowered[k + 1] in _VOWELS
            )
            if len(core) - k >= 5 and vowel_consonant_vowel:
                return core[:k], core[k:] + tail
        return None

    def paragraph(
        self, text: str, owner: tuple[int, str] | None = None, *, hyphenate: bool = True
    ) -> None:
        tokens = text.split()
        line = ""
        limit = self._line_width()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not line:
                line = token
                i += 1
                continue
            if len(line) + 1 + len(token) <= limit:
                line += " " + token
                i += 1
                continue
            split = self._split(token, limit - len(line) - 1) if hyphenate else None
            last_on_page = self.room() == 1
            rate = 0.9 if last_on_page else self.hyphen_rate
            if split is not None and self.rng.random() < rate:
                self.emit(f"{line} {split[0]}-", owner)
                if last_on_page:
                    self.page_hyphens += 1
                tokens[i] = split[1]
                line = ""
            elif line.endswith("-") and " " in line:
                # never end a line with a word's own trailing hyphen ("sex- and")
                line, moved = line.rsplit(" ", 1)
                self.emit(line, owner)
                line = moved
            else:
                self.emit(line, owner)
                line = ""
            limit = self._line_width()
        if line:
            self.emit(line, owner)

    def raw_lines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.emit(line)

    # -- output
    def render(
        self,
        *,
        even_head: str,
        offset: int,
        number_on_head: float,
        side_by_side: bool = False,
        decorated: bool = False,
    ) -> str:
        out: list[str] = []
        # One way of printing page numbers per document: "97", or set off ("— 97 —").
        number_form = self.rng.choice(_DECORATED_NUMBERS) if decorated else "{}"
        bar = " | " if decorated else " "  # between a running head and its page number
        for physical, page in enumerate(self.pages, start=1):
            lines = list(page.lines)
            while lines and not lines[-1]:
                lines.pop()
            if side_by_side and len(lines) > self.rows // 2:
                lines = self._side_by_side(lines)
            for note in page.notes:  # set across the page, under both columns
                lines += textwrap.wrap(note, 2 * self.width if side_by_side else self.width)
            if page.furniture:
                number = physical - offset
                label = page.start or page.top or page.section or even_head
                on_head = self.rng.random() < number_on_head
                if number % 2 == 0:
                    head = f"{number}{bar}{even_head}" if on_head else even_head
                else:
                    head = f"{label}{bar}{number}" if on_head else label
                lines.insert(0, head)
                if not on_head:
                    lines.append(number_form.format(number))
            out.append("\n".join(lines) + "\n\f")
        return "".join(out)

    def _side_by_side(self, lines: Sequence[str]) -> list[str]:
        """A page's two columns (its first and second half of rows) side by side, as
        ``pdftotext -layout`` prints them: the right column starts at one place give or
        take a character, and a justified line may hold a doubled space."""
        half = self.rows // 2
        gutter = self.width + self.jitter + 4
        rows = []
        for row in itertools.zip_longest(lines[:half], lines[half:], fillvalue=""):
            left, right = (self._justified(part) for part in row)
            rows.append((left.ljust(gutter + self.rng.randint(0, 1)) + right).rstrip())
        return rows

    def _justified(self, line: str) -> str:
        spaces = [i for i, char in enumerate(line) if char == " "]
        if spaces and self.rng.random() < 0.3:
            at = self.rng.choice(spaces)
            return line[:at] + " " + line[at:]
        return line


# ------------------------------------------------------------------------ front matter

_LETTER = (
    "Human trafficking remains one of the most pressing challenges of our time. Traffickers "
    "exploit millions of people around the world, including in the United States, compelling "
    "them into labor or commercial sex through force, fraud, or coercion. This year's report "
    "reflects the collective efforts of governments, civil society, and survivors who shared "
    "their expertise and experiences with us.",
    "The {year} Trafficking in Persons Report assesses the efforts of {n} governments to meet "
    "the minimum standards for the elimination of trafficking in persons set out in the "
    "Trafficking Victims Protection Act. The report is the product of a year of engagement by "
    "our embassies and consulates, by the Office to Monitor and Combat Trafficking in Persons, "
    "and by our partners around the world.",
    "We remain committed to a survivor-informed approach. Survivors of human trafficking "
    "reviewed sections of this report and helped us understand how government policies affect "
    "victims in practice. Their insights make the report stronger, and their leadership makes "
    "our collective response more effective.",
    "I encourage every government to use this report as a tool to strengthen prosecution, "
    "protection, and prevention efforts, and to work with us to end this crime.",
)

_INTRODUCTION = (
    "Each year the Department of State reviews the anti-trafficking efforts of governments "
    "around the world. The {year} report covers government efforts undertaken from April 1, "
    "{before} through March 31, {prev}. Country narratives describe the scope and nature of "
    "trafficking in each country, as well as government efforts to prosecute traffickers, "
    "protect victims, and prevent the crime.",
    "The Trafficking Victims Protection Act of 2000, as amended, defines severe forms of "
    "trafficking in persons as sex trafficking in which a commercial sex act is induced by "
    "force, fraud, or coercion, or in which the person induced to perform such an act has not "
    "attained 18 years of age, and the recruitment, harboring, transportation, provision, or "
    "obtaining of a person for labor or services, through the use of force, fraud, or "
    "coercion for the purpose of subjection to involuntary servitude, peonage, debt bondage, "
    "or slavery.",
    "Governments that fully meet the minimum standards are placed on Tier 1. This does not "
    "mean that a country has no trafficking problem; rather, it means the government has "
    "acknowledged the existence of human trafficking, made efforts to address the problem, "
    "and met the minimum standards. Each year, governments need to demonstrate appreciable "
    "progress in combating trafficking to maintain a Tier 1 ranking.",
    "{A} and {B} were placed on {tier_ab} this year after their governments {verb_ab} their "
    "efforts to investigate trafficking crimes and to identify victims among migrant workers. "
    "{C}, by contrast, is placed on {tier_c}; its narrative explains why.",
    "In several countries, including {D} and {E}, traffickers increasingly used social media "
    "and messaging applications to recruit victims with fraudulent offers of employment "
    "abroad. Governments that invested in online monitoring and in cooperation with "
    "technology companies identified more victims than in previous years.",
    "Forced labor remains the most frequently reported form of trafficking worldwide. Workers "
    "in agriculture, construction, fishing, domestic service, and manufacturing are "
    "particularly vulnerable, especially when employers confiscate identity documents or "
    "charge recruitment fees that leave workers in debt. Governments can reduce these risks "
    "by enforcing labor laws, prohibiting recruitment fees, and ensuring that workers can "
    "change employers without penalty.",
    "Survivors consistently tell us that they need more than emergency shelter. Long-term "
    "assistance, including housing, employment, education, and legal services, allows "
    "survivors to rebuild their lives and reduces the risk of re-victimization. Too many "
    "governments still condition assistance on a victim's cooperation with law enforcement, "
    "a practice that discourages victims from coming forward.",
    "Official complicity continues to undermine anti-trafficking efforts in many countries. "
    "When officials accept bribes to ignore exploitation, falsify documents, or warn "
    "traffickers of impending raids, victims lose faith in the institutions meant to protect "
    "them. Holding complicit officials accountable is essential to meeting the minimum "
    "standards.",
    "The report also highlights promising practices. In {F}, labor inspectors conducted "
    "unannounced inspections in high-risk sectors and referred potential victims to "
    "services. In {A}, prosecutors worked with NGOs to ensure victims received psycho-social "
    "support throughout criminal proceedings, and courts ordered restitution in most "
    "convictions.",
    "Children remain at particular risk. Traffickers exploit children in forced begging, "
    "domestic servitude, commercial sex, and armed conflict, and children who are separated "
    "from their families, who live in institutions, or who are on the move are especially "
    "vulnerable. Governments should screen for indicators of trafficking among children "
    "apprehended for crimes and ensure that child victims are not penalized for unlawful acts "
    "traffickers compelled them to commit.",
)

_CASE_STUDIES = (
    "Maria, 17, left her village after a family friend offered her a job at a restaurant in "
    "the capital of {name}. When she arrived, the man took her phone and identity card and "
    "told her she owed him for transportation and housing. He forced her to engage in "
    "commercial sex in a bar frequented by tourists. After several months, police raided the "
    "bar and referred Maria to an NGO shelter, where she received medical care and "
    "counseling.",
    "Recruiters in {name} promised Ahmed and 20 other men well-paid jobs in construction "
    "abroad. Upon arrival, the employer confiscated their passports, housed them in crowded "
    "dormitories, and withheld their wages for months, claiming the men had to repay "
    "recruitment fees. When Ahmed complained, the employer threatened to report him to "
    "immigration authorities. A labor inspector later identified the men as trafficking "
    "victims.",
    "Traffickers in {name} lured children from rural areas with promises of education and "
    "forced them to beg on the streets of the capital. The children had to turn over all of "
    "their earnings each night and faced beatings if they failed to meet a daily quota.",
)

_METHODOLOGY = (
    "The Department of State prepared this report using information from U.S. embassies, "
    "government officials, nongovernmental and international organizations, published "
    "reports, news articles, academic studies, consultations with authorities and "
    "organizations in every region of the world, and information submitted to "
    "tipreport@state.gov. This email address provides a means by which organizations and "
    "individuals can share information with the Department of State throughout the year on "
    "government progress in addressing trafficking.",
    "U.S. diplomatic posts and domestic agencies reported on the trafficking situation and "
    "governmental action to fight trafficking based on thorough research that included "
    "meetings with a wide variety of government officials, local and international NGO "
    "representatives, officials of international organizations, journalists, academics, "
    "and survivors. U.S. missions overseas are dedicated to tracking and pressing for "
    "progress on trafficking issues year-round.",
    "The Department places each country in this report onto one of four tiers, as mandated "
    "by the TVPA. This placement is based not on the size of a country's problem but on the "
    "extent of government efforts to meet the TVPA's minimum standards for the elimination "
    "of human trafficking, which are generally consistent with the Palermo Protocol.",
    "While Tier 1 is the highest ranking, it does not mean that a country has no human "
    "trafficking problem or that it is doing enough to address the crime. Rather, a Tier 1 "
    "ranking indicates that a government has made efforts to address the problem that meet "
    "the TVPA's minimum standards. To maintain a Tier 1 ranking, governments need to "
    "demonstrate appreciable progress each year in combating trafficking.",
)

_TOPIC = (
    "TOPIC OF SPECIAL INTEREST",
    "Forced Labor in Global Supply Chains",
    "Goods produced with forced labor reach consumers in every country. Traffickers exploit "
    "workers at every stage of production, from the harvesting of raw materials to the "
    "manufacturing of finished goods, and the complexity of modern supply chains makes this "
    "exploitation difficult to detect. Workers recruited through networks of labor brokers "
    "may owe several intermediaries before they reach the worksite, and the debts they incur "
    "can bind them to an employer for years.",
    "Governments have a range of tools to address forced labor in supply chains. They can "
    "require companies to conduct due diligence on their suppliers and to publish the "
    "results, prohibit the import of goods made with forced labor, and use public "
    "procurement to reward responsible business conduct. Labor inspectorates with adequate "
    "funding and the authority to conduct unannounced inspections are essential to "
    "identifying forced labor where it occurs.",
    "Businesses, too, have a responsibility to prevent and remediate forced labor. Companies "
    "that map their supply chains, eliminate recruitment fees charged to workers, and "
    "establish grievance mechanisms that workers trust are better able to identify and "
    "address abuses. Collaboration among governments, businesses, workers' organizations, "
    "and civil society is necessary to make lasting progress.",
    "Survivors of forced labor often face barriers to justice. Many are migrants who lack "
    "legal status, speak a different language than the authorities, or fear retaliation "
    "against their families at home. Governments should ensure that victims can access "
    "remedies, including restitution and compensation, regardless of their immigration "
    "status, and should not penalize them for unlawful acts traffickers compelled them to "
    "commit.",
)

_THREE_PS = (
    "THE 3Ps: PROSECUTION, PROTECTION, AND PREVENTION",
    "The prosecution, protection, and prevention framework remains the foundation of "
    "government anti-trafficking efforts worldwide. Effective prosecution requires "
    "comprehensive laws that criminalize all forms of trafficking, law enforcement officials "
    "trained to recognize trafficking indicators, and judges who impose sentences "
    "commensurate with the severity of the crime.",
    "Protection begins with victim identification. Governments should proactively screen "
    "vulnerable populations, including migrants, refugees, children in institutions, and "
    "individuals in commercial sex, and refer identified victims to appropriate services. "
    "Victims should have access to shelter, medical and psychological care, legal "
    "assistance, and long-term reintegration support, regardless of whether they "
    "participate in criminal proceedings.",
    "Prevention efforts address the root causes of trafficking and the conditions that allow "
    "it to flourish. Awareness campaigns, regulation of labor recruitment, birth "
    "registration, and efforts to reduce the demand for commercial sex acts and for goods "
    "made with forced labor all contribute to preventing the crime before it occurs.",
)

_TIER_DEFINITIONS = (
    ("TIER 1", "Countries whose governments fully meet the Trafficking Victims Protection "
     "Act's (TVPA) minimum standards for the elimination of trafficking."),
    ("TIER 2", "Countries whose governments do not fully meet the TVPA's minimum standards but "
     "are making significant efforts to bring themselves into compliance with those standards."),
    ("TIER 2 WATCH LIST", "Countries whose governments do not fully meet the TVPA's minimum "
     "standards but are making significant efforts to bring themselves into compliance with "
     "those standards, and for which the estimated number of victims of severe forms of "
     "trafficking is very significant or is significantly increasing, or there is a failure "
     "to provide evidence of increasing efforts to combat severe forms of trafficking in "
     "persons from the previous year."),
    ("TIER 3", "Countries whose governments do not fully meet the minimum standards and are "
     "not making significant efforts to do so."),
)  # fmt: skip

_HOW_TO_READ = (
    "This page shows a sample country narrative. The prosecution, protection, and prevention "
    "sections of each country narrative describe how a government has or has not addressed "
    "the relevant TVPA minimum standards during the reporting period.",
    "The Government of Country X does not fully meet the minimum standards for the "
    "elimination of trafficking but is making significant efforts to do so.",
    "Increase efforts to investigate and prosecute trafficking crimes, and seek adequate "
    "penalties for convicted traffickers.",
    "The government maintained law enforcement efforts. The anti-trafficking law "
    "criminalized sex trafficking and labor trafficking and prescribed penalties of five to "
    "15 years' imprisonment.",
)

_GLOBAL_DATA_TEXT = (
    "The 2003 reauthorization of the TVPA added to the original law a new requirement that "
    "foreign governments provide the Department of State with data on trafficking "
    "investigations, prosecutions, convictions, and sentences in order to be considered in "
    "full compliance with the TVPA's minimum standards for the elimination of trafficking "
    "(Tier 1).",
    "The above statistics are estimates derived from data provided by foreign governments and "
    "other sources and reviewed by the Department of State. Aggregate data fluctuates from "
    "one year to the next due to the hidden nature of trafficking crimes, dynamic global "
    "events, shifts in government efforts, and a lack of uniformity in national reporting "
    "structures. The numbers in parentheses are those of labor trafficking prosecutions, "
    "convictions, and victims identified.",
)

_CONVENTIONS = (
    "ILO C. 29, FORCED LABOR",
    "ILO PROTOCOL OF 2014 TO THE FORCED LABOUR CONVENTION",
    "ILO C. 105, ABOLITION OF FORCED LABOR",
    "ILO C. 182, WORST FORMS OF CHILD LABOR",
    "UN TIP PROTOCOL",
    "UN CRC OPTIONAL PROTOCOL ON THE SALE OF CHILDREN, CHILD PROSTITUTION, AND CHILD PORNOGRAPHY",
)

_GLOSSARY = (
    "AU African Union",
    "CSO Civil Society Organization",
    "CTIP Combating Trafficking in Persons",
    "GRETA Group of Experts on Action against Trafficking in Human Beings",
    "ILO International Labor Organization",
    "INTERPOL International Criminal Police Organization",
    "IOM International Organization for Migration",
    "MOU Memorandum of Understanding",
    "NAP National Action Plan",
    "NGO Nongovernmental Organization",
    "NRM National Referral Mechanism",
    "OSCE Organization for Security and Cooperation in Europe",
    "SOP Standard Operating Procedure",
    "TIP Trafficking in Persons",
    "TVPA Trafficking Victims Protection Act",
    "UN United Nations",
    "UNHCR Office of the UN High Commissioner for Refugees",
    "UNICEF United Nations Children's Fund",
    "UNODC United Nations Office on Drugs and Crime",
)

_MAP_CODES = {"Tier 1": "1", "Tier 2": "2", "Tier 2 Watch List": "2WL", "Tier 3": "3"}


def _release(year: int) -> str:
    return f"{_RELEASE_DATES.get(year, 'June 20')}, {year}"


def _secretary(year: int) -> str:
    return next(name for last, name in _SECRETARIES if year <= last)


def _region(name: str) -> str:
    for region, members in _REGIONS.items():
        if name in members:
            return region
    return "WESTERN HEMISPHERE"


def _name_lines(rng: random.Random, names: Sequence[str]) -> list[str]:
    """Names one or several to a line, as pdftotext reads a multi-column list."""
    lines: list[str] = []
    i = 0
    while i < len(names):
        take = rng.choice((1, 1, 2, 3))
        separator = rng.choice((" ", "  "))
        lines.append(separator.join(names[i : i + take]))
        i += take
    return lines


def _law_enforcement_rows(rng: random.Random, year: int) -> list[str]:
    rows = []
    for row_year in range(year - 8, year):
        prosecutions = rng.randint(6_000, 19_000)
        convictions = rng.randint(3_000, 9_000)
        victims = rng.randint(40_000, 120_000)
        rows.append(
            f"{row_year} {prosecutions:,} ({rng.randint(200, 1500):,}) {convictions:,} "
            f"({rng.randint(100, 900):,}) {victims:,} ({rng.randint(5_000, 30_000):,}) "
            f"{rng.randint(2, 40)}"
        )
    return rows


@dataclass(frozen=True)
class _Entry:
    country: Country
    tier: str
    printed_name: str  # caps form ("KOREA, NORTH")
    heading: str


def _front_matter(
    layout: _Layout,
    rng: random.Random,
    year: int,
    style: str,
    entries: Sequence[_Entry],
    specials: Sequence[_Entry],
) -> None:
    modern = style == "2024"
    month = _RELEASE_DATES.get(year, "June 20").split()[0]
    # cover (page 1, no furniture)
    if modern:
        layout.raw_lines(["TRAFFICKING IN PERSONS REPORT", "", f"{month.upper()} {year}"])
    else:
        layout.raw_lines(["Trafficking in Persons Report", "", f"{month} {year}"])
    layout.new_page(furniture=False)
    # letter
    fields = {"year": year, "n": len(entries) + len(specials)}
    layout.raw_lines([_release(year), "", "Dear Reader:", ""])
    for text in _LETTER:
        layout.paragraph(text.format(**fields), hyphenate=False)
        layout.blank()
    layout.raw_lines(["Sincerely,", _secretary(year), "Secretary of State"])
    # introduction
    layout.new_page("INTRODUCTION")
    layout.raw_lines(["INTRODUCTION", ""])
    pool = list(entries)
    rng.shuffle(pool)
    by_tier: dict[str, list[_Entry]] = {}
    for entry in pool:
        by_tier.setdefault(entry.tier, []).append(entry)
    tier_ab = max(by_tier, key=lambda t: (len(by_tier[t]), t))
    pair = by_tier[tier_ab][:2] if len(by_tier[tier_ab]) >= 2 else pool[:2]
    rest = [e for e in pool if e not in pair] or pool

    def named(i: int) -> str:
        return rest[i % len(rest)].country.name

    fields.update(
        before=year - 2,
        prev=year - 1,
        A=pair[0].country.name,
        B=pair[-1].country.name,
        tier_ab=pair[0].tier,
        verb_ab="increased" if pair[0].tier in ("Tier 1", "Tier 2") else "did not increase",
        C=named(0),
        tier_c=rest[0].tier,
        D=named(1),
        E=named(2),
        F=named(3),
    )
    boxes = list(_CASE_STUDIES)
    for number, text in enumerate(_INTRODUCTION):
        layout.paragraph(text.format(**fields), hyphenate=modern)
        layout.maybe_blank()
        if number in (3, 6, 8) and boxes:  # a case-study box: a country's name alone
            entry = rest[(number + 4) % len(rest)]
            layout.blank()
            layout.emit(entry.country.name.upper())
            layout.paragraph(boxes.pop(0).format(name=entry.country.name), hyphenate=modern)
            layout.blank()
    layout.blank()
    layout.emit(_THREE_PS[0])
    for text in _THREE_PS[1:]:
        layout.paragraph(text, hyphenate=modern)
        layout.maybe_blank()
    if modern:
        layout.new_page(_TOPIC[0])
        layout.raw_lines([_TOPIC[0], _TOPIC[1], ""])
        for text in _TOPIC[2:]:
            layout.paragraph(text, hyphenate=modern)
            layout.maybe_blank()
    # methodology and tier definitions
    layout.new_page("METHODOLOGY")
    layout.raw_lines(["METHODOLOGY", ""])
    for text in _METHODOLOGY:
        layout.paragraph(text, hyphenate=modern)
        layout.maybe_blank()
    for title, text in _TIER_DEFINITIONS:
        if title == "TIER 2 WATCH LIST" and year < 2004:
            continue
        layout.emit(title)
        layout.paragraph(text, hyphenate=modern)
        layout.maybe_blank()
    if modern:
        layout.blank()
        layout.emit("HOW TO READ A COUNTRY NARRATIVE")
        layout.paragraph(_HOW_TO_READ[0])
        layout.emit("COUNTRY X: TIER 2")
        layout.paragraph(_HOW_TO_READ[1])
        layout.emit("PRIORITIZED RECOMMENDATIONS:")
        layout.paragraph(_HOW_TO_READ[2])
        layout.emit("PROSECUTION")
        layout.paragraph(_HOW_TO_READ[3])
    # tier placements
    layout.new_page("TIER PLACEMENTS")
    layout.raw_lines(["TIER PLACEMENTS", ""])
    for tier in (*TIERS, SPECIAL_CASE):
        group = sorted(
            (e for e in (*entries, *specials) if e.tier == tier),
            key=lambda e: _sort_key(e.printed_name),
        )
        if not group:
            continue
        layout.emit("SPECIAL CASES" if tier == SPECIAL_CASE else tier.upper())
        layout.raw_lines(_name_lines(rng, [e.printed_name for e in group]))
        layout.blank()
    # regional maps
    if modern:
        regions: dict[str, list[_Entry]] = {}
        for entry in (*entries, *specials):
            regions.setdefault(_region(entry.country.name), []).append(entry)
        for number, region in enumerate(sorted(regions)):
            if number % 2 == 0:
                layout.new_page(region)
            else:
                layout.blank()
            layout.emit(region)
            labels = [f"{e.printed_name} {_MAP_CODES.get(e.tier, 'SC')}" for e in regions[region]]
            rng.shuffle(labels)  # map labels come in the order of the map, not the alphabet
            layout.raw_lines(labels)
            layout.emit("TIER 1 TIER 2 TIER 2 WATCH LIST TIER 3")
            layout.emit(
                "YEAR PROSECUTIONS CONVICTIONS VICTIMS IDENTIFIED NEW OR AMENDED LEGISLATION"
            )
            layout.raw_lines(_law_enforcement_rows(rng, year)[-3:])
    # global law enforcement data
    if year >= 2008:
        layout.new_page("GLOBAL LAW ENFORCEMENT DATA")
        layout.raw_lines(["GLOBAL LAW ENFORCEMENT DATA", ""])
        layout.paragraph(_GLOBAL_DATA_TEXT[0], hyphenate=modern)
        layout.blank()
        layout.raw_lines(
            [
                "YEAR",
                "PROSECUTIONS",
                "CONVICTIONS",
                "VICTIMS IDENTIFIED",
                "NEW OR AMENDED",
                "LEGISLATION",
            ]
        )
        layout.raw_lines(_law_enforcement_rows(rng, year))
        layout.blank()
        layout.paragraph(_GLOBAL_DATA_TEXT[1], hyphenate=modern)
    # section title
    layout.new_page("COUNTRY NARRATIVES")
    layout.emit("COUNTRY NARRATIVES" if modern else "Country Narratives")
    layout.new_page()


def _closing_matter(
    layout: _Layout, rng: random.Random, year: int, entries: Sequence[_Entry]
) -> None:
    layout.new_page("RELEVANT INTERNATIONAL CONVENTIONS")
    layout.raw_lines(["RELEVANT INTERNATIONAL CONVENTIONS", ""])
    conventions = [c for c in _CONVENTIONS if year >= 2016 or "2014" not in c]
    layout.raw_lines(conventions)
    upper = rng.random() < 0.5
    for entry in sorted(entries, key=lambda e: _sort_key(e.printed_name)):
        marks = []
        for _ in conventions:
            draw = rng.random()
            if draw < 0.8:
                marks.append("X")
            elif draw < 0.88:
                marks.append(str(rng.randint(min(2000, year - 1), year - 1)))
        name = entry.printed_name if upper else _mixed_case(entry.printed_name)
        layout.emit(" ".join([name, *marks]))
    layout.blank()
    layout.emit("X = ratification, accession, or acceptance; year = signature without ratification")
    layout.new_page("GLOSSARY OF ACRONYMS")
    layout.raw_lines(["GLOSSARY OF ACRONYMS", ""])
    layout.raw_lines(_GLOSSARY)


# ------------------------------------------------------------------------ editions


def build_edition(
    year: int,
    *,
    style: str = "2024",
    countries: int = 30,
    seed: int = 0,
    revise: float = 0.0,
    heading_width: int | None = None,
    side_by_side: bool = False,
    footnotes: float = 0.0,
    decorated: bool = False,
    section_sources: int = 1,
) -> GeneratedEdition:
    """A whole edition of ``countries`` tiered narratives plus one or two special cases,
    as ``pdftotext`` gives it (``style`` "2024" or "2009"; "html" is
    :func:`build_html_page`).

    ``heading_width``: the characters a line of a country heading holds (headings are
    set in large type); a longer heading breaks over lines between words, as
    "SAINT VINCENT AND THE / GRENADINES: TIER 2". None: every heading fits on its line.

    ``side_by_side``: a "2024"-style edition as ``pdftotext -layout`` gives it, each
    page's two columns side by side.

    ``footnotes``: the share of narratives with a footnote, its marker glued to a
    sentence's stop ("victims.3") and its note at the foot of the page the marker is on.

    ``section_sources``: the sources each P section's paragraphs are drawn from (real
    narratives run to 20 KB and more; one source each gives about 12 KB).

    ``decorated``: running heads and page numbers set off by bars and dashes
    ("TRAFFICKING IN PERSONS REPORT | JUNE 2024", "97 | …", "— 97 —", "Page 97").

    ``revise`` > 0 makes consecutive editions of one seed: every year draws the same
    bodies, each paragraph then edited by :func:`benchmarks.synth.perturb` with that
    word rate (and a year's own sentence moves, drops and additions)."""
    if style == "html":
        return build_html_page(year, countries=countries, seed=seed)
    if style not in ("2024", "2009"):
        raise ValueError(f"unknown style {style!r}; choose from {STYLES}")
    rng = random.Random(f"tipdiff-editions:{style}:{year}:{countries}:{seed}")
    modern = style == "2024"
    if side_by_side and not modern:
        raise ValueError("side_by_side: only the 2024 style is set in two columns")
    era = "new" if modern else "old"
    upper_tiers = not modern or rng.random() < 0.75  # one heading style per edition
    body_rng = random.Random(f"tipdiff-editions:bodies:{style}:{countries}:{seed}") if revise else rng
    tiered, special = _choose(body_rng, countries, year, body_rng.choice((1, 2)))
    if revise:  # the same countries every year; a few move tier
        tiered = [(c, _tier_for(rng, year) if rng.random() < 0.15 else t) for c, t in tiered]

    def entry(country: Country, tier: str) -> _Entry:
        printed = _printed_name(country, year)
        if modern and tier == SPECIAL_CASE and 2016 <= year <= 2021:
            heading = f"SPECIAL CASE: {printed}"  # those editions put the tier first
        elif modern:
            words_ = tier.upper() if upper_tiers else tier
            heading = f"{printed}: {words_}"
        else:
            heading = f"{printed} ({tier})"
        return _Entry(country, tier, printed, heading)

    entries = sorted((entry(c, t) for c, t in tiered), key=lambda e: _sort_key(e.printed_name))
    specials = sorted((entry(c, t) for c, t in special), key=lambda e: _sort_key(e.printed_name))
    if modern:
        layout = _Layout(
            rng,
            width=rng.randint(49, 55),
            jitter=4,
            rows=2 * rng.randint(54, 62),
            hyphen_rate=0.3,
            blank_rate=0.45,
        )
    else:
        layout = _Layout(
            rng,
            width=rng.randint(74, 84),
            jitter=5,
            rows=rng.randint(50, 58),
            hyphen_rate=0.2,
            blank_rate=0.6,
        )
    _front_matter(layout, rng, year, style, entries, specials)
    offsets = [body_rng.randrange(1000) for _ in range(6)]
    truths: list[TruthNarrative] = []
    ordered = [*entries, *specials]
    for index, item in enumerate(ordered):
        if index == len(entries):
            layout.new_page("SPECIAL CASES")
            layout.emit("SPECIAL CASES" if modern else "Special Cases")
            layout.blank()
        elif index and rng.random() < 0.15:
            layout.new_page()
        elif index:
            layout.maybe_blank()
        # Revised editions draw a country's body by the country, not by its place in
        # this year's list (which moves when other countries come and go).
        draw = _COUNTRY_ORDER[item.country.name] if revise else index
        paragraphs = _body(
            era,
            _display(item.country, year),
            item.tier,
            draw,
            offsets,
            section_sources,
            efforts_heading=modern and item.tier == SPECIAL_CASE and 2016 <= year <= 2021,
        )
        if revise:
            paragraphs = [_revised(p, rng, revise) for p in paragraphs]
        owner = (index, item.printed_name)
        first, *rest = textwrap.wrap(item.heading, heading_width) if heading_width else [item.heading]
        first_page = layout.heading(first, owner)
        for line in rest:
            layout.emit(line, owner)
        if rng.random() < 0.3:
            layout.blank()
        noted = -1  # the paragraph given a footnote
        if footnotes and rng.random() < footnotes:
            prose = [n for n, p in enumerate(paragraphs) if not _is_heading(p) and len(p) > 300]
            noted = rng.choice(prose) if prose else -1
        for number, text in enumerate(paragraphs):
            if number:
                layout.maybe_blank()
            if _is_heading(text):
                if layout.room() < 3:
                    layout.new_page()
                layout.emit(text, owner)
            else:
                if number == noted:
                    text = layout.footnote(text, rng.choice(_NOTES)) or text
                layout.paragraph(text, owner)
        truths.append(
            TruthNarrative(
                country=item.country.name,
                printed=item.heading,
                tier=item.tier,
                first_page=first_page,
                last_page=layout.owner_last_page[index],
                paragraphs=tuple(paragraphs),
            )
        )
    _closing_matter(layout, rng, year, ordered)
    month = _RELEASE_DATES.get(year, "June 20").split()[0]
    even_head = "TRAFFICKING IN PERSONS REPORT"
    if modern:
        even_head += f"{' |' if decorated else ''} {month.upper()} {year}"
    text = layout.render(
        even_head=even_head,
        offset=rng.choice((0, 1, 2)),
        number_on_head=0.5,
        side_by_side=side_by_side,
        decorated=decorated,
    )
    return GeneratedEdition(
        text=text, year=year, style=style, narratives=tuple(truths), notes=tuple(layout.notes)
    )


_COUNTRY_ORDER = {country.name: number for number, country in enumerate(load_countries())}


def _revised(paragraph: str, rng: random.Random, rate: float) -> str:
    """A paragraph as a later edition words it (headings are kept as they are)."""
    if _is_heading(paragraph) or _is_recommendations_heading(paragraph):
        return paragraph
    # perturb() leaves a text's first two lines (a title) alone: give it two empty ones
    drops, additions = int(rng.random() < 0.1), int(rng.random() < 0.1)
    text = perturb("\n\n" + paragraph, rng, word_rate=rate, moves=0, drops=drops, additions=additions)
    return text.split("\n", 2)[2]


# ------------------------------------------------------------------------ web page

_STYLE = """
body { font-family: "Source Sans Pro", Helvetica, Arial, sans-serif; color: #1b1b1b; }
.usa-banner { background: #f0f0f0; font-size: .8rem; }
.skip-link { position: absolute; left: -999em; }
nav ul { list-style: none; } nav li { display: inline-block; margin-right: 1em; }
.report__content p { line-height: 1.5; } .back-to-top { font-size: .9rem; }
"""

_NAV = (
    ("/", "Home"),
    ("/countries-areas/", "Countries &amp; Areas"),
    ("/policy-issues/", "Policy Issues"),
    ("/bureaus-offices/", "Bureaus &amp; Offices"),
    ("/about/", "About"),
    ("/j/tip/", "Office to Monitor and Combat Trafficking in Persons"),
    ("/j/tip/rls/tiprpt/", "Trafficking in Persons Report"),
)

_FOOTER_LINKS = (
    "White House", "USA.gov", "Office of the Inspector General", "Archives", "Contact Us",
    "FOIA", "Privacy Policy", "Accessibility Statement", "Copyright Information",
)  # fmt: skip


def _anchor(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _sort_key(name).casefold()).strip("-")


def _letter_range(letters: str) -> tuple[str, str]:
    match = re.fullmatch(r"\s*([A-Za-z])\s+(?:through|to|-)\s+([A-Za-z])\s*", letters)
    if not match:
        raise ValueError(f"letters must read like 'A through G', not {letters!r}")
    return match.group(1).upper(), match.group(2).upper()


def _wrap_source(text: str, rng: random.Random) -> str:
    """Hard-wrap a paragraph's HTML source now and then (browsers don't care)."""
    if rng.random() < 0.6:
        return text
    width = rng.randint(70, 100)
    out: list[str] = []
    line = ""
    for token in text.split(" "):
        if line and len(line) + 1 + len(token) > width:
            out.append(line)
            line = token
        else:
            line = f"{line} {token}" if line else token
    out.append(line)
    return "\n".join(out)


def build_html_page(
    year: int, *, countries: int = 12, seed: int = 0, letters: str = "A through G"
) -> GeneratedEdition:
    """A state.gov-style page "Country Narratives -- Countries A through G" of ``year``:
    site chrome, a title, a table of contents naming every country (without tiers), and
    per country a heading, its body paragraphs and a "Back to Top" link."""
    rng = random.Random(f"tipdiff-editions:html:{year}:{countries}:{seed}:{letters}")
    first, last = _letter_range(letters)
    era = "new" if year >= 2017 else "old"
    everyone = load_countries()
    in_range = [
        c
        for c in everyone
        if first <= _sort_key(_printed_name(c, year))[0] <= last
        and c.name not in SPECIAL_CASE_COUNTRIES
    ]
    if not 1 <= countries <= len(in_range):
        raise ValueError(
            f"countries must be between 1 and {len(in_range)} for {letters}, not {countries}"
        )
    tricky = [c for c in in_range if c.name in TRICKY_COUNTRIES]
    chosen = rng.sample(tricky, min(len(tricky), countries, 3))
    chosen += rng.sample([c for c in in_range if c not in chosen], countries - len(chosen))
    chosen.sort(key=lambda c: _sort_key(_printed_name(c, year)))
    span = f"Countries {first} through {last}"
    title = f"{year} Trafficking in Persons Report: Country Narratives -- {span}"
    offsets = [rng.randrange(1000) for _ in range(6)]
    page_data = {"section": "tip-report", "year": year, "countries": [c.name for c in chosen]}
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>Country Narratives -- {span}</title>",
        f"<style>{_STYLE}</style>",
        "<script>",
        "window.dataLayer = window.dataLayer || [];",
        "function gtag(){dataLayer.push(arguments);}",
        f"var pageData = {json.dumps(page_data)};",
        "</script>",
        "</head>",
        '<body id="top">',
        '<a class="skip-link" href="#main">Skip to main content</a>',
        '<section class="usa-banner"><p>An official website of the United States Government'
        "</p><button>Here's how you know</button></section>",
        '<header><nav aria-label="Primary"><ul>',
    ]
    out += [f'<li><a href="{href}">{label}</a></li>' for href, label in _NAV]
    out += [
        "</ul></nav></header>",
        '<main id="main" class="report__content">',
        f"<h1>{html.escape(title, quote=False)}</h1>",
        '<p class="byline">Released by the Office to Monitor and Combat Trafficking in Persons</p>',
        f'<p class="date">{_release(year)}</p>',
        '<div class="toc"><ul>',
    ]
    mixed_names = {c.name: _mixed_case(_printed_name(c, year)) for c in chosen}
    for country in chosen:
        name = html.escape(mixed_names[country.name], quote=False)
        out.append(f'<li><a href="#{_anchor(country.name)}">{name}</a></li>')
    out.append("</ul></div>")
    truths: list[TruthNarrative] = []
    for index, country in enumerate(chosen):
        tier = _tier_for(rng, year)
        caps = rng.random() < 0.4
        name = _printed_name(country, year) if caps else mixed_names[country.name]
        printed = f"{name} ({tier})"
        paragraphs = _body(era, _display(country, year), tier, index, offsets)
        out.append(f'<a id="{_anchor(country.name)}"></a>')
        if caps:
            out.append(f"<p><strong>{html.escape(printed, quote=False)}</strong></p>")
        else:
            out.append(f"<h3>{html.escape(printed, quote=False)}</h3>")
        for text in paragraphs:
            escaped = html.escape(text, quote=False)
            if _is_heading(text):
                out.append(f"<p><b>{escaped}</b></p>")
            else:
                out.append(f"<p>{_wrap_source(escaped, rng)}</p>")
        out.append('<p class="back-to-top"><a href="#top">Back to Top</a></p>')
        truths.append(
            TruthNarrative(
                country=country.name,
                printed=printed,
                tier=tier,
                first_page=None,
                last_page=None,
                paragraphs=tuple(paragraphs),
            )
        )
    out += [
        "</main>",
        '<footer><div class="share"><p>Share this page</p><ul>',
        '<li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li>'
        '<li><a href="#">Email</a></li>',
        "</ul></div><ul>",
    ]
    out += [f'<li><a href="#">{label}</a></li>' for label in _FOOTER_LINKS]
    out += [
        "</ul></footer>",
        '<script src="/js/site.min.js"></script>',
        "<script>document.querySelectorAll('.back-to-top a').forEach(function (a) {"
        " a.addEventListener('click', function () { window.scrollTo(0, 0); }); });</script>",
        "</body>",
        "</html>",
    ]
    return GeneratedEdition(
        text="\n".join(out) + "\n", year=year, style="html", narratives=tuple(truths)
    )
