from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="FeesEstimateRequest")


@_attrs_define
class FeesEstimateRequest:
    """
    Attributes:
        identifier (str):
        marketplace_id (str):
        price_to_estimate_fees (PriceToEstimateFees):
        is_amazon_fulfilled (bool | Unset):
        optional_fulfillment_program (OptionalFulfillmentProgram | Unset):
    """

    identifier: str
    marketplace_id: str
    price_to_estimate_fees: PriceToEstimateFees
    is_amazon_fulfilled: bool | Unset = UNSET
    optional_fulfillment_program: OptionalFulfillmentProgram | Unset = UNSET
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
        identifier = self.identifier

        marketplace_id = self.marketplace_id

        price_to_estimate_fees = self.price_to_estimate_fees.to_dict()

        is_amazon_fulfilled = self.is_amazon_fulfilled

        optional_fulfillment_program: str | Unset = UNSET
        if not isinstance(self.optional_fulfillment_program, Unset):
            optional_fulfillment_program = self.optional_fulfillment_program.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
                "MarketplaceId": marketplace_id,
                "PriceToEstimateFees": price_to_estimate_fees,
            }
        )
        if is_amazon_fulfilled is not UNSET:
            field_dict["IsAmazonFulfilled"] = is_amazon_fulfilled
        if optional_fulfillment_program is not UNSET:
            field_dict["OptionalFulfillmentProgram"] = optional_fulfillment_program

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.price_to_estimate_fees import PriceToEstimateFees

        return (
            (
                ("Identifier", "identifier", True, ("str",)),
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                (
                    "PriceToEstimateFees",
                    "price_to_estimate_fees",
                    True,
                    ("model", PriceToEstimateFees),
                ),
                ("IsAmazonFulfilled", "is_amazon_fulfilled", False, ("bool",)),
                (
                    "OptionalFulfillmentProgram",
                    "optional_fulfillment_program",
                    False,
                    ("enum", OptionalFulfillmentProgram),
                ),
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
        identifier = d.pop("Identifier")

        if _reader is not None and identifier.__class__ is not str:
            raise DeviationError("Identifier")

        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        price_to_estimate_fees = PriceToEstimateFees.from_dict(
            d.pop("PriceToEstimateFees")
        )

        is_amazon_fulfilled = d.pop("IsAmazonFulfilled", UNSET)

        if (
            _reader is not None
            and is_amazon_fulfilled.__class__ is not bool
            and is_amazon_fulfilled is not UNSET
        ):
            raise DeviationError("IsAmazonFulfilled")

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

        if cls is FeesEstimateRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifier = identifier
            _built.marketplace_id = marketplace_id
            _built.price_to_estimate_fees = price_to_estimate_fees
            _built.is_amazon_fulfilled = is_amazon_fulfilled
            _built.optional_fulfillment_program = optional_fulfillment_program
            _built._parse_notes = None
            fees_estimate_request = _built
        else:  # a subclass: its own __init__ runs
            fees_estimate_request = cls(
                identifier=identifier,
                marketplace_id=marketplace_id,
                price_to_estimate_fees=price_to_estimate_fees,
                is_amazon_fulfilled=is_amazon_fulfilled,
                optional_fulfillment_program=optional_fulfillment_program,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fees_estimate_request.additional_properties = d or {}
        return fees_estimate_request

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
