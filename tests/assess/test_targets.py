"""Targets in task text: each written form, and what is not a target."""
import pytest

from luoshi.assess import extract_targets


def _one(content, year=2024):
    found = extract_targets(content, year)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("content, value, unit, comparator, metric_has", [
    ("青溪街道新建口袋公园3个。", 3, "个", "=", "口袋公园"),
    ("新增停车位200个以上。", 200, "个", ">=", "停车位"),
    ("新增60个普惠托位。", 60, "个", "=", "普惠托位"),
    ("开展群众文体活动不少于50场。", 50, "场", ">=", "文体活动"),
    ("至少建成健身驿站2处。", 2, "处", ">=", "健身驿站"),
    ("新增就业岗位超过300个。", 300, "个", ">=", "就业岗位"),
    ("城镇登记失业率控制在3.5%以内。", 3.5, "%", "<=", "城镇登记失业率"),
    ("安全事故起数不超过5起,重点河道劣V类水体控制在2条以下。", 2, "条", "<=", "劣V类水体"),
    ("全年地区生产总值增长6%左右。", 6, "%", "=", "地区生产总值"),
    ("完成1万名老年人健康体检。", 10_000, "名", "=", "老年人健康体检"),
    ("新建人才公寓两套。", 2, "套", "=", "人才公寓"),
    ("完成投资1.25亿元。", 125_000_000, "元", "=", "投资"),
    ("发放消费券58.8万元。", 588_000, "元", "=", "消费券"),
    ("新建长者食堂一家。", 1, "家", "=", "长者食堂"),
    ("老旧小区加装电梯覆盖率达到百分之八十五。", 85, "%", "=", "覆盖率"),
    ("研发投入占比提高2个百分点。", 2, "百分点", "=", "研发投入占比"),
    ("新增充电桩200孔。", 200, "孔", "=", "充电桩"),
    ("开展“送法进社区”活动24场次。", 24, "场次", "=", "送法进社区活动"),
    ("完成溪口社区、桥头社区、湖滨社区等3个社区的雨污分流改造。", 3, "个", "=", "雨污分流"),
    ("举办技能培训3-5期,培训人员200余人。", 200, "人", ">=", "培训人员"),
    ("改造农村公路12.5公里。", 12.5, "公里", "=", "农村公路"),
    ("城市低保标准不低于800元/月。", 800, "元", ">=", "城市低保标准"),
    ("残疾人护理补贴不低于每人每月90元。", 90, "元", ">=", "残疾人护理补贴"),
    ("城乡低保标准提高至每人每月1100元。", 1100, "元", "=", "城乡低保标准"),
    ("力争地区生产总值突破500亿元。", 50_000_000_000, "元", ">=", "地区生产总值"),
    ("人口自然增长率控制在6‰以内。", 6, "‰", "<=", "人口自然增长率"),
    ("PM2.5平均浓度控制在30微克/立方米以下。", 30, "微克", "<=", "PM2.5平均浓度"),
    ("新建５Ｇ基站３００个。", 300, "个", "=", "基站"),
    ("建成区绿化覆盖率达到42%。", 42, "%", "=", "建成区绿化覆盖率"),
    ("全年地区生产总值增长5%-8%。", 5, "%", ">=", "地区生产总值"),
    ("空气质量优良天数达到330天以上。", 330, "天", ">=", "优良天数"),
    ("人均预期寿命达到79岁。", 79, "岁", "=", "人均预期寿命"),
    ("群众满意度达到95分。", 95, "分", "=", "群众满意度"),
    ("旅游收入增长1.5倍。", 1.5, "倍", "=", "旅游收入"),
    ("新增城镇就业3万-5万人。", 30_000, "人", ">=", "城镇就业"),
])
def test_it_reads_value_unit_comparator_and_metric(content, value, unit, comparator, metric_has):
    t = _one(content)
    assert (t.value, t.unit, t.comparator) == (value, unit, comparator)
    assert metric_has in t.metric
    assert content[t.start:t.end] == t.text
    assert str(value).rstrip("0") in t.text or t.text  # the span holds the figure as written


