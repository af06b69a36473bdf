"""The loader on the real seeds and on hostile files of every kind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.loader import load_article, load_corpus
from reader.core.models import Article, BlockKind, Skipped


def kinds(article: Article) -> list[str]:
    return [block.kind.value for block in article.blocks]


def headings(article: Article) -> list[str]:
    return [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]


# ------------------------------------------------------------------ the seeds


def test_seed_metadata(seed_by_id: dict[str, Article]) -> None:
    tkp, gt, zdx, dw = (seed_by_id[k] for k in ("000", "001", "002", "004"))
    assert tkp.title == "DeepSeek開源惠及全球 外交部：共享智能紅利"
    assert tkp.outlet == "大公報" and tkp.script == "traditional" and tkp.author == "郭瀚林"
    assert gt.title.startswith("中方派出高级别代表团") and gt.outlet == "环球时报"
    assert gt.published == "2025-02-12T07:02:11" and gt.script == "simplified"
    assert zdx.title == "刚刚，巴黎AI峰会开幕，百国探讨AI未来，DeepSeek成焦点" and zdx.outlet == "智东西"
    assert dw.title == "人工智能峰会——欧洲还有竞争力吗？" and dw.outlet == "德国之声"
    assert dw.author == "Dirk Kaufmann"
    assert dw.published.startswith("2025-02-10T15:02:43") and dw.published.endswith("+00:00")
    assert dw.url.startswith("https://www.dw.com/")
    for article in (tkp, gt, zdx, dw):
        assert article.encoding == "utf-8"
        assert article.id == article.path.stem


def test_offsets_cover_the_text(seeds) -> None:  # type: ignore[no-untyped-def]
    for article in seeds.articles:
        assert "\n".join(article.block_text(b) for b in article.blocks) == article.text
        assert all("\n" not in article.block_text(b) for b in article.blocks)


def test_one_line_body_becomes_paragraphs_and_headings(seed_by_id: dict[str, Article]) -> None:
    zdx = seed_by_id["002"]
    assert headings(zdx) == [
        "一、不认同美国对DeepSeek禁令，AI投资要对标“星际之门”",
        "二、第二日议程，8国联合发起通用人工智能倡议",
        "结语：聚焦AI行动峰会，安全可用成共识",
    ]
    paragraphs = [zdx.block_text(b) for b in zdx.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) >= 10
    assert max(len(p) for p in paragraphs) < 600
    assert any(zdx.block_text(b).startswith("▲") for b in zdx.blocks if b.kind is BlockKind.CAPTION)
    assert kinds(zdx)[-1] == "link"  # the aggregator's source link, kept apart


def test_html_body(seed_by_id: dict[str, Article]) -> None:
    dw = seed_by_id["004"]
    assert kinds(dw)[:3] == ["byline", "caption", "paragraph"]
    assert "美国领先 中国紧跟" in headings(dw)
    assert "<" not in dw.text and "&" not in dw.text
    assert "DeepSeek在人工智能领域引起轰动" in dw.text  # link text kept inline


def test_plain_text_family(seed_by_id: dict[str, Article]) -> None:
    tkp = seed_by_id["000"]
    assert kinds(tkp)[:2] == ["paragraph", "byline"]
    assert any(tkp.block_text(b).startswith("▲") for b in tkp.blocks if b.kind is BlockKind.CAPTION)
    levels = {b.level for b in tkp.blocks if b.kind is BlockKind.HEADING}
    assert levels == {1, 2, 3, 4}


# ------------------------------------------------------------------ encodings

BODY_T = "# 測試標題\n\n【大公報訊】法國總統馬克龍表示，人工智能發展應當開放。這是一個關於峰會的報道。\n"
BODY_S = "# 测试标题\n\n【环球时报综合报道】法国总统马克龙表示，人工智能发展应当开放。这是一篇关于峰会的报道。\n"


@pytest.mark.parametrize(
    ("body", "codec", "expected"),
    [
        (BODY_S, "utf-8", "utf-8"),
        (BODY_S, "utf-8-sig", "utf-8"),
        (BODY_S, "utf-16", "utf-16"),
        (BODY_S, "gbk", "gbk"),
        (BODY_S.replace("\n", "\r\n"), "gb18030", "gbk"),
        (BODY_T, "big5", "big5"),
        (BODY_T, "utf-16-le", "utf-16"),
    ],
)
def test_encodings(tmp_path: Path, body: str, codec: str, expected: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(body.encode(codec))
    article = load_article(path)
    assert isinstance(article, Article), article
    assert article.encoding == expected
    assert article.title in ("測試標題", "测试标题")
    assert "馬克龍" in article.text or "马克龙" in article.text


def test_big5_is_not_mistaken_for_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    data = BODY_T.encode("big5")
    data.decode("gb18030")  # it does decode: only judging the result tells
    path.write_bytes(data)
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.script == "traditional" and "人工智能" in article.text


# ------------------------------------------------------------------ variations


def test_jekyll_front_matter_over_html_header(tmp_path: Path) -> None:
    path = tmp_path / "cna.md"
    path.write_text(
        "---\nlayout: post\ntitle: 前置標題\ndate: 2025-02-11T03:04:05Z\nauthor: 中央社\nfrom: cna\n"
        "tags: [AI, 峰會]\n---\n<!--1739200625000-->\n[[兩岸] 標頭標題](https://www.cna.com.tw/news/1.aspx)\n"
        "------\n\n<div><p>（中央社記者王小明巴黎10日電）人工智慧行動峰會今天開幕。</p>"
        "<h3>小標</h3><p>法國總統馬克宏說：「這是歐洲的機會。」</p>"
        "<script>alert(1)</script><video src=x></video><p>第二段&amp;結尾&#12288;。</p></div>\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "前置標題"
    assert article.published == "2025-02-11T03:04:05+00:00"
    assert article.outlet == "中央社"
    assert article.url == "https://www.cna.com.tw/news/1.aspx"
    assert "alert" not in article.text
    assert "第二段&結尾" in article.text
    assert "小標" in headings(article)


def test_header_title_with_brackets_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(
        "<!--1739200625000-->\n[[兩岸] 標題\n\n續行](https://www.rti.org.tw/news/view/id/1)\n------\n\n"
        "<p>正文。</p>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "[兩岸] 標題續行"  # a soft break between Han characters joins
    assert article.published.startswith("2025-02-10T15:17:05")
    assert article.outlet == "中央廣播電臺"


def test_html_without_byline_empty_caption_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "gallery.txt"
    path.write_text(
        "<!--1739200625000-->\n[图集](https://www.dw.com/zh/a-1)\n------\n\n"
        '<div><small style="color: #999;"></small></div><p>深度<!-- -->求索<b>模型</b></p>'
        "<table><tr><td>国家</td><td>投资</td></tr></table>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert isinstance(article, Article)
    assert "深度求索模型" in article.text
    assert "国家 | 投资" in article.text
    assert BlockKind.CAPTION not in {b.kind for b in article.blocks}


def test_broken_front_matter_still_reads_the_body(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text('---\ntitle: "unterminated\ndate: [\n---\n\n# 标题\n\n正文内容。\n', encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "标题"
    assert "正文内容" in article.text
    assert len(article.warnings) == 1 and article.warnings[0].startswith("front matter is not valid YAML")
    from reader.core.layout import lay_out

    shown = [line.text for line in lay_out(article, 80).lines if line.kind == "warning"]
    assert shown == [f"⚠ {article.warnings[0]}"]


def test_markup_and_escapes_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text("# [b]粗[/b] [@click=app.quit]退出[/]\n\n正文\x1b[31m红\x1b[0m，响铃\x07。\n", encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "[b]粗[/b] [@click=app.quit]退出[/]"
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "␛[31m红␛[0m" in article.text and "␇" in article.text


def test_huge_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "人工智能峰会在巴黎举行，DeepSeek成为焦点。"
    path.write_text(sentence * (2_000_000 // len(sentence.encode())), encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert len(article.text) > 500_000
    assert max(b.end - b.start for b in article.blocks) < 2000


# ------------------------------------------------------------------ bad files


def test_bad_files_are_listed_with_reasons_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(BODY_S, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + b"\x00" * 64)
    (tmp_path / "noise.txt").write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0xC0]) * 40)
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "名字 有空格？.md").write_text(BODY_T, encoding="utf-8")
    os.symlink(tmp_path / "a", nested / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    before = sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink())

    corpus = load_corpus(tmp_path)

    assert sorted(a.id for a in corpus.articles) == ["good", "名字 有空格？"]
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "PNG" in reasons["image.png"]
    assert "PDF" in reasons["doc.pdf"]
    assert "DS_Store" in reasons[".DS_Store"] or "binary" in reasons[".DS_Store"]
    assert "undecodable" in reasons["noise.txt"]
    assert "loop" in reasons["loop"]
    assert "broken symlink" in reasons["dangling.txt"]
    assert "loop" in reasons["self.txt"]
    assert all("\n" not in reason for reason in reasons.values())
    after = sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink())
    assert before == after  # nothing written next to the user's files


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(BODY_S, encoding="utf-8")
    path.chmod(0)
    result = load_article(path)
    assert isinstance(result, Skipped) and "permission" in result.reason


def test_single_file_and_duplicate_stems(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text(BODY_S, encoding="utf-8")
    (tmp_path / "y" / "same.md").write_text(BODY_T, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(a.id for a in corpus.articles) == ["same", "y/same"]
    single = load_corpus(tmp_path / "x" / "same.txt")
    assert [a.id for a in single.articles] == ["same"]


def test_unclosed_front_matter_keeps_title_and_body(tmp_path: Path) -> None:
    path = tmp_path / "cut.md"
    path.write_text('---\ntitle: "独家 | 开源必将胜利"\ndate: "2025-02-12 07:02:11"\n\n正文在这里。\n', encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "独家 | 开源必将胜利" and article.published == "2025-02-12T07:02:11"
    assert article.text == "正文在这里。"


def test_a_few_bad_bytes_do_not_drop_a_utf8_article(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(BODY_S.encode() * 3 + "结尾".encode()[:-1])
    article = load_article(path)
    assert isinstance(article, Article) and article.encoding == "utf-8"
    assert article.text.endswith("\ufffd")


def test_wire_dateline_and_reporter_line_outlets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("新华社巴黎12月4日电（记者王某）法国总统马克龙表示，合作重要。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("澎湃新闻记者 张三\n\n法国总统马克龙表示，合作重要。\n", encoding="utf-8")
    outlets = {a.id: a.outlet for a in load_corpus(tmp_path).articles}
    assert outlets == {"a": "新华社", "b": "澎湃新闻"}


def test_full_width_blank_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\u3000\u3000\n\u3000\n", encoding="utf-8")
    result = load_article(path)
    assert isinstance(result, Skipped) and result.reason == "empty file"
