"""Coding: candidates become mentions (roles, place, date), mentions become events."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..resolve.actors import SUSPECTED_CRIMINAL, demonym_to_iso3, former_forces
from ..resolve.places import modifier_use, non_event_use
from ..records import Actor, Claim, Event, Span, Toponym
from .detect import Candidate, span_head
from .lexicon import HARM_FAMILIES, VIOLENT_FAMILIES, SubEventInfo
from .notes import write_notes
from .merge import CodedMention, EventDraft, choose_place, choose_type, event_id, merge_mentions
from .roles import find_roles

BUILD_VERSION = "build.rules.v9"
# An event's place is named close to its trigger: within this many characters before or after it.
PLACE_WINDOW_BEFORE = 90
PLACE_WINDOW_AFTER = 120
# An event dated this many days before publication is background, not news.
HISTORICAL_AFTER_DAYS = 180

_LOC_PREPS = re.compile(r"(?:\b(?:in|near|at|outside|around|of|on|into|across|from|between|to|inside|overlooking|"
                        r"towards?|outskirts of)\s+"
                        r"(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                        r"south-?eastern|south-?western|rural|restive|border|town of|village of|city of|district of|"
                        r"area of|region of|province of|outskirts of|suburbs? of|vicinity of)\s+)*)$", re.IGNORECASE)
_PARTIAL = re.compile(r"(?:\b(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                      r"south-?eastern|south-?western|outskirts of|suburbs? of|suburban|near|outside|vicinity of|"
                      r"(?:north|south|east|west)(?:-?(?:east|west))? of|km (?:from|of|north|south|east|west)|"
                      r"kilometres (?:from|of|north|south|east|west)|kilometers (?:from|of|north|south|east|west)|"
                      r"miles (?:from|of|north|south|east|west)|district of|area of|parts of|neighbou?rhoods? of|"
                      r"a (?:district|neighbou?rhood|suburb) (?:of|in))\s+(?:the\s+)?(?:\w+\s+)?)$", re.IGNORECASE)
_LOCAL_FORCE_AFTER = re.compile(r"\s+(?:state\s+|county\s+|city\s+|municipal\s+)?(?:police|authorities|"
                                r"government|officials|security forces)\b", re.IGNORECASE)
_ORIGIN = re.compile(r"\b(?:fired|launched|shot|lobbed|fled|coming|came|crossed|returning|"
                     r"retreated|withdrew)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                     re.IGNORECASE)
_DEVICE_FOUND = re.compile(r"\b(?:found|discovered|uncovered|spotted|located|cleared|removed|defused|dismantled|"
                           r"disarmed|recovered|seized|neutrali[sz]ed|detected|made safe|bomb disposal|"
                           r"controlled explosions?|safely detonated)\b", re.IGNORECASE)
_DEVICE_WENT_OFF = re.compile(r"\b(?:exploded|explosions?|blasts?|went off|detonat\w+|blew up|ripped|"
                              r"killed|killing|wounded|wounding|injured|injuring|dead|died|hit|struck|targeted|"
                              r"targeting|damaged|destroyed (?:a|an|the|two|three) (?:vehicle|car|truck))\b",
                              re.IGNORECASE)
_DISPOSAL = re.compile(r"\b(?:controlled explosions?|safely detonated|detonated (?:it|them) safely|"
                       r"before (?:it|they) (?:could )?(?:explode|go off|detonate)d?)\b", re.IGNORECASE)
# a raid on another community's camp or village, not a fight with one man
_SETTLEMENT_RAID = re.compile(r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*)\s+(?:(?:the|a|an|several|two|three|"
                              r"neighbou?ring|[A-Z][\w-]*|pastoralist|herders?'?|farmers?'?)\s+){0,3}"
                              r"(?:camps?|settlements?|villages?|hamlets?|communit(?:y|ies)|homesteads?)\b")
# "gunmen at Zuma community": where the actor was, not what it is
_LOCATIVE_TAIL = re.compile(r"\s+(?:at|in|near|around|inside)\s.*$", re.DOTALL)
# "struck at Zuma community": a place named as a community
_PLACE_COMMUNITY = re.compile(r"^(?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? communit(?:y|ies)\b")
_COMMUNAL_SIDES = re.compile(r"\b(?:farmers?|herders?|herdsm[ae]n|pastoralists?|cattle breeders?|villagers|"
                             r"villages|families|clans?|sub-?clans?|communit(?:y|ies)|tribes?|ethnic groups?|"
                             r"inter-?communal|inter-?ethnic|inter-?clan)\b", re.IGNORECASE)
# a brawl between supporters or students stays mob violence
_RIVAL_CROWDS_ONLY = re.compile(r"\b(?:supporters|students|fans|rioters|protesters|demonstrators|traders|"
                                r"hawkers|operators|touts)\b", re.IGNORECASE)
_STATE_AGENT = re.compile(r"\b(?:troop(?:s|ers)|soldiers|army|armed forces|military|marines|paratroopers|"
                          r"government forces|security forces|police)\b", re.IGNORECASE)
_BY_PHRASE = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")
_CROWD_SIDE = re.compile(r"\b(?:squatters|hawkers|traders|vendors|residents|youths?|supporters|students|crowds?|"
                         r"villagers|mourners|locals|motorists|riders|operators|fans|worshippers|voters|workers|"
                         r"miners|fishermen|touts|mobs?)\b", re.IGNORECASE)
_NONSTATE_ARMED = re.compile(r"\b(?:armed|combatants?|gunm[ae]n|militants?|militia\w*|fighters|rebels?|insurgents?|"
                             r"jihadists?|bandits?|"
                             r"raiders?|rustlers?|armed (?:men|group|gang)s?|gangs?|criminals?|robbers?|al-?shabaab)\b",
                             re.IGNORECASE)
_FIREARMS = re.compile(r"\b(?:guns?|rifles?|firearms?|shot|shooting|gunfire|gunshots?|bullets?|arrows?)\b",
                       re.IGNORECASE)
_SHOOTING = re.compile(r"\b(?:opened fire|open fire|shot (?:at|and)|fired (?:at|on|upon|shots|gunshots))\b",
                       re.IGNORECASE)
_OPENING_DATE = re.compile(r"\s*(?:(?:on|in|around|during|by|early|late|between|from)\s+)?(?:or\s+(?:before|after|around|"
                           r"about)\s+)?", re.IGNORECASE)
_LOOTED = re.compile(r"\b(?:looted|looting|ransacked|pillaged|plundered)\b", re.IGNORECASE)
_WITHDRAWAL = re.compile(r"\b(?:withdr(?:ew|awn|awal|aws|awing)|pull(?:ed|ing)? out|pull-?out|vacated|abandoned|"
                         r"handed over|handover|without (?:a fight|resistance|any resistance|fighting|a shot)|"
                         r"unopposed|evacuat\w+)\b", re.IGNORECASE)
_ACQUIRED = re.compile(r"\b(?:in(?:to)? the hands of|under (?:the |their )?control|took over|taken over|take over|"
                       r"takeover|handed over|handover|hand over|seiz\w+|"
                       r"captur\w+|took control|taken control|entered|moved in(?:to)?|occup\w+|replac\w+|"
                       r"allow\w* \w+ to)\b", re.IGNORECASE)
_REFERENCE_POINT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\w+\s+){0,2}(?:of|from)\s+"
                              r"(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_PARTIAL_AFTER = re.compile(r"^\s*(?:area|areas|outskirts|suburbs?|district|countryside|environs|vicinity|"
                            r"neighbou?rhood|region|province|governorate|county|state|'s outskirts|'s suburbs)\b",
                            re.IGNORECASE)
_SPEECH_PLACE = re.compile(r"\b(?:said|told|spoke|speaking|briefing|statement|conference|announced|reported|"
                           r"based|headquartered|news agency)\b[^.]{0,30}$", re.IGNORECASE)
_HARMED = re.compile(r"\b(?:killed|injured|wounded|hurt|beaten|beat|shot|stabbed|hacked|tortured|"
                     r"injuries|dead|died|murdered)\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\b(?:clash\w*|fought|fight\w*|battl\w*|exchang\w*|skirmish\w*|firefights?|gunfights?|"
                     r"engag\w*|confront\w*|repuls\w*|repell\w*|shoot-?outs?|fire ?fights?)\b", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r"(?:\s+(?!(?:there|say|says|said|reported|told)\b)[\w'-]+){0,3}?\s+"
                          r"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?", re.IGNORECASE)
# words between a crowd and a violent verb that make the verb someone else's deed ("demonstrated after
# a colleague was killed", "protested against the murder of")
_NOT_THEIR_DEED = re.compile(r"\b(?:after|against|over|for|when|because|following|was|were|been|being|of)\b",
                             re.IGNORECASE)
_ABDUCTION_ASSAULT = re.compile(r"\b(?:attacked|assault(?:ed|ing)|fired (?:at|on|upon|shots|gunshots)|"
                                r"(?:attempt(?:ed|ing)?|tried|trying) to (?:kidnap|abduct))\b", re.IGNORECASE)
_STATE_PRESENT = re.compile(r"\b(?:police\w*|soldiers?|troops|army|military|security forces|officers?|"
                            r"gendarmes?|reservists?)\b", re.IGNORECASE)
_EXECUTION = re.compile(r"\b(?:extra-?judicial\w*|executed|execution-style|summar(?:y|ily) execut\w*)\b",
                        re.IGNORECASE)
_ONE_VICTIM = re.compile(r"\s*(?:a|an|one)\b", re.IGNORECASE)
_EXPLICIT_CIVILIANS = re.compile(r"\b(?:civilians?|citizens?|women|woman|\w*children|child|\w*girls?|\w*boys?|pupils?|"
                                 r"students?|passengers?|worshippers?|\d+[ -]year[ -]old|grandm\w+|sisters?|"
                                 r"mothers?|wives|wife|babies|baby|elderly)\b", re.IGNORECASE)
_RAID_WORD = re.compile(r"\braid(?:s|ed|ing)?\b", re.IGNORECASE)
_FEUD_BETWEEN = re.compile(r"\b(?:dispute|conflict|feud|tensions?|violence|fighting|rivalry|hostilities)\b"
                           r"[^.;]{0,40}?\bbetween\b", re.IGNORECASE)
_PASSIVE_SUBJECT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:was|were|had been|have been|has been|is|are|being)\s+"
                              r"(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+(?:ed|en|wn|t|ung)\b", re.IGNORECASE)
# an arrest the crowd protests against, not one made at the protest
_GRIEVANCE_ARREST = re.compile(
    r"\b(?:release|freedom|free)\b[^.;]{0,120}?\b(?:detention|detained|arrest\w*|jailed|custody|imprison\w*)\b|"
    r"\b(?:against|over|protest\w*|condemn\w*|denounc\w*)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:arrests?|detention|jailing|imprisonment)\s+of\b", re.IGNORECASE)
_EXCESSIVE = re.compile(
    r"\b(?:excessive force|(?:opened|open|opening|opens) fire (?:on|at)|fired (?:live (?:ammunition|rounds|bullets) )?"
    r"(?:on|at|into) (?:the )?(?:peaceful |unarmed )?(?:protesters|demonstrators|crowds?|marchers)|"
    r"(?:shot|killed|shot dead) (?:\w+ ){0,3}(?:peaceful |unarmed )?(?:protesters|demonstrators|marchers)|"
    r"violent(?:ly)? (?:crackdown|suppress\w*|dispers\w*|repress\w*)|crackdown on (?:\w+ ){0,2}(?:protesters|demonstrators)|"
    r"suppress(?:ed|ing)? (?:their |the )?(?:peaceful )?(?:protests?|demonstrations?)|"
    r"(?:beat|beating|hits?|hitting|clubbed|whipped|flogged) (?:\w+ ){0,3}(?:protesters?|demonstrators?|marchers?))\b",
    re.IGNORECASE)
_PROTEST_DAMAGE = re.compile(r"\b(?:destroyed|damaged|vandali[sz]ed|smashed|torched|looted|"
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
_GRIEVANCE_BEFORE = re.compile(r"\b(?:against|over|protest\w*|condemn\w*|denounc\w*|decry\w*)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# "no reports of violence or clashes with police", "devoid of running battles"
_DENIED_BEFORE = re.compile(r"\b(?:no|not|without|devoid of|free of|never|nor)\b[^.;]{0,35}$", re.IGNORECASE)
_RIVAL_CROWDS = re.compile(r"\b(?:rival(?:ing)? (?:political |party )?(?:supporters|groups|factions|camps|youths|"
                           r"candidates)|each other|one another|"
                           r"factions of|supporters of (?:two|rival)|(?:\w+ and \w+|two (?:rival )?(?:groups|camps)) "
                           r"(?:supporters|youths|members) (?:clash\w*|fought|fight\w*))\b", re.IGNORECASE)
_DEMONSTRATING = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)|demand\w*|petition\w*|"
                            r"against the|sit-ins?|strikes?)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|had|have|has)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?by\b", re.IGNORECASE)
_OWNED_BEFORE = re.compile(r"\b(?:homes?|houses?|property|stalls?|kiosks?|structures?)\s+$", re.IGNORECASE)
_FEW_MEN = re.compile(r"\b(?:m[ae]n|individuals|persons|assailants?|attackers?|strangers)\b", re.IGNORECASE)
_LYNCHED = re.compile(r"\b(?:(?:burnt|burned|stoned|beaten|clubbed) to death|lynch\w*)\b", re.IGNORECASE)
_STATE_VICTIMS = re.compile(
    r"(?<!former )(?<!retired )(?<!ex-)\b(?:soldiers?|troops|police(?:m[ae]n| officers?| reservists?)?|"
    r"security (?:forces|personnel)|commandos?|rangers?)\b"
    r"(?:(?!\b(?:shooting|shot|killing|after|uniforms?)\b)[^.;]){0,40}?"
    r"\b(?:killed|wounded|injured|died|casualties|dead)\b|"
    r"\b(?:killed|wounded|injured|killing|wounding|injuring)\s+(?:\w+\s+){0,3}?(?:soldiers?|troops|"
    r"police(?:m[ae]n| officers?)|security personnel)\b", re.IGNORECASE)
# an official's armed guards killed with him: the attackers met armed resistance
_GUARDS_KILLED = re.compile(r"\b(?:(?:body ?)?guards|escorts)\b[^.;]{0,40}?\b(?:killed|wounded|injured|died|dead)\b|"
                            r"\b(?:killed|killing|wounded|wounding|shot dead|shooting dead|gunned down|shot)\s+"
                            r"(?:[\w-]+\s+){0,9}?(?:body ?)?guards?\b",
                            re.IGNORECASE)
# the attacked side fought back: "police returned fire, killing two of the attackers"
_FOUGHT_BACK = re.compile(r"\b(?:(?:fired|fought|shot|hit) back|fight back|returned (?:fire|gunfire)|repulsed|repelled|"
                          r"stand-?offs? with|"
                          r"exchange of (?:fire|gunfire)|exchanged (?:fire|gunfire)|shoot-?outs?|gun ?battles?|"
                          r"(?:killed|killing|shot dead|shooting dead|gunned down|wounded|injured)\s+"
                          r"(?:\w+\s+){0,2}?of the (?:suspected |alleged )?"
                          r"(?:attackers|assailants|gunmen|militants|raiders|bandits|robbers)|"
                          r"(?:police|soldiers|troops|officers|security forces|rangers)\b[^.;]{0,30}?\b"
                          r"(?:killed|shot dead|shot|wounded)\s+(?:\w+\s+){0,2}?of them)\b", re.IGNORECASE)
_GUARDS_NAMED = re.compile(r"\b(?:guards?|bodyguards?|escorts?)\b", re.IGNORECASE)
_CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers|residents|passengers|women|children|teachers|students|workers|worshippers)\b"
    r"[^.;]{0,30}?\b(?:killed|wounded|injured|died|dead)\b|\b(?:killed|wounded|injured|killing|wounding)\s+"
    r"(?:\w+\s+){0,3}?(?:civilians?|villagers|residents|passengers|women|children|teachers|students|workers)\b",
    re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?by\b", re.IGNORECASE)
_CIVILIAN_WORDS = re.compile(
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
_NOT_CIVIL_OFFICER = (r"(?<!returning )(?<!election )(?<!electoral )(?<!presiding )(?<!polling )(?<!clinical )"
                      r"(?<!medical )(?<!health )(?<!tax )(?<!revenue )")
_ARMED_WORDS = re.compile(r"\b(?:soldiers?|troops?|army|military|police(?:men|man)?|" + _NOT_CIVIL_OFFICER +
                          r"officers?|forces|militants?|"
                          r"armed (?:group|men)|commandos?|rangers?|check ?points?|bodyguards?|"
                          r"fighters?|rebels?|insurgents?|jihadists?|militiam[ae]n|militias?|guards?|gunmen|"
                          r"commanders?|combatants?|security personnel|base|barracks|convoy|patrol|"
                          r"positions?|outpost|bandits?|raiders?|gangsters?|poachers?|"
                          r"pirates?|kidnappers?|terrorists?|reservists?|vigilantes?)\b", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"[’'s]*\s+(?:\w+\s+){0,3}(?:said|says|told|confirmed|reported|announced|stated|"
                            r"claimed|blamed|accused|denied|condemned|added|noted|spokesm[ae]n|spokesperson|"
                            r"source|statement)\b", re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(r"\b(?:according to|said|told|quoting|cited|source (?:from|in|at|within))\s+(?:the\s+)?$",
                             re.IGNORECASE)
_GENERIC_LABELS = frozenset({"Unidentified Armed Group", "Unidentified Communal Militia", "Unidentified Tribal Militia",
                             "Unidentified Clan Militia", "Civilians", "Protesters", "Rioters",
                             "Private Security Forces"})
# "survivors of the 2008 election violence": a year naming a thing dates that thing, not the gathering
_ATTRIBUTIVE_YEAR = re.compile(r"the (?:1[89]|20)\d\d (?!(?:and|to|or|until|when|after|before)\b)[a-z]")
RELATIVE_CLAUSE_STALE_DAYS = 14
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")
_REPORT_DATE = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|confirmed|published|"
                          r"released|issued|according to \w+(?: \w+)?)\s+(?:\w+\s+){0,2}(?:on\s+|late\s+|early\s+)?$",
                          re.IGNORECASE)
_UNORGANISED = re.compile(r"\b(?:supporters|youths?|residents|crowds?|mobs?|villagers|locals|voters|members of the "
                          r"public|neighbou?rs|community members|traders|students|workers|squatters|activists)\b",
                          re.IGNORECASE)
_ARMED_AGENT = re.compile(r"\b(?:armed|gunm[ae]n|militia\w*|militants?|fighters|rebels|insurgents|soldiers|troops)\b",
                          re.IGNORECASE)
_ARMED_CLASH = re.compile(r"\b(?:armed|arms|guns?|gunm[ae]n|gunfire|gunshots?|rifles?|firearms?|shot|shooting|"
                          r"fired|bullets?|militia\w*|militants?|fighters|rebels?|insurgents?|jihadists?|bandits?|"
                          r"raiders?|attackers|assailants|warriors|soldiers?|troops?|army|military|police\w*|"
                          r"gendarm\w*|forces|officers?|guards?|security|rangers?|navy|naval|pirates?|coast ?guards?)\b",
                          re.IGNORECASE)
_COMMUNAL_CLASH = re.compile(r"\b(?:communit(?:y|ies)|communal|inter-?communal|clans?|inter-?clan|sub-?clans?|"
                             r"ethnic|inter-?ethnic|tribes?|tribal|inter-?tribal|cattle raid\w*|rustl\w*)\b",
                             re.IGNORECASE)
_HERDING = re.compile(r"\b(?:herders?|herdsm[ae]n|pastoralists?|nomads?)\b", re.IGNORECASE)
_PARTY_NAME = re.compile(r"\b(?:Party|Democratic|Congress|Alliance|Coalition|Union)\b")
_ARMED_NAME = re.compile(r"\b(?:Liberation|Army|Forces|Militia|Mujahideen|Brigades?|Armed|Defen[cs]e)\b")
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CROWD = re.compile(r"\b(?:a group|groups|a number of|crowds?|mobs?|residents|locals|villagers|youths?|"
                    r"neighbou?rs|relatives|family members|members of the public|passers-?by|onlookers|"
                    r"voters|supporters|students|pupils|fans|traders|hawkers|vendors|riders|operators|"
                    r"motorists|workers|parents|worshippers|congregants)\b",
                    re.IGNORECASE)
_ARMED_PERP = re.compile(r"\b(?:armed|arms|guns?|gunm[ae]n|gunfire|gunshots?|rifles?|firearms?|shot|shooting|"
                         r"fired|bullets?|militia\w*|militants?|fighters|rebels?|insurgents?|jihadists?|bandits?|"
                         r"raiders?|raids?|assailants|attackers|soldiers|troops|"
                         r"explosives?|bombs?|grenades?|abduct\w*|kidnap\w*|banditry)\b",
                         re.IGNORECASE)
_GROUP_WORD = r"(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
_BETWEEN_GROUPS = re.compile(rf"\bbetween (?:the |members of the |an? )?(?P<x>{_GROUP_WORD}) (?:and|&) (?:the |an? )?"
                             rf"(?P<y>{_GROUP_WORD})\b(?! (?:counties|county|districts?|provinces?|states?|towns?|"
                             rf"villages?|regions?)\b)")
_GROUPS_CLASH = re.compile(rf"(?P<x>{_GROUP_WORD}) and (?:the )?(?P<y>{_GROUP_WORD}) (?:[a-z]+ ){{0,2}}"
                           rf"(?:clans?|communities|groups|herders|pastoralists|militias?|tribes|youths|fighters) "
                           rf"(?:clash\w*|fought|fight\w*)")
_TWO_OF_GROUP = re.compile(rf"\b(?:two|rival) (?:(?:sections|factions|sub-clans|clans) of the (?P<x>{_GROUP_WORD})|"
                           rf"(?P<z>{_GROUP_WORD}) (?:clans|communities|groups|factions|sub-clans|militias|sections))"
                           rf" (?:\w+ )?(?:clash\w*|fought|fight\w*)")
# "Borana and Somalis clashed": two peoples named as the subject of a fight
_PEOPLES_CLASH = re.compile(rf"\b(?P<x>{_GROUP_WORD}) and (?:the )?(?P<y>{_GROUP_WORD}) "
                            rf"(?:clash\w*|fought|fight|exchanged fire)\b")
_FEUD = re.compile(r"\b(?:communal|inter-?communal|clans?|inter-?clan|ethnic|inter-?ethnic|tribes?|tribal|"
                   r"cattle raids?|cattle raiders|rustl\w*|retaliat\w*|revenge)\b", re.IGNORECASE)
# fighters of an organised group: retaliation by them is no feud between communities
_ORGANISED_ARMED = re.compile(r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|soldiers|troops)\b",
                              re.IGNORECASE)
_COMMUNITY_AGENT = re.compile(r"\b(?:communit(?:y|ies)|people from|youths? from|residents of|members of)\b",
                              re.IGNORECASE)
_COMMUNAL_WEAPONS = re.compile(r"\b(?:machetes?|cutlass\w*|guns?|rifles?|firearms?|arrows?|bows?|spears?|"
                               r"blade(?:d)? weapons?|artisanal|hunting rifles?|armed)\b", re.IGNORECASE)
_MOB_VICTIMS = re.compile(r"\b(?:thie(?:f|ves)|robbers?|burglars?|suspect(?:s|ed)?|accused|witch\w*|sorcer\w*|"
                          r"lynch\w*|mob|rapists?|criminals?)\b", re.IGNORECASE)
_FARMERS = re.compile(r"\b(?:farmers?|villagers|vigilantes?|hunters)\b", re.IGNORECASE)
_LETHAL = re.compile(r"\b(?:killed|killing|dead|died|deaths?|death toll)\b", re.IGNORECASE)
_PERSON_TARGET = re.compile(r"\b(?:herders?|pastoralists?|farmers?|villagers?|residents?|women|children|men|man|woman|"
                            r"aspirants?|candidates?|supporters?|officials?|politicians?|leaders?|MPs?|MCAs?|"
                            r"councill?ors?|activists?|journalists?|traders?|civilians?|people|persons?|family|"
                            r"chiefs?|elders?|students?|teachers?|workers?|boys?|girls?)\b", re.IGNORECASE)
_STATE_TARGET = re.compile(r"\b(?:soldiers?|troops|army|military|police(?:m[ae]n)?|gendarmes?|check ?points?|commandos?|convoys?|rangers?|"
                           r"barracks|military base|army base|patrols?|security forces|security personnel|"
                           r"police (?:station|post)s?|military (?:post|position)s?|(?:a|the|an army|a security) base|"
                           r"outposts?|security posts?|" + _NOT_CIVIL_OFFICER + r"officers?)\b", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:strikes?|attacks?|raids?|bombings?|blasts?|explosions?|shelling|clash(?:es)?|"
                         r"fighting|battles?|ambush(?:es)?|assaults?|operations?|offensives?|shootings?)$",
                         re.IGNORECASE)
_PROTEST_CONTEXT = re.compile(r"\b(?:protest\w*|demonstrat\w*|demand\w*|(?-i:march)|marche[ds]|marching|marchers?|rally|rallies|petition\w*|"
                              r"block\w*|barricad\w*|tyres|tires|opposition|"
                              r"grievances?|to press|in solidarity|chant\w*|placards?|opposing|against the)\b",
                              re.IGNORECASE)
_POLICE_PRESENT = re.compile(r"\b(?:police|security forces|gendarmes?|riot squad|soldiers|troops|anti-riot)\b",
                             re.IGNORECASE)
_ENTRY = re.compile(r"(?:storm|raid|invad)\w*$", re.IGNORECASE)  # going in, harming no one by itself
_PAST_RELATIVE = re.compile(r"\b(?:who|which|that) had\b[^,.;]*", re.IGNORECASE)
_GUN_BATTLE = re.compile(r"\b(?:gun ?battles?|gunfights?|fire ?fights?|shoot-?outs?|exchanged (?:gun)?fire|"
                         r"exchanges? of (?:gun)?fire|exchanged (?:gun)?shots)\b", re.IGNORECASE)
_IED_AND_GUNS = re.compile(r"\b(?:(?:ieds?|explosions?|explosives?|bombs?|mines?) and (?:gunfire|small[- ]arms)|"
                           r"(?:gunfire|small[- ]arms) and (?:ieds?|explosions?|explosives?|bombs?|mines?)|"
                           r"complex (?:ambush|attack)|returned fire|(?:ieds?|bombs?|explosives?|mines?) "
                           r"(?:\w+ ){0,3}and (?:then )?opened fire)\b", re.IGNORECASE)
_BARE_FIGHT = re.compile(r"fight(?:ing|s)?|fought", re.IGNORECASE)
_FIGHTERS_BEFORE = re.compile(r"\b(?:youths?|supporters|students|people|men|boys|groups?|rivals?|crowds?|them|"
                              r"villagers|residents|fans|traders)\s+(?:from\s+)?$", re.IGNORECASE)
_ONE_SIDED = re.compile(r"(?:ambush\w*|boarded)$", re.IGNORECASE)  # clash words one side does to another
_MILITARY_WORDS = re.compile(r"\b(?:military|army|soldiers|troops|armed forces)\b", re.IGNORECASE)
_CROWD_VICTIMS = re.compile(r"\b(?:protesters|demonstrators|marchers|crowds?|supporters|them|participants)\b",
                            re.IGNORECASE)
_KILLED_PROTESTERS = re.compile(r"\b(?:shot|killed|live (?:ammunition|bullets|rounds)|opened fire|gunned|"
                                r"shot dead|fired (?:on|at|into)|died|dead|gunfire|brutal\w*|beat|beaten|"
                                r"excessive force|attacked|injured|wounded)\b", re.IGNORECASE)


def _agent_text(draft) -> str:
    """The words the event's mentions name their perpetrator with."""
    return " ".join(m.actor1_evidence.text for m in draft.mentions if m.actor1_evidence is not None)


