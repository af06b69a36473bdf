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
# Made up for this test, in the style of real reports, one Simplified and one
# Traditional article per pair.  Each pair was written and labelled before the
# extractor was run on it, and run once, blind, before any rule was changed for
# it; the blind first runs are recorded by each pair.  The fixes that followed
# were general rules (see reader/core/quotes.py), not special cases, so only a
# pair's blind figures say how the rules do on text nobody labelled.  Pooled
# over the blind first runs of pairs E-H (after the main rules of the last
# round): P=0.98 (80/82) R=0.89 (80/90) speaker=0.84 (67/80).
#
# Pair A, blind: P=0.95 R=0.95 speaker=0.95 (a 4-character predicate quote
# missed, 拼应用 taken for speech, one garbled speaker).  Pair B, blind: P=0.94
# R=1.00 speaker=0.40 (honorific names, role-only speakers, unlisted verbs and
# roles, 引用…的話說).

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

# Pair C, blind: P=1.00 (13/13) R=0.72 (13/18) speaker=0.62 (8/13).  Four speaker
# fixes then brought it to R=0.72 speaker=0.92; the misses left were short
# partial quotes in a later clause or after a verb with no comma (越界, 網開一面,
# 廣泛而深遠, 太重, 合理) and a pronoun whose antecedent is named only in passing
# (李盈莹拿下…).  The predicate-position and passing-name rules cover them.

HELD_OUT_SIMPLIFIED_C = """\
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

HELD_OUT_SIMPLIFIED_C_SPEECH = [
    ("第一局我们有些急躁，后面姑娘们稳住了，发球和拦网都打出了质量。", "蔡斌"),
    ("非常顽强", "袁心玥"),
    ("每一分都要拼，", "袁心玥"),
    ("这就是亚运会。", "袁心玥"),
    ("今天手感不错，但一传还要加强。", "李盈莹"),
    ("难以克服", "真锅政义"),
    ("熬夜看球值了！", ""),  # 有球迷留言
    ("半决赛的对手是泰国队，她们的快攻很有威胁。", "蔡斌"),
]
HELD_OUT_SIMPLIFIED_C_TERMS = ["女排精神", "新老交替"]

HELD_OUT_TRADITIONAL_C = """\
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

