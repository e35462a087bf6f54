"""How text becomes bigrams and a query becomes a phrase (pure Python, table-driven)."""

import subprocess
import sys

import pytest

from luoshi.search.bigrams import BREAK, bigram_text, phrase

B = BREAK


@pytest.mark.parametrize("text, expected", [
    ("停车位", "停车 车位"),
    ("养老", "养老"),
    ("托", "托"),
    ("养老，托位", f"养老 {B} 托位"),
    ("新增托位40个", "新增 增托 托位 位4 40 0个"),
    ("ABC停", "ab bc c停"),
    ("2.0版", f"2 {B} 0版"),
    ("第一段\n第二段", f"第一 一段 {B} 第二 二段"),
    ("  ,，。 ", ""),
])
def test_text_becomes_bigrams_with_a_break_at_punctuation(text, expected):
    assert bigram_text(text) == expected


@pytest.mark.parametrize("term, expected", [
    ("养老", "养老"),
    ("停车位", "停车 车位"),
    ("ABC", "ab bc"),
    ("托", None),  # one character: answered by a substring match
    ("2.0", None),  # punctuation inside: likewise
    ("养老，", None),
])
def test_a_term_becomes_a_phrase_or_none(term, expected):
    assert phrase(term) == expected


def test_the_break_token_can_never_be_a_query_bigram():
    assert len(BREAK) > 2 and BREAK not in (phrase(BREAK) or "").split()


def test_the_bigram_module_imports_nothing_from_django():
    code = "import sys, luoshi.search.bigrams; print(any(m.startswith('django') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
