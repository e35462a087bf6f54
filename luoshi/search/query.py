"""Answer a query: every whitespace-separated term must occur in a row's text.

A term of two or more letters/digits goes through the full-text index (a bigram phrase); any
other term (one character, or punctuation inside) is matched with `icontains`, which is what the
index must agree with anyway: the tests hold every query to that oracle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from luoshi.publish.models import Disclosure
from luoshi.search.bigrams import phrase
from luoshi.search.models import SearchEntry

MAX_TERMS = 8
MAX_TERM_LENGTH = 50


@dataclass
class Filters:
    """The filters of the search form; empty values filter nothing."""

    org: int | None = None
    year: int | None = None
    period: str = ""
    category: str = ""
    unit: str = ""
    status: str = ""

    def apply(self, qs):
        if self.org:
            qs = qs.filter(organization_id=self.org)
        if self.year:
            qs = qs.filter(year=self.year)
        if self.period:
            qs = qs.filter(period_label=self.period)
        if self.category:
            qs = qs.filter(Q(category_top=self.category) | Q(category=self.category))
        if self.unit:
            qs = qs.filter(unit__contains=self.unit)
        if self.status:
            qs = qs.filter(statuses__contains=f" {self.status} ")
        return qs


def terms(q: str) -> list[str]:
    return [t[:MAX_TERM_LENGTH] for t in q.split()][:MAX_TERMS]


def _matching_ids(bigram_phrase: str) -> RawSQL:
    if connection.vendor == "postgresql":
        return RawSQL(
            "SELECT id FROM search_searchentry WHERE tsv @@ phraseto_tsquery('simple', %s)", [bigram_phrase]
        )
    if connection.vendor == "sqlite":
        # Bigrams are letters and digits only, so quoting the phrase needs no escaping.
        return RawSQL("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [f'"{bigram_phrase}"'])
    raise NotImplementedError(f"no full-text index for {connection.vendor}")


def search(q: str, filters: Filters | None = None):
    """Entries of published disclosures matching every term of `q` and the filters."""
    # The index only holds published rows; the join keeps it so even if a disclosure was
    # unpublished behind the signal's back (a queryset update).
    qs = SearchEntry.objects.filter(disclosure__state=Disclosure.State.PUBLISHED)
    for term in terms(q):
        p = phrase(term)
        qs = qs.filter(text__icontains=term) if p is None else qs.filter(pk__in=_matching_ids(p))
    return (filters or Filters()).apply(qs)


@dataclass
class Snippet:
    """A stretch of text with the query's terms marked, as (text, is_match) pieces."""

    pieces: list[tuple[str, bool]] = field(default_factory=list)
    cut_before: bool = False
    cut_after: bool = False


def snippet(text: str, q: str, width: int = 60) -> Snippet | None:
    """The part of `text` around the first term found, terms marked; None when none occurs."""
    words = [t.lower() for t in terms(q) if t]
    low = text.lower()
    hits = sorted((low.find(w), w) for w in words if w in low)
    if not hits:
        return None
    start = max(0, hits[0][0] - width // 3)
    end = min(len(text), start + width + len(hits[0][1]))
    marks = [False] * (end - start)
    for w in words:
        i = low.find(w, start)
        while 0 <= i < end:
            for k in range(max(i, start), min(i + len(w), end)):
                marks[k - start] = True
            i = low.find(w, i + 1)
    pieces: list[tuple[str, bool]] = []
    for k, ch in enumerate(text[start:end]):
        if pieces and pieces[-1][1] == marks[k]:
            pieces[-1] = (pieces[-1][0] + ch, marks[k])
        else:
            pieces.append((ch, marks[k]))
    return Snippet(pieces, cut_before=start > 0, cut_after=end < len(text))
