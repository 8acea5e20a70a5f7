"""Read plain text, stdin and JSONL inputs. A bad input never stops the others: it becomes a
``Rejected`` record that names the file and line, the reason, and what to do."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsevents.model import Article


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become an Article (kept, counted, and reported)."""

    where: str
    reason: str  # binary | undecodable | empty | bad-json | bad-record | too-large | unreadable
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _stable_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]


def decode(raw: bytes, where: str) -> str | Rejected:
    if b"\x00" in raw[:8192]:
        return Rejected(where, "binary", "looks like a binary file (NUL bytes); "
                        "give a UTF-8 text, .jsonl or .html file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        return Rejected(f"{where}:{line}", "undecodable",
                        f"invalid UTF-8 at byte {exc.start}; re-save the file as UTF-8")
    if not text.strip():
        return Rejected(where, "empty", "no text to code; the input is empty")
    return text


def read_text(raw: bytes, where: str, *, doc_id: str, date: str | None,
              max_chars: int) -> Article | Rejected:
    text = decode(raw, where)
    if isinstance(text, Rejected):
        return text
    if len(text) > max_chars:
        return Rejected(where, "too-large", f"{len(text)} characters is over the limit of "
                        f"{max_chars}; split the file or raise the max_chars setting")
    return Article(id=doc_id, text=text, date=date)


def read_jsonl(raw: bytes, where: str, *, date: str | None,
               max_chars: int) -> Iterator[Article | Rejected]:
    text = decode(raw, where)
    if isinstance(text, Rejected):
        yield text
        return
    for n, line in enumerate(text.splitlines(), 1):
        here = f"{where}:{n}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(here, "bad-json", f"not valid JSON ({exc.msg} at column {exc.colno}); "
                           "each line must be one JSON object")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield Rejected(here, "bad-record", 'a record needs a "text" string field '
                           '(and optionally "id", "date", "title", "url")')
            continue
        if not rec["text"].strip():
            yield Rejected(here, "empty", "the record's text is empty")
            continue
        if len(rec["text"]) > max_chars:
            yield Rejected(here, "too-large", f"text over {max_chars} characters")
            continue
        rec_date = rec.get("date") or date
        yield Article(id=str(rec.get("id") or f"{Path(where).stem}-{n}"), text=rec["text"],
                      title=_opt(rec.get("title")), date=_opt(rec_date) and str(rec_date)[:10],
                      source=_opt(rec.get("source")), url=_opt(rec.get("url")))


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def read_inputs(inputs: Iterable[str], *, date: str | None = None,
                max_chars: int = 1_000_000) -> Iterator[Article | Rejected]:
    """Articles from paths (text or .jsonl) and ``-`` (stdin), in order."""
    for name in inputs:
        if name == "-":
            raw = sys.stdin.buffer.read()
            doc_id = f"stdin-{_stable_id(raw.decode('utf-8', 'replace'))}"
            yield read_text(raw, "<stdin>", doc_id=doc_id, date=date, max_chars=max_chars)
            continue
        path = Path(name)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield Rejected(name, "unreadable", f"cannot read ({exc.strerror}); check the path")
            continue
        if path.suffix.lower() == ".jsonl":
            yield from read_jsonl(raw, name, date=date, max_chars=max_chars)
        else:
            yield read_text(raw, name, doc_id=path.stem, date=date, max_chars=max_chars)
