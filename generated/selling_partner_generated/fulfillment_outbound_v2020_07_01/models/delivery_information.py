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
    from ..models.delivery_document import DeliveryDocument
    from ..models.drop_off_location import DropOffLocation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DeliveryDocument, DropOffLocation
    from ..models.delivery_document import DeliveryDocument
    from ..models.drop_off_location import DropOffLocation

    _lazy_pending = False


T = TypeVar("T", bound="DeliveryInformation")


@_attrs_define
class DeliveryInformation:
    """
    Attributes:
        delivery_document_list (list[DeliveryDocument] | Unset):
        drop_off_location (DropOffLocation | Unset):
    """

    delivery_document_list: list[DeliveryDocument] | Unset = UNSET
    drop_off_location: DropOffLocation | Unset = UNSET
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
        delivery_document_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delivery_document_list, Unset):
            delivery_document_list = []
            for (
                componentsschemas_delivery_document_list_item_data
            ) in self.delivery_document_list:
                componentsschemas_delivery_document_list_item = (
                    componentsschemas_delivery_document_list_item_data.to_dict()
                )
                delivery_document_list.append(
                    componentsschemas_delivery_document_list_item
                )

        drop_off_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drop_off_location, Unset):
            drop_off_location = self.drop_off_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_document_list is not UNSET:
            field_dict["deliveryDocumentList"] = delivery_document_list
        if drop_off_location is not UNSET:
            field_dict["dropOffLocation"] = drop_off_location

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.delivery_document import DeliveryDocument
        from ..models.drop_off_location import DropOffLocation

        return (
            (
                (
                    "deliveryDocumentList",
                    "delivery_document_list",
                    False,
                    ("list", ("model", DeliveryDocument)),
                ),
                (
                    "dropOffLocation",
                    "drop_off_location",
                    False,
                    ("model", DropOffLocation),
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
        _delivery_document_list = d.pop("deliveryDocumentList", UNSET)
        delivery_document_list = (
            UNSET
            if _delivery_document_list is UNSET
            else [
                DeliveryDocument.from_dict(_item) for _item in _delivery_document_list
            ]
        )

        _drop_off_location = d.pop("dropOffLocation", UNSET)
        drop_off_location = (
            UNSET
            if _drop_off_location is UNSET
            else DropOffLocation.from_dict(_drop_off_location)
        )

        if cls is DeliveryInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.delivery_document_list = delivery_document_list
            _built.drop_off_location = drop_off_location
            _built._parse_notes = None
            delivery_information = _built
        else:  # a subclass: its own __init__ runs
            delivery_information = cls(
                delivery_document_list=delivery_document_list,
                drop_off_location=drop_off_location,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        delivery_information.additional_properties = d or {}
        return delivery_information

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
