from __future__ import annotations

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
    from ..models.restricted_resource import RestrictedResource


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, RestrictedResource
    from ..models.restricted_resource import RestrictedResource

    _lazy_pending = False


T = TypeVar("T", bound="CreateRestrictedDataTokenRequest")


@_attrs_define
class CreateRestrictedDataTokenRequest:
    """
    Attributes:
        restricted_resources (list[RestrictedResource]):
        target_application (str | Unset):
    """

    restricted_resources: list[RestrictedResource]
    target_application: str | Unset = UNSET
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
        restricted_resources = []
        for restricted_resources_item_data in self.restricted_resources:
            restricted_resources_item = restricted_resources_item_data.to_dict()
            restricted_resources.append(restricted_resources_item)

        target_application = self.target_application

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restrictedResources": restricted_resources,
            }
        )
        if target_application is not UNSET:
            field_dict["targetApplication"] = target_application

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.restricted_resource import RestrictedResource

        return (
            (
                (
                    "restrictedResources",
                    "restricted_resources",
                    True,
                    ("list", ("model", RestrictedResource)),
                ),
                ("targetApplication", "target_application", False, ("str",)),
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
        _restricted_resources = d.pop("restrictedResources")
        restricted_resources = [
            RestrictedResource.from_dict(_item) for _item in _restricted_resources
        ]

        target_application = d.pop("targetApplication", UNSET)

        if (
            _reader is not None
            and target_application.__class__ is not str
            and target_application is not UNSET
        ):
            raise DeviationError("targetApplication")

        if cls is CreateRestrictedDataTokenRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.restricted_resources = restricted_resources
            _built.target_application = target_application
            _built._parse_notes = None
            create_restricted_data_token_request = _built
        else:  # a subclass: its own __init__ runs
            create_restricted_data_token_request = cls(
                restricted_resources=restricted_resources,
                target_application=target_application,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_restricted_data_token_request.additional_properties = d or {}
        return create_restricted_data_token_request

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