def _subject_window(draft) -> str:
    """The words before the first trigger of the event's sentence, where an unresolved subject sits."""
    m = draft.mentions[0]
    return m.sentence_span.text[:m.trigger.start - m.sentence_span.start][-80:]


def _scene_fight(m) -> bool:
    """'photographing youths fighting', 'separate rival supporters from fighting': a fight named as
    what others were doing, not as the event."""
    s = m.sentence_span
    before = s.text[:m.trigger.start - s.start]
    after = s.text[m.trigger.end - s.start:]
    return bool(_BARE_FIGHT.fullmatch(m.trigger.text) and _FIGHTERS_BEFORE.search(before)
                and not re.match(r"\s+(?:between|against|off)\b", after))


def _communal_attack(draft, sentences: str) -> bool:
    """Farmers, herders or villagers, armed or killing, against another community."""
    agent = _agent_text(draft)
    if not (_FARMERS.search(agent) or _HERDING.search(agent) or _COMMUNITY_AGENT.search(agent)):
        return False
    if _MOB_VICTIMS.search(sentences):
        return False
    families = {m.family for m in draft.mentions}
    sentences = _PAST_RELATIVE.sub(" ", sentences)  # "a man who had just killed his mother": his deed
    return "kill" in families or bool(_LETHAL.search(sentences)) or bool(_SETTLEMENT_RAID.search(sentences)) \
        or bool(_COMMUNAL_WEAPONS.search(sentences) and _FIREARMS.search(sentences)) \
        or bool(_SHOOTING.search(sentences))


