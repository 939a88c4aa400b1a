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

import codecs
import csv
import datetime as dt
import email.utils
import hashlib
import io
import json
import os
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from xml.parsers import expat

from ..records import Article, Reject

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_HTML_BYTES = 32 * 1024 * 1024
CSV_FIELD_LIMIT = 64 * 1024 * 1024
# A CSV record or feed item is read into memory whole, everything else a piece at a time:
# a record (or item) longer than this many characters is refused and reading goes on after it.
MAX_RECORD_CHARS = 4 * MAX_ARTICLE_BYTES
READ_CHUNK = 1024 * 1024
EARLIEST_YEAR = 1900
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
                stdin: BinaryIO | TextIO | None = None, *,
                today: dt.date | None = None) -> Iterator[Article | Reject]:
    """Yield one :class:`Article` or :class:`Reject` per input record.

    ``paths`` are files, folders (read recursively; files sorted by relative path,
    hidden names and unsupported extensions skipped) or ``-`` for ``stdin``
    (``sys.stdin`` when not given).  ``default_date`` is the publication date of
    records that carry none.  A file named twice is read once.

    Publication dates must lie between 1 January 1900 and the end of the year after
    ``today`` (default: the current date); a date outside that range, or one with an
    impossible time of day, refuses its record with the reason.

    Article ids: the record's own ``id`` where the format has one (JSON Lines,
    CSV); for feed items ``sha1("guid\\n" + guid)[:16]`` when the item has a
    guid/id; otherwise :func:`article_id` of date and text.  ``Article.origin``
    is ``"path:line"``; ``Article.text`` is the text exactly as given (only the
    ``date`` prefix of a ``.txt`` file is removed), so offsets refer to it.
    Feed items refused on one line carry their position on the line in ``Reject.item``.
    """
    dates = _Dates(default_date, (today or dt.date.today()).year + 1)
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin, dates)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                key = _key(file)
                if key not in seen:
                    seen.add(key)
                    yield from _read_file(file, dates)
        elif path.exists():
            key = _key(path)
            if key in seen:
                continue
            seen.add(key)
            if path.suffix.lower() not in SUPPORTED_EXT:
                yield Reject(str(path), None, f"unsupported file type '{path.suffix or path.name}'; "
                             "use .txt, .jsonl, .ndjson, .csv, .html, .htm, .xml, .rss or .atom")
                continue
            yield from _read_file(path, dates)
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


def _read_file(path: Path, dates: "_Dates") -> Iterator[Article | Reject]:
    ext = path.suffix.lower()
    name = str(path)
    if ext in JSONL_EXT | CSV_EXT | FEED_EXT:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield Reject(name, None, f"cannot open the file ({exc.strerror or exc}); check its permissions")
            return
        with handle:
            if ext in JSONL_EXT:
                yield from _read_jsonl(handle, name, dates)
            elif ext in CSV_EXT:
                yield from _read_csv(handle, name, dates)
            else:
                yield from _read_feed(handle, name, dates)
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
        yield from _read_txt(data, name, dates)
    else:
        yield from _read_html(data, name, dates)


