"""Consistency of the hand-made case-structure gold (tests/gold/authored, tests/gold/seeds).

Cheap checks only, no extractor: a gold file that does not match its own text would make every
precision/recall figure computed from it meaningless, so each annotation is checked against the
simplified text it was read from (traditional texts converted with OpenCC, as the pipeline does).
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path

import opencc
import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
AUTHORED = GOLD / "authored"
SEED_GOLD = GOLD / "seeds"
SEED_PAGES = ROOT / "seeds" / "pages"
GAZETTEER = ROOT / "seeds" / "reference" / "gazetteer"

KEYS = {
    "id",
    "layout",
    "script",
    "title",
    "published_at",
    "source_outlet",
    "author_org",
    "region",
    "practices",
    "brands",
    "facts",
    "not_facts",
}
LAYOUTS = {
    "template",
    "news_reprint",
    "wechat_repost",
    "traditional_mirror",
    "epaper",
    "local_gov",
    "cn12371",
    "other",
}
REGION_KEYS = {"province", "city", "county", "adcode", "region_level"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
_CN = "[一二三四五六七八九十]+"
MARKER = re.compile(rf"^(（({_CN}|\d+)）|\(({_CN}|\d+)\)|{_CN}[是、]|\d+[.、．]|[①-⑳])$")


def _gold_pairs() -> list[tuple[Path, Path]]:
    pairs = [(p, p.with_suffix(".txt")) for p in sorted(AUTHORED.glob("*.json"))]
    for p in sorted(SEED_GOLD.glob("*.json")):
        pages = sorted(SEED_PAGES.glob(f"{p.stem}_*.txt"))
        pairs.append((p, pages[0] if pages else SEED_PAGES / f"{p.stem}_missing.txt"))
    return pairs


PAIRS = _gold_pairs()
IDS = [p.parent.name + "/" + p.stem for p, _ in PAIRS]


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# Mirror pinyin after a Han character, `產(chǎn)`: a parenthesised Latin run with a tone mark. Annotation
# is made on the text without it, as a reader of the page sees it.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]+\)")


def _simplified(text_path: Path, script: str) -> str:
    text = text_path.read_text(encoding="utf-8")
    text = _t2s().convert(text) if script == "traditional" else text
    return _PINYIN.sub("", text)


@cache
def _gazetteer() -> dict[str, tuple[str, str | None, str | None]]:
    """adcode -> (province, city, county) names, municipalities' 市辖区 named after the province."""

    def rows(name: str) -> list[dict[str, str]]:
        with (GAZETTEER / name).open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    provinces = {r["code"]: r["name"] for r in rows("provinces.csv")}
    cities = {}
    for r in rows("cities.csv"):
        name = r["name"]
        if name == "市辖区":
            name = provinces[r["provinceCode"]]
        cities[r["code"]] = (provinces[r["provinceCode"]], name)
    codes: dict[str, tuple[str, str | None, str | None]] = {
        code + "0000": (name, None, None) for code, name in provinces.items()
    }
    for code, (prov, city) in cities.items():
        codes[code + "00"] = (prov, city, None)
    for r in rows("areas.csv"):
        prov, city = cities.get(r["cityCode"], (provinces[r["provinceCode"]], None))
        codes[r["code"]] = (prov, city, r["name"])
    return codes


def test_gold_exists_with_expected_split() -> None:
    authored = sorted(p.stem for p in AUTHORED.glob("*.json"))
    dev = [i for i in authored if i.startswith("d")]
    held_out = [i for i in authored if i.startswith("h")]
    assert len(dev) >= 25, dev
    assert len(held_out) >= 15, held_out
    assert set(authored) == set(dev) | set(held_out)
    assert sorted(p.stem for p in AUTHORED.glob("*.txt")) == authored


def test_every_authored_text_names_its_annotator() -> None:
    """bench.case_gold --by-annotator scores each annotator's set apart; a set left out of
    annotators.csv would be scored under no one's name, and ranges must not overlap."""
    with (GOLD / "annotators.csv").open(encoding="utf-8", newline="") as f:
        ranges = [(r["first"], r["last"]) for r in csv.DictReader(f)]
    for case_id in (p.stem for p in AUTHORED.glob("*.json")):
        owners = [
            (first, last)
            for first, last in ranges
            if first[0] == last[0] == case_id[0] and int(first[1:]) <= int(case_id[1:]) <= int(last[1:])
        ]
        assert len(owners) == 1, (case_id, owners)


