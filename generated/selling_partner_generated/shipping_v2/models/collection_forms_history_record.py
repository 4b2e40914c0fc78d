from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_status import GenerationStatus
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
    from ..models.address import Address


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address
    from ..models.address import Address

    _lazy_pending = False


T = TypeVar("T", bound="CollectionFormsHistoryRecord")


@_attrs_define
class CollectionFormsHistoryRecord:
    """
    Attributes:
        carrier_name (str | Unset):
        collection_form_id (str | Unset):
        creation_date (str | Unset):
        generation_status (GenerationStatus | Unset):
        ship_from_address (Address | Unset):
    """

    carrier_name: str | Unset = UNSET
    collection_form_id: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    generation_status: GenerationStatus | Unset = UNSET
    ship_from_address: Address | Unset = UNSET
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
        carrier_name = self.carrier_name

        collection_form_id = self.collection_form_id

        creation_date = self.creation_date

        generation_status: str | Unset = UNSET
        if not isinstance(self.generation_status, Unset):
            generation_status = self.generation_status.value

        ship_from_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from_address, Unset):
            ship_from_address = self.ship_from_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if collection_form_id is not UNSET:
            field_dict["collectionFormId"] = collection_form_id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if generation_status is not UNSET:
            field_dict["generationStatus"] = generation_status
        if ship_from_address is not UNSET:
            field_dict["shipFromAddress"] = ship_from_address

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("carrierName", "carrier_name", False, ("str",)),
                ("collectionFormId", "collection_form_id", False, ("str",)),
                ("creationDate", "creation_date", False, ("str",)),
                (
                    "generationStatus",
                    "generation_status",
                    False,
                    ("enum", GenerationStatus),
                ),
                ("shipFromAddress", "ship_from_address", False, ("model", Address)),
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
        carrier_name = d.pop("carrierName", UNSET)

        if (
            _reader is not None
            and carrier_name.__class__ is not str
            and carrier_name is not UNSET
        ):
            raise DeviationError("carrierName")

        collection_form_id = d.pop("collectionFormId", UNSET)

        if (
            _reader is not None
            and collection_form_id.__class__ is not str
            and collection_form_id is not UNSET
        ):
            raise DeviationError("collectionFormId")

        creation_date = d.pop("creationDate", UNSET)

        if (
            _reader is not None
            and creation_date.__class__ is not str
            and creation_date is not UNSET
        ):
            raise DeviationError("creationDate")

        _generation_status = d.pop("generationStatus", UNSET)
        generation_status = (
            UNSET
            if _generation_status is UNSET
            else (
                GenerationStatus._value2member_map_.get(_generation_status)
                if _generation_status.__class__ is str
                else None
            )
            or GenerationStatus(_generation_status)
        )

        _ship_from_address = d.pop("shipFromAddress", UNSET)
        ship_from_address = (
            UNSET
            if _ship_from_address is UNSET
            else Address.from_dict(_ship_from_address)
        )

        if cls is CollectionFormsHistoryRecord:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_name = carrier_name
            _built.collection_form_id = collection_form_id
            _built.creation_date = creation_date
            _built.generation_status = generation_status
            _built.ship_from_address = ship_from_address
            _built._parse_notes = None
            collection_forms_history_record = _built
        else:  # a subclass: its own __init__ runs
            collection_forms_history_record = cls(
                carrier_name=carrier_name,
                collection_form_id=collection_form_id,
                creation_date=creation_date,
                generation_status=generation_status,
                ship_from_address=ship_from_address,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        collection_forms_history_record.additional_properties = d or {}
        return collection_forms_history_record

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
