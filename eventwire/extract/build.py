"""Coding: candidates become mentions (roles, place, date), mentions become events."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..lang.loader import load as word_class
from ..resolve import actors as names, border_phrases
from ..resolve.actors import SUSPECTED_CRIMINAL, demonym_to_iso3, former_forces
from ..resolve.coherence import country_terms
from ..resolve.gazetteer_build import haversine_km, normalize
from ..resolve.places import (GROUP_HOME_AFTER, coded_location, inside_area, local_government_named, modifier_use, non_event_use,
                              restated_place, village_in_unit)
from ..records import Actor, ActorType as T, Claim, Event, Span, Toponym
from .detect import Candidate, span_head
from .lexicon import SubEventInfo
from .classify import Facts, article_rules, classify, cues, places_rules
from .classify.date_rules import DATELINE, PUBLICATION as PUBLICATION_DATE, REACTION_DAY, REPORT_DAY
from .classify.modality import DATED_LONG_AGO, DEFAULT as DEFAULT_MODALITY
from .classify.story_reading_rules import REASON_DEED_DATE
from .deed_dates import deed_date
from .classify.news_background_rules import RECALLED_SENTENCE
from .news_background import recalled_sentences
from ..resolve.onlookers import onlooker
from .classify.actors import blamed_group
from .classify.triggers import CLAIMED
from .notes import write_notes
from .classify import fatality_rules as fr, merge_rules as mr, story_country_rules as story_rules
from .classify import unit_place_rules as unit_rules
from .classify import global_place_rules as global_rules
from ..resolve.person_origin import person_home
from ..resolve.office_places import office_seat
from ..resolve.trip_places import trip_end
from ..resolve.lead_references import road_end, speaker_place
from .classify import lead_place_rules as lead_rules
from ..resolve.unit_words import named_as_unit, village_of_named_unit
from ..resolve.qualifier_chains import quarter_of_capital
from ..resolve.area_names import former_members
from .classify import qualifier_place_rules as qualifier_rules
from .actor_pairs import opens_apart
from .day_clauses import another_day
from .merge import CodedMention, EventDraft, choose_place, choose_type, choose_type_traced, event_id, merge_mentions
from .roles import clash_parties, find_roles
from . import salience

BUILD_VERSION = "build.rules.v14"
# An event's place is named close to its trigger: within this many characters before or after it.
PLACE_WINDOW_BEFORE = 90
PLACE_WINDOW_AFTER = 120
# A label opening a coder's note names the event's kind ("Property destruction: On 5 May, …", "Land
# seizure: …"); a trigger inside it stands at no place of the story, so its window is the whole clause.
_NOTE_LABEL = re.compile(r"[A-Z][a-z]+(?:[ /-][A-Za-z]+){0,3}:\s")
# An event dated this many days before publication is background, not news.
HISTORICAL_AFTER_DAYS = 180

_LOC_PREPS = re.compile(r"(?:\b(?:in|near|at|outside|around|of|on|into|across|from|between|to|inside|overlooking|"
                        r"towards?|outskirts of)\s+"
                        r"(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                        r"south-?eastern|south-?western|rural|restive|border|town of|village of|city of|district of|"
                        r"area of|rural areas? of|region of|province of|outskirts of|suburbs? of|vicinity of|countryside of|"
                        # "into the remote mountain village X": a settlement's word and its describers before the name
                        r"remote|mountain|small|farming|fishing|mining|hilltop|coastal|frontier|village|town|city|"
                        r"community|settlement|hamlet)\s+)*)$", re.IGNORECASE)
_PARTIAL = re.compile(r"(?:\b(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                      r"south-?eastern|south-?western|outskirts of|suburbs? of|suburban|near|outside|vicinity of|between|"
                      r"(?:north|south|east|west)(?:-?(?:east|west))? of|km (?:from|of|north|south|east|west)|"
                      r"kilometres (?:from|of|north|south|east|west)|kilometers (?:from|of|north|south|east|west)|"
                      r"miles (?:from|of|north|south|east|west)|district of|area of|rural areas? of|parts of|countryside of|neighbou?rhoods? of|"
                      r"a (?:district|neighbou?rhood|suburb) (?:of|in))\s+(?:the\s+)?(?:\w+\s+)?|"
                      # "near the town of X", "outside the northern village of X": near the settlement named
                      r"\b(?:near|outside|close to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:town|village|city|"
                      r"settlement|locality) of\s+)$", re.IGNORECASE)
_LOCAL_FORCE_AFTER = re.compile(r"\s+(?:state\s+|county\s+|city\s+|municipal\s+)?(?:police|authorities|"
                                r"government|officials|security forces)\b", re.IGNORECASE)
_ORIGIN = re.compile(r"\b(?:fired|launched|shot|lobbed|fled|coming|came|crossed|returning|"
                     r"retreated|withdrew)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                     re.IGNORECASE)
# "struck at Zuma community": a place named as a community
_PLACE_COMMUNITY = re.compile(r"^(?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? communit(?:y|ies)\b")
_OPENING_DATE = re.compile(r"\s*(?:(?:on|in|around|during|by|early|late|between|from)\s+)?(?:or\s+(?:before|after|around|"
                           r"about)\s+)?", re.IGNORECASE)
_REFERENCE_POINT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\w+\s+){0,2}(?:of|from)\s+"
                              r"(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# a place named as a reference point when another is the event's: "near Gossi, southeast of
# Timbuktu", "15 km north of Kandahar", "on the Kabul-Kandahar highway"
_DIRECTION_OF = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|\d+\s*(?:km|kilomet(?:re|er)s?|"
                           r"miles)(?:\s+\w+){0,2})\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:(?:city|town|"
                           r"village|capital)\s+(?:of\s+)?|capital,\s+)?$", re.IGNORECASE)
_ROAD_AFTER = re.compile(r"(?:\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)?\s+(?:road|highway|superhighway|motorway|"
                         r"expressway|bypass|route|railway|pipeline)\b", re.IGNORECASE)
_ROAD_BEFORE = re.compile(r"[A-Z][\w'’]+\s*[-–]\s*$")
# a place naming someone's office or seat: "the Homa Bay governor", "the Mwingi Central MP"
_OFFICE_AFTER = re.compile(r"\s+(?:(?:county|deputy|district|provincial|regional|state)\s+)?(?:governor|senator|MPs?|"
                           r"MCAs?|mayor|commissioner|legislator|lawmaker|parliamentarian|MNA|MPA)\b")
_PARTIAL_AFTER = re.compile(r"^\s*(?:area|areas|outskirts|suburbs?|district|countryside|environs|vicinity|"
                            r"neighbou?rhood|region|province|governorate|county|state|'s outskirts|'s suburbs)\b",
                            re.IGNORECASE)
# (a letter, an interview or a speech is told where it is issued, given or made: "said in a joint letter
# released in Washington", "in an interview in Geneva"; "the French-speaking town of X" names a language)
_SPEECH_NUMBERS = word_class("number_words")
_SPEECH_PLACE = re.compile(r"\b(?:said|told|spoke|(?<!-)speaking|briefing|statement|conference|announced|reported|"
                           r"based|headquartered|news agency|letter|interview|speech|communiqu[eé])\b"
                           # (nor a reported clause whose subject is counted: "said 30 men in X had been
                           # executed", "said two traders in X were shot": X is the event's place)
                           r"(?!\s+(?:that\s+)?(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|(?:"
                           + _SPEECH_NUMBERS.alternation(_SPEECH_NUMBERS.where("class", "unit")
                                                         + _SPEECH_NUMBERS.where("class", "tens")) + r")\b))"
                           # (not the reported clause: "said 40 men were executed in X" names the event's place)
                           r"(?:(?!\b(?:were|was|had\s+been|have\s+been|has\s+been)\b)[^.]){0,30}$",
                           re.IGNORECASE)


def told_at(text: str, start: int, floor: int = 0) -> bool:
    """Whether the place name at ``start`` says where news was told, not where it happened ("told
    reporters in Geneva", "said in a letter released in Washington", "a Bangkok-based group")."""
    return _SPEECH_PLACE.search(text, max(floor, start - 60), start) is not None


_PASSIVE_GAP = re.compile(r"(?:\s+(?!(?:there|say|says|said|reported|told)\b)[\w'-]+){0,3}?\s+"
                          r"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?", re.IGNORECASE)
# words between a crowd and a violent verb that make the verb someone else's deed ("demonstrated after
# a colleague was killed", "protested against the murder of")
# (the word class clause_links of eventwire/lang/en, class not_their_deed)
_CLAUSE_LINKS = word_class("clause_links")
_NOT_THEIR_DEED = re.compile(rf"\b(?:{_CLAUSE_LINKS.alternation(_CLAUSE_LINKS.where('class', 'not_their_deed'))})\b",
                             re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+(?:ed|en|wn|t|ung)\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?by\b", re.IGNORECASE)
# (the word class speaker_cues of eventwire/lang/en: "police said", "according to the ministry")
_SPEAKER_CUES = word_class("speaker_cues")
_SPEAKER_AFTER = re.compile(r"[’'s]*\s+(?:\w+\s+){0,3}(?:%s)\b" % _SPEAKER_CUES.alternation(
    _SPEAKER_CUES.where("class", "after")), re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % _SPEAKER_CUES.alternation(
    _SPEAKER_CUES.where("class", "before")), re.IGNORECASE)
_GENERIC_LABELS = frozenset({"Unidentified Armed Group", "Unidentified Communal Militia", "Unidentified Tribal Militia",
                             "Unidentified Clan Militia", "Civilians", "Protesters", "Rioters",
                             "Private Security Forces"})
# "veterans of the 1998 border war": a year naming a thing dates that thing, not the gathering
_ATTRIBUTIVE_YEAR = re.compile(r"the (?:1[89]|20)\d\d (?!(?:and|to|or|until|when|after|before)\b)[a-z]")
RELATIVE_CLAUSE_STALE_DAYS = 14
_RELATIVE = re.compile(rf"\b(?:{_CLAUSE_LINKS.alternation(_CLAUSE_LINKS.where('class', 'relative'))})\b")
FALLBACK_DATES = ((REPORT_DAY,), (DATELINE,))
_REPORT_DATE = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|confirmed|published|"
                          r"released|issued|according to \w+(?: \w+)?)\s+(?:\w+\s+){0,2}(?:on\s+|late\s+|early\s+)?$",
                          re.IGNORECASE)
# a date just before or just after a verb of reaction ("Amnesty International today condemned the arrest …",
# "the experts on Friday urged …", "the group called Monday for …"): the statement's day, not the day of the
# deed it reacts to (``dates.split.reaction_day``; the word class reaction_verbs)
_REACTION_VERB = word_class("reaction_verbs").alternation()
_REACTION_AFTER = re.compile(r"\s+(?:also\s+|again\s+|publicly\s+|strongly\s+|jointly\s+)?(?:"
                             + _REACTION_VERB + r")\b", re.IGNORECASE)
_REACTION_BEFORE = re.compile(r"\b(?:" + _REACTION_VERB + r")\s+(?:on\s+)?$", re.IGNORECASE)


def reaction_dates(dates: list, text: str) -> list:
    """The dates written right before or after a verb of reaction: the days of statements, not of the
    deeds they react to (``dates.split.reaction_day``)."""
    return [d for d in dates if _REACTION_AFTER.match(text, d.end)
            or _REACTION_BEFORE.search(text, max(0, d.start - 20), d.start)]


# crowds of no armed organisation (the word class unorganised_crowds)
_UNORGANISED = word_class("unorganised_crowds").pattern()
_ARMED_AGENT = re.compile(r"\b(?:armed|gunm[ae]n|militia\w*|militants?|fighters|rebels|insurgents|soldiers|troops)\b",
                          re.IGNORECASE)
# people of a group, attacked: civilians (the word class group_people)
_PERSON_TARGET = word_class("group_people").pattern()
_EVENT_NOUN = re.compile(r"(?:strikes?|attacks?|raids?|bombings?|blasts?|explosions?|shelling|clash(?:es)?|"
                         r"fighting|battles?|ambush(?:es)?|assaults?|operations?|offensives?|shootings?)$",
                         re.IGNORECASE)


_AGENT_TAIL = re.compile(rf"\s+(?:who (?:were|was) )?(?:{cues.ARMED_WITH}|carrying|"
                         r"(?:believed|suspected|thought|said|alleged|reported) to be|identified as)\b[^,.;]{0,50}",
                         re.IGNORECASE)
_SAID_TO_BE = re.compile(r"\s+(?:who (?:were|was) )?(?:believed|suspected|thought|said|alleged|reported|presumed|"
                         r"assumed) to (?:be|have been)\b", re.IGNORECASE)


def _noun_phrase_end(doc, start: int) -> int:
    """Where the noun phrase that begins at character ``start`` of ``doc`` ends ("… to be [members of
    the Boko Haram sect] attacked")."""
    end = start
    for tok in doc:
        if tok.idx < start:
            continue
        if tok.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") or tok.lower_ == "of" or (
                tok.text in "-'" and end == tok.idx):
            end = tok.idx + len(tok.text)
        else:
            break
    return end
