"""Flatten coded articles into the rows of the store's tables (plain dicts, no SQL here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pyarrow as pa

from newsevents.model import Article, Result

TABLES = ("articles", "events", "event_actors", "locations", "quotes")


@dataclass(slots=True)
class CodedArticle:
    """What a worker sends back for one article: enough to write every table."""

    article_id: str
    article: Article
    result: Result
    minhash: bytes | None = None


@dataclass(slots=True)
class Rows:
    """Rows per table for a batch of articles, written in one transaction."""

    tables: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {t: [] for t in TABLES})

    @classmethod
    def of(cls, coded: list[CodedArticle]) -> Rows:
        rows = cls()
        for c in coded:
            rows.add(c)
        return rows

    def arrow(self) -> dict[str, pa.Table]:
        """Non-empty tables as Arrow (cheap to send between processes, read by DuckDB as is)."""
        return {name: pa.Table.from_pylist(rs) for name, rs in self.tables.items() if rs}

    def add(self, coded: CodedArticle) -> None:
        art, res, aid = coded.article, coded.result, coded.article_id
        self.tables["articles"].append({
            "article_id": aid, "doc_id": art.id, "origin": art.origin, "title": art.title,
            "date": art.date, "source": art.source, "url": art.url, "language": art.language,
            "text": art.text, "n_chars": len(art.text), "n_events": len(res.events),
            "n_quotes": len(res.quotes), "minhash": coded.minhash, "coded_at": datetime.now()})
        for seq, ev in enumerate(res.events, 1):
            eid = f"{aid[:16]}-e{seq}"
            info = ev.date_info or {}
            self.tables["events"].append({
                "event_id": eid, "article_id": aid, "seq": seq,
                "source_code": ev.source.code if ev.source else None,
                "target_code": ev.target.code if ev.target else None,
                "cameo": ev.cameo, "cameo_root": ev.cameo[:2], "plover": ev.plover,
                "mode": ev.mode, "plover_mode": ev.plover_mode, "goldstein": ev.goldstein,
                "quad_class": ev.quad_class, "date": ev.date, "date_start": date_start(ev.date),
                "date_granularity": info.get("granularity"), "date_source": info.get("source"),
                "sentence": ev.sentence, "sentence_no": ev.sentence_no,
                "span_start": ev.span[0], "span_end": ev.span[1],
                "trigger": ev.trigger, "rule": ev.rule})
            for role, ref in (("source", ev.source), ("target", ev.target)):
                if ref is not None:
                    self.tables["event_actors"].append({
                        "event_id": eid, "role": role, "code": ref.code, "name": ref.name,
                        "text": ref.text, "rule": ref.rule, "entry": ref.entry})
            if ev.location:
                loc = ev.location
                self.tables["locations"].append({
                    "event_id": eid, "text": loc.get("name"), "place": loc.get("place"),
                    "country": loc.get("country"), "admin1": loc.get("admin1"),
                    "feature": loc.get("feature"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                    "geonameid": loc.get("geonameid"), "reason": loc.get("reason")})
        for seq, q in enumerate(res.quotes, 1):
            sp = q.speaker
            self.tables["quotes"].append({
                "quote_id": f"{aid[:16]}-q{seq}", "article_id": aid, "seq": seq,
                "speaker_code": sp.code if sp else None, "speaker_name": sp.name if sp else None,
                "speaker_text": sp.text if sp else None, "quote": q.quote,
                "span_start": q.span[0], "span_end": q.span[1], "cue": q.cue, "kind": q.kind})


def date_start(value: str | None) -> str | None:
    """First day of a day/month/year date string ("2020-05" -> "2020-05-01")."""
    if not value:
        return None
    parts = value.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    return "-".join([parts[0], *[*parts[1:], "01", "01"][:2]])
