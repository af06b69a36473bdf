"""Direct-speech quotes in Chinese news text, found by rules for the language.

``extract_quotes(text)`` takes an article's normalised text (one block per line)
and returns every piece of direct speech in it, in reading order, with its
speaker, the speaker's role when the text gives one, and offsets into ``text``.

Two kinds are found:

* ``"quoted"``: words inside quotation marks (“ ” ‘ ’ in Simplified text,
  「 」 『 』 in Traditional text) that someone said.  The same marks also wrap
  coined terms, scare quotes, slogans, names of media and titles of speeches;
  those are told apart from speech by the words around them: a term marker
  before the quote (被譽為, 名为, 所谓, 叫他 ...), a modifier (``的「絆腳石」``), a
  quote the sentence runs on from (``“新视野网”称``), a term named by a topic
  verb (``強調「小球戰術」``), or a short phrase that is a noun in its clause
  rather than what the clause says.
* ``"block"``: a short ``Title Name：`` line followed by the paragraph that
  person said, with no quotation marks.

A short quote inside reported speech is speech when a person (or a party such
as 控方) is saying it and it stands in predicate position: it ends its clause
and follows a subject or an adverb (``被告的言論已「越界」``, ``形容判刑「太重」``),
not a coverb, an object-taking verb or a copula (``走向“拼应用”``,
``关键在于“调度”``, ``這是「雙贏」``).  Bodies and documents (美國認為, 声明说) are
not credited with short phrases.

Speech is tied to a speaker by a speech verb before or after the quote, by a
``Name：`` before it, by a pronoun or a ``这位/這名…`` phrase pointing back to
the last person mentioned (a name met only in passing, ``李盈莹拿下24分``, counts
within its paragraph; within a paragraph an object or a possessive, ``感谢了大使
吴恳的工作``, ``主帥黃博凱的調度``, is passed over for the subject before it), or
by the reported speech the quote sits in
(``他说，……。……“又开放了”``).  A body speaking after a colon (``外交部：“…”``, or
any short name opening its paragraph, ``台電：「…」``) is credited by its name, as
is a quoted handle after a role (``博主“数码老黄”``), and ``Name：`` before a clause
speaks the words that end it (``楊振邦：抑制通膨預期「刻不容緩」``).  Unbalanced marks are repaired: a quote that never closes
ends at its paragraph or sentence and never swallows the next quote.  Offsets
always index the original text and cover the quoted words without the marks.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.core.models import Article, BlockKind, Quote

# ------------------------------------------------------------------ the marks

OPEN_TO_CLOSE = {"“": "”", "‘": "’", "「": "」", "『": "』"}
CLOSE_TO_OPEN = {close: open_ for open_, close in OPEN_TO_CLOSE.items()}
SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,；;：:" + SENTENCE_END
MASK = "□"  # stands in for quoted words when reading the narration around them
NARRATION_WINDOW = 120  # characters before a quote read for its markers and verb
REPORTED_SPEECH_REACH = 400  # how far back in a paragraph reported speech may run on
MAX_QUOTE_CHARS = 3000  # a quote not closed within this many characters is unbalanced
MAX_PASSED_OVER = 8  # objects and possessives a pronoun looks past for a subject

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_DOT = "-·・•‧－"  # the hyphen first, so that it is no range in a character class; 马克-威廉姆斯
_OPENERS = "".join(OPEN_TO_CLOSE)
_CLOSERS = "".join(CLOSE_TO_OPEN)

# ---------------------------------------------------------------- speech verbs

_SPEECH_VERBS = (
    "表示", "指出", "认为", "認為", "强调", "強調", "透露", "宣布", "提到", "提及",
    "警告", "补充", "補充", "解释", "解釋", "直言", "回应", "回應", "写道", "寫道",
    "坦言", "笑称", "笑稱", "声称", "聲稱", "宣称", "宣稱", "称赞", "稱讚", "大赞",
    "大讚", "盛赞", "盛讚", "配文", "问道", "問道", "答道", "反问", "反問", "呼吁",
    "呼籲", "承认", "承認", "坦承", "重申", "披露", "告诉", "告訴", "谈到", "談到",
    "表态", "表態", "批评", "批評", "感叹", "感嘆", "预言", "預言", "断言", "斷言",
    "直指", "指称", "指稱", "形容", "回答", "答称", "答稱", "提醒", "介绍", "介紹",
    "建议", "建議", "反映", "保证", "保證", "承诺", "承諾", "否认", "否認", "追问",
    "追問", "反驳", "反駁", "驳斥", "駁斥", "澄清", "寄语", "寄語", "告诫", "告誡",
    "叮嘱", "叮囑", "自嘲", "调侃", "調侃", "打趣", "笑言", "笑道", "叹道", "嘆道",
    "喊道", "感慨", "坦陈", "坦陳", "质问", "質問", "评价", "評價", "点评", "點評",
    "直呼", "惊呼", "驚呼", "痛批", "解读", "解讀", "总结", "總結", "陈述", "陳述",
    "辩称", "辯稱", "辩解", "辯解", "供称", "供稱", "证称", "證稱", "提问", "提問",
    "抱怨", "埋怨", "投诉", "投訴", "反击", "反擊", "忆述", "憶述", "证实", "證實",
    "插话", "插話", "插嘴", "嘟哝", "嘟噥", "嘟囔", "嘀咕", "念叨", "唠叨", "嘮叨", "发问", "發問", "询问", "詢問", "提议", "提議", "哭诉", "哭訴", "泣诉", "泣訴", "控诉",
    "控訴", "怒吼", "怒斥", "痛斥", "怒批", "喊话", "喊話", "放话", "放話", "叫嚣", "叫囂", "归咎", "歸咎",
    "嚷道", "骂道", "罵道", "大骂", "大罵", "怒骂", "怒罵", "改口",
)
# a verb right after 的 is a noun: 政府的回應「…」, 他的表示
SPEECH_VERB_RE = re.compile(
    "(?<![的之])(?:"
    + "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True))
    + r"|分析(?![人师師家员員])|回[忆憶](?![录錄起中])|(?<![手食意直])指(?=[，,：:])"
    + r"|(?<![据據小传傳学學演游遊听聽])[说說](?![明服法])"
    + r"|(?<![名简簡号號堪对對俗又人统統昵暱声聲宣])[称稱](?![为為作之号號呼职職霸道])"
    # 又称 names something (又稱「…」) unless words follow a colon: 鄧醫生又稱：「…」
    + r"|(?<=又)[称稱](?=\s*[：:，,])"
    # 问 asks: 有记者问：“…” (not 问题, 访问, 顾问)
    + r"|(?<![访訪询詢疑学學顾顧请請提追反质質])[问問](?=(?:[他她你我][们們]?)?\s*[：:])"
    # 质疑 takes an object (质疑资金是否“可持续”) unless words follow: 留言质疑：「…」
    + r"|[质質]疑(?=\s*[：:，,])"
    # a jibe: 網友酸「…」, 他嗆：「…」 (not 酸汤, 心酸)
    + r"|(?<![心辛寒])酸[声聲]?(?=\s*[：:" + "".join(OPEN_TO_CLOSE) + "])"
    # 嗆 also at the end of the narration before a quote: 災民怒嗆「講重點」
    + r"|怒?[嗆呛][声聲]?(?=\s*[：:" + "".join(OPEN_TO_CLOSE) + "]|$)"
    # shouting words: 女子仍繼續吼：「…」 (not 吼叫)
    + r"|(?<![叫高大])吼(?=\s*[：:])"
    # sharing what one has to say: 她分享：「…」, 分享說 (not 分享了一張照片)
    + r"|分享(?=\s*[：:，," + "".join(OPEN_TO_CLOSE) + "])"
    # a retort in a headline or a brief: 蔣萬安駁「都不是事實」 (not 驳回, 反驳 above)
    + r"|(?<![反辩辯批])[驳駁](?=\s*[：:" + "".join(OPEN_TO_CLOSE) + "]|$)"
    # a message left online: 網友留言：「…」, 留言「…」 (not 留言區, 在留言中)
    + r"|留言(?=\s*[：:，," + "".join(OPEN_TO_CLOSE) + "]|$)"
    + ")"
)
_VERBS = f"(?:{SPEECH_VERB_RE.pattern})+"
# a speech verb ending the narration just before a quote: 她称：“  表示，「  大讚「
_VERB_BEFORE_RE = re.compile(_VERBS + r"[道说說]?\s*[：:，,]?\s*$")
# a speech verb ending the narration just after a quote: ”冯德莱恩在演讲中表示
_VERB_AFTER_RE = re.compile(r"^(?P<phrase>.+?)" + _VERBS + r"[道说說了着著]?$")
# 引用一名受訪母親的話說：the words are the quoted person's
# 他引述對方指: the words are the other party's, unnamed unless the text names them
_CITED_RE = re.compile(r"(?:引用|引述|援引|转述|轉述)(?P<who>.+?)(?:的(?:话|話))?$")

# ---------------------------------------------------------------- terms

# how someone feels or reacts, in a headline before their words: 市民嘆沒加薪「…」, 家長無奈「…」
_FEELING_RE = re.compile("嘆|叹|無奈|无奈|直呼|盼|憂|忧|怒|哭|泣|喊|嗆|呛|轟|轰|讚|赞|笑|怨|批")
# what follows a quoted noun: 「…」的, 「…」一詞, 「…」等, 「…」這個
_NOUN_FOLLOWERS = frozenset("的之一等这這那此二两兩三四五六七八九十各與与和及或、")
# what precedes a quoted term, title or name rather than speech
_TERM_MARKER_RE = re.compile(
    r"(?:被?[誉譽]为|被?[誉譽]為|被?称为|被?稱為|被?称作|被?稱作|称之为|稱之為|名为|名為|"
    r"命名为|命名為|所谓|所謂|主题为|主題為|主题是|主題是|题为|題為|标题为|標題為|号称|號稱|"
    r"简称|簡稱|俗称|俗稱|统称|統稱|昵称|暱稱|绰号|綽號|外号|外號|代号|代號|"
    r"叫做|叫作|译为|譯為|译作|譯作|意为|意為|即|对标|對標|描述为|描述為|形容为|形容為|"
    r"视为|視為|比作|喻为|喻為|冠以|打出|口号|口號|标语|標語|主题|主題|以|"
    r"(?:叫|喊|唤|喚|称|稱|封)(?:他|她|它|牠|祂|我|你)(?:们|們)?)\s*[：:]?\s*$"
    r"|(?:又称|又稱)\s*$"  # with a colon it introduces words: 又稱：「…」
    # writing on a thing: 冰箱门上用红纸写着一行字：“…”, 布條上寫著「…」
    r"|(?:写|寫|印|刻|贴|貼|挂|掛)(?:着|著|有)[^，,。：:]{0,6}\s*[：:]?\s*$"
)
# a quote right after one of these modifies a noun: 的「絆腳石」, 法國版「星際之門」
_MODIFIER_END = tuple("的之版")
# coverbs after which a name is an object, not the clause's subject
_OBJECT_MARKERS = frozenset("與与跟同对對向把被给給替")
# a quote right after a coverb or preposition is its object: 走向“拼应用”, 把「躺平」
_COVERBS = frozenset("向从從对對把被为為到于於以与與和跟成让讓给給在")
# a place someone goes to or is at, after which a quote is what they did there
# (家長到店內「撐場」, 球迷在场外“助威”, 让合唱团去商场“站台”), not what the
# clause says: a place word ends in a locative or in a place's head noun
_LOCATIVE_END_RE = re.compile(
    f"(?:到|去|来|來|赴|回|进|進|在)[{_HAN}]{{1,8}}?(?:内|內|里|裡|裏|上|中|外|前|门口|門口|现场|現場)$"
    f"|(?:到|去|来|來|赴)[{_HAN}]{{0,6}}?(?:商场|商場|广场|廣場|市场|市場|会场|會場|剧场|劇場|[店馆館厅廳院室站街村镇鎮城园園庙廟宫宮堂])$"
)
# words ending in a coverb's character that are adverbs: 现在「要再算一算」
_NOT_COVERB_ENDS = ("现在", "現在", "实在", "實在")
# a short quote right after one of these verbs or a copula is its object, a
# slogan or label: 坚持“稳中求进”, 推动“高质量发展”, 這是「雙贏」, 关键在于“调度”, 並非要「打房」
_OBJECT_VERB_RE = re.compile(
    r"(?:坚持|堅持|推动|推動|实现|實現|推进|推進|落实|落實|打造|建设|建設|提出|加强|加強|实施|"
    r"實施|倡导|倡導|践行|踐行|贯彻|貫徹|坚守|堅守|避免|支持|反对|反對|构建|構建|形成|成为|成為|"
    r"进入|進入|迈向|邁向|走向|提倡|弘扬|弘揚|秉持|秉承|遵循|防止|警惕|摆脱|擺脫|告别|告別|拒绝|"
    r"拒絕|停止|结束|結束|终结|終結|破除|打破|摒弃|摒棄|抵制|奉行|保持|维护|維護|追求|促进|促進|"
    r"开展|開展|发起|發起|启动|啟動|推出|发布|發布|宣传|宣傳|在于|在於|属于|屬於|等于|等於|意味着|"
    r"意味著|推行|标榜|標榜|聚焦|瞄准|瞄準|主打|发力|發力|布局|押注|涉及|包括|采用|採用|开启|開啟|迎来|迎來|掀起|"
    r"引发|引發|陷入|面临|面臨|出现|出現|变成|變成|有|是|属|屬|係|乃|即|叫|非要?|"
    # paying and buying take the thing or the fee: 要求先付「車馬費」
    r"付|支付|缴付|繳付|缴纳|繳納|收取|索取|购买|購買|买|買)$"
)
# verbs of judging, and the copulas after which their words are the judgement:
# 批評，市府的方案是「變相漲價」, 調侃，社宅已經變成「公營的包租公」
_JUDGING_VERB_RE = re.compile(
    "批评|批評|痛批|抨击|抨擊|谴责|譴責|调侃|調侃|讽刺|諷刺|嘲讽|嘲諷|形容|直指|质疑|質疑"
)
# a copula's complement ending in a noun after 的, which a quote right after it
# names: 上一次台风是2006年的超强台风“桑美”, 这是去年的爆款「小金人」
_COPULA_NOUN_RE = re.compile(f"(?:是|乃|係)[^，,。；;：:]*?的[{_HAN}]{{1,6}}$")
# a quantity before a quote makes it a counted noun, never what a clause says:
# 培训更多社区「疫苗大使」, 派出兩名「義工」
_COUNTED_RE = re.compile(
    f"(?:更多|许多|許多|很多|一些|不少|多名|多位|数名|數名|[0-9一二两兩三四五六七八九十百千几幾数數]+"
    f"(?:名|位|个|個|批|支|家|种|種|类|類))[{_HAN}]{{0,4}}$"
)
_COPULA_END_RE = re.compile("(?:是|变成|變成|成为|成為|沦为|淪為|算是|无异于|無異於)$")
# verbs that name a topic: a bare term right after one is what was spoken about,
# not words said: 強調「小球戰術」, 提到“数字化”
_TOPIC_VERB_RE = re.compile(
    "强调|強調|提到|提及|谈到|談到|介绍|介紹|宣布|重申|呼吁|呼籲|解释|解釋|解读|解讀|总结|總結|"
    "反映|分析|建议|建議|披露"
)
# heads of the names of plans, laws, schemes and events: a quoted noun phrase
# ending in one names a thing, however long (「臺北市社會住宅出租辦法」,
# 推出「獨立書店補助計畫」), unless it is a clause (「沒有調漲租金的計畫」)
_NAMED_THING_HEADS = tuple(
    "计划 計畫 計劃 办法 辦法 条例 條例 方案 战略 戰略 政策 倡议 倡議 机制 機制 制度 工程 纲要 綱要 "
    "规划 規劃 法案 协议 協議 协定 協定 公约 公約 宣言 白皮书 白皮書 指南 守则 守則 准则 準則 峰会 峰會 "
    "论坛 論壇 大会 大會 行动 行動 项目 項目".split()
)
# words that make a short quoted phrase a clause (something said) rather than a
# term: pronouns, negation, modals, degree adverbs, aspect and final particles
_CLAUSE_RE = re.compile(
    r"我|你|咱|她|(?<!其)他|不|没|沒|而非|并非|並非|绝非|絕非|了(?!解)|吗|嗎|呢|吧|啊|呀|啦|是|"
    r"得(?=[好很不非太真更越])|需要|必须|必須|应该|應該|应当|應當|可以|能够|能夠|必将|必將|"
    r"一定|已经|已經|正在|将会|將會|(?<![社协協大学學工议議年都机機委博峰晚聚商省理])[会會](?![议議员員长長谈談计計])|很|非常|十分|极其|極其|"
    r"太(?![空平阳陽])|令人|毫无|毫無|完全|根本|绝对|絕對|相当|相當"
)

# ---------------------------------------------------------------- people

# function words that never sit inside a name
_NOT_IN_NAME_RE = re.compile("[我你他她们們了的是吗嗎呢吧和与與]|不|没|沒")

_ROLE_WORDS = (
    # offices and titles; any name may follow one (总统马克龙)
    "总统", "總統", "副总统", "副總統", "总理", "總理", "副总理", "副總理", "首相",
    "主席", "副主席", "总裁", "總裁", "行政总裁", "行政總裁", "首席执行官", "首席執行官",
    "执行官", "執行官", "执行长", "執行長", "CEO", "CTO", "CFO", "COO", "创始人",
    "創始人", "联合创始人", "聯合創始人", "创办人", "創辦人", "董事长", "董事長", "董事",
    "总经理", "總經理", "经理", "經理", "总监", "總監", "主任", "副主任", "发言人",
    "發言人", "部长", "部長", "外长", "外長", "防长", "防長", "国务卿", "國務卿", "大使",
    "特使", "代表", "议员", "議員", "立委", "议长", "議長", "州长", "州長", "市长",
    "市長", "省长", "省長", "局长", "局長", "署长", "署長", "院长", "院長", "校长",
    "校長", "会长", "會長", "社长", "社長", "行长", "行長", "秘书长", "秘書長", "理事长",
    "理事長", "次长", "次長", "主编", "主編", "总编辑", "總編輯", "编辑", "編輯",
    "行政长官", "行政長官", "特首", "主播", "女主播", "博士生", "博士后", "博士後", "研究生", "硕士生", "碩士生", "本科生", "大学生", "大學生",
    "留学生", "留學生", "实习生", "實習生", "毕业生", "畢業生",
    "主持人", "负责人", "負責人", "合伙人", "合夥人", "学家", "學家", "专家",
    "專家", "分析师", "分析師", "工程师", "工程師", "律师", "律師", "教授", "讲师",
    "講師", "研究员", "研究員", "学者", "學者", "院士", "博士", "博士后", "博士後",
    "得主", "顾问", "顧問", "助理", "主管", "高管", "官员", "官員", "司令", "将军", "將軍",
    "法官", "检察官", "檢察官", "警官", "教练", "教練", "作家", "导演", "導演", "演员",
    "演員", "歌手", "医生", "醫生", "医师", "醫師", "总干事", "總幹事", "秘书", "秘書",
    "书记", "書記", "委员", "委員", "研究人员", "研究人員", "人士", "创作者", "創作者",
    "企业家", "企業家", "首席", "老板", "老闆", "船长", "船長", "队长", "隊長", "团长",
    "團長", "厂长", "廠長", "村长", "村長", "处长", "處長", "科长", "科長", "所长", "所長",
    "投资者", "投資者", "创业者", "創業者", "从业者", "從業者", "研究者", "参与者", "參與者",
    "评论员", "評論員", "球评", "球評", "解说员", "解說員", "博主", "主播", "网红", "網紅",
    "球员", "球員", "选手", "選手", "队员", "隊員", "运动员", "運動員", "投手", "捕手",
    "洋将", "洋將", "外援", "主帅", "主帥", "国手", "國手", "后卫", "後衛", "前锋", "前鋒",
    "中锋", "中鋒", "财务官", "財務官", "运营官", "營運官", "技术官", "技術官",
    "高层", "高層", "业者", "業者", "县长", "縣長", "馆长", "館長", "庭长", "庭長", "头目", "頭目",
    "台长", "台長", "站长", "站長", "组长", "組長", "班长", "班長", "司长", "司長", "厅长", "廳長",
    "镇长", "鎮長", "乡长", "鄉長", "里长", "里長", "区长", "區長", "主委", "检察长", "檢察長",
    "指挥官", "指揮官", "大臣", "领事", "領事", "参赞", "參贊", "理事", "监事", "監事", "社工",
    "义工", "義工", "志愿者", "志願者", "护士", "護士", "厨师", "廚師", "主厨", "主廚", "导游", "導遊",
    "合伙人", "合夥人", "科学家", "科學家",
    # Malaysian honorific titles, which come before the name as titles do
    "拿督斯里", "丹斯里", "拿督",
)
# everyday nouns for people; a name after one reads as a Chinese name (市民陳大文),
# not just any words (带着女儿去公园, 記者見到正在…)
_PEOPLE_NOUNS = frozenset((
    "记者", "記者", "教师", "教師", "老师", "老師", "程序员", "程序員", "设计师", "設計師",
    "母亲", "母親", "父亲", "父親", "家长", "家長", "学生", "學生", "市民", "居民",
    "村民", "消费者", "消費者", "患者", "病人", "乘客", "游客", "遊客", "旅客", "司机",
    "司機", "网友", "網友", "老人", "男子", "女子", "男士", "妇女", "婦女", "工人",
    "农民", "農民", "网民", "網民", "用户", "用戶", "店主", "摊主", "攤主", "车主", "車主",
    "业主", "業主", "员工", "員工", "职员", "職員", "选民", "選民", "球迷", "粉丝", "粉絲", "胞姊", "胞姐", "胞兄",
    "胞弟", "胞妹", "姐姐", "哥哥", "弟弟", "妹妹", "妻子", "丈夫", "儿子", "兒子", "女儿",
    "女兒", "家属", "家屬", "亲属", "親屬", "朋友", "邻居", "鄰居", "街坊", "同事", "同学", "同學",
    "档主", "檔主", "摊贩", "攤販", "小贩", "小販", "商户", "商戶", "店员", "店員", "车手", "車手",
    "骑手", "騎手", "外卖员", "外賣員", "快递员", "快遞員", "保安", "清洁工", "清潔工", "护士", "護士",
    "族人", "台下", "全场", "全場", "参加者", "參加者", "参与者", "參與者", "受访者",
    "受訪者", "目击者", "目擊者", "旁观者", "旁觀者", "民众", "民眾", "群众", "群眾", "灾民", "災民", "观众", "觀眾", "听众", "聽眾", "读者",
    "讀者", "顾客", "顧客", "食客", "路人", "行人", "住户", "住戶",
    # kinship words, which stand before a name as roles do (祖父陳伯, 外婆李秀英)
    "祖父", "祖母", "外公", "外婆", "外祖父", "外祖母", "孙子", "孫子", "孙女", "孫女", "伯父",
    "伯母", "叔父", "舅舅", "姑姑", "岳父", "岳母", "爸爸", "妈妈", "媽媽", "父母",
    "儿媳", "兒媳", "媳妇", "媳婦", "女婿", "孙媳", "孫媳", "侄子", "侄女", "外甥",
))
_PEOPLE_NOUN_RE = re.compile("|".join(sorted(_PEOPLE_NOUNS, key=len, reverse=True)))
ROLE_RE = re.compile("|".join(sorted((*_ROLE_WORDS, *_PEOPLE_NOUNS), key=len, reverse=True)))
PRONOUNS = frozenset({"他", "她", "他们", "他們", "她们", "她們"})
# 位 and 名 count people: 一名官員 is someone unnamed, and 这位年轻父亲, 這名60多歲的
# 阿伯, 該名官員 point back like a pronoun, unless they name someone related to
# that person (该名男子的邻居)
# 这个 counts for a person when the phrase ends in a word for one: 这个戴眼镜的大男孩
_PERSON_GE = "(?:个|個)(?=.*(?:人|孩|子|娘|汉|漢|年|妈|媽|爸|亲|親|板|闆|生|哥|姐|弟|妹)$)"
_PERSON_CLASSIFIER_RE = re.compile(f"(?<![第唯])(?:(?:这|這|该|該|此|一)(?:位|名)|(?:这|這){_PERSON_GE})")
_ANAPHOR_RE = re.compile(f"(?:这|這|该|該|此)(?:位|名|{_PERSON_GE})")
# bare words that, as a subject, point back to the person the paragraph is about
_REFERRING_NOUNS = frozenset(
    "老人 老人家 老汉 老漢 老伯 老太太 老太 小伙 小夥 小伙子 小夥子 姑娘 小姑娘 女孩 男孩 孩子".split()
)
_RELATED_RE = re.compile(
    "的(?:邻居|鄰居|妻子|丈夫|儿子|兒子|女儿|女兒|朋友|同事|同学|同學|家属|家屬|亲属|親屬|母亲|"
    "母親|父亲|父親|姐姐|哥哥|弟弟|妹妹|胞姊|胞姐|胞兄|胞弟|胞妹|律师|律師)$"
)

# what may stand between an attributing verb and the words: 告诉记者，, 提醒公众，
_ATTRIBUTING_FOLLOW_RE = re.compile(
    r"[道说說]?(?:[^，。；：" + _OPENERS + r"]{0,10}?(?:记者|記者|媒体|媒體|本报|本報|本台|公众|公眾|"
    + r"民众|民眾|大家|各界|外界|" + ROLE_RE.pattern + r"))?\s*[，,：:" + _OPENERS + "]"
)

# places and bodies that speak: 白宫称, 日本表示
_BODY_WORDS = frozenset(
    "中国 中國 美国 美國 英国 英國 法国 法國 德国 德國 日本 韩国 韓國 朝鲜 朝鮮 俄罗斯 俄羅斯 "
    "印度 欧盟 歐盟 欧洲 歐洲 台湾 台灣 香港 澳门 澳門 北京 华盛顿 華盛頓 莫斯科 巴黎 伦敦 "
    "倫敦 东京 東京 加拿大 澳洲 澳大利亚 澳大利亞 意大利 義大利 西班牙 以色列 伊朗 乌克兰 "
    "烏克蘭 联合国 聯合國 白宫 白宮 外媒 官方 媒体 媒體 本报 本報".split()
)
# heads of noun phrases that name no person: bodies, reports, crowds, abstractions
_NON_PERSON_WORDS = _BODY_WORDS | frozenset(
    "外界 舆论 輿論 报道 報道 报导 報導 声明 聲明 报告 報告 评论 評論 社论 社論 文章 消息 分析 "
    "研究 调查 調查 数据 數據 民众 民眾 人们 人們 大家 各方 双方 雙方 业界 業界 市场 市場 "
    "结果 結果 关键 關鍵 原因 问题 問題 目标 目標 文件 许多 許多 很多 不少 多数 多數 大多 一些 "
    "有些 部分 所有 众多 眾多 诸多 諸多 各位 各地 观点 觀點 说法 說法 叮咛 叮嚀 视角 視角 "
    "凌晨 早晨 清晨 黄昏 黃昏 傍晚 晚间 晚間 昨晚 今晨 去年 明年 上午 下午".split()
)
_NON_PERSON_SUFFIXES = (
    "中心", "机构", "機構", "组织", "組織", "政府", "当局", "當局", "公司", "集团", "集團",
    "银行", "銀行", "大学", "大學", "联盟", "聯盟", "网站", "網站", "平台", "频道", "頻道",
    "节目", "節目", "媒体", "媒體", "声明", "聲明", "报道", "報道", "报告", "報告", "评论",
    "評論", "文章", "新闻稿", "新聞稿", "代表团", "代表團", "委员会", "委員會",
)
_NON_PERSON_CHARS = frozenset(
    "社网網报報台媒方国國府部院局署宫宮会會协協委厅廳所处處组組团團司行馆館校厂廠党黨军軍队隊"
    "省市县縣州区區稿书書文论論道明告查息章刊志誌界业業盟洲坛壇室站号號式案法话話题題版"
)
# last characters of words for a kind of people (茶农, 股民, 农户, 球迷), which a
# name longer than a surname and two characters does not end in
_GROUP_CHARS = frozenset("农農民工户戶众眾迷友客商")
# texts, which quote labels and others' words rather than speak
_DOCUMENT_SUFFIXES = (
    "声明", "聲明", "报道", "報道", "报导", "報導", "报告", "報告", "评论", "評論", "社论", "社論",
    "文章", "新闻稿", "新聞稿", "消息", "公告", "通报", "通報", "》",
)
# parties to a case or a deal, who speak through their people: 控方則指, 校方表示
_PARTY_WORDS = frozenset("控方 辩方 辯方 检方 檢方 警方 校方 院方 资方 資方 劳方 勞方 买方 買方 卖方 賣方".split())
# someone with no name: 有人, 也有不少人
# someone unnamed, described: 有食肆兼職員工(稱)
_SOMEONE_DESCRIBED_RE = re.compile(
    r"(?:甚至|更|也|亦|还|還|另)?有[^，。；：的]{1,8}?(?:"
    + "|".join(sorted(_PEOPLE_NOUNS, key=len, reverse=True)) + ")"
)
_SOMEONE_RE = re.compile(
    r"(?:甚至|更|也|亦|还|還|另)?有(?:不少|很多|许多|許多|一些|些|部分|少数|少數|个别|個別)?(?:人(?:士)?|支持者|"
    + "|".join(sorted(_PEOPLE_NOUNS, key=len, reverse=True)) + ")"
)
# characters common in given names that are also non-person suffixes above
_GIVEN_NAME_CHARS = frozenset("明文国國军軍道立平华華东東志")
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范"
    "金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬"
    "钱錢严嚴覃武戴莫孔向汤湯习習温溫岑柯卓翁洪游詹施庄莊欧歐司"
    "区區麦麥伍甘霍邝鄺颜顏聂聶殷饶饒凌葛倪滕庞龐樊乔喬祝阮骆駱邬鄔巫蓝藍简簡"
    # less common, and seldom the first character of an everyday word
    "祁裴邢靳甄褚蒲翟郎鲁魯姬冉柴邸栾欒俞鲍鮑丘邰裘阙闕耿戚宫宮卞储儲涂塗屈晏符喻苟虞巩鞏冼尤"
    "缪繆鄢佘佟隋扈臧晁嵇蔺藺郜闵閔荆荊谷岳苗柳桂卜盛季鐘朴"
)
_SURNAME_CLASS = "".join(sorted(_SURNAMES))
_COMPOUND_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 司徒 东方 東方 端木 慕容 夏侯 皇甫 尉迟 尉遲 公孙 公孫 令狐 长孙 長孫 "
    # Taiwan's double surnames
    "张简 張簡 范姜 张廖 張廖 简林 簡林 江谢 江謝".split()
)
# characters common in given names and rare in the words that start with a
# surname character (许多, 高度, 周末, 向右): 李盈莹 and 林冠廷 read as names
_COMMON_GIVEN_CHARS = frozenset(
    "伟偉芳娜敏静靜丽麗强強磊军軍洋勇艳豔杰傑娟涛濤明超秀英华華慧巧美霞刚剛桂兰蘭建国國玉萍红紅"
    "云雲辉輝俊峰鹏鵬斌宇浩凯凱健琳婷雪晶颖穎倩玲丹飞飛文波宁寧海林亮志成龙龍博诚誠鑫欣佳嘉怡思"
    "梦夢雨晨轩軒涵梓睿昊宏家豪晓曉东東春秋冬燕梅莉莹瑩盈雯薇琪瑶瑤璐露蕾菲晴悦悅欢歡乐樂安康福"
    "禄祿祥瑞吉庆慶荣榮昌盛兴興旺德仁义義礼禮智信忠孝贤賢良善顺順泰丰豐富贵貴宝寶金珠翠琴诗詩彬杉"
    "松柏栋棟楠桐森柳荷莲蓮菊芬芸若茜蓉萱蓓蔚立世永振伯仲元光辰晖暉晋晉景晟昕旭晗曦阳陽岩岳崇"
    "峻嵘嶸川江河洪泽澤淑清源溪沛润潤湘渊淵滨濱汉漢冰凤鳳鸿鴻鹤鶴雁鸣鳴翔翰羽翼耀炜煒烨燁焕煥熙"
    "灵靈炎锋鋒钢鋼铭銘锦錦钧鈞宗宜宣容宸守冠廷延弘彤彦彥征恒恆恩惠慈承敏昭朗楷毅汝沁泉洁潔淳"
    "渝溢滢瀅潇瀟灿燦炳烈爱愛玮瑋珊珍珏琦琼瓊瑜瑾璇璋甜皓益硕碩祖秉筠紫纯純维維綺群羲聪聰胜勝"
    "舒航艺藝芝苗茂茵莎菁萌蓝藍虹蝶衡谦謙贝貝达達远遠进進邦郁铁鐵锐銳雄雅霖青靖韵韻骏駿麒麟黎"
    "鼎伦倫佩儒兆克兵凡勤卓南卫衛友厚双雙启啟坤培基堂壮壯奇奕妍妙姗姝娇嬌婉媛嫣孟宪憲尚岚嵐帆"
    "希彩忆憶恬悠慕懿扬揚斐普曼柔桢楨毓沐泓津洲浦涓淇淼湛滔澄灏灝炫烁爍燊牧珂琛璞甄皎祺童笛筱"
    "阿纪紀绍紹绮继繼翊耕聿致艾芊芮苑茹蔓裕贞貞赫轶軼迪逸钰鈺锡錫驰馳骥驥魁鹰鷹黛齐齊"
)
# more characters common in given names, which also start everyday words and so
# do not find names in running text (高, 子, 天), but make one's shape
_MORE_GIVEN_CHARS = frozenset(
    "子天中山心月星新正一之大士仕介允充先全兰冬北升协協卿友叶葉同君启周和品唯善嘉坚堅城增士"
    "壹天威娥婕媚孜学學宁寧定宪实實宽寬尧堯展山嵩巍帅帥干年广廣庭建强彪彬徽德志忠怀懷性恺愷"
    "慧憧戈才扬揚捷政敬斌方旗昀昆昶显顯晨智月有朋松枫楓栩桦樺梁植榕樱櫻檀欧歐正武毓民水汀沅"
    "河治泳波洋浚海涛濤淦湖源溥满滿潮澜瀾火灿燦炜煒烽焰然照燕爽玄率玉珉球琨瑛瑶璟环環生田申"
    "男畅暢登白百盈真睿石碧祥禹秀科秦穗立竹笑简簡籽米粟素红紅纬緯绪緒美群翠耀聆育胤臻舜芯花"
    "英荣榮莘菲萍葆蕙薇虎行衍裕西训訓诚誠豪贺賀贤賢资資赞讚超越轩軒辉輝迎运運道遥遙郎鉴鑑铮錚"
    "闻聞阔闊雁雪霆霞露韬韜顺順颂頌飘飄馨驹駒高鸥鷗鹏鵬麟黄黃默"
    "哲彰俐伶姿妤瑄筑芷宥昱晏祯禎祐岑蓁薰琇琬珮嫻娴嬿仪儀铃鈴莺鶯绣繡寿壽喜树樹岭嶺朴樸恭传傳"
    "添丁棠樑梁权權耿璋财財昆崑勋勳勛铭銘霆宪憲韦韋纬緯伊依姣娅婭婧媛嫦娣姬妮姿嫚嬌婵嬋黎"
    "翘翹楚湘澜瀾滢瀅漪澍沣灃淦汐沫浠湄湉溶瀚灏灝焱煜熠燚炅炯烨燁煊熹燊钊釗铎鐸钦欽锟錕镇鎮"
    "镜鏡鑫钰鈺铠鎧锴鍇栋棟桓梧楷榆槐樟橙檬桥橋杭杰枝柯栎櫟桀栩标標根格桃梓"
    "秉稷穆程稳穩笙策箐筠篮籃绮綺缘緣罡翎翌翠耘胤能腾騰舟航艇芃芙芬芹苏蘇茗荃莘菡萃蒙蓬蔚蕊薏"
    "蕴蘊藻蘅虔蛟衿裳褀觅覓誉譽谊誼豫贇赟赐賜赓賡跃躍辅輔辛辞辭逊遜遐邑酉醇金钧鈞钟鍾闯闖阜阡"
    "陵隆隽雋雍雯霁霽靓靚鞍韧韌颉頡飙飆馥驿驛骁驍魏鲲鯤鸾鸞麒黔鼐龄齡"
    "亚亞平令保咏詠采廉啸嘯桅玥寒焯如小朝心勋勛玛瑪"
)
# characters that are common verbs, adverbs or function words, and so never a
# given name's, whatever the inventory above says: 高喊, 高叫, 曾在問, 何去何
_NOT_GIVEN_CHARS = frozenset(
    "喊叫呼在问問要说說讲講话話是有没沒无無和与與同及了的地得着著过過也都就还還又再曾已被把将將"
    "对對向从從给給让讓用以为為到去来來看想做写寫表指称稱认認答道等会會能可应應需必其后後前这這"
    "那哪此该該某各每个個些么麼吗嗎呢吧啊呀啦很太更最只才仅僅便却卻并並而且则則即乃于於因所被"
    "不未别別非怎何谁誰啥什何己自"
)
_GIVEN_INVENTORY = (_COMMON_GIVEN_CHARS | _MORE_GIVEN_CHARS) - _NOT_GIVEN_CHARS
# first characters of common verbs, which a name after a title does not start with
_VERB_START_CHARS = frozenset("打闻聞听聽拭落离離坐站走跑拿笑哭回说說讲講被把开開晒曬看见見得")
# 王女士, 陳小姐, 李先生: a surname and an honorific make a name
_HONORIFIC_NAME_RE = re.compile(
    "(?:" + "|".join(sorted(_COMPOUND_SURNAMES)) + f"|[{_SURNAME_CLASS}])(?:女士|先生|小姐|太太|老师|老師|师傅|師傅|阿姨|大爷|大爺|教授|医生|醫生|"
    # kinship words used as a name: 陈阿婆, 李婆婆, 黃伯伯; a pupil: 李同學
    "阿婆|婆婆|阿伯|伯伯|阿叔|叔叔|大叔|大妈|大媽|大婶|大嬸|奶奶|爷爷|爺爺|阿嬷|阿嬤|阿公|同学|同學|"
    "律师|律師|博士|院士|主任|经理|經理|局长|局長|校长|校長|书记|書記|警官|记者|記者|官|"
    # 陳男, 林女: how Taiwan's reports name a man or woman (not 男子, 女士, 女性)
    "男(?![子士性生孩童人装裝友足篮籃排])|女(?![子士性生孩童人儿兒装裝友王神婿足篮籃排])|"
    # 羅太, Cantonese for Mrs Law (not 太阳, 太平, 太多)
    "太(?![太阳陽平空多少过過久大小])|"
    # 王总, but not the 王總 of 國王總教練 or 總冠軍
    "[总總](?!教练|教練|经理|經理|编辑|編輯|裁|监|監|理|统|統|冠军|冠軍|决赛|決賽|部|司令))"
)
# 小周, 老王, 阿陈: a familiar name, kept as written; so are a surname or 阿 and
# one character with a kinship word for an elder (陳伯, 黃姨, 阿福伯, 阿珠姐)
_KIN_SUFFIX = "伯叔婆嫂姨姐"
_FAMILIAR_NAME_RE = re.compile(
    f"[小老阿][{_SURNAME_CLASS}]|(?:[{_SURNAME_CLASS}]|阿[{_HAN}])[{_KIN_SUFFIX}](?![{_KIN_SUFFIX}父母妈媽丈夫公])"
    # 阿 and an English name, as Hong Kong people go by: 球迷阿Ken
    "|阿[A-Z][a-z]{1,10}(?![A-Za-z])"
)
# two-character endings of words for people, before a dotted name (音樂人, 慈善家)
_PERSON_WORD_SUFFIXES = frozenset(
    "樂人 乐人 善家 術家 术家 作家 學家 学家 論家 论家 業家 业家 藝人 艺人 導演 导演 歌手 選手 选手 名模 "
    "持人 理人 辦人 办人 始人 創人 舞者 記者 记者 學者 学者 粉絲 粉丝 觀眾 观众 遊客 游客".split()
)
# last characters of words for people: an unlisted one before a name is a role
# (志愿者小周, 涼茶舖店員陳伯, 茶农苏秀梅, 茶商陈永福)
_PERSON_WORD_ENDS = frozenset("者员員人师師家工民手生士族农農商贩販匠迷友客")
# characters that end a name and start the narration after it: particles,
# prepositions, adverbs and the first characters of verbs met after names
_NAME_ENDERS = frozenset(
    "的在和与與及等對对向也还還则則將将曾已於于是作称稱说說表指认認强強透宣提警"
    "出来來到访訪参參会會发發主接抵签簽率带帶赴今昨日并並再又均都就举舉受难難只便坦笑不没沒"
)
# enders that only start a speech verb (表示, 強調, 指出): 蘇志強的話 keeps its 強
_VERB_INITIAL_ENDERS = frozenset("表指认認强強透宣提警")
# everyday words that follow a name and start the narration, though their first
# character could end a given name (卓玛负责接待, 祁连英今年26岁, 林芳回忆)
_NARRATION_WORDS = frozenset(
    "负责 負責 今年 去年 目前 现年 現年 回忆 回憶 笑着 笑著 坦言 告诉 告訴 介绍 介紹 认为 認為 带着 帶著 "
    "带领 帶領 同时 同時 随后 隨後 当时 當時 家住 出生 毕业 畢業 从事 從事 曾经 曾經 正在 仍然 依然 "
    "已经 已經 身穿 手持 拿着 拿著 站在 坐在 看着 看著 希望 觉得 覺得 记得 記得 感叹 感嘆 感慨 解释 解釋 "
    "补充 補充 直言 透露 回应 回應 呼吁 呼籲 承认 承認 担任 擔任 经营 經營 创办 創辦 加入 参与 參與 "
    "获得 獲得 喜欢 喜歡 决定 決定 打算 计划 計劃 准备 準備 开始 開始 继续 繼續 最近 近日 近年 多年 "
    "每天 每年 常常 经常 經常 总是 總是 本人 夫妇 夫婦 夫妻 一行 等人 住在 来自 來自 无奈 無奈 忍不住 "
    "先发 先發 先说 先說 先开 先開 率先 "
    "不禁 连忙 連忙 赶紧 趕緊 随即 隨即 立即 马上 馬上 刚刚 剛剛 早年 此前 之前 之后 之後 后来 後來".split()
)
_TAIL_SEPARATORS = "的、 》" + _CLOSERS + "）)"
# a surname and a title (王副部长, 李教授, 欧阳主任): someone named in full before
_SURNAME_TITLE_RE = re.compile(
    "(?:" + "|".join(sorted(_COMPOUND_SURNAMES)) + f"|[{_SURNAME_CLASS}])"
    "(?:副|分|代|前|原|署理|常务|常務)?(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + ")"
)
# what a body's role in an event is called before its name: 主辦單位澳門電影協會
# a trade's word for a business (风电场运营商, 電訊供應商), which a body's name may follow
_TRADE_ROLE = (
    f"[{_HAN}]{{0,4}}?(?:运营|運營|营运|營運|供应|供應|开发|開發|承包|经销|經銷|代理|制造|製造|"
    "服务|服務|提供)商"
)
_BODY_ROLE_RE = re.compile(
    "^(?:(?:主办|主辦|承办|承辦|协办|協辦|合办|合辦|涉事|有关|有關|相关|相關)(?:单位|單位)|"
    "(?:主办|主辦|承办|承辦|协办|協辦)方|" + _TRADE_ROLE + ")"
)

# narration between a speaker's name and the verb, stripped from the right
_ADVERBIAL_RES = tuple(
    re.compile(pattern + "$")
    for pattern in (
        r"(?:还|還|也|则|則|再|又|曾|已|更|就|均|都|亦|便|才|并|並|却|卻|只|仅|僅|早已|已经|已經|曾经|"
        r"热烈|熱烈|继续|繼續|续|續|仍然|仍|经常|經常|常常|时常|時常|往往|总是|總是|连忙|連忙|赶紧|趕緊|齐声|齊聲|一起|一同|频频|頻頻|高分贝|高分貝|"
        r"曾經|一直|始终|始終|再次|进一步|進一步|明确|明確|公开|公開|直接|随后|隨後|此前|之前|"
        r"日前|近日|当天|當天|当日|當日|今天|昨天|今日|昨日|早前|先前|同时|同時|首先|最后|"
        r"最後|接着|接著|对此|對此|就此|亲自|親自|特别|特別|一再|多次|反复|反覆|不断|不斷|"
        r"最终|最終|率先|甚至|当时|當時|随即|隨即|坦率地|直率地|笑着|笑著|激动地|激動地|"
        r"不久前|稍早|稍后|稍後|会后|會後|赛后|賽後|会前|會前|赛前|賽前|事后|事後|庭后|庭後|"
        r"当晚|當晚|昨晚|今晨|当场|當場|普遍|纷纷|紛紛|看后|看後|听后|聽後|读后|讀後|阅后|閱後|"
        r"听完|聽完|看完|读完|讀完|说完|說完|看了|听了|聽了|读了|讀了|"
        r"笑|轻声|輕聲|小声|小聲|大声|大聲|低声|低聲|在|举例|舉例|打比方|匿名|私下|"
        # how a body came to its view: 二审法院审理认为, 调查后指出
        r"(?:经|經)?(?:审理|審理|审查|審查|调查|調查|研究|评估|評估|讨论|討論|核实|核實))",
        r"(?:回应|回應|答复|答覆|回复|回覆|回答)[^，。；：]{0,12}?(?:时|時)",
        # a time: 上月, 今年, 上週 (李华强上月曾表示)
        r"(?:上|本|今|去|前|下|同|当|當)(?:个|個)?(?:月|年|周|週|星期)(?:初|底|中|末)?",
        # doing two things at once: 吳秀蘭一邊整理書架一邊說, 陈永福一边称秤，一边对记者说
        r"(?:一)?[边邊][^，。；：]{1,12}?(?:一)?[边邊]",
        r"一[边邊面]",
        # turning to someone: 又转向各部门负责人(说)
        r"(?:转身|轉身|转头|轉頭|回头|回頭|转|轉|回)",
        # manner with 有: 有默契地, 有礼貌地
        r"有[^，。；：]{1,4}地",
        # as soon as: 一上台表示, 一见面就说
        r"(?<![周週第星])一(?:上|下|进|進|到|回|出|见|見|听|聽|看|开|開|落|抵)[^，。；：一]{0,3}?(?:就)?",
        # the manner of saying, a verb with 着: 她红着眼眶说, 韦伯指着窗外的风车说
        # (not 著名, 顯著; nor a noun phrase for a person: 穿着制服的警员)
        f"[{_HAN}](?<![显顯土])[着著](?![名作称稱])[^，。；：的{_OPENERS}]{{0,10}}(?<![者员員人师師家工民手生士族亲親母父妈媽爸女男子儿兒婆伯叔姨姐哥弟妹嫂友客长長])",
        # issuing a text: 大使馆当天也发表声明称
        r"(?:发表|發表|发布|發布|发出|發出)(?:了)?(?:声明|聲明|谈话|談話|讲话|講話|文章|公告|新闻稿|新聞稿|报告|報告)",
        r"(?:\d{1,4}[年月日号號](?:早上|上午|中午|下午|傍晚|晚上|晚间|晚間|深夜|凌晨|早|晚|晨|夜)?|"
        r"上午|下午|晚间|晚間|晚上|早上|凌晨|中午|傍晚|当地时间|"
        r"當地時間|(?:上|本|这|這)?(?:周|週|星期)[一二三四五六日天末])",
        r"(?:发文|發文|撰文|发帖|發帖|发推|發推|致辞|致辭|发言|發言|演讲|演講|讲话|講話|致函|"
        r"写信|寫信|留言|发声|發聲|受访|受訪|评论|評論|回复|回覆)(?:时|時|中)?",
        r"在[^，。；：]{0,40}?(?:时|時|中|上|后|後|前|期间|期間|之际|之際|里|裏|裡|内|內)",
        r"在[^，。；：的]{1,12}",
        r"[于於][^，。；：]{0,30}?(?:时|時|中|上|后|後|期间|期間)",
        r"(?:接受|接收)[^，。；：]{0,40}?(?:采访|採訪|专访|專訪|访问|訪問|询问|詢問|提问|提問)(?:时|時)?",
        r"(?:当|當|在)?被(?:问|問)(?:到|及)?[^，。；]{0,60}?(?:时|時|后|後)",
        r"(?:对|對|向|跟|给|給)[^，。；：]{0,25}?(?:记者|記者|媒体|媒體|社|台|报|報|网|網|"
        r"之声|之聲|电视|電視|网站|網站|外界|议员|議員|听众|聽眾|观众|觀眾|民众|民眾|员工|員工|"
        r"学生|學生|支持者|[A-Za-z]+|[者人们們])",
        r"(?:通过|通過|透过|透過|经由|經由)[^，。；：]{0,25}",
        # after or while doing something, and how: 试戴后, 致詞時, 无奈地 (two
        # characters exactly, so that 陈浩看后 keeps its 浩; 看后 is listed above;
        # last, after the longer 在…時 and 接受…訪問時)
        f"[{_HAN}]{{2}}(?:后|後|时|時|地)",
    )
)
_TRAILING_VERB_RE = re.compile(f"(?:{SPEECH_VERB_RE.pattern})+$")
_LEADING_RE = re.compile(
    r"^(?:[（(][^）)]*[）)]|而|但是|但|并且|並且|并|並|且|亦|也|另|同时|同時|另外|此外|不过|不過|"
    r"然而|其中|对此|對此|据悉|據悉|随后|隨後|最后|最後|目前|如今|当地时间|當地時間|赛后|賽後|"
    r"会后|會後|事后|事後|稍后|稍後|当天|當天|当晚|當晚|随即|隨即|接着|接著|"
    r"(?:一旁|身旁|旁边|旁邊)的?|"
    r"\d{1,4}[年月日号號])\s*"
)
_LEADING_QUOTE_RE = re.compile(f"^[{_OPENERS}]{MASK}*[{_CLOSERS}]")
# a role and a quoted handle or nickname: 知名科技博主“数码老黄”
_NICKNAME_RE = re.compile(f"(?:{ROLE_RE.pattern})(?P<mark>[{_OPENERS}]){MASK}+[{_CLOSERS}]$")
# a name met in passing, after punctuation, 的 or a noun for a person (第五棒林冠廷,
# 退休教师吴桂兰, 漁民潘金龍, 55岁的程建国): a surname and two common given-name characters
# (小 and one too: 王小兰), or one when narration follows (陈明参加了会议)
_GIVEN_CLASS = "".join(sorted(_COMMON_GIVEN_CHARS))
_PASSING_NAME_RE = re.compile(
    f"(?:(?<![{_HAN}])|(?<=[{''.join(sorted(_PERSON_WORD_ENDS | set('的长長官棒')))}]))[{_SURNAME_CLASS}]"
    f"(?:[{_GIVEN_CLASS}]{{2}}|小[{_GIVEN_CLASS}]|[{_GIVEN_CLASS}](?=[{''.join(sorted(_NAME_ENDERS - set('的是')))}]))"
)
_BRACKET_RE = re.compile(r"[（(][^（）()]*[）)]")
_BRACKET_END_RE = re.compile(r"[（(]([^（）()]*)[）)]$")
_LATIN_WORD = r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ.'’\-]*"
_LATIN_NAME_END_RE = re.compile(f"{_LATIN_WORD}(?: {_LATIN_WORD})+$")
# a Latin name right after a title: 合伙人 Larry Li, 总监 Anthony Annunziata
_TITLED_LATIN_NAME_RE = re.compile(f"(?:{ROLE_RE.pattern}) ?(?P<name>{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}})")
_GIVEN_LATIN_NAME_RE = re.compile(
    f"(?:(?:{ROLE_RE.pattern})|[{''.join(sorted(_PERSON_WORD_ENDS))}」”』]) ?"
    f"(?P<name>[A-Z][a-z]{{2,12}})(?=[{_HAN}，,：:])"
)
_DOTTED_NAME_RE = re.compile(f"[{_HAN}]+(?:[{_DOT}][{_HAN}]+)+")
_DOTTED_NAME_END_RE = re.compile(_DOTTED_NAME_RE.pattern + "$")
# a coverb glued before a dotted name: 在马克-威廉姆斯晋级后, 与埃马纽埃尔·马克龙
_LEADING_COVERB_RE = re.compile("^(?:在|据|據|与|與|和|对|對|向|被|让|讓|把|给|給|跟|同|从|從|由|当|當)(?=[^" + _DOT + "]{2})")
_NAME_WITH_LATIN_RE = re.compile(f"[{_HAN}]{{2,8}}[（(][A-Z][A-Za-z .'’\\-]*[）)]")
_HAN_RUN_RE = re.compile(f"[{_HAN}]+")
# one turn of an interview: a short name, a colon, and words that end a sentence
# a headline or subhead with someone's words: [lead，]Who：words, short, with no
# quote marks and no full stop
_HEADING_WORDS_RE = re.compile(
    r"[ \u3000]*(?:[^\n：:" + _OPENERS + _CLOSERS + r"]{0,24}[，, \u3000])?"
    r"(?P<who>[^\s，,。：:；;！？!?" + _OPENERS + _CLOSERS + r"、]{1,10})[：:][ \u3000]*"
    r"(?P<words>[^\s：:。" + _OPENERS + _CLOSERS + r"][^\n：:。" + _OPENERS + _CLOSERS + r"]{1,30}?)[ \u3000]*$"
)
# what a colon follows in bylines, captions and lists rather than a speaker
_LABEL_WORDS = frozenset(
    "记者 記者 编辑 編輯 责编 責編 文 图 圖 摄影 攝影 来源 來源 作者 撰文 校对 校對 时间 時間 日期 地点 地點 "
    "电话 電話 地址 网址 網址 注 備註 备注 题 題 问 問 答 Q A 主题 主題 标题 標題 图片 圖片 视频 視頻 延伸阅读 "
    "延伸閱讀 相关新闻 相關新聞 附 导语 導語 提示 原文 译者 譯者 出品 监制 監製 策划 策劃 主持".split()
)
_TURN_RE = re.compile(
    r"[ \u3000]*(?P<who>[^\s，,。：:；;！？!?" + _OPENERS + _CLOSERS + r"、]{1,12}"
    # a name and a role side by side, as transcripts write them: 记者 陶静：, 孙翔 外卖小哥：
    r"(?:[ \u3000][^\s，,。：:；;！？!?" + _OPENERS + _CLOSERS + r"、]{1,8})?)[：:][ \u3000]*"
    # words that may open with a quoted term, but are no quote alone: “战略伙伴关系”和“全面”这样的词汇…
    r"(?P<words>(?:[" + _OPENERS + r"][^\n" + _CLOSERS + r"]{1,20}[" + _CLOSERS + r"](?=[和与與及、是这這的]))?"
    r"[^" + _OPENERS + r"\s][^\n]*?[。！？!?…][" + _CLOSERS + r"]*)[ \u3000]*$"
)
# words that link a clause to the one before: 不過, 但, 而
_OPENING_LINK_RE = re.compile("(?:不过|不過|但是|但|而且|而|另外|此外|甚至|同时|同時)?(?:也|亦|还|還|更)?")
# what a line of facts about someone opens with, which is no turn: 人物档案：
_PROFILE_ENDS = ("档案", "檔案", "简介", "簡介", "简历", "簡歷", "背景", "链接", "鏈接", "連結")


# ================================================================ finding marks


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One pair of quotation marks: ``text[start:end]`` is inside them.

    ``after`` is the first index after the closing mark, or ``end`` when the
    quote never closes and was cut at its sentence or paragraph.
    """

    open_pos: int
    start: int
    end: int
    after: int


