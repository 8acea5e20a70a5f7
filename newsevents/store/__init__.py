"""The DuckDB event store: schema and migrations, batch writer, deduplication, exports.

The only package that speaks SQL."""

from newsevents.store.db import Store, open_store
from newsevents.store.rows import CodedArticle

__all__ = ["CodedArticle", "Store", "open_store"]
