"""索引号: built from the organization's template by a pure builder that validates, allocated
from a locked per-organization-year sequence: unique, gap-free and safe under concurrent publishing."""

import threading

import pytest
from django.db import connection, transaction

from luoshi.plans.models import Organization
from luoshi.publish import indexno
from luoshi.publish.models import Disclosure, IndexSequence
from luoshi.publish.workflow import PublishError, allocate_index_no


@pytest.mark.parametrize("template,code,year,serial,expected", [
    ("{code}/{year}-{serial:05d}", "H081", 2023, 74516, "H081/2023-74516"),
    ("{code}/{year}-{serial:05d}", "Q207", 2024, 1, "Q207/2024-00001"),
    ("{code}/{year}-{serial:05d}", "000014349", 2017, 110, "000014349/2017-00110"),
    ("{code}-{year}-{serial:04d}", "330109", 2024, 12, "330109-2024-0012"),
    ("{year}{serial:06d}", "", 2024, 7, "2024000007"),
])
def test_the_builder_follows_the_template(template, code, year, serial, expected):
    assert indexno.build(template, code, year, serial) == expected


@pytest.mark.parametrize("template,code,error", [
    ("{code}/{year}", "H081", "must contain {serial}"),
    ("{code}/{yaer}-{serial}", "H081", "unknown field {yaer}"),
    ("{code}/{year}-{serial:05d", "H081", "索引号模板"),
    ("{code}/{year}-{serial:05d}", "", "索引号前缀 \\(code\\)"),
])
def test_the_builder_refuses_bad_templates_naming_the_field(template, code, error):
    with pytest.raises(indexno.IndexNumberError, match=error):
        indexno.build(template, code, 2024, 1)


def test_allocation_skips_numbers_already_taken(office):
    # The fixture published Q207/2024-00001; an imported page holds 00002.
    Disclosure.private_objects.filter(pk=office.published.pk).update(index_no="Q207/2024-00002")
    with transaction.atomic():
        assert allocate_index_no(office.org, 2024) == "Q207/2024-00003"
    assert IndexSequence.objects.get(organization=office.org, year=2024).last == 3


def test_an_organization_without_a_code_cannot_publish_under_the_default_template(db):
    org = Organization.objects.create(name="无码镇")
    with pytest.raises(PublishError, match="code"):
        allocate_index_no(org, 2024)


@pytest.mark.django_db(transaction=True)
def test_concurrent_publishers_get_distinct_consecutive_numbers():
    org = Organization.objects.create(name="并发街道", code="C001")
    n = 8
    barrier = threading.Barrier(n)
    got, errors = [], []

    def publish_one():
        try:
            barrier.wait()
            with transaction.atomic():
                got.append(allocate_index_no(org, 2024))
        except Exception as e:  # surfaced below
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=publish_one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(got) == [f"C001/2024-{i:05d}" for i in range(1, n + 1)]
    assert IndexSequence.objects.get(organization=org).last == n


@pytest.mark.django_db(transaction=True)
def test_concurrent_publishing_of_drafts_gives_each_its_own_number():
    from luoshi.office import reporting
    from luoshi.publish import workflow
    from tests.office.conftest import build_office

    f = build_office()
    # A second period's draft beside the fixture's: two drafts published at the same moment.
    from luoshi.progress.models import Period

    q4 = Period.objects.create(plan=f.plan, kind="quarter", label="第四季度", start=f.period.end.replace(month=10, day=1),
                               end=f.period.end.replace(month=12, day=31))
    p = reporting.save_text(f.t3, q4, f.x, f.users.carol, "完成3个")
    reporting.submit(p, f.users.carol)
    reporting.approve(p, f.users.bob)
    drafts = [f.draft, workflow.assemble(q4, f.users.alice)]
    barrier = threading.Barrier(2)
    errors = []

    def go(d):
        try:
            barrier.wait()
            workflow.publish(d, f.users.alice)
        except Exception as e:  # surfaced below
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=go, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    numbers = sorted(Disclosure.public_objects.filter(organization=f.org).values_list("index_no", flat=True))
    assert numbers == ["Q207/2024-00001", "Q207/2024-00002", "Q207/2024-00003"]
