import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.readers import MAX_ARTICLE_BYTES, article_id, parse_date, read_inputs
from eventwire.records import Article, Reject

D = dt.date(2023, 5, 17)
CLASH = "Soldiers clashed with rebels near Tarsa on Tuesday, killing four fighters."


def run(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def articles(items):
    return [x for x in items if isinstance(x, Article)]


def rejects(items):
    return [x for x in items if isinstance(x, Reject)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- txt

def test_txt_with_date_prefix_strips_prefix_and_keeps_text(tmp_path):
    f = write(tmp_path / "a.txt", f" date 2024-01-04 {CLASH}\n\nSecond paragraph.\n")
    [art] = run([f])
    assert art.date == dt.date(2024, 1, 4)
    assert art.text == f"{CLASH}\n\nSecond paragraph.\n"
    assert art.origin == f"{f}:1"
    assert art.id == article_id(art.date, art.text)
    assert len(art.id) == 16


def test_txt_date_alone_on_first_line(tmp_path):
    f = write(tmp_path / "a.txt", " date 2024-01-04\nBody text here.")
    [art] = run([f])
    assert art.text == "Body text here."


def test_txt_uses_default_date_without_prefix(tmp_path):
    f = write(tmp_path / "a.txt", CLASH)
    [art] = run([f], default_date=D)
    assert art.date == D and art.text == CLASH


def test_txt_prefix_wins_over_default_date(tmp_path):
    f = write(tmp_path / "a.txt", f" date 2022-02-02 {CLASH}")
    [art] = run([f], default_date=D)
    assert art.date == dt.date(2022, 2, 2)


def test_txt_without_any_date_is_rejected(tmp_path):
    f = write(tmp_path / "a.txt", CLASH)
    [rej] = run([f])
    assert isinstance(rej, Reject)
    assert "--date YYYY-MM-DD" in rej.reason and "' date YYYY-MM-DD'" in rej.reason


def test_txt_bad_date_prefix_is_rejected(tmp_path):
    f = write(tmp_path / "a.txt", f" date 2024-13-45 {CLASH}")
    [rej] = run([f], default_date=D)
    assert isinstance(rej, Reject) and "bad date '2024-13-45'" in rej.reason


def test_txt_starting_with_the_word_date_is_not_a_prefix(tmp_path):
    f = write(tmp_path / "a.txt", "Date palms burned after the riot.")
    [art] = run([f], default_date=D)
    assert art.text == "Date palms burned after the riot."


def test_id_is_stable_and_depends_on_date_and_text():
    assert article_id(D, "x") == article_id(D, "x")
    assert article_id(D, "x") != article_id(D, "y")
    assert article_id(D, "x") != article_id(dt.date(2023, 5, 18), "x")


# ---------------------------------------------------------------- rejects

@pytest.mark.parametrize("content, needle", [
    (b"", "empty text"),
    (b"  \n\n\t ", "empty text"),
    (b" date 2024-01-04   \n", "empty text"),
    (b"PK\x03\x04\x00\x00binary\x00", "NUL bytes"),
    (b"caf\xe9 \x81\x8d riot", "not UTF-8"),
    (b"\x01\x02 caf\xe9 riot", "not UTF-8"),
])
def test_txt_rejects(tmp_path, content, needle):
    f = write(tmp_path / "a.txt", content)
    [rej] = run([f], default_date=D)
    assert isinstance(rej, Reject) and needle in rej.reason
    assert rej.path == str(f)


def test_cp1252_text_without_control_chars_is_accepted(tmp_path):
    f = write(tmp_path / "a.txt", b"Protesters in Montr\xe9al \x93marched\x94.")
    [art] = run([f], default_date=D)
    assert art.text == "Protesters in Montr\xe9al \u201cmarched\u201d."


@pytest.mark.parametrize("encoding, bom", [("utf-8-sig", b""), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff")])
def test_boms(tmp_path, encoding, bom):
    f = write(tmp_path / "a.txt", bom + f" date 2024-01-04 {CLASH}".encode(encoding))
    [art] = run([f])
    assert art.text == CLASH and art.date == dt.date(2024, 1, 4)


def test_huge_txt_is_rejected(tmp_path):
    f = write(tmp_path / "a.txt", "a" * (MAX_ARTICLE_BYTES + 1))
    [rej] = run([f], default_date=D)
    assert "article too large" in rej.reason


def test_missing_file_and_unknown_named_file(tmp_path):
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4")
    out = run([tmp_path / "nope.txt", pdf], default_date=D)
    assert [type(x) for x in out] == [Reject, Reject]
    assert "no such file" in out[0].reason
    assert "unsupported file type '.pdf'" in out[1].reason


# ---------------------------------------------------------------- jsonl

def jl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_jsonl_records_and_optional_fields(tmp_path):
    f = write(tmp_path / "news.jsonl", jl(
        {"id": "n1", "date": "2024-03-01", "text": CLASH, "title": "Clash", "url": "http://x/1",
         "source": "Wire", "lang": "en", "events": [{"event_type": "Battles"}]},
        {"date": "2024-03-02T10:30:00+03:00", "text": "Rioters burned tyres."},
    ))
    a, b = run([f])
    assert (a.id, a.date, a.title, a.url, a.source, a.lang) == ("n1", dt.date(2024, 3, 1), "Clash",
                                                                "http://x/1", "Wire", "en")
    assert a.origin == f"{f}:1" and b.origin == f"{f}:2"
    assert b.date == dt.date(2024, 3, 2) and b.id == article_id(b.date, b.text)


def test_jsonl_bad_line_in_middle_rest_processed(tmp_path):
    f = write(tmp_path / "news.ndjson", jl(
        {"id": "1", "date": "2024-03-01", "text": "one"},
        "",
        '{"id": "2", "date": "2024-03-01", "text": "tw',
        "[1, 2]",
        {"id": "4", "date": "2024-03-01"},
        {"id": "5", "date": "01/03/2024", "text": "five"},
        {"id": "6", "text": "six"},
        {"id": "7", "date": "2024-03-01", "text": "   "},
        {"id": "8", "date": "2024-03-01", "text": 42},
        {"id": "9", "date": "2024-03-01", "text": "nine"},
    ))
    out = run([f])
    assert [x.id for x in articles(out)] == ["1", "9"]
    rej = {r.line: r for r in rejects(out)}
    assert sorted(rej) == [3, 4, 5, 6, 7, 8, 9]
    assert "not valid JSON" in rej[3].reason and "{\"date\"" in rej[3].reason
    assert "not an object" in rej[4].reason
    assert "no \"text\" field" in rej[5].reason and rej[5].record_id == "4"
    assert "bad date '01/03/2024'" in rej[6].reason and "YYYY-MM-DD" in rej[6].reason
    assert "no publication date" in rej[7].reason and "--date" in rej[7].reason
    assert "empty" in rej[8].reason
    assert "must be a string" in rej[9].reason
    assert all(r.path == str(f) for r in rej.values())


def test_jsonl_date_unknown_marks_the_date_as_a_placeholder(tmp_path):
    f = write(tmp_path / "n.jsonl", jl({"date": "2021-01-01", "date_unknown": True, "text": "one"},
                                       {"date": "2021-01-01", "text": "two"}))
    a, b = run([f])
    assert (a.date_known, b.date_known) == (False, True) and a.date == dt.date(2021, 1, 1)


def test_jsonl_default_date_fills_missing_date(tmp_path):
    f = write(tmp_path / "n.jsonl", jl({"text": "six"}))
    [art] = run([f], default_date=D)
    assert art.date == D


def test_jsonl_huge_field_and_bad_bytes_line(tmp_path):
    big = json.dumps({"id": "big", "date": "2024-01-01", "text": "x" * (MAX_ARTICLE_BYTES + 5)})
    data = (big.encode() + b"\n" + b'{"date": "2024-01-01", "text": "caf\xe9 \x81"}\n'
            + b'{"date": "2024-01-01", "text": "ok \x00"}\n'
            + json.dumps({"date": "2024-01-01", "text": "fine"}).encode() + b"\n")
    f = write(tmp_path / "n.jsonl", data)
    out = run([f])
    assert [type(x) for x in out] == [Reject, Reject, Reject, Article]
    assert "article too large" in out[0].reason and out[0].record_id == "big"
    assert "not UTF-8" in out[1].reason and out[1].line == 2
    assert "NUL" in out[2].reason and out[2].line == 3


def test_jsonl_lone_surrogate_is_rejected(tmp_path):
    f = write(tmp_path / "n.jsonl", '{"date": "2024-01-01", "text": "bad \\ud800 text"}\n')
    [rej] = run([f])
    assert isinstance(rej, Reject) and "lone surrogate" in rej.reason


def test_jsonl_utf16_file(tmp_path):
    text = jl({"date": "2024-01-01", "text": "one"}, {"date": "2024-01-02", "text": "two"})
    f = write(tmp_path / "n.jsonl", b"\xff\xfe" + text.encode("utf-16-le"))
    assert [a.text for a in run([f])] == ["one", "two"]


# ---------------------------------------------------------------- csv

def test_csv_reads_rows_with_multiline_fields(tmp_path):
    f = write(tmp_path / "n.csv", 'Date,Text,ID,title,extra\n'
                                  '2024-02-01,"Line one,\nline two",c1,T1,zzz\n'
                                  '\n'
                                  '2024-02-02,Second,,,\n')
    a, b = run([f])
    assert (a.id, a.text, a.title, a.origin) == ("c1", "Line one,\nline two", "T1", f"{f}:2")
    assert b.origin == f"{f}:5" and b.id == article_id(dt.date(2024, 2, 2), "Second")


def test_csv_huge_field_is_read_then_rejected(tmp_path):
    f = write(tmp_path / "n.csv", "date,text\n2024-02-01," + "y" * (MAX_ARTICLE_BYTES + 1)
              + "\n2024-02-02,after\n")
    out = run([f])
    assert "article too large" in out[0].reason
    assert isinstance(out[1], Article) and out[1].text == "after"


def test_csv_missing_columns_and_bad_rows(tmp_path):
    f = write(tmp_path / "n.csv", "title,body\nx,y\n")
    [rej] = run([f])
    assert "date, text" in rej.reason and rej.line == 1
    g = write(tmp_path / "m.csv", "date,text\nnot-a-date,x\n,no date\n")
    out = run([g])
    assert "bad date 'not-a-date'" in out[0].reason and out[0].line == 2
    assert "fill the 'date' column" in out[1].reason and out[1].line == 3


# ---------------------------------------------------------------- html

PAGE = """<!doctype html><html lang="en"><head>
<title>Site | Clash in Tarsa</title>
<meta property="og:title" content="Clash in Tarsa">
<meta property="article:published_time" content="2024-06-09T08:00:00Z">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style>
</head><body>
<header>Home News Sport</header><nav><a href="/">Menu</a></nav>
<article><h1>Clash in Tarsa</h1>
<p>Soldiers clashed with rebels &amp; militiamen<br>near Tarsa.</p>
<p>Four   fighters were
killed.</p>
<aside>Related: weather</aside></article>
<footer>Copyright</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path):
    f = write(tmp_path / "p.html", PAGE)
    [art] = run([f])
    assert art.title == "Clash in Tarsa" and art.lang == "en"
    assert art.date == dt.date(2024, 6, 9)
    assert art.text == ("Clash in Tarsa\n\nSoldiers clashed with rebels & militiamen\n\nnear Tarsa."
                        "\n\nFour fighters were killed.")


@pytest.mark.parametrize("head, expected", [
    ('<meta name="date" content="2021-03-04">', dt.date(2021, 3, 4)),
    ('<meta name="pubdate" content="20210305">', dt.date(2021, 3, 5)),
    ('<meta property="og:published_time" content="2021-03-06">', dt.date(2021, 3, 6)),
    ('', dt.date(2021, 3, 7)),
])
def test_html_date_sources(tmp_path, head, expected):
    f = write(tmp_path / "p.htm", f'<html><head>{head}</head><body><p>Text.</p>'
                                  f'<time datetime="2021-03-07T10:00">Sunday</time></body></html>')
    [art] = run([f])
    assert art.date == expected


def test_html_without_date_uses_default_or_rejects(tmp_path):
    f = write(tmp_path / "p.html", "<html><body><p>Plain text.</p></body></html>")
    [art] = run([f], default_date=D)
    assert art.date == D and art.title is None and art.text == "Plain text."
    [rej] = run([f])
    assert isinstance(rej, Reject) and "--date" in rej.reason


def test_html_self_closing_skip_tag_does_not_hide_the_rest(tmp_path):
    f = write(tmp_path / "p.html", "<body><nav/><div/><p>Kept.</p></body>")
    [art] = run([f], default_date=D)
    assert art.text == "Kept."


def test_html_malformed_marked_section_is_read_as_text(tmp_path):
    # the standard library's parser stops on "<![" followed by no keyword; the page is still read
    f = write(tmp_path / "p.html", "<body><p>Marchers filled the square <![0 on Friday.</p></body>")
    [art] = run([f], default_date=D)
    assert "Marchers filled the square" in art.text and "on Friday" in art.text


def test_html_without_text_is_rejected(tmp_path):
    f = write(tmp_path / "p.html", "<html><script>x()</script><nav>menu</nav></html>")
    [rej] = run([f], default_date=D)
    assert "no article text" in rej.reason


# ---------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item>
  <title>Protest in Lomar</title>
  <link>http://wire.example/1</link>
  <guid>wire-1</guid>
  <pubDate>Tue, 09 Jan 2024 10:00:00 +0000</pubDate>
  <description>&lt;p&gt;Hundreds marched.&lt;/p&gt;</description>
</item>
<item>
  <title>No date item</title>
  <description>Body</description>
</item>
<item>
  <title>Content item</title>
  <pubDate>2024-01-10</pubDate>
  <description>short</description>
  <content:encoded><![CDATA[<p>Full text one.</p><p>Two.</p>]]></content:encoded>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Strike</title><id>urn:x:1</id>
<link rel="alternate" href="http://atom.example/1"/><updated>2024-02-03T12:00:00Z</updated>
<summary type="html">Drone strike hit a depot.</summary></entry>
</feed>"""


def test_rss_items(tmp_path):
    f = write(tmp_path / "feed.rss", RSS)
    a, rej, c = run([f])
    assert a.title == "Protest in Lomar" and a.text == "Protest in Lomar\n\nHundreds marched."
    assert a.date == dt.date(2024, 1, 9) and a.url == "http://wire.example/1" and a.source == "Wire"
    assert a.origin == f"{f}:4"
    assert isinstance(rej, Reject) and rej.line == 11 and "pubDate" in rej.reason
    assert c.text == "Content item\n\nFull text one.\n\nTwo."
    again = run([f])
    assert again[0].id == a.id and a.id != c.id


def test_atom_entries(tmp_path):
    f = write(tmp_path / "feed.atom", ATOM)
    [a] = run([f])
    assert (a.title, a.url, a.date, a.source) == ("Strike", "http://atom.example/1",
                                                  dt.date(2024, 2, 3), "Atom Wire")
    assert a.text == "Strike\n\nDrone strike hit a depot."


@pytest.mark.parametrize("content, needle", [
    ("<rss><channel><item>", "not well-formed XML"),
    ("<html><body/></html>", "not an RSS or Atom feed"),
])
def test_bad_feeds(tmp_path, content, needle):
    f = write(tmp_path / "feed.xml", content)
    [rej] = run([f], default_date=D)
    assert needle in rej.reason


# ---------------------------------------------------------------- folders and stdin

def test_folder_recursion_sorted_skips_other_files(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", "bee")
    write(root / "a" / "z.txt", "zed")
    write(root / "a" / "b" / "y.txt", "why")
    write(root / "A.txt", "big a")
    write(root / "notes.md", "skip me")
    write(root / ".hidden.txt", "skip me")
    write(root / ".git" / "x.txt", "skip me")
    write(root / "c.jsonl", jl({"text": "cee"}))
    out = run([root], default_date=D)
    assert [x.text for x in out] == ["big a", "why", "zed", "bee", "cee"]
    assert run([root, root / "b.txt"], default_date=D) == out


def test_stdin_text_and_jsonl():
    [a] = list(read_inputs(["-"], default_date=D, stdin=io.BytesIO(CLASH.encode())))
    assert a.text == CLASH and a.origin == "<stdin>:1"
    [b] = list(read_inputs(["-"], stdin=io.StringIO(f" date 2024-01-04 {CLASH}")))
    assert b.date == dt.date(2024, 1, 4)
    out = list(read_inputs(["-"], stdin=io.StringIO('\n {"date": "2024-01-04", "text": "one"}\nbad\n')))
    assert isinstance(out[0], Article) and out[0].origin == "<stdin>:2"
    assert isinstance(out[1], Reject) and out[1].line == 3


@pytest.mark.parametrize("value, expected", [
    ("2024-01-04", dt.date(2024, 1, 4)),
    ("2024-1-4", dt.date(2024, 1, 4)),
    ("2024-01-04T23:59:00-05:00", dt.date(2024, 1, 4)),
    ("Thu, 04 Jan 2024 10:00:00 GMT", dt.date(2024, 1, 4)),
    ("2024-02-30", None),
    ("yesterday", None),
    (20240104, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# ---------------------------------------------------------------- fuzz

line_parts = st.one_of(
    st.binary(max_size=60),
    st.builds(lambda d, t: json.dumps({"date": d, "text": t}).encode(),
              st.sampled_from(["2024-01-01", "2024-02-30", "", "x", "2024-01-01T00:00"]),
              st.text(max_size=30)),
    st.builds(lambda d, t, n: json.dumps({"date": d, "text": t}).encode()[:n],
              st.just("2024-01-01"), st.text(max_size=30), st.integers(0, 40)),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(line_parts, max_size=12))
def test_fuzz_jsonl_every_line_accounted(tmp_path, parts):
    data = b"\n".join(p.replace(b"\n", b" ") for p in parts)
    f = tmp_path / "fuzz.jsonl"
    f.write_bytes(data)
    out = run([f])
    lines = data.split(b"\n")
    if lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    nonblank = [i for i, line in enumerate(lines, start=1) if line.strip(b" \t\r\n\x0b\x0c")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        assert all(isinstance(x, (Article, Reject)) for x in out)
        return
    if not nonblank:  # an empty file is refused as a whole
        assert len(out) == 1 and out[0].line is None and "empty file" in out[0].reason
        return
    assert [x.line if isinstance(x, Reject) else int(x.origin.rsplit(":", 1)[1]) for x in out] == nonblank


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.csv", "a.html", "a.xml"]))
def test_fuzz_random_bytes_never_raise(tmp_path, data, name):
    f = tmp_path / name
    f.write_bytes(data)
    for x in run([f], default_date=D):
        assert isinstance(x, (Article, Reject))
        if isinstance(x, Article):
            assert x.text.strip()


html_bits = st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<nav>", "</div>", "<!--", "-->",
                             "<![CDATA[", "]]>", "<!doctype", "<?xml", "&amp;", "&#xffffff;", "&#0;",
                             "<meta name=date content=2020-01-01>", "<time datetime='x'>", "<", ">",
                             "\"", "'", "=", "riot ", "\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(html_bits, st.text(max_size=5)), max_size=40))
def test_fuzz_html_never_raises(tmp_path, bits):
    f = write(tmp_path / "f.html", "".join(bits))
    assert len(run([f], default_date=D)) == 1


# ---------------------------------------------------------------- fuzz: encodings, csv rows, feeds, huge fields

def _line_numbers(out):
    return [x.line if isinstance(x, Reject) else int(x.origin.rsplit(":", 1)[1]) for x in out]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.text(min_size=1, max_size=40),
                          st.sampled_from(["utf-8", "latin-1", "cp1252", "utf-16-le", "utf-8-cut"])),
                min_size=1, max_size=8))
def test_fuzz_jsonl_broken_encodings_every_line_accounted(tmp_path, records):
    lines = []
    for text, encoding in records:
        raw = json.dumps({"date": "2024-01-01", "text": text}, ensure_ascii=False)
        if encoding == "utf-8-cut":
            data = raw.encode("utf-8")
            data = data[:-2] + data[-1:] if len(data) > 3 else data  # a byte lost in the middle of the line
        else:
            data = raw.encode(encoding, "replace")
        lines.append(data.replace(b"\n", b" ").replace(b"\r", b" "))
    f = tmp_path / "enc.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    out = run([f])
    assert all(isinstance(x, (Article, Reject)) for x in out)
    expected = [i for i, line in enumerate(lines, start=1) if line.strip(b" \t\r\n\x0b\x0c")]
    if lines[0].startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    assert _line_numbers(out) == expected
    for x in out:
        if isinstance(x, Article):
            assert x.text.strip()


csv_cells = st.one_of(st.text(max_size=30), st.sampled_from(['"', '""', ",", "\n", "\r\n", "caf\u00e9", "\u2028"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["2024-01-01", "2024-02-30", "", "soon", "2024-1-5"]), csv_cells,
                          csv_cells), min_size=1, max_size=10),
       st.one_of(st.none(), st.integers(0, 400)))
def test_fuzz_csv_every_row_accounted(tmp_path, rows, cut):
    import csv as csv_mod

    buffer = io.StringIO()
    writer = csv_mod.writer(buffer, lineterminator="\r\n")
    writer.writerow(["date", "text", "title"])
    kept = [r for r in rows if any(c.strip() for c in r)]
    writer.writerows(kept)
    data = buffer.getvalue().encode("utf-8")
    f = tmp_path / "f.csv"
    f.write_bytes(data if cut is None else data[:cut])
    out = run([f], default_date=None)
    assert all(isinstance(x, (Article, Reject)) for x in out)
    if any(isinstance(x, Reject) and x.line is None for x in out):
        assert len(out) == 1  # the file as a whole was refused (binary data), with its reason
    elif cut is None:
        assert len(out) == len(kept)
        for x, (date, text, _) in zip(out, kept):
            if isinstance(x, Article):
                assert x.text == text and parse_date(date) == x.date


feed_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(feed_text, feed_text, st.sampled_from(["Tue, 09 Jan 2024 10:00:00 +0000",
                                                                  "2024-01-10", "", "garbage"])),
                max_size=8),
       st.booleans())
def test_fuzz_feed_every_item_accounted(tmp_path, items, atom):
    from xml.sax.saxutils import escape

    if atom:
        body = "".join(f"<entry><title>{escape(t)}</title><summary>{escape(d)}</summary>"
                       + (f"<updated>{escape(when)}</updated>" if when else "") + "</entry>"
                       for t, d, when in items)
        doc = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{body}</feed>'
    else:
        body = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description>"
                       + (f"<pubDate>{escape(when)}</pubDate>" if when else "") + "</item>"
                       for t, d, when in items)
        doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    f = write(tmp_path / ("f.atom" if atom else "f.rss"), doc)
    out = run([f])
    assert all(isinstance(x, (Article, Reject)) for x in out)
    assert len(out) == len(items) if items else len(out) <= 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([10, MAX_ARTICLE_BYTES - 64, MAX_ARTICLE_BYTES + 1,
                                           MAX_ARTICLE_BYTES * 2]),
                          st.sampled_from(["text", "title", "url", "source", "id"])), min_size=1, max_size=4))
