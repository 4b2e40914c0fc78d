"""Reports, feeds and Data Kiosk queries with lifecycles, and the S3 bucket of their documents.

``FakeSpApi.jobs`` is a :class:`JobsWorld`. It answers the Reports, Feeds and
Data Kiosk operations statefully (after the server's token, fault, rate-limit
and parameter checks), and serves the documents at presigned-looking URLs
under ``<endpoint>/_s3/`` (``X-Amz-Signature`` and friends in the query):

- each ``getReport``/``getFeed``/``getQuery`` moves the job one step along its
  plan's ``statuses`` (default ``IN_QUEUE`` -> ``IN_PROGRESS`` -> ``DONE``; the
  last one stays);
- ``plan_report(report_type, ...)`` sets what the next reports of a type do:
  statuses, content (bytes, or a function of the createReport body so that
  each window gets its own rows), ``gzip``, S3's ``content_type`` (odd charsets),
  an ``error_document`` for FATAL/CANCELLED; ``plan_feed`` and ``plan_queries``
  the same for feeds (the processing report may be computed from the upload)
  and Data Kiosk (one document per page, linked by ``nextToken``);
- S3 honours ``Range`` (206) and ``If-Match``, refuses a PUT whose Content-Type
  is not the one given to createFeedDocument (``SignatureDoesNotMatch``), and
  answers ``403 Request has expired`` for URLs older than ``url_ttl`` seconds
  (server clock) or after ``expire_urls()``;
- S3 faults: ``s3_fail_next(n, status)`` and ``s3_cut_next(n, after)`` (the body
  stops after ``after`` bytes although Content-Length promised all of it);
- with ``track_subscriptions = True``, notification destinations and
  subscriptions are kept (``getSubscription`` answers 404 until one is
  created) and ``sendTestNotification`` appends an SQS body to ``queue``.

Nothing recorded holds a signature: records name the path only.
"""

from __future__ import annotations

import datetime as dt
import email.message
import gzip as gzip_module
import hashlib
import json
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

__all__ = ["S3_PREFIX", "FeedPlan", "JobsWorld", "QueryPlan", "ReportPlan", "S3Answer"]

S3_PREFIX = "/_s3/"
_DEFAULT_STATUSES = ("IN_QUEUE", "IN_PROGRESS", "DONE")
_EXPIRED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Request has expired</Message><RequestId>FAKES3</RequestId></Error>"
)
_SIGNATURE = (
    b"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated "
    b"does not match the signature you provided.</Message></Error>"
)

Content = bytes | Callable[[Mapping[str, Any]], bytes]


@dataclass
class ReportPlan:
    """What the reports of one type do (see the module docstring)."""

    statuses: Sequence[str] = _DEFAULT_STATUSES
    content: Content = b"sku\tquantity\nSKU-1\t1\n"
    gzip: bool = True
    content_type: str = "text/plain; charset=UTF-8"
    error_document: bytes | None = None
    restricted: bool = False  # the document needs an RDT for its concrete path


@dataclass
class FeedPlan:
    """What the feeds of one type do; ``result`` may be a function of the uploaded bytes."""

    statuses: Sequence[str] = _DEFAULT_STATUSES
    result: bytes | Callable[[bytes], bytes] | None = None
    gzip: bool = False
    content_type: str = "application/json; charset=UTF-8"


@dataclass
class QueryPlan:
    """Data Kiosk queries: one JSON Lines document per page (``b""``: no data)."""

    pages: Sequence[bytes] = (b'{"n": 1}\n',)
    statuses: Sequence[str] = _DEFAULT_STATUSES
    error_document: bytes | None = None


@dataclass
class S3Answer:
    """An answer of the fake S3 (``declared``: a Content-Length larger than the body)."""

    status: int
    body: bytes
    headers: dict[str, str]
    declared: int | None = None


@dataclass
class _Job:
    kind: str
    job_id: str
    facts: dict[str, Any]
    statuses: Sequence[str]
    step: int = -1
    document_id: str | None = None  # DONE's document (or FATAL's error document)

    @property
    def status(self) -> str:
        return self.statuses[max(self.step, 0)]


