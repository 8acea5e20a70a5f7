"""Read news inputs into Articles: text, HTML, JSON, JSONL and CSV files (each optionally .gz),
folders (recursive) and stdin. A bad input never stops the others: it becomes a ``Rejected``
record that names the file and line, the reason and what to do. Containers (JSONL, CSV) are
streamed line by line, so a dump of any size is read in constant memory."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.ingest.fields import FieldMap, normalise_date
from newsevents.ingest.html import extract_page
from newsevents.ingest.language import detect_language
from newsevents.model import Article

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
           ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}
REASONS = ("binary", "undecodable", "empty", "too-large", "unreadable", "corrupt", "bad-json",
           "bad-record", "no-text", "not-english", "parse-failure", "duplicate")


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become a coded Article (kept, counted, and reported)."""

    where: str
    reason: str  # one of REASONS
    message: str
    language: str | None = None
    excerpt: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def content_hash(text: str) -> str:
    """Identity of an article: the text with whitespace runs collapsed, hashed (SHA-256)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "replace")).hexdigest()


def _stable_id(text: str) -> str:
    return content_hash(text)[:12]


def decode(raw: bytes, where: str) -> str | Rejected:
    if b"\x00" in raw[:8192]:
        return Rejected(where, "binary", "looks like a binary file (NUL bytes); "
                        "give a UTF-8 text, HTML, JSON, JSONL or CSV file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        return Rejected(f"{where}:{line}", "undecodable",
                        f"invalid UTF-8 at byte {exc.start}; re-save the file as UTF-8",
                        excerpt=raw[:200].decode("utf-8", "replace"))
    if not text.strip():
        return Rejected(where, "empty", "no text to code; the input is empty")
    return text


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    date: str | None = None
    max_chars: int = 1_000_000
    fields: FieldMap = field(default_factory=FieldMap)
    check_language: bool = True
    stdin_format: str = "txt"


def finish(art: Article, opts: ReadOptions) -> Article | Rejected:
    """Last checks every article passes, whatever its format: size and language."""
    if not art.text.strip():
        return Rejected(art.origin or art.id, "empty", "the article's text is empty")
    if len(art.text) > opts.max_chars:
        return Rejected(art.origin or art.id, "too-large",
                        f"{len(art.text)} characters is over the limit of {opts.max_chars}; "
                        "split the document or raise the max_chars setting",
                        excerpt=art.text[:200])
    if opts.check_language:
        lang = detect_language(art.text)
        if lang != "en":
            return Rejected(art.origin or art.id, "not-english",
                            f"the text is in language {lang!r}; only English is coded for now",
                            language=lang, excerpt=art.text[:200])
    return Article(id=art.id, text=art.text, title=art.title, date=art.date or opts.date,
                   source=art.source, url=art.url, origin=art.origin, language="en")


def read_text(raw: bytes, where: str, *, doc_id: str, opts: ReadOptions) -> Article | Rejected:
    text = decode(raw, where)
    if isinstance(text, Rejected):
        return text
    return finish(Article(id=doc_id, text=text, origin=where), opts)


def read_html(raw: bytes, where: str, *, doc_id: str, opts: ReadOptions) -> Article | Rejected:
    html = decode(raw, where)
    if isinstance(html, Rejected):
        return html
    try:
        page = extract_page(html)
    except Exception as exc:  # trafilatura/lxml on hostile markup
        return Rejected(where, "corrupt", f"the HTML could not be read ({exc}); check the file")
    if page is None:
        return Rejected(where, "no-text", "no article text found in the page (only menus or "
                        "boilerplate); give the article page itself", excerpt=html[:200])
    return finish(Article(id=doc_id, text=page.text, title=page.title,
                          date=normalise_date(page.date), source=page.source, url=page.url,
                          origin=where), opts)


def from_record(rec: Any, where: str, *, default_id: str,
                opts: ReadOptions) -> Article | Rejected:
    """One JSON object or CSV row -> Article, with the configured field names."""
    names = opts.fields.names
    if not isinstance(rec, dict):
        return Rejected(where, "bad-record", "a record must be a JSON object")
    text = opts.fields.get(rec, "text")
    if not isinstance(text, str):
        return Rejected(where, "bad-record", f"no text field: the record needs one of "
                        f"{', '.join(names['text'])} (or name yours with --field text=NAME)")
    get = opts.fields.get
    art = Article(id=str(get(rec, "id") or default_id), text=text,
                  title=_opt(get(rec, "title")), date=normalise_date(get(rec, "date")),
                  source=_opt(get(rec, "source")), url=_opt(get(rec, "url")), origin=where)
    return finish(art, opts)


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _lines(stream: Iterable[bytes], where: str) -> Iterator[tuple[int, str | Rejected]]:
    """Numbered decoded lines; a bad line becomes a Rejected, a broken .gz ends the stream."""
    n = 0
    try:
        for n, raw in enumerate(stream, 1):
            try:
                yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield n, Rejected(f"{where}:{n}", "undecodable",
                                  f"invalid UTF-8 at column {exc.start + 1}; re-save as UTF-8")
    except (OSError, EOFError, zlib.error) as exc:
        yield n + 1, Rejected(f"{where}:{n + 1}", "corrupt",
                              f"the compressed file is damaged from here on ({exc})")


def read_jsonl(stream: Iterable[bytes], where: str, *,
               opts: ReadOptions) -> Iterator[Article | Rejected]:
    stem = _stem(where)
    for n, line in _lines(stream, where):
        here = f"{where}:{n}"
        if isinstance(line, Rejected):
            yield line
            continue
        if not line.strip():
            continue
        if "\x00" in line:
            yield Rejected(here, "binary", "binary data in a JSONL line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(here, "bad-json", f"not valid JSON ({exc.msg} at column {exc.colno});"
                           " each line must be one JSON object", excerpt=line[:200])
            continue
        yield from_record(rec, here, default_id=f"{stem}-{n}", opts=opts)


def read_json(raw: bytes, where: str, *, opts: ReadOptions) -> Iterator[Article | Rejected]:
    """A JSON file: one article object, or a list of them (or {"articles": [...]})."""
    text = decode(raw, where)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(f"{where}:{exc.lineno}", "bad-json",
                       f"not valid JSON ({exc.msg} at column {exc.colno})", excerpt=text[:200])
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    stem = _stem(where)
    for i, rec in enumerate(records, 1):
        here = f"{where}#{i}" if isinstance(data, list) else where
        yield from_record(rec, here, default_id=f"{stem}-{i}" if len(records) > 1 else stem,
                          opts=opts)


def read_csv(stream: Iterable[bytes], where: str, *, opts: ReadOptions,
             delimiter: str = ",") -> Iterator[Article | Rejected]:
    """CSV/TSV with a header row; fields may span lines (quoted), as spreadsheets write them."""
    csv.field_size_limit(max(opts.max_chars * 4, 1 << 20))
    bad: list[Rejected] = []

    def text_lines() -> Iterator[str]:
        for _n, line in _lines(stream, where):
            if isinstance(line, Rejected):
                bad.append(line)
            else:
                yield line

    reader = csv.DictReader(text_lines(), delimiter=delimiter)
    stem = _stem(where)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejected(f"{where}:{reader.line_num}", "bad-record", f"malformed CSV ({exc})")
            continue
        yield from bad
        bad.clear()
        here = f"{where}:{reader.line_num}"
        if None in row:  # more cells than header columns
            yield Rejected(here, "bad-record", "the row has more cells than the header")
            continue
        yield from_record(row, here, default_id=f"{stem}-{reader.line_num}", opts=opts)
    yield from bad


def _stem(where: str) -> str:
    name = Path(where).name
    return name[:-3].rsplit(".", 1)[0] if name.endswith(".gz") else Path(where).stem


def format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return FORMATS.get(suffixes[-1] if suffixes else "", "txt")


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Files as given; folders recursively in sorted order (hidden files skipped); ``-`` stays."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path).parts
                if sub.is_file() and not any(p.startswith(".") for p in rel):
                    yield str(sub)
        else:
            yield name


def read_inputs(inputs: Iterable[str], *, date: str | None = None, max_chars: int = 1_000_000,
                fields: FieldMap | None = None, check_language: bool = True,
                stdin_format: str = "txt") -> Iterator[Article | Rejected]:
    """Articles (or Rejected records) from files, folders and ``-`` (stdin), in order."""
    opts = ReadOptions(date=date, max_chars=max_chars, fields=fields or FieldMap(),
                       check_language=check_language, stdin_format=stdin_format)
    for name in expand(inputs):
        if name == "-":
            yield from _read_stdin(opts)
        else:
            yield from read_path(Path(name), opts)


def _read_stdin(opts: ReadOptions) -> Iterator[Article | Rejected]:
    raw = sys.stdin.buffer.read()
    if opts.stdin_format == "jsonl":
        yield from read_jsonl(io.BytesIO(raw), "<stdin>", opts=opts)
        return
    doc_id = f"stdin-{_stable_id(raw.decode('utf-8', 'replace'))}"
    yield read_text(raw, "<stdin>", doc_id=doc_id, opts=opts)


def read_path(path: Path, opts: ReadOptions) -> Iterator[Article | Rejected]:
    where = str(path)
    fmt = format_of(path)
    gz = path.suffix.lower() == ".gz"
    try:
        if fmt in ("jsonl", "csv", "tsv"):
            with (gzip.open(path, "rb") if gz else path.open("rb")) as fh:
                if fmt == "jsonl":
                    yield from read_jsonl(fh, where, opts=opts)
                else:
                    yield from read_csv(fh, where, opts=opts,
                                        delimiter="\t" if fmt == "tsv" else ",")
            return
        raw = _read_whole(path, gz, opts, container=fmt == "json")
    except OSError as exc:
        reason = "corrupt" if gz and not isinstance(exc, FileNotFoundError | PermissionError) \
            else "unreadable"
        yield Rejected(where, reason, f"cannot read ({exc.strerror or exc}); check the path"
                       + (" and that the .gz file is complete" if reason == "corrupt" else ""))
        return
    except (EOFError, zlib.error) as exc:
        yield Rejected(where, "corrupt", f"the compressed file is damaged ({exc})")
        return
    if isinstance(raw, Rejected):
        yield raw
    elif fmt == "html":
        yield read_html(raw, where, doc_id=_stem(where), opts=opts)
    elif fmt == "json":
        yield from read_json(raw, where, opts=opts)
    else:
        yield read_text(raw, where, doc_id=_stem(where), opts=opts)


# A .json file may hold many articles; past this size JSONL (streamed) is the way.
JSON_LIMIT = 1 << 30


def _read_whole(path: Path, gz: bool, opts: ReadOptions, *,
                container: bool = False) -> bytes | Rejected:
    """The file's bytes, refusing files far over the size limit without reading them."""
    # one article: its text plus HTML markup and multi-byte characters
    limit = JSON_LIMIT if container else opts.max_chars * 8 + 1024
    if not gz and path.stat().st_size > limit:
        return Rejected(str(path), "too-large", f"{path.stat().st_size} bytes is over the "
                        "limit; split the file, raise the max_chars setting, or write many "
                        "articles as JSONL (read line by line)")
    opener = gzip.open if gz else open
    with opener(path, "rb") as fh:
        raw = fh.read(limit + 1)
    if len(raw) > limit:
        return Rejected(str(path), "too-large", "the file is over the size limit; split it or "
                        "raise the max_chars setting")
    return raw


__all__ = ["REASONS", "ReadOptions", "Rejected", "content_hash", "decode", "expand",
           "read_inputs", "read_path"]
