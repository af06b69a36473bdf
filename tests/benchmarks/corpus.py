"""A generator of realistic benchmark corpora of Chinese news articles.

``generate_corpus(root, count, seed)`` writes ``count`` files into nested
folders under ``root`` (100-200 files a folder) and returns a small summary.
The files imitate the three families of ``shared/FORMATS.md``:

* ``plain``: plain text with Markdown headings, the title a ``#`` heading that
  is not the first line (seed 000, Hong Kong papers, mostly Traditional);
* ``front_matter``: Markdown under YAML front matter from a news aggregator
  (seeds 001/002), a quarter of them with the whole body on ONE line;
* ``html``: an HTML body under a ``<!--epoch-->`` + ``[title](url)`` + ``------``
  header (seed 004), some of them with Jekyll front matter before the header
  (Taiwan's CNA/RTI, Traditional).

Text is recombined from the sentences of the four seed articles with entities
(people, roles, companies, countries, cities, topics, numbers, years) replaced
per article, so titles and bodies vary while reading like the real thing.
Traditional text is made with OpenCC (``s2tw``) -- but only once, on a pool of
a few hundred slotted sentences, quotes and templates that every article then
draws from (sentences are dealt without replacement within an article).

Encodings: mostly UTF-8; some UTF-8 with BOM, GBK/GB18030 (often CRLF,
Simplified only), Big5 (Traditional only, when the text encodes cleanly) and
UTF-16.  About 1% of the files are broken: empty, blank, binary junk, a fake
PNG, a ``.DS_Store``, truncated front matter, undecodable bytes.

Everything is deterministic for a given ``seed``.

CLI::

    python -m tests.benchmarks.corpus OUT_DIR COUNT [--seed N] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"

FAMILIES = ("plain", "front_matter", "html")
FAMILY_WEIGHTS = (0.35, 0.40, 0.25)
BROKEN_KINDS = ("empty", "blank", "junk", "png", "ds_store", "truncated_front_matter", "undecodable")
_BROKEN_WEIGHTS = (0.18, 0.06, 0.20, 0.14, 0.08, 0.17, 0.17)

# Share of Traditional articles per family (overall about 35%).
_TRADITIONAL_SHARE = {"plain": 0.62, "front_matter": 0.10, "html": 0.32}
_JEKYLL_SHARE = 0.12  # of the html family: Jekyll front matter before the header
_ONE_LINE_SHARE = 0.25  # of the front_matter family: whole body on one line
_LONG_EVERY = 500  # about one article in this many is long (15k-50k characters)

# ------------------------------------------------------------------ lexicon
# Everything is written in Simplified; the Traditional lexicon is converted
# once.  Placeholders in braces ({PER1}, {CO1}, {TOPIC}, {NUM}, ...) are filled
# per article by ``_Filler``.

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉力斌波宇浩凯鹏飞俊峰晨琳雪梅欣怡嘉昆寒冰权克立达凯元铭凡海涵思远子轩若曦文博宏伟晓东振华国清"

_FOREIGN_NAMES = (
    "奥尔特曼（Sam Altman）", "奥尔特曼", "马斯克", "黄仁勋", "苏姿丰（Lisa Su）", "皮查伊", "纳德拉",
    "亚瑟·门施", "阿瑟·门斯（Arthur Mensch）", "冯德莱恩", "朔尔茨", "斯塔默", "莫迪", "石破茂", "万斯",
    "奥利弗·斯特芬森", "克莱门特·德兰格", "尼克·雷纳斯", "西尔万·杜兰顿（Sylvain Duranton）",
    "马丁·蒂斯内", "杨立昆（Yann LeCun）", "哈萨比斯", "阿莫代伊（Dario Amodei）", "扎克伯格",
    "贾西（Andy Jassy）", "库克", "帕特·基辛格", "瑙曼（Axel Naumann）", "伯夏特（Aljoscha Burchardt）",
    "马西（Sanjot Malhi）", "梅洛尼", "桑切斯", "卢拉", "安东尼奥·古特雷斯", "布林肯", "卢比奥",
    "埃马纽埃尔·马克龙（Emmanuel Macron）", "马克龙", "默茨", "拉加德", "贝索斯", "孙正义",
)

_ROLES = (
    "法国总统", "德国总理", "英国首相", "日本首相", "印度总理", "美国副总统", "美国国务卿",
    "欧盟委员会主席", "联合国秘书长", "欧洲央行行长", "中国外交部发言人", "国务院副总理",
    "商务部新闻发言人", "香港特区行政长官", "特区政府财政司司长", "立法会议员", "台湾大学经济系教授",
    "Meta行政总裁", "谷歌行政总裁", "亚马逊首席执行官", "OpenAI首席执行官", "英伟达创始人",
    "图灵奖得主、Meta首席AI科学家", "斯坦福大学计算机科学系副教授", "清华大学人工智能研究院院长",
    "中国社会科学院研究员", "上海国际问题研究院研究员", "欧亚集团高级地缘科技分析师",
    "波士顿咨询集团合伙人", "美国科学家联合会政策副主任", "德国人工智能研究中心专家",
    "香港科技大学教授", "北京大学国际关系学院教授", "世界银行首席经济学家", "风投公司合伙人",
    "中国信息通信研究院专家", "复旦大学美国研究中心主任", "",
)

_COMPANIES = (
    "DeepSeek", "OpenAI", "Mistral", "阿里巴巴", "腾讯", "字节跳动", "百度", "华为", "Anthropic",
    "Google DeepMind", "月之暗面", "智谱", "Meta", "英伟达", "台积电", "小米", "比亚迪", "宁德时代",
    "三星", "Apple", "特斯拉", "微软", "亚马逊", "AMD", "英特尔", "ASML", "SAP", "Aleph Alpha",
    "xAI", "Perplexity", "商汤科技", "科大讯飞", "联发科", "鸿海", "Hugging Face", "Stability AI",
)

_PLACES = (  # (country, city); France weighs more, as in the seeds
    ("法国", "巴黎"), ("法国", "巴黎"), ("法国", "马赛"), ("德国", "柏林"), ("德国", "慕尼黑"),
    ("英国", "伦敦"), ("日本", "东京"), ("韩国", "首尔"), ("印度", "新德里"), ("新加坡", "新加坡"),
    ("意大利", "罗马"), ("西班牙", "马德里"), ("加拿大", "多伦多"), ("巴西", "圣保罗"),
    ("阿联酋", "迪拜"), ("沙特", "利雅得"), ("瑞士", "日内瓦"), ("荷兰", "阿姆斯特丹"),
    ("澳大利亚", "悉尼"), ("瑞典", "斯德哥尔摩"), ("波兰", "华沙"), ("越南", "河内"),
    ("印尼", "雅加达"), ("马来西亚", "吉隆坡"), ("南非", "约翰内斯堡"), ("墨西哥", "墨西哥城"),
    ("以色列", "特拉维夫"), ("比利时", "布鲁塞尔"), ("奥地利", "维也纳"), ("芬兰", "赫尔辛基"),
)
_RIVALS = ("美国", "美国", "美国", "英国", "日本", "俄罗斯", "欧盟", "韩国", "印度")

_TOPICS = (  # (full name, short form standing where the seeds say "AI")
    ("人工智能", "AI"), ("人工智能", "AI"), ("人工智能", "AI"), ("半导体", "芯片"),
    ("新能源汽车", "电动车"), ("量子计算", "量子"), ("气候变化", "气候"), ("生物医药", "医药"),
    ("低空经济", "无人机"), ("数字货币", "加密货币"), ("商业航天", "航天"), ("人形机器人", "机器人"),
    ("6G通信", "6G"), ("核聚变", "聚变"), ("稀土供应链", "稀土"), ("大语言模型", "LLM"),
    ("云计算", "云"), ("数据中心", "算力"),
)

_TAGS = ("两岸", "国际", "财经", "科技", "港澳", "独家", "快讯", "评论", "专题", "观察", "欧洲", "大湾区")

_TITLE_TEMPLATES = (
    "{CO1}发布新一代{TOPICS}模型 {RIVAL}科技股应声下跌",
    "{ROLE1}{PER1}：{COUNTRY}将在{TOPIC}领域投资{NUM}亿欧元",
    "{CITY}{TOPICS}峰会开幕，{CO1}成焦点",
    "{PER2}会晤{PER1} 双方就{TOPIC}合作交换意见",
    "{RIVAL}拟收紧{TOPICS}出口管制，{CO2}称“影响有限”",
    "{TOPIC}竞赛：{COUNTRY}还有竞争力吗？",
    "专访{PER3}：{TOPICS}不应成为少数国家的特权",
    "{CO3}完成{NUM}亿美元融资 估值翻倍",
    "{YEAR}年{TOPIC}十大趋势：开源、算力与监管",
    "{CO1} vs {CO2}：{TOPICS} benchmark背后的较量",
    "{PER4}访问{CITY} 讨论{TOPIC}与供应链安全",
    "快讯：{CO2}宣布在{CITY}设立欧洲总部",
    "{COUNTRY}{TOPIC}产业报告：中小企业机会何在",
    "视频｜{PER1}发布{TOPICS}“换脸”视频宣传峰会",
    "{CO4} IPO首日大涨{NUM}%",
    "独家 | {CO1}创始人：开源必将胜利",
    "{TOPICS} Action Summit闭幕：{NUM}国签署联合声明 {RIVAL}拒签",
    "{CITY}观察｜{TOPIC}监管松绑，{COUNTRY}能否后来居上",
    "{PER5}：{RIVAL}在{TOPICS}领域的领先优势正在缩小",
    "Breaking：{CO2}与{CO4}达成{TOPICS}合作",
    "{COUNTRY}版“星际之门”：{NUM}亿欧元能买来什么",
    "中方派出高级别代表团，{CO1}让同行看到新希望",
    "{TOPIC}峰会——{COUNTRY}还有竞争力吗？",
    "{PER1}：{COUNTRY}不会因为技术来源而禁用{CO1}",
    "刚刚，{CITY}{TOPICS}峰会开幕，百国探讨{TOPICS}未来",
    "{CO1}开源惠及全球 外交部：共享智能红利",
    "{ROLE3}{PER3}宣布筹资{NUM}亿欧元发展{TOPIC}",
    "{CO2} CEO {PER5}：我们低估了{CO1}",
    "{MON}月{DAY}日{TOPIC}要闻：{CO1}、{CO3}与{CO4}",
    "{RIVAL}和{COUNTRY}拒签{TOPICS}共同声明 引发外界批评",
    "{CO4}财报超预期 {TOPICS}业务收入增长{NUM}%",
    "评论：{TOPIC}治理不能只靠“放松监管”",
    "{PER2}出席{CITY}峰会并致辞 呼吁{TOPIC}普惠发展",
    "{COUNTRY}大选后的{TOPIC}政策走向",
    "{CO3} AI 与{COUNTRY}政府签约 共建{TOPICS}数据中心",
)
_TITLE_SUFFIXES = ("", "", "", "", "", "（图）", "（附全文）", "（多图）", "｜深度", " - 独家")

_HEADING_TEMPLATES = (
    "{RIVAL}领先 中国紧跟", "{COUNTRY}呢？", "更多还是更少政府监管？", "专家：{COUNTRY}须加快{TOPIC}布局",
    "{CO1}让同行看到新希望", "全球{TOPICS}治理面临的问题", "安全问题", "社会冲击", "技术垄断", "利益冲突",
    "{PER1}宣布打造“{COUNTRY}版星际之门”", "市场反应", "背景", "各方回应", "{CITY}现场",
    "分析：{TOPIC}竞赛进入下半场", "投资热潮背后的隐忧", "{COUNTRY}的机遇：特殊工业行业运用",
    "中方积极推动{TOPICS}普惠发展", "外界纷纷点赞{CO1}", "{RIVAL}和{COUNTRY}拒签共同声明",
    "“全球{TOPICS}领导地位仍有待争夺”", "{COUNTRY}初创企业希望从中企发展获得启迪", "现场连线",
    "{TOPICS}与工作", "创新与文化融合", "{TOPICS}信任议题", "{TOPICS}与全球治理", "数据与算力",
    "开源还是闭源？", "{CO2}的回应", "监管框架", "下一步", "{YEAR}年的教训", "融资与估值",
)

_CAPTION_TEMPLATES = (
    "{ROLE1}{PER1}（右二）{DAY}日与{ROLE2}{PER2}（左二）在{CITY}举行会晤。",
    "{TOPICS}行动峰会于{DAY}日在{COUNTRY}{CITY}开幕。",
    "{PER3}在{CITY}出席论坛并发表讲话。",
    "图为{MON}月{DAY}日{CITY}街头的{CO1}广告牌。",
    "资料图片",
    "{CO2}位于{CITY}的办公室。网络图片",
    "{PER1}在社媒平台上传{TOPICS}视频宣传峰会。网络图片",
    "{TOPICS}行动峰会开幕首日预计约有{NUM}名嘉宾参会。",
    "参会的国家元首、政府首脑或高级别代表以及国际组织负责人合影。图源：法媒",
    "{CITY}大皇宫去年底的一次数字艺术展",
    "{CO1}的标志出现在一部手机屏幕上（资料照片）",
    "{PER4}（左）与{PER5}（右）握手。路透社",
    "{CO3}创始人在{CITY}接受采访。法新社",
)

_QUOTE_TEMPLATES = (
    "{ROLE1}{PER1}表示：“{S}”",
    "{PER1}在接受采访时说：“{S}”",
    "“{S_}，”{PER2}说，“{T}”",
    "“{S}”{ROLE3}{PER3}强调。",
    "{PER4}警告称，“{S_}”。",
    "{PER5}直言：“{S}”",
    "{PER1}还透露，“{S_}”。",
    "她补充道：“{S}”",
    "他解释道：“{S}”",
    "{ROLE2}{PER2}在社交媒体上写道：“{S}”",
    "{PER3}回应称：“{S}”",
    "据{OUTLET}报道，{PER1}宣布：“{S}”",
    "对此，{PER5}认为：“{S}”",
    "“{S_}”，他说。",
    "{N}{PER4}指出：“{S}”{T}",
    "{PER2}：“{S}”",
    "{PER1}说：“{S}{T}",  # unbalanced: the quote never closes (as in seed 002)
)

_CN_NUMERALS = "一二三四五六七八九十"


# ----------------------------------------------------------- seed sentences

_TRAD_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_SIMP_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]+[”」’』）)]*")
_NUMBER = re.compile(r"(?<![A-Za-z\-\d{.])(\d+)(?![\d}])")
_ENTITY_RULES = (  # longest first; applied in order
    ("法国总统埃马纽埃尔·马克龙（Emmanuel Macron）", "{ROLE1}{PER1}"),
    ("法国总统马克龙", "{ROLE1}{PER1}"),
    ("埃马纽埃尔·马克龙", "{PER1}"),
    ("马克龙", "{PER1}"),
    ("国务院副总理张国清", "{ROLE2}{PER2}"),
    ("张国清", "{PER2}"),
    ("欧盟委员会主席乌尔苏拉·冯德莱恩（Ursula von der Leyen）", "{ROLE3}{PER3}"),
    ("欧盟委员会主席冯德莱恩", "{ROLE3}{PER3}"),
    ("冯德莱恩", "{PER3}"),
    ("美国副总统詹姆斯·戴维·万斯（JD Vance）", "{ROLE4}{PER4}"),
    ("美国副总统万斯", "{ROLE4}{PER4}"),
    ("万斯", "{PER4}"),
    ("奥尔特曼", "{PER5}"),
    ("郭嘉昆", "{PER5}"),
    ("刘强", "{PER5}"),
    ("刘权", "{PER5}"),
    ("郭寒冰", "{PER5}"),
    ("深度求索（DeepSeek）", "{CO1}"),
    ("DeepSeek", "{CO1}"),
    ("Deep Seek", "{CO1}"),
    ("美国开放人工智能研究中心（OpenAI）", "{CO2}"),
    ("OpenAI", "{CO2}"),
    ("米斯特拉尔（Mistral）", "{CO3}"),
    ("Mistral AI", "{CO3}"),
    ("Mistral", "{CO3}"),
    ("巴黎", "{CITY}"),
    ("法国", "{COUNTRY}"),
    ("人工智能", "{TOPIC}"),
)
_AI = re.compile(r"(?<![A-Za-z{])AI(?![A-Za-z}])")
_DROP_SENTENCE = re.compile(r"【|公众号|德国之声中文网|版权|记者|编辑 \||转载")


def _seed_texts() -> list[str]:
    """The four seeds' bodies as plain lines, in Simplified."""
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    texts = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
        raw = re.sub(r"<!--.*?-->", "", raw)
        raw = re.sub(r"\A\s*\[.*?\]\(.*?\)\s*\n-+\n", "", raw, flags=re.S)
        raw = re.sub(r"!\[[^\]]*\]\([^)]*\)", "\n", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", "", raw)
        raw = re.sub(r"</?(?:a|em|strong|b|i)\b[^>]*>", "", raw)
        raw = re.sub(r"<[^>]+>", "\n", raw)
        texts.append(t2s.convert(raw).translate(_SIMP_QUOTES))
    return texts


def _seed_material() -> tuple[list[str], list[str]]:
    """(sentences, headings) from the seeds, with entities turned into slots."""
    sentences: list[str] = []
    headings: list[str] = []
    for text in _seed_texts():
        for line in text.splitlines():
            line = line.strip().strip("\u3000")
            if not line:
                continue
            if line.startswith("#"):
                headings.append(line.lstrip("#").strip())
                continue
            if line.startswith("**") and line.endswith("**"):
                headings.append(line.strip("*"))
                continue
            if line.startswith("▲") or line.endswith(("：", ":")):
                continue
            for match in _SENTENCE.finditer(line):
                sentence = match.group(0).strip().lstrip("，、；：")
                if 12 <= len(sentence) <= 220 and not _DROP_SENTENCE.search(sentence) and _balanced(sentence):
                    sentences.append(sentence)
    seen: set[str] = set()
    out_sentences = []
    for sentence in sentences:
        slotted = _slot(sentence)
        if slotted not in seen:
            seen.add(slotted)
            out_sentences.append(slotted)
    out_headings = sorted({_slot(h) for h in headings if 2 <= len(h) <= 30})
    return out_sentences, out_headings


def _balanced(sentence: str) -> bool:
    """Splitting at 。 inside a quotation leaves a mark open: such sentences go."""
    return sentence.count("“") == sentence.count("”") and sentence.count("「") == sentence.count("」")


def _slot(text: str) -> str:
    for surface, slot in _ENTITY_RULES:
        text = text.replace(surface, slot)
    text = _AI.sub("{TOPICS}", text)

    def number(match: re.Match[str]) -> str:
        digits = match.group(1)
        after = text[match.end() : match.end() + 1]
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return "{YEAR}"
        if after == "月":
            return "{MON}"
        if after == "日":
            return "{DAY}"
        return "{NUM}"

    return _NUMBER.sub(number, text)


# ---------------------------------------------------------------- the pool


class _Pool:
    """Slotted sentences, quotes, templates and names in one script."""

    def __init__(self, data: dict[str, list[str]]) -> None:
        self.data = data
        for key, value in data.items():
            setattr(self, key, value)

    sentences: list[str]
    quotes: list[str]
    headings: list[str]
    captions: list[str]
    titles: list[str]
    title_suffixes: list[str]
    tags: list[str]
    names_cn: list[str]
    names_foreign: list[str]
    roles: list[str]
    companies: list[str]
    countries: list[str]
    cities: list[str]
    rivals: list[str]
    topics: list[str]
    topics_short: list[str]
    words: list[str]


_WORDS = (  # odd words the renderers need, kept in one list so they convert once
    "记者", "讯", "综合报道", "整理", "国家", "投资额（亿欧元）", "年份", "图片", "结语：", "编译",
    "年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。任何不当行为都将导致追偿，并受到刑事追究。",
    "相关阅读", "责任编辑：", "德国之声中文网", "中央社记者", "台北", "日电", "中央广播电台", "大公报",
    "文汇报", "香港商报", "星岛日报", "明报", "经济日报", "东方日报", "环球时报综合报道", "环球时报驻",
    "特派特约记者", "智东西", "报道", "澎湃新闻记者", "新华社", "电（记者", "中新网", "日电 综合报道，",
    "财联社", "日讯，", "据", "日报道，", "法新社", "路透社", "美国之音", "BBC中文", "法广", "联合早报",
    "政治", "社会", "国际", "产经", "科技", "两岸", "生活", "影片", "编辑", "公众号",
)


def _word(pool: _Pool, simplified: str) -> str:
    return pool.words[_WORDS.index(simplified)]


@lru_cache(maxsize=4)
def _pools(seed: int) -> tuple[_Pool, _Pool]:
    """(Simplified, Traditional) pools; OpenCC runs once, on the whole pool."""
    rng = random.Random(f"pool-{seed}")
    sentences, seed_headings = _seed_material()
    plain_sentences = [s for s in sentences if not re.search(r"[“”‘’「」]", s)] or sentences

    def bare(sentence: str) -> str:
        return sentence.rstrip("。！？”」）)")

    quotes = []
    for index in range(180):
        template = _QUOTE_TEMPLATES[index % len(_QUOTE_TEMPLATES)]
        quote_text = template.format(
            S=rng.choice(plain_sentences),
            S_=bare(rng.choice(plain_sentences)),
            T=rng.choice(plain_sentences),
            N=rng.choice(("", "另外，", "与此同时，", "在谈到{TOPIC}时，")),
            **{k: "{" + k + "}" for k in ("ROLE1", "ROLE2", "ROLE3", "PER1", "PER2", "PER3", "PER4", "PER5", "OUTLET", "TOPIC")},
        )
        quotes.append(quote_text)

    names_cn = sorted({rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice((1, 2, 2)))) for _ in range(700)})
    data: dict[str, list[str]] = {
        "sentences": sentences,
        "quotes": quotes,
        "headings": sorted(set(_HEADING_TEMPLATES) | set(seed_headings)),
        "captions": list(_CAPTION_TEMPLATES),
        "titles": list(_TITLE_TEMPLATES),
        "title_suffixes": list(_TITLE_SUFFIXES),
        "tags": list(_TAGS),
        "names_cn": names_cn,
        "names_foreign": list(_FOREIGN_NAMES),
        "roles": list(_ROLES),
        "companies": list(_COMPANIES),
        "countries": [c for c, _ in _PLACES],
        "cities": [c for _, c in _PLACES],
        "rivals": list(_RIVALS),
        "topics": [t for t, _ in _TOPICS],
        "topics_short": [t for _, t in _TOPICS],
        "words": list(_WORDS),
    }
    simplified = _Pool(data)
    traditional = _Pool(_to_traditional(data))
    return simplified, traditional


