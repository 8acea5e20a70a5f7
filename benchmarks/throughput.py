"""Throughput of a corpus run: the spaCy parse alone vs the full ingest into DuckDB.

    python benchmarks/throughput.py --articles 2000 --workers 2
    python benchmarks/throughput.py --corpus path/to/folder --workers 2
    python benchmarks/throughput.py --memory 1000 10000 --words 200   # memory as the corpus grows
    python benchmarks/throughput.py --articles 2000 --repeat 3       # (a), (b) alternated 3 times

Both runs use the same engine, reader, batching (``batch_size``) and worker processes; (a) only
parses each batch with ``nlp.pipe``, (b) parses, codes (actors, events, dates, places, quotes),
signs for deduplication and writes every table. Generated articles are made of sentences of our
own development data (benchmarks/data), shuffled with a fixed seed, in paragraphs of 3.
Prints articles/s of each, their ratio, and the peak resident memory of each worker.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def sentences() -> list[str]:
    out = []
    for name in ("events_sentences.gold.jsonl", "events_articles.gold.jsonl",
                 "context_dev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            out.extend(s.strip() for s in text.replace("\n", " ").split(". ") if len(s) > 40)
    return [s if s.endswith((".", '"', "?")) else s + "." for s in out]


def generate(folder: Path, n: int, *, words: int, seed: int = 7) -> Path:
    """``n`` articles of about ``words`` words, written as one JSONL file."""
    rng = random.Random(seed)
    pool = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"corpus-{n}-{words}.jsonl"
    if path.exists():
        return path
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            picked: list[str] = []
            while sum(len(s.split()) for s in picked) < words:
                picked.append(rng.choice(pool))
            paras = [" ".join(picked[k:k + 3]) for k in range(0, len(picked), 3)]
            day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            fh.write(json.dumps({"id": f"gen-{i}", "date": day, "text": "\n\n".join(paras),
                                 "source": f"outlet{i % 7}"}) + "\n")
    return path


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process (reader and writer) and of its finished children (the
    workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def run(corpus: Path, workers: int, *, parse_only: bool, batch_size: int | None):
    """An ingest of ``corpus``; also returns the CPU seconds it used in this process and in
    the workers."""
    from newsevents.engines import ingest
    from newsevents.settings import load_settings

    settings = load_settings(batch_size=batch_size)
    before = _cpu()
    with tempfile.TemporaryDirectory() as tmp:
        summary = ingest([str(corpus)], db=Path(tmp) / "bench.duckdb", workers=workers,
                         settings=settings, parse_only=parse_only)
    after = _cpu()
    return summary, (after[0] - before[0], after[1] - before[1])


def report(label: str, s, cpu: tuple[float, float]) -> None:
    from newsevents.engines.worker import peak_rss_mb

    mem = ", ".join(f"{v:.0f}" for v in sorted(s.peak_rss_mb.values()))
    per = 1000 / max(1, s.articles)
    print(f"{label:<28} {s.articles:>6} articles {s.seconds:>8.1f} s {s.rate:>8.2f} articles/s"
          f"; CPU ms per article: workers {cpu[1] * per:.1f}, reader/writer {cpu[0] * per:.1f}"
          f"; peak MB per worker: {mem}; reader/writer process so far: {peak_rss_mb():.0f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--words", type=int, default=600, help="words per generated article")
    ap.add_argument("--corpus", type=Path, help="use this corpus instead of generating one")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--memory", type=int, nargs=2, metavar=("SMALL", "LARGE"),
                    help="full ingest of two corpus sizes; compare peak worker memory")
    ap.add_argument("--repeat", type=int, default=1,
                    help="alternate (a) and (b) this many times and print every ratio and the "
                         "median (the host's speed drifts between runs)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsevents-bench")
    args = ap.parse_args(argv)
    if args.memory:
        peaks = []
        for n in args.memory:
            s, cpu = run(generate(args.cache, n, words=args.words), args.workers,
                         parse_only=False, batch_size=args.batch_size)
            report(f"full ingest, {n} articles", s, cpu)
            peaks.append(max(s.peak_rss_mb.values()))
        print(f"peak worker memory, {args.memory[1]} vs {args.memory[0]} articles: "
              f"{peaks[1] / peaks[0]:.2f}x (floor: <= 1.2x)")
        return 0
    corpus = args.corpus or generate(args.cache, args.articles, words=args.words)
    print(f"corpus: {corpus}  workers: {args.workers}", file=sys.stderr)
    ratios = []
    for _ in range(max(1, args.repeat)):
        parse, parse_cpu = run(corpus, args.workers, parse_only=True, batch_size=args.batch_size)
        report("(a) spaCy parse alone", parse, parse_cpu)
        full, full_cpu = run(corpus, args.workers, parse_only=False, batch_size=args.batch_size)
        report("(b) full ingest into DuckDB", full, full_cpu)
        ratios.append(full.rate / parse.rate)
        print(f"ratio (b)/(a): {ratios[-1]:.2f} (floor: >= 0.75); "
              f"{full.events} events, {full.quarantined} quarantined")
        # On a shared machine wall time is noisy; CPU time per article is less so (all cores
        # busy, throughput is inversely proportional to it).
        print(f"ratio by CPU time per article: {sum(parse_cpu) / sum(full_cpu):.2f}")
    if len(ratios) > 1:
        print(f"ratios: {', '.join(f'{r:.2f}' for r in ratios)}; median "
              f"{statistics.median(ratios):.2f} (floor: >= 0.75)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
