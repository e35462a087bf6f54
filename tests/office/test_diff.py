"""The diff against last period's text keeps numbers whole and loses nothing."""

import pytest

from luoshi.office.diffing import segments


@pytest.mark.parametrize("before,after,expected", [
    ("引进企业9家。", "引进企业10家。", [("same", "引进企业"), ("del", "9"), ("ins", "10"), ("same", "家。")]),
    ("", "新增托位20个。", [("ins", "新增托位20个。")]),
    ("产值8.6亿元", "产值12.5亿元", [("same", "产值"), ("del", "8.6"), ("ins", "12.5"), ("same", "亿元")]),
    ("完全相同", "完全相同", [("same", "完全相同")]),
])
def test_segments(before, after, expected):
    got = segments(before, after)
    assert got == expected
    assert "".join(t for k, t in got if k != "ins") == before
    assert "".join(t for k, t in got if k != "del") == after