def _to_traditional(data: dict[str, list[str]]) -> dict[str, list[str]]:
    from opencc import OpenCC

    keys = list(data)
    flat = [s for key in keys for s in data[key]]
    assert not any("\n" in s for s in flat)
    # s2tw rather than plain s2t: s2t's standard forms (爲, 峯, 着, 裏) are rare in
    # real Taiwan/Hong Kong text and are not in Big5.
    converted = OpenCC("s2tw").convert("\n".join(flat)).translate(_TRAD_QUOTES).split("\n")
    assert len(converted) == len(flat), "OpenCC changed the number of lines"
    out: dict[str, list[str]] = {}
    position = 0
    for key in keys:
        size = len(data[key])
        out[key] = converted[position : position + size]
        position += size
    return out


# -------------------------------------------------------------- the filler

_SLOT_RE = re.compile(r"\{([A-Z]+[0-9]?)\}")
_TABLE_RNG = random.Random(20250210)
_NUMBERS = [
    str(_TABLE_RNG.choice((_TABLE_RNG.randint(2, 99), _TABLE_RNG.randint(10, 999), _TABLE_RNG.randint(100, 9999))))
    for _ in range(997)
]
_DAYS = [str(day) for day in _TABLE_RNG.sample(range(1, 29), 28) + _TABLE_RNG.sample(range(1, 29), 28)]
_MONTHS = [str(month) for month in _TABLE_RNG.sample(range(1, 13), 12)]