@pytest.mark.parametrize(("gold_path", "text_path"), PAIRS, ids=IDS)
def test_gold_file_matches_its_text(gold_path: Path, text_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) == KEYS
    assert gold["id"] == gold_path.stem
    assert gold["layout"] in LAYOUTS
    assert gold["script"] in {"simplified", "traditional"}
    assert text_path.exists(), text_path
    text = _simplified(text_path, gold["script"])
    if gold_path.parent == AUTHORED:
        length = len(text_path.read_text(encoding="utf-8"))
        assert 600 <= length <= 3000, length

    if gold["title"] is not None:
        assert gold["title"] in _spaces(text), gold["title"]
    if gold["published_at"] is not None:
        assert DATE.match(gold["published_at"]), gold["published_at"]
    for key in ("source_outlet", "author_org"):
        if gold[key] is not None:
            assert gold[key] in text, (key, gold[key])

    region = gold["region"]
    if region is not None:
        assert set(region) == REGION_KEYS
        names = _gazetteer().get(region["adcode"])
        assert names is not None, region["adcode"]
        level = region["region_level"]
        expected = {"province": (*names[:1], None, None), "city": (*names[:2], None), "county": names}
        assert (region["province"], region["city"], region["county"]) == expected[level]
        assert names[{"province": 0, "city": 1, "county": 2}[level]] is not None

    practices = gold["practices"]
    assert [p["ordinal"] for p in practices] == list(range(1, len(practices) + 1))
    for p in practices:
        assert p["lead"] and p["lead"] in text, p
        if p["marker"] is not None:
            assert MARKER.match(p["marker"]), p["marker"]
            assert p["marker"] + p["lead"] in text, p

    assert len(set(gold["brands"])) == len(gold["brands"])
    for brand in gold["brands"]:
        assert brand and brand in text, brand

    contexts = [f["context"] for f in gold["facts"]]
    assert len(set(contexts)) == len(contexts)
    for fact in gold["facts"]:
        assert set(fact) == {"raw", "value", "value_max", "unit", "subject", "context"}
        assert 8 <= len(fact["context"]) <= 20, fact
        assert text.count(fact["context"]) == 1, fact
        assert fact["raw"] in fact["context"], fact
        assert isinstance(fact["value"], int | float), fact
        if fact["value_max"] is not None:
            assert fact["value_max"] > fact["value"], fact
        assert fact["subject"], fact
        # `百分之三十` is a percentage printed in words: its unit `%` is not spelled in the raw.
        in_words = fact["unit"] == "%" and fact["raw"].startswith("百分之")
        assert fact["unit"] is None or fact["unit"] in fact["raw"] or in_words, fact
        expected = _arabic_values(fact["raw"])
        if expected is not None:
            assert (fact["value"], fact["value_max"]) == pytest.approx(expected), fact

    fact_raws = {f["raw"] for f in gold["facts"]}
    for nf in gold["not_facts"]:
        assert nf in text, nf
        assert nf not in fact_raws, nf


# `1,400`, `2,350.5万`: thousands separators as real pages print them (the extractor reads them, numerals.parse_arabic)
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:余|多)?(万|亿)?")
_MAGNITUDE = {"": 1, "万": 10_000, "亿": 100_000_000}


def _arabic_values(raw: str) -> tuple[float, float | None] | None:
    """(value, value_max) implied by an Arabic raw string such as `1.2万人次` or `10万—20万元`.

    None for forms whose value the annotator works out by hand (fractions, Chinese numerals).
    """
    if "/" in raw:
        return None
    numbers = [float(n.replace(",", "")) * _MAGNITUDE[m] for n, m in _NUMBER.findall(raw)]
    if not numbers:
        return None
    return numbers[0], (numbers[1] if len(numbers) > 1 else None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,400户", (1400, None)),
        ("2,350.5万元", (23_505_000, None)),
        ("1,200—1,500元", (1200, 1500)),
        ("3.9平方公里", (3.9, None)),
    ],
)
def test_arabic_values_read_thousands_separators(raw: str, expected: tuple[float, float | None]) -> None:
    assert _arabic_values(raw) == pytest.approx(expected)


def _spaces(text: str) -> str:
    """Titles are compared with runs of spaces (NBSP, ideographic) read as one plain space."""
    return re.sub(r"[ \u00a0\u3000]+", " ", text)


def test_ids_unique() -> None:
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p, _ in PAIRS]
    assert len(ids) == len(set(ids))


_SET_ROW = re.compile(
    r"^\| (?:development|held-out) `([dh])(\d+)`…`[dh](\d+)`[^|]*\|([^|]+)\|([^|]+)\|([^|]+)\|([^|]+)\|"
)


def test_sets_table_counts_match_the_gold() -> None:
    """GUIDELINES' table of sets states each range's texts, facts, brands and measures; audits change the gold
    after a row is written, so the row is held to the files as they stand, not to what its annotator counted."""
    lines = (GOLD / "GUIDELINES.md").read_text(encoding="utf-8").splitlines()
    rows = [m.groups() for line in lines if (m := _SET_ROW.match(line))]
    assert len(rows) >= 40
    for prefix, first, last, *stated in rows:
        paths = [
            path
            for n in range(int(first), int(last) + 1)
            for path in (AUTHORED / f"{prefix}{n}.json", AUTHORED / f"{prefix}{n:02d}.json")
            if path.exists()
        ]
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in dict.fromkeys(paths)]
        counted = [len(golds), *(sum(len(g[key]) for g in golds) for key in ("facts", "brands", "practices"))]
        assert [int(s.strip().replace(",", "")) for s in stated] == counted, (prefix, first, last)


_STUDY_COMMAND = re.compile(r"bench\.annotator_agreement --ids ([dh])(\d+)-([dh])(\d+)")


def test_every_agreement_study_command_names_second_annotations() -> None:
    """Each study in second/README ends with the command that re-scores it; when its set is renamed
    into development the command must follow, or it silently scores zero texts."""
    text = (GOLD / "second" / "README.md").read_text(encoding="utf-8")
    commands = _STUDY_COMMAND.findall(text)
    assert len(commands) >= 40
    for first_prefix, first, last_prefix, last in commands:
        assert first_prefix == last_prefix, (first, last)
        present = [
            n
            for n in range(int(first), int(last) + 1)
            if any((GOLD / "second" / f"{first_prefix}{n:{w}}.json").exists() for w in ("", "02d"))
        ]
        assert len(present) >= (int(last) - int(first) + 1) // 2, (first_prefix, first, last, len(present))
