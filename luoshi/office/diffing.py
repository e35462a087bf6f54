"""The difference between last period's text and this one, as segments a template shows with
<del> and <ins>. Chinese has no spaces to split words on, so the units compared are single
characters, except that a number (9, 12.5, 1-9) stays whole: `9家` -> `10家` reads as one change."""

import re
from difflib import SequenceMatcher

TOKEN = re.compile(r"\d+(?:[.．]\d+)?|[A-Za-z]+|\s+|.", re.S)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def segments(before: str, after: str) -> list[tuple[str, str]]:
    """[(kind, text)] with kind "same", "del" or "ins", in reading order."""
    a, b = tokens(before), tokens(after)
    out = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", "".join(a[a1:a2])))
            continue
        if op in ("delete", "replace"):
            out.append(("del", "".join(a[a1:a2])))
        if op in ("insert", "replace"):
            out.append(("ins", "".join(b[b1:b2])))
    return out
