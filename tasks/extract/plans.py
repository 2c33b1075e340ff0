"""Where a case speaks of what it has not done yet: its `下一步` plans and a research note's `对策建议`.

A name met only there is a proposal, not yet the case's own practice (GUIDELINES `h547`, `h597`: `双城社区`
explored `下一步`, activity days proposed in `对策建议`), so the brand extractor leaves it out; a name also met
in the body of the case stays."""

from __future__ import annotations

import re

from tasks.extract.literal import occurrences

# A heading over the plans or proposals (`四、下一步打算`, `三、对策建议`, `（五）今后工作思路`, `几点建议`): short, no
# sentence end. The section runs to the end of the text (plans close a case report).
_PLAN_HEADING = re.compile(
    r"^[\s\d一二三四五六七八九十（）()、.．·第部分章节]*"
    r"(?:[^\n。！？；]{0,10}(?:下一步|下步|今后|未来)(?:的)?(?:工作)?(?:打算|计划|思路|方向|重点|安排|举措|设想)"
    r"|[^\n。！？；]{0,10}(?:对策|意见|工作|几点|对策和|对策与|思考与|思考和|启示与)建议|对策|建议)"
    r"[^\n。！？；]{0,6}$",
    re.MULTILINE,
)
# A paragraph that turns to the plans (`下一步，街道将…`, `下一步我们将…`): from there to the end of its line.
# (`未来，将探索推行…` too; `未来社区将…` is Zhejiang's programme, so 未来 counts only before a comma)
_PLAN_PARAGRAPH = re.compile(r"(?:(?:下一步|下步|今后)(?:[，,：:]|[^\n，,。]{0,4}(?:将|要|计划|打算))|未来[，,])[^\n]*")


# A plan that spreads or links what the case already runs (`下一步将在全部楼门推广“…”`, `把议事厅与“…”平台打通`): the
# name is the case's own already, the plan only takes it further.
_SPREAD_BEFORE = re.compile(r"(?:推广|推开|复制|延伸|深化|升级|擦亮|用好|打通)[^，,。；;！？\n]{0,12}$")
_SPREAD_AFTER = re.compile(r"^[”」』]?[^，,。；;！？\n“「『]{0,8}(?:打通|推广|延伸|升级)")


# Words one of which every match of `_PLAN_HEADING` or `_PLAN_PARAGRAPH` holds: a body with none of them has no plans
# (a third of the texts; the heading pattern is tried at every line start otherwise).
_PLAN_WORDS = ("下一步", "下步", "今后", "未来", "建议", "对策")


def plan_spans(body: str) -> list[tuple[int, int]]:
    """Offsets of the parts that tell plans or proposals: a plans section to the end, a `下一步` paragraph's rest."""
    if not any(word in body for word in _PLAN_WORDS):
        return []
    spans = [(m.start(), len(body)) for m in _PLAN_HEADING.finditer(body) if len(m.group(0).strip()) <= 24]
    spans.extend((m.start(), m.end()) for m in _PLAN_PARAGRAPH.finditer(body))
    return spans


def only_in_plans(body: str, term: str, spans: list[tuple[int, int]]) -> bool:
    """The term occurs in the body, and every time inside a plan or a proposal."""
    found = occurrences(body, term) if spans else []  # (no spans: False, whatever is found)
    if not (found and spans) or not all(any(a <= s < b for a, b in spans) for s, _ in found):
        return False
    return not any(
        _SPREAD_BEFORE.search(body[max(0, s - 20) : s]) or _SPREAD_AFTER.match(body[e : e + 12]) for s, e in found
    )
