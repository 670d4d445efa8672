"""Amounts of money: the currency vocabulary (symbols and the names of some ninety
currencies) and the reading of one amount as written first — "210,161 manat ($123,620)",
"$5,000", "1.5 million euros" — into a :class:`Mention` with its dollar conversion.
"""

from __future__ import annotations

import re

from ..folding import ascii_words, lower_folded
from .numbers import WORD_NUMBER, Mention, parse_number

_CURRENCY_WORDS = {
    "manat": "manat", "lei": "lei", "leu": "lei", "lempira": "lempira",
    "lempiras": "lempira", "euro": "EUR", "euros": "EUR", "dollar": "dollars",
    "dollars": "dollars", "ruble": "ruble", "rubles": "ruble", "rouble": "ruble",
    "roubles": "ruble", "hryvnia": "hryvnia", "hryvnias": "hryvnia", "tenge": "tenge",
    "som": "som", "soms": "som", "somoni": "somoni", "lari": "lari", "dram": "dram",
    "drams": "dram", "dinar": "dinar", "dinars": "dinar", "dirham": "dirham",
    "dirhams": "dirham", "riyal": "riyal", "riyals": "riyal", "rial": "rial",
    "rials": "rial", "peso": "peso", "pesos": "peso", "rupee": "rupee", "rupees": "rupee",
    "rupiah": "rupiah", "ringgit": "ringgit", "baht": "baht", "riel": "riel",
    "riels": "riel", "dong": "dong", "kyat": "kyat", "kyats": "kyat", "taka": "taka",
    "naira": "naira", "cedi": "cedi", "cedis": "cedi", "shilling": "shilling",
    "shillings": "shilling", "rand": "rand", "kwacha": "kwacha", "franc": "franc",
    "francs": "franc", "birr": "birr", "yuan": "yuan", "renminbi": "yuan", "yen": "yen",
    "quetzal": "quetzal", "quetzales": "quetzal", "quetzals": "quetzal",
    "colon": "colon", "colones": "colon", "cordoba": "cordoba", "cordobas": "cordoba",
    "córdobas": "cordoba", "boliviano": "boliviano", "bolivianos": "boliviano",
    "guarani": "guarani", "guaranies": "guarani", "lek": "lek", "leke": "lek",
    "denar": "denar", "denars": "denar", "kuna": "kuna", "forint": "forint",
    "forints": "forint", "zloty": "zloty", "zlotys": "zloty", "lev": "lev", "leva": "lev",
    "tugrik": "tugrik", "tugriks": "tugrik", "afghani": "afghani", "afghanis": "afghani",
    "kwanza": "kwanza", "kwanzas": "kwanza", "ariary": "ariary", "gourde": "gourde",
    "gourdes": "gourde", "pula": "pula", "leone": "leone", "leones": "leone",
    "dalasi": "dalasi", "dalasis": "dalasi", "rufiyaa": "rufiyaa", "nakfa": "nakfa",
    "ouguiya": "ouguiya", "ouguiyas": "ouguiya", "pounds": "pound",
}  # fmt: skip
_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
_AMOUNT = r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY_WORD = "|".join(sorted(map(re.escape, _CURRENCY_WORDS), key=len, reverse=True))
#: A currency sign or code written before an amount ("$", "US$", "EUR ", "£").
CURRENCY_SYMBOL = r"(?:US\$|USD\s?|\$|€|EUR\s?|£)"
_SCALE_WORD = r"\s+(?:thousand|million|billion)"


def _dollars_in_brackets(prefix: str) -> str:
    """" ($123,620)" after an amount: groups ``{prefix}usd`` and ``{prefix}usd_scale``."""
    return (
        rf"\s*\(\s*(?:approximately\s+|about\s+|roughly\s+|~\s*)?(?:US\$|\$|USD\s?)\s?"
        rf"(?P<{prefix}usd>{_AMOUNT})(?P<{prefix}usd_scale>{_SCALE_WORD})?\s*\)"
    )


#: An amount after its symbol ("$5,000", group "sym") or before its currency's name
#: ("210,161 manat", group "cur"), either with its dollar value in brackets.
MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<sym>{CURRENCY_SYMBOL})\s?(?P<snum>{_AMOUNT})(?P<sscale>{_SCALE_WORD})?"
    rf"(?:{_dollars_in_brackets('s')})?"
    rf"|(?P<wnum>{_AMOUNT}|{WORD_NUMBER})(?P<wscale>{_SCALE_WORD})?\s+"
    rf"(?:[A-Z][A-Za-z]+\s+)?(?P<cur>{_CURRENCY_WORD})\b(?:{_dollars_in_brackets('')})?)",
    re.IGNORECASE,
)


_CURRENCY_NAMES = frozenset(_CURRENCY_WORDS)
_NOT_ASCII_NAMES = tuple(name for name in _CURRENCY_WORDS if not name.isascii())


def may_hold_money(text: str) -> bool:
    """False only when :data:`MONEY` cannot match in ``text``: no currency symbol or
    code and no currency name among its words (a currency name in a match is a whole
    word; words as ``re.IGNORECASE`` reads them, see :func:`tipdiff.folding.lower_folded`).
    A cheap test run before the costly pattern."""
    if "$" in text or "€" in text or "£" in text:
        return True
    low = lower_folded(text)
    if "usd" in low or "eur" in low:
        return True
    if not low.isascii() and any(name in low for name in _NOT_ASCII_NAMES):
        return True
    return not _CURRENCY_NAMES.isdisjoint(ascii_words(low))


def _amount(match: re.Match[str], number: str, scale: str) -> float | None:
    return parse_number(match.group(number) + (match.group(scale) or ""))


def money_mention(match: re.Match[str]) -> Mention | None:
    """The amount a :data:`MONEY` match reads, or None when its number does not parse."""
    if match.group("sym"):
        value = _amount(match, "snum", "sscale")
        currency = _SYMBOLS.get(match.group("sym").strip().lower(), "USD")
        usd = value if currency == "USD" else None
        if match.group("susd"):
            usd = _amount(match, "susd", "susd_scale")
    else:
        value = _amount(match, "wnum", "wscale")
        currency = _CURRENCY_WORDS[match.group("cur").lower()]
        usd = _amount(match, "usd", "usd_scale") if match.group("usd") else None
    if value is None:
        return None
    return Mention(match.start(), match.end(), value, currency=currency, usd=usd)
