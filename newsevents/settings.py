"""One typed settings object: package defaults < user file < environment < explicit keywords."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from newsevents.errors import NewsEventsError

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")
USER_FILE = Path.home() / ".config" / "newsevents" / "config.toml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    spacy_model: str = ""
    batch_size: int = 64
    kb_dir: str = ""
    fuzzy_threshold: int = 88
    max_chars: int = 1_000_000


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise NewsEventsError(f"{path}: not valid TOML ({exc}); fix or remove the file") from exc


def _coerce(name: str, value: Any, kind: type) -> Any:
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise NewsEventsError(f"setting {name}={value!r} must be of type {kind.__name__}") from exc


def load_settings(*, config: str | Path | None = None, **overrides: Any) -> Settings:
    """Resolve settings from every source; later sources win. Unknown keys are errors."""
    known = {f.name: type(f.default) for f in fields(Settings)}
    merged: dict[str, Any] = dict(_read_toml(DEFAULTS_FILE))
    user = Path(config or os.environ.get("NEWSEVENTS_CONFIG") or USER_FILE)
    if user.exists():
        merged.update(_read_toml(user))
    for name in known:
        env = os.environ.get(f"NEWSEVENTS_{name.upper()}")
        if env is not None:
            merged[name] = env
    merged.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(merged) - set(known)
    if unknown:
        raise NewsEventsError(f"unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
    return replace(Settings(), **{k: _coerce(k, v, known[k]) for k, v in merged.items()})
