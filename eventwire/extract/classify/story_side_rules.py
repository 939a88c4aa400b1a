"""The place rules that keep an article's outlet and onlookers out of its story's country: a place in
a newspaper's title is where the paper is published (``places.outlet_title``); a state that speaks
or receives someone is not where the story happens (``places.reacting_state``).  The deciding code is
``resolve/onlookers.py``; each decision adds its rule id to the event's ``rules`` and
``decided_by["location"]``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

OUTLET_TITLE = fact_rule(
    id="places.outlet_title", decides="location",
    value="no place and no vote for the story's country: a place's name that opens a newspaper's title "
          "(\"The Washington Post\", \"the Lagos Herald\")",
    codebook=("ACLED codebook, event geography: the location is where the event happened, not where it "
              "was reported; sources are recorded apart from the event (the 'source' column). News-writing "
              "convention: a newspaper's title (its masthead) names the city or country it is published "
              "in, whatever its story is about."),
    examples=[("Security agents detained two bloggers in Mali on Friday, the Washington Post reported.",
               "Bamako (3)"),
              ("Masked men beat a union leader outside his home in Juba on Monday, the Denver Post "
               "reported.", "Juba (1)")])

REACTING_STATE = fact_rule(
    id="places.reacting_state", decides="location",
    value="no place and a reference's vote only for the story's country: a country's name, or a large "
          "capital's, that speaks for its state (\"the US government\", \"US officials\", \"Washington "
          "said\") or is where someone is sent (\"extradited to the US\")",
    codebook=("ACLED codebook, event geography: an event is coded where it happened; statements, "
              "condemnations and diplomatic reactions by other states are not events of the country that "
              "reacts, and the reacting state is not a side of the event unless it takes part. News-writing "
              "convention: a capital's name stands for its government (\"Washington said\", metonymy); the "
              "dateline names where the story was filed (AP Stylebook, datelines), so a dateline town "
              "whose country the story names again only as a state that speaks is not the story's place."),
    examples=[("Washington said on Tuesday that gunmen had kidnapped two aid workers in Mali.", "Bamako (3)"),
              ("Soldiers beat a reporter in Bamako on Monday, US officials said.", "Bamako (1)"),
              # a dateline town abroad whose country the story names again only as a state that speaks
              # is where the story was filed (places.dateline_town_elsewhere)
              ("WASHINGTON (Wire) - Gunmen abducted two aid workers on Monday, the US State Department "
               "said. Malian officials said the pair were seized near their compound, and the US embassy in "
               "Bamako urged their release.", "Bamako (1)")])

STORY_SIDE_RULES = (OUTLET_TITLE, REACTING_STATE)
