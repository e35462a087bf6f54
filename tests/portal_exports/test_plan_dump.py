"""A plan's open data: one row per task per published period, the current version of each period only."""

import csv
import io
import json
from datetime import date

import pytest

from luoshi.progress.models import Period
from luoshi.publish.models import Disclosure
from tests.portal_exports.helpers import correct


@pytest.fixture
def two_periods(demo):
    """The demo's third quarter and a fourth quarter with the same tasks, corrected once; plus a draft."""
    q4 = Period.objects.create(plan=demo.plan, kind="quarter", label="第四季度", start=date(2024, 10, 1),
                               end=date(2024, 12, 31))
    q4_rows = [{**r, "progress": [f"第四季度:{r['number']}"]} for r in demo.table["rows"]]
    first = Disclosure.private_objects.create(
        organization=demo.organization, plan=demo.plan, period=q4, state=Disclosure.State.PUBLISHED,
        title="第四季度重点任务执行情况", publisher=demo.publisher, published_at=demo.published_at,
        table={**demo.table, "rows": q4_rows}, index_no="Q207/2024-00400",
    )
    corrected_rows = [{**r, "progress": [f"更正后:{r['number']}"]} for r in demo.table["rows"]]
    newer = correct(first, table={"rows": corrected_rows})
    year = Period.objects.create(plan=demo.plan, kind="year", label="全年", start=date(2024, 1, 1), end=date(2024, 12, 31))
    Disclosure.private_objects.create(
        organization=demo.organization, plan=demo.plan, period=year, state=Disclosure.State.DRAFT,
        title="全年(草稿)", publisher=demo.publisher, table=demo.table,
    )
    return demo, newer


def test_csv_has_a_row_per_task_per_period(client, two_periods):
    demo, newer = two_periods
    response = client.get(f"/plans/{demo.plan_id}/dump.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    n = len(demo.table["rows"])
    assert header[:7] == ["报告期", "截至日期", "索引号", "发布日期", "版本", "任务ID", "序号"]
    assert [r[5] for r in rows[:n]] == [str(r["task"]) for r in demo.table["rows"]]
    assert [r[0] for r in rows] == ["第三季度"] * n + ["第四季度"] * n
    progress = header.index("工作举措与完成情况")
    assert {r[progress].split(":")[0] for r in rows[n:]} == {"更正后"}  # the superseded version is left out
    assert {r[2] for r in rows[n:]} == {newer.index_no}


def test_json_has_the_same_rows_and_the_disclosures(client, two_periods):
    demo, newer = two_periods
    response = client.get(f"/plans/{demo.plan_id}/dump.json")
    assert response["Content-Type"] == "application/json"
    dump = json.loads(response.content)
    assert dump["plan"]["year"] == 2024
    assert [d["id"] for d in dump["disclosures"]] == [demo.pk, newer.pk]
    assert len(dump["rows"]) == 2 * len(demo.table["rows"])
    assert dump["rows"][0]["content"] == demo.table["rows"][0]["content"]
    assert {r["period"] for r in dump["rows"]} == {"第三季度", "第四季度"}
    assert dump["rows"][-1]["as_of"] == "2024-12-31"


@pytest.mark.parametrize("ext", ["csv", "json"])
def test_a_plan_without_published_disclosures_is_404(client, demo, ext):
    Disclosure.private_objects.filter(plan=demo.plan).update(state=Disclosure.State.DRAFT)
    assert client.get(f"/plans/{demo.plan_id}/dump.{ext}").status_code == 404


def test_an_unknown_dump_format_is_404(client, demo):
    assert client.get(f"/plans/{demo.plan_id}/dump.xml").status_code == 404
