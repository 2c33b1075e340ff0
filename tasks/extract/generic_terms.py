"""Widespread terms of the genre: names many places use, so no case can claim them as its own brand.

The list is data (tasks/extract/data/generic_terms.csv: term, kind, places, evidence). A term is in it
only when case reports from several unrelated localities use it (`敲门行动`, `时间银行`, `长者食堂`) or
when it names an official nationwide or province-wide programme (`双报到`, `五社联动`, `双联户`); the
evidence column keeps one source per term so a reviewer can check why it is there. It is the one list of
such names: brands.toml `not_brands` keeps only what is no name at all (metaphors, slogans, problems).
The brand extractor treats these terms like its stop list: the bare term, and the term with only a place
name in front of it (`衡阳市敲门行动`, `XX社区时间银行`), are not a case's own name; nor are its plain variants, the
term with one filler character inserted (`双向报到`) or followed by a plain head only (`时间银行活动`).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from tasks.extract.regions import find_mentions

GENERIC_TERMS_CSV = Path(__file__).resolve().parent / "data" / "generic_terms.csv"

# A place written before a generic term: a named division (the gazetteer) or a grassroots unit the
# gazetteer does not list, a name of 2+ characters and its unit (`东湖社区`, `桂花村`, not `街区`), or
# a named park, business district or office block where worker stations and canteens stand
# (`滨江商圈`, `金融大厦`; an estate such as `七里新村` ends in 村 already). Up to 10 characters: a
# longer prefix carries more than a place.
_GRASSROOTS_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:街道|社区|小区|村|镇|乡|园区|商圈|大厦)$")

# Variants of a widespread term that carry nothing of a case's own (round AG). A term is often written with one
# plain character more inside it (`双报到` / `双向报到`, `网格员` / `网格化员`): one of these filler characters,
# inserted anywhere but at the ends of a term of 3+ characters. Any other inserted character may be the case's coined
# element (`侨之家` / `侨邻之家`), so it stays out. And a term followed only by a plain head that names what kind of
# thing it is (`时间银行活动`, `红色物业服务站`, `积分制管理制度`); heads that name a body or a meeting stay out, since
# a body built on a generic term is the case's own (`红色物业联盟`, `红色物业议事会`).
_FILLERS = frozenset("向化式型的性级")
_PLAIN_HEADS = ("活动", "行动", "工作", "制度", "机制", "服务", "服务站", "工程", "计划", "项目", "体系", "建设")


@lru_cache(maxsize=1)
def generic_terms() -> dict[str, str]:
    """Term → kind, from the evidence table."""
    with GENERIC_TERMS_CSV.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["term"].strip(): r["kind"].strip() for r in rows if r["term"].strip()}


def _is_place(prefix: str) -> bool:
    if len(prefix) > 10:
        return False
    if _GRASSROOTS_PLACE.match(prefix):
        return True
    mentions = find_mentions(prefix)
    covered = sum(m.end - m.start for m in mentions)
    return bool(mentions) and covered == len(prefix)


def _is_variant(term: str, terms: dict[str, str]) -> bool:
    """Is `term` a widespread term with one filler character inserted, or a widespread term and a plain head?"""
    if len(term) >= 4:
        for i in range(1, len(term) - 1):
            if term[i] in _FILLERS and term[:i] + term[i + 1 :] in terms:
                return True
    # (most terms end with no plain head: one `endswith` of the tuple before the heads are tried one by one)
    return term.endswith(_PLAIN_HEADS) and any(
        term.endswith(head) and term[: -len(head)] in terms for head in _PLAIN_HEADS
    )


def is_generic_term(term: str) -> bool:
    """Is `term` a widespread term of the genre, bare or after a place name only, or a plain variant of one?"""
    terms = generic_terms()
    if term in terms or _is_variant(term, terms):
        return True
    for length in range(len(term) - 2, 1, -1):  # longest generic head first, leaving a prefix of 2+
        head = term[-length:]
        if head in terms and _is_place(term[:-length]):
            return True
    return False
