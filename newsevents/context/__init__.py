"""When, where and who said it: event dates, event places and quotes."""

from newsevents.context.stage import add_context

__all__ = ["add_context"]
