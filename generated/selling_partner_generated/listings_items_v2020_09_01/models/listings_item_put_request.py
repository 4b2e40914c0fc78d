from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listings_item_put_request_requirements import (
    ListingsItemPutRequestRequirements,
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

if TYPE_CHECKING:
    from ..models.listings_item_put_request_attributes import (
        ListingsItemPutRequestAttributes,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ListingsItemPutRequestAttributes
    from ..models.listings_item_put_request_attributes import (
        ListingsItemPutRequestAttributes,
    )

    _lazy_pending = False


T = TypeVar("T", bound="ListingsItemPutRequest")


@_attrs_define
class ListingsItemPutRequest:
    """
    Attributes:
        attributes (ListingsItemPutRequestAttributes):
        product_type (str):
        requirements (ListingsItemPutRequestRequirements | Unset):
    """

    attributes: ListingsItemPutRequestAttributes
    product_type: str
    requirements: ListingsItemPutRequestRequirements | Unset = UNSET
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
        attributes = self.attributes.to_dict()

        product_type = self.product_type

        requirements: str | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "productType": product_type,
            }
        )
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.listings_item_put_request_attributes import (
            ListingsItemPutRequestAttributes,
        )

        return (
            (
                (
                    "attributes",
                    "attributes",
                    True,
                    ("model", ListingsItemPutRequestAttributes),
                ),
                ("productType", "product_type", True, ("str",)),
                (
                    "requirements",
                    "requirements",
                    False,
                    ("enum", ListingsItemPutRequestRequirements),
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
        attributes = ListingsItemPutRequestAttributes.from_dict(d.pop("attributes"))

        product_type = d.pop("productType")

        if _reader is not None and product_type.__class__ is not str:
            raise DeviationError("productType")

        _requirements = d.pop("requirements", UNSET)
        requirements = (
            UNSET
            if _requirements is UNSET
            else (
                ListingsItemPutRequestRequirements._value2member_map_.get(_requirements)
                if _requirements.__class__ is str
                else None
            )
            or ListingsItemPutRequestRequirements(_requirements)
        )

        if cls is ListingsItemPutRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.attributes = attributes
            _built.product_type = product_type
            _built.requirements = requirements
            _built._parse_notes = None
            listings_item_put_request = _built
        else:  # a subclass: its own __init__ runs
            listings_item_put_request = cls(
                attributes=attributes,
                product_type=product_type,
                requirements=requirements,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        listings_item_put_request.additional_properties = d or {}
        return listings_item_put_request

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
