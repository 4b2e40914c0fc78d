"""Run the fake by hand: ``python -m fake_spapi --port 8123`` (from tests/fakes/)."""

from __future__ import annotations

import argparse
import threading

from ._server import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi


def main(argv: list[str] | None = None) -> int:
    """Parse options, print the connection facts, serve until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m fake_spapi", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8123, help="0 picks a free port")
    parser.add_argument("--expires-in", type=int, default=3600, help="token lifetime (s)")
    parser.add_argument("--advertised-rate", type=float, default=None, help="raised plan (req/s)")
    parser.add_argument("--burst", type=int, default=None, help="every operation's burst")
    parser.add_argument("--retry-after", action="store_true", help="send Retry-After on 429")
    args = parser.parse_args(argv)
    server = FakeSpApi(
        host=args.host,
        port=args.port,
        expires_in=args.expires_in,
        advertised_rate=args.advertised_rate,
        burst=args.burst,
        retry_after=args.retry_after,
    ).start()
    print(f"endpoint      {server.endpoint}")
    print(f"token_url     {server.token_url}")
    print(f"client_id     {FAKE_CLIENT_ID}")
    print(f"client_secret {FAKE_CLIENT_SECRET}")
    print(f"refresh_token {FAKE_REFRESH_TOKEN}")
    print(f"operations    {len(server.operation_ids)}: {', '.join(server.operation_ids)}")
    print("Ctrl-C stops.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
