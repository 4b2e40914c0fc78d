"""Fleet mode end to end: real processes, a real Redis, the fake SP-API's strict buckets.

Timing figures come from ``benchmarks/bench_fleet.py``; these tests assert what
must hold whatever the machine's load: no 429, one token request for the fleet,
every call answered.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import redis
from cryptography.fernet import Fernet
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from redis_server import RedisCluster, RedisServer
from selling_partner import (
    AsyncRedisTokenCache,
    AsyncSellingPartner,
    ConfigurationError,
    InMemoryBucketStore,
    RedisBucketStore,
    RedisTokenCache,
    SellingPartner,
)
from selling_partner._operations import OperationIndex
from selling_partner._ratelimit import BucketKey
from selling_partner._token_cache import CachedToken
from selling_partner._transport import SpApiTransport

ROOT = Path(__file__).resolve().parents[2]
OP = "getPackageTrackingDetails"
# The fake names an operationId two packages share by <package>.<operationId>.
FAKE_OP = f"fulfillment_outbound_v2020_07_01.{OP}"
CREDS = {
    "client_id": "amzn1.application-oa2-client.x",
    "client_secret": "s",
    "refresh_token": "Atzr|x",
    "region": "na",
}

_WORKER = textwrap.dedent(
    """
    import asyncio, json, sys, threading, time
    from collections import Counter
    import redis
    from selling_partner import ApiError, AsyncSellingPartner, SellingPartner
    mode, calls, threads, endpoint, token_url, redis_url, cid, secret, refresh, signals = (
        sys.argv[1:])
    calls, threads = int(calls), int(threads)
    signal = redis.Redis.from_url(signals)
    def ready_then_wait():  # warmed up (imports, token, a connection): wait for the others
        signal.incr("test:ready")
        while not signal.exists("test:go"):
            time.sleep(0.002)
    args = dict(client_id=cid, client_secret=secret, refresh_token=refresh, region="na",
                endpoint=endpoint, token_url=token_url)
    if redis_url != "-":
        args["redis_url"] = redis_url
    statuses = Counter()
    if mode == "threads":
        with SellingPartner(**args) as sp:
            sp.fulfillment_outbound_v2020_07_01.get_features(marketplace_id="ATVPDKIKX0DER")
            ready_then_wait()
            op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
            left, lock = [calls], threading.Lock()
            def work():
                while True:
                    with lock:
                        if not left[0]:
                            return
                        left[0] -= 1
                    try:
                        status = op.detailed(package_number=1).status_code
                    except ApiError as exc:
                        status = exc.status
                    with lock:
                        statuses[status] += 1
            ts = [threading.Thread(target=work) for _ in range(threads)]
            [t.start() for t in ts]
            [t.join() for t in ts]
    else:
        async def main():
            async with AsyncSellingPartner(**args) as sp:
                await sp.fulfillment_outbound_v2020_07_01.get_features(
                    marketplace_id="ATVPDKIKX0DER")
                await asyncio.to_thread(ready_then_wait)
                op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
                left = [calls]
                async def work():
                    while left[0]:
                        left[0] -= 1
                        try:
                            statuses[(await op.detailed(package_number=1)).status_code] += 1
                        except ApiError as exc:
                            statuses[exc.status] += 1
                await asyncio.gather(*(work() for _ in range(threads)))
        asyncio.run(main())
    print(json.dumps(statuses))
    """
)


def run_fleet(
    server: FakeSpApi,
    redis_url: str,
    mode: str,
    processes: int,
    calls: int,
    threads: int,
    *,
    signals: str,
    before: Callable[[], object] = lambda: None,
) -> list[dict[str, int]]:
    """``processes`` real worker processes, ``calls`` calls each; their status counts.

    The workers warm up, then start together once ``before()`` has run.
    ``redis_url`` ``"-"``: each process paces alone (no Redis). ``signals``: a
    Redis for the start signal.
    """
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WORKER,
                mode,
                str(calls),
                str(threads),
                server.endpoint,
                server.token_url,
                redis_url,
                FAKE_CLIENT_ID,
                FAKE_CLIENT_SECRET,
                FAKE_REFRESH_TOKEN,
                signals,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(processes)
    ]
    signal = redis.Redis.from_url(signals)
    signal.delete("test:ready", "test:go")
    deadline = time.monotonic() + 120
    while int(signal.get("test:ready") or 0) < processes:
        if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
            raise AssertionError(procs[0].communicate(timeout=60)[1][-3000:])
        time.sleep(0.01)
    before()
    signal.set("test:go", 1)
    signal.close()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err[-3000:]
        results.append(json.loads(out))
    return results


@pytest.mark.parametrize("mode", [pytest.param("threads", marks=pytest.mark.realtime), "asyncio"])
def test_processes_sharing_redis_never_outpace_the_servers_bucket(
    redis_url: str, mode: str
) -> None:
    """3 processes x 4 workers, 60 calls on one plan (burst 30, raised to 10/s): no 429.

    The workers warm up (a connection, the token); the parent spends the burst
    through the same Redis, one call after another; then they start together,
    into a bucket that is never full again. (A request sent from a full bucket
    and delayed on its way by more than SAFETY_DELAY, as the first request of a
    process opening its connection on a loaded machine can be, loses refill to
    the cap whatever the store; pacing from a full bucket is what
    ``tests/unit/test_ratelimit.py`` and ``benchmarks/bench_fleet.py`` measure.)
    """
    with FakeSpApi(advertised_rate=10.0) as server, RedisServer() as signals:
        sp = SellingPartner(
            client_id=FAKE_CLIENT_ID,
            client_secret=FAKE_CLIENT_SECRET,
            refresh_token=FAKE_REFRESH_TOKEN,
            endpoint=server.endpoint,
            token_url=server.token_url,
            redis_url=redis_url,
        )
        op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

        def spend_the_burst() -> None:
            server.reset_stats()
            for _ in range(30):
                op(package_number=1)

        with sp:
            results = run_fleet(
                server, redis_url, mode, 3, 20, 4, signals=signals.url, before=spend_the_burst
            )
        stats = server.stats
    assert [r.get("200") for r in results] == [20, 20, 20]
    assert stats.throttled == 0
    assert stats.requests[FAKE_OP] == 90  # the parent's 30, the fleet's 60, no resends
    assert sum(stats.token_requests.values()) == 0  # one before the reset, for them all


@pytest.mark.realtime
def test_without_redis_the_same_fleet_meets_429s() -> None:
    """The control: each process paces alone at the full plan and the server refuses some."""
    with FakeSpApi(advertised_rate=10.0) as server, RedisServer() as signals:
        results = run_fleet(server, "-", "threads", 3, 20, 4, signals=signals.url)
        stats = server.stats
    assert [r.get("200") for r in results] == [20, 20, 20]  # after retries
    assert stats.throttled > 0
    assert sum(stats.token_requests.values()) == 3  # one per process


def test_redis_url_wires_both_stores_and_the_client_closes_them(redis_url: str) -> None:
    sp = SellingPartner(**CREDS, redis_url=redis_url)
    store, cache = sp._bucket_store, sp._token_cache
    assert isinstance(store, RedisBucketStore) and isinstance(cache, RedisTokenCache)
    assert store._client is cache._client  # one pool
    sp.close()
    asp = AsyncSellingPartner(**CREDS, redis_url=redis_url)
    assert type(asp._bucket_store).__name__ == "AsyncRedisBucketStore"
    assert isinstance(asp._token_cache, AsyncRedisTokenCache)


def test_redis_url_settings_are_checked(redis_url: str) -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        SellingPartner(**CREDS, redis_url=redis_url, bucket_store=InMemoryBucketStore())
    with pytest.raises(ConfigurationError, match="pass redis_url too"):
        SellingPartner(**CREDS, token_encryption_key="k")
    with pytest.raises(ConfigurationError, match="must start with redis://") as caught:
        SellingPartner(**CREDS, redis_url="localhost:6379:hunter2")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(ConfigurationError, match="token_cache must implement TokenCache"):
        SellingPartner(**CREDS, token_cache=AsyncRedisTokenCache(redis.asyncio.Redis()))


def test_without_redis_py_the_error_says_which_extra_to_install() -> None:
    probe = (
        "import sys; sys.modules['redis'] = None\n"
        "from selling_partner import SellingPartner, ConfigurationError\n"
        "try:\n"
        "    SellingPartner(client_id='a', client_secret='b', refresh_token='c', region='na',\n"
        "                   redis_url='redis://localhost:6379/0')\n"
        "except ConfigurationError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "pip install 'selling-partner[redis]'" in out.stdout


def test_grantless_operations_get_a_bucket_per_application() -> None:
    store = InMemoryBucketStore()
    index = OperationIndex.default()
    for seller in ("seller-1", "seller-2"):
        inner = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
        transport = SpApiTransport(
            inner,
            operations=index,
            identity=seller,
            region="na",
            app_identity="app",
            store=store,
        )
        with httpx.Client(base_url="https://sp", transport=transport) as client:
            client.get("/notifications/v1/destinations")  # grantless getDestinations
            client.get("/fba/outbound/2020-07-01/tracking", params={"packageNumber": 1})
    assert store.state(BucketKey("app", "na", "getDestinations")) is not None
    assert store.state(BucketKey("seller-1", "na", "getDestinations")) is None
    assert store.state(BucketKey("seller-2", "na", "getDestinations")) is None
    assert store.state(BucketKey("seller-1", "na", OP)) is not None
    assert store.state(BucketKey("seller-2", "na", OP)) is not None


def test_clients_of_one_app_share_its_grantless_bucket() -> None:
    store = InMemoryBucketStore()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/o2/token":
            return httpx.Response(200, json={"access_token": "Atza|t", "expires_in": 3600})
        return httpx.Response(200, json={"payload": []})

    for refresh in ("Atzr|seller-1", "Atzr|seller-2"):
        with SellingPartner(
            client_id="amzn1.application-oa2-client.app",
            client_secret="s",
            refresh_token=refresh,
            endpoint="https://sp.example",
            token_url="https://sp.example/auth/o2/token",
            transport=httpx.MockTransport(answer),
            bucket_store=store,
        ) as sp:
            sp.notifications_v1.get_destinations()
    keys = [k for k in store._buckets if k.operation == "getDestinations"]
    assert len(keys) == 1  # per application, not per seller


def test_a_three_node_redis_cluster() -> None:
    """Buckets and tokens on a real 3-master Redis Cluster: one slot per seller."""
    with RedisCluster() as cluster:
        store = RedisBucketStore.from_url(cluster.url, cluster=True)
        cache = RedisTokenCache.from_url(cluster.url, cluster=True)
        sellers = [f"{n:016x}" for n in range(12)]
        for identity in sellers:
            for op in ("getFeatures", OP):
                assert store.reserve(BucketKey(identity, "na", op), 2.0, 30, 0.0) == 0.0
            token = cache.fetch_once(
                f"lwa:{identity}", lambda: CachedToken("Atza|t", 9e9), lambda t: True
            )
            assert cache.get(f"lwa:{identity}") == token
        nodes = [redis.Redis(port=node.port) for node in cluster.nodes]
        slots: dict[str, set[int]] = {}
        per_node = []
        for node in nodes:
            names = [k.decode() for k in node.keys("*")]
            per_node.append(len(names))
            for name in names:
                seller = name.split("{")[1].split("}")[0]
                slots.setdefault(seller, set()).add(node.cluster("keyslot", name))
        assert sorted(slots) == sellers
        assert all(len(s) == 1 for s in slots.values())  # each seller's 5 keys: one slot
        assert sum(1 for n in per_node if n) >= 2  # and the sellers spread over the nodes
        store.close()
        cache.close()
        for node in nodes:
            node.close()


def test_a_redis_restart_mid_run_causes_no_caller_error_and_no_429(
    own_redis: RedisServer,
) -> None:
    """The table's plan (2/s, burst 30): the burst, then Redis gone, then back empty."""
    with (
        FakeSpApi() as fake,
        SellingPartner(
            client_id=FAKE_CLIENT_ID,
            client_secret=FAKE_CLIENT_SECRET,
            refresh_token=FAKE_REFRESH_TOKEN,
            endpoint=fake.endpoint,
            token_url=fake.token_url,
            redis_url=own_redis.url,
        ) as sp,
    ):
        op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
        for _ in range(30):
            op(package_number=1)  # the burst
        own_redis.stop()
        for _ in range(2):
            op(package_number=1)  # paced locally; the token from this process's copy
        own_redis.start()  # empty: the bucket is recreated empty, not full
        for _ in range(2):
            op(package_number=1)
        stats = fake.stats
    assert stats.requests[FAKE_OP] == 34
    assert stats.throttled == 0
    # The restart emptied Redis: one more token request (for the whole fleet, single flight).
    assert sum(stats.token_requests.values()) == 2


