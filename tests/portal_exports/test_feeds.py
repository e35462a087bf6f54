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


def test_a_feed_can_follow_one_organization(client, demo):
    from datetime import date
    from urllib.parse import quote

    from luoshi.plans.models import Organization, Plan
    from luoshi.progress.models import Period

    other_org = Organization.objects.create(name="东岸街道")
    plan = Plan.objects.create(organization=other_org, year=2024)
    period = Period.objects.create(plan=plan, kind="quarter", label="第三季度", start=date(2024, 7, 1), end=date(2024, 9, 30))
    other = Disclosure.private_objects.create(
        organization=other_org, plan=plan, period=period, state=Disclosure.State.PUBLISHED, title="东岸街道第三季度",
        publisher="东岸街道", published_at=demo.published_at, table={"rows": []},
    )
    org = demo.organization.name
    channel = etree.fromstring(client.get(f"/feeds/disclosures.rss?org={quote(org)}").content).find("channel")
    assert [i.findtext("title") for i in channel.findall("item")] == [demo.title]
    assert org in channel.findtext("title")
    everything = etree.fromstring(client.get("/feeds/disclosures.rss").content).find("channel")
    assert {i.findtext("title") for i in everything.findall("item")} == {demo.title, other.title}
