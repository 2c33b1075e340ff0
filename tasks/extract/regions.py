"""Where a case happened: province, prefecture city and county from title, author organisation and text.

Names are looked up in the vendored 2023 division codes (seeds/reference/gazetteer/). The header
(author organisation, then title) decides: `长兴县委组织部` → 浙江省/湖州市/长兴县, a street
(`雉城街道`) pins its county. A name several places share (鼓楼区: four cities) counts only when
another name in the article (南京市, 江苏) picks one of them; otherwise the region stays NULL and
`region_note` says why: never a guess; a district name that is also a common noun (`老城区` the old
town, `城关区`) counts only where a place name stands (`洛阳市老城区`, `老城区委`), and yields to another
district of its city written out so; a generic word the gazetteer also uses as a name (`郊区`, `城区`) names a
district only right after its city's full name (`铜陵市郊区`). The body decides when the header names no
place, and narrows a header that names only a province or city to the one unit inside it the text names
(never when it names several: those are a scope-wide case's examples; with no header place, several
counties of one city named without their parent place the case at the city). Places people come from or
travel to (`来自四川广元`) are no evidence; an autonomous county is also found by its short form (`宁洱县`).
A shared header name leaves the case to the text. A wrong region is worse than a NULL one.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from tasks.extract import lexicon as lx
from tasks.extract.gazetteer_files import GAZETTEER_DIR
from tasks.extract.literal import occurrences
from tasks.extract.numerals import CHINESE_NUMERAL_CHARS
from tasks.header_lines import speaker_committee

LEVELS = ("province", "city", "county", "street")
_DEPTH = {level: i for i, level in enumerate(LEVELS)}
MAX_NAME_CHARS = 12


@dataclass(frozen=True, slots=True)
class Place:
    """One division: its gazetteer code, level and the codes of the divisions above it."""

    code: str  # 2 (province), 4 (city), 6 (county) or 9 (street) digits
    name: str
    level: str
    province_code: str
    city_code: str | None
    county_code: str | None
    # codes from the province down to this place, each once (a province is its own province); computed
    # once here because resolving a region asks for it thousands of times per page
    lineage: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        above = tuple(c for c in (self.province_code, self.city_code, self.county_code) if c and c != self.code)
        object.__setattr__(self, "lineage", (*above, self.code))

    def is_within(self, other: Place) -> bool:
        return other.code in self.lineage


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    places: tuple[Place, ...]
    alias: bool  # short form without its suffix (云南, 成都)


@dataclass(frozen=True, slots=True)
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    level: str | None = None
    source: str | None = None  # author_org | title | body
    evidence: str | None = None  # the names that decided, as written
    note: str | None = None  # why a region is missing or partial


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]
    by_name: dict[str, tuple[Place, ...]]
    by_alias: dict[str, tuple[Place, ...]]
    # every ending of every full name (`区`, `牛区`, `金牛区`): reading back from a suffix character
    # stops as soon as no name ends like the text, instead of trying every length
    endings: frozenset[str] = frozenset()

    def name_of(self, code: str | None) -> str | None:
        return self.places[code].name if code and code in self.places else None


def _read(name: str) -> list[dict[str, str]]:
    with (GAZETTEER_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The division codes as Places, indexed by full name and by short alias (read once per process)."""
    places: dict[str, Place] = {}
    for r in _read("provinces.csv"):
        places[r["code"]] = Place(r["code"], r["name"], "province", r["code"], None, None)
    for r in _read("cities.csv"):
        places[r["code"]] = Place(r["code"], r["name"], "city", r["provinceCode"], None, None)
    for r in _read("areas.csv"):
        places[r["code"]] = Place(r["code"], r["name"], "county", r["provinceCode"], r["cityCode"], None)
    for r in _read("streets.csv"):
        places[r["code"]] = Place(r["code"], r["name"], "street", r["provinceCode"], r["cityCode"], r["areaCode"])
    by_name: dict[str, list[Place]] = {}
    by_alias: dict[str, list[Place]] = {}
    for p in places.values():
        if p.name in lx.PSEUDO_CITIES or p.name in lx.GENERIC_REGION_NAMES:
            continue
        by_name.setdefault(p.name, []).append(_zone_at_its_city(p, places))
        short = _autonomous_short_form(p.name) if p.level in ("city", "county") else None
        if short:
            by_name.setdefault(short, []).append(p)
        suffixes = lx.PROVINCE_SUFFIXES if p.level == "province" else lx.CITY_SUFFIXES if p.level == "city" else ()
        for suffix in suffixes:
            if p.name.endswith(suffix) and len(p.name) - len(suffix) >= 2:
                by_alias.setdefault(p.name[: -len(suffix)], []).append(p)
                break
    return Gazetteer(
        places,
        {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in by_alias.items() if k not in by_name},
        frozenset(name[i:] for name in by_name for i in range(len(name))),
    )


def _zone_at_its_city(place: Place, places: dict[str, Place]) -> Place:
    """`北京经济技术开发区` (filed as a street of 大兴区), `石家庄经济技术开发区`, `天津港保税区`: the gazetteer files a
    development zone under the one county that keeps its books, but a zone named after its city spans that city's
    districts, so the name places the case at the city (GUIDELINES, region: a generic zone after a city stops at the
    city; decided for h846, d898). A zone named after its county (`大兴经济开发区`) stays a street of that county."""
    if place.level != "street" or not place.county_code or not place.name.endswith(lx.ZONE_ENDINGS):
        return place
    county = places.get(place.county_code)
    stem = county.name[:-1] if county and len(county.name) > 2 else county.name if county else ""
    city = places.get(place.city_code or "")
    if not city or (stem and stem in place.name):
        return place
    return city


# Endings a place is also called without (`九龙坡区` → 九龙坡, `六盘水市` → 六盘水).
_DIVISION_ENDINGS = ("街道", "市", "区", "县", "旗", "镇", "乡")


@lru_cache(maxsize=1)
def names_holding_numerals() -> frozenset[str]:
    """Division names with a Chinese numeral in them (`三元区`, `五家渠市`, `七星关区`, `三门峡`): a figure read
    inside one is part of a place name. Short forms count from three characters (`九龙坡`, `六盘水`); two
    (`三元`, `四平`) are too often a real amount (`三元钱`, `四平方米`)."""
    gz = gazetteer()
    numerals = set(CHINESE_NUMERAL_CHARS)
    names: set[str] = {alias for alias in gz.by_alias if len(alias) >= 3 and numerals.intersection(alias)}
    for name, places in gz.by_name.items():
        if not numerals.intersection(name):
            continue
        if places[0].level == "street":
            if len(name) >= 4:  # `十户乡`, `一农场` read like `十户乡亲`, `一农场主`: a town's name needs four
                names.add(name)
            continue
        names.add(name)
        short = next((name[: -len(e)] for e in _DIVISION_ENDINGS if name.endswith(e)), "")
        if len(short) >= 3:
            names.add(short)
    return frozenset(names)


@lru_cache(maxsize=1)
def short_towns_holding_numerals() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Stem (`八所`) → (town, the names of the county and city above it) for the three-character towns and
    townships holding a numeral (`八所镇`), which `names_holding_numerals` leaves out because alone they read
    like words (`十户乡亲`). Written after the county or city above them (`东方市八所镇`), such a town is the
    place, and its stem names it wherever the text takes it up again (`八所港务公司`)."""
    gz = gazetteer()
    numerals = set(CHINESE_NUMERAL_CHARS)
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, places in gz.by_name.items():
        place = places[0]
        if place.level != "street" or len(name) != 3 or name[0] not in numerals or not name.endswith(("镇", "乡")):
            continue
        above = (gz.places.get(c or "") for c in (place.county_code, place.city_code))
        parents = [p.name for p in above if p and p.name not in lx.PSEUDO_CITIES]
        found.setdefault(name[:2], []).append((name, tuple(parents)))
    return {stem: tuple(towns) for stem, towns in found.items()}


@lru_cache(maxsize=1)
def common_noun_place_names() -> frozenset[str]:
    """County names that are also common nouns of the genre (`老城区` the old town, `城关区` the town centre,
    `市中区`, `城西区`, `古城区`): the gazetteer's names whose stem is a town-part word (lexicon)."""
    stem = re.compile(lx.COMMON_NOUN_PLACE_STEM + "区")
    return frozenset(
        name for name, places in gazetteer().by_name.items() if stem.fullmatch(name) and places[0].level == "county"
    )


