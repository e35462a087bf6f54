"""Downloads of a disclosure: a registry of exporters keyed by file extension.

Every exporter takes the one serializer's dict (`disclosure_dict`) and returns an `Export`; none
reads the database, so the page, the API and every format show the same frozen report.

    >>> export(disclosure_dict(d), "docx").filename
    '杭州市萧山区…执行情况.docx'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from luoshi.publish.serialize import table_layout


@dataclass(frozen=True)
class Export:
    content: bytes
    content_type: str
    filename: str


class Exporter:
    """One download format. Subclasses set the class attributes and implement `render`."""

    extension = ""
    content_type = ""
    label = ""  # the name people know the format by: Word, Excel, …
    listed = True  # offered in the page's download block

    def render(self, data: dict, rows: list[dict], notices: list[str]) -> bytes:
        raise NotImplementedError

    def export(self, data: dict, notices: list[str] = ()) -> Export:
        content = self.render(data, table_layout(data), list(notices))
        return Export(content, self.content_type, filename(data, self.extension))


REGISTRY: dict[str, Exporter] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    REGISTRY[cls.extension] = cls()
    return cls


def get_exporter(extension: str) -> Exporter | None:
    return REGISTRY.get(extension)


def listed() -> list[Exporter]:
    return [e for e in REGISTRY.values() if e.listed]


def export(data: dict, extension: str, notices: list[str] = ()) -> Export:
    exporter = get_exporter(extension)
    if exporter is None:
        raise KeyError(f"no exporter for .{extension}; known: {', '.join(REGISTRY)}")
    return exporter.export(data, notices)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def filename(data: dict, extension: str) -> str:
    """The report's title as a file name (Windows-safe), with its version when corrected."""
    stem = _UNSAFE.sub("_", data.get("title") or "").strip(" ._") or f"公开信息{data.get('id', '')}"
    if data.get("version", 1) > 1:
        stem += f"(第{data['version']}版)"
    return f"{stem}.{extension}"


def notices(data: dict, newer=None) -> list[str]:
    """The lines a document prints above its table: that it corrects an older version, or that a
    newer version corrects it (the reason a superseded download is rendered again)."""
    lines = []
    if data.get("replaces"):
        line = f"本文为更正版本(第{data['version']}版)。"
        if data.get("change_note"):
            line += f"更正说明:{data['change_note']}"
        lines.append(line)
    if newer is not None:
        lines.append(f"本文已有更正版本:{newer.title}(第{newer.version}版),索引号 {newer.index_no or '—'}。")
    return lines


# Importing the modules fills the registry, in the order the page offers the formats.
from luoshi.publish.exports import word as _word  # noqa: E402,F401,I001
from luoshi.publish.exports import excel as _excel  # noqa: E402,F401
from luoshi.publish.exports import document as _document  # noqa: E402,F401
from luoshi.publish.exports import data as _data  # noqa: E402,F401
