"""The background rules of a full news article, declared in the rulebook: which mentions after the lead
recall another time (a date weeks or years before the story, a toll summed over a war or a period, a
habit or a trend) and whose casualty figures belong to no event the article reports.  The deciding
code is ``extract/news_background.py`` (modality) and ``extract/build.py`` (fatalities).

A news story is an inverted pyramid: the headline and the lead report the news; the later paragraphs
add reactions and background ("The insurgency has killed more than 35,000 people since 2009").  ACLED
codes an event from the report that tells it, as a single occurrence at a specific date and location
(Codebook 2023, Introduction and Event Definitions); a yearly total, the toll of a war, or a deed of
months ago that the story only recalls is no event of the story's.
"""
from __future__ import annotations

from .engine import fact_rule
from .salience_rules import NOT_AN_EVENT

_PYRAMID = ("ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a "
            "specific date and location, coded from the report that tells it; news-writing convention "
            "(inverted pyramid): the headline and the lead report the news, later paragraphs recall background")

# id -> (value, the definition it implements, examples of our own)
DECLARED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "salience.background_stale_date": (
        "historical",
        _PYRAMID + "; a mention after the lead of a news story dated by a month, a season or a year that lies more "
        "than a month before the story's (\"in January\" in a March story, \"last July\", \"in 2023\" in a 2024 "
        "story) recalls another time than the news (a day, \"on 10 October\", dates an occurrence and is coded "
        "as told)",
        ("Gunmen kill two traders in Kidal market\n\nKIDAL, March 14 (Wire) - Gunmen shot dead two traders at a "
         "market in Kidal on Tuesday, a local official said.\n\n\"We closed our shops at once,\" said a "
         "cloth seller.\n\nIn January, a grenade exploded at a checkpoint near Gao, killing a soldier.",)),
    "salience.background_aggregate": (
        "historical",
        _PYRAMID + "; a sentence after the lead that sums harm over a war, a campaign or a period (\"the "
        "two-year war killed …\", \"the 1992-95 war killed …\", \"clashes that began in May have killed …\", "
        "\"in the first quarter\", \"over the past two winters\", \"during the drug war\"), states a habit (\"every few weeks\") or a "
        "trend (\"kidnappings have spread\") tells no single occurrence",
        ("Parliament in Juba approves new budget\n\nJUBA, March 14 (Wire) - Lawmakers in Juba on Wednesday "
         "approved a budget that doubles spending on health, the speaker said.\n\nThe five-year civil war "
         "killed about 400,000 people before a peace deal was signed.",
         "Ministers meet donors in Port Moresby\n\nPORT MORESBY, March 14 (Wire) - Ministers met donors in "
         "Port Moresby on Wednesday to discuss road building, officials said.\n\nTribal fighting in the "
         "highlands has killed more than 150 people in the first quarter of the year, police say.")),
    "salience.background_year_total": (
        "historical",
        _PYRAMID + "; a deed of a news story dated only by a whole calendar year before the story's (\"killed "
        "more than 900 civilians in 2023\" in a 2024 story) is that year's total or a recollection, not a single "
        "occurrence",
        ("Monitors count record deaths in Sahel\n\nDAKAR, March 14 (Wire) - Jihadist groups killed more than 900 "
         "civilians in Niger in 2023, a monitoring group said in a report on Wednesday.\n\nThe report counted "
         "attacks on markets, mosques and convoys.",)),
    "salience.years_since": (
        "historical",
        _PYRAMID + "; a deed told as the start of a span of years or months that has lasted since (\"to mark "
        "eight years since troops drove the rebels out\", \"two decades after the army shelled the town\") is "
        "the past event an anniversary or a retrospective recalls",
        ("Jaffna marks end of siege\n\nJAFFNA, March 14 (Wire) - Hundreds of people gathered in Jaffna on "
         "Wednesday to mark ten years since rebels shelled the town's main market, organisers said.\n\nThe "
         "mayor laid a wreath at the market gate.",
         "Bill on police chases debated\n\nLYON, March 14 (Wire) - Deputies debated on Wednesday a bill on police "
         "chases, four years after a rider's death in Vaulx-en-Velin set off riots in the suburbs.\n\n"
         "The vote is due next week.",)),
    "salience.background_kind_not_in_lead": (
        "historical",
        _PYRAMID + "; background is told in the past perfect, in the words of a speaker or as an allegation: a "
        "deed after the lead, of a kind (violence, a demonstration, an arrest) the headline and the lead report "
        "nothing of, in the past perfect (\"officers had been attacked\"), inside a quotation or as what someone "
        "says or alleges (\"saying\", \"accusing them of\"), with no day of its own in the news, is the "
        "background or the reactions of a story whose news is something else (in a story of hard-news length, up to "
        "800 words: a longer feature tells its news where its narrative puts it); ACLED codes an event from a "
        "report of it happening, not from recollection or allegation",
        ("Court in Bujumbura frees two teachers\n\nBUJUMBURA, March 14 (Wire) - A court in Bujumbura on "
         "Wednesday freed two teachers held for a month on charges of insulting the president, their lawyer "
         "said.\n\nA justice ministry statement said the teachers had taken part in an unauthorised "
         "march.",
         "Mining firm wins licence in Kolwezi\n\nKOLWEZI, March 14 (Wire) - A mining company won a licence to "
         "dig for cobalt near Kolwezi on Wednesday, the mines ministry said.\n\n\"They shot at the houses of the "
         "diggers and burned the fields,\" said a farmer who lost his land to the concession.")),
    "salience.background_undated_other_kind": (
        "historical",
        _PYRAMID + "; a new occurrence a story adds below a lead about something else is anchored to its day "
        "(\"On Sunday, a roadside bomb hit a minibus\"): a deed after the lead, of a kind the headline and the lead "
        "report nothing of, with no date told in its paragraph (\"attacks by armed gangs have kept farmers from "
        "their fields\", \"the civil war killed half a million people\", \"the group has fought the government "
        "for years\") is the context of a story whose news is something else (in a story of hard-news length)",
        ("Juba lawmakers approve fuel subsidy\n\nJUBA, March 14 (Wire) - Lawmakers in Juba approved a fuel "
         "subsidy on Wednesday, the speaker said.\n\nCattle raids by armed youths have emptied villages along "
         "the river, driving up the price of meat.",
         "Donors meet in Bangui over school funds\n\nBANGUI, March 14 (Wire) - Donors met ministers in Bangui on "
         "Wednesday to discuss money for schools, officials said.\n\nThe rebels have fought the government "
         "for a decade and hold much of the north.")),
    "salience.period_total": (
        "historical",
        "ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a specific "
        "date and location; a toll or a count a report sums over a span of months (\"between January and "
        "March\", \"from May to August\") in a news story is the period's total, not one occurrence",
        ("Monitors count Darfur deaths\n\nNYALA, March 12 (Wire) - At least 300 people were killed in South Darfur "
         "between November and February, a monitoring group said on Tuesday.\n\nThe group urged both sides to "
         "protect markets.",)),
    "salience.report_tally": (
        "historical",
        "ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a specific "
        "date and location; a count that a periodic report or a set of figures sums (\"officers killed 14 "
        "suspects over the period\", \"during the year\", \"the number of officers killed rose\", \"questioned "
        "the number of suspects killed\") is a tally of many occurrences, not one",
        ("Police give Kumasi crime figures\n\nKUMASI, April 9 (Wire) - Reported robberies in Kumasi fell in the "
         "first quarter, police said on Tuesday, and officers shot dead six robbery suspects over the period."
         "\n\nThe number of officers wounded on duty also fell, the figures showed.",)),
    "salience.deed_owned_by_earlier_time": (
        "historical",
        "ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a specific "
        "date and location; news-writing convention: a deed named by the earlier week, month or year it belongs "
        "to (\"last month's mob attack\") or dated by the words right after it to an earlier month or year "
        "(\"an activist who was arrested last October\") is that time's occurrence, recalled as the "
        "background of the story's news, not a second event of it",
        ("Shops of two Multan men razed\n\nMULTAN, May 6 (Wire) - Authorities on Monday tore down the shops "
         "of two men in Multan, officials said.\n\nBoth men are in custody over last month's mob attack on a bus "
         "station.",
         "Court frees Gulu activist on bail\n\nGULU, May 6 (Wire) - A court in Gulu on Monday freed on bail a "
         "land rights activist who was arrested last October, his lawyer said.\n\nHe denies the charges.")),
    "salience.named_cause_of_earlier_time": (
        "historical",
        "ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a specific "
        "date and location, and later mentions join the event they refer to; news-writing convention: a deed "
        "named as the cause of the story's news (\"after a drone attack on a market last month\", \"in "
        "retaliation for last week's bombing\") and dated to an earlier week or month is the occurrence the news "
        "answers, recalled, not a second event of the story",
        ("Niger extends curfew in Tillaberi\n\nNIAMEY, July 9 (Wire) - Niger on Tuesday extended a curfew in "
         "Tillaberi region, citing the safety of civilians after an ambush on a convoy near Ayorou last month."
         "\n\nMotorcycles remain banned at night.",)),
    "salience.generic_subject": (
        NOT_AN_EVENT,
        _PYRAMID + "; a deed named as a kind, a bare noun that is the subject of a statement about it "
        "(\"Kidnapping is a crime\", \"Violence is never the answer\"), tells no occurrence",
        ("Bishops meet in Cucuta\n\nCUCUTA, March 14 (Wire) - Catholic bishops met in Cucuta on Wednesday "
         "to discuss migration, a church spokesman said.\n\n\"Kidnapping is a crime against every family,\" "
         "the bishop of Cucuta told reporters.",)),
}

for _id, (_value, _codebook, _examples) in DECLARED.items():
    fact_rule(id=_id, decides="modality", value=_value, codebook=_codebook,
              examples=[(text, _value) for text in _examples])

RECALLED_SENTENCE = "fatalities.exclude.recalled_sentence"
fact_rule(
    id=RECALLED_SENTENCE, decides="fatalities",
    value="the casualty figures of a sentence whose only mentions of violence are recalled (background, a "
          "past date, a toll over a period) are not lent to the article's other events",
    codebook=_PYRAMID + "; ACLED Codebook (2023), Fatalities: the fatalities of an event are those the reports "
             "of that event give",
    examples=[("Soldiers shoot dead a driver at Sittwe checkpoint\n\nSITTWE, March 14 (Wire) - Soldiers shot "
               "dead a driver at a checkpoint in Sittwe on Tuesday, residents said.\n\nA rights group says more "
               "than 3,000 civilians have been killed by the security forces since then.", "1")])
