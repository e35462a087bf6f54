"""Importing the seed page creates the whole plan, period, progress and the published Disclosure."""

from datetime import date, datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from luoshi.plans.models import Category, Organization, Plan, Task
from luoshi.progress.models import Period, Progress
from luoshi.publish.models import Disclosure

pytestmark = pytest.mark.django_db


def _import(path, capsys):
    call_command("import", str(path))
    return capsys.readouterr().out.strip().splitlines()


def test_it_creates_the_organization_plan_and_period(seed_path, capsys):
    _import(seed_path, capsys)
    org = Organization.objects.get()
    assert org.name == "闻堰街道"
    assert org.code == "H081"
    plan = Plan.objects.get()
    assert (plan.organization, plan.year) == (org, 2023)
    period = Period.objects.get()
    assert (period.kind, period.label) == ("quarter", "第三季度")
    assert (period.start, period.end) == (date(2023, 7, 1), date(2023, 9, 30))


def test_it_creates_19_tasks_in_order_under_two_category_levels(seed_path, capsys):
    _import(seed_path, capsys)
    tasks = list(Task.objects.order_by("position").select_related("category__parent"))
    assert [t.number for t in tasks] == [str(n) for n in range(1, 20)]
    assert tasks[0].category.path() == ["创新生态构建", "萧滨特别合作园区和中国视谷建设"]
    # 创新生态构建 holds rows 1-4, as its merged cell does on the original page.
    assert [t.category.path()[0] for t in tasks[:4]] == ["创新生态构建"] * 4
    assert tasks[4].category.path()[0] != "创新生态构建"
    assert all(len(t.category.path()) == 2 for t in tasks)
    roots = Category.objects.filter(parent__isnull=True).order_by("position")
    assert roots.first().name == "创新生态构建"
    assert tasks[10].content.startswith("开展“托幼一体化”")


def test_it_keeps_each_rows_progress_with_its_paragraphs(seed_path, capsys):
    _import(seed_path, capsys)
    entries = Progress.objects.order_by("task__position")
    assert entries.count() == 19
    assert all(p.state == Progress.State.APPROVED for p in entries)
    last = entries.last()
    assert len(last.paragraphs()) == 3
    assert entries.first().paragraphs() == ["黄山北河、万达路、长桥沿线企业已签约完成并腾房。"]


def test_it_publishes_the_disclosure_with_the_original_metadata(seed_path, capsys):
    lines = _import(seed_path, capsys)
    d = Disclosure.public_objects.get()
    assert d.index_no == "H081/2023-74516"
    assert d.written_date == date(2023, 11, 3)
    assert timezone.localtime(d.published_at).replace(tzinfo=None) == datetime(2023, 11, 3, 17, 11)
    assert (d.publisher, d.topic, d.source) == ("闻堰街道", "政务公开", "闻堰街道")
    assert d.title.startswith("杭州市萧山区人民政府闻堰街道办事处2023年")
    assert len(d.table["rows"]) == 19
    assert lines[-1] == d.get_absolute_url()
