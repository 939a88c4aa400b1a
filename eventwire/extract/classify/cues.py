"""The cues the coding rules read: patterns over an event's sentences, paragraphs and actor phrases.

Plain word classes come from ``eventwire/lang/en/<class>.tsv`` (each entry with an example); the
patterns written here are phrases whose shape matters (word order, what may stand between).

Each pattern is named for what it recognises; the rules in this package ask the event's facts
(:class:`.facts.Facts`) whether a cue is present, so that each is searched at most once per event.
"""
from __future__ import annotations

import re

from ...lang.loader import load

DEVICE_FOUND = re.compile(r"\b(?:found|discovered|uncovered|spotted|located|cleared|removed|defused|dismantled|"
                           r"disarmed|recovered|seized|neutrali[sz]ed|detected|made safe|bomb disposal|"
                           r"controlled explosions?|safely detonated)\b", re.IGNORECASE)
DEVICE_WENT_OFF = re.compile(r"\b(?:exploded|explosions?|blasts?|went off|detonat\w+|blew up|ripped|"
                              r"killed|killing|wounded|wounding|injured|injuring|dead|died|hit|struck|targeted|"
                              r"targeting|damaged|destroyed (?:a|an|the|two|three) (?:vehicle|car|truck))\b",
                              re.IGNORECASE)
DISPOSAL = re.compile(r"\b(?:controlled explosions?|safely detonated|detonated (?:it|them) safely|"
                       r"before (?:it|they) (?:could )?(?:explode|go off|detonate)d?)\b", re.IGNORECASE)
# a raid on another community's camp or village, not a fight with one man
SETTLEMENT_RAID = re.compile(r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*)\s+(?:(?:the|a|an|several|two|three|"
                              r"neighbou?ring|[A-Z][\w-]*|pastoralist|herders?'?|farmers?'?)\s+){0,3}"
                              r"(?:camps?|settlements?|villages?|hamlets?|communit(?:y|ies)|homesteads?)\b")
# "gunmen at Zuma community": where the actor was, not what it is
LOCATIVE_TAIL = re.compile(r"\s+(?:at|in|near|around|inside)\s.*$", re.DOTALL)
COMMUNAL_SIDES = re.compile(r"\b(?:farmers?|herders?|herdsm[ae]n|pastoralists?|cattle breeders?|villagers|"
                             r"villages|families|clans?|sub-?clans?|communit(?:y|ies)|tribes?|ethnic groups?|"
                             r"inter-?communal|inter-?ethnic|inter-?clan)\b", re.IGNORECASE)
# a brawl between supporters or students stays mob violence
RIVAL_CROWDS_ONLY = load("brawling_crowds").pattern()
STATE_AGENT = load("state_agents").pattern()
BY_PHRASE = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")
CROWD_SIDE = load("crowd_sides").pattern()
NONSTATE_ARMED = re.compile(r"\b(?:armed|combatants?|gunm[ae]n|militants?|militia\w*|fighters|rebels?|insurgents?|"
                             r"jihadists?|bandits?|guerrillas?|separatists?|"
                             r"raiders?|rustlers?|armed (?:men|group|gang)s?|gangs?|criminals?|robbers?|al-?shabaab)\b",
                             re.IGNORECASE)
FIREARMS = load("firearms").pattern()
SHOOTING = re.compile(r"\b(?:opened fire|open fire|shot (?:at|and)|fired (?:at|on|upon|shots|gunshots))\b",
                       re.IGNORECASE)
LOOTED = load("looting").pattern()
WITHDRAWAL = re.compile(r"\b(?:withdr(?:ew|awn|awal|aws|awing)|pull(?:ed|ing)? out|pull-?out|vacated|abandoned|"
                         r"handed over|handover|without (?:a fight|resistance|any resistance|fighting|a shot)|"
                         r"unopposed|evacuat\w+)\b", re.IGNORECASE)
ACQUIRED = re.compile(r"\b(?:in(?:to)? the hands of|under (?:the |their )?control|took over|taken over|take over|"
                       r"takeover|handed over|handover|hand over|hand(?:ed|ing|s)? (?:it|them|(?:the|its|their) [\w-]+) over to|"
                       r"surrender(?:ed|s|ing)? (?:the |its |their )?(?-i:[A-Z])[\w'-]+(?: \([^()]{1,60}\))? to|seiz\w+|"
                       r"captur\w+|took control|taken control|entered|moved in(?:to)?|occup\w+|replac\w+|"
                       r"allow\w* \w+ to)\b", re.IGNORECASE)
HARMED = load("harmed").pattern()
# (a violent verb done to "each other" or "one another" names both sides fighting)
MUTUAL = re.compile(r"\b(?:clash\w*|fought|fight\w*|battl\w*|exchang\w*|skirmish\w*|firefights?|gunfights?|"
                     r"engag\w*|confront\w*|repuls\w*|repell\w*|shoot-?outs?|fire ?fights?|encounters?|each other|one another)\b",
                    re.IGNORECASE)
ABDUCTION_ASSAULT = re.compile(r"\b(?:attacked|assault(?:ed|ing)|fired (?:at|on|upon|shots|gunshots)|"
                                r"(?:attempt(?:ed|ing)?|tried|trying) to (?:kidnap|abduct))\b", re.IGNORECASE)
EXECUTION = re.compile(r"\b(?:extra-?judicial\w*|executed|execution-style|summar(?:y|ily) execut\w*)\b",
                        re.IGNORECASE)
ONE_VICTIM = re.compile(r"\s*(?:a|an|one)\b", re.IGNORECASE)
EXPLICIT_CIVILIANS = re.compile(r"\b(?:civilians?|citizens?|women|woman|\w*children|child|\w*girls?|\w*boys?|pupils?|"
                                 r"students?|passengers?|worshippers?|\d+[ -]year[ -]old|grandm\w+|sisters?|"
                                 r"mothers?|wives|wife|babies|baby|elderly)\b", re.IGNORECASE)
RAID_WORD = re.compile(r"\braid(?:s|ed|ing)?\b", re.IGNORECASE)
PASSIVE_SUBJECT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:was|were|had been|have been|has been|is|are|being)\s+"
                              r"(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b", re.IGNORECASE)
