"""Reports as one call: create, wait, download, decode (``sp.reports``).

::

    with sp.reports.fetch("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
                          start=datetime(2026, 1, 1, tzinfo=UTC),
                          end=datetime(2026, 3, 31, tzinfo=UTC)) as report:
        for row in report.rows():           # constant memory, any size
            ...
    for row in sp.reports.rows("GET_MERCHANT_LISTINGS_ALL_DATA"):   # fetch + rows + close
        ...

What :meth:`Reports.fetch` does (the pure core is :func:`fetch_steps`):

1. splits ``start``..``end`` into windows when the report type allows fewer
   days per request (``max_days`` in ``spec/report_types.toml``, with sources);
2. reuses a report Amazon already has for the same window and marketplaces,
   created within ``reuse`` (one ``getReports`` call; not when ``options`` are
   given, since ``getReports`` does not show them);
3. creates the others (``createReport``), then checks them with ``getReport``
   until each is ``DONE``, ``CANCELLED`` or ``FATAL``, waiting as
   :class:`~selling_partner.WaitPolicy` says (growing waits, never faster than
   getReport's usage plan, bounded by its timeout);
4. ``FATAL`` raises :class:`~selling_partner.JobFailedError` carrying Amazon's
   error document; ``CANCELLED`` raises :class:`~selling_partner.JobCancelledError`
   (Amazon also cancels a report that has no data: ``on_cancelled="skip"``
   treats that window as empty);
5. downloads each document into a temporary file with a Restricted Data Token
   when the report type is restricted (``spec/report_types.toml``), gunzipping,
   resuming and refreshing expired URLs on the way (``sp.documents``);
6. returns a :class:`~selling_partner.ReportResult`: rows (TSV/CSV, charset from
   S3, a byte order mark, or the marketplace's code page), JSON, text or bytes.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._errors import ConfigurationError
from ._jobs import (
    AsyncJobShell,
    Call,
    Download,
    Fetch,
    JobCancelledError,
    JobFailedError,
    JobShell,
    Notify,
    Progress,
    Spooled,
    Steps,
    WaitPolicy,
    expect,
    unset_to_none,
    wait_until_done,
)
from ._results import ReportResult

__all__ = [
    "AsyncReports",
    "ReportRequest",
    "ReportTypeFacts",
    "Reports",
    "fetch_steps",
    "report_type_facts",
    "split_windows",
]

PACKAGE = "reports_v2021_06_30"
_MODELS = "selling_partner_generated." + PACKAGE + ".models"
_TABLE = "selling_partner_generated.report_types"
_REPORT_TYPE = re.compile(r"^[A-Z0-9_]+$")
_ONE_SECOND = dt.timedelta(seconds=1)
_UTC = dt.UTC
DEFAULT_REUSE = dt.timedelta(hours=1)


# -- the report type table -------------------------------------------------------


@dataclass(frozen=True)
class ReportTypeFacts:
    """What ``spec/report_types.toml`` says about a report type (defaults when unlisted).

    Attributes:
        format: ``tsv``, ``csv``, ``json``, ``xml``, or None (sniffed from the bytes).
        restricted: The document needs a Restricted Data Token.
        max_days: The longest range one request may cover (None: no known limit).
    """

    format: str | None = None
    restricted: bool = False
    max_days: int | None = None


def report_type_facts(report_type: str) -> ReportTypeFacts:
    """The table's facts for ``report_type`` (all defaults when it is not listed)."""
    table: Mapping[str, Mapping[str, Any]] = importlib.import_module(_TABLE).REPORT_TYPES
    facts = table.get(report_type)
    if facts is None:
        return ReportTypeFacts()
    return ReportTypeFacts(
        format=facts.get("format"),
        restricted=bool(facts.get("restricted")),
        max_days=facts.get("max_days"),
    )


# -- the request ---------------------------------------------------------------------