def test_fuzz_huge_fields_never_crash_and_are_accounted(tmp_path, specs):
    lines = []
    for size, key in specs:
        rec = {"date": "2024-01-01", "text": "riot in the capital"}
        rec[key] = "x" * size
        lines.append(json.dumps(rec))
    f = write(tmp_path / "big.jsonl", "\n".join(lines) + "\n")
    out = run([f])
    assert _line_numbers(out) == list(range(1, len(lines) + 1))
    for x, (size, key) in zip(out, specs):
        if key == "text" and size > MAX_ARTICLE_BYTES:
            assert isinstance(x, Reject) and "too large" in x.reason
        if isinstance(x, Article):
            assert len(x.text.encode()) <= MAX_ARTICLE_BYTES


# ---------------------------------------------------------------- malformed input (regressions)

def test_csv_unterminated_quote_refuses_that_record_and_keeps_the_rest(tmp_path):
    f = write(tmp_path / "q.csv", 'date,text\n'
                                  '2024-02-01,First report\n'
                                  '2024-02-02,"Broken quote never closed\n'
                                  '2024-02-03,Third report\n'
                                  '2024-02-04,"Fourth, quoted"\n'
                                  '2024-02-05,Fifth report\n')
    out = run([f])
    [bad] = rejects(out)
    assert bad.line == 3 and "quote" in bad.reason
    assert [a.text for a in articles(out)] == ["First report", "Third report", "Fourth, quoted", "Fifth report"]
    assert [int(a.origin.rsplit(":", 1)[1]) for a in articles(out)] == [2, 4, 5, 6]


