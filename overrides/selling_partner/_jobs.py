"""What the report, feed and Data Kiosk jobs share: steps, waiting, errors, the two shells.

A job (``sp.reports.fetch``, ``sp.feeds.submit``, ``sp.data_kiosk.run``) is a
pure core: a generator that yields the I/O it needs as step objects and gets
each result sent back (an exception is thrown back in), as
``_transport._Core.exchange`` does for one request. :class:`JobShell` (sync)
and :class:`AsyncJobShell` (asyncio) carry the steps out on a client:

- :class:`Call`: an SP-API operation through the client (rate limiter, retries,
  errors, RDTs as for any call);
- :class:`Sleep`: the wait between status checks (the client's injected sleep);
- :class:`Download`: a document into a temporary file (``sp.documents``:
  gunzip, resume, fresh URL after expiry), so rows can be read in constant
  memory however large the document and however slowly they are consumed;
- :class:`Fetch`: a small document into memory (an error document);
- :class:`Upload`: a feed's content to a new feed document;
- :class:`Notify`: a :class:`Progress` for the caller's callback.

The waits come from :class:`WaitPolicy`, never faster than the status
operation's usage plan.
"""

from __future__ import annotations

import inspect
import tempfile
import time
from collections.abc import Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass, field, replace
from typing import IO, Any, TypeVar

from ._errors import ApiError, ConfigurationError

__all__ = [
    "AsyncJobShell",
    "Call",
    "Download",
    "Fetch",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobShell",
    "JobTimeoutError",
    "Notify",
    "Progress",
    "Sleep",
    "Spooled",
    "Steps",
    "Upload",
    "WaitPolicy",
    "expect",
    "unset_to_none",
    "wait_until_done",
]

T = TypeVar("T")

# Bytes between two progress notes while a document downloads.
_PROGRESS_EVERY = 8 << 20
# Most bytes of an error document kept in memory and in the exception.
ERROR_DOCUMENT_LIMIT = 64 * 1024
# What the message of an error quotes from the error document.
_QUOTE = 2000


# -- errors ------------------------------------------------------------------------


