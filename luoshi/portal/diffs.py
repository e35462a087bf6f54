"""Changes between two periods' text, marked with <ins>/<del> (difflib, by character: Chinese
has no spaces to split words on)."""

from __future__ import annotations

import difflib

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Equal stretches shorter than this between two changes are folded into the change, so a
# rewritten sentence reads as one deletion and one insertion rather than confetti.
MIN_EQUAL = 3


def _opcodes(old: str, new: str):
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    merged: list[list] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" and (i2 - i1) < MIN_EQUAL and merged and merged[-1][0] != "equal" and (i2 < len(old) or j2 < len(new)):
            tag = "replace"
        if merged and tag != "equal" and merged[-1][0] != "equal":
            prev = merged[-1]
            merged[-1] = ["replace", prev[1], i2, prev[3], j2]
        else:
            merged.append([tag, i1, i2, j1, j2])
    return merged


def _esc(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def diff_html(old: str, new: str) -> SafeString:
    """`new` with what was added since `old` in <ins> and what was removed in <del>."""
    if old == new:
        return mark_safe(_esc(new))
    out = []
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        if tag == "equal":
            out.append(_esc(new[j1:j2]))
            continue
        if i2 > i1:
            out.append(f'<del><span class="visually-hidden">删去:</span>{_esc(old[i1:i2])}</del>')
        if j2 > j1:
            out.append(f'<ins><span class="visually-hidden">新增:</span>{_esc(new[j1:j2])}</ins>')
    return mark_safe("".join(out))

