"""The reader and the quotes panel are mounted a frame after the sources
(see ``SummitReader._mount_panes_soon``); what needs them waits for them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

Method = TypeVar("Method", bound=Callable[..., Any])


def needs_panes(method: Method) -> Method:
    """A method that uses the reader or the quotes panel.  Called before they
    are mounted (a key typed ahead at launch, a scan that failed at once), it
    runs once they are, in the order such calls came."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not self._panes_mounted:
            self._mount_panes_soon(lambda: wrapper(self, *args, **kwargs))
            return None
        return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