# the report names who it holds responsible: the words before the group's name
_TARGET_BEFORE = re.compile(r"\b(?:from|against|on|at|to|of|belonging to)\s+(?:(?:an?|the|some|several|\w+ing|\d+|"
                            r"two|three|four|five)\s+)?$", re.IGNORECASE)
_SPEAKER_TAIL = re.compile(r"[,;]\s+(?:\w+\s+){0,4}(?:said|says|told|reported|added|stated|claimed)\b")


def _patient_window(m) -> str:
    """The words that likely name whom a trigger acted on: those after it, or, when a passive
    agent follows ("was killed by Taliban militants"), those before it."""
    sent = m.sentence_span.text
    at, end = m.trigger.start - m.sentence_span.start, m.trigger.end - m.sentence_span.start
    after = sent[max(0, end):]
    if _BY_AGENT.match(after):
        return sent[max(0, at - 40):max(0, at)]
    # ", the army said": who told it, not whom it hit (also when the attribution ends past the window)
    speaker = _SPEAKER_TAIL.search(after, 0, 90)
    return after[:speaker.start() if speaker is not None and speaker.start() < 40 else 40]


def _span(text: str, start: int, end: int, note: str | None = None) -> Span:
    return Span(text[start:end], start, end, note)


# "a Kenyan village", "the Algerian border town of", "in Cameroonian villages" ("a Somali-owned shop" is not
# one): a people's name before a settlement word says which country the place lies in
_DEMONYM_PLACE = re.compile(r"\b(?:a|an|the|another|in|at|near|across)\s+"
                            r"(?:(?:small|remote|northern|southern|eastern|western|central|north-?eastern|"
                            r"north-?western|south-?eastern|south-?western|rural|coastal|border|restive|frontier)\s+){0,2}"
                            r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:border\s+)?"
                            r"(?:village|town|city|district|province|region|county|state|capital|port|"
                            r"settlement|hamlet|locality|neighbou?rhood|suburb)s?\b")


def demonym_places(text: str) -> Counter:
    """Countries named by a people's name before a settlement word ("a Kenyan village")."""
    out: Counter[str] = Counter()
    for m in _DEMONYM_PLACE.finditer(text):
        iso3 = demonym_to_iso3(m.group(1))
        if iso3 is not None:
            out[iso3] += 1
    return out


def border_demonyms(text: str) -> set[str]:
    """Countries a people's name points to only as a border ("near the Chadian border")."""
    out = set()
    for m in border_phrases.PEOPLE_BORDER.finditer(text):
        for word in re.findall(r"[A-Z][a-z]+", m.group(0)):
            iso3 = demonym_to_iso3(word)
            if iso3 is not None:
                out.add(iso3)
    return out


def article_country(toponyms: tuple[Toponym, ...], country_cues: dict[str, int], text: str = "") -> str | None:
    """The country the article is mostly about: most frequent country of its places (a people's name
    before a settlement word, "a Kenyan village", counts as a town), else the one its demonyms and
    actors point to most, with the countries it names only as a reference point ("near the border
    with Somalia", "youth from Benin") as one vote each; a modifier ("the US dollar") and a people's
    name used for a border ("near the Nigerian border") are no vote."""
    counts: Counter[str] = Counter()
    votes: Counter[str] = Counter(country_cues)
    for iso3 in border_demonyms(text):
        votes[iso3] = max(0, votes[iso3] - 2)
    for t in toponyms:
        if t.place is None or not t.place.iso3 or (text and modifier_use(text, t)):
            continue
        if text and non_event_use(text, t):
            votes[t.place.iso3] += 1
        else:
            counts[t.place.iso3] += {"city": 3, "admin2": 2, "admin1": 2}.get(t.place.feature, 1)
    for iso3, n in demonym_places(text).items():
        counts[iso3] += 3 * n
    if counts:
        return counts.most_common(1)[0][0]
    votes = +votes
    if votes:
        return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return None


def _paragraphs_of(text: str, mentions) -> str:
    """The paragraphs (blank-line or line separated) that hold the mentions' sentences."""
    out = []
    for m in mentions:
        s, e = m.sentence_span.start, m.sentence_span.end
        start = text.rfind("\n", 0, s) + 1
        end = text.find("\n", e)
        para = text[start:end if end >= 0 else len(text)]
        if para not in out:
            out.append(para)
    return " ".join(out)


def place_window_after(text: str, sent_start: int, trigger_start: int, clause_end: int) -> int:
    """How far after its trigger an event's place is looked for: ``PLACE_WINDOW_AFTER``, or the rest of
    the clause when the trigger lies in a label opening the note ("Land seizure: …")."""
    label = _NOTE_LABEL.match(text, sent_start)
    if label is not None and trigger_start < label.end():
        return max(PLACE_WINDOW_AFTER, clause_end - trigger_start)
    return PLACE_WINDOW_AFTER


def pick_place(text: str, sent_start: int, sent_end: int, trigger_start: int, toponyms: tuple[Toponym, ...],
               blocked: list[tuple[int, int]], window_before: int = 10_000,
               window_after: int = 10_000) -> tuple[Toponym | None, int, str | None]:
    """The toponym of the sentence where the event happened, its ACLED geo precision and the id of
    the place rule that chose it (``classify/places_rules.py``)."""
    coded = coded_location(text, toponyms, sent_start, sent_end)
    if coded is not None:
        return coded[0], coded[1], places_rules.CODED_LOCATION
    best = None
    best_key = None
    by_tweak, tweaked_key, reasons = None, None, {}
    inside_actor = None
    usable = []
    for t in toponyms:
        if t.place is None or t.start < sent_start or t.end > sent_end:
            continue
        if any(s <= t.start and t.end <= e for s, e in blocked):
            if inside_actor is None and t.place.feature in ("city", "admin1", "admin2") \
                    and _LOCAL_FORCE_AFTER.match(text, t.end):
                inside_actor = t  # "Hong Kong police", "Kano state police": where those forces serve
            continue
        if t.place.feature == "continent" or not t.place.iso3 or non_event_use(text, t):
            continue
        before = text[max(sent_start, t.start - 60):t.start]
        if _SPEECH_PLACE.search(before):
            continue
        usable.append(t)
        if t.start > trigger_start + window_after or t.end < trigger_start - window_before:
            continue
        key, tweaked, reason = _clause_keys(text, t, before, trigger_start, toponyms)
        if best_key is None or key < best_key:
            best, best_key = t, key
        reasons[id(t)] = reason
        if tweaked_key is None or tweaked < tweaked_key:
            by_tweak, tweaked_key = t, tweaked
    if best is None and inside_actor is not None:
        return inside_actor, max(2, geo_precision(text, inside_actor)), places_rules.AREA_ONLY
    if best is None:
        return None, 3, None
    tweak = None
    if by_tweak is not best:  # (the ranking only a settlement's unit or a distance in words changes)
        tweak = reasons[id(by_tweak)] or reasons[id(best)]
        if tweak == unit_rules.UNIT_OF_UNKNOWN_VILLAGE:
            return by_tweak, 2, tweak
        best = by_tweak
    area = contradicting_province(text, best, usable)
    if area is not None:
        return area, geo_precision(text, area), tweak or places_rules.AREA_ONLY
    town = qualified_place(text, best, usable) or town_in_area(best, usable, trigger_start, text)
    if town is not None:
        if road_end(text, town.start, town.end):
            return town, max(2, geo_precision(text, town)), lead_rules.ROAD_END
        return town, geo_precision(text, town), tweak or places_rules.TOWN_IN_AREA
    if tweak is None and trip_end(text[max(sent_start, best.start - 120):best.start]):
        # the clause names no place but a journey's end: the event lies on the way, near it, unless the
        # sentence names a place of its own before it ("residents of X village, who fled to Y, said …")
        own = _own_place_past_window(text, [t for t in usable if id(t) not in reasons], trigger_start, toponyms)
        if own is None:
            return best, max(2, geo_precision(text, best)), global_rules.TRIP_END
        return own, geo_precision(text, own), lead_rules.OWN_PLACE_PAST_TRIP
    if best.place.feature == "city" and road_end(text, best.start, best.end):
        # the clause names no place but a road's ends: the event lies on the road, near its first town
        return best, max(2, geo_precision(text, best)), lead_rules.ROAD_END
    rule = tweak or place_rule(text, best)
    if rule == places_rules.AREA_ONLY and village_in_unit(text, best, toponyms):
        return best, 2, places_rules.VILLAGE_IN_UNIT
    return best, geo_precision(text, best), rule


