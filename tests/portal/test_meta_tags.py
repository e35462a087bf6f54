"""Content pages carry the meta tags of 《政府网站发展指引》(国办发〔2017〕47号)."""

import re

import pytest
from django.test import override_settings

from tests.portal.conftest import page, task_pk

NAMES = ["SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType", "ArticleTitle", "PubDate", "ContentSource"]


def _meta(doc):
    return {m.get("name"): m.get("content") for m in doc.xpath("//head/meta[@name]")}


@pytest.fixture
def content_pages(liutang):
    q1, q2 = liutang
    from luoshi.plans.models import Category, Unit

    return {
        "disclosure": q2.get_absolute_url(),
        "task": f"/tasks/{task_pk(q2, '1')}/",
        "plan": f"/plans/{q2.plan_id}/",
        "dashboard": f"/plans/{q2.plan_id}/dashboard/",
        "category": f"/categories/{Category.objects.get(plan=q2.plan, name='民生保障').pk}/",
        "unit": f"/units/{Unit.objects.get(name='城建办').pk}/",
    }


@override_settings(SITE_ID_CODE="3301090001", SITE_URL="https://luoshi.example.gov.cn")
def test_every_content_page_has_all_the_tags(client, content_pages):
    for kind, path in content_pages.items():
        meta = _meta(page(client, path))
        assert all(meta.get(n) for n in NAMES), (kind, {n: meta.get(n) for n in NAMES})
        assert meta["SiteIDCode"] == "3301090001"
        assert meta["SiteDomain"] == "luoshi.example.gov.cn"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", meta["PubDate"]), kind
        assert meta["ContentSource"] == "柳塘街道"


def test_the_task_page_names_its_task_and_latest_publication(client, liutang):
    _, q2 = liutang
    meta = _meta(page(client, f"/tasks/{task_pk(q2, '3')}/"))
    assert meta["ArticleTitle"] == "临川市河西区人民政府柳塘街道办事处2025年重点任务 第3项"
    assert meta["PubDate"] == "2025-07-11 16:20"
    assert meta["ColumnType"] == "政务公开"
    assert meta["SiteDomain"] == "testserver"  # as requested when LUOSHI_SITE_URL is unset


def test_listing_pages_are_not_content_pages(client, liutang):
    assert "ArticleTitle" not in _meta(page(client, "/orgs/"))
