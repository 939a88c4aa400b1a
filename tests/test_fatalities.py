"""Casualty counts: patterns, traps and the Baghdad example."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.extract.fatalities import FATALITIES_VERSION, combine, find_casualties, vague_quantities

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
REPO_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text) if m.group().strip()]


def killed(text: str):
    return combine(find_casualties(text, sentences(text)))


def mentions(text: str, kind: str | None = None):
    out = find_casualties(text, sentences(text))
    return [m for m in out if kind is None or m.kind == kind]


# (text, best killed) — every pattern the rules read, plus the traps
KILLED_CASES = [
    ("Gunmen killed 4 people in the market on Monday.", 4),
    ("Three soldiers were killed in the ambush.", 3),
    ("Twenty-one villagers were killed when the raiders struck.", 21),
    ("A dozen fighters died in the clashes.", 12),
    ("At least 7 people were killed in the blast.", 7),
    ("Up to 15 people may have died in the fire set by the mob, officials said.", 15),
    ("More than 30 civilians were killed in the shelling.", 30),
    ("The attack left 5 people dead.", 5),
    ("Militants shot dead two herders near the well.", 2),
    ("Rebels killed a man at the checkpoint.", 1),
    ("A soldier was killed by a roadside bomb.", 1),
    ("One is dead after clashes between the two clans.", 1),
    ("Rangers discovered the bodies of four hunters near the dam.", 4),
    ("Nine bodies were recovered from the river after the raid.", 9),
    ("The attackers killed the village chief, his deputy and another elder.", 3),
    ("12 people including 5 children were killed in the strike.", 12),
    ("3 soldiers and 2 civilians were killed in the ambush.", 5),
    ("The bomb killed 1 policeman and wounded 2 policemen and 3 civilians.", 1),
    ("2 guards were killed and 9 others were wounded in the raid.", 2),
    ("Residents stoned to death two suspected thieves.", 2),
    ("A mob beat a suspected thief to death in the market.", 1),
    ("A student was kidnapped and killed by the gang.", 1),
    ("The victim later died in hospital.", 1),
    ("A soldier and a trader died in the crossfire.", 2),
    ("2 soldiers were killed in the raid. 3 attackers were also killed.", 5),
    ("The death toll rose to 9 on Tuesday after 4 people were killed in the bombing.", 9),
    ("Dozens of villagers were killed during the raid.", 12),
    ("Several soldiers were killed in the ambush.", 10),
    ("No one was killed in the explosion.", 0),
    ("There were no casualties in the attack on the convoy.", 0),
    ("Five people were injured when police fired tear gas.", 0),
    ("The war has killed 20,000 people since 2019. On Monday gunmen killed two farmers.", 2),
    ("So far this year 300 civilians have been killed across the province. A soldier was killed on Friday.", 1),
    ("Villagers nearly lynched a man accused of theft before police intervened.", 0),
    ("Youths protested on Monday against the killing of a student by police.", 0),
    ("The strikes came in retaliation for the US killing of a general in Baghdad last week.", 0),
    ("Traders attacked a youth suspected of killing a shopkeeper.", 0),
    ("A 58-year-old woman was lynched by an angry crowd.", 1),
    ("On 7 June 2021, 3 traffic policemen were killed in the ambush.", 3),
    ("7 IS fighters were killed by a drone strike in the valley.", 7),
    ("The attack killed his mother, a retired teacher, in her home.", 1),
    ("Police said 3 people were killed, but witnesses said 5 died.", 3),
    ("It is not confirmed whether he died of his injuries.", 0),
    ("The gang killed 6 goats and a cow in the raid.", 0),
    ("A new report documents how the militia killed hundreds of villagers in August 2014.", 0),
    ("The fighting killed either one or four fighters, officials said.", 1),
    ("Masked gunmen shot and killed 1 tribal elder in addition to 2 of his bodyguards.", 3),
    # verbs that mean killed, also in quotes
    ("According to the army, four militants were \"neutralized\" in the raid.", 4),
    ("Security forces neutralised three terrorists in the mountains, the ministry said.", 3),
    ("The army said it had eliminated five militants near the border.", 5),
    ("Six gunmen were liquidated during the operation.", 6),
    ("Two soldiers were martyred in the clash.", 2),
    ("Two of its fighters were 'martyred' in the bombardment, the group said.", 2),
    ("Five militants lost their lives in the fighting.", 5),
    ("Four villagers perished in the attack.", 4),
    ("Three people were left dead after the raid.", 3),
    ("Ankara said its forces had \"neutralized\" four rebels.", 4),
    # "executed" kills only people
    ("The rebels executed two prisoners on Friday.", 2),
    ("Two prisoners were executed by the militia.", 2),
    ("Gunmen executed a man in front of his family.", 1),
    ("The operation was executed within hours.", 0),
    ("The plan of the group was executed flawlessly.", 0),
    ("Commanders executed the order without delay.", 0),
    ("The army eliminated the threat and neutralized the bomb.", 0),
    ("Two teams were eliminated from the tournament.", 0),
    ("Militants vowed to fight until the last soldier is eliminated.", 0),
    # "N of the ..." subjects
    ("Two of the soldiers were killed in the ambush.", 2),
    ("Two of the injured later succumbed to their wounds.", 2),
    ("Two of the injured died later in hospital.", 2),
    # victims listed after a count, wounded kept apart, the attacker himself
    ("Troops raided the hideout on Monday, killing seven insurgents, the army said.", 7),
    ("Jets bombed the market, killing nine civilians, four of them children.", 9),
    ("Gunmen stormed the church, killing three worshippers and wounding 14 others.", 3),
    ("A bomb exploded in the bus, killing two and wounding 14.", 2),
    ("A suicide bomber detonated his vest at the gate, killing four guards and himself.", 5),
    ("A suicide bomber killed himself and 7 others at a wedding.", 8),
    ("A suicide bomber killed six soldiers at the base. The bomber also died.", 7),
    ("Outside the church a suicide bomber blew himself up, killing 3 worshippers.", 3),
    # a comma alone does not add a name to the victims
    ("According to Ankara, four militants were killed.", 4),
]


@pytest.mark.parametrize("text,best", KILLED_CASES)
def test_killed_best(text, best):
    assert killed(text)[0] == best


def test_version_is_declared():
    assert FATALITIES_VERSION == "fatalities.rules.v7"


def test_wounded_kept_apart_from_killed():
    ms = mentions("Three guards were killed and 8 others were wounded by the explosion.")
    assert [(m.kind, m.count) for m in ms] == [("killed", 3), ("wounded", 8)]


def test_other_kinds():
    text = "Gunmen abducted 14 students on Friday. Police arrested 6 suspects. Two fishermen are missing."
    got = {(m.kind, m.count) for m in mentions(text)}
    assert {("abducted", 14), ("arrested", 6), ("missing", 2)} <= got


def test_at_least_and_up_to_flags():
    m = mentions("At least 7 people were killed in the blast.", "killed")[0]
    assert m.at_least and not m.up_to
    m = mentions("Up to 15 people died in the stampede.", "killed")[0]
    assert m.up_to and not m.at_least


def test_vague_quantity_uses_table_and_says_so():
    m = mentions("Dozens of civilians were killed in the shelling.", "killed")[0]
    assert m.vague and m.count == vague_quantities()["dozens of"].value == 12
    assert m.victims == "civilians"
    assert "numbers.tsv" in (m.evidence.note or "")


@pytest.mark.parametrize("text,victims", [
    ("Three attackers were killed by the guards.", "attackers"),
    ("Five soldiers were killed in the ambush.", "soldiers"),
    ("Two policemen were killed at the checkpoint.", "police"),
    ("Six militants were killed in the airstrike.", "militants"),
    ("Four civilians were killed by stray bullets.", "civilians"),
])
def test_victims(text, victims):
    assert mentions(text, "killed")[0].victims == victims


def test_background_totals_are_flagged_and_ignored():
    text = "The conflict has killed more than 5,000 people since 2017. On Sunday 3 soldiers were killed."
    ms = mentions(text, "killed")
    assert [m.background for m in ms] == [True, False]
    assert killed(text)[:3] == (3, 3, 3)


def test_a_war_toll_told_around_a_relative_clause_is_background():
    text = ("At least 14 civilians were killed when shells hit a market. The conflict, which erupted in April, "
            "has killed more than 9,000 people, according to the United Nations.")
    assert [m.background for m in mentions(text, "killed")] == [False, True]
    assert killed(text)[:3] == (14, 14, 14)


def test_a_toll_after_protesters_in_a_result_clause_is_this_events():
    text = ("Soldiers opened fire on protesters outside the governor's office in Kasese, killing at least 41 people.")
    assert killed(text)[0] == 41
    assert killed("Residents protested after the killing of 3 herders.")[0] == 0


def test_revision_replaces_earlier_count():
    text = "Four people were killed in the bombing. The death toll later rose to 11."
    ms = mentions(text, "killed")
    assert ms[-1].revision and ms[-1].count == 11
    best, low, high, reports = killed(text)
    assert (best, low, high) == (11, 11, 11) and len(reports) == 1


def test_denial_is_zero_not_a_death_report():
    ms = mentions("No civilians were injured in the strike, the army said.")
    assert ms and ms[0].count == 0 and ms[0].denial and ms[0].kind == "wounded"
    assert killed("No civilians were injured in the strike, the army said.")[:3] == (0, 0, 0)


def test_denial_does_not_cancel_a_death_toll():
    text = "Two militants were killed in the raid. No civilians were killed, the army said."
    assert killed(text)[:3] == (2, 2, 2)


def test_ordinal_second_person():
    m = mentions("The spokesman only confirmed the death of a second person.", "killed")[0]
    assert m.count == 2


def test_claimants_and_best_rule():
    text = ("Police said 3 people were killed in the raid, but hospital sources said 6 people died. "
            "At least 4 people were killed, residents told reporters.")
    best, low, high, reports = killed(text)
    by = {r.claimant: r.count for r in reports}
    assert by == {"Police": 3, "hospital sources": 6, "residents": 4}
    assert (best, low, high) == (3, 3, 6)


def test_unattributed_report_only_uses_lowest():
    assert killed("Eight people were killed in the clash. Some reports put the toll at 10.")[1] == 8


def test_best_is_the_lowest_report_even_from_the_outlet():
    text = "Five people were killed in the bombing. Police said 7 people died."
    best, low, high, reports = killed(text)
    assert {r.claimant: r.count for r in reports} == {None: 5, "Police": 7}
    assert (best, low, high) == (5, 5, 7)


def test_also_tally_absorbs_the_figure_it_adds_to():
    text = "Two rangers were killed in the ambush. District officials said 6 poachers were also killed."
    ms = mentions(text, "killed")
    assert ms[0].subsumed and not ms[1].subsumed
    best, low, high, reports = killed(text)
    assert (best, low, high) == (8, 8, 8)
    assert [(r.claimant, r.count) for r in reports] == [("District officials", 8)]


def test_combine_without_reports():
    assert combine([]) == (0, 0, 0, [])


def test_evidence_offsets_point_into_text():
    text = "On Monday, gunmen killed 4 people in the market."
    m = mentions(text, "killed")[0]
    assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    assert "killed 4 people" in m.evidence.text


@pytest.mark.skipif(not (EXAMPLES / "baghdad-2024-01-04.txt").is_file(),
                    reason="the shared example is not beside the repository")
def test_baghdad_example():
    raw = (EXAMPLES / "baghdad-2024-01-04.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2} ", "", raw)
    best, low, high, reports = combine(find_casualties(text, sentences(text)))
    assert (best, low, high) == (2, 2, 3)
    assert len(reports) == 2
    by = {r.claimant: r for r in reports}
    ryder = next(r for c, r in by.items() if c and "Ryder" in c)
    source = next(r for c, r in by.items() if c and "Interior Ministry" in c)
    assert ryder.count == 2 and "second person" in ryder.evidence.text
    assert source.count == 3 and "right-hand man" in source.evidence.text
    assert "Pentagon" in ryder.claimant
    civ = [m for m in find_casualties(text, sentences(text)) if m.denial]
    assert civ and civ[0].victims == "civilians" and civ[0].count == 0


def test_kirkuk_example():
    raw = (REPO_EXAMPLES / "kirkuk-2024-03-14.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2} ", "", raw)
    ms = find_casualties(text, sentences(text))
    best, low, high, reports = combine(ms)
    assert (best, low, high) == (2, 2, 4)
    by = {r.claimant: r for r in reports}
    assert len(by) == 3
    turkey = next(r for c, r in by.items() if c in ("Ankara", "Turkish Ministry of National Defense"))
    assert turkey.count == 4 and "neutralized" in turkey.evidence.text
    source = next(r for c, r in by.items() if c and "Health Directorate" in c)
    assert source.count == 2 and "bodies of two men" in source.evidence.text
    hpg = by["People's Defense Forces (HPG)"]
    assert hpg.count == 2 and "death of two of its fighters" in hpg.evidence.text
    assert not any("executed" in m.evidence.text or "eliminated" in m.evidence.text
                   for m in ms if m.kind == "killed")


@pytest.mark.parametrize("text,claimant", [
    ("The area was calm, according to police spokesman John Kamau. Kamau said three people were killed.",
     "police spokesman John Kamau"),
    ("Police spokesman John Kamau said the area was calm. No one spoke of casualties. "
     "He said three people were killed.", "Police spokesman John Kamau"),
    ("Three people were killed, Kamau said. Police spokesman John Kamau said the area was calm.", "Kamau"),
])
def test_claimant_completed_from_earlier_sentences_only(text, claimant):
    assert [m.claimant for m in mentions(text, "killed")] == [claimant]
