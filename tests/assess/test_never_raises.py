"""Any text in, dataclasses out: the engine never raises on what people type."""
from datetime import date

from hypothesis import given, settings, strategies as st

from luoshi.assess import assess, extract_targets

# Characters the engine reacts to: numerals, measure words, comparators, punctuation.
ALPHABET = "0123456789.,-%万亿千百十一二两三四五六七八九个家场人名元亩公里以上以内左右不少于控制在" \
           "新增建成完成已正在推进年月底季度前(),。;、“”分别各等第级 \n"
TEXT = st.text(alphabet=ALPHABET, max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT)
def test_assess_never_raises_and_spans_point_into_the_texts(content, progress, previous):
    result = assess(content, progress, as_of=date(2024, 9, 30), previous=previous)
    assert len(result.readings) == len(result.targets)
    for t in result.targets:
        assert content[t.start:t.end] == t.text
        assert t.comparator in (">=", "<=", "=")
    for r in result.readings:
        assert r.status in ("achieved", "in_progress", "not_reported")
        if r.evidence_start is not None:
            assert progress[r.evidence_start:r.evidence_end] == r.evidence
        else:
            assert r.evidence == ""
    result.to_dict()


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_extraction_without_a_year_never_invents_one(content):
    for t in extract_targets(content, None):
        # Without the plan year only a year written in the text can date a target.
        assert t.deadline is None or str(t.deadline.year) in content
