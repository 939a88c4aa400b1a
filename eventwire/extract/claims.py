"""Who says what about an event: responsibility claims, blame, denials, condemnations.

Pure text rules over the article and its sentence spans.  The same attribution
helpers ("X said", "according to X", "X told EFE that") give the claimant of a
fatality report in :mod:`eventwire.extract.fatalities`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang.loader import load as word_class
from ..records import Span

CLAIMS_VERSION = "claims.rules.v2"

STANCES = ("claims responsibility", "denies responsibility", "blames", "confirms",
           "denies civilian harm", "condemns")


@dataclass(frozen=True)
class ClaimMention:
    claimant: str
    stance: str
    evidence: Span
    sentence: int
    target: str | None = None


@dataclass(frozen=True)
class Attribution:
    """A reporting clause in a sentence: ``claimant`` said something, the verb ends at ``verb_end``."""

    claimant: str
    start: int      # start of the claimant phrase
    verb_end: int   # end of the reporting verb (or of "according to X")
    kind: str       # "verb" | "according"


# (the word classes of eventwire/lang/en: report_verbs, weekdays)
_REPORT_VERBS = "|".join(word_class("report_verbs").words())
# a second claimant's figure: "a local official put the death toll at nine"
_TOLL_VERBS = r"(?:put|puts|placed|estimated)(?= the (?:death |casualty )?toll\b| the number of (?:dead|deaths|victims)\b)"
_WEEKDAYS = tuple(word_class("weekdays").values())

# a claimant that only points back to one named before ("he said", "the ministry said")
_PRONOUNS = frozenset(word_class("claimant_words").where("class", "reference"))

# Lowercase heads that can stand alone as a claimant ("police said", "witnesses told ..."): not these
# (the word class claimant_words, class not_subject)
_NOT_SUBJECTS = frozenset(word_class("claimant_words").where("class", "not_subject"))

_CLAIMANT_HEADS = (r"police|policemen|officials?|authorities|witness(?:es)?|residents?|locals?|sources?|"
                   r"spokes(?:man|woman|person)|medics?|doctors?|villagers|elders?|survivors?|"
                   r"security forces|the army|the military|the government|the group|the militants|"
                   r"the rebels|the insurgents|the ministry|military sources|security sources|"
                   r"hospital sources|relatives|family members|activists|rescuers|rescue workers|"
                   r"officers?|commanders?|a statement|the statement|state media|media reports?|reports")

_TRAILING_ADVERBS = (r"only|also|later|today|yesterday|earlier|further|reportedly|then|however|"
                     r"previously|subsequently|immediately|publicly|officially|initially|separately|"
                     r"had|has|have|had also|has also|on (?:" + "|".join(_WEEKDAYS) + r")|this (?:morning|afternoon|evening|week)|last (?:night|week)|"
                     r"in a statement|in a press release|at a press conference|in the statement")


@functools.lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    rv = f"{_REPORT_VERBS}|{_TOLL_VERBS}"
    return {
        "report": re.compile(rf"\b(?:{rv})\b"),
        "according": re.compile(r"\baccording to\s+(?P<np>[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()“”\"]|$|\bthat\b))",
                                re.IGNORECASE),
        "post": re.compile(rf"(?:^|[,“”\"]\s*)(?:{rv})\s+(?P<np>(?:[A-Z][\w'’.-]*|of|the|for|and|a)"
                           rf"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|spokes(?:man|woman|person)|"
                           rf"officials?|sources?|police|commander|governor|chief|minister|ministry|"
                           rf"army|military))*)\s*(?=[.,;]|$)"),
        "clause_cut": re.compile(rf"(?:[,;:“”\"()]|\s[–—-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bmeanwhile\b|"
                                 rf"\b(?:{rv})(?:\s+\w+)?\s+that\b|\b(?:{rv})\s+(?=[A-Z]))", re.IGNORECASE),
        "acronym": re.compile(r"(?<=\w)\s*\([A-Z][A-Za-z&.-]{1,11}\)"),
        "apposition": re.compile(rf",\s*(?:(?:an?|the|its|their)\s+)?(?-i:[a-z])(?:(?!\b(?:{rv}|who|which|that|when|"
                                 rf"after|while|and|but)\b)[^,;:“”\"()])*,\s*$", re.IGNORECASE),
        "any_verb": re.compile(rf"\b(?:{rv}|acknowledged|denied|blamed|accused|condemned|insisted|\w+ed)\b"),
        "trail": re.compile(rf"(?:\s+(?:{_TRAILING_ADVERBS}))+\s*$", re.IGNORECASE),
        "lead": re.compile(r"^(?:and|but|so|meanwhile|however|also|then|later|yet)\s+", re.IGNORECASE),
        "head": re.compile(rf"\b(?:{_CLAIMANT_HEADS})\b", re.IGNORECASE),
        "bad": re.compile(r"\d|\b(?:killed|killing|kill|died|dead|wounded|injured|attacked|attack(?:ed|ing)|"
                          r"was|were|is|are|been|being|when|if|because|after|before|since|who|which|whom|"
                          r"there|this|these|those|what|where|how)\b", re.IGNORECASE),
        "stance": re.compile(
            r"(?P<resp>\b(?:claimed|claims|claim|claiming|took|takes|take|accepted|accepts|assumed|assumes)"
            r"\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b"
            r"|\b(?:claimed|claims)\s+(?:the|this|that|" + "|".join(f"{d.capitalize()}'s" for d in _WEEKDAYS) + r"|"
            r"yesterday's|today's)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|killings?|"
            r"ambush(?:es)?|assaults?|explosions?|raids?|abductions?|kidnappings?|operations?|strikes?)\b"
            r"|\bconfirm(?:ed|s)?\s+that\s+(?:its|their|his|our)\s+(?:\w+\s+){0,2}(?:was|were|had been)\s+behind\b"
            r"|\b(?:said|says|admitted|admits|acknowledged|confirmed|announced|stated)\s+(?:that\s+)?"
            r"(?:it|they|its (?:forces|fighters|troops|militants|men|aircraft|jets|drones))\s+(?:had\s+)?"
            r"(?:carried out|conducted|launched|staged|executed|was behind|were behind|perpetrated)\b"
            r"|\badmit(?:ted|s)?\s+(?:to\s+)?(?:carrying out|launching|conducting|the attack))"
            r"|(?P<deny>\b(?:denied|denies|deny|denying|rejected|rejects|disclaimed)\s+(?:any\s+)?"
            r"(?:responsibility|involvement|role|links?|being behind|carrying out|that (?:it|they|its))\b)"
            r"|(?P<blame>\b(?:blamed|blames|blame|blaming)\s+(?P<bt>[^,.;:]{2,80}?)\s+(?:for|over)\b"
            r"|\b(?:accused|accuses|accuse|accusing)\s+(?P<at>[^,.;:]{2,80}?)\s+of\b"
            r"|\b(?:held|holds|hold)\s+(?P<ht>[^,.;:]{2,80}?)\s+responsible\b"
            r"|\b(?:blamed|blames|attributed|attributes|pinned)\s+(?:the|this|that)\s+(?:\w+\s+){0,2}?"
            r"(?:attack|strike|bombing|killings?|blast|explosion|assault|raid|violence|incident)\s+"
            r"(?:on|to)\s+(?P<ot>[^,.;:]{2,80}?)(?=\s*[,.;:]|\s+(?:and|which|who|that)\b|$))"
            r"|(?P<civ>\bno\s+civilians?\s+(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?"
            r"(?:injured|killed|hurt|harmed|wounded|affected)\b"
            r"|\bno\s+civilian\s+(?:casualties|deaths|injuries|fatalities)\b"
            r"|\bwithout\s+(?:any\s+)?civilian\s+casualties\b"
            r"|\b(?:denied|denies|rejected|rejects)\s+(?:reports?\s+(?:of|that)\s+)?(?:any\s+)?civilians?\s+"
            r"(?:casualties|deaths|were|had been|harm)\b)"
            r"|(?P<conf>\bconfirm(?:ed|s|ing)?\s+(?:in\s+(?:an?|its|their|the)\s+(?:\w+\s+)?(?:communiqu[eé]|"
            r"statement|press\s+release|message|post)\s+)?(?:the\s+)?(?:deaths?|killing|killings|loss|casualties|"
            r"fatalities)\b)"
            r"|(?P<cond>\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|decr(?:ied|ies))\s+(?:the|this|these|"
            r"that|what|an?|yesterday's|today's|\w+day's)\b)",
            re.IGNORECASE),
    }


def _clean_np(np: str) -> str:
    np = np.strip(" \t\n,;:'\"“”‘’")
    np = re.sub(r"\s+", " ", np)
    words = np.split(" ")
    if len(words) > 1 and words[0] in ("The", "the") and words[1][:1].isupper():
        np = " ".join(words[1:])
    elif words and words[0] in ("A", "An", "The") and len(words) > 1 and not words[1][:1].isupper():
        np = words[0].lower() + np[len(words[0]):]
    return np


def _valid_claimant(np: str) -> bool:
    if not np or len(np.split()) > 12:
        return False
    if np.lower() in _PRONOUNS:
        return True
    if _rx()["bad"].search(np):
        return False
    first = np.split()[0]
    if first.lower() in _NOT_SUBJECTS:
        return False
    if first[:1].isupper():
        return True
    if first.lower() in ("a", "an", "the", "its", "his", "her", "their", "local", "several", "some",
                         "two", "three", "senior", "military", "security", "hospital", "government"):
        return bool(_rx()["head"].search(np) or any(w[:1].isupper() for w in np.split()[1:])
                    or (first.lower() in ("a", "an", "the") and 2 <= len(np.split()) <= 5))
    return bool(_rx()["head"].match(np))


def clause_subject(text: str, sent_start: int, pos: int) -> tuple[str, int] | None:
    """The subject phrase of the clause whose verb starts at ``pos`` (claimant text and its start)."""
    rx = _rx()
    left = text[sent_start:pos]
    # "(HPG)" after a name belongs to the name: no clause break inside it
    masked = rx["acronym"].sub(lambda m: " " * len(m.group()), left)
    cut = 0
    for m in rx["clause_cut"].finditer(masked):
        if m.end() <= len(left.rstrip()):
            cut = m.end()
    raw = left[cut:]
    raw = rx["trail"].sub("", raw)
    raw = rx["lead"].sub("", raw.strip())
    if not raw and cut > 0 and re.search(r"(?:,\s*|\s)(?:but|and)\s*$", left[:cut]):
        # "Uganda confirmed the raid, but said ...": the subject of the first clause
        head = re.match(r"\s*(.*?)\s*(?:,\s*)?(?:but|and)\s*$", left[:cut]).group(1)
        verb = list(rx["any_verb"].finditer(head))
        if verb:
            return clause_subject(text, sent_start, sent_start + verb[0].start())
        return None
    if not raw and cut > 0:
        # "The People's Defense Forces (HPG), armed wing of the PKK, confirmed ...": skip the apposition
        appo = rx["apposition"].search(masked[:cut])
        if appo and appo.start() > 0:
            return clause_subject(text, sent_start, sent_start + appo.start())
    np = _clean_np(raw)
    if not _valid_claimant(np):
        return None
    start = sent_start + cut + left[cut:].find(raw[:1]) if raw else sent_start + cut
    return np, start


_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|never|yet\s+to|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


def attributions(text: str, sent_start: int, sent_end: int) -> list[Attribution]:
    """Reporting clauses in one sentence, in text order."""
    rx = _rx()
    sent = text[sent_start:sent_end]
    out: list[Attribution] = []
    for m in rx["according"].finditer(sent):
        np = _clean_np(m.group("np"))
        if _valid_claimant(np):
            out.append(Attribution(np, sent_start + m.start(), sent_start + m.end(), "according"))
    for m in rx["report"].finditer(sent):
        if _NEGATED_BEFORE.search(sent, max(0, m.start() - 24), m.start()):
            continue  # "the militants had not claimed …": a statement nobody made attributes nothing
        subj = clause_subject(text, sent_start, sent_start + m.start())
        if subj is None:
            pm = rx["post"].match(sent, m.start()) or rx["post"].match(sent, max(0, m.start() - 2))
            if pm is None or not pm.group("np"):
                continue
            np = _clean_np(pm.group("np"))
            if not _valid_claimant(np):
                continue
            subj = (np, sent_start + pm.start("np"))
        out.append(Attribution(subj[0], subj[1], sent_start + m.end(), "verb"))
    out.sort(key=lambda a: a.verb_end)
    return out


class ClaimantResolver:
    """Turns pronouns and bare surnames into the fuller claimant named earlier in the article."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def resolve(self, name: str) -> str:
        low = name.lower()
        if low in _PRONOUNS:
            head = low.split()[-1] if low.startswith("the ") else None
            for prev in reversed(self.seen):
                if head and prev.lower() not in _PRONOUNS and re.search(rf"\b{re.escape(head)}\b", prev.lower()):
                    return prev
            for prev in reversed(self.seen):
                if prev.lower() not in _PRONOUNS:
                    return prev
            return name
        words = name.split()
        if 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words):
            for prev in reversed(self.seen):
                if len(prev) > len(name) and prev.endswith(name):
                    return prev
        return name

    def add(self, name: str) -> str:
        resolved = self.resolve(name)
        if resolved.lower() not in _PRONOUNS:
            self.seen.append(resolved)
        return resolved


