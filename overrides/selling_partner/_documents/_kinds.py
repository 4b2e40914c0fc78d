"""What each kind of document is, as data (not branches), and how SP-API names its URL.

A report, a feed's processing report and a Data Kiosk document differ only in the
operation that hands out the URL, its argument and the answer's fields; a feed
upload starts with ``createFeedDocument``. The helpers below build that
operation's arguments and read its answer.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from .._errors import ApiError, ConfigurationError
from ._s3 import check_url

__all__ = [
    "CREATE_FEED",
    "DATA_KIOSK",
    "FEED_RESULT",
    "REPORT",
    "Kind",
    "compression_of",
    "created",
    "feed_spec",
    "locate_args",
    "located",
]


@dataclass(frozen=True)
class Kind:
    """One kind of document.

    Attributes:
        package: The client's accessor of the API (``sp.<package>``).
        operation: The operation that answers the URL (``sp.<package>.<operation>``).
        argument: The operation's argument naming the document.
        url_field: The answer's field holding the presigned URL.
        compression_field: The answer's field holding ``compressionAlgorithm``, if any.
        what: The document's name in messages.
        stream: The ``sp.documents`` method that streams this kind to a file.
    """

    package: str
    operation: str
    argument: str
    url_field: str
    compression_field: str | None
    what: str
    stream: str = "stream_report"

    @property
    def again(self) -> str:
        """What to tell the caller to do for a fresh URL."""
        return f"call sp.{self.package}.{self.operation} again"


REPORT = Kind(
    "reports_v2021_06_30",
    "get_report_document",
    "report_document_id",
    "url",
    "compression_algorithm",
    "report document",
)
FEED_RESULT = Kind(
    "feeds_v2021_06_30",
    "get_feed_document",
    "feed_document_id",
    "url",
    "compression_algorithm",
    "feed document",
    "stream_feed_result",
)
DATA_KIOSK = Kind(
    "data_kiosk_v2023_11_15",
    "get_document",
    "document_id",
    "document_url",
    None,
    "document",
    "stream_data_kiosk",
)
CREATE_FEED = Kind(
    "feeds_v2021_06_30", "create_feed_document", "body", "url", None, "feed document"
)
_FEED_SPEC = "selling_partner_generated.feeds_v2021_06_30.models.create_feed_document_specification"


def compression_of(value: object) -> str | None:
    """The document's ``compressionAlgorithm`` as text, or None when absent (``UNSET``)."""
    return str(value) if isinstance(value, str) else None


def _check_id(kind: Kind, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(
            f"{kind.argument} must be the {kind.what} id SP-API gave you (a non-empty str), "
            f"got {value!r}"
        )
    return value


def locate_args(kind: Kind, document_id: object, restricted: bool) -> dict[str, Any]:
    """Arguments of the ``get*Document`` call; ``restricted`` asks for an RDT."""
    args: dict[str, Any] = {kind.argument: _check_id(kind, document_id)}
    if restricted:
        args["restricted"] = True
    return args


def located(kind: Kind, parsed: object) -> tuple[str, str | None]:
    """The URL and compression of a ``get*Document`` answer."""
    url = getattr(parsed, kind.url_field, None)
    if not isinstance(url, str):
        raise ApiError(
            f"{kind.package}.{kind.operation} answered without a {kind.url_field} "
            f"(got {type(parsed).__name__}); with raise_errors=False check the answer first"
        )
    check_url(url, f"the {kind.what}'s {kind.url_field}")
    compression = (
        compression_of(getattr(parsed, kind.compression_field, None))
        if kind.compression_field
        else None
    )
    return url, compression


def created(parsed: object) -> tuple[str, str]:
    """The ``feedDocumentId`` and upload URL of a ``createFeedDocument`` answer."""
    document_id = getattr(parsed, "feed_document_id", None)
    url = getattr(parsed, "url", None)
    if not isinstance(document_id, str) or not isinstance(url, str):
        raise ApiError(
            f"feeds_v2021_06_30.create_feed_document answered without feedDocumentId and url "
            f"(got {type(parsed).__name__}); with raise_errors=False check the answer first"
        )
    return document_id, check_url(url, "createFeedDocument's url")


def feed_spec(content_type: str) -> Any:
    """``createFeedDocument``'s body; the model loads on the first upload only."""
    module = importlib.import_module(_FEED_SPEC)
    return module.CreateFeedDocumentSpecification(content_type=content_type)
