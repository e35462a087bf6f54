"""Quantitative targets (指标) in a task's content (任务内容).

A target is a quantity that states an amount to be reached, built, added, held or done. The
quantity scanner (``scan``) has already dropped ordinals, durations, names and set phrases;
this module drops what the sentence marks as context rather than an aim:

- a count that is the subject of another target (``3项重点指标均实现8%以上增长``) or the
  set a statement ranges over (``12个村社中``);
- a money amount qualifying a class of projects (``新签约5亿元以上项目6个``);
- a baseline (``现有``/``已有``/``原有``/``共有`` before it in the clause).

What is counted (the metric) is the noun after the measure word (``新增40个托位`` -> 托位) or,
when none follows, the words before the number back to the clause start
(``新增科技备案企业5家以上`` -> 科技备案企业).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from .deadlines import deadline_at, find_deadlines
from .numbers import UNITS, numeral_value
from .scan import Quantity, scan

_LEFT_STOP = "，,。；;：:！？!?\n、"
_CLAUSE_STOP = "，,。；;：:！？!?\n"
_NOUN_RE = re.compile(r"[^\s，,。；;：:！？!?、()（）\d]{1,24}")
_NOUN_BAD_START = ("以", "的", "左", "内", "多", "余", "和", "及", "或", "等", "分别", "各", "为",
                   "/", "以上", "占", "均", "达", "是", "了", "后", "前", "起", "来")
_GENERIC_NOUNS = ("项目", "工程", "工作", "任务")
_HIDDEN = ("context", "items", "clause", "each", "at", "alts")
_EACH = re.compile(r"([\d一二两三四五六七八九十]+)\s*[个项大类][^，,。；;]{1,12}?[均都各](?:要|将|需)?[^，,。；;]{0,6}$")
# The last verb of a long left segment: what follows it is the object (原计划全年为居民开展健康讲座30场).
_LAST_VERB = re.compile(
    r"(?:开展|完成|新增|新建|建设|建成|增设|增加(?!值)|创建|引进|培育|解决|做好|打造|取得|实施|改建|举办|"
    r"开工)(?!.*(?:开展|完成|新增|新建|建设|建成|增设|增加|创建|引进|培育|解决|做好|打造|取得|"
    r"实施|改建|举办|开工)(?!值))"
)
_CUT_BEFORE_NUMBER = re.compile(r"(?:和|及|与|、|并)(?=[\d一二两三四五六七八九十])")

# Words that open a clause without naming the object (aims, scope, time).
_FILLER = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:度)?(?:至(?:19|20)\d{2}年)?(?:期间)?|[一二三四1-4]季度|上半年|下半年|"
    r"\d{1,2}月(?:份)?(?:底|末)?(?:前)?(?:以来)?|年底前|年内|今年|本年度|年度|全年|原计划|计划|规划|力争|确保|争取|"
    r"目标任务为|全年任务为|任务为|目标为|其中|全市|全县|全区|全省|本市|我市|本区|本县|累计|共|约|"
    r"要|并|再|同时|进一步|努力|着力|持续|预计|建成后可|建成后|将|拟|确保在|"
    r"[(（]|[)）]|“|”|\s)+"
)
_TRAIL = re.compile(
    r"(?:不少于|不低于|至少|超过|突破|高于|大于|多于|不超过|不高于|控制在|低于|少于|小于|提升至|提高到|"
    r"提高至|提升到|增至|达到了|达到|总数达|总量达|达|分别|均|为|约|共|累计|计|的|\s|[(（][^()（）]*[)）]|"
    r"每[人户年月季天]|人均|月均|年均)+$"
)
_VERB = re.compile(
    r"^(?:新\(改、扩\)建|新\(扩\)建|新、改扩建|新建改建|新建和改造提升|建成投用|开工建设|开工改造|"
    r"改造提升|提升改造|改建提升|新创建|新纳入|新认定|新开工|新增|新建|完成|建设|建成(?!区)|增设|增加(?!值)|"
    r"开展|创建|引进|培育|培养|解决|做好|改造|打造|取得|实施|推进|举办|组织|改建|实现|启动|推行|"
    r"减少|提高|建立|开工|改\(新\)建|标准化建设改造)"
)
_TEXT_VERB = re.compile(
    r"(?:新建改建|建成投用|开工建设|开工改造|新增|新建|完成|建设|建成|增设|增加|开展|创建|引进|"
    r"培育|解决|做好|改造|打造|取得|实施|改建)$"
)
_DEPT = re.compile(r"(?:局|办|委|联|院|中心|分局|分中心|所|队|厅|部)$")
_SUBJECT_AFTER = re.compile(r"^[^\d，,。；;、]{1,12}?(?<![人平月日])[均都](?!衡|匀)")
_SET_AFTER = re.compile(r"^[^\d，,。；;、]{1,12}中[，,]")
# 现有养老床位800张: what exists, not what to reach.
_BASELINE_BEFORE = re.compile(r"(?:现有|已有|原有|共有|现存)[^，,。；;]*$")
# 依托全市13个乡镇, 按照每千人2个托位标准: what a target rests on or is measured by, when no
# verb of doing stands between (结合实际新建口袋公园3个 is a target).
_FRAME_BEFORE = re.compile(r"(?:依托|围绕|按照|根据|结合|立足|对照|参照)([^，,。；;]{0,10})$")
_DOING = re.compile(r"新建|新增|建设|建成|完成|打造|培育|开展|改造|实施|创建|引进|增设|举办")
# 总投资12亿元的城东综合体, 全长5.6公里的滨江绿道: a figure describing the thing worked on.
_DESCRIPTOR_BEFORE = re.compile(r"(?:总投资|投资额|占地|面积|全长|总长|长约|规模|容量)[约达为近超]?\s*$")
_HEADER_UNIT = re.compile(
    r"[(（](" + "|".join(re.escape(u) for u in UNITS if "/" not in u) + r")[)）]"
)


@dataclass(frozen=True, slots=True)
class Target:
    """One quantitative target: ``text`` is ``content[start:end]``; ``value`` has 万/亿 folded
    in and ``unit`` is the measure word without them; ``deadline`` is resolved against the plan
    year."""

    text: str
    metric: str
    value: int | float
    unit: str
    comparator: str
    deadline: date | None
    start: int
    end: int
    # The sentence of the content holding the target, and the items it lists before 等N个:
    # what a reading compares progress against. Not part of the public dict.
    context: str = field(default="", compare=False, repr=False)
    items: tuple[str, ...] = field(default=(), compare=False, repr=False)
    clause: str = field(default="", compare=False, repr=False)
    # N of 3项重点指标均实现8%以上增长: the target holds for each of N things at once.
    each: int = field(default=0, compare=False, repr=False)
    at: int = field(default=-1, compare=False, repr=False)  # offset of the figure in content
    # 引进央企、省属国企或龙头企业项目5个: kinds that count together towards the figure.
    alts: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _HIDDEN}
        d["deadline"] = self.deadline.isoformat() if self.deadline else None
        return d


def _clean_metric(s: str) -> str:
    s = re.sub(r"[(（][^()（）]*[)）]", "", s)
    s = s.replace("“", "").replace("”", "").replace('"', "")
    s = _FILLER.sub("", s)
    s = _TRAIL.sub("", s)
    s = _VERB.sub("", s)
    s = re.sub(r"(?:工作|任务)$", "", s)
    return re.sub(r"\s+", "", s)


def _clean_noun(s: str) -> str:
    """A noun after the figure: only brackets, quotes and a generic tail go (签约 keeps its 约)."""
    s = re.sub(r"[(（][^()（）]*[)）]", "", s)
    s = s.replace("“", "").replace("”", "").replace('"', "")
    return re.sub(r"(?:工作|任务)$", "", s).strip()


def _left_segment(content: str, q: Quantity, floor: int, stops: str = _LEFT_STOP) -> int:
    """Start of the words before ``q`` that may name its object; a stop inside brackets
    (新(改、扩)建托育园3所) does not end them."""
    i = q.start
    depth = 0
    while i > floor:
        c = content[i - 1]
        if c in ")）":
            depth += 1
        elif c in "(（" and depth:
            depth -= 1
        elif c in stops and not depth:
            break
        i -= 1
    return i


def _drop_departments(s: str) -> str:
    """A table row may hold the responsible department between object and figure."""
    cells = s.split()
    if len(cells) > 1:
        cells = [c for c in cells if not _DEPT.search(c)] or cells
    return " ".join(cells)


def _right_noun(content: str, q: Quantity) -> str:
    m = _NOUN_RE.match(content, q.end)
    if not m:
        return ""
    noun = m.group()
    if noun.startswith(_NOUN_BAD_START) or noun == "中":
        return ""
    cut = _CUT_BEFORE_NUMBER.search(noun)
    if cut:
        noun = noun[:cut.start()]
    noun = noun.split("进行")[0]
    noun = noun.rstrip("和及与并等")
    return "" if noun in _GENERIC_NOUNS else noun


def _is_context(content: str, q: Quantity, qs: list[Quantity], i: int, floor: int) -> bool:
    after = content[q.end:q.end + 16]
    if q.unit not in ("%", "百分点") and (_SUBJECT_AFTER.match(after) or _SET_AFTER.match(after)):
        return True
    if q.unit == "元" and content.startswith(("以上", "及以上", "以下"), q.num_end):
        nxt = content[q.end:q.end + 1]
        clause_end = min([j for j in (content.find(c, q.end) for c in _CLAUSE_STOP) if j >= 0],
                         default=len(content))
        if nxt and nxt not in _CLAUSE_STOP and any(q.end < o.start < clause_end for o in qs[i + 1:]):
            return True
    ls = _left_segment(content, q, floor, _CLAUSE_STOP)
    if content.startswith("的", q.end) and _DESCRIPTOR_BEFORE.search(content[ls:q.start]):
        return True
    frame = _FRAME_BEFORE.search(content[ls:q.start])
    if frame and not _DOING.search(frame.group(1)):
        return True
    return bool(_BASELINE_BEFORE.search(content[ls:q.start]))


def extract_targets(content: str, year: int | None = None) -> list[Target]:
    """Every quantitative target in ``content``, in reading order.

    ``year`` is the plan year that month- or season-only deadlines resolve against; without it
    such deadlines are None (never today's year).
    """
    if not content:
        return []
    deadlines = find_deadlines(content, year)
    everything = scan(content, bare=True)
    qs = [q for q in everything if q.unit]
    out: list[Target] = []
    floor = 0  # targets do not reach back over the previous one
    skip_until = -1
    for i, q in enumerate(qs):
        if q.start < skip_until or _is_context(content, q, qs, i, floor):
            continue
        if out and q.start and content[q.start - 1].isspace() and any(
                (t.value, t.unit) == (q.value, q.unit) for t in out):
            continue  # a table's figure column repeating the target its text states
        dl = deadline_at(content, q.start, year, deadlines)
        made = (_one_per_item(content, q, floor, dl)
                or _paired_with_items(content, q, qs, i, floor, year, deadlines)
                or [_single(content, q, floor, dl)])
        out.extend(made)
        floor = max(t.end for t in made)
        skip_until = floor
    if not out:
        t = _table_figure(content, year, deadlines, everything)
        if t:
            out.append(t)
    return [with_context(content, t, out[k - 1].end if k else 0) for k, t in enumerate(out)]


def _one_per_item(content: str, q: Quantity, floor: int, dl: date | None) -> list[Target]:
    """培育省、市级示范品牌各一个: one target per listed item, each counted by the figure."""
    if content[max(0, q.start - 1):q.start] != "各":
        return []
    ls = _left_segment(content, q, floor, _CLAUSE_STOP)
    head = _VERB.sub("", _FILLER.sub("", content[ls:q.start - 1]))
    items = [x for x in re.split(r"[、和及]", head) if x]
    if len(items) < 2:
        return []
    last = items[-1]
    out = []
    for it in items:
        # 省 in 省、市级示范品牌 borrows the head noun of the last item: 省级示范品牌.
        metric = it if len(it) >= len(last) - 1 else it + last[len(it):]
        out.append(Target(content[ls:q.end], _clean_metric(metric), q.value, q.unit,
                          q.comparator, dl, ls, q.end, at=q.start))
    return out


def _paired_with_items(content, q, qs, i, floor, year, deadlines) -> list[Target]:
    """城市、农村低保月人均补差分别达到500元、300元: the items before 分别 pair with the figures."""
    ls = _left_segment(content, q, floor, _CLAUSE_STOP)
    before = content[ls:q.start]
    if "分别" not in before or any(ls <= o.start < q.start for o in qs):
        return []
    group = [q]
    for o in qs[i + 1:]:
        if content[group[-1].end:o.start] not in ("、", "和", "及", ",", "，"):
            break
        group.append(o)
    items = [x for x in re.split(r"[、和及]", before.split("分别")[0]) if x]
    if len(group) < 2 or len(items) != len(group):
        return []
    out = []
    for k, (it, g) in enumerate(zip(items, group)):
        s = ls if k == 0 else g.start
        out.append(Target(content[s:g.end], _clean_metric(_FILLER.sub("", it)), g.value, g.unit,
                          g.comparator, deadline_at(content, g.start, year, deadlines), s, g.end,
                          at=g.start))
    return out


def with_context(content: str, t: Target, after: int = 0) -> Target:
    """``t`` with the hidden fields a reading needs, read again from ``content``: a target kept in
    a database (its 8 public fields) is judged as well as a fresh one. ``after`` is where the
    previous target ends."""
    s0 = max(content.rfind(c, 0, t.start) for c in "。;；\n") + 1
    ends = [i for i in (content.find(c, t.end) for c in "。;；\n") if i >= 0]
    context = content[s0:min(ends) if ends else len(content)]
    items: tuple[str, ...] = ()
    at = _number_start(content, t)
    if content[:at].rstrip().endswith("等"):
        # 蓝湖、青禾、溪源等3个项目: the items listed before 等, back to the clause start.
        end = content[:at].rstrip()
        head = end[max(end.rfind(c) for c in _CLAUSE_STOP) + 1:-1]
        parts = [x.strip() for x in re.split(r"[、和及与]", _VERB.sub("", head.strip())) if x.strip()]
        if len(parts) >= 2:
            items = tuple(parts)
    c0 = max(content.rfind(c, 0, t.start) for c in _CLAUSE_STOP) + 1
    cends = [i for i in (content.find(c, t.end) for c in _CLAUSE_STOP) if i >= 0]
    clause = content[c0:min(cends) if cends else len(content)]
    each = 0
    em = _EACH.search(content, c0, _number_start(content, t))
    if em:
        try:
            each = int(numeral_value(em.group(1)))
        except ValueError:
            each = 0
    alts: tuple[str, ...] = ()
    head = content[max(c0, after):at]
    if "、" in head or "或" in head:
        head = re.sub(r"[(（][^()（）]*[)）]", "", head)
    if not items and ("、" in head or "或" in head) and "等" not in head and "分别" not in head:
        parts = [_clean_metric(x) for x in re.split(r"[、或]", head)]
        if len(parts) >= 2 and all(len(x) >= 2 for x in parts):
            alts = tuple(parts)
    return Target(t.text, t.metric, t.value, t.unit, t.comparator, t.deadline, t.start, t.end,
                  context, items, clause, each, at, alts)


def _number_start(content: str, t: Target) -> int:
    """Offset of the target's own figure inside its text (the text may hold a subject count)."""
    if t.at >= 0:
        return t.at
    for q in scan(content[t.start:t.end], bare=True):
        if q.value == t.value:
            return t.start + q.start
    return t.start


def _single(content: str, q: Quantity, floor: int, dl: date | None) -> Target:
    ls = _left_segment(content, q, floor)
    left = content[ls:q.start]
    # “…项目”计划完成工程量20%: a quoted project name the target follows is not its object.
    for k in reversed([k for k, ch in enumerate(left) if ch == "”"]):
        if _FILLER.match(left[k + 1:]) or _VERB.match(left[k + 1:]):
            ls, left = ls + k + 1, left[k + 1:]
            break
    noun = _right_noun(content, q)
    cells = _drop_departments(left).split()
    # In a table row the cell touching the figure names it (… 区民政局 标准不低于900元/月).
    own_cell = _clean_metric(cells[-1]) if len(cells) > 1 else ""
    left_metric = own_cell if len(own_cell) >= 2 else _clean_metric(" ".join(cells))
    lv = _LAST_VERB.search(left_metric)
    if lv and len(left_metric) - lv.end() >= 2 and q.unit not in ("%", "百分点"):
        left_metric = left_metric[lv.end():]
    if noun and q.unit not in ("%", "百分点"):
        metric = _clean_noun(noun) or left_metric
        vm = _TEXT_VERB.search(left.rstrip())
        start = q.start - (len(left) - len(left.rstrip())) - len(vm.group()) if vm else q.start
    else:
        metric = left_metric + (_clean_metric(noun) if len(noun) <= 4 else "")
        # The text keeps the opening verb but not aims such as 力争/确保 or dates.
        lead = _FILLER.match(left)
        start = ls + (lead.end() if lead else 0)
        if start and content[start - 1] == "“" and "”" in content[start:q.start]:
            start -= 1  # keep the quotation mark that opens a quoted name
    if len(re.sub(r"同比|增长|增速|下降|提高|提升|减少", "", metric)) < 2 and ls > 0:
        # 实现税收收入15亿元,同比增长6%: the growth is of the object named in the clause before.
        # 绿色农田建设,全年任务为3万亩: the object is named in the clause before.
        ps = ls - 1
        while ps > 0 and content[ps - 1] not in _CLAUSE_STOP:
            ps -= 1
        prev = _clean_metric(content[ps:ls - 1])
        if q.unit in ("%", "百分点"):
            prev = re.split(r"\d", prev)[0]  # the object, not its figure
        metric = prev + metric
    end = q.end + len(noun)
    start = min(start, q.start)
    while start < q.start and content[start].isspace():
        start += 1
    return Target(content[start:end], metric, q.value, q.unit, q.comparator, dl, start, end,
                  at=q.start)


def _table_figure(content: str, year: int | None, deadlines, qs: list[Quantity]) -> Target | None:
    """A table row whose figure stands alone at the end: ``新增城镇就业(人) 5200``."""
    stripped = content.rstrip()
    if not qs:
        return None
    q = qs[-1]
    if q.end != len(stripped) or q.start == 0 or not stripped[q.start - 1].isspace():
        return None
    before = stripped[:q.start]
    unit = q.unit
    header = None
    for header in _HEADER_UNIT.finditer(before):
        pass
    if not unit and header:
        unit = {"％": "%"}.get(header.group(1), header.group(1))
    cells = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)]
    start = q.start
    for s, cell in reversed(cells):
        start = s
        if not _DEPT.search(cell):
            break
    metric_src = _drop_departments(before[start:])
    metric = _clean_metric(metric_src)
    return Target(stripped[start:q.end], metric, q.value, unit, q.comparator,
                  deadline_at(content, q.start, year, deadlines), start, q.end, at=q.start)
