"""`selling-partner auth check` and `documents download` against the offline SP-API."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from selling_partner.testing import OfflineSpApi
from typer.testing import Result

Run = Callable[..., Result]
REPORT = b"sku\tqty\n" + b"".join(b"SKU-%d\t%d\n" % (i, i) for i in range(20000))


class _Bucket(BaseHTTPRequestHandler):
    """A presigned-URL host: GET /report gives the gzipped report."""

    def do_GET(self) -> None:
        if not self.path.startswith("/report?X-Amz-Signature="):
            self.send_error(403)
            return
        body = gzip.compress(REPORT)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def bucket() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Bucket)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _plant(offline_spapi: OfflineSpApi, bucket: str) -> str:
    url = f"{bucket}/report?X-Amz-Signature=deadbeefsignature"
    offline_spapi.respond_next(
        "reports_v2021_06_30.getReportDocument",
        200,
        {"reportDocumentId": "amzn1.spdoc.1.4.na.D1", "url": url, "compressionAlgorithm": "GZIP"},
    )
    return url


def test_download_to_a_file(
    offline: Run, offline_spapi: OfflineSpApi, bucket: str, tmp_path: Path
) -> None:
    _plant(offline_spapi, bucket)
    target = tmp_path / "report.tsv"
    result = offline("documents", "download", "amzn1.spdoc.1.4.na.D1", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == REPORT
    assert not (tmp_path / "report.tsv.part").exists()
    # not a terminal: no progress bar, only the one line
    assert result.stderr == f"wrote {target}\n"
    assert "deadbeefsignature" not in result.stderr + result.stdout
    assert offline_spapi.stats.records[-1].path.endswith("/documents/amzn1.spdoc.1.4.na.D1")


def test_download_to_stdout(offline: Run, offline_spapi: OfflineSpApi, bucket: str) -> None:
    _plant(offline_spapi, bucket)
    result = offline("documents", "download", "amzn1.spdoc.1.4.na.D1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == REPORT


def test_failed_download_leaves_no_partial_file(
    offline: Run, offline_spapi: OfflineSpApi, bucket: str, tmp_path: Path
) -> None:
    offline_spapi.respond_next(
        "reports_v2021_06_30.getReportDocument",
        200,
        {"reportDocumentId": "D2", "url": f"{bucket}/elsewhere?X-Amz-Signature=s"},
        n=2,  # asked twice: an expired-looking 403 is fetched again once
    )
    target = tmp_path / "report.tsv"
    result = offline("documents", "download", "D2", "-o", str(target))
    assert result.exit_code == 12, result.stderr
    assert "DocumentError" in result.stderr or "DocumentUrlExpiredError" in result.stderr
    assert not target.exists()
    assert not (tmp_path / "report.tsv.part").exists()


def test_auth_check_says_what_works(offline: Run, offline_spapi: OfflineSpApi) -> None:
    result = offline("auth", "check")
    assert result.exit_code == 0, result.stderr
    assert "client id …" in result.stdout
    assert "getMarketplaceParticipations: 1 marketplace(s): US" in result.stdout
    assert offline_spapi.stats.token_requests["refresh_token"] == 1


def test_auth_check_names_the_fix_when_lwa_refuses(
    offline: Run, offline_spapi: OfflineSpApi
) -> None:
    offline_spapi.revoke_refresh_token()
    result = offline("auth", "check")
    assert result.exit_code == 4
    assert "FAIL  Login with Amazon" in result.stdout
    assert "authorise the app again" in result.stdout


def test_auth_check_grantless_only(
    offline: Run, offline_spapi: OfflineSpApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SELLING_PARTNER_REFRESH_TOKEN")
    result = offline("auth", "check")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "no refresh token (grantless only)" in result.stdout
    assert "getDestinations (grantless): ok" in result.stdout
    assert offline_spapi.stats.token_requests["client_credentials"] == 1


def test_auth_check_region_refused(offline: Run, offline_spapi: OfflineSpApi) -> None:
    offline_spapi.respond_next(
        "sellers_v1.getMarketplaceParticipations",
        403,
        {
            "errors": [
                {"code": "Unauthorized", "message": "Access to requested resource is denied."}
            ]
        },
    )
    result = offline("auth", "check")
    assert result.exit_code == 4
    assert "the seller may not have authorised this app there" in result.stdout
