"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server is `eventwire serve` on a free 127.0.0.1 port over a store filled by the real
pipeline; every request the page makes must stay on 127.0.0.1.  Screenshots go to artifacts/.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from test_api import build_store, start_server

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
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
    # The checks below evaluate script strings in the page, which the pages' CSP forbids
    # (test_pages_work_under_their_content_security_policy checks the pages with it).
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
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


def test_map_tooltips_show_text_not_markup(page, server):
    def with_markup(route):
        answer = route.fetch().json()
        for p in answer.get("points", []):
            p["location"] = '<img src="/x" id="injected">'
        route.fulfill(json=answer)

    page.route("**/map?*", with_markup)
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.hover("path.ew-marker")
    tooltip = page.wait_for_selector(".leaflet-tooltip")
    assert '<img src="/x" id="injected">' in tooltip.inner_text()
    assert page.locator("#injected").count() == 0


def test_pages_work_under_their_content_security_policy(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    try:
        pg.goto(server + "/")
        pg.wait_for_selector("body[data-ready=true]", timeout=30_000)
        pg.wait_for_selector("path.ew-marker")
        pg.wait_for_selector("path.country")
        pg.wait_for_selector("#timeline rect.bar")
        pg.goto(server + "/docs")
        pg.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    finally:
        context.close()
    assert problems == []


def test_docs_page_renders_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".opblock-summary-path[data-path='/events']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "api-docs.png"))

