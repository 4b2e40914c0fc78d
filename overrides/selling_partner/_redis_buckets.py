"""Rate-limit buckets in Redis, shared by every process and host of a fleet.

:class:`RedisBucketStore` (sync, also usable from asyncio code at the cost of
a blocking round trip) and :class:`AsyncRedisBucketStore` (``redis.asyncio``)
implement :class:`~selling_partner._ratelimit.BucketStore` /
``AsyncBucketStore``. Each call is one atomic server-side Lua script
(:data:`BUCKET_SCRIPT`): a line-by-line transcription of the pure functions of
:mod:`._ratelimit` (``take``, ``anchor``, ``pause``, ``adopt_rate``,
``refill``) over the same state, held in one hash per bucket. The property
tests of ``tests/unit/test_ratelimit.py`` run against both stores, and a
differential test replays random calls on both and compares every state.

Clock: by default the script reads the Redis server's clock (``TIME``), so
hosts whose clocks disagree share one schedule; ``now``/``until``/``sent`` of
the caller are turned into server time by their offset from the caller's
``now`` (only durations cross the wire). ``server_clock=False`` uses the
callers' clocks instead (one host, or tests that drive the clock).

Failure policy (fail open to local limiting, never an error, never a storm):
when Redis cannot be reached, each process paces itself with a local bucket
whose rate and burst are its share of the plan: the bucket's learnt plan
divided by the number of workers that used the bucket in the last minute (the
script keeps that count), starting empty when the bucket was in use, so the
fleet as a whole stays within the plan. When Redis is back, the first call of
each bucket caps it at empty (the fleet spent tokens Redis did not see), and
so does a bucket Redis lost (a restart without persistence) while it cannot
have been full again.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._errors import ConfigurationError
from ._ratelimit import (
    SAFETY_DELAY,
    SAFETY_FACTOR,
    BucketKey,
    BucketState,
    adopt_rate,
    anchor,
    new_bucket,
    pause,
    take,
)
from ._redis import (
    DEFAULT_PREFIX,
    RECHECK,
    Outage,
    async_client,
    bucket_keys,
    check_prefix,
    import_redis,
    sync_client,
)

__all__ = ["BUCKET_SCRIPT", "AsyncRedisBucketStore", "RedisBucketStore"]

_log = logging.getLogger("selling_partner.redis")

# Server time is counted from this instant (2023-11-14) so that the script's
# doubles keep nanosecond-scale resolution.
_EPOCH = 1_700_000_000
# Seconds a bucket's keys outlive the moment it is full again.
_TTL_MARGIN = 60.0
# A worker counts towards a bucket's fleet while it used it within this window.
_WORKER_WINDOW = 60.0

#: The bucket maths of :mod:`._ratelimit`, run atomically in Redis.
#: KEYS: the bucket hash, its workers set. ARGV: see ``_Core.args``.
BUCKET_SCRIPT = """
local INF = math.huge
local ROUNDING = 1e-9
local function num(s)
  if s == false or s == nil or s == '' then return nil end
  if s == '-inf' then return -INF end
  if s == 'inf' then return INF end
  return tonumber(s)
end
local function fmt(x)
  if x == -INF then return '-inf' end
  if x == INF then return 'inf' end
  return string.format('%.17g', x)
end

local op = ARGV[1]
local caller_now = tonumber(ARGV[4])
local now = caller_now
if ARGV[5] == '1' then
  local t = redis.call('TIME')
  now = (tonumber(t[1]) - tonumber(ARGV[16])) + tonumber(t[2]) / 1000000
end
local shift = now - caller_now
local sd = tonumber(ARGV[6])
local sf = tonumber(ARGV[7])

local h = redis.call('HMGET', KEYS[1], 'rate', 'burst', 'due', 'at', 'anchored', 'last')
local s
if h[1] then
  s = {rate = tonumber(h[1]), burst = tonumber(h[2]), due = num(h[3]), at = num(h[4]),
       anchored = (h[5] == '1'), last = num(h[6])}
else
  -- new_bucket: full, not anchored; or, when the caller knows Redis lost it, not
  -- full for ARGV[13] seconds (the slots the fleet handed out are still pending)
  s = {rate = tonumber(ARGV[2]), burst = tonumber(ARGV[3]), due = -INF, at = now,
       anchored = false, last = -INF}
  local floor = tonumber(ARGV[13])
  if floor > 0 then
    s.due = floor
    s.anchored = true
  end
end

