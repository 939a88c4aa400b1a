"""The article rules: how a full news article's structure (dateline, lead, the country the story is
about) bears on the events coded from it.  The deciding code is ``extract/salience.py``
(``rank_events``) and ``extract/build.py`` (``Coder.event_place``); each decision adds its rule id to
the event's ``rules``.

A news story is written as an inverted pyramid: the headline and the lead report the news, and the
later paragraphs add reactions, arrests, court steps, statements and background.  ACLED codes an
event where and when it happened, not where it was reported (ACLED Knowledge Base, "How are events
disaggregated": "location (where the event happened)"), and the dateline only says where the reporter
filed the story from (news-writing convention: the dateline gives the place of filing).

``confidence`` examples name the sub-event type of the event whose confidence the rule raises or lowers.
"""
from __future__ import annotations

from .engine import fact_rule

_WHERE = ("ACLED Knowledge Base, \"How are events disaggregated\" (2023): each event is disaggregated by its "
          "location, where the event happened; ACLED Codebook (2023), Event Geography (p. 35)")
_DATELINE = ("; news-writing convention (AP Stylebook, \"datelines\"): the dateline names the city the story "
             "was filed from, which is where the reporter is, not necessarily where the news happened")
_PYRAMID = ("News-writing convention (inverted pyramid): the headline and the lead paragraph report the "
            "news, later paragraphs add reactions, arrests, statements and background; ACLED Codebook (2023), "
            "Introduction: an event is coded from the report that tells it")

DATELINE_ELSEWHERE = fact_rule(
    id="places.dateline_town_elsewhere", decides="location",
    value="the story's own country (a town it names there, else its capital at precision 3) when the event "
          "would only be placed at a dateline town in another country, one the story names nowhere else; a "
          "dateline is a town in capitals before a dash or a colon (\"KAMPALA (Wire) -\"), a town before a "
          "date or a bracket and a dash (\"Nairobi, Kenya (Wire) —\"), or a town in mixed case before a colon "
          "that opens a full lead sentence (\"Washington: The State Department said …\")",
    codebook=_WHERE + _DATELINE,
    examples=[("KAMPALA (Wire) - Soldiers detained four student leaders on Monday after a rally against the "
               "army, a rights group said.\n\nThe four study law at a university in South Sudan, their "
               "families said.", "Juba (3)"),
              # a dateline in mixed case set off by a colon (``salience.dateline_place``)
              ("Washington: Soldiers detained four student leaders on Monday after a rally against the army, a "
               "rights group said in a statement.\n\nThe four study law at a university in South Sudan, their "
               "families said.", "Juba (3)")])

LEAD_EVENT = fact_rule(
    id="salience.rank.lead_event", decides="confidence",
    value="higher confidence for the violent or demonstration event told in the headline or the lead "
          "paragraph than for the events the later paragraphs tell (a follow-up the lead tells, an arrest or "
          "a statement, gets no such rank over the violence it follows)",
    codebook=_PYRAMID,
    examples=[("Gunmen shoot dead a land rights campaigner in Tumaco\n\nGunmen shot dead a land rights "
               "campaigner outside her home in Tumaco on Saturday, her family said.\n\nOn Monday police in "
               "Bogota arrested two brothers over the shooting, a spokesman said.",
               "Attack")])

OUTSIDE_STORY_COUNTRY = fact_rule(
    id="salience.rank.outside_story_country", decides="confidence",
    value="lower confidence for an event placed outside the country the article is about (a statement, "
          "a protest or an arrest abroad) than for the events inside it",
    codebook=_PYRAMID + "; " + _WHERE,
    examples=[("Villagers in Kayes, Segou and Mopti said soldiers had beaten a farmers' union leader in "
               "Kayes on Friday.\n\nOn Saturday police in Paris arrested six men outside the embassy of "
               "Mali, a spokesman said.", "Arrests")])
