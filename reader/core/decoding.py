"""Turning a file's bytes into text: which encoding, judged by the result.

Archives of Chinese news come in UTF-8 (with or without BOM), UTF-16, GBK/GB18030
and Big5.  A legacy encoding cannot be told from the absence of errors alone:
Big5 bytes decode "successfully" as GB18030 into nonsense.  So every candidate
that decodes is scored by how much of the result is common Chinese (in either
script) and plain ASCII, and the most readable wins.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.textnorm import is_cjk_punct

# The most frequent Han characters of news text, in both scripts.
COMMON_HAN = frozenset(
    "一七万三上下不与专且世业东两並个中为主么义之乐九也书了争事二于五些交产京亲人什今从他代令以们件任企众会传似但佈位住体何作你使來便保信個們倒候做傳像儿元先光克兒党入內全兩八公六共关兵其内再写军决冷准几出分切则別利别到制則前副力办功加务动動務包化北区區十千半华单南即却卻历原去又及友双反发取受变口只叫可台史司吃各合同名后向听告员呢周命和品員哪商問喜喫單四回因团国國團在地场坐城域基報場士声处外多大天太夫失头女她好如始委子字学孩學它安完官定宝实宣家容實寫寶对导将將專對導小少就尽局展山峯峰工己已市布师带師帶常干平年并幹幾广应府度廣建开式弟张張強强当形影往很後得從微德心必志快怎怕思性总息情想意愛感應成我或战戰房所手才打找技把投报拉拿持指据接提據收改放政教数數文断斯新斷方於无日早时明是時智更書曾最會月有服望期未本术机杀权李条来東极林果校样根格條業極樂樣機權次欧歐止正此步武歷死段殺母每比毛民气氣水求江決沒没治法注洲活派流济海深清準满滿濟火点無然爭爱爲父片版物特王现現理甚生產用由电界留當發白百的盡目直相看真眼着知石研示社神离种科称程種稱究空立站笑第等算管精系紅級終組結給統經網編總红级组终经结给统编网美義老者而联聯聲聽能脸臉自至臺與色花若英華萬落處虽衆行術表被裏西要見視親覺觀见观视觉解言計記設許話該認語說誰調談請論講識議讀變讓计认让议记讲许论设识话该语说请读谁调谈象資资走起越跟路身車軍輕轉车转轻辦边达过运近还这进远连這通造連進運過道達遠還邊那部都里重量金錢钱長长門開間關门问间队际院隊随際隨难集雖雙離難電青非面革音領頭題领题風风飛飞首香馬马體高麼黃黄黑點黨"
)

_LEGACY_CANDIDATES = ("gb18030", "big5hkscs")
_MIN_READABLE = 0.35


class NotText(ValueError):
    """The bytes are not a readable text article; the message says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _sniff_binary(data: bytes) -> str | None:
    head = data[:4096]
    signatures = {
        b"%PDF": "a PDF document",
        b"\x89PNG": "a PNG image",
        b"\xff\xd8\xff": "a JPEG image",
        b"GIF8": "a GIF image",
        b"PK\x03\x04": "a ZIP archive (or Office document)",
        b"\x1f\x8b": "a gzip archive",
        b"Bud1": "a Finder .DS_Store file",
        b"\x00\x00\x00\x01Bud1": "a Finder .DS_Store file",
        b"RIFF": "a media file",
        b"\x7fELF": "a program",
    }
    for magic, what in signatures.items():
        if head.startswith(magic):
            return what
    return None


def readability(text: str) -> float:
    """Share of characters that are common Han, ASCII text or everyday punctuation."""
    if not text:
        return 0.0
    sample = text[:20000]
    good = 0
    for ch in sample:
        if ch in COMMON_HAN or 0x20 <= ord(ch) < 0x7F or ch in "\n\r\t" or is_cjk_punct(ch):
            good += 1
    # Uncommon Han characters are normal in small doses; a text made mostly of
    # them (as mis-decoded Big5 is) scores low because they are not counted.
    return good / len(sample)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: NUL bytes are its tell; judge both byte orders."""
    if len(data) < 4 or b"\x00" not in data[:8192]:
        return None
    best, best_score = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) - len(data) % 2].decode(codec)
        except UnicodeDecodeError:
            continue
        score = readability(text)
        if score > best_score:
            best, best_score = codec, score
    return best if best_score >= 0.6 else None


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes, or raise NotText with a one-line reason."""
    if not data.strip() or not data.decode("utf-8", errors="ignore").strip():
        raise NotText("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:], "utf-8-sig", "utf-8")
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data, name, name)
    binary = _sniff_binary(data)
    if binary:
        raise NotText(f"not an article: {binary}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data, utf16, "utf-16")
    if b"\x00" in data[:8192]:
        raise NotText("not text: binary data (NUL bytes)")
    try:
        return _checked(data, "utf-8", "utf-8")
    except NotText:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    best: Decoded | None = None
    best_score = -1.0
    for name in _LEGACY_CANDIDATES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = readability(text)
        if score > best_score:
            best, best_score = Decoded(text, "gb18030" if name == "gb18030" else "big5"), score
    if best is None or best_score < _MIN_READABLE or _control_share(best.text) > 0.1:
        raise NotText("undecodable: not UTF-8, UTF-16, GB18030 or Big5 text")
    if best.encoding == "gb18030" and data.isascii() is False:
        # GBK is a subset of GB18030; report the narrower name when it suffices.
        try:
            data.decode("gbk")
            best = Decoded(best.text, "gbk")
        except UnicodeDecodeError:
            pass
    return best


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a download cut mid-character, a stray 0xFF)
    is still UTF-8: keep it, with U+FFFD where the bytes were bad."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(data) // 2000) and readability(text) >= _MIN_READABLE:
        return Decoded(text.lstrip("\ufeff"), "utf-8")
    return None


def _checked(data: bytes, codec: str, label: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise NotText(f"undecodable {label}: {exc.reason} at byte {exc.start}") from None
    if _control_share(text) > 0.1:
        raise NotText("not text: control characters throughout")
    return Decoded(text.lstrip("\ufeff"), label)