# an arrest the crowd protests against, not one made at the protest
GRIEVANCE_ARREST = re.compile(
    r"\b(?:release|freedom|free)\b[^.;]{0,120}?\b(?:detention|detained|arrest\w*|jailed|custody|imprison\w*)\b|"
    r"\b(?:against|over|protest\w*|condemn\w*|denounc\w*)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:arrests?|detention|jailing|imprisonment)\s+of\b", re.IGNORECASE)
# what a demonstration is about, when that is an earlier act of violence or an arrest: "against the
# arrest of four colleagues", "over the killing of a trader by police last week", "following a violent
# suppression of a march the day before", "relatives of a trader who died in a police cell", "the failure of
# police to arrest the killers", "after three officials were arrested" (not the marchers themselves) — up to the
# end of its clause
_GRIEVANCE_ACT = (r"arrests?|detentions?|killings?|murders?|deaths?|disappearances?|abductions?|kidnappings?|"
                  r"jailing|imprisonment|shootings?|suppression|crackdowns?|assaults?|attacks?|beatings?|"
                  r"lynchings?|rapes?|evictions?|seizures?|brutality|harassment|torture|raids?|repression")
GRIEVANCE_CLAUSE = re.compile(
    r"\b(?:(?:against|over|after|following|in (?:reaction|response|protest) (?:to|at|against|over)|in protest of|"
    r"to (?:protest|denounce|condemn|decry)|protest(?:ed|ing|s)?|denounc(?:ed|ing|es)?|condemn(?:ed|ing|s)?|"
    r"decr(?:ied|ying|y))\s+(?:(?:the|a|an|his|her|their|its|what \w+ (?:deemed|described|called|termed) "
    rf"(?:to be |as )?)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_GRIEVANCE_ACT})\b"
    r"|(?:after|following)\s+(?!(?:[\w'-]+\s+){0,3}?(?:them|protesters|demonstrators|marchers|rioters|participants)\b)"
    r"(?:[\w'-]+\s+){1,5}?(?:were|was|are|is|had been|have been|has been|got)\s+(?:\w+\s+)?(?:arrested|detained|"
    r"jailed|imprisoned|abducted|kidnapped|killed|shot|murdered|beaten|lynched)\b"
    r"|(?:relatives|families|family|friends|colleagues)(?: and (?:friends|relatives|colleagues))? of\b"
    r"|failure of (?:the )?\w+ to\b)"
    r"[^.;]*?(?=[.;]|,\s*(?:and|but|before|when|as|while|until|whereupon|then|prompting|forcing|leading)\b"
    r"|\s+(?:but|before|until|when|whereupon)\b|\s+and (?:the )?(?:police|security|soldiers|troops|gendarm\w*|"
    r"officers|riot)\b|\s+(?:were|was|had been)\s+(?:\w+\s+)?(?:shot|killed|dispersed|arrested|detained|"
    r"tear-?gassed|beaten|injured|wounded)\b|$)", re.IGNORECASE)