def _chunks(sent: str) -> list[tuple[int, int]]:
    """Clause-level pieces of a sentence, split at "but", "while", ";" (offsets in the sentence)."""
    cuts = [0]
    for m in re.finditer(r";|,?\s+but\s+|,\s+while\s+|,?\s+whereas\s+", sent):
        cuts.append(m.end())
    cuts.append(len(sent))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def claimant_at(atts: list[Attribution], sent_start: int, sent: str, pos: int) -> str | None:
    """The claimant of a statement at ``pos``: the reporting clause that governs it, if any.

    Preference: a reporting verb earlier in the same clause ("X said that ..."), then a later one in
    the same clause ("..., police said"), then "according to X" anywhere in the sentence, then a
    reporting clause ending the sentence.
    """
    if not atts:
        return None
    rel = pos - sent_start
    chunk = next(((a, b) for a, b in _chunks(sent) if a <= rel < b), (0, len(sent)))
    lo, hi = sent_start + chunk[0], sent_start + chunk[1]
    before = [a for a in atts if lo <= a.start and a.verb_end <= pos]
    if before:
        return before[-1].claimant
    after = [a for a in atts if pos < a.start < hi]
    if after:
        return after[0].claimant
    acc = [a for a in atts if a.kind == "according"]
    if acc:
        return acc[0].claimant
    last_chunk = _chunks(sent)[-1]
    trailing = [a for a in atts if a.start >= sent_start + last_chunk[0] and a.start > pos]
    if trailing:
        return trailing[-1].claimant
    return None


