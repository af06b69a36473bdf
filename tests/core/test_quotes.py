"""Direct-speech quotes: precision, recall and speakers on labelled articles, plus rules.

The seeds are labelled in ``quotes_gold.json``; made-up articles in the style
of real news, Simplified and Traditional, written and labelled before the
extractor ran on them, are in ``held_out_quotes.py``: a held-out check that the
rules are rules for the language, not for the files they were tuned on.
Predicted quotes are matched to labelled ones by text, never by offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from reader.core.loader import load_article
from reader.core.models import Article, Quote
from reader.core.quotes import extract_quotes, find_quote_spans
from tests.core.held_out_quotes import HELD_OUT, HELD_OUT_ARTICLES, TERMS_READ_AS_SPEECH

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD_PATH = Path(__file__).with_name("quotes_gold.json")
GOLD: dict[str, dict] = {k: v for k, v in json.loads(GOLD_PATH.read_text("utf-8")).items() if not k.startswith("_")}

MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MIN_SPEAKER_ACCURACY = 0.90
MIN_OVERLAP = 0.8


# -- scoring ------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _overlap(a: str, b: str) -> float:
    """Longest common run of the two texts, over the longer one."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / max(len(a), len(b))


def _same_speaker(predicted: str, gold: str) -> bool:
    """Equal, or the same family name of a dotted name: 埃马纽埃尔·马克龙 ~ 马克龙."""
    if predicted == gold:
        return True
    return bool(predicted and gold) and re.split("[·・]", predicted)[-1] == re.split("[·・]", gold)[-1]


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0

    def add(self, other: Score) -> None:
        for name in ("predicted", "gold", "matched", "speaker_ok", "kind_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 1.0

    def line(self, label: str) -> str:
        return (
            f"{label:<28} P={self.precision:.3f} ({self.matched}/{self.predicted})  "
            f"R={self.recall:.3f} ({self.matched}/{self.gold})  "
            f"speaker={self.speaker_accuracy:.3f} ({self.speaker_ok}/{self.matched})  "
            f"kind={self.kind_ok}/{self.matched}"
        )


def score(predicted: list[Quote], gold: list[dict]) -> tuple[Score, list[str]]:
    """One-to-one matching by text overlap; returns the score and readable misses."""
    result = Score(predicted=len(predicted), gold=len(gold))
    misses: list[str] = []
    unused = list(predicted)
    for item in gold:
        best = max(unused, key=lambda q: _overlap(q.text, item["text"]), default=None)
        if best is None or _overlap(best.text, item["text"]) < MIN_OVERLAP:
            misses.append(f"missed: {item['text'][:40]!r}")
            continue
        unused.remove(best)
        result.matched += 1
        result.kind_ok += best.kind == item.get("kind", "quoted")
        if _same_speaker(best.speaker, item["speaker"]):
            result.speaker_ok += 1
        else:
            misses.append(f"speaker {best.speaker!r} != {item['speaker']!r}: {item['text'][:30]!r}")
    misses.extend(f"not speech: {q.text[:40]!r} ({q.speaker})" for q in unused)
    return result, misses


def report(capsys: pytest.CaptureFixture[str], title: str, rows: list[tuple[str, Score, list[str]]]) -> Score:
    total = Score()
    for _, row, _ in rows:
        total.add(row)
    with capsys.disabled():
        print(f"\n-- quotes: {title}")
        for label, row, misses in rows:
            print("  " + row.line(label))
            for miss in misses:
                print(f"      {miss}")
        print("  " + total.line("TOTAL"))
    return total


# -- the seeds ----------------------------------------------------------------


def seed_article(stem: str) -> Article:
    article = load_article(REPO_ROOT / "seeds" / f"{stem}.txt")
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {stem: seed_article(stem).text for stem in GOLD}


def test_seed_metrics(seed_texts: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for stem, labels in GOLD.items():
        row, misses = score(extract_quotes(seed_texts[stem]), labels["speech"])
        rows.append((stem, row, misses))
    total = report(capsys, "seeds (quotes_gold.json)", rows)
    assert total.precision >= MIN_PRECISION
    assert total.recall >= MIN_RECALL
    assert total.speaker_accuracy >= MIN_SPEAKER_ACCURACY


def test_seed_labels_cover_every_quote(seed_texts: dict[str, str]) -> None:
    """Every closed pair of marks in the seeds is labelled as speech or as not speech."""
    for stem, labels in GOLD.items():
        labelled = [_norm(item["text"]) for item in labels["speech"]] + [_norm(t) for t in labels["not_speech"]]
        text = seed_texts[stem]
        for span in find_quote_spans(text):
            inner = _norm(text[span.start : span.end])
            assert any(inner in label or label in inner for label in labelled), (stem, inner)


def test_seed_terms_are_never_speech(seed_texts: dict[str, str]) -> None:
    for stem, labels in GOLD.items():
        said = {_norm(q.text) for q in extract_quotes(seed_texts[stem])}
        assert not said & {_norm(term) for term in labels["not_speech"]}, stem


def test_quotes_index_the_original_text(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        quotes = extract_quotes(text)
        assert quotes == sorted(quotes, key=lambda q: q.start)
        for quote, following in zip(quotes, quotes[1:]):
            assert quote.end <= following.start
        for quote in quotes:
            assert quote.text == text[quote.start : quote.end]
            assert quote.kind in ("quoted", "block")
            if quote.kind == "quoted":
                assert text[quote.start - 1] in "“‘「『"


def test_seed_roles_are_split_from_names(seed_texts: dict[str, str]) -> None:
    by_speaker = {q.speaker: q.role for q in extract_quotes(seed_texts["000_69820a1e6622a8b1"])}
    assert by_speaker["扎克伯格"] == "Meta行政總裁"
    assert by_speaker["楊立昆"] == "圖靈獎得主、Meta首席AI科學家"
    assert by_speaker["帕特·基辛格"] == "英特爾前行政總裁"
    by_speaker = {q.speaker: q.role for q in extract_quotes(seed_texts["004_1420cef449377af1"])}
    assert by_speaker["奥尔特曼"] == "OpenAI创始人"


# -- held-out articles: tests/core/held_out_quotes.py ---------------------------


def _gold(items: list[tuple[str, ...]]) -> list[dict]:
    return [{"text": item[0], "speaker": item[1], "kind": item[2] if len(item) > 2 else "quoted"} for item in items]


def test_held_out_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    """Each pair is reported on its own; the targets hold on all pairs together."""
    total = Score()
    for pair, articles in HELD_OUT.items():
        rows = []
        for label, (text, speech, _) in articles.items():
            row, misses = score(extract_quotes(text), _gold(speech))
            rows.append((label, row, misses))
        total.add(report(capsys, f"held-out pair {pair}", rows))
    with capsys.disabled():
        print("\n-- quotes: all held-out pairs\n  " + total.line("TOTAL"))
    assert total.precision >= MIN_PRECISION
    assert total.recall >= MIN_RECALL
    assert total.speaker_accuracy >= MIN_SPEAKER_ACCURACY


@pytest.mark.parametrize("label", list(HELD_OUT_ARTICLES))
def test_held_out_labels_cover_every_quote(label: str) -> None:
    text, speech, terms = HELD_OUT_ARTICLES[label]
    labelled = [_norm(item[0]) for item in speech] + [_norm(term) for term in terms]
    said = {_norm(q.text) for q in extract_quotes(text)}
    for span in find_quote_spans(text):
        inner = _norm(text[span.start : span.end])
        assert any(inner in item or item in inner for item in labelled), inner
    assert not said & {_norm(term) for term in terms} - {_norm(item[0]) for item in speech} - TERMS_READ_AS_SPEECH


# -- rules, on small made-up paragraphs ----------------------------------------


def only(text: str) -> Quote:
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def said(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“我们不会放弃这个市场。”张伟说。", "我们不会放弃这个市场。", "张伟"),
        ("“美方对此表示关切。”美国国务院发言人米勒（Matthew Miller）在记者会上说。", "美方对此表示关切。", "米勒"),
        ("「這是一個艱難的決定。」陳大文在記者會上表示。", "這是一個艱難的決定。", "陳大文"),
        ("“价格还会涨，”他说。", "价格还会涨，", ""),
    ],
)
def test_verb_after_the_quote(text: str, words: str, speaker: str) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker, quote.kind) == (words, speaker, "quoted")


@pytest.mark.parametrize(
    ("text", "words", "speaker", "role"),
    [
        ("国家统计局新闻发言人付凌晖10日表示：“经济运行总体平稳。”", "经济运行总体平稳。", "付凌晖", "国家统计局新闻发言人"),
        ("衛生署署長林文華說：「疫苗供應充足。」", "疫苗供應充足。", "林文華", "衛生署署長"),
        ("李明：“我们已经做好了准备。”", "我们已经做好了准备。", "李明", ""),
    ],
)
def test_verb_or_name_before_with_colon(text: str, words: str, speaker: str, role: str) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker, quote.role) == (words, speaker, role)


