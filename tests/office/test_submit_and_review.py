"""A unit's entry goes draft -> submitted -> returned -> resubmitted -> approved, through the pages,
each change a row with who, when and the comment."""

import pytest

from luoshi.office import reporting
from luoshi.progress.models import Progress, ProgressEvent


def test_carol_submits_bob_returns_carol_resubmits_bob_approves(office, as_user):
    f = office
    entry = f"/office/periods/{f.period.pk}/tasks/{f.t3.pk}/"
    carol = as_user(f.users.carol)
    assert "改造老旧小区" in carol.get(entry).content.decode()
    carol.post(entry, {"text": "已完成1个小区改造。", "save": "1"})
    p = Progress.objects.get(task=f.t3, period=f.period)
    assert p.state == "draft" and p.unit == f.x
    carol.post(entry, {"text": "已完成2个小区改造。", "submit": "1"})
    p.refresh_from_db()
    assert (p.state, p.text) == ("submitted", "已完成2个小区改造。")

    bob = as_user(f.users.bob)
    assert f"/office/progress/{p.pk}/" in bob.get(f"/office/o/{f.org.pk}/review/").content.decode()
    page = bob.post(f"/office/progress/{p.pk}/return/", {"comment": ""}, follow=True).content.decode()
    p.refresh_from_db()
    assert p.state == "submitted", "a return without a comment is refused"
    assert "退回意见 (comment)" in page
    bob.post(f"/office/progress/{p.pk}/return/", {"comment": "请写明第3个小区的进度"})
    p.refresh_from_db()
    assert p.state == "returned"

    carol = as_user(f.users.carol)
    page = carol.get(entry).content.decode()
    assert "请写明第3个小区的进度" in page
    carol.post(entry, {"text": "已完成3个小区改造。", "submit": "1"})
    p.refresh_from_db()
    assert p.state == "submitted"

    bob = as_user(f.users.bob)
    bob.post(f"/office/progress/{p.pk}/approve/", {"comment": "同意"})
    p.refresh_from_db()
    assert p.state == "approved"
    events = list(ProgressEvent.objects.filter(progress=p).values_list("action", "user__username", "comment"))
    assert events == [
        ("created", "carol", ""), ("submitted", "carol", ""), ("returned", "bob", "请写明第3个小区的进度"),
        ("resubmitted", "carol", ""), ("approved", "bob", "同意"),
    ]
    assert ProgressEvent.objects.filter(progress=p, action="returned").get().text == "已完成2个小区改造。"


def test_an_approved_or_submitted_entry_cannot_be_edited(office, as_user):
    f = office
    p = reporting.save_text(f.t3, f.period, f.x, f.users.carol, "文本")
    reporting.submit(p, f.users.carol)
    response = as_user(f.users.carol).post(f"/office/periods/{f.period.pk}/tasks/{f.t3.pk}/", {"text": "改了", "save": "1"})
    assert response.status_code == 200
    p.refresh_from_db()
    assert p.text == "文本"


@pytest.mark.parametrize("step,error", [
    (lambda p, u: reporting.approve(p, u), "only a submitted entry"),
    (lambda p, u: reporting.return_entry(p, u, "x"), "cannot be returned"),
])
def test_it_refuses_changes_the_state_does_not_allow(office, step, error):
    p = reporting.save_text(office.t3, office.period, office.x, office.users.carol, "草稿")
    with pytest.raises(reporting.WorkflowError, match=error):
        step(p, office.users.bob)


def test_an_empty_text_cannot_be_submitted(office):
    p = reporting.save_text(office.t3, office.period, office.x, office.users.carol, "  ")
    with pytest.raises(reporting.WorkflowError, match="text"):
        reporting.submit(p, office.users.carol)


def test_a_reviewer_overrides_a_reading_with_a_reason(office, as_user):
    f = office
    bob = as_user(f.users.bob)
    page = bob.post(f"/office/readings/{f.reading.pk}/override/", {"status": "achieved", "achieved": "9", "reason": ""},
                    follow=True).content.decode()
    assert "理由 (reason)" in page
    f.reading.refresh_from_db()
    assert not f.reading.is_overridden
    bob.post(f"/office/readings/{f.reading.pk}/override/", {"status": "achieved", "achieved": "9", "reason": "经核实已引进9家"})
    f.reading.refresh_from_db()
    assert (f.reading.status, f.reading.override_reason, f.reading.overridden_by) == ("achieved", "经核实已引进9家", f.users.bob)


def test_the_review_page_shows_the_diff_against_last_period(office, as_user):
    page = as_user(office.users.bob).get(f"/office/progress/{office.p1.pk}/").content.decode()
    assert "<del>" in page and "<ins>" in page
    assert "第二季度" in page


def test_a_leader_reads_the_entry_without_any_review_form(office, as_user):
    page = as_user(office.users.erin).get(f"/office/progress/{office.p1.pk}/").content.decode()
    assert "园区二期配套已完工" in page
    assert "/approve/" not in page and "/return/" not in page and "/override/" not in page
