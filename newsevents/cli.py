"""The `newsevents` command: thin shells over the library (parse options, call, render)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsevents.errors import NewsEventsError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news articles into political event data (CAMEO and PLOVER).")
# Pipes and `make` are not terminals; rich would then wrap tables at 80 columns.
out = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _pipeline():
    from newsevents.pipeline import Pipeline

    with err.status("loading the spaCy model and knowledge files"):
        return Pipeline()


def _text_or_file(value: str) -> str:
    """A path to a readable file gives its text; anything else is the text itself."""
    if "\n" not in value and len(value) < 1024:
        path = Path(value)
        try:
            if path.is_file():
                return path.read_text(encoding="utf-8")
        except OSError:
            pass
    return value


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help="Text files, .jsonl files, or - for stdin.")],
    date: Annotated[str | None, typer.Option(help="Article date YYYY-MM-DD (for inputs "
                                                  "without one).")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
) -> None:
    """Code articles into events, quotes and actors (the JSON contract on stdout)."""
    from newsevents.ingest import Rejected, read_inputs

    date = _valid_date(date)
    pipe = _pipeline()
    failed = 0
    results = []

    def articles():
        nonlocal failed
        for item in read_inputs(inputs, date=date, max_chars=pipe.settings.max_chars):
            if isinstance(item, Rejected):
                failed += 1
                err.print(f"[red]skipped[/red] {item}", highlight=False)
            else:
                yield item

    with _progress() as progress:
        task = progress.add_task("coding", total=None, events=0)
        events = 0
        for article, result in pipe.analyse_many(articles()):
            events += len(result.events)
            progress.update(task, advance=1, events=events)
            if fmt is Format.jsonl:
                sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif fmt is Format.table:
                render_events(result, article.text)
            else:
                results.append(result)
    if fmt is Format.json:
        sys.stdout.write(json.dumps([r.as_dict() for r in results], ensure_ascii=False,
                                    indent=2) + "\n")
    if failed:
        err.print(f"{failed} input(s) could not be coded (see above); the others were.")
        raise typer.Exit(1)


def _progress():
    """Articles coded, events found and time, on stderr (only where a person watches)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"),
                    TextColumn("{task.completed} articles, {task.fields[events]} events"),
                    TimeElapsedColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


def render_events(result, text: str | None = None) -> None:
    table = Table(title=f"{result.id} ({result.date or 'no date'}): {len(result.events)} events",
                  show_lines=True, expand=True)
    for col in ("source", "cameo", "plover", "target", "mode", "date", "place"):
        table.add_column(col, no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=1)
    for e in result.events:
        evidence = text[e.span[0]:e.span[1]] if text else e.sentence
        table.add_row(
            e.source.code if e.source else "-", e.cameo, e.plover,
            e.target.code if e.target else "-", e.mode, e.date or "-",
            (e.location or {}).get("name", "-"),
            f"{escape(evidence)}\n[dim]trigger: {escape(e.trigger)}  rule: {e.rule}[/dim]")
    out.print(table)
    if result.quotes:
        qt = Table(title="quotes", expand=True)
        qt.add_column("speaker")
        qt.add_column("quote", ratio=3)
        for q in result.quotes:
            qt.add_row(q.speaker.code if q.speaker else "-", q.quote)
        out.print(qt)


