"""Unit tests of the cassette scrubber (``tests/vcr_scrub.py``) on small inline inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
import vcr
from _recording import vcr_options
from vcr.request import Request
from vcr_scrub import PLACEHOLDER, scan_cassette, scan_text, scrub_request, scrub_response

# Token-shaped values are assembled at run time: no tracked file holds one.
ACCESS = "Atza" + "|" + "IwEBIA" + "q" * 40
REFRESH = "Atzr" + "|" + "IwEBIB" + "r" * 40
SECRET = "amzn1.oa2-cs" + ".v1." + "f" * 64
CLIENT_ID = "amzn1.application-oa2-client" + "." + "c" * 32


def _response(body: bytes, content_type: str = "application/json") -> dict[str, object]:
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": [content_type], "Content-Length": [str(len(body))]},
        "body": {"string": body},
    }


def test_secret_request_headers_are_replaced() -> None:
    req = Request(
        "GET",
        "https://sellingpartnerapi-na.amazon.com/fba/outbound/2020-07-01/features?marketplaceId=X",
        None,
        {"x-amz-access-token": ACCESS, "Authorization": "Bearer " + ACCESS, "user-agent": "ua"},
    )
    out = scrub_request(req)
    assert out.headers["x-amz-access-token"] == PLACEHOLDER
    assert out.headers["Authorization"] == PLACEHOLDER
    assert out.headers["user-agent"] == "ua"


def test_lwa_form_body_is_scrubbed_independently_of_the_credentials() -> None:
    def lwa(refresh: str, cid: str, secret: str) -> Request:
        body = (
            f"grant_type=refresh_token&refresh_token={refresh}"
            f"&client_id={cid}&client_secret={secret}"
        )
        return Request(
            "POST",
            "https://api.amazon.com/auth/o2/token",
            body.encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))},
        )

    real = scrub_request(lwa(REFRESH, CLIENT_ID, SECRET))
    dummy = scrub_request(lwa("dummy-refresh", "dummy-id", "dummy-secret"))
    fields = parse_qs(real.body.decode())
    assert fields == {
        "grant_type": ["refresh_token"],
        "refresh_token": [PLACEHOLDER],
        "client_id": [PLACEHOLDER],
        "client_secret": [PLACEHOLDER],
    }
    # A replay with other credentials scrubs to the same bytes, so it matches.
    assert real.body == dummy.body
    assert real.headers["Content-Length"] == str(len(real.body))


def test_lwa_token_response_gets_distinct_stable_placeholders() -> None:
    body = json.dumps(
        {
            "access_token": ACCESS,
            "refresh_token": REFRESH,
            "token_type": "bearer",
            "expires_in": 3600,
        }
    ).encode()
    first = scrub_response(_response(body))
    again = scrub_response(_response(body))
    other = scrub_response(_response(body.replace(b"qqqq", b"wwww")))
    data = json.loads(first["body"]["string"])
    assert data["access_token"].startswith("scrubbed-access_token-")
    assert data["refresh_token"].startswith("scrubbed-refresh_token-")
    assert data["expires_in"] == 3600 and data["token_type"] == "bearer"
    assert first["body"]["string"] == again["body"]["string"]
    assert json.loads(other["body"]["string"])["access_token"] != data["access_token"]
    assert first["headers"]["Content-Length"] == [str(len(first["body"]["string"]))]
    assert isinstance(first["body"]["string"], bytes)


def test_restricted_data_token_is_scrubbed() -> None:
    body = json.dumps({"restrictedDataToken": ACCESS, "expiresIn": 3600}).encode()
    out = json.loads(scrub_response(_response(body))["body"]["string"])
    assert out["restrictedDataToken"].startswith("scrubbed-restrictedDataToken-")


def test_presigned_url_parameters_are_scrubbed_in_bodies_and_uris() -> None:
    url = (
        "https://tortuga-prod-na.s3.amazonaws.com/doc?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request"
        "&X-Amz-Security-Token=FQoGZXIvYXdzE&X-Amz-Signature=0123abcdef&X-Amz-Expires=300"
    )
    body = json.dumps({"payload": {"url": url}}).encode()
    out = scrub_response(_response(body))["body"]["string"].decode()
    assert "0123abcdef" not in out and "FQoGZXIvYXdzE" not in out and "AKIAEXAMPLE" not in out
    assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in out and "X-Amz-Expires=300" in out
    req = scrub_request(Request("GET", url, None, {}))
    assert "0123abcdef" not in req.uri and f"X-Amz-Signature={PLACEHOLDER}" in req.uri
    assert list(scan_text(out, where="body", path="t")) == []


def test_pii_keys_get_stable_placeholders_and_other_fields_stay() -> None:
    address = {
        "name": "Jane Q. Example",
        "addressLine1": "1 Example Way",
        "city": "Seattle",
        "countryCode": "US",
        "phone": "+1 206-555-0100",
    }
    body = {
        "sellerFulfillmentOrderId": "ORDER-1",
        "destinationAddress": address,
        "notificationEmails": ["jane@example.com", "ops@example.com"],
    }
    raw = json.dumps(body).encode()
    out = json.loads(scrub_response(_response(raw))["body"]["string"])
    again = json.loads(scrub_response(_response(raw))["body"]["string"])
    assert out == again
    dest = out["destinationAddress"]
    assert dest["city"] == "Seattle" and dest["countryCode"] == "US"
    assert out["sellerFulfillmentOrderId"] == "ORDER-1"
    for key in ("name", "addressLine1", "phone"):
        assert dest[key].startswith("pii-") and dest[key] != address[key]
    assert all(e.startswith("pii-") for e in out["notificationEmails"])
    assert out["notificationEmails"][0] != out["notificationEmails"][1]
    assert list(scan_text(json.dumps(out), where="body", path="t")) == []


def test_pii_in_request_bodies_matches_across_runs() -> None:
    body = json.dumps({"destinationAddress": {"name": "Jane Q. Example"}}).encode()

    def req() -> Request:
        return Request("POST", "https://x/fba", body, {"Content-Type": "application/json"})

    first, second = scrub_request(req()), scrub_request(req())
    assert first.body == second.body
    assert b"Jane" not in first.body


def test_scrubbing_is_idempotent() -> None:
    body = json.dumps({"access_token": ACCESS, "payload": {"name": "Jane"}}).encode()
    once = scrub_response(_response(body))
    twice = scrub_response(_response(once["body"]["string"]))
    assert once["body"]["string"] == twice["body"]["string"]


def test_untouched_body_keeps_its_exact_bytes() -> None:
    body = b'{"payload": {"features": []},  "x": 1.50}'
    assert scrub_response(_response(body))["body"]["string"] == body


def test_set_cookie_is_scrubbed_and_binary_bodies_pass() -> None:
    resp = _response(b"\xff\xfe\x00binary", "application/octet-stream")
    resp["headers"]["Set-Cookie"] = ["session=abc"]  # type: ignore[index]
    out = scrub_response(resp)
    assert out["headers"]["Set-Cookie"] == [PLACEHOLDER]
    assert out["body"]["string"] == b"\xff\xfe\x00binary"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("token " + ACCESS, "LWA access token"),
        ("r=" + REFRESH, "LWA refresh token"),
        ("s=" + SECRET, "LWA client secret"),
        ("id=" + CLIENT_ID, "LWA client id"),
        ("?X-Amz-Signature=0123abcdef", "presigned URL parameter"),
        ('"email": "jane@example.com"', "e-mail address"),
        ('"phone": "+1 206-555-0100"', "phone number"),
        ('"phone": "(206) 555-0100"', "phone number"),
    ],
)
def test_scan_text_flags_each_shape(text: str, what: str) -> None:
    found = list(scan_text(text, where="w", path="p"))
    assert what in {f.what for f in found}
    # The finding never repeats the whole secret.
    assert all(ACCESS not in str(f) and SECRET not in str(f) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        '"sellerFulfillmentOrderId": "114-3941689-8772232"',
        '"date": "2026-11-28T08:18:04+00:00", "Content-Length": "1239"',
        '"packageNumber": 1878926652, "x-amzn-RequestId": "a1b2c3d4-0000-1111-2222-333344445555"',
        "X-Amz-Signature=" + PLACEHOLDER + "&X-Amz-Expires=300",
    ],
)
def test_scan_text_ignores_ordinary_values(text: str) -> None:
    assert list(scan_text(text, where="w", path="p")) == []


def test_scan_text_flags_literal_credentials() -> None:
    found = list(
        scan_text("body fake-secret-123 end", where="w", path="p", literals=["fake-secret-123"])
    )
    assert [f.what for f in found] == ["a credential used when recording"]


def test_gzip_answer_is_decoded_scrubbed_and_replays(tmp_path: Path) -> None:
    # Amazon may gzip its answers: the cassette must hold the scrubbed, decoded body.
    plain = json.dumps({"access_token": ACCESS, "token_type": "bearer", "expires_in": 3600})
    packed = gzip.compress(plain.encode())

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=packed,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )

    def post(client: httpx.Client) -> dict[str, object]:
        response = client.post("https://api.amazon.com/auth/o2/token", data={"x": "1"})
        return dict(response.json())

    options = {k: v for k, v in vcr_options().items() if k != "match_on"}
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="all")
    with (
        recorder.use_cassette("gz.yaml", **options),
        httpx.Client(transport=httpx.MockTransport(server)) as c,
    ):
        assert post(c)["access_token"] == ACCESS  # the caller saw the real answer
    text = (tmp_path / "gz.yaml").read_text()
    assert "Content-Encoding" not in text and "content-encoding" not in text
    assert list(scan_cassette(tmp_path / "gz.yaml")) == []
    replayer = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="none")
    with (
        replayer.use_cassette("gz.yaml", **options),
        httpx.Client(transport=httpx.MockTransport(server)) as c,
    ):
        replayed = post(c)
    assert str(replayed["access_token"]).startswith("scrubbed-access_token-")
    assert replayed["expires_in"] == 3600


# ------------------------------------------------- leak paths the first version missed


def _encoded(token: str) -> str:
    return token.replace("|", "%7C")


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("refresh_token=" + _encoded(REFRESH), "LWA refresh token"),
        ("t=" + _encoded(ACCESS), "LWA access token"),
        ("t=" + ACCESS.replace("|", "%7c"), "LWA access token"),
        ("t=" + ACCESS.replace("|", "%257C"), "LWA access token"),
        ("?BuyerEmail=jane%40example.com", "e-mail address"),
    ],
)
def test_scan_text_flags_url_encoded_shapes(text: str, what: str) -> None:
    assert what in {f.what for f in scan_text(text, where="w", path="p")}


@pytest.mark.parametrize("key", ["access_token", "refresh_token", "client_secret", "BuyerEmail"])
def test_secret_and_pii_query_parameters_are_scrubbed(key: str) -> None:
    value = "jane%40example.com" if key == "BuyerEmail" else _encoded(ACCESS)
    req = scrub_request(Request("GET", f"https://x/orders/v0/orders?{key}={value}&a=1", None, {}))
    assert "jane" not in req.uri and "IwEBIA" not in req.uri
    assert "a=1" in req.uri
    assert list(scan_text(req.uri, where="uri", path="p")) == []


def test_token_shapes_in_free_text_are_scrubbed() -> None:
    # An error message that echoes a token, under a key the scrubber does not know.
    body = json.dumps(
        {"errors": [{"message": "bad token " + ACCESS, "details": "r=" + _encoded(REFRESH)}]}
    ).encode()
    out = scrub_response(_response(body))["body"]["string"]
    assert b"IwEBI" not in out
    assert list(scan_text(out.decode(), where="body", path="p")) == []
    text = scrub_response(_response(b"token " + ACCESS.encode(), "text/plain"))
    assert b"IwEBI" not in text["body"]["string"]


def test_json_nested_in_a_string_is_scrubbed() -> None:
    inner = json.dumps({"access_token": "opaque-token-value", "buyerName": "Jane Example"})
    body = json.dumps({"payload": {"notification": inner}}).encode()
    out = json.loads(scrub_response(_response(body))["body"]["string"])
    nested = json.loads(out["payload"]["notification"])
    assert nested["access_token"].startswith("scrubbed-access_token-")
    assert nested["buyerName"].startswith("pii-")


def test_non_utf8_form_body_is_scrubbed() -> None:
    body = "grant_type=refresh_token&client_secret=s\xe9cret-value&refresh_token=r\xe9fresh".encode(
        "latin-1"
    )
    req = scrub_request(
        Request(
            "POST",
            "https://api.amazon.com/auth/o2/token",
            body,
            {"Content-Type": "application/x-www-form-urlencoded; charset=ISO-8859-1"},
        )
    )
    assert b"cret-value" not in req.body and b"fresh" not in req.body.replace(b"refresh_token", b"")


def test_gzip_body_left_compressed_is_scrubbed() -> None:
    # Without vcrpy's decode_compressed_response the scrubber must still see inside.
    plain = json.dumps({"access_token": "opaque-token-value", "name": "Jane Example"}).encode()
    resp = _response(gzip.compress(plain))
    resp["headers"]["Content-Encoding"] = ["gzip"]  # type: ignore[index]
    out = scrub_response(resp)["body"]["string"]
    assert b"opaque-token-value" not in gzip.decompress(out)
    assert b"Jane" not in gzip.decompress(out)


def _cassette(
    tmp_path: Path,
    request: dict[str, object],
    response_body: object,
    response_headers: dict[str, list[str]] | None = None,
) -> Path:
    import yaml

    data = {
        "version": 1,
        "interactions": [
            {
                "request": {"method": "GET", "uri": "https://x/a", "body": None, "headers": {}}
                | request,
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": response_headers or {},
                    "body": {"string": response_body},
                },
            }
        ],
    }
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_scan_flags_a_token_query_parameter_and_nested_json_pii(tmp_path: Path) -> None:
    path = _cassette(
        tmp_path,
        {"uri": "https://x/orders?access_token=opaque-token-value"},
        json.dumps({"payload": json.dumps({"buyerName": "Jane Example"})}),
    )
    kinds = {f.what for f in scan_cassette(path)}
    assert "query parameter 'access_token'" in kinds
    assert "unscrubbed key 'buyerName'" in kinds


def test_scan_looks_inside_gzip_bodies(tmp_path: Path) -> None:
    packed = gzip.compress(json.dumps({"access_token": ACCESS}).encode())
    kinds = {f.what for f in scan_cassette(_cassette(tmp_path, {}, packed))}
    assert {"LWA access token", "unscrubbed key 'access_token'"} <= kinds


def test_scan_reads_form_bodies_by_content_type_too(tmp_path: Path) -> None:
    # Not only the LWA request (grant_type=...): any form body, either direction.
    path = _cassette(
        tmp_path,
        {
            "method": "POST",
            "body": "client_secret=opaque-secret-value&x=1",
            "headers": {"Content-Type": ["application/x-www-form-urlencoded"]},
        },
        "access_token=opaque-token-value&token_type=bearer",
        {"Content-Type": ["application/x-www-form-urlencoded"]},
    )
    kinds = {(f.where.split()[-2], f.what) for f in scan_cassette(path)}
    assert ("request", "form field 'client_secret'") in kinds
    assert ("response", "form field 'access_token'") in kinds
