"""The `newsevents` command run for real (subprocess for exit codes, typer runner for speed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

runner = CliRunner()
CONTRACT_EVENT_KEYS = {"id", "source", "target", "cameo", "plover", "mode", "goldstein",
                       "quad_class", "date", "location", "sentence", "span", "trigger", "rule"}

ARTICLE = ("Kenyan President William Ruto visited Ethiopia on Tuesday and met Prime Minister "
           "Abiy Ahmed in Addis Ababa. Ethiopian troops attacked rebels in the Amhara region, "
           "and the rebels accused the government of killing civilians.")


def check_contract(doc: dict, text: str) -> None:
    assert set(doc) >= {"id", "date", "title", "url", "events", "quotes", "actors"}
    for e in doc["events"]:
        assert set(e) >= CONTRACT_EVENT_KEYS
        assert isinstance(e["cameo"], str) and isinstance(e["goldstein"], float)
        assert isinstance(e["quad_class"], int) and e["plover"] != "none"
        start, end = e["span"]
        assert 0 <= start < end <= len(text)
        assert e["trigger"] in text[start:end]
        assert e["sentence"] in text and e["rule"]
        for side in (e["source"], e["target"]):
            assert side is None or {"code", "name", "text"} <= set(side)
    for a in doc["actors"]:
        for s, t in a["mentions"]:
            assert 0 <= s < t <= len(text)


def test_code_text_file_jsonl(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    res = runner.invoke(app, ["code", str(f), "--date", "2023-05-02", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["date"] == "2023-05-02"
    check_contract(lines[0], ARTICLE)
    assert lines[0]["events"], "the article has codable events"


def test_code_stdin_json_and_table():
    res = runner.invoke(app, ["code", "-", "--format", "json"], input=ARTICLE)
    assert res.exit_code == 0, res.output
    docs = json.loads(res.stdout)
    check_contract(docs[0], ARTICLE)
    res = runner.invoke(app, ["code", "-", "--format", "table"], input=ARTICLE)
    assert res.exit_code == 0 and "cameo" in res.stdout


def test_bad_inputs_are_named_and_the_rest_is_coded(tmp_path: Path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n{broken\n")
    binf = tmp_path / "bin.txt"
    binf.write_bytes(b"\x00\x01\x02")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = subprocess.run([sys.executable, "-m", "newsevents.cli", "code", str(binf), str(good),
                           str(empty)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["ok"]
    assert "bin.txt" in proc.stderr and "good.jsonl:2" in proc.stderr
    assert "empty.txt" in proc.stderr and "binary" in proc.stderr


def test_bad_date_option():
    res = runner.invoke(app, ["code", "-", "--date", "27/05/2020"], input="x")
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output


def test_eval_on_own_gold(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "date": "2023-05-02", "text": ARTICLE, "events": [
        {"source": "KENGOV", "target": "ETH", "cameo": ["042"], "plover": "CONSULT"},
        {"source": "ETHMIL", "target": "ETHREB", "cameo": ["190", "193"], "plover": "ASSAULT"},
    ]}) + "\n")
    res = runner.invoke(app, ["eval", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)
    assert set(rep["levels"]) == {"root", "plover", "full"}
    assert rep["documents"] == 1
    res = runner.invoke(app, ["eval", str(gold)])
    assert "plover" in res.stdout and "recall" in res.stdout


def test_eval_with_predictions_file(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "x", "events": [
        {"source": "USA", "target": "IRN", "cameo": "163", "plover": "COERCE"}]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "events": [
        {"source": {"code": "USA"}, "target": {"code": "IRN"}, "cameo": "163",
         "plover": "COERCE"}]}) + "\n")
    res = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert json.loads(res.stdout)["levels"]["full"]["f1"] == 1.0


def test_demo_prints_events_and_writes_json(tmp_path: Path):
    out = tmp_path / "demo.json"
    res = runner.invoke(app, ["demo", "--output", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert len(data["events"]) >= 5
    assert str(out.resolve()) in res.stdout.replace("\n", "")


@pytest.mark.parametrize("cmd", ["code", "eval", "demo", "actors"])
def test_every_command_has_help(cmd):
    res = runner.invoke(app, [cmd, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output


def test_reference_article(shared_dir: Path):
    ref = shared_dir / "reference" / "kazemi-balance.txt"
    res = runner.invoke(app, ["code", str(ref), "--date", "2020-05-27", "--format", "jsonl"])
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    check_contract(doc, ref.read_text(encoding="utf-8"))
    assert doc["events"]


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert set(names) == {"code", "eval", "demo", "actors", "explain", "ingest",
                          "export"}
    for name in names:
        assert f"newsevents {name}" in readme, name


def test_explain_shows_why(tmp_path: Path):
    res = runner.invoke(app, ["explain", "Chile expelled the Venezuelan ambassador."])
    assert res.exit_code == 0
    assert "trigger 'expelled'" in res.stdout and "EVENT CHL" in res.stdout


def test_readme_data_lines_parse(tmp_path: Path):
    """The one-line additions shown in the README are valid lines of their files."""
    from newsevents.actors.kb import KnowledgeBase, load_file
    from newsevents.events.lexicon import load_entries

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    person = next(x for x in readme.splitlines() if x.startswith("p.IRQ."))
    lexeme = next(x for x in readme.splitlines() if x.startswith("042.travel"))
    people = tmp_path / "people_extra.tsv"
    people.write_text("id\tcode\tnames\tstart\tend\tnote\n" + person + "\n")
    kb = KnowledgeBase()
    load_file(kb, people)
    assert kb.people_named("Mohammed Shia al-Sudani")[0].code == "IRQGOV"
    lex = tmp_path / "lexicon.tsv"
    header = "id\tcameo\tpos\tlemma\tparticle\tobject\tprep\tflags\texample\n"
    lex.write_text(header + lexeme + "\n")
    (entry,) = load_entries(lex)
    assert (entry.cameo, entry.lemma, entry.preps) == ("042", "travel", ("to",))
