"""The dedup weight fit (scripts/fit_dedup_weights.py) on small synthetic corpora of our own."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_dedup_weights.py"


def load():
    spec = importlib.util.spec_from_file_location("fit_dedup_weights", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fit_dedup_weights"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_fitted_weights_order_the_findings_as_their_meaning_does():
    fit = load()
    sources = [fit.synthetic(seed, 60, events=250) for seed in (31, 32)]
    data = {s.name: fit.rows(s) for s in sources}
    assert all(data[s.name][1].any() and not data[s.name][1].all() for s in sources)
    table = fit.fit(sources, data)
    w = table["weights"]
    assert w["place"]["same_place"] > w["place"]["within_25km"] > w["place"]["far"]
    assert w["fatalities"]["same"] > w["fatalities"]["far_apart"]
    assert w["actor1"]["same_named"] > w["actor1"]["other_type"]
    assert w["date"]["same_day"] > w["date"]["two_days"]
    assert table["possible"] < table["threshold"]


def test_the_threshold_rises_until_distinct_records_are_within_budget():
    fit = load()
    syn = fit.synthetic(33, 60, events=250)
    # distinct records: every pair of the corpus counts as two events, as in a file of one record each
    real = fit.Source("records", syn.sigs, lambda a, b: False, syn.model, record_of={s.event_id: s.event_id
                                                                                       for s in syn.sigs})
    real.stored = syn.sigs
    data = {syn.name: fit.rows(syn), "records": fit.rows(real), "records/stored": fit.rows(real, stored=True)}
    alone = fit.fit([syn], data)
    both = fit.fit([syn, real], data)
    assert both["threshold"] > alone["threshold"]
    cols = fit.features()
    coef = np.array([both["weights"][f][v] for f, v in cols])
    found, _, evidence = data["records/stored"]
    x = fit.matrix(found, cols)
    similar = x[:, [cols.index(("text", "similar")), cols.index(("text", "same_words"))]].sum(axis=1) > 0
    accepted = int(np.sum(((x @ coef) >= both["threshold"]) & (evidence | similar)))
    assert accepted <= fit.BUDGET * len(syn.sigs)
