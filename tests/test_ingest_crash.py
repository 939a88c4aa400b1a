"""``eventwire ingest`` killed with SIGKILL mid-run, then run again: nothing lost, nothing twice.

Also RSS and Atom feeds through ``eventwire ingest`` end to end.
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.dedup.synthetic import articles
from eventwire.ingest.readers import article_id, read_inputs
from eventwire.ingest.service import ingest
from eventwire.settings import Settings
from eventwire.store.duckdb_store import Store

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 200

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


def write_folder(folder: Path) -> list:
    arts = list(articles(N_ARTICLES, seed=21))
    for i, art in enumerate(arts):
        sub = folder / f"part{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{art.id}.txt").write_text(f" date {art.date.isoformat()} {art.text}", encoding="utf-8")
    return arts


def snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        con = s.con
        return {
            "articles": con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone(),
            "article_ids": sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()),
            "hashes": dict(con.execute("SELECT article_id, content_hash FROM articles").fetchall()),
            "events": sorted(r[0] for r in con.execute("SELECT event_id FROM events").fetchall()),
            "sources": con.execute("SELECT count(*) FROM event_sources").fetchone()[0],
            "clusters": sorted(con.execute("SELECT event_id, cluster_id FROM event_clusters").fetchall()),
            "pending": s.undeduplicated_dates(),
            "merged": s.count_events(dedup=True),
        }


def run_ingest(folder: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(folder), "--db", str(db),
                             "--quiet", "--show", "0"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigkill_mid_ingest_then_rerun_loses_and_doubles_nothing(tmp_path):
    folder = tmp_path / "news"
    expected_ids = sorted(article_id(a.date, a.text) for a in write_folder(folder))

    clean_db = tmp_path / "clean.duckdb"
    clean = ingest((a for a in read_inputs([str(folder)]) if not hasattr(a, "reason")),
                   Settings.from_env(db_path=clean_db))
    assert clean.articles_written == N_ARTICLES
    want = snapshot(clean_db)
    assert want["article_ids"] == expected_ids and want["pending"] == []
    assert len(want["events"]) > N_ARTICLES // 2 and want["merged"] < len(want["events"])

    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    proc = run_ingest(folder, db)
    # (a generous deadline: on a loaded machine the first commit may take minutes, and killing the
    # ingest before it has committed anything would test nothing)
    deadline = time.monotonic() + 600
    try:
        # the first batches are committed once the write-ahead log holds them and has stopped growing
        # (a commit caught while its log records are still being written is rolled back on replay)
        size, steady_since = -1, time.monotonic()
        while time.monotonic() < deadline and proc.poll() is None:
            now_size = wal.stat().st_size if wal.exists() else 0
            if now_size != size:
                size, steady_since = now_size, time.monotonic()
            elif size > 50_000 and time.monotonic() - steady_since >= 1.0:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
        assert wal.exists() and wal.stat().st_size > 50_000, "no batch was committed within the deadline"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    partial = snapshot(db)  # opening replays the write-ahead log
    stored = partial["articles"][0]
    assert 0 < stored < N_ARTICLES and partial["articles"][0] == partial["articles"][1]

    again = run_ingest(folder, db)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    got = snapshot(db)
    assert got["articles"] == (N_ARTICLES, N_ARTICLES)
    assert got["article_ids"] == expected_ids
    assert got["events"] == want["events"] and got["sources"] == want["sources"]
    assert got["pending"] == [] and got["clusters"] == want["clusters"] and got["merged"] == want["merged"]
    with Store(db, read_only=True) as s:
        runs = s.runs()
    assert len(runs) == 2 and runs[0]["finished_at"] is not None  # the killed run was closed by the next
    assert runs[0]["counts"] == {"interrupted": True, "articles_written": stored,
                                 "closed_by_run": runs[1]["run_id"]}
    # (an article whose own text names no country was stored as waiting for the feed's country: coded again)
    waiting = sum(partial["hashes"][i] != want["hashes"][i] for i in partial["hashes"])
    assert waiting < stored
    assert runs[1]["counts"]["articles_unchanged"] == stored - waiting
    assert runs[1]["counts"]["articles_written"] == N_ARTICLES - stored + waiting
    assert runs[1]["stage_versions"]["dedup"] == runs[1]["counts"]["dedup"]["version"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire One</title>
<item><title>Strike in Mosul</title><link>http://one.example/1</link><guid>one-1</guid>
<pubDate>Tue, 09 Jan 2024 10:00:00 +0000</pubDate>
<description>A suicide bomber struck a crowded market in Mosul, Iraq, on Tuesday, killing
seven people, officials said. No group has yet claimed responsibility.</description></item>
<item><title>No date</title><description>Protesters marched in Basra.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Two</title>
<entry><title>Mosul market bombing</title><id>urn:two:1</id>
<link rel="alternate" href="http://two.example/1"/><updated>2024-01-09T18:00:00Z</updated>
<summary>A suicide bomber attacked a crowded market in Mosul, Iraq, on Tuesday, killing eight people,
police said.</summary></entry>
</feed>"""


def test_rss_and_atom_feeds_through_ingest(tmp_path, capsys):
    (tmp_path / "one.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "two.atom").write_text(ATOM, encoding="utf-8")
    db = tmp_path / "feeds.duckdb"
    assert main(["ingest", str(tmp_path / "one.rss"), str(tmp_path / "two.atom"), "--db", str(db),
                 "--quiet", "--show", "0"]) == 1  # the undated item is refused, the rest stored
    with Store(db, read_only=True) as s:
        arts = s.con.execute("SELECT source, url, date FROM articles ORDER BY source").fetchall()
        assert [a[:2] for a in arts] == [("Wire One", "http://one.example/1"), ("Wire Two", "http://two.example/1")]
        [reject] = s.rejects()
        assert reject["path"].endswith("one.rss") and "date" in reject["reason"]
        raw = s.events()
        merged = s.events(dedup=True)
    assert len(raw) == 2 and {e["sub_event_type"] for e in raw} == {"Suicide bomb"}
    [event] = merged
    assert len(event["article_ids"]) == 2 and event["fatalities"]["low"] == 7
    assert event["fatalities"]["high"] == 8 and event["fatalities"]["best"] == 7
    assert main(["ingest", str(tmp_path / "one.rss"), str(tmp_path / "two.atom"), "--db", str(db),
                 "--quiet", "--show", "0"]) == 1
    with Store(db, read_only=True) as s:
        assert s.counts()["articles"] == 2 and s.events(dedup=True) == merged and len(s.runs()) == 2
    capsys.readouterr()
