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

T = TypeVar("T", bound="ListingsItemIssuesChangeNotificationPayload")


@_attrs_define
class ListingsItemIssuesChangeNotificationPayload:
    """
    Attributes:
        seller_id (str):
        sku (str):
        severities (list[str]):
        marketplace_id (str | Unset):
        asin (str | Unset):
        enforcement_actions (list[str] | Unset):
    """

    seller_id: str
    sku: str
    severities: list[str]
    marketplace_id: str | Unset = UNSET
    asin: str | Unset = UNSET
    enforcement_actions: list[str] | Unset = UNSET
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
        seller_id = self.seller_id

        sku = self.sku

        severities = self.severities

        marketplace_id = self.marketplace_id

        asin = self.asin

        enforcement_actions: list[str] | Unset = UNSET
        if not isinstance(self.enforcement_actions, Unset):
            enforcement_actions = self.enforcement_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "Sku": sku,
                "Severities": severities,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if asin is not UNSET:
            field_dict["Asin"] = asin
        if enforcement_actions is not UNSET:
            field_dict["EnforcementActions"] = enforcement_actions

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("Sku", "sku", True, ("str",)),
                ("Severities", "severities", True, ("list", ("str",))),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                ("Asin", "asin", False, ("str",)),
                (
                    "EnforcementActions",
                    "enforcement_actions",
                    False,
                    ("list", ("str",)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        sku = d.pop("Sku")

        if _reader is not None and sku.__class__ is not str:
            raise DeviationError("Sku")

        severities = d.pop("Severities")

        if _reader is not None and severities.__class__ is not list:
            raise DeviationError("Severities")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        asin = d.pop("Asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("Asin")

        enforcement_actions = d.pop("EnforcementActions", UNSET)

        if (
            _reader is not None
            and enforcement_actions.__class__ is not list
            and enforcement_actions is not UNSET
        ):
            raise DeviationError("EnforcementActions")

        if cls is ListingsItemIssuesChangeNotificationPayload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.sku = sku
            _built.severities = severities
            _built.marketplace_id = marketplace_id
            _built.asin = asin
            _built.enforcement_actions = enforcement_actions
            _built._parse_notes = None
            listings_item_issues_change_notification_payload = _built
        else:  # a subclass: its own __init__ runs
            listings_item_issues_change_notification_payload = cls(
                seller_id=seller_id,
                sku=sku,
                severities=severities,
                marketplace_id=marketplace_id,
                asin=asin,
                enforcement_actions=enforcement_actions,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_item_issues_change_notification_payload.additional_properties = d or {}
        return listings_item_issues_change_notification_payload

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
