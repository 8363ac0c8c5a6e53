"""A whole-attempt deadline for the sync httpx2 transport.

httpx2's timeouts are per phase and restart on every byte, so a server that
sends one byte just inside each read timeout can hold a call for days. The
client's own connection pool gets this network backend: every connect, TLS
handshake, read and write is limited to what is left of the attempt's
deadline (a context variable set around each attempt), so an attempt ends by
its deadline whatever the server does. Without a deadline set (another caller
sharing the pool) it changes nothing.
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore2
import httpx2

from ._internals import connection_pools, wrap_network_backend

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "twilio_proxy_deadline", default=None
)


def _limit(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore2.NetworkStream):
    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _limit(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _limit(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        timeout = _limit(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    __slots__ = ("_backend",)

    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        timeout = _limit(timeout, httpcore2.ConnectTimeout)
        return _Stream(
            self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:  # pragma: no cover - the client never sets uds
        timeout = _limit(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - only with transport retries
        self._backend.sleep(seconds)


def install(client: httpx2.Client) -> bool:
    """Give the connection pools of *client* the deadline backend (once).

    Also on an app's own client: outside our attempts no deadline is set and
    the backend changes nothing. httpx2 has no public way to pass a network
    backend through ``httpx2.Client`` (``_internals`` reaches the pools).
    Returns False when a pool is not where expected (a custom transport; a
    test pins that httpx2's is, so an upgrade cannot silently drop the
    deadline).
    """
    found = [wrap_network_backend(pool, _Backend, _Backend) for pool in connection_pools(client)]
    return all(found)
