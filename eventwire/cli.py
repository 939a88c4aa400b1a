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
from .learn.cli import COMMANDS as LEARN_COMMANDS
from .learn.cli import add_model_options, with_model
from .learn.cli import add_parsers as add_learn_parsers
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


def _feed_country(value: str) -> str:
    from .feed import option
    try:
        return option(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


_FEED_HELP = ("the country the input is about, for articles whose own text names none (a note naming only a "
              "village): auto (default) finds it when one country holds 90%% of the 30 or more events placed by "
              "their own text; none; or an ISO code (KEN)")


def _feed_option(sp) -> None:
    sp.add_argument("--feed-country", type=_feed_country, default="auto", metavar="auto|none|ISO",
                    help=_FEED_HELP)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="eventwire", description=(
        "Code dated news articles into geocoded, source-attributed political-violence and protest "
        "events (ACLED categories), offline."),
        epilog="Exit codes: 0 all good; 1 some input refused (the rest processed); 2 usage error; "
               "3 the store is in use by another process (locked).")
    p.add_argument("--version", action="version", version=f"eventwire {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_coding_parsers(sub)
    _add_store_parsers(sub)
    _add_evaluation_parsers(sub)
    _add_serving_parsers(sub)
    return p


def _inputs(sp) -> None:
    """The input arguments of the commands that read articles."""
    sp.add_argument("paths", nargs="+", metavar="PATH",
                    help="files or folders (.txt .jsonl .ndjson .csv .html .xml/.rss/.atom); - for stdin")
    sp.add_argument("--date", type=_publication_date, metavar="YYYY-MM-DD",
                    help="publication date for inputs that carry none")
    sp.add_argument("--workers", type=_positive, default=1, metavar="N",
                    help="worker processes, each loading the model once (default 1)")
    sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")
    _feed_option(sp)


def _add_coding_parsers(sub) -> None:
    """extract, explain, rules, annotate: code articles and print what was found and why."""
    sp = sub.add_parser("extract", help="code articles and print their events",
                        description="Code articles and write their events (the contract's event records).")
    _inputs(sp)
    sp.add_argument("--format", choices=("jsonl", "csv", "table"), default=None,
                    help="output format (default: table on a terminal, jsonl otherwise)")
    sp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    sp.add_argument("--all-modalities", action="store_true",
                    help="also output negated, future, hypothetical and historical mentions as events")
    add_model_options(sp)

    sp = sub.add_parser("explain", help="each event with the rule and the evidence behind every field",
                        description="Code articles and print, for each event, its fields with the rule that "
                                    "set each one and the words of the article it rests on.")
    _inputs(sp)

    sp = sub.add_parser("rules", help="list every coding rule",
                        description="List every coding rule: id, the field and value it decides, the "
                                    "codebook section it implements and its number of examples.")
    sp.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    sp.add_argument("--fired-on", nargs="+", metavar="EVENTS.jsonl",
                    help="instead, count per rule the events of these event files (extract --format jsonl or "
                         "eval --save-system output) it fired on and the fields it decided")

    sp = sub.add_parser("annotate", help="places, dates and entities found in articles",
                        description="Write one annotation record per article: places, time expressions "
                                    "and named entities with character offsets.")
    _inputs(sp)
    sp.add_argument("--format", choices=("jsonl",), default="jsonl", help="output format (jsonl)")
    sp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")


def _add_store_parsers(sub) -> None:
    """ingest, export, dedup, rejects: the DuckDB store."""
    sp = sub.add_parser("ingest", help="code articles and store them in a DuckDB file",
                        description="Code articles and store articles, events and rejects in a DuckDB file. "
                                    "Incremental and idempotent: unchanged articles are skipped.")
    _inputs(sp)
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    add_model_options(sp)
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
                                    "incrementally around new events).  A merge needs evidence beyond "
                                    "date, place and type; pairs with some evidence are kept apart as "
                                    "possible duplicates: list them with --review, then --confirm or "
                                    "--split a pair (every later dedup keeps that decision).")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    act = sp.add_mutually_exclusive_group()
    act.add_argument("--review", action="store_true",
                     help="list the possible duplicates (best first) instead of re-clustering")
    act.add_argument("--confirm", nargs=2, metavar=("A", "B"),
                     help="events A and B are one real-world event: store that and re-cluster")
    act.add_argument("--split", nargs=2, metavar=("A", "B"),
                     help="events A and B are two real-world events: store that and re-cluster")
    act.add_argument("--why", metavar="EVENT_ID",
                     help="print why the event was merged with its cluster's other reports, or what "
                          "links it to its possible duplicates (features and scores, JSON)")
    sp.add_argument("--limit", type=int, default=50, metavar="N", help="with --review: at most N pairs (default 50)")

    sp = sub.add_parser("rejects", help="list input that was refused, and why",
                        description="List rejected input records stored in the DuckDB file.")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--format", choices=("table", "jsonl"), default="table")


