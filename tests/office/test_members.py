"""The office admin gives people roles; a new username makes an account with an Argon2 hash."""

from django.contrib.auth import get_user_model

from luoshi.office.models import Membership


def test_the_admin_adds_a_reporter_of_a_unit(office, as_user):
    alice = as_user(office.users.alice)
    url = f"/office/o/{office.org.pk}/members/"
    response = alice.post(url, {"username": "frank", "email": "frank@example.invalid", "role": "reporter",
                                "unit": office.y.pk, "password": "Qinghe-2024-strong"})
    assert response.status_code == 302
    frank = get_user_model().objects.get(username="frank")
    assert frank.password.startswith("argon2$")
    assert Membership.objects.get(user=frank).unit == office.y


def test_bad_member_input_is_refused_naming_the_field(office, as_user):
    alice = as_user(office.users.alice)
    url = f"/office/o/{office.org.pk}/members/"
    page = alice.post(url, {"username": "gina", "role": "reporter", "password": "Qinghe-2024-strong"}).content.decode()
    assert "责任单位 (unit)" in page
    page = alice.post(url, {"username": "gina", "role": "leader", "password": ""}).content.decode()
    assert "初始密码 (password)" in page
    page = alice.post(url, {"username": "bob", "role": "leader"}).content.decode()
    assert "用户名 (username)" in page
    assert not get_user_model().objects.filter(username="gina").exists()


def test_a_reviewer_corrects_the_targets_read_from_a_task(office, as_user):
    bob = as_user(office.users.bob)
    bob.post(f"/office/tasks/{office.t2.pk}/targets/", {"lines": "托位|40|个|>=|2024-12-31\n养老服务中心|1|处|=|", "reason": "补充期限"})
    targets = list(office.t2.targets.values_list("metric", "unit", "source"))
    assert targets == [("托位", "个", "manual"), ("养老服务中心", "处", "manual")]
    page = bob.post(f"/office/tasks/{office.t2.pk}/targets/", {"lines": "托位|四十|个", "reason": "x"}, follow=True).content.decode()
    assert "目标值 (value)" in page
