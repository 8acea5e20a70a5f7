"""The development and held-out gold files follow CODING.md (checked by the project's own
checker) and are as large as the events issue asks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
GOLD = sorted(DATA.glob("events_*.gold.jsonl"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_gold_file_passes_the_checker(path, shared_dir):
    table = shared_dir / "ontology" / "cameo_codes.tsv"
    if not table.exists():
        pytest.skip(f"{table} not found (the CAMEO table lives in ../shared)")
    run = subprocess.run([sys.executable, str(DATA / "check_gold.py"), str(path),
                          "--cameo-table", str(table)], capture_output=True, text=True)
    errors = [line for line in run.stdout.splitlines() if line.startswith("ERROR")]
    assert run.returncode == 0 and not errors, "\n".join(errors[:10]) or run.stderr


def test_development_set_sizes():
    def count(name: str) -> int:
        return sum(1 for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                   if line.strip() and json.loads(line)["text"])
    assert count("events_sentences.gold.jsonl") >= 250
    assert count("events_articles.gold.jsonl") >= 10
