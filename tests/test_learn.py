"""Learned decisions: features, training examples, the model directory, the hybrid, gold converters.

Every model here is trained on short sentences written for these tests.
"""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import ModelError
from eventwire.eval import scorer
from eventwire.extract.lexicon import taxonomy
from eventwire.learn import calibration, dataset, gold, hybrid
from eventwire.learn import model as model_mod
from eventwire.learn.features import NO_EVENT, event_features

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["Alderton", "Brimvale", "Corvish", "Dunmore", "Elsworth", "Farrowby", "Glenhollow", "Harwick"]
SENTENCES = {
    "Peaceful protest": ["Hundreds of teachers marched peacefully in {p} demanding unpaid salaries.",
                         "Traders staged a sit-in outside the county offices in {p} over new levies."],
    "Violent demonstration": ["Protesters in {p} threw stones at passing cars and burnt tyres on the highway.",
                              "Demonstrators set a police post on fire in {p} during a protest over fuel prices."],
    "Attack": ["Gunmen shot dead a farmer in his home in {p}.",
               "Unknown assailants killed a shopkeeper with machetes in {p}."],
    "Arrests": ["Police arrested twelve opposition activists in {p}.",
                "Officers detained a local journalist in {p} for questioning."],
}


def coded(sub: str, sentence: str, **extra) -> dict:
    """An event record as the rules write it (the fields the features read)."""
    info = taxonomy()[1][sub]
    rec = {"article_id": extra.pop("article_id", "a"), "event_type": info.event_type, "sub_event_type": sub,
           "modality": "asserted", "confidence": 0.7, "actor1": {"name": "Unidentified Armed Group", "type": 3},
           "actor2": None, "fatalities": {"best": 0},
           "evidence": {"event_type": {"text": sentence, "start": 0, "end": len(sentence)}}}
    rec.update(extra)
    return rec


def corpus(relabel: dict | None = None) -> tuple[list, list]:
    """Rows and labels: each sentence as the rules coded it, labelled (optionally differently)."""
    rows, labels = [], []
    for sub, templates in SENTENCES.items():
        for t in templates:
            for p in PLACES:
                s = t.format(p=p)
                rows.append(event_features(coded(sub, s), s))
                labels.append((relabel or {}).get(sub, sub))
    return rows, labels


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    rows, labels = corpus()
    d = tmp_path_factory.mktemp("model")
    model_mod.save(d, {"sub_event_type": model_mod.fit(rows, labels)},
                   training=[{"name": "invented.jsonl", "sha256": "0" * 64}])
    return d


def test_features_read_the_sentence_actors_and_rules_when_present():
    ev = coded("Attack", "Gunmen shot dead a farmer.", actor2={"name": "Civilians (Testland)", "type": 7})
    sentence, context, facts = event_features(ev, "Gunmen shot dead a farmer. Police gave chase.")
    assert sentence == "Gunmen shot dead a farmer."
    assert context.startswith("Gunmen shot dead a farmer. Police")
    tokens = facts.split()
    assert {"sub=attack", "a1=3", "a2=7", "a2w=civilians", "deaths=no"} <= set(tokens)
    assert not any(t.startswith("rule=") for t in tokens)
    ev["rules"] = ["violence.attack.civilians", "model.sub_event_type"]
    tokens = event_features(ev)[2].split()
    assert "rule=violence.attack.civilians" in tokens
    assert "rule=model.sub_event_type" not in tokens  # the model's own entry is not a rule's fact


def test_examples_label_matched_events_and_no_event_texts():
    gold_docs = [
        {"id": "d1", "text": "Gunmen shot dead a farmer.", "events": [{"sub_event_type": "Armed clash"}]},
        {"id": "d2", "text": "The minister opened a bridge.", "no_event": True},
        {"id": "d3", "text": "Undated label only.", "label": "DIPLO"},
    ]
    system = [coded("Attack", "Gunmen shot dead a farmer.", article_id="d1"),
              coded("Arrests", "Police arrested a man.", article_id="d1"),
              coded("Other", "The minister opened a bridge.", article_id="d2"),
              coded("Other", "Undated label only.", article_id="d3")]
    ex = dataset.examples(gold_docs, system)
    assert [(x.article_id, x.label) for x in ex] == [("d1", "Armed clash"), ("d1", NO_EVENT), ("d2", NO_EVENT)]


