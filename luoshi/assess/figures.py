"""Figures of progress text and the targets they answer.

A figure answers a target when its unit is compatible and the words around it name the target's
metric (character bigrams shared, see ``text.py``). Plans (计划…, 下达…) and restatements of the
task under way (推进…, 逐步…) are not results; running totals (累计, 共计, 达) beat increments.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .numbers import PEOPLE, to_number
from .scan import Quantity
from .targets import Target
from .text import STOP_BIGRAMS, bigrams, coverage, enclosing, normalise
from .words import DONE, NOT_DONE, ONGOING, head_match

_PLAN_BEFORE = re.compile(r"(?:计划|目标|任务|下达|拟|将|规划)")
_CUMULATIVE = re.compile(r"(?:累计|共计|总计|合计|共|达到?|总数|总量|实际|全年)")
_ACHIEVE_MARK = re.compile(r"(?:已|完成|解决|实际|累计|共计|达|建成|开展|新增|实现|实施|办理|改造|完工)")
_QUALIFIER_MONEY = re.compile(r"(\d+(?:\.\d+)?)(?=[万亿]?元)")
_DECLINE = re.compile(r"(?:下降|减少|回落|降低|负增长)\s*$")
_GROWTH = re.compile(r"增长|增速|提高|提升|上升|增加")
# Measures whose target is a ceiling even when no 以内/不超过 is written.
_LOWER_BETTER = re.compile(r"失业率|发生率|死亡率|亡人|事故|案件|发案|浓度|能耗|排放|负债率|空置率|超标")
_DECLINE_WORD = re.compile(r"下降|降低|减少|压减|削减")
_STOCK = re.compile(r"数量|总量|总数|保有量|总规模")
_FLOW = re.compile(r"新建|新增|新改|改建|建成|创建|引进|培育|新开工|新认定|完成")
_LEAD_VERB = re.compile(
    r"新开工|基本建成|开工建设|建成投用|新增|新建|改建|新开|开工|建成|完成|改造|培训|引进|培育|"
    r"发放|举办|开展|解决|创建|实施|认定"
)
# Words before a figure that say only when or how far: 1-9月, 已, 累计, 共.
_BARE_LEFT = re.compile(r"^(?:[\d\-—至月份年上下半前季度今以来截止至底,，\s]*)|(?:已经|已|累计|共计|共|实际|全年)")
_LIST_AGAIN = re.compile(r"等\s*[\d一二两三四五六七八九十]")


@dataclass(slots=True)
class Cand:
    """A quantity of the progress text with what its clause says about it."""

    q: Quantity
    clause: tuple[int, int]
    sentence: tuple[int, int]
    own: str           # clause words around the figure (left of it and the noun after it)
    left: str          # clause words before the figure
    sent_left: str     # the sentence up to the figure
    plan: bool         # a plan, not a result (计划…, 下达…)
    ongoing: bool      # a restatement of the task under way (推进…, 逐步…)
    cumulative: bool
    marked: bool       # the clause says something was done (已, 完成, 累计…)
    done: bool         # the clause says the work is done, and nothing pending
    sentence_done: bool  # the sentence says it is done (新建站点20个,已全部投入使用), nothing pending
    pending: bool      # the clause says something is still to do (设计, 正在, 计划于…)
    decline: bool      # 同比下降3.2%: a negative change
    stock: bool        # 全区口袋公园数量达到95个: how many there are, not how many were added


def answers(t: Target, c: Cand) -> bool:
    """Whether figure ``c`` can answer ``t`` at all: a compatible unit, not a plan, and not a
    stock (数量达到95个) against a target of additions (新建30个)."""
    if c.plan or not c.q.unit or not compatible(t, c.q):
        return False
    return not (c.stock and _FLOW.search(t.text) and not _STOCK.search(t.text))


def compatible(t: Target, q: Quantity) -> bool:
    """Same folded unit; people may be counted in 人, 名, 人次, 例 or 位 on either side."""
    if t.unit == q.unit:
        return True
    return t.unit in PEOPLE and q.unit in PEOPLE


def candidates(progress: str, qs: list[Quantity], clauses, sentences) -> list[Cand]:
    """Each quantity of ``progress`` with the words of its clause and sentence."""
    out = []
    for q in qs:
        cl = enclosing(clauses, q.start) or (q.start, q.end)
        se = enclosing(sentences, q.start) or cl
        left = progress[cl[0]:q.start]
        right_end = cl[1]
        nxt = [o.start for o in qs if q.end <= o.start < right_end]
        right = progress[q.end:min(nxt) if nxt else right_end][:16]
        clause_text = progress[cl[0]:cl[1]]
        sentence_text = progress[se[0]:se[1]]
        out.append(Cand(
            q, cl, se, left + right, left, progress[se[0]:q.start],
            plan=bool(_PLAN_BEFORE.search(left)),
            ongoing=bool(ONGOING.search(left)),
            cumulative=bool(_CUMULATIVE.search(left[-6:])),
            marked=bool(_ACHIEVE_MARK.search(left)),
            done=bool(DONE.search(clause_text)) and not NOT_DONE.search(clause_text),
            sentence_done=bool(DONE.search(sentence_text)) and not NOT_DONE.search(sentence_text),
            pending=bool(NOT_DONE.search(clause_text)),
            decline=q.unit in ("%", "百分点") and bool(_DECLINE.search(left)),
            stock=bool(_STOCK.search(left)) and not _FLOW.search(left),
        ))
    return out


def score(t: Target, c: Cand) -> float:
    """How well the words around figure ``c`` name the metric of ``t``, 0 to 1: the share of the
    metric's bigrams found around it (or of the words' bigrams found in the metric), the
    sentence before it counting a little less; 0.5 is the bar for a figure to answer."""
    m = t.metric
    own_b = bigrams(c.own)
    s = coverage(m, own_b)
    if len(own_b) >= 3:
        rev = coverage(own_b - STOP_BIGRAMS, m) if own_b - STOP_BIGRAMS else 0.0
        s = max(s, 0.9 * rev)
    s = max(s, 0.8 * coverage(m, c.sent_left + c.own))
    # 新增托位560个 answers 3岁以下婴幼儿托位: the head noun right before the figure.
    if s < 0.6 and c.left and head_match(m, c.left[-len(m):], shortest=2) and \
            normalise(c.left).endswith(normalise(m)[-2:]):
        s = 0.6
    # 5亿元以上项目 is another class than 亿元以上项目: a money figure in the clause that the
    # metric lacks says the figure counts something else.
    own_q = set(_QUALIFIER_MONEY.findall(c.own))
    if own_q - set(_QUALIFIER_MONEY.findall(m)):
        s *= 0.5
    return s


def meets(t: Target, v: float) -> bool:
    """Whether ``v`` reaches the target: at or above it, at or below for ``<=`` and for a rate
    that is better low (失业率 5.5 with no comparator written)."""
    eps = 1e-9
    if t.comparator == "<=" or (t.comparator == "=" and _LOWER_BETTER.search(t.metric)
                                and not _DECLINE_WORD.search(t.metric)):
        return v <= t.value + eps
    return v >= t.value - eps


def scaled_lead(t: Target, lead: Quantity, ratio: Quantity | None) -> float:
    """A bare figure in a table is written in the unit of the target column: 1600 against a
    target of 2000万 means 1600万. The completion-rate column beside it decides the scale."""
    v = lead.value
    if lead.unit or ratio is None or not t.value:
        return v
    pct = ratio.value
    best = v
    best_err = abs(100 * v / t.value - pct)
    for mult in (10_000, 100_000_000):
        err = abs(100 * v * mult / t.value - pct)
        if err < best_err:
            best, best_err = v * mult, err
    return best


def tidy(v: float) -> int | float:
    """An int when integral, else a float at the scorer's precision."""
    return to_number(v)


