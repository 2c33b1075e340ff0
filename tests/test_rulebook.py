"""RULEBOOK.md, the consolidated annotation rules, against GUIDELINES.md, their history.

Every bracketed source label in the rulebook (`[h51, lead X, round S]`) must name a note that exists in GUIDELINES.md,
so that a reader can check each rule against the decision it comes from; and the rulebook must have a section per field.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
RULEBOOK = GOLD / "RULEBOOK.md"
GUIDELINES = GOLD / "GUIDELINES.md"

SECTIONS = [
    "format",
    "layout",
    "title",
    "published_at",
    "source_outlet",
    "author_org",
    "region",
    "practices (measures)",
    "brands",
    "facts (figures)",
    "Conflicts the lead should settle",
]

# One source label: a set's note (`h51`, `d867`), a lead decision (`lead X`, `lead audit`), a settled round (`round S`),
# the agreement study (`study h126`) or the field's base text (`base`).
LABEL = re.compile(r"^(?:[hd]\d+|lead (?:[A-Z]+|audit)|round [A-Z]+|study h\d+|base)$")
# A bracket group that looks like a list of labels: it holds at least one label-shaped token.
LABELISH = re.compile(r"\b(?:[hd]\d+|lead \w+|round \w+|study \w+)\b")
GROUP = re.compile(r"\[([^\[\]\n]+)\]")


@cache
def _guidelines() -> str:
    return GUIDELINES.read_text(encoding="utf-8")


def label_exists(label: str, guidelines: str) -> bool:
    """Whether `label` names a note, decision or round that GUIDELINES.md holds."""
    if label == "base":
        return True
    if m := re.fullmatch(r"([hd]\d+)", label):
        return f"(decided for `{m[1]}`" in guidelines
    if m := re.fullmatch(r"study (h\d+)", label):
        return f"(decided after the agreement study on `{m[1]}`" in guidelines
    if label == "lead audit":
        return "(decided by the lead after the gold audit" in guidelines
    if m := re.fullmatch(r"lead ([A-Z]+)", label):
        return re.search(rf"\(decided by the lead, round {m[1]}\b", guidelines) is not None
    if m := re.fullmatch(r"round ([A-Z]+)", label):
        return re.search(rf"\((?:settled|confirmed) in round {m[1]}\b", guidelines) is not None
    return False


def bad_labels(text: str, guidelines: str) -> list[str]:
    """Every bracketed source label of `text` that is malformed or names nothing in `guidelines`."""
    bad = []
    for group in GROUP.findall(text):
        if not LABELISH.search(group):
            continue
        for token in (t.strip() for t in group.split(",")):
            if not LABEL.match(token) or not label_exists(token, guidelines):
                bad.append(token)
    return bad


@pytest.fixture(scope="module")
def rulebook() -> str:
    return RULEBOOK.read_text(encoding="utf-8")


def test_every_label_names_a_note_in_guidelines(rulebook):
    assert bad_labels(rulebook, _guidelines()) == []


def test_rules_carry_labels(rulebook):
    groups = [g for g in GROUP.findall(rulebook) if LABELISH.search(g) or g.strip() == "base"]
    assert len(groups) >= 200


@pytest.mark.parametrize(
    "made_up",
    ["[h99999]", "[h51, h52]", "[lead Q]", "[round Z]", "[study h51]", "[d1]", "[h51, lead X, hh51]"],
)
def test_a_made_up_label_is_caught(made_up):
    assert bad_labels(f"- A rule (`例`). {made_up}", _guidelines())


def test_known_labels_pass():
    text = "- A rule. [h51, h1687, lead E, lead X, lead AA, lead audit, round N, round S, study h126, base]"
    assert bad_labels(text, _guidelines()) == []


def test_a_section_per_field_in_order(rulebook):
    headings = re.findall(r"^## (.+?)\s*$", rulebook, flags=re.M)
    assert [h for h in headings if h in SECTIONS] == SECTIONS


def test_every_field_section_has_rules(rulebook):
    parts = re.split(r"^## ", rulebook, flags=re.M)
    bodies = {p.split("\n", 1)[0].strip(): p for p in parts[1:]}
    for name in SECTIONS:
        assert re.search(r"^- ", bodies[name], flags=re.M), name


def test_guidelines_point_to_the_rulebook():
    head = _guidelines().split("\n## ", 1)[0]
    assert "read `RULEBOOK.md` in full" in head
