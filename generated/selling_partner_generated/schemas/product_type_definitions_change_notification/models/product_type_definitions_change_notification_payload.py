from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ProductTypeDefinitionsChangeNotificationPayload")


@_attrs_define
class ProductTypeDefinitionsChangeNotificationPayload:
    """
    Attributes:
        account_id (str):
        product_type_version (str):
        marketplace_id (str | Unset):
        new_product_types (list[Any] | Unset):
    """

    account_id: str
    product_type_version: str
    marketplace_id: str | Unset = UNSET
    new_product_types: list[Any] | Unset = UNSET
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
        account_id = self.account_id

        product_type_version = self.product_type_version

        marketplace_id = self.marketplace_id

        new_product_types: list[Any] | Unset = UNSET
        if not isinstance(self.new_product_types, Unset):
            new_product_types = self.new_product_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountId": account_id,
                "ProductTypeVersion": product_type_version,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if new_product_types is not UNSET:
            field_dict["NewProductTypes"] = new_product_types

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("AccountId", "account_id", True, ("str",)),
                ("ProductTypeVersion", "product_type_version", True, ("str",)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                ("NewProductTypes", "new_product_types", False, ("list", ("any",))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        account_id = d.pop("AccountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("AccountId")

        product_type_version = d.pop("ProductTypeVersion")

        if _reader is not None and product_type_version.__class__ is not str:
            raise DeviationError("ProductTypeVersion")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        new_product_types = d.pop("NewProductTypes", UNSET)

        if (
            _reader is not None
            and new_product_types.__class__ is not list
            and new_product_types is not UNSET
        ):
            raise DeviationError("NewProductTypes")

        if cls is ProductTypeDefinitionsChangeNotificationPayload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.product_type_version = product_type_version
            _built.marketplace_id = marketplace_id
            _built.new_product_types = new_product_types
            _built._parse_notes = None
            product_type_definitions_change_notification_payload = _built
        else:  # a subclass: its own __init__ runs
            product_type_definitions_change_notification_payload = cls(
                account_id=account_id,
                product_type_version=product_type_version,
                marketplace_id=marketplace_id,
                new_product_types=new_product_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product_type_definitions_change_notification_payload.additional_properties = (
            d or {}
        )
        return product_type_definitions_change_notification_payload

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
