"""One article read for its quotes: the names it vouches for, its speech
verbs, and the rules that tell speech from terms and find each quote's speaker."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from reader.core.models import Quote
from reader.core.quotes.lexicon import (
    CLAUSE_BREAK, CLOSE_TO_OPEN, MASK, NARRATION_WINDOW, OPEN_TO_CLOSE, PRONOUNS,
    REPORTED_SPEECH_REACH, ROLE_RE, SENTENCE_END, SPEECH_VERB_RE, _ANAPHOR_RE,
    _ATTRIBUTING_FOLLOW_RE, _BODY_WORDS, _CITED_RE, _CLAUSE_RE, _CLOSERS, _COMPOUND_SURNAMES,
    _COPULA_END_RE, _COPULA_NOUN_RE, _COUNTED_RE, _COVERBS, _DOT, _DOTTED_NAME_RE,
    _FAMILIAR_NAME_RE, _FEELING_RE, _GIVEN_INVENTORY, _GIVEN_LATIN_NAME_RE, _GROUP_CHARS, _HAN,
    _HAN_RUN_RE, _HEADING_WORDS_RE, _HONORIFIC_NAME_RE, _JUDGING_VERB_RE, _KIN_SUFFIX,
    _LABEL_WORDS, _LEADING_COVERB_RE, _LOCATIVE_END_RE, _MODIFIER_END, _NAME_ENDERS,
    _NAME_WITH_LATIN_RE, _NICKNAME_RE, _NON_PERSON_CHARS, _NON_PERSON_SUFFIXES,
    _NOT_COVERB_ENDS, _NOT_GIVEN_CHARS, _NOUN_FOLLOWERS, _OBJECT_VERB_RE, _OPENERS,
    _OPENING_LINK_RE, _PARTY_WORDS, _PEOPLE_NOUNS, _PEOPLE_NOUN_RE, _PERSON_CLASSIFIER_RE,
    _PERSON_WORD_ENDS, _PROFILE_ENDS, _REFERRING_NOUNS, _RELATED_RE, _SURNAMES, _SURNAME_CLASS,
    _SURNAME_TITLE_RE, _TERM_MARKER_RE, _TITLED_LATIN_NAME_RE, _TOPIC_VERB_RE, _TURN_RE,
    _VERB_AFTER_RE, _VERB_BEFORE_RE, _VERB_START_CHARS,
)
from reader.core.quotes.marks import QuoteSpan, _Lines, _mask, find_quote_spans
from reader.core.quotes.names import (
    _ADDRESSING_RE, _BEFORE_BODY_CUT, _BODY_NAME_REST_RE, _BODY_RUN_RE, _DOCUMENT_NAME_RE,
    _HEAD_IN_A_WORD, _ISSUING_VERB_RE, _LEADING_WORD_RE, _NARRATION_START_RE,
    _ORG_ANAPHOR_IN_RE, _ORG_ANAPHOR_RE, _ORG_HEADS, _ORG_HEAD_RE, _ORG_ROLE_RE, _PARENT_END_RE,
    _PARTY_HEADS, _PRONOUN_SUBJECT_RE, _SCHOOL_HEADS, _Speaker, _TRANSLITERATION_CHARS,
    _block_speaker, _chinese_name_size, _clean_role, _ends_name, _has_name_shape,
    _has_narration, _is_bare_name, _is_body, _is_document, _is_manner_phrase, _is_person_name,
    _is_sentence_like, _is_short_form, _is_term_like, _last_part_forms, _names_a_thing,
    _reads_as_body, _reads_as_given, _reads_as_person, _runs_on, _speaks_for_itself,
    _split_name, _strip_adverbials, _surname_of, _trim_name_end,
)
from reader.core.quotes.people import _Mention, _PRONOUN_RE, _People, _SUBJECT_PRONOUN_RE


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

    @functools.cached_property
    def _known_longest_first(self) -> list[str]:
        """The names the text vouches for, longest first, so that 林鄭月娥 is met before 林鄭."""
        return sorted(self.known, key=len, reverse=True)

    def _add_pointing_verbs(self) -> None:
        """指 right after a person, as Hong Kong and Taiwan reports use it for
        saying (張先生指整體氣氛熾熱, 他指…, 陳指…), is a speech verb too."""
        names = "|".join(re.escape(name) for name in self._known_longest_first)
        alone = f"(?:^|(?<=[，,。；;：:\\n的]))(?:[他她]|[{_SURNAME_CLASS}])"  # 他指, 陳指, at a clause's start
        pattern = re.compile(
            f"(?:{names + '|' if names else ''}{alone})(?:亦|也|則|则|又|更|續|续|就|都|仍|還|还)?(指)"
            "(?![出向示定導导責责控明南標标數数甲望令派點点])"
        )
        verb = re.compile("指")
        known_starts = set(self._attributing_starts)
        extra = [  # the match of 指 alone, as the other speech verbs are matched
            verb.match(self.masked, m.start(1)) for m in pattern.finditer(self.masked) if m.start(1) not in known_starts
        ]
        if extra:
            self.attributing = sorted([*self.attributing, *extra], key=lambda v: v.start())
            self._attributing_starts = [v.start() for v in self.attributing]

    # -- people

    def _collect_names(self) -> set[str]:
        """Names vouched for by the text: after or before a title, with a middle dot
        or a Latin name, with an honorific or a familiar 小/老/阿, as a speech
        verb's subject, at a ``Name：`` line, or repeated with different words
        after them."""
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
            elif opening := self._opening_name(subject):  # ”袁小花边数着钱边嘟哝着。
                names.add(opening)
        repeated = self._repeated_names()
        names.update(repeated)
        full_surnames = {_surname_of(name) for name in names if _HAN_RUN_RE.fullmatch(name) and len(name) >= 2}
        names.update(  # 蔡總統 for the 蔡英文 the text names: a mention a pronoun may point to
            m.group() for m in _SURNAME_TITLE_RE.finditer(self.masked)
            if _surname_of(m.group()) in full_surnames and not _HAN_RUN_RE.fullmatch(self.masked[m.end() : m.end() + 1] or "。")
        )
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
        """Names the text repeats: a surname and one to three more characters met
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
            after = phrase[len(latin) : len(latin) + 1]
            if phrase.startswith(latin) and not (after.isascii() and after.isalpha()):
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
            titled = self._last_titled(speaker.role[_ANAPHOR_RE.match(speaker.role).end() :], pos)
            if titled:  # 这位发言人: the spokesman named before, not whoever was named last
                return _Speaker(titled, "", True)
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

    def _last_titled(self, title: str, pos: int) -> str:
        """The name the text gave last before ``pos`` right after ``title``
        (发言人郭嘉昆 for 这位发言人), or ""."""
        if not ROLE_RE.search(title) or not title.endswith(ROLE_RE.findall(title)[-1]):
            return ""
        at = self.masked.rfind(title, 0, pos)
        while at >= 0:
            after = at + len(title)
            name = next((name for name in self._person_names if self.masked.startswith(name, after)), "")
            if name:
                return name
            at = self.masked.rfind(title, 0, at)
        return ""

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
            speakers = {who: self._turn_speaker(who) for _, who, _, _ in run}
            lone_person = (  # a named person's words on a line of their own: 劉欣開場白：非常感謝…。
                len(run) == 1 and run[0][0] >= self._body_start
                and self._is_named(speakers[run[0][1]])
                # not a byline opening the report: 记者 王晓东：第七届…论坛12日开幕
                and not (run[0][0] <= self._body_start and re.search("记者|記者|通讯员|通訊員", run[0][1]))
            )
            if lone_person or (len(run) >= 2 and len(speakers) >= 2):
                for line_start, who, start, stop in run:
                    speaker = speakers[who]
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

    def _is_named(self, speaker: _Speaker) -> bool:
        """Whether a turn's speaker is a person the text names, or a name beside a title (记者 陶静)."""
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
        if not self._could_go_on(self.text[pos:end].strip()):
            return False
        following = end + 1
        subheads = 0
        for _ in range(6):  # the next turn, after more such paragraphs or a subhead
            while following < len(self.text) and not self.text[following : self.lines.end_of(following)].strip():
                following = self.lines.end_of(following) + 1
            if following >= len(self.text):
                return False
            stop = self.lines.end_of(following)
            turn = _TURN_RE.match(self.text, following, stop)
            if turn:
                return turn.group("who") != who and turn.group("words").rstrip(_CLOSERS).endswith(("？", "?"))
            line = self.text[following:stop].strip()
            if len(line) <= 30:
                subheads += 1
            if subheads > 1 or (len(line) > 30 and not self._could_go_on(line)):
                return False
            following = stop + 1
        return False

    def _could_go_on(self, line: str) -> bool:
        """Whether a paragraph could be the rest of an answer: words that end a
        sentence, not opening with a quote, a pronoun or someone named."""
        if not line or line[0] in OPEN_TO_CLOSE or not line.endswith(tuple(SENTENCE_END + "…")):
            return False
        # narration about someone: 劉欣不到30秒的開場白被…插話。
        return not (_PRONOUN_RE.match(line) or any(line.startswith(name) for name in self.known))

    def _turn_speaker(self, who: str) -> _Speaker:
        """The speaker of an interview turn: a person's name, "" for 记者 or 问, a body by its name."""
        medium = re.fullmatch("(?P<medium>.{2,8}?)(?:记者|記者)", who)
        asker = _split_name(medium.group("medium"), self.known) if medium else None
        if asker is not None and not asker.is_person:
            return _Speaker(medium.group("medium"), "", False)  # 法新社记者：, a medium's question
        parts = who.split()
        if len(parts) == 2:  # 记者 陶静, 孙翔 外卖小哥: the part that names someone
            for name, role in (parts, parts[::-1]):
                speaker = _split_name(name, self.known)
                if speaker is not None and speaker.is_person and speaker.name and not ROLE_RE.fullmatch(name):
                    return _Speaker(speaker.name, role, True)
            who = "".join(parts)
        opening = next((name for name in self._known_longest_first if who.startswith(name)), "")
        if opening and len(opening) < len(who) and _is_person_name(opening, vouched=True):
            return _Speaker(opening, "", True)  # 劉欣開場白：, 劉欣談及知識產權：
        speaker = _split_name(who, self.known)
        if speaker is None or who in ("问", "問", "答", "Q", "A"):
            return _Speaker("", "", True)
        titled = self._last_titled(who, len(self.masked)) if not speaker.name and not re.search("记者|記者", who) else ""
        if titled:  # 民政事務局局長： for the 民政事務局局長曾德成 of the introduction
            return _Speaker(titled, who, True)
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
        for name in self._known_longest_first:
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
            if line and (len(line) > 20 or any(ch in line.rstrip("？?！!") for ch in SENTENCE_END + "，,")):
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
