from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.offer_program_configuration_promotions_discount_funding import (
        OfferProgramConfigurationPromotionsDiscountFunding,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OfferProgramConfigurationPromotionsDiscountFunding
    from ..models.offer_program_configuration_promotions_discount_funding import (
        OfferProgramConfigurationPromotionsDiscountFunding,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OfferProgramConfigurationPromotions")


@_attrs_define
class OfferProgramConfigurationPromotions:
    """
    Attributes:
        amazon_funded_base_discount (OfferProgramConfigurationPromotionsDiscountFunding | Unset):
        amazon_funded_tiered_discount (OfferProgramConfigurationPromotionsDiscountFunding | Unset):
        selling_partner_funded_base_discount (OfferProgramConfigurationPromotionsDiscountFunding | Unset):
        selling_partner_funded_tiered_discount (OfferProgramConfigurationPromotionsDiscountFunding | Unset):
    """

    amazon_funded_base_discount: (
        OfferProgramConfigurationPromotionsDiscountFunding | Unset
    ) = UNSET
    amazon_funded_tiered_discount: (
        OfferProgramConfigurationPromotionsDiscountFunding | Unset
    ) = UNSET
    selling_partner_funded_base_discount: (
        OfferProgramConfigurationPromotionsDiscountFunding | Unset
    ) = UNSET
    selling_partner_funded_tiered_discount: (
        OfferProgramConfigurationPromotionsDiscountFunding | Unset
    ) = UNSET
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
        amazon_funded_base_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_funded_base_discount, Unset):
            amazon_funded_base_discount = self.amazon_funded_base_discount.to_dict()

        amazon_funded_tiered_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_funded_tiered_discount, Unset):
            amazon_funded_tiered_discount = self.amazon_funded_tiered_discount.to_dict()

        selling_partner_funded_base_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_partner_funded_base_discount, Unset):
            selling_partner_funded_base_discount = (
                self.selling_partner_funded_base_discount.to_dict()
            )

        selling_partner_funded_tiered_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_partner_funded_tiered_discount, Unset):
            selling_partner_funded_tiered_discount = (
                self.selling_partner_funded_tiered_discount.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_funded_base_discount is not UNSET:
            field_dict["amazonFundedBaseDiscount"] = amazon_funded_base_discount
        if amazon_funded_tiered_discount is not UNSET:
            field_dict["amazonFundedTieredDiscount"] = amazon_funded_tiered_discount
        if selling_partner_funded_base_discount is not UNSET:
            field_dict["sellingPartnerFundedBaseDiscount"] = (
                selling_partner_funded_base_discount
            )
        if selling_partner_funded_tiered_discount is not UNSET:
            field_dict["sellingPartnerFundedTieredDiscount"] = (
                selling_partner_funded_tiered_discount
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.offer_program_configuration_promotions_discount_funding import (
            OfferProgramConfigurationPromotionsDiscountFunding,
        )

        return (
            (
                (
                    "amazonFundedBaseDiscount",
                    "amazon_funded_base_discount",
                    False,
                    ("model", OfferProgramConfigurationPromotionsDiscountFunding),
                ),
                (
                    "amazonFundedTieredDiscount",
                    "amazon_funded_tiered_discount",
                    False,
                    ("model", OfferProgramConfigurationPromotionsDiscountFunding),
                ),
                (
                    "sellingPartnerFundedBaseDiscount",
                    "selling_partner_funded_base_discount",
                    False,
                    ("model", OfferProgramConfigurationPromotionsDiscountFunding),
                ),
                (
                    "sellingPartnerFundedTieredDiscount",
                    "selling_partner_funded_tiered_discount",
                    False,
                    ("model", OfferProgramConfigurationPromotionsDiscountFunding),
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
        _amazon_funded_base_discount = d.pop("amazonFundedBaseDiscount", UNSET)
        amazon_funded_base_discount = (
            UNSET
            if _amazon_funded_base_discount is UNSET
            else OfferProgramConfigurationPromotionsDiscountFunding.from_dict(
                _amazon_funded_base_discount
            )
        )

        _amazon_funded_tiered_discount = d.pop("amazonFundedTieredDiscount", UNSET)
        amazon_funded_tiered_discount = (
            UNSET
            if _amazon_funded_tiered_discount is UNSET
            else OfferProgramConfigurationPromotionsDiscountFunding.from_dict(
                _amazon_funded_tiered_discount
            )
        )

        _selling_partner_funded_base_discount = d.pop(
            "sellingPartnerFundedBaseDiscount", UNSET
        )
        selling_partner_funded_base_discount = (
            UNSET
            if _selling_partner_funded_base_discount is UNSET
            else OfferProgramConfigurationPromotionsDiscountFunding.from_dict(
                _selling_partner_funded_base_discount
            )
        )

        _selling_partner_funded_tiered_discount = d.pop(
            "sellingPartnerFundedTieredDiscount", UNSET
        )
        selling_partner_funded_tiered_discount = (
            UNSET
            if _selling_partner_funded_tiered_discount is UNSET
            else OfferProgramConfigurationPromotionsDiscountFunding.from_dict(
                _selling_partner_funded_tiered_discount
            )
        )

        if cls is OfferProgramConfigurationPromotions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_funded_base_discount = amazon_funded_base_discount
            _built.amazon_funded_tiered_discount = amazon_funded_tiered_discount
            _built.selling_partner_funded_base_discount = (
                selling_partner_funded_base_discount
            )
            _built.selling_partner_funded_tiered_discount = (
                selling_partner_funded_tiered_discount
            )
            _built._parse_notes = None
            offer_program_configuration_promotions = _built
        else:  # a subclass: its own __init__ runs
            offer_program_configuration_promotions = cls(
                amazon_funded_base_discount=amazon_funded_base_discount,
                amazon_funded_tiered_discount=amazon_funded_tiered_discount,
                selling_partner_funded_base_discount=selling_partner_funded_base_discount,
                selling_partner_funded_tiered_discount=selling_partner_funded_tiered_discount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_program_configuration_promotions.additional_properties = d or {}
        return offer_program_configuration_promotions

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
