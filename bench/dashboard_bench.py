"""The dashboard in a real browser over a store of synthetic events: first render and filter times.

    .venv/bin/python bench/dashboard_bench.py [--events 100000] [--db bench/out/dashboard.duckdb] [--reuse]
                                              [--repeat 10]

Builds the store as ``bench/api_bench.py`` does, starts `eventwire serve` on a free
127.0.0.1 port and drives Debian's chromium (Playwright): the time from navigation until the
page says it is ready (map, timeline, breakdown and table drawn), over ``--repeat`` loads,
then the time from a filter change (a country, an event type, a date range, free text, a
reset) until the table, timeline and map have been redrawn.  Prints p50/p95 per step.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from api_bench import build, pct, start  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]
def timed_change(page, action) -> tuple[float, float]:
    """(ms the page took to fetch and redraw everything for the change, ms from the change until
    then, which adds the page's wait of 250-600 ms for more changes)."""
    n = page.evaluate("window.eventwire.state.timings.apply.length")
    t0 = time.perf_counter()
    action()
    page.wait_for_function(f"() => window.eventwire.state.timings.apply.length > {n}", timeout=30_000)
    wall = (time.perf_counter() - t0) * 1000
    return page.evaluate("window.eventwire.state.timings.apply.at(-1)"), wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "dashboard.duckdb")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    if not (args.reuse and args.db.exists()):
        t = time.perf_counter()
        build(args.db, args.events)
        print(f"store of {args.events:,} events built in {time.perf_counter() - t:.1f} s")
    from playwright.sync_api import sync_playwright

    proc, base = start(args.db)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            loads = []
            for _ in range(args.repeat):
                page.goto(base + "/?map=20,20,2")
                page.wait_for_selector("body[data-ready=true]", timeout=60_000)
                loads.append(page.evaluate("window.eventwire.state.timings.ready"))
            print(f"first render (navigation start to map, timeline, breakdown and table drawn): "
                  f"p50 {statistics.median(loads):.0f} ms, p95 {pct(loads, 0.95):.0f} ms over {len(loads)} loads")
            steps = {
                "country": lambda: page.select_option("select[name=country]", "IRQ"),
                "event type": lambda: page.select_option("select[name=event_type]", "Battles"),
                "date range": lambda: (page.fill("input[name=date_from]", "2022-01-01"),
                                       page.dispatch_event("input[name=date_from]", "change")),
                "free text": lambda: (page.fill("input[name=q]", "market"), page.press("input[name=q]", "Enter")),
                "reset": lambda: page.click("#reset-filters"),
            }
            for name, action in steps.items():
                work, wall = [], []
                for _ in range(args.repeat):
                    n = page.evaluate("window.eventwire.state.timings.apply.length")
                    page.click("#reset-filters")
                    page.wait_for_function(f"() => window.eventwire.state.timings.apply.length > {n}", timeout=30_000)
                    if name == "reset":
                        n += 1
                        page.select_option("select[name=country]", "SYR")
                        page.wait_for_function(f"() => window.eventwire.state.timings.apply.length > {n}",
                                               timeout=30_000)
                    a, b = timed_change(page, action)
                    work.append(a)
                    wall.append(b)
                print(f"filter '{name}': fetch and redraw p50 {statistics.median(work):.0f} ms, "
                      f"p95 {pct(work, 0.95):.0f} ms; from the change p95 {pct(wall, 0.95):.0f} ms")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
