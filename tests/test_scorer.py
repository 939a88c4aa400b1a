import json

import pytest

from eventwire.errors import InputError
from eventwire.eval.scorer import (
    format_comparison,
    format_table,
    gold_countries,
    haversine_km,
    load_gold,
    macro_f1,
    match_events,
    match_spans,
    score,
    score_by_source,
)

# Invented places on the equator of a fictional map: 0.1 degree of latitude is about 11.1 km.
HOME = (0.0, 0.0)
NEAR = (0.1, 0.0)  # ~11.1 km from HOME
FAR = (1.0, 0.0)  # ~111 km from HOME
VERY_FAR = (5.0, 0.0)  # ~556 km from HOME


def gold_event(**fields):
    if "at" in fields:
        fields["latitude"], fields["longitude"] = fields.pop("at")
    return fields


def sys_event(doc, *, at=None, confidence=0.5, **fields):
    record = {"article_id": doc, "confidence": confidence, **fields}
    if at is not None:
        record.setdefault("location", {})
        record["location"].update({"latitude": at[0], "longitude": at[1]})
    return record


def doc(doc_id, events=None, **extra):
    record = {"id": doc_id, "date": "2031-05-02", "title": None, "text": "Invented text.", "source": "fict"}
    if events is not None:
        record["events"] = events
    record.update(extra)
    return record


# --------------------------------------------------------------------------- detection and counts


def test_detection_and_counts():
    gold = [
        doc("a", [gold_event(event_type="Battles")]),
        doc("b", [gold_event(event_type="Battles"), gold_event(event_type="Riots")]),
        doc("c", no_event=True, label="OTHER"),
    ]
    system = [sys_event("a"), sys_event("a"), sys_event("zzz")]
    m = score(gold, system)
    assert m["detection"] == 0.5 and m["detection_n"] == 2
    assert m["docs"] == 3 and m["docs_events"] == 2 and m["docs_no_event"] == 1
    assert m["gold_events"] == 3
    assert m["system_events"] == 2
    assert m["events_per_doc"] == pytest.approx(2 / 3)
    assert m["system_events_per_event_doc"] == 1.0
    assert m["gold_events_per_doc"] == 1.5


def test_article_ids_attach_event_to_every_listed_document():
    gold = [doc("a", [gold_event(event_type="Protests")]), doc("b", [gold_event(event_type="Protests")])]
    system = [{"article_ids": ["a", "b"], "event_type": "Protests", "confidence": 0.9}]
    m = score(gold, system)
    assert m["detection"] == 1.0
    assert m["event_type_acc"] == 1.0 and m["event_type_acc_n"] == 2


def test_article_id_and_article_ids_do_not_double_count():
    gold = [doc("a", [gold_event(event_type="Protests")])]
    system = [{"article_id": "a", "article_ids": ["a"], "event_type": "Protests"}]
    assert score(gold, system)["system_events"] == 1


# --------------------------------------------------------------------------- matching


def test_matching_prefers_same_sub_event_type_over_distance():
    gold = [doc("a", [
        gold_event(sub_event_type="Armed clash", at=HOME),
        gold_event(sub_event_type="Attack", at=VERY_FAR),
    ])]
    system = [
        sys_event("a", sub_event_type="Attack", at=HOME),
        sys_event("a", sub_event_type="Armed clash", at=VERY_FAR),
    ]
    m = score(gold, system)
    assert m["sub_event_type_acc"] == 1.0
    assert m["loc_161km"] == 0.0


def test_matching_prefers_nearest_then_highest_confidence():
    gold = [gold_event(sub_event_type="Attack", at=HOME)]
    near = sys_event("a", sub_event_type="Attack", at=NEAR, confidence=0.1, event_date="2031-01-01")
    far = sys_event("a", sub_event_type="Attack", at=FAR, confidence=0.9, event_date="2031-01-02")
    assert match_events(gold, [far, near]) == [near]

    low = sys_event("a", sub_event_type="Attack", at=NEAR, confidence=0.2)
    high = sys_event("a", sub_event_type="Attack", at=NEAR, confidence=0.8)
    assert match_events(gold, [low, high]) == [high]


