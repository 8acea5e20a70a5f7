"""Decide what happens to each input of a run: code it, skip it, or quarantine it.

Ingest is idempotent by content hash: an article already in the store from the same origin is
skipped (a re-run or a resume); the same text from another origin is an exact duplicate and is
quarantined with a pointer to the first; rejected inputs are quarantined once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from newsevents.ingest import Rejected, content_hash
from newsevents.model import Article
from newsevents.store import Store


@dataclass(slots=True)
class Planner:
    """Turns the stream of inputs into batches to code and quarantine rows to write."""

    store: Store
    batch_size: int
    read: int = 0
    skipped: int = 0
    reasons: Counter = field(default_factory=Counter)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    in_flight: dict[str, str] = field(default_factory=dict)  # hash -> origin, not yet written

    def batches(self, items: Iterable[Article | Rejected]) -> Iterator[list[tuple[str, Article]]]:
        it = iter(items)
        batch: list[tuple[str, Article]] = []
        while chunk := list(islice(it, self.batch_size)):
            self.read += len(chunk)
            batch.extend(self._triage(chunk))
            if len(batch) >= self.batch_size:
                yield batch[:self.batch_size]
                batch = batch[self.batch_size:]
        if batch:
            yield batch

    def written(self, batch: list[tuple[str, Article]]) -> None:
        for aid, _ in batch:
            self.in_flight.pop(aid, None)

    def take_quarantine(self) -> list[dict[str, Any]]:
        rows, self.quarantine = self.quarantine, []
        return rows

    def _triage(self, chunk: list[Article | Rejected]) -> list[tuple[str, Article]]:
        keyed = [(content_hash(x.text) if isinstance(x, Article) else _reject_key(x), x)
                 for x in chunk]
        stored = self.store.known_articles(h for h, x in keyed if isinstance(x, Article))
        keys = {(_origin(x), h) for h, x in keyed}
        held = self.store.known_quarantine(keys)
        out: list[tuple[str, Article]] = []
        for h, x in keyed:
            origin = _origin(x)
            if (origin, h) in held:
                self.skipped += 1
            elif isinstance(x, Rejected):
                self._hold(origin, h, x.reason, x.message, x.language, x.excerpt)
                held.add((origin, h))
            elif (first := stored.get(h) or self.in_flight.get(h)) is not None:
                if first == origin:
                    self.skipped += 1
                else:
                    self._hold(origin, h, "duplicate", f"the same text as {first}; coded once",
                               "en", x.text[:200])
                    held.add((origin, h))
            else:
                self.in_flight[h] = origin
                out.append((h, x))
        return out

    def _hold(self, origin: str, h: str, reason: str, message: str, language: str | None,
              excerpt: str) -> None:
        self.reasons[reason] += 1
        self.quarantine.append({"origin": origin, "content_hash": h, "reason": reason,
                                "message": message, "language": language, "excerpt": excerpt})


def _origin(x: Article | Rejected) -> str:
    return x.origin or x.id if isinstance(x, Article) else x.where


def _reject_key(r: Rejected) -> str:
    """A stable key for an input that has no text: its place, reason and what was seen."""
    return content_hash(f"{r.where}|{r.reason}|{r.excerpt}")
