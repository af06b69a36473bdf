"""Ranking and finding, across scripts and cases."""

from __future__ import annotations

from reader.core.layout import meta_line
from reader.core.search import BODY, TITLE_FUZZY, TITLE_LITERAL, SearchIndex, find_all, make_doc, title_marks


def index_of(articles) -> SearchIndex:  # type: ignore[no-untyped-def]
    return SearchIndex(make_doc(a.title, meta_line(a), a.text) for a in articles)


def ids(seeds, hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [seeds.articles[h.index].id[:3] for h in hits]


def test_traditional_query_finds_simplified_text(seeds) -> None:  # type: ignore[no-untyped-def]
    hits = index_of(seeds.articles).search("馮德萊恩")
    assert ids(seeds, hits)[0] == "001"
    assert all(h.where == "body" for h in hits)


def test_simplified_query_finds_traditional_text(seeds) -> None:  # type: ignore[no-untyped-def]
    hits = index_of(seeds.articles).search("马克龙")
    assert "000" in ids(seeds, hits)


def test_case_and_mixed_queries(seeds) -> None:  # type: ignore[no-untyped-def]
    index = index_of(seeds.articles)
    assert ids(seeds, index.search("DEEPSEEK"))[:3] == ids(seeds, index.search("deepseek"))[:3]
    top = index.search("deepseek 開源")[0]
    assert ids(seeds, [top]) == ["000"] and top.tier == TITLE_LITERAL
    title = seeds.articles[top.index].title
    marked = "".join(title[i] for i in sorted(title_marks(title, "deepseek 開源")))
    assert marked == "DeepSeek開源"


def test_literal_title_beats_fuzzy_title_beats_body() -> None:
    docs = [
        make_doc("关于人工智能的报道", "", "正文提到巴黎峰会。"),
        make_doc("巴黎AI峰会开幕", "", ""),
        make_doc("巴黎人工智能峰会", "", ""),
        make_doc("巴黎的天气", "", ""),
    ]
    hits = SearchIndex(docs).search("巴黎峰会")
    tiers = {h.index: h.tier for h in hits}
    assert tiers[0] == BODY
    assert tiers[1] in (TITLE_FUZZY, TITLE_LITERAL)
    order = [h.index for h in hits]
    assert order.index(1) < order.index(0) and order.index(2) < order.index(0)


def test_a_title_that_contains_the_query_outranks_near_misses() -> None:
    titles = [f"欧洲AI竞争力报告第{n}期" for n in range(20)] + ["AI行动峰会：欧洲还有竞争力吗"] * 3
    index = SearchIndex(make_doc(t, "", "") for t in titles)
    hits = index.search("欧洲还有竞争力")
    assert [h.index for h in hits[:3]] == [20, 21, 22]
    assert all(h.tier == TITLE_LITERAL for h in hits[:3])


def test_meta_matches_outlet(seeds) -> None:  # type: ignore[no-untyped-def]
    hits = index_of(seeds.articles).search("德國之聲")
    assert ids(seeds, hits)[0] == "004" and hits[0].where == "meta"


def test_one_character_ranks_titles_only() -> None:
    index = SearchIndex([make_doc("巴黎峰会", "dw.com", ""), make_doc("柏林", "德国之声 · https://www.dw.com/zh", "")])
    assert [(h.index, h.where) for h in index.search("d")] == []
    assert [(h.index, h.where) for h in index.search("dw")] == [(0, "meta"), (1, "meta")]
    assert [(h.index, h.where) for h in index.search("巴")] == [(0, "title")]


def test_no_match_and_empty_query(seeds) -> None:  # type: ignore[no-untyped-def]
    index = index_of(seeds.articles)
    assert index.search("qqqzzzxx") == []
    assert index.search("   ") == []


def test_find_all_is_script_insensitive() -> None:
    text = "法國總統馬克龍表示，馬克龍還稱"
    assert find_all(text, "马克龙") == [(4, 7), (10, 13)]
    assert find_all("DeepSeek and deepseek", "DEEPSEEK") == [(0, 8), (13, 21)]
    assert find_all(text, "") == []
