"""Learned decisions: a small text classifier trained on coded events, used beside the rules.

``eventwire train`` fits it on gold files (``learn.train``), ``--model DIR`` makes the pipeline
apply it (``learn.hybrid``), ``eventwire gold`` writes gold files from an ACLED export or the
store (``learn.gold``).  Nothing here imports scikit-learn at import time.
"""
