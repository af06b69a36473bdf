"""Script detection, conversion with offset maps, folding, settings."""

from __future__ import annotations

from pathlib import Path

from reader.core.script import convert, detect_script, fold_script
from reader.core.settings import Settings, load_settings, save_settings


def test_detect_script() -> None:
    assert detect_script("法國總統馬克龍表示，這是歐洲的機會。") == "traditional"
    assert detect_script("法国总统马克龙表示，这是欧洲的机会。") == "simplified"
    assert detect_script("法國總統馬克龍表示。法国总统马克龙表示。") == "mixed"


def test_fold_keeps_length_and_unifies_scripts() -> None:
    for a, b in (("馬克龍", "马克龙"), ("馮德萊恩", "冯德莱恩"), ("DeepSeek", "DEEPSEEK"), ("ＡＩ", "ai")):
        assert fold_script(a) == fold_script(b)
        assert len(fold_script(a)) == len(a)


def test_characters_beyond_the_basic_plane_fold_and_count() -> None:
    # 𠀾 (U+2005E) is a Traditional-only extension character whose Simplified
    # form is also outside the Basic Multilingual Plane.
    assert fold_script("𠁞𠁞A") == "𠀾𠀾a"
    assert detect_script("𠁞𠁞𠁞") == "traditional"
    assert fold_script("😀龍") == "😀龙"


def test_phrase_conversion_keeps_offsets_mappable() -> None:
    text = "亚马逊首席执行官贾西表示，我们在这里。他说：“好。”"
    shown = convert(text, "traditional", "taiwan")
    assert "執行長" in shown.text and len(shown.text) < len(text)
    for word in ("贾西", "我们", "他说"):
        start = text.index(word)
        mapped = shown.to_shown(start)
        assert fold_script(shown.text[mapped : mapped + 2]) == fold_script(word)
        assert shown.to_original(mapped) == start


def test_character_conversion_is_offset_identity() -> None:
    shown = convert("马克龙说", "traditional")
    assert shown.text == "馬克龍說" and shown.to_shown(2) == 2


def test_settings_round_trip_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    assert load_settings(path) == Settings()
    save_settings(Settings("traditional", "hongkong"), path)
    assert load_settings(path) == Settings("traditional", "hongkong")
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