EXCESSIVE = re.compile(
    r"\b(?:excessive force|(?:opened|open|opening|opens) fire (?:on|at)|fired (?:live (?:ammunition|rounds|bullets) )?"
    r"(?:on|at|into) (?:the )?(?:peaceful |unarmed )?(?:protesters|demonstrators|crowds?|marchers)|"
    r"(?:shot|killed|shot dead) (?:\w+ ){0,3}(?:peaceful |unarmed )?(?:protesters|demonstrators|marchers)|"
    r"violent(?:ly)? (?:crackdown|suppress\w*|dispers\w*|repress\w*)|crackdown on (?:\w+ ){0,2}(?:protesters|demonstrators)|"
    r"suppress(?:ed|ing)? (?:their |the )?(?:peaceful )?(?:protests?|demonstrations?)|"
    r"(?:beat|beating|hits?|hitting|clubbed|whipped|flogged) (?:\w+ ){0,3}(?:protesters?|demonstrators?|marchers?))\b",
    re.IGNORECASE)
PROTEST_DAMAGE = re.compile(r"\b(?:destroyed|damaged|vandali[sz]ed|smashed|torched|looted|"
                             r"looting(?! of (?:public |county |government |state )?(?:funds|money|resources|coffers))|"
                             r"set (?:\w+ ){0,3}ablaze|"
                             r"set(?:ting)? fire to|uprooted|pulled down|tore down|running battles?|"
                             r"burn(?:s|ing|ed|t)? down|destruction of (?:\w+ ){0,2}property|"
                             r"burn(?:s|ing|ed|t)? (?:\w+ ){0,2}(?:tyres|tires|tyers|t-shirts|campaign materials?|"
                             r"posters|flags?|effigies|effigy|stalls|vehicles?|cars?|buildings?|offices?|dorm\w*|"
                             r"classrooms?|shops?|kiosks?|(?:police |customs |border )?(?:stations?|posts?)|"
                             r"checkpoints?|tollgates?|motorcycles?)|property destruction|"
                             r"clash(?:ed|es)? (?:\w+ ){0,4}(?:police|officers|security forces))\b", re.IGNORECASE)
# "protesting against looting", "angered by the destruction": what the crowd protests
GRIEVANCE_BEFORE = re.compile(r"\b(?:against|over|protest\w*|condemn\w*|denounc\w*|decry\w*)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# "no sign of unrest or scuffles with the police", "free of street fighting"
DENIED_BEFORE = re.compile(r"\b(?:no|not|without|devoid of|free of|never|nor)\b[^.;]{0,35}$", re.IGNORECASE)
RIVAL_CROWDS = re.compile(r"\b(?:rival(?:ing)? (?:political |party )?(?:supporters|groups|factions|camps|youths|"
                           r"candidates)|each other|one another|"
                           r"factions of|supporters of (?:two|rival)|(?:\w+ and \w+|two (?:rival )?(?:groups|camps)) "
                           r"(?:supporters|youths|members) (?:clash\w*|fought|fight\w*))\b", re.IGNORECASE)
DEMONSTRATING = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)|demand\w*|petition\w*|"
                            r"against the|sit-ins?|strikes?)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|had|have|has)\s+(?:\w+\s+)?$", re.IGNORECASE)
BY_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?by\b", re.IGNORECASE)
OWNED_BEFORE = re.compile(r"\b(?:homes?|houses?|property|stalls?|kiosks?|structures?)\s+$", re.IGNORECASE)
FEW_MEN = load("unnamed_men").pattern()
# a crowd beating a person (not the forces) it set upon: "beating him", "thrashed the driver"
MOB_BEATING = re.compile(r"\b(?:beating|thrash(?:ed|ing)|maul(?:ed|ing)|set upon|roughed up|assault(?:ed|ing))\s+"
                         r"(?!(?:the |a |an |two |several )?(?:police\w*|officers?|soldiers?|gendarmes?|troops|"
                         r"constables?|rangers?|guards?)\b)(?:him|her|them|the \w+|a \w+|an \w+)\b", re.IGNORECASE)
