"""The word index of free-text search: its terms, the prefixes a query looks up, and that the
merged events it finds are those whose search text holds the query - exactly, or a superset
checked against the text - through appends to ``search_terms`` and its rewrites."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.dedup.store import refresh
from eventwire.dedup.synthetic import corpus
from eventwire.store import text_index
from eventwire.store.duckdb_store import EventFilter, Store
from test_store_read_tables import T0, assert_in_step, save, strike


def test_terms_run_from_each_word_start_to_the_end_of_its_line():
    text = "air/drone strike\nsyria province 8\nal-shabaab_fighters, 3 dead"
    assert text_index.terms(text) == {
        "air/drone strike", "drone strike", "strike", "syria province 8", "province 8", "8",
        "al-shabaab_fighters, 3 dead", "shabaab_fighters, 3 dead", "fighters, 3 dead", "3 dead", "dead"}
    assert text_index.words(text) == {"air", "drone", "strike", "syria", "province", "8", "al", "shabaab",
                                      "fighters", "3", "dead"}
    long = "kurdistan workers' party fighters were killed near the border"
    assert long[:text_index.TERM_CHARS] in text_index.terms(long)
    assert max(map(len, text_index.terms(long))) == text_index.TERM_CHARS
    assert text_index.words("Ankara’s décision, 2٣") == {"Ankara", "s", "décision", "2٣"}
    assert text_index.terms("") == set() and text_index.terms("\n - \n") == set()


@pytest.mark.parametrize("query, words, expected", [
    # one word alone: inside any word holding it, up to its end
    ("drone", ["drone", "drones", "airdrone", "strike"], (("airdrone", "drone"), True)),
    ("an", ["banana", "an", "cyan"], (("an", "ban", "cyan"), True)),
    # a first word followed by more: at the end of a word ending with it
    ("group 77", ["group", "subgroup", "groups"], (("group 77", "subgroup 77"), True)),
    ("group,", ["group"], (("group,",), True)),
    ("roup 7", ["group", "roup"], (("group 7", "roup 7"), True)),
    # found nowhere
    ("zebra", ["drone"], ((), True)),
    ("zebra crossing", ["drone"], ((), True)),
    # longer than a term: cut, and checked against the text
    ("a" * 40, ["a" * 40], (("a" * text_index.TERM_CHARS,), False)),
    ("x " + "y" * 40, ["x"], (("x " + "y" * (text_index.TERM_CHARS - 2),), False)),
    # what the index cannot answer
    (" group", ["group"], None),
    ("-77", ["77"], None),
    ("%", [], None),
    ("tarsa\nnorth", ["tarsa", "north"], None),
    ("a", [f"x{i}a" for i in range(text_index.MAX_PREFIXES + 1)], None),
])
def test_prefixes(query, words, expected):
    assert text_index.prefixes(query, words) == expected


def test_prefix_ranges_hold_exactly_the_strings_starting_with_the_prefix():
    assert text_index._after("ab") == "ac"
    assert text_index._after("a\U0010ffff") == "b"
    assert text_index._after("\U0010ffff") is None
    assert text_index._after("a\ud7ff") == "a\ue000"


ALPHABET = "ab é1-_ .\n"


@settings(max_examples=300, deadline=None)
@given(docs=st.lists(st.text(ALPHABET, max_size=24), min_size=1, max_size=4),
       query=st.text(ALPHABET, min_size=1, max_size=9))
def test_the_prefixes_find_exactly_the_texts_holding_the_query(docs, query):
    keep = text_index.TERM_CHARS
    text_index.TERM_CHARS = 5  # short terms, so that queries outgrow them
    try:
        vocabulary = set().union(*(text_index.words(d) for d in docs))
        found = text_index.prefixes(query, vocabulary)
        if found is None:  # (four short texts hold too few words for too many prefixes)
            assert "\n" in query or not text_index.WORD.match(query)
            return
        prefixes, exact = found
        hits = [any(t.startswith(p) for t in text_index.terms(d) for p in prefixes) for d in docs]
        holds = [query in d for d in docs]
        if exact:
            assert hits == holds
        else:
            assert all(h for h, q in zip(hits, holds) if q)
    finally:
        text_index.TERM_CHARS = keep


@pytest.fixture
def small_index(monkeypatch):
    """An index that appends search_recent to search_terms every 60 terms and rewrites it
    after three appends, counting the rewrites."""
    monkeypatch.setattr(text_index, "FLUSH_ROWS", 60)
    monkeypatch.setattr(text_index, "MAX_RUNS", 3)
    rewrites = []
    compact = text_index.compact

    def counted(con):
        rewrites.append(1)
        compact(con)

    monkeypatch.setattr(text_index, "compact", counted)
    return rewrites


def state(store: Store) -> dict[str, int]:
    row = store.con.execute("SELECT runs, last_key, events, dead FROM search_index_state").fetchone()
    return dict(zip(("runs", "last_key", "events", "dead"), row))


def test_appends_and_rewrites_keep_the_index_in_step(tmp_path, small_index):
    events, _ = corpus(seed=21, events=60, days=10)
    by_article = sorted({e.article_id for e in events})
    seen_runs = set()
    with Store(tmp_path / "ew.duckdb", opened_at=T0) as store:
        for i in range(0, len(by_article), 12):
            batch = set(by_article[i:i + 12])
            save(store, [e for e in events if e.article_id in batch])
            seen_runs.add(state(store)["runs"])
            if i % 24 == 0:
                refresh(store)
                seen_runs.add(state(store)["runs"])
        assert_in_step(store)
        assert seen_runs & {1, 2} and small_index, "the index should have been appended to and rewritten"
        for tag in ("v2", "v3", "v4"):  # the same articles coded anew: every row replaced
            save(store, events, tag=tag)
            refresh(store)
            assert_in_step(store)
        assert state(store)["dead"] <= text_index.DEAD_SHARE * state(store)["events"]


def test_removed_events_are_not_found(tmp_path):
    others, _ = corpus(seed=3, events=12, days=5)
    with Store(tmp_path / "ew.duckdb", opened_at=T0) as store:
        save(store, [strike("e1", "a1", "A drone hit the Tarsa market.")] + others)
        refresh(store)
        store.rebuild_read_tables()  # every term in search_terms
        assert store.count_events(EventFilter(text="tarsa market"), dedup=True) == 1
        save(store, [strike("e1", "a1", "A drone hit a field.")], tag="v2")
        refresh(store)
        assert state(store)["dead"] == 1  # e1's old row is left in search_terms
        assert store.count_events(EventFilter(text="tarsa market"), dedup=True) == 0
        assert store.count_events(EventFilter(text="a field"), dedup=True) == 1
        assert_in_step(store)


def test_free_text_through_the_index_equals_reading_every_text(tmp_path):
    events, _ = corpus(seed=8, events=80, days=8)
    rng = random.Random(5)
    with Store(tmp_path / "ew.duckdb", opened_at=T0) as store:
        save(store, events)
        refresh(store)
        texts = [r[0] for r in store.con.execute("SELECT search_text FROM merged_events").fetchall()]
        queries = ["killing", "the", "s", "1", "al-", "said.", "Killed When", "killed when"]
        for _ in range(150):
            text = rng.choice(texts)
            start = rng.randrange(len(text))
            queries.append(text[start:start + rng.choice((2, 3, 5, 8, 13, 21, 34, 55))])
        used = 0
        for q in queries:
            flt = EventFilter(text=q)
            plan = text_index.plan(store.con, q)
            used += plan is not None
            want = [r[0] for r in store.con.execute(
                "SELECT event_id FROM merged_events WHERE contains(search_text, ?) "
                "ORDER BY event_date NULLS LAST, event_id", [q.lower()]).fetchall()]
            assert [r["event_id"] for r in store.events(flt, dedup=True)] == want, q
            assert store.count_events(flt, dedup=True) == len(want), q
        assert used > len(queries) / 2  # (a piece across a line break, or from a space on, reads every text)
