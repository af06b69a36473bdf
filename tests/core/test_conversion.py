"""The fast converter gives OpenCC's output, for every config the app uses."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reader.core.conversion import convert_text

CONFIGS = ["t2s", "s2t", "s2tw", "s2twp", "s2hk", "tw2sp", "hk2s"]


@pytest.mark.parametrize("config", CONFIGS)
def test_same_output_as_opencc_on_the_seeds(seeds, config: str) -> None:  # type: ignore[no-untyped-def]
    reference = OpenCC(config)
    for article in seeds.articles:
        for block in article.blocks:
            text = article.block_text(block)
            assert convert_text(text, config) == reference.convert(text), text


def test_phrases_win_over_characters() -> None:
    assert convert_text("首席执行官说，头发很干。", "s2twp") == "執行長說，頭髮很乾。"
    assert convert_text("皇后和后来", "s2t") == "皇后和後來"
