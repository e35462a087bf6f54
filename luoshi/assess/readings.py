"""Readings (研判): each target judged against one period's progress text.

For each target the progress text is searched, in this order, for
1. a figure reported for the same object: a quantity in a compatible unit whose clause names
   the target's metric (shared character bigrams), preferring cumulative figures (累计, 共计,
   达) and ignoring plans (计划, 目标, 下达) and restatements of the task (推进…, 逐步…);
   a figure standing first in a table row; figures listed with 分别 in target order;
   the listed items of ``A、B、C等3个…`` named as completed;
2. a completion rate heading a table row (``95%`` against a target of 8 schools);
3. words about the same object: completion (已完成, 通过验收, 投入运营) or work under way;
4. a statement about the whole task (已达标, 设备购进中) when the text names no other object.

Status: ``achieved`` when the figure meets the target (at or above, or at or below for
``<=``) or the words say it is done; ``in_progress`` when work on the object is reported
without that; ``not_reported`` otherwise. ``overdue`` when the deadline is before ``as_of`` and
the target is not achieved.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from .numbers import PEOPLE
from .scan import Quantity, scan
from .targets import Target, extract_targets
from .text import STOP_BIGRAMS, bigrams, coverage, enclosing, normalise, spans

ACHIEVED, IN_PROGRESS, NOT_REPORTED = "achieved", "in_progress", "not_reported"

_DONE = re.compile(
    r"已[^，,。；;]{0,10}?(?:完成|建成|竣工|完工|投用|投入使用|投入运营|落成|达标|办结|开通|上线|通过|"
    r"到位|覆盖|实现|腾房|达到)|超额完成|提前完成|全部完成|顺利完成|圆满完成|如期完成|"
    r"通过[^，,。；;]{0,8}验收|验收通过|投入运营|投入使用|建成投用|达标|实际完成|完成布点|"
    r"完成(?:了)?(?:全年|年度)?(?:目标)?任务|完成[^，,。；;]{0,12}工作|已[^，,。；;]{0,4}全部|全覆盖|"
    r"完成(?:了)?[^，,。；;]{0,6}(?:创建|改造|整治|建设)|[均已]+完成"
)
_NOT_DONE = re.compile(
    r"未完成|尚未|未开工|未建成|未达|正在|推进中|施工中|进行中|建设中|办理中|审批中|实施中|"
    r"[^，,。；;]中$|在建|已启动|启动|招投标|招标|申报|审批|报批|计划于|预计|将于|待|筹备|前期|"
    r"设计|滞后|缓慢|偏慢|进度|逐步|有序推进|稳步推进|正常推进|加快|着手|开工|进场|准备"
)
_ONGOING_BEFORE = re.compile(r"(?:推进|逐步|正在|加快|力争|争取|确保|继续|持续)")
_PLAN_BEFORE = re.compile(r"(?:计划|目标|任务|下达|拟|将|规划|预算)")
_CUMULATIVE = re.compile(r"(?:累计|共计|总计|合计|共|达到?|总数|总量|实际|全年)")
_ACHIEVE_MARK = re.compile(r"(?:已|完成|解决|实际|累计|共计|达|建成|开展|新增|实现|实施|办理|改造|完工)")
_QUALIFIER_MONEY = re.compile(r"(\d+(?:\.\d+)?)(?=[万亿]?元)")
_RATE = re.compile(r"(?:完成|达到|占|为|进度|完成率)[^，,。；;\d]{0,10}?(\d+(?:\.\d+)?)\s*%")
_DECLINE = re.compile(r"(?:下降|减少|回落|降低|负增长)\s*$")
_GROWTH = re.compile(r"增长|增速|提高|提升|上升|增加")
_COUNTABLE = frozenset({"个", "家", "所", "处", "座", "条", "块", "套", "台", "项", "孔", "只", "幢",
                        "栋", "间", "张", "辆", "支", "部", "座"})


@dataclass(frozen=True, slots=True)
class Reading:
    """The assessment of one target in one period."""

    target: Target
    achieved: int | float | None
    status: str
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    overdue: bool

    def to_dict(self) -> dict:
        return {
            "target": self.target.to_dict(),
            "achieved": self.achieved,
            "status": self.status,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "overdue": self.overdue,
        }


@dataclass
class Assessment:
    """All targets of one task, their readings in one period, and task-level findings."""

    targets: list[Target] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "targets": [t.to_dict() for t in self.targets],
            "readings": [r.to_dict() for r in self.readings],
            "findings": list(self.findings),
        }


@dataclass(slots=True)
class _Cand:
    """A quantity of the progress text with what its clause says about it."""

    q: Quantity
    clause: tuple[int, int]
    sentence: tuple[int, int]
    own: str           # clause words around the figure (left of it and the noun after it)
    sent_left: str     # the sentence up to the figure
    plan: bool         # a plan, not a result (计划…, 下达…)
    ongoing: bool      # a restatement of the task under way (推进…, 逐步…)
    cumulative: bool
    marked: bool       # the clause says something was done (已, 完成, 累计…)
    done: bool         # the clause says the work is done, and nothing pending
    pending: bool      # the clause says something is still to do (设计, 正在, 计划于…)
    decline: bool      # 同比下降3.2%: a negative change


def _compatible(t: Target, q: Quantity) -> bool:
    if t.unit == q.unit:
        return True
    return t.unit in PEOPLE and q.unit in PEOPLE


def _candidates(progress: str, qs: list[Quantity], clauses, sentences) -> list[_Cand]:
    out = []
    for q in qs:
        cl = enclosing(clauses, q.start) or (q.start, q.end)
        se = enclosing(sentences, q.start) or cl
        left = progress[cl[0]:q.start]
        right_end = cl[1]
        nxt = [o.start for o in qs if q.end <= o.start < right_end]
        right = progress[q.end:min(nxt) if nxt else right_end][:16]
        clause_text = progress[cl[0]:cl[1]]
        out.append(_Cand(
            q, cl, se, left + right, progress[se[0]:q.start],
            plan=bool(_PLAN_BEFORE.search(left)),
            ongoing=bool(_ONGOING_BEFORE.search(left)),
            cumulative=bool(_CUMULATIVE.search(left[-6:])),
            marked=bool(_ACHIEVE_MARK.search(left)),
            done=bool(_DONE.search(clause_text)) and not _NOT_DONE.search(clause_text),
            pending=bool(_NOT_DONE.search(clause_text)),
            decline=q.unit in ("%", "百分点") and bool(_DECLINE.search(left)),
        ))
    return out


def _score(t: Target, c: _Cand) -> float:
    m = t.metric
    own_b = bigrams(c.own)
    s = coverage(m, own_b)
    if len(own_b) >= 3:
        rev = coverage(own_b - STOP_BIGRAMS, m) if own_b - STOP_BIGRAMS else 0.0
        s = max(s, 0.9 * rev)
    s = max(s, 0.8 * coverage(m, c.sent_left + c.own))
    # 10亿元以上项目 is another class than 亿元以上项目: a money figure in the clause that the
    # metric lacks says the figure counts something else.
    own_q = set(_QUALIFIER_MONEY.findall(c.own))
    if own_q - set(_QUALIFIER_MONEY.findall(m)):
        s *= 0.5
    return s


def _meets(t: Target, v: float) -> bool:
    eps = 1e-9
    if t.comparator == "<=":
        return v <= t.value + eps
    return v >= t.value - eps


def _scaled_lead(t: Target, lead: Quantity, ratio: Quantity | None) -> float:
    """A bare figure in a table is written in the unit of the target column: 7965 against a
    target of 10000万 means 7965万. The completion-rate column beside it decides the scale."""
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


def _tidy(v: float) -> int | float:
    v = round(float(v), 6)
    return int(v) if v == int(v) else v


def read_progress(targets: list[Target], progress: str, as_of: date | None = None,
                  previous: str | None = None) -> Assessment:
    """Judge each of ``targets`` against ``progress`` (see the module docstring).

    ``as_of`` is the last day of the period (for ``overdue``); ``previous`` is last period's
    progress text (for the ``unchanged`` finding).
    """
    content = "。".join(dict.fromkeys(t.context for t in targets if t.context))
    return _read(targets, progress or "", as_of, previous, content)


def assess(content: str, progress: str, as_of: date | None = None, year: int | None = None,
           previous: str | None = None) -> Assessment:
    """Extract the targets of ``content`` and read ``progress`` against them.

    ``year`` is the plan year; when None, the year of ``as_of`` is used, never today's.
    """
    if year is None and as_of is not None:
        year = as_of.year
    targets = extract_targets(content or "", year)
    return _read(targets, progress or "", as_of, previous, content or "")


def _read(targets, progress, as_of, previous, content) -> Assessment:
    from .findings import findings_for  # local: findings use this module's regexes

    readings = _readings(targets, progress, as_of, content) if targets else []
    return Assessment(list(targets), readings, findings_for(targets, content, progress, previous))


def _readings(targets: list[Target], progress: str, as_of: date | None, content: str) -> list[Reading]:
    n = len(targets)
    text = progress.strip()
    clauses = spans(progress, "clause")
    sentences = spans(progress, "sentence")
    qs = scan(progress, bare=True)
    cands = _candidates(progress, qs, clauses, sentences)
    achieved: list[float | None] = [None] * n
    evidence: list[tuple[int, int] | None] = [None] * n
    status: list[str | None] = [None] * n
    used: set[int] = set()

    # A table row: the figure comes first, maybe followed by its completion rate.
    lead = cands[0] if cands and cands[0].q.start == len(progress) - len(progress.lstrip()) else None
    if lead and progress[lead.q.end:lead.q.end + 1] not in ("", " ", "\t", "\n", "(", "（", ",", "，",
                                                          "。", ";", "；", "\u3000"):
        lead = None  # 3个口袋公园均已…: prose that opens with a figure, not a table cell
    lead_rate = None
    if lead and lead.q.unit == "%" and not any(t.unit in ("%", "百分点") for t in targets):
        lead_rate = lead
    elif lead and n == 1 and (lead.q.unit == "" or _compatible(targets[0], lead.q)):
        nxt = cands[1] if len(cands) > 1 and cands[1].q.unit in ("%", "") and not progress[
            lead.q.end:cands[1].q.start].strip() else None
        achieved[0] = _scaled_lead(targets[0], lead.q, nxt.q if nxt else None)
        evidence[0] = lead.clause
        used.add(0)

    # 实际分别完成95个、310个、7397个: figures in target order.
    for c in cands:
        if "分别" in progress[c.clause[0]:c.q.start]:
            group = [c2 for c2 in cands if c2.clause == c.clause and c2.q.start >= c.q.start]
            same = [i for i, t in enumerate(targets) if achieved[i] is None and _compatible(t, c.q)]
            group = [g for g in group if _compatible(targets[same[0]], g.q)] if same else []
            if len(same) >= 2 and len(group) == len(same):
                for i, g in zip(same, group):
                    achieved[i] = g.q.value
                    evidence[i] = g.clause
                    used.add(id(g))
            break

    # Figures reported for the same object, best pairs first.
    pairs = []
    for i, t in enumerate(targets):
        if achieved[i] is not None or t.each > 1:
            continue
        for k, c in enumerate(cands):
            if c.plan or c.ongoing or id(c) in used or not _compatible(t, c.q) or c.q.unit == "":
                continue
            s = _score(t, c)
            if s < 0.5:
                continue
            restated = c.q.value == t.value and not c.done
            if restated and c.pending:
                continue  # 3个口袋公园均已完成选址设计: the task named again, not a result
            closeness = -abs(math.log((c.q.value or 1e-9) / (t.value or 1e-9))) if c.q.value > 0 and t.value > 0 else -99
            pairs.append(((not restated, round(s, 3), c.cumulative, closeness), i, k))
    pairs.sort(reverse=True)
    taken: set[int] = set()
    for _, i, k in pairs:
        if achieved[i] is not None or k in taken:
            continue
        achieved[i] = _signed(targets[i], cands[k])
        evidence[i] = cands[k].clause
        taken.add(k)

    # The only target counted in its unit takes the figure in that unit the text reports done.
    short = len(normalise(progress)) <= 20
    for i, t in enumerate(targets):
        if achieved[i] is not None or lead_rate or t.each > 1:
            continue
        if sum(1 for u in targets if _compatible(u, _unit_q(t))) > 1:
            continue
        pool = [(k, c) for k, c in enumerate(cands)
                if k not in taken and not c.plan and not c.ongoing and c.q.unit and _compatible(t, c.q)]
        if not (len(pool) == 1 and short):
            pool = [(k, c) for k, c in pool if c.marked]
        if not pool:
            continue
        # 新增1203例,达8878例: the running total, not the increment, answers the target.
        scored = [(s > 0, c.cumulative, s, k) for k, c in pool for s in [_score(t, c)]]
        if len(pool) > 1 and not any(x[0] for x in scored):
            continue
        _, _, s, k = max(scored)
        achieved[i] = _signed(t, cands[k])
        evidence[i] = cands[k].clause
        taken.add(k)

    # A、B、C等3个…: count the listed items the text names as done.
    for i, t in enumerate(targets):
        if achieved[i] is not None or not t.items:
            continue
        named = set()
        for cs, ce in clauses:
            cl = progress[cs:ce]
            if _DONE.search(cl) and not _NOT_DONE.search(cl) and not re.search(r"等\s*[\d一二两三四五六七八九十]", cl):
                for it in t.items:
                    if it in cl:
                        named.add(it)
                        evidence[i] = (cs, ce)
        if named:
            achieved[i] = len(named)

    # Status from figures; then rates, words, whole-task statements.
    content_b = bigrams(content) - STOP_BIGRAMS if content else set()
    whole = _whole_task(progress, content_b, targets)
    out = []
    for i, t in enumerate(targets):
        st = None
        ev = evidence[i]
        if achieved[i] is not None:
            st = ACHIEVED if _meets(t, achieved[i]) else IN_PROGRESS
        if lead_rate is not None:
            rate_st = ACHIEVED if lead_rate.q.value >= 100 else IN_PROGRESS
            st = rate_st if st is None or st != rate_st else st
            ev = ev or (lead_rate.q.start, lead_rate.q.end)
        if st is None:
            st, ev = _by_words(t, progress, clauses, sentences, targets)
            if st == ACHIEVED and t.value == 1 and t.unit in _COUNTABLE:
                achieved[i] = 1
            elif st is not None and t.unit in _COUNTABLE and t.value > 1:
                done = _instances_done(t, progress, clauses)
                if done is not None:
                    achieved[i], st, ev = done
        if st is None:
            core = bigrams(t.metric) - STOP_BIGRAMS
            weak = [c for c in cands if c.q.unit and _compatible(t, c.q) and not c.plan
                    and core & bigrams(c.sent_left + c.own)]
            if weak:
                st, ev = IN_PROGRESS, weak[0].clause
        if st is None and whole is not None:
            st, ev = whole
        if st is None:
            st, ev = NOT_REPORTED, None
        overdue = bool(t.deadline and as_of and t.deadline < as_of and st != ACHIEVED)
        a = _tidy(achieved[i]) if achieved[i] is not None else None
        if ev is None:
            out.append(Reading(t, a, st, "", None, None, overdue))
        else:
            out.append(Reading(t, a, st, progress[ev[0]:ev[1]], ev[0], ev[1], overdue))
    return out


def _instances_done(t: Target, progress: str, clauses):
    """建成投用服务点2处 against one clause per site: one built, the other still being prepared.
    Each clause naming the object reports one instance; count those done when some are not."""
    mb = bigrams(t.metric)
    hits = [(cs, ce) for cs, ce in clauses if mb and coverage(mb, progress[cs:ce]) >= 0.75
            and not scan(progress[cs:ce])]
    if len(hits) < 2 or len(hits) > t.value:
        return None
    done = [h for h in hits if _words_status(progress[h[0]:h[1]]) == ACHIEVED]
    if not done or len(done) == len(hits):
        return None
    return len(done), IN_PROGRESS, (hits[0][0], hits[-1][1])


def _signed(t: Target, c: _Cand) -> float:
    """同比下降3.2% against a growth target is a growth of -3.2%."""
    if c.decline and _GROWTH.search(t.metric) and not _DECLINE.search(t.metric):
        return -c.q.value
    return c.q.value


def _unit_q(t: Target) -> Quantity:
    return Quantity(0, 0, 0, t.value, None, t.unit, "", "=", False, "")


def _words_status(span_text: str) -> str:
    if _DONE.search(span_text) and not _NOT_DONE.search(span_text):
        pct = re.findall(r"(\d+(?:\.\d+)?)%", span_text)
        if any(float(p) < 100 for p in pct):
            return IN_PROGRESS
        return ACHIEVED
    return IN_PROGRESS


def _cjk(bs: set[str]) -> set[str]:
    return {b for b in bs if all("\u4e00" <= c <= "\u9fff" for c in b)}


# Verbs and measure words that may stand before a noun without changing what it names.
_NEUTRAL_BEFORE = re.compile(
    r"(?:完成|建成|新增|新建|增设|已经|开展|推进|加装|安装|改造|提升|建设|实施|启动|组织|举办|"
    r"[的已了个座孔处家所条台套项是为对将])$"
)


def _head_match(metric: str, clause: str) -> bool:
    """Chinese noun phrases end in their head: 充电桩项目已通过验收 speaks of 电动自行车充电桩.
    The longest tail of the metric (3 characters or more) found in the clause counts, unless
    the clause puts another modifier right before it (专精特新中小企业 is not 科技型中小企业)."""
    m = normalise(metric)
    c = normalise(clause)
    for n in range(len(m), 2, -1):
        tail = m[-n:]
        i = c.find(tail)
        if i < 0:
            continue
        if n == len(m) or i == 0:
            return True
        before = c[max(0, i - 2):i]
        return bool(_NEUTRAL_BEFORE.search(before)) or not ("\u4e00" <= before[-1] <= "\u9fff")
    return False


def _by_words(t: Target, progress: str, clauses, sentences, others=()):
    """Status from what the text says about the target's object, with the clause as evidence."""
    best, best_s = None, 0.0
    mb = bigrams(t.metric)
    for cs, ce in clauses:
        cb = bigrams(progress[cs:ce])
        s = coverage(mb, cb)
        core = cb - STOP_BIGRAMS
        if len(core) >= 3:
            s = max(s, 0.9 * coverage(core, t.metric))
        if s > best_s:
            best, best_s = (cs, ce), s
    if not (best and best_s >= 0.5):
        for cs, ce in clauses:
            if _head_match(t.metric, progress[cs:ce]):
                best, best_s = (cs, ce), 0.5
                break
    if best and best_s >= 0.5:
        span_text = progress[best[0]:best[1]]
        if _ONGOING_BEFORE.search(span_text) and not _DONE.search(span_text):
            return IN_PROGRESS, best
        return _words_status(span_text), best
    # The sentence of the task holding the target shares distinctive words with a sentence of
    # the progress text: the same work, named by its places or parts rather than its measure.
    others_text = set().union(*[bigrams(u.text) for u in others if u is not t and u.text != t.text])
    if t.clause:
        # A clause may hold several targets (充电桩500个、换电站10座): words of the others'
        # spans belong to them.
        tb = _cjk((bigrams(t.clause) - others_text) | bigrams(t.text)) - STOP_BIGRAMS
        scored = [(len(tb & bigrams(progress[cs:ce])), (cs, ce)) for cs, ce in clauses]
        if scored:
            n_sh, ev = max(scored, key=lambda x: x[0])
            if n_sh >= 3:
                return _words_status(progress[ev[0]:ev[1]]), ev
    if t.context:
        # Words of the other targets' clauses in the sentence belong to those targets.
        own = (bigrams(t.clause) - others_text) | bigrams(t.text) if t.clause else bigrams(t.text)
        tb = (_cjk(bigrams(t.context)) - STOP_BIGRAMS - others_text - set().union(
            *[bigrams(u.clause) for u in others if u.clause and u.clause != t.clause])) | (
            _cjk(own) - STOP_BIGRAMS)
        best, best_n = None, 0
        for ss, se in sentences:
            nshared = len(tb & bigrams(progress[ss:se]))
            if nshared > best_n:
                best, best_n = (ss, se), nshared
        if best and best_n >= 4:
            # The clause of that sentence that shares most is the evidence.
            sub = [c for c in clauses if best[0] <= c[0] < best[1]]
            ev = max(sub, key=lambda c: len(tb & bigrams(progress[c[0]:c[1]]))) if sub else best
            return _words_status(progress[best[0]:best[1]]), ev
    return None, None


_STATUS_WORDS = re.compile(
    r"已经|已|全部|均|该项|各项|项目|工作|任务|目标|年度|全年|建设|完成|达标|到位|顺利|超额|提前|"
    r"目前|现|正在|正|在|中|实施|推进|进行"
)


def _whole_task(progress: str, content_b: set[str], targets: list[Target]):
    """A statement naming no object of its own applies to every target: 已达标, 已全部建设完成,
    设备购进中, or a delay explained (因…滞后,影响进度)."""
    text = progress.strip()
    if not text:
        return None
    pb = bigrams(text) - STOP_BIGRAMS
    if len(pb & content_b) >= 2:
        return None
    start = len(progress) - len(progress.lstrip())
    ev = (start, start + len(text))
    if _NOT_DONE.search(text) and len(normalise(text)) <= 40:
        return IN_PROGRESS, ev
    # 完成年度目标的85%: a completion rate of the whole task.
    rate = _RATE.search(text)
    if rate and not any(t.unit in ("%", "百分点") for t in targets):
        return (ACHIEVED if float(rate.group(1)) >= 100 else IN_PROGRESS), ev
    if _DONE.search(text) and len(_STATUS_WORDS.sub("", normalise(text))) <= 4:
        return ACHIEVED, ev
    return None