def _add_evaluation_parsers(sub) -> None:
    """eval and the learning commands."""
    sp = sub.add_parser("eval", help="score extraction against a gold file",
                        description="Run extraction on a gold file (shared/eval format) or score a given "
                                    "system file, and print per-field metrics per dataset.")
    sp.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold files or folders")
    sp.add_argument("--system", metavar="FILE", help="score this system output instead of running extraction")
    sp.add_argument("--save-system", metavar="FILE", help="also write the system output produced")
    sp.add_argument("--workers", type=_positive, default=1, metavar="N")
    _feed_option(sp)
    sp.add_argument("--json", action="store_true", help="print the metrics as JSON")
    sp.add_argument("--quiet", "-q", action="store_true")
    sp.add_argument("--cross-source", action="store_true",
                    help="leave each gold file out in turn: train a model on the others and score the rules, "
                         "the model and the hybrid on it")
    sp.add_argument("--system-cache", metavar="DIR",
                    help="with --cross-source: folder for the rules' output per gold file, read when present")
    add_model_options(sp)

    add_learn_parsers(sub, _positive)


def _add_serving_parsers(sub) -> None:
    """serve, run-distributed, ingest-parquet, gazetteer."""
    sp = sub.add_parser("serve", help="HTTP API and web dashboard over a DuckDB file",
                        description="Serve the stored events: dashboard at /, API docs at /docs. Reads are "
                                    "public; POST /articles needs the API key.")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sp.add_argument("--api-key", metavar="KEY",
                    help="key for POST /articles (default $EVENTWIRE_API_KEY; without one, writes are refused "
                         "and the file is opened read-only)")
    add_model_options(sp)

    sp = sub.add_parser("run-distributed", help="code a large corpus on a Dask cluster into Parquet",
                        description="Code articles on a Dask cluster (a local one by default) and write Parquet "
                                    "partitions of articles, events and rejects into --out; load them with "
                                    "`eventwire ingest-parquet DIR`. The feed's country (--feed-country) is decided "
                                    "over the whole input, as `ingest` decides it: with auto, a second pass codes "
                                    "again in it the articles whose own text names no country. "
                                    "Needs `pip install 'eventwire[distributed]'`.")
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
    _feed_option(sp)
    add_model_options(sp)

    sp = sub.add_parser("ingest-parquet", help="store the Parquet output of run-distributed in a DuckDB file",
                        description="Load the folder written by `eventwire run-distributed` into the store, "
                                    "as `eventwire ingest` of the same input with the same --feed-country would have "
                                    "stored it.")
    sp.add_argument("folder", metavar="DIR", help="the --out folder of run-distributed")
    sp.add_argument("--db", metavar="FILE", help="DuckDB file (default ./eventwire.duckdb or $EVENTWIRE_DB)")
    sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")
    sp = sub.add_parser("gazetteer", help="build the place index from GeoNames dumps you downloaded",
                        description="Manage the place index (GeoNames).")
    gsub = sp.add_subparsers(dest="gazetteer_command", metavar="ACTION", parser_class=_Parser)
    gi = gsub.add_parser(
        "import", help="rebuild the index with GeoNames dumps added",
        description="Rebuild the place index from the packaged GeoNames data plus dumps downloaded from "
                    "GeoNames' export page: allCountries.zip, a country file such as KE.zip, cities1000.zip "
                    "(.zip or the .txt inside), and optionally alternateNamesV2.zip and the admin code tables "
                    "admin1CodesASCII.txt and admin2Codes.txt (province and district names for a file "
                    "without its own admin rows, such as cities1000). Villages, "
                    "neighbourhoods and sub-districts the packaged data lack are then found. A bad file "
                    "leaves the index in use as it was.")
    gi.add_argument("files", nargs="+", metavar="FILE", help="GeoNames dump files (.zip or .txt)")


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


