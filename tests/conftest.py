"""Shared fixtures. The real spaCy model and knowledge files are used: no mocks."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from newsevents.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (reference article, ontology tables); absent in a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (it is in CI); skipping a reference-data test")
    return SHARED


def code(pipeline, text: str, date: str = "2021-06-01"):
    from newsevents.model import Article

    return pipeline.code(Article(id="t", text=text, date=date))


def dyads(result) -> set[tuple]:
    """(source, cameo root, target) of each event, for compact assertions."""
    return {(e.source.code if e.source else None, e.cameo[:2], e.target.code if e.target else None)
            for e in result.events}
