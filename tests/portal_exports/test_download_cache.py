"""Published disclosures are immutable: a download and the page's table are rendered once, served from
the cache after, and rendered again when a correction supersedes the disclosure. Visits still count."""

import re

import pytest
from lxml import html

from luoshi.publish import exports
from luoshi.publish.models import Disclosure
from tests.portal_exports.helpers import FORMATS, correct, download


@pytest.fixture
def renders(monkeypatch):
    """How many times each format was rendered."""
    counts = {ext: 0 for ext in exports.REGISTRY}
    for ext, exporter in exports.REGISTRY.items():
        def counting(data, rows, notices, _ext=ext, _render=exporter.render):
            counts[_ext] += 1
            return _render(data, rows, notices)
        monkeypatch.setattr(exporter, "render", counting)
    return counts


@pytest.mark.parametrize("ext", FORMATS)
def test_the_second_download_comes_from_the_cache(client, demo, renders, ext):
    first = download(client, demo, ext)
    second = download(client, demo, ext)
    assert renders[ext] == 1
    assert second.content == first.content
    assert second["Content-Disposition"] == first["Content-Disposition"]


@pytest.mark.parametrize("ext", FORMATS)
def test_a_correction_renders_the_old_version_again(client, demo, renders, ext):
    download(client, demo, ext)
    correct(demo)
    download(client, demo, ext)
    assert renders[ext] == 2
    download(client, demo, ext)
    assert renders[ext] == 2


@pytest.mark.parametrize("ext", ["html", "docx"])
def test_the_superseded_download_names_its_correction(client, demo, ext):
    import io

    import docx

    def text(response):
        if ext == "docx":
            return "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
        return response.content.decode()

    assert "更正版本" not in text(download(client, demo, ext))
    newer = correct(demo)
    assert f"本文已有更正版本:{newer.title}(第2版)" in text(download(client, demo, ext))
    assert "本文为更正版本(第2版)。更正说明:更正第1项完成情况" in text(download(client, newer, ext))


def _first_progress(client, d):
    doc = html.fromstring(client.get(d.get_absolute_url()).content.decode())
    cell = doc.xpath("//table[contains(@class,'tasks')]/tbody/tr[1]/td[contains(@class,'progress')]")[0]
    visits = int(doc.xpath("//span[@class='visits']")[0].text_content())
    return re.sub(r"\s+", "", cell.text_content()), visits, doc


def test_the_page_table_is_cached_until_a_correction_and_visits_still_count(client, demo):
    original, visits, _ = _first_progress(client, demo)
    assert visits == 1
    # Change the frozen table behind the cache's back: the cached table is still served...
    table = demo.table
    table["rows"][0]["progress"] = ["已全部完成。"]
    Disclosure.private_objects.filter(pk=demo.pk).update(table=table)
    cached, visits, _ = _first_progress(client, demo)
    assert (cached, visits) == (original, 2)
    # ...until a correction supersedes it: the notice appears and the table is rendered again.
    newer = correct(demo)
    fresh, visits, doc = _first_progress(client, demo)
    assert (fresh, visits) == ("已全部完成。", 3)
    assert doc.xpath(f"//p[@class='notice']/a[@href='{newer.get_absolute_url()}']")
    demo.refresh_from_db()
    assert demo.visits == 3
