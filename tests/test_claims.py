"""Responsibility claims, blame, denials, condemnations and wire sources."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.extract.claims import CLAIMS_VERSION, STANCES, ClaimantResolver, find_claims, find_wire_sources
from eventwire.extract.fatalities import combine, find_casualties

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
REPO_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text) if m.group().strip()]


def claims(text: str):
    return find_claims(text, sentences(text))


STANCE_CASES = [
    ("The Islamic State group claimed responsibility for the bombing.", "claims responsibility",
     "Islamic State group", None),
    ("Al-Shabaab said it carried out the attack on the base.", "claims responsibility", "Al-Shabaab", None),
    ("The ministry confirmed that its forces were behind the strike.", "claims responsibility", "the ministry",
     None),
    ("The Taliban denied any involvement in the blast.", "denies responsibility", "Taliban", None),
    ("The Interior Ministry blamed the Kurdish rebels for the attack.", "blames", "Interior Ministry",
     "the Kurdish rebels"),
    ("Local officials accused herders of burning the village.", "blames", "Local officials", "herders"),
    ("Police held the gang responsible for the killings.", "blames", "Police", "the gang"),
    ("The governor confirmed the deaths of three officers.", "confirms", "governor", None),
    ("The army said no civilians were killed in the raid.", "denies civilian harm", "army", None),
    ("The United Nations condemned the attack on the camp.", "condemns", "United Nations", None),
    ("Several rights groups denounced the killing of the journalist.", "condemns", "Several rights groups", None),
    ("The Free Valley Front (FVF), armed wing of the Valley Party, confirmed in a statement the death of three "
     "of its fighters.", "confirms", "Free Valley Front (FVF)", None),
    ("The Northern Guard, a militia from the hills, claimed responsibility for the raid.", "claims responsibility",
     "Northern Guard", None),
]


@pytest.mark.parametrize("text,stance,claimant,target", STANCE_CASES)
def test_stances(text, stance, claimant, target):
    got = [c for c in claims(text) if c.stance == stance]
    assert got, claims(text)
    c = got[0]
    assert claimant.lower() in c.claimant.lower()
    assert c.target == target
    assert text[c.evidence.start:c.evidence.end] == c.evidence.text


def test_stance_strings_are_the_contract_ones():
    assert CLAIMS_VERSION == "claims.rules.v2"
    assert set(STANCES) == {"claims responsibility", "denies responsibility", "blames", "confirms",
                            "denies civilian harm", "condemns"}


def test_no_claim_in_plain_report():
    assert claims("Gunmen killed four people in the market on Monday.") == []


def test_pronoun_claimant_takes_the_earlier_speaker():
    text = "Army spokesman Colonel Ali Musa said the unit was attacked. He blamed the rebels for the ambush."
    blame = [c for c in claims(text) if c.stance == "blames"][0]
    assert blame.claimant == "Army spokesman Colonel Ali Musa"
    assert blame.target == "the rebels"


@pytest.mark.parametrize("text,wires", [
    ("A police source told EFE that two people died.", ["EFE"]),
    ("Three soldiers were killed, Reuters reported.", ["Reuters"]),
    ("Four people died, according to AFP.", ["AFP"]),
    ("KABUL (AP) — A bomb exploded near a mosque.", ["AP"]),
    ("Officials told the Associated Press and Reuters said the toll rose.", ["AP", "Reuters"]),
    ("The AP style guide was not consulted by the local reporters.", []),
    ("Local media said two people were hurt.", []),
])
def test_wire_sources(text, wires):
    assert find_wire_sources(text) == wires


def test_kirkuk_example():
    raw = (REPO_EXAMPLES / "kirkuk-2024-03-14.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2} ", "", raw)
    got = {(c.stance, c.claimant, c.target) for c in claims(text)}
    assert ("claims responsibility", "Turkish Ministry of National Defense", None) in got
    assert ("blames", "Joint Operations Command of Iraq", "Turkey") in got
    assert ("denies civilian harm", "Local officials of the province", None) in got
    assert ("confirms", "People's Defense Forces (HPG)", None) in got
    assert ("blames", "People's Defense Forces (HPG)", "the Iraqi authorities") in got
    assert find_wire_sources(text) == []


def test_an_invented_article_with_every_stance():
    text = ("The Northern Guard said it carried out the attack on the depot near Lakeview. "
            "A police source told Reuters that three guards were killed. "
            "The governor blamed the Northern Guard for the attack. "
            "The army said no civilians were killed in the raid. "
            "Several rights groups condemned the attack on the depot.")
    by_stance = {}
    for c in claims(text):
        by_stance.setdefault(c.stance, []).append(c)
    assert by_stance["claims responsibility"][0].claimant == "Northern Guard"
    blame = by_stance["blames"][0]
    assert (blame.claimant, blame.target) == ("the governor", "the Northern Guard")
    assert "no civilians were killed" in by_stance["denies civilian harm"][0].evidence.text
    assert by_stance["condemns"][0].claimant == "Several rights groups"
    assert find_wire_sources(text) == ["Reuters"]


@pytest.mark.skipif(not (EXAMPLES / "baghdad-2024-01-04.txt").is_file(),
                    reason="the shared example is not beside the repository")
def test_baghdad_example():
    raw = (EXAMPLES / "baghdad-2024-01-04.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2} ", "", raw)
    got = claims(text)
    by_stance = {}
    for c in got:
        by_stance.setdefault(c.stance, []).append(c)
    resp = by_stance["claims responsibility"][0]
    assert resp.claimant == "United States"
    assert "forces were behind" in resp.evidence.text
    blame = by_stance["blames"][0]
    assert blame.claimant == "Iraqi Army"
    assert blame.target == "the Washington-led coalition"
    civ = by_stance["denies civilian harm"][0]
    assert civ.claimant.startswith("Pentagon spokesman") and "Ryder" in civ.claimant
    assert "no civilians were injured" in civ.evidence.text
    cond = by_stance["condemns"][0]
    assert cond.claimant.startswith("Several of the groups")
    assert "condemned the attack" in cond.evidence.text
    assert find_wire_sources(text) == ["EFE"]


def test_subject_before_an_apposition_and_acronym():
    text = ("The Free Valley Front (FVF), armed wing of the Valley Party, confirmed in a communique the death "
            "of two of its fighters.")
    conf = [c for c in claims(text) if c.stance == "confirms"]
    assert [c.claimant for c in conf] == ["Free Valley Front (FVF)"]


def test_fatality_claimant_is_the_subject_before_an_apposition():
    text = ("The Free Valley Front (FVF), armed wing of the Valley Party, confirmed in a communique the death "
            "of two of its fighters.")
    best, low, high, reports = combine(find_casualties(text, sentences(text)))
    assert [(r.claimant, r.count) for r in reports] == [("Free Valley Front (FVF)", 2)]


def test_the_ministry_resolves_to_the_ministry_named_earlier():
    r = ClaimantResolver()
    r.add("Ruritanian Ministry of Defence")
    r.add("Strelsau")
    assert r.resolve("the ministry") == "Ruritanian Ministry of Defence"
    assert r.resolve("he") == "Strelsau"
