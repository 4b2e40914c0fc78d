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
    from ..models.get_offers_http_status_line import GetOffersHttpStatusLine
    from ..models.get_offers_response import GetOffersResponse
    from ..models.http_response_headers import HttpResponseHeaders
    from ..models.item_offers_request_params import ItemOffersRequestParams


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        GetOffersHttpStatusLine, \
        GetOffersResponse, \
        HttpResponseHeaders, \
        ItemOffersRequestParams
    from ..models.get_offers_http_status_line import GetOffersHttpStatusLine
    from ..models.get_offers_response import GetOffersResponse
    from ..models.http_response_headers import HttpResponseHeaders
    from ..models.item_offers_request_params import ItemOffersRequestParams

    _lazy_pending = False


T = TypeVar("T", bound="ItemOffersResponse")


@_attrs_define
class ItemOffersResponse:
    """
    Attributes:
        body (GetOffersResponse):
        request (ItemOffersRequestParams):
        headers (HttpResponseHeaders | Unset):
        status (GetOffersHttpStatusLine | Unset):
    """

    body: GetOffersResponse
    request: ItemOffersRequestParams
    headers: HttpResponseHeaders | Unset = UNSET
    status: GetOffersHttpStatusLine | Unset = UNSET
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
        body = self.body.to_dict()

        request = self.request.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "request": request,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.get_offers_http_status_line import GetOffersHttpStatusLine
        from ..models.get_offers_response import GetOffersResponse
        from ..models.http_response_headers import HttpResponseHeaders
        from ..models.item_offers_request_params import ItemOffersRequestParams

        return (
            (
                ("body", "body", True, ("model", GetOffersResponse)),
                ("request", "request", True, ("model", ItemOffersRequestParams)),
                ("headers", "headers", False, ("model", HttpResponseHeaders)),
                ("status", "status", False, ("model", GetOffersHttpStatusLine)),
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
        body = GetOffersResponse.from_dict(d.pop("body"))

        request = ItemOffersRequestParams.from_dict(d.pop("request"))

        _headers = d.pop("headers", UNSET)
        headers = (
            UNSET if _headers is UNSET else HttpResponseHeaders.from_dict(_headers)
        )

        _status = d.pop("status", UNSET)
        status = (
            UNSET if _status is UNSET else GetOffersHttpStatusLine.from_dict(_status)
        )

        if cls is ItemOffersResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.body = body
            _built.request = request
            _built.headers = headers
            _built.status = status
            _built._parse_notes = None
            item_offers_response = _built
        else:  # a subclass: its own __init__ runs
            item_offers_response = cls(
                body=body,
                request=request,
                headers=headers,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_offers_response.additional_properties = d or {}
        return item_offers_response

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
