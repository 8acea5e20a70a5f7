"""Actors: a knowledge base of reviewable data files, phrase rules over the parse, coreference."""
