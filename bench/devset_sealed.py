"""The development set's truth in a form that can be committed: no page text, only keyed hashes.

The hand annotations (bench/devset/ANNOTATION.md) quote the page: the headline, the byline, the
breadcrumb, furniture strings to drop. The pages were fetched under terms that keep fetched material
out of commits, so annotations in plain text can only live in the cache directory, and a lost cache
loses the truth with it (it did once). This module turns an annotation into what scoring needs and no
more, so that bench/devset/annotations.jsonl can be committed and the truth rebuilt on any machine
that has the pages back (python -m bench.devset_pages):

- plain, because they are not page text: `id`, `family`, `blocks` (block numbers of
  `bench.devset_blocks`), `published_at` (a date). The annotator's `note` is dropped (it quotes the
  page);
- `title`, `author_org`: the keyed hash of the whitespace-normalised string (scoring compares them
  exactly); `channel`: the keyed hash of its last breadcrumb item (all that scoring compares);
- `byline`: `{"len", "hmac"}` of its last name token (scoring checks that the token occurs in the
  record's byline fields: every substring of that length is hashed and compared);
- `drop_text`: `[{"len", "hmac"}, ...]`, found again in the chosen blocks by a sliding window;
- `null` where the normalised string is empty (scoring treats both alike).

The body is not stored at all: it is the chosen blocks of the page, joined as bench.devset_truth does.

The hash is HMAC-SHA1 keyed with the SHA-256 of the page's raw bytes. A plain SHA-1 of a two-character
surname or a one-word crumb can be reversed by trying every string of that length, so the committed
file would carry the text after all; keyed with a digest of the page (never committed; the manifest
has only its SHA-1), a hash can be checked only by whoever holds the page, and a page whose bytes
differ from the annotated one cannot silently score against it (bench.devset checks the manifest's
SHA-1 first).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Any

from bench.devset_blocks import decode_plain, parse_blocks, text_blocks

CRUMB_SEPARATORS = re.compile(r"\s*(?:>|＞|»|→|/|-|>>)\s*")
CRUMB_TAIL = {"正文", "文章详情", "详情", "内容", "阅读"}
# Keys of a committed annotation, in the order they are written.
SEALED_KEYS = ("id", "family", "blocks", "published_at", "title", "byline", "author_org", "channel", "drop_text")


# ------------------------------------------------------------------------------------------ what scoring compares


def norm_ws(s: str | None) -> str:
    """Runs of whitespace → one space, stripped: the form titles and organisations are compared in."""
    return " ".join((s or "").split())


def last_crumb(channel: str | None) -> str:
    """The breadcrumb's last item, `正文`-like tails dropped: what channel scoring compares."""
    crumbs = [c for c in CRUMB_SEPARATORS.split(norm_ws(channel)) if c]
    while crumbs and crumbs[-1] in CRUMB_TAIL:
        crumbs.pop()
    return crumbs[-1] if crumbs else ""


def byline_core(byline: str) -> str:
    """The byline's last name token (`作者：何苗 张梦洁` → `张梦洁`): what byline scoring looks for."""
    return re.split(r"[：:/\s]", byline.strip())[-1]


# ------------------------------------------------------------------------------------------ keyed hashes


def page_key(raw: bytes) -> bytes:
    """The key every hash of a page's truth is made with: the SHA-256 of the page's raw bytes."""
    return hashlib.sha256(raw).digest()


def keyed_hash(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha1).hexdigest()


@dataclass(frozen=True)
class Sealed:
    """A truth string known only by its keyed hash (and, for substring search, its length)."""

    key: bytes
    digest: str
    length: int | None = None

    def equals(self, text: str) -> bool:
        if self.length is not None and len(text) != self.length:
            return False
        return hmac.compare_digest(keyed_hash(self.key, text), self.digest)

    def first_in(self, text: str) -> str | None:
        """The leftmost substring of `text` that is the sealed string, or None (a sliding window)."""
        if self.length is None:
            raise ValueError("a sealed string without its length cannot be searched for")
        if self.length == 0:
            return ""
        for start in range(len(text) - self.length + 1):
            window = text[start : start + self.length]
            if hmac.compare_digest(keyed_hash(self.key, window), self.digest):
                return window
        return None

    def occurs_in(self, text: str) -> bool:
        return self.first_in(text) is not None


def matches(found: str, truth: str | Sealed) -> bool:
    """`found` (already normalised) against a plain normalised truth or a sealed one."""
    return truth.equals(found) if isinstance(truth, Sealed) else found == truth


# ------------------------------------------------------------------------------------------ sealing and opening


def seal_annotation(ann: dict[str, Any], raw: bytes) -> dict[str, Any]:
    """The committed form of one hand annotation of the page `raw`: no string of the page in it."""
    key = page_key(raw)

    def exact(text: str) -> str | None:
        return keyed_hash(key, text) if text else None

    def searchable(text: str) -> dict[str, Any]:
        return {"len": len(text), "hmac": keyed_hash(key, text)}

    byline = ann.get("byline")
    sealed = {
        "id": ann["id"],
        "family": ann["family"],
        "blocks": ann["blocks"],
        "published_at": ann["published_at"],
        "title": exact(norm_ws(ann.get("title"))),
        # `not byline` scores None (nothing to check); a byline without a last token scores False.
        "byline": searchable(byline_core(byline)) if byline else None,
        "author_org": exact(norm_ws(ann.get("author_org"))),
        "channel": exact(last_crumb(ann.get("channel"))),
        "drop_text": [searchable(t) for t in ann.get("drop_text") or ()],
    }
    return {k: sealed[k] for k in SEALED_KEYS}


def chosen_blocks(raw: bytes, spec: str, pid: str) -> str:
    """The hand-chosen blocks of the page, one per line, as bench.devset_truth joins them."""
    lines = text_blocks(decode_plain(raw))
    chosen = parse_blocks(spec)
    if chosen and chosen[-1] >= len(lines):
        raise SystemExit(f"{pid}: block {chosen[-1]} beyond the page's {len(lines)} blocks")
    return "\n".join(lines[i] for i in chosen)


def open_annotation(sealed: dict[str, Any], raw: bytes) -> dict[str, Any]:
    """A truth record for bench.devset from a committed annotation and its page.

    Same keys as a plain truth record; the text fields are `Sealed` (or "" where the truth is empty,
    None for no byline), `body` is rebuilt from the page, and drop_text is removed from it exactly as
    bench.devset_truth.drop_texts does (every occurrence, one furniture string after another).
    """
    key = page_key(raw)
    pid = sealed["id"]
    body = chosen_blocks(raw, sealed["blocks"], pid)
    for i, drop in enumerate(sealed.get("drop_text") or ()):
        text = Sealed(key, drop["hmac"], drop["len"]).first_in(body)
        if text is None:
            raise SystemExit(f"{pid}: drop_text {i} (sealed, {drop['len']} characters) not found in the chosen blocks")
        body = body.replace(text, "")

    def exact(digest: str | None) -> Sealed | str:
        return Sealed(key, digest) if digest else ""

    byline = sealed.get("byline")
    return {
        "id": pid,
        "family": sealed["family"],
        "title": exact(sealed.get("title")),
        "published_at": sealed["published_at"],
        "byline": Sealed(key, byline["hmac"], byline["len"]) if byline else None,
        "author_org": exact(sealed.get("author_org")),
        "channel": exact(sealed.get("channel")),
        "body": body,
        "blocks": sealed["blocks"],
    }
