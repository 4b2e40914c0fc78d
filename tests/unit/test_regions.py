"""Regions, sandbox hosts, the marketplace table and endpoint resolution."""

from __future__ import annotations

import pytest
from selling_partner import ConfigurationError, Marketplace, Region
from selling_partner._regions import LWA_TOKEN_URL, resolve_endpoint

# Amazon's "Marketplace IDs" page (developer-docs.amazon.com/sp-api/docs/marketplace-ids).
AMAZON_LIST = {
    "NA": {
        "CA": "A2EUQ1WTGCTBG2", "US": "ATVPDKIKX0DER", "MX": "A1AM78C64UM0Y8",
        "BR": "A2Q3Y263D00KWC",
    },
    "EU": {
        "IE": "A28R8C7NBKEWEA", "ES": "A1RKKUPIHCS9HS", "UK": "A1F83G8C2ARO7P",
        "FR": "A13V1IB3VIYZZH", "BE": "AMEN7PMS3EDWL", "NL": "A1805IZSGTT6HS",
        "DE": "A1PA6795UKMFR9", "IT": "APJ6JRA9NG5V4", "SE": "A2NODRKZP88ZB9",
        "ZA": "AE08WJ6YKNBMC", "PL": "A1C3SOZRARQ6R3", "EG": "ARBP9OOSHTCHU",
        "TR": "A33AVAJ2PDY3EV", "SA": "A17E79C6D8DWNP", "AE": "A2VIGQ35RCS4UG",
        "IN": "A21TJRUUN4KGV",
    },
    "FE": {"SG": "A19VAU5U5O7RUS", "AU": "A39IBJ37TRP1C6", "JP": "A1VC38T7YXB528"},
}  # fmt: skip


def test_region_endpoints_and_sandbox_hosts() -> None:
    assert Region.NA.endpoint == "https://sellingpartnerapi-na.amazon.com"
    assert Region.EU.endpoint == "https://sellingpartnerapi-eu.amazon.com"
    assert Region.FE.endpoint == "https://sellingpartnerapi-fe.amazon.com"
    assert Region.FE.sandbox_endpoint == "https://sandbox.sellingpartnerapi-fe.amazon.com"
    assert Region.EU.base_url(sandbox=True) == "https://sandbox.sellingpartnerapi-eu.amazon.com"
    assert LWA_TOKEN_URL == "https://api.amazon.com/auth/o2/token"


def test_marketplace_table_matches_amazons_list_exactly() -> None:
    ours = {(m.region.name, m.name, m.id) for m in Marketplace}
    theirs = {(r, c, mid) for r, table in AMAZON_LIST.items() for c, mid in table.items()}
    assert ours == theirs
    assert len({m.id for m in Marketplace}) == len(Marketplace)


@pytest.mark.parametrize("value", ["na", "NA", " Na ", Region.NA])
def test_region_parse_accepts_names_in_any_case(value: object) -> None:
    assert Region.parse(value) is Region.NA  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["us", "north-america", "", 3, None])
def test_bad_region_is_a_clear_error(value: object) -> None:
    with pytest.raises(
        ConfigurationError, match=r"unknown region .*Region\.NA, Region\.EU, Region\.FE"
    ):
        Region.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["A1PA6795UKMFR9", "DE", "de", Marketplace.DE])
def test_marketplace_parse_by_id_or_country(value: object) -> None:
    assert Marketplace.parse(value) is Marketplace.DE  # type: ignore[arg-type]
    assert Marketplace.DE.region is Region.EU
    assert Marketplace.DE.country == "Germany"


@pytest.mark.parametrize("value", ["A1PA6795UKMFR0", "XX", "", 7])
def test_bad_marketplace_is_a_clear_error(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"unknown marketplace .*marketplace id"):
        Marketplace.parse(value)  # type: ignore[arg-type]


def test_resolve_by_marketplace_picks_its_region() -> None:
    assert resolve_endpoint(
        region=None, marketplace="A1VC38T7YXB528", sandbox=False, endpoint=None
    ) == (
        Region.FE,
        "https://sellingpartnerapi-fe.amazon.com",
    )
    assert resolve_endpoint(
        region=None, marketplace="ATVPDKIKX0DER", sandbox=True, endpoint=None
    ) == (
        Region.NA,
        "https://sandbox.sellingpartnerapi-na.amazon.com",
    )


def test_resolve_rejects_a_marketplace_of_another_region() -> None:
    with pytest.raises(ConfigurationError, match="belongs to region EU, not NA"):
        resolve_endpoint(region="na", marketplace="A1PA6795UKMFR9", sandbox=False, endpoint=None)


def test_explicit_endpoint_wins_and_keeps_the_region_for_buckets() -> None:
    region, url = resolve_endpoint(
        region=Region.EU, marketplace=None, sandbox=True, endpoint="http://127.0.0.1:8080/"
    )
    assert (region, url) == (Region.EU, "http://127.0.0.1:8080")
    assert (
        resolve_endpoint(region=None, marketplace=None, sandbox=False, endpoint="http://x")[0]
        is Region.NA
    )


def test_resolve_needs_something() -> None:
    with pytest.raises(ConfigurationError, match="no region: pass region="):
        resolve_endpoint(region=None, marketplace=None, sandbox=False, endpoint=None)
    with pytest.raises(ConfigurationError, match="endpoint must be an http"):
        resolve_endpoint(region="na", marketplace=None, sandbox=False, endpoint="sellingpartnerapi")
