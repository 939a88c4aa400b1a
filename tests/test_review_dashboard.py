"""The review form of the dashboard (eventwire/web/review.js) in a real headless Chromium."""
from __future__ import annotations

import httpx
import pytest

from test_api import build_store, start_server
from test_dashboard import ARGS, CHROMIUM

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]
KEY = "dash-review-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("review") / "events.duckdb"
    build_store(db)
    proc, base = start_server(db, "--api-key", KEY)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_a_coder_corrects_an_event_and_the_row_is_marked_reviewed(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)
        row = page.locator("#events tbody tr", has_text="Kandahar").first
        event_id = row.get_attribute("data-id")
        row.click()
        page.wait_for_selector("#review-form select[name=sub_event_type]")
        page.select_option("#review-form select[name=sub_event_type]", "Grenade")
        page.fill("#review-form input[name=fatalities]", "4")
        page.fill("#review-form input[name=reviewer]", "amina")
        page.fill("#review-form input[name=key]", KEY)
        page.click("#review-form button[type=submit]")
        page.wait_for_function("document.querySelector('#review-form .review-status').textContent.startsWith('saved')")
        page.wait_for_selector(f"#events tbody tr.reviewed[data-id='{event_id}']")
        browser.close()
    assert errors == []
    event = httpx.get(f"{server}/events/{event_id}").json()["event"]
    assert (event["sub_event_type"], event["fatalities"]["best"]) == ("Grenade", 4)
    assert event["review"]["reviewers"] == ["amina"]
