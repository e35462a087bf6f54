"""Category and unit views: the latest published row of each of their tasks."""

from luoshi.plans.models import Category, Unit
from luoshi.publish.models import Disclosure
from tests.portal.conftest import page, text


def _numbers(doc):
    return [text(th) for th in doc.xpath("//table[contains(@class,'items')]/tbody/tr/th")]


def test_a_top_level_category_shows_the_tasks_beneath_it(client, liutang):
    q1, _ = liutang
    category = Category.objects.get(plan=q1.plan, parent=None, name="城乡建设")
    doc = page(client, f"/categories/{category.pk}/")
    assert _numbers(doc) == ["3", "4"]
    assert "已加装电梯6台" in text(doc)  # 第二季度, the latest


def test_a_second_level_category_shows_its_own_tasks(client, liutang):
    q1, _ = liutang
    category = Category.objects.get(plan=q1.plan, name="托育服务")
    doc = page(client, f"/categories/{category.pk}/")
    assert _numbers(doc) == ["2"]
    assert "民生保障›托育服务" in text(doc.xpath("//h1")[0])


def test_a_unit_shows_its_tasks_including_shared_ones(client, liutang):
    q1, _ = liutang
    doc = page(client, f"/units/{Unit.objects.get(name='城建办').pk}/")
    assert _numbers(doc) == ["3", "4"]
    doc = page(client, f"/units/{Unit.objects.get(name='综合执法队').pk}/")
    assert _numbers(doc) == ["4"]


def test_categories_and_units_without_published_tasks_are_not_found(client, liutang):
    q1, q2 = liutang
    Disclosure.private_objects.filter(pk__in=[q1.pk, q2.pk]).update(state=Disclosure.State.DRAFT)
    page(client, f"/categories/{Category.objects.filter(plan=q1.plan).first().pk}/", status=404)
    page(client, f"/units/{Unit.objects.get(name='城建办').pk}/", status=404)