class _Lines:
    """Line (block) boundaries of a text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._ends = [start - 1 for start in self._starts[1:]] + [len(text)]

    def start_of(self, pos: int) -> int:
        return self._starts[bisect.bisect_right(self._starts, pos) - 1]

    def end_of(self, pos: int) -> int:
        return self._ends[bisect.bisect_right(self._starts, pos) - 1]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost pair of quotation marks in ``text``, unbalanced marks repaired.

    Quotes nested inside a quote stay part of it.  A quote that does not close
    on its line continues onto the next lines only if they close it before a
    new quote of its kind opens; otherwise it ends at its paragraph (when it
    opens the paragraph) or at its first sentence end, and scanning resumes
    there, so it never swallows the next quote.
    """
    lines = _Lines(text)
    spans: list[QuoteSpan] = []
    pos = 0
    while pos < len(text):
        if text[pos] in OPEN_TO_CLOSE:
            span = _match_quote(text, pos, lines)
            if span.end > span.start:
                spans.append(span)
            pos = max(span.after, pos + 1)
        else:
            pos += 1
    return spans


def _match_quote(text: str, open_pos: int, lines: _Lines) -> QuoteSpan:
    close_pos = _find_close(text, open_pos, min(lines.end_of(open_pos), open_pos + MAX_QUOTE_CHARS))
    if close_pos is None:
        close_pos = _find_close_on_later_lines(text, open_pos, lines)
    if close_pos is not None:
        return QuoteSpan(open_pos, open_pos + 1, close_pos, close_pos + 1)
    line_start, line_end = lines.start_of(open_pos), lines.end_of(open_pos)
    if open_pos == line_start or (
        _opens_utterance(text, open_pos, line_start) and text.find(text[open_pos], open_pos + 1, line_end) < 0
    ):
        # Words set off as a whole utterance, with nothing quoted after them in
        # the paragraph, run to the paragraph's end, every sentence and nested
        # quote included (说：“我的孙子来过暑假……。他说奶奶家‘有鬼在叫’。⏎); a
        # quote over paragraphs reopens each one and closes only the last.  A
        # phrase quoted inside the narrator's clause (融资“相当于…。) ends with
        # its sentence, where the narration takes over again.
        end = line_end
    else:
        end = _sentence_end(text, open_pos, line_end)
    return QuoteSpan(open_pos, open_pos + 1, end, end)


