"""Fatality rules of news prose: counts whose words stand far from the killing verb.

News leads put a day, a hedge or a long description between the victims and the verb of a passive
("Six fishermen, all from one island, were on Sunday night shot dead", "At least 40 villagers near
the border were feared killed"). The victims are still the passive's subject, the number the text
gives the dead (ACLED Codebook, Fatalities). The reading is done on the dependency parse by
:mod:`eventwire.extract.casualty_parse`.
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

RAISED_SUBJECT = fact_rule(
    id="fatalities.count.raised_passive_subject", decides="fatalities",
    value="the subject of the passive a killing verb belongs to when the parse gives the verb no subject of its "
          "own: of the 'be', the day word or the passive hedge ('feared', 'believed', 'found') it hangs from, or "
          "of the passive 'died' is coordinated with ('was stabbed on Monday and died at a clinic'), counted on its noun "
          "phrase",
    codebook=cb.FATALITY_COUNT + "; news-writing convention: a passive lead names the victims as the subject, "
             "with the day or a hedge between the auxiliary and the verb ('were on Monday killed', "
             "'were feared killed')",
    examples=[("At least six youths, members of a street gang in Warri, were on Tuesday night shot dead near "
               "the main market.", "6"),
              ("At least 30 villagers in a border hamlet of Gwoza area were feared killed on Sunday as troops "
               "opened fire on fleeing militants.", "30"),
              ("The head of the maths department at the Bida college, Mr. Musa Bello, was yesterday, killed by "
               "gunmen on the Mokwa road.", "1"),
              ("Paulo Reis, a council candidate in Sorriso, was stabbed outside a bakery on Monday and died at a "
               "clinic the next morning.", "1"),
              ("A retired bursar of the Bida polytechnic, Mr. Yusuf Dauda, has been found clubbed to death behind his "
               "farmhouse.", "1")])

TITLE_AND_NAME = fact_rule(
    id="fatalities.count.title_and_name", decides="fatalities",
    value="a bare title before a name ('lawyer Imran Ali Shah', 'lawmaker John Kamau') is one victim, the named "
          "person, where the parse makes the title and the name two objects of the killing verb",
    codebook=cb.FATALITY_COUNT + "; news-writing convention (AP style, titles): a title or occupation set "
             "before a name without an article describes that person",
    examples=[("Two youths on a scooter shot and killed lawyer Imran Ali Shah near the court, police said.",
               "1")])

DESCRIBED_CONJUNCT = fact_rule(
    id="fatalities.count.described_conjunct", decides="fatalities",
    value="coordinated victims the passive names together, a counted item described by its group or origin "
          "('five drivers from a bus company and two passengers were shot dead'): the sum of the items",
    codebook=cb.FATALITY_COUNT + "; all the dead the sentence's subject names are the event's fatalities",
    examples=[("Five drivers from a bus company and two passengers were discovered shot dead outside a depot "
               "in Sonsonate, police said.", "7")])

COORDINATED = fact_rule(
    id="fatalities.count.coordinated_victims", decides="fatalities",
    value="every victim of a coordinated subject or object ('the treasurer of a union and his nephew', "
          "'his cook and nephew'), counted on the parse where a word pattern read only the last of them",
    codebook=cb.FATALITY_COUNT + "; English coordination: 'X and his nephew' names two people, whatever the "
             "number of the verb ('was stabbed to death')",
    examples=[("The chairman of a fishing cooperative in Rumonge and his nephew was shot dead on Saturday.", "2")])

RESUMED_OBJECT = fact_rule(
    id="fatalities.count.resumed_object", decides="fatalities",
    value="'them' as the victims of a killing verb coordinated with an earlier verb: the earlier verb's object "
          "('forced six traders off the bus and killed them'), counted on its noun phrase",
    codebook=cb.FATALITY_COUNT + "; English coordination: a pronoun object of the second verb resumes the "
             "first verb's object",
    examples=[("Raiders pulled Ali Khan, a council candidate, and his brother from a minibus near Ghazni and killed "
               "them.", "2")])
