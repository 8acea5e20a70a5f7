"""Why each event was or was not coded: the parse, the actors, the triggers and their fate."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.mentions import Mention
from newsevents.events.coder import Candidate, EventCoder, code_events
from newsevents.model import Event


def explain(doc: Doc, mentions: list[Mention], coder: EventCoder) -> tuple[list[Event],
                                                                          list[Candidate]]:
    """Code the document and keep every trigger candidate with the note that decided it."""
    trace: list[Candidate] = []
    events = code_events(doc, mentions, coder, doc_id="explain", trace=trace)
    return events, trace


def render(doc: Doc, mentions: list[Mention], events: list[Event],
           trace: list[Candidate]) -> str:
    """A plain-text report, sentence by sentence."""
    lines: list[str] = []
    by_sent: dict[int, list[Candidate]] = {}
    for cand in trace:
        by_sent.setdefault(cand.trigger.sent.start, []).append(cand)
    for sent in doc.sents:
        lines.append(f"# {sent.text.strip()}")
        lines.append("  parse: " + " ".join(
            f"{t.text}/{t.pos_}/{t.dep_}>{t.head.i - sent.start}" for t in sent
            if not t.is_space))
        for m in mentions:
            if sent.start_char <= m.start < sent.end_char:
                lines.append(f"  actor: {m.text!r} -> {m.code or 'unresolved'} "
                             f"({m.rule or '-'}; {m.entry or '-'})")
        for cand in by_sent.get(sent.start, []):
            entry = cand.match.entry if cand.match else None
            what = f"{entry.id} ({entry.cameo}, {entry.where})" if entry else "no entry"
            fired = [e for e in events if e.trigger == cand.trigger.text
                     and e.span[0] <= cand.trigger.idx < e.span[1]]
            verdict = "; ".join(
                f"EVENT {e.source.code if e.source else '-'} {e.cameo} {e.plover} "
                f"{e.target.code if e.target else '-'} [{e.mode}]" for e in fired)
            lines.append(f"  trigger {cand.trigger.text!r} ({cand.frame}): {what}: "
                         f"{verdict or cand.note or 'not coded'}")
    return "\n".join(lines)
