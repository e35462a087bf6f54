"""Readings: the value reported for the same object, the status, the evidence, overdue."""
from datetime import date

import pytest

from luoshi.assess import Reading, assess, extract_targets, read_progress

AS_OF = date(2024, 9, 30)


def _statuses(content, progress, **kw):
    result = assess(content, progress, as_of=kw.pop("as_of", AS_OF), **kw)
    return [(r.achieved, r.status) for r in result.readings]


@pytest.mark.parametrize("content, progress, expected", [
    # a figure for the same object meets the target
    ("新增托位60个。", "青溪社区新增普惠托位60个。", [(60, "achieved")]),
    # a figure short of it
    ("新增公共停车泊位80个。", "已在青溪路新增公共停车泊位25个。", [(25, "in_progress")]),
    # a growth rate above the target
    ("地区生产总值增长6.5%以上。", "上半年全区GDP增长8.3%。", [(8.3, "achieved")]),
    # <= targets are met at or below
    ("城镇登记失业率控制在3.5%以内。", "城镇登记失业率为3.2%。", [(3.2, "achieved")]),
    ("城镇登记失业率控制在3.5%以内。", "城镇登记失业率为3.8%。", [(3.8, "in_progress")]),
    # 万 folded on both sides
    ("完成农田水渠清淤3.2万米。", "全区3.5万米农田水渠清淤已完成。", [(35_000, "achieved")]),
    # the running total, not the increment
    ("为2000户农户改造卫生厕所。", "本季度新改造卫生厕所300户,累计改造卫生厕所1800户。",
     [(1800, "in_progress")]),
    # a plan in the progress text is no result
    ("新建口袋公园10个。", "计划新建口袋公园10个,已开工3个。", [(3, "in_progress")]),
    # figures listed with 分别, in target order
    ("新建示范茶园12个,新增林下经济基地30个。", "实际分别完成12个、35个。",
     [(12, "achieved"), (35, "achieved")]),
])
def test_it_reads_the_reported_figure(content, progress, expected):
    assert _statuses(content, progress) == expected


def test_how_many_there_are_does_not_answer_how_many_to_add():
    assert _statuses("全区计划新建口袋公园30个。", "全区口袋公园数量达到95个。") == [(None, "in_progress")]


def test_words_of_completion_around_a_figure_short_of_the_target_are_no_completion():
    content = "新建城市绿道100公里,改造提升滨江绿道20公里。"
    progress = "完成新建和改造城市绿道共计35公里。"
    statuses = [st for _, st in _statuses(content, progress)]
    assert "achieved" not in statuses


def test_a_figure_right_after_the_head_noun_answers_the_target():
    content = "新增3岁以下婴幼儿托位500个,每千人口托位数达到4.5个。"
    progress = "新增托位560个,每千人口托位数4.6个。"
    assert _statuses(content, progress) == [(560, "achieved"), (4.6, "achieved")]


def test_a_figure_after_only_the_verb_of_one_target_answers_it():
    content = "新开工保障性住房2000套,基本建成1500套。"
    progress = "新开工2150套,基本建成1280套。"
    assert _statuses(content, progress) == [(2150, "achieved"), (1280, "in_progress")]


def test_figures_after_the_target_verb_report_work_without_a_value():
    assert _statuses("引进高层次人才100名以上。", "引进博士25名、硕士80名。") == [(None, "in_progress")]


def test_every_rate_given_must_reach_100():
    content = "年内完成3个棚户区改造项目签约。"
    progress = "棚户区改造项目签约率分别为100%、92%和85%。"
    assert _statuses(content, progress) == [(None, "in_progress")]


def test_kinds_reported_one_by_one_add_up():
    content = "引进央企、省属国企或行业龙头企业投资项目不少于5个。"
    progress = "引进央企投资项目2个;引进省属国企投资项目1个;引进行业龙头企业投资项目3个。"
    assert _statuses(content, progress) == [(6, "achieved")]


