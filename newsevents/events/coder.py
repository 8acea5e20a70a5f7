"""Code events: find triggers, pick the lexicon entry, find source and target actors, set mode."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.actors.mentions import Mention
from newsevents.events.arguments import is_passive, noun_arguments, verb_arguments
from newsevents.events.lexicon import LexEntry, Lexicon
from newsevents.events.modes import event_mode
from newsevents.model import ActorRef, Event
from newsevents.ontology import Ontology

DESCEND_DEPS = ("poss", "compound", "amod", "nmod")
DESCEND_PREPS = ("of",)


@dataclass(slots=True)
class Candidate:
    """A trigger, the entry chosen for it, and why (kept for `newsevents explain`)."""

    trigger: Token
    entry: LexEntry | None
    frame: str
    note: str = ""


class ActorIndex:
    """Token -> actor mention, descending into "the headquarters of X" and "his motorcade"."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in m.tokens or [m.head]:
                self.by_token.setdefault(i, m)
            self.by_token[m.head] = m

    def at(self, tok: Token, depth: int = 2) -> list[Mention]:
        out: list[Mention] = []
        for t in [tok, *tok.conjuncts]:
            m = self.by_token.get(t.i)
            if m is not None and m.code:
                out.append(m)
            elif depth > 0 and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                for c in t.children:
                    if c.dep_ in DESCEND_DEPS or (c.dep_ == "prep" and c.lower_ in DESCEND_PREPS):
                        inner = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" \
                            else [c]
                        for g in inner:
                            found = self.at(g, depth - 1)
                            if found:
                                out.extend(found[:1])
                                break
                    if len(out) > 0:
                        break
        seen, unique = set(), []
        for m in out:
            if id(m) not in seen:
                seen.add(id(m))
                unique.append(m)
        return unique


