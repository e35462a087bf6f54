"""The issue's path in a real browser (Playwright driving Debian's Chromium, never a downloaded one):
the office admin opens a period, the unit reporter submits, the reviewer returns, the reporter
resubmits, the reviewer approves, the admin publishes, and the page is on the portal with a new 索引号.
Screenshots of each step go to test-artifacts/office/."""

import re
import time
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "office"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: run `make setup` (scripts/system-packages installs chromium)"),
]


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


def new_page(browser, **options):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900}, **options)
    page = context.new_page()
    page.set_default_timeout(15000)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.console_errors = errors
    return page


@pytest.fixture
def browser_page(browser):
    return new_page(browser)


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def login(page, base, username, password):
    page.context.clear_cookies()
    page.goto(f"{base}/office/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("section.login button[type=submit]")
    page.wait_for_url(re.compile(r"/office/$"))
    page.click("text=临江区人民政府青禾街道办事处")


@pytest.fixture
def demo(transactional_db):
    """The demo, loaded before the browser starts: the ORM is not used once Playwright's event
    loop runs in this thread (asgiref would hand out a second connection, never closed)."""
    from luoshi.office.demo import REPORTER_UNIT
    from luoshi.plans.models import Task
    from luoshi.portal.management.commands.demo import demo_password
    from luoshi.publish.models import Disclosure

    call_command("demo")
    return {
        "password": demo_password(),
        "published": set(Disclosure.public_objects.values_list("index_no", flat=True)),
        "task": Task.objects.filter(units__name=REPORTER_UNIT).order_by("position").first(),
    }


def test_a_quarter_from_opening_to_the_portal(live_server, demo, browser_page, capsys):
    started = time.monotonic()
    password, before, task = demo["password"], demo["published"], demo["task"]
    base = live_server.url
    page = browser_page

    # The office admin opens the fourth quarter with a due date.
    login(page, base, "qh_admin", password)
    page.click("a[href*='/office/plans/']")
    page.click("text=开启报告期")
    page.select_option("#id_span", "q4")
    page.fill("#id_due", "2025-01-10")
    shot(page, "01-open-period")
    page.click("form.form button:has-text('保存')")
    page.wait_for_selector("h1:has-text('第四季度 进度看板')")
    shot(page, "02-board")

    # The unit reporter writes, sees the reading update as they type, and submits.
    login(page, base, "qh_reporter", password)
    page.click("tr:has-text('第四季度') >> text=我的任务")
    page.click(f"tr:has(th:text-is('{task.number}')) >> text=填报")
    reading_before = page.inner_text("#reading")
    with page.expect_response(lambda r: r.url.endswith("/reading/")):
        page.fill("#id_text", "截至12月底累计引进数字经济企业10家,园区全年实现产值12.5亿元。")
    page.wait_for_function("before => document.querySelector('#reading').innerText !== before", arg=reading_before)
    shot(page, "03-reporter-typing")
    page.click("button:has-text('报送审核')")
    page.wait_for_selector("text=已报送,等待审核")

    # The reviewer returns it with a comment.
    login(page, base, "qh_reviewer", password)
    page.click(".office-nav >> text=审核队列")
    page.click(f"table >> text='{task.number}'")
    page.fill("#id_return_comment", "请补充园区二期的招商情况")
    shot(page, "04-review")
    page.click("button:has-text('退回修改')")
    page.wait_for_selector("strong.state:has-text('已退回')")

    # The reporter sees why, edits and resubmits.
    login(page, base, "qh_reporter", password)
    page.goto(f"{base}/office/")
    page.click("text=临江区人民政府青禾街道办事处")
    page.click("tr:has-text('第四季度') >> text=我的任务")
    page.click(f"tr:has(th:text-is('{task.number}')) >> text=填报")
    assert "请补充园区二期的招商情况" in page.inner_text(".returned")
    page.fill("#id_text", "截至12月底累计引进数字经济企业10家,其中园区二期引进6家,园区全年实现产值12.5亿元。")
    page.click("button:has-text('报送审核')")
    page.wait_for_selector("text=已报送,等待审核")

    # The reviewer approves.
    login(page, base, "qh_reviewer", password)
    page.click(".office-nav >> text=审核队列")
    page.click(f"table >> text='{task.number}'")
    page.click("button:has-text('审核通过')")
    page.wait_for_selector("text=已审核通过")

    # The office admin assembles, previews as the public will see it, and publishes.
    login(page, base, "qh_admin", password)
    page.click("tr:has-text('第四季度') >> text=进度看板")
    page.click("button:has-text('汇总已审核内容并预览')")
    page.wait_for_selector("text=预览(与公开页面一致)")
    page.click("text=预览(与公开页面一致)")
    page.wait_for_selector("table.tasks")
    assert "园区二期引进6家" in page.inner_text("table.tasks")
    shot(page, "05-preview")
    page.go_back()
    page.click("form[action$='/publish/'] button[type=submit]")
    page.wait_for_selector("text=已发布,索引号")
    index_no = page.inner_text("dd.index-no").strip()
    assert re.fullmatch(r"Q207/2024-\d{5}", index_no) and index_no not in before
    shot(page, "06-published")

    # The page is on the public portal, with its new 索引号.
    page.click("text=在公开网站查看")
    page.wait_for_selector("td.index-no")
    assert page.inner_text("td.index-no").strip() == index_no
    assert "园区二期引进6家" in page.inner_text("table.tasks")
    shot(page, "07-portal")
    page.context.clear_cookies()
    page.goto(f"{base}/disclosures/")
    assert "第四季度" in page.inner_text("main")
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
    assert time.monotonic() - started < 60


AXE = Path(__file__).resolve().parents[1] / "browser" / "vendor" / "axe.min.js"


@pytest.mark.skipif(not AXE.exists(), reason=f"{AXE} is absent")
def test_office_pages_have_no_serious_accessibility_violation(live_server, demo, browser):
    import json

    base = live_server.url
    # axe is injected as a script tag, which the Content-Security-Policy would refuse.
    page = new_page(browser, bypass_csp=True)
    report = {}

    def check(name):
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        report[name] = [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                         "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]

    page.goto(f"{base}/accounts/login/")
    check("login")
    login(page, base, "qh_admin", demo["password"])
    check("org")
    page.click("a[href*='/office/plans/']")
    check("plan")
    page.click("text=开启报告期")
    check("open-period")
    page.select_option("#id_span", "q4")
    page.fill("#id_due", "2025-01-10")
    page.click("form.form button:has-text('保存')")
    page.wait_for_selector("h1:has-text('进度看板')")
    check("board")
    page.click(".office-nav >> text=成员与角色")
    check("members")
    login(page, base, "qh_reporter", demo["password"])
    page.click("tr:has-text('第四季度') >> text=我的任务")
    check("my-tasks")
    page.click(f"tr:has(th:text-is('{demo['task'].number}')) >> text=填报")
    check("entry")
    (ARTIFACTS / "axe.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    serious = {k: [v for v in vs if v["impact"] in ("serious", "critical")] for k, vs in report.items()}
    assert not any(serious.values()), json.dumps(serious, ensure_ascii=False, indent=2)