LYNCHED = re.compile(r"\b(?:(?:burnt|burned|stoned|beaten|clubbed) to death|lynch\w*)\b", re.IGNORECASE)
STATE_VICTIMS = re.compile(
    r"(?<!former )(?<!retired )(?<!ex-)\b(?:soldiers?|troops|police(?:m[ae]n| officers?| reservists?)?|"
    r"security (?:forces|personnel)|commandos?|rangers?)\b"
    r"(?:(?!\b(?:shooting|shot|killing|after|uniforms?|say|says|said|told|reported|believe|suspect)\b)[^.;]){0,40}?"
    r"\b(?:killed|wounded|injured|died|casualties|dead)\b|"
    r"\b(?:killed|wounded|injured|killing|wounding|injuring)\s+(?:\w+\s+){0,3}?(?:soldiers?|troops|"
    r"police(?:m[ae]n| officers?)|security personnel)\b", re.IGNORECASE)
# an official's armed guards killed with him: the attackers met armed resistance
GUARDS_KILLED = re.compile(r"\b(?:(?:body ?)?guards|escorts)\b[^.;]{0,40}?\b(?:killed|wounded|injured|died|dead)\b|"
                            r"\b(?:killed|killing|wounded|wounding|shot dead|shooting dead|gunned down|shot)\s+"
                            r"(?:[\w-]+\s+){0,9}?(?:body ?)?guards?\b",
                            re.IGNORECASE)
# the attacked side fought back: "police returned fire, killing two of the attackers"
FOUGHT_BACK = re.compile(r"\b(?:(?:fired|fought|shot|hit) back|fight back|returned (?:fire|gunfire)|repulsed|repelled|"
                          r"stand-?offs? with|"
                          r"exchange of (?:fire|gunfire)|exchanged (?:fire|gunfire)|shoot-?outs?|gun ?battles?|"
                          r"(?:killed|killing|shot dead|shooting dead|gunned down|wounded|injured)\s+"
                          r"(?:\w+\s+){0,2}?of the (?:suspected |alleged )?"
                          r"(?:attackers|assailants|gunmen|militants|raiders|bandits|robbers)|"
                          r"(?:police|soldiers|troops|officers|security forces|rangers)\b[^.;]{0,30}?\b"
                          r"(?:killed|shot dead|shot|wounded)\s+(?:\w+\s+){0,2}?of them)\b", re.IGNORECASE)
GUARDS_NAMED = load("guards").pattern()
CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers|residents|passengers|women|children|teachers|students|workers|worshippers)\b"
    r"[^.;]{0,30}?\b(?:killed|wounded|injured|died|dead)\b|\b(?:killed|wounded|injured|killing|wounding)\s+"
    r"(?:\w+\s+){0,3}?(?:civilians?|villagers|residents|passengers|women|children|teachers|students|workers)\b",
    re.IGNORECASE)
CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|residents?|villagers?|farmers?|herders?|pastoralists?|women|children|child|girls?|boys?|"
    r"students?|pupils?|teachers?|worshippers?|traders?|merchants?|passengers?|travell?ers?|journalists?|"
    r"reporters?|aid workers?|doctors?|nurses?|patients?|refugees?|displaced|family|families|man|woman|men|"
    r"people|persons?|youths?|elders?|chief|priest|imam|pastor|fishermen|miners?|workers?|drivers?|"
    r"shopkeepers?|vendors?|activists?|she(?:p|ph)erds?|politicians?|candidates?|officials?|councillors?|councilors?|mayor|"
    r"businessm[ae]n|motorists?|pedestrians?|hostages?|inmates?|prisoners?|detainees?|tourists?|bystanders?|"
    r"vessels?|ships?|tankers?|boats?|bus|buses|vehicles?|cars?|trucks?|houses?|homes?|villages?|camps?|"
    r"markets?|shops?|schools?|churche?s?|mosques?|hotels?|restaurants?|farms?|crew)\b",
    re.IGNORECASE)