class JobError(ApiError):
    """A report, feed or Data Kiosk query ended without a usable result.

    Attributes:
        job: ``"report"``, ``"feed"`` or ``"query"``.
        job_id: The report, feed or query id (to look it up later).
        processing_status: Amazon's last ``processingStatus`` (None when unknown).
        document: The error document's text (Amazon's explanation), when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        job: str,
        job_id: str | None,
        processing_status: str | None = None,
        document: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.job = job
        self.job_id = job_id
        self.processing_status = processing_status
        self.document = document
        if document:
            quoted = document if len(document) <= _QUOTE else document[:_QUOTE] + " [...]"
            message = f"{message}; Amazon's error document says: {quoted.strip()}"
        super().__init__(message, operation=operation)


class JobFailedError(JobError):
    """Amazon ended the job with ``FATAL`` (``document`` says why, when Amazon wrote it)."""


class JobCancelledError(JobError):
    """The job was ``CANCELLED``: cancelled by a request, or (reports) there was no data."""


class JobTimeoutError(JobError):
    """The job did not finish within ``WaitPolicy.timeout``; it goes on at Amazon."""


# -- progress and waiting ----------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """One step of a job, for an optional ``progress=`` callback (e.g. a CLI's status line).

    Attributes:
        job: ``"report"``, ``"feed"`` or ``"query"``.
        state: ``"created"``, ``"reused"``, ``"uploaded"``, Amazon's processing
            status (``"IN_QUEUE"``, ``"IN_PROGRESS"``, ``"DONE"``, ``"CANCELLED"``,
            ``"FATAL"``), ``"downloading"`` or ``"downloaded"``.
        job_id: The report, feed or query id (None before it exists).
        part: Which part of the job (a report's window, a query's page), from 1.
        parts: How many parts are known so far.
        bytes: Document bytes downloaded so far (decompressed), for ``downloading``
            and ``downloaded``.
    """

    job: str
    state: str
    job_id: str | None = None
    part: int = 1
    parts: int = 1
    bytes: int = 0


@dataclass(frozen=True)
class WaitPolicy:
    """How long to wait between status checks, and for how long in all.

    The first check is immediate (a reused report may be done already), then
    waits grow from ``first`` by ``factor`` up to ``most``, never shorter than
    one request interval of the status operation's usage plan (``getReport``:
    2 requests/s). Each check still goes through the client's rate limiter.

    Attributes:
        first: Seconds before the second check.
        factor: Growth of the wait after each check (>= 1).
        most: Longest wait between two checks, in seconds.
        timeout: Seconds after which :class:`JobTimeoutError` is raised (None:
            wait as long as it takes). The job goes on at Amazon: fetch it later
            by its id.
    """

    first: float = 2.0
    factor: float = 1.5
    most: float = 60.0
    timeout: float | None = 3600.0

    def __post_init__(self) -> None:
        for name in ("first", "most"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not value > 0:
                raise ConfigurationError(f"WaitPolicy.{name} must be > 0 seconds, got {value!r}")
        if not isinstance(self.factor, int | float) or not self.factor >= 1:
            raise ConfigurationError(f"WaitPolicy.factor must be >= 1, got {self.factor!r}")
        if self.timeout is not None and (
            not isinstance(self.timeout, int | float) or not self.timeout > 0
        ):
            raise ConfigurationError(
                f"WaitPolicy.timeout must be > 0 seconds or None, got {self.timeout!r}"
            )

    def waits(self, floor: float) -> Iterator[float]:
        """The waits between checks: growing, at least ``floor`` seconds each."""
        wait = max(self.first, floor)
        while True:
            yield wait
            wait = max(min(self.most, wait * self.factor), floor)


# -- steps -------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """Call ``sp.<package>.<operation>(**kwargs)``; the result is the parsed model."""

    package: str
    operation: str
    kwargs: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Sleep:
    """Wait ``seconds``."""

    seconds: float


@dataclass(frozen=True)
class Download:
    """Download a document into a temporary file; the result is a :class:`Spooled`.

    ``kind`` is ``"report"``, ``"feed"`` or ``"data_kiosk"``; ``progress`` is the
    note to send (with ``bytes`` filled in) while it downloads.
    """

    kind: str
    document_id: str
    restricted: bool
    progress: Progress


@dataclass(frozen=True)
class Fetch:
    """Download a small document (an error document) into memory; the result is text.

    At most :data:`ERROR_DOCUMENT_LIMIT` bytes are kept.
    """

    kind: str
    document_id: str
    restricted: bool = False


@dataclass(frozen=True)
class Upload:
    """Create a feed document and upload ``content``; the result is its ``feedDocumentId``."""

    content: Any = field(repr=False)
    content_type: str


@dataclass(frozen=True)
class Notify:
    """Hand ``progress`` to the caller's callback."""

    progress: Progress


Step = Call | Sleep | Download | Fetch | Upload | Notify
Steps = Generator[Step, Any, T]


@dataclass
class Spooled:
    """A downloaded document in a temporary file (deleted when closed).

    Attributes:
        file: The binary temporary file, positioned anywhere (readers seek to 0).
        info: What the download received (content type, charset, sizes).
    """

    file: IO[bytes] = field(repr=False)
    info: Any

    def close(self) -> None:
        self.file.close()


# -- helpers for the cores ---------------------------------------------------------


def unset_to_none(value: object) -> Any:
    """A model attribute with the generator's ``UNSET`` (or None) as None."""
    return None if value is None or type(value).__name__ == "Unset" else value


