"""One SearchEntry per row of a published disclosure: what search finds and filters on."""

from django.db import models

from luoshi.plans.models import Organization, Plan, Task
from luoshi.progress.models import Period
from luoshi.publish.models import Disclosure


class SearchEntry(models.Model):
    """A row (one task in one period) of a published, current disclosure, denormalised for
    filtering. `bigrams` feeds the full-text index: the FTS5 table `search_fts` on SQLite, the
    generated column `tsv` on PostgreSQL (both made by migration 0002, unknown to the ORM)."""

    disclosure = models.ForeignKey(Disclosure, on_delete=models.CASCADE, related_name="search_entries")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="+")
    # The frozen row names its task; the task may be gone while the published row stays.
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    position = models.PositiveIntegerField("行号")
    year = models.PositiveSmallIntegerField("年度")
    period_label = models.CharField("报告期", max_length=50)
    period_end = models.DateField("截至日期")
    number = models.CharField("序号", max_length=20, blank=True)
    category = models.CharField("任务类别", max_length=600, blank=True, help_text="path joined by ›")
    category_top = models.CharField("一级类别", max_length=300, blank=True)
    unit = models.CharField("责任单位", max_length=300, blank=True)
    # Space-delimited on both sides (" achieved in_progress ") so a status filters by `contains`.
    statuses = models.CharField("指标状态", max_length=200, blank=True)
    title = models.CharField("任务名称", max_length=300, blank=True)
    content = models.TextField("任务内容", blank=True)
    progress = models.TextField("工作举措与完成情况", blank=True)
    text = models.TextField("全文", help_text="what a query is matched against (icontains is the oracle)")
    bigrams = models.TextField("二元分词")

    class Meta:
        verbose_name = verbose_name_plural = "检索条目"
        ordering = ["-period_end", "disclosure_id", "position"]
        indexes = [
            models.Index(fields=["organization", "year"], name="search_org_year"),
            models.Index(fields=["task"], name="search_task"),
        ]

    def __str__(self):
        return f"{self.number} @ {self.disclosure_id}"