class _Filler:
    """Fills the slots of one article consistently (same person throughout)."""

    def __init__(self, pool: _Pool, rng: random.Random, year: int, outlet: str) -> None:
        self.rng = rng
        self.year = year
        place = rng.randrange(len(pool.countries))
        topic = rng.randrange(len(pool.topics))
        companies = rng.sample(pool.companies, 4)
        if rng.random() < 0.45:  # the seeds' own cast still dominates the news
            companies[0] = "DeepSeek"
        mapping = {
            "COUNTRY": pool.countries[place],
            "CITY": pool.cities[place],
            "RIVAL": rng.choice(pool.rivals),
            "TOPIC": pool.topics[topic],
            "TOPICS": pool.topics_short[topic],
            "OUTLET": outlet,
        }
        for index, company in enumerate(companies, 1):
            mapping[f"CO{index}"] = company
        for index in range(1, 6):
            names = pool.names_cn if rng.random() < 0.55 else pool.names_foreign
            mapping[f"PER{index}"] = rng.choice(names)
            mapping[f"ROLE{index}"] = rng.choice(pool.roles)
        mapping["R1"] = rng.choice(pool.names_cn)
        mapping["R2"] = rng.choice(pool.names_cn)
        self.mapping = mapping
        # Numbers vary per occurrence; drawn from fixed tables at a per-article
        # offset, as drawing each from the generator is the hot path.
        self.turn = rng.randrange(len(_NUMBERS))
        self.years = [str(year - k) for k in (0, 0, 0, 1, 1, 2, 5)]

    def _value(self, match: re.Match[str]) -> str:
        key = match.group(1)
        value = self.mapping.get(key)
        if value is not None:
            return value
        self.turn += 1
        turn = self.turn
        if key == "NUM":
            return _NUMBERS[turn % len(_NUMBERS)]
        if key == "DAY":
            return _DAYS[turn % len(_DAYS)]
        if key == "MON":
            return _MONTHS[turn % 12]
        if key == "YEAR":
            return self.years[turn % len(self.years)]
        return match.group(0)

    def __call__(self, text: str) -> str:
        return _SLOT_RE.sub(self._value, text)


