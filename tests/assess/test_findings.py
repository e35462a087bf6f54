"""Task-level findings."""
from datetime import date

import pytest

from luoshi.assess import assess

CONTENT = "推进青溪街道口袋公园建设,新建口袋公园3个,提升居民休闲环境。"


@pytest.mark.parametrize("content, progress, previous, present, absent", [
    ("完善网格治理机制,推进矛盾纠纷化解。", "已化解矛盾纠纷。", None, ["no_numeric_target"], []),
    (CONTENT, "", None, ["no_progress"], ["vague_only"]),
    (CONTENT, "   ", None, ["no_progress"], []),
    (CONTENT, "推进青溪街道口袋公园建设,新建口袋公园3个。", None, ["repeats_task"], []),
    (CONTENT, "正在推进。", None, ["vague_only"], ["repeats_task"]),
    (CONTENT, "推进青溪街道口袋公园建设,新建口袋公园3个。湖滨公园已开工。", None, ["repeats_task"], []),
    (CONTENT, "湖滨口袋公园已开工,溪口口袋公园完成设计。新建口袋公园3个。", None, [], ["repeats_task"]),
    (CONTENT, "各项工作进展正常,有序推进中。", None, ["vague_only"], []),
    (CONTENT, "目前项目按计划推进。", None, ["vague_only"], []),
    (CONTENT, "已完成。", None, [], ["vague_only"]),
    (CONTENT, "口袋公园正在推进。", None, [], ["vague_only"]),
    (CONTENT, "湖滨口袋公园已建成,另两个正在施工。", None, [], ["vague_only", "repeats_task"]),
    (CONTENT, "湖滨口袋公园已建成,另两个正在施工。", "湖滨口袋公园已建成,另两个正在施工。",
     ["unchanged"], []),
    (CONTENT, "湖滨口袋公园已建成,另两个正在施工。", "口袋公园完成选址。", [], ["unchanged"]),
])
def test_findings(content, progress, previous, present, absent):
    findings = assess(content, progress, as_of=date(2024, 9, 30), previous=previous).findings
    for code in present:
        assert code in findings
    for code in absent:
        assert code not in findings


def test_a_task_without_figures_is_never_judged_lagging():
    result = assess("完善网格治理机制,推进矛盾纠纷化解。", "", as_of=date(2024, 9, 30))
    assert result.readings == []
    assert "no_numeric_target" in result.findings
