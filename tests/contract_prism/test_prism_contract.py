"""What the client sends follows Amazon's unmodified models, as Prism judges it.

Every Fulfillment Outbound operation (both versions) goes through the public
``SellingPartner`` client (Login with Amazon against the local fake's token
endpoint, the client's own rate limiter off) to Prism serving the unmodified
upstream model. Prism puts every problem it finds in the request into the
``sl-violations`` response header; an inner transport records each answer so
the test asserts on that verdict. Whether the client can parse Prism's
made-up answer is not what this checks, so errors raised by the call are
tolerated while the verdict is asserted.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _fo_calls import FO_OPERATIONS, call_kwargs
from _prism import PrismServer
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import (
    InMemoryTokenCache,
    InvalidArgumentError,
    SellingPartner,
    SellingPartnerError,
)


class RecordingTransport(httpx.HTTPTransport):
    """An ``httpx.HTTPTransport`` that keeps every (request, response) pair."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response


@pytest.fixture(scope="module")
def lwa() -> Iterator[FakeSpApi]:
    """Only the fake's Login with Amazon endpoint is used here."""
    with FakeSpApi() as server:
        yield server


def _violations(exchanges: list[tuple[httpx.Request, httpx.Response]], host: str) -> list[str]:
    out = []
    for request, response in exchanges:
        if request.url.host != host:
            continue  # the token request went to the fake
        raw = response.headers.get("sl-violations")
        if raw:
            for v in json.loads(raw):
                out.append(f"{request.method} {request.url.path}: {v['location']}: {v['message']}")
    return out


def _send(
    server: PrismServer,
    lwa: FakeSpApi,
    package: str,
    name: str,
    kwargs: dict[str, Any],
    *,
    unchecked: bool = False,
) -> list[str]:
    """Call one operation through SellingPartner against Prism; return Prism's verdicts.

    ``unchecked``: call the generated function with the client's httpx stack, which
    skips the runtime's argument checks (so a request breaking the model reaches Prism).
    """
    transport = RecordingTransport()
    with SellingPartner(
        client_id=FAKE_CLIENT_ID,
        client_secret=FAKE_CLIENT_SECRET,
        refresh_token=FAKE_REFRESH_TOKEN,
        endpoint=server.url,
        token_url=lwa.token_url,
        rate_limiting=False,
        token_cache=InMemoryTokenCache(),
        transport=transport,
        env={},
    ) as sp:
        call = getattr(getattr(sp, package), name)
        # Prism's made-up answer may not parse, or may be an error status: not checked
        # here. Arguments the client refuses raise (nothing was sent).
        try:
            if unchecked:
                module = importlib.import_module(call.operation.module)
                module.sync_detailed(client=sp.client_for(package), **kwargs)
            else:
                call.detailed(**kwargs)
        except InvalidArgumentError:
            raise
        except SellingPartnerError:
            pass
    host = httpx.URL(server.url).host
    sent = [r for r, _ in transport.exchanges if r.url.host == host]
    assert sent, f"{package}.{name} sent nothing to Prism"
    return _violations(transport.exchanges, host)


@pytest.mark.parametrize(("package", "name"), FO_OPERATIONS, ids=[n for _, n in FO_OPERATIONS])
def test_request_follows_the_upstream_model(
    prism_servers: dict[str, PrismServer], lwa: FakeSpApi, package: str, name: str
) -> None:
    kwargs = call_kwargs(package, name)
    assert _send(prism_servers[package], lwa, package, name, kwargs) == []


def test_a_request_breaking_the_model_is_caught_through_the_client(
    prism_servers: dict[str, PrismServer], lwa: FakeSpApi
) -> None:
    # The generated enums keep unknown values; the client refuses to send one (issue 9),
    # the generated function alone sends it as is, and Prism must flag it.
    package, name = "fulfillment_outbound_v2020_07_01", "submit_fulfillment_order_status_update"
    kwargs = call_kwargs(package, name)
    kwargs["body"] = type(kwargs["body"]).from_dict({"fulfillmentOrderStatus": "Teleported"})
    with pytest.raises(InvalidArgumentError, match="fulfillmentOrderStatus"):
        _send(prism_servers[package], lwa, package, name, kwargs)
    verdicts = _send(prism_servers[package], lwa, package, name, kwargs, unchecked=True)
    assert len(verdicts) == 1 and "fulfillmentOrderStatus" in verdicts[0], verdicts
