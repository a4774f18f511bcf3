"""File formats: bytes on disk -> plain text plus metadata for `ingest.parse_text`.

Every reader returns `Outcome`s (one per document; a table gives one per row) or `SkippedRows`
(rows of a table that could not be read), and raises `UnreadableFile` with a reason a person can
act on when the whole file cannot be read. Set-off quotations (HTML <blockquote>, Markdown "> ")
are written as BLOCK_OPEN/BLOCK_CLOSE marker lines, the same markers wiki "File:Aquote1.png" lines
become, so `parse_text` records every kind of block the same way.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq
from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser as HTMLParser

BLOCK_OPEN = "\ue000"  # private-use characters, never a line of real text on their own
BLOCK_CLOSE = "\ue001"

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", "": "txt", ".md": "md", ".markdown": "md",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}

# Column names (case-insensitive) a table may use for each field, in order of preference.
TEXT_COLUMNS = ("text", "content", "body")
META_COLUMNS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "published_at", "published_date", "publication_date", "pubdate", "pub_date",
                  "date_published", "datetime"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source", "site", "publisher"),
}


class UnreadableFile(Exception):
    """The file cannot become a document; the message is the report's reason."""


@dataclass
class Outcome:
    text: str
    path: str
    source_format: str
    meta: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what was repaired or assumed, for the ingest report


@dataclass
class SkippedRows:
    path: str
    reason: str


# ---------------------------------------------------------------------------------------------
# Bytes -> str

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class Decoded(NamedTuple):
    text: str
    notes: list[str]  # repairs made to read it, and a guessed legacy encoding, for the ingest report


def decode(raw: bytes) -> Decoded:
    """Text of `raw`: BOM-marked Unicode, UTF-8, or a legacy encoding charset-normalizer recognises.

    Nothing readable is lost to stray bytes: NUL bytes inside text are removed, UTF-16 without a
    byte-order mark is recognised, a UTF-8 sequence cut off (at the end or inside a line) is dropped,
    and a file that mixes UTF-8 with a legacy encoding is decoded line by line, and inside a line run by
    run; each repair, and a legacy encoding guessed for a whole file, is noted.
    Raises UnreadableFile for empty, binary or undecodable content.
    """
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the bytes
        raise UnreadableFile("empty file")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as problem:
                raise UnreadableFile(f"not decodable as {encoding} despite its byte-order mark: {problem.reason}")
            nuls = text.count("\x00")
            return Decoded(text.replace("\x00", ""), [f"{nuls} NUL character(s) removed"] if nuls else [])
    notes: list[str] = []
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return Decoded(utf16, ["UTF-16 without a byte-order mark"])
        if not _stray_nuls(raw):
            raise UnreadableFile("binary file (contains NUL bytes)")
        notes.append(f"{raw.count(0)} NUL byte(s) removed")
        raw = raw.replace(b"\x00", b"")
    try:
        return Decoded(raw.decode("utf-8"), notes)
    except UnicodeDecodeError as problem:
        if problem.start >= len(raw) - 3 and problem.reason == "unexpected end of data":
            notes.append(f"UTF-8 sequence cut off at the end ({len(raw) - problem.start} byte(s)) removed")
            return Decoded(raw[:problem.start].decode("utf-8"), notes)
    lines = raw.splitlines(keepends=True)
    utf8 = [_utf8_or_none(line) for line in lines]
    cut = 0
    for i, line in enumerate(lines):
        if utf8[i] is None:
            repaired = _cut_utf8(line)
            if repaired is not None:
                utf8[i], cut = repaired[0], cut + repaired[1]
    if cut:
        notes.append(f"{cut} broken UTF-8 byte(s) removed")
    if all(text is not None for text in utf8):
        return Decoded("".join(utf8), notes)
    if any(text is not None and not text.isascii() for text in utf8) or any(map(_utf8_run, lines)):
        return Decoded(*_decode_mixed(lines, utf8, notes))
    text, encoding = _decode_legacy(raw)
    return Decoded(text, notes + [f"not UTF-8: read as {encoding}"])


