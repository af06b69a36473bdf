"""The ``summit-reader`` command line.

``summit-reader [PATH]`` opens the reader (the Textual app).  Every other
command uses the core alone and never imports Textual, so it starts fast:

* ``sources [PATH]`` lists the articles and the files skipped, with reasons;
* ``read ID_OR_PATH [PATH] --width N`` prints an article laid out exactly as the
  reader lays it out at that width;
* ``search QUERY [PATH]`` ranks articles exactly as the filter does.

Errors go to stderr as one line, with a non-zero exit and no traceback.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import __version__
from reader.core import paths
from reader.core.models import Article, Skipped
from reader.core.script import CLI_SCRIPTS, SCRIPT_BADGES, cli_script, convert_plain
from reader.core.textnorm import printable

if TYPE_CHECKING:
    import argparse

    from reader.core.index import Entry
    from reader.core.library import Library

# Each command imports what it needs when it runs: `summit-reader` (the app)
# must not pay for the parsers before Textual has drawn the first screen.


class UsageError(Exception):
    """A problem the user can fix; printed as one line on stderr."""


# ------------------------------------------------------------------ helpers


def _library(path: str | None) -> Library:
    from reader.core.library import open_library

    return open_library(_root(path))


def _root(path: str | None) -> Path:
    """The folder or file to read, or a one-line reason why it cannot be."""
    import errno

    root = Path(path).expanduser() if path else paths.bundled_seeds()
    try:
        root.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(f"{printable(str(root))}: symlink loop") from None
        if not root.is_symlink():
            raise UsageError(f"no such file or folder: {printable(str(root))}") from None
        raise UsageError(f"{printable(str(root))}: broken symlink") from None
    return root


def find_entry(library: Library, ident: str) -> Entry:
    """An article by id or unique id prefix."""
    from reader.core.index import Entry

    found = library.find(ident)
    if isinstance(found, Entry):
        return found
    if not found:
        raise UsageError(f"no article matches {printable(ident)!r} (see `summit-reader sources`)")
    names = ", ".join(e.id for e in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise UsageError(f"{ident!r} is ambiguous: it matches {names}{more}")


def find_article(ident: str, path: str | None) -> Article:
    """An article by file path, or by id / unique id prefix in the corpus."""
    from reader.core.library import Library
    from reader.core.loader import load_article

    candidate = Path(ident).expanduser()
    if candidate.is_dir():
        raise UsageError(f"{printable(ident)} is a folder: give an article id or a file")
    if candidate.is_file() or candidate.is_symlink():
        loaded = load_article(candidate)
    else:
        loaded = Library.article(find_entry(_library(path), ident))
    if isinstance(loaded, Skipped):
        raise UsageError(f"{printable(str(loaded.path))}: {loaded.reason}")
    return loaded


def article_json(article: Article | Entry, mode: str = "original", variant: str = "generic") -> dict[str, Any]:
    from reader.core.index import Entry

    def shown(text: str) -> str:
        return convert_plain(text, mode, variant)

    return {
        "id": article.id,
        "path": str(article.path),
        "title": shown(article.title),
        "outlet": shown(article.outlet),
        "author": shown(article.author),
        "published": article.published,
        "url": article.url,
        "script": article.script,
        "encoding": article.encoding,
        "characters": article.characters if isinstance(article, Entry) else len(article.text),
        "blocks": article.blocks if isinstance(article, Entry) else len(article.blocks),
    }


def _print_json(data: object) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _script_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--script",
        choices=CLI_SCRIPTS,
        default="original",
        help="show text in this script (default: as the article is written)",
    )


# ------------------------------------------------------------------ commands


def cmd_sources(args: argparse.Namespace) -> int:
    library = _library(args.path)
    mode, variant = cli_script(args.script)
    if args.json:
        _print_json(
            {
                "articles": [article_json(a, mode, variant) for a in library.entries],
                "skipped": [{"path": str(s.path), "reason": s.reason} for s in library.skipped],
            }
        )
        return 0
    for article in library.entries:
        date = article.published[:10] or "—"
        title = convert_plain(article.title, mode, variant)
        outlet = convert_plain(article.outlet, mode, variant) or "?"
        print(printable(f"{article.id}\t{SCRIPT_BADGES[article.script]}\t{date}\t{outlet}\t{title}"))
    for skipped in library.skipped:
        print(printable(f"skipped: {skipped.path}: {skipped.reason}"), file=sys.stderr)
    if not library.entries:
        print("no articles found", file=sys.stderr)
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    from reader.core.layout import lay_out, render_plain

    if args.width < 10:
        raise UsageError("--width must be at least 10")
    article = find_article(args.article, args.path)
    mode, variant = cli_script(args.script)
    layout = lay_out(article, args.width, mode, variant)
    if args.json:
        data = article_json(article, mode, variant)
        data["width"] = args.width
        data["lines"] = [
            {"kind": line.kind, "text": line.prefix + line.text, "block": line.block} for line in layout.lines
        ]
        _print_json(data)
    else:
        print(render_plain(layout))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    library = _library(args.path)
    hits = library.search(args.query, limit=args.limit)
    mode, variant = cli_script(args.script)
    if args.json:
        _print_json(
            [
                {**article_json(library.entries[hit.index], mode, variant), "score": round(hit.tier * 100 + hit.score, 2), "matched": hit.where}
                for hit in hits
            ]
        )
        return 0
    for hit in hits:
        article = library.entries[hit.index]
        title = convert_plain(article.title, mode, variant)
        print(printable(f"{hit.tier * 100 + hit.score:7.2f}\t{hit.where}\t{article.id}\t{title}"))
    if not hits:
        print(f"no article matches {args.query!r}", file=sys.stderr)
        return 1
    return 0


def _store():  # type: ignore[no-untyped-def]
    from reader.core.highlights import HighlightStore, HighlightStoreError

    try:
        store = HighlightStore()
    except HighlightStoreError as exc:
        raise UsageError(str(exc)) from None
    if store.recovered_from is not None:
        print(f"summit-reader: the highlights store was damaged; kept as {store.recovered_from}", file=sys.stderr)
    return store


def cmd_quotes(args: argparse.Namespace) -> int:
    from reader.core.export import highlight_record, quote_record, to_csv, to_markdown
    from reader.core.index import CorpusIndex
    from reader.core.library import Library
    from reader.core.script import fold_script

    library = _library(args.path)
    mode, variant = cli_script(args.script)

    def shown(text: str) -> str:
        return convert_plain(text, mode, variant)

    from reader.core.highlights import HighlightStoreError

    try:
        store = _store()
    except UsageError as exc:
        # Quotes do not need the highlight store: print them without highlights.
        print(f"summit-reader: highlights left out: {exc}", file=sys.stderr)
        store = None
    wanted = fold_script(args.speaker) if args.speaker else None
    records = []
    index = CorpusIndex(library.root)
    for entry in library.entries:
        # The file is read only when something needs its text: quotes not
        # extracted yet, highlights to place, a Latin name to look for.
        quotes = index.quotes(entry.path)
        mine = []
        if wanted is None and store is not None:
            try:
                mine = store.for_article(entry.id, entry.title, entry.path)
            except HighlightStoreError as exc:
                raise UsageError(str(exc)) from None
        article: Article | None = None
        if quotes is None or mine:
            loaded = Library.article(entry)
            if isinstance(loaded, Skipped):
                continue
            article = loaded
            quotes = index.quotes_for(entry.path, article)
        rows = [quote_record(entry, q, shown) for q in quotes]
        if wanted is not None:
            kept = []
            for row, quote in zip(rows, quotes):
                if not _speaker_named(wanted, quote):
                    article = article or _readable(entry)
                    if article is None or not _latin_name_matches(wanted, quote, article.text):
                        continue
                kept.append(row)
            rows = kept
        rows += [highlight_record(article, h, shown) for h in mine]
        records += sorted(rows, key=lambda r: (r["start"], r["kind"]))
    if store is not None:
        store.close()
    index.close()
    if args.format == "json":
        _print_json(records)
    elif args.format == "csv":
        sys.stdout.write(printable(to_csv(records)))
    else:
        sys.stdout.write(printable(to_markdown(records)))
    return 0


def _article_for(library: Library, highlight, read: dict[str, Article | None]) -> Article | None:  # type: ignore[no-untyped-def]
    """The article a highlight belongs to: by id, else by title or path.
    ``read`` keeps the articles read so far, by entry id: each file is read once."""
    for entry in library.entries:
        if entry.id == highlight.article_id or entry.path == highlight.article_path or entry.title == highlight.article_title:
            if entry.id not in read:
                read[entry.id] = _readable(entry)
            if read[entry.id] is not None:
                return read[entry.id]
    return None


def _speaker_named(wanted: str, quote) -> bool:  # type: ignore[no-untyped-def]
    """``--speaker``: part of the name or role, in any script."""
    from reader.core.script import fold_script

    return wanted in fold_script(quote.role + quote.speaker)


def _latin_name_matches(wanted: str, quote, text: str) -> bool:  # type: ignore[no-untyped-def]
    """``--speaker``: part of a Latin name the article gives in brackets (``Macron`` finds 马克龙)."""
    from reader.core.script import fold_script
    from reader.core.speakers import latin_names

    return any(wanted in fold_script(name) for name in latin_names(text, quote.speaker))


def _readable(entry: Entry) -> Article | None:
    from reader.core.library import Library

    loaded = Library.article(entry)
    return loaded if isinstance(loaded, Article) else None


def cmd_highlights(args: argparse.Namespace) -> int:
    from reader.core.export import highlight_record
    from reader.core.highlights import HighlightStoreError

    store = _store()
    try:
        if args.action == "list":
            items = store.all()
            if args.json:
                library = _library(args.path)
                read: dict[str, Article | None] = {}
                _print_json([highlight_record(_article_for(library, h, read), h, lambda t: t) for h in items])
            else:
                for h in items:
                    note = f"  ✎ {h.note}" if h.note else ""
                    print(printable(f"{h.id[:8]}\t{h.article_id}\t{h.exact}{note}"))
        elif args.action == "add":
            article = find_article(args.article, args.path)
            if not args.text.strip():
                raise UsageError("TEXT is empty: give the exact passage to highlight")
            start = article.text.find(args.text)
            if start < 0:
                raise UsageError(f"the passage is not in {article.id} (give the exact text as it appears)")
            if article.text.find(args.text, start + 1) >= 0:
                print("summit-reader: the passage occurs more than once; highlighting the first", file=sys.stderr)
            end = start + len(args.text)
            same = [h for h in store.for_article(article.id, article.title, str(article.path)) if (h.start, h.end, h.exact) == (start, end, args.text)]
            if same:
                print(same[0].id)
                print("summit-reader: already highlighted; nothing added", file=sys.stderr)
                return 0
            added = store.add(article.id, article.title, str(article.path), article.text, start, end, args.note or "")
            print(added.id)
        elif args.action == "remove":
            found = store.find(args.highlight_id)
            store.remove(found.id)
            print(f"removed {found.id[:8]}")
        elif args.action == "export":
            data = store.export_json()
            if args.file:
                Path(args.file).expanduser().write_text(data, encoding="utf-8")
                print(f"exported {len(store.all())} highlight(s) to {args.file}", file=sys.stderr)
            else:
                sys.stdout.write(data if data.endswith("\n") else data + "\n")
        elif args.action == "import":
            try:
                data = Path(args.file).expanduser().read_text(encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from None
            added = store.import_json(data)
            print(f"imported {added} new highlight(s)")
    except HighlightStoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    root = _root(args.path)
    # Imported by name so that Textual stays off the import path of every
    # other command (and out of reach of the core's import contracts).
    app_module = importlib.import_module("reader.ui.app")
    return int(app_module.run(root) or 0)


# ------------------------------------------------------------------ parsing

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="summit-reader",
        description="A terminal reader for Chinese-language news. "
        "Run `summit-reader [PATH]` to open the reader on a folder or file "
        "(default: the bundled articles), or use a command below.",
    )
    parser.add_argument("--version", action="version", version=f"summit-reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = sub.add_parser("open", help="open the reader (the default command)")
    opener.add_argument("path", nargs="?", help="folder or file of articles (default: bundled seeds)")
    opener.set_defaults(func=cmd_open)

    sources = sub.add_parser("sources", help="list the articles and the files skipped")
    sources.add_argument("path", nargs="?", help="folder or file of articles (default: bundled seeds)")
    sources.add_argument("--json", action="store_true", help="print JSON (fields in the README)")
    _script_arg(sources)
    sources.set_defaults(func=cmd_sources)

    read = sub.add_parser("read", help="print an article laid out as the reader shows it")
    read.add_argument("article", metavar="ID_OR_PATH", help="article id, unique id prefix, or file path")
    read.add_argument("path", nargs="?", help="folder of articles to look in (default: bundled seeds)")
    read.add_argument("--width", type=int, default=80, help="line width in terminal cells (default 80)")
    read.add_argument("--json", action="store_true", help="print JSON (fields in the README)")
    _script_arg(read)
    read.set_defaults(func=cmd_read)
    search = sub.add_parser("search", help="rank articles for a query, in any script (as the filter does)")
    search.add_argument("query", help="words to find; any script, any case")
    search.add_argument("path", nargs="?", help="folder or file of articles (default: bundled seeds)")
    search.add_argument("--limit", type=int, default=None, help="show at most N results")
    search.add_argument("--json", action="store_true", help="print JSON (fields in the README)")
    _script_arg(search)
    search.set_defaults(func=cmd_search)

    quotes = sub.add_parser("quotes", help="extracted quotes and your highlights, as JSON, Markdown or CSV")
    quotes.add_argument("path", nargs="?", help="folder or file of articles (default: bundled seeds)")
    formats = quotes.add_mutually_exclusive_group()
    formats.add_argument("--json", dest="format", action="store_const", const="json", help="JSON (fields in the README)")
    formats.add_argument("--markdown", dest="format", action="store_const", const="markdown", help="Markdown (default)")
    formats.add_argument("--csv", dest="format", action="store_const", const="csv", help="CSV")
    quotes.add_argument("--speaker", help="only quotes by this speaker (any script, part of the name)")
    _script_arg(quotes)
    quotes.set_defaults(func=cmd_quotes, format="markdown")

    highlights = sub.add_parser("highlights", help="list, add, remove, export and import your highlights")
    actions = highlights.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every highlight")
    listing.add_argument("--json", action="store_true", help="print JSON (the records of `quotes --json`)")
    listing.add_argument("--path", help="folder of articles the highlights belong to (default: bundled seeds)")
    adding = actions.add_parser("add", help="highlight a passage of an article")
    adding.add_argument("article", metavar="ARTICLE", help="article id, unique id prefix, or file path")
    adding.add_argument("text", metavar="TEXT", help="the exact passage to highlight")
    adding.add_argument("--note", help="a note to keep with it")
    adding.add_argument("--path", help="folder of articles to look in (default: bundled seeds)")
    removing = actions.add_parser("remove", help="remove a highlight")
    removing.add_argument("highlight_id", metavar="HIGHLIGHT_ID", help="its id, or a unique prefix of it")
    exporting = actions.add_parser("export", help="write every highlight as JSON (stdout without FILE)")
    exporting.add_argument("file", nargs="?", metavar="FILE")
    importing = actions.add_parser("import", help="read an export back; importing twice adds nothing")
    importing.add_argument("file", metavar="FILE")
    highlights.set_defaults(func=cmd_highlights)
    return parser


COMMAND_NAMES = ("open", "sources", "read", "search", "quotes", "highlights")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) <= 1 and not any(a.startswith("-") or a in COMMAND_NAMES for a in argv):
        # `summit-reader` or `summit-reader PATH`: the reader, without building
        # the parser for every command (argparse and the parser are 20 ms of
        # the reader's start-up).
        return _run(cmd_open, _OpenArgs(argv[0] if argv else None))
    parser = build_parser()
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None and not any(a in ("-h", "--help", "--version") for a in argv):
        argv = ["open", *argv]
    elif first is not None and first not in COMMAND_NAMES:
        argv = ["open", *argv]
    args = parser.parse_args(argv)
    return _run(args.func, args)


class _OpenArgs:
    """The arguments of `open`, for the path that skips the parser."""

    def __init__(self, path: str | None) -> None:
        self.path = path


def _run(command: Callable[[Any], int], args: Any) -> int:
    try:
        return command(args)
    except UsageError as exc:
        print(f"summit-reader: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"summit-reader: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
