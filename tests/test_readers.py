"""Malformed inputs become Rejected records naming file and line; the others still come through."""

import json

import pytest

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


def test_every_kind_of_input_is_read_or_rejected_with_a_reason(tmp_path):
    from corpus import write_messy_corpus

    expected = write_messy_corpus(tmp_path / "in")
    got = list(read_inputs([str(tmp_path / "in")]))
    arts = [g for g in got if isinstance(g, Article)]
    rej = [g for g in got if isinstance(g, Rejected)]
    assert len(got) == expected["inputs"]
    # the exact duplicate is only found by the store (by content hash), so it is read here
    assert len(arts) == expected["articles"] + 1
    assert sorted(r.reason for r in rej) == sorted(
        ["bad-json", "bad-record", "not-english", "binary", "empty", "undecodable", "too-large",
         "corrupt"])
    assert not any(".hidden" in (a.origin or "") for a in arts)
    by_origin = {a.origin.rsplit("/", 1)[-1]: a for a in arts}
    page = by_origin["page.html"]
    assert page.title == "Naval drills" and page.date == "2021-08-04"
    assert "warship" not in page.text and "Copyright" not in page.text and "Home" not in page.text
    assert page.text.startswith("Naval drills\n\nChina held naval drills")
    feed = by_origin["feed.jsonl.gz:1"]
    assert feed.id == "j5" and feed.date == "2021-09-02" and feed.text.startswith("Japan")
    row = by_origin["table.csv:2"]
    assert row.id == "c7" and row.title == "Diplomacy"
    french = next(r for r in rej if r.reason == "not-english")
    assert french.language == "fr" and french.where.endswith("feed.jsonl.gz:5")
    assert all(a.language == "en" for a in arts)


def test_user_field_names_and_dates(tmp_path):
    from newsevents.errors import NewsEventsError
    from newsevents.ingest import FieldMap
    from newsevents.ingest.fields import normalise_date

    data = tmp_path / "dump.json"
    data.write_text(json.dumps([
        {"story_body": "Chad closed its border with Sudan.", "when": "3 January 2020"},
        {"story_body": "Peru recalled its ambassador.", "when": "2020-02-05T10:00:00Z"}]))
    fields = FieldMap().with_user(["text=story_body", "date=when"])
    arts = list(read_inputs([str(data)], fields=fields))
    assert [a.date for a in arts] == ["2020-01-03", "2020-02-05"]
    assert [a.origin for a in arts] == [f"{data}#1", f"{data}#2"]
    unnamed = list(read_inputs([str(data)]))  # "story_body" is not a usual text field name
    assert [x.reason for x in unnamed] == ["bad-record", "bad-record"]
    assert "--field text=NAME" in unnamed[0].message
    assert normalise_date("May 27, 2020") == "2020-05-27"
    assert normalise_date("not a date") is None
    with pytest.raises(NewsEventsError, match="FIELD=NAME"):
        FieldMap().with_user(["body"])
