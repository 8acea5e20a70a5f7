"""A small news corpus written for the tests (invented reports), and a builder of messy inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

STORIES = [
    ("Kenya and Uganda sign a trade pact",
     "Kenya's president visited Uganda on Monday and signed a trade agreement with President "
     "Museveni. The two leaders said the deal would cut tariffs on farm goods. Officials in "
     "Nairobi described the talks as warm and said a joint commission would meet in March."),
    ("Border clash",
     "Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday, the "
     "Indian army said. Two soldiers were wounded. Islamabad accused New Delhi of violating the "
     "ceasefire and summoned the Indian envoy to protest."),
    ("Sanctions",
     "The European Union imposed new sanctions on Belarus on Friday over the forced landing of "
     "a passenger jet. Minsk condemned the measures and threatened to retaliate. Poland welcomed "
     "the decision and urged Brussels to go further."),
    ("Ceasefire talks",
     "Egypt hosted talks between Israeli and Palestinian officials in Cairo on Sunday. The "
     "United Nations envoy praised Egypt for its mediation. Hamas said it would not accept a "
     "truce without guarantees."),
    ("Naval drills",
     "China held naval drills near Taiwan on Wednesday. Taipei criticised Beijing for raising "
     "tensions, and the United States sent a destroyer through the strait."),
    ("Aid",
     "Japan pledged 50 million dollars in humanitarian aid to Bangladesh on Thursday to help "
     "Rohingya refugees. The Bangladeshi foreign minister thanked Tokyo for its support."),
    ("Arrests",
     "Police in Nigeria arrested twelve protesters in Lagos on Saturday. Amnesty International "
     "demanded their release and accused the government of silencing dissent."),
    ("Diplomacy",
     "Turkey's foreign minister met his Greek counterpart in Athens on Monday. The two "
     "ministers agreed to resume talks on maritime borders, a Turkish official said."),
]


def story_text(i: int) -> str:
    return STORIES[i][1]


def write_messy_corpus(root: Path) -> dict[str, int]:
    """Inputs of every kind, good and bad; returns the expected count per outcome."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "good").mkdir()
    for i in range(4):
        (root / "good" / f"story{i}.txt").write_text(story_text(i), encoding="utf-8")
    # a wire copy: the same story with a dateline, kept as an article, linked as near-duplicate
    (root / "good" / "wire-copy.txt").write_text("NAIROBI (Wire) - " + story_text(0),
                                                 encoding="utf-8")
    # an exact duplicate under another name
    (root / "good" / "copy-of-story1.txt").write_text(story_text(1), encoding="utf-8")
    page = (f"<html><head><title>{STORIES[4][0]}</title>"
            '<meta property="article:published_time" content="2021-08-04"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>{STORIES[4][0]}</h1><p>{story_text(4)}</p>"
            "<figure><img src='ship.jpg'><figcaption>A warship at sea.</figcaption></figure>"
            "</article><footer>Copyright 2021 Example News. All rights reserved.</footer>"
            "</body></html>")
    (root / "page.html").write_text(page, encoding="utf-8")
    lines = [json.dumps({"id": "j5", "body": story_text(5), "published": "2021-09-02"}),
             "{this is not json",
             json.dumps({"id": "j6", "text": story_text(6)}),
             json.dumps({"id": "no-text", "summary": "a record without text"}),
             json.dumps({"id": "fr", "text": "Le ministre turc des affaires étrangères a "
                         "rencontré son homologue grec à Athènes lundi. Les deux ministres "
                         "ont convenu de reprendre les discussions sur les frontières."})]
    with gzip.open(root / "feed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    (root / "table.csv").write_text('id,headline,body\n"c7","Diplomacy","' + story_text(7)
                                    + '"\n', encoding="utf-8")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "latin1.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (root / "huge.txt").write_text("Officials met. " * 80_000, encoding="utf-8")
    (root / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"not deflate data" * 4)
    (root / ".hidden.txt").write_text("never read", encoding="utf-8")
    # articles: 4 stories + wire copy + page + 2 JSONL records + 1 CSV row; quarantine: the
    # duplicate, bad JSON, record without text, French, binary, empty, Latin-1, huge, broken .gz
    return {"articles": 9, "quarantine": 9, "inputs": 18}
