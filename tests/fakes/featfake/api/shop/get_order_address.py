"""GET /shop/v1/orders/{orderId}/address: restricted, no data elements."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call


def sync_detailed(*, client: Any, order_id: str) -> Any:
    return call(client, "GET", f"/shop/v1/orders/{order_id}/address")


async def asyncio_detailed(*, client: Any, order_id: str) -> Any:
    return await acall(client, "GET", f"/shop/v1/orders/{order_id}/address")
