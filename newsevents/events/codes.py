"""The groups of CAMEO codes, PLOVER types, roles and words the event rules test against. Kept
in one place so a rule reads as the policy it applies (``plover in HOSTILE``, ``role in
ARMED``); the words of the lexicon itself are data (``data/*.tsv``)."""

from __future__ import annotations

# Event types that may stand without a target: a protest or a deployment need not name one.
TARGETLESS = {"PROTEST", "MOBILIZE"}
# Types whose generic nouns ("the attack", "the raid", "the arrests") refer back to any earlier
# event of the type ("rejected the criticism", "ignored the demand"); other nouns must share a
# stem with the earlier trigger.
GENERIC_NOUN_TYPES = {"ASSAULT", "COERCE", "PROTEST", "ACCUSE", "REQUEST", "THREATEN",
                      "CONSULT"}  # "the meeting", "the talks"
# Types whose earlier event a noun refers to with all its parties: "talks between Egypt, Sudan
# and Ethiopia ... the meeting, convened by X" (X met all three).
PARTIES_TYPES = {"CONSULT"}
# Nouns that refer back to the last reported act of any kind: "condemned the move".
GENERIC_REFS = {"move", "decision", "step", "action", "act", "measure", "incident", "launch",
                "test", "announcement", "development"}
# Nouns for how an act turned out: "called the outcome disastrous" judges the last act coded.
OUTCOMES = {"outcome"}
# A reciprocal act only one side wants, may do or did not do is that side's: "seeks to
# restore ties with Ankara", "would be ready to resume talks with Washington".
ONE_SIDED_MODES = {"intended", "hypothetical", "negated"}
INTENT = "03"  # CAMEO 03x: express intent to (cooperate, meet, ...)
# Roles that act apart from their country's state (a clash with them is not internal).
NON_STATE = {"REB", "INS", "OPP", "UAF"}
# Codes that depend on the doer (see EventCoder._by_doer).
STATE_PROTEST = "114"  # complain officially
RIOT = "145"  # protest violently
SEIZE = "171"
OBSTRUCT, BLOCKADE = "144", "191"  # crowds obstruct (a protest); forces impose a blockade
SEIZURES = (SEIZE, BLOCKADE)  # seize or damage property; impose blockade (besiege)
CROWDS = {"OPP", "CVL"}
IRREGULAR = {"REB", "INS", "UAF"}  # rebels, insurgents, unidentified armed forces
ARMED = {"MIL"} | IRREGULAR
FORCES = {"MIL", "COP", "SPY"}
STATE_ORGANS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
SUBJECTS = ("nsubj", "nsubjpass")
ARMED_ASSAULT = "190"  # for entries flagged "armed": "commandos raided the flotilla"
RETREAT = "0874"  # retreat or surrender militarily
LEAVE_ORGANISATION = "160"  # reduce relations
# Pronouns that can stand for the last reported act: "Moscow called it a stab in the back".
EVENT_PRONOUNS = {"it", "this", "that"}
# Roots of speech acts whose infinitive or that-clause is their content, not a second event:
# "urged Baghdad to expel the militants" is one request, "threatened to impose tariffs on
# Mexico" one threat, "refused to release the crew" one refusal (REQUEST 02/10, AGREE 03,
# REJECT 12, THREATEN 13).
CONTENT_ROOTS = ("02", "03", "10", "12", "13")
CONTENT_DEPS = ("xcomp", "ccomp")
# Verbs whose object event does not happen, or is over: "a hotline to avoid clashes", "ending
# a three-year rift", "cancelled their air services agreements" (a frame of the verb, "end the
# blockade", "suspended cooperation", codes the ending itself).
AVERTING = {"avoid", "prevent", "avert", "forestall", "preempt", "deter"}
PREVENTING = AVERTING | {"end", "cancel", "scrap", "terminate", "revoke", "annul", "suspend",
                         "halt", "abandon", "freeze"}
# Verbs that keep someone from an act: "blocked Sweden from joining NATO" (no joining).
BARRING = AVERTING | {"block", "bar", "stop", "ban", "prohibit", "forbid", "exclude"}
# Speech acts (requests, accusations, rejections, threats) that a speaker makes.
SPEECH_ACTS = ("02", "10", "11", "12", "13")
# An accusation's "of"/"for" clause is alleged, not reported: "accused Kampala of harbouring
# rebels" is one event (112), not an act of harbouring too.
ALLEGATION = "112"
# A promise whose content is a hostile act is a threat: "vowed to retaliate", "pledged to
# crush the revolt" (CAMEO 13 covers threats "to use force, to punish").
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
HOSTILE_PROMISE = "130"
# A promise of retaliation is a threat: "vowed to take firm countermeasures", "vowed revenge".
PROMISES = {"vow", "pledge", "promise", "swear"}
# Intents to cooperate, to meet or negotiate, to settle (CAMEO 031, 036, 037): when several
# doers name no other side, they intend them with each other.
RECIPROCAL_INTENTS = ("031", "036", "037")
# A statement made to someone by telephone is a phone call with them: "told Putin by phone".
PHONE_CALL = "041"
# Denying an allegation (016) is a statement, but rejecting one whose author is named
# ("rejected claims made by Khartoum", "dismissed Kyiv's accusations") rejects the author (120).
DENIAL = "016"
REJECTION = "120"
WARN_OF = "012"  # "warned of ...": a pessimistic comment, unless it warns of retaliation
# Measures on a population as a whole (CAMEO 172 curfews, states of emergency, martial law,
# bans, and their easing, 081): with no named target they fall on the doer's own people.
DOMESTIC_MEASURES = ("172", "081")
# Types whose unnamed victims or places ("shelled the border town", "detained hundreds of
# people in Urumqi", "struck hideouts in the Sinai") are the people of the place named.
ON_THE_GROUND = {"ASSAULT", "COERCE"}
PLACE_KINDS = ("place", "country", "metonym")
WATERS = {"sea", "gulf", "ocean", "strait", "straits", "bay", "channel"}
# Intent codes (CAMEO 03, and 130 for force) of an act one is ready to do, by the act's code.
INTENTS = (("045", "039"), ("04", "036"), ("05", "032"), ("06", "031"), ("07", "033"),
           ("08", "035"), ("17", "130"), ("18", "130"), ("19", "130"), ("20", "130"))
# Arrests by a state's own security services fall on people of that state ("police
# arrested four suspects"); foreign troops may detain anyone, so MIL is not among them.
ARREST = "173"
# Rebels, insurgents and militias have no power of arrest: people they seize are abducted (181).
ABDUCT = "181"
DOMESTIC_FORCES = {"COP", "GOV", "JUD", "SPY"}
CONDITIONS = {"if", "unless"}
# Judged things that are claims or texts, not acts: calling them illegal rejects them.
CLAIMS = {"SUPPORT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONSULT"}
CRITICISM = "111"
VISIT, HOST = "042", "043"
INVESTIGATE = "09"
# Verbs whose infinitive is permitted, not reported: "allowed Iraq to keep importing gas".
PERMITTING = {"allow", "permit", "let"}
# Verbs whose object or that-clause is an allegation: the acts in it are not reported as facts.
ALLEGING = {"allege"}
# Acts that several doers do with one another when the named other side is their own organs.
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
PRIVATE = {"CVL", "REF", "CRM"}  # civilians, refugees, convicts
# Armed groups that evacuate a place withdraw from it (0874), they bring no relief (073).
EVACUATE = "073"
