"""Language of an article (py3langid): only English is coded for now; others are recorded."""

from __future__ import annotations

import re
from functools import lru_cache

# Fewer words than this and the identifier guesses; such texts are given the benefit of the doubt.
MIN_WORDS = 12
# The identifier reads this many characters: a paragraph is enough to be sure, and the pure
# Python n-gram count costs ~3 ms per 1,000 characters in the single reading process.
SAMPLE_CHARS = 600


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text, ``en`` for texts too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"\w+", sample)) < MIN_WORDS:
        return "en"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.9 else "en"
