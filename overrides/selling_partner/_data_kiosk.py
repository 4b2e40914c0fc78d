"""Data Kiosk queries as one call: create, wait, download every page (``sp.data_kiosk``).

::

    for record in sp.data_kiosk.rows(query):        # JSON Lines records, every page
        ...
    with sp.data_kiosk.run(query) as result:         # the documents, kept until closed
        records = list(result.rows())

What :meth:`DataKiosk.run` does (the pure core is :func:`run_steps`): creates the
query (``createQuery``), checks it with ``getQuery`` until ``DONE``,
``CANCELLED`` or ``FATAL``, downloads its data document (none when there was no
data), and while the query answers a ``pagination.nextToken`` creates the next
page's query with it. ``FATAL`` raises :class:`~selling_partner.JobFailedError`
with Amazon's error document (``errorDocumentId``); ``CANCELLED`` raises
:class:`~selling_partner.JobCancelledError`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
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
from ._results import QueryResult

__all__ = ["AsyncDataKiosk", "DataKiosk", "run_steps"]

PACKAGE = "data_kiosk_v2023_11_15"
_MODELS = "selling_partner_generated." + PACKAGE + ".models"


def _status(query: object) -> str:
    return str(expect(query, "processing_status", "getQuery"))


def run_steps(
    query: str, *, policy: WaitPolicy, clock: Callable[[], float], floor: float
) -> Steps[QueryResult]:
    """The steps of one Data Kiosk job (see the module docstring)."""
    spec = importlib.import_module(_MODELS).CreateQuerySpecification
    parts: list[Spooled] = []
    ids: list[str] = []
    token: str | None = None
    try:
        while True:
            body: dict[str, Any] = {"query": query}
            if token is not None:
                body["paginationToken"] = token
            created = yield Call(PACKAGE, "create_query", {"body": spec.from_dict(body)})
            query_id = str(expect(created, "query_id", "createQuery"))
            ids.append(query_id)
            page = len(ids)
            yield Notify(Progress("query", "created", query_id, page, page))
            (answer,) = yield from wait_until_done(
                job="query",
                ids=[query_id],
                get=lambda qid: Call(PACKAGE, "get_query", {"query_id": qid}),
                status_of=_status,
                operation="getQuery",
                floor=floor,
                policy=policy,
                clock=clock,
                parts=page,
                first_part=page,
            )
            status = _status(answer)
            if status != "DONE":
                error_id = unset_to_none(getattr(answer, "error_document_id", None))
                text = None
                if error_id is not None:
                    text = yield Fetch("data_kiosk", str(error_id))
                error = JobFailedError if status == "FATAL" else JobCancelledError
                raise error(
                    f"Data Kiosk query {query_id} ended {status}",
                    job="query",
                    job_id=query_id,
                    processing_status=status,
                    document=text,
                    operation="getQuery",
                )
            data_id = unset_to_none(getattr(answer, "data_document_id", None))
            if data_id is not None:  # none: the query matched no data
                progress = Progress("query", "downloading", query_id, page, page)
                parts.append((yield Download("data_kiosk", str(data_id), False, progress)))
            pagination = unset_to_none(getattr(answer, "pagination", None))
            token = unset_to_none(getattr(pagination, "next_token", None))
            if token is None:
                return QueryResult(parts, query_ids=ids)
    except BaseException:
        for part in parts:
            part.close()
        raise


class _Base:
    def __init__(
        self,
        sp: Any,
        *,
        sleep: Any = None,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        del wall_clock
        self._sp = sp
        self._sleep = sleep
        self._clock = clock if clock is not None else time.monotonic

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _steps(self, query: object, wait: object) -> Steps[QueryResult]:
        if not isinstance(query, str) or not query.strip():
            raise ConfigurationError(
                "query must be a Data Kiosk GraphQL query string, e.g. "
                "'query { analytics_salesAndTraffic_2024_04_24 { ... } }'"
            )
        if wait is not None and not isinstance(wait, WaitPolicy):
            raise ConfigurationError(f"wait must be a WaitPolicy, got {type(wait).__name__}")
        try:
            rate = self._sp.operations.get(PACKAGE, "get_query").rate
        except Exception:  # an index without Data Kiosk: only the policy's waits
            rate = None
        return run_steps(
            query,
            policy=wait if wait is not None else WaitPolicy(),
            clock=self._clock,
            floor=1.0 / rate if rate else 0.0,
        )


class DataKiosk(_Base):
    """Data Kiosk jobs on a :class:`~selling_partner.SellingPartner` (``sp.data_kiosk``)."""

    def run(
        self,
        query: str,
        *,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> QueryResult:
        """Run ``query`` to its last page; its documents (use the result in a ``with`` block).

        Raises:
            ConfigurationError: an empty query (nothing was sent).
            JobFailedError: the query ended FATAL (with Amazon's error document).
            JobCancelledError: the query was CANCELLED.
            JobTimeoutError: a page was not done within ``wait.timeout``.
        """
        steps = self._steps(query, wait)
        return JobShell(self._sp, sleep=self._sleep, progress=progress).run(steps)

    def rows(self, query: str, **kwargs: Any) -> Iterator[Any]:
        """:meth:`run`, then every record of every page; the files are deleted at the end."""
        result = self.run(query, **kwargs)
        return _records_then_close(result)


class AsyncDataKiosk(_Base):
    """Data Kiosk jobs on an :class:`~selling_partner.AsyncSellingPartner`."""

    async def run(
        self,
        query: str,
        *,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> QueryResult:
        """See :meth:`DataKiosk.run`."""
        steps = self._steps(query, wait)
        return await AsyncJobShell(self._sp, sleep=self._sleep, progress=progress).run(steps)

    async def rows(self, query: str, **kwargs: Any) -> AsyncIterator[Any]:
        """See :meth:`DataKiosk.rows`: ``async for record in sp.data_kiosk.rows(query)``."""
        with await self.run(query, **kwargs) as result:
            for record in result.rows():
                yield record


def _records_then_close(result: QueryResult) -> Iterator[Any]:
    with result:
        yield from result.rows()