@app.command(name="eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.", exists=True, dir_okay=False)],
    pred: Annotated[Path | None, typer.Option(help="Predictions JSONL (default: code the gold "
                                                   "texts now).", exists=True)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score events against a gold file: P/R/F1 at root, plover and full levels."""
    from newsevents.evaluation import evaluate, read_gold, read_predictions
    from newsevents.model import Article

    docs = read_gold(gold)
    if pred is not None:
        predictions = read_predictions(pred)
    else:
        pipe = _pipeline()
        arts = [Article(id=str(d["id"]), text=d["text"], date=d.get("date")) for d in docs]
        predictions = {}
        with _progress() as progress:
            task = progress.add_task("coding the gold texts", total=len(arts), events=0)
            for r in pipe.code_many(arts):
                predictions[r.id] = [e.as_dict() for e in r.events]
                progress.update(task, advance=1, events=progress.tasks[0].fields["events"]
                                + len(r.events))
    report = evaluate(docs, predictions)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
        return
    table = Table(title=f"{gold.name}: {report.documents} documents")
    for col in ("level", "TP", "FP", "FN", "precision", "recall", "F1", "mode acc."):
        table.add_column(col, justify="right" if col != "level" else "left")
    rows = list(report.levels.items()) + [("  " + k, v) for k, v in
                                          sorted(report.per_type.items())]
    for name, s in rows:
        d = s.as_dict()
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}",
                      f"{s.recall:.3f}", f"{s.f1:.3f}",
                      "-" if d["mode_accuracy"] is None else f"{d['mode_accuracy']:.2f}")
    out.print(table)


@app.command()
def demo(
    output: Annotated[Path, typer.Option(help="Where to write the coded JSON.")] = Path(
        "newsevents-output/demo.json"),
) -> None:
    """Code the bundled sample article, print its events, write them as JSON, then store it in
    a DuckDB event store and export that in the GDELT layout (the corpus run in small)."""
    from newsevents.model import Article

    sample = resources.files("newsevents.samples") / "gulf-mediation.txt"
    text = sample.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    article = Article(id="gulf-mediation", text=text, title=title, date="2023-03-14")
    result = _pipeline().code(article)
    render_events(result, text)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n",
                      encoding="utf-8")
    out.print(f"{len(result.events)} events, {len(result.quotes)} quotes, "
              f"{len(result.actors)} actors -> wrote {output.resolve()}")
    _demo_store(output.parent, text)


def _demo_store(folder: Path, text: str) -> None:
    from newsevents.engines import ingest as run
    from newsevents.store import open_store
    from newsevents.store.exports import export_frame, write_frame

    record = folder / "demo-input.jsonl"
    record.write_text(json.dumps({"id": "gulf-mediation", "date": "2023-03-14",
                                  "title": text.splitlines()[0], "text": text}) + "\n",
                      encoding="utf-8")
    db = folder / "demo.duckdb"
    summary = run([str(record)], db=db, workers=1)
    with open_store(db) as store:
        path = write_frame(export_frame(store, "gdelt"), folder / "demo.gdelt.tsv", fmt="csv",
                           schema="gdelt")
        counts = store.counts()
    out.print(f"store {db}: {counts['articles']} article(s), {counts['events']} events "
              f"({'new' if summary.articles else 'already stored'}); GDELT export -> {path}")


class StdinFormat(StrEnum):
    txt = "txt"
    jsonl = "jsonl"


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for "
                                                     "stdin: .txt .html .json .jsonl .csv, "
                                                     "each optionally .gz.")],
    db: Annotated[Path, typer.Option(help="The DuckDB event store (created if missing).")] = Path(
        "events.duckdb"),
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: the cores).",
                                                min=1)] = None,
    date: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD for articles without "
                                                  "one.")] = None,
    field: Annotated[list[str] | None, typer.Option(
        help="Record field names for JSON/CSV, e.g. --field text=body --field date=published "
             "(fields: text, title, date, url, id, source).")] = None,
    stdin_format: Annotated[StdinFormat, typer.Option(help="What - reads.")] = StdinFormat.txt,
    batch_size: Annotated[int | None, typer.Option(help="Articles per batch (and per "
                                                        "transaction).", min=1)] = None,
) -> None:
    """Code a corpus into a DuckDB store: parallel, resumable, deduplicated."""
    from newsevents.engines.ingest import ingest as run
    from newsevents.ingest import FieldMap
    from newsevents.settings import load_settings

    settings = load_settings(batch_size=batch_size)
    fields = FieldMap().with_user(field)
    try:
        with _ingest_progress() as (_, update):
            summary = run(inputs, db=db, workers=workers, settings=settings, fields=fields,
                          date=_valid_date(date), stdin_format=stdin_format.value,
                          progress=update)
    except KeyboardInterrupt:
        err.print("interrupted: every batch written so far is kept; run the same command "
                  "again to resume")
        raise typer.Exit(130) from None
    render_summary(summary)


def _ingest_progress():
    """A rich bar with articles/s and events found where a person watches; log lines where
    stderr is a file (cluster jobs, CI), one per written batch."""
    from contextlib import contextmanager

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    @contextmanager
    def manage():
        if not err.is_terminal:
            last: list[tuple] = [()]

            def log(s):
                if (s.articles, s.quarantined, s.skipped) == last[0]:
                    return  # the end of a run reports what the last batch already said
                last[0] = (s.articles, s.quarantined, s.skipped)
                err.print(f"written: {s.articles} articles, {s.events} events, "
                          f"{s.quarantined} quarantined, {s.skipped} already stored "
                          f"({s.rate:.1f} articles/s)", highlight=False)
            yield None, log
            return
        with Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(),
                      TextColumn("{task.fields[line]}"), TimeElapsedColumn(), console=err,
                      transient=True) as progress:
            task = progress.add_task("ingest", total=None, line="starting workers")

            def update(s):
                progress.update(task, completed=s.read, line=(
                    f"{s.read} read, {s.articles} coded, {s.events} events, "
                    f"{s.quarantined} quarantined, {s.rate:.1f} articles/s"))
            yield progress, update

    return manage()


def render_summary(s) -> None:
    table = Table(title=f"ingest run {s.run_id} into {s.db}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("inputs read", s.read), ("articles coded", s.articles), ("events", s.events),
            ("quotes", s.quotes), ("already in the store (skipped)", s.skipped),
            ("quarantined", s.quarantined),
            *((f"  {reason}", n) for reason, n in sorted(s.reasons.items())),
            ("near-duplicate articles linked", s.near_duplicates),
            ("event clusters in the store", s.clusters),
            ("workers", s.workers), ("seconds", f"{s.seconds:.1f}"),
            ("articles per second", f"{s.rate:.2f}")]
    for what, n in rows:
        table.add_row(what, str(n))
    out.print(table)
    if s.quarantined:
        out.print("Quarantined inputs and their reasons: newsevents export --db "
                  f"{s.db} --schema quarantine --format csv --out quarantine.csv")


class Schema(StrEnum):
    native = "native"
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"
    icews = "icews"
    phoenix = "phoenix"
    plover = "plover"
    quarantine = "quarantine"


class FileFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def export(
    db: Annotated[Path, typer.Option(help="The DuckDB event store.", exists=True,
                                     dir_okay=False)],
    out_path: Annotated[Path, typer.Option("--out", help="The file to write.")],
    schema: Annotated[Schema, typer.Option(help="Column layout.")] = Schema.native,
    fmt: Annotated[FileFormat, typer.Option("--format", help="File format.")] = (
        FileFormat.parquet),
    since: Annotated[str | None, typer.Option(help="First event date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date YYYY-MM-DD.")] = None,
) -> None:
    """Export events as native, GDELT, ICEWS, Phoenix or PLOVER columns (codes stay strings)."""
    from newsevents.store import open_store
    from newsevents.store.exports import export_frame, write_frame

    with open_store(db) as store:
        if schema is Schema.quarantine:
            df = store.table("quarantine")
        else:
            df = export_frame(store, schema.value, since=_valid_date(since),
                              until=_valid_date(until))
    path = write_frame(df, out_path, fmt=fmt.value, schema=schema.value)
    out.print(f"{len(df)} rows, {len(df.columns)} columns ({schema.value}) -> {path}")


def _analyse(text_or_file: str, date: str | None):
    """Code one text (or file) and keep its parse and mentions: for `actors` and `explain`."""
    from newsevents.model import Article

    pipe = _pipeline()
    article = Article(id="text", text=_text_or_file(text_or_file), date=_valid_date(date))
    return pipe, pipe.analyse(article)


@app.command()
def actors(
    text_or_file: Annotated[str, typer.Argument(help="A text, or a path to a text file.")],
    date: Annotated[str | None, typer.Option(help="Article date YYYY-MM-DD.")] = None,
) -> None:
    """Print each actor mention with its code and the rule that resolved it."""
    pipe, coded = _analyse(text_or_file, date)
    table = Table(expand=True)
    for col in ("mention", "code", "rule", "entry (data line)", "name"):
        table.add_column(col, overflow="fold")
    kb = pipe.kb
    for m in coded.mentions:
        lines = [kb.entries[e].where for e in m.entry.split("+") if e in kb.entries]
        entry = f"{m.entry} ({', '.join(lines)})" if lines else (m.entry or "-")
        table.add_row(m.text, m.code or "[dim]unresolved[/dim]", m.rule or "-", entry,
                      m.name or "-")
    out.print(table)


@app.command()
def explain(
    text_or_file: Annotated[str, typer.Argument(help="A text, or a path to a text file.")],
    date: Annotated[str | None, typer.Option(help="Article date YYYY-MM-DD.")] = None,
) -> None:
    """Show the parse, the actors, and why each trigger was or was not coded."""
    from newsevents.events.explain import explain as run
    from newsevents.events.explain import render

    pipe, coded = _analyse(text_or_file, date)
    events, trace = run(coded.doc, coded.mentions, pipe.coder)
    sys.stdout.write(render(coded.doc, coded.mentions, events, trace) + "\n")


def main() -> None:
    try:
        app()
    except NewsEventsError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
