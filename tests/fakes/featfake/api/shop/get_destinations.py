"""GET /shop/v1/destinations: grantless (notifications scope)."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call


def sync_detailed(*, client: Any) -> Any:
    return call(client, "GET", "/shop/v1/destinations")


async def asyncio_detailed(*, client: Any) -> Any:
    return await acall(client, "GET", "/shop/v1/destinations")