def _opens_utterance(text: str, open_pos: int, line_start: int) -> bool:
    """Whether the mark opens words set off from the narration: after a colon,
    a comma or a sentence's end (说：“…, 他说，“…), not inside a clause."""
    before = text[line_start:open_pos].rstrip(" \u3000")
    return not before or before[-1] in CLAUSE_BREAK


def _find_close(text: str, open_pos: int, limit: int) -> int | None:
    """Index of the mark closing ``text[open_pos]`` before ``limit``, nesting allowed."""
    stack = [text[open_pos]]
    for i in range(open_pos + 1, limit):
        ch = text[i]
        if ch in CLOSE_TO_OPEN and CLOSE_TO_OPEN[ch] in stack:
            while stack.pop() != CLOSE_TO_OPEN[ch]:
                pass
            if not stack:
                return i
        elif ch in OPEN_TO_CLOSE:
            stack.append(ch)
    return None


def _find_close_on_later_lines(text: str, open_pos: int, lines: _Lines, max_lines: int = 3) -> int | None:
    """A closing mark on one of the next lines, met before a new quote of that kind opens."""
    opener = text[open_pos]
    closer = OPEN_TO_CLOSE[opener]
    line_start = lines.end_of(open_pos) + 1
    limit = open_pos + MAX_QUOTE_CHARS
    for _ in range(max_lines):
        if line_start >= min(len(text), limit):
            return None
        line_end = min(lines.end_of(line_start), limit)
        depth = 0
        for i in range(line_start, line_end):
            ch = text[i]
            if ch == opener:
                return None
            if ch in OPEN_TO_CLOSE:
                depth += 1
            elif ch in CLOSE_TO_OPEN and depth:
                depth -= 1
            elif ch == closer:
                return i
        line_start = line_end + 1
    return None


