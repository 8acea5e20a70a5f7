"""Main text and metadata of an HTML page, via trafilatura (boilerplate, menus and captions
removed)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    date: str | None
    url: str | None
    source: str | None


def extract_page(html: str) -> Page | None:
    """The article of a page, or None when trafilatura finds no main text.

    Tables, images (and so their captions) and comments are left out: they are not the report.
    The date comes from htmldate, which trafilatura runs on the page's metadata and markup.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False,
                                      favor_precision=True)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    # trafilatura puts one newline between blocks; a blank line makes each block (headline,
    # paragraph) start a sentence for the parser.
    text = "\n\n".join(ln.strip() for ln in (data.get("text") or "").splitlines() if ln.strip())
    if not text:
        return None
    return Page(text=text, title=data.get("title") or None, date=data.get("date") or None,
                url=data.get("url") or None, source=data.get("sitename") or data.get("hostname"))
