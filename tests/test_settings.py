"""Settings come from LUOSHI_* variables through helpers that refuse bad values."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from luoshi.settings import envbool, envint, envlist


@pytest.mark.parametrize("raw,expected", [("1", True), ("true", True), ("Yes", True), ("off", False), ("0", False), ("", None)])
def test_envbool_reads_the_usual_words(monkeypatch, raw, expected):
    monkeypatch.setenv("LUOSHI_X", raw)
    assert envbool("LUOSHI_X", None) is expected


@pytest.mark.parametrize("helper,raw", [(envbool, "maybe"), (envint, "eight")])
def test_bad_values_are_refused_with_the_variable_named(monkeypatch, helper, raw):
    monkeypatch.setenv("LUOSHI_X", raw)
    with pytest.raises(ImproperlyConfigured, match="LUOSHI_X"):
        helper("LUOSHI_X", None)


def test_envlist_splits_on_commas(monkeypatch):
    monkeypatch.setenv("LUOSHI_X", "a.gov.cn, b.gov.cn,,")
    assert envlist("LUOSHI_X", []) == ["a.gov.cn", "b.gov.cn"]
    monkeypatch.delenv("LUOSHI_X")
    assert envlist("LUOSHI_X", ["x"]) == ["x"]


def test_a_bad_database_url_is_refused(monkeypatch):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='luoshi.settings'; django.setup()"],
        env={"LUOSHI_DATABASE_URL": "nosuchdb://x", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "LUOSHI_DATABASE_URL" in result.stderr
