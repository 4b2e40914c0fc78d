from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.order_packing_slip_template_attributes import (
        OrderPackingSlipTemplateAttributes,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderPackingSlipTemplateAttributes
    from ..models.order_packing_slip_template_attributes import (
        OrderPackingSlipTemplateAttributes,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OrderPackingSlip")


@_attrs_define
class OrderPackingSlip:
    """
    Attributes:
        template_attributes (OrderPackingSlipTemplateAttributes | Unset):
        template_name (str | Unset):
    """

    template_attributes: OrderPackingSlipTemplateAttributes | Unset = UNSET
    template_name: str | Unset = UNSET
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
        template_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_attributes, Unset):
            template_attributes = self.template_attributes.to_dict()

        template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_attributes is not UNSET:
            field_dict["templateAttributes"] = template_attributes
        if template_name is not UNSET:
            field_dict["templateName"] = template_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_packing_slip_template_attributes import (
            OrderPackingSlipTemplateAttributes,
        )

        return (
            (
                (
                    "templateAttributes",
                    "template_attributes",
                    False,
                    ("model", OrderPackingSlipTemplateAttributes),
                ),
                ("templateName", "template_name", False, ("str",)),
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
        _template_attributes = d.pop("templateAttributes", UNSET)
        template_attributes = (
            UNSET
            if _template_attributes is UNSET
            else OrderPackingSlipTemplateAttributes.from_dict(_template_attributes)
        )

        template_name = d.pop("templateName", UNSET)

        if (
            _reader is not None
            and template_name.__class__ is not str
            and template_name is not UNSET
        ):
            raise DeviationError("templateName")

        if cls is OrderPackingSlip:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.template_attributes = template_attributes
            _built.template_name = template_name
            _built._parse_notes = None
            order_packing_slip = _built
        else:  # a subclass: its own __init__ runs
            order_packing_slip = cls(
                template_attributes=template_attributes,
                template_name=template_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_packing_slip.additional_properties = d or {}
        return order_packing_slip

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