def _instant(value: object, name: str) -> dt.datetime | None:
    """An aware UTC datetime in whole seconds (a date is its midnight UTC)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ConfigurationError(
                f"{name} must be timezone-aware (e.g. datetime(2026, 1, 1, tzinfo=UTC)): "
                "a naive datetime could mean any time zone"
            )
        return value.astimezone(_UTC).replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=_UTC)
    raise ConfigurationError(f"{name} must be a datetime or a date, got {type(value).__name__}")


@dataclass(frozen=True)
class ReportRequest:
    """A checked report request (what :meth:`Reports.fetch` was asked for).

    Attributes:
        report_type: e.g. ``GET_MERCHANT_LISTINGS_ALL_DATA``.
        marketplace_ids: The marketplaces (at least one).
        start: Start of the data range (aware, UTC, whole seconds), or None.
        end: End of the data range, or None (Amazon's default: now).
        options: ``reportOptions`` (strings).
        restricted: Download with a Restricted Data Token (None: from the table).
        reuse: Reuse a matching report created within this long (None: never).
        on_cancelled: ``"raise"`` or ``"skip"``.
    """

    report_type: str
    marketplace_ids: tuple[str, ...]
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    options: Mapping[str, str] = field(default_factory=dict)
    restricted: bool | None = None
    reuse: dt.timedelta | None = DEFAULT_REUSE
    on_cancelled: str = "raise"

    @classmethod
    def build(
        cls,
        report_type: object,
        *,
        marketplace_ids: object,
        start: object = None,
        end: object = None,
        options: object = None,
        restricted: object = None,
        reuse: object = DEFAULT_REUSE,
        on_cancelled: object = "raise",
    ) -> ReportRequest:
        """Check every argument before anything is sent.

        Raises:
            ConfigurationError: what is wrong and how to fix it.
        """
        if not isinstance(report_type, str) or not _REPORT_TYPE.match(report_type):
            raise ConfigurationError(
                f"report_type must be an SP-API report type such as "
                f"'GET_MERCHANT_LISTINGS_ALL_DATA', got {report_type!r}"
            )
        if isinstance(marketplace_ids, str):
            marketplace_ids = [marketplace_ids]
        if (
            not isinstance(marketplace_ids, Sequence)
            or not marketplace_ids
            or not all(isinstance(m, str) and m.strip() for m in marketplace_ids)
        ):
            raise ConfigurationError(
                "marketplace_ids must name at least one marketplace id (e.g. ['ATVPDKIKX0DER']), "
                "or build the client with marketplace="
            )
        begin, finish = _instant(start, "start"), _instant(end, "end")
        if begin is not None and finish is not None and begin >= finish:
            raise ConfigurationError(
                f"start ({begin.isoformat()}) must be before end ({finish.isoformat()})"
            )
        if options is None:
            options = {}
        if not isinstance(options, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in options.items()
        ):
            raise ConfigurationError(
                "options must map option names to strings, e.g. {'ShowSalesChannel': 'true'}"
            )
        if restricted is not None and not isinstance(restricted, bool):
            raise ConfigurationError(f"restricted must be True, False or None, got {restricted!r}")
        if reuse is not None and (not isinstance(reuse, dt.timedelta) or reuse <= dt.timedelta(0)):
            raise ConfigurationError(
                f"reuse must be a positive timedelta (or None to always create), got {reuse!r}"
            )
        if on_cancelled not in ("raise", "skip"):
            raise ConfigurationError(
                f"on_cancelled must be 'raise' or 'skip', got {on_cancelled!r}"
            )
        return cls(
            report_type=report_type,
            marketplace_ids=tuple(marketplace_ids),
            start=begin,
            end=finish,
            options=dict(options),
            restricted=restricted,
            reuse=reuse,
            on_cancelled=str(on_cancelled),
        )


Window = tuple[dt.datetime | None, dt.datetime | None]


def split_windows(
    start: dt.datetime | None, end: dt.datetime | None, max_days: int | None, now: dt.datetime
) -> list[Window]:
    """The ranges to request: one, or consecutive windows of at most ``max_days``.

    Windows do not overlap: each ends one second before the next starts (report
    timestamps are whole seconds). An open end is ``now`` when splitting.
    """
    if max_days is None or start is None:
        return [(start, end)]
    finish = end if end is not None else now.astimezone(_UTC).replace(microsecond=0)
    span = dt.timedelta(days=max_days)
    if finish - start <= span:
        return [(start, end)]
    windows: list[Window] = []
    begin = start
    while begin < finish:
        stop = begin + span
        if stop >= finish:
            windows.append((begin, finish))
            break
        windows.append((begin, stop - _ONE_SECOND))
        begin = stop
    return windows


# -- the pure core -------------------------------------------------------------------


def _iso(value: dt.datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _model(name: str) -> Any:
    return getattr(importlib.import_module(_MODELS), name)


def _same_instant(a: object, b: dt.datetime | None) -> bool:
    a = unset_to_none(a)
    if b is None or not isinstance(a, dt.datetime) or a.tzinfo is None:
        return False
    return a.astimezone(_UTC).replace(microsecond=0) == b


def _reusable(listing: object, request: ReportRequest, windows: list[Window]) -> dict[int, str]:
    """Window index -> id of a report Amazon has for exactly that request (DONE first)."""
    reports = unset_to_none(getattr(listing, "reports", None)) or []
    wanted = set(request.marketplace_ids)
    found: dict[int, tuple[int, dt.datetime, str]] = {}
    for report in reports:
        status = str(unset_to_none(getattr(report, "processing_status", None)))
        if status not in ("DONE", "IN_PROGRESS", "IN_QUEUE"):
            continue
        if getattr(report, "report_type", None) != request.report_type:
            continue
        if set(unset_to_none(getattr(report, "marketplace_ids", None)) or ()) != wanted:
            continue
        created = unset_to_none(getattr(report, "created_time", None))
        if not isinstance(created, dt.datetime):
            continue
        for index, (begin, stop) in enumerate(windows):
            if not _same_instant(report.data_start_time, begin):
                continue
            if not _same_instant(report.data_end_time, stop):
                continue
            rank = (1 if status == "DONE" else 0, created, report.report_id)
            if index not in found or rank[:2] > found[index][:2]:
                found[index] = rank
    return {index: rank[2] for index, rank in found.items()}


def _create_body(request: ReportRequest, window: Window) -> Any:
    body: dict[str, Any] = {
        "reportType": request.report_type,
        "marketplaceIds": list(request.marketplace_ids),
    }
    if window[0] is not None:
        body["dataStartTime"] = _iso(window[0])
    if window[1] is not None:
        body["dataEndTime"] = _iso(window[1])
    if request.options:
        body["reportOptions"] = dict(request.options)
    return _model("CreateReportSpecification").from_dict(body)


def _status(report: object) -> str:
    return str(expect(report, "processing_status", "getReport"))


def fetch_steps(
    request: ReportRequest | None,
    *,
    report_ids: Sequence[str] = (),
    restricted: bool | None = None,
    policy: WaitPolicy,
    clock: Callable[[], float],
    wall_clock: Callable[[], float],
    floor: float,
) -> Steps[ReportResult]:
    """The steps of one report job (see the module docstring).

    Args:
        request: What to create; None to wait for and download ``report_ids``.
        report_ids: Existing reports (used when ``request`` is None).
        restricted: For ``report_ids``: use an RDT (None: by the report type).
        policy: Waits between status checks.
        clock: Monotonic seconds (the wait's timeout).
        wall_clock: Seconds since the epoch (an open range's end, reuse's horizon).
        floor: Shortest wait between checks (one interval of getReport's plan).
    """
    reused: list[str] = []
    if request is not None:
        facts = report_type_facts(request.report_type)
        now = dt.datetime.fromtimestamp(wall_clock(), _UTC)
        windows = split_windows(request.start, request.end, facts.max_days, now)
        existing: dict[int, str] = {}
        if request.reuse is not None and not request.options:
            statuses = _model("GetReportsProcessingStatusesItem")
            listing = yield Call(
                PACKAGE,
                "get_reports",
                {
                    "report_types": [request.report_type],
                    "marketplace_ids": list(request.marketplace_ids),
                    "processing_statuses": [
                        statuses("DONE"),
                        statuses("IN_PROGRESS"),
                        statuses("IN_QUEUE"),
                    ],
                    "created_since": now - request.reuse,
                    "page_size": 100,
                },
            )
            existing = _reusable(listing, request, windows)
        ids: list[str] = []
        for index, window in enumerate(windows):
            if index in existing:
                ids.append(existing[index])
                reused.append(existing[index])
                yield Notify(Progress("report", "reused", existing[index], index + 1, len(windows)))
                continue
            created = yield Call(PACKAGE, "create_report", {"body": _create_body(request, window)})
            report_id = str(expect(created, "report_id", "createReport"))
            ids.append(report_id)
            yield Notify(Progress("report", "created", report_id, index + 1, len(windows)))
    else:
        ids = list(report_ids)
    answers = yield from wait_until_done(
        job="report",
        ids=ids,
        get=lambda report_id: Call(PACKAGE, "get_report", {"report_id": report_id}),
        status_of=_status,
        operation="getReport",
        floor=floor,
        policy=policy,
        clock=clock,
    )
    report_type = request.report_type if request is not None else str(answers[0].report_type)
    facts = report_type_facts(report_type)
    if request is not None:
        restricted = request.restricted
    if restricted is None:
        restricted = facts.restricted
    skipped: list[str] = []
    for report_id, answer in zip(ids, answers, strict=True):
        status = _status(answer)
        if status == "DONE":
            continue
        document_id = unset_to_none(getattr(answer, "report_document_id", None))
        if status == "CANCELLED" and request is not None and request.on_cancelled == "skip":
            skipped.append(report_id)
            continue
        text = None
        if document_id is not None:
            text = yield Fetch("report", str(document_id), restricted)
        error = JobFailedError if status == "FATAL" else JobCancelledError
        why = (
            "Amazon could not produce it"
            if status == "FATAL"
            else "cancelled by a request, or there was no data for it (on_cancelled='skip' "
            "treats that as empty)"
        )
        raise error(
            f"report {report_id} ({report_type}) ended {status}: {why}",
            job="report",
            job_id=report_id,
            processing_status=status,
            document=text,
            operation="getReport",
        )
    parts: list[Spooled] = []
    try:
        for number, (report_id, answer) in enumerate(zip(ids, answers, strict=True), start=1):
            if report_id in skipped:
                continue
            document_id = str(expect(answer, "report_document_id", "getReport"))
            parts.append(
                (
                    yield Download(
                        "report",
                        document_id,
                        restricted,
                        Progress("report", "downloading", report_id, number, len(ids)),
                    )
                )
            )
    except BaseException:
        for part in parts:
            part.close()
        raise
    marketplaces = (
        request.marketplace_ids
        if request is not None
        else tuple(unset_to_none(getattr(answers[0], "marketplace_ids", None)) or ())
    )
    return ReportResult(
        parts,
        report_type=report_type,
        report_ids=ids,
        reused=reused,
        skipped=skipped,
        fmt=facts.format,
        marketplace_ids=marketplaces,
    )


# -- the shells ----------------------------------------------------------------------


class _Base:
    def __init__(
        self,
        sp: Any,
        *,
        sleep: Any = None,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        import time

        self._sp = sp
        self._sleep = sleep
        self._clock = clock if clock is not None else time.monotonic
        self._wall_clock = wall_clock if wall_clock is not None else time.time

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _request(
        self, report_type: object, marketplace_ids: object, **kwargs: Any
    ) -> ReportRequest:
        if marketplace_ids is None:
            marketplace = getattr(self._sp, "marketplace", None)
            marketplace_ids = [marketplace.id] if marketplace is not None else None
        return ReportRequest.build(report_type, marketplace_ids=marketplace_ids, **kwargs)

    def _floor(self) -> float:
        try:
            rate = self._sp.operations.get(PACKAGE, "get_report").rate
        except Exception:  # an index without the Reports API: only the policy's waits
            return 0.0
        return 1.0 / rate if rate else 0.0

    def _steps(
        self,
        request: ReportRequest | None,
        report_ids: Sequence[str],
        wait: WaitPolicy | None,
        restricted: bool | None = None,
    ) -> Steps[ReportResult]:
        if wait is not None and not isinstance(wait, WaitPolicy):
            raise ConfigurationError(f"wait must be a WaitPolicy, got {type(wait).__name__}")
        return fetch_steps(
            request,
            report_ids=report_ids,
            restricted=restricted,
            policy=wait if wait is not None else WaitPolicy(),
            clock=self._clock,
            wall_clock=self._wall_clock,
            floor=self._floor(),
        )


def _check_report_id(report_id: object) -> str:
    if not isinstance(report_id, str) or not report_id.strip():
        raise ConfigurationError(f"report_id must be the id createReport gave, got {report_id!r}")
    return report_id


class Reports(_Base):
    """Report jobs on a :class:`~selling_partner.SellingPartner` (``sp.reports``)."""

    def fetch(
        self,
        report_type: str,
        *,
        marketplace_ids: Sequence[str] | None = None,
        start: dt.datetime | dt.date | None = None,
        end: dt.datetime | dt.date | None = None,
        options: Mapping[str, str] | None = None,
        restricted: bool | None = None,
        reuse: dt.timedelta | None = DEFAULT_REUSE,
        on_cancelled: str = "raise",
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> ReportResult:
        """Create the report (one per window of the range), wait, download; the documents.

        Args:
            report_type: e.g. ``"GET_MERCHANT_LISTINGS_ALL_DATA"``.
            marketplace_ids: Default: the client's ``marketplace``.
            start: Start of the data range (aware datetime, or a date: midnight UTC).
            end: End of the data range (None: now).
            options: ``reportOptions``, e.g. ``{"ShowSalesChannel": "true"}``.
            restricted: Download with a Restricted Data Token; None decides by the
                report type (``spec/report_types.toml``).
            reuse: Reuse a report Amazon made for the same request within this
                long (None: always create).
            on_cancelled: ``"raise"`` (default) or ``"skip"`` (a window Amazon
                cancelled, usually for lack of data, counts as empty).
            wait: Waits between status checks and the overall timeout.
            progress: Called with a :class:`~selling_partner.Progress` at each step.

        Returns:
            A :class:`~selling_partner.ReportResult`; use it in a ``with`` block.

        Raises:
            ConfigurationError: a bad argument (nothing was sent).
            JobFailedError: Amazon ended a report FATAL (with its error document).
            JobCancelledError: a report was CANCELLED (``on_cancelled="raise"``).
            JobTimeoutError: not done within ``wait.timeout``.
            SellingPartnerError: any failure of the calls and downloads.
        """
        request = self._request(
            report_type,
            marketplace_ids,
            start=start,
            end=end,
            options=options,
            restricted=restricted,
            reuse=reuse,
            on_cancelled=on_cancelled,
        )
        shell = JobShell(self._sp, sleep=self._sleep, progress=progress)
        return shell.run(self._steps(request, (), wait))

    def rows(self, report_type: str, **kwargs: Any) -> Iterator[dict[str, str]]:
        """:meth:`fetch`'s arguments; every row, then the temporary files are deleted.

        ``encoding=`` and ``errors=`` go to :meth:`ReportResult.rows`.
        """
        decode: dict[str, Any] = {k: kwargs.pop(k) for k in ("encoding", "errors") if k in kwargs}
        result = self.fetch(report_type, **kwargs)
        return _rows_then_close(result, decode)

    def download(
        self,
        report_id: str,
        *,
        restricted: bool | None = None,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> ReportResult:
        """Wait for an existing report (yours, or a scheduled settlement); download it."""
        report_id = _check_report_id(report_id)
        shell = JobShell(self._sp, sleep=self._sleep, progress=progress)
        if restricted is not None and not isinstance(restricted, bool):
            raise ConfigurationError(f"restricted must be True, False or None, got {restricted!r}")
        return shell.run(self._steps(None, [report_id], wait, restricted))


class AsyncReports(_Base):
    """Report jobs on an :class:`~selling_partner.AsyncSellingPartner` (``sp.reports``)."""

    async def fetch(
        self,
        report_type: str,
        *,
        marketplace_ids: Sequence[str] | None = None,
        start: dt.datetime | dt.date | None = None,
        end: dt.datetime | dt.date | None = None,
        options: Mapping[str, str] | None = None,
        restricted: bool | None = None,
        reuse: dt.timedelta | None = DEFAULT_REUSE,
        on_cancelled: str = "raise",
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> ReportResult:
        """See :meth:`Reports.fetch` (``progress`` may be async)."""
        request = self._request(
            report_type,
            marketplace_ids,
            start=start,
            end=end,
            options=options,
            restricted=restricted,
            reuse=reuse,
            on_cancelled=on_cancelled,
        )
        shell = AsyncJobShell(self._sp, sleep=self._sleep, progress=progress)
        return await shell.run(self._steps(request, (), wait))

    async def rows(self, report_type: str, **kwargs: Any) -> AsyncIterator[dict[str, str]]:
        """See :meth:`Reports.rows`: ``async for row in sp.reports.rows(...)``."""
        decode = {k: kwargs.pop(k) for k in ("encoding", "errors") if k in kwargs}
        with await self.fetch(report_type, **kwargs) as result:
            for row in result.rows(**decode):
                yield row

    async def download(
        self,
        report_id: str,
        *,
        restricted: bool | None = None,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> ReportResult:
        """See :meth:`Reports.download`."""
        report_id = _check_report_id(report_id)
        shell = AsyncJobShell(self._sp, sleep=self._sleep, progress=progress)
        if restricted is not None and not isinstance(restricted, bool):
            raise ConfigurationError(f"restricted must be True, False or None, got {restricted!r}")
        return await shell.run(self._steps(None, [report_id], wait, restricted))


def _rows_then_close(result: ReportResult, decode: dict[str, Any]) -> Iterator[dict[str, str]]:
    with result:
        yield from result.rows(**decode)
