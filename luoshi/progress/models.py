"""Reporting periods, what units report per task, and the readings of targets (研判)."""

from django.conf import settings
from django.db import models

from luoshi.plans.models import Plan, Target, Task, Unit


class Period(models.Model):
    """A reporting period (报告期) of a plan: a quarter, a half-year, Jan–Sep, a month, the year."""

    class Kind(models.TextChoices):
        QUARTER = "quarter", "季度"
        HALF = "half", "半年"
        MONTHS = "months", "累计月份"
        MONTH = "month", "月度"
        YEAR = "year", "全年"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="periods")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    label = models.CharField("名称", max_length=50, help_text="as printed: 第三季度, 1-9月")
    start = models.DateField("起始日期")
    end = models.DateField("截至日期", help_text="as_of")
    due = models.DateField("报送截止", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "报告期"
        ordering = ["plan", "end"]
        constraints = [models.UniqueConstraint(fields=["plan", "start", "end"], name="period_unique_span")]

    def __str__(self):
        return f"{self.plan.year}年{self.label}"


class Progress(models.Model):
    """What a unit reports for one task in one period (工作举措与完成情况), with its review state."""

    class State(models.TextChoices):
        DRAFT = "draft", "草稿"
        SUBMITTED = "submitted", "已报送"
        RETURNED = "returned", "已退回"
        APPROVED = "approved", "已审核"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="progress")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="progress")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL, related_name="progress")
    text = models.TextField("工作举措与完成情况", blank=True, help_text="paragraphs separated by a line break")
    # Denormalised current state: only ProgressEvent rows change it.
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "工作进展"
        constraints = [models.UniqueConstraint(fields=["task", "period"], name="progress_one_per_task_period")]
        indexes = [models.Index(fields=["period", "state"], name="progress_period_state")]

    def __str__(self):
        return f"{self.task.number} @ {self.period}"

    def paragraphs(self):
        return [p for p in self.text.split("\n") if p.strip()]


class ProgressEvent(models.Model):
    """A change of a Progress entry's state (submitted, returned, approved, imported), who and when."""

    progress = models.ForeignKey(Progress, on_delete=models.CASCADE, related_name="events")
    state = models.CharField(max_length=10, choices=Progress.State.choices)
    action = models.CharField(max_length=20)
    comment = models.TextField(blank=True)
    text = models.TextField("当时文本", blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["progress", "created", "pk"]


class Reading(models.Model):
    """The assessment (研判) of one target in one period; automatic unless a reviewer overrode it."""

    class Status(models.TextChoices):
        ACHIEVED = "achieved", "已完成"
        IN_PROGRESS = "in_progress", "推进中"
        NOT_REPORTED = "not_reported", "未报告"

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="readings")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="readings")
    achieved = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    status = models.CharField(max_length=15, choices=Status.choices)
    overdue = models.BooleanField(default=False)
    evidence = models.TextField(blank=True)
    # Set by a reviewer's override (see ReadingOverride); an overridden reading wins over recomputation.
    overridden_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    override_reason = models.TextField(blank=True)
    updated = models.DateTimeField(auto_now=True)

    @property
    def is_overridden(self):
        return bool(self.override_reason)

    class Meta:
        verbose_name = verbose_name_plural = "研判"
        constraints = [models.UniqueConstraint(fields=["target", "period"], name="reading_one_per_target_period")]
        indexes = [models.Index(fields=["period", "status"], name="reading_period_status")]


class ReadingOverride(models.Model):
    """A reviewer's override of a reading, kept as history: who, when, what it was, what it became, why."""

    reading = models.ForeignKey(Reading, on_delete=models.CASCADE, related_name="overrides")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    status_before = models.CharField(max_length=15, choices=Reading.Status.choices)
    status = models.CharField(max_length=15, choices=Reading.Status.choices)
    achieved_before = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    achieved = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    reason = models.TextField("理由")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["reading", "created", "pk"]
