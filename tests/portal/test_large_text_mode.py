"""The 适老化 mode: a link sets a cookie (no JavaScript needed) and every page then carries the
large-text and high-contrast classes; the same link switches back."""

from tests.portal.conftest import page


def _toggle(doc):
    return doc.xpath("//a[contains(@class,'display-toggle')]")[0]


def test_the_link_turns_large_text_on_and_off(client, liutang):
    q1, _ = liutang
    path = f"/plans/{q1.plan_id}/"
    doc = page(client, path)
    assert doc.xpath("//body/@class") == []
    link = _toggle(doc)
    assert "适老化模式" in link.text_content()
    response = client.get(link.get("href"))
    assert response.status_code == 302 and response["Location"] == path
    assert response.cookies["luoshi_display"].value == "large"
    assert response.cookies["luoshi_display"]["httponly"]

    doc = page(client, path)
    assert doc.xpath("//body/@class") == ["large-text high-contrast"]
    assert "标准模式" in _toggle(doc).text_content()
    doc = page(client, q1.get_absolute_url())  # every page, the disclosure included
    assert doc.xpath("//body/@class") == ["large-text high-contrast"]

    response = client.get(_toggle(doc).get("href"))
    assert response["Location"] == q1.get_absolute_url()
    assert page(client, path).xpath("//body/@class") == []


def test_it_never_redirects_off_the_site(client):
    response = client.get("/display/", {"mode": "large", "next": "https://example.com/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert response["Cache-Control"] == "no-store"


def test_an_unknown_cookie_value_changes_nothing(client, liutang):
    client.cookies["luoshi_display"] = "purple"
    assert page(client, "/orgs/").xpath("//body/@class") == []
