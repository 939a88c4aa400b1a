"""``eventwire eval``: run extraction over gold files and score it per dataset."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..records import Article
from ..settings import Settings
from . import scorer


def _gold_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    return files


def _article(rec: dict) -> Article:
    return Article(id=str(rec["id"]), date=dt.date.fromisoformat(rec["date"]), text=rec["text"],
                   title=rec.get("title"), source=rec.get("source"), date_known=rec.get("date_unknown") is not True)


def run_system(gold: list[dict], settings: Settings, workers: int = 1, quiet: bool = True,
               feed_country: str = "auto", collection=None) -> list[dict]:
    """Events for every gold document; annotations too for documents with toponym or timex gold.
    Each collection (``collection(record)``, by default all of ``gold``) is one feed, whose country
    ``feed_country`` gives (``eventwire.feed``)."""
    from ..cli import _Progress, _results
    groups: dict = {}
    for g in gold:
        groups.setdefault(collection(g) if collection else None, []).append(g)
    out: list[dict] = []
    progress = _Progress(quiet, "eval")
    for records in groups.values():
        needs_annotation = [g for g in records if "toponyms" in g or "timexes" in g]
        events_only = [g for g in records if not ("toponyms" in g or "timexes" in g)]
        for group, full in ((events_only, False), (needs_annotation, True)):
            for res in _results((_article(g) for g in group), workers, settings, feed_country, full_parse=full):
                progress.update()
                out.extend(e.to_dict() for e in res.events)
                if full:
                    out.append(res.annotation.to_dict())
    progress.close()
    return out


def evaluate(gold_paths: list[str], *, system_path: str | None = None, save_system: str | None = None,
             workers: int = 1, as_json: bool = False, quiet: bool = False,
             settings: Settings | None = None, feed_country: str = "auto") -> str:
    """Per-field metrics of each gold file (``gold_paths``: files or folders), of the system output at
    ``system_path`` or of extraction run now, each gold file coded as one feed (``feed_country``)."""
    settings = settings or Settings.from_env()
    files = _gold_files(gold_paths)
    gold: list[dict] = []
    file_of: dict[str, str] = {}
    for f in files:
        recs = scorer.load_gold(f)
        for r in recs:
            file_of[str(r["id"])] = f.stem
        gold.extend(recs)
    if system_path:
        system = scorer.load_system(system_path)
    else:
        system = run_system(gold, settings, workers, quiet, feed_country, lambda r: file_of[str(r["id"])])
        if save_system:
            with open(save_system, "w", encoding="utf-8") as fh:
                for rec in system:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_file = scorer.score_by_source(gold, system, key=lambda r: file_of[str(r["id"])])
    if len(by_file) > 1:
        by_file["ALL"] = scorer.score(gold, system)
    if as_json:
        return json.dumps(by_file, indent=1, default=str)
    return scorer.format_comparison(by_file)