# ------------------------------------------------------------- composition


def _target_length(rng: random.Random) -> int:
    if rng.randrange(_LONG_EVERY) == 0:
        return int(math.exp(rng.uniform(math.log(15_000), math.log(50_000))))
    return int(min(12_000, max(250, rng.lognormvariate(math.log(2_300), 0.55))))


class _Deck:
    """Sentences dealt without replacement: a random start and a random stride
    coprime with the deck size visit every sentence once before any repeats."""

    def __init__(self, items: list[str], rng: random.Random) -> None:
        size = len(items)
        self.items = items
        self.size = size
        self.position = rng.randrange(size)
        stride = rng.randrange(1, size)
        while math.gcd(stride, size) != 1:
            stride += 1
        self.stride = stride

    def paragraph(self, count: int) -> str:
        items, size, stride, position = self.items, self.size, self.stride, self.position
        out = []
        for _ in range(count):
            position = (position + stride) % size
            out.append(items[position])
        self.position = position
        return "".join(out)


_SENTENCES_PER_PARAGRAPH = (1, 2, 2, 3, 3, 3, 4, 4, 5, 6)


def _body(pool: _Pool, fill: _Filler, rng: random.Random, length: int, block_quotes: bool) -> list[tuple[str, str]]:
    """Body items: ("p"|"q"|"h"|"img"|"bq", text), about ``length`` characters."""
    deck = _Deck(pool.sentences, rng)
    items: list[tuple[str, str]] = []
    total = 0
    since_heading = 0
    first = True
    while total < length:
        roll = rng.random()
        if first:
            kind, text = "p", fill(deck.paragraph(rng.choice(_SENTENCES_PER_PARAGRAPH)))
            first = False
        elif since_heading >= rng.randint(3, 7) and roll < 0.6:
            kind, text = "h", fill(rng.choice(pool.headings))
            since_heading = -1
        elif roll < 0.22:
            before = deck.paragraph(rng.choice((0, 0, 1, 2)))
            after = deck.paragraph(rng.choice((0, 0, 1)))
            kind, text = "q", fill(before + rng.choice(pool.quotes) + after)
        elif roll < 0.29:
            kind, text = "img", fill(rng.choice(pool.captions))
        elif block_quotes and roll < 0.35:
            names = pool.names_cn if rng.random() < 0.5 else pool.names_foreign
            speaker = rng.choice(pool.roles) + " " * (rng.random() < 0.5) + rng.choice(names) + "："
            kind, text = "bq", speaker + "\n" + fill(deck.paragraph(rng.choice((1, 2, 2, 3))))
        else:
            kind, text = "p", fill(deck.paragraph(rng.choice(_SENTENCES_PER_PARAGRAPH)))
        items.append((kind, text))
        total += len(text)
        since_heading += 1
    return items


