from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_business_type import AccountBusinessType
from ..models.account_selling_plan import AccountSellingPlan
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
    from ..models.business import Business
    from ..models.marketplace_participation import MarketplaceParticipation
    from ..models.primary_contact import PrimaryContact


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Business, MarketplaceParticipation, PrimaryContact
    from ..models.business import Business
    from ..models.marketplace_participation import MarketplaceParticipation
    from ..models.primary_contact import PrimaryContact

    _lazy_pending = False


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        business_type (AccountBusinessType):
        marketplace_participation_list (list[MarketplaceParticipation]):
        selling_plan (AccountSellingPlan):
        business (Business | Unset):
        primary_contact (PrimaryContact | Unset):
    """

    business_type: AccountBusinessType
    marketplace_participation_list: list[MarketplaceParticipation]
    selling_plan: AccountSellingPlan
    business: Business | Unset = UNSET
    primary_contact: PrimaryContact | Unset = UNSET
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
        business_type = self.business_type.value

        marketplace_participation_list = []
        for (
            componentsschemas_marketplace_participation_list_item_data
        ) in self.marketplace_participation_list:
            componentsschemas_marketplace_participation_list_item = (
                componentsschemas_marketplace_participation_list_item_data.to_dict()
            )
            marketplace_participation_list.append(
                componentsschemas_marketplace_participation_list_item
            )

        selling_plan = self.selling_plan.value

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessType": business_type,
                "marketplaceParticipationList": marketplace_participation_list,
                "sellingPlan": selling_plan,
            }
        )
        if business is not UNSET:
            field_dict["business"] = business
        if primary_contact is not UNSET:
            field_dict["primaryContact"] = primary_contact

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.business import Business
        from ..models.marketplace_participation import MarketplaceParticipation
        from ..models.primary_contact import PrimaryContact

        return (
            (
                ("businessType", "business_type", True, ("enum", AccountBusinessType)),
                (
                    "marketplaceParticipationList",
                    "marketplace_participation_list",
                    True,
                    ("list", ("model", MarketplaceParticipation)),
                ),
                ("sellingPlan", "selling_plan", True, ("enum", AccountSellingPlan)),
                ("business", "business", False, ("model", Business)),
                ("primaryContact", "primary_contact", False, ("model", PrimaryContact)),
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
        _business_type = d.pop("businessType")
        business_type = (
            AccountBusinessType._value2member_map_.get(_business_type)
            if _business_type.__class__ is str
            else None
        ) or AccountBusinessType(_business_type)

        _marketplace_participation_list = d.pop("marketplaceParticipationList")
        marketplace_participation_list = [
            MarketplaceParticipation.from_dict(_item)
            for _item in _marketplace_participation_list
        ]

        _selling_plan = d.pop("sellingPlan")
        selling_plan = (
            AccountSellingPlan._value2member_map_.get(_selling_plan)
            if _selling_plan.__class__ is str
            else None
        ) or AccountSellingPlan(_selling_plan)

        _business = d.pop("business", UNSET)
        business = UNSET if _business is UNSET else Business.from_dict(_business)

        _primary_contact = d.pop("primaryContact", UNSET)
        primary_contact = (
            UNSET
            if _primary_contact is UNSET
            else PrimaryContact.from_dict(_primary_contact)
        )

        if cls is Account:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.business_type = business_type
            _built.marketplace_participation_list = marketplace_participation_list
            _built.selling_plan = selling_plan
            _built.business = business
            _built.primary_contact = primary_contact
            _built._parse_notes = None
            account = _built
        else:  # a subclass: its own __init__ runs
            account = cls(
                business_type=business_type,
                marketplace_participation_list=marketplace_participation_list,
                selling_plan=selling_plan,
                business=business,
                primary_contact=primary_contact,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        account.additional_properties = d or {}
        return account

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