def test_events_without_coordinates_are_farthest():
    gold = [gold_event(at=HOME)]
    placeless = sys_event("a", confidence=0.99)
    distant = sys_event("a", at=VERY_FAR, confidence=0.01)
    assert match_events(gold, [placeless, distant]) == [distant]


def test_greedy_order_first_gold_event_picks_first():
    gold = [gold_event(sub_event_type="Attack", at=FAR), gold_event(sub_event_type="Attack", at=HOME)]
    only_good = sys_event("a", sub_event_type="Attack", at=NEAR)
    other = sys_event("a", sub_event_type="Attack", at=VERY_FAR)
    # The first gold event takes the event nearest to it, even though it sits closer to the second.
    assert match_events(gold, [other, only_good]) == [only_good, other]


def test_each_system_event_is_matched_at_most_once_and_unmatched_gold_is_wrong():
    gold = [doc("a", [
        gold_event(event_type="Battles", sub_event_type="Armed clash", event_date="2031-04-30", at=HOME,
                   country="Freedonia", fatalities=3, inter1=1, inter2=2, actor1="Freedonian Army"),
        gold_event(event_type="Battles", sub_event_type="Armed clash", event_date="2031-04-30", at=HOME,
                   country="Freedonia", fatalities=3, inter1=1, inter2=2, actor1="Freedonian Army"),
    ])]
    system = [sys_event(
        "a", event_type="Battles", sub_event_type="Armed clash", event_date="2031-04-30", at=HOME,
        location={"country": "Freedonia"}, fatalities={"best": 3, "low": 3, "high": 3},
        actor1={"name": "Freedonian Army", "type": 1}, actor2={"name": "Rebels", "type": 2},
    )]
    m = score(gold, system)
    for key in ("event_type_acc", "sub_event_type_acc", "event_date_exact", "event_date_pm1", "event_month",
                "loc_10km", "loc_25km", "loc_161km", "country", "fatalities_exact", "actor_type_pair",
                "actor_name"):
        assert m[key] == 0.5, key
        assert m[f"{key}_n"] == 2, key
    assert m["loc_median_km"] == 0.0 and m["loc_median_km_n"] == 1


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    "gold_date, system_date, exact, pm1, month",
    [
        ("2031-04-30", "2031-04-30", 1.0, 1.0, 1.0),
        ("2031-04-30", "2031-05-01", 0.0, 1.0, 0.0),
        ("2031-04-30", "2031-04-28", 0.0, 0.0, 1.0),
        ("2031-04-30", None, 0.0, 0.0, 0.0),
        ("2031-04-30", "not a date", 0.0, 0.0, 0.0),
    ],
)
def test_event_date(gold_date, system_date, exact, pm1, month):
    m = score([doc("a", [gold_event(event_date=gold_date)])], [sys_event("a", event_date=system_date)])
    assert (m["event_date_exact"], m["event_date_pm1"], m["event_month"]) == (exact, pm1, month)


def test_event_month_counts_gold_month_only_events():
    gold = [doc("a", [gold_event(event_month="2031-03")]), doc("b", [gold_event(event_month="2031-03")])]
    system = [sys_event("a", event_date="2031-03-17"), sys_event("b", event_date="2031-04-01")]
    m = score(gold, system)
    assert m["event_month"] == 0.5 and m["event_month_n"] == 2
    assert m["event_date_exact"] is None and m["event_date_exact_n"] == 0


def test_location_thresholds_and_median():
    gold = [doc("a", [gold_event(at=HOME)]), doc("b", [gold_event(at=HOME)]), doc("c", [gold_event(at=HOME)])]
    system = [sys_event("a", at=HOME), sys_event("b", at=NEAR), sys_event("c", at=FAR)]
    m = score(gold, system)
    assert m["loc_10km"] == pytest.approx(1 / 3)
    assert m["loc_25km"] == pytest.approx(2 / 3)
    assert m["loc_161km"] == 1.0
    assert m["loc_median_km"] == pytest.approx(haversine_km(HOME, NEAR))
    assert m["loc_median_km_n"] == 3


def test_haversine_known_distance():
    assert haversine_km((0, 0), (0, 1)) == pytest.approx(111.19, abs=0.01)
    assert haversine_km((48.8566, 2.3522), (51.5074, -0.1278)) == pytest.approx(343.5, abs=1)


