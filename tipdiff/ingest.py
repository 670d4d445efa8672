"""Ingest stage: any source (path, str, bytes; text or HTML) → cleaned paragraphs.

Steps: read and decode the bytes, turn HTML into blocks, normalise characters, drop
page furniture and site chrome, unwrap hard-wrapped lines into paragraphs and re-join
words hyphenated across line breaks. Every paragraph keeps the line of the source it
starts on, so a finding can be cited back to the original.
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import logging
import math
import os
import re
import stat
import statistics
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .folding import holds_any
from .headings import heading_indices, heading_section, run_in_heading
from .model import SectionName
from .sentences import is_abbreviation, split_sentences
from .tiers import is_tiered_title, tiered_title_offsets

log = logging.getLogger(__name__)

#: Inputs larger than this are refused with an :class:`InputError`: a path by its size
#: on disk (and never more than this is read), ``bytes`` by their length, a ``str`` by
#: its UTF-8 size. One country's narrative is rarely above 200 kB; 10 MB leaves room for
#: a saved web page heavy with markup, and keeps one comparison within a few seconds
#: and about a gigabyte of memory (see README, "Limits").
MAX_INPUT_BYTES = 10_000_000

Source = str | bytes | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph (or heading line) of cleaned text and where it came from."""

    text: str
    line: int  # 1-based line of the source the block starts on
    heading: bool = False  # marked as a heading by the markup (HTML h1–h6)
    item_of: int | None = None  # the markup's list (HTML <ul>, <ol>) it is an item of, numbered


@dataclass(frozen=True, slots=True)
class CleanText:
    blocks: tuple[Block, ...]
    source: str  # a file path or "<text>"
    dropped: tuple[str, ...] = ()  # chrome lines removed (kept for metadata evidence)


def read(source: Source) -> tuple[str, str]:
    """Return ``(text, label)`` for a path, a text string or raw bytes.

    Every kind of source respects :data:`MAX_INPUT_BYTES` (a ``str`` by its UTF-8
    size), and every way a path can fail to be read becomes an :class:`InputError`.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), "the bytes given")
        return decode(data, "<bytes>"), "<bytes>"
    if isinstance(source, os.PathLike):
        name = os.fspath(source)
        return _read_path(Path(os.fsdecode(name)))
    if not isinstance(source, str):
        raise InputError(
            f"cannot read a {type(source).__name__}; give a path, a str of text or HTML, or bytes"
        )
    if _URL.match(source) and "\n" not in source.strip():
        raise _web_address(source)
    if _looks_like_path(source):
        return _read_path(Path(source))
    _check_size(_utf8_size(source), "the text given")
    return source, "<text>"


def source_path(source: Source) -> Path | None:
    """The file :func:`read` reads for ``source``, or None for text or bytes."""
    if isinstance(source, os.PathLike):
        return Path(os.fsdecode(os.fspath(source)))
    if isinstance(source, str) and not (_URL.match(source) and "\n" not in source.strip()):
        return Path(source) if _looks_like_path(source) else None
    return None


_URL = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]*://\S+\s*$")


def _web_address(text: str) -> InputError:
    return InputError(
        f"{display_name(text.strip()[:200])} is a web address; tipdiff never fetches "
        "anything: save the page and give the saved file"
    )


def display_name(name: object) -> str:
    """A file name as one printable line: control, format and line-break characters are
    shown as escapes (``\\n``, ``\\u202e``), so a hostile name cannot break a log line
    or an error message, nor reorder it on screen."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _utf8_size(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", errors="surrogatepass"))


def _check_size(size: int, what: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"{what} is {size:,} bytes; tipdiff reads narratives up to {MAX_INPUT_BYTES:,} "
            "bytes (one country's narrative is rarely above 200,000): split the text by country"
        )


