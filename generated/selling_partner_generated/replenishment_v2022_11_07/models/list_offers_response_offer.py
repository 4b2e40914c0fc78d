from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eligibility_status import EligibilityStatus
from ..models.program_type import ProgramType
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.deliveries_condition import DeliveriesCondition
    from ..models.forecast_deliveries import ForecastDeliveries
    from ..models.offer_program_configuration import OfferProgramConfiguration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DeliveriesCondition, \
        ForecastDeliveries, \
        OfferProgramConfiguration
    from ..models.deliveries_condition import DeliveriesCondition
    from ..models.forecast_deliveries import ForecastDeliveries
    from ..models.offer_program_configuration import OfferProgramConfiguration

    _lazy_pending = False


T = TypeVar("T", bound="ListOffersResponseOffer")


@_attrs_define
class ListOffersResponseOffer:
    """
    Attributes:
        asin (str | Unset):
        deliveries_conditions (list[DeliveriesCondition] | Unset):
        eligibility (EligibilityStatus | Unset):
        forecast_deliveries (ForecastDeliveries | Unset):
        fulfillment_network_id_type (str | Unset):
        inventory (int | Unset):
        marketplace_id (str | Unset):
        offer_program_configuration (OfferProgramConfiguration | Unset):
        price (float | Unset):
        price_currency_code (str | Unset):
        program_type (ProgramType | Unset):
        sku (str | Unset):
        stock_risk (str | Unset):
        subscriptions (int | Unset):
        vendor_codes (list[str] | Unset):
    """

    asin: str | Unset = UNSET
    deliveries_conditions: list[DeliveriesCondition] | Unset = UNSET
    eligibility: EligibilityStatus | Unset = UNSET
    forecast_deliveries: ForecastDeliveries | Unset = UNSET
    fulfillment_network_id_type: str | Unset = UNSET
    inventory: int | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    offer_program_configuration: OfferProgramConfiguration | Unset = UNSET
    price: float | Unset = UNSET
    price_currency_code: str | Unset = UNSET
    program_type: ProgramType | Unset = UNSET
    sku: str | Unset = UNSET
    stock_risk: str | Unset = UNSET
    subscriptions: int | Unset = UNSET
    vendor_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        asin = self.asin

        deliveries_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliveries_conditions, Unset):
            deliveries_conditions = []
            for deliveries_conditions_item_data in self.deliveries_conditions:
                deliveries_conditions_item = deliveries_conditions_item_data.to_dict()
                deliveries_conditions.append(deliveries_conditions_item)

        eligibility: str | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.value

        forecast_deliveries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast_deliveries, Unset):
            forecast_deliveries = self.forecast_deliveries.to_dict()

        fulfillment_network_id_type = self.fulfillment_network_id_type

        inventory = self.inventory

        marketplace_id = self.marketplace_id

        offer_program_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_program_configuration, Unset):
            offer_program_configuration = self.offer_program_configuration.to_dict()

        price = self.price

        price_currency_code = self.price_currency_code

        program_type: str | Unset = UNSET
        if not isinstance(self.program_type, Unset):
            program_type = self.program_type.value

        sku = self.sku

        stock_risk = self.stock_risk

        subscriptions = self.subscriptions

        vendor_codes: list[str] | Unset = UNSET
        if not isinstance(self.vendor_codes, Unset):
            vendor_codes = self.vendor_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if deliveries_conditions is not UNSET:
            field_dict["deliveriesConditions"] = deliveries_conditions
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if forecast_deliveries is not UNSET:
            field_dict["forecastDeliveries"] = forecast_deliveries
        if fulfillment_network_id_type is not UNSET:
            field_dict["fulfillmentNetworkIDType"] = fulfillment_network_id_type
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if offer_program_configuration is not UNSET:
            field_dict["offerProgramConfiguration"] = offer_program_configuration
        if price is not UNSET:
            field_dict["price"] = price
        if price_currency_code is not UNSET:
            field_dict["priceCurrencyCode"] = price_currency_code
        if program_type is not UNSET:
            field_dict["programType"] = program_type
        if sku is not UNSET:
            field_dict["sku"] = sku
        if stock_risk is not UNSET:
            field_dict["stockRisk"] = stock_risk
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if vendor_codes is not UNSET:
            field_dict["vendorCodes"] = vendor_codes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.deliveries_condition import DeliveriesCondition
        from ..models.forecast_deliveries import ForecastDeliveries
        from ..models.offer_program_configuration import OfferProgramConfiguration

        return (
            (
                ("asin", "asin", False, ("str",)),
                (
                    "deliveriesConditions",
                    "deliveries_conditions",
                    False,
                    ("list", ("model", DeliveriesCondition)),
                ),
                ("eligibility", "eligibility", False, ("enum", EligibilityStatus)),
                (
                    "forecastDeliveries",
                    "forecast_deliveries",
                    False,
                    ("model", ForecastDeliveries),
                ),
                (
                    "fulfillmentNetworkIDType",
                    "fulfillment_network_id_type",
                    False,
                    ("str",),
                ),
                ("inventory", "inventory", False, ("int",)),
                ("marketplaceId", "marketplace_id", False, ("str",)),
                (
                    "offerProgramConfiguration",
                    "offer_program_configuration",
                    False,
                    ("model", OfferProgramConfiguration),
                ),
                ("price", "price", False, ("float",)),
                ("priceCurrencyCode", "price_currency_code", False, ("str",)),
                ("programType", "program_type", False, ("enum", ProgramType)),
                ("sku", "sku", False, ("str",)),
                ("stockRisk", "stock_risk", False, ("str",)),
                ("subscriptions", "subscriptions", False, ("int",)),
                ("vendorCodes", "vendor_codes", False, ("list", ("str",))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        _deliveries_conditions = d.pop("deliveriesConditions", UNSET)
        deliveries_conditions = (
            UNSET
            if _deliveries_conditions is UNSET
            else [
                DeliveriesCondition.from_dict(_item) for _item in _deliveries_conditions
            ]
        )

        _eligibility = d.pop("eligibility", UNSET)
        eligibility = (
            UNSET
            if _eligibility is UNSET
            else (
                EligibilityStatus._value2member_map_.get(_eligibility)
                if _eligibility.__class__ is str
                else None
            )
            or EligibilityStatus(_eligibility)
        )

        _forecast_deliveries = d.pop("forecastDeliveries", UNSET)
        forecast_deliveries = (
            UNSET
            if _forecast_deliveries is UNSET
            else ForecastDeliveries.from_dict(_forecast_deliveries)
        )

        fulfillment_network_id_type = d.pop("fulfillmentNetworkIDType", UNSET)

        if (
            _reader is not None
            and fulfillment_network_id_type.__class__ is not str
            and fulfillment_network_id_type is not UNSET
        ):
            raise DeviationError("fulfillmentNetworkIDType")

        inventory = d.pop("inventory", UNSET)

        if (
            _reader is not None
            and inventory.__class__ is not int
            and inventory is not UNSET
        ):
            raise DeviationError("inventory")

        marketplace_id = d.pop("marketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("marketplaceId")

        _offer_program_configuration = d.pop("offerProgramConfiguration", UNSET)
        offer_program_configuration = (
            UNSET
            if _offer_program_configuration is UNSET
            else OfferProgramConfiguration.from_dict(_offer_program_configuration)
        )

        price = d.pop("price", UNSET)

        if (
            _reader is not None
            and price.__class__ is not float
            and price.__class__ is not int
            and price is not UNSET
        ):
            raise DeviationError("price")

        price_currency_code = d.pop("priceCurrencyCode", UNSET)

        if (
            _reader is not None
            and price_currency_code.__class__ is not str
            and price_currency_code is not UNSET
        ):
            raise DeviationError("priceCurrencyCode")

        _program_type = d.pop("programType", UNSET)
        program_type = (
            UNSET
            if _program_type is UNSET
            else (
                ProgramType._value2member_map_.get(_program_type)
                if _program_type.__class__ is str
                else None
            )
            or ProgramType(_program_type)
        )

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        stock_risk = d.pop("stockRisk", UNSET)

        if (
            _reader is not None
            and stock_risk.__class__ is not str
            and stock_risk is not UNSET
        ):
            raise DeviationError("stockRisk")

        subscriptions = d.pop("subscriptions", UNSET)

        if (
            _reader is not None
            and subscriptions.__class__ is not int
            and subscriptions is not UNSET
        ):
            raise DeviationError("subscriptions")

        vendor_codes = d.pop("vendorCodes", UNSET)

        if (
            _reader is not None
            and vendor_codes.__class__ is not list
            and vendor_codes is not UNSET
        ):
            raise DeviationError("vendorCodes")

        if cls is ListOffersResponseOffer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.deliveries_conditions = deliveries_conditions
            _built.eligibility = eligibility
            _built.forecast_deliveries = forecast_deliveries
            _built.fulfillment_network_id_type = fulfillment_network_id_type
            _built.inventory = inventory
            _built.marketplace_id = marketplace_id
            _built.offer_program_configuration = offer_program_configuration
            _built.price = price
            _built.price_currency_code = price_currency_code
            _built.program_type = program_type
            _built.sku = sku
            _built.stock_risk = stock_risk
            _built.subscriptions = subscriptions
            _built.vendor_codes = vendor_codes
            _built._parse_notes = None
            list_offers_response_offer = _built
        else:  # a subclass: its own __init__ runs
            list_offers_response_offer = cls(
                asin=asin,
                deliveries_conditions=deliveries_conditions,
                eligibility=eligibility,
                forecast_deliveries=forecast_deliveries,
                fulfillment_network_id_type=fulfillment_network_id_type,
                inventory=inventory,
                marketplace_id=marketplace_id,
                offer_program_configuration=offer_program_configuration,
                price=price,
                price_currency_code=price_currency_code,
                program_type=program_type,
                sku=sku,
                stock_risk=stock_risk,
                subscriptions=subscriptions,
                vendor_codes=vendor_codes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_offers_response_offer.additional_properties = d or {}
        return list_offers_response_offer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
