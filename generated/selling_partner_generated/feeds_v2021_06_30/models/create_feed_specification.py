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
    from ..models.feed_options import FeedOptions


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeedOptions
    from ..models.feed_options import FeedOptions

    _lazy_pending = False


T = TypeVar("T", bound="CreateFeedSpecification")


@_attrs_define
class CreateFeedSpecification:
    """
    Attributes:
        feed_type (str):
        input_feed_document_id (str):
        marketplace_ids (list[str]):
        feed_options (FeedOptions | Unset):
    """

    feed_type: str
    input_feed_document_id: str
    marketplace_ids: list[str]
    feed_options: FeedOptions | Unset = UNSET
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
        feed_type = self.feed_type

        input_feed_document_id = self.input_feed_document_id

        marketplace_ids = self.marketplace_ids

        feed_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feed_options, Unset):
            feed_options = self.feed_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedType": feed_type,
                "inputFeedDocumentId": input_feed_document_id,
                "marketplaceIds": marketplace_ids,
            }
        )
        if feed_options is not UNSET:
            field_dict["feedOptions"] = feed_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.feed_options import FeedOptions

        return (
            (
                ("feedType", "feed_type", True, ("str",)),
                ("inputFeedDocumentId", "input_feed_document_id", True, ("str",)),
                ("marketplaceIds", "marketplace_ids", True, ("list", ("str",))),
                ("feedOptions", "feed_options", False, ("model", FeedOptions)),
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
        feed_type = d.pop("feedType")

        if _reader is not None and feed_type.__class__ is not str:
            raise DeviationError("feedType")

        input_feed_document_id = d.pop("inputFeedDocumentId")

        if _reader is not None and input_feed_document_id.__class__ is not str:
            raise DeviationError("inputFeedDocumentId")

        marketplace_ids = d.pop("marketplaceIds")

        if _reader is not None and marketplace_ids.__class__ is not list:
            raise DeviationError("marketplaceIds")

        _feed_options = d.pop("feedOptions", UNSET)
        feed_options = (
            UNSET if _feed_options is UNSET else FeedOptions.from_dict(_feed_options)
        )

        if cls is CreateFeedSpecification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.feed_type = feed_type
            _built.input_feed_document_id = input_feed_document_id
            _built.marketplace_ids = marketplace_ids
            _built.feed_options = feed_options
            _built._parse_notes = None
            create_feed_specification = _built
        else:  # a subclass: its own __init__ runs
            create_feed_specification = cls(
                feed_type=feed_type,
                input_feed_document_id=input_feed_document_id,
                marketplace_ids=marketplace_ids,
                feed_options=feed_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_feed_specification.additional_properties = d or {}
        return create_feed_specification

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
