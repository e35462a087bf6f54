"""Find quantities (number + measure word + comparator) in running Chinese text.

One compiled expression finds every candidate; small checks around it then drop what the
language marks as no amount: ordinals (第三批), durations (6个月), set phrases (一件事,
一次性), names (堰护万家 has no digit), model numbers (5G). Targets and readings both read
text through ``scan``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import (ARABIC, CHINESE, CN_DIGITS, CONDITIONAL_UNITS, NUMERAL, UNITS, fold,
                      numeral_value, to_number)

_UNIT_ALT = r"个\s?百分点|" + "|".join(re.escape(u) for u in UNITS)

# A Chinese numeral only counts before a measure word (闻堰二小, 四纵三横 are names), so the
# expression checks that ahead and spares the scanner the many 一 and 三 of running text.
_CN_AHEAD = (rf"(?=(?:\s*[-—–~～至到]\s*{CHINESE})?(?:万亿|万|亿|千)?(?:多|余)?\s{{0,2}}"
             rf"(?:{_UNIT_ALT}))")
QTY_RE = re.compile(
    rf"(?P<pct>百分之)(?P<pnum>{NUMERAL})"
    rf"|(?P<num>{ARABIC}|{CHINESE}{_CN_AHEAD})(?P<mult1>万亿|万|亿|千(?![米瓦]))?"
    rf"(?:\s*[-—–~～至到]\s*(?P<num2>{NUMERAL}))?"
    rf"(?P<mult>万亿|万|亿|千(?![米瓦]))?(?P<approx>多|余)?"
    rf"(?:\s{{0,2}}(?P<unit>{_UNIT_ALT}))?"
)

# Comparators written after the unit, and before the number (possibly before a "(人)" header).
AFTER_CMP = re.compile(r"(?:及以上|以上|及以下|以下|以内|之内|内(?![\u4e00-\u9fff])|左右)")
BEFORE_CMP = re.compile(
    r"(不少于|不低于|至少|超过|突破|高于|大于|多于|不超过|不高于|控制在|低于|少于|小于|压减到|压减至)"
    r"(?:每[人户年月季天]|人均|月均|年均|平均)*"  # 不低于每人每月60元: a rate between
    r"\s*(?:[(（][^()（）]{1,4}[)）])?\s*$"
)
_GE_WORDS = ("不少于", "不低于", "至少", "超过", "突破", "高于", "大于", "多于")

# Characters after a unit that turn it into another word: 个月 (a duration), 一次性, 部分, 所以.
_FOLLOWERS_NOT_AMOUNT = {
    "个": ("月", "工作日", "小时", "季度", "年头", "半月"),
    "次": ("性",),
    "部": ("分", "门", "署", "委"),
    "条": ("龙", "心", "例"),
    "件": ("事",),
    "张": ("网", "图", "蓝图", "清单"),
    "本": ("账", "地"),
    "门": ("式", "槛"),
    "口": ("径", "岸", "气", "号", "价"),
    "对": ("接", "口", "标", "照", "于"),
    "组": ("织", "建", "团", "成"),
    "位": ("于", "置", "数", "一体"),
    "项": ("目",),
    "家": ("庭", "长"),
    "人": ("民", "口", "大", "均", "员"),
    "所": ("有", "在"),
    "处": ("理", "置", "长"),
    "场": ("所", "景", "馆", "地"),
    "名": ("片", "牌", "单", "称", "录", "义"),
    "间": ("接", "隙", "距"),
    "只": ("有", "是", "要", "能"),
    "支": ("持", "付", "出", "部"),
    "户": ("籍", "口", "型", "外"),
    "根": ("本", "据", "源"),
    "元": ("素", "旦", "首"),
    "台": ("阶", "账"),
    "种": ("植", "子"),
    "头": ("部",),
}
# 两个确保, 四个全面: a small Chinese count of 个 before these words is a slogan.
_SLOGAN_AFTER_GE = ("确保", "维护", "全面", "意识", "自信", "坚持", "必须", "务必", "代表", "率先",
                    "一以", "结合", "统筹", "聚焦", "队伍一体")
# Words ending in 一 that are not the numeral one (统一, 唯一, 进一步).
_YI_WORDS = ("统", "唯", "同", "单", "之", "每", "逐", "万", "划", "专", "其", "进", "另", "任")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a text: offsets, value (万/亿 folded), unit, comparator."""

    start: int          # first character of the number (or of 百分之)
    end: int            # after the unit and any comparator written after it
    num_end: int        # after the unit, before a trailing comparator
    value: int | float
    high: int | float | None
    unit: str           # folded: 万/亿 removed, ％ -> %, 个百分点 -> 百分点; '' for a bare number
    raw: str            # the text of number + unit as written
    comparator: str     # '>=', '<=' or '='
    chinese: bool       # written in Chinese numerals
    multiplier: str     # 万/亿 written with the number ('' if none)


def _is_chinese(s: str) -> bool:
    return not any(c.isdigit() for c in s)


def _conditional_unit(text: str, s: int, e: int) -> str:
    """天/岁/分 after a number are a measure only when the metric before asks for one."""
    word = text[e:e + 1]
    needs = CONDITIONAL_UNITS.get(word)
    if not needs or text[e + 1:e + 2] in ("钟", "之", "内"):
        return ""
    left = text[max(0, s - 12):s]
    return word if any(n in left for n in needs) else ""


_QUOTED = re.compile(r"“[^“”]{1,10}”|\"[^\"]{1,10}\"")


