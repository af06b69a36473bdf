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

The package, in the order the modules build on each other: ``lexicon`` (the
words and patterns of the language), ``marks`` (pairing quotation marks),
``names`` (reading names and roles), ``people`` (who a pronoun points to) and
``article`` (the rules that classify each quote and find its speaker).
"""

from __future__ import annotations

from reader.core.models import Article, BlockKind, Quote
from reader.core.quotes.article import _Article
from reader.core.quotes.marks import QuoteSpan, find_quote_spans

__all__ = ["QuoteSpan", "article_quotes", "extract_quotes", "find_quote_spans"]


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
