"""The back office's personas, in one place (after healthchecks' hc/test.py):

Alice is 青禾街道's office admin, Bob its reviewer, Carol reports for unit X (经济办), Dave for unit Y
(社会办), Erin is its leader. Mallory has an account and no role anywhere. Oscar is the office admin of
another street (白沙镇). Diane is a leader of the district (临江区) 青禾街道 belongs to. Root is a superuser.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model

from luoshi.office import reporting
from luoshi.office.models import Membership
from luoshi.plans.models import Category, Organization, Plan, Task, Unit
from luoshi.progress import assessing
from luoshi.progress.models import Period, Reading
from luoshi.publish import workflow

Role = Membership.Role
PERSONAS = ["anon", "alice", "bob", "carol", "dave", "erin", "mallory", "oscar", "diane", "root"]


def make_user(name, **extra):
    # No password hashing here: tests log in with force_login, and Argon2 is deliberately slow.
    return get_user_model().objects.create(username=name, email=f"{name}@example.invalid", **extra)


def build_office(today=None):
    """Two streets of one district, a plan with three tasks, a period, entries in every state
    the tests need, a published disclosure and a draft."""
    district = Organization.objects.create(name="临江区", code="L100")
    org = Organization.objects.create(name="青禾街道", full_name="临江区人民政府青禾街道办事处", code="Q207", parent=district)
    other = Organization.objects.create(name="白沙镇", code="B001", parent=district)
    x = Unit.objects.create(organization=org, name="经济发展办公室")
    y = Unit.objects.create(organization=org, name="社会事务办公室")
    plan = Plan.objects.create(organization=org, year=2024, title="2024年政府工作报告重点任务")
    cat = Category.objects.create(plan=plan, name="产业提质增效", position=0)
    t1 = Task.objects.create(plan=plan, category=cat, number="1", position=1,
                             content="完成数字产业园二期配套,年内引进数字经济企业8家以上。", unit_text="经济发展办公室")
    t1.units.add(x)
    t2 = Task.objects.create(plan=plan, category=cat, number="2", position=2,
                             content="新建养老服务中心1处,新增托位40个。", unit_text="社会事务办公室")
    t2.units.add(y)
    t3 = Task.objects.create(plan=plan, category=cat, number="3", position=3,
                             content="改造老旧小区3个。", unit_text="经济发展办公室")
    t3.units.add(x)
    for t in (t1, t2, t3):
        assessing.refresh_targets(t)
    q2 = Period.objects.create(plan=plan, kind="quarter", label="第二季度", start=datetime.date(2024, 4, 1),
                               end=datetime.date(2024, 6, 30), due=datetime.date(2024, 7, 10))
    period = Period.objects.create(plan=plan, kind="quarter", label="第三季度", start=datetime.date(2024, 7, 1),
                                   end=datetime.date(2024, 9, 30), due=datetime.date(2024, 10, 10))

    other_plan = Plan.objects.create(organization=other, year=2024)
    ot = Task.objects.create(plan=other_plan, number="1", position=1, content="白沙镇的任务:修路5公里。")
    other_period = Period.objects.create(plan=other_plan, kind="quarter", label="第三季度",
                                         start=period.start, end=period.end, due=period.due)

    users = SimpleNamespace(anon=None)
    for name in PERSONAS[1:]:
        setattr(users, name, make_user(name, is_superuser=(name == "root"), is_staff=(name == "root")))
    Membership.objects.create(user=users.alice, organization=org, role=Role.ADMIN)
    Membership.objects.create(user=users.bob, organization=org, role=Role.REVIEWER)
    Membership.objects.create(user=users.carol, organization=org, role=Role.REPORTER, unit=x)
    Membership.objects.create(user=users.dave, organization=org, role=Role.REPORTER, unit=y)
    Membership.objects.create(user=users.erin, organization=org, role=Role.LEADER)
    Membership.objects.create(user=users.oscar, organization=other, role=Role.ADMIN)
    Membership.objects.create(user=users.diane, organization=district, role=Role.LEADER)
    oy = Unit.objects.create(organization=other, name="白沙镇城建办")
    ot.units.add(oy)
    ossie = make_user("ossie")
    Membership.objects.create(user=ossie, organization=other, role=Role.REPORTER, unit=oy)

    # Last quarter, approved; this quarter: t1 submitted by Carol, t2 a draft of Dave's (two revisions).
    old = reporting.save_text(t1, q2, x, users.carol, "引进数字经济企业3家。")
    reporting.submit(old, users.carol)
    reporting.approve(old, users.bob)
    p1 = reporting.save_text(t1, period, x, users.carol, "园区二期配套已完工。截至9月底累计引进数字经济企业9家。")
    reporting.submit(p1, users.carol)
    p2 = reporting.save_text(t2, period, y, users.dave, "养老服务中心已开工。")
    reporting.save_text(t2, period, y, users.dave, "养老服务中心主体完工,新增托位20个。")
    po = reporting.save_text(ot, other_period, oy, ossie, "白沙镇秘密草稿:修路2公里。")
    reporting.submit(po, ossie)

    published = workflow.publish(workflow.assemble(q2, users.alice), users.alice)
    reporting.approve(p1, users.bob)
    draft = workflow.assemble(period, users.alice)
    reporting.return_entry(p1, users.bob, "请补充园区产值数据")
    reading = Reading.objects.filter(period=period, target__task=t1).first()
    return SimpleNamespace(
        district=district, org=org, other=other, x=x, y=y, plan=plan, t1=t1, t2=t2, t3=t3, q2=q2, period=period,
        other_plan=other_plan, other_task=ot, other_period=other_period, other_progress=po,
        users=users, p1=p1, p2=p2, old=old, published=published, draft=draft, reading=reading,
        r1=p1.revisions.first(), r2=p2.revisions.first(), category=cat,
        erin_membership=Membership.objects.get(user=users.erin),
    )


@pytest.fixture
def office(db):
    return build_office()


@pytest.fixture
def as_user(client):
    """as_user(user) -> the test client logged in as that user (None: anonymous)."""
    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client
    return login
