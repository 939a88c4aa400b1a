"""The detection rules: a trigger of a family (``eventwire/data/triggers.tsv``, PLOVER verbs) makes a
candidate event and gives its first sub-event type, which the stage rules then settle."""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

# family -> (the sub-event type its triggers code, definition, example of our own)
FAMILIES: dict[str, tuple[str, str, str]] = {
    "chemical": ("Chemical weapon", cb.CHEMICAL,
                 "Government forces dropped chlorine gas canisters on Saraqib on Monday, a monitor said."),
    "suicide": ("Suicide bomb", cb.SUICIDE_BOMB,
                "A suicide bomber struck a crowded mosque in Herat city on Friday, killing 12 worshippers."),
    "air": ("Air/drone strike", cb.AIR_STRIKE,
            "A drone strike hit a car near Jilib in Middle Juba on Monday, killing two militants."),
    "grenade": ("Grenade", cb.GRENADE, "Unknown men threw a hand grenade into a bar in Mandera on Saturday."),
    "ied": ("Remote explosive/landmine/IED", cb.IED,
            "A roadside bomb exploded under a police vehicle in Ghazni city on Monday."),
    "shelling": ("Shelling/artillery/missile attack", cb.SHELLING,
                 "Artillery shells hit the town of Marib on Tuesday, residents said."),
    "abduct": ("Abduction/forced disappearance", cb.ABDUCTION,
               "Gunmen kidnapped a businessman in Mandera town on Monday."),
    "sexual": ("Sexual violence", cb.SEXUAL_VIOLENCE,
               "Militiamen raped two women near Bunia in Ituri province on Sunday."),
    "mob": ("Mob violence", cb.MOB_VIOLENCE, "A mob lynched a man accused of theft in Kisii town on Monday."),
    "riot": ("Violent demonstration", cb.VIOLENT_DEMONSTRATION,
             "Protesters threw stones at police in Kisumu on Monday during a demonstration over fuel prices."),
    "protest": ("Peaceful protest", cb.PEACEFUL_PROTEST,
                "Hundreds of teachers marched in Nairobi on Tuesday to demand higher pay."),
    "territory": ("Non-state actor overtakes territory", cb.NSA_OVERTAKES,
                  "Al-Shabaab fighters captured the district centre of Ceel Buur in Galguduud on Monday after "
                  "heavy fighting."),
    "clash": ("Armed clash", cb.ARMED_CLASH,
              "Soldiers clashed with al-Shabaab militants near Afmadow in Lower Juba on Monday."),
    "kill": ("Attack", cb.ATTACK, "Gunmen shot dead three villagers in Mandera on Tuesday."),
    "attack": ("Attack", cb.ATTACK, "Gunmen attacked a bus near Garissa on Monday, wounding four passengers."),
    "arrest": ("Arrests", cb.ARRESTS, "Police arrested a journalist in Nairobi on Monday."),
    "loot": ("Looting/property destruction", cb.LOOTING, "Bandits stole 200 head of cattle in Baringo on Monday."),
    "disrupt": ("Disrupted weapons use", cb.DISRUPTED,
                "Soldiers defused a roadside bomb near Kandahar city on Monday."),
    "agree": ("Agreement", cb.AGREEMENT,
              "The government and the rebels signed a ceasefire agreement in Juba on Monday."),
    "hq": ("Headquarters or base established", cb.HQ,
           "Al-Shabaab militants set up a base in the village of Bulo Marer on Monday, residents said."),
    "change": ("Change to group/activity", cb.CHANGE,
               "Two hundred fighters of the militia defected to the army in Kasai on Monday."),
    "transfer": ("Non-violent transfer of territory", cb.TRANSFER,
                 "Government troops handed over control of the town of Kidal to the rebels on Monday."),
    "other": ("Other", cb.OTHER, "Thousands of people fled their homes in Cabo Delgado on Monday."),
    "intervene": ("Protest with intervention", cb.PROTEST_INTERVENTION,
                  "Police fired tear gas at a crowd of traders in Nairobi on Tuesday."),
    "plover": ("the PLOVER verb's event", cb.PLOVER,
               "Norway will give Ghana a loan to build clinics, the ministry said on Monday."),
}

