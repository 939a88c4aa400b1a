"""Full local-news articles about police actions, and police news with no event to code
(tests/golden/policenews_articles.jsonl, in the gold format `eventwire eval` reads): headline, dateline,
lead, quotes from police spokespeople and witnesses, a background paragraph.

The police deeds are coded as the ACLED codebook defines them: an arrest of suspects or activists is
Strategic developments/Arrests; arrests, tear gas or batons against a peaceful crowd are a Protest with
intervention; protesters killed by the forces are Excessive force against protesters; a crowd that burns
tyres and stones cars is a Violent demonstration; a killing or beating of an unarmed person by the
police, and a death in police custody, are an Attack by the police on a civilian; a shoot-out with
armed suspects is an Armed clash.  The news without an event: a sentencing for an old killing, an
inquiry's report on a past shooting, recruitment, a bill, a hearing on past killings, a study, a budget,
a panel's report.

Each event article must yield its events (sub-event type, actor types, country, the toll where given) and
no other violent or demonstration event; each no-event article none.  An article still coded otherwise
is listed in KNOWN_MISSES with the reason (strict expected failures).  The "policenews-a:" articles were
written and scored before the rules on deaths in custody, the forces' barricades, agents a video shows
doing harm, generic statements with "rarely" and speakers named by a relative's loss; the
"policenews-b:" articles were written before those rules were finished and not used to write them.
The "policenews2-a:" articles were written and scored before the rules on riots told only in the state's
disputed account, arrests of the crowd at a demonstration, serious injuries at a dispersal, police deeds of
an earlier year and people bundled into vehicles; the "policenews2-b:" articles after them, not used to
write them.  The "policenews3-a:" articles were written and scored before the rules on the state's disputed account
of a killing, detainees beaten while held at a station, repeated blows of one dated incident, men who named
themselves officers or wore a named force's uniform, a report's tallies, causes of an earlier week or month, an
inquiry's findings and figures of a contest beside a rally; the "policenews3-b:" articles after them, not used to
write them.  The "policenews4-a:" articles were written and scored before the rules on a person's collapse (no
disaster), deeds told again by a pronoun, a role noun or the paragraph after their recall, the forces' fire on a
crowd told before, workers on strike fired on, weapons seized after a gunfight, the state's demolitions, an arrest
whose sentence tells the harm done to the one arrested, deeds owned by an earlier month or dated right after them,
the number of people killed named as a subject and the experiential perfect; the "policenews4-b:" articles after
them, not used to write them.  The "policenews5-a:" articles were written and scored (event F1 0.533: arrests 0.67,
killings and harm 0.50, force on protesters 0.57, clashes 0.67, riots 0.40) before the rules on a road blocked by
the crowd's bodies, a road shut by an angry crowd, harm done in a traffic stop or identity check, the passive
"was tased", an encounter with the forces, a death in custody whose victim the sentence makes its subject, a
beating told of the detainee who died, "among those detained", a lost eye and a riot "N years after" a death
(after them: F1 0.929); the "policenews5-b:" articles after them, not used to write them (first run: F1 0.750).
The rules on an unnamed speaker identified by a loss and on a clash's side merged as civilians were written from
the known misses of the fourth round, the one on a riot's damage from the fifth round's first set."""
from pathlib import Path

import pytest