_PEOPLE_IN_NAME = re.compile("(?:" + "|".join(sorted(lx.AUTONOMOUS_PEOPLES, key=len, reverse=True)) + ")族")


def _autonomous_short_form(name: str) -> str | None:
    """`宁洱哈尼族彝族自治县` → `宁洱县`, `海南藏族自治州` → `海南州`, `莫力达瓦达斡尔族自治旗` → `莫力达瓦旗`: the stem
    before the first people's name (two characters at least) and the division's own ending. The prefecture's
    short form is a name of its own: read as a province's short form (`海南`) followed by `州`, `海南州委组织部`
    would place a case of 青海 in 海南省."""
    # a banner as a county (RULEBOOK region: autonomous counties and banners; a made-up probe, round AC)
    ending = next((e for e in ("自治县", "自治州", "自治旗") if name.endswith(e)), None)
    if ending is None:
        return None
    m = _PEOPLE_IN_NAME.search(name)
    if m is None or m.start() < 2:
        return None
    return name[: m.start()] + ending[-1]


def find_mentions(text: str | None, *, aliases: bool = True) -> list[Mention]:
    """Division names in `text`, longest first where they overlap (`成都市金牛区` → 成都市, 金牛区)."""
    if not text:
        return []
    gz = gazetteer()
    by_name = gz.by_name
    endings = _endings_named()
    found: list[Mention] = []
    for m in _suffix_pattern().finditer(text):
        end = m.end()
        longest = 0
        stop = end if end < MAX_NAME_CHARS else MAX_NAME_CHARS
        length = 2
        while length <= stop:
            named = endings.get(text[end - length : end])
            if named is None:
                break  # no name ends like this, nor any longer stretch
            if named:
                longest = length
            length += 1
        if longest:
            name = text[end - longest : end]
            found.append(Mention(end - longest, end, name, by_name[name], False))
    if aliases:
        heads = _alias_heads()
        for a in _alias_starts().finditer(text):
            start = a.start()
            if text[start : start + 2] not in heads:
                continue
            for length in (4, 3, 2):
                places = gz.by_alias.get(text[start : start + length])
                if places:
                    found.append(Mention(start, start + length, text[start : start + length], places, True))
                    break
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue  # inside a longer name already kept
        if not m.alias and _tail_of_longer_name(text, m, kept[-1].end if kept and not kept[-1].alias else -1):
            continue
        kept.append(m)
    return kept


_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL_WINDOW = 6


def _tail_of_longer_name(text: str, mention: Mention, previous_end: int) -> bool:
    """Whether a name read from its suffix back is only the tail of a longer name the gazetteer lacks
    (`中央大街街道` → 大街街道 of 淄博, `中华中路街道` → 华中路街道 of 安庆): the characters before it belong to
    the same word. A street or town matched right after a name already read (`道里区`, `长兴县`) or after
    a non-Han character starts where it seems to. Otherwise the segmenter's dictionary decides: a match
    that starts inside a word is a tail (`中央大街/街道`), unless that word opens with a preposition
    (`以太/乙路街道`); so is a name other names of the gazetteer extend (`大街街道`:
    `北大街街道`, `建设大街街道`, …) after a noun (`太原/大街街道`), but not after a verb or preposition
    (`走进/东关街道`, `在/大街街道`)."""
    from tasks.extract.segmenter import dictionary_words  # here, not at the top: the writer never loads jieba

    start = mention.start
    if start == 0 or start == previous_end or not _HAN.match(text[start - 1]):
        return False
    if not all(p.level == "street" for p in mention.places):
        return False
    window_start = max(0, start - _TAIL_WINDOW)
    while window_start < start and not _HAN.match(text[window_start]):
        window_start += 1
    offset, flag_before = window_start, ""
    for word, flag in dictionary_words(text[window_start : mention.end]):
        if offset == start:
            return mention.text in _extended_names() and flag_before.startswith(_NOUN_FLAGS)
        if offset + len(word) > start:
            # a word runs across the match's start (`中央大街/街道`, `中华/中路街道`), unless it is a
            # preposition fused with the name's first character (`以太/乙路街道`, `以南/院门街道`)
            return word[0] not in _PREPOSITIONS
        offset += len(word)
        flag_before = flag
    return False


# Single-character prepositions the segmenter may fuse with the first character of a name after them.
_PREPOSITIONS = "以在于向从到对往自至由经"
# jieba's tags of nouns, place and person names, and the adjectives and distinguishing words of a name
_NOUN_FLAGS = ("n", "a", "b", "j")


@lru_cache(maxsize=1)
def _extended_names() -> frozenset[str]:
    """Street and town names that are the tail of longer ones (`大街街道` of 淄博 ends `北大街街道`,
    `建设大街街道`, …): written after another Han character, such a name is most likely a longer one's tail."""
    names = {name for name, places in gazetteer().by_name.items() if places[0].level == "street"}
    return frozenset(n[i:] for n in names for i in range(1, len(n) - 2) if n[i:] in names)


@lru_cache(maxsize=1)
def _endings_named() -> dict[str, bool]:
    """Every ending of a full name, and whether it is a name itself: `find_mentions`' suffix loop asks one look-up a
    length instead of two (`gz.endings`, then `gz.by_name`; the stage 1.04x on generated pages, bench.extract_side
    --articles). Built once per process with the gazetteer (56,533 entries), in the worker server before it forks."""
    gz = gazetteer()
    return {ending: ending in gz.by_name for ending in gz.endings}


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(lx.REGION_SUFFIX_CHARS)}]")


def name_may_end_before(text: str, stop: int) -> bool:
    """Whether a full division name can end within `text[:stop]`: `find_mentions(text, aliases=False)` reads names
    back from their suffix characters only, so without one there it finds none ending there (one C-level scan)."""
    return _suffix_pattern().search(text, 0, stop) is not None


@lru_cache(maxsize=1)
def _alias_starts() -> re.Pattern[str]:
    """The first characters of the aliases, as a class, where one of their second characters follows: the scan
    visits only where an alias may start (a seventh of the first characters alone on the dev texts; the test of
    the first two together, `_alias_heads`, still decides)."""
    aliases = gazetteer().by_alias
    firsts = re.escape("".join(sorted({alias[0] for alias in aliases})))
    seconds = re.escape("".join(sorted({alias[1] for alias in aliases if len(alias) > 1})))
    return re.compile(f"[{firsts}](?=[{seconds}])")


@lru_cache(maxsize=1)
def _alias_heads() -> frozenset[str]:
    """The first two characters of the aliases (all have two or more): most starts stop at this test."""
    return frozenset(alias[:2] for alias in gazetteer().by_alias)


@lru_cache(maxsize=1)
def _county_stems() -> dict[str, dict[str, Place]]:
    """For each city code, its counties by short form (`秦都区` → 秦都): `咸阳秦都`, `淄博张店`."""
    out: dict[str, dict[str, Place]] = {}
    for p in gazetteer().places.values():
        if p.level == "county" and p.city_code and p.name[-1] in "区县市旗" and len(p.name) >= 3:
            stem = p.name[:-1]
            if stem not in lx.GENERIC_REGION_NAMES:
                out.setdefault(p.city_code, {})[stem] = p
    return out


@lru_cache(maxsize=1)
def _generic_counties() -> dict[str, dict[str, Place]]:
    """For each city code, its counties whose name is a generic word (`郊区` of 铜陵, `城区` of 晋城, `东区` of
    攀枝花): the gazetteer's names left out of the look-up (lexicon GENERIC_REGION_NAMES)."""
    out: dict[str, dict[str, Place]] = {}
    for p in gazetteer().places.values():
        if p.level == "county" and p.city_code and p.name in lx.GENERIC_REGION_NAMES:
            out.setdefault(p.city_code, {})[p.name] = p
    return out