def _own_place_past_window(text: str, outside: list[Toponym], trigger_start: int, toponyms) -> Toponym | None:
    """The town or district of the sentence ``outside`` the window around its trigger that is no reference
    point and ranks first by the clause's keys, when the window holds only a journey's end
    (``places.own_place_past_trip``)."""
    ranked = []
    for t in outside:
        if t.place.feature not in ("city", "admin2"):
            continue
        before = text[max(0, t.start - 60):t.start]
        key, tweaked, reason = _clause_keys(text, t, before, trigger_start, toponyms)
        if tweaked[1] < 2.5 and not tweaked[0]:
            ranked.append((tweaked, t.start, t))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _clause_keys(text: str, t: Toponym, before: str, trigger_start: int, toponyms) -> tuple[tuple, tuple, str | None]:
    """The sort key of ``t`` among its clause's toponyms (least first), that key once the rules below
    have read the clause, and the id of the rule that changed it: a settlement the index lacks, named
    by its unit ("in Tokpere (Kalale, Borgou)", an arrondissement), ranks as the town it is
    (``places.unit_of_unknown_village``); a place named as "a hundred kilometres from" one is a
    reference point (``places.reference_distance_in_words``), and so are the seat of someone's office
    ("the Kitui Governor": ``places.office_seat``) and a journey's end ("on their way to X", "rushed to
    a hospital in X": ``places.trip_end``)."""
    prep = bool(_LOC_PREPS.search(before)) and not _REFERENCE_POINT.search(before)
    # "rockets fired from Gaza towards Ashkelon": where they came from is not where they struck
    origin = bool(_ORIGIN.search(before)) and t.start > trigger_start
    feature_rank = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}.get(t.place.feature, 1)
    if t.place.feature == "admin1" and former_members(t.place.iso3, t.place.name):
        feature_rank = 2.4  # (a former province holds today's provinces: "Nyanza, Migori" is Migori)
    if feature_rank < 3 and reference_point(text, t, before):
        feature_rank += 2.5  # (after any area the sentence names, before its country)
    distance = abs(t.start - trigger_start)
    after_trigger = 0 if t.start >= trigger_start else 1
    key = (origin, feature_rank, not prep, after_trigger, distance)
    if feature_rank < 3 and _DISTANCE_IN_WORDS.search(before):
        return key, (origin, feature_rank + 2.5, True, after_trigger, distance), unit_rules.DISTANCE_IN_WORDS
    if feature_rank < 3 and (unit_of_unknown_village(text, t, toponyms) or (prep and (
            (t.source == "third_level" and not _placed_in_other(text, t, toponyms))
            or (t.place.feature in ("admin1", "admin2") and village_in_unit(text, t, toponyms))))):
        return key, (origin, 0, False, after_trigger, distance), unit_rules.UNIT_OF_UNKNOWN_VILLAGE
    if not origin and person_home(before):
        # "a driver from Makassar was shot in Wamena": a person's home, not the event's place
        return key, (True, *key[1:]), global_rules.PERSON_ORIGIN
    if feature_rank < 3 and office_seat(text, t.start, t.end):
        # "supporters of the Kitui Governor clashed in Mwingi": the office's seat is a reference point
        # (after the clause's other towns and provinces, before its country)
        return key, (origin, min(feature_rank + 2.5, 2.9), *key[2:]), global_rules.OFFICE_SEAT
    if feature_rank < 3 and trip_end(text[max(0, t.start - 120):t.start]):
        # "a bus heading to Lodwar", "rushed to a hospital in Mogadishu": a journey's end is a reference point
        return key, (origin, min(feature_rank + 2.5, 2.9), *key[2:]), global_rules.TRIP_END
    if feature_rank < 2 and _possessive_qualifier(text, t, toponyms):
        # "Diyarbakir's Dicle district": the possessor says where the place after it lies
        return key, (origin, feature_rank + 2.5, *key[2:]), lead_rules.POSSESSIVE_QUALIFIER
    if feature_rank < 3 and speaker_place(text, t.start, t.end):
        # "officials in Raipur said": where the news was told from is a reference point
        return key, (origin, min(feature_rank + 2.5, 2.9), *key[2:]), lead_rules.SPEAKER_PLACE
    return key, key, None


# "a hundred kilometres from", "some eighty miles south of": a distance written in words
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|dozen|few|several)")
_DISTANCE_IN_WORDS = re.compile(rf"\b{_NUMBER_WORD}(?:[\s-]+(?:\w+[\s-]+)?{_NUMBER_WORD})?\s+(?:km|kilomet(?:re|er)s?|"
                                r"miles)\s+(?:(?:north|south|east|west)\w*\s+)?(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?$",
                                re.IGNORECASE)


# "in Tokpere (": a capitalised name after a locative preposition, opening a bracketed qualifier
_VILLAGE_OPENS_BRACKET = re.compile(r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})(?:\s+\[[^\]]{1,40}\])?\s*\(\s*$")


# "Kpebie neighbourhood in Parakou", "Houin, Lokossa": a name, then the place that contains it
_CONTAINED_IN = re.compile(r"(?:\s+(?:village|neighbou?rhood|quarter|district|area|locality|hamlet))?"
                           r"\s*(?:,|\(|\s(?:in|of)\s)\s*(?:the\s+)?")


def _placed_in_other(text: str, t: Toponym, toponyms) -> bool:
    """Whether the text places ``t`` inside a place other than the one it resolved to ("Kpebie
    neighbourhood in Parakou": a quarter of Parakou, not the arrondissement of another commune)."""
    def other(o: Toponym) -> bool:
        if o.place.feature in ("country", "admin1"):
            return not inside_area(t.place, o.place)
        names = {normalize(n) for n in (o.place.name, o.place.admin2) if n}
        return o.place.iso3 != t.place.iso3 or not names & {normalize(n) for n in (t.place.name, t.place.admin2) if n}

    return any(o.place is not None and o.start >= t.end and _CONTAINED_IN.fullmatch(text, t.end, o.start) and other(o)
               for o in toponyms)


def unit_of_unknown_village(text: str, t: Toponym, toponyms) -> bool:
    """Whether ``t`` opens the bracketed qualifier of a settlement the index does not know, placed by a
    locative preposition ("in Tokpere (Kalale, Borgou)"): the unit stands for the settlement
    (``places.unit_of_unknown_village``)."""
    if t.place is None or t.place.feature not in ("city", "admin2"):
        return False  # (a province first in the brackets, "(Donga, Copargo)", leaves the district to rank)
    m = _VILLAGE_OPENS_BRACKET.search(text, max(0, t.start - 60), t.start)
    if m is None or not _LOC_PREPS.search(text, max(0, m.start() - 60), m.start()):
        return False
    return not any(o.place is not None and o is not t and o.start < m.end(1) and m.start(1) < o.end for o in toponyms)


def reference_point(text: str, t: Toponym, before: str) -> bool:
    """A place named to say where another lies ("southeast of Timbuktu", "10 km from Garissa"), as
    the end of a road ("the Kabul-Kandahar highway") or for someone's office ("the Homa Bay
    governor"): the event's place only when nothing else is."""
    return bool(_REFERENCE_POINT.search(before) or _DIRECTION_OF.search(before) or _OFFICE_AFTER.match(text, t.end)
                or (_ROAD_AFTER.match(text, t.end) and not _PARTIAL_AFTER.match(text, t.end))
                or road_end(text, t.start, t.end)
                or (_ROAD_BEFORE.search(before) and re.match(r"\s+(?:road|highway)\b", text[t.end:t.end + 12],
                                                             re.IGNORECASE)))


_QUALIFIER_GAP = re.compile(r"(?:\s+(?:district|sub-?county|county|municipality|commune|ward|division))?"
                            r"\s*(?:,|\(|\s(?:in|of))\s*(?:the\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?(?:(?:north|south|east|west|"
                            r"central)\w*\s+)?")


def qualified_place(text: str, best: Toponym, toponyms: list[Toponym]) -> Toponym | None:
    """The place that ``best`` qualifies: "Hawija in Iraq's Kirkuk", "Kom, Isiolo": the second name
    says where the first lies, and the first is where the event happened."""
    if best.place.feature == "country":
        return None
    for t in toponyms:
        if t.end <= best.start and t.place.feature in ("city", "admin2") and t.place.iso3 == best.place.iso3 \
                and _QUALIFIER_GAP.fullmatch(text, t.end, best.start) \
                and not trip_end(text[max(0, t.start - 120):t.start]) and (
                    normalize(t.place.admin1) == normalize(best.place.admin1 or best.place.name) if t.place.admin1
                    else haversine_km(t.place.latitude, t.place.longitude, best.place.latitude,
                                      best.place.longitude) <= 100):
            return t
    return None


def contradicting_province(text: str, best: Toponym, toponyms: list[Toponym]) -> Toponym | None:
    """The province that qualifies a town the index placed elsewhere ("Shombo in Burundi's Muramvya
    province" read as a Shombo of another province): the province stands for the unknown village."""
    if best.place.feature != "city":
        return None
    at = best
    for t in sorted((t for t in toponyms if t.start >= best.end), key=lambda t: t.start):
        if not _QUALIFIER_GAP.fullmatch(text, at.end, t.start) and not re.fullmatch(r"['’]s\s+", text[at.end:t.start]):
            break
        if t.place.feature == "admin1" and t.place.iso3 == best.place.iso3 and not inside_area(best.place, t.place):
            return t
        at = t
    return None


def town_in_area(area: Toponym, toponyms: list[Toponym], trigger_start: int, text: str = "") -> Toponym | None:
    """A town of the sentence inside the province or country chosen for the event ("in Gilgil,
    Nakuru County", "in Kenya's Marsabit county … at Moyale"): ACLED codes the most specific place.
    A town named only as a journey's end, a road's end or the place of the news's speakers ("who fled to
    Maiduguri, the Borno State capital") is one only when the sentence names no other town inside the
    area (with ``text``)."""
    if area.place.feature not in ("country", "admin1"):
        return None
    if text:
        other = [t for t in toponyms if not _reference_town(text, t)]
        return town_in_area(area, other, trigger_start) or town_in_area(area, toponyms, trigger_start)
    provinces = [t.place for t in toponyms if t.place.feature == "admin1" and t.place.iso3 == area.place.iso3]
    # (a town outside every province the sentence names is some namesake, not the event's place)
    inside = [t for t in toponyms if t is not area and t.place.feature in ("city", "admin2")
              and inside_area(t.place, area.place) and (not provinces or any(inside_area(t.place, p)
                                                                             for p in provinces))]
    return min(inside, key=lambda t: abs(t.start - trigger_start), default=None)


# a place this close to the town that owns it is a quarter of that town
CITY_QUARTER_KM = 15
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:(?:north|south|east|west|central)\w*\s+|restive\s+|remote\s+)?")


def _possessive_qualifier(text: str, t: Toponym, toponyms) -> bool:
    """Whether the town or district ``t`` is the possessor of a town or district named right after it in
    the same country ("Diyarbakir's Dicle district", "Kirkuk's Hawija"): ``places.possessive_qualifier``.
    A quarter of the city itself ("Mogadishu's Hodan district", within ``CITY_QUARTER_KM``) is coded at
    the city, as ACLED codes a neighbourhood."""
    gap = _POSSESSIVE_GAP.match(text, t.end)
    return gap is not None and any(
        o.place is not None and o.start == gap.end() and o.place.feature in ("city", "admin2")
        and o.place.iso3 == t.place.iso3 and o.place is not t.place
        and haversine_km(o.place.latitude, o.place.longitude, t.place.latitude, t.place.longitude) > CITY_QUARTER_KM
        for o in toponyms)


