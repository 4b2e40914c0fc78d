"""Report, feed and Data Kiosk documents: the presigned S3 leg of SP-API.

SP-API hands out documents as presigned Amazon S3 URLs: ``getReportDocument``
and ``getFeedDocument`` answer ``url`` (and ``compressionAlgorithm``, ``GZIP``
when compressed), Data Kiosk's ``getDocument`` answers ``documentUrl``, and
``createFeedDocument`` answers a ``url`` to PUT the feed to. :class:`Documents`
(sync) and :class:`AsyncDocuments` (asyncio) do both legs; a client offers one
as ``sp.documents`` (``Documents(sp)`` builds one by hand)::

    data = sp.documents.download_report("amzn1.spdoc.1.4.na.xxx")   # bytes, gunzipped
    with open("report.tsv", "wb") as f:
        info = sp.documents.stream_report("amzn1.spdoc.1.4.na.xxx", f)   # flat memory
    text = sp.documents.download_report_text("amzn1.spdoc.1.4.na.xxx")   # charset honoured
    result = sp.documents.download_feed_result(feed.result_feed_document_id)
    rows = sp.documents.download_data_kiosk(query.data_document_id)      # JSON Lines
    feed_document_id = sp.documents.upload_feed(xml, "text/xml; charset=UTF-8")
    with open("inventory.tsv", "rb") as f:                               # big feeds
        feed_document_id = sp.documents.upload_feed(f, "text/tab-separated-values; charset=UTF-8")

The S3 leg:

- goes through the client's inner transport (so ``httpx.MockTransport``, fakes
  and cassettes see it) on an httpx client of its own: no SP-API access token or
  header (the URL's signature is the credential), no rate limiter, no SP-API
  error hook;
- streams in chunks, gunzipping on the fly (bounded output per step, so a
  highly compressed report cannot balloon memory);
- retries GETs and PUTs (both idempotent for a presigned URL) on 5xx, 429 and
  transport errors with the client's :class:`RetryPolicy` backoff; a download
  broken mid-body (or shorter than its Content-Length) resumes with ``Range``
  (and ``If-Match`` on the ETag), with a fresh retry budget after progress;
- on S3's ``403 Request has expired``, a call given a document id asks SP-API
  once for a fresh URL and continues from the same byte; a second expiry, or an
  expired URL given to :meth:`Documents.stream_url`, raises
  :class:`DocumentUrlExpiredError` telling the caller to ask for the document again;
- never puts the URL's query (``X-Amz-Signature``, ``X-Amz-Credential``,
  ``X-Amz-Security-Token``) in a log record, repr or exception: only host and path.

Every call is one generator of I/O steps (``_core``), which asks the pure
decisions of one transfer (``_transfer``) at each turn; the two shells
(``_sync``, ``_async``) only carry the steps out: send, read, write, sleep, call
SP-API. The rest is pure too: URL safety and S3's errors (``_s3``), gzip,
charsets and feed bodies (``_bodies``), the document kinds (``_kinds``) and the
sinks (``_sinks``).
"""

from ._async import AsyncDocuments
from ._bodies import charset_of, codec_for, gunzip_needed, upload_body
from ._s3 import (
    DocumentError,
    DocumentTooLargeError,
    DocumentUrlExpiredError,
    s3_error,
    safe_url,
)
from ._sinks import DEFAULT_MAX_DOWNLOAD
from ._sync import Documents
from ._transfer import DocumentInfo

__all__ = [
    "DEFAULT_MAX_DOWNLOAD",
    "AsyncDocuments",
    "DocumentError",
    "DocumentInfo",
    "DocumentTooLargeError",
    "DocumentUrlExpiredError",
    "Documents",
    "charset_of",
    "codec_for",
    "gunzip_needed",
    "s3_error",
    "safe_url",
    "upload_body",
]
