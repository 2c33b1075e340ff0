"""Lines that are page furniture, not article text: the site knowledge of the text parser, as data.

Patterns match simplified text (conversion runs before parsing). Add a line here, not an `if`
in the parser, when a new site brings a new widget.
"""

from __future__ import annotations

import re

from tasks.extract.lexicon import AD_LABEL_OPENINGS, AD_LABELS
from tasks.header_lines import LINE_OPENING_TOOLS

# Dropped wherever they stand.
WIDGET_LINES: tuple[str, ...] = (
    r"^微信[“\"]?扫一扫[”\"]?.*",
    r"^分享到[:：]?.*",
    rf"^(?:{'|'.join(LINE_OPENING_TOOLS)})(?:\s|$).*",
    r"^【?(?:字号|字体)[:：]?\s*[大中小\s]+】?$",
    # `扫一扫在手机打开当前页`, `扫一扫，了解更多`, `长按识别二维码关注`: a QR prompt; `◆ 扫一扫：清雪清到家门口` (a
    # measure heading of a doubled verb, like `巡一巡：…`, GUIDELINES h422 gold) is a colon, then a clause that
    # names no code, phone, page or account
    r"^(?:扫一扫|长按识别)(?![：:](?!.*(?:二维码|码|关注|分享|打开|手机|阅读|下载|识别|小程序|公众号|本页|当前页|本文))"
    r"\s*[\u4e00-\u9fff]{4}).{0,30}$",
    # `人民网客户端`, `下载XX新闻APP`; not an app's dateline (`宁夏日报客户端　2024年9月30日`: who published, and when)
    r"^(?:点击|进入|下载|打开)?\S{1,10}?(?:新闻)?(?:客户端|APP|App)(?:\s(?!\s*\d{4}\s*[-年./]).{0,20})?$",
    r"^(?:时政要闻|热点聚焦|图片新闻|推荐阅读|热门排行|相关新闻|延伸阅读|猜你喜欢)$",
    r"^[·•\s]*$",
    # a site's disclaimer (`免责声明：…仅代表作者观点`, `声明：证券时报力求信息真实、准确，…仅供参考，…风险自担。`)
    r"^[【\[]?(?:(?:免责|版权|特别)声明[】\]]?[:：]?|声明[】\]]?[:：])"
    r".*(?:无关|仅代表|不代表|版权归|转载|仅供参考|风险自担|不构成).*$",
    # WeChat reposts: prompts to follow the account above the headline, the collection tag line
    r"^\W{0,6}(?:点击|点)?.{0,4}(?:上方|下方)?.{0,4}(?:蓝字|名片).{0,4}关注[^。，,；]{0,10}$",
    r"^\W{0,6}(?:关注我们|关注公众号|设为星标|长按.{0,8}关注)[^。，,；]{0,12}$",
    # `▲点击上方“新城发布”关注我们`: the account's name in quotes instead of 蓝字
    r"^\W{0,6}(?:点击|点)(?:上方|下方|上面|顶部)\W?[^。，,；\s]{0,14}?\W?(?:关注|订阅)[^。，,；]{0,10}$",
    # `✦ 关注梧州发布，了解更多资讯 ✦`: follow the account, then what following brings
    # (`关注 迪庆组工，…`: a space may stand between 关注 and the account, or inside the name)
    r"^\W{0,6}关注\s*[^。，,；！!\s](?:\s?[^。，,；！!\s]){0,15}[，,]\s*(?:了解|获取|查看|第一时间|掌握|get)[^。，,；]{0,12}?\W{0,6}$",
    r"^收录于(?:合集|话题).{0,40}$",
    # a portal's rights line under a column piece (`本文为XX授权网易财经《亦观察》发布，转载请注明出处。本文仅为
    # 作者观点，不代表网易立场。`, `未经本网授权，不得转载`, `（本文仅代表作者个人观点）`): what the site says about
    # the piece, not the piece
    r"^[（(【\[]?\s*(?:本文|本稿|文章|稿件|此文|以上内容|版权所有|本网|本站)?[^。！？]{0,40}"
    r"(?:转载请注明|请勿转载|禁止转载|谢绝转载|不得转载|未经[^。，]{0,12}(?:许可|授权|同意)[^。]{0,12}转载)"
    r"[^。]{0,40}。?(?:[^。]{0,40}(?:仅代表|不代表|并不代表)[^。]{0,16}(?:立场|观点)[^。]{0,12}。?)?[）)】\]]?$",
    r"^[（(【\[]?\s*(?:本文|文章|此文|以上内容)[^。]{0,16}(?:仅代表|仅为|不代表|并不代表)[^。]{0,16}(?:立场|观点)[^。]{0,12}。?[）)】\]]?$",
    # a photo's credit under it (`图片来源：未来科学大奖官网`, `图源：网络`): who took or holds the picture, not text
    r"^[（(]?\s*(?:图片来源|图源|供图)\s*[:：|｜丨].{1,30}$",
    r"^#[^\s#。]{1,20}(?:\s+(?:#[^\s#。]{1,20}|\d+个))*\s*$",  # topic tags: `#基层党建 15个`
)

