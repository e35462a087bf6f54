"""Plain text of a published page, in the layouts it comes in.

- The page text as a browser copies it (the seed): metadata lines, the title, then the table's
  cells one per paragraph. Merged cells are printed once, so a row printing k category cells
  gives the last k levels and inherits the outer ones from the row above (rowspan semantics).
- Pasted tables: one row per line, cells separated by ` | ` or tabs; or one cell per line
  ending in ` |`.
- Space-separated tables (a row per line, cells separated by runs of spaces).
- Prose: numbered items (`一、` `(一)` `1.` `(1)`), handed to `prose.py`.

Cells are told apart by their language, never by particular words: a category cell is a short
heading with no sentence punctuation, content and progress are sentences.
"""

from __future__ import annotations

import re

from . import prose
from .columns import header_names_period, norm_header, role_of
from .meta import is_meta_line, looks_like_title, organization_from_title, read_meta
from .period import find_period, find_year
from .report import Meta, ParsedReport, ParseError
from .tables import Grid, is_number, is_status_word, rows_from_grid, split_progress_status

_SENTENCE_PUNCT = re.compile(r"[。；;，,：:！？!?]")
_PERCENT = re.compile(r"^[\d.]+\s*%")
FURNITURE = re.compile(
    r"^(分享[:：].*|分享$|扫一扫.*|打印(本页)?$|关闭(窗口)?$|【?字号.*|字体[:：].*|当前位置.*|首页.*|>.*|您现在所在的位置.*|"
    r"上一篇.*|下一篇.*|相关(链接|阅读|解读|文件).*|附件(下载)?[:：]?$|\[?\s*打印本页.*|收藏.*|"
    r"无障碍浏览|长辈版.*|正文内容区域.*|[【\[]\s*(大|中|小)\s*[】\]].*|!\[\]\(.*\)|(放大|缩小|上一版|下一版|下载)$|"
    r"浏览量[:：]?\s*\d*[\s|]*$|访问次数[:：]?\s*\d*$|浏览次数[:：]?\s*\d*$)"
)


