"""Dedup across articles: the same real-world event reported by several outlets becomes one event.

``clusters`` groups event signatures (:func:`eventwire.dedup.cluster.cluster` also
gives the links that joined them, with ``explain``'s evidence, and the possible
duplicates kept apart), ``merge_records`` turns a group of contract records into one, ``dedup_records`` does both; ``refresh`` keeps the
clusters of a store up to date (see :mod:`eventwire.dedup.store`).
"""
from .cluster import DEDUP_VERSION, POSSIBLE, THRESHOLD, WEIGHTS, WINDOW, cluster_id, clusters, explain
from .merge import canonical, dedup_events, dedup_records, merge_records
from .signature import Signature, of_event, of_record

__all__ = ["DEDUP_VERSION", "POSSIBLE", "THRESHOLD", "WEIGHTS", "WINDOW", "Signature", "canonical",
           "cluster_id", "clusters", "explain",
           "dedup_events", "dedup_records", "merge_records", "of_event", "of_record"]