def _read_stdin(stdin: BinaryIO | TextIO | None, dates: "_Dates") -> Iterator[Article | Reject]:
    stream: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    content = stream.read()
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    head = data.lstrip(_BLANK_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip(_BLANK_BYTES)
    if head.startswith(b"{"):
        yield from _read_jsonl(io.BytesIO(data), STDIN_NAME, dates)
    else:
        yield from _read_txt(data, STDIN_NAME, dates)


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


def _file_encoding(handle: BinaryIO) -> _Decoded:
    """The encoding :func:`_decode` would pick for the whole of ``handle``, found a chunk at a time.

    ``_Decoded.text`` holds the codec name; the handle is left at its start.
    """
    head = handle.read(3)
    handle.seek(0)
    if head.startswith(_UTF16_BOMS):
        decoder = codecs.getincrementaldecoder("utf-16")()
        try:
            for chunk in iter(lambda: handle.read(READ_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            return _Decoded(None, f"broken UTF-16 text ({exc.reason}); re-encode it as UTF-8")
        finally:
            handle.seek(0)
        return _Decoded("utf-16")
    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    offset = 0
    bad: tuple[int, int] | None = None
    cp1252_ok = True
    try:
        for chunk in iter(lambda: handle.read(READ_CHUNK), b""):
            if b"\x00" in chunk:
                return _Decoded(None, "binary data (contains NUL bytes), not text; give a UTF-8 text file")
            if bad is None:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError as exc:
                    at = max(0, min(len(chunk) - 1, exc.start))
                    bad = (chunk[at], offset + at)
            if cp1252_ok:
                try:
                    cp1252_ok = not _CONTROL.search(chunk.decode("cp1252"))
                except UnicodeDecodeError:
                    cp1252_ok = False
            offset += len(chunk)
        if bad is None:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                bad = (0, offset - max(1, exc.end - exc.start))
    finally:
        handle.seek(0)
    if bad is None:
        return _Decoded("utf-8-sig")
    if cp1252_ok:
        return _Decoded("cp1252")
    return _Decoded(None, f"not UTF-8 text (invalid byte 0x{bad[0]:02x} at byte {bad[1]}); re-encode it as UTF-8")


def _too_large(n: int) -> str:
    return f"article too large ({n} bytes; the limit is {MAX_ARTICLE_BYTES} bytes); split it into smaller articles"


def _size_error(text: str) -> str | None:
    if len(text) * 4 <= MAX_ARTICLE_BYTES:
        return None
    n = len(text.encode("utf-8", "surrogatepass"))
    return _too_large(n) if n > MAX_ARTICLE_BYTES else None


def parse_date(value: Any) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (optionally followed by a time) or an RFC 2822 date.

    Returns ``None`` when ``value`` is not such a date, or has a time of day that cannot
    be (``2024-03-04T99:99:99``).  The calendar date is taken as written; no time zone
    conversion.
    """
    found = _parse_date(value)
    return found if isinstance(found, dt.date) else None


def _parse_date(value: Any) -> dt.date | str:
    """The date of ``value``, or why it is none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return f"a {type(value).__name__}, not a date string"
    m = _ISO_DATE.match(value + " ")
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return "no such day in the calendar"
        problem = _time_problem(value[m.end(3):])
        return problem or day
    s = value.strip()
    if len(s) == 8 and s.isdigit():
        try:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        except ValueError:
            return "no such day in the calendar"
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return "not a date"
    return parsed.date() if parsed is not None else "not a date"


_TIME = re.compile(r"(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?(?!\d)")


def _time_problem(rest: str) -> str | None:
    """Why the time of day after an ISO date cannot be, or None (no time, or a possible one)."""
    if rest[:1] in ("T", "t"):
        clock = rest[1:]
    elif re.match(r"\s+\d{1,2}:", rest):
        clock = rest.lstrip()
    else:
        return None
    m = _TIME.match(clock)
    if m is None:
        return "no time of day after the 'T'"
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 60:
        return f"no such time of day ({m.group(0)})"
    return None


@dataclass(frozen=True)
class _Dates:
    """The publication date of records that give none, and the range of plausible dates."""

    default: dt.date | None
    latest_year: int

    def check(self, value: Any) -> dt.date | str:
        """The date of ``value`` or the reason it is refused (for "bad date VALUE: REASON")."""
        found = _parse_date(value)
        if isinstance(found, str):
            return found
        if not EARLIEST_YEAR <= found.year <= self.latest_year:
            return f"not a plausible publication date (years {EARLIEST_YEAR} to {self.latest_year})"
        return found


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

def _read_txt(data: bytes, name: str, dates: _Dates) -> Iterator[Article | Reject]:
    if len(data) > MAX_ARTICLE_BYTES:
        yield Reject(name, None, _too_large(len(data)))
        return
    decoded = _decode(data)
    if decoded.text is None:
        yield Reject(name, None, decoded.error or "unreadable")
        return
    text = decoded.text
    date = dates.default
    m = _TXT_DATE.match(text)
    if m:
        found = dates.check(m.group(1))
        if isinstance(found, str) or not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", m.group(1)):
            why = f": {found}" if isinstance(found, str) else ""
            yield Reject(name, 1, f"bad date {m.group(1)!r} on the first line{why}; write ' date YYYY-MM-DD'")
            return
        date = found
        text = text[m.end():]
    if not text.strip():
        yield Reject(name, None, "empty text; the file holds no article text")
        return
    if date is None:
        yield Reject(name, None, NO_DATE_TXT)
        return
    yield Article(id=article_id(date, text), date=date, text=text, origin=f"{name}:1")


# ---------------------------------------------------------------- jsonl

def _read_jsonl(handle: BinaryIO, name: str, dates: _Dates) -> Iterator[Article | Reject]:
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
    records = 0
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip(_BLANK_BYTES):
                continue
            records += 1
            decoded = _decode(line)
            if decoded.text is None:
                yield Reject(name, number, decoded.error or "unreadable")
                continue
            text_line = decoded.text
        else:
            text_line = line
            if not text_line.strip(" \t\r\n\x0b\x0c"):
                continue
            records += 1
        yield _json_record(text_line, name, number, dates)
    if not records:
        yield Reject(name, None, "empty file; JSON Lines need one JSON object a line, "
                                 "like {\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}")


def _chain(first: bytes, handle: BinaryIO) -> Iterator[bytes]:
    if first:
        yield first
        yield from handle


def _json_record(line: str, name: str, number: int, dates: _Dates) -> Article | Reject:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        where = f" ({exc.msg} at column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        return Reject(name, number, f"not valid JSON{where}; each line must be one JSON object "
                                    "like {\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}")
    if not isinstance(obj, dict):
        return Reject(name, number, f"a JSON {type(obj).__name__}, not an object; each line must be "
                                    "one JSON object with \"date\" and \"text\"")
    return _record(obj, name, number, dates, NO_DATE_RECORD)


def _record(obj: dict[str, Any], name: str, number: int, dates: _Dates,
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
    unknown = obj.get("date_unknown", False)
    if unknown is None:
        unknown = False
    if not isinstance(unknown, bool):
        return Reject(name, number, f"\"date_unknown\" must be true or false, not {unknown!r}", rid)
    raw_date = obj.get("date")
    if raw_date is None or raw_date == "":
        if dates.default is None:
            return Reject(name, number, no_date, rid)
        date = dates.default
    else:
        parsed = dates.check(raw_date)
        if isinstance(parsed, str):
            return Reject(name, number, f"bad date {raw_date!r}: {parsed}; write the date as YYYY-MM-DD", rid)
        date = parsed
    return Article(id=rid or article_id(date, text), date=date, text=text,
                   title=_optional_str(obj.get("title")), url=_optional_str(obj.get("url")),
                   source=_optional_str(obj.get("source")), lang=_optional_str(obj.get("lang")),
                   origin=f"{name}:{number}", date_known=not unknown)


# ---------------------------------------------------------------- csv

class _RecordTooLong(Exception):
    """A CSV record ran over MAX_RECORD_CHARS characters."""


class _Lines:
    """The physical lines of a text stream, numbered, for ``csv.reader``.

    Keeps the lines of the record being read (``taken``), so that a record that
    turns out to be malformed can be refused and the lines after its first read again
    (:meth:`refuse_record` puts them in ``pending``).  No line or record longer than
    ``limit`` characters is held.
    """

    def __init__(self, stream: TextIO, limit: int):
        self.stream, self.limit = stream, limit
        self.number = 0
        self.taken: list[tuple[int, str]] = []
        self.size = 0
        self.pending: deque[tuple[int, str]] = deque()

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.pending:
            item = self.pending.popleft()
        else:
            line = self.stream.readline(self.limit + 1)
            if not line:
                raise StopIteration
            self.number += 1
            item = (self.number, line)
            if len(line) > self.limit and not line.endswith(("\n", "\r")):
                self.taken.append(item)
                self._skip_rest_of_line()
                raise _RecordTooLong
        self.taken.append(item)
        self.size += len(item[1])
        if self.size > self.limit:
            raise _RecordTooLong
        return item[1]

    def _skip_rest_of_line(self) -> None:
        while True:
            piece = self.stream.readline(self.limit)
            if not piece or piece.endswith(("\n", "\r")):
                return

    def start_record(self) -> None:
        self.taken.clear()
        self.size = 0

    def first_line(self) -> int:
        return self.taken[0][0] if self.taken else self.number

    def refuse_record(self) -> None:
        """Read the lines after the record's first line again."""
        self.pending.extendleft(reversed(self.taken[1:]))
        self.taken.clear()
        self.size = 0


def _csv_rows(lines: _Lines) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, cells) of each CSV record, or (first line, why it is refused).

    Quotes are read strictly: a quoted field must close before the end of the file and be
    followed by a comma or the end of the line.  A record that breaks this (an unterminated
    quote would otherwise swallow the records after it) is refused on its first line and
    the records after that line are read on.
    """
    reader = csv.reader(lines, strict=True)
    while True:
        lines.start_record()
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, _RecordTooLong) as exc:
            start = lines.first_line()
            if isinstance(exc, _RecordTooLong):
                why = (f"CSV record longer than {MAX_RECORD_CHARS} characters (or a quote that is never "
                       "closed); split the text or check the quoting on this line")
            else:
                why = (f"malformed CSV record ({exc}): a quote that is opened and not closed, or text after "
                       "a closing quote; this record is skipped, the lines after it are read. "
                       "Check the quoting on this line")
            yield start, why
            lines.refuse_record()
            reader = csv.reader(lines, strict=True)
            continue
        yield lines.first_line(), row


def _read_csv(handle: BinaryIO, name: str, dates: _Dates) -> Iterator[Article | Reject]:
    found = _file_encoding(handle)
    if found.text is None:
        yield Reject(name, None, found.error or "unreadable")
        return
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    stream = io.TextIOWrapper(handle, encoding=found.text, newline="")
    try:
        yield from _csv_records(_csv_rows(_Lines(stream, MAX_RECORD_CHARS)), name, dates)
    except UnicodeDecodeError as exc:
        yield Reject(name, None, f"the file changed while it was read ({exc.reason}); read it again")
    finally:
        stream.detach()


def _csv_records(rows: Iterator[tuple[int, list[str] | str]], name: str,
                 dates: _Dates) -> Iterator[Article | Reject]:
    columns: list[str] | None = None
    for number, row in rows:
        if columns is None:
            if isinstance(row, str):
                yield Reject(name, number, f"unreadable CSV header ({row}); the first line must name the columns")
                return
            columns = [h.strip().lower() for h in row]
            if "text" not in columns or ("date" not in columns and dates.default is None):
                missing = [c for c in ("date", "text") if c not in columns]
                yield Reject(name, number, f"CSV header lacks {', '.join(missing)}; "
                                           "the header must name at least date,text")
                return
            continue
        if isinstance(row, str):
            yield Reject(name, number, row)
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        obj: dict[str, Any] = {}
        for column, cell in zip(columns, row):
            if column and column not in obj:
                obj[column] = cell
        unknown = obj.get("date_unknown")
        if isinstance(unknown, str) and unknown.strip().lower() in ("", "true", "false"):
            obj["date_unknown"] = unknown.strip().lower() == "true"
        yield _record(obj, name, number, dates, NO_DATE_CSV)
    if columns is None:
        yield Reject(name, None, "empty file; a CSV needs a header with at least date,text")


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

    def date(self, dates: _Dates) -> dt.date | str | None:
        """The first usable date of the metadata, else why the first date given is refused, else None."""
        refused: str | None = None
        candidates = [self.meta[key] for key in _DATE_META if key in self.meta] + self.time_dates
        for value in candidates:
            found = dates.check(value)
            if isinstance(found, dt.date):
                return found
            if refused is None and _parse_date(value) != "not a date":
                refused = f"bad date {value!r} in the page metadata: {found}; pass --date YYYY-MM-DD"
        return refused


def _parsed(markup: str) -> _PageParser:
    """The page parsed. The standard library's parser stops with an AssertionError on a malformed
    marked section ("<![0"); such a page is read again with its "<![" openings as plain text."""
    parser = _PageParser()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:
        parser = _PageParser()
        parser.feed(markup.replace("<![", "&lt;!["))
        parser.close()
    return parser


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment or page, paragraphs joined with blank lines."""
    return _parsed(markup).main_text()


def _read_html(data: bytes, name: str, dates: _Dates) -> Iterator[Article | Reject]:
    decoded = _decode(data)
    if decoded.text is None:
        yield Reject(name, None, decoded.error or "unreadable")
        return
    parser = _parsed(decoded.text)
    text = parser.main_text()
    if not text.strip():
        yield Reject(name, None, "no article text found in the page (only scripts, menus or empty markup)")
        return
    too_large = _size_error(text)
    if too_large:
        yield Reject(name, None, too_large)
        return
    found = parser.date(dates)
    date = found if isinstance(found, dt.date) else dates.default
    if date is None:
        yield Reject(name, None, found if isinstance(found, str) else NO_DATE_PAGE)
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


FEED_ROOTS = ("rss", "feed", "RDF", "channel")
ITEM_TAGS = ("item", "entry")


class _FeedOutline:
    """First reading of a feed: is it well-formed, its root element and the feed's title.

    Nothing but the title is kept, so a feed of any size is checked in constant memory.
    """

    def __init__(self) -> None:
        self.root: str | None = None
        self.depth = 0
        self.channel: int | None = None  # 1 once the root's first <channel> opened, 2 once it closed
        self.title_depth: int | None = None
        self.title_of = ""  # "root" or "channel": whose title is being read
        self.titles: dict[str, list[str]] = {}
        self.line_items = (0, 0)  # (line, items starting on it) of the last item
        self.crowded: set[int] = set()  # lines on which several items start
        self.parser: Any = None

    def start(self, name: str, _attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        self.depth += 1
        if self.depth == 1:
            self.root = local
        elif self.depth == 2 and local == "channel" and self.channel is None:
            self.channel = 1
        if local in ITEM_TAGS:
            line = self.parser.CurrentLineNumber
            count = self.line_items[1] + 1 if self.line_items[0] == line else 1
            self.line_items = (line, count)
            if count == 2:
                self.crowded.add(line)
        if local == "title" and self.title_depth is None:
            where = ("root" if self.depth == 2 else
                     "channel" if self.depth == 3 and self.channel == 1 else None)
            if where is not None and where not in self.titles:
                self.titles[where] = []
                self.title_depth = self.depth
                self.title_of = where

    def end(self, name: str) -> None:
        if self.depth == self.title_depth:
            self.title_depth = None
        if self.depth == 2 and self.channel == 1 and name.rpartition(" ")[2] == "channel":
            self.channel = 2
        self.depth -= 1

    def chars(self, data: str) -> None:
        if self.title_depth is not None and self.depth == self.title_depth:
            self.titles[self.title_of].append(data)

    def feed_title(self) -> str | None:
        parts = self.titles.get("channel" if self.channel else "root", [])
        return " ".join("".join(parts).split()) or None


class _FeedItems:
    """Second reading of a feed: the items (and entries), each handed over once it is complete.

    Only the elements inside an item are kept, and an item's text only up to
    MAX_RECORD_CHARS characters (the item is refused beyond that).
    """

    def __init__(self, parser: Any):
        self.parser = parser
        self.stack: list[_Node | None] = []
        self.item: _Node | None = None
        self.item_chars = 0
        self.too_long = False
        self.ready: list[tuple[_Node, bool]] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        ns, _, local = name.rpartition(" ")
        parent = self.stack[-1] if self.stack else None
        if parent is None and local not in ITEM_TAGS:
            self.stack.append(None)
            return
        node = _Node(local, ns, {k.rpartition(" ")[2]: v for k, v in attrs.items()},
                     self.parser.CurrentLineNumber)
        if parent is None:
            self.item, self.item_chars, self.too_long = node, 0, False
        else:
            parent.children.append(node)
        self.stack.append(node)

    def end(self, _name: str) -> None:
        node = self.stack.pop()
        if node is not None and node is self.item:
            self.ready.append((node, self.too_long))
            self.item = None

    def chars(self, data: str) -> None:
        node = self.stack[-1] if self.stack else None
        if node is None or self.too_long:
            return
        self.item_chars += len(data)
        if self.item_chars > MAX_RECORD_CHARS:
            self.too_long = True
            return
        node.parts.append(data)


def _expat(handler: Any) -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.chars
    parser.buffer_text = True
    return parser


def _read_feed(handle: BinaryIO, name: str, dates: _Dates) -> Iterator[Article | Reject]:
    head = handle.read(2)
    handle.seek(0)
    outline = _FeedOutline()
    outline.parser = parser = _expat(outline)
    try:
        for chunk in iter(lambda: handle.read(READ_CHUNK), b""):
            if b"\x00" in chunk and not head.startswith(_UTF16_BOMS):
                yield Reject(name, None, "binary data (contains NUL bytes), not text; give a UTF-8 text file")
                return
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        yield Reject(name, exc.lineno, f"not well-formed XML ({expat.errors.messages.get(exc.code, exc)}); "
                                       "fix the feed or save the articles as JSON Lines")
        return
    if outline.root not in FEED_ROOTS:
        yield Reject(name, None, "XML is not an RSS or Atom feed (root element must be <rss>, <feed> or <rdf:RDF>)")
        return
    handle.seek(0)
    try:
        yield from _feed_items(handle, name, dates, outline)
    except expat.ExpatError as exc:
        yield Reject(name, exc.lineno, "the feed changed while it was read; read it again")


def _feed_items(handle: BinaryIO, name: str, dates: _Dates, outline: _FeedOutline) -> Iterator[Article | Reject]:
    """Every item of a checked feed; items refused on a line where several start carry their place on it."""
    feed_title = outline.feed_title()
    items = _FeedItems(None)
    items.parser = parser = _expat(items)
    place = (0, 0)  # (line, items starting on it so far)
    done = False
    while not done:
        chunk = handle.read(READ_CHUNK)
        done = not chunk
        parser.Parse(chunk, done)
        for item, too_long in items.ready:
            for node in (iter([item]) if too_long else item.walk()):
                if node.tag not in ITEM_TAGS:
                    continue
                place = (node.line, place[1] + 1 if place[0] == node.line else 1)
                out = (Reject(name, node.line, f"feed item longer than {MAX_RECORD_CHARS} characters; "
                                               "split it or save the articles as JSON Lines")
                       if too_long else _feed_item(node, name, dates, feed_title))
                if isinstance(out, Reject) and node.line in outline.crowded:
                    out = Reject(out.path, out.line, out.reason, out.record_id, item=place[1])
                yield out
        items.ready.clear()


def _feed_item(item: _Node, name: str, dates: _Dates, feed_title: str | None) -> Article | Reject:
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
    date: dt.date | None = None
    raw_date, why = "", ""
    for tag in ("pubDate", "published", "date", "issued", "updated", "modified"):
        node = item.child(tag)
        if node is not None and node.text.strip():
            raw_date = node.text.strip()
            found = dates.check(raw_date)
            if isinstance(found, dt.date):
                date = found
                break
            why = found
    if date is None:
        if dates.default is None:
            reason = (f"bad feed date {raw_date!r}: {why}; use RFC 822 or ISO 8601, or pass --date YYYY-MM-DD"
                      if raw_date else NO_DATE_ITEM)
            return Reject(name, item.line, reason, guid or None)
        date = dates.default
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