def decode(data: bytes) -> str:
    """Bytes of a text file: UTF-8 (with or without BOM), else GB18030, else a detected charset."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes (a truncated download, a pasted fragment) stays UTF-8:
    # GB18030 would decode it without error into nonsense.
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad <= max(2, len(loose) // 1000) and any("\u4e00" <= ch <= "\u9fff" for ch in loose[:20000]):
        return loose
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except Exception:  # pragma: no cover - the detector is a best effort
        pass
    return data.decode("utf-8", errors="replace")


def heading_like(text: str) -> bool:
    """A short heading: no sentence punctuation, not a number or a percentage."""
    s = text.strip()
    if not s or len(s) > 30 or _SENTENCE_PUNCT.search(s) or s.endswith(("。", "、")):
        return False
    return not is_number(s) and not _PERCENT.match(s) and not re.fullmatch(r"[\d.,%\s]+", s)


# ---- source headers of pasted files ---------------------------------------------------------

_SRC = re.compile(r"^(SOURCE|TITLE|PARTIAL)\s*:\s*(.*)$")


def _split_source_header(lines: list[str], meta: Meta, warnings: list[str]) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        m = _SRC.match(line.strip()) if i < 8 else None
        if not m:
            out.append(line)
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "SOURCE":
            url = re.search(r"https?://\S+", value)
            meta.url = url.group(0) if url else None
        elif key == "TITLE" and value and not value.startswith(("(", "（")):
            # "(绍兴市)" after a space is the collector's note, not part of the title
            meta.title = re.sub(r"\s+[(（][^()（）]*[)）]\s*$", "", value)
        elif key == "PARTIAL" and value.lower().startswith("yes"):
            warnings.append("the document says it is partial (PARTIAL: yes); the last row may be cut")
        out.append("")
    return out


# ---- paragraphs and headers -----------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    out = []
    for n, line in enumerate(lines, 1):
        s = line.replace("\xa0", " ").strip()
        s = re.sub(r"\s*\|\s*$", "", s).strip()
        s = re.sub(r"[ \t\u3000]+", " ", s)
        if not s or set(s) <= set("| "):
            continue
        out.append((n, s))
    return out


def _header_run(paras: list[tuple[int, str]], i: int) -> tuple[list[str], int] | None:
    """Header cells starting at paragraph i, and the paragraph after them.

    Headers broken over lines are joined: a fragment with no role joins the next one when the
    two make a header (责任 + 领导), or the one before when it is a parenthesis or a period
    (完成目标 + (%), 工作任务安排 + 第二季度); a two-character fragment of the same role as the
    one before continues it (攻坚目标 + 任务)."""
    frags: list[str] = []
    j = i
    while j < len(paras):
        text = paras[j][1]
        h = norm_header(text)
        if len(h) > 16 or is_number(text) or _SENTENCE_PUNCT.search(text.strip("()（）%")) or re.search(r"(?:19|20)\d{2}", h):
            break  # a sentence, a number, or a title with its year ends the header
        frags.append(h)
        j += 1
        if len(frags) > 24:
            break
    cells: list[str] = []
    k = 0
    used = 0
    while k < len(frags):
        f = frags[k]
        role = role_of(f)
        nxt = frags[k + 1] if k + 1 < len(frags) else None
        if role is None:
            if cells and (f.startswith(("(", "（")) or header_names_period(f)) and role_of(cells[-1] + f):
                cells[-1] += f
            elif nxt is not None and len(f) >= 2 and role_of(f + nxt) and (role_of(nxt) is None or len(f) <= 4):
                cells.append(f + nxt)
                k += 1
            else:
                break
        elif nxt is not None and nxt.startswith(("(", "（")) and role_of(f + nxt):
            cells.append(f + nxt)
            k += 1
        elif nxt is not None and len(nxt) <= 2 and role_of(nxt) == role and role_of(f + nxt) == role:
            cells.append(f + nxt)
            k += 1
        else:
            cells.append(f)
        k += 1
        used = k
    roles = {role_of(c) for c in cells}
    # Without a 序号 a header needs three columns: two short lines are too easily a heading pair.
    if len(cells) >= (2 if "number" in roles else 3) and len(roles - {None}) >= 2 and roles & {"content", "progress", "title"}:
        return cells, i + used
    return None


def _expand_header_lines(paras: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A header printed on one line ("序号 任务内容 完成情况") above rows printed one cell per
    paragraph: split it into one paragraph per header."""
    out: list[tuple[int, str]] = []
    for k, (line, text) in enumerate(paras):
        words = text.split()
        nxt = paras[k + 1][1] if k + 1 < len(paras) else ""
        if (2 <= len(words) <= 12 and all(len(w) <= 12 for w in words) and is_number(nxt)
                and sum(1 for w in words if role_of(w)) >= 2 and role_of(words[0])):
            out.extend((line, w) for w in words)
        else:
            out.append((line, text))
    return out


def _find_header(paras: list[tuple[int, str]]) -> tuple[int, list[str], int] | None:
    for i in range(len(paras)):
        if role_of(norm_header(paras[i][1])) or len(norm_header(paras[i][1])) <= 4:
            run = _header_run(paras, i)
            if run:
                return i, run[0], run[1]
    return None


# ---- the page-text table (one cell per paragraph) -------------------------------------------


def _number_value(text: str) -> int | None:
    m = re.match(r"^\s*(\d{1,4})", text)
    return int(m.group(1)) if m else None


