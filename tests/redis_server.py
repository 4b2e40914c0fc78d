"""A private redis-server for tests and benchmarks: free loopback port, temp folder, no persistence.

The real server from Debian's ``redis-server`` package (``.ci/run`` installs
it). A missing binary is an error, never a skip: fleet mode is tested for real.
Stopped by its process id. ``RedisCluster`` starts three such servers as a
3-master Redis Cluster (``redis-cli --cluster create``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["RedisCluster", "RedisServer", "redis_binary"]

_START_TIMEOUT = 10.0


def redis_binary(name: str = "redis-server") -> str:
    """The path of ``name``, or RuntimeError saying how to install it."""
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} is not on PATH: install Debian's redis-server package "
            "(apt-get install -y redis-server; .ci/run does this). Fleet-mode tests need "
            "a real Redis and are never skipped."
        )
    return found


def _free_port(below: int = 65536) -> int:
    """A free loopback port under ``below`` (a cluster node's bus port is its port + 10000)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if port < below:
            return port


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith((b"+PONG", b"-NOAUTH"))  # up (maybe password)
    except OSError:
        return False


class RedisServer:
    """One redis-server process; ``restart()`` stops it and starts it again, empty."""

    def __init__(self, *, port: int | None = None, extra: tuple[str, ...] = ()) -> None:
        cluster = "--cluster-enabled" in extra
        self.port = port or _free_port(55536 if cluster else 65536)
        self._extra = extra
        self._dir = Path(tempfile.mkdtemp(prefix="sp-redis-"))
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    def start(self) -> RedisServer:
        args = [
            redis_binary(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self._dir),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--logfile",
            str(self._dir / "redis.log"),
            *self._extra,
        ]
        self._proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + _START_TIMEOUT
        while not _ping(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                log = (self._dir / "redis.log").read_text(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}:\n{log}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()  # by its own pid
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def restart(self, down_for: float = 0.0) -> None:
        """Stop (losing every key: no persistence), wait ``down_for`` s, start on the same port."""
        self.stop()
        time.sleep(down_for)
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class RedisCluster:
    """Three redis-server processes joined as a Redis Cluster of three masters."""

    def __init__(self) -> None:
        self.nodes: list[RedisServer] = []

    @property
    def url(self) -> str:
        return self.nodes[0].url

    def start(self) -> RedisCluster:
        try:
            for _ in range(3):
                node = RedisServer(
                    extra=("--cluster-enabled", "yes", "--cluster-node-timeout", "5000")
                )
                self.nodes.append(node.start())
            addresses = [f"127.0.0.1:{node.port}" for node in self.nodes]
            subprocess.run(
                [
                    redis_binary("redis-cli"),
                    "--cluster",
                    "create",
                    *addresses,
                    "--cluster-replicas",
                    "0",
                    "--cluster-yes",
                ],
                check=True,
                capture_output=True,
                timeout=30,
            )
            deadline = time.monotonic() + _START_TIMEOUT
            while not self._ok():
                if time.monotonic() > deadline:
                    raise RuntimeError("the Redis Cluster did not reach cluster_state:ok")
                time.sleep(0.05)
        except BaseException:
            self.close()
            raise
        return self

    def _ok(self) -> bool:
        for node in self.nodes:
            out = subprocess.run(
                [redis_binary("redis-cli"), "-p", str(node.port), "cluster", "info"],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout
            if "cluster_state:ok" not in out:
                return False
        return True

    def close(self) -> None:
        for node in self.nodes:
            node.close()
        self.nodes.clear()

    def __enter__(self) -> RedisCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
