"""Peak memory of reading a large .csv, .xml feed and .jsonl file (no coding, no store).

    .venv/bin/python bench/reader_memory.py [--mb 50] [--dir bench/out]

Writes a file of about ``--mb`` megabytes of each kind (short articles, a few hundred bytes each),
then reads each in a fresh process with ``read_inputs``, counting the articles, and prints the
process's peak RSS before and after reading (``ru_maxrss``).  The files are deleted afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Protesters marched through the centre of Tarsa on Monday, demanding the release of detained "
        "students; police fired tear gas and {n} people were arrested, officials said.")

READ = """
import resource, sys, time
from eventwire.ingest.readers import read_inputs
from eventwire.records import Article
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
n = sum(1 for x in read_inputs([sys.argv[1]]) if isinstance(x, Article))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, before, after, time.perf_counter() - t)
"""


def write(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        kind = path.suffix
        if kind == ".csv":
            out.write("id,date,text\n")
        elif kind == ".xml":
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench</title>\n')
        n = 0
        while out.tell() < size:
            text = TEXT.format(n=n)
            if kind == ".csv":
                out.write(f'b{n},2024-03-{1 + n % 28:02d},"{text}"\n')
            elif kind == ".xml":
                out.write(f"<item><guid>b{n}</guid><title>Protest {n}</title><description>{text}</description>"
                          f"<pubDate>2024-03-{1 + n % 28:02d}</pubDate></item>\n")
            else:
                out.write(json.dumps({"id": f"b{n}", "date": f"2024-03-{1 + n % 28:02d}", "text": text}) + "\n")
            n += 1
        if kind == ".xml":
            out.write("</channel></rss>\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--dir", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for suffix in (".csv", ".xml", ".jsonl"):
        path = args.dir / f"reader-memory{suffix}"
        write(path, args.mb * 1024 * 1024)
        try:
            res = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True,
                                 check=True, timeout=3600)
            n, before, after, seconds = res.stdout.split()
            mb = path.stat().st_size / 2**20
            print(f"{suffix:<7} {mb:6.1f} MB, {int(n):,} articles in {float(seconds):.1f} s: peak RSS "
                  f"{int(before) / 1024:.0f} MB before reading, {int(after) / 1024:.0f} MB after "
                  f"(+{(int(after) - int(before)) / 1024:.0f} MB)")
        finally:
            path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