def _plausible(role: str | None, text: str) -> bool:
    s = text.strip()
    if role == "status":
        return len(s) <= 12 and not _SENTENCE_PUNCT.search(s)
    if role == "percent":
        return bool(re.match(r"^[\d.]+\s*%?", s)) or is_status_word(s)
    if role == "unit":
        return len(s) <= 60 and not _SENTENCE_PUNCT.search(s) and not re.match(r"^[\d①-⑳]", s) and not _PERCENT.match(s)
    if role == "leader":
        return len(s) <= 16 and not _SENTENCE_PUNCT.search(s)
    if role == "deadline":
        return len(s) <= 40 and bool(re.search(r"[年月日前底末季]", s))
    if role == "remarks":
        return len(s) <= 200
    return True


def _join_fragments(chunk: list[str]) -> list[str]:
    """Cells broken over lines: a short paragraph ending in 、 continues on the next one."""
    out: list[str] = []
    for p in chunk:
        if out and len(out[-1]) <= 30 and out[-1].endswith(("、", "/")):
            out[-1] += p
        else:
            out.append(p)
    return out


_ORG_SUFFIX = re.compile(r"(局|委|办|厅|院|会|中心|部|队|所|站|处|科|组|室|公司|政府|街道|镇|乡)$")


def _trailing_value(text: str) -> bool:
    """A short cell that reads as a row's last columns (a status word or a unit), not a heading."""
    return is_status_word(text) or bool(_ORG_SUFFIX.search(text.strip()))


def _assign_chunk(chunk: list[str], roles: list[str | None]) -> list[str]:
    """Spread a row's paragraphs over its columns: front columns in order, trailing columns from
    the end (skipping those the text does not fit), the progress column absorbing the rest."""
    cells = [""] * len(roles)
    if not roles:
        return cells
    if "progress" in roles:
        p = roles.index("progress")
    else:
        p = max(i for i, r in enumerate(roles) if r == "content") if "content" in roles else len(roles) - 1
    front, back = list(range(p)), list(range(p + 1, len(roles)))
    paras = list(chunk)
    # trailing columns, from the last
    for c in reversed(back):
        if len(paras) <= len(front) + 1:
            break
        if paras and _plausible(roles[c], paras[-1]) and (roles[c] != "remarks" or len(paras[-1]) <= 60):
            cells[c] = paras.pop()
    for c in front:
        if not paras:
            break
        cells[c] = paras.pop(0)
    cells[p] = "\n".join(paras)
    return cells


