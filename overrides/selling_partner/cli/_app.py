"""The ``selling-partner`` command line (typer): the commands and their wiring.

Output goes to stdout (JSON, or tables for people); errors, progress and
warnings to stderr. Exit codes are in :mod:`._output`.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO

import typer
from rich.console import Console
from rich.table import Table

from .._calls import retired_error, suggest
from .._credentials import mask
from .._errors import AuthError, SellingPartnerError
from .._operations import Operation, OperationIndex
from ._args import ArgumentError, call_arguments, parse_body
from ._output import EXIT_CODES_HELP, describe_error, dumps, exit_code, jsonable
from ._profiles import Settings, resolve

if TYPE_CHECKING:
    from .._client import SellingPartner

__all__ = ["app", "main"]

_HELP = (
    "Call Amazon's Selling Partner API from a shell.\n\n"
    "Credentials: the options below, else the profile named by --profile or "
    "SELLING_PARTNER_PROFILE, else the environment (SELLING_PARTNER_CLIENT_ID, "
    "SELLING_PARTNER_CLIENT_SECRET, SELLING_PARTNER_REFRESH_TOKEN, or the LWA_* names), "
    "else the profile 'default' of the config file "
    "(<user config folder>/selling-partner/config.toml). Secrets are never printed.\n\n"
    + EXIT_CODES_HELP
)

app = typer.Typer(
    name="selling-partner",
    help=_HELP,
    no_args_is_help=True,
    add_completion=False,
    # A traceback's local variables could hold credentials: never shown.
    pretty_exceptions_show_locals=False,
)
sandbox_app = typer.Typer(
    help="The offline SP-API (selling_partner.testing).", no_args_is_help=True
)
auth_app = typer.Typer(help="Check credentials.", no_args_is_help=True)
documents_app = typer.Typer(help="Report, feed and Data Kiosk documents.", no_args_is_help=True)
reports_app = typer.Typer(
    help="Reports: create, wait, download in one command.", no_args_is_help=True
)
feeds_app = typer.Typer(
    help="Feeds: upload, submit, wait for the processing report.", no_args_is_help=True
)
app.add_typer(sandbox_app, name="sandbox")
app.add_typer(auth_app, name="auth")
app.add_typer(documents_app, name="documents")
app.add_typer(reports_app, name="reports")
app.add_typer(feeds_app, name="feeds")


@dataclass(frozen=True)
class _State:
    given: Settings
    profile: str | None
    config: Path | None

    def settings(self) -> Settings:
        return resolve(
            self.given,
            profile=self.profile,
            environ=os.environ,
            config=self.config,
            warn=lambda text: typer.echo(text, err=True),
        )


def _out() -> Console:
    # Wide when not a terminal, so tables piped to a file are not folded.
    return Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


@contextlib.contextmanager
def _failures() -> Iterator[None]:
    """Print an error the library (or an argument) raised; exit with its code."""
    try:
        yield
    except (SellingPartnerError, ArgumentError) as exc:
        typer.echo(describe_error(exc), err=True)
        raise typer.Exit(exit_code(exc)) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


@app.callback()
def _root(
    ctx: typer.Context,
    profile: Annotated[
        str | None, typer.Option(help="Profile of the config file to use.", show_default=False)
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="Config file (default: the user's config folder).", show_default=False),
    ] = None,
    client_id: Annotated[str | None, typer.Option(help="LWA client id.")] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(help="LWA client secret (prefer the environment or a profile)."),
    ] = None,
    refresh_token: Annotated[
        str | None,
        typer.Option(help="The seller's refresh token (prefer the environment or a profile)."),
    ] = None,
    region: Annotated[str | None, typer.Option(help="na, eu or fe.")] = None,
    marketplace: Annotated[
        str | None, typer.Option(help="A marketplace id or country code; picks the region.")
    ] = None,
    sandbox: Annotated[
        bool | None,
        typer.Option("--sandbox/--production", help="Amazon's sandbox hosts.", show_default=False),
    ] = None,
    endpoint: Annotated[
        str | None, typer.Option(help="SP-API base URL (proxies, the offline SP-API).")
    ] = None,
    token_url: Annotated[str | None, typer.Option(help="Login with Amazon token URL.")] = None,
    proxy: Annotated[
        str | None,
        typer.Option(help="Forward proxy for every request (default: HTTPS_PROXY etc.)."),
    ] = None,
) -> None:
    given = Settings(
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
        region=region,
        marketplace=marketplace,
        sandbox=sandbox,
        endpoint=endpoint,
        token_url=token_url,
        proxy=proxy,
    )
    ctx.obj = _State(given, profile, config)


def _state(ctx: typer.Context) -> _State:
    state = ctx.find_root().obj
    assert isinstance(state, _State)
    return state


def _client(settings: Settings, **extra: Any) -> SellingPartner:
    from .._client import SellingPartner

    # Credentials were resolved above (they win); the environment still gives the
    # proxy variables (HTTPS_PROXY, NO_PROXY...).
    return SellingPartner(**{**settings.client_kwargs(), **extra}, env=os.environ)


# -- apis / ops ----------------------------------------------------------------------


def _index() -> OperationIndex:
    return OperationIndex.default()


def _package(index: OperationIndex, api: str) -> str:
    if api in index.packages():
        return api
    retired = retired_error(index, api, None)
    if retired is not None:
        raise retired
    raise ArgumentError(
        f"unknown API {api!r}"
        + suggest(api, list(index.packages()))
        + " (see: selling-partner apis)"
    )


def _operation(index: OperationIndex, api: str, name: str) -> Operation:
    package = _package(index, api)
    ops = index.operations(package)
    found = ops.get(name) or next((o for o in ops.values() if o.operation_id == name), None)
    if found is not None:
        return found
    retired = retired_error(index, package, name)
    if retired is not None:
        raise retired
    raise ArgumentError(
        f"API {package} has no operation {name!r}"
        + suggest(name, sorted(ops))
        + f" (see: selling-partner ops {package})"
    )


def _versions() -> dict[str, str]:
    table = importlib.import_module("selling_partner_generated.operations")
    return {k: str(v.get("version", "")) for k, v in table.API_PACKAGES.items()}


@app.command()
def apis(
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """List the APIs (the accessor names `call` and `ops` take)."""
    index = _index()
    versions = _versions()
    rows = [
        {
            "api": package,
            "version": versions.get(package, ""),
            "operations": len(index.operations(package)),
        }
        for package in index.packages()
    ]
    if as_json:
        for row in rows:
            typer.echo(dumps(row, pretty=False))
        return
    table = Table("API", "version", "operations", title=f"{len(rows)} APIs")
    for row in rows:
        table.add_row(str(row["api"]), str(row["version"]), str(row["operations"]))
    _out().print(table)


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


@app.command()
def ops(
    api: Annotated[str, typer.Argument(help="An API from `selling-partner apis`.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """List an API's operations: method, path, rate, burst, restricted, grantless, paginated."""
    with _failures():
        index = _index()
        package = _package(index, api)
        rows = [
            {
                "operation": op.name,
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "rate": op.rate,
                "burst": op.burst,
                "restricted": op.restricted,
                "grantless": op.grantless_scope,
                "paginated": op.pagination is not None,
            }
            for _, op in sorted(index.operations(package).items())
        ]
    if as_json:
        for row in rows:
            typer.echo(dumps(row, pretty=False))
        return
    table = Table(
        "operation",
        "method",
        "path",
        "rate/s",
        "burst",
        "restricted",
        "grantless",
        "paginated",
        title=f"{package}: {len(rows)} operations",
    )
    for row in rows:
        table.add_row(
            str(row["operation"]),
            str(row["method"]),
            str(row["path"]),
            "" if row["rate"] is None else f"{row['rate']:g}",
            "" if row["burst"] is None else str(row["burst"]),
            _yes(bool(row["restricted"])),
            str(row["grantless"] or ""),
            _yes(bool(row["paginated"])),
        )
    _out().print(table)


