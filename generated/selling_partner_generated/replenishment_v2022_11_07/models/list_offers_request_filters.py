from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eligibility_status import EligibilityStatus
from ..models.list_offers_request_filters_deliveries_conditions_item import (
    ListOffersRequestFiltersDeliveriesConditionsItem,
)
from ..models.program_type import ProgramType
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
    from ..models.preference import Preference
    from ..models.promotion import Promotion


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Preference, Promotion
    from ..models.preference import Preference
    from ..models.promotion import Promotion

    _lazy_pending = False


T = TypeVar("T", bound="ListOffersRequestFilters")


@_attrs_define
class ListOffersRequestFilters:
    """
    Attributes:
        marketplace_id (str):
        program_types (list[ProgramType]):
        asins (list[str] | Unset):
        deliveries_conditions (list[ListOffersRequestFiltersDeliveriesConditionsItem] | Unset):
        eligibilities (list[EligibilityStatus] | Unset):
        preferences (Preference | Unset):
        promotions (Promotion | Unset):
        skus (list[str] | Unset):
    """

    marketplace_id: str
    program_types: list[ProgramType]
    asins: list[str] | Unset = UNSET
    deliveries_conditions: (
        list[ListOffersRequestFiltersDeliveriesConditionsItem] | Unset
    ) = UNSET
    eligibilities: list[EligibilityStatus] | Unset = UNSET
    preferences: Preference | Unset = UNSET
    promotions: Promotion | Unset = UNSET
    skus: list[str] | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        program_types = []
        for componentsschemas_program_types_item_data in self.program_types:
            componentsschemas_program_types_item = (
                componentsschemas_program_types_item_data.value
            )
            program_types.append(componentsschemas_program_types_item)

        asins: list[str] | Unset = UNSET
        if not isinstance(self.asins, Unset):
            asins = self.asins

        deliveries_conditions: list[str] | Unset = UNSET
        if not isinstance(self.deliveries_conditions, Unset):
            deliveries_conditions = []
            for deliveries_conditions_item_data in self.deliveries_conditions:
                deliveries_conditions_item = deliveries_conditions_item_data.value
                deliveries_conditions.append(deliveries_conditions_item)

        eligibilities: list[str] | Unset = UNSET
        if not isinstance(self.eligibilities, Unset):
            eligibilities = []
            for eligibilities_item_data in self.eligibilities:
                eligibilities_item = eligibilities_item_data.value
                eligibilities.append(eligibilities_item)

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        promotions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            promotions = self.promotions.to_dict()

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "programTypes": program_types,
            }
        )
        if asins is not UNSET:
            field_dict["asins"] = asins
        if deliveries_conditions is not UNSET:
            field_dict["deliveriesConditions"] = deliveries_conditions
        if eligibilities is not UNSET:
            field_dict["eligibilities"] = eligibilities
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.preference import Preference
        from ..models.promotion import Promotion

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "programTypes",
                    "program_types",
                    True,
                    ("list", ("enum", ProgramType)),
                ),
                ("asins", "asins", False, ("list", ("str",))),
                (
                    "deliveriesConditions",
                    "deliveries_conditions",
                    False,
                    (
                        "list",
                        ("enum", ListOffersRequestFiltersDeliveriesConditionsItem),
                    ),
                ),
                (
                    "eligibilities",
                    "eligibilities",
                    False,
                    ("list", ("enum", EligibilityStatus)),
                ),
                ("preferences", "preferences", False, ("model", Preference)),
                ("promotions", "promotions", False, ("model", Promotion)),
                ("skus", "skus", False, ("list", ("str",))),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _program_types = d.pop("programTypes")
        program_types = [
            (
                ProgramType._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or ProgramType(_item)
            for _item in _program_types
        ]

        asins = d.pop("asins", UNSET)

        if _reader is not None and asins.__class__ is not list and asins is not UNSET:
            raise DeviationError("asins")

        _deliveries_conditions = d.pop("deliveriesConditions", UNSET)
        deliveries_conditions = (
            UNSET
            if _deliveries_conditions is UNSET
            else [
                (
                    ListOffersRequestFiltersDeliveriesConditionsItem._value2member_map_.get(
                        _item
                    )
                    if _item.__class__ is str
                    else None
                )
                or ListOffersRequestFiltersDeliveriesConditionsItem(_item)
                for _item in _deliveries_conditions
            ]
        )

        _eligibilities = d.pop("eligibilities", UNSET)
        eligibilities = (
            UNSET
            if _eligibilities is UNSET
            else [
                (
                    EligibilityStatus._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or EligibilityStatus(_item)
                for _item in _eligibilities
            ]
        )

        _preferences = d.pop("preferences", UNSET)
        preferences = (
            UNSET if _preferences is UNSET else Preference.from_dict(_preferences)
        )

        _promotions = d.pop("promotions", UNSET)
        promotions = UNSET if _promotions is UNSET else Promotion.from_dict(_promotions)

        skus = d.pop("skus", UNSET)

        if _reader is not None and skus.__class__ is not list and skus is not UNSET:
            raise DeviationError("skus")

        if cls is ListOffersRequestFilters:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.program_types = program_types
            _built.asins = asins
            _built.deliveries_conditions = deliveries_conditions
            _built.eligibilities = eligibilities
            _built.preferences = preferences
            _built.promotions = promotions
            _built.skus = skus
            _built._parse_notes = None
            list_offers_request_filters = _built
        else:  # a subclass: its own __init__ runs
            list_offers_request_filters = cls(
                marketplace_id=marketplace_id,
                program_types=program_types,
                asins=asins,
                deliveries_conditions=deliveries_conditions,
                eligibilities=eligibilities,
                preferences=preferences,
                promotions=promotions,
                skus=skus,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_offers_request_filters.additional_properties = d or {}
        return list_offers_request_filters

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
