"""12371.cn (共产党员网): selectors as reported by public crawler configs (../shared/notes/sites.md).

Title `h1.big_title`, body `div.con` (or `div.word`), time and source in `i.time`, breadcrumb `#path a`.
"""

from __future__ import annotations

from tasks.sites.adapter import Layout, Site

SITE = Site(
    name="12371.cn",
    hosts=("12371.cn",),
    layouts=(
        Layout(
            name="2015",
            fingerprint="h1.big_title",
            title=("h1.big_title",),
            dateline=("i.time", "div.title_bottom i", "div.title_bottom"),
            body=("div.con", "div.word", "div#font_area"),
            editor=("div.bianji", "div.editor", "div.zrbj"),
            breadcrumb=("#path a", "div.dyw_path a", "div.path a"),
            drop=("div.share", "div.fenxiang", "div.xgyd", "div.dyw_xgyd", "div.page"),
        ),
    ),
)
