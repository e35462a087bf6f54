"""Organizations -> plans by year -> disclosures, from published disclosures only."""

from luoshi.publish.models import Disclosure
from tests.portal.conftest import page, text


def test_the_organizations_page_lists_publishers(client, liutang):
    q1, _ = liutang
    doc = page(client, "/orgs/")
    links = {text(a): a.get("href") for a in doc.xpath("//ul[@class='cards']//a")}
    assert links == {"临川市河西区人民政府柳塘街道办事处": f"/orgs/{q1.organization_id}/"}
    assert "已公开2期" in text(doc.xpath("//ul[@class='cards']/li")[0])


def test_an_organization_lists_its_plans_and_disclosures(client, liutang):
    q1, q2 = liutang
    doc = page(client, f"/orgs/{q1.organization_id}/")
    assert [text(h) for h in doc.xpath("//section/h2")] == ["2025年重点任务"]
    hrefs = doc.xpath("//section//ul[@class='cards']//a/@href")
    assert hrefs == [q1.get_absolute_url(), q2.get_absolute_url()]
    assert f"/plans/{q1.plan_id}/dashboard/" in doc.xpath("//a/@href")


def test_the_plan_page_shows_periods_categories_units_and_tasks(client, liutang):
    q1, q2 = liutang
    doc = page(client, f"/plans/{q1.plan_id}/")
    periods = doc.xpath("//table[contains(@class,'periods')]/tbody/tr")
    assert [text(tr.xpath("./th")[0]) for tr in periods] == ["第二季度", "第一季度"]
    # 第二季度: of 11 targets, 4 achieved (see the fixture's progress).
    counts = [text(td) for td in periods[0].xpath("./td")][1:]
    assert sum(int(c) for c in counts) == sum(len(r["targets"]) for r in q2.table["rows"])
    tree = [text(a) for a in doc.xpath("//ul[@class='tree']/li/a")]
    assert tree == ["民生保障", "城乡建设", "产业发展"]
    units = [text(a) for a in doc.xpath("//ul[@class='tags']//a")]
    assert units == sorted(["社会事务办", "城建办", "综合执法队", "经济发展办"])
    tasks = doc.xpath("//section[@aria-labelledby='h-tasks']//tbody/tr")
    assert len(tasks) == 6
    assert all(a.startswith("/tasks/") for a in doc.xpath("//section[@aria-labelledby='h-tasks']//tbody//a/@href"))
    # The latest period's progress is what the list shows.
    assert "第二季度" in text(tasks[0]) and "新增托位42个" in text(tasks[0])


def test_drafts_are_never_listed(client, liutang):
    q1, q2 = liutang
    Disclosure.private_objects.filter(pk=q2.pk).update(state=Disclosure.State.DRAFT)
    doc = page(client, f"/plans/{q1.plan_id}/")
    assert q2.get_absolute_url() not in doc.xpath("//a/@href")
    assert "新增托位42个" not in text(doc)
    Disclosure.private_objects.filter(pk=q1.pk).update(state=Disclosure.State.DRAFT)
    page(client, f"/plans/{q1.plan_id}/", status=404)
    page(client, f"/orgs/{q1.organization_id}/", status=404)
    assert not page(client, "/orgs/").xpath("//ul[@class='cards']//a")