@pytest.mark.parametrize(
    "gold_fields, location, expected",
    [
        ({"iso3": "FRD", "country": "Freedonia"}, {"iso3": "frd", "country": "Wrong"}, 1.0),
        ({"iso3": "FRD", "country": "Freedonia"}, {"iso3": "SYL", "country": "Freedonia"}, 0.0),
        ({"iso3": "FRD", "country": "Freedonia"}, {"country": "FREEDONIA"}, 1.0),
        ({"country": "Freedonia"}, {"iso3": "FRD", "country": "Sylvania"}, 0.0),
        ({"country": "Freedonia"}, {}, 0.0),
        # names of one country in different forms are the same country
        ({"country": "USA"}, {"iso3": "USA", "country": "United States"}, 1.0),
        ({"country": "England"}, {"iso3": "GBR", "country": "United Kingdom"}, 1.0),
        ({"country": "Ivory Coast"}, {"country": "Côte d'Ivoire"}, 1.0),
        ({"country": "the Netherlands"}, {"iso3": "NLD", "country": "Netherlands"}, 1.0),
        ({"country": "Bosnia"}, {"iso3": "BIH", "country": "Bosnia and Herzegovina"}, 1.0),
        ({"country": "Democratic Republic of the Congo"}, {"iso3": "COD", "country": "DR Congo"}, 1.0),
        ({"country": "Canada"}, {"iso3": "GBR", "country": "United Kingdom"}, 0.0),
        # a people's name, a state of one country, a misspelt name stand for their country
        ({"country": "Peruvian"}, {"iso3": "PER", "country": "Peru"}, 1.0),
        ({"country": "Peruvian"}, {"iso3": "CHL", "country": "Chile"}, 0.0),
        ({"country": "Nebraska"}, {"iso3": "USA", "country": "United States"}, 1.0),
        ({"country": "Nebraska"}, {"iso3": "CAN", "country": "Canada"}, 0.0),
        ({"country": "Argentna"}, {"iso3": "ARG", "country": "Argentina"}, 1.0),
        ({"country": "Argentna"}, {"iso3": "URY", "country": "Uruguay"}, 0.0),
        # a list of countries: any of them
        ({"country": "Chile and Peru"}, {"iso3": "PER", "country": "Peru"}, 1.0),
        ({"country": "several (Ghana, Togo, etc.)"}, {"iso3": "TGO", "country": "Togo"}, 1.0),
        ({"country": "Chile and Peru"}, {"iso3": "BOL", "country": "Bolivia"}, 0.0),
    ],
)
def test_country(gold_fields, location, expected):
    m = score([doc("a", [gold_event(**gold_fields)])], [sys_event("a", location=location)])
    assert m["country"] == expected and m["country_n"] == 1


@pytest.mark.parametrize("name, codes", [
    ("Mongolian", {"MNG"}), ("Texas", {"USA"}), ("Cammeroon", {"CMR"}), ("Oman", {"OMN"}),
    ("Punjab", set()),  # a province of two countries names neither
    ("Freedonia", set()), ("Mali and Niger", {"MLI", "NER"}), ("Trinidad and Tobago", {"TTO"}),
])
def test_gold_country_names(name, codes):
    assert gold_countries(name) == frozenset(codes)


def test_a_continent_is_no_gold_country():
    gold = [doc("a", [gold_event(country="Africa")]), doc("b", [gold_event(country="Kenya")])]
    m = score(gold, [sys_event("a", location={"iso3": "KEN", "country": "Kenya"}),
                     sys_event("b", location={"iso3": "KEN", "country": "Kenya"})])
    assert m["country"] == 1.0 and m["country_n"] == 1


