"""Scale-out: the per-article pipeline mapped over partitions on a Dask cluster.

``run_distributed`` writes Parquet partitions (articles, events, rejects and a
manifest) into a folder; ``load_parquet`` stores such a folder in the DuckDB
store exactly as ``eventwire ingest`` would have stored the same input.
"""