def _sentence_end(text: str, open_pos: int, line_end: int) -> int:
    """Where an unclosed quote ends: after its first sentence, or before the next quote of its kind."""
    opener = text[open_pos]
    for i in range(open_pos + 1, line_end):
        if text[i] in SENTENCE_END:
            return i + 1
        if text[i] == opener:
            return i
    return line_end


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """The narration: ``text`` with every quote's words replaced by ``MASK``."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = MASK
    return "".join(chars)


# ================================================================ names


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str  # "" when only a role is given (一位企业高管)
    role: str
    is_person: bool  # False for media, bodies, documents: 美联社, 白宫, 声明


@functools.lru_cache(maxsize=8192)  # the same subject phrase is read for names, roles and pronouns
def _strip_adverbials(phrase: str) -> str:
    """Drop what stands between a name and its verb: 10日, 在演讲中, 对记者, 还, 回應(說) ..."""
    phrase = phrase.strip()
    changed = True
    while changed and phrase:  # the patterns in order, from the first after each cut:
        changed = False  # 楊振邦會後 loses 會後, not 邦會後
        for pattern in (*_ADVERBIAL_RES, _TRAILING_VERB_RE, _LEADING_RE):
            stripped = pattern.sub("", phrase).strip()
            if stripped != phrase:
                phrase, changed = stripped, True
                break
    return phrase.strip(" 、的")


def _is_person_name(name: str, *, vouched: bool) -> bool:
    """Whether a run of Han characters reads as a person's name.

    ``vouched`` names came with a role word, a middle dot, a Latin name in
    brackets or an earlier such mention; others must start with a common surname.
    """
    if not name or MASK in name or name in PRONOUNS or name in _NON_PERSON_WORDS:
        return False
    if name[0] in "一二两兩三四五六七八九十几幾数數每各某该該此这這那有":  # 有投资者
        return False
    if SPEECH_VERB_RE.search(name):
        return False
    if any(dot in name for dot in _DOT):
        return all(_HAN_RUN_RE.fullmatch(part) for part in re.split(f"[{_DOT}]", name))
    if _HONORIFIC_NAME_RE.fullmatch(name) or _FAMILIAR_NAME_RE.fullmatch(name):
        return True
    if not _HAN_RUN_RE.fullmatch(name) or not 2 <= len(name) <= 5:
        return False
    if name.endswith(_NON_PERSON_SUFFIXES) or _NOT_IN_NAME_RE.search(name[1:]):
        return False
    surname = 2 if name[:2] in _COMPOUND_SURNAMES else 1
    if len(name) > surname + 2 and name[-1] in _GROUP_CHARS:
        return False  # a kind of people, not a name: 安溪茶农, 香港股民
    if name[-1] in _NON_PERSON_CHARS and not (
        (name[0] in _SURNAMES or vouched) and len(name) <= surname + 2 and name[-1] in _GIVEN_NAME_CHARS
    ):
        return False
    return vouched or (name[0] in _SURNAMES and len(name) <= 4)


def _has_name_shape(name: str) -> bool:
    """A Chinese name by its shape alone: a surname (compound ones included) and
    one or two characters common in given names that are no common verb, adverb
    or function word (李楠, 诸葛慧玲; not 高喊, 曾在问), or an honorific or familiar
    name (李教授, 老陈, 阿強, 陳伯)."""
    if _HONORIFIC_NAME_RE.fullmatch(name) or _FAMILIAR_NAME_RE.fullmatch(name) or _SURNAME_TITLE_RE.fullmatch(name):
        return True
    if len(name) == 2 and name[0] in "阿小老" and name[1] not in _NOT_GIVEN_CHARS:
        return True
    surname = 2 if name[:2] in _COMPOUND_SURNAMES else 1 if name[:1] in _SURNAMES else 0
    given = name[surname:]
    return bool(surname) and 1 <= len(given) <= 2 and all(ch in _GIVEN_INVENTORY for ch in given)


def _reads_as_given(given: str) -> bool:
    """Whether one or two characters read as a given name: one of them common
    in given names, neither a function word (连英, not 度关 nor 在说)."""
    return (
        1 <= len(given) <= 2
        and any(ch in _GIVEN_INVENTORY for ch in given)
        and not any(ch in _NOT_GIVEN_CHARS for ch in given)
    )


def _split_name(phrase: str, known: frozenset[str], *, guess_role: bool = True) -> _Speaker | None:
    """Split a subject phrase into role and name: 法國總統馬克龍 → (法國總統, 馬克龍).

    Returns None for an empty phrase, a speaker with ``is_person=False`` when
    the phrase names a body rather than a person, and the pronoun itself as the
    name when the phrase ends in one.  ``guess_role`` lets a Chinese name be
    found after a role word that is not in the list (國民黨立委吳思瑤).
    """
    vouched = False
    phrase = _cut_after_dotted_name(phrase)
    bracket = _BRACKET_END_RE.search(phrase)
    while bracket:  # 奥尔特曼（Sam Altman）, 馬克龍（右二）
        vouched = vouched or bool(re.search("[A-Za-z]", bracket.group(1)))
        phrase = phrase[: bracket.start()].rstrip()
        bracket = _BRACKET_END_RE.search(phrase)
    if not phrase:
        return None
    someone = _SOMEONE_RE.match(phrase)  # 有網友, also 有讀者在書店的專頁(留言)
    if someone and phrase[someone.end() : someone.end() + 1] in ("", *"在于於向对對用通透"):
        return _Speaker("", someone.group(), True)
    if _SOMEONE_DESCRIBED_RE.fullmatch(phrase):
        return _Speaker("", phrase, True)
    someone = _SOMEONE_RE.search(phrase)  # 他回憶參選當日曾有支持者(表示): the 有 introduces who speaks
    if someone and someone.end() == len(phrase) and phrase[someone.start() - 1 : someone.start()] in ("曾", "也", "还", "還", "更"):
        return _Speaker("", someone.group(), True)
    tail_start = max(phrase.rfind(sep) for sep in _TAIL_SEPARATORS) + 1
    tail = phrase[tail_start:]
    if tail in PRONOUNS:
        return _Speaker(tail, "", True)
    latin = _LATIN_NAME_END_RE.search(phrase)
    if latin and (latin.start() == 0 or not phrase[latin.start() - 1].isascii()):
        return _Speaker(latin.group(), _clean_role(phrase[: latin.start()]), True)
    dotted = _DOTTED_NAME_END_RE.search(phrase)
    if dotted and len(re.split(f"[{_DOT}]", dotted.group())[-1]) <= 6:  # not 石勒苏益格-荷尔斯泰因州环境局…报告
        name_start = _dotted_name_start(phrase)
        return _Speaker(phrase[name_start:], _clean_role(phrase[:name_start]), True)
    found = _name_in_tail(tail, known, vouched or bool(ROLE_RE.search(phrase[:tail_start])), guess_role)
    if found is None and _PERSON_CLASSIFIER_RE.search(phrase):
        return _Speaker("", _clean_role(phrase), True)  # 這名60多歲的阿伯, 公司一名工作人员
    if found is None:  # a body, without the word for its role: 主辦單位澳門電影協會
        body = _clean_role(phrase)
        if (body[-1:] in _GROUP_CHARS and body[-1:] not in "工商客") or body.endswith(("们", "們")):
            return _Speaker("", body, True)  # a kind of people: 安溪茶农, 散户股民, 工友们
        bare = _BODY_ROLE_RE.sub("", body)
        return _Speaker(bare if len(bare) >= 2 else body, "", False)
    start, end = found[:2]
    role = phrase[: tail_start + start] + (tail[end:] if len(found) == 2 else "")
    return _Speaker(tail[start:end], _clean_role(role), True)


def _chinese_name_size(run: str, known: frozenset[str]) -> int:
    """How long the Chinese name opening ``run`` is, when narration is glued after it.

    A Chinese name is a surname and one or two given characters (a compound
    surname and one or two), so a longer run that opens with a surname has
    narration after the name: a time word, an adverb, a preposition, a verb
    (杨桂英回忆, 林文健昨日, 韩立对财新).  The name is three characters unless the
    third starts the narration and the fourth does not (韩立对财新, 陈明参加).
    0 when ``run`` is no such run, is known as a name, or is short enough to be one.
    """
    if not _HAN_RUN_RE.fullmatch(run) or run in known:
        return 0
    for name in known:  # a name the text gives elsewhere: 潘威廉今年
        if len(name) >= 2 and run.startswith(name) and _HAN_RUN_RE.fullmatch(name):
            return len(name)
    surname = 2 if run[:2] in _COMPOUND_SURNAMES else 1 if run[0] in _SURNAMES else 0
    if not surname or len(run) <= surname + 2:
        return 0
    if surname == 1 and _ends_name(run[2:]) and not _ends_name(run[3:]):
        return 2
    return surname + 2


def _name_in_tail(
    tail: str, known: frozenset[str], vouched: bool, guess_role: bool
) -> tuple[int, int] | tuple[int, int, bool] | None:
    """Where the name is in the last part of a subject phrase; an empty span for a role alone.

    A third item, False, says that what follows the name is narration, not part of its role.
    """
    honorific = _HONORIFIC_NAME_RE.search(tail)
    familiar = _FAMILIAR_NAME_RE.search(tail, max(0, len(tail) - 3))
    for match in (honorific, familiar):
        if match and match.end() == len(tail):
            if match.start() == 0 or ROLE_RE.search(tail[: match.start()]):
                return match.start(), len(tail)  # 张教授, 消费者王女士
            if tail[match.start() - 1] in _PERSON_WORD_ENDS:
                return match.start(), len(tail)  # 志愿者小周
    if honorific and honorific.start() == 0 and honorific.end() < len(tail):
        rest = tail[honorific.end() :]  # 陈阿婆坐(在折叠床上): the honorific ends the name
        if not ROLE_RE.search(rest) and rest[-1] not in _PERSON_WORD_ENDS:
            return 0, honorific.end(), False
    roles = list(ROLE_RE.finditer(tail))
    if roles and roles[-1].end() == len(tail):
        # 习近平主席, 王毅外长: the name before the title
        head = _name_before_title(tail[: roles[-1].start()], known)
        if _is_person_name(head, vouched=head in known) and not _SURNAME_TITLE_RE.fullmatch(tail):
            return 0, len(head)
        if _SURNAME_TITLE_RE.fullmatch(tail):
            return 0, len(tail)  # 王副部长: a surname and a title, someone named before
        inner = [m for m in ROLE_RE.finditer(head) if m.end() < len(head)]
        if inner:  # a name between two titles: 麻醉科主管鄧國華醫生, 主席霍振邦資深大律師
            name = _name_before_title(head[inner[-1].end() :], known)
            if _is_person_name(name, vouched=False):
                return inner[-1].end(), inner[-1].end() + len(name)
        return len(tail), len(tail)  # 一家空调企业的销售总监
    start = roles[-1].end() if roles else 0  # 法國總統馬克龍: the name after the title
    candidate = tail[start:]
    for i in range(2, len(candidate) - 1):  # a word for a person, then a name: 预报员周敏, 義工司徒嘉欣
        name = candidate[i:]
        surname = 2 if name[:2] in _COMPOUND_SURNAMES else 1 if name[0] in _SURNAMES else 0
        if candidate[i - 1] in _PERSON_WORD_ENDS and surname and len(name) <= surname + 2 and (
            _is_person_name(name, vouched=True) and not _NOT_IN_NAME_RE.search(name)
        ):
            return start + i, len(tail)
    size = _chinese_name_size(candidate, known)
    if size and (roles or vouched or candidate[:size] in known) and _is_person_name(candidate[:size], vouched=True):
        rest = candidate[size:]
        if not _ends_name(rest) and (rest[-1] in _PERSON_WORD_ENDS or ROLE_RE.search(rest)):
            return None  # the name is a possessor: 謝文彬支持者 is someone's supporter
        return start, start + size, False  # 村民杨桂英回忆, 總監林文健昨日, 秘书长韩立对财新
    # a word for people vouches for a name, not for a verb after it (消费者晒图)
    titled = bool(roles) and (roles[-1].group() not in _PEOPLE_NOUNS or candidate[:1] not in _VERB_START_CHARS)
    if _is_person_name(candidate, vouched=titled or vouched or tail in known):
        return start, len(tail)
    for name in sorted(known, key=len, reverse=True):  # 國民黨立委吳思瑤 when 吳思瑤 is known
        if tail.endswith(name) and len(name) < len(tail):
            return len(tail) - len(name), len(tail)
    for size in (3, 2) if guess_role else ():  # an unlisted role before a Chinese name
        prefix = tail[start:-size]
        name = tail[-size:]
        if len(prefix) >= 2 and _HAN_RUN_RE.fullmatch(prefix) and _is_person_name(name, vouched=False):
            if any(ch in _COMMON_GIVEN_CHARS for ch in name[1:]):  # not 企業高層, 公司高位
                return len(tail) - size, len(tail)
    return None


def _name_before_title(head: str, known: frozenset[str]) -> str:
    """The name in what stands before a title, without the start of a longer
    title: 張銘哲獸(醫師) is 張銘哲 — a Chinese name is a surname and at most two
    characters, and a character rare in given names past them is the title's."""
    surname = 2 if head[:2] in _COMPOUND_SURNAMES else 1 if head[:1] in _SURNAMES else 0
    if not surname or len(head) <= surname + 2 or head in known or not _HAN_RUN_RE.fullmatch(head):
        return head
    if all(ch in _COMMON_GIVEN_CHARS for ch in head[surname + 2 :]):
        return head  # a longer transliterated name: 罗伯特森
    return head[: surname + 2]


def _dotted_name_start(phrase: str) -> int:
    """Where a dotted name at the end of ``phrase`` starts, after any role glued to it."""
    dotted = _DOTTED_NAME_END_RE.search(phrase)
    assert dotted is not None
    first_dot = min(dotted.group().find(dot) for dot in _DOT if dot in dotted.group())
    first_part = dotted.group()[:first_dot]
    cut = 0
    for match in ROLE_RE.finditer(first_part):
        cut = match.end()
    cut = max(cut, first_part.rfind("的") + 1, first_part.rfind("、") + 1)
    # a word for a person glued on: 音樂人強尼•史都華, 慈善家大衛•寇克
    ends = [i for i in range(cut + 2, len(first_part)) if first_part[i - 2 : i] in _PERSON_WORD_SUFFIXES]
    if ends:
        cut = ends[-1]
    return dotted.start() + cut


def _clean_role(role: str) -> str:
    """A role or body name without joining particles or a quoted term in front of it."""
    return _LEADING_QUOTE_RE.sub("", role.strip(" 的、")).strip(" 的、")


def _is_body(name: str) -> bool:
    """Whether a phrase names a medium, body, place or document: 外交部, 《纽约时报》, 白宫."""
    return bool(name) and (
        name in _BODY_WORDS
        or name.endswith(_NON_PERSON_SUFFIXES + ("》",))
        or name[-1] in _NON_PERSON_CHARS
    )


def _is_document(name: str) -> bool:
    """Whether a phrase names a text rather than a body that speaks: 闭幕式声明, BBC的报道, 《纽约时报》."""
    return name.endswith(_DOCUMENT_SUFFIXES)


def _runs_on(after: str) -> bool:
    """Whether the narration right after a quote continues its clause: “新视野网”称, “躺平”一词.

    A final particle that ends the clause does not: 房价又要“坐不住”了。
    """
    if not after or not (after[0].isalnum() or after[0] in OPEN_TO_CLOSE):
        return False
    return not (after[0] in "了啦" and after[1:2] in ("", *CLAUSE_BREAK))


def _speaks_for_itself(speaker: _Speaker) -> bool:
    """Whether a speaker's short phrase is their own words: a person or a party, not a body.

    Bodies and documents (美國認為, 声明说) put labels in quotation marks, not words.
    """
    return speaker.is_person or speaker.name in _PARTY_WORDS


def _ends_name(rest: str) -> bool:
    """Whether the text after a candidate name starts narration rather than more name.

    A character that only starts a speech verb starts narration when the verb
    is there: 蘇志強的 and 林志強表示 both keep 強."""
    if not rest or (rest[:2] in _NARRATION_WORDS and rest[2:3] != "人") or rest[:3] in _NARRATION_WORDS:
        return True  # 卓玛负责接待, not 投资者关系负责人
    if rest[0] in _VERB_INITIAL_ENDERS:
        return bool(SPEECH_VERB_RE.match(rest))
    return rest[0] in _NAME_ENDERS or bool(SPEECH_VERB_RE.match(rest))


# ---------------------------------------------------------------- who may speak

# words that open a subject phrase without being part of a name: 但她, 而他, 也有
_LEADING_WORD_RE = re.compile(
    "^(?:虽然|雖然|尽管|儘管|即使|如果|因为|因為|所以|不过|不過|但是|但|而|则|則|也|亦|并|並|且|还|還|却|卻|另)+"
)
# a pronoun opening a subject phrase with narration after it (not 他的, 他人)
_PRONOUN_SUBJECT_RE = re.compile("^(?<!其)[他她](?:们|們)?(?=[^的人们們])")
# coverbs and manner words that start narration inside a subject phrase:
# 他用帶山東口音的廣東話, 县卫生健康局在给澎湃新闻的书面回复中, 向记者
_NARRATION_START_RE = re.compile("[在向对對用给給跟从從把被于於]")
# a coverb that is also a surname, before a word for people: 向记者 is "to the reporter"
# a pronoun and the one it speaks to: 他对护士长罗梅, 她向丈夫
_ADDRESSING_RE = re.compile("^(?P<who>[他她](?:们|們)?)(?:对|對|向|跟|给|給|同)[^，。；：]+$")
_COVERB_AND_PEOPLE_RE = re.compile("^[向于於对對][记記]者|^[向于於对對](?:媒体|媒體|本报|本報)")
# characters of transliterated foreign names (阿南德, 桑托斯, 扎克伯格), which
# have no surname to recognise them by
_TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱愛安昂奥奧巴贝貝本比彼毕畢波伯博布查达達戴丹德迪蒂丁东東杜顿頓多厄恩尔爾法凡菲费費"
    "芬丰豐夫弗福富盖蓋甘冈岡戈格古哈海汉漢豪赫亨胡华華霍吉基加贾賈杰傑金卡凯凱坎康考柯科克肯库庫"
    "拉莱萊赖賴兰蘭朗劳勞勒雷蕾里利莉丽麗连連林琳卢盧鲁魯路伦倫罗羅洛马馬玛瑪迈邁麦麥曼梅门門蒙米"
    "密姆莫墨默穆纳納娜奈南内內尼涅宁寧纽紐努诺諾欧歐帕潘佩彭皮普齐齊奇乔喬切琼瓊丘萨薩塞赛賽桑瑟"
    "森沙莎尚舍施史舒斯松苏蘇索塔泰坦汤湯唐特提通图圖托瓦万萬旺威韦韋维維温溫沃乌烏西希锡錫席夏谢"
    "謝辛休雅亚亞扬揚耶伊依因英尤约約泽澤扎詹哲朱兹茲佐柴瑙廉"
)
# what a body is called by its last word: 该局, 該校, 该公司, 本台
_ORG_HEADS = (
    "委员会", "委員會", "办公室", "辦公室", "公司", "集团", "集團", "大学", "大學", "学院", "學院",
    "中学", "中學", "小学", "小學", "学校", "學校", "中心", "政府", "当局", "當局", "法院", "银行",
    "銀行", "机构", "機構", "组织", "組織", "协会", "協會", "联盟", "聯盟", "医院", "醫院",
    "局", "部", "院", "署", "厅", "廳", "处", "處", "所", "会", "會", "委", "校", "台", "社", "厂", "廠", "馆", "館", "团", "團", "行",
)
_ORG_HEAD_RE = re.compile("|".join(_ORG_HEADS))
# what follows a one-character head that starts a word with it (委屈, 会议, 部分, 所以)
_HEAD_IN_A_WORD = frozenset("屈托员員议議上后後分子以有业業为為会會湾灣面长長门門")
_SCHOOL_HEADS = ("大学", "大學", "学院", "學院", "中学", "中學", "小学", "小學", "学校", "學校", "校")
# 该局, 該校, 这家公司: a body named before
_ORG_ANAPHOR_RE = re.compile("^(?:该|該|此|这|這|本)(?:家|间|間|所|个|個)?(?P<head>分?(?:" + "|".join(_ORG_HEADS) + "))$")
_ORG_ANAPHOR_IN_RE = re.compile(_ORG_ANAPHOR_RE.pattern.strip("^$"))
# a party word for a body named before: 校方 is the school, 院方 the hospital or college
_PARTY_HEADS = {
    "校方": _SCHOOL_HEADS,
    "院方": ("医院", "醫院", "学院", "學院"),
}
# a document: it speaks for the body that issued it (委員會發表報告 … 報告寫道)
_DOCUMENT_NAME_RE = re.compile(
    "^(?:该|該|此|这|這|一|本)?(?:份|篇|项|項)?"  # 该, 这份, 一份
    f"(?:[{_HAN}]{{0,4}}?)(?P<doc>报告|報告|声明|聲明|"  # 调查, 书面, 调研
    "判决书|判決書|裁决书|裁決書|公告|通报|通報|新闻稿|新聞稿|文告|文件|回复|回覆|函件)$"
)
_ISSUING_VERB_RE = re.compile("发表|發表|发布|發布|公布|发出|發出|提交|出具|作出|做出|的|之")
# what stands before a body's name in a run: its role (營運商港島渡輪有限公司)
_ORG_ROLE_RE = re.compile(
    f"^(?:根据|根據|据|據|由|经|經|对|對|向|与|與|和|跟|及|并|並|但|而|则|則|也|亦|且|还|還|让|讓|被|把)*"
    f"(?:{_TRADE_ROLE}|[{_HAN}]{{1,3}}商|涉事|涉案|母公司|子公司)?"
)
# a body's name runs over hyphens between Han characters: 石勒苏益格-荷尔斯泰因州环境局
_BODY_RUN_RE = re.compile(f"[{_HAN}]+(?:[-‐–][{_HAN}]+)*")
# a verb's aspect before a body's name ends the narration, not part of the name: 通知了漁農自然護理署
_BEFORE_BODY_CUT = ("的", "了", "过", "過")
# what a body's full name has after a short form of it (寶麗|院線有限公司,
# 中華郵政|公司): a few characters of a name, no narration (宣布成立新公司),
# ending in a body's word of two characters or more
_BODY_NAME_REST_RE = re.compile(
    f"(?:(?![{''.join(sorted(_NOT_GIVEN_CHARS))}昨今明日天年月新成立])[{_HAN}]){{0,4}}"
    f"(?:有限)?(?:{'|'.join(head for head in _ORG_HEADS if len(head) > 1)})"
)
# what a body's full name has before a short form of it: a body or a place (佛山市生态环境局|南海分局)
_PARENT_END_RE = re.compile(f"(?:{'|'.join(_ORG_HEADS)}|[市省县縣区區州镇鎮])$")


def _reads_as_person(name: str, known: frozenset[str]) -> bool:
    """Whether a speaker's name has the shape of a person's name.

    A Chinese name (a surname, compound ones included, and one or two
    characters), an honorific or familiar name (李教授, 老陈, 何姨), a dotted or
    Latin name, a transliterated name, or a name the text gives elsewhere.  A
    phrase with narration in it (但她, 向记者, 他用…的廣東話) or a bare word
    (事故) is none of these.
    """
    if not name or name in PRONOUNS or name.isascii():
        return True
    if any(dot in name for dot in _DOT):
        return all(re.fullmatch(f"[{_HAN}\\-]+", part) for part in re.split(f"[{_DOT}]", name))
    if not _HAN_RUN_RE.fullmatch(name) or _has_narration(name):
        return False
    if _has_name_shape(name):
        return True
    if ROLE_RE.search(name) or _NOT_IN_NAME_RE.search(name[1:]) or any(ch in _NOT_GIVEN_CHARS for ch in name[1:]):
        return False
    if name in known:
        return True
    return 2 <= len(name) <= 6 and all(ch in _TRANSLITERATION_CHARS for ch in name)


def _has_narration(name: str) -> bool:
    """Whether a would-be name holds narration: 但她, 向记者, 家住河涌边的街坊何姨, 他用帶…, 经常."""
    return bool(
        "的" in name
        or _COVERB_AND_PEOPLE_RE.match(name)
        or _LEADING_WORD_RE.match(name)
        or (len(name) > 3 and _NARRATION_START_RE.search(name, 2))
        or name[:2] in _NARRATION_WORDS  # 经常(在外打工), 先发言
    )


