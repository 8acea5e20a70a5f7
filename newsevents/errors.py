"""One exception hierarchy. Messages say what went wrong, where, and what to do about it."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ModelNotFoundError(NewsEventsError):
    """No English spaCy pipeline could be loaded."""


class InputError(NewsEventsError):
    """An input document cannot be read; ``where`` names the file and line."""

    def __init__(self, message: str, *, where: str, reason: str = "invalid") -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.reason = reason


class DataFileError(NewsEventsError):
    """A knowledge file (ontology, lexicon, actor base) is malformed."""

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class GoldFormatError(NewsEventsError):
    """A gold or prediction file for `newsevents eval` does not follow the gold format."""


class StoreError(NewsEventsError):
    """The event store cannot be opened, migrated, written or read."""
