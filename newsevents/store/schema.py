"""The event store's schema as named, ordered migrations (applied once each, in order).

A store records the migrations it has applied in ``schema_migrations``; opening an older store
applies the missing ones, opening a store from a newer newsevents is refused. Never edit a
migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: list[Migration] = [
    Migration(1, "core tables", """
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
    code_version VARCHAR, settings JSON, inputs JSON, status VARCHAR,
    read INTEGER DEFAULT 0, articles INTEGER DEFAULT 0, events INTEGER DEFAULT 0,
    quotes INTEGER DEFAULT 0, quarantined INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,      -- SHA-256 of the whitespace-normalised text
    doc_id VARCHAR, origin VARCHAR, title VARCHAR, date DATE, source VARCHAR, url VARCHAR,
    language VARCHAR, text VARCHAR, n_chars INTEGER, n_events INTEGER, n_quotes INTEGER,
    run_id INTEGER, coded_at TIMESTAMP);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER,
    source_code VARCHAR, target_code VARCHAR, cameo VARCHAR NOT NULL, cameo_root VARCHAR,
    plover VARCHAR, mode VARCHAR, plover_mode VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    date VARCHAR, date_start DATE, date_granularity VARCHAR, date_source VARCHAR,
    sentence VARCHAR, sentence_no INTEGER, span_start INTEGER, span_end INTEGER,
    trigger VARCHAR, rule VARCHAR);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, code VARCHAR, name VARCHAR, text VARCHAR,
    rule VARCHAR, entry VARCHAR, PRIMARY KEY (event_id, role));
CREATE TABLE locations (
    event_id VARCHAR PRIMARY KEY, text VARCHAR, place VARCHAR, country VARCHAR, admin1 VARCHAR,
    feature VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, reason VARCHAR);
CREATE TABLE quotes (
    quote_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER,
    speaker_code VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR, quote VARCHAR,
    span_start INTEGER, span_end INTEGER, cue VARCHAR, kind VARCHAR);
CREATE TABLE quarantine (
    origin VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, reason VARCHAR NOT NULL,
    message VARCHAR, language VARCHAR, excerpt VARCHAR, run_id INTEGER, quarantined_at TIMESTAMP,
    PRIMARY KEY (origin, content_hash));
CREATE INDEX events_article ON events (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
"""),
    Migration(2, "deduplication", """
ALTER TABLE articles ADD COLUMN minhash BLOB;
ALTER TABLE articles ADD COLUMN canonical_id VARCHAR;
ALTER TABLE articles ADD COLUMN similarity DOUBLE;
CREATE TABLE event_clusters (
    cluster_id VARCHAR PRIMARY KEY, canonical_event_id VARCHAR, source_code VARCHAR,
    target_code VARCHAR, cameo VARCHAR, plover VARCHAR, date VARCHAR, date_start DATE,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_seen DATE);
ALTER TABLE events ADD COLUMN cluster_id VARCHAR;
"""),
]

LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(con: duckdb.DuckDBPyConnection, *,
            on_apply: Callable[[Migration], None] | None = None) -> int:
    """Apply every migration newer than the store, each in its own transaction."""
    from newsevents.errors import StoreError

    version = current_version(con)
    if version > LATEST:
        raise StoreError(f"the store has schema version {version}, newer than this newsevents "
                         f"({LATEST}); upgrade newsevents to open it")
    for mig in MIGRATIONS:
        if mig.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in filter(str.strip, mig.sql.split(";")):
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                        [mig.version, mig.name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {mig.version} ({mig.name}) failed: {exc}") from exc
        if on_apply:
            on_apply(mig)
    return LATEST
