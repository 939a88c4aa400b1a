"""A nationality word that qualifies a thing, not a side (``places.nationality_of_a_thing``).

"A Chinese company", "Turkish-made drones", "the US dollar", "a British charity": the word tells whose
the firm, the weapon, the money or the mission is, and a firm, a product or a currency goes abroad with
its makers; it is neither a side of the event nor a word for where the event happened.  So too for
people named as away from their country ("Somali refugees", "Chinese nationals", "British tourists"):
their nationality says where they come from, not where the event happened.  Such a word
casts no vote for the story's country (``coherence.wording_votes``, ``ActorDictionary.country_cues``).
A people or a force named with a nationality ("Kenyan police", "Chinese workers") are sides and still
vote."""
from __future__ import annotations

import re

# the things a nationality word may qualify that are no side: firms and their works, products and
# weapons made abroad ("Turkish-made"), money, diplomatic missions, charities and outlets ("a Chinese road
# contractor" is a firm; "Turkish drones" stay: a state's drones are its forces), and people away from
# their country (refugees, migrants, exiles, tourists, foreign nationals)
_THING = re.compile(
    r"(?:-|\s+)(?:made|built|owned|funded|financed|backed|registered|flagged|manufactured|supplied)\b|-run\b"
    r"|\s+(?:[a-z]+\s+)?(?:compan(?:y|ies)|firms?|contractors?|conglomerates?|corporations?|multinationals?|"
    r"investors?|investments?|banks?|dollars?|currency|pounds?|shillings?|francs?|euros?|embass(?:y|ies)|"
    r"consulates?|charit(?:y|ies)|NGOs?|broadcasters?|newspapers?|products?|goods|imports?|exports?|"
    r"brands?|loans?|refugees?|migrants?|asylum[- ]seekers?|exiles?|expatriates?|expats?|immigrants?|"
    r"deportees?|tourists?|nationals?)\b")


# a bracketed gloss of a group's acronym ("ADF [Allied Democratic Forces, Ugandan]", "FDLR (Rwandan Hutu
# rebels)"): what the name stands for and whom the group comes from, not where it acts
_GLOSS_OPEN = re.compile(r"\b[A-Z][A-Z0-9-]{1,9}\s*[\[(]")
_GLOSS_WINDOW = 80


def in_name_gloss(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` lies inside a bracketed gloss that follows a group's acronym
    (``places.name_inside_name``)."""
    before = text[max(0, end - _GLOSS_WINDOW):end]
    opened = max(before.rfind("["), before.rfind("("))
    if opened < 0 or max(before.rfind("]"), before.rfind(")")) > opened:
        return False
    return any(m.end() == opened + 1 for m in _GLOSS_OPEN.finditer(before, 0, opened + 1))


def qualifies_a_thing(text: str, end: int) -> bool:
    """Whether the nationality word ending at ``end`` qualifies a firm, a product, money, a mission,
    an aid body or an outlet ("a Chinese company", "Turkish-made drones", "the US dollar") and not a
    side, or glosses a group's acronym in brackets ("ADF [Allied Democratic Forces, Ugandan]")."""
    return bool(_THING.match(text, end)) or in_name_gloss(text, end)


_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+|(?<![\w-])U\.?S\.?(?=[\s-])|(?<![\w-])UK(?=[\s-])")


def thing_nationalities(text: str, demonym) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of each nationality word of ``text`` that qualifies a thing, not a side
    (``demonym(word)`` gives a nation's country or None)."""
    out = []
    for m in _WORD.finditer(text):
        iso3 = demonym(m.group())
        if iso3 is not None and qualifies_a_thing(text, m.end()):
            out.append((m.start(), m.end(), iso3))
    return out
