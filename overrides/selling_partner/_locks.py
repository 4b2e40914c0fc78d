"""Single-flight locks: one token fetch in flight per (token cache, key).

Clients that share a token cache share its locks, so the whole process makes one
fetch per key whichever mix of threads, tasks, sync and async clients asks.

* :func:`lock_for` gives the lock of a (cache, key) for as long as anyone holds
  on to it (a token provider does, for its lifetime). For keys asked for again
  and again: one per LWA grant or grantless scope. Kept weakly, so a process
  serving thousands of sellers keeps the locks of the providers alive only.
* :func:`keyed_locks` gives the :class:`KeyedLocks` of a cache: a lock per key
  that exists only while a caller holds it or waits for it. For keys without a
  bound, such as one Restricted Data Token per order.
* :class:`AsyncKeyedLocks`: the same with ``asyncio.Lock``, for the tasks of one
  event loop.

Registries are weakly keyed by the cache, so a dropped cache drops its locks;
a cache that cannot be weakly referenced is kept alive (a few bytes each).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncKeyedLocks", "KeyLock", "KeyedLocks", "keyed_locks", "lock_for"]

T = TypeVar("T")


class _PerCache(Generic[T]):
    """One ``T`` per cache instance (weakly keyed where the cache allows it)."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._weak: weakref.WeakKeyDictionary[Any, T] = weakref.WeakKeyDictionary()
        self._strong: dict[int, tuple[object, T]] = {}
        self._guard = threading.Lock()

    def get(self, cache: object) -> T:
        with self._guard:
            try:
                found = self._weak.get(cache)
                if found is None:
                    found = self._weak[cache] = self._factory()
                return found
            except TypeError:  # not weakly referenceable
                return self._strong.setdefault(id(cache), (cache, self._factory()))[1]


class KeyedLocks:
    """A ``threading.Lock`` per key, kept only while a caller holds or waits for it."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        # key -> [lock, callers holding or waiting]
        self._entries: dict[str, list[Any]] = {}

    @contextmanager
    def hold(self, key: str) -> Iterator[None]:
        """Hold the lock of ``key`` for the ``with`` block."""
        with self._guard:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = [threading.Lock(), 0]
            entry[1] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._entries[key]

    def __len__(self) -> int:
        """How many keys have a lock now (held or waited for)."""
        return len(self._entries)


class AsyncKeyedLocks:
    """An ``asyncio.Lock`` per key for the tasks of one event loop, dropped when unused.

    Used from its loop's thread only, so the bookkeeping needs no thread lock.
    """

    def __init__(self) -> None:
        self._entries: dict[str, list[Any]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        """Hold the lock of ``key`` for the ``async with`` block."""
        import asyncio  # an event loop runs, so this is already loaded

        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = [asyncio.Lock(), 0]
        entry[1] += 1
        lock: asyncio.Lock = entry[0]
        try:
            async with lock:
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._entries[key]

    def __len__(self) -> int:
        """How many keys have a lock now (held or waited for)."""
        return len(self._entries)


class KeyLock:
    """A ``threading.Lock`` that can be weakly referenced (the one :func:`lock_for` gives)."""

    __slots__ = ("__weakref__", "acquire", "locked", "release")

    def __init__(self) -> None:
        """A new, unlocked lock."""
        lock = threading.Lock()
        self.acquire = lock.acquire
        self.release = lock.release
        self.locked = lock.locked

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


_lock_tables: _PerCache[weakref.WeakValueDictionary[str, KeyLock]] = _PerCache(
    weakref.WeakValueDictionary
)
_keyed: _PerCache[KeyedLocks] = _PerCache(KeyedLocks)
_tables_guard = threading.Lock()


def lock_for(cache: object, key: str) -> KeyLock:
    """The lock of ``key`` in ``cache``: the same for every caller while one holds it."""
    table = _lock_tables.get(cache)
    with _tables_guard:
        lock = table.get(key)
        if lock is None:
            lock = table[key] = KeyLock()
        return lock


def keyed_locks(cache: object) -> KeyedLocks:
    """The :class:`KeyedLocks` of ``cache``, shared by every caller."""
    return _keyed.get(cache)
