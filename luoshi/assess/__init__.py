"""Luoshi's assessment engine (pure Python, no Django): Chinese numbers and units, quantitative
targets in task text, and readings of progress text against them.

    from luoshi.assess import extract_targets, read_progress, assess
"""
from .numbers import fold, parse_number, parse_quantity
from .readings import ACHIEVED, IN_PROGRESS, NOT_REPORTED, Assessment, Reading, assess, read_progress
from .targets import Target, extract_targets

__all__ = [
    "ACHIEVED", "IN_PROGRESS", "NOT_REPORTED", "Assessment", "Reading", "Target", "assess",
    "extract_targets", "fold", "parse_number", "parse_quantity", "read_progress",
]
