"""The fatality rules: how a stated count of the dead is read, which counts are the event's own, and
how several reports become the event's ``fatalities`` (best, low, high).

The counting itself is done by :mod:`eventwire.extract.fatalities` (word patterns) and
:mod:`eventwire.extract.casualty_parse` (the dependency parse); each count it finds carries the id of
the rule below that read it, and :func:`eventwire.extract.fatalities.decide` returns the ids that
decided an event's figure. Definitions: ACLED's fatality conventions (ACLED Codebook 2023,
"Fatalities"; ACLED, "Fatalities", in *Uses and limitations of ACLED data*, 2023) and the
conventions of news writing for casualty figures ("at least", toll updates, attributions).
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

_CB = cb.FATALITY_COUNT
_FAQ = "ACLED, 'Fatalities' (Uses and limitations of ACLED data, 2023)"
_CONSERVATIVE = _FAQ + ": if source reports differ or a vague estimate is provided, the most conservative estimate"
_VAGUE = _FAQ + ": vague figures are coded 10 for 'tens', 12 for 'dozens', 100 for 'hundreds'"
_EVENT_ONLY = _CB + "; totals over several days, places or a whole conflict are not one event's fatalities"
_NEWS = "News-writing convention for casualty figures (wire style): "


def _r(id: str, value: str, codebook: str, examples) -> str:
    return fact_rule(id=id, decides="fatalities", value=value, codebook=codebook, examples=examples)


STATED = _r("fatalities.count.stated_number", "the number the text gives the dead", _CB,
            [("Gunmen killed four traders at a market in Kano on Tuesday.", "4"),
             ("Armed men kidnapped and killed eight farmers near Tepalcingo on Saturday, officials said.", "8"),
             ("A drone strike on a school used as a shelter in Saada on Monday killed 31 people.", "31"),
             ("Militiamen stopped a minibus near Bunia on Tuesday and killed four of its passengers, a priest and "
              "a nurse said.", "4"),
             ("Raiders killed a retired judge, Peter Ossai and three other men at a farm near Ilorin on Friday.",
              "4"),
             ("An explosion at a fuel depot in Goma on Friday killed nine people, four guards and five porters.",
              "9"),
             ("Nine people were killed as a parcel bomb went off inside a ferry terminal in Lokoja on Tuesday.", "9"),
             ("Gunmen stormed a house in Guerrero state on Sunday and killed a family of five.", "5"),
             ("Twin bomb blasts at a bus station in Gombe on Wednesday night claimed 37 lives, police said.", "37")])
AT_LEAST = _r("fatalities.count.at_least_floor", "the floor of 'at least N' / 'no fewer than N': N",
              _CONSERVATIVE + "; " + _NEWS + "'at least N' states a confirmed minimum of N",
              [("Gunmen killed at least 12 farmers during a raid near Gusau in Zamfara state on Monday.", "12"),
               ("No fewer than 14 traders and porters were massacred by raiders near Mubi on Friday.", "14"),
               ("At least 11 miners were <b>killed</b> when a drone struck a gold site near Tongo on Monday.", "11"),
               ("No fewer than seven farmers were killed when herdsmen attacked a village in Benue state on "
                "Monday.", "7")])
NAMED = _r("fatalities.count.named_victims", "one per victim named or described (a tally of a list)", _CB,
           [("Gunmen shot dead a village chief and his driver near Gao on Monday.", "2"),
            ("A village chief lost his life in an attack by gunmen near Bama on Monday.", "1"),
            ("A retired headteacher was on Sunday evening shot dead by robbers outside his shop in Kitale.", "1"),
            ("A senior police officer was shot dead in Peshawar on Tuesday.", "1")])
PARSED = _r("fatalities.count.parsed_victims",
            "the victims the dependency parse attaches to the killing verb, counted on their noun phrase",
            _CB + "; the victims are the passive subject or the object of the killing verb",
            [("Eleven members of one family travelling to a wedding in Kandahar province were on Monday "
              "night killed by a roadside bomb.", "11"),
             ("A young imam, or prayer leader, was stabbed and killed outside a mosque in Yala on Friday, police "
              "said.", "1"),
             ("Five people have since died after rebels attacked a sugar factory in Ngakobo on Monday.", "5"),
             ("A district chairman who had long been threatened by local traffickers was killed along with his "
              "two nephews and six farm workers in an ambush near Kasese on Friday.", "9"),
             ("Eight young men from two rival gangs were killed in a shootout at Warri on Saturday.", "8"),
             ("Six herders belonging to three clans were killed in a dispute over a well near Wajir on Tuesday.", "6"),
             ("The head of a district council in Ghazni and his bodyguard, both members of the ruling party, "
              "were shot dead by gunmen on Tuesday.", "2")])
ALONG = _r("fatalities.count.along_with", "the dead plus the victims killed 'along with' them", _CB,
           [("A member of parliament was shot dead along with his driver and a bodyguard in Mogadishu on "
             "Tuesday.", "3"),
            ("Bandits killed a cattle trader near Moroto on Sunday along with his nephew and driver.", "3"),
            ("Gunmen killed a ward councillor in Yobe state on Monday along with three of his sons.", "4")])
BODIES = _r("fatalities.count.bodies_found", "N for 'the bodies of N people' found after an attack",
            _CB + " (deaths reported through the discovery of the victims' bodies)",
            [("A local official says the bodies of five traders kidnapped last month by rebels have been found near "
              "Beni.", "5"),
             ("Gunmen abducted six traders near Iguala on Monday and police found their bodies on Tuesday; "
              "the bodies of six men were dumped by a road.", "6")])
TOLL = _r("fatalities.count.toll_revision", "the latest figure of a rising death toll ('the toll rose to N')",
          _FAQ + ": when better information becomes available, totals are revised upward or downward",
          [("A bomb exploded at a market in Maiduguri on Tuesday, killing eight people. The death toll rose "
            "to 15 on Wednesday, police said.", "15")])
RIVAL = _r("fatalities.count.rival_figure",
           "a second source's bare figure for the same dead (', a local official says N'), as that source's report",
           _CONSERVATIVE + "; " + _NEWS + "a figure set after another with its own attribution verb ('…, "
           "X says N') is X's count of the same dead",
           [("Police said nine people died in the raid on Wajir on Monday, a local official says six.", "6"),
            ("Soldiers killed eleven herders near Dolo on Friday, the army said; an elder put it at eight.", "8")])
VAGUE = _r("fatalities.count.vague_quantity", "the convention value of a vague quantity (numbers.tsv)", _VAGUE,
           [("Gunmen killed dozens of villagers in an attack in Zamfara state on Tuesday.", "12")])
DENIAL = _r("fatalities.count.denial_zero", "0 for 'no one was killed' when no count is positive", _CB,
            [("Gunmen attacked a police post in Mandera on Tuesday but no one was killed.", "0")])
ORDINAL = _r("fatalities.count.ordinal", "N for 'the death of an N-th victim'", _CB,
             [("A third protester died on Tuesday after police fired live rounds at marchers in Nairobi.", "3")])
ALSO = _r("fatalities.count.also_tally",
          "the earlier figure plus the victims 'also killed', killed 'as well', or 'other'/'another' victims "
          "counted after a figure of the same sentence", _CB,
          [("Two blasts hit a bus park in Mogadishu on Friday, killing seven people, while another blast near the "
            "port killed four people.", "11"),
           ("Masked men killed the brother of a provincial governor in Iloilo on Friday. His bodyguard was killed "
            "as well.", "2"),
           ("Gunmen killed three soldiers at a checkpoint near Gao on Monday. They also killed two civilians "
            "at a nearby market.", "5")])
RECENT_SPAN = _r("fatalities.count.recent_span",
                 "a toll over the last hours or days up to the report ('over the past 24 hours', 'since "
                 "Tuesday') is the event's own",
                 _CB + "; " + _NEWS + "a daily or running toll of the reported fighting",
                 [("Shelling killed 11 civilians in the city of Donetsk over the past 24 hours, local officials "
                   "said on Tuesday.", "11")])
BACKGROUND = _r("fatalities.exclude.background_total",
                "cumulative and historical totals (a war's toll, 'since 2012', 'this year') are not counted",
                _EVENT_ONLY,
                [("A roadside bomb killed four soldiers near Gao on Tuesday, the latest attack in a conflict "
                  "that has killed thousands since 2012.", "4")])
CAUSE = _r("fatalities.exclude.cause",
           "a killing a protest is about, or a victim's own earlier deed, is not the event's toll", _EVENT_ONLY,
           [("Students marched in Nairobi on Tuesday to protest over the killing of two classmates by "
             "police.", "0")])
WOUNDED = _r("fatalities.exclude.wounded", "the wounded, missing, abducted and arrested are not fatalities",
             _FAQ + ": ACLED does not collect data on injuries",
             [("A bomb wounded 14 people at a bus station in Kano on Monday.", "0")])
LOWEST = _r("fatalities.combine.lowest_report",
            "several claimants: best is the lowest report, low and high the smallest and largest, each "
            "report kept with its claimant", _CONSERVATIVE,
            [("A roadside bomb struck an army convoy near Douentza on Wednesday, killing six soldiers, the army "
              "said. A local official put the death toll at nine.", "6")])
PART_OF_TOLL = _r("fatalities.combine.part_of_toll",
                  "victims told one by one are part of another claimant's larger figure, not a rival report",
                  _CONSERVATIVE + " (only reports of the same toll conflict)",
                  [("At least 15 people were killed when gunmen stormed a cattle market in Bria on Tuesday, a Red "
                    "Cross official said. Residents said the violence began when a taxi driver was killed.", "15")])
NONE = _r("fatalities.none_reported", "0 when the text states no death for the event", _CB,
          [("Police arrested 12 protesters in Kampala on Tuesday.", "0")])
STATED_OVER_VAGUE = _r("fatalities.combine.stated_over_vague",
                       "a vague quantity's convention value stands only where no report states a number",
                       _VAGUE + " (only where no number is reported)",
                       [("Several villagers were killed when gunmen raided a village near Mopti on Sunday. A local "
                         "official later said 14 people were killed in the raid.", "14")])
LEAD_TOTAL = _r("fatalities.combine.lead_total",
                "a smaller figure in a later sentence is a detail of the lead's toll, not a rival report, "
                "unless it is said against it ('only', 'however', 'claimed'), is a toll of its own, or both "
                "figures have a source of their own",
                _CB + "; " + _NEWS + "the lead states the event's toll, the body its details (the inverted "
                "pyramid)",
                [("At least nine people were killed when two bombs exploded at a market in Maiduguri on Tuesday, "
                  "police said. Four traders died at the fish stalls.", "9"),
                 ("A suicide bomber killed 11 people at a mosque in Maiduguri on Friday, police said. Two "
                  "worshippers were killed at the gate.", "11")])
SENTENCE_EVENT = _r("fatalities.assign.violent_event_of_sentence",
                    "a sentence's deaths belong to the violent or demonstration event it reports, not to a "
                    "non-violent development coded from the same sentence",
                    _CB + "; strategic developments are coded without fatalities",
                    [("Two rival clans in Galkayo signed a ceasefire on Thursday after fighting between them killed "
                      "at least 17 people since Sunday.", "17")])
