"""Every edit of an entry's text is kept, can be seen, and can be restored (as a new revision)."""

from luoshi.office.models import ProgressRevision


def test_each_save_is_a_revision_and_unchanged_text_adds_none(office, as_user):
    f = office
    carol = as_user(f.users.carol)
    url = f"/office/periods/{f.period.pk}/tasks/{f.t3.pk}/"
    for text in ("第一稿", "第二稿", "第二稿", "第三稿"):
        carol.post(url, {"text": text, "save": "1"})
    texts = list(ProgressRevision.objects.filter(progress__task=f.t3).values_list("text", "user__username"))
    assert texts == [("第一稿", "carol"), ("第二稿", "carol"), ("第三稿", "carol")]


def test_a_reporter_restores_an_earlier_revision(office, as_user):
    f = office
    dave = as_user(f.users.dave)
    first = f.p2.revisions.first()
    page = dave.get(f"/office/revisions/{first.pk}/").content.decode()
    assert "养老服务中心已开工" in page and "恢复为该版本" in page
    dave.post(f"/office/revisions/{first.pk}/restore/")
    f.p2.refresh_from_db()
    assert f.p2.text == "养老服务中心已开工。"
    revisions = list(f.p2.revisions.values_list("text", "note"))
    assert revisions[-1] == ("养老服务中心已开工。", "恢复自第1版")
    assert len(revisions) == 3, "restoring keeps every earlier revision"


def test_history_is_shown_to_reviewers(office, as_user):
    page = as_user(office.users.bob).get(f"/office/progress/{office.p2.pk}/").content.decode()
    assert page.count("/office/revisions/") == 2
    assert "恢复为该版本" not in page
