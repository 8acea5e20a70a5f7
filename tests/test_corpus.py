"""Whole corpus runs with the real model, real worker processes, a real DuckDB file and a real
SIGKILL: every input accounted for, nothing coded twice, a killed run resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import STORIES, write_messy_corpus

from newsevents.engines import ingest
from newsevents.settings import load_settings
from newsevents.store import open_store

pytestmark = pytest.mark.slow


def test_messy_corpus_every_input_accounted_for_with_two_workers(tmp_path):
    expected = write_messy_corpus(tmp_path / "in")
    db = tmp_path / "events.duckdb"
    summary = ingest([str(tmp_path / "in")], db=db, workers=2, date="2021-06-01",
                     settings=load_settings(batch_size=2))
    assert summary.read == expected["inputs"]
    assert summary.articles == expected["articles"]
    assert summary.quarantined == expected["quarantine"]
    assert summary.articles + summary.quarantined == summary.read
    assert summary.reasons["duplicate"] == 1 and summary.reasons["not-english"] == 1
    assert summary.near_duplicates == 1  # the wire copy
    # coded in worker processes (which of the two takes each batch is up to the pool: a worker
    # that starts first may take them all)
    assert 1 <= len(summary.peak_rss_mb) <= 2 and os.getpid() not in summary.peak_rss_mb
    with open_store(db) as store:
        counts = store.counts()
        assert counts["articles"] == expected["articles"]
        assert counts["quarantine"] == expected["quarantine"]
        assert counts["events"] == summary.events > 0
        q = store.table("quarantine").set_index("reason")
        assert q.loc["duplicate", "message"].startswith("the same text as ")
        assert q.loc["not-english", "language"] == "fr"
        run = store.table("runs").iloc[0]
        assert run["status"] == "done" and run["articles"] == expected["articles"]
    again = ingest([str(tmp_path / "in")], db=db, workers=1)
    assert (again.articles, again.quarantined, again.skipped) == (0, 0, expected["inputs"])
    with open_store(db) as store:
        assert store.counts() == counts


def _many(root: Path, n: int) -> None:
    root.mkdir()
    for i in range(n):
        title, text = STORIES[i % len(STORIES)]
        (root / f"a{i:03d}.txt").write_text(f"{text} Report {i} of the series on {title}.",
                                            encoding="utf-8")


def _stored(db: Path) -> tuple[list[str], int, int]:
    with open_store(db) as store:
        ids = [r[0] for r in store.con.execute(
            "SELECT article_id FROM articles ORDER BY article_id").fetchall()]
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        dup = store.con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events"
                                ).fetchone()[0]
    return ids, events, dup


def test_sigkill_then_resume_stores_each_article_exactly_once(tmp_path):
    corpus = tmp_path / "corpus"
    _many(corpus, 24)
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--db", str(db),
           "--workers", "2", "--batch-size", "2", "--date", "2021-06-01"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    written = 0
    for line in proc.stderr:
        written += line.startswith("written:")
        if written == 3:
            os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-run
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial, _, _ = _stored(db)
    assert 0 < len(partial) < 24
    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert "already in the store" in resumed.stdout
    ids, events, dup = _stored(db)
    clean = tmp_path / "clean.duckdb"
    ingest([str(corpus)], db=clean, workers=1, date="2021-06-01",
           settings=load_settings(batch_size=2))
    clean_ids, clean_events, _ = _stored(clean)
    assert ids == clean_ids and len(ids) == 24
    assert events == clean_events and dup == 0
    with open_store(db) as store:
        statuses = [r[0] for r in store.con.execute("SELECT status FROM runs ORDER BY run_id")
                    .fetchall()]
    assert statuses == ["running", "done"]  # the killed run never finished


def test_ingest_reads_stdin_jsonl(tmp_path):
    import json

    from typer.testing import CliRunner

    from newsevents.cli import app

    lines = [json.dumps({"id": f"s{i}", "text": STORIES[i][1], "date": "2021-05-0" + str(i + 1)})
             for i in range(2)] + ["{broken"]
    db = tmp_path / "stdin.duckdb"
    res = CliRunner().invoke(app, ["ingest", "-", "--stdin-format", "jsonl", "--db", str(db),
                                   "--workers", "1"], input="\n".join(lines) + "\n")
    assert res.exit_code == 0, res.output
    with open_store(db) as store:
        arts = store.table("articles").sort_values("doc_id")
        assert list(arts["doc_id"]) == ["s0", "s1"]
        assert list(arts["origin"]) == ["<stdin>:1", "<stdin>:2"]
        assert list(store.table("quarantine")["origin"]) == ["<stdin>:3"]


def test_cli_ingest_and_export(tmp_path):
    corpus = tmp_path / "corpus"
    _many(corpus, 3)
    db = tmp_path / "e.duckdb"
    run = subprocess.run([sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--db",
                          str(db), "--workers", "1", "--date", "2021-06-01"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "articles coded" in run.stdout and "3" in run.stdout
    out = tmp_path / "gdelt.tsv"
    exp = subprocess.run([sys.executable, "-m", "newsevents.cli", "export", "--db", str(db),
                          "--schema", "gdelt", "--format", "csv", "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert exp.returncode == 0, exp.stderr
    assert out.read_text().split("\n")[0].split("\t")[:3] == ["GLOBALEVENTID", "SQLDATE",
                                                              "MonthYear"]
    from newsevents.store.exports import export_frame

    with open_store(db) as store:
        native = export_frame(store, "native")
        mentions = export_frame(store, "gdelt-mentions")
        texts = dict(store.con.execute("SELECT article_id, text FROM articles").fetchall())
    assert len(mentions) == len(native) > 0
    for (_, ev), at, src in zip(native.iterrows(), mentions["ActionCharOffset"],
                                mentions["Actor1CharOffset"], strict=True):
        text = texts[ev["article_id"]]
        assert text[at:at + len(ev["trigger"])] == ev["trigger"]
        if isinstance(ev["source_text"], str):
            assert text[src:src + len(ev["source_text"])] == ev["source_text"]
    later = subprocess.run([sys.executable, "-m", "newsevents.cli", "export", "--db", str(db),
                            "--schema", "plover", "--format", "jsonl", "--since", "2030-01-01",
                            "--out", str(tmp_path / "none.jsonl")],
                           capture_output=True, text=True, timeout=120)
    assert later.returncode == 0 and later.stdout.startswith("0 rows")
