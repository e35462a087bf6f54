"""Readings (研判): each target judged against one period's progress text.

For each target the progress text is searched, in this order, for
1. a figure reported for the same object: a quantity in a compatible unit whose clause names
   the target's metric (shared character bigrams), preferring cumulative figures (累计, 共计,
   达) and ignoring plans (计划, 目标, 下达) and restatements of the task (推进…, 逐步…);
   a figure standing first in a table row; figures listed with 分别 in target order;
   the listed items of ``A、B、C等3个…`` named as completed;
2. a completion rate heading a table row (``95%`` against a target of 8 schools);
3. words about the same object: completion (已完成, 通过验收, 投入运营) or work under way;
4. a statement about the whole task (已达标, 设备采购中) when the text names no other object.

Status: ``achieved`` when the figure meets the target (at or above, or at or below for
``<=``) or the words say it is done; ``in_progress`` when work on the object is reported
without that; ``not_reported`` otherwise. ``overdue`` when the deadline is before ``as_of`` and
the target is not achieved.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .figures import candidates, compatible, match_figures, meets, opens_with_verb_of, tidy
from .findings import findings_for
from .scan import scan
from .targets import Target, extract_targets
from .text import STOP_BIGRAMS, bigrams, spans
from .words import (ACHIEVED, COUNTABLE, IN_PROGRESS, NOT_REPORTED, by_words, instances_done,
                    whole_task)

__all__ = ["ACHIEVED", "IN_PROGRESS", "NOT_REPORTED", "Assessment", "Reading", "assess",
           "read_progress"]


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
    readings = _readings(targets, progress, as_of, content) if targets else []
    return Assessment(list(targets), readings, findings_for(targets, content, progress, previous))


def _readings(targets: list[Target], progress: str, as_of: date | None, content: str) -> list[Reading]:
    clauses = spans(progress, "clause")
    sentences = spans(progress, "sentence")
    cands = candidates(progress, scan(progress, bare=True), clauses, sentences)
    figs = match_figures(targets, progress, cands, clauses)
    whole = whole_task(progress, content, targets)
    out = []
    for i, t in enumerate(targets):
        achieved, ev, st = figs.achieved[i], figs.evidence[i], None
        if achieved is not None:
            st = ACHIEVED if meets(t, achieved) else IN_PROGRESS
        if figs.lead_rate is not None:
            # The completion-rate column decides: 98% is not done whatever the text adds.
            st = ACHIEVED if figs.lead_rate.q.value >= 100 else IN_PROGRESS
            ev = ev or figs.lead_rate.clause
        if st is None:
            st, ev = by_words(t, progress, clauses, sentences, targets)
            if st == ACHIEVED and any(ev[0] <= c.q.start < ev[1] and compatible(t, c.q)
                                      and not meets(t, c.q.value) for c in cands):
                # 完成…绿道共计35公里 against 100公里: the clause's own figure falls short.
                st = IN_PROGRESS
            if st == ACHIEVED and t.value == 1 and t.unit in COUNTABLE:
                achieved = 1  # the one object named as done
            elif st is not None and t.unit in COUNTABLE and t.value > 1:
                counted = instances_done(t, progress, clauses)
                if counted is not None:
                    achieved, st, ev = counted
        if st is None:
            # A figure in the target's unit near a distinctive word of its metric: work reported.
            core = bigrams(t.metric) - STOP_BIGRAMS - set().union(
                *[bigrams(u.metric) for u in targets if u is not t])
            weak = [c for c in cands if c.q.unit and compatible(t, c.q) and not c.plan
                    and (core & bigrams(c.sent_left + c.own) or opens_with_verb_of(t, c))]
            if weak:
                st, ev = IN_PROGRESS, weak[0].clause
        if st is None and whole is not None:
            st, ev = whole
        if st is None:
            st, ev = NOT_REPORTED, None
        overdue = bool(t.deadline and as_of and t.deadline < as_of and st != ACHIEVED)
        a = tidy(achieved) if achieved is not None else None
        if ev is None:
            out.append(Reading(t, a, st, "", None, None, overdue))
        else:
            out.append(Reading(t, a, st, progress[ev[0]:ev[1]], ev[0], ev[1], overdue))
    return out
