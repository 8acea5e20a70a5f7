"""The DuckDB event store: one file, a versioned schema, batches written in one transaction.

Only this package speaks SQL. A batch of coded articles (articles, events, their actors and
locations, quotes) and the quarantine rows of its inputs commit together or not at all, so a
killed ingest leaves each article either wholly stored or absent, and re-running completes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsevents.errors import StoreError
from newsevents.store.rows import TABLES, CodedArticle, Rows
from newsevents.store.schema import migrate

QUARANTINE_COLS = ("origin", "content_hash", "reason", "message", "language", "excerpt", "run_id")


class Store:
    """An open event store. ``Store(path)`` creates or migrates it; use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 threads: int | None = None) -> None:
        """``threads``: DuckDB's worker threads (default: all cores). The ingest writer uses
        one: its inserts are small, and spare threads only compete with the coding workers."""
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; create it with `newsevents ingest`")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only,
                                      config={"threads": threads} if threads else {})
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); is another "
                             "newsevents process writing to it?") from exc
        if not read_only:
            migrate(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- runs -----------------------------------------------------------------------------
    def begin_run(self, *, settings: dict[str, Any], inputs: list[str], version: str) -> int:
        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute("INSERT INTO runs (run_id, started_at, code_version, settings, inputs, "
                         "status) VALUES (?, ?, ?, ?, ?, 'running')",
                         [run_id, datetime.now(), version, json.dumps(settings),
                          json.dumps(inputs)])
        return int(run_id)

    def finish_run(self, run_id: int, counts: dict[str, int], *, status: str = "done") -> None:
        cols = ("read", "articles", "events", "quotes", "quarantined", "skipped")
        sets = ", ".join(f"{c} = ?" for c in cols)
        self.con.execute(f"UPDATE runs SET {sets}, status = ?, finished_at = ? WHERE run_id = ?",
                         [counts.get(c, 0) for c in cols] + [status, datetime.now(), run_id])

    # --- what is already there ---------------------------------------------------------------
    def known_articles(self, hashes: Iterable[str]) -> dict[str, str]:
        """article_id -> origin for the hashes already stored."""
        ids = list(hashes)
        if not ids:
            return {}
        rows = self.con.execute("SELECT article_id, origin FROM articles "
                                "WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()
        return dict(rows)

    def known_quarantine(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        pairs = list(keys)
        if not pairs:
            return set()
        origins = [o for o, _ in pairs]
        rows = self.con.execute("SELECT origin, content_hash FROM quarantine "
                                "WHERE origin IN (SELECT unnest(?))", [origins]).fetchall()
        return set(rows) & set(pairs)

    # --- writing ----------------------------------------------------------------------------
    def write(self, coded: list[CodedArticle], quarantined: list[dict[str, Any]],
              *, run_id: int) -> None:
        """Write coded articles and quarantine rows in one transaction."""
        self.write_tables(Rows.of(coded).arrow(), quarantined, run_id=run_id)

    def write_tables(self, tables: dict[str, pa.Table], quarantined: list[dict[str, Any]],
                     *, run_id: int, new: bool = False) -> None:
        """Write a batch already flattened (by a worker) and its quarantine rows, in one
        transaction: every row of the batch is kept, or none. A row already stored is left
        alone (a replayed batch adds nothing), unless the caller vouches that the batch is
        ``new`` (the ingest planner does): then rows go in without that check, which was a
        third of the writing time (measured), and a repeat is an error."""
        stamp = datetime.now()
        q_rows = [{**{c: q.get(c) for c in QUARANTINE_COLS}, "run_id": run_id,
                   "quarantined_at": stamp} for q in quarantined]
        if q_rows:
            tables = {**tables, "quarantine": pa.Table.from_pylist(q_rows)}
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table in (*TABLES, "quarantine"):
                if table in tables:
                    self._insert(table, tables[table], run_id if table == "articles" else None,
                                 check=not new or table == "quarantine")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing a batch failed ({exc}); nothing of the "
                             "batch was kept, re-run the ingest to retry it") from exc

    def _insert(self, table: str, batch: pa.Table, run_id: int | None, *, check: bool) -> None:
        cols = ", ".join(batch.column_names)
        verb = "INSERT OR IGNORE" if check else "INSERT"
        if run_id is None:
            self.con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM batch")
        else:
            self.con.execute(f"{verb} INTO {table} ({cols}, run_id) SELECT {cols}, ? FROM batch",
                             [run_id])

    # --- reading ----------------------------------------------------------------------------
    def sql(self, query: str, params: list[Any] | None = None):
        """Run a read query and return a pandas DataFrame (the escape hatch for analysts)."""
        return self.con.execute(query, params or []).df()

    def events(self, *, since: str | None = None, until: str | None = None,
               canonical_only: bool = False, engine: str = "pandas"):
        """Events with their actors' names and locations, as a pandas or polars DataFrame."""
        where, params = date_filter(since, until)
        if canonical_only:
            where.append("e.event_id IN (SELECT canonical_event_id FROM event_clusters)")
        query = EVENTS_QUERY + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY e.date_start NULLS LAST, e.event_id"
        if engine == "polars":
            try:
                import polars
            except ImportError as exc:
                raise StoreError("engine='polars' needs polars: pip install "
                                 "'newsevents[polars]'") from exc
            return polars.from_arrow(self.con.sql(query, params=params).to_arrow_table())
        return self.con.execute(query, params).df()

    def export_events(self, *, since: str | None = None, until: str | None = None):
        """Every field the export layouts draw on, one row per event (pandas)."""
        from newsevents.ontology import load_ontology

        where, params = date_filter(since, until)
        query = EXPORT_QUERY + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY e.date_start NULLS LAST, e.event_id"
        df = self.con.execute(query, params).df()
        onto = load_ontology()
        df["cameo_name"] = df["cameo"].map(lambda c: onto[c].name if c in onto else None)
        df["plover_quad"] = df["plover"].map(
            lambda p: onto.types[p].quad_class if p in onto.types else None)
        return df

    def table(self, name: str):
        if name not in (*TABLES, "quarantine", "runs", "event_clusters"):
            raise StoreError(f"no table {name!r}; tables: {', '.join(TABLES)}, quarantine, "
                             "runs, event_clusters")
        return self.con.execute(f"SELECT * FROM {name}").df()

    def counts(self) -> dict[str, int]:
        names = (*TABLES, "quarantine", "event_clusters")
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in names}


# An event with its article, both actors, its place and its cluster.
EVENT_JOINS = """
FROM events e
JOIN articles a USING (article_id)
LEFT JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source'
LEFT JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target'
LEFT JOIN locations l ON l.event_id = e.event_id
LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id"""

EVENTS_QUERY = """
SELECT e.event_id, e.article_id, e.cluster_id, e.date, e.date_start, e.date_granularity,
       e.source_code, s.name AS source_name, s.text AS source_text,
       e.target_code, t.name AS target_name, t.text AS target_text,
       e.cameo, e.cameo_root, e.plover, e.mode, e.plover_mode, e.goldstein, e.quad_class,
       l.place, l.country AS place_country, l.admin1, l.lat, l.lon, l.geonameid,
       e.sentence, e.span_start, e.span_end, e.trigger, e.rule,
       a.date AS article_date, a.title, a.url, a.source AS publisher, a.canonical_id,
       c.num_mentions, c.num_articles, c.num_sources""" + EVENT_JOINS


EXPORT_QUERY = """
SELECT e.*, s.name AS source_name, s.text AS source_text, t.name AS target_name,
       t.text AS target_text, l.text AS place_text, l.place, l.country AS place_country,
       l.admin1, l.feature, l.lat, l.lon, l.geonameid,
       a.date AS article_date, a.url, a.origin, a.source AS publisher, a.language, a.coded_at,
       a.text AS article_text,
       coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), 600) AS lead_end,
       c.canonical_event_id, c.num_mentions, c.num_articles, c.num_sources""" + EVENT_JOINS


def date_filter(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    where, params = [], []
    if since:
        where.append("coalesce(e.date_start, a.date) >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("coalesce(e.date_start, a.date) <= CAST(? AS DATE)")
        params.append(until)
    return where, params


def open_store(path: str | Path, *, read_only: bool = True) -> Store:
    """Open an event store for reading: ``open_store("events.duckdb").events()``."""
    return Store(path, read_only=read_only)
