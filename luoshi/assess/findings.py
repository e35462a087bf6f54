"""Task-level findings about one period's progress text.

Codes:
- ``no_progress``: nothing was written.
- ``no_numeric_target``: the task holds no quantitative target, so it can only be judged by
  words; it is never called lagging for want of a figure.
- ``repeats_task``: half or more of the progress text is sentences copied from the task text.
- ``vague_only``: the progress text says only that work goes on (正在推进, 进展正常).
- ``unchanged``: the progress text is (nearly) the same as last period's.
"""
from __future__ import annotations

import re

from .text import bigrams, normalise, spans

# Phrases that say only that work goes on, and the filler words around them.
VAGUE = re.compile(
    r"正在推进|推进中|正常推进|有序推进|稳步推进|积极推进|扎实推进|持续推进|全力推进|加快推进|"
    r"按计划推进|按序时推进|序时推进|顺利推进|进展正常|进展顺利|进展良好|正常进行|正在进行|"
    r"正在实施|按计划实施|有序开展|正在开展|持续开展|积极开展|按计划开展|稳步实施|有序实施|"
    r"按时推进|按期推进|加紧推进|抓紧推进|正在抓紧|推进顺利"
)
_FILLER = re.compile(r"各项|相关|目前|当前|总体|整体|工作|项目|任务|均|已|正|在|按|等|中|了|[,，;；。.!！?？:：]")

REPEAT_SHARE = 0.8
UNCHANGED_SHARE = 0.9


def _jaccard(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    if not x and not y:
        return 1.0
    return len(x & y) / len(x | y)


def _repeats(content: str, progress: str) -> bool:
    """Most of the progress text is sentences copied from the task text (a sentence counts as
    copied when REPEAT_SHARE of its bigrams are the task's), or all of it nearly is."""
    cb = bigrams(content)
    pb = bigrams(progress)
    share = len(pb & cb) / len(pb) if pb else 0.0
    if share >= REPEAT_SHARE:
        return True
    if share < 0.35:
        return False  # too little shared for half the text to be copied sentences
    copied = 0
    for s, e in spans(progress, "sentence"):
        sb = bigrams(progress[s:e])
        if sb and len(sb & cb) / len(sb) >= REPEAT_SHARE:
            copied += e - s
    return copied >= 0.5 * len(progress.strip())


def findings_for(targets, content: str, progress: str, previous: str | None) -> list[str]:
    """The finding codes for one task row, in a fixed order."""
    out = []
    text = normalise(progress or "")
    if not targets:
        out.append("no_numeric_target")
    if not text:
        out.append("no_progress")
        return out
    if content and _repeats(content, progress):
        out.append("repeats_task")
    if VAGUE.search(text) and not _FILLER.sub("", VAGUE.sub("", text)):
        out.append("vague_only")
    if previous is not None and normalise(previous) and (
            normalise(previous) == text or _jaccard(previous, progress) >= UNCHANGED_SHARE):
        out.append("unchanged")
    return out
