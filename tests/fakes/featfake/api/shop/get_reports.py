"""GET /reports/2021-06-30/reports: paged by nextToken, which Amazon wants sent alone."""

from __future__ import annotations

from typing import Any

from ..._endpoint import acall, call

URL = "/reports/2021-06-30/reports"


def _query(report_types: list[str] | None, page_size: int | None, next_token: str | None) -> Any:
    return {"reportTypes": report_types, "pageSize": page_size, "nextToken": next_token}


def sync_detailed(
    *,
    client: Any,
    report_types: list[str] | None = None,
    page_size: int | None = None,
    next_token: str | None = None,
) -> Any:
    return call(client, "GET", URL, _query(report_types, page_size, next_token))


async def asyncio_detailed(
    *,
    client: Any,
    report_types: list[str] | None = None,
    page_size: int | None = None,
    next_token: str | None = None,
) -> Any:
    return await acall(client, "GET", URL, _query(report_types, page_size, next_token))
