"""Forward proxies for SP-API, Login with Amazon and S3 alike (``_proxy``).

The proxy is a real separate process (``tests/forward_proxy.py``, stdlib) on a
free loopback port. The hosts the clients are given (``*.h8b.invalid``) do not
resolve: a request only arrives if it went through the proxy, which maps them to
the local fake SP-API (with Login with Amazon) and a local S3 stand-in.
"""

from __future__ import annotations

import asyncio
import gzip
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, ConfigurationError, SellingPartner
from selling_partner._login import LwaRetry
from selling_partner._proxy import Proxies

SP_HOST = "sellingpartnerapi.h8b.invalid"
LWA_HOST = "api.h8b.invalid"
S3_HOST = "s3.h8b.invalid"
REPORT = b"sku\tquantity\nA1\t5\n"
TRACKING = "/fba/outbound/2020-07-01/tracking"


class _S3(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        body = gzip.compress(REPORT)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@dataclass
class World:
    fake: FakeSpApi
    proxy_port: int
    log: Path

    def seen(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def settings(self, **extra: Any) -> dict[str, Any]:
        return {
            "client_id": FAKE_CLIENT_ID,
            "client_secret": FAKE_CLIENT_SECRET,
            "refresh_token": FAKE_REFRESH_TOKEN,
            "endpoint": f"http://{SP_HOST}",
            "token_url": f"http://{LWA_HOST}/auth/o2/token",
            "timeout": 10,
            **extra,
        }

    def plan_report(self) -> None:
        url = f"http://{S3_HOST}/doc/r1?X-Amz-Signature=abc"
        self.fake.respond_next(
            "reports_v2021_06_30.getReportDocument",
            200,
            {"reportDocumentId": "r1", "url": url, "compressionAlgorithm": "GZIP"},
        )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    s3 = ThreadingHTTPServer(("127.0.0.1", 0), _S3)
    threading.Thread(target=s3.serve_forever, daemon=True).start()
    log = tmp_path / "proxy.log"
    with FakeSpApi() as fake:
        sp_address = f"127.0.0.1:{fake.port}"
        process = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).parents[1] / "forward_proxy.py"),
                str(log),
                *("--map", f"{SP_HOST}={sp_address}", "--map", f"{LWA_HOST}={sp_address}"),
                *("--map", f"{S3_HOST}=127.0.0.1:{s3.server_address[1]}"),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            port = int(process.stdout.readline())
            yield World(fake, port, log)
        finally:
            process.terminate()
            process.wait(timeout=10)
            s3.shutdown()
            s3.server_close()


def _expect_all_three(world: World) -> None:
    seen = world.seen()
    assert f"POST http://{LWA_HOST}/auth/o2/token" in seen
    assert any(line.startswith(f"GET http://{SP_HOST}{TRACKING}?") for line in seen)
    assert any(line.startswith(f"GET http://{S3_HOST}/doc/r1?") for line in seen)


@pytest.mark.parametrize("how", ["env", "argument"])
def test_sync_client_sends_sp_api_lwa_and_s3_through_the_proxy(world: World, how: str) -> None:
    proxy = f"http://127.0.0.1:{world.proxy_port}"
    extra = {"env": {"HTTP_PROXY": proxy}} if how == "env" else {"env": {}, "proxy": proxy}
    with SellingPartner(**world.settings(**extra)) as sp:
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
        world.plan_report()
        assert sp.documents.download_report("r1") == REPORT
    _expect_all_three(world)


@pytest.mark.parametrize("how", ["env", "argument"])
def test_async_client_sends_sp_api_lwa_and_s3_through_the_proxy(world: World, how: str) -> None:
    proxy = f"http://127.0.0.1:{world.proxy_port}"
    extra = {"env": {"http_proxy": proxy}} if how == "env" else {"env": {}, "proxy": proxy}

    async def go() -> None:
        async with AsyncSellingPartner(**world.settings(**extra)) as sp:
            await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
            world.plan_report()
            assert await sp.documents.download_report("r1") == REPORT

    asyncio.run(go())
    _expect_all_three(world)


def test_no_proxy_and_proxy_false_go_direct(world: World) -> None:
    proxy = f"http://127.0.0.1:{world.proxy_port}"
    direct = {"endpoint": world.fake.endpoint, "token_url": world.fake.token_url}
    for extra in (
        {"env": {"HTTP_PROXY": proxy, "NO_PROXY": "localhost,127.0.0.1"}},
        {"env": {"HTTP_PROXY": proxy}, "proxy": False},
    ):
        with SellingPartner(**world.settings(**extra, **direct)) as sp:
            sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert world.seen() == []


def test_https_urls_take_https_proxy(world: World) -> None:
    # Amazon's own hosts: the proxy sees the CONNECT and refuses it (nothing leaves).
    env = {"HTTPS_PROXY": f"http://127.0.0.1:{world.proxy_port}", "HTTP_PROXY": "http://unused:1"}
    settings = world.settings(env=env, region="na", lwa_retry=LwaRetry(max_attempts=1))
    del settings["endpoint"], settings["token_url"]
    with SellingPartner(**settings) as sp, pytest.raises(Exception, match="403"):
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert world.seen()[0] == "CONNECT api.amazon.com:443"


def test_proxy_rules() -> None:
    env = {
        "HTTPS_PROXY": "http://user:pa55word@proxy.example:3128",
        "http_proxy": "proxy.example:8080",
        "NO_PROXY": ".internal.example, 10.0.0.1, gateway.example:8443",
    }
    p = Proxies.resolve(None, env)
    assert p is not None
    assert p.for_url(httpx.URL("https://sellingpartnerapi-na.amazon.com/x")) == env["HTTPS_PROXY"]
    assert p.for_url(httpx.URL("http://s3.example/x")) == "http://proxy.example:8080"
    assert p.for_url(httpx.URL("https://a.internal.example/x")) is None
    assert p.for_url(httpx.URL("https://internal.example/x")) is None
    assert p.for_url(httpx.URL("http://10.0.0.1/x")) is None
    assert p.for_url(httpx.URL("https://gateway.example:8443/x")) is None
    assert p.for_url(httpx.URL("https://gateway.example/x")) == env["HTTPS_PROXY"]
    assert p.for_url(httpx.URL("https://notinternal.example/x")) == env["HTTPS_PROXY"]
    assert "pa55word" not in repr(p) and "proxy.example" in repr(p)
    assert Proxies.resolve(None, {"ALL_PROXY": "http://all:1"}) == Proxies(
        http="http://all:1", https="http://all:1"
    )
    everything = Proxies.resolve(None, {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "*"})
    assert everything is not None and everything.for_url(httpx.URL("https://x/")) is None
    assert Proxies.resolve(None, {}) is None
    assert Proxies.resolve(False, env) is None
    with pytest.raises(ConfigurationError, match="proxy URL"):
        Proxies.resolve(None, {"HTTPS_PROXY": "ftp://proxy.example"})
    with pytest.raises(ConfigurationError, match="proxy= takes"):
        Proxies.resolve(3128, {})
    with pytest.raises(ConfigurationError, match="with transport="):
        SellingPartner(
            client_id="a",
            client_secret="b",
            refresh_token="c",
            env={},
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
            proxy="http://p:1",
        )