# the weapon named, whatever the verb: launcher systems, heavy weapons and munitions the codebook lists
# under its sub-event type, and property destroyed with no one hurt; and the wordings notes from other
# regions use for the same definitions (an "encounter" with rebels, a "dharna", a blockade imposed)
MORE_EXAMPLES: dict[str, tuple[str, ...]] = {
    "shelling": ("Separatist forces fired MLRS at the outskirts of Avdiivka on Sunday; two houses burned.",
                 "The army struck a rebel depot near Lashio with HIMARS rockets on Thursday.",
                 "Government troops fired heavy weapons into the village of Tar Taw on Saturday."),
    "air": ("A loitering munition hit a radar station near Tokmak on Friday, the army said.",
            "Soldiers dropped grenades from a drone on a trench near Marinka on Tuesday.",
            "A Su-34 bomber struck a bridge near Izium on Wednesday.",
            "A military jet bombed a market in Tangaza on Monday, killing nine people.",
            "Warplanes dropped two glide bombs on a power station in Kupiansk on Monday."),
    "clash": ("Rebel fighters and the army exchanged heavy fire along the Sirte front on Thursday.",
              "Separatist forces launched ground assaults near Pavlivka on Friday, the general staff said.",
              "An encounter between army troopers and communist rebels left two rebels dead in Catarman on Monday.",
              "Russian forces unsuccessfully attempted to advance near Bakhmut on Tuesday, the general staff said.",
              "Government troops and rebels traded fire near Bossangoa on Monday.",
              "A police convoy came under heavy fire near Bosaso on Monday; two officers were wounded.",
              "Two rival cartels shot at each other for hours near Culiacan on Sunday.",
              "Troops and Houthi fighters exchanged heavy artillery fire near Marib on Sunday."),
    "ied": ("A shepherd was wounded by unexploded ordnance near Deir Hafer on Thursday.",
            "Rebels set off a bomb under a railway bridge near Yala on Tuesday; nobody was hurt.",
            "An explosive charge blew up a power pylon outside Tumaco on Sunday."),
    "chemical": ("Insurgents fired mortar rounds filled with a toxic chemical at an army post near Tal Afar on "
                 "Monday.",
                 "Regime aircraft dropped a chlorine gas canister on a house near Idlib on Friday, killing six."),
    "abduct": ("Gunmen took away a priest near Enugu on Monday and his whereabouts remain unknown.",
               "Armed men took away three nuns from a convent near Kajuru on Monday.",
               "Gunmen seized a pastor in Kajuru on Monday and took him to an unknown location."),
    "territory": ("Rebel fighters took over several villages north of Hama on Monday after heavy fighting.",
                  "Jihadist fighters occupied the town of Tessit on Monday after a short battle.",
                  "Rebel forces took the Al-Haziz district on Monday after a week of fighting.",
                  "Rebel fighters completed the recapture of Gedo on Monday after days of fighting."),
    "transfer": ("The UN mission handed over its camp in Tessalit to the national army on Monday.",
                 "Rebels left their positions in Bambari on Monday and the army moved in without a fight."),
    "change": ("Rebels imposed a blockade on the town of Kalehe on Monday, stopping all trucks.",
               "The government deployed 2,500 soldiers to Port Sudan on Monday.",
               "The rebel movement declared an armed strike across three provinces on Monday, halting all traffic."),
    "other": ("Investigators began the exhumation of a mass burial site near Sinjar on Monday.",),
    "protest": ("Opposition activists staged a dharna outside the district office in Multan on Monday.",
                "Pensioners gathered outside the ministry in Tripoli (North) on Monday demanding their pay.",
                "Hundreds of marchers walked from Kizilay square to parliament in Ankara on Monday.",
                "Retired teachers gathered outside the governor's office in Tabriz on Sunday over unpaid pensions."),
    "intervene": ("Police lathi-charged a crowd of job seekers outside the collectorate in Jaipur on Monday.",),
    "agree": ("The two armies completed an exchange of 64 prisoners at the border crossing near Sumy on Friday.",),
    "loot": ("Unknown men torched a boys' school in Chilas on Sunday night; nobody was hurt.",
             "Settlers uprooted dozens of almond trees in the village of Turmus Ayya on Monday.",
             "Separatist fighters set a clinic's store ablaze in Kumba on Tuesday; nobody was injured.",
             "Settlers set fire to an olive grove outside Nablus on Friday; nobody was hurt.",
             "Unknown men set ablaze a police post in Mopti on Monday; no one was hurt.",
             "Soldiers burned down more than 40 houses in a village near Kalay on Sunday.",
             "Rebels torched two excavators of a mining company near Surigao on Monday; nobody was hurt."),
}

for _family, (_value, _codebook, _example) in FAMILIES.items():
    fact_rule(id=f"detect.trigger.{_family}", decides="sub_event_type", value=_value, codebook=_codebook,
              examples=[(_example, _value), *((more, _value) for more in MORE_EXAMPLES.get(_family, ()))]
              if _family != "plover" else [(_example, "Agreement")])


def trigger_rule(family: str) -> str:
    """The id of the detection rule of a trigger family."""
    return f"detect.trigger.{family}"


CLAIMED = fact_rule(
    id="actors.claimed_responsibility", decides="actor1", value="the group that claims the attack",
    codebook=cb.ACTOR_TYPES,
    examples=[("A bomb exploded at a market in Mogadishu on Monday, killing three people. Al-Shabaab claimed "
               "responsibility for the blast.", "REBEL_GROUP")])

# A killing told beside a word of sport, markets or disasters is still a killing: these words exclude a
# sentence only where they are the figure of speech or the cause, not where they describe the people or
# the place ("a cricket star's party", "soccer fans", "an industrial area").
KILLING_NOT_FIGURATIVE = fact_rule(
    id="modality.asserted.killing_not_figurative", decides="modality", value="asserted",
    codebook=cb.VAC + "; a word of sport beside a killing of people describes them, it is no figure of speech",
    examples=[("Gunmen killed a former football coach outside his home in Jos on Saturday, police said.",
               "asserted"),
              ("Two rugby fans were killed in Gulu on Sunday when soldiers fired on a crowd, witnesses said.",
               "asserted")])

# Smugglers who fire on, or exchange fire with, the state's border or customs forces fight the state: an
# armed clash with state forces, not a crime left out.
SMUGGLERS_FIGHT_STATE = fact_rule(
    id="battles.armed_clash.smugglers_fight_border_forces", decides="modality", value="asserted",
    codebook=cb.ARMED_CLASH + "; " + cb.STATE_FORCES + ": customs and border forces are the state's, and "
    "armed smugglers who fight them are an armed group",
    examples=[("Fuel smugglers opened fire on a customs patrol near Kasserine on Saturday; one smuggler was "
               "killed.", "asserted"),
              ("Gold smugglers fired on a border patrol near Tessalit on Sunday, wounding two guards.",
               "asserted")])
