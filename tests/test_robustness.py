"""Property tests: arbitrary text never crashes the coder, and spans stay inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.model import Article

WORDS = st.sampled_from(["Iran", "attacked", "the", "United States", "Iraqi", "minister", "he",
                         "met", "said", "<b>", "sanctions", "on", "'", '"', "protesters", "-",
                         "\n\n", "Kazemi", "visited", "Kuwait", "and", "\u201c", "\u00e9", "."])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join)))
def test_arbitrary_text_never_crashes(pipeline, text):
    result = pipeline.code(Article(id="h", text=text, date="2021-01-01"))
    for e in result.events:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
    for a in result.actors:
        assert all(0 <= s < t <= len(text) for s, t in a.mentions)


def test_long_line_without_punctuation_and_markup(pipeline):
    text = ("<div><p>" + " ".join(["Iraqi troops attacked militants near Mosul"] * 300)
            + "</p></div>")
    result = pipeline.code(Article(id="long", text=text))
    assert isinstance(result.events, list)
