"""Nothing of another unit or another organization shows through lists, pages or the JSON fetched."""

import json


def test_a_reporter_sees_only_their_units_tasks(office, as_user):
    page = as_user(office.users.carol).get(f"/office/periods/{office.period.pk}/mine/").content.decode()
    assert "数字产业园" in page and "老旧小区" in page
    assert "养老服务中心" not in page


def test_the_reading_json_is_only_the_reporters_own_task(office, as_user):
    carol = as_user(office.users.carol)
    url = f"/office/periods/{office.period.pk}/tasks/{office.t1.pk}/reading/"
    data = json.loads(carol.post(url, {"text": "引进企业9家"}, HTTP_ACCEPT="application/json").content)
    assert data["task"] == office.t1.pk
    assert [r["target"] for r in data["readings"]] == list(office.t1.targets.values_list("text", flat=True))
    other = f"/office/periods/{office.period.pk}/tasks/{office.t2.pk}/reading/"
    assert carol.post(other, {"text": "x"}, HTTP_ACCEPT="application/json").status_code == 403
    assert "托位" not in carol.post(other, {"text": "x"}).content.decode()


def test_the_review_queue_lists_only_the_organizations_entries(office, as_user):
    from luoshi.office import reporting

    p = reporting.save_text(office.t3, office.period, office.x, office.users.carol, "青禾的报送")
    reporting.submit(p, office.users.carol)
    page = as_user(office.users.bob).get(f"/office/o/{office.org.pk}/review/").content.decode()
    assert "青禾的报送" in page
    assert "白沙镇秘密草稿" not in page
    oscar_page = as_user(office.users.oscar).get(f"/office/o/{office.other.pk}/review/").content.decode()
    assert "白沙镇秘密草稿" in oscar_page and "青禾的报送" not in oscar_page


def test_an_outsider_sees_no_organization(office, as_user):
    page = as_user(office.users.mallory).get("/office/").content.decode()
    assert "青禾" not in page and "白沙" not in page
    assert "还没有任何机构的角色" in page


def test_the_district_reads_its_streets_published_reports_and_no_draft(office, as_user):
    page = as_user(office.users.diane).get(f"/office/o/{office.district.pk}/disclosures/").content.decode()
    assert f"/office/disclosures/{office.published.pk}/" in page
    assert f"/office/disclosures/{office.draft.pk}/" not in page


def test_drafts_never_reach_the_public_portal(office, client):
    client.logout()
    assert client.get(f"/disclosures/{office.draft.pk}/").status_code == 404
    assert f"/disclosures/{office.draft.pk}/" not in client.get("/disclosures/").content.decode()


DRAFT_ONLY = "养老服务中心主体完工"  # text only in Dave's unsubmitted draft


def test_unpublished_progress_does_not_reach_public_search_task_pages_or_downloads(office, client):
    client.logout()
    pages = [
        ("/search", {"q": "主体完工"}),
        (f"/tasks/{office.t2.pk}/", None),
        (f"/plans/{office.plan.pk}/", None),
        (f"/plans/{office.plan.pk}/dump.json", None),
        (f"/plans/{office.plan.pk}/dump.csv", None),
        (f"/disclosures/{office.published.pk}/download.json", None),
        (f"/disclosures/{office.draft.pk}/download.json", None),
        ("/disclosures/", None),
    ]
    for path, params in pages:
        response = client.get(path, params or {})
        assert response.status_code in (200, 404), (path, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert DRAFT_ONLY not in body.decode("utf-8", "replace"), path
    assert client.get(f"/disclosures/{office.draft.pk}/download.json").status_code == 404


def test_a_reporter_does_not_see_the_draft_that_holds_other_units_entries(office, as_user):
    page = as_user(office.users.carol).get(f"/office/o/{office.org.pk}/disclosures/").content.decode()
    assert f"/office/disclosures/{office.published.pk}/" in page
    assert f"/office/disclosures/{office.draft.pk}/" not in page
