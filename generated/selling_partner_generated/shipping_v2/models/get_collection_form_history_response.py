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
    from ..models.collection_forms_history_record import CollectionFormsHistoryRecord


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CollectionFormsHistoryRecord
    from ..models.collection_forms_history_record import CollectionFormsHistoryRecord

    _lazy_pending = False


T = TypeVar("T", bound="GetCollectionFormHistoryResponse")


@_attrs_define
class GetCollectionFormHistoryResponse:
    """
    Attributes:
        collection_forms_history_record_list (list[CollectionFormsHistoryRecord] | Unset):
        last_refreshed_date (str | Unset):
    """

    collection_forms_history_record_list: list[CollectionFormsHistoryRecord] | Unset = (
        UNSET
    )
    last_refreshed_date: str | Unset = UNSET
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
        collection_forms_history_record_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection_forms_history_record_list, Unset):
            collection_forms_history_record_list = []
            for (
                componentsschemas_collection_forms_history_record_list_item_data
            ) in self.collection_forms_history_record_list:
                componentsschemas_collection_forms_history_record_list_item = componentsschemas_collection_forms_history_record_list_item_data.to_dict()
                collection_forms_history_record_list.append(
                    componentsschemas_collection_forms_history_record_list_item
                )

        last_refreshed_date = self.last_refreshed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_forms_history_record_list is not UNSET:
            field_dict["collectionFormsHistoryRecordList"] = (
                collection_forms_history_record_list
            )
        if last_refreshed_date is not UNSET:
            field_dict["lastRefreshedDate"] = last_refreshed_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.collection_forms_history_record import (
            CollectionFormsHistoryRecord,
        )

        return (
            (
                (
                    "collectionFormsHistoryRecordList",
                    "collection_forms_history_record_list",
                    False,
                    ("list", ("model", CollectionFormsHistoryRecord)),
                ),
                ("lastRefreshedDate", "last_refreshed_date", False, ("str",)),
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
        _collection_forms_history_record_list = d.pop(
            "collectionFormsHistoryRecordList", UNSET
        )
        collection_forms_history_record_list = (
            UNSET
            if _collection_forms_history_record_list is UNSET
            else [
                CollectionFormsHistoryRecord.from_dict(_item)
                for _item in _collection_forms_history_record_list
            ]
        )

        last_refreshed_date = d.pop("lastRefreshedDate", UNSET)

        if (
            _reader is not None
            and last_refreshed_date.__class__ is not str
            and last_refreshed_date is not UNSET
        ):
            raise DeviationError("lastRefreshedDate")

        if cls is GetCollectionFormHistoryResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.collection_forms_history_record_list = (
                collection_forms_history_record_list
            )
            _built.last_refreshed_date = last_refreshed_date
            _built._parse_notes = None
            get_collection_form_history_response = _built
        else:  # a subclass: its own __init__ runs
            get_collection_form_history_response = cls(
                collection_forms_history_record_list=collection_forms_history_record_list,
                last_refreshed_date=last_refreshed_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_collection_form_history_response.additional_properties = d or {}
        return get_collection_form_history_response

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