def test_csv_unterminated_quote_at_the_end_and_text_after_a_closing_quote(tmp_path):
    f = write(tmp_path / "q.csv", 'date,text\n2024-02-01,"closed" then text\n2024-02-02,fine\n'
                                  '2024-02-03,"open to the end\n')
    out = run([f])
    assert [(x.line, type(x).__name__) for x in rejects(out)] == [(2, "Reject"), (4, "Reject")]
    assert [a.text for a in articles(out)] == ["fine"]


def test_csv_multiline_quoted_field_is_still_one_record(tmp_path):
    f = write(tmp_path / "m.csv", 'date,text\n2024-02-01,"para one\n\npara ""two"""\n2024-02-02,next\n')
    a, b = run([f])
    assert a.text == 'para one\n\npara "two"' and b.text == "next" and b.origin.endswith(":5")


def test_csv_record_over_the_cap_is_refused_and_reading_goes_on(tmp_path, monkeypatch):
    import eventwire.ingest.readers as readers
    monkeypatch.setattr(readers, "MAX_RECORD_CHARS", 1000)
    f = write(tmp_path / "big.csv", "date,text\n2024-02-01," + "y" * 5000 + "\n2024-02-02,after\n"
              + '2024-02-03,"' + "z\n" * 800 + '"\n2024-02-04,last\n')
    out = run([f])
    assert isinstance(out[0], Reject) and out[0].line == 2 and "longer than 1000" in out[0].reason
    assert isinstance(out[1], Article) and out[1].text == "after"
    assert isinstance(out[2], Reject) and out[2].line == 4
    assert out[-1].text == "last"


