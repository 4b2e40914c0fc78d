"""GET /things/v1/things/{thingId}?marketplaceIds=... (fake generated endpoint)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...models import ThingResponse
from ...types import Response


def _get_kwargs(*, thing_id: str, marketplace_ids: list[str]) -> dict[str, Any]:
    return {
        "method": "get",
        "url": f"/things/v1/things/{thing_id}",
        "params": {"marketplaceIds": marketplace_ids},
    }


def _parse_response(*, client: Client, response: httpx.Response) -> ThingResponse | None:
    # Like the generator: documented error statuses are parsed too, not raised.
    if response.status_code in (200, 400, 403, 404, 429, 500, 503):
        return ThingResponse.from_dict(response.json())
    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(*, client: Client, thing_id: str, marketplace_ids: list[str]) -> Response:
    kwargs = _get_kwargs(thing_id=thing_id, marketplace_ids=marketplace_ids)
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(*, client: Client, thing_id: str, marketplace_ids: list[str]) -> ThingResponse | None:
    return sync_detailed(client=client, thing_id=thing_id, marketplace_ids=marketplace_ids).parsed


async def asyncio_detailed(
    *, client: Client, thing_id: str, marketplace_ids: list[str]
) -> Response:
    kwargs = _get_kwargs(thing_id=thing_id, marketplace_ids=marketplace_ids)
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)
