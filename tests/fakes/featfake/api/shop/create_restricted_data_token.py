"""POST /tokens/2021-03-01/restrictedDataToken (the runtime posts it itself; listed for lookup)."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call

URL = "/tokens/2021-03-01/restrictedDataToken"


def sync_detailed(*, client: Any, body: Any) -> Any:
    return call(client, "POST", URL, body=body)


async def asyncio_detailed(*, client: Any, body: Any) -> Any:
    return await acall(client, "POST", URL, body=body)
