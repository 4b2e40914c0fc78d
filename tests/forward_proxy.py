"""A small HTTP forward proxy (stdlib only), run as a separate process by the proxy tests.

    python tests/forward_proxy.py LOG_FILE [--map HOST=127.0.0.1:PORT ...]

Binds a free port on 127.0.0.1 and prints it on the first line of stdout. Every
request it receives is appended to LOG_FILE as ``METHOD TARGET`` (one line,
flushed): absolute-form requests (``GET http://host/path?query``) are forwarded
to ``--map``'s address for their host (only mapped hosts: nothing leaves the
machine), with the response relayed; ``CONNECT host:port`` (an https URL) is
logged and refused with 403, since the tests never open a TLS tunnel.
"""

from __future__ import annotations

import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Proxy

    def log_message(self, format: str, *args: object) -> None:
        return

    def _log(self) -> None:
        with self.server.lock, open(self.server.log_file, "a", encoding="utf-8") as log:
            log.write(f"{self.command} {self.path}\n")

    def do_CONNECT(self) -> None:
        self._log()
        self.send_response(403, "tunnels refused by the test proxy")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _forward(self) -> None:
        self._log()
        url = urlsplit(self.path)
        target = self.server.hosts.get(url.hostname or "")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if not url.scheme or target is None:
            self.send_response(502, "host not mapped")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        host, _, port = target.rpartition(":")
        upstream = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            path = url.path + (f"?{url.query}" if url.query else "")
            upstream.request(self.command, path or "/", body=body, headers=headers)
            answer = upstream.getresponse()
            content = answer.read()
            self.send_response(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in _HOP_BY_HOP | {"content-length"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        finally:
            upstream.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _forward


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, log_file: str, hosts: dict[str, str]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.log_file = log_file
        self.hosts = hosts
        self.lock = threading.Lock()


def main(argv: list[str]) -> None:
    log_file, rest = argv[0], argv[1:]
    hosts: dict[str, str] = {}
    while rest:
        flag, mapping, *rest = rest
        if flag != "--map":
            raise SystemExit(f"unknown argument {flag}")
        name, _, address = mapping.partition("=")
        hosts[name] = address
    proxy = _Proxy(log_file, hosts)
    print(proxy.server_address[1], flush=True)
    proxy.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
