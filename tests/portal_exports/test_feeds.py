"""RSS and Atom list newly published disclosures, never drafts."""

import pytest
from lxml import etree

from luoshi.publish.models import Disclosure

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def draft(demo):
    return Disclosure.private_objects.create(
        organization=demo.organization, plan=demo.plan, period=demo.period, state=Disclosure.State.DRAFT,
        title="尚未发布的草稿", publisher=demo.publisher, table={"rows": []},
    )


def test_rss_lists_published_disclosures_only(client, demo, draft):
    response = client.get("/feeds/disclosures.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = etree.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [demo.title]
    assert items[0].findtext("link") == "http://testserver" + demo.get_absolute_url()
    assert demo.index_no in items[0].findtext("description")
    assert items[0].findtext("pubDate")
    assert "最新公开信息" in channel.findtext("title")


def test_atom_lists_published_disclosures_only(client, demo, draft):
    response = client.get("/feeds/disclosures.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = etree.fromstring(response.content).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [demo.title]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://testserver" + demo.get_absolute_url()
    assert entries[0].findtext(f"{ATOM}author/{ATOM}name") == demo.publisher