def test_listed_items_named_as_done_are_counted():
    content = "推进青禾、溪源、湖光等3个工业项目竣工投产。"
    progress = "推进青禾、溪源、湖光等3个工业项目竣工投产,溪源和湖光已通过竣工验收。"
    assert _statuses(content, progress) == [(2, "in_progress")]


@pytest.mark.parametrize("progress, status", [
    ("电动自行车充电桩已完成点位布设。", "achieved"),
    ("充电桩项目已通过验收并投入运营。", "achieved"),
    ("电动自行车充电桩正在施工中。", "in_progress"),
    ("充电桩采购已完成招标,预计10月安装。", "in_progress"),
    ("充电桩安装计划于12月中旬完成。", "in_progress"),
    ("电动自行车充电桩已基本建成,正在调试。", "in_progress"),
    ("电动自行车充电桩建设完成率100%。", "achieved"),
    ("电动自行车充电桩建设完成率65%。", "in_progress"),
    ("电动自行车充电桩已开工建设。", "in_progress"),
    ("电动自行车充电桩已完成选址和方案编制。", "in_progress"),
    ("街道组织开展了消防安全宣传活动。", "not_reported"),
    ("", "not_reported"),
])
def test_words_about_the_same_object_give_the_status(progress, status):
    (r,) = assess("新增200孔电动自行车充电桩。", progress, as_of=AS_OF).readings
    assert r.status == status


@pytest.mark.parametrize("progress, expected", [
    ("青溪口袋公园已建成开放。", (1, "in_progress")),
    ("口袋公园已全部建成。", (None, "achieved")),
])
def test_one_named_instance_done_is_one_of_several(progress, expected):
    assert _statuses("新建口袋公园3个。", progress) == [expected]


def test_names_listed_as_done_count_towards_the_target():
    content = "6月底前完成青溪苑等3个小区雨污分流改造。"
    progress = "青溪苑、湖光里雨污分流改造已完工,溪口新村正在施工。"
    (r,) = assess(content, progress, as_of=AS_OF).readings
    assert (r.achieved, r.status, r.overdue) == (2, "in_progress", True)


def test_a_two_character_object_as_a_modifier_is_not_reported_on():
    content = "新增学位600个。"
    progress = ("1-3月完成储备项目申报,并结合各镇公办学位占比情况,通过实地踏勘等方式形成项目选报方案;"
                "截至4月已推动开工建设托育园3所,完成投资1200万元。")
    assert _statuses(content, progress) == [(None, "not_reported")]


def test_a_single_object_named_as_done_counts_one():
    (r,) = assess("建成社区托育点1个。", "湖滨社区托育点已通过验收。", as_of=AS_OF).readings
    assert (r.achieved, r.status) == (1, "achieved")


def test_each_target_of_a_row_is_judged_alone():
    content = "新增停车位200个,新建长者食堂1家。"
    progress = "新增公共停车位230个。"
    assert _statuses(content, progress) == [(230, "achieved"), (None, "not_reported")]


@pytest.mark.parametrize("progress, expected", [
    ("3个口袋公园均已完成选址设计,计划10月开工。", (None, "in_progress")),
    ("3个口袋公园均已建成开放。", (3, "achieved")),
])
def test_the_task_figure_named_again_counts_only_when_done(progress, expected):
    assert _statuses("新建口袋公园3个。", progress) == [expected]


def test_the_task_figure_as_subject_of_work_under_way_is_not_a_result():
    assert _statuses("新建公办幼儿园2所。", "2所公办幼儿园主体结顶,预计9月投用。") == [(None, "in_progress")]


def test_a_rate_better_low_is_met_below_its_figure_without_a_comparator():
    assert _statuses("城镇调查失业率(%) 5.5", "5.1") == [(5.1, "achieved")]


def test_words_shared_by_several_targets_do_not_report_on_each():
    content = "新增城镇就业7000人,帮助失业人员再就业1200人,就业困难人员就业300人。"
    progress = "新增城镇就业5400人,失业人员再就业980人。"
    assert _statuses(content, progress) == [
        (5400, "in_progress"), (980, "in_progress"), (None, "not_reported")]


