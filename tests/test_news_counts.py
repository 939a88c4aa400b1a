"""News-prose counts and dates: the parse-read victims, the rules each count records, the fatality
decision with its rule ids, and the date rules (texts of our own)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from eventwire.extract.casualty_parse import parsed_counts
from eventwire.extract.classify import date_rules as D, fatality_rules as F, news_count_rules as NC
from eventwire.extract.fatalities import decide, find_casualties
from eventwire.resolve.dates import event_date_for, find_time_expressions

THURSDAY = dt.date(2024, 3, 14)


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text) if m.group().strip()]


def decided(text: str, parsed=None):
    return decide(find_casualties(text, sentences(text), parsed))


# ---- counts read by word patterns, each with the rule that read it --------------------------------
@pytest.mark.parametrize("text,best,rule", [
    ("Seven farmers were on Tuesday killed by gunmen in Bokkos.", 7, F.STATED),
    ("No fewer than 13 traders were on Friday killed in a fresh raid.", 13, F.AT_LEAST),
    ("A senior elder was yesterday shot dead by gunmen at his home.", 1, F.NAMED),
    ("Twin bomb blasts at two motor parks claimed 37 lives.", 37, F.STATED),
    ("The attack claimed the lives of at least 30 residents.", 30, F.AT_LEAST),
    ("Raiders murdered a family of six in the hamlet.", 6, F.STATED),
    ("A member of parliament was shot dead along with his driver and a bodyguard.", 3, F.ALONG),
    ("Bandits killed a district chief in Katsina state on Friday along with two of his sons.", 3, F.ALONG),
    ("Gunmen shot dead the Director of Planning and Budget at the state ministry.", 1, F.NAMED),
    ("A cashier at Kisumu Level Four Hospital was gunned down on Friday.", 1, F.NAMED),
    ("Shelling killed 11 civilians in Donetsk over the past 24 hours, officials said.", 11, F.RECENT_SPAN),
    ("Bandits killed dozens of villagers in Zamfara.", 12, F.VAGUE),
])
def test_news_counts_and_their_rule(text, best, rule):
    b, _, _, _, rules = decided(text)
    assert b == best
    assert rules[0] == rule


def test_cattle_are_not_victims_but_a_village_head_is():
    assert decided("Rustlers killed 200 head of cattle near the river.")[0] == 0
    assert decided("Gunmen killed a village head near the river.")[0] == 1


def test_a_war_total_in_a_relative_clause_is_background_and_says_so():
    text = ("Soldiers killed four rebels on Monday, the army said. The rebels reject the peace deal that ended "
            "five decades of war, in which more than 200,000 people were killed.")
    best, low, high, reports, rules = decided(text)
    assert (best, low, high) == (4, 4, 4)
    assert F.BACKGROUND in rules


def test_a_cue_describing_the_victims_does_not_make_the_count_background():
    text = "A car bomb killed at least 23 worshippers who were marking the anniversary of a saint's death."
    assert decided(text)[0] == 23


def test_a_death_toll_update_replaces_the_earlier_figure_whoever_gave_it():
    text = "A bomb killed eight people at a market on Tuesday. The death toll rose to 15, police said."
    best, low, high, reports, rules = decided(text)
    assert (best, low, high) == (15, 15, 15) and rules[0] == F.TOLL


def test_two_claimants_keep_both_reports_and_the_lowest_is_best():
    text = "Gunmen killed seven villagers near Mopti on Tuesday, police said. A community leader put the death toll at 11."
    best, low, high, reports, rules = decided(text)
    assert (best, low, high) == (7, 7, 11)
    assert {r.claimant for r in reports} == {"police", "a community leader"}
    assert rules[0] == F.LOWEST


def test_one_victim_told_apart_is_part_of_a_larger_toll_not_a_rival_report():
    text = ("At least 16 travellers were killed when gunmen stormed a bus depot on Friday, a Red Cross official said. "
            "Witnesses said the shooting began when a ticket seller was killed.")
    best, _, _, _, rules = decided(text)
    assert best == 16 and F.PART_OF_TOLL in rules


def test_the_wounded_are_no_fatalities():
    best, _, _, reports, rules = decided("A bomb wounded 14 people at a bus station on Monday.")
    assert (best, reports) == (0, []) and rules == [F.NONE, F.WOUNDED]


# ---- counts read on the dependency parse ----------------------------------------------------------
@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp.model import load_model
    from eventwire.settings import Settings
    return load_model(Settings.from_env().spacy_model)


@pytest.mark.model
@pytest.mark.parametrize("text,best", [
    ("Ten residents of a farming village near Jos, including a local chief and his two sons, have been "
     "killed by gunmen on Wednesday.", 10),
    ("The chairman of a local council in Ghazni province and his driver were shot dead by gunmen on Tuesday.", 2),
    ("Eleven members of one family travelling to a wedding in Kandahar province were on Monday night killed "
     "by a roadside bomb.", 11),
])
def test_victims_far_from_their_verb_are_counted_on_the_parse(nlp, text, best):
    assert decided(text)[0] != best  # the word patterns alone miss these
    b, _, _, _, rules = decided(text, {0: nlp(text)})
    assert b == best and rules[0] == F.PARSED


@pytest.mark.model
@pytest.mark.parametrize("text,best", [
    ("At least six youths, members of a street gang in Warri, were on Tuesday night shot dead near the main "
     "market.", 6),
    ("No fewer than 14 students suspected to be cultists at the Ilorin college have been feared killed in a "
     "fresh clash between rival groups.", 14),
    ("The head of the maths department at the Bida college, Mr. Musa Bello, was yesterday, killed by gunmen "
     "on the Mokwa road.", 1),
])
def test_the_subject_of_a_passive_split_by_a_day_or_a_hedge_is_counted(nlp, text, best):
    b, _, _, _, rules = decided(text, {0: nlp(text)})
    assert b == best and rules[0] == NC.RAISED_SUBJECT


@pytest.mark.model
def test_a_bare_title_before_a_name_is_one_victim(nlp):
    text = "Two youths on a scooter shot and killed lawyer Imran Ali Shah near the court, police said."
    b, _, _, _, rules = decided(text, {0: nlp(text)})
    assert b == 1 and rules[0] == NC.TITLE_AND_NAME


@pytest.mark.model
def test_a_pattern_that_read_the_last_conjunct_gives_way_to_the_parse(nlp):
    text = "The chairman of a fishing cooperative in Rumonge and his nephew was shot dead on Saturday."
    assert decided(text)[0] == 1  # the word patterns alone read "his nephew was shot dead"
    b, _, _, _, rules = decided(text, {0: nlp(text)})
    assert b == 2 and rules[0] == NC.COORDINATED


@pytest.mark.model
def test_a_plural_apposition_after_coordinated_victims_adds_no_one(nlp):
    text = "A magistrate and her clerk, natives of Sibi, were shot dead in Quetta on Friday."
    assert decided(text, {0: nlp(text)})[0] == 2


@pytest.mark.model
@pytest.mark.parametrize("text,best", [
    ("A village elder and member of the district council has been killed in Gereshk District.", 1),
    ("Raiders shot a farmer near Gereshk, killing his cook and nephew.", 2),
])
def test_a_bare_conjunct_is_a_second_person_unless_the_verb_is_singular(nlp, text, best):
    assert decided(text, {0: nlp(text)})[0] == best


@pytest.mark.model
@pytest.mark.parametrize("text,best", [
    ("Raiders pulled Ali Khan, a council candidate, and his brother from a minibus near Ghazni and killed them.", 2),
    ("Gunmen stormed the village of Kuru near Jos and killed them.", 0),
])
def test_them_after_a_coordinated_verb_counts_that_verbs_plural_object(nlp, text, best):
    assert decided(text, {0: nlp(text)})[0] == best


@pytest.mark.model
def test_companions_told_in_a_later_sentence_add_to_the_first_victim(nlp):
    first = "Unknown attackers gunned down the harbour master in Kismayo on Sunday."
    second = "His cook and nephew were also killed."
    text = first + " " + second
    parsed = {0: nlp(first), 1: nlp(second)}
    assert decide(find_casualties(text, [(0, len(first)), (len(first) + 1, len(text))], parsed))[0] == 3


@pytest.mark.model
def test_the_active_subject_of_a_discovery_verb_is_no_victim(nlp):
    doc = nlp("Officers found the trader beaten to death in his shop.")
    assert [(p.head, p.count) for p in parsed_counts(doc)] == [("trader", 1)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Villagers were angry on Sunday after troops killed nobody they sought.",
    "The soldiers were deployed yesterday to guard the killed chief's compound.",
])
def test_no_subject_is_raised_past_a_verb_that_is_not_be_or_a_hedge(nlp, text):
    doc = nlp(text)
    assert not [p for p in parsed_counts(doc) if p.raised]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry said the operation was executed within the framework of self-defence.",
    "Two people were hurt and one goat killed by stray bullets.",
    "The rally followed reports that youth died after taking fake medicine.",
])
def test_the_parse_counts_only_people(nlp, text):
    assert decided(text, {0: nlp(text)})[0] == 0


# ---- dates -----------------------------------------------------------------------------------------
def _date(text: str, anchor: str, report_days: bool = False, published=THURSDAY):
    exprs = find_time_expressions(text, published)
    reported = [e for e in exprs if re.search(r"said\s+(?:on\s+)?$", text[:e.start])]
    at = text.index(anchor)
    chosen = event_date_for([e for e in exprs if e not in reported], at, at + len(anchor), text, published,
                            reported if report_days else ())
    return chosen


@pytest.mark.parametrize("text,value,rules", [
    ("Gunmen killed four traders on Tuesday.", "2024-03-12", (D.IN_CLAUSE, D.WEEKDAY)),
    ("Gunmen killed four traders overnight Tuesday.", "2024-03-12", (D.IN_CLAUSE, D.WEEKDAY)),
    ("Gunmen killed four traders yesterday [12 March].", "2024-03-12", (D.IN_CLAUSE, D.RELATIVE_DAY)),
    ("Gunmen killed four traders on Tuesday night [12 March].", "2024-03-12", (D.IN_CLAUSE, D.CONFIRMED)),
    ("Gunmen killed four traders yesterday 11 March.", "2024-03-11", (D.IN_CLAUSE, D.CONFIRMED)),
    ("Gunmen stormed a market on Tuesday. They killed four traders.", "2024-03-12", (D.EARLIER, D.WEEKDAY)),
])
def test_event_dates_and_the_rules_that_chose_and_resolved_them(text, value, rules):
    chosen = _date(text, "killed")
    assert chosen.value == value and chosen.rules == rules


def test_the_report_day_dates_an_event_only_when_nothing_else_does():
    text = "Gunmen killed four traders at a market, police said Wednesday."
    chosen = _date(text, "killed", report_days=True)
    assert (chosen.value, chosen.precision, chosen.rules[0]) == ("2024-03-13", 2, D.REPORT_DAY)
    dated = _date("Gunmen killed four traders on Monday, police said Wednesday.", "killed", report_days=True)
    assert dated.value == "2024-03-11" and dated.rules[0] == D.IN_CLAUSE


def test_a_report_day_long_before_publication_dates_nothing():
    text = "Gunmen killed four traders at a market, police said Friday."  # 6 days before Thursday
    assert _date(text, "killed", report_days=True) is None


def test_a_later_sentence_telling_when_the_attack_happened_dates_it():
    text = "Gunmen killed eight people at a camp, the army said. The attack happened early Tuesday near the border."
    chosen = _date(text, "killed")
    assert chosen.value == "2024-03-12" and chosen.rules[0] == D.TOLD_LATER
