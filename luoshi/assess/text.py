"""Small text helpers shared by targets and readings: clauses, sentences, character bigrams.

Metric matching between task and progress is done on overlapping character bigrams, the same
unit the search index uses (see ECOSYSTEM.md): Chinese has no spaces, and the reports name the
same object with the same characters in a different order (托位 / 新增普惠托位).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SENTENCE_END = "。;；!！?？\n"
# A colon introduces the value of its label (农村低保:320元), so it does not end a clause.
CLAUSE_END = SENTENCE_END + ",，"
_SENT_RE = re.compile(rf"[^{re.escape(SENTENCE_END)}]+")
_CLAUSE_RE = re.compile(rf"[^{re.escape(CLAUSE_END)}]+")
_NOISE_RE = re.compile(r"[\s“”\"'‘’《》〈〉【】()（）「」、·.\-—]+")

# Standard abbreviations of statistical terms; folded so that GDP matches 地区生产总值.
SYNONYMS = (
    ("地区生产总值", "GDP"), ("生产总值", "GDP"), ("规模以上", "规上"),
    ("社会消费品零售总额", "社零"), ("增速", "增长"),
    # A decline answers a growth target (its sign is kept apart, see readings).
    ("下降", "增长"), ("智能", "智慧"),
)

# Bigrams so common in task text that sharing them says nothing about the object.
STOP_BIGRAMS = frozenset(
    "建设 推进 完成 工作 提升 开展 加快 加强 进一 一步 全面 深入 持续 积极 实施 落实 新增 增加 "
    "增设 新建 改造 打造 创建 项目 发展 服务 管理 目前 已经 正在 进行 计划 全年 年度 任务 目标 "
    "社区 街道 全市 全区 全县 我市 本市 增长 同比 实现 确保 力争 争取 组织 做好 有序 稳步 各类 "
    "相关 体系 机制 能力 水平 质量 重点 一批 以上 其中 累计 达到 情况 问题 进度 中心 企业 单位 ".split()
)


@lru_cache(maxsize=16384)
def normalise(s: str) -> str:
    # NFKC: Ⅱ is II, full-width digits and letters are ASCII, as writers mix both.
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    for a, b in SYNONYMS:
        s = s.replace(a, b)
    return _NOISE_RE.sub("", s)


@lru_cache(maxsize=16384)
def bigrams(s: str) -> frozenset[str]:
    """Overlapping character bigrams of ``s`` after folding synonyms and dropping punctuation;
    a single character counts as itself. Cached: the same clauses are compared many times."""
    s = normalise(s)
    if len(s) == 1:
        return frozenset((s,))
    return frozenset(map(str.__add__, s[:-1], s[1:]))


def coverage(part: str | frozenset[str], whole: str | frozenset[str]) -> float:
    """Share of ``part``'s bigrams found in ``whole`` (0 when ``part`` has none)."""
    a = bigrams(part) if isinstance(part, str) else part
    if not a:
        return 0.0
    b = bigrams(whole) if isinstance(whole, str) else whole
    return len(a & b) / len(a)


def spans(text: str, kind: str = "clause") -> list[tuple[int, int]]:
    """(start, end) of each sentence or clause of ``text``, leading spaces excluded."""
    rx = _CLAUSE_RE if kind == "clause" else _SENT_RE
    out = []
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def enclosing(spans_: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for s, e in spans_:
        if s <= pos < e:
            return s, e
    return None


def clear_caches() -> None:
    """Forget cached bigrams (a benchmark repeating the same rows would otherwise time the cache)."""
    bigrams.cache_clear()
    normalise.cache_clear()
