from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.merchant_address import MerchantAddress
    from ..models.package_item import PackageItem
    from ..models.package_status import PackageStatus


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MerchantAddress, PackageItem, PackageStatus
    from ..models.merchant_address import MerchantAddress
    from ..models.package_item import PackageItem
    from ..models.package_status import PackageStatus

    _lazy_pending = False


T = TypeVar("T", bound="OrderPackage")


@_attrs_define
class OrderPackage:
    """
    Attributes:
        package_reference_id (str):
        carrier (str | Unset):
        created_time (datetime.datetime | Unset):
        package_items (list[PackageItem] | Unset):
        package_status (PackageStatus | Unset):
        ship_from_address (MerchantAddress | Unset):
        ship_time (datetime.datetime | Unset):
        shipping_service (str | Unset):
        tracking_number (str | Unset):
    """

    package_reference_id: str
    carrier: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    package_items: list[PackageItem] | Unset = UNSET
    package_status: PackageStatus | Unset = UNSET
    ship_from_address: MerchantAddress | Unset = UNSET
    ship_time: datetime.datetime | Unset = UNSET
    shipping_service: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
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
        package_reference_id = self.package_reference_id

        carrier = self.carrier

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        package_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_items, Unset):
            package_items = []
            for package_items_item_data in self.package_items:
                package_items_item = package_items_item_data.to_dict()
                package_items.append(package_items_item)

        package_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package_status, Unset):
            package_status = self.package_status.to_dict()

        ship_from_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from_address, Unset):
            ship_from_address = self.ship_from_address.to_dict()

        ship_time: str | Unset = UNSET
        if not isinstance(self.ship_time, Unset):
            ship_time = self.ship_time.isoformat()

        shipping_service = self.shipping_service

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageReferenceId": package_reference_id,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if package_items is not UNSET:
            field_dict["packageItems"] = package_items
        if package_status is not UNSET:
            field_dict["packageStatus"] = package_status
        if ship_from_address is not UNSET:
            field_dict["shipFromAddress"] = ship_from_address
        if ship_time is not UNSET:
            field_dict["shipTime"] = ship_time
        if shipping_service is not UNSET:
            field_dict["shippingService"] = shipping_service
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.merchant_address import MerchantAddress
        from ..models.package_item import PackageItem
        from ..models.package_status import PackageStatus

        return (
            (
                ("packageReferenceId", "package_reference_id", True, ("str",)),
                ("carrier", "carrier", False, ("str",)),
                ("createdTime", "created_time", False, ("datetime",)),
                (
                    "packageItems",
                    "package_items",
                    False,
                    ("list", ("model", PackageItem)),
                ),
                ("packageStatus", "package_status", False, ("model", PackageStatus)),
                (
                    "shipFromAddress",
                    "ship_from_address",
                    False,
                    ("model", MerchantAddress),
                ),
                ("shipTime", "ship_time", False, ("datetime",)),
                ("shippingService", "shipping_service", False, ("str",)),
                ("trackingNumber", "tracking_number", False, ("str",)),
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
        package_reference_id = d.pop("packageReferenceId")

        if _reader is not None and package_reference_id.__class__ is not str:
            raise DeviationError("packageReferenceId")

        carrier = d.pop("carrier", UNSET)

        if (
            _reader is not None
            and carrier.__class__ is not str
            and carrier is not UNSET
        ):
            raise DeviationError("carrier")

        _created_time = d.pop("createdTime", UNSET)
        created_time = (
            UNSET
            if _created_time is UNSET
            else datetime.datetime.fromisoformat(_created_time)
        )

        if (
            _reader is not None
            and not isinstance(created_time, Unset)
            and created_time.tzinfo is None
        ):
            raise DeviationError("createdTime")

        _package_items = d.pop("packageItems", UNSET)
        package_items = (
            UNSET
            if _package_items is UNSET
            else [PackageItem.from_dict(_item) for _item in _package_items]
        )

        _package_status = d.pop("packageStatus", UNSET)
        package_status = (
            UNSET
            if _package_status is UNSET
            else PackageStatus.from_dict(_package_status)
        )

        _ship_from_address = d.pop("shipFromAddress", UNSET)
        ship_from_address = (
            UNSET
            if _ship_from_address is UNSET
            else MerchantAddress.from_dict(_ship_from_address)
        )

        _ship_time = d.pop("shipTime", UNSET)
        ship_time = (
            UNSET
            if _ship_time is UNSET
            else datetime.datetime.fromisoformat(_ship_time)
        )

        if (
            _reader is not None
            and not isinstance(ship_time, Unset)
            and ship_time.tzinfo is None
        ):
            raise DeviationError("shipTime")

        shipping_service = d.pop("shippingService", UNSET)

        if (
            _reader is not None
            and shipping_service.__class__ is not str
            and shipping_service is not UNSET
        ):
            raise DeviationError("shippingService")

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        if cls is OrderPackage:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_reference_id = package_reference_id
            _built.carrier = carrier
            _built.created_time = created_time
            _built.package_items = package_items
            _built.package_status = package_status
            _built.ship_from_address = ship_from_address
            _built.ship_time = ship_time
            _built.shipping_service = shipping_service
            _built.tracking_number = tracking_number
            _built._parse_notes = None
            order_package = _built
        else:  # a subclass: its own __init__ runs
            order_package = cls(
                package_reference_id=package_reference_id,
                carrier=carrier,
                created_time=created_time,
                package_items=package_items,
                package_status=package_status,
                ship_from_address=ship_from_address,
                ship_time=ship_time,
                shipping_service=shipping_service,
                tracking_number=tracking_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_package.additional_properties = d or {}
        return order_package

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
