"""Place rules about which country a story's evidence points to: an armed group that acts in several
countries is no evidence of where its event happened (``resolve/cross_border.py``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule
from .codebook import SPATIAL

_CROSS_BORDER = ("ACLED codebook, event geography: every event is recorded in the country where it "
                 "happened, as the report gives it; transnational armed groups are coded in each country "
                 "they act in (al-Shabaab events in Kenya as well as Somalia, Boko Haram in Niger, Chad and "
                 "Cameroon). ACLED codebook, geo_precision 3: the event is coded to the capital of the "
                 "region or country the source names; a report that names no place of the event gives no "
                 "country whose capital could stand for it.")

CROSS_BORDER_GROUP = fact_rule(
    id="places.cross_border_group", decides="location",
    value="no vote for the home country of a group that acts in several countries "
          "(data/cross_border_groups.tsv); the event's place from the report's own places, else none",
    codebook=_CROSS_BORDER,
    examples=[("Al-Shabaab gunmen shot dead two teachers in Kutulo on Sunday night.", "Kutulo (2)"),
              ("Suspected Boko Haram fighters torched a market in Bosso on Friday, residents said.",
               "Bosso (1)")])


_NAMESAKE = ("GeoNames: one name may denote several features, and a reader resolves it by the other "
             "places and wording of the same report. ACLED codebook, event geography: the location is "
             "where the event happened as the report gives it, in the country the report is about. A town "
             "too small to be known abroad by its name alone is not read in a country nothing else in the "
             "report speaks of.")

OBSCURE_NAMESAKE = fact_rule(
    id="places.obscure_namesake", decides="location",
    value="not a small same-name town abroad that only its own name points to: the name in the story's "
          "country, else the story's other places",
    codebook=_NAMESAKE,
    examples=[("Insurgents attacked a checkpoint in Qaisar district of Fariyab on Friday, killing two "
               "policemen.", "Qaisar (2)")])


_LEAD = ("News-writing convention, the inverted pyramid and the summary lead: a hard-news story puts "
         "its most important facts first, and its headline and first paragraph (after an agency "
         "dateline) say what happened and where; the later paragraphs add background, reactions and "
         "comparisons that often name other countries. ACLED codebook, event geography: the event is "
         "recorded in the country where it happened, as the report gives it.")

LEAD_STORY_COUNTRY = fact_rule(
    id="places.lead_story_country", decides="location",
    value="the story's country weighed with the places of the headline and the lead counted twice, "
          "at its capital, precision 3, when a body follows the lead",
    codebook=_LEAD,
    examples=[("Radio presenter abducted in Ghana\n\nUnknown men abducted a radio presenter on Monday "
               "night as he left the studio, his colleagues said.\n\nThe presenter had trained in Lome "
               "with Togolese colleagues, they added.", "Accra (3)"),
              ("Shopkeepers beaten in Malawi\n\nMasked men beat two shopkeepers and looted their stalls on "
               "Saturday evening, a trader told reporters.\n\nBoth men had come from Mwanza in Tanzania a "
               "year ago, the trader said.", "Lilongwe (3)")])

_UNREAD = (SPATIAL + ": geo_precision 3 when only a larger region or the country is known, coded to its "
           "capital. ACLED codebook, event geography: every event is recorded with the country where it "
           "happened, read from the whole report. An area's name in an office's or a body's title (a county "
           "executive, a constituency's member of parliament) names the area that office serves, so the "
           "report is about that area's country even when the event's own place is not given.")

UNREAD_AREA_NAME = fact_rule(
    id="places.unread_area_name", decides="location",
    value="the country of a province's, county's or district's name the text uses inside another name (an office, "
          "a body) and not as a place, as a vote for the story's country: at its capital, precision 3, "
          "when nothing names the event's own place",
    codebook=_UNREAD,
    examples=[("Unknown gunmen shot dead a Homa Bay CEC member on Friday evening.", "Nairobi (3)")])

ALL = (CROSS_BORDER_GROUP, OBSCURE_NAMESAKE, LEAD_STORY_COUNTRY, UNREAD_AREA_NAME)
