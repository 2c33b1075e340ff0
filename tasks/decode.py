"""Bytes → text, per page: BOM, declared label (HTTP header, then <meta>), then detection.

Labels lie on Chinese sites (GB2312 labels on UTF-8 bytes, and the reverse), so a label is only
believed when the bytes decode under it without error; GB2312/GBK are read as GB18030, their superset.
"""

from __future__ import annotations

import codecs
import re

from tasks.records import DecodedDoc, Failure, SourceDoc

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])  # never in text; ESC (27) is ISO-2022
# Labels servers send by default (Apache's ISO-8859-1): on a Chinese page they are weaker than <meta> and GB18030.
_WEAK_LABELS = {"iso8859-1", "cp1252", "ascii"}
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "gb_2312-80"}


def normalise_label(label: str | None) -> str | None:
    """Map a declared charset to the codec we decode with (None when unknown)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(doc: SourceDoc) -> tuple[str | None, str | None]:
    """The label to try, and where it came from."""
    header = normalise_label(doc.declared_charset)
    if header and header not in _WEAK_LABELS:
        return header, "header"
    match = _META_CHARSET.search(doc.raw[:4096])
    if match:
        meta = normalise_label(match.group(1).decode("ascii", "ignore"))
        if meta:
            return meta, "meta"
    return (header, "header") if header else (None, None)


_NOT_TEXT_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20)])
_REPLACEMENT_UTF8 = "\ufffd".encode()


def _control_share(text: str) -> float:
    """Share of characters that never occur in real text (C0 controls but tab/newline/CR/FF, U+FFFD).

    Counted on the UTF-8 form, where each such character is its own byte (or, for U+FFFD, its own
    3-byte sequence, which no other character's encoding contains): faster than a regex over the text.
    """
    if not text:
        return 0.0
    data = text.encode("utf-8", "surrogatepass")
    controls = len(data) - len(data.translate(None, _NOT_TEXT_BYTES))
    return (controls + data.count(_REPLACEMENT_UTF8)) / len(text)


def decode(doc: SourceDoc) -> DecodedDoc | Failure:
    raw = doc.raw
    if not raw.strip():
        return Failure(doc.source_uri, "decode", "empty input", f"{len(raw)} bytes, no text")

    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(doc, raw.decode(codec), codec.replace("-sig", ""), "BOM")
            except UnicodeDecodeError:
                break

    head = raw[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > 0.02:
        return Failure(doc.source_uri, "decode", "binary content", f"{controls / len(head):.0%} control bytes")

    label, origin = _declared(doc)
    note = None
    # UTF-8 first whatever the label says: GBK bytes of Chinese text practically never form valid UTF-8.
    try:
        text = raw.decode("utf-8")
        if label and label not in ("utf-8", "ascii"):
            note = f"{origin} label {label} overridden: bytes are valid utf-8"
        return _checked(doc, text, "utf-8", note)
    except UnicodeDecodeError:
        pass
    if label and label != "utf-8" and label not in _WEAK_LABELS:
        try:
            return _checked(doc, raw.decode(label), label, None)
        except (UnicodeDecodeError, LookupError):
            note = f"{origin} label {label} did not decode"
    try:
        if label in _WEAK_LABELS:
            note = f"{origin} label {label} overridden: bytes are gb18030"
        return _checked(doc, raw.decode("gb18030"), "gb18030", note)
    except UnicodeDecodeError:
        pass
    if label in _WEAK_LABELS:
        return _checked(doc, raw.decode(label, errors="replace"), label, None)
    from charset_normalizer import from_bytes  # rarely needed, and ~25 ms to import: only here

    best = from_bytes(raw[:200_000]).best()
    if best is not None and best.encoding:
        codec = normalise_label(best.encoding) or best.encoding
        return _checked(doc, raw.decode(codec, errors="replace"), codec, f"detected {best.encoding}")
    return Failure(doc.source_uri, "decode", "undecodable bytes", "no charset decodes these bytes")


def _checked(doc: SourceDoc, text: str, charset: str, note: str | None) -> DecodedDoc | Failure:
    share = _control_share(text[:100_000])
    if share > 0.02:
        return Failure(
            doc.source_uri,
            "decode",
            "binary content",
            f"{share:.0%} control or replacement characters after decoding as {charset}",
        )
    if not text.strip():
        return Failure(doc.source_uri, "decode", "empty input", "only whitespace")
    return DecodedDoc(doc, text, charset, note)
