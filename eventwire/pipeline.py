"""The library entry point: articles in, events and annotations out.

    from eventwire.pipeline import Pipeline
    pipe = Pipeline()
    for result in pipe.run(articles):
        result.events, result.annotation

The stages registered here run in the order the settings list them.  Heavy
resources (spaCy, the gazetteer, the actor dictionary) load on first use, once
per process.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from .errors import PipelineError
from .extract import claims as claims_mod
from .extract import fatalities as fatalities_mod
from .extract import police_actions, police_readings, salience
from .extract.build import BUILD_VERSION, Coder, StoryPlaces, article_country, border_demonyms, demonym_places, told_at
from .resolve import border_phrases, coherence, compass, cross_border, namesakes, news_places, place_lists, \
    reference_countries
from .resolve.coherence import country_terms, credit_story, mark_events
from .extract.classify.places_rules import AREA_NAMED_WITH_KIND, STORY_COUNTRY, UNIT_NOT_PERSON
from .extract.classify.story_reading_rules import COURT_SEAT, SURNAME_OF_NAMED_PERSON
from .extract.classify.area_part_rules import ORIGIN_OR_TRIP_REFERENCE
from .extract.classify.border_rules import NAME_INSIDE_NAME
from .extract.classify.global_place_rules import CAUSE_REFERENCE
from .resolve.cause_places import cause_use
from .resolve.court_places import court_seat
from .resolve.origin_places import origin_use
from .resolve.non_sides import thing_nationalities
from .resolve import home_places
from .resolve.onlookers import mark_onlookers, onlooker, outlet_title, reacting_state
from .resolve import people_places
from .resolve.places import EVENT_PLACE_VERSION, coded_at_seat, modifier_use, non_event_use, unit_named_as_person
from .resolve import third_level
from .resolve.toponyms import detect as detect_toponyms
from .resolve.person_surnames import written_names
from .extract.classify.modality import DEFAULT as DEFAULT_MODALITY
from .extract.classify import story_country_rules as story_rules
from .extract.classify.namesake_rules import NATIONALITY_OF_A_THING
from .extract.classify.news_place_rules import SIDING_DEMONYM
from .extract.classify.story_side_rules import OUTLET_TITLE, REACTING_STATE
from .extract.actor_pairs import other_pair_clauses
from .extract.day_clauses import other_day_clauses
from .extract.detect import DETECT_VERSION, clauses, exclusion, group_hits, intervention_on_crowd, modality_rule
from .extract.lexicon import TriggerHit, TriggerLexicon, note_tags, taxonomy
from .extract.merge import MERGE_VERSION
from .extract.roles import ROLES_VERSION
from .nlp.model import load_model
from .nlp.segment import split_sentences
from .nlp.truecase import TRUECASE_VERSION, Local, caseless, truecase
from .records import Annotation, Article, Entity, Event, FeedCountry, Toponym
from .resolve import dates as dates_mod
from .resolve.gazetteer_build import PERSON_NAMES, normalize
from .settings import Settings
from .stages import ArticleState, assemble, stage
from .versions import coder_hash, coder_versions

_TAG_FAMILY = {
    "Looting/property destruction": "loot", "Other": "other", "Arrests": "arrest",
    "Disrupted weapons use": "disrupt", "Change to group/activity": "change", "Agreement": "agree",
    "Headquarters or base established": "hq", "Non-violent transfer of territory": "transfer",
    "Peaceful protest": "protest",
}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
TRUECASE_MIN_POPULATION = 5000  # a caseless word is read as a town's name only for towns this large
PLOVER_LEAD_SENTENCES = 4  # where a non-violent interaction is looked for when no event is found
KEPT_STATES = 4096  # states a pipeline keeps for the second pass of a feed's country (``Pipeline.recode``)
MACRO_REGIONS = frozenset({
    "middle east", "near east", "far east", "gulf", "persian gulf", "arabian gulf", "levant", "maghreb",
    "sahel", "horn of africa", "west africa", "east africa", "north africa", "central africa", "southern africa",
    "sub-saharan africa", "great lakes", "lake chad basin", "balkans", "caucasus", "central asia", "south asia",
    "southeast asia", "east asia", "latin america", "central america", "caribbean", "europe", "africa", "asia",
    "the west", "west", "east", "north", "south", "americas", "eurasia", "pacific", "atlantic",
})


@dataclass(frozen=True)
class Result:
    article: Article
    events: tuple[Event, ...]
    annotation: Annotation
    own_country: bool = True  # the article's own text says which country it is in (``places.feed_country``)

    @property
    def feed_candidate(self) -> bool:
        """Whether a feed's country would read this article again: it has events, and its text no country."""
        return bool(self.events) and not self.own_country


