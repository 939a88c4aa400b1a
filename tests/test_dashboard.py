"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server is `eventwire serve` on a free 127.0.0.1 port over a store filled by the real
pipeline; every request the page makes must stay on 127.0.0.1.  Screenshots go to artifacts/.
The store holds the API tests' articles, a second outlet's report of the drone strike (merged
with the first by dedup) and one event whose date was set to 1000-01-01, as a misread "11th
century" would give.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import duckdb
import httpx
import pytest

from eventwire.ingest.readers import read_inputs
from eventwire.ingest.service import ingest
from eventwire.settings import Settings
from eventwire.store.duckdb_store import rebuild_read_tables
from test_api import ARTICLES, build_store, free_port, start_server

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
NOT_IN_A_WHEEL = (".git", ".venv", "node_modules", "artifacts", ".cache", "build", "dist", "*.egg-info",
                  "__pycache__", ".pytest_cache", ".hypothesis", "*.duckdb*")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]
SECOND_REPORT = {
    "id": "t-drone-2", "date": "2024-03-14", "source": "Other Wire",
    "text": "A Turkish drone strike hit a car near the town of Sinjar on Tuesday, killing two fighters of the "
            "Kurdistan Workers' Party (PKK), a local official told reporters. The PKK said three of its members "
            "were killed in the strike."}
EXTRA = [
    {"id": "t-riot", "date": "2024-05-20", "source": "Test Wire",
     "text": "Rioters burned tyres and threw stones at police in Mombasa on Monday during a protest over fuel "
             "prices. Police fired tear gas; one protester died of his injuries."},
    {"id": "t-far", "date": "2024-05-10", "source": "Daily Test",
     "text": "Hundreds of farmers marched peacefully in Kisumu on Thursday to demand fair sugar cane prices."},
]


def build_dashboard_store(path: Path) -> str:
    """The store; returns the event id whose date is set to 1000-01-01."""
    data = "\n".join(json.dumps(a) for a in [*ARTICLES, SECOND_REPORT, *EXTRA]).encode("utf-8")
    ingest(list(read_inputs(["-"], stdin=io.BytesIO(data))), Settings.from_env(db_path=path), argv=["test"])
    con = duckdb.connect(str(path))
    try:
        event_id, record = con.execute("SELECT event_id, record FROM events WHERE article_id = 't-far'").fetchone()
        rec = json.loads(record)
        rec["event_date"] = "1000-01-01"
        con.execute("UPDATE events SET event_date = DATE '1000-01-01', record = ? WHERE event_id = ?",
                    [json.dumps(rec), event_id])
        rebuild_read_tables(con)
    finally:
        con.close()
    return event_id


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("dash") / "events.duckdb"
    far_id = build_dashboard_store(db)
    return db, far_id


