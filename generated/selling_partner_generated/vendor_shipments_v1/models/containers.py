from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.containers_container_type import ContainersContainerType
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
    from ..models.container_identification import ContainerIdentification
    from ..models.dimensions import Dimensions
    from ..models.inner_containers_details import InnerContainersDetails
    from ..models.packed_items import PackedItems
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ContainerIdentification, \
        Dimensions, \
        InnerContainersDetails, \
        PackedItems, \
        Weight
    from ..models.container_identification import ContainerIdentification
    from ..models.dimensions import Dimensions
    from ..models.inner_containers_details import InnerContainersDetails
    from ..models.packed_items import PackedItems
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Containers")


@_attrs_define
class Containers:
    """
    Attributes:
        container_identifiers (list[ContainerIdentification]):
        container_type (ContainersContainerType):
        block (int | Unset):
        container_sequence_number (str | Unset):
        dimensions (Dimensions | Unset):
        inner_containers_details (InnerContainersDetails | Unset):
        packed_items (list[PackedItems] | Unset):
        tier (int | Unset):
        tracking_number (str | Unset):
        weight (Weight | Unset):
    """

    container_identifiers: list[ContainerIdentification]
    container_type: ContainersContainerType
    block: int | Unset = UNSET
    container_sequence_number: str | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    inner_containers_details: InnerContainersDetails | Unset = UNSET
    packed_items: list[PackedItems] | Unset = UNSET
    tier: int | Unset = UNSET
    tracking_number: str | Unset = UNSET
    weight: Weight | Unset = UNSET
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
        container_identifiers = []
        for container_identifiers_item_data in self.container_identifiers:
            container_identifiers_item = container_identifiers_item_data.to_dict()
            container_identifiers.append(container_identifiers_item)

        container_type = self.container_type.value

        block = self.block

        container_sequence_number = self.container_sequence_number

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        inner_containers_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inner_containers_details, Unset):
            inner_containers_details = self.inner_containers_details.to_dict()

        packed_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packed_items, Unset):
            packed_items = []
            for packed_items_item_data in self.packed_items:
                packed_items_item = packed_items_item_data.to_dict()
                packed_items.append(packed_items_item)

        tier = self.tier

        tracking_number = self.tracking_number

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerIdentifiers": container_identifiers,
                "containerType": container_type,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block
        if container_sequence_number is not UNSET:
            field_dict["containerSequenceNumber"] = container_sequence_number
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if inner_containers_details is not UNSET:
            field_dict["innerContainersDetails"] = inner_containers_details
        if packed_items is not UNSET:
            field_dict["packedItems"] = packed_items
        if tier is not UNSET:
            field_dict["tier"] = tier
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.container_identification import ContainerIdentification
        from ..models.dimensions import Dimensions
        from ..models.inner_containers_details import InnerContainersDetails
        from ..models.packed_items import PackedItems
        from ..models.weight import Weight

        return (
            (
                (
                    "containerIdentifiers",
                    "container_identifiers",
                    True,
                    ("list", ("model", ContainerIdentification)),
                ),
                (
                    "containerType",
                    "container_type",
                    True,
                    ("enum", ContainersContainerType),
                ),
                ("block", "block", False, ("int",)),
                (
                    "containerSequenceNumber",
                    "container_sequence_number",
                    False,
                    ("str",),
                ),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                (
                    "innerContainersDetails",
                    "inner_containers_details",
                    False,
                    ("model", InnerContainersDetails),
                ),
                (
                    "packedItems",
                    "packed_items",
                    False,
                    ("list", ("model", PackedItems)),
                ),
                ("tier", "tier", False, ("int",)),
                ("trackingNumber", "tracking_number", False, ("str",)),
                ("weight", "weight", False, ("model", Weight)),
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
        _container_identifiers = d.pop("containerIdentifiers")
        container_identifiers = [
            ContainerIdentification.from_dict(_item) for _item in _container_identifiers
        ]

        _container_type = d.pop("containerType")
        container_type = (
            ContainersContainerType._value2member_map_.get(_container_type)
            if _container_type.__class__ is str
            else None
        ) or ContainersContainerType(_container_type)

        block = d.pop("block", UNSET)

        if _reader is not None and block.__class__ is not int and block is not UNSET:
            raise DeviationError("block")

        container_sequence_number = d.pop("containerSequenceNumber", UNSET)

        if (
            _reader is not None
            and container_sequence_number.__class__ is not str
            and container_sequence_number is not UNSET
        ):
            raise DeviationError("containerSequenceNumber")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        _inner_containers_details = d.pop("innerContainersDetails", UNSET)
        inner_containers_details = (
            UNSET
            if _inner_containers_details is UNSET
            else InnerContainersDetails.from_dict(_inner_containers_details)
        )

        _packed_items = d.pop("packedItems", UNSET)
        packed_items = (
            UNSET
            if _packed_items is UNSET
            else [PackedItems.from_dict(_item) for _item in _packed_items]
        )

        tier = d.pop("tier", UNSET)

        if _reader is not None and tier.__class__ is not int and tier is not UNSET:
            raise DeviationError("tier")

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Containers:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_identifiers = container_identifiers
            _built.container_type = container_type
            _built.block = block
            _built.container_sequence_number = container_sequence_number
            _built.dimensions = dimensions
            _built.inner_containers_details = inner_containers_details
            _built.packed_items = packed_items
            _built.tier = tier
            _built.tracking_number = tracking_number
            _built.weight = weight
            _built._parse_notes = None
            containers = _built
        else:  # a subclass: its own __init__ runs
            containers = cls(
                container_identifiers=container_identifiers,
                container_type=container_type,
                block=block,
                container_sequence_number=container_sequence_number,
                dimensions=dimensions,
                inner_containers_details=inner_containers_details,
                packed_items=packed_items,
                tier=tier,
                tracking_number=tracking_number,
                weight=weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        containers.additional_properties = d or {}
        return containers

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
