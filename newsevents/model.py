"""The records that flow through the pipeline: Article -> Actor/Event/Quote -> Result.

Plain dataclasses with ``as_dict``/``from_dict``; the dict form is the JSON contract of
``newsevents code`` (stages may add keys, never remove or rename them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


def _pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``date`` is ISO YYYY-MM-DD (or None when unknown); ``origin`` names
    where it was read (file, file:line), ``language`` the detected ISO 639-1 code."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(**_pick(cls, data))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event argument: the resolved code, a display name and the words that named it."""

    code: str
    name: str
    text: str
    rule: str = ""
    entry: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text,
                "rule": self.rule, "entry": self.entry}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ActorRef | None:
        return None if data is None else cls(**_pick(cls, data))


@dataclass(slots=True)
class Actor:
    """A canonical actor of a document, with every character span that mentions it."""

    code: str
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name,
                "mentions": [list(m) for m in self.mentions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(code=data["code"], name=data["name"],
                   mentions=[tuple(m) for m in data.get("mentions", [])])


@dataclass(slots=True)
class Event:
    """Who did what to whom: CAMEO code (a string, "042"), PLOVER type, mode and provenance."""

    id: str
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    plover: str
    mode: str
    goldstein: float
    quad_class: int
    sentence: str
    span: tuple[int, int]
    trigger: str
    rule: str
    date: str | None = None
    location: dict[str, Any] | None = None
    plover_mode: str | None = None
    date_info: dict[str, Any] | None = None
    sentence_no: int | None = None  # 1-based, in document order

    def __post_init__(self) -> None:
        if not isinstance(self.cameo, str):
            raise TypeError(f"CAMEO code must be a string like '042', got {self.cameo!r}")

    def as_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "cameo": self.cameo, "plover": self.plover, "mode": self.mode,
            "goldstein": float(self.goldstein), "quad_class": int(self.quad_class),
            "date": self.date, "location": self.location,
            "sentence": self.sentence, "span": list(self.span),
            "trigger": self.trigger, "rule": self.rule,
        }
        if self.plover_mode:
            out["plover_mode"] = self.plover_mode
        if self.date_info:
            out["date_info"] = self.date_info
        if self.sentence_no is not None:
            out["sentence_no"] = self.sentence_no
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        kw = _pick(cls, data)
        kw["source"] = ActorRef.from_dict(data.get("source"))
        kw["target"] = ActorRef.from_dict(data.get("target"))
        kw["span"] = tuple(data["span"])
        kw["cameo"] = str(data["cameo"])
        return cls(**kw)


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker; ``span`` covers the quoted words in the document."""

    speaker: ActorRef | None
    quote: str
    span: tuple[int, int]
    cue: str
    kind: str = "direct"

    def as_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.as_dict() if self.speaker else None,
                "quote": self.quote, "span": list(self.span), "cue": self.cue,
                "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        kw = _pick(cls, data)
        kw["speaker"] = ActorRef.from_dict(data.get("speaker"))
        kw["span"] = tuple(data["span"])
        return cls(**kw)


@dataclass(slots=True)
class Result:
    """Everything coded from one article: the unit written by ``newsevents code``."""

    id: str
    date: str | None
    title: str | None
    url: str | None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "title": self.title, "url": self.url,
                "events": [e.as_dict() for e in self.events],
                "quotes": [q.as_dict() for q in self.quotes],
                "actors": [a.as_dict() for a in self.actors]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        return cls(id=data["id"], date=data.get("date"), title=data.get("title"),
                   url=data.get("url"),
                   events=[Event.from_dict(e) for e in data.get("events", [])],
                   quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
                   actors=[Actor.from_dict(a) for a in data.get("actors", [])])