@dataclass
class _Object:
    body: bytes
    content_type: str

    @property
    def etag(self) -> str:
        # S3's ETag of a single-part object is its MD5: stable, so recordings repeat.
        return '"' + hashlib.md5(self.body, usedforsecurity=False).hexdigest()[:16] + '"'


def _iso(when: float) -> str:
    return dt.datetime.fromtimestamp(when, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _listings_report(uploaded: bytes) -> bytes:
    """A listings processing report counting the uploaded JSON_LISTINGS_FEED's messages."""
    try:
        messages = json.loads(uploaded).get("messages", [])
    except (ValueError, AttributeError):
        messages = []
    issues = [
        {
            "messageId": m.get("messageId"),
            "code": "90220",
            "severity": "ERROR",
            "message": "'attributes' is required but not supplied.",
        }
        for m in messages
        if isinstance(m, dict) and m.get("operationType") != "DELETE" and not m.get("attributes")
    ]
    report = {
        "header": {"sellerId": "A3FAKESELLER", "version": "2.0", "feedId": "fake"},
        "issues": issues,
        "summary": {
            "errors": len(issues),
            "warnings": 0,
            "messagesProcessed": len(messages),
            "messagesAccepted": len(messages) - len(issues),
            "messagesInvalid": len(issues),
        },
    }
    return json.dumps(report).encode()


class JobsWorld:
    """The stateful Reports / Feeds / Data Kiosk part of the fake, and its S3."""

    HANDLED = frozenset(
        {
            ("reports_v2021_06_30", "createReport"),
            ("reports_v2021_06_30", "getReport"),
            ("reports_v2021_06_30", "getReports"),
            ("reports_v2021_06_30", "cancelReport"),
            ("reports_v2021_06_30", "getReportDocument"),
            ("feeds_v2021_06_30", "createFeedDocument"),
            ("feeds_v2021_06_30", "createFeed"),
            ("feeds_v2021_06_30", "getFeed"),
            ("feeds_v2021_06_30", "getFeedDocument"),
            ("data_kiosk_v2023_11_15", "createQuery"),
            ("data_kiosk_v2023_11_15", "getQuery"),
            ("data_kiosk_v2023_11_15", "getDocument"),
            ("notifications_v1", "getDestinations"),
            ("notifications_v1", "createDestination"),
            ("notifications_v1", "getSubscription"),
            ("notifications_v1", "createSubscription"),
            ("notifications_v1", "sendTestNotification"),
        }
    )

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        url_ttl: float = 300.0,
    ) -> None:
        self._clock = clock
        self._wall_clock = wall_clock
        self.url_ttl = url_ttl
        self.report_plans: dict[str, ReportPlan] = {}
        self.feed_plans: dict[str, FeedPlan] = {}
        self.query_plan = QueryPlan()
        self.reports: dict[str, _Job] = {}
        self.feeds: dict[str, _Job] = {}
        self.queries: dict[str, _Job] = {}
        self.documents: dict[str, dict[str, Any]] = {}  # document id -> getXDocument answer
        self.objects: dict[str, _Object] = {}
        self.uploads: dict[str, bytes] = {}  # feed document id -> uploaded bytes
        self._upload_types: dict[str, str] = {}  # S3 key -> Content-Type it was signed for
        self._signatures: dict[str, float] = {}  # signature -> expiry (server clock)
        self._faults: deque[tuple[str, int, int]] = deque()  # kind, status/after, remaining
        self.s3_requests: list[tuple[str, str, str | None]] = []  # method, path, Range
        # Off: the notifications operations answer the model's examples, as before.
        self.track_subscriptions = False
        self.destinations: list[dict[str, Any]] = []
        self.subscriptions: dict[str, dict[str, Any]] = {}  # notification type -> subscription
        self.queue: list[str] = []  # SQS bodies of the test notifications sent (any queue)
        self.restricted_documents: set[str] = set()
        self.rdt_documents: list[str] = []  # report documents fetched with an RDT
        self.refused_without_rdt = 0
        self._serial = 0

    def handles(self, package: str, operation_id: str) -> bool:
        """Whether this world answers the operation (notifications: when tracking)."""
        if package == "notifications_v1" and not self.track_subscriptions:
            return False
        return (package, operation_id) in self.HANDLED

    # -- plans and faults ------------------------------------------------------------

    def plan_report(self, report_type: str, **kwargs: Any) -> ReportPlan:
        """What the next reports of ``report_type`` do (:class:`ReportPlan` fields)."""
        plan = ReportPlan(**kwargs)
        self.report_plans[report_type] = plan
        return plan

    def plan_feed(self, feed_type: str, **kwargs: Any) -> FeedPlan:
        """What the next feeds of ``feed_type`` do (:class:`FeedPlan` fields)."""
        plan = FeedPlan(**kwargs)
        self.feed_plans[feed_type] = plan
        return plan

    def plan_queries(self, **kwargs: Any) -> QueryPlan:
        """What the next Data Kiosk queries do (:class:`QueryPlan` fields)."""
        self.query_plan = QueryPlan(**kwargs)
        return self.query_plan

    def expire_urls(self) -> None:
        """Every presigned URL issued so far answers 403 ``Request has expired``."""
        for signature in self._signatures:
            self._signatures[signature] = float("-inf")

    def s3_fail_next(self, n: int = 1, status: int = 503) -> None:
        """The next ``n`` S3 requests answer ``status`` (S3's XML error)."""
        self._faults.append(("fail", status, n))

    def s3_cut_next(self, n: int = 1, after: int = 100) -> None:
        """The next ``n`` S3 downloads stop after ``after`` bytes of the promised body."""
        self._faults.append(("cut", after, n))

    # -- helpers ---------------------------------------------------------------------

    def _id(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}{self._serial:06d}"

    def _presign(self, base: str, key: str) -> str:
        signature = secrets.token_hex(32)
        self._signatures[signature] = self._clock() + self.url_ttl
        return (
            f"{base}{S3_PREFIX}{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential=ASIAFAKE{secrets.token_hex(4).upper()}%2F20261128%2Fus-east-1"
            f"%2Fs3%2Faws4_request&X-Amz-Date=20261128T000000Z&X-Amz-Expires={int(self.url_ttl)}"
            f"&X-Amz-SignedHeaders=host&X-Amz-Signature={signature}"
        )

    def _store(self, base: str, kind: str, body: bytes, *, gzip: bool, content_type: str) -> str:
        document_id = self._id(f"amzn1.spdoc.1.4.na.{kind}.")
        key = f"{kind}/{document_id}"
        stored = gzip_module.compress(body, mtime=0) if gzip else body
        self.objects[key] = _Object(stored, content_type)
        answer: dict[str, Any] = {"key": key}
        if gzip:
            answer["compressionAlgorithm"] = "GZIP"
        self.documents[document_id] = answer
        return document_id

    def _document_answer(
        self, base: str, document_id: str, id_field: str, url_field: str
    ) -> tuple[int, Any]:
        stored = self.documents.get(document_id)
        if stored is None:
            return 404, {"errors": [{"code": "NotFound", "message": "No such document."}]}
        answer = {id_field: document_id, url_field: self._presign(base, stored["key"])}
        if "compressionAlgorithm" in stored and url_field == "url":
            answer["compressionAlgorithm"] = stored["compressionAlgorithm"]
        return 200, answer

    @staticmethod
    def _advance(job: _Job) -> str:
        job.step = min(job.step + 1, len(job.statuses) - 1)
        return job.status

    # -- SP-API ----------------------------------------------------------------------

    def answer(
        self,
        package: str,
        operation_id: str,
        path: Mapping[str, str],
        query: str,
        body: bytes,
        base: str,
        *,
        rdt: frozenset[str] | None = None,
    ) -> tuple[int, Any]:
        """Status and JSON body for one of :attr:`HANDLED` (``rdt``: the RDT's resources)."""
        sent = json.loads(body) if body.strip() else {}
        if package == "reports_v2021_06_30" and operation_id == "getReportDocument":
            document_id = path.get("reportDocumentId", "")
            needed = f"GET /reports/2021-06-30/documents/{document_id}"
            if document_id in self.restricted_documents and (rdt is None or needed not in rdt):
                self.refused_without_rdt += 1
                return 403, {
                    "errors": [
                        {
                            "code": "Unauthorized",
                            "message": "Access to requested resource is denied.",
                            "details": "This report type needs a Restricted Data Token.",
                        }
                    ]
                }
            if rdt is not None:
                self.rdt_documents.append(document_id)
        if package == "reports_v2021_06_30":
            return self._reports(operation_id, path, query, sent, base)
        if package == "notifications_v1":
            return self._notifications(operation_id, path, sent)
        if package == "feeds_v2021_06_30":
            return self._feeds(operation_id, path, sent, base)
        return self._queries(operation_id, path, sent, base)

    def _report_json(self, job: _Job) -> dict[str, Any]:
        out = dict(job.facts)
        out["processingStatus"] = job.status
        if job.document_id is not None and job.status in ("DONE", "FATAL", "CANCELLED"):
            out["reportDocumentId"] = job.document_id
        return out

    def _reports(
        self, operation_id: str, path: Mapping[str, str], query: str, sent: Any, base: str
    ) -> tuple[int, Any]:
        if operation_id == "createReport":
            report_id = self._id("")
            facts = {
                "reportId": report_id,
                "reportType": sent["reportType"],
                "marketplaceIds": sent["marketplaceIds"],
                "createdTime": _iso(self._wall_clock()),
            }
            for name in ("dataStartTime", "dataEndTime"):
                if name in sent:
                    facts[name] = sent[name]
            plan = self.report_plans.get(sent["reportType"], ReportPlan())
            created = _Job("report", report_id, facts, tuple(plan.statuses))
            created.facts["_plan"] = plan
            created.facts["_request"] = sent
            self.reports[report_id] = created
            return 202, {"reportId": report_id}
        if operation_id == "getReports":
            return 200, {"reports": self._listing(parse_qs(query))}
        report_id = path.get("reportId") or path.get("reportDocumentId") or ""
        if operation_id == "getReportDocument":
            return self._document_answer(base, report_id, "reportDocumentId", "url")
        job = self.reports.get(report_id)
        if job is None:
            return 404, {"errors": [{"code": "NotFound", "message": "No such report."}]}
        if operation_id == "cancelReport":
            job.statuses = (*job.statuses[: max(job.step, 0) + 1], "CANCELLED")
            return 200, None
        status = self._advance(job)
        self._finish_report(job, status, base)
        return 200, self._public(self._report_json(job))

    def _finish_report(self, job: _Job, status: str, base: str) -> None:
        if job.document_id is not None:
            return
        plan: ReportPlan = job.facts["_plan"]
        if status == "DONE":
            content = plan.content
            data = content(job.facts["_request"]) if callable(content) else content
            job.document_id = self._store(
                base, "report", data, gzip=plan.gzip, content_type=plan.content_type
            )
            if plan.restricted:
                self.restricted_documents.add(job.document_id)
        elif status in ("FATAL", "CANCELLED") and plan.error_document is not None:
            job.document_id = self._store(
                base,
                "report",
                plan.error_document,
                gzip=plan.gzip,
                content_type="application/json",
            )

    @staticmethod
    def _public(facts: Mapping[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in facts.items() if not k.startswith("_")}

    def _listing(self, params: Mapping[str, list[str]]) -> list[dict[str, Any]]:
        def wanted(name: str) -> set[str] | None:
            values = params.get(name)
            return set(",".join(values).split(",")) if values else None

        types, statuses, marketplaces = (
            wanted("reportTypes"),
            wanted("processingStatuses"),
            wanted("marketplaceIds"),
        )
        since = params.get("createdSince", [None])[0]
        out = []
        for job in self.reports.values():
            facts = self._report_json(job)
            if types is not None and facts["reportType"] not in types:
                continue
            if statuses is not None and facts["processingStatus"] not in statuses:
                continue
            if marketplaces is not None and not marketplaces & set(facts["marketplaceIds"]):
                continue
            if since is not None and facts["createdTime"] < since[:19].replace(" ", "T"):
                continue
            out.append(self._public(facts))
        return out

    def _feeds(
        self, operation_id: str, path: Mapping[str, str], sent: Any, base: str
    ) -> tuple[int, Any]:
        if operation_id == "createFeedDocument":
            document_id = self._id("amzn1.tortuga.4.na.")
            key = f"uploads/{document_id}"
            self._upload_types[key] = sent["contentType"]
            self.documents[document_id] = {"key": key}
            return 201, {"feedDocumentId": document_id, "url": self._presign(base, key)}
        if operation_id == "getFeedDocument":
            return self._document_answer(
                base, path.get("feedDocumentId", ""), "feedDocumentId", "url"
            )
        if operation_id == "createFeed":
            feed_id = self._id("")
            plan = self.feed_plans.get(sent["feedType"], FeedPlan())
            facts = {
                "feedId": feed_id,
                "feedType": sent["feedType"],
                "marketplaceIds": sent["marketplaceIds"],
                "createdTime": _iso(self._wall_clock()),
                "_plan": plan,
                "_input": sent["inputFeedDocumentId"],
            }
            self.feeds[feed_id] = _Job("feed", feed_id, facts, tuple(plan.statuses))
            return 202, {"feedId": feed_id}
        job = self.feeds.get(path.get("feedId", ""))
        if job is None:
            return 404, {"errors": [{"code": "NotFound", "message": "No such feed."}]}
        status = self._advance(job)
        if status in ("DONE", "FATAL") and job.document_id is None:
            feed_plan: FeedPlan = job.facts["_plan"]
            uploaded = self.uploads.get(job.facts["_input"], b"")
            result = feed_plan.result if feed_plan.result is not None else _listings_report
            data = result(uploaded) if callable(result) else result
            job.document_id = self._store(
                base, "feed", data, gzip=feed_plan.gzip, content_type=feed_plan.content_type
            )
        out = self._public(job.facts)
        out["processingStatus"] = status
        if job.document_id is not None:
            out["resultFeedDocumentId"] = job.document_id
        return 200, out

    def _queries(
        self, operation_id: str, path: Mapping[str, str], sent: Any, base: str
    ) -> tuple[int, Any]:
        if operation_id == "getDocument":
            return self._document_answer(
                base, path.get("documentId", ""), "documentId", "documentUrl"
            )
        if operation_id == "createQuery":
            query_id = self._id("")
            token = sent.get("paginationToken")
            page = int(token.removeprefix("page-")) if token else 0
            facts = {
                "queryId": query_id,
                "query": sent["query"],
                "createdTime": _iso(self._wall_clock()),
                "_page": page,
            }
            self.queries[query_id] = _Job("query", query_id, facts, tuple(self.query_plan.statuses))
            return 202, {"queryId": query_id}
        job = self.queries.get(path.get("queryId", ""))
        if job is None:
            return 404, {"errors": [{"code": "NotFound", "message": "No such query."}]}
        status = self._advance(job)
        out = self._public(job.facts)
        out["processingStatus"] = status
        page = job.facts["_page"]
        plan = self.query_plan
        if status == "DONE":
            if job.document_id is None and plan.pages[page]:
                job.document_id = self._store(
                    base, "kiosk", plan.pages[page], gzip=False, content_type="application/x-ndjson"
                )
            if job.document_id is not None:
                out["dataDocumentId"] = job.document_id
            if page + 1 < len(plan.pages):
                out["pagination"] = {"nextToken": f"page-{page + 1}"}
        elif status == "FATAL" and plan.error_document is not None:
            if job.document_id is None:
                job.document_id = self._store(
                    base, "kiosk", plan.error_document, gzip=False, content_type="application/json"
                )
            out["errorDocumentId"] = job.document_id
        return 200, out

    def _notifications(
        self, operation_id: str, path: Mapping[str, str], sent: Any
    ) -> tuple[int, Any]:
        if operation_id == "getDestinations":
            return 200, {"payload": self.destinations}
        if operation_id == "createDestination":
            spec = sent["resourceSpecification"]
            resource: dict[str, Any] = {}
            if "sqs" in spec:
                resource["sqs"] = {"arn": spec["sqs"]["arn"]}
            else:
                bridge = spec["eventBridge"]
                resource["eventBridge"] = {
                    "name": "aws.partner/sellingpartnerapi.amazon.com/" + bridge["accountId"],
                    "region": bridge["region"],
                    "accountId": bridge["accountId"],
                }
            destination = {
                "destinationId": self._id("dest-"),
                "name": sent["name"],
                "resource": resource,
            }
            self.destinations.append(destination)
            return 200, {"payload": destination}
        notification_type = path.get("notificationType", "")
        subscription = self.subscriptions.get(notification_type)
        if operation_id == "getSubscription":
            if subscription is None:
                return 404, {"errors": [{"code": "NotFound", "message": "No subscription."}]}
            return 200, {"payload": subscription}
        if operation_id == "createSubscription":
            if subscription is not None:
                return 409, {"errors": [{"code": "Conflict", "message": "Already subscribed."}]}
            subscription = {
                "subscriptionId": self._id("sub-"),
                "payloadVersion": sent["payloadVersion"],
                "destinationId": sent["destinationId"],
            }
            self.subscriptions[notification_type] = subscription
            return 200, {"payload": subscription}
        if subscription is None:  # sendTestNotification
            return 404, {"errors": [{"code": "NotFound", "message": "No subscription."}]}
        body = {
            "NotificationVersion": "1.0",
            "NotificationType": notification_type,
            "PayloadVersion": subscription["payloadVersion"],
            "EventTime": _iso(self._wall_clock()),
            "Payload": {"testNotification": True},
            "NotificationMetadata": {
                "SubscriptionId": subscription["subscriptionId"],
                "NotificationId": self._id("test-"),
                "PublishTime": _iso(self._wall_clock()),
            },
        }
        self.queue.append(json.dumps(body))
        return 200, {"payload": {}}

    # -- S3 --------------------------------------------------------------------------

    def s3(
        self, method: str, path: str, query: str, headers: email.message.Message, body: bytes
    ) -> S3Answer:
        """One request to the fake S3."""
        key = path[len(S3_PREFIX) :]
        self.s3_requests.append((method, path, headers.get("Range")))
        signature = parse_qs(query).get("X-Amz-Signature", [""])[0]
        expires = self._signatures.get(signature)
        if expires is None:
            return S3Answer(403, _SIGNATURE, {"content-type": "application/xml"})
        if self._clock() >= expires:
            return S3Answer(403, _EXPIRED, {"content-type": "application/xml"})
        fault = self._take_fault()
        if fault is not None and fault[0] == "fail":
            code = b"SlowDown" if fault[1] == 503 else b"InternalError"
            return S3Answer(fault[1], b"<Error><Code>" + code + b"</Code></Error>", {})
        if method == "PUT":
            signed_type = self._upload_types.get(key)
            if signed_type is None or headers.get("Content-Type") != signed_type:
                return S3Answer(403, _SIGNATURE, {"content-type": "application/xml"})
            document_id = key.rsplit("/", 1)[-1]
            self.uploads[document_id] = body
            return S3Answer(200, b"", {"etag": '"put"'})
        stored = self.objects.get(key)
        if stored is None:
            return S3Answer(404, b"<Error><Code>NoSuchKey</Code></Error>", {})
        out = {"content-type": stored.content_type, "etag": stored.etag, "accept-ranges": "bytes"}
        start = 0
        status = 200
        wanted = headers.get("Range")
        if wanted:
            if_match = headers.get("If-Match")
            if if_match is not None and if_match != stored.etag:
                return S3Answer(412, b"<Error><Code>PreconditionFailed</Code></Error>", {})
            start = int(wanted.removeprefix("bytes=").split("-")[0])
            status = 206
            out["content-range"] = f"bytes {start}-{len(stored.body) - 1}/{len(stored.body)}"
        data = stored.body[start:]
        if fault is not None and fault[0] == "cut":
            return S3Answer(status, data[: fault[1]], out, declared=len(data))
        return S3Answer(status, data, out)

    def _take_fault(self) -> tuple[str, int, int] | None:
        if not self._faults:
            return None
        kind, value, remaining = self._faults.popleft()
        if remaining > 1:
            self._faults.appendleft((kind, value, remaining - 1))
        return kind, value, remaining
