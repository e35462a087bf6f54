"""Words of progress text: done (已完成, 通过验收), under way (正在, 招投标), and which clause
speaks of a target's object when no figure does.

The status vocabulary follows GUIDELINE.md: completion words make ``achieved``; work reported
without completion makes ``in_progress``; silence about the object makes ``not_reported``.
"""
from __future__ import annotations

import re

from .scan import scan
from .targets import Target
from .text import STOP_BIGRAMS, bigrams, coverage, normalise

ACHIEVED, IN_PROGRESS, NOT_REPORTED = "achieved", "in_progress", "not_reported"

DONE = re.compile(
    r"已[^，,。；;]{0,10}?(?:完成|建成|竣工|完工|投用|投入使用|投入运营|落成|达标|办结|开通|上线|通过|"
    r"到位|覆盖|实现|腾房|达到|开放|投运)|超额完成|提前完成|顺利完成|圆满完成|如期完成|"
    r"(?:全部|全面|均)(?:完成|完工|建成|竣工|投用|落成)|"
    r"通过[^，,。；;]{0,8}验收|验收通过|投入运营|投入使用|建成投用|建成投运|建成开放|达标|实际完成|完成布点|"
    r"完成(?:了)?(?:全年|年度)?(?:目标)?任务|完成[^，,。；;]{0,12}工作|已[^，,。；;]{0,4}全部|全覆盖|"
    r"完成(?:了)?[^，,。；;]{0,6}(?:创建|改造|整治|建设)|[均已]+完成"
)
NOT_DONE = re.compile(
    r"未完成|尚未|未开工|未建成|未达|正在|推进中|施工中|进行中|建设中|办理中|审批中|实施中|"
    r"[^，,。；;]中$|在建|已启动|启动|招投标|招标|申报|审批|报批|计划于|预计|将于|待|筹备|前期|"
    r"设计|滞后|缓慢|偏慢|进度|逐步|有序推进|稳步推进|正常推进|加快|着手|开工|进场|准备|"
    r"基本完成|基本建成|可完成|将完成|争取|力争|确保|暂停|暂缓|"
    # preparatory work: 已完成选址 is not the thing built
    r"选址|方案|立项|可研|图纸|清表|地勘|勘察|测绘|摸排|调研|洽谈|谋划|论证|采购|征迁|拆迁"
)
# Words before a figure or in a clause that say the task is being carried on, not done.
ONGOING = re.compile(r"(?:推进|逐步|正在|加快|力争|争取|确保|继续|持续)")
RATE = re.compile(r"(?:完成|达到|占|为|进度|完成率)[^，,。；;\d]{0,10}?(\d+(?:\.\d+)?)\s*%")
COUNTABLE = frozenset({"个", "家", "所", "处", "座", "条", "块", "套", "台", "项", "孔", "只", "幢",
                        "栋", "间", "张", "辆", "支", "部"})


def instances_done(t: Target, progress: str, clauses):
    """建成便民服务点2处 against one clause per site: one built, the other still being prepared.
    Each clause naming the object reports one instance; count those done when some are not."""
    mb = bigrams(t.metric)
    figures = [q.start for q in scan(progress)]

    def no_figure(cs: int, ce: int) -> bool:
        return not any(cs <= f < ce for f in figures)

    hits = [(cs, ce) for cs, ce in clauses if mb and coverage(mb, progress[cs:ce]) >= 0.75
            and no_figure(cs, ce)]
    for cs, ce in clauses:
        if coverage(mb, progress[cs:ce]) < 0.5 or not no_figure(cs, ce):
            continue
        # 青溪苑、湖光里雨污分流改造已完工 against 3个: the names listed before the object.
        n = _names_listed(t.metric, progress[cs:ce])
        if 2 <= n < t.value and words_status(progress[cs:ce]) == ACHIEVED:
            return n, IN_PROGRESS, (cs, ce)
    if len(hits) == 1 and _names_one(t.metric, progress[hits[0][0]:hits[0][1]]):
        # 青溪口袋公园已建成 against 口袋公园3个: a named one is one of them.
        if words_status(progress[hits[0][0]:hits[0][1]]) == ACHIEVED:
            return 1, IN_PROGRESS, hits[0]
        return None
    if len(hits) < 2 or len(hits) > t.value:
        return None
    done = [h for h in hits if words_status(progress[h[0]:h[1]]) == ACHIEVED]
    if not done or len(done) == len(hits):
        return None
    return len(done), IN_PROGRESS, (hits[0][0], hits[-1][1])


_ALL = re.compile(r"全部|全面|均|所有|各|都")


def _names_listed(metric: str, clause: str) -> int:
    """How many names the clause lists right before the object (甲苑、乙里雨污分流改造…)."""
    m = normalise(metric)
    i = -1
    for n in range(len(m), 1, -1):  # where the longest tail of the metric starts in the clause
        i = clause.find(m[-n:])
        if i >= 0:
            break
    if i <= 0:
        return 0
    parts = [x for x in re.split(r"[、和及与]", clause[:i].strip(" ,，")) if x]
    if len(parts) < 2 or not all(1 < len(x) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in x)
                                 for x in parts):
        return 0
    return len(parts)


