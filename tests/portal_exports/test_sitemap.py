"""sitemap.xml indexes its sections; they list every published disclosure with its date, and no draft."""

from lxml import etree

from luoshi.portal.sitemaps import DisclosureSitemap
from luoshi.publish.models import Disclosure

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _urls(client):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = [loc.text for loc in etree.fromstring(index.content).iter(f"{SM}loc")]
    assert "http://testserver/sitemap-disclosures.xml" in sections
    urls = {}
    for section in sections:
        response = client.get(section.removeprefix("http://testserver"))
        assert response.status_code == 200
        urls.update({u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in etree.fromstring(response.content)})
    return urls


def test_it_lists_published_disclosures_only(client, demo):
    draft = Disclosure.private_objects.create(
        organization=demo.organization, plan=demo.plan, period=demo.period, state=Disclosure.State.DRAFT,
        title="草稿", publisher=demo.publisher, table={"rows": []},
    )
    urls = _urls(client)
    page = "http://testserver" + demo.get_absolute_url()
    assert page in urls and urls[page] == demo.published_at.date().isoformat()
    assert "http://testserver" + draft.get_absolute_url() not in urls
    assert "http://testserver/disclosures/" in urls


def test_a_long_section_is_split_into_pages(client, demo, monkeypatch):
    from tests.portal_exports.helpers import correct

    newer = correct(demo)
    monkeypatch.setattr(DisclosureSitemap, "limit", 1)
    urls = _urls(client)
    assert {"http://testserver" + d.get_absolute_url() for d in (demo, newer)} <= set(urls)
    sections = [loc.text for loc in etree.fromstring(client.get("/sitemap.xml").content).iter(f"{SM}loc")]
    assert "http://testserver/sitemap-disclosures.xml?p=2" in sections
