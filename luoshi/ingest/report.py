"""The one shape every parser returns: a published report read out of a document.

Pure Python, no Django: the loader (`luoshi.ingest.load`) validates and saves it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime


class ParseError(ValueError):
    """The document holds no recognizable report; the message is one line naming what was missing."""


@dataclass
class Meta:
    """The disclosure's metadata block (公开信息), each field None when the page does not give it."""

    index_no: str | None = None  # 索引号, as printed: "H081/2023-74516"
    written_date: date | None = None  # 成文日期
    publisher: str | None = None  # 发布机构: "闻堰街道"
    topic: str | None = None  # 主题分类: "政务公开" or "综合政务\\政务公开"
    published_at: datetime | None = None  # 发布日期 (naive, local time)
    source: str | None = None  # 信息来源
    doc_no: str | None = None  # 文号
    title: str | None = None  # the report's title
    organization: str | None = None  # the government's full name read from the title
    url: str | None = None  # where the page was published (a SOURCE: line, or the fetched URL)


@dataclass
class PeriodInfo:
    """The period (报告期) the report covers, as read from its title or progress header."""

    label: str  # as printed: "第三季度", "1-9月", "上半年"
    kind: str  # "quarter" | "half" | "months" | "month" | "year"
    year: int
    start: date
    end: date  # as_of


@dataclass
class Row:
    """One task row of the report's table (or one item of a prose layout)."""

    number: str  # 序号 as printed ("9*", "一", "145"); generated when absent
    category: list[str] = field(default_factory=list)  # outermost first
    content: str = ""  # 任务内容 / 目标任务
    progress: str = ""  # 工作举措与完成情况; paragraphs joined with "\n"
    title: str = ""  # a task title when the layout has one apart from the content
    unit: str = ""  # 责任单位 / 牵头单位
    leader: str = ""  # 责任领导
    deadline: str = ""  # as printed
    status: str = ""  # 进展状态 / 完成情况 status word as printed: "按时推进", "超额完成"
    percent: str = ""  # numeric progress as printed: 进度 / 完成率 / 完成目标(%), e.g. "88%"
    remarks: str = ""  # 备注 / 存在问题
    extra: dict[str, str] = field(default_factory=dict)  # columns with no role, keyed by header
    number_generated: bool = False  # True when the document printed no 序号 for this row
    line: int | None = None  # where the row starts in the source (1-based line or table row)


@dataclass
class ParsedReport:
    meta: Meta
    period: PeriodInfo | None
    columns: dict[str, str]  # role -> header as printed, e.g. {"progress": "工作举措与完成情况"}
    rows: list[Row]
    warnings: list[str] = field(default_factory=list)
    format: str = ""  # "text", "html", "docx", ...

    @property
    def year(self) -> int | None:
        """The plan's year: the period's year, else none known."""
        return self.period.year if self.period else None

    def to_dict(self) -> dict:
        """The JSON shape of `luoshi import --dry-run --json`."""
        meta = dataclasses.asdict(self.meta)
        for key, value in meta.items():
            if isinstance(value, (date, datetime)):
                meta[key] = value.isoformat(sep=" ", timespec="minutes") if isinstance(value, datetime) else value.isoformat()
        period = None
        if self.period:
            period = {
                "label": self.period.label,
                "kind": self.period.kind,
                "year": self.period.year,
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
            }
        return {
            "format": self.format,
            "meta": meta,
            "period": period,
            "columns": dict(self.columns),
            "rows": [dataclasses.asdict(r) for r in self.rows],
            "warnings": list(self.warnings),
        }