def test_quote_split_by_its_speaker() -> None:
    text = "“这是一次历史性的会面，”普京说，“我们讨论了所有问题。”"
    assert said(text) == [("这是一次历史性的会面，", "普京"), ("我们讨论了所有问题。", "普京")]


def test_verb_introducing_the_next_quote_does_not_claim_the_one_before() -> None:
    text = "对于网友质疑资金是否“可持续”，何亚东回应称：“专项资金已经安排。”"
    assert said(text) == [("专项资金已经安排。", "何亚东")]


def test_a_body_speaks_after_a_colon() -> None:
    assert said("外交部：“中方坚决反对任何形式的单边制裁。”") == [("中方坚决反对任何形式的单边制裁。", "外交部")]


def test_surname_and_title_as_a_name() -> None:
    assert said("张教授说：“我们要‘摸着石头过河’。”") == [("我们要‘摸着石头过河’。", "张教授")]
    text = "法官郭偉健判處被告監禁10個月。郭官表示：「本席必須判處具阻嚇性的刑罰。」"
    assert said(text) == [("本席必須判處具阻嚇性的刑罰。", "郭偉健")]


def test_name_before_its_title() -> None:
    quote = only("习近平主席指出：“发展是解决一切问题的基础和关键。”")
    assert (quote.speaker, quote.role) == ("习近平", "主席")


def test_role_only_speaker_and_pronoun_pointing_to_it() -> None:
    text = "一名不愿透露姓名的官员表示：“谈判已经接近尾声。”"
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("", "一名不愿透露姓名的官员")]
    text = "店主李先生出门了。卖场负责人告诉记者，客流多了三成。“周末要排队，”他说。"
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("", "卖场负责人")]


def test_pronoun_points_back_to_the_last_named_person() -> None:
    text = "市长王芳出席了签约仪式。她称：“这个项目将带来三千个就业岗位。”"
    assert said(text) == [("这个项目将带来三千个就业岗位。", "王芳")]
    text = "教育局局長蔡若蓮昨日巡視學校。她表示，「學生的安全永遠放在第一位。」"
    assert said(text) == [("學生的安全永遠放在第一位。", "蔡若蓮")]


def test_block_of_a_title_name_line_and_the_paragraph_said() -> None:
    text = "專家觀點\n中文大學經濟學系教授莊太量：\n樓市短期內難以大幅反彈，但下跌空間有限。\n結語"
    quote = only(text)
    assert (quote.speaker, quote.role, quote.kind) == ("莊太量", "中文大學經濟學系教授", "block")
    assert quote.text == "樓市短期內難以大幅反彈，但下跌空間有限。"
    text = "嘉宾观点\n清华大学教授 李稻葵：\n明年的增长动力主要来自内需。"
    assert only(text).speaker == "李稻葵"


def test_heading_ending_in_a_colon_is_not_a_block() -> None:
    text = "AI與工作：\n如何利用AI提高工作效率。\n創新與文化融合：\n討論AI如何服務於文化多樣性。"
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "年轻人中流行的“躺平”一词引发热议。",
        "他直言，所谓“内卷”并不是新现象。",
        "不少網民自嘲是「月光族」。",
        "被誉为“中国天眼”的射电望远镜已投入使用。",
        "美联社称，“新华网”报道了此事。",
        "这家公司提出了“科技向善”的口号。",
    ],
)
def test_scare_quotes_terms_and_names_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "大会发表主题为“开放合作，共创未来”的演讲。",
        "他出版了新书《人类简史》，并在书中提出“认知革命”的说法。",
        "電影《「愛」的代價》今日上映。",
    ],
)
def test_titles_of_works_and_speeches_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_unbalanced_quote_ends_at_its_sentence_and_spares_the_next_quote() -> None:
    text = "赵强称，这笔投资“相当于过去十年的总和。此后市场反应平淡。分析师刘洋说：“投资者还在观望。”"
    assert said(text) == [("相当于过去十年的总和。", "赵强"), ("投资者还在观望。", "刘洋")]


def test_unbalanced_quote_opening_a_paragraph_ends_with_the_paragraph() -> None:
    text = "黃偉明說：「我們會繼續努力。」\n「明年的目標是翻一番，並開拓東南亞市場\n記者另悉，公司股價當日上升3%。"
    assert said(text) == [("我們會繼續努力。", "黃偉明"), ("明年的目標是翻一番，並開拓東南亞市場", "黃偉明")]


def test_unbalanced_utterance_runs_to_its_paragraph_end_with_nested_quotes() -> None:
    text = "施罗德说：“我的孙子来过暑假，住了两晚就走了。他说奶奶家‘有鬼在叫’。\n运营商方面表示愿意复测。"
    assert said(text) == [("我的孙子来过暑假，住了两晚就走了。他说奶奶家‘有鬼在叫’。", "施罗德")]
    text = "對於明年的安排，林金水說：「信徒我們不可能擋在門外。但是安全一定要擺第一。\n活動將持續至週日。"
    assert said(text) == [("信徒我們不可能擋在門外。但是安全一定要擺第一。", "林金水")]


def test_quote_continued_onto_the_next_line_closes_there() -> None:
    text = "专家孙立平表示：“改革进入深水区。\n我们需要更大的勇气。”此后，会议进入讨论环节。"
    quote = only(text)
    assert quote.text == "改革进入深水区。\n我们需要更大的勇气。"
    assert quote.speaker == "孙立平"


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "周明说：“大家都在讲‘新质生产力’，关键是落地。”"
    assert said(text) == [("大家都在讲‘新质生产力’，关键是落地。", "周明")]
    text = "黃先生說：「他們常說『慢慢來』，但時間不等人。」"
    assert said(text) == [("他們常說『慢慢來』，但時間不等人。", "黃先生")]


def test_latin_name_in_brackets_is_dropped_from_the_speaker() -> None:
    quote = only("英伟达首席执行官黄仁勋（Jensen Huang）表示：“人工智能的iPhone时刻已经到来。”")
    assert (quote.speaker, quote.role) == ("黄仁勋", "英伟达首席执行官")
    quote = only("世衛總幹事譚德塞（Tedros Adhanom Ghebreyesus）說：「疫情遠未結束。」")
    assert (quote.speaker, quote.role) == ("譚德塞", "世衛總幹事")


def test_middle_dot_names_and_titles() -> None:
    quote = only("美国财政部长珍妮特·耶伦对记者说：“我们不寻求与中国脱钩。”")
    assert (quote.speaker, quote.role) == ("珍妮特·耶伦", "美国财政部长")
    quote = only("法國總統馬克龍表示：「歐洲必須加快步伐。」")
    assert (quote.speaker, quote.role) == ("馬克龍", "法國總統")


def test_partial_quote_in_reported_speech() -> None:
    text = "经济学家许小年认为，当前的政策“力度还不够”，需要进一步加码。"
    assert said(text) == [("力度还不够", "许小年")]
    text = "他接著說，政府的回應「完全不能接受」。"
    assert said(text) == [("完全不能接受", "")]


def test_short_predicate_in_the_first_clause_after_a_verb() -> None:
    assert said("中國外交部發言人毛寧回應說，中方「堅決反對」。") == [("堅決反對", "毛寧")]
    assert said("日本首相石破茂10日对媒体表示，日方将“冷静应对”。") == [("冷静应对", "石破茂")]


@pytest.mark.parametrize(
    "text",
    [
        "李克强说，要坚持“稳中求进”。",
        "他强调，必须推动“高质量发展”。",
        "他說，這是「雙贏」。",
        "张伟说，公司的口号是“客户第一”。",
        "赵云峰表示，大模型正在从“拼参数”走向“拼应用”。",
        "他说，未来三年算力够用，关键在于“调度”。",
    ],
)
def test_slogans_and_labels_in_reported_speech_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_speech_verb_used_as_a_noun() -> None:
    assert said("他接著說，政府的回應「完全不能接受」。") == [("完全不能接受", "")]


def test_short_term_after_a_verb_without_a_comma_is_not_speech() -> None:
    assert extract_quotes("美國一直認為其在AI領域「遙遙領先」。") == []
    assert extract_quotes("马克龙宣布打造“法国版星际之门”") == []