local function due_at(t)
  if not s.anchored then return s.due end
  return s.due - (t - s.at)
end
local function refill(t)
  if t <= s.at or not s.anchored then return end
  s.due = due_at(t)
  s.at = t
end
local function anchor(t)
  if s.anchored then return end
  s.anchored = true
  s.at = math.max(s.at, t)
end
local function take(t, max_wait)
  local interval = 1.0 / (s.rate * sf)
  local due = due_at(t)
  local ready = due - (s.burst - 1) * interval
  local wait = ready + math.min(sd, interval)
  if wait <= ROUNDING then wait = 0.0 end
  if max_wait ~= nil and wait > max_wait then return wait end
  due = math.max(due, wait) + interval
  local at = math.max(s.at, t)
  if s.anchored then due = due - (at - t) end
  s.due = due
  s.at = at
  s.last = math.max(s.last, t + wait)
  return wait
end
local function pause(t, till, sent)
  anchor(t)
  local interval = 1.0 / (s.rate * sf)
  local base = math.max(t, s.at)
  local due = due_at(base)
  local at = math.max(base, till)
  if sent ~= nil and s.last <= sent then
    due = due - interval
  else
    due = math.max(due, s.last + interval - at)
  end
  s.due = math.max(due, (s.burst - 1) * interval)
  s.at = at
end
local function adopt_rate(t, rate)
  if rate == s.rate then return end
  refill(t)
  local due = s.due
  if s.due > 0 then due = s.due * (s.rate / rate) end
  local at = s.at
  if not s.anchored then at = math.max(t, s.at) end
  due = math.max(due, s.last + 1.0 / (rate * sf) - at)
  s.rate = rate
  s.due = due
end

local wait = 0.0
local workers = 0
if op == 'reserve' then
  local floor = tonumber(ARGV[14])
  if floor > 0 then
    -- the fleet paced without Redis meanwhile: not full for `floor` seconds from now
    anchor(now)
    refill(now)
    s.due = math.max(s.due, floor - (s.at - now))
  end
  wait = take(now, num(ARGV[8]))
  redis.call('ZADD', KEYS[2], now, ARGV[12])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[17]))
  workers = redis.call('ZCARD', KEYS[2])
  redis.call('PEXPIRE', KEYS[2], math.ceil(tonumber(ARGV[17]) * 2000))
elseif op == 'observe' then
  anchor(now)
  local advertised = num(ARGV[9])
  if advertised ~= nil then adopt_rate(now, advertised) end
elseif op == 'pause' then
  local sent = num(ARGV[11])
  if sent ~= nil then sent = sent + shift end
  pause(now, tonumber(ARGV[10]) + shift, sent)
else
  return redis.error_reply('unknown bucket operation')
end

redis.call('HSET', KEYS[1], 'rate', fmt(s.rate), 'burst', string.format('%d', s.burst),
           'due', fmt(s.due), 'at', fmt(s.at), 'anchored', s.anchored and '1' or '0',
           'last', fmt(s.last))
local full_in = s.due + math.max(0, s.at - now)
if s.anchored then full_in = s.due + (s.at - now) end
if not (full_in > 0) then full_in = 0 end
redis.call('PEXPIRE', KEYS[1], math.ceil((full_in + tonumber(ARGV[15])) * 1000))
return {fmt(wait), fmt(s.rate), string.format('%d', s.burst), tostring(workers), fmt(full_in),
        s.anchored and '1' or '0'}
