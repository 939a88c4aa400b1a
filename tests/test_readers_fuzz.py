"""Property test over every reader: whatever the bytes, quotes, encodings, line breaks and nesting,
reading never raises, and every record written ends up either stored or listed in ``rejects``."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.readers import read_inputs
from eventwire.records import Article, Reject
from eventwire.store.duckdb_store import Store

TODAY = dt.date(2026, 6, 1)
DATES = ["2024-01-05", "2024-1-5", "2024-01-05T10:20:30Z", "2024-13-01", "0001-01-01", "9999-12-31",
         "2024-03-04T99:99:99", "", "soon", "Tue, 09 Jan 2024 10:00:00 +0000"]
TRICKY = ['"', '""', "'", ",", ";", "\n", "\r\n", "\r", "\t", "<", ">", "&", "&amp;", "<![CDATA[", "]]>", "{", "}",
          "\\", "\u2028", "\u00e9", "\u4e2d", "\U0001f600", "\ufeff", " date 2024-01-01 ", "<p>", "</b>"]
# What each record says: a run of ordinary text and tricky pieces.
texts = st.lists(st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                           st.sampled_from(TRICKY)), max_size=8).map("".join)
records = st.lists(st.tuples(st.sampled_from(DATES), texts), min_size=1, max_size=6)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(text: str, i: int) -> str:
    return f"Riot {i}: {text}"  # never blank, and distinct (one stored article per record)


def jsonl(recs, encoding, junk):
    lines = [json.dumps({"date": d, "text": _text(t, i)}, ensure_ascii=False) for i, (d, t) in enumerate(recs)]
    if encoding == "utf-16":  # one encoding for the whole file, its BOM first
        return "\n".join(lines).encode("utf-16"), len(lines)
    raw = [line.encode("cp1252" if encoding == "cp1252" else "utf-8", "replace") for line in lines]
    raw += [bytes(j).replace(b"\n", b" ").replace(b"\r", b" ") for j in junk]
    raw = [line if line.strip(b" \t\r\n\x0b\x0c") else b"?" for line in raw]
    return (b"\xef\xbb\xbf" if encoding == "utf-8-sig" else b"") + b"\n".join(raw) + b"\n", len(raw)


def csv_file(recs, encoding, _junk):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["date", "text", "title"])
    for i, (d, t) in enumerate(recs):
        writer.writerow([d, _text(t, i), t[:5]])
    return buf.getvalue().encode(encoding, "replace"), len(recs)


def feed(recs, encoding, _junk, atom=False, one_line=False, nest=0):
    sep = "" if one_line else "\n"
    parts = []
    for i, (d, t) in enumerate(recs):
        t = XML_ILLEGAL.sub("", t)  # characters XML 1.0 cannot hold, even escaped
        body = escape(("<div>" * nest) + _text(t, i) + ("</div>" * nest))
        if atom:
            parts.append(f"<entry><title>T{i}</title><summary>{body}</summary><updated>{escape(d)}</updated></entry>")
        else:
            parts.append(f"<item><title>T{i}</title><description>{body}</description><pubDate>{escape(d)}</pubDate>"
                         "</item>")
    xml_encoding = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "ISO-8859-1"}[encoding]
    if atom:
        doc = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{sep}{sep.join(parts)}{sep}</feed>'
    else:
        doc = f"<rss version=\"2.0\"><channel><title>F</title>{sep}{sep.join(parts)}{sep}</channel></rss>"
    doc = f'<?xml version="1.0" encoding="{xml_encoding}"?>\n' + doc
    codec = "latin-1" if encoding == "cp1252" else encoding
    # XML 1.0 cannot hold most control characters at all: such a feed is refused as a whole.
    return doc.encode(codec, "xmlcharrefreplace"), len(recs)


def one_text(recs, encoding, _junk):
    d, t = recs[0]
    return f" date {d} {_text(t, 0)}".encode(encoding, "replace"), 1


def page(recs, encoding, _junk, nest=0):
    d, t = recs[0]
    body = ("<div><section>" * nest) + f"<p>{escape(_text(t, 0))}</p>" + ("</section></div>" * nest)
    html = f'<html><head><meta name="date" content="{escape(d)}"></head><body><article>{body}</article></body></html>'
    return html.encode(encoding, "replace"), 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(records, st.sampled_from(["a.jsonl", "a.csv", "a.rss", "a.atom", "a.txt", "a.html", "-jsonl", "-txt"]),
       st.sampled_from(ENCODINGS), st.lists(st.binary(max_size=20), max_size=2), st.booleans(), st.integers(0, 3))
def test_every_record_is_stored_or_listed(tmp_path, recs, kind, encoding, junk, one_line, nest):
    builders = {"a.jsonl": jsonl, "a.csv": csv_file, "a.txt": one_text, "-txt": one_text, "-jsonl": jsonl,
                "a.rss": lambda r, e, j: feed(r, e, j, one_line=one_line, nest=nest),
                "a.atom": lambda r, e, j: feed(r, e, j, atom=True, one_line=one_line, nest=nest),
                "a.html": lambda r, e, j: page(r, e, j, nest=nest)}
    data, written = builders[kind](recs, encoding, junk if "jsonl" in kind else [])
    if kind.startswith("-"):
        out = list(read_inputs(["-"], stdin=io.BytesIO(data), today=TODAY))
    else:
        path = tmp_path / kind
        path.write_bytes(data)
        out = list(read_inputs([str(path)], today=TODAY))
    assert all(isinstance(x, (Article, Reject)) for x in out)
    refused = [x for x in out if isinstance(x, Reject)]
    whole = [x for x in refused if x.line is None]
    if whole:  # the input as a whole was refused (e.g. an encoding it cannot be read in), with its reason
        assert out == whole[:1] and whole[0].reason
        expected = 1
    else:
        assert len(out) == written
        expected = written
    with Store(tmp_path / "fuzz.duckdb") as store:
        run = store.start_run({"fuzz": "1"}, ["fuzz"])
        store.save_articles([(a, [], "h") for a in out if isinstance(a, Article)], run)
        store.save_rejects(refused, run)
        store.finish_run(run, {})
        stored, listed = store.counts()["articles"], len(store.rejects())
    (tmp_path / "fuzz.duckdb").unlink()
    assert stored + listed == expected
    for a in out:
        if isinstance(a, Article):
            assert a.text.strip() and 1900 <= a.date.year <= TODAY.year + 1
