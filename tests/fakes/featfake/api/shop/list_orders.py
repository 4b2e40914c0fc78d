"""GET /shop/v1/orders: paged by NextToken (payload.NextToken), restricted with data elements."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call

URL = "/shop/v1/orders"


def _query(marketplace_ids: list[str], created_after: str | None, next_token: str | None) -> Any:
    return {
        "MarketplaceIds": marketplace_ids,
        "CreatedAfter": created_after,
        "NextToken": next_token,
    }


def sync_detailed(
    *,
    client: Any,
    marketplace_ids: list[str],
    created_after: str | None = None,
    next_token: str | None = None,
) -> Any:
    return call(client, "GET", URL, _query(marketplace_ids, created_after, next_token))


async def asyncio_detailed(
    *,
    client: Any,
    marketplace_ids: list[str],
    created_after: str | None = None,
    next_token: str | None = None,
) -> Any:
    return await acall(client, "GET", URL, _query(marketplace_ids, created_after, next_token))