def expect(parsed: object, attribute: str, operation: str) -> Any:
    """``parsed.<attribute>``, or an :class:`ApiError` when the answer has none.

    A client built with ``raise_errors=False`` hands back Amazon's error list
    instead of raising; a job cannot go on without the value, so it raises.
    """
    value = unset_to_none(getattr(parsed, attribute, None))
    if value is None:
        errors = getattr(parsed, "errors", None)
        said = ""
        if isinstance(errors, list) and errors:
            said = ": " + "; ".join(
                f"{getattr(e, 'code', '')} {getattr(e, 'message', '')}".strip() for e in errors
            )
        raise ApiError(
            f"{operation} answered without {attribute} ({type(parsed).__name__}){said}",
            operation=operation,
        )
    return value


def wait_until_done(
    *,
    job: str,
    ids: list[str],
    get: Callable[[str], Call],
    status_of: Callable[[Any], str],
    operation: str,
    floor: float,
    policy: WaitPolicy,
    clock: Callable[[], float],
    parts: int | None = None,
    first_part: int = 1,
) -> Generator[Step, Any, list[Any]]:
    """Check each job until every one is ``DONE``, ``CANCELLED`` or ``FATAL``.

    Returns the last answer of each id, in ``ids`` order; notifies each change of state.

    Raises:
        JobTimeoutError: ``policy.timeout`` passed first (names the ids still pending).
    """
    started = clock()
    finished: dict[str, Any] = {}
    last: dict[str, str] = {}
    waits = policy.waits(floor)
    total = parts if parts is not None else len(ids)
    while True:
        for number, job_id in enumerate(ids, start=first_part):
            if job_id in finished:
                continue
            answer = yield get(job_id)
            status = status_of(answer)
            if last.get(job_id) != status:
                last[job_id] = status
                yield Notify(Progress(job, status, job_id, number, total))
            if status in ("DONE", "CANCELLED", "FATAL"):
                finished[job_id] = answer
        if len(finished) == len(ids):
            return [finished[job_id] for job_id in ids]
        wait = next(waits)
        if policy.timeout is not None and clock() + wait - started > policy.timeout:
            pending = [f"{job_id} ({last.get(job_id)})" for job_id in ids if job_id not in finished]
            raise JobTimeoutError(
                f"{job}s still processing after {policy.timeout:g} s: {', '.join(pending)}; they "
                "go on at Amazon: fetch them later by id, or pass a WaitPolicy with a longer "
                "timeout",
                job=job,
                job_id=ids[0] if len(ids) == 1 else None,
                processing_status=last.get(ids[0]) if len(ids) == 1 else None,
                operation=operation,
            )
        yield Sleep(wait)


# -- shells ------------------------------------------------------------------------


_DOWNLOADERS = {
    "report": "stream_report",
    "feed": "stream_feed_result",
    "data_kiosk": "stream_data_kiosk",
}
_FETCHERS = {
    "report": "download_report",
    "feed": "download_feed_result",
    "data_kiosk": "download_data_kiosk",
}


class _Counting:
    """A sink that writes to ``file`` and reports progress every few megabytes."""

    def __init__(self, file: IO[bytes], note: Callable[[int], Any]) -> None:
        self.file = file
        self.note = note
        self.size = 0
        self.next_note = _PROGRESS_EVERY

    def write(self, data: bytes) -> Any:
        self.file.write(data)
        self.size += len(data)
        if self.size >= self.next_note:
            self.next_note = self.size + _PROGRESS_EVERY
            return self.note(self.size)
        return None


def _check_progress(progress: object) -> Callable[[Progress], Any] | None:
    if progress is not None and not callable(progress):
        raise ConfigurationError(
            f"progress must be a callable taking a Progress, got {type(progress).__name__}"
        )
    return progress


