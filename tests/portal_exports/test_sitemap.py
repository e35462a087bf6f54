"""sitemap.xml lists every published disclosure with its date, and no draft."""

from lxml import etree

from luoshi.publish.models import Disclosure

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_it_lists_published_disclosures_only(client, demo):
    draft = Disclosure.private_objects.create(
        organization=demo.organization, plan=demo.plan, period=demo.period, state=Disclosure.State.DRAFT,
        title="草稿", publisher=demo.publisher, table={"rows": []},
    )
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = {u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in etree.fromstring(response.content)}
    page = "http://testserver" + demo.get_absolute_url()
    assert page in urls and urls[page] == demo.published_at.date().isoformat()
    assert "http://testserver" + draft.get_absolute_url() not in urls
    assert "http://testserver/disclosures/" in urls