def _reference_town(text: str, t: Toponym) -> bool:
    """Whether the town ``t`` is named only as a reference point of the event's place: a journey's end
    (``places.trip_end``), a road's end (``places.road_end``) or the speakers' place
    (``places.speaker_place``)."""
    return t.place.feature == "city" and (trip_end(text[max(0, t.start - 120):t.start])
                                          or road_end(text, t.start, t.end) or speaker_place(text, t.start, t.end))


def place_rule(text: str, t: Toponym) -> str:
    """The id of the rule behind a toponym's precision: a town itself, near a town, or an area alone."""
    if local_government_named(text, t):
        return places_rules.LOCAL_GOVERNMENT
    if t.place.feature == "city" and GROUP_HOME_AFTER.match(text, t.end):
        return unit_rules.HOME_OF_GROUP
    if t.place.feature in ("country", "admin1", "admin2"):
        return places_rules.AREA_ONLY
    if t.place.feature == "city" and quarter_of_capital(text, t.start):
        return qualifier_rules.CAPITAL_QUARTER
    if t.place.feature == "city" and named_as_unit(text, t.start, t.end, t.place.iso3):
        return global_rules.NAMED_UNIT
    return places_rules.NEAR_TOWN if geo_precision(text, t) == 2 else places_rules.CLAUSE_PLACE


class StoryPlaces:
    """The places an article's sentences name, for events whose own clause names none, or only a
    country or province: each sentence's own sub-national place (the one ``pick_place`` takes)."""

    def __init__(self, text: str, sentences, toponyms: tuple[Toponym, ...], blocked: list[tuple[int, int]]):
        self.sentences = sentences
        self.text, self.toponyms = text, toponyms
        self.places: dict[int, tuple[Toponym, int]] = {}
        for s in sentences:
            if not any(s.start <= t.start < s.end and t.place is not None for t in toponyms):
                continue
            t, prec, _ = pick_place(text, s.start, s.end, s.start, toponyms, blocked)
            if t is not None and t.place.feature != "country":
                self.places[s.index] = (t, prec)

    def earlier(self, sentence: int, iso3: str | None = None) -> tuple[Toponym, int] | None:
        """The place of the nearest earlier sentence of the event's paragraph, else of the lead
        (the article's first two sentences); with ``iso3``, the nearest such place in that country."""
        sentences = self.sentences
        para = sentences[sentence].paragraph if sentence < len(sentences) else None
        for k in range(sentence, -1, -1):
            if k in self.places and sentences[k].paragraph == para and iso3 in (None, self.places[k][0].place.iso3):
                return self.places[k]
        for k in range(min(2, len(sentences))):
            if k in self.places and iso3 in (None, self.places[k][0].place.iso3):
                return self.places[k]
        return None

    def full_article(self) -> bool:
        """Whether a body follows the lead (a news article, not a one-paragraph note)."""
        return salience.lead_end(self.text) < len(self.text.rstrip())

    def restated(self, sentence: int) -> Toponym | None:
        """The place one of the next sentences gives when it tells again where the event happened."""
        return restated_place(self.text, [(s.start, s.end) for s in self.sentences], self.toponyms, sentence)

    def inside(self, sentence: int, area) -> tuple[Toponym, int] | None:
        """The town or district another sentence names inside ``area`` (a country or province, or
        within 75 km of a town), the nearest to the event's sentence, earlier ones first on a tie."""
        found = [(abs(k - sentence), k > sentence, k) for k, (t, _) in self.places.items()
                 if t.place.feature in ("city", "admin2") and t.place is not area and inside_area(t.place, area)]
        return self.places[min(found)[2]] if found else None

    def province_inside(self, sentence: int, country) -> tuple[Toponym, int] | None:
        """The province another sentence names inside ``country``, the nearest to the event's sentence
        (``places.province_in_story``)."""
        found = [(abs(k - sentence), k > sentence, k) for k, (t, _) in self.places.items()
                 if t.place.feature == "admin1" and t.place.iso3 == country.iso3]
        return self.places[min(found)[2]] if found else None


def geo_precision(text: str, t: Toponym) -> int:
    if t.place.feature in ("country", "admin1"):
        return 3
    if t.place.feature == "admin2" or named_as_unit(text, t.start, t.end, t.place.iso3) or \
            village_of_named_unit(text, t.start, t.end, t.place.name, t.place.iso3):
        return 2  # (a district's seat written as the district: "Tank tehsil", ``places.named_unit``)
    if t.place.feature == "city" and quarter_of_capital(text, t.start):
        return 2  # (a part of the city: ``places.qualifier_capital_quarter``)
    before = text[max(0, t.start - 40):t.start]
    after = text[t.end:t.end + 25]
    if _PARTIAL.search(before) or _PARTIAL_AFTER.match(after) or _DIRECTION_OF.search(text, max(0, t.start - 60), t.start):
        return 2
    return 1


_STATE_FORCES_NAME = re.compile(r"(?:Military Forces|Police Forces|Government) of ")


def _adjust_foreign(actor: Actor | None, iso3: str | None) -> Actor | None:
    if actor is None or iso3 is None:
        return actor
    if actor.type == 1 and actor.country and actor.country != iso3:
        return replace(actor, type=8)
    if actor.type == 8 and actor.country == iso3 and _STATE_FORCES_NAME.match(actor.name):
        # a state's forces at home; an international mission, private guards or mercenaries stay
        # External/Other forces wherever they act (ACLED Codebook, 'Inter' code 8)
        return replace(actor, type=1)
    return actor


# what opens a noun phrase without describing the side: determiners, quantities, counts (the word classes
# description_leads and number_words of eventwire/lang/en)
_CARDINALS = word_class("number_words")
_DESCRIPTION_LEAD = re.compile(
    rf"^(?:(?:{word_class('description_leads').alternation()}|\d+|"
    rf"{_CARDINALS.alternation(_CARDINALS.where('class', 'unit') + _CARDINALS.where('class', 'tens'))})\s+)+",
    re.IGNORECASE)
# where the words about the side end: a clause, a place, a time, an attribution
# (the word class description_ends of eventwire/lang/en)
_DESCRIPTION_END = re.compile(r"\s*(?:[,;:(\[\"“&]|\s(?:%s)\b)" % word_class("description_ends").alternation(),
                              re.IGNORECASE)
# words that alone describe no side (the word class no_description: "they", "night", "members")
_NO_DESCRIPTION = frozenset(w.lower() for w in word_class("no_description").words())
# the means of an attack is not a side (ACLED actors are groups and people): "a Turkish drone" says who
# struck only through its adjective, which the actor's name already holds
_MEANS = frozenset(w.lower() for w in word_class("attack_means").words())


def describe(phrase: str | None) -> str | None:
    """The article's own words for a side, trimmed to its noun phrase: "at least 20 suspected Islamist
    gunmen riding on motorbikes" -> "suspected Islamist gunmen"."""
    if not phrase:
        return None
    text = " ".join(phrase.split())
    text = _DESCRIPTION_LEAD.sub("", text)
    end = _DESCRIPTION_END.search(text)
    text = _DESCRIPTION_LEAD.sub("", text[:end.start()] if end else text).strip(" .'’-")
    words = text.split()
    while len(words) > 2 and words[-1].lower() in _MEANS:
        # "a Chadian navy patrol helicopter": the force that flies it, not the helicopter
        words = words[:-1]
    text = " ".join(words) if words and words[-1].lower() not in _MEANS else text
    if not words or len(words) > 9 or len(text) < 3 or text.lower() in _NO_DESCRIPTION \
            or words[-1].lower() in _MEANS or not any(c.isalpha() for c in text):
        return None
    return text


_ARMED_KINDS = frozenset({T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA})


# the kinds of non-state doers a rule may recode into one another ("cattle rustlers" coded as rioters, "rival
# gangs" as a mob): the article's words for the doers still describe them
_DOERS = frozenset({T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA, T.RIOTERS, T.PROTESTERS})


_NAMED_GROUPS = (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA, T.EXTERNAL_FORCES)


def _same_kind(a: int, b: int) -> bool:
    """Two actor types that name the same kind of side: equal, both non-state armed groups, or both
    state forces (at home or abroad)."""
    return a == b or (a in _ARMED_KINDS and b in _ARMED_KINDS) or {a, b} <= {T.STATE_FORCES, T.EXTERNAL_FORCES}


def _said_sides(draft) -> dict[str, list[tuple[int, str]]]:
    """The article's words for each side as the event's mentions read them: (actor type, words)."""
    out: dict[str, list[tuple[int, str]]] = {"actor1_name": [], "actor2_name": []}
    for m in draft.mentions:
        for actor, key in ((m.actor1, "actor1_name"), (m.actor2, "actor2_name")):
            if actor is not None and actor.description:
                out[key].append((actor.type, actor.description))
    return out


# the kinds of side an ACLED-style name leaves unnamed ("Rioters (Nigeria)"): the article's words name them
_UNNAMED_KINDS = frozenset({T.POLITICAL_MILITIA, T.IDENTITY_MILITIA, T.RIOTERS, T.PROTESTERS, T.CIVILIANS})


# the kinds of side one fight's crowds are recoded between (civilians who fight are rioters or a communal militia)
_CROWD_KINDS = frozenset({T.IDENTITY_MILITIA, T.RIOTERS, T.PROTESTERS, T.CIVILIANS})


def _unnamed(actor: Actor) -> bool:
    """Whether the side has only a generic name ("Unidentified Communal Militia (Sudan)", "Rioters")."""
    return actor.type in _UNNAMED_KINDS and actor.name.split(" (")[0] in _GENERIC_LABELS


# words that end the words before a side's noun: a clause, a preposition, a conjunction, an attribution
# (the word classes side_lead_stops and report_verbs, class speech, of eventwire/lang/en: "an aid nurse
# told reporters bandit raids …": "bandit", not "reporters bandit")
_BEFORE_DOER_STOP = frozenset(w.lower() for w in word_class("side_lead_stops").words()) \
    | frozenset(w.lower() for w in word_class("report_verbs").where("class", "speech"))


# "the bodies of three herders": the dead, never the doers
_VICTIMS_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|deaths?|killings?|murders?|funerals?|graves?)\s+of\s+"
                             r"(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _doer_modifiers(before: str) -> str:
    """The words just before a side's noun that belong to its noun phrase ("suspected Islamist"), at
    most two, never across a clause, a conjunction or an attribution."""
    found = re.search(r"([\w'-]+\s+){0,2}$", before)
    words = found.group().split() if found else []
    kept = 0
    for w in reversed(words):
        if w.lower() in _BEFORE_DOER_STOP:
            break
        kept += 1
    return re.search(r"([\w'-]+\s+){%d}$" % kept, before).group() if kept else ""


def _fight_parties(draft) -> tuple[str | None, str | None]:
    """The two parties of a fight as the event's sentences name them ("clashes between the Mbala and
    Kosso communities"), the first sentence that names them."""
    for m in draft.mentions:
        a, b = clash_parties(m.sentence_span.text)
        if a or b:
            return a, b
    return None, None


def _described(actor: Actor | None, phrase: str | None) -> Actor | None:
    if actor is None or actor.description:
        return actor
    return replace(actor, description=describe(phrase))


