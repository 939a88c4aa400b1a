"""The AP Stylebook's abbreviations of the US states, and their two-letter postal codes, with the
state (GeoNames admin1 name) each stands for.  Eight states are never abbreviated in AP style
(Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah): they are written out and need no entry."""
from __future__ import annotations

import re

AP_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}

_ABBR = "|".join(re.escape(a) for a in sorted(AP_STATE_ABBREVIATIONS, key=len, reverse=True))
_CODE = "|".join(POSTAL_CODES)
# "Salem, Ore.," / "Salem, OR," right after a capitalised town name and its comma; the postal code
# only when a comma or the end of the sentence follows it
STATE_AFTER_TOWN = re.compile(
    r"(?<=[a-z]), ((?:" + _ABBR + r")(?=[\s,;:)'\"”’]|$)|(?:" + _CODE + r")(?=,|\.(?:\s|$)|$))")


def state_after_town(text: str) -> list[tuple[int, int, str]]:
    """(start, end, state name) of each state abbreviation written right after "Town, "."""
    out = []
    for m in STATE_AFTER_TOWN.finditer(text):
        word = re.search(r"[A-Z][\w.'’-]*$", text[max(0, m.start() - 40):m.start()])
        if word is None:
            continue
        s, e = m.span(1)
        out.append((s, e, AP_STATE_ABBREVIATIONS.get(m.group(1)) or POSTAL_CODES[m.group(1)]))
    return out