class JobShell:
    """Carries out a job's steps on a :class:`~selling_partner.SellingPartner`."""

    def __init__(
        self,
        sp: Any,
        *,
        sleep: Callable[[float], None] | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> None:
        self._sp = sp
        self._sleep = sleep if sleep is not None else time.sleep
        self._progress = _check_progress(progress)

    def run(self, steps: Steps[T]) -> T:
        """Drive ``steps`` to its end; return its value (or raise what it raised)."""
        reply: Any = None
        error: Exception | None = None
        while True:
            try:
                step = steps.throw(error) if error is not None else steps.send(reply)
            except StopIteration as done:
                result: T = done.value
                return result
            reply, error = None, None
            try:
                reply = self._do(step)
            except Exception as exc:
                error = exc

    def _do(self, step: Step) -> Any:
        if isinstance(step, Call):
            return getattr(getattr(self._sp, step.package), step.operation)(**step.kwargs)
        if isinstance(step, Sleep):
            self._sleep(step.seconds)
            return None
        if isinstance(step, Notify):
            self._notify(step.progress)
            return None
        if isinstance(step, Download):
            return self._download(step)
        if isinstance(step, Fetch):
            args = {"restricted": True} if step.restricted else {}
            data = getattr(self._sp.documents, _FETCHERS[step.kind])(step.document_id, **args)
            return bytes(data[:ERROR_DOCUMENT_LIMIT]).decode("utf-8", "replace")
        return self._sp.documents.upload_feed(step.content, step.content_type)

    def _notify(self, progress: Progress) -> None:
        if self._progress is not None:
            self._progress(progress)

    def _download(self, step: Download) -> Spooled:
        file = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller; closed on failure
        try:
            self._notify(replace(step.progress, state="downloading"))
            sink = _Counting(file, lambda n: self._notify(replace(step.progress, bytes=n)))
            args = {"restricted": True} if step.restricted else {}
            info = getattr(self._sp.documents, _DOWNLOADERS[step.kind])(
                step.document_id, sink, **args
            )
            self._notify(replace(step.progress, state="downloaded", bytes=sink.size))
        except BaseException:
            file.close()
            raise
        return Spooled(file, info)


class AsyncJobShell:
    """Carries out a job's steps on an :class:`~selling_partner.AsyncSellingPartner`.

    ``progress`` may be a plain or an async callable.
    """

    def __init__(
        self,
        sp: Any,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        progress: Callable[[Progress], Any] | None = None,
    ) -> None:
        self._sp = sp
        self._sleep = sleep
        self._progress = _check_progress(progress)

    async def run(self, steps: Steps[T]) -> T:
        """Drive ``steps`` to its end; return its value (or raise what it raised)."""
        reply: Any = None
        error: Exception | None = None
        while True:
            try:
                step = steps.throw(error) if error is not None else steps.send(reply)
            except StopIteration as done:
                result: T = done.value
                return result
            reply, error = None, None
            try:
                reply = await self._do(step)
            except Exception as exc:
                error = exc

    async def _do(self, step: Step) -> Any:
        if isinstance(step, Call):
            return await getattr(getattr(self._sp, step.package), step.operation)(**step.kwargs)
        if isinstance(step, Sleep):
            if self._sleep is None:
                import asyncio

                await asyncio.sleep(step.seconds)
            else:
                await self._sleep(step.seconds)
            return None
        if isinstance(step, Notify):
            await self._notify(step.progress)
            return None
        if isinstance(step, Download):
            return await self._download(step)
        if isinstance(step, Fetch):
            args = {"restricted": True} if step.restricted else {}
            data = await getattr(self._sp.documents, _FETCHERS[step.kind])(step.document_id, **args)
            return bytes(data[:ERROR_DOCUMENT_LIMIT]).decode("utf-8", "replace")
        return await self._sp.documents.upload_feed(step.content, step.content_type)

    async def _notify(self, progress: Progress) -> None:
        if self._progress is not None:
            result = self._progress(progress)
            if inspect.isawaitable(result):
                await result

    async def _download(self, step: Download) -> Spooled:
        file = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller; closed on failure
        try:
            await self._notify(replace(step.progress, state="downloading"))
            sink = _Counting(file, lambda n: self._notify(replace(step.progress, bytes=n)))
            args = {"restricted": True} if step.restricted else {}
            info = await getattr(self._sp.documents, _DOWNLOADERS[step.kind])(
                step.document_id, sink, **args
            )
            await self._notify(replace(step.progress, state="downloaded", bytes=sink.size))
        except BaseException:
            file.close()
            raise
        return Spooled(file, info)