def _other_verbs_dates(event_dates: list, trig, sentence, text: str, published: dt.date,
                       date_known: bool) -> tuple[list, list]:
    """The trigger's dates without those of another verb, and the dates of the deed the event is over."""
    # "demanded the release of a man who disappeared on August 17": a relative clause's date weeks
    # before the report is its own verb's, not the news ("supporters who had gathered on Sunday" is)
    event_dates = [d for d in event_dates if not (
        trig.end <= d.start < sentence.end and _RELATIVE.search(text, trig.end, d.start)
        and d.high is not None and (published - d.high).days > RELATIVE_CLAUSE_STALE_DAYS)]
    # "detained five over the killing of a reporter in July 2016": the date is the killing's
    deed_dated = [d for d in event_dates if d.high is not None and date_known
                  and (published - d.high).days > RELATIVE_CLAUSE_STALE_DAYS
                  and d.start < sentence.end and deed_date(text, trig.end, d.start, d.end)]
    return [d for d in event_dates if d not in deed_dated], deed_dated


class Coder:
    """Turns one article's candidates into events, given the loaded resources."""

    def __init__(self, actors, taxonomy: dict[str, SubEventInfo], country_place):
        self.actors = actors
        self.taxonomy = taxonomy
        self.country_place = country_place

    # ---- mentions -------------------------------------------------------------------------
    def actor_in(self, span: tuple[int, int] | None, phrase: str | None, actor_mentions, iso3: str | None,
                 target: bool = False):
        if span is None:
            return None
        s, e = span
        # a mention inside the phrase, or one the phrase's head word is part of ("an al-Shabaab ambush",
        # whose parse gives the agent "al")
        inside = [m for m in actor_mentions if (m[0] >= s and m[1] <= e) or (m[0] <= s and e <= m[1])]
        # ("Pyu Saw Htee militia members", whose parse gives "Htee militia members": the phrase starts
        # inside a named actor's name, which is the actor)
        inside = inside or [m for m in actor_mentions if m[0] < s < m[1] <= e and m[2].type in _NAMED_GROUPS]
        return _described(self._actor_in(inside, phrase, iso3, target), phrase)

    def _actor_in(self, inside, phrase: str | None, iso3: str | None, target: bool) -> Actor | None:
        if inside and target and phrase and (SUSPECTED_CRIMINAL.search(phrase) or former_forces(phrase)):
            # "a suspected al-Shabaab returnee", shot dead; "a former army officer", arrested
            return replace(self.actors.civilian(iso3),
                           rule=names.R_SUSPECT if SUSPECTED_CRIMINAL.search(phrase) else names.R_FORMER)
        described = self.actors.resolve(phrase, iso3, target=target) if inside and phrase else None
        if described is not None and described.rule in (names.R_AUXILIARIES, names.R_UNIFORM):
            return described  # "soldiers and VDP", "gunmen dressed as police": the phrase as a whole says who
        if inside:
            # prefer named groups over generic state/civilian categories
            inside.sort(key=lambda m: (m[2].type in (T.CIVILIANS,), m[0]))
            actor = inside[0][2]
            if actor.type == T.CIVILIANS and not target and phrase:
                whole = self.actors.resolve(phrase, iso3)
                if whole is not None and whole.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA):
                    return _adjust_foreign(whole, iso3)  # "30 men wielding machetes"
            if target and phrase and actor.type in (T.POLITICAL_MILITIA, T.IDENTITY_MILITIA) \
                    and _PERSON_TARGET.search(phrase) and not re.search(
                    r"\b(?:militia\w*|fighters|gunmen|raiders|attackers|militants|rebels|members of)\b", phrase,
                    re.IGNORECASE):
                # "five Borana herders", "a Jubilee aspirant": people of a group, attacked, are civilians
                actor = self.actors.civilian(iso3)
            return _adjust_foreign(actor, iso3)
        if phrase:
            actor = self.actors.resolve(phrase, iso3, target=target)
            if target and actor is not None and actor.type == T.IDENTITY_MILITIA \
                    and cues.CIVILIAN_WORDS.search(phrase) \
                    and not re.search(r"\bmilitia|fighters|gunmen|raiders|attackers\b", phrase, re.IGNORECASE):
                actor = self.actors.civilian(iso3)
            if actor is None and not target:
                actor = self.state_named(phrase)
            return _adjust_foreign(actor, iso3)
        return None

    def state_named(self, phrase: str) -> Actor | None:
        """"blamed Turkey for the bombing", "Eritrea shelled …": a state named as the doer means its
        forces; only a country's written name counts (not a two-letter code: "al" is not Albania)."""
        name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)
        if len(name) < 4 or len(phrase) >= 40 or not name[:1].isupper():
            return None
        place = self.country_place(name)
        if place is None or place.feature != "country":
            return None
        return replace(self.actors.state_forces(place.iso3), rule=names.R_STATE_NAMED)

    def code_candidate(self, cand: Candidate, text: str, sentence, doc, toponyms, dates, actor_mentions,
                       iso3_hint: str | None, published, event_date_for, date_known: bool = True) -> CodedMention:
        offset = sentence.start
        trig = cand.trigger
        blocked = [(m[0], m[1]) for m in actor_mentions]
        c_start, c_end = cand.clause or (sentence.start, sentence.end)
        first = min(h.start for h in cand.hits)
        top, precision, place_rule = pick_place(text, c_start, c_end, first, toponyms, blocked, PLACE_WINDOW_BEFORE,
                                                place_window_after(text, sentence.start, first, c_end))
        place = top.place if top is not None else None
        iso3 = place.iso3 if place is not None else iso3_hint
        a1, a2, a1_span, a2_span, a1_hit = self.roles_for(cand, doc, offset, actor_mentions, iso3)
        a1_ev = _span(text, *a1_span) if a1_span else None
        a2_ev = _span(text, *a2_span) if a2_span else None
        if a1 is None or a2 is None:
            # fall back to the order of known actors around the trigger, leaving out speakers
            in_sent = [m for m in actor_mentions if sentence.start <= m[0] and m[1] <= sentence.end
                       and not _SPEAKER_AFTER.match(text, m[1]) and not _SPEAKER_BEFORE.search(
                           text, max(sentence.start, m[0] - 20), m[0])]
            before = [m for m in in_sent if m[1] <= trig.start]
            after = [m for m in in_sent if m[0] >= trig.end]
            if a1 is None and before and _PASSIVE_GAP.fullmatch(text, before[-1][1], trig.start) \
                    and _PARTICIPLE.match(trig.text):
                # "a suspected rebel courier was killed": the subject of a passive is the target
                m = before.pop()
                if a2 is None:
                    a2 = self.actor_in((m[0], m[1]), text[max(sentence.start, m[0] - 30):trig.start],
                                       actor_mentions, iso3, target=True)
                    a2_ev = _span(text, m[0], m[1])
            # ("two suspects were killed in a shoot-out with police": the subject of a passive is hurt)
            doers = [m for m in before if not cues.PASSIVE_SUBJECT.match(text, m[1])]
            if a1 is None and doers:
                m = doers[-1]
                if a2 is None or m[2].name != a2.name:
                    a1, a1_ev = _described(_adjust_foreign(m[2], iso3), text[m[0]:m[1]]), _span(text, m[0], m[1])
            if a2 is None and after:
                m = after[0]
                if a1 is None or m[2].name != a1.name:
                    a2, a2_ev = _described(_adjust_foreign(m[2], iso3), text[m[0]:m[1]]), _span(text, m[0], m[1])
            if a1 is None and a2 is not None and cand.group == "violent":
                # "insurgents died in a firefight with soldiers": the other side is actor 1
                m = next((m for m in after + before[::-1] if m[2].name != a2.name and m[2].type != 7), None)
                if m is not None:
                    a1, a1_ev = _described(_adjust_foreign(m[2], iso3), text[m[0]:m[1]]), _span(text, m[0], m[1])
        if (a1 is None or a2 is None) and cand.family in ("plover", "agree"):
            a1, a2, a1_ev, a2_ev = self.states_acting(text, sentence, trig, toponyms, a1, a2, a1_ev, a2_ev)
        date, deed_dated = _mention_date(text, sentence, trig, (c_start, c_end), dates, published, event_date_for,
                                         date_known)
        anaphoric = bool(re.search(r"\b(?:the|this|that|its|same)\s+(?:\w+[- ]){0,2}$",
                                   text[max(sentence.start, trig.start - 25):trig.start], re.IGNORECASE))
        s_text = text[sentence.start:sentence.end]
        modality, modality_rule = cand.modality, cand.modality_rule
        if modality == "asserted" and date_known and date is not None and date.high is not None \
                and re.search(r"\b(?:1[89]|20)\d\d\b|\blast year\b|\byears? ago\b", date.text) \
                and (published - date.high).days > HISTORICAL_AFTER_DAYS:
            modality, modality_rule = "historical", DATED_LONG_AGO
        elif deed_dated and modality == "asserted" and modality_rule == DEFAULT_MODALITY:
            modality_rule = REASON_DEED_DATE
        return CodedMention(
            sentence=sentence.index, family=cand.family, families=cand.families,
            sub_event_type=cand.sub_event_type, mode=cand.mode, modality=modality, weight=cand.weight,
            trigger=_span(text, trig.start, trig.end), sentence_span=Span(s_text, sentence.start, sentence.end),
            actor1=a1, actor2=a2, actor1_evidence=a1_ev, actor2_evidence=a2_ev, actor1_hit=a1_hit, place=place,
            place_span=_span(text, top.start, top.end) if top is not None else None, geo_precision=precision,
            date=date, group=cand.group, anaphoric=anaphoric, plover=trig.plover, modality_rule=modality_rule,
            place_rule=place_rule,
            clause=(c_start, c_end) if _between_events(text, (c_start, c_end), sentence) else None)

    def states_acting(self, text: str, sentence, trig, toponyms, a1, a2, a1_ev, a2_ev):
        """"Norway will lend Ghana funds", "Peru has offered to return …": states act
        through their governments; the country named before the verb acts, the one after receives."""
        states = [t for t in toponyms if t.place is not None and t.place.feature == "country"
                  and sentence.start <= t.start and t.end <= sentence.end
                  and not _SPEECH_PLACE.search(text, max(sentence.start, t.start - 60), t.start)]
        first_before = next((t for t in states if t.end <= trig.start), None)
        first_after = next((t for t in states if t.start >= trig.end), None)
        if a1 is None and first_before is not None:
            a1 = self.actors.state_forces(first_before.place.iso3, government=True)
            a1_ev = _span(text, first_before.start, first_before.end)
        if a2 is None and first_after is not None and (a1 is None or a1.country != first_after.place.iso3):
            a2 = self.actors.state_forces(first_after.place.iso3, government=True)
            a2_ev = _span(text, first_after.start, first_after.end)
        return a1, a2, a1_ev, a2_ev

    def roles_for(self, cand: Candidate, doc, offset: int, actor_mentions, iso3):
        """Actors from the candidate's triggers: verbs first (they carry subject and object), then nouns;
        the first trigger whose agent resolves to an actor gives actor1 (and that trigger's family and
        words), likewise for actor2."""
        if doc is None:
            return None, None, None, None, None
        found = []
        for h in cand.hits:
            head = span_head(doc, offset, h.start, h.end)
            if head is not None:
                found.append((0 if head.pos_ == "VERB" else 1, h.start, find_roles(doc, offset, head), h))
        found.sort(key=lambda x: (x[0], x[1]))
        a1 = a2 = a1_span = a2_span = a1_hit = None
        def is_event_noun(span) -> bool:
            return span is not None and any(span[0] <= h.start < span[1] and h.start - span[0] < 25
                                            and _EVENT_NOUN.search(h.text) for h in cand.hits)

        for verbal, _, r, h in found:
            if a1 is None and a2 is not None and r.agent is None and cand.group == "violent" \
                    and r.patient is not None and r.patient != a2_span \
                    and not (verbal == 0 and h.family in ("kill", "attack")):
                # "insurgents died in a firefight with soldiers": the other side of the fight
                other = self.actor_in(r.patient, r.patient_text, actor_mentions, iso3)
                if other is not None and other.name != a2.name and other.type != 7 and not (
                        r.patient_text and _PLACE_COMMUNITY.search(r.patient_text)):
                    a1, a1_span = other, r.patient
            if a1 is None and r.agent is not None and not is_event_noun(r.agent):
                a1 = self.actor_in(r.agent, r.agent_text, actor_mentions, iso3)
                tail = _AGENT_TAIL.match(doc.text, r.agent[1] - offset) \
                    if a1 is not None and a1.type == T.CIVILIANS else None
                if tail is not None:
                    # "by men thought to be rebel fighters", "by a dozen men carrying clubs": the
                    # words after the noun say who they are
                    span = (r.agent[0], r.agent[1] + tail.end() - tail.start())
                    better = self.actor_in(span, doc.text[r.agent[0] - offset:span[1] - offset], actor_mentions, iso3)
                    if better is not None and better.type != 7:
                        a1 = better
                said_to_be = _SAID_TO_BE.match(doc.text, r.agent[1] - offset) if a1 is not None else None
                if said_to_be is not None:
                    # "bandits suspected to be cattle rustlers": the words after the noun describe them too
                    end = _noun_phrase_end(doc, said_to_be.end())
                    words = describe(doc.text[r.agent[0] - offset:end])
                    a1 = replace(a1, description=words or a1.description)
                if a1 is not None and a1.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA) and r.agent_text \
                        and _UNORGANISED.search(r.agent_text) \
                        and not _ARMED_AGENT.search(r.agent_text):
                    # "National Alliance supporters", "ODM youths": a party's crowd, not its armed wing
                    a1 = self.actors.rioters(iso3)
                if r.forces_of:
                    a1 = self.forces_of(a1, r.agent_text, iso3)
                a1_span = r.agent if a1 is not None else None
                a1_hit = (h.family, h.text) if a1 is not None else None
            elif a1 is not None and a1_hit is not None and a1_hit[0] not in ("kill", "attack") \
                    and h.family in ("kill", "attack") and r.agent is not None and not is_event_noun(r.agent) \
                    and r.agent[1] <= h.start and not _NOT_THEIR_DEED.search(doc.text, r.agent[1] - offset,
                                                                           h.start - offset):
                # "workers protesting unpaid wages attacked two supervisors": the protest's subject
                # is also the attacker
                same = self.actor_in(r.agent, r.agent_text, actor_mentions, iso3)
                if same is not None and same.name == a1.name:
                    a1_hit = (h.family, h.text)
            for span, phrase in ((r.patient, r.patient_text), (r.alt_patient, r.alt_patient_text)):
                if a2 is None and span is not None:
                    a2 = self.actor_in(span, phrase, actor_mentions, iso3, target=True)
                    a2_span = span if a2 is not None else None
        if a1 is not None and a1.rule == names.R_AUXILIARIES and a1_span and a2_span \
                and a1_span[0] <= a2_span[0] and a2_span[1] <= a1_span[1]:
            a2, a2_span = None, None  # "troops and local hunters": the forces' auxiliaries are no second side
        return a1, a2, a1_span, a2_span, a1_hit

    def localised(self, actor: Actor | None, iso3: str | None) -> Actor | None:
        """A generic actor named before the event had a country ("bandits" → Unidentified Armed Group)
        gets the event's country, as ACLED names it."""
        if actor is None or iso3 is None or actor.country is not None or actor.name not in _GENERIC_LABELS:
            return actor
        return replace(self.actors.generic(actor.name, actor.type, iso3), description=actor.description)

    def claimed_by(self, claims, a1: Actor | None, a2: Actor | None, sub: str, iso3: str | None):
        """A group that claims responsibility is the perpetrator when the text names no other."""
        info = self.taxonomy[sub]
        if info.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            return a1, a2
        weak = a1 is None or a1.name.startswith("Unidentified") or a1.type == T.CIVILIANS or (
            a1.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) and a1.country == iso3
            and sub in ("Suicide bomb", "Remote explosive/landmine/IED"))
        if not weak:
            return a1, a2
        for c in claims:
            if c.stance != "claims responsibility":
                continue
            actor = _described(_adjust_foreign(self.actors.resolve(c.claimant, iso3), iso3), c.claimant)
            if actor is None or actor.type in (T.RIOTERS, T.PROTESTERS, T.CIVILIANS) \
                    or actor.name.startswith("Unidentified"):
                continue
            if a1 is not None and a1.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) and a2 is None:
                a2 = a1
            return actor, a2
        return a1, a2

    def attributed_to(self, draft: EventDraft, a1: Actor | None, sub: str, iso3: str | None) -> Actor | None:
        """A named armed group the report attributes violence to when the doer is otherwise unnamed:
        "attacks blamed on Boko Haram", "claimed by Islamic State", "gunmen suspected to be members of
        al-Shabaab"."""
        if self.taxonomy[sub].event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            return None
        if a1 is not None and not a1.name.startswith("Unidentified") and a1.type != T.CIVILIANS:
            return None  # (civilians are the victims of violence, never the ones it is attributed to)
        for m in draft.mentions:
            blamed = self.blamed_group(m.sentence_span.text, iso3)
            if blamed is not None:
                actor, words = blamed
                own = a1.description if a1 is not None else None
                return replace(_adjust_foreign(actor, iso3), rule=names.R_ATTRIBUTED, description=own or words)
        return None

    def attributed_sides(self, draft: EventDraft, a1: Actor | None, a2: Actor | None, sub: str, iso3: str | None,
                         rules: list[str], setters: tuple):
        """The sides once the group the report attributes the event to is the doer; that group read as
        the target ("a bus struck a bomb planted by X") leaves that place to the people or forces read
        as the doer, who were hit, else to those another of the event's mentions names as hit."""
        attributed = self.attributed_to(draft, a1, sub, iso3)
        if attributed is None:
            return a1, a2, rules, setters
        rules, setters = [*rules, names.R_ATTRIBUTED], (*setters, ("actor1", names.R_ATTRIBUTED))
        if a2 is not None and a2.name == attributed.name:
            hit = next((m.actor2 for m in draft.mentions if m.actor2 is not None and m.actor2.name != a2.name), None)
            a2 = a1 if a1 is not None and a1.type in (T.CIVILIANS, T.STATE_FORCES, T.EXTERNAL_FORCES) else hit
            setters = (*setters, ("actor2", names.R_ATTRIBUTED))
        return attributed, a2, rules, setters

    def blamed_group(self, sent: str, iso3: str | None) -> tuple[Actor, str] | None:
        """The named armed group a sentence blames or that claims the event, with its words."""
        return blamed_group(self.actors, sent, iso3)

    def forces_of(self, actor: Actor | None, phrase: str | None, iso3: str | None) -> Actor | None:
        """'its forces' where 'it' is a state, a ministry or a country: that state's military."""
        country = None
        if actor is not None and actor.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) \
                and actor.name.startswith("Government of"):
            country = actor.country
        elif actor is None and phrase:
            country = demonym_to_iso3(phrase.strip())
            if country is None:
                place = self.country_place(phrase.strip())
                country = place.iso3 if place is not None and place.feature == "country" else None
        if country is None:
            return actor
        return _adjust_foreign(self.actors.state_forces(country), iso3)

    # ---- events ---------------------------------------------------------------------------
    def refine(self, draft: EventDraft, iso3: str | None, patient_texts: str, paragraphs: str = ""):
        """Sub-event type, PLOVER mode and actors of a merged event, decided by the rulebook
        (``extract/classify``), with the ids of the rules that decided them; ``paragraphs`` is the
        text of the paragraphs its mentions are in."""
        top = choose_type(draft)
        facts = Facts(tuple(draft.mentions), top, iso3, " ".join(m.own_words for m in draft.mentions),
                      paragraphs, patient_texts, self.actors)
        d, trace = classify(facts)
        mode = d.mode if d.fam == "air" else self.taxonomy[d.sub].plover_mode
        return d.sub, mode, d.a1, d.a2, trace, d.setters

    def build_events(self, article, mentions: list[CodedMention], casualties, claims, iso3_hint, include_all,
                     combine_fatalities, lead_place) -> list[Event]:
        """``lead_place`` (a ``StoryPlaces``) gives the places of the article's other sentences."""
        asserted = [m for m in mentions if m.modality == "asserted"]
        drafts = merge_mentions(asserted)
        if include_all:
            drafts += [EventDraft([m]) for m in mentions if m.modality != "asserted"]
        if not drafts:
            return []
        # assign each sentence-level casualty and claim to the event of its sentence, else the nearest before
        sent_owner: dict[int, int] = {}
        for i, d in enumerate(drafts):
            for m in d.mentions:
                sent_owner.setdefault(m.sentence, i)
        owner_sentences = sorted(sent_owner)

        def owner(sentence: int, group: str | None = None) -> int | None:
            if sentence in sent_owner:
                return sent_owner[sentence]
            prior = [s for s in owner_sentences if s <= sentence]
            if prior:
                return sent_owner[prior[-1]]
            return sent_owner[owner_sentences[0]] if owner_sentences else None

        # a sentence's deaths go to its violent or demonstration event first (fatality_rules SENTENCE_EVENT)
        harm_owner: dict[int, int] = {}
        for i, d in enumerate(drafts):
            for m in d.mentions:
                if d.group in ("violent", "demo"):
                    harm_owner.setdefault(m.sentence, i)
        moved: set[int] = set()
        cas_by: dict[int, list] = {}
        recalled = recalled_sentences(mentions, sent_owner, {c.sentence for c in casualties})
        for c in casualties:  # (background totals too: the fatality rules record why they are left out)
            if c.sentence in recalled:
                continue  # a recalled deed's toll is no other event's (fatalities.exclude.recalled_sentence)
            o = owner(c.sentence)
            if c.sentence in harm_owner and harm_owner[c.sentence] != o:
                o = harm_owner[c.sentence]
                moved.add(o)
            if o is not None and drafts[o].group in ("violent", "demo"):
                cas_by.setdefault(o, []).append(c)
        claims_by: dict[int, list] = {}
        for c in claims:
            o = owner(c.sentence)
            if o is not None:
                claims_by.setdefault(o, []).append(c)
        kept_from = {owner(c.sentence) for c in casualties if c.sentence in recalled}
        events = []
        for i, draft in enumerate(drafts):
            event = self.finish(article, i, draft, cas_by.get(i, []), claims_by.get(i, []), iso3_hint,
                                combine_fatalities, lead_place)
            event = replace(event, rules=(*event.rules, fr.SENTENCE_EVENT)) if i in moved else event
            events.append(replace(event, rules=(*event.rules, RECALLED_SENTENCE)) if i in kept_from else event)
        firsts = [min((m.trigger.start for m in d.mentions if m.modality == "asserted"), default=len(article.text))
                  for d in drafts]
        events = salience.rank_events(events, firsts, article.text, iso3_hint)
        # two drafts that ended up identical in type, date and place are one event
        seen: dict[tuple, int] = {}
        out: list[Event] = []
        for e in events:
            key = (e.sub_event_type, e.event_date, e.location.name if e.location else None, e.modality)
            if key in seen:
                kept = out[seen[key]]
                if mr.IDENTICAL not in kept.rules:
                    out[seen[key]] = replace(kept, rules=(*kept.rules, mr.IDENTICAL))
                continue
            seen[key] = len(out)
            out.append(e)
        return out

    def finish(self, article, index: int, draft: EventDraft, casualties, claims, iso3_hint, combine_fatalities,
               lead_place) -> Event:
        top, type_rule = choose_type_traced(draft)
        place, precision, place_rule, evidence = self.event_place(draft, lead_place, iso3_hint)
        merged: list[tuple[str, str]] = []  # (field, merging rule that chose the mention giving its value)
        from_mention = choose_place(draft)
        # (the place rule decides the location; the merging rule that took the place of one of the event's
        # mentions is only in the trace)
        provenance = [mr.PLACE_MOST_PRECISE] if from_mention is not None and place is from_mention.place else []
        iso3 = place.iso3 if place is not None else iso3_hint
        patient_texts = " ".join(m.actor2_evidence.text for m in draft.mentions if m.actor2_evidence) or \
            " ".join(_patient_window(m) for m in draft.mentions)
        sub, mode, a1, a2, rules, setters = self.refine(draft, iso3, patient_texts,
                                                        _paragraphs_of(article.text, draft.mentions))
        rules = [*rules, *draft.rules, *([type_rule] if type_rule else [])]
        merged += [(f, mr.SIDES_OF_MENTIONS) for f in ("actor1", "actor1_name") if a1] + [
            (f, mr.SIDES_OF_MENTIONS) for f in ("actor2", "actor2_name") if a2]
        claimed = self.claimed_by(claims, a1, a2, sub, iso3)
        if claimed != (a1, a2):
            rules = [*rules, CLAIMED]
            merged += [("actor1_name", CLAIMED)] + ([("actor2_name", CLAIMED)] if claimed[1] != a2 else [])
            setters = (*setters, ("actor1", CLAIMED)) + ((("actor2", CLAIMED),) if claimed[1] != a2 else ())
            a1, a2 = claimed
        a1, a2, rules, setters = self.attributed_sides(draft, a1, a2, sub, iso3, rules, setters)
        if place_rule == places_rules.STORY_COUNTRY:
            place_rule = self.story_place(article.text, iso3)
        a1, a2 = self.localised(a1, iso3), self.localised(a2, iso3)
        if place_rule is not None:
            rules, setters = [*rules, place_rule], (*setters, ("location", place_rule))
        info = self.taxonomy[sub]
        event_date, time_precision, date_span, date_rule, date_rules = _date_of(article, draft, top)
        evidence.append(("event_date", date_span))
        merged.append(("event_date", date_rule))
        a1, a2, rules, setters = self.named_for(draft, a1, a2, event_date, iso3, rules, setters)
        evidence.insert(0, ("event_type", top.sentence_span))
        evidence.insert(1, ("sub_event_type", top.trigger))
        a1_ev = next((m.actor1_evidence for m in draft.mentions if m.actor1_evidence is not None), None)
        a2_ev = next((m.actor2_evidence for m in draft.mentions if m.actor2_evidence is not None), None)
        if a1_ev is not None:
            evidence.append(("actor1", a1_ev))
        if a2_ev is not None and a2 is not None:
            evidence.append(("actor2", a2_ev))
        best, low, high, reports, fatality_rules = combine_fatalities(list(casualties))
        if reports:
            evidence.append(("fatalities", reports[0].evidence))
        merged.append(("fatalities", mr.FATALITIES_REPORTED if reports else mr.FATALITIES_NONE))
        claim_records = tuple(Claim(c.claimant, c.stance, c.evidence, c.target) for c in claims)
        civ = a2 is not None and a2.type == T.CIVILIANS and info.event_type in (
            "Violence against civilians", "Explosions/Remote violence", "Riots")
        if info.event_type == "Violence against civilians":
            civ = True
        modality = "asserted" if any(m.modality == "asserted" for m in draft.mentions) else draft.mentions[0].modality
        modality_rule = next(m.modality_rule for m in draft.mentions if m.modality == modality)
        rules, setters = [*rules, modality_rule], (*setters, ("modality", modality_rule))
        rules, setters = [*rules, *fatality_rules], (*setters, ("fatalities", fatality_rules[0]))
        rules, setters = [*rules, *date_rules], (*setters, ("event_date", date_rules[0]))
        rules += [r for r in dict.fromkeys([*provenance, *(r for _, r in merged)]) if r not in rules]
        decided_by = dict(setters)
        for name, rule_id in dict(merged).items():
            decided_by.setdefault(name, rule_id)  # the field's own rule, where one decided it, wins
        confidence = self.confidence(draft, top, place, precision, date_rule != mr.DATE_PUBLICATION, a1, a2,
                                     modality)
        key = f"{sub}|{event_date}|{place.name if place else ''}|{draft.mentions[0].sentence}|{index}"
        ev = Event(
            event_id=event_id(article.id, key), article_id=article.id, event_date=event_date,
            time_precision=time_precision, event_type=info.event_type, sub_event_type=sub,
            disorder_type=info.disorder_type, plover_event=top.plover or info.plover_event, plover_mode=mode,
            cameo=("1952" if mode == "drone" else info.cameo), actor1=a1, actor2=a2, location=place,
            geo_precision=precision, fatalities_best=best, fatalities_low=low, fatalities_high=high,
            fatality_reports=tuple(reports), civilian_targeting=civ, claims=claim_records, modality=modality,
            confidence=confidence, evidence=tuple(evidence), source=article.source, source_url=article.url,
            rules=tuple(rules), decided_by=tuple(decided_by.items()),
        )
        return replace(ev, notes=write_notes(ev))

    def named_for(self, draft: EventDraft, a1: Actor | None, a2: Actor | None, event_date: str, iso3: str | None,
                  rules, setters):
        """The sides named as of the event's date (state forces by the period of the government then
        in power), with the rules that named them in the trace and in ``decided_by``; a speaker of the
        event's sentences who is neither side is noted as a source."""
        when = dt.date.fromisoformat(event_date)
        rules, setters = list(rules), list(setters)
        sides = []
        said = _said_sides(draft)
        parties = None  # (the fight's parties, read only for a side with a generic name)
        for n, (actor, key) in enumerate(((a1, "actor1_name"), (a2, "actor2_name"))):
            actor = self.actors.in_era(actor, when)
            if actor is not None and actor.description is None:
                # a rule renamed a side the text described ("Fulani gunmen" coded as an unidentified
                # group): the words still describe it when its kind is the same
                words = next((w for kind, w in said[key] if _same_kind(kind, actor.type)
                              or (key == "actor1_name" and {kind, actor.type} <= _DOERS)), None)
                actor = replace(actor, description=words) if words else actor
            if actor is not None and actor.description is None and _unnamed(actor):
                # "fighting between Christians and Muslims" recoded as rioters on both sides: the
                # fight's parties, as the article names them, still describe the sides
                words = next((w for kind, w in said[key] if kind in _CROWD_KINDS and actor.type in _CROWD_KINDS),
                             None)
                if not words:
                    parties = parties or _fight_parties(draft)
                    words = parties[n]
                if words:
                    actor = replace(actor, description=words)
                    if names.R_FIGHT_PARTIES not in rules:
                        rules.append(names.R_FIGHT_PARTIES)
            sides.append(actor)
            if actor is None:
                continue
            if actor.description is None and key == "actor1_name" and actor.name.startswith("Unidentified"):
                words, trimmed = self.unnamed_doers(draft, sides, iso3)
                actor = replace(actor, description=words)
                sides[-1] = actor
                if trimmed and words and names.R_SOURCE_WORDS not in rules:
                    rules.append(names.R_SOURCE_WORDS)
            elif actor.description is None and not _unnamed(actor):
                # a side a rule named without the parse's words ("Chadian air force raids hit a cattle market"
                # coded as the state's air strike): the words that name it in the event's sentences
                words = self.named_in_sentences(draft, actor, iso3)
                if words:
                    actor = sides[-1] = replace(actor, description=words)
                    if names.R_SIDE_WORDS not in rules:
                        rules.append(names.R_SIDE_WORDS)
            rule = actor.rule or names.R_NAMED
            fired = [rule] + [names.R_ERA] * self.actors.is_period_name(actor) \
                + [names.R_DESCRIPTION] * bool(actor.description)
            rules += [x for x in fired if x not in rules]
            setters.append((key, rule))
        if self.speaker_aside(draft, sides, iso3) and names.R_SPEAKER not in rules:
            rules.append(names.R_SPEAKER)
        return sides[0], sides[1], rules, tuple(setters)

    def unnamed_doers(self, draft: EventDraft, sides, iso3: str | None) -> tuple[str | None, bool]:
        """How the event's sentences describe an unidentified perpetrator the parse did not tie to the
        verb ("… after armed strangers stormed the hamlet"): the first armed men named there who are
        not the other side nor a speaker, and whether words of a source or another clause just before
        them were left out ("an aid nurse told reporters bandit raids …": "bandit")."""
        for m in draft.mentions:
            sent = m.sentence_span.text
            for s, e, actor in self.actors.find(sent, iso3):
                if not actor.name.startswith("Unidentified") or any(
                        x is not None and x.name == actor.name and x is not sides[0] for x in sides) \
                        or _SPEAKER_AFTER.match(sent, e) or _VICTIMS_BEFORE.search(sent, max(0, s - 40), s):
                    continue
                window = sent[max(0, s - 40):s]
                before = _doer_modifiers(window)
                near = re.search(r"([\w'-]+\s+){0,2}$", window).group()
                after = re.match(r"(?:\s+(?:gunm[ae]n|militants?|fighters|insurgents|militiam[ae]n|attackers|"
                                 r"assailants|bombers?|men)\b){0,2}", sent[e:])
                return describe(sent[s - len(before):e + len(after.group())]), len(near) > len(before)
        return None, False

    def named_in_sentences(self, draft: EventDraft, actor: Actor, iso3: str | None) -> str | None:
        """The words of the event's sentences that name ``actor`` (the same actor, not as a speaker)."""
        base = actor.name.split(" (")[0]
        for m in draft.mentions:
            sent = m.sentence_span.text
            for s, e, found in self.actors.find(sent, iso3):
                if found.name.split(" (")[0] != base or _SPEAKER_AFTER.match(sent, e) \
                        or _SPEAKER_BEFORE.search(sent, max(0, s - 20), s):
                    continue
                words = describe(sent[s - len(_doer_modifiers(sent[max(0, s - 40):s])):e])
                if words:
                    return words
        return None

    def speaker_aside(self, draft: EventDraft, sides, iso3: str | None) -> bool:
        """Whether a sentence of the event attributes it to someone who is not a side ("police say",
        "according to witnesses", "residents told AFP")."""
        for m in draft.mentions:
            sent = m.sentence_span.text
            for s, e, actor in self.actors.find(sent, iso3):
                if (_SPEAKER_AFTER.match(sent, e) or _SPEAKER_BEFORE.search(sent, max(0, s - 20), s)) \
                        and all(x is None or x.name != actor.name for x in sides):
                    return True
        return False

    def story_place(self, text: str, iso3: str) -> str:
        """An event placed only by its story's country: a people's name before a settlement word
        ("a Kenyan village") holds it; a neighbour named only as a reference point ("near the Chadian
        border") does not move it. (A side whose name the dictionary holds for several countries is
        named for the story's country by the actor rules, so the sides agree with it.)"""
        if iso3 in demonym_places(text):
            return places_rules.DEMONYM_PLACE
        if iso3 not in border_demonyms(text) and border_demonyms(text):
            return places_rules.BORDER_REFERENCE
        if iso3 in country_terms(text):
            return places_rules.STORY_COUNTRY_TERMS
        return places_rules.STORY_COUNTRY

    def event_place(self, draft: EventDraft, lead_place, iso3_hint: str | None):
        """The event's place, its precision, the id of the rule that chose it and the evidence (see
        ``story_event_place``); a dateline town in another country than the story's, a country the story
        names nowhere else, is where the story was filed, not the event's place: the story's country is
        (a town it names there, else its capital)."""
        found = self.story_event_place(draft, lead_place, iso3_hint)
        place, evidence = found[0], found[3]
        filed = salience.dateline_place(lead_place.text) if lead_place is not None else None
        if place is None or filed is None or iso3_hint is None or place.iso3 == iso3_hint or not evidence \
                or evidence[0][1] is None or not (filed[0] <= evidence[0][1].start < filed[1]):
            return found
        if any(t.place is not None and t.place.iso3 == place.iso3 and not filed[0] <= t.start < filed[1]
               and not onlooker(lead_place.text, t) for t in lead_place.toponyms):
            return found  # the story names the dateline's country again (not only as a state that speaks)
        country = self.country_place(iso3_hint)
        if country is None:
            return found
        town = lead_place.inside(min(m.sentence for m in draft.mentions), country)
        if town is not None:
            t, precision = town
            return t.place, precision, article_rules.DATELINE_ELSEWHERE, [
                ("location", Span(t.text, t.start, t.end, "place the article names in the story's country"))]
        return country, 3, article_rules.DATELINE_ELSEWHERE, []

    def story_event_place(self, draft: EventDraft, lead_place, iso3_hint: str | None):
        """The event's place, its precision, the id of the rule that chose it and the evidence: the
        mentions' own place, else the one the story last named (``StoryPlaces.earlier``), else the story's
        country."""
        pm = choose_place(draft)
        first = min(m.sentence for m in draft.mentions)
        found = None
        own = self._demonym_here(draft)
        if pm is not None:
            found = (pm.place, pm.geo_precision, pm.place_rule or places_rules.CLAUSE_PLACE,
                     [("location", pm.place_span)])
        elif lead_place is not None and lead_place.earlier(first) is not None and (
                own is None or lead_place.earlier(first)[0].place.iso3 == own.iso3):
            found = self._earlier_place(lead_place, first, iso3_hint)
        elif own is not None:
            # "in Cameroonian villages near the border": the event's own words give its country, over a
            # place another sentence names abroad (``places.demonym_place``)
            found = own, 3, places_rules.DEMONYM_PLACE, []
        elif iso3_hint is not None and self.country_place(iso3_hint) is not None:
            found = self.country_place(iso3_hint), 3, places_rules.STORY_COUNTRY, []
        if found is None:
            return None, 3, None, []
        again = lead_place.restated(first) if lead_place is not None else None
        if again is not None and again.place is not found[0] and again.place.iso3 == found[0].iso3:
            return again.place, geo_precision(lead_place.text, again), places_rules.RESTATED_PLACE, [
                ("location", Span(again.text, again.start, again.end, "place a later sentence gives the event"))]
        if lead_place is not None and (found[0].feature in ("country", "admin1") or (
                found[2] == places_rules.NEAR_TOWN and found[0].feature == "city")):
            # (near a town, "west of Baghdad": the town another sentence names close by is the place)
            town = lead_place.inside(first, found[0])
            if town is not None:
                t, precision = town
                return t.place, precision, places_rules.TOWN_IN_STORY, [
                    ("location", Span(t.text, t.start, t.end, "place the article names inside the event's area"))]
            province = lead_place.province_inside(first, found[0]) if found[0].feature == "country" else None
            if province is not None:
                t = province[0]
                return t.place, 3, places_rules.PROVINCE_IN_STORY, [
                    ("location", Span(t.text, t.start, t.end, "province the article names inside the event's country"))]
        return found

    def _demonym_here(self, draft: EventDraft):
        """The country a people's name before a settlement word in the event's own sentences names ("in
        Cameroonian villages", "a Kenyan town"), when they name one country so; else None."""
        found = Counter()
        for m in draft.mentions:
            found.update(demonym_places(m.sentence_span.text))
        return self.country_place(next(iter(found))) if len(found) == 1 else None

    def _earlier_place(self, lead_place, first: int, iso3_hint: str | None):
        """The place named earlier (``places.earlier_sentence``); in a full article about one country,
        a place abroad gives way to the nearest earlier place in the story's country, else to the
        country (``places.earlier_sentence_story_country``)."""
        t, precision = lead_place.earlier(first)
        rule = places_rules.EARLIER_SENTENCE
        filed = salience.dateline_place(lead_place.text)
        # (a dateline town abroad is ``places.dateline_town_elsewhere``'s to move)
        if iso3_hint is not None and t.place.iso3 != iso3_hint and lead_place.full_article() \
                and not (filed is not None and filed[0] <= t.start < filed[1]):
            home = lead_place.earlier(first, iso3_hint)
            if home is None:
                country = self.country_place(iso3_hint)
                if country is not None:
                    return country, 3, story_rules.EARLIER_IN_STORY_COUNTRY, []
            else:
                (t, precision), rule = home, story_rules.EARLIER_IN_STORY_COUNTRY
        return t.place, precision, rule, [("location", Span(t.text, t.start, t.end, "place named earlier in the article"))]

    @staticmethod
    def confidence(draft, top, place, precision, dated, a1, a2, modality) -> float:
        score = 0.3 * top.weight
        score += 0.15 if a1 is not None and not a1.name.startswith("Unidentified") else 0.05
        score += 0.1 if a2 is not None else 0.0
        score += {1: 0.15, 2: 0.12, 3: 0.05}.get(precision, 0.0) if place is not None else 0.0
        score += 0.1 if dated else 0.03
        score += 0.15 * min(1.0, len(draft.mentions) / 3)
        if modality != "asserted":
            score *= 0.5
        if top.family == "plover":
            score = min(score, 0.25)
        return max(0.0, min(1.0, score + 0.05))


