"""The actor-name rules: how a phrase of the article becomes an ACLED-style actor name.

The decisions are taken in :mod:`eventwire.resolve.actors` (the dictionary and the head-noun
fallbacks) and :mod:`eventwire.extract.build` (speakers, descriptions, the event's period); each
resolved :class:`~eventwire.records.Actor` carries the id of the rule that named it, and the event's
``decided_by`` maps ``actor1_name`` / ``actor2_name`` to it. Here each rule is declared with the
definition it implements and examples of our own (checked by ``tests/rules``).
"""
from __future__ import annotations

from ...resolve import actors as r
from . import codebook as cb
from .engine import fact_rule

NAMES = cb.ACTOR_TYPES + ": actors are named consistently, a named group by its own name"
PERIOD = (cb.STATE_FORCES + ": state forces are named by country and the period of the government in power, "
          "'Military Forces of Kenya (2013-2022)'")
GENERIC = cb.ACTOR_TYPES + ": an actor not identified by name is coded by its kind and country"
NEWS_ATTRIBUTION = ("news-writing convention (AP Stylebook, 'said'; Reuters Handbook, sourcing): the subject of "
                    "an attribution verb is the source of the report, not a party to the event")

fact_rule(id=r.R_NAMED, decides="actor1_name", value="the dictionary's canonical name of the alias",
          codebook=NAMES,
          examples=[("Al-Shabaab fighters raided a police camp near Lamu on Wednesday, killing two officers.",
                     "Al Shabaab")])
fact_rule(id=r.R_STORY_COUNTRY, decides="actor1_name",
          value="the actor of the story's country when an alias or a template names several",
          codebook=NAMES + "; the actor's country is the event's country unless the text says otherwise",
          examples=[("Islamic State fighters attacked a village near Kirkuk on Monday, killing three civilians.",
                     "Islamic State (Iraq)")])
fact_rule(id=r.R_FOREIGN_ACRONYM, decides="actor1_name",
          value="the forces named by the head noun, not by an acronym of another country's forces",
          codebook=cb.STATE_FORCES + "; an actor's home country agrees with the event's unless the text says "
                                     "otherwise",
          examples=[("SAF troops clashed with gunmen near Maiduguri on Monday.", "Military Forces of Nigeria (2023-)")])
fact_rule(id=r.R_ERA, decides="actor1_name", value="state forces with the period of the event's date",
          codebook=PERIOD,
          examples=[("US drones struck a militant camp near Jilib in Somalia on Monday, killing four fighters.",
                     "Military Forces of the United States (2021-2025)")])
fact_rule(id=r.R_STATE_NOUN, decides="actor1_name",
          value="Military Forces / Police Forces of the demonym's country, else of the event's country",
          codebook=cb.STATE_FORCES,
          examples=[("Soldiers shot dead two smugglers near Garissa on Monday.", "Military Forces of Kenya (2022-)")])
fact_rule(id=r.R_GOVERNMENT, decides="actor1_name", value="Government of the country",
          codebook=cb.STATE_FORCES,
          examples=[("Uganda will give Kenya a grant of two million dollars for new schools, the ministry said.",
                     "Government of Uganda (1986-)")])
fact_rule(id=r.R_COMMUNITY, decides="actor1_name", value="<Name> Ethnic Militia / <Name> Communal Militia (Country)",
          codebook=cb.IDENTITY_MILITIAS,
          examples=[("Zangoro youths attacked a neighbouring village in Plateau State on Monday, killing four "
                     "people.", "Zangoro Ethnic Militia (Nigeria)")])
fact_rule(id=r.R_PRIVATE, decides="actor1_name", value="Private Security Forces (Country)",
          codebook=cb.EXTERNAL,
          examples=[("A politician's bodyguards shot dead a trader in Kisumu on Monday.",
                     "Private Security Forces (Kenya)")])
fact_rule(id=r.R_FORMER, decides="actor2_name", value="Civilians (Country)",
          codebook=cb.CIVILIANS + ": former members of the forces are civilians",
          examples=[("Gunmen shot dead a former police officer in Mombasa on Monday.", "Civilians (Kenya)")])
fact_rule(id=r.R_SUSPECT, decides="actor2_name", value="Civilians (Country)",
          codebook=cb.CIVILIANS + ": people suspected of a crime, when attacked, are civilians",
          examples=[("A mob lynched two suspected thieves in Kisii on Monday.", "Civilians (Kenya)")])
fact_rule(id=r.R_COMMUNAL, decides="actor1_name", value="Unidentified Communal Militia (Country)",
          codebook=GENERIC + "; " + cb.IDENTITY_MILITIAS,
          examples=[("Herders attacked farmers in Benue State on Monday, killing five.",
                     "Unidentified Communal Militia (Nigeria)")])
fact_rule(id=r.R_UNIDENTIFIED, decides="actor1_name", value="Unidentified Armed Group (Country)",
          codebook=GENERIC + "; " + cb.POLITICAL_MILITIAS,
          examples=[("Gunmen shot dead three villagers in Zamfara State on Monday.",
                     "Unidentified Armed Group (Nigeria)")])
fact_rule(id=r.R_RIOTERS, decides="actor1_name", value="Rioters (Country)", codebook=cb.RIOTERS,
          examples=[("Rioters torched a police station in Kisumu on Monday.", "Rioters (Kenya)")])
fact_rule(id=r.R_PROTESTERS, decides="actor1_name", value="Protesters (Country)", codebook=cb.PROTESTERS,
          examples=[("Hundreds of teachers marched in Nairobi on Tuesday to demand higher pay.", "Protesters (Kenya)")])
fact_rule(id=r.R_CIVILIANS, decides="actor2_name", value="Civilians (Country)", codebook=cb.CIVILIANS,
          examples=[("Gunmen shot dead three villagers in Zamfara State on Monday.", "Civilians (Nigeria)")])
fact_rule(id=r.R_STATE_NAMED, decides="actor1_name", value="Military Forces of the state named as the doer",
          codebook=cb.STATE_FORCES + "; " + cb.EXTERNAL,
          examples=[("Eritrea shelled the border town of Zalambessa in Ethiopia on Monday, killing two civilians.",
                     "Military Forces of Eritrea")])
fact_rule(id=r.R_ATTRIBUTED, decides="actor1_name",
          value="the named armed group the report holds responsible when the doer is otherwise unnamed",
          codebook=cb.ACTOR_TYPES + ": the actor is the group the sources attribute the event to",
          examples=[("Gunmen killed nine people in Gwoza on Tuesday in an attack blamed on Boko Haram.",
                     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")])
fact_rule(id=r.R_SPEAKER, decides="actor1_name", value="the doer, not the subject of 'said', 'told', 'according to'",
          codebook=NEWS_ATTRIBUTION + "; " + cb.ACTOR_TYPES,
          examples=[("Police say suspected insurgents have killed four people in Yala province.",
                     "Unidentified Armed Group (Thailand)")])
fact_rule(id=r.R_DESCRIPTION, decides="actor1_description",
          value="the article's own words for the side, kept beside the ACLED-style name",
          codebook=GENERIC + " (the ACLED notes describe the actor in the source's words)",
          examples=[("Suspected Islamist gunmen shot dead five people in Kano on Tuesday.",
                     "Suspected Islamist gunmen")])