def parse_cell_paragraphs(paras: list[tuple[int, str]], hstart: int, header: list[str], hend: int) -> tuple[Grid, list[str]] | None:
    """The seed layout: after the header, cells one per paragraph, rows started by their 序号."""
    roles = [role_of(h) for h in header]
    warnings: list[str] = []
    body = paras[hend:]
    if "number" not in roles:
        inline = _inline_numbers(body, header, roles)
        if inline:
            body, header, roles = inline
    if "number" not in roles:
        return _parse_unnumbered(body, header, roles)
    num_at = roles.index("number")
    pre_roles = roles[:num_at]
    post = roles[num_at + 1 :]
    post_headers = header[num_at + 1 :]
    n_cat_hdr = 0
    while n_cat_hdr < len(post) and post[n_cat_hdr] == "category":
        n_cat_hdr += 1
    rest_roles = post[n_cat_hdr:]
    rest_headers = post_headers[n_cat_hdr:]
    # Split into chunks at row numbers.
    starts: list[int] = []
    prev: int | None = None
    min_cells = max(1, len(rest_roles) - 1)
    for k, (_, text) in enumerate(body):
        if not is_number(text):
            continue
        nxt = body[k + 1][1] if k + 1 < len(body) else ""
        if is_number(nxt) or _PERCENT.match(nxt):
            continue
        v = _number_value(text)
        if starts and v is not None and prev is not None and v != prev + 1 and re.search(r"\d[.．]\d", text):
            continue  # a decimal out of sequence is a value (123.4), not a row number
        if starts:
            since = k - starts[-1] - 1
            if v is not None and prev is not None and v != prev + 1 and since < min_cells:
                continue
            if v is not None and prev is not None and v <= prev and since < min_cells + 2:
                continue
        starts.append(k)
        prev = v if v is not None else prev
    if not starts:
        return None
    raw_rows: list[tuple[int, str, list[str], list[str]]] = []  # line, number, leading cells, chunk
    pre_cells: list[str] = [p for _, p in body[: starts[0]] if heading_like(p)][-len(pre_roles):] if pre_roles else []
    for idx, k in enumerate(starts):
        end = starts[idx + 1] if idx + 1 < len(starts) else len(body)
        chunk = [t for _, t in body[k + 1 : end] if not FURNITURE.match(t)]
        next_pre: list[str] = []
        if pre_roles and idx + 1 < len(starts):
            # A merged column before 序号 prints its heading just before the next row's number.
            while chunk and heading_like(chunk[-1]) and not _trailing_value(chunk[-1]) and len(next_pre) < len(pre_roles) and len(chunk) > len(rest_roles):
                next_pre.insert(0, chunk.pop())
        raw_rows.append((body[k][0], body[k][1], pre_cells, chunk))
        pre_cells = next_pre
    # Category cells: leading headings of each chunk, leaving at least the cells that must follow.
    need = 2 if ("progress" in rest_roles and "content" in rest_roles) else 1
    leading: list[list[str]] = []
    for _, _, _, chunk in raw_rows:
        k = 0
        if n_cat_hdr:
            while k < len(chunk) - need and heading_like(chunk[k]):
                k += 1
        leading.append(chunk[:k])
    levels = max([len(x) for x in leading] + [n_cat_hdr if n_cat_hdr else 0]) if n_cat_hdr else 0
    levels = max(levels, 1) if n_cat_hdr else 0
    cat_header = post_headers[0] if n_cat_hdr else ""
    head = [header[c] for c in range(num_at)] + [header[num_at]] + [cat_header] * levels + rest_headers
    cells: list[list[str]] = [head]
    copy: list[list[bool]] = [[False] * len(head)]
    lines = [paras[hstart][0]]
    current_cats = [""] * levels
    current_pre = [""] * len(pre_roles)
    for (line, number, pre, chunk), cats in zip(raw_rows, leading):
        row_copy = [False] * len(head)
        if pre:
            current_pre = ([""] * len(pre_roles) + pre)[-len(pre_roles):]
        else:
            for c in range(len(pre_roles)):
                row_copy[c] = True
        if cats:
            k = len(cats)
            current_cats = current_cats[: levels - k] + cats
            for c in range(levels - k):
                row_copy[num_at + 1 + c] = True
        else:
            for c in range(levels):
                row_copy[num_at + 1 + c] = True
        body_cells = _assign_chunk(_join_fragments(chunk[len(cats) :]), rest_roles)
        cells.append(list(current_pre) + [number] + list(current_cats) + body_cells)
        copy.append(row_copy)
        lines.append(line)
    return Grid(cells, copy, lines), warnings


_INLINE_NO = re.compile(r"^(\d{1,3})\s*[、.．](?!\d)\s*(\S.*)$")


def _inline_numbers(body: list[tuple[int, str]], header: list[str], roles: list[str | None]):
    """A table without a 序号 column whose first text column numbers its cells ("1、地区生产总值"):
    the number is split off into a 序号 column placed before that column."""
    hits = [k for k, (_, t) in enumerate(body) if _INLINE_NO.match(t) and len(t) <= 60]
    if len(hits) < 2:
        return None
    values = [int(_INLINE_NO.match(body[k][1]).group(1)) for k in hits]
    if values[0] > 3 or sum(1 for a, b in zip(values, values[1:]) if b > a) < len(values) // 2:
        return None
    first = next((c for c, r in enumerate(roles) if r not in ("category",)), 0)
    new_body: list[tuple[int, str]] = []
    for k, (line, t) in enumerate(body):
        m = _INLINE_NO.match(t) if k in hits else None
        if m:
            new_body.append((line, m.group(1)))
            new_body.append((line, m.group(2)))
        else:
            new_body.append((line, t))
    header = header[:first] + ["序号"] + header[first:]
    roles = roles[:first] + ["number"] + roles[first:]
    return new_body, header, roles


