"""Feeds as one call: upload, create, wait, read the processing report (``sp.feeds``).

::

    result = sp.feeds.submit("JSON_LISTINGS_FEED", json.dumps(feed),
                             content_type="application/json; charset=UTF-8")
    print(result.summary)          # {"errors": 0, "warnings": 1, "messagesAccepted": 10, ...}
    for issue in result.issues:    # messageId, code, severity, message
        ...

What :meth:`Feeds.submit` does (the pure core is :func:`submit_steps`): creates a
feed document and uploads the content (``sp.documents.upload_feed``), creates
the feed (``createFeed``), checks it with ``getFeed`` until ``DONE``,
``CANCELLED`` or ``FATAL`` (waits as :class:`~selling_partner.WaitPolicy` says,
never faster than getFeed's usage plan), then downloads the processing report
(``resultFeedDocumentId``). ``FATAL`` raises
:class:`~selling_partner.JobFailedError` with the processing report's text;
``CANCELLED`` raises :class:`~selling_partner.JobCancelledError`.

``createFeed`` is not idempotent: if its connection breaks after sending, the
client raises ``OutcomeUnknownError`` (check ``getFeeds`` before submitting again).
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

from ._errors import ConfigurationError
from ._jobs import (
    AsyncJobShell,
    Call,
    Fetch,
    JobCancelledError,
    JobFailedError,
    JobShell,
    Notify,
    Progress,
    Steps,
    Upload,
    WaitPolicy,
    expect,
    unset_to_none,
    wait_until_done,
)
from ._results import FeedResult

__all__ = ["AsyncFeeds", "Feeds", "submit_steps"]

PACKAGE = "feeds_v2021_06_30"
_MODELS = "selling_partner_generated." + PACKAGE + ".models"
_FEED_TYPE = re.compile(r"^[A-Z0-9_]+$")


def _model(name: str) -> Any:
    return getattr(importlib.import_module(_MODELS), name)


def _status(feed: object) -> str:
    return str(expect(feed, "processing_status", "getFeed"))


def submit_steps(
    feed_type: str,
    content: Any,
    content_type: str,
    marketplace_ids: Sequence[str],
    options: Mapping[str, str],
    *,
    policy: WaitPolicy,
    clock: Callable[[], float],
    floor: float,
) -> Steps[FeedResult]:
    """The steps of one feed job (see the module docstring)."""
    document_id = yield Upload(content, content_type)
    yield Notify(Progress("feed", "uploaded", None))
    body: dict[str, Any] = {
        "feedType": feed_type,
        "marketplaceIds": list(marketplace_ids),
        "inputFeedDocumentId": document_id,
    }
    if options:
        body["feedOptions"] = dict(options)
    created = yield Call(
        PACKAGE, "create_feed", {"body": _model("CreateFeedSpecification").from_dict(body)}
    )
    feed_id = str(expect(created, "feed_id", "createFeed"))
    yield Notify(Progress("feed", "created", feed_id))
    (feed,) = yield from wait_until_done(
        job="feed",
        ids=[feed_id],
        get=lambda fid: Call(PACKAGE, "get_feed", {"feed_id": fid}),
        status_of=_status,
        operation="getFeed",
        floor=floor,
        policy=policy,
        clock=clock,
    )
    status = _status(feed)
    result_id = unset_to_none(getattr(feed, "result_feed_document_id", None))
    report = None
    if result_id is not None:
        report = yield Fetch("feed", str(result_id))
    if status != "DONE":
        error = JobFailedError if status == "FATAL" else JobCancelledError
        raise error(
            f"feed {feed_id} ({feed_type}) ended {status}",
            job="feed",
            job_id=feed_id,
            processing_status=status,
            document=report,
            operation="getFeed",
        )
    return FeedResult(
        feed_id=feed_id,
        feed_document_id=str(document_id),
        processing_status=status,
        result_feed_document_id=None if result_id is None else str(result_id),
        report=report,
    )


class _Base:
    def __init__(
        self,
        sp: Any,
        *,
        sleep: Any = None,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        del wall_clock  # feeds need no calendar time
        self._sp = sp
        self._sleep = sleep
        self._clock = clock if clock is not None else time.monotonic

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _steps(
        self,
        feed_type: object,
        content: Any,
        content_type: object,
        marketplace_ids: object,
        options: object,
        wait: object,
    ) -> Steps[FeedResult]:
        if not isinstance(feed_type, str) or not _FEED_TYPE.match(feed_type):
            raise ConfigurationError(
                f"feed_type must be an SP-API feed type such as 'JSON_LISTINGS_FEED', "
                f"got {feed_type!r}"
            )
        if not isinstance(content_type, str) or "/" not in content_type:
            raise ConfigurationError(
                "content_type must be the feed's media type, e.g. "
                f"'application/json; charset=UTF-8', got {content_type!r}"
            )
        if marketplace_ids is None:
            marketplace = getattr(self._sp, "marketplace", None)
            marketplace_ids = [marketplace.id] if marketplace is not None else None
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
        options = {} if options is None else options
        if not isinstance(options, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in options.items()
        ):
            raise ConfigurationError("options must map feedOptions names to strings")
        if wait is not None and not isinstance(wait, WaitPolicy):
            raise ConfigurationError(f"wait must be a WaitPolicy, got {type(wait).__name__}")
        return submit_steps(
            feed_type,
            content,
            content_type,
            list(marketplace_ids),
            dict(options),
            policy=wait if wait is not None else WaitPolicy(),
            clock=self._clock,
            floor=self._floor(),
        )

    def _floor(self) -> float:
        try:
            rate = self._sp.operations.get(PACKAGE, "get_feed").rate
        except Exception:  # an index without the Feeds API: only the policy's waits
            return 0.0
        return 1.0 / rate if rate else 0.0


class Feeds(_Base):
    """Feed jobs on a :class:`~selling_partner.SellingPartner` (``sp.feeds``)."""

    def submit(
        self,
        feed_type: str,
        content: bytes | str | BinaryIO,
        *,
        content_type: str,
        marketplace_ids: Sequence[str] | None = None,
        options: Mapping[str, str] | None = None,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> FeedResult:
        """Upload ``content``, create the feed, wait for it, read its processing report.

        Args:
            feed_type: e.g. ``"JSON_LISTINGS_FEED"``, ``"POST_FLAT_FILE_INVLOADER_DATA"``.
            content: bytes, a str (encoded with ``content_type``'s charset) or a
                seekable binary file (uploaded in chunks).
            content_type: e.g. ``"application/json; charset=UTF-8"``.
            marketplace_ids: Default: the client's ``marketplace``.
            options: ``feedOptions`` (strings).
            wait: Waits between status checks and the overall timeout.
            progress: Called with a :class:`~selling_partner.Progress` at each step.

        Returns:
            A :class:`~selling_partner.FeedResult` (``.report``, ``.json()``,
            ``.summary``, ``.issues``).

        Raises:
            ConfigurationError: a bad argument (nothing was sent).
            JobFailedError: the feed ended FATAL (with its processing report).
            JobCancelledError: the feed was CANCELLED.
            JobTimeoutError: not done within ``wait.timeout``.
        """
        steps = self._steps(feed_type, content, content_type, marketplace_ids, options, wait)
        return JobShell(self._sp, sleep=self._sleep, progress=progress).run(steps)


class AsyncFeeds(_Base):
    """Feed jobs on an :class:`~selling_partner.AsyncSellingPartner` (``sp.feeds``)."""

    async def submit(
        self,
        feed_type: str,
        content: bytes | str | BinaryIO,
        *,
        content_type: str,
        marketplace_ids: Sequence[str] | None = None,
        options: Mapping[str, str] | None = None,
        wait: WaitPolicy | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> FeedResult:
        """See :meth:`Feeds.submit` (``progress`` may be async)."""
        steps = self._steps(feed_type, content, content_type, marketplace_ids, options, wait)
        return await AsyncJobShell(self._sp, sleep=self._sleep, progress=progress).run(steps)
