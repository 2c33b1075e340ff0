"""Bytes → text, per page, losing nothing a browser would show.

Order: BOM; then the clean path, which costs one strict decode: valid UTF-8 (whatever the label says:
GBK bytes of Chinese text practically never form valid UTF-8), else the declared label (HTTP header,
then <meta>; GB2312/GBK read as GB18030, their superset), else GB18030. A strict non-UTF-8 reading
is still checked for being plausible Chinese (share of common hanzi), because Big5 bytes are valid
GBK too, and so are EUC-KR's.

Only pages that fail that (damaged bytes, labels that lie, Big5, other scripts) pay for candidate
scoring: each of label, UTF-8, GB18030, Big5-HKSCS and cp950 (the lenient Big5 forms) is decoded with
replacement characters, counted, and scored by how many common hanzi it yields minus its damage. A
single-byte code page (a label, or charset_normalizer's guess: cp1251, koi8-r, latin-1 …) is used
only when no Chinese reading is plausible. Damage of at most 1% of characters is kept, counted in
`decode_errors` and noted; more is refused with the share in the reason.

`decode_errors` counts replacement characters the decoding introduced, one per invalid byte
sequence (what browsers show); a U+FFFD the source itself encodes (a page damaged before it was
published) is text, not a decoding error, and is not counted.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

import numpy as np

from tasks.hanzi_common import COMMON_HANZI
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
# Codecs (as codecs.lookup names them) where one character may take several bytes; any other is single-byte.
_MULTIBYTE = {
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    "utf-7",
    "gb18030",
    "gbk",
    "gb2312",
    "hz",
    "big5",
    "big5hkscs",
    "cp950",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "cp932",
    "euc_kr",
    "cp949",
    "johab",
    "iso2022_jp",
    "iso2022_kr",
}
_BIG5_LENIENT = ("big5hkscs", "cp950")  # supersets of Big5 (Hong Kong and Microsoft extensions)

MAX_DAMAGE = 0.01  # replacement characters per character above which a page is refused
PLAUSIBLE_CHINESE = 0.6  # common hanzi among hanzi: Chinese text ≥ 0.9, mojibake ≤ 0.3 (bench.decode --shares)
MIN_HANZI = 8  # fewer hanzi than this is no evidence either way (8 mojibake hanzi pass by chance ~3%)
DAMAGE_WEIGHT = 4  # one replacement character outweighs this many common hanzi when readings are compared
_FEW_REPLACEMENTS = 3  # a plausible reading with at most this many stops the search for a better one
_SAMPLE = 6_000  # characters scored for plausibility on the clean path: thousands of hanzi in a real page

# Per code point: 0 other, 1 a hanzi, 2 a common hanzi (the mojibake test of a reading), 3 kana (EUC-JP
# bytes are valid GB2312 and its kana rows read as kana there: Japanese, not Chinese).
_HANZI, _COMMON, _KANA = 1, 2, 3
_CLASS_OF = np.zeros(0x110000, dtype=np.uint8)
for _first, _last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F)):
    _CLASS_OF[_first : _last + 1] = _HANZI
_CLASS_OF[[ord(ch) for ch in COMMON_HANZI]] = _COMMON
_CLASS_OF[0x3041:0x30FB] = _KANA  # hiragana and katakana letters (not the ー・ marks Chinese text uses too)
_NOT_TEXT_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20)])
_REPLACEMENT = "\ufffd"

_counter = threading.local()
_SELF_SYNCHRONISING = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_RESYNC_WINDOW = 24  # bytes read ahead to choose where decoding resumes after a damaged sequence


class TooDamaged(Exception):
    """A reading needs more replacements than a page may have: stop decoding it (it cannot be kept)."""


def _count() -> None:
    _counter.n += 1
    if _counter.n > _counter.limit:
        raise TooDamaged


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: what errors="replace" does, counting each replacement (per thread)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _count()
    return _REPLACEMENT, exc.end


def _count_replace_resync(exc: UnicodeError) -> tuple[str, int]:
    """As `_count_and_replace`, for double-byte codecs: resume where the following bytes read as Chinese.

    A corrupt lead byte leaves its trail byte behind, and GBK/Big5 then pair every later byte with
    the wrong neighbour up to the next ASCII byte: a whole paragraph of mojibake for one bad byte
    (browsers show that). Resuming one byte later realigns; the choice is made by reading a few
    bytes ahead both ways and keeping the reading with more common hanzi and fewer replacements.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _count()
    raw, end = exc.object, exc.end
    if end >= len(raw) or raw[end] < 0x80:
        return _REPLACEMENT, end
    best, best_score = end, None
    for resume in (end, end + 1):
        window = codecs.getincrementaldecoder(exc.encoding)("replace").decode(raw[resume : resume + _RESYNC_WINDOW])
        common = hanzi_counts(window)[1]
        score = common - 2 * window.count(_REPLACEMENT)
        if best_score is None or score > best_score:
            best, best_score = resume, score
    return _REPLACEMENT, best