def test_feed_item_over_the_cap_is_refused_and_the_rest_read(tmp_path, monkeypatch):
    import eventwire.ingest.readers as readers
    monkeypatch.setattr(readers, "MAX_RECORD_CHARS", 1000)
    f = write(tmp_path / "f.rss", '<rss><channel><title>W</title>\n'
                                  '<item><title>one</title><pubDate>2024-01-02</pubDate></item>\n'
                                  '<item><title>' + "x" * 3000 + '</title><pubDate>2024-01-02</pubDate></item>\n'
                                  '<item><title>three</title><pubDate>2024-01-02</pubDate></item>\n'
                                  '</channel></rss>')
    out = run([f])
    assert [x.text if isinstance(x, Article) else x.line for x in out] == ["one", 3, "three"]
    assert "longer than 1000" in out[1].reason and out[0].source == "W"


def test_feed_items_refused_on_one_line_are_numbered(tmp_path):
    items = "".join(f"<item><title>bad {i}</title><pubDate>never</pubDate></item>" for i in range(3))
    f = write(tmp_path / "one.rss", f"<rss><channel><title>W</title><item><title>ok</title>"
                                    f"<pubDate>2024-01-02</pubDate></item>{items}</channel></rss>")
    out = run([f])
    assert [x.item for x in rejects(out)] == [2, 3, 4] and all(x.line == 1 for x in rejects(out))
    assert len(articles(out)) == 1
    assert rejects(out)[0].message().startswith(f"{f}:1 (item 2): ")


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_empty_jsonl_is_refused(tmp_path, content):
    [rej] = run([write(tmp_path / "e.jsonl", content)], default_date=D)
    assert rej.line is None and "empty file" in rej.reason


TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize("value, why", [
    ("0001-01-01", "plausible"), ("1899-12-31", "plausible"), ("9999-12-31", "plausible"),
    ("2028-01-01", "plausible"), ("2024-03-04T99:99:99", "no such time"), ("2024-03-04T25:00", "no such time"),
    ("2024-03-04T", "no time of day"), ("2024-03-04 24:30:00", "no such time"),
])
def test_implausible_dates_are_refused_with_the_reason(tmp_path, value, why):
    f = write(tmp_path / "d.jsonl", jl({"date": value, "text": CLASH}))
    [rej] = run([f], today=TODAY)
    assert isinstance(rej, Reject) and why in rej.reason and repr(value) in rej.reason
    g = write(tmp_path / "d.csv", f"date,text\n{value},{CLASH}\n")
    [rej] = run([g], today=TODAY)
    assert isinstance(rej, Reject) and why in rej.reason
    h = write(tmp_path / "d.txt", f" date {value} {CLASH}")
    if "T" not in value and " " not in value:
        [rej] = run([h], today=TODAY)
        assert isinstance(rej, Reject) and why in rej.reason


@pytest.mark.parametrize("value, expected", [
    ("1900-01-01", dt.date(1900, 1, 1)), ("2027-12-31", dt.date(2027, 12, 31)),
    ("2024-03-04T23:59:60Z", dt.date(2024, 3, 4)), ("2024-03-04 08:00 local", dt.date(2024, 3, 4)),
])
def test_plausible_dates_and_times_are_kept(tmp_path, value, expected):
    [a] = run([write(tmp_path / "d.jsonl", jl({"date": value, "text": CLASH}))], today=TODAY)
    assert a.date == expected