# officers who are officials, not police: "an election officer", "a clinical officer"
NOT_CIVIL_OFFICER = (r"(?<!returning )(?<!election )(?<!electoral )(?<!presiding )(?<!polling )(?<!clinical )"
                      r"(?<!medical )(?<!health )(?<!tax )(?<!revenue )")
ARMED_WORDS = re.compile(r"\b(?:soldiers?|troops?|army|military|police(?:men|man)?|" + NOT_CIVIL_OFFICER +
                          r"officers?|forces|militants?|"
                          r"armed (?:group|men)|commandos?|rangers?|check ?points?|bodyguards?|"
                          r"fighters?|rebels?|insurgents?|jihadists?|militiam[ae]n|militias?|guards?|gunmen|"
                          r"commanders?|combatants?|security personnel|base|barracks|convoy|patrol|"
                          r"positions?|outpost|bandits?|raiders?|gangsters?|poachers?|"
                          r"pirates?|kidnappers?|terrorists?|reservists?|vigilantes?|troopers?|paramilitar(?:y|ies)|"
                          r"gendarm\w*|guerrillas?|separatists?)\b", re.IGNORECASE)
ARMED_CLASH = re.compile(r"\b(?:armed|arms|guns?|gunm[ae]n|gunfire|gunshots?|rifles?|firearms?|shot|shooting|"
                          r"fired|bullets?|militia\w*|militants?|fighters|rebels?|insurgents?|jihadists?|bandits?|"
                          r"raiders?|attackers|assailants|warriors|soldiers?|troops?|army|military|police\w*|"
                          r"gendarm\w*|forces|officers?|guards?|security|rangers?|navy|naval|pirates?|coast ?guards?|"
                          r"gangs|gangsters?|cartels?|exchang\w* (?:of )?(?:gun)?fire|gun ?fights?|fire ?fights?|"
                          r"shoot-?outs?)\b",
                          re.IGNORECASE)
COMMUNAL_CLASH = re.compile(r"\b(?:communit(?:y|ies)|communal|inter-?communal|clans?|inter-?clan|sub-?clans?|"
                             r"clansm[ae]n|tribesm[ae]n|"
                             r"ethnic|inter-?ethnic|tribes?|tribal|inter-?tribal|cattle raid\w*|rustl\w*)\b",
                             re.IGNORECASE)
HERDING = load("herders").pattern()
# a person's standing in a clan or community, said of a victim ("a Hawiye clan elder", "a community leader")
VICTIM_STANDING = re.compile(r"\b(?:[A-Z][\w'-]+\s+)?(?:(?:sub-?)?clan|tribal|community|village)\s+(?:elders?|leaders?|"
                             r"chiefs?|heads?|notables?|dignitar\w+|sultans?|representatives?)\b", re.IGNORECASE)
PARTY_NAME = load("party_name_words").pattern(flags=0)
ARMED_NAME = load("armed_name_words").pattern(flags=0)
PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
CROWD = load("crowds").pattern()
ARMED_PERP = re.compile(r"\b(?:armed|arms|guns?|gunm[ae]n|gunfire|gunshots?|rifles?|firearms?|shot|shooting|"
                         r"fired|bullets?|militia\w*|militants?|fighters|rebels?|insurgents?|jihadists?|bandits?|"
                         r"raiders?|raids?|assailants|attackers|soldiers|troops|"
                         r"explosives?|bombs?|grenades?|abduct\w*|kidnap\w*|banditry)\b",
                         re.IGNORECASE)
GROUP_WORD = r"(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
BETWEEN_GROUPS = re.compile(rf"\bbetween (?:the |members of the |an? )?(?P<x>{GROUP_WORD}) (?:and|&) (?:the |an? )?"
                             rf"(?P<y>{GROUP_WORD})\b(?! (?:counties|county|districts?|provinces?|states?|towns?|"
                             rf"villages?|regions?)\b)")
GROUPS_CLASH = re.compile(rf"(?P<x>{GROUP_WORD}) and (?:the )?(?P<y>{GROUP_WORD}) (?:[a-z]+ ){{0,2}}"
                           rf"(?:clans?|communities|groups|herders|pastoralists|militias?|tribes|youths|fighters) "
                           rf"(?:clash\w*|fought|fight\w*)")
