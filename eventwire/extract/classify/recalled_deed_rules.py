"""The recalled-deed rule of a full news article, declared in the rulebook: a story about a rights
defender that reports no event of its own (a trial, a sentence, an appeal, a release, an exile's account)
is coded with the deed against the defender that it recalls.  The deciding code is
``extract/recalled_deed.py``; the rule's id is the modality rule of the mention it codes.

A follow-up story is often the only report a coder gets of an attack on a journalist or an activist: the
arrest, the abduction or the killing is told in the paragraphs after the lead, with its own month or year.
ACLED codes an event where and when it happened (Knowledge Base, "How are events disaggregated"), and adds
historical events to its dataset when a new source reports them (Knowledge Base, "Keeping ACLED data
updated": new supplemental data "may result in the addition of new historical events").
"""
from __future__ import annotations

from .engine import fact_rule

_WHEN_REPORTED = ("ACLED Knowledge Base, \"Keeping ACLED data updated\" (2023): a new source may add historical "
                  "events to the dataset; ACLED Knowledge Base, \"How are events disaggregated\": an event is coded "
                  "by when and where it happened; ACLED Codebook (2023), Violence against civilians (Attack, "
                  "Abduction/forced disappearance, Sexual violence) and Strategic developments (Arrests); UN "
                  "Declaration on Human Rights Defenders (1998) and OHCHR Fact Sheet 29: journalists, lawyers, "
                  "trade unionists and activists are human rights defenders")

RECALLED_DEED = fact_rule(
    id="news.recalled_deed_of_defender_story", decides="modality", value="asserted",
    codebook=_WHEN_REPORTED + "; the article is a full news story (a body after its lead) that names rights "
             "defenders (``rights_defenders`` words) at least twice and reports no event of its own: its first "
             "recalled deed against a person (an attack, an abduction, a sexual assault or an arrest, told as "
             "one occurrence, not a total or a habit) is coded as its event, at the deed's own date and place",
    examples=[("Exiled editor tells of his months in a Tashkent jail\n\nALMATY, Kazakhstan - An Uzbek editor "
               "who fled to Kazakhstan last year says he still wakes at night thinking of his cell.\n\nThe "
               "journalist was arrested at his flat in Tashkent in March 2019 by security officers and held "
               "for seven months without a lawyer, he told a meeting of press freedom groups in Almaty on "
               "Tuesday.\n\n\"They wanted the names of my sources,\" he said. Other journalists are still "
               "inside, he added.", "asserted")])