def _names_one(metric: str, clause: str) -> bool:
    """The clause names one instance of the metric: a proper name right before it (青溪口袋公园)
    and no word of totality (全部, 均)."""
    m, c = normalise(metric), normalise(clause)
    i = c.find(m[-3:]) if len(m) >= 3 else c.find(m)
    if i < 0 or _ALL.search(c):
        return False
    j = c.find(m)
    i = j if j >= 0 else i
    before = c[max(0, i - 2):i]
    return (len(before) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in before)
            and not _NEUTRAL_BEFORE.search(before))


def words_status(span_text: str) -> str:
    """``achieved`` when the words say done and nothing pending, else ``in_progress``;
    a completion rate (完成率100%, 完成年度任务的85%) decides when given."""
    if RATE.search(span_text):
        # 签约率分别为100%、92%和85%: every rate given must reach 100.
        rates = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s*%", span_text)]
        return ACHIEVED if min(rates) >= 100 else IN_PROGRESS
    if DONE.search(span_text) and not NOT_DONE.search(span_text):
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


def head_match(metric: str, clause: str, shortest: int = 3) -> bool:
    """Chinese noun phrases end in their head: 充电桩项目已通过验收 speaks of 电动自行车充电桩.
    The longest tail of the metric (``shortest`` characters or more) found in the clause counts,
    unless the clause puts another modifier right before it (智慧农贸市场 is not 标准化农贸市场).
    A two-character tail must stand after a neutral word or at the start (新增托位)."""
    m = normalise(metric)
    c = normalise(clause)
    for n in range(len(m), shortest - 1, -1):
        tail = m[-n:]
        i = c.find(tail)
        if i < 0 or (n < 3 and tail in STOP_BIGRAMS):
            continue
        if (n == len(m) and n >= 3) or i == 0:
            return True
        before = c[max(0, i - 2):i]
        return bool(_NEUTRAL_BEFORE.search(before)) or not ("\u4e00" <= before[-1] <= "\u9fff")
    return False


def by_words(t: Target, progress: str, clauses, sentences, others=()):
    """Status from what the text says about the target's object, with the clause as evidence."""
    best, best_s = None, 0.0
    mb = bigrams(t.metric)
    short = len(mb) <= 1
    for cs, ce in clauses:
        cb = bigrams(progress[cs:ce])
        s = coverage(mb, cb)
        if short and s and not head_match(t.metric, progress[cs:ce], shortest=2):
            s = 0.0  # 公办学位占比 is not about 学位 to add: a two-character object needs its head
        core = cb - STOP_BIGRAMS
        if len(core) >= 3:
            s = max(s, 0.9 * coverage(core, t.metric))
        if s > best_s:
            best, best_s = (cs, ce), s
    if not (best and best_s >= 0.5):
        for cs, ce in clauses:
            if head_match(t.metric, progress[cs:ce]):
                best, best_s = (cs, ce), 0.5
                break
    if best and best_s >= 0.5:
        span_text = progress[best[0]:best[1]]
        if ONGOING.search(span_text) and not DONE.search(span_text):
            return IN_PROGRESS, best
        return words_status(span_text), best
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
                return words_status(progress[ev[0]:ev[1]]), ev
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
            return words_status(progress[best[0]:best[1]]), ev
    return None, None


_STATUS_WORDS = re.compile(
    r"已经|已|全部|均|该项|各项|项目|工作|任务|目标|年度|全年|建设|完成|达标|到位|顺利|超额|提前|"
    r"目前|现|正在|正|在|中|实施|推进|进行"
)


def whole_task(progress: str, content: str, targets: list[Target]):
    """A short statement naming no object of the task applies to every target: 已达标,
    已全部建成, 设备采购中, 完成年度目标的85%, or a delay explained (因…滞后,影响进度)."""
    text = progress.strip()
    if not text or len(text) > 60:
        return None
    pb = bigrams(text) - STOP_BIGRAMS
    if content and len(pb & bigrams(content)) >= 2:
        return None  # it names things of the task: not a statement about the whole
    start = len(progress) - len(progress.lstrip())
    ev = (start, start + len(text))
    if NOT_DONE.search(text) and len(normalise(text)) <= 40:
        return IN_PROGRESS, ev
    # 完成年度目标的85%: a completion rate of the whole task.
    rate = RATE.search(text)
    if rate and not any(t.unit in ("%", "百分点") for t in targets):
        return (ACHIEVED if float(rate.group(1)) >= 100 else IN_PROGRESS), ev
    if DONE.search(text) and len(_STATUS_WORDS.sub("", normalise(text))) <= 4:
        return ACHIEVED, ev
    return None
