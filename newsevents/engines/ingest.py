"""Ingest a corpus into the store: read -> triage -> code in workers -> write -> deduplicate.

The library function behind ``newsevents ingest``. Every input ends as an article row or a
quarantine row; each batch is written in one transaction, so a killed run resumes where it
stopped when run again.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsevents.engines.local import run_batches
from newsevents.engines.plan import Planner
from newsevents.engines.worker import BatchResult, code_batch, parse_batch
from newsevents.ingest import FieldMap, read_inputs
from newsevents.settings import Settings, load_settings
from newsevents.store import Store
from newsevents.store.dedupe import cluster_events, link_near_duplicates


@dataclass(slots=True)
class IngestSummary:
    """What a run did; ``read == articles + quarantined + skipped``."""

    db: str
    run_id: int = 0
    workers: int = 1
    read: int = 0
    articles: int = 0
    events: int = 0
    quotes: int = 0
    quarantined: int = 0
    skipped: int = 0
    reasons: Counter = field(default_factory=Counter)
    failed: int = 0
    near_duplicates: int = 0
    clusters: int = 0
    seconds: float = 0.0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        out = asdict(self)
        out["reasons"] = dict(self.reasons)
        out["articles_per_second"] = round(self.rate, 2)
        return out


Progress = Callable[[IngestSummary], None]


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def ingest(inputs: Iterable[str], *, db: str | Path, workers: int | None = None,
           settings: Settings | None = None, fields: FieldMap | None = None,
           date: str | None = None, stdin_format: str = "txt",
           progress: Progress | None = None, parse_only: bool = False) -> IngestSummary:
    """Code every input into the store at ``db``; ``parse_only`` parses and stores nothing
    (the throughput benchmark's baseline).

    With ``workers > 1`` the workers are spawned processes: call this under
    ``if __name__ == "__main__":`` in a script.
    """
    from newsevents import __version__

    settings = settings or load_settings()
    workers = workers or default_workers()
    inputs = list(inputs)
    summary = IngestSummary(db=str(db), workers=workers)
    start = time.perf_counter()
    with Store(db, threads=1) as store:
        summary.run_id = store.begin_run(settings=asdict(settings), inputs=inputs,
                                         version=__version__)
        planner = Planner(store, settings.batch_size)
        items = read_inputs(inputs, date=date, max_chars=settings.max_chars,
                            fields=fields, stdin_format=stdin_format)
        fn = parse_batch if parse_only else code_batch
        status = "interrupted"
        try:
            for batch, res in run_batches(planner.batches(items), fn, workers=workers,
                                          settings=asdict(settings)):
                _account(summary, res, parse_only=parse_only)
                if not parse_only:
                    store.write_tables(res.tables, planner.take_quarantine() + res.failures,
                                       run_id=summary.run_id, new=True)
                planner.written(batch)
                _sync(summary, planner, start, progress)
            if planner.quarantine and not parse_only:
                store.write([], planner.take_quarantine(), run_id=summary.run_id)
            _sync(summary, planner, start, progress)
            if not parse_only:
                summary.near_duplicates = link_near_duplicates(store.con)
                summary.clusters = cluster_events(store.con)
            status = "done"
        finally:
            summary.seconds = time.perf_counter() - start
            store.finish_run(summary.run_id, {
                "read": summary.read, "articles": summary.articles, "events": summary.events,
                "quotes": summary.quotes, "quarantined": summary.quarantined,
                "skipped": summary.skipped}, status=status)
    return summary


def _account(summary: IngestSummary, res: BatchResult, *, parse_only: bool) -> None:
    summary.articles += res.parsed if parse_only else res.articles
    summary.events += res.events
    summary.quotes += res.quotes
    summary.failed += len(res.failures)
    summary.peak_rss_mb[res.pid] = max(summary.peak_rss_mb.get(res.pid, 0.0), res.peak_rss_mb)


def _sync(summary: IngestSummary, planner: Planner, start: float,
          progress: Progress | None) -> None:
    summary.read = planner.read
    summary.skipped = planner.skipped
    summary.reasons = Counter(planner.reasons)
    if summary.failed:
        summary.reasons["parse-failure"] = summary.failed
    summary.quarantined = sum(summary.reasons.values())
    summary.seconds = time.perf_counter() - start
    if progress:
        progress(summary)