def _utf8_or_none(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


# One UTF-8 character of two to four bytes (RFC 3629), and a byte that is none of UTF-8.
UTF8_MULTIBYTE = (rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                  rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                  rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# A run of UTF-8 text of at least two non-ASCII characters, spaces or hyphens between (a word, not a chance
# pair of legacy bytes), or a byte that is not UTF-8.
UTF8_RUN = rb"(?:" + UTF8_MULTIBYTE + rb")(?:[ -]?(?:" + UTF8_MULTIBYTE + rb"))+"
UTF8_OR_NOT = re.compile(rb"(?P<utf8>" + UTF8_RUN + rb")|(?P<other>[\x80-\xff])")
CUT_SHARE = 4  # a line with this many UTF-8 letters per broken byte is UTF-8 with a cut sequence, not a legacy line


def _cut_utf8(line: bytes) -> tuple[str, int] | None:
    """(text, bytes dropped) of a UTF-8 line with a few broken sequences (a character cut in half where two
    texts were joined), or None when the line is not mostly UTF-8."""
    text = line.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    letters = sum(1 for ch in text if ch > "\x7f") - broken
    if letters < CUT_SHARE * broken:
        return None
    return line.decode("utf-8", "ignore"), len(line) - len(line.decode("utf-8", "ignore").encode())


def _utf8_run(line: bytes) -> bool:
    """Whether a line not in UTF-8 still holds a UTF-8 run ("Минск и " before "Москва" in cp1251)."""
    return any(m["utf8"] for m in UTF8_OR_NOT.finditer(line))


def _decode_mixed(lines: list[bytes], utf8: list[str | None], notes: list[str]) -> tuple[str, list[str]]:
    """UTF-8 lines as they are; in the others, UTF-8 runs as UTF-8 and the rest in the one legacy
    encoding that reads it best."""
    others = [line for line, text in zip(lines, utf8) if text is None]
    encoding = _best_legacy(re.sub(UTF8_RUN, b" ", b"".join(others)))  # chosen on the legacy words, in context
    decoded = "".join(text if text is not None else _decode_runs(line, encoding) for line, text in zip(lines, utf8))
    if text_plausibility(decoded[:20_000]) < MIN_PLAUSIBILITY:  # random bytes hold chance UTF-8 pairs too
        raise UnreadableFile("not decodable: no text encoding gives readable text")
    notes.append(f"mixed encodings: {len(others)} of {len(lines)} line(s) not UTF-8, read as {encoding}")
    return decoded, notes


def _decode_runs(line: bytes, encoding: str) -> str:
    """A line mixing UTF-8 runs with bytes of a legacy encoding, each part in its own encoding."""
    parts, at = [], 0
    for match in UTF8_OR_NOT.finditer(line):
        if match["utf8"]:
            parts.append(line[at:match.start()].decode(encoding, "replace"))
            parts.append(match["utf8"].decode("utf-8"))
            at = match.end()
    parts.append(line[at:].decode(encoding, "replace"))
    return "".join(parts)


MIN_NUL_FREE = 0.98  # a text with stray NULs has few; UTF-16 or binary data has many
FEW_NULS = 8  # this many are stray in a text of any length
CONTROL_BYTES = bytes(set(range(32)) - set(b"\t\n\r\f\x00"))  # in text only as damage; binary formats are full of them


def _stray_nuls(raw: bytes) -> bool:
    """NUL bytes scattered through text (a damaged export), not a binary file."""
    if raw.count(0) > max(FEW_NULS, (1 - MIN_NUL_FREE) * len(raw)):
        return False
    sample = raw[:65536]
    return len(sample.translate(None, CONTROL_BYTES)) == len(sample)


def _utf16_without_bom(raw: bytes) -> str | None:
    """The text of UTF-16 without a byte-order mark: NULs in every other byte (the high byte of ASCII)."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    for encoding, nul_half in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if nul_half.count(0) >= 0.3 * len(nul_half):
            try:
                text = raw[: len(raw) // 2 * 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            if text_plausibility(text[:20_000]) >= MIN_PLAUSIBILITY:
                return text
    return None


def _best_legacy(raw: bytes) -> str:
    """The legacy encoding (or charset-normalizer's guess) that decodes `raw` most like text."""
    best = from_bytes(raw[:200_000]).best()
    candidates = LEGACY_ENCODINGS + ((best.encoding,) if best is not None else ())
    scored = []
    for rank, encoding in enumerate(candidates):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((text_plausibility(text[:20_000]), -rank, encoding))
    return max(scored, default=(None, 0, "cp1251"))[2]


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a file in one legacy encoding.

    charset-normalizer guesses poorly on a few words ("Привет мир" in cp1251 comes out as box
    drawing); the candidate that reads most like text wins, the legacy encodings first on ties."""
    encoding = _best_legacy(raw)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = ""
    if not text or text_plausibility(text[:20_000]) < MIN_PLAUSIBILITY:
        raise UnreadableFile("not decodable: no text encoding gives readable text")
    return text, encoding


# Legacy encodings a Russian/English corpus is likely to hold, tried beside charset-normalizer's guess.
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp1252")
MIN_PLAUSIBILITY = 0.3  # prose scores about 1; random bytes decoded as KOI8-R about -1
WORD = re.compile(r"[^\W\d_]+")  # a run of letters in any script: "Россия", "Café"
FREQUENT_RUSSIAN = frozenset("оеаинтсрвл")  # the ten most frequent letters of Russian prose
COMMON_MARKS = frozenset(".,;:!?-–—()[]\"'«»“”‘’/%№$€₽&+*=#@…")


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "latin"
    return "cyrillic" if "\u0400" <= ch <= "\u04ff" else "other"


def text_plausibility(text: str) -> float:
    """How much `text` reads like prose: 1.0 for clean words in one script, lower for mojibake.

    Penalised: symbols outside common punctuation (box drawing, half-width kana), letters outside
    Latin/Cyrillic, words mixing scripts ("Cafй") or cases ("рТЙЧЕФ": KOI8-R read as cp1251),
    accented Latin letters in bulk (cp1251 read as cp1252: "Ïðèâåò"). Rewarded: the most frequent
    Russian letters, which tells KOI8-R from cp1251 when a text is all capitals.
    """
    if not text:
        return 0.0
    odd = sum(1 for ch in text if not (ch.isalnum() or ch.isspace() or ch in COMMON_MARKS))
    words = WORD.findall(text)
    letters = "".join(words)
    if not letters:
        return -odd / len(text)
    scripts = [_script(ch) for ch in letters]
    other = scripts.count("other")
    cyrillic = scripts.count("cyrillic")
    accented = sum(1 for ch in letters if "\u00c0" <= ch < "\u0250")
    mixed = sum(1 for word in words if len({_script(ch) for ch in word}) > 1)
    odd_case = sum(1 for word in words if not (word.islower() or word.isupper() or word.istitle()))
    score = 1 - 3 * odd / len(text) - 2 * other / len(letters) - 2 * (mixed + odd_case) / len(words)
    score -= max(0.0, accented / len(letters) - 0.1)
    if cyrillic:  # counted in all-Cyrillic words only: "Cafй" (cp1252 read as cp1251) earns nothing
        russian = "".join(word for word in words if all(_script(ch) == "cyrillic" for ch in word)).lower()
        score += 0.5 * sum(1 for ch in russian if ch in FREQUENT_RUSSIAN) / cyrillic
    return score


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise UnreadableFile("unreadable: permission denied")
    except OSError as problem:
        raise UnreadableFile(f"unreadable: {problem.strerror or problem}")


# ---------------------------------------------------------------------------------------------
# HTML

# Elements whose text is never article text: code, page furniture, and containers that pages mark
# as navigation, menus, breadcrumbs, cookie banners or share buttons by role, class or id.
HTML_DROP = ", ".join([
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "iframe",
    "button", "select", '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
    '[role="complementary"]', '[class*="breadcrumb"]', '[class*="cookie"]', '[id*="cookie"]',
    '[class*="share"]', '[class*="social"]', '[class*="menu"]', '[id*="menu"]', '[class*="sidebar"]',
    '[id*="sidebar"]',
])
# Runs of HTML whitespace collapse to one space as a browser renders them; a no-break space is text.
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Elements that end a paragraph: their text goes on its own line(s).
HTML_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th pre figure figcaption "
    "blockquote br hr address".split()
)


def _meta(tree: HTMLParser, *selectors: str) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get("content") or node.attributes.get("datetime") or node.attributes.get("href") \
            or node.text(strip=True)
        if value and value.strip():
            return value.strip()
    return None


# "datePublished": "2024-03-05T09:12:00Z" in a page's JSON-LD block (schema.org NewsArticle).
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"\n]{6,40})"')
# A <time> whose own text or class says it is a revision's: "Updated 5 March", class="updated".
UPDATED_TIME = re.compile(r"(?i)updated|modified")


def _json_ld_published(raw: str) -> str | None:
    match = JSON_LD_PUBLISHED.search(raw) if "datePublished" in raw else None
    return match[1] if match else None


def _first_time_not_updated(tree: HTMLParser) -> str | None:
    """The first <time datetime> that is not marked as a revision's (its class, or the words just before it
    in its parent: "Updated <time …>")."""
    for node in tree.css("time[datetime]"):
        before = node.prev.text(deep=True) if node.prev is not None else ""
        if UPDATED_TIME.search(node.attributes.get("class") or "") or UPDATED_TIME.search(before[-40:]):
            continue
        value = (node.attributes.get("datetime") or "").strip()
        if value:
            return value
    return None


def _html_lines(node, lines: list[str], current: list[str]) -> None:
    """Append the text under `node` to `lines`, one line per block element, quotes between markers."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            current.append(child.text_content or "")
            continue
        if tag in ("-comment",):
            continue
        if tag in HTML_BLOCKS:
            _flush(lines, current)
            if tag == "blockquote":
                lines.append(BLOCK_OPEN)
            _html_lines(child, lines, current)
            _flush(lines, current)
            if tag == "blockquote":
                lines.append(BLOCK_CLOSE)
        else:
            _html_lines(child, lines, current)


def _flush(lines: list[str], current: list[str]) -> None:
    text = HTML_SPACE.sub(" ", "".join(current)).strip(" ")
    current.clear()
    if text:
        lines.extend(["", text])


def html_document(raw: str) -> tuple[str, dict]:
    """Main text of an HTML page (one paragraph per block element) and metadata from its head."""
    tree = HTMLParser(raw)
    meta = {
        "title": _meta(tree, 'meta[property="og:title"]', "h1", "title"),
        "url": _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]'),
        "outlet": _meta(tree, 'meta[property="og:site_name"]'),
    }
    published = (_meta(tree, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
                       'meta[property="og:published_time"]', '[itemprop="datePublished"]', "time[pubdate]",
                       'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="date"]',
                       'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]')
                 or _json_ld_published(raw) or _first_time_not_updated(tree))
    if published:
        meta["published_raw"] = published
    for node in tree.css(HTML_DROP):
        node.decompose()
    main = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body
    if main is None:
        raise UnreadableFile("HTML without a body")
    lines: list[str] = []
    current: list[str] = []
    _html_lines(main, lines, current)
    _flush(lines, current)
    return "\n".join(lines), meta


# ---------------------------------------------------------------------------------------------
# Markdown

# "---\ntitle: …\ndate: …\n---": YAML-style front matter at the top of a Markdown file.
FRONT_MATTER = re.compile(r"---\n(?P<body>(?:[A-Za-z_][\w-]{0,30}:[^\n]*\n){1,40})---\n")
# "## Heading" -> "Heading"
MD_HEADING = re.compile(r"^#{1,6} +", re.M)
# "![alt](src)" images are dropped; "[text](url)" links keep their text.
MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
# "**bold**", "__bold__", "*em*": emphasis markers around words.
MD_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)([^*_\n]+?)(?<=\S)\1")


