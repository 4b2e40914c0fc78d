from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_type import InputType
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
    from ..models.validation_metadata import ValidationMetadata


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ValidationMetadata
    from ..models.validation_metadata import ValidationMetadata

    _lazy_pending = False


T = TypeVar("T", bound="CarrierAccountInput")


@_attrs_define
class CarrierAccountInput:
    """
    Attributes:
        description_localization_key (str | Unset):
        group_name (str | Unset):
        input_type (InputType | Unset):
        is_confidential (bool | Unset):
        is_hidden (bool | Unset):
        is_mandatory (bool | Unset):
        name (str | Unset):
        validation_metadata (list[ValidationMetadata] | Unset):
    """

    description_localization_key: str | Unset = UNSET
    group_name: str | Unset = UNSET
    input_type: InputType | Unset = UNSET
    is_confidential: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    name: str | Unset = UNSET
    validation_metadata: list[ValidationMetadata] | Unset = UNSET
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
        description_localization_key = self.description_localization_key

        group_name = self.group_name

        input_type: str | Unset = UNSET
        if not isinstance(self.input_type, Unset):
            input_type = self.input_type.value

        is_confidential = self.is_confidential

        is_hidden = self.is_hidden

        is_mandatory = self.is_mandatory

        name = self.name

        validation_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_metadata, Unset):
            validation_metadata = []
            for (
                componentsschemas_validation_metadata_list_item_data
            ) in self.validation_metadata:
                componentsschemas_validation_metadata_list_item = (
                    componentsschemas_validation_metadata_list_item_data.to_dict()
                )
                validation_metadata.append(
                    componentsschemas_validation_metadata_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description_localization_key is not UNSET:
            field_dict["descriptionLocalizationKey"] = description_localization_key
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if input_type is not UNSET:
            field_dict["inputType"] = input_type
        if is_confidential is not UNSET:
            field_dict["isConfidential"] = is_confidential
        if is_hidden is not UNSET:
            field_dict["isHidden"] = is_hidden
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if name is not UNSET:
            field_dict["name"] = name
        if validation_metadata is not UNSET:
            field_dict["validationMetadata"] = validation_metadata

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.validation_metadata import ValidationMetadata

        return (
            (
                (
                    "descriptionLocalizationKey",
                    "description_localization_key",
                    False,
                    ("str",),
                ),
                ("groupName", "group_name", False, ("str",)),
                ("inputType", "input_type", False, ("enum", InputType)),
                ("isConfidential", "is_confidential", False, ("bool",)),
                ("isHidden", "is_hidden", False, ("bool",)),
                ("isMandatory", "is_mandatory", False, ("bool",)),
                ("name", "name", False, ("str",)),
                (
                    "validationMetadata",
                    "validation_metadata",
                    False,
                    ("list", ("model", ValidationMetadata)),
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
        description_localization_key = d.pop("descriptionLocalizationKey", UNSET)

        if (
            _reader is not None
            and description_localization_key.__class__ is not str
            and description_localization_key is not UNSET
        ):
            raise DeviationError("descriptionLocalizationKey")

        group_name = d.pop("groupName", UNSET)

        if (
            _reader is not None
            and group_name.__class__ is not str
            and group_name is not UNSET
        ):
            raise DeviationError("groupName")

        _input_type = d.pop("inputType", UNSET)
        input_type = (
            UNSET
            if _input_type is UNSET
            else (
                InputType._value2member_map_.get(_input_type)
                if _input_type.__class__ is str
                else None
            )
            or InputType(_input_type)
        )

        is_confidential = d.pop("isConfidential", UNSET)

        if (
            _reader is not None
            and is_confidential.__class__ is not bool
            and is_confidential is not UNSET
        ):
            raise DeviationError("isConfidential")

        is_hidden = d.pop("isHidden", UNSET)

        if (
            _reader is not None
            and is_hidden.__class__ is not bool
            and is_hidden is not UNSET
        ):
            raise DeviationError("isHidden")

        is_mandatory = d.pop("isMandatory", UNSET)

        if (
            _reader is not None
            and is_mandatory.__class__ is not bool
            and is_mandatory is not UNSET
        ):
            raise DeviationError("isMandatory")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        _validation_metadata = d.pop("validationMetadata", UNSET)
        validation_metadata = (
            UNSET
            if _validation_metadata is UNSET
            else [ValidationMetadata.from_dict(_item) for _item in _validation_metadata]
        )

        if cls is CarrierAccountInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.description_localization_key = description_localization_key
            _built.group_name = group_name
            _built.input_type = input_type
            _built.is_confidential = is_confidential
            _built.is_hidden = is_hidden
            _built.is_mandatory = is_mandatory
            _built.name = name
            _built.validation_metadata = validation_metadata
            _built._parse_notes = None
            carrier_account_input = _built
        else:  # a subclass: its own __init__ runs
            carrier_account_input = cls(
                description_localization_key=description_localization_key,
                group_name=group_name,
                input_type=input_type,
                is_confidential=is_confidential,
                is_hidden=is_hidden,
                is_mandatory=is_mandatory,
                name=name,
                validation_metadata=validation_metadata,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier_account_input.additional_properties = d or {}
        return carrier_account_input

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