# -- call ----------------------------------------------------------------------------


def _read_body(body: str | None) -> str | None:
    if body is None:
        return None
    if body == "-":
        return sys.stdin.read()
    try:
        return Path(body).read_text(encoding="utf-8")
    except OSError as exc:
        raise ArgumentError(f"--body {body}: cannot read it ({exc.strerror})") from None


def _detailed(response: Any) -> dict[str, Any]:
    return {
        "status": response.status_code,
        "operation": response.operation,
        "request_id": response.request_id,
        "rate_limit": response.rate_limit,
        "attempts": response.attempts,
        "headers": dict(response.headers),
        "body": jsonable(response.parsed, response.content),
    }


@app.command(epilog=EXIT_CODES_HELP)
def call(
    ctx: typer.Context,
    api: Annotated[str, typer.Argument(help="An API, e.g. orders_v0 (see `apis`).")],
    operation: Annotated[
        str, typer.Argument(help="An operation, e.g. get_orders or getOrders (see `ops API`).")
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="name=value (the argument or Amazon's name); lists: a,b,c or repeat it.",
        ),
    ] = None,
    body: Annotated[
        str | None, typer.Option(help="The JSON request body: a file, or - for stdin.")
    ] = None,
    detailed: Annotated[
        bool, typer.Option(help="Status, request id, rate limit and headers with the body.")
    ] = False,
    pages: Annotated[
        bool, typer.Option(help="Follow the next-page token: one JSON line per page.")
    ] = False,
    restricted: Annotated[
        bool, typer.Option(help="Use a Restricted Data Token (operations returning PII).")
    ] = False,
) -> None:
    """Call one operation; print the answer as JSON (JSON Lines with --pages)."""
    with _failures():
        op = _operation(_index(), api, operation)
        fn = importlib.import_module(op.module).sync_detailed
        kwargs = call_arguments(op, fn, param or [])
        kwargs.update(parse_body(op, fn, _read_body(body)))
        if restricted:
            kwargs["restricted"] = True
        settings = _state(ctx).settings()
        with _client(settings) as sp:
            bound = getattr(getattr(sp, op.package), op.name)
            if pages:
                for response in bound.detailed_pages(**kwargs):
                    page = (
                        _detailed(response)
                        if detailed
                        else jsonable(response.parsed, response.content)
                    )
                    typer.echo(dumps(page, pretty=False))
                return
            response = bound.detailed(**kwargs)
            result = (
                _detailed(response) if detailed else jsonable(response.parsed, response.content)
            )
            typer.echo(dumps(result, pretty=True))


