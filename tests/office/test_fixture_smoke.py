def test_the_office_fixture_builds_every_state(office):
    assert office.p1.__class__.objects.get(pk=office.p1.pk).state == "returned"
    assert office.reading is not None
    assert office.published.index_no == "Q207/2024-00001"
    assert office.draft.state == "draft" and office.draft.replaces is None
