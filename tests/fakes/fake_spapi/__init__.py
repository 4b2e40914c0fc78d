"""A local fake of SP-API and Login with Amazon (stdlib only), for tests and the demo.

Usage::

    from fake_spapi import FakeSpApi, FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN

    TRACKING = "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"
    with FakeSpApi(rate_limits={TRACKING: (5.0, 5)}) as server:
        sp = SellingPartner(..., endpoint=server.endpoint, token_url=server.token_url)
        ...
        assert server.stats.throttled == 0

``tests/`` is on ``sys.path`` under pytest; scripts add it themselves. A
maintainer can run one by hand: ``python -m fake_spapi --port 8123`` (from tests/fakes/).

Endpoints
    ``server.endpoint`` (``http://127.0.0.1:<port>``, port 0 picks a free one)
    serves every operation of the generated operation table
    (``selling_partner_generated.operations``), routed by method + path
    template; ``server.token_url`` is Login with Amazon's ``POST /auth/o2/token``.

Login with Amazon
    Form-encoded. ``grant_type=refresh_token`` checks ``client_id``,
    ``client_secret`` and ``refresh_token`` against :data:`FAKE_CLIENT_ID`,
    :data:`FAKE_CLIENT_SECRET`, :data:`FAKE_REFRESH_TOKEN` (or the constructor's
    values) and echoes the refresh token; ``grant_type=client_credentials``
    needs a ``scope`` from :data:`GRANTLESS_SCOPES`. Success:
    ``{"access_token": "Atza|...", "token_type": "bearer", "expires_in": 3600}``.
    Errors as LWA sends them: 400 ``invalid_request`` / ``unsupported_grant_type``
    / ``invalid_grant`` / ``invalid_scope``, 401 ``invalid_client``.

Every SP-API request
    needs a live ``x-amz-access-token``, else 403 ``Unauthorized`` whose
    ``details`` says the token "has expired", "is invalid" or is missing, or
    that it is "not valid for this operation" (a grantless token on a seller
    operation, or a seller token on one whose table entry has a
    ``grantless_scope``, which needs a grantless token of that scope). Every
    answer carries ``x-amzn-RequestId`` (a uuid), ``content-type:
    application/json`` and ``x-amzn-RateLimit-Limit`` (the rate enforced). The
    order of checks: route (404/405) -> token (403) -> scenario faults ->
    rate limit (429) -> parameters (400 ``InvalidInput``) -> the success body.

Rate limits
    A strict token bucket per (token identity, operation): full at first use,
    refilled continuously on a monotonic clock, no slack. Plan: the table's
    rate/burst, replaced by ``rate_limits={"<package>.<operationId>": (rate, burst)}`` or
    :meth:`FakeSpApi.set_rate_limit`; ``advertised_rate=10.0`` (or
    :meth:`FakeSpApi.set_advertised_rate`) is a raised plan: every operation's
    rate, enforced and advertised, burst kept. Operations the table gives no plan
    use ``default_rate_limit`` (1/s, burst 10). Empty bucket: 429
    ``QuotaExceeded`` (``retry_after=True`` adds ``Retry-After`` in whole seconds).
    Identities are per refresh token (``add_refresh_token`` adds a seller) or per
    grantless scope.

Bodies
    The model's 2xx example, schema-valid: Amazon's broken examples are replaced
    by hand-written bodies in ``responses/<package>.<operationId>.json`` (fake but
    realistic PII: names, addresses, phones, emails) or patched by
    ``responses/corrections.json``; operations without an example get the
    smallest schema-valid body. Models are read from the fetched cache
    ``.cache/models/<commit>/``. Query/path parameters are checked against the
    model: required present, integers/enums valid, a comma-separated array not
    sent as repeated keys (400 ``InvalidInput``). Paginated operations answer
    ``pages`` pages (default 3; ``pages={"<package>.listAllFulfillmentOrders": 5}`` or
    :meth:`FakeSpApi.set_pages`) linked by opaque ``nextToken`` values.
    A request matching one of the model's ``x-amzn-api-sandbox`` static cases
    gets that case's answer (``_sandbox.py``: error cases before the parameter
    checks, success cases instead of the static body). With ``orders`` set (a
    ``_orders.FulfillmentOrders``, as ``selling_partner.testing.OfflineSpApi``
    does) Fulfillment Outbound 2020-07-01 orders are stateful.

Scenario controls (thread-safe; usable between calls)
    ``fail_next(n, status=503, operation_id=None)``, ``drop_next(n)`` (close the
    connection after reading the request: outcome unknown; both take
    ``after=True``: the request is carried out first, then its answer is lost),
    ``respond_next(operation_id, status, body, headers=None, n=1)`` (start
    from ``success_body(operation_id)`` for an unknown enum value or an extra
    field),
    ``delay_next(n, seconds)`` (answer late: client timeouts),
    ``expire_tokens()``, ``revoke_tokens()``, ``revoke_refresh_token()``,
    ``set_rate_limit``, ``set_advertised_rate``, ``set_pages``, ``retry_after``,
    ``latency`` (seconds each answer is held: concurrency for benchmarks),
    ``pause()`` / ``resume()`` (hold SP-API requests in flight; ``in_flight``
    counts them), ``add_refresh_token()`` (a second seller),
    ``remember_fulfillment_orders=True`` (``createFulfillmentOrder`` counts its
    ``sellerFulfillmentOrderId`` in ``created``; ``getFulfillmentOrder`` answers 404
    for an order never created).
    Faults without ``operation_id`` hit SP-API requests only; pass
    ``operation_id=LWA_TOKEN`` to hit the token endpoint.

Stats
    ``server.stats`` is a :class:`Stats` snapshot: ``requests`` per operationId,
    ``statuses``, ``throttled`` (429s sent) and ``throttled_by_operation``,
    ``token_requests`` per grant type, ``concurrency_peak``, and ``records``
    (time, operation, status, identity hash, method, path, query, rate header)
    for pacing analysis; ``reset_stats()`` zeroes them. Nothing recorded holds
    a secret.

Operations are named ``<package>.<operationId>`` everywhere (controls, stats,
records, the files in ``responses/``), e.g.
``fulfillment_outbound_v2020_07_01.getPackageTrackingDetails``: always
qualified, so a name stays valid when Amazon adds a model that shares the
operationId. A bare operationId is refused with the qualified name(s) to use.

The clock is injectable (``clock=``) so tests of expiry and buckets never sleep.
"""

from ._bucket import TokenBucket
from ._server import (
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    GRANTLESS_SCOPES,
    LWA_TOKEN,
    FakeSpApi,
    RequestRecord,
    Stats,
)

__all__ = [
    "FAKE_CLIENT_ID",
    "FAKE_CLIENT_SECRET",
    "FAKE_REFRESH_TOKEN",
    "GRANTLESS_SCOPES",
    "LWA_TOKEN",
    "FakeSpApi",
    "RequestRecord",
    "Stats",
    "TokenBucket",
]