def markdown_document(raw: str) -> tuple[str, dict]:
    """Plain text of a Markdown file ("> " quotes become blocks) and its front matter."""
    raw = raw.replace("\r\n", "\n")
    meta: dict = {}
    front = FRONT_MATTER.match(raw)
    if front:
        for line in front["body"].splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        raw = raw[front.end():]
    lines: list[str] = []
    in_quote = False
    for line in raw.split("\n"):
        quoted = line.startswith(">")
        if quoted and not in_quote:
            lines.append(BLOCK_OPEN)
        elif not quoted and in_quote:
            lines.append(BLOCK_CLOSE)
        in_quote = quoted
        lines.append(line[1:].lstrip() if quoted else line)
    if in_quote:
        lines.append(BLOCK_CLOSE)
    text = "\n".join(lines)
    if "#" in text:
        heading = re.search(r"^# +(.+)$", text, re.M)
        if heading and "title" not in meta:
            meta["title"] = heading[1].strip()
        text = MD_HEADING.sub("", text)
    text = MD_LINK.sub(r"\1", MD_IMAGE.sub("", text))
    text = MD_EMPHASIS.sub(r"\2", text)
    return text, {
        "title": meta.get("title"), "url": meta.get("url"), "outlet": meta.get("outlet") or meta.get("source"),
        "published_raw": meta.get("date") or meta.get("published"),
    }


