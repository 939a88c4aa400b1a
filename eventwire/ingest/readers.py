"""Read articles from files, folders and standard input.

``read_inputs`` turns paths into a stream of :class:`Article` records and
:class:`Reject` records (what could not be read, with the reason and how to fix
it).  Bad input never raises: each bad file, line or feed item becomes one
``Reject`` and reading goes on with the rest.

Supported inputs (see ``CONTRACT.md``):

* ``*.txt`` - one article; the first line may be `` date YYYY-MM-DD <text...>``.
* ``*.jsonl`` / ``*.ndjson`` - one JSON object a line with ``date`` and ``text``.
* ``*.csv`` - a header with at least ``date`` and ``text``.
* ``*.html`` / ``*.htm`` - main text, title and publication date from the page.
* ``*.xml`` / ``*.rss`` / ``*.atom`` - RSS 1.0/2.0 and Atom feeds, one article an item.
* ``-`` - standard input, read as JSON Lines when it starts with ``{``, else as text.
"""
from __future__ import annotations

import csv
import datetime as dt
import email.utils
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from xml.parsers import expat

from ..records import Article, Reject

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_HTML_BYTES = 32 * 1024 * 1024
CSV_FIELD_LIMIT = 64 * 1024 * 1024
STDIN_NAME = "<stdin>"

TEXT_EXT = {".txt"}
JSONL_EXT = {".jsonl", ".ndjson"}
CSV_EXT = {".csv"}
HTML_EXT = {".html", ".htm"}
FEED_EXT = {".xml", ".rss", ".atom"}
SUPPORTED_EXT = TEXT_EXT | JSONL_EXT | CSV_EXT | HTML_EXT | FEED_EXT

NO_DATE_TXT = "no publication date; pass --date YYYY-MM-DD or start the file with ' date YYYY-MM-DD'"
NO_DATE_RECORD = "no publication date; add \"date\": \"YYYY-MM-DD\" to the record or pass --date YYYY-MM-DD"
NO_DATE_CSV = "no publication date; fill the 'date' column (YYYY-MM-DD) or pass --date YYYY-MM-DD"
NO_DATE_PAGE = ("no publication date in the page metadata (article:published_time, date, pubdate, "
                "<time datetime>); pass --date YYYY-MM-DD")
NO_DATE_ITEM = "feed item has no pubDate/published/updated date; pass --date YYYY-MM-DD"