def _results(articles: Iterable[Article], workers: int, settings: Settings, feed_country: str = "auto", **kw):
    """The articles' results in input order, with the feed's country (``eventwire.feed``)."""
    from .feed import code_feed
    yield from code_feed(articles, feed_country, settings=settings, workers=workers, **kw)


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
    return with_model(Settings.from_env(db_path=Path(db) if db else None), args)


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
        for res in _results(_read(args.paths, args.date, rejects), args.workers, settings, args.feed_country,
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


def cmd_rules(args) -> int:
    from .extract.classify.report import format_firing, format_rules
    lines = format_firing(args.fired_on, args.format) if args.fired_on else format_rules(args.format)
    for line in lines:
        print(line)
    return EXIT_OK


def cmd_explain(args) -> int:
    from .extract.classify.report import explain
    rejects: list[Reject] = []
    n_events = 0
    for res in _results(_read(args.paths, args.date, rejects), args.workers, _settings(args), args.feed_country):
        print(f"# article {res.article.id} ({res.article.date}): {len(res.events)} events")
        for ev in res.events:
            n_events += 1
            for line in explain(ev):
                print(line)
    if not args.quiet:
        print(f"eventwire: {n_events} events explained, {len(rejects)} refused", file=sys.stderr)
    return EXIT_REFUSED if rejects else EXIT_OK


def cmd_annotate(args) -> int:
    settings = _settings(args)
    rejects: list[Reject] = []
    progress = _Progress(args.quiet, "annotate")
    out = _open_out(args.output)
    try:
        for res in _results(_read(args.paths, args.date, rejects), args.workers, settings, args.feed_country,
                            full_parse=True):
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
                         argv=sys.argv[1:], on_article=progress.update, feed_country=args.feed_country)
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
    if args.cross_source:
        from .eval.cross_source import cross_source_text
        from .learn.cli import check_cross_source
        check_cross_source(args)
        settings = _settings(args)
        print(cross_source_text(args.gold, as_json=args.json, settings=settings, cache_dir=args.system_cache,
                                threshold=settings.model_threshold, workers=args.workers, quiet=args.quiet))
        return EXIT_OK
    text = evaluate(args.gold, system_path=args.system, save_system=args.save_system, workers=args.workers,
                    as_json=args.json, quiet=args.quiet, settings=_settings(args), feed_country=args.feed_country)
    print(text)
    return EXIT_OK


def cmd_serve(args) -> int:
    import os

    import uvicorn

    from .api import assets, create_app
    from .api.app import VENDOR
    settings = _settings(args)
    api_key = args.api_key or os.environ.get("EVENTWIRE_API_KEY") or None
    app = create_app(settings, api_key=api_key)
    app.state.db.open()
    print(f"eventwire: serving {Path(settings.db_path).resolve()} on http://{args.host}:{args.port}/ "
          f"({'writes need the API key' if api_key else 'read-only'})", file=sys.stderr)
    for line in assets.describe(assets.default_dir(), VENDOR):
        print(f"eventwire: {line}", file=sys.stderr)
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
                                  partition_size=args.partition_size, on_partition=progress.update,
                                  feed_country=args.feed_country)
    finally:
        progress.close()
    if not args.quiet:
        print(f"eventwire: {summary.articles} articles in {summary.partitions} partitions, {summary.events} events, "
              f"{summary.rejects} refused, {summary.workers} worker threads, {summary.seconds:.1f} s -> {args.out}; "
              f"load with `eventwire ingest-parquet {args.out}`", file=sys.stderr)
        print(f"eventwire: {_feed_summary(summary)}", file=sys.stderr)
    return EXIT_REFUSED if rejects else EXIT_OK