def test_no_secret_in_redis_key_names_and_tokens_encrypted_on_request(redis_url: str) -> None:
    key = Fernet.generate_key()
    with (
        FakeSpApi() as fake,
        SellingPartner(
            client_id=FAKE_CLIENT_ID,
            client_secret=FAKE_CLIENT_SECRET,
            refresh_token=FAKE_REFRESH_TOKEN,
            endpoint=fake.endpoint,
            token_url=fake.token_url,
            redis_url=redis_url,
            token_encryption_key=key,
        ) as sp,
    ):
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
        sp.notifications_v1.get_destinations()  # a grantless token too
        client = redis.Redis.from_url(redis_url)
        names = [k.decode() for k in client.keys("*")]
        values = b"".join(
            client.get(k) or b"" for k in client.keys("*") if client.type(k) == b"string"
        )
        client.close()
    assert sum(fake.stats.token_requests.values()) == 2  # seller + grantless
    secrets = (FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FAKE_CLIENT_ID, "Atza|", "Atzr|")
    assert len([n for n in names if n.endswith(":lwa")]) == 2
    for secret in secrets:
        assert not [n for n in names if secret in n]
        assert secret.encode() not in values  # encrypted; refresh token and secret never stored
    assert all(n.startswith("selling-partner:{") for n in names)
