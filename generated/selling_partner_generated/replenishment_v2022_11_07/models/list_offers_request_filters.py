from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from ..models.preference import Preference
        from ..models.promotion import Promotion

        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")
        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        program_types = []
        _program_types = d.pop("programTypes")
        for componentsschemas_program_types_item_data in _program_types:
            componentsschemas_program_types_item = ProgramType(
                componentsschemas_program_types_item_data
            )

            program_types.append(componentsschemas_program_types_item)

        asins = cast(list[str], d.pop("asins", UNSET))

        if _reader is not None and asins.__class__ is not list and asins is not UNSET:
            raise DeviationError("asins")

        _deliveries_conditions = d.pop("deliveriesConditions", UNSET)
        deliveries_conditions: (
            list[ListOffersRequestFiltersDeliveriesConditionsItem] | Unset
        ) = UNSET
        if _deliveries_conditions is not UNSET:
            deliveries_conditions = []
            for deliveries_conditions_item_data in _deliveries_conditions:
                deliveries_conditions_item = (
                    ListOffersRequestFiltersDeliveriesConditionsItem(
                        deliveries_conditions_item_data
                    )
                )

                deliveries_conditions.append(deliveries_conditions_item)

        _eligibilities = d.pop("eligibilities", UNSET)
        eligibilities: list[EligibilityStatus] | Unset = UNSET
        if _eligibilities is not UNSET:
            eligibilities = []
            for eligibilities_item_data in _eligibilities:
                eligibilities_item = EligibilityStatus(eligibilities_item_data)

                eligibilities.append(eligibilities_item)

        _preferences = d.pop("preferences", UNSET)
        preferences: Preference | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = Preference.from_dict(_preferences)

        _promotions = d.pop("promotions", UNSET)
        promotions: Promotion | Unset
        if isinstance(_promotions, Unset):
            promotions = UNSET
        else:
            promotions = Promotion.from_dict(_promotions)

        skus = cast(list[str], d.pop("skus", UNSET))

        if _reader is not None and skus.__class__ is not list and skus is not UNSET:
            raise DeviationError("skus")

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

        list_offers_request_filters.additional_properties = d
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
