"""The merging rules: which candidate mentions of an article are one event, and which mention gives
the merged event its type, place, date and fatalities (``extract/merge.py`` and the event builder
apply them and add their ids to the event's trace).

ACLED records one event per actor pair, location and day ("Event aggregation"): the headline, the
lead and a quote about the same strike are one event, and the arrests or the shooting at a
demonstration belong to the demonstration. Where several types of violence happen together the
event takes the most severe, most specific sub-event type.
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule


# ---- which event a mention belongs to (decides: "events", the number of events of the example) ----
CONTINUES = fact_rule(
    id="merge.join.continues_latest", decides="events", value="the article's latest event of the same kind",
    codebook=cb.AGGREGATION,
    examples=[("Boko Haram fighters killed five people near Maiduguri on Monday. The gunmen attacked "
               "Mainari village in Konduga, residents said.", "1")])
ANAPHORA = fact_rule(
    id="merge.join.anaphora", decides="events", value="the latest event of its group ('the attack')",
    codebook=cb.AGGREGATION,
    examples=[("Gunmen killed three traders in Mandera town on Tuesday. The attack was the third this "
               "month, police said.", "1")])
DAMAGE = fact_rule(
    id="merge.join.damage_of_attack", decides="events", value="the violent event told just before",
    codebook=cb.AGGREGATION,
    examples=[("Armed herders attacked a farming village near Bokkos on Monday. Houses and granaries were "
               "burned down.", "1")])
DEMO_ARRESTS = fact_rule(
    id="merge.join.arrests_at_demonstration", decides="events", value="the demonstration told just before",
    codebook=cb.PROTEST_INTERVENTION,
    examples=[("Traders protested against new taxes in Kisumu on Monday. Police arrested 12 of them.", "1")])
ARRESTS_AFTER_VIOLENCE = fact_rule(
    id="merge.join.arrests_after_violence", decides="events", value="the violent event told just before",
    codebook=cb.ARRESTS + "; " + cb.AGGREGATION,
    examples=[("Two herders hacked a farmer to death near Tchaourou on Sunday. Gendarmes later arrested "
               "both men.", "1")])
DEMO_CASUALTIES = fact_rule(
    id="merge.join.casualties_of_demonstration", decides="events",
    value="the demonstration told one or two sentences before, or earlier in its sentence before a semicolon",
    codebook=cb.EXCESSIVE_FORCE,
    examples=[("Police opened fire on protesters in Eldoret on Monday. Nine people were killed.", "1"),
              ("Soldiers fired live rounds at pensioners holding a sit-in in Bamako on Monday; one of them was "
               "killed.", "1")])
FORCE_ON_CROWD = fact_rule(
    id="merge.join.force_on_demonstrators", decides="events", value="the demonstration told just before",
    codebook=cb.EXCESSIVE_FORCE,
    examples=[("Students marched through Kisii town on Monday over fees. Police shot two of the "
               "marchers dead.", "1")])
CROWD_HARM = fact_rule(
    id="merge.join.violence_of_demonstrators", decides="events", value="the demonstration told just before",
    codebook=cb.VIOLENT_DEMONSTRATION,
    examples=[("Residents protested at the county offices in Bomet on Monday. Protesters abducted the county "
               "education executive.", "1")])
POLICE_FIGHT = fact_rule(
    id="merge.join.fight_with_police_at_demonstration", decides="events",
    value="the demonstration told just before", codebook=cb.PROTEST_INTERVENTION,
    examples=[("Hundreds of traders protested outside the county offices in Kisumu on Monday. Security "
               "forces fired live rounds, wounding five.", "1")])
SAME_PLACE_DATE = fact_rule(
    id="merge.join.same_kind_place_and_date", decides="events",
    value="an event of the same group whose places and dates agree", codebook=cb.AGGREGATION,
    examples=[("Gunmen killed two farmers in Bokkos on Monday. Bandits also shot dead a herder in Bokkos on "
               "Monday, police said.", "1")])
IDENTICAL = fact_rule(
    id="merge.join.identical_events", decides="events", value="an event of the same type, date and place",
    codebook=cb.AGGREGATION,
    examples=[("Youths clashed with police in Kisumu on Monday. Traders in Kisumu counted their losses after "
               "rioters destroyed their stalls.", "1")])

ANOTHER_DAY = fact_rule(
    id="merge.split.another_day", decides="events",
    value="a deed told in the same sentence with a day of its own after 'and' ('…, and on 5 June they abducted …'): "
          "an event of its own",
    codebook=cb.AGGREGATION + "; " + cb.TIME + ": an event is one interaction at one place on one day; violence "
             "over several days is recorded as one event per day",
    examples=[("On 3 March 2024, bandits attacked Gidan Bawa village in Zamfara, killing four residents, and on 5 March "
               "they returned to abduct twelve farmers there.", "2"),
              ("Police said militants attacked a checkpoint in Turbat on 2 March 2024, killing two officers, and planted "
               "a bomb that went off near the same checkpoint on 4 March.", "2")])

# ---- which mention gives the merged event its type, place, date, fatalities and sides -----------
MOST_SEVERE = fact_rule(
    id="merge.type.most_severe", decides="sub_event_type",
    value="the most severe, most specific type among the mentions", codebook=cb.SEVERITY,
    examples=[("A suicide bomber struck a checkpoint in Herat city on Friday. The attack killed "
               "four police officers.", "Suicide bomb"),
              ("Two men hurled grenades at a police post in Garowe on Monday. The explosions wounded four officers.",
               "Grenade")])
BLAST_IN_BATTLE = fact_rule(
    id="merge.type.blast_heard_in_battle", decides="sub_event_type",
    value="the battle, not the explosion heard during it", codebook=cb.ARMED_CLASH,
    examples=[("Taliban fighters clashed with soldiers at an army base in Ghazni on Monday. Explosions were "
               "heard across the city.", "Armed clash")])
PLACE_MOST_PRECISE = fact_rule(
    id="merge.place.most_precise_mention", decides="location",
    value="the most precise place of its mentions (town over district over region over country)",
    codebook=cb.SPATIAL,
    examples=[("Gunmen killed three traders in Kenya on Tuesday. The shooting happened in Mandera town.",
               "Mandera (1)")])
DATE_OF_TYPE = fact_rule(
    id="merge.date.type_mention", decides="event_date", value="the date of the mention that gives the type",
    codebook=cb.TIME,
    examples=[("Gunmen killed three traders in Mandera town on Tuesday.", "2024-03-12")])
DATE_OTHER = fact_rule(
    id="merge.date.other_mention", decides="event_date", value="the date of another mention of the event",
    codebook=cb.TIME,
    examples=[("Soldiers clashed with militants in Ghazni province, officials said. The area was calm by evening. "
               "Two soldiers died in the fighting on Monday.", "2024-03-11")])
DATE_PUBLICATION = fact_rule(
    id="merge.date.publication", decides="event_date",
    value="the publication date, when the text dates the event nowhere", codebook=cb.TIME,
    examples=[("Gunmen killed three traders in Mandera town, police said.", "2024-03-14")])
FATALITIES_REPORTED = fact_rule(
    id="merge.fatalities.reports_of_its_sentences", decides="fatalities",
    value="the death tolls reported in the event's sentences (or the nearest before)", codebook=cb.FATALITIES,
    examples=[("Gunmen killed three traders in Mandera town on Tuesday.", "3")])
FATALITIES_NONE = fact_rule(
    id="merge.fatalities.none_reported", decides="fatalities", value="0 when no death is reported",
    codebook=cb.FATALITIES,
    examples=[("Police arrested a journalist in Nairobi on Monday.", "0")])
SIDES_OF_MENTIONS = fact_rule(
    id="merge.actors.sides_of_mentions", decides="actors",
    value="the sides (name and type) the mentions' sentences name, asserted mentions first", codebook=cb.ACTOR_TYPES,
    examples=[("Soldiers clashed with al-Shabaab militants near Afmadow in Lower Juba on Monday.",
               "Al Shabaab")])
