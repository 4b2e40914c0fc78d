from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_settings_feature_fulfillment_policy import (
    FeatureSettingsFeatureFulfillmentPolicy,
)
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

T = TypeVar("T", bound="FeatureSettings")


@_attrs_define
class FeatureSettings:
    """
    Attributes:
        feature_fulfillment_policy (FeatureSettingsFeatureFulfillmentPolicy | Unset):
        feature_name (str | Unset):
    """

    feature_fulfillment_policy: FeatureSettingsFeatureFulfillmentPolicy | Unset = UNSET
    feature_name: str | Unset = UNSET
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
        feature_fulfillment_policy: str | Unset = UNSET
        if not isinstance(self.feature_fulfillment_policy, Unset):
            feature_fulfillment_policy = self.feature_fulfillment_policy.value

        feature_name = self.feature_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_fulfillment_policy is not UNSET:
            field_dict["featureFulfillmentPolicy"] = feature_fulfillment_policy
        if feature_name is not UNSET:
            field_dict["featureName"] = feature_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "featureFulfillmentPolicy",
                    "feature_fulfillment_policy",
                    False,
                    ("enum", FeatureSettingsFeatureFulfillmentPolicy),
                ),
                ("featureName", "feature_name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _feature_fulfillment_policy = d.pop("featureFulfillmentPolicy", UNSET)
        feature_fulfillment_policy = (
            UNSET
            if _feature_fulfillment_policy is UNSET
            else (
                FeatureSettingsFeatureFulfillmentPolicy._value2member_map_.get(
                    _feature_fulfillment_policy
                )
                if _feature_fulfillment_policy.__class__ is str
                else None
            )
            or FeatureSettingsFeatureFulfillmentPolicy(_feature_fulfillment_policy)
        )

        feature_name = d.pop("featureName", UNSET)

        if (
            _reader is not None
            and feature_name.__class__ is not str
            and feature_name is not UNSET
        ):
            raise DeviationError("featureName")

        if cls is FeatureSettings:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.feature_fulfillment_policy = feature_fulfillment_policy
            _built.feature_name = feature_name
            _built._parse_notes = None
            feature_settings = _built
        else:  # a subclass: its own __init__ runs
            feature_settings = cls(
                feature_fulfillment_policy=feature_fulfillment_policy,
                feature_name=feature_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        feature_settings.additional_properties = d or {}
        return feature_settings

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