@pytest.fixture(scope="module")
def server(store):
    proc, base = start_server(store[0])
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium must be installed (scripts/test.sh installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _page(browser, **context):
    ARTIFACTS.mkdir(exist_ok=True)
    # The checks below evaluate script strings in the page, which the pages' CSP forbids
    # (test_pages_work_under_their_content_security_policy checks the pages with it).
    ctx = browser.new_context(**({"viewport": {"width": 1400, "height": 1000}, "bypass_csp": True} | context))
    pg = ctx.new_page()
    pg.requests, pg.errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return ctx, pg


def _check(pg):
    hosts = {urlsplit(u).hostname for u in pg.requests if not u.startswith(("data:", "blob:", "about:"))}
    assert hosts <= {"127.0.0.1"}, f"requests left 127.0.0.1: {sorted(hosts)}"
    assert pg.errors == []


@pytest.fixture()
def page(browser, server):
    ctx, pg = _page(browser)
    yield pg
    ctx.close()
    _check(pg)


@pytest.fixture()
def phone(browser, server):
    ctx, pg = _page(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield pg
    ctx.close()
    _check(pg)


def ready(page, url):
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)


def rows_text(page) -> list[str]:
    return page.locator("#events tbody tr").all_inner_texts()


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def map_event_count(page) -> int:
    """Events drawn on the map: single markers plus the members of every cluster."""
    return page.evaluate("document.querySelectorAll('path.ew-marker').length + "
                         "[...document.querySelectorAll('path.ew-cluster')].reduce((a, p) => a + +p.dataset.count, 0)")


def test_dashboard_loads_filters_and_shows_evidence(page, server):
    ready(page, server + "/")
    outlines = int(page.get_attribute(".leaflet-overlay-pane", "data-outlines"))
    assert outlines > 150
    assert page.locator("path.country").count() > 150
    assert map_event_count(page) >= 5
    assert page.locator("#timeline rect.bar").count() >= 4
    assert page.locator("#events tbody tr").count() >= 5
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # a filter applies on change, without pressing Apply, and the map zooms to the results
    page.select_option("select[name=country]", "IRQ")
    page.wait_for_function("[...document.querySelectorAll('#events tbody tr td:nth-child(7)')]"
                           ".every(td => td.textContent === 'Iraq') && document.querySelectorAll('#events tbody tr').length >= 1")
    assert "Sinjar" in page.inner_text("#events tbody")
    page.wait_for_function("window.eventwire && document.querySelector('#summary').textContent.startsWith('1 event,')")
    assert page.evaluate("document.querySelector('.leaflet-container') && "
                         "Number(new URLSearchParams(location.search).get('map').split(',')[2])") >= 6
    assert map_event_count(page) == page.locator("#events tbody tr").count()

    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail:not([hidden]) mark.ev")
    detail = page.inner_text("#detail")
    assert "Air/drone strike" in detail and "Sinjar" in detail
    marks = page.locator("#detail mark.ev")
    fields = " ".join(marks.nth(i).get_attribute("data-fields") for i in range(marks.count()))
    assert "location" in fields and "event_date" in fields and "fatality report" in fields
    assert "Sinjar" in page.locator("#detail mark.ev[data-fields~=location]").first.inner_text()
    assert "PKK" in page.inner_text("#detail table.reports")
    assert "detect.trigger.air" in page.inner_text("#detail ol.rules")  # the rules that coded it
    # each field with the rule that decided it and the codebook section that rule implements
    sub_row = page.locator("#detail table.rules-by-field tr[data-rule-field=sub_event_type]").inner_text()
    assert "detect.trigger.air" in sub_row and "Air/drone strike" in sub_row
    location_row = page.locator("#detail table.rules-by-field tr[data-rule-field=location]").inner_text()
    assert "acled codebook" in location_row.lower() and "decided before rule tracing" not in location_row
    # a field shows its evidence when pointed at or reached with the keyboard; the keyboard path, since
    # a long panel scrolls to the evidence and moves the field from under a pointer
    page.focus("#detail dd[data-field=location]")
    assert page.locator("#detail mark.ev.active").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-detail.png"), full_page=True)


def test_reset_clears_every_filter(page, server):
    ready(page, server + "/?country=IRQ&min_fatalities=1")
    assert page.locator("#events tbody tr").count() == 1
    page.click("#reset-filters")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length >= 5")
    assert page.evaluate("document.querySelector('select[name=country]').selectedOptions.length") == 0
    assert page.input_value("input[name=min_fatalities]") == ""
    assert "country" not in query_of(page)


def test_timeline_leaves_a_far_off_date_out_and_lists_it(page, server):
    ready(page, server + "/")
    ticks = page.locator("#timeline text.tick").all_text_contents()
    assert ticks and all(t.startswith("2024") for t in ticks), ticks
    assert len(ticks) == len(set(ticks))
    outliers = page.inner_text("#outliers")
    assert "1000-01-01" in outliers and "1 event" in outliers
    page.click("#outliers button.outlier")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1")
    assert "1000-01-01" in page.inner_text("#events tbody")
    # deaths as well as counts
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.check("input[name=metric][value=fatalities]")
    page.wait_for_selector("#timeline text:text('deaths')")
    assert query_of(page)["metric"] == ["fatalities"]


def test_timeline_brush_sets_the_date_range(page, server):
    ready(page, server + "/")
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_function("new URLSearchParams(location.search).get('date_from') !== null")
    q = query_of(page)
    assert q["date_from"][0] <= q["date_to"][0]
    assert q["date_from"][0].startswith("2024")


def test_merged_event_shows_each_article_with_its_evidence(page, server):
    ready(page, server + "/?country=IRQ")
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail:not([hidden]) .article-tabs button")
    tabs = page.locator("#detail .article-tabs button")
    assert tabs.count() == 2
    labels = " ".join(tabs.all_inner_texts())
    assert "Test Wire" in labels and "Other Wire" in labels
    assert "Other Wire" in page.inner_text("#detail table.reports") or "Test Wire" in page.inner_text("#detail table.reports")
    for i in range(2):
        tabs.nth(i).click()
        article = page.get_attribute("#detail .article-text", "data-article")
        assert page.get_attribute(f"#detail .article-tabs button[data-article='{article}']", "aria-selected") == "true"
        assert page.locator("#detail .article-text mark.ev").count() >= 2, article
    assert "Notes (chosen report)" in page.inner_text("#detail dl")


def test_keyboard_reaches_events_and_the_dialog_returns_focus(page, server):
    ready(page, server + "/")
    # no map cluster or label is a tab stop
    assert page.evaluate("document.querySelectorAll('#map [tabindex]:not([tabindex=\"-1\"])').length") <= 2
    row = page.locator("#events tbody tr").first
    row.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#detail:not([hidden])")
    assert page.get_attribute("#detail", "role") == "dialog"
    assert page.evaluate("document.getElementById('detail').contains(document.activeElement)")
    assert page.evaluate("document.activeElement.id") == "detail-title"
    for _ in range(30):  # focus stays in the dialog
        page.keyboard.press("Tab")
        assert page.evaluate("document.getElementById('detail').contains(document.activeElement)")
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    assert page.evaluate("document.activeElement.tagName") == "TR"
    # sort headers are buttons
    page.focus("th[data-sort=fatalities] button")
    page.keyboard.press("Enter")
    page.wait_for_selector("th[data-sort=fatalities][aria-sort=descending]")
    deaths = [int(t) for t in page.locator("#events tbody td:nth-child(8)").all_inner_texts()]
    assert deaths == sorted(deaths, reverse=True)


def test_url_keeps_filters_event_and_history(page, server):
    ready(page, server + "/")
    page.select_option("select[name=event_type]", ["Protests", "Riots"])
    page.wait_for_function("new URLSearchParams(location.search).get('event_type') === 'Protests,Riots'")
    page.wait_for_function("[...document.querySelectorAll('#events tbody tr td:nth-child(2)')]"
                           ".every(td => /Protests|Riots/.test(td.textContent))")
    n = page.locator("#events tbody tr").count()
    assert n >= 2
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail:not([hidden])")
    event_id = query_of(page)["event"][0]
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector("#detail:not([hidden])")
    assert event_id in page.inner_text("#detail")
    assert sorted(page.evaluate("[...document.querySelector('select[name=event_type]').selectedOptions].map(o => o.value)")) == \
        ["Protests", "Riots"]
    assert page.locator("#events tbody tr").count() == n
    page.go_back()  # closes the event
    page.wait_for_function("document.getElementById('detail').hidden")
    page.go_back()  # back to no filter
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length > %d" % n)
    assert "event_type" not in query_of(page)


def test_export_links_follow_the_map_area(page, server):
    ready(page, server + "/")
    page.check("input[name=in_view]")
    page.wait_for_function("document.getElementById('csv-link').href.includes('bbox=')")
    before = page.get_attribute("#csv-link", "href")
    box = page.locator("#map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 200, y + 50, steps=6)
    page.mouse.up()
    page.wait_for_function(f"document.getElementById('csv-link').getAttribute('href') !== {json.dumps(before)}")
    after = page.get_attribute("#csv-link", "href")
    assert "bbox=" in after and after != before


def test_filters_validate_alias_multi_value_and_more(page, server):
    ready(page, server + "/")
    page.fill("input[name=date_from]", "2024-06-01")
    page.fill("input[name=date_to]", "2024-01-01")
    page.dispatch_event("input[name=date_to]", "change")
    page.wait_for_selector("#filter-message:text('after')")
    page.fill("input[name=date_from]", "")
    page.fill("input[name=date_to]", "")
    page.dispatch_event("input[name=date_to]", "change")
    page.wait_for_function("document.getElementById('filter-message').textContent === ''")
    # an alias the dictionary knows finds the canonical name, with suggestions
    page.fill("input[name=actor]", "al-Shabab")
    page.wait_for_function("document.querySelectorAll('#actor-options option').length >= 1")
    assert "Al Shabaab" in page.evaluate("[...document.querySelectorAll('#actor-options option')].map(o => o.value).join('|')")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1 && "
                           "document.querySelector('#events tbody').textContent.includes('Afgooye')")
    page.fill("input[name=actor]", "")
    page.dispatch_event("input[name=actor]", "input")
    # two countries at once
    page.select_option("select[name=country]", ["IRQ", "SOM"])
    page.wait_for_function("new Set([...document.querySelectorAll('#events tbody tr td:nth-child(7)')].map(t => t.textContent)).size === 2")
    for name in ("admin1", "min_confidence", "modality", "per_article"):
        assert page.locator(f"[name={name}]").count() == 1
    page.select_option("select[name=country]", [])
    page.wait_for_function("!new URLSearchParams(location.search).has('country') && "
                           "window.eventwire.state.stats.total > 2 && "
                           "document.querySelectorAll('#events tbody tr').length === window.eventwire.state.stats.total")
    merged = page.evaluate("window.eventwire.state.stats.total")
    page.check("input[name=per_article]")
    page.wait_for_function("new URLSearchParams(location.search).get('per_article') === 'true'")
    # the drone strike reported by two outlets is two rows
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {merged + 1}")


def test_events_without_coordinates_are_counted(page, server):
    ready(page, server + "/")
    total = page.evaluate("window.eventwire.state.stats.total")
    unmapped = page.evaluate("window.eventwire.state.stats.unmapped")
    text = page.inner_text("#unmapped")
    assert (unmapped == 0 and text == "") or f"{unmapped} event" in text
    assert map_event_count(page) + unmapped == total


def test_breakdowns_and_period_comparison(page, server):
    ready(page, server + "/")
    for by in ("type", "sub_type", "country", "admin1", "actor"):
        page.click(f".tabs button[data-by={by}]")
        assert page.locator("#breakdown .bars button.bar-label").count() >= 1, by
    page.click(".tabs button[data-by=country]")
    page.click("#breakdown button.bar-label:text('Somalia')")
    page.wait_for_function("[...document.querySelectorAll('#events tbody tr td:nth-child(7)')].every(t => t.textContent === 'Somalia')")
    page.goto(server + "/?by=compare")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("input[name=a_from]", "2024-03-01")
    page.fill("input[name=a_to]", "2024-04-30")
    page.fill("input[name=b_from]", "2024-05-01")
    page.fill("input[name=b_to]", "2024-07-31")
    page.click(".compare-form button[type=submit]")
    page.wait_for_selector("table.compare")
    text = page.inner_text("table.compare")
    assert "All" in text and "Battles" in text or "Explosions/Remote violence" in text


def test_colours_are_colour_blind_safe_with_readable_labels(page, server):
    ready(page, server + "/")
    palette = page.evaluate("window.eventwire.palette")
    assert len(set(palette.values())) == 6

    def lum(hex_: str) -> float:
        chans = [int(hex_[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        chans = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in chans]
        return 0.2126 * chans[0] + 0.7152 * chans[1] + 0.0722 * chans[2]

    def ratio(a: str, b: str) -> float:
        x, y = sorted((lum(a), lum(b)), reverse=True)
        return (x + 0.05) / (y + 0.05)

    for name, fill in palette.items():
        text = page.evaluate(f"window.eventwire.textOn({json.dumps(fill)})")
        assert ratio(fill, text) >= 4.5, (name, fill, text)
    # battles and explosions differ in lightness too, not only in hue
    assert abs(lum(palette["Battles"]) - lum(palette["Explosions/Remote violence"])) > 0.05
    # the label on every drawn cluster is readable on its circle
    for fill, label in page.evaluate(
            "[...document.querySelectorAll('.cluster-label span')].map(s => [null, getComputedStyle(s).color])"):
        assert label in ("rgb(0, 0, 0)", "rgb(255, 255, 255)")


def test_legend_clear_of_attribution_and_minor_labels(page, server):
    ready(page, server + "/")
    legend = page.locator("#legend").bounding_box()
    attribution = page.locator(".leaflet-control-attribution").bounding_box()
    overlap = not (legend["x"] + legend["width"] <= attribution["x"] or attribution["x"] + attribution["width"] <= legend["x"]
                   or legend["y"] + legend["height"] <= attribution["y"] or attribution["y"] + attribution["height"] <= legend["y"])
    assert not overlap
    assert page.evaluate("document.querySelector('link[rel=icon]').href").endswith("/static/favicon.svg")
    assert page.request.get(server + "/static/favicon.svg").status == 200
    summary = page.inner_text("#summary")
    assert not re.search(r"\b1 (deaths|events)\b", summary)
    page.goto(server + "/?country=IRQ")
    page.wait_for_selector("body[data-ready=true]")
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#detail:not([hidden])")
    dl = page.inner_text("#detail dl")
    assert "precision 1" not in dl and "type 1" not in dl and "(type" not in dl
    assert "State forces" in dl or "Rebel groups" in dl
    assert re.search(r"vs .*\(\d\d\)", dl)  # interaction with its readable name
    assert "run " in page.inner_text("#detail") and "Coder versions" in page.inner_text("#detail")


def test_phone_layout(phone, server):
    ready(phone, server + "/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    map_top = phone.locator("#map").bounding_box()["y"]
    assert map_top < 150, map_top
    assert phone.locator("#filters").is_hidden()
    phone.click("#toggle-filters")
    assert phone.locator("#filters").is_visible()
    phone.click("#toggle-filters")
    phone.locator("#events tbody tr").first.click()
    phone.wait_for_selector("#detail:not([hidden])")
    assert phone.locator("#detail").bounding_box()["width"] <= 390
    phone.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=True)


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
    context = browser.new_context(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    pg = context.new_page()
    vendor, errors = {}, []
    pg.on("response", lambda r: vendor.update({r.url: r.status}) if "/vendor/" in r.url else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(base + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=30_000)
    assert pg.locator("path.country").count() > 150
    assert map_event_count(pg) >= 4
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