# the words that set two events of one sentence apart ("…, while in Sylhet protesters …")
_OTHER_EVENT = re.compile(r"\W{0,3}(?:while|whereas|meanwhile|separately)\b", re.IGNORECASE)


def _between_events(text: str, clause: tuple[int, int], sentence) -> bool:
    """Whether a candidate's clause is one of two events its sentence tells ("…, while in X …"): then its
    own words decide its type, not the other clause's (a semicolon only goes on with the same story); so does a
    clause that tells a day of its own (``merge.split.another_day``)."""
    start, end = clause
    if (start, end) == (sentence.start, sentence.end):
        return False
    at = end if start == sentence.start else start
    return bool(_OTHER_EVENT.match(text, at)) or opens_apart(text[at:end]) \
        or another_day(text, clause, sentence.start, sentence.end)


def _date_of(article, draft: EventDraft, top: CodedMention) -> tuple[str, int, Span, str, list[str]]:
    """The merged event's date, time precision, evidence, the merging rule that chose the mention and
    the date rules that read it: a mention dated by its own words before one dated only by a report's
    day or the dateline, the mention that gives the type before another, else the publication date."""
    dated = min((m for m in draft.mentions if m.date is not None), default=None,
                key=lambda m: (m.date.rules[:1] in FALLBACK_DATES, m is not top))
    if dated is None:
        span = Span(top.sentence_span.text, top.sentence_span.start, top.sentence_span.end,
                    "no date in the text; publication date used")
        return article.date.isoformat(), 1, span, mr.DATE_PUBLICATION, [PUBLICATION_DATE]
    d = dated.date
    event_date = d.value if len(d.value) == 10 else (d.low or article.date).isoformat()
    return (event_date, d.precision, Span(d.text, d.start, d.end),
            mr.DATE_OF_TYPE if dated is top else mr.DATE_OTHER, list(d.rules) or [PUBLICATION_DATE])


