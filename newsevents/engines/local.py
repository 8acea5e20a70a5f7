"""The local engine: batches go to N worker processes and come back in order.

At most ``2 * workers`` batches are in flight, so memory stays flat however large the corpus;
results come back in submission order, so the store is written in input order. With one
worker the batches run in this process (no pool: simplest to debug).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from newsevents.engines.worker import init_worker
from newsevents.errors import NewsEventsError

T = TypeVar("T")


def run_batches(batches: Iterable[Any], fn: Callable[[Any], T], *, workers: int,
                settings: dict[str, Any]) -> Iterator[tuple[Any, T]]:
    """(batch, fn(batch)) for each batch, in order, over ``workers`` processes."""
    if workers <= 1:
        init_worker(settings)
        for batch in batches:
            yield batch, fn(batch)
        return
    # spawn, not fork: the parent holds DuckDB threads, which fork does not copy safely.
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                             initargs=(settings,)) as pool:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append((batch, pool.submit(fn, batch)))
                while len(pending) >= 2 * workers:
                    batch0, fut = pending.popleft()
                    yield batch0, fut.result()
            while pending:
                batch0, fut = pending.popleft()
                yield batch0, fut.result()
        except BrokenProcessPool as exc:
            raise NewsEventsError("a worker process died (out of memory?); what was written "
                                  "is kept: run the same command again to resume, with fewer "
                                  "--workers or a smaller batch_size") from exc
        finally:
            for _, fut in pending:
                fut.cancel()
