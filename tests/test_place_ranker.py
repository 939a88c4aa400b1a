"""The place-candidate ranker: its features (resolve/places.py) and its fit (scripts/fit_place_ranker.py)
on small synthetic candidate groups of our own."""
from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

from eventwire.records import Place
from eventwire.resolve import places

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_place_ranker.py"


def load():
    spec = importlib.util.spec_from_file_location("fit_place_ranker", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fit_place_ranker"] = mod
    spec.loader.exec_module(mod)
    return mod


def synthetic_groups(seed: int, n: int = 400):
    """Names with three candidates each; the right one is more often near another place of the story
    and less often matched on an alternate name; 'noise' says nothing."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        right = rng.randrange(3)
        feats = []
        for i in range(3):
            near = rng.random() < (0.7 if i == right else 0.2)
            alt = rng.random() < (0.1 if i == right else 0.5)
            feats.append({"prior": rng.uniform(2, 6) + (1.0 if i == right else 0.0),
                          "near_other_place": float(near), "alternate_name": float(alt),
                          "noise": float(rng.random() < 0.5), "never_differs": 1.0})
        out.append((feats, [i == right for i in range(3)]))
    return out


def test_the_conditional_logit_weighs_features_as_their_meaning_does():
    fit = load()
    w = fit.fit(synthetic_groups(1), ["prior", "near_other_place", "alternate_name", "noise"])
    assert w["prior"] == 1.0
    assert w["near_other_place"] > 0.5 > abs(w["noise"])
    assert w["alternate_name"] < -0.5
    held_out = synthetic_groups(2)
    assert fit.top1(held_out, w) > fit.top1(held_out, {"prior": 1.0}) + 0.05


def test_a_feature_the_data_never_varies_keeps_its_shipped_weight():
    fit = load()
    shipped = places.ranker_weights()
    data = [(feats, right) for feats, right in synthetic_groups(3, 100)]
    for feats, _ in data:
        for x in feats:
            x["hinted_country"] = 0.0
    w = fit.fit(data, ["prior", "near_other_place", "hinted_country"])
    assert w["hinted_country"] == shipped["hinted_country"]


def test_records_split_by_source_when_asked(tmp_path):
    fit = load()
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"source": "alpha", "text": "a"}\n{"source": "beta", "text": "b"}\n{"text": "c"}\n',
                 encoding="utf-8")
    assert {k: len(v) for k, v in fit.records(f, True).items()} == {"alpha": 1, "beta": 1, "mixed": 1}
    assert {k: len(v) for k, v in fit.records(f, False).items()} == {"mixed": 3}


def _place(name, iso3, admin1, pop, lat, lon, feature="city"):
    return Place(name=name, country=iso3, iso3=iso3, latitude=lat, longitude=lon, admin1=admin1,
                 population=pop, feature=feature)


def test_population_lead_is_the_largest_namesakes_and_capped():
    story, m = places._Story(), places._Mention(0, 6, None, "gazetteer")
    big = _place("Harbor", "AAA", "North", 2_000_000, 10.0, 10.0)
    small = _place("Harbor", "BBB", "East", 2_000, 40.0, 40.0)
    pops = sorted((places.math.log10(p.population + 10) for p in (big, small)), reverse=True)

    def lead(p):
        return places._features(story, m, (p, 0.0, 0), Counter(), 0.0, [], places._top_other(pops, p))[
            "population_lead"]
    assert lead(big) == 1.0  # a thousand times larger: capped at a hundred
    assert lead(small) == 0.0


def test_same_province_and_nearness_read_the_other_names_choices():
    story, m = places._Story(), places._Mention(0, 6, None, "gazetteer")
    here = _place("Millbrook", "AAA", "Lakeland", 5_000, 10.0, 10.0)
    there = _place("Millbrook", "AAA", "Hillside", 9_000, 14.0, 14.0)
    other = _place("Stonebridge", "AAA", "Lakeland", 20_000, 10.5, 10.4)
    for p, expect in ((here, 1.0), (there, 0.0)):
        f = places._features(story, m, (p, 0.0, 0), Counter(), 0.0, [other], 0.0)
        assert f["same_province"] == expect and f["near_other_place"] == expect


def test_a_feature_left_out_is_not_computed_and_a_trace_has_them_all(monkeypatch):
    story, m = places._Story(), places._Mention(0, 6, None, "gazetteer")
    here = _place("Millbrook", "AAA", "Lakeland", 5_000, 10.0, 10.0)
    other = _place("Stonebridge", "AAA", "Lakeland", 20_000, 10.5, 10.4)
    skip = frozenset({"same_province", "population_lead"})
    f = places._features(story, m, (here, 0.0, 0), Counter(), 0.0, [other], 0.0, skip)
    assert "same_province" not in f and "population_lead" not in f and f["near_other_place"] == 1.0
    # the shipped weights of these features are 0: scoring leaves them out, a trace for fitting keeps them
    monkeypatch.setattr(places, "ranker_weights", lambda: {"prior": 1.0, "same_province": 0.0,
                                                           "near_other_place": 0.0, "population_lead": 0.0})
    seen: list[frozenset] = []
    features = places._features
    monkeypatch.setattr(places, "_features", lambda *a: seen.append(a[7] if len(a) > 7 else frozenset())
                        or features(*a))
    mentions = []
    for name, p in (("Millbrook", here), ("Stonebridge", other)):
        mention = places._Mention(0, 6, None, "gazetteer")
        mention.name, mention.cands = name, [(p, 1.0, 0)]
        mentions.append(mention)
    places._rank(mentions, story, None)
    assert seen and all(s == {"near_other_place", "same_province", "population_lead"} for s in seen)
    trace: list = []
    places._rank(mentions, story, trace)
    assert {"near_other_place", "same_province", "population_lead"} <= set(trace[0][2][0][1])


def test_a_repeated_name_does_not_vote_for_its_own_reading():
    """Two readings of one name, each in a different country; the name written three times must not
    tip its own choice by voting for the country of its first reading."""
    a = _place("Fernwick", "AAA", "North", 60_000, 10.0, 10.0)
    b = _place("Fernwick", "BBB", "South", 50_000, 30.0, 30.0)
    mentions = []
    for k in range(3):
        m = places._Mention(10 * k, 10 * k + 8, None, "gazetteer")
        m.name = "Fernwick"
        m.cands = [(a, 4.8, 0), (b, 4.7, 0)]
        mentions.append(m)
    anchor = places._Mention(40, 48, None, "gazetteer")
    anchor.name = "Dunmore"
    anchor.cands = [(_place("Dunmore", "BBB", "South", 8_000, 30.2, 30.1), 3.9, 0)]
    trace: list = []
    places._rank(mentions + [anchor], places._Story(), trace)
    votes = {p.iso3: f["vote_share"] for p, f in trace[0][2]}
    assert votes == {"AAA": 0.0, "BBB": 1.0}  # only Dunmore votes


def test_the_story_evidence_that_picked_a_namesake_is_named_as_its_rule():
    from eventwire.resolve.places import Gazetteer
    from eventwire.settings import Settings

    gaz = Gazetteer.load(Settings.from_env())
    text = "Bus drivers stopped work in Georgetown on Friday. Union leaders in Kentucky backed them."
    decisions: list = []
    found = {t.text: t.place for t in gaz.geoparse(text, decisions=decisions)}
    assert found["Georgetown"].admin1 == "Kentucky"
    assert [(text[s:e], rule) for s, e, rule in decisions] == [("Georgetown", "places.rank.province_named")]
    alone: list = []
    found = {t.text: t.place for t in gaz.geoparse("Bus drivers stopped work in Georgetown on Friday.",
                                                   decisions=alone)}
    assert found["Georgetown"].admin1 != "Kentucky" and alone == []


def test_a_unit_of_unknown_population_in_the_story_country_outweighs_a_small_town_abroad():
    """A ward of a registry list (no GeoNames id, population 0) against a town of 3,000 abroad: the
    story's country makes up for the missing population, unless the ward's country has a populated
    namesake of its own, which the other features weigh as before; a GeoNames district is not such a
    unit."""
    ward = _place("Ketelo", "AAA", "Riverside", 0, 1.0, 35.0, feature="admin2")
    town = _place("Ketelo", "BBB", "Coast", 3_000, 10.0, 120.0)
    m = places._Mention(0, 6, None, "gazetteer")
    m.name, m.cands = "Ketelo", [(town, places.math.log10(3_010), 0), (ward, 1.0, 0)]
    story = places._Story()
    story.cues = {"AAA": 2}
    assert places._features(story, m, m.cands[1], Counter(), 0.0, [])["story_unit"] == 1.0
    assert places._features(story, m, m.cands[0], Counter(), 0.0, [])["story_unit"] == 0.0
    assert places._rank([m], story, None) == [ward]
    assert places._rank([m], places._Story(), None) == [town]  # no word of the ward's country
    geonames_unit = Place(name="Ketelo", country="AAA", iso3="AAA", latitude=1.0, longitude=35.0,
                          admin1="Riverside", population=0, feature="admin2", geonameid=1234567)
    assert places._features(story, m, (geonames_unit, 1.0, 0), Counter(), 0.0, [])["story_unit"] == 0.0
    home_town = _place("Ketelo", "AAA", "Riverside", 4_000, 1.1, 35.1)
    m.cands.append((home_town, places.math.log10(4_010), 0))
    assert places._features(story, m, m.cands[1], Counter(), 0.0, [])["story_unit"] == 0.0