TWO_OF_GROUP = re.compile(rf"\b(?:two|rival) (?:(?:sections|factions|sub-clans|clans) of the (?P<x>{GROUP_WORD})|"
                           rf"(?P<z>{GROUP_WORD}) (?:clans|communities|groups|factions|sub-clans|militias|sections))"
                           rf" (?:\w+ )?(?:clash\w*|fought|fight\w*)")
# "Borana and Somalis clashed": two peoples named as the subject of a fight
PEOPLES_CLASH = re.compile(rf"\b(?P<x>{GROUP_WORD}) and (?:the )?(?P<y>{GROUP_WORD}) "
                            rf"(?:clash\w*|fought|fight|exchanged fire)\b")
FEUD = re.compile(r"\b(?:communal|inter-?communal|clans?|inter-?clan|ethnic|inter-?ethnic|tribes?|tribal|"
                   r"cattle raids?|cattle raiders|rustl\w*|retaliat\w*|revenge)\b", re.IGNORECASE)
# fighters of an organised group: retaliation by them is no feud between communities
ORGANISED_ARMED = load("organised_fighters").pattern()
COMMUNITY_AGENT = re.compile(r"\b(?:communit(?:y|ies)|people from|youths? from|residents of|members of)\b",
                              re.IGNORECASE)
COMMUNAL_WEAPONS = re.compile(r"\b(?:machetes?|cutlass\w*|guns?|rifles?|firearms?|arrows?|bows?|spears?|"
                               r"blade(?:d)? weapons?|artisanal|hunting rifles?|armed)\b", re.IGNORECASE)
MOB_VICTIMS = re.compile(r"\b(?:thie(?:f|ves)|robbers?|burglars?|suspect(?:s|ed)?|accused|witch\w*|sorcer\w*|"
                          r"lynch\w*|mob|rapists?|criminals?)\b", re.IGNORECASE)
FARMERS = load("community_fighters").pattern()
LETHAL = load("lethal").pattern()
STATE_TARGET = re.compile(r"\b(?:soldiers?|troops|army|military|police(?:m[ae]n)?|gendarmes?|check ?points?|commandos?|convoys?|rangers?|"
                           r"barracks|military base|army base|patrols?|security forces|security personnel|"
                           r"police (?:station|post)s?|military (?:post|position)s?|(?:a|the|an army|a security) base|"
                           r"outposts?|security posts?|" + NOT_CIVIL_OFFICER + r"officers?)\b", re.IGNORECASE)
PROTEST_CONTEXT = re.compile(r"\b(?:protest\w*|demonstrat\w*|demand\w*|(?-i:march)|marche[ds]|marching|marchers?|rally|rallies|petition\w*|"
                              r"block\w*|barricad\w*|tyres|tires|opposition|"
                              r"grievances?|to press|in solidarity|chant\w*|placards?|opposing|against the)\b",
                              re.IGNORECASE)
POLICE_PRESENT = load("security_forces").pattern()
ENTRY = re.compile(r"(?:storm|raid|invad)\w*$", re.IGNORECASE)  # going in, harming no one by itself
PAST_RELATIVE = re.compile(r"\b(?:who|which|that) had\b[^,.;]*", re.IGNORECASE)
_GUN_BATTLE_WORDS = r"gun ?battles?|gunfights?|fire ?fights?|shoot-?outs?|exchanged (?:heavy |intense |sporadic )?(?:gun)?fire|" \
                    r"exchanges? of (?:gun)?fire|exchanged (?:gun)?shots"
GUN_BATTLE = re.compile(rf"\b(?:{_GUN_BATTLE_WORDS})\b", re.IGNORECASE)
# both sides fight: a gun battle, or another word of a fight between the sides (which says by itself that the
# target was armed and answered; ``hierarchy.battle_over_explosion``)
MUTUAL_ENGAGEMENT = re.compile(
    rf"\b(?:{_GUN_BATTLE_WORDS}|exchang\w* (?:of )?(?:heavy |intense |sporadic |small[- ]arms )?(?:gun)?fire|"
    r"returned fire|(?:ground |armed |heavy |fierce )?clash(?:ed|es)|fought|(?:ground )?fighting|repell?ed|repulsed|"
    r"fought off|engag(?:ed|ing) (?:\w+ ){0,3}in (?:a )?(?:gun ?battle|firefight|fight|combat))\b", re.IGNORECASE)