def _protesters_damaged(sentences: str) -> bool:
    """Damage the protesters did, not the grievance ("homes destroyed by the county")."""
    for m in _PROTEST_DAMAGE.finditer(sentences):
        before = sentences[max(0, m.start() - 20):m.start()]
        if _PASSIVE_BEFORE.search(before) or _BY_AFTER.match(sentences, m.end(), m.end() + 40) \
                or _OWNED_BEFORE.search(before) or _DENIED_BEFORE.search(sentences[max(0, m.start() - 40):m.start()]) \
                or _GRIEVANCE_BEFORE.search(before):
            continue
        return True
    return False


# "men wielding machetes": a band that came armed, not a crowd that turned on someone
_ARMED_WITH = r"wielding|brandishing|armed with|equipped with"
_WIELDING = re.compile(rf"\b(?:{_ARMED_WITH})\b", re.IGNORECASE)
_AGENT_TAIL = re.compile(rf"\s+(?:who (?:were|was) )?(?:{_ARMED_WITH}|carrying|"
                         r"(?:believed|suspected|thought|said|alleged|reported) to be|identified as)\b[^,.;]{0,50}",
                         re.IGNORECASE)
_SPEAKER_TAIL = re.compile(r"[,;]\s+(?:\w+\s+){0,4}(?:said|says|told|reported|added|stated|claimed)\b")