def choose_entry(tok: Token, entries: list[LexEntry]) -> LexEntry | None:
    """The most specific entry whose conditions hold for this trigger."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    dobj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    obj_lemmas = {c.lemma_.lower() for c in dobj} | {
        g.lemma_.lower() for c in dobj for g in c.conjuncts}
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "agent", "dative")}
    passive = is_passive(tok) if tok.pos_ in ("VERB", "AUX") else False
    best, best_score = None, -1
    for e in entries:
        if e.particle and e.particle not in particles:
            continue
        if not e.particle and particles and tok.pos_ == "VERB" and any(
                x.particle in particles for x in entries):
            continue
        if e.objects and not (e.objects & obj_lemmas):
            continue
        if e.passive and not passive:
            continue
        score = e.specificity + (1 if e.preps and set(e.preps) & preps else 0)
        if score > best_score:
            best, best_score = e, score
    return best


class EventCoder:
    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.ontology = ontology

    def candidates(self, sent: Span) -> list[Candidate]:
        out = []
        for tok in sent:
            pos = "V" if tok.pos_ in ("VERB", "AUX") else "N" if tok.pos_ in (
                "NOUN", "PROPN") else ""
            if not pos:
                continue
            entries = self.lexicon.candidates(pos, tok.lemma_.lower())
            if not entries and pos == "N":  # plurals the lemmatizer left alone ("talks")
                entries = self.lexicon.candidates(pos, tok.lower_)
            if not entries:
                continue
            entry = choose_entry(tok, entries)
            frame = "verb" if pos == "V" else "noun"
            out.append(Candidate(tok, entry, frame,
                                 "" if entry else "no entry's conditions hold"))
        return self._suppress(out)

    def _suppress(self, cands: list[Candidate]) -> list[Candidate]:
        """Light verbs carrying an event, and event nouns a verb entry already covers."""
        by_tok = {c.trigger.i: c for c in cands if c.entry}
        for c in cands:
            if not c.entry:
                continue
            tok = c.trigger
            if c.frame == "verb":
                light = self.lexicon.cue("lemma", tok.lemma_.lower())
                carried = [ch for ch in tok.children if ch.i in by_tok and ch.dep_ in (
                    "dobj", "xcomp", "ccomp", "prep", "pobj", "nsubjpass")]
                carried += [g for ch in tok.children if ch.dep_ == "prep" for g in ch.children
                            if g.i in by_tok]
                if light and light.role == "light" and carried:
                    c.note, c.entry = f"light verb carrying '{carried[0].text}'", None
            elif c.frame == "noun" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in by_tok:
                head = by_tok[tok.head.i]
                if head.entry and head.entry.objects and tok.lemma_.lower() in head.entry.objects:
                    c.note, c.entry = f"covered by '{head.trigger.text} {tok.text}'", None
        return cands

    def code_sentence(self, sent: Span, actors: ActorIndex, *, doc_id: str,
                      counter: list[int]) -> list[Event]:
        events: list[Event] = []
        keys: set[tuple] = set()
        for cand in self.candidates(sent):
            entry = cand.entry
            if entry is None or not self.ontology[entry.cameo].makes_event:
                continue
            tok = cand.trigger
            if cand.frame == "verb":
                src_toks, tgt_toks = verb_arguments(tok, entry, self.lexicon)
            else:
                src_toks, tgt_toks = noun_arguments(tok, entry, self.lexicon)
            sources = [m for t in src_toks for m in actors.at(t)]
            targets = [m for t in tgt_toks for m in actors.at(t)]
            if not sources and not targets:
                cand.note = "no actor on either side"
                continue
            if not sources and cand.frame == "noun" and tok.dep_ not in ("nsubj", "dobj",
                                                                          "nsubjpass"):
                cand.note = "event noun with no doer"
                continue
            mode, _cue = event_mode(tok, self.lexicon)
            pairs = [(s, t) for s in sources or [None] for t in targets or [None]
                     if s is None or t is None or s.code != t.code or s is not t]
            if entry.symmetric:
                pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
                if len(sources) > 1 and not targets:
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
            for s, t in pairs:
                if s is not None and t is not None and s is t:
                    continue
                key = (s.code if s else None, t.code if t else None,
                       self.ontology.plover(entry.cameo), tok.i)
                if key in keys:
                    continue
                keys.add(key)
                counter[0] += 1
                events.append(self._event(f"{doc_id}-e{counter[0]}", tok, entry, cand.frame,
                                          s, t, mode, sent))
        return _dedupe(events)

    def _event(self, eid: str, tok: Token, entry: LexEntry, frame: str, s: Mention | None,
               t: Mention | None, mode: str, sent: Span) -> Event:
        info = self.ontology[entry.cameo]
        starts = [tok.idx] + [m.start for m in (s, t) if m is not None and _in(m, sent)]
        ends = [tok.idx + len(tok)] + [m.end for m in (s, t) if m is not None and _in(m, sent)]
        return Event(
            id=eid, source=_ref(s), target=_ref(t), cameo=entry.cameo, plover=info.plover,
            mode=mode, goldstein=info.goldstein, quad_class=info.quad_class,
            sentence=sent.text, span=(min(starts), max(ends)), trigger=tok.text,
            rule=f"{entry.id}@{frame}", plover_mode=info.plover_mode or None)


def _in(m: Mention, sent: Span) -> bool:
    return sent.start_char <= m.start and m.end <= sent.end_char


def _ref(m: Mention | None) -> ActorRef | None:
    if m is None or m.code is None:
        return None
    return ActorRef(code=m.code, name=m.name or m.text, text=m.text, rule=m.rule, entry=m.entry)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per dyad and PLOVER type in a sentence ("the killing of X in a US attack")."""
    kept: dict[tuple, Event] = {}
    for e in events:
        key = (e.source.code if e.source else None, e.target.code if e.target else None,
               e.plover)
        old = kept.get(key)
        if old is None or (len(e.cameo) > len(old.cameo) and e.mode == old.mode):
            kept[key] = e
    return [e for e in events if kept.get((e.source.code if e.source else None,
                                           e.target.code if e.target else None,
                                           e.plover)) is e]


def code_events(doc: Doc, mentions: list[Mention], coder: EventCoder, *,
                doc_id: str) -> list[Event]:
    actors = ActorIndex(mentions)
    counter = [0]
    out: list[Event] = []
    for sent in doc.sents:
        out.extend(coder.code_sentence(sent, actors, doc_id=doc_id, counter=counter))
    return out