"""


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return repr(float(value))  # shortest round-trip text; 'inf'/'-inf' as the script reads them


def _num(raw: Any) -> float:
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    return float(text)


@dataclass
class _Known:
    """What this store last learnt about a bucket from Redis."""

    rate: float
    burst: int
    workers: int
    full_by: float  # caller clock: not full again before this
    epoch: int  # Outage.epoch when learnt
    anchored: bool


class _Core:
    """What both Redis stores share: arguments, replies, the local fallback."""

    def __init__(
        self,
        *,
        prefix: str,
        server_clock: bool,
        safety_delay: float,
        safety_factor: float,
        recheck: float,
        clock: Callable[[], float],
    ) -> None:
        if not (math.isfinite(safety_delay) and safety_delay >= 0):
            raise ConfigurationError(f"safety_delay must be >= 0 seconds, got {safety_delay!r}")
        if not (0 < safety_factor <= 1):
            raise ConfigurationError(f"safety_factor must be in (0, 1], got {safety_factor!r}")
        self.prefix = check_prefix(prefix)
        self.server_clock = bool(server_clock)
        self.safety_delay = safety_delay
        self.safety_factor = safety_factor
        self.clock = clock
        self.outage = Outage("rate limiting", recheck=recheck, clock=clock)
        self.worker = f"{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._guard = threading.Lock()
        self._known: dict[BucketKey, _Known] = {}
        self._local: dict[BucketKey, BucketState] = {}

    def keys(self, key: BucketKey) -> list[str]:
        return list(bucket_keys(self.prefix, key.identity, key.region, key.operation))

    def args(
        self,
        op: str,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        *,
        max_wait: float | None = None,
        advertised: float | None = None,
        until: float | None = None,
        sent: float | None = None,
    ) -> list[str]:
        if_missing = if_kept = 0.0
        if op == "reserve":
            if_missing, if_kept = self._floors(key, now)
        return [
            op,
            _fmt(rate),
            str(int(burst)),
            _fmt(now),
            "1" if self.server_clock else "0",
            _fmt(self.safety_delay),
            _fmt(self.safety_factor),
            _fmt(max_wait),
            _fmt(advertised),
            _fmt(until),
            _fmt(sent),
            self.worker,
            _fmt(if_missing),
            _fmt(if_kept),
            _fmt(_TTL_MARGIN),
            str(_EPOCH),
            _fmt(_WORKER_WINDOW),
        ]

    def _floors(self, key: BucketKey, now: float) -> tuple[float, float]:
        """Seconds the bucket cannot be full for, if Redis lost it / if it kept it.

        0 when nothing is known. A bucket this store saw, and that cannot be full
        again yet, comes back (after a restart without persistence) not full for
        as long as it last said, and at least empty: slots handed out ahead are
        still pending, and the fleet may have spent more since. After an outage
        the fleet paced with local shares Redis did not see: the bucket is at
        least empty, after this process's own pending local slots (the others'
        run alongside).
        """
        known = self._known.get(key)
        if known is None:
            return 0.0, 0.0
        interval = 1.0 / (known.rate * self.safety_factor)
        empty = known.burst * interval
        remaining = known.full_by - self.clock()
        after_outage = known.epoch != self.outage.epoch or self.outage.down
        if not after_outage:
            return (max(remaining, empty) if remaining > 0 else 0.0), 0.0
        local = self._local.get(key)
        pending = max(0.0, local.last - now) if local is not None else 0.0
        kept = pending + empty
        return max(remaining, kept), kept

    def reserved(self, key: BucketKey, reply: list[Any]) -> float:
        """Record what a reserve reply says about the bucket; the wait."""
        wait, rate, burst, workers, full_in, anchored = reply
        full = _num(full_in)
        self._known[key] = _Known(
            rate=_num(rate),
            burst=int(_num(burst)),
            workers=max(1, int(_num(workers))),
            full_by=self.clock() + full,
            epoch=self.outage.epoch,
            anchored=anchored in (b"1", "1"),
        )
        if self._local:
            with self._guard:
                self._local.pop(key, None)  # a next outage starts from what Redis says then
        return _num(wait)

    # -- the local fallback (Redis unreachable) ---------------------------------------

    def _local_get(self, key: BucketKey, rate: float, burst: int, now: float) -> BucketState:
        state = self._local.get(key)
        if state is not None:
            return state
        known = self._known.get(key)
        if known is None:  # never reached Redis for it: pace alone, as the in-memory store
            return new_bucket(now, rate, burst)
        share_rate = known.rate / known.workers
        share_burst = max(1, known.burst // known.workers)
        # Empty once the slots the fleet was handed are sent (Redis said when the
        # bucket would be full again): the fleet may just have spent it.
        shared_empty = known.burst / (known.rate * self.safety_factor)
        pending = max(0.0, known.full_by - self.clock() - shared_empty)
        interval = 1.0 / (share_rate * self.safety_factor)
        due = pending + share_burst * interval
        return BucketState(share_rate, share_burst, due, now, anchored=True)

    def local_reserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None
    ) -> float:
        with self._guard:
            state, wait = take(
                self._local_get(key, rate, burst, now),
                now,
                safety_delay=self.safety_delay,
                safety_factor=self.safety_factor,
                max_wait=max_wait,
            )
            self._local[key] = state
        return wait

    def local_observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        with self._guard:
            state = anchor(self._local_get(key, rate, burst, now), now)
            if advertised is not None:
                known = self._known.get(key)
                share = advertised / (known.workers if known is not None else 1)
                state = adopt_rate(state, now, share, safety_factor=self.safety_factor)
            self._local[key] = state

    def local_pause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None,
    ) -> None:
        with self._guard:
            self._local[key] = pause(
                self._local_get(key, rate, burst, now),
                now,
                until,
                sent=sent,
                safety_factor=self.safety_factor,
            )

    def observe_changes_nothing(self, key: BucketKey, advertised: float | None) -> bool:
        """True when ``observe`` would leave the bucket as it is: no round trip then.

        The bucket was anchored when this store last reserved from it, and the
        response announces the rate it had (or none). Anchoring happens once and
        adopting the same rate changes nothing, so skipping halves the round trips
        of a steady stream of calls. A bucket Redis recreated is re-learnt by the
        next reserve (its creator sees it unanchored and observes).
        """
        known = self._known.get(key)
        return (
            known is not None
            and known.anchored
            and (advertised is None or advertised == known.rate)
            and not self.outage.down
        )

    def observed(self, key: BucketKey, advertised: float | None) -> None:
        known = self._known.get(key)
        if known is not None:
            known.anchored = True
            if advertised is not None:
                known.rate = advertised

    def describe(self, name: str) -> str:
        state = "down, pacing locally" if self.outage.down else "up"
        clock = "server" if self.server_clock else "caller"
        return f"{name}(prefix={self.prefix!r}, clock={clock!r}, redis={state})"


def _state(raw: dict[Any, Any]) -> BucketState | None:
    if not raw:
        return None
    fields = {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in raw.items()
    }
    return BucketState(
        rate=float(fields["rate"]),
        burst=int(fields["burst"]),
        due=float(fields["due"]),
        at=float(fields["at"]),
        anchored=fields["anchored"] == "1",
        last=float(fields["last"]),
    )


def _redis_error() -> type[Exception]:
    error: type[Exception] = import_redis().exceptions.RedisError
    return error


class RedisBucketStore:
    """Token buckets in Redis, shared by every process that uses the same server.

    Args:
        client: a ``redis.Redis`` or ``redis.cluster.RedisCluster`` (redis-py).
        prefix: the start of every key name.
        server_clock: time buckets by the Redis server's clock (``TIME``);
            ``False`` uses the ``now`` callers pass (one host, or tests).
        safety_delay: see :data:`~selling_partner._ratelimit.SAFETY_DELAY`.
        safety_factor: see :data:`~selling_partner._ratelimit.SAFETY_FACTOR`.
        recheck: seconds between attempts to reach Redis while it is down.
        clock: this process's monotonic clock (the callers' ``now``).
        owns_client: close ``client`` in :meth:`close` (``from_url`` does).
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        server_clock: bool = True,
        safety_delay: float = SAFETY_DELAY,
        safety_factor: float = SAFETY_FACTOR,
        recheck: float = RECHECK,
        clock: Callable[[], float] = time.monotonic,
        owns_client: bool = False,
    ) -> None:
        self._error = _redis_error()
        self._core = _Core(
            prefix=prefix,
            server_clock=server_clock,
            safety_delay=safety_delay,
            safety_factor=safety_factor,
            recheck=recheck,
            clock=clock,
        )
        self._client = client
        self._script = client.register_script(BUCKET_SCRIPT)
        self._owns = owns_client

    @classmethod
    def from_url(cls, url: str, *, cluster: bool = False, **options: Any) -> RedisBucketStore:
        """A store on its own connection pool to ``url`` (``redis://host:6379/0``).

        ``cluster=True`` connects to a Redis Cluster through one of its nodes.
        Other keyword arguments go to the store (``prefix``, ``server_clock``...)
        or, if it does not take them, to redis-py.
        """
        mine, theirs = _split(options)
        return cls(sync_client(url, cluster=cluster, **theirs), owns_client=True, **mine)

    def _call(self, key: BucketKey, args: list[str]) -> list[Any] | None:
        if not self._core.outage.usable():
            return None
        try:
            reply: list[Any] = self._script(keys=self._core.keys(key), args=args)
        except self._error as exc:
            self._core.outage.failed(exc)
            return None
        self._core.outage.recovered()
        return reply

    def reserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        """Take a slot; return the seconds to wait (see ``BucketStore.reserve``)."""
        args = self._core.args("reserve", key, rate, burst, now, max_wait=max_wait)
        reply = self._call(key, args)
        if reply is None:
            return self._core.local_reserve(key, rate, burst, now, max_wait)
        return self._core.reserved(key, reply)

    def observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """An attempt ended at ``now``; anchor, adopt ``advertised`` (see ``BucketStore``)."""
        if self._core.observe_changes_nothing(key, advertised):
            return
        args = self._core.args("observe", key, rate, burst, now, advertised=advertised)
        if self._call(key, args) is None:
            self._core.local_observe(key, rate, burst, now, advertised)
        else:
            self._core.observed(key, advertised)

    def pause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        """Hand out no slot before ``until`` (see ``BucketStore.pause``)."""
        args = self._core.args("pause", key, rate, burst, now, until=until, sent=sent)
        if self._call(key, args) is None:
            self._core.local_pause(key, rate, burst, now, until, sent)

    def state(self, key: BucketKey) -> BucketState | None:
        """The bucket as Redis holds it (times of the store's clock), or ``None``."""
        return _state(self._client.hgetall(self._core.keys(key)[0]))

    def close(self) -> None:
        """Close the connection pool if the store opened it (``from_url``)."""
        if self._owns:
            self._client.close()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


