"""POST /things/v1/things (fake generated endpoint, not retry-safe)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...models import ThingResponse
from ...types import Response


def _get_kwargs(*, body: dict[str, Any]) -> dict[str, Any]:
    return {"method": "post", "url": "/things/v1/things", "json": body}


def _build_response(*, client: Client, response: httpx.Response) -> Response:
    parsed = ThingResponse.from_dict(response.json()) if response.status_code == 200 else None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(*, client: Client, body: dict[str, Any]) -> Response:
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return _build_response(client=client, response=response)


async def asyncio_detailed(*, client: Client, body: dict[str, Any]) -> Response:
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return _build_response(client=client, response=response)
