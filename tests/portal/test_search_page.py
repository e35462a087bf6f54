"""The search page: results from published rows, snippets with the words marked, filters, links."""

from luoshi.publish.models import Disclosure
from tests.portal.conftest import page, text


def _results(doc):
    return doc.xpath("//ol[@class='results']/li")


def test_a_two_character_word_is_found_and_marked(client, liutang):
    doc = page(client, "/search?q=托位")
    results = _results(doc)
    assert len(results) == 4  # tasks 1 and 2, in both periods
    assert {text(m) for m in doc.xpath("//ol[@class='results']//mark")} == {"托位"}
    assert "共找到4条结果" in text(doc.xpath("//p[@class='count']")[0])
    assert all(h.startswith("/tasks/") for h in doc.xpath("//h2[@class='result-title']/a/@href"))


def test_filters_narrow_the_results(client, liutang):
    q1, q2 = liutang
    assert len(_results(page(client, "/search?q=托位&period=第一季度"))) == 2
    for status in ("achieved", "in_progress", "not_reported"):
        expected = sorted(
            (d.period.label, r["number"]) for d in (q1, q2) for r in d.table["rows"]
            if "托位" in r["content"] + "".join(r["progress"]) and any(t["status"] == status for t in r["targets"])
        )
        doc = page(client, f"/search?q=托位&status={status}")
        found = sorted((text(li.xpath(".//p[@class='when']")[0]).split("2025年")[1].split("·")[0],
                        text(li.xpath(".//h2")[0]).split("项")[0][1:]) for li in _results(doc))
        assert found == expected, status
    doc = page(client, f"/search?org={q1.organization_id}&unit=城建办")
    assert {text(h)[:2] for h in doc.xpath("//h2[@class='result-title']")} == {"第3", "第4"}
    # Choosing an organization offers its categories and units as lists.
    options = doc.xpath("//select[@name='category']/option/@value")
    assert options == ["", "产业发展", "城乡建设", "民生保障"]
    assert "综合执法队" in doc.xpath("//select[@name='unit']/option/@value")


def test_drafts_are_not_found(client, liutang):
    _, q2 = liutang
    Disclosure.private_objects.filter(pk=q2.pk).update(state=Disclosure.State.DRAFT)
    doc = page(client, "/search?q=托位")
    assert len(_results(doc)) == 2
    assert q2.get_absolute_url() not in doc.xpath("//a/@href")


def test_an_empty_query_shows_only_the_form(client, liutang):
    doc = page(client, "/search")
    assert doc.xpath("//form[contains(@class,'search-form')]") and not doc.xpath("//p[@class='count']")


def test_markup_in_a_query_is_escaped(client, liutang):
    response = client.get("/search", {"q": "<script>养老"})
    assert response.status_code == 200
    assert b"<script>\xe5" not in response.content and "&lt;script&gt;养老".encode() in response.content


def test_a_disclosure_is_found_by_its_index_number_or_title(client, liutang):
    q1, q2 = liutang
    doc = page(client, "/search?q=L305/2025-00047")
    assert doc.xpath("//section[@class='found-disclosures']//a/@href") == [q2.get_absolute_url()]
    doc = page(client, "/search?q=柳塘 第一季度")
    assert doc.xpath("//section[@class='found-disclosures']//a/@href") == [q1.get_absolute_url()]
    doc = page(client, f"/search?q=柳塘&period=第二季度&org={q1.organization_id}")
    assert doc.xpath("//section[@class='found-disclosures']//a/@href") == [q2.get_absolute_url()]
    Disclosure.private_objects.filter(pk=q2.pk).update(state=Disclosure.State.DRAFT)
    assert not page(client, "/search?q=L305/2025-00047").xpath("//section[@class='found-disclosures']")
