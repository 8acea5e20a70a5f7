"""The DuckDB store on real files: migrations, one-transaction batches, dedupe, exports."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.ingest import content_hash
from newsevents.model import ActorRef, Article, Event, Quote, Result
from newsevents.store import CodedArticle, Store, open_store
from newsevents.store.codes import layouts, split_actor
from newsevents.store.dedupe import cluster_events, link_near_duplicates, signature
from newsevents.store.exports import SCHEMAS, export_frame, write_frame
from newsevents.store.rows import date_start
from newsevents.store.schema import LATEST, MIGRATIONS

WIRE = ("Officials from Chile and Peru met in Lima on Tuesday to discuss a dispute over fishing "
        "rights off their shared coast. The foreign ministers said talks would continue next "
        "month and that both governments wanted a settlement before the season opens.")
OTHER = ("Farmers in Ghana blocked a highway near Kumasi on Friday to protest against the price "
         "of fertiliser, and police fired tear gas to clear the road, witnesses said.")


def _event(src: str, tgt: str | None, cameo: str, date: str, n: int = 1) -> Event:
    ref = ActorRef(code=src, name=src.title(), text=src, rule="kb", entry=f"country.{src}")
    to = ActorRef(code=tgt, name=tgt, text=tgt) if tgt else None
    return Event(id=f"x-e{n}", source=ref, target=to, cameo=cameo, plover="CONSULT",
                 mode="actual", goldstein=1.0, quad_class=1, sentence="s", span=(0, 5),
                 trigger="met", rule=f"{cameo}.meet@verb", date=date,
                 location={"name": "Lima", "place": "Lima", "country": "PER", "admin1": "15",
                           "feature": "city", "lat": -12.04, "lon": -77.03, "geonameid": 3936456,
                           "reason": "named in the clause"},
                 date_info={"granularity": "day", "source": "relative", "text": "Tuesday"},
                 sentence_no=1)


def _coded(text: str, origin: str, events: list[Event], source: str | None = None,
           date: str = "2021-03-03") -> CodedArticle:
    art = Article(id=origin, text=text, date=date, origin=origin, source=source, language="en")
    res = Result(id=origin, date=date, title=None, url=None, events=events,
                 quotes=[Quote(speaker=None, quote="q", span=(1, 2), cue="said")])
    return CodedArticle(content_hash(text), art, res, signature(text))


def test_new_store_has_every_migration_and_refuses_a_newer_one(tmp_path):
    path = tmp_path / "e.duckdb"
    with Store(path) as store:
        versions = store.con.execute("SELECT version FROM schema_migrations").fetchall()
        assert [v for (v,) in versions] == [m.version for m in MIGRATIONS]
        store.con.execute("INSERT INTO schema_migrations VALUES (99, 'future', now())")
    with pytest.raises(StoreError, match="newer than this newsevents"):
        Store(path)


def test_an_old_store_is_migrated_on_open(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP)")
    for statement in filter(str.strip, MIGRATIONS[0].sql.split(";")):
        con.execute(statement)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'core tables', now())")
    con.close()
    with Store(path) as store:
        cols = {r[0] for r in store.con.execute("DESCRIBE articles").fetchall()}
        assert {"minhash", "canonical_id"} <= cols
        assert store.con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] \
            == LATEST


def test_batches_write_every_table_once(tmp_path):
    path = tmp_path / "e.duckdb"
    with Store(path) as store:
        batch = [_coded(WIRE, "a.txt", [_event("CHL", "PER", "042", "2021-03-02")])]
        store.write(batch, [{"origin": "bad.txt", "content_hash": "h", "reason": "binary",
                             "message": "binary"}], run_id=1)
        store.write(batch, [], run_id=1)  # a replayed batch adds nothing
        counts = store.counts()
    assert counts == {"articles": 1, "events": 1, "event_actors": 2, "locations": 1,
                      "quotes": 1, "quarantine": 1, "event_clusters": 0}
    with open_store(path) as store:
        ev = store.events()
        assert ev.loc[0, "cameo"] == "042" and ev.loc[0, "place"] == "Lima"
        assert str(ev.loc[0, "date_start"])[:10] == "2021-03-02"
        with pytest.raises(duckdb.Error):
            store.con.execute("DELETE FROM events")  # read-only
        pl = store.events(engine="polars")
        assert pl.shape == ev.shape and pl["cameo"].to_list() == ["042"]


def test_a_batch_vouched_new_is_written_without_the_check_and_a_repeat_keeps_nothing(tmp_path):
    from newsevents.errors import StoreError
    from newsevents.store.rows import Rows

    with Store(tmp_path / "e.duckdb") as store:
        first = Rows.of([_coded(WIRE, "a.txt", [_event("CHL", "PER", "042", "2021-03-02")])])
        store.write_tables(first.arrow(), [], run_id=1, new=True)
        again = Rows.of([_coded(WIRE, "a.txt", [_event("CHL", "PER", "042", "2021-03-02")]),
                         _coded(WIRE + " Another paragraph.", "b.txt", [])])
        with pytest.raises(StoreError, match="nothing of the batch was kept"):
            store.write_tables(again.arrow(), [], run_id=1, new=True)
        assert store.counts()["articles"] == 1  # b.txt went back with the whole batch


def test_near_duplicates_and_event_clusters(tmp_path):
    with Store(tmp_path / "e.duckdb") as store:
        store.write([
            _coded(WIRE, "wire.txt", [_event("CHL", "PER", "042", "2021-03-02")], "Agency"),
            _coded("LIMA (Agency) - " + WIRE, "paper.txt",
                   [_event("CHL", "PER", "042", "2021-03-02")], "Daily"),
            _coded(OTHER, "other.txt", [_event("GHA", None, "141", "2021-03-05"),
                                        _event("CHL", "PER", "042", "2021-03-09", 2)]),
        ], [], run_id=1)
        assert link_near_duplicates(store.con) == 1
        assert link_near_duplicates(store.con) == 0  # already linked: nothing to do
        links = dict(store.con.execute("SELECT origin, canonical_id FROM articles").fetchall())
        assert links["paper.txt"] == content_hash(WIRE) == links["wire.txt"]
        assert links["other.txt"] == content_hash(OTHER)
        assert cluster_events(store.con) == 3
        top = store.con.execute("SELECT num_mentions, num_articles, num_sources, date FROM "
                                "event_clusters ORDER BY num_mentions DESC").fetchone()
        assert top == (2, 2, 2, "2021-03-02")
        canon = store.events(canonical_only=True)
        assert len(canon) == 3
        assert content_hash("LIMA (Agency) - " + WIRE) not in set(canon["article_id"])


def test_exports_follow_the_published_layouts(tmp_path):
    with Store(tmp_path / "e.duckdb") as store:
        store.write([_coded(WIRE, "wire.txt", [_event("CHLGOV", "PER", "042", "2021-03-02"),
                                               _event("IGOUNO", "PER", "0311", "2021-03", 2),
                                               _event("PER", None, "141", "2021-03-04", 3)])],
                    [], run_id=1)
        cluster_events(store.con)
        for schema in SCHEMAS:
            df = export_frame(store, schema, since="2021-01-01")
            if schema != "native":
                assert list(df.columns) == layouts()[schema]
            for fmt in ("parquet", "csv", "jsonl"):
                path = write_frame(df, tmp_path / f"{schema}.{fmt}", fmt=fmt, schema=schema)
                if fmt == "parquet":
                    back = pq.read_table(path).to_pandas()
                elif fmt == "csv":
                    back = pd.read_csv(path, dtype=str,
                                       sep="\t" if schema.startswith("gdelt") else ",")
                else:
                    back = pd.read_json(path, lines=True, dtype=False)
                assert list(back.columns) == list(df.columns), (schema, fmt)
                assert len(back) == len(df) == 3
        assert export_frame(store, "gdelt", since="2022-01-01").empty
        gdelt = duckdb.sql(f"SELECT * FROM read_csv('{tmp_path / 'gdelt.csv'}', delim='\\t', "
                           "types={'EventCode': 'VARCHAR'})").df()
        assert sorted(gdelt["EventCode"]) == ["0311", "042", "141"]
        assert set(gdelt["Actor1Type1Code"].dropna()) == {"GOV"}
        assert set(gdelt["ActionGeo_CountryCode"]) == {"PE"}  # FIPS, not ISO
        plover = pq.read_table(tmp_path / "plover.parquet").to_pandas()
        cow = dict(zip(plover["Actor Name"], plover["Actor COW"], strict=True))
        assert cow["Chlgov"] == "155" and pd.isna(cow["Igouno"])
        mentions = pd.read_csv(tmp_path / "gdelt-mentions.csv", sep="\t")
        assert set(mentions["GLOBALEVENTID"]) == set(gdelt["GLOBALEVENTID"])
        assert list(mentions["ActionCharOffset"]) == [0, 0, 0]  # the test spans are (0, 5)
        icews = pd.read_csv(tmp_path / "icews.csv", dtype=str)
        assert set(icews["CAMEO Code"]) == {"042", "0311", "141"}
        assert set(icews["Source Sectors"].dropna()) == {"Government"}


def test_actor_codes_split_into_parts():
    gov = split_actor("IRQGOV")
    assert (gov.country, gov.roles, gov.group) == ("IRQ", ["GOV"], None)
    un = split_actor("IGOUNO")
    assert (un.country, un.entity, un.group) == (None, "IGO", "UNO")
    assert split_actor(None) is None
    assert date_start("2020-05") == "2020-05-01" and date_start("2020") == "2020-01-01"
    assert date_start("2020-05-27") == "2020-05-27" and date_start("soon") is None