# ---------------------------------------------------------------------------------------------
# Tables


# "29/01/2024" and "01/29/2024": day or month first, decided by a column's values (`slash_order`).
SLASH_DATE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})")


def slash_order(values) -> tuple[bool, str | None]:
    """(day_first, note) for a column of "NN/NN/YYYY" dates: the values decide, ambiguity is noted.

    A first number above 12 makes the column day-first, a second above 12 month-first. When no value
    decides (or values disagree), day-first is assumed, as most of the world writes dates, and the
    note says so.
    """
    firsts, seconds = [], []
    for value in values:
        match = SLASH_DATE.search(value or "")
        if match:
            firsts.append(int(match["a"]))
            seconds.append(int(match["b"]))
    if not firsts:
        return True, None
    day_first, month_first = max(firsts) > 12, max(seconds) > 12
    if day_first and not month_first:
        return True, None
    if month_first and not day_first:
        return False, None
    why = "values disagree" if day_first else "no day above 12"
    return True, f"DD/MM/YYYY assumed for NN/NN/YYYY dates ({why})"


def _own_order(value: str, day_first: bool) -> bool:
    """Day-first for one "NN/NN/YYYY" value: its own numbers decide when one is above 12 (a column whose
    values disagree holds both orders), else the column's order."""
    match = SLASH_DATE.search(value)
    if match and (int(match["a"]) > 12) != (int(match["b"]) > 12):
        return int(match["a"]) > 12
    return day_first