IED_AND_GUNS = re.compile(r"\b(?:(?:ieds?|explosions?|explosives?|bombs?|mines?) and (?:gunfire|small[- ]arms)|"
                           r"(?:gunfire|small[- ]arms) and (?:ieds?|explosions?|explosives?|bombs?|mines?)|"
                           r"complex (?:ambush|attack)|returned fire|(?:ieds?|bombs?|explosives?|mines?) "
                           r"(?:\w+ ){0,3}and (?:then )?opened fire)\b", re.IGNORECASE)
BARE_FIGHT = re.compile(r"fight(?:ing|s)?|fought", re.IGNORECASE)
FIGHTERS_BEFORE = re.compile(r"\b(?:youths?|supporters|students|people|men|boys|groups?|rivals?|crowds?|them|"
                              r"villagers|residents|fans|traders)\s+(?:from\s+)?$", re.IGNORECASE)
ONE_SIDED = re.compile(r"(?:ambush\w*|boarded)$", re.IGNORECASE)  # clash words one side does to another
MILITARY_WORDS = load("military").pattern()
CROWD_VICTIMS = load("crowd_victims").pattern()
KILLED_PROTESTERS = re.compile(r"\b(?:shot|killed|live (?:ammunition|bullets|rounds)|opened fire|gunned|"
                                r"shot dead|fired (?:on|at|into)|died|dead|gunfire|brutal\w*|beat|beaten|"
                                r"excessive force|attacked|injured|wounded)\b", re.IGNORECASE)
# "men wielding machetes": a band that came armed, not a crowd that turned on someone
ARMED_WITH = r"wielding|brandishing|armed with|equipped with"
WIELDING = re.compile(rf"\b(?:{ARMED_WITH})\b", re.IGNORECASE)
# a crowd's violence aimed at particular people or their homes and cars, not at the police or at property
# in general: "youths stoned the MP's convoy", "two teachers were beaten by pupils"
SINGLED_OUT_WORDS = load("singled_out").alternation()
_SINGLED_OUT_ACT = (r"attack(?:ed|ing)|assault(?:ed|ing)|beat|beating|beaten|injur(?:ed|ing)|ston(?:ed|ing)|"
                    r"pelt(?:ed|ing)|roughed up|thrash(?:ed|ing)|maul(?:ed|ing)|set upon|lynch(?:ed|ing)|chased|hacked|kicked|slapped|whipped|"
                    r"burn(?:ed|t|ing)(?: down)?|set (?:ablaze|on fire|fire to)|torch(?:ed|ing)|smash(?:ed|ing)|"
                    r"(?:threw|hurled) (?:stones|rocks|objects) at|hit")
SINGLED_OUT = re.compile(
    rf"\b(?:{_SINGLED_OUT_ACT})\s+(?:(?:a|an|the|his|her|their|two|three|four|several|some|one|local|female|male|"
    rf"deputy|assistant|county|area|former|\w+'s|\w+s')\s+){{0,3}}(?:{SINGLED_OUT_WORDS})\b|"
    rf"\b(?:{SINGLED_OUT_WORDS})\s+(?:was|were|had been|got)\s+(?:\w+ly\s+)?(?:{_SINGLED_OUT_ACT})\b|"
    rf"\b(?:{_SINGLED_OUT_ACT})\s+(?:his|her|\w+'s)\s+(?:\w+\s+)?(?:home|house|homestead|residence|car|vehicle)\b",
    re.IGNORECASE)
# named as demonstrators: the crowd is a demonstration whatever it does
DEMONSTRATORS = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers)\b", re.IGNORECASE)
# a riot by a constituency with a shared stake ("voters rioted when …") or over a stated grievance
# ("riots over the fees", "rioted against the results"): the rioters are demonstrating
CONSTITUENCY = load("constituencies").pattern()
RIOT_WORD = re.compile(r"\b(?:riot(?:s|ed|ing)?|rampage|unrest)\b", re.IGNORECASE)
RIOT_GRIEVANCE = re.compile(r"\b(?:riot(?:s|ed|ing)?|rampage|unrest)\b(?!\s+(?:police|squads?|gear|control|officers|"
                            r"units?))(?:\s+[\w'-]+){0,8}?\s+(?:when|over|against|to protest|in protest|rejecting|"
                            r"because|as (?:\w+\s+){0,3}?(?:rejected|protested|disputed))\b",
                            re.IGNORECASE)