def _title(pool: _Pool, fill: _Filler, rng: random.Random, bracket_share: float) -> str:
    title = fill(rng.choice(pool.titles)) + rng.choice(pool.title_suffixes)
    if rng.random() < bracket_share:
        tag = rng.choice(pool.tags)
        title = rng.choice((f"[{tag}] {title}", f"[{tag}]{title}", f"【{tag}】{title}"))
    return title


def _blank(rng: random.Random) -> str:
    return "\n" * rng.choice((2, 2, 2, 3, 4, 5))


def _soft_wrap(text: str, rng: random.Random) -> str:
    """Hard-wrap a paragraph (Markdown soft breaks), only between two Han characters."""
    width = rng.randint(28, 45)
    lines = []
    start = 0
    at = width
    while at < len(text):
        if "\u4e00" <= text[at - 1] <= "\u9fff" and "\u4e00" <= text[at] <= "\u9fff":
            lines.append(text[start:at])
            start = at
            at += width
        else:
            at += 1
    lines.append(text[start:])
    return "\n".join(lines)


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _render_plain(pool: _Pool, rng: random.Random, fill: _Filler, title: str, items: list[tuple[str, str]]) -> str:
    """Family 1 (seed 000): lead, byline, captions and subheads before the # title."""
    outlet = fill.mapping["OUTLET"]
    reporter = fill.mapping["R1"]
    out = ["\n" * rng.choice((0, 1, 2, 2))]
    lead, rest = items[0][1], items[1:]
    out += [lead, _blank(rng)]
    if rng.random() < 0.8:
        out += [f"{outlet}{_word(pool, '记者')} {reporter}", _blank(rng)]
    if rng.random() < 0.6:
        out += [fill(rng.choice(pool.captions)), _blank(rng)]
    out += ["▲" + fill(rng.choice(pool.captions)), _blank(rng)]
    if rng.random() < 0.5:
        out += ["### " + fill(rng.choice(pool.headings)), _blank(rng)]
    if rng.random() < 0.5:
        out += ["## " + fill(rng.choice(pool.headings)), _blank(rng)]
    out += ["# " + title, _blank(rng)]
    prefix = f"【{outlet}{_word(pool, '讯')}】"
    first_paragraph = True
    for kind, text in rest:
        if kind == "h":
            level = rng.choice(("##", "###", "###", "###", "####"))
            out.append(f"{level} {text}")
        elif kind == "img":
            out.append("▲" + text)
        elif kind == "bq":
            speaker, said = text.split("\n", 1)
            out += [speaker, _blank(rng), said]
        else:
            if first_paragraph and rng.random() < 0.85:
                text = prefix + text
            first_paragraph = False
            if rng.random() < 0.04:
                text = _soft_wrap(text, rng)
            out.append(text)
        out.append(_blank(rng))
    if rng.random() < 0.5:
        out.append(rng.choice((f"（{_word(pool, '综合报道')}）", f"（{outlet}{_word(pool, '整理')}）")) + "\n")
    return "".join(out)


_AGGREGATORS = ("qq", "qq", "qq", "163", "sohu", "sina", "ifeng")


def _aggregator_link(name: str, rng: random.Random, when: datetime) -> str:
    day = when.strftime("%Y%m%d")
    if name == "qq":
        return f"https://new.qq.com/rain/a/{day}A{_hex(rng, 6).upper()}00"
    if name == "163":
        return f"https://www.163.com/dy/article/{_hex(rng, 16).upper()}.html"
    if name == "sohu":
        return f"https://www.sohu.com/a/{rng.randint(10**8, 10**9)}_{rng.randint(10**5, 10**6)}"
    if name == "sina":
        return f"https://finance.sina.com.cn/jjxw/{when:%Y-%m-%d}/doc-ine{_hex(rng, 12)}.shtml"
    return f"https://news.ifeng.com/c/{_hex(rng, 11)}"


def _image_url(rng: random.Random) -> str:
    return f"https://inews.gtimg.com/om_bt/{_hex(rng, 40)}/{rng.choice((641, 1000, 0))}"


def _fm_lead(pool: _Pool, rng: random.Random, fill: _Filler) -> str:
    w = lambda s: _word(pool, s)  # noqa: E731
    m = fill.mapping
    return rng.choice(
        (
            f"【{w('环球时报综合报道')}】",
            f"{w('智东西')}（{w('公众号')}：zhidxcom）{w('编译')} | {m['R1']}{w('编辑')} | {m['R2']}{w('智东西')}{fill('{MON}月{DAY}日')}{w('报道')}，",
            f"{w('澎湃新闻记者')} {m['R1']} ",
            f"{w('新华社')}{m['CITY']}{fill('{MON}月{DAY}日')}{w('电（记者')}{m['R1']}）",
            f"{w('中新网')}{fill('{MON}月{DAY}')}{w('日电 综合报道，')}",
            f"{w('财联社')}{fill('{MON}月{DAY}')}{w('日讯，')}",
            "",
        )
    )