def signed(t: Target, c: Cand) -> float:
    """同比下降3.2% against a growth target is a growth of -3.2%."""
    if c.decline and _GROWTH.search(t.metric) and not _DECLINE.search(t.metric):
        return -c.q.value
    return c.q.value


def unit_q(t: Target) -> Quantity:
    """A quantity in the target's unit, to ask which other targets share it."""
    return Quantity(0, 0, 0, t.value, None, t.unit, "", "=", False, "")




@dataclass
class Figures:
    """What the figures of one progress text say about each target of a task."""

    achieved: list[float | None]
    evidence: list[tuple[int, int] | None]
    lead_rate: Cand | None  # a completion rate heading a table row (95%)


def match_figures(targets: list[Target], progress: str, cands: list[Cand], clauses) -> Figures:
    """Pair the figures of ``progress`` with ``targets``, one figure per target at most."""
    n = len(targets)
    f = Figures([None] * n, [None] * n, None)
    taken: set[int] = set()
    _table_lead(targets, progress, cands, f, taken)
    _listed_in_order(targets, progress, cands, f, taken)
    _kinds_summed(targets, cands, f, taken)
    _best_pairs(targets, cands, f, taken)
    _same_verb(targets, cands, f, taken)
    if f.lead_rate is None:
        _only_one_in_its_unit(targets, progress, cands, f, taken)
    _items_named_done(targets, progress, clauses, f)
    return f


