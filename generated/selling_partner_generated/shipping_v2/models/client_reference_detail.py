from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_reference_detail_client_reference_type import (
    ClientReferenceDetailClientReferenceType,
)
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="ClientReferenceDetail")


@_attrs_define
class ClientReferenceDetail:
    """
    Attributes:
        client_reference_id (str):
        client_reference_type (ClientReferenceDetailClientReferenceType):
    """

    client_reference_id: str
    client_reference_type: ClientReferenceDetailClientReferenceType
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
        client_reference_id = self.client_reference_id

        client_reference_type = self.client_reference_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientReferenceId": client_reference_id,
                "clientReferenceType": client_reference_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("clientReferenceId", "client_reference_id", True, ("str",)),
                (
                    "clientReferenceType",
                    "client_reference_type",
                    True,
                    ("enum", ClientReferenceDetailClientReferenceType),
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
        client_reference_id = d.pop("clientReferenceId")

        if _reader is not None and client_reference_id.__class__ is not str:
            raise DeviationError("clientReferenceId")

        _client_reference_type = d.pop("clientReferenceType")
        client_reference_type = (
            ClientReferenceDetailClientReferenceType._value2member_map_.get(
                _client_reference_type
            )
            if _client_reference_type.__class__ is str
            else None
        ) or ClientReferenceDetailClientReferenceType(_client_reference_type)

        if cls is ClientReferenceDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.client_reference_id = client_reference_id
            _built.client_reference_type = client_reference_type
            _built._parse_notes = None
            client_reference_detail = _built
        else:  # a subclass: its own __init__ runs
            client_reference_detail = cls(
                client_reference_id=client_reference_id,
                client_reference_type=client_reference_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        client_reference_detail.additional_properties = d or {}
        return client_reference_detail

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
