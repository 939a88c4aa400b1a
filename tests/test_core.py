"""Model-free tests of the pipeline's own logic: segmentation, lexicon, taxonomy, stage wiring."""
import pytest

from eventwire.errors import PipelineError
from eventwire.extract.lexicon import TriggerLexicon, taxonomy
from eventwire.nlp.segment import split_sentences
from eventwire.records import Actor, interaction_code
from eventwire.stages import REGISTRY, assemble, stage

ACLED_SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


def test_every_acled_sub_type_maps_to_its_type_plover_and_cameo():
    _, table = taxonomy()
    expected = {s: t for t, subs in ACLED_SUB_TYPES.items() for s in subs}
    assert set(table) == set(expected)
    for sub, info in table.items():
        assert info.event_type == expected[sub]
        assert info.plover_event
        assert info.cameo and info.cameo.isdigit()
        assert info.disorder_type in ("Political violence", "Demonstrations", "Strategic developments",
                                      "Political violence; Demonstrations")


@pytest.mark.parametrize("text,family", [
    ("A drone strike hit the convoy.", "air"),
    ("Warplanes pounded the village.", "air"),
    ("A suicide bomber struck the gate.", "suicide"),
    ("A roadside bomb exploded near the patrol.", "ied"),
    ("Militants lobbed a grenade at the post.", "grenade"),
    ("Artillery shelling hit the suburbs.", "shelling"),
    ("Troops clashed with rebels.", "clash"),
    ("Gunmen abducted a priest.", "abduct"),
    ("Hundreds of students protested against fees.", "protest"),
    ("Youths threw stones at police.", "riot"),
    ("A mob lynched a suspected thief.", "mob"),
    ("Police arrested the opposition leader.", "arrest"),
    ("The two sides signed a ceasefire.", "agree"),
])
def test_lexicon_finds_family(text, family):
    hits = TriggerLexicon.load().scan(text, 0, len(text), 0)
    assert family in {h.family for h in hits}
    for h in hits:
        assert text[h.start:h.end] == h.text


def test_month_march_is_not_a_protest():
    text = "On 3 March the minister spoke."
    assert not TriggerLexicon.load().scan(text, 0, len(text), 0)


@pytest.mark.parametrize("text,n", [
    ("Gen. Ryder spoke. The U.S. said no. Then it ended.", 3),
    ("One.\n\nTwo", 2),
    ("He said “this was self-defence.” Others disagreed.", 2),
    ("The toll rose to 3.5 percent. Next sentence.", 2),
    ("", 0),
])
def test_split_sentences(text, n):
    sents = split_sentences(text)
    assert len(sents) == n
    for s in sents:
        assert text[s.start:s.end].strip() == text[s.start:s.end]


def test_paragraph_index_counts_blank_lines():
    sents = split_sentences("A one. A two.\n\nB one.")
    assert [s.paragraph for s in sents] == [0, 0, 1]


def test_interaction_codes_follow_acled():
    us = Actor("Military Forces of the United States", 8, "USA")
    pmf = Actor("Popular Mobilization Forces", 3, "IRQ")
    assert interaction_code(us, pmf) == 38
    assert interaction_code(pmf, us) == 38
    assert interaction_code(Actor("Protesters (Kenya)", 6, "KEN"), None) == 60
    assert interaction_code(None, None) is None


def test_assembly_rejects_a_stage_reading_what_nobody_wrote():
    @stage("test.reads_events", "v0", requires=("events",), provides=("claims",))
    def _reader(states, ctx):
        return states
    try:
        with pytest.raises(PipelineError, match="no earlier stage writes"):
            assemble(("test.reads_events",))
        with pytest.raises(PipelineError, match="unknown stage"):
            assemble(("no.such.stage",))
    finally:
        REGISTRY.pop("test.reads_events")


def test_default_stage_list_is_wired():
    import eventwire.pipeline  # registers the stages
    from eventwire.settings import DEFAULT_STAGES
    stages = assemble(DEFAULT_STAGES)
    assert [s.name for s in stages] == list(DEFAULT_STAGES)


def test_date_context_blanks_only_sentences_no_event_date_comes_from():
    from eventwire.extract.lexicon import TriggerLexicon
    from eventwire.pipeline import date_context
    text = ("Lead on Monday. Filler on Tuesday.\n\nOther news on Wednesday. More on Thursday.\n\n"
            "Before the strike on Friday. Troops clashed with rebels on Saturday. After on Sunday.")
    sents = split_sentences(text)
    hits = [h for s in sents for h in TriggerLexicon.load().scan(text, s.start, s.end, s.index)]
    masked = date_context(text, sents, hits)
    assert len(masked) == len(text)
    for word, kept in [("Monday", True), ("Tuesday", True), ("Wednesday", False), ("Thursday", False),
                       ("Friday", True), ("Saturday", True), ("Sunday", False)]:
        assert (word in masked) == kept, word


def test_unknown_publication_date_does_not_make_dated_events_historical():
    import datetime as dt

    from eventwire.pipeline import Pipeline
    from eventwire.records import Article
    text = ("Riot police beat protesters during a march against fuel prices in Dakar on Saturday, "
            "March 4, 2017.")
    pipe = Pipeline()
    placeholder = Article(id="u", date=dt.date(2021, 1, 1), text=text, date_known=False)
    known = Article(id="k", date=dt.date(2021, 1, 1), text=text)
    [event] = pipe.process(placeholder).events
    assert event.modality == "asserted" and event.event_date == "2017-03-04"
    assert all(e.modality == "historical" for e in Pipeline(include_all=True).process(known).events)


def test_place_names_shared_with_peoples_and_militias_keep_their_place(pipeline):
    import datetime as dt

    from eventwire.records import Article

    art = Article(id="places-kept", date=dt.date(2021, 3, 1), text=(
        "Health officials in Hong Kong reported new cases on Monday. The latest outbreak is in Zaire "
        "province, Angola, with six cases."))
    places = {p["text"]: p for p in pipeline.process(art).annotation.to_dict()["places"]}
    assert abs(places["Hong Kong"]["latitude"] - 22.3) < 0.1
    assert places["Zaire"]["country"] == "AGO"