def test_a_body_is_not_credited_with_a_short_phrase() -> None:
    text = "据新华社报道，声明说，双方将保持“密切沟通”。"
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("張律師表示，這份合約條款不清，明顯「有失公允」。", "有失公允", "張律師"),  # a later clause
        ("有網民留言，形容票價「太貴」。", "太貴", ""),  # a verb with no comma
        ("也有人认为价格“偏高”。", "偏高", ""),
        ("辯方則指，事件影響「有限」。", "有限", "辯方"),  # a party, not a body
        ("有网友调侃，房价又要“坐不住”了。", "坐不住", ""),
    ],
)
def test_short_predicate_anywhere_in_reported_speech(text: str, words: str, speaker: str) -> None:
    assert said(text) == [(words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "他表示，公司将聚焦“出海”。",  # the object of a verb
        "他提到了“数字化”、“智能化”。",  # a list of terms
        "洪志成表示，球隊一直強調「小球戰術」，今天終於開花結果。",  # a topic verb
        "有网友说，大家都叫他“老黄牛”。",  # a nickname given
        "林太說，街坊都叫牠「花花」。",  # a nickname given to an animal
        "王强说，有公司想请球队去商场“站台”，他拒绝了。",  # what someone does at a place
        "陳先生說，對方要求先付「按金」，他沒有理會。",  # the thing paid for
    ],
)
def test_terms_in_reported_speech_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_pronoun_points_back_to_a_name_seen_in_passing() -> None:
    text = "教练王芳说：“大家打得很好。”本场比赛，李明华拿下全场最高的30分。赛后她说：“今天状态很好。”"
    assert said(text) == [("大家打得很好。", "王芳"), ("今天状态很好。", "李明华")]


def test_pronoun_skips_an_object_or_a_possessive_for_the_subject() -> None:
    text = "外交部长王毅表示欢迎。王毅感谢了中国驻德国大使吴恳的工作。他说：“准备非常充分。”"
    assert said(text) == [("准备非常充分。", "王毅")]
    text = "總教練曾建宏特別提到國王主帥黃博凱的調度。他說，對手改打區域聯防，「我們一度很慌」。"
    assert said(text) == [("我們一度很慌", "曾建宏")]
    text = "台南市長陳俊男到場。他提到前市長許文雄任內的疫情。「我們不會讓情況重演。」他說。"
    assert said(text) == [("我們不會讓情況重演。", "陳俊男")]
    text = "辯方律師陳美玲在求情時稱，被告已深感後悔。她又指，希望法庭「網開一面」。"
    assert said(text) == [("網開一面", "陳美玲")]  # a title and a name are one person


def test_a_latin_named_player_after_a_sports_role() -> None:
    text = "洋將布魯克斯（Marcus Brooks）抓下18個籃板。他笑說：「我明年一定會回來。」"
    assert said(text) == [("我明年一定會回來。", "布魯克斯")]


def test_narration_after_a_title_is_not_a_name() -> None:
    text = "外交部长王毅表示欢迎。王毅同德国外长会谈。此次会谈释放了积极信号。他说：“中德是伙伴。”"
    assert said(text) == [("中德是伙伴。", "王毅")]


def test_this_person_points_back_like_a_pronoun() -> None:
    assert said("记者见到了市民张建国。这位退休工人说：“地铁方便多了。”") == [("地铁方便多了。", "张建国")]
    assert said("記者見到正在加固屋頂的漁民潘金龍。這名阿伯笑說：「早就習慣了。」") == [("早就習慣了。", "潘金龍")]
    quote = only("王明被带走。该名男子的邻居说：“他平时很安静。”")
    assert (quote.speaker, quote.role) == ("", "该名男子的邻居")


def test_a_quoted_handle_after_a_role_is_the_name() -> None:
    quote = only("知名博主“数码老黄”直言：“这是伪需求。”")
    assert (quote.text, quote.speaker, quote.role) == ("这是伪需求。", "数码老黄", "知名博主")


def test_how_and_when_are_not_part_of_the_name() -> None:
    assert only("来自广州的程序员陈浩试戴后表示：“反应很快。”").speaker == "陈浩"
    assert only("魏哲勳致詞時說：「去年很不容易。」").speaker == "魏哲勳"
    assert only("市长王芳出席仪式。她笑说：“很开心。”").speaker == "王芳"


def test_a_verb_and_colon_before_outweigh_a_verb_after() -> None:
    text = "黃子健發帖稱：「現在是入市的好時機。」監管局則提醒，市民要小心。"
    assert said(text) == [("現在是入市的好時機。", "黃子健")]


def test_a_quoted_sentence_after_someone_spoke_is_theirs() -> None:
    text = "王培玉直言没有必要。“抗病毒药物应当在医生指导下使用。”"
    assert said(text) == [("抗病毒药物应当在医生指导下使用。", "王培玉")]


def test_an_association_speaks_after_a_colon() -> None:
    assert said("中華棒協：「門票明天開賣。」") == [("門票明天開賣。", "中華棒協")]


def test_a_short_name_opening_its_paragraph_speaks_after_a_colon() -> None:
    assert said("颱風來襲。\n台電：「搶修人力已待命。」") == [("搶修人力已待命。", "台電")]


def test_name_colon_and_a_clause_ending_in_their_words() -> None:
    assert said("楊振邦：抑制通膨預期「刻不容緩」") == [("刻不容緩", "楊振邦")]


def test_a_body_is_credited_with_a_clause_but_a_document_is_not() -> None:
    assert said("金管會回應，銀行資本充足，「升息對金融體系的衝擊可控」。") == [("升息對金融體系的衝擊可控", "金管會")]
    assert said("峰会声明称，人工智能应当“开放、包容、安全”。") == []


def test_a_sentence_verb_with_no_comma_still_reports_words() -> None:
    text = "教授吳文傑投下反對票。他認為出口動能已經放緩，「此時升息可能弊大於利」。"
    assert said(text) == [("此時升息可能弊大於利", "吳文傑")]


def test_now_is_not_a_coverb_and_denied_labels_are_not_speech() -> None:
    assert said("上班族周昕說，她原本打算買房，現在「要再算一算」。") == [("要再算一算", "周昕")]
    assert said("楊振邦強調，央行並非要「打房」。") == []


def test_a_person_counted_inside_a_phrase_and_adverbials_cut_in_order() -> None:
    assert said("被告公司一名工作人员表示，“暂时不方便回应”。")[0][1] == ""
    assert said("央行總裁楊振邦會後在記者會上表示：「不排除再次調整。」") == [("不排除再次調整。", "楊振邦")]


def test_empty_and_quote_free_text() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("今天天气晴朗。\n\n明天有雨。") == []


def test_also_said_before_a_colon_is_speech_but_also_called_is_not() -> None:
    text = "主診醫生劉家明表示病人情況穩定。劉醫生又稱：「下週可以出院。」"
    assert said(text) == [("下週可以出院。", "劉家明")]
    assert said("這名球員又稱「小鋼炮」。") == []


def test_a_reporter_asks_and_someone_unnamed_questions() -> None:
    assert said("另有记者问：“何时公布名单？”") == [("何时公布名单？", "")]
    assert said("有网民留言质疑：“票价为什么又涨了？”") == [("票价为什么又涨了？", "")]
    assert said("对于网友质疑资金是否“可持续”，他回应称：“资金已到位。”") == [("资金已到位。", "")]


