"""The office admin sets the organization's 索引号 prefix and template; a bad template is refused."""

from luoshi.publish import workflow


def test_a_new_template_is_used_by_the_next_publication(office, as_user):
    alice = as_user(office.users.alice)
    alice.post(f"/office/o/{office.org.pk}/settings/", {"full_name": "青禾街道办事处", "code": "330109-QH",
                                                         "index_template": "{code}-{year}-{serial:04d}"})
    office.org.refresh_from_db()
    office.draft.organization.refresh_from_db()
    d = workflow.publish(office.draft, office.users.alice)
    assert d.index_no == "330109-QH-2024-0002"


def test_a_template_without_serial_is_refused_naming_the_field(office, as_user):
    page = as_user(office.users.alice).post(f"/office/o/{office.org.pk}/settings/", {
        "full_name": "x", "code": "Q207", "index_template": "{code}/{year}"}).content.decode()
    assert "must contain {serial}" in page
    office.org.refresh_from_db()
    assert office.org.index_template == "{code}/{year}-{serial:05d}"
