"""Small user settings (script mode and variant), kept as JSON in the config dir.

Written atomically (a temporary file in the same folder, then ``os.replace``),
so a crash mid-write leaves the previous settings intact.  Unreadable settings
fall back to the defaults.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.core import paths
from reader.core.script import MODES, VARIANTS


@dataclass(frozen=True, slots=True)
class Settings:
    mode: str = "original"
    variant: str = "generic"


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    mode = data.get("mode") if data.get("mode") in MODES else "original"
    variant = data.get("variant") if data.get("variant") in VARIANTS else "generic"
    return Settings(mode=mode, variant=variant)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically; raises OSError if the config dir is not writable."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