def with_counties_after_cities(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add a county's short form written right after its city's name (`咸阳秦都：…`, `淄博张店`), and a county
    named by a generic word right after its city's full name (`铜陵市郊区`, `晋城市城区`).

    Headlines and datelines name a place as city plus county stem; right after its own city the
    stem is no common word but that county (tests/gold/GUIDELINES.md, region). A generic word (`郊区` the
    suburbs, `城区` the town) names the district its city has of that name only when written right after
    the city's full name (GUIDELINES, decided for h347: `铜陵市郊区` → 340711), like `洛阳市老城区`."""
    stems = _county_stems()
    generic = _generic_counties()
    taken = {m.start for m in mentions}
    extra = []
    for m in mentions:
        if len(m.places) == 1 and m.places[0].level == "province":
            # `浙江义乌`, `江苏昆山`: a province's name, then the short form of one of its county-level cities (CCTV's
            # and the papers' datelines in the real set). (A city's short form after its province, `山西晋城`, stays
            # an alias: `从河北沧州来津工作` is an origin, development text d1738.)
            if m.end not in taken:
                for stem, county in _province_county_stems().get(m.places[0].code, {}).items():
                    if text.startswith(stem, m.end) and not text.startswith(county.name, m.end):
                        extra.append(Mention(m.end, m.end + len(stem), stem, (county,), True))
                        break
            continue
        if len(m.places) != 1 or m.places[0].level != "city" or m.end in taken:
            continue
        for stem, county in stems.get(m.places[0].code, {}).items():
            if text.startswith(stem, m.end) and not text.startswith(county.name, m.end):
                extra.append(Mention(m.end, m.end + len(stem), stem, (county,), True))
                break
        else:
            if m.alias:
                continue
            for name, county in generic.get(m.places[0].code, {}).items():
                if text.startswith(name, m.end):
                    extra.append(Mention(m.end, m.end + len(name), name, (county,), False))
                    break
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


@lru_cache(maxsize=1)
def _province_county_stems() -> dict[str, dict[str, Place]]:
    """For each province code, its county-level cities by short form (`义乌市` → 义乌, `昆山市` → 昆山): the ones a
    dateline writes right after the province (`浙江义乌`). A stem two of the province's counties share is left out."""
    out: dict[str, dict[str, Place]] = {}
    shared: set[tuple[str, str]] = set()
    for p in gazetteer().places.values():
        if p.level == "county" and p.name.endswith("市") and len(p.name) >= 3:
            stem = p.name[:-1]
            if stem in lx.GENERIC_REGION_NAMES:
                continue
            if stem in out.setdefault(p.province_code, {}):
                shared.add((p.province_code, stem))
            out[p.province_code][stem] = p
    for province, stem in shared:
        del out[province][stem]
    return out


def _street_of_shared_county(mention: Mention, mentions: list[Mention]) -> bool:
    """A street whose county's name is shared by several cities (三元里街道 of 白云区: 广州 and 贵阳 both
    have one), with neither its city nor its province named anywhere: only a local reader knows which
    city it is, so it places nothing, even beside the shared county name (`白云区三元里街道`;
    tests/gold/GUIDELINES.md, region: portals)."""
    if len(mention.places) != 1 or mention.places[0].level != "street":
        return False
    street = mention.places[0]
    gz = gazetteer()
    county = gz.places.get(street.county_code or "")
    if county is None or len(gz.by_name.get(county.name, ())) < 2:
        return False
    # the shared county's own name does not count: it is the name that needs a parent
    parents = {street.city_code, street.province_code}
    return not any(m is not mention and any(p.code in parents for p in m.places) for m in mentions)


def _street_of_unnamed_province(mention: Mention, mentions: list[Mention]) -> bool:
    """A street or town of a province nothing else in the text names, while the text names places of
    another province (`道里区`, `哈尔滨` beside a `大街街道` of 淄博): street names repeat across the country
    (`大街街道`, `城关镇`), so such a match is a namesake and must not outvote a district and its city."""
    if len(mention.places) != 1 or mention.places[0].level != "street":
        return False
    province = mention.places[0].province_code
    others = [p for m in mentions if m is not mention for p in m.places if p.level != "street"]
    # a city or county written out in full (a short form such as `中山` may be a road's name, `中山路`)
    named_elsewhere = any(
        len(m.places) == 1
        and (
            (not m.alias and m.places[0].level in ("city", "county"))
            # a community's name repeats in every city (`莲花社区`): a province or city named even by its short form
            # (`四川`, `成都`) outweighs the one the gazetteer files it under (real set r127)
            or (_COMMUNITY.search(mention.text) is not None and m.places[0].level in ("province", "city"))
        )
        for m in mentions
        if m is not mention
    )
    return named_elsewhere and not any(p.province_code == province for p in others)


_COMMUNITY = re.compile(r"社区$")


def _short_form_of_unnamed_province(mention: Mention, mentions: list[Mention]) -> bool:
    """A city's or province's short form (`安康`, also the word for well-being: `守望老人安康`) in the header, whose
    province nothing else in the text names, while the text writes a county or city of another province in full
    (`山西太原杏花岭区`): the word, not the place (real set r115)."""
    if not mention.alias or len(mention.places) != 1 or mention.places[0].level not in ("city", "province"):
        return False
    province = mention.places[0].province_code
    if any(m.text != mention.text and any(p.province_code == province for p in m.places) for m in mentions):
        return False  # (the word again in the body is no support)
    return any(not m.alias and len(m.places) == 1 and m.places[0].level in ("city", "county") for m in mentions)


def _supported(place: Place, context: Iterable[Place]) -> int:
    """How many context places lie above (or below) `place`: the evidence that picks a shared name."""
    return sum(1 for c in context if c.code != place.code and (place.is_within(c) or c.is_within(place)))


def _pick(mention: Mention, context: list[Place]) -> Place | None:
    """The place a mention names; a shared name, or one that is also a common noun, needs a parent in the text."""
    if len(mention.places) == 1 and mention.text not in common_noun_place_names():
        return mention.places[0]
    scores = [(_supported(p, context), p) for p in mention.places]
    best = max(s for s, _ in scores)
    winners = [p for s, p in scores if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _context(mentions: Iterable[Mention]) -> list[Place]:
    """Places named unambiguously at province or city level: what disambiguates a shared county name."""
    return [m.places[0] for m in mentions if len(m.places) == 1 and m.places[0].level in ("province", "city")]


def _chained_shared_names(text: str, mentions: list[Mention]) -> list[Place]:
    """`东城区东四街道`: two shared names written one after the other, where only one reading of the second lies
    inside a reading of the first (东四街道 of Beijing's 东城区, not of 辽宁; 东城区 the Beijing district, not a
    Henan street): that pair is what the text means, and it disambiguates both like a named parent would."""
    found: list[Place] = []
    for a, b in pairwise(mentions):
        if a.alias or b.alias or len(a.places) + len(b.places) < 3 or not _adjacent(text, a.end, b.start):
            continue
        pairs = [(p, q) for p in a.places for q in b.places if q.code != p.code and q.is_within(p)]
        if len(pairs) == 1:
            found.extend(pairs[0])
    return found


def _counties_of_shared_streets(texts: Iterable[str], mentions: list[Mention]) -> list[Place]:
    """`北关街道` (six places) in a text that also writes `介休` (`走进介休老城北关一带`, outlet `介休组工`), or
    `蓟州文昌街道`: local writers drop the suffix of their own county-level city or district. A bare stem is too
    common a word to place a text on its own (`with_short_forms`), but as the county of one of the street's
    readings it picks that reading, as a named city picks a shared district. Only when exactly one reading's
    county stem is written: two would leave the street as ambiguous as before, never placed wrongly."""
    found: list[Place] = []
    places = gazetteer().places
    for m in mentions:
        if m.alias or len(m.places) < 2 or not all(p.level == "street" and p.county_code for p in m.places):
            continue
        counties = {places[p.county_code] for p in m.places if p.county_code in places}
        written = [
            c
            for c in counties
            if (stem := _county_stem(c.name)) and stem not in m.text and any(_stem_written(t, stem) for t in texts)
        ]
        if len(written) == 1 and not _named_elsewhere(written[0], mentions):
            found.append(written[0])
    return found


def _named_elsewhere(county: Place, mentions: list[Mention]) -> bool:
    """Whether the text writes out in full a city or county of another province than `county`'s: a bare stem is
    the weakest evidence of a place (`新市民` holds 新市, the stem of 乌鲁木齐's 新市区), and a shared street name
    beside a district written in full (`北京路街道是东港区的老城区街道`) must not be moved across the country by it.
    A guard: it leaves the street unplaced, never placed elsewhere."""
    return any(
        not m.alias
        and len(m.places) == 1
        and m.places[0].level in ("city", "county")
        and m.places[0].province_code != county.province_code
        for m in mentions
    )


def _county_stem(name: str) -> str | None:
    """`介休市` → 介休, `蓟州区` → 蓟州; none for a stem of one character, a generic name (`城区`), or a county
    name shared by several cities, whose stem is as often a common word or a landmark (`鼓楼广场`, `新华社`)."""
    stem = next((name[: -len(e)] for e in ("市", "区", "县", "旗") if name.endswith(e)), "")
    if len(stem) < 2 or stem in lx.GENERIC_REGION_NAMES or name in common_noun_place_names():
        return None
    return stem if len(gazetteer().by_name.get(name, ())) == 1 else None


# What follows a place's stem when it heads a road or street named after the place (`介休路`, `蓟州大街`).
_ROAD_HEADS = frozenset("路街道巷桥")


def _stem_written(text: str, stem: str) -> bool:
    """The stem as a place's name, not the head of a road or street named after it (`介休路`, `蓟州大街`): literal
    scans, no pattern compiled per stem."""
    return any(text[end : end + 1] not in _ROAD_HEADS for _, end in occurrences(text, stem))


def _deepest_consistent(places: list[Place]) -> tuple[Place | None, bool]:
    """The deepest place all others lie above; on disagreement, the deepest common ancestor."""
    if not places:
        return None, False
    deepest = max(places, key=lambda p: _DEPTH[p.level])
    if all(deepest.is_within(p) for p in places):
        return deepest, False
    common = set(places[0].lineage)
    for p in places[1:]:
        common &= set(p.lineage)
    if not common:
        return None, True
    code = max(common, key=len)
    return gazetteer().places[code], True


def _region(place: Place, source: str, evidence: str, note: str | None) -> Region:
    gz = gazetteer()
    county_code = place.county_code or (place.code if place.level == "county" else None)
    city_code = place.city_code or (place.code if place.level == "city" else None)
    if city_code is None and gz.name_of(place.province_code[:2] + "01") == "市辖区":
        # a case that covers a whole municipality (`北京在全市推行…`) stops at the city: the municipality is its own
        # province and city (GUIDELINES region: `重庆市`/`重庆市`; the gold of d898, d987 → 110100, not 110000)
        city_code = place.province_code[:2] + "01"
    city = gz.name_of(city_code)
    if city in lx.PSEUDO_CITIES:
        # municipalities list their districts under 市辖区; a province's direct counties have no city
        city = gz.name_of(place.province_code) if city == "市辖区" else None
    level = "county" if county_code else "city" if city_code else "province"
    adcode = county_code or ((city_code + "00") if city_code else (place.province_code + "0000"))
    return Region(
        province=gz.name_of(place.province_code),
        city=city,
        county=gz.name_of(county_code),
        adcode=adcode,
        level=level,
        source=source,
        evidence=evidence,
        note=note,
    )


# A brand in a title is quoted (`「朝阳有约」让老街区…`, `“江畔红楼”`): a place name inside it names no place.
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|‘[^‘’]*’|《[^《》]*》")
# `鼓楼区是江苏省徐州市的老城区`, `翠屏区位于宜宾市…`: the text defines a place by its parent.
_DEFINES = re.compile(r"^(?:是|位于|地处|隶属于?|系|为)")


def _unquoted(text: str | None, mentions: list[Mention]) -> list[Mention]:
    quoted = [m.span() for m in _QUOTED.finditer(text or "")]
    return [m for m in mentions if not any(a <= m.start < b for a, b in quoted)]


def _definitions(body: str, mentions: list[Mention]) -> dict[str, list[Place]]:
    """Places the text defines by their parents: `鼓楼区是江苏省徐州市的老城区` → 鼓楼区: [江苏省, 徐州市];
    a street by its county too (`白石街道是芝罘区的老城区` → 白石街道: [芝罘区]).

    A definition is the genre's way to say which of several same-named places the case is about;
    it outweighs a comparison elsewhere in the text (`赴南京市鼓楼区考察学习`)."""
    out: dict[str, list[Place]] = {}
    for k, m in enumerate(mentions):
        if m.alias or m.text in out:
            continue
        rest = body[m.end : m.end + 6]
        verb = _DEFINES.match(rest)
        if not verb:
            continue
        parents: list[Place] = []
        cursor = m.end + verb.end()
        # a shared street is defined by its county too (`白石街道是芝罘区的老城区`): any level above its own
        levels = ("province", "city", "county") if all(p.level == "street" for p in m.places) else ("province", "city")
        for nxt in mentions[k + 1 : k + 3]:
            if nxt.start > cursor + 2 or len(nxt.places) != 1 or nxt.places[0].level not in levels:
                break
            parents.append(nxt.places[0])
            cursor = nxt.end
            if nxt.places[0].level == "county":
                break  # the deepest parent: what follows (`芝罘区的老城区`) says what the street is
        if parents:
            out[m.text] = parents
    return out


def _defined(mention: Mention, definitions: dict[str, list[Place]]) -> Place | None:
    """The one place of a shared name that lies inside the parents the text defines it by."""
    parents = definitions.get(mention.text)
    if not parents:
        return None
    inside = [p for p in mention.places if all(p.is_within(parent) for parent in parents)]
    return inside[0] if len(inside) == 1 else None


def _defined_above(ambiguous: list[Mention], definitions: dict[str, list[Place]]) -> Place | None:
    """`铁西区：…` / `铁西区是辽宁老工业基地…`: a shared header name the text defines by a parent that holds several
    of its readings (沈阳's and 鞍山's 铁西区 both lie in 辽宁) stops at that parent (GUIDELINES, region, decided
    for h101); one reading inside is `_defined`'s case."""
    for m in ambiguous:
        parents = definitions.get(m.text)
        if not parents:
            continue
        inside = [p for p in m.places if all(p.is_within(parent) for parent in parents)]
        if len(inside) >= 2:
            return max(parents, key=lambda p: _DEPTH[p.level])
    return None


def resolve_region(
    title: str | None,
    author_org: str | None,
    body: str,
    outlet: str | None = None,
    subtitle: str | None = None,
    byline: str | None = None,
) -> Region:
    """Where the case happened (module docstring); a common-noun district name left out says so in the note
    when the region stops above county level (`老城区` read as the old town). The outlet's name
    (`临沂市河东区人民政府`) never places the case itself, but the city it names picks a shared district name
    as one named in the text would (tests/gold/GUIDELINES.md, region, decided for h201). The headline's `——`
    sub-title is read with it: a feature's place often stands only there (`镜城商圈 同心共治` /
    `——丹阳市云阳街道…见闻`). A speech summary's speaker line (the byline) names the committee the speaker speaks for
    (`中共西宁市委常委、组织部部长`): read like an author line when there is none."""
    common_nouns: list[str] = []
    author_org = author_org or speaker_committee(byline)
    if subtitle:
        title = f"{title or ''}——{subtitle}"
    region = _resolve_region(title, author_org, body, common_nouns, outlet)
    if not common_nouns or region.level == "county":
        return region
    names = "、".join(dict.fromkeys(common_nouns))
    reason = f"{names} read as a common noun: not written with its city nor as a body's name"
    return replace(region, note="; ".join(filter(None, [region.note, reason])))


def _resolve_region(
    title: str | None, author_org: str | None, body: str, common_nouns: list[str], outlet: str | None = None
) -> Region:
    header = [("author_org", m) for m in with_counties_after_cities(author_org or "", find_mentions(author_org))] + [
        ("title", m) for m in _unquoted(title, with_counties_after_cities(title or "", find_mentions(title)))
    ]
    body_mentions = _not_origins(
        body, with_short_forms(body, with_counties_after_cities(body, find_mentions(body, aliases=True)))
    )
    everywhere = [m for _, m in header] + body_mentions
    zoned = _streets_of_zones(body, body_mentions)
    if zoned:  # a street the body writes after its city's zone, wherever it is named (`金明池街道`, r045)
        header = [(s, _in_its_zone(m, zoned)) for s, m in header]
        body_mentions = [_in_its_zone(m, zoned) for m in body_mentions]
        everywhere = [m for _, m in header] + body_mentions
    # a header street or town of a province nothing else in the header names, while the header writes a city or
    # county of another (`老集镇` in `…串起老集镇新邻里`, an 安徽 town, beside the author's `湖州市南浔区`), is a
    # namesake there as in the text; the body's places do not unseat a header's street (`杨村街道` of 武清); nor is a
    # header word that is a city's short form with the body in another province (`_short_form_of_unnamed_province`)
    header_mentions = [m for _, m in header]
    header = [
        (s, m)
        for s, m in header
        if not _street_of_shared_county(m, everywhere)
        and not _street_of_unnamed_province(m, header_mentions)
        and not _short_form_of_unnamed_province(m, everywhere)
    ]
    body_mentions = [
        m
        for m in body_mentions
        if not _street_of_shared_county(m, everywhere) and not _street_of_unnamed_province(m, everywhere)
    ]
    definitions = _definitions(body, body_mentions)
    kept_header, kept_body = _common_nouns_as_places(
        header, body_mentions, {"author_org": author_org or "", "title": title or "", "body": body}, definitions
    )
    kept = {id(m) for _, m in kept_header} | {id(m) for m in kept_body}
    common_nouns += [m.text for m in [*(m for _, m in header), *body_mentions] if id(m) not in kept]
    header, body_mentions = kept_header, kept_body
    context = _context([m for _, m in header]) + _context(body_mentions) + _chained_shared_names(body, body_mentions)
    context += _context(find_mentions(outlet, aliases=False))
    texts = (title or "", author_org or "", outlet or "", body)
    context += _counties_of_shared_streets(texts, [m for _, m in header] + body_mentions)
    resolved: list[tuple[str, Mention, Place]] = []
    ambiguous: list[Mention] = []
    for source, m in header:
        place = _defined(m, definitions) or _pick(m, context)
        if place is None and m.text in common_noun_place_names():
            continue  # `老城区的“微更新”`: the common noun names no place, and leaves the case to the text
        if place is None:
            ambiguous.append(m)
        else:
            resolved.append((source, m, place))
    note = _ambiguity_note(ambiguous)
    resolved = _written_parents_kept(resolved)
    if resolved:
        place, conflict = _deepest_consistent([p for _, _, p in resolved])
        if place is not None:
            source = next(s for s, _, p in resolved if p.code == place.code or p.is_within(place))
            evidence = "、".join(dict.fromkeys(m.text for _, m, _ in resolved))
            if conflict:
                note = "; ".join(
                    filter(None, [note, f"header names several places ({evidence}): kept what they share"])
                )
            elif (
                place.level in ("province", "city")
                and not (
                    _SURVEY_HEADLINE.search(title or "") and any(s == "title" and p == place for s, _, p in resolved)
                )
                and not _province_led(title, place, resolved, body_mentions, body)
            ):
                # (a headline `上海：…` over a text that keeps naming 上海 reports the whole of it: _province_led)
                # (a survey of the place the title names, `关于宜春市…的调研报告`, covers all of it; a survey
                # whose place only its author names, `岳阳市委党校课题组`, may study one district of it)
                # the header gives the scope (`江苏省委组织部`); the text may pin the place inside it
                deeper = _from_body(body_mentions, context, within=place, definitions=definitions, text=body)
                deeper = _scoped(deeper, title)
                if (
                    deeper is not None
                    and deeper.adcode != _region(place, source, evidence, None).adcode
                    and not _scope_wide_example(body, place, deeper)
                    # `天津：…` over `天津市…天津市…南开区万兴街道…天津市`: one spot walked through (real set r121)
                    and _wider_story(deeper, body_mentions, context, body) is deeper
                ):
                    return deeper
            return _region(place, source, evidence, note)
    if ambiguous:
        # a shared header name (`红旗街道`: 21 places) says nothing; the text may still place the case
        found = _scoped(_from_body(body_mentions, context, definitions=definitions, text=body), title)
        if found is not None and _fits_shared_names(found, ambiguous, body):
            return found
        shared = _defined_above(ambiguous, definitions)
        if shared is None:
            return Region(note=note)
        return _region(shared, "body", shared.name, f"a shared name defined by {shared.name}, which holds several")
    found = _own_scope(_scoped(_from_body(body_mentions, context, definitions=definitions, text=body), title), body)
    found = _wider_story(found, body_mentions, context, body)
    if found is None and body_mentions:
        # (the text does name places, but no one of them is the case's: say which, so a reader can judge)
        named = list(dict.fromkeys(m.text for m in body_mentions))
        shown = "、".join(named[:6]) + ("…" if len(named) > 6 else "")
        return Region(
            note=f"the text names {shown}, but none of them places the case "
            "(short forms or a single mention only, rival places, or several provinces)"
        )
    return found or Region(note="no place named in title, author or text")


def _streets_of_zones(body: str, mentions: list[Mention]) -> dict[str, Place]:
    """Streets written right after a zone of their city (`开封市城乡一体化示范区金明池街道`), each with that city.

    The gazetteer files such a street under a county, but the text says a development or demonstration zone runs
    it: the case stops at the city, as it does for a generic zone after a city (RULEBOOK region; real set r045)."""
    zoned: dict[str, Place] = {}
    for m in mentions:
        streets = [p for p in m.places if p.level == "street" and p.city_code]
        if len(streets) != 1 or m.alias:
            continue
        before = body[max(0, m.start - _ZONE_REACH) : m.start]
        if not before.endswith(lx.ZONE_ENDINGS):
            continue
        city = gazetteer().places.get(streets[0].city_code or "")
        if city is not None and (city.name in before or city.name[:-1] in before):
            zoned[m.text] = city
    return zoned


_ZONE_REACH = 16  # characters between a city's name and a street in which the zone's name stands


def _in_its_zone(mention: Mention, zoned: dict[str, Place]) -> Mention:
    city = zoned.get(mention.text)
    return mention if city is None else replace(mention, places=(city,))


def _written_parents_kept(resolved: list[tuple[str, Mention, Place]]) -> list[tuple[str, Mention, Place]]:
    """`日照市东港区北京路街道`: a street written right after a county of its own city that the gazetteer files under
    another county of that city (a development zone's administration) lies where the text writes it: the county
    written as its parent stands, and the street's filing does not pull the case up to the city (GUIDELINES,
    region, decided for h946)."""
    dropped: set[int] = set()
    for (s1, a, p), (s2, b, q) in pairwise(resolved):
        if s1 == s2 and a.end == b.start and p.level == "county" and q.level == "street" and not q.is_within(p):
            # (`北安市兆麟街道`: the gazetteer knows only 哈尔滨's 兆麟街道; the text writes 北安's)
            dropped.add(id(b))
    return [r for r in resolved if id(r[1]) not in dropped]


def _common_nouns_as_places(
    header: list[tuple[str, Mention]],
    body_mentions: list[Mention],
    texts: dict[str, str],
    definitions: dict[str, list[Place]],
) -> tuple[list[tuple[str, Mention]], list[Mention]]:
    """Drop the mentions of a common-noun district name (`老城区`, `城关区`) that name no place.

    Such a name names its district when written with its parent (`洛阳市老城区`), defined by it (`城关区是
    拉萨市的…`), or where only a place name stands (`老城区委`, a headline's `老城区：`); its later bare
    mentions then refer to it. Otherwise it is the common noun (`激活老城区治理`, `西工区是洛阳的老城区之一`),
    and counts for nothing. A bare mention also yields to another district of the same city written out in
    such a position (`中共洛阳市西工区委`): the text is that district's, and its `老城区` is the old town.
    A wrong place is worse than none (tests/gold/GUIDELINES.md, region)."""
    names = common_noun_place_names()
    sourced = [(s, m) for s, m in header] + [("body", m) for m in body_mentions]
    if not any(_of_common_noun(m, names) for _, m in sourced):
        return header, body_mentions
    by_source: dict[str, list[Mention]] = {}
    for source, m in sourced:
        by_source.setdefault(source, []).append(m)
    named: set[int] = set()  # ids of mentions written as a place name
    for source, mentions in by_source.items():
        text = texts[source]
        ordered = sorted(mentions, key=lambda m: m.start)
        for k, m in enumerate(ordered):
            if _in_place_name_position(text, m, ordered[k - 1] if k else None, definitions):
                named.add(id(m))
    established = {_full_name(m) for _, m in sourced if _of_common_noun(m, names) and id(m) in named}
    explicit_cities = {
        m.places[0].city_code
        for _, m in sourced
        if id(m) in named and not _of_common_noun(m, names) and len(m.places) == 1 and m.places[0].level == "county"
    }

    def keep(m: Mention) -> bool:
        if not _of_common_noun(m, names) or id(m) in named:
            return True
        return _full_name(m) in established and not any(p.city_code in explicit_cities for p in m.places)

    return [(s, m) for s, m in header if keep(m)], [m for m in body_mentions if keep(m)]


def _of_common_noun(m: Mention, names: frozenset[str]) -> bool:
    """A mention of a common-noun district name, written in full (`平房区`) or as its short form (`平房`, which a
    text about old housing uses for the bungalows themselves)."""
    return m.text in names or (m.alias and all(p.name in names for p in m.places))


def _full_name(m: Mention) -> str:
    """The name a short form stands for when all its places share it, else the mention's own text."""
    full = {p.name for p in m.places}
    return next(iter(full)) if m.alias and len(full) == 1 else m.text


def _in_place_name_position(
    text: str, mention: Mention, previous: Mention | None, definitions: dict[str, list[Place]]
) -> bool:
    """Written as a place's name: right after its parent (`洛阳市老城区`), defined by its parents, naming a
    body or seat (`老城区委`, `老城区人民政府`) or opening a headline or line before a colon (`老城区：`)."""
    parents = [q for q in previous.places if q.level in ("province", "city")] if previous and not previous.alias else []
    if (
        parents
        and _adjacent(text, previous.end, mention.start)
        and any(p.is_within(q) for p in mention.places for q in parents)
    ):
        return True
    if mention.text in definitions:
        return True
    if text.startswith(lx.PLACE_NAME_BODIES, mention.end):
        return True
    line_start = mention.start == 0 or text[mention.start - 1] == "\n"
    return line_start and text.startswith(("：", ":"), mention.end)


def _opens_headline(title: str, mention: Mention) -> bool:
    """`上海：…`, `【…】江苏：…`: the mention opens the headline (only symbols before it) and a colon follows it."""
    return not any(c.isalnum() for c in title[: mention.start]) and title.startswith(("：", ":"), mention.end)


# A headline whose subject is a whole province or city (`全省城市社区“…”服务群众超百万人次`, `全市推进…`), or
# the writer's own province or city (a provincial or city paper's `我省推进…`, `我市1.2万名党员…`, `本市…`),
# reports a scope-wide case: the districts and streets its text names are examples, not its place.
_SCOPE_HEADLINE = re.compile(r"^\W*(全省|全市|我省|我市|本省|本市)")
_SCOPE_DIGITS = {"全省": 2, "全市": 4, "我省": 2, "我市": 4, "本省": 2, "本市": 4}
# A survey or research report titled with a place (`关于宜春市…的调研报告`) studies the whole place; the
# districts and streets its fieldwork visited are samples.
_SURVEY_HEADLINE = re.compile(r"(?:调研报告|调查报告|调研与思考|调查与思考|调研综述)\W*$")


# The text's own subject is the whole scope (`全省共清理…`, `全市推广…`) when it says so this often.
_SCOPE_WORDS = {"province": "全省", "city": "全市"}
_SCOPE_MIN = 2


def _scope_wide_example(body: str, scope: Place, deeper: Region) -> bool:
    """A province- or city-wide report (`甘肃：…`, text `全省共清理…`) that names one unit inside once
    (`在兰州市城关区的一个社区，…`) gives an example: the case stays at the header's place. A case whose
    text keeps returning to the unit (`翠屏区…翠屏区…`) is that unit's."""
    word = _SCOPE_WORDS.get(scope.level)
    if word is None or body.count(word) < _SCOPE_MIN:
        return False
    unit = deeper.county or deeper.city
    if not unit:
        return False
    stem = unit[:-1] if len(unit) > 2 else unit  # `城关区` and its later short form `城关`
    return body.count(stem) <= 1 or _other_counties_named(body, scope, deeper)


def _other_counties_named(body: str, scope: Place, deeper: Region) -> bool:
    """`娄星区乐坪街道建起…；冷水江市依托…` … `在娄星区大科街道一处老旧小区，…`: a scope-wide report that names, beside
    the unit, another county of its scope in full gives examples of the scope's case, even when it returns to one of
    them (RULEBOOK region: a city-wide item with example districts stops at the city)."""
    own = (deeper.adcode or "")[:6]
    return any(p.code != own and p.name in body for p in _full_county_names_within(scope.code))


@lru_cache(maxsize=512)
def _full_county_names_within(scope_code: str) -> tuple[Place, ...]:
    """The counties of a province or city with a name of three characters or more (`冷水江市`, not `城区`), looked up
    once per scope rather than across the whole gazetteer per text."""
    gz = gazetteer()
    scope = gz.places[scope_code]
    return tuple(p for p in gz.places.values() if p.level == "county" and len(p.name) >= 3 and p.is_within(scope))


# A city or provincial paper writing of its own place (`我市在城区全面推行…`, `我省…`), whose text says the case
# covers all of it (`全市城区已建成…`, twice or more), reports a scope-wide case with no place in its header: a
# district or street it names once is an example (round Z: d1406, 56th set, `梅江区金山街道` in a 梅州日报 item
# on `我市`; the same kind as d1147 and d1223, whose headlines said `我省`, `我市`). A region-wrong guard.
_OWN_SCOPE_WORDS = {"city": ("我市", "本市"), "province": ("我省", "本省")}


def _own_scope(found: Region | None, body: str) -> Region | None:
    """A place found in the text, no deeper than the writer's own city or province when the text reports a case
    that covers it."""
    if found is None or not found.adcode or found.level in (None, "province"):
        return found
    gz = gazetteer()
    for level, digits in (("city", 4), ("province", 2)):
        if _DEPTH[level] >= _DEPTH[found.level] or not any(w in body for w in _OWN_SCOPE_WORDS[level]):
            continue
        scope = gz.places.get(found.adcode[:digits])
        if scope is not None and scope.level == level and _scope_wide_example(body, scope, found):
            return _region(scope, "body", scope.name, f"the text reports a {_SCOPE_WORDS[level]} case of its own place")
    return found


_WIDER_STORY_MIN = 2  # mentions of the city or province on its own that make the story its own
_ROUND_UP_PROVINCES = 3  # provinces named in full beside a county named at one spot: a national round-up


def _wider_story(found: Region | None, mentions: list[Mention], context: list[Place], text: str) -> Region | None:
    """A county the text names at one spot only (`海淀区永定路街道太平路48号院`, once), in a text that keeps naming
    its city or province on its own (`北京市市民热线服务中心` … `北京市…` …), is an example walked through in the
    city's or province's story, not the case's place (RULEBOOK region: city-wide and province-wide items with
    example districts). With other cities of the province named too (`临沂`, `潍坊`, `枣庄`), the story is the
    province's. Real set r030, r060, r097: a national paper's or CCTV's feature on a city's hotline or a province's
    community jobs, each walking through one district. A text naming one spot in each of three provinces or more is a
    national round-up: no one place (r044)."""
    if found is None or found.level != "county" or not found.adcode:
        return found
    gz = gazetteer()
    county = gz.places.get(found.adcode)
    if county is None:
        return found
    spots = 0
    own: Counter[str] = Counter()
    others: set[str] = set()
    provinces: set[str] = set()
    previous: tuple[Place, int, bool] | None = None  # the last place, where it ended, whether it counted as own
    for m in mentions:
        place = m.places[0] if len(m.places) == 1 else _pick(m, context)
        if place is None:
            previous = None
            continue
        chained = previous is not None and _adjacent(text, previous[1], m.start) and place.is_within(previous[0])
        if chained and previous is not None and previous[2]:
            own[previous[0].code] -= 1  # `济南市历城区`: the city written as the county's parent, not on its own
        counted = False
        if not m.alias:
            provinces.add(place.province_code)
        if place.is_within(county):
            spots += 0 if chained and previous is not None and previous[0].is_within(county) else 1
        elif place.level in ("province", "city") and county.is_within(place):
            # full names only: a short form is mostly part of another word (`北京城市副中心`, `铜陵人`, `北京…学院`)
            counted = not m.alias
            own[place.code] += counted
        elif place.level in ("city", "county") and place.province_code == county.province_code:
            others.add(place.city_code or place.code)
        previous = (place, m.end, counted)
    if spots != 1:
        return found
    if len(provinces) >= _ROUND_UP_PROVINCES:
        # `山东省青岛市市南区…福建省厦门市…重庆市北碚区…湖北省武汉市…`: a national round-up's examples, one spot each
        names = "、".join(gz.places[c].name for c in sorted(provinces))
        return Region(note=f"a round-up naming places of {len(provinces)} provinces ({names}) once each: no one place")
    city, province = county.city_code, county.province_code
    if city and own[city] >= _WIDER_STORY_MIN and len(others - {city}) < 2:
        scope = gz.places[city]
    elif own[province] + (own[city] if city else 0) >= _WIDER_STORY_MIN:
        scope = gz.places[province]
    else:
        return found
    note = f"{found.county} named at one spot of a story that keeps naming {scope.name}: an example"
    return _region(scope, "body", scope.name, note)


# A headline led by a province or a municipality and a colon (`上海：城市基层党建赢得民心`), over a text that keeps
# coming back to that place on its own (`上海已经有…`, `上海每个区将…`), reports the whole of it: the district or
# street it walks through is an example (RULEBOOK region: province-wide items). The same headline over a text that
# names the place only as the parent of its district (`北京海淀区…`, `北京市海淀区已形成…`) is that district's case.
# Real set r093, r118 (CCTV items placed at one street before); r015, r018, r119 stay at their districts.
_PROVINCE_LED_MIN = 3  # the body's own mentions of the headline's place


def _province_led(
    title: str | None, place: Place, resolved: list[tuple[str, Mention, Place]], mentions: list[Mention], body: str
) -> bool:
    """Whether the headline opens with `place`, a province or municipality, and a colon, and the text names it on
    its own (not as the parent written before a place inside it) at least _PROVINCE_LED_MIN times."""
    if place.level != "province" or not any(
        s == "title" and p == place and _opens_headline(title or "", m) for s, m, p in resolved
    ):
        return False
    own = 0
    for i, m in enumerate(mentions):
        if place not in m.places:
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        parent_of_next = (
            following is not None
            and _adjacent(body, m.end, following.start)
            and any(p.is_within(place) and p != place for p in following.places)
        )
        own += not parent_of_next
    return own >= _PROVINCE_LED_MIN


def _scoped(found: Region | None, title: str | None) -> Region | None:
    """A place found in the text, no deeper than the scope the headline declares."""
    scope = _SCOPE_HEADLINE.match(title or "")
    if found is None or scope is None or not found.adcode:
        return found
    gz = gazetteer()
    place = gz.places.get(found.adcode[: _SCOPE_DIGITS[scope.group(1)]])
    if place is None or _DEPTH[place.level] >= _DEPTH[found.level or "county"]:
        return found
    return _region(place, found.source or "body", place.name, f"the headline reports a {scope.group(1)} case")


def _fits_shared_names(found: Region, ambiguous: list[Mention], text: str = "") -> bool:
    """Whether a place the text gives can stand beside the header's shared names: one of their places
    lies in it or around it, or none lies in its province (then the name's own place is missing from the
    gazetteer, `红旗街道` of 兰州). A namesake in the same province but elsewhere makes it a guess, unless the
    text writes the shared name right after the county it found (`辽阳市白塔区站前街道`: the street is that
    county's, whatever the gazetteer files; RULEBOOK region, a street resolved by the district named with it)."""
    code = found.adcode or ""
    key = code.rstrip("0") if len(code.rstrip("0")) >= 2 else code[:2]
    for m in ambiguous:
        if found.county and f"{found.county}{m.text}" in text:
            continue
        related = [p for p in m.places if p.code.startswith(key) or key.startswith(p.code)]
        same_province = [p for p in m.places if p.province_code == code[:2]]
        if same_province and not related:
            return False
    return True


def _not_origins(body: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the places people come from or go to (`来自四川广元的建筑工人`, `赴南京市鼓楼区考察`): they
    are not where the case happens, and as context they would pick a shared name's wrong namesake."""
    borrowed = [(b.start(), b.end()) for b in _BORROWED_FROM.finditer(body)]
    return [
        m
        for m in mentions
        if not body[max(0, m.start - 2) : m.start].endswith(lx.ORIGIN_CUES)
        and not any(a <= m.start and m.end <= b for a, b in borrowed)
    ]


# Experience borrowed from elsewhere (`借鉴了沈阳市和平区“小区议事”的经验`, `学习借鉴杭州市上城区的做法`): a comparison
# place, not the case's (RULEBOOK region, places that say nothing: comparison places; round AC, d1065 42nd set and
# made-up probes)
# (review AC: with the county-then-shared-street reading of _fits_shared_names it moves d1065 only; kept, the kind is
# the genre's: 65 development texts borrow another place's experience, 借鉴…的经验/做法)
_BORROWED_FROM = re.compile(r"(?:借鉴|学习|参考|吸收|吸取)了?[^，,。；;：:！？]{2,24}?的?(?:经验|做法|模式)")


def with_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the short forms of counties named in full earlier in the text (`义乌市…义乌` → 义乌).

    Articles name a county-level place in full once and then drop its suffix. A bare two-character
    county stem is too common a word to look up everywhere, so a short form counts only after its
    full name has appeared in the same text.
    """
    stems: dict[str, tuple[int, tuple[Place, ...]]] = {}
    for m in mentions:
        if m.alias or not all(p.level == "county" for p in m.places) or m.text[-1] not in "市县区旗":
            continue
        stem = m.text[:-1]
        if len(stem) >= 2 and stem not in lx.GENERIC_REGION_NAMES:
            stems.setdefault(stem, (m.end, m.places))
    if not stems:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for stem, (after, places) in stems.items():
        for start, end in occurrences(text, stem, after):
            if any(a < end and start < b for a, b in taken):
                continue
            extra.append(Mention(start, end, stem, places, True))
    return sorted(mentions + extra, key=lambda m: m.start)


# the opening sentence's subject and a verb locating it, right before the place (`睦岗街道地处`, `某社区位于`)
# (review AC: it moves d1577 only; kept, the genre opens this way, a line led by its subject and 地处/位于/坐落于 in 370
# development texts, most placed by other rules already)
_LOCATED_IN = re.compile(r"^[^，,。！？；;：:]{2,16}(?:地处|位于|坐落于|地属|隶属于?)$")


def _from_body(
    mentions: list[Mention],
    context: list[Place],
    within: Place | None = None,
    definitions: dict[str, list[Place]] | None = None,
    text: str = "",
) -> Region | None:
    """The deepest place that most mentions agree on (at least two votes).

    Full names vote for the place and every division above it; a county's short form (after its full
    name) votes like its full name; a name written right after one of its parents (`常州市天宁区`,
    `江苏省江阴市`) is explicit: it counts twice, so one such mention can place a case, and it need
    not reach the 60% share of the top vote that other places need.
    Province and city short forms (`云南`, `成都`) are left out: they name origins and comparisons too,
    except a city's short form right before a development-zone word (`衡阳高新区`, `株洲经开区`): the zone
    lies in that city, and the case stops at the city (tests/gold/GUIDELINES.md, region).
    """
    votes: Counter[str] = Counter()
    names: dict[str, list[str]] = {}
    explicit: set[str] = set()
    previous: Place | None = None
    previous_end = -1
    for m in mentions:
        if m.alias and not all(p.level == "county" for p in m.places) and not _zone_of_city(m, text):
            # a city's or province's short form casts no vote, yet it is the parent of a county written right after it
            # (`在“爽爽的贵阳”，云岩区…`, `浙江义乌`)
            if len(m.places) == 1 and m.places[0].level in ("city", "province"):
                previous, previous_end = m.places[0], m.end
            continue
        place = _defined(m, definitions or {}) or _pick(m, context)
        if place is None:
            previous = None
            continue
        if within is not None and not place.is_within(within):
            previous = None
            continue
        # `常州市天宁区` (parent right before) and `翠屏区是四川省宜宾市的…` (defined by its parent) are explicit
        chained = (
            (previous is not None and _adjacent(text, previous_end, m.start) and place.is_within(previous))
            or (definitions is not None and m.text in definitions and not m.alias and _defined(m, definitions) == place)
            # the body opens with the place as its subject (`钦南区沙埠街道渔港社区紧邻…`): the case's place
            or (m.start == 0 and not m.alias and len(m.places) == 1 and place.level == "county")
            # the body's first sentence locates its subject in the place (`睦岗街道地处端州区北部…`, `…位于…县城`):
            # a county named once there is the case's place (RULEBOOK region, places named once; round AC, d1577)
            or (
                not m.alias
                and len(m.places) == 1
                and place.level == "county"
                and bool(_LOCATED_IN.search(text[: m.start]))
            )
        )
        for code in place.lineage:
            votes[code] += 1
            names.setdefault(code, []).append(m.text)
        if chained:
            votes[place.code] += 1
            explicit.add(place.code)
        previous, previous_end = place, m.end
    if not votes:
        return None
    gz = gazetteer()
    if within is None and _several_provinces(votes):
        return None
    top = max(votes.values())
    candidates = [c for c, n in votes.items() if n >= 2 and (n >= 0.6 * top or c in explicit)]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (_DEPTH[gz.places[c].level], votes[c]))
    if within is not None and any(_rivals(code, votes) for code in _below(best, within)):
        # the header gives the scope and the text names several units inside it (`青秀区、西乡塘区等`,
        # `西宁市城西区…海东市乐都区…`): examples of a scope-wide case, not the case's own place. Rivals count
        # at every level between the scope and the place: a province-wide item that names one district of one
        # of the several cities it lists (`南宁市青秀区的一个小区…柳州市…桂林市…`) is placed at the province
        return None
    if within is None and _rivals(best, votes, same_province=True) and _not_alone(best, explicit):
        # no header place, and the text names several counties (`涪城区推出…；游仙区建立…`): a city-wide
        # case's examples or a comparison; the case is placed only as deep as they all agree. A county
        # written with its parent outweighs bare rivals, not another so written (`呼和浩特市新城区…赤峰市
        # 红山区…`: two examples of a region-wide report)
        shared = _shared_parent(best, votes)
        if shared is None or votes[shared] < 2:
            return None
        best = shared
    evidence = "、".join(dict.fromkeys(names[best]))
    note = (
        "placed from the text: the title and author name no place"
        if within is None
        else f"placed from the text inside {within.name}, which the title or author names"
    )
    return _region(gz.places[best], "body", evidence, note)


# Between a parent and the place inside it: nothing, or a closing quote and a comma (`贵阳”，云岩区`).
_PARENT_GAP = re.compile(r"[”’」』\s]{0,2}[，,、：:\s]?")


def _below(best: str, scope: Place) -> list[str]:
    """`best` and every division above it that lies strictly inside `scope`: the levels a rival may sit at."""
    places = gazetteer().places
    return [c for c in places[best].lineage if c in places and c != scope.code and places[c].is_within(scope)]


def _not_alone(best: str, explicit: set[str]) -> bool:
    """Whether `best` lacks what lets one county outvote its rivals: being the only place of its level the
    text writes with its parent (`常州市天宁区`). Two such counties of one province are both examples."""
    places = gazetteer().places
    # a street written after its county (`海口市美兰区白沙街道`) is weighed at its county's level: regions stop there
    county = places[best].county_code or best
    if best not in explicit and county not in explicit:
        return True
    level, province = places[county].level, places[county].province_code
    # a street written after its district counts at the district too (round AD: d1911, 78th set, a 解放日报
    # round-up of `本市` writing `在普陀区，长征镇…` and `在杨浦区，殷行街道…`; d1781, 69th: two districts, each
    # with its street, are examples)
    counties = {places[c].county_code or c for c in explicit}
    return any(c != county and places[c].level == level and places[c].province_code == province for c in counties)


def _adjacent(text: str, previous_end: int, start: int) -> bool:
    """Whether a place follows its parent with at most closing punctuation between them."""
    if previous_end == start:
        return True
    if previous_end < 0 or start - previous_end > 3 or not text:
        return False
    return _PARENT_GAP.fullmatch(text[previous_end:start]) is not None


def _shared_parent(best: str, votes: Counter[str]) -> str | None:
    """The deepest division above `best` that every voted place of `best`'s level lies in."""
    places = gazetteer().places
    county = places[best].county_code or best
    level = places[county].level
    # a county of another province is an origin or a comparison (`应城市`), no sibling
    peers = [
        places[c] for c in votes if places[c].level == level and places[c].province_code == places[county].province_code
    ]
    common = set(places[county].lineage[:-1])
    for p in peers:
        common &= set(p.lineage[:-1])
    return max(common, key=len) if common else None


def _zone_of_city(mention: Mention, text: str) -> bool:
    """`衡阳高新区`: a city's short form followed by a generic development-zone word."""
    return all(p.level == "city" for p in mention.places) and text.startswith(lx.DEVELOPMENT_ZONES, mention.end)


_ROUND_UP_VOTES = 3  # votes of a county (a mention with its parent counts twice): a paragraph of the round-up each


def _several_provinces(votes: Counter[str]) -> bool:
    """The text is a round-up of several provinces' places (`江苏昆山市…山东桓台县…重庆黔江区…`, a national paper's
    report on the local practice of three provinces, real set): in two provinces at least a county (or a street,
    which votes for its county) is written three times or more, the second province's at least half as often as
    the first's. No single place is the case's then. A city of another province named for comparison or as an
    origin (`学习苏州市的经验`) has no county written, and a paired district named twice (`宁波市海曙区` sending
    volunteers, `北京市西城区` a sister district: development texts d804, d843) leaves a one-place case alone."""
    places = gazetteer().places
    by_province: dict[str, int] = {}
    for code, n in votes.items():
        place = places[code]
        if place.level == "county" and n >= _ROUND_UP_VOTES:
            by_province[place.province_code] = max(by_province.get(place.province_code, 0), n)
    counts = sorted(by_province.values(), reverse=True)
    return len(counts) >= 2 and counts[1] >= 0.5 * counts[0]


def _rivals(best: str, votes: Counter[str], same_province: bool = False) -> bool:
    """Whether the text also names another place of `best`'s level (a sibling, not an ancestor).

    Regions stop at county level, so two streets of one county are no rivals. With `same_province`, a
    place of another province is none either: with no header place it is an origin, a comparison or a
    word that reads as a name (`沿海城市` → 海城市), and it must not pull a city-wide case up to its province.
    """
    places = gazetteer().places
    best = places[best].county_code or best
    level = places[best].level
    province = places[best].province_code
    return any(
        code != best and places[code].level == level and (not same_province or places[code].province_code == province)
        for code in votes
    )


def _parent_name(gz: Gazetteer, place: Place) -> str:
    """The name a place is told apart by: its city, or its province where the city is a municipality's `市辖区`
    (`北京市朝阳区` beside `长春市朝阳区`)."""
    city = gz.name_of(place.city_code)
    return (city if city and city not in ("市辖区", "县") else gz.name_of(place.province_code)) or "?"


def _ambiguity_note(ambiguous: list[Mention]) -> str | None:
    if not ambiguous:
        return None
    gz = gazetteer()
    parts = []
    for m in ambiguous:
        where = "、".join(sorted({_parent_name(gz, p) + p.name for p in m.places}))
        parts.append(f"{m.text} is ambiguous ({len(m.places)} places: {where}) and nothing in the text picks one")
    return "; ".join(parts)