def _is_bare_name(name: str) -> bool:
    """A short name standing alone as a verb's whole subject (普京说, 台電：),
    with no verb, adverb or function word in it (not 重要, 自己)."""
    return (
        2 <= len(name) <= 4
        and bool(_HAN_RUN_RE.fullmatch(name))
        and not any(ch in _NOT_GIVEN_CHARS for ch in name)
        and name not in _NON_PERSON_WORDS
    )


def _reads_as_body(name: str) -> bool:
    """Whether a body's name is a name, not a phrase with narration in it or a document."""
    if _DOCUMENT_NAME_RE.match(name) or _LEADING_WORD_RE.match(name) or re.search(r"[\d（）()，,]|的", name):
        return False
    return not re.search("在|给|給|向|用", name[2:])


_SURNAME_FAMILIAR_RE = re.compile(f"[小老][{_SURNAME_CLASS}]")


def _surname_of(name: str) -> str:
    if _SURNAME_FAMILIAR_RE.fullmatch(name):
        return name[1]
    return name[:2] if name[:2] in _COMPOUND_SURNAMES else name[:1]


def _is_short_form(name: str) -> bool:
    """A surname with an honorific or a title, or 小/老 before it, standing for
    a full name: 莫教授, 王副部长, 小祁."""
    return bool(
        _HONORIFIC_NAME_RE.fullmatch(name) or _SURNAME_TITLE_RE.fullmatch(name) or _SURNAME_FAMILIAR_RE.fullmatch(name)
    )


def _cut_after_dotted_name(phrase: str) -> str:
    """A dotted name (with its Latin name in brackets) followed by narration
    ends the subject: 总书记玛丽·勒布朗（Marie Leblanc）在巴黎的集会上对示威者."""
    last = None
    for match in _DOTTED_NAME_RE.finditer(phrase):
        last = match  # the last dotted name in the phrase
    if last is None:
        return phrase
    end = last.start() + len(_trim_name_end(last.group(), phrase[last.end() : last.end() + 2]))
    bracket = _BRACKET_RE.match(phrase, end)
    if bracket:
        end = bracket.end()
    rest = phrase[end:]
    if rest and (rest[0].isdigit() or (rest[0] in _NAME_ENDERS and rest[0] != "的")):
        return phrase[:end]
    return phrase


_LATIN_BRACKET_RE = re.compile(r"[（(][A-Za-z]")


def _last_part_forms(names: Iterable[str], separator: str, min_size: int = 1) -> dict[str, str]:
    """Each full name's last part, standing for it later (范德维尔德 for
    扬·范德维尔德, Annunziata for Anthony Annunziata); a part two names share
    stands for neither."""
    forms: dict[str, str] = {}
    for name in names:
        last = re.split(separator, name)[-1]
        if len(last) >= min_size:
            forms[last] = name if forms.get(last, name) == name else ""
    return {last: full for last, full in forms.items() if full}


def _trim_name_end(run: str, after: str = "") -> str:
    """Cut a dotted name's last part where narration starts: 亚瑟·门施表示 → 亚瑟·门施.

    A Latin name in brackets right ``after`` the run ends the name itself:
    诺阿兹曼·阿都拉（Noor Azman Abdullah） keeps its 都."""
    if _LATIN_BRACKET_RE.match(after):
        return run
    last_part = max(run.rfind(dot) for dot in _DOT) + 1
    for end in range(last_part + 1, len(run)):
        rest = run[end:]
        if rest and after[:1] in ("", "：", ":", *_OPENERS) and len(rest) <= 2 and not (
            SPEECH_VERB_RE.match(rest) or rest in _NARRATION_WORDS
        ):
            continue  # 強尼•史都華：, the name's own 都 before a colon
        if _ends_name(rest):
            return run[:end]
    if len(run) - last_part > 5:  # 马克-威廉姆斯晋级世锦赛决赛后: the name ends where its sounds do
        for end in range(last_part + 2, len(run)):
            if run[end] not in _TRANSLITERATION_CHARS:
                return run[:end]
    return run


def _block_speaker(line: str) -> _Speaker | None:
    """The speaker of a ``Title Name：`` line, or None if the line is something else."""
    if not line.endswith(("：", ":")) or len(line) > 50:
        return None
    phrase = line[:-1].strip()
    if not phrase or re.search(f"[，,。；;！？!?：:{_OPENERS}{_CLOSERS}]", phrase):
        return None
    speaker = _split_name(phrase, frozenset(), guess_role=False)
    if speaker is None or not speaker.is_person or not speaker.name:
        return None
    return speaker


def _is_term_like(inner: str) -> bool:
    """A short phrase with no punctuation and no clause in it: 「絆腳石」, “放松监管”."""
    if re.search("[，,。；;！？!?：:、…]", inner):
        return False
    units = len(re.findall(f"[{_HAN}]|[A-Za-z0-9]+", inner))
    return units <= 6 and not _CLAUSE_RE.search(inner)


def _names_a_thing(inner: str) -> bool:
    """A noun phrase naming a plan, law or event: 「獨立書店補助計畫」, “长江数字经济合作倡议”."""
    return (
        inner.endswith(_NAMED_THING_HEADS)
        and len(inner) <= 24
        and not re.search("[，,。；;！？!?：:…]", inner)
        and not _CLAUSE_RE.search(inner)
    )


def _is_manner_phrase(inner: str) -> bool:
    """Adverbs of manner, one or several: “坦诚地、面对面地”, 「毫不猶豫地」 — how
    someone said a thing should be done, never the name of a thing."""
    parts = re.split("[、，,]", inner)
    return all(2 <= len(part) <= 8 and part.endswith("地") and _HAN_RUN_RE.fullmatch(part) for part in parts)


def _is_sentence_like(inner: str) -> bool:
    """Quoted words that make a sentence of their own."""
    if re.search("[。！？!?…；;]", inner):
        return True
    if len(inner) >= 5 and re.search("我|咱|俺", inner):
        return True  # someone's own words: 「我也想知誰在搞」
    return bool(re.search("[，,]", inner)) and len(inner) >= 10


# ================================================================ the article


@dataclass(frozen=True, slots=True)
class _Mention:
    pos: int
    name: str
    role: str  # kept only for role-only mentions (卖场负责人告诉记者，…)
    is_subject: bool = True  # False for an object or a possessive: 感谢了大使吴恳, 黃博凱的調度


# words that tell a woman or a man, in a title or just before a name
_FEMALE_HONORIFICS = ("女士", "小姐", "太太", "婆婆", "阿婆", "奶奶", "阿姨", "大妈", "大媽", "大婶", "大嬸", "嫂", "姐", "姨")
_FEMALE_WORD_RE = re.compile("妻|太太|女儿|女兒|母亲|母親|妈妈|媽媽|女士|小姐|姐姐|妹妹|婆婆|奶奶|阿姨|女友|女朋友|女性")
_MALE_HONORIFICS = ("先生", "伯", "叔", "爷", "爺", "公", "男", "哥")
_MALE_WORD_RE = re.compile("丈夫|先生|儿子|兒子|父亲|父親|爸爸|哥哥|弟弟|爷爷|爺爺|男友|男朋友|男性")

# 他, 她们: a pronoun in the narration (not the 他 of 其他)
_PRONOUN_RE = re.compile("(?<!其)[他她](?:们|們)?")
# one that can be a clause's subject: not a possessive (他的, 他们的)
_SUBJECT_PRONOUN_RE = re.compile("(?<!其)(?:[他她][们們]|[他她](?![们們]))(?!的)")


def _inside_title(mention: _Mention, roles: list[tuple[int, int]]) -> bool:
    """A name-like run inside a title word (联合 in 联合创始人), not one ending
    with it (张教授) — ``roles`` are the title words' spans, in order."""
    end = mention.pos + len(mention.name)
    i = bisect.bisect_left(roles, (end,)) - 1
    return i >= 0 and roles[i][1] > mention.pos and roles[i][1] != end


class _People:
    """Mentions of people in reading order, to resolve pronouns and omitted subjects.

    Names the text vouches for count anywhere before; a name met only in
    passing (李盈莹拿下24分) counts only in its own paragraph.  A pronoun points
    to the last person who was the subject of a clause: a name that follows
    another person in its clause (王毅感谢了大使吴恳) is an object, and one
    followed by 的 (主帥黃博凱的調度) a possessive; within a paragraph those are
    passed over for the subject before them.
    """

    def __init__(
        self,
        masked: str,
        lines: _Lines,
        names: set[str],
        role_only: list[_Mention],
        speech_ends: list[int],
        quoted_sentence_ends: list[int],
    ) -> None:
        self._lines = lines
        found = []
        if names:  # longest first, so 托马斯·施密特 hides the 施密特 inside it
            alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
            found = [_Mention(m.start(), m.group(), "") for m in re.finditer(alternatives, masked)]
        covered = {pos for m in found for pos in range(m.pos, m.pos + len(m.name))}
        passing = [  # not inside a name found whole: 范德林 of 揚·范德林登
            _Mention(m.start(), m.group(), "")
            for m in _PASSING_NAME_RE.finditer(masked)
            if m.group() not in names and m.start() not in covered and _is_person_name(m.group(), vouched=False)
        ]
        roles = [m.span() for m in ROLE_RE.finditer(masked)]
        found = [m for m in found if not _inside_title(m, roles)]
        # people who may be the subject of a clause: names, role-only speakers and
        # pronouns, but not a possessive (王毅的, 他的)
        people = sorted(
            [(m.pos, m.pos + len(m.name)) for m in (*found, *role_only, *passing)]
            + [m.span() for m in _PRONOUN_RE.finditer(masked)]
        )
        people = [(start, end) for start, end in people if masked[end : end + 1] != "的"]
        starts = [start for start, _ in people]
        breaks = [m.start() for m in re.finditer(f"[{re.escape(CLAUSE_BREAK)}\n]", masked)]
        sentence_breaks = sorted(
            [m.start() for m in re.finditer(f"[{SENTENCE_END}\n]", masked)] + quoted_sentence_ends
        )

        def in_reported_speech(pos: int) -> bool:
            """After a speech verb in its sentence: 她提到，副主席安娜访华时… names
            someone the speaker talks about, not the subject a later 她 points to."""
            i = bisect.bisect_left(sentence_breaks, pos)
            sentence_start = sentence_breaks[i - 1] + 1 if i else 0
            j = bisect.bisect_right(speech_ends, pos)
            return j > 0 and speech_ends[j - 1] > sentence_start

        def with_role(mention: _Mention) -> _Mention:
            """A name after another person in its clause is an object; a title
            and name (辯方律師陳美玲) or a name met twice over is one person."""
            i = bisect.bisect_left(breaks, mention.pos)
            first = bisect.bisect_left(starts, breaks[i - 1] + 1 if i else 0)  # the clause's first person
            clause_start = breaks[i - 1] + 1 if i else 0
            after_someone = (first < len(people) and people[first][1] < mention.pos) or any(
                # someone unnamed before: 一名女子接近麦克唐纳 (not 女子王某, 女子的丈夫王某,
                # 她的邻居、55岁的程建国)
                noun.end() < mention.pos
                and not re.search("[的、，,]", masked[noun.end() : mention.pos])
                and not ROLE_RE.fullmatch(masked[noun.end() : mention.pos])  # 居民代表林苏
                for noun in _PEOPLE_NOUN_RE.finditer(masked, clause_start, mention.pos)
            )
            end = mention.pos + len(mention.name)
            is_subject = (
                not after_someone
                and masked[mention.pos - 1 : mention.pos] not in _OBJECT_MARKERS  # 該人與黃華安有糾紛
                and (not mention.name or masked[end : end + 1] not in ("的", "、", "等"))  # 包括古林睿煬、張育成等球員
                and not in_reported_speech(mention.pos)
            )
            return _Mention(mention.pos, mention.name, mention.role, is_subject)

        self._pronoun_openings = {
            m.start() for m in _PRONOUN_RE.finditer(masked) if m.start() == lines.start_of(m.start())
        }
        self._mentions = sorted((with_role(m) for m in (*found, *role_only)), key=lambda m: m.pos)
        self._positions = [m.pos for m in self._mentions]
        self._passing = [with_role(m) for m in passing]
        self._passing_positions = [m.pos for m in self._passing]
        self._female: set[str] = set()
        self._male: set[str] = set()
        transliterated = {re.split(f"[{_DOT}]", name)[-1] for name in names if any(dot in name for dot in _DOT)}
        for mention in (*self._mentions, *self._passing):
            context = masked[max(0, mention.pos - 4) : mention.pos] + mention.role
            chinese = (  # not 卡特琳·韦伯, nor 韦伯 standing for her
                len(mention.name) <= 4 and _HAN_RUN_RE.fullmatch(mention.name) and mention.name not in transliterated
            )
            if (chinese and mention.name.endswith(_FEMALE_HONORIFICS)) or _FEMALE_WORD_RE.search(context):
                self._female.add(mention.name)
            elif (chinese and mention.name.endswith(_MALE_HONORIFICS)) or _MALE_WORD_RE.search(context):
                self._male.add(mention.name)
        for match in re.finditer("她(?![们們])", masked):  # whoever 她 points to in its paragraph is a woman
            mention = self.last_before(match.start(), floor=lines.start_of(match.start()))
            if mention is not None and mention.name and mention.name not in self._male:
                self._female.add(mention.name)

    def last_before(self, pos: int, floor: int = 0, pronoun: str = "") -> _Mention | None:
        """The last person mentioned before ``pos`` and at or after ``floor``, preferring a subject.

        Objects and possessives are passed over for an earlier subject in the
        same paragraph; with none there, the last person mentioned is it.  A
        ``pronoun`` passes over people of the other sex: 他 over a woman the
        text calls 她 or 妻子, 她 over a man it calls 丈夫 or 先生.
        """
        paragraph_start = self._lines.start_of(pos)
        other = self._female if pronoun == "他" else self._male if pronoun[:1] == "她" else ()
        last = None
        mentions = (m for m in self._before(pos, floor, paragraph_start) if m.name not in other)
        for seen, mention in enumerate(mentions):
            if last is None:
                last = mention
            if seen == MAX_PASSED_OVER:
                break
            if mention.pos < paragraph_start:
                # nobody in the paragraph is a subject: a pronoun opening it (她提到，
                # 前局長陳綺雯任內…。「…」她說) goes on pointing to the person before
                if self._opens_with_pronoun(paragraph_start) and last.pos >= paragraph_start and mention.is_subject:
                    return mention
                break
            if mention.is_subject:
                return mention
        return last

    def first_after(self, pos: int, end: int) -> _Mention | None:
        """The first subject mentioned in ``[pos, end)``, named or in passing."""
        found = []
        for mentions, positions in ((self._mentions, self._positions), (self._passing, self._passing_positions)):
            i = bisect.bisect_left(positions, pos)
            if i < len(mentions) and mentions[i].pos < end and mentions[i].is_subject:
                found.append(mentions[i])
        return min(found, key=lambda m: m.pos, default=None)

    def _opens_with_pronoun(self, paragraph_start: int) -> bool:
        return paragraph_start in self._pronoun_openings

    def _before(self, pos: int, floor: int, paragraph_start: int) -> Iterator[_Mention]:
        """Mentions before ``pos``, latest first: vouched names down to ``floor``,
        names met in passing down to the paragraph's start too."""
        i = bisect.bisect_left(self._positions, pos) - 1
        j = bisect.bisect_left(self._passing_positions, pos) - 1
        passing_floor = max(floor, paragraph_start)
        while True:
            vouched = self._mentions[i] if i >= 0 and self._positions[i] >= floor else None
            passing = self._passing[j] if j >= 0 and self._passing_positions[j] >= passing_floor else None
            if passing is not None and (vouched is None or vouched.pos < passing.pos):
                yield passing
                j -= 1
            elif vouched is not None:
                yield vouched
                i -= 1
            else:
                return