_TXT_DATE = re.compile(r"\A[ \t]*[Dd]ate:?[ \t]+(\d[^\s]*)[ \t]*(?:\r?\n)?")
_ISO_DATE = re.compile(r"\A\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]|\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_BYTES = b" \t\r\n\x0b\x0c"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _Decoded:
    """Decoded text or the reason it could not be decoded."""

    __slots__ = ("text", "error")

    def __init__(self, text: str | None, error: str | None = None):
        self.text, self.error = text, error


def article_id(date: dt.date, text: str) -> str:
    """The id of an article that has none: ``sha1(date + "\\n" + text)[:16]``.

    ``date`` is rendered as ``YYYY-MM-DD``; the hash is over the UTF-8 bytes.
    The same text with the same date always gets the same id.
    """
    return hashlib.sha1(f"{date.isoformat()}\n{text}".encode("utf-8")).hexdigest()[:16]


def read_inputs(paths: Iterable[str], default_date: dt.date | None = None,
                stdin: BinaryIO | TextIO | None = None) -> Iterator[Article | Reject]:
    """Yield one :class:`Article` or :class:`Reject` per input record.

    ``paths`` are files, folders (read recursively; files sorted by relative path,
    hidden names and unsupported extensions skipped) or ``-`` for ``stdin``
    (``sys.stdin`` when not given).  ``default_date`` is the publication date of
    records that carry none.  A file named twice is read once.

    Article ids: the record's own ``id`` where the format has one (JSON Lines,
    CSV); for feed items ``sha1("guid\\n" + guid)[:16]`` when the item has a
    guid/id; otherwise :func:`article_id` of date and text.  ``Article.origin``
    is ``"path:line"``; ``Article.text`` is the text exactly as given (only the
    ``date`` prefix of a ``.txt`` file is removed), so offsets refer to it.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin, default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                key = _key(file)
                if key not in seen:
                    seen.add(key)
                    yield from _read_file(file, default_date)
        elif path.exists():
            key = _key(path)
            if key in seen:
                continue
            seen.add(key)
            if path.suffix.lower() not in SUPPORTED_EXT:
                yield Reject(str(path), None, f"unsupported file type '{path.suffix or path.name}'; "
                             "use .txt, .jsonl, .ndjson, .csv, .html, .htm, .xml, .rss or .atom")
                continue
            yield from _read_file(path, default_date)
        else:
            yield Reject(str(path), None, "no such file or folder; check the path")


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


def _walk(root: Path) -> list[Path]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            file = Path(dirpath) / name
            if file.suffix.lower() in SUPPORTED_EXT:
                found.append((file.relative_to(root).parts, file))
    found.sort(key=lambda item: item[0])
    return [file for _, file in found]


def _read_file(path: Path, default_date: dt.date | None) -> Iterator[Article | Reject]:
    ext = path.suffix.lower()
    name = str(path)
    if ext in JSONL_EXT:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield Reject(name, None, f"cannot open the file ({exc.strerror or exc}); check its permissions")
            return
        with handle:
            yield from _read_jsonl(handle, name, default_date)
        return
    try:
        size = path.stat().st_size
        if ext in TEXT_EXT and size > MAX_ARTICLE_BYTES:
            yield Reject(name, None, _too_large(size))
            return
        if ext in HTML_EXT and size > MAX_HTML_BYTES:
            yield Reject(name, None, f"page too large ({size} bytes; the limit is {MAX_HTML_BYTES} bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Reject(name, None, f"cannot read the file ({exc.strerror or exc}); check its permissions")
        return
    if ext in TEXT_EXT:
        yield from _read_txt(data, name, default_date)
    elif ext in CSV_EXT:
        yield from _read_csv(data, name, default_date)
    elif ext in HTML_EXT:
        yield from _read_html(data, name, default_date)
    else:
        yield from _read_feed(data, name, default_date)


def _read_stdin(stdin: BinaryIO | TextIO | None, default_date: dt.date | None) -> Iterator[Article | Reject]:
    stream: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    content = stream.read()
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    head = data.lstrip(_BLANK_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip(_BLANK_BYTES)
    if head.startswith(b"{"):
        yield from _read_jsonl(io.BytesIO(data), STDIN_NAME, default_date)
    else:
        yield from _read_txt(data, STDIN_NAME, default_date)


# ---------------------------------------------------------------- decoding

def _decode(data: bytes) -> _Decoded:
    """UTF-8 (BOM allowed), UTF-16 with a BOM, or cp1252 text without control characters."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith(_UTF16_BOMS):
        try:
            return _Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            return _Decoded(None, f"broken UTF-16 text ({exc.reason}); re-encode it as UTF-8")
    if b"\x00" in data:
        return _Decoded(None, "binary data (contains NUL bytes), not text; give a UTF-8 text file")
    try:
        return _Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and not _CONTROL.search(text):
            return _Decoded(text)
        return _Decoded(None, f"not UTF-8 text (invalid byte 0x{bad:02x} at byte {exc.start}); "
                              "re-encode it as UTF-8")


def _too_large(n: int) -> str:
    return f"article too large ({n} bytes; the limit is {MAX_ARTICLE_BYTES} bytes); split it into smaller articles"


def _size_error(text: str) -> str | None:
    if len(text) * 4 <= MAX_ARTICLE_BYTES:
        return None
    n = len(text.encode("utf-8", "surrogatepass"))
    return _too_large(n) if n > MAX_ARTICLE_BYTES else None


def parse_date(value: Any) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (optionally followed by a time) or an RFC 2822 date.

    Returns ``None`` when ``value`` is not such a date.  The calendar date is
    taken as written; no time zone conversion.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value + " ")
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    s = value.strip()
    if len(s) == 8 and s.isdigit():
        try:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def _unencodable(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return key
    return None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value or None
    if isinstance(value, (int, float, bool)):
        return str(value)
    return None


# ---------------------------------------------------------------- txt

def _read_txt(data: bytes, name: str, default_date: dt.date | None) -> Iterator[Article | Reject]:
    if len(data) > MAX_ARTICLE_BYTES:
        yield Reject(name, None, _too_large(len(data)))
        return
    decoded = _decode(data)
    if decoded.text is None:
        yield Reject(name, None, decoded.error or "unreadable")
        return
    text = decoded.text
    date = default_date
    m = _TXT_DATE.match(text)
    if m:
        date = parse_date(m.group(1))
        if date is None or not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", m.group(1)):
            yield Reject(name, 1, f"bad date {m.group(1)!r} on the first line; write ' date YYYY-MM-DD'")
            return
        text = text[m.end():]
    if not text.strip():
        yield Reject(name, None, "empty text; the file holds no article text")
        return
    if date is None:
        yield Reject(name, None, NO_DATE_TXT)
        return
    yield Article(id=article_id(date, text), date=date, text=text, origin=f"{name}:1")


# ---------------------------------------------------------------- jsonl

def _read_jsonl(handle: BinaryIO, name: str, default_date: dt.date | None) -> Iterator[Article | Reject]:
    first = handle.readline()
    lines: Iterable[bytes | str]
    if first.startswith(_UTF16_BOMS):
        decoded = _decode(first + handle.read())
        if decoded.text is None:
            yield Reject(name, None, decoded.error or "unreadable")
            return
        lines = decoded.text.split("\n")
    else:
        lines = _chain(first, handle)
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip(_BLANK_BYTES):
                continue
            decoded = _decode(line)
            if decoded.text is None:
                yield Reject(name, number, decoded.error or "unreadable")
                continue
            text_line = decoded.text
        else:
            text_line = line
            if not text_line.strip(" \t\r\n\x0b\x0c"):
                continue
        yield _json_record(text_line, name, number, default_date)


def _chain(first: bytes, handle: BinaryIO) -> Iterator[bytes]:
    if first:
        yield first
        yield from handle


def _json_record(line: str, name: str, number: int, default_date: dt.date | None) -> Article | Reject:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        where = f" ({exc.msg} at column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        return Reject(name, number, f"not valid JSON{where}; each line must be one JSON object "
                                    "like {\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}")
    if not isinstance(obj, dict):
        return Reject(name, number, f"a JSON {type(obj).__name__}, not an object; each line must be "
                                    "one JSON object with \"date\" and \"text\"")
    return _record(obj, name, number, default_date, NO_DATE_RECORD)


