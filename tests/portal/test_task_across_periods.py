"""A task page shows its content, targets and progress in every published period, side by side,
with what changed since the period before marked <ins>/<del>; read from the frozen tables."""

from luoshi.publish.models import Disclosure
from tests.portal.conftest import page, task_pk, text


def test_it_shows_both_periods_progress_with_changes_marked(client, liutang):
    q1, q2 = liutang
    doc = page(client, f"/tasks/{task_pk(q2, '1')}/")
    periods = doc.xpath("//section[@class='period']")
    assert [text(p.xpath("./h3")[0]) for p in periods] == ["第一季度", "第二季度"]
    first, second = periods
    assert "西岸社区养老服务中心已完成选址" in text(first)
    assert not first.xpath(".//ins|.//del")  # nothing earlier to compare with
    inserted = "".join(text(n) for n in second.xpath(".//ins"))
    deleted = "".join(text(n) for n in second.xpath(".//del"))
    assert "42个" in inserted and "助餐服务覆盖老人360人" in inserted
    assert "12个" in deleted and "西岸社区" in deleted
    assert [a.get("href") for a in doc.xpath("//section[@class='period']//p[@class='when']/a")] == [
        q1.get_absolute_url(), q2.get_absolute_url()]


def test_the_progress_reads_as_published_once_the_marks_are_removed(client, liutang):
    _, q2 = liutang
    doc = page(client, f"/tasks/{task_pk(q2, '4')}/")
    second = doc.xpath("//section[@class='period']")[1].xpath(".//div[@class='progress-text']")[0]
    for node in second.xpath(".//del|.//span[@class='visually-hidden']"):
        node.drop_tree()
    row = next(r for r in q2.table["rows"] if r["number"] == "4")
    assert text(second) == "".join("".join(row["progress"]).split())


def test_target_readings_are_side_by_side_and_changes_are_said_in_words(client, liutang):
    q1, q2 = liutang
    labels = {"achieved": "已完成", "in_progress": "推进中", "not_reported": "未报告"}
    doc = page(client, f"/tasks/{task_pk(q2, '1')}/")
    grid = doc.xpath("//table[contains(@class,'grid')]")[0]
    assert [text(th) for th in grid.xpath("./thead//th")] == ["指标", "第一季度", "第二季度"]
    before = {t["text"]: t["status"] for t in q1.table["rows"][0]["targets"]}
    after = {t["text"]: t["status"] for t in q2.table["rows"][0]["targets"]}
    assert before["新增托位40个"] != after["新增托位40个"]  # the fixture's Q2 reports 42 of 40
    for tr in grid.xpath("./tbody/tr"):
        name = text(tr.xpath("./th")[0])
        q1_cell, q2_cell = tr.xpath("./td")
        assert labels[before[name]] in text(q1_cell) and labels[after[name]] in text(q2_cell)
        changed = before[name] != after[name]
        assert ("较上期:" in text(q2_cell)) == changed
        assert ("changed" in (q2_cell.get("class") or "")) == changed
        if changed:
            assert f"较上期:{labels[before[name]]}→{labels[after[name]]}" in text(q2_cell)
    # Never by colour alone: every mark has an icon and a word.
    for mark in doc.xpath("//*[contains(concat(' ',@class,' '),' mark ')]"):
        assert mark.xpath(".//*[@class='mark-icon']") and text(mark.xpath(".//*[@class='mark-label']")[0])


def test_it_reads_only_published_disclosures(client, liutang):
    q1, q2 = liutang
    pk = task_pk(q2, "1")
    Disclosure.private_objects.filter(pk=q2.pk).update(state=Disclosure.State.DRAFT)
    doc = page(client, f"/tasks/{pk}/")
    assert [text(h) for h in doc.xpath("//section[@class='period']/h3")] == ["第一季度"]
    assert "新增托位42个" not in text(doc)
    Disclosure.private_objects.filter(pk=q1.pk).update(state=Disclosure.State.DRAFT)
    page(client, f"/tasks/{pk}/", status=404)
    page(client, "/tasks/999999/", status=404)


def test_a_correction_takes_the_place_of_the_version_it_corrects(client, liutang):
    q1, q2 = liutang
    table = {**q2.table, "rows": [dict(r) for r in q2.table["rows"]]}
    table["rows"][0]["progress"] = ["两家养老服务中心均已建成,新增托位45个。"]
    correction = Disclosure.private_objects.create(
        organization=q2.organization, plan=q2.plan, period=q2.period, state=Disclosure.State.PUBLISHED,
        index_no="L305/2025-00048", title=q2.title, publisher=q2.publisher, published_at=q2.published_at,
        table=table, version=2, replaces=q2,
    )
    doc = page(client, f"/tasks/{task_pk(q2, '1')}/")
    periods = doc.xpath("//section[@class='period']")
    assert len(periods) == 2
    progress = periods[1].xpath(".//div[@class='progress-text']")[0]
    for node in progress.xpath(".//del|.//span[@class='visually-hidden']"):
        node.drop_tree()
    assert text(progress) == "两家养老服务中心均已建成,新增托位45个。"
    assert correction.get_absolute_url() in doc.xpath("//a/@href")


def test_the_disclosure_page_links_each_row_to_its_task(client, liutang):
    _, q2 = liutang
    doc = page(client, q2.get_absolute_url())
    links = doc.xpath("//table[contains(@class,'tasks')]/tbody/tr/th[@scope='row']//a/@href")
    assert links == [f"/tasks/{r['task']}/" for r in q2.table["rows"]]


def test_a_targets_deadline_is_shown_beside_it(client, liutang):
    _, q2 = liutang
    row = next(r for r in q2.table["rows"] if r["number"] == "4")
    target = next(t for t in row["targets"] if "停车位" in t["text"])
    assert target["deadline"] == "2025-06-30"  # 6月底前, read against the plan's year
    doc = page(client, f"/tasks/{row['task']}/")
    header = doc.xpath("//table[contains(@class,'grid')]/tbody/tr/th")[0]
    assert text(header) == f"{target['text']}期限2025-06-30"
