"""Reading names: splitting a subject phrase into role and name, and telling a
person's name from a body's, a document's or a plain word by its shape."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.quotes.lexicon import (
    CLAUSE_BREAK, MASK, OPEN_TO_CLOSE, PRONOUNS, ROLE_RE, SPEECH_VERB_RE, _ADVERBIAL_RES,
    _BODY_ROLE_RE, _BODY_WORDS, _BRACKET_END_RE, _BRACKET_RE, _CLAUSE_RE, _CLOSERS,
    _COMMON_GIVEN_CHARS, _COMPOUND_SURNAMES, _DOCUMENT_SUFFIXES, _DOT, _DOTTED_NAME_END_RE,
    _DOTTED_NAME_RE, _FAMILIAR_NAME_RE, _GIVEN_INVENTORY, _GIVEN_NAME_CHARS, _GROUP_CHARS, _HAN,
    _HAN_RUN_RE, _HONORIFIC_NAME_RE, _LATIN_NAME_END_RE, _LEADING_QUOTE_RE, _LEADING_RE,
    _NAMED_THING_HEADS, _NAME_ENDERS, _NARRATION_WORDS, _NON_PERSON_CHARS, _NON_PERSON_SUFFIXES,
    _NON_PERSON_WORDS, _NOT_GIVEN_CHARS, _NOT_IN_NAME_RE, _OPENERS, _PARTY_WORDS, _PEOPLE_NOUNS,
    _PERSON_CLASSIFIER_RE, _PERSON_WORD_ENDS, _PERSON_WORD_SUFFIXES, _SOMEONE_DESCRIBED_RE,
    _SOMEONE_RE, _SURNAMES, _SURNAME_CLASS, _SURNAME_TITLE_RE, _TAIL_SEPARATORS, _TRADE_ROLE,
    _TRAILING_VERB_RE, _VERB_INITIAL_ENDERS, _VERB_START_CHARS,
)

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
    given = re.search(r"(?<=[\u3400-\u9fff])(?<!阿)[A-Z][a-z]{2,12}$", phrase)
    if given:  # 經營海味店的80後Daniel: an English given name after a description
        return _Speaker(given.group(), _clean_role(phrase[: given.start()]), True)
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
# a pronoun and the one it speaks to: 他对护士长罗梅, 她向丈夫
_ADDRESSING_RE = re.compile("^(?P<who>[他她](?:们|們)?)(?:对|對|向|跟|给|給|同)[^，。；：]+$")
# a coverb that is also a surname, before a word for people: 向记者 is "to the reporter"
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


@functools.lru_cache(maxsize=4096)
def _surname_of(name: str) -> str:
    """The surname a name starts with (小祁 and 老陈 by the character after)."""
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
