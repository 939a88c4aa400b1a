"""The versions stored with each event are hashes of what coded it; re-ingest re-codes when they change."""
import datetime as dt
import shutil

import pytest

from eventwire import versions
from eventwire.ingest.service import ingest
from eventwire.pipeline import Pipeline
from eventwire.records import Article
from eventwire.settings import DATA_DIR, Settings
from eventwire.store.duckdb_store import EventFilter, Store

SHABAAB = "Al Shabaab\t2\tSOM\t"
RENAMED = "Harakat al-Shabaab (renamed entry)\t2\tSOM\t"


def copy_data(tmp_path, name, edit=None):
    folder = tmp_path / name
    shutil.copytree(DATA_DIR, folder)
    if edit:
        path = folder / "actors.tsv"
        text = path.read_text(encoding="utf-8")
        assert text.count(edit[0]) == 1
        path.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    return folder


def test_data_hash_follows_content_not_path(tmp_path):
    same = copy_data(tmp_path, "same")
    edited = copy_data(tmp_path, "edited", (SHABAAB, RENAMED))
    assert versions.data_hash(same) == versions.data_hash(DATA_DIR)
    assert versions.data_hash(edited) != versions.data_hash(DATA_DIR)


def test_versions_name_every_part_and_hash_them():
    v = Pipeline(Settings.from_env()).versions
    # the stage versions stored before, now with the dictionary and model they really use
    assert v["resolve.actors"] == f"{v['actors']}+{v['countries']}" and v["actors"].startswith("actors.v")
    assert v["nlp.parse"] == f"spacy.{v['spacy_model']}"
    for name in ("taxonomy", "numbers", "triggers", "plover_verbs", "note_tags", "gazetteer"):
        assert v[name]
    parts = {k: v[k] for k in v if k.startswith("coder.")}
    assert set(parts) == {"coder.rules", "coder.data", "coder.words", "coder.gazetteer", "coder.model",
                          "coder.stages"}
    assert v["coder"] == versions.coder_hash(parts)
    assert v["coder"] != versions.coder_hash({**parts, "coder.data": "0" * 16})


def test_rule_files_cover_the_rules_and_the_word_classes():
    names = {p.relative_to(versions.PACKAGE_DIR).as_posix() for p in versions.rule_files()}
    assert {"extract/detect.py", "resolve/actors.py", "resolve/dates.py", "nlp/segment.py", "lang/loader.py",
            "pipeline.py"} <= names
    assert "store/duckdb_store.py" not in names and "cli.py" not in names
    assert all(p.suffix == ".tsv" for p in versions.word_files())


ARTICLES = [
    Article(id="shabaab", date=dt.date(2024, 6, 12),
            text="Al Shabaab fighters attacked a police station in Baidoa on Monday, killing three officers."),
    Article(id="market", date=dt.date(2024, 6, 12),
            text="Hundreds of traders protested in Nairobi on Tuesday against a new market tax."),
]


def _actors(db, article_id):
    with Store(db, read_only=True) as s:
        return [(e["actor1"] or {}).get("name") for e in s.events(EventFilter(article_id=article_id), dedup=False)]


def _coder_versions(db):
    with Store(db, read_only=True) as s:
        return {r[0] for r in s.con.execute("SELECT DISTINCT coder_versions->>'coder' FROM events").fetchall()}


@pytest.mark.model
@pytest.mark.gazetteer
def test_dictionary_edit_recodes_the_stored_articles(tmp_path):
    db = tmp_path / "ew.duckdb"
    first = ingest(ARTICLES, Settings.from_env(db_path=db))
    assert first.articles_written == 2
    assert _actors(db, "shabaab") == ["Al Shabaab"]
    before = _coder_versions(db)

    # the same files in another folder code the same: nothing is re-coded
    same = Settings.from_env(db_path=db, data_dir=copy_data(tmp_path, "same"))
    again = ingest(ARTICLES, same)
    assert (again.articles_written, again.articles_unchanged) == (0, 2)

    # one actor dictionary entry edited: the articles stored with the old coder hash are coded again
    edited = Settings.from_env(db_path=db, data_dir=copy_data(tmp_path, "edited", (SHABAAB, RENAMED)))
    recoded = ingest(ARTICLES, edited)
    assert (recoded.articles_written, recoded.articles_unchanged) == (2, 0)
    assert _actors(db, "shabaab") == ["Harakat al-Shabaab (renamed entry)"]
    after = _coder_versions(db)
    assert len(after) == 1 and after != before
    with Store(db, read_only=True) as s:
        first_run, _, last_run = s.runs()
    changed = {k for k, v in last_run["stage_versions"].items() if first_run["stage_versions"].get(k) != v}
    assert changed == {"coder.data", "coder"}  # the part that changed is named

    # and the edited setup, run again, finds nothing to do
    assert ingest(ARTICLES, edited).articles_unchanged == 2
