"""How a full news article about a police action is read, declared in the rulebook: a riot told only in
the state's disputed account, arrests of the crowd at a demonstration, serious injuries at a dispersal,
and police deeds of an earlier year (the deciding code is ``extract/police_readings.py``).

ACLED Codebook (2023), Protests: a "Protest with intervention" is a peaceful protest during which there is
an attempt to disperse or suppress it without serious/lethal injuries being reported; "Excessive force
against protesters" is peaceful demonstrators experiencing violence leading to serious/lethal injuries.
Riots: demonstrators who engage in disruptive acts (rock throwing, property destruction).  Introduction:
ACLED codes events reported to have taken place.
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

_PYRAMID = ("ACLED Codebook (2023), Introduction and Event Definitions: an event is a single occurrence at a "
            "specific date and location, coded from the report that tells it; news-writing convention "
            "(inverted pyramid): the lead reports the news, what a court, an inquiry or a payment is about is "
            "recalled")

DISPUTED_STATE_CLAIM = fact_rule(
    id="riots.disputed_state_claim", decides="sub_event_type", value="(no riot)",
    codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who engage in violence or destructive acts; "
             "ACLED Codebook (2023), Introduction: events reported to have taken place are coded; a riot word "
             "told only in the police's or the authorities' account (\"police said the crowd threw stones\") that "
             "the article disputes (a denial, \"not a single stone was thrown\", a crowd that stayed peaceful) is "
             "the state's claim, not a reported act of the crowd",
    examples=[("Nurses marched to the health ministry in Lusaka on Monday and police fired tear gas at them.\n\n"
               "A police spokesman said officers acted after nurses hurled rocks at them. The nurses' union "
               "denied this, saying its members only sang.", "Protest with intervention")])

DISPUTED_STATE_ACCOUNT = fact_rule(
    id="violence_against_civilians.attack.disputed_state_account", decides="sub_event_type", value="Attack",
    codebook=cb.ATTACK + "; ACLED Codebook (2023), Introduction and Event Definitions: an event is a single "
             "occurrence, and later mentions join the event they refer to; a killing by the forces that the "
             "article tells in its own voice and that the police's account retells as a fight (\"police said he "
             "attacked officers, who fired in self-defence\", \"he was killed when they returned fire\") is one "
             "event; when the article says the victim was unarmed, the account's fight words are the state's "
             "claim, not a second event nor an armed clash",
    examples=[("A welder was shot dead by police in Ndola on Monday night, and his neighbours say he was unarmed."
               "\n\nA police statement claimed the welder had attacked officers with an axe and that they fired "
               "in self-defence.", "Attack")])

ARRESTS_OF_THE_CROWD = fact_rule(
    id="protests.intervention.arrests_of_the_crowd", decides="sub_event_type", value="Protest with intervention",
    codebook=cb.PROTEST_INTERVENTION + ": a peaceful protest during which there is an attempt to disperse or "
             "suppress it, arrests among the means; an arrest the forces made on the same day and at the same "
             "place as a demonstration the article reports (\"… and detained 12 of them\", \"police arrested 14 "
             "people after campaigners sat down across the bridge\") is that intervention, one event, not an "
             "Arrests event of its own (an arrest the crowd protests against, or one made for an earlier protest, "
             "stays an arrest)",
    examples=[("Police arrested 20 people in Valletta on Monday after students sat down across the main road to "
               "the harbour.\n\nThe students held banners calling for cheaper housing.",
               "Protest with intervention"),
              ("Police arrest 30 at Lusaka march over fuel prices\n\nLUSAKA, Zambia — Police arrested 30 people on "
               "Wednesday as they tried to march to parliament in Lusaka to protest fuel prices, the organisers "
               "said.\n\nSeveral hundred people had gathered at the main bus station carrying placards. When they "
               "set off, officers blocked the road.\n\n\"We only sang,\" said a vendor who was among those detained "
               "and was freed on bail in the evening.\n\nThe police said the march had no permit.",
               "Protest with intervention")])

SERIOUS_INJURY = fact_rule(
    id="protests.excessive_force.serious_injury", decides="sub_event_type",
    value="Excessive force against protesters",
    codebook=cb.EXCESSIVE_FORCE + ": peaceful demonstrators who experience violence leading to serious or lethal "
             "injuries; " + cb.PROTEST_INTERVENTION + " is a dispersal without serious/lethal injuries, so a "
             "dispersal that left a protester blinded, critically injured or in a coma is excessive force, the "
             "forces its first side",
    examples=[("Police fired rubber bullets at farmers marching in Tirana on Monday, leaving one farmer blind in "
               "one eye.", "Excessive force against protesters"),
              ("A nurse lost the sight of one eye when riot police fired tear gas at a march of health workers in "
               "Quito on Monday.", "Excessive force against protesters")])

BLOCKADE_OF_BODIES = fact_rule(
    id="protests.blockade_of_bodies", decides="sub_event_type", value="(no riot)",
    codebook=cb.PEACEFUL_PROTEST + ": demonstrators who gather without engaging in violence or other rioting "
             "behaviour; " + cb.VIOLENT_DEMONSTRATION + " is demonstrators who engage in violence or destructive "
             "acts; a road a crowd blocks by sitting, lying or standing on it (\"sat on the road\", \"linked arms "
             "across the highway\"), with no barricade, fire or stones, is blocked by their bodies: a "
             "demonstration, not a riot",
    examples=[("Nurses blocked the main road to the hospital in Blantyre on Monday to demand overdue pay.\n\n"
               "They sat on the tarmac for two hours before police dispersed them with batons.",
               "Protest with intervention"),
              ("Retired miners blocked the highway outside Oruro on Tuesday, sitting across both lanes with "
               "their banners.", "Peaceful protest")])

# id -> (value, the definition it implements, examples of our own)
DECLARED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "salience.police_deed_of_earlier_year": (
        "historical",
        _PYRAMID + "; a killing, shooting or beating by or of the police or soldiers whose own phrase names an "
        "earlier year or month than the story's (\"before officers shot dead a man in Bristol in 2023\", \"the "
        "family of a rider shot dead by an officer in 2021\", \"police killed 700 people last year\", \"the "
        "funeral of a sergeant shot dead in an ambush last month\") is what an inquiry, a ruling, a payment, a "
        "funeral or a yearly count is about, not an occurrence the story reports",
        ("Watchdog faults police over Cork shooting\n\nCORK, March 14 (Wire) - Police ignored their own rules "
         "before officers shot dead a fisherman in Cork in 2022, a watchdog found on Wednesday.\n\nThe force "
         "said it accepted the findings.",)),
}

for _id, (_value, _codebook, _examples) in DECLARED.items():
    fact_rule(id=_id, decides="modality", value=_value, codebook=_codebook,
              examples=[(text, _value) for text in _examples])