def _parse_unnumbered(body: list[tuple[int, str]], header: list[str], roles: list[str | None]) -> tuple[Grid, list[str]] | None:
    """No 序号: a heading starts a group (a merged first column), then content and progress
    alternate. Other columns cannot be told apart without numbers and are not read; a grid of
    figures (a region x indicator matrix) is refused."""
    if "content" not in roles and "title" not in roles:
        return None
    warnings = []
    has_group = bool(roles) and roles[0] in ("category", "title") and ("content" in roles or "title" in roles[1:])
    content_at = next(c for c, r in enumerate(roles) if r in ("content", "title") and not (has_group and c == 0))
    has_progress = "progress" in roles
    head = ([header[0]] if has_group else []) + [header[content_at]] + ([header[roles.index("progress")]] if has_progress else [])
    extra_cols = [header[c] for c, r in enumerate(roles) if c != content_at and r not in ("progress", "category") and not (has_group and c == 0)]
    if extra_cols:
        warnings.append("no 序号 column: columns " + "/".join(extra_cols) + " not read")
    cells: list[list[str]] = [head]
    copy: list[list[bool]] = [[False] * len(head)]
    lines = [body[0][0] if body else 1]
    group, group_rows = "", 0
    pending: tuple[int, str] | None = None

    def emit(line: int, content: str, progress: str) -> None:
        nonlocal group_rows
        row = ([group] if has_group else []) + [content] + ([progress] if has_progress else [])
        cells.append(row)
        copy.append([has_group and group_rows > 0] + [False] * (len(head) - 1) if has_group else [False] * len(head))
        lines.append(line)
        group_rows += 1

    for line, text in body:
        if FURNITURE.match(text):
            continue
        if has_group and heading_like(text) and pending is None:
            group, group_rows = text, 0
            continue
        if not has_progress:
            emit(line, text, "")
            continue
        if pending is None:
            pending = (line, text)
            continue
        emit(pending[0], pending[1], text)
        pending = None
    if pending is not None:
        emit(pending[0], pending[1], "")
    data = cells[1:]
    if not data:
        return None
    k = 1 if has_group else 0
    figures = sum(1 for r in data if len(r[k]) <= 8 or re.fullmatch(r"[\d.,%\s]+.*", r[k]) and len(r[k]) <= 12)
    if figures * 2 >= len(data):
        return None
    return Grid(cells, copy, lines), warnings


# ---- forms: label / value paragraphs repeated per item ---------------------------------------


_LABEL_END = re.compile(r"(名称|任务|情况|问题|困难|滞后|单位|部门|领导|时限|内容|目标|备注|进度|状态|完成率|要求|举措|措施|事项|科室|\)|）)$")


def _form_label(paras: list[tuple[int, str]], k: int) -> tuple[str, int] | None:
    """A field label starting at paragraph k, its fragments joined (项 目 / 名 称 -> 项目名称):
    the longest run of up to four short fragments that names a role."""
    best = None
    joined = ""
    for j in range(k, min(k + 4, len(paras))):
        frag = norm_header(paras[j][1])
        if not frag or len(frag) > (12 if j == k else 4) or _SENTENCE_PUNCT.search(frag) or is_number(frag):
            break
        if j == k and not role_of(frag) and (len(frag) > 6 or (re.search(r"\d", frag) and not header_names_period(frag))):
            return None  # a value ("新建健身点10处"), not the first fragment of a label
        if j == k and (len(frag) < 2 or re.match(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])", frag)):
            return None  # 无 / 否 / 是 is a value; 一、… is a numbered heading of prose
        joined += frag
        # a longer label must end like a header does, so a short value (无, 否) is not swallowed
        if role_of(joined) and role_of(joined) != "number" and (j == k or _LABEL_END.search(joined)):
            best = (joined, j + 1)
    return best


