from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_point_assistance_type import AccessPointAssistanceType
from ..models.access_point_type import AccessPointType
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
    from ..models.accessibility_attributes import AccessibilityAttributes
    from ..models.address import Address
    from ..models.day_of_week_time_map import DayOfWeekTimeMap
    from ..models.exception_operating_hours import ExceptionOperatingHours


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AccessibilityAttributes, \
        Address, \
        DayOfWeekTimeMap, \
        ExceptionOperatingHours
    from ..models.accessibility_attributes import AccessibilityAttributes
    from ..models.address import Address
    from ..models.day_of_week_time_map import DayOfWeekTimeMap
    from ..models.exception_operating_hours import ExceptionOperatingHours

    _lazy_pending = False


T = TypeVar("T", bound="AccessPoint")


@_attrs_define
class AccessPoint:
    """
    Attributes:
        access_point_id (str | Unset):
        accessibility_attributes (AccessibilityAttributes | Unset):
        address (Address | Unset):
        assistance_type (AccessPointAssistanceType | Unset):
        exception_operating_hours (list[ExceptionOperatingHours] | Unset):
        name (str | Unset):
        score (str | Unset):
        standard_operating_hours (DayOfWeekTimeMap | Unset):
        timezone (str | Unset):
        type_ (AccessPointType | Unset):
    """

    access_point_id: str | Unset = UNSET
    accessibility_attributes: AccessibilityAttributes | Unset = UNSET
    address: Address | Unset = UNSET
    assistance_type: AccessPointAssistanceType | Unset = UNSET
    exception_operating_hours: list[ExceptionOperatingHours] | Unset = UNSET
    name: str | Unset = UNSET
    score: str | Unset = UNSET
    standard_operating_hours: DayOfWeekTimeMap | Unset = UNSET
    timezone: str | Unset = UNSET
    type_: AccessPointType | Unset = UNSET
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
        access_point_id = self.access_point_id

        accessibility_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accessibility_attributes, Unset):
            accessibility_attributes = self.accessibility_attributes.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        assistance_type: str | Unset = UNSET
        if not isinstance(self.assistance_type, Unset):
            assistance_type = self.assistance_type.value

        exception_operating_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exception_operating_hours, Unset):
            exception_operating_hours = []
            for exception_operating_hours_item_data in self.exception_operating_hours:
                exception_operating_hours_item = (
                    exception_operating_hours_item_data.to_dict()
                )
                exception_operating_hours.append(exception_operating_hours_item)

        name = self.name

        score = self.score

        standard_operating_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_operating_hours, Unset):
            standard_operating_hours = self.standard_operating_hours.to_dict()

        timezone = self.timezone

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_point_id is not UNSET:
            field_dict["accessPointId"] = access_point_id
        if accessibility_attributes is not UNSET:
            field_dict["accessibilityAttributes"] = accessibility_attributes
        if address is not UNSET:
            field_dict["address"] = address
        if assistance_type is not UNSET:
            field_dict["assistanceType"] = assistance_type
        if exception_operating_hours is not UNSET:
            field_dict["exceptionOperatingHours"] = exception_operating_hours
        if name is not UNSET:
            field_dict["name"] = name
        if score is not UNSET:
            field_dict["score"] = score
        if standard_operating_hours is not UNSET:
            field_dict["standardOperatingHours"] = standard_operating_hours
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.accessibility_attributes import AccessibilityAttributes
        from ..models.address import Address
        from ..models.day_of_week_time_map import DayOfWeekTimeMap
        from ..models.exception_operating_hours import ExceptionOperatingHours

        return (
            (
                ("accessPointId", "access_point_id", False, ("str",)),
                (
                    "accessibilityAttributes",
                    "accessibility_attributes",
                    False,
                    ("model", AccessibilityAttributes),
                ),
                ("address", "address", False, ("model", Address)),
                (
                    "assistanceType",
                    "assistance_type",
                    False,
                    ("enum", AccessPointAssistanceType),
                ),
                (
                    "exceptionOperatingHours",
                    "exception_operating_hours",
                    False,
                    ("list", ("model", ExceptionOperatingHours)),
                ),
                ("name", "name", False, ("str",)),
                ("score", "score", False, ("str",)),
                (
                    "standardOperatingHours",
                    "standard_operating_hours",
                    False,
                    ("model", DayOfWeekTimeMap),
                ),
                ("timezone", "timezone", False, ("str",)),
                ("type", "type_", False, ("enum", AccessPointType)),
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
        access_point_id = d.pop("accessPointId", UNSET)

        if (
            _reader is not None
            and access_point_id.__class__ is not str
            and access_point_id is not UNSET
        ):
            raise DeviationError("accessPointId")

        _accessibility_attributes = d.pop("accessibilityAttributes", UNSET)
        accessibility_attributes = (
            UNSET
            if _accessibility_attributes is UNSET
            else AccessibilityAttributes.from_dict(_accessibility_attributes)
        )

        _address = d.pop("address", UNSET)
        address = UNSET if _address is UNSET else Address.from_dict(_address)

        _assistance_type = d.pop("assistanceType", UNSET)
        assistance_type = (
            UNSET
            if _assistance_type is UNSET
            else (
                AccessPointAssistanceType._value2member_map_.get(_assistance_type)
                if _assistance_type.__class__ is str
                else None
            )
            or AccessPointAssistanceType(_assistance_type)
        )

        _exception_operating_hours = d.pop("exceptionOperatingHours", UNSET)
        exception_operating_hours = (
            UNSET
            if _exception_operating_hours is UNSET
            else [
                ExceptionOperatingHours.from_dict(_item)
                for _item in _exception_operating_hours
            ]
        )

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        score = d.pop("score", UNSET)

        if _reader is not None and score.__class__ is not str and score is not UNSET:
            raise DeviationError("score")

        _standard_operating_hours = d.pop("standardOperatingHours", UNSET)
        standard_operating_hours = (
            UNSET
            if _standard_operating_hours is UNSET
            else DayOfWeekTimeMap.from_dict(_standard_operating_hours)
        )

        timezone = d.pop("timezone", UNSET)

        if (
            _reader is not None
            and timezone.__class__ is not str
            and timezone is not UNSET
        ):
            raise DeviationError("timezone")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                AccessPointType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or AccessPointType(_type_)
        )

        if cls is AccessPoint:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.access_point_id = access_point_id
            _built.accessibility_attributes = accessibility_attributes
            _built.address = address
            _built.assistance_type = assistance_type
            _built.exception_operating_hours = exception_operating_hours
            _built.name = name
            _built.score = score
            _built.standard_operating_hours = standard_operating_hours
            _built.timezone = timezone
            _built.type_ = type_
            _built._parse_notes = None
            access_point = _built
        else:  # a subclass: its own __init__ runs
            access_point = cls(
                access_point_id=access_point_id,
                accessibility_attributes=accessibility_attributes,
                address=address,
                assistance_type=assistance_type,
                exception_operating_hours=exception_operating_hours,
                name=name,
                score=score,
                standard_operating_hours=standard_operating_hours,
                timezone=timezone,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        access_point.additional_properties = d or {}
        return access_point

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
