"""summit-reader: a terminal reader for Chinese-language news.

``reader.core`` is the pure core (loading, conversion, search, quotes, line
breaking, storage) and never imports Textual; ``reader.ui`` is the Textual app on
top of it; ``reader.cli`` is the command line, which uses the core alone.
"""

__version__ = "0.1.0"
