"""Train the brand re-scorer and judge it by leaving one annotator's texts out at a time.

Each gold text (seeds, d*, and h* when asked) gives one row per candidate term
(tasks/extract/brand_candidates.py); the label says whether the term is in the text's gold `brands`
(compared as bench.case_gold compares brands). A logistic regression (numpy, L2, Newton steps: the same
data gives the same weights) is fitted on all rows and written to tasks/extract/data/brand_model.json.

Why leave-one-annotator-out: the rules reach 0.95+ on every set they were tuned on and 0.71-0.87 on the
next annotator's set, so a figure on texts of an annotator the model was trained on says little. For
each annotator group of tests/gold/annotators.csv (the team's two ranges are one group) the model is
trained on the other groups and scored on that one, through the same P/R counting as bench.case_gold.
The rules' verdict is one of the features and the rules were tuned on every dev group, so only a group
the rules never saw gives an honest figure for rules+model; `--no-rule-features` drops the verdict and
path features to show how much the model leans on them.

    python -m bench.train_brand_model --logo            # the table, then write the weights
    python -m bench.train_brand_model --logo --no-write
    python -m bench.train_brand_model --sets seeds,dev  # weights from development texts only
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bench import case_gold as cg
from bench.brand_ablation import Text
from tasks.extract.brand_candidates import EARLY_DROPS, PATHS, brand_candidates, feature_names
from tasks.pipeline import process_source
from tasks.records import Article

MODEL_JSON = Path(__file__).resolve().parent.parent / "tasks" / "extract" / "data" / "brand_model.json"
L2 = 1.0
THRESHOLD = 0.5
RULE_FEATURES = ("rule_kept", *(f"path_{p}" for p in PATHS))
# The paths extract_brands(trace=...) reports; archived rule versions have no trace, so --first-sight
# leaves them out (the verdict `rule_kept` and the filters before it stay).
TRACE_FEATURES = tuple(f"path_{p}" for p in PATHS if p not in EARLY_DROPS)
ROOT = Path(__file__).resolve().parent.parent
# The rules as each annotator's set first met them: the commit on main that scored the set held-out
# (README, held-out rounds), and the extractor version. Features of a set computed with these rules
# are out-of-sample for that set, like the rules on any new annotator's texts.
FIRST_SIGHT = {
    "d158-d182": ("15a34ac", "7"),
    "d183-d207": ("e0211df", "8"),
    "d208-d232": ("bc8802b", "9"),
    "d233-d257": ("986265d", "10"),
    "h226-h250": ("26038e8", "11"),
}
_DUMP = """
import json, sys
from pathlib import Path
from tasks.extract.brand_candidates import brand_candidates
from tasks.pipeline import process_source
from tasks.records import Article
for path in sys.argv[1:]:
    article = process_source(path)
    if isinstance(article, Article):
        for cand in brand_candidates(article.body, article.title):
            print(json.dumps({"id": Path(path).stem, "term": cand.term, "features": cand.features}, ensure_ascii=False))
"""


@dataclass
class Rows:
    ids: list[str]
    groups: list[str]
    terms: list[str]
    x: np.ndarray
    y: np.ndarray
    rule: np.ndarray


def group_of(case_id: str) -> str:
    """The annotator group: who wrote the text (the team's ranges are one writer)."""
    key = cg.annotator_of(case_id)
    for row in cg._annotator_ranges(cg.gold_dir()):
        if key == f"{row['first']}-{row['last']}":
            return "team" if row["written_by"].startswith("the team") else key
    return key


def texts(sets: tuple[str, ...]) -> list[Text]:
    out = []
    for case in cg.gold_cases(sets):
        article = process_source(str(case.text_path))
        if isinstance(article, Article):
            gold = frozenset(cg.brand_key(t) for t in case.gold.get("brands") or [])
            out.append(Text(case.id, group_of(case.id), article.body, article.title, gold))
    return out


def rows(items: list[Text]) -> Rows:
    names = feature_names()
    ids, groups, terms, x, y, rule = [], [], [], [], [], []
    for t in items:
        for cand in brand_candidates(t.body, t.title):
            ids.append(t.id)
            groups.append(t.annotator)
            terms.append(cg.brand_key(cand.term))
            x.append([cand.features[n] for n in names])
            y.append(float(cg.brand_key(cand.term) in t.gold))
            rule.append(cand.features["rule_kept"] > 0)
    return Rows(ids, groups, terms, np.array(x, dtype=float), np.array(y), np.array(rule, dtype=bool))


def first_sight_rows(items: list[Text]) -> Rows:
    """Candidates of each first-sight set, their features computed by the rules of the version that first
    scored it (an archive of that commit, with today's candidate generator copied in)."""
    names = feature_names()
    gold = {t.id: t for t in items}
    ids, groups, terms, x, y, rule = [], [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="brand_first_sight_") as tmp:
        for group, (commit, _version) in FIRST_SIGHT.items():
            tree = Path(tmp) / commit
            tree.mkdir()
            archive = subprocess.run(
                ["git", "archive", commit, "tasks", "seeds"], cwd=ROOT, capture_output=True, check=True
            )
            with tarfile.open(fileobj=__import__("io").BytesIO(archive.stdout)) as tar:
                tar.extractall(tree, filter="data")
            candidates = ROOT / "tasks" / "extract" / "brand_candidates.py"
            (tree / "tasks" / "extract" / "brand_candidates.py").write_bytes(candidates.read_bytes())
            paths = [str(cg.gold_dir() / "authored" / f"{t.id}.txt") for t in items if t.annotator == group]
            out = subprocess.run([sys.executable, "-c", _DUMP, *paths], cwd=tree, capture_output=True, text=True)
            if out.returncode:
                raise RuntimeError(f"rules of {commit} on {group}: {out.stderr[-2000:]}")
            for line in out.stdout.splitlines():
                row = json.loads(line)
                t = gold[row["id"]]
                ids.append(t.id)
                groups.append(group)
                terms.append(cg.brand_key(row["term"]))
                x.append([row["features"].get(n, 0.0) for n in names])
                y.append(float(cg.brand_key(row["term"]) in t.gold))
                rule.append(row["features"]["rule_kept"] > 0)
    return Rows(ids, groups, terms, np.array(x, dtype=float), np.array(y), np.array(rule, dtype=bool))


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (bias included, it is small)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w)))


