"""Search finds exactly what a plain substring match (icontains, the oracle) finds, on SQLite's
FTS5 table and on PostgreSQL's tsvector, for every query and filter, two-character words included."""

import datetime

import pytest
from django.utils import timezone

from luoshi.plans.models import Organization, Plan
from luoshi.progress.models import Period
from luoshi.publish.models import Disclosure
from luoshi.search.models import SearchEntry
from luoshi.search.query import Filters, search, terms

QUERIES = [
    "养老", "托位", "停车位", "电梯", "规上企业", "招聘会", "助餐", "中心",  # words
    "老托", "养老老", "位停", "养老老年",  # only across punctuation or a line break: must not match
    "养老 托位", "停车 210", "托位 养老服务", "社会事务办 托育",  # several terms, all required
    "abc", "ABC停", "2.0", "0版", "350个", "车位3", "xbrkx",  # letters, digits, the break token's text
    "托", "个", "，", "!!", "不存在的词语",  # one character, punctuation, nothing
]


@pytest.fixture
def corpus(liutang):
    """The street's two periods plus a town's report with texts chosen to trap a bigram index."""
    org = Organization.objects.create(name="试验镇", full_name="试验镇人民政府")
    plan = Plan.objects.create(organization=org, year=2024)
    period = Period.objects.create(plan=plan, kind=Period.Kind.YEAR, label="全年",
                                   start=datetime.date(2024, 1, 1), end=datetime.date(2024, 12, 31))
    texts = [
        ("建设养老，老人活动中心", "已完成养老院改造。\n托位已满"),
        ("ABC停车场扩建abc", "停车位350个已建成"),
        ("全域环境整治2.0版", "完成2.0版方案,xbrkx字样照录"),
        ("第一段结尾为养", "老年大学开班!!"),
    ]
    rows = [
        {"task": None, "number": str(i), "category": ["试验类别"], "title": "", "content": c, "progress": p.split("\n"),
         "unit": "镇办", "leader": "", "deadline": "", "extra": {}, "targets": []}
        for i, (c, p) in enumerate(texts, 1)
    ]
    Disclosure.private_objects.create(
        organization=org, plan=plan, period=period, state=Disclosure.State.PUBLISHED, index_no="T001/2024-00001",
        title="试验镇2024年重点任务全年执行情况", publisher="试验镇", published_at=timezone.now(),
        table={"rows": rows, "category_depth": 1, "headers": {}, "optional": [], "extra": []},
    )
    q1, q2 = liutang
    return {"street": q1.organization_id, "town": org.pk}


def oracle(q: str, f: Filters) -> set[int]:
    """The entries a substring match finds, filtered in plain Python."""
    qs = SearchEntry.objects.filter(disclosure__state=Disclosure.State.PUBLISHED)
    for term in terms(q):
        qs = qs.filter(text__icontains=term)
    found = set()
    for e in qs:
        if f.org and e.organization_id != f.org:
            continue
        if f.year and e.year != f.year:
            continue
        if f.period and e.period_label != f.period:
            continue
        if f.category and e.category.split(" › ")[0] != f.category and e.category != f.category:
            continue
        if f.unit and f.unit not in e.unit:
            continue
        if f.status and f.status not in e.statuses.split():
            continue
        found.add(e.pk)
    return found


FILTERS = [
    {},
    {"org": "street"},
    {"org": "town"},
    {"year": 2025},
    {"period": "第二季度"},
    {"category": "民生保障"},
    {"unit": "城建办"},
    {"status": "achieved"},
    {"org": "street", "period": "第一季度", "status": "in_progress"},
]


@pytest.mark.parametrize("given", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "none")
def test_every_query_finds_what_icontains_finds(corpus, given):
    f = Filters(**{k: corpus[v] if k == "org" else v for k, v in given.items()})
    for q in QUERIES:
        expected = oracle(q, f)
        assert set(search(q, f).values_list("pk", flat=True)) == expected, q


def test_two_character_words_are_found(corpus):
    for word in ("养老", "托位"):
        found = list(search(word))
        assert found and all(word in e.text for e in found)
    assert search("托位").filter(period_label="第一季度").count() == 2
    # Across a comma or a line break there is no such word.
    assert not search("养老老").exists() and not search("养老年").exists()


def test_the_index_is_used_on_this_database(corpus, django_db_setup):
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH %s", ['"养老"'])
        else:
            cursor.execute("SELECT count(*) FROM search_searchentry WHERE tsv @@ phraseto_tsquery('simple', %s)", ["养老"])
        assert cursor.fetchone()[0] == SearchEntry.objects.filter(text__contains="养老").count() > 0
