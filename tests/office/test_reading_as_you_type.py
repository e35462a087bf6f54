"""As a reporter types, the page posts the text and shows what the assessor reads; nothing is saved."""

from luoshi.progress.models import Progress, Reading


def test_the_reading_follows_the_text_without_saving_it(office, as_user):
    carol = as_user(office.users.carol)
    url = f"/office/periods/{office.period.pk}/tasks/{office.t3.pk}/reading/"
    before = (Progress.objects.count(), Reading.objects.count())
    nothing = carol.post(url, {"text": ""}).content.decode()
    done = carol.post(url, {"text": "已完成3个老旧小区改造。"}).content.decode()
    assert "未报告" in nothing and "已完成" in done
    assert (Progress.objects.count(), Reading.objects.count()) == before


def test_the_entry_page_wires_the_textarea_to_the_reading(office, as_user):
    page = as_user(office.users.carol).get(f"/office/periods/{office.period.pk}/tasks/{office.t3.pk}/").content.decode()
    assert f'hx-post="/office/periods/{office.period.pk}/tasks/{office.t3.pk}/reading/"' in page
    assert 'hx-target="#reading"' in page and "/static/vendor/htmx/htmx.min.js" in page
    assert "csrfmiddlewaretoken" in page
