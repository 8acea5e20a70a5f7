"""Deduplication at two levels, the flaw GDELT is known for.

1. Near-duplicate articles (wire copies, lightly edited reposts): MinHash signatures over word
   shingles, computed by the workers, and an LSH index (datasketch). Each article gets a
   ``canonical_id``: the earliest stored article it nearly duplicates, or itself.
2. Events: mentions of one happening (same source, target, CAMEO code, mode and date) across
   articles share a ``cluster_id``; ``event_clusters`` keeps one row per happening with its
   canonical mention and the numbers of mentions, articles and distinct sources (like GDELT's
   NumMentions / NumArticles / NumSources, computed over the whole store).

Both passes only look at rows not yet processed, so re-running them after a crash is safe.
"""

from __future__ import annotations

import re
import zlib
from functools import cache

import numpy as np
import pyarrow as pa

# 64 permutations: Jaccard estimates within about +-0.06, 512 bytes per article.
NUM_PERM = 64
# Word 5-shingles with Jaccard >= 0.8: wire copies with a changed headline, byline or a trimmed
# last paragraph still match; two different stories on one topic share far fewer shingles.
SHINGLE = 5
THRESHOLD = 0.8
# Stored signatures name their hashing scheme: datasketch >= 2 needs it to read them back.
SCHEME = "affine32"
_WORD = re.compile(r"\w+")
_POLY = np.uint64(1_000_003)


def signature(text: str) -> bytes:
    """MinHash signature of a text's word shingles (bytes, for the store's BLOB column).

    Each word is hashed once (CRC-32) and a shingle's hash is a polynomial of its words'
    hashes, computed with numpy: hashing each shingle string instead took ~2.5 ms of an
    article's ~40 ms of coding (measured).
    """
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64,
                         count=len(words))
    if len(hashes) < SHINGLE:
        hashes = np.concatenate([hashes, np.zeros(SHINGLE - len(hashes), dtype=np.uint64)])
    n = len(hashes) - SHINGLE + 1
    shingles = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):  # wraps modulo 2**64 by design
        shingles = shingles * _POLY + hashes[k:k + n]
    shingles = np.unique(shingles >> np.uint64(32) ^ (shingles & np.uint64(0xFFFFFFFF)))
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=int, permutations=_permutations())
    mh.update_batch(shingles.tolist())
    return mh.hashvalues.astype(np.uint64).tobytes()


@cache
def _permutations():
    """datasketch draws its permutations from a seeded generator on every MinHash (~0.4 ms, a
    third of a signature): draw them once per process. Same seed, same values."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=int).permutations


def _minhash(blob: bytes):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME)


def link_near_duplicates(con) -> int:
    """Set ``canonical_id`` of new articles; returns how many were linked to another."""
    from datasketch import MinHashLSH

    new = con.execute("SELECT count(*) FROM articles "
                      "WHERE minhash IS NOT NULL AND canonical_id IS NULL").fetchone()[0]
    if not new:  # a re-run or a resume with nothing new: do not read every signature
        return 0
    rows = con.execute("SELECT article_id, minhash, canonical_id FROM articles "
                       "WHERE minhash IS NOT NULL ORDER BY run_id, coded_at, article_id").fetchall()
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    sigs: dict[str, object] = {}
    canonical: dict[str, str] = {}
    updates: list[tuple[str, str, float]] = []
    for aid, blob, canon in rows:
        mh = _minhash(blob)
        if canon is None:
            sims = [(mh.jaccard(sigs[other]), other) for other in lsh.query(mh)]
            sim, other = max(sims, default=(1.0, aid))
            canon = canonical[other] if sim >= THRESHOLD and other != aid else aid
            updates.append((aid, canon, sim if canon != aid else 1.0))
        canonical[aid] = canon
        lsh.insert(aid, mh)
        sigs[aid] = mh
    links = pa.Table.from_pylist(  # noqa: F841 (read by DuckDB by name)
        [{"aid": aid, "canon": canon, "sim": sim} for aid, canon, sim in updates])
    con.execute("UPDATE articles SET canonical_id = links.canon, similarity = links.sim "
                "FROM links WHERE articles.article_id = links.aid")
    return sum(1 for aid, canon, _ in updates if canon != aid)


CLUSTER_KEY = ("coalesce(source_code, '') || '|' || coalesce(target_code, '') || '|' || cameo "
               "|| '|' || coalesce(mode, '') || '|' || coalesce(e.date, a.date::VARCHAR, '')")


def cluster_events(con) -> int:
    """Give new events their cluster and rebuild ``event_clusters``; returns the cluster count."""
    con.execute("BEGIN TRANSACTION")
    con.execute(f"""
        UPDATE events e SET cluster_id = substr(md5({CLUSTER_KEY}), 1, 16)
        FROM articles a WHERE a.article_id = e.article_id AND e.cluster_id IS NULL""")
    con.execute("DELETE FROM event_clusters")
    con.execute("""
        INSERT INTO event_clusters
        SELECT e.cluster_id,
               arg_min(e.event_id, (a.coded_at, e.event_id)) AS canonical_event_id,
               any_value(e.source_code), any_value(e.target_code), any_value(e.cameo),
               any_value(e.plover), any_value(coalesce(e.date, a.date::VARCHAR)),
               any_value(coalesce(e.date_start, a.date)),
               count(*), count(DISTINCT e.article_id),
               count(DISTINCT coalesce(a.source, regexp_extract(a.url, '//([^/]+)', 1),
                                       a.canonical_id, a.article_id)),
               min(a.date)
        FROM events e JOIN articles a USING (article_id)
        GROUP BY e.cluster_id""")
    con.execute("COMMIT")
    return int(con.execute("SELECT count(*) FROM event_clusters").fetchone()[0])