def test_a_name_between_two_titles() -> None:
    quote = only("市立医院心内科主任王建明医生表示：“病人情况稳定。”")
    assert quote.speaker == "王建明"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("陳美華一邊包餃子一邊說：「過年就是要熱鬧。」", "陳美華"),
        ("住在北区的居民赵先生受访时说：“噪音太大了。”", "赵先生"),
        ("农业局局长孙立军上月曾表示：“补贴会按时发放。”", "孙立军"),
        ("環保署發言人回覆本報查詢時表示：「會跟進事件。」", ""),
        ("经济学家周国平举例说：“房价不会一直涨。”", "周国平"),
    ],
)
def test_narration_between_the_name_and_the_verb(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_body_issuing_a_statement_is_its_name() -> None:
    assert said("该国驻华使馆当天也发表声明称，“将全力协助调查”。") == [("将全力协助调查", "该国驻华使馆")]


@pytest.mark.parametrize(
    "text",
    [
        "局長表示，依照「青年安居支援計畫」，租金每年檢討一次。",
        "教育部回應時表示，已推出「偏鄉教師留任補助方案」。",
        "他说，双方签署了“长三角绿色能源合作协议”。",
    ],
)
def test_names_of_plans_laws_and_events_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_pronoun_skips_people_named_in_what_someone_said() -> None:
    text = "教授林慧敏受访时分析了形势。她提到，市议员张国强上周曾表示欢迎投资。“稳定比便宜更重要。”她说。"
    assert said(text) == [("稳定比便宜更重要。", "林慧敏")]
    text = "赵立新提到，他的同事周明远教授早有类似观点。“但尺度不一，”他说。"
    assert said(text) == [("但尺度不一，", "赵立新")]


def test_a_medium_relaying_someone_is_no_speaker_of_theirs() -> None:
    text = "“新闻网”欧洲版称，公司联合创始人亚瑟·门施表示，模型很好。他说，现在人工智能“又开放了”。"
    assert said(text) == [("又开放了", "亚瑟·门施")]


def test_an_interview_written_as_name_colon_turns() -> None:
    text = "记者专访了教授陈立华。\n【访谈】\n新京报：新规对消费者有什么影响？\n\n陈立华：短期影响不大，长期看是好事。"
    assert [(q.text, q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("新规对消费者有什么影响？", "新京报", "block"),
        ("短期影响不大，长期看是好事。", "陈立华", "block"),
    ]
    assert [q.speaker for q in extract_quotes("问：何时开工？\n答：明年春天。")] == ["", ""]


def test_a_lone_name_colon_line_is_no_interview() -> None:
    assert extract_quotes("外交部：中方愿同各方共同维护和平。\n新华社北京电 外交部发言人今日主持记者会。") == []
    assert extract_quotes("建議包括：醫院應加強監察。") == []


def test_a_quote_over_paragraphs_after_a_colon_line() -> None:
    text = "谈到退休，店主林美玲语气平静：\n“我做了四十年，也该歇歇了。\n“以后就在家带孙子。”"
    assert said(text) == [("我做了四十年，也该歇歇了。", "林美玲"), ("以后就在家带孙子。", "林美玲")]


def test_a_colon_after_a_clause_gives_the_words_to_the_sentence_speaker() -> None:
    text = "市民王建华说，他也承认，新规给了大家明确的方向：“至少规则清楚了。”"
    assert said(text) == [("至少规则清楚了。", "王建华")]


def test_a_judgement_after_a_copula_is_the_critics_words() -> None:
    assert said("议员刘志强批评，这项收费是“变相加税”。") == [("变相加税", "刘志强")]
    assert said("有網友調侃，捷運已經變成「移動的烤箱」。") == [("移動的烤箱", "")]
    assert said("他說，這是「雙贏」。") == []  # a copula after a plain speech verb: a label


def test_a_contrast_makes_a_quoted_phrase_a_claim() -> None:
    assert said("部长王立新说，两国是“对手而非敌人”。") == [("对手而非敌人", "王立新")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("62岁的村民杨桂英回忆说：“房子塌了。”", "杨桂英"),
        ("衞生防護中心總監林文健昨日（8日）在記者會上表示：「疫苗充足。」", "林文健"),
        ("分会秘书长韩立对财新表示，价格战“已经接近尾声”。", "韩立"),
    ],
)
def test_a_chinese_name_is_a_surname_and_one_or_two_characters(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("来自成都的志愿者小周说：“我们凌晨就出发了。”", "小周"),
        ("立法會衞生事務委員會主席區偉明批評：「做得太遲。」", "區偉明"),
        ("一名不願具名的企業高層向本報透露：「預算增加了一倍。」", ""),
        ("一位科技公司高階向記者透露：「訂單回來了。」", ""),
        ("有家長留言抱怨：「排咗兩個鐘。」", ""),
    ],
)
def test_a_name_after_a_long_role_and_a_role_alone(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_surname_and_title_point_back_to_the_latest_full_name() -> None:
    text = "教授莫子聰受訪時說，疫苗有效。莫教授提到，顧問梁志遠曾建議提早接種。「如果能提早就好。」他說。"
    assert said(text) == [("如果能提早就好。", "莫子聰")]
    text = "外科主任陳大文表示病情穩定。內科醫生陳美玲說，要觀察。陳醫生又稱：「下週可以出院。」"
    assert said(text) == [("下週可以出院。", "陳美玲")]


def test_a_speech_verb_before_de_modifies_a_noun() -> None:
    text = "部长王芳说，企业在当地反映的问题“多年来一直没有解决”，这是重点。"
    assert said(text) == [("多年来一直没有解决", "王芳")]


def test_quoted_adverbs_of_manner_are_the_speakers_words() -> None:
    text = "部长王芳对记者说，她希望能够“坦诚地、面对面地”讨论分歧。"
    assert said(text) == [("坦诚地、面对面地", "王芳")]


def test_a_list_after_a_coverb_is_labels() -> None:
    assert said("研究员张立指出，政府把邻国定位为“伙伴、竞争者和对手”。") == []


def test_a_speaker_named_after_the_words_is_a_known_name() -> None:
    text = "「我只想打強一點。」潘威廉賽後笑說。\n教練陳柏翰很滿意。\n潘威廉今年37歲，他坦言，體能「確實不如從前」。"
    assert said(text)[-1] == ("確實不如從前", "潘威廉")


def test_a_pronoun_opening_a_paragraph_passes_over_a_name_in_what_follows() -> None:
    text = "教授周思敏分析，居民參與是關鍵。\n她提到，前局長陳綺雯任內也曾推出類似計劃。「這次要吸取教訓。」她說。"
    assert said(text) == [("這次要吸取教訓。", "周思敏")]


def test_a_quote_reopened_in_the_next_paragraph_runs_to_its_paragraph_end() -> None:
    text = "老师索菲告诉记者：“我今年58岁。我真的累了。\n“我父亲55岁就退休了。”"
    assert said(text) == [("我今年58岁。我真的累了。", "索菲"), ("我父亲55岁就退休了。", "索菲")]


def test_an_interview_turn_may_end_in_a_closing_mark() -> None:
    text = "记者：难在哪里？\n何诗：他常说：‘你不要叫我演。’"
    assert [(q.text, q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("难在哪里？", "", "block"),
        ("他常说：‘你不要叫我演。’", "何诗", "block"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“楼在晃。”居民郑先生感叹道。他回忆，凌晨2点多全家躲进卫生间，“一直到天亮才敢出来”。", "一直到天亮才敢出来", "郑先生"),
        ("候選人林怡君則反擊，對手擔任立委期間「從來沒有提出過任何一項法案」。", "從來沒有提出過任何一項法案", "林怡君"),
    ],
)
def test_recalling_and_hitting_back_report_words(text: str, words: str, speaker: str) -> None:
    assert said(text)[-1] == (words, speaker)


def test_a_name_after_a_copula_and_a_noun_is_a_label() -> None:
    assert said("预报员周敏提到，上一次台风是2006年的超强台风“桑美”，当时损失惨重。") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word for a person before the name
        ("中央气象台首席预报员周敏今天在记者会上说：“强度减弱较慢。”", "周敏"),
        # a date with a time of day after the name
        ("县委书记吴志勇11日晚在安置点对本报记者说：“都配了医生。”", "吴志勇"),
        # a kinship word as a name, then a verb
        ("68岁的陈阿婆坐在折叠床上抱怨：“船还没拖上岸。”", "陈阿婆"),
        ("今年應考文憑試的李同學對本報說：「真係好大壓力。」", "李同學"),
        # a dotted name, its Latin name, then a long 在…上对… phrase
        ("法国总工会（CGT）总书记玛丽·勒布朗（Marie Leblanc）在巴黎共和广场的集会上对数万名示威者说：“不！”", "玛丽·勒布朗"),
        # a body without the word for its role
        ("主辦單位澳門電影協會回應稱：「協會已向觀眾致歉。」", "澳門電影協會"),
        # a name that owns the person speaking
    ],
)
def test_the_name_is_found_by_its_anchor_and_the_rest_is_role_or_narration(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_name_that_owns_the_person_speaking_is_not_the_speaker() -> None:
    text = "候選人謝文彬表示，要減煤。一名手持旗幟的謝文彬支持者對記者表示：「我們不是來吵架的。」"
    assert said(text) == [("我們不是來吵架的。", "")]


def test_a_name_keeps_a_third_character_that_does_not_start_a_verb() -> None:
    text = "據電視台引述影展執行總監蘇志強的話說：「入場人次超過兩萬。」"
    assert only(text).speaker == "蘇志強"
    text = "大學教授吳志豪打出新訴求，他笑言：「該換個口味了。」"
    assert only(text).speaker == "吳志豪"


def test_surname_and_a_two_character_title_point_back_to_the_full_name() -> None:
    text = "应急管理部副部长王德明强调，要严防山洪。王副部长还警告：“要防范超警洪水。”"
    assert said(text) == [("要防范超警洪水。", "王德明")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title longer than the listed one after the name: (獸)醫師, (主治)醫師
        ("在台南執業二十年的林志明獸醫師解釋：「雞糞也會傳播病毒。」", "林志明"),
        ("李大文主治醫師說：「手術很順利。」", "李大文"),
        # a kinship word before a surname and a word for an elder
        ("受害學生的祖父陳伯昨日受訪時激動地說：「佢好乖㗎。」", "陳伯"),
        # a Malaysian honorific title before the name
        ("卫生部长拿督斯里祖基菲今日表示：“疫苗供应充足。”", "祖基菲"),
    ],
)
def test_titles_after_a_name_and_kinship_words_before_it_are_roles(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_familiar_name_after_a_word_for_people_takes_the_pronoun() -> None:
    text = "退休教师陆建明笑言：“现在方便了。”\n同车的上班族小张则更关心票价。她告诉记者，“一个月能省六百”。"
    assert said(text)[-1] == ("一个月能省六百", "小张")
    text = "場主黃俊文說：「全沒了。」\n鄰近豬場的阿福伯則擔心疫情擴散。他說：「飼料錢都快付不起了。」"
    assert said(text)[-1] == ("飼料錢都快付不起了。", "阿福伯")


def test_a_county_title_before_a_block() -> None:
    text = "彰化縣副縣長林志成：\n縣府會全力配合。\n"
    assert said(text) == [("縣府會全力配合。", "林志成")]


def test_what_someone_did_at_a_place_is_not_speech() -> None:
    text = "店主阿強透露，事發後曾有家長到店內「撐場」，「佢哋一入嚟就鬧人。」"
    assert said(text) == [("佢哋一入嚟就鬧人。", "阿強")]


def test_a_colon_after_a_clause_naming_nobody_belongs_to_the_sentence_subject() -> None:
    text = "邱金龍說：「好。」\n部落頭目邱金龍以排灣語致詞，再由族人翻譯成華語：「祖先終於回家了。」"
    assert said(text)[-1] == ("祖先終於回家了。", "邱金龍")


def test_a_word_for_people_alone_before_a_colon_speaks_unnamed() -> None:
    assert said("杭州地铁19号线开通 乘客：“上班再也不用挤公交了”") == [("上班再也不用挤公交了", "")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a compound surname and two characters after a title
        ("人類學系講師歐陽敏儀研究飲食文化多年。她指出，「食物係記憶載體。」", "歐陽敏儀"),
        # a name between two titles, the second longer than the listed one
        ("委員會主席霍振邦資深大律師在記者會上表示，船長當晚「明知霧大，仍維持航速」。", "霍振邦"),
        # Cantonese 羅太 (Mrs Law) is an honorific name, as 吳太太 is
        ("在南丫島經營民宿的羅太仍心有餘悸。她說：「之後我唔敢搭船。」", "羅太"),
        # 憶述 reports words
        ("店主鄧國強說：「好。」\n鄧國強憶述，七十年代有不少移民，「啲街坊食完會講好似返咗鄉下。」", "鄧國強"),
        # a kinship word before a name: a later 她 is the named daughter-in-law, not the father-in-law
        ("村民老陈今年72岁。\n老陈的儿媳吴秀英在浙江打工。“药是有的，就是没人看着他吃。”她说。", "吴秀英"),
    ],
)
def test_names_after_titles_and_kinship_words(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    ["区嘉敏还提到，广东近年推行“河长制”，但部分基层河长管不着。", "諸葛明遠說，部分期刊標榜「快速審稿」，收取刊登費。"],
)
def test_what_is_promoted_or_advertised_is_a_label(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a conjunction before a pronoun: 但她 is 她, who points back
        ("欧阳婧坦言：“说不想走是假的。”但她随即补充，只要院里还缺人，“我就先不提调动的事”。", "欧阳婧"),
        # a manner phrase after a pronoun: 他用…的廣東話 is 他
        ("店主鄧志強今年已86歲。他用帶山東口音的廣東話說：「我就識包餃子。」", "鄧志強"),
        # a 的 phrase before a familiar name
        ("家住河涌边的街坊何姨对南都记者说，夏天河涌臭得“窗都不敢开”。", "何姨"),
        # a coverb phrase after a body's name
        ("县卫生健康局在给本报的书面回复中称，“力争三年内补齐医生”。", "县卫生健康局"),
        # a coverb that is also a surname, before 记者: 向记者 is no name; 证实 reports words
        ("周敏说：“好。”\n县卫健局一名工作人员向记者证实，空缺率超过三成。“是招不来人。”这名工作人员说。", ""),
        # a pronoun speaking to someone: the one spoken to is not the speaker
        ("院长杨德明又去出诊。临走前，他对护士长罗梅说：“有急诊就打我电话。”", "杨德明"),
        # an adverb between a role and the verb is no name
        ("一名大學的助理教授匿名向記者透露，「主任直接說，一人一年至少三篇。」", ""),
    ],
)
def test_a_speaker_is_a_name_not_the_narration_around_it(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 该局 is the last body named whose name ends in 局
        ("佛山市生态环境局南海分局3日通报了案件。该局表示，“属于情节严重的违法排污行为”。", "佛山市生态环境局南海分局"),
        # 該校 is the last school or university named
        ("明德科技大學昨日發出聲明。該校表示，所有論文「均經過同儕審查」。", "明德科技大學"),
        # 该公司, with the body's role before its name dropped
        ("營運商港島渡輪有限公司回應稱，已加辦訓練。該公司又指，「會按報告建議檢討內部指引」。", "港島渡輪有限公司"),
        # a short form is the full name met before that ends in it
        ("佛山市生态环境局南海分局3日通报了案件。\n南海分局表示，下一步将开展排查，“发现一家，查处一家”。", "佛山市生态环境局南海分局"),
    ],
)
def test_a_body_is_named_in_full(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


def test_a_document_speaks_for_the_body_that_issued_it() -> None:
    text = "獨立調查委員會昨日發表報告。\n報告指出，船長曾兩次發出呼叫。報告寫道：「船長應即時減速。」"
    assert said(text) == [("船長應即時減速。", "獨立調查委員會")]
    # nobody issued it in the text: no speaker
    assert said("報告寫道：「船長應即時減速。」") == [("船長應即時減速。", "")]


def test_a_bare_word_is_never_a_speaker() -> None:
    text = "去年渡輪相撞、造成23名乘客受傷的事故，獨立調查委員會昨日發表報告，認為船長應負責：「船長應即時減速。」"
    assert said(text)[-1][1] != "事故"


# -- a positive model of who may speak -----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname and characters that are verbs or function words is no name
        ("工人開始斬樹，有人高叫：「唔好斬呀！」", ""),
        ("有族人高喊：「我們不要走！」", ""),
        # a compound surname counts whole: 司马建国 ends in 国 and is a name
        ("集团副总经理司马建国在接受专访时透露，工人将“分批转岗”。", "司马建国"),
    ],
)
def test_a_speaker_has_the_shape_of_a_name(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_counted_noun_in_quotes_is_a_term() -> None:
    assert said("教授李明表示，当局应培训更多社区「疫苗大使」，用家长熟悉的语言沟通。") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun with narration after it is still the pronoun
        ("部落頭目瓦旦·達利（Watan Dali）隨即起身回應。他用族語夾雜華語說：「我們的祖先在這裡住了三百多年。」", "瓦旦·達利"),
        ("“先搬过去试试看吧，”韦秀梅说。她停顿了一下，又补充道，“要是做不下去，我就回老家了。”", "韦秀梅"),
        # the one cited speaks, unnamed here
        ("議員司徒家豪與署方人員傾談。他引述對方指，樹樁會保留，「將來或者可以做成一個紀念裝置」。", ""),
        # a bare word is no body: 重要補充 is no speaker, 范振宇 說 is
        ("局長范振宇說，義消是救災第一線的重要補充，「光靠正職人力根本撐不住」。", "范振宇"),
    ],
)
def test_a_speaker_that_is_no_name_leaves_the_next_rule_to_decide(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dotted name's last part later stands for the whole name
        (
            "鹿特丹大学教授扬·范德维尔德（Jan van der Velde）对财新表示，效率优势“需要五到八年才能体现”。"
            "“欧洲港口的经验是，工会参与谈判，冲突会少很多。”范德维尔德说。",
            "扬·范德维尔德",
        ),
        # 他的 opens a phrase about someone else: 他的工友黄德明 is not 他
        ("在码头开了十二年岸桥的李楠说，岗位要求会电脑。他的工友黄德明则更直接：“说是转岗，跟下岗有什么区别？”", "黄德明"),
    ],
)
def test_names_the_text_establishes(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 一边…，一边说: the second 一边 is no subject; the clause's subject is
        ("茶商陈永福一边称秤，一边对记者说，“很多人干脆不采了。”", "很多人干脆不采了。", "陈永福"),
        ("吳秀蘭一面收拾攤檔，一面說：「生意冇以前好。」", "生意冇以前好。", "吳秀蘭"),
        # a verb with 着 says how the words were said
        ("“我不反对能源转型。”韦伯指着窗外的风车说。", "我不反对能源转型。", "韦伯"),
        ("“唱歌的时候，腰就不疼了。”罗桂英红着眼眶说。", "唱歌的时候，腰就不疼了。", "罗桂英"),
        # a person word ending in 农/商 before a name is a role, and a later 她 points to the name
        ("茶农苏秀梅家有十二亩茶园。她说：“这一季全靠春茶。”", "这一季全靠春茶。", "苏秀梅"),
        ("“妈妈唱得跑调。”一旁的小芳插话说。", "妈妈唱得跑调。", "小芳"),
    ],
)
def test_manner_between_the_subject_and_the_verb(text: str, words: str, speaker: str) -> None:
    assert said(text) == [(words, speaker)]