def parse_form(paras: list[tuple[int, str]]) -> tuple[Grid, list[str]] | None:
    """A monthly form: each item prints its fields as a label line and a value line
    (项目名称 / 我市任务 / 进展情况 / 存在困难和问题 / 是否滞后), item after item."""
    records: list[dict[str, str]] = []
    lines: list[int] = []
    order: list[str] = []
    current: dict[str, str] | None = None
    label: str | None = None
    k = 0
    while k < len(paras):
        line, text = paras[k]
        found = _form_label(paras, k)
        if found:
            label, k = found
            role = role_of(label)
            if current is None or any(role_of(x) == role for x in current):
                current = {}
                records.append(current)
                lines.append(line)
            current.setdefault(label, "")
            if label not in order:
                order.append(label)
            continue
        if looks_like_title(text) or FURNITURE.match(text) or is_meta_line(text):
            label = None  # a heading between forms, the page's furniture or its source line
        elif current is not None and label is not None:
            current[label] = (current[label] + "\n" + text) if current[label] else text
        k += 1
    roles = {role_of(x) for x in order}
    if not records or not ({"content", "title"} & roles) or "progress" not in roles:
        return None
    if len(records) < 2 and len(records[0]) < 3:
        return None  # two labelled lines once are headings of some other text, not a form
    cells = [list(order)] + [[r.get(x, "") for x in order] for r in records]
    return Grid(cells, None, [lines[0]] + lines), ["form layout: one item per repeated set of labelled fields"]


# ---- pasted tables ----------------------------------------------------------------------------


def _split_cells(line: str) -> list[str] | None:
    s = line.rstrip()
    if "\t" in s:
        parts = s.split("\t")
    elif " | " in s or s.endswith(" |") or s.startswith("| "):
        parts = re.split(r"\s*\|\s*", s.strip().strip("|"))
    else:
        return None
    return [p.strip() for p in parts]


def parse_pasted(lines: list[str]) -> tuple[Grid, int] | None:
    """A table with one row per line, cells separated by ` | ` or tabs.

    A cell holding line breaks (a table copied out of a browser) cuts its row over several
    lines: while the row above has fewer cells than the header, a line continues its last cell
    (a new row starts only at a bare number in the first cell)."""
    from .tables import _score_row

    rows: list[list[str]] = []
    nums: list[int] = []
    width = 0
    for n, line in enumerate(lines, 1):
        cells = _split_cells(line)
        if not rows:
            if cells is not None and len([c for c in cells if c]) >= 2 and _score_row(cells) >= 2:
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
                nums.append(n)
                width = len(cells)
            continue
        incomplete = len(rows) > 1 and len(rows[-1]) < width
        if cells is None or len([c for c in cells if c]) < 2 and not (cells and is_number(cells[0])):
            text = (" ".join(c for c in cells if c) if cells else line).strip()
            if text and incomplete and not FURNITURE.match(text):
                rows[-1][-1] = (rows[-1][-1] + "\n" + text) if rows[-1][-1] else text
            continue
        if incomplete and not is_number(cells[0]):
            rows[-1][-1] = (rows[-1][-1] + "\n" + cells[0]) if rows[-1][-1] else cells[0]
            rows[-1].extend(cells[1:])
            continue
        rows.append(cells)
        nums.append(n)
    if len(rows) < 2:
        return None
    return Grid(rows, None, nums), 0


# ---- space-separated tables ----------------------------------------------------------------


_VALUE = re.compile(r"^[\d.]+")


