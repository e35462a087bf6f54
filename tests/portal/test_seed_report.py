"""The real published page (../shared's seed): every portal page renders from it, and search
agrees with icontains over its text."""

from io import StringIO

import pytest
from django.core.management import call_command

from luoshi.publish.models import Disclosure
from luoshi.search.models import SearchEntry
from luoshi.search.query import search, terms
from tests.portal.conftest import page, text


@pytest.fixture
def seed(seed_path, db):
    call_command("import", str(seed_path), stdout=StringIO())
    return Disclosure.public_objects.get()


@pytest.mark.parametrize("q", ["停车位", "企业", "电梯", "2.0", "未来社区", "专精特新", "环境 提升", "亚运", "老托"])
def test_search_agrees_with_icontains_on_the_seed(seed, q):
    oracle = SearchEntry.objects.all()
    for term in terms(q):
        oracle = oracle.filter(text__icontains=term)
    assert set(search(q).values_list("pk", flat=True)) == set(oracle.values_list("pk", flat=True))


def test_every_page_renders_from_the_seed(client, seed):
    rows = seed.table["rows"]
    assert SearchEntry.objects.filter(disclosure=seed).count() == len(rows)
    for path in (f"/plans/{seed.plan_id}/", f"/plans/{seed.plan_id}/dashboard/", f"/orgs/{seed.organization_id}/",
                 f"/tasks/{rows[5]['task']}/", "/search?q=停车位"):
        page(client, path)
    doc = page(client, f"/tasks/{rows[5]['task']}/")
    assert "增设公共停车位350个" in text(doc.xpath("//dd[@class='content']")[0])
    assert len(doc.xpath("//section[@class='period']")) == 1
    results = page(client, "/search?q=停车位").xpath("//ol[@class='results']/li")
    assert len(results) == search("停车位").count() > 0
