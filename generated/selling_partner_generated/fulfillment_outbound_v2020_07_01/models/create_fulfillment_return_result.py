from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.invalid_return_item import InvalidReturnItem
    from ..models.return_authorization import ReturnAuthorization
    from ..models.return_item import ReturnItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InvalidReturnItem, ReturnAuthorization, ReturnItem
    from ..models.invalid_return_item import InvalidReturnItem
    from ..models.return_authorization import ReturnAuthorization
    from ..models.return_item import ReturnItem

    _lazy_pending = False


T = TypeVar("T", bound="CreateFulfillmentReturnResult")


@_attrs_define
class CreateFulfillmentReturnResult:
    """
    Attributes:
        invalid_return_items (list[InvalidReturnItem] | Unset):
        return_authorizations (list[ReturnAuthorization] | Unset):
        return_items (list[ReturnItem] | Unset):
    """

    invalid_return_items: list[InvalidReturnItem] | Unset = UNSET
    return_authorizations: list[ReturnAuthorization] | Unset = UNSET
    return_items: list[ReturnItem] | Unset = UNSET
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
        invalid_return_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_return_items, Unset):
            invalid_return_items = []
            for (
                componentsschemas_invalid_return_item_list_item_data
            ) in self.invalid_return_items:
                componentsschemas_invalid_return_item_list_item = (
                    componentsschemas_invalid_return_item_list_item_data.to_dict()
                )
                invalid_return_items.append(
                    componentsschemas_invalid_return_item_list_item
                )

        return_authorizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.return_authorizations, Unset):
            return_authorizations = []
            for (
                componentsschemas_return_authorization_list_item_data
            ) in self.return_authorizations:
                componentsschemas_return_authorization_list_item = (
                    componentsschemas_return_authorization_list_item_data.to_dict()
                )
                return_authorizations.append(
                    componentsschemas_return_authorization_list_item
                )

        return_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.return_items, Unset):
            return_items = []
            for componentsschemas_return_item_list_item_data in self.return_items:
                componentsschemas_return_item_list_item = (
                    componentsschemas_return_item_list_item_data.to_dict()
                )
                return_items.append(componentsschemas_return_item_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invalid_return_items is not UNSET:
            field_dict["invalidReturnItems"] = invalid_return_items
        if return_authorizations is not UNSET:
            field_dict["returnAuthorizations"] = return_authorizations
        if return_items is not UNSET:
            field_dict["returnItems"] = return_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.invalid_return_item import InvalidReturnItem
        from ..models.return_authorization import ReturnAuthorization
        from ..models.return_item import ReturnItem

        return (
            (
                (
                    "invalidReturnItems",
                    "invalid_return_items",
                    False,
                    ("list", ("model", InvalidReturnItem)),
                ),
                (
                    "returnAuthorizations",
                    "return_authorizations",
                    False,
                    ("list", ("model", ReturnAuthorization)),
                ),
                ("returnItems", "return_items", False, ("list", ("model", ReturnItem))),
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
        _invalid_return_items = d.pop("invalidReturnItems", UNSET)
        invalid_return_items = (
            UNSET
            if _invalid_return_items is UNSET
            else [InvalidReturnItem.from_dict(_item) for _item in _invalid_return_items]
        )

        _return_authorizations = d.pop("returnAuthorizations", UNSET)
        return_authorizations = (
            UNSET
            if _return_authorizations is UNSET
            else [
                ReturnAuthorization.from_dict(_item) for _item in _return_authorizations
            ]
        )

        _return_items = d.pop("returnItems", UNSET)
        return_items = (
            UNSET
            if _return_items is UNSET
            else [ReturnItem.from_dict(_item) for _item in _return_items]
        )

        if cls is CreateFulfillmentReturnResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invalid_return_items = invalid_return_items
            _built.return_authorizations = return_authorizations
            _built.return_items = return_items
            _built._parse_notes = None
            create_fulfillment_return_result = _built
        else:  # a subclass: its own __init__ runs
            create_fulfillment_return_result = cls(
                invalid_return_items=invalid_return_items,
                return_authorizations=return_authorizations,
                return_items=return_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_fulfillment_return_result.additional_properties = d or {}
        return create_fulfillment_return_result

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
