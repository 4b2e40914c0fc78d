"""SP-API regions, their endpoints, and the marketplace id -> region table.

The table follows Amazon's "Marketplace IDs" page
(https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ._errors import ConfigurationError

__all__ = [
    "LWA_TOKEN_URL",
    "Marketplace",
    "Region",
    "resolve_endpoint",
]

#: Login with Amazon's token endpoint (the same for every region).
LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"


class Region(enum.Enum):
    """An SP-API region: one production and one sandbox host each.

    ``Region("na")``, ``Region.parse("EU")`` and ``Region.FE`` all work.
    """

    NA = "na"
    EU = "eu"
    FE = "fe"

    @property
    def endpoint(self) -> str:
        """The production base URL, e.g. ``https://sellingpartnerapi-na.amazon.com``."""
        return f"https://sellingpartnerapi-{self.value}.amazon.com"

    @property
    def sandbox_endpoint(self) -> str:
        """The sandbox base URL, e.g. ``https://sandbox.sellingpartnerapi-na.amazon.com``."""
        return f"https://sandbox.sellingpartnerapi-{self.value}.amazon.com"

    def base_url(self, *, sandbox: bool = False) -> str:
        """The production or sandbox base URL of this region."""
        return self.sandbox_endpoint if sandbox else self.endpoint

    @classmethod
    def parse(cls, value: Region | str) -> Region:
        """Accept a Region or its name in any case (``"na"``, ``"NA"``).

        Raises:
            ConfigurationError: the value names no region.
        """
        if isinstance(value, Region):
            return value
        if isinstance(value, str):
            key = value.strip().lower()
            for region in cls:
                if region.value == key:
                    return region
        raise ConfigurationError(
            f"unknown region {value!r}: use one of Region.NA, Region.EU, Region.FE "
            "(or the strings 'na', 'eu', 'fe')"
        )


@dataclass(frozen=True, slots=True)
class _MarketplaceInfo:
    id: str
    country: str
    region: Region


class Marketplace(enum.Enum):
    """Every marketplace Amazon lists for SP-API, by country code.

    ``Marketplace.US.id == "ATVPDKIKX0DER"``, ``Marketplace.US.region is Region.NA``;
    ``Marketplace.parse("A1PA6795UKMFR9") is Marketplace.DE``.
    """

    # North America
    CA = _MarketplaceInfo("A2EUQ1WTGCTBG2", "Canada", Region.NA)
    US = _MarketplaceInfo("ATVPDKIKX0DER", "United States of America", Region.NA)
    MX = _MarketplaceInfo("A1AM78C64UM0Y8", "Mexico", Region.NA)
    BR = _MarketplaceInfo("A2Q3Y263D00KWC", "Brazil", Region.NA)
    # Europe
    IE = _MarketplaceInfo("A28R8C7NBKEWEA", "Ireland", Region.EU)
    ES = _MarketplaceInfo("A1RKKUPIHCS9HS", "Spain", Region.EU)
    UK = _MarketplaceInfo("A1F83G8C2ARO7P", "United Kingdom", Region.EU)
    FR = _MarketplaceInfo("A13V1IB3VIYZZH", "France", Region.EU)
    BE = _MarketplaceInfo("AMEN7PMS3EDWL", "Belgium", Region.EU)
    NL = _MarketplaceInfo("A1805IZSGTT6HS", "Netherlands", Region.EU)
    DE = _MarketplaceInfo("A1PA6795UKMFR9", "Germany", Region.EU)
    IT = _MarketplaceInfo("APJ6JRA9NG5V4", "Italy", Region.EU)
    SE = _MarketplaceInfo("A2NODRKZP88ZB9", "Sweden", Region.EU)
    ZA = _MarketplaceInfo("AE08WJ6YKNBMC", "South Africa", Region.EU)
    PL = _MarketplaceInfo("A1C3SOZRARQ6R3", "Poland", Region.EU)
    EG = _MarketplaceInfo("ARBP9OOSHTCHU", "Egypt", Region.EU)
    TR = _MarketplaceInfo("A33AVAJ2PDY3EV", "Turkey", Region.EU)
    SA = _MarketplaceInfo("A17E79C6D8DWNP", "Saudi Arabia", Region.EU)
    AE = _MarketplaceInfo("A2VIGQ35RCS4UG", "United Arab Emirates", Region.EU)
    IN = _MarketplaceInfo("A21TJRUUN4KGV", "India", Region.EU)
    # Far East
    SG = _MarketplaceInfo("A19VAU5U5O7RUS", "Singapore", Region.FE)
    AU = _MarketplaceInfo("A39IBJ37TRP1C6", "Australia", Region.FE)
    JP = _MarketplaceInfo("A1VC38T7YXB528", "Japan", Region.FE)

    @property
    def id(self) -> str:
        """Amazon's marketplace id, e.g. ``ATVPDKIKX0DER``."""
        return self.value.id

    @property
    def country(self) -> str:
        """The country's English name."""
        return self.value.country

    @property
    def region(self) -> Region:
        """The SP-API region serving this marketplace."""
        return self.value.region

    @classmethod
    def parse(cls, value: Marketplace | str) -> Marketplace:
        """Accept a Marketplace, a marketplace id or a country code (``"DE"``).

        Raises:
            ConfigurationError: the value names no marketplace Amazon lists.
        """
        if isinstance(value, Marketplace):
            return value
        if isinstance(value, str):
            key = value.strip()
            found = _BY_ID.get(key) or cls.__members__.get(key.upper())
            if found is not None:
                return found
        raise ConfigurationError(
            f"unknown marketplace {value!r}: pass a marketplace id such as 'ATVPDKIKX0DER' "
            "or a country code such as 'US' (see Marketplace for the full list)"
        )


_BY_ID: dict[str, Marketplace] = {m.value.id: m for m in Marketplace}


def resolve_endpoint(
    *,
    region: Region | str | None,
    marketplace: Marketplace | str | None,
    sandbox: bool,
    endpoint: str | None,
) -> tuple[Region, str]:
    """Pick the region and base URL from the client's arguments.

    ``endpoint`` (an explicit base URL) wins over what region and sandbox pick; the
    region is still needed to key rate-limit buckets, and defaults to the
    marketplace's region, then to NA when only an endpoint is given.

    Raises:
        ConfigurationError: nothing picks a region, the region and the marketplace
            disagree, or the endpoint is not an http(s) URL.
    """
    parsed_region = None if region is None else Region.parse(region)
    parsed_market = None if marketplace is None else Marketplace.parse(marketplace)
    if (
        parsed_region is not None
        and parsed_market is not None
        and parsed_market.region is not parsed_region
    ):
        raise ConfigurationError(
            f"marketplace {parsed_market.name} ({parsed_market.id}) belongs to region "
            f"{parsed_market.region.name}, not {parsed_region.name}: drop one of them "
            "or make them agree"
        )
    chosen = parsed_region or (parsed_market.region if parsed_market else None)
    if endpoint is not None:
        if not isinstance(endpoint, str) or not endpoint.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"endpoint must be an http(s) base URL such as "
                f"'https://sellingpartnerapi-na.amazon.com', got {endpoint!r}"
            )
        return chosen or Region.NA, endpoint.rstrip("/")
    if chosen is None:
        raise ConfigurationError(
            "no region: pass region=Region.NA/EU/FE, a marketplace='<marketplace id>', "
            "or endpoint='<base URL>'"
        )
    return chosen, chosen.base_url(sandbox=sandbox)
