"""The dateline of a wire story ("BAGHDAD, Aug 19 (Agency) - ", "Kuwait City – "): where the
story was filed, not an actor of it. The parser glues it to the first sentence ("ABUJA, July 31
- West African leaders" becomes one noun phrase), so it is cut off as a sentence of its own and
the resolver names no actor in it."""

from __future__ import annotations

import re

# A place (capitalised words, "/" between two cities), an optional date and an optional agency
# in brackets, then a dash. A plain hyphen needs a sign that this is a dateline (capitals, a
# date or an agency), so "Iran and six world powers - the United States" is no dateline.
_PLACE = r"[A-Z][\w'.]*(?:[ /][A-Z][\w'.]*){0,3}"
_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
_AGENCY = r"(?:\s*\([^()\n]{1,40}\))"
DATELINE = re.compile(
    rf"^\s*(?:(?P<caps>[A-Z][A-Z'.]+(?:[ /][A-Z][A-Z'.]+){{0,3}})|{_PLACE})(?P<date>{_DATE})?"
    rf"(?P<agency>{_AGENCY})?\s+(?P<dash>[-–—]+)\s+")


def dateline_end(text: str) -> int:
    """The character offset where the story proper starts (0 when there is no dateline)."""
    m = DATELINE.match(text)
    if m is None:
        return 0
    if m.group("dash") == "-" and not (m.group("caps") or m.group("date") or m.group("agency")):
        return 0
    return m.end()
