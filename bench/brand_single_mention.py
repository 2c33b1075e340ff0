"""What brand precision and recall would be at first sight if single-mention quotes without a naming cue were dropped.

Precision on new annotators' texts is the brand field's problem (about 1.3 brands listed per gold brand at first
sight). One blunt remedy is to keep a quoted term named only once only when something around it names it: a
naming verb or leader before it (`推行“…”`, `称为“…”`), a name word after it (`“…”品牌`, `…机制`), `品牌` near it,
or an unquoted name the text calls a brand. This bench measures that trade-off honestly, on the sets scored at
first sight, with the rules of the version that first scored each set (bench.train_brand_model FIRST_SIGHT: the
candidates and their features come from an archive of that commit), so the figures are what the policy would
have given on text its rules had never seen. Development sets only: no held-out text is read.

    python -m bench.brand_single_mention                       # the first-sight groups d479-d1027
    python -m bench.brand_single_mention --groups d978-d1002,d1003-d1027
    python -m bench.brand_single_mention --all-groups          # every first-sight group in development

A term counts as named once when it is quoted once and never written unquoted elsewhere in the body. The
headline is no cue (variant `title`: a quote of the headline counts as one).
"""

from __future__ import annotations

import argparse

import numpy as np

from bench import case_gold as cg
from bench import train_brand_model as tbm
from tasks.extract.brand_candidates import feature_names

CUE_FEATURES = ("naming_verb_before", "leader_before", "follower_after", "brand_word_after", "brand_word_near")
DEFAULT_FROM = 479  # the first-sight details files kept per set start here (d479-d503, scored by version 19)


def _groups(all_groups: bool) -> set[str]:
    dev = {g for g in tbm.FIRST_SIGHT if g.startswith("d")}
    return dev if all_groups else {g for g in dev if int(g.split("-")[0][1:]) >= DEFAULT_FROM}


def policy_masks(r: tbm.Rows) -> dict[str, np.ndarray]:
    """The rules' kept terms, and the same without single-mention quotes that lack a naming cue."""
    col = {n: i for i, n in enumerate(feature_names())}
    x = r.x
    quoted_once = np.isclose(x[:, col["log_quoted_uses"]], np.log1p(1.0)) & (x[:, col["plain_uses"]] == 0)
    cue = np.zeros(len(r.y), dtype=bool)
    for name in CUE_FEATURES:
        cue |= x[:, col[name]] > 0
    titled = x[:, col["quoted_in_title"]] > 0
    drop = quoted_once & ~cue
    return {
        "rules": r.rule,
        "drop_once_no_cue": r.rule & ~drop,
        "drop_once_no_cue_title": r.rule & ~(drop & ~titled),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", help="comma-separated first-sight annotator groups (default: d479 on)")
    ap.add_argument("--all-groups", action="store_true", help="every first-sight group in development (d54 on)")
    args = ap.parse_args(argv)
    groups = set(args.groups.split(",")) if args.groups else _groups(args.all_groups)
    groups &= set(tbm.FIRST_SIGHT)
    items = tbm.texts(("dev",), groups)
    r = tbm.first_sight_rows(items)
    masks = policy_masks(r)
    print(f"{len(items)} texts, {len(r.y)} candidates; P / R per policy (the rules that first scored each set)")
    print("group\tversion\t" + "\t".join(masks))
    pooled = {name: [0, 0, 0] for name in masks}
    for g in sorted({t.annotator for t in items}, key=cg._range_order):
        mine = [t for t in items if t.annotator == g]
        here = np.array([gg == g for gg in r.groups])
        cells = []
        for name, mask in masks.items():
            c = tbm.counts(mine, r, here & mask)
            pooled[name] = [a + b for a, b in zip(pooled[name], c, strict=True)]
            cells.append(tbm._pr(c))
        print(f"{g}\t{tbm.FIRST_SIGHT[g][1]}\t" + "\t".join(cells))
    print("pooled\t\t" + "\t".join(tbm._pr((p[0], p[1], p[2])) for p in pooled.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
