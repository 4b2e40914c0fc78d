"""Values several runtime modules share, defined once (no imports of the runtime).

The client, the document transfers and anything else that needs one of these
imports it from here, so that none of them has to reach through another
module (or copy it) to get it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["DEFAULT_TIMEOUT", "json_or_none"]

#: Every request's timeout unless ``timeout=`` says otherwise: 10 s to connect,
#: 30 s for each read/write/pool wait.
# Per request: 10 s to connect, 30 s for every other wait (read, write, pool).
# SP-API answers within seconds; a document download streams, so 30 s is the
# longest silence, not the longest transfer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def json_or_none(content: bytes) -> Any:
    """``content`` as JSON, or None when it is not JSON (an error page, a cut body).

    Error bodies, Login with Amazon's answers and lookups are read this way: what
    they hold is a bonus, their absence is not an error of its own. JSON nested
    thousands deep (RecursionError) counts as not JSON.
    """
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None
