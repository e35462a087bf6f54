"""Every format downloads from the page's links as an attachment with its type and a Chinese filename."""

from urllib.parse import quote

import pytest
from lxml import html

from luoshi.publish.models import Disclosure
from tests.portal_exports.helpers import FORMATS, correct, download

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "html": "text/html; charset=utf-8",
}
MAGIC = {"docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "pdf": b"%PDF-", "csv": b"\xef\xbb\xbf", "json": b"{",
         "html": b"<!DOCTYPE html>"}


@pytest.mark.parametrize("ext", FORMATS)
def test_it_downloads_with_type_and_chinese_filename(client, demo, ext):
    response = download(client, demo, ext)
    assert response.status_code == 200
    assert response["Content-Type"] == TYPES[ext]
    assert response.content.startswith(MAGIC[ext])
    assert int(response["Content-Length"]) == len(response.content)
    expected = quote(f"{demo.title}.{ext}")
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{expected}"
    assert "青禾街道" in demo.title


@pytest.mark.parametrize("ext", FORMATS)
def test_drafts_are_not_downloadable(client, demo, ext):
    Disclosure.private_objects.filter(pk=demo.pk).update(state=Disclosure.State.DRAFT)
    assert download(client, demo, ext).status_code == 404


@pytest.mark.parametrize("path", ["download.exe", "download.", "download.DOCX"])
def test_unknown_formats_are_404(client, demo, path):
    assert client.get(f"/disclosures/{demo.pk}/{path}").status_code == 404


def test_the_page_links_every_listed_format(client, demo):
    doc = html.fromstring(client.get(demo.get_absolute_url()).content.decode())
    links = doc.xpath("//section[@class='downloads']//a")
    assert [a.text_content() for a in links] == ["Word", "Excel", "PDF", "CSV", "JSON"]
    assert [a.get("href") for a in links] == [
        f"/disclosures/{demo.pk}/download.{ext}" for ext in ("docx", "xlsx", "pdf", "csv", "json")
    ]
    assert doc.xpath("//section[@class='downloads']/h2")[0].text_content() == "下载"


def test_a_corrected_version_says_so_in_its_filename(client, demo):
    newer = correct(demo)
    assert quote(f"{demo.title}(第2版).csv") in download(client, newer, "csv")["Content-Disposition"]
