"""Same public surface as the generated ``Client`` that the runtime uses."""

from __future__ import annotations

from typing import Any

import httpx


class Client:
    def __init__(
        self, base_url: str, *, timeout: Any = None, raise_on_unexpected_status: bool = False
    ) -> None:
        self._base_url = base_url
        self._timeout = timeout
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def set_httpx_client(self, client: httpx.Client) -> Client:
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(base_url=self._base_url, timeout=self._timeout)
        return self._client

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> Client:
        self._async_client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(base_url=self._base_url, timeout=self._timeout)
        return self._async_client
