"""A correction is a new published version that replaces the old, says what changed, and leaves
the old one readable."""

import pytest

from luoshi.office import reporting
from luoshi.publish import workflow
from luoshi.publish.models import Disclosure


def _publish_q3(f):
    reporting.submit(reporting.save_text(f.t1, f.period, f.x, f.users.carol, "园区二期配套已完工。引进企业9家。"), f.users.carol)
    reporting.approve(f.p1, f.users.bob)
    return workflow.publish(workflow.assemble(f.period, f.users.alice), f.users.alice, topic="综合政务\\政务公开",
                            source="青禾街道党政办")


def test_publishing_sets_the_metadata_and_freezes_the_table(office):
    d = _publish_q3(office)
    assert d.state == "published" and d.index_no == "Q207/2024-00002"
    assert (d.topic, d.source, d.version, d.replaces) == ("综合政务\\政务公开", "青禾街道党政办", 1, None)
    assert d.written_date and d.published_at
    assert [r["number"] for r in d.table["rows"]] == ["1"]
    assert d.events.get(action="published").user == office.users.alice


def test_a_correction_replaces_the_old_version_and_says_what_changed(office, as_user):
    f = office
    old = _publish_q3(f)
    reporting.return_entry(f.p1, f.users.bob, "数字有误")
    reporting.submit(reporting.save_text(f.t1, f.period, f.x, f.users.carol, "园区二期配套已完工。引进企业10家。"), f.users.carol)
    reporting.approve(f.p1, f.users.bob)
    draft = workflow.assemble(f.period, f.users.alice)
    assert (draft.replaces, draft.version) == (old, 2)
    with pytest.raises(workflow.PublishError, match="更正说明"):
        workflow.publish(draft, f.users.alice)
    new = workflow.publish(draft, f.users.alice, change_note="更正第1项引进企业数")
    assert new.index_no != old.index_no
    assert new.change_note.startswith("更正第1项引进企业数") and "第1项工作举措与完成情况" in new.change_note
    old.refresh_from_db()
    assert old.state == "published" and "9家" in str(old.table)
    client = as_user(None)
    old_page = client.get(old.get_absolute_url()).content.decode()
    assert "本文已有更正版本" in old_page
    new_page = client.get(new.get_absolute_url()).content.decode()
    assert "更正说明" in new_page and old.index_no in new_page and "10家" in new_page


def test_a_published_disclosure_cannot_be_published_again(office):
    with pytest.raises(workflow.PublishError, match="already published"):
        workflow.publish(office.published, office.users.alice)


def test_a_period_without_approved_entries_cannot_be_assembled(office):
    from luoshi.progress.models import Period

    q4 = Period.objects.create(plan=office.plan, kind="quarter", label="第四季度", start=office.period.end.replace(month=10, day=1),
                               end=office.period.end.replace(month=12, day=31))
    with pytest.raises(workflow.PublishError, match="no approved entries"):
        workflow.assemble(q4)
    assert not Disclosure.private_objects.filter(period=q4).exists()