# Paid lines that mirrors and portals drop between paragraphs (`【推广】减肥神器 一周瘦10斤 点击了解`, `兼职打字员
# 日结300元 加微信了解`, `※ 转发本文到朋友圈集满30个赞即可领取精美礼品！`): an ad is not the article, and yields no
# figure, measure or place. Their figures were taken as facts at first sight in d1202, d1207 (53rd set), d1384 (55th),
# d1402, d1405 (56th). Dropped wherever they stand, like the widgets above.
# Labels of link rows to other items (`热门推荐：看图学党史｜十分钟读懂基层党建`): not this article.
# (round AB: `本站热推`, a plain member of these link-row labels, `◆本站熱推◆ …加盟 0元開店 三天學會`, d1532 61st set;
# review AB: moves one text, d1532; kept as a plain member of the labels, the rule being a link row's label)
LINK_ROW_LABELS: tuple[str, ...] = ("热门推荐", "热点推荐", "本站推荐", "精彩推荐", "本站热推")
# Words only an ad says (an offer, a contact): a line that says one and is no sentence or clause of the article.
AD_CUES: tuple[str, ...] = (r"日结\d+元", "月入过万", r"集满\d+个赞", "微信同号")
# Ad words that articles use too (`免费领取`, `点击进入`, `加微信`, `招商加盟`): an ad only where the line is cut into
# slogans by spaces or symbol runs (`居民点击进入小程序，就能…` may head a measure).
AD_SLOGAN_CUES: tuple[str, ...] = (
    "免费领取", "点击(?:了解|进入|咨询|领取|查看)", "加微信", "加QQ", "加客服", "诚招代理", "招商加盟",
    r"低至[\d一二三四五六七八九]+折", r"\d+折起", "限时(?:特惠|特价|抢购)", "包邮",
    "买一送一", "买二送一", "特卖", "抢购",
)  # fmt: skip
_AD_DECOR = r"[\W_]{0,8}"
_NO_CLAUSE_END = r"(?<![。，,；;：:])$"
AD_LINES: tuple[str, ...] = (
    # a label opens the line, bracketed or set off by a symbol, a colon or a space: `【广告】`, `〖推广〗`, `▌广告▌`,
    # `广告★ …`, `>>> 广告：…`, `推广：…`; not a word that goes on (`推广“红帆”做法`, `广告牌变身宣传栏`)
    rf"^{_AD_DECOR}(?:{'|'.join(sorted(AD_LABELS + LINK_ROW_LABELS, key=len, reverse=True))})"
    r"\s*(?:[】〗\]）)：:|｜▌▇▓★☆◆◇■□●○▲△▼※＊*#]|\s).*",
    # an ad slot: `＊＊本站广告位招租 联系QQ：…＊＊`, `广告位招租 联系电话：… ▲▲`
    rf"^{_AD_DECOR}(?:本站)?(?:{'|'.join(AD_LABEL_OPENINGS)}).*",
    # an offer or a contact, in a line that is no sentence or clause of the article (none ends with `。`, `，`, `：`)
    rf"^.{{0,50}}(?:{'|'.join(AD_CUES)}).{{0,40}}{_NO_CLAUSE_END}",
    # an offer or a call to click in a line of slogans
    rf"^(?=.*(?:\s|[★☆◆◇■□●○▲△▼▽※＊*#>→↑↓▌]{{2}})).{{0,50}}(?:{'|'.join(AD_SLOGAN_CUES)}).{{0,40}}{_NO_CLAUSE_END}",
)

# A reprint's note of the headline the first outlet printed (`原标题：…`, `（原标题：《…》）`), under the headline or
# after the piece: header or footer, never the article (RULEBOOK format: body; `原标题` never a title, header_lines)
ORIGINAL_HEADLINE = r"^[（(\[【]?\s*(?:本文)?原标题\s*[:：]"
# `《 人民日报 》（ 2024年05月20日 11 版）`, `《人民日报》（2026年05月13日 第 11 版）`: the paper and page a piece was
# printed on, as people.cn and the sites that reprint from it print it
PRINTED_IN = (
    r"^[（(]?\s*《\s*(?P<paper>[^》]{2,20}?)\s*》\s*[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]\s*[)）]?$"
)
# The labels of an editor credit (EDITOR_LINE below; an empty one is footer noise)
_EDITOR_LABEL = r"(?:责编|责任编辑|编辑|值班编辑|网络编辑|本期编辑|文字编辑)"

