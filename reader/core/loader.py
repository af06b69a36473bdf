"""From a path (a folder, walked recursively, or one file) to articles.

``load_corpus`` returns every readable article and, for every file that is not
one, a ``Skipped`` entry with a one-line reason.  Nothing raises out of the
loader for a bad file, and nothing is ever written next to the user's files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.decoding import NotText, decode_bytes
from reader.core.discovery import iter_files, newest_first, os_reason, unique_ids
from reader.core.formats import Parsed, assemble, parse_article_text
from reader.core.models import Article, BlockKind, Skipped
from reader.core.script import script_counts, script_of
from reader.core.textnorm import show_controls

MAX_FILE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


# -------------------------------------------------------------------- reading


def load_article(path: Path, article_id: str | None = None) -> Article | Skipped:
    """Read and parse one file; never raises for a bad file."""
    data = read_article_bytes(path)
    if isinstance(data, Skipped):
        return data
    return parse_article_bytes(path, data, article_id)


def read_article_bytes(path: Path, size: int | None = None) -> bytes | Skipped:
    """A file's bytes, or why they are not read (too large, unreadable);
    ``size`` is the file's size when the caller has just taken it."""
    try:
        if size is None:
            size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Skipped(path, f"too large for an article ({size / 1e6:.0f} MB; limit {MAX_FILE_BYTES // 2**20} MB)")
        return path.read_bytes()
    except OSError as exc:
        return Skipped(path, os_reason(exc))


def parse_article_bytes(path: Path, data: bytes, article_id: str | None = None) -> Article | Skipped:
    """Decode and parse the bytes read from ``path``; never raises for a bad file."""
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return Skipped(path, str(exc))
    try:
        parsed = parse_article_text(decoded.text)
    except Exception as exc:  # a parser bug must not take the corpus down
        return Skipped(path, f"could not be parsed: {type(exc).__name__}: {exc}")
    text, blocks = assemble(parsed.blocks)
    if not text.strip():
        return Skipped(path, "no article text in this file")
    outlet = find_outlet(parsed, text)
    traditional_chars, simplified_chars = script_counts(parsed.title + text)
    return Article(
        id=article_id or path.stem,
        path=path,
        title=parsed.title or path.stem,
        outlet=outlet,
        author=find_author(parsed, text, outlet),
        published=show_controls(parsed.published),
        url=show_controls(parsed.url),
        script=script_of(traditional_chars, simplified_chars),
        encoding=decoded.encoding,
        text=text,
        blocks=blocks,
        traditional_chars=traditional_chars,
        warnings=tuple(show_controls(warning) for warning in parsed.warnings),
    )


def load_corpus(root: Path) -> Corpus:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_corpus(root):
        (skipped if isinstance(item, Skipped) else articles).append(item)  # type: ignore[arg-type]
    return Corpus(tuple(sort_articles(articles)), tuple(skipped))


def iter_corpus(root: Path) -> Iterator[Article | Skipped]:
    """Articles and skipped files in discovery order, with unique ids."""
    root = root.expanduser()
    files = list(iter_files(root))
    paths = [f for f in files if isinstance(f, Path)]
    ids = unique_ids(paths, root)
    for item in files:
        if isinstance(item, Skipped):
            yield item
        else:
            yield load_article(item, ids[item])


def sort_articles(articles: list[Article]) -> list[Article]:
    """In the list order the app and the CLI use (``discovery.newest_first``)."""
    return [articles[i] for i in newest_first(articles)]


# ----------------------------------------------------------- outlet and author

