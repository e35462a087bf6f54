"""Back office forms; each error names its field, in Chinese first."""

from __future__ import annotations

import calendar
import datetime

from django import forms

from luoshi.plans.models import Category, Plan, Task, Unit
from luoshi.progress.models import Period, Reading


class PlanForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["year", "title"]


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["name", "parent", "position"]

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        self.fields["parent"].queryset = Category.objects.filter(plan=plan)
        self.fields["parent"].label = "上级类别"


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["number", "category", "title", "content", "units", "leader", "deadline"]
        widgets = {"units": forms.CheckboxSelectMultiple, "content": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        self.fields["category"].queryset = Category.objects.filter(plan=plan)
        self.fields["units"].queryset = Unit.objects.filter(organization=plan.organization)

    def save(self, commit=True):
        task = super().save(commit=False)
        if task.position is None:
            last = Task.objects.filter(plan=task.plan).order_by("-position").values_list("position", flat=True).first()
            task.position = (last or 0) + 1
        task.unit_text = "、".join(u.name for u in self.cleaned_data["units"])
        if commit:
            task.save()
            self.save_m2m()
        return task


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["name"]

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.organization = organization

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if Unit.objects.filter(organization=self.instance.organization, name=name).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("名称 (name): 已有同名责任单位")
        return name


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def period_presets(year: int) -> dict[str, tuple[str, str, datetime.date, datetime.date]]:
    """key -> (kind, label, start, end) of the standard periods of a plan year."""
    K = Period.Kind
    presets = {}
    for q, label in enumerate(("第一季度", "第二季度", "第三季度", "第四季度"), 1):
        presets[f"q{q}"] = (K.QUARTER, label, datetime.date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
    presets["h1"] = (K.HALF, "上半年", datetime.date(year, 1, 1), _month_end(year, 6))
    presets["h2"] = (K.HALF, "下半年", datetime.date(year, 7, 1), _month_end(year, 12))
    presets["m1-9"] = (K.MONTHS, "1-9月", datetime.date(year, 1, 1), _month_end(year, 9))
    presets["year"] = (K.YEAR, "全年", datetime.date(year, 1, 1), _month_end(year, 12))
    for m in range(1, 13):
        presets[f"m{m}"] = (K.MONTH, f"{m}月", datetime.date(year, m, 1), _month_end(year, m))
    return presets


class PeriodForm(forms.Form):
    span = forms.ChoiceField(label="报告期")
    due = forms.DateField(label="报送截止日期", widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}))

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.presets = period_presets(plan.year)
        self.fields["span"].choices = [(k, f"{plan.year}年{v[1]}({v[2]:%m-%d}至{v[3]:%m-%d})")
                                       for k, v in self.presets.items()]

    def clean(self):
        data = super().clean()
        if "span" in data:
            kind, label, start, end = self.presets[data["span"]]
            if Period.objects.filter(plan=self.plan, start=start, end=end).exists():
                raise forms.ValidationError({"span": f"报告期 (span): {self.plan.year}年{label}已开启"})
            data["period"] = Period(plan=self.plan, kind=kind, label=label, start=start, end=end, due=data.get("due"))
        return data


class ImportForm(forms.Form):
    MODES = [("plan", "只导入任务(年度计划或任务分解表)"), ("report", "导入已发布的报告(含工作进展与公开信息)")]
    file = forms.FileField(label="文件", help_text="HTML、TXT、DOCX、XLSX、PDF")
    mode = forms.ChoiceField(label="导入方式", choices=MODES, initial="plan")
    year = forms.IntegerField(label="年度", required=False, min_value=1990, max_value=2100,
                              help_text="文件未写明报告期时,任务归入该年度的计划(默认今年)")
    MAX_BYTES = 10 * 1024 * 1024

    def clean_file(self):
        f = self.cleaned_data["file"]
        if f.size > self.MAX_BYTES:
            raise forms.ValidationError("文件 (file): 大于10MB")
        return f


class EntryForm(forms.Form):
    text = forms.CharField(label="工作举措与完成情况", required=False,
                           widget=forms.Textarea(attrs={"rows": 10}), max_length=20000)