codecs.register_error("cases-count-replace", _count_and_replace)
codecs.register_error("cases-count-replace-resync", _count_replace_resync)


def decode_counting(raw: bytes, codec: str, limit: float = float("inf")) -> tuple[str, int]:
    """Decode with replacement characters; return the text and how many the decoding introduced.

    Raises TooDamaged as soon as more than `limit` are needed, so a hopeless reading costs little.
    """
    _counter.n, _counter.limit = 0, limit
    resync = codecs.lookup(codec).name not in _SELF_SYNCHRONISING
    handler = "cases-count-replace-resync" if resync else "cases-count-replace"
    text = raw.decode(codec, errors=handler)
    return text, _counter.n


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


def script_counts(text: str) -> tuple[int, int, int]:
    """(hanzi, common hanzi, kana) in `text`: how much of it reads as everyday Chinese.

    One table look-up per code point in numpy: a regex scan costs about 10x more, and this runs
    on every GB18030 page.
    """
    classes = _CLASS_OF.take(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4"))
    kana = int(np.count_nonzero(classes == _KANA))
    return int(np.count_nonzero(classes)) - kana, int(np.count_nonzero(classes == _COMMON)), kana


def hanzi_counts(text: str) -> tuple[int, int]:
    """(hanzi, common hanzi) in `text`."""
    hanzi, common, _ = script_counts(text)
    return hanzi, common


def reads_as_chinese(hanzi: int, common: int, kana: int, least: int = MIN_HANZI) -> bool | None:
    """Mostly common hanzi and little kana: True; mostly rare hanzi or much kana: False; None below
    `least` hanzi and kana (no evidence either way)."""
    if hanzi < least:
        return None if kana < least else False
    return common >= PLAUSIBLE_CHINESE * hanzi and 4 * kana < hanzi


def _judged(text: str) -> bool | None:
    """`reads_as_chinese` on the middle of a page; on the whole page when the middle has too few hanzi."""
    verdict = reads_as_chinese(*script_counts(_sample(text)))
    if verdict is None and len(text) > _SAMPLE:
        verdict = reads_as_chinese(*script_counts(text))
    return verdict


def _sample(text: str) -> str:
    """The middle of a page, where its text is: past the head and scripts, before the footer."""
    middle = len(text) // 2
    return text[max(middle - _SAMPLE // 2, 0) : middle + _SAMPLE // 2]


@dataclass(frozen=True, slots=True)
class Reading:
    """One candidate decoding of a page, with what it costs (damage) and how Chinese it reads."""

    codec: str
    text: str
    damaged: int  # replacement characters introduced
    hanzi: int
    common: int
    kana: int = 0

    @classmethod
    def of(cls, raw: bytes, codec: str, limit: float = float("inf")) -> Reading | None:
        """The reading of `raw` as `codec` (None for an unknown codec).

        Past `limit` replacements the page is refused whatever this reading says, so the rest is read
        the way browsers do (no realigning, in C, and U+FFFD the source carries counted as damage).
        """
        try:
            text, damaged = decode_counting(raw, codec, limit)
        except LookupError:
            return None
        except TooDamaged:
            text = raw.decode(codec, errors="replace")
            damaged = text.count(_REPLACEMENT)
        return cls(codec, text, damaged, *script_counts(text))

    @property
    def damage_share(self) -> float:
        return self.damaged / max(len(self.text), 1)

    @property
    def plausible_chinese(self) -> bool:
        return bool(reads_as_chinese(self.hanzi, self.common, self.kana))

    @property
    def decoded_more_than_damaged(self) -> bool:
        """More non-ASCII characters read than replaced: a damaged page in this encoding, not another one."""
        non_ascii = len(self.text) - len(self.text.encode("ascii", "ignore"))
        return non_ascii - self.text.count(_REPLACEMENT) > self.damaged

    @property
    def score(self) -> int:
        return self.common - DAMAGE_WEIGHT * self.damaged


def decode(doc: SourceDoc) -> DecodedDoc | Failure:
    raw = doc.raw
    if not raw.strip():
        return Failure(doc.source_uri, "decode", "empty input", f"{len(raw)} bytes, no text")

    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text, damaged = decode_counting(raw, codec)
            if damaged <= MAX_DAMAGE * max(len(text), 1):
                return _checked(doc, text, codec.replace("-sig", ""), "BOM", damaged)
            break  # a BOM on bytes that are not that encoding: decide from the bytes

    head = raw[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > 0.02:
        return Failure(doc.source_uri, "decode", "binary content", f"{controls / len(head):.0%} control bytes")

    label, origin = _declared(doc)
    clean = _clean_reading(doc, label, origin)
    if clean is not None:
        return clean
    return _best_reading(doc, label, origin)


def _clean_reading(doc: SourceDoc, label: str | None, origin: str | None) -> DecodedDoc | Failure | None:
    """One strict decode for the pages that need no more: None when the page needs candidate scoring."""
    raw = doc.raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        lied = label not in (None, "utf-8", "ascii")
        return _checked(doc, text, "utf-8", _overridden(origin, label, "valid utf-8") if lied else None)
    if label in _MULTIBYTE and label not in ("utf-8", "gb18030"):
        try:
            text = raw.decode(label)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            return None if _judged(text) is False else _checked(doc, text, label, None)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    verdict = _judged(text)
    if verdict is False:
        return None  # Big5, EUC-KR, EUC-JP … are valid GBK too: let the candidates compete
    if verdict is None and label is not None and label not in _MULTIBYTE and label not in _WEAK_LABELS:
        return None  # too little to overrule a single-byte label
    lied = label not in (None, "gb18030")  # e.g. a single-byte label (cp1251 …) on a Chinese page
    return _gb18030(doc, text, 0, _overridden(origin, label, "gb18030") if lied else None)


# A run of at least 4 UTF-8 encoded hanzi or CJK punctuation: text pasted from a UTF-8 source into a GB page.
_UTF8_RUN = re.compile(
    rb"(?:[\xe4-\xe9][\x80-\xbf]{2}|\xef[\xbc\xbd][\x80-\xbf]|\xe3\x80[\x80-\xbf]|\xe2\x80[\x80-\xbf]){4,}"
)
_C1_BYTES = bytes(range(0x80, 0xA1))  # never in GB2312 text; every few bytes of UTF-8 hanzi
# The same, loosely: a pattern that starts with a byte class lets the regex engine skip ahead fast (~6x the
# exact pattern), so the exact one only runs inside what this finds.
_UTF8_SHAPED = re.compile(rb"[\xe2-\xef][\x80-\xbf]{2}(?:[\xe2-\xef][\x80-\xbf]{2}){3,}")


def _with_utf8_runs(raw: bytes, codec: str) -> tuple[str, int, int] | None:
    """Decode a GB page whose UTF-8 pasted sentences read as Chinese in UTF-8 and as mojibake in GB.

    Returns (text, replacements, characters recovered from UTF-8 runs), or None when there are none.
    Only runs where UTF-8 gives plausible Chinese and GB18030 does not are switched, so GB text
    whose bytes happen to look like UTF-8 stays as it is.
    """
    if codec != "gb18030" or len(raw) == len(raw.translate(None, _C1_BYTES)) or not _has_utf8_run(raw):
        return None
    runs = []
    for rough in _UTF8_SHAPED.finditer(raw):
        for match in _UTF8_RUN.finditer(raw, rough.start(), rough.end()):
            as_utf8 = match.group().decode("utf-8")
            as_gb = match.group().decode("gb18030", "replace")
            utf8_verdict = reads_as_chinese(*script_counts(as_utf8), least=2)
            if utf8_verdict and not reads_as_chinese(*script_counts(as_gb), least=2):
                runs.append(match.span())
    if not runs:
        return None
    parts, damaged, recovered, position = [], 0, 0, 0
    for start, end in runs:
        text, errors = decode_counting(raw[position:start], codec)
        parts += [text, raw[start:end].decode("utf-8")]
        damaged += errors
        recovered += len(parts[-1])
        position = end
    text, errors = decode_counting(raw[position:], codec)
    parts.append(text)
    return "".join(parts), damaged + errors, recovered


def _has_utf8_run(raw: bytes) -> bool:
    """Whether four 3-byte UTF-8 shapes follow each other somewhere, one with a 0x80-0xA0 byte.

    Vectorised, because it runs on every GB page that has bytes 0x80-0xA0 at all (any GBK page with
    traditional or rare characters): a regex scan costs about 10 ns a byte, this about 1.
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    if len(data) < 12:
        return False
    lead = (data >= 0xE2) & (data <= 0xEF)
    cont = (data >= 0x80) & (data <= 0xBF)
    c1 = data <= 0xA0  # with `cont`: 0x80-0xA0
    shape = lead[:-2] & cont[1:-1] & cont[2:]
    run = shape[:-9] & shape[3:-6] & shape[6:-3] & shape[9:]
    if not run.any():
        return False
    with_c1 = shape & ((c1[1:-1] & cont[1:-1]) | (c1[2:] & cont[2:]))
    return bool((run & (with_c1[:-9] | with_c1[3:-6] | with_c1[6:-3] | with_c1[9:])).any())


def _gb18030(doc: SourceDoc, text: str, damaged: int, why: str | None) -> DecodedDoc | Failure:
    """Keep a GB18030 reading, first reading any UTF-8 sentences pasted into it as UTF-8."""
    recovered = None
    mixed = _with_utf8_runs(doc.raw, "gb18030")
    if mixed is not None:
        text, damaged, count = mixed
        recovered = f"{count} characters of pasted utf-8 decoded as utf-8"
    reading = Reading("gb18030", text, damaged, 0, 0)
    note = "; ".join(n for n in (why, recovered, _damage_note(reading)) if n) or None
    return _checked(doc, text, "gb18030", note, damaged)


def _overridden(origin: str | None, label: str | None, reading: str) -> str:
    return f"{origin} label {label} overridden: bytes are {reading}"


def _best_reading(doc: SourceDoc, label: str | None, origin: str | None) -> DecodedDoc | Failure:
    """Score the candidate readings of a damaged, mislabelled or non-GB page and keep the best."""
    raw = doc.raw
    limit = MAX_DAMAGE * len(raw)  # characters ≤ bytes: a reading past this many is refused anyway
    readings: list[Reading] = []
    chinese: list[Reading] = []
    candidates = (label if label in _MULTIBYTE else None, "utf-8", "gb18030", *_BIG5_LENIENT)
    for codec in dict.fromkeys(c for c in candidates if c):
        if any(r.damaged <= _FEW_REPLACEMENTS for r in chinese):
            break  # a Chinese reading with next to no damage: the remaining candidates cannot win
        reading = Reading.of(raw, codec, limit)
        if reading is not None:
            readings.append(reading)
            if reading.plausible_chinese:
                chinese.append(reading)
    if chinese:
        best = max(chinese, key=lambda r: r.score)
        if best.codec in _BIG5_LENIENT:
            best = _strict_big5_name(raw, best)
        why = _overridden(origin, label, best.codec) if label not in (None, best.codec) else None
    else:
        best, why = _non_chinese_reading(raw, label, origin, readings)
    note = "; ".join(n for n in (why, _damage_note(best)) if n) or None
    if best.damage_share > MAX_DAMAGE:
        return Failure(
            doc.source_uri,
            "decode",
            f"undecodable bytes: {best.damage_share:.1%} of characters damaged as {best.codec}",
            f"{best.damaged} replacement characters in {len(best.text)} characters" + (f"; {note}" if note else ""),
        )
    if best.codec == "gb18030":
        return _gb18030(doc, best.text, best.damaged, why)
    return _checked(doc, best.text, best.codec, note, best.damaged)


def _strict_big5_name(raw: bytes, reading: Reading) -> Reading:
    """Name a lenient Big5 reading `big5` when plain Big5 reads the bytes the same (damage included)."""
    plain = Reading.of(raw, "big5", reading.damaged)
    return plain if plain is not None and plain.text == reading.text else reading


def _non_chinese_reading(
    raw: bytes, label: str | None, origin: str | None, readings: list[Reading]
) -> tuple[Reading, str | None]:
    """No Chinese reading is plausible: a candidate with no hanzi to judge and little damage (an English
    page), else a label that decodes (not a GB one), else the detector's guess, else the least damaged."""
    unjudged = [
        r
        for r in readings
        if r.hanzi < MIN_HANZI and r.kana < MIN_HANZI and r.damage_share <= MAX_DAMAGE and r.decoded_more_than_damaged
    ]
    if unjudged:
        return min(unjudged, key=lambda r: r.damaged), None
    if label and label not in _WEAK_LABELS and label not in ("utf-8", "gb18030"):  # GB labels lie most
        declared = next((r for r in readings if r.codec == label), None) or Reading.of(raw, label)
        if declared is not None and declared.damage_share <= MAX_DAMAGE:
            return declared, None
    from charset_normalizer import from_bytes  # rarely needed, and ~25 ms to import: only here

    best = from_bytes(raw[:200_000]).best()
    if best is not None and best.encoding:
        guessed = Reading.of(raw, normalise_label(best.encoding) or best.encoding)
        if guessed is not None:
            return guessed, f"detected {best.encoding}"
    return min(readings, key=lambda r: r.damage_share), None


def _damage_note(reading: Reading) -> str | None:
    if not reading.damaged:
        return None
    plural = "s" if reading.damaged != 1 else ""
    return f"decoded as {reading.codec} with {reading.damaged} replacement character{plural}"


def _control_share(text: str) -> float:
    """Share of characters that never occur in real text (C0 controls but tab/newline/CR/FF).

    Counted on the UTF-8 form, where each such character is its own byte: faster than a regex.
    """
    if not text:
        return 0.0
    data = text.encode("utf-8", "surrogatepass")
    return (len(data) - len(data.translate(None, _NOT_TEXT_BYTES))) / len(text)


def _checked(doc: SourceDoc, text: str, charset: str, note: str | None, damaged: int = 0) -> DecodedDoc | Failure:
    """Refuse text that is not text: control characters, or U+FFFD the source itself carries, over 2%."""
    carried = text.count(_REPLACEMENT) - damaged
    share = _control_share(text[:100_000]) + carried / len(text) if text else 0.0
    if share > 0.02:
        return Failure(
            doc.source_uri,
            "decode",
            "binary content",
            f"{share:.0%} control or replacement characters after decoding as {charset}",
        )
    if not text.strip():
        return Failure(doc.source_uri, "decode", "empty input", "only whitespace")
    return DecodedDoc(doc, text, charset, note, damaged)