class _Article:
    """One text, its quote spans, its narration and the people in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._short_forms: dict[str, tuple[int, str]] = {}  # name -> (end, body) it is a short form of
        self.lines = _Lines(text)
        self.spans = find_quote_spans(text)
        self.masked = _mask(text, self.spans)
        self.speaker_lines = self._find_speaker_lines()
        self.attributing = [v for v in SPEECH_VERB_RE.finditer(self.masked) if self._is_attributing(v)]
        self._attributing_starts = [v.start() for v in self.attributing]
        self.known: frozenset[str] = frozenset(self._collect_names())
        self._add_pointing_verbs()
        speech_ends = [v.end() for v in self.attributing if self._said_by_a_person(v)]
        # a body's short form (寶麗 for 寶麗院線有限公司) is no person a pronoun points to
        people = {name for name in self.known if not self._body_of_short_form(name, len(text))}
        self._person_names = frozenset(name for name in people if _HAN_RUN_RE.fullmatch(name))
        quoted_sentence_ends = [  # ：“…。”才让多杰则更关心: a new sentence after the quote
            span.after - 1 for span in self.spans
            if span.after > span.end and text[span.start : span.end].rstrip().endswith(tuple(SENTENCE_END))
        ]
        self.people = _People(
            self.masked, self.lines, people, self._role_only_mentions(), speech_ends, quoted_sentence_ends
        )

    def _add_pointing_verbs(self) -> None:
        """指 right after a person, as Hong Kong and Taiwan reports use it for
        saying (張先生指整體氣氛熾熱, 他指…, 陳指…), is a speech verb too."""
        names = "|".join(re.escape(name) for name in sorted(self.known, key=len, reverse=True))
        alone = f"(?:^|(?<=[，,。；;：:\\n的]))(?:[他她]|[{_SURNAME_CLASS}])"  # 他指, 陳指, at a clause's start
        pattern = re.compile(
            f"(?:{names + '|' if names else ''}{alone})(?:亦|也|則|则|又|更|續|续|就|都|仍|還|还)?(指)"
            "(?![出向示定導导責责控明南標标數数甲望令派點点])"
        )
        verb = re.compile("指")
        extra = [verb.match(self.masked, m.start(1)) for m in pattern.finditer(self.masked)]
        known_starts = set(self._attributing_starts)
        extra = [v for v in extra if v is not None and v.start() not in known_starts]
        if extra:
            self.attributing = sorted([*self.attributing, *extra], key=lambda v: v.start())
            self._attributing_starts = [v.start() for v in self.attributing]

    # -- people

    def _collect_names(self) -> set[str]:
        """Names vouched for by the text: with a role, a middle dot, a Latin name or a verb."""
        names: set[str] = set(self._dotted_names)
        for match in _NAME_WITH_LATIN_RE.finditer(self.masked):
            speaker = _split_name(match.group(), frozenset())
            if speaker is not None and speaker.is_person and speaker.name:
                names.add(speaker.name)
        names.update(m.group() for m in _HONORIFIC_NAME_RE.finditer(self.masked))
        for match in _FAMILIAR_NAME_RE.finditer(self.masked):  # 上班族小周则, 鄰近鴨場的阿福伯則
            before = self.masked[match.start() - 1 : match.start()]
            if (not before or not _HAN_RUN_RE.match(before) or before in _PERSON_WORD_ENDS or before == "的") and (
                _ends_name(self.masked[match.end() : match.end() + 4]) or not _HAN_RUN_RE.match(self.masked, match.end())
            ):
                names.add(match.group())
        titled = {self._name_after(m.end(), vouched=m.group() not in _PEOPLE_NOUNS) for m in ROLE_RE.finditer(self.masked)}
        titled.update(self._names_after_person_words())
        titled.update(self._names_before_titles())
        self._titled = frozenset(titled)
        names.update(titled)
        for verb in self.attributing:
            subject = _strip_adverbials(self._clause_before(verb.start()))
            if (
                _HAN_RUN_RE.fullmatch(subject) and len(subject) <= 4 and not ROLE_RE.search(subject)
                and _is_person_name(subject, vouched=True)
            ):
                names.add(subject)  # 普京说，  拜登表示： (not 部长凯里)
                continue
            opening = self._opening_name(subject)
            if opening:  # 袁小花拍拍装在口袋里的钱说
                names.add(opening)
                continue
            speaker = _split_name(subject, frozenset())
            if speaker is not None and speaker.is_person and speaker.name not in PRONOUNS:
                if speaker.role and subject.startswith(speaker.name) and not _is_person_name(speaker.name, vouched=False):
                    continue  # 熱心廚師: a word before a title is a name only with a surname
                names.add(speaker.name)
        for span in self.spans:  # ”潘威廉賽後笑說。: a speaker named after the words
            after = self.masked[span.after : self.lines.end_of(span.after)].lstrip("，,")
            said = _VERB_AFTER_RE.match(re.split(f"[，,。：:；;！？!?{_OPENERS}]", after, maxsplit=1)[0])
            subject = _strip_adverbials(said.group("phrase")) if said else ""
            if _HAN_RUN_RE.fullmatch(subject) and len(subject) <= 3 and _is_person_name(subject, vouched=False):
                names.add(subject)
            elif self._opening_name(subject):  # ”袁小花边数着钱边嘟哝着。
                names.add(self._opening_name(subject))
        repeated = self._repeated_names()
        names.update(repeated)
        names.update(speaker.name for _, speaker in self.speaker_lines)
        names.update(self._dotted_short_forms)  # 范德维尔德 for 扬·范德维尔德, whole
        names.update(self._latin_names)
        return {
            name for name in names
            if len(name) >= 2 and not _has_narration(name) and not self._always_part_of(name, repeated)
            and not ROLE_RE.fullmatch(name)  # 代表, 居民: a word for people is nobody's name
        }

    def _always_part_of(self, name: str, longer_names: set[str]) -> bool:
        """Whether ``name`` only ever comes as the start of a longer name (麦克唐 of 麦克唐纳)."""
        return any(
            len(longer) > len(name) and longer.startswith(name) and self.masked.count(name) == self.masked.count(longer)
            for longer in longer_names
        )

    @functools.cached_property
    def _body_start(self) -> int:
        """Where the body starts: past the headline, unless the first line is
        already a paragraph (a page kept without its headline)."""
        first = self.text[: self.lines.end_of(0)].strip()
        return 0 if len(first) > 60 or first.endswith(("。", "：", ":")) else self.lines.end_of(0) + 1

    def _names_before_titles(self) -> set[str]:
        """Chinese names right before a title at the start of a clause: 刘晓明大使就…, 习近平主席."""
        found = set()
        for role in ROLE_RE.finditer(self.masked):
            if role.group() in _PEOPLE_NOUNS:
                continue
            start = role.start()
            while start > 0 and start > role.start() - 4 and _HAN_RUN_RE.fullmatch(self.masked[start - 1]):
                start -= 1
            head = self.masked[start : role.start()]
            if start > 0 and _HAN_RUN_RE.fullmatch(self.masked[start - 1]):
                continue  # not at a clause's start
            if 2 <= len(head) <= 3 and _has_name_shape(head) and _is_person_name(head, vouched=False):
                found.add(head)
        return found

    def _repeated_names(self) -> set[str]:
        """Names the text repeats: a surname and two or three more characters met
        three times or more, followed by different words and once at least by
        narration (戴資穎今天 … 戴資穎聽完 … 惹毛戴資穎。, 麦克唐纳前往 … 麦克唐纳说).
        Four characters when the first three never come without the fourth."""
        counts: dict[str, list[str]] = {}
        before: dict[str, set[str]] = {}
        masked = self.masked
        for match in re.finditer(f"(?<![{_HAN}])[{_SURNAME_CLASS}]|(?<=[{_HAN}])[{_SURNAME_CLASS}]", masked):
            start = match.start()
            for size in (2, 3, 4):
                run = masked[start : start + size]
                if len(run) == size and _HAN_RUN_RE.fullmatch(run):
                    counts.setdefault(run, []).append(masked[start + size : start + size + 1])
                    before.setdefault(run, set()).add(masked[start - 1 : start] if start else "")
        found = set()
        for run, followers in counts.items():
            if len(followers) < 3 or len(set(followers)) < 2:
                continue
            if ROLE_RE.search(run[1:]) or run[-1] in _GROUP_CHARS | _NON_PERSON_CHARS:
                continue  # 韓國球迷, 周家村
            if len(before[run]) == 1 and _HAN_RUN_RE.fullmatch(next(iter(before[run])) or "。"):
                continue  # always inside something longer: 鄭月娥 of 林鄭月娥, 张家村 of 下张家村
            if not any(f in _NAME_ENDERS or not _HAN_RUN_RE.fullmatch(f or "。") for f in followers):
                continue
            if len(run) == 2:  # 劉欣 … 劉欣步入 … 劉欣：, not 方面 nor 高度
                longer = [other for other in counts if len(other) == 3 and other.startswith(run)]
                if len(set(followers)) < 3 or any(len(counts[other]) == len(followers) for other in longer):
                    continue
                if not _has_name_shape(run) or not _is_person_name(run, vouched=False):
                    continue
            elif len(run) == 3:
                longer = [other for other in counts if len(other) == 4 and other.startswith(run)]
                if any(len(counts[other]) == len(followers) for other in longer):
                    continue  # 麦克唐 is always 麦克唐纳
                if not _reads_as_given(run[1:]) or not _is_person_name(run, vouched=False):
                    continue
            elif any(ch in _NOT_GIVEN_CHARS for ch in run[1:]) and not run[:2] in _COMPOUND_SURNAMES:
                continue
            found.add(run)
        return found

    @staticmethod
    def _opening_name(subject: str) -> str:
        """A Chinese name opening a speech verb's subject with narration after
        it (袁小花拍拍装在口袋里的钱, 林文健昨日), by its shape; else ""."""
        run = re.match(f"[{_HAN}]+", subject)
        size = _chinese_name_size(run.group(), frozenset()) if run else 0
        name = subject[:size]
        return name if size and _has_name_shape(name) and _is_person_name(name, vouched=False) else ""

    def _body_of_short_form(self, name: str, pos: int) -> str:
        """The body a short form stands for: the first body named before ``pos``
        whose full name starts with it (寶麗院線有限公司 … 寶麗在聲明中表示,
        中華郵政公司 … 中華郵政昨天發出新聞稿), else "".  A name the text gives
        after a title (總裁李嘉誠) is a person's, whatever body bears it."""
        if len(name) < 2 or name in self._titled or not _HAN_RUN_RE.fullmatch(name):
            return ""
        if name not in self._short_forms:
            self._short_forms[name] = next(  # the first so named: 中華郵政公司, not its 集郵處
                (
                    (end, body) for _, end, body in self._bodies
                    if body.startswith(name) and _BODY_NAME_REST_RE.fullmatch(body[len(name) :])
                ),
                (len(self.text) + 1, ""),
            )
        end, body = self._short_forms[name]
        return body if end <= pos else ""

    @functools.cached_property
    def _dotted_names(self) -> list[str]:
        """The names in the text's dotted runs, role and narration cut off
        (国际暗夜协会协调员戴维·霍尔布鲁克表示 -> 戴维·霍尔布鲁克)."""
        names = []
        for match in _DOTTED_NAME_RE.finditer(self.masked):
            after = self.masked[match.end() : match.end() + 2]
            run = _trim_name_end(match.group(), after)
            if _is_body(run) or run[-1] in _NON_PERSON_CHARS:
                continue  # 石勒苏益格-荷尔斯泰因州环境局 is a place's body
            speaker = _split_name(_LEADING_COVERB_RE.sub("", run), frozenset())
            if speaker is not None and speaker.name:
                names.append(speaker.name)
        return names

    @functools.cached_property
    def _dotted_short_forms(self) -> dict[str, str]:
        """The last part of each dotted name, standing for it in full later
        (范德维尔德 -> 扬·范德维尔德)."""
        dotted = [name for name in self._dotted_names if any(dot in name for dot in _DOT)]
        return _last_part_forms(dotted, f"[{_DOT}]", min_size=2)

    @functools.cached_property
    def _latin_names(self) -> frozenset[str]:
        """Latin names the text gives after a title (合伙人 Larry Li), and one-word
        ones after a word for a person or a nickname (球迷Jason, 「美國大叔」Topher)."""
        names = {m.group("name") for m in _TITLED_LATIN_NAME_RE.finditer(self.masked)}
        for match in _GIVEN_LATIN_NAME_RE.finditer(self.masked):
            if self.masked[match.start()] in _CLOSERS:  # after a nickname, not after someone's words
                opener = self.masked.rfind(CLOSE_TO_OPEN[self.masked[match.start()]], 0, match.start())
                if opener < 0 or match.start() - opener > 9:
                    continue
            names.add(match.group("name"))
        return frozenset(names - set(self._latin_aliases))

    @functools.cached_property
    def _latin_aliases(self) -> dict[str, str]:
        """Latin names given in brackets after a Chinese one, which is the speaker's
        name: 陳菁菁（Catherine） … Catherine說 is 陳菁菁."""
        aliases = {}
        for match in re.finditer(f"(?P<han>[{_HAN}]{{2,4}})[（(](?P<latin>[A-Z][a-z]{{2,12}})[）)]", self.masked):
            speaker = _split_name(match.group("han"), frozenset())
            if speaker is not None and speaker.is_person and speaker.name:
                aliases[match.group("latin")] = speaker.name
        return aliases

    @functools.cached_property
    def _latin_short_forms(self) -> dict[str, str]:
        """The last word of each titled Latin name, standing for it (Annunziata)."""
        return _last_part_forms(self._latin_names, " ")

    def _latin_speaker(self, phrase: str) -> _Speaker | None:
        """A titled Latin name in a subject phrase, with narration after it
        (合伙人 Larry Li 最近在接受采访时), or its last word alone (Annunziata)."""
        phrase = re.sub("等人?$", "", phrase.strip()).strip()
        for latin, han in self._latin_aliases.items():
            if re.match(f"{latin}(?![A-Za-z])", phrase):
                return _Speaker(han, "", True)
        if phrase in self._latin_short_forms:
            return _Speaker(self._latin_short_forms[phrase], "", True)
        best = max(((phrase.rfind(name), name) for name in self._latin_names), default=(-1, ""))
        if best[0] < 0:
            return None
        return _Speaker(best[1], _clean_role(phrase[: best[0]].strip()), True)

    def _said_by_a_person(self, verb: re.Match[str]) -> bool:
        """Whether a speech verb's subject reads as a person or a pronoun, not a
        medium relaying someone (美联社称，门施表示，…)."""
        speaker = _split_name(_strip_adverbials(self._clause_before(verb.start())), self.known)
        return speaker is not None and speaker.is_person

    def _role_only_mentions(self) -> list[_Mention]:
        mentions = []
        for verb in self.attributing:
            clause = self._clause_before(verb.start())
            speaker = _split_name(_strip_adverbials(clause), self.known)
            if speaker is not None and speaker.is_person and not speaker.name:
                if _ANAPHOR_RE.match(speaker.role):
                    continue  # 这位老人, 这个大男孩: someone named before, no new person
                at = clause.find(speaker.role)
                mentions.append(_Mention(verb.start() - len(clause) + max(at, 0), "", speaker.role))
        return mentions

    def _names_after_person_words(self) -> set[str]:
        """Names after a word for a person that is no listed title (星空讲解员祁连英今年,
        民宿老板才让多杰): a surname, given characters that read as a name's, and
        narration right after (not 消费者高度关注)."""
        found = set()
        for match in re.finditer(f"[{''.join(sorted(_PERSON_WORD_ENDS))}](?=[{_SURNAME_CLASS}])", self.masked):
            name = self._name_after(match.end(), vouched=False, guessing=True)
            if name:
                found.add(name)
        return found

    def _name_after(self, pos: int, *, vouched: bool, guessing: bool = False) -> str:
        """A name right after a role word, ended by punctuation, 的, a verb or an adverbial."""
        run = _HAN_RUN_RE.match(self.masked, pos)
        if not run:
            return ""
        candidate = run.group()
        if self.masked[run.end() : run.end() + 1] in _DOT:
            return ""  # 协调员戴维·霍尔布鲁克: a dotted name, found whole elsewhere
        honorific = _HONORIFIC_NAME_RE.match(candidate)
        if honorific:  # 居民赵先生受访时说: the honorific ends the name
            return honorific.group()
        if (
            candidate[:1] == "阿" and len(candidate) >= 2 and candidate[1] in _GIVEN_INVENTORY
            and candidate[1] not in _KIN_SUFFIX + "公嬤嫲爸妈媽哥叔爷爺妹弟"
            and (len(candidate) == 2 or candidate[2] not in _KIN_SUFFIX)
        ):
            return candidate[:2]  # 男朋友阿朗陪她: 阿 and one character is a familiar name
        if candidate[0] in _NAME_ENDERS | _VERB_START_CHARS and candidate[0] not in _SURNAMES:
            return ""  # narration right after the title: 外长会谈, 主任出席, 法官打斷, 理事被指
        # a surname and one or two characters; two surnames and two (林鄭月娥), or a foreign name, four
        double = candidate[0] in _SURNAMES and candidate[1:2] in _SURNAMES and len(candidate) >= 4
        longest = 3 if candidate[0] in _SURNAMES and candidate[:2] not in _COMPOUND_SURNAMES and not double else 4
        for cut in range(2, min(len(candidate), longest) + 1):  # a surname and one or two characters
            if _ends_name(candidate[cut:]):
                name = candidate[:cut]
                if (guessing or not vouched) and not _reads_as_given(name[2 if name[:2] in _COMPOUND_SURNAMES else 1 :]):
                    return ""
                if name[0] not in _SURNAMES and not any(ch in _TRANSLITERATION_CHARS for ch in name):
                    return ""  # 大讚廚師熱心又好人: no surname and no foreign sounds
                return name if _is_person_name(name, vouched=vouched) else ""
        if guessing:
            return ""
        surname = 2 if candidate[:2] in _COMPOUND_SURNAMES else 1
        if (
            surname == 1 and len(candidate) == 4 and candidate[0] in _SURNAMES and candidate[-1] in _GIVEN_INVENTORY
            and not any(ch in _NOT_GIVEN_CHARS or ch in _NAME_ENDERS for ch in candidate[1:])
        ):
            return candidate  # 代表乔进双梅：, a four-character name the punctuation ends
        if candidate[0] in _SURNAMES and _is_person_name(candidate[: surname + 2], vouched=vouched):
            # most Chinese names have a surname and two characters: 法官郭偉健判處, 講師歐陽敏儀研究
            return candidate[: surname + 2]
        return ""

    def _find_speaker_lines(self) -> list[tuple[int, _Speaker]]:
        """``Title Name：`` lines: (start of the paragraph said, speaker)."""
        found = []
        pos = 0
        while pos < len(self.text):
            end = self.lines.end_of(pos)
            speaker = _block_speaker(self.text[pos:end].strip())
            pos = end + 1
            if speaker is None:
                continue
            following = pos
            while following < len(self.text) and not self._line(following).strip():
                following = self.lines.end_of(following) + 1
            if following < len(self.text) and _block_speaker(self._line(following).strip()) is None:
                found.append((following, speaker))
        return found

    def _line(self, pos: int) -> str:
        return self.text[pos : self.lines.end_of(pos)]

    # -- narration

    def _clause_before(self, pos: int) -> str:
        line_start = max(self.lines.start_of(pos), pos - NARRATION_WINDOW)
        start = pos
        while (
            start > line_start and self.masked[start - 1] not in CLAUSE_BREAK
            and not self._gap_at(start - 1) and not (start < pos and self._quoted_sentence_end(start - 1))
        ):
            start -= 1
        return self.masked[start:pos]

    def _quoted_sentence_end(self, pos: int) -> bool:
        """Whether ``pos`` closes a quote that ends a sentence: 「…返工都係需要搭。」他又指."""
        return (
            self.masked[pos] in _CLOSERS and pos > 0 and self.text[pos - 1] in SENTENCE_END
            and self.masked[pos + 1 : pos + 2] not in ("、", "，", ",")  # 「…？」、「…？」: one list
        )

    def _gap_at(self, pos: int) -> bool:
        """Whether a space between Chinese words parts two clauses, as in
        headlines and subheads (洪健益批雙城論壇「…」 蔣萬安駁「…」); a space
        next to Latin letters or digits is part of the wording."""
        masked = self.masked
        return (
            masked[pos] in " \u3000"
            and 0 < pos < len(masked) - 1
            and not masked[pos - 1].isascii()
            and not masked[pos + 1].isascii()
            and not masked[pos - 1].isspace()
        )

    def _sentence_start(self, pos: int) -> int:
        line_start = max(self.lines.start_of(pos), pos - REPORTED_SPEECH_REACH)
        start = pos
        while start > line_start and self.masked[start - 1] not in SENTENCE_END:
            start -= 1
        return start

    def _is_attributing(self, verb: re.Match[str]) -> bool:
        """A verb that introduces what was said: followed by a comma, colon or quote."""
        return bool(_ATTRIBUTING_FOLLOW_RE.match(self.masked, verb.end()))

    def _attributing_verbs(self, start: int, end: int) -> list[re.Match[str]]:
        """The attributing verbs that start in ``[start, end)``."""
        first = bisect.bisect_left(self._attributing_starts, start)
        last = bisect.bisect_left(self._attributing_starts, end)
        return self.attributing[first:last]

    def _resolve(self, phrase: str, pos: int) -> _Speaker | None:
        """The speaker a subject phrase names; a pronoun (他, 这位父亲) is the last person mentioned."""
        cited = _CITED_RE.search(phrase)
        if cited:  # the one cited speaks, named or not
            who = cited.group("who")
            speaker = self._resolve(who, pos + cited.start("who"))
            return speaker if speaker is not None and speaker.name else _Speaker("", _clean_role(who), True)
        kept = _strip_adverbials(phrase)
        if not kept:
            return None
        passive = re.match("^(?:被|遭)(?=.)", kept)
        if passive:  # 被林女怒嗆: the one who does it speaks
            return self._resolve(kept[passive.end() :], pos + phrase.find(kept) + passive.end())
        if len(kept) == 1 and kept in _SURNAMES:  # 楊指, 張形容: the surname alone for the person named before
            named = [(self.masked.rfind(name, 0, pos), name) for name in self._person_names if name[0] == kept]
            latest = max(named, default=(-1, ""))
            if latest[0] >= 0:
                return _Speaker(latest[1], "", True)
        latin = self._latin_speaker(kept) if self._latin_names or self._latin_aliases else None
        if latin is not None:
            return latin
        nickname = _NICKNAME_RE.search(kept)
        if nickname:  # 知名科技博主“数码老黄”: the handle is the name
            offset = pos + phrase.find(kept) + nickname.start("mark")
            close = self.masked.index(OPEN_TO_CLOSE[self.masked[offset]], offset)
            return _Speaker(self.text[offset + 1 : close], _clean_role(kept[: nickname.start("mark")]), True)
        addressing = _ADDRESSING_RE.match(kept)
        if addressing:  # 他对护士长罗梅(说): the one spoken to is not the speaker
            kept = addressing.group("who")
        speaker = _split_name(kept, self.known)
        if speaker is None:
            return None
        speaker = self._checked(speaker, pos, whole=speaker.name == _clean_role(kept))
        if speaker is None:
            return None
        if not speaker.is_person and speaker.name in self._abbreviations:  # 水保署 -> 農業部…水土保持署
            speaker = _Speaker(self._abbreviations[speaker.name], speaker.role, False)
        if speaker.name in PRONOUNS:
            mention = self.people.last_before(pos, pronoun=speaker.name)
            if mention is None:
                return _Speaker("", "", True)
            return self._mentioned(mention)
        if not speaker.name and speaker.is_person and speaker.role in _REFERRING_NOUNS:
            # 季爷爷 … 老人边吃边分享: a bare word for the person the paragraph is about
            mention = self.people.last_before(pos, floor=self.lines.start_of(pos))
            if mention is not None and mention.name and mention.is_subject:
                return self._mentioned(mention)
        if not speaker.name and _ANAPHOR_RE.match(speaker.role) and not _RELATED_RE.search(speaker.role):
            mention = self.people.last_before(pos)
            return speaker if mention is None else self._mentioned(mention)
        if _is_short_form(speaker.name):
            speaker = _Speaker(self._full_name(speaker.name, pos), speaker.role, True)
        elif speaker.is_person:
            speaker = _Speaker(self._whole_name(speaker.name), speaker.role, True)
        if speaker.is_person and speaker.name in self._dotted_short_forms:
            speaker = _Speaker(self._dotted_short_forms[speaker.name], speaker.role, True)
        if MASK in speaker.role:  # the role quotes a term: 有「股神」之稱的投資者
            offset = pos + phrase.find(kept) + kept.find(speaker.role)
            return _Speaker(speaker.name, self.text[offset : offset + len(speaker.role)], speaker.is_person)
        return speaker

    def _checked(self, speaker: _Speaker, pos: int, *, whole: bool = False) -> _Speaker | None:
        """A speaker whose name reads as a person's or a body's, else the name
        found inside the phrase, else None (the next rule decides).

        What is not part of a name is dropped: a conjunction or adverb in front
        (但她), a coverb phrase after it (他用…的廣東話, 县卫生健康局在给…), a 的
        phrase before it (家住河涌边的街坊何姨).  A body is named in full (该局,
        南海分局 -> the body named before), and a document speaks for the body
        that issued it (報告寫道 -> 委員會).
        """
        name = speaker.name
        body = self._body_of_short_form(name, pos)
        if body:  # 寶麗 for 寶麗院線有限公司 named before; read as the short form was
            return _Speaker(body, speaker.role, speaker.is_person)
        if speaker.is_person and _reads_as_person(name, self.known):
            return speaker
        if not speaker.is_person:
            document = _DOCUMENT_NAME_RE.match(name.rsplit("的", 1)[-1])
            if document:  # the issuer may be named in the same phrase: 学会今年发布的一份报告
                at = self.masked.find(name, pos, pos + NARRATION_WINDOW)
                return self._issuer(document.group("doc"), at + len(name) if at >= 0 else pos)
            if _reads_as_body(name) and (self._names_a_body(name) or (whole and _is_bare_name(name))):
                return self._full_body(speaker, pos)
        phrase = _LEADING_WORD_RE.sub("", name)
        pronoun = _PRONOUN_SUBJECT_RE.match(phrase)
        if pronoun:  # 他用族語夾雜華語(說), 她停顿了一下: whatever follows, the pronoun speaks
            return _Speaker(pronoun.group(), "", True)
        narration = _NARRATION_START_RE.search(phrase, 1)
        if narration:
            phrase = phrase[: narration.start()]
        phrase = _strip_adverbials(phrase.rsplit("的", 1)[-1])
        if not phrase or phrase == name:
            return self._body_prefix(speaker, pos)
        again = _split_name(phrase, self.known)
        if again is None:
            return None
        if again.is_person:
            return again if _reads_as_person(again.name, self.known) else None
        if _reads_as_body(again.name) and self._names_a_body(again.name):
            return self._full_body(again, pos)
        return self._body_prefix(again, pos)

    def _names_a_body(self, name: str) -> bool:
        """Whether a would-be body's name is one: its last word is a body's
        (局, 公司, 大學, 白宫, 控方), a medium's title or a Latin name, an
        anaphor for a body (该局), or a name the text uses twice or more
        (台電, 财新).  Not a phrase led by a pronoun (他引述對方) nor a bare word
        (重要, 自己)."""
        if not name or _PRONOUN_RE.match(name):
            return False
        return bool(
            name in _BODY_WORDS
            or name in _PARTY_WORDS
            or name.isascii()
            or name.endswith(_NON_PERSON_SUFFIXES + ("》",))
            or _ORG_HEAD_RE.search(name[-3:]) and name[-1] in "".join(_ORG_HEADS)
            or _ORG_ANAPHOR_RE.match(name)
            or (len(name) >= 2 and self.masked.count(name) >= 2)
        )

    def _body_prefix(self, speaker: _Speaker, pos: int) -> _Speaker | None:
        """A body's name at the start of a phrase with narration after it:
        獨立調查委員會昨日（14日）發表報告 -> 獨立調查委員會."""
        if speaker.is_person:
            return None
        best = ""
        for head in _ORG_HEAD_RE.finditer(speaker.name):
            if len(head.group()) == 1 and speaker.name[head.end() : head.end() + 1] in _HEAD_IN_A_WORD:
                continue  # 吞下委屈, 出席会议: the character starts a word, not ends a name
            prefix = speaker.name[: head.end()]
            if len(prefix) >= 3 and _HAN_RUN_RE.fullmatch(prefix) and _reads_as_body(prefix):
                best = prefix
        return self._full_body(_Speaker(best, "", False), pos) if best else None

    @functools.cached_property
    def _bodies(self) -> list[tuple[int, int, str]]:
        """Names of bodies in the text, (start, end, name), in order: every run
        of Han characters (hyphens inside allowed) up to a word that ends a
        body's name (局, 公司, 大學), without what stands before it (位于西樵镇的,
        營運商, 通知了)."""
        found = []
        for run in _BODY_RUN_RE.finditer(self.text):
            if "该" in run.group() or "該" in run.group():
                continue
            for head in _ORG_HEAD_RE.finditer(run.group()):
                if run.group()[head.end() : head.end() + 1] in ("长", "長"):
                    continue  # 渔业局局长: the 局 of a title
                name = run.group()[: head.end()]
                cut = max(name.rfind(word) for word in _BEFORE_BODY_CUT) + 1
                role = _ORG_ROLE_RE.match(name, cut)
                cut = role.end() if role else cut  # 據, 營運商
                if len(name) - cut >= 3:
                    found.append((run.start() + cut, run.start() + head.end(), name[cut:]))
        return sorted(found, key=lambda body: body[1])

    @functools.cached_property
    def _abbreviations(self) -> dict[str, str]:
        """Short forms the text gives in brackets after a body's full name:
        農業部農村發展及水土保持署（水保署） -> {水保署: 農業部農村發展及水土保持署}."""
        ends = {end: name for _, end, name in self._bodies}
        found = {}
        for match in re.finditer(f"[（(]([{_HAN}]{{2,8}})[）)]", self.text):
            full = ends.get(match.start())
            if full and match.group(1) != full:
                found.setdefault(match.group(1), full)
        return found

    def _full_body(self, speaker: _Speaker, pos: int) -> _Speaker:
        """该局, 該校 -> the last body named before whose name ends in that word
        (校 in 大學, 學院 too); a short form (南海分局) -> the full name met before
        that ends in it (佛山市生态环境局南海分局)."""
        anaphor = _ORG_ANAPHOR_RE.match(speaker.name)
        heads: tuple[str, ...]
        if speaker.name in _PARTY_HEADS:  # 校方 is the school named before
            heads = _PARTY_HEADS[speaker.name]
        elif anaphor:
            heads = _SCHOOL_HEADS if anaphor.group("head") in _SCHOOL_HEADS else (anaphor.group("head"),)
        else:
            heads = (speaker.name,)
        for _, end, name in reversed(self._bodies):
            if end > pos or name == speaker.name or not name.endswith(heads):
                continue
            if anaphor or speaker.name in _PARTY_HEADS or _PARENT_END_RE.search(name[: -len(speaker.name)]):
                return _Speaker(name, speaker.role, False)
        return speaker

    def _issuer(self, document: str, pos: int) -> _Speaker | None:
        """The body that issued a document, when the text says so before
        (獨立調查委員會昨日發表報告 … 報告寫道); None when it does not."""
        at = self.masked.rfind(document, 0, pos)
        while at >= 0:
            sentence_start = self._sentence_start(at)
            for start, end, name in reversed(self._bodies):
                if end <= at and start >= sentence_start and at - end <= 20:
                    if end == at or _ISSUING_VERB_RE.search(self.masked, end, at):  # 委员会报告写道
                        return _Speaker(name, "", False)
                    break
            anaphors = list(_ORG_ANAPHOR_IN_RE.finditer(self.masked, max(sentence_start, at - 20), at))
            if anaphors and (anaphors[-1].end() == at or _ISSUING_VERB_RE.search(self.masked, anaphors[-1].end(), at)):
                body = self._full_body(_Speaker(anaphors[-1].group(), "", False), at)  # 该局随后发出的声明
                return body if body.name != anaphors[-1].group() else None
            at = self.masked.rfind(document, 0, at)
        return None

    def _mentioned(self, mention: _Mention) -> _Speaker:
        """The speaker a pronoun points to: 莫教授 … 他說 is 莫子聰, the full name."""
        name = mention.name
        if _is_short_form(name):
            name = self._full_name(name, mention.pos)
        return _Speaker(self._whole_name(name), mention.role, True)

    def _whole_name(self, name: str) -> str:
        """A married woman's two surnames standing for her whole name, as the
        text gives it (林鄭 for 林鄭月娥), else ``name``."""
        if len(name) != 2 or name[0] not in _SURNAMES or name[1] not in _SURNAMES:
            return name
        longer = [other for other in self._person_names if len(other) == 4 and other.startswith(name)]
        return longer[0] if len(longer) == 1 else name

    def _full_name(self, short: str, pos: int) -> str:
        """郭官, 张教授, 司徒小姐 → the full name with that surname met last before
        ``pos``, else the one such name in the text, else ``short``.

        A short form the narration uses before any full name of its surname is
        how the text introduced that person (主人陳婆婆 …, later her son
        陳志強): it is their name, kept as written.
        """
        surname = _surname_of(short)
        full = [
            name for name in self.known
            if _surname_of(name) == surname and not _is_short_form(name) and _HAN_RUN_RE.fullmatch(name)
        ]
        body_start = self._body_start
        first_short = self.masked.find(short, body_start)
        if not full:  # 老闆陳先生 … 陳老闆說: the form the text introduced them by
            forms = [
                (at, name) for name in self.known
                if name != short and _is_short_form(name) and _surname_of(name) == surname
                and _SURNAME_TITLE_RE.fullmatch(short) and 0 <= (at := self.masked.find(name, body_start)) < first_short
            ]
            return min(forms)[1] if len({name for _, name in forms}) == 1 else short
        if first_short >= 0 and all(
            not 0 <= self.masked.find(name, body_start) < first_short for name in full
        ):
            return short
        before = [(self.masked.rfind(name, 0, pos), name) for name in full]
        latest = max(before, default=(-1, short))
        if latest[0] >= 0:
            return latest[1]
        return full[0] if len(full) == 1 else short

    def _speaker_of_verb(self, verb: re.Match[str]) -> _Speaker | None:
        """The subject of a speech verb; an omitted subject is found earlier in the sentence.

        That is the subject of an earlier speech verb, else the last person
        named in the sentence, else a person the sentence opens with.
        """
        sentence_start = self._sentence_start(verb.start())
        closer = next(  # a quote that ends a sentence ends it: 女子吼：“…。”麦克唐纳忍无可忍，问她：
            (i for i in range(verb.start() - 1, sentence_start - 1, -1) if self._quoted_sentence_end(i)), None
        )
        if closer is not None:
            sentence_start = closer + 1
        clause = self._clause_before(verb.start())
        speaker = self._resolve(clause, verb.start() - len(clause))
        if speaker is not None:
            return speaker
        pronoun = None  # a clause opened by a pronoun, the subject the verb goes on with
        for match in _SUBJECT_PRONOUN_RE.finditer(self.masked, sentence_start, verb.start()):
            if match.start() == sentence_start or self.masked[match.start() - 1] in CLAUSE_BREAK:
                pronoun = match
        for other in reversed(list(SPEECH_VERB_RE.finditer(self.masked, sentence_start, verb.start()))):
            if pronoun is not None and pronoun.start() > other.start():
                break  # 汪怡君說「…」遭撻伐，他…只能吞下委屈說: 他 speaks
            clause = self._clause_before(other.start())
            speaker = self._resolve(clause, other.start() - len(clause))
            if speaker is not None and speaker.is_person:
                return speaker
        if pronoun is not None:
            mention = self.people.last_before(pronoun.start(), pronoun=pronoun.group())
            if mention is not None and mention.name:
                return self._mentioned(mention)
        mention = self.people.last_before(verb.start(), floor=sentence_start)
        if mention is not None and mention.is_subject:
            return _Speaker(mention.name, mention.role, True)
        topic_end = sentence_start  # the sentence's first clause: 有網民在討論區留言，形容…
        while topic_end < verb.start() and self.masked[topic_end] not in CLAUSE_BREAK:
            topic_end += 1
        if topic_end < verb.start():
            # also before a person met as an object: 一名女子接近麦克唐纳，称“…”
            unnamed = self._unnamed_subject(sentence_start, topic_end)
            if unnamed is not None:
                return unnamed
            speaker = self._resolve(self.masked[sentence_start:topic_end], sentence_start)
            if speaker is not None and speaker.is_person:
                return speaker
        return None if mention is None else _Speaker(mention.name, mention.role, True)

    def _unnamed_subject(self, start: int, end: int) -> _Speaker | None:
        """Someone unnamed the clause in ``[start, end)`` opens with, counted or
        introduced by 有 (这时有一名手持标语的女子接近麦克唐纳), before anyone named."""
        clause = self.masked[start:end]
        lead = len(_OPENING_LINK_RE.match(clause).group())  # 不過也有人不認同
        counted = _PERSON_CLASSIFIER_RE.search(clause) or re.compile("(?:这时|這時|此时|此時|当时|當時)?有").match(clause, lead)
        if counted is None:
            return None
        noun = _PEOPLE_NOUN_RE.search(clause, counted.end())
        if noun is None and clause.startswith("人", counted.end()) and not counted.group().startswith(("一", "这", "這")):
            return _Speaker("", clause[lead : counted.end() + 1], True)  # 有人
        if noun is None:
            return None
        named = self.people.first_after(start, end)
        if named is not None and named.pos < start + noun.start():
            return None
        return _Speaker("", _clean_role(clause[: noun.end()]), True)

    def _unnamed_before(self, span: QuoteSpan) -> _Speaker | None:
        """Someone unnamed opening the clause just before a quote and its comma:
        另一名中國記者連忙打圓場，「…」, 不過也有人不認同，「…」."""
        comma = span.open_pos - 1
        if comma < 0 or self.masked[comma] not in "，,":
            return None
        clause = self._clause_before(comma)
        return self._unnamed_subject(comma - len(clause), comma) if clause.strip() else None

    # -- quotes

    def quotes(self) -> list[Quote]:
        blocks = {para_start: self._block_quote(para_start, speaker) for para_start, speaker in self.speaker_lines}
        turns = self._interview_turns()
        blocks.update(turns)
        for line_start, quote in self._heading_words().items():
            blocks.setdefault(line_start, quote)
        # the one interviewed: who answers most often (记者 and 问 have no name)
        answers = Counter(q.speaker for q in turns.values() if q.speaker and _is_person_name(q.speaker, vouched=True))
        interviewed = answers.most_common(1)[0][0] if answers else ""
        last_on_line = dict(blocks)  # the last speech found on each line, by line start
        found = list(blocks.values())
        said: tuple[QuoteSpan, _Speaker] | None = None  # the last quote found to be speech
        asked: tuple[QuoteSpan, Quote] | None = None  # the last quote, when it asks a question
        for span in self.spans:
            line_start = self.lines.start_of(span.open_pos)
            if line_start in blocks:
                continue  # quotes inside a block paragraph are part of what was said
            speaker = self._classify(span, last_on_line)
            if interviewed and (speaker is None or not speaker.name) and self._is_whole_line(span) and line_start > 0:
                speaker = _Speaker(interviewed, "", True)  # an interview's subhead quotes the one interviewed
            if speaker is None and said is not None and self.masked[said[0].after : span.open_pos] == "、":
                speaker = said[1]  # 怒嗆「講重點」、「不要講廢話」: a list of what was said
            said = (span, speaker) if speaker is not None else None
            if speaker is not None:
                text = self.text[span.start : span.end]
                quote = Quote(span.start, span.end, text, speaker.name, speaker.role, "quoted")
                if asked is not None and self._answers(asked, span, quote):
                    # 「…有何回應？」「嘿！…」鍾先生說: the one named answers; the question is the asker's
                    question = asked[1]
                    found[found.index(question)] = Quote(question.start, question.end, question.text, "", "", "quoted")
                    quote = Quote(quote.start, quote.end, quote.text, question.speaker, question.role, "quoted")
                found.append(quote)
                last_on_line[line_start] = quote
                asked = (span, quote) if text.rstrip(_CLOSERS + " ").endswith(("？", "?")) else None
            else:
                asked = None
        return sorted(found, key=lambda q: q.start)

    def _answers(self, asked: tuple[QuoteSpan, Quote], span: QuoteSpan, quote: Quote) -> bool:
        """Whether a quote right after a question quote is its answer and was
        given the questioner's speaker, who is the one named after both."""
        question_span, question = asked
        return (
            not self.masked[question_span.after : span.open_pos].strip()
            and not quote.text.rstrip(_CLOSERS + " ").endswith(("？", "?"))
            and bool(question.speaker)
            and quote.speaker in ("", question.speaker)
        )

    def _is_whole_line(self, span: QuoteSpan) -> bool:
        """Whether a quote is a line of its own: “要做出真正实用的人形机器人”."""
        line_start = self.lines.start_of(span.open_pos)
        before = self.text[line_start : span.open_pos]
        after = self.text[span.after : self.lines.end_of(span.after)]
        return not before.strip() and not after.strip(" \u3000。")

    def _heading_words(self) -> dict[int, Quote]:
        """Subheads that give someone's words after their name and a colon
        (巩立姣：一块金牌，值了, 摘星創辦人：接洽者與校監有糾紛),
        by line start: short lines with no quote marks and no full stop, whose
        ``X：`` is a person, named or by a title, not a body, a label (記者：,
        時間：) nor narration, and is not followed by a date or a number."""
        found: dict[int, Quote] = {}
        pos = self._body_start  # a headline's words are the headline's, said again in the text
        while pos < len(self.text):
            end = self.lines.end_of(pos)
            line_start, pos = pos, end + 1
            match = _HEADING_WORDS_RE.match(self.text, line_start, end)
            if match is None or match.group("who") in _LABEL_WORDS or match.group("words")[0].isdigit():
                continue
            who = match.group("who").strip()
            speaker = _split_name(who, self.known)
            if speaker is None:
                continue
            if speaker.is_person:
                name = self._full_name(speaker.name, line_start) if _is_short_form(speaker.name) else speaker.name
                if not who.endswith(speaker.name) or (speaker.role and not ROLE_RE.fullmatch(speaker.role)):
                    continue  # narration, not a name: 張家朗回應判決爭議：
                if not name and not ROLE_RE.fullmatch(who):
                    continue
                if name and not (name in self.known or _has_name_shape(name)):
                    continue
                speaker = _Speaker(name, speaker.role, True)
            else:
                continue  # a body's line is a section title: 外交部：共享智能紅利, 欧洲的机遇：…
            start, stop = match.span("words")
            found[line_start] = Quote(start, stop, self.text[start:stop], speaker.name, speaker.role, "block")
        return found

    def _interview_turns(self) -> dict[int, Quote]:
        """An interview written as ``Name：words`` paragraphs, two or more in a row
        with two or more speakers (``澎湃新闻：…？`` / ``王建国：…。``): each turn is
        a block, by line start.  A lone ``X：…`` line is a headline or a list,
        unless X is someone the text names."""
        turns: dict[int, Quote] = {}
        run: list[tuple[int, str, int, int]] = []

        def close_run() -> None:
            lone_person = (  # a named person's words on a line of their own: 劉欣開場白：非常感謝…。
                len(run) == 1 and run[0][0] >= self._body_start
                and self._is_named_turn(run[0][1])
                # not a byline opening the report: 记者 王晓东：第七届…论坛12日开幕
                and not (run[0][0] <= self._body_start and re.search("记者|記者|通讯员|通訊員", run[0][1]))
            )
            if lone_person or (len(run) >= 2 and len({who for _, who, _, _ in run}) >= 2):
                for line_start, who, start, stop in run:
                    speaker = self._turn_speaker(who)
                    turns[line_start] = Quote(start, stop, self.text[start:stop], speaker.name, speaker.role, "block")
            run.clear()

        pos = 0
        while pos < len(self.text):
            end = self.lines.end_of(pos)
            match = _TURN_RE.match(self.text, pos, end)
            if match and match.group("who").endswith(_PROFILE_ENDS):
                pass  # 人物档案：…, facts about someone between the turns
            elif match:
                run.append((pos, match.group("who"), match.start("words"), match.end("words")))
            elif run and self._is_time_label(pos, end):
                pass  # 北京時間8點34分：, a live report's time stamps between turns
            elif run and run[-1][3] - run[-1][2] >= 40 and self._continues_turn(pos, end, run[-1][1]):
                # a long answer that runs on into a second paragraph
                line = self.text[pos:end]
                start = pos + len(line) - len(line.lstrip())
                run.append((pos, run[-1][1], start, start + len(line.strip())))
            elif self.text[pos:end].strip():  # blank lines do not break a run
                close_run()
            pos = end + 1
        close_run()
        return turns

    def _is_named_turn(self, who: str) -> bool:
        """Whether a turn's ``who`` is a person the text names, or a name beside a title (记者 陶静)."""
        speaker = self._turn_speaker(who)
        return bool(speaker.name) and (
            speaker.name in self._person_names or bool(speaker.role and ROLE_RE.fullmatch(speaker.role))
        )

    def _is_time_label(self, pos: int, end: int) -> bool:
        """A short line that labels what follows, ending in a colon: 北京時間7:52分："""
        line = self.text[pos:end].strip()
        return 0 < len(line) <= 20 and line.endswith(("：", ":")) and bool(re.search(r"\d", line))

    def _continues_turn(self, pos: int, end: int, who: str) -> bool:
        """Whether the paragraph in ``[pos, end)``, after ``who``'s turn, goes on
        with it: a whole paragraph of narration-free words, with no quote marks
        opening it, followed by the next question (someone else's turn asking
        something), perhaps after a subhead."""
        line = self.text[pos:end].strip()
        if not line or line[0] in OPEN_TO_CLOSE or not line.endswith(tuple(SENTENCE_END + "…")):
            return False
        if _PRONOUN_RE.match(line) or any(line.startswith(name) for name in self.known):
            return False  # narration about someone: 劉欣不到30秒的開場白被…插話。
        following = end + 1
        for _ in range(2):  # the next turn, perhaps after a subhead
            while following < len(self.text) and not self.text[following : self.lines.end_of(following)].strip():
                following = self.lines.end_of(following) + 1
            if following >= len(self.text):
                return False
            stop = self.lines.end_of(following)
            turn = _TURN_RE.match(self.text, following, stop)
            if turn:
                return turn.group("who") != who and turn.group("words").rstrip(_CLOSERS).endswith(("？", "?"))
            if len(self.text[following:stop].strip()) > 30:
                return False
            following = stop + 1
        return False

    def _turn_speaker(self, who: str) -> _Speaker:
        """The speaker of an interview turn: a person's name, "" for 记者 or 问, a body by its name."""
        parts = who.split()
        if len(parts) == 2:  # 记者 陶静, 孙翔 外卖小哥: the part that names someone
            for name, role in (parts, parts[::-1]):
                speaker = _split_name(name, self.known)
                if speaker is not None and speaker.is_person and speaker.name and not ROLE_RE.fullmatch(name):
                    return _Speaker(speaker.name, role, True)
            who = "".join(parts)
        opening = next((name for name in sorted(self.known, key=len, reverse=True) if who.startswith(name)), "")
        if opening and len(opening) < len(who) and _is_person_name(opening, vouched=True):
            return _Speaker(opening, "", True)  # 劉欣開場白：, 劉欣談及知識產權：
        speaker = _split_name(who, self.known)
        if speaker is None or who in ("问", "問", "答", "Q", "A"):
            return _Speaker("", "", True)
        if speaker.is_person:
            return _Speaker(self._full_name(speaker.name, self.masked.find(who)) if speaker.name else "", speaker.role, True)
        return _Speaker(who, "", False)

    def _block_quote(self, para_start: int, speaker: _Speaker) -> Quote:
        line = self._line(para_start)
        start = para_start + len(line) - len(line.lstrip())
        body = line.strip()
        end = start + len(body)
        if len(body) > 1 and body[0] in OPEN_TO_CLOSE and body[-1] == OPEN_TO_CLOSE[body[0]]:
            return Quote(start + 1, end - 1, self.text[start + 1 : end - 1], speaker.name, speaker.role, "quoted")
        return Quote(start, end, self.text[start:end], speaker.name, speaker.role, "block")

    def _classify(self, span: QuoteSpan, last_on_line: dict[int, Quote]) -> _Speaker | None:
        """The speaker of a quote, or None when the quote is a term, title or name."""
        line_start = self.lines.start_of(span.open_pos)
        window_start = max(line_start, span.open_pos - NARRATION_WINDOW)
        before = self.masked[window_start : span.open_pos]
        after = self.masked[span.after : min(self.lines.end_of(span.after), span.after + NARRATION_WINDOW)]
        inner = self.text[span.start : span.end]
        ends_sentence = inner.rstrip(_CLOSERS + " ").endswith(tuple(SENTENCE_END + "….，,；;—"))

        modifies = before.rstrip().endswith(_MODIFIER_END) and not (
            before.rstrip().endswith("的") and _CLAUSE_RE.search(inner)  # 清洁能源的“速度仍不够快”: a clause
        )
        if _TERM_MARKER_RE.search(before) or modifies or _names_a_thing(inner):
            return None
        verb_before = _VERB_BEFORE_RE.search(before)
        verb = SPEECH_VERB_RE.match(self.masked, window_start + verb_before.start()) if verb_before else None
        verb_ending = verb_before.group().rstrip()[-1] if verb_before else ""
        if verb is not None and verb_ending in "：:":  # 發帖稱：「…」, even with 「…」監管局則提醒， after
            return self._speaker_of_verb(verb) or _Speaker("", "", True)
        speaker = self._speaker_after(after, span.after, ends_sentence)
        if speaker is not None:
            return speaker
        if _is_manner_phrase(inner):  # 她希望能够“坦诚地、面对面地”讨论: how someone put it
            verb, _ = self._reporting_verb(span)
            speaker = self._speaker_of_verb(verb) if verb is not None else None
            return speaker if speaker is not None and speaker.is_person else None
        if _runs_on(after) and not ends_sentence and (
            verb is None or verb_ending in "，," or after[0] in _NOUN_FOLLOWERS
        ):
            # the sentence runs on from it: “新视野网”称, “AI末日论”正在, 強調「…」的重要性;
            # not after a verb of speech: 表示「…」時, 災民怒吼「講廢話」原地開睡
            return None
        term_like = _is_term_like(inner)
        if verb is not None:
            if term_like and verb_ending not in "，," and _TOPIC_VERB_RE.fullmatch(verb.group()):
                return None  # the topic spoken about: 一直強調「小球戰術」
            return self._speaker_of_verb(verb) or _Speaker("", "", True)
        if before.rstrip().endswith(("：", ":")) or (not before and self._colon_ends_the_line_before(line_start)):
            speaker = self._colon_speaker(span.open_pos)  # also 吳秀蘭語氣平靜：⏎「…」
            if speaker is not None:
                return speaker
        speaker = self._headline_speaker(span)
        if speaker is not None:
            return speaker
        sentence_like = _is_sentence_like(inner)
        verb, in_clause = self._reporting_verb(span)
        if verb is not None and not in_clause and sentence_like:
            unnamed = self._unnamed_before(span)  # 網友表示「…」，不過也有人不認同，「…」
            if unnamed is not None:
                return unnamed
        if verb is not None:  # a partial quote in reported speech: 马克龙称，这笔融资“相当于……”
            speaker = self._speaker_of_verb(verb)
            if speaker is None:
                return None
            if "、" in inner and not sentence_like and not _CLAUSE_RE.search(inner) and self._after_coverb(span):
                return None  # a list of labels after 为: 把中国定位为“伙伴、竞争者和制度性对手”
            if in_clause and speaker.is_person and (inner.rstrip().endswith(tuple("？?！!")) or (
                sentence_like and "，" in inner and inner.rstrip().endswith(tuple(SENTENCE_END))
            )):
                # a whole question put to someone: 詢問被告「何時…離開？」, a whole sentence
                # thought: 她認為港鐵票價「都要追返個通脹，但成日加價都唔合理。」
                return speaker
            if term_like or in_clause:  # 宣布打造“法国版星际之门” names a thing
                characterising = bool(_JUDGING_VERB_RE.fullmatch(verb.group()))
                return speaker if _speaks_for_itself(speaker) and self._is_predicate(span, characterising) else None
            if speaker.is_person or sentence_like or not _is_document(speaker.name):
                return speaker  # 金管會回應，…「升息對金融體系的衝擊可控」, not 声明称…“开放、包容”
            return None
        speaker = self._heading_end_speaker(span)
        if speaker is not None:
            return speaker
        if term_like:
            return None
        sentence_start = self._sentence_start(span.open_pos)
        reported_start = max(line_start, sentence_start - REPORTED_SPEECH_REACH)
        for verb in reversed(self._attributing_verbs(reported_start, sentence_start)):
            speaker = self._speaker_of_verb(verb)  # reported speech that runs on
            if speaker is not None and (
                speaker.is_person or (sentence_like and speaker.name and self._names_a_body(speaker.name))
            ):
                return speaker  # a body's too, for a whole sentence: 市政厅在文告中说，…。「…」
        if not sentence_like:
            return None
        if sentence_start == span.open_pos > line_start:  # 徐保平直言没有必要。“抗病毒药物……”
            previous_start = self._sentence_start(sentence_start - 1)
            for verb in reversed(list(SPEECH_VERB_RE.finditer(self.masked, previous_start, sentence_start))):
                speaker = self._speaker_of_verb(verb)
                if speaker is not None and speaker.is_person:
                    return speaker
        return self._continued_speaker(span, last_on_line, line_start)

    def _heading_end_speaker(self, span: QuoteSpan) -> _Speaker | None:
        """A headline or subhead ending in a quote after someone and how they
        feel: 市民嘆沒加薪「最好唔好加價」, 家長無奈「有私家睇唔嚟呢度啦」 — the words are theirs."""
        line_start = self.lines.start_of(span.open_pos)
        line_end = self.lines.end_of(span.open_pos)
        line = self.masked[line_start:line_end].strip()
        if len(line) > 40 or self.masked[span.after : line_end].strip() or any(ch in line for ch in SENTENCE_END):
            return None
        clause = self._clause_before(span.open_pos)
        kept = clause.strip()
        if not kept or MASK in kept or not _FEELING_RE.search(kept):
            return None
        noun = ROLE_RE.match(kept)
        if noun is not None:
            return _Speaker("", noun.group(), True)
        named = next((name for name in self.known if kept.startswith(name)), "")
        return _Speaker(named, "", True) if named and _is_person_name(named, vouched=True) else None

    def _reporting_verb(self, span: QuoteSpan) -> tuple[re.Match[str] | None, bool]:
        """The speech verb whose words a quote is part of, and whether it is in the quote's clause.

        A verb earlier in the quote's own clause (形容判刑「太重」, 他說自己的變化球
        「控不太住」), else the last verb in its sentence that introduces words
        (陈美玲稱，被告「一時衝動」, 她又指，…，希望法庭「網開一面」), else the
        last verb in its sentence said by a person (他認為…已經放緩，「…」).
        """
        sentence_start = self._sentence_start(span.open_pos)
        clause_start = span.open_pos - len(self._clause_before(span.open_pos))
        in_clause = [  # a verb before 的 modifies a noun: 企业反映的问题“…”
            v for v in SPEECH_VERB_RE.finditer(self.masked, clause_start, span.open_pos)
            if self.masked[v.end() : v.end() + 1] != "的"
        ]
        if in_clause:
            return in_clause[-1], True
        verbs = self._attributing_verbs(sentence_start, span.open_pos)
        if verbs:
            return verbs[-1], False
        for verb in reversed(list(SPEECH_VERB_RE.finditer(self.masked, sentence_start, clause_start))):
            subject = self._clause_before(verb.start())
            speaker = self._resolve(subject, verb.start() - len(subject))
            if speaker is not None and speaker.is_person:
                return verb, False
        return None, False

    def _headline_speaker(self, span: QuoteSpan) -> _Speaker | None:
        """``Name：`` and a clause ending in the person's words: 楊振邦：抑制通膨預期「刻不容緩」."""
        lead_start = span.open_pos - len(self._clause_before(span.open_pos))
        if lead_start == span.open_pos or self.masked[lead_start - 1 : lead_start] not in ("：", ":"):
            return None
        if not self._is_predicate(span):
            return None
        speaker = self._colon_speaker(lead_start)
        return speaker if speaker is not None and speaker.is_person and speaker.name else None

    def _is_predicate(self, span: QuoteSpan, characterising: bool = False) -> bool:
        """Whether a short quote is what its clause says, not a noun in it: 言論已「越界」.

        It ends its clause (``「越界」了。`` too), and nothing before it in the
        clause makes it an object or a list item: 走向“拼应用”, 坚持“稳中求进”,
        这是「双赢」, 关键在于“调度”, 「數字化」、「智能化」.  After a verb of
        judging (批評, 調侃, 形容) a copula does not make it a label: the words
        are the judgement (批評，方案是「變相漲價」).
        """
        end = span.after
        if self.masked[end : end + 1] in ("了", "啦"):
            end += 1
        if not self._clause_ends_at(end):
            return False
        lead = self._clause_before(span.open_pos).rstrip()
        if characterising and _COPULA_END_RE.search(lead):
            return True
        return not lead or not (lead[-1] in "、" + _CLOSERS or self._is_object(span))

    def _is_object(self, span: QuoteSpan) -> bool:
        """Whether a quote follows a coverb, an object-taking verb or a copula: 走向“拼应用”, 这是「双赢」."""
        lead = self._clause_before(span.open_pos).rstrip()
        return self._after_coverb(span) or bool(
            _OBJECT_VERB_RE.search(lead)
            or _COPULA_NOUN_RE.search(lead)
            or _LOCATIVE_END_RE.search(lead)
            or _COUNTED_RE.search(lead)
        )

    def _after_coverb(self, span: QuoteSpan) -> bool:
        """Whether a quote is the object of a coverb: 走向“拼应用”, 定位为“…”, not 现在「…」."""
        lead = self._clause_before(span.open_pos).rstrip()
        return bool(lead) and lead[-1] in _COVERBS and not lead.endswith(_NOT_COVERB_ENDS)

    def _clause_ends_at(self, pos: int) -> bool:
        return pos >= len(self.masked) or self.masked[pos] in CLAUSE_BREAK + "\n"

    def _speaker_after(self, after: str, pos: int, ends_sentence: bool) -> _Speaker | None:
        """”冯德莱恩在演讲中表示 / ”，他说 — the speaker named right after the quote."""
        comma = after[:1] in ("，", ",")
        rest = after[1:] if comma else after
        segment = re.split(f"[，,。：:；;！？!?\n{_OPENERS}]", rest, maxsplit=1)[0]
        if rest[len(segment) : len(segment) + 1] in ("：", ":"):
            return None  # the verb introduces the next quote: ，何亚东回应称：“
        match = _VERB_AFTER_RE.match(segment)
        if not match:
            return None
        phrase = match.group("phrase")
        if not (ends_sentence or comma or phrase in PRONOUNS):
            return None
        return self._resolve(phrase, pos + (1 if comma else 0))

    def _colon_speaker(self, open_pos: int) -> _Speaker | None:
        """``Name：“…”`` or ``X提到…的看法：“…”``."""
        colon = open_pos - 1
        while colon > 0 and self.masked[colon].isspace():
            colon -= 1
        clause = self._clause_before(colon)
        clause_start = colon - len(clause)
        # up to the colon itself, which some verbs need after them: 问她：
        verbs = [v for v in SPEECH_VERB_RE.finditer(self.masked, clause_start, colon + 1) if v.start() < colon]
        if verbs:
            return self._speaker_of_verb(verbs[-1])
        speaker = self._resolve(clause, clause_start)
        if speaker is not None and speaker.is_person and speaker.name in self.known:
            return speaker
        opener = self._opening_person(clause, clause_start)
        if opener is not None:  # 吳秀蘭語氣平靜：, 她想了想：
            return opener
        earlier = self._attributing_verbs(self._sentence_start(clause_start), clause_start)
        if earlier:  # 他也承认，新政策给了业者明确的方向：「…」
            said_by = self._speaker_of_verb(earlier[-1])
            if said_by is not None:
                return said_by
        if speaker is None or not speaker.name or not speaker.is_person:
            # the clause names nobody who speaks: the person the sentence opens
            # with frames it (邱金寶以排灣語致詞，再由族人翻譯成華語：「…」)
            sentence_start = self._sentence_start(clause_start)
            first_end = sentence_start + len(re.split("[，,；;]", self.masked[sentence_start:clause_start])[0])
            opener = self.people.last_before(first_end, floor=sentence_start) if first_end < clause_start else None
            if opener is not None and opener.name and opener.is_subject:
                return self._mentioned(opener)
        if speaker is None:
            return None
        if speaker.is_person:
            # a word for people alone before the colon (a headline's 市民：“…”) is
            # someone unnamed speaking
            alone = re.split("[ \u3000]", clause.strip())[-1]
            return speaker if speaker.name else _Speaker("", alone, True) if ROLE_RE.fullmatch(alone) else None
        opens_line = clause_start == self.lines.start_of(colon) and _HAN_RUN_RE.fullmatch(clause)
        if _is_body(speaker.name) or (opens_line and len(clause) <= 6):
            return speaker  # 外交部：“…”; a short name opening its paragraph speaks too: 台電：「…」
        return None

    def _colon_ends_the_line_before(self, line_start: int) -> bool:
        pos = line_start - 1
        while pos >= 0 and self.masked[pos].isspace():
            pos -= 1
        return pos >= 0 and self.masked[pos] in "：:"

    def _opening_person(self, clause: str, clause_start: int) -> _Speaker | None:
        """A known name or a pronoun that opens a clause describing how someone
        spoke: 吳秀蘭語氣平靜, 他沉默片刻."""
        kept = clause.lstrip()
        offset = clause_start + len(clause) - len(kept)
        pronoun = _PRONOUN_RE.match(kept)
        if pronoun and kept[pronoun.end() : pronoun.end() + 1] != "的":  # 他的工友黄德明 is not 他
            mention = self.people.last_before(offset, pronoun=pronoun.group())
            return None if mention is None else _Speaker(mention.name, mention.role, True)
        for name in sorted(self.known, key=len, reverse=True):
            at = kept.find(name)
            end = at + len(name)
            if at < 0 or end == len(kept) or kept[end] in "的、":
                continue
            if at == 0 or any(role.end() == at for role in ROLE_RE.finditer(kept, 0, at)):
                return _Speaker(name, _clean_role(kept[:at]), True)  # 店主林美玲语气平静
        return None

    def _continued_speaker(self, span: QuoteSpan, last_on_line: dict[int, Quote], line_start: int) -> _Speaker:
        """A whole sentence quoted with nobody said to say it is the words of the
        person the passage is about.

        Opening a paragraph, it continues the speech before it: the last quote
        or speech verb of the paragraph before (a subheading passed over), else
        it belongs to the person the paragraph goes on about (“…”在工坊里，
        乔进双梅指尖翻飞).  Inside a paragraph it is the subject's before it
        (乔进双梅发现，…。“那时候就想…”), else the one after it.
        """
        opens = span.open_pos == line_start
        if opens and line_start > 0:
            previous = last_on_line.get(self.lines.start_of(line_start - 1))
            if previous is not None:
                named = self._named_next(span.after)  # “…”在4号车厢，卜慧芬拨通了电话: someone new
                return named if named is not None else _Speaker(previous.speaker, previous.role, True)
        before = self.masked[line_start : span.open_pos].rstrip()
        if self._clause_before(span.open_pos).strip() or before.endswith(("：", ":")):
            return _Speaker("", "", True)  # words someone is said to shout or post: 有人高叫：「…」
        if opens:
            previous = self._previous_speaker(line_start, last_on_line)
            if previous is not None:
                return previous
        else:
            unnamed = self._unnamed_before(span)  # 另一名中國記者連忙打圓場，「…」
            if unnamed is not None:
                return unnamed
            mention = self.people.last_before(span.open_pos, floor=line_start)
            if mention is not None and mention.name and mention.is_subject:
                return self._mentioned(mention)
        following = self._next_subject(span.after, self.lines.end_of(span.after))
        if following is not None:
            return following
        if opens and not self.masked[span.after : self.lines.end_of(span.after)].strip():
            following = self._after_quoted_paragraphs(self.lines.end_of(span.after) + 1)
            if following is not None:  # “…”⏎“…”⏎安华今日…强调: paragraphs of words, then who said them
                return following
        if not opens:
            previous = self._previous_speaker(line_start, last_on_line)
            if previous is not None:
                return previous
        return _Speaker("", "", True)

    def _after_quoted_paragraphs(self, pos: int) -> _Speaker | None:
        """The person named first in the first paragraph from ``pos`` on that is
        not a quote alone, when they are its first clause's subject."""
        while pos < len(self.masked):
            end = self.lines.end_of(pos)
            line = self.masked[pos:end].strip()
            if line and not (line[0] in OPEN_TO_CLOSE and line.rstrip("。.")[-1:] in CLOSE_TO_OPEN):
                clause_end = pos
                while clause_end < end and self.masked[clause_end] not in CLAUSE_BREAK:
                    clause_end += 1
                mention = self.people.first_after(pos, clause_end)
                return self._mentioned(mention) if mention is not None and mention.name else None
            pos = end + 1
        return None

    def _named_next(self, pos: int) -> _Speaker | None:
        """The person named as the subject of the sentence that starts at ``pos``
        (right after a quote), by name rather than pronoun; None when there is none."""
        end = pos
        limit = self.lines.end_of(pos)
        while end < limit and self.masked[end] not in SENTENCE_END:
            end += 1
        mention = self.people.first_after(pos, end)
        noun = ROLE_RE.search(self.masked, pos, mention.pos if mention is not None else end)
        if noun is not None and not (mention is not None and mention.pos == noun.end()):
            # someone unnamed: ”听了半天会的记者有感而发, ”一位社工代表的话引得众人大笑
            return _Speaker("", _clean_role(self.masked[pos : noun.end()]), True)
        if mention is None or not mention.name:
            return None
        pronoun = _SUBJECT_PRONOUN_RE.search(self.masked, pos, mention.pos)
        return None if pronoun is not None else self._mentioned(mention)

    def _previous_speaker(self, line_start: int, last_on_line: dict[int, Quote]) -> _Speaker | None:
        """Who spoke last in the paragraph before ``line_start`` (a subheading
        between passed over): its last quote's speaker or the person its last
        speech verb is said by, whichever comes later; None when it has neither."""
        pos = line_start - 1
        for _ in range(3):
            if pos <= 0:
                return None
            start = self.lines.start_of(pos)
            line = self.masked[start:pos].strip()
            quote = last_on_line.get(start)
            verbs = [
                v for v in SPEECH_VERB_RE.finditer(self.masked, start, pos)
                if quote is None or v.start() > quote.end
            ]
            for verb in reversed(verbs):
                speaker = self._speaker_of_verb(verb)
                if speaker is not None and speaker.is_person and speaker.name:
                    return speaker
            if quote is not None:
                return _Speaker(quote.speaker, quote.role, True) if quote.speaker else None
            if line and (len(line) > 20 or any(ch in line for ch in SENTENCE_END + "，,")):
                return None  # a paragraph, not a subheading, with nobody speaking
            pos = start - 1
        return None

    def _next_subject(self, pos: int, end: int) -> _Speaker | None:
        """The first person named or pointed to after ``pos`` in its paragraph, as a subject."""
        mention = self.people.first_after(pos, end)
        pronoun = _SUBJECT_PRONOUN_RE.search(self.masked, pos, end)
        if pronoun is not None and (mention is None or pronoun.start() < mention.pos):
            earlier = self.people.last_before(pronoun.start(), pronoun=pronoun.group())
            return self._mentioned(earlier) if earlier is not None and earlier.name else None
        return self._mentioned(mention) if mention is not None and mention.name else None


def extract_quotes(text: str) -> list[Quote]:
    """The direct-speech quotes in ``text`` (an article's normalised text), in reading order."""
    if not text:
        return []
    return _Article(text).quotes()


def article_quotes(article: Article) -> list[Quote]:
    """The quotes of an article's body: a headline that quotes someone is a
    headline, and the same words are quoted (and attributed) in the text."""
    headings = [(b.start, b.end) for b in article.blocks if b.kind is BlockKind.HEADING]
    return [q for q in extract_quotes(article.text) if not any(start <= q.start < end for start, end in headings)]
