from reader.core.textnorm import clip


def test_clip_keeps_short_text_and_marks_a_cut_within_the_limit() -> None:
    assert clip("马克龙说", 4) == "马克龙说"
    assert clip("马克龙在峰会上说", 4) == "马克龙…"
    assert len(clip("x" * 500, 160)) == 160