def test_a_noun_phrase_with_zhe_for_a_person_is_no_manner() -> None:
    text = "老人说：“现在的父母想太多了。”一旁抱着婴儿的年轻母亲则小声回应：“不是想太多。”"
    assert said(text)[1] == ("不是想太多。", "")


def test_a_compound_surname_after_a_word_for_a_person_and_its_honorific() -> None:
    text = "唐狗重返主人懷抱\n義工司徒嘉欣表示，她早已留意到這隻狗，「佢好怕人」。\n司徒小姐說，村民都叫牠「阿啡」，「冇人諗過佢有屋企」。"
    assert said(text) == [("佢好怕人", "司徒嘉欣"), ("冇人諗過佢有屋企", "司徒嘉欣")]


def test_a_short_form_used_before_any_full_name_of_its_surname_is_its_own_name() -> None:
    text = (
        "走失三年 唐狗重返主人懷抱\n"
        "主人陳婆婆抱着愛犬說：「返嚟就好。」\n"
        "陳婆婆的兒子陳志強說：「我即刻喊咗出嚟。」\n"
        "陳婆婆紅着眼眶說：「佢認得我。」"
    )
    assert said(text) == [("返嚟就好。", "陳婆婆"), ("我即刻喊咗出嚟。", "陳志強"), ("佢認得我。", "陳婆婆")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a trade's word for a business before its name is its role
        (
            "风电场运营商北风能源公司则否认违规。该公司在声明中称，所有风机“均严格按照许可条件运行”。",
            "均严格按照许可条件运行",
            "北风能源公司",
        ),
        # a hyphenated place's body, then 该局
        (
            "石勒苏益格-荷尔斯泰因州环境局去年公布了监测结果。该局表示：“将在复测后作出决定。”",
            "将在复测后作出决定。",
            "石勒苏益格-荷尔斯泰因州环境局",
        ),
        # a verb's 了 before a body's name is narration, not part of the name
        ("一名市民通知了漁農自然護理署。該署表示：「晶片是最可靠的途徑。」", "晶片是最可靠的途徑。", "漁農自然護理署"),
    ],
)
def test_a_body_is_named_without_what_stands_before_it(text: str, words: str, speaker: str) -> None:
    assert said(text) == [(words, speaker)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a short form is the body named before whose full name starts with it
        ("星河影業有限公司昨日宣布停業。星河在聲明中表示，「決定為這段旅程畫上句號」。", "決定為這段旅程畫上句號", "星河影業有限公司"),
        ("東方航運公司昨日公布業績。東方強調，「乘客安全不受影響」。", "乘客安全不受影響", "東方航運公司"),
        # and is no person a pronoun points to
        (
            (
                "星河影業有限公司宣布停業。星河在聲明中表示，「決定為這段旅程畫上句號」。\n"
                "星河影業行政總裁林志明昨晚到場。他坦言，結業決定「好難講出口」。"
            ),
            "好難講出口",
            "林志明",
        ),
        # a name the text gives after a title stays a person's
        ("林大同集團主席林大同昨日出席活動。林大同說：「我有信心。」", "我有信心。", "林大同"),
    ],
)
def test_a_body_short_form_that_starts_its_full_name(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("貼文引來上千則留言，有網友酸「連市長都會寫錯字」，也有人替他緩頰。", [("連市長都會寫錯字", "")]),
        ("議員王大明嗆：「這份預算根本是空頭支票。」", [("這份預算根本是空頭支票。", "王大明")]),
        # 酸 in a dish, 心酸 in a feeling, are no verbs
        ("村里主卖稻田鱼和酸“汤”。", []),
    ],
)
def test_a_jibe_reports_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected


# -- names in running text ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an everyday word after a name starts the narration: 卓玛负责, not a name 卓玛负
        ("店主的妻子卓玛负责接待，她笑着告诉记者：“现在半夜还有客人。”", "卓玛"),
        # ...but 负责人 after a word is a role: no name 关系
        ("公司投资者关系负责人：“回购规模不低于50亿元。”", ""),
        # a name after a word for a person that is no listed title
        ("山区讲解员祁连英今年26岁。她回忆起第一次带团：“我指错了星星。”", "祁连英"),
        # Taiwan's double surnames
        ("搜救分隊長張簡志豪受訪時說，「能見度不到5公尺」。「這個動作救了他一命。」張簡分隊長說。", "張簡志豪"),
    ],
)
def test_names_in_running_text(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


def test_a_sentence_quoted_whole_ends_the_sentence_before_the_next_subject() -> None:
    # 才让多杰 opens a new sentence after her quote; 他 points to him, not to 卓玛
    text = (
        "老板才让多杰去年开了民宿。他的妻子卓玛负责接待，她告诉记者：“客人很多。”"
        "才让多杰则更关心年轻人。他说，儿子回到了镇上，“这是我想都不敢想的。”"
    )
    assert said(text)[-1] == ("这是我想都不敢想的。", "才让多杰")


def test_a_familiar_form_of_a_surname_stands_for_the_full_name() -> None:
    text = "讲解员祁连英今年26岁，同事们都叫她“小祁”。如今，小祁已能讲解星座。“每个民族都有自己的星空。”她说。"
    assert said(text)[-1][1] == "祁连英"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the issuer named in the same phrase as its document
        ("青海省天文学会今年发布的一份调研报告写道：“暗夜资源具有不可再生性。”", "青海省天文学会"),
        # a short form the text gave in brackets after the full name
        ("農業部農村發展及水土保持署（水保署）在會中提供的評估報告寫道：「邊坡持續滑動。」", "農業部農村發展及水土保持署"),
    ],
)
def test_a_document_and_an_abbreviation_speak_for_the_body_in_full(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a rank before a title is the title's: 張簡分隊長 is 張簡志豪
        ("嘉明湖山難\n分隊長張簡志豪受訪時說，「能見度很低」。\n「他躲在石頭後面，」張簡分隊長說，「這個動作救了他一命。」", "張簡志豪"),
        # 陳男: how Taiwan's reports name a man
        ("一名陳姓男子獲救。陳男目前已返家休養。他透過妻子向搜救人員致謝：「謝謝那些不認識我的人。」", "陳男"),
        # a Latin name in brackets ends a dotted name, 都 and all
        ("渔业局局长诺阿兹曼·阿都拉（Noor Azman Abdullah）受询时说，毒性属中等，「但仍可能引起休克」。", "诺阿兹曼·阿都拉"),
        # 阿 and one character after a word for a person is a familiar name
        ("阿欣的男朋友阿朗陪她出席記者會。他坦言，當時並不知道，「佢喺我面前成日都笑笑口」。", "阿朗"),
        # 这个 and a word for a person points back to the one named before
        ("志愿者小周对此很淡定。“冰箱的意义就在于不问理由，”这个戴眼镜的大男孩说，“那就变味了。”", "小周"),
    ],
)
def test_names_titles_and_anaphors(text: str, speaker: str) -> None:
    assert {who for _, who in said(text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 校方 is the school named before
        ("香港海濱大學學生事務處開通熱線。校方強調，熱線並非取代治療，「而是有把聲陪佢」。", "香港海濱大學"),
        # 該分署 is the last branch office named
        ("農業部林業及自然保育署台東分署昨日示警。該分署提醒：「高山沒有說走就走這回事。」", "農業部林業及自然保育署台東分署"),
        # a body's reported speech runs on into a whole quoted sentence
        ("槟岛市政厅在文告中说，过去一周接获27宗投报。「为了公众安全，民众切勿下水。」", "槟岛市政厅"),
        # a statement issued by 该局 speaks for the bureau, not for 局局 of 局长
        ("槟州渔业局局长李明受询时说，毒性中等。该局随后发出的声明强调，「公众切勿触碰水母」。", "槟州渔业局"),
    ],
)
def test_bodies_speak_in_full(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


# -- who a quote with no speech verb belongs to ---------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a paragraph opening with a quote, about the person named after it
        (
            "全国人大代表乔进双梅：指尖绣文脉\n“彝绣是我们的文化根脉。”在合作社的工坊里，乔进双梅指尖翻飞。",
            "彝绣是我们的文化根脉。",
            "乔进双梅",
        ),
        # a quote inside a paragraph about the person named before it
        ("专访\n早年，合作社理事长李春花发现妇女都会刺绣。“那时候就想，能不能让绣活变成钱？”这个念头成了初衷。", "那时候就想，能不能让绣活变成钱？", "李春花"),
        # quotes under a subheading continue the speech verb of the paragraph before
        ("东运会\n部长凯里说，成绩令人满意。\n超越狮城\n他指出，年轻选手表现出色。\n“他们都显示出夺金的实力。”", "他们都显示出夺金的实力。", "凯里"),
        # words someone unnamed is said to post are nobody's
        ("球赛\n李明赛后表示满意。有球迷留言：“熬夜看球值了！”", "熬夜看球值了！", ""),
    ],
)
def test_a_quote_with_no_speech_verb_belongs_to_the_person_the_passage_is_about(
    text: str, words: str, speaker: str
) -> None:
    assert (words, speaker) in said(text)


