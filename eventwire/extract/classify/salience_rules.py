"""The news-salience rules, declared in the rulebook: which mentions of an article are its news and
which it only recalls, figures of speech or business news (the deciding code is ``extract/salience.py``).

ACLED codes an event from the report that tells it (Codebook 2023, "Introduction" and "Event
Definitions": an event is a single occurrence at a specific date and location; commemorations,
reactions, trials and announcements are not the event).  A recalled event gets a non-asserted
modality (``historical``, ``future``), shown with ``--all-modalities``; a word that names no
political violence, protest or conflict development at all ("a takeover battle", "a time bomb for
investors") makes no event: its value is ``dropped``.
"""
from __future__ import annotations

from .engine import fact_rule

NOT_AN_EVENT = "dropped"
_SCOPE = ("ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence of "
          "political violence, demonstration or a conflict development at a specific date and location, "
          "coded from the report that tells it")
_STRATEGIC = ("ACLED guide to Strategic developments and Codebook (2023), Strategic developments (p. 19): "
              "contextually important developments involving political and conflict actors that may shape "
              "later political violence or protest")
_BACKGROUND = _SCOPE + "; news writing (inverted pyramid): the lead reports the news, later paragraphs recall background"

# id -> (value, the definition it implements, examples of our own)
DECLARED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "salience.recalled_by_reaction": (
        "historical",
        _SCOPE + "; an event named with a definite article as the object of a reaction or a reference "
        "(condemned, mourned, investigated, a trial, a hearing, the men accused in it, a reward, an "
        "anniversary) is recalled, not reported: the article's news is the reaction; a headline, which drops its "
        "articles by news convention, names the known event without one (\"Hearing for officers accused in "
        "Kisii shooting adjourned\")",
        ("Foreign ministers meeting in Oslo on Thursday mourned the victims of the bombing of the embassies.",
         "The minister paid tribute on Tuesday in Nairobi to the guards and bombing survivors at the mission.")),
    "salience.victims_recalled": (
        "historical",
        _SCOPE + "; the deed that befell the people whose families, relatives or survivors are the news (\"families "
        "of the miners shot dead in 2012 told a news conference\"), dated in a year before the report, is "
        "recalled: the article's news is what the relatives do",
        ("KAMPALA, March 14 (Wire) - Relatives of the nine men killed when soldiers opened fire on a market in "
         "Kaliro in 2016 met the justice minister on Thursday.\n\nThe minister promised a new inquiry.",)),
    "salience.speaker_identified_by_loss": (
        "historical",
        _SCOPE + "; a deed told to say who a speaker is (\"said Ana Quispe, whose brother was killed\", \"said a "
        "father whose son was killed\", \"said the mother of a man who was shot\") identifies "
        "the speaker, it does not report an event: the deed is recalled",
        ("Thousands of farmers have joined the vigil for land reform in the capital this month.\n\n\"We want "
         "justice, nothing more,\" said Rose Atieno, whose son was killed.",
         "The council in Mzuzu voted on Monday to fund a memorial.\n\n\"It is a start,\" said the father of a "
         "student who was shot that night.",
         "The council in Kasese voted on Monday to rename a street after the victims.\n\n\"It is something,\" said "
         "a mother whose son was shot.")),
    "salience.summary_of_recent_days": (
        "historical",
        _BACKGROUND + "; a sentence that sums up the days or weeks before (\"protests spread to other towns in "
        "recent days\") tells no single event of its own when the article reports a dated one",
        ("Police fired tear gas at marchers in Nairobi on Tuesday. Protests have spread to Mombasa and Kisumu "
         "in recent days.",)),
    "salience.judicial_finding": (
        "historical",
        _SCOPE + "; what a court, a prosecutor or an indictment finds or alleges tells the past deeds on "
        "trial, not news of violence: the news is the proceeding; so does what an inquiry, a commission or a "
        "watchdog's report found or concluded, unless the sentence names the deed's own day",
        ("The tribunal in The Hague ruled that troops under his command had shelled the town of Zepa.",
         "Inquiry faults Kisumu police\n\nKISUMU, May 14 (Wire) - An inquiry on Tuesday faulted police over a "
         "2021 shooting.\n\nIts report found that officers fired tear gas and live rounds at a crowd without "
         "warning.")),
    "salience.business_news": (
        NOT_AN_EVENT,
        _SCOPE + "; markets, companies and their deals are not political violence, protest or a strategic "
        "development of a conflict: a trigger word in a sentence about shares, prices or firms with no one "
        "harmed makes no event",
        ("Speculators, wagering on a clash between Renault and Fiat, lifted Volvo's share price "
         "four pence on Tuesday.",)),
    "salience.armed_sides_fight_in_earnest": (
        "asserted",
        "ACLED Codebook (2023), Battles: Armed clash (p. 12): armed, organised groups that engage in a battle, "
        "with no change of territory; a fight over control of an area is such a battle, not a figure of "
        "speech, when a side named is an armed group or force",
        ("ELN guerrillas and FARC dissidents fought for control of a river port near Saravena on Monday.",
         "SDF units and SNA factions fought for control of a village near Manbij on Tuesday.")),
    "salience.figurative": (
        NOT_AN_EVENT,
        _SCOPE + "; a violent word used as a figure of speech (a battle in court or for custody, a fight "
        "against inflation, a time bomb, to demonstrate one's support, a battle for votes or seats, a clash over a "
        "budget or a law, an attack on a government's handling of prices) names no violence or protest, nor does "
        "an arrest that is a heart's (\"cardiac arrest\") or a trend's halt (\"arrest the slide\")",
        ("The two families battle in the high court on Tuesday for custody of the girl.",
         "He spent Monday demonstrating his backing among party members in Ohio.",
         "Prison officials said on Monday that the detainee had died of cardiac arrest in his cell.",
         "The education minister said on Friday that the reforms had arrested the slide in school "
         "attendance in Lusaka.",
         "Rival parties clashed over the new budget in Lusaka on Tuesday, the speaker said.",
         "The opposition leader attacked the government over fuel prices in Lusaka on Tuesday.",
         "Candidates battled for votes in Lusaka on Tuesday, the last day of the campaign.")),
    "salience.abstention_not_gathering": (
        NOT_AN_EVENT,
        "ACLED Codebook (2023), Protests: a demonstration is a public, in-person gathering of at least three "
        "people; ACLED codes the occurrence of events, not the absence of action, so a boycott of a vote, a "
        "ceremony or talks, or a walkout from a session, by a party or its lawmakers, is no demonstration",
        ("Opposition lawmakers walked out of the national assembly in Lusaka on Tuesday before the vote on the "
         "budget.",
         "The ruling party's rivals boycotted the swearing-in ceremony in Lome on Wednesday.")),
    "salience.no_political_actor": (
        NOT_AN_EVENT,
        _STRATEGIC + "; an event needs an actor of the kinds ACLED codes (ACLED Codebook (2023), Actor Names, "
        "Types, and 'Inter' Codes: state forces and institutions, rebels, militias, parties, external forces): "
        "an offer, a visit, a warning or a suspension told in everyday words whose sentence names nobody (no "
        "side, no political or conflict actor, no name of a person, place, people or body) has no actor",
        ("The neighbours welcomed the move on Monday.",
         "\"I plan to quit after the summer,\" she said on a radio phone-in on Monday.")),
    "salience.development_without_conflict_context": (
        NOT_AN_EVENT,
        _STRATEGIC + "; a development is contextually important for the conflict or disorder it belongs to: "
        "a promise, a meeting, a ruling or an accession read from a story that names no violence, force, "
        "armed actor or crowd anywhere is politics or diplomacy, not a development of a conflict (a lone "
        "sentence gives no such context and is read as it stands)",
        ("The governor pledged on Friday to hold a vote on a new state flag next spring, after a citizens' "
         "assembly in Hobart backed the idea by a wide margin. The assembly had met on six weekends since "
         "January to hear from historians, designers and schoolchildren. Its members were picked by lot from "
         "the electoral roll, and most had never taken part in public life before. The last change to the flag "
         "was made more than eighty years ago, and the old design will stay on public buildings until the "
         "vote, a spokeswoman said.",)),
    "salience.quoted_characterisation": (
        "hypothetical",
        _SCOPE + "; a word of violence inside a speaker's quotation in the first person that tells no deed of its own (no one "
        "killed or hurt, no figure, no day) is the speaker's characterisation or opinion, reported speech, "
        "not an event the report tells",
        ("The grandmother spoke to reporters in Cardenas on Monday.\n\n\"We see his kidnapping as a crime "
         "against a family,\" she said.",)),
    "salience.crowd_allegation": (
        "historical",
        _SCOPE + "; what a protesting crowd says had happened (\"marchers said girls had been kidnapped\") is "
        "the grievance it voices, an allegation reported in speech, not an event the report tells",
        ("Marchers in Lima on Wednesday said girls had been kidnapped in the region.",)),
    "salience.generic_statement": (
        NOT_AN_EVENT,
        _SCOPE + "; a kind of deed spoken of in general (\"such attacks are unacceptable\", \"any attacks on "
        "aid workers\") names no occurrence, nor does a kind of deed counted over all time with the "
        "experiential perfect (\"few police killings have ever ended in a conviction\")",
        ("\"Such attacks on diplomats are unacceptable,\" the foreign minister told reporters in Oslo on Monday.",
         "Lawyers in Lusaka said on Monday that few police shootings in Zambia have ever reached a courtroom.")),
    "salience.past_frame": (
        "historical",
        _BACKGROUND + "; a sentence framed in a past period (\"Since 1985 …\"), or dated by a past named "
        "relative to the report (\"last month\") more than a month back in an article whose news is dated "
        "within that month, tells history",
        ("Rebels attacked a police post in Kidal on Tuesday. Last November a nurse was killed when a grenade "
         "exploded at a clinic in Gao.",)),
    "salience.sought_or_threatened": (
        "future",
        _SCOPE + "; an arrest sought (a warrant, a reward for information leading to it) or a strike "
        "threatened, feared or possible has not happened",
        ("A judge in Nakuru issued arrest warrants for two gang leaders on Monday.",)),
    "salience.banned_or_called_off": (
        "hypothetical",
        _SCOPE + "; a gathering or a strike that is banned, forbidden, cancelled, called off or postponed (\"police "
        "banned rallies\", \"organisers called off the march\") is one that was not held, or not yet: only "
        "events reported to have taken place are coded (\"a banned march\", one held in defiance of the ban, is "
        "coded)",
        ("Police in Mwanza on Monday banned all political rallies in the region until further notice.",
         "Organisers in Gulu cancelled the teachers' march after a meeting with the district commissioner on "
         "Monday.")),
    "salience.ongoing_backdrop": (
        "historical",
        _SCOPE + "; a clause that sets the news against a state of affairs that goes on (\"as fighting between the "
        "army and rebels continues\", \"as protests persist\") names a situation, not an occurrence at a date "
        "and a place",
        ("The number of displaced people in Ituri rose to two million, the agency said on Monday, as fighting "
         "between the army and militias continues in the province.",)),
    "salience.legal_proceeding": (
        "historical",
        _SCOPE + "; a deed named as the matter of a charge, a case, a trial, an investigation or sanctions (\"a "
        "charge of murder\", \"the murder case\", an arrest \"over the killing\", sanctions on commanders "
        "\"accusing them of killing civilians\") is the proceeding's subject, recalled or alleged, not an event "
        "reported (sanctions and legal steps are no ACLED event)",
        ("Prosecutors in Buffalo on Monday presented a murder case against the fugitive to a grand jury.",
         "Police in Quetta on Sunday detained three brothers over the killing of a teacher.",
         "The finance ministry in Ottawa on Tuesday imposed sanctions on four militia commanders in Juba, "
         "accusing them of killing villagers.")),
    "salience.protest_as_motive": (
        NOT_AN_EVENT,
        "ACLED Codebook (2023), Protests: a demonstration is a public, in-person gathering; \"in protest\" "
        "that gives the motive of an act of an office or an institution (a resignation, a withdrawal, a "
        "suspension, a recalled envoy, a refusal) names no gathering",
        ("The deputy health minister in Juba resigned on Tuesday in protest over cuts to the hospital budget.",
         "The regional cabinet in Garowe withdrew its recognition of the federal government on Tuesday in "
         "protest at the new constitution.")),
    "salience.year_of_the_deed": (
        "historical",
        _BACKGROUND + "; a deed named with an earlier year as its modifier (\"a 2013 air raid\", \"the 1979 "
        "hijacking\") is an event of that year the article recalls, not news of its own",
        ("The court in Leeds heard on Monday that the boy's uncle had died in a 2016 drone strike.",)),
    "salience.definite_reference_unreported": (
        "historical",
        _BACKGROUND + "; a definite description (\"the bombing\", \"the shooting\") with no date of its own "
        "presupposes an event the reader already knows, and so do the harmed named as people (\"families of "
        "the wounded\"); when the article reports no event of that kind itself, the mention recalls earlier news",
        ("The minister visited Nairobi on Monday.\n\nShe met families who lost relatives in the bombing.",)),
}

FIGURE_BESIDE_CROWD = fact_rule(
    id="salience.figure_beside_crowd", decides="sub_event_type", value="Peaceful protest",
    codebook="ACLED Codebook (2023), Riots: a demonstration is a riot when its participants engage in violence "
             "or destruction; a fight word used as a figure of a contest (\"rival parties battled for votes\", "
             "\"fought in court\") in the sentence of a rally or a march tells no violence of the crowd",
    examples=[("Rival parties battled for votes in Kitwe on Monday as hundreds of miners marched to the mine's "
               "offices to demand unpaid wages.", "Peaceful protest")])

for _id, (_value, _codebook, _examples) in DECLARED.items():
    fact_rule(id=_id, decides="modality", value=_value, codebook=_codebook,
              examples=[(text, _value) for text in _examples])