def _record(obj: dict[str, Any], name: str, number: int, default_date: dt.date | None,
            no_date: str) -> Article | Reject:
    rid = _optional_str(obj.get("id"))
    if rid is not None:
        rid = rid.encode("utf-8", "backslashreplace").decode("utf-8")
    text = obj.get("text")
    if text is None:
        return Reject(name, number, "no \"text\" field; every record needs the article text in \"text\"", rid)
    if not isinstance(text, str):
        return Reject(name, number, f"\"text\" must be a string, not {type(text).__name__}", rid)
    if not text.strip():
        return Reject(name, number, "empty \"text\"; the record holds no article text", rid)
    too_large = _size_error(text)
    if too_large:
        return Reject(name, number, too_large, rid)
    bad_field = _unencodable(obj, ("id", "text", "title", "url", "source", "lang"))
    if bad_field:
        return Reject(name, number, f"\"{bad_field}\" holds invalid Unicode (a lone surrogate escape "
                                    "such as \\ud800); fix the escape or drop the character", None)
    raw_date = obj.get("date")
    if raw_date is None or raw_date == "":
        if default_date is None:
            return Reject(name, number, no_date, rid)
        date = default_date
    else:
        parsed = parse_date(raw_date)
        if parsed is None:
            return Reject(name, number, f"bad date {raw_date!r}; write the date as YYYY-MM-DD", rid)
        date = parsed
    return Article(id=rid or article_id(date, text), date=date, text=text,
                   title=_optional_str(obj.get("title")), url=_optional_str(obj.get("url")),
                   source=_optional_str(obj.get("source")), lang=_optional_str(obj.get("lang")),
                   origin=f"{name}:{number}", date_known=obj.get("date_unknown") is not True)


