"""A reader downloads every format from the disclosure page in a real browser (Debian's Chromium
driven by Playwright) and gets the report's Chinese title as the file name."""

import io
import os
from pathlib import Path

import pytest

from tests.portal_exports.conftest import DEMO

# Playwright's sync API runs an event loop in this thread; the ORM calls here stay synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
MAGIC = {"docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "pdf": b"%PDF-", "csv": b"\xef\xbb\xbf", "json": b"{"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: run `make setup` (scripts/system-packages)"),
    pytest.mark.django_db(transaction=True),
]


def test_each_link_of_the_download_block_saves_its_file(live_server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    from django.core.management import call_command

    from luoshi.publish.models import Disclosure

    call_command("import", str(DEMO), stdout=io.StringIO())
    d = Disclosure.public_objects.get()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(locale="zh-CN", accept_downloads=True)
        page = context.new_page()
        page.goto(live_server.url + d.get_absolute_url())
        links = page.locator("section.downloads a")
        assert links.all_inner_texts() == ["Word", "Excel", "PDF", "CSV", "JSON"]
        saved = {}
        for i, ext in enumerate(["docx", "xlsx", "pdf", "csv", "json"]):
            with page.expect_download() as info:
                links.nth(i).click()
            download = info.value
            path = tmp_path / f"{i}.{ext}"
            download.save_as(path)
            saved[ext] = (download.suggested_filename, path.read_bytes())
        browser.close()
    for ext, (name, content) in saved.items():
        assert name == f"{d.title}.{ext}"
        assert content.startswith(MAGIC[ext])
