"""Every API group of the SP-API reference this project follows is reachable.

The seed list comes from issue 5: each group must have an accessor on
``SellingPartner``; the operations Amazon retired must say what replaces them.
"""

from __future__ import annotations

import pytest
from selling_partner import RetiredOperationError, SellingPartner

# Group in the reference -> the packages that serve it.
SEED_GROUPS: dict[str, tuple[str, ...]] = {
    "Orders": ("orders_v0", "orders_v2026_01_01"),
    "Reports 2021-06-30": ("reports_v2021_06_30",),
    "Feeds 2021-06-30": ("feeds_v2021_06_30",),
    "Sellers": ("sellers_v1",),
    "Pricing 2022-05-01 and v0": ("product_pricing_v2022_05_01", "product_pricing_v0"),
    "Notifications": ("notifications_v1",),
    "A+ Content": ("aplus_content_v2020_11_01",),
    "Application Management": ("application_management_v2023_11_30",),
    "AWD": ("awd_v2024_05_09",),
    "Catalog Items": ("catalog_items_v0", "catalog_items_v2020_12_01", "catalog_items_v2022_04_01"),
    "Data Kiosk": ("data_kiosk_v2023_11_15",),
    "Product Type Definitions": ("product_type_definitions_v2020_09_01",),
    "Vehicles": ("vehicles_v2024_11_01",),
    "Easy Ship": ("easy_ship_v2022_03_23",),
    "FBA Inbound Eligibility": ("fba_inbound_eligibility_v1",),
    "FBA Inventory": ("fba_inventory_v1",),
    "Finances v0/2024-06-19": ("finances_v0", "finances_v2024_06_19"),
    "Transfers": ("transfers_v2024_06_01",),
    "Fulfillment Inbound v0/2024-03-20": (
        "fulfillment_inbound_v0",
        "fulfillment_inbound_v2024_03_20",
    ),
    "Listings Items": ("listings_items_v2020_09_01", "listings_items_v2021_08_01"),
    "Listings Restrictions": ("listings_restrictions_v2021_08_01",),
    "Merchant Fulfillment": ("merchant_fulfillment_v0",),
    "Messaging": ("messaging_v1",),
    "Product Fees": ("product_fees_v0",),
    "Replenishment": ("replenishment_v2022_11_07",),
    "Sales": ("sales_v1",),
    "Services": ("services_v1",),
    "Shipment Invoicing": ("shipment_invoicing_v0",),
    "Shipping v1/v2": ("shipping_v1", "shipping_v2"),
    "Solicitations": ("solicitations_v1",),
    "Supply Sources": ("supply_sources_v2020_07_01",),
    "Tokens": ("tokens_v2021_03_01",),
    "Uploads": ("uploads_v2020_11_01",),
    "Invoices": ("invoices_v2024_06_19",),
    "Application Integrations": ("app_integrations_v2024_04_01",),
    "Fulfillment Outbound": (
        "fulfillment_outbound_v2020_07_01",
        "fulfillment_outbound_v2026_07_04",
    ),
    "Vendor Direct Fulfillment": (
        "vendor_direct_fulfillment_inventory_v1",
        "vendor_direct_fulfillment_orders_v1",
        "vendor_direct_fulfillment_orders_v2021_12_28",
        "vendor_direct_fulfillment_payments_v1",
        "vendor_direct_fulfillment_sandbox_data_v2021_10_28",
        "vendor_direct_fulfillment_shipping_v1",
        "vendor_direct_fulfillment_shipping_v2021_12_28",
        "vendor_direct_fulfillment_transactions_v1",
        "vendor_direct_fulfillment_transactions_v2021_12_28",
    ),
    "Vendor Retail Procurement": (
        "vendor_orders_v1",
        "vendor_shipments_v1",
        "vendor_invoices_v1",
        "vendor_transaction_status_v1",
    ),
}

# (accessor path, the successor the error must name)
RETIRED_SEEDS = [
    (("reports_v2020_09_04",), "reports_v2021_06_30"),
    (("feeds_v2020_09_04",), "feeds_v2021_06_30"),
    (("catalog_items_v0", "list_catalog_items"), "catalog_items_v2022_04_01"),
    (("catalog_items_v0", "get_catalog_item"), "catalog_items_v2022_04_01"),
]


@pytest.fixture(scope="module")
def sp() -> SellingPartner:
    # Nothing is sent: accessors resolve from the operation table alone.
    return SellingPartner(
        client_id="id", client_secret="secret", refresh_token="token", region="na", env={}
    )


@pytest.mark.parametrize("group", sorted(SEED_GROUPS))
def test_every_seed_group_has_accessors(sp: SellingPartner, group: str) -> None:
    for package in SEED_GROUPS[group]:
        api = getattr(sp, package)
        names = [n for n in dir(api) if not n.startswith("_")]
        operations = sp.operations.operations(package)
        assert operations, f"{group}: {package} has no operations"
        assert set(operations) <= set(names), f"{group}: {package} hides operations"
        first = next(iter(operations))
        assert callable(getattr(api, first))


def test_seed_list_names_every_generated_package(sp: SellingPartner) -> None:
    seeded = {p for packages in SEED_GROUPS.values() for p in packages}
    generated = set(sp.operations.packages())
    # Packages outside the seed list are extra coverage, but every seed must exist.
    assert seeded <= generated, sorted(seeded - generated)


@pytest.mark.parametrize(("path", "successor"), RETIRED_SEEDS)
def test_retired_seed_operations_name_their_successor(
    sp: SellingPartner, path: tuple[str, ...], successor: str
) -> None:
    with pytest.raises(RetiredOperationError) as info:
        target: object = sp
        for name in path:
            target = getattr(target, name)
    assert successor in str(info.value)