def pick_column(columns: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {column.lower().strip(): column for column in columns}
    return next((lowered[name] for name in names if name in lowered), None)


def table_rows(rows: list[dict], columns: list[str], relative: str, source_format: str, bad: list[str]):
    """Outcomes for the rows of a table, a SkippedRows line for rows without text or unreadable rows."""
    text_column = pick_column(columns, TEXT_COLUMNS)
    if text_column is None:
        raise UnreadableFile(f"table without a text column (looked for {', '.join(TEXT_COLUMNS)}; has {', '.join(map(str, columns)) or 'none'})")
    picked = {field_name: pick_column(columns, names) for field_name, names in META_COLUMNS.items()}
    date_column = picked.get("published")
    day_first, order_note = slash_order(str(row.get(date_column) or "") for row in rows if row) if date_column else (True, None)
    outcomes: list = []
    for number, row in enumerate(rows, 1):
        if row is None:
            continue
        text = row.get(text_column)
        if not isinstance(text, str) or not text.strip():
            bad.append(f"row {number}: empty text")
            continue
        meta = {name: (str(row[column]).strip() if row.get(column) is not None else None)
                for name, column in picked.items() if column}
        notes = []
        if meta.get("published"):
            meta["published_raw"] = meta.pop("published")
            meta["published_day_first"] = _own_order(meta["published_raw"], day_first)
            if order_note and SLASH_DATE.search(meta["published_raw"]):  # every such value of an undecided column
                notes.append(f"column {date_column!r}: {order_note}")
        outcomes.append(Outcome(text, f"{relative}#row={number}", source_format, meta, notes))
    if not outcomes and not bad:
        raise UnreadableFile("table without rows")
    if bad:
        shown = "; ".join(bad[:5]) + (f"; … {len(bad) - 5} more" if len(bad) > 5 else "")
        outcomes.append(SkippedRows(relative, f"{len(bad)} row(s) not read: {shown}"))
    return outcomes


# Article texts can exceed the csv module's default field limit (128 KiB); a corpus file is trusted input.
csv.field_size_limit(2**31 - 1)


def read_csv(raw: bytes, relative: str, tab: bool) -> list:
    """Rows of a CSV (comma, or semicolon when only that gives a text column) or TSV file."""
    text, notes = decode(raw)
    delimiters = "\t" if tab else ",;"
    for delimiter in delimiters:
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as problem:
            raise UnreadableFile(f"malformed CSV: {problem}")
        if records and pick_column(records[0], TEXT_COLUMNS):
            break
    if not records:
        raise UnreadableFile("empty file")
    columns, rows, bad = records[0], [], []
    for number, record in enumerate(records[1:], 1):
        if len(record) != len(columns):
            if any(cell.strip() for cell in record):
                bad.append(f"row {number}: {len(record)} fields, header has {len(columns)}")
            rows.append(None)
            continue
        rows.append(dict(zip(columns, record)))
    return _noted(table_rows(rows, columns, relative, "csv", bad), notes)


def read_jsonl(raw: bytes, relative: str) -> list:
    rows, bad, columns = [], [], {}
    text, notes = decode(raw)
    for number, line in enumerate(text.splitlines(), 1):
        record = None  # rows stay aligned with line numbers, so "#row=N" is line N of the file
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as problem:
                bad.append(f"line {number}: invalid JSON ({problem.msg})")
            if record is not None and not isinstance(record, dict):
                bad.append(f"line {number}: not a JSON object")
                record = None
        if record is not None:
            columns.update(dict.fromkeys(record))
        rows.append(record)
    if not columns and bad:
        raise UnreadableFile(f"malformed JSONL: {bad[0]}")
    return _noted(table_rows(rows, list(columns), relative, "jsonl", bad), notes)


def _noted(outcomes: list, notes: list[str]) -> list:
    """The outcomes of one file, each carrying the repairs made to decode the file."""
    for outcome in outcomes:
        if isinstance(outcome, Outcome):
            outcome.notes[:0] = notes
    return outcomes


def read_parquet(raw: bytes, relative: str) -> list:
    try:
        table = pq.read_table(pa.BufferReader(raw))
    except Exception as problem:  # pyarrow raises several types for a damaged file
        raise UnreadableFile(f"malformed Parquet: {problem}")
    return table_rows(table.to_pylist(), table.column_names, relative, "parquet", [])


# ---------------------------------------------------------------------------------------------
# Dispatch


def read_file(path: Path, relative: str) -> list:
    """The documents (Outcome) and skipped-row notes (SkippedRows) of one file.

    A gzip-compressed file ("stories.jsonl.gz") is read as the format its inner suffix names.
    """
    compressed = path.suffix.lower() == ".gz"
    suffix = Path(path.stem).suffix.lower() if compressed else path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in TABLE_SUFFIXES:
        raise UnreadableFile(f"unsupported file type {suffix!r}" + (" inside .gz" if compressed else ""))
    raw = read_bytes(path)
    if compressed and raw:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as problem:
            raise UnreadableFile(f"malformed gzip: {problem}")
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the bytes
        raise UnreadableFile("empty file")
    table_format = TABLE_SUFFIXES.get(suffix)
    if table_format == "parquet":
        return read_parquet(raw, relative)
    if table_format == "csv":
        return read_csv(raw, relative, tab=suffix == ".tsv")
    if table_format == "jsonl":
        return read_jsonl(raw, relative)
    text, notes = decode(raw)
    source_format = TEXT_SUFFIXES[suffix]
    if source_format == "html":
        text, meta = html_document(text)
    elif source_format == "md":
        text, meta = markdown_document(text)
    else:
        meta = {}
    return [Outcome(text, relative, source_format, meta, notes)]