def parse_spaced(lines: list[str]) -> tuple[Grid, list[str]] | None:
    """A table whose rows are lines of space-separated cells, rows starting with their number.

    The header may run over several lines (until the first row). Empty cells vanish in this
    form, so cells are placed by kind: the word columns (name, unit) by position up to the first
    figure, then figures in order into the value columns, a percentage into the percent column,
    and trailing text into the remarks."""
    for i, line in enumerate(lines):
        words = line.split()
        if len(words) < 3 or role_of(words[0]) != "number":
            continue
        n = i + 1
        while n < len(lines) and n < i + 4 and lines[n].split() and not is_number(lines[n].split()[0]):
            words += lines[n].split()
            n += 1
        # join a period prefix with the header after it ("1-7月" + "实际完成情况")
        header: list[str] = []
        k = 0
        while k < len(words):
            w = words[k]
            if (role_of(w) is None and k + 1 < len(words) and role_of(w + words[k + 1])
                    and (role_of(words[k + 1]) is None or header_names_period(w) or len(w) <= 3)):
                header.append(w + words[k + 1])
                k += 2
                continue
            if role_of(w) is None and header and role_of(header[-1] + w):
                header[-1] += w
                k += 1
                continue
            header.append(w)
            k += 1
        roles = [role_of(h) for h in header]
        if len([r for r in roles if r]) < 3 or not ({"content", "title", "progress"} & set(roles)):
            continue
        rows: list[list[str]] = [header]
        nums = [i + 1]
        generated: set[int] = set()
        for m in range(n, len(lines)):
            parts = lines[m].split()
            if not parts:
                continue
            if is_number(parts[0]) and len(parts) >= 2:
                rows.append(_place_spaced(parts, roles))
                nums.append(m + 1)
            elif len(rows) > 1 and not role_of(parts[0]) and len(parts) >= 2:
                # A sub-row (a second indicator of the task above): numbered "9-2", marked generated.
                parent = rows[-1][0].split("-")[0]
                k = sum(1 for r in rows[1:] if r[0].split("-")[0] == parent) + 1
                rows.append(_place_spaced([f"{parent}-{k}", *parts], roles))
                nums.append(m + 1)
                generated.add(m + 1)
        if len(rows) < 2:
            return None
        grid = Grid(rows, None, nums)
        grid.generated_lines = generated  # type: ignore[attr-defined]
        return grid, ["space-separated table: cells placed by kind (words, figures, percentage, remarks)"]
    return None


def _place_spaced(parts: list[str], roles: list[str | None]) -> list[str]:
    cells = [""] * len(roles)
    cells[0] = parts[0]
    tokens = parts[1:]
    word_cols = []
    for c in range(1, len(roles)):
        if roles[c] in ("title", "unit", "leader", "category") or (roles[c] == "content" and "title" not in roles):
            word_cols.append(c)
        else:
            break
    value_cols = [c for c in range(1, len(roles)) if c not in word_cols and roles[c] not in ("percent", "remarks", "status")]
    pct = next((c for c, r in enumerate(roles) if r == "percent"), None)
    rem = next((c for c, r in enumerate(roles) if r in ("remarks", "status")), None)
    t = 0
    for c in word_cols:
        if t < len(tokens) and not (_VALUE.match(tokens[t]) and c != word_cols[0]):
            cells[c] = tokens[t]
            t += 1
    rest = tokens[t:]
    vi = 0
    tail: list[str] = []
    for tok in rest:
        if tail:
            tail.append(tok)
        elif pct is not None and re.fullmatch(r"[\d.]+%", tok) and not cells[pct]:
            cells[pct] = tok
        elif _VALUE.match(tok) and vi < len(value_cols) and not (pct is not None and cells[pct]):
            cells[value_cols[vi]] = tok
            vi += 1
        elif len(tok) <= 12 and vi < len(value_cols) and not (pct is not None and cells[pct]) and not _SENTENCE_PUNCT.search(tok):
            cells[value_cols[vi]] = tok
            vi += 1
        else:
            tail.append(tok)
    if tail:
        target = rem if rem is not None else len(roles) - 1
        cells[target] = " ".join(tail)
    return cells


# ---- the whole document ----------------------------------------------------------------------


