"""Dedup across articles: the same real-world event reported by several outlets becomes one event.

``clusters`` groups event signatures, ``merge_records`` turns a group of
contract records into one, ``dedup_records`` does both; ``refresh`` keeps the
clusters of a store up to date (see :mod:`eventwire.dedup.store`).
"""
from .cluster import DEDUP_VERSION, THRESHOLD, WINDOW, cluster_id, clusters
from .merge import canonical, dedup_events, dedup_records, merge_records
from .signature import Signature, of_event, of_record

__all__ = ["DEDUP_VERSION", "THRESHOLD", "WINDOW", "Signature", "canonical", "cluster_id", "clusters",
           "dedup_events", "dedup_records", "merge_records", "of_event", "of_record"]