def _table_lead(targets, progress, cands, f: Figures, taken: set[int]) -> None:
    """A table row: the figure comes first, maybe followed by its completion rate
    (``5600 112 超额完成``, ``4100人 82%``), or a completion rate alone (``95%``)."""
    if not cands or cands[0].q.start != len(progress) - len(progress.lstrip()):
        return
    lead = cands[0]
    if progress[lead.q.end:lead.q.end + 1] not in ("", " ", "\t", "\n", "\u3000", "(", "（",
                                                   ",", "，", "。", ";", "；"):
        return  # 3个口袋公园均已…: prose opening with a figure, not a table cell
    if lead.q.unit == "%" and not any(t.unit in ("%", "百分点") for t in targets):
        f.lead_rate = lead
    elif len(targets) == 1 and (lead.q.unit == "" or compatible(targets[0], lead.q)):
        nxt = cands[1] if len(cands) > 1 and cands[1].q.unit in ("%", "") and not progress[
            lead.q.end:cands[1].q.start].strip() else None
        f.achieved[0] = scaled_lead(targets[0], lead.q, nxt.q if nxt else None)
        f.evidence[0] = lead.clause
        taken.add(0)


def _listed_in_order(targets, progress, cands, f: Figures, taken: set[int]) -> None:
    """实际分别完成12个、35个: figures listed with 分别 answer the targets in order."""
    for k, c in enumerate(cands):
        if "分别" not in progress[c.clause[0]:c.q.start]:
            continue
        same = [i for i, t in enumerate(targets) if f.achieved[i] is None and compatible(t, c.q)]
        group = [j for j in range(k, len(cands)) if cands[j].clause == c.clause
                 and same and compatible(targets[same[0]], cands[j].q)]
        if len(same) >= 2 and len(group) == len(same):
            for i, j in zip(same, group):
                f.achieved[i] = cands[j].q.value
                f.evidence[i] = cands[j].clause
                taken.add(j)
        return


def _kinds_summed(targets, cands, f: Figures, taken: set[int]) -> None:
    """引进央企、省属国企或龙头企业项目不少于5个 against one figure per kind
    (央企项目2个;省属国企项目1个;龙头企业项目3个): the kinds add up."""
    for i, t in enumerate(targets):
        if f.achieved[i] is not None or len(t.alts) < 2:
            continue
        hits: dict[int, int] = {}  # candidate -> the first kind it names
        for k, c in enumerate(cands):
            if k in taken or c.ongoing or not answers(t, c):
                continue
            own = normalise(c.own)
            named = [j for j, kind in enumerate(t.alts) if normalise(kind) in own]
            if named and len(named) < len(t.alts):
                hits.setdefault(k, named[0])
        if len(set(hits.values())) >= 2:
            f.achieved[i] = sum(cands[k].q.value for k in hits)
            ks = sorted(hits)
            f.evidence[i] = (cands[ks[0]].clause[0], cands[ks[-1]].clause[1])
            taken.update(hits)


