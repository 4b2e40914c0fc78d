"""The Redis token cache against a real redis-server: values, TTLs, encryption, single flight."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from cryptography.fernet import Fernet
from redis_server import RedisServer
from selling_partner import AuthError, CachedToken, ConfigurationError
from selling_partner._redis_tokens import AsyncRedisTokenCache, RedisTokenCache
from selling_partner._token_cache import (
    AsyncSharedTokenCache,
    AsyncTokenCache,
    SharedTokenCache,
    TokenCache,
)

KEY = "lwa:0123456789abcdef"
NAME = "selling-partner:{0123456789abcdef}:lwa"
SECRET = "Atza" + "|IwEBIsecret-access-token"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_url)
    yield c
    c.close()


def token(expires_in: float = 3600.0, value: str = SECRET) -> CachedToken:
    return CachedToken(value, time.time() + expires_in)


def test_protocols(client: redis.Redis) -> None:
    cache = RedisTokenCache(client)
    assert isinstance(cache, TokenCache) and isinstance(cache, SharedTokenCache)
    acache = AsyncRedisTokenCache(redis.asyncio.Redis())
    assert isinstance(acache, AsyncTokenCache) and isinstance(acache, AsyncSharedTokenCache)


def test_set_get_delete_and_the_ttl_is_the_tokens_life(redis_url: str, client: redis.Redis) -> None:
    cache = RedisTokenCache(client)
    stored = token(600)
    cache.set(KEY, stored)
    assert client.keys("*") == [NAME.encode()]
    assert 599_000 < client.pttl(NAME) <= 600_000
    other = RedisTokenCache.from_url(redis_url)
    assert other.get(KEY) == stored  # another process's cache sees it
    other.delete(KEY, "some other token")  # replaced meanwhile: kept
    assert cache.get(KEY) == stored
    other.delete(KEY, SECRET)
    assert cache.get(KEY) is None
    cache.set(KEY, stored)
    cache.delete(KEY)
    assert client.keys("*") == []
    other.close()


def test_rdt_keys_share_the_sellers_hash_tag(client: redis.Redis) -> None:
    cache = RedisTokenCache(client)
    cache.set("rdt:0123456789abcdef:a1b2c3d4e5f60718", token())
    assert client.keys("*") == [b"selling-partner:{0123456789abcdef}:rdt:a1b2c3d4e5f60718"]


def test_without_a_key_the_token_is_stored_in_clear(client: redis.Redis) -> None:
    RedisTokenCache(client).set(KEY, token())
    assert SECRET.encode() in client.get(NAME)  # what the README warns about


def test_with_a_key_it_is_encrypted_and_keys_can_rotate(client: redis.Redis) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    RedisTokenCache(client, encryption_key=old).set(KEY, token())
    raw = client.get(NAME)
    assert SECRET.encode() not in raw and b"Atza" not in raw
    # Rotation: the new key first, the old one still reads what it wrote.
    assert RedisTokenCache(client, encryption_key=[new, old]).get(KEY).access_token == SECRET


def test_an_unreadable_value_counts_as_missing_and_is_logged_once(
    client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    RedisTokenCache(client).set(KEY, token())  # in clear
    cache = RedisTokenCache(client, encryption_key=Fernet.generate_key())
    with caplog.at_level(logging.WARNING, "selling_partner"):
        assert cache.get(KEY) is None
        assert cache.get(KEY) is None
    assert len(caplog.records) == 1
    assert SECRET not in caplog.text


def test_a_bad_encryption_key_is_refused_without_echoing_it(client: redis.Redis) -> None:
    with pytest.raises(ConfigurationError, match="Fernet key") as caught:
        RedisTokenCache(client, encryption_key="not-a-key-hunter2")
    assert "hunter2" not in str(caught.value)


def test_reprs_hold_no_url_or_secret(redis_url: str) -> None:
    cache = RedisTokenCache.from_url(redis_url, encryption_key=Fernet.generate_key())
    cache.set(KEY, token())
    assert repr(cache) == "RedisTokenCache(prefix='selling-partner', encrypted=yes, redis=up)"
    cache.close()


def test_a_password_in_the_url_reaches_no_log_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    password = "hunter2" + "-pw"  # built here: no credential-shaped URL is tracked
    with RedisServer(extra=("--requirepass", password)) as server:
        url = f"redis://:{password}@127.0.0.1:{server.port}/0"
        cache = RedisTokenCache.from_url(url)
        cache.set(KEY, token())
        assert cache.get(KEY) is not None  # authenticated for real
        server.stop()
        with caplog.at_level(logging.DEBUG, "selling_partner"):
            assert cache.get(KEY) is not None  # the local copy
        assert "hunter2" not in caplog.text + repr(cache)
        cache.close()


def test_fetch_once_stores_and_later_callers_reuse(client: redis.Redis) -> None:
    cache = RedisTokenCache(client)
    calls: list[int] = []

    def fetch() -> CachedToken:
        calls.append(1)
        return token()

    first = cache.fetch_once(KEY, fetch, lambda t: t.fresh(time.time(), 60))
    again = cache.fetch_once(KEY, fetch, lambda t: t.fresh(time.time(), 60))
    assert first == again and len(calls) == 1
    assert client.get(NAME + ":lock") is None  # released


def test_a_failed_fetch_releases_the_lock_and_raises(client: redis.Redis) -> None:
    cache = RedisTokenCache(client)

    def fetch() -> CachedToken:
        raise AuthError("Login with Amazon refused the token request", status=400)

    with pytest.raises(AuthError, match="refused"):
        cache.fetch_once(KEY, fetch, lambda t: True)
    assert client.get(NAME + ":lock") is None
    assert client.pttl(NAME + ":failed") > 0  # kept briefly for the waiters


def test_redis_down_caches_locally_and_fetches_alone(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    cache = RedisTokenCache.from_url(own_redis.url)
    cache.set(KEY, token())
    own_redis.stop()
    with caplog.at_level(logging.WARNING, "selling_partner"):
        assert cache.get(KEY) is not None  # this process's copy
        got = cache.fetch_once("lwa:other", lambda: token(value="fresh"), lambda t: True)
        assert got.access_token == "fresh"
        cache.set("lwa:third", token())
        cache.delete(KEY)
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "Redis unreachable (ConnectionError)"
    ]
    cache.close()


_CHILD = textwrap.dedent(
    """
    import sys, time, redis
    from selling_partner import AuthError, CachedToken
    from selling_partner._redis_tokens import RedisTokenCache
    url, mode = sys.argv[1], sys.argv[2]
    r = redis.Redis.from_url(url)
    r.incr("test:ready")
    while not r.exists("test:go"):
        time.sleep(0.005)
    def fetch():
        r.incr("test:fetches")
        time.sleep(0.5)
        if mode == "fail":
            raise AuthError("Login with Amazon refused the token request (invalid_grant)",
                            status=400, operation="LoginWithAmazon")
        return CachedToken("token-of-%d" % __import__("os").getpid(), time.time() + 3600)
    cache = RedisTokenCache.from_url(url)
    try:
        got = cache.fetch_once("lwa:0123456789abcdef", fetch, lambda t: t.fresh(time.time(), 60))
        print("ok", got.access_token)
    except AuthError as exc:
        print("error", type(exc).__name__, exc.status, exc.operation, exc.message)
    """
)


def _fleet(redis_url: str, client: redis.Redis, mode: str, n: int = 4) -> list[str]:
    """``n`` real processes ask for one key at the same instant; their outputs."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, redis_url, mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(n)
    ]
    deadline = time.monotonic() + 60
    while int(client.get("test:ready") or 0) < n and time.monotonic() < deadline:
        time.sleep(0.01)
    client.set("test:go", 1)
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        outputs.append(out.strip())
    return outputs


