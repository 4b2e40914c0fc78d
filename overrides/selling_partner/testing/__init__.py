"""An offline SP-API for your own tests: Login with Amazon plus every operation.

::

    from selling_partner.testing import OfflineSpApi

    with OfflineSpApi() as spapi, spapi.client() as sp:
        t = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
        spapi.fail_next(1, status=503)          # the next call gets a 503 (and is retried)
        spapi.set_rate_limit("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 1.0, 1)
        assert spapi.calls("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails") == 1

Three ways to start one:

- in Python, :class:`OfflineSpApi` as a context manager (above);
- in pytest, the fixtures of the plugin installed with the package
  (``selling_partner.testing.pytest_plugin``): ``offline_spapi`` (a fresh
  server per test) and ``offline_sp`` (a ``SellingPartner`` connected to it);
- from a shell, ``selling-partner sandbox serve [--port N]``, which prints the
  endpoint, token URL and the credentials it accepts.

It is a real HTTP server on 127.0.0.1 (a free port by default) in a daemon
thread. It behaves like SP-API where a client can tell: Login with Amazon's
grants and errors (refresh token and grantless scopes; ``invalid_client``,
``invalid_grant``, ...), a strict token bucket per seller and operation with
Amazon's ``x-amzn-RateLimit-Limit``, 429 ``QuotaExceeded``, ``x-amzn-RequestId``
on every answer, 403 for expired or wrong tokens, 400 ``InvalidInput`` for
parameters the model rejects, and ``nextToken`` pages. A request matching one
of the model's ``x-amzn-api-sandbox`` cases gets that case's answer; others
the model's example, or the smallest answer its schema accepts. Fulfillment
Outbound 2020-07-01 orders are stateful (create, get, list, update, cancel);
reports, feeds and Data Kiosk queries go through their lifecycle, with their
documents on a fake S3 (``jobs``: ``plan_report``, ``plan_feed``,
``plan_queries``, ``expire_urls``, ``s3_fail_next``, ...).

Controls (thread-safe, between calls): ``fail_next``, ``drop_next`` (the
connection breaks after the request arrived), ``respond_next`` (any status and
body, from ``success_body(operation)``), ``delay_next``, ``expire_tokens``,
``revoke_tokens``, ``revoke_refresh_token``, ``add_refresh_token``,
``set_rate_limit``, ``set_advertised_rate``, ``set_pages``, ``pause``/``resume``;
``stats`` counts requests, statuses and 429s (``calls(operation)`` for one
operation). Operations are named ``<package>.<operationId>``, e.g.
``fulfillment_outbound_v2020_07_01.getPackageTrackingDetails``.

Amazon's models are not shipped: the first use fetches the pinned ones (sha256
checked) into the user's cache folder and says so once; set
``SPAPI_MODELS_MIRROR`` to a local copy of Amazon's model repository to work
offline (see :mod:`selling_partner.testing._models`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import (
        FAKE_CLIENT_ID,
        FAKE_CLIENT_SECRET,
        FAKE_REFRESH_TOKEN,
        GRANTLESS_SCOPES,
        LWA_TOKEN,
        RequestRecord,
        Stats,
    )
    from ._fake._orders import FulfillmentOrders
    from ._models import FetchError
    from ._offline import OfflineSpApi

__all__ = [
    "FAKE_CLIENT_ID",
    "FAKE_CLIENT_SECRET",
    "FAKE_REFRESH_TOKEN",
    "GRANTLESS_SCOPES",
    "LWA_TOKEN",
    "FetchError",
    "FulfillmentOrders",
    "OfflineSpApi",
    "RequestRecord",
    "Stats",
]

# Loaded on first use (PEP 562): the pytest plugin imports this package in every
# test run of a project that has selling-partner installed, and the server's
# modules (http.server...) are only needed by tests that start one.
_LAZY = {
    "FAKE_CLIENT_ID": "._fake",
    "FAKE_CLIENT_SECRET": "._fake",
    "FAKE_REFRESH_TOKEN": "._fake",
    "GRANTLESS_SCOPES": "._fake",
    "LWA_TOKEN": "._fake",
    "RequestRecord": "._fake",
    "Stats": "._fake",
    "FulfillmentOrders": "._fake._orders",
    "FetchError": "._models",
    "OfflineSpApi": "._offline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'selling_partner.testing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
