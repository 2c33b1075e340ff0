"""How far two human annotators agree on brands, measures and region (issue 10's human ceiling).

Each held-out gold set (`tests/gold/authored/*.json`) was written by one annotator. A second annotator
annotated some of them blind (`tests/gold/second/*.json`: `brands`, `practices`, `region` only).
Scoring the second as if it were a prediction against the first, with the very matching rules
`bench.case_gold` applies to the extractor, tells how much of the extractor's shortfall is people
disagreeing about what a brand or a measure is. Precision and recall here are agreement figures:
which file is called "truth" only decides which disagreements are called misses.

    python -m bench.annotator_agreement                       # every text in tests/gold/second against its gold
    python -m bench.annotator_agreement --truth DIR --second DIR
    python -m bench.annotator_agreement --ids d183-d207           # one study at a time

No extractor is run; only the JSON files are read.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.case_gold import _ratio, _within, brand_key, leads_match, parse_ids

ROOT = Path(__file__).resolve().parent.parent
TRUTH_DIR = ROOT / "tests" / "gold" / "authored"
SECOND_DIR = ROOT / "tests" / "gold" / "second"


@dataclass
class Agreement:
    """Counts summed over texts; `details` lists every disagreement, text by text."""

    texts: int = 0
    b_truth: int = 0
    b_second: int = 0
    b_both: int = 0
    m_truth: int = 0
    m_second: int = 0
    m_both: int = 0
    m_marker_same: int = 0
    r_exact: int = 0
    r_partial: int = 0
    r_wrong: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: Agreement) -> None:
        for name in self.__dataclass_fields__:
            if name != "details":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.details.extend(other.details)

    @property
    def brands_p(self) -> float | None:
        return _ratio(self.b_both, self.b_second)

    @property
    def brands_r(self) -> float | None:
        return _ratio(self.b_both, self.b_truth)

    @property
    def measures_p(self) -> float | None:
        return _ratio(self.m_both, self.m_second)

    @property
    def measures_r(self) -> float | None:
        return _ratio(self.m_both, self.m_truth)


def _marker(marker: str | None) -> str:
    return (marker or "").strip()


def score_pair(case_id: str, truth: dict[str, Any], second: dict[str, Any]) -> Agreement:
    """One text: the second annotation scored against the first as bench.case_gold scores the extractor."""
    a = Agreement(texts=1)
    tag = f"[{case_id}]"

    truth_b = {brand_key(t) for t in truth.get("brands") or []}
    second_b = {brand_key(t) for t in second.get("brands") or []}
    a.b_truth, a.b_second, a.b_both = len(truth_b), len(second_b), len(truth_b & second_b)
    a.details.extend(f"{tag} brand only second: {t}" for t in sorted(second_b - truth_b))
    a.details.extend(f"{tag} brand only first: {t}" for t in sorted(truth_b - second_b))

    truth_m = list(truth.get("practices") or [])
    second_m = list(second.get("practices") or [])
    a.m_truth, a.m_second = len(truth_m), len(second_m)
    unmatched = list(truth_m)
    for p in second_m:
        hit = next((t for t in unmatched if leads_match(p["lead"], t["lead"])), None)
        if hit is None:
            a.details.append(f"{tag} measure only second: {p.get('marker') or '-'} {p['lead']}")
            continue
        unmatched.remove(hit)
        a.m_both += 1
        if _marker(p.get("marker")) == _marker(hit.get("marker")):
            a.m_marker_same += 1
        else:
            a.details.append(f"{tag} marker: second {p.get('marker')!r}, first {hit.get('marker')!r}")
    a.details.extend(f"{tag} measure only first: {t.get('marker') or '-'} {t['lead']}" for t in unmatched)

    truth_code = (truth.get("region") or {}).get("adcode") or None
    second_code = (second.get("region") or {}).get("adcode") or None
    if second_code == truth_code:
        a.r_exact = 1
    elif second_code is None or (truth_code and _within(second_code, truth_code)):
        a.r_partial = 1
        a.details.append(f"{tag} region partial: second {second_code}, first {truth_code}")
    else:
        a.r_wrong = 1
        a.details.append(f"{tag} region WRONG: second {second_code}, first {truth_code}")
    return a


def agreement(truth_dir: Path = TRUTH_DIR, second_dir: Path = SECOND_DIR, ids: set[str] | None = None) -> Agreement:
    """Every text the second annotator annotated (or only `ids`), scored against the first annotator's file."""
    total = Agreement()
    for path in sorted(second_dir.glob("*.json")):
        if ids is not None and path.stem not in ids:
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        truth = json.loads((truth_dir / path.name).read_text(encoding="utf-8"))
        total.add(score_pair(path.stem, truth, second))
    return total


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def report(a: Agreement) -> str:
    lines = [
        f"texts {a.texts}",
        f"brands   first {a.b_truth}  second {a.b_second}  both {a.b_both}  P {_pct(a.brands_p)}  R {_pct(a.brands_r)}",
        f"measures first {a.m_truth}  second {a.m_second}  both {a.m_both}  "
        f"P {_pct(a.measures_p)}  R {_pct(a.measures_r)}  same marker {a.m_marker_same}/{a.m_both}",
        f"region   exact {a.r_exact}  partial {a.r_partial}  wrong {a.r_wrong}  (of {a.texts})",
        "",
        "disagreements:",
        *a.details,
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", type=Path, default=TRUTH_DIR, help="first annotator's gold directory")
    parser.add_argument("--second", type=Path, default=SECOND_DIR, help="second annotator's directory")
    parser.add_argument(
        "--ids", type=parse_ids, default=None, help="only these texts, e.g. h151-h175 or h126,h130 (one study)"
    )
    args = parser.parse_args(argv)
    print(report(agreement(args.truth, args.second, args.ids)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
