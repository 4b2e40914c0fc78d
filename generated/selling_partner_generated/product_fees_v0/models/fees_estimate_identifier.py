from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_type import IdType
from ..models.optional_fulfillment_program import OptionalFulfillmentProgram
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
    from ..models.price_to_estimate_fees import PriceToEstimateFees


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PriceToEstimateFees
    from ..models.price_to_estimate_fees import PriceToEstimateFees

    _lazy_pending = False


T = TypeVar("T", bound="FeesEstimateIdentifier")


@_attrs_define
class FeesEstimateIdentifier:
    """
    Attributes:
        id_type (IdType | Unset):
        id_value (str | Unset):
        is_amazon_fulfilled (bool | Unset):
        marketplace_id (str | Unset):
        optional_fulfillment_program (OptionalFulfillmentProgram | Unset):
        price_to_estimate_fees (PriceToEstimateFees | Unset):
        seller_id (str | Unset):
        seller_input_identifier (str | Unset):
    """

    id_type: IdType | Unset = UNSET
    id_value: str | Unset = UNSET
    is_amazon_fulfilled: bool | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    optional_fulfillment_program: OptionalFulfillmentProgram | Unset = UNSET
    price_to_estimate_fees: PriceToEstimateFees | Unset = UNSET
    seller_id: str | Unset = UNSET
    seller_input_identifier: str | Unset = UNSET
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
        id_type: str | Unset = UNSET
        if not isinstance(self.id_type, Unset):
            id_type = self.id_type.value

        id_value = self.id_value

        is_amazon_fulfilled = self.is_amazon_fulfilled

        marketplace_id = self.marketplace_id

        optional_fulfillment_program: str | Unset = UNSET
        if not isinstance(self.optional_fulfillment_program, Unset):
            optional_fulfillment_program = self.optional_fulfillment_program.value

        price_to_estimate_fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_to_estimate_fees, Unset):
            price_to_estimate_fees = self.price_to_estimate_fees.to_dict()

        seller_id = self.seller_id

        seller_input_identifier = self.seller_input_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_type is not UNSET:
            field_dict["IdType"] = id_type
        if id_value is not UNSET:
            field_dict["IdValue"] = id_value
        if is_amazon_fulfilled is not UNSET:
            field_dict["IsAmazonFulfilled"] = is_amazon_fulfilled
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if optional_fulfillment_program is not UNSET:
            field_dict["OptionalFulfillmentProgram"] = optional_fulfillment_program
        if price_to_estimate_fees is not UNSET:
            field_dict["PriceToEstimateFees"] = price_to_estimate_fees
        if seller_id is not UNSET:
            field_dict["SellerId"] = seller_id
        if seller_input_identifier is not UNSET:
            field_dict["SellerInputIdentifier"] = seller_input_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.price_to_estimate_fees import PriceToEstimateFees

        return (
            (
                ("IdType", "id_type", False, ("enum", IdType)),
                ("IdValue", "id_value", False, ("str",)),
                ("IsAmazonFulfilled", "is_amazon_fulfilled", False, ("bool",)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                (
                    "OptionalFulfillmentProgram",
                    "optional_fulfillment_program",
                    False,
                    ("enum", OptionalFulfillmentProgram),
                ),
                (
                    "PriceToEstimateFees",
                    "price_to_estimate_fees",
                    False,
                    ("model", PriceToEstimateFees),
                ),
                ("SellerId", "seller_id", False, ("str",)),
                ("SellerInputIdentifier", "seller_input_identifier", False, ("str",)),
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
        _id_type = d.pop("IdType", UNSET)
        id_type = (
            UNSET
            if _id_type is UNSET
            else (
                IdType._value2member_map_.get(_id_type)
                if _id_type.__class__ is str
                else None
            )
            or IdType(_id_type)
        )

        id_value = d.pop("IdValue", UNSET)

        if (
            _reader is not None
            and id_value.__class__ is not str
            and id_value is not UNSET
        ):
            raise DeviationError("IdValue")

        is_amazon_fulfilled = d.pop("IsAmazonFulfilled", UNSET)

        if (
            _reader is not None
            and is_amazon_fulfilled.__class__ is not bool
            and is_amazon_fulfilled is not UNSET
        ):
            raise DeviationError("IsAmazonFulfilled")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        _optional_fulfillment_program = d.pop("OptionalFulfillmentProgram", UNSET)
        optional_fulfillment_program = (
            UNSET
            if _optional_fulfillment_program is UNSET
            else (
                OptionalFulfillmentProgram._value2member_map_.get(
                    _optional_fulfillment_program
                )
                if _optional_fulfillment_program.__class__ is str
                else None
            )
            or OptionalFulfillmentProgram(_optional_fulfillment_program)
        )

        _price_to_estimate_fees = d.pop("PriceToEstimateFees", UNSET)
        price_to_estimate_fees = (
            UNSET
            if _price_to_estimate_fees is UNSET
            else PriceToEstimateFees.from_dict(_price_to_estimate_fees)
        )

        seller_id = d.pop("SellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("SellerId")

        seller_input_identifier = d.pop("SellerInputIdentifier", UNSET)

        if (
            _reader is not None
            and seller_input_identifier.__class__ is not str
            and seller_input_identifier is not UNSET
        ):
            raise DeviationError("SellerInputIdentifier")

        if cls is FeesEstimateIdentifier:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.id_type = id_type
            _built.id_value = id_value
            _built.is_amazon_fulfilled = is_amazon_fulfilled
            _built.marketplace_id = marketplace_id
            _built.optional_fulfillment_program = optional_fulfillment_program
            _built.price_to_estimate_fees = price_to_estimate_fees
            _built.seller_id = seller_id
            _built.seller_input_identifier = seller_input_identifier
            _built._parse_notes = None
            fees_estimate_identifier = _built
        else:  # a subclass: its own __init__ runs
            fees_estimate_identifier = cls(
                id_type=id_type,
                id_value=id_value,
                is_amazon_fulfilled=is_amazon_fulfilled,
                marketplace_id=marketplace_id,
                optional_fulfillment_program=optional_fulfillment_program,
                price_to_estimate_fees=price_to_estimate_fees,
                seller_id=seller_id,
                seller_input_identifier=seller_input_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fees_estimate_identifier.additional_properties = d or {}
        return fees_estimate_identifier

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
