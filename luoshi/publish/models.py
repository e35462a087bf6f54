"""The published report of one period (公开信息): metadata, the frozen table, the visit count."""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.urls import reverse

from luoshi.plans.models import Organization, Plan
from luoshi.progress.models import Period


class PublicDisclosureManager(models.Manager):
    """What the public may see: published disclosures only."""

    def get_queryset(self):
        return super().get_queryset().filter(state=Disclosure.State.PUBLISHED)


class Disclosure(models.Model):
    """One period's published report. Its table is frozen at publication: never edited in place,
    a correction is a new Disclosure that `replaces` this one."""

    class State(models.TextChoices):
        DRAFT = "draft", "草稿"
        PUBLISHED = "published", "已发布"

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="disclosures")
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="disclosures")
    period = models.ForeignKey(Period, on_delete=models.PROTECT, related_name="disclosures")
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    index_no = models.CharField("索引号", max_length=100, unique=True, null=True, blank=True)
    title = models.CharField("标题", max_length=300)
    written_date = models.DateField("成文日期", null=True, blank=True)
    published_at = models.DateTimeField("发布日期", null=True, blank=True)
    publisher = models.CharField("发布机构", max_length=100)
    topic = models.CharField("主题分类", max_length=100, default="政务公开")
    source = models.CharField("信息来源", max_length=100, blank=True)
    doc_no = models.CharField("文号", max_length=100, blank=True)
    # The frozen table: {"columns": {...}, "rows": [{"number", "category": [...], "content", "progress": [...]}]}
    table = models.JSONField("表格", default=dict)
    # sha256 of the imported document's parsed content: importing the same file twice finds it.
    digest = models.CharField(max_length=64, blank=True, db_index=True)
    visits = models.PositiveBigIntegerField("访问次数", default=0)
    version = models.PositiveSmallIntegerField("版本", default=1)
    replaces = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by", verbose_name="更正的版本"
    )
    change_note = models.TextField("更正说明", blank=True)
    created = models.DateTimeField(auto_now_add=True)

    # The first manager is the default (admin, related lookups): it sees everything.
    private_objects = models.Manager()
    public_objects = PublicDisclosureManager()

    class Meta:
        verbose_name = verbose_name_plural = "公开信息"
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["organization", "state", "-published_at"], name="disclosure_org_listing"),
            models.Index(fields=["state", "-published_at"], name="disclosure_listing"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("portal:disclosure", args=[self.pk])

    def count_visit(self):
        """Add one visit atomically in the database (exact under concurrent requests) and return the new count."""
        type(self).private_objects.filter(pk=self.pk).update(visits=F("visits") + 1)
        self.refresh_from_db(fields=["visits"])
        return self.visits


class IndexSequence(models.Model):
    """The last 索引号 serial given out per organization and year; its row is locked while the next
    number is taken (see luoshi.publish.workflow.allocate_index_no)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="index_sequences")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "year"], name="index_sequence_one_per_year")]


class DisclosureEvent(models.Model):
    """A change of a Disclosure's life: assembled, published, corrected; who, when, and a note."""

    disclosure = models.ForeignKey(Disclosure, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20)
    comment = models.TextField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["disclosure", "created", "pk"]
