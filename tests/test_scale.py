"""``run-distributed`` on a local Dask cluster stores what a single-machine ``ingest --feed-country none`` stores."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.records import Event
from eventwire.scale import codec

from test_parallel import TEXTS

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

# Everything a store holds except what names the run: run ids and timestamps.
TABLES = {
    "articles": "article_id, date, title, url, source, origin, content_hash, text",
    "events": "* EXCLUDE (run_id)",
    "event_sources": "*",
    "actors": "*",
    "places": "*",
    "rejects": "path, line, reason, record_id",
    "event_clusters": "*",
}


def run(*args):
    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def dump(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall())) for t, cols in TABLES.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    news = folder / "news.jsonl"
    lines = [json.dumps({"id": f"t{k:02d}", "date": day, "text": text, "source": "test"})
             for k, (day, text) in enumerate(TEXTS)]
    lines.insert(7, '{"id": "broken", "text": "no date here"}')
    news.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [news, ROOT / "examples" / "kirkuk-2024-03-14.txt"]


@pytest.fixture(scope="module")
def distributed_out(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "out"
    res = run("run-distributed", *corpus, "--out", out, "--workers", "2", "--partition-size", "4")
    assert res.returncode == 1, res.stderr  # one record refused, the rest coded
    assert "news.jsonl:8" in res.stderr
    return out


def test_distributed_run_stores_what_ingest_stores(corpus, distributed_out, tmp_path):
    # (run-distributed codes each article on its own, as ``ingest --feed-country none`` does)
    single, dist = tmp_path / "single.duckdb", tmp_path / "dist.duckdb"
    res = run("ingest", *corpus, "--db", single, "--quiet", "--show", "0", "--feed-country", "none")
    assert res.returncode == 1, res.stderr
    res = run("ingest-parquet", distributed_out, "--db", dist)
    assert res.returncode == 0, res.stderr
    expected, got = dump(single), dump(dist)
    assert len(expected["articles"]) == len(TEXTS) + 1
    assert len(expected["events"]) >= 10
    assert len(expected["rejects"]) == 1
    for table in TABLES:
        assert got[table] == expected[table], table


def test_parquet_layout(distributed_out):
    import pyarrow.parquet as pq
    manifest = json.loads((distributed_out / "manifest.json").read_text())
    assert manifest["articles"] == len(TEXTS) + 1
    assert manifest["partitions"] == 6  # 21 articles, 4 per partition
    arts = pq.read_table(distributed_out / "articles").to_pylist()
    events = pq.read_table(distributed_out / "events").to_pylist()
    assert sorted(a["position"] for a in arts) == list(range(len(TEXTS) + 1))
    assert len(events) == manifest["events"] == sum(a["n_events"] for a in arts)
    for row in events:
        record, event = json.loads(row["record"]), codec.loads(Event, row["event"])
        assert record == event.to_dict()
        assert (row["event_type"], row["actor1"], row["fatalities"]) == (
            record["event_type"], record["actor1"]["name"], record["fatalities"]["best"])
    assert pq.read_table(distributed_out / "rejects.parquet").num_rows == 1


def test_loading_twice_changes_nothing(distributed_out, tmp_path):
    db = tmp_path / "twice.duckdb"
    assert run("ingest-parquet", distributed_out, "--db", db).returncode == 0
    first = dump(db)
    res = run("ingest-parquet", distributed_out, "--db", db)
    assert res.returncode == 0, res.stderr
    assert "0 stored" in res.stderr
    assert dump(db) == first


def test_refuses_a_folder_that_is_not_empty(distributed_out, corpus):
    res = run("run-distributed", corpus[1], "--out", distributed_out, "--workers", "1")
    assert res.returncode == 2
    assert "not empty" in res.stderr


def test_refuses_to_load_an_unfinished_run(tmp_path):
    (tmp_path / "events").mkdir()
    res = run("ingest-parquet", tmp_path, "--db", tmp_path / "x.duckdb")
    assert res.returncode == 2
    assert "manifest.json" in res.stderr


def test_codec_round_trips_every_field(pipeline):
    from test_parallel import articles
    events = [e for r in pipeline.run(articles()) for e in r.events]
    assert events
    for e in events:
        back = codec.loads(Event, codec.dumps(e))
        assert back == e
        assert json.dumps(back.to_dict()) == json.dumps(e.to_dict())
