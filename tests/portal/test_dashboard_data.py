"""The dashboard's numbers: targets by status per category, achieved rate per unit, the trend over
periods; the same data in the tables and in the JSON block the chart script reads."""

import json

from luoshi.portal.dashboards import rate_by_unit, status_by_category, trend
from luoshi.publish.assemble import summary
from tests.portal.conftest import page, text


def _targets(d):
    return [(row, t) for row in d.table["rows"] for t in row["targets"]]


def test_status_by_category_adds_up_to_the_summary(liutang):
    _, q2 = liutang
    rows = status_by_category(q2.table)
    assert [r["category"] for r in rows] == ["民生保障", "城乡建设", "产业发展"]
    s = summary(q2.table)
    for status in ("achieved", "in_progress", "not_reported"):
        assert sum(r[status] for r in rows) == s[status]
    for r in rows:
        expected = [t["status"] for row, t in _targets(q2) if row["category"][0] == r["category"]]
        assert r["total"] == len(expected) and r["achieved"] == expected.count("achieved")
        assert r["tasks"] == 2


def test_rate_by_unit_counts_a_shared_task_for_each_unit(liutang):
    _, q2 = liutang
    units = {u["unit"]: u for u in rate_by_unit(q2.table)}
    assert set(units) == {"社会事务办", "城建办", "综合执法队", "经济发展办"}
    for name, u in units.items():
        mine = [t for row, t in _targets(q2) if name in row["unit"]]
        assert u["total"] == len(mine)
        assert u["achieved"] == sum(t["status"] == "achieved" for t in mine)
        assert u["rate"] == round(100 * u["achieved"] / u["total"], 1)
    rates = [u["rate"] for u in rate_by_unit(q2.table)]
    assert rates == sorted(rates, reverse=True)


def test_the_trend_has_one_point_per_published_period(liutang):
    q1, q2 = liutang
    points = trend([q1, q2])
    assert [p["period"] for p in points] == ["第一季度", "第二季度"]
    for p, d in zip(points, (q1, q2)):
        s = summary(d.table)
        assert (p["achieved"], p["in_progress"], p["not_reported"], p["total"]) == (
            s["achieved"], s["in_progress"], s["not_reported"], s["total"])
    assert points[1]["achieved"] > points[0]["achieved"]


def test_the_page_shows_tables_beside_the_charts_and_the_json_they_read(client, liutang):
    q1, q2 = liutang
    doc = page(client, f"/plans/{q1.plan_id}/dashboard/")
    data = json.loads(doc.xpath("//script[@id='dashboard-data']")[0].text)
    assert data["period"] == "第二季度"
    assert data["by_category"] == status_by_category(q2.table)
    assert data["trend"] == trend([q1, q2])
    for chart, table in (("chart-category", "table-category"), ("chart-unit", "table-unit"), ("chart-trend", "table-trend")):
        assert doc.xpath(f"//div[@id='{chart}']") and doc.xpath(f"//table[@id='{table}']/caption")
    trend_rows = doc.xpath("//table[@id='table-trend']/tbody/tr")
    assert [text(tr.xpath("./th")[0]) for tr in trend_rows] == ["第一季度", "第二季度"]
    unit_rows = {text(tr.xpath("./th")[0]): text(tr.xpath("./td")[2]) for tr in doc.xpath("//table[@id='table-unit']/tbody/tr")}
    assert unit_rows == {u["unit"]: f"{u['rate']}%" for u in data["by_unit"]}
    # No inline script: only files from this site, and the data block.
    for script in doc.xpath("//script"):
        assert script.get("src", "").startswith("/static/") or script.get("type") == "application/json"
    assert "/static/vendor/echarts/echarts.common.min.js" in doc.xpath("//script/@src")


def test_another_period_is_chosen_by_its_id(client, liutang):
    q1, _ = liutang
    doc = page(client, f"/plans/{q1.plan_id}/dashboard/?period={q1.period_id}")
    assert json.loads(doc.xpath("//script[@id='dashboard-data']")[0].text)["period"] == "第一季度"
    assert text(doc.xpath("//nav[@class='period-nav']//a[@aria-current='page']")[0]) == "第一季度"
    page(client, f"/plans/{q1.plan_id}/dashboard/?period=999999", status=404)


def test_the_vendored_echarts_is_served_with_its_licence(client):
    from django.contrib.staticfiles import finders

    for name in ("echarts.common.min.js", "LICENSE", "NOTICE"):
        assert finders.find(f"vendor/echarts/{name}"), name
