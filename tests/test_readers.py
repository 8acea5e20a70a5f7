"""Malformed inputs become Rejected records naming file and line; the others still come through."""

import json

from newsevents.ingest import Rejected, read_inputs
from newsevents.model import Article


def test_text_jsonl_and_bad_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kenya's president visited Uganda on Monday.")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("line one\ncaf\xe9 two".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    recs = tmp_path / "recs.jsonl"
    recs.write_text("\n".join([
        json.dumps({"id": "r1", "text": "Ghana hosted talks.", "date": "2021-01-02",
                    "extra": 1}),
        "{not json",
        json.dumps({"id": "r3", "summary": "no text key"}),
        json.dumps({"text": "Chile expelled an envoy."}),
    ]) + "\n")
    got = list(read_inputs([str(good), str(binary), str(latin), str(empty), str(recs),
                            str(tmp_path / "missing.txt")], date="2020-05-01"))
    arts = [g for g in got if isinstance(g, Article)]
    rej = [g for g in got if isinstance(g, Rejected)]
    assert [a.id for a in arts] == ["good", "r1", "recs-4"]
    assert arts[0].date == "2020-05-01" and arts[1].date == "2021-01-02"
    reasons = {r.reason: r.where for r in rej}
    assert reasons["binary"].endswith("photo.txt")
    assert reasons["undecodable"].endswith("latin.txt:2")
    assert reasons["empty"].endswith("empty.txt")
    assert reasons["bad-json"].endswith("recs.jsonl:2")
    assert reasons["bad-record"].endswith("recs.jsonl:3")
    assert "unreadable" in reasons
    assert all(str(r).startswith(r.where) for r in rej)


def test_too_large(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    (item,) = read_inputs([str(big)], max_chars=50)
    assert isinstance(item, Rejected) and item.reason == "too-large"
