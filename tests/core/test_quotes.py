"""Direct-speech quotes: precision, recall and speakers on labelled articles, plus rules.

The seeds are labelled in ``quotes_gold.json``; four made-up articles in the
style of real news (two Simplified, two Traditional) are labelled below as a
held-out check that the rules are rules for the language, not for four files.
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


# -- held-out articles ----------------------------------------------------------
# Made up for this test, in the style of real reports.  Each pair was first run
# blind, before any rule was changed for it: pair A scored P=0.95 R=0.95
# speaker=0.95 (a 4-character predicate quote missed, 拼应用 taken for speech, one
# garbled speaker); pair B scored P=0.94 R=1.00 speaker=0.40 (honorific names,
# role-only speakers, unlisted verbs and roles, 引用…的話說).  The fixes were
# general rules (see reader/core/quotes.py), not special cases.

HELD_OUT_SIMPLIFIED_A = """\
【本报讯】记者王晓东报道：第七届长江数字经济论坛12日在武汉开幕，来自20多个国家的800余名嘉宾围绕“数字赋能实体经济”展开讨论。
湖北省副省长陈立明在开幕式上致辞时表示：“数字经济已经成为拉动增长的新引擎。我们要抓住机遇，把武汉建设成为中部地区的数据枢纽。”
陈立明说，过去一年，湖北数字经济核心产业增加值增长了12%，但中小企业“不敢转、不会转”的问题依然突出。陈立明还透露：“省里将设立100亿元的产业基金，专门支持企业数字化转型。
“很多工厂老板跟我说，他们不是不想上云，是怕花了钱看不到效果。”华中科技大学管理学院教授刘敏在分论坛上坦言。她认为，政府应当为中小企业提供更多“看得见、摸得着”的示范项目。
本届论坛的主题为“开放·协同·共赢”。论坛期间还发布了《长江流域数字经济发展报告（2025）》。
德国弗劳恩霍夫研究所高级研究员托马斯·施密特（Thomas Schmidt）对本报记者说，中国企业在应用场景上的创新“令人印象深刻”。“在德国，我们往往花很长时间讨论标准；在中国，企业先做起来，再不断修正。”他说，两种模式各有优势，双方可以互相学习。
一些与会者也提到了所谓“数据孤岛”现象。某物流企业负责人李强直言：“数据不打通，智能化就是一句空话。”
对于外界关注的算力紧张问题，国家信息中心首席经济师张新华回应称，目前全国已建成的算力中心总体上是够用的，关键在于“调度”。他强调，要避免各地“一哄而上”建数据中心。
阿里云智能集团副总裁赵云峰则表示，大模型正在从“拼参数”走向“拼应用”。“未来三年，真正的竞争在行业里。”
一位不愿具名的参会企业高管告诉记者：“今年的订单比去年好一些，但大家还是很谨慎。”
“澎湃新闻”此前报道称，今年以来已有超过30家企业在汉设立研发中心。
记者观察
武汉大学经济与管理学院院长宋敏：
数字经济的竞争归根到底是人才的竞争。湖北高校资源丰富，关键是要把人才留下来。
论坛将持续至14日。闭幕式上，主办方将发布“长江数字经济合作倡议”。"""

HELD_OUT_SIMPLIFIED_A_SPEECH = [
    ("数字经济已经成为拉动增长的新引擎。我们要抓住机遇，把武汉建设成为中部地区的数据枢纽。", "陈立明"),
    ("省里将设立100亿元的产业基金，专门支持企业数字化转型。", "陈立明"),  # never closed
    ("很多工厂老板跟我说，他们不是不想上云，是怕花了钱看不到效果。", "刘敏"),
    ("令人印象深刻", "托马斯·施密特"),
    ("在德国，我们往往花很长时间讨论标准；在中国，企业先做起来，再不断修正。", "托马斯·施密特"),
    ("数据不打通，智能化就是一句空话。", "李强"),
    ("未来三年，真正的竞争在行业里。", "赵云峰"),
    ("今年的订单比去年好一些，但大家还是很谨慎。", ""),
    ("数字经济的竞争归根到底是人才的竞争。湖北高校资源丰富，关键是要把人才留下来。", "宋敏", "block"),
]
HELD_OUT_SIMPLIFIED_A_TERMS = [
    "数字赋能实体经济", "不敢转、不会转", "看得见、摸得着", "开放·协同·共赢", "数据孤岛", "调度",
    "一哄而上", "拼参数", "拼应用", "澎湃新闻", "长江数字经济合作倡议",
]

HELD_OUT_TRADITIONAL_A = """\
【本報訊】記者陳嘉欣報道：香港特區政府昨日公布新一份《創新科技發展藍圖》中期報告，提出在三年內把北部都會區打造成「國際創科新城」。
創新科技及工業局局長孫東在記者會上表示：「香港有五所大學位列世界百強，這是我們最大的本錢。我們要做的，是把科研成果轉化為產業。」
孫東指出，過去兩年已有超過50家重點企業落戶香港，但業界仍有「叫好不叫座」的聲音。他坦言，人才住房、審批速度等問題「確實需要加快解決」。
香港科技大學校長葉玉如（Nancy Ip）接受本報訪問時說，大學與企業的合作「從未像今天這麼緊密」。「過去教授寫論文，現在學生畢業就開公司。」她笑稱，科大的實驗室「快變成孵化器了」。
不過，立法會議員陳家樂批評，政府的目標「雄心有餘、細節不足」。「藍圖寫得很漂亮，但市民最關心的是就業。新的職位在哪裡？」他說。
有「股神」之稱的投資者李兆豐在社交平台發文稱：「創科不是口號，要真金白銀。」
一名在科學園工作的年輕工程師對記者說：「房租太貴了，很多同事都住在深圳。」
業界人士普遍認為，所謂「北上南下」的人才流動已成新常態。
「我們對前景充滿信心。」數碼港主席林家禮表示。
孫東最後強調：「政府會繼續與業界緊密合作。
科技園公司行政總裁黃克強：
未來五年，園區面積會增加一倍。我們會優先引入人工智能、生命科學和新能源企業，並為初創公司提供更多資助。
資料來源：特區政府新聞處"""

HELD_OUT_TRADITIONAL_A_SPEECH = [
    ("香港有五所大學位列世界百強，這是我們最大的本錢。我們要做的，是把科研成果轉化為產業。", "孫東"),
    ("確實需要加快解決", "孫東"),
    ("從未像今天這麼緊密", "葉玉如"),
    ("過去教授寫論文，現在學生畢業就開公司。", "葉玉如"),
    ("快變成孵化器了", "葉玉如"),
    ("雄心有餘、細節不足", "陳家樂"),
    ("藍圖寫得很漂亮，但市民最關心的是就業。新的職位在哪裡？", "陳家樂"),
    ("創科不是口號，要真金白銀。", "李兆豐"),
    ("房租太貴了，很多同事都住在深圳。", ""),
    ("我們對前景充滿信心。", "林家禮"),
    ("政府會繼續與業界緊密合作。", "孫東"),  # never closed
    ("未來五年，園區面積會增加一倍。我們會優先引入人工智能、生命科學和新能源企業，並為初創公司提供更多資助。", "黃克強", "block"),
]
HELD_OUT_TRADITIONAL_A_TERMS = ["國際創科新城", "叫好不叫座", "股神", "北上南下"]

HELD_OUT_SIMPLIFIED_B = """\
“以旧换新”政策带动家电销量回暖
本报记者 周婷
今年一季度，在“以旧换新”政策带动下，全国家电零售额同比增长8.6%。商务部新闻发言人何亚东在例行发布会上说：“消费品以旧换新取得了明显成效，下一步我们将扩大补贴品类。”
在北京朝阳区一家家电卖场，消费者王女士刚刚订购了一台冰箱。“补贴下来差不多省了七八百块，挺划算的。”她说。
卖场负责人告诉记者，三月以来客流量比去年同期多了三成。“周末基本上要排队，”他说，“有些型号已经断货了。”
不过也有业内人士提醒，部分商家存在“先涨价后打折”的情况。中国家用电器研究院副院长马德军认为，监管部门应加强价格巡查，避免政策红利被“截留”。
经济学家、中国人民大学教授刘元春表示，以旧换新的意义不只在于短期拉动消费。他指出，这一政策“有助于推动产业绿色升级”，也为制造业企业提供了稳定预期。
据《经济日报》报道，多地已出台配套措施。广东省商务厅相关负责人表示，广东将把补贴范围扩大到手机、平板等数码产品。
“我们不担心需求，担心的是供应链能不能跟上。”一家空调企业的销售总监坦言，今年的订单排到了六月。
对于有网友质疑补贴资金是否“可持续”，何亚东回应称：“中央财政已经安排了专项资金，政策将保持连续性和稳定性。”
格力电器董事长董明珠日前在社交媒体上发文说，企业要靠“好产品”说话，而不是靠补贴。"""

HELD_OUT_SIMPLIFIED_B_SPEECH = [
    ("消费品以旧换新取得了明显成效，下一步我们将扩大补贴品类。", "何亚东"),
    ("补贴下来差不多省了七八百块，挺划算的。", "王女士"),
    ("周末基本上要排队，", ""),  # 卖场负责人, no name given
    ("有些型号已经断货了。", ""),
    ("有助于推动产业绿色升级", "刘元春"),
    ("我们不担心需求，担心的是供应链能不能跟上。", ""),
    ("中央财政已经安排了专项资金，政策将保持连续性和稳定性。", "何亚东"),
]
HELD_OUT_SIMPLIFIED_B_TERMS = ["以旧换新", "先涨价后打折", "截留", "可持续", "好产品"]

HELD_OUT_TRADITIONAL_B = """\
（中央社記者林育萱台北10日電）行政院今天通過「少子女化對策計畫」修正草案，未來四年將投入新台幣約1兆元。行政院長江明遠在院會中說：「孩子是國家最重要的資產，政府要讓年輕人『敢結婚、敢生養』。」
衛福部次長周志浩會後受訪指出，新計畫最大的變化是把育兒津貼延長到6歲。他說，許多家長反映「最難熬的是上小學前那幾年」，政府聽到了。
不過，在野黨立委批評計畫「換湯不換藥」。國民黨立委吳思瑤表示：「發錢不是萬靈丹，住宅、工時、托育都要一起解決。」
台灣大學社會學系教授薛承泰分析，台灣的生育率已連續多年全球倒數，所謂「超低生育率陷阱」一旦形成就很難逆轉。「我們只剩下不到十年的時間窗口。」他提醒。
對於外界質疑財源，主計總處官員表示，相關經費已納入中程計畫，「不會排擠其他施政」。
育有兩名子女的台北市民陳小姐說，她最在乎的是公托名額。「排了一年多還排不到，只好請爸媽幫忙帶。」
兒福聯盟執行長白麗芳則提醒，政策不能只看數字。她引用一名受訪母親的話說：「我不是不想生，是不敢生。」
《聯合報》社論認為，政府不應再把少子化當成「國安問題」口號，而應拿出具體的時間表。
江明遠最後強調，這是一場「全社會的接力賽」，需要企業與地方政府共同參與。"""

HELD_OUT_TRADITIONAL_B_SPEECH = [
    ("孩子是國家最重要的資產，政府要讓年輕人『敢結婚、敢生養』。", "江明遠"),
    ("最難熬的是上小學前那幾年", ""),  # the parents' words
    ("發錢不是萬靈丹，住宅、工時、托育都要一起解決。", "吳思瑤"),
    ("我們只剩下不到十年的時間窗口。", "薛承泰"),
    ("不會排擠其他施政", ""),  # 主計總處官員, no name given
    ("排了一年多還排不到，只好請爸媽幫忙帶。", "陳小姐"),
    ("我不是不想生，是不敢生。", ""),  # the mother's words, cited by 白麗芳
    ("全社會的接力賽", "江明遠"),
]
HELD_OUT_TRADITIONAL_B_TERMS = ["少子女化對策計畫", "換湯不換藥", "超低生育率陷阱", "國安問題"]

HELD_OUT = {
    "simplified A (論坛)": (HELD_OUT_SIMPLIFIED_A, HELD_OUT_SIMPLIFIED_A_SPEECH, HELD_OUT_SIMPLIFIED_A_TERMS),
    "traditional A (創科)": (HELD_OUT_TRADITIONAL_A, HELD_OUT_TRADITIONAL_A_SPEECH, HELD_OUT_TRADITIONAL_A_TERMS),
    "simplified B (以旧换新)": (HELD_OUT_SIMPLIFIED_B, HELD_OUT_SIMPLIFIED_B_SPEECH, HELD_OUT_SIMPLIFIED_B_TERMS),
    "traditional B (少子化)": (HELD_OUT_TRADITIONAL_B, HELD_OUT_TRADITIONAL_B_SPEECH, HELD_OUT_TRADITIONAL_B_TERMS),
}


# Pair C was written and labelled after all the rules above, run once, blind, and
# scored P=1.00 (13/13) R=0.72 (13/18) speaker=0.62 (8/13).  Afterwards four
# general speaker fixes were made (time adverbials such as 赛后 and 回應查詢時,
# kinship nouns as people, 指， as a speech verb, 郭官 → the one 郭 named before).
# Its misses are the known limit: short partial quotes in a second clause, or
# after a verb with no comma (越界, 網開一面, 廣泛而深遠, 太重, 合理), and a pronoun
# whose antecedent is only named in passing (李盈莹拿下…).  It is reported on its
# own, with floors at its blind level, so the gap stays visible.

BLIND_SIMPLIFIED_C = """\
中国女排3比1逆转日本队 晋级四强
新华社杭州9月28日电（记者陈晨）28日晚，在杭州奥体中心体育馆进行的亚运会女排四分之一决赛中，中国队以3比1逆转日本队，晋级四强。
首局失利后，中国队及时调整。主教练蔡斌赛后说：“第一局我们有些急躁，后面姑娘们稳住了，发球和拦网都打出了质量。”
队长袁心玥表示，日本队的防守“非常顽强”，全队在第二局开始有意识地加强了进攻节奏。“每一分都要拼，”她说，“这就是亚运会。”
本场比赛，李盈莹拿下全场最高的24分。谈到自己的发挥，她笑着说：“今天手感不错，但一传还要加强。”
日本队主教练真锅政义则认为，中国队的高度优势“难以克服”。
在社交媒体上，不少网友为女排点赞，“女排精神”再次登上热搜。有球迷留言：“熬夜看球值了！”
体育评论员杨明（化名）接受本报采访时指出，这支队伍正处于“新老交替”阶段，能够逆转强敌，说明球队的抗压能力在提升。
“半决赛的对手是泰国队，她们的快攻很有威胁。”蔡斌提醒，球队不能掉以轻心。
中国女排将于30日进行半决赛。"""

BLIND_SIMPLIFIED_C_SPEECH = [
    ("第一局我们有些急躁，后面姑娘们稳住了，发球和拦网都打出了质量。", "蔡斌"),
    ("非常顽强", "袁心玥"),
    ("每一分都要拼，", "袁心玥"),
    ("这就是亚运会。", "袁心玥"),
    ("今天手感不错，但一传还要加强。", "李盈莹"),
    ("难以克服", "真锅政义"),
    ("熬夜看球值了！", ""),  # 有球迷留言
    ("半决赛的对手是泰国队，她们的快攻很有威胁。", "蔡斌"),
]
BLIND_SIMPLIFIED_C_TERMS = ["女排精神", "新老交替"]

BLIND_TRADITIONAL_C = """\
前立法會議員涉煽動案今判刑 官指言論「越界」
【明報專訊】前立法會議員李志文被控煽動罪，案件今日在區域法院判刑。法官郭偉健判處被告監禁10個月，並在判詞中指出，言論自由並非絕對，被告的言論已「越界」。
郭官在判刑時表示：「被告身為前議員，理應明白其言論的影響力。本席必須判處具阻嚇性的刑罰。」
辯方律師陳美玲在求情時稱，被告「一時衝動」，事後已深感後悔。她又指，被告患有長期病患，希望法庭「網開一面」。
判刑後，被告的胞姊在庭外向記者說：「我們會尊重法庭的決定，但會考慮上訴。」
控方則指，被告在網上發布的帖文被轉載超過一萬次，影響「廣泛而深遠」。
香港大學法律學院副教授張達明接受本報訪問時說，今次判刑反映法庭對「煽動意圖」的詮釋較為嚴格。「判刑的阻嚇性是否合乎比例，值得討論。」他說。
有網民在討論區留言，形容判刑「太重」；亦有人認為判得「合理」。
保安局發言人回應查詢時表示：「政府尊重法庭的判決，並會繼續依法維護國家安全。」
《明報》記者 黃家俊"""

BLIND_TRADITIONAL_C_SPEECH = [
    ("被告身為前議員，理應明白其言論的影響力。本席必須判處具阻嚇性的刑罰。", "郭偉健"),
    ("越界", "郭偉健"),  # the second one, in the body; the headline's is not labelled speech
    ("一時衝動", "陳美玲"),
    ("網開一面", "陳美玲"),
    ("我們會尊重法庭的決定，但會考慮上訴。", ""),  # 被告的胞姊
    ("廣泛而深遠", "控方"),
    ("判刑的阻嚇性是否合乎比例，值得討論。", "張達明"),
    ("太重", ""),
    ("合理", ""),
    ("政府尊重法庭的判決，並會繼續依法維護國家安全。", ""),  # 保安局發言人
]
BLIND_TRADITIONAL_C_TERMS = ["煽動意圖"]

BLIND = {
    "simplified C (女排)": (BLIND_SIMPLIFIED_C, BLIND_SIMPLIFIED_C_SPEECH, BLIND_SIMPLIFIED_C_TERMS),
    "traditional C (判刑)": (BLIND_TRADITIONAL_C, BLIND_TRADITIONAL_C_SPEECH, BLIND_TRADITIONAL_C_TERMS),
}
BLIND_MIN_PRECISION = 0.95
BLIND_MIN_RECALL = 0.70
BLIND_MIN_SPEAKER_ACCURACY = 0.60


def _gold(items: list[tuple[str, ...]]) -> list[dict]:
    return [{"text": item[0], "speaker": item[1], "kind": item[2] if len(item) > 2 else "quoted"} for item in items]


def test_held_out_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for label, (text, speech, _) in HELD_OUT.items():
        row, misses = score(extract_quotes(text), _gold(speech))
        rows.append((label, row, misses))
    total = report(capsys, "held-out made-up articles", rows)
    assert total.precision >= MIN_PRECISION
    assert total.recall >= MIN_RECALL
    assert total.speaker_accuracy >= MIN_SPEAKER_ACCURACY


def test_blind_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for label, (text, speech, _) in BLIND.items():
        row, misses = score(extract_quotes(text), _gold(speech))
        rows.append((label, row, misses))
    total = report(capsys, "blind pair C (floors at its blind-run level)", rows)
    assert total.precision >= BLIND_MIN_PRECISION
    assert total.recall >= BLIND_MIN_RECALL
    assert total.speaker_accuracy >= BLIND_MIN_SPEAKER_ACCURACY


@pytest.mark.parametrize("label", list(HELD_OUT) + list(BLIND))
def test_held_out_labels_cover_every_quote(label: str) -> None:
    text, speech, terms = {**HELD_OUT, **BLIND}[label]
    labelled = [_norm(item[0]) for item in speech] + [_norm(term) for term in terms]
    said = {_norm(q.text) for q in extract_quotes(text)}
    for span in find_quote_spans(text):
        inner = _norm(text[span.start : span.end])
        assert any(inner in item or item in inner for item in labelled), inner
    assert not said & {_norm(term) for term in terms} - {_norm(item[0]) for item in speech}


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


def test_empty_and_quote_free_text() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("今天天气晴朗。\n\n明天有雨。") == []
