"""The command line, run as a user runs it: real files, a real DuckDB store, real exit codes."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
BAGHDAD = "examples/baghdad-2024-01-04"
SHARED = ROOT.parent / "shared"
# An extra check on the project's shared example article, run when the checkout has it beside the repository
on_shared_example = pytest.mark.skipif(not (SHARED / f"{BAGHDAD}.txt").is_file(),
                                       reason="the shared example is not beside the repository")
MOSUL = (" date 2024-02-10 Gunmen killed three police officers at a checkpoint in Mosul on Friday, "
         "a police spokesman said.\n\nThe attackers fled in a car and no group claimed the attack.\n")


def run(*args, stdin: str | None = None, cwd=None):
    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          input=stdin, cwd=cwd or ROOT, timeout=600)


@pytest.mark.model
@on_shared_example
def test_example_article_matches_its_expected_coding(shared_dir, tmp_path):
    out = tmp_path / "events.jsonl"
    res = run("extract", shared_dir / f"{BAGHDAD}.txt", "--format", "jsonl", "-o", out)
    assert res.returncode == 0, res.stderr
    check = subprocess.run([sys.executable, shared_dir / "tools" / "check_example.py",
                            shared_dir / f"{BAGHDAD}.expected.json", out], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert check.stdout.strip().endswith("0 failed")
    event = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert event["wire_sources"] == ["EFE"]


@pytest.mark.model
def test_bundled_example_codes_one_drone_strike(tmp_path):
    res = run("extract", "examples/kirkuk-2024-03-14.txt", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    violent = [e for e in events if e["event_type"] != "Strategic developments"]
    assert len(violent) == 1
    ev = violent[0]
    expected = json.loads((ROOT / "examples/kirkuk-2024-03-14.expected.json").read_text())["events"][0]
    assert ev["sub_event_type"] == expected["sub_event_type"]
    assert ev["event_date"] == expected["event_date"]
    assert ev["location"]["iso3"] == "IRQ"
    # the strike's side is the state the wire names as its author, a foreign force in Iraq
    assert any(name in ev["actor1"]["name"] for name in expected["actor1"]["name"]["accept"]), ev["actor1"]
    assert ev["actor1"]["type"] == expected["actor1"]["type"]
    text = (ROOT / "examples/kirkuk-2024-03-14.txt").read_text()[len(" date 2024-03-14 "):]
    for field, span in ev["evidence"].items():
        assert text[span["start"]:span["end"]] == span["text"], field
    for e in events:  # every event says which rules decided it
        assert e["rules"] and e["rules"][0].startswith("detect.trigger."), e["rules"]
        assert e["model"] is None
    assert "detect.trigger.air" in ev["rules"]


def test_rules_lists_every_registered_rule():
    from eventwire.extract.classify import registry
    res = run("rules", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    listed = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in listed] == [r.id for r in registry()]
    for r in listed:
        assert r["decides"] and r["codebook"] and r["examples"], r["id"]
    table = run("rules")
    assert table.returncode == 0
    assert "battles.armed_clash.armed_target" in table.stdout
    assert table.stdout.strip().endswith(f"{len(listed)} rules")


@pytest.mark.model
def test_explain_names_the_rule_and_evidence_behind_each_field():
    from eventwire.extract.classify import registry
    res = run("explain", "examples/kirkuk-2024-03-14.txt")
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert "sub_event_type  Air/drone strike" in out
    block = out[out.index("sub_event_type  Air/drone strike"):]
    assert block.splitlines()[1].strip() == "rule: detect.trigger.air"
    assert "evidence [81:93]: 'drone attack'" in block
    location = out[out.index("location        Kirkuk, IRQ (precision 2)"):]
    assert location.splitlines()[1].strip() == "rule: places.near_town"  # "on the southern outskirts of Kirkuk"
    assert location.splitlines()[2].strip().startswith("codebook: ")
    assert "decided before rule tracing" not in out
    modality = out[out.index("modality        asserted"):]
    assert modality.splitlines()[1].strip() == "rule: modality.asserted.default"


def test_every_command_has_help():
    for cmd in ("extract", "annotate", "ingest", "export", "dedup", "rejects", "eval", "serve", "run-distributed",
                "ingest-parquet", "rules", "explain"):
        res = run(cmd, "--help")
        assert res.returncode == 0
        assert "usage: eventwire " + cmd in res.stdout


def test_usage_error_exits_2():
    res = run("extract", "x.txt", "--date", "yesterday")
    assert res.returncode == 2
    assert "YYYY-MM-DD" in res.stderr


@pytest.mark.model
def test_refused_input_is_reported_and_the_rest_processed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a1", "date": "2024-05-02", "text": "Gunmen shot dead two farmers in Kaduna on Tuesday."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a3", "text": "No date here."}) + "\n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    res = run("extract", tmp_path, "--format", "jsonl")
    assert res.returncode == 1
    assert f"{feed}:2" in res.stderr and f"{feed}:3" in res.stderr
    assert "blob.txt" in res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert [e["article_id"] for e in events] == ["a1"]


@pytest.mark.model
def test_txt_without_date_needs_the_date_flag(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Police fired tear gas at protesters in Nairobi on Tuesday.", encoding="utf-8")
    res = run("extract", art, "--format", "jsonl")
    assert res.returncode == 1 and "--date" in res.stderr
    res = run("extract", art, "--format", "jsonl", "--date", "2024-06-26")
    assert res.returncode == 0
    ev = json.loads(res.stdout.splitlines()[0])
    assert ev["event_date"] == "2024-06-25"


@pytest.mark.model
def test_stdin_and_csv_output(tmp_path):
    text = " date 2024-03-01 Troops clashed with Al Shabaab militants near Baidoa on Thursday, killing four militants."
    res = run("extract", "-", "--format", "csv", stdin=text)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and rows[0]["sub_event_type"] == "Armed clash"
    assert rows[0]["country"] == "Somalia" and rows[0]["event_date"] == "2024-02-29"


@pytest.mark.model
def test_ingest_is_idempotent_and_export_reads_back(tmp_path):
    db = tmp_path / "store.duckdb"
    mosul = tmp_path / "mosul-2024-02-10.txt"
    mosul.write_text(MOSUL, encoding="utf-8")
    first = run("ingest", mosul, "examples/", "--db", db)
    assert first.returncode == 0, first.stderr
    con = duckdb.connect(str(db), read_only=True)
    n_events = con.execute("select count(*) from events").fetchone()[0]
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    con.close()
    assert n_articles == 2 and n_events >= 2
    second = run("ingest", mosul, "examples/", "--db", db)
    assert second.returncode == 0
    assert "0 coded, 2 unchanged" in second.stderr
    assert "Air/drone strike" in second.stdout  # the stored events are shown again
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from events").fetchone()[0] == n_events
    con.close()
    out = tmp_path / "events.csv"
    res = run("export", "--db", db, "--format", "csv", "-o", out, "--country", "IRQ")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == n_events
    assert {"event_date", "sub_event_type", "actor1", "inter1", "latitude", "geo_precision", "notes",
            "fatalities"} <= set(rows[0])
    gj = run("export", "--db", db, "--format", "geojson")
    assert json.loads(gj.stdout)["type"] == "FeatureCollection"


@pytest.mark.model
def test_rejects_are_stored_and_listed(tmp_path):
    db = tmp_path / "store.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "date": "2024-13-40", "text": "Riot."}\n', encoding="utf-8")
    res = run("ingest", bad, "--db", db)
    assert res.returncode == 1
    listed = run("rejects", "--db", db)
    assert listed.returncode == 0
    assert f"{bad}:1" in listed.stdout


@pytest.mark.model
def test_annotate_offsets_point_into_the_text(tmp_path):
    text = "Protesters marched in Nairobi on 3 June 2024 while police watched."
    feed = tmp_path / "a.jsonl"
    feed.write_text(json.dumps({"id": "n1", "date": "2024-06-04", "text": text}) + "\n", encoding="utf-8")
    res = run("annotate", feed)
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["record"] == "annotation" and rec["article_id"] == "n1"
    assert [(p["text"], p["country"]) for p in rec["places"]] == [("Nairobi", "KEN")]
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [("3 June 2024", "2024-06-03")]
    for item in rec["places"] + rec["dates"] + rec["entities"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_readme_lists_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from eventwire.cli import build_parser
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"`eventwire {name}" in readme, name


def test_a_store_held_by_another_process_exits_3(tmp_path):
    from eventwire.store.duckdb_store import Store
    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = duckdb.connect(str(db))  # this test's process holds the file; the command runs in another
    try:
        res = run("dedup", "--db", db)
        listed = run("rejects", "--db", db)
    finally:
        holder.close()
    assert res.returncode == 3 and listed.returncode == 3
    assert "in use by another process" in res.stderr
    assert "3 the store is in use by another process" in run("--help").stdout
    assert run("rejects", "--db", db).returncode == 0


@pytest.mark.model
def test_every_refused_record_is_listed(tmp_path):
    db = tmp_path / "store.duckdb"
    items = "".join(f"<item><title>Riot {i}</title><pubDate>not a date</pubDate></item>" for i in range(3))
    feed = tmp_path / "one-line.rss"
    feed.write_text(f"<rss><channel><title>W</title>{items}</channel></rss>", encoding="utf-8")
    res = run("ingest", feed, "--db", db)
    assert res.returncode == 1 and "3 refused" in res.stderr
    listed = run("rejects", "--db", db).stdout.splitlines()
    assert [line.split(": ")[0] for line in listed] == [f"{feed}:1 (item {k})" for k in (1, 2, 3)]
    again = run("ingest", feed, "--db", db)  # the same input again: the same rejects, not new ones
    assert again.returncode == 1 and run("rejects", "--db", db).stdout.splitlines() == listed


def test_an_implausible_date_option_is_a_usage_error():
    res = run("extract", "x.txt", "--date", "0001-01-01")
    assert res.returncode == 2 and "not a plausible date" in res.stderr
