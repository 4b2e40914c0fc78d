from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_package_handling_requirements import (
    PackagePackageHandlingRequirements,
)
from ..models.package_status_enum import PackageStatusEnum
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
    from ..models.package_dimensions import PackageDimensions
    from ..models.package_line_item import PackageLineItem
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageDimensions, PackageLineItem, Weight
    from ..models.package_dimensions import PackageDimensions
    from ..models.package_line_item import PackageLineItem
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """
    Attributes:
        dimensions (PackageDimensions):
        id (str):
        package_line_items (list[PackageLineItem]):
        weight (Weight):
        hazmat_labels (list[str] | Unset):
        package_handling_requirements (PackagePackageHandlingRequirements | Unset):
        status (PackageStatusEnum | Unset):
    """

    dimensions: PackageDimensions
    id: str
    package_line_items: list[PackageLineItem]
    weight: Weight
    hazmat_labels: list[str] | Unset = UNSET
    package_handling_requirements: PackagePackageHandlingRequirements | Unset = UNSET
    status: PackageStatusEnum | Unset = UNSET
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
        dimensions = self.dimensions.to_dict()

        id = self.id

        package_line_items = []
        for componentsschemas_package_line_items_item_data in self.package_line_items:
            componentsschemas_package_line_items_item = (
                componentsschemas_package_line_items_item_data.to_dict()
            )
            package_line_items.append(componentsschemas_package_line_items_item)

        weight = self.weight.to_dict()

        hazmat_labels: list[str] | Unset = UNSET
        if not isinstance(self.hazmat_labels, Unset):
            hazmat_labels = self.hazmat_labels

        package_handling_requirements: str | Unset = UNSET
        if not isinstance(self.package_handling_requirements, Unset):
            package_handling_requirements = self.package_handling_requirements.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "id": id,
                "packageLineItems": package_line_items,
                "weight": weight,
            }
        )
        if hazmat_labels is not UNSET:
            field_dict["hazmatLabels"] = hazmat_labels
        if package_handling_requirements is not UNSET:
            field_dict["packageHandlingRequirements"] = package_handling_requirements
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_dimensions import PackageDimensions
        from ..models.package_line_item import PackageLineItem
        from ..models.weight import Weight

        return (
            (
                ("dimensions", "dimensions", True, ("model", PackageDimensions)),
                ("id", "id", True, ("str",)),
                (
                    "packageLineItems",
                    "package_line_items",
                    True,
                    ("list", ("model", PackageLineItem)),
                ),
                ("weight", "weight", True, ("model", Weight)),
                ("hazmatLabels", "hazmat_labels", False, ("list", ("str",))),
                (
                    "packageHandlingRequirements",
                    "package_handling_requirements",
                    False,
                    ("enum", PackagePackageHandlingRequirements),
                ),
                ("status", "status", False, ("enum", PackageStatusEnum)),
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
        dimensions = PackageDimensions.from_dict(d.pop("dimensions"))

        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        _package_line_items = d.pop("packageLineItems")
        package_line_items = [
            PackageLineItem.from_dict(_item) for _item in _package_line_items
        ]

        weight = Weight.from_dict(d.pop("weight"))

        hazmat_labels = d.pop("hazmatLabels", UNSET)

        if (
            _reader is not None
            and hazmat_labels.__class__ is not list
            and hazmat_labels is not UNSET
        ):
            raise DeviationError("hazmatLabels")

        _package_handling_requirements = d.pop("packageHandlingRequirements", UNSET)
        package_handling_requirements = (
            UNSET
            if _package_handling_requirements is UNSET
            else (
                PackagePackageHandlingRequirements._value2member_map_.get(
                    _package_handling_requirements
                )
                if _package_handling_requirements.__class__ is str
                else None
            )
            or PackagePackageHandlingRequirements(_package_handling_requirements)
        )

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                PackageStatusEnum._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or PackageStatusEnum(_status)
        )

        if cls is Package:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.dimensions = dimensions
            _built.id = id
            _built.package_line_items = package_line_items
            _built.weight = weight
            _built.hazmat_labels = hazmat_labels
            _built.package_handling_requirements = package_handling_requirements
            _built.status = status
            _built._parse_notes = None
            package = _built
        else:  # a subclass: its own __init__ runs
            package = cls(
                dimensions=dimensions,
                id=id,
                package_line_items=package_line_items,
                weight=weight,
                hazmat_labels=hazmat_labels,
                package_handling_requirements=package_handling_requirements,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package.additional_properties = d or {}
        return package

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
