from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_container_type import ContainerContainerType
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
    from ..models.dimensions import Dimensions
    from ..models.packed_item import PackedItem
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Dimensions, PackedItem, Weight
    from ..models.dimensions import Dimensions
    from ..models.packed_item import PackedItem
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """
    Attributes:
        container_identifier (str):
        container_type (ContainerContainerType):
        packed_items (list[PackedItem]):
        weight (Weight):
        carrier (str | Unset):
        container_sequence_number (int | Unset):
        dimensions (Dimensions | Unset):
        manifest_date (str | Unset):
        manifest_id (str | Unset):
        scac_code (str | Unset):
        ship_method (str | Unset):
        tracking_number (str | Unset):
    """

    container_identifier: str
    container_type: ContainerContainerType
    packed_items: list[PackedItem]
    weight: Weight
    carrier: str | Unset = UNSET
    container_sequence_number: int | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    manifest_date: str | Unset = UNSET
    manifest_id: str | Unset = UNSET
    scac_code: str | Unset = UNSET
    ship_method: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
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
        container_identifier = self.container_identifier

        container_type = self.container_type.value

        packed_items = []
        for packed_items_item_data in self.packed_items:
            packed_items_item = packed_items_item_data.to_dict()
            packed_items.append(packed_items_item)

        weight = self.weight.to_dict()

        carrier = self.carrier

        container_sequence_number = self.container_sequence_number

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        manifest_date = self.manifest_date

        manifest_id = self.manifest_id

        scac_code = self.scac_code

        ship_method = self.ship_method

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerIdentifier": container_identifier,
                "containerType": container_type,
                "packedItems": packed_items,
                "weight": weight,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if container_sequence_number is not UNSET:
            field_dict["containerSequenceNumber"] = container_sequence_number
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if manifest_date is not UNSET:
            field_dict["manifestDate"] = manifest_date
        if manifest_id is not UNSET:
            field_dict["manifestId"] = manifest_id
        if scac_code is not UNSET:
            field_dict["scacCode"] = scac_code
        if ship_method is not UNSET:
            field_dict["shipMethod"] = ship_method
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.dimensions import Dimensions
        from ..models.packed_item import PackedItem
        from ..models.weight import Weight

        return (
            (
                ("containerIdentifier", "container_identifier", True, ("str",)),
                (
                    "containerType",
                    "container_type",
                    True,
                    ("enum", ContainerContainerType),
                ),
                ("packedItems", "packed_items", True, ("list", ("model", PackedItem))),
                ("weight", "weight", True, ("model", Weight)),
                ("carrier", "carrier", False, ("str",)),
                (
                    "containerSequenceNumber",
                    "container_sequence_number",
                    False,
                    ("int",),
                ),
                ("dimensions", "dimensions", False, ("model", Dimensions)),
                ("manifestDate", "manifest_date", False, ("str",)),
                ("manifestId", "manifest_id", False, ("str",)),
                ("scacCode", "scac_code", False, ("str",)),
                ("shipMethod", "ship_method", False, ("str",)),
                ("trackingNumber", "tracking_number", False, ("str",)),
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
        container_identifier = d.pop("containerIdentifier")

        if _reader is not None and container_identifier.__class__ is not str:
            raise DeviationError("containerIdentifier")

        _container_type = d.pop("containerType")
        container_type = (
            ContainerContainerType._value2member_map_.get(_container_type)
            if _container_type.__class__ is str
            else None
        ) or ContainerContainerType(_container_type)

        _packed_items = d.pop("packedItems")
        packed_items = [PackedItem.from_dict(_item) for _item in _packed_items]

        weight = Weight.from_dict(d.pop("weight"))

        carrier = d.pop("carrier", UNSET)

        if (
            _reader is not None
            and carrier.__class__ is not str
            and carrier is not UNSET
        ):
            raise DeviationError("carrier")

        container_sequence_number = d.pop("containerSequenceNumber", UNSET)

        if (
            _reader is not None
            and container_sequence_number.__class__ is not int
            and container_sequence_number is not UNSET
        ):
            raise DeviationError("containerSequenceNumber")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else Dimensions.from_dict(_dimensions)
        )

        manifest_date = d.pop("manifestDate", UNSET)

        if (
            _reader is not None
            and manifest_date.__class__ is not str
            and manifest_date is not UNSET
        ):
            raise DeviationError("manifestDate")

        manifest_id = d.pop("manifestId", UNSET)

        if (
            _reader is not None
            and manifest_id.__class__ is not str
            and manifest_id is not UNSET
        ):
            raise DeviationError("manifestId")

        scac_code = d.pop("scacCode", UNSET)

        if (
            _reader is not None
            and scac_code.__class__ is not str
            and scac_code is not UNSET
        ):
            raise DeviationError("scacCode")

        ship_method = d.pop("shipMethod", UNSET)

        if (
            _reader is not None
            and ship_method.__class__ is not str
            and ship_method is not UNSET
        ):
            raise DeviationError("shipMethod")

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        if cls is Container:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.container_identifier = container_identifier
            _built.container_type = container_type
            _built.packed_items = packed_items
            _built.weight = weight
            _built.carrier = carrier
            _built.container_sequence_number = container_sequence_number
            _built.dimensions = dimensions
            _built.manifest_date = manifest_date
            _built.manifest_id = manifest_id
            _built.scac_code = scac_code
            _built.ship_method = ship_method
            _built.tracking_number = tracking_number
            _built._parse_notes = None
            container = _built
        else:  # a subclass: its own __init__ runs
            container = cls(
                container_identifier=container_identifier,
                container_type=container_type,
                packed_items=packed_items,
                weight=weight,
                carrier=carrier,
                container_sequence_number=container_sequence_number,
                dimensions=dimensions,
                manifest_date=manifest_date,
                manifest_id=manifest_id,
                scac_code=scac_code,
                ship_method=ship_method,
                tracking_number=tracking_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        container.additional_properties = d or {}
        return container

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