class Context:
    """Resources shared by the stages of one pipeline, loaded lazily."""

    def __init__(self, settings: Settings, full_parse: bool, include_all: bool):
        self.settings = settings
        self.full_parse = full_parse
        self.include_all = include_all

    @functools.cached_property
    def nlp(self):
        return load_model(self.settings.spacy_model)

    @functools.cached_property
    def lexicon(self) -> TriggerLexicon:
        return TriggerLexicon.load(self.settings.data_dir)

    @functools.cached_property
    def plover_lexicon(self) -> TriggerLexicon:
        return TriggerLexicon.load_plover(self.settings.data_dir)

    @functools.cached_property
    def gazetteer(self):
        from .resolve.places import Gazetteer
        return Gazetteer.load(self.settings)

    def known_country(self, name: str) -> bool:
        """Whether ``name`` is a country's name (not a code) or a people's ("togolese")."""
        return len(name) > 3 and (self.gazetteer.country(name) is not None
                                  or self.actors.demonym_to_iso3(name) is not None)

    def country_of(self, name: str) -> str | None:
        """The country a known name points to: a country's, a people's or a known place's."""
        country = self.gazetteer.country(name) if len(name) > 3 else None
        if country is not None:
            return country.iso3
        iso3 = self.actors.demonym_to_iso3(name) if len(name) > 3 else None
        if iso3 is not None:
            return iso3
        place = self.gazetteer.lookup(name)
        return place.iso3 if place is not None and self.known_place(name) else None

    def acronym(self, word: str) -> str | None:
        """The actor dictionary's capitalised form of a lower-case word that it knows only in capitals
        ("odm" -> "ODM", "kdf" -> "KDF")."""
        return self.actors.capitalised_form(word)

    def known_place_in(self, name: str, countries: frozenset[str]) -> bool:
        """Whether the gazetteer knows ``name`` as a place of any size in one of ``countries``."""
        return any(self.gazetteer.lookup(name, iso3) is not None for iso3 in countries)

    def known_place(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as a country, an admin area or a town of some size (the
        small places that share a name with an English word, "Contest", "Royal", are left out)."""
        if self.gazetteer.country(name) is not None:
            return True
        place = self.gazetteer.lookup(name)
        return place is not None and (place.feature != "city" or place.population >= TRUECASE_MIN_POPULATION)

    @functools.cached_property
    def actors(self):
        from .resolve.actors import ActorDictionary
        return ActorDictionary.load(self.settings)

    @functools.cached_property
    def coder(self) -> Coder:
        return Coder(self.actors, taxonomy(self.settings.data_dir)[1], self.gazetteer.country)

    @functools.cached_property
    def learned(self):
        from .learn.model import load
        return load(self.settings.model_dir)


# ---- stages --------------------------------------------------------------------------------

@stage("nlp.segment", "segment.regex.v1+" + TRUECASE_VERSION + "+triggers", requires=("article",), provides=("sentences", "hits"))
def _segment(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    tags = note_tags(ctx.settings.data_dir)[1]
    out = []
    for st in states:
        if caseless(st.article.text):
            # an all-lower-case (or all-capitals) feed: capitals restored, letter for letter
            st = replace(st, article=replace(st.article, text=truecase(
                st.article.text, ctx.known_place, ctx.known_country, Local(ctx.country_of, ctx.known_place_in, ctx.acronym))))
        text = st.article.text
        sentences = tuple(split_sentences(text))
        hits: list[TriggerHit] = []
        for s in sentences:
            hits.extend(ctx.lexicon.scan(text, s.start, s.end, s.index))
        if sentences:
            head = text[sentences[0].start:sentences[0].start + 60]
            colon = head.find(":")
            if colon > 0 and head[:colon].strip().lower() in tags:
                sub = tags[head[:colon].strip().lower()]
                s0 = sentences[0].start
                hits = [TriggerHit(_TAG_FAMILY.get(sub, "other"), sub, None, 0.97, s0, s0 + colon, 0,
                                   text[s0:s0 + colon])]
        out.append(replace(st, sentences=sentences, hits=tuple(hits)))
    return out


@stage("nlp.parse", "spacy", requires=("sentences", "hits"), provides=("parsed", "entities"))
def _parse(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    jobs: list[tuple[int, int]] = []
    texts: list[str] = []
    for i, st in enumerate(states):
        flagged = {h.sentence for h in st.hits}
        for s in st.sentences:
            if ctx.full_parse or s.index in flagged:
                jobs.append((i, s.index))
                texts.append(st.article.text[s.start:s.end])
    parsed: list[dict] = [dict() for _ in states]
    ents: list[list[Entity]] = [[] for _ in states]
    for (i, si), doc in zip(jobs, ctx.nlp.pipe(texts, batch_size=64)):
        parsed[i][si] = doc
        offset = states[i].sentences[si].start
        for e in doc.ents:
            ents[i].append(Entity(e.text, e.start_char + offset, e.end_char + offset, e.label_))
    return [replace(st, parsed=parsed[i], entities=tuple(ents[i])) for i, st in enumerate(states)]


@stage("resolve.dates", dates_mod.RULES_VERSION, requires=("sentences", "hits"), provides=("dates",))
def _dates(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    out = []
    for st in states:
        text = st.article.text
        if not ctx.full_parse:
            text = date_context(text, st.sentences, st.hits)
        out.append(replace(st, dates=tuple(dates_mod.find_time_expressions(text, st.article.date))))
    return out


def date_context(text: str, sentences, hits) -> str:
    """The text with blanks over sentences no event date can come from, offsets unchanged.

    An event's date is read from its own sentence, the earlier sentences of its paragraph or the
    lead; annotation (full parse) reads every sentence.
    """
    keep = {s.index for s in sentences[:2]}
    for h in hits:
        para = sentences[h.sentence].paragraph
        keep.update(s.index for s in sentences[:h.sentence + 1] if s.paragraph == para)
    if len(keep) == len(sentences):
        return text
    chars = list(text)
    for s in sentences:
        if s.index not in keep:
            chars[s.start:s.end] = " " * (s.end - s.start)
    return "".join(chars)


@stage("resolve.places", "gazetteer+context.v12+detect.v1+coherence.v1+onlookers.v1+feed.v1+" + third_level.THIRD_LEVEL_VERSION,
       requires=("entities", "actor_mentions", "feed"),
       provides=("toponyms", "country_cues", "toponym_rules", "place_decisions"))
def _places(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    out = []
    for st in states:
        extra = [(e.start, e.end) for e in st.entities if e.label in _PLACE_LABELS]
        cues = ctx.actors.country_cues(st.article.text, st.actor_mentions)
        decisions: list[tuple[int, int, str]] = []
        # (a group acting in several countries says which same-name places are meant, not the story's country)
        reach = dict(Counter(cues) + Counter(cross_border.home_cues(st.article.text, st.actor_mentions)))
        # (an article whose own text names no country is read in its feed's country: places.feed_country)
        found = ctx.gazetteer.geoparse(st.article.text, extra_spans=extra, country_cues=reach,
                                       demonym=ctx.actors.demonym_to_iso3, decisions=decisions,
                                       country_hint=st.feed.iso3 if st.feed is not None else None)
        found, detect_rules = detect_toponyms(st.article.text, found, st.entities, ctx.gazetteer)
        # "pro-Russian rebels in Donetsk": the siding word cast no vote (``places.siding_demonym``)
        decisions.extend((s, e, SIDING_DEMONYM) for s, e, iso3 in ctx.actors.siding_demonyms(st.article.text)
                         if any(t.place is not None and t.place.iso3 not in ("", iso3) for t in found))
        # "The Washington Post": the paper's town is no place of the story (``places.outlet_title``)
        decisions.extend((t.start, t.end, OUTLET_TITLE) for t in found if outlet_title(st.article.text, t))
        # "the US government", "Washington said": a state speaking is no place of the story (``places.reacting_state``)
        decisions.extend((t.start, t.end, REACTING_STATE) for t in found if reacting_state(st.article.text, t))
        # an arrondissement the index lacks: the commune it lies in (``places.third_level_unit``)
        found, units_named = third_level.unit_toponyms(st.article.text, found, ctx.gazetteer)
        decisions.extend(units_named)
        # "the Patriotic Front for the Liberation of X", "Qatar Hospital": a name inside a name
        # (``places.name_inside_name``); "X, near the border with Mexico" is not Mexico's X (``places.border_side``)
        found = reference_countries.names_inside_names(found, st.entities, st.actor_mentions,
                                                       ctx.actors.demonym_to_iso3, decisions)
        found = reference_countries.border_sides(st.article.text, found, ctx.actors.demonym_to_iso3,
                                                 ctx.gazetteer.candidates, decisions)
        # "Pokot raiders", "the Maasai and Kipsigis communities": a people, not a place (``places.people_name_not_place``)
        found = people_places.unresolve_peoples(st.article.text, found, ctx.actors.is_people_name, decisions)
        modifiers = [t for t in found if non_event_use(st.article.text, t)]
        hidden = [(t.start, t.end) for t in modifiers] + [(s, e) for s, e, r in decisions if r == NAME_INSIDE_NAME]
        # "Somali refugees", "a trip to Indonesia": the people's home or a journey's end (``places.origin_or_trip_reference``)
        decisions.extend((t.start, t.end, ORIGIN_OR_TRIP_REFERENCE) for t in modifiers if origin_use(st.article.text, t))
        # "in solidarity with Gaza": the cause a gathering stands for (``places.cause_reference``)
        decisions.extend((t.start, t.end, CAUSE_REFERENCE) for t in modifiers if cause_use(st.article.text, t))
        # "pleaded guilty in a federal court in Chicago to helping seize …": the court's town (``places.court_seat``)
        decisions.extend((t.start, t.end, COURT_SEAT) for t in modifiers if court_seat(st.article.text, t))
        # (after it) "a Chinese company", "the US dollar": no side, no vote (``places.nationality_of_a_thing``)
        decisions.extend((s, e, NATIONALITY_OF_A_THING) for s, e, iso3 in
                         thing_nationalities(st.article.text, ctx.actors.demonym_to_iso3)
                         if not any(t.place is not None and t.place.iso3 == iso3 for t in found))
        if hidden:
            # "the US dollar", "the border with Somalia": no vote for where the story happens
            masked = st.article.text
            for s, e in hidden:
                masked = masked[:s] + " " * (e - s) + masked[e:]
            cues = ctx.actors.country_cues(masked, [m for m in st.actor_mentions
                                                    if not any(s < m[1] and m[0] < e for s, e in hidden)])
        found = [_outside_group_name(_demonym_country(t, ctx), st.actor_mentions) for t in found]
        # the words one country alone uses ("IEBC", "naira"): a vote each where no place says more
        cues = dict(Counter(cues) + country_terms(st.article.text))
        cleaned = clean_toponyms(found, st.entities, decisions, st.article.text)
        out.append(replace(st, toponyms=tuple(cleaned),
                           country_cues=tuple(sorted(cues.items())), toponym_rules=tuple(detect_rules),
                           place_decisions=tuple(decisions)))
    return out


def _outside_dateline(toponyms, filed_from: tuple[int, int] | None, text: str = "") -> tuple:
    """The toponyms that are not the dateline's, plus the dateline's when the story names their country
    again, not only as a state that speaks (a town abroad in the dateline is where the story was filed:
    ``places.dateline_town_elsewhere``; "the US government said": ``places.reacting_state``)."""
    if filed_from is None:
        return tuple(toponyms)
    rest = tuple(t for t in toponyms if not filed_from[0] <= t.start < filed_from[1])
    filed_in = {t.place.iso3 for t in toponyms if t not in rest and t.place is not None}
    if any(t.place is not None and t.place.iso3 in filed_in and not onlooker(text, t) for t in rest):
        return tuple(toponyms)
    return rest


def _story_country(st: ArticleState, ctx: Context, filed_from: tuple[int, int] | None = None):
    """The story's country weighed from the places and the national wording of the article
    (``coherence.national_evidence``), the same from the places alone without a dateline town abroad
    (None when there is none to leave out), the article's toponyms with the namesakes abroad that nothing
    else points to read in that country (``coherence.foreign_namesakes``), those decisions, which rules
    chose the country, and the national wording's votes."""
    text = st.article.text
    def country_name(word: str) -> bool:
        return ctx.gazetteer.country(word) is not None

    wording = coherence.wording_votes(text, ctx.actors.demonym_to_iso3, ctx.actors.people_home, country_name)
    national, firm = coherence.national_evidence(text, st.actor_mentions, wording, demonym_places(text),
                                                 border_demonyms(text))

    def use(t: Toponym) -> str:
        return "modifier" if modifier_use(text, t) else "reference" if non_event_use(text, t) else "event"

    # an area's name not read as a place ("a Homa Bay CEC member", "the MP for Changamwe": places.unread_area_name)
    unread = coherence.unread_areas(text, st.toponyms, lambda t: use(t) == "modifier", ctx.gazetteer.scan,
                                    ctx.gazetteer.candidates)
    national = national + unread

    evidence = _outside_dateline(st.toponyms, filed_from, text)
    places = news_places.weak_set_aside(evidence, coherence.place_evidence(text, evidence, use, country_name),
                                         national)
    # the headline and the lead say where the story happened (``places.lead_story_country``)
    lead_end = salience.lead_end(text)
    lead = coherence.lead_places(evidence, lead_end, text)
    weighed = coherence.weigh_story(places, national, lead)
    by_lead = weighed is not None and weighed != coherence.weigh_story(places, national)
    by_unread = weighed is not None and weighed != coherence.weigh_story(places, national - unread, lead)
    filed_elsewhere = article_country(evidence, dict(st.country_cues), text) \
        if len(evidence) < len(st.toponyms) else None
    placed, decided = coherence.foreign_namesakes(
        st.toponyms, weighed, places, national, firm,
        lambda name, iso3: ctx.gazetteer.lookup(name, country_iso3=iso3), text)
    placed, obscure = namesakes.obscure_namesakes(
        placed, places, national, firm, lambda name, iso3: ctx.gazetteer.lookup(name, country_iso3=iso3), text)
    # ("Niger" in a story about Nigeria is its state: ``places.country_name_province``)
    placed, provinces = namesakes.country_name_provinces(
        placed, weighed, lambda name, iso3: ctx.gazetteer.lookup(name, country_iso3=iso3))
    obscure += provinces
    if obscure:  # (the story's country weighed again without the namesakes set aside)
        kept = _outside_dateline(placed, filed_from, text)
        again = news_places.weak_set_aside(kept, coherence.place_evidence(text, kept, use, country_name), national)
        weighed = coherence.weigh_story(again, national, coherence.lead_places(kept, lead_end, text))
        by_lead = weighed is not None and weighed != coherence.weigh_story(again, national)
    filed_in = next((t.place.iso3 for t in st.toponyms if filed_from is not None and t.place is not None
                     and filed_from[0] <= t.start < filed_from[1]), None)
    # (the dateline's town says where the story was filed, ``filed_in``: no count of its own)
    named = [t for t in placed if filed_from is None or not filed_from[0] <= t.start < filed_from[1]]
    most = most_named_country(named, text, weighed, filed_in,
                              coherence.nation_words(text, ctx.actors.demonym_to_iso3, country_name))
    if most is not None:  # (``places.story_country_most_named``)
        weighed, by_lead, by_unread = most, False, False
    return weighed, filed_elsewhere, tuple(placed), decided + obscure, by_lead, most is not None, by_unread, national


# a full article's focus: the country whose places it names this often, and this many times more often
# than any other's (``places.story_country_most_named``)
MOST_NAMED_MIN = 3
MOST_NAMED_LEAD = 4 / 3


def most_named_country(toponyms, text: str, weighed: str | None, filed_in: str | None = None,
                       nations: Counter | None = None) -> str | None:
    """The country a full article (a body after its lead) names most, when it is not ``weighed`` and
    its places are named at least ``MOST_NAMED_MIN`` times and ``MOST_NAMED_LEAD`` times as often as
    any other country's (a country's own name and the places inside it count alike); or merely more
    often than any other's when the dateline's town (``filed_in``, its country) lies in it.  A name that
    tells where news was told is not counted (``_names_a_place``); each use of a nation's name for its
    people or institutions (``nations``: "Nicaraguan officials", ``coherence.nation_words``) counts as
    naming its country, though a country must be named as a place those ``MOST_NAMED_MIN`` times."""
    if salience.lead_end(text) >= len(text.rstrip()):
        return None
    places = Counter(t.place.iso3 for t in toponyms if _names_a_place(text, t))
    ranked = (places + (nations or Counter())).most_common(2)
    if not ranked or ranked[0][0] == weighed or places[ranked[0][0]] < MOST_NAMED_MIN:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0
    if ranked[0][1] >= MOST_NAMED_LEAD * second or (ranked[0][0] == filed_in and ranked[0][1] > second):
        return ranked[0][0]
    return None


def _names_a_place(text: str, t: Toponym) -> bool:
    """Whether the toponym counts as a place the article names: not a continent, a newspaper's title or a
    state that speaks (``onlooker``), the place news was told at ("said in a letter released in
    Washington", "a group based in Geneva": ``told_at``)."""
    if t.place is None or not t.place.iso3 or t.place.feature == "continent":
        return False
    return not (onlooker(text, t) or told_at(text, t.start))


def _outside_group_name(t: Toponym, actor_mentions) -> Toponym:
    """A place read inside an armed group's name ("Mai-Mai Yakutumba" is not Mai, Kenya) when the
    place lies outside the group's country."""
    if t.place is None or t.place.feature == "country":
        return t
    for s, e, actor in actor_mentions:
        if s < t.end and t.start < e and actor.type in ((2, 3) if (s, e) == (t.start, t.end) else (2, 3, 4)) \
                and actor.country and actor.country != t.place.iso3:
            # (a militia named after its area, "Zaire", leaves the name to the context)
            return replace(t, place=None)
    return t


_DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ch", "ic", "ot", "ene")


@functools.lru_cache(maxsize=4096)
def _territory_name(name: str) -> bool:
    """Whether ISO 3166 knows ``name`` as a country or territory ("Hong Kong", "Georgia")."""
    import pycountry

    try:
        pycountry.countries.lookup(name.strip())
    except LookupError:
        return False
    return True


def _demonym_country(t: Toponym, ctx: Context) -> Toponym:
    """A people's name read as a region of another country ("the central Somali town of …" is not
    Ethiopia's Somali region): the people's country."""
    if t.place is None or t.place.feature == "country":
        return t
    if not t.text.endswith(_DEMONYM_ENDINGS):
        return t  # ("Zaire province" is a province's name, not a people's)
    iso3 = ctx.actors.demonym_to_iso3(t.text)
    if iso3 is None or iso3 == t.place.iso3 or ctx.gazetteer.country(t.text) is not None or _territory_name(t.text):
        return t  # (a country's or territory's own name, "Georgia", "Hong Kong", is the geoparser's to read)
    country = ctx.gazetteer.country(iso3)
    return replace(t, place=country) if country is not None else t


# an area's kind written after its name ("the Sahel region", "Unity state")
_KIND_AFTER = re.compile(r"\s+(?:region|province|state|governorate|department|prefecture|oblast)\b", re.IGNORECASE)


def _area_with_kind(text: str, t: Toponym, toponyms: list[Toponym]) -> bool:
    """``places.area_named_with_kind``: a macro-region's name written with an area's kind after it ("Burkina
    Faso's Sahel region") is the first- or second-level area of that name, where another toponym of the
    text names the area's country; "across the Sahel region" of a story elsewhere stays the belt."""
    return bool(text) and t.place.feature in ("admin1", "admin2") and bool(_KIND_AFTER.match(text, t.end)) \
        and any(o is not t and o.place is not None and o.place.feature == "country" and o.place.iso3 == t.place.iso3
                for o in toponyms)


def clean_toponyms(toponyms: list[Toponym], entities: tuple[Entity, ...],
                   kept: list[tuple[int, int, str]] | None = None, text: str = "") -> list[Toponym]:
    """Unresolve names that are not places here: part of a person's or organisation's name
    ("Abu Taqua") when the place lies outside the article's countries, and macro-regions
    ("Middle East", "Sahel") that no single point stands for. A name written with its unit word that
    the recogniser took for a person ("Laikipia West Sub-County") stays (``places.unit_not_person``;
    ``kept`` receives those decisions)."""
    countries = {t.place.iso3 for t in toponyms if t.place is not None and t.place.feature != "city"}
    countries |= {t.place.iso3 for t in toponyms if t.place is not None and t.source == "gazetteer"
                  and t.place.population >= 100_000}
    # a person named in full is the same person when the surname stands alone ("the murder of Daniel
    # Pearl … Pearl, 38, was …"; "Nelson Mandela … Mandela")
    surnames = {e.text.split()[-1] for e in entities if e.label == "PERSON" and len(e.text.split()) > 1
                and e.text.split()[0].lower() in PERSON_NAMES}
    # (also where no sentence was parsed: "Mr Mandela", "Nelson Mandela": ``places.surname_of_named_person``)
    written, full_names = written_names(text)
    written -= surnames
    out = []
    for t in toponyms:
        place = t.place
        if place is not None:
            if t.text.lower().removeprefix("the ") in MACRO_REGIONS:
                if not _area_with_kind(text, t, toponyms):
                    place = None
                elif kept is not None:
                    kept.append((t.start, t.end, AREA_NAMED_WITH_KIND))
            elif (t.text in surnames | written or any(s <= t.start and t.end <= e for s, e in full_names)) \
                    and place.feature == "city" and (place.population < 100_000 or place.iso3 not in countries):
                place = None
                if t.text not in surnames and kept is not None:
                    kept.append((t.start, t.end, SURNAME_OF_NAMED_PERSON))
            else:
                holder = next((e for e in entities if e.start <= t.start and t.end <= e.end
                               and (e.end - e.start) > (t.end - t.start)
                               and e.label in ("PERSON", "ORG", "NORP", "WORK_OF_ART")), None)
                if holder is not None and unit_named_as_person(holder.text, t.start - holder.start,
                                                               t.end - holder.start):
                    if kept is not None:
                        kept.append((t.start, t.end, UNIT_NOT_PERSON))
                elif holder is not None and (holder.label == "PERSON" or (countries and place.iso3 not in countries)):
                    place = None
        out.append(t if place is t.place else replace(t, place=place))
    return out


@stage("resolve.actors", "actors", requires=("article",), provides=("actor_mentions",))
def _actors(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    return [replace(st, actor_mentions=tuple(ctx.actors.scan(st.article.text))) for st in states]


def _deed_clauses(text: str, start: int, end: int, hits: list[TriggerHit]) -> list[tuple[int, int]]:
    """A sentence's clauses, each telling one event: cut between separate reports ("…, while in X …"),
    at a deed on civilians after a battle (``merge.split.another_actor_pair``) and at a deed told with a day
    of its own (``merge.split.another_day``)."""
    def within(clause: tuple[int, int]) -> list[TriggerHit]:
        return [h for h in hits if clause[0] <= h.start < clause[1]]
    return [day for whole in clauses(text, start, end) for pair in other_pair_clauses(text, whole, within(whole))
            for day in other_day_clauses(text, pair, within(pair))]


@stage("extract.detect", DETECT_VERSION, requires=("sentences", "hits", "parsed", "actor_mentions"),
       provides=("candidates", "set_aside"))
def _detect(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    out = []
    for st in states:
        text = st.article.text
        by_sentence: dict[int, list[TriggerHit]] = {}
        for h in st.hits:
            by_sentence.setdefault(h.sentence, []).append(h)
        cands = []
        demonstration_seen = False
        forces = police_actions.forces_riot_words(st.hits, st.parsed, st.sentences)
        charges = police_actions.charged_words(st.hits, text)
        barriers = police_actions.forces_barricades(st.hits, text)
        disputed = police_readings.disputed_riot_words(st.hits, st.sentences, text)
        fights = police_readings.disputed_fight_words(st.hits, st.sentences, text)
        figures = salience.figure_words_beside_crowds(st.hits, text)
        dropped = forces | charges | barriers | disputed | fights | figures
        bodies = police_readings.bodily_blockade_words(st.hits, text, dropped)
        for si, hits in sorted(by_sentence.items()):
            hits = [police_readings.as_demonstration_word(h) if h.start in bodies else h
                    for h in hits if h.start not in dropped]
            if not hits:
                continue
            s = st.sentences[si]
            s_text = text[s.start:s.end]
            armed = any(s.start <= m[0] < s.end and m[2].type in (2, 3) for m in st.actor_mentions)
            excluded, kept_by = (False, None) if hits[0].weight >= 0.97 else exclusion(s_text, hits, text, s.start,
                                                                                       armed)
            if excluded:
                continue
            doc = st.parsed.get(si)
            ruled = {id(h): modality_rule(doc, s.start, h, s_text) for h in hits}
            if kept_by:  # the rule that kept the sentence decided that its killing is asserted
                ruled = {k: (v[0], kept_by) if v == ("asserted", DEFAULT_MODALITY) else v for k, v in ruled.items()}
            mods = {k: v[0] for k, v in ruled.items()}
            why = {k: v[1] for k, v in ruled.items()}
            for c_start, c_end in _deed_clauses(text, s.start, s.end, hits):
                in_clause = [h for h in hits if c_start <= h.start < c_end]
                if in_clause:
                    cands.extend(group_hits(si, in_clause, mods, (c_start, c_end), demonstration_seen,
                                            intervention_on_crowd(text, in_clause), why))
                demonstration_seen = demonstration_seen or any(
                    h.family in ("protest", "riot", "mob") and mods[id(h)] == "asserted" for h in in_clause)
        if not any(c.modality == "asserted" for c in cands):
            # no political-violence, protest or strategic event: the lead's non-violent interaction, if
            # any, is coded as a PLOVER event (a statement, an offer, a threat is itself the event)
            for s in st.sentences[:PLOVER_LEAD_SENTENCES]:
                plover = ctx.plover_lexicon.scan(text, s.start, s.end, s.index)
                if plover:
                    doc = st.parsed.get(s.index)
                    ruled = {id(h): modality_rule(doc, s.start, h, text[s.start:s.end]) for h in plover}
                    negated = {k: "negated" if v[0] == "negated" else "asserted" for k, v in ruled.items()}
                    cands.extend(group_hits(s.index, plover, negated, (s.start, s.end),
                                            modality_rules={k: v[1] for k, v in ruled.items()}))
                    break
        out.append(replace(st, candidates=tuple(cands), set_aside=(frozenset(forces), frozenset(charges),
                                                                      frozenset(barriers), frozenset(disputed),
                                                                      frozenset(fights), frozenset(figures),
                                                                      frozenset(bodies))))
    return out


@stage("extract.fatalities", fatalities_mod.FATALITIES_VERSION, requires=("sentences", "parsed"),
       provides=("casualties",))
def _fatalities(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    return [replace(st, casualties=tuple(fatalities_mod.find_casualties(
        st.article.text, [(s.start, s.end) for s in st.sentences], st.parsed))) for st in states]


@stage("extract.claims", claims_mod.CLAIMS_VERSION, requires=("sentences",), provides=("claims",))
def _claims(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    return [replace(st, claims=tuple(claims_mod.find_claims(
        st.article.text, [(s.start, s.end) for s in st.sentences]))) for st in states]


@stage("extract.code", "+".join((ROLES_VERSION, MERGE_VERSION, BUILD_VERSION, EVENT_PLACE_VERSION,
                                       salience.SALIENCE_VERSION, "story-country.v3+onlookers.v1+feed.v1+compass-region.v1",
                                       place_lists.PLACE_LISTS_VERSION)),
       requires=("candidates", "set_aside", "parsed", "toponyms", "dates", "actor_mentions", "casualties", "claims",
                 "place_decisions", "feed"),
       provides=("events", "own_country"))
def _code(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    out = []
    for st in states:
        if not st.candidates:
            out.append(st)
            continue
        art = st.article
        filed_from = salience.dateline_place(art.text)
        weighed, filed_elsewhere, placed, decided, by_lead, most_named, by_unread, national = \
            _story_country(st, ctx, filed_from)
        # the dateline's town is where the story was filed; an event is placed there only by default
        toponyms = tuple(t for t in placed if not filed_from[0] <= t.start < filed_from[1]) \
            if filed_from else placed
        plain = article_country(st.toponyms, dict(st.country_cues), art.text)
        iso3 = weighed or filed_elsewhere or plain
        # a country named only as a neighbour or people's home is no country of the story
        # (``places.reference_only_country``)
        iso3, dropped = _not_reference_only(st, iso3, ctx.actors.demonym_to_iso3)
        # (no country in the text: the feed's, when the caller gives one: ``places.feed_country``)
        iso3 = iso3 or (st.feed.iso3 if st.feed is not None else None)
        # the dictionary's mentions read again within the story's country and time: an alias several
        # countries share names this country's actor, another country's acronym needs that country named
        actor_mentions = tuple(ctx.actors.scan(art.text, iso3, art.date)) if iso3 else st.actor_mentions
        mentions = [ctx.coder.code_candidate(c, art.text, st.sentences[c.sentence], st.parsed.get(c.sentence),
                                             toponyms, st.dates, actor_mentions, iso3, art.date,
                                             dates_mod.event_date_for, art.date_known)
                    for c in st.candidates]
        mentions = salience.apply(mentions, art.text, art.date if art.date_known else None)
        mentions, arrests_moved = police_actions.arrests_at_protest(mentions, art.text)
        mentions, raids_moved = police_actions.raids_of_arrests(mentions, art.text)
        mentions = salience.continues_lead(salience.fold_headline(mentions, art.text), art.text)
        casualties = salience.headline_casualties_dropped(st.casualties, art.text, st.sentences)
        blocked = [(m[0], m[1]) for m in st.actor_mentions]
        lead = StoryPlaces(art.text, st.sentences, placed, blocked)
        events = ctx.coder.build_events(art, mentions, casualties, st.claims, iso3, ctx.include_all,
                                        fatalities_mod.decide, lead)
        forces, charges, barriers, disputed, fights, figures, bodies = st.set_aside
        events = police_actions.credit(events, arrests_moved, raids_moved, forces, charges, barriers)
        events = police_readings.credit_disputed(events, disputed)
        events = police_readings.credit_bodies(events, bodies)
        events = police_readings.credit_disputed_fight(events, fights)
        events = salience.credit_figures(events, figures)
        events = police_readings.arrests_of_the_crowd(events, art.text, art.date.isoformat())
        events = police_actions.lethal_intervention(events)
        events = police_actions.arrest_of_the_harmed(events, art.text)
        events = police_actions.custody_beating_of_the_dead(events, art.text)
        events = police_actions.credit_encounter(events, art.text)
        events = police_actions.clash_sides_armed(events, ctx.actors.unidentified)
        events = police_actions.damage_of_the_riot(events, art.text)
        events = police_readings.seriously_hurt(events, art.text)
        events = place_lists.split_listed(events, art.text, toponyms)
        # a country named with a compass part ("northern Mali") is that part, then an area alone is coded
        # at its capital, as ACLED does
        events = [compass.in_compass_region(e, art.text, placed, ctx.gazetteer, ctx.actors.demonym_to_iso3)
                  for e in events]
        events = [coded_at_seat(e, ctx.gazetteer) for e in events]
        events = mark_events(events, st.place_decisions + tuple(decided))
        events = mark_onlookers(events, st.place_decisions)
        events = cross_border.mark_events(events, actor_mentions)
        events = reference_countries.mark_events(events, dropped)
        events = _credit_story(events, weighed is not None and weighed != plain, by_lead, by_unread, most_named)
        # a story placed by its country alone: the home place its text names without a cue
        events = [home_places.named_home(e, art.text, ctx.gazetteer, ctx.actors, placed) for e in events]
        if st.feed is not None:
            events = credit_feed(events, st.feed)
        wire = claims_mod.find_wire_sources(art.text)
        if wire:
            # the agencies the outlet credits ("told EFE", "Reuters reported") travel with each event
            events = [replace(e, extra=e.extra + (("wire_sources", wire),)) for e in events]
        out.append(replace(st, events=tuple(events),
                           own_country=own_country(st.toponyms, national, filed_from, art.text,
                                                   ctx.gazetteer.candidates)))
    return out


def _credit_story(events, weighed: bool, by_lead: bool, by_unread: bool, most_named: bool) -> list[Event]:
    """The events credited with the rule that chose the story's country, when the country came from the
    weighed evidence (``weighed``: not what the places alone say), the lead, the areas' names not read as
    places or the country named most."""
    if weighed:
        events = credit_story(events)
    if by_lead:
        events = coherence.credit_lead(events)
    if by_unread:
        events = coherence.credit_unread(events)
    if most_named:
        events = [replace(e, rules=e.rules + (story_rules.MOST_NAMED,)) for e in events]
    return list(events)


def own_country(toponyms, national: Counter, filed_from: tuple[int, int] | None, text: str, candidates) -> bool:
    """Whether the article's own text says which country it is in (``places.feed_country`` reads the
    others in their feed's country): a dateline, the national wording (``coherence.national_evidence``: a
    people's or nation's name, a country's own words, a side bound to one country, an area's name), or a
    place the text names that is a country, an area, a town known abroad under its own name
    (``coherence.PROMINENT`` people or more) or a town whose name only one country's places carry
    (``candidates(name)``: the index's entries).  A name several countries' villages share is none, nor a
    name read as another spelling, nor a name used only to qualify a thing ("the US dollar")."""
    if filed_from is not None or any(v > 0 for v in national.values()):
        return True
    for t in toponyms:
        p = t.place
        if p is None or not p.iso3 or p.feature == "continent" or modifier_use(text, t):
            continue
        if p.feature in ("country", "admin1", "admin2") or (
                p.population >= coherence.PROMINENT and normalize(t.text) == normalize(p.name)):
            return True
        if {c.iso3 for c in candidates(t.text) if c.feature != "country"} == {p.iso3}:
            return True
    return False


def credit_feed(events, feed: FeedCountry) -> list[Event]:
    """The events of an article read in its feed's country that lie in that country: the rule
    ``places.feed_country`` in their trace, as the decider of an event coded at the country's capital,
    and the feed's evidence (``feed_country``) for ``explain``."""
    out = []
    for e in events:
        if e.location is None or e.location.iso3 != feed.iso3:
            out.append(e)
            continue
        by = dict(e.decided_by)
        if by.get("location") == STORY_COUNTRY:
            by["location"] = story_rules.FEED_COUNTRY
        out.append(replace(e, rules=tuple(dict.fromkeys((*e.rules, story_rules.FEED_COUNTRY))),
                           decided_by=tuple(by.items()), extra=e.extra + (("feed_country", feed.to_dict()),)))
    return out


def _not_reference_only(st: ArticleState, iso3: str | None, demonym) -> tuple[str | None, frozenset[str]]:
    """The story's country, and the countries the article names only as a reference point
    (``reference_countries.reference_only``): such a country gives way to the one the rest of its
    evidence points to (``article_country`` without it), else to the people the text names on the other
    side of its border (``demonym(word)``: a people's country), else to none."""
    text, cues = st.article.text, dict(st.country_cues)
    borders, firm = border_demonyms(text), set(demonym_places(text))

    def reference(t: Toponym) -> bool:
        # (a neighbour by its border, the home of people abroad; not "from X", a side's home)
        return t.place is not None and non_event_use(text, t) and (
            border_phrases.neighbour_named(text, t.start, t.end) or origin_use(text, t))

    def only_reference(c: str | None) -> bool:
        return reference_countries.reference_only(
            c, text, st.toponyms, cues, reference, lambda t: not reference(t) and not modifier_use(text, t),
            borders, firm)

    named = {t.place.iso3 for t in st.toponyms if t.place is not None and t.place.iso3 and reference(t)}
    dropped = frozenset(c for c in named | borders if only_reference(c))
    if iso3 not in dropped:
        return iso3, dropped
    rest = tuple(t for t in st.toponyms if t.place is None or t.place.iso3 not in dropped)
    other = article_country(rest, {c: n for c, n in cues.items() if c not in dropped}, text)
    if other is None or other in dropped:
        # "Five Kenyans killed … along the border with Ethiopia": the people named on the other side
        other = reference_countries.other_side(text, iso3, demonym)
    return other, dropped


@stage("learn.model", "hybrid.v1", requires=("events",), provides=("events",))
def _learned(states: list[ArticleState], ctx: Context) -> list[ArticleState]:
    from .learn.hybrid import apply_to_articles
    table = taxonomy(ctx.settings.data_dir)[1]
    decided = apply_to_articles(ctx.learned, [(st.events, st.article.text) for st in states], table,
                                ctx.settings.model_threshold)
    return [replace(st, events=tuple(events)) for st, events in zip(states, decided)]


# ---- the pipeline --------------------------------------------------------------------------

class Pipeline:
    """Assembled stages plus the resources they share."""

    def __init__(self, settings: Settings | None = None, *, full_parse: bool = False, include_all: bool = False):
        self.settings = settings or Settings.from_env()
        self.stages = assemble(self.settings.active_stages)
        self.context = Context(self.settings, full_parse, include_all)
        self._kept: dict[Article, ArticleState] = {}  # (see ``run(keep=True)``)

    @property
    def versions(self) -> dict[str, str]:
        """What codes: each stage's version, each data file's declared version, and the content hashes
        of the coder's parts with ``coder``, their one hash (see :mod:`eventwire.versions`); with a
        trained model, its manifest's hash is one of the parts."""
        v = coder_versions(self.settings, self.stages)
        if self.settings.model_dir is not None:
            m = self.context.learned.manifest
            v["model"] = f"{self.settings.model_dir}@{m.get('created')}"
            v["coder.learned"] = hashlib.sha256(json.dumps(m, sort_keys=True, default=str).encode()).hexdigest()[:16]
            v["coder"] = coder_hash({k: x for k, x in v.items() if k.startswith("coder.")})
        return v

    def run(self, articles: Iterable[Article], batch_size: int = 32, feed: FeedCountry | None = None,
            keep: bool = False) -> Iterator[Result]:
        """Each article's result, in input order.  With ``feed`` (the feed's country), an article whose
        own text names no country is coded again in that country (``places.feed_country``); with ``keep``
        the states of such articles are kept (up to ``KEPT_STATES``) so that :meth:`recode` need not
        start them over."""
        if keep:
            self._kept.clear()
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, feed, keep)
                batch = []
        if batch:
            yield from self._run_batch(batch, feed, keep)

    def recode(self, articles: list[Article], feed: FeedCountry,
               states: dict[Article, ArticleState] | None = None) -> list[Result]:
        """The articles coded again with their feed's country: from the stage that reads it on, for
        those whose states the last :meth:`run` kept (or ``states`` holds, see :meth:`take_kept`; those
        used are taken from it); from the start for the others (same result)."""
        kept = [(self._kept if states is None else states).pop(a, None) for a in articles]
        self._kept.clear()
        again = iter(self._with_feed([st for st in kept if st is not None], feed))
        fresh = iter(self._run_batch([a for a, st in zip(articles, kept) if st is None], feed))
        return [_result(next(again)) if st is not None else next(fresh) for st in kept]

    def take_kept(self) -> dict[Article, ArticleState]:
        """The states the last ``run(keep=True)`` kept, for a later :meth:`recode` (``states``); the
        pipeline keeps them no more."""
        kept, self._kept = self._kept, {}
        return kept

    def _run_batch(self, batch: list[Article], feed: FeedCountry | None = None, keep: bool = False) -> list[Result]:
        states = self._through([ArticleState(article=a) for a in batch], self.stages)
        if feed is not None:
            states = self._with_feed(states, feed)
        elif keep:
            for st in states:
                if st.events and not st.own_country and len(self._kept) < KEPT_STATES:
                    self._kept[st.article] = st
        return [_result(s) for s in states]

    def _with_feed(self, states: list[ArticleState], feed: FeedCountry) -> list[ArticleState]:
        """The states whose article has events and names no country, coded again with ``feed`` from the
        first stage that reads it."""
        todo = [i for i, st in enumerate(states) if st.events and not st.own_country]
        first = next((k for k, st in enumerate(self.stages) if "feed" in st.requires), len(self.stages))
        again = self._through([replace(states[i], feed=feed) for i in todo], self.stages[first:])
        out = list(states)
        for i, st in zip(todo, again):
            out[i] = st
        return out

    def _through(self, states: list[ArticleState], stages) -> list[ArticleState]:
        n = len(states)
        for st in stages:
            if not states:
                break
            states = st.fn(states, self.context)
            if len(states) != n:
                raise PipelineError(f"stage {st.name} returned {len(states)} states for {n} articles")
        return states

    def process(self, article: Article, feed: FeedCountry | None = None) -> Result:
        return self._run_batch([article], feed)[0]


def _result(st: ArticleState) -> Result:
    return Result(st.article, st.events, st.annotation(), st.own_country)
