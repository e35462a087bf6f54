"""Organizations, units and the year's plan of key tasks (年度重点任务)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class Organization(models.Model):
    """A government that publishes (机构): 闻堰街道办事处, with its parent (萧山区)."""

    name = models.CharField("简称", max_length=100, unique=True, help_text="发布机构 as printed: 闻堰街道")
    full_name = models.CharField("全称", max_length=200, blank=True)
    code = models.CharField("索引号前缀", max_length=40, blank=True, help_text="H081")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    index_template = models.CharField(
        "索引号模板", max_length=100, default="{code}/{year}-{serial:05d}",
        help_text="placeholders: {code}, {year}, {serial}",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "机构"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Unit(models.Model):
    """A responsible unit (责任单位): a department, a village or a company."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="units")
    name = models.CharField("名称", max_length=200)

    class Meta:
        verbose_name = verbose_name_plural = "责任单位"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="unit_unique_name")]

    def __str__(self):
        return self.name


class Plan(models.Model):
    """The key tasks of one organization's work report for one year (年度重点任务)."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="plans")
    year = models.PositiveSmallIntegerField("年度", validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    title = models.CharField("标题", max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "年度计划"
        ordering = ["organization", "-year"]
        constraints = [models.UniqueConstraint(fields=["organization", "year"], name="plan_one_per_year")]

    def __str__(self):
        return f"{self.organization} {self.year}年"


class Category(models.Model):
    """A heading of the plan (任务类别); a tree: 创新生态构建 › 企业科技创新."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="categories")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    name = models.CharField("名称", max_length=300)
    position = models.PositiveIntegerField("顺序", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "任务类别"
        ordering = ["plan", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "parent", "name"], name="category_unique_sibling"),
            # NULL parents are distinct in a unique index: top-level names need their own rule.
            models.UniqueConstraint(
                fields=["plan", "name"], condition=models.Q(parent__isnull=True), name="category_unique_root"
            ),
        ]

    def __str__(self):
        return " › ".join(self.path())

    def path(self):
        """Names from the root down to this category."""
        names, node = [], self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return names[::-1]


class Task(models.Model):
    """One numbered row of the plan (重点任务)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    category = models.ForeignKey(Category, null=True, blank=True, on_delete=models.PROTECT, related_name="tasks")
    number = models.CharField("序号", max_length=20, help_text="as printed: 9*, 一, 145")
    number_generated = models.BooleanField("序号为生成", default=False)
    position = models.PositiveIntegerField("顺序")
    title = models.CharField("任务名称", max_length=300, blank=True)
    content = models.TextField("任务内容")
    units = models.ManyToManyField(Unit, blank=True, related_name="tasks", verbose_name="责任单位")
    unit_text = models.CharField("责任单位(原文)", max_length=300, blank=True)
    leader = models.CharField("责任领导", max_length=100, blank=True)
    deadline = models.CharField("完成时限", max_length=100, blank=True)
    extra = models.JSONField("其他字段", default=dict, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "重点任务"
        ordering = ["plan", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "position"], name="task_unique_position")]

    def __str__(self):
        return f"{self.number}. {self.content[:30]}"


class Target(models.Model):
    """A quantitative target read out of a task's content (指标): 新增40个托位."""

    class Comparator(models.TextChoices):
        AT_LEAST = ">=", "不少于"
        AT_MOST = "<=", "不超过"
        EQUAL = "=", "等于"

    class Source(models.TextChoices):
        AUTO = "auto", "自动识别"
        MANUAL = "manual", "人工修正"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="targets")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.CharField("原文", max_length=300)
    metric = models.CharField("指标", max_length=100)
    value = models.DecimalField("目标值", max_digits=20, decimal_places=4)
    unit = models.CharField("单位", max_length=20, blank=True)
    comparator = models.CharField(max_length=2, choices=Comparator.choices, default=Comparator.EQUAL)
    deadline = models.DateField("期限", null=True, blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.AUTO)

    class Meta:
        verbose_name = verbose_name_plural = "指标"
        ordering = ["task", "position"]

    def __str__(self):
        return self.text


class TargetCorrection(models.Model):
    """A reviewer's correction of a task's targets: who, when, why, and the targets before and after.

    Once a task has a correction, its targets are the reviewer's: recomputation leaves them alone.
    """

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="target_corrections")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reason = models.TextField("理由")
    before = models.JSONField(default=list)
    after = models.JSONField(default=list)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task", "created", "pk"]


class TaskLink(models.Model):
    """A report row attached to an existing task by similarity rather than identity (关联待确认).

    Importing a later period links each row to the plan's task it continues; where the text was
    reworded, the link carries its confidence and waits here for a person to confirm or reject it.
    """

    class State(models.TextChoices):
        PENDING = "pending", "待确认"
        CONFIRMED = "confirmed", "已确认"
        REJECTED = "rejected", "已否决"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="links")
    period = models.ForeignKey("progress.Period", on_delete=models.CASCADE, related_name="task_links")
    confidence = models.FloatField("置信度")
    printed_number = models.CharField("原序号", max_length=20)
    printed_content = models.TextField("原任务内容")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "任务关联"
        ordering = ["state", "confidence"]
        constraints = [models.UniqueConstraint(fields=["task", "period"], name="tasklink_one_per_task_period")]
        indexes = [models.Index(fields=["state"], name="tasklink_state")]
