"""How Chinese reports number the items of a list, as characters and patterns shared by the readers of lists.

The reader keeps a line opening with a list number as a paragraph of its own (tasks/parse.py), the measures'
extractor reads the number as the item's marker (tasks/extract/practices.py) and the brand rules know a numbered
heading's lead (tasks/extract/brands.py): one definition, so that a style the one learns the others know too.
"""

from __future__ import annotations

CHINESE_DIGITS = "一二三四五六七八九十"
CIRCLED = "".join(map(chr, range(0x2460, 0x2474)))  # ① … ⑳
# One-character numbers of other styles that word processors and editors print, each a list family of its own (a
# list keeps to one style): `⑴⑵` and `⒈⒉` (Word and WPS list styles), `㈠㈡`, dingbat circles `❶❷`, `➀➁`, `➊➋`,
# and roman `Ⅰ Ⅱ` (a list number only with its point: `Ⅱ级响应` opens a sentence).
ENCLOSED_STYLES: dict[str, str] = {
    "paren_digit": "".join(map(chr, range(0x2474, 0x2488))),  # ⑴ … ⒇
    "digit_stop": "".join(map(chr, range(0x2488, 0x249C))),  # ⒈ … ⒛
    "paren_ideograph": "".join(map(chr, range(0x3220, 0x322A))),  # ㈠ … ㈩
    "dingbat_negative": "".join(map(chr, range(0x2776, 0x2780))),  # ❶ … ❿
    "dingbat_sans": "".join(map(chr, range(0x2780, 0x278A))),  # ➀ … ➉
    "dingbat_sans_negative": "".join(map(chr, range(0x278A, 0x2794))),  # ➊ … ➓
    "roman": "".join(map(chr, range(0x2160, 0x216C))),  # Ⅰ … Ⅻ
}
# Each one-character number's value (`⑶` → 3)
ENCLOSED_NUMBER: dict[str, int] = {
    ch: k for chars in (CIRCLED, *ENCLOSED_STYLES.values()) for k, ch in enumerate(chars, start=1)
}
# The one-character numbers that need no point after them (all but roman), as a character class's inside
UNPOINTED_NUMBERS = CIRCLED + "".join(chars for style, chars in ENCLOSED_STYLES.items() if style != "roman")
# Words that label an item of the measures with its ordinal (`做法一：…`, `举措二：…`): what was done, a move, a
# highlight of the work; results and lessons (`成效一：`, `启示二：`) are not among them.
MEASURE_LABELS = ("做法", "举措", "措施", "招数", "实招", "妙招", "亮点", "特色做法", "创新点", "创新做法")
# `做法一：`, `举措2、` (the ordinal in group 1)
LABELLED_ITEM = rf"(?:{'|'.join(MEASURE_LABELS)})([{CHINESE_DIGITS}]{{1,3}}|\d{{1,2}})\s*[：:，,、．.]"
# `第一，`, `其二：`, `第三步：`, `第四招，`: an ordinal word of the sentence, maybe with the step or move it
# counts (the ordinal in group 1); the item's marker is none, its lead what follows
ORDINAL_ITEM = rf"[第其]([{CHINESE_DIGITS}]{{1,2}})(?:步|招)?[，,、：:]"
# A one-character number opening an item: any unpointed style, or a roman numeral with its point
ONE_CHARACTER_ITEM = rf"(?:[{UNPOINTED_NUMBERS}]|[{ENCLOSED_STYLES['roman']}]\s*[.．、])"
# Decoration that bullets a line instead of a number (`▶ 建站点：…`, `🔹阵地建起来`, `⭐`, `❤`, `➤`): arrows, box
# pieces, geometric shapes, the miscellaneous symbols and dingbats (but the dingbat numbers `❶`-`➓`, which number),
# stars, pictographs and the emoji presentation selector, as a character class's inside.
BULLET_MARKS = (
    "\u2190-\u21ff\u2500-\u257f\u25a0-\u25ff\u2600-\u26ff\u2700-\u2775\u2794-\u27bf\u2b00-\u2bff"
    "\U0001f300-\U0001faff\ufe0f•·※"
)
# Bars that head a section's line (`▌具体怎么做？`, `▍来源：`): decoration, but no bullet of a list
BAR_MARKS = "\u2580-\u259f|"
