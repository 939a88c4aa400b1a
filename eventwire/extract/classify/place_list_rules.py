"""Place rules for an event reported at several places at once: one event per place the text lists.

The splitting is done in ``resolve/place_lists.py``; each event it adds carries the id below in its
``rules`` list and in ``decided_by["location"]``.  Expected values read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_DISAGGREGATED = (
    "ACLED knowledge base, 'How are events disaggregated' and codebook 'Event aggregation': reports are "
    "broken into discrete events, each at one location; incidents that differ in location are coded as "
    "separate events, and only incidents on the same day, at the same place, with the same actors and "
    "activity are aggregated into one.")

LISTED_PLACE = fact_rule(
    id="places.listed_place", decides="location",
    value="one event for each town of a list the event's place stands in ('in A, B and C')",
    codebook=_DISAGGREGATED + " A demonstration or attack told once for a list of towns is one event per "
    "place, each with the sides, date and type told; a list of several countries' towns, a town with the "
    "area it lies in, or a stretch 'between A and B' is no such list; an event whose deaths are told for the "
    "whole list stays one (the count cannot be placed town by town).",
    examples=[
        ("Nurses marched in Nakuru, Eldoret and Kisumu on Monday to demand unpaid allowances.", "Eldoret (1)"),
        ("Hundreds of traders protested against new market levies in Parakou and Kandi on Friday.",
         "Kandi (1)"),
    ])
