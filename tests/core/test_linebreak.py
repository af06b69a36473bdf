"""Chinese line breaking: the typesetting rules, checked on every seed paragraph
at many widths, plus the edge cases."""

from __future__ import annotations

import re

import pytest

from reader.core.linebreak import NO_LINE_END, NO_LINE_START, break_lines, cell_width, wrap_text

LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/\-]*[A-Za-z0-9]")


def check_rules(text: str, width: int) -> list[str]:
    lines = break_lines(text, width)
    problems = []
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if cell_width(line) > width:
            problems.append(f"line {number} is {cell_width(line)} cells: {line!r}")
        if number and line and line[0] in NO_LINE_START:
            problems.append(f"line {number} starts with {line[0]!r}: {line!r}")
        if number < len(lines) - 1 and line and line[-1] in NO_LINE_END:
            problems.append(f"line {number} ends with {line[-1]!r}: {line!r}")
    for (_, end), (start, _) in zip(lines, lines[1:]):
        if text[end:start].strip():
            problems.append(f"text lost between lines: {text[end:start]!r}")
        if text[end - 1 : end + 1] in ("——", "……"):
            problems.append(f"split {text[end - 1 : end + 1]!r}")
        for match in LATIN_RUN.finditer(text):
            if match.start() < end < match.end() and cell_width(match.group()) <= width:
                problems.append(f"split word {match.group()!r}")
    return problems


@pytest.mark.parametrize("width", [20, 33, 40, 41, 60, 79, 80, 120])
def test_rules_hold_on_every_seed_paragraph(seeds, width: int) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for article in seeds.articles:
        for block in article.blocks:
            problems += check_rules(article.block_text(block), width)
    assert problems == []


def test_closing_punctuation_is_pushed_out() -> None:
    text = "中" * 9 + "，后面"
    assert wrap_text(text, 18) == ["中" * 8, "中，后面"]


def test_opening_punctuation_never_ends_a_line() -> None:
    text = "中" * 8 + "「引用」"
    lines = wrap_text(text, 18)
    assert not lines[0].endswith("「")
    assert lines[1].startswith("「")


def test_dashes_and_ellipses_stay_whole() -> None:
    for mark in ("——", "……"):
        text = "中" * 7 + mark + "后文"
        for width in range(14, 22):
            assert all(mark not in (a[-1:] + b[:1]) for a, b in zip(wrap_text(text, width), wrap_text(text, width)[1:]))


def test_latin_words_stay_whole_unless_wider_than_the_line() -> None:
    assert wrap_text("中国的DeepSeek-R1模型", 12) == ["中国的", "DeepSeek-R1", "模型"]
    long_url = "https://example.com/" + "a" * 40
    lines = wrap_text(long_url, 20)
    assert all(cell_width(line) <= 20 for line in lines) and "".join(lines) == long_url


def test_spaces_at_breaks_are_dropped() -> None:
    assert wrap_text("hello brave new world", 11) == ["hello brave", "new world"]


def test_huge_paragraph_breaks(seeds) -> None:  # type: ignore[no-untyped-def]
    text = "人工智能峰会在巴黎举行，DeepSeek成为焦点。" * 20_000
    lines = break_lines(text, 80)
    assert len(lines) > 5000 and lines[-1][1] == len(text)
