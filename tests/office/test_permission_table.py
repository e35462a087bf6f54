"""Every office URL × every persona, with the answer each must get: 200 (allowed page), 302 (an
allowed action, redirecting), 403 (a role here that may not), 404 (no role in that organization:
its existence is not revealed), L (anonymous: sent to the login)."""

import pytest
from django.db import transaction

from tests.office.conftest import PERSONAS, build_office


@pytest.fixture(scope="module")
def office(django_db_setup, django_db_blocker):
    """Built once for the whole table (about 400 cases) inside a transaction rolled back at the
    end; each case runs in its own savepoint (pytest-django's `db`), so what a POST changes is
    undone before the next case."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_office()
            transaction.set_rollback(True)

L = "login"

# url(f) builds the address from the fixture; data is posted for POST rows.
# Columns:       anon alice bob carol dave erin mallory oscar diane root
TABLE = [
    ("home", "GET", lambda f: "/office/", None,
     [L, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("org", "GET", lambda f: f"/office/o/{f.org.pk}/", None,
     [L, 200, 200, 200, 200, 200, 404, 404, 404, 200]),
    ("org_settings", "GET", lambda f: f"/office/o/{f.org.pk}/settings/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("org_settings", "POST", lambda f: f"/office/o/{f.org.pk}/settings/",
     {"full_name": "青禾街道办事处", "code": "Q207", "index_template": "{code}/{year}-{serial:05d}"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("plan_create", "GET", lambda f: f"/office/o/{f.org.pk}/plans/new/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("plan_create", "POST", lambda f: f"/office/o/{f.org.pk}/plans/new/", {"year": "2025", "title": "2025年"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("units", "GET", lambda f: f"/office/o/{f.org.pk}/units/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("units", "POST", lambda f: f"/office/o/{f.org.pk}/units/", {"name": "新单位"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("members", "GET", lambda f: f"/office/o/{f.org.pk}/members/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("members", "POST", lambda f: f"/office/o/{f.org.pk}/members/",
     {"username": "newbie", "email": "n@example.invalid", "role": "leader", "password": "Qinghe-2024-strong"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("member_remove (Erin's role)", "POST", lambda f: f"/office/members/{f.erin_membership.pk}/remove/", {},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("unit_edit", "GET", lambda f: f"/office/units/{f.x.pk}/edit/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("category_edit", "GET", lambda f: f"/office/categories/{f.category.pk}/edit/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("import", "GET", lambda f: f"/office/o/{f.org.pk}/import/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("import_confirm", "POST", lambda f: f"/office/o/{f.org.pk}/import/confirm/", {"token": "x"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("queue", "GET", lambda f: f"/office/o/{f.org.pk}/review/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("disclosures", "GET", lambda f: f"/office/o/{f.org.pk}/disclosures/", None,
     [L, 200, 200, 200, 200, 200, 404, 404, 404, 200]),
    ("disclosures of the district", "GET", lambda f: f"/office/o/{f.district.pk}/disclosures/", None,
     [L, 404, 404, 404, 404, 404, 404, 404, 200, 200]),
    ("plan", "GET", lambda f: f"/office/plans/{f.plan.pk}/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("plan_edit", "GET", lambda f: f"/office/plans/{f.plan.pk}/edit/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("plan_edit", "POST", lambda f: f"/office/plans/{f.plan.pk}/edit/", {"year": "2024", "title": "改"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("category_create", "GET", lambda f: f"/office/plans/{f.plan.pk}/categories/new/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("task_create", "GET", lambda f: f"/office/plans/{f.plan.pk}/tasks/new/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("period_create", "GET", lambda f: f"/office/plans/{f.plan.pk}/periods/new/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("period_create", "POST", lambda f: f"/office/plans/{f.plan.pk}/periods/new/", {"span": "q4", "due": "2025-01-10"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("task (unit X's)", "GET", lambda f: f"/office/tasks/{f.t1.pk}/", None,
     [L, 200, 200, 200, 403, 200, 404, 404, 404, 200]),
    ("task_edit", "GET", lambda f: f"/office/tasks/{f.t1.pk}/edit/", None,
     [L, 200, 403, 403, 403, 403, 404, 404, 404, 200]),
    ("task_targets", "POST", lambda f: f"/office/tasks/{f.t1.pk}/targets/",
     {"lines": "数字经济企业|8|家|>=|", "reason": "核对无误"},
     [L, 302, 302, 403, 403, 403, 404, 404, 404, 302]),
    ("period board", "GET", lambda f: f"/office/periods/{f.period.pk}/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("period laggards", "GET", lambda f: f"/office/periods/{f.period.pk}/?show=laggards", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("my_tasks", "GET", lambda f: f"/office/periods/{f.period.pk}/mine/", None,
     [L, 403, 403, 200, 200, 403, 404, 404, 404, 403]),
    ("entry (unit X's task)", "GET", lambda f: f"/office/periods/{f.period.pk}/tasks/{f.t1.pk}/", None,
     [L, 403, 403, 200, 403, 403, 404, 404, 404, 403]),
    ("entry (unit Y's task) save", "POST", lambda f: f"/office/periods/{f.period.pk}/tasks/{f.t2.pk}/", {"text": "改", "save": "1"},
     [L, 403, 403, 403, 302, 403, 404, 404, 404, 403]),
    ("entry_reading", "POST", lambda f: f"/office/periods/{f.period.pk}/tasks/{f.t1.pk}/reading/", {"text": "引进企业9家"},
     [L, 403, 403, 200, 403, 403, 404, 404, 404, 403]),
    ("entry of another org's task", "GET", lambda f: f"/office/periods/{f.other_period.pk}/tasks/{f.other_task.pk}/", None,
     [L, 404, 404, 404, 404, 404, 404, 403, 404, 403]),
    ("progress (unit X's)", "GET", lambda f: f"/office/progress/{f.p1.pk}/", None,
     [L, 200, 200, 200, 403, 200, 404, 404, 404, 200]),
    ("progress of another org", "GET", lambda f: f"/office/progress/{f.other_progress.pk}/", None,
     [L, 404, 404, 404, 404, 404, 404, 200, 404, 200]),
    ("progress_approve", "POST", lambda f: f"/office/progress/{f.p1.pk}/approve/", {},
     [L, 302, 302, 403, 403, 403, 404, 404, 404, 302]),
    ("progress_return", "POST", lambda f: f"/office/progress/{f.p1.pk}/return/", {"comment": "请补充"},
     [L, 302, 302, 403, 403, 403, 404, 404, 404, 302]),
    ("reading_override", "POST", lambda f: f"/office/readings/{f.reading.pk}/override/",
     {"status": "achieved", "achieved": "9", "reason": "核实"},
     [L, 302, 302, 403, 403, 403, 404, 404, 404, 302]),
    ("revision (unit Y's)", "GET", lambda f: f"/office/revisions/{f.r2.pk}/", None,
     [L, 200, 200, 403, 200, 200, 404, 404, 404, 200]),
    ("revision_restore (unit Y's)", "POST", lambda f: f"/office/revisions/{f.r2.pk}/restore/", {},
     [L, 403, 403, 403, 302, 403, 404, 404, 404, 403]),
    ("period_assemble", "POST", lambda f: f"/office/periods/{f.period.pk}/assemble/", {},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
    ("disclosure (published)", "GET", lambda f: f"/office/disclosures/{f.published.pk}/", None,
     [L, 200, 200, 200, 200, 200, 404, 404, 200, 200]),
    ("disclosure (draft)", "GET", lambda f: f"/office/disclosures/{f.draft.pk}/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("disclosure_preview (draft)", "GET", lambda f: f"/office/disclosures/{f.draft.pk}/preview/", None,
     [L, 200, 200, 403, 403, 200, 404, 404, 404, 200]),
    ("disclosure_publish", "POST", lambda f: f"/office/disclosures/{f.draft.pk}/publish/",
     {"title": "青禾街道2024年第三季度", "written_date": "2024-10-20", "topic": "政务公开", "source": "青禾街道"},
     [L, 302, 403, 403, 403, 403, 404, 404, 404, 302]),
]

CASES = [
    pytest.param(method, url, data, persona, expected, id=f"{name}-{method}-{persona}")
    for name, method, url, data, answers in TABLE
    for persona, expected in zip(PERSONAS, answers, strict=True)
]


@pytest.mark.parametrize("method,url,data,persona,expected", CASES)
def test_every_url_answers_every_persona_as_the_table_says(db, office, as_user, method, url, data, persona, expected):
    client = as_user(getattr(office.users, persona))
    address = url(office)
    response = client.get(address) if method == "GET" else client.post(address, data)
    if expected == L:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected, (persona, method, address, response.content[:300])
        if expected == 302:
            assert not response["Location"].startswith("/accounts/login/")


def test_the_table_covers_every_office_url():
    from django.urls import get_resolver

    from luoshi.office import urls

    names = {p.name for p in urls.urlpatterns}
    covered = {name.split(" ")[0] for name, *_ in TABLE} | {"period", "entry", "progress", "revision", "task", "disclosure", "disclosure_preview", "revision_restore"}
    tested_urls = " ".join(name for name, *_ in TABLE)
    missing = [n for n in names if n not in covered and n not in tested_urls]
    assert not missing, f"office URLs without a row in the permission table: {missing}"
    assert get_resolver().resolve("/office/").url_name == "home"
