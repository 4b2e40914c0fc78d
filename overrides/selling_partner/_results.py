"""What the jobs hand back: downloaded documents read as rows, JSON, text or bytes.

The documents sit in temporary files (deleted by :meth:`Documents.close`, or
at the end of a ``with`` block), so a 1 GB report is read row by row in
constant memory, and a slow consumer holds no S3 connection open.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Self

from ._errors import ConfigurationError
from ._jobs import Spooled
from ._rows import choose_codec, iter_json_lines, iter_rows, read_json, sniff_format

__all__ = ["FeedResult", "QueryResult", "ReportResult"]

_COPY_CHUNK = 1 << 20


class _Spooled:
    """Documents in temporary files, in order; closed together."""

    def __init__(
        self,
        parts: Sequence[Spooled],
        *,
        fmt: str | None = None,
        marketplace_ids: Sequence[str] = (),
    ) -> None:
        self._parts = list(parts)
        self._fmt = fmt
        self._marketplace_ids = tuple(marketplace_ids)
        self._closed = False

    # -- lifetime ----------------------------------------------------------------------

    def close(self) -> None:
        """Delete the temporary files (reading afterwards raises)."""
        self._closed = True
        for part in self._parts:
            part.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def _files(self) -> list[Spooled]:
        if self._closed:
            raise ConfigurationError(
                f"this {type(self).__name__} is closed: read it inside its with block"
            )
        return self._parts

    # -- facts -------------------------------------------------------------------------

    @property
    def documents(self) -> tuple[Any, ...]:
        """What each download received (:class:`~selling_partner.DocumentInfo`), in order."""
        return tuple(part.info for part in self._parts)

    @property
    def size(self) -> int:
        """Bytes of all documents (decompressed)."""
        return sum(int(getattr(part.info, "size", 0)) for part in self._parts)

    @property
    def format(self) -> str | None:
        """``tsv``, ``csv``, ``json``, ``xml`` or ``text`` (None when there is no document)."""
        if self._fmt is not None:
            return self._fmt
        parts = self._files()
        return sniff_format(parts[0].file) if parts else None

    # -- reading -----------------------------------------------------------------------

    def _codec(self, part: Spooled, encoding: str | None) -> str:
        if encoding is not None:
            return encoding
        return choose_codec(
            part.file,
            getattr(part.info, "charset", None),
            marketplace_ids=self._marketplace_ids,
        )

    def rows(
        self, *, encoding: str | None = None, errors: str = "strict"
    ) -> Iterator[dict[str, str]]:
        """Every row of every document, as a dict keyed by the document's header line.

        Args:
            encoding: The codec to read with; by default S3's charset, a byte order
                mark, UTF-8 when valid, else the marketplace's legacy code page.
            errors: What to do with undecodable bytes (``"strict"``, ``"replace"``).

        Raises:
            ConfigurationError: a JSON or XML document (use :meth:`json` or :meth:`text`).
            DocumentError: bytes not valid in the chosen encoding.
        """
        for part in self._files():
            fmt = self._fmt or sniff_format(part.file)
            if fmt == "text":
                fmt = "tsv"  # a single column has no separator to sniff
            yield from iter_rows(part.file, fmt, self._codec(part, encoding), errors)

    async def arows(
        self, *, encoding: str | None = None, errors: str = "strict"
    ) -> AsyncIterator[dict[str, str]]:
        """:meth:`rows` for ``async for`` (local file reads, in 1 MB chunks)."""
        for row in self.rows(encoding=encoding, errors=errors):
            yield row

    def json(self, *, encoding: str | None = None) -> Any:
        """The document parsed as JSON (one document; see :attr:`documents`)."""
        parts = self._files()
        if len(parts) != 1:
            raise ConfigurationError(
                f"json() reads one document and there are {len(parts)}: use json_documents()"
            )
        return read_json(parts[0].file, self._codec(parts[0], encoding))

    def json_documents(self, *, encoding: str | None = None) -> list[Any]:
        """Every document parsed as JSON, in order."""
        return [read_json(p.file, self._codec(p, encoding)) for p in self._files()]

    def text(self, *, encoding: str | None = None, errors: str = "strict") -> str:
        """All documents as one string (in memory: prefer :meth:`rows` for large ones)."""
        out = []
        for part in self._files():
            part.file.seek(0)
            out.append(part.file.read().decode(self._codec(part, encoding), errors))
        return "".join(out)

    def read_bytes(self) -> bytes:
        """All documents' bytes, joined (in memory: prefer :meth:`copy_to` for large ones)."""
        out = []
        for part in self._files():
            part.file.seek(0)
            out.append(part.file.read())
        return b"".join(out)

    def copy_to(self, sink: IO[bytes]) -> int:
        """Write every document's bytes to ``sink`` in chunks; return the bytes written."""
        written = 0
        for part in self._files():
            part.file.seek(0)
            while chunk := part.file.read(_COPY_CHUNK):
                sink.write(chunk)
                written += len(chunk)
        return written

    def save(self, path: str) -> int:
        """Write every document's bytes to the file at ``path``; return the bytes written."""
        with open(path, "wb") as out:
            return self.copy_to(out)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return self.rows()


