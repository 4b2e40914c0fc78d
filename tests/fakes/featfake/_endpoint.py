"""Sends one request like a generated endpoint module and wraps the answer."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx
from spfake_generated.things_v1.types import Response


def _kwargs(method: str, url: str, query: dict[str, Any], body: Any) -> dict[str, Any]:
    params = {k: v for k, v in query.items() if v is not None}
    out: dict[str, Any] = {"method": method, "url": url, "params": params}
    if body is not None:
        out["json"] = body
    return out


def _wrap(response: httpx.Response) -> Response:
    parsed = response.json() if response.content else None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def call(
    client: Any, method: str, url: str, query: dict[str, Any] | None = None, body: Any = None
) -> Response:
    return _wrap(client.get_httpx_client().request(**_kwargs(method, url, query or {}, body)))


async def acall(
    client: Any, method: str, url: str, query: dict[str, Any] | None = None, body: Any = None
) -> Response:
    http = client.get_async_httpx_client()
    return _wrap(await http.request(**_kwargs(method, url, query or {}, body)))