def _best_pairs(targets, cands, f: Figures, taken: set[int]) -> None:
    """Figures whose words name a target's metric, the best-named pairs first."""
    pairs = []
    for i, t in enumerate(targets):
        if f.achieved[i] is not None or t.each > 1:
            continue  # a target over each of N things is not met by one figure
        for k, c in enumerate(cands):
            if k in taken or c.ongoing or not answers(t, c):
                continue
            s = score(t, c)
            if s < 0.5:
                continue
            restated = c.q.value == t.value and not (c.done or c.sentence_done)
            if _names_task_again(t, c):
                continue
            closeness = (-abs(math.log(c.q.value / t.value)) if c.q.value > 0 and t.value > 0
                         else -99.0)
            pairs.append(((not restated, round(s, 3), c.cumulative, closeness), i, k))
    pairs.sort(reverse=True)
    for _, i, k in pairs:
        if f.achieved[i] is None and k not in taken:
            f.achieved[i] = signed(targets[i], cands[k])
            f.evidence[i] = cands[k].clause
            taken.add(k)


def _names_task_again(t: Target, c: Cand) -> bool:
    """3个口袋公园均已完成选址设计, 2所幼儿园主体结顶: the task's own figure named again as the
    subject of work under way is no result; 开展送戏下乡80场 (a verb of doing before
    it) and 6家已全部建成 (done) are."""
    if t.unit in ("%", "百分点", "‰"):
        return False  # a rate equal to its target is a measurement (占比为44%), not a restatement
    if c.sentence_done:
        return False  # the sentence goes on to say the named things are done: a result
    return c.q.value == t.value and not c.done and (c.pending or not c.marked)


def _same_verb(targets, cands, f: Figures, taken: set[int]) -> None:
    """新开工保障房2000套,基本建成1500套 against 新开工2150套,基本建成1280套: a figure after
    nothing but the verb of one target's text answers that target."""
    verbs = [_lead_verb(t.text) for t in targets]
    for i, t in enumerate(targets):
        v = verbs[i]
        if f.achieved[i] is not None or t.each > 1 or not v:
            continue
        if sum(1 for j, u in enumerate(targets) if verbs[j] == v and compatible(u, unit_q(t))) > 1:
            continue
        for k, c in enumerate(cands):
            if k in taken or c.ongoing or not answers(t, c):
                continue
            if _BARE_LEFT.sub("", c.left) == v:
                f.achieved[i] = signed(t, c)
                f.evidence[i] = c.clause
                taken.add(k)
                break


def opens_with_verb_of(t: Target, c: Cand) -> bool:
    """引进博士25名 after 引进高层次人才100名: the figure's clause opens with the target's verb."""
    v = _lead_verb(t.text)
    return bool(v) and _BARE_LEFT.sub("", c.left).startswith(v)


def _lead_verb(text: str) -> str:
    m = _LEAD_VERB.match(text)
    return m.group() if m else ""


def _only_one_in_its_unit(targets, progress, cands, f: Figures, taken: set[int]) -> None:
    """The only target counted in its unit takes the figure in that unit the text reports
    done (上半年已完成320公里), the running total before the increment (新增300人,累计达1800人)."""
    short = len(normalise(progress)) <= 20
    for i, t in enumerate(targets):
        if f.achieved[i] is not None or t.each > 1:
            continue
        if sum(1 for u in targets if compatible(u, unit_q(t))) > 1:
            continue
        pool = [k for k, c in enumerate(cands) if k not in taken and not c.ongoing
                and answers(t, c) and not _names_task_again(t, c)]
        if not (len(pool) == 1 and short):
            pool = [k for k in pool if cands[k].marked]
        if not pool:
            continue
        scored = [(s > 0, cands[k].cumulative, s, k) for k in pool for s in [score(t, cands[k])]]
        if len(pool) > 1 and not any(x[0] for x in scored):
            continue  # several figures and none names the object: no way to tell
        k = max(scored)[3]
        f.achieved[i] = signed(t, cands[k])
        f.evidence[i] = cands[k].clause
        taken.add(k)


def _items_named_done(targets, progress, clauses, f: Figures) -> None:
    """A、B、C等3个…: count the listed items the text names in a clause of completion."""
    for i, t in enumerate(targets):
        if f.achieved[i] is not None or not t.items:
            continue
        named = set()
        for cs, ce in clauses:
            cl = progress[cs:ce]
            if DONE.search(cl) and not NOT_DONE.search(cl) and not _LIST_AGAIN.search(cl):
                for it in t.items:
                    if it in cl:
                        named.add(it)
                        f.evidence[i] = (cs, ce)
        if named:
            f.achieved[i] = len(named)