def test_a_rate_equal_to_its_target_is_a_measurement():
    content = "数字经济核心产业增加值占比提升至12%以上。"
    progress = "1-9月,全区数字经济核心产业增加值占比为12%。"
    assert _statuses(content, progress) == [(12, "achieved")]


def test_a_decline_answers_a_growth_target_with_a_negative_value():
    content = "全年实现税收收入15亿元,同比增长6%。"
    progress = "1-9月实现税收收入11.8亿元,同比下降3.2%。"
    assert _statuses(content, progress) == [(1_180_000_000, "in_progress"), (-3.2, "in_progress")]


def test_a_restatement_of_the_task_is_not_a_result():
    content = "完成青溪机械等5家企业的智能化改造。"
    progress = "逐步开展青溪机械等5家企业的智能化改造工作。"
    assert _statuses(content, progress) == [(None, "in_progress")]


@pytest.mark.parametrize("progress, achieved, status", [
    ("5600 112 超额完成", 5600, "achieved"),
    ("4100人 82%", 4100, "in_progress"),
    ("95%", None, "in_progress"),
    ("100% 已完成。", None, "achieved"),
    ("年度指标", None, "not_reported"),
])
def test_a_table_row_is_read_by_its_columns(progress, achieved, status):
    (r,) = assess("新增城镇就业 区人社局 5000人", progress, as_of=AS_OF).readings
    assert (r.achieved, r.status) == (achieved, status)


def test_a_bare_table_figure_takes_the_scale_its_rate_column_implies():
    (r,) = assess("完成社保基金征缴20000万元 区人社局 20000万", "16000 80%", as_of=AS_OF).readings
    assert r.achieved == 160_000_000


def test_evidence_is_the_span_of_progress_that_supports_the_status():
    progress = "湖滨社区完成改造。青溪社区新增普惠托位60个。"
    (r,) = assess("新增托位60个。", progress, as_of=AS_OF).readings
    assert r.evidence and progress[r.evidence_start:r.evidence_end] == r.evidence
    assert "60" in r.evidence


def test_not_reported_has_no_evidence():
    (r,) = assess("新建长者食堂1家。", "家政服务员培训已完成。", as_of=AS_OF).readings
    assert (r.status, r.evidence, r.evidence_start, r.evidence_end) == ("not_reported", "", None, None)


@pytest.mark.parametrize("as_of, progress, overdue", [
    (date(2024, 6, 30), "口袋公园正在施工。", True),
    (date(2024, 3, 31), "口袋公园正在施工。", False),   # the deadline is the period's last day
    (date(2024, 6, 30), "3个口袋公园已全部建成。", False),
])
def test_overdue_when_the_deadline_passed_and_not_achieved(as_of, progress, overdue):
    (r,) = assess("3月底前新建口袋公园3个。", progress, as_of=as_of, year=2024).readings
    assert r.overdue is overdue


def test_read_progress_works_on_a_target_built_from_stored_fields():
    from luoshi.assess import Target

    stored = Target(text="新增托位60个", metric="托位", value=60, unit="个", comparator="=",
                    deadline=date(2024, 12, 31), start=0, end=7)
    (r,) = read_progress([stored], "青溪社区新增普惠托位60个。", as_of=AS_OF).readings
    assert (r.achieved, r.status, r.overdue) == (60, "achieved", False)


def test_read_progress_works_on_targets_extracted_earlier():
    targets = extract_targets("新增托位60个。", 2024)
    result = read_progress(targets, "青溪社区新增普惠托位60个。", as_of=AS_OF)
    assert isinstance(result.readings[0], Reading)
    assert result.readings[0].status == "achieved"
    d = result.to_dict()
    assert d["readings"][0]["target"]["value"] == 60
    assert d["readings"][0]["status"] == "achieved"