def read_head(lines: list[str], upto: int, meta: Meta) -> None:
    """Metadata, title and organization from the lines above a report's table (or items)."""
    head = [ln for ln in lines[:upto] if ln.strip()]
    read_meta(head, meta)
    if not meta.title:
        for ln in head:
            s = ln.strip()
            if looks_like_title(s) and not FURNITURE.match(s):
                meta.title = s
                break
    if meta.title and not meta.organization:
        meta.organization = organization_from_title(meta.title)


def finish_report(meta: Meta, result, period_headers: list[str], fmt: str, warnings: list[str], text_for_period: str = "") -> ParsedReport:
    """The ParsedReport, its period read from the title, else a period-naming header (1-9月推进情况),
    else (strictly) from the text above the table, with the publication year as the fallback."""
    fallback_year = (meta.written_date.year if meta.written_date else None) or (meta.published_at.year if meta.published_at else None)
    period = find_period(meta.title or "", fallback_year)
    if period is None:
        year = find_year(meta.title or "") or fallback_year
        for h in period_headers:
            period = find_period(h, year)
            if period:
                break
    if period is None and text_for_period:
        period = find_period(text_for_period[:400], find_year(meta.title or "") or fallback_year, strict=True)
    return ParsedReport(meta=meta, period=period, columns=result.columns, rows=result.rows,
                        warnings=warnings + result.warnings, format=fmt)


def parse_text(text: str, name: str = "", fmt: str = "text") -> ParsedReport:
    """A report from a page's text; ParseError (one line) when none is found."""
    meta = Meta()
    warnings: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _split_source_header(lines, meta, warnings)
    where = f"{name}: " if name else ""

    # 1. pasted rows (` | ` / tabs), one row per line
    pasted = parse_pasted(lines)
    if pasted:
        grid, _ = pasted
        res = rows_from_grid(grid, header_at=0)
        if res and res.rows:
            read_head(lines, grid.lines[0] - 1, meta)
            split_progress_status(res.rows)
            return finish_report(meta, res, res.period_headers, fmt, warnings)

    # 2. one cell per paragraph (the seed)
    paras = _expand_header_lines(_paragraphs(lines))
    found = _find_header(paras)
    if found:
        hstart, header, hend = found
        parsed = parse_cell_paragraphs(paras, hstart, header, hend)
        if parsed:
            grid, w = parsed
            res = rows_from_grid(grid, header_at=0)
            if res and res.rows:
                read_head(lines, paras[hstart][0] - 1, meta)
                split_progress_status(res.rows)
                return finish_report(meta, res, res.period_headers, fmt, warnings + w)

    # 3. forms (label / value paragraphs)
    form = parse_form(paras)
    if form:
        grid, w = form
        res = rows_from_grid(grid, header_at=0)
        if res and res.rows:
            read_head(lines, grid.lines[0] - 1, meta)
            return finish_report(meta, res, res.period_headers, fmt, warnings + w)

    # 4. space-separated rows
    spaced = parse_spaced(lines)
    if spaced:
        grid, w = spaced
        res = rows_from_grid(grid, header_at=0)
        if res and res.rows:
            for row in res.rows:
                if row.line in getattr(grid, "generated_lines", ()):
                    row.number_generated = True
            read_head(lines, grid.lines[0] - 1, meta)
            return finish_report(meta, res, res.period_headers, fmt, warnings + w)

    # 5. numbered prose
    items = prose.parse_prose(lines)
    if items:
        rows, first_line = items
        read_head(lines, first_line - 1, meta)
        from .tables import TableResult

        res = TableResult(columns={"content": "", "progress": ""}, rows=rows)
        return finish_report(meta, res, [], fmt, warnings + ["prose layout: task and progress split at the first progress sentence"], "\n".join(lines))

    if found:
        raise ParseError(f"{where}a table header ({'/'.join(found[1])}) but no numbered rows under it")
    raise ParseError(f"{where}no table header with 序号/任务内容/完成情况 found, and no numbered items (一、 1.)")
