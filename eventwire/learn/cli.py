"""Command-line shells for ``eventwire train``, ``eventwire gold`` and the ``--model`` options."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import UsageError
from ..settings import Settings
from .dataset import FIELDS
from .hybrid import DEFAULT_THRESHOLD


def _threshold(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number between 0 and 1") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError("must be a number between 0 and 1")
    return x


def add_model_options(sp) -> None:
    """``--model DIR`` and ``--model-threshold P`` for extract, ingest, serve and run-distributed."""
    sp.add_argument("--model", metavar="DIR",
                    help="a model folder written by 'eventwire train' (default $EVENTWIRE_MODEL): it decides the "
                         "sub-event type where its probability reaches --model-threshold and its training data "
                         "held that rules' type at least 10 times, the rules elsewhere")
    sp.add_argument("--model-threshold", type=_threshold, metavar="P",
                    help=f"probability from which the model's sub-event type replaces the rules' (default "
                         f"{DEFAULT_THRESHOLD}, or $EVENTWIRE_MODEL_THRESHOLD)")


def with_model(settings: Settings, args) -> Settings:
    """Settings with the model options applied; the model folder is checked before any text flows."""
    from dataclasses import replace

    from .model import check_versions, read_manifest
    model = getattr(args, "model", None)
    threshold = getattr(args, "model_threshold", None)
    if model:
        settings = replace(settings, model_dir=Path(model))
    if threshold is not None:
        settings = replace(settings, model_threshold=threshold)
    if settings.model_dir is not None:
        check_versions(read_manifest(settings.model_dir), settings.model_dir)
    return settings


def add_parsers(sub, positive) -> None:
    sp = sub.add_parser("train", help="learn sub-event types from coded gold files",
                        description="Train a classifier on gold files (the eval format: 'events' and 'no_event' "
                                    "records) and write it to a folder for --model. The rules run over each gold "
                                    "file first; the model learns from their events.")
    sp.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold files or folders")
    sp.add_argument("--out", required=True, metavar="DIR", help="folder to write the model to")
    sp.add_argument("--fields", default=",".join(FIELDS), metavar="F,…",
                    help=f"fields to learn (default and supported: {', '.join(FIELDS)})")
    sp.add_argument("--system-cache", metavar="DIR",
                    help="folder for the rules' output per gold file (<file>.system.jsonl): read when present, "
                         "written otherwise")
    sp.add_argument("--workers", type=positive, default=1, metavar="N")
    sp.add_argument("--quiet", "-q", action="store_true")

    sp = sub.add_parser("gold", help="write gold files from an ACLED export or from the store",
                        description="Convert coded data into the gold format that 'eventwire train' reads.")
    gsub = sp.add_subparsers(dest="gold_command", metavar="SOURCE", required=True)
    g = gsub.add_parser("from-acled", help="an ACLED export (CSV with notes)",
                        description="One gold record per distinct notes text of an ACLED export (CSV).")
    g.add_argument("export", metavar="EXPORT.csv")
    g.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    g = gsub.add_parser("from-store", help="events from a DuckDB store",
                        description="One gold record per stored article: its events as coded (and as reviewed, "
                                    "where a coder corrected them).")
    g.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    g.add_argument("--reviewed-only", action="store_true", help="only articles with at least one reviewed event")
    g.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")


def cmd_train(args) -> int:
    from .train import train
    fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    manifest = train(args.gold, args.out, fields=fields, settings=Settings.from_env(), cache_dir=args.system_cache,
                     workers=args.workers, quiet=args.quiet)
    if not args.quiet:
        print(f"eventwire: model written to {args.out} (fields: {', '.join(manifest['fields'])})", file=sys.stderr)
    return 0


def cmd_gold(args) -> int:
    from . import gold
    if args.gold_command == "from-acled":
        records = gold.from_acled(args.export)
    else:
        db = Path(args.db) if args.db else None
        records = gold.from_store(Settings.from_env(db_path=db), reviewed_only=args.reviewed_only)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0


def check_cross_source(args) -> None:
    if args.system:
        raise UsageError("--cross-source runs the rules itself; use --system-cache DIR to reuse their output")


COMMANDS = {"train": cmd_train, "gold": cmd_gold}