class ReportResult(_Spooled):
    """A fetched report: its documents (one per window of the range), as rows.

    Use it in a ``with`` block (its temporary files are deleted at the end)::

        with sp.reports.fetch("GET_MERCHANT_LISTINGS_ALL_DATA") as report:
            for row in report.rows():
                print(row["seller-sku"], row["price"])

    Attributes:
        report_type: The report type.
        report_ids: The reports it was made of, one per window, in order (a
            cancelled window skipped with ``on_cancelled="skip"`` included).
        reused: The report ids that Amazon already had (``getReports``).
        skipped: The report ids that were CANCELLED and skipped.
    """

    def __init__(
        self,
        parts: Sequence[Spooled],
        *,
        report_type: str,
        report_ids: Sequence[str],
        reused: Sequence[str] = (),
        skipped: Sequence[str] = (),
        fmt: str | None = None,
        marketplace_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(parts, fmt=fmt, marketplace_ids=marketplace_ids)
        self.report_type = report_type
        self.report_ids = tuple(report_ids)
        self.reused = tuple(reused)
        self.skipped = tuple(skipped)

    def __repr__(self) -> str:
        return (
            f"ReportResult(report_type={self.report_type!r}, report_ids={self.report_ids!r}, "
            f"documents={len(self._parts)}, size={self.size})"
        )


class QueryResult(_Spooled):
    """A Data Kiosk query's documents (one per page), read as JSON Lines.

    Attributes:
        query_ids: The queries run (one per page of results), in order.
    """

    def __init__(self, parts: Sequence[Spooled], *, query_ids: Sequence[str]) -> None:
        super().__init__(parts, fmt="json")
        self.query_ids = tuple(query_ids)

    def rows(self, *, encoding: str | None = None, errors: str = "strict") -> Iterator[Any]:
        """Every record of every document (JSON Lines: one object per line)."""
        del encoding  # Data Kiosk documents are UTF-8
        for part in self._files():
            yield from iter_json_lines(part.file, errors)

    def __repr__(self) -> str:
        return f"QueryResult(query_ids={self.query_ids!r}, documents={len(self._parts)})"


@dataclass(frozen=True)
class FeedResult:
    """A processed feed and its processing report.

    Attributes:
        feed_id: The feed's id.
        feed_document_id: The uploaded input document's id.
        processing_status: ``DONE`` (``FATAL``/``CANCELLED`` raise instead).
        result_feed_document_id: The processing report's document id (None: none).
        report: The processing report's text (None: Amazon wrote none).
    """

    feed_id: str
    feed_document_id: str
    processing_status: str
    result_feed_document_id: str | None
    report: str | None = field(default=None, repr=False)

    def json(self) -> Any:
        """The processing report parsed as JSON (``JSON_LISTINGS_FEED``'s report).

        Raises:
            ConfigurationError: there is no report, or it is not JSON (an XML
                processing report: read :attr:`report`).
        """
        import json

        if self.report is None:
            raise ConfigurationError(f"feed {self.feed_id} has no processing report")
        try:
            return json.loads(self.report)
        except ValueError:
            raise ConfigurationError(
                f"feed {self.feed_id}'s processing report is not JSON: read .report (text)"
            ) from None

    @property
    def summary(self) -> dict[str, Any] | None:
        """The JSON processing report's ``summary`` (errors, warnings, messages accepted)."""
        try:
            parsed = self.json()
        except ConfigurationError:
            return None
        summary = parsed.get("summary") if isinstance(parsed, dict) else None
        return summary if isinstance(summary, dict) else None

    @property
    def processing_report(self) -> Any:
        """The JSON processing report, typed (None: no report, or not a JSON one).

        The model is generated from Amazon's
        ``listings-feed-processing-report-schema-v2`` (``.header.feed_id``,
        ``.summary.messages_accepted``, ``.issues[i].severity``...; fields the
        schema lacks are kept in ``additional_properties``).

        Raises:
            ConfigurationError: the report is JSON but does not fit the schema
                (read :meth:`json` instead).
        """
        from ._schemas import feed_report_model

        try:
            parsed = self.json()
        except ConfigurationError:
            return None
        model = feed_report_model()
        try:
            return model.from_dict(parsed)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ConfigurationError(
                f"feed {self.feed_id}'s processing report does not fit {model.__name__}: "
                f"{reason}; read .json() instead"
            ) from exc

    @property
    def issues(self) -> list[dict[str, Any]]:
        """The JSON processing report's ``issues`` (each names its messageId, code, severity)."""
        try:
            parsed = self.json()
        except ConfigurationError:
            return []
        issues = parsed.get("issues") if isinstance(parsed, dict) else None
        return [i for i in issues if isinstance(i, dict)] if isinstance(issues, list) else []
