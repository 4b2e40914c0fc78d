"""Large answers parse with the garbage collector paused, and only then (``_large_answers``)."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from runtime_fakes import FULFILLMENT_ORDER, mock_client_options
from selling_partner import (
    AsyncSellingPartner,
    ResponseParseError,
    SellingPartner,
    SellingPartnerError,
)
from selling_partner._large_answers import LARGE
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    ListAllFulfillmentOrdersResponse,
)

ORDER = FULFILLMENT_ORDER


def _body(orders: int) -> bytes:
    return json.dumps({"payload": {"fulfillmentOrders": [ORDER] * orders}}).encode()


BIG = _body(LARGE // len(json.dumps(ORDER)) + 10)
SMALL = _body(2)


def _options(body: bytes, status: int = 200) -> dict[str, Any]:
    return mock_client_options(
        lambda request: httpx.Response(
            status, content=body, headers={"content-type": "application/json"}
        )
    )


@pytest.fixture
def collector_during_parse(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether the collector was on each time the page model was parsed."""
    seen: list[bool] = []
    original = ListAllFulfillmentOrdersResponse.from_dict.__func__  # type: ignore[attr-defined]

    def from_dict(cls: Any, src: Any) -> Any:
        seen.append(gc.isenabled())
        return original(cls, src)

    monkeypatch.setattr(ListAllFulfillmentOrdersResponse, "from_dict", classmethod(from_dict))
    assert gc.isenabled()
    yield seen
    assert gc.isenabled(), "a call left the collector off"


def test_a_large_page_parses_with_the_collector_paused(collector_during_parse: list[bool]) -> None:
    assert len(BIG) >= LARGE
    with SellingPartner(**_options(BIG)) as sp:
        page = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        assert gc.isenabled()
    assert collector_during_parse == [False]
    assert len(page.payload.fulfillment_orders) > 100


def test_a_small_answer_leaves_the_collector_alone(collector_during_parse: list[bool]) -> None:
    with SellingPartner(**_options(SMALL)) as sp:
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
    assert collector_during_parse == [True]


def test_the_async_client_pauses_too(collector_during_parse: list[bool]) -> None:
    async def main() -> None:
        async with AsyncSellingPartner(**_options(BIG)) as sp:
            await sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
            assert gc.isenabled()

    asyncio.run(main())
    assert collector_during_parse == [False]


def test_a_failed_parse_turns_the_collector_back_on() -> None:
    broken = BIG.replace(b'"Standard"', b"42")  # not a string: no enum member
    with SellingPartner(**_options(broken)) as sp, pytest.raises(ResponseParseError):
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders(strict=True)
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off(
    collector_during_parse: list[bool],
) -> None:
    gc.disable()
    try:
        with SellingPartner(**_options(BIG)) as sp:
            sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert collector_during_parse == [False]


def test_an_error_answer_is_not_paused_for() -> None:
    body = json.dumps({"errors": [{"code": "InternalFailure", "message": "x" * LARGE}]})
    with (
        SellingPartner(**_options(body.encode(), status=400)) as sp,
        pytest.raises(SellingPartnerError),
    ):
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
    assert gc.isenabled()
