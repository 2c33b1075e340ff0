"""Another checkout's versions of some extractor modules beside this one's: the same output, and CPU per page.

Usage: .venv/bin/python -m bench.extract_side --base /path/to/other/checkout
           [--entry tasks.extract.facts:extract_facts] [--also tasks.extract.restatements,tasks.extract.subjects]
           [--pages 600] [--rounds 5] [--gold] [--documents [--devset]] [--articles]

Generates the scale bench's corpus (bench/scale.py `make_corpus`) and reads each page's body as the pipeline does
(`--gold`: the seeds' and dev gold texts instead). `--documents` hands the entry each page as read from disk instead
(`--devset`: the real pages of the devset cache), for the reading and parsing steps: e.g. `--entry
tasks.pipeline:process_document --also tasks.header_lines,tasks.sites.generic,…,tasks.sites,tasks.markup,tasks.parse`
(a package, `tasks.sites`, is loaded from its `__init__.py`, after the submodules it imports). `--articles` hands it
each page's `Article` (`--entry tasks.extract.rows:article_columns --also tasks.extract.fingerprint,
tasks.extract.regions`: the worker's `regions + minhash` stage).
Loads the other checkout's files of the entry's module and of the `--also` modules (the changed ones it imports,
in the order given) as second copies, so that the other entry module calls the other checkout's versions of
those and this checkout's of everything else: a change confined to these modules is measured alone. Then
calls both entry functions on every body, in shuffled order page by page so both meet the same machine load,
with every `lru_cache` of the extractors (both copies) emptied at the start of each round, as
`bench.worker` does per pass; checks that both give the same answer (`repr`) on every page and prints CPU ms
per page (`time.process_time`) per round, the median ratio base/head and the load average.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.scale import make_corpus
from tasks.extract.caches import clear_caches
from tasks.extract.sentences import split_sentences
from tasks.inputs import read_source
from tasks.pipeline import process_document, process_source
from tasks.records import Article

DEVSET = Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache")) / "pages"


def _load_base(checkout: Path, names: list[str]) -> dict[str, ModuleType]:
    """The other checkout's copies of `names`, each importing the copies loaded before it."""
    heads = {name: importlib.import_module(name) for name in names}
    base: dict[str, ModuleType] = {}
    try:
        for name in names:
            path = checkout / name.replace(".", "/")
            if path.is_dir():  # a package (`tasks.sites`): its __init__, its submodules found where it lies
                spec = importlib.util.spec_from_file_location(
                    name, path / "__init__.py", submodule_search_locations=[str(path)]
                )
            else:
                spec = importlib.util.spec_from_file_location(name, path.with_suffix(".py"))
            if spec is None or spec.loader is None:
                raise RuntimeError(f"no {name} in {checkout}")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module  # the next copies' imports find this one
            spec.loader.exec_module(module)
            base[name] = module
    finally:
        sys.modules.update(heads)
    return base


def _clear(modules: list[ModuleType]) -> None:
    """`clear_caches` for the copies, which are not in `sys.modules` under their names."""
    for module in modules:
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            if (
                params is not None
                and getattr(value, "__module__", None) == module.__name__
                and params()["maxsize"] != 1
            ):
                value.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--entry", default="tasks.extract.facts:extract_facts", help="module:function(body[, sentences])")
    ap.add_argument("--also", default="", help="changed modules the entry imports, comma-separated, in import order")
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument(
        "--gold", action="store_true", help="the seeds' and dev gold texts instead of generated pages (no heldout)"
    )
    ap.add_argument(
        "--documents",
        action="store_true",
        help="hand the entry each page as read from disk (a SourceDoc), not its body: for the reader and the parser",
    )
    ap.add_argument("--devset", action="store_true", help=f"with --documents: the real pages of {DEVSET} instead")
    ap.add_argument(
        "--articles",
        action="store_true",
        help="hand the entry each page's Article, not its body (tasks.extract.rows:article_columns: regions, MinHash)",
    )
    args = ap.parse_args()
    entry, function = args.entry.split(":")
    names = [n for n in args.also.split(",") if n] + [entry]
    base = _load_base(args.base.resolve(), names)
    head_fn = getattr(importlib.import_module(entry), function)
    base_fn = getattr(base[entry], function)
    with_sentences = "sentences" in head_fn.__code__.co_varnames[: head_fn.__code__.co_argcount]
    if args.documents:
        # each page as the worker reads it: the entry (`tasks.pipeline:process_document`) decodes, reads and parses
        if args.devset:
            bodies = [read_source(str(p)) for p in sorted(DEVSET.glob("*.htm*"))]
        else:
            work = Path(tempfile.mkdtemp(prefix="cases-extract-"))
            try:
                bodies = [read_source(str(p)) for p in make_corpus(work / "corpus", args.pages)]
            finally:
                shutil.rmtree(work, ignore_errors=True)
    elif args.gold:
        # the generated corpus repeats the seeds' sentences, so caches keyed on a clause hit there far more than on
        # real text: the gold texts tell what a new text costs
        from bench.case_gold import gold_cases

        cases = gold_cases(["seeds", "dev"], Path.cwd() / "tests" / "gold")
        read = [a for c in cases if isinstance(a := process_source(str(c.text_path)), Article)]
        bodies = read if args.articles else [a.body for a in read]
    else:
        work = Path(tempfile.mkdtemp(prefix="cases-extract-"))
        try:
            read = [process_document(read_source(str(p))) for p in make_corpus(work / "corpus", args.pages)]
        finally:
            shutil.rmtree(work, ignore_errors=True)
        bodies = read if args.articles else [a.body for a in read]

    def call(fn: Any, body: str) -> Any:
        return fn(body, split_sentences(body)) if with_sentences else fn(body)

    for body in bodies[:20]:  # each copy's first calls load what its module loads lazily
        call(base_fn, body)
        call(head_fn, body)
    rnd = random.Random(0)
    ratios: list[float] = []
    differ = 0
    print(f"{len(bodies)} bodies; load average {os.getloadavg()[0]:.2f}")
    for round_ in range(args.rounds):
        clear_caches()
        _clear(list(base.values()))
        spent = {"base": 0.0, "head": 0.0}
        for body in bodies:
            sides = [("base", base_fn), ("head", head_fn)]
            rnd.shuffle(sides)
            answers = {}
            for side, fn in sides:
                started = time.process_time()
                answers[side] = call(fn, body)
                spent[side] += time.process_time() - started
            differ += repr(answers["base"]) != repr(answers["head"])
        ratios.append(spent["base"] / spent["head"])
        b, h = (spent[s] * 1000 / len(bodies) for s in ("base", "head"))
        print(f"round {round_ + 1}: base {b:.3f}, head {h:.3f} ms/page, {ratios[-1]:.3f}x", flush=True)
    print(f"median {statistics.median(ratios):.3f}x; load average {os.getloadavg()[0]:.2f}")
    print("the same answer on every page" if not differ else f"{differ} answers DIFFER")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