def test_fatalities_skip_unreliable_and_accept_int_or_best():
    gold = [
        doc("a", [gold_event(fatalities=4, fatalities_reliable=True)]),
        doc("b", [gold_event(fatalities=7)]),
        doc("c", [gold_event(fatalities=9, fatalities_reliable=False)]),
        doc("d", [gold_event(fatalities=2)]),
    ]
    system = [
        sys_event("a", fatalities={"best": 4, "low": 3, "high": 5}),
        sys_event("b", fatalities=7),
        sys_event("c", fatalities=0),
        sys_event("d", fatalities={"best": 3, "low": 2, "high": 3}),
    ]
    m = score(gold, system)
    assert m["fatalities_exact_n"] == 3
    assert m["fatalities_exact"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "gold_fields, actor1, actor2, expected",
    [
        ({"inter1": 1, "inter2": 7}, {"name": "x", "type": 7}, {"name": "y", "type": 1}, 1.0),
        ({"inter1": 1, "inter2": 7}, {"name": "x", "type": 1}, {"name": "y", "type": 2}, 0.0),
        ({"inter1": 6}, {"name": "x", "type": 6}, None, 1.0),
        ({"inter1": 6}, {"name": "x", "type": 6}, {"name": "y", "type": 1}, 0.0),
        ({"inter1": 1, "inter2": 7}, {"name": "x", "type": 1}, None, 0.0),
    ],
)
def test_actor_type_pair(gold_fields, actor1, actor2, expected):
    m = score([doc("a", [gold_event(**gold_fields)])], [sys_event("a", actor1=actor1, actor2=actor2)])
    assert m["actor_type_pair"] == expected and m["actor_type_pair_n"] == 1


@pytest.mark.parametrize(
    "gold_fields, actor1, actor2, expected",
    [
        ({"actor1": "Military Forces of Freedonia (2030-)"}, {"name": "military forces of freedonia"}, None, 1.0),
        ({"actor1": "Red Lantern Brigade", "actor2": "Civilians (Freedonia)"},
         {"name": "Blue Star Front"}, {"name": "civilians"}, 1.0),
        ({"actor2": "Red Lantern Brigade"}, {"name": "RED LANTERN BRIGADE"}, None, 1.0),
        ({"actor1": "Red Lantern Brigade"}, {"name": "Lantern Militia"}, None, 1.0),  # ratio ~64
        ({"actor1": "Red Lantern Brigade"}, {"name": "Lanterns Militia"}, None, 0.0),  # ratio ~46
        ({"actor1": "Red Lantern Brigade"}, {"name": "Sylvanian Navy"}, None, 0.0),
        ({"actor1": "Red Lantern Brigade"}, None, None, 0.0),
    ],
)
def test_actor_name(gold_fields, actor1, actor2, expected):
    m = score([doc("a", [gold_event(**gold_fields)])], [sys_event("a", actor1=actor1, actor2=actor2)])
    assert m["actor_name"] == expected and m["actor_name_n"] == 1


def test_actor_name_counts_the_articles_words_for_a_side_and_reports_canonical_names_apart():
    actor1 = {"name": "Unidentified Armed Group (Freedonia)", "description": "masked gunmen"}
    m = score([doc("a", [gold_event(actor1="Unknown gunmen")])], [sys_event("a", actor1=actor1)])
    assert m["actor_name"] == 1.0 and m["actor_canonical_name"] == 0.0
    m = score([doc("a", [gold_event(actor1="Sylvanian Navy")])], [sys_event("a", actor1=actor1)])
    assert m["actor_name"] == 0.0


def test_fields_absent_from_gold_are_not_scored():
    m = score([doc("a", [gold_event(event_type="Riots")])], [sys_event("a", event_type="Riots")])
    for key in ("sub_event_type_acc", "event_date_exact", "loc_25km", "loc_median_km", "country",
                "fatalities_exact", "actor_type_pair", "actor_name", "no_event_fp_rate", "toponym_f1",
                "timex_f1"):
        assert m[key] is None and m[f"{key}_n"] == 0, key
    assert m["event_type_acc"] == 1.0


# --------------------------------------------------------------------------- macro-F1


def test_macro_f1_by_hand():
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", "none")]
    # A: P=1 R=.5 F=2/3; B: P=.5 R=1 F=2/3; C: F=0
    assert macro_f1(pairs) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert macro_f1([]) is None


