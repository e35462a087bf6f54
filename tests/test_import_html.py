"""Importing a published page as HTML: rowspans become category levels, and the page merges them again."""

import re

import pytest
from django.core.management import call_command
from lxml import html

from luoshi.plans.models import Organization, Task
from luoshi.progress.models import Progress
from luoshi.publish.models import Disclosure

from .conftest import FIXTURES

pytestmark = pytest.mark.django_db
PAGE = FIXTURES / "ingest" / "qingxi_2024_q2.html"
TEXT = FIXTURES / "ingest" / "qingxi_2024_q2.txt"


def _import(path, capsys):
    call_command("import", str(path))
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_it_imports_the_html_page(capsys):
    path = _import(PAGE, capsys)
    d = Disclosure.public_objects.get()
    assert path == d.get_absolute_url()
    assert (d.index_no, d.publisher, d.topic) == ("Q012/2024-00031", "青溪街道", "政务公开")
    assert (d.period.label, d.period.end.isoformat()) == ("第二季度", "2024-06-30")
    assert Organization.objects.get().code == "Q012"
    tasks = list(Task.objects.order_by("position"))
    assert [t.number for t in tasks] == [str(n) for n in range(1, 10)]
    assert [t.category.path()[0] for t in tasks] == ["产业提质增效"] * 3 + ["城乡环境提升"] * 3 + ["民生保障改善"] * 3
    # Rows 4 and 5 share one second-level cell (rowspan=2) and so one Category.
    assert tasks[3].category_id == tasks[4].category_id
    assert len(Progress.objects.get(task=tasks[8]).paragraphs()) == 3


def test_the_page_merges_the_cells_the_html_merged(client, capsys):
    path = _import(PAGE, capsys)
    doc = html.fromstring(client.get(path).content.decode())
    rows = doc.xpath("//table[contains(@class,'tasks')]/tbody/tr")
    cells = [[(re.sub(r"\s+", "", c.text_content()), c.get("rowspan")) for c in tr.xpath("./td[contains(@class,'category')]")] for tr in rows]
    assert cells[0] == [("产业提质增效", "3"), ("溪畔数字产业园建设", None)]
    assert cells[3] == [("城乡环境提升", "3"), ("溪岸绿道贯通工程", "2")]
    assert cells[4] == []
    assert cells[5] == [("老旧小区改造", None)]


def test_the_same_report_as_text_and_as_html_is_imported_once(capsys):
    first = _import(PAGE, capsys)
    second = _import(TEXT, capsys)
    assert first == second
    assert Disclosure.private_objects.count() == 1
    assert Task.objects.count() == 9