_OUTLET_PATTERNS = (
    # 【大公報訊】, 【环球时报综合报道】, 【环球时报驻法国特派记者 …】
    re.compile(r"【(?P<o>[^】\s]{2,12}?)(?:訊|讯|綜合報道|综合报道|報道|报道|消息|電|电|驻|駐)"),
    # （德国之声中文网）, （中央社記者…台北10日電）, (法新社巴黎10日電)
    re.compile(r"^[（(](?P<o>[^）)\s]{1,8}?(?:社|網|网|台|臺|報|报|之声|之聲|新闻|新聞|日报|日報))"),
    # 智东西（公众号：…）, 智东西2月10日报道
    re.compile(r"^(?P<o>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:（公众号|（公眾號|\(公众号)"),
    re.compile(r"(?:^|[\s|｜])(?P<o>[\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日(?:报道|報道|讯|訊|电|電)"),
    # 澎湃新闻记者 X
    re.compile(r"^(?P<o>[\u4e00-\u9fff]{2,6}?)(?:记者|記者)[ \u3000]"),
)
# A wire-service dateline glues the city to the outlet (新华社巴黎…电).
_OUTLET_AND_PLACE = re.compile(
    r"^(.{1,6}?(?:社|網|网|台|臺|報|报|新闻|新聞|之声|之聲))[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月)?(?:\d{1,2}日)?$"
)

_OUTLET_BY_DOMAIN = {
    "dw.com": "德国之声",
    "bbc.com": "BBC中文",
    "bbc.co.uk": "BBC中文",
    "rfi.fr": "法国国际广播电台",
    "voachinese.com": "美国之音",
    "cna.com.tw": "中央社",
    "rti.org.tw": "中央廣播電臺",
    "zaobao.com": "联合早报",
    "nytimes.com": "纽约时报中文网",
    "ftchinese.com": "FT中文网",
    "rfa.org": "自由亚洲电台",
    "takungpao.com": "大公報",
    "huanqiu.com": "环球时报",
    "thepaper.cn": "澎湃新闻",
    "xinhuanet.com": "新华社",
    "news.cn": "新华社",
    "chinadaily.com.cn": "中国日报",
    "zaobao.com.sg": "联合早报",
}


def find_outlet(parsed: Parsed, text: str) -> str:
    """The outlet as the article states it; the aggregator link is ignored."""
    for line in text.split("\n")[:12]:
        for pattern in _OUTLET_PATTERNS:
            match = pattern.search(line[:120])
            if match:
                outlet = match.group("o")
                glued = _OUTLET_AND_PLACE.match(outlet)
                return glued.group(1) if glued else outlet
    if parsed.url:
        host = re.sub(r"^https?://", "", parsed.url).split("/")[0].lower()
        for domain, outlet in _OUTLET_BY_DOMAIN.items():
            if host == domain or host.endswith("." + domain):
                return outlet
    if parsed.front_author:
        return parsed.front_author
    # The outlet may be stated further down (a closing 【…記者…】 credit).
    match = _OUTLET_PATTERNS[0].search(text)
    return match.group("o") if match else ""


_REPORTER = re.compile(
    r"(?:記者|记者|撰稿|編譯|编译|撰文)\s*(?:[|｜：:]\s*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、\u3000]+[\u4e00-\u9fff·]{2,4}){0,5})"
)
_NOT_A_NAME = re.compile(r"(報|报|社|網|网|台|臺|記者|记者|整理|表示|發自|发自)")
_ROLE_SUFFIX = re.compile(r"(编辑|編輯|编译|編譯|报道|報道|摄影|攝影)$")


def find_author(parsed: Parsed, text: str, outlet: str) -> str:
    """The reporter(s) named in a byline, else the front matter's author."""
    if parsed.author:
        return parsed.author
    if parsed.front_author and parsed.front_author != outlet:
        return parsed.front_author
    lines = text.split("\n")
    bylines = [b.text for b in parsed.blocks if b.kind is BlockKind.BYLINE]
    names: list[str] = []
    for line in bylines + lines[:15] + lines[-4:]:
        for match in _REPORTER.finditer(line[:120]):
            for name in re.split(r"[ 、\u3000]+", match.group("names")):
                name = _ROLE_SUFFIX.sub("", name)
                if len(name) >= 2 and not _NOT_A_NAME.search(name) and name not in names:
                    names.append(name)
        if names:
            return " ".join(names)
    return ""
