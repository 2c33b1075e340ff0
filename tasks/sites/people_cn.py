"""people.cn (人民网, incl. cpc./dangjian. 中国共产党新闻网): three layouts, selectors as data.

Verified layouts (../shared/notes/sites.md):
- 2020+: `div.rm_txt h1`, date and source in `div.channel div.col-1-1`, body `div.rm_txt_con`;
- 2016: `div.text_title h1`, `div.box01 div.fl`, body `div.box_con#rwb_zw`, pagination `div.zdfy`;
- older dangjian/cpc: `div.text_c h1`, `p.sou`, body `div.show_text`.
Multi-page articles link their pages from `div.zdfy` as `c117092-30308433-2.html`.
"""

from __future__ import annotations

from tasks.sites.adapter import Layout, Site

_DROP = (
    "div.zdfy",
    "div.edit",
    "div.otitle",
    "div.page_n",
    "table.pagebar",
    "div.share",
    "div.bshare-custom",
    "div.rwb_ewm",
    "div.ewm",
    "div.rm_relevant",
    "div.gotop",
)
_CRUMBS = ("#rwb_navpath a", "div.channel > span a", "div.clink a", "div.path a", "div.d2_nav a", "div.w1000 .fl a")

SITE = Site(
    name="people.cn",
    hosts=("people.com.cn", "people.cn"),
    next_page_pattern=r"/c\d+-\d+-\d+\.html$",
    layouts=(
        Layout(
            name="2020",
            fingerprint="div.rm_txt div.rm_txt_con",
            title=("div.rm_txt h1", "h1#newstit", "div.col-1 h1"),
            subtitles=("div.rm_txt h3.pre",),
            dateline=("div.channel div.col-1-1", "div.rm_txt div.col-1-1"),
            source=("div.channel div.col-1-1 a",),
            body=("div.rm_txt_con",),
            editor=("div.rm_txt div.edit", "div.edit"),
            breadcrumb=("#rwb_navpath a", "div.channel > div.col-1-1 ~ div a", "div.route a"),
            byline=("div.rm_txt p.author", "div.rm_txt div.author", "p.author"),
            pagination="div.zdfy a",
            drop=_DROP,
        ),
        Layout(
            name="2016",
            fingerprint="#rwb_zw",
            title=("div.text_title h1", "div.clearfix h1"),
            subtitles=("div.text_title h3.pre", "div.text_title h3"),
            dateline=("div.text_title div.box01 div.fl", "div.box01 div.fl"),
            source=("div.box01 div.fl a",),
            body=("div.box_con#rwb_zw", "#rwb_zw"),
            editor=("div.edit",),
            breadcrumb=_CRUMBS,
            byline=("div.text_title p.author", "p.author", "div.author"),
            pagination="div.zdfy a",
            drop=_DROP,
        ),
        Layout(
            name="classic",
            fingerprint="div.show_text",
            title=("div.text_c h1", "h1"),
            subtitles=("div.text_c h3", "div.text_c h2"),
            dateline=("div.text_c p.sou", "p.sou"),
            source=("p.sou a",),
            body=("div.show_text",),
            editor=("div.edit",),
            breadcrumb=_CRUMBS,
            byline=("div.text_title p.author", "p.author", "div.author"),
            pagination="div.zdfy a",
            drop=_DROP,
        ),
    ),
)
