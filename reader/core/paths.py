"""Where summit-reader keeps its own files: config, data and cache, kept apart.

Each directory comes from platformdirs and can be overridden by an environment
variable so tests (and users) can point it elsewhere.  Nothing is ever written
next to the user's articles.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "summit-reader"


def _dir(env_var: str, default: str) -> Path:
    override = os.environ.get(env_var)
    return Path(override).expanduser() if override else Path(default)


def config_dir() -> Path:
    """Settings (the script mode and its variant)."""
    import platformdirs

    return _dir("SUMMIT_READER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    """User data that must never be lost: highlights, notes, reading positions."""
    import platformdirs

    return _dir("SUMMIT_READER_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """Rebuildable data: the corpus index."""
    import platformdirs

    return _dir("SUMMIT_READER_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def bundled_seeds() -> Path:
    """The four bundled articles, in the wheel or in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "seeds"
    if packaged.is_dir():
        return packaged
    return here.parent / "seeds"
