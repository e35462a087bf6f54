"""The preview of a draft is the public page itself: the same template, the same table."""

from lxml import html

from luoshi.publish import workflow


def _table(content: bytes) -> str:
    return html.tostring(html.fromstring(content.decode()).xpath("//table[contains(@class, 'tasks')]")[0], encoding="unicode")


def test_the_preview_shows_the_table_exactly_as_published(office, as_user):
    alice = as_user(office.users.alice)
    preview = alice.get(f"/office/disclosures/{office.draft.pk}/preview/")
    assert preview.status_code == 200
    assert "(发布时分配)" in preview.content.decode()
    published = workflow.publish(office.draft, office.users.alice)
    public = as_user(None).get(published.get_absolute_url())
    assert _table(preview.content) == _table(public.content)
    assert published.index_no in public.content.decode()


def test_publishing_through_the_office_sets_the_metadata_given(office, as_user):
    alice = as_user(office.users.alice)
    response = alice.post(f"/office/disclosures/{office.draft.pk}/publish/", {
        "title": "青禾街道2024年第三季度重点任务执行情况", "written_date": "2024-10-20",
        "topic": "综合政务\\政务公开", "source": "青禾街道党政办"})
    assert response.status_code == 302
    office.draft.refresh_from_db()
    d = office.draft
    assert (d.state, d.title, d.written_date.isoformat(), d.topic, d.source) == (
        "published", "青禾街道2024年第三季度重点任务执行情况", "2024-10-20", "综合政务\\政务公开", "青禾街道党政办")
    assert d.index_no == "Q207/2024-00002" and d.published_at is not None


def test_publishing_without_a_title_is_refused_naming_the_field(office, as_user):
    alice = as_user(office.users.alice)
    response = alice.post(f"/office/disclosures/{office.draft.pk}/publish/", {
        "title": "", "written_date": "2024-10-20", "topic": "政务公开", "source": "青禾街道"})
    assert response.status_code == 400
    assert "标题" in response.content.decode()
    office.draft.refresh_from_db()
    assert office.draft.state == "draft" and office.draft.index_no is None