_CONSTITUENCY_WORDS = load("constituencies").alternation()
RIOT_BY_CONSTITUENCY = re.compile(
    rf"\b(?:riot(?:ing|ous)|rowdy|unruly|angry)\s+(?:crowds?\s+of\s+)?(?:\w+\s+)?(?:{_CONSTITUENCY_WORDS})\b|"
    rf"\b(?:{_CONSTITUENCY_WORDS})\b(?:\s+[\w'-]+){{0,6}}?\s+(?:riot(?:ed|ing|s)?|rampage|went on (?:the )?rampage)\b",
    re.IGNORECASE)
# a wrong the victim of a crowd is accused of: "a man who tried to steal a goat", "punished for adultery"
ACCUSED_OF = re.compile(
    r"\b(?:accused of|suspected of|on suspicion (?:of|that)|caught (?:\w+ ){0,2}?(?:stealing|red-handed|in the act)|"
    r"punished for|as punishment|known for (?:stealing|theft)|for (?:stealing|theft|witchcraft|adultery)|"
    r"(?:who|after he|after she|after they) (?:had )?(?:attempted|tried|allegedly tried) to "
    r"(?:kidnap|abduct|steal|rob)|"
    r"(?:thie(?:f|ves)|robbers?|burglars?|kidnappers?) (?:stealing|who)|"
    r"mob justice|jungle justice|instant justice|vigilante justice)\b", re.IGNORECASE)
# the demonstrators' own violence, told beside the force used on them: "shot as they tried to break into
# a shop", "violence on both sides" (a violent demonstration, not excessive force against protesters)
CROWD_VIOLENCE = re.compile(
    r"\b(?:br(?:oke|eak|eaking) into|(?:tried|attempted|attempting|trying) to (?:break into|storm|loot|burn|set fire)|"
    r"violence on both sides|marred by violence|(?:protesters|demonstrators|crowds?|youths)\s+(?:\w+\s+){0,3}?"
    r"(?:threw|hurled|pelted|stoned|looted|burned|torched|attacked))\b", re.IGNORECASE)
# shots fired over the crowd's heads target no one
AIR_SHOTS = re.compile(r"\b(?:shot|shots|fired|firing|fire|shooting|gunshots?|bullets|live rounds)\s+(?:\w+\s+){0,3}?"
                       r"in(?:to)? the air\b|\bwarning shots\b", re.IGNORECASE)
# property burned or destroyed in a fight: more than a brawl
ARSON = re.compile(r"\b(?:torch\w*|burn(?:ed|t|ing)|set (?:\w+ ){0,3}(?:ablaze|on fire|alight)|set fire|destroy\w*|razed)\b",
                   re.IGNORECASE)
# property set on fire, demolished or wrecked: the deed of an attack on things
PROPERTY_DESTROYED = re.compile(
    r"\b(?:torch\w*|set (?:[\w'-]+ ){0,4}(?:on fire|ablaze|alight)|set fire to|burn(?:ed|t|ing)? (?:down )?|"
    r"demolish\w*|raz(?:ed|ing)|destroy\w*|bulldoz\w*|blew up|vandali[sz]\w*)", re.IGNORECASE)
# hurt denied: "no one was hurt", "no casualties were reported", "without injuries"
NO_ONE_HURT = re.compile(
    r"\b(?:no(?:body| one|-one)? (?:was |were )?(?:\w+ )?(?:hurt|injured|harmed|killed|wounded)|"
    r"no (?:casualties|injuries|fatalities|deaths|victims)(?: (?:were|was) (?:reported|recorded))?|"
    r"without (?:casualties|injuries|loss of life)|(?:casualties|injuries) (?:were )?not reported)\b", re.IGNORECASE)


# a denial just before a cue: "no exchange of fire was reported", "without any clash"
_DENIED_BEFORE = re.compile(r"\b(?:no|not|without|never|nor)\b[^.;,]{0,30}$", re.IGNORECASE)


def asserted(cue: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` tells ``cue`` somewhere that no negation just before denies."""
    return any(not _DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in cue.finditer(text))