def _render_front_matter(
    pool: _Pool, rng: random.Random, fill: _Filler, title: str, items: list[tuple[str, str]],
    when: datetime, traditional: bool, one_line: bool,
) -> str:
    """Family 2 (seeds 001/002): YAML front matter, Markdown body, aggregator link."""
    aggregator = rng.choice(_AGGREGATORS)
    lead = _fm_lead(pool, rng, fill) + items[0][1]
    summary = lead[:50] + "..."
    lang = ("zh-TW" if rng.random() < 0.7 else "zh-HK") if traditional else "zh-CN"
    front = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f'date: "{when:%Y-%m-%d %H:%M:%S}"',
        f"summary: {json.dumps(summary, ensure_ascii=False)}",
        "categories:", f'  - "{aggregator}"',
        "lang:", f'  - "{lang}"',
        "translations:", f'  - "{lang}"',
        "tags:", f'  - "{aggregator}"',
        'menu: ""',
        f'thumbnail: "https://inews.gtimg.com/om_ls/{_hex(rng, 40)}_640360/0"',
        'lead: ""', "comments: false", "authorbox: false", "pager: true", "toc: false",
        "mathjax: false", 'sidebar: "right"', "widgets:", '  - "search"', '  - "recent"', '  - "taglist"',
        "---", "",
    ]
    body: list[str] = []
    rest = items[1:]
    if one_line:
        number = 0
        headings = [i for i, (kind, _) in enumerate(rest) if kind == "h"]
        last_heading = headings[-1] if headings else -1
        parts = [lead]
        for index, (kind, text) in enumerate(rest):
            if kind == "h":
                if index == last_heading and len(headings) > 1:
                    parts.append(_word(pool, "结语：") + text)
                else:
                    parts.append(_CN_NUMERALS[number % 10] + "、" + text)
                    number += 1
            elif kind == "img":
                parts.append(f"![{_word(pool, '图片')}]({_image_url(rng)})▲{text}")
            elif kind == "bq":
                parts.append(text.replace("\n", ""))
            else:
                parts.append(text)
        body.append("".join(parts))
        body.append("")
    else:
        body += [lead, ""]
        for kind, text in rest:
            if kind == "h":
                body += [f"**{text}**", ""]
            elif kind == "img":
                body += [f"![{_word(pool, '图片')}]({_image_url(rng)})", "", text, ""]
            elif kind == "bq":
                body += [text.replace("\n", ""), ""]
            else:
                if rng.random() < 0.03:
                    text = _soft_wrap(text, rng)
                body += [text, ""]
        if rng.random() < 0.4:
            m = fill.mapping
            body += [
                f"【{_word(pool, '环球时报驻')}{m['COUNTRY']}{_word(pool, '特派特约记者')} {m['R1']} {m['R2']}】",
                "",
            ]
    body += [f"[{aggregator}]({_aggregator_link(aggregator, rng, when)})", ""]
    return "\n".join(front + body)


_HTML_OUTLETS = (  # (outlet lead (Simplified), url maker, share)
    ("dw", 0.45), ("bbc", 0.2), ("rfi", 0.1), ("voa", 0.15), ("zaobao", 0.1),
)


def _html_url(source: str, rng: random.Random, title: str, traditional: bool, when: datetime) -> str:
    if source == "dw":
        return f"https://www.dw.com/{'zh-hant' if traditional else 'zh'}/{quote(title[:40])}/a-{rng.randint(60_000_000, 75_000_000)}"
    if source == "bbc":
        return f"https://www.bbc.com/zhongwen/{'trad' if traditional else 'simp'}/world-{rng.randint(50_000_000, 70_000_000)}"
    if source == "rfi":
        return f"https://www.rfi.fr/cn/{quote('国际')}/{when:%Y%m%d}-{_hex(rng, 8)}"
    if source == "voa":
        return f"https://www.voachinese.com/a/{_hex(rng, 6)}-{when:%Y%m%d}/{rng.randint(7_000_000, 8_000_000)}.html"
    if source == "cna":
        return f"https://www.cna.com.tw/news/acn/{when:%Y%m%d}{rng.randint(1000, 9999)}.aspx"
    if source == "rti":
        return f"https://www.rti.org.tw/news/view/id/{rng.randint(2_000_000, 2_400_000)}"
    return f"https://www.zaobao.com.sg/news/world/story{when:%Y%m%d}-{rng.randint(10**6, 10**7)}"


_HTML_LEADS = {"dw": "（{}）", "bbc": "", "rfi": "（{}）", "voa": "（{}）", "zaobao": "（{}{}）"}
_HTML_LEAD_WORDS = {"dw": ("德国之声中文网",), "bbc": (), "rfi": ("法广",), "voa": ("美国之音",), "zaobao": ("联合早报", "讯")}
_HTML_AUTHORS = (
    "Dirk Kaufmann", "Klaus Dahmann", "Esther Felden", "Matthias von Hein", "Frank Sieren", "Sabine Kinkartz",
    "Phoebe Kong", "Jan D. Walter", "Chiu Yi-ling", "Wesley Rahn",
)


def _react_split(text: str, rng: random.Random) -> str:
    """Insert React's empty ``<!-- -->`` comments between two Han characters."""
    for _ in range(rng.randint(1, 3)):
        for _attempt in range(6):
            i = rng.randrange(1, max(2, len(text) - 1))
            if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i : i + 1] <= "\u9fff":
                text = text[:i] + "<!-- -->" + text[i:]
                break
    return text


