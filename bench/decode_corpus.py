"""Decoding real pages of known encoding, clean and damaged, side by side with an earlier decoder.

    .venv/bin/python -m bench.decode_corpus CORPUS [--against main]

CORPUS holds one folder per encoding, named as chardet's test corpus names them (GB2312/, Big5/,
EUC-KR/, SHIFT_JIS/, windows-1251-russian/ …: `tests/` of the chardet repository, LGPL, read in
place and never copied into this project). Per folder: how many pages each decoder reads exactly as
the folder's encoding does. Then, on the GB2312 and Big5 folders, damage made on the fly (3 trials a
page): one byte overwritten with 0xFF, one byte dropped, 5% of bytes overwritten; loaded pages,
replacement characters, and the share of the clean text kept (difflib matching blocks).
"""

from __future__ import annotations

import argparse
import difflib
import random
from collections import Counter
from pathlib import Path

from bench.decode import load_decoder
from tasks.decode import decode
from tasks.records import DecodedDoc, SourceDoc

# Folder name → codecs that read the folder's pages as intended (first that decodes strictly wins).
CODECS = {
    "GB2312": ("gb18030",),
    "Big5": ("big5", "big5hkscs"),
    "EUC-KR": ("euc_kr", "cp949"),
    "CP949": ("cp949",),
    "SHIFT_JIS": ("shift_jis", "cp932"),
    "CP932": ("cp932",),
    "EUC-JP": ("euc_jp", "euc_jis_2004"),
    "utf-8": ("utf-8",),
    "windows-1251-russian": ("cp1251",),
    "KOI8-R": ("koi8_r",),
    "windows-1252": ("cp1252",),
    "iso-8859-1": ("latin-1",),
}


FAMILY = {"GB2312": ("gb",), "Big5": ("big5", "cp950")}


def reference(raw: bytes, codecs: tuple[str, ...]) -> str:
    for codec in codecs:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode(codecs[-1], errors="replace")


def text_of(outcome: object) -> str | None:
    return outcome.text.lstrip("\ufeff") if isinstance(outcome, DecodedDoc) else None


def damaged(raw: bytes, kind: str, rng: random.Random) -> bytes:
    data = bytearray(raw)
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    if kind == "one 0xFF byte":
        data[rng.choice(high)] = 0xFF
    elif kind == "one byte dropped":
        del data[rng.choice(high)]
    else:
        for i in rng.sample(range(len(data)), len(data) // 20):
            data[i] = 0xFF
    return bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--against", default="main")
    args = parser.parse_args()
    decoders = {"this tree": decode, args.against: load_decoder(args.against)}
    print("pages read exactly as their encoding (charsets chosen)")
    for folder, codecs in CODECS.items():
        files = sorted((args.corpus / folder).glob("*")) if (args.corpus / folder).is_dir() else []
        if not files:
            continue
        cells = []
        for decoder in decoders.values():
            right, chosen = 0, Counter()
            for f in files:
                raw = f.read_bytes()
                out = decoder(SourceDoc(str(f), str(f), raw, "text/html"))
                chosen[out.charset if isinstance(out, DecodedDoc) else "refused"] += 1
                right += text_of(out) == reference(raw, codecs).lstrip("\ufeff")
            cells.append(f"{right:3}/{len(files)} {dict(chosen.most_common(3))}")
        print(f"  {folder:22} " + " | ".join(f"{name}: {cell}" for name, cell in zip(decoders, cells, strict=True)))

    print("damaged Chinese pages (3 trials a page)")
    rng = random.Random(7)
    for folder in ("GB2312", "Big5"):
        files = [f for f in sorted((args.corpus / folder).glob("*")) if sum(b >= 0x80 for b in f.read_bytes()) >= 50]
        for kind in ("one 0xFF byte", "one byte dropped", "5% bytes 0xFF"):
            trials = [(f.read_bytes(), damaged(f.read_bytes(), kind, rng)) for f in files for _ in range(3)]
            loaded = {name: 0 for name in decoders}
            family = {name: 0 for name in decoders}  # loaded with a charset of the page's family
            errors, kept = [], []
            for clean, bad in trials:
                for name, decoder in decoders.items():
                    out = decoder(SourceDoc("x", "x", bad, "text/html"))
                    if not isinstance(out, DecodedDoc):
                        continue
                    loaded[name] += 1
                    family[name] += out.charset.startswith(FAMILY[folder])
                    if decoder is decode:
                        errors.append(out.decode_errors)
                        ref = reference(clean, CODECS[folder])[:20_000]
                        matcher = difflib.SequenceMatcher(None, ref, out.text[:20_000], autojunk=False)
                        kept.append(sum(b.size for b in matcher.get_matching_blocks()) / max(len(ref), 1))
            summary = (
                f"replacement chars mean {sum(errors) / len(errors):.1f}, text kept mean {sum(kept) / len(kept):.4f}"
                f" min {min(kept):.4f}"
                if kept
                else "none loaded"
            )
            families = "/".join(FAMILY[folder])
            counts = ", ".join(f"{name} {n} ({family[name]} as {families}*)" for name, n in loaded.items())
            print(f"  {folder:7} {kind:17} {len(trials):3} pages loaded: {counts}; this tree: {summary}")


if __name__ == "__main__":
    main()