def test_a_titled_latin_name_speaks_with_narration_after_it_and_by_its_last_word() -> None:
    text = (
        "“这记警钟敲响了，”投资公司的创始合伙人 Larry Li 最近在接受采访时回忆道。\n"
        "AI 开放战略总监 Anthony Annunziata 表示，兴趣有所增加。Annunziata 表示：“众多公司希望保持自主。”"
    )
    assert said(text) == [("这记警钟敲响了，", "Larry Li"), ("众多公司希望保持自主。", "Anthony Annunziata")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 他 passes over a woman the text calls 她
        ("作家孙惠芬在会上认识了出版人白冰。当时她正在写一部长篇。他说：“好好好，写完拿给我看。”", "白冰"),
        # 她 passes over a man the text calls 丈夫
        ("店主林美玲的丈夫陈国强在一旁帮忙。她说：“生意比去年好。”", "林美玲"),
    ],
)
def test_a_pronoun_passes_over_people_of_the_other_sex(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker


def test_a_name_in_a_list_owns_no_quote_with_no_speech_verb() -> None:
    text = "棒球\n賽後包括古林睿煬、張育成等球員放聲大哭的模樣，讓韓國球迷感到震撼，「大家只是國籍不同，但都一樣是努力的選手。」"
    assert said(text) == [("大家只是國籍不同，但都一樣是努力的選手。", "")]


def test_someone_unnamed_after_an_adverb_is_nobody() -> None:
    assert said("會場群情激動，甚至有人高喊：「我們家都沒了，還在講這些！」") == [("我們家都沒了，還在講這些！", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retort or lament in a headline, after a space between clauses
        (
            "議員批市府預算「三不一沒有」 市長駁「完全不是事實」\n市府昨日回應。",
            [("完全不是事實", "")],
        ),
        ("家屬泣訴「一條人命只賠十萬」\n法院昨日宣判。", [("一條人命只賠十萬", "")]),
        # a crowd shouting a list of words
        (
            "標題\n說明會上，數百名村民頻頻怒嗆「講重點」、「不要打官腔」，場面混亂。",
            [("講重點", ""), ("不要打官腔", "")],
        ),
        # words said as something happens: 表示「…」時
        (
            "標題\n縣長陳文雄上台表示「今天是來聽大家意見」時，台下一片噓聲。",
            [("今天是來聽大家意見", "陳文雄")],
        ),
    ],
)
def test_headlines_retorts_and_shouted_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a name by its shape, with narration and no title around it
        ("標題\n“今天的菜好像少了一样?”袁秀花边择着菜边嘟哝着。", "今天的菜好像少了一样?", "袁秀花"),
        (
            "標題\n“一年到头，就盼着这一天。”坐在靠窗的位子上，王小兰咧开了嘴。",
            "一年到头，就盼着这一天。",
            "王小兰",
        ),
        # someone new after a paragraph-opening quote, not the speaker before
        (
            "標題\n孟大姐说：“今年回家的人多了。”\n“你放心，我一切都好。”在6号车厢，卜慧芬拨通了电话。",
            "你放心，我一切都好。",
            "卜慧芬",
        ),
        # a name the text repeats, though no title or verb vouches for it
        (
            "標題\n世界球后戴資穎今天奪冠。有記者問她感受，戴資穎聽完，僅淡淡地表示：「贏了就贏了。」"
            "賽後戴資穎隨即離開。主辦單位稱讚戴資穎。",
            "贏了就贏了。",
            "戴資穎",
        ),
        # a married woman's two surnames for her whole name
        ("標題\n行政長官林鄭月娥今日出席會議。林鄭表示：「我們會檢討。」", "我們會檢討。", "林鄭月娥"),
        # someone unnamed who opens the clause, not the person they meet
        ("标题\n这时有一名手持标语的女子接近李明德，称“你说的都不是真的”。", "你说的都不是真的", ""),
        ("標題\n另一名記者連忙打圓場，「你覺得做好自己就行了，對嗎。」", "你覺得做好自己就行了，對嗎。", ""),
        # paragraphs of words alone, then who said them
        (
            "標題\n首相不以为然。\n“这个政府会执政到届满。”\n“对此，我有信心。”\n首相拿督斯里安华今日在首都强调，政府稳固。",
            "对此，我有信心。",
            "安华",
        ),
        # a question put to someone
        ("標題\n法官郭大文判刑時詢問被告「何時才會反省？」", "何時才會反省？", "郭大文"),
    ],
)
def test_speakers_found_by_shape_repetition_and_place(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


def test_a_subhead_gives_a_named_persons_words() -> None:
    text = "标题\n铅球运动员巩立姣昨日夺冠。\n巩立姣：一块金牌，值了\n她说：“我坚持了二十年。”\n时间：2021年8月1日"
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("一块金牌，值了", "巩立姣", "block"),
        ("我坚持了二十年。", "巩立姣", "quoted"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 指 after a person reports what they said, as Hong Kong reports write it
        ("標題\n帶女兒入場的陳先生指氣氛熱烈，惟對賽果失望，「球證嘅判決影響咗大局」。", "球證嘅判決影響咗大局", "陳先生"),
        # 阿 and an English name
        ("標題\n球迷阿Tom就指港隊上半場踢得不錯，「但下半場體能唔夠」。", "但下半場體能唔夠", "阿Tom"),
    ],
)
def test_hong_kong_reporting(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


def test_pointing_is_not_saying() -> None:
    assert said("標題\n他用手指著遠處的山。陳大文指出，「這裡很美。」") == [("這裡很美。", "陳大文")]


def test_an_interview_answer_that_runs_on_and_its_quoted_subheads() -> None:
    text = (
        "专访：村支书的一年\n"
        "“做事情要一点一点来”\n"
        "记者：刚上任时难不难？\n"
        "李秀兰：很难。刚接手的时候村里一分钱都没有，还欠着一百多万元的债，每天都有人上门来要账，我晚上常常睡不着。\n"
        "好在大家都支持我，现在债也还了一大半。\n"
        "记者：接下来有什么打算？\n"
        "李秀兰：把路修好，把水引进来。\n"
        "采访结束时，天已经黑了。"
    )
    assert [(q.text, q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("做事情要一点一点来", "李秀兰", "quoted"),
        ("刚上任时难不难？", "", "block"),
        ("很难。刚接手的时候村里一分钱都没有，还欠着一百多万元的债，每天都有人上门来要账，我晚上常常睡不着。", "李秀兰", "block"),
        ("好在大家都支持我，现在债也还了一大半。", "李秀兰", "block"),
        ("接下来有什么打算？", "", "block"),
        ("把路修好，把水引进来。", "李秀兰", "block"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a question and its answer, the one named after them answering
        ("標題\n「你家為什麼沒有劃上標記？」「我冇俾佢地入嚟。」鍾先生語氣剛烈。", "我冇俾佢地入嚟。", "鍾先生"),
        ("標題\n「你家為什麼沒有劃上標記？」「我冇俾佢地入嚟。」鍾先生語氣剛烈。", "你家為什麼沒有劃上標記？", ""),
        # a quote that ends its sentence ends the clause before the next verb
        (
            "標題\n梁先生指「加價都慣啦，返工都係需要搭。」他又指，服務要保持，直指「壞少啲當然好啲喇。」",
            "壞少啲當然好啲喇。",
            "梁先生",
        ),
        # someone unnamed introduced with 有 at the end of the subject
        ("標題\n柯大明回憶參選當日曾有支持者表示「只要你不放棄，我們就不會放棄」。", "只要你不放棄，我們就不會放棄", ""),
    ],
)
def test_questions_answers_and_clauses(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("港鐵加價\n市民嘆沒加薪「最好唔好加價」\n港鐵今日公布加價。", [("最好唔好加價", "")]),
        # a headline ending in a term after a name is no one's words
        ("標題\n總統馬克龍宣布打造「法國版星際之門」\n他昨日說明計畫。", []),
    ],
)
def test_a_subhead_ending_in_someones_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the one doing it in a passive clause speaks
        ("標題\n有同學想阻止，被林女怒嗆「滾開」，楊生送醫不治。", "滾開", "林女"),
        # 问她： after a quote that ended the sentence before
        ("标题\n女子仍继续吼：“你说的不是事实。”李明德忍无可忍，问她：“我说的到底有什么问题？”", "我说的到底有什么问题？", "李明德"),
        # a surname and title for the person the text introduced by another
        ("標題\n老闆陳先生和老友道別。帶着金絲眼鏡的陳老闆說起租約期滿：「當然有點不捨。」", "當然有點不捨。", "陳先生"),
    ],
)
def test_passives_questions_and_short_forms(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a one-word Latin name after a nickname or a word for a person
        ("標題\n曾上過節目的「美國大叔」Topher震驚表示：「在美國10秒就被偷光了！」", "在美國10秒就被偷光了！", "Topher"),
        # a Latin name in brackets after the Chinese one stands for that person
        (
            "標題\n今年50歲的陳菁菁（Catherine）是外賣車手。深水埗是她地頭，「呢間冰室好多人叫外賣。」Catherine說。",
            "呢間冰室好多人叫外賣。",
            "陳菁菁",
        ),
        # a word for a person glued to a dotted name, and the name's own 都
        ("標題\n紐約知名音樂人強尼•史都華：「每一秒的演出都完美無瑕。」", "每一秒的演出都完美無瑕。", "強尼•史都華"),
    ],
)
def test_foreign_and_latin_names(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


def test_a_name_before_a_title_and_its_short_form_in_turns() -> None:
    text = (
        "2020年2月9日，刘晓明大使就疫情接受英国广播公司专访，实录如下：\n"
        "马尔：刘大使，欢迎你。可否介绍一下最新数据？\n"
        "刘大使：根据最新数据，治愈病例数是死亡病例数的3倍。"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)][-1] == ("根据最新数据，治愈病例数是死亡病例数的3倍。", "刘晓明")


