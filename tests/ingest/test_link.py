"""Linking a period's rows to the plan's tasks: number first, then content; each task once."""

from luoshi.ingest.link import match_rows, similarity
from luoshi.ingest.report import Row

EXISTING = [
    ("t1", "1", "新建滨溪绿道6公里,配套建设驿站2处。"),
    ("t2", "2", "推动12家小微企业升级为规上企业,组织银企对接会3场。"),
    ("t3", "3", "新增普惠托位60个,建成社区育儿驿站1个。"),
]


def test_same_number_and_text_links_with_full_confidence():
    rows = [Row(number=n, content=c) for _, n, c in EXISTING]
    assert match_rows(EXISTING, rows) == [("t1", 1.0), ("t2", 1.0), ("t3", 1.0)]


def test_renumbered_rows_link_by_content_with_lower_confidence():
    rows = [Row(number="7", content=EXISTING[2][2]), Row(number="8", content=EXISTING[0][2])]
    out = match_rows(EXISTING, rows)
    assert [k for k, _ in out] == ["t3", "t1"]
    assert all(0.8 <= c < 1.0 for _, c in out)


def test_a_reworded_task_links_below_one_and_a_new_task_links_to_nothing():
    rows = [
        Row(number="", number_generated=True, content="新建滨溪绿道6公里,并配套建设驿站两处。"),
        Row(number="", number_generated=True, content="完成县医院门诊楼改造。"),
    ]
    out = match_rows(EXISTING, rows)
    assert out[0][0] == "t1" and 0.5 < out[0][1] < 0.9
    assert out[1] == (None, 0.0)


def test_a_number_reused_for_a_different_task_is_not_trusted():
    rows = [Row(number="1", content="完成县医院门诊楼改造,新增床位200张。")]
    assert match_rows(EXISTING, rows) == [(None, 0.0)]


def test_one_existing_task_is_used_at_most_once():
    rows = [Row(number="1", content=EXISTING[0][2]), Row(number="9", content=EXISTING[0][2])]
    out = match_rows(EXISTING, rows)
    assert out[0] == ("t1", 1.0) and out[1][0] is None


def test_similarity_is_symmetric_and_bounded():
    a, b = EXISTING[0][2], EXISTING[1][2]
    assert similarity(a, b) == similarity(b, a)
    assert 0.0 <= similarity(a, b) < 0.5 and similarity(a, a) == 1.0 and similarity("", a) == 0.0
