"""Country names: the one place where two spellings of a country are found to be one.

The report renames countries between editions (Turkey → Türkiye, Swaziland → Eswatini),
prints some names inverted ("KOREA, NORTH", "CONGO, DEMOCRATIC REPUBLIC OF THE",
"GAMBIA, THE"), and manifests and file names write them in any case and spacing.
:func:`country_name` maps every such form to one name (the one the report uses today,
as listed in ``data/countries.tsv``); :func:`country_slug` gives the file-name form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

#: Other names a country has gone by in the report or elsewhere → the name shown.
#: Folded forms are compared (case, accents, punctuation and "Saint"/"St." do not count),
#: so "KOREA, NORTH", "Korea North" and "korea,north" are one key.
ALIASES: dict[str, str] = {
    "Turkey": "Türkiye",
    "Turkiye": "Türkiye",
    "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia",
    "The Former Yugoslav Republic of Macedonia": "North Macedonia",
    "Macedonia, The Former Yugoslav Republic of": "North Macedonia",
    "Macedonia, Former Yugoslav Republic of": "North Macedonia",
    "Republic of North Macedonia": "North Macedonia",
    "FYROM": "North Macedonia",
    "Czech Republic": "Czechia",
    "Cape Verde": "Cabo Verde",
    "Myanmar": "Burma",
    "Korea, North": "North Korea",
    "Democratic People's Republic of Korea": "North Korea",
    "DPRK": "North Korea",
    "Korea, South": "South Korea",
    "Republic of Korea": "South Korea",
    "Korea": "South Korea",
    "Congo, Democratic Republic of the": "Democratic Republic of the Congo",
    "Congo (Kinshasa)": "Democratic Republic of the Congo",
    "DRC": "Democratic Republic of the Congo",
    "Congo, Republic of the": "Republic of the Congo",
    "Congo (Brazzaville)": "Republic of the Congo",
    "China (Hong Kong)": "Hong Kong",
    "China (Macau)": "Macau",
    "Macao": "Macau",
    "Gambia, The": "The Gambia",
    "Gambia": "The Gambia",
    "Bahamas, The": "The Bahamas",
    "Bahamas": "The Bahamas",
    "Cote d'Ivoire": "Côte d'Ivoire",
    "Ivory Coast": "Côte d'Ivoire",
    "East Timor": "Timor-Leste",
    "Kyrgyzstan": "Kyrgyz Republic",
    "Micronesia, Federated States of": "Micronesia",
    "Federated States of Micronesia": "Micronesia",
    "Curaçao": "Curacao",
    "St. Maarten": "Sint Maarten",
    "Republic of Moldova": "Moldova",
    "Moldova, Republic of": "Moldova",
    "Holy See": "Vatican City",
    "Brunei Darussalam": "Brunei",
    "Lao PDR": "Laos",
    "Timor Leste": "Timor-Leste",
    "United States of America": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "Slovak Republic": "Slovakia",
    "Russian Federation": "Russia",
    "Viet Nam": "Vietnam",
    "Syrian Arab Republic": "Syria",
    "Lao People's Democratic Republic": "Laos",
    "Islamic Republic of Iran": "Iran",
    "Iran, Islamic Republic of": "Iran",
    "United Republic of Tanzania": "Tanzania",
    "Tanzania, United Republic of": "Tanzania",
    "People's Republic of China": "China",
    "China, People's Republic of": "China",
    "China (PRC)": "China",
    "PRC": "China",
    "Korea, Democratic People's Republic of": "North Korea",
    "Korea, Republic of": "South Korea",
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
    "Sao Tome and Principe": "São Tomé and Príncipe",
    "Bosnia-Herzegovina": "Bosnia and Herzegovina",  # the early editions' spelling
    "Republic of China": "Taiwan",  # not China by the formal-name rule (below)
}

#: Countries and territories earlier editions covered that no longer exist as such: names
#: their headings print ("Serbia and Montenegro (Tier 2)", 2003–2006), not in the table
#: of today's countries.
FORMER_COUNTRIES: dict[str, str] = {
    "Serbia and Montenegro": "Serbia and Montenegro",
    "Serbia-Montenegro": "Serbia and Montenegro",
    "Netherlands Antilles": "Netherlands Antilles",
    "Yugoslavia": "Yugoslavia",
    "Federal Republic of Yugoslavia": "Yugoslavia",
}

#: One word of a name as text writes it ("Guinea-Bissau", "D'Ivoire", "St.", "U.A.E."), a
#: regex fragment: a full stop ends a word only in an abbreviation, so a name never runs
#: on past the end of a sentence ("… of the Department of State. Kenya is …").
NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]?\.|[A-Z][\w'’-]*(?:\.[\w'’-]+)*)"

#: Small words a title-cased name keeps in lower case ("Bosnia and Herzegovina").
_SMALL_WORDS = frozenset({"and", "of", "the", "da", "de", "du", "del", "la", "et"})


_NOT_LETTERS_OR_DIGITS = re.compile(r"[^a-z0-9]+")
_SAINT = re.compile(r"\bsaint\b")


def fold(name: str) -> str:
    """The comparison key of a name: no accents, case, punctuation or extra spaces."""
    if name.isascii():  # most names, and every line tested for one: no accents to drop
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _NOT_LETTERS_OR_DIGITS.sub(" ", text).strip()
    if "saint" in text:
        text = _SAINT.sub("st", text)
    # "The Gambia", "Gambia, The" and "Gambia" are one name
    return text.removeprefix("the ").removesuffix(" the")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded name or alias → the name shown."""
    table = (files("tipdiff") / "data" / "countries.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for row in table.splitlines():
        if row and not row.startswith("#"):
            name = row.partition("\t")[0].strip()
            names[fold(name)] = name
    for alias, name in (*ALIASES.items(), *FORMER_COUNTRIES.items()):
        names[fold(alias)] = name
    # A name an alias points at is shown as the alias table writes it ("Côte d'Ivoire",
    # where the table has "Cote d'Ivoire").
    for name in ALIASES.values():
        names[fold(name)] = name
    return names


@lru_cache(maxsize=1)
def _own_words() -> dict[str, frozenset[str]]:
    """Name shown → the lower-case words of the country's names and adjectives."""
    table = (files("tipdiff") / "data" / "countries.tsv").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    for row in table.splitlines():
        if row and not row.startswith("#"):
            name, _, aliases = row.partition("\t")
            spelled = " ".join([name, *aliases.split(",")]).lower().replace("-", " ")
            words[country_name(name.strip())] = frozenset(spelled.split()) - _SMALL_WORDS
    return words


@lru_cache(maxsize=256)
def own_words(country: str) -> frozenset[str]:
    """The words a text names a country's people and things by, in lower case: those of
    its names and adjectives ("Sri Lanka" → sri, lanka, lankan; "Netherlands" → dutch)."""
    return _own_words().get(country_name(country), frozenset())


#: A state's formal name around its short one ("the Republic of the Marshall Islands",
#: "the Kingdom of Cambodia", "the Federal Democratic Republic of Ethiopia"): up to three
#: qualifiers, the kind of state, "of".
_FORMAL_NAME = re.compile(
    r"(?:[a-z]+ ){0,3}?(?:republic|kingdom|sultanate|principality|grand duchy|commonwealth"
    r"|federation|state|emirate|union) of (?:the )?(?P<short>.+)"
)


def known_country(name: str) -> str | None:
    """The name shown for ``name`` when it is a country or territory the report covers
    (under any of its names, its formal one included), else None."""
    folded = fold(name)
    known = _names().get(folded)
    if known is None and (formal := _FORMAL_NAME.fullmatch(folded)) is not None:
        known = _names().get(formal["short"])
    return known


def one_letter_apart(name: str, other: str) -> bool:
    """Whether two names of five letters or more differ by one letter, dropped, added,
    changed or swapped with the next (case, accents and punctuation aside): a misprint
    ("MOTENEGRO" for "Montenegro")."""
    a, b = fold(name), fold(other)
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    swapped = a[start : start + 2] == b[start : start + 2][::-1]
    return (
        a[start + 1 :] == b[start + 1 :]  # one letter changed
        or a[start:] == b[start + 1 :]  # one added
        or a[start + 1 :] == b[start:]  # one dropped
        or (swapped and a[start + 2 :] == b[start + 2 :])
    )


def first_known(names: Iterable[str]) -> str | None:
    """The name shown for the first of ``names`` that is a known country, or None."""
    return next((known for known in map(known_country, names) if known is not None), None)


def country_name(name: str) -> str:
    """The one name shown for a country written any way: known names and aliases map
    to today's name ("KOREA, NORTH" → "North Korea", "Turkey" → "Türkiye"); any other
    name is tidied (spaces, and title case when it was written in capitals)."""
    tidy = " ".join(name.split()).strip(" .,:;-")
    return known_country(tidy) or (title_case(tidy) if tidy.isupper() else tidy)


def title_case(name: str) -> str:
    """A name printed in capitals as it is written in running text ("CÔTE D'IVOIRE" →
    "Côte d'Ivoire", "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina")."""
    words = []
    for index, word in enumerate(name.lower().split()):
        if index and word.strip("()") in _SMALL_WORDS:
            words.append(word)
            continue
        parts = re.split(r"([-'’(])", word)
        if len(parts) > 2 and len(parts[0]) == 1 and parts[1] in "'’":  # d'Ivoire
            words.append(parts[0] + parts[1] + "".join(parts[2:]).capitalize())
        elif len(parts) == 3 and parts[1] in "'’" and parts[2] == "s":  # People's
            words.append(parts[0].capitalize() + parts[1] + parts[2])
        else:
            words.append("".join(p.capitalize() for p in parts))
    return " ".join(words)


def country_slug(name: str) -> str:
    """The file-name form of a country's name ("Côte d'Ivoire" → "cote-d-ivoire")."""
    return fold(country_name(name)).replace(" ", "-") or "country"
