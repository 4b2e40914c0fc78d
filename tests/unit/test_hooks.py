"""The response hook: 4xx/5xx raise the matching exception with the response's facts."""

from __future__ import annotations

import httpx
import pytest
from runtime_fakes import index, json_response
from selling_partner import (
    ApiError,
    AuthError,
    ClientError,
    NotFoundError,
    ServerError,
    ThrottledError,
)
from selling_partner._hooks import async_raise_for_status, error_for, raise_for_status
from selling_partner._vocabulary import AUTH_RETRY_PENDING, OPERATION_EXTENSION

BODY = {"errors": [{"code": "InvalidInput", "message": "bad sku", "details": "sku X"}]}
HEADERS = {"x-amzn-RequestId": "req-123", "x-amzn-RateLimit-Limit": "2.0"}


def response(status: int, body: object = BODY, *, tag: bool = True) -> httpx.Response:
    request = httpx.Request("GET", "https://sellingpartnerapi-na.amazon.com/things/v1/things/1")
    if tag:
        request.extensions[OPERATION_EXTENSION] = index().get("things_v1", "get_thing")
    r = json_response(status, body, HEADERS)
    r.request = request
    return r


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ClientError),
        (401, AuthError),
        (403, AuthError),
        (404, NotFoundError),
        (409, ClientError),
        (413, ClientError),
        (415, ClientError),
        (429, ThrottledError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_maps_to_exception_with_facts(status: int, cls: type[Exception]) -> None:
    with pytest.raises(cls) as info:
        raise_for_status(response(status))
    exc = info.value
    assert type(exc) is cls
    assert exc.status == status  # type: ignore[attr-defined]
    assert exc.operation == "getThing"  # type: ignore[attr-defined]
    assert exc.request_id == "req-123"  # type: ignore[attr-defined]
    assert exc.rate_limit == "2.0"  # type: ignore[attr-defined]
    assert [e.code for e in exc.errors] == ["InvalidInput"]  # type: ignore[attr-defined]
    text = str(exc)
    assert "getThing failed with HTTP" in text and "req-123" in text and "bad sku" in text


def test_not_found_is_a_client_error_and_an_api_error() -> None:
    with pytest.raises(ClientError):
        raise_for_status(response(404))
    with pytest.raises(ApiError):
        raise_for_status(response(404))


@pytest.mark.parametrize("status", [200, 201, 204])
def test_success_passes(status: int) -> None:
    raise_for_status(response(status, {}))


def test_a_redirect_of_an_operation_raises_and_nothing_is_followed() -> None:
    with pytest.raises(ApiError) as info:
        raise_for_status(response(302, {}))
    assert info.value.status == 302
    assert info.value.operation == "getThing"
    assert "redirect" in str(info.value)


def test_a_redirect_of_another_request_is_not_judged() -> None:
    r = httpx.Response(302, headers={"Location": "https://elsewhere.example/"})
    r.request = httpx.Request("GET", "https://bucket.s3.amazonaws.com/report")
    raise_for_status(r)


def test_non_json_error_body_still_raises_without_body_text() -> None:
    r = httpx.Response(502, content=b"<html>Bad gateway secret-ish</html>")
    r.request = httpx.Request("GET", "https://x/y")
    with pytest.raises(ServerError) as info:
        raise_for_status(r)
    assert info.value.errors == ()
    assert info.value.operation is None
    assert "secret-ish" not in str(info.value)


def test_token_rejection_with_auth_retry_pending_is_left_to_lwa_auth() -> None:
    expired = {
        "errors": [
            {
                "code": "Unauthorized",
                "message": "Access to requested resource is denied.",
                "details": "The access token you provided has expired.",
            }
        ]
    }
    r = response(403, expired)
    r.request.extensions[AUTH_RETRY_PENDING] = True
    raise_for_status(r)  # no exception: LwaAuth refreshes and resends
    r.request.extensions[AUTH_RETRY_PENDING] = False
    with pytest.raises(AuthError):
        raise_for_status(r)


def test_plain_403_raises_even_with_retry_pending() -> None:
    r = response(403, {"errors": [{"code": "Unauthorized", "message": "Access denied."}]})
    r.request.extensions[AUTH_RETRY_PENDING] = True
    with pytest.raises(AuthError, match="role"):
        raise_for_status(r)


def test_error_for_is_pure() -> None:
    exc = error_for(429, httpx.Headers({}), b"", operation="getOrders")
    assert isinstance(exc, ThrottledError)
    assert exc.operation == "getOrders" and exc.request_id is None
    assert error_for(204, httpx.Headers({}), b"", operation=None) is None


async def test_async_hook_reads_and_raises() -> None:
    with pytest.raises(NotFoundError) as info:
        await async_raise_for_status(response(404))
    assert info.value.request_id == "req-123"
    await async_raise_for_status(response(200, {}))
