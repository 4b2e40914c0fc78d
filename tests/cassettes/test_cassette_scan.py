"""Every cassette in the repository is free of secrets and PII; the scan can fail.

The scan (``vcr_scrub.scan_cassette``) looks for LWA token and client-secret
shapes, presigned-URL signature parameters, e-mail and phone shapes, unscrubbed
PII or token keys in JSON bodies, secret headers, and the literal fake
credentials used when recording. The planted-cassette tests record a small
exchange through vcrpy itself (an ``httpx.MockTransport`` plays the server) into
a temporary directory: unscrubbed, the scan must flag every kind of leak;
scrubbed, the scan must be clean and the cassette must still replay.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import vcr
from _recording import cassette_root, recording_literals
from vcr_scrub import Finding, iter_cassettes, scan_cassette, scrub_request, scrub_response

ROOT = Path(__file__).resolve().parents[2]

# Assembled at run time: no tracked file may hold a token-shaped literal.
ACCESS = "Atza" + "|" + "IwEBIPlanted" + "a" * 48
REFRESH = "Atzr" + "|" + "IwEBIPlanted" + "b" * 48
SECRET = "amzn1.oa2-cs" + ".v1." + "c" * 64
CLIENT_ID = "amzn1.application-oa2-client" + "." + "d" * 32
SIGNATURE = "e" * 64
PRESIGNED = (
    "https://tortuga-prod-na.s3-external-1.amazonaws.com/doc.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=ASIAPLANTEDKEYID0000%2F20261128%2Fus-east-1%2Fs3%2Faws4_request"
    f"&X-Amz-Security-Token=IQoJb3JpZ2luPlanted&X-Amz-Signature={SIGNATURE}"
)
ORDER = {
    "payload": {
        "fulfillmentOrder": {
            "sellerFulfillmentOrderId": "PLANTED-1",
            "destinationAddress": {
                "name": "Jane Planted",
                "addressLine1": "1 Planted Way",
                "city": "Seattle",
                "countryCode": "US",
                "phone": "+1 206-555-0199",
            },
            "notificationEmails": ["jane.planted@example.com"],
        },
        "documentUrl": PRESIGNED,
    }
}


def _server(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/auth/o2/token":
        return httpx.Response(
            200,
            json={
                "access_token": ACCESS,
                "refresh_token": REFRESH,
                "token_type": "bearer",
                "expires_in": 3600,
            },
        )
    assert request.headers["x-amz-access-token"] == ACCESS
    return httpx.Response(200, json=ORDER, headers={"x-amzn-RequestId": "req-planted-1"})


def _exchange(client: httpx.Client, *, refresh: str, cid: str, secret: str) -> dict[str, object]:
    token = client.post(
        "https://api.amazon.com/auth/o2/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh,
            "client_id": cid,
            "client_secret": secret,
        },
    ).json()["access_token"]
    response = client.get(
        "https://sellingpartnerapi-na.amazon.com/fba/outbound/2020-07-01/fulfillmentOrders/PLANTED-1",
        headers={"x-amz-access-token": token},
    )
    assert response.headers["content-length"] == str(len(response.content))
    return {"status": response.status_code, "body": response.json()}


def _record(directory: Path, *, scrub: bool) -> Path:
    options: dict[str, object] = {
        "record_mode": "all",
        "match_on": ["method", "path", "query", "body"],
    }
    if scrub:
        options |= {
            "before_record_request": scrub_request,
            "before_record_response": scrub_response,
        }
    recorder = vcr.VCR(cassette_library_dir=str(directory), **options)  # type: ignore[arg-type]
    with (
        recorder.use_cassette("planted.yaml"),
        httpx.Client(transport=httpx.MockTransport(_server)) as c,
    ):
        _exchange(c, refresh=REFRESH, cid=CLIENT_ID, secret=SECRET)
    return directory / "planted.yaml"


def _kinds(findings: list[Finding]) -> set[str]:
    return {f.what for f in findings}


@pytest.mark.reads_cassettes
def test_every_cassette_in_the_repository_is_clean() -> None:
    # The repository, and the scratch folder of `./dev record --check` when set.
    cassettes = list(dict.fromkeys([*iter_cassettes(ROOT), *iter_cassettes(cassette_root())]))
    # The FO suite records one cassette per test: an empty list means the walk broke.
    assert len(cassettes) >= 23, [str(p) for p in cassettes]
    findings = [f for path in cassettes for f in scan_cassette(path, literals=recording_literals())]
    assert findings == [], "\n".join(map(str, findings))


def test_the_scan_fails_on_a_planted_unscrubbed_cassette(tmp_path: Path) -> None:
    path = _record(tmp_path, scrub=False)
    findings = scan_cassette(path, literals=[SIGNATURE])
    kinds = _kinds(findings)
    expected = {
        "LWA access token",
        "LWA refresh token",
        "LWA client secret",
        "LWA client id",
        "presigned URL parameter",
        "e-mail address",
        "phone number",
        "header 'x-amz-access-token'",
        "unscrubbed key 'name'",
        "unscrubbed key 'addressLine1'",
        "unscrubbed key 'access_token'",
        "form field 'client_secret'",
        "a credential used when recording",
    }
    assert expected <= kinds, expected - kinds
    # What the scan reports never contains the secrets it found.
    report = "\n".join(map(str, findings))
    for secret in (ACCESS, REFRESH, SECRET, SIGNATURE):
        assert secret not in report


def test_the_scan_flags_a_single_leak_in_an_otherwise_clean_cassette(tmp_path: Path) -> None:
    path = _record(tmp_path, scrub=True)
    assert scan_cassette(path) == []
    text = path.read_text(encoding="utf-8")
    leaked = text.replace("interactions:", "# leaked " + REFRESH + "\ninteractions:", 1)
    path.write_text(leaked, encoding="utf-8")
    assert _kinds(scan_cassette(path)) == {"LWA refresh token"}


def test_a_scrubbed_recording_is_clean_and_still_replays(tmp_path: Path) -> None:
    path = _record(tmp_path, scrub=True)
    assert scan_cassette(path, literals=[ACCESS, REFRESH, SECRET, CLIENT_ID, SIGNATURE]) == []

    def no_server(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"replay reached the server: {request.url}")

    replayer = vcr.VCR(
        cassette_library_dir=str(tmp_path),
        record_mode="none",
        match_on=["method", "path", "query", "body"],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
    )
    with (
        replayer.use_cassette("planted.yaml"),
        httpx.Client(transport=httpx.MockTransport(no_server)) as c,
    ):
        # Other credentials than when recording: the scrubbed LWA body still matches.
        result = _exchange(c, refresh="dummy-refresh", cid="dummy-id", secret="dummy-secret")
    assert result["status"] == 200
    order = result["body"]["payload"]["fulfillmentOrder"]  # type: ignore[index]
    assert order["sellerFulfillmentOrderId"] == "PLANTED-1"
    assert order["destinationAddress"]["city"] == "Seattle"
    assert order["destinationAddress"]["name"].startswith("pii-")
    assert "X-Amz-Signature=scrubbed" in json.dumps(result["body"])


def test_iter_cassettes_finds_yaml_cassettes_only(tmp_path: Path) -> None:
    _record(tmp_path, scrub=True)
    (tmp_path / "other.yaml").write_text("name: not a cassette\n", encoding="utf-8")
    assert [p.name for p in iter_cassettes(tmp_path)] == ["planted.yaml"]
