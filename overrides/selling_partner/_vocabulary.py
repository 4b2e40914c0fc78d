"""Values several runtime modules share, defined once (no imports of the runtime).

The client, the document transfers and anything else that needs one of these
imports it from here, so that none of them has to reach through another
module (or copy it) to get it.
"""

from __future__ import annotations

import httpx

__all__ = ["DEFAULT_TIMEOUT"]

#: Every request's timeout unless ``timeout=`` says otherwise: 10 s to connect,
#: 30 s for each read/write/pool wait.
# Per request: 10 s to connect, 30 s for every other wait (read, write, pool).
# SP-API answers within seconds; a document download streams, so 30 s is the
# longest silence, not the longest transfer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