# The first of these that no article paragraph follows starts the footer; everything after it goes.
FOOTER_MARKERS: tuple[str, ...] = (
    r"^相关专题",
    r"^相关热词搜索",
    # `上一篇：…`, `【上一条】…`, `[下一条] …`: links to the neighbouring items of the site's list
    r"^[【\[]?[上下]一(?:篇|条)\s*(?:[:：]|[】\]])",
    r"^栏目专题推荐",
    r"^相关(?:新闻|阅读|链接|文章)",
    r"^(?:版权所有|Copyright|©)",
    # a portal's sponsor and record fields: `主办单位：…人民政府办公室　联系电话：…　青ICP备…`, `网站标识码：…`
    r"^(?:主办|承办|协办)(?:单位)?\s*[:：]",
    r"^(?:网站标识码|网站识别码)\s*[:：]?",
    r"^[\u4e00-\u9fff]{1,2}ICP备",
    # the credits closing a WeChat account's or a portal's piece: `校对|王芳`, `审核：李明`, `来源|某某组工`,
    # `摄影：李四`, `文字：王五`, and a label left empty (`责任编辑：`); the names are read from there (parse.py:
    # editors, the closing source and credit)
    r"^[（(]?\s*(?:校对|审核|审校|终审|初审|二审|三审|统筹|美编|排版|监制|出品|策划|(?:信息|稿件|文章|内容|本文)?来源"
    r"|摄影|拍摄|图片|文字|文图|图文|视频|制图|设计)"
    r"\s*[:：|｜丨]",
    rf"^{_EDITOR_LABEL}\s*[:：|｜丨]?\s*$",
    # a WeChat account's prompts under the piece: scan its code, reply a keyword, tap `在看`, open its menu
    r"^\W{0,4}(?:扫描|扫码|长按|识别)(?:下方|上方|图中|文末)?(?:的)?二维码",
    r"^\d{1,2}\s*[、.．]\s*回复\s*[【\[“\"]",
    r"^.{0,12}点(?:个|一下)?\s*(?:[【\[“\"]\s*在看\s*[】\]”\"]|在看[\W，,]*$)",
    r"^\W{0,4}点击(?:底部)?菜单栏",
    # the paper and page a news site's reprint was printed on, under it (`《 人民日报 》（ 2024年05月20日 11 版）`); the
    # paper is the outlet when the page names none (parse.py `_closing_outlet`)
    PRINTED_IN,
    # the end mark under a WeChat piece or a news item (`END`, `— END —`, `（完）`)
    r"^[\W_]*(?:END|End|THE\s*END|完)[\W_]*$",
    ORIGINAL_HEADLINE,
)
# A portal's link back to its front page at the end of the last paragraph (`…持续。返回腾讯网首页>>`,
# `（编辑：小何）返回搜狐，查看更多`): cut from the line, which then reads as what it is (a paragraph, an editor line).
BACK_LINK_END = r"\s*返回[\u4e00-\u9fffA-Za-z]{1,8}?(?:首页)?(?:[，,]\s*查看更多|\s*>>)\s*$"

# A footer line that names the collection the page belongs to: `· 全国党建案例库 · “…”征集评选活动 |`.
COLLECTION_FOOTER = r"^相关专题\s*[|｜]?\s*$"

# `(责编:宋晨、闫妍)`, `责任编辑：吴佳`, and a WeChat account's closing credits `编辑|张晓敏`, `责编｜李明`: editors are
# data, not body. A bracketed credit or a 责任编辑 closes the article (CLOSING_EDITORS); a bare `编辑：王五` may
# stand above the closing byline (`编辑：王五` / `中共XX区委组织部`), which stays the body's to read.
EDITOR_LINE = (
    rf"^(?:[（(\[【]\s*{_EDITOR_LABEL}\s*[:：|｜丨]\s*(?P<names>[^()（）]+?)\s*[)）\]】]"
    rf"|(?P<label>{_EDITOR_LABEL})\s*[:：|｜丨]\s*(?P<bare>[\u4e00-\u9fff·、 ]{{2,20}}))$"
)

CLOSING_EDITORS: tuple[str, ...] = ("责编", "责任编辑")

# Print pages: `(下转B2版)` means the article goes on elsewhere; `(上接A1版)` that it began elsewhere.
# the page as e-papers print it (`B2版`, `第8版`, `SC06版`: a section's letters, as header_lines' page labels read it;
# round AC, first sight d1115 49th set, d1444 58th)
CONTINUED_ON = r"[（(]\s*(?:下转|转)\s*第?\s*[A-Z]{0,2}\d*\s*[版页]\s*[)）]"
CONTINUED_FROM = r"^[（(]\s*上接\s*第?\s*[A-Z]{0,2}\d*\s*[版页]\s*[)）]"

WIDGET_RE = re.compile("|".join(f"(?:{p})" for p in WIDGET_LINES + AD_LINES))
FOOTER_RE = re.compile("|".join(f"(?:{p})" for p in FOOTER_MARKERS), re.I)
COLLECTION_FOOTER_RE = re.compile(COLLECTION_FOOTER)
EDITOR_RE = re.compile(EDITOR_LINE)
CONTINUED_ON_RE = re.compile(CONTINUED_ON)
CONTINUED_FROM_RE = re.compile(CONTINUED_FROM)
BACK_LINK_END_RE = re.compile(BACK_LINK_END)
ORIGINAL_HEADLINE_RE = re.compile(ORIGINAL_HEADLINE)
PRINTED_IN_RE = re.compile(PRINTED_IN)
