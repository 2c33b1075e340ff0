"""Which gold-text brands a change of the widespread-terms lexicon moves: the audit for lexicon rows.

bench.brand_ablation audits brands.toml; this one audits tasks/extract/data/generic_terms.csv, whose rows
must rest on world evidence, never on a gold file. The brands of every gold text (seeds, dev, held-out)
are extracted with the lexicon as it stood at a git revision and as it stands now; a line per moved brand
says which text and annotator set, `-` (dropped by the change) or `+` (back again), whether the gold lists
it, and which lexicon row is responsible. A row that drops a gold brand (a case's own coined name) goes,
unless GUIDELINES calls that kind generic.

    python -m bench.lexicon_ablation              # against the previous commit of the lexicon file
    python -m bench.lexicon_ablation --base main
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
from collections.abc import Callable

from bench import brand_ablation as ba
from tasks.extract import generic_terms as g


def lexicon_at(revision: str) -> dict[str, str]:
    """The lexicon (term → kind) as committed at `revision`."""
    path = g.GENERIC_TERMS_CSV.relative_to(g.GENERIC_TERMS_CSV.parents[3]).as_posix()
    text = subprocess.run(
        ["git", "show", f"{revision}:{path}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=g.GENERIC_TERMS_CSV.parents[3],
    ).stdout
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    return {r["term"].strip(): r["kind"].strip() for r in rows if r["term"].strip()}


def responsible(brand: str, terms: set[str]) -> str:
    """The lexicon row that makes `brand` generic: the term itself or its head after a place."""
    for term in sorted(terms, key=len, reverse=True):
        if brand == term or (brand.endswith(term) and g._is_place(brand[: -len(term)])):
            return term
    return "?"


def predict_with(lexicon: Callable[[], dict[str, str]], texts: list[ba.Text]) -> dict[str, set[str]]:
    real = g.generic_terms
    g.generic_terms = lexicon  # type: ignore[assignment]
    try:
        return ba.predict(texts)
    finally:
        g.generic_terms = real


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD~1", help="git revision of the lexicon to compare with")
    args = parser.parse_args(argv)
    old = lexicon_at(args.base)
    new = dict(g.generic_terms())
    texts = ba.gold_texts()
    before = predict_with(lambda: old, texts)
    after = predict_with(lambda: new, texts)
    print(f"lexicon rows: {len(old)} at {args.base}, {len(new)} now")
    print("text\tset\tbrand\tgold\trow")
    for t in texts:
        for x in sorted(before[t.id] - after[t.id]):
            print(f"{t.id}\t{t.annotator}\t-{x}\t{'✓' if x in t.gold else '✗'}\t{responsible(x, set(new) - set(old))}")
        for x in sorted(after[t.id] - before[t.id]):
            print(f"{t.id}\t{t.annotator}\t+{x}\t{'✓' if x in t.gold else '✗'}\t{responsible(x, set(old) - set(new))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