def _mention_date(text: str, sentence, trig, clause: tuple[int, int], dates, published, event_date_for,
                  date_known: bool):
    """(the date of the mention whose trigger is ``trig``, whether another verb's day was set aside): the
    days of the sentence less those of reports and reactions, of other clauses, and of other verbs."""
    c_start, c_end = clause
    reactions = reaction_dates(dates, text)
    reported = [d for d in dates if _REPORT_DATE.search(text, max(0, d.start - 30), d.start) or d in reactions]
    event_dates = [d for d in dates if d not in reported
                   and not (_ATTRIBUTIVE_YEAR.match(text, d.start - 4 if d.start >= 4 else 0)
                            and not d.end <= trig.start <= d.end + 20)]
    if any(c_start <= d.start < c_end for d in event_dates):
        # another clause's date belongs to another event of the same sentence; a date that opens
        # the sentence ("On 12 Oct, students protested the killing … on 7 Oct") dates them all
        event_dates = [d for d in event_dates if c_start <= d.start < c_end
                       or not (sentence.start <= d.start < sentence.end)
                       or (d.start < c_start and _OPENING_DATE.fullmatch(text, sentence.start, d.start))]
    event_dates, deed_dated = _other_verbs_dates(event_dates, trig, sentence, text, published, date_known)
    date = event_date_for(event_dates, trig.start, trig.end, text, published if date_known else None,
                          reported) if event_dates or reported else None
    if date is not None and any(sentence.start <= d.start < sentence.end for d in reactions):
        date = replace(date, rules=(*date.rules, REACTION_DAY))  # (``dates.split.reaction_day``)
    return date, deed_dated
