"""Pages built in code for tests: corrupted inputs, a GBK case page, decode fixtures, a navigation page.

Shared by several test modules (so that no test module imports another).
"""

from __future__ import annotations

import random
from pathlib import Path

from opencc import OpenCC

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"


NAV_ONLY = (
    "<html><head><title>导航页</title></head><body>"
    "<ul><li><a href='/a'>首页</a></li><li><a href='/b'>党建</a></li></ul></body></html>"
)


GBK_PAGE = """<html><head><meta charset="gb2312"><title>案例_人民网</title></head><body>
<h1>江苏某区:网格党建“红管家”</h1><div class="info">2019年03月04日10:15  来源:新华日报</div>
<div class="content"><p>某区坚持党建引领,在全区划分网格一千余个,组建“红管家”志愿服务队,累计服务群众两万余人次,
解决群众急难愁盼问题三千余件,居民满意度持续提升。</p><p>通过建立区域化党建联席会议制度,推动驻区单位与社区结对共建,
形成了资源共享、优势互补、共驻共建的工作格局,城市基层治理效能明显增强。</p>
<p>该区还推行“居民议事厅”制度,由社区党组织牵头,组织居民代表、物业企业、业主委员会共同协商小区公共事务,
全年召开议事会议四百余场,化解矛盾纠纷八百余件,让居民真正成为社区治理的参与者和受益者。</p></div></body></html>"""


def corrupt_inputs(folder: Path) -> dict[str, str]:
    """name → where it must end: articles | quarantine:<check> | failed:<reason> (and why)."""
    folder.mkdir()
    seed = (SEEDS / "000_48b2992bbe46c692.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in seed.splitlines() if line.strip())
    other = (SEEDS / "001_0812f27126c4a880.txt").read_text(encoding="utf-8")
    other_paragraphs = "".join(f"<p>{line}</p>" for line in other.splitlines() if line.strip())
    (folder / "empty.txt").write_bytes(b"")
    rng = random.Random(5)
    (folder / "junk.html").write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    links = "".join(f"<li><a href='/c/{i}'>栏目{i} 新闻</a></li>" for i in range(40))
    (folder / "nav_only.html").write_text(
        f"<html><head><meta charset='utf-8'><title>首页</title></head><body><ul>{links}</ul>"
        "<div>版权所有 人民网</div></body></html>",
        encoding="utf-8",
    )
    assert "2018年09月25日" in seed
    (folder / "future_date.txt").write_text(seed.replace("2018年09月25日", "2099年09月25日"), encoding="utf-8")
    (folder / "huge_line.txt").write_text("城市基层党建" * 300_000, encoding="utf-8")
    nested = "<div>" * 5000 + paragraphs + "</div>" * 5000
    (folder / "deep_nesting.html").write_text(
        f"<html><head><meta charset='utf-8'></head><body>{nested}</body></html>", encoding="utf-8"
    )
    (folder / "twin_a.txt").write_text(seed, encoding="utf-8")
    (folder / "twin_b.txt").write_text(seed, encoding="utf-8")
    (folder / "mislabelled.html").write_bytes(
        f"<html><head><meta charset='utf-8'></head><body>{other_paragraphs}</body></html>".encode("gb18030")
    )
    return {
        "empty.txt": "failed:empty input",
        "junk.html": "failed:binary content",
        "nav_only.html": "quarantine:article_prose",  # link texts: no sentences, no paragraph
        "future_date.txt": "quarantine:published_not_in_future",
        "huge_line.txt": "quarantine:str_length",  # one 1.8 M-character line: no title, no body
        "deep_nesting.html": "articles",
        "twin_a.txt": "articles",
        "twin_b.txt": "articles",  # loaded too, with a duplicate_content warning naming its twin
        "mislabelled.html": "articles",  # utf-8 label on GB18030 bytes: decoded as gb18030
    }


PARAGRAPHS = (
    "幸福里社区党委把小区党支部建在楼栋上，组织在职党员回社区报到，认领服务岗位一百二十个。",
    "街道党工委牵头成立共建联盟，十八家驻区单位签订共建协议，每季度召开一次联席会议，协商解决停车难、加装电梯等问题。",
    "网格员每周走访住户，收集居民意见建议，能当场办的当场办，不能当场办的提交议事会讨论，办理结果在公示栏公开。",
    "红色物业项目推动物业服务企业成立党支部，业主委员会成员中党员比例超过一半，物业费收缴率提高到百分之九十五。",
    "下一步，社区将总结经验做法，完善党建引领基层治理的制度机制，让居民的获得感、幸福感、安全感更加充实。",
)


TITLE = "幸福里社区党建引领基层治理"


def page(paragraphs: tuple[str, ...] = PARAGRAPHS, charset: str | None = "gb2312", title: str = TITLE) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{meta}<title>{title}</title></head><body>\n{body}\n</body></html>"


def damaged_at(raw: bytes, needle: str, encoding: str, offset: int, replacement: bytes) -> bytes:
    """Overwrite bytes at `offset` into the encoded `needle`: a corrupt byte where the test wants it."""
    start = raw.index(needle.encode(encoding)) + offset
    return raw[:start] + replacement + raw[start + len(replacement) :]


TRADITIONAL = tuple(OpenCC("s2t").convert(p) for p in PARAGRAPHS)


TRADITIONAL_TITLE = OpenCC("s2t").convert(TITLE)


def article_of(paragraphs: list[str]):
    """An Article of these body paragraphs and nothing else (no title, no header), its sections split as parsing
    does: what the case extractors read, built without a page."""
    from tasks.records import Article
    from tasks.sections import split_sections

    return Article(
        article_id="0" * 16, source_uri="x", title=None, published_at=None, source_outlet=None, author_org=None,
        editors=(), collection=None, channel=None, script_original="simplified", paragraphs=tuple(paragraphs),
        paragraphs_original=tuple(paragraphs), captions=(), is_truncated=False, content_sha256="", charset="utf-8",
        reader="text", sections=tuple(split_sections(paragraphs)),
    )  # fmt: skip
