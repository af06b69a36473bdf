"""The language the quote rules read: quotation marks, speech verbs, the
markers of quoted terms, words for people, titles and bodies, surnames and
given-name characters, and the patterns built from them."""

from __future__ import annotations

import re

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
    "党总支书记", "黨總支書記", "总支书记", "總支書記", "支部书记", "支部書記", "行政长官", "行政長官", "特首", "主播", "女主播", "博士生", "博士后", "博士後", "研究生", "硕士生", "碩士生", "本科生", "大学生", "大學生",
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
    "妇人", "婦人", "档主", "檔主", "摊贩", "攤販", "小贩", "小販", "商户", "商戶", "店员", "店員", "车手", "車手",
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
        r"无奈地|無奈地|无奈|無奈|苦笑|微笑|冷笑|大笑|傻笑|竟然|竟|颇为|頗為|十分|格外|很是|热烈|熱烈|继续|繼續|续|續|仍然|仍|经常|經常|常常|时常|時常|往往|总是|總是|连忙|連忙|赶紧|趕緊|齐声|齊聲|一起|一同|频频|頻頻|高分贝|高分貝|"
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
# one turn of an interview: a short name, a colon, and words that end a sentence
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
