"""Who may do what in the back office (Membership), every edit of a progress text (ProgressRevision),
and every reminder sent (Reminder)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from luoshi.plans.models import Organization, Unit
from luoshi.progress.models import Period, Progress


class Membership(models.Model):
    """A user's role in one organization. Reporters belong to one of its units and see only its tasks."""

    class Role(models.TextChoices):
        ADMIN = "admin", "督查室管理员"
        REVIEWER = "reviewer", "审核人"
        REPORTER = "reporter", "单位填报人"
        LEADER = "leader", "领导"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("角色", max_length=10, choices=Role.choices)
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name="责任单位")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "机构成员"
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="membership_one_per_org")]

    def __str__(self):
        return f"{self.user} @ {self.organization}: {self.get_role_display()}"

    def clean(self):
        if self.role == self.Role.REPORTER and self.unit_id is None:
            raise ValidationError({"unit": "单位填报人必须属于一个责任单位"})
        if self.unit_id is not None and self.unit.organization_id != self.organization_id:
            raise ValidationError({"unit": "责任单位不属于该机构"})

    def save(self, *args, **kwargs):
        self.full_clean()
        super().save(*args, **kwargs)

    @property
    def reviews(self):
        return self.role in (self.Role.ADMIN, self.Role.REVIEWER)


class ProgressRevision(models.Model):
    """One saved version of a progress text: every edit is kept, and any can be restored."""

    progress = models.ForeignKey(Progress, on_delete=models.CASCADE, related_name="revisions")
    text = models.TextField("文本", blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField("说明", max_length=100, blank=True, help_text="保存草稿, 报送, 恢复自第N版")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "填报修订"
        ordering = ["progress", "created", "pk"]


class Reminder(models.Model):
    """A reminder sent to a unit for a period. The unique constraint makes a second run of
    `luoshi remind` (even one started at the same moment) send nothing twice."""

    class Kind(models.TextChoices):
        BEFORE = "before", "截止前提醒"
        OVERDUE = "overdue", "逾期催报"

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="reminders")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    recipients = models.TextField("收件人", blank=True)
    tasks = models.TextField("未报送任务", blank=True)
    webhook_status = models.CharField(max_length=100, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "催报记录"
        constraints = [models.UniqueConstraint(fields=["unit", "period", "kind"], name="reminder_once")]
