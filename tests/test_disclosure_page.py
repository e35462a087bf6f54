"""The public page shows what the government page shows: metadata, title, counter, table, QR code."""

import re
import shutil
import subprocess

import pytest
from django.core.management import call_command
from lxml import html

from luoshi.publish.models import Disclosure

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_disclosure(seed_path, capsys):
    call_command("import", str(seed_path))
    path = capsys.readouterr().out.strip().splitlines()[-1]
    return Disclosure.public_objects.get(), path


def _page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return html.fromstring(response.content.decode())


def _text(node):
    return re.sub(r"\s+", "", node.text_content())


def test_it_shows_every_row_with_content_and_progress(client, seed_disclosure):
    d, path = seed_disclosure
    doc = _page(client, path)
    body_rows = doc.xpath("//table[contains(@class,'tasks')]/tbody/tr")
    assert len(body_rows) == 19
    for tr, row in zip(body_rows, d.table["rows"]):
        assert _text(tr.xpath("./th[@scope='row']")[0]) == row["number"]
        content = tr.xpath(".//td[contains(@class,'content')]")[0]
        for targets in content.xpath("./ul[@class='targets']"):
            content.remove(targets)
        assert _text(content) == re.sub(r"\s+", "", row["content"])
        progress = tr.xpath(".//td[contains(@class,'progress')]/p")
        assert [_text(p) for p in progress] == [re.sub(r"\s+", "", p) for p in row["progress"]]
    assert len(body_rows[18].xpath(".//td[contains(@class,'progress')]/p")) == 3


def test_it_merges_category_cells_as_the_original(client, seed_disclosure):
    _, path = seed_disclosure
    doc = _page(client, path)
    rows = doc.xpath("//table[contains(@class,'tasks')]/tbody/tr")
    first = rows[0].xpath("./td[contains(@class,'category')]")
    assert [_text(c) for c in first] == ["创新生态构建", "萧滨特别合作园区和中国视谷建设"]
    assert first[0].get("rowspan") == "4"
    # Rows 2-4 start only their own second-level cell.
    for tr in rows[1:4]:
        assert len(tr.xpath("./td[contains(@class,'category')]")) == 1
    assert len(rows[4].xpath("./td[contains(@class,'category')]")) == 2
    assert all(_text(c) != "创新生态构建" for tr in rows[1:] for c in tr.xpath("./td[contains(@class,'category')]"))
    header = doc.xpath("//table[contains(@class,'tasks')]/thead//th")
    assert [_text(h) for h in header] == ["序号", "任务类别", "任务内容", "工作举措与完成情况"]
    assert header[1].get("colspan") == "2" and header[1].get("scope") == "colgroup"
    assert all(h.get("scope") for h in header)
    assert doc.xpath("//table[contains(@class,'tasks')]/caption")


def test_it_shows_the_metadata_block(client, seed_disclosure):
    _, path = seed_disclosure
    doc = _page(client, path)
    meta = {_text(th): _text(th.getnext()) for th in doc.xpath("//table[contains(@class,'meta')]//th")}
    assert meta["索引号"] == "H081/2023-74516"
    assert meta["成文日期"] == "2023-11-03"
    assert meta["发布机构"] == "闻堰街道"
    assert meta["主题分类"] == "政务公开"
    byline = _text(doc.xpath("//p[@class='byline']")[0])
    assert "发布日期:2023-11-0317:11" in byline
    assert "信息来源:闻堰街道" in byline
    assert _text(doc.xpath("//h1")[0]).startswith("杭州市萧山区人民政府闻堰街道办事处2023年")
    assert doc.xpath("//p[@class='share']/a")
    assert doc.xpath("/html/@lang") == ["zh-Hans"]


def test_each_visit_counts_once(client, seed_disclosure):
    d, path = seed_disclosure
    seen = [int(_text(_page(client, path).xpath("//span[@class='visits']")[0])) for _ in range(3)]
    assert seen == [1, 2, 3]
    client.head(path)
    d.refresh_from_db()
    assert d.visits == 3


def test_the_qr_code_opens_the_page(client, seed_disclosure, tmp_path):
    if not (shutil.which("rsvg-convert") and shutil.which("zbarimg")):
        pytest.fail("rsvg-convert and zbarimg are missing: run `make setup` (scripts/system-packages)")
    _, path = seed_disclosure
    doc = _page(client, path)
    svg = doc.xpath("//figure[@id='qr']/*[local-name()='svg']")[0]
    (tmp_path / "qr.svg").write_bytes(html.tostring(svg))
    subprocess.run(
        ["rsvg-convert", "-b", "white", "-z", "4", "-o", str(tmp_path / "qr.png"), str(tmp_path / "qr.svg")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "qr.png")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == "http://testserver" + path
    assert client.get(path + "qr.svg")["Content-Type"] == "image/svg+xml"


def test_drafts_are_not_public(client, seed_disclosure):
    d, path = seed_disclosure
    Disclosure.private_objects.filter(pk=d.pk).update(state=Disclosure.State.DRAFT)
    assert client.get(path).status_code == 404
    assert client.get("/disclosures/").content.decode().count(path) == 0


def test_the_list_page_links_to_the_disclosure(client, seed_disclosure):
    d, path = seed_disclosure
    doc = _page(client, "/disclosures/")
    assert path in doc.xpath("//ol[@class='disclosures']//a/@href")
    filtered = _page(client, "/disclosures/?org=闻堰街道&year=2023")
    assert path in filtered.xpath("//ol[@class='disclosures']//a/@href")
    other_year = _page(client, "/disclosures/?year=2019")
    assert path not in other_year.xpath("//a/@href")