def test_sub_event_macro_f1_uses_top_confidence_event_and_first_gold_event():
    gold = [
        doc("a", [gold_event(event_type="Battles", sub_event_type="Armed clash"),
                  gold_event(event_type="Riots", sub_event_type="Mob violence")]),
        doc("b", [gold_event(event_type="Protests", sub_event_type="Peaceful protest")]),
        doc("c", [gold_event(event_type="Protests", sub_event_type="Peaceful protest")]),
    ]
    system = [
        sys_event("a", event_type="Riots", sub_event_type="Mob violence", confidence=0.3),
        sys_event("a", event_type="Battles", sub_event_type="Armed clash", confidence=0.9),
        sys_event("b", event_type="Protests", sub_event_type="Peaceful protest", confidence=0.4),
    ]
    m = score(gold, system)
    # Armed clash: F1 1; Peaceful protest: P=1 R=.5 -> 2/3 ("c" predicts none)
    assert m["sub_event_type_macro_f1"] == pytest.approx((1 + 2 / 3) / 2)
    assert m["sub_event_type_macro_f1_n"] == 3
    assert m["event_type_macro_f1"] == pytest.approx((1 + 2 / 3) / 2)


def test_event_type_macro_f1_differs_from_sub_event():
    gold = [doc("a", [gold_event(event_type="Battles", sub_event_type="Armed clash")])]
    system = [sys_event("a", event_type="Battles", sub_event_type="Government regains territory")]
    m = score(gold, system)
    assert m["event_type_macro_f1"] == 1.0
    assert m["sub_event_type_macro_f1"] == 0.0


# --------------------------------------------------------------------------- no_event and unscored


def test_no_event_false_positive_rate_ignores_strategic_developments():
    gold = [doc("q", no_event=True), doc("r", no_event=True), doc("s", no_event=True), doc("t", no_event=True)]
    system = [
        sys_event("q", event_type="Strategic developments"),
        sys_event("r", event_type="Strategic developments"),
        sys_event("r", event_type="Protests"),
        sys_event("s", event_type="Violence against civilians"),
    ]
    m = score(gold, system)
    assert m["no_event_fp_rate"] == 0.5 and m["no_event_fp_rate_n"] == 4
    assert m["detection"] is None


def test_label_only_records_are_not_scored():
    gold = [doc("d", label="DIPLO"), doc("e", [gold_event(event_type="Battles")])]
    system = [sys_event("d", event_type="Riots"), sys_event("e", event_type="Battles")]
    m = score(gold, system)
    assert m["docs_unscored"] == 1
    assert m["detection_n"] == 1 and m["detection"] == 1.0
    assert m["no_event_fp_rate"] is None
    assert m["event_type_acc_n"] == 1


# --------------------------------------------------------------------------- spans


def span(start, end, **extra):
    return {"start": start, "end": end, **extra}


def test_match_spans_any_overlap_one_to_one_largest_first():
    gold = [span(0, 10), span(20, 25)]
    system = [span(5, 12), span(0, 8), span(40, 45)]
    pairs = match_spans(gold, system)
    assert pairs == [(gold[0], system[1])]


def test_one_system_span_covers_only_one_gold_span():
    gold = [span(0, 4), span(5, 12)]
    system = [span(0, 12)]
    assert match_spans(gold, system) == [(gold[1], system[0])]


def test_touching_spans_do_not_overlap():
    assert match_spans([span(0, 5)], [span(5, 9)]) == []


def test_toponym_scores():
    text_doc = doc("g", toponyms=[
        span(0, 8, name="Ardovia", latitude=HOME[0], longitude=HOME[1]),
        span(20, 30, name="Port Velka", latitude=HOME[0], longitude=HOME[1]),
        span(40, 46, name="Zelmar"),
        span(60, 66, name="Kestra", latitude=HOME[0], longitude=HOME[1]),
    ])
    annotation = {"record": "annotation", "article_id": "g", "dates": [], "places": [
        span(0, 8, latitude=NEAR[0], longitude=NEAR[1]),
        span(25, 35, latitude=FAR[0], longitude=FAR[1]),
        span(41, 44, latitude=HOME[0], longitude=HOME[1]),
        span(61, 65),
        span(90, 95, latitude=HOME[0], longitude=HOME[1]),
    ]}
    m = score([text_doc], [annotation])
    assert m["docs_toponyms"] == 1
    assert m["toponym_p"] == pytest.approx(4 / 5) and m["toponym_p_n"] == 5
    assert m["toponym_r"] == 1.0 and m["toponym_r_n"] == 4
    assert m["toponym_f1"] == pytest.approx(2 * 0.8 / 1.8)
    # coordinates on both sides only for the first two matches
    assert m["toponym_161km_n"] == 2 and m["toponym_161km"] == 1.0
    assert m["toponym_25km"] == 0.5