@pytest.mark.parametrize("content", [
    "推进青溪二小迁建,确保2025年秋季招生。",            # a school named by a numeral
    "申报第三批省级示范街区。",                          # ordinal
    "打造数字治理平台3.0版。",                          # version
    "建好四纵三横主干路网。",                            # a name of numerals
    "打造15分钟便民生活圈和10分钟阅读圈。",              # a duration in a name
    "谋划十四五规划重大项目。",                          # a plan's name
    "打响“溪护万家”平安品牌。",                          # a brand holding 万
    "更新一批路灯,建设若干口袋公园,培育多个示范点。",    # vague amounts
    "力争3月底前完成征迁签约,于2024年6月30日前验收。",   # dates
    "推进最多跑一次改革和一件事集成办理。",              # set phrases
    "全面落实两个确保要求。",                            # a slogan
    "推进四个一批和三个一百工程。",                      # slogans of numerals
    "为6-18个月婴幼儿提供托育服务。",                    # an age range in months
    "推动5G+工业互联网应用。",                           # a technology name
    "落实“三个一批”和“两个确保”要求。",                  # slogans in quotation marks
    "申请材料3天内办结,关爱3岁以下婴幼儿。",              # durations and ages
])
def test_it_finds_no_target_in_names_dates_and_vague_amounts(content):
    assert extract_targets(content, 2024) == []


@pytest.mark.parametrize("content, values", [
    # 4个…均…: the count is the subject of the growth target.
    ("推动3项重点指标均实现8%以上增长。", [8]),
    # 5亿元以上 qualifies the projects counted.
    ("新签约5亿元以上项目6个。", [6]),
    # a baseline says what exists, not what to reach.
    ("现有养老床位800张,新增养老床位120张。", [120]),
    # a set ranged over.
    ("在全街道12个村社中,新建村级文化礼堂3个。", [3]),
    # what a target rests on or is measured by.
    ("依托全街道13个村社,建设村级综合服务中心30个。", [30]),
    ("按照每千人不少于2个托位标准,新增托位200个。", [200]),
    ("结合实际新建口袋公园3个。", [3]),
    # a figure describing the thing worked on.
    ("推进总投资12亿元的城东综合体建设,新建全长5.6公里的滨江绿道。", []),
    # an index number is not a range.
    ("索引号202301-00077组配分类。", []),
])
def test_it_drops_counts_that_only_describe_the_context(content, values):
    assert [t.value for t in extract_targets(content, 2024)] == values


def test_it_reads_every_target_of_a_row_in_order():
    found = extract_targets("完成3个社区警务室和1个小区智慧安防建设,新增200个智能快递柜。", 2024)
    assert [(t.value, t.unit) for t in found] == [(3, "个"), (1, "个"), (200, "个")]
    assert [t.metric for t in found] == ["社区警务室", "小区智慧安防建设", "智能快递柜"]


def test_items_sharing_one_figure_become_one_target_each():
    found = extract_targets("培育省、市级示范品牌各一个。", 2024)
    assert [(t.value, t.unit) for t in found] == [(1, "个"), (1, "个")]


def test_figures_listed_with_fenbie_pair_with_their_items():
    found = extract_targets("城市、农村低保月人均补差分别达到500元、300元。", 2024)
    assert [(t.metric, t.value) for t in found] == [("城市", 500), ("农村低保月人均补差", 300)]


@pytest.mark.parametrize("content, value, unit, comparator", [
    ("新增城镇就业(人) 5200", 5200, "人", "="),
    ("城镇调查失业率低于(%) 5.5", 5.5, "%", "<="),
    ("完成老旧小区改造 区住建局 12", 12, "", "="),
])
def test_a_table_row_figure_standing_alone_is_a_target(content, value, unit, comparator):
    t = _one(content)
    assert (t.value, t.unit, t.comparator) == (value, unit, comparator)


def test_a_table_column_repeating_the_figure_is_not_a_second_target():
    found = extract_targets("完成参保人数5000人 区人社局 5000人", 2024)
    assert [(t.value, t.unit) for t in found] == [(5000, "人")]


def test_to_dict_is_json_ready():
    import json

    t = _one("年底前新建口袋公园3个。")
    d = t.to_dict()
    assert d["deadline"] == "2024-12-31"
    assert set(d) == {"text", "metric", "value", "unit", "comparator", "deadline", "start", "end"}
    json.dumps(d, ensure_ascii=False)


def test_a_quoted_project_name_before_the_target_is_not_its_object():
    t = _one("“青溪书房提升项目”计划完成阅读推广活动9场")
    assert (t.value, t.unit, t.metric) == (9, "场", "阅读推广活动")
    assert t.text.endswith("阅读推广活动9场") and "青溪书房" not in t.text
