"""The lines of a plain-text input as a reader sees them: the markup a dump carries taken off its text.

Text inputs are rarely typed: they are saved by scrapers and archivers, so they carry what the tool that saved them
wrote around the text. Stray HTML tags (`<br/>`, `<code id=…></code>`) and character references
(`&ldquo;红管家&rdquo;`, `&nbsp;`) come from scrapers; Markdown from WeChat and blog archivers (`# 标题`,
`> 2023年8月22日`, `**一是建强组织。**`, `[原文链接](https://…)`, `![](https://…/640.jpg)`). Each is taken off by
its shape; a text without them is untouched (substring searches first). A hard-wrapped dump is rejoined after
(tasks/unwrap.py).
"""

from __future__ import annotations

import html
import re

from tasks.unwrap import unwrap_lines

# A stray tag in a text dump: `<code id="g60kg"></code>`, `<br/>`, `</p>`. Bounded, so that a lone
# "<" in prose ("<5%") is left alone.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
# A character reference (`&ldquo;`, `&#8220;`, `&#x201c;`); a bare `&` in prose (`A&B`) is none
_CHAR_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")

# Markdown, read only in a text that has a Markdown heading, emphasis pair, link or image (a hashtag `#话题#` has no
# space after the mark; a `> ` line alone may be an e-mail's quote)
_MD_SIGNS = re.compile(r"^#{1,6} |\*\*[^*\n]+\*\*|__[^_\n]+__|\]\(https?://", re.M)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\n]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


def _markdown_off(line: str) -> str:
    if _MD_RULE.match(line) or _MD_FENCE.match(line):
        return ""
    if heading := _MD_HEADING.match(line):
        line = heading.group(1)
    line = _MD_QUOTE.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    return _MD_EMPHASIS.sub(r"\1", line)


def dump_lines(text: str) -> tuple[str, ...]:
    """The text's lines with tags, character references and (in a Markdown text) Markdown taken off, rejoined where
    the dump was hard-wrapped."""
    lines = text.splitlines()
    if "<" in text:
        lines = [_TAG.sub("", line) for line in lines]
    if "&" in text:
        lines = [html.unescape(line) if _CHAR_REFERENCE.search(line) else line for line in lines]
    if _MD_SIGNS.search(text):
        lines = [_markdown_off(line) for line in lines]
    return unwrap_lines(tuple(lines))