class AsyncRedisBucketStore:
    """:class:`RedisBucketStore` on ``redis.asyncio``: never blocks the event loop.

    Same arguments, with a ``redis.asyncio.Redis`` (or its ``RedisCluster``)
    client. Like any asyncio client, use it from one event loop.
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        server_clock: bool = True,
        safety_delay: float = SAFETY_DELAY,
        safety_factor: float = SAFETY_FACTOR,
        recheck: float = RECHECK,
        clock: Callable[[], float] = time.monotonic,
        owns_client: bool = False,
    ) -> None:
        self._error = _redis_error()
        self._core = _Core(
            prefix=prefix,
            server_clock=server_clock,
            safety_delay=safety_delay,
            safety_factor=safety_factor,
            recheck=recheck,
            clock=clock,
        )
        self._client = client
        self._script = client.register_script(BUCKET_SCRIPT)
        self._owns = owns_client

    @classmethod
    def from_url(cls, url: str, *, cluster: bool = False, **options: Any) -> AsyncRedisBucketStore:
        """A store on its own ``redis.asyncio`` pool to ``url`` (see ``RedisBucketStore``)."""
        mine, theirs = _split(options)
        return cls(async_client(url, cluster=cluster, **theirs), owns_client=True, **mine)

    async def _call(self, key: BucketKey, args: list[str]) -> list[Any] | None:
        if not self._core.outage.usable():
            return None
        try:
            reply: list[Any] = await self._script(keys=self._core.keys(key), args=args)
        except self._error as exc:
            self._core.outage.failed(exc)
            return None
        self._core.outage.recovered()
        return reply

    async def areserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        """Take a slot; return the seconds to wait (see ``BucketStore.reserve``)."""
        args = self._core.args("reserve", key, rate, burst, now, max_wait=max_wait)
        reply = await self._call(key, args)
        if reply is None:
            return self._core.local_reserve(key, rate, burst, now, max_wait)
        return self._core.reserved(key, reply)

    async def aobserve(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """An attempt ended at ``now``; anchor, adopt ``advertised`` (see ``BucketStore``)."""
        if self._core.observe_changes_nothing(key, advertised):
            return
        args = self._core.args("observe", key, rate, burst, now, advertised=advertised)
        if await self._call(key, args) is None:
            self._core.local_observe(key, rate, burst, now, advertised)
        else:
            self._core.observed(key, advertised)

    async def apause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        """Hand out no slot before ``until`` (see ``BucketStore.pause``)."""
        args = self._core.args("pause", key, rate, burst, now, until=until, sent=sent)
        if await self._call(key, args) is None:
            self._core.local_pause(key, rate, burst, now, until, sent)

    async def astate(self, key: BucketKey) -> BucketState | None:
        """The bucket as Redis holds it (times of the store's clock), or ``None``."""
        return _state(await self._client.hgetall(self._core.keys(key)[0]))

    async def aclose(self) -> None:
        """Close the connection pool if the store opened it (``from_url``)."""
        if self._owns:
            await self._client.aclose()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


_STORE_OPTIONS = frozenset(
    {"prefix", "server_clock", "safety_delay", "safety_factor", "recheck", "clock"}
)


def _split(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    mine = {k: v for k, v in options.items() if k in _STORE_OPTIONS}
    theirs = {k: v for k, v in options.items() if k not in _STORE_OPTIONS}
    return mine, theirs
