"""Events: triggers from a data lexicon, arguments from the parse, mode, provenance."""
