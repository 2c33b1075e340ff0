"""WeChat official-account articles (mp.weixin.qq.com), the form many case reports are reposted in.

One page design since 2014: headline `#activity-name`, the account's name `#js_name` (the outlet that
published it), an optional writer `#js_author_name`, the text `#js_content`. The date printed on a saved
page is relative (`昨天`, `前天`) or filled in by script, so the page's own creation time, `var ct =
"<unix seconds>"` in its script, dates it.
"""

from __future__ import annotations

from tasks.sites.adapter import Layout, Site

SITE = Site(
    name="wechat",
    hosts=("mp.weixin.qq.com",),
    layouts=(
        Layout(
            name="2014",
            fingerprint="#js_content",
            title=("#activity-name", "h1.rich_media_title", "h2.rich_media_title"),
            source=("#js_name", "#profileBt a", "strong.profile_nickname"),
            # the minute the app prints, when a saved page kept it (`2023-09-18 08:30`); a relative `前天` or the
            # script's empty slot leaves the page's creation time (`var ct`) to date it
            dateline=("#publish_time",),
            byline=("#js_author_name",),
            body=("#js_content",),
            script_epoch=r"var ct\s*=\s*[\"'](?P<epoch>\d{10})[\"']",
            drop=("#js_pc_qr_code", "#js_profile_qrcode", ".qr_code_pc", ".rich_media_tool", "#js_tags"),
        ),
    ),
)
