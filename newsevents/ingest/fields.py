"""Which record fields hold the text, title, date ... of an article (JSON, JSONL and CSV inputs).

News dumps name their fields differently (``text``, ``body``, ``maintext`` ...). Each article
field has a list of usual names, tried in order; ``--field text=story_body`` puts a user's name
first. Dates are normalised to ISO YYYY-MM-DD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from newsevents.errors import NewsEventsError

USUAL: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "article", "story"),
    "title": ("title", "headline"),
    "date": ("date", "published", "date_publish", "publish_date", "pubdate", "published_at"),
    "url": ("url", "link", "source_url"),
    "id": ("id", "guid", "doc_id", "story_id"),
    "source": ("source", "publisher", "source_domain", "domain", "outlet"),
}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Record field names to try for each article field, first match wins."""

    names: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(USUAL))

    def with_user(self, pairs: list[str] | None) -> FieldMap:
        """Apply ``article_field=record_field`` pairs (from ``--field``), user names first."""
        names = dict(self.names)
        for pair in pairs or []:
            key, sep, value = pair.partition("=")
            key, value = key.strip(), value.strip()
            if not sep or key not in USUAL or not value:
                raise NewsEventsError(f"--field {pair!r}: write FIELD=NAME with FIELD one of "
                                      f"{', '.join(USUAL)} (e.g. --field text=story_body)")
            names[key] = (value, *(n for n in names[key] if n != value))
        return replace(self, names=names)

    def get(self, record: dict[str, Any], key: str) -> Any:
        for name in self.names[key]:
            value = record.get(name)
            if value not in (None, ""):
                return value
        return None


_DMY = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d", "%d/%m/%Y", "%Y%m%d")


def normalise_date(value: Any) -> str | None:
    """ISO date from the usual ways dumps write one; None when it cannot be read."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
        try:
            return datetime.fromisoformat(text[:10]).date().isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in _DMY:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
