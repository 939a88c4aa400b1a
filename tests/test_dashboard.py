"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server is `eventwire serve` on a free 127.0.0.1 port over a store filled by the real
pipeline; every request the page makes must stay on 127.0.0.1.  Screenshots go to artifacts/.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from test_api import build_store, free_port, start_server

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
NOT_IN_A_WHEEL = (".git", ".venv", "node_modules", "artifacts", ".cache", "build", "dist", "*.egg-info",
                  "__pycache__", ".pytest_cache", ".hypothesis", "*.duckdb*")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("dash") / "events.duckdb"
    build_store(db)
    proc, base = start_server(db)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium must be installed (scripts/setup.sh installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
    hosts = {urlsplit(u).hostname for u in pg.requests if not u.startswith(("data:", "blob:", "about:"))}
    assert hosts <= {"127.0.0.1"}, f"requests left 127.0.0.1: {sorted(hosts)}"
    assert pg.errors == []


def test_dashboard_loads_filters_and_shows_evidence(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    outlines = int(page.get_attribute(".leaflet-overlay-pane", "data-outlines"))
    assert outlines > 150
    assert page.locator("path.country").count() > 150
    assert page.locator("path.ew-marker").count() >= 4
    assert page.locator("#timeline rect.bar").count() >= 4
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 4
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    page.select_option("select[name=country]", "IRQ")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length >= 1 && "
                           "[...document.querySelectorAll('#events tbody tr td:nth-child(7)')]"
                           ".every(td => td.textContent === 'Iraq')")
    page.wait_for_function("document.querySelectorAll('path.ew-marker').length === "
                           "document.querySelectorAll('#events tbody tr').length")
    assert "Sinjar" in page.inner_text("#events tbody")

    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail:not([hidden]) mark.ev")
    detail = page.inner_text("#detail")
    assert "Air/drone strike" in detail and "Sinjar" in detail
    marks = page.locator("#detail mark.ev")
    assert marks.count() >= 3
    fields = " ".join(marks.nth(i).get_attribute("data-fields") for i in range(marks.count()))
    assert "location" in fields and "event_date" in fields and "fatality report" in fields
    location_mark = page.locator("#detail mark.ev[data-fields~=location]").first
    assert "Sinjar" in location_mark.inner_text()
    assert "PKK" in page.inner_text("#detail table.reports")
    page.hover("#detail dd[data-field=location]")
    assert page.locator("#detail mark.ev.active").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-detail.png"), full_page=True)


def test_map_marker_opens_detail_and_table_pages(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.evaluate("document.querySelector('path.ew-marker').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    page.wait_for_selector("#detail:not([hidden]) h2")
    page.click("#close-detail")
    assert page.locator("#detail").is_hidden()
    page.click("th[data-sort=fatalities]")
    page.wait_for_selector("th.sorted-desc[data-sort=fatalities]")
    deaths = [int(t) for t in page.locator("#events tbody td:nth-child(8)").all_inner_texts()]
    assert deaths == sorted(deaths, reverse=True)


def test_docs_page_renders_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".opblock-summary-path[data-path='/events']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "api-docs.png"))



@pytest.fixture(scope="module")
def wheel_server(tmp_path_factory):
    """`eventwire serve` from the wheel of this checkout (built without the network or npm), unpacked
    outside the repository and first on the path, as a plain `pip install` lays it out."""
    tmp = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, tmp / "src", ignore=shutil.ignore_patterns(*NOT_IN_A_WHEEL))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "-q", "-w", str(tmp), str(tmp / "src")], check=True, capture_output=True, timeout=300)
    zipfile.ZipFile(next(tmp.glob("eventwire-*.whl"))).extractall(tmp / "site")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_KEY"}
    env["PYTHONPATH"] = str(tmp / "site")
    where = subprocess.run([sys.executable, "-c", "import eventwire; print(eventwire.__file__)"], cwd=tmp,
                           env=env, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(tmp / "site")), where
    build_store(tmp / "events.duckdb")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(tmp / "events.duckdb"),
                             "--host", "127.0.0.1", "--port", str(port)], cwd=tmp, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not _answers(base) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    yield proc, base
    proc.terminate()
    proc.wait(timeout=10)


def _answers(base: str) -> bool:
    try:
        return httpx.get(base + "/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_map_draws_from_the_assets_a_wheel_installs(browser, wheel_server):
    proc, base = wheel_server
    assert proc.poll() is None, proc.stdout.read()
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    vendor, errors = {}, []
    pg.on("response", lambda r: vendor.update({r.url: r.status}) if "/vendor/" in r.url else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(base + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=30_000)
    assert pg.locator("path.country").count() > 150
    assert pg.locator("path.ew-marker").count() >= 4
    assert pg.evaluate("typeof L === 'object' && typeof topojson === 'object'")
    pg.goto(base + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    context.close()
    assert errors == []
    assert {urlsplit(u).path.split("/")[2] for u in vendor} == {"leaflet", "topojson-client", "world-atlas",
                                                                "swagger-ui"}
    assert set(vendor.values()) == {200}, vendor
    proc.terminate()
    log = proc.communicate(timeout=10)[0]
    assert "browser assets from the eventwire package: leaflet 1.9.4" in log, log
    assert "missing" not in log, log
