"""Engines run ingest -> code -> store over a corpus: local worker processes (Ray comes next)."""

from newsevents.engines.ingest import IngestSummary, ingest

__all__ = ["IngestSummary", "ingest"]
