"""Charsets as they come: UTF-8, BOM, GBK/GB2312 (read as GB18030), labels that lie, junk."""

from __future__ import annotations

import codecs

import pytest

from tasks.decode import decode
from tasks.records import DecodedDoc, Failure, SourceDoc

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
