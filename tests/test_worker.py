"""A worker codes a batch even when one document breaks the parser or the coder: that one
becomes a ``parse-failure`` quarantine row, the others are coded (real model; the failure is
injected, since no real text reliably breaks spaCy)."""

from __future__ import annotations

from newsevents.engines import worker
from newsevents.model import Article

STORIES = [
    "Kenya and Tanzania signed a trade agreement in Arusha on Monday.",
    "Police in Lagos arrested twelve protesters outside the parliament on Tuesday.",
    "Chile recalled its ambassador to Peru after a border incident on Wednesday.",
    "Fiji's prime minister visited New Zealand on Thursday for talks on fisheries.",
]


def _batch() -> list[tuple[str, Article]]:
    return [(f"h{i}", Article(id=f"a{i}", text=t, date="2024-03-04"))
            for i, t in enumerate(STORIES)]


def test_a_document_that_breaks_the_coder_is_quarantined_alone(pipeline, monkeypatch):
    monkeypatch.setattr(worker, "_PIPELINE", pipeline)
    real = pipeline.analyse

    def analyse(article, doc=None):
        if "Lagos" in article.text:
            raise ValueError("injected")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    out = worker.code_batch(_batch())
    assert out.articles == 3 and out.parsed == 4
    assert [f["content_hash"] for f in out.failures] == ["h1"]
    assert out.failures[0]["reason"] == "parse-failure"
    assert "injected" in out.failures[0]["message"]


def test_a_batch_whose_parse_breaks_is_parsed_one_by_one(pipeline, monkeypatch):
    monkeypatch.setattr(worker, "_PIPELINE", pipeline)
    real_pipe = pipeline.nlp.pipe

    def pipe(texts, **kw):  # two documents come out, then the batch breaks
        for n, doc in enumerate(real_pipe(texts, **kw)):
            if n == 2:
                raise RuntimeError("injected")
            yield doc

    monkeypatch.setattr(pipeline.nlp, "pipe", pipe)
    out = worker.code_batch(_batch())
    assert out.articles == 4 and not out.failures
    ids = out.tables["articles"].column("article_id").to_pylist()
    assert sorted(ids) == ["h0", "h1", "h2", "h3"]
    assert out.events >= 4  # every story has an event, the re-parsed ones too