# -- documents -----------------------------------------------------------------------


class DocumentKind(StrEnum):
    """Which kind of document an id names."""

    report = "report"
    feed_result = "feed-result"
    data_kiosk = "data-kiosk"


class _Counting:
    """A sink that advances a progress bar as bytes are written."""

    def __init__(self, sink: BinaryIO, advance: Any) -> None:
        self._sink = sink
        self._advance = advance

    def write(self, data: bytes, /) -> int:
        written = self._sink.write(data)
        self._advance(len(data))
        return written


@documents_app.command("download")
def documents_download(
    ctx: typer.Context,
    document_id: Annotated[str, typer.Argument(help="The report, feed or Data Kiosk document id.")],
    kind: Annotated[DocumentKind, typer.Option(help="What the id names.")] = DocumentKind.report,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (default: stdout)."),
    ] = None,
) -> None:
    """Download a document (gunzipped); a progress bar on stderr when it is a terminal."""
    from rich.progress import DownloadColumn, Progress, SpinnerColumn, TransferSpeedColumn

    err = _err()
    with _failures():
        settings = _state(ctx).settings()
        partial = None if output is None else output.with_name(output.name + ".part")
        progress = Progress(
            SpinnerColumn(),
            "{task.description}",
            DownloadColumn(),
            TransferSpeedColumn(),
            console=err,
            disable=not err.is_terminal,
            transient=True,
        )
        try:
            with _client(settings) as sp, progress, contextlib.ExitStack() as stack:
                task = progress.add_task(document_id, total=None)
                target: BinaryIO = (
                    sys.stdout.buffer
                    if partial is None
                    else stack.enter_context(partial.open("wb"))
                )
                sink = _Counting(target, lambda n: progress.advance(task, n))
                if kind is DocumentKind.report:
                    sp.documents.stream_report(document_id, sink)
                elif kind is DocumentKind.feed_result:
                    sp.documents.stream_feed_result(document_id, sink)
                else:
                    sp.documents.stream_data_kiosk(document_id, sink)
            if partial is not None and output is not None:
                partial.replace(output)
        finally:
            if partial is not None:
                partial.unlink(missing_ok=True)
        if output is not None:
            typer.echo(f"wrote {output}", err=True)


# -- reports fetch / feeds submit ----------------------------------------------------


def _pairs(values: list[str] | None, what: str) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for pair in values or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ArgumentError(f"{what} {pair!r}: write it as name=value")
        out[name.strip()] = value
    return out or None


def _date(value: str | None, what: str) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArgumentError(
            f"{what}: expected an ISO 8601 date (2026-01-31) or date-time with a zone "
            f"(2026-01-31T12:00:00Z), got {value!r}"
        ) from None
    if moment.tzinfo is None:
        raise ArgumentError(f"{what}: give the zone too (2026-01-31T12:00:00Z), got {value!r}")
    return moment


