"""Screenshots of the dashboard's main views, desktop and phone, for the README.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--events 5000]

Builds two stores in a temporary folder: synthetic events (as ``bench/api_bench.py`` makes
them) for the overview, breakdown and phone views, and the bundled example article coded by
the real pipeline for the event view with its evidence.  Serves each with `eventwire serve`
on a free 127.0.0.1 port and photographs it in Debian's chromium.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from api_bench import build, start  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]


def shoot(browser, url: str, path: Path, viewport: dict, before=None) -> None:
    page = browser.new_page(viewport=viewport)
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=60_000)
    if before:
        before(page)
    page.wait_for_timeout(500)
    page.screenshot(path=str(path))
    page.close()
    print(f"wrote {path}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--events", type=int, default=5000)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        synthetic, example = Path(tmp) / "synthetic.duckdb", Path(tmp) / "example.duckdb"
        build(synthetic, args.events)
        subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(ROOT / "examples"), "--db", str(example)],
                       check=True, cwd=ROOT)
        desktop, phone = {"width": 1400, "height": 1000}, {"width": 390, "height": 844}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            proc, base = start(synthetic)
            try:
                shoot(browser, base + "/", args.out / "overview.png", desktop)
                shoot(browser, base + "/?by=sub_type&metric=fatalities", args.out / "breakdown.png", desktop,
                      lambda pg: pg.locator("#breakdown-panel").scroll_into_view_if_needed())
                shoot(browser, base + "/", args.out / "phone.png", phone)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
            proc, base = start(example)
            try:
                def open_first(pg):
                    pg.locator("#events tbody tr").first.click()
                    pg.wait_for_selector("#detail:not([hidden]) mark.ev")
                shoot(browser, base + "/", args.out / "event.png", desktop, open_first)
                shoot(browser, base + "/", args.out / "event-phone.png", phone, open_first)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
