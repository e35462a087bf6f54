"""Overlapping character bigrams: how Chinese text is indexed and queried (pure Python).

Neither SQLite's FTS5 tokenizers nor PostgreSQL's `simple` parser split a run of Chinese into
words, and a trigram index cannot find two-character words (养老, 托位). So the text is stored as
its bigrams (`停车位` -> `停车 车位`) and a query is matched as a phrase of its bigrams. A run of
letters or digits is cut at every other character (punctuation, spaces), and a break token sits
between runs, so a phrase never matches across a comma: `养老,老人` holds no `养老老`.
"""

from __future__ import annotations

# Longer than a bigram, so no query phrase can ever contain it.
BREAK = "xbrkx"


def runs(text: str) -> list[str]:
    """Maximal runs of letters and digits, lower-cased (what FTS5 and PostgreSQL fold too)."""
    out, current = [], []
    for ch in text.lower():
        if ch.isalnum():
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def run_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def bigram_text(text: str) -> str:
    """The indexed form of `text`: each run's bigrams, runs separated by the break token."""
    return f" {BREAK} ".join(" ".join(run_tokens(r)) for r in runs(text))


def phrase(term: str) -> str | None:
    """The bigram phrase that finds exactly the texts containing `term`, or None when the index
    cannot answer for it (a single character, or a term with punctuation inside): the caller
    then falls back to a substring match."""
    if len(term) < 2 or not all(ch.isalnum() for ch in term):
        return None
    return " ".join(run_tokens(term.lower()))
