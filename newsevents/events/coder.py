"""Code events: find triggers, pick the lexicon entry, find source and target actors, set mode."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsevents.actors.mentions import Mention, country_of
from newsevents.events.actor_index import ActorIndex
from newsevents.events.arguments import (
    MEDIATION,
    QUANTITIES,
    STOP,
    Match,
    between_parties,
    by_agent,
    choose_entry,
    is_passive,
    noun_arguments,
    noun_sources,
    prep_objects,
    reduced_passive,
    subject_of,
    verb_arguments,
)
from newsevents.events.codes import (
    ABDUCT,
    ALLEGATION,
    ALLEGING,
    ARMED,
    ARMED_ASSAULT,
    ARREST,
    BARRING,
    BLOCKADE,
    CLAIMS,
    CONDITIONS,
    CONTENT_DEPS,
    CONTENT_ROOTS,
    COOPERATIVE,
    CRITICISM,
    CROWDS,
    DENIAL,
    DOMESTIC_MEASURES,
    EVACUATE,
    EVENT_PRONOUNS,
    FORCES,
    GENERIC_REFS,
    HOST,
    HOSTILE,
    HOSTILE_PROMISE,
    INTENT,
    INTENTS,
    INVESTIGATE,
    IRREGULAR,
    LEAVE_ORGANISATION,
    NON_STATE,
    OBSTRUCT,
    ON_THE_GROUND,
    ONE_SIDED_MODES,
    OUTCOMES,
    PERMITTING,
    PHONE_CALL,
    PREVENTING,
    PRIVATE,
    PROMISES,
    RECIPROCAL_INTENTS,
    REJECTION,
    RETREAT,
    RIOT,
    SEIZE,
    SEIZURES,
    SPEECH_ACTS,
    STATE_ORGANS,
    STATE_PROTEST,
    SUBJECTS,
    TARGETLESS,
    VISIT,
    WARN_OF,
)
from newsevents.events.evaluative import evaluations, quoted_judgements
from newsevents.events.implicit import (
    adversary,
    anaphora,
    campaign_protesters,
    captor,
    default_protest_target,
    home_deployment,
    last_attacker,
    last_doer,
    last_foreign_aggressor,
    people_of,
    protesters,
    same_state,
    unnamed_target,
)
from newsevents.events.lexicon import Lexicon
from newsevents.events.modes import event_mode
from newsevents.model import ActorRef, Event
from newsevents.nlp.dateline import dateline_end
from newsevents.nlp.text import doc_text
from newsevents.nlp.view import view
from newsevents.ontology import Ontology


@dataclass(slots=True)
class Candidate:
    """A trigger, the lexicon match chosen for it, and why (kept for `newsevents explain`)."""

    trigger: Token
    match: Match | None
    frame: str
    note: str = ""
    content: tuple[Token, Match] | None = None  # the act a request or threat is about


# spaCy's coarse tags (integer ids) of the words that can trigger an event
_TRIGGER_POS = {VERB: "V", AUX: "V", NOUN: "N", PROPN: "N"}


class EventCoder:
    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.ontology = ontology
        self._words = {lemma for _pos, lemma in lexicon.index}
        self._seen: dict[tuple[str, str], bool] = {}

    def _maybe_trigger(self, tok: Token) -> bool:
        """Could this word be a trigger? Most words cannot; the answer is kept per (lemma,
        lower-case form)."""
        key = (tok.lemma_, tok.lower_)
        known = self._seen.get(key)
        if known is None:
            known = tok.lemma_.lower() in self._words or tok.lower_ in self._words
            if len(self._seen) > 200_000:
                self._seen.clear()
            self._seen[key] = known
        return known

    def candidates(self, sent: Span, actors: ActorIndex) -> list[Candidate]:
        out = []
        for tok in sent:
            pos = _TRIGGER_POS.get(tok.pos, "")
            if not pos or not self._maybe_trigger(tok):
                continue
            entries = self.lexicon.candidates(pos, tok.lemma_.lower())
            if not entries and pos == "N":  # plurals the lemmatizer left alone ("talks")
                entries = self.lexicon.candidates(pos, tok.lower_)
            if not entries:
                continue
            frame = "verb" if pos == "V" else "noun"
            if tok.i in actors.covered:
                out.append(Candidate(tok, None, frame, "part of an actor's name"))
                continue
            cue = self.lexicon.cue("lemma", tok.lemma_.lower())
            support = pos == "V" and cue is not None and cue.role != "retaliation"
            match = choose_entry(tok, entries, strict_preps=support)
            out.append(Candidate(tok, match, frame,
                                 "" if match else "no entry's conditions hold"))
        return self._suppress(out)

    def _suppress(self, cands: list[Candidate]) -> list[Candidate]:
        """Light verbs carrying an event, and events a more specific frame already covers."""
        by_tok = {c.trigger.i: c for c in cands if c.match}
        for c in cands:
            if not c.match:
                continue
            tok = c.trigger
            if c.frame == "verb":
                light = self.lexicon.cue("lemma", tok.lemma_.lower())
                carried = [ch for ch in tok.children if ch.i in by_tok and ch.dep_ in (
                    "dobj", "xcomp", "ccomp", "nsubjpass")]
                carried += [g for ch in tok.children if ch.dep_ in ("prep", "agent")
                            for g in ch.children if g.i in by_tok and ch.lower_ in (
                                "with", "to", "in", "on", "by")]
                if light and light.role == "light" and carried and not c.match.entry.objects:
                    c.note, c.match = f"light verb carrying '{carried[0].text}'", None
                    continue
            objs = [c.match.obj, *_coordinated(c.match.obj)] if c.match.obj is not None else []
            for covered in (*objs, c.match.clause):  # "suspended aid and cooperation"
                other = by_tok.get(covered.i) if covered is not None else None
                if other is not None and _mediated_parties(c, other):
                    continue
                if other is not None and other is not c and other.match:
                    other.note, other.match = f"covered by '{tok.text}'", None
        for c in cands:  # after covering: the absorbed act still covers its own object
            self._take_content(c, by_tok)
            self._absorb_allegation(c, by_tok)
            if c.match and c.frame == "noun" and c.trigger.dep_ == "dobj" and \
                    c.trigger.head.lemma_.lower() in PREVENTING:
                c.note, c.match = f"prevented by '{c.trigger.head.text}'", None
            if c.match and _barred(c.trigger):
                c.note, c.match = f"barred by '{c.trigger.head.head.text}'", None
        _drop_aims(cands, self.lexicon)
        return cands

    @staticmethod
    def _take_content(c: Candidate, by_tok: dict[int, Candidate]) -> None:
        """A request, promise or threat absorbs the act in its infinitive or that-clause: the
        act has not happened, and its target is the speech act's target."""
        if c.frame != "verb" or c.match is None or not c.match.entry.cameo.startswith(
                CONTENT_ROOTS):
            return
        for child in c.trigger.children:
            inner = by_tok.get(child.i)
            infinitive = child.dep_ == "advcl" and any(  # "threatened on Monday to impose"
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            if (child.dep_ in CONTENT_DEPS or infinitive) and inner is not None and \
                    inner.match and inner.frame == "verb" and not _reported_other(child):
                c.content = (inner.trigger, inner.match)
                inner.note, inner.match = f"content of '{c.trigger.text}'", None
                return
            if child.dep_ in CONTENT_DEPS and (inner is None or not inner.match):
                # "pressed the army to agree to a ceasefire": the act a light verb of the
                # content carries has not happened either
                for noun in _carried(child):
                    carried = by_tok.get(noun.i)
                    if carried is not None and carried.match and carried.frame == "noun":
                        c.content = c.content or (carried.trigger, carried.match)
                        carried.note = f"content of '{c.trigger.text}'"
                        carried.match = None
        # "insisted on a Turkish withdrawal", "called for the release of X", "demanded an
        # end to ...": an event noun that is the content has not happened either
        nouns = [ch for ch in c.trigger.children if ch.dep_ == "dobj"] + [
            g for ch in c.trigger.children if ch.dep_ == "prep" and ch.lower_ in (
                "on", "for", "to") for g in ch.children if g.dep_ == "pobj"]
        for noun in nouns:
            inner = by_tok.get(noun.i)
            if inner is not None and inner.match and inner.frame == "noun":
                c.content = c.content or (inner.trigger, inner.match)
                inner.note, inner.match = f"content of '{c.trigger.text}'", None

    @staticmethod
    def _absorb_allegation(c: Candidate, by_tok: dict[int, Candidate]) -> None:
        """"accused Kampala of harbouring rebels and abducting citizens": the acts in an
        accusation's of/for clause are alleged, not reported."""
        if c.frame != "verb" or c.match is None or not c.match.entry.cameo.startswith(
                ALLEGATION):
            return
        for prep in c.trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            for pcomp in (g for g in prep.children if g.dep_ == "pcomp"):
                # "of harbouring rebels and abducting citizens", "of supporting terrorism":
                # every act in the clause is alleged
                for act in (t for conj in (pcomp, *pcomp.conjuncts) for t in conj.subtree):
                    inner = by_tok.get(act.i)
                    if inner is not None and inner.match:
                        inner.note, inner.match = f"alleged by '{c.trigger.text}'", None

    def code_sentence(self, sent: Span, actors: ActorIndex, *, doc_id: str,
                      counter: list[int], trace: list[Candidate] | None = None,
                      history: list[Event] | None = None,
                      quoted_by: Token | None = None) -> list[Event]:
        events: list[Event] = []
        cands = self.candidates(sent, actors)
        if trace is not None:
            trace.extend(cands)
        previous: Event | None = None
        for cand in cands:
            if cand.match is None:
                continue
            entry = cand.match.entry
            cameo, rule = self._content_code(cand)
            info = self.ontology[cameo]
            if not info.makes_event:
                cand.note = f"{entry.cameo} is a statement: no event"
                self._shadow_statement(cand, cameo, rule, actors, sent, history)
                continue
            tok = cand.trigger
            if not entry.attributive and reduced_passive(tok):
                cand.note = "attributive participle describes a state, not an act"
                continue
            if cand.frame == "noun" and any(c.dep_ == "det" and c.lower_ == "any"
                                            for c in tok.children):
                cand.note = "'any attack': a kind of act, none reported"
                continue
            if cand.frame == "noun" and _background_noun(tok) and not (
                    cameo.startswith(MEDIATION) and _under(tok)):
                cand.note = "event noun inside a noun phrase, with no doer of its own"
                continue
            if cand.frame == "verb":
                src_groups, tgt_groups = verb_arguments(tok, cand.match)
                src_groups = self._speaker_first(tok, cameo) + src_groups
            else:
                src_groups, tgt_groups = noun_arguments(tok, cand.match)
            sources = self._first(src_groups, actors, set())
            if not sources and cameo.startswith(MEDIATION) and _under(tok):
                # "under the auspices of the EU", "under the mediation of Qatar"
                sources = self._first([prep_objects(tok, ("of",))], actors, set())
            if not sources and cand.frame == "noun" and previous is not None and \
                    previous.plover == info.plover and previous.source is not None and \
                    by_agent(tok) is None:  # "... by a rocket": the text says by what
                # "led a delegation to X, followed by a visit to Y": the same doer
                sources = [m for m in actors.by_token.values()
                           if m.code == previous.source.code][:1]
            if not sources and cand.frame == "noun" and info.plover == "PROTEST":
                sources = campaign_protesters(tok, sent, actors)
            if not sources and cameo.startswith(ARREST) and cand.frame == "verb" and \
                    is_passive(tok):
                sources = self._arresting_police(tgt_groups, actors)
            if not sources and info.plover == "ASSAULT" and cand.frame == "verb":
                sources = self._unknown_assailants(tok, actors)
            if not sources:
                cand.note = "no resolved source"
                continue
            targets = self._first(tgt_groups, actors, {m.code for m in sources})
            if not targets and (history or events):
                targets = anaphora(tgt_groups, [*(history or []), *events], actors,
                                    {m.code for m in sources}, kind=self._noun_type,
                                    reciprocal=self._reciprocal_noun)
            if not targets and cand.content is not None:  # "threatened to impose tariffs
                targets = self._content_targets(cand.content, actors,  # on Mexico"
                                                {m.code for m in sources})
            if not targets and cand.frame == "verb" and any(
                    c.dep_ == "dobj" and c.lower_ in EVENT_PRONOUNS for c in tok.children):
                # "Beijing firmly opposes this": the doer of the last reported act
                targets = last_doer([*(history or []), *events], actors,
                                     {m.code for m in sources})
            if info.plover == "THREATEN" and self._retaliation(tok):
                # "would respond to any attack on its nationals": one does not retaliate
                # against one's own side
                own_side = {country_of(x.code) or x.code for x in sources}
                targets = [t for t in targets if (country_of(t.code) or t.code) not in own_side]
            if not targets and info.plover == "THREATEN":  # "... if the US imposes sanctions"
                targets = self._first([_condition_subjects(tok, cand.content)], actors,
                                      {m.code for m in sources})
            if not targets and info.plover == "THREATEN" and self._retaliation(tok):
                targets = self._first(self._answered(tok), actors, {m.code for m in sources}) \
                    or last_attacker([*(history or []), *events], actors, sources)
            if not targets and info.plover == "REQUEST" and cand.frame == "verb":
                # "said Turkish artillery shelled a resort ... and demanded an apology"
                targets = last_attacker([*(history or []), *events], actors, sources)
            if not targets and info.plover == "THREATEN" and cand.frame == "verb" and any(
                    c.dep_ == "ccomp" for c in tok.children):
                # "Sisi warned that no one can take a drop of Egypt's water": a warning that
                # names no one is to the last foreign side that acted against the speaker's
                targets = last_attacker([*(history or []), *events], actors, sources,
                                         hostile=HOSTILE | {"ACCUSE", "REJECT"})
            if cand.frame == "verb" and self._on_a_protest(tok, cand.match) and not (
                    targets and _pairs(sources, targets, symmetric=False)):
                targets = protesters(sources[0])  # "police broke up an opposition rally"
            if not targets and cand.content is not None and cand.content[0].pos_ == "VERB" \
                    and self._on_a_protest(*cand.content):
                targets = protesters(sources[0])  # "vowed to crush any further unrest"
            if not targets and (cand.frame == "verb" or cameo.startswith(DOMESTIC_MEASURES)):
                # "the imposition of a curfew by the generals": on their own people
                targets = unnamed_target(cand, cameo, info.plover, actors, sources[0])
            if not targets and info.plover == "ASSAULT":
                # "North Korean artillery shelled the island and South Korean forces returned
                # fire": an attack with no target in the sentence of another's attack answers it
                targets = last_attacker(events, actors, sources)
            if not targets and previous is not None and previous.target is not None and \
                    tok.dep_ == "conj" and previous.trigger == tok.head.text and \
                    cand.content is None:  # "accused X and vowed to defend the country"
                # "summoned the Chinese ambassador and lodged a protest": the same target
                targets = [m for m in actors.by_token.values()
                           if m.code == previous.target.code][:1]
            if info.plover == "REQUEST" and targets:
                targets = captor(targets, sources, [*(history or []), *events],
                                  actors) or targets
            if info.plover == "MOBILIZE":  # "Serbia put its army on alert": no target
                targets = [t for t in targets
                           if country_of(t.code) not in {country_of(x.code) for x in sources}]
                targets = targets or adversary(sent, actors, sources)
                if not targets and cand.frame == "verb":
                    targets = home_deployment(tok, actors, sources[0])
                if not targets:  # "Syrian forces shelled a border town. The Lebanese army
                    # reinforced its positions in response": the last foreign aggressor
                    targets = last_foreign_aggressor(history or [], actors, sources)
            if not targets and info.plover == "PROTEST":
                targets = default_protest_target(sources[0])
            if info.plover == "CONCEDE" and not (targets and _pairs(sources, targets,
                                                                   symmetric=False)):
                # "the president dropped his bid after weeks of protests": not to himself
                targets = self._concession_target(sent, actors, sources[0]) or targets
            if _mutual(tgt_groups) and len(sources) > 1:  # "accused each other"
                targets, reciprocal = [], True
            else:
                # an offer or intent to do a reciprocal act ("ready to resume talks", 036) is
                # the offerer's alone
                reciprocal = entry.symmetric and not (
                    cameo.startswith(INTENT) and not entry.cameo.startswith(INTENT))
            own = {country_of(x.code) or x.code for x in sources}
            if len(sources) > 1 and targets and info.plover in COOPERATIVE and all(
                    country_of(t.code) in own and (t.code or "")[3:6] in STATE_ORGANS
                    for t in targets):
                # "India and Japan agreed to launch a dialogue between their ministers"
                reciprocal = True
            if len(sources) > 1 and not targets and (
                    info.plover == "COOPERATE" or cameo.startswith(RECIPROCAL_INTENTS)) and \
                    cand.frame == "verb":
                # "French and Chadian forces are sharing intelligence": with one another;
                # "Seoul and Tokyo agreed to resume talks": with each other
                reciprocal = True
            if reciprocal and len(sources) > 1 and all(
                    (country_of(t.code) or t.code) in own and (t.code or "")[3:6] not in
                    NON_STATE for t in targets):
                targets = []  # "Russia and Ukraine swapped prisoners": between the doers
            if not targets and cameo.startswith(MEDIATION) and _under(tok):
                # "agreed to a truce under Egyptian mediation": the truce's parties
                targets = _parties_so_far(events, actors, {m.code for m in sources})
                rule += "+under" if targets else ""
            if not targets and info.plover not in TARGETLESS and not (
                    reciprocal and len(sources) > 1):
                cand.note = "no resolved target"
                if history is not None:  # "test-fired missiles": a later "the launch" needs it
                    history.append(self._event("shadow", tok, cameo, rule, sources[0],
                                               None, "actual", sent))
                continue
            mode, _cue = event_mode(tok, self.lexicon)
            if self._threat_condition(tok):
                cand.note = "the condition of a threat, not a reported act"
                continue
            if targets and mode in ONE_SIDED_MODES:
                reciprocal = False  # "Damascus seeks to restore ties with Ankara": one side
            pairs = _pairs(sources, targets, symmetric=reciprocal)
            if not pairs:
                cand.note = "source and target are the same actor"
            for s, t in pairs:
                if _private_trip(cameo, s, t):
                    cand.note = "a trip or stay of private people is no visit"
                    continue
                if rule.endswith("+phone") and (t.code or "").endswith("MED"):
                    cand.note = "telling a newspaper by phone is reporting, no consultation"
                    continue
                if cameo.startswith(INVESTIGATE) and (s.code or "").endswith("MED"):
                    cand.note = "a newspaper's investigation is reporting, no political act"
                    continue
                if info.plover == "THREATEN" and _own_people(s, t):
                    cand.note = "a warning to or for one's own people is no threat"
                    continue
                counter[0] += 1
                code, why = self._by_parties(cameo, s, t, armed=entry.armed)
                previous = self._event(f"{doc_id}-e{counter[0]}", tok, code,
                                       f"{rule}{why}@{cand.frame}", s, t, mode, sent)
                events.append(previous)
        judged = quoted_judgements(sent, quoted_by) if quoted_by is not None else []
        for ev in [*evaluations(sent, self._is_speech), *judged]:
            sources = actors.at(ev.speaker)
            targets = actors.at(ev.judged) or self._participants(ev.judged, actors)
            if {t.code for t in targets} <= {s.code for s in sources} and (
                    ev.judged.lower_ in EVENT_PRONOUNS or _summary_ref(ev.judged)
                    or ev.judged.lemma_.lower() in OUTCOMES):
                # "called it a stab in the back", "said the moves were a setback": an act
                # reported before the judgement; "called the outcome disastrous": the last
                # act coded, not a statement
                before = [e for e in events if e.span[0] < ev.verb.idx]
                done = [*(history or []), *before]
                if ev.judged.lemma_.lower() in OUTCOMES:
                    done = [e for e in done if e.id != "shadow"]
                targets = last_doer(done, actors, {s.code for s in sources})
            mode, _cue = event_mode(ev.verb, self.lexicon)
            for s, t in _pairs(sources, targets, symmetric=False):
                if t is None:
                    continue
                counter[0] += 1
                cameo, why = self._judged_act(ev.judgement.cameo, ev.verb, ev.judged)
                events.append(self._event(f"{doc_id}-e{counter[0]}", ev.verb, cameo,
                                          f"{ev.judgement.id}{why}@speech", s, t, mode, sent))
        return _dedupe(events)

    def _shadow_statement(self, cand: Candidate, cameo: str, rule: str, actors: ActorIndex,
                          sent: Span, history: list[Event] | None) -> None:
        """"Israel announced plans to build homes. Washington condemned the decision": a
        statement makes no event, but a later "the decision" or "the move" refers to it, so
        its speaker is remembered like an event that lacked a target."""
        if history is None or cand.frame != "verb":
            return
        src_groups, _ = verb_arguments(cand.trigger, cand.match)
        sources = self._first(src_groups, actors, set())
        if sources:
            history.append(self._event("shadow", cand.trigger, cameo, rule, sources[0], None,
                                       "actual", sent))

    def _by_parties(self, cameo: str, source: Mention, target: Mention | None, *,
                    armed: bool = False) -> tuple[str, str]:
        """(code, rule suffix): who acts, and on whom, can change what the act is. A state or
        government does not demonstrate: its protest is an official complaint (114, "drew a
        protest from Israel"). Protesters or civilians who storm or besiege a building riot
        (145); armed forces or rebels who raid or storm one attack (190, entries flagged
        "armed"); forces that block a road or boats restrict movement (191), crowds
        protest. Rebels or militants who capture or seize people abduct them (181); armed
        groups that evacuate a place withdraw from it (0874).
        Withdrawing from an organisation reduces relations with it (160), it is no military
        retreat."""
        plover = self.ontology.plover(cameo)
        code = source.code or ""
        if cameo == EVACUATE and target is not None and code[3:6] in ARMED and \
                len(target.code or "") == 3:  # a bare state: its ground, not its people
            return RETREAT, "+armed-doer-leaves-place"
        if cameo == RETREAT and target is not None and (target.code or "").startswith("IGO"):
            return LEAVE_ORGANISATION, "+from-organisation"
        if target is not None and (cameo == ARREST or (cameo == SEIZE and len(
                target.code or "") > 3)) and (code[3:6] in IRREGULAR or code.startswith(
                    "IMG")):  # a seized ship has no role code; seized staff have one
            return ABDUCT, "+armed-group-doer"
        if plover == "PROTEST" and (len(code) == 3 or code.endswith("GOV")) and \
                country_of(code):
            return STATE_PROTEST, "+state-doer"
        if cameo.startswith(SEIZURES) and code[3:6] in CROWDS:
            return RIOT, "+crowd-doer"
        if armed and (code[3:6] in ARMED or code.startswith("IMG")):
            return ARMED_ASSAULT, "+armed-doer"
        if cameo.startswith(ARREST) and (code[3:6] in IRREGULAR or code.startswith("IMG")) \
                and target is not None and len(target.code or "") > 3:
            return ABDUCT, "+irregular-captor"  # "Hezbollah fighters captured two soldiers"
        if cameo.startswith(OBSTRUCT) and code[3:6] in FORCES:
            return BLOCKADE, "+forces-doer"  # "coast guard vessels blocked fishing boats"
        return cameo, ""

    def _speaker_first(self, tok: Token, cameo: str) -> list[list[Token]]:
        """"Washington said the moves were a setback and urged the generals to ...": the
        parser hangs the second speech act on the reported clause; it is the speaker's."""
        head = tok.head
        if not cameo.startswith(SPEECH_ACTS) or tok.dep_ != "conj" or head.dep_ != "ccomp" \
                or not self._is_speech(head.head):
            return []
        speaker = subject_of(head.head)
        return [[speaker]] if speaker is not None else []

    def _threat_condition(self, tok: Token) -> bool:
        """"threatened to close the strait if the United States imposes sanctions", "troops
        may intervene unless the rebels withdraw, leaders warned", "could face arrest if he
        travelled": the condition of a threat, warning or hostile consequence is the act the
        other side is warned against, not a reported act."""
        cond = _condition(tok)
        if cond is None:
            return False
        head = cond.head
        # "Putin could face arrest if he travelled": the condition of a hostile consequence
        acts = [self._noun_type(c) for c in head.children if c.dep_ == "dobj"] + [
            self.ontology.plover(e.cameo) for e in self.lexicon.candidates(
                "V", head.lemma_.lower()) if not e.objects]
        if HOSTILE & set(acts):
            return True
        while True:
            if any(self.ontology.plover(e.cameo) == "THREATEN"
                   for e in self.lexicon.candidates("V", head.lemma_.lower())):
                return True
            if head.head.i == head.i:
                return False
            head = head.head

    def _judged_act(self, cameo: str, verb: Token, judged: Token) -> tuple[str, str]:
        """(code, rule suffix): calling a deal, a vote or a report illegal or baseless rejects
        it (12), but calling an act illegal ("said Washington's withdrawal was illegal",
        "called the strikes unlawful") accuses its doer (111), unless the verb itself rejects."""
        kind = self._noun_type(judged)
        if cameo.startswith("12") and kind is not None and kind not in CLAIMS and \
                verb.lemma_.lower() not in ("reject", "dismiss"):
            return CRITICISM, "+act"
        return cameo, ""

    def _retaliation(self, tok: Token) -> bool:
        """A retaliation word in the threat: "vowed to retaliate", "warned of a response"."""
        return any((cue := self.lexicon.cue("lemma", t.lemma_.lower())) is not None
                   and cue.role == "retaliation" for t in tok.subtree)

    def _readiness(self, tok: Token, cameo: str) -> str | None:
        """The intent code (CAMEO 03x, or 130 for force) of an act someone is ready, willing or
        prepared to do: "ready to host talks" (039), "willing to resume talks" (036)."""
        head = tok.head
        cue = self.lexicon.cue("lemma", head.lemma_.lower())
        if tok.dep_ != "xcomp" or head.pos_ != "ADJ" or cue is None or cue.role != "ready":
            return None
        return next((code for prefix, code in INTENTS if cameo.startswith(prefix)), None)

    def _answered(self, tok: Token) -> list[list[Token]]:
        """"warned of a response to the Israeli strike", "vowed revenge for the killing by
        X": the doers of the act a retaliation word answers."""
        acts = [g for t in tok.subtree if (cue := self.lexicon.cue("lemma", t.lemma_.lower()))
                is not None and cue.role == "retaliation" for g in prep_objects(t, ("to", "for"))]
        return [group for act in acts if act.pos_ == "NOUN"
                for group in noun_sources(act, carrier=False)]

    def _content_code(self, cand: Candidate) -> tuple[str, str]:
        """(CAMEO code, rule id): the entry's, except that a promise of a hostile act is a
        threat ("vowed to retaliate"), and so is a warning of retaliation ("warned of an
        imminent response", otherwise a pessimistic comment); being ready to do a cooperative
        act offers it ("was ready to host talks")."""
        assert cand.match is not None
        entry = cand.match.entry
        intent = self._readiness(cand.trigger, entry.cameo)
        if intent is not None:  # "Ankara was ready to host talks": an offer, not talks yet
            return intent, f"{entry.id}+ready"
        if entry.cameo.startswith("01") and cand.frame == "verb" and self._by_phone(
                cand.trigger):  # "told Putin by telephone": a phone call with him
            return PHONE_CALL, f"{entry.id}+phone"
        if entry.cameo == DENIAL and cand.match.obj is not None and any(
                noun_sources(cand.match.obj, carrier=False)):  # "rejected claims by Kyiv"
            return REJECTION, f"{entry.id}+claimant"
        if entry.cameo == WARN_OF and self._retaliation(cand.trigger):
            return HOSTILE_PROMISE, f"{entry.id}+retaliation"
        if cand.content is not None and entry.cameo.startswith("03") and \
                self.ontology.plover(cand.content[1].entry.cameo) in HOSTILE:
            return HOSTILE_PROMISE, f"{entry.id}+hostile-content"
        if entry.cameo.startswith("03") and cand.trigger.lemma_.lower() in PROMISES and any(
                self._retaliation(c) for c in cand.trigger.children
                if c.dep_ in ("xcomp", "dobj", "ccomp")):
            return HOSTILE_PROMISE, f"{entry.id}+retaliation"
        return entry.cameo, entry.id

    def _by_phone(self, verb: Token) -> bool:
        """"told X by phone", "said over the telephone", "told X in a phone call": a statement
        made on the telephone (the words are cues of role "phone")."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("by", "over", "in", "during"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
                if any((cue := self.lexicon.cue("lemma", w.lemma_.lower())) is not None
                       and cue.role == "phone" for w in words):
                    return True
        return False

    def _arresting_police(self, tgt_groups: list[list[Token]],
                          actors: ActorIndex) -> list[Mention]:
        """"At least 46 people were arrested in Caracas": an arrest that names no one who made
        it was made by the police of the arrested people's state."""
        for target in self._first(tgt_groups, actors, set()):
            country = country_of(target.code)
            if country:
                return [Mention(target.start, target.end, target.head, "", code=f"{country}COP",
                                name=f"{country} police", rule="arrest-default",
                                entry="context")]
        return []

    def _content_targets(self, content: tuple[Token, Match], actors: ActorIndex,
                         exclude: set[str]) -> list[Mention]:
        """The target of the act a request or threat is about; a protest's default one."""
        tok, match = content
        arguments = verb_arguments if tok.pos_ in ("VERB", "AUX") else noun_arguments
        targets = self._first(arguments(tok, match)[1], actors, exclude)
        if not targets and self.ontology.plover(match.entry.cameo) == "PROTEST":
            sources = self._first(arguments(tok, match)[0], actors, set())
            targets = default_protest_target(sources[0]) if sources else []
        return targets

    def _on_a_protest(self, tok: Token, match: Match) -> bool:
        """Force used on a protest ("dispersed the rally", "vowed to crush any unrest"), not by
        a light verb that carries the protest ("launched a hunger strike")."""
        obj = match.obj or next((c for c in tok.children if c.dep_ == "dobj"), None)
        light = self.lexicon.cue("lemma", tok.lemma_.lower())
        return self.ontology.plover(match.entry.cameo) in ON_THE_GROUND and obj is not None \
            and (light is None or light.role != "light") and self._noun_type(obj) == "PROTEST"

    def _unknown_assailants(self, tok: Token, actors: ActorIndex) -> list[Mention]:
        """"was assaulted by unknown men", "were abducted by masked men": a passive attack
        whose by-agent names no actor, only people nobody identified, is coded with an unknown
        (null) source, as CODING.md allows. The words are cues of role "unknown"."""
        agent = by_agent(tok) if is_passive(tok) else None
        if agent is None or actors.at(agent):
            return []
        words = [agent.lemma_.lower(), *(c.lemma_.lower() for c in agent.children
                                          if c.dep_ in ("amod", "compound"))]
        if not any((cue := self.lexicon.cue("lemma", w)) is not None and cue.role == "unknown"
                   for w in words):
            return []
        start = agent.doc[agent.left_edge.i]
        return [Mention(start.idx, agent.idx + len(agent), agent.i, agent.text, code=None,
                        name="unknown", rule="unknown-assailant", entry="cues.tsv")]

    def _concession_target(self, sent: Span, actors: ActorIndex,
                           source: Mention) -> list[Mention]:
        """"sacked the government, bowing to weeks of protests", "scrapped the tax as
        protesters took to the streets": a concession with no named beneficiary is made to
        the protesters of its sentence (named, or the source country's opposition)."""
        country = country_of(source.code)
        if country is None:
            return []
        for i in range(sent.start, sent.end):
            m = actors.by_token.get(i)
            if m is not None and m.code == f"{country}OPP":
                return [m]
        protest = any(self._noun_type(t) == "PROTEST" or (
            t.pos_ == "VERB" and any(self.ontology.plover(e.cameo) == "PROTEST"
                                     for e in self.lexicon.candidates("V", t.lemma_.lower())))
                      for t in sent)
        if not protest:
            return []
        return [Mention(source.start, source.end, source.head, "", code=f"{country}OPP",
                        name=f"{country} opposition", rule="concession-default",
                        entry="context")]

    def _noun_type(self, tok: Token) -> str | None:
        """The PLOVER type an event noun names ("attack" -> ASSAULT), if it is one."""
        entries = self.lexicon.candidates("N", tok.lemma_.lower())
        return self.ontology.plover(entries[0].cameo) if entries else None

    def _reciprocal_noun(self, tok: Token) -> bool:
        """"the meeting", "the talks" (not "the mediation"): an event with many parties."""
        entries = self.lexicon.candidates("N", tok.lemma_.lower())
        return bool(entries) and entries[0].symmetric

    def _is_speech(self, tok: Token) -> bool:
        cue = self.lexicon.cue("lemma", tok.lemma_.lower())
        return cue is not None and cue.role == "speech"

    def _first(self, groups: list[list[Token]], actors: ActorIndex,
               exclude: set[str]) -> list[Mention]:
        """Actors of the first candidate group that names any other than ``exclude`` (codes);
        an event noun stands for its participants ("condemned the launch" -> the launcher)."""
        for group in groups:
            if group is STOP:
                break
            mentions = [m for t in group for m in actors.at(t)]
            found = [m for m in mentions if m.code not in exclude
                     and not any(same_state(m.code, x) for x in exclude)]
            if not found:  # "government forces attacked the suburbs of Damascus"
                found = [people_of(m.code, m, "own-place") for m in mentions
                         if m.code not in exclude and m.kind in ("place", "metonym")
                         and len(m.code) == 3 and actors.doc[m.head].dep_ not in SUBJECTS]
            if not found:  # "X praised his role": "his" is someone other than X
                found = [m.alternatives[0] for m in mentions if m.alternatives
                         and m.alternatives[0].code not in exclude
                         and actors.doc[m.head].dep_ in ("poss", "dobj")][:1]
                # ("accusing it of ...": an object pronoun is not its own verb's subject)
            if not found:
                found = [m for t in group for m in self._participants(t, actors)
                         if m.code not in exclude]
            if found:
                return found
        return []

    def _participants(self, tok: Token, actors: ActorIndex) -> list[Mention]:
        if tok.pos_ != "NOUN":
            return []
        if not self.lexicon.candidates("N", tok.lemma_.lower()):
            return []
        entry = self.lexicon.candidates("N", tok.lemma_.lower())[0]
        src, tgt = noun_arguments(tok, Match(entry), carrier=False)
        # "condemned the launch": the launcher; "talks mediated by X": both parties
        for group in [*src, *tgt] if entry.symmetric else src:
            found = [m for t in group for m in actors.at(t)]
            if found:
                return found
        return []

    def _event(self, eid: str, tok: Token, cameo: str, rule: str, s: Mention,
               t: Mention | None, mode: str, sent: Span) -> Event:
        info = self.ontology[cameo]
        starts = [tok.idx] + [m.start for m in (s, t) if m is not None and _in(m, sent)]
        ends = [tok.idx + len(tok)] + [m.end for m in (s, t) if m is not None and _in(m, sent)]
        return Event(
            id=eid, source=_ref(s), target=_ref(t), cameo=cameo, plover=info.plover,
            mode=mode, goldstein=info.goldstein, quad_class=info.quad_class,
            sentence=doc_text(sent.doc)[sent.start_char:sent.end_char],
            span=(min(starts), max(ends)), trigger=tok.text,
            rule=rule, plover_mode=info.plover_mode or None)


def _condition(tok: Token) -> Token | None:
    """The clause verb when ``tok`` is in a condition: "if the United States imposes
    sanctions", "unless they stop supporting the militants", "should it launch an assault"."""
    verb = tok
    while verb.dep_ in ("conj", "xcomp", "dobj", "pobj", "prep") and verb.head.i != verb.i \
            and not (verb.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return verb
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    inverted = any(c.dep_ == "aux" and c.lower_ in ("should", "had", "were") and subject is not
                   None and c.i < subject.i for c in verb.children)
    return verb if inverted else None


def _private_trip(cameo: str, source: Mention, target: Mention | None) -> bool:
    """"Five freed Americans landed in Doha", "countries receiving refugees": a visit (042)
    or a hosting (043) is diplomatic only when the traveller is no private person."""
    traveller = source if cameo == VISIT else target if cameo == HOST else None
    return traveller is not None and (traveller.code or "")[3:6] in PRIVATE


def _coordinated(obj: Token) -> list[Token]:
    """The nouns listed with an object: "suspended budget support and security cooperation"
    is one suspension, whichever of the two the frame matched."""
    return [t for t in obj.conjuncts if t.pos_ in ("NOUN", "PROPN")]


def _own_people(source: Mention, target: Mention | None) -> bool:
    """"prompting Tokyo to warn residents to take cover", "warned it would respond to any
    attack on its nationals": the warner's own civilians are warned or protected, not
    threatened."""
    own = country_of(source.code)
    return target is not None and own is not None and (target.code or "") == f"{own}CVL"


def _drop_aims(cands: list[Candidate], lexicon: Lexicon) -> None:
    """Acts that are the aim of an act that did not happen are not reported either: "asked
    Moscow to send troops to protect the population", "denied sending troops to support the
    rebels" (purpose clauses), and within an act that is the content of a request, offer or
    accusation, its own infinitives and conjuncts ("offered to help Iraq rebuild its grid and
    supply gas"). The aim of a reported act may be an event ("went on hunger strike to
    protest")."""
    if not any(c.match for c in cands):
        return  # only matched candidates can be dropped
    by_tok = {c.trigger.i: c for c in cands}
    sent = cands[0].trigger.sent
    verbs = [t for t in sent if t.pos == VERB]
    for verb in (t for t in verbs if t.lemma_.lower() in PERMITTING):
        # "allowing Iraq to continue importing gas from Iran": the permission is the news
        for clause in (c for c in verb.children if c.dep_ in CONTENT_DEPS):
            for inner_verb in (clause, *_aim_clauses(clause, content=True)):
                inner = by_tok.get(inner_verb.i)
                if inner is not None and inner.match:
                    inner.note, inner.match = f"permitted by '{verb.text}'", None
    for verb in (t for t in verbs if t.lemma_.lower() in ALLEGING):
        # "a letter alleging a plot to assassinate generals who opposed the president's son"
        for told in (c for c in verb.children if c.dep_ in ("dobj", "ccomp")):
            for t in told.subtree:
                inner = by_tok.get(t.i)
                if inner is not None and inner.match:
                    inner.note, inner.match = f"alleged by '{verb.text}'", None
    for c in cands:
        content = c.match is None and c.note.startswith(("content of", "alleged by", "covered"))
        if c.frame == "noun" and c.note.startswith("content of"):
            _drop_noun_aims(c.trigger, c.trigger.text, by_tok)
        if c.frame != "verb":
            continue
        if c.match is not None and c.match.entry.cameo.startswith(CONTENT_ROOTS):
            for noun in _carried(c.trigger):  # "asked for American help in training forces"
                _drop_noun_aims(noun, c.trigger.text, by_tok)
        if not content and (c.match is None or event_mode(c.trigger, lexicon)[0] == "actual"):
            continue
        for verb in _aim_clauses(c.trigger, content=content):
            inner = by_tok.get(verb.i)
            if inner is not None and inner.match:
                inner.note, inner.match = f"aim of '{c.trigger.text}'", None


def _drop_noun_aims(noun: Token, by: str, by_tok: dict[int, Candidate]) -> None:
    """The acts inside a requested or promised thing ("help in training Iraqi forces", "a
    mission to protect civilians") have not happened either."""
    for verb in (t for t in noun.subtree if t.dep_ == "pcomp" or (
            t.dep_ == "acl" and _to_infinitive(t))):
        inner = by_tok.get(verb.i)
        if inner is not None and inner.match:
            inner.note, inner.match = f"aim of '{by}'", None


def _aim_clauses(verb: Token, *, content: bool) -> list[Token]:
    """The verbs of ``verb``'s purpose clauses ("to protect ..."), and when ``verb`` is an
    unreported content, of its infinitives, that-clauses and conjuncts as well."""
    out: list[Token] = []
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX"):
            continue
        purpose = child.dep_ == "advcl" and _to_infinitive(child) and not any(
            g.dep_ in SUBJECTS for g in child.children)
        if purpose or (content and child.dep_ in ("xcomp", "ccomp", "conj")):
            out += [child, *_aim_clauses(child, content=True)]
    return out


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _condition_subjects(tok: Token, content: tuple[Token, Match] | None) -> list[Token]:
    """"threatened to close the strait if the United States imposes sanctions", "warned it
    would strike unless the rebels withdraw": a threat is aimed at whoever must meet its
    condition."""
    verbs = [tok] + ([content[0]] if content is not None else []) + [
        c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]  # an infinitive matched whole
    return [s for v in verbs for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for s in c.children if s.dep_ == "nsubj"]  # not "if the detainees are not freed"


def _barred(trigger: Token) -> bool:
    """"threatened to block Sweden from joining NATO", "barred the party from contesting the
    vote": the act someone is kept from does not happen."""
    prep = trigger.head
    return trigger.dep_ in ("pcomp", "pobj") and prep.lower_ == "from" and \
        prep.head.lemma_.lower() in BARRING


def _mediated_parties(mediation: Candidate, noun: Candidate) -> bool:
    """"talks between X and Y hosted by Z", "a truce brokered by Z between X and Y": the
    mediator's act, a participle on the noun, does not cover the parties' own talks or truce
    ("Z is ready to host talks between X and Y" reports only Z's offer)."""
    return mediation.match is not None and mediation.match.entry.cameo.startswith(MEDIATION) \
        and noun.frame == "noun" and mediation.trigger.dep_ == "acl" and \
        mediation.trigger.head.i == noun.trigger.i and bool(between_parties(noun.trigger))


def _carried(verb: Token) -> list[Token]:
    """Nouns a verb carries: its object and the objects of its to/on/for-phrases."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "for")
        for g in c.children if g.dep_ == "pobj"]


def _reported_other(clause: Token) -> bool:
    """"Leaders warned that Kenyan troops may intervene": a that-clause whose subject names
    another actor reports that actor's (possible) act; it is no content of the warning."""
    if clause.dep_ != "ccomp":
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ in ("PROPN", "NOUN")


def _under(noun: Token) -> bool:
    """"a truce under Egyptian mediation", "an accord initialled under the auspices of the
    EU": the noun names who mediates the act its under-phrase hangs on."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _parties_so_far(events: list[Event], actors: ActorIndex,
                    exclude: set[str]) -> list[Mention]:
    """The parties of the sentence's cooperative events coded so far: whom a mediation named
    after them serves."""
    refs = {r.code: r for e in events if e.plover in COOPERATIVE | {"RETREAT"}
            for r in (e.source, e.target) if r is not None and r.code not in exclude}
    found = {m.code: m for m in actors.by_token.values()}
    # a party only a coordinated phrase implies ("Serbian and Kosovar ministers") has no
    # mention of its own: it is rebuilt from the event's argument
    return [found.get(code) or Mention(0, 0, 0, r.text, code=code, name=r.name, rule=r.rule,
                                       entry=r.entry) for code, r in refs.items()]


def _background_noun(noun: Token) -> bool:
    """"cracks in the partnership between X and Y": an event noun that only modifies another
    noun, naming no doer of its own, is background rather than a reported event."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lower_ == "of" and head.head.lemma_.lower() in QUANTITIES:
        return False  # "weeks of protests", "a wave of attacks": the events themselves
    return not any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                   for c in noun.children)


def _mutual(groups: list[list[Token]]) -> bool:
    """"accused each other", "blamed one another": the doers act on one another."""
    for group in groups:
        if group is STOP:
            return False
        for tok in group:
            if tok.lower_ in ("other", "another") and tok.i > 0 and \
                    tok.doc[tok.i - 1].lower_ in ("each", "one"):
                return True
    return False


def _summary_ref(noun: Token) -> bool:
    """"the moves", "the decision": a definite noun that sums up the last reported act."""
    return noun.lemma_.lower() in GENERIC_REFS and any(
        c.lower_ in ("the", "this", "that") for c in noun.children if c.dep_ == "det")


def _pairs(sources: list[Mention], targets: list[Mention], *,
           symmetric: bool) -> list[tuple[Mention, Mention | None]]:
    """Source-target pairs, one per dyad. A reciprocal act ("met", "agreed", "telephoned his
    counterpart") gives both directions: each side did it with the other (gold events of
    such acts are ``symmetric``, so the mirror is no extra event). Doers listed together with
    no other side ("Iraq and Kuwait signed a deal") give every ordered pair."""
    if symmetric and len(sources) > 1 and not targets:  # "Iraq and Kuwait signed a deal"
        if len(sources) > 3:  # "Iran and six world powers - A, B, C ...": a hub and spokes
            hub = sources[0]
            return [p for b in sources[1:] if b.code != hub.code for p in ((hub, b), (b, hub))]
        return [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
    pairs: list[tuple[Mention, Mention | None]] = [
        (s, t) for s in sources for t in (targets or [None])
        if t is None or (s is not t and s.code != t.code and not same_state(s.code, t.code))]
    if symmetric:
        pairs += [(t, s) for s, t in pairs if t is not None]
    return pairs


def _in(m: Mention, sent: Span) -> bool:
    return sent.start_char <= m.start and m.end <= sent.end_char


def _ref(m: Mention | None) -> ActorRef | None:
    if m is None or m.code is None:
        return None
    return ActorRef(code=m.code, name=m.name or m.text, text=m.text, rule=m.rule, entry=m.entry)


def _key(e: Event) -> tuple:
    return (e.source.code if e.source else None, e.target.code if e.target else None, e.plover)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per dyad and PLOVER type in a sentence ("the killing of X in a US attack"),
    and none with a missing side when another event of the sentence names it."""
    kept: dict[tuple, Event] = {}
    for e in events:
        old = kept.get(_key(e))
        if old is None or (len(e.cameo) > len(old.cameo) and e.mode == old.mode):
            kept[_key(e)] = e
    out = [e for e in events if kept.get(_key(e)) is e]
    full = {(_key(e)[0], e.plover) for e in out if e.target is not None}
    return [e for e in out if e.target is not None or (_key(e)[0], e.plover) not in full]


def code_events(doc: Doc, mentions: list[Mention], coder: EventCoder, *,
                doc_id: str, trace: list[Candidate] | None = None) -> list[Event]:
    doc = view(doc)
    dateline = dateline_end(doc_text(doc))
    actors = ActorIndex(doc, [m for m in mentions if m.start >= dateline])
    counter = [0]
    out: list[Event] = []
    history: list[Event] = []  # coded events and events that lacked a target, in order
    speakers = _quote_speakers(doc, actors)
    for sent in doc.sents:
        events = coder.code_sentence(sent, actors, doc_id=doc_id, counter=counter,
                                     trace=trace, history=history,
                                     quoted_by=speakers.get(sent.start))
        history.extend(events)
        out.extend(events)
    return _corefer(out)


def _quote_speakers(doc: Doc, actors: ActorIndex) -> dict[int, Token]:
    """Sentence start -> the speaker's token, for sentences wholly inside a direct quote."""
    from newsevents.context.quotes import find_quotes  # quotes read the parse helpers

    out: dict[int, Token] = {}
    for quote in find_quotes(doc, actors.at, direct_only=True):
        if quote.kind != "direct" or quote.speaker is None or not quote.speaker.code:
            continue
        start, end = quote.span
        speaker = next((actors.doc[m.head] for m in actors.by_token.values()
                        if m.code == quote.speaker.code and m.text == quote.speaker.text), None)
        if speaker is None:
            continue
        for sent in doc.sents:
            if start - 1 <= sent.start_char and sent[-1].idx <= end + 1:
                out[sent.start] = speaker
    return out


def _corefer(events: list[Event]) -> list[Event]:
    """A later nominal mention of the same event ("his trip to Riyadh" after "led a delegation
    to Saudi Arabia") is the same event, not a new one: keep the first."""
    verbal = {(*_key(e), e.mode) for e in events if not e.rule.endswith("@noun")}
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (*_key(e), e.mode)
        if e.rule.endswith("@noun") and (key in seen or key in verbal):
            continue  # a caption's "his visit to X" before the story's "visited X" too
        seen.add(key)
        out.append(e)
    return out