def test_a_live_report_with_time_stamps_between_turns() -> None:
    text = (
        "主播對話開始\n"
        "北京時間5月30日上午，CGTN主播劉欣同福克斯主播翠西·里根展開對話。劉欣已步入演播室。\n"
        "北京時間8點30分：\n"
        "劉欣開場白：非常感謝您給我這次機會。\n"
        "劉欣不到30秒的開場白被對方三次插話。\n"
        "北京時間8點34分：\n"
        "翠西·里根：你對貿易談判有什麼看法？\n"
        "北京時間8點35分：\n"
        "劉欣：我並沒有內部消息。"
    )
    assert [(q.text, q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("非常感謝您給我這次機會。", "劉欣", "block"),
        ("你對貿易談判有什麼看法？", "翠西·里根", "block"),
        ("我並沒有內部消息。", "劉欣", "block"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a hyphen in a transliterated name, which ends where its sounds do
        ("标题\n5月4日讯 在马克-威廉姆斯晋级决赛后，他接受了采访。\n他说：“我还在这里坚持。”", "我还在这里坚持。", "马克-威廉姆斯"),
        # a bare word for the person the paragraph is about
        ("标题\n今年94岁的季爷爷是首批入住的老人，老人边吃边分享，“这里服务好”。", "这里服务好", "季爷爷"),
        # a place's body with a hyphen is no person
        ("标题\n石勒苏益格-荷尔斯泰因州环境局公布的报告写道：“夜间声级超过限值。”", "夜间声级超过限值。", "石勒苏益格-荷尔斯泰因州环境局"),
    ],
)
def test_hyphenated_names_and_referring_words(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


def test_a_transcript_with_names_and_roles_side_by_side() -> None:
    text = (
        "记者拜师送外卖\n"
        "今天，我们的记者拜师送外卖。\n"
        "记者 陶静：走吧，师傅就在这间屋里，孙师傅，你好。\n"
        "孙翔 外卖小哥：你好。\n"
        "人物档案：孙翔，85后，外卖职业生涯1年零1个月。\n"
        "孙翔 外卖小哥：你能不能行啊？\n"
        "话音刚落，系统就派出了送单需求，我坐上了孙师傅的电动车。\n"
        "记者 陶静：不怕，你不冷，我也就不冷。"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("走吧，师傅就在这间屋里，孙师傅，你好。", "陶静"),
        ("你好。", "孙翔"),
        ("你能不能行啊？", "孙翔"),
        ("不怕，你不冷，我也就不冷。", "陶静"),
    ]


def test_a_press_conference_with_answers_over_several_paragraphs() -> None:
    text = (
        "2023年7月17日外交部发言人毛宁主持例行记者会\n"
        "总台央视记者：中国东盟外长会发表了联合声明，请问中方如何评价？\n"
        "毛宁：2003年，中国率先签署加入《东南亚友好合作条约》，开启了中国东盟关系的新阶段，体现了坚持大小国家一律平等的外交传统。\n"
        "《条约》根植于亚洲历史文化，孕育了协商一致、不干涉内政等原则，是指导地区国家关系的重要准则。\n"
        "在当前形势复杂多变的背景下，中国东盟外长会发表上述联合声明，有利于共同弘扬条约宗旨和原则。\n"
        "法新社记者：外交部能否介绍今天会见的情况？\n"
        "毛宁：中方会适时发布消息。"
    )
    assert [(q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("总台央视", "block"),
        ("毛宁", "block"),
        ("毛宁", "block"),
        ("毛宁", "block"),
        ("法新社", "block"),
        ("毛宁", "block"),
    ]


def test_a_pronoun_after_a_paragraph_that_ends_on_an_object() -> None:
    text = (
        "标题\n"
        "中国外交部发言人郭嘉昆表示：巴罗先生将与中国外交部部长王毅举行会谈。\n"
        "这位发言人强调，当前国际形势日趋复杂多变。他补充说，中国政府打算利用这次访问“巩固政治互信”，“这是双方的共同愿望。”"
    )
    assert dict(said(text))["这是双方的共同愿望。"] == "郭嘉昆"


def test_a_transcript_whose_turns_give_only_the_title() -> None:
    text = (
        "民政事務局局長談話全文\n"
        "以下是民政事務局局長曾德成今日在機場回應傳媒提問的談話全文：\n"
        "記者：今次去韓國將會看哪些賽事？\n"
        "民政事務局局長：今次去韓國，是為顯示香港對於亞洲運動會的參與。"
    )
    assert [(q.speaker, q.kind) for q in extract_quotes(text)] == [("", "block"), ("曾德成", "block")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # an English given name after a description
        ("標題\n在銅鑼灣經營海味店的80後Daniel說：「生意差了很多。」", "生意差了很多。", "Daniel"),
        # how someone smiles or sighs is no part of their name
        ("標題\n攤販婦人無奈表示，生意難做。她苦笑說：「常常被開單啊。」", "常常被開單啊。", ""),
    ],
)
def test_given_names_and_manner(text: str, words: str, speaker: str) -> None:
    assert dict(said(text))[words] == speaker


def test_a_surname_and_title_is_someone_a_pronoun_can_mean() -> None:
    text = (
        "標題\n"
        "總統蔡英文昨日上節目，主持人葉素萍提問。\n"
        "曾參與國際談判15年的蔡總統，面對提問從容不迫。她笑說：「我也不想得罪狗。」"
    )
    assert dict(said(text))["我也不想得罪狗。"] == "蔡英文"