def test_toponyms_without_annotation_record_count_as_missed():
    m = score([doc("g", toponyms=[span(0, 4, name="Vask")])], [])
    assert m["toponym_r"] == 0.0 and m["toponym_f1"] == 0.0
    assert m["toponym_p"] is None


def test_timex_scores():
    gold = [doc("t", timexes=[
        span(0, 9, text="yesterday", value="2031-05-01"),
        span(15, 21, text="Friday", value="2031-04-27"),
        span(30, 40, text="last month", value="2031-04"),
    ])]
    annotation = {"record": "annotation", "article_id": "t", "places": [], "dates": [
        span(0, 9, value="2031-05-01"),
        span(15, 21, value="2031-04-28"),
        span(50, 55, value="2031"),
    ]}
    m = score(gold, [annotation])
    assert m["timex_p"] == pytest.approx(2 / 3) and m["timex_r"] == pytest.approx(2 / 3)
    assert m["timex_f1"] == pytest.approx(2 / 3)
    assert m["timex_value_acc"] == 0.5 and m["timex_value_acc_n"] == 2


def test_annotation_records_are_not_counted_as_events():
    gold = [doc("n", no_event=True)]
    system = [{"record": "annotation", "article_id": "n", "places": [], "dates": []}]
    m = score(gold, system)
    assert m["system_events"] == 0 and m["no_event_fp_rate"] == 0.0


# --------------------------------------------------------------------------- loading, grouping, formatting


