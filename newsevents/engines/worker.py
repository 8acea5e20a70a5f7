"""What a worker process does with a batch of articles: parse with ``nlp.pipe``, code, sign.

The pipeline is built once per process (``init_worker``). One article that breaks the coder
becomes a ``parse-failure`` quarantine row; the rest of its batch is still coded.
"""

from __future__ import annotations

import os
import resource
import sys
from dataclasses import dataclass, field
from typing import Any

from newsevents.model import Article
from newsevents.settings import Settings, load_settings
from newsevents.store.dedupe import signature
from newsevents.store.rows import CodedArticle

_PIPELINE = None


@dataclass(slots=True)
class BatchResult:
    coded: list[CodedArticle] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    parsed: int = 0
    pid: int = 0
    peak_rss_mb: float = 0.0


def init_worker(settings: dict[str, Any] | None = None) -> None:
    """Build this process's pipeline (model and knowledge files) once."""
    global _PIPELINE
    from newsevents.pipeline import Pipeline

    _PIPELINE = Pipeline(Settings(**settings) if settings else load_settings())


def _pipeline():
    if _PIPELINE is None:
        init_worker()
    return _PIPELINE


def peak_rss_mb() -> float:
    """This process's peak resident memory (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def code_batch(batch: list[tuple[str, Article]]) -> BatchResult:
    """Code (article_id, Article) pairs; the parse is batched with ``nlp.pipe``."""
    pipe = _pipeline()
    out = BatchResult(pid=os.getpid())
    try:
        docs = list(pipe.nlp.pipe([a.text for _, a in batch],
                                  batch_size=pipe.settings.batch_size))
    except Exception:  # one document broke the batch: parse one by one to find it
        docs = [None] * len(batch)
    for (aid, art), doc in zip(batch, docs, strict=True):
        try:
            result = pipe.analyse(art, doc).result
        except Exception as exc:
            out.failures.append({
                "origin": art.origin or art.id, "content_hash": aid, "reason": "parse-failure",
                "message": f"coding failed ({type(exc).__name__}: {exc}); please report it with "
                           "this article", "excerpt": art.text[:200]})
            continue
        out.coded.append(CodedArticle(aid, art, result, signature(art.text)))
    out.parsed = len(batch)
    out.peak_rss_mb = peak_rss_mb()
    return out


def parse_batch(batch: list[tuple[str, Article]]) -> BatchResult:
    """The spaCy parse alone, same batching: the baseline of the throughput benchmark."""
    pipe = _pipeline()
    for _doc in pipe.nlp.pipe([a.text for _, a in batch], batch_size=pipe.settings.batch_size):
        pass
    return BatchResult(parsed=len(batch), pid=os.getpid(), peak_rss_mb=peak_rss_mb())
