"""The people an article mentions, in reading order, to resolve pronouns and
omitted subjects: who is a subject, who an object, and who is a woman or a man."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.quotes.lexicon import (
    CLAUSE_BREAK, MAX_PASSED_OVER, ROLE_RE, SENTENCE_END, _DOT, _HAN, _HAN_RUN_RE, _OBJECT_MARKERS,
    _NON_PERSON_CHARS, _PASSING_NAME_RE, _PEOPLE_NOUN_RE,
)
from reader.core.quotes.marks import _Lines
from reader.core.quotes.names import _is_person_name

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


# a coverb whose object runs on to the name after it, a title between
_COVERB_OBJECT_RE = re.compile(f"(?<![参參])[與与跟向对對](?![会會])[{_HAN}]*(?:{ROLE_RE.pattern})$")


def _starts_a_body(masked: str, start: int, end: int) -> bool:
    """Whether a name-like run is the start of a body's name after a coverb:
    向博彩監察協調局, 于德明路派出所."""
    run = _HAN_RUN_RE.match(masked, end)
    return masked[start] in "向于於在对對" and run is not None and run.group()[-1] in _NON_PERSON_CHARS


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
            and not _starts_a_body(masked, m.start(), m.end())
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
                # a coverb's object with its title: 将与中国外交部部长王毅举行会谈 (not 与会的)
                and not _COVERB_OBJECT_RE.search(masked, max(clause_start, mention.pos - 16), mention.pos)
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
                if last.pos < paragraph_start and not last.is_subject and mention.is_subject and pronoun:
                    return mention  # the paragraph before ends on an object (…与部长王毅举行会谈。): its subject
                if last.pos >= paragraph_start or mention.is_subject or not pronoun:
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
