"""The difference between last period's text and this one, character by character (Chinese has
no spaces to split words on), as segments a template shows with <del> and <ins>."""

from difflib import SequenceMatcher


def segments(before: str, after: str) -> list[tuple[str, str]]:
    """[(kind, text)] with kind "same", "del" or "ins", in reading order."""
    out = []
    matcher = SequenceMatcher(None, before or "", after or "", autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("same", before[a1:a2]))
            continue
        if op in ("delete", "replace"):
            out.append(("del", before[a1:a2]))
        if op in ("insert", "replace"):
            out.append(("ins", after[b1:b2]))
    return out
