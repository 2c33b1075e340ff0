"""CPU of the part-of-speech tagger on the clauses the fact extractor segments: a cold pass, as a worker pays it.

Usage: .venv/bin/python -m bench.tagger [--corpus tests/gold/authored] [--repeat 5]

Runs `extract_facts` over the texts of `--corpus` (`*.txt`) once, recording every clause it hands the segmenter
(`segmenter().tag`, what `subjects._tagged` does not find in its cache), then times `tag` over those clauses
with the tagger's caches emptied before each pass (tasks/extract/postagger.py `clear_caches`), best of
`--repeat`, and prints ms per text of the corpus, the Viterbi runs among them, and how much the process grew
(peak RSS) over the first pass. A digest of the words and tags lets two checkouts be compared: same digest,
same output. Run it in each checkout (`cd OTHER && .venv/bin/python -m bench.tagger`) to compare.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
from pathlib import Path

from tasks.extract import postagger
from tasks.extract.facts import extract_facts
from tasks.extract.segmenter import segmenter


def clauses(corpus: Path) -> tuple[list[str], int]:
    """The clauses `extract_facts` segments over the corpus's texts, in order, and the number of texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    tagger = segmenter()
    tagger.tag("社区")  # the user words' tags in place before recording
    seen: list[str] = []
    tag = tagger.tag

    def recorded(sentence: str) -> list[tuple[str, str]]:
        seen.append(sentence)
        return tag(sentence)

    tagger.tag = recorded  # type: ignore[method-assign]
    try:
        for text in texts:
            extract_facts(text)
    finally:
        del tagger.tag  # back to the class's method
    return seen, len(texts)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("tests/gold/authored"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sentences, n_texts = clauses(args.corpus)
    tagger = segmenter()
    best = float("inf")
    grown = 0.0
    digest = ""
    for run in range(args.repeat):
        postagger.clear_caches()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.process_time()
        out = [tagger.tag(s) for s in sentences]
        best = min(best, time.process_time() - started)
        if run == 0:
            grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
            digest = hashlib.sha256(repr(out).encode()).hexdigest()[:16]
    print(
        f"tagger: {len(sentences)} clauses from {n_texts} texts ({args.corpus}); cold pass best of {args.repeat}: "
        f"{best:.3f} s, {best * 1000 / max(n_texts, 1):.3f} ms per text; "
        f"Viterbi runs {postagger.viterbi.cache_info()}; "
        f"peak RSS grew {grown:.1f} MB over the first pass; output digest {digest}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
