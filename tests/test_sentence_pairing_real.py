"""Which sentences of two real editions the section diff pairs (probe x B3): a sentence
split in two with its first half rewritten, and a sentence whose second half is kept."""

from __future__ import annotations

import tipdiff
from tipdiff.model import ChangeKind

_SLOVAKIA_2009 = (
    "SLOVAK REPUBLIC (TIER 2)\n\nThe Slovak Republic is a source, transit, and limited "
    "destination country for women and girls from Moldova, Ukraine, Bulgaria, the Baltics, "
    "the Balkans, and China trafficked to the Czech Republic, Germany, Austria for the "
    "purpose of commercial sexual exploitation. Roma children are trafficked to Austria, "
    "Italy, and Germany for the purpose of forced begging.\n"
)
_SLOVAKIA_2010 = (
    "SLOVAK REPUBLIC (Tier 2)\n\nThe Slovak Republic (or Slovakia) is a source, transit, "
    "and limited destination country for men, women and children subjected to trafficking "
    "in persons, specifically forced prostitution and forced labor. Victims generally "
    "originate from Slovakia, Moldova, Ukraine, Bulgaria, the Baltics, the Balkans, and "
    "China. Women and children in Slovakia are subjected to forced prostitution within the "
    "country and throughout Europe. Roma children are subjected to forced begging. The "
    "majority of identified victims in 2009 were Roma women and children from segregated "
    "Roma settlements located within rural areas in Slovakia.\n"
)
_SLOVAKIA_2011 = (
    "Slovak Republic (Tier 1)\n\nThe Slovak Republic (or Slovakia) is a source, transit, "
    "and destination country for men, women, and children subjected to sex trafficking and "
    "forced labor. The forced labor of Slovak men and women is exploited in the agricultural "
    "and construction sectors in Western Europe, primarily the United Kingdom. Slovak women "
    "are subjected to sex trafficking in the Netherlands, Germany, and other areas of Europe. "
    "Ukrainian and Romanian men and women were allegedly forced to work in the Slovak "
    "Republic. Victims are reportedly transported through the Slovak Republic from the "
    "former Soviet Union and forced into prostitution within the country and throughout "
    "Europe. Roma children, women, and men are subjected to forced begging in Switzerland "
    "and other countries in Western Europe. Roma individuals from socially segregated rural "
    "settlements were disproportionately vulnerable to human trafficking from the Slovak "
    "Republic, as they were under-employed, under-educated through segregated specialized "
    "schools, and subject to discrimination from law enforcement.\n"
)
_LATVIA_2017 = (
    "The government maintained weak law enforcement efforts. Sections 154-1 and 154-2 of "
    "its criminal law prohibit all forms of trafficking and prescribe a maximum penalty of "
    "up to 15 years imprisonment, which is sufficiently stringent and commensurate with "
    "those prescribed for other serious crimes, such as rape.\n"
)
_LATVIA_2019 = (
    "The government decreased law enforcement efforts. Sections 154-1 and 154-2 of Latvia's "
    "criminal code criminalized sex trafficking and labor trafficking and prescribed "
    "penalties of up to eight years' imprisonment for offenses involving adult victims. "
    "These penalties were sufficiently stringent and, with regard to sex trafficking, "
    "commensurate with those prescribed for other serious crimes, such as rape.\n"
)


def _pairings(old: str, new: str, old_name: str, new_name: str) -> dict[str, tuple[str, ...]]:
    """Each old sentence's opening words → the openings of the new sentences it pairs with
    (empty when removed)."""
    diff = tipdiff.compare(tipdiff.load(old, year=int(old_name)), tipdiff.load(new, year=int(new_name)))
    found: dict[str, tuple[str, ...]] = {}
    for change in diff.changes:
        if change.kind is ChangeKind.ADDED:
            continue
        for sentence in change.old:
            found[sentence.text[:30]] = tuple(s.text[:30] for s in change.new)
    return found


def test_a_split_sentence_keeps_its_rewritten_first_half() -> None:
    """An editor splits a sentence and rewrites its first half: that half brings new
    words of its own (it adds less than half of itself to what the pair shares), yet it
    is the old sentence's head, and the split-off half alone would leave it out."""
    latvia = _pairings(_LATVIA_2017, _LATVIA_2019, "2017", "2019")
    assert latvia["Sections 154-1 and 154-2 of it"] == (
        "Sections 154-1 and 154-2 of La",
        "These penalties were sufficien",
    )
    slovakia = _pairings(_SLOVAKIA_2009, _SLOVAKIA_2010, "2009", "2010")
    assert slovakia["The Slovak Republic is a sourc"][0] == "The Slovak Republic (or Slovak"


def test_a_sentence_whose_second_half_is_kept_pairs_in_place() -> None:
    """"… forced prostitution within the country and throughout Europe." keeps its second
    half in "Victims are … forced into prostitution within the country and throughout
    Europe."; "Roma children are subjected to forced begging." then pairs with the new
    sentence that holds all of it rather than being removed."""
    slovakia = _pairings(_SLOVAKIA_2010, _SLOVAKIA_2011, "2010", "2011")
    assert slovakia["Roma children are subjected to"] == ("Roma children, women, and men ",)
    assert slovakia["Women and children in Slovakia"] == ("Victims are reportedly transpo",)
