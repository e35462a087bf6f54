"""Numbers: Arabic and Chinese numerals, 万/亿 folding, ranges, percentages and fractions."""
import pytest
from hypothesis import given, strategies as st

from luoshi.assess import fold, parse_number, parse_quantity


@pytest.mark.parametrize("span, expected", [
    ("40", 40),
    ("1,200", 1200),
    ("4.65", 4.65),
    ("1.25亿", 125_000_000),
    ("58.8万", 588_000),
    ("一万", 10_000),
    ("两万", 20_000),
    ("两套", 2),
    ("三千五百", 3500),
    ("十二", 12),
    ("百分之八十五", 85),
    ("3-5个", 3),
    ("10000万元", 100_000_000),
])
def test_it_reads_the_number_an_isolated_span_states(span, expected):
    assert parse_number(span) == expected


def test_a_fraction_is_read_as_a_plain_fraction():
    assert parse_number("三分之二") == pytest.approx(2 / 3, abs=1e-6)


@pytest.mark.parametrize("span, expected", [
    ("3-5个", (3, 5, "个")),
    ("2万-3万人", (20_000, 30_000, "人")),
    ("百分之八十五", (85, None, "%")),
    ("7.4万口", (74_000, None, "口")),
    ("提升4个百分点"[2:], (4, None, "百分点")),
])
def test_it_returns_low_high_and_the_folded_unit(span, expected):
    assert parse_quantity(span) == expected


@pytest.mark.parametrize("value, unit, expected", [
    (58.8, "万元", (588_000, "元")),
    (1, "亿元", (100_000_000, "元")),
    (3.89, "个百分点", (3.89, "百分点")),
    (5, "％", (5, "%")),
    (430, "元/月", (430, "元")),
])
def test_fold_moves_multipliers_from_the_unit_into_the_value(value, unit, expected):
    assert fold(value, unit) == expected


@pytest.mark.parametrize("span", ["", "万家", "百千万", "一批", "abc"])
def test_it_refuses_what_is_not_a_number(span):
    with pytest.raises(ValueError):
        parse_number(span)


@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_integers_read_back_as_themselves(n):
    assert parse_number(str(n)) == n


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_back_as_the_integer_written(n):
    import cn2an

    assert parse_number(cn2an.an2cn(n)) == n
