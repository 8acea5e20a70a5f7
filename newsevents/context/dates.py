"""Event dates: read the date expression in the event's clause against the article date.

"on 3 January 2020", "in January", "last week", "on Wednesday", "two days ago", "next month",
"in 2018" (background). No expression: the article date, marked as such. Values are ISO strings
at the precision the text gives: YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.nlp.ents import sentence_ents

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "several": 3, "few": 3, "couple": 2}
UNIT_DAYS = {"day": 1, "week": 7}


@dataclass(frozen=True, slots=True)
class DateRef:
    value: str
    granularity: str  # day | month | year
    source: str  # absolute | relative | historical | article
    text: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"granularity": self.granularity, "source": self.source, "text": self.text}


def _month(d: date, shift: int) -> str:
    m = d.month - 1 + shift
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


def _day(d: date) -> str:
    return d.isoformat()


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _year_for(month: int, day: int | None, ref: date, future: bool) -> int:
    """The year that puts a yearless date on the right side of the article date."""
    probe = date(ref.year, month, min(day or 1, 28))
    if future and probe < ref.replace(day=1 if day is None else ref.day):
        return ref.year + 1
    if not future and probe > ref:
        return ref.year - 1
    return ref.year


@lru_cache(maxsize=8192)
def parse_expression(text: str, ref: date, *, future: bool = False) -> DateRef | None:
    """Resolve one date expression against the article date ``ref`` (cached: an article's
    events share a few expressions, and the answer depends on nothing else)."""
    t = re.sub(r"[,.]", " ", text.lower())
    t = re.sub(r"\s+", " ", t).strip()
    words = t.split()
    if not words:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", t):
        return DateRef(_day(ref), "day", "relative", text)
    if "yesterday" in words or re.search(r"\blast night\b", t):
        return DateRef(_day(ref - timedelta(days=1)), "day", "relative", text)
    if "tomorrow" in words:
        return DateRef(_day(ref + timedelta(days=1)), "day", "relative", text)
    m = re.search(r"\b(\w+) (day|week|month|year)s? (ago|earlier|later|from now)\b", t)
    if m and _number(m.group(1)):
        n = _number(m.group(1)) * (-1 if m.group(3) in ("ago", "earlier") else 1)
        unit = m.group(2)
        if unit in UNIT_DAYS:
            return DateRef(_day(ref + timedelta(days=n * UNIT_DAYS[unit])), "day", "relative",
                           text)
        if unit == "month":
            return DateRef(_month(ref, n), "month", "relative", text)
        return DateRef(f"{ref.year + n:04d}", "year", "relative", text)
    m = re.search(r"\b(last|next|this|past|coming|earlier this|later this) "
                  r"(week|month|year|weekend)\b", t)
    if m:
        which, unit = m.group(1), m.group(2)
        step = -1 if which in ("last", "past") else 1 if which in ("next", "coming") else 0
        if unit in ("week", "weekend"):
            return DateRef(_month(ref + timedelta(days=7 * step), 0), "month", "relative", text)
        if unit == "month":
            return DateRef(_month(ref, step), "month", "relative", text)
        return DateRef(f"{ref.year + step:04d}", "year", "relative", text)
    if re.search(r"\b(the )?weekend\b", t):
        return DateRef(_month(ref, 0), "month", "relative", text)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    years = [int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)]
    if month is not None:
        days = [int(d.group(1)) for w in words
                if (d := re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", w))
                and 1 <= int(d.group(1)) <= 31]
        day = days[0] if days else None
        year = years[0] if years else _year_for(month, day, ref, future)
        if day is not None:
            try:
                value = date(year, month, day)
            except ValueError:
                return None
            return DateRef(_day(value), "day", "absolute", text)
        return DateRef(f"{year:04d}-{month:02d}", "month", "absolute", text)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        if "next" in words or future:
            delta = (weekday - ref.weekday()) % 7 or 7
        else:
            delta = -((ref.weekday() - weekday) % 7)
        return DateRef(_day(ref + timedelta(days=delta)), "day", "relative", text)
    if years:
        year = years[0]
        return DateRef(f"{year:04d}", "year", "historical" if year < ref.year else "absolute",
                       text)
    return None


# -- attaching a date to an event ---------------------------------------------------------------
def clause_verbs(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to its clause verb."""
    chain = [trigger]
    tok = trigger
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger:
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _attachment(ent: Span) -> Token:
    tok = ent.root
    for _ in range(6):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head
    return tok


def _future(trigger: Token) -> bool:
    """Will/scheduled/next: read weekday names forward."""
    for tok in clause_verbs(trigger):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll"):
                return True
        if tok.lemma_ in ("schedule", "plan", "expect", "due", "set") and any(
                c.dep_ == "xcomp" for c in tok.children):
            return True  # "scheduled to meet", "set to sign" (not "set fire")
    head = trigger.head
    return any(c.lower_ in ("will", "shall") for c in head.children)


def event_date(trigger: Token, article_date: str | None) -> DateRef | None:
    """The date of the event triggered by ``trigger``; the article date when the clause has none."""
    try:
        ref = date.fromisoformat(article_date[:10]) if article_date else None
    except ValueError:
        ref = None
    if ref is None:
        return None
    sent = trigger.sent
    chain = clause_verbs(trigger)
    chain_ids = {t.i for t in chain}
    dates = [e for e in sentence_ents(sent) if e.label_ in ("DATE", "TIME")]
    own = [e for e in dates if _attachment(e).i in chain_ids or trigger.i in
           {t.i for t in e.root.ancestors} or e.root.head.i == trigger.i]
    clause = chain[-1]
    if not own and clause.dep_ == "conj":  # "X peaked in January, and Iran followed with ..."
        own = [e for e in dates if _attachment(e).i == clause.head.i]
    future = _future(trigger)
    for ent in sorted(own, key=lambda e: abs(e.root.i - trigger.i)):
        found = parse_expression(ent.text, ref, future=future)
        if found is not None:
            return found
    return DateRef(_day(ref), "day", "article", "")
