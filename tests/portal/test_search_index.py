"""The index follows publication: filled on publish, emptied on unpublish, corrections replace the
version they correct, and `luoshi reindex` rebuilds the same index however often it runs."""

from io import StringIO

from django.core.management import call_command

from luoshi.publish.models import Disclosure
from luoshi.search.models import SearchEntry
from luoshi.search.query import search


def _snapshot():
    return sorted(SearchEntry.objects.values_list("disclosure_id", "position", "task_id", "statuses", "bigrams"))


def test_publishing_indexes_every_row(liutang):
    q1, q2 = liutang
    for d in (q1, q2):
        entries = SearchEntry.objects.filter(disclosure=d).order_by("position")
        assert [e.number for e in entries] == [r["number"] for r in d.table["rows"]]
        first = entries[0]
        assert (first.year, first.period_label, first.category_top, first.unit) == (2025, d.period.label, "民生保障", "社会事务办")
        assert first.task_id == d.table["rows"][0]["task"]
    statuses = SearchEntry.objects.get(disclosure=q2, number="1").statuses.split()
    assert statuses == ["achieved"]


def test_reindex_is_safe_to_run_twice(liutang):
    before = _snapshot()
    out = StringIO()
    call_command("reindex", stdout=out)
    call_command("reindex", stdout=out)
    assert _snapshot() == before
    assert out.getvalue().splitlines() == ["indexed 12 rows of 2 published disclosures"] * 2
    assert search("托位").count() == 4


def test_a_draft_is_not_indexed_and_unpublishing_removes_it(liutang):
    q1, q2 = liutang
    q2.state = Disclosure.State.DRAFT
    q2.save()
    assert not SearchEntry.objects.filter(disclosure=q2).exists()
    assert search("托位").count() == 2
    Disclosure.private_objects.filter(pk=q1.pk).update(state=Disclosure.State.DRAFT)  # behind the signal
    assert search("托位").count() == 0
    call_command("reindex", stdout=StringIO())
    assert SearchEntry.objects.count() == 0


def test_a_correction_replaces_the_corrected_rows(liutang):
    _, q2 = liutang
    table = {**q2.table, "rows": [dict(r) for r in q2.table["rows"]]}
    table["rows"][0]["progress"] = ["两家养老服务中心均已建成,新增托位45个。"]
    correction = Disclosure.private_objects.create(
        organization=q2.organization, plan=q2.plan, period=q2.period, state=Disclosure.State.PUBLISHED,
        index_no="L305/2025-00048", title=q2.title, publisher=q2.publisher, published_at=q2.published_at,
        table=table, version=2, replaces=q2,
    )
    assert not SearchEntry.objects.filter(disclosure=q2).exists()
    assert list(search("托位45个").values_list("disclosure_id", flat=True)) == [correction.pk]
    assert not search("托位42个").exists()
    call_command("reindex", stdout=StringIO())
    assert not SearchEntry.objects.filter(disclosure=q2).exists()
    assert SearchEntry.objects.filter(disclosure=correction).count() == 6
