"""The actor types the codebook gives the sides of riots, communal clashes and violence whose doer the
parse missed (texts of our own): the state forces a crowd fights, police who stood by or were the
grievance, a mob's victims, communal militias on both sides of a land fight, state agents named as the
doers."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.classify.actor_type_rules import state_a_bystander, state_deed, state_engaged
from eventwire.records import ActorType, Article


def test_a_crowd_the_police_fight_or_disperse_engages_the_state():
    assert state_engaged("Riot police lobbed tear gas at the traders in Kitui.")
    assert state_engaged("The youths stoned two officers outside the chief's camp.")
    assert state_engaged("Running battles broke out between students and police in Eldoret.")
    assert state_engaged("The crowd was scattered after the rioters were dispersed by police.")
    assert state_engaged("A constable was injured when the crowd turned on him; police were overwhelmed.")


def test_arrests_afterwards_count_only_when_the_crowd_was_not_fought():
    text = "Residents beat a suspected burglar in Thika; police later arrested three of them."
    assert state_engaged(text)
    assert not state_engaged(text, fought=True)
    assert state_engaged("Residents beat a suspected burglar; officers lobbed tear gas canisters at them.", fought=True)


def test_police_who_stood_by_or_are_the_grievance_are_bystanders():
    assert not state_engaged("Hawkers blocked the road in Nyeri; police did not intervene.")
    assert state_a_bystander("Hawkers blocked the road in Nyeri; police did not intervene.")
    assert state_a_bystander("Riders angry at the police burned tyres on the highway.")
    assert state_a_bystander("Residents protested against police brutality by lighting bonfires.")
    assert not state_a_bystander("Riders burned tyres on the highway as police looked for the ringleaders.")


def test_a_state_agent_named_before_a_harmful_deed_is_its_doer():
    found = state_deed("A hawker was hurt in Meru after a police officer allegedly beat him with a baton.")
    assert found is not None and found.group(0).lower().startswith("police officer")
    assert state_deed("A warder has been suspended after shooting dead an inmate.") is not None
    assert state_deed("Two police officers were shot dead near the border.") is None  # the victims
    assert state_deed("Police said gunmen killed a trader.") is None  # the speaker


def _events(pipeline, text: str):
    events = pipeline.process(Article(id="t", date=dt.date(2024, 3, 14), text=text)).events
    assert events, text
    return events


@pytest.mark.model
def test_a_riot_fought_by_police_has_the_police_as_its_second_actor(pipeline):
    event = _events(pipeline, "A mob stoned a bus in Kitale on Friday until police dispersed it with tear gas.")[0]
    assert event.actor1.type == ActorType.RIOTERS
    assert event.actor2 is not None and event.actor2.type == ActorType.STATE_FORCES


@pytest.mark.model
def test_a_riot_the_police_watched_has_the_rioters_alone(pipeline):
    event = _events(pipeline, "Traders blocked the road to Embu on Monday and burned tyres while police "
                              "watched from a distance.")[0]
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.type == ActorType.RIOTERS and event.actor2 is None
    assert "actors.types.state_not_a_side_of_riot" in event.rules


@pytest.mark.model
def test_a_mobs_lynched_robbers_are_civilians(pipeline):
    event = _events(pipeline, "Residents of Webuye lynched two armed robbers who had raided a shop on Sunday.")[0]
    assert event.actor1.type == ActorType.RIOTERS and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_gun_battle_over_grazing_land_is_between_communal_militias(pipeline):
    event = _events(pipeline, "Two herders were shot dead in a gun battle over pasture near Isiolo on Monday.")[0]
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.type == event.actor2.type == ActorType.IDENTITY_MILITIA


@pytest.mark.model
def test_a_warder_who_shot_a_man_is_the_state_not_an_unidentified_group(pipeline):
    events = _events(pipeline, "A prison warder was arrested after shooting dead a fishmonger in Kisumu on Friday.")
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert attack.actor1.type == ActorType.STATE_FORCES and attack.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_the_group_a_later_sentence_blames_is_the_doer(pipeline):
    event = _events(pipeline, "A landmine destroyed a lorry near Elwak on Tuesday, killing its driver. Local officials "
                              "suspect al-Shabaab.")[0]
    assert event.actor1.name == "Al Shabaab" and event.actor1.type == ActorType.REBEL_GROUP
    assert "actors.types.group_blamed_in_paragraph" in event.rules


@pytest.mark.model
def test_cattle_raiders_who_fight_the_army_are_a_communal_militia(pipeline):
    event = _events(pipeline, "Troops killed two gunmen near Tiaty on Friday after a cattle raid on a herders' camp.")[0]
    assert event.sub_event_type == "Armed clash"
    assert sorted(a.type for a in (event.actor1, event.actor2)) == [ActorType.STATE_FORCES, ActorType.IDENTITY_MILITIA]


def test_a_people_named_with_its_gunmen_is_read_as_that_peoples_fighters():
    from eventwire.extract.classify.actor_type_rules import PEOPLES_FIGHTERS
    assert PEOPLES_FIGHTERS.search("Two Samburu raiders were shot").group(1) == "Samburu"
    assert PEOPLES_FIGHTERS.search("two unknown gunmen were shot") is None


@pytest.mark.model
def test_a_politician_arrested_is_a_civilian_not_the_government(pipeline):
    event = _events(pipeline, "A former county governor was arrested in Nakuru on Tuesday on charges of stealing public funds.")[0]
    assert event.sub_event_type == "Arrests"
    assert event.actor1.type == ActorType.STATE_FORCES and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_named_group_and_soldiers_leave_no_unidentified_group(pipeline):
    event = _events(pipeline, "Soldiers on patrol near Afmadow escaped unhurt on Friday when a mine planted by "
                              "al-Shabaab exploded under their truck.")[0]
    types = sorted(a.type for a in (event.actor1, event.actor2))
    assert types == [ActorType.STATE_FORCES, ActorType.REBEL_GROUP]


@pytest.mark.model
def test_a_policeman_killed_at_home_is_a_civilian_victim(pipeline):
    event = _events(pipeline, "A police sergeant was hacked to death at his home in Kapsabet on Sunday night.")[0]
    assert event.sub_event_type == "Attack" and event.event_type == "Violence against civilians"
    assert event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_clash_with_the_state_found_alone_gets_an_armed_group_as_its_other_side(pipeline):
    event = _events(pipeline, "Soldiers and gendarmes clashed with hunters at a market in Savalou on Tuesday; two "
                              "gendarmes were hurt.")[0]
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.type == ActorType.STATE_FORCES
    assert event.actor2 is not None and event.actor2.type == ActorType.POLITICAL_MILITIA
    assert "actors.types.clash_has_two_sides" in event.rules


@pytest.mark.model
def test_the_other_side_of_a_clash_over_grazing_land_is_a_communal_militia(pipeline):
    event = _events(pipeline, "Gendarmes fought hunters near Glazoue on Sunday during a quarrel over grazing "
                              "land; one gendarme died.")[0]
    assert event.actor2 is not None and event.actor2.type == ActorType.IDENTITY_MILITIA


@pytest.mark.model
def test_an_armed_group_that_fires_on_marchers_is_the_doer_and_they_stay_protesters(pipeline):
    event = _events(pipeline, "ISWAP gunmen fired on people marching against the insurgents in Monguno on Friday, "
                              "killing three.")[0]
    assert event.actor1.type == ActorType.REBEL_GROUP and event.actor2.type == ActorType.PROTESTERS


@pytest.mark.model
def test_people_protesting_whom_a_group_attacks_are_protesters_and_the_group_the_doer(pipeline):
    event = _events(pipeline, "Gunmen of a local militia shot at villagers demonstrating against a new checkpoint "
                              "near Zintan on Sunday, wounding two.")[0]
    assert event.actor1.type != ActorType.STATE_FORCES
    assert event.actor2 is not None and event.actor2.type == ActorType.PROTESTERS


@pytest.mark.model
def test_a_killing_the_marchers_protest_is_not_force_against_them(pipeline):
    event = _events(pipeline, "Friends of a student shot dead by soldiers last month marched through Natitingou "
                              "on Saturday.")[0]
    assert event.sub_event_type == "Peaceful protest" and event.actor2 is None


@pytest.mark.model
def test_tear_gas_on_a_march_against_an_arrest_is_still_an_intervention(pipeline):
    event = _events(pipeline, "Residents protested in Kisii on Monday against the arrest of their MP, and police "
                              "fired tear gas at them.")[0]
    assert event.sub_event_type == "Protest with intervention"


def test_the_clause_that_tells_what_a_protest_is_about_is_set_apart():
    from eventwire.extract.classify.cues import GRIEVANCE_CLAUSE
    assert GRIEVANCE_CLAUSE.search("Drivers marched in Lome against the detention of two colleagues.")
    assert GRIEVANCE_CLAUSE.search("Relatives of a man beaten to death in a cell gathered in Kara.")
    kept = GRIEVANCE_CLAUSE.sub(" ", "Students protesting the killing of a classmate were shot by police in Kara.")
    assert "shot by police" in kept
    kept = GRIEVANCE_CLAUSE.sub(" ", "Traders protested over the arrest of a colleague when police dispersed them.")
    assert "police dispersed" in kept
    assert GRIEVANCE_CLAUSE.search("Boda boda riders marched in Jinja after two of their leaders were detained.")
    assert GRIEVANCE_CLAUSE.search("Youths burned tyres in Kasese in protest of their leader's arrest.")
    kept = GRIEVANCE_CLAUSE.sub(" ", "Police scattered the crowd in Jinja after four marchers were detained.")
    assert "four marchers were detained" in kept


@pytest.mark.model
def test_arrests_told_as_what_a_march_answers_are_no_intervention(pipeline):
    event = _events(pipeline, "Boda boda riders marched in Jinja on Monday after two of their leaders were "
                              "detained by the police.")[0]
    assert event.sub_event_type == "Peaceful protest" and event.actor2 is None


@pytest.mark.model
def test_a_mast_blown_up_has_no_civilian_victims_but_a_herders_cattle_do(pipeline):
    event = _events(pipeline, "Property destruction: suspected insurgents blew up a mobile phone mast near Dhobley "
                              "on Monday.")[0]
    assert event.sub_event_type == "Looting/property destruction" and event.actor2 is None
    event = _events(pipeline, "Looting: gunmen drove off the goats of two herders near Garbatulla on Monday.")[0]
    assert event.actor2 is not None and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Herdsmen stabbed a farmer who tried to chase their cattle from his field near Kandi on Friday.",
    "Farmers armed with machetes attacked a Fulani camp near Kalale on Sunday, burning huts.",
])
def test_farmers_and_herders_who_attack_each_other_are_communal_militias(pipeline, text):
    event = _events(pipeline, text)[0]
    assert event.sub_event_type == "Attack"
    assert event.actor1.type == ActorType.IDENTITY_MILITIA and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_herders_who_beat_a_trader_are_still_a_mob(pipeline):
    event = _events(pipeline, "Herders beat up a bus conductor in Parakou on Monday after a row over the fare.")[0]
    assert event.sub_event_type == "Mob violence"


@pytest.mark.model
def test_a_device_defused_has_the_forces_first_and_its_owner_second(pipeline):
    event = _events(pipeline, "On 2 March 2024, army engineers defused a landmine believed to have been "
                              "laid by ISWAP fighters near Bama (Borno).")[0]
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.type == ActorType.STATE_FORCES
    assert event.actor2 is not None and event.actor2.type == ActorType.REBEL_GROUP


@pytest.mark.model
def test_a_group_named_for_the_devices_soldiers_defused_is_the_second_side(pipeline):
    event = _events(pipeline, "Defusal: On 2 March 2024, Nigerien soldiers discovered and defused three IEDs "
                              "probably laid by IS Sahel near Tillaberi.")[0]
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.type == ActorType.STATE_FORCES
    assert event.actor2 is not None and event.actor2.type == ActorType.REBEL_GROUP


@pytest.mark.model
def test_a_bomb_that_went_off_in_its_makers_hands_keeps_them_alone(pipeline):
    events = _events(pipeline, "On 2 March 2024, a bomb being assembled by ISWAP fighters went off "
                               "prematurely near Bama (Borno), killing three of them.")
    assert all(e.actor2 is None for e in events)


@pytest.mark.model
def test_people_a_demonstrating_crowd_beats_are_its_second_actor(pipeline):
    event = _events(pipeline, "On 2 March 2024, demonstrators against the fuel price rise blocked the road in "
                              "Kumasi and beat a bus driver who tried to pass.")[0]
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2 is not None and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_crowd_that_only_burns_tyres_has_no_second_actor(pipeline):
    event = _events(pipeline, "On 2 March 2024, residents protesting power cuts burned tyres on the main road "
                              "in Lilongwe.")[0]
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2 is None


def test_a_group_is_blamed_after_the_deed_or_by_a_closing_suspicion():
    from eventwire.extract.classify.actors import _ATTRIBUTED, _CLAIMED_AFTER
    assert _ATTRIBUTED.search("Residents attributed the killings to the Zamu militia.")
    assert _ATTRIBUTED.search("The army blamed the explosion on rebels of the Zamu front.")
    assert _ATTRIBUTED.search("Officials said the mine is thought to have been planted by Zamu fighters.")
    assert _ATTRIBUTED.search("Ten gunmen suspected to belong to the Zamu front raided the school.")
    assert _CLAIMED_AFTER.search("Zamu suspected.")
    assert not _CLAIMED_AFTER.search("Two suspected Zamu fighters were arrested.")


def test_a_claim_denied_or_awaited_is_no_claim():
    from eventwire.extract.classify.actor_type_rules import _claim_told
    assert _claim_told("The Zamu front claimed responsibility on Tuesday.")
    assert not _claim_told("No group has claimed responsibility, but officials suspect the Zamu front.")
    assert not _claim_told("The Zamu front has not yet claimed responsibility.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen shot dead two herders at a well near Bulo Hawo on Friday. Al-Shabaab suspected.",
    "Unknown men killed a fisherman near Dhobley on Monday. No group has claimed the attack, but elders "
    "suspect al-Shabaab.",
    "Two traders were shot dead near Garbaharey on Monday. Local sources attributed the killing to al-Shabaab.",
])
def test_the_group_the_note_suspects_in_a_sentence_of_its_own_is_the_doer(pipeline, text):
    event = _events(pipeline, text)[0]
    assert event.actor1.name == "Al Shabaab" and event.actor1.type == ActorType.REBEL_GROUP
    assert event.actor2 is not None and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_group_named_only_as_the_one_blamed_is_no_target(pipeline):
    events = _events(pipeline, "A roadside bomb struck a bus near Gwoza on Monday, killing four passengers. "
                               "The army blamed the explosion on Boko Haram.")
    event = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert event.actor1.type == ActorType.REBEL_GROUP and event.actor1.name.startswith("Boko Haram")
    assert event.actor2 is not None and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On 2 March 2024, youths barricaded roads and burned tyres in Kasese; they were later dispersed.",
    "On 2 March 2024, six people were arrested after youths blocked the highway in Gulu and lit bonfires "
    "over fuel prices.",
])
def test_a_riot_dispersed_or_arrested_by_unnamed_forces_has_the_state_as_its_second_side(pipeline, text):
    event = _events(pipeline, text)[0]
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.type == ActorType.RIOTERS and event.actor2.type == ActorType.STATE_FORCES


@pytest.mark.model
def test_a_bomb_planted_by_a_group_hits_the_people_of_the_vehicle_it_struck(pipeline):
    event = _events(pipeline, "Two traders died near Gwoza on Monday after their passenger bus struck a landmine "
                              "believed to have been planted by ISWAP.")[0]
    assert event.actor1.type == ActorType.REBEL_GROUP and "ISWAP" in event.actor1.name
    assert event.actor2 is not None and event.actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_a_riot_over_an_arrest_has_no_forces_as_its_second_side(pipeline):
    event = _events(pipeline, "Youths barricaded roads in Kasese on Monday, burning tyres in protest of their "
                              "leader's arrest.")[0]
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.type == ActorType.RIOTERS and event.actor2 is None