@contextlib.contextmanager
def _job_status(what: str) -> Iterator[Any]:
    """A status line on stderr (a terminal only) fed by the jobs' ``progress=`` callback."""
    err = _err()
    if not err.is_terminal:
        yield None
        return
    with err.status(what) as status:

        def show(step: Any) -> None:
            part = f" (part {step.part}/{step.parts})" if step.parts > 1 else ""
            size = f", {step.bytes:,} bytes" if step.bytes else ""
            status.update(f"{step.job} {step.job_id or ''} {step.state}{part}{size}")

        yield show


_MARKETPLACES = typer.Option(
    "--marketplace-id", help="A marketplace id (repeat it); default: the client's --marketplace."
)
_TIMEOUT = typer.Option(help="Seconds to wait for Amazon before giving up (the job goes on).")


@reports_app.command("fetch", epilog=EXIT_CODES_HELP)
def reports_fetch(
    ctx: typer.Context,
    report_type: Annotated[str, typer.Argument(help="e.g. GET_MERCHANT_LISTINGS_ALL_DATA.")],
    marketplace_id: Annotated[list[str] | None, _MARKETPLACES] = None,
    start: Annotated[str | None, typer.Option(help="Start of the data (ISO 8601).")] = None,
    end: Annotated[
        str | None, typer.Option(help="End of the data (ISO 8601; default now).")
    ] = None,
    option: Annotated[
        list[str] | None, typer.Option("--option", help="A reportOptions name=value (repeat it).")
    ] = None,
    raw: Annotated[
        bool, typer.Option(help="The document's bytes as Amazon wrote them, not JSON Lines rows.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    timeout: Annotated[float, _TIMEOUT] = 3600.0,
) -> None:
    """Create a report (one per window Amazon allows), wait for it, print its rows.

    Rows come as JSON Lines (one object per row, keyed by the header line); --raw
    gives the document itself (JSON and XML reports too). A status line shows the
    wait on stderr when it is a terminal.
    """
    from .._jobs import WaitPolicy

    with _failures():
        settings = _state(ctx).settings()
        kwargs: dict[str, Any] = {
            "marketplace_ids": marketplace_id or None,
            "start": _date(start, "--start"),
            "end": _date(end, "--end"),
            "options": _pairs(option, "--option"),
            "wait": WaitPolicy(timeout=timeout),
        }
        partial = None if output is None else output.with_name(output.name + ".part")
        try:
            with (
                _client(settings) as sp,
                _job_status(f"report {report_type}") as show,
                contextlib.ExitStack() as stack,
            ):
                result = stack.enter_context(sp.reports.fetch(report_type, progress=show, **kwargs))
                sink: BinaryIO = (
                    sys.stdout.buffer
                    if partial is None
                    else stack.enter_context(partial.open("wb"))
                )
                if raw:
                    result.copy_to(sink)
                else:
                    for row in result.rows():
                        sink.write(dumps(row, pretty=False).encode() + b"\n")
            if partial is not None and output is not None:
                partial.replace(output)
        finally:
            if partial is not None:
                partial.unlink(missing_ok=True)


@feeds_app.command("submit", epilog=EXIT_CODES_HELP)
def feeds_submit(
    ctx: typer.Context,
    feed_type: Annotated[str, typer.Argument(help="e.g. JSON_LISTINGS_FEED.")],
    file: Annotated[str, typer.Argument(help="The feed: a file, or - for stdin.")],
    content_type: Annotated[
        str, typer.Option(help="e.g. 'application/json; charset=UTF-8' (sent to Amazon as is).")
    ],
    marketplace_id: Annotated[list[str] | None, _MARKETPLACES] = None,
    option: Annotated[
        list[str] | None, typer.Option("--option", help="A feedOptions name=value (repeat it).")
    ] = None,
    timeout: Annotated[float, _TIMEOUT] = 3600.0,
) -> None:
    """Upload a feed, submit it, wait; print the feed's ids and its processing report (JSON)."""
    from .._jobs import WaitPolicy

    with _failures():
        if file == "-":
            content: bytes = sys.stdin.buffer.read()
        else:
            try:
                content = Path(file).read_bytes()
            except OSError as exc:
                raise ArgumentError(f"{file}: cannot read it ({exc.strerror})") from None
        settings = _state(ctx).settings()
        with _client(settings) as sp, _job_status(f"feed {feed_type}") as show:
            result = sp.feeds.submit(
                feed_type,
                content,
                content_type=content_type,
                marketplace_ids=marketplace_id or None,
                options=_pairs(option, "--option"),
                wait=WaitPolicy(timeout=timeout),
                progress=show,
            )
        report: Any = result.report
        with contextlib.suppress(ValueError, SellingPartnerError):
            report = result.json()
        typer.echo(
            dumps(
                {
                    "feed_id": result.feed_id,
                    "feed_document_id": result.feed_document_id,
                    "processing_status": result.processing_status,
                    "result_feed_document_id": result.result_feed_document_id,
                    "report": report,
                },
                pretty=True,
            )
        )


# -- auth check ----------------------------------------------------------------------


def _marketplaces(content: bytes) -> str:
    data = jsonable(None, content)
    payload = data.get("payload") if isinstance(data, dict) else None
    names = [
        str(item.get("marketplace", {}).get("countryCode") or item.get("marketplace", {}).get("id"))
        for item in payload or []
        if isinstance(item, dict)
    ]
    return f"{len(names)} marketplace(s): {', '.join(names)}" if names else "no marketplace"


@auth_app.command("check")
def auth_check(ctx: typer.Context) -> None:
    """Exchange the token and call one cheap operation per region; say what works.

    Without --region, --marketplace or --endpoint every region is tried. Exits 0
    when the token works and at least one region answers, else with the code of
    the last error (4: authentication).
    """
    from .._regions import Region
    from .._retry import RetryPolicy
    from .._token_cache import InMemoryTokenCache

    with _failures():
        settings = _state(ctx).settings()
        seller = settings.refresh_token is not None
        typer.echo(
            f"client id {mask(settings.client_id or '')}"
            + (
                f", refresh token {mask(settings.refresh_token or '')}"
                if seller
                else ", no refresh token (grantless only)"
            )
        )
        if settings.endpoint or settings.region or settings.marketplace:
            targets = [("endpoint" if settings.endpoint else "region", settings)]
        else:
            targets = [(r.name, replace(settings, region=r.value)) for r in Region]
        cache = InMemoryTokenCache()
        ok = 0
        last: SellingPartnerError | None = None
        for label, target in targets:
            where = settings.endpoint or label
            try:
                with _client(
                    target, token_cache=cache, retry=RetryPolicy(max_attempts=2, max_total_wait=5)
                ) as sp:
                    if seller:
                        response = sp.sellers_v1.get_marketplace_participations.detailed()
                        what = f"getMarketplaceParticipations: {_marketplaces(response.content)}"
                    else:
                        response = sp.notifications_v1.get_destinations.detailed()
                        what = "getDestinations (grantless): ok"
                typer.echo(f"ok    {where}: {what} (request id {response.request_id})")
                ok += 1
            except AuthError as exc:
                last = exc
                if exc.operation == "LoginWithAmazon":
                    typer.echo(f"FAIL  Login with Amazon: {exc.message}")
                    break
                typer.echo(
                    f"FAIL  {where}: {exc.message} (status {exc.status}, request id "
                    f"{exc.request_id}); the seller may not have authorised this app there, "
                    "or the app lacks the role the operation needs"
                )
            except SellingPartnerError as exc:
                last = exc
                typer.echo(f"FAIL  {where}: {type(exc).__name__}: {exc}")
        if ok == 0:
            raise typer.Exit(exit_code(last) if last is not None else 1)


# -- sandbox serve -------------------------------------------------------------------


@sandbox_app.command("serve")
def sandbox_serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port; 0 picks a free one.")] = 8123,
) -> None:
    """Serve the offline SP-API (Login with Amazon plus every operation) until Ctrl-C."""
    from ..testing import OfflineSpApi

    server = OfflineSpApi(host=host, port=port)
    try:
        server.start()
    except OSError as exc:
        typer.echo(
            f"error: cannot listen on {host}:{port} ({exc.strerror}); --port 0 picks a free port",
            err=True,
        )
        raise typer.Exit(3) from None
    try:
        facts = server.settings()
        lines = [
            f"offline SP-API on {server.endpoint} ({len(server.operation_ids)} operations)",
            "",
            "  export SELLING_PARTNER_CLIENT_ID='{client_id}'",
            "  export SELLING_PARTNER_CLIENT_SECRET='{client_secret}'",
            "  export SELLING_PARTNER_REFRESH_TOKEN='{refresh_token}'",
            "  selling-partner --endpoint {endpoint} --token-url {token_url} call ...",
            "",
            "Ctrl-C stops it.",
        ]
        typer.echo("\n".join(line.format(**facts) for line in lines))
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    finally:
        server.stop()


def main() -> None:
    """The console script ``selling-partner``."""
    app()