def test_model_directory_round_trip_and_predictions(small_model):
    manifest = model_mod.read_manifest(small_model)
    assert manifest["fields"] == ["sub_event_type"]
    assert manifest["versions"]["scikit-learn"] and manifest["versions"]["eventwire"]
    assert manifest["training_files"][0]["sha256"] == "0" * 64
    m = model_mod.load(small_model)
    s = "Police arrested thirty traders in Kestrel Bay."
    pred = m.predict("sub_event_type", [event_features(coded("Arrests", s), s)])[0]
    assert pred.label == "Arrests"
    assert abs(sum(pred.probabilities.values()) - 1.0) < 1e-6


def test_a_model_from_another_library_version_is_refused(small_model, tmp_path):
    d = tmp_path / "old"
    d.mkdir()
    for f in small_model.iterdir():
        (d / f.name).write_bytes(f.read_bytes())
    manifest = json.loads((d / "manifest.json").read_text())
    manifest["versions"]["scikit-learn"] = "0.24.2"
    (d / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="scikit-learn 0.24.2"):
        model_mod.load(d)
    with pytest.raises(ModelError, match="manifest.json"):
        model_mod.load(tmp_path)


def test_a_changed_weights_file_is_refused(small_model, tmp_path):
    d = tmp_path / "edited"
    d.mkdir()
    for f in small_model.iterdir():
        (d / f.name).write_bytes(f.read_bytes())
    (d / "sub_event_type.joblib").write_bytes(b"not the trained model")
    with pytest.raises(ModelError, match="sha256"):
        model_mod.load(d)


@pytest.mark.parametrize("rules_sub, label, p, threshold, expected, by_model", [
    ("Attack", "Armed clash", 0.8, 0.7, "Armed clash", True),
    ("Attack", "Armed clash", 0.6, 0.7, "Attack", False),
    ("Attack", NO_EVENT, 0.9, 0.5, "Attack", False),
    ("Attack", "Attack", 0.9, 0.5, "Attack", False),
])
def test_the_model_decides_only_where_it_is_sure(rules_sub, label, p, threshold, expected, by_model):
    rest = (1 - p) / 2
    probs = {label: p, **{k: rest for k in ("Attack", "Armed clash", NO_EVENT) if k != label}}
    d = hybrid.decide(rules_sub, model_mod.Prediction(label, p, probs), threshold)
    assert (d.sub_event_type, d.by_model) == (expected, by_model)
    assert d.probability == pytest.approx(probs[expected])


@pytest.mark.parametrize("seen, expected", [
    (None, "Armed clash"),  # a model that recorded nothing about the rules' types
    ({"Attack": hybrid.MIN_RULES_SEEN}, "Armed clash"),
    ({"Attack": hybrid.MIN_RULES_SEEN - 1, "Armed clash": 500}, "Attack"),
    ({"Armed clash": 500}, "Attack"),  # the rules' type never came up in training
])
def test_the_model_overrules_only_types_it_saw_the_rules_decide(seen, expected):
    probs = {"Armed clash": 0.9, "Attack": 0.05, NO_EVENT: 0.05}
    d = hybrid.decide("Attack", model_mod.Prediction("Armed clash", 0.9, probs), 0.7, seen)
    assert d.sub_event_type == expected and d.by_model == (expected != "Attack")


def test_confusions_count_each_file_and_the_others():
    from eventwire.eval.cross_source import confusions

    def ex(rules, label, n):
        return [dataset.Example("d", ("", "", ""), label, rules) for _ in range(n)]
    examples = {"north": ex("Attack", "Mob violence", 3) + ex("Arrests", NO_EVENT, 1) + ex("Attack", "Attack", 5),
                "south": ex("Attack", "Mob violence", 2) + ex("Arrests", "Arrests", 2)}
    out = confusions(examples)
    assert out["north"] == [{"rules": "Attack", "gold": "Mob violence", "n": 3, "examples": 9, "elsewhere": 2},
                            {"rules": "Arrests", "gold": NO_EVENT, "n": 1, "examples": 9, "elsewhere": 0}]
    assert out["south"] == [{"rules": "Attack", "gold": "Mob violence", "n": 2, "examples": 4, "elsewhere": 3}]


