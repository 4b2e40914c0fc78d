"""Cookie stores: the shared clients' skips answers that set none; token requests keep none.

httpx hands every response to its cookie jar, through urllib's request and
e-mail message adapters: 41 us of CPU per response on the machine of record,
about a tenth of a whole call, for answers that set no cookie (SP-API sets
none). Only an answer with a ``Set-Cookie`` header goes to the jar, which
keeps and sends cookies as httpx does.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["AnswerCookies", "AsyncTokenClient", "TokenClient"]


class AnswerCookies(httpx.Cookies):
    """``httpx.Cookies`` that reads a response only when it sets a cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep the cookies ``response`` sets (httpx's own reading), if it sets any."""
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _NoCookies(httpx.Cookies):
    """``httpx.Cookies`` that keeps none."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep nothing: Login with Amazon's token endpoint needs no cookie."""


class TokenClient(httpx.Client):
    """The ``httpx.Client`` of Login with Amazon token requests: no cookie jar.

    Each seller's token provider has one; the jar would read every token answer
    through urllib's adapters (about 40 us) for cookies the endpoint never needs.
    """

    def __init__(self, **kwargs: Any) -> None:
        """``httpx.Client`` arguments."""
        super().__init__(**kwargs)
        self._cookies = _NoCookies()


class AsyncTokenClient(httpx.AsyncClient):
    """:class:`TokenClient` for asyncio."""

    def __init__(self, **kwargs: Any) -> None:
        """``httpx.AsyncClient`` arguments."""
        super().__init__(**kwargs)
        self._cookies = _NoCookies()
