"""The ``eventwire`` command line: a thin shell over ``eventwire.pipeline`` and the store.

Exit codes: 0 all good; 1 some input refused (the rest processed); 2 usage error;
3 the store is in use by another process (locked).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .errors import EventwireError, UsageError
from .records import Article, Reject, where
from .settings import Settings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit with 2 and a one-line hint
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _publication_date(value: str) -> dt.date:
    """A date given for inputs that carry none: in the range the readers accept."""
    day = _date(value)
    latest = dt.date.today().year + 1
    if not 1900 <= day.year <= latest:
        raise argparse.ArgumentTypeError(f"{value!r} is not a plausible date (years 1900 to {latest})")
    return day


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="eventwire", description=(
        "Code dated news articles into geocoded, source-attributed political-violence and protest "
        "events (ACLED categories), offline."),
        epilog="Exit codes: 0 all good; 1 some input refused (the rest processed); 2 usage error; "
               "3 the store is in use by another process (locked).")
    p.add_argument("--version", action="version", version=f"eventwire {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def inputs(sp):
        sp.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or folders (.txt .jsonl .ndjson .csv .html .xml/.rss/.atom); - for stdin")
        sp.add_argument("--date", type=_publication_date, metavar="YYYY-MM-DD",
                        help="publication date for inputs that carry none")
        sp.add_argument("--workers", type=_positive, default=1, metavar="N",
                        help="worker processes, each loading the model once (default 1)")
        sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")

    sp = sub.add_parser("extract", help="code articles and print their events",
                        description="Code articles and write their events (the contract's event records).")
    inputs(sp)
    sp.add_argument("--format", choices=("jsonl", "csv", "table"), default=None,
                    help="output format (default: table on a terminal, jsonl otherwise)")
    sp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    sp.add_argument("--all-modalities", action="store_true",
                    help="also output negated, future, hypothetical and historical mentions as events")

    sp = sub.add_parser("annotate", help="places, dates and entities found in articles",
                        description="Write one annotation record per article: places, time expressions "
                                    "and named entities with character offsets.")
    inputs(sp)
    sp.add_argument("--format", choices=("jsonl",), default="jsonl", help="output format (jsonl)")
    sp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    sp = sub.add_parser("ingest", help="code articles and store them in a DuckDB file",
                        description="Code articles and store articles, events and rejects in a DuckDB file. "
                                    "Incremental and idempotent: unchanged articles are skipped.")
    inputs(sp)
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--show", type=int, default=20, metavar="N",
                    help="print up to N of the stored events as a table (default 20; 0 for none)")

    sp = sub.add_parser("export", help="export stored events (csv, jsonl, geojson, parquet)",
                        description="Export stored events. CSV uses ACLED's column names.")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--format", choices=("csv", "jsonl", "geojson", "parquet"), required=True)
    sp.add_argument("-o", "--output", metavar="FILE", help="output file (required for parquet)")
    sp.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="events on or after")
    sp.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="events on or before")
    sp.add_argument("--country", help="country name or ISO3")
    sp.add_argument("--admin1", help="first-level admin area")
    sp.add_argument("--event-type", help="ACLED event type")
    sp.add_argument("--sub-event-type", help="ACLED sub-event type")
    sp.add_argument("--actor", help="actor name contains")
    sp.add_argument("--min-fatalities", type=int, metavar="N")
    sp.add_argument("--text", help="free text over notes and evidence")
    sp.add_argument("--no-dedup", action="store_true",
                    help="one row per article's event instead of one per real-world event")

    sp = sub.add_parser("dedup", help="recompute which stored events are the same real-world event",
                        description="Re-cluster all stored events across articles (ingest does this "
                                    "incrementally around new events).")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")

    sp = sub.add_parser("rejects", help="list input that was refused, and why",
                        description="List rejected input records stored in the DuckDB file.")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--format", choices=("table", "jsonl"), default="table")

    sp = sub.add_parser("eval", help="score extraction against a gold file",
                        description="Run extraction on a gold file (shared/eval format) or score a given "
                                    "system file, and print per-field metrics per dataset.")
    sp.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold files or folders")
    sp.add_argument("--system", metavar="FILE", help="score this system output instead of running extraction")
    sp.add_argument("--save-system", metavar="FILE", help="also write the system output produced")
    sp.add_argument("--workers", type=_positive, default=1, metavar="N")
    sp.add_argument("--json", action="store_true", help="print the metrics as JSON")
    sp.add_argument("--quiet", "-q", action="store_true")

    sp = sub.add_parser("serve", help="HTTP API and web dashboard over a DuckDB file",
                        description="Serve the stored events: dashboard at /, API docs at /docs. Reads are "
                                    "public; POST /articles needs the API key.")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sp.add_argument("--api-key", metavar="KEY",
                    help="key for POST /articles (default $EVENTWIRE_API_KEY; without one, writes are refused "
                         "and the file is opened read-only)")

    sp = sub.add_parser("run-distributed", help="code a large corpus on a Dask cluster into Parquet",
                        description="Code articles on a Dask cluster (a local one by default) and write Parquet "
                                    "partitions of articles, events and rejects into --out; load them with "
                                    "`eventwire ingest-parquet DIR`. Needs `pip install 'eventwire[distributed]'`.")
    sp.add_argument("paths", nargs="+", metavar="PATH",
                    help="files or folders (.txt .jsonl .ndjson .csv .html .xml/.rss/.atom); - for stdin")
    sp.add_argument("--out", required=True, metavar="DIR", help="new or empty folder for the Parquet output")
    sp.add_argument("--scheduler", metavar="ADDRESS",
                    help="Dask scheduler address (tcp://host:8786); default: start a local cluster")
    sp.add_argument("--workers", type=_positive, default=2, metavar="N",
                    help="worker processes of the local cluster (default 2; ignored with --scheduler)")
    sp.add_argument("--partition-size", type=_positive, default=256, metavar="K",
                    help="articles per partition and task (default 256)")
    sp.add_argument("--date", type=_publication_date, metavar="YYYY-MM-DD",
                    help="publication date for inputs that carry none")
    sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")

    sp = sub.add_parser("ingest-parquet", help="store the Parquet output of run-distributed in a DuckDB file",
                        description="Load the folder written by `eventwire run-distributed` into the store, "
                                    "as `eventwire ingest` of the same input would have stored it.")
    sp.add_argument("folder", metavar="DIR", help="the --out folder of run-distributed")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")
    return p


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0+unknown"


# ---- helpers --------------------------------------------------------------------------------

class _Progress:
    """A progress bar on a terminal, nothing in a pipe."""

    def __init__(self, quiet: bool, desc: str):
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(desc=desc, unit=" articles", file=sys.stderr, leave=False)

    def update(self, n: int = 1):
        if self.bar is not None:
            self.bar.update(n)

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _read(paths: list[str], date: dt.date | None, rejects: list[Reject]) -> Iterator[Article]:
    from .ingest.readers import read_inputs
    for item in read_inputs(paths, default_date=date, stdin=sys.stdin.buffer):
        if isinstance(item, Reject):
            rejects.append(item)
            print(f"eventwire: skipped {item.message()}", file=sys.stderr)
        else:
            yield item


def _results(articles: Iterable[Article], workers: int, settings: Settings, **kw):
    if workers > 1:
        from .parallel import run_parallel
        yield from run_parallel(articles, workers, settings, **kw)
    else:
        from .pipeline import Pipeline
        yield from Pipeline(settings, **kw).run(articles)


def _open_out(path: str | None, binary: bool = False):
    if path is None:
        return sys.stdout.buffer if binary else sys.stdout
    return open(path, "wb" if binary else "w", encoding=None if binary else "utf-8",
                **({} if binary else {"newline": ""}))


def _table(events: list[dict], out: TextIO) -> None:
    if not events:
        print("no events found", file=out)
        return
    cols = [("date", lambda e: e["event_date"]), ("type", lambda e: e["sub_event_type"]),
            ("actor1", lambda e: (e.get("actor1") or {}).get("name") or ""),
            ("actor2", lambda e: (e.get("actor2") or {}).get("name") or ""),
            ("location", lambda e: _loc(e)),
            ("deaths", lambda e: _deaths(e)), ("conf", lambda e: f"{e.get('confidence', 0):.2f}")]
    rows = [[str(f(e))[:40] for _, f in cols] for e in events]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, (h, _) in enumerate(cols)]
    print("  ".join(h.ljust(w) for (h, _), w in zip(cols, widths)), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)), file=out)
    for e in events:
        print(f"\n[{e['event_id']}] {e.get('notes', '')}", file=out)


def _loc(e: dict) -> str:
    loc = e.get("location") or {}
    if not loc:
        return ""
    return f"{loc.get('name')}, {loc.get('iso3')} (p{loc.get('geo_precision')})"


def _deaths(e: dict) -> str:
    f = e.get("fatalities") or {}
    lo, hi = f.get("low", 0), f.get("high", 0)
    return str(f.get("best", 0)) if lo == hi else f"{lo}-{hi}"


def _settings(args) -> Settings:
    db = getattr(args, "db", None)
    return Settings.from_env(db_path=Path(db) if db else None)


# ---- commands -------------------------------------------------------------------------------

def cmd_extract(args) -> int:
    import csv

    from .store.export import COLUMNS, flatten
    settings = _settings(args)
    rejects: list[Reject] = []
    fmt = args.format or ("table" if (args.output is None and sys.stdout.isatty()) else "jsonl")
    progress = _Progress(args.quiet, "extract")
    out = _open_out(args.output)
    n_articles = n_events = 0
    collected: list[dict] = []
    csv_writer = None
    try:
        for res in _results(_read(args.paths, args.date, rejects), args.workers, settings,
                            include_all=args.all_modalities):
            n_articles += 1
            progress.update()
            for ev in res.events:
                n_events += 1
                rec = ev.to_dict()
                if fmt == "jsonl":
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    if csv_writer is None:
                        csv_writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
                        csv_writer.writeheader()
                    csv_writer.writerow(flatten(rec, {"sources": [{"source": res.article.source, "url": res.article.url,
                                                                    "article_id": res.article.id}]}))
                else:
                    collected.append(rec)
        if fmt == "csv" and csv_writer is None:
            csv.DictWriter(out, fieldnames=COLUMNS).writeheader()
        if fmt == "table":
            _table(collected, out)
    finally:
        progress.close()
        if args.output is not None:
            out.close()
        else:
            out.flush()
    if not args.quiet:
        print(f"eventwire: {n_articles} articles, {n_events} events, {len(rejects)} refused", file=sys.stderr)
    return EXIT_REFUSED if rejects else EXIT_OK


def cmd_annotate(args) -> int:
    settings = _settings(args)
    rejects: list[Reject] = []
    progress = _Progress(args.quiet, "annotate")
    out = _open_out(args.output)
    try:
        for res in _results(_read(args.paths, args.date, rejects), args.workers, settings, full_parse=True):
            progress.update()
            out.write(json.dumps(res.annotation.to_dict(), ensure_ascii=False) + "\n")
    finally:
        progress.close()
        if args.output is not None:
            out.close()
    return EXIT_REFUSED if rejects else EXIT_OK


def cmd_ingest(args) -> int:
    from .ingest.service import ingest
    settings = _settings(args)
    rejects: list[Reject] = []
    progress = _Progress(args.quiet, "ingest")
    try:
        summary = ingest(_read(args.paths, args.date, rejects), settings, rejects=rejects, workers=args.workers,
                         argv=sys.argv[1:], on_article=progress.update)
    finally:
        progress.close()
    if args.show:
        from .ingest.service import stored_events
        shown = summary.new_events[:args.show]
        if len(shown) < args.show and summary.unchanged_ids:
            shown += stored_events(settings, summary.unchanged_ids)[:args.show - len(shown)]
        _table(shown, sys.stdout)
        if len(summary.new_events) > args.show:
            print(f"\n… and {len(summary.new_events) - args.show} more; "
                  f"`eventwire export --format csv` writes them all", file=sys.stdout)
    if not args.quiet:
        print(f"eventwire: {summary.articles_seen} articles read, {summary.articles_written} coded, "
              f"{summary.articles_unchanged} unchanged, {summary.events_written} events stored, "
              f"{len(rejects)} refused -> {settings.db_path}", file=sys.stderr)
    return EXIT_REFUSED if rejects else EXIT_OK


def _filters(args):
    from .store.duckdb_store import EventFilter
    return EventFilter(date_from=args.date_from, date_to=args.date_to, country=args.country, admin1=args.admin1,
                       event_type=args.event_type, sub_event_type=args.sub_event_type, actor=args.actor,
                       min_fatalities=args.min_fatalities, text=args.text)


def _open_store(settings: Settings, read_only: bool):
    from .store.duckdb_store import Store
    if read_only and not Path(settings.db_path).exists():
        raise UsageError(f"no store at {settings.db_path}; run `eventwire ingest PATH… --db {settings.db_path}` "
                         f"first or pass --db FILE")
    return Store(settings.db_path, read_only=read_only)


def cmd_export(args) -> int:
    from .store.export import export_events
    settings = _settings(args)
    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o FILE")
    with _open_store(settings, read_only=True) as store:
        out = args.output if args.output else sys.stdout
        n = export_events(store, args.format, out, _filters(args), dedup=not args.no_dedup)
    print(f"eventwire: exported {n} events", file=sys.stderr)
    return EXIT_OK


def cmd_rejects(args) -> int:
    settings = _settings(args)
    with _open_store(settings, read_only=True) as store:
        rows = store.rejects()
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        if not rows:
            print("no rejected input")
        for r in rows:
            print(f"{where(r['path'], r.get('line'), r.get('item'))}: {r['reason']}")
    return EXIT_OK


def cmd_eval(args) -> int:
    from .eval.runner import evaluate
    text = evaluate(args.gold, system_path=args.system, save_system=args.save_system, workers=args.workers,
                    as_json=args.json, quiet=args.quiet, settings=Settings.from_env())
    print(text)
    return EXIT_OK


def cmd_serve(args) -> int:
    import os

    import uvicorn

    from .api import create_app
    settings = _settings(args)
    api_key = args.api_key or os.environ.get("EVENTWIRE_API_KEY") or None
    app = create_app(settings, api_key=api_key)
    app.state.db.open()
    print(f"eventwire: serving {Path(settings.db_path).resolve()} on http://{args.host}:{args.port}/ "
          f"({'writes need the API key' if api_key else 'read-only'})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_run_distributed(args) -> int:
    from .scale.distributed import run_distributed
    settings = _settings(args)
    rejects: list[Reject] = []
    progress = _Progress(args.quiet, "run-distributed")
    try:
        summary = run_distributed(_read(args.paths, args.date, rejects), args.out, settings=settings,
                                  rejects=rejects, scheduler=args.scheduler, workers=args.workers,
                                  partition_size=args.partition_size, on_partition=progress.update)
    finally:
        progress.close()
    if not args.quiet:
        print(f"eventwire: {summary.articles} articles in {summary.partitions} partitions, {summary.events} events, "
              f"{summary.rejects} refused, {summary.workers} worker threads, {summary.seconds:.1f} s -> {args.out}; "
              f"load with `eventwire ingest-parquet {args.out}`", file=sys.stderr)
    return EXIT_REFUSED if rejects else EXIT_OK


def cmd_ingest_parquet(args) -> int:
    from .scale.partitions import load_parquet
    settings = _settings(args)
    progress = _Progress(args.quiet, "ingest-parquet")
    try:
        summary = load_parquet(args.folder, settings.db_path, argv=sys.argv[1:], on_article=progress.update)
    finally:
        progress.close()
    if not args.quiet:
        print(f"eventwire: {summary.articles_seen} articles read, {summary.articles_written} stored, "
              f"{summary.articles_unchanged} unchanged, {summary.events_written} events stored, "
              f"{summary.rejects} refused in the run -> {settings.db_path}", file=sys.stderr)
    return EXIT_OK


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def cmd_dedup(args) -> int:
    from .dedup.store import refresh
    settings = _settings(args)
    if not Path(settings.db_path).exists():
        raise UsageError(f"no store at {settings.db_path}; run `eventwire ingest PATH… --db {settings.db_path}` "
                         f"first or pass --db FILE")
    with _open_store(settings, read_only=False) as store:
        from .dedup import DEDUP_VERSION
        run_id = store.start_run({"dedup": DEDUP_VERSION}, sys.argv[1:], started_at=_utcnow())
        done = refresh(store, full=True)
        store.finish_run(run_id, {"dedup": done.as_dict()}, finished_at=_utcnow())
    print(f"eventwire: {done.events} events -> {done.clusters} real-world events "
          f"({done.merged_events} events merged) -> {settings.db_path}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"dedup": cmd_dedup, "extract": cmd_extract, "annotate": cmd_annotate, "ingest": cmd_ingest, "export": cmd_export,
            "rejects": cmd_rejects, "eval": cmd_eval, "serve": cmd_serve,
            "run-distributed": cmd_run_distributed, "ingest-parquet": cmd_ingest_parquet}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