def _patient_window(m) -> str:
    """The words that likely name whom a trigger acted on: those after it, or, when a passive
    agent follows ("was killed by Taliban militants"), those before it."""
    sent = m.sentence_span.text
    at, end = m.trigger.start - m.sentence_span.start, m.trigger.end - m.sentence_span.start
    after = sent[max(0, end):]
    if _BY_AGENT.match(after):
        return sent[max(0, at - 40):max(0, at)]
    speaker = _SPEAKER_TAIL.search(after, 0, 40)  # ", the army said": who told it, not whom it hit
    return after[:speaker.start() if speaker else 40]


def _span(text: str, start: int, end: int, note: str | None = None) -> Span:
    return Span(text[start:end], start, end, note)


def article_country(toponyms: tuple[Toponym, ...], country_cues: dict[str, int], text: str = "") -> str | None:
    """The country the article is mostly about: most frequent country of its places, else the one
    its demonyms and actors point to most, with the countries it names only as a reference point
    ("near the border with Somalia", "youth from Benin") as one vote each; a modifier ("the US
    dollar") is no vote."""
    counts: Counter[str] = Counter()
    votes: Counter[str] = Counter(country_cues)
    for t in toponyms:
        if t.place is None or not t.place.iso3 or (text and modifier_use(text, t)):
            continue
        if text and non_event_use(text, t):
            votes[t.place.iso3] += 1
        else:
            counts[t.place.iso3] += {"city": 3, "admin2": 2, "admin1": 2}.get(t.place.feature, 1)
    if counts:
        return counts.most_common(1)[0][0]
    if votes:
        return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return None


def _paragraphs_of(text: str, mentions) -> str:
    """The paragraphs (blank-line or line separated) that hold the mentions' sentences."""
    out = []
    for m in mentions:
        s, e = m.sentence_span.start, m.sentence_span.end
        start = text.rfind("\n", 0, s) + 1
        end = text.find("\n", e)
        para = text[start:end if end >= 0 else len(text)]
        if para not in out:
            out.append(para)
    return " ".join(out)


def pick_place(text: str, sent_start: int, sent_end: int, trigger_start: int, toponyms: tuple[Toponym, ...],
               blocked: list[tuple[int, int]], window_before: int = 10_000,
               window_after: int = 10_000) -> tuple[Toponym | None, int]:
    """The toponym of the sentence where the event happened, and its ACLED geo precision."""
    best = None
    best_key = None
    inside_actor = None
    for t in toponyms:
        if t.place is None or t.start < sent_start or t.end > sent_end:
            continue
        if any(s <= t.start and t.end <= e for s, e in blocked):
            if inside_actor is None and t.place.feature in ("city", "admin1", "admin2") \
                    and _LOCAL_FORCE_AFTER.match(text, t.end):
                inside_actor = t  # "Hong Kong police", "Kano state police": where those forces serve
            continue
        if t.place.feature == "continent" or not t.place.iso3 or non_event_use(text, t):
            continue
        if t.start > trigger_start + window_after or t.end < trigger_start - window_before:
            continue
        before = text[max(sent_start, t.start - 60):t.start]
        if _SPEECH_PLACE.search(before):
            continue
        prep = bool(_LOC_PREPS.search(before)) and not _REFERENCE_POINT.search(before)
        # "rockets fired from Gaza towards Ashkelon": where they came from is not where they struck
        origin = bool(_ORIGIN.search(before)) and t.start > trigger_start
        feature_rank = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}.get(t.place.feature, 1)
        distance = abs(t.start - trigger_start)
        after_trigger = 0 if t.start >= trigger_start else 1
        key = (origin, feature_rank, not prep, after_trigger, distance)
        if best_key is None or key < best_key:
            best, best_key = t, key
    if best is None and inside_actor is not None:
        return inside_actor, max(2, geo_precision(text, inside_actor))
    if best is None:
        return None, 3
    return best, geo_precision(text, best)


def geo_precision(text: str, t: Toponym) -> int:
    if t.place.feature in ("country", "admin1"):
        return 3
    if t.place.feature == "admin2":
        return 2
    before = text[max(0, t.start - 40):t.start]
    after = text[t.end:t.end + 25]
    if _PARTIAL.search(before) or _PARTIAL_AFTER.match(after):
        return 2
    return 1


def _adjust_foreign(actor: Actor | None, iso3: str | None) -> Actor | None:
    if actor is None or iso3 is None:
        return actor
    if actor.type == 1 and actor.country and actor.country != iso3:
        return Actor(actor.name, 8, actor.country)
    if actor.type == 8 and actor.country == iso3 and not actor.name.startswith("Private Security Forces"):
        return Actor(actor.name, 1, actor.country)
    return actor