def _read_path(path: Path) -> tuple[str, str]:
    """Read a narrative file, at most :data:`MAX_INPUT_BYTES` + 1 bytes of it."""
    label = display_name(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{label} is a directory; give the path of one narrative file")
        _check_size(info.st_size, label)
        with path.open("rb") as stream:
            # A device or a file still growing may hold more than stat() said.
            data = stream.read(MAX_INPUT_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError) as exc:
        if _URL.match(str(path).replace(":/", "://", 1)):  # a Path keeps one slash
            raise _web_address(str(path)) from exc
        raise InputError(f"{label}: no such file; check the path") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{label} is a directory; give the path of one narrative file") from exc
    except PermissionError as exc:
        raise InputError(
            f"{label}: cannot be read (permission denied); check its permissions"
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"{label}: cannot be read ({reason}); check the path") from exc
    except ValueError as exc:  # an embedded NUL character
        raise InputError(f"{label} is not a valid file name ({exc}); check the path") from exc
    _check_size(len(data), label)
    return decode(data, label), label


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    if os.path.exists(text):
        return True
    stripped = text.strip()
    if re.fullmatch(r"[^<>\s]*[/\\]?[^<>\s/\\]+\.(txt|html?|md|text)", stripped, re.I):
        return True
    # One "word" with a folder separator and no spaces is a path, never a narrative.
    return bool(re.fullmatch(r"[^<>\s]*[/\\][^<>\s]*", stripped)) and len(stripped) > 1


#: What to do with a PDF, wherever one is given.
PDF_ADVICE = "extract its text first: pdftotext FILE.pdf FILE.txt"
#: Files that are no text: what each is, and what to do instead.
_MAGIC = (
    (b"%PDF-", "a PDF file", f"; {PDF_ADVICE}"),
    (b"\x89PNG", "a PNG image", ""),
    (b"GIF8", "a GIF image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)", "; save the narrative as text first"),
    (b"\x1f\x8b", "a gzip archive", "; unpack it first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document", "; save the narrative as text first"),
    (b"{\\rtf", "an RTF document", "; save the narrative as plain text first"),
)


def decode(data: bytes, label: str) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16/32 (BOM or not), else cp1252.

    Text that is mostly UTF-8 with a few stray cp1252 bytes (a curly quote pasted from
    a word processor) keeps its UTF-8 characters: only the bytes that are not UTF-8 are
    read as cp1252 (or latin-1 for the five bytes cp1252 leaves undefined).
    """
    for magic, what, instead in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{label} is {what}, not text{instead}")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:4096]:
        raise InputError(f"{label} looks like a binary file (it holds NUL bytes), not text")
    text = data.decode("utf-8", errors=_CP1252_FALLBACK)
    sample = text[:8192]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError(f"{label} looks like a binary file (control characters), not text")
    return text


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as cp1252 (else latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    text = "".join(
        chr(byte) if byte in _CP1252_UNDEFINED else bytes((byte,)).decode("cp1252")
        for byte in bad
    )
    return text, error.end


_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_CP1252_FALLBACK = "tipdiff.cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 8:
        return None
    even_nuls = head[0::2].count(0) / len(head[0::2])
    odd_nuls = head[1::2].count(0) / len(head[1::2])
    encoding = None
    if odd_nuls > 0.6 and even_nuls < 0.1:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 and odd_nuls < 0.1:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    return data.decode(encoding, errors="replace")


# ----------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    "p div br li ul ol table tr td th section article main aside blockquote pre dd dt dl "
    "h1 h2 h3 h4 h5 h6 hr body html title figure figcaption".split()
)
_DROP_TAGS = frozenset(
    "script style nav header footer noscript template iframe svg form button select head".split()
)
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# A page's parts around its article, told by their role or by a word of their class or
# id ("related-content", "usa-banner", "breadcrumbs", "tags"): links, menus, sharing.
# Footnotes and endnotes ("footnotes", role "doc-endnotes") are no narrative's text either.
_CHROME_ROLES = frozenset(
    "navigation banner contentinfo complementary search doc-endnotes doc-footnote".split()
)
_CHROME_NAMES = (
    "related", "share", "social", "tag", "breadcrumb", "sidebar", "menu", "nav", "footer",
    "banner", "cookie", "pagination", "comment", "newsletter", "subscribe", "skip",
    "footnote", "endnote",
)  # fmt: skip
#: A footnote's marker: a superscript number ("victims.<sup>3</sup>", "<sup>[3]</sup>").
_NOTE_MARKER = re.compile(r"\[?\d{1,3}\]?")
_NAME_PARTS = re.compile(r"[\s_-]+")
#: A chrome part of a page is dropped when its words are at most this share of the
#: page's: a site that names its article's own part "related-…" keeps it.
_MAX_CHROME_SHARE = 0.25


def _is_chrome_element(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    if tag == "aside":
        return True
    values = dict(attrs)
    if (values.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = f"{values.get('class') or ''} {values.get('id') or ''}".lower()
    return any(part.startswith(_CHROME_NAMES) for part in _NAME_PARTS.split(names) if part)


_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
#: Elements that hold no content, so never open a hidden part.
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


def _is_hidden_element(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """An element the page does not show: marked ``hidden``, ``aria-hidden="true"`` or
    styled ``display: none`` (a dialog not yet opened, a menu's closed panel)."""
    if tag in _VOID_TAGS:
        return False
    values = dict(attrs)
    return (
        "hidden" in values
        or (values.get("aria-hidden") or "").strip().lower() == "true"
        or _HIDING_STYLE.search(values.get("style") or "") is not None
    )


def _is_in_page_link(attrs: list[tuple[str, str | None]]) -> bool:
    """A link to an anchor on the same page (``href="#prosecution"``)."""
    return (dict(attrs).get("href") or "").strip().startswith("#")


class _HTMLToBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.in_chrome: list[int | None] = []  # of each block: the chrome part it is in
        self.at_br: list[bool] = []  # of each block: whether a <br> ends it
        self.linked: list[bool] = []  # of each block: whether an in-page link is all of it
        self._lists: list[int] = []  # the lists (<ul>, <ol>) open, innermost last
        self._list_count = 0
        self._items: list[int | None] = []  # for each open <li>: its list
        self._in_page_links = 0  # links to this page's anchors open
        self._linked_parts: list[str] = []  # the text of _parts inside such links
        self._hidden_tag: str | None = None  # the element a hidden part opened with
        self._hidden_depth = 0  # its elements of that name still open
        self._chrome_parts = 0
        self._parts: list[str] = []
        self._line = 1
        self._drop_depth = 0
        self._heading_depth = 0
        self._chrome_tag: str | None = None  # the element a chrome part opened with
        self._chrome_depth = 0  # its elements of that name still open
        self._in_title = False
        self.title: str | None = None
        self._superscript: int | None = None  # where the open <sup>'s text starts in _parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden_tag is not None:
            self._hidden_depth += tag == self._hidden_tag
            return
        if tag in _DROP_TAGS and tag not in ("head",):
            self._drop_depth += 1
            return
        if _is_hidden_element(tag, attrs):
            if tag in _BLOCK_TAGS:
                self._flush()
            self._hidden_tag, self._hidden_depth = tag, 1
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "sup":
            self._superscript = len(self._parts)
        if tag in _BLOCK_TAGS:
            self._flush(at_br=tag == "br")
        if tag in ("ul", "ol"):
            self._list_count += 1
            self._lists.append(self._list_count)
        elif tag == "li":
            self._items.append(self._lists[-1] if self._lists else None)
        elif tag == "a" and _is_in_page_link(attrs):
            self._in_page_links += 1
        if tag in _HEADING_TAGS:
            self._heading_depth += 1
        if self._chrome_tag is None:
            if _is_chrome_element(tag, attrs):
                self._chrome_tag, self._chrome_depth = tag, 1
                self._chrome_parts += 1
        elif tag == self._chrome_tag:
            self._chrome_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush(at_br=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if self._hidden_tag is not None:
            if tag == self._hidden_tag:
                self._hidden_depth -= 1
                if not self._hidden_depth:
                    self._hidden_tag = None
            return
        if tag in _DROP_TAGS and tag not in ("head",):
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if tag == "title":
            self._in_title = False
            return
        if tag == "sup" and self._superscript is not None:
            if _NOTE_MARKER.fullmatch("".join(self._parts[self._superscript :]).strip()):
                del self._parts[self._superscript :]
            self._superscript = None
        if tag in _BLOCK_TAGS:
            self._flush(heading=tag in _HEADING_TAGS)
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag == "li" and self._items:
            self._items.pop()
        elif tag == "a" and self._in_page_links:
            self._in_page_links -= 1
        if tag in _HEADING_TAGS:
            self._heading_depth = max(0, self._heading_depth - 1)
        if tag == self._chrome_tag:
            self._chrome_depth -= 1
            if not self._chrome_depth:
                self._flush()
                self._chrome_tag = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self._drop_depth or self._hidden_tag is not None:
            return
        if not self._parts:
            self._line = self.getpos()[0]
        self._parts.append(data)
        if self._in_page_links:
            self._linked_parts.append(data)

    def _flush(self, heading: bool = False, at_br: bool = False) -> None:
        text = " ".join("".join(self._parts).split())
        linked = " ".join("".join(self._linked_parts).split())
        self._parts, self._linked_parts = [], []
        if self._superscript is not None:
            self._superscript = 0
        if text:
            item_of = self._items[-1] if self._items else None
            self.blocks.append(Block(text, self._line, heading or self._heading_depth > 0, item_of))
            self.in_chrome.append(self._chrome_parts if self._chrome_tag is not None else None)
            self.at_br.append(at_br)
            self.linked.append(linked == text)

    def close(self) -> None:
        super().close()
        self._flush()


_HTML_SIGNS = re.compile(
    r"<(?:html|body|p|div|h[1-6]|br|table|span|li|article|section)\b[^>]*>", re.I
)


def is_html(text: str) -> bool:
    """True when the text is markup rather than plain text with a stray tag."""
    if "<" not in text:
        return False
    # Two signs are enough: the search stops at the second.
    return len(list(itertools.islice(_HTML_SIGNS.finditer(text, 0, 200_000), 2))) == 2


def html_blocks(text: str) -> tuple[list[Block], str | None]:
    """A web page's blocks of text (without its chrome parts, see
    :data:`_MAX_CHROME_SHARE`) and its title."""
    blocks, _, title = _html_blocks(text)
    return blocks, title


def _html_blocks(text: str) -> tuple[list[Block], list[bool], str | None]:
    """:func:`html_blocks`, with whether a ``<br>`` ends each block."""
    parser = _HTMLToBlocks()
    parser.feed(text)
    parser.close()
    words: Counter[int | None] = Counter()
    for block, part in zip(parser.blocks, parser.in_chrome, strict=True):
        words[part] += len(block.text.split())
    most = _MAX_CHROME_SHARE * words.total()
    dropped = {part for part, count in words.items() if part is not None and count <= most}
    contents = _contents_lists(parser.blocks, parser.linked)
    kept = [
        index
        for index, part in enumerate(parser.in_chrome)
        if part not in dropped and parser.blocks[index].item_of not in contents
    ]
    return (
        [parser.blocks[index] for index in kept],
        [parser.at_br[index] for index in kept],
        parser.title,
    )


def _contents_lists(blocks: Sequence[Block], linked: Sequence[bool]) -> set[int]:
    """The lists that are a page's table of contents: each of their items nothing but a
    link to an anchor on the page ("<li><a href="#prosecution">PROSECUTION</a></li>").
    Navigation, whatever its place or class: its entries are no headings and no text."""
    items: dict[int, bool] = {}
    for block, whole_link in zip(blocks, linked, strict=True):
        if block.item_of is not None:
            items[block.item_of] = items.get(block.item_of, True) and whole_link
    return {number for number, all_links in items.items() if all_links}


# ------------------------------------------------------------------- normalising

_CHAR_MAP: dict[str, str] = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\t": " ",
    "\f": "\n",
    "\v": "\n",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2010": "-",  # the hyphen and the non-breaking hyphen a PDF's text layer may give
    "\u2011": "-",
    "\u00ad": "",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    # Typographic ligatures, as a PDF's text layer often gives them ("identiﬁed"):
    # the words they spell, or no pattern and no comparison would know them.
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    # Superscript digits, as a PDF's text layer may give a footnote's marker and number
    # ("victims.³", "³ The government …"): the digits pdftotext gives more often.
    "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4",
    "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
    # A list's bullets as a PDF's text layer or a word processor gives them (a symbol
    # font's private-use glyphs, geometric shapes, arrows): the one bullet every later
    # stage knows, "•" — else a list without its heading is no list, and the glyph is
    # read as the first word of each recommendation.
    "\uf0b7": "•", "\uf0a7": "•", "\uf0a8": "•", "\uf0d8": "•", "\uf076": "•",
    "\uf0fc": "•", "\uf06e": "•", "\uf0e8": "•", "\u25cf": "•", "\u25cb": "•",
    "\u25a0": "•", "\u25a1": "•", "\u27a2": "•", "\u25ba": "•", "\u25b8": "•",
    "\u25b6": "•", "\u25c6": "•", "\u2756": "•", "\u2043": "•", "\u2219": "•",
}  # fmt: skip


# A PDF-to-web converter may keep only one letter of the "ff" ligature ("traficking",
# "eforts", "oficials"): then no verdict or pattern knows the words. The stems a
# narrative uses that hold "ff", as they read with one "f" lost; each is restored only
# at a word's start or after a prefix ("un", "in" …): "deficient" and "proficiency" are
# words of their own.
_LOST_FF_STEMS = (
    "trafic efort efect ofic ofens ofenc ofend sufic afect afair difer dificult ofer "
    "sufer aford efici"
).split()
_LOST_FF = re.compile(
    rf"\b(?:un|non|in|re|co)?(?:{'|'.join(_LOST_FF_STEMS)}|staf(?=s?\b|ed\b|ing\b))", re.I
)


def _restore_lost_ff(text: str) -> str:
    """``text`` with the "ff" a converter cut to "f" restored, when it did ("traficking"
    is more frequent than "trafficking"); any other text as it is."""
    if "afick" not in text and "AFICK" not in text:
        return text
    low = text.lower()
    if low.count("trafick") <= low.count("traffick"):
        return text

    def doubled(match: re.Match[str]) -> str:
        word = match.group(0)
        at = word.lower().index("f") + 1
        return word[:at] + word[at - 1] + word[at:]

    return _LOST_FF.sub(doubled, text)


# A PDF's text layer may lose the "i" of the "fi" ligature ("traffcking", "offcial",
# "identifed", "frst"): then no verdict or pattern knows the words, and a narrative may
# even be refused. English words hold no "fc" or "fn": an "i" lost there is restored
# everywhere; elsewhere only in the forms a narrative uses ("-ifed", "frst", "fght" …),
# not where the loss made another word ("filed" → "fled").
_LOST_FI = re.compile(
    r"(?<=[a-z])f(?=c)|f(?=n[a-z])"
    r"|(?<=[a-z]i)f(?=e[ds]\b|ers?\b)"  # identifed, certifes, identifers
    r"|\bf(?=rst|ght|gur|sh|scal|rearm|eld|x|lipin|ve\b|ll(?:s|ed|ing)?\b|rms?\b)"
    r"|\bf(?=les?\b|ling\b)|(?<=con)f(?=sc|rm|d)|(?<=\bpro)f(?=le|t)|(?<=\bbene)f(?=t)|(?<=af)f(?=liat)"
    r"|(?<=ful)f(?=ll)|\bf(?=ft)",  # fifty
    re.I,
)


def _restore_lost_fi(text: str) -> str:
    """``text`` with the "i" a PDF's text layer lost from "fi" restored, when it did
    (words with "fc" or "fn" outnumber those with "fi"); any other text as it is."""
    if "fc" not in text and "fn" not in text and "FC" not in text and "FN" not in text:
        return text
    low = text.lower()
    lost = low.count("fc") + low.count("fn")
    if lost < 3 or lost <= low.count("fi"):
        return text

    def with_i(match: re.Match[str]) -> str:
        following = text[match.end() : match.end() + 1]
        return match.group(0) + ("I" if following.isupper() else "i")

    return _LOST_FI.sub(with_i, text)


_LINE_BREAK = re.compile(r"\r\n?|[\v\u2028\u2029\u0085]")
_OTHER_BREAKS = "\r\v\u2028\u2029\u0085"
_SOFT_HYPHEN_AT_BREAK = re.compile(f"\u00ad(?=[ \t]*[\n\f{_OTHER_BREAKS}])")


def one_break_per_line(text: str) -> str:
    """``text`` with each line break it may use ("\\r\\n", "\\r", "\\v", "\\u2028" …) as
    "\\n": the lines a source's citations count (a test, and a pass only when one is there)."""
    if any(map(text.__contains__, _OTHER_BREAKS)):
        return _LINE_BREAK.sub("\n", text)
    return text


def normalise(text: str) -> str:
    """Unify line endings, spaces, quotes, ligatures and hyphens; drop invisible and
    control characters; restore the "ff" a converter cut to "f" ("traficking") and the
    "i" a PDF's text layer lost from "fi" ("traffcking").

    A lone surrogate (text decoded with ``surrogateescape`` or built by hand) becomes
    U+FFFD, so every later stage and every output can encode the text as UTF-8.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\u00ad" in text:  # a soft hyphen ending a line is where a word was cut: a hyphen
        text = _SOFT_HYPHEN_AT_BREAK.sub("-", text)
    # Each character is mapped by a str.replace over the text, only when the text holds
    # it (one pass finds those it holds): a replace runs in C, where a pattern or
    # translate() would look at every character (no replacement is itself a character
    # to map, nor a control, format or surrogate character the next loop drops).
    present = _not_plain(text)
    for char, replacement in _CHAR_MAP.items():
        if char in present:
            text = text.replace(char, replacement)
    for char in present.difference(_CHAR_MAP):
        category = unicodedata.category(char)
        if category == "Cs":
            text = text.replace(char, "\ufffd")
        elif category in ("Cc", "Cf"):
            text = text.replace(char, "")
    return _restore_lost_fi(_restore_lost_ff(text))


_PLAIN = b"\n" + bytes(range(0x20, 0x7F))


def _not_plain(text: str) -> set[str]:
    """The distinct characters of ``text`` outside printable ASCII and "\\n": the UTF-8
    bytes without the plain ones are whole characters' bytes (all above 127) or
    control characters, read back in one call."""
    data = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN)
    return set(data.decode("utf-8", "surrogatepass"))


# ----------------------------------------------------------- furniture and chrome

# A web page printed from a browser (then read by pdftotext) has on every page a header
# and a footer made of the page's title, its address, the date (maybe with the time) and
# the page count, in the browser's arrangement: "6/24/24, 10:15 AM Azerbaijan - …" over
# "https://… 2/5" (Chrome, Edge); "Country Narratives … Page 2 of 4" over "http://…
# 6/14/2007" (Internet Explorer); "Page 1 of 4 6/14/2007 10:15 AM" (Firefox's footer).
# The title is only ever taken beside a date or "Page x of n": alone it is any short line.
_PRINT_DATE = r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
_PRINT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\ ?[ap]\.?m\.?)?"
_PAGE_COUNT = r"(?:page\ )?\d{1,4}\ ?(?:/|of)\ ?\d{1,4}"
_PRINTED = rf"(?:{_PRINT_DATE}(?:,?\ {_PRINT_TIME})?|{_PAGE_COUNT})"  # a date or a page count
_ADDRESS = r"(?:https?://|file:/|about:)\S*"
_PAGE_TITLE = r"\S+(?:\ \S+){0,15}"
_BROWSER_MARGIN = rf"""
        (?:{_PRINTED}\ )*{_ADDRESS}(?:\ {_PRINTED})*
      | {_PRINT_DATE},?\ {_PRINT_TIME}(?:\ .*)?
      | {_PRINT_DATE}(?:\ {_PAGE_TITLE})?
      | page\ \d{{1,4}}\ of\ \d{{1,4}}(?:\ {_PRINTED})?
"""
_PAGE_MARK = "page "  # in every line the next one matches (see _AFTER_TEXT_MARK)
_TITLED_PAGE_COUNT = rf"{_PAGE_TITLE}\ page\ \d{{1,4}}\ of\ \d{{1,4}}(?:\ {_PRINTED})?"
_BROWSER_MARGIN_LINE = re.compile(
    rf"^(?:{_BROWSER_MARGIN}|{_TITLED_PAGE_COUNT})$", re.I | re.X
)


def is_browser_margin(line: str) -> bool:
    """A line of the header or footer a browser prints on each page of a web page (see
    :data:`_BROWSER_MARGIN`): page furniture, never a title or text."""
    return _BROWSER_MARGIN_LINE.match(" ".join(line.split())) is not None


# Chrome a line ends with after some text: a match tries these at every word or
# character of the line, so :func:`is_chrome` asks them only of a line that holds their
# last words (_AFTER_TEXT_MARK), and the other alternatives (_LEADING_CHROME) of every line.
_BYLINES = ("(author)", "(autor)")  # ecoi.net's, in English and German
_DEPARTMENT_OF_STATE = "department of state"
_CONTINUED = "(continued)"
_AFTER_TEXT_MARK = re.compile(
    "|".join(map(re.escape, (*_BYLINES, _DEPARTMENT_OF_STATE, _CONTINUED, _PAGE_MARK)))
)
_CHROME_AFTER_TEXT = (
    _TITLED_PAGE_COUNT,  # a browser's header: "Country Narratives … Page 2 of 4"
    r".{0,80}(?:" + "|".join(map(re.escape, _BYLINES)) + ")",
    r".{0,80}\ [-–|]\ (?:the\ )?(?:united\ states|u\.s\.)\ " + re.escape(_DEPARTMENT_OF_STATE),
    # a page's note that its narrative goes on: "KENYA (continued)"
    r"(?:[\w,'’.-]+(?:\ [\w,'’.-]+){0,6}\ )?" + re.escape(_CONTINUED),
)
_LEADING_CHROME = r"""
        (?:document|dokument)\s*\#\s*\d+
      | leave\ a\ (?:review|comment|reply)
      | social
      | share(?:\ this)?(?:\ article)?
      | follow\ us(?:\ on\ social\ networks)?
      | news\ ?line
      | printer\ friendly(?:\ version)?
      | print
      | read\ more
      | related(?:\ news|\ articles)?
      | foto\ di\ .*
      | photo(?:\ by|:)\ .*
      | last\ updated?:?\ .*
      | publisher\b.*
      | author\b.*
      | publication\ date\b.*
      | cite\ as\b.*
      | disclaimer.*
      # a reference work's note on what its field means (the World Factbook's copies:
      # "Definition: Trafficking in persons is modern-day slavery, …")
      | definition:\ .*
      | advertisement
      | in\ this\ section\b.*
      | executive\ summary\ title
      # a copy's credit line: "Adapted from TIP 2019 by the U.S. Department of State"
      | (?:adapted|extracted|excerpted)\ (?:in\ part\ )?from\ .{0,60}?\b(?:tip|trafficking\ in\ persons)\b.*
      | source:\ .{0,60}?\b(?:tip|trafficking\ in\ persons)\b.*
      | topics?\b\ ?\|.*
      | an\ official\ website\ of\ the\ united\ states\ government.*
      | official\ websites\ use\ \.gov
      | a\ \.gov\ website\ belongs\ to.*
      | secure\ \.gov\ websites\ use\ https
      | a\ lock\ \(.*
      | here'?s\ how\ you\ know
      | skip\ to\ (?:main\ )?content
      | (?:back|return|go)\ to\ (?:the\ )?top(?:\ of\ (?:the\ )?page)?
      | top\ of\ (?:the\ )?page
      | office\ to\ monitor\ and\ combat\ trafficking\ in\ persons
      # state.gov's footer (2001–2008 pages): "Published by the U.S. Department of State
      # Website …", then its links, one a line, maybe bulleted
      | published\ by\ the\ u\.\ ?s\.\ department\ of\ state\ website\b.*
      | (?:[*•·-]\ +)?(?:privacy\ notice|foia|about\ state\.gov|copyright\ information
          |white\ house|other\ u\.s\.\ government\ info|site\ map)
      | trafficking\ in\ persons
      | home\ ?[›>»/|].*
      | copyright\b.* | ©.*
      | all\ rights\ reserved.*
      | page\ \d+(?:\ of\ \d+)?
      | [-–—]?\ ?\d{1,4}\ ?[-–—]?
      | \d{1,4}\ ?/\ ?\d{1,4}
      | """ + _BROWSER_MARGIN + r"""
      | \[\ ?(?:human\ trafficking,\ )?country-by-country(?:\ reports)?\ ?\]
      # a page's note that its narrative goes on (see _CONTINUED): "continued on next page"
      | continued(?:\ (?:on|from)\ (?:the\ )?(?:next|previous|following)\ page)?
      # a narrative's "Tier ranking by year" chart (2017–2020 PDFs): its title and axes
      | tier\ ranking\ by\ year
      | (?:(?:[123]|2\ ?wl|(?:19|20)\d\d)\ ?)+
"""
_CHROME_LINE = re.compile(
    "^(?:" + "|".join(_CHROME_AFTER_TEXT) + "|" + _LEADING_CHROME + ")$", re.I | re.X
)
# The same asked of an ASCII line in lower case (its words are all lower case): without
# IGNORECASE a match skips at once each alternative whose first letter is not the line's.
_LOWER_CHROME_LINE = re.compile(_CHROME_LINE.pattern, re.X)
_LOWER_LEADING_CHROME_LINE = re.compile("^(?:" + _LEADING_CHROME + ")$", re.X)
_BRACKET_CHROME = re.compile(
    r"\[\s*(?:human trafficking,\s*)?country-by-country(?: reports)?\s*\]", re.I
)
_SIGN_OFF = re.compile(r"\s+-\d{1,3}[A-Z]{1,3}-\s*$")  # agency sign-offs such as "-02D-"


def lines_at(text: str, offsets: Iterable[int]) -> list[int]:
    """The lines of ``text`` (0-based) on which the (increasing) character ``offsets``
    stand, each line once: a few finds over a whole document, without splitting it."""
    found: list[int] = []
    line = at = 0
    for offset in offsets:
        line += text.count("\n", at, offset)
        at = offset
        if not found or found[-1] != line:
            found.append(line)
    return found


def _strip_line(line: str) -> str:
    # Collapse whitespace first: the patterns below then never meet a long run of it.
    return _strip_furniture(" ".join(line.split()))


def _strip_furniture(line: str) -> str:
    """:func:`_strip_line` of a line whose whitespace is already collapsed."""
    if line.startswith("|"):
        line = line.lstrip("|").lstrip()
    if line.endswith("|"):
        line = line.rstrip("|").rstrip()
    if "[" in line:
        line = _BRACKET_CHROME.sub("", line)
    end = line.rstrip()[-2:]
    if end[-1:] == "-" and end[:1] in string.ascii_uppercase:  # as every sign-off ends
        line = _SIGN_OFF.sub("", line)
    return " ".join(line.split())


_RULE_CHARACTERS = "|-_=*•·.#"  # a line of nothing else is a rule, not text


def is_chrome(line: str) -> bool:
    """A line of page furniture or site chrome ("Share this page", a page number)."""
    if not line:
        return True
    if line.isascii():
        lower = line.lower()
        after_text = _AFTER_TEXT_MARK.search(lower)
        pattern = _LOWER_LEADING_CHROME_LINE if after_text is None else _LOWER_CHROME_LINE
        match = pattern.match(lower)
    else:  # IGNORECASE matches more than the lower-case letters here ("ſ" is an "s")
        match = _CHROME_LINE.match(line)
    return match is not None or not line.strip(_RULE_CHARACTERS)


# ---------------------------------------------------------------------- unwrapping

_CLOSERS = "\"')]”’"  # what may follow a sentence's last stop ('officials.")')
_FIRST_WORD = re.compile(r"^([A-Za-z]+)")
# The stop of two sentences glued together ("officials.The", "NGOs.Increase", "Articles
# 181-1.Increase", "369(2).Amend"); written to open with the stop, so a search skips to
# the next "." or ";" instead of trying every position. Two characters of a word before
# the stop: an initial ("J.Smith") or an abbreviation's inner stop ("U.S.The") is no end.
_GLUED_SENTENCE = re.compile(r"[.;](?=[A-Z][a-z]|•)(?<=[\w)-][A-Za-z0-9)][.;])")
_STOPS = frozenset(".!?:;")
# Per-line questions asked of the whole text at once (its lines joined by "\n"): the
# lines that may hold furniture ("|", "[", a sign-off's "X-") and those that end with
# a hyphen. Each pattern opens with a literal, which a search skips to.
_BAR_OR_BRACKET = re.compile(r"[|\[]")
_SIGN_OFF_END = re.compile(r"-$(?<=[A-Z]-)", re.M)
_HYPHEN_END = re.compile(r"-$", re.M)


@dataclass(frozen=True, slots=True)
class _Lines:
    """The non-empty lines of a text as columns: each one's text, its line in the
    source, the blank lines before it, whether the markup made it a heading and the
    markup's list it is an item of (no column when none is)."""

    texts: tuple[str, ...]
    numbers: tuple[int, ...]
    blanks: tuple[int, ...]
    headings: tuple[bool, ...]
    items_of: tuple[int | None, ...] = ()  # the markup's list each line is an item of (or none)

    def without(self, drop: Sequence[int]) -> _Lines:
        """These lines but those at the indices ``drop``."""
        if not drop:
            return self
        kept = bytearray(b"\x01") * len(self.texts)
        for index in drop:
            kept[index] = 0
        return _Lines(
            tuple(itertools.compress(self.texts, kept)),
            tuple(itertools.compress(self.numbers, kept)),
            tuple(itertools.compress(self.blanks, kept)),
            tuple(itertools.compress(self.headings, kept)),
            tuple(itertools.compress(self.items_of, kept)) if self.items_of else (),
        )


#: The characters other than " " and "\n" that str.split() splits at (str.isspace()).
_BLANKS = (
    "\t\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def collapsed(text: str) -> str:
    """``text`` with the whitespace of each line collapsed as ``" ".join(line.split())``
    would, line breaks kept: a few passes of str.replace over the whole text instead of
    a split and a join per line."""
    for blank in _BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")


def _lines(text: str, numbers: Sequence[int] | None = None) -> _Lines:
    spaced = collapsed(text)
    rows = spaced.split("\n")
    # Only the few lines that may hold furniture go through _strip_furniture.
    hints = [match.start() for match in _SIGN_OFF_END.finditer(spaced)]
    if "|" in spaced or "[" in spaced:
        hints = sorted([*hints, *(match.start() for match in _BAR_OR_BRACKET.finditer(spaced))])
    for index in lines_at(spaced, hints):
        rows[index] = _strip_furniture(rows[index])
    kept = [index for index, row in enumerate(rows) if row]
    return _Lines(
        tuple([rows[index] for index in kept]),
        tuple([index + 1 for index in kept] if numbers is None else [numbers[i] for i in kept]),
        tuple([index - before - 1 for index, before in zip(kept, [-1, *kept], strict=False)]),
        (False,) * len(kept),
    )


def _html_lines(
    blocks: Sequence[Block], at_br: Sequence[bool], numbers: Sequence[int] | None
) -> _Lines:
    """The blocks as lines; a line after a ``<br>`` has no blank line before it, any
    other has one."""
    texts = [_strip_line(b.text) for b in blocks]
    kept = [index for index, text in enumerate(texts) if text]
    return _Lines(
        tuple(texts[index] for index in kept),
        tuple(
            blocks[i].line if numbers is None else numbers[blocks[i].line - 1] for i in kept
        ),
        tuple(int(not index or not at_br[index - 1]) for index in kept),
        tuple(blocks[index].heading for index in kept),
        tuple(blocks[index].item_of for index in kept),
    )


def clean(source: Source) -> CleanText:
    """Read a source and return its cleaned paragraphs (the ingest stage)."""
    raw, label = read(source)
    return clean_text(normalise(raw), label)


def clean_text(text: str, label: str, *, line_numbers: Sequence[int] | None = None) -> CleanText:
    """Clean text that is already read and normalised. ``line_numbers`` gives the source
    line of each of its lines (for a narrative cut out of a larger document); by default
    line *n* of ``text`` is line *n* of the source."""
    if not text.strip():
        raise InputError(f"{label} is empty: there is no text to compare")
    if line_numbers is not None and len(line_numbers) != text.count("\n") + 1:
        raise ValueError("line_numbers must give one number per line of the text")
    dropped: list[str] = []
    markup = is_html(text)
    if markup:
        html, at_br, title = _html_blocks(text)
        if title:
            dropped.append(" ".join(title.split()))
        lines = _html_lines(html, at_br, line_numbers)
        # A page that breaks each printed line with <br> (a PDF turned into a web page)
        # is hard-wrapped like a PDF's text; one of paragraphs is not.
        line_breaks = lines.blanks[1:].count(0)
        wrapped = line_breaks > 0.5 * (len(lines.blanks) - 1) and _is_hard_wrapped(lines.texts)
    else:
        lines = _lines(text, line_numbers)
        wrapped = _is_hard_wrapped(lines.texts)
    chrome = [index for index, text in enumerate(lines.texts) if is_chrome(text)]
    chrome += _site_tail(lines.texts, set(chrome))
    chrome += _label_values(lines.texts, chrome)
    chrome.sort()
    dropped.extend(lines.texts[index] for index in chrome)
    lines = lines.without(chrome)
    if wrapped and not markup:
        insets = _inset_blocks(lines)
        dropped.extend(lines.texts[index] for index in insets)
        lines = lines.without(insets)
    paragraphs: Iterable[tuple[str, int, bool, int | None]] = (
        ((*paragraph, None) for paragraph in _unwrap(lines))
        if wrapped
        else zip(
            lines.texts,
            lines.numbers,
            lines.headings,
            lines.items_of or (None,) * len(lines.texts),
            strict=True,
        )
    )
    blocks = [
        Block(tidy, line, heading, item_of)
        for text, line, heading, item_of in paragraphs
        if (tidy := _tidy_block(text))
    ]
    if not blocks:
        raise InputError(f"{label} holds no readable text (only markup or page furniture)")
    log.debug("ingest %s: %d blocks, wrapped=%s", label, len(blocks), wrapped)
    return CleanText(tuple(blocks), label, tuple(dropped))


# A label of a page's record of its document, on a line of its own ("Disclaimer:",
# refworld's, with "This is not a UNHCR publication …" on the next line).
_RECORD_LABEL = re.compile(r"(?:disclaimer|publisher|author|publication date|cite as)\s*:?", re.I)


def _label_values(texts: Sequence[str], chrome: Sequence[int]) -> list[int]:
    """The lines after the chrome lines that are a record's label alone: its value,
    as much the page's and not the narrative's as the label."""
    taken = set(chrome)
    return [
        index + 1
        for index in chrome
        if index + 1 < len(texts)
        and index + 1 not in taken
        and _RECORD_LABEL.fullmatch(texts[index]) is not None
    ]


_TAIL_RUN = 4  # lines, at least, of a site's links and menus pasted after a narrative
_TAIL_WORDS = 8  # words a line of them holds at most, unless it is a title
_BULLETS = ("•", "-", "*", "·", "▪")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Words a title keeps in lower case ("Remarks at the … Launch Ceremony").
_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to via with".split())


def _site_tail(texts: Sequence[str], chrome: set[int]) -> list[int]:
    """The lines that end a text after its last sentence when there are several, none
    ending a sentence and each short or a title: what a copy of a web page brings after
    the narrative ("Related Articles", dates and titles of other pages, tags, the
    footer's menu as bulleted links, "* White House"), counting the chrome lines among
    them ("0", "10": a footer's counts) when two or more are not. A text cut short ends
    with one such line, and a list's items are sentences (or long)."""
    # (a line's words are one space apart: more than _TAIL_WORDS words, as many spaces)
    prose = [len(text) for text in texts if text.count(" ") >= _TAIL_WORDS]
    if not prose:
        return []
    typical = statistics.median_low(prose)  # the length of a line of the narrative
    run: list[int] = []
    furniture = 0
    for index in range(len(texts) - 1, -1, -1):
        if index in chrome:
            furniture += 1
            continue
        text = texts[index]
        line = text[1:].lstrip() if text.startswith(_BULLETS) else text
        if ends_with_stop(text) or not (
            (len(line) < 0.6 * typical and line.count(" ") < _TAIL_WORDS) or _is_title(line)
        ):
            break
        run.append(index)
    return run if len(run) >= _TAIL_RUN or (len(run) >= 2 and len(run) + furniture >= _TAIL_RUN) else []


def _is_title(line: str) -> bool:
    """A line in title case ("Bureau of European and Eurasian Affairs Office to Monitor
    …"): a link's or a page's title, a tag; never a line of running text."""
    words = [word for word in _WORD.findall(line) if word.lower() not in _MINOR_WORDS]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


# A site's link prompt run onto a paragraph's end (">>>Read the full report here>>>",
# "Read more »", "Click here to download the report"): chrome, not the narrative's words.
_TRAILING_CHROME = re.compile(
    r"\s*(?:>{2,}|»+)?\s*(?:read\s+(?:more|the\s+full\s+(?:report|article|story|text))|"
    r"click\s+here|(?:download|view|see)\s+the\s+full\s+(?:report|text))"
    r"[^.!?]{0,40}?(?:>{2,}|»+|…)?\s*$",
    re.I,
)
_LINK_PROMPT_WORDS = ("read", "click", "download", "view", "see")


def _may_end_in_link_prompt(tail: str) -> bool:
    """Whether ``tail`` holds a word :data:`_TRAILING_CHROME` needs (case folded as
    ``re.IGNORECASE`` folds it): a test of ``in`` instead of a pattern."""
    return holds_any(tail, _LINK_PROMPT_WORDS)


# Every stop a byte ".", every capital a byte "A": a text holds a glued sentence only
# when its bytes so mapped hold b".A" (few do), a test in C far faster than the pattern.
_STOP_CAPITAL = bytes.maketrans(b";" + string.ascii_uppercase.encode(), b"." + b"A" * 26)


def _unglued(text: str) -> str:
    """Sentences or list items glued together ("officials.The", "abroad.• Train") split
    by a space."""
    if (
        b".A" not in text.encode("utf-8", "surrogatepass").translate(_STOP_CAPITAL)
        and ".•" not in text
        and ";•" not in text
    ):
        return text
    return _GLUED_SENTENCE.sub(r"\g<0> ", text)


def _tidy_block(text: str) -> str:
    """Split sentences glued together ("officials.The", "abroad.• Train"); drop a
    trailing link prompt."""
    text = _unglued(text)
    if _may_end_in_link_prompt(text[-120:]):
        text = _TRAILING_CHROME.sub("", text)
    return text


_PARAGRAPH_LINE = 300  # characters: a line this long is a paragraph, never a wrapped line
_BODY_LINE = 25  # characters a line of running text holds more of (a heading, a page number fewer)


def _body_lengths(texts: Sequence[str]) -> list[int]:
    """The lengths of the lines of running text among ``texts``."""
    return [len(text) for text in texts if len(text) > _BODY_LINE]


def _is_hard_wrapped(texts: Sequence[str]) -> bool:
    """Hard-wrapped text has many lines that stop mid-sentence and go on in the next (two
    at least: a short excerpt's three lines may be all there is)."""
    lengths = _body_lengths(texts)
    body = len(lengths)
    if body < 2 or statistics.median_low(lengths) > _PARAGRAPH_LINE:
        return False  # most lines are paragraphs: a few lines of links open in lower case
    needed = max(2, 0.15 * body)
    continued = 0
    for text, following in itertools.pairwise(texts):
        # a line as long as a paragraph is one, whatever the next opens with (a reference
        # work's field value, "… (2023)", before the next field's label, "trafficking profile:")
        if following[:1].islower() and not ends_with_stop(text) and len(text) < _PARAGRAPH_LINE:
            continued += 1
            if continued >= needed:  # the rest of the text cannot change the answer
                return True
    return False


def _unwrap(lines: _Lines) -> list[tuple[str, int, bool]]:
    """Join hard-wrapped lines into paragraphs and re-join hyphenated words:
    ``(text, line of its first line, heading)`` for each paragraph.

    A break can only come before a heading, after one, after a blank line or after a
    line that ends a sentence (a short one, or before a heading run into its text);
    those few lines are found first, and the lines between two breaks are joined at once.
    """
    texts, blanks = lines.texts, lines.blanks
    count = len(texts)
    # PDF extractions often put a blank line after every line: then blanks mean nothing.
    blanks_mean_breaks = count - 1 - blanks[1:].count(0) < 0.5 * max(1, count - 1)
    lengths = sorted(_body_lengths(texts)) or [80]
    short = 0.85 * lengths[int(0.8 * (len(lengths) - 1))]
    body = "\n".join(texts)
    heads = heading_indices(texts, body)  # lines are stripped, as is_heading_line would
    if any(lines.headings):
        heads = sorted({*heads, *itertools.compress(range(count), lines.headings)})
    heading = [False] * count
    for index in heads:
        heading[index] = True
    ends = [index for index, text in enumerate(texts) if ends_with_stop(text) and not is_abbreviation(text)]
    # A country's title ("GHANA: Tier 2 Watch List") is a paragraph of its own, however
    # the lines around it end.
    titles = [
        index
        for index in lines_at(body, tiered_title_offsets(body))
        if len(texts[index]) < short and texts[index][:1].isupper()
    ]
    titles += _title_block(texts, short)
    candidates = sorted(
        {
            *(index + 1 for index in ends),
            *heads,
            *(index + 1 for index in heads),
            *titles,
            *(index + 1 for index in titles),
            *(index for index, blank in enumerate(blanks) if blank and blanks_mean_breaks),
        }
    )
    ending, title_set = set(ends), set(titles)
    breaks = [0]
    for index in candidates:
        if not 0 < index < count:
            continue
        prev_ends = index - 1 in ending
        if (
            heading[index]
            or heading[index - 1]
            or index in title_set
            or index - 1 in title_set
            # A line that stops mid-sentence goes on in the next, even after a blank
            # (but the text's first line, its title, does not).
            or (
                blanks_mean_breaks
                and blanks[index] > 0
                and (
                    index == 1
                    or (prev_ends and not _item_runs_on(texts, index))
                    # a full line that stops mid-sentence goes on after a blank line (a
                    # PDF's text splits blocks there: columns, pages), even at a capital
                    or (not texts[index][:1].islower() and _may_end_a_block(texts[index - 1], short))
                )
            )
            # a short line ends its paragraph, but not one that ends a list's item run
            # on in the next line ("… such as ISIS;" / "proactively identify …")
            or (prev_ends and len(texts[index - 1]) < short and not _item_runs_on(texts, index))
            # "Prevention: The government …" opens a section after a sentence's end
            or (prev_ends and run_in_heading(texts[index]) is not None)
        ):
            breaks.append(index)
    breaks.append(count)
    hyphens = lines_at(body, (match.start() for match in _HYPHEN_END.finditer(body)))
    vocabulary = _vocabulary(body)
    return [
        (_joined(texts, start, stop, hyphens, vocabulary), lines.numbers[start], heading[stop - 1])
        for start, stop in itertools.pairwise(breaks)
    ]


_TITLE_BLOCK_LINES = 8  # a page's title block is at most this many lines


def _title_block(texts: Sequence[str], short: float) -> list[int]:
    """The lines of the title block that opens a hard-wrapped text ("The 2009
    Trafficking in Persons (TIP) Report", "Office to Monitor …", "June 5, 2002"): short
    lines that end no sentence, each ending in a name, a number or a bracket and followed
    by a line that opens with a capital. Each is a paragraph of its own, not the start
    of the first sentence."""
    block: list[int] = []
    for index, text in enumerate(texts[: min(_TITLE_BLOCK_LINES, len(texts) - 1)]):
        # a line is stripped text, never empty
        if (
            len(text) >= short
            or ends_with_stop(text)
            or not (text.split()[-1][:1].isupper() or text[-1].isdigit() or text[-1] == ")")
            or not texts[index + 1][:1].isupper()
            or _RUNNING_TEXT.search(text) is not None
            or _lower_case_words(text) >= _RUNNING_TEXT_WORDS
        ):
            break
        block.append(index)
    return block


_RUNNING_TEXT_WORDS = 2  # words in lower case (no minor ones) that a title's line never holds
_LONGER_MINOR_WORDS = frozenset("about against among between into through under within".split())


def _lower_case_words(line: str) -> int:
    """The words of five letters or more in lower case that are no minor word: a title
    capitalises its words ("Office to Monitor and Combat Trafficking in Persons",
    "Countries A through G"), running text does not ("Most of the trafficking problems
    of Burkina" / "Faso result from …")."""
    return sum(
        1
        for word in _WORD.findall(line)
        if len(word) >= 5 and word.islower() and word not in _LONGER_MINOR_WORDS
    )


# A narrative's first line that a country's name or a tier's ends mid-way ("The
# Government of the Czech" / "Republic, fully meets …", "Libya is a Special" / "Case for
# the fourth …"): running text, by its opening or its verb, never a title's line.
_RUNNING_TEXT = re.compile(r"^The [Gg]overnment of |\b(?:is|are|was|were|remains|remained)\b")


def _joined(
    texts: Sequence[str], start: int, stop: int, hyphens: Sequence[int], vocabulary: _Vocabulary
) -> str:
    """Lines ``start`` to ``stop`` as one paragraph: one space between lines, and a word
    hyphenated across a break re-joined (``hyphens`` are the lines ending in "-")."""
    pieces: list[str] = []
    at, separator = start, ""
    for hyphen in hyphens[bisect.bisect_left(hyphens, start) :]:
        if hyphen >= stop - 1:
            break
        pieces.append(separator + " ".join(texts[at : hyphen + 1]))
        at = hyphen + 1
        separator = _hyphen_join(pieces, texts[at], vocabulary)
    pieces.append(separator + " ".join(texts[at:stop]))
    return "".join(pieces)


def _item_runs_on(texts: Sequence[str], index: int) -> bool:
    """Whether line ``index`` goes on with the list the line before it ends an item of:
    that line ends in a semicolon, this one opens in lower case."""
    return texts[index][:1].islower() and texts[index - 1].rstrip(_CLOSERS).endswith(";")


def _may_end_a_block(line: str, short: float) -> bool:
    """Whether a line that does not end a sentence may end its block before a blank line:
    a short one (a title, a list's item) or a title with its tier, not a full line of
    text that a PDF's column or page ends."""
    return len(line) < short or is_tiered_title(line)


def ends_with_stop(line: str) -> bool:
    """True when the line ends with a stop (. ! ? : ;), perhaps inside quotes or brackets
    (straight or curly: text not normalised yet has them)."""
    return line.rstrip(_CLOSERS)[-1:] in _STOPS


# A word is a run of ASCII letters, single hyphens inside it ("anti-trafficking"). The
# text's UTF-8 bytes are split into words in bulk: every byte that is no letter or
# hyphen (any byte of a character beyond ASCII, too) becomes a space, and so does a
# hyphen that does not stand between two letters.
_NOT_WORD_BYTES = bytes(
    byte if chr(byte) in string.ascii_letters or byte == ord("-") else ord(" ")
    for byte in range(256)
)
_LONE_HYPHEN = re.compile(rb"-(?:(?![A-Za-z])|(?<![A-Za-z]-))")


def _words(text: str) -> list[str]:
    """The words of ``text`` (see above) in lower case, in order."""
    letters = text.encode("utf-8", "surrogatepass").translate(_NOT_WORD_BYTES)
    return _LONE_HYPHEN.sub(b" ", letters).lower().decode("ascii").split()


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The document's words (lower case) with their counts, and the first parts of its
    hyphenated compounds ("anti" of "anti-trafficking"), looked up in constant time."""

    counts: Counter[str]
    compound_heads: frozenset[str]


def _vocabulary(text: str) -> _Vocabulary:
    # The words of the whole text, found in one scan (a word never spans lines).
    counts = Counter(_words(text))
    heads = frozenset(word.split("-", 1)[0] for word in counts if "-" in word)
    return _Vocabulary(counts, heads)


_TAIL = 200  # characters of a paragraph's end searched for a hyphenated word


def _hyphen_join(paragraph: list[str], line: str, vocabulary: _Vocabulary) -> str:
    """What goes between a paragraph whose pieces end in a hyphen and its next line: ""
    when the line re-joins a word hyphenated across the break, else " ".

    Whether the hyphen belongs to the word ("anti-trafficking", kept) or only to the line
    break ("govern-ment", dropped from the paragraph's last piece) is read off the
    document's own vocabulary. Only the end of the paragraph is looked at, so joining
    stays linear in the paragraph's length.
    """
    if paragraph[-1][-2:-1].isdigit() and line[:1].isalnum():
        return ""  # no number is cut at a line's end: "2022-" / "2025", "17-" / "year-old"
    prefix = _hyphenated_end(paragraph)
    if prefix and line[:1].isdigit():
        return ""  # a word's own hyphen before a number: "COVID-" / "19"
    first = _FIRST_WORD.match(line) if prefix else None
    if not prefix or not first:
        return " "
    suffix = first.group(1)
    if suffix[0].isupper():  # a break inside a word never leaves it a capital: "al-" / "Shabaab"
        return ""
    hyphenated = vocabulary.counts[f"{prefix}-{suffix}".lower()]
    joined = vocabulary.counts[f"{prefix}{suffix}".lower()]
    if not (hyphenated > joined or (hyphenated == joined == 0 and _compound(prefix, suffix, vocabulary))):
        paragraph[-1] = paragraph[-1][:-1]
    return ""


#: Words that open or close hyphenated compounds in the report's prose whatever else
#: the text holds ("self-declared", "child-specific", "power-sharing", "NGO-run"); an
#: ending only after a first part of three letters or more that is no prefix the
#: report writes closed up ("unrelated", "underfunded").
_COMPOUND_HEADS = frozenset({"self", "anti", "cross"})
_CLOSED_PREFIXES = frozenset("under over out sub super inter counter non pre post mis".split())
_COMPOUND_ENDS = frozenset(
    """
    affected affiliated appropriate backed based border building centered centred
    declared driven focused friendly funded generating informed intensive level making
    oriented owned operated prone related run scale seeker seekers sensitive sharing
    specific sponsored term trafficking
    """.split()
)


#: What the report writes "re-" before: the harm done to a victim again ("re-trafficked",
#: "re-victimization", "re-traumatized", "re-abducted"); other words it closes up
#: ("reintegration", "reported", "resources").
_HARM_DONE_AGAIN = re.compile(r"(?:traffick|victimi[sz]|traumati[sz]|abduct|exploit|recruit)")


def _compound(prefix: str, suffix: str, vocabulary: _Vocabulary) -> bool:
    """Whether a word hyphenated across a line break, neither form of which the text
    holds elsewhere, is a compound: one of the words compounds are made with, or a
    first part the text's other compounds open with before a word the text holds
    ("anti-" / "trafficking", not "pro-" / "vided"; the text's words count this line's
    first word too)."""
    head, end = prefix.lower(), suffix.lower()
    if head in _COMPOUND_HEADS or (
        end in _COMPOUND_ENDS and len(head) >= 3 and head not in _CLOSED_PREFIXES
    ):
        return True
    if head == "re" and _HARM_DONE_AGAIN.match(end):
        return True
    return head in vocabulary.compound_heads and vocabulary.counts[end] > 1


def _hyphenated_end(paragraph: list[str]) -> str:
    """The letters before a hyphen that ends the paragraph ("govern" of "… govern-")."""
    if not paragraph[-1].endswith("-"):
        return ""
    tail = paragraph[-1]
    if len(tail) <= _TAIL and len(paragraph) > 1:
        tail = "".join(paragraph[-8:])
    body = tail[-_TAIL:-1]
    return body[len(body.rstrip(string.ascii_letters)) :]


# ------------------------------------------------ insets: captions and pull-quotes

# A page of the report sets a photo's caption and a pull-quote box among a narrative's
# paragraphs; pdftotext gives each as a block of its own between blank lines. They are
# not the narrative's words, and only blocks that cannot be a narrative's paragraph are
# taken for them: in a hard-wrapped text whose blank lines part its paragraphs, a block
# that stands inside a sentence going on around it, or that is set narrower than the body
# and reads as a caption or repeats the narrative's own words (see :func:`_inset_blocks`).
_MEASURE_LINES = 10  # lines of running text needed to know the body's measure
_MEASURE_SHARE = 0.9  # the body's measure: the length this share of its lines stays within
_INSET_MEASURE = 0.92  # of the body's measure, that every line of an inset block stays under
_INTERRUPTION_WORDS = 60  # words, at most, of a block set inside a sentence
_CAPTION_WORDS = 45  # words, at most, of a caption
_CAPTION_SENTENCES = 2
_PULL_QUOTE_WORDS = 40  # words, at most, of a pull-quote
_PULL_QUOTE_MIN_WORDS = 6  # words, at least, of a pull-quote found repeated
_REPEATED_SHARE = 0.8  # of a pull-quote's words, found in one run elsewhere in the text
# Words of a narrative's account (what a government, its officials and courts did, the
# report's own terms) that a photo's caption, describing a scene, does not use.
_ACCOUNT_WORDS = re.compile(
    r"traffick|govern|authorit|official|\blaws?\b|legal|legislat|police|prosecut|convict"
    r"|investigat|\bcourts?\b|judic|judge|minist|\btier|report|recommend|standards"
    r"|\bngos?\b|\bidentif|\bshelters?\b|\bcases?\b|\bpercent\b|\bfunding\b",
    re.I,
)
_QUOTES = "\"'“”‘’"
_DOUBLE_QUOTES = "\"“”"


def _inset_blocks(lines: _Lines) -> list[int]:
    """The lines of the blocks among a hard-wrapped text's paragraphs that are set in
    from the page and are no part of its narrative: a photo's caption or a pull-quote.

    A block between blank lines is one when it is whole sentences set inside a sentence
    of the narrative (the line before it ends without a stop, the line after it goes on
    in lower case); or when, between two paragraphs, every line of it is clearly
    shorter than the body's lines and it is either a caption (one or two sentences of
    no more than a scene: no figure and none of a narrative's account words, and not
    under a recommendations heading) or a pull-quote (a quotation as a whole, or the
    words of a sentence the narrative has elsewhere).
    """
    texts, blanks = lines.texts, lines.blanks
    count = len(texts)
    if count - 1 - blanks[1:].count(0) >= 0.5 * max(1, count - 1):
        return []  # a blank line after (nearly) every line: blanks part no blocks
    starts = [index for index in range(1, count) if blanks[index]]
    lengths = sorted(_body_lengths(texts))
    measure = lengths[int(_MEASURE_SHARE * (len(lengths) - 1))] if len(lengths) >= _MEASURE_LINES else None
    heads: list[int] | None = None  # the headings, found only once a block may be dropped

    def headings() -> list[int]:
        nonlocal heads
        if heads is None:
            heads = heading_indices(texts, "\n".join(texts))
        return heads

    drop: list[int] = []
    for start, stop in itertools.pairwise([*starts, count]):
        if stop == count:
            break  # the text's last block: nothing stands after it
        block = texts[start:stop]
        text = " ".join(block)
        if not ends_with_stop(text) or not text.lstrip(_QUOTES)[:1].isupper():
            continue
        before, after = texts[start - 1], texts[stop]
        if not ends_with_stop(before):
            inset = after[:1].islower() and len(text.split()) <= _INTERRUPTION_WORDS
        elif measure is None or max(map(len, block)) >= _INSET_MEASURE * measure:
            continue
        else:
            rows = stop - start
            inset = (
                (_is_caption(text, rows) and not _under_recommendations(texts, headings(), start))
                or _is_pull_quote(text, rows)
                or _is_repeated(text, texts, start, stop)
            )
        if inset and not {start - 1, start, stop - 1} & set(headings()):  # no heading's block
            drop.extend(range(start, stop))
    return drop


def _is_caption(text: str, rows: int) -> bool:
    """One or two sentences over two lines or more with no figure and none of the
    words of a narrative's account: a scene's description ("Workers sort fish at a
    processing plant.")."""
    return (
        rows >= 2
        and len(text.split()) <= _CAPTION_WORDS
        and len(split_sentences(text)) <= _CAPTION_SENTENCES
        and not any(char.isdigit() for char in text)
        and _ACCOUNT_WORDS.search(text) is None
    )


def _is_pull_quote(text: str, rows: int) -> bool:
    """A quotation as a whole, over two lines or more: it opens and closes with a
    double quotation mark, and holds none between."""
    inner = text[1:].rstrip(".")[:-1]
    return (
        rows >= 2
        and len(text.split()) <= _PULL_QUOTE_WORDS
        and text[:1] in _DOUBLE_QUOTES
        and text.rstrip(".")[-1:] in _DOUBLE_QUOTES
        and not any(quote in inner for quote in _DOUBLE_QUOTES)
    )


def _is_repeated(text: str, texts: Sequence[str], start: int, stop: int) -> bool:
    """Whether the block, over two lines or more, holds most of its words (a
    pull-quote's) in one run of the text outside it."""
    words = _words(text)
    if stop - start < 2 or not _PULL_QUOTE_MIN_WORDS <= len(words) <= _PULL_QUOTE_WORDS:
        return False
    rest = " " + " ".join(_words(" ".join((*texts[:start], *texts[stop:])))) + " "
    run = math.ceil(_REPEATED_SHARE * len(words))
    return any(
        f" {' '.join(words[at : at + run])} " in rest for at in range(len(words) - run + 1)
    )


def _under_recommendations(texts: Sequence[str], heads: Sequence[int], index: int) -> bool:
    """Whether line ``index`` stands under a recommendations heading (whose items are
    short sentences of no account words either: "Increase funding for shelters.")."""
    above = bisect.bisect_left(heads, index)
    return above > 0 and heading_section(texts[heads[above - 1]]) is SectionName.RECOMMENDATIONS