# ---------------------------------------------------------------- csv

def _read_csv(data: bytes, name: str, default_date: dt.date | None) -> Iterator[Article | Reject]:
    decoded = _decode(data)
    if decoded.text is None:
        yield Reject(name, None, decoded.error or "unreadable")
        return
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(decoded.text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield Reject(name, 1, f"unreadable CSV header ({exc}); the first line must name the columns")
        return
    if header is None:
        yield Reject(name, None, "empty file; a CSV needs a header with at least date,text")
        return
    columns = [h.strip().lower() for h in header]
    if "text" not in columns or ("date" not in columns and default_date is None):
        missing = [c for c in ("date", "text") if c not in columns]
        yield Reject(name, 1, f"CSV header lacks {', '.join(missing)}; the header must name at least date,text")
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Reject(name, start, f"unreadable CSV row ({exc}); the rest of the file was not read. "
                                      "Check the quoting on this line")
            return
        number, start = start, reader.line_num + 1
        if not row or not any(cell.strip() for cell in row):
            continue
        obj: dict[str, Any] = {}
        for column, cell in zip(columns, row):
            if column and column not in obj:
                obj[column] = cell
        yield _record(obj, name, number, default_date, NO_DATE_CSV)


# ---------------------------------------------------------------- html

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
              "iframe", "form", "button", "select"}
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
               "article", "main", "section", "blockquote", "pre", "table", "tr", "td", "th",
               "figure", "figcaption", "hr", "body", "caption", "address", "details", "summary"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
              "source", "track", "wbr"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created")


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.in_title = False
        self.container: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self.time_dates: list[str] = []
        self.current: list[str] = []
        self.paragraphs: list[tuple[str, frozenset[str]]] = []

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.paragraphs.append((text, frozenset(self.container)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"].strip() or None
        if tag == "time" and a.get("datetime"):
            self.time_dates.append(a["datetime"])
        if tag == "title":
            self.in_title = True
            return
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self.skip:
                self.flush()
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS and not self.skip:
            self.flush()
        if tag in ("article", "main"):
            self.container.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and tag != "meta":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _VOID_TAGS:
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK_TAGS and not self.skip:
            self.flush()
        if tag in ("article", "main") and tag in self.container:
            while self.container and self.container.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip:
            self.current.append(data)

    def main_text(self) -> str:
        self.flush()
        for wanted in ("article", "main"):
            chosen = [t for t, c in self.paragraphs if wanted in c]
            if chosen:
                return "\n\n".join(chosen)
        return "\n\n".join(t for t, _ in self.paragraphs)

    def title(self) -> str | None:
        og = " ".join(self.meta.get("og:title", "").split())
        if og:
            return og
        title = " ".join("".join(self.title_parts).split())
        return title or None

    def date(self) -> dt.date | None:
        for key in _DATE_META:
            if key in self.meta:
                found = parse_date(self.meta[key])
                if found is not None:
                    return found
        for value in self.time_dates:
            found = parse_date(value)
            if found is not None:
                return found
        return None


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment or page, paragraphs joined with blank lines."""
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    return parser.main_text()


def _read_html(data: bytes, name: str, default_date: dt.date | None) -> Iterator[Article | Reject]:
    decoded = _decode(data)
    if decoded.text is None:
        yield Reject(name, None, decoded.error or "unreadable")
        return
    parser = _PageParser()
    parser.feed(decoded.text)
    parser.close()
    text = parser.main_text()
    if not text.strip():
        yield Reject(name, None, "no article text found in the page (only scripts, menus or empty markup)")
        return
    too_large = _size_error(text)
    if too_large:
        yield Reject(name, None, too_large)
        return
    date = parser.date() or default_date
    if date is None:
        yield Reject(name, None, NO_DATE_PAGE)
        return
    url = parser.meta.get("og:url") or None
    site = parser.meta.get("og:site_name") or None
    yield Article(id=article_id(date, text), date=date, text=text, title=parser.title(), url=url,
                  source=site, lang=parser.lang, origin=f"{name}:1")


# ---------------------------------------------------------------- feeds

class _Node:
    __slots__ = ("tag", "ns", "attrs", "children", "parts", "line")

    def __init__(self, tag: str, ns: str, attrs: dict[str, str], line: int):
        self.tag, self.ns, self.attrs, self.line = tag, ns, attrs, line
        self.children: list[_Node] = []
        self.parts: list[str] = []

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def child(self, *names: str) -> "_Node | None":
        for wanted in names:
            for c in self.children:
                if c.tag == wanted:
                    return c
        return None

    def walk(self) -> Iterator["_Node"]:
        yield self
        for c in self.children:
            yield from c.walk()


def _parse_xml(data: bytes) -> _Node:
    parser = expat.ParserCreate(namespace_separator=" ")
    root = _Node("", "", {}, 0)
    stack = [root]

    def start(name: str, attrs: dict[str, str]) -> None:
        ns, _, local = name.rpartition(" ")
        node = _Node(local, ns, {k.rpartition(" ")[2]: v for k, v in attrs.items()},
                     parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        stack[-1].parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = True
    parser.Parse(data, True)
    return root


def _read_feed(data: bytes, name: str, default_date: dt.date | None) -> Iterator[Article | Reject]:
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        yield Reject(name, None, "binary data (contains NUL bytes), not text; give a UTF-8 text file")
        return
    try:
        doc = _parse_xml(data)
    except expat.ExpatError as exc:
        yield Reject(name, exc.lineno, f"not well-formed XML ({expat.errors.messages.get(exc.code, exc)}); "
                                       "fix the feed or save the articles as JSON Lines")
        return
    top = doc.children[0] if doc.children else None
    if top is None or top.tag not in ("rss", "feed", "RDF", "channel"):
        yield Reject(name, None, "XML is not an RSS or Atom feed (root element must be <rss>, <feed> or <rdf:RDF>)")
        return
    items = [n for n in top.walk() if n.tag in ("item", "entry")]
    feed_title = None
    channel = top.child("channel") or top
    title_node = channel.child("title")
    if title_node is not None:
        feed_title = " ".join(title_node.text.split()) or None
    for item in items:
        yield _feed_item(item, name, default_date, feed_title)


def _feed_item(item: _Node, name: str, default_date: dt.date | None,
               feed_title: str | None) -> Article | Reject:
    title_node = item.child("title")
    title = html_to_text(title_node.text) if title_node is not None else ""
    title = " ".join(title.split()) or None
    body = ""
    for tag in ("encoded", "content", "description", "summary"):
        node = item.child(tag)
        if node is not None and node.text.strip():
            body = html_to_text(node.text)
            if body.strip():
                break
    text = "\n\n".join(part for part in (title, body) if part)
    guid_node = item.child("guid", "id")
    guid = guid_node.text.strip() if guid_node is not None else ""
    if not text.strip():
        return Reject(name, item.line, "feed item has no title, description or content")
    too_large = _size_error(text)
    if too_large:
        return Reject(name, item.line, too_large, guid or None)
    date = None
    raw_date = ""
    for tag in ("pubDate", "published", "date", "issued", "updated", "modified"):
        node = item.child(tag)
        if node is not None and node.text.strip():
            raw_date = node.text.strip()
            date = parse_date(raw_date)
            if date is not None:
                break
    if date is None:
        if default_date is None:
            reason = (f"bad feed date {raw_date!r}; use RFC 822 or ISO 8601, or pass --date YYYY-MM-DD"
                      if raw_date else NO_DATE_ITEM)
            return Reject(name, item.line, reason, guid or None)
        date = default_date
    url = None
    for link in (c for c in item.children if c.tag == "link"):
        href = link.attrs.get("href")
        if href and link.attrs.get("rel", "alternate") == "alternate":
            url = href
            break
        if not href and link.text.strip():
            url = link.text.strip()
            break
    ident = (hashlib.sha1(f"guid\n{guid}".encode("utf-8")).hexdigest()[:16] if guid
             else article_id(date, text))
    return Article(id=ident, date=date, text=text, title=title, url=url, source=feed_title,
                   origin=f"{name}:{item.line}")