def test_implausible_feed_and_page_dates_are_refused(tmp_path):
    f = write(tmp_path / "f.rss", "<rss><channel><item><title>x</title><pubDate>9999-12-31</pubDate></item>"
                                  "</channel></rss>")
    [rej] = run([f], today=TODAY)
    assert "plausible" in rej.reason
    p = write(tmp_path / "p.html", '<html><head><meta name="date" content="0001-01-01"></head>'
                                   '<body><p>Riot in the capital.</p></body></html>')
    [rej] = run([p], today=TODAY)
    assert "'0001-01-01'" in rej.reason and "plausible" in rej.reason


@pytest.mark.parametrize("flag", ["yes", 1, "true", [], {}])
def test_date_unknown_must_be_a_boolean(tmp_path, flag):
    [rej] = run([write(tmp_path / "u.jsonl", jl({"date": "2024-01-01", "text": CLASH, "date_unknown": flag}))])
    assert isinstance(rej, Reject) and "date_unknown" in rej.reason


def test_date_unknown_true_false_and_csv_column(tmp_path):
    f = write(tmp_path / "u.jsonl", jl({"date": "2024-01-01", "text": CLASH, "date_unknown": True},
                                       {"date": "2024-01-01", "text": CLASH + " ", "date_unknown": False}))
    assert [a.date_known for a in run([f])] == [False, True]
    g = write(tmp_path / "u.csv", f"date,text,date_unknown\n2024-01-01,a,true\n2024-01-01,b,\n2024-01-01,c,yes\n")
    a, b, c = run([g])
    assert (a.date_known, b.date_known, isinstance(c, Reject)) == (False, True, True)
