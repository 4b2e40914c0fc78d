from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
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
    from ..models.content_module import ContentModule


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContentModule
    from ..models.content_module import ContentModule

    _lazy_pending = False


T = TypeVar("T", bound="ContentDocument")


@_attrs_define
class ContentDocument:
    """
    Attributes:
        content_module_list (list[ContentModule]):
        content_type (ContentType):
        locale (str):
        name (str):
        content_sub_type (str | Unset):
    """

    content_module_list: list[ContentModule]
    content_type: ContentType
    locale: str
    name: str
    content_sub_type: str | Unset = UNSET
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
        content_module_list = []
        for componentsschemas_content_module_list_item_data in self.content_module_list:
            componentsschemas_content_module_list_item = (
                componentsschemas_content_module_list_item_data.to_dict()
            )
            content_module_list.append(componentsschemas_content_module_list_item)

        content_type = self.content_type.value

        locale = self.locale

        name = self.name

        content_sub_type = self.content_sub_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentModuleList": content_module_list,
                "contentType": content_type,
                "locale": locale,
                "name": name,
            }
        )
        if content_sub_type is not UNSET:
            field_dict["contentSubType"] = content_sub_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.content_module import ContentModule

        return (
            (
                (
                    "contentModuleList",
                    "content_module_list",
                    True,
                    ("list", ("model", ContentModule)),
                ),
                ("contentType", "content_type", True, ("enum", ContentType)),
                ("locale", "locale", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("contentSubType", "content_sub_type", False, ("str",)),
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
        _content_module_list = d.pop("contentModuleList")
        content_module_list = [
            ContentModule.from_dict(_item) for _item in _content_module_list
        ]

        _content_type = d.pop("contentType")
        content_type = (
            ContentType._value2member_map_.get(_content_type)
            if _content_type.__class__ is str
            else None
        ) or ContentType(_content_type)

        locale = d.pop("locale")

        if _reader is not None and locale.__class__ is not str:
            raise DeviationError("locale")

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        content_sub_type = d.pop("contentSubType", UNSET)

        if (
            _reader is not None
            and content_sub_type.__class__ is not str
            and content_sub_type is not UNSET
        ):
            raise DeviationError("contentSubType")

        if cls is ContentDocument:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_module_list = content_module_list
            _built.content_type = content_type
            _built.locale = locale
            _built.name = name
            _built.content_sub_type = content_sub_type
            _built._parse_notes = None
            content_document = _built
        else:  # a subclass: its own __init__ runs
            content_document = cls(
                content_module_list=content_module_list,
                content_type=content_type,
                locale=locale,
                name=name,
                content_sub_type=content_sub_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        content_document.additional_properties = d or {}
        return content_document

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