def _render_html(
    pool: _Pool, rng: random.Random, fill: _Filler, title: str, items: list[tuple[str, str]],
    when: datetime, traditional: bool, jekyll: bool,
) -> tuple[str, str]:
    """Family 3 (seed 004): epoch comment, [title](url), ------, one line of HTML."""
    if jekyll:
        source = rng.choice(("cna", "cna", "rti"))
    else:
        r = rng.random()
        source = "dw"
        for name, share in _HTML_OUTLETS:
            if r < share:
                source = name
                break
            r -= share
    url = _html_url(source, rng, title, traditional, when)
    features = {
        name for name, share in (
            ("no_byline", 0.08), ("empty_caption", 0.1), ("video", 0.06), ("iframe", 0.05), ("h3", 0.2),
            ("script", 0.06), ("style", 0.15), ("entities", 0.15), ("ideographic_space", 0.08),
            ("react", 0.08), ("table", 0.05), ("multi_line", 0.1), ("blank_title", 0.015),
        ) if rng.random() < share
    }
    iso = when.strftime("%Y-%m-%dT%H:%M:%S") + f".{rng.randint(0, 999):03d}Z"
    html: list[str] = []
    if "no_byline" not in features:
        author = rng.choice(_HTML_AUTHORS) if source in ("dw", "voa") or rng.random() < 0.3 else fill.mapping["R1"]
        html.append(f"<div><i>{author}<br>{iso}</i></div>")
    html.append(f'<img src="https://images.weserv.nl/?url=static.dw.com/image/{rng.randint(10**7, 10**8)}_303.jpg" width="100%">')
    caption = "" if "empty_caption" in features else fill(rng.choice(pool.captions))
    html.append(f'<div><small style="color: #999;">{caption}</small></div>')
    if "video" in features:
        html.append(f'<video controls poster="https://static.dw.com/image/{rng.randint(10**7, 10**8)}_302.jpg"><source src="https://hlsvod.dw.com/{_hex(rng, 12)}.mp4" type="video/mp4">您的浏览器不支持视频播放</video>')
    if source in ("cna", "rti"):
        m = fill.mapping
        lead = f"（{_word(pool, '中央社记者')}{m['R1']}{_word(pool, '台北')}{fill('{DAY}')}{_word(pool, '日电')}）"
    else:
        lead = _HTML_LEADS[source].format(*(_word(pool, w) for w in _HTML_LEAD_WORDS[source]))
    paragraph_style = ' style="margin: 0 0 1em;"' if "style" in features else ""
    for index, (kind, text) in enumerate(items):
        if "react" in features and kind in ("p", "q") and rng.random() < 0.3:
            text = _react_split(text, rng)
        if "entities" in features and kind in ("p", "q") and rng.random() < 0.4:
            text = text.replace("、", "&#12289;", 1).replace("，", "&#65292;", 1).replace("《", "&#12298;", 1)
            text = text.replace("研发", "研发（R&amp;D）", 1).replace("研發", "研發（R&amp;D）", 1)
            text = re.sub(r"([A-Za-z]) ([A-Za-z])", r"\1&nbsp;\2", text, count=1)
        if "ideographic_space" in features and kind in ("p", "q"):
            text = rng.choice(("\u3000\u3000", "&#12288;&#12288;")) + text
        if index == 0:
            text = lead + text
        if kind == "h":
            html.append(f"<h3>{text}</h3>" if "h3" in features else f"<p><strong>{text}</strong></p>")
        elif kind == "img":
            html.append(f'<img src="https://static.dw.com/image/{rng.randint(10**7, 10**8)}_401.jpg" width="100%">')
            html.append(f'<div><small style="color: #999;">{text}</small></div>')
        elif kind == "bq":
            html.append(f"<p>{text.replace(chr(10), '')}</p>")
        else:
            company = fill.mapping["CO1"]
            if rng.random() < 0.15 and company in text:
                link = f'<a href="https://api.dw.com/api/detail/article/{rng.randint(70_000_000, 72_000_000)}" rel="ArticleRef">{company}</a>'
                text = text.replace(company, link, 1)
            html.append(f"<p{paragraph_style}>{text}</p>")
        if index == 2 and "iframe" in features:
            html.append(f'<iframe src="https://www.youtube.com/embed/{_hex(rng, 11)}" width="560" height="315" frameborder="0"></iframe>')
        if index == 1 and "script" in features:
            html.append('<script type="text/javascript">window.__INITIAL_STATE__={"article":' + str(rng.randint(1, 10**8)) + ',"ads":true};</script>')
        if index == 3 and "table" in features:
            c = pool.countries
            rows = "".join(
                f"<tr><td>{rng.choice(c)}</td><td>{rng.randint(10, 2000)}</td><td>{when.year - k}</td></tr>"
                for k in range(rng.randint(2, 6))
            )
            w = lambda s: _word(pool, s)  # noqa: E731
            html.append(f"<table><tr><th>{w('国家')}</th><th>{w('投资额（亿欧元）')}</th><th>{w('年份')}</th></tr>{rows}</table>")
    if source == "dw":
        html.append(f"<p><em>© {when.year}</em><em>{_word(pool, '年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。任何不当行为都将导致追偿，并受到刑事追究。')}</em></p>")
    body = ("\n" if "multi_line" in features else "").join(html)
    epoch_ms = int(when.timestamp() * 1000)
    header_title = title
    if "blank_title" in features and "，" in title:
        left, right = title.split("，", 1)
        header_title = f"{left}，\n\n{right}"
    if jekyll:
        header_title = f"{title} | {'中央社 CNA' if source == 'cna' else 'Rti 中央廣播電臺'}"
    text = f"<!--{epoch_ms}-->\n[{header_title}]({url})\n------\n\n{body}\n"
    if jekyll:
        tags = rng.sample([_word(pool, t) for t in ("政治", "社会", "国际", "产经", "科技", "两岸", "生活")], rng.randint(1, 3))
        author = "中央社" if source == "cna" else pool.words[_WORDS.index("中央广播电台")]
        front = "\n".join((
            "---",
            "layout: post",
            f"title: {json.dumps(title, ensure_ascii=False)}",
            f"date: {when:%Y-%m-%dT%H:%M:%S}Z",
            f"author: {author}",
            f"from: {url}",
            f"tags: [ {', '.join(tags)} ]",
            "---",
            "",
        ))
        text = front + text
    return text, source


# -------------------------------------------------------------- encodings


_BIG5_FIXES = str.maketrans({"\xa0": " ", "©": "(C)"})  # what a Big5 exporter does with them


def _encode(text: str, traditional: bool, rng: random.Random) -> tuple[bytes, str, bool]:
    """(bytes, encoding label, crlf); label "utf-8" with Big5 wanted but impossible is "utf-8*"."""
    r = rng.random()
    crlf = False
    if r < 0.06:
        if traditional:
            try:
                return text.translate(_BIG5_FIXES).encode("big5"), "big5", False
            except UnicodeEncodeError:
                return text.encode("utf-8"), "utf-8*", False  # not every text fits Big5
        else:
            crlf = rng.random() < 0.7
            if crlf:
                text = text.replace("\n", "\r\n")
            if rng.random() < 0.5:
                try:
                    return text.encode("gbk"), "gbk", crlf
                except UnicodeEncodeError:
                    pass
            return text.encode("gb18030"), "gb18030", crlf
    elif r < 0.095:
        return b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig", False
    elif r < 0.107:
        variant = rng.random()
        if variant < 0.4:
            return b"\xff\xfe" + text.encode("utf-16-le"), "utf-16", False
        if variant < 0.7:
            return b"\xfe\xff" + text.encode("utf-16-be"), "utf-16", False
        return text.encode("utf-16-le"), "utf-16-le-nobom", False
    if rng.random() < 0.03:
        text = text.replace("\n", "\r\n")
        crlf = True
    return text.encode("utf-8"), "utf-8", crlf


# ------------------------------------------------------------------ files


def _stem(index: int, rng: random.Random, title: str) -> str:
    r = rng.random()
    base = f"{index:06d}_{_hex(rng, 16)}"
    if r < 0.92:
        return base
    fragment = re.sub(r"[/\\\x00-\x1f]", "", title)[: rng.randint(6, 18)].strip()
    if r < 0.95:
        return f"{index:06d} {fragment}"
    if r < 0.97:
        return f"{index:06d}？{fragment}".replace("？", "?", rng.randint(0, 1))
    if r < 0.985:
        return f"{base} (1)"
    return f"{index:06d}【{fragment}】"


