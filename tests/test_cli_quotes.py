"""`summit-reader quotes` and `summit-reader highlights`, round trips included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest


from .conftest import run_cli as run




def test_quotes_json_has_speakers_and_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quotes", "--json")
    records = json.loads(out)
    assert code == 0 and records
    speakers = {r["speaker"] for r in records}
    assert {"冯德莱恩", "万斯", "奥尔特曼"} <= speakers
    for record in records:
        assert {"kind", "article_id", "title", "outlet", "published", "speaker", "text", "note", "start", "end"} <= set(record)
        assert record["kind"] == "quote" and record["end"] > record["start"]


def test_quotes_speaker_filter_any_script(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--json", "--speaker", "馬克龍")
    records = json.loads(out)
    assert records and all(r["speaker"].endswith(("马克龙", "馬克龍")) for r in records)
    assert len({r["article_id"] for r in records}) >= 2


def test_quotes_csv_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--csv", "--script", "traditional")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any(r["speaker"] == "馮德萊恩" for r in rows)
    _, out, _ = run(capsys, "quotes", "--markdown")
    assert out.startswith("# Quotes and highlights") and "**万斯**" in out


def test_highlights_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "highlights", "add", "004", "欧洲需要自身的开源基础设施", "--note", "要点")
    assert code == 0
    highlight_id = out.strip()
    _, out, _ = run(capsys, "quotes", "--json")
    mine = [r for r in json.loads(out) if r["kind"] == "highlight"]
    assert [(r["text"], r["note"]) for r in mine] == [("欧洲需要自身的开源基础设施", "要点")]
    _, out, _ = run(capsys, "highlights", "list", "--json")
    listed = json.loads(out)
    assert listed[0]["attached"] is True and listed[0]["outlet"] == "德国之声"
    assert {k: v for k, v in listed[0].items() if k != "id"} == {k: v for k, v in mine[0].items() if k != "id"}
    export = tmp_path / "export.json"
    run(capsys, "highlights", "export", str(export))
    run(capsys, "highlights", "remove", highlight_id[:8])
    _, out, _ = run(capsys, "highlights", "list", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "highlights", "import", str(export))
    assert "imported 1" in out
    _, out, _ = run(capsys, "highlights", "import", str(export))
    assert "imported 0" in out
    _, out, _ = run(capsys, "highlights", "list", "--json")
    assert [r["text"] for r in json.loads(out)] == ["欧洲需要自身的开源基础设施"]


def test_highlights_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "highlights", "add", "004", "这段文字不在文章里")
    assert code == 2 and "not in" in err
    code, _, err = run(capsys, "highlights", "remove", "nope")
    assert code == 2 and err.count("\n") == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "highlights", "import", str(bad))
    assert code == 2 and "Traceback" not in err


def test_bad_input_gets_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for args, message in (
        (("highlights", "add", "004", ""), "empty"),
        (("sources", str(loop)), "symlink loop"),
        (("read", str(tmp_path)), "is a folder"),
        (("search", "deepseek", "--limit", "0"), "--limit"),
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err, (args, err)


def test_adding_the_same_passage_twice_adds_it_once(capsys: pytest.CaptureFixture[str]) -> None:
    _, first, _ = run(capsys, "highlights", "add", "004", "我们需要建立一个基础设施。")
    _, second, err = run(capsys, "highlights", "add", "004", "我们需要建立一个基础设施。")
    assert first == second and "already highlighted" in err
    _, out, _ = run(capsys, "highlights", "list", "--json")
    assert len(json.loads(out)) == 1


def test_quotes_without_a_writable_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("SUMMIT_READER_DATA_DIR", str(blocker / "data"))
    code, out, err = run(capsys, "quotes", "--json")
    assert code == 0 and json.loads(out) and "highlights left out" in err


def test_control_characters_never_reach_the_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "esc\x1b[31mname.txt").write_text("# 标题\n\n正文。", encoding="utf-8")
    _, out, _ = run(capsys, "sources", str(tmp_path))
    assert "\x1b" not in out and "esc␛[31mname\t" in out
    export = tmp_path / "evil.json"
    export.write_text(json.dumps({"format": "summit-reader-highlights", "version": 1, "highlights": [{
        "id": "e" * 32, "article_id": "004_1420cef449377af1", "article_title": "t", "article_path": "p",
        "exact": "欧洲需要自身的开源基础设施", "prefix": "", "suffix": "", "start": 0, "end": 13,
        "note": "evil \x1b[2J\x1b]0;PWNED\x07", "created": "2025-01-01T00:00:00+00:00", "updated": "2025-01-01T00:00:00+00:00",
    }]}), encoding="utf-8")
    run(capsys, "highlights", "import", str(export))
    _, out, _ = run(capsys, "highlights", "list")
    assert "\x1b" not in out and "\x07" not in out and "␛[2J" in out
    _, out, _ = run(capsys, "quotes", "--markdown")
    assert "\x1b" not in out


def test_speaker_by_the_latin_name_the_article_gives(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--json", "--speaker", "Macron")
    speakers = {r["speaker"] for r in json.loads(out)}
    assert speakers and all(s.endswith("马克龙") for s in speakers)
    _, out, _ = run(capsys, "quotes", "--json", "--speaker", "sam altman")
    assert {r["speaker"] for r in json.loads(out)} == {"奥尔特曼"}