def test_hybrid_records_follow_the_taxonomy_and_say_who_decided(tmp_path):
    rows, labels = corpus(relabel={"Violent demonstration": "Mob violence"})
    model_mod.save(tmp_path, {"sub_event_type": model_mod.fit(rows, labels)}, training=[])
    m = model_mod.load(tmp_path)
    s = "Youths in Kestrel Bay threw stones at passing cars and burnt tyres on the highway."
    t = "Police arrested six youths in Kestrel Bay."
    events = [coded("Violent demonstration", s, rules=["riots.violent_demonstration"]), coded("Arrests", t)]
    out = hybrid.apply_to_records(m, events, [s, t], taxonomy()[1], threshold=0.4)
    assert out[0]["sub_event_type"] == "Mob violence" and out[0]["event_type"] == "Riots"
    assert out[0]["disorder_type"] == "Political violence"
    assert out[0]["rules"] == ["riots.violent_demonstration", "model.sub_event_type"]
    assert out[0]["model"] == {"dir": str(tmp_path), "probability": out[0]["confidence"]}
    assert out[1]["sub_event_type"] == "Arrests" and "model" not in out[1]
    assert events[0]["sub_event_type"] == "Violent demonstration"  # inputs untouched


def test_reliability_bins_and_calibration_error():
    pairs = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]
    table = calibration.reliability(pairs, bins=10)
    assert table[9].n == 10 and table[9].accuracy == pytest.approx(0.9)
    assert table[5].n == 2 and table[5].accuracy == pytest.approx(0.5)
    assert calibration.expected_calibration_error(table) == pytest.approx((10 * 0.05 + 2 * 0.05) / 12)
    assert "expected calibration error" in calibration.format_reliability(table)


def test_gold_from_an_acled_export_groups_rows_by_notes(tmp_path):
    path = tmp_path / "export.csv"
    cols = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
            "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes"]
    rows = [
        ["TST1", "13 March 2024", "Battles", "Armed clash", "Military Forces of Testland", "State forces",
         "Testland Liberation Front", "Rebel group", "Testland", "North", "Alderton", "1.5", "30.25", "3",
         "On 13 March 2024, the army clashed with rebels near Alderton. 3 killed."],
        ["TST2", "2024-03-13", "Violence against civilians", "Attack", "Testland Liberation Front", "2",
         "Civilians (Testland)", "7", "Testland", "North", "Alderton", "1.5", "30.25", "1",
         "On 13 March 2024, the army clashed with rebels near Alderton. 3 killed."],
        ["TST3", "14 March 2024", "Protests", "Peaceful protest", "Protesters (Testland)", "Protesters", "", "",
         "Testland", "South", "Brimvale", "-2", "31", "0", ""],
    ]
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerows(rows)
    records = list(gold.from_acled(path))
    assert len(records) == 1  # the row without notes has no text to learn from
    rec = records[0]
    assert rec["id"] == "acled:TST1" and rec["date"] == "2024-03-13"
    assert [e["sub_event_type"] for e in rec["events"]] == ["Armed clash", "Attack"]
    assert (rec["events"][0]["inter1"], rec["events"][0]["inter2"]) == (1, 2)
    assert rec["events"][1]["inter2"] == 7 and rec["events"][0]["fatalities"] == 3
    assert rec["events"][0]["latitude"] == 1.5


def test_gold_from_acled_names_a_missing_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("event_date,event_type\n2024-01-01,Battles\n")
    with pytest.raises(Exception, match="notes"):
        list(gold.from_acled(path))


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=900)


def write_gold(path: Path, relabel: dict | None = None, places=PLACES) -> Path:
    with path.open("w") as fh:
        i = 0
        for sub, templates in SENTENCES.items():
            for t in templates:
                for p in places:
                    i += 1
                    fh.write(json.dumps({"id": f"{path.stem}:{i}", "date": "2024-03-05", "text": t.format(p=p),
                                         "events": [{"sub_event_type": (relabel or {}).get(sub, sub)}]}) + "\n")
        fh.write(json.dumps({"id": f"{path.stem}:none", "date": "2024-03-05",
                             "text": "The minister opened a new bridge in Alderton.", "no_event": True}) + "\n")
    return path