class Coder:
    """Turns one article's candidates into events, given the loaded resources."""

    def __init__(self, actors, taxonomy: dict[str, SubEventInfo], country_place):
        self.actors = actors
        self.taxonomy = taxonomy
        self.country_place = country_place

    # ---- mentions -------------------------------------------------------------------------
    def actor_in(self, span: tuple[int, int] | None, phrase: str | None, actor_mentions, iso3: str | None,
                 target: bool = False):
        if span is None:
            return None
        s, e = span
        inside = [m for m in actor_mentions if m[0] >= s and m[1] <= e]
        if inside and target and phrase and (SUSPECTED_CRIMINAL.search(phrase) or former_forces(phrase)):
            # "a suspected al-Shabaab returnee", shot dead; "a former army officer", arrested
            return self.actors.civilian(iso3)
        if inside:
            # prefer named groups over generic state/civilian categories
            inside.sort(key=lambda m: (m[2].type in (7,), m[0]))
            actor = inside[0][2]
            if actor.type == 7 and not target and phrase:
                whole = self.actors.resolve(phrase, iso3)
                if whole is not None and whole.type in (2, 3):
                    return _adjust_foreign(whole, iso3)  # "30 men wielding machetes"
            if target and phrase and actor.type in (3, 4) and _PERSON_TARGET.search(phrase) and not re.search(
                    r"\b(?:militia\w*|fighters|gunmen|raiders|attackers|militants|rebels|members of)\b", phrase,
                    re.IGNORECASE):
                # "five Borana herders", "a Jubilee aspirant": people of a group, attacked, are civilians
                actor = self.actors.civilian(iso3)
            return _adjust_foreign(actor, iso3)
        if phrase:
            actor = self.actors.resolve(phrase, iso3, target=target)
            if target and actor is not None and actor.type == 4 and _CIVILIAN_WORDS.search(phrase) \
                    and not re.search(r"\bmilitia|fighters|gunmen|raiders|attackers\b", phrase, re.IGNORECASE):
                actor = self.actors.civilian(iso3)
            if actor is None and not target:
                # "blamed Turkey for the bombing": a state named as perpetrator means its forces
                place = self.country_place(re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE))
                if place is not None and place.feature == "country" and len(phrase) < 40:
                    actor = self.actors.state_forces(place.iso3)
            return _adjust_foreign(actor, iso3)
        return None

    def code_candidate(self, cand: Candidate, text: str, sentence, doc, toponyms, dates, actor_mentions,
                       iso3_hint: str | None, published, event_date_for, date_known: bool = True) -> CodedMention:
        offset = sentence.start
        trig = cand.trigger
        blocked = [(m[0], m[1]) for m in actor_mentions]
        c_start, c_end = cand.clause or (sentence.start, sentence.end)
        first = min(h.start for h in cand.hits)
        top, precision = pick_place(text, c_start, c_end, first, toponyms, blocked,
                                    window_before=PLACE_WINDOW_BEFORE, window_after=PLACE_WINDOW_AFTER)
        place = top.place if top is not None else None
        iso3 = place.iso3 if place is not None else iso3_hint
        a1, a2, a1_span, a2_span, a1_hit = self.roles_for(cand, doc, offset, actor_mentions, iso3)
        a1_ev = _span(text, *a1_span) if a1_span else None
        a2_ev = _span(text, *a2_span) if a2_span else None
        if a1 is None or a2 is None:
            # fall back to the order of known actors around the trigger, leaving out speakers
            in_sent = [m for m in actor_mentions if sentence.start <= m[0] and m[1] <= sentence.end
                       and not _SPEAKER_AFTER.match(text, m[1]) and not _SPEAKER_BEFORE.search(
                           text, max(sentence.start, m[0] - 20), m[0])]
            before = [m for m in in_sent if m[1] <= trig.start]
            after = [m for m in in_sent if m[0] >= trig.end]
            if a1 is None and before and _PASSIVE_GAP.fullmatch(text, before[-1][1], trig.start) \
                    and _PARTICIPLE.match(trig.text):
                # "a suspected al-Shabaab returnee was killed": the subject of a passive is the target
                m = before.pop()
                if a2 is None:
                    a2 = self.actor_in((m[0], m[1]), text[max(sentence.start, m[0] - 30):trig.start],
                                       actor_mentions, iso3, target=True)
                    a2_ev = _span(text, m[0], m[1])
            # ("two suspects were killed in a shoot-out with police": the subject of a passive is hurt)
            doers = [m for m in before if not _PASSIVE_SUBJECT.match(text, m[1])]
            if a1 is None and doers:
                m = doers[-1]
                if a2 is None or m[2].name != a2.name:
                    a1, a1_ev = _adjust_foreign(m[2], iso3), _span(text, m[0], m[1])
            if a2 is None and after:
                m = after[0]
                if a1 is None or m[2].name != a1.name:
                    a2, a2_ev = _adjust_foreign(m[2], iso3), _span(text, m[0], m[1])
            if a1 is None and a2 is not None and cand.group == "violent":
                # "militants were killed in a gun battle with police": the other side is actor 1
                m = next((m for m in after + before[::-1] if m[2].name != a2.name and m[2].type != 7), None)
                if m is not None:
                    a1, a1_ev = _adjust_foreign(m[2], iso3), _span(text, m[0], m[1])
        if (a1 is None or a2 is None) and cand.family in ("plover", "agree"):
            # "Finland will give Tanzania a grant", "Libya has offered to hand over …": states act
            # through their governments; the country named before the verb acts, the one after receives
            states = [t for t in toponyms if t.place is not None and t.place.feature == "country"
                      and sentence.start <= t.start and t.end <= sentence.end
                      and not _SPEECH_PLACE.search(text, max(sentence.start, t.start - 60), t.start)]
            first_before = next((t for t in states if t.end <= trig.start), None)
            first_after = next((t for t in states if t.start >= trig.end), None)
            if a1 is None and first_before is not None:
                a1 = self.actors.state_forces(first_before.place.iso3, government=True)
                a1_ev = _span(text, first_before.start, first_before.end)
            if a2 is None and first_after is not None and (a1 is None or a1.country != first_after.place.iso3):
                a2 = self.actors.state_forces(first_after.place.iso3, government=True)
                a2_ev = _span(text, first_after.start, first_after.end)
        event_dates = [d for d in dates if not _REPORT_DATE.search(text, max(0, d.start - 30), d.start)
                       and not (_ATTRIBUTIVE_YEAR.match(text, d.start - 4 if d.start >= 4 else 0)
                                and not d.end <= trig.start <= d.end + 20)]
        if any(c_start <= d.start < c_end for d in event_dates):
            # another clause's date belongs to another event of the same sentence; a date that opens
            # the sentence ("On 12 Oct, students protested the killing … on 7 Oct") dates them all
            event_dates = [d for d in event_dates if c_start <= d.start < c_end
                           or not (sentence.start <= d.start < sentence.end)
                           or (d.start < c_start and _OPENING_DATE.fullmatch(text, sentence.start, d.start))]
        # "demanded the release of a man who disappeared on August 17": a relative clause's date weeks
        # before the report is its own verb's, not the news ("supporters who had gathered on Sunday" is)
        event_dates = [d for d in event_dates if not (
            trig.end <= d.start < sentence.end and _RELATIVE.search(text, trig.end, d.start)
            and d.high is not None and (published - d.high).days > RELATIVE_CLAUSE_STALE_DAYS)]
        date = event_date_for(event_dates, trig.start, trig.end, text, published if date_known else None) \
            if event_dates else None
        anaphoric = bool(re.search(r"\b(?:the|this|that|its|same)\s+(?:\w+[- ]){0,2}$",
                                   text[max(sentence.start, trig.start - 25):trig.start], re.IGNORECASE))
        s_text = text[sentence.start:sentence.end]
        modality = cand.modality
        if modality == "asserted" and date_known and date is not None and date.high is not None \
                and re.search(r"\b(?:1[89]|20)\d\d\b|\blast year\b|\byears? ago\b", date.text) \
                and (published - date.high).days > HISTORICAL_AFTER_DAYS:
            modality = "historical"
        return CodedMention(
            sentence=sentence.index, family=cand.family, families=cand.families,
            sub_event_type=cand.sub_event_type, mode=cand.mode, modality=modality, weight=cand.weight,
            trigger=_span(text, trig.start, trig.end), sentence_span=Span(s_text, sentence.start, sentence.end),
            actor1=a1, actor2=a2, actor1_evidence=a1_ev, actor2_evidence=a2_ev, actor1_hit=a1_hit,
            place=place,
            place_span=_span(text, top.start, top.end) if top is not None else None, geo_precision=precision,
            date=date, group=cand.group, anaphoric=anaphoric, plover=trig.plover)

    def roles_for(self, cand: Candidate, doc, offset: int, actor_mentions, iso3):
        """Actors from the candidate's triggers: verbs first (they carry subject and object), then nouns;
        the first trigger whose agent resolves to an actor gives actor1 (and that trigger's family and
        words), likewise for actor2."""
        if doc is None:
            return None, None, None, None, None
        found = []
        for h in cand.hits:
            head = span_head(doc, offset, h.start, h.end)
            if head is not None:
                found.append((0 if head.pos_ == "VERB" else 1, h.start, find_roles(doc, offset, head), h))
        found.sort(key=lambda x: (x[0], x[1]))
        a1 = a2 = a1_span = a2_span = a1_hit = None
        def is_event_noun(span) -> bool:
            return span is not None and any(span[0] <= h.start < span[1] and h.start - span[0] < 25
                                            and _EVENT_NOUN.search(h.text) for h in cand.hits)

        for verbal, _, r, h in found:
            if a1 is None and a2 is not None and r.agent is None and cand.group == "violent" \
                    and r.patient is not None and r.patient != a2_span \
                    and not (verbal == 0 and h.family in ("kill", "attack")):
                # "militants were killed in a gun battle with police": the other side of the fight
                other = self.actor_in(r.patient, r.patient_text, actor_mentions, iso3)
                if other is not None and other.name != a2.name and other.type != 7 and not (
                        r.patient_text and _PLACE_COMMUNITY.search(r.patient_text)):
                    a1, a1_span = other, r.patient
            if a1 is None and r.agent is not None and not is_event_noun(r.agent):
                a1 = self.actor_in(r.agent, r.agent_text, actor_mentions, iso3)
                tail = _AGENT_TAIL.match(doc.text, r.agent[1] - offset) if a1 is not None and a1.type == 7 else None
                if tail is not None:
                    # "by people believed to be al-Shabaab militia", "by 30 men wielding machetes": the
                    # words after the noun say who they are
                    span = (r.agent[0], r.agent[1] + tail.end() - tail.start())
                    better = self.actor_in(span, doc.text[r.agent[0] - offset:span[1] - offset], actor_mentions, iso3)
                    if better is not None and better.type != 7:
                        a1 = better
                if a1 is not None and a1.type in (2, 3) and r.agent_text and _UNORGANISED.search(r.agent_text) \
                        and not _ARMED_AGENT.search(r.agent_text):
                    # "National Alliance supporters", "ODM youths": a party's crowd, not its armed wing
                    a1 = self.actors.rioters(iso3)
                if r.forces_of:
                    a1 = self.forces_of(a1, r.agent_text, iso3)
                a1_span = r.agent if a1 is not None else None
                a1_hit = (h.family, h.text) if a1 is not None else None
            elif a1 is not None and a1_hit is not None and a1_hit[0] not in ("kill", "attack") \
                    and h.family in ("kill", "attack") and r.agent is not None and not is_event_noun(r.agent) \
                    and r.agent[1] <= h.start and not _NOT_THEIR_DEED.search(doc.text, r.agent[1] - offset,
                                                                           h.start - offset):
                # "workers protesting unpaid wages attacked two supervisors": the protest's subject
                # is also the attacker
                same = self.actor_in(r.agent, r.agent_text, actor_mentions, iso3)
                if same is not None and same.name == a1.name:
                    a1_hit = (h.family, h.text)
            for span, phrase in ((r.patient, r.patient_text), (r.alt_patient, r.alt_patient_text)):
                if a2 is None and span is not None:
                    a2 = self.actor_in(span, phrase, actor_mentions, iso3, target=True)
                    a2_span = span if a2 is not None else None
        return a1, a2, a1_span, a2_span, a1_hit

    def localised(self, actor: Actor | None, iso3: str | None) -> Actor | None:
        """A generic actor named before the event had a country ("bandits" → Unidentified Armed Group)
        gets the event's country, as ACLED names it."""
        if actor is None or iso3 is None or actor.country is not None or actor.name not in _GENERIC_LABELS:
            return actor
        return self.actors.generic(actor.name, actor.type, iso3)

    def claimed_by(self, claims, a1: Actor | None, a2: Actor | None, sub: str, iso3: str | None):
        """A group that claims responsibility is the perpetrator when the text names no other."""
        info = self.taxonomy[sub]
        if info.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            return a1, a2
        weak = a1 is None or a1.name.startswith("Unidentified") or (
            a1.type in (1, 8) and a1.country == iso3 and sub in ("Suicide bomb", "Remote explosive/landmine/IED"))
        if not weak:
            return a1, a2
        for c in claims:
            if c.stance != "claims responsibility":
                continue
            actor = _adjust_foreign(self.actors.resolve(c.claimant, iso3), iso3)
            if actor is None or actor.type in (5, 6, 7) or actor.name.startswith("Unidentified"):
                continue
            if a1 is not None and a1.type in (1, 8) and a2 is None:
                a2 = a1
            return actor, a2
        return a1, a2

    def paired_groups(self, text: str, iso3: str | None) -> tuple[Actor, Actor] | None:
        """The two sides of a fight between named communities, clans or armed groups."""
        for rx in (_BETWEEN_GROUPS, _GROUPS_CLASH, _TWO_OF_GROUP, _PEOPLES_CLASH):
            m = rx.search(text)
            if m is None:
                continue
            x = m.group("x") or m.group("z")
            y = m.groupdict().get("y") or x
            sides = [self.group_actor(n, iso3) for n in (x, y)]
            if all(a is not None for a in sides):
                return sides[0], sides[1]
        return None

    def group_actor(self, name: str, iso3: str | None) -> Actor | None:
        """A named group as an actor: a known armed group, else an ethnic or communal militia."""
        known = self.actors.resolve(name, iso3)
        if known is not None:
            return known if known.type in (2, 3, 4) else None
        for form in dict.fromkeys((name, name[:-1] if name.endswith("s") else name)):
            # a people the dictionary knows ("the Borana", "Somalis" in Kenya) fights as its militia
            known = next((a for _, _, a in self.actors.scan(f"{form} militia", iso3) if a.type == 4), None)
            if known is not None:
                return known
        if demonym_to_iso3(name) is not None or demonym_to_iso3(name.rstrip("s")) is not None:
            return None  # any other nationality is no militia ("Kenyans and Ugandans clashed")
        militia = self.actors.resolve(f"{name} militia", iso3)
        return militia if militia is not None and militia.type == 4 and name in militia.name else None

    def forces_of(self, actor: Actor | None, phrase: str | None, iso3: str | None) -> Actor | None:
        """'its forces' where 'it' is a state, a ministry or a country: that state's military."""
        country = None
        if actor is not None and actor.type in (1, 8) and actor.name.startswith("Government of"):
            country = actor.country
        elif actor is None and phrase:
            country = demonym_to_iso3(phrase.strip())
            if country is None:
                place = self.country_place(phrase.strip())
                country = place.iso3 if place is not None and place.feature == "country" else None
        if country is None:
            return actor
        return _adjust_foreign(self.actors.state_forces(country), iso3)

    # ---- events ---------------------------------------------------------------------------
    def refine(self, draft: EventDraft, iso3: str | None, patient_texts: str, paragraphs: str = ""):
        """Sub-event type and actors of a merged event, from its triggers and actors; ``paragraphs``
        is the text of the paragraphs its mentions are in."""
        top = choose_type(draft)
        families = set().union(*(m.families for m in draft.mentions))
        a1 = next((m.actor1 for m in draft.mentions if m.actor1 is not None and m.modality == "asserted"), None)
        a1 = a1 or next((m.actor1 for m in draft.mentions if m.actor1 is not None), None)
        a2 = next((m.actor2 for m in draft.mentions if m.actor2 is not None and (a1 is None or
                   m.actor2.name != a1.name)), None)
        sub = top.sub_event_type
        # a trigger that names both sides fighting ("clashed", "exchanged fire"), among the clash
        # triggers and among all of the event's triggers
        mutual_clash = any(_MUTUAL.search(m.trigger.text) for m in draft.mentions if m.family == "clash")
        mutual = mutual_clash or any(_MUTUAL.search(m.trigger.text) for m in draft.mentions)
        mode = top.mode
        fam = top.family
        sentences = " ".join(m.sentence_span.text for m in draft.mentions)
        if fam == "clash" and top.actor1_hit is not None and top.actor1_hit[0] in ("kill", "attack") \
                and all(_scene_fight(m) for m in draft.mentions if m.family == "clash"):
            # "police assaulted a journalist photographing youths fighting": the fight is the scene,
            # the assault whose agent the event has is the event
            fam = top.actor1_hit[0]
            sub = "Attack"
            mutual_clash = mutual = False
        if "clash" in families and all(a is None or a.type in (4, 7) or a.name.startswith("Unidentified")
                                       for a in (a1, a2)):
            # "clashes between Gabra and Borana militia", "two Maasai clans clashed": both sides
            pair = self.paired_groups(sentences, iso3)
            if pair is not None:
                a1, a2 = pair
        feud = _FEUD_BETWEEN.search(sentences)
        if fam in ("kill", "attack") and feud is not None and all(
                a is None or a.type == 7 or a.name.startswith("Unidentified") for a in (a1, a2)) \
                and not _EXPLICIT_CIVILIANS.search(patient_texts or ""):
            # "eight men were found dead after a dispute over land between the Maasai and Kipsigis":
            # the killing is a fight between the two peoples' militias
            pair = self.paired_groups(sentences[feud.start():], iso3)
            if pair is not None and pair[0] != pair[1]:
                a1, a2 = pair
                fam, sub, mutual_clash, mutual = "clash", "Armed clash", True, True
        if fam == "clash" and a1 is not None and a2 is None and a1.type in (1, 2, 3, 4, 8):
            # "X and Y clashed" when the parse gives one side: the other armed actor the sentence names
            a2 = next((act for m in draft.mentions for _, _, act in self.actors.find(m.sentence_span.text, iso3)
                       if act.type in (1, 2, 3, 4, 8) and act.name != a1.name and
                       not (act.type == a1.type == 1 and act.country == a1.country)), None)
        if fam == "clash" and a1 is None and a2 is not None:
            # "two suspects were killed in a shoot-out with police": the armed side the sentence names
            a1 = next((act for m in draft.mentions for _, end, act in self.actors.find(m.sentence_span.text, iso3)
                       if act.type in (1, 2, 3, 4, 8) and act.name != a2.name
                       and not _PASSIVE_SUBJECT.match(m.sentence_span.text, end)), None)
        paired = a1 is not None and a2 is not None and a1.type == 4 and a1 == a2  # "two Maasai clans"
        if draft.group == "violent" and a1 is not None and a1.type == 7:
            agent = _agent_text(draft)
            if _FEW_MEN.search(agent) and not _CROWD.search(agent) and not _FARMERS.search(agent) \
                    and not _HERDING.search(agent) and _ARMED_PERP.search(paragraphs or sentences):
                # "three men attacked him … shot in the head": a few armed men, not a crowd
                a1 = self.actors.unidentified(iso3)
        gun_battle = _GUN_BATTLE.search(sentences)
        if draft.group == "demo" and gun_battle is not None \
                and (_POLICE_PRESENT.search(sentences) or _MILITARY_WORDS.search(sentences)) \
                and not _DENIED_BEFORE.search(sentences[:gun_battle.start()][-40:]):
            # "demonstrators … engaged police forces in a gun battle": an exchange of fire between
            # the security forces and an armed crowd is a battle (ACLED), the crowd a communal militia
            sub = "Armed clash"
            state = next((a for a in (a1, a2) if a is not None and a.type == 1), None)
            a1 = state or self.actors.state_forces(iso3, police=not _MILITARY_WORDS.search(sentences))
            a2 = self.actors.communal_militia(iso3)
        elif draft.group == "demo":
            if _EXCESSIVE.search(sentences) and "mob" not in families and (
                    "riot" not in families or re.search(r"\bpeaceful", sentences, re.IGNORECASE)):
                # "security forces opened fire on peaceful protesters": lethal or violent repression
                sub = "Excessive force against protesters"
                state = next((a for a in (a1, a2) if a is not None and a.type in (1, 8)), None)
                a1, a2 = state or self.actors.state_forces(iso3, police=True), self.actors.protesters(iso3)
            elif "mob" in families:
                sub = "Mob violence"
                a1 = self.actors.rioters(iso3)
                a2 = a2 if a2 is not None and a2.type != 5 else self.actors.civilian(iso3)
            elif _RIVAL_CROWDS.search(sentences) and not _DEMONSTRATING.search(sentences):
                # "rival supporters clashed at a rally": a fight between crowds, not a demonstration
                sub = "Mob violence"
                a1 = a2 = self.actors.rioters(iso3)
            elif "riot" in families and "protest" not in families and "intervene" not in families \
                    and not _PROTEST_CONTEXT.search(sentences):
                sub = "Mob violence"
                a1 = self.actors.rioters(iso3)
                a2 = a2 if a2 is not None and a2.type not in (5, 6) else None
                if a2 is None:
                    a2 = (self.actors.state_forces(iso3, police=True) if _POLICE_PRESENT.search(paragraphs or sentences)
                          else self.actors.civilian(iso3))
            elif "riot" in families or ("clash" in families and "protest" in families) or (
                    "protest" in families and _protesters_damaged(sentences)) or (
                    "protest" in families and "attack" in families and any(
                        m.group == "violent" and m.actor2 is not None and m.actor2.type == 1 for m in draft.mentions)):
                # ("residents destroyed water pipes as they demonstrated": damage done by protesters)
                sub = "Violent demonstration"
                a1 = self.actors.rioters(iso3)
                a2 = a2 if a2 is not None and a2.type in (1, 8) else None
                if a2 is None and _POLICE_PRESENT.search(paragraphs or sentences):
                    a2 = self.actors.state_forces(iso3, police=True)
            elif families & HARM_FAMILIES and any(
                    m.actor1_hit is not None and m.actor1_hit[0] in HARM_FAMILIES
                    and not _ENTRY.match(m.actor1_hit[1]) and m.actor1 is not None and m.actor1.type in (5, 6)
                    for m in draft.mentions) and not _CROWD_VICTIMS.search(patient_texts or ""):
                # "a returning officer was attacked by demonstrators": the crowd did the violence
                sub = "Violent demonstration"
                a1 = self.actors.rioters(iso3)
                a2 = self.actors.state_forces(iso3, police=True) if _STATE_TARGET.search(patient_texts or "") \
                    else self.actors.civilian(iso3)
            elif families & {"kill", "attack"} and _KILLED_PROTESTERS.search(sentences):
                sub = "Excessive force against protesters"
                state = a1 if a1 is not None and a1.type in (1, 8) else self.actors.state_forces(iso3, police=True)
                a1, a2 = state, self.actors.protesters(iso3)
            elif families & {"intervene", "arrest"} and not (
                    "intervene" not in families and _GRIEVANCE_ARREST.search(sentences)):
                sub = "Protest with intervention"
                state = next((a for a in (a2, a1) if a is not None and a.type in (1, 8)), None)
                a1 = self.actors.protesters(iso3)
                a2 = state or self.actors.state_forces(iso3, police=True)
            else:
                sub = "Peaceful protest"
                a1 = a1 if a1 is not None and a1.type == 6 else self.actors.protesters(iso3)
                a2 = None
        elif draft.group == "violent" and fam == "clash" and not _ARMED_CLASH.search(paragraphs or sentences) \
                and not _COMMUNAL_CLASH.search(paragraphs or sentences) \
                and not (_COMMUNAL_SIDES.search(sentences) and _COMMUNAL_WEAPONS.search(sentences)) \
                and not any(m.trigger.text.lower().startswith("ambush") for m in draft.mentions) \
                and not (_HERDING.search(sentences) and _LETHAL.search(paragraphs or sentences)) and all(
                a is None or a.type in (5, 6, 7) or a.name.startswith("Unidentified") for a in (a1, a2)):
            # "rival supporters clashed", "two families fought over land": no arms, no organised or
            # communal group (communities, clans and ethnic groups fight as identity militias)
            sub = "Mob violence"
            a1 = self.actors.rioters(iso3)
            a2 = self.actors.rioters(iso3)
        elif draft.group == "violent" and fam == "clash" and any(
                a is not None and a.type == 1 for a in (a1, a2)) and all(
                a is None or a.type in (1, 5, 6, 7) or a.name.startswith("Unidentified") for a in (a1, a2)) \
                and _CROWD_SIDE.search(sentences) and not _NONSTATE_ARMED.search(paragraphs or sentences) \
                and mutual_clash:
            # "police and hawkers clashed over the removal of stalls", "squatters clashed with police":
            # an unorganised crowd fighting the police is a mob, not an armed group
            sub = "Mob violence"
            a2 = next(a for a in (a1, a2) if a is not None and a.type == 1)
            a1 = self.actors.rioters(iso3)
        elif draft.group == "violent" and fam == "clash" and _COMMUNAL_SIDES.search(sentences) \
                and mutual_clash \
                and not _MOB_VICTIMS.search(sentences) and not _RIVAL_CROWDS_ONLY.search(sentences) and all(
                a is None or a.type in (4, 7) or a.name.startswith("Unidentified") for a in (a1, a2)):
            # "farmers and Fulani herders clashed", "two families fought with machetes over land":
            # communities fighting each other are communal militias in an armed clash
            named = [a for a in (a1, a2) if a is not None and a.type == 4]
            a1 = named[0] if named else self.actors.communal_militia(iso3)
            a2 = named[1] if len(named) > 1 and named[1] != named[0] else self.actors.communal_militia(iso3)
            sub = "Armed clash"
        elif draft.group == "violent" and fam == "attack" and a1 is not None \
                and a1.name.startswith("Unidentified Communal Militia") and "kill" not in families \
                and not _LETHAL.search(sentences) and not _SETTLEMENT_RAID.search(sentences) \
                and not _ARMED_PERP.search(paragraphs or sentences):
            # "a group of pastoralists assaulted and wounded a farmer": an unarmed beating, not a raid
            sub = "Mob violence"
            a1 = self.actors.rioters(iso3)
            a2 = a2 if a2 is not None and a2.type == 7 else self.actors.civilian(iso3)
        elif draft.group == "violent" and fam in ("kill", "attack") and a1 is not None and a1.type == 7 \
                and _communal_attack(draft, sentences):
            # "farmers with machetes attacked a Fulani camp, killing two": an armed or deadly raid by
            # one community on another is an attack by a communal militia (a crowd punishing a
            # suspected thief stays mob violence)
            sub = "Attack"
            a1 = self.actors.communal_militia(iso3)
            a2 = a2 if a2 is not None and a2.type == 7 else self.actors.civilian(iso3)
        elif (draft.group == "violent" and fam in ("kill", "attack", "clash") and (
                (a1 is not None and a1.type in (5, 6, 7))
                or (fam == "clash" and a2 is not None and a2.type in (5, 6) and a1 is not None and a1.type in (1, 8)))) \
                or (fam == "loot" and a1 is not None and a1.type in (5, 6, 7)):
            # violence by unorganised civilians (residents, supporters, a crowd) is mob violence
            sub = "Violent demonstration" if "protest" in families or _PROTEST_CONTEXT.search(sentences) \
                else "Mob violence"
            if a1 is not None and a1.type in (1, 8):
                a1, a2 = a2, a1
            a1 = self.actors.rioters(iso3)
            if a2 is not None and a2.type in (5, 6):
                a2 = self.actors.civilian(iso3)
            if _POLICE_PRESENT.search(paragraphs or sentences) and (a2 is None or a2.type == 7):
                a2 = self.actors.state_forces(iso3, police=True)
            elif a2 is None and sub == "Mob violence":
                a2 = self.actors.civilian(iso3)
        elif draft.group == "violent" and fam == "ied" and _DEVICE_FOUND.search(sentences) \
                and not _DEVICE_WENT_OFF.search(_DISPOSAL.sub(" ", sentences)):
            # "two explosive devices were found in a canal", "troops cleared 23,000 landmines": a
            # device found or made safe is a disrupted weapon, not an explosion
            sub = "Disrupted weapons use"
            owner = next((a for a in (a1, a2) if a is not None and a.type in (2, 3, 4)
                          and not a.name.startswith("Unidentified")), None)
            state = next((a for a in (a1, a2) if a is not None and a.type in (1, 8)), None)
            a1, a2 = state or self.actors.state_forces(
                iso3, police=bool(re.search(r"\bpolice", sentences, re.IGNORECASE))), owner
        elif draft.group == "violent" and fam == "attack" and _LOOTED.search(sentences) and not (
                families & {"kill", "clash", "abduct", "sexual"}) and not _HARMED.search(sentences):
            # "xenophobic attacks in which 20 shops were looted": violence against property only
            sub = "Looting/property destruction"
            a1 = a1 or self.actors.unidentified(iso3)
            a2 = a2 if a2 is not None and a2.type == 7 else self.actors.civilian(iso3)
        elif draft.group == "violent":
            if (fam == "ied" and (gun_battle or _IED_AND_GUNS.search(sentences) or mutual_clash)) \
                    or (fam == "shelling" and mutual_clash and a1 is not None and a1.type in (2, 3, 4)):
                # (insurgents' rockets fired during their assault on a checkpoint are the assault's)
                # "al-Shabaab planted IEDs while raiding the station … a gun battle with the police":
                # a bomb within a fire-fight is part of the battle (a complex attack is an armed clash)
                sub, fam = "Armed clash", "clash"
            if fam == "abduct" and ("kill" in families or _HARMED.search(sentences)
                                    or _ABDUCTION_ASSAULT.search(sentences)):
                # an abduction that kills or injures, comes with an assault or fails is coded as the
                # attack it is (ACLED codebook)
                sub, fam = "Attack", "attack"
            if fam in ("kill", "attack", "abduct") and a2 is not None and a2.type == 3 \
                    and _PARTY_NAME.search(a2.name) and not _ARMED_NAME.search(a2.name):
                # "attacked an ODM meeting": a party's members, attacked, are civilians
                a2 = self.actors.civilian(iso3)
            if fam in ("kill", "attack"):
                target_armed = (a2 is not None and a2.type in (1, 2, 3, 4, 8)) or (
                    a2 is None and _ARMED_WORDS.search(patient_texts or "") and not
                    _CIVILIAN_WORDS.search(patient_texts or ""))
                if target_armed and fam == "kill" and (a1 is None or a1.name.startswith("Unidentified")) and (
                        _EXECUTION.search(sentences) or (a2 is None or a2.name.startswith("Unidentified"))
                        and _ONE_VICTIM.match(patient_texts or "")):
                    # "a suspected gang leader was killed and his body dumped", "militants killed in an
                    # extra-judicial killing": one armed man killed, or men executed, fight no battle
                    target_armed = False
                if target_armed:
                    sub = "Armed clash"
                    if a2 is None and _STATE_TARGET.search(patient_texts or ""):
                        a2 = self.actors.state_forces(iso3, police=bool(re.search(r"\bpolice", patient_texts)))
                else:
                    sub = "Attack"
                    if a2 is None or a2.type not in (7,):
                        a2 = self.actors.civilian(iso3) if a2 is None or a2.type in (5, 6) else a2
            elif fam in ("abduct", "sexual"):
                if a2 is None:
                    a2 = self.actors.civilian(iso3)
            elif fam == "territory" and _WITHDRAWAL.search(sentences) and not (
                    families & (VIOLENT_FAMILIES - {"territory"})):
                # "IS retook Palmyra after the army pulled out": taken without a fight (ACLED codebook)
                sub = "Non-violent transfer of territory"
            elif fam == "territory":
                if a1 is None and _STATE_AGENT.search(_agent_text(draft) or _subject_window(draft)):
                    # "troopers from the Northern Luzon Command captured two rebel camps"
                    a1 = self.actors.state_forces(iso3)
                sub = ("Government regains territory" if a1 is not None and a1.type in (1, 8)
                       else "Non-state actor overtakes territory")
            if a2 is None and fam not in ("kill", "attack", "abduct", "sexual") \
                    and _STATE_TARGET.search(patient_texts or ""):
                a2 = self.actors.state_forces(iso3, police=bool(re.search(r"\bpolice", patient_texts)))
            if (a1 is None or a1.name.startswith("Unidentified Armed Group")) and fam != "territory":
                # "Taliban-planted IEDs", "an al-Shabaab ambush": the group named inside the trigger
                # (inside "captured two NPA camps" it names the loser)
                inside = next((act for m in draft.mentions for _, _, act in self.actors.scan(m.trigger.text, iso3)
                               if act.type in (1, 2, 3, 4, 8) and (a2 is None or act.name != a2.name)), None)
                a1 = inside or a1
            if a1 is None:
                if fam == "air":
                    a1 = self.actors.state_forces(iso3)
                else:
                    a1 = self.actors.unidentified(iso3)
            a1_text = next((m.actor1_evidence.text for m in draft.mentions if m.actor1_evidence is not None), "")
            agent_text = a1_text or " ".join(
                pre for m in draft.mentions
                for pre in (m.sentence_span.text[:m.trigger.start - m.sentence_span.start][-60:],)
                if not _PASSIVE_END.search(pre)) or " ".join(
                by.group(1) for m in draft.mentions  # "was attacked by voters": the passive agent
                for by in (_BY_PHRASE.match(m.sentence_span.text, m.trigger.end - m.sentence_span.start),)
                if by is not None)
            if sub == "Attack" and a1.name.startswith("Unidentified Armed Group") and not a1_text \
                    and _LYNCHED.search(sentences) and SUSPECTED_CRIMINAL.search(sentences):
                # "three suspected thieves were burnt to death": mob justice, told without its mob
                sub = "Mob violence"
                a1 = self.actors.rioters(iso3)
            elif (sub == "Attack" or (sub == "Armed clash" and fam in ("attack", "kill") and not mutual)) \
                    and a1.name.startswith("Unidentified Armed Group") and _CROWD.search(agent_text) \
                    and not _HERDING.search(agent_text) and not _FARMERS.search(agent_text) \
                    and not _WIELDING.search(agent_text) \
                    and not _ARMED_PERP.search(_RAID_WORD.sub(" ", paragraphs or sentences)):
                # "a group beat a suspected thief", "voters tried to raid the office": an unarmed
                # crowd's violence is mob violence
                sub = "Mob violence"
                a1 = self.actors.rioters(iso3)
            elif a1.name.startswith("Unidentified Armed Group") and fam != "air" and (
                    _COMMUNAL_CLASH.search(_LOCATIVE_TAIL.sub("", a1_text)) or _HERDING.search(a1_text)
                    or _FARMERS.search(a1_text)
                    or (_FEUD.search(paragraphs or sentences) and not _ORGANISED_ARMED.search(agent_text))):
                # "armed farmers", "a group of pastoralists", attackers in a clan feud: a communal militia
                a1 = self.actors.communal_militia(iso3)
            if a2 is not None and a1 is not None and a2.name == a1.name and not paired:
                a2 = None
            guards = bool(_GUARDS_KILLED.search(sentences))
            fought_back = bool(_FOUGHT_BACK.search(paragraphs or sentences))
            # "bandits raided a village … three of the bandits were killed": the attackers met resistance
            attackers_fell = a1 is not None and a1.type in (2, 3, 4) and any(
                m.family == "kill" and m.actor2 is not None and m.actor2.name == a1.name and m.actor1 is None
                for m in draft.mentions)
            if sub == "Attack" and attackers_fell and a2 is not None and a2.type == 7 \
                    and not _CIVILIAN_VICTIMS.search(sentences) and not _STATE_PRESENT.search(paragraphs or sentences):
                sub, a2 = "Armed clash", self.actors.communal_militia(iso3)
            state_hit = bool(_STATE_VICTIMS.search(sentences))
            if sub == "Attack" and a1 is not None and a1.type in (2, 3, 4) and (a2 is None or (
                    a2.type == 7 and (guards or fought_back or state_hit
                                      or not any(m.actor2 is not None for m in draft.mentions)))) \
                    and (state_hit or guards or fought_back):
                # (police or soldiers among the dead or wounded, beside civilians: the forces were engaged)
                # "Afghan soldiers suffered casualties following an attack by Taliban militants"
                sub = "Armed clash"
                a2 = self.actors.private_security(iso3) if guards and not _STATE_VICTIMS.search(sentences) \
                    else self.actors.state_forces(iso3, police=bool(re.search(r"\bpolice", sentences, re.IGNORECASE)))
            if sub == "Attack" and a1 is not None and a1.type in (1, 8) and a2 is not None and a2.type == 7 \
                    and fought_back and not _CIVILIAN_VICTIMS.search(sentences):
                # "unknown men fired at a police car; the police fired back and killed two of them"
                sub, a2 = "Armed clash", self.actors.unidentified(iso3)
            if sub == "Armed clash" and a1 is not None and a1.type in (1, 2, 3, 4, 8) \
                    and not mutual and not fought_back and (
                    (a2 is not None and a2.type == 7) or (a2 is None and _CIVILIAN_WORDS.search(patient_texts or "")
                                                          and not _ARMED_WORDS.search(patient_texts or ""))
                    or (a2 is None and a1.type != 1 and fam == "clash" and all(
                        _ONE_SIDED.match(m.trigger.text) for m in draft.mentions if m.family == "clash")
                        and not _STATE_TARGET.search(paragraphs or sentences))):
                # "gunmen ambushed a passenger vehicle": one armed side, civilians attacked; an ambush
                # or a boarding with no soldiers, police or guards anywhere near is an attack
                sub = "Attack"
                a2 = a2 or self.actors.civilian(iso3)
            if a2 is not None and a2.name.startswith("Government of") and fam in ("kill", "attack", "abduct") \
                    and not _ARMED_WORDS.search(patient_texts or "") \
                    and not _GUARDS_NAMED.search(sentences):
                # "tried to assassinate the prime minister": officials attacked are civilians (ACLED)
                a2 = self.actors.civilian(iso3)
                if sub == "Armed clash" and not mutual:
                    sub = "Attack"
            if sub in ("Attack", "Abduction/forced disappearance", "Sexual violence") and a2 is not None \
                    and a2.type in (1, 2, 3, 4, 8) and fam in ("kill", "attack"):
                sub = "Armed clash"
            if sub == "Armed clash" and a2 is not None and a2.type == 7 and a1 is not None \
                    and mutual:
                # "fighting between rival militias killed 32 people": the dead are not the other side
                a2 = a1 if a1.name.startswith("Unidentified") else self.actors.unidentified(iso3)
            if sub in ("Government regains territory", "Non-state actor overtakes territory") \
                    and a2 is not None and a2.type == 7:
                a2 = None  # "recaptured the village": the village is the prize, not a party
        else:
            if sub == "Non-violent transfer of territory" and not _ACQUIRED.search(paragraphs or sentences):
                # "US forces withdrew from a key base": a withdrawal nobody is said to take over is a
                # change in the group's activity, not a transfer
                sub = "Change to group/activity"
            if sub == "Arrests":
                if a1 is None or a1.type not in (1, 8):
                    if a1 is not None and a2 is None:
                        a2 = a1
                    a1 = self.actors.state_forces(iso3, police=True)
            if sub == "Looting/property destruction" and a2 is None and a1 is not None and a1.type in (1, 2, 3, 4, 8):
                a2 = self.actors.civilian(iso3)  # armed men seizing cattle or goods take them from civilians
            if a1 is None and fam in ("plover", "agree") and iso3:
                a1 = self.actors.state_forces(iso3, government=True)
            if a1 is None:
                a1 = a2 or self.actors.unidentified(iso3) if sub in (
                    "Looting/property destruction", "Change to group/activity", "Other") else (
                    a2 or self.actors.state_forces(iso3))
                if a1 is a2:
                    a2 = None
            if fam in ("plover", "agree"):
                # a state that agrees, aids, threatens or protests acts through its government
                a1, a2 = (self.actors.state_forces(a.country, government=True, event_iso3=iso3)
                          if a is not None and a.type in (1, 8) and a.name.startswith("Military Forces")
                          and a.country else a for a in (a1, a2))
        if mode is None or fam not in ("air",):
            info = self.taxonomy[sub]
            mode = info.plover_mode if fam != "air" else mode
        return sub, mode, a1, a2

    def build_events(self, article, mentions: list[CodedMention], casualties, claims, iso3_hint, include_all,
                     combine_fatalities, lead_place: tuple[Toponym, int] | None) -> list[Event]:
        asserted = [m for m in mentions if m.modality == "asserted"]
        drafts = merge_mentions(asserted)
        if include_all:
            drafts += [EventDraft([m]) for m in mentions if m.modality != "asserted"]
        if not drafts:
            return []
        # assign each sentence-level casualty and claim to the event of its sentence, else the nearest before
        sent_owner: dict[int, int] = {}
        for i, d in enumerate(drafts):
            for m in d.mentions:
                sent_owner.setdefault(m.sentence, i)
        owner_sentences = sorted(sent_owner)

        def owner(sentence: int, group: str | None = None) -> int | None:
            if sentence in sent_owner:
                return sent_owner[sentence]
            prior = [s for s in owner_sentences if s <= sentence]
            if prior:
                return sent_owner[prior[-1]]
            return sent_owner[owner_sentences[0]] if owner_sentences else None

        cas_by: dict[int, list] = {}
        for c in casualties:
            if c.background:
                continue
            o = owner(c.sentence)
            if o is not None and drafts[o].group in ("violent", "demo"):
                cas_by.setdefault(o, []).append(c)
        claims_by: dict[int, list] = {}
        for c in claims:
            o = owner(c.sentence)
            if o is not None:
                claims_by.setdefault(o, []).append(c)
        events = []
        for i, draft in enumerate(drafts):
            events.append(self.finish(article, i, draft, cas_by.get(i, []), claims_by.get(i, []), iso3_hint,
                                      combine_fatalities, lead_place))
        # two drafts that ended up identical in type, date and place are one event
        seen: dict[tuple, Event] = {}
        out = []
        for e in events:
            key = (e.sub_event_type, e.event_date, e.location.name if e.location else None, e.modality)
            if key in seen:
                continue
            seen[key] = e
            out.append(e)
        return out

    def finish(self, article, index: int, draft: EventDraft, casualties, claims, iso3_hint, combine_fatalities,
               lead_place) -> Event:
        top = choose_type(draft)
        pm = choose_place(draft)
        evidence: list[tuple[str, Span]] = []
        place = pm.place if pm is not None else None
        precision = pm.geo_precision if pm is not None else 3
        if pm is not None:
            evidence.append(("location", pm.place_span))
        elif lead_place is not None and lead_place[0].place is not None:
            t, precision = lead_place
            place = t.place
            evidence.append(("location", Span(t.text, t.start, t.end, "place named in the article's lead")))
        iso3 = place.iso3 if place is not None else iso3_hint
        if place is None and iso3 is not None:
            place = self.country_place(iso3)
            precision = 3
        patient_texts = " ".join(m.actor2_evidence.text for m in draft.mentions if m.actor2_evidence) or \
            " ".join(_patient_window(m) for m in draft.mentions)
        sub, mode, a1, a2 = self.refine(draft, iso3, patient_texts, _paragraphs_of(article.text, draft.mentions))
        a1, a2 = self.claimed_by(claims, a1, a2, sub, iso3)
        a1, a2 = self.localised(a1, iso3), self.localised(a2, iso3)
        info = self.taxonomy[sub]
        dated = next((m for m in draft.mentions if m.date is not None and m is top), None) or next(
            (m for m in draft.mentions if m.date is not None), None)
        if dated is not None:
            d = dated.date
            event_date = d.value if len(d.value) == 10 else (d.low or article.date).isoformat()
            time_precision = d.precision
            evidence.append(("event_date", Span(d.text, d.start, d.end)))
        else:
            event_date, time_precision = article.date.isoformat(), 1
            evidence.append(("event_date", Span(top.sentence_span.text, top.sentence_span.start,
                                                top.sentence_span.end,
                                                "no date in the text; publication date used")))
        evidence.insert(0, ("event_type", top.sentence_span))
        evidence.insert(1, ("sub_event_type", top.trigger))
        a1_ev = next((m.actor1_evidence for m in draft.mentions if m.actor1_evidence is not None), None)
        a2_ev = next((m.actor2_evidence for m in draft.mentions if m.actor2_evidence is not None), None)
        if a1_ev is not None:
            evidence.append(("actor1", a1_ev))
        if a2_ev is not None and a2 is not None:
            evidence.append(("actor2", a2_ev))
        killed = [c for c in casualties if c.kind == "killed"]
        best, low, high, reports = combine_fatalities(killed) if killed else (0, 0, 0, [])
        if reports:
            evidence.append(("fatalities", reports[0].evidence))
        claim_records = tuple(Claim(c.claimant, c.stance, c.evidence, c.target) for c in claims)
        civ = a2 is not None and a2.type == 7 and info.event_type in (
            "Violence against civilians", "Explosions/Remote violence", "Riots")
        if info.event_type == "Violence against civilians":
            civ = True
        modality = "asserted" if any(m.modality == "asserted" for m in draft.mentions) else draft.mentions[0].modality
        confidence = self.confidence(draft, top, place, precision, dated is not None, a1, a2, modality)
        key = f"{sub}|{event_date}|{place.name if place else ''}|{draft.mentions[0].sentence}|{index}"
        ev = Event(
            event_id=event_id(article.id, key), article_id=article.id, event_date=event_date,
            time_precision=time_precision, event_type=info.event_type, sub_event_type=sub,
            disorder_type=info.disorder_type, plover_event=top.plover or info.plover_event, plover_mode=mode,
            cameo=("1952" if mode == "drone" else info.cameo), actor1=a1, actor2=a2, location=place,
            geo_precision=precision, fatalities_best=best, fatalities_low=low, fatalities_high=high,
            fatality_reports=tuple(reports), civilian_targeting=civ, claims=claim_records, modality=modality,
            confidence=confidence, evidence=tuple(evidence), source=article.source, source_url=article.url,
        )
        return replace(ev, notes=write_notes(ev))

    @staticmethod
    def confidence(draft, top, place, precision, dated, a1, a2, modality) -> float:
        score = 0.3 * top.weight
        score += 0.15 if a1 is not None and not a1.name.startswith("Unidentified") else 0.05
        score += 0.1 if a2 is not None else 0.0
        score += {1: 0.15, 2: 0.12, 3: 0.05}.get(precision, 0.0) if place is not None else 0.0
        score += 0.1 if dated else 0.03
        score += 0.15 * min(1.0, len(draft.mentions) / 3)
        if modality != "asserted":
            score *= 0.5
        if top.family == "plover":
            score = min(score, 0.25)
        return max(0.0, min(1.0, score + 0.05))

