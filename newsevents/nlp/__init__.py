"""spaCy pipeline resolution and batched parsing."""

from newsevents.nlp.loader import CANDIDATES, load_nlp

__all__ = ["CANDIDATES", "load_nlp"]
