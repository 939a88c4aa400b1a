"""Rules for reading a full news article about an attack on a person told beside older or other
matters: a surname standing alone names the person the article named in full; a date inside the deed an
arrest or a protest is over belongs to that deed, not to the arrest; a court's town in a sentence that
tells a step of a trial is the trial's place, not the deed's.  Decided in ``resolve/person_surnames.py``
(with ``pipeline.clean_toponyms``), ``resolve/court_places.py`` and ``extract/build.py``
(``Coder.mention``); each decision adds its rule id to the event's ``rules``.

Expected values in the examples read "<location name> (<geo precision>)" for place rules."""
from __future__ import annotations

from .engine import fact_rule

SURNAME_OF_NAMED_PERSON = fact_rule(
    id="places.surname_of_named_person", decides="location",
    value="a surname the article writes after a title of address or a common first name (\"Mr Mandela\", "
          "\"Nelson Mandela\") names that person where it stands alone (\"worse than that of Mandela\"), not a "
          "small town abroad or one outside the article's countries; read from the words where no sentence "
          "was parsed",
    codebook=("Named-entity convention, one sense per discourse (Gale, Church and Yarowsky, 1992): a name "
              "keeps one sense within a text, and news names a person in full once and by the surname "
              "afterwards (AP Stylebook, \"names\": use only last names on second reference). ACLED codebook, "
              "event geography: the location is a place where the event happened, never a person's name."),
    examples=[("The union likened the printer to Nelson Mandela in a letter.\n\nGuards beat the printer in his "
               "cell in Harare on Monday, his lawyer said, calling it worse than that of Mandela.",
               "Harare (1)")])

_REASON = ("ACLED Codebook (2023), Strategic developments: Arrests, and Protests: an arrest or a protest "
           "is coded on the day it took place; a deed it is over (\"detained five over the killing of a "
           "reporter in July 2016\", \"protested the 2019 murder of an activist\") is a past event of its own, "
           "coded from the report that first told it. News-writing convention (inverted pyramid): the lead "
           "reports the day's news and names the older deed it follows in the same sentence.")

REASON_DEED_DATE = fact_rule(
    id="modality.asserted.reason_deed_date", decides="modality", value="asserted",
    codebook=_REASON,
    examples=[("Police in Kyiv have detained two men over the murder of a radio reporter in March 2018, "
               "prosecutors said on Thursday.", "asserted")])

COURT_SEAT = fact_rule(
    id="places.court_seat", decides="location",
    value="not the town of a court named in a sentence that tells a step of a trial (\"pleaded guilty in "
          "federal court in X to the kidnapping\", \"sentenced at X Magistrates' Court\"): the deed it tries "
          "is placed where the story says it happened; a court's town stays the place of what happens at the "
          "court (\"protested outside the court in X\")",
    codebook=("ACLED codebook, event geography: the location is where the event happened, not where it was "
              "reported or judged; ACLED Codebook (2023), Introduction: court cases and trials are no events, "
              "and the deed a trial concerns was coded where and when it took place."),
    examples=[("On Thursday a man pleaded guilty in a federal court in Chicago to taking part in the kidnapping "
               "of two aid workers in Mogadishu last week.", "Mogadishu (1)")])