def _broken(kind: str, rng: random.Random, pool: _Pool, index: int) -> tuple[str, bytes]:
    """(file name, bytes) of a file that is not a readable article."""
    stem = f"{index:06d}_{_hex(rng, 16)}"
    if kind == "empty":
        return f"{stem}.txt", b""
    if kind == "blank":
        return f"{stem}.txt", rng.choice((b"\n\n\n", b"   \r\n\t\n", "\u3000\n".encode("utf-8")))
    if kind == "junk":
        return f"{stem}{rng.choice(('.txt', '.bin', '.dat', ''))}", rng.randbytes(rng.randint(64, 20_000))
    if kind == "png":
        return f"{stem}.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(rng.randint(200, 30_000))
    if kind == "ds_store":
        return ".DS_Store", b"\x00\x00\x00\x01Bud1" + rng.randbytes(6_000)
    if kind == "truncated_front_matter":
        fill = _Filler(pool, rng, 2024, "")
        title = json.dumps(fill(rng.choice(pool.titles)), ensure_ascii=False)
        summary = fill(rng.choice(pool.sentences))[:40]
        front = f'---\ntitle: {title}\ndate: "2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:12:31"\nsummary: "{summary}'
        cut = rng.randint(12, len(front))
        return f"{stem}.txt", front[:cut].encode("utf-8")
    # undecodable: UTF-8 text with runs of bytes no candidate encoding accepts
    data = bytearray("".join(rng.sample(pool.sentences, 6)).encode("utf-8"))
    for _ in range(rng.randint(3, 12)):
        at = rng.randrange(len(data))
        data[at:at] = b"\xff\xfe\xff"[: rng.randint(1, 3)] + b"\xff"
    return f"{stem}.txt", bytes(data)


def generate_corpus(
    root: Path, count: int, seed: int = 0, *, broken_share: float = 0.01, manifest: bool = False,
) -> dict:
    """Write ``count`` files (articles and ~1% broken files) into nested folders under ``root``.

    Returns a summary: counts per family, script, encoding and broken kind,
    and a few shape statistics.  With ``manifest=True`` it also lists every
    file as ``{"path", "family", "script", "encoding", "broken", "chars", "title"}``.
    """
    started = time.perf_counter()
    root = Path(root)
    rng = random.Random(seed)
    simplified, traditional = _pools(seed)
    families: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    variants: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    lengths: list[int] = []
    files: list[dict] = []
    folders = 0
    folder: Path | None = None
    left_in_folder = 0
    folder_has_ds_store = False
    start = datetime(2019, 1, 1, tzinfo=timezone.utc)
    span = int((datetime(2026, 1, 1, tzinfo=timezone.utc) - start).total_seconds())

    for index in range(count):
        if left_in_folder <= 0:
            folder = root / f"part-{folders // 12:03d}" / f"{folders % 12 + 1:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            folders += 1
            left_in_folder = rng.randint(100, 200)
            folder_has_ds_store = False
        assert folder is not None
        left_in_folder -= 1

        if rng.random() < broken_share:
            kind = rng.choices(BROKEN_KINDS, _BROKEN_WEIGHTS)[0]
            if kind == "ds_store" and folder_has_ds_store:
                kind = "junk"
            folder_has_ds_store |= kind == "ds_store"
            name, data = _broken(kind, rng, simplified, index)
            (folder / name).write_bytes(data)
            broken[kind] += 1
            families["broken"] += 1
            if manifest:
                files.append({"path": str(folder / name), "family": "broken", "script": "", "encoding": "",
                              "broken": kind, "chars": 0, "title": ""})
            continue

        family = rng.choices(FAMILIES, FAMILY_WEIGHTS)[0]
        is_traditional = rng.random() < _TRADITIONAL_SHARE[family]
        jekyll = family == "html" and rng.random() < _JEKYLL_SHARE
        one_line = family == "front_matter" and rng.random() < _ONE_LINE_SHARE
        if jekyll:
            is_traditional = True
        pool = traditional if is_traditional else simplified
        when = start + timedelta(seconds=rng.randrange(span))
        if family == "plain":
            outlet = pool.words[_WORDS.index(rng.choice(("大公报", "大公报", "文汇报", "香港商报", "星岛日报", "明报", "经济日报", "东方日报")))]
        else:
            outlet = pool.words[_WORDS.index(rng.choice(("法新社", "路透社", "美国之音", "BBC中文", "法广", "联合早报")))]
        fill = _Filler(pool, rng, when.year, outlet)
        title = _title(pool, fill, rng, bracket_share=0.12 if family == "html" else 0.06)
        length = _target_length(rng)
        items = _body(pool, fill, rng, length, block_quotes=family == "plain")
        if family == "plain":
            text = _render_plain(pool, rng, fill, title, items)
        elif family == "front_matter":
            text = _render_front_matter(pool, rng, fill, title, items, when, is_traditional, one_line)
        else:
            text, source = _render_html(pool, rng, fill, title, items, when, is_traditional, jekyll)
            sources[source] += 1
        data, encoding, crlf = _encode(text, is_traditional, rng)
        if encoding == "utf-8*":
            encoding = "utf-8"
            variants["big5_impossible_utf8"] += 1
        stem = _stem(index, rng, title)
        suffix = ".txt"
        if family == "front_matter" and rng.random() < 0.15:
            suffix = ".md"
        elif family == "html" and rng.random() < 0.1:
            suffix = ".html"
        path = folder / (stem + suffix)
        path.write_bytes(data)

        script = "traditional" if is_traditional else "simplified"
        families[family] += 1
        scripts[script] += 1
        encodings[encoding] += 1
        body_chars = sum(len(t) for _, t in items)
        lengths.append(body_chars)
        variants["one_line_body"] += one_line
        variants["jekyll"] += jekyll
        variants["crlf"] += crlf
        variants["bracket_title"] += title.startswith(("[", "【"))
        variants["long_15k_plus"] += body_chars >= 15_000
        variants["odd_file_name"] += not re.fullmatch(r"\d{6}_[0-9a-f]{16}", stem)
        if manifest:
            files.append({"path": str(path), "family": family, "script": script, "encoding": encoding,
                          "broken": "", "chars": body_chars, "title": title, "jekyll": jekyll, "one_line": one_line})

    lengths.sort()
    summary: dict = {
        "root": str(root),
        "seed": seed,
        "files": count,
        "articles": count - sum(broken.values()),
        "folders": folders,
        "families": dict(families),
        "scripts": dict(scripts),
        "encodings": dict(encodings),
        "broken": dict(broken),
        "variants": dict(variants),
        "html_sources": dict(sources),
        "body_chars": {
            "median": lengths[len(lengths) // 2] if lengths else 0,
            "p99": lengths[int(len(lengths) * 0.99)] if lengths else 0,
            "max": lengths[-1] if lengths else 0,
        },
        "seconds": round(time.perf_counter() - started, 2),
    }
    if manifest:
        summary["manifest"] = files
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--broken-share", type=float, default=0.01)
    args = parser.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.iterdir()):
        print(f"note: {args.out_dir} is not empty; files are added or overwritten", file=sys.stderr)
    summary = generate_corpus(args.out_dir, args.count, args.seed, broken_share=args.broken_share)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    print(f"generated {args.count} files in {summary['seconds']:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
