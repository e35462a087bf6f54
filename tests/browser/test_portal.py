"""The public portal in a real browser: Playwright driving Debian's Chromium (never a downloaded
one) against the live server. A reader opens a disclosure, follows a task across periods,
searches, switches to large text; pages fit a 375 px phone; axe-core finds no serious or critical
violation. Screenshots and the axe results go to test-artifacts/portal/."""

import json
import os
from pathlib import Path

import pytest

from tests.portal.conftest import import_report

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
# with a running loop unless told that this is deliberate (the calls stay synchronous).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "portal"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: run `make setup` (scripts/system-packages installs chromium)"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _new_page(browser, width=1280, height=900, bypass_csp=False):
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": height}, bypass_csp=bypass_csp)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.console_errors = []
    # Failed loads are reported below with their address; the browser's own favicon probe is not ours.
    page.on("console", lambda m: page.console_errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    page.on("response", lambda r: page.console_errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    return page


@pytest.fixture
def page(browser):
    p = _new_page(browser)
    yield p
    p.context.close()


@pytest.fixture
def site(live_server):
    """The live server's address and the street's two published periods."""
    q1 = import_report("liutang_2025_q1.txt")
    q2 = import_report("liutang_2025_q2.txt")
    return live_server.url, q1, q2


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_reader_follows_a_task_from_the_disclosure_across_periods(page, site):
    base, q1, q2 = site
    page.goto(base + q2.get_absolute_url())
    assert page.locator("h1").inner_text().startswith("临川市河西区人民政府柳塘街道办事处2025年")
    shot(page, "disclosure")
    page.locator("table.tasks tbody tr").first.locator("th a").click()
    page.wait_for_url(f"**/tasks/{q2.table['rows'][0]['task']}/")
    assert page.locator("section.period h3").all_inner_texts() == ["第一季度", "第二季度"]
    assert "42个" in page.locator("section.period").nth(1).locator("ins").all_inner_texts()[-1]
    shot(page, "task")
    page.locator("section.period").first.locator("p.when a").click()
    page.wait_for_url(f"**{q1.get_absolute_url()}")
    assert not page.console_errors, page.console_errors


def test_search_finds_two_character_words_and_filters_them(page, site):
    base, q1, _ = site
    page.goto(base + "/orgs/")
    # Keyboard first: the skip link is the first stop and takes focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
    page.fill("#site-q", "托位")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.results > li").count() == 4
    assert set(page.locator("ol.results mark").all_inner_texts()) == {"托位"}
    page.select_option("select[name=period]", "第一季度")
    page.locator("form.search-form button[type=submit]").click()
    page.wait_for_url("**period=*")
    assert page.locator("ol.results > li").count() == 2
    shot(page, "search")
    page.locator("h2.result-title a").first.click()
    page.wait_for_url("**/tasks/*/")
    assert page.locator("section.period").count() == 2


def test_large_text_mode_works_without_javascript(browser, site):
    base, q1, _ = site
    context = browser.new_context(locale="zh-CN", java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(base + f"/plans/{q1.plan_id}/")
        normal = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        with page.expect_navigation(url=f"**/plans/{q1.plan_id}/"):
            page.locator("a.display-toggle").click()
        assert page.evaluate("document.body.className") == "large-text high-contrast"
        large = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert large >= normal * 1.25
        shot(page, "plan-large-text")
        page.goto(base + q1.get_absolute_url())
        assert "large-text" in page.evaluate("document.body.className")
        with page.expect_navigation(url=f"**{q1.get_absolute_url()}"):
            page.locator("a.display-toggle").click()
        assert page.evaluate("document.body.className") == ""
    finally:
        context.close()


def test_the_keyboard_reaches_and_works_the_display_toggle(page, site):
    base, q1, _ = site
    page.goto(base + f"/plans/{q1.plan_id}/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('display-toggle')"):
            break
    else:
        pytest.fail("the display toggle is not reachable with Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), "focus must be visible"
    with page.expect_navigation(url=f"**/plans/{q1.plan_id}/"):
        page.keyboard.press("Enter")
    assert "large-text" in page.evaluate("document.body.className")
    # Then on to the first task with the keyboard alone.
    page.focus("section[aria-labelledby=h-tasks] tbody a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tasks/*/")


def _pages(site):
    base, q1, q2 = site
    task = q2.table["rows"][0]["task"]
    return {
        "disclosure": q2.get_absolute_url(),
        "task": f"/tasks/{task}/",
        "search": "/search?q=养老",
        "dashboard": f"/plans/{q2.plan_id}/dashboard/",
        "plan": f"/plans/{q2.plan_id}/",
        "orgs": "/orgs/",
    }


# The elements that stick out on the right, to say what to fix.
WIDEST = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""


def test_no_page_scrolls_sideways_on_a_375px_phone(browser, site):
    base = site[0]
    page = _new_page(browser, width=375, height=740)
    try:
        for mode in ("", "large"):
            if mode:
                page.goto(base + "/display/?mode=large&next=/orgs/")
            for name, path in _pages(site).items():
                page.goto(base + path)
                page.wait_for_load_state("load")
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if overflow > 0:
                    wide = page.evaluate(WIDEST)
                    pytest.fail(f"{name} ({mode or 'normal'}) scrolls sideways by {overflow}px: {wide}")
                shot(page, f"phone-{name}{'-large' if mode else ''}")
    finally:
        page.context.close()


def test_the_dashboard_draws_its_charts_under_the_content_security_policy(page, site):
    base, _, q2 = site
    response = page.goto(base + f"/plans/{q2.plan_id}/dashboard/")
    assert "script-src 'self'" in response.headers.get("content-security-policy", "script-src 'self'")
    page.wait_for_selector("#chart-category canvas")
    for chart in ("chart-category", "chart-unit", "chart-trend"):
        assert page.locator(f"#{chart} canvas").count() >= 1, chart
        assert page.locator(f"#{chart}").bounding_box()["height"] >= 200
    assert not page.console_errors, page.console_errors
    shot(page, "dashboard")
    # On paper the tables carry the data; the charts, the header and the period links stay off.
    page.emulate_media(media="print")
    assert not page.locator("#chart-category").is_visible()
    assert not page.locator("nav.period-nav").is_visible() and not page.locator("header.site").is_visible()
    assert page.locator("#table-category").is_visible() and page.locator("#table-trend").is_visible()
    page.pdf(path=str(ARTIFACTS / "dashboard-print.pdf"))


def test_axe_core_finds_no_serious_or_critical_violation(browser, site):
    base = site[0]
    # axe is injected as an inline script, which the site's Content-Security-Policy would refuse.
    page = _new_page(browser, bypass_csp=True)
    report = {}
    try:
        for mode in ("", "large"):
            if mode:
                page.goto(base + "/display/?mode=large&next=/orgs/")
            for name in ("disclosure", "search", "task", "dashboard", "plan", "orgs"):
                page.goto(base + _pages(site)[name])
                page.wait_for_load_state("load")
                page.add_script_tag(path=str(AXE))
                result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
                key = f"{name}{'-large' if mode else ''}"
                report[key] = [
                    {"id": v["id"], "impact": v["impact"], "help": v["help"],
                     "nodes": [n["target"] for n in v["nodes"]][:5]}
                    for v in result["violations"]
                ]
    finally:
        page.context.close()
    (ARTIFACTS / "axe.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    serious = {k: [v for v in vs if v["impact"] in ("serious", "critical")] for k, vs in report.items()}
    assert not any(serious.values()), json.dumps(serious, ensure_ascii=False, indent=2)
