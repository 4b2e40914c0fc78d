from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_label_page_type import ItemLabelPageType
from ..models.label_print_type import LabelPrintType
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
    from ..models.msku_quantity import MskuQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MskuQuantity
    from ..models.msku_quantity import MskuQuantity

    _lazy_pending = False


T = TypeVar("T", bound="CreateMarketplaceItemLabelsRequest")


@_attrs_define
class CreateMarketplaceItemLabelsRequest:
    """
    Attributes:
        label_type (LabelPrintType):
        marketplace_id (str):
        msku_quantities (list[MskuQuantity]):
        height (float | Unset):
        locale_code (str | Unset):  Default: 'en_US'.
        page_type (ItemLabelPageType | Unset):
        width (float | Unset):
    """

    label_type: LabelPrintType
    marketplace_id: str
    msku_quantities: list[MskuQuantity]
    height: float | Unset = UNSET
    locale_code: str | Unset = "en_US"
    page_type: ItemLabelPageType | Unset = UNSET
    width: float | Unset = UNSET
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
        label_type = self.label_type.value

        marketplace_id = self.marketplace_id

        msku_quantities = []
        for msku_quantities_item_data in self.msku_quantities:
            msku_quantities_item = msku_quantities_item_data.to_dict()
            msku_quantities.append(msku_quantities_item)

        height = self.height

        locale_code = self.locale_code

        page_type: str | Unset = UNSET
        if not isinstance(self.page_type, Unset):
            page_type = self.page_type.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelType": label_type,
                "marketplaceId": marketplace_id,
                "mskuQuantities": msku_quantities,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if locale_code is not UNSET:
            field_dict["localeCode"] = locale_code
        if page_type is not UNSET:
            field_dict["pageType"] = page_type
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.msku_quantity import MskuQuantity

        return (
            (
                ("labelType", "label_type", True, ("enum", LabelPrintType)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "mskuQuantities",
                    "msku_quantities",
                    True,
                    ("list", ("model", MskuQuantity)),
                ),
                ("height", "height", False, ("float",)),
                ("localeCode", "locale_code", False, ("str",)),
                ("pageType", "page_type", False, ("enum", ItemLabelPageType)),
                ("width", "width", False, ("float",)),
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
        _label_type = d.pop("labelType")
        label_type = (
            LabelPrintType._value2member_map_.get(_label_type)
            if _label_type.__class__ is str
            else None
        ) or LabelPrintType(_label_type)

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _msku_quantities = d.pop("mskuQuantities")
        msku_quantities = [MskuQuantity.from_dict(_item) for _item in _msku_quantities]

        height = d.pop("height", UNSET)

        if (
            _reader is not None
            and height.__class__ is not float
            and height.__class__ is not int
            and height is not UNSET
        ):
            raise DeviationError("height")

        locale_code = d.pop("localeCode", UNSET)

        if (
            _reader is not None
            and locale_code.__class__ is not str
            and locale_code is not UNSET
        ):
            raise DeviationError("localeCode")

        _page_type = d.pop("pageType", UNSET)
        page_type = (
            UNSET
            if _page_type is UNSET
            else (
                ItemLabelPageType._value2member_map_.get(_page_type)
                if _page_type.__class__ is str
                else None
            )
            or ItemLabelPageType(_page_type)
        )

        width = d.pop("width", UNSET)

        if (
            _reader is not None
            and width.__class__ is not float
            and width.__class__ is not int
            and width is not UNSET
        ):
            raise DeviationError("width")

        if cls is CreateMarketplaceItemLabelsRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_type = label_type
            _built.marketplace_id = marketplace_id
            _built.msku_quantities = msku_quantities
            _built.height = height
            _built.locale_code = locale_code
            _built.page_type = page_type
            _built.width = width
            _built._parse_notes = None
            create_marketplace_item_labels_request = _built
        else:  # a subclass: its own __init__ runs
            create_marketplace_item_labels_request = cls(
                label_type=label_type,
                marketplace_id=marketplace_id,
                msku_quantities=msku_quantities,
                height=height,
                locale_code=locale_code,
                page_type=page_type,
                width=width,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_marketplace_item_labels_request.additional_properties = d or {}
        return create_marketplace_item_labels_request

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
