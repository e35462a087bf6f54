"""Importing a plan: the file is parsed and previewed with its targets marked; nothing is saved
until confirmed; importing the same file twice adds nothing."""

from django.core.files.uploadedfile import SimpleUploadedFile

from luoshi.plans.models import Plan, Task
from tests.conftest import FIXTURES

SAMPLE = FIXTURES / "ingest" / "qingxi_2024_q2.txt"


def test_upload_previews_confirm_saves_and_twice_adds_nothing(office, as_user):
    alice = as_user(office.users.alice)
    url = f"/office/o/{office.org.pk}/import/"
    tasks_before = Task.objects.count()
    page = alice.post(url, {"mode": "plan", "file": SimpleUploadedFile(SAMPLE.name, SAMPLE.read_bytes())}).content.decode()
    assert "导入预览" in page and "<mark>" in page
    assert Task.objects.count() == tasks_before, "a preview saves nothing"
    token = alice.session["office_import"]["token"]
    response = alice.post(f"{url}confirm/", {"token": token})
    assert response.status_code == 302
    plan = Plan.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    assert plan.organization == office.org
    created = Task.objects.count() - tasks_before
    assert created > 3
    assert Task.objects.filter(plan=plan, targets__isnull=False).exists(), "targets are read on import"

    alice.post(url, {"mode": "plan", "file": SimpleUploadedFile(SAMPLE.name, SAMPLE.read_bytes())})
    alice.post(f"{url}confirm/", {"token": alice.session["office_import"]["token"]})
    assert Task.objects.count() - tasks_before == created


def test_a_file_that_is_no_report_is_refused_naming_the_file_field(office, as_user):
    alice = as_user(office.users.alice)
    response = alice.post(f"/office/o/{office.org.pk}/import/",
                          {"mode": "plan", "file": SimpleUploadedFile("x.txt", "这不是报告。".encode())})
    assert response.status_code == 200
    assert "文件 (file):" in response.content.decode()


def test_a_stale_confirmation_saves_nothing(office, as_user):
    alice = as_user(office.users.alice)
    before = Task.objects.count()
    response = alice.post(f"/office/o/{office.org.pk}/import/confirm/", {"token": "forged"}, follow=True)
    assert "导入已过期" in response.content.decode()
    assert Task.objects.count() == before


def test_a_published_report_of_another_organization_is_refused(office, as_user):
    from luoshi.publish.models import Disclosure

    alice = as_user(office.users.alice)
    url = f"/office/o/{office.org.pk}/import/"
    alice.post(url, {"mode": "report", "file": SimpleUploadedFile(SAMPLE.name, SAMPLE.read_bytes())})
    page = alice.post(f"{url}confirm/", {"token": alice.session["office_import"]["token"]}, follow=True).content.decode()
    assert "发布机构 (publisher)" in page and "青溪街道" in page
    assert not Disclosure.private_objects.filter(index_no="Q012/2024-00031").exists()


def test_the_organizations_own_published_report_is_imported_with_its_progress(db, as_user):
    from luoshi.office.models import Membership
    from luoshi.plans.models import Organization
    from luoshi.publish.models import Disclosure
    from tests.office.conftest import make_user

    org = Organization.objects.create(name="青溪街道", code="Q012")
    admin = make_user("qingxi_admin")
    Membership.objects.create(user=admin, organization=org, role=Membership.Role.ADMIN)
    client = as_user(admin)
    url = f"/office/o/{org.pk}/import/"
    client.post(url, {"mode": "report", "file": SimpleUploadedFile(SAMPLE.name, SAMPLE.read_bytes())})
    client.post(f"{url}confirm/", {"token": client.session["office_import"]["token"]})
    d = Disclosure.public_objects.get(index_no="Q012/2024-00031")
    assert d.organization == org and d.table["rows"]
