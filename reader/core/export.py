"""Quotes and highlights as records, and as Markdown or CSV.

Used by ``summit-reader quotes`` and by the app's export action, so both write
the same thing.  Text is converted for display only; offsets stay in the
original text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from reader.core.highlights import Highlight, resolve
from reader.core.models import Article, Quote

if TYPE_CHECKING:
    from reader.core.index import Entry

RECORD_FIELDS = (
    "kind", "article_id", "title", "outlet", "published", "speaker", "role", "text", "note", "start", "end", "attached",
)


def quote_record(article: Article | Entry, quote: Quote, shown: Callable[[str], str]) -> dict[str, Any]:
    return {
        "kind": "quote",
        "article_id": article.id,
        "title": shown(article.title),
        "outlet": shown(article.outlet),
        "published": article.published,
        "speaker": shown(quote.speaker),
        "role": shown(quote.role),
        "text": shown(quote.text),
        "note": "",
        "start": quote.start,
        "end": quote.end,
        "attached": True,
        "quote_kind": quote.kind,
    }


def highlight_record(article: Article | None, highlight: Highlight, shown: Callable[[str], str]) -> dict[str, Any]:
    where = resolve(highlight, article.text) if article is not None else None
    start, end = where if where is not None else (highlight.start, highlight.end)
    return {
        "kind": "highlight",
        "article_id": article.id if article is not None else highlight.article_id,
        "title": shown(article.title if article is not None else highlight.article_title),
        "outlet": shown(article.outlet) if article is not None else "",
        "published": article.published if article is not None else "",
        "speaker": "",
        "role": "",
        "text": shown(highlight.exact),
        "note": highlight.note,
        "start": start,
        "end": end,
        "attached": where is not None,
        "id": highlight.id,
    }


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=RECORD_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


def _md(text: str) -> str:
    """Escape what Markdown would treat as markup at the start of a line."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")


def to_markdown(records: Sequence[dict[str, Any]]) -> str:
    lines: list[str] = []
    current = None
    for record in records:
        if record["article_id"] != current:
            current = record["article_id"]
            head = " · ".join(p for p in (record["outlet"], record["published"][:10]) if p)
            lines += ["", f"## {_md(record['title'])}", ""]
            if head:
                lines += [f"*{_md(head)}* — `{record['article_id']}`", ""]
        if record["kind"] == "quote":
            who = record["speaker"] or "(unattributed)"
            role = f" ({_md(record['role'])})" if record["role"] else ""
            lines.append(f"- **{_md(who)}**{role}: “{_md(record['text'])}”")
        else:
            lines.append(f"- ★ highlight: “{_md(record['text'])}”" + ("" if record["attached"] else " *(passage no longer in the article)*"))
            if record["note"]:
                lines.append(f"  - note: {_md(record['note'])}")
    return "# Quotes and highlights\n" + "\n".join(lines) + "\n"


def panel_markdown(
    article: Article, entries: Sequence[tuple[Quote | None, Highlight | None]], shown: Callable[[str], str]
) -> str:
    records = [
        quote_record(article, quote, shown) if quote is not None else highlight_record(article, highlight, shown)  # type: ignore[arg-type]
        for quote, highlight in entries
        if quote is not None or highlight is not None
    ]
    return to_markdown(records)
