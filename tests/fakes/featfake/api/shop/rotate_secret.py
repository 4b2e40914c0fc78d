"""POST /shop/v1/clientSecret: grantless (client-credential rotation scope)."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call


def sync_detailed(*, client: Any) -> Any:
    return call(client, "POST", "/shop/v1/clientSecret")


async def asyncio_detailed(*, client: Any) -> Any:
    return await acall(client, "POST", "/shop/v1/clientSecret")