def scan(text: str, bare: bool = False) -> list[Quantity]:
    """Every quantity in ``text``, in order. With ``bare``, also numbers without a unit that
    stand alone (a table column such as ``5600 112``); those get unit ''.
    """
    out: list[Quantity] = []
    # A short quotation is a name or a slogan: “三个一批”, “两个确保”, “9+3”.
    quoted = [m.span() for m in _QUOTED.finditer(text)] if ("“" in text or '"' in text) else []
    for m in QTY_RE.finditer(text):
        s = m.start()
        if quoted and any(a < s < b for a, b in quoted):
            continue
        prev = text[s - 1] if s else ""
        if m.group("pct"):
            try:
                v = numeral_value(m.group("pnum"))
            except ValueError:
                continue
            e = m.end()
            out.append(_with_cmp(text, s, e, v, None, "%", m.group(), _is_chinese(m.group("pnum")), ""))
            continue
        num = m.group("num")
        unit = m.group("unit")
        chinese = _is_chinese(num)
        if prev == "第" or (prev.isascii() and prev.isalpha()) or (prev and prev in ".+"):
            continue
        e = m.end()
        nxt = text[e:e + 4]
        if nxt[:1].isascii() and nxt[:1].isalpha() and not unit:
            continue  # 5G, 3D
        if nxt[:1] and nxt[:1] in "+.":
            continue  # 9+3, version numbers
        if chinese:
            if "十" not in num and not any(c in CN_DIGITS for c in num):
                continue  # 万家, 百千万: words, not numerals
            if num.startswith("一") and prev in _YI_WORDS:
                continue
            if not unit:
                continue  # a Chinese numeral without a measure word is a name (二小, 四纵三横)
        if unit:
            bad = _FOLLOWERS_NOT_AMOUNT.get(unit, ())
            if any(nxt.startswith(b) for b in bad):
                continue
            if unit == "所" and nxt.startswith("以") and not nxt.startswith(("以上", "以下", "以内")):
                continue  # 所以 (so), unlike 30所以上
            if chinese and unit == "个" and (any(nxt.startswith(w) for w in _SLOGAN_AFTER_GE)
                                            or nxt[:1] in CN_DIGITS + "十百千万"):
                continue  # 两个确保, 四个一批, 三个一百: slogans
            if chinese and unit == "支" and nxt.startswith("队伍一体"):
                continue
            if chinese and num == "一" and unit == "次":
                continue  # 一次: once (最多跑一次), not an amount
        elif not chinese and (cond := _conditional_unit(text, s, e)):
            unit = cond
            e += 1
        elif not bare:
            continue
        else:
            # A bare number stands alone: at the edge of a cell, not glued to a word or a date.
            if nxt[:1] and not (nxt[:1].isspace() or nxt[:1] in ",，;；。(（"):
                continue
            if nxt[:1] == "%":
                continue
        try:
            v = numeral_value(num)
            v2 = numeral_value(m.group("num2")) if m.group("num2") else None
        except ValueError:
            continue
        if v2 is not None and (v2 <= v or m.group("num2").startswith("0")):
            continue  # 202301-00077 is a code, not a range
        mult1, mult = m.group("mult1") or "", m.group("mult") or ""
        if v2 is None:
            mult, mult1 = mult1 + mult, ""
        unit = re.sub(r"\s", "", unit) if unit else unit
        raw_unit = mult + (unit or "")
        # 3万-5万人 carries 万 on both ends; 3-5万人 lets the end's 万 apply to both.
        low_unit = (mult1 or mult) + (unit or "")
        value, funit = fold(v, low_unit) if low_unit else (v, "")
        high = fold(v2, raw_unit)[0] if v2 is not None and raw_unit else v2
        if not unit:
            funit = ""
        out.append(_with_cmp(text, s, e, value, high, funit, m.group(), chinese, mult, m.group("approx")))
    return _merge_ranges(text, out)


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """增长5%-8%, 3万-5万人: two figures joined by a range mark are one range, at least its low end."""
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        if (p and p.unit and p.unit == q.unit and p.high is None and q.value > p.value
                and re.fullmatch(r"\s*[-—–~～至到]\s*", text[p.num_end:q.start])):
            cmp = q.comparator if q.comparator != "=" else ">="
            out[-1] = Quantity(p.start, q.end, q.num_end, p.value, q.value, p.unit,
                               text[p.start:q.num_end], cmp, p.chinese, p.multiplier)
            continue
        out.append(q)
    return out


def _with_cmp(text, s, e, value, high, unit, raw, chinese, mult, approx=None) -> Quantity:
    comparator = "="
    end = e
    am = AFTER_CMP.match(text, e)
    if am:
        word = am.group()
        if word in ("以上", "及以上"):
            comparator = ">="
        elif word in ("以下", "及以下", "以内", "之内", "内"):
            comparator = "<="
        end = am.end()
    if comparator == "=":
        bm = BEFORE_CMP.search(text, max(0, s - 12), s)
        if bm:
            comparator = ">=" if bm.group(1) in _GE_WORDS else "<="
    if comparator == "=" and "至少" in text[max(0, s - 12):s] and not any(
            c in text[text.rfind("至少", 0, s):s] for c in "，,。；;"):
        comparator = ">="  # 至少建成健身驿站2处: 至少 may open the clause
    if comparator == "=" and (approx or high is not None):
        comparator = ">="  # 200余个, 3-5个: at least the lower end
    return Quantity(s, end, e, to_number(value), None if high is None else to_number(high),
                    unit, raw, comparator, chinese, mult)