@pytest.mark.realtime
def test_one_token_request_for_the_whole_fleet(redis_url: str, client: redis.Redis) -> None:
    outputs = _fleet(redis_url, client, "ok")
    assert int(client.get("test:fetches")) == 1
    assert len(set(outputs)) == 1 and outputs[0].startswith("ok token-of-")


@pytest.mark.realtime
def test_the_waiters_share_the_fetchers_failure(redis_url: str, client: redis.Redis) -> None:
    outputs = _fleet(redis_url, client, "fail")
    assert int(client.get("test:fetches")) == 1  # nobody hammers LWA with a refused grant
    assert len(outputs) == 4
    for line in outputs:
        assert line.startswith("error AuthError 400 LoginWithAmazon Login with Amazon refused")
    shared = [line for line in outputs if "another process" in line]
    assert len(shared) == 3


async def test_the_async_cache(redis_url: str, client: redis.Redis) -> None:
    cache = AsyncRedisTokenCache.from_url(redis_url, encryption_key=Fernet.generate_key())
    stored = token()
    await cache.aset(KEY, stored)
    assert await cache.aget(KEY) == stored
    assert SECRET.encode() not in client.get(NAME)
    await cache.adelete(KEY, "another")
    assert await cache.aget(KEY) == stored
    await cache.adelete(KEY, SECRET)
    assert await cache.aget(KEY) is None
    calls: list[int] = []

    async def fetch() -> CachedToken:
        calls.append(1)
        return stored

    assert await cache.afetch_once(KEY, fetch, lambda t: True) == stored
    assert await cache.afetch_once(KEY, fetch, lambda t: True) == stored
    assert len(calls) == 1
    assert RedisTokenCache(client).get(KEY) is None  # encrypted: unreadable without the key
    await cache.aclose()