def counts(items: list[Text], r: Rows, keep: np.ndarray) -> tuple[int, int, int]:
    """(true positives, predicted, gold) over texts, counted as bench.case_gold counts brands."""
    pred: dict[str, set[str]] = {t.id: set() for t in items}
    for i in np.flatnonzero(keep):
        pred[r.ids[i]].add(r.terms[i])
    tp = sum(len(pred[t.id] & t.gold) for t in items)
    return tp, sum(len(p) for p in pred.values()), sum(len(t.gold) for t in items)


def _pr(c: tuple[int, int, int]) -> str:
    tp, n_pred, n_gold = c
    p = tp / n_pred if n_pred else float("nan")
    r = tp / n_gold if n_gold else float("nan")
    return f"{p:.3f} / {r:.3f}"


def logo(items: list[Text], r: Rows, columns: list[int], thresholds: tuple[float, ...]) -> None:
    """Per group: rules alone, rules+model (re-scored, and veto only) trained without that group."""
    x = r.x[:, columns]
    groups = sorted(set(r.groups), key=cg._range_order)
    pooled: Counter[str] = Counter()
    sweep: dict[float, list[int]] = {t: [0, 0, 0] for t in thresholds}
    print("group\ttexts\tcands\trules P / R\tmodel P / R\tveto P / R")
    for g in groups:
        test = np.array([gg == g for gg in r.groups])
        w = fit(x[~test], r.y[~test])
        p = np.zeros(len(r.y))
        p[test] = predict(x[test], w)
        mine = [t for t in items if t.annotator == g]
        rules = counts(mine, r, test & r.rule)
        model = counts(mine, r, test & (p >= THRESHOLD))
        veto = counts(mine, r, test & r.rule & (p >= THRESHOLD))
        for name, c in (("rules", rules), ("model", model), ("veto", veto)):
            for k, v in zip(("tp", "pred", "gold"), c, strict=True):
                pooled[f"{name}_{k}"] += v
        for t in thresholds:
            c = counts(mine, r, test & (p >= t))
            sweep[t] = [a + b for a, b in zip(sweep[t], c, strict=True)]
        print(f"{g}\t{len(mine)}\t{int(test.sum())}\t{_pr(rules)}\t{_pr(model)}\t{_pr(veto)}")
    print(
        "pooled\t{}\t{}\t{}\t{}\t{}".format(
            len(items),
            len(r.y),
            *(_pr(tuple(pooled[f"{n}_{k}"] for k in ("tp", "pred", "gold"))) for n in ("rules", "model", "veto")),
        )
    )
    print("threshold sweep, rules+model re-scored, pooled out-of-group (a threshold read off this table is fitted):")
    for t, c in sweep.items():
        print(f"  p >= {t:.2f}: {_pr(tuple(c))}")


def write_model(items: list[Text], r: Rows, columns: list[int], path: Path) -> None:
    names = [feature_names()[i] for i in columns]
    w = fit(r.x[:, columns], r.y)
    model = {
        "kind": "logistic regression over brand candidates (tasks/extract/brand_candidates.py)",
        "trained_by": "python -m bench.train_brand_model",
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "l2": L2,
        "threshold": THRESHOLD,
        "candidates": len(r.y),
        "positives": int(r.y.sum()),
        "training_ids": [t.id for t in items],
        "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True)},
    }
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="seeds,dev,heldout", help="gold sets to train on (seeds,dev,heldout)")
    ap.add_argument("--logo", action="store_true", help="print the leave-one-annotator-group-out table")
    ap.add_argument("--no-rule-features", action="store_true", help="leave out the rules' verdict and path")
    ap.add_argument(
        "--first-sight",
        action="store_true",
        help="train and judge on sets 6-10 with the features of the rules that first scored each (no trace paths)",
    )
    ap.add_argument("--no-write", action="store_true", help="do not write the weights file")
    ap.add_argument("--out", type=Path, default=MODEL_JSON, help="where to write the weights")
    args = ap.parse_args(argv)
    items = texts(tuple(s for s in args.sets.split(",") if s))
    if args.first_sight:
        items = [t for t in items if t.annotator in FIRST_SIGHT]
    r = first_sight_rows(items) if args.first_sight else rows(items)
    names = feature_names()
    left_out = (RULE_FEATURES if args.no_rule_features else ()) + (TRACE_FEATURES if args.first_sight else ())
    columns = [i for i, n in enumerate(names) if n not in left_out]
    print(f"{len(items)} texts, {len(r.y)} candidates, {int(r.y.sum())} of them gold brands")
    reachable = len(set(zip(r.ids, r.terms, strict=True)) & {(t.id, g) for t in items for g in t.gold})
    print(f"gold brands among the candidates: {reachable} of {sum(len(t.gold) for t in items)}")
    if args.logo:
        logo(items, r, columns, (0.3, 0.4, 0.5, 0.6, 0.7))
    if not args.no_write:
        write_model(items, r, columns, args.out)
        print(f"weights written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
