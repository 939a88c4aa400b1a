"""Rules about the country a full news article is about and about where its events happen when their
own sentence places them nowhere: the country the article names most, and the earlier place of the
story's own country.  The deciding code is ``pipeline._story_country`` and ``extract/build.py``
(``StoryPlaces.earlier``); each decision adds its rule id to the event's ``rules``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_FOCUS = ("Geoparsing convention, a document's focus: the country a news article is about is the one "
          "its places name most often (the \"focus\" countries of the CLIFF-CLAVIN geoparser, D'Ignazio "
          "et al., 2014, are ranked by the count of their place mentions); a full article names other "
          "countries in its background, quotes and comparisons a few times each. ACLED codebook, event "
          "geography: the event is recorded in the country where it happened, as the report gives it. "
          "News-writing convention (AP Stylebook, \"datelines\"): the dateline names the city the reporter "
          "files from; a reporter filing from the country the story names most reports that country's news.")

MOST_NAMED = fact_rule(
    id="places.story_country_most_named", decides="location",
    value="in an article with a body after its lead, the country whose places it names at least three "
          "times and a third more often than any other's (or merely more often, when its dateline's town "
          "lies there) is the story's country, over the weighed evidence of its headline and lead; the "
          "dateline's town and a place news was only told at are not counted, and each use of a nation's "
          "name for its people or institutions counts with its country's places",
    codebook=_FOCUS,
    examples=[("Reporter beaten after trip to Lome and Kara\n\nA radio reporter was beaten by police "
               "officers on Friday night, his station said.\n\nGhana's media council condemned the "
               "beating. Ghana's police chief said officers would be questioned.\n\nThe reporter works for "
               "a station in Accra, Ghana. Rights groups in Ghana called for an inquiry.", "Accra (1)")])

_EARLIER = ("News-writing convention: a story tells where its news happened in the lead and names "
            "other countries only for background, origin or reactions (\"who had returned from Turkey\", "
            "\"told the UN in Geneva\"). ACLED codebook, event geography: the event is recorded where it "
            "happened; an event a sentence tells without its own place is placed where the story is.")

EARLIER_IN_STORY_COUNTRY = fact_rule(
    id="places.earlier_sentence_story_country", decides="location",
    value="an event whose sentence names no place of its own, in a full article about one country, is "
          "placed at the nearest earlier place of its paragraph in that country (else of the lead, else "
          "the country), not at a place abroad the paragraph names as background",
    codebook=_EARLIER,
    examples=[("Editor beaten in Harare\n\nAn editor was beaten by men in plain clothes in Harare on "
               "Friday night, his newspaper said.\n\nThe editor had just returned from Kampala, where he "
               "attended a media conference. Police arrested two suspects on Sunday, a spokesman said.\n\n"
               "Zimbabwe's journalists' union condemned the attack.", "Harare (1)")])

_FEED = ("ACLED codebook, event geography: every event is recorded with the country where it happened, "
         "at its capital with geo_precision 3 when no smaller place is known; ACLED's coders code each "
         "country's sources in that country's file, so a note that names only a village, or no place, is "
         "read in the country of the file being coded. Geoparsing convention, a document's focus: the "
         "CLIFF-CLAVIN geoparser (D'Ignazio et al., 2014) returns the countries a text is \"about\" and "
         "resolves its ambiguous names there. A feed's country is the focus of a whole collection: the "
         "user states it, or one country holds at least nine in ten of the feed's events placed by their "
         "own text (at least 30 such events); a single article or a mixed collection has none.")

FEED_COUNTRY = fact_rule(
    id="places.feed_country", decides="location",
    value="an event of an article whose own text names no country (no dateline, country, area, town known "
          "abroad, people's name or side bound to one country) is read in the feed's country: its names are "
          "looked for there first, and an event still without a place is coded at that country's capital, "
          "precision 3; the text's evidence for another country always wins",
    codebook=_FEED,
    examples=[("feed MWI ||| Villagers at Kachere trading centre beat a suspected goat thief to death on Monday.",
               "Lilongwe (3)"),
              ("feed MWI ||| A nurse was attacked by relatives of a patient who died on Sunday.", "Lilongwe (3)")])

ALL = (MOST_NAMED, EARLIER_IN_STORY_COUNTRY, FEED_COUNTRY)
