"""Luoshi's assessment engine, pure Python (no Django, nothing else of Luoshi): Chinese numbers
and units, quantitative targets (指标) in task text, and readings (研判) of progress text.

    from luoshi.assess import extract_targets, read_progress, assess

    targets = extract_targets("年底前新建口袋公园3个,新增停车位200个以上。", year=2024)
    result = read_progress(targets, "青溪公园已建成开放;新增停车位230个。", as_of=date(2024, 9, 30))
    result = assess(content, progress, as_of=..., year=None, previous=None)  # both steps

``Target``, ``Reading`` and ``Assessment`` are dataclasses with ``to_dict()``. Values fold 万/亿
in (``1.25亿`` -> 125000000) and units drop them; deadlines resolve against the plan year,
never against today. ``python -m luoshi.assess IN.jsonl`` assesses rows given as JSON lines
(see ``jsonl.py``).

Modules: ``numbers`` (numerals, units), ``scan`` (quantities in running text), ``deadlines``,
``targets``, ``figures`` (figures of progress text and the targets they answer), ``words``
(status words), ``readings``, ``findings`` (task-level codes), ``jsonl``.
"""
from .numbers import fold, parse_number, parse_quantity
from .readings import ACHIEVED, IN_PROGRESS, NOT_REPORTED, Assessment, Reading, assess, read_progress
from .targets import Target, extract_targets, with_context

__all__ = [
    "ACHIEVED", "IN_PROGRESS", "NOT_REPORTED", "Assessment", "Reading", "Target", "assess",
    "extract_targets", "with_context", "fold", "parse_number", "parse_quantity", "read_progress",
]
