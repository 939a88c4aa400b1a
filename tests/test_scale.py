"""``run-distributed`` on a local Dask cluster stores what a single-machine ``ingest`` stores, with the same
``--feed-country``: on a collection about one country (our own notes of ``tests/golden/focus_notes.jsonl``) the
feed's country is decided over the whole input, whatever the partitions."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.records import Event
from eventwire.scale import codec

from golden_notes import read_notes
from test_feed_country import ELSEWHERE
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
    # (both with the default ``--feed-country auto``)
    single, dist = tmp_path / "single.duckdb", tmp_path / "dist.duckdb"
    res = run("ingest", *corpus, "--db", single, "--quiet", "--show", "0")
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
    assert (manifest["feed_country"], manifest["feed"], manifest["recoded"]) == ("auto", None, 0)  # a mixed corpus
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


# ---- the feed's country on the cluster ----------------------------------------------------------------

NOTES = read_notes(ROOT / "tests" / "golden" / "focus_notes.jsonl")
LACKING = {n["id"] for n in NOTES if not n["own_country"]}


@pytest.fixture(scope="module")
def scheduler():
    """One local cluster for the runs below (each worker loads the model once)."""
    from dask.distributed import LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def _notes_file(folder: Path, mixed: bool = False) -> Path:
    rows = [{"id": n["id"], "date": n["date"], "text": n["text"]} for n in NOTES]
    if mixed:
        rows += [{"id": f"elsewhere-{k}", "date": "2023-06-12", "text": t} for k, t in enumerate(ELSEWHERE)]
    path = folder / ("mixed.jsonl" if mixed else "notes.jsonl")
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def notes(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("notes")
    return {"notes": _notes_file(folder), "mixed": _notes_file(folder, mixed=True)}


@pytest.fixture(scope="module")
def runs(notes, scheduler, tmp_path_factory):
    """The Parquet folder of a run-distributed of ``notes[name]`` with a --feed-country and a partition size."""
    done: dict[tuple, Path] = {}

    def get(name: str, country: str, size: int) -> Path:
        if (name, country, size) not in done:
            out = tmp_path_factory.mktemp("run") / "out"
            res = run("run-distributed", notes[name], "--out", out, "--scheduler", scheduler,
                      "--partition-size", size, "--feed-country", country)
            assert res.returncode == 0, res.stderr
            (out.parent / "stderr.txt").write_text(res.stderr, encoding="utf-8")
            done[name, country, size] = out
        return done[name, country, size]
    return get


def _records(out: Path) -> dict[str, list]:
    """Each article's contract records, in coding order, from a run's Parquet folder."""
    import pyarrow.parquet as pq
    by_id: dict[str, list] = {a["article_id"]: [] for a in pq.read_table(out / "articles").to_pylist()}
    for row in sorted(pq.read_table(out / "events").to_pylist(), key=lambda r: (r["position"], r["ordinal"])):
        by_id[row["article_id"]].append(json.loads(row["record"]))
    return by_id


def _extracted(path: Path, country: str) -> dict[str, list]:
    """What ``extract --feed-country country`` codes from ``path``."""
    res = run("extract", path, "--format", "jsonl", "--feed-country", country, "--quiet")
    assert res.returncode == 0, res.stderr
    by_id: dict[str, list] = {json.loads(line)["id"]: [] for line in path.read_text().splitlines()}
    for line in res.stdout.splitlines():
        record = json.loads(line)
        by_id[record["article_id"]].append(record)
    return by_id


@pytest.mark.parametrize("country,size", [("auto", 3), ("auto", 64), ("MWI", 7), ("none", 7)])
def test_the_cluster_codes_a_one_country_feed_as_extract(notes, runs, country, size):
    out = runs("notes", country, size)
    got = _records(out)
    assert got == _extracted(notes["notes"], country)
    manifest = json.loads((out / "manifest.json").read_text())
    lacking_places = {e["location"]["iso3"] if e["location"] else None for i in LACKING for e in got[i]}
    if country == "none":
        assert manifest["feed"] is None and lacking_places == {None}
    else:
        assert manifest["feed"]["iso3"] == "MWI" and lacking_places == {"MWI"}
        assert manifest["feed"]["given"] == (country == "MWI")
    # (the second pass codes every note whose own text names no country: those the golden set marks so,
    # and a few more whose text's evidence for a country still wins)
    assert (manifest["recoded"] >= len(LACKING)) if country == "auto" else manifest["recoded"] == 0
    assert manifest["events"] == sum(map(len, got.values()))
    said = (out.parent / "stderr.txt").read_text(encoding="utf-8")
    assert {"auto": f"the feed's country MWI: {manifest['feed'] and manifest['feed'].get('placed')} of",
            "MWI": "the feed's country MWI, as the user stated it", "none": "the feed's country: none"}[country] in said


def test_the_feeds_country_does_not_depend_on_the_partitions(runs):
    # 3 notes per partition: no partition holds 30 placed events, the whole collection does
    a, b = runs("notes", "auto", 3), runs("notes", "auto", 64)
    manifest = json.loads((a / "manifest.json").read_text())
    assert manifest["partitions"] > 10
    assert _records(a) == _records(b)
    # the second pass went to the worker that kept each partition's states, and coded them from the place stage
    assert manifest["recoded_from_kept"] == manifest["recoded"] > 0


def test_a_mixed_collection_on_the_cluster_has_no_feed_country(notes, runs):
    out = runs("mixed", "auto", 5)
    got = _records(out)
    assert got == _extracted(notes["mixed"], "auto")
    assert all(e["location"] is None for i in LACKING for e in got[i])
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["feed"], manifest["recoded"]) == (None, 0)


@pytest.mark.parametrize("country", ["auto", "MWI"])
def test_the_cluster_stores_what_ingest_stores_with_a_feed_country(notes, runs, country, tmp_path):
    single, dist = tmp_path / "single.duckdb", tmp_path / "dist.duckdb"
    res = run("ingest", notes["notes"], "--db", single, "--quiet", "--show", "0", "--feed-country", country)
    assert res.returncode == 0, res.stderr
    res = run("ingest-parquet", runs("notes", country, 3 if country == "auto" else 7), "--db", dist)
    assert res.returncode == 0, res.stderr
    expected, got = dump(single), dump(dist)
    assert len(expected["events"]) >= 40
    # (``ingest --feed-country auto`` stores the waiting notes' first coding before their second: its actors and
    # places, the lists of every one ever stored, also hold those of the first coding)
    seen = {"actors", "places"} if country == "auto" else set()
    for table in TABLES:
        if table in seen:
            assert set(got[table]) <= set(expected[table]), table
        else:
            assert got[table] == expected[table], table


def test_rows_replaced_in_a_written_partition(tmp_path):
    from eventwire.records import Article
    from eventwire.scale import partitions as parts
    import datetime as dt
    arts = [(p, Article(id=f"a{p}", date=dt.date(2024, 1, 1), text="x"), "h") for p in (4, 5, 6)]

    def rows(pos, n, tag):
        return [{"event_id": f"{tag}{pos}-{k}", "article_id": f"a{pos}", "position": pos, "ordinal": k}
                for k in range(n)]
    parts.write_partition(tmp_path, 2, arts, [rows(4, 1, "old"), rows(5, 0, "old"), rows(6, 2, "old")])
    assert parts.replace_articles(tmp_path, 2, {5: rows(5, 2, "new"), 6: rows(6, 1, "new")}) == 1  # 3 events before, 4 after
    import pyarrow.parquet as pq
    events = pq.read_table(tmp_path / "events" / parts.part_name(2)).to_pylist()
    assert [r["event_id"] for r in events] == ["old4-0", "new5-0", "new5-1", "new6-0"]
    assert [a["n_events"] for a in pq.read_table(tmp_path / "articles" / parts.part_name(2)).to_pylist()] == [1, 2, 1]
