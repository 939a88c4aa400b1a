"""Police actions in full news articles, declared in the rulebook: an arrest made at a demonstration is
the demonstration's intervention, not an arrest of its own (the deciding code is
``extract/police_actions.py``).

ACLED Codebook (2023), Protests: "Protest with intervention" is a peaceful protest during which there is
an attempt to disperse or suppress the protest (arrests among the means) without serious or lethal
injuries; "Arrests" (Strategic developments) are detentions that are not part of such an event.
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

ARRESTS_AT_PROTEST = fact_rule(
    id="protests.intervention.arrests_at_protest", decides="sub_event_type", value="Protest with intervention",
    codebook=cb.PROTEST_INTERVENTION + ": a peaceful protest during which there is an attempt to disperse or "
             "suppress it, arrests among the means; the arrests made at a demonstration (\"detained 30 students "
             "as they tried to march\", \"arrested 60 people at a banned rally\", \"as they cleared a protest "
             "camp\") are its intervention, not an Arrests event of their own",
    examples=[("State troopers arrested 41 people in Tallahassee on Friday as they cleared an encampment "
               "outside the state capitol.", "Protest with intervention")])

RAID_OF_ARREST = fact_rule(
    id="strategic.arrests.raid_of_arrest", decides="sub_event_type", value="Arrests",
    codebook=cb.ARRESTS + ": the detention of people by state forces; a raid or search by the forces that "
             "harms no one and ends in the arrests the article reports is that arrest operation, not an attack",
    examples=[("Police in Tunis arrested a blogger on Wednesday, his lawyer said.\n\nOfficers raided his flat "
               "before dawn and took away two laptops, the lawyer said.", "Arrests")])

LETHAL_INTERVENTION = fact_rule(
    id="protests.excessive_force.lethal_intervention", decides="sub_event_type",
    value="Excessive force against protesters",
    codebook=cb.EXCESSIVE_FORCE + ": peaceful demonstrators who meet violence leading to serious or lethal "
             "injuries; " + cb.PROTEST_INTERVENTION + " is a dispersal or suppression without serious or lethal "
             "injuries, so a protest met by force in which people died is excessive force, the forces its first "
             "side",
    examples=[("Riot police lobbed gas canisters at a march of nurses in Valparaiso on Monday; one nurse died after "
               "a canister struck her chest.", "Excessive force against protesters")])

FORCES_ACT = fact_rule(
    id="riots.doer_is_the_forces", decides="sub_event_type", value="(no riot)",
    codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who engage in violence or destructive acts; whether "
             "a crowd rioted is read from its own acts, so a blocked road, a barricade or a charge whose doer is "
             "the police, the soldiers or their vehicles is not the crowd's violence",
    examples=[("Students marched through Valparaiso on Monday as riot police blocked the streets around the "
               "congress.", "Peaceful protest")])

FORCES_BARRIER = fact_rule(
    id="riots.barricade_of_the_forces", decides="sub_event_type", value="(no riot)",
    codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who engage in violence or destructive acts; barricades "
             "a crowd builds or burns are its act, but the barricades it is stopped at, pushes past or that the "
             "police set up are the forces' barrier, not the crowd's violence",
    examples=[("Nurses marched on the health ministry in Lilongwe on Monday and were stopped at barricades on "
               "the main road.", "Peaceful protest")])

CHARGE_NOT_EVENT = fact_rule(
    id="strategic.arrests.charge_not_event", decides="sub_event_type", value="Arrests",
    codebook=cb.ARRESTS + ": the detention of people by state forces; the offence they are accused of (\"inciting "
             "unrest\", \"charged with rioting\") is the charge, not a demonstration or riot the article reports",
    examples=[("Police in Phnom Penh arrested four activists on Thursday, accusing them of plotting to incite "
               "unrest.", "Arrests")])

ARREST_OF_THE_HARMED = fact_rule(
    id="violence_against_civilians.attack.arrest_of_the_harmed", decides="sub_event_type", value="Attack",
    codebook=cb.ATTACK + ": violence by an armed group, the state's forces among them, on unarmed people, "
             "detainees beaten or killed by those who hold them included; ACLED Codebook (2023), Event "
             "aggregation: the arrest told in the same sentence as the harm done to the one arrested (\"died a "
             "day after he was arrested, and his family says officers beat him\") is the start of that one "
             "occurrence, coded as the attack, not as an Arrests event beside it",
    examples=[("A hawker died in hospital in Kitwe on Friday, a day after he was arrested at the market, and "
               "witnesses say officers beat him with batons.", "Attack")])

CUSTODY_BEATING = fact_rule(
    id="violence_against_civilians.attack.custody_beating_of_the_dead", decides="sub_event_type", value="Attack",
    codebook=cb.ATTACK + ": violence by the state's forces on unarmed people, detainees beaten or killed by those "
             "who hold them included; " + cb.AGGREGATION + ": a beating told of the detainee who then died in "
             "custody (\"he told me they had beaten him\", \"she said he had been beaten\"), its doer left unnamed "
             "and its victim named by a pronoun, is part of that death's one occurrence, not a second attack by an "
             "unidentified group",
    examples=[("Porter dies in Kasama police custody\n\nKASAMA, Zambia — A porter died in police custody in Kasama "
               "on Wednesday, a day after his arrest.\n\nPolice said the porter collapsed in the cells.\n\nHis wife "
               "said she visited him on Tuesday. \"He could not stand. He told me they had beaten him with a hose,\" "
               "she said.", "Attack"),
              ("Mason dies in Ndola police custody\n\nNDOLA, Zambia — A mason died in police custody in Ndola on "
               "Wednesday, two days after his arrest.\n\nPolice said the mason fell ill in the cells.\n\nHis brother "
               "said he saw him on Monday. \"He was limping. He told me they had beaten him,\" he said.", "Attack")])

ENCOUNTER_WITH_FORCES = fact_rule(
    id="battles.armed_clash.encounter_with_forces", decides="sub_event_type", value="Armed clash",
    codebook=cb.ARMED_CLASH + ": armed, organised groups engage in a battle, the state's forces among them; an "
             "\"encounter\" with the police or troops is South Asian news usage for a gunfight with them, so the men "
             "killed in it (\"wanted men killed in an encounter with police\") fought the forces, whatever crime "
             "they were wanted for; ACLED Codebook (2023), Introduction: events are coded as reported, a relative's "
             "doubt left to the notes",
    examples=[("Two men wanted for bank robberies were killed in an encounter with police near Meerut early on "
               "Monday, police said.", "Armed clash"),
              ("Three suspected dacoits died in an encounter with the district police outside Sukkur on Friday.",
               "Armed clash")])

CLASH_SIDES_ARMED = fact_rule(
    id="battles.armed_clash.no_civilian_side", decides="actor2", value="POLITICAL_MILITIA (Unidentified Armed Group)",
    codebook=cb.ARMED_CLASH + ": armed, organised groups engage in a battle; " + cb.CIVILIANS + ": civilians are "
             "unarmed and cannot engage in political violence, so the side that fought the forces in an armed clash "
             "(\"came under fire from gang members … five suspects were killed in the gunbattle\") is an armed group, "
             "unidentified when the words name none, not civilians",
    examples=[("Police came under fire from gang members during a raid in Belo Horizonte on Tuesday. The officers "
               "shot back, and three suspects were killed in the gunbattle.", "POLITICAL_MILITIA"),
              ("Troops came under fire from smugglers near Tumaco on Monday. The soldiers fired back, and two "
               "suspects were killed in the gunbattle.", "POLITICAL_MILITIA")])

DAMAGE_OF_THE_RIOT = fact_rule(
    id="riots.damage_of_the_riot", decides="sub_event_type", value="(part of the riot)",
    codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who engage in violence or destructive acts, property "
             "destruction among them; " + cb.LOOTING + " is destruction that is not part of another event, so "
             "property the crowd burns or smashes on the day and at the place of a riot the article reports, in a "
             "sentence that tells the crowd's own violence (\"some threw stones at the building and set fire to a "
             "patrol car\"), is that riot's, not a looting by an armed group",
    examples=[("Residents torch police car in Ndola\n\nNDOLA, Zambia — Residents of Ndola set fire to a police car "
               "and threw stones at a police station on Wednesday night, a day after a hawker died in a cell there."
               "\n\nOn Wednesday evening, about 150 people gathered outside the station. Some threw stones and "
               "bottles at the building and set fire to a patrol car parked outside. Police dispersed them with "
               "tear gas.\n\nThe police said two officers had been suspended.", "Violent demonstration"),
              ("Youths riot in Bo\n\nBO, Sierra Leone — Youths rioted in Bo on Monday over a new curfew, and "
               "police fired tear gas at them.\n\nDozens of youths gathered at the clock tower in the afternoon. "
               "Some threw stones at officers and set fire to a council truck.\n\nThe curfew was lifted in the "
               "evening.", "Violent demonstration")])
