"""The visit count is exact under concurrent requests: every request adds exactly one."""

import threading

import pytest
from django.db import connection
from django.test import Client

from luoshi.plans.models import Organization, Plan
from luoshi.progress.models import Period
from luoshi.publish.models import Disclosure

THREADS = 8
REQUESTS_EACH = 10


@pytest.mark.django_db(transaction=True)
def test_concurrent_visits_are_all_counted():
    org = Organization.objects.create(name="测试街道")
    plan = Plan.objects.create(organization=org, year=2024)
    period = Period.objects.create(plan=plan, kind="quarter", label="第一季度", start="2024-01-01", end="2024-03-31")
    d = Disclosure.private_objects.create(
        organization=org, plan=plan, period=period, state=Disclosure.State.PUBLISHED, title="测试", publisher="测试街道",
        table={"headers": {"number": "序号", "content": "任务内容", "progress": "工作举措与完成情况"}, "rows": []},
    )
    url = d.get_absolute_url()
    errors, statuses = [], []
    start = threading.Barrier(THREADS)

    def visit():
        try:
            client = Client()
            start.wait()
            for _ in range(REQUESTS_EACH):
                statuses.append(client.get(url).status_code)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=visit) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert statuses == [200] * (THREADS * REQUESTS_EACH)
    d.refresh_from_db()
    assert d.visits == THREADS * REQUESTS_EACH