def _feed_summary(summary) -> str:
    """What a run-distributed did with the feed's country, in a line."""
    if summary.feed is None:
        return ("the feed's country: none" if summary.feed_country == "none" else
                "the feed's country: none found (fewer than 30 events placed by their own text, or no "
                "country with 90% of them)")
    from .records import FeedCountry
    feed = FeedCountry(**summary.feed).describe()
    return feed if summary.feed_country != "auto" else f"{feed}; {summary.recoded} articles coded again in it"


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
    if getattr(args, "review", False) or getattr(args, "why", None):
        return _dedup_show(args, settings)
    with _open_store(settings, read_only=False) as store:
        from .dedup import DEDUP_VERSION
        run_id = store.start_run({"dedup": DEDUP_VERSION}, sys.argv[1:], started_at=_utcnow())
        pair = getattr(args, "confirm", None) or getattr(args, "split", None)
        if pair:
            from .dedup.store import decide
            try:
                done = decide(store, pair[0], pair[1], "confirm" if args.confirm else "split", _utcnow())
            except KeyError as exc:
                raise UsageError(f"no stored event {exc.args[0]!r}") from None
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        else:
            done = refresh(store, full=True)
        store.finish_run(run_id, {"dedup": done.as_dict()}, finished_at=_utcnow())
    if pair:
        print(f"eventwire: {pair[0]} and {pair[1]} "
              f"{'confirmed as one event' if args.confirm else 'kept as two events'}", file=sys.stderr)
    print(f"eventwire: {done.events} events -> {done.clusters} real-world events "
          f"({done.merged_events} events merged) -> {settings.db_path}", file=sys.stderr)
    return EXIT_OK


def cmd_gazetteer(args) -> int:
    if args.gazetteer_command != "import":
        raise UsageError("say what to do: `eventwire gazetteer import FILE…`")
    from .resolve.places import import_dumps
    paths = [Path(f) for f in args.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    info = import_dumps(_settings(args), paths,
                        progress=lambda msg: print(f"eventwire: {msg}", file=sys.stderr, flush=True))
    print(f"eventwire: place index {info['path']}: {info['places_added']:,} places added from "
          f"{', '.join(p.name for p in paths)}", file=sys.stderr)
    return EXIT_OK


def _dedup_show(args, settings: Settings) -> int:
    """``eventwire dedup --review`` and ``--why``."""
    from .dedup.store import links_of, review
    with _open_store(settings, read_only=True) as store:
        if args.why:
            print(json.dumps(links_of(store.con, [args.why]), indent=2, ensure_ascii=False))
            return EXIT_OK
        pairs = review(store.con, args.limit)
    if not pairs:
        print("eventwire: no possible duplicates (run `eventwire dedup` first if the store predates them)",
              file=sys.stderr)
    for p in pairs:
        a, b = p["events"]
        print(f"{p['score']:.2f}  {a['event_id']}  {b['event_id']}")
        for side in (a, b):
            print(f"      {side['event_id']}: {side['event_date']} {side['event_type']} · {side['location']} · "
                  f"{side['actor1']} · {(side['notes'] or '')[:100]}")
        found = ", ".join(f"{k} {v['found']}" for k, v in ((p["evidence"] or {}).get("features") or {}).items())
        print(f"      evidence: {found}")
    if pairs:
        print("eventwire: `eventwire dedup --confirm A B` or `--split A B` to decide a pair", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"gazetteer": cmd_gazetteer, "dedup": cmd_dedup, "extract": cmd_extract, "annotate": cmd_annotate, "ingest": cmd_ingest, "export": cmd_export,
            "rejects": cmd_rejects, "rules": cmd_rules, "explain": cmd_explain, "eval": cmd_eval, "serve": cmd_serve,
            "run-distributed": cmd_run_distributed, "ingest-parquet": cmd_ingest_parquet, **LEARN_COMMANDS}


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