def fallback_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+[”\"’)]*|$)", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans or [(0, len(text))]


def find_claims(text: str, sentences: list[tuple[int, int]]) -> list[ClaimMention]:
    """Responsibility claims, denials, blame, confirmations and condemnations, in text order."""
    rx = _rx()
    sentences = sentences or fallback_sentences(text)
    resolver = ClaimantResolver()
    out: list[ClaimMention] = []
    for si, (s, e) in enumerate(sentences):
        sent = text[s:e]
        atts = attributions(text, s, e)
        for m in rx["stance"].finditer(sent):
            kind = m.lastgroup if m.lastgroup in ("resp", "deny", "blame", "civ", "conf", "cond") else None
            if kind is None:
                kind = next(k for k in ("resp", "deny", "blame", "civ", "conf", "cond") if m.group(k))
            pos = s + m.start()
            target = None
            if kind == "civ":
                claimant = claimant_at(atts, s, sent, pos)
                if claimant is None:
                    subj = clause_subject(text, s, pos)
                    claimant = subj[0] if subj else None
            else:
                subj = clause_subject(text, s, pos)
                claimant = subj[0] if subj else claimant_at(atts, s, sent, pos)
            if kind == "blame":
                t = next((m.group(g) for g in ("bt", "at", "ht", "ot") if m.group(g)), None)
                target = _clean_target(t) if t else None
            if claimant is None:
                continue
            claimant = resolver.resolve(claimant)
            stance = {"resp": "claims responsibility", "deny": "denies responsibility", "blame": "blames",
                      "civ": "denies civilian harm", "conf": "confirms", "cond": "condemns"}[kind]
            ev_start, ev_end = _evidence_bounds(sent, m.start(), m.end())
            out.append(ClaimMention(claimant, stance, Span(text[s + ev_start:s + ev_end], s + ev_start,
                                                           s + ev_end), si, target))
        for a in atts:
            resolver.add(a.claimant)
    return out


def _clean_target(t: str) -> str:
    t = re.sub(r"\s+", " ", t.strip(" ,;:'\"“”"))
    t = re.sub(r"^(?:both|also)\s+", "", t)
    return t


def _evidence_bounds(sent: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a match: from the clause start to the next clause break."""
    left = max(sent.rfind(c, 0, start) for c in (";", "“", "”", "\""))
    a = left + 1 if left >= 0 else 0
    m = re.search(r"[;.!?](?:\s|$)|,\s+(?:but|while|and)\s", sent[end:])
    b = end + m.start() if m else len(sent)
    while a < b and sent[a].isspace():
        a += 1
    return a, b


_WIRES: tuple[tuple[str, str], ...] = (
    ("Reuters", r"Reuters"),
    ("AFP", r"AFP|Agence France[- ]Presse|France[- ]Presse"),
    ("AP", r"AP|Associated Press"),
    ("EFE", r"EFE|Efe"),
    ("Anadolu Agency", r"Anadolu(?: Agency| News Agency)?|AA"),
    ("Xinhua", r"Xinhua"),
    ("dpa", r"dpa|DPA|Deutsche Presse-Agentur"),
    ("ANSA", r"ANSA"),
    ("TASS", r"TASS|Tass"),
    ("RIA Novosti", r"RIA Novosti|RIA"),
    ("Interfax", r"Interfax"),
    ("Sputnik", r"Sputnik"),
    ("IRNA", r"IRNA"),
    ("Tasnim", r"Tasnim"),
    ("Fars", r"Fars(?= news| News)"),
    ("Europa Press", r"Europa Press"),
    ("Lusa", r"Lusa"),
    ("Kyodo", r"Kyodo"),
    ("Yonhap", r"Yonhap"),
    ("PTI", r"PTI|Press Trust of India"),
    ("IANS", r"IANS"),
    ("Bernama", r"Bernama"),
    ("News Agency of Nigeria", r"News Agency of Nigeria|NAN"),
    ("Bloomberg", r"Bloomberg"),
    ("UPI", r"UPI|United Press International"),
    ("KUNA", r"KUNA"),
    ("WAM", r"WAM"),
    ("SANA", r"SANA"),
    ("MENA", r"MENA"),
    ("APS", r"APS"),
    ("MAP", r"MAP"),
    ("Shafaq News", r"Shafaq(?: News)?"),
    ("Rudaw", r"Rudaw"),
)


@functools.lru_cache(maxsize=1)
def _wire_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(f"(?P<w{i}>{p})" for i, (_, p) in enumerate(_WIRES))
    agency = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
    before = re.compile(r"(?:\b(?:told|tells|telling|according to|reported by|quoted by|cited by|speaking to|"
                        r"spoke to|in an interview with|interviewed by|confirmed to|said to)\s+(?:the\s+)?|"
                        r"\(\s*|\n\s*|[—–]\s*)$")
    after = re.compile(r"^(?:\s+(?:news\s+agency|News\s+Agency|agency|correspondents?|reporters?|"
                       r"journalists?))?(?:\s*\)|\s+(?:reported|reports|said|says|learned|learnt|has learned|"
                       r"understands|quoted|cited|tally|count)\b|\s*[—–])")
    return agency, before, after


def find_wire_sources(text: str) -> list[str]:
    """News agencies the article cites ("told EFE", "Reuters reported", "(AP)"), first seen first."""
    agency, before, after = _wire_rx()
    out: list[str] = []
    for m in agency.finditer(text):
        left = text[max(0, m.start() - 40):m.start()]
        right = text[m.end():m.end() + 40]
        edge = not text[:m.start()].strip() or not text[m.end():].strip()
        if not (edge or before.search(left) or after.match(right)):
            continue
        name = next(n for i, (n, _) in enumerate(_WIRES) if m.group(f"w{i}"))
        if name not in out:
            out.append(name)
    return out