HELD_OUT_TRADITIONAL_C_SPEECH = [
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
HELD_OUT_TRADITIONAL_C_TERMS = ["煽動意圖"]

# Pair D was written and labelled before any rule of the last round.  Blind:
# Simplified P=1.00 (9/9) R=0.69 (9/13) speaker=0.89 (8/9); Traditional P=0.89
# (8/9) R=0.67 (8/12) speaker=0.63 (5/8); pair P=0.94 R=0.68 speaker=0.76.
# Misses: partial quotes in a later clause or after a verb with no comma (想过放弃,
# 还有提升空间, 有點悶, 控不太住, 再累也值得), a quoted handle as the speaker (数码老黄),
# names seen in passing (吴桂兰, 林冠廷), 他只回答, a body (中華棒協：), an unlisted
# role in a block (資深球評), and 強調「小球戰術」 taken for speech.

HELD_OUT_SIMPLIFIED_D = """\
星河科技发布首款AI眼镜 售价2999元
本报记者 刘思远
【本报深圳电】11月6日，星河科技在深圳举行秋季新品发布会，正式推出首款AI眼镜“星瞳一号”。这款眼镜重量仅38克，主打“看见即所得”的实时翻译和导航功能。发布会以“让信息触手可及”为主题。
星河科技创始人兼首席执行官周海宁在发布会上说：“过去十年，手机改变了我们获取信息的方式；未来十年，信息会直接出现在你眼前。”
周海宁透露，研发团队为解决发热问题前后改了11版设计，一度“想过放弃”。他坦言这一代产品“并不完美”，公司今年的研发投入将超过营收的两成，这在行业里“算是比较激进的”。
对于外界关心的隐私问题，周海宁回应称：“所有的图像处理都在本地完成，不会上传到云端。”
负责产品设计的副总裁林晓雯介绍，镜框采用航空级钛合金，佩戴一整天也“几乎感觉不到重量”。谈到定价，她说团队内部争论了很久：“我们希望更多普通人买得起。”
首批体验用户中有一位特别的客人——82岁的退休教师吴桂兰。她说：“字能放大，我看菜单再也不用找老花镜了。”
来自广州的程序员陈浩试戴后表示，翻译功能反应很快，但续航“还有提升空间”。
市场研究机构IDC中国研究经理王睿认为，AI眼镜目前仍处于“百镜大战”的早期阶段，各家产品同质化严重。“谁能先把电池和算力的问题解决好，谁就能赢得下一个入口。”王睿说。
也有人对这一赛道持保留态度。知名科技博主“数码老黄”在微博上直言，AI眼镜目前看“就是个伪需求”，“大多数人并不需要一直戴着电脑”。
这款被业内称为“眼镜界的iPhone”的产品能否热销，仍有待市场检验。据《21世纪经济报道》此前报道，今年前三季度国内智能眼镜出货量同比增长超过70%。
星河科技方面表示，“星瞳一号”将于11月11日开售，首批备货10万台。
嘉宾点评
中国信通院泰尔终端实验室主任李鹏：
AI眼镜要真正普及，关键在于找到高频的使用场景。现在的产品还是“尝鲜”为主，离日常刚需还有距离。"""

HELD_OUT_SIMPLIFIED_D_SPEECH = [
    ("过去十年，手机改变了我们获取信息的方式；未来十年，信息会直接出现在你眼前。", "周海宁"),
    ("想过放弃", "周海宁"),
    ("并不完美", "周海宁"),
    ("算是比较激进的", "周海宁"),
    ("所有的图像处理都在本地完成，不会上传到云端。", "周海宁"),
    ("几乎感觉不到重量", "林晓雯"),
    ("我们希望更多普通人买得起。", "林晓雯"),
    ("字能放大，我看菜单再也不用找老花镜了。", "吴桂兰"),  # named only in passing
    ("还有提升空间", "陈浩"),
    ("谁能先把电池和算力的问题解决好，谁就能赢得下一个入口。", "王睿"),
    ("就是个伪需求", "数码老黄"),
    ("大多数人并不需要一直戴着电脑", "数码老黄"),
    ("AI眼镜要真正普及，关键在于找到高频的使用场景。现在的产品还是“尝鲜”为主，离日常刚需还有距离。", "李鹏", "block"),
]
HELD_OUT_SIMPLIFIED_D_TERMS = ["星瞳一号", "看见即所得", "让信息触手可及", "百镜大战", "数码老黄", "眼镜界的iPhone", "尝鲜"]

HELD_OUT_TRADITIONAL_D = """\
中華隊7比3逆轉韓國 亞錦賽闖進冠軍戰
（中央社記者龔文傑台中5日電）亞洲棒球錦標賽超級循環賽今晚在台中洲際棒球場登場，中華隊一度落後3分，靠著第七局一口氣攻下5分的「大局」，以7比3逆轉韓國隊，搶下冠軍戰門票。
總教練洪志成賽後表示：「球員在逆境中沒有放棄，這場勝利屬於每一個人。」他坦言，前六局打線被對方先發壓制，休息室裡氣氛「有點悶」，但球員們「一直在找機會」。
第七局兩出局滿壘，輪到第五棒林冠廷上場。這名22歲的外野手把球轟向右外野全壘打牆，一棒清空壘包。他在混合採訪區笑說：「打出去那一刻，我腦袋一片空白。」
先發投手陳柏翰主投5局失3分。他說自己今天的變化球「控不太住」，幸好隊友在後面幫忙。
洪志成表示，球隊這一年來一直強調「小球戰術」，今天終於開花結果。
韓國隊總教練柳東旭則認為，中華隊打者的選球「比過去成熟許多」。「我們輸在關鍵時刻的失誤，這需要好好檢討。」
全場湧進近兩萬名球迷，看台上不斷響起應援曲「台灣尚勇」。特地從高雄北上的球迷王先生說，他請了兩天假來看球，「再累也值得」。
所謂「主場優勢」，在今晚展露無遺。本場比賽由「緯來體育台」全程轉播，收視率創下新高。
中華棒協秘書長黃明德賽後被問到冠軍戰的先發人選，他只回答：「教練團會做最好的決定。」
有「台灣之光」之稱的旅美投手徐若峰也在社群網站發文祝賀：「以你們為榮！冠軍戰加油！」
中華棒協：「冠軍戰門票將於明天中午開賣，請球迷透過官方管道購買。」
球評觀點
資深球評許家豪：
今天中華隊贏在耐心。打者不追打壞球，逼得對方投手用掉大量球數，第七局的大局就是這樣來的。
冠軍戰將於7日晚間舉行，中華隊將再度與日本隊交手。"""

HELD_OUT_TRADITIONAL_D_SPEECH = [
    ("球員在逆境中沒有放棄，這場勝利屬於每一個人。", "洪志成"),
    ("有點悶", "洪志成"),
    ("一直在找機會", "洪志成"),
    ("打出去那一刻，我腦袋一片空白。", "林冠廷"),  # named only in passing
    ("控不太住", "陳柏翰"),  # named only in passing, verb with no comma
    ("比過去成熟許多", "柳東旭"),
    ("我們輸在關鍵時刻的失誤，這需要好好檢討。", "柳東旭"),
    ("再累也值得", "王先生"),
    ("教練團會做最好的決定。", "黃明德"),
    ("以你們為榮！冠軍戰加油！", "徐若峰"),
    ("冠軍戰門票將於明天中午開賣，請球迷透過官方管道購買。", "中華棒協"),
    ("今天中華隊贏在耐心。打者不追打壞球，逼得對方投手用掉大量球數，第七局的大局就是這樣來的。", "許家豪", "block"),
]
HELD_OUT_TRADITIONAL_D_TERMS = ["大局", "小球戰術", "台灣尚勇", "主場優勢", "緯來體育台", "台灣之光"]

# Pair E was written and labelled after the rules that pairs C and D led to.
# Blind: Simplified P=1.00 (9/9) R=0.82 (9/11) speaker=0.89 (8/9); Traditional
# P=0.92 (12/13) R=1.00 (12/12) speaker=0.83 (10/12); pair P=0.95 R=0.91
# speaker=0.86.  Misses: names after 的 (55岁的程建国), an unlisted role after a
# listed one (首席预报员詹丰兴), 提醒公众， not read as introducing words, 屬「預防性質」
# taken for speech, and 發帖稱：「…」 losing its speaker to a verb after the quote.

HELD_OUT_SIMPLIFIED_E = """\
暴雨致江西多地内涝 应急管理部启动四级响应
新华社南昌6月18日电（记者赵宇航）连日强降雨导致江西北部多地出现严重内涝。应急管理部18日启动防汛四级应急响应，并派出工作组赶赴一线。
在当天举行的新闻发布会上，应急管理部新闻发言人申展表示：“当前防汛形势严峻复杂，各地要立足于防大汛、抗大洪、抢大险。”他同时提醒，部分中小河流可能出现超警戒水位，沿河群众要“提前转移、应转尽转”。
九江市濂溪区是此轮降雨的重灾区。截至18日中午，全区已转移群众1.2万人。区长吴建平在抢险现场接受采访时说，辖区内有两处堤防出现险情，目前已“基本得到控制”。目前，当地已按照“一人一档”的要求建立了转移台账。
在一处临时安置点，记者见到了68岁的村民何秀英。她家的一楼被水淹了一米多深。“水是半夜涨上来的，我们什么都没来得及拿。”她说，好在村干部挨家挨户敲门，全家人都安全撤了出来。
她的邻居、55岁的程建国也在安置点。他说，政府发的方便面和矿泉水“管够”，就是晚上蚊子多。
江西省气象台首席预报员詹丰兴分析，这次降雨“持续时间长、累计雨量大”，未来三天赣北仍有大到暴雨。他提醒公众，不要在低洼地带逗留，更不要“冒险涉水”。
据“中国天气网”消息，此次降雨过程被气象部门称为“入汛以来最强的一次”。当地网友在社交平台上发起了“九江加油”的话题，不少人自发组织运送物资。
志愿者张磊告诉记者，他们车队两天跑了十几趟，“能帮一点是一点”。
“关键是要把预警信息送到每一个人手上。”中国水利水电科学研究院研究员刘志雨认为，近年来极端天气频发，基层的“最后一公里”仍是防汛短板。
应急管理部：“各地要严格落实24小时值班制度，确保信息畅通。”
专家视角
武汉大学水利水电学院教授夏军：
城市内涝问题，说到底是规划问题。很多城市的排水标准还停留在“一年一遇”，这显然跟不上气候变化的节奏。"""

HELD_OUT_SIMPLIFIED_E_SPEECH = [
    ("当前防汛形势严峻复杂，各地要立足于防大汛、抗大洪、抢大险。", "申展"),
    ("提前转移、应转尽转", "申展"),
    ("基本得到控制", "吴建平"),
    ("水是半夜涨上来的，我们什么都没来得及拿。", "何秀英"),
    ("管够", "程建国"),
    ("持续时间长、累计雨量大", "詹丰兴"),
    ("冒险涉水", "詹丰兴"),
    ("能帮一点是一点", "张磊"),
    ("关键是要把预警信息送到每一个人手上。", "刘志雨"),
    ("各地要严格落实24小时值班制度，确保信息畅通。", "应急管理部"),
    ("城市内涝问题，说到底是规划问题。很多城市的排水标准还停留在“一年一遇”，这显然跟不上气候变化的节奏。", "夏军", "block"),
]
HELD_OUT_SIMPLIFIED_E_TERMS = ["一人一档", "中国天气网", "入汛以来最强的一次", "九江加油", "最后一公里", "一年一遇"]

HELD_OUT_TRADITIONAL_E = """\
美國減息 本港銀行跟減 樓市料迎「小陽春」
【本報訊】美國聯儲局宣布減息0.25厘後，本港多家銀行今日宣布下調最優惠利率。金管局總裁余偉文在記者會上表示：「減息對樓市有一定支持作用，但市民置業前仍要小心評估自己的還款能力。」
余偉文指出，本港銀行體系資金充裕，總結餘維持在約450億元水平，市場運作「暢順有序」。被問到樓價會否止跌回升，他坦言不會就樓市走勢作預測，但提醒市民「不要過度借貸」。
政府去年已全面撤銷「辣招」，不少「上車盤」近月成交回升。中原地產亞太區副主席兼住宅部總裁陳永傑認為，減息有助提升買家入市意慾，預料第四季樓價有機會「止跌靠穩」。美聯物業首席分析師劉嘉輝則較為審慎，他形容目前樓市「仍在築底階段」。
在沙田一個新盤示範單位，記者遇上正在睇樓的林小姐。她和男友計劃明年結婚，一直在等減息。「每個月供款可以少幾百元，雖然不多，但心理上會舒服一點。」她說。
另一位準買家、在金融業工作的梁志豪則表示，自己會「再觀望半年」，因為擔心經濟前景仍有變數。
今年剛大學畢業的陳思穎租住在觀塘一個劏房。她笑言，減息「同我哋無關」，最重要是租金不要再加。
經濟學者關焯照接受本報訪問時說，今次減息屬「預防性質」，對實體經濟的刺激有限。「真正影響樓市的，是大家對就業和收入的信心。」
有「磚頭大王」之稱的資深投資者黃子健在社交平台發帖稱：「減息周期正式開始，現在是入市的好時機。」地產代理監管局則提醒，市民切勿輕信所謂「保證升值」的宣傳。
香港地產建設商會：「業界歡迎減息，並會繼續增加供應。」
市場觀點
香港大學經濟學系副教授黃潔：
減息的邊際效應正在遞減。樓市要真正回暖，還要看內地經濟和本地就業市場的表現。"""

HELD_OUT_TRADITIONAL_E_SPEECH = [
    ("減息對樓市有一定支持作用，但市民置業前仍要小心評估自己的還款能力。", "余偉文"),
    ("暢順有序", "余偉文"),
    ("不要過度借貸", "余偉文"),
    ("止跌靠穩", "陳永傑"),
    ("仍在築底階段", "劉嘉輝"),
    ("每個月供款可以少幾百元，雖然不多，但心理上會舒服一點。", "林小姐"),
    ("再觀望半年", "梁志豪"),
    ("同我哋無關", "陳思穎"),  # named only in passing, after 的
    ("真正影響樓市的，是大家對就業和收入的信心。", "關焯照"),
    ("減息周期正式開始，現在是入市的好時機。", "黃子健"),
    ("業界歡迎減息，並會繼續增加供應。", "香港地產建設商會"),
    ("減息的邊際效應正在遞減。樓市要真正回暖，還要看內地經濟和本地就業市場的表現。", "黃潔", "block"),
]
# 屬「預防性質」 follows a copula: a label, as 這是「雙贏」 is
HELD_OUT_TRADITIONAL_E_TERMS = ["小陽春", "辣招", "上車盤", "預防性質", "磚頭大王", "保證升值"]

# Pair F was written and labelled after pair E's fixes.  Blind: Simplified P=1.00
# (11/11) R=1.00 speaker=0.82 (9/11); Traditional P=1.00 (11/11) R=1.00
# speaker=0.73 (8/11); pair P=1.00 R=1.00 speaker=0.77.  Misses, all speakers:
# 无奈地说, 笑說 and 致詞時說 left in the subject, 這位年轻父亲 not pointing back, and
# a quoted sentence after 徐保平直言没有必要。 left without a speaker.

HELD_OUT_SIMPLIFIED_F = """\
流感进入高发期 儿科门诊“一号难求”
本报记者 孟凡 实习生 谢婉清
进入12月，北方多地流感活动明显上升。国家疾控局在12日召开的新闻发布会上通报，全国流感病毒检测阳性率已连续四周上升，其中俗称“甲流”的甲型H1N1占比超过九成。据“健康时报”此前报道，今年流感季比往年提前了约两周。
国家疾控局传染病防控司司长雷正龙表示：“目前流感疫情整体处于季节性流行水平，没有发现新的变异株。”他提醒，老人、儿童和慢性病患者是重点人群，接种疫苗“仍然是最有效的预防手段”。
记者在北京儿童医院看到，候诊区几乎坐满了家长和孩子。带着5岁女儿看病的刘女士说，孩子前天晚上开始发烧，最高烧到39度8。“挂号排了两个多小时，真的太累了。”
该院呼吸科主任医师徐保平介绍，近一周日均门诊量超过3000人次，比平时翻了一番。她坦言医护人员“几乎没有休息日”，但会尽量保证急重症患儿优先就诊。
被网友称为“流感神药”的奥司他韦近期在多个电商平台断货。对于网上流传的“奥司他韦要囤”的说法，徐保平直言没有必要。“抗病毒药物应当在医生指导下使用，自行服用反而可能延误病情。”
北京大学公共卫生学院教授王培玉认为，近年来公众的健康意识明显增强，但一些家长存在“一发烧就输液”的误区。他说，大多数流感患儿居家休息就能康复，家长“不必过度焦虑”。
家住朝阳区的赵磊在电商平台抢购退烧药失败。这位年轻父亲无奈地说：“药店跑了三家都没货。”
某连锁药店负责人表示，退烧药和抗原试剂的销量一周内增长了近五倍，公司已紧急从外地调货，预计本周内“能缓解”。
一位不愿透露姓名的社区医生告诉记者，基层医疗机构的压力同样很大，“药品和人手都紧张”。
国家卫生健康委：“各地要加强儿科医疗资源调配，延长门诊服务时间。”
专家提示
首都医科大学附属北京朝阳医院副院长童朝晖：
流感和普通感冒不一样，高热超过三天、精神状态差的孩子要及时就医。家长不要盲目用药，更不要同时服用多种退烧药。"""

HELD_OUT_SIMPLIFIED_F_SPEECH = [
    ("目前流感疫情整体处于季节性流行水平，没有发现新的变异株。", "雷正龙"),
    ("仍然是最有效的预防手段", "雷正龙"),
    ("挂号排了两个多小时，真的太累了。", "刘女士"),
    ("几乎没有休息日", "徐保平"),
    ("抗病毒药物应当在医生指导下使用，自行服用反而可能延误病情。", "徐保平"),
    ("不必过度焦虑", "王培玉"),
    ("药店跑了三家都没货。", "赵磊"),  # named only in passing
    ("能缓解", ""),  # 某连锁药店负责人
    ("药品和人手都紧张", ""),  # 社区医生
    ("各地要加强儿科医疗资源调配，延长门诊服务时间。", "国家卫生健康委"),
    ("流感和普通感冒不一样，高热超过三天、精神状态差的孩子要及时就医。家长不要盲目用药，更不要同时服用多种退烧药。", "童朝晖", "block"),
]
HELD_OUT_SIMPLIFIED_F_TERMS = ["一号难求", "甲流", "健康时报", "流感神药", "奥司他韦要囤", "一发烧就输液"]

HELD_OUT_TRADITIONAL_F = """\
晶創科技股東會 魏哲勳：AI訂單已排到明年底
（中央社記者鍾佳伶新竹4日電）被視為台灣「護國神山」之一的晶創科技今天在新竹舉行股東常會，董事長魏哲勳在會中表示，AI相關訂單已排到明年底，公司今年營收可望再創新高。
魏哲勳致詞時說：「過去一年是晶創成立以來最具挑戰、也最有收穫的一年。」他坦言，美國關稅政策帶來不少變數，但客戶對先進製程的需求「看不到盡頭」。
對於外界擔心所謂「去台化」，魏哲勳說，美國亞利桑那廠第二期「進度符合預期」，日本熊本廠則預計明年量產。他強調，公司的「根留台灣」政策不會改變，最先進的製程一定先在台灣生產。
總經理暨共同執行長蔡明翰補充，公司今年資本支出維持在300億美元左右。談到市場關注的毛利率，他表示，匯率波動影響約1個百分點，「整體仍在健康區間」。
魏哲勳的女兒、晶創策略長魏思涵也首度在股東會亮相。她笑說，爸爸在家「從來不談公事」。
股東會現場湧入近千名股東，今年的紀念品是一組「晶片造型」的環保餐具。74歲的退休公務員陳阿雪已連續十年出席。她說：「我買晶創的股票是為了存老本，看到公司越來越好很開心。」
小股東代表、台灣證券投資人協會理事長張正義則批評，公司配息政策「過於保守」，希望董事會多照顧長期持股的散戶。
不過，也有分析師提醒，AI伺服器需求可能在明年下半年「放緩」。資深產業分析師彭建宏接受本報訪問時說：「市場對AI的期待太高了，一旦雲端業者縮減資本支出，供應鏈就會受到衝擊。」
經濟部長郭振邦會後受訪表示，政府會全力協助業者因應「川普關稅」衝擊。
晶創發言人高靜怡回應查詢時表示：「公司不評論市場傳聞。」
股東提問
台灣大學財務金融系教授李承翰：
晶創的本益比仍低於國際同業，但投資人要留意地緣政治風險，不宜把全部資金押在單一個股。"""

HELD_OUT_TRADITIONAL_F_SPEECH = [
    ("過去一年是晶創成立以來最具挑戰、也最有收穫的一年。", "魏哲勳"),
    ("看不到盡頭", "魏哲勳"),
    ("進度符合預期", "魏哲勳"),
    ("整體仍在健康區間", "蔡明翰"),
    ("從來不談公事", "魏思涵"),
    ("我買晶創的股票是為了存老本，看到公司越來越好很開心。", "陳阿雪"),  # named only in passing
    ("過於保守", "張正義"),
    ("放緩", ""),  # 也有分析師
    ("市場對AI的期待太高了，一旦雲端業者縮減資本支出，供應鏈就會受到衝擊。", "彭建宏"),
    ("公司不評論市場傳聞。", "高靜怡"),
    ("晶創的本益比仍低於國際同業，但投資人要留意地緣政治風險，不宜把全部資金押在單一個股。", "李承翰", "block"),
]
HELD_OUT_TRADITIONAL_F_TERMS = ["護國神山", "去台化", "根留台灣", "晶片造型", "川普關稅"]

# Pair G was written and labelled after pair F's fixes.  Blind: Simplified P=1.00
# (9/9) R=0.90 (9/10) speaker=1.00; Traditional P=1.00 (7/7) R=0.78 (7/9)
# speaker=0.86 (6/7); pair P=1.00 R=0.84 speaker=0.94.  Misses: “坐不住”了 read
# as a sentence running on, 這名60多歲的阿伯 not read as a person, and 記者見到…
# read as a name.  Still missed after the fixes: 台電：「…」, a body not known as
# one, got no speaker until pair H's round (a short name opening its paragraph).

HELD_OUT_SIMPLIFIED_G = """\
上海地铁19号线开通试运营 沿线居民通勤时间缩短近半
本报上海12月28日电（记者 黄一鸣）28日上午10时，上海轨道交通19号线正式开通试运营。这条被市民称为“东部大动脉”的线路全长47公里，串联起浦东多个大型居住社区。
上海申通地铁集团总经理罗建华在开通仪式上说：“19号线是目前上海单条投资规模最大的地铁线路，我们用了五年时间，克服了软土地层等一系列技术难题。”
罗建华介绍，19号线全线采用全自动驾驶系统，高峰时段行车间隔可缩短至2分钟。他表示，下一步将根据客流情况“动态调整运力”。
家住高桥镇的市民孙丽华一早就带着孙子来“尝鲜”。她说，以前去市区上班要换乘两次，单程一个半小时，“现在四十分钟就到了”。
在金桥站，记者遇到了从事软件开发的程序员姚俊杰。他把这条线路叫作“救命线”。“以前每天挤公交，晚上加班回家都快十一点了。现在能多陪陪孩子。”他说。
同济大学交通运输工程学院教授潘海啸认为，19号线的开通有助于缓解浦东“职住分离”的问题，但站点周边的公交接驳仍需完善。“地铁修到家门口只是第一步，最后一公里同样重要。”
也有乘客反映，部分车站出入口距离较远，指示标识“不够清楚”。
对此，申通地铁客服中心相关负责人回应称，将在一周内增设临时导向牌，“乘客的意见我们都会认真研究”。
有网友在社交平台调侃，19号线开通后，沿线房价恐怕又要“坐不住”了。
上海市交通委：“2025年底前，全市轨道交通运营里程将突破1000公里。”
据《解放日报》报道，19号线是上海“十四五”期间开通的第七条新线。
专家说法
上海市城市规划设计研究院总工程师徐明川：
轨道交通要和城市更新结合起来。站点周边如果只有住宅、没有就业岗位，潮汐式客流的问题就解决不了。"""

HELD_OUT_SIMPLIFIED_G_SPEECH = [
    ("19号线是目前上海单条投资规模最大的地铁线路，我们用了五年时间，克服了软土地层等一系列技术难题。", "罗建华"),
    ("动态调整运力", "罗建华"),
    ("现在四十分钟就到了", "孙丽华"),
    ("以前每天挤公交，晚上加班回家都快十一点了。现在能多陪陪孩子。", "姚俊杰"),
    ("地铁修到家门口只是第一步，最后一公里同样重要。", "潘海啸"),
    ("不够清楚", ""),  # 也有乘客
    ("乘客的意见我们都会认真研究", ""),  # 客服中心相关负责人
    ("坐不住", ""),  # 有网友
    ("2025年底前，全市轨道交通运营里程将突破1000公里。", "上海市交通委"),
    ("轨道交通要和城市更新结合起来。站点周边如果只有住宅、没有就业岗位，潮汐式客流的问题就解决不了。", "徐明川", "block"),
]
HELD_OUT_SIMPLIFIED_G_TERMS = ["东部大动脉", "尝鲜", "救命线", "职住分离", "十四五"]

HELD_OUT_TRADITIONAL_G = """\
颱風「山貓」逼近 氣象署發布陸上警報
（中央社記者陳怡婷台北2日電）中度颱風「山貓」持續朝台灣東南部海域接近，中央氣象署今天上午11時30分發布陸上颱風警報，台東、屏東及恆春半島列為警戒區域。
氣象署預報員黃恩宏在記者會上表示：「山貓的暴風圈正逐漸擴大，明天白天到晚上是影響最劇烈的時段。」他提醒，東半部及南部山區可能出現超過800毫米的累積雨量，民眾應避免前往山區及海邊。氣象署也提醒，颱風外圍環流與東北季風可能產生所謂「共伴效應」。
行政院長蘇文強下午前往中央災害應變中心視察。他強調，各部會要秉持「寧可備而不用，不可用而不備」的原則，提前完成撤離。
台東縣長吳佳玲說，縣府已預防性撤離山區居民320人，並開設15處避難收容所。被問到是否宣布停班停課，她表示會「視風雨情況，晚上8點前公布」。「我們已經準備好了，請鄉親放心。」她說。
在台東縣太麻里鄉，記者見到正在加固屋頂的漁民潘金龍。這名60多歲的阿伯笑說，他經歷過不下二十個颱風，「早就習慣了」，但今年漁獲本來就差，「再來一個颱風真的吃不消」。
台灣颱風論壇創辦人林明輝在臉書發文指出，山貓路徑仍有變數，「不排除直撲南台灣」。
交通部長李孟華表示，台鐵南迴線明天將視情況停駛，高鐵則「維持正常營運」。
台電：「已預先調度1.2萬名搶修人力待命。」
社群平台上，「颱風假」一詞昨晚起登上熱搜。有民眾在網路上留言，形容這次颱風是「秋颱威力不容小覷」的最佳例子。
氣象專家觀點
中央大學大氣科學系教授王振宇：
秋颱與東北季風共伴時，北部和東北部也可能出現豪雨，民眾不能因為颱風在南部登陸就掉以輕心。"""

HELD_OUT_TRADITIONAL_G_SPEECH = [
    ("山貓的暴風圈正逐漸擴大，明天白天到晚上是影響最劇烈的時段。", "黃恩宏"),
    ("視風雨情況，晚上8點前公布", "吳佳玲"),
    ("我們已經準備好了，請鄉親放心。", "吳佳玲"),
    ("早就習慣了", "潘金龍"),  # 這名60多歲的阿伯
    ("再來一個颱風真的吃不消", "潘金龍"),
    ("不排除直撲南台灣", "林明輝"),
    ("維持正常營運", "李孟華"),
    ("已預先調度1.2萬名搶修人力待命。", "台電"),
    ("秋颱與東北季風共伴時，北部和東北部也可能出現豪雨，民眾不能因為颱風在南部登陸就掉以輕心。", "王振宇", "block"),
]
HELD_OUT_TRADITIONAL_G_TERMS = ["山貓", "共伴效應", "寧可備而不用，不可用而不備", "颱風假", "秋颱威力不容小覷"]

# Pair H was written and labelled after pair G's fixes.  Blind: Simplified P=1.00
# (11/11) R=0.92 (11/12) speaker=0.73 (8/11); Traditional P=0.91 (10/11) R=0.71
# (10/14) speaker=0.90 (9/10); pair P=0.95 (21/22) R=0.81 (21/26) speaker=0.81
# (17/21).  Misses: unlisted verbs (陈述, 辩称) and role (法官助理), 公司一名工作人员
# not read as a person, 楊振邦會後 cut to 楊振 (邦會後 read as "after doing"),
# 現在「要再算一算」 taken for the object of the coverb 在, a body's clause
# (金管會回應，…「升息對金融體系的衝擊可控」) dropped, 他認為…，「…」 with no comma
# after the verb, the headline 楊振邦：抑制通膨預期「刻不容緩」, and 並非要「打房」
# taken for speech.  Pooled over the blind first runs of pairs E-H: P=0.98
# (80/82) R=0.89 (80/90) speaker=0.84 (67/80).

HELD_OUT_SIMPLIFIED_H = """\
杭州互联网法院宣判一起“AI换脸”侵权案 平台被判赔偿5万元
本报杭州3月14日电（记者 沈若楠）14日，杭州互联网法院对一起利用人工智能“换脸”技术侵害肖像权的案件作出一审判决，判令被告某科技公司向原告赔礼道歉，并赔偿经济损失及维权合理开支共计5万元。
原告刘雅琴是一名拥有百万粉丝的短视频博主。她在庭审中陈述，自己发布的上百条视频被被告公司做成“换脸模板”，供用户付费使用。“我从来没有授权过任何人用我的脸，看到那些视频的时候，我整个人都懵了。”
被告公司的代理律师辩称，平台只提供技术服务，“模板都是用户自己上传的，平台无法逐一审核”。
杭州互联网法院在判决书中写道：“任何组织或者个人不得以利用信息技术手段伪造等方式侵害他人的肖像权。”
审判长方振华在宣判后接受记者采访时表示：“技术本身是中立的，但技术的使用者和提供者不能以‘技术中立’为由逃避责任。”
方振华指出，被告公司不仅对模板进行分类推荐，还按使用次数向用户收费，已经从“单纯的技术服务者”变成了内容的组织者。他说，平台在获利的同时，理应承担相应的“注意义务”。方振华坦言，此类案件取证难度大，“很多受害人根本不知道自己的脸被人用了”。
宣判后，刘雅琴对记者说，她对判决结果“基本满意”，“5万元不多，但这个判决能让更多人知道，自己的脸不能随便被别人拿去用”。
刘雅琴的代理律师郑海峰告诉记者：“我们下一步会考虑对使用模板的个别用户另行起诉。”
被告公司一名工作人员表示，公司正在研究判决书，“暂时不方便回应”，是否上诉将在法定期限内决定。
中国政法大学传播法研究中心副主任朱巍认为，此案明确了平台在“明知或应知”情形下的责任边界。“过去很多平台把‘避风港原则’当成挡箭牌，这份判决说得很清楚，收了钱、做了推荐，就不能再躲在后面。”
记者注意到，在一些电商平台上，“AI换脸”“一键换装”等服务仍在公开售卖，价格从几元到几十元不等。
浙江省消费者权益保护委员会相关负责人提醒，消费者在上传个人照片前要“多留个心眼”，发现肖像被滥用应及时保存证据、依法维权。
法官说法
杭州互联网法院法官助理孔令怡：
使用他人肖像制作换脸视频，即使不以营利为目的，也需要取得肖像权人的同意。平台如果对侵权内容进行了编辑、推荐，就不能主张自己只是“通道”。"""

HELD_OUT_SIMPLIFIED_H_SPEECH = [
    ("我从来没有授权过任何人用我的脸，看到那些视频的时候，我整个人都懵了。", "刘雅琴"),
    ("模板都是用户自己上传的，平台无法逐一审核", ""),  # 被告公司的代理律师
    ("任何组织或者个人不得以利用信息技术手段伪造等方式侵害他人的肖像权。", "杭州互联网法院"),
    ("技术本身是中立的，但技术的使用者和提供者不能以‘技术中立’为由逃避责任。", "方振华"),
    ("很多受害人根本不知道自己的脸被人用了", "方振华"),
    ("基本满意", "刘雅琴"),
    ("5万元不多，但这个判决能让更多人知道，自己的脸不能随便被别人拿去用", "刘雅琴"),
    ("我们下一步会考虑对使用模板的个别用户另行起诉。", "郑海峰"),
    ("暂时不方便回应", ""),  # 被告公司一名工作人员
    ("过去很多平台把‘避风港原则’当成挡箭牌，这份判决说得很清楚，收了钱、做了推荐，就不能再躲在后面。", "朱巍"),
    ("多留个心眼", ""),  # 消保委相关负责人
    ("使用他人肖像制作换脸视频，即使不以营利为目的，也需要取得肖像权人的同意。平台如果对侵权内容进行了编辑、推荐，就不能主张自己只是“通道”。", "孔令怡", "block"),
]
HELD_OUT_SIMPLIFIED_H_TERMS = ["AI换脸", "换脸", "换脸模板", "单纯的技术服务者", "注意义务", "明知或应知", "一键换装"]

HELD_OUT_TRADITIONAL_H = """\
央行意外升息半碼 楊振邦：抑制通膨預期「刻不容緩」
（中央社記者林佩君台北19日電）中央銀行今天召開第一季理監事會，宣布政策利率調升半碼（0.125個百分點），重貼現率由2%升至2.125%，為近兩年來首度升息，市場解讀為央行「鷹派轉向」的訊號。
央行總裁楊振邦會後在記者會上表示：「國內通膨率已連續五個月高於2%，若不及時採取行動，民眾的通膨預期恐怕會進一步升溫。」
楊振邦指出，今年以來食物類與服務類價格漲幅居高不下，房租更創下十多年來最大漲幅。他說，這次升息「溫和而必要」，央行會持續觀察國內外經濟情勢，「不排除再次調整」。
對於房市，楊振邦坦言，選擇性信用管制已實施多輪，但部分地區房價仍「漲得太快」。他強調，央行並非要「打房」，「我們要的是房市健康、穩定發展。」
被問到新台幣匯率近期波動，楊振邦只說了一句：「央行會維持新台幣匯率的動態穩定。」
副總裁陳美惠補充，此次升息對房貸族的影響有限，以貸款1,000萬元、期限20年計算，每月本息約增加600元。「對一般家庭來說，負擔增加並不大。」
央行理事、台大經濟系教授吳文傑在會中投下反對票。根據會議紀錄，他認為國內出口動能已經放緩，「此時升息可能弊大於利」。
元大投顧首席經濟學家蔡宗翰指出，央行此舉「宣示意味濃厚」，主要是為了壓抑通膨預期。他預估，央行下半年「升息機率不高」，但可能搭配財政部的「囤房稅2.0」加強信用管制。
對此，金管會回應，國內銀行資本適足率充足，「升息對金融體系的衝擊可控」。
在台北市信義區看房的上班族周昕說，她原本打算年底買房，現在「要再算一算」。
有「房市觀察家」之稱的網紅李豪則在臉書發文說，升息半碼對房價「只是小刀割肉」。
外界關注台灣是否就此進入「升息循環」，市場更關心經濟能否「軟著陸」。"""

HELD_OUT_TRADITIONAL_H_SPEECH = [
    ("刻不容緩", "楊振邦"),
    ("國內通膨率已連續五個月高於2%，若不及時採取行動，民眾的通膨預期恐怕會進一步升溫。", "楊振邦"),
    ("溫和而必要", "楊振邦"),
    ("不排除再次調整", "楊振邦"),
    ("漲得太快", "楊振邦"),
    ("我們要的是房市健康、穩定發展。", "楊振邦"),
    ("央行會維持新台幣匯率的動態穩定。", "楊振邦"),
    ("對一般家庭來說，負擔增加並不大。", "陳美惠"),
    ("此時升息可能弊大於利", "吳文傑"),
    ("宣示意味濃厚", "蔡宗翰"),
    ("升息機率不高", "蔡宗翰"),
    ("升息對金融體系的衝擊可控", "金管會"),
    ("要再算一算", "周昕"),
    ("只是小刀割肉", "李豪"),
]
HELD_OUT_TRADITIONAL_H_TERMS = ["鷹派轉向", "打房", "囤房稅2.0", "房市觀察家", "升息循環", "軟著陸"]


HELD_OUT = {
    "A": {
        "simplified A (論坛)": (HELD_OUT_SIMPLIFIED_A, HELD_OUT_SIMPLIFIED_A_SPEECH, HELD_OUT_SIMPLIFIED_A_TERMS),
        "traditional A (創科)": (HELD_OUT_TRADITIONAL_A, HELD_OUT_TRADITIONAL_A_SPEECH, HELD_OUT_TRADITIONAL_A_TERMS),
    },
    "B": {
        "simplified B (以旧换新)": (HELD_OUT_SIMPLIFIED_B, HELD_OUT_SIMPLIFIED_B_SPEECH, HELD_OUT_SIMPLIFIED_B_TERMS),
        "traditional B (少子化)": (HELD_OUT_TRADITIONAL_B, HELD_OUT_TRADITIONAL_B_SPEECH, HELD_OUT_TRADITIONAL_B_TERMS),
    },
    "C": {
        "simplified C (女排)": (HELD_OUT_SIMPLIFIED_C, HELD_OUT_SIMPLIFIED_C_SPEECH, HELD_OUT_SIMPLIFIED_C_TERMS),
        "traditional C (判刑)": (HELD_OUT_TRADITIONAL_C, HELD_OUT_TRADITIONAL_C_SPEECH, HELD_OUT_TRADITIONAL_C_TERMS),
    },
    "D": {
        "simplified D (AI眼镜)": (HELD_OUT_SIMPLIFIED_D, HELD_OUT_SIMPLIFIED_D_SPEECH, HELD_OUT_SIMPLIFIED_D_TERMS),
        "traditional D (棒球)": (HELD_OUT_TRADITIONAL_D, HELD_OUT_TRADITIONAL_D_SPEECH, HELD_OUT_TRADITIONAL_D_TERMS),
    },
    "E": {
        "simplified E (暴雨)": (HELD_OUT_SIMPLIFIED_E, HELD_OUT_SIMPLIFIED_E_SPEECH, HELD_OUT_SIMPLIFIED_E_TERMS),
        "traditional E (減息)": (HELD_OUT_TRADITIONAL_E, HELD_OUT_TRADITIONAL_E_SPEECH, HELD_OUT_TRADITIONAL_E_TERMS),
    },
    "F": {
        "simplified F (流感)": (HELD_OUT_SIMPLIFIED_F, HELD_OUT_SIMPLIFIED_F_SPEECH, HELD_OUT_SIMPLIFIED_F_TERMS),
        "traditional F (股東會)": (HELD_OUT_TRADITIONAL_F, HELD_OUT_TRADITIONAL_F_SPEECH, HELD_OUT_TRADITIONAL_F_TERMS),
    },
    "G": {
        "simplified G (地铁)": (HELD_OUT_SIMPLIFIED_G, HELD_OUT_SIMPLIFIED_G_SPEECH, HELD_OUT_SIMPLIFIED_G_TERMS),
        "traditional G (颱風)": (HELD_OUT_TRADITIONAL_G, HELD_OUT_TRADITIONAL_G_SPEECH, HELD_OUT_TRADITIONAL_G_TERMS),
    },
    "H": {
        "simplified H (AI换脸)": (HELD_OUT_SIMPLIFIED_H, HELD_OUT_SIMPLIFIED_H_SPEECH, HELD_OUT_SIMPLIFIED_H_TERMS),
        "traditional H (升息)": (HELD_OUT_TRADITIONAL_H, HELD_OUT_TRADITIONAL_H_SPEECH, HELD_OUT_TRADITIONAL_H_TERMS),
    },
}
HELD_OUT_ARTICLES = {label: article for pair in HELD_OUT.values() for label, article in pair.items()}


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
    ],
)
def test_terms_in_reported_speech_are_not_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_pronoun_points_back_to_a_name_seen_in_passing() -> None:
    text = "教练王芳说：“大家打得很好。”本场比赛，李明华拿下全场最高的30分。赛后她说：“今天状态很好。”"
    assert said(text) == [("大家打得很好。", "王芳"), ("今天状态很好。", "李明华")]


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
