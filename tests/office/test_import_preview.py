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
