"""Single-flight locks: shared per (cache, key), and none kept once unused where keys are many."""

from __future__ import annotations

import asyncio
import threading

from selling_partner._locks import AsyncKeyedLocks, KeyedLocks, keyed_locks, lock_for
from selling_partner._token_cache import CachedToken


class SlottedCache:
    """A token cache that cannot be weakly referenced (``__slots__``, no ``__weakref__``)."""

    __slots__ = ("tokens",)

    def __init__(self) -> None:
        self.tokens: dict[str, CachedToken] = {}


def test_lock_for_is_shared_per_cache_and_key_even_without_weak_references() -> None:
    for cache in (SlottedCache(), {"a": "dict"}.copy(), SlottedCache()):
        assert lock_for(cache, "k") is lock_for(cache, "k")
        assert lock_for(cache, "k") is not lock_for(cache, "other")
    assert lock_for(SlottedCache(), "k") is not lock_for(SlottedCache(), "k")
    assert keyed_locks(SlottedCache()) is not keyed_locks(SlottedCache())


def test_keyed_locks_exclude_per_key_and_forget_unused_keys() -> None:
    locks = KeyedLocks()
    inside: list[int] = []
    overlaps: list[int] = []
    barrier = threading.Barrier(6)

    def work() -> None:
        barrier.wait()
        with locks.hold("k"):
            inside.append(1)
            overlaps.append(len(inside))
            inside.pop()

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps == [1] * 6
    assert len(locks) == 0
    with locks.hold("a"), locks.hold("b"):
        assert len(locks) == 2
    assert len(locks) == 0


async def test_async_keyed_locks_exclude_per_key_survive_cancellation_and_forget_keys() -> None:
    locks = AsyncKeyedLocks()
    order: list[str] = []
    release = asyncio.Event()

    async def hold(name: str, until: asyncio.Event | None = None) -> None:
        async with locks.hold("k"):
            order.append(f"{name} in")
            if until is not None:
                await until.wait()
            order.append(f"{name} out")

    first = asyncio.create_task(hold("a", release))
    await asyncio.sleep(0)
    waiting = asyncio.create_task(hold("b"))
    await asyncio.sleep(0)
    waiting.cancel()  # cancelled while waiting for the lock
    release.set()
    await asyncio.gather(first, waiting, return_exceptions=True)
    assert waiting.cancelled()
    assert order == ["a in", "a out"]
    assert len(locks) == 0
    await asyncio.gather(hold("c"), hold("d"))
    assert order[2:] == ["c in", "c out", "d in", "d out"]
    assert len(locks) == 0
