"""Argon2 hashes, throttled wrong passwords, CSRF on every form, the security headers and CSP."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher
from django.test import Client


def test_passwords_are_hashed_with_argon2(db):
    user = get_user_model().objects.create_user("alice2", password="correct horse battery")
    assert user.password.startswith("argon2$")
    assert get_hasher().algorithm == "argon2"


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get("/office/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=/office/"
    page = client.get("/accounts/login/").content.decode()
    assert "登录工作台" in page and "csrfmiddlewaretoken" in page


def test_logging_in_goes_to_the_office(db, client):
    get_user_model().objects.create_user("erin2", password="correct horse battery")
    response = client.post("/accounts/login/", {"username": "erin2", "password": "correct horse battery"})
    assert response.status_code == 302 and response["Location"] == "/office/"


def test_repeated_wrong_passwords_lock_the_login(db, client, settings):
    get_user_model().objects.create_user("bob2", password="correct horse battery")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/accounts/login/", {"username": "bob2", "password": "wrong"})
        assert response.status_code == 200 and "用户名或密码不正确" in response.content.decode()
    response = client.post("/accounts/login/", {"username": "bob2", "password": "wrong"})
    assert response.status_code == 429
    # Locked: even the right password is refused until the cool-off ends.
    response = client.post("/accounts/login/", {"username": "bob2", "password": "correct horse battery"})
    assert response.status_code == 429 and "暂时无法登录" in response.content.decode()


@pytest.mark.parametrize("url,data", [
    ("/accounts/login/", {"username": "x", "password": "y"}),
    ("/office/o/{org}/units/", {"name": "新单位"}),
    ("/office/progress/{p1}/return/", {"comment": "x"}),
])
def test_forms_without_the_csrf_token_are_refused(office, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(office.users.alice)
    response = client.post(url.format(org=office.org.pk, p1=office.p1.pk), data)
    assert response.status_code == 403


@pytest.mark.parametrize("path", ["/disclosures/", "/accounts/login/", "/office/"])
def test_every_page_carries_the_security_headers(office, client, path):
    client.force_login(office.users.alice)
    response = client.get(path, follow=True)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_office_pages_are_not_cached_and_session_cookies_are_httponly(office, client, settings):
    client.force_login(office.users.alice)
    assert client.get("/office/")["Cache-Control"] == "no-store"
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_office_templates_have_no_inline_script_or_style():
    from pathlib import Path

    import luoshi.office

    folder = Path(luoshi.office.__file__).parent / "templates"
    for template in folder.rglob("*.html"):
        text = template.read_text()
        assert "<script>" not in text and "<style" not in text and " style=" not in text and " on" + "click=" not in text, template


def test_strict_transport_security_is_sent_over_https_when_configured(client, settings, db):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/accounts/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000"
