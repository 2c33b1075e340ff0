"""The whole per-page chain, and its batch form that one Prefect task runs.

read → decode → markup lines → clean → script → parse → sections → Article. Every page ends as an
Article or a Failure with a reason; an unexpected exception in one page becomes a Failure too, so a
bad page never takes its batch down.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field

from tasks.clean import clean_lines
from tasks.decode import decode
from tasks.inputs import article_id_for, read_source
from tasks.markup import is_html, markup_problem, read_parts
from tasks.parse import parse_lines
from tasks.records import INTERNAL_ERROR, Article, Failure, SourceDoc
from tasks.script import detect_script, to_simplified
from tasks.sections import split_sections


def process_document(doc: SourceDoc) -> Article | Failure:
    decoded = decode(doc)
    if isinstance(decoded, Failure):
        return decoded
    if is_html(decoded) and (problem := markup_problem(decoded.text)):
        return Failure(doc.source_uri, "parse", "over the parse budget", problem)
    parts = read_parts(decoded)
    original = clean_lines(parts.lines)
    if not original:
        return Failure(doc.source_uri, "parse", "no text", f"{parts.reader} reader found no text lines")
    script = detect_script("".join(original[:400]))
    simplified = to_simplified(original) if script == "traditional" else original
    hints = [
        to_simplified([h])[0] if (h and script == "traditional") else h
        for h in (parts.title_hint, parts.source_hint, parts.channel_hint, parts.byline_hint)
    ]
    captions = None
    if parts.captions is not None:
        caption_lines = clean_lines(parts.captions)
        simplified_captions = to_simplified(caption_lines) if script == "traditional" else caption_lines
        captions = list(zip(simplified_captions, caption_lines, strict=True))
    parsed = parse_lines(
        list(zip(simplified, original, strict=True)),
        title_hint=hints[0],
        published_hint=parts.published_hint,
        source_hint=hints[1],
        channel_hint=hints[2],
        editors_hint=parts.editors_hint,
        byline_hint=hints[3],
        captions=captions,
    )
    paragraphs = tuple(s for s, _ in parsed.body)
    content_sha256 = hashlib.sha256("\n".join(original).encode("utf-8")).hexdigest()
    return Article(
        article_id=article_id_for(doc.canonical_uri),
        source_uri=doc.source_uri,
        title=parsed.title,
        published_at=parsed.published_at,
        source_outlet=parsed.source_outlet,
        author_org=parsed.author_org,
        byline=parsed.byline,
        subtitle=parsed.subtitle,
        editors=tuple(parsed.editors),
        collection=parsed.collection,
        channel=parsed.channel,
        script_original=script,
        paragraphs=paragraphs,
        paragraphs_original=tuple(o for _, o in parsed.body),
        captions=tuple(s for s, _ in parsed.captions),
        is_truncated=parsed.is_truncated,
        content_sha256=content_sha256,
        charset=decoded.charset,
        reader=parts.reader,
        sections=tuple(split_sections(list(paragraphs))),
        notes=tuple(parsed.notes + ([decoded.charset_note] if decoded.charset_note else [])),
        decode_errors=decoded.decode_errors,
    )


def process_source(item: str | SourceDoc | Failure) -> Article | Failure:
    """One input (a path, fetched bytes, or a failure from listing) → Article or Failure."""
    if isinstance(item, Failure):
        return item
    uri = item if isinstance(item, str) else item.source_uri
    try:
        doc = read_source(item) if isinstance(item, str) else item
        if isinstance(doc, Failure):
            return doc
        return process_document(doc)
    except Exception as exc:  # a parser bug must not end the run: record it with its traceback tail
        tail = "".join(traceback.format_exception(exc)[-3:])
        return Failure(uri, "parse", f"{INTERNAL_ERROR}: {type(exc).__name__}", tail[-2000:])


@dataclass
class BatchResult:
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    n_inputs: int = 0


def process_batch(items: Iterable[str | SourceDoc | Failure]) -> BatchResult:
    result = BatchResult()
    for item in items:
        result.n_inputs += 1
        outcome = process_source(item)
        if isinstance(outcome, Failure):
            result.failures.append(outcome)
        else:
            result.articles.append(outcome)
    return result
