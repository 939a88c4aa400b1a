"""Every event that changed between two system outputs of the same gold file.

    python bench/compare_outputs.py BEFORE.jsonl AFTER.jsonl [--fields sub_event_type,actor1,…]

The outputs are the files ``eventwire eval GOLD --save-system FILE`` (or ``eventwire extract
--format jsonl``) writes. Events are compared article by article, in the order the coder wrote
them; an article with more or fewer events is listed as such. Prints one line per changed field:
``article_id  #n  field: before -> after``, then a count per field. Exit code 0 when nothing
changed, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = ("event_type", "sub_event_type", "event_date", "actor1", "actor2", "interaction", "location",
          "fatalities", "civilian_targeting", "modality")


def _value(event: dict, field: str):
    v = event.get(field)
    if field in ("actor1", "actor2"):
        return None if not v else f"{v['name']} [{v['type']}]"
    if field == "location":
        return None if not v else f"{v['name']} ({v.get('iso3')}, {v.get('geo_precision')})"
    if field == "fatalities":
        return None if not v else v.get("best")
    return v


def load(path: Path) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                e = json.loads(line)
                by_article[e["article_id"]].append(e)
    return by_article


def diff(before: dict[str, list[dict]], after: dict[str, list[dict]], fields=FIELDS):
    """(article id, event index, field, before, after) for every difference."""
    for art in sorted(set(before) | set(after)):
        b, a = before.get(art, []), after.get(art, [])
        if len(b) != len(a):
            yield art, None, "events", len(b), len(a)
        for i, (eb, ea) in enumerate(zip(b, a)):
            for f in fields:
                vb, va = _value(eb, f), _value(ea, f)
                if vb != va:
                    yield art, i, f, vb, va


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--fields", default=",".join(FIELDS), help="comma-separated event fields to compare")
    args = ap.parse_args(argv)
    before, after = load(args.before), load(args.after)
    counts: Counter[str] = Counter()
    for art, i, f, vb, va in diff(before, after, tuple(args.fields.split(","))):
        counts[f] += 1
        where = f"#{i}" if i is not None else "  "
        print(f"{art}\t{where}\t{f}: {vb} -> {va}")
    n_b, n_a = sum(map(len, before.values())), sum(map(len, after.values()))
    print(f"# {len(set(before) | set(after))} articles, events {n_b} -> {n_a}; changes: "
          + (", ".join(f"{f} {n}" for f, n in counts.most_common()) or "none"), file=sys.stderr)
    return 1 if counts else 0


if __name__ == "__main__":
    sys.exit(main())
