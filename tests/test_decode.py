"""Charsets as they come: UTF-8, BOM, GBK/GB2312 (read as GB18030), labels that lie, junk."""

from __future__ import annotations

import codecs
import re

import pytest

from tasks.decode import decode
from tasks.records import DecodedDoc, Failure, SourceDoc
from tests.pages import PARAGRAPHS, TITLE, TRADITIONAL, TRADITIONAL_TITLE, damaged_at, page

TEXT = "中共红塔区委组织部:社区党组织“双报到”,服务群众𠀀。"  # 𠀀 exists only in GB18030, not GBK


def doc(raw: bytes, media_type: str = "text/plain", declared: str | None = None) -> SourceDoc:
    return SourceDoc("x", "x", raw, media_type, declared)


@pytest.mark.parametrize(
    ("raw", "charset"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_plain_encodings(raw: bytes, charset: str) -> None:
    decoded = decode(doc(raw))
    assert isinstance(decoded, DecodedDoc)
    assert decoded.text.lstrip("\ufeff") == TEXT
    assert decoded.charset == charset


def test_gb2312_label_is_read_as_gb18030() -> None:
    html = f'<html><head><meta charset="gb2312"></head><body>{TEXT}</body></html>'.encode("gb18030")
    decoded = decode(doc(html, "text/html"))
    assert isinstance(decoded, DecodedDoc)
    assert TEXT in decoded.text and decoded.charset == "gb18030"


def test_gb2312_label_on_utf8_bytes_is_overridden_and_noted() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'
    html = f"<html><head>{meta}</head><body>{TEXT}</body></html>"
    decoded = decode(doc(html.encode("utf-8"), "text/html"))
    assert isinstance(decoded, DecodedDoc)
    assert TEXT in decoded.text and decoded.charset == "utf-8"
    assert decoded.charset_note and "overridden" in decoded.charset_note


def test_utf8_header_on_gbk_bytes_still_reads() -> None:
    decoded = decode(doc(TEXT.encode("gb18030"), "text/html", declared="utf-8"))
    assert isinstance(decoded, DecodedDoc) and decoded.text == TEXT


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty input"), (b"  \n\t\n", "empty input"), (bytes(range(256)) * 40, "binary content")],
)
def test_failures_have_reasons(raw: bytes, reason: str) -> None:
    failure = decode(doc(raw))
    assert isinstance(failure, Failure)
    assert failure.reason == reason and failure.stage == "decode"


# --- Damaged, mislabelled and Big5 pages (issue 9): authored text, encoded on the fly -------------------


def paragraphs_of(text: str) -> list[str]:
    return re.findall(r"<p>(.*?)</p>", text)


def decoded(raw: bytes, declared: str | None = None) -> DecodedDoc:
    outcome = decode(doc(raw, "text/html", declared))
    assert isinstance(outcome, DecodedDoc), outcome
    return outcome


def assert_all_but(text: str, damaged: int) -> list[str]:
    """Every paragraph but the `damaged` one reads exactly as written; return the paragraphs read."""
    read = paragraphs_of(text)
    assert len(read) == len(PARAGRAPHS)
    for i, (got, want) in enumerate(zip(read, PARAGRAPHS, strict=True)):
        if i != damaged:
            assert got == want, (i, got)
    return read


@pytest.mark.parametrize("offset", [0, 1, 14, 15])  # a lead or a trail byte, early or mid-paragraph
def test_one_corrupt_byte_in_a_gb2312_page_costs_one_character(offset: int) -> None:
    raw = damaged_at(page().encode("gb18030"), PARAGRAPHS[2], "gb18030", offset, b"\xff")
    out = decoded(raw)
    assert out.charset == "gb18030" and out.decode_errors == 1
    assert out.charset_note == "decoded as gb18030 with 1 replacement character"
    read = assert_all_but(out.text, damaged=2)
    # The damaged paragraph keeps its length and loses only the character the byte belonged to.
    lost = [i for i, (a, b) in enumerate(zip(read[2], PARAGRAPHS[2], strict=True)) if a != b]
    assert lost == [offset // 2] and read[2][offset // 2] == "\ufffd"


def test_a_truncated_character_before_a_tag_and_at_the_end_of_the_file() -> None:
    # A CMS cut a field at a byte limit, leaving half a character before `</p>`; the file itself was cut too.
    raw = page().encode("gb18030")
    cut = raw.index(PARAGRAPHS[1].encode("gb18030")) + len(PARAGRAPHS[1].encode("gb18030"))
    raw = raw[: cut - 1] + raw[cut:]  # the last character of paragraph 2 loses its trail byte
    raw += "党".encode("gb18030")[:1]  # the file ends mid-character
    out = decoded(raw)
    assert out.charset == "gb18030" and out.decode_errors == 2
    read = assert_all_but(out.text, damaged=1)
    assert read[1] == PARAGRAPHS[1][:-1] + "\ufffd" and out.text.endswith("\ufffd")


def test_a_truncated_character_at_the_end_of_a_utf8_file() -> None:
    out = decoded(page(charset="utf-8").encode("utf-8") + "党".encode()[:2])
    assert (out.charset, out.decode_errors) == ("utf-8", 1)
    assert_all_but(out.text, damaged=-1)


@pytest.mark.parametrize("tail", ["", "，"])  # an even and an odd number of bytes in the pasted run
def test_a_utf8_sentence_pasted_into_a_gbk_page_is_read_as_utf8(tail: str) -> None:
    """Read as GB18030 alone, the sentence is mojibake (and, as here, traditional-looking: quarantined)."""
    sentence = PARAGRAPHS[3] + tail
    raw = page().replace(PARAGRAPHS[3], "@@").encode("gb18030").replace(b"@@", sentence.encode("utf-8"))
    out = decoded(raw)
    assert out.charset == "gb18030" and out.decode_errors == 0
    assert out.charset_note == f"{len(sentence)} characters of pasted utf-8 decoded as utf-8"
    assert paragraphs_of(out.text) == [*PARAGRAPHS[:3], sentence, *PARAGRAPHS[4:]]


def test_utf8_shaped_bytes_that_are_not_chinese_in_utf8_stay_gb() -> None:
    """Only runs that read as common hanzi in UTF-8 (and not in GB18030) are switched: these are rare ones."""
    shaped = "鸀鸁鸂鸃".encode()  # valid UTF-8 with 0x80-0x83 bytes, but of characters nobody writes
    raw = page().encode("gb18030").replace(PARAGRAPHS[3].encode("gb18030"), PARAGRAPHS[3].encode("gb18030") + shaped)
    out = decoded(raw)
    assert out.charset == "gb18030" and "pasted utf-8" not in (out.charset_note or "")
    assert "鸀鸁鸂鸃" not in out.text and paragraphs_of(out.text)[4] == PARAGRAPHS[4]


def test_five_percent_damage_is_refused_with_the_share() -> None:
    raw = bytearray(page().encode("gb18030"))
    body = raw.index(b"<p>")
    for position in range(body + 3, len(raw) - 20, 40):  # about 5% of the characters
        raw[position] = 0xFF
    failure = decode(doc(bytes(raw), "text/html"))
    assert isinstance(failure, Failure) and failure.stage == "decode"
    match = re.fullmatch(r"undecodable bytes: (\d+\.\d)% of characters damaged as (\S+)", failure.reason)
    assert match and 3.0 <= float(match.group(1)) <= 8.0 and match.group(2) == "gb18030", failure.reason


def test_gbk_page_the_detector_reads_as_cyrillic_decodes_as_chinese() -> None:
    """A mostly-ASCII page with a short, damaged GBK text: charset_normalizer's best guess is Cyrillic."""
    from charset_normalizer import from_bytes

    text = "党委组织党员到社区报到，"
    html = (
        "<html><head><title>党委组织党员</title><style>body{margin:0 auto;width:960px;font-size:14px}"
        " .nav a{color:#333}</style></head><body><div class='nav'><a href='/'>Home</a> | "
        "<a href='/news/'>News</a></div>\n"
        f"<div class='content'><p>{text}</p></div><div class='footer'>Copyright 2008-2012 www.example.gov.cn "
        "All rights reserved.</div></body></html>"
    )
    raw = damaged_at(html.encode("gb18030"), text, "gb18030", 1, b"\xff")
    guess = from_bytes(raw).best()
    assert guess is not None and guess.encoding in {"iso8859_5", "cp1251", "koi8_r", "koi8_u", "cp866", "ptcp154"}
    out = decoded(raw)
    assert out.charset == "gb18030" and out.decode_errors == 1
    assert "<title>党委组织党员</title>" in out.text and "<p>\ufffd委组织党员到社区报到，</p>" in out.text


def test_a_single_byte_label_on_gbk_bytes_is_overridden() -> None:
    out = decoded(page(charset="windows-1251").encode("gb18030"))
    assert out.charset == "gb18030" and out.decode_errors == 0
    assert paragraphs_of(out.text) == list(PARAGRAPHS)
    assert out.charset_note == "meta label cp1251 overridden: bytes are gb18030"


@pytest.mark.parametrize("label", [None, "big5", "gb2312"])  # unlabelled, labelled, and labelled GB2312 wrongly
def test_big5_pages_decode(label: str | None) -> None:
    raw = page(TRADITIONAL, charset=label, title=TRADITIONAL_TITLE).encode("big5")
    raw.decode("gb18030")  # Big5 bytes are valid GBK too: only plausibility tells them apart
    out = decoded(raw)
    assert out.charset == "big5" and out.decode_errors == 0
    assert paragraphs_of(out.text) == list(TRADITIONAL)


def test_hkscs_characters_read_as_big5hkscs() -> None:
    text = TRADITIONAL[0] + "香港深水埗邨"  # 埗 and 邨 are Hong Kong characters outside plain Big5
    raw = page((text, *TRADITIONAL[1:]), charset=None, title=TRADITIONAL_TITLE).encode("big5hkscs")
    out = decoded(raw)
    assert out.charset == "big5hkscs" and out.decode_errors == 0 and text in out.text


def test_utf16_with_bom_and_an_odd_last_byte() -> None:
    out = decoded(page(charset=None).encode("utf-16") + b"\x00")
    assert out.charset == "utf-16" and out.decode_errors == 1
    assert paragraphs_of(out.text) == list(PARAGRAPHS)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16"])
def test_clean_pages_have_no_decode_errors(encoding: str) -> None:
    paragraphs, title = (TRADITIONAL, TRADITIONAL_TITLE) if encoding == "big5" else (PARAGRAPHS, TITLE)
    out = decoded(page(paragraphs, charset=None, title=title).encode(encoding))
    assert out.decode_errors == 0 and out.charset_note in (None, "BOM")
    assert paragraphs_of(out.text) == list(paragraphs)


def test_a_replacement_character_the_source_carries_is_not_a_decode_error() -> None:
    carried = (PARAGRAPHS[0].replace("社区", "社\ufffd"), *PARAGRAPHS[1:])
    out = decoded(page(carried, charset="utf-8").encode("utf-8"))
    assert out.decode_errors == 0 and paragraphs_of(out.text) == list(carried)


def test_mislabelled_and_damaged_pages_read_as_what_the_bytes_are() -> None:
    utf8 = damaged_at(page(charset="gb2312").encode("utf-8"), PARAGRAPHS[2], "utf-8", 4, b"\xff")
    out = decoded(utf8)
    # A lost continuation byte: the lead, the 0xFF and the orphan continuation are one replacement each (as browsers).
    assert (out.charset, out.decode_errors) == ("utf-8", 3)
    assert_all_but(out.text, damaged=2)
    gbk = damaged_at(page(charset="utf-8").encode("gb18030"), PARAGRAPHS[2], "gb18030", 4, b"\xff")
    out = decoded(gbk)
    assert (out.charset, out.decode_errors) == ("gb18030", 1)
    assert_all_but(out.text, damaged=2)
    big5 = page(TRADITIONAL, charset=None, title=TRADITIONAL_TITLE).encode("big5")
    out = decoded(damaged_at(big5, TRADITIONAL[2], "big5", 4, b"\xff"))
    assert (out.charset, out.decode_errors) == ("big5", 1)


RUSSIAN = (
    "<html><body><p>" + "Местное самоуправление развивается, жители участвуют в собраниях. " * 5 + "</p></body></html>"
)
KOREAN = "<html><body><p>" + "서울시는 주민자치회를 통해 지역 문제를 해결하고 있습니다. " * 5 + "</p></body></html>"
JAPANESE = "<html><body><p>" + "町内会は防災訓練を毎年実施しています。住民が参加しました。" * 5 + "</p></body></html>"


@pytest.mark.parametrize(
    ("raw", "charset"),
    [
        (RUSSIAN.encode("cp1251"), "cp1251"),  # no label: the detector, since no Chinese reading is plausible
        (RUSSIAN.replace("<body>", '<meta charset="windows-1251"><body>').encode("cp1251"), "cp1251"),
        (KOREAN.replace("<body>", '<meta charset="euc-kr"><body>').encode("euc-kr"), "euc_kr"),
        (KOREAN.encode("euc-kr"), "cp949"),  # valid GBK bytes, but rare hanzi: not read as Chinese
        (JAPANESE.encode("euc-jp"), "euc_jis_2004"),  # valid GB2312 bytes whose kana read as kana: Japanese
        (JAPANESE.encode("shift_jis"), "cp932"),
    ],
)
def test_pages_in_other_scripts_keep_their_encoding(raw: bytes, charset: str) -> None:
    out = decoded(raw)
    assert out.charset == charset and out.decode_errors == 0
    if charset != "cp1251":
        raw.decode("gb18030")  # strict GB18030 reads these bytes too: only plausibility tells them apart
    assert any(word in out.text for word in ("Местное", "서울시는", "町内会は"))
