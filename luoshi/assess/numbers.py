"""Chinese and Arabic numbers, measure words (量词) and the folding of 万/亿.

The contract: every function here takes an isolated span (never a sentence) and returns plain
numbers. ``cn2an`` converts a Chinese numeral span; it is never run over running text, because
its sentence mode turns names such as 闻堰二小 or 两支队伍协同作战 into digits.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

# Multipliers written after a number or at the head of a unit (58.8万元, 1.25亿).
MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "千": 1_000}

CN_DIGITS = "零〇一二两三四五六七八九"
CN_ALL = CN_DIGITS + "十百千万亿"

# Measure words and units, longest first so that 平方公里 wins over 公里 and 人次 over 人.
# Time words (年 月 日 天 小时 分钟 季度) are deliberately absent: a number followed by one is a
# date or a duration, never an amount to reach.
UNITS = (
    "个百分点", "百分点", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "公顷", "公里",
    "千米", "千瓦", "兆瓦", "人次", "户次", "家次", "批次", "车次", "场次", "架次", "班次",
    "元/月", "元/年", "元/人", "微克/立方米", "万千瓦", "标准箱",
    "%", "％", "‰", "美元", "元", "亩", "个", "家", "场", "名", "人", "套", "孔", "条", "块",
    "所", "处", "座", "户", "幢", "栋", "本", "只", "台", "辆", "位", "张", "间", "项", "次",
    "例", "口", "吨", "根", "盏", "棵", "株", "件", "支", "艘", "部", "份", "册", "种", "门",
    "对", "组", "片", "段", "米", "床", "头", "篇", "宗", "笔", "倍", "km",
)

# Words that are a measure only after certain metrics: 优良天数330天, 人均预期寿命79岁,
# 群众满意度95分. Elsewhere 3天内, 3岁以下, 15分钟 are durations, ages and times.
CONDITIONAL_UNITS = {"天": ("天数",), "岁": ("寿命",), "分": ("满意度", "得分", "评分", "分数")}

# People are counted with several measure words; a reading may use another than the target.
PEOPLE = frozenset({"人", "名", "例", "人次", "位"})

ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CHINESE = rf"[{CN_ALL}]+(?:点[{CN_DIGITS}]+)?"
NUMERAL = rf"(?:{ARABIC}|{CHINESE})"
_RANGE_SEP = r"\s*[-—–~～至到]\s*"

_NUMBER_RE = re.compile(
    rf"^\s*(?:(?P<pct>百分之)(?P<pnum>{NUMERAL})"
    rf"|(?P<den>{NUMERAL})分之(?P<numer>{NUMERAL})"
    rf"|(?P<num>{NUMERAL})(?P<mult1>[万亿千]{{0,2}})"
    rf"(?:{_RANGE_SEP}(?P<num2>{NUMERAL}))?(?P<mult>[万亿千]{{0,2}}))"
    r"\s*(?:多|余)?\s*(?P<unit>\S*?)\s*$"
)


def to_number(x: float) -> int | float:
    """An int when integral, else a float rounded to 6 places (the scorer's precision).
    Twelve significant digits first: 12.34 * 1e8 is 1234000000.0000002 in binary."""
    x = float(x)
    if x.is_integer() and abs(x) < 1e15:
        return int(x)
    x = round(float(f"{x:.12g}"), 6)
    return int(x) if x == int(x) else x


def has_digit(span: str) -> bool:
    """A Chinese span counts as a numeral only with a digit or 十 in it: 万家 and 百千万 are words."""
    return any(c.isdigit() or c in CN_DIGITS or c == "十" for c in span)


@lru_cache(maxsize=4096)
def numeral_value(span: str) -> int | float:
    """Value of one numeral span: ``'1,200'``, ``'4.65'``, ``'两'``, ``'三千五百'``, ``'一万'``.

    Raises ValueError when the span is not a numeral.
    """
    span = span.strip()
    if not span or not has_digit(span):
        raise ValueError(f"not a numeral: {span!r}")
    if re.fullmatch(ARABIC, span):
        return to_number(float(span.replace(",", "")))
    if re.fullmatch(rf"(?:{ARABIC})[万亿千]{{1,2}}", span):
        head = re.match(ARABIC, span).group()
        value = float(head.replace(",", ""))
        for c in span[len(head):]:
            value *= MULTIPLIERS[c]
        return to_number(value)
    try:
        return to_number(cn2an.cn2an(span, "smart"))
    except (ValueError, KeyError, IndexError) as e:  # cn2an raises ValueError on bad input
        raise ValueError(f"not a numeral: {span!r}") from e


def fold(value: float, unit: str) -> tuple[int | float, str]:
    """Fold 万/亿/千 at the head of a unit into the value: ``(58.8, '万元') -> (588000, '元')``.

    Also normalises ``％`` to ``%`` and ``个百分点`` to ``百分点``, as ``score.py`` does, and
    drops a ``/月`` style rate suffix (``元/月`` is counted in 元).
    """
    unit = (unit or "").strip()
    value = float(value)
    while len(unit) > 1 and unit[0] in MULTIPLIERS:
        value *= MULTIPLIERS[unit[0]]
        unit = unit[1:]
    if "/" in unit:
        unit = unit.split("/", 1)[0]
    if unit == "％":
        unit = "%"
    elif unit == "个百分点":
        unit = "百分点"
    return to_number(value), unit


def parse_quantity(text: str) -> tuple[int | float, int | float | None, str]:
    """Parse one isolated quantity into ``(low, high, unit)``, 万/亿 folded into the values.

    ``'1.25亿'`` -> (125000000, None, ''); ``'3-5个'`` -> (3, 5, '个');
    ``'百分之八十五'`` -> (85, None, '%'); ``'三分之二'`` -> (0.666667, None, '');
    ``'两套'`` -> (2, None, '套'). Raises ValueError on anything else.
    """
    m = _NUMBER_RE.match(text or "")
    if not m:
        raise ValueError(f"not a quantity: {text!r}")
    unit = m.group("unit") or ""
    if m.group("pct"):
        return numeral_value(m.group("pnum")), None, unit or "%"
    if m.group("den"):
        return to_number(numeral_value(m.group("numer")) / numeral_value(m.group("den"))), None, unit
    if unit and unit not in UNITS and unit.replace(" ", "") not in UNITS:
        raise ValueError(f"not a unit: {unit!r}")
    unit = fold(1, unit)[1] if unit else ""
    mult = m.group("mult") or ""
    mult1 = m.group("mult1") or ""
    num, num2 = m.group("num"), m.group("num2")
    if num2 is None:
        return _times(numeral_value(num), mult1 + mult), None, unit
    # 3-5万 means 30,000-50,000: a multiplier after the range applies to both ends.
    low = _times(numeral_value(num), mult1 or mult)
    return low, _times(numeral_value(num2), mult), unit


def _times(value: float, mult: str) -> int | float:
    for c in mult:
        value *= MULTIPLIERS[c]
    return to_number(value)


def parse_number(text: str) -> int | float:
    """The number an isolated span states, 万/亿 folded: ``parse_number('1.25亿') == 125000000``.

    A range gives its lower end (``'3-5个'`` -> 3); ``百分之八十五`` gives 85 (its unit is %);
    ``三分之二`` gives the fraction 0.666667.
    """
    return parse_quantity(text)[0]