class CommentForm(forms.Form):
    comment = forms.CharField(label="意见", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class ReturnForm(forms.Form):
    comment = forms.CharField(label="退回意见", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                              error_messages={"required": "退回意见 (comment): 必填,请说明需要修改什么"})


class OverrideForm(forms.Form):
    status = forms.ChoiceField(label="研判", choices=Reading.Status.choices)
    achieved = forms.DecimalField(label="完成值", required=False, max_digits=20, decimal_places=4)
    reason = forms.CharField(label="理由", max_length=2000,
                             error_messages={"required": "理由 (reason): 修改研判必须说明理由"})


class PublishForm(forms.Form):
    title = forms.CharField(label="标题", max_length=300)
    written_date = forms.DateField(label="成文日期", widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}))
    topic = forms.CharField(label="主题分类", max_length=100, initial="政务公开")
    source = forms.CharField(label="信息来源", max_length=100)
    change_note = forms.CharField(label="更正说明", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text="发布更正版本时必填:说明改了什么")


class MemberForm(forms.Form):
    """Give a person a role in the organization; a new username creates the account."""

    username = forms.RegexField(label="用户名", max_length=150, regex=r"^[\w.@+-]+$",
                                error_messages={"invalid": "用户名 (username): 只能包含字母、数字和 @.+-_"})
    email = forms.EmailField(label="电子邮箱", required=False, help_text="催报邮件发到这里")
    role = forms.ChoiceField(label="角色", choices=[])
    unit = forms.ModelChoiceField(label="责任单位", queryset=Unit.objects.none(), required=False,
                                  help_text="单位填报人必填")
    password = forms.CharField(label="初始密码", required=False, widget=forms.PasswordInput,
                               help_text="新账号必填;已有账号留空")

    def __init__(self, *args, organization, **kwargs):
        from luoshi.office.models import Membership

        super().__init__(*args, **kwargs)
        self.organization = organization
        self.fields["role"].choices = Membership.Role.choices
        self.fields["unit"].queryset = Unit.objects.filter(organization=organization)

    def clean(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.password_validation import validate_password

        from luoshi.office.models import Membership

        data = super().clean()
        if data.get("role") == Membership.Role.REPORTER and not data.get("unit"):
            self.add_error("unit", "责任单位 (unit): 单位填报人必须选择责任单位")
        if data.get("role") != Membership.Role.REPORTER:
            data["unit"] = None
        user = get_user_model().objects.filter(username=data.get("username", "")).first()
        data["user"] = user
        if user is None:
            if not data.get("password"):
                self.add_error("password", "初始密码 (password): 新账号必须设置初始密码")
            else:
                try:
                    validate_password(data["password"], get_user_model()(username=data.get("username", "")))
                except forms.ValidationError as e:
                    self.add_error("password", e)
        elif Membership.objects.filter(user=user, organization=self.organization).exists():
            self.add_error("username", "用户名 (username): 该账号在本机构已有角色")
        return data


class TargetsForm(forms.Form):
    """A reviewer's correction of a task's targets, one per line: 指标|目标值|单位|比较|期限."""

    lines = forms.CharField(label="指标(每行一个:指标|目标值|单位|比较 >=、<=、=|期限 YYYY-MM-DD)", required=False,
                            widget=forms.Textarea(attrs={"rows": 5}))
    reason = forms.CharField(label="修正理由", max_length=2000,
                             error_messages={"required": "修正理由 (reason): 必填"})

    def clean_lines(self):
        targets = []
        for n, line in enumerate(self.cleaned_data["lines"].splitlines(), 1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("|")] + [""] * 5
            metric, value, unit, comparator, deadline = parts[:5]
            if not metric:
                raise forms.ValidationError(f"第{n}行 指标 (metric): 不能为空")
            try:
                number = float(value)
            except ValueError:
                raise forms.ValidationError(f"第{n}行 目标值 (value): {value!r} 不是数字") from None
            if comparator not in ("", ">=", "<=", "="):
                raise forms.ValidationError(f"第{n}行 比较 (comparator): 应为 >=、<= 或 =")
            try:
                due = datetime.date.fromisoformat(deadline) if deadline else None
            except ValueError:
                raise forms.ValidationError(f"第{n}行 期限 (deadline): 应为 YYYY-MM-DD") from None
            targets.append({"metric": metric[:100], "value": number, "unit": unit[:20], "comparator": comparator or "=",
                            "deadline": due})
        return targets


class OrganizationForm(forms.ModelForm):
    """The organization's name as printed and its 索引号 rule, checked by the builder before saving."""

    class Meta:
        from luoshi.plans.models import Organization

        model = Organization
        fields = ["full_name", "code", "index_template"]

    def clean(self):
        from luoshi.publish import indexno

        data = super().clean()
        template = data.get("index_template") or indexno.DEFAULT_TEMPLATE
        try:
            indexno.IndexNumber(template, data.get("code") or "", 2024, 1).validate()
        except indexno.IndexNumberError as e:
            raise forms.ValidationError({"index_template": str(e)}) from None
        data["index_template"] = template
        return data
