"""The PDF embeds a Chinese font and its text can be extracted (searched, copied, read aloud)."""

import shutil
import subprocess

import pytest

from tests.portal_exports.helpers import download


@pytest.fixture
def poppler():
    if not (shutil.which("pdftotext") and shutil.which("pdffonts")):
        pytest.fail("pdftotext and pdffonts are missing: run `make setup` (scripts/system-packages)")


def _pdf(client, d, tmp_path):
    path = tmp_path / "d.pdf"
    path.write_bytes(download(client, d, "pdf").content)
    return path


def _text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


def _fonts(path):
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.parametrize("fixture", ["demo", "seed"])
def test_the_text_is_extractable_in_chinese(client, poppler, tmp_path, request, fixture):
    d = request.getfixturevalue(fixture)
    text = _text(_pdf(client, d, tmp_path))
    assert "".join(d.title.split()) in text
    assert f"索引号:{d.index_no}" in text
    for row in d.table["rows"][:3]:
        assert "".join(row["content"].split())[:12] in text
    assert "—1—" in text  # the page number of GB/T 9704


def test_a_cjk_font_is_embedded(client, demo, poppler, tmp_path):
    fonts = _fonts(_pdf(client, demo, tmp_path))
    cjk = [f for f in fonts if "CJK" in f[0]]
    assert cjk, fonts
    # name, type…, encoding, emb, sub, uni: every CJK font embedded, subset, with a ToUnicode map
    assert all(f[-5:-2] == ["yes", "yes", "yes"] for f in cjk)


def test_each_target_is_printed_with_its_status_in_words(client, demo, poppler, tmp_path):
    text = _text(_pdf(client, demo, tmp_path))
    targets = [t for row in demo.table["rows"] for t in row["targets"]]
    assert targets
    labels = {"achieved": "已完成", "in_progress": "推进中", "not_reported": "未报告"}
    for t in targets[:5]:
        assert "".join(f"{t['text']}:{labels[t['status']]}".split()) in text
