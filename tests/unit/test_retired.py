"""Retired APIs and operations raise RetiredOperationError naming what replaces them.

Uses the real RETIRED table (generated from spec/retired.toml); live operations come
from the real generated table, or from a tiny table where a retired operation's
package must be live (catalog_items_v0 is generated only with all 66 models).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from runtime_fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeAmazon
from selling_partner import AsyncSellingPartner, RetiredOperationError, SellingPartner
from selling_partner._operations import OperationIndex
from selling_partner_generated.operations import RETIRED


def settings(**kwargs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": "na",
        "env": {},
        "transport": httpx.MockTransport(FakeAmazon()),
    }
    out.update(kwargs)
    return out


def live_catalog_v0() -> OperationIndex:
    """catalog_items_v0 with only its surviving operation, plus the real RETIRED table."""
    ops = {
        "catalog_items_v0": {
            "list_catalog_categories": {
                "operation_id": "listCatalogCategories",
                "module": "x.api.catalog.list_catalog_categories",
                "method": "GET",
                "path": "/catalog/v0/categories",
            }
        },
        "catalog_items_v2022_04_01": {
            "search_catalog_items": {
                "operation_id": "searchCatalogItems",
                "module": "x.api.catalog.search_catalog_items",
                "method": "GET",
                "path": "/catalog/2022-04-01/items",
            }
        },
    }
    packages = {p: {"model": "fake", "version": "v"} for p in ops}
    return OperationIndex.from_table(packages, ops, RETIRED)


def test_the_real_table_lists_the_reports_2020_removal() -> None:
    entry = RETIRED["reports_v2020_09_04"]
    assert entry["whole"] is True
    assert entry["successor"] == "reports_v2021_06_30"


def test_a_retired_api_names_its_successor_and_each_operation_replacement() -> None:
    sp = SellingPartner(**settings())
    with pytest.raises(RetiredOperationError) as info:
        sp.reports_v2020_09_04  # noqa: B018
    message = str(info.value)
    assert message.startswith("sp.reports_v2020_09_04: Reports API v2020-09-04 was removed")
    assert "on 2024-06-27" in message
    assert "Use sp.reports_v2021_06_30 instead." in message
    assert "Every operation keeps its name, e.g. sp.reports_v2021_06_30.cancel_report" in message
    assert "report documents are no longer encrypted" in message  # the table's note


def test_retired_api_access_is_an_attribute_error_so_hasattr_is_false() -> None:
    sp = SellingPartner(**settings())
    assert isinstance(RetiredOperationError("x"), AttributeError)
    assert not hasattr(sp, "feeds_v2020_09_04")
    assert getattr(sp, "fba_small_and_light_v1", None) is None


def test_a_retired_api_lists_renamed_replacements() -> None:
    sp = SellingPartner(**settings())
    with pytest.raises(RetiredOperationError) as info:
        sp.fba_small_and_light_v1  # noqa: B018
    assert (
        "Replacements: get_small_and_light_fee_preview -> sp.product_fees_v0.get_my_fees_estimates."
    ) in str(info.value)


def test_a_retired_api_without_successor_gives_the_note() -> None:
    sp = SellingPartner(**settings())
    with pytest.raises(RetiredOperationError, match="Authorization API v1 was removed") as info:
        sp.authorization_v1  # noqa: B018
    assert "Use sp." not in str(info.value)
    assert "Seller Central authorization workflows" in str(info.value)


def test_a_retired_operation_of_a_live_api_names_its_successor() -> None:
    sp = SellingPartner(**settings(operations=live_catalog_v0()))
    assert sp.catalog_items_v0.list_catalog_categories is not None
    with pytest.raises(RetiredOperationError) as info:
        sp.catalog_items_v0.list_catalog_items  # noqa: B018
    message = str(info.value)
    assert message.startswith(
        "sp.catalog_items_v0.list_catalog_items (listCatalogItems, Catalog Items API v0) "
        "was removed by Amazon on 2022-09-30."
    )
    assert "Use sp.catalog_items_v2022_04_01.search_catalog_items instead." in message
    assert "identifiers/keywords" in message  # the operation's own note


def test_a_typo_is_still_a_plain_attribute_error_with_suggestions() -> None:
    sp = SellingPartner(**settings(operations=live_catalog_v0()))
    with pytest.raises(AttributeError) as info:
        sp.catalog_items_v0.list_catalog_categorie  # noqa: B018
    assert not isinstance(info.value, RetiredOperationError)
    assert "did you mean list_catalog_categories" in str(info.value)
    with pytest.raises(AttributeError) as info:
        sp.reports_v2020_09_0  # noqa: B018
    assert not isinstance(info.value, RetiredOperationError)


def test_every_retired_entry_gives_a_message_from_the_real_table() -> None:
    index = OperationIndex.from_table({}, {}, RETIRED)
    sp = SellingPartner(**settings(operations=index))
    for retirement in index.retirements():
        if retirement.name is None:
            with pytest.raises(RetiredOperationError, match=retirement.title):
                getattr(sp, retirement.package)


async def test_async_client_raises_the_same() -> None:
    sp = AsyncSellingPartner(
        **settings(transport=httpx.MockTransport(FakeAmazon()), operations=live_catalog_v0())
    )
    with pytest.raises(RetiredOperationError, match=r"sp\.feeds_v2021_06_30"):
        sp.feeds_v2020_09_04  # noqa: B018
    with pytest.raises(RetiredOperationError, match=r"sp\.catalog_items_v2022_04_01\.get_catalog"):
        sp.catalog_items_v0.get_catalog_item  # noqa: B018
    await sp.aclose()


@pytest.mark.parametrize(
    ("package", "name", "successor"),
    [
        ("catalog_items_v0", "get_catalog_item", "sp.catalog_items_v2022_04_01.get_catalog_item"),
        (
            "fulfillment_inbound_v0",
            "create_inbound_shipment_plan",
            "sp.fulfillment_inbound_v2024_03_20.create_inbound_plan",
        ),
    ],
)
def test_retired_operations_of_live_generated_packages(
    package: str, name: str, successor: str
) -> None:
    sp = SellingPartner(**settings())  # the real generated table
    api = getattr(sp, package)
    assert "list_catalog_categories" in dir(api) or "get_shipments" in dir(api)
    with pytest.raises(RetiredOperationError, match=rf"Use {successor} instead\."):
        getattr(api, name)


def test_every_retired_successor_exists_in_the_real_table() -> None:
    index = OperationIndex.default()
    for retirement in index.retirements():
        if retirement.successor is None:
            continue
        package, _, name = retirement.successor.partition(".")
        assert package in index.packages(), retirement
        if name:
            index.get(package, name)
