"""`summit-reader quotes` and `summit-reader highlights`, round trips included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


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