@pytest.mark.model
def test_train_then_extract_with_the_model(tmp_path):
    """A model taught that stone-throwing youths are mob violence overrides the rules on a new text."""
    more = ["Ivybridge", "Juniper Ford", "Kelmscot", "Larkspur", "Millbeck", "Norwood", "Oakhurst", "Pellham"]
    gold_path = write_gold(tmp_path / "own.jsonl", relabel={"Violent demonstration": "Mob violence"},
                           places=PLACES + more)
    res = run("train", gold_path, "--out", tmp_path / "m", "--system-cache", tmp_path / "cache", "-q")
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "cache" / "own.system.jsonl").is_file()
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert manifest["training_files"][0]["name"] == "own.jsonl"
    assert manifest["rules_seen"]["sub_event_type"]["Violent demonstration"] >= hybrid.MIN_RULES_SEEN
    article = tmp_path / "in.jsonl"
    article.write_text(json.dumps({"id": "n1", "date": "2024-05-02", "text":
                                   "Protesters in Kestrel Bay threw stones at passing cars and burnt tyres."}) + "\n")
    plain = run("extract", article, "--format", "jsonl", "-q")
    hybrid_run = run("extract", article, "--format", "jsonl", "-q", "--model", tmp_path / "m", "--model-threshold", "0.4")
    assert plain.returncode == 0 and hybrid_run.returncode == 0, hybrid_run.stderr
    before = json.loads(plain.stdout.splitlines()[0])
    after = json.loads(hybrid_run.stdout.splitlines()[0])
    assert before["sub_event_type"] == "Violent demonstration"
    assert after["sub_event_type"] == "Mob violence" and after["event_type"] == "Riots"
    assert "model.sub_event_type" in after["rules"]
    assert after["model"]["dir"] == str(tmp_path / "m") and after["model"]["probability"] >= 0.4
    bad = run("extract", article, "--model", tmp_path / "cache")
    assert bad.returncode == 2 and "manifest.json" in bad.stderr
    # a run-distributed worker codes its partition with the model it is given
    from eventwire.records import Article
    from eventwire.scale.distributed import code_partition
    from eventwire.settings import Settings
    import datetime as dt
    s = Settings()
    text = "Protesters in Kestrel Bay threw stones at passing cars and burnt tyres."
    _, versions, rows, _ = code_partition(0, [Article(id="n1", date=dt.date(2024, 5, 2), text=text)], s.spacy_model,
                                          s.stages, str(tmp_path / "m"), 0.4)
    assert rows[0][0]["sub_event_type"] == "Mob violence" and "model" in versions


@pytest.mark.model
def test_cross_source_scores_rules_model_and_hybrid(tmp_path):
    a = write_gold(tmp_path / "north.jsonl", places=PLACES[:4])
    b = write_gold(tmp_path / "south.jsonl", places=PLACES[4:])
    res = run("eval", "--cross-source", a, b, "--system-cache", tmp_path / "cache", "-q", "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert set(out["files"]) == {"north", "south"}
    for held in out["files"].values():
        assert set(held["metrics"]) == {"rules", "model", "hybrid"}
        assert held["metrics"]["hybrid"]["sub_event_type_acc"] is not None
    assert sum(b["n"] for b in out["reliability"]) > 0
    assert set(out["confusions"]) == {"north", "south"}  # the error analysis, per held-out file
    assert run("eval", "--cross-source", a, "-q").returncode == 2


@pytest.mark.model
def test_gold_from_store_round_trip(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "s1", "date": "2024-05-02",
                                "text": "Gunmen shot dead a farmer in his home in Alderton on Monday."}) + "\n")
    db = tmp_path / "x.duckdb"
    assert run("ingest", feed, "--db", db, "-q", "--show", "0").returncode == 0
    res = run("gold", "from-store", "--db", db)
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in records] == ["s1"]
    assert records[0]["text"].startswith("Gunmen shot dead")
    assert records[0]["events"][0]["sub_event_type"] == "Attack"
    assert scorer.score(records, [])["sub_event_type_acc"] == 0.0  # valid gold: scored, and no system event


def test_calibrated_confidence_is_saved_and_read_back(tmp_path):
    rows, labels = corpus(relabel={"Violent demonstration": "Mob violence"})
    rules = []
    for sub, templates in SENTENCES.items():
        rules.extend([sub] * (len(templates) * len(PLACES)))
    groups = ["north" if i % 2 else "south" for i in range(len(rows))]
    cal = model_mod.fit_calibrator(rows, labels, rules, groups)
    assert cal is not None
    model_mod.save(tmp_path, {"sub_event_type": model_mod.fit(rows, labels)}, training=[],
                   calibrators={"sub_event_type": cal})
    assert model_mod.read_manifest(tmp_path)["calibrated"] == ["sub_event_type"]
    m = model_mod.load(tmp_path)
    s = "Police arrested thirty traders in Kestrel Bay."
    pred = m.predict("sub_event_type", [event_features(coded("Arrests", s), s)])[0]
    sure = m.confidence("sub_event_type", pred, "Arrests", "Arrests")
    unlikely = m.confidence("sub_event_type", pred, "Peaceful protest", "Arrests")
    assert 0.0 <= unlikely < sure <= 1.0
    assert model_mod.fit_calibrator(rows[:10], labels[:10], rules[:10], groups[:10]) is None  # too little data
