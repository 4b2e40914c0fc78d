from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrollment_method import EnrollmentMethod
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
    from ..models.offer_program_configuration_preferences import (
        OfferProgramConfigurationPreferences,
    )
    from ..models.offer_program_configuration_promotions import (
        OfferProgramConfigurationPromotions,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        OfferProgramConfigurationPreferences, \
        OfferProgramConfigurationPromotions
    from ..models.offer_program_configuration_preferences import (
        OfferProgramConfigurationPreferences,
    )
    from ..models.offer_program_configuration_promotions import (
        OfferProgramConfigurationPromotions,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OfferProgramConfiguration")


@_attrs_define
class OfferProgramConfiguration:
    """
    Attributes:
        enrollment_method (EnrollmentMethod | Unset):
        preferences (OfferProgramConfigurationPreferences | Unset):
        promotions (OfferProgramConfigurationPromotions | Unset):
    """

    enrollment_method: EnrollmentMethod | Unset = UNSET
    preferences: OfferProgramConfigurationPreferences | Unset = UNSET
    promotions: OfferProgramConfigurationPromotions | Unset = UNSET
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
        enrollment_method: str | Unset = UNSET
        if not isinstance(self.enrollment_method, Unset):
            enrollment_method = self.enrollment_method.value

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        promotions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            promotions = self.promotions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enrollment_method is not UNSET:
            field_dict["enrollmentMethod"] = enrollment_method
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if promotions is not UNSET:
            field_dict["promotions"] = promotions

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.offer_program_configuration_preferences import (
            OfferProgramConfigurationPreferences,
        )
        from ..models.offer_program_configuration_promotions import (
            OfferProgramConfigurationPromotions,
        )

        return (
            (
                (
                    "enrollmentMethod",
                    "enrollment_method",
                    False,
                    ("enum", EnrollmentMethod),
                ),
                (
                    "preferences",
                    "preferences",
                    False,
                    ("model", OfferProgramConfigurationPreferences),
                ),
                (
                    "promotions",
                    "promotions",
                    False,
                    ("model", OfferProgramConfigurationPromotions),
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
        _enrollment_method = d.pop("enrollmentMethod", UNSET)
        enrollment_method = (
            UNSET
            if _enrollment_method is UNSET
            else (
                EnrollmentMethod._value2member_map_.get(_enrollment_method)
                if _enrollment_method.__class__ is str
                else None
            )
            or EnrollmentMethod(_enrollment_method)
        )

        _preferences = d.pop("preferences", UNSET)
        preferences = (
            UNSET
            if _preferences is UNSET
            else OfferProgramConfigurationPreferences.from_dict(_preferences)
        )

        _promotions = d.pop("promotions", UNSET)
        promotions = (
            UNSET
            if _promotions is UNSET
            else OfferProgramConfigurationPromotions.from_dict(_promotions)
        )

        if cls is OfferProgramConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.enrollment_method = enrollment_method
            _built.preferences = preferences
            _built.promotions = promotions
            _built._parse_notes = None
            offer_program_configuration = _built
        else:  # a subclass: its own __init__ runs
            offer_program_configuration = cls(
                enrollment_method=enrollment_method,
                preferences=preferences,
                promotions=promotions,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_program_configuration.additional_properties = d or {}
        return offer_program_configuration

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