def test_load_gold_reads_jsonl_and_reports_bad_lines(tmp_path):
    good = tmp_path / "gold.jsonl"
    good.write_text(json.dumps(doc("a", [gold_event(event_type="Riots")])) + "\n\n"
                    + json.dumps(doc("b", no_event=True)) + "\n", encoding="utf-8")
    assert [r["id"] for r in load_gold(good)] == ["a", "b"]

    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(doc("a")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(bad)
    assert info.value.line == 2

    with pytest.raises(InputError):
        load_gold(tmp_path / "missing.jsonl")


def test_score_by_source_splits_on_dataset():
    gold = [
        {**doc("x:1", [gold_event(event_type="Riots")]), "source": "set_one"},
        {**doc("y:1", no_event=True), "source": "set_two"},
    ]
    system = [sys_event("x:1", event_type="Riots"), sys_event("y:1", event_type="Battles")]
    by = score_by_source(gold, system)
    assert set(by) == {"set_one", "set_two"}
    assert by["set_one"]["event_type_acc"] == 1.0 and by["set_one"]["no_event_fp_rate"] is None
    assert by["set_two"]["no_event_fp_rate"] == 1.0 and by["set_two"]["detection"] is None


def test_format_table_shows_value_n_and_dash_for_missing():
    gold = [doc("a", [gold_event(event_type="Riots"), gold_event(event_type="Battles")])]
    m = score(gold, [sys_event("a", event_type="Riots")])
    table = format_table(m, title="fictional set")
    lines = table.splitlines()
    assert lines[0] == "fictional set"
    row = next(line for line in lines if line.startswith("event type "))
    assert row.split()[-2:] == ["0.500", "2"]
    topo = next(line for line in lines if line.startswith("toponym recall"))
    assert topo.split()[-2:] == ["\u2014", "0"]
    value_end = lines[1].index("value") + len("value")
    for line in lines[3:]:
        assert line[value_end - 1] != " " and line[value_end:value_end + 1] in ("", " "), line


def test_format_comparison_has_a_column_per_dataset():
    one = score([doc("a", [gold_event(event_type="Riots")])], [sys_event("a", event_type="Riots")])
    two = score([doc("b", no_event=True)], [])
    table = format_comparison({"alpha": one, "beta": two})
    header = table.splitlines()[0]
    assert header.split() == ["metric", "alpha", "beta"]
    row = next(line for line in table.splitlines() if line.startswith("event type "))
    assert row.split()[-2:] == ["1.000", "\u2014"]
    assert not any(line.startswith("timex") for line in table.splitlines())


# --------------------------------------------------------------------------- dates stated or not

def test_date_exactness_is_split_by_whether_the_text_states_a_date():
    gold = [
        doc("dated", [gold_event(event_date="2031-04-29")], text="Gunmen attacked a market on Tuesday."),
        doc("dated2", [gold_event(event_date="2031-04-29")], text="Soldiers clashed with rebels on 29 April."),
        doc("undated", [gold_event(event_date="2031-04-30")], text="Gunmen attacked a market, police said."),
        doc("undated2", [gold_event(event_date="2031-04-30")], text="Rebels shelled the town."),
    ]
    system = [sys_event("dated", event_date="2031-04-29"), sys_event("dated2", event_date="2031-05-02"),
              sys_event("undated", event_date="2031-05-02"), sys_event("undated2", event_date="2031-04-28")]
    m = score(gold, system)
    assert m["event_date_exact_stated"] == 0.5 and m["event_date_exact_stated_n"] == 2
    # publication 2 May: a date from 30 April to 2 May is as close as an undated text allows
    assert m["event_date_within_unstated"] == 0.5 and m["event_date_within_unstated_n"] == 2


@pytest.mark.parametrize(
    "gold_fields, actor1, expected",
    [
        ({"pitf_perpetrators": "Perp State Role=State Perpetrator | Perp State Police=constables"},
         {"name": "Police Forces of Freedonia (2030-)", "type": 1}, 1.0),
        ({"pitf_perpetrators": "Perp State Role=Transnational, State | Perp State Military=air wing"},
         {"name": "Military Forces of Sylvania (2029-)", "type": 8}, 1.0),
        ({"pitf_perpetrators": "Perp State Role=Transnational, State"},
         {"name": "FMS: Freedonian Mission of Stabilisation", "type": 8}, 1.0),
        ({"pitf_perpetrators": "Perp State Role=Transnational, State"}, {"name": "Hired Guns Ltd", "type": 8}, 0.0),
        ({"pitf_perpetrators": "Perp State Role=Non-State, Internal, No State Sanction"},
         {"name": "Unidentified Armed Group (Freedonia)", "type": 3}, 1.0),
        ({"pitf_perpetrators": "Perp State Role=Non-State, Internal, No State Sanction"},
         {"name": "Military Forces of Freedonia (2030-)", "type": 1}, 0.0),
        ({"pitf_perpetrators": "Perp State Role=State Perpetrator"}, None, 0.0),
        ({"hrd_perpetrator_type": "state actor"}, {"name": "Police Forces of Freedonia", "type": 1}, 1.0),
        ({"hrd_perpetrator_type": "other actors with permissions"}, {"name": "Militia", "type": 3}, 1.0),
        ({"hrd_perpetrator_type": "other non-state actors"}, {"name": "Police Forces of Freedonia", "type": 1}, 0.0),
    ],
)
def test_perpetrator_state_role(gold_fields, actor1, expected):
    m = score([doc("a", [gold_event(**gold_fields)])], [sys_event("a", actor1=actor1)])
    assert m["perpetrator_state_role"] == expected and m["perpetrator_state_role_n"] == 1


@pytest.mark.parametrize("gold_fields", [
    {"pitf_perpetrators": "Perp State Role=Unknown/Unclear/Other | Perp Unknown/Unclear/Other=Unknown"},
    {"pitf_perpetrators": "Perp State Role=Multiple Perpetrators (State and Non-State)"},
    {"hrd_perpetrator_type": "regional orgs"},
    {"inter1": 1},
])
def test_perpetrator_state_role_is_scored_only_where_the_gold_knows_the_role(gold_fields):
    m = score([doc("a", [gold_event(**gold_fields)])], [sys_event("a", actor1={"name": "x", "type": 1})])
    assert m["perpetrator_state_role"] is None and m["perpetrator_state_role_n"] == 0
