"""Decode cost per page, clean and damaged, side by side with an earlier decoder.

    .venv/bin/python -m bench.decode            # this tree against `main`'s tasks/decode.py
    .venv/bin/python -m bench.decode --against HEAD~5

Pages are the seed articles (seeds/pages) wrapped in HTML and encoded on the fly: UTF-8 and GB18030
with a <meta> label, GB18030 without one, Big5 (traditional, via OpenCC s2t), and damaged forms (one
corrupt byte, one character cut at the end of the file). Each figure is the best of several
repeats (the machine is shared), in µs per page; the outcome column says what each decoder made of
the pages (charset, or the failure reason, and replacement characters counted).
"""

from __future__ import annotations

import argparse
import subprocess
import time
import types
from collections.abc import Callable
from pathlib import Path

from opencc import OpenCC

from tasks.decode import decode
from tasks.records import DecodedDoc, SourceDoc

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "pages"


def html(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head>{meta}<title>t</title></head><body>{body}</body></html>"


def corrupt(raw: bytes) -> bytes:
    """Overwrite one byte in the middle with 0xFF, which no GB18030 or UTF-8 sequence contains."""
    middle = len(raw) // 2
    return raw[:middle] + b"\xff" + raw[middle + 1 :]


def kinds() -> dict[str, Callable[[str], bytes]]:
    s2t = OpenCC("s2t").convert
    return {
        "utf-8 labelled": lambda t: html(t, "utf-8").encode("utf-8"),
        "gb18030 labelled gb2312": lambda t: html(t, "gb2312").encode("gb18030"),
        "gb18030 unlabelled": lambda t: html(t, None).encode("gb18030"),
        "big5 unlabelled": lambda t: html(s2t(t), None).encode("big5", "replace"),
        "gb2312 one corrupt byte": lambda t: corrupt(html(t, "gb2312").encode("gb18030")),
        "utf-8 cut at the end": lambda t: html(t, "utf-8").encode("utf-8") + "党".encode()[:2],
    }


def load_decoder(rev: str) -> Callable[[SourceDoc], object]:
    """tasks/decode.py as it is at git revision `rev`, loaded as a separate module."""
    source = subprocess.run(
        ["git", "show", f"{rev}:tasks/decode.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType(f"decode_at_{rev}")
    exec(compile(source, f"{rev}:tasks/decode.py", "exec"), module.__dict__)
    return module.decode


def outcome(results: list[object]) -> str:
    names = sorted({r.charset if isinstance(r, DecodedDoc) else f"refused ({r.reason})" for r in results})
    errors = sum(getattr(r, "decode_errors", 0) for r in results if isinstance(r, DecodedDoc))
    return ", ".join(names) + (f", {errors} replacement chars" if errors else "")


def best_time(decoder: Callable[[SourceDoc], object], docs: list[SourceDoc], rounds: int, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(rounds):
            for doc in docs:
                decoder(doc)
        best = min(best, (time.perf_counter() - start) / (rounds * len(docs)))
    return best


def shares(texts: list[str]) -> None:
    """Common-hanzi share of right and wrong readings of the seeds: where PLAUSIBLE_CHINESE sits."""
    from tasks.decode import PLAUSIBLE_CHINESE, hanzi_counts

    s2t = OpenCC("s2t").convert
    korean = "서울시는 주민자치회를 통해 지역 문제를 해결하고 있습니다. 주민들이 직접 참여하여 마을 계획을 세웁니다."
    japanese = "東京都の町内会は地域の防災訓練を毎年実施しています。住民が参加して避難経路を確認しました。"
    readings: dict[str, Callable[[str], str]] = {
        "simplified, right": lambda t: t,
        "traditional, right": s2t,
        "big5 read as gb18030": lambda t: s2t(t).encode("big5", "replace").decode("gb18030", "replace"),
        "gb18030 read as big5hkscs": lambda t: t.encode("gb18030").decode("big5hkscs", "replace"),
        "utf-8 read as gb18030": lambda t: t.encode("utf-8").decode("gb18030", "replace"),
        "euc-kr read as gb18030": lambda _: korean.encode("euc-kr").decode("gb18030", "replace"),
        "shift_jis read as gb18030": lambda _: japanese.encode("shift_jis").decode("gb18030", "replace"),
    }
    print(f"common-hanzi share per reading (plausible Chinese at >= {PLAUSIBLE_CHINESE}), min-max over the seeds")
    for name, read in readings.items():
        values = []
        for text in texts:
            hanzi, common = hanzi_counts(read(text))
            values.append(common / hanzi)
        print(f"  {name:28} {min(values):.2f}-{max(values):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="main", help="git revision of the decoder to compare with")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--shares", action="store_true", help="also print common-hanzi shares per reading")
    args = parser.parse_args()
    decoders = {"this tree": decode, args.against: load_decoder(args.against)}
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    print(f"{len(texts)} seed pages, best of {args.repeats} x {args.rounds} rounds, µs per page")
    print(f"{'pages':26} | " + " | ".join(f"{name:>10} µs  outcome" for name in decoders))
    for kind, make in kinds().items():
        docs = [SourceDoc(str(i), str(i), make(t), "text/html") for i, t in enumerate(texts)]
        cells = []
        for decoder in decoders.values():
            seconds = best_time(decoder, docs, args.rounds, args.repeats)
            cells.append(f"{seconds * 1e6:10.0f} µs  {outcome([decoder(d) for d in docs])}")
        print(f"{kind:26} | " + " | ".join(cells))
    if args.shares:
        shares(texts)


if __name__ == "__main__":
    main()
