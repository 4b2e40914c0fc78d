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
    from ..models.linked_asset_additional_attributes import (
        LinkedAssetAdditionalAttributes,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LinkedAssetAdditionalAttributes
    from ..models.linked_asset_additional_attributes import (
        LinkedAssetAdditionalAttributes,
    )

    _lazy_pending = False


T = TypeVar("T", bound="LinkedAsset")


@_attrs_define
class LinkedAsset:
    """
    Attributes:
        additional_attributes (LinkedAssetAdditionalAttributes | Unset):
        asset_name (str | Unset):
        asset_type (str | Unset):
    """

    additional_attributes: LinkedAssetAdditionalAttributes | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_type: str | Unset = UNSET
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
        additional_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = self.additional_attributes.to_dict()

        asset_name = self.asset_name

        asset_type = self.asset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.linked_asset_additional_attributes import (
            LinkedAssetAdditionalAttributes,
        )

        return (
            (
                (
                    "additionalAttributes",
                    "additional_attributes",
                    False,
                    ("model", LinkedAssetAdditionalAttributes),
                ),
                ("assetName", "asset_name", False, ("str",)),
                ("assetType", "asset_type", False, ("str",)),
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
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes = (
            UNSET
            if _additional_attributes is UNSET
            else LinkedAssetAdditionalAttributes.from_dict(_additional_attributes)
        )

        asset_name = d.pop("assetName", UNSET)

        if (
            _reader is not None
            and asset_name.__class__ is not str
            and asset_name is not UNSET
        ):
            raise DeviationError("assetName")

        asset_type = d.pop("assetType", UNSET)

        if (
            _reader is not None
            and asset_type.__class__ is not str
            and asset_type is not UNSET
        ):
            raise DeviationError("assetType")

        if cls is LinkedAsset:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.additional_attributes = additional_attributes
            _built.asset_name = asset_name
            _built.asset_type = asset_type
            _built._parse_notes = None
            linked_asset = _built
        else:  # a subclass: its own __init__ runs
            linked_asset = cls(
                additional_attributes=additional_attributes,
                asset_name=asset_name,
                asset_type=asset_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        linked_asset.additional_properties = d or {}
        return linked_asset

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