from golden_notes import article, article_misses, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "policenews_articles.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES: dict[str, str] = {
    "policenews-a:nga-ikeja-custody-death": "'accused police officers … of beating him to death' is read as an "
                                            "allegation, so the death is not counted",
    "policenews-a:phl-quezon-activists-arrested": "the arrested labour organisers are not named as the second side",
    "policenews-a:pak-lahore-lawyers": "the police's claim that protesters threw bottles makes the lawyers' protest "
                                       "a violent demonstration",
    "policenews-a:zaf-durban-rubber-bullets": "the settlement near Chatsworth that barricaded the road is coded as a "
                                              "second riot there",
    "policenews-a:gbr-birmingham-terror-raid": "'an attack is likely' under the threat level is coded as an attack",
    "policenews-a:pak-karachi-torture": "'marks of torture on his body', dated a day later, is a second attack",
    "policenews-a:nga-portharcourt-protesters-shot": "the driver shot at a checkpoint the day before, told in the "
                                                     "crowd's grievance, is coded as a second excessive force",
    "policenews-a:none-phl-senate-hearing": "the killings a witness says officers were paid for under a former "
                                            "president are coded as an attack",
    "policenews-b:nga-kano-arrests": "the vigilante 'attacked by a crowd' last week, told as background, is coded as "
                                     "mob violence",
    "policenews2-a:phl-tondo-unarmed-killing": "the police's account ('pulled a gun … returned fire') is a second "
                                               "event, an armed clash, and the background's 'thousands' killed are "
                                               "lent to the killing",
    "policenews2-a:egy-giza-journalist-arrest": "'took him to an undisclosed location' after the arrest is coded as "
                                                "an abduction of its own",
    "policenews2-a:nga-enugu-cell-death": "'he told her he had been beaten', the custody death's own beating, is a "
                                          "second attack",
    "policenews2-a:none-zaf-officer-funeral": "the ambush of 'October 14', a month before the funeral, is coded",
    "policenews2-a:none-phl-pnp-statistics": "'deaths blamed on unidentified gunmen' in the rights groups' reply is "
                                             "coded as an attack",
    "policenews2-b:ind-patna-custody-beating": "the beating in a police lock-up is coded as an armed clash",
    "policenews2-b:ken-kisii-protest-arrests": "the county officials' claim of stone throwing, which a reporter saw "
                                               "none of, makes the traders' protest a riot; its arrests are a second "
                                               "event",
    "policenews2-b:nga-kaduna-cult-arrests": "the arrested cult members are not named as the second side",
    "policenews2-b:pak-quetta-student-disappeared": "the plainclothes security personnel are read as a political "
                                                    "militia",
    "policenews2-b:zaf-capetown-protest-rubber-bullets": "the woman critically injured, told in the second "
                                                         "paragraph, does not make the dispersal excessive force",
    "policenews3-a:usa-tulsa-tasing": "'a video showed them repeatedly tasing a man': 'them' is not resolved to "
                                      "the officers, so the doer is an unidentified armed group",
    "policenews3-a:ind-nuh-bulldozer": "the headline's 'men accused in Nuh clashes' is coded as an armed clash, and "
                                       "the owners of the demolished homes are read as rioters",
    "policenews3-a:col-popayan-protester-killed": "the protester shot as riot police broke up the blockade is an "
                                                  "attack by an unidentified group, and the police's claim of "
                                                  "stones is a mob violence event of its own",
    "policenews3-a:none-ind-bihar-campaign": "the chief minister's campaign rally is coded as a peaceful protest",
    "policenews3-b:usa-memphis-tased": "the officers 'repeatedly tasing a man who was sitting at a bus stop' make "
                                       "no event",
    "policenews3-b:none-ken-campaign-rally": "the ruling coalition's campaign rally is coded as a peaceful protest",
    "policenews3-b:zaf-durban-shacks-razed": "the rubber bullets fired to keep residents back make a violent "
                                             "demonstration, and the demolition of the shacks is not coded",
    "policenews4-a:bgd-sylhet-teachers-baton": "the teachers treated in hospital after the baton charge make the "
                                               "dispersal excessive force rather than an intervention",
    "policenews4-b:per-puno-road-blockade": "the stones and tree trunks the farmers piled across the road make a "
                                            "mob violence event, and the eleven detained are an arrest of their own",
    "policenews4-b:cmr-bamenda-homes-burned": "the separatists' attack on a checkpoint, told as the cause, is coded "
                                              "as an armed clash and the soldiers' burning of houses is lost",
    "policenews5-a:tza-arusha-cell-death": "the trader described as 'second-hand clothes' trader after the dateline is "
                                           "counted as two dead",
    "policenews5-a:col-soacha-custody-riot": "the death in the cell a day before the riot is read only as the riot's "
                                             "cause (its toll lent to the riot), and the detention for drinking is an "
                                             "arrest of its own",
    "policenews5-b:pak-karachi-ctd-encounter": "the hand grenades recovered from the house make the encounter a grenade "
                                               "attack on civilians",
    "policenews5-b:per-lima-highway-blocked": "the schoolgirl run over by the bus, the blockade's cause, is counted as "
                                              "the riot's dead",
    "policenews5-b:none-gbr-manchester-taser-trial": "the assault the officer denies at his trial is coded as mob "
                                                     "violence on the day of the hearing",
    "policenews5-b:none-sen-dakar-amnesty-debate": "the protesters killed between 2021 and 2024, whom the amnesty "
                                                   "covers, are coded as excessive force on the day of the debate",
}


def test_articles_cover_police_deeds_and_news_without_events():
    police = [c for c in CASES if "events" in c]
    quiet = [c for c in CASES if c.get("no_event")]
    assert len(police) >= 25 and len(quiet) >= 8
    kinds = {e["sub_event_type"] for c in police for e in c["events"]}
    assert {"Arrests", "Attack", "Armed clash", "Protest with intervention", "Excessive force against protesters",
            "Violent demonstration"} <= kinds
    assert len({e["iso3"] for c in police for e in c["events"]}) >= 10
    assert all(len(c["text"].split("\n\n")) >= 5 for c in CASES)
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_article(case, pipeline):
    assert article_misses(case, list(pipeline.process(article(case)).events), sides=True) == []
