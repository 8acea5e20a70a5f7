import pytest

from newsevents.errors import NewsEventsError
from newsevents.settings import load_settings


def test_defaults_env_and_keywords(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSEVENTS_CONFIG", str(tmp_path / "none.toml"))
    assert load_settings().batch_size == 64
    monkeypatch.setenv("NEWSEVENTS_BATCH_SIZE", "8")
    assert load_settings().batch_size == 8
    assert load_settings(batch_size=3).batch_size == 3


def test_user_file_and_errors(monkeypatch, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("fuzzy_threshold = 91\n")
    monkeypatch.setenv("NEWSEVENTS_CONFIG", str(cfg))
    assert load_settings().fuzzy_threshold == 91
    cfg.write_text("colour = 1\n")
    with pytest.raises(NewsEventsError, match="unknown setting"):
        load_settings()
    monkeypatch.setenv("NEWSEVENTS_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("NEWSEVENTS_BATCH_SIZE", "many")
    with pytest.raises(NewsEventsError, match="batch_size"):
        load_settings()
