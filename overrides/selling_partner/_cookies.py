"""The shared clients' cookie store: answers without a ``Set-Cookie`` header skip it.

httpx hands every response to its cookie jar, through urllib's request and
e-mail message adapters: 41 us of CPU per response on the machine of record,
about a tenth of a whole call, for answers that set no cookie (SP-API sets
none). Only an answer with a ``Set-Cookie`` header goes to the jar, which
keeps and sends cookies as httpx does.
"""

from __future__ import annotations

import httpx

__all__ = ["AnswerCookies"]


class AnswerCookies(httpx.Cookies):
    """``httpx.Cookies`` that reads a response only when it sets a cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep the cookies ``response`` sets (httpx's own reading), if it sets any."""
        if "set-cookie" in response.headers:
            super().extract_cookies(response)
