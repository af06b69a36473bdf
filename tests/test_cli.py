"""The command line, as a user runs it: output, JSON fields, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.layout import lay_out, render_plain
from reader.core.linebreak import NO_LINE_START, cell_width

from .conftest import SEEDS, run_cli as run

ARTICLE_FIELDS = {"id", "path", "title", "outlet", "author", "published", "url", "script", "encoding", "characters", "blocks"}




def test_sources_json_lists_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sources", "--json")
    data = json.loads(out)
    assert code == 0
    assert sorted(a["id"] for a in data["articles"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(set(a) == ARTICLE_FIELDS for a in data["articles"])
    assert data["skipped"] == []
    scripts = {a["id"][:3]: a["script"] for a in data["articles"]}
    assert scripts == {"000": "traditional", "001": "simplified", "002": "simplified", "004": "simplified"}


def test_sources_script_conversion(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "sources", "--json", "--script", "simplified")
    titles = {a["id"][:3]: a["title"] for a in json.loads(out)["articles"]}
    assert titles["000"] == "DeepSeek开源惠及全球 外交部：共享智能红利"


@pytest.mark.parametrize("width", [40, 60, 80])
def test_read_matches_the_reader_layout(capsys: pytest.CaptureFixture[str], seeds, width: int) -> None:  # type: ignore[no-untyped-def]
    for article in seeds.articles:
        code, out, _ = run(capsys, "read", article.id[:3], "--width", str(width))
        assert code == 0
        assert out.rstrip("\n") == render_plain(lay_out(article, width))
        for line in out.splitlines():
            assert cell_width(line) <= width
            assert not line or line[0] not in NO_LINE_START


def test_read_by_path_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = next(SEEDS.glob("004_*.txt"))
    code, out, _ = run(capsys, "read", str(path), "--width", "50", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == path.stem and data["width"] == 50
    assert data["lines"][0] == {"kind": "title", "text": "人工智能峰会——欧洲还有竞争力吗？", "block": -1}


def test_read_taiwan_phrases(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "read", "004", "--script", "taiwan", "--width", "200")
    assert "亞馬遜執行長賈西" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("read", "00"), "ambiguous"),
        (("read", "zzz"), "no article matches"),
        (("sources", "/no/such/folder"), "no such file or folder"),
        (("read", "004", "--width", "3"), "--width"),
        (("/no/such/folder",), "no such file or folder"),  # the reader, by the path that skips the parser
    ],
)
def test_errors_are_one_line_without_traceback(capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str) -> None:
    code, out, err = run(capsys, *args)
    assert code != 0 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_sources_reports_skipped_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("# 标题\n\n正文。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    code, out, err = run(capsys, "sources", str(tmp_path))
    assert code == 0 and "a\t" in out
    assert "b.txt: empty file" in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and "summit-reader" in capsys.readouterr().out
    for command in ("sources", "read"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "usage: summit-reader" in capsys.readouterr().out


def test_the_shortcut_to_the_reader_knows_every_command() -> None:
    """`summit-reader WORD` opens the reader without the parser unless WORD
    is a command: the list it checks is the parser's."""
    from reader.cli import COMMAND_NAMES, build_parser

    parser = build_parser()
    assert set(COMMAND_NAMES) == set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_the_link_is_never_converted(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "read", "004", "--script", "traditional", "--width", "200")
    assert "德國之聲" in out and "https://www.dw.com/zh/人工智能峰会——欧洲还有竞争力吗？/a-71563901" in out
