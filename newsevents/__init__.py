"""newsevents: turn news articles into political event data (CAMEO and PLOVER), with evidence."""

from newsevents.model import Actor, ActorRef, Article, Event, Quote, Result

__version__ = "0.1.0"
__all__ = ["Actor", "ActorRef", "Article", "Event", "Quote", "Result", "__version__", "code_text",
           "open_store"]


def code_text(text: str, *, date: str | None = None, doc_id: str = "text") -> Result:
    """Code one text with the default pipeline (built on first use, then reused)."""
    from newsevents.pipeline import default_pipeline

    return default_pipeline().code(Article(id=doc_id, text=text, date=date))


def open_store(path: str, *, read_only: bool = True):
    """Open a DuckDB event store written by ``newsevents ingest``: ``.events()`` gives a
    DataFrame, ``.sql(query)`` any query."""
    from newsevents.store import open_store as _open

    return _open(path, read_only=read_only)
